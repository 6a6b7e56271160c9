### locdoc user-interface strings: nl-NL (Dutch).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Doorgaan naar hoofdinhoud
nav-languages = Talen
language-picker-heading = Kies uw taal
toc-heading = In dit artikel

## Switching between the translation and the English original

switch-to-english = Lezen in het Engels
switch-to-language = Lezen in het Nederlands
source-toggle-label = De Engelse brontekst weergeven
source-toggle-short = EN

## Article metadata and notices

last-updated = Laatst bijgewerkt op { $date }
mt-notice = Deze pagina is automatisch vertaald.
mt-notice-link = Lees de Engelse versie.
link-untranslated = (in het Engels)
article-count =
    { $count ->
        [one] { $count } artikel
       *[other] { $count } artikelen
    }

## Docs-set navigation, search, and notices

nav-toc = Inhoudsopgave
nav-all-topics = Alle onderwerpen
nav-breadcrumb = Kruimelpad
nav-previous = Vorige
nav-next = Volgende
nav-menu = Menu
search-label = Zoeken
search-needs-script = Voor zoeken is JavaScript vereist.
fallback-notice = Dit artikel is nog niet beschikbaar in het Nederlands en wordt daarom in het Engels weergegeven.
outdated-notice = Deze vertaling is mogelijk verouderd.
outdated-notice-link = Lees de huidige Engelse versie.
redirect-title = Deze pagina is verplaatst
redirect-link = Naar de nieuwe pagina

## DocFX alert labels

alert-note = Opmerking
alert-tip = Tip
alert-important = Belangrijk
alert-caution = Let op
alert-warning = Waarschuwing

## Error pages and placeholders

not-found-title = Pagina niet gevonden
not-found-text = De pagina die u hebt aangevraagd, bestaat niet of is verplaatst.
not-found-home = Naar de startpagina
missing-include = Ontbrekend include-bestand: { $path }

## Alignment report (_align/)

align-title = Uitlijningsrapport
align-intro = De dekking is het aantal eenheden dat is uitgelijnd met de Engelse referentietekst, van het totale aantal eenheden in de versie in die taal. Open een artikel om de eenheden naast elkaar te vergelijken.
align-finding-count =
    { $count ->
        [one] { $count } bevinding
       *[other] { $count } bevindingen
    }
align-suppressed-count = { $count } onderdrukt
align-coverage-heading = Dekking per artikel en taal
align-rules-heading = Bevindingen per regel
align-article = Artikel
align-findings = Bevindingen
align-total = Totaal
align-rule = Regel
align-severity = Ernst
align-unaligned = niet uitgelijnd
align-absent = geen vertaling
align-outdated = verouderd
align-fallback = Engelse pagina
align-outdated-total = Verouderde vertalingen
align-fallback-total = Pagina's die in het Engels worden getoond
align-include = include-bestand
align-no-findings = Geen bevindingen.
align-back = Alle artikelen
align-reference = Referentieversie
align-units = Eenheden
align-unaligned-versions = Versies zonder uitlijning
align-article-findings = Bevindingen over het hele artikel
align-filter-flags = Alleen eenheden met deze markeringen weergeven
align-filter-locales = Talen
align-english = Engels
align-flags = Markeringen
align-stale = verouderd
align-plain = zonder spans
align-plain-title = vertaling zonder spans, door locdoc uitgelijnd met het Engelse bestand
align-confidence = betrouwbaarheid van de uitlijning (0 tot 1)
align-no-units = Dit artikel heeft geen uitgelijnde eenheden.
align-status-aligned = uitgelijnd
align-status-drift = afwijkend
align-status-missing = ontbreekt
align-status-extra = extra
align-status-none = niet in deze versie
