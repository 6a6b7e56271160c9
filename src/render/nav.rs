//! A docs set's pages and navigation: the sidebar, breadcrumb and previous/next links of each
//! article page (from the locale's toc), the "All topics" page, landing and hub pages, and the
//! pages left where redirected articles were.
//!
//! Every link a docs-set file names goes through [`DocLinks`], so a toc entry, a landing card
//! and a redirect lead to the same page: the locale's own, else the English one, and a
//! site-absolute path under the docs set's base path (`/office/dev/add-ins/…`) to the page of
//! this site it names.

use super::SiteIndex;
use super::url::{escape_html, page_dir, relative_url, resolve_relative};
use super::view::{ArticleLink, Crumb, NavView};
use crate::docset::Docsets;
use crate::docset::redirects::{Target, redirect_html};
use crate::docset::toc::{Link, NavLabels, Toc};
use crate::render::markdown::Site;

/// The folder of a locale's "All topics" page (the whole toc).
pub const ALL_TOPICS_DIR: &str = "_toc";

/// Where docs-set links lead in this site.
pub struct DocLinks<'a> {
    index: &'a SiteIndex<'a>,
    docsets: &'a Docsets,
}

impl<'a> DocLinks<'a> {
    /// Links over the site's pages (`index`) and the docs sets' own pages.
    pub fn new(index: &'a SiteIndex<'a>, docsets: &'a Docsets) -> DocLinks<'a> {
        DocLinks { index, docsets }
    }

    /// The folder of the page a reader of `locale` opens for `key` (an article, a landing page
    /// or a redirected article): the locale's own, else the English one; `None` when neither
    /// exists.
    pub fn page_of(&self, locale: &str, key: &str) -> Option<String> {
        let source = self.index.source_locale();
        let here = |l: &str| {
            self.docsets.has_landing(l, key)
                || self
                    .docsets
                    .redirects
                    .contains_key(&(l.to_owned(), key.to_owned()))
        };
        let own = self.index.has_document(locale, key) && !super::is_include(key);
        if own || here(locale) || self.index.has_fallback(locale, key) {
            Some(page_dir(locale, key))
        } else if self.index.has_english(key) || here(source) {
            Some(page_dir(source, key))
        } else {
            None
        }
    }

    /// The href, from the page in folder `from`, for `url` as written in the docs-set file
    /// `doc_key` of `locale` (relative to that file, site-absolute, or external). Only web
    /// schemes pass: a `javascript:` URL in a translated YAML file becomes `#`.
    pub fn href(&self, locale: &str, from: &str, doc_key: &str, url: &str) -> String {
        let url = url.trim();
        let (path, fragment) = match url.find(['#', '?']) {
            Some(i) => (&url[..i], &url[i..]),
            None => (url, ""),
        };
        if let Some((scheme, _)) = url.split_once(':')
            && !scheme.contains('/')
        {
            let web = ["http", "https", "mailto"]
                .iter()
                .any(|s| scheme.eq_ignore_ascii_case(s));
            return if web { url.to_owned() } else { "#".to_owned() };
        }
        if url.starts_with("//") {
            return url.to_owned();
        }
        let key = if let Some(absolute) = path.strip_prefix('/') {
            let base = self.docsets.base_path.trim_start_matches('/');
            match absolute.strip_prefix(base).filter(|_| !base.is_empty()) {
                Some(local) => self.key_of_site_path(locale, local),
                None => return url.to_owned(),
            }
        } else if path.is_empty() {
            return url.to_owned();
        } else {
            resolve_relative(doc_key, path.trim_start_matches("~/"))
        };
        match key.and_then(|key| self.page_of(locale, &key)) {
            Some(page) => format!("{}{fragment}", relative_url(from, &page)),
            None => url.to_owned(),
        }
    }

    /// The article a path below the base path names (`excel/overview` → `excel/overview.md`,
    /// `excel/` → `excel/index.yml`), among those that exist.
    fn key_of_site_path(&self, locale: &str, local: &str) -> Option<String> {
        let local = local.trim_end_matches('/');
        let candidates = if local.is_empty() {
            vec!["index.yml".to_owned(), "index.md".to_owned()]
        } else {
            vec![
                format!("{local}.md"),
                format!("{local}/index.yml"),
                format!("{local}.yml"),
                format!("{local}/index.md"),
                local.to_owned(),
            ]
        };
        candidates
            .into_iter()
            .find(|key| self.page_of(locale, key).is_some())
    }

    /// The href of a toc link from the page in folder `from`.
    fn toc_href(&self, locale: &str, from: &str, link: &Link) -> String {
        match link {
            Link::Article(key) => match self.page_of(locale, key) {
                Some(page) => relative_url(from, &page),
                None => relative_url(from, &page_dir(locale, key)),
            },
            Link::External(url) => self.href(locale, from, "", url),
        }
    }

    /// The navigation of the page of `key` in `locale`'s site (folder `from`): the pruned
    /// sidebar, the breadcrumb and the previous and next articles of the locale's toc. `None`
    /// where the locale has no toc.
    pub fn nav(&self, locale: &str, from: &str, key: &str, labels: &NavLabels) -> Option<NavView> {
        let toc = self.docsets.tocs.get(locale)?;
        let url = |link: &Link| self.toc_href(locale, from, link);
        let labels = NavLabels {
            all_topics_url: relative_url(from, &all_topics_dir(locale)),
            ..labels.clone()
        };
        let crumb = |(name, link): (String, Option<Link>)| Crumb {
            href: link.as_ref().map(&url),
            name,
        };
        // A group without a page of its own leads to its first article, as its sidebar entry does.
        let mut breadcrumbs: Vec<Crumb> = toc
            .path_to(key)
            .unwrap_or_default()
            .into_iter()
            .map(|entry| crumb((entry.name.clone(), entry.page().cloned())))
            .collect();
        // The page itself ends the trail without a link.
        if let Some(last) = breadcrumbs.last_mut() {
            last.href = None;
        }
        let (previous, next) = toc.neighbours(key);
        let neighbour = |entry: Option<&crate::docset::toc::TocEntry>| {
            let entry = entry?;
            Some(ArticleLink {
                title: entry.name.clone(),
                href: url(entry.href.as_ref()?),
            })
        };
        Some(NavView {
            sidebar_html: toc.sidebar_html(key, &url, &labels),
            breadcrumbs,
            previous: neighbour(previous),
            next: neighbour(next),
            menu: labels.toc.clone(),
        })
    }

    /// The whole toc of `locale` for its "All topics" page.
    pub fn all_topics_html(&self, locale: &str, toc: &Toc, labels: &NavLabels) -> String {
        let from = all_topics_dir(locale);
        toc.full_html(None, &|link| self.toc_href(locale, &from, link), labels)
    }

    /// The body of a landing or hub page.
    pub fn landing_html(&self, locale: &str, key: &str) -> Option<String> {
        let page = self
            .docsets
            .landings
            .get(&(locale.to_owned(), key.to_owned()))?;
        let from = page_dir(locale, key);
        Some(page.to_html(&|url| self.href(locale, &from, key, url)))
    }

    /// Every redirect page: (output path, HTML). A target the locale lacks leads to its
    /// English page; the canonical link is the target's absolute URL.
    pub fn redirect_pages(
        &self,
        base_url: &str,
        message: &dyn Fn(&str, &str) -> String,
    ) -> Vec<(String, String)> {
        self.docsets
            .redirects
            .iter()
            .map(|((locale, source_key), redirect)| {
                let from = page_dir(locale, source_key);
                let (href, canonical) = match &redirect.target {
                    Target::Page(key) => {
                        let page = self
                            .page_of(locale, key)
                            .unwrap_or_else(|| page_dir(locale, key));
                        let fragment = redirect
                            .fragment
                            .as_ref()
                            .map(|f| format!("#{f}"))
                            .unwrap_or_default();
                        (
                            format!("{}{fragment}", relative_url(&from, &page)),
                            format!("{base_url}{}", super::url::encode_path(&page)),
                        )
                    }
                    Target::External(url) => {
                        let href = self.href(locale, &from, source_key, url);
                        (href.clone(), href)
                    }
                };
                (
                    format!("{from}index.html"),
                    redirect_html(
                        &href,
                        &canonical,
                        locale,
                        &message(locale, "redirect-title"),
                        &message(locale, "redirect-link"),
                    ),
                )
            })
            .collect()
    }
}

/// The folder of `locale`'s "All topics" page.
pub fn all_topics_dir(locale: &str) -> String {
    format!("{locale}/{ALL_TOPICS_DIR}/")
}

/// Escaped `text` in a heading, for pages whose body locdoc writes itself.
pub fn heading(text: &str) -> String {
    format!("<h1>{}</h1>\n", escape_html(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docset::Docsets;

    fn links_over<'a>(index: &'a SiteIndex<'a>, docsets: &'a Docsets) -> DocLinks<'a> {
        DocLinks::new(index, docsets)
    }

    #[test]
    fn docs_set_links_lead_to_the_locale_page_else_the_english_and_only_web_schemes_pass() {
        let index = SiteIndex::streamed(
            [],
            [
                ("ja-JP", "a/x.md"),
                ("en-US", "a/x.md"),
                ("en-US", "a/only-en.md"),
            ],
            ["a/x.md", "a/only-en.md"],
            "en-US",
        );
        let docsets = Docsets {
            base_path: "/office/dev/add-ins/".to_owned(),
            ..Docsets::default()
        };
        let links = links_over(&index, &docsets);
        for (url, href) in [
            ("a/x.md", "a/x/"),
            ("a/only-en.md#part", "../en-US/a/only-en/#part"),
            ("/office/dev/add-ins/a/x", "a/x/"),
            ("/javascript/api/overview", "/javascript/api/overview"),
            ("https://aka.ms/x", "https://aka.ms/x"),
            ("javascript:alert(1)", "#"),
            (" JavaScript:alert(1)", "#"),
        ] {
            assert_eq!(
                links.href("ja-JP", "ja-JP/", "index.yml", url),
                href,
                "{url}"
            );
        }
    }
}
