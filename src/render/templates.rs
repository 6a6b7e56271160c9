//! Tera templates: embedded defaults, overridable one file at a time from `<root>/templates/`.
//!
//! Templates only ever see view types (`super::view`), and content reaches them as already
//! sanitized HTML in a variable: tera never compiles content, so `{{ }}` in an article is text.
//! The `t(key, lang, …)` function gives templates the Fluent UI strings of the page's locale.

use super::l10n::{FluentArg, L10n};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The templates locdoc renders, with their embedded defaults.
pub const DEFAULTS: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("article.html", include_str!("../../templates/article.html")),
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
#[error("{}: {message}", path.display())]
pub struct TemplateError {
    /// The template file (embedded defaults are named by their path in the repository).
    pub path: PathBuf,
    /// What tera said, with its causes.
    pub message: String,
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
                    })?,
                    path,
                ),
                None => ((*default).to_owned(), PathBuf::from("templates").join(name)),
            };
            sources.insert((*name).to_owned(), path);
            raw.push(((*name).to_owned(), text));
        }
        tera.add_raw_templates(raw).map_err(|e| {
            let name = template_name(&e).unwrap_or_default();
            TemplateError {
                path: sources
                    .get(&name)
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from("templates")),
                message: chain(&e),
            }
        })?;
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape);
        tera.register_function("t", Translate { l10n });
        Ok(Templates { tera, sources })
    }

    /// Render template `name` with `context`.
    pub fn render(&self, name: &str, context: &tera::Context) -> Result<String, TemplateError> {
        self.tera.render(name, context).map_err(|e| TemplateError {
            path: self
                .sources
                .get(name)
                .cloned()
                .unwrap_or_else(|| PathBuf::from(name)),
            message: chain(&e),
        })
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
