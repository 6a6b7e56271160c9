### locdoc user-interface strings: tr-TR (Turkish).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Ana içeriğe atla
nav-languages = Diller
language-picker-heading = Dilinizi seçin
toc-heading = Bu makalede

## Switching between the translation and the English original

switch-to-english = İngilizce oku
switch-to-language = Türkçe oku
source-toggle-label = İngilizce kaynak metni göster
source-toggle-short = EN

## Article metadata and notices

last-updated = Son güncelleme: { $date }
mt-notice = Bu sayfa makine çevirisiyle çevrilmiştir.
mt-notice-link = İngilizce sürümü okuyun.
link-untranslated = (İngilizce)
# Turkish keeps the noun singular after a number, so both forms are the same.
article-count =
    { $count ->
        [one] { $count } makale
       *[other] { $count } makale
    }

## Docs-set navigation, search, and notices

nav-toc = İçindekiler
nav-all-topics = Tüm konular
nav-breadcrumb = İçerik haritası
nav-previous = Önceki
nav-next = Sonraki
nav-menu = Menü
search-label = Ara
search-needs-script = Arama için JavaScript gereklidir.
fallback-notice = Bu makale henüz Türkçe olarak sunulmadığından İngilizce olarak gösterilmektedir.
outdated-notice = Bu çeviri güncel olmayabilir.
outdated-notice-link = Güncel İngilizce sürümü okuyun.
redirect-title = Bu sayfa taşındı
redirect-link = Yeni sayfaya git

## DocFX alert labels

alert-note = Not
alert-tip = İpucu
alert-important = Önemli
alert-caution = Dikkat
alert-warning = Uyarı

## Error pages and placeholders

not-found-title = Sayfa bulunamadı
not-found-text = İstediğiniz sayfa yok veya taşınmış.
not-found-home = Giriş sayfasına git
missing-include = Eksik ekleme dosyası: { $path }

## Alignment report (_align/)

align-title = Hizalama raporu
align-intro = Kapsam, o dildeki sürümün birimlerinden başvuru İngilizce metinle hizalanmış olanların sayısıdır. Birimlerini yan yana karşılaştırmak için bir makale açın.
align-finding-count =
    { $count ->
        [one] { $count } bulgu
       *[other] { $count } bulgu
    }
align-suppressed-count = { $count } gizlendi
align-coverage-heading = Makaleye ve dile göre kapsam
align-rules-heading = Kurala göre bulgular
align-article = Makale
align-findings = Bulgular
align-total = Toplam
align-rule = Kural
align-severity = Önem derecesi
align-unaligned = hizalanmadı
align-absent = çeviri yok
align-outdated = güncel değil
align-fallback = İngilizce sayfa
align-outdated-total = Güncel olmayan çeviriler
align-fallback-total = İngilizce gösterilen sayfalar
align-include = ekleme dosyası
align-no-findings = Bulgu yok.
align-back = Tüm makaleler
align-reference = Başvuru sürümü
align-units = Birimler
align-unaligned-versions = Hizalanmamış sürümler
align-article-findings = Makalenin tamamıyla ilgili bulgular
align-filter-flags = Yalnızca bu bayraklara sahip birimleri göster
align-filter-locales = Diller
align-english = İngilizce
align-flags = Bayraklar
align-stale = eski
align-plain = span içermeyen
align-plain-title = span etiketi içermeyen, locdoc tarafından İngilizce dosyayla hizalanmış çeviri
align-confidence = hizalama güvenilirliği (0 ile 1 arası)
align-no-units = Bu makalede hizalanmış birim yok.
align-status-aligned = hizalandı
align-status-drift = sapma
align-status-missing = eksik
align-status-extra = fazla
align-status-none = bu sürümde yok
