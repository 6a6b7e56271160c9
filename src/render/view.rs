//! View types: what templates see. Templates never see domain types, so a template override
//! cannot reach into parsed content, and the domain can change without breaking templates.

use serde::Serialize;

/// Everything a page template may use.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PageView {
    /// BCP-47 tag of the page (`<html lang>`).
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// The page language's name in that language.
    pub language_name: String,
    /// The page title (translated).
    pub title: String,
    /// The English title ("Read in English" flips to it).
    pub en_title: String,
    /// Meta description.
    pub description: Option<String>,
    /// Robots meta (from `ROBOTS`).
    pub robots: Option<String>,
    /// The site's name.
    pub site_title: String,
    /// Relative URL of the language picker.
    pub home_href: String,
    /// Relative URL of this locale's list of articles.
    pub locale_home_href: String,
    /// Relative URL of the stylesheet.
    pub css_href: String,
    /// Relative URL of the script.
    pub js_href: String,
    /// Absolute URL of this page.
    pub canonical: String,
    /// Absolute URLs of this article in every locale (`hreflang` links).
    pub alternates: Vec<Alternate>,
    /// Absolute URL of the English page (`x-default`).
    pub x_default: Option<String>,
    /// The language switcher: locales that have this page.
    pub languages: Vec<LanguageLink>,
    /// Sanitized article HTML.
    pub body: String,
    /// Localized "last updated" date.
    pub last_updated: Option<String>,
    /// For machine-translated pages: relative URL of the English page.
    pub mt_english_href: Option<String>,
    /// Whether the page has English to flip to.
    pub show_read_in_english: bool,
}

/// One `<link rel="alternate" hreflang>`.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    /// The locale.
    pub hreflang: String,
    /// Absolute URL.
    pub href: String,
}

/// One language in a switcher or picker.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    /// The locale.
    pub tag: String,
    /// Its name in its own language.
    pub name: String,
    /// Relative URL; `None` for the current page.
    pub href: Option<String>,
    /// `ltr` or `rtl`.
    pub dir: String,
}

/// One article in a locale's list.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleLink {
    /// Its localized title.
    pub title: String,
    /// Relative URL.
    pub href: String,
}
