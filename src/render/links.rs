//! Relative links and images that point at nothing, found while the site is made: the render
//! pass is where every page, redirect and file of the site is known.
//!
//! Each document's links come from the parse's own pass over its Markdown
//! ([`crate::parse::Document::links`]), and are checked once, on the page it makes as itself
//! (its own locale's page, not the fallback pages or the English rebuilt from it), so one
//! broken link is one diagnostic. Positions are those of the link's destination in the file.
//! The docs team sets the level of each rule in `[check.rules]` (`LD0704 = "off"` where images
//! are kept elsewhere).

use super::SiteIndex;
use super::markdown::Site;
use super::url::resolve_relative;
use crate::config::RuleLevel;
use crate::diagnostic::{Code, Diagnostic, LineIndex, Severity};
use crate::docset::Docsets;
use crate::parse::Document;
use std::collections::{BTreeMap, BTreeSet};

/// The relative links and images of `doc` that lead to no page, redirect or file of the site.
pub fn check(
    doc: &Document,
    site: &SiteIndex<'_>,
    docsets: &Docsets,
    resources: &BTreeSet<String>,
    rules: &BTreeMap<String, RuleLevel>,
) -> Vec<Diagnostic> {
    let body_start = doc.body_start.min(doc.text.len());
    let body = &doc.text[body_start..];
    let locale = doc.locale().as_str();
    let source = site.source_locale();
    let mut found = Vec::new();
    let mut index = None;
    for link in &doc.links {
        let code = if link.image {
            Code::MissingImage
        } else {
            Code::BrokenLink
        };
        let dest = link.dest.as_str();
        let range = link.range.start.min(body.len())..link.range.end.min(body.len());
        // `[!INCLUDE[x](path)]`, `[!code-csharp[x](path)]`: a DocFX directive, whose path the
        // include check (LD0401) answers for, not a link.
        if is_directive(&body[..range.start]) {
            continue;
        }
        let Some(path) = local_path(dest) else {
            continue;
        };
        let key = match path.strip_prefix("~/") {
            Some(from_root) => Some(from_root.to_owned()),
            None => resolve_relative(&doc.file.article, &path),
        };
        let exists = key.as_deref().is_some_and(|key| {
            let lower = key.to_ascii_lowercase();
            let page = [locale, source].iter().any(|l| {
                docsets.has_landing(l, key)
                    || docsets
                        .redirects
                        .contains_key(&((*l).to_owned(), key.to_owned()))
            }) || site.has_document(locale, key)
                || site.has_english(key);
            let file = [locale, source]
                .iter()
                .any(|l| resources.contains(&format!("{l}/{key}")));
            if code == Code::BrokenLink && (lower.ends_with(".md") || lower.ends_with(".yml")) {
                page
            } else {
                file || page
            }
        });
        if exists {
            continue;
        }
        let severity = match rules.get(code.as_str()) {
            Some(RuleLevel::Off) => continue,
            Some(RuleLevel::Note) => Severity::Note,
            Some(RuleLevel::Warning) => Severity::Warning,
            Some(RuleLevel::Error) => Severity::Error,
            None => code.default_severity(),
        };
        let written = body.get(range.clone()).unwrap_or_default();
        let at = written.find(dest).map_or(range.start, |i| range.start + i);
        let index = index.get_or_insert_with(|| LineIndex::new(&doc.text));
        let what = if code == Code::MissingImage {
            "image"
        } else {
            "link"
        };
        let mut diagnostic = Diagnostic::at(
            code,
            &doc.file.rel_path,
            index,
            &doc.text,
            body_start + at..body_start + at + dest.len(),
            format!("{what} `{dest}` points at nothing in the site"),
        );
        diagnostic.severity = severity;
        found.push(diagnostic);
    }
    found
}

/// Whether the text just before a link ends in a DocFX directive's opening (`[!INCLUDE`,
/// `[!code-csharp `): the link is then the directive's path.
fn is_directive(before: &str) -> bool {
    let start = (before.len().saturating_sub(48)..before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let tail = before[start..].trim_end();
    tail.rfind("[!").is_some_and(|at| {
        tail[at + 2..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    })
}

/// The path part of a relative destination, percent-decoded; `None` for anything this check
/// leaves alone: external and site-absolute URLs, fragments of the same page, folders.
fn local_path(dest: &str) -> Option<String> {
    let dest = dest.trim();
    if dest.is_empty() || super::markdown::is_external(dest) {
        return None;
    }
    let path = dest.split(['#', '?']).next().unwrap_or_default();
    if path.is_empty() || path.ends_with('/') {
        return None;
    }
    Some(
        percent_encoding::percent_decode_str(path)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, resources: &[&str], rules: &[(&str, RuleLevel)]) -> Vec<Diagnostic> {
        let doc = crate::parse::parse_text("ja-JP/a/page.md", text);
        let site = SiteIndex::streamed(
            [],
            [("ja-JP", "a/page.md"), ("ja-JP", "a/other.md")],
            ["a/only-en.md"],
            "en-US",
        );
        let resources = resources.iter().map(|r| (*r).to_owned()).collect();
        let rules = rules
            .iter()
            .map(|(code, level)| ((*code).to_owned(), *level))
            .collect();
        check(&doc, &site, &Docsets::default(), &resources, &rules)
    }

    #[test]
    fn links_and_images_to_nothing_are_reported_at_their_destination() {
        let text = "---\ntitle: x\n---\n# Page\n\nSee [other](other.md), [English](only-en.md#x), \
                    [gone](gone.md) and [web](https://example.com).\n\n\
                    ![ok](../media/ok.png) ![lost](../media/lost%20one.png) [zip](files/a.zip)\n";
        let found = run(text, &["ja-JP/media/ok.png"], &[]);
        let shown: Vec<(Code, u32, u32)> =
            found.iter().map(|d| (d.code, d.line, d.column)).collect();
        assert_eq!(
            shown,
            [
                (Code::BrokenLink, 6, 56),
                (Code::MissingImage, 8, 32),
                (Code::BrokenLink, 8, 63),
            ],
            "{found:?}"
        );
        assert!(
            found[0].message.contains("`gone.md`"),
            "{}",
            found[0].message
        );
    }

    #[test]
    fn include_and_code_directives_are_left_to_their_own_check() {
        let text = "# Page\n\nこれは日本語の長い文です、ここまでです。[!INCLUDE [x](includes/gone.md)]\n\n[!INCLUDE[y](../gone.md)]\n\n[!code-csharp[Main](gone.cs)]\n\n[z](gone.md)\n";
        let found = run(text, &[], &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].line, 9);
    }

    #[test]
    fn links_inside_docfx_layout_blocks_are_read_as_the_page_shows_them() {
        // Indented eight spaces inside `:::row:::`/`:::column:::`: a code block to plain
        // CommonMark, a link on the page (the layout markers are blanked and the content
        // dedented before parsing), reported at its place in the file.
        let text = "# Page\n\n:::row:::\n    :::column:::\n        See [gone](gone.md).\n    :::column-end:::\n:::row-end:::\n";
        let found = run(text, &[], &[]);
        let shown: Vec<(Code, u32, u32)> =
            found.iter().map(|d| (d.code, d.line, d.column)).collect();
        assert_eq!(shown, [(Code::BrokenLink, 5, 20)], "{found:?}");
    }

    #[test]
    fn the_docs_team_sets_the_level_of_each_rule() {
        let text = "# Page\n\n![lost](lost.png) [gone](gone.md)\n";
        let found = run(
            text,
            &[],
            &[("LD0705", RuleLevel::Off), ("LD0704", RuleLevel::Error)],
        );
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].code, found[0].severity),
            (Code::BrokenLink, Severity::Error)
        );
    }
}
