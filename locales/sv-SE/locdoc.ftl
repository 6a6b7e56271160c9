### locdoc user-interface strings: sv-SE (Swedish).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Hoppa till huvudinnehåll
nav-languages = Språk
language-picker-heading = Välj språk
toc-heading = I den här artikeln

## Switching between the translation and the English original

switch-to-english = Läs på engelska
switch-to-language = Läs på svenska
source-toggle-label = Visa den engelska källtexten
source-toggle-short = EN

## Article metadata and notices

last-updated = Senast uppdaterad { $date }
mt-notice = Den här sidan har maskinöversatts.
mt-notice-link = Läs den engelska versionen.
link-untranslated = (på engelska)
article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artiklar
    }

## Docs-set navigation, search, and notices

nav-toc = Innehåll
nav-all-topics = Alla ämnen
nav-breadcrumb = Brödsmulor
nav-previous = Föregående
nav-next = Nästa
nav-menu = Meny
search-label = Sök
search-needs-script = Sökningen kräver JavaScript.
fallback-notice = Den här artikeln är inte tillgänglig på svenska än, så den visas på engelska.
outdated-notice = Den här översättningen kan vara inaktuell.
outdated-notice-link = Läs den aktuella engelska versionen.
redirect-title = Den här sidan har flyttats
redirect-link = Gå till den nya sidan

## DocFX alert labels

alert-note = Obs!
alert-tip = Tips
alert-important = Viktigt
alert-caution = Var försiktig
alert-warning = Varning

## Error pages and placeholders

not-found-title = Sidan hittades inte
not-found-text = Sidan du begärde finns inte eller har flyttats.
not-found-home = Gå till startsidan
missing-include = Inkluderingsfil saknas: { $path }

## Alignment report (_align/)

align-title = Justeringsrapport
align-intro = Täckningen är antalet enheter som är justerade mot den engelska referenstexten av alla enheter i versionen på det språket. Öppna en artikel för att jämföra dess enheter sida vid sida.
align-finding-count =
    { $count ->
        [one] { $count } resultat
       *[other] { $count } resultat
    }
align-suppressed-count = { $count } undertryckta
align-coverage-heading = Täckning per artikel och språk
align-rules-heading = Resultat per regel
align-article = Artikel
align-findings = Resultat
align-total = Totalt
align-rule = Regel
align-severity = Allvarlighetsgrad
align-unaligned = ej justerad
align-absent = ingen översättning
align-outdated = inaktuell
align-fallback = engelsk sida
align-outdated-total = Inaktuella översättningar
align-fallback-total = Sidor som visas på engelska
align-include = inkluderingsfil
align-no-findings = Inga resultat.
align-back = Alla artiklar
align-reference = Referensversion
align-units = Enheter
align-unaligned-versions = Versioner utan justering
align-article-findings = Resultat för hela artikeln
align-filter-flags = Visa endast enheter med de här flaggorna
align-filter-locales = Språk
align-english = Engelska
align-flags = Flaggor
align-stale = inaktuell
align-plain = utan spans
align-plain-title = översättning utan spans, justerad av locdoc mot sin engelska fil
align-confidence = justeringens tillförlitlighet (0 till 1)
align-no-units = Den här artikeln har inga justerade enheter.
align-status-aligned = justerad
align-status-drift = avvikande
align-status-missing = saknas
align-status-extra = extra
align-status-none = finns inte i den här versionen
