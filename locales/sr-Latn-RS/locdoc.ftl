### locdoc user-interface strings: sr-Latn-RS (Serbian, Latin script).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Pređi na glavni sadržaj
nav-languages = Jezici
language-picker-heading = Izaberite jezik
toc-heading = U ovom članku

## Switching between the translation and the English original

switch-to-english = Čitaj na engleskom
switch-to-language = Čitaj na srpskom
source-toggle-label = Prikaži izvorni tekst na engleskom
source-toggle-short = EN

## Article metadata and notices

last-updated = Poslednje ažuriranje: { $date }
mt-notice = Ova stranica je mašinski prevedena.
mt-notice-link = Pročitajte verziju na engleskom.
link-untranslated = (na engleskom)
# Serbian: one is 1, 21, 31, ... (not 11); few is 2-4, 22-24, ... (not 12-14); other is the rest.
article-count =
    { $count ->
        [one] { $count } članak
        [few] { $count } članka
       *[other] { $count } članaka
    }

## Docs-set navigation, search, and notices

nav-toc = Sadržaj
nav-all-topics = Sve teme
nav-breadcrumb = Navigaciona putanja
nav-previous = Prethodni
nav-next = Sledeći
nav-menu = Meni
search-label = Pretraga
search-needs-script = Za pretragu je potreban JavaScript.
fallback-notice = Ovaj članak još nije dostupan na srpskom, pa se prikazuje na engleskom.
outdated-notice = Ovaj prevod možda nije ažuran.
outdated-notice-link = Pročitajte aktuelnu verziju na engleskom.
redirect-title = Ova stranica je premeštena
redirect-link = Idi na novu stranicu

## DocFX alert labels

alert-note = Napomena
alert-tip = Savet
alert-important = Važno
alert-caution = Oprez
alert-warning = Upozorenje

## Error pages and placeholders

not-found-title = Stranica nije pronađena
not-found-text = Stranica koju ste zatražili ne postoji ili je premeštena.
not-found-home = Idi na početnu stranicu
missing-include = Nedostaje uključena datoteka: { $path }

## Alignment report (_align/)

align-title = Izveštaj o poravnavanju
align-intro = Pokrivenost je broj jedinica poravnatih sa engleskim referentnim tekstom od ukupnog broja jedinica verzije na tom jeziku. Otvorite članak da biste uporedili njegove jedinice jednu pored druge.
align-finding-count =
    { $count ->
        [one] { $count } nalaz
        [few] { $count } nalaza
       *[other] { $count } nalaza
    }
align-suppressed-count = Potisnuto: { $count }
align-coverage-heading = Pokrivenost po članku i jeziku
align-rules-heading = Nalazi po pravilu
align-article = Članak
align-findings = Nalazi
align-total = Ukupno
align-rule = Pravilo
align-severity = Ozbiljnost
align-unaligned = nije poravnato
align-absent = nema prevoda
align-outdated = zastarelo
align-fallback = stranica na engleskom
align-outdated-total = Zastareli prevodi
align-fallback-total = Stranice prikazane na engleskom
align-include = uključena datoteka
align-no-findings = Nema nalaza.
align-back = Svi članci
align-reference = Referentna verzija
align-units = Jedinice
align-unaligned-versions = Verzije bez poravnavanja
align-article-findings = Nalazi o celom članku
align-filter-flags = Prikaži samo jedinice sa ovim oznakama
align-filter-locales = Jezici
align-english = Engleski
align-flags = Oznake
align-stale = zastarelo
align-plain = bez span oznaka
align-plain-title = prevod bez span oznaka koji je locdoc poravnao sa engleskom datotekom
align-confidence = pouzdanost poravnavanja (od 0 do 1)
align-no-units = Ovaj članak nema poravnatih jedinica.
align-status-aligned = poravnato
align-status-drift = odstupanje
align-status-missing = nedostaje
align-status-extra = višak
align-status-none = nije u ovoj verziji
