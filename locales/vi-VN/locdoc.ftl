### locdoc user-interface strings: vi-VN (Vietnamese).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = Bỏ qua để đến nội dung chính
nav-languages = Ngôn ngữ
language-picker-heading = Chọn ngôn ngữ của bạn
toc-heading = Trong bài viết này

## Switching between the translation and the English original

switch-to-english = Đọc bằng tiếng Anh
switch-to-language = Đọc bằng tiếng Việt
source-toggle-label = Hiển thị văn bản nguồn tiếng Anh
source-toggle-short = EN

## Article metadata and notices

last-updated = Cập nhật lần cuối vào { $date }
mt-notice = Trang này đã được dịch máy.
mt-notice-link = Đọc phiên bản tiếng Anh.
link-untranslated = (bằng tiếng Anh)
# Vietnamese has a single plural form, so no selector is needed.
article-count = { $count } bài viết

## Docs-set navigation, search, and notices

nav-toc = Mục lục
nav-all-topics = Tất cả chủ đề
nav-breadcrumb = Đường dẫn điều hướng
nav-previous = Trước
nav-next = Tiếp theo
nav-menu = Menu
search-label = Tìm kiếm
search-needs-script = Tính năng tìm kiếm cần có JavaScript.
fallback-notice = Bài viết này chưa có bằng tiếng Việt nên được hiển thị bằng tiếng Anh.
outdated-notice = Bản dịch này có thể đã lỗi thời.
outdated-notice-link = Đọc phiên bản tiếng Anh hiện tại.
redirect-title = Trang này đã được di chuyển
redirect-link = Đi đến trang mới

## DocFX alert labels

alert-note = Ghi chú
alert-tip = Mẹo
alert-important = Quan trọng
alert-caution = Thận trọng
alert-warning = Cảnh báo

## Error pages and placeholders

not-found-title = Không tìm thấy trang
not-found-text = Trang bạn yêu cầu không tồn tại hoặc đã được di chuyển.
not-found-home = Đi đến trang chủ
missing-include = Thiếu tệp được bao gồm: { $path }

## Alignment report (_align/)

align-title = Báo cáo căn chỉnh
align-intro = Độ phủ là số đơn vị được căn chỉnh với văn bản tiếng Anh tham chiếu trên tổng số đơn vị trong phiên bản ngôn ngữ đó. Mở một bài viết để so sánh các đơn vị của bài viết cạnh nhau.
align-finding-count = { $count } phát hiện
align-suppressed-count = { $count } đã ẩn
align-coverage-heading = Độ phủ theo bài viết và ngôn ngữ
align-rules-heading = Phát hiện theo quy tắc
align-article = Bài viết
align-findings = Phát hiện
align-total = Tổng
align-rule = Quy tắc
align-severity = Mức độ nghiêm trọng
align-unaligned = chưa căn chỉnh
align-absent = không có bản dịch
align-outdated = đã cũ
align-fallback = trang tiếng Anh
align-outdated-total = Bản dịch đã cũ
align-fallback-total = Các trang hiển thị bằng tiếng Anh
align-include = tệp được bao gồm
align-no-findings = Không có phát hiện nào.
align-back = Tất cả bài viết
align-reference = Phiên bản tham chiếu
align-units = Đơn vị
align-unaligned-versions = Phiên bản chưa căn chỉnh
align-article-findings = Phát hiện về toàn bộ bài viết
align-filter-flags = Chỉ hiển thị các đơn vị có những cờ này
align-filter-locales = Ngôn ngữ
align-english = Tiếng Anh
align-flags = Cờ
align-stale = lỗi thời
align-plain = không có span
align-plain-title = bản dịch không có thẻ span, được locdoc căn chỉnh với tệp tiếng Anh của nó
align-confidence = độ tin cậy của căn chỉnh (0 đến 1)
align-no-units = Bài viết này không có đơn vị nào được căn chỉnh.
align-status-aligned = đã căn chỉnh
align-status-drift = sai lệch
align-status-missing = thiếu
align-status-extra = thừa
align-status-none = không có trong phiên bản này
