### locdoc user-interface strings: he-IL (Hebrew).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = דלג לתוכן הראשי
nav-languages = שפות
language-picker-heading = בחר את השפה שלך
toc-heading = במאמר זה

## Switching between the translation and the English original

switch-to-english = קרא באנגלית
switch-to-language = קרא בעברית
source-toggle-label = הצג את טקסט המקור באנגלית
source-toggle-short = EN

## Article metadata and notices

last-updated = עודכן לאחרונה: { $date }
mt-notice = דף זה תורגם באמצעות תרגום מכונה.
mt-notice-link = קרא את הגרסה האנגלית.
link-untranslated = (באנגלית)
# Hebrew: one is 1; two is 2; other is the rest.
article-count =
    { $count ->
        [one] { $count } מאמר
        [two] { $count } מאמרים
       *[other] { $count } מאמרים
    }

## Docs-set navigation, search, and notices

nav-toc = תוכן העניינים
nav-all-topics = כל הנושאים
nav-breadcrumb = נתיב ניווט
nav-previous = הקודם
nav-next = הבא
nav-menu = תפריט
search-label = חיפוש
search-needs-script = החיפוש דורש JavaScript.
fallback-notice = מאמר זה עדיין אינו זמין בעברית, ולכן הוא מוצג באנגלית.
outdated-notice = ייתכן שתרגום זה אינו עדכני.
outdated-notice-link = קרא את הגרסה האנגלית העדכנית.
redirect-title = דף זה הועבר
redirect-link = עבור לדף החדש

## DocFX alert labels

alert-note = הערה
alert-tip = עצה
alert-important = חשוב
alert-caution = זהירות
alert-warning = אזהרה

## Error pages and placeholders

not-found-title = הדף לא נמצא
not-found-text = הדף שביקשת אינו קיים או שהועבר.
not-found-home = עבור לדף הבית
missing-include = חסר קובץ הכללה: { $path }

## Alignment report (_align/)

align-title = דוח יישור
align-intro = הכיסוי הוא מספר היחידות שיושרו לטקסט הייחוס באנגלית מתוך כל היחידות של הגרסה בשפה זו. פתח מאמר כדי להשוות את היחידות שלו זו לצד זו.
align-finding-count =
    { $count ->
        [one] { $count } ממצא
        [two] { $count } ממצאים
       *[other] { $count } ממצאים
    }
align-suppressed-count = הושתקו: { $count }
align-coverage-heading = כיסוי לפי מאמר ושפה
align-rules-heading = ממצאים לפי כלל
align-article = מאמר
align-findings = ממצאים
align-total = סה״כ
align-rule = כלל
align-severity = חומרה
align-unaligned = לא מיושר
align-absent = אין תרגום
align-outdated = לא עדכני
align-fallback = דף באנגלית
align-outdated-total = תרגומים לא עדכניים
align-fallback-total = דפים המוצגים באנגלית
align-include = קובץ הכללה
align-no-findings = אין ממצאים.
align-back = כל המאמרים
align-reference = גרסת ייחוס
align-units = יחידות
align-unaligned-versions = גרסאות ללא יישור
align-article-findings = ממצאים לגבי המאמר כולו
align-filter-flags = הצג רק יחידות עם הסימונים האלה
align-filter-locales = שפות
align-english = אנגלית
align-flags = סימונים
align-stale = לא עדכני
align-plain = ללא span
align-plain-title = תרגום ללא תגי span, ש-locdoc יישר לקובץ האנגלי שלו
align-confidence = מהימנות היישור (0 עד 1)
align-no-units = אין במאמר זה יחידות מיושרות.
align-status-aligned = מיושר
align-status-drift = סטייה
align-status-missing = חסר
align-status-extra = עודף
align-status-none = לא קיים בגרסה זו
