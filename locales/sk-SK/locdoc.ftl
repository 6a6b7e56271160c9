### locdoc user-interface strings: sk-SK (Slovak).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Preskočiť na hlavný obsah
nav-languages = Jazyky
language-picker-heading = Vyberte jazyk
toc-heading = V tomto článku

## Switching between the translation and the English original

switch-to-english = Čítať v angličtine
switch-to-language = Čítať v slovenčine
source-toggle-label = Zobraziť anglický zdrojový text
source-toggle-short = EN

## Article metadata and notices

last-updated = Posledná aktualizácia: { $date }
mt-notice = Táto stránka bola preložená strojovo.
mt-notice-link = Prečítajte si anglickú verziu.
link-untranslated = (v angličtine)
# Slovak: one is 1; few is 2-4; many is for fractions; other is 0 and 5 and up.
article-count =
    { $count ->
        [one] { $count } článok
        [few] { $count } články
        [many] { $count } článku
       *[other] { $count } článkov
    }

## Docs-set navigation, search, and notices

nav-toc = Obsah
nav-all-topics = Všetky témy
nav-breadcrumb = Navigačná cesta
nav-previous = Predchádzajúci
nav-next = Ďalší
nav-menu = Ponuka
search-label = Hľadať
search-needs-script = Vyhľadávanie vyžaduje JavaScript.
fallback-notice = Tento článok zatiaľ nie je k dispozícii v slovenčine, preto sa zobrazuje v angličtine.
outdated-notice = Tento preklad môže byť zastaraný.
outdated-notice-link = Prečítajte si aktuálnu anglickú verziu.
redirect-title = Táto stránka bola presunutá
redirect-link = Prejsť na novú stránku

## DocFX alert labels

alert-note = Poznámka
alert-tip = Tip
alert-important = Dôležité
alert-caution = Upozornenie
alert-warning = Varovanie

## Error pages and placeholders

not-found-title = Stránka sa nenašla
not-found-text = Požadovaná stránka neexistuje alebo bola presunutá.
not-found-home = Prejsť na domovskú stránku
missing-include = Chýba vložený súbor: { $path }

## Alignment report (_align/)

align-title = Zostava zarovnania
align-intro = Pokrytie je počet jednotiek zarovnaných s anglickým referenčným textom z celkového počtu jednotiek verzie v danom jazyku. Otvorte článok a porovnajte jeho jednotky vedľa seba.
align-finding-count =
    { $count ->
        [one] { $count } zistenie
        [few] { $count } zistenia
        [many] { $count } zistenia
       *[other] { $count } zistení
    }
align-suppressed-count = Potlačené: { $count }
align-coverage-heading = Pokrytie podľa článku a jazyka
align-rules-heading = Zistenia podľa pravidla
align-article = Článok
align-findings = Zistenia
align-total = Spolu
align-rule = Pravidlo
align-severity = Závažnosť
align-unaligned = nezarovnané
align-absent = bez prekladu
align-outdated = zastaraný
align-fallback = anglická stránka
align-outdated-total = Zastarané preklady
align-fallback-total = Stránky zobrazené v angličtine
align-include = vložený súbor
align-no-findings = Žiadne zistenia.
align-back = Všetky články
align-reference = Referenčná verzia
align-units = Jednotky
align-unaligned-versions = Verzie bez zarovnania
align-article-findings = Zistenia týkajúce sa celého článku
align-filter-flags = Zobraziť iba jednotky s týmito príznakmi
align-filter-locales = Jazyky
align-english = Angličtina
align-flags = Príznaky
align-stale = zastarané
align-plain = bez značiek span
align-plain-title = preklad bez značiek span, ktorý locdoc zarovnal s anglickým súborom
align-confidence = spoľahlivosť zarovnania (0 až 1)
align-no-units = Tento článok nemá žiadne zarovnané jednotky.
align-status-aligned = zarovnané
align-status-drift = odchýlka
align-status-missing = chýba
align-status-extra = navyše
align-status-none = v tejto verzii nie je
