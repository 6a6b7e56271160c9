### locdoc user-interface strings: el-GR (Greek).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Μετάβαση στο κύριο περιεχόμενο
nav-languages = Γλώσσες
language-picker-heading = Επιλέξτε τη γλώσσα σας
toc-heading = Σε αυτό το άρθρο

## Switching between the translation and the English original

switch-to-english = Ανάγνωση στα Αγγλικά
switch-to-language = Ανάγνωση στα Ελληνικά
source-toggle-label = Εμφάνιση του αγγλικού κειμένου προέλευσης
source-toggle-short = EN

## Article metadata and notices

last-updated = Τελευταία ενημέρωση: { $date }
mt-notice = Αυτή η σελίδα έχει μεταφραστεί αυτόματα.
mt-notice-link = Διαβάστε την αγγλική έκδοση.
link-untranslated = (στα Αγγλικά)
article-count =
    { $count ->
        [one] { $count } άρθρο
       *[other] { $count } άρθρα
    }

## Docs-set navigation, search, and notices

nav-toc = Πίνακας περιεχομένων
nav-all-topics = Όλα τα θέματα
nav-breadcrumb = Διαδρομή πλοήγησης
nav-previous = Προηγούμενο
nav-next = Επόμενο
nav-menu = Μενού
search-label = Αναζήτηση
search-needs-script = Η αναζήτηση απαιτεί JavaScript.
fallback-notice = Αυτό το άρθρο δεν είναι ακόμη διαθέσιμο στα Ελληνικά, επομένως εμφανίζεται στα Αγγλικά.
outdated-notice = Αυτή η μετάφραση ενδέχεται να μην είναι ενημερωμένη.
outdated-notice-link = Διαβάστε την τρέχουσα αγγλική έκδοση.
redirect-title = Αυτή η σελίδα έχει μετακινηθεί
redirect-link = Μετάβαση στη νέα σελίδα

## DocFX alert labels

alert-note = Σημείωση
alert-tip = Συμβουλή
alert-important = Σημαντικό
alert-caution = Προσοχή
alert-warning = Προειδοποίηση

## Error pages and placeholders

not-found-title = Η σελίδα δεν βρέθηκε
not-found-text = Η σελίδα που ζητήσατε δεν υπάρχει ή έχει μετακινηθεί.
not-found-home = Μετάβαση στην αρχική σελίδα
missing-include = Λείπει το αρχείο συμπερίληψης: { $path }

## Alignment report (_align/)

align-title = Αναφορά στοίχισης
align-intro = Η κάλυψη είναι ο αριθμός των μονάδων που έχουν στοιχιστεί με το αγγλικό κείμενο αναφοράς, από το σύνολο των μονάδων της έκδοσης σε αυτή τη γλώσσα. Ανοίξτε ένα άρθρο για να συγκρίνετε τις μονάδες του τη μία δίπλα στην άλλη.
align-finding-count =
    { $count ->
        [one] { $count } εύρημα
       *[other] { $count } ευρήματα
    }
align-suppressed-count = Αποκρύφθηκαν: { $count }
align-coverage-heading = Κάλυψη ανά άρθρο και γλώσσα
align-rules-heading = Ευρήματα ανά κανόνα
align-article = Άρθρο
align-findings = Ευρήματα
align-total = Σύνολο
align-rule = Κανόνας
align-severity = Σοβαρότητα
align-unaligned = χωρίς στοίχιση
align-absent = χωρίς μετάφραση
align-outdated = παρωχημένη
align-fallback = αγγλική σελίδα
align-outdated-total = Παρωχημένες μεταφράσεις
align-fallback-total = Σελίδες που εμφανίζονται στα αγγλικά
align-include = αρχείο συμπερίληψης
align-no-findings = Δεν υπάρχουν ευρήματα.
align-back = Όλα τα άρθρα
align-reference = Έκδοση αναφοράς
align-units = Μονάδες
align-unaligned-versions = Εκδόσεις χωρίς στοίχιση
align-article-findings = Ευρήματα για ολόκληρο το άρθρο
align-filter-flags = Εμφάνιση μόνο των μονάδων με αυτές τις σημάνσεις
align-filter-locales = Γλώσσες
align-english = Αγγλικά
align-flags = Σημάνσεις
align-stale = παρωχημένο
align-plain = χωρίς span
align-plain-title = μετάφραση χωρίς ετικέτες span, στοιχισμένη από το locdoc με το αγγλικό αρχείο
align-confidence = αξιοπιστία στοίχισης (από 0 έως 1)
align-no-units = Αυτό το άρθρο δεν έχει στοιχισμένες μονάδες.
align-status-aligned = στοιχισμένο
align-status-drift = απόκλιση
align-status-missing = λείπει
align-status-extra = επιπλέον
align-status-none = δεν υπάρχει σε αυτή την έκδοση
