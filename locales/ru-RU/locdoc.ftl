### locdoc user-interface strings: ru-RU (Russian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Перейти к основному содержимому
nav-languages = Языки
language-picker-heading = Выберите язык
toc-heading = В этой статье

## Switching between the translation and the English original

switch-to-english = Читать на английском
switch-to-language = Читать на русском
source-toggle-label = Показать исходный текст на английском
source-toggle-short = EN

## Article metadata and notices

last-updated = Последнее обновление: { $date }
mt-notice = Эта страница переведена с помощью машинного перевода.
mt-notice-link = Прочитать версию на английском языке.
link-untranslated = (на английском языке)
# Russian: one is 1, 21, 31, ... (not 11); few is 2-4, 22-24, ... (not 12-14); many is 0, 5-20,
# 25-30, ...; other is for fractions.
article-count =
    { $count ->
        [one] { $count } статья
        [few] { $count } статьи
        [many] { $count } статей
       *[other] { $count } статьи
    }

## Docs-set navigation, search, and notices

nav-toc = Содержание
nav-all-topics = Все разделы
nav-breadcrumb = Навигационная цепочка
nav-previous = Предыдущая
nav-next = Следующая
nav-menu = Меню
search-label = Поиск
search-needs-script = Для поиска требуется JavaScript.
fallback-notice = Эта статья пока недоступна на русском языке, поэтому она показана на английском.
outdated-notice = Этот перевод может быть устаревшим.
outdated-notice-link = Прочитать актуальную версию на английском языке.
redirect-title = Эта страница перемещена
redirect-link = Перейти на новую страницу

## DocFX alert labels

alert-note = Примечание
alert-tip = Совет
alert-important = Важно
alert-caution = Внимание
alert-warning = Предупреждение

## Error pages and placeholders

not-found-title = Страница не найдена
not-found-text = Запрошенная страница не существует или была перемещена.
not-found-home = Перейти на главную страницу
missing-include = Отсутствует включаемый файл: { $path }

## Alignment report (_align/)

align-title = Отчет о выравнивании
align-intro = Покрытие — это число единиц, выровненных по эталонному английскому тексту, из общего числа единиц версии на этом языке. Откройте статью, чтобы сравнить ее единицы рядом.
align-finding-count =
    { $count ->
        [one] { $count } замечание
        [few] { $count } замечания
        [many] { $count } замечаний
       *[other] { $count } замечания
    }
align-suppressed-count = Подавлено: { $count }
align-coverage-heading = Покрытие по статьям и языкам
align-rules-heading = Замечания по правилам
align-article = Статья
align-findings = Замечания
align-total = Всего
align-rule = Правило
align-severity = Серьезность
align-unaligned = не выровнено
align-absent = нет перевода
align-outdated = устарел
align-fallback = страница на английском
align-outdated-total = Устаревшие переводы
align-fallback-total = Страницы, показанные на английском
align-include = включаемый файл
align-no-findings = Замечаний нет.
align-back = Все статьи
align-reference = Эталонная версия
align-units = Единицы
align-unaligned-versions = Версии без выравнивания
align-article-findings = Замечания ко всей статье
align-filter-flags = Показывать только единицы с этими флагами
align-filter-locales = Языки
align-english = Английский
align-flags = Флаги
align-stale = устарело
align-plain = без span
align-plain-title = перевод без тегов span, выровненный locdoc по английскому файлу
align-confidence = достоверность выравнивания (от 0 до 1)
align-no-units = В этой статье нет выровненных единиц.
align-status-aligned = выровнено
align-status-drift = расхождение
align-status-missing = отсутствует
align-status-extra = лишнее
align-status-none = нет в этой версии
