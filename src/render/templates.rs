//! Tera templates: embedded defaults, overridable one file at a time from `<root>/templates/`.
//!
//! Templates only ever see view types (`super::view`), and content reaches them as already
//! sanitized HTML in a variable: tera never compiles content, so `{{ }}` in an article is text.
//! The `t(key, lang, …)` function gives templates the Fluent UI strings of the page's locale.

use super::l10n::{FluentArg, L10n};
use crate::diagnostic::LineIndex;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The templates locdoc renders, with their embedded defaults.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("article.html", include_str!("../../templates/article.html")),
    ("landing.html", include_str!("../../templates/landing.html")),
    ("search.html", include_str!("../../templates/search.html")),
    (
        "locale_index.html",
        include_str!("../../templates/locale_index.html"),
    ),
    ("index.html", include_str!("../../templates/index.html")),
    ("404.html", include_str!("../../templates/404.html")),
    (
        "align_index.html",
        include_str!("../../templates/align_index.html"),
    ),
    (
        "align_article.html",
        include_str!("../../templates/align_article.html"),
    ),
];

/// A template that could not be loaded or rendered.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {message}", path.display(), place(*at))]
pub struct TemplateError {
    /// The template file (embedded defaults are named by their path in the repository).
    pub path: PathBuf,
    /// What tera said, with its causes.
    pub message: String,
    /// Where in the file (1-based line and column), when the error has a place: for a block
    /// never closed, its opening tag, not where tera noticed (the end of the file or an
    /// enclosing block's end).
    pub at: Option<(u32, u32)>,
}

/// Compiled templates, compiled once per build.
pub struct Templates {
    tera: tera::Tera,
    sources: HashMap<String, PathBuf>,
}

impl Templates {
    /// Compile the embedded defaults, each replaced by `<overrides>/<name>` when that file exists.
    pub fn load(overrides: Option<&Path>, l10n: Arc<L10n>) -> Result<Templates, TemplateError> {
        let mut tera = tera::Tera::default();
        let mut sources = HashMap::new();
        let mut raw = Vec::new();
        for (name, default) in DEFAULTS {
            let file = overrides.map(|dir| dir.join(name)).filter(|p| p.is_file());
            let (text, path) = match file {
                Some(path) => (
                    std::fs::read_to_string(&path).map_err(|e| TemplateError {
                        path: path.clone(),
                        message: e.to_string(),
                        at: None,
                    })?,
                    path,
                ),
                None => ((*default).to_owned(), PathBuf::from("templates").join(name)),
            };
            sources.insert((*name).to_owned(), path);
            raw.push(((*name).to_owned(), text));
        }
        let texts: HashMap<String, String> = raw.iter().cloned().collect();
        tera.add_raw_templates(raw).map_err(|e| {
            let name = template_name(&e).unwrap_or_default();
            let path = sources
                .get(&name)
                .cloned()
                .unwrap_or_else(|| PathBuf::from("templates"));
            let said = chain(&e);
            match texts.get(&name).and_then(|text| unclosed_block(text)) {
                Some(open) => TemplateError {
                    path,
                    message: format!(
                        "`{}` is never closed (no `{{% end{} %}}` for it): {said}",
                        open.tag, open.keyword
                    ),
                    at: Some((open.line, open.column)),
                },
                None => TemplateError {
                    at: tera_position(&said),
                    path,
                    message: said,
                },
            }
        })?;
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape);
        tera.register_function("t", Translate { l10n });
        Ok(Templates { tera, sources })
    }

    /// Render template `name` with `context`.
    ///
    /// The page comes as the bytes to write, in a buffer of `size_hint` bytes to begin with (the
    /// size of the HTML the context carries, say): a page is not grown from nothing through a
    /// dozen copies, nor its UTF-8 checked again on the way to the file.
    pub fn render(
        &self,
        name: &str,
        context: &tera::Context,
        size_hint: usize,
    ) -> Result<Vec<u8>, TemplateError> {
        let mut page = Vec::with_capacity(size_hint);
        self.tera
            .render_to(name, context, &mut page)
            .map_err(|e| TemplateError {
                path: self
                    .sources
                    .get(name)
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from(name)),
                message: chain(&e),
                at: None,
            })?;
        Ok(page)
    }
}

/// HTML escaping for text and quoted attribute values. Tera's default also escapes `/`, which
/// is valid but turns every URL into `&#x2F;` soup for anyone reading the source.
fn escape(input: &str) -> String {
    super::url::escape_html(input)
}

/// Tera's error and its causes in one line: the cause usually holds the line and the reason.
fn chain(err: &tera::Error) -> String {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

/// `:line:column`, or nothing.
fn place(at: Option<(u32, u32)>) -> String {
    at.map(|(line, column)| format!(":{line}:{column}"))
        .unwrap_or_default()
}

/// A block tag (`{% if … %}`, `{% for … %}`, …) of a template.
#[derive(Debug, PartialEq, Eq)]
struct OpenBlock {
    keyword: String,
    tag: String,
    line: u32,
    column: u32,
}

/// Tera's tags that open a block closed by `{% end<keyword> %}`.
const BLOCK_KEYWORDS: [&str; 6] = ["if", "for", "block", "macro", "filter", "raw"];

/// The innermost block of `text` that is never closed: the one open when a closing tag of
/// another block, or the end of the file, comes. Tera reports where it noticed, which is the
/// end of the file or of the enclosing block, far from the tag to fix.
fn unclosed_block(text: &str) -> Option<OpenBlock> {
    // Open blocks: keyword and the byte range of the opening tag.
    let mut open: Vec<(&str, std::ops::Range<usize>)> = Vec::new();
    let mut rest = 0;
    while let Some(start) = text[rest..].find("{%").map(|i| rest + i) {
        let end = text[start..]
            .find("%}")
            .map_or(text.len(), |i| start + i + 2);
        let inner = text[start + 2..end.saturating_sub(2).max(start + 2)]
            .trim_matches(|c: char| c == '-' || c.is_whitespace());
        let keyword = inner.split_whitespace().next().unwrap_or_default();
        if let Some(closed) = keyword.strip_prefix("end") {
            match open.last() {
                Some((top, _)) if *top == closed => {
                    open.pop();
                }
                Some(_) => break,
                None => {}
            }
        } else if BLOCK_KEYWORDS.contains(&keyword) {
            open.push((keyword, start..end));
        }
        rest = end;
    }
    let (keyword, tag) = open.pop()?;
    let (line, column) = LineIndex::new(text).locate(text, tag.start);
    Some(OpenBlock {
        keyword: keyword.to_owned(),
        tag: text[tag].to_owned(),
        line,
        column,
    })
}

/// The `--> line:column` of a tera (pest) parse error.
fn tera_position(message: &str) -> Option<(u32, u32)> {
    let at = message.find("--> ")? + 4;
    let place: String = message[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ':')
        .collect();
    let (line, column) = place.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

fn template_name(err: &tera::Error) -> Option<String> {
    let shown = err.to_string();
    let start = shown.find('\'')? + 1;
    let end = shown[start..].find('\'')? + start;
    Some(shown[start..end].to_owned())
}

/// `t(key="…", lang="…", name=value…)`: a Fluent message; other arguments become Fluent
/// arguments (numbers stay numbers, so plural rules apply).
struct Translate {
    l10n: Arc<L10n>,
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
        let lang = args
            .get("lang")
            .and_then(tera::Value::as_str)
            .unwrap_or("en-US");
        let mut names: Vec<&String> = args
            .keys()
            .filter(|k| *k != "key" && *k != "lang")
            .collect();
        names.sort();
        let fluent_args: Vec<(&str, FluentArg)> = names
            .into_iter()
            .filter_map(|name| {
                let value = match &args[name] {
                    tera::Value::Number(n) => FluentArg::Num(n.as_f64()?),
                    tera::Value::String(s) => FluentArg::Str(s.clone()),
                    other => FluentArg::Str(other.to_string()),
                };
                Some((name.as_str(), value))
            })
            .collect();
        Ok(tera::Value::String(self.l10n.message(
            lang,
            key,
            &fluent_args,
        )))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_block_is_reported_at_its_opening_tag() {
        let text = "<p>\n{% block main %}\n  {% if a %}x{% for i in b %}{{ i }}{% endfor %}\n{% endblock main %}\n";
        let open = unclosed_block(text).expect("the if is never closed");
        assert_eq!(
            (open.keyword.as_str(), open.line, open.column),
            ("if", 3, 3)
        );
        assert_eq!(open.tag, "{% if a %}");
        assert_eq!(
            unclosed_block("{% if a %}{% endif %}{%- raw -%}x{% endraw %}"),
            None
        );
        let at_end = unclosed_block("{% for x in y %}\n").expect("open at the end");
        assert_eq!((at_end.line, at_end.column), (1, 1));

        let l10n = Arc::new(L10n::load(None).expect("strings"));
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("404.html"), "a\n{% if x %}\nb\n").expect("write");
        let Err(error) = Templates::load(Some(dir.path()), l10n) else {
            panic!("an unclosed if compiled");
        };
        assert_eq!(error.at, Some((2, 1)), "{error}");
        assert!(
            error
                .to_string()
                .contains("404.html:2:1: `{% if x %}` is never closed"),
            "{error}"
        );
    }

    #[test]
    fn tera_positions_are_read_from_its_message() {
        assert_eq!(
            tera_position("Failed to parse 'a.html':  --> 7:22\n  |"),
            Some((7, 22))
        );
        assert_eq!(tera_position("no place"), None);
    }
}
