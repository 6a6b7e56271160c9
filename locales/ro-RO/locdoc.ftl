### locdoc user-interface strings: ro-RO (Romanian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Salt la conținut
nav-languages = Limbi
language-picker-heading = Alegeți limba
toc-heading = În acest articol

## Switching between the translation and the English original

switch-to-english = Citiți în limba engleză
switch-to-language = Citiți în limba română
source-toggle-label = Afișați textul sursă în limba engleză
source-toggle-short = EN

## Article metadata and notices

last-updated = Ultima actualizare: { $date }
mt-notice = Această pagină a fost tradusă automat.
mt-notice-link = Citiți versiunea în limba engleză.
link-untranslated = (în limba engleză)
# Romanian has three plural forms: 1 articol, 2-19 articole (also 0, 101-119, ...), 20 de articole.
article-count =
    { $count ->
        [one] { $count } articol
        [few] { $count } articole
       *[other] { $count } de articole
    }

## Docs-set navigation, search, and notices

nav-toc = Cuprins
nav-all-topics = Toate subiectele
nav-breadcrumb = Traseu de navigare
nav-previous = Anterior
nav-next = Următor
nav-menu = Meniu
search-label = Căutare
search-needs-script = Căutarea necesită JavaScript.
fallback-notice = Acest articol nu este încă disponibil în limba română, așa că este afișat în limba engleză.
outdated-notice = Este posibil ca această traducere să nu fie actualizată.
outdated-notice-link = Citiți versiunea actuală în limba engleză.
redirect-title = Această pagină a fost mutată
redirect-link = Accesați pagina nouă

## DocFX alert labels

alert-note = Notă
alert-tip = Sfat
alert-important = Important
alert-caution = Atenție
alert-warning = Avertisment

## Error pages and placeholders

not-found-title = Pagina nu a fost găsită
not-found-text = Pagina solicitată nu există sau a fost mutată.
not-found-home = Accesați pagina de pornire
missing-include = Fișier inclus lipsă: { $path }

## Alignment report (_align/)

align-title = Raport de aliniere
align-intro = Acoperirea este numărul de unități aliniate cu textul englezesc de referință din totalul unităților versiunii în limba respectivă. Deschideți un articol pentru a compara unitățile una lângă alta.
align-finding-count =
    { $count ->
        [one] { $count } problemă
        [few] { $count } probleme
       *[other] { $count } de probleme
    }
align-suppressed-count = { $count } suprimate
align-coverage-heading = Acoperire pe articol și limbă
align-rules-heading = Probleme pe regulă
align-article = Articol
align-findings = Probleme
align-total = Total
align-rule = Regulă
align-severity = Gravitate
align-unaligned = nealiniat
align-absent = fără traducere
align-outdated = învechită
align-fallback = pagină în engleză
align-outdated-total = Traduceri învechite
align-fallback-total = Pagini afișate în engleză
align-include = fișier inclus
align-no-findings = Nicio problemă.
align-back = Toate articolele
align-reference = Versiunea de referință
align-units = Unități
align-unaligned-versions = Versiuni fără aliniere
align-article-findings = Probleme ale întregului articol
align-filter-flags = Afișați doar unitățile cu aceste marcaje
align-filter-locales = Limbi
align-english = Engleză
align-flags = Marcaje
align-stale = învechit
align-plain = fără span-uri
align-plain-title = traducere fără span-uri, aliniată de locdoc cu fișierul în engleză
align-confidence = încrederea alinierii (de la 0 la 1)
align-no-units = Acest articol nu are unități aliniate.
align-status-aligned = aliniat
align-status-drift = deviat
align-status-missing = lipsă
align-status-extra = în plus
align-status-none = nu există în această versiune
