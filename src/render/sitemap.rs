//! `sitemap.xml` with `xhtml:link rel="alternate" hreflang` for every locale of each article,
//! written with quick-xml so every URL is escaped correctly.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// One article: its URL in each locale, in locale order.
#[derive(Debug, Clone)]
pub struct Page {
    /// (locale, absolute URL).
    pub urls: Vec<(String, String)>,
    /// Whether each URL lists all of `urls` as its alternates (the full `hreflang` cluster), or
    /// only itself: the cluster on every URL is the square of the locale count, so an article in
    /// very many locales leaves it out (`super::INLINE_LOCALES`).
    pub cluster: bool,
}

/// The sitemap document: a `<url>` per page per locale, each listing all its alternates (or,
/// for a page without `cluster`, itself alone).
pub fn write(pages: &[Page]) -> Vec<u8> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    let result: std::io::Result<()> = (|| {
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        let mut urlset = BytesStart::new("urlset");
        urlset.push_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"));
        urlset.push_attribute(("xmlns:xhtml", "http://www.w3.org/1999/xhtml"));
        writer.write_event(Event::Start(urlset))?;
        for page in pages {
            for (_, url) in &page.urls {
                writer.write_event(Event::Start(BytesStart::new("url")))?;
                writer
                    .create_element("loc")
                    .write_text_content(BytesText::new(url))?;
                let alternates = page
                    .urls
                    .iter()
                    .filter(|(_, alternate)| page.cluster || alternate == url);
                for (locale, alternate) in alternates {
                    writer
                        .create_element("xhtml:link")
                        .with_attribute(("rel", "alternate"))
                        .with_attribute(("hreflang", locale.as_str()))
                        .with_attribute(("href", alternate.as_str()))
                        .write_empty()?;
                }
                writer.write_event(Event::End(BytesEnd::new("url")))?;
            }
        }
        writer.write_event(Event::End(BytesEnd::new("urlset")))?;
        Ok(())
    })();
    // Writing to a Vec cannot fail.
    debug_assert!(result.is_ok());
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternates_for_every_locale() {
        let xml = write(&[Page {
            urls: vec![
                ("en-US".into(), "https://h/en-US/a/".into()),
                ("ro-RO".into(), "https://h/ro-RO/a/?x=1&y=2".into()),
            ],
            cluster: true,
        }]);
        let text = String::from_utf8(xml).expect("utf-8");
        assert_eq!(text.matches("<url>").count(), 2);
        assert_eq!(text.matches("hreflang=").count(), 4);
        assert!(text.contains("x=1&amp;y=2"), "{text}");
    }

    #[test]
    fn without_the_cluster_each_url_names_only_itself() {
        let urls: Vec<(String, String)> = (0..5)
            .map(|i| (format!("ro-{i:03}"), format!("https://h/ro-{i:03}/a/")))
            .collect();
        let xml = write(&[Page {
            urls,
            cluster: false,
        }]);
        let text = String::from_utf8(xml).expect("utf-8");
        assert_eq!(text.matches("<url>").count(), 5);
        assert_eq!(text.matches("hreflang=").count(), 5);
        assert!(text.contains(r#"hreflang="ro-003" href="https://h/ro-003/a/""#));
    }
}
