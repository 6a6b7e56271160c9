### locdoc user-interface strings: ko-KR (Korean).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = 주 콘텐츠로 건너뛰기
nav-languages = 언어
language-picker-heading = 언어 선택
toc-heading = 이 문서의 내용

## Switching between the translation and the English original

switch-to-english = 영어로 읽기
switch-to-language = 한국어로 읽기
source-toggle-label = 영어 원본 텍스트 표시
source-toggle-short = EN

## Article metadata and notices

last-updated = 마지막 업데이트 날짜: { $date }
mt-notice = 이 페이지는 기계 번역되었습니다.
mt-notice-link = 영어 버전을 읽어 보세요.
link-untranslated = (영어)
# Korean has a single plural form, so no selector is needed.
article-count = 문서 { $count }개

## Docs-set navigation, search, and notices

nav-toc = 목차
nav-all-topics = 모든 항목
nav-breadcrumb = 이동 경로
nav-previous = 이전
nav-next = 다음
nav-menu = 메뉴
search-label = 검색
search-needs-script = 검색하려면 JavaScript가 필요합니다.
fallback-notice = 이 문서는 아직 한국어로 제공되지 않으므로 영어로 표시됩니다.
outdated-notice = 이 번역은 최신 내용이 아닐 수 있습니다.
outdated-notice-link = 최신 영어 버전을 읽어 보세요.
redirect-title = 이 페이지는 이동되었습니다
redirect-link = 새 페이지로 이동

## DocFX alert labels

alert-note = 참고
alert-tip = 팁
alert-important = 중요
alert-caution = 주의
alert-warning = 경고

## Error pages and placeholders

not-found-title = 페이지를 찾을 수 없음
not-found-text = 요청한 페이지가 없거나 이동되었습니다.
not-found-home = 홈페이지로 이동
missing-include = 포함 파일 없음: { $path }

## Alignment report (_align/)

align-title = 정렬 보고서
align-intro = 적용 범위는 해당 언어 버전의 단위 중 참조 영어 텍스트와 정렬된 단위의 수입니다. 문서를 열어 단위를 나란히 비교하세요.
align-finding-count = 결과 { $count }개
align-suppressed-count = { $count }개 표시 안 함
align-coverage-heading = 문서 및 언어별 적용 범위
align-rules-heading = 규칙별 결과
align-article = 문서
align-findings = 결과
align-total = 합계
align-rule = 규칙
align-severity = 심각도
align-unaligned = 정렬 안 됨
align-absent = 번역 없음
align-outdated = 오래됨
align-fallback = 영어 페이지
align-outdated-total = 오래된 번역
align-fallback-total = 영어로 표시되는 페이지
align-include = 포함 파일
align-no-findings = 결과가 없습니다.
align-back = 모든 문서
align-reference = 참조 버전
align-units = 단위
align-unaligned-versions = 정렬되지 않은 버전
align-article-findings = 문서 전체에 대한 결과
align-filter-flags = 다음 플래그가 있는 단위만 표시
align-filter-locales = 언어
align-english = 영어
align-flags = 플래그
align-stale = 오래됨
align-plain = span 없음
align-plain-title = span이 없는 번역(locdoc에서 영어 파일과 정렬함)
align-confidence = 정렬 신뢰도(0~1)
align-no-units = 이 문서에는 정렬된 단위가 없습니다.
align-status-aligned = 정렬됨
align-status-drift = 차이
align-status-missing = 누락
align-status-extra = 추가
align-status-none = 이 버전에 없음
