### locdoc user-interface strings: bg-BG (Bulgarian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Преминаване към основното съдържание
nav-languages = Езици
language-picker-heading = Изберете вашия език
toc-heading = В тази статия

## Switching between the translation and the English original

switch-to-english = Четене на английски
switch-to-language = Четене на български
source-toggle-label = Показване на изходния текст на английски
source-toggle-short = EN

## Article metadata and notices

last-updated = Последна актуализация: { $date }
mt-notice = Тази страница е преведена машинно.
mt-notice-link = Прочетете версията на английски език.
link-untranslated = (на английски)
article-count =
    { $count ->
        [one] { $count } статия
       *[other] { $count } статии
    }

## Docs-set navigation, search, and notices

nav-toc = Съдържание
nav-all-topics = Всички теми
nav-breadcrumb = Навигационна пътека
nav-previous = Предишна
nav-next = Следваща
nav-menu = Меню
search-label = Търсене
search-needs-script = Търсенето изисква JavaScript.
fallback-notice = Тази статия все още не е налична на български език, затова се показва на английски.
outdated-notice = Този превод може да е остарял.
outdated-notice-link = Прочетете актуалната версия на английски език.
redirect-title = Тази страница е преместена
redirect-link = Към новата страница

## DocFX alert labels

alert-note = Забележка
alert-tip = Съвет
alert-important = Важно
alert-caution = Внимание
alert-warning = Предупреждение

## Error pages and placeholders

not-found-title = Страницата не е намерена
not-found-text = Поисканата от вас страница не съществува или е преместена.
not-found-home = Към началната страница
missing-include = Липсващ включен файл: { $path }

## Alignment report (_align/)

align-title = Отчет за подравняване
align-intro = Покритието е броят на единиците, подравнени с английския еталонен текст, от всички единици на версията на съответния език. Отворете статия, за да сравните нейните единици една до друга.
align-finding-count =
    { $count ->
        [one] { $count } констатация
       *[other] { $count } констатации
    }
align-suppressed-count = Потиснати: { $count }
align-coverage-heading = Покритие по статия и език
align-rules-heading = Констатации по правило
align-article = Статия
align-findings = Констатации
align-total = Общо
align-rule = Правило
align-severity = Сериозност
align-unaligned = неподравнено
align-absent = няма превод
align-outdated = остарял
align-fallback = страница на английски
align-outdated-total = Остарели преводи
align-fallback-total = Страници, показани на английски
align-include = включен файл
align-no-findings = Няма констатации.
align-back = Всички статии
align-reference = Еталонна версия
align-units = Единици
align-unaligned-versions = Версии без подравняване
align-article-findings = Констатации за цялата статия
align-filter-flags = Показване само на единиците с тези флагове
align-filter-locales = Езици
align-english = Английски
align-flags = Флагове
align-stale = остаряло
align-plain = без span
align-plain-title = превод без етикети span, подравнен от locdoc с английския файл
align-confidence = достоверност на подравняването (от 0 до 1)
align-no-units = Тази статия няма подравнени единици.
align-status-aligned = подравнено
align-status-drift = отклонение
align-status-missing = липсва
align-status-extra = излишно
align-status-none = няма я в тази версия
