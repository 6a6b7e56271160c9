### locdoc user-interface strings: ar-SA (Arabic).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = التخطي إلى المحتوى الرئيسي
nav-languages = اللغات
language-picker-heading = اختر لغتك
toc-heading = في هذه المقالة

## Switching between the translation and the English original

switch-to-english = القراءة باللغة الإنجليزية
switch-to-language = القراءة باللغة العربية
source-toggle-label = إظهار النص المصدر باللغة الإنجليزية
source-toggle-short = EN

## Article metadata and notices

last-updated = آخر تحديث: { $date }
mt-notice = تمت ترجمة هذه الصفحة آليًا.
mt-notice-link = اقرأ النسخة الإنجليزية.
link-untranslated = (باللغة الإنجليزية)
# Arabic: zero is 0; one is 1; two is 2; few is 3-10, 103-110, ...; many is 11-99, 111-199, ...;
# other is 100-102, ... (and fractions). After 11 and up the noun is singular.
article-count =
    { $count ->
        [zero] { $count } مقالة
        [one] { $count } مقالة
        [two] { $count } مقالتان
        [few] { $count } مقالات
        [many] { $count } مقالة
       *[other] { $count } مقالة
    }

## Docs-set navigation, search, and notices

nav-toc = جدول المحتويات
nav-all-topics = جميع الموضوعات
nav-breadcrumb = مسار التنقل
nav-previous = السابق
nav-next = التالي
nav-menu = القائمة
search-label = بحث
search-needs-script = يتطلب البحث JavaScript.
fallback-notice = هذه المقالة غير متوفرة باللغة العربية بعد، لذا يتم عرضها باللغة الإنجليزية.
outdated-notice = قد تكون هذه الترجمة قديمة.
outdated-notice-link = اقرأ النسخة الإنجليزية الحالية.
redirect-title = تم نقل هذه الصفحة
redirect-link = الانتقال إلى الصفحة الجديدة

## DocFX alert labels

alert-note = ملاحظة
alert-tip = تلميح
alert-important = هام
alert-caution = تنبيه
alert-warning = تحذير

## Error pages and placeholders

not-found-title = الصفحة غير موجودة
not-found-text = الصفحة التي طلبتها غير موجودة أو تم نقلها.
not-found-home = الانتقال إلى الصفحة الرئيسية
missing-include = ملف التضمين مفقود: { $path }

## Alignment report (_align/)

align-title = تقرير المحاذاة
align-intro = التغطية هي عدد الوحدات المحاذاة مع النص الإنجليزي المرجعي من إجمالي وحدات الإصدار بتلك اللغة. افتح مقالة لمقارنة وحداتها جنبًا إلى جنب.
align-finding-count =
    { $count ->
        [zero] { $count } نتيجة
        [one] { $count } نتيجة
        [two] { $count } نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }
align-suppressed-count = المكتومة: { $count }
align-coverage-heading = التغطية حسب المقالة واللغة
align-rules-heading = النتائج حسب القاعدة
align-article = المقالة
align-findings = النتائج
align-total = الإجمالي
align-rule = القاعدة
align-severity = الخطورة
align-unaligned = غير محاذاة
align-absent = لا توجد ترجمة
align-outdated = قديمة
align-fallback = صفحة إنجليزية
align-outdated-total = ترجمات قديمة
align-fallback-total = صفحات معروضة بالإنجليزية
align-include = ملف تضمين
align-no-findings = لا توجد نتائج.
align-back = كل المقالات
align-reference = الإصدار المرجعي
align-units = الوحدات
align-unaligned-versions = إصدارات بلا محاذاة
align-article-findings = نتائج تخص المقالة بأكملها
align-filter-flags = إظهار الوحدات التي تحمل هذه العلامات فقط
align-filter-locales = اللغات
align-english = الإنجليزية
align-flags = العلامات
align-stale = قديم
align-plain = بدون span
align-plain-title = ترجمة بدون علامات span، حاذاها locdoc مع ملفها الإنجليزي
align-confidence = موثوقية المحاذاة (من 0 إلى 1)
align-no-units = لا تحتوي هذه المقالة على وحدات محاذاة.
align-status-aligned = محاذاة
align-status-drift = انحراف
align-status-missing = مفقودة
align-status-extra = زائدة
align-status-none = غير موجودة في هذا الإصدار
