### locdoc user-interface strings: it-IT (Italian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Passa al contenuto
nav-languages = Lingue
language-picker-heading = Scegli la lingua
toc-heading = Contenuto dell'articolo

## Switching between the translation and the English original

switch-to-english = Leggi in inglese
switch-to-language = Leggi in italiano
source-toggle-label = Mostra il testo originale in inglese
source-toggle-short = EN

## Article metadata and notices

last-updated = Ultimo aggiornamento: { $date }
mt-notice = Questa pagina è stata tradotta automaticamente.
mt-notice-link = Leggi la versione in inglese.
link-untranslated = (in inglese)
article-count =
    { $count ->
        [one] { $count } articolo
       *[other] { $count } articoli
    }

## Docs-set navigation, search, and notices

nav-toc = Sommario
nav-all-topics = Tutti gli argomenti
nav-breadcrumb = Percorso di navigazione
nav-previous = Precedente
nav-next = Successivo
nav-menu = Menu
search-label = Cerca
search-needs-script = La ricerca richiede JavaScript.
fallback-notice = Questo articolo non è ancora disponibile in italiano, quindi viene visualizzato in inglese.
outdated-notice = Questa traduzione potrebbe non essere aggiornata.
outdated-notice-link = Leggi la versione in inglese aggiornata.
redirect-title = Questa pagina è stata spostata
redirect-link = Vai alla nuova pagina

## DocFX alert labels

alert-note = Nota
alert-tip = Suggerimento
alert-important = Importante
alert-caution = Attenzione
alert-warning = Avviso

## Error pages and placeholders

not-found-title = Pagina non trovata
not-found-text = La pagina richiesta non esiste o è stata spostata.
not-found-home = Vai alla home page
missing-include = File incluso mancante: { $path }

## Alignment report (_align/)

align-title = Report di allineamento
align-intro = La copertura è il numero di unità allineate con l'inglese di riferimento sul totale delle unità della versione in quella lingua. Apri un articolo per confrontarne le unità affiancate.
align-finding-count =
    { $count ->
        [one] { $count } segnalazione
       *[other] { $count } segnalazioni
    }
align-suppressed-count = { $count } soppresse
align-coverage-heading = Copertura per articolo e lingua
align-rules-heading = Segnalazioni per regola
align-article = Articolo
align-findings = Segnalazioni
align-total = Totale
align-rule = Regola
align-severity = Gravità
align-unaligned = non allineato
align-absent = nessuna traduzione
align-outdated = obsoleta
align-fallback = pagina in inglese
align-outdated-total = Traduzioni obsolete
align-fallback-total = Pagine mostrate in inglese
align-include = file incluso
align-no-findings = Nessuna segnalazione.
align-back = Tutti gli articoli
align-reference = Versione di riferimento
align-units = Unità
align-unaligned-versions = Versioni senza allineamento
align-article-findings = Segnalazioni sull'intero articolo
align-filter-flags = Mostra solo le unità con questi contrassegni
align-filter-locales = Lingue
align-english = Inglese
align-flags = Contrassegni
align-stale = obsoleto
align-plain = senza span
align-plain-title = traduzione senza span, allineata da locdoc con il file inglese
align-confidence = affidabilità dell’allineamento (da 0 a 1)
align-no-units = Questo articolo non ha unità allineate.
align-status-aligned = allineato
align-status-drift = divergente
align-status-missing = mancante
align-status-extra = in più
align-status-none = non presente in questa versione
