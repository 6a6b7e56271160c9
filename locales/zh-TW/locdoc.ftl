### locdoc user-interface strings: zh-TW (Chinese, Traditional).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = 跳到主要內容
nav-languages = 語言
language-picker-heading = 選擇您的語言
toc-heading = 本文內容

## Switching between the translation and the English original

switch-to-english = 以英文閱讀
switch-to-language = 以繁體中文閱讀
source-toggle-label = 顯示英文原文
source-toggle-short = EN

## Article metadata and notices

last-updated = 上次更新：{ $date }
mt-notice = 此頁面為機器翻譯。
mt-notice-link = 閱讀英文版本。
link-untranslated = （英文）
# Chinese has a single plural form, so no selector is needed.
article-count = { $count } 篇文章

## Docs-set navigation, search, and notices

nav-toc = 目錄
nav-all-topics = 所有主題
nav-breadcrumb = 導覽路徑
nav-previous = 上一篇
nav-next = 下一篇
nav-menu = 功能表
search-label = 搜尋
search-needs-script = 搜尋需要 JavaScript。
fallback-notice = 本文尚無繁體中文版本，因此以英文顯示。
outdated-notice = 此翻譯可能已過時。
outdated-notice-link = 閱讀最新英文版本。
redirect-title = 此頁面已移動
redirect-link = 前往新頁面

## DocFX alert labels

alert-note = 附註
alert-tip = 提示
alert-important = 重要
alert-caution = 注意
alert-warning = 警告

## Error pages and placeholders

not-found-title = 找不到頁面
not-found-text = 您要求的頁面不存在或已移動。
not-found-home = 前往首頁
missing-include = 缺少包含檔案：{ $path }

## Alignment report (_align/)

align-title = 對齊報告
align-intro = 涵蓋範圍是該語言版本的單位中與參考英文對齊的單位數目。開啟文章即可並排比較其單位。
align-finding-count = { $count } 項發現
align-suppressed-count = 已隱藏 { $count } 項
align-coverage-heading = 依文章和語言的涵蓋範圍
align-rules-heading = 依規則的發現
align-article = 文章
align-findings = 發現
align-total = 總計
align-rule = 規則
align-severity = 嚴重性
align-unaligned = 未對齊
align-absent = 無翻譯
align-outdated = 已過時
align-fallback = 英文頁面
align-outdated-total = 過時的翻譯
align-fallback-total = 以英文顯示的頁面
align-include = 包含檔案
align-no-findings = 沒有任何發現。
align-back = 所有文章
align-reference = 參考版本
align-units = 單位
align-unaligned-versions = 未對齊的版本
align-article-findings = 關於整篇文章的發現
align-filter-flags = 僅顯示具有這些旗標的單位
align-filter-locales = 語言
align-english = 英文
align-flags = 旗標
align-stale = 過時
align-plain = 無 span
align-plain-title = 無 span 標記的翻譯，由 locdoc 與其英文檔案對齊
align-confidence = 對齊信賴度 (0 到 1)
align-no-units = 本文沒有已對齊的單位。
align-status-aligned = 已對齊
align-status-drift = 偏移
align-status-missing = 缺少
align-status-extra = 多餘
align-status-none = 此版本中沒有
