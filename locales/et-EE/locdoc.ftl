### locdoc user-interface strings: et-EE (Estonian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Jäta vahele ja liigu põhisisu juurde
nav-languages = Keeled
language-picker-heading = Valige oma keel
toc-heading = Selles artiklis

## Switching between the translation and the English original

switch-to-english = Loe inglise keeles
switch-to-language = Loe eesti keeles
source-toggle-label = Kuva ingliskeelne lähtetekst
source-toggle-short = EN

## Article metadata and notices

last-updated = Viimati värskendatud { $date }
mt-notice = See leht on masintõlgitud.
mt-notice-link = Lugege ingliskeelset versiooni.
link-untranslated = (inglise keeles)
article-count =
    { $count ->
        [one] { $count } artikkel
       *[other] { $count } artiklit
    }

## Docs-set navigation, search, and notices

nav-toc = Sisukord
nav-all-topics = Kõik teemad
nav-breadcrumb = Navigeerimisrada
nav-previous = Eelmine
nav-next = Järgmine
nav-menu = Menüü
search-label = Otsing
search-needs-script = Otsimiseks on vaja JavaScripti.
fallback-notice = See artikkel pole veel eesti keeles saadaval, seetõttu kuvatakse see inglise keeles.
outdated-notice = See tõlge võib olla aegunud.
outdated-notice-link = Lugege praegust ingliskeelset versiooni.
redirect-title = See leht on teisaldatud
redirect-link = Mine uuele lehele

## DocFX alert labels

alert-note = Märkus
alert-tip = Näpunäide
alert-important = Tähtis
alert-caution = Ettevaatust
alert-warning = Hoiatus

## Error pages and placeholders

not-found-title = Lehte ei leitud
not-found-text = Taotletud lehte pole olemas või see on teisaldatud.
not-found-home = Mine avalehele
missing-include = Puuduv kaasatav fail: { $path }

## Alignment report (_align/)

align-title = Joondusaruanne
align-intro = Katvus näitab, mitu selle keeleversiooni üksust on joondatud ingliskeelse viiteteksti järgi, võrreldes versiooni kõigi üksustega. Avage artikkel, et selle üksusi kõrvuti võrrelda.
align-finding-count =
    { $count ->
        [one] { $count } leid
       *[other] { $count } leidu
    }
align-suppressed-count = Summutatud: { $count }
align-coverage-heading = Katvus artiklite ja keelte kaupa
align-rules-heading = Leiud reeglite kaupa
align-article = Artikkel
align-findings = Leiud
align-total = Kokku
align-rule = Reegel
align-severity = Tõsidus
align-unaligned = joondamata
align-absent = tõlge puudub
align-outdated = aegunud
align-fallback = ingliskeelne leht
align-outdated-total = Aegunud tõlked
align-fallback-total = Inglise keeles kuvatud lehed
align-include = kaasatav fail
align-no-findings = Leide pole.
align-back = Kõik artiklid
align-reference = Viiteversioon
align-units = Üksused
align-unaligned-versions = Joondamata versioonid
align-article-findings = Kogu artiklit puudutavad leiud
align-filter-flags = Kuva ainult nende märgistega üksused
align-filter-locales = Keeled
align-english = Inglise
align-flags = Märgised
align-stale = aegunud
align-plain = span-märgenditeta
align-plain-title = span-märgenditeta tõlge, mille locdoc joondas ingliskeelse failiga
align-confidence = joonduse usaldusväärsus (0–1)
align-no-units = Selles artiklis pole joondatud üksusi.
align-status-aligned = joondatud
align-status-drift = kõrvalekalduv
align-status-missing = puudub
align-status-extra = liigne
align-status-none = pole selles versioonis
