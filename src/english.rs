//! The English article of a localized one: real where `en-US/<path>.md` exists, otherwise
//! rebuilt from the sources embedded in a locale version.
//!
//! Most docs sets publish no English repository beside the localized ones (AlchemyInsights'
//! English is private), so the embedded sources are the only English there is. Rebuilding keeps
//! the locale file's block structure and puts each segment's source where the segment stood, so
//! headings, lists, tables and links stay where they were.

use crate::parse::{Document, Segment};

/// The English text of an article, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnglishArticle {
    /// The locale whose embedded sources were used, or `None` for a real English file.
    pub rebuilt_from: Option<String>,
    /// The English title: the front matter's for a real file; for a rebuilt one the source of the
    /// first heading segment (the translated `title` key has no embedded English).
    pub title: Option<String>,
    /// The Markdown body, without front matter.
    pub body: String,
}

/// Rebuild the English body from `doc`'s embedded sources.
pub fn rebuild(doc: &Document) -> EnglishArticle {
    let body_start = doc.body_start;
    let body_segments = doc.segments.iter().filter(|s| s.outer.start >= body_start);
    let body = replace_segments(&doc.text, body_start, body_segments, |s| {
        doc.source(s).or_else(|| doc.target(s)).unwrap_or_default()
    });
    let title = doc
        .segments
        .iter()
        .find(|s| s.block == crate::parse::BlockKind::Heading && !s.source_text.is_empty())
        .map(|s| s.source_text.clone());
    EnglishArticle {
        rebuilt_from: Some(doc.locale().to_string()),
        title,
        body,
    }
}

/// The English of a real English document (no spans).
pub fn from_english_file(doc: &Document) -> EnglishArticle {
    EnglishArticle {
        rebuilt_from: None,
        title: doc.front_matter.title.clone(),
        body: doc.body().to_owned(),
    }
}

/// The target-only text of `doc` (what a reader of the locale sees): each segment replaced by its
/// target. For a well-formed file this is byte for byte the plain published file (FORMAT.md §10).
pub fn strip_to_target(doc: &Document) -> String {
    replace_segments(&doc.text, 0, doc.segments.iter(), |s| {
        doc.target(s).unwrap_or_default()
    })
}

fn replace_segments<'a>(
    text: &str,
    from: usize,
    segments: impl Iterator<Item = &'a Segment>,
    mut replacement: impl FnMut(&Segment) -> &'a str,
) -> String
where
{
    let mut out = String::with_capacity(text.len().saturating_sub(from));
    let mut pos = from;
    for segment in segments {
        if segment.outer.start < pos {
            continue;
        }
        out.push_str(&text[pos..segment.outer.start]);
        out.push_str(replacement(segment));
        pos = segment.outer.end;
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_text;

    #[test]
    fn rebuilds_the_seed_in_english() {
        let doc = parse_text(
            "ro-RO/a.md",
            include_str!("../content/ro-RO/close-your-account.md"),
        );
        let english = rebuild(&doc);
        assert_eq!(english.title.as_deref(), Some("How to close your account"));
        assert!(english.body.starts_with(
            "# <a name=\"how-to-close-your-account\"></a>How to close your account\n"
        ));
        assert!(english.body.contains("1. Delete users.\n"));
        assert!(!english.body.contains("<span"));
    }
}
