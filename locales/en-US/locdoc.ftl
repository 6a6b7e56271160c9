### locdoc user-interface strings: en-US, the reference file.
###
### Every other locale's file should define the same messages (L10n::coverage lists the gaps).
### A message missing from a locale falls back to this file; a locale without a file falls back
### to the nearest locale that has one (ro-MD -> ro-RO), then to this file.
###
### Strings go into HTML: write plain text (no markup, no entities); the templates escape it.
### Fluent's bidi isolation marks are turned off, so a value never carries invisible characters.
### Variables: $name. Numbers are written as plain digits (1234, not 1,234).

## Page chrome

# Link at the very top of each page, for keyboard and screen-reader users.
skip-to-content = Skip to content
# Accessible name (aria-label) of the navigation that lists the article's languages.
nav-languages = Languages
# Heading of the language picker page or menu.
language-picker-heading = Choose your language
# Heading of the article's table of contents.
toc-heading = In this article

## Switching between the translation and the English original

# On a translated page: switches to the English version.
switch-to-english = Read in English
# On the English version: switches back to the translation.
# Formatted in the *target* locale (a Romanian reader sees Romanian), so each locale's file
# should name its own language in running text ("Citiți în limba română"), ignoring $language.
# Variables:
#   $language (String) - the language's own name, as in a menu: "Română", "Deutsch".
#                        Used by this English file, the fallback for locales without a file.
switch-to-language = Read in { $language }
# Accessible name (aria-label, title) of the button beside each translated sentence that
# discloses its English source text.
source-toggle-label = Show the English source
# Visible text of that button: keep it very short (two or three characters).
source-toggle-short = EN

## Article metadata and notices

# Variables:
#   $date (String) - the date, already formatted from CLDR data in the page's locale (the long
#                    Gregorian date: "March 25, 2020", "25 martie 2020", "2020年3月25日").
last-updated = Last updated on { $date }
# Banner on a machine-translated article; followed by mt-notice-link, which the template turns
# into a link to the English article.
mt-notice = This page was machine translated.
mt-notice-link = Read the English version.
# After a link whose target article has no translation in this language, so the link leads to
# the English article.
link-untranslated = (in English)
# Number of articles, e.g. in a section listing.
# Variables:
#   $count (Number) - how many articles.
article-count =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }

## Docs-set navigation, search, and notices

# Accessible name (aria-label) of the sidebar that lists the docs set's articles.
nav-toc = Contents
# Link at the end of the sidebar to the page that lists every article; also that page's title.
nav-all-topics = All topics
# Accessible name (aria-label) of the breadcrumb trail above an article.
nav-breadcrumb = Breadcrumb
# Links to the previous and the next article in the table of contents' order.
nav-previous = Previous
nav-next = Next
# Button that shows the table of contents on narrow (phone) screens.
nav-menu = Menu
# Accessible name of the search box in the page header.
search-label = Search
# Shown instead of the search box to readers whose browser runs no JavaScript.
search-needs-script = Search needs JavaScript.
# Notice on a page shown in English because the article has no translation in this language.
# Formatted in the page's locale: each locale's file should name its own language in running
# text ("non è ancora disponibile in italiano"), ignoring $language where grammar needs it.
# Variables:
#   $language (String) - the page language's own name, as in a menu: "日本語", "Français".
fallback-notice = This article is not available in { $language } yet, so it is shown in English.
# Notice on a translated page whose English original has changed since it was translated;
# followed by outdated-notice-link, which the template turns into a link to the English.
outdated-notice = This translation may be out of date.
outdated-notice-link = Read the current English version.
# Title and text of the page left where an article used to be; the link leads to its new place.
redirect-title = This page has moved
redirect-link = Go to the new page

## DocFX alert labels (> [!NOTE], > [!TIP], ...)

alert-note = Note
alert-tip = Tip
alert-important = Important
alert-caution = Caution
alert-warning = Warning

## Error pages and placeholders

not-found-title = Page not found
not-found-text = The page you requested doesn't exist or has moved.
not-found-home = Go to the home page
# Shown in place of an [!INCLUDE] whose file could not be found.
# Variables:
#   $path (String) - the include path as written in the article.
missing-include = Missing include: { $path }

## Alignment report (_align/): a tool for translators and reviewers, shown in en-US

# Heading of the report and part of each report page's title.
align-title = Alignment report
align-intro = Coverage is the number of units aligned with the reference English out of the units in that language's version. Open an article to compare its units side by side.
# Variables:
#   $count (Number) - how many findings the check reported.
align-finding-count =
    { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    }
# Variables:
#   $count (Number) - how many findings the suppression file accepted.
align-suppressed-count = { $count } suppressed
align-coverage-heading = Coverage by article and language
align-rules-heading = Findings by rule
align-article = Article
align-findings = Findings
align-total = Total
align-rule = Rule
align-severity = Severity
# A translation without side-by-side spans, which cannot be aligned.
align-unaligned = unaligned
# The language has no version of the article.
align-absent = no translation
# The translation is older than its English (stale units, or an earlier ms.date).
align-outdated = outdated
# The language has no translation; its site shows the English on a fallback page.
align-fallback = English page
align-outdated-total = Outdated translations
align-fallback-total = Pages shown in English
# Marks an include file: aligned content that is not a page of its own.
align-include = include
align-no-findings = No findings.
align-back = All articles
align-reference = Reference version
align-units = Units
align-unaligned-versions = Versions without alignment
align-article-findings = Findings about the whole article
align-filter-flags = Show only units with these flags
align-filter-locales = Languages
align-english = English
align-flags = Flags
# The English of this unit is no longer in the current English article.
align-stale = stale
align-plain = plain
align-plain-title = plain translation, aligned with its English file by locdoc
align-confidence = alignment confidence (0 to 1)
align-no-units = This article has no aligned units.
align-status-aligned = aligned
align-status-drift = drift
align-status-missing = missing
align-status-extra = extra
# The unit exists only in other languages (not in the reference), and not in this one.
align-status-none = not in this version
