### locdoc user-interface strings: pl-PL (Polish).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Przejdź do głównej zawartości
nav-languages = Języki
language-picker-heading = Wybierz język
toc-heading = W tym artykule

## Switching between the translation and the English original

switch-to-english = Czytaj w języku angielskim
switch-to-language = Czytaj w języku polskim
source-toggle-label = Pokaż angielski tekst źródłowy
source-toggle-short = EN

## Article metadata and notices

last-updated = Ostatnia aktualizacja: { $date }
mt-notice = Ta strona została przetłumaczona maszynowo.
mt-notice-link = Przeczytaj wersję angielską.
link-untranslated = (w języku angielskim)
# Polish: one is 1; few is 2-4, 22-24, ... (not 12-14); many is the other integers; other is for
# fractions.
article-count =
    { $count ->
        [one] { $count } artykuł
        [few] { $count } artykuły
        [many] { $count } artykułów
       *[other] { $count } artykułu
    }

## Docs-set navigation, search, and notices

nav-toc = Spis treści
nav-all-topics = Wszystkie tematy
nav-breadcrumb = Ścieżka nawigacji
nav-previous = Poprzedni
nav-next = Następny
nav-menu = Menu
search-label = Wyszukaj
search-needs-script = Wyszukiwanie wymaga obsługi języka JavaScript.
fallback-notice = Ten artykuł nie jest jeszcze dostępny w języku polskim, dlatego jest wyświetlany w języku angielskim.
outdated-notice = To tłumaczenie może być nieaktualne.
outdated-notice-link = Przeczytaj aktualną wersję angielską.
redirect-title = Ta strona została przeniesiona
redirect-link = Przejdź do nowej strony

## DocFX alert labels

alert-note = Uwaga
alert-tip = Porada
alert-important = Ważne
alert-caution = Przestroga
alert-warning = Ostrzeżenie

## Error pages and placeholders

not-found-title = Nie znaleziono strony
not-found-text = Żądana strona nie istnieje lub została przeniesiona.
not-found-home = Przejdź do strony głównej
missing-include = Brak pliku dołączanego: { $path }

## Alignment report (_align/)

align-title = Raport wyrównania
align-intro = Pokrycie to liczba jednostek wyrównanych z angielskim tekstem referencyjnym spośród wszystkich jednostek wersji w danym języku. Otwórz artykuł, aby porównać jego jednostki obok siebie.
align-finding-count =
    { $count ->
        [one] { $count } wynik
        [few] { $count } wyniki
        [many] { $count } wyników
       *[other] { $count } wyniku
    }
align-suppressed-count = Pominięte: { $count }
align-coverage-heading = Pokrycie według artykułu i języka
align-rules-heading = Wyniki według reguły
align-article = Artykuł
align-findings = Wyniki
align-total = Razem
align-rule = Reguła
align-severity = Ważność
align-unaligned = niewyrównany
align-absent = brak tłumaczenia
align-outdated = nieaktualne
align-fallback = strona w języku angielskim
align-outdated-total = Nieaktualne tłumaczenia
align-fallback-total = Strony wyświetlane po angielsku
align-include = plik dołączany
align-no-findings = Brak wyników.
align-back = Wszystkie artykuły
align-reference = Wersja referencyjna
align-units = Jednostki
align-unaligned-versions = Wersje bez wyrównania
align-article-findings = Wyniki dotyczące całego artykułu
align-filter-flags = Pokaż tylko jednostki z tymi flagami
align-filter-locales = Języki
align-english = Angielski
align-flags = Flagi
align-stale = nieaktualny
align-plain = bez znaczników span
align-plain-title = tłumaczenie bez znaczników span, wyrównane przez locdoc z plikiem angielskim
align-confidence = pewność wyrównania (od 0 do 1)
align-no-units = Ten artykuł nie ma wyrównanych jednostek.
align-status-aligned = wyrównany
align-status-drift = rozbieżny
align-status-missing = brak
align-status-extra = nadmiarowy
align-status-none = brak w tej wersji
