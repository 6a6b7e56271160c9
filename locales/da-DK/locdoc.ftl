### locdoc user-interface strings: da-DK (Danish).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Spring til hovedindhold
nav-languages = Sprog
language-picker-heading = Vælg dit sprog
toc-heading = I denne artikel

## Switching between the translation and the English original

switch-to-english = Læs på engelsk
switch-to-language = Læs på dansk
source-toggle-label = Vis den engelske kildetekst
source-toggle-short = EN

## Article metadata and notices

last-updated = Senest opdateret den { $date }
mt-notice = Denne side er maskinoversat.
mt-notice-link = Læs den engelske version.
link-untranslated = (på engelsk)
article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artikler
    }

## Docs-set navigation, search, and notices

nav-toc = Indhold
nav-all-topics = Alle emner
nav-breadcrumb = Brødkrummesti
nav-previous = Forrige
nav-next = Næste
nav-menu = Menu
search-label = Søg
search-needs-script = Søgning kræver JavaScript.
fallback-notice = Denne artikel er endnu ikke tilgængelig på dansk, så den vises på engelsk.
outdated-notice = Denne oversættelse er muligvis forældet.
outdated-notice-link = Læs den aktuelle engelske version.
redirect-title = Denne side er flyttet
redirect-link = Gå til den nye side

## DocFX alert labels

alert-note = Bemærk
alert-tip = Tip
alert-important = Vigtigt
alert-caution = Forsigtig
alert-warning = Advarsel

## Error pages and placeholders

not-found-title = Siden blev ikke fundet
not-found-text = Den side, du har anmodet om, findes ikke eller er blevet flyttet.
not-found-home = Gå til startsiden
missing-include = Manglende inkluderingsfil: { $path }

## Alignment report (_align/)

align-title = Justeringsrapport
align-intro = Dækningen er antallet af enheder, der er justeret efter den engelske referencetekst, ud af alle enheder i versionen på det pågældende sprog. Åbn en artikel for at sammenligne dens enheder side om side.
align-finding-count =
    { $count ->
        [one] { $count } fund
       *[other] { $count } fund
    }
align-suppressed-count = { $count } undertrykt
align-coverage-heading = Dækning efter artikel og sprog
align-rules-heading = Fund efter regel
align-article = Artikel
align-findings = Fund
align-total = I alt
align-rule = Regel
align-severity = Alvorsgrad
align-unaligned = ikke justeret
align-absent = ingen oversættelse
align-outdated = forældet
align-fallback = engelsk side
align-outdated-total = Forældede oversættelser
align-fallback-total = Sider vist på engelsk
align-include = inkluderingsfil
align-no-findings = Ingen fund.
align-back = Alle artikler
align-reference = Referenceversion
align-units = Enheder
align-unaligned-versions = Versioner uden justering
align-article-findings = Fund vedrørende hele artiklen
align-filter-flags = Vis kun enheder med disse flag
align-filter-locales = Sprog
align-english = Engelsk
align-flags = Flag
align-stale = forældet
align-plain = uden spans
align-plain-title = oversættelse uden spans, justeret af locdoc efter den engelske fil
align-confidence = justeringens pålidelighed (0 til 1)
align-no-units = Denne artikel har ingen justerede enheder.
align-status-aligned = justeret
align-status-drift = afvigende
align-status-missing = mangler
align-status-extra = ekstra
align-status-none = findes ikke i denne version
