### locdoc user-interface strings: sl-SI (Slovenian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Preskoči na glavno vsebino
nav-languages = Jeziki
language-picker-heading = Izberite jezik
toc-heading = V tem članku

## Switching between the translation and the English original

switch-to-english = Beri v angleščini
switch-to-language = Beri v slovenščini
source-toggle-label = Pokaži angleško izvirno besedilo
source-toggle-short = EN

## Article metadata and notices

last-updated = Zadnja posodobitev: { $date }
mt-notice = Ta stran je strojno prevedena.
mt-notice-link = Preberite angleško različico.
link-untranslated = (v angleščini)
# Slovenian: one is 1, 101, 201, ...; two is 2, 102, ...; few is 3-4, 103-104, ... (and
# fractions); other is the rest.
article-count =
    { $count ->
        [one] { $count } članek
        [two] { $count } članka
        [few] { $count } članki
       *[other] { $count } člankov
    }

## Docs-set navigation, search, and notices

nav-toc = Kazalo vsebine
nav-all-topics = Vse teme
nav-breadcrumb = Navigacijska pot
nav-previous = Prejšnji
nav-next = Naslednji
nav-menu = Meni
search-label = Iskanje
search-needs-script = Za iskanje je potreben JavaScript.
fallback-notice = Ta članek še ni na voljo v slovenščini, zato je prikazan v angleščini.
outdated-notice = Ta prevod morda ni posodobljen.
outdated-notice-link = Preberite trenutno angleško različico.
redirect-title = Ta stran je bila premaknjena
redirect-link = Pojdi na novo stran

## DocFX alert labels

alert-note = Opomba
alert-tip = Namig
alert-important = Pomembno
alert-caution = Previdno
alert-warning = Opozorilo

## Error pages and placeholders

not-found-title = Strani ni mogoče najti
not-found-text = Stran, ki ste jo zahtevali, ne obstaja ali pa je bila premaknjena.
not-found-home = Pojdi na domačo stran
missing-include = Manjka vključena datoteka: { $path }

## Alignment report (_align/)

align-title = Poročilo o poravnavi
align-intro = Pokritost je število enot, poravnanih z angleškim referenčnim besedilom, od vseh enot različice v tem jeziku. Odprite članek, da primerjate njegove enote drugo ob drugi.
align-finding-count =
    { $count ->
        [one] { $count } ugotovitev
        [two] { $count } ugotovitvi
        [few] { $count } ugotovitve
       *[other] { $count } ugotovitev
    }
align-suppressed-count = Izključeno: { $count }
align-coverage-heading = Pokritost po člankih in jezikih
align-rules-heading = Ugotovitve po pravilih
align-article = Članek
align-findings = Ugotovitve
align-total = Skupaj
align-rule = Pravilo
align-severity = Resnost
align-unaligned = neporavnano
align-absent = ni prevoda
align-outdated = zastarelo
align-fallback = angleška stran
align-outdated-total = Zastareli prevodi
align-fallback-total = Strani, prikazane v angleščini
align-include = vključena datoteka
align-no-findings = Ni ugotovitev.
align-back = Vsi članki
align-reference = Referenčna različica
align-units = Enote
align-unaligned-versions = Različice brez poravnave
align-article-findings = Ugotovitve o celotnem članku
align-filter-flags = Pokaži samo enote s temi oznakami
align-filter-locales = Jeziki
align-english = Angleščina
align-flags = Oznake
align-stale = zastarelo
align-plain = brez oznak span
align-plain-title = prevod brez oznak span, ki ga je locdoc poravnal z angleško datoteko
align-confidence = zanesljivost poravnave (od 0 do 1)
align-no-units = Ta članek nima poravnanih enot.
align-status-aligned = poravnano
align-status-drift = odstopanje
align-status-missing = manjka
align-status-extra = odvečno
align-status-none = ni v tej različici
