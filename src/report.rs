//! Reports: diagnostics rendered for people.
//!
//! The library renders to strings and never prints; the binary decides where output goes.

use crate::diagnostic::{Diagnostic, LineIndex};
use std::fmt::Write;

/// How a printed path names a content file (`ja-JP/overview/x.md` inside locdoc), so that a
/// user can open it from where they ran the command: below the content folder as typed, or
/// below the folder of its locale when each locale has its own (`[sources]`). Paths of project
/// files are absolute already and are shown as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShownPaths {
    below: String,
    per_locale: Vec<(String, String)>,
}

impl ShownPaths {
    /// Paths below one content folder.
    pub fn below(content_root: &std::path::Path) -> ShownPaths {
        let shown = content_root.display().to_string();
        let below = if shown.is_empty() || shown == "." {
            String::new()
        } else {
            format!("{}/", shown.trim_end_matches('/'))
        };
        ShownPaths {
            below,
            per_locale: Vec::new(),
        }
    }

    /// Paths below each locale's own folder.
    pub fn per_locale(sources: &[(String, std::path::PathBuf)]) -> ShownPaths {
        ShownPaths {
            below: String::new(),
            per_locale: sources
                .iter()
                .map(|(locale, dir)| {
                    (
                        locale.to_ascii_lowercase(),
                        format!("{}/", dir.display().to_string().trim_end_matches('/')),
                    )
                })
                .collect(),
        }
    }

    /// The path to print for `path` (a content path, or a project file's absolute path).
    pub fn show(&self, path: &str) -> String {
        if std::path::Path::new(path).is_absolute() {
            return path.to_owned();
        }
        if let Some((locale, rest)) = path.split_once('/')
            && let Some((_, dir)) = self
                .per_locale
                .iter()
                .find(|(l, _)| l.eq_ignore_ascii_case(locale))
        {
            return format!("{dir}{rest}");
        }
        format!("{}{path}", self.below)
    }
}

/// How many characters of a long source line to show around the column.
const SNIPPET_WIDTH: usize = 100;

/// One line: `path:line:column: severity[CODE]: message`, the form editors and CI logs link.
pub fn one_line(diagnostic: &Diagnostic, paths: &ShownPaths) -> String {
    format!(
        "{}:{}:{}: {}[{}]: {}",
        paths.show(&diagnostic.path),
        diagnostic.line,
        diagnostic.column,
        diagnostic.severity,
        diagnostic.code,
        diagnostic.message
    )
}

/// rustc-style: the message, the location, and the source line with a caret under the column.
/// Long lines (a table row can hold 122 segments) are cut to a window around the column.
pub fn with_snippet(
    diagnostic: &Diagnostic,
    paths: &ShownPaths,
    text: &str,
    index: &LineIndex,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}[{}]: {}",
        diagnostic.severity, diagnostic.code, diagnostic.message
    );
    let _ = writeln!(
        out,
        "  --> {}:{}:{}",
        paths.show(&diagnostic.path),
        diagnostic.line,
        diagnostic.column
    );
    let Some(range) = index.line_range(text, diagnostic.line) else {
        return out;
    };
    let line: Vec<char> = text[range].chars().collect();
    let column = (diagnostic.column as usize)
        .saturating_sub(1)
        .min(line.len());
    let start = column.saturating_sub(SNIPPET_WIDTH / 3);
    let end = (start + SNIPPET_WIDTH).min(line.len());
    let shown: String = line[start..end]
        .iter()
        .map(|c| if *c == '\t' { ' ' } else { *c })
        .collect();
    let (lead, trail) = (
        if start > 0 { "…" } else { "" },
        if end < line.len() { "…" } else { "" },
    );
    let number = diagnostic.line.to_string();
    let gutter = " ".repeat(number.len());
    let _ = writeln!(out, "{gutter} |");
    let _ = writeln!(out, "{number} | {lead}{shown}{trail}");
    let caret_pad = " ".repeat(column - start + lead.chars().count());
    let _ = writeln!(out, "{gutter} | {caret_pad}^");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absolute_path_is_not_put_below_the_content_root() {
        let d = Diagnostic::file(
            crate::Code::ProjectFileFailed,
            "/srv/site/content",
            "content root /srv/site/content is not a folder",
        );
        let below = ShownPaths::below(std::path::Path::new("./content"));
        assert!(one_line(&d, &below).starts_with("/srv/site/content:1:1: error[LD0403]"));
        let d = Diagnostic::file(crate::Code::Unreadable, "ro-RO/a.md", "gone");
        assert!(one_line(&d, &below).starts_with("./content/ro-RO/a.md:1:1"));
    }

    #[test]
    fn a_locale_with_its_own_folder_is_shown_below_it() {
        let paths = ShownPaths::per_locale(&[
            ("en-US".to_owned(), "repos/help/docs".into()),
            ("ja-JP".to_owned(), "repos/help.ja-jp/docs/".into()),
        ]);
        assert_eq!(paths.show("ja-JP/a/b.md"), "repos/help.ja-jp/docs/a/b.md");
        assert_eq!(paths.show("en-us/a.md"), "repos/help/docs/a.md");
        assert_eq!(paths.show("/abs/locdoc.toml"), "/abs/locdoc.toml");
    }
    use crate::diagnostic::Code;

    #[test]
    fn snippet_points_at_the_column() {
        let text = "first\nab <span x>\n";
        let index = LineIndex::new(text);
        let d = Diagnostic::at(
            Code::UnclosedSpan,
            "it-IT/a.md",
            &index,
            text,
            9..14,
            "never closed",
        );
        let shown = with_snippet(&d, &ShownPaths::default(), text, &index);
        assert_eq!(
            shown,
            "error[LD0110]: never closed\n  --> it-IT/a.md:2:4\n  |\n2 | ab <span x>\n  |    ^\n"
        );
    }
}
