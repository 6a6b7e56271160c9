### locdoc user-interface strings: nb-NO (Norwegian Bokmål).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Gå til hovedinnhold
nav-languages = Språk
language-picker-heading = Velg språk
toc-heading = I denne artikkelen

## Switching between the translation and the English original

switch-to-english = Les på engelsk
switch-to-language = Les på norsk
source-toggle-label = Vis den engelske kildeteksten
source-toggle-short = EN

## Article metadata and notices

last-updated = Sist oppdatert { $date }
mt-notice = Denne siden er maskinoversatt.
mt-notice-link = Les den engelske versjonen.
link-untranslated = (på engelsk)
article-count =
    { $count ->
        [one] { $count } artikkel
       *[other] { $count } artikler
    }

## Docs-set navigation, search, and notices

nav-toc = Innhold
nav-all-topics = Alle emner
nav-breadcrumb = Brødsmulesti
nav-previous = Forrige
nav-next = Neste
nav-menu = Meny
search-label = Søk
search-needs-script = Søk krever JavaScript.
fallback-notice = Denne artikkelen er ikke tilgjengelig på norsk ennå, så den vises på engelsk.
outdated-notice = Denne oversettelsen kan være utdatert.
outdated-notice-link = Les den gjeldende engelske versjonen.
redirect-title = Denne siden er flyttet
redirect-link = Gå til den nye siden

## DocFX alert labels

alert-note = Obs!
alert-tip = Tips
alert-important = Viktig
alert-caution = Forsiktig
alert-warning = Advarsel

## Error pages and placeholders

not-found-title = Finner ikke siden
not-found-text = Siden du ba om, finnes ikke eller er flyttet.
not-found-home = Gå til startsiden
missing-include = Mangler inkluderingsfil: { $path }

## Alignment report (_align/)

align-title = Justeringsrapport
align-intro = Dekningen er antall enheter som er justert mot den engelske referanseteksten, av alle enhetene i versjonen på det aktuelle språket. Åpne en artikkel for å sammenligne enhetene side om side.
align-finding-count =
    { $count ->
        [one] { $count } funn
       *[other] { $count } funn
    }
align-suppressed-count = { $count } undertrykt
align-coverage-heading = Dekning etter artikkel og språk
align-rules-heading = Funn etter regel
align-article = Artikkel
align-findings = Funn
align-total = Totalt
align-rule = Regel
align-severity = Alvorsgrad
align-unaligned = ikke justert
align-absent = ingen oversettelse
align-outdated = utdatert
align-fallback = engelsk side
align-outdated-total = Utdaterte oversettelser
align-fallback-total = Sider vist på engelsk
align-include = inkluderingsfil
align-no-findings = Ingen funn.
align-back = Alle artikler
align-reference = Referanseversjon
align-units = Enheter
align-unaligned-versions = Versjoner uten justering
align-article-findings = Funn som gjelder hele artikkelen
align-filter-flags = Vis bare enheter med disse flaggene
align-filter-locales = Språk
align-english = Engelsk
align-flags = Flagg
align-stale = foreldet
align-plain = uten spans
align-plain-title = oversettelse uten spans, justert av locdoc mot den engelske filen
align-confidence = justeringens pålitelighet (0 til 1)
align-no-units = Denne artikkelen har ingen justerte enheter.
align-status-aligned = justert
align-status-drift = avvikende
align-status-missing = mangler
align-status-extra = ekstra
align-status-none = finnes ikke i denne versjonen
