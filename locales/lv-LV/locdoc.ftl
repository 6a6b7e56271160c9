### locdoc user-interface strings: lv-LV (Latvian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Pāriet uz galveno saturu
nav-languages = Valodas
language-picker-heading = Izvēlieties valodu
toc-heading = Šajā rakstā

## Switching between the translation and the English original

switch-to-english = Lasīt angļu valodā
switch-to-language = Lasīt latviešu valodā
source-toggle-label = Rādīt avota tekstu angļu valodā
source-toggle-short = EN

## Article metadata and notices

last-updated = Pēdējoreiz atjaunināts { $date }
mt-notice = Šī lapa ir tulkota ar mašīntulkošanu.
mt-notice-link = Lasiet versiju angļu valodā.
link-untranslated = (angļu valodā)
# Latvian: zero is 0, 10-20, 30, ...; one is 1, 21, 31, ... (not 11); other is the rest.
article-count =
    { $count ->
        [zero] { $count } rakstu
        [one] { $count } raksts
       *[other] { $count } raksti
    }

## Docs-set navigation, search, and notices

nav-toc = Saturs
nav-all-topics = Visas tēmas
nav-breadcrumb = Navigācijas ceļš
nav-previous = Iepriekšējais
nav-next = Nākamais
nav-menu = Izvēlne
search-label = Meklēt
search-needs-script = Meklēšanai ir nepieciešams JavaScript.
fallback-notice = Šis raksts vēl nav pieejams latviešu valodā, tāpēc tas tiek rādīts angļu valodā.
outdated-notice = Šis tulkojums, iespējams, ir novecojis.
outdated-notice-link = Lasiet pašreizējo versiju angļu valodā.
redirect-title = Šī lapa ir pārvietota
redirect-link = Doties uz jauno lapu

## DocFX alert labels

alert-note = Piezīme
alert-tip = Padoms
alert-important = Svarīgi
alert-caution = Uzmanību
alert-warning = Brīdinājums

## Error pages and placeholders

not-found-title = Lapa nav atrasta
not-found-text = Pieprasītā lapa neeksistē vai ir pārvietota.
not-found-home = Doties uz sākumlapu
missing-include = Trūkst iekļaujamā faila: { $path }

## Alignment report (_align/)

align-title = Līdzināšanas atskaite
align-intro = Pārklājums ir ar angļu valodas atsauces tekstu līdzināto vienību skaits no visām attiecīgās valodas versijas vienībām. Atveriet rakstu, lai salīdzinātu tā vienības blakus.
align-finding-count =
    { $count ->
        [zero] { $count } konstatējumu
        [one] { $count } konstatējums
       *[other] { $count } konstatējumi
    }
align-suppressed-count = Apspiesti: { $count }
align-coverage-heading = Pārklājums pēc raksta un valodas
align-rules-heading = Konstatējumi pēc kārtulas
align-article = Raksts
align-findings = Konstatējumi
align-total = Kopā
align-rule = Kārtula
align-severity = Nopietnība
align-unaligned = nav līdzināts
align-absent = nav tulkojuma
align-outdated = novecojis
align-fallback = lapa angļu valodā
align-outdated-total = Novecojuši tulkojumi
align-fallback-total = Lapas, kas parādītas angļu valodā
align-include = iekļaujamais fails
align-no-findings = Nav konstatējumu.
align-back = Visi raksti
align-reference = Atsauces versija
align-units = Vienības
align-unaligned-versions = Versijas bez līdzināšanas
align-article-findings = Konstatējumi par visu rakstu
align-filter-flags = Rādīt tikai vienības ar šiem karodziņiem
align-filter-locales = Valodas
align-english = Angļu
align-flags = Karodziņi
align-stale = novecojis
align-plain = bez span tagiem
align-plain-title = tulkojums bez span tagiem, ko locdoc līdzināja ar angļu valodas failu
align-confidence = līdzināšanas ticamība (no 0 līdz 1)
align-no-units = Šajā rakstā nav līdzinātu vienību.
align-status-aligned = līdzināts
align-status-drift = novirze
align-status-missing = trūkst
align-status-extra = lieks
align-status-none = nav šajā versijā
