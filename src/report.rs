//! Reports: diagnostics rendered for people.
//!
//! The library renders to strings and never prints; the binary decides where output goes.

use crate::diagnostic::{Diagnostic, LineIndex};
use std::fmt::Write;

/// How many characters of a long source line to show around the column.
const SNIPPET_WIDTH: usize = 100;

/// One line: `path:line:column: severity[CODE]: message`, the form editors and CI logs link.
pub fn one_line(diagnostic: &Diagnostic, path_prefix: &str) -> String {
    // A project file or the content root itself is named by a path of its own, not one below
    // the content root.
    let path_prefix = if std::path::Path::new(&diagnostic.path).is_absolute() {
        ""
    } else {
        path_prefix
    };
    format!(
        "{path_prefix}{}:{}:{}: {}[{}]: {}",
        diagnostic.path,
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
    path_prefix: &str,
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
        "  --> {path_prefix}{}:{}:{}",
        diagnostic.path, diagnostic.line, diagnostic.column
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
        assert!(one_line(&d, "./content/").starts_with("/srv/site/content:1:1: error[LD0403]"));
        let d = Diagnostic::file(crate::Code::Unreadable, "ro-RO/a.md", "gone");
        assert!(one_line(&d, "./content/").starts_with("./content/ro-RO/a.md:1:1"));
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
        let shown = with_snippet(&d, "", text, &index);
        assert_eq!(
            shown,
            "error[LD0110]: never closed\n  --> it-IT/a.md:2:4\n  |\n2 | ab <span x>\n  |    ^\n"
        );
    }
}
