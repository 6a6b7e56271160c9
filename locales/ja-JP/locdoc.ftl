### locdoc user-interface strings: ja-JP (Japanese).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = コンテンツにスキップ
nav-languages = 言語
language-picker-heading = 言語を選択してください
toc-heading = この記事の内容

## Switching between the translation and the English original

switch-to-english = 英語で読む
switch-to-language = 日本語で読む
source-toggle-label = 英語の原文を表示
source-toggle-short = EN

## Article metadata and notices

last-updated = 最終更新日: { $date }
mt-notice = このページは機械翻訳されたものです。
mt-notice-link = 英語版を読む
link-untranslated = （英語）
# Japanese has a single plural form, so no selector is needed.
article-count = { $count }件の記事

## Docs-set navigation, search, and notices

nav-toc = 目次
nav-all-topics = すべてのトピック
nav-breadcrumb = 階層リンク
nav-previous = 前へ
nav-next = 次へ
nav-menu = メニュー
search-label = 検索
search-needs-script = 検索には JavaScript が必要です。
fallback-notice = この記事はまだ日本語で提供されていないため、英語で表示しています。
outdated-notice = この翻訳は最新ではない可能性があります。
outdated-notice-link = 最新の英語版を読む
redirect-title = このページは移動しました
redirect-link = 新しいページに移動

## DocFX alert labels

alert-note = 注
alert-tip = ヒント
alert-important = 重要
alert-caution = 注意
alert-warning = 警告

## Error pages and placeholders

not-found-title = ページが見つかりません
not-found-text = お探しのページは存在しないか、移動された可能性があります。
not-found-home = ホーム ページに移動
missing-include = インクルード ファイルが見つかりません: { $path }

## Alignment report (_align/)

align-title = アラインメント レポート
align-intro = カバレッジは、その言語のバージョンに含まれるユニットのうち、参照元の英語とアラインされたユニットの数です。記事を開くと、ユニットを並べて比較できます。
align-finding-count = { $count } 件の検出事項
align-suppressed-count = { $count } 件を抑制済み
align-coverage-heading = 記事と言語ごとのカバレッジ
align-rules-heading = ルールごとの検出事項
align-article = 記事
align-findings = 検出事項
align-total = 合計
align-rule = ルール
align-severity = 重大度
align-unaligned = 未アライン
align-absent = 翻訳なし
align-outdated = 古い
align-fallback = 英語のページ
align-outdated-total = 古い翻訳
align-fallback-total = 英語で表示されるページ
align-include = インクルード ファイル
align-no-findings = 検出事項はありません。
align-back = すべての記事
align-reference = 参照バージョン
align-units = ユニット
align-unaligned-versions = アラインされていないバージョン
align-article-findings = 記事全体に関する検出事項
align-filter-flags = 次のフラグがあるユニットのみを表示
align-filter-locales = 言語
align-english = 英語
align-flags = フラグ
align-stale = 古い
align-plain = プレーン
align-plain-title = span のない翻訳 (locdoc が英語ファイルとアラインしたもの)
align-confidence = アラインメントの信頼度 (0～1)
align-no-units = この記事にはアラインされたユニットがありません。
align-status-aligned = アライン済み
align-status-drift = 相違
align-status-missing = 欠落
align-status-extra = 余分
align-status-none = このバージョンにはありません
