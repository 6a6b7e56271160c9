### locdoc user-interface strings: cs-CZ (Czech).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Přeskočit na hlavní obsah
nav-languages = Jazyky
language-picker-heading = Zvolte jazyk
toc-heading = V tomto článku

## Switching between the translation and the English original

switch-to-english = Číst v angličtině
switch-to-language = Číst v češtině
source-toggle-label = Zobrazit anglický zdrojový text
source-toggle-short = EN

## Article metadata and notices

last-updated = Poslední aktualizace: { $date }
mt-notice = Tato stránka byla přeložena strojově.
mt-notice-link = Přečtěte si anglickou verzi.
link-untranslated = (v angličtině)
# Czech: one is 1; few is 2-4; many is for fractions; other is 0 and 5 and up.
article-count =
    { $count ->
        [one] { $count } článek
        [few] { $count } články
        [many] { $count } článku
       *[other] { $count } článků
    }

## Docs-set navigation, search, and notices

nav-toc = Obsah
nav-all-topics = Všechna témata
nav-breadcrumb = Navigační cesta
nav-previous = Předchozí
nav-next = Další
nav-menu = Nabídka
search-label = Hledat
search-needs-script = Hledání vyžaduje JavaScript.
fallback-notice = Tento článek zatím není k dispozici v češtině, proto se zobrazuje v angličtině.
outdated-notice = Tento překlad může být zastaralý.
outdated-notice-link = Přečtěte si aktuální anglickou verzi.
redirect-title = Tato stránka byla přesunuta
redirect-link = Přejít na novou stránku

## DocFX alert labels

alert-note = Poznámka
alert-tip = Tip
alert-important = Důležité
alert-caution = Upozornění
alert-warning = Varování

## Error pages and placeholders

not-found-title = Stránka nebyla nalezena
not-found-text = Požadovaná stránka neexistuje nebo byla přesunuta.
not-found-home = Přejít na domovskou stránku
missing-include = Chybí vložený soubor: { $path }

## Alignment report (_align/)

align-title = Sestava zarovnání
align-intro = Pokrytí je počet jednotek zarovnaných s anglickým referenčním textem z celkového počtu jednotek verze v daném jazyce. Otevřete článek a porovnejte jeho jednotky vedle sebe.
align-finding-count =
    { $count ->
        [one] { $count } zjištění
        [few] { $count } zjištění
        [many] { $count } zjištění
       *[other] { $count } zjištění
    }
align-suppressed-count = Potlačeno: { $count }
align-coverage-heading = Pokrytí podle článku a jazyka
align-rules-heading = Zjištění podle pravidla
align-article = Článek
align-findings = Zjištění
align-total = Celkem
align-rule = Pravidlo
align-severity = Závažnost
align-unaligned = nezarovnáno
align-absent = bez překladu
align-outdated = zastaralý
align-fallback = anglická stránka
align-outdated-total = Zastaralé překlady
align-fallback-total = Stránky zobrazené v angličtině
align-include = vložený soubor
align-no-findings = Žádná zjištění.
align-back = Všechny články
align-reference = Referenční verze
align-units = Jednotky
align-unaligned-versions = Verze bez zarovnání
align-article-findings = Zjištění týkající se celého článku
align-filter-flags = Zobrazit jen jednotky s těmito příznaky
align-filter-locales = Jazyky
align-english = Angličtina
align-flags = Příznaky
align-stale = zastaralé
align-plain = bez značek span
align-plain-title = překlad bez značek span, který locdoc zarovnal s anglickým souborem
align-confidence = spolehlivost zarovnání (0 až 1)
align-no-units = Tento článek nemá žádné zarovnané jednotky.
align-status-aligned = zarovnáno
align-status-drift = odchylka
align-status-missing = chybí
align-status-extra = navíc
align-status-none = v této verzi není
