//! Site paths and URLs, and HTML escaping: where a page lives, how one page links to another,
//! and how text goes into markup. Shared by the page renderer, the report and the indexes, so a
//! link is made the same way everywhere.

/// The folder of an article's page: `<locale>/<article without .md>/`. A docs set's YAML page
/// is published as DocFX does: `excel/index.yml` at `<locale>/excel/`, `a/b.yml` at
/// `<locale>/a/b/`.
pub fn page_dir(locale: &str, article: &str) -> String {
    if let Some(yaml) = article
        .strip_suffix(".yml")
        .or_else(|| article.strip_suffix(".yaml"))
    {
        return match yaml
            .strip_suffix("index")
            .filter(|f| f.is_empty() || f.ends_with('/'))
        {
            Some(folder) => format!("{locale}/{folder}"),
            None => format!("{locale}/{yaml}/"),
        };
    }
    let slug = article
        .strip_suffix(".md")
        .or_else(|| article.strip_suffix(".MD"))
        .unwrap_or(article);
    format!("{locale}/{slug}/")
}

/// A relative URL from the folder `from` (ending in `/`) to `to` (a path from the site root;
/// ending in `/` for a folder). Each segment is percent-encoded.
pub fn relative_url(from: &str, to: &str) -> String {
    let from_parts: Vec<&str> = from.split('/').filter(|p| !p.is_empty()).collect();
    let to_parts: Vec<&str> = to.split('/').filter(|p| !p.is_empty()).collect();
    let common = from_parts
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut url = "../".repeat(from_parts.len() - common);
    let rest: Vec<String> = to_parts[common..]
        .iter()
        .map(|p| encode_segment(p))
        .collect();
    url.push_str(&rest.join("/"));
    if to.ends_with('/') && !rest.is_empty() {
        url.push('/');
    }
    if url.is_empty() {
        url.push_str("./");
    }
    url
}

/// Percent-encode one path segment of a URL (spaces, `#`, `?`, non-ASCII such as U+200B).
pub fn encode_segment(segment: &str) -> String {
    const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b'#')
        .add(b'%')
        .add(b'<')
        .add(b'>')
        .add(b'?')
        .add(b'`')
        .add(b'{')
        .add(b'}')
        .add(b'/');
    percent_encoding::utf8_percent_encode(segment, SEGMENT).to_string()
}

/// Escape text for HTML text and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    // Every character escaped is ASCII, so the runs between them are whole characters.
    let mut copied = 0;
    for (i, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[copied..i]);
        out.push_str(entity);
        copied = i + 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Resolve `path` against the folder of `article` (a `/` path below the locale folder);
/// `None` when it climbs out of the locale folder.
pub fn resolve_relative(article: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = article.split('/').collect();
    parts.pop();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

/// Percent-encode each segment of a site path.
pub fn encode_path(path: &str) -> String {
    path.split('/')
        .map(encode_segment)
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_landing_page_is_published_at_its_folder() {
        assert_eq!(page_dir("ja-JP", "index.yml"), "ja-JP/");
        assert_eq!(page_dir("ja-JP", "excel/index.yml"), "ja-JP/excel/");
        assert_eq!(
            page_dir("ja-JP", "excel/reindex.yml"),
            "ja-JP/excel/reindex/"
        );
        assert_eq!(page_dir("ja-JP", "a/b.md"), "ja-JP/a/b/");
    }

    #[test]
    fn relative_urls() {
        assert_eq!(
            relative_url("ro-RO/a/b/", "it-IT/a/b/"),
            "../../../it-IT/a/b/"
        );
        assert_eq!(relative_url("ro-RO/a/b/", "ro-RO/a/c/"), "../c/");
        assert_eq!(
            relative_url("ro-RO/a/", "ro-RO/media/x.png"),
            "../media/x.png"
        );
        assert_eq!(relative_url("ro-RO/a/", "ro-RO/a/"), "./");
        assert_eq!(
            relative_url("", "ro-RO/a b\u{200b}/"),
            "ro-RO/a%20b%E2%80%8B/"
        );
    }

    #[test]
    fn relative_paths() {
        assert_eq!(
            resolve_relative("a/b.md", "../includes/x.md").as_deref(),
            Some("includes/x.md")
        );
        assert_eq!(
            resolve_relative("a/b.md", "includes/x.md").as_deref(),
            Some("a/includes/x.md")
        );
        assert_eq!(resolve_relative("b.md", "../../etc/passwd"), None);
    }

    #[test]
    fn html_escaping_keeps_every_other_character() {
        assert_eq!(
            escape_html("Închideți <contul> & \"ăla\" 'x'—ok"),
            "Închideți &lt;contul&gt; &amp; &quot;ăla&quot; &#39;x&#39;—ok"
        );
        assert_eq!(escape_html(""), "");
        assert_eq!(escape_html("&"), "&amp;");
        assert_eq!(escape_html("日本語"), "日本語");
    }
}
