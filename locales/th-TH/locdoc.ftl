### locdoc user-interface strings: th-TH (Thai).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = ข้ามไปยังเนื้อหาหลัก
nav-languages = ภาษา
language-picker-heading = เลือกภาษาของคุณ
toc-heading = ในบทความนี้

## Switching between the translation and the English original

switch-to-english = อ่านเป็นภาษาอังกฤษ
switch-to-language = อ่านเป็นภาษาไทย
source-toggle-label = แสดงข้อความต้นฉบับภาษาอังกฤษ
source-toggle-short = EN

## Article metadata and notices

last-updated = อัปเดตล่าสุดเมื่อ { $date }
mt-notice = หน้านี้แปลด้วยเครื่อง
mt-notice-link = อ่านเวอร์ชันภาษาอังกฤษ
link-untranslated = (ภาษาอังกฤษ)
# Thai has a single plural form, so no selector is needed.
article-count = { $count } บทความ

## Docs-set navigation, search, and notices

nav-toc = สารบัญ
nav-all-topics = หัวข้อทั้งหมด
nav-breadcrumb = เส้นทางการนำทาง
nav-previous = ก่อนหน้า
nav-next = ถัดไป
nav-menu = เมนู
search-label = ค้นหา
search-needs-script = การค้นหาต้องใช้ JavaScript
fallback-notice = บทความนี้ยังไม่มีเป็นภาษาไทย จึงแสดงเป็นภาษาอังกฤษ
outdated-notice = คำแปลนี้อาจไม่เป็นปัจจุบัน
outdated-notice-link = อ่านเวอร์ชันภาษาอังกฤษล่าสุด
redirect-title = หน้านี้ถูกย้ายแล้ว
redirect-link = ไปที่หน้าใหม่

## DocFX alert labels

alert-note = หมายเหตุ
alert-tip = เคล็ดลับ
alert-important = สำคัญ
alert-caution = ข้อควรระวัง
alert-warning = คำเตือน

## Error pages and placeholders

not-found-title = ไม่พบหน้า
not-found-text = ไม่มีหน้าที่คุณร้องขอ หรือหน้านั้นถูกย้ายไปแล้ว
not-found-home = ไปที่หน้าแรก
missing-include = ไม่พบไฟล์ที่รวมไว้: { $path }

## Alignment report (_align/)

align-title = รายงานการจัดแนว
align-intro = ความครอบคลุมคือจำนวนหน่วยที่จัดแนวกับข้อความอ้างอิงภาษาอังกฤษ จากหน่วยทั้งหมดในเวอร์ชันภาษานั้น เปิดบทความเพื่อเปรียบเทียบหน่วยต่าง ๆ แบบเคียงข้างกัน
align-finding-count = สิ่งที่พบ { $count } รายการ
align-suppressed-count = ระงับ { $count } รายการ
align-coverage-heading = ความครอบคลุมตามบทความและภาษา
align-rules-heading = สิ่งที่พบตามกฎ
align-article = บทความ
align-findings = สิ่งที่พบ
align-total = รวม
align-rule = กฎ
align-severity = ความรุนแรง
align-unaligned = ไม่ได้จัดแนว
align-absent = ไม่มีคำแปล
align-outdated = ล้าสมัย
align-fallback = หน้าภาษาอังกฤษ
align-outdated-total = คำแปลที่ล้าสมัย
align-fallback-total = หน้าที่แสดงเป็นภาษาอังกฤษ
align-include = ไฟล์ที่รวมไว้
align-no-findings = ไม่พบสิ่งใด
align-back = บทความทั้งหมด
align-reference = เวอร์ชันอ้างอิง
align-units = หน่วย
align-unaligned-versions = เวอร์ชันที่ไม่ได้จัดแนว
align-article-findings = สิ่งที่พบเกี่ยวกับทั้งบทความ
align-filter-flags = แสดงเฉพาะหน่วยที่มีแฟล็กเหล่านี้
align-filter-locales = ภาษา
align-english = ภาษาอังกฤษ
align-flags = แฟล็ก
align-stale = ล้าสมัย
align-plain = ไม่มี span
align-plain-title = คำแปลที่ไม่มีแท็ก span ซึ่ง locdoc จัดแนวกับไฟล์ภาษาอังกฤษแล้ว
align-confidence = ความเชื่อมั่นในการจัดแนว (0 ถึง 1)
align-no-units = บทความนี้ไม่มีหน่วยที่จัดแนวแล้ว
align-status-aligned = จัดแนวแล้ว
align-status-drift = คลาดเคลื่อน
align-status-missing = ขาดหายไป
align-status-extra = ส่วนเกิน
align-status-none = ไม่มีในเวอร์ชันนี้
