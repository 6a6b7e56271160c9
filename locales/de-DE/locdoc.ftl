### locdoc user-interface strings: de-DE (German).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Zum Hauptinhalt wechseln
nav-languages = Sprachen
language-picker-heading = Sprache auswählen
toc-heading = In diesem Artikel

## Switching between the translation and the English original

switch-to-english = Auf Englisch lesen
switch-to-language = Auf Deutsch lesen
source-toggle-label = Englischen Ausgangstext anzeigen
source-toggle-short = EN

## Article metadata and notices

last-updated = Zuletzt aktualisiert am { $date }
mt-notice = Diese Seite wurde maschinell übersetzt.
mt-notice-link = Englische Version lesen.
link-untranslated = (auf Englisch)
article-count =
    { $count ->
        [one] { $count } Artikel
       *[other] { $count } Artikel
    }

## Docs-set navigation, search, and notices

nav-toc = Inhaltsverzeichnis
nav-all-topics = Alle Themen
nav-breadcrumb = Navigationspfad
nav-previous = Zurück
nav-next = Weiter
nav-menu = Menü
search-label = Suchen
search-needs-script = Für die Suche ist JavaScript erforderlich.
fallback-notice = Dieser Artikel ist noch nicht auf Deutsch verfügbar und wird daher auf Englisch angezeigt.
outdated-notice = Diese Übersetzung ist möglicherweise veraltet.
outdated-notice-link = Aktuelle englische Version lesen.
redirect-title = Diese Seite wurde verschoben
redirect-link = Zur neuen Seite

## DocFX alert labels

alert-note = Hinweis
alert-tip = Tipp
alert-important = Wichtig
alert-caution = Vorsicht
alert-warning = Warnung

## Error pages and placeholders

not-found-title = Seite nicht gefunden
not-found-text = Die angeforderte Seite ist nicht vorhanden oder wurde verschoben.
not-found-home = Zur Startseite
missing-include = Fehlende Includedatei: { $path }

## Alignment report (_align/)

align-title = Ausrichtungsbericht
align-intro = Die Abdeckung ist die Anzahl der Einheiten, die am englischen Referenztext ausgerichtet sind, bezogen auf alle Einheiten der Version in dieser Sprache. Öffnen Sie einen Artikel, um seine Einheiten nebeneinander zu vergleichen.
align-finding-count =
    { $count ->
        [one] { $count } Befund
       *[other] { $count } Befunde
    }
align-suppressed-count = { $count } unterdrückt
align-coverage-heading = Abdeckung nach Artikel und Sprache
align-rules-heading = Befunde nach Regel
align-article = Artikel
align-findings = Befunde
align-total = Gesamt
align-rule = Regel
align-severity = Schweregrad
align-unaligned = nicht ausgerichtet
align-absent = keine Übersetzung
align-outdated = veraltet
align-fallback = englische Seite
align-outdated-total = Veraltete Übersetzungen
align-fallback-total = Auf Englisch angezeigte Seiten
align-include = Includedatei
align-no-findings = Keine Befunde.
align-back = Alle Artikel
align-reference = Referenzversion
align-units = Einheiten
align-unaligned-versions = Versionen ohne Ausrichtung
align-article-findings = Befunde zum gesamten Artikel
align-filter-flags = Nur Einheiten mit diesen Kennzeichnungen anzeigen
align-filter-locales = Sprachen
align-english = Englisch
align-flags = Kennzeichnungen
align-stale = veraltet
align-plain = ohne Spans
align-plain-title = Übersetzung ohne Spans, von locdoc an der englischen Datei ausgerichtet
align-confidence = Zuverlässigkeit der Ausrichtung (0 bis 1)
align-no-units = Dieser Artikel enthält keine ausgerichteten Einheiten.
align-status-aligned = ausgerichtet
align-status-drift = abweichend
align-status-missing = fehlt
align-status-extra = zusätzlich
align-status-none = nicht in dieser Version
