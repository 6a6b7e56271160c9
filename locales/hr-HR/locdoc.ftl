### locdoc user-interface strings: hr-HR (Croatian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Preskoči na glavni sadržaj
nav-languages = Jezici
language-picker-heading = Odaberite jezik
toc-heading = U ovom članku

## Switching between the translation and the English original

switch-to-english = Čitaj na engleskom
switch-to-language = Čitaj na hrvatskom
source-toggle-label = Prikaži izvorni tekst na engleskom
source-toggle-short = EN

## Article metadata and notices

last-updated = Posljednje ažuriranje: { $date }
mt-notice = Ova je stranica strojno prevedena.
mt-notice-link = Pročitajte verziju na engleskom.
link-untranslated = (na engleskom)
# Croatian: one is 1, 21, 31, ... (not 11); few is 2-4, 22-24, ... (not 12-14); other is the rest.
article-count =
    { $count ->
        [one] { $count } članak
        [few] { $count } članka
       *[other] { $count } članaka
    }

## Docs-set navigation, search, and notices

nav-toc = Sadržaj
nav-all-topics = Sve teme
nav-breadcrumb = Navigacijski put
nav-previous = Prethodni
nav-next = Sljedeći
nav-menu = Izbornik
search-label = Pretraživanje
search-needs-script = Za pretraživanje je potreban JavaScript.
fallback-notice = Ovaj članak još nije dostupan na hrvatskom pa se prikazuje na engleskom.
outdated-notice = Ovaj prijevod možda nije ažuran.
outdated-notice-link = Pročitajte trenutačnu verziju na engleskom.
redirect-title = Ova je stranica premještena
redirect-link = Idi na novu stranicu

## DocFX alert labels

alert-note = Napomena
alert-tip = Savjet
alert-important = Važno
alert-caution = Oprez
alert-warning = Upozorenje

## Error pages and placeholders

not-found-title = Stranica nije pronađena
not-found-text = Stranica koju ste zatražili ne postoji ili je premještena.
not-found-home = Idi na početnu stranicu
missing-include = Nedostaje uključena datoteka: { $path }

## Alignment report (_align/)

align-title = Izvješće o poravnanju
align-intro = Pokrivenost je broj jedinica poravnanih s engleskim referentnim tekstom od ukupnog broja jedinica verzije na tom jeziku. Otvorite članak da biste usporedili njegove jedinice jednu uz drugu.
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
align-unaligned = nije poravnano
align-absent = nema prijevoda
align-outdated = zastario
align-fallback = stranica na engleskom
align-outdated-total = Zastarjeli prijevodi
align-fallback-total = Stranice prikazane na engleskom
align-include = uključena datoteka
align-no-findings = Nema nalaza.
align-back = Svi članci
align-reference = Referentna verzija
align-units = Jedinice
align-unaligned-versions = Verzije bez poravnanja
align-article-findings = Nalazi o cijelom članku
align-filter-flags = Prikaži samo jedinice s ovim oznakama
align-filter-locales = Jezici
align-english = Engleski
align-flags = Oznake
align-stale = zastarjelo
align-plain = bez oznaka span
align-plain-title = prijevod bez oznaka span koji je locdoc poravnao s engleskom datotekom
align-confidence = pouzdanost poravnanja (od 0 do 1)
align-no-units = Ovaj članak nema poravnanih jedinica.
align-status-aligned = poravnano
align-status-drift = odstupanje
align-status-missing = nedostaje
align-status-extra = višak
align-status-none = nije u ovoj verziji
