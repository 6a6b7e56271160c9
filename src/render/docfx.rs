//! DocFX block extensions, resolved before CommonMark sees the text: `:::row:::` /
//! `:::column:::` become `<div>`s whose content is still Markdown, `::: moniker range="…"` keeps
//! only the configured monikers, `::: zone` is kept, and `:::image …:::` becomes a Markdown image
//! (so its path is rewritten like any other image).
//!
//! DocFX indents layout content, which CommonMark would read as code; the content of a layout
//! block loses the block's indentation. Fenced code is left alone.

/// Expand DocFX blocks in `markdown`; `monikers` lists the moniker names to show (all when empty).
pub fn expand(markdown: &str, monikers: &[String]) -> String {
    if memchr::memmem::find(markdown.as_bytes(), b":::").is_none() {
        return markdown.to_owned();
    }
    let mut out = String::with_capacity(markdown.len() + 256);
    // Each open block: (is a hidden moniker, indentation of its content once known).
    let mut open: Vec<(bool, Option<usize>)> = Vec::new();
    let mut fence: Option<String> = None;
    for line in markdown.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim_start();
        if let Some(marker) = &fence {
            if trimmed.starts_with(marker.as_str()) {
                fence = None;
            }
        } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fence = Some(trimmed[..3].to_owned());
        } else if let Some(block) = marker(trimmed) {
            let hidden = open.iter().any(|(h, _)| *h);
            match block {
                Marker::Open { kind, argument } => {
                    let hide = kind == "moniker" && !shows(&argument, monikers);
                    open.push((hide, None));
                    if !hidden && !hide {
                        match kind {
                            "row" | "column" | "zone" => {
                                out.push_str(&format!("\n<div class=\"docfx-{kind}\">\n\n"));
                            }
                            _ => out.push('\n'),
                        }
                    }
                }
                Marker::Close { kind } => {
                    let (hide, _) = open.pop().unwrap_or((false, None));
                    if !hidden && !hide && matches!(kind, "row" | "column" | "zone") {
                        out.push_str("\n</div>\n\n");
                    } else {
                        out.push('\n');
                    }
                }
            }
            continue;
        }
        if open.iter().any(|(h, _)| *h) {
            continue;
        }
        let line = match open.last_mut() {
            Some((_, indent)) if fence.is_none() && !trimmed.is_empty() => {
                let own = content.len() - content.trim_start_matches(' ').len();
                let base = *indent.get_or_insert(own);
                &line[own.min(base)..]
            }
            _ => line,
        };
        out.push_str(&images(line));
    }
    out
}

enum Marker<'a> {
    Open { kind: &'a str, argument: String },
    Close { kind: &'a str },
}

fn marker(trimmed: &str) -> Option<Marker<'_>> {
    let rest = trimmed.strip_prefix(":::")?.trim_start();
    let word_len = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    let argument = rest[word_len..]
        .trim()
        .trim_end_matches(":::")
        .trim()
        .to_owned();
    match word {
        "row" | "column" | "moniker" | "zone" => Some(Marker::Open {
            kind: word,
            argument,
        }),
        "row-end" | "column-end" | "moniker-end" | "zone-end" => Some(Marker::Close {
            kind: word.trim_end_matches("-end"),
        }),
        _ => None,
    }
}

/// Whether a `range="…"` argument names one of `monikers` (every range shows when none are set).
fn shows(argument: &str, monikers: &[String]) -> bool {
    if monikers.is_empty() {
        return true;
    }
    let range = attribute(argument, "range").unwrap_or_default();
    range
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
        .any(|word| monikers.iter().any(|m| m == word))
}

/// `:::image type="content" source="x.png" alt-text="…":::` as `![…](x.png)`.
fn images(line: &str) -> std::borrow::Cow<'_, str> {
    if !line.contains(":::image") {
        return line.into();
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find(":::image") {
        out.push_str(&rest[..start]);
        let after = &rest[start + ":::image".len()..];
        let Some(end) = after.find(":::") else {
            out.push_str(&rest[start..]);
            return out.into();
        };
        let attributes = &after[..end];
        if attributes.starts_with("-end") {
            rest = &after[end + 3..];
            continue;
        }
        let source = attribute(attributes, "source").unwrap_or_default();
        let alt = attribute(attributes, "alt-text").unwrap_or_default();
        let alt: String = alt
            .chars()
            .filter(|c| !matches!(c, '[' | ']' | '\\'))
            .collect();
        out.push_str(&format!("![{alt}](<{}>)", source.replace(['<', '>'], "")));
        rest = &after[end + 3..];
    }
    out.push_str(rest);
    out.into()
}

/// The value of `name="…"` in a DocFX argument list.
fn attribute(arguments: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let start = arguments.find(&key)? + key.len();
    let end = arguments[start..].find('"')? + start;
    Some(arguments[start..end].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_becomes_divs_with_markdown_inside() {
        let md = ":::row:::\n    :::column span=\"1\":::\n        **Chat**\n\n        - item\n    :::column-end:::\n:::row-end:::\n";
        let out = expand(md, &[]);
        assert!(out.contains("<div class=\"docfx-row\">"), "{out}");
        assert!(out.contains("\n**Chat**\n"), "{out}");
        assert!(out.contains("\n- item\n"), "{out}");
        assert_eq!(out.matches("</div>").count(), 2);
    }

    #[test]
    fn monikers_filter() {
        let md = "a\n::: moniker range=\"o365-21vianet\"\nchina\n::: moniker-end\n::: moniker range=\"o365-worldwide || o365-gcc\"\nworld\n::: moniker-end\n";
        let out = expand(md, &["o365-worldwide".to_owned()]);
        assert!(out.contains("world") && !out.contains("china"), "{out}");
        assert!(expand(md, &[]).contains("china"));
    }

    #[test]
    fn images_and_fences() {
        let md = "Select :::image type=\"icon\" source=\"../media/new.png\" border=\"false\"::: now.\n```\n:::row:::\n```\n";
        let out = expand(md, &[]);
        assert!(
            out.starts_with("Select ![](<../media/new.png>) now.\n"),
            "{out}"
        );
        assert!(out.contains("```\n:::row:::\n```"), "{out}");
    }
}
