### locdoc user-interface strings: uk-UA (Ukrainian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Перейти до основного вмісту
nav-languages = Мови
language-picker-heading = Виберіть мову
toc-heading = У цій статті

## Switching between the translation and the English original

switch-to-english = Читати англійською
switch-to-language = Читати українською
source-toggle-label = Показати вихідний текст англійською
source-toggle-short = EN

## Article metadata and notices

last-updated = Останнє оновлення: { $date }
mt-notice = Цю сторінку перекладено за допомогою машинного перекладу.
mt-notice-link = Прочитайте англійську версію.
link-untranslated = (англійською)
# Ukrainian: one is 1, 21, 31, ... (not 11); few is 2-4, 22-24, ... (not 12-14); many is 0, 5-20,
# 25-30, ...; other is for fractions.
article-count =
    { $count ->
        [one] { $count } стаття
        [few] { $count } статті
        [many] { $count } статей
       *[other] { $count } статті
    }

## Docs-set navigation, search, and notices

nav-toc = Зміст
nav-all-topics = Усі розділи
nav-breadcrumb = Навігаційний ланцюжок
nav-previous = Попередня
nav-next = Наступна
nav-menu = Меню
search-label = Пошук
search-needs-script = Для пошуку потрібен JavaScript.
fallback-notice = Ця стаття ще недоступна українською, тому її показано англійською.
outdated-notice = Цей переклад може бути застарілим.
outdated-notice-link = Прочитайте актуальну англійську версію.
redirect-title = Цю сторінку переміщено
redirect-link = Перейти на нову сторінку

## DocFX alert labels

alert-note = Примітка
alert-tip = Порада
alert-important = Важливо
alert-caution = Увага
alert-warning = Попередження

## Error pages and placeholders

not-found-title = Сторінку не знайдено
not-found-text = Запитувана сторінка не існує або її переміщено.
not-found-home = Перейти на головну сторінку
missing-include = Відсутній файл включення: { $path }

## Alignment report (_align/)

align-title = Звіт про вирівнювання
align-intro = Покриття — це кількість одиниць, вирівняних за еталонним англійським текстом, із загальної кількості одиниць версії цією мовою. Відкрийте статтю, щоб порівняти її одиниці поруч.
align-finding-count =
    { $count ->
        [one] { $count } зауваження
        [few] { $count } зауваження
        [many] { $count } зауважень
       *[other] { $count } зауваження
    }
align-suppressed-count = Приховано: { $count }
align-coverage-heading = Покриття за статтями та мовами
align-rules-heading = Зауваження за правилами
align-article = Стаття
align-findings = Зауваження
align-total = Усього
align-rule = Правило
align-severity = Серйозність
align-unaligned = не вирівняно
align-absent = немає перекладу
align-outdated = застарілий
align-fallback = сторінка англійською
align-outdated-total = Застарілі переклади
align-fallback-total = Сторінки, показані англійською
align-include = файл включення
align-no-findings = Зауважень немає.
align-back = Усі статті
align-reference = Еталонна версія
align-units = Одиниці
align-unaligned-versions = Версії без вирівнювання
align-article-findings = Зауваження до всієї статті
align-filter-flags = Показувати лише одиниці з цими позначками
align-filter-locales = Мови
align-english = Англійська
align-flags = Позначки
align-stale = застаріле
align-plain = без span
align-plain-title = переклад без тегів span, вирівняний locdoc за англійським файлом
align-confidence = достовірність вирівнювання (від 0 до 1)
align-no-units = У цій статті немає вирівняних одиниць.
align-status-aligned = вирівняно
align-status-drift = розбіжність
align-status-missing = відсутнє
align-status-extra = зайве
align-status-none = немає в цій версії
