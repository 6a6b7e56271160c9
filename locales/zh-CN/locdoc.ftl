### locdoc user-interface strings: zh-CN (Chinese, Simplified).
### See locales/en-US/locdoc.ftl for what each message is for and which variables it gets.
### Dates are formatted from CLDR data (L10n::format_date), not from this file.

## Page chrome

skip-to-content = 跳转至主内容
nav-languages = 语言
language-picker-heading = 选择语言
toc-heading = 本文内容

## Switching between the translation and the English original

switch-to-english = 以英文阅读
switch-to-language = 以简体中文阅读
source-toggle-label = 显示英文原文
source-toggle-short = EN

## Article metadata and notices

last-updated = 上次更新时间：{ $date }
mt-notice = 此页面为机器翻译。
mt-notice-link = 阅读英文版本。
link-untranslated = （英文）
# Chinese has a single plural form, so no selector is needed.
article-count = { $count } 篇文章

## Docs-set navigation, search, and notices

nav-toc = 目录
nav-all-topics = 所有主题
nav-breadcrumb = 痕迹导航
nav-previous = 上一篇
nav-next = 下一篇
nav-menu = 菜单
search-label = 搜索
search-needs-script = 搜索需要 JavaScript。
fallback-notice = 本文尚无简体中文版本，因此以英文显示。
outdated-notice = 此翻译可能已过时。
outdated-notice-link = 阅读最新英文版本。
redirect-title = 此页面已移动
redirect-link = 转到新页面

## DocFX alert labels

alert-note = 备注
alert-tip = 提示
alert-important = 重要
alert-caution = 注意
alert-warning = 警告

## Error pages and placeholders

not-found-title = 找不到页面
not-found-text = 你请求的页面不存在或已被移动。
not-found-home = 转到主页
missing-include = 缺少包含文件：{ $path }

## Alignment report (_align/)

align-title = 对齐报告
align-intro = 覆盖率是该语言版本的单元中与参考英文对齐的单元数量。打开文章可并排比较其单元。
align-finding-count = { $count } 项发现
align-suppressed-count = 已抑制 { $count } 项
align-coverage-heading = 按文章和语言统计的覆盖率
align-rules-heading = 按规则统计的发现
align-article = 文章
align-findings = 发现
align-total = 总计
align-rule = 规则
align-severity = 严重性
align-unaligned = 未对齐
align-absent = 无翻译
align-outdated = 已过时
align-fallback = 英文页面
align-outdated-total = 过时的翻译
align-fallback-total = 以英文显示的页面
align-include = 包含文件
align-no-findings = 没有发现。
align-back = 所有文章
align-reference = 参考版本
align-units = 单元
align-unaligned-versions = 未对齐的版本
align-article-findings = 关于整篇文章的发现
align-filter-flags = 仅显示带有这些标记的单元
align-filter-locales = 语言
align-english = 英文
align-flags = 标记
align-stale = 过时
align-plain = 无 span
align-plain-title = 无 span 标记的翻译，由 locdoc 与其英文文件对齐
align-confidence = 对齐置信度（0 到 1）
align-no-units = 本文没有已对齐的单元。
align-status-aligned = 已对齐
align-status-drift = 偏差
align-status-missing = 缺失
align-status-extra = 多余
align-status-none = 此版本中没有
