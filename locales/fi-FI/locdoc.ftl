### locdoc user-interface strings: fi-FI (Finnish).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Siirry pääsisältöön
nav-languages = Kielet
language-picker-heading = Valitse kieli
toc-heading = Tässä artikkelissa

## Switching between the translation and the English original

switch-to-english = Lue englanniksi
switch-to-language = Lue suomeksi
source-toggle-label = Näytä englanninkielinen lähdeteksti
source-toggle-short = EN

## Article metadata and notices

last-updated = Päivitetty viimeksi { $date }
mt-notice = Tämä sivu on konekäännetty.
mt-notice-link = Lue englanninkielinen versio.
link-untranslated = (englanniksi)
article-count =
    { $count ->
        [one] { $count } artikkeli
       *[other] { $count } artikkelia
    }

## Docs-set navigation, search, and notices

nav-toc = Sisällysluettelo
nav-all-topics = Kaikki aiheet
nav-breadcrumb = Murupolku
nav-previous = Edellinen
nav-next = Seuraava
nav-menu = Valikko
search-label = Haku
search-needs-script = Haku edellyttää JavaScriptiä.
fallback-notice = Tätä artikkelia ei ole vielä saatavilla suomeksi, joten se näytetään englanniksi.
outdated-notice = Tämä käännös saattaa olla vanhentunut.
outdated-notice-link = Lue nykyinen englanninkielinen versio.
redirect-title = Tämä sivu on siirretty
redirect-link = Siirry uudelle sivulle

## DocFX alert labels

alert-note = Huomautus
alert-tip = Vihje
alert-important = Tärkeää
alert-caution = Huomio
alert-warning = Varoitus

## Error pages and placeholders

not-found-title = Sivua ei löytynyt
not-found-text = Pyytämääsi sivua ei ole olemassa, tai se on siirretty.
not-found-home = Siirry aloitussivulle
missing-include = Puuttuva sisällytettävä tiedosto: { $path }

## Alignment report (_align/)

align-title = Kohdistusraportti
align-intro = Kattavuus on englanninkieliseen viitetekstiin kohdistettujen yksiköiden määrä suhteessa kyseisen kieliversion kaikkiin yksiköihin. Avaa artikkeli, niin voit verrata sen yksiköitä rinnakkain.
align-finding-count =
    { $count ->
        [one] { $count } havainto
       *[other] { $count } havaintoa
    }
align-suppressed-count = { $count } ohitettu
align-coverage-heading = Kattavuus artikkeleittain ja kielittäin
align-rules-heading = Havainnot säännöittäin
align-article = Artikkeli
align-findings = Havainnot
align-total = Yhteensä
align-rule = Sääntö
align-severity = Vakavuus
align-unaligned = ei kohdistettu
align-absent = ei käännöstä
align-outdated = vanhentunut
align-fallback = englanninkielinen sivu
align-outdated-total = Vanhentuneet käännökset
align-fallback-total = Englanniksi näytetyt sivut
align-include = sisällytettävä tiedosto
align-no-findings = Ei havaintoja.
align-back = Kaikki artikkelit
align-reference = Viiteversio
align-units = Yksiköt
align-unaligned-versions = Versiot ilman kohdistusta
align-article-findings = Koko artikkelia koskevat havainnot
align-filter-flags = Näytä vain yksiköt, joilla on nämä merkinnät
align-filter-locales = Kielet
align-english = Englanti
align-flags = Merkinnät
align-stale = vanhentunut
align-plain = ilman span-tageja
align-plain-title = käännös ilman span-tageja, locdoc kohdisti sen englanninkieliseen tiedostoon
align-confidence = kohdistuksen luotettavuus (0–1)
align-no-units = Tässä artikkelissa ei ole kohdistettuja yksiköitä.
align-status-aligned = kohdistettu
align-status-drift = poikkeava
align-status-missing = puuttuu
align-status-extra = ylimääräinen
align-status-none = ei tässä versiossa
