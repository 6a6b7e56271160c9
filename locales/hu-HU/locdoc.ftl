### locdoc user-interface strings: hu-HU (Hungarian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Ugrás a fő tartalomhoz
nav-languages = Nyelvek
language-picker-heading = Válasszon nyelvet
toc-heading = Ebben a cikkben

## Switching between the translation and the English original

switch-to-english = Olvasás angol nyelven
switch-to-language = Olvasás magyar nyelven
source-toggle-label = Az angol nyelvű forrásszöveg megjelenítése
source-toggle-short = EN

## Article metadata and notices

last-updated = Utolsó frissítés: { $date }
mt-notice = Ez a lap gépi fordítással készült.
mt-notice-link = Olvassa el az angol nyelvű változatot.
link-untranslated = (angol nyelven)
# Hungarian keeps the noun singular after a number, so both forms are the same.
article-count =
    { $count ->
        [one] { $count } cikk
       *[other] { $count } cikk
    }

## Docs-set navigation, search, and notices

nav-toc = Tartalomjegyzék
nav-all-topics = Minden témakör
nav-breadcrumb = Navigációs útvonal
nav-previous = Előző
nav-next = Következő
nav-menu = Menü
search-label = Keresés
search-needs-script = A kereséshez JavaScript szükséges.
fallback-notice = Ez a cikk még nem érhető el magyar nyelven, ezért angol nyelven jelenik meg.
outdated-notice = Ez a fordítás elavult lehet.
outdated-notice-link = Olvassa el az aktuális angol nyelvű változatot.
redirect-title = Ez a lap új helyre került
redirect-link = Ugrás az új lapra

## DocFX alert labels

alert-note = Megjegyzés
alert-tip = Tipp
alert-important = Fontos
alert-caution = Figyelem
alert-warning = Figyelmeztetés

## Error pages and placeholders

not-found-title = A lap nem található
not-found-text = A kért lap nem létezik, vagy áthelyezték.
not-found-home = Ugrás a kezdőlapra
missing-include = Hiányzó beágyazott fájl: { $path }

## Alignment report (_align/)

align-title = Igazítási jelentés
align-intro = A lefedettség az angol referenciaszöveghez igazított egységek száma az adott nyelvi változat összes egységéhez viszonyítva. Nyisson meg egy cikket, hogy egymás mellett összehasonlíthassa az egységeit.
align-finding-count =
    { $count ->
        [one] { $count } észrevétel
       *[other] { $count } észrevétel
    }
align-suppressed-count = { $count } elnémítva
align-coverage-heading = Lefedettség cikkenként és nyelvenként
align-rules-heading = Észrevételek szabályonként
align-article = Cikk
align-findings = Észrevételek
align-total = Összesen
align-rule = Szabály
align-severity = Súlyosság
align-unaligned = nincs igazítva
align-absent = nincs fordítás
align-outdated = elavult
align-fallback = angol nyelvű oldal
align-outdated-total = Elavult fordítások
align-fallback-total = Angolul megjelenített oldalak
align-include = beágyazott fájl
align-no-findings = Nincsenek észrevételek.
align-back = Minden cikk
align-reference = Referenciaváltozat
align-units = Egységek
align-unaligned-versions = Igazítás nélküli változatok
align-article-findings = A teljes cikkre vonatkozó észrevételek
align-filter-flags = Csak az ezekkel a jelölőkkel ellátott egységek megjelenítése
align-filter-locales = Nyelvek
align-english = Angol
align-flags = Jelölők
align-stale = elavult
align-plain = span nélküli
align-plain-title = span címkék nélküli fordítás, amelyet a locdoc az angol fájlhoz igazított
align-confidence = az igazítás megbízhatósága (0–1)
align-no-units = Ebben a cikkben nincsenek igazított egységek.
align-status-aligned = igazítva
align-status-drift = eltérő
align-status-missing = hiányzik
align-status-extra = többlet
align-status-none = nincs ebben a változatban
