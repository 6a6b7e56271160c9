//! scratch probe (to be replaced)
use locdoc::config::Config;
use locdoc::render::{self, l10n::L10n, templates::Templates};
use std::sync::Arc;

#[test]
fn probe_date_span() {
    let text = "---\n# ééé\n\"ms.\\x64ate\": 13/45/2020\n---\n# T\n";
    let doc = locdoc::parse::parse_text("ro-RO/a.md", text);
    for d in &doc.diagnostics {
        println!(
            "{d} {:?} slices={:?}",
            d.span,
            d.span.clone().map(|s| text.get(s).is_some())
        );
    }
}

#[test]
fn probe_link_title() {
    let seg = "<span data-ttu-id=\"e2d3a-102\">Bună \" onmouseover=\"alert(1)</span><span class=\"sxs-lookup\"><span data-stu-id=\"e2d3a-102\">Hello</span></span>";
    let text = format!(
        "# T\n\nSee [x](https://a.example/ '{seg}') and ![alt](a.png '{seg}').\n\n<a href=\"https://b.example/\" title=\"{}\">y</a>\n",
        seg.replace('"', "&quot;")
    );
    let docs = vec![locdoc::parse::parse_text("ro-RO/x.md", &text)];
    for s in &docs[0].segments {
        println!("{:?} {:?}", s.block, s.outer);
    }
    let config = Config::default();
    let articles = locdoc::align::align_all(&docs, "en-US");
    let l10n = Arc::new(L10n::load(None).expect("l10n"));
    let templates = Templates::load(None, Arc::clone(&l10n)).expect("templates");
    let r = render::render_site(
        &docs,
        &articles,
        &config,
        &templates,
        &l10n,
        &render::Progress::none(),
    );
    let html = String::from_utf8_lossy(&r.files["ro-RO/x/index.html"]).into_owned();
    let main = &html[html.find("<main").unwrap()..];
    println!("{}", &main[..main.len().min(3000)]);
}

#[test]
fn probe_entity_forgery() {
    let seg = "<span data-ttu-id=\"e2d3a-102\">Bună</span><span class=\"sxs-lookup\"><span data-stu-id=\"e2d3a-102\">Hello</span></span>";
    let text = format!(
        "# T\n\n{seg}\n\nForged: &#xE010;0&#xE011; and <a href=\"https://b.example/\" title=\"&#xE010;0&#xE011;\">y</a>\n"
    );
    let docs = vec![locdoc::parse::parse_text("ro-RO/x.md", &text)];
    let config = Config::default();
    let articles = locdoc::align::align_all(&docs, "en-US");
    let l10n = Arc::new(L10n::load(None).expect("l10n"));
    let templates = Templates::load(None, Arc::clone(&l10n)).expect("templates");
    let r = render::render_site(
        &docs,
        &articles,
        &config,
        &templates,
        &l10n,
        &render::Progress::none(),
    );
    let html = String::from_utf8_lossy(&r.files["ro-RO/x/index.html"]).into_owned();
    let main = &html[html.find("<main").unwrap()..];
    println!("{}", &main[..main.len().min(3000)]);
}
