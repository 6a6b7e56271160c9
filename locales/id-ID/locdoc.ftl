### locdoc user-interface strings: id-ID (Indonesian).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Lewati ke konten utama
nav-languages = Bahasa
language-picker-heading = Pilih bahasa Anda
toc-heading = Dalam artikel ini

## Switching between the translation and the English original

switch-to-english = Baca dalam bahasa Inggris
switch-to-language = Baca dalam bahasa Indonesia
source-toggle-label = Tampilkan teks sumber bahasa Inggris
source-toggle-short = EN

## Article metadata and notices

last-updated = Terakhir diperbarui pada { $date }
mt-notice = Halaman ini diterjemahkan oleh mesin.
mt-notice-link = Baca versi bahasa Inggris.
link-untranslated = (dalam bahasa Inggris)
# Indonesian has a single plural form, so no selector is needed.
article-count = { $count } artikel

## Docs-set navigation, search, and notices

nav-toc = Daftar isi
nav-all-topics = Semua topik
nav-breadcrumb = Jejak navigasi
nav-previous = Sebelumnya
nav-next = Berikutnya
nav-menu = Menu
search-label = Cari
search-needs-script = Pencarian memerlukan JavaScript.
fallback-notice = Artikel ini belum tersedia dalam bahasa Indonesia, jadi ditampilkan dalam bahasa Inggris.
outdated-notice = Terjemahan ini mungkin sudah kedaluwarsa.
outdated-notice-link = Baca versi bahasa Inggris terkini.
redirect-title = Halaman ini telah dipindahkan
redirect-link = Buka halaman baru

## DocFX alert labels

alert-note = Catatan
alert-tip = Tips
alert-important = Penting
alert-caution = Perhatian
alert-warning = Peringatan

## Error pages and placeholders

not-found-title = Halaman tidak ditemukan
not-found-text = Halaman yang Anda minta tidak ada atau telah dipindahkan.
not-found-home = Buka halaman beranda
missing-include = File sertakan tidak ditemukan: { $path }

## Alignment report (_align/)

align-title = Laporan penyelarasan
align-intro = Cakupan adalah jumlah unit yang diselaraskan dengan teks referensi bahasa Inggris dari seluruh unit dalam versi bahasa tersebut. Buka artikel untuk membandingkan unitnya secara berdampingan.
align-finding-count = { $count } temuan
align-suppressed-count = { $count } disembunyikan
align-coverage-heading = Cakupan menurut artikel dan bahasa
align-rules-heading = Temuan menurut aturan
align-article = Artikel
align-findings = Temuan
align-total = Total
align-rule = Aturan
align-severity = Tingkat keparahan
align-unaligned = tidak diselaraskan
align-absent = tidak ada terjemahan
align-outdated = usang
align-fallback = halaman bahasa Inggris
align-outdated-total = Terjemahan usang
align-fallback-total = Halaman yang ditampilkan dalam bahasa Inggris
align-include = file sertakan
align-no-findings = Tidak ada temuan.
align-back = Semua artikel
align-reference = Versi referensi
align-units = Unit
align-unaligned-versions = Versi tanpa penyelarasan
align-article-findings = Temuan tentang seluruh artikel
align-filter-flags = Tampilkan hanya unit dengan bendera ini
align-filter-locales = Bahasa
align-english = Bahasa Inggris
align-flags = Bendera
align-stale = usang
align-plain = tanpa span
align-plain-title = terjemahan tanpa tag span, diselaraskan oleh locdoc dengan file bahasa Inggrisnya
align-confidence = keyakinan penyelarasan (0 hingga 1)
align-no-units = Artikel ini tidak memiliki unit yang diselaraskan.
align-status-aligned = diselaraskan
align-status-drift = menyimpang
align-status-missing = hilang
align-status-extra = tambahan
align-status-none = tidak ada di versi ini
