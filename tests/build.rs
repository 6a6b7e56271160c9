//! `locdoc build` end to end: the seed site, page structure, hostile content, atomic publish,
//! determinism, DocFX Markdown, links and localization.

use scraper::{Html, Selector};
use std::path::Path;
use std::process::Output;

mod common;
use common::{corpus, default_project, locdoc_with_env as locdoc, render_of, site_of, tree};

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn page(out: &Path, rel: &str) -> Html {
    let text = std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    Html::parse_document(&text)
}

fn select<'a>(html: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    html.select(&selector).collect()
}

fn text_of(html: &Html, css: &str) -> String {
    select(html, css)
        .first()
        .map(|e| e.text().collect())
        .unwrap_or_default()
}

fn attr(html: &Html, css: &str, name: &str) -> Option<String> {
    select(html, css)
        .first()
        .and_then(|e| e.value().attr(name))
        .map(str::to_owned)
}

/// A project folder with the seed content and the given extra files.
fn project(extra: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    for locale in ["ro-RO", "it-IT"] {
        let rel = format!("content/{locale}/close-your-account.md");
        let text = std::fs::read_to_string(manifest.join(&rel)).expect("seed");
        write(dir.path(), &rel, &text);
    }
    for (rel, text) in extra {
        write(dir.path(), rel, text);
    }
    dir
}

#[test]
fn seed_site_has_every_page() {
    let dir = project(&[]);
    let (result, out) = common::build_into_public(dir.path());
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(
        stderr(&result).ends_with("built 3 pages in 3 locales in ")
            || stderr(&result).contains("built 3 pages in 3 locales in")
    );
    let files: Vec<String> = tree(&out).into_keys().collect();
    for expected in [
        "404.html",
        "en-US/close-your-account/index.html",
        "en-US/index.html",
        "index.html",
        "it-IT/close-your-account/index.html",
        "it-IT/index.html",
        "ro-RO/close-your-account/index.html",
        "ro-RO/index.html",
        "sitemap.xml",
    ] {
        assert!(
            files.iter().any(|f| f == expected),
            "{expected} missing from {files:?}"
        );
    }
    let assets: Vec<&String> = files.iter().filter(|f| f.starts_with("assets/")).collect();
    assert_eq!(assets.len(), 2, "{assets:?}");
    assert!(
        assets.iter().all(|a| a.matches('.').count() == 2),
        "cache-busting names: {assets:?}"
    );
}

#[test]
fn article_page_structure() {
    let dir = project(&[]);
    let (result, out) = common::build_into_public(dir.path());
    assert!(result.status.success(), "{}", stderr(&result));
    let html = page(&out, "ro-RO/close-your-account/index.html");
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("ro-RO"));
    assert_eq!(attr(&html, "html", "dir").as_deref(), Some("ltr"));
    assert!(text_of(&html, "title").starts_with("Cum să vă închideți contul"));
    assert_eq!(
        attr(&html, "meta[name=robots]", "content").as_deref(),
        Some("NOINDEX, NOFOLLOW")
    );
    let hreflangs: Vec<String> = select(&html, "link[rel=alternate]")
        .iter()
        .filter_map(|e| e.value().attr("hreflang").map(str::to_owned))
        .collect();
    assert_eq!(hreflangs, ["en-US", "it-IT", "ro-RO", "x-default"]);
    assert_eq!(
        attr(&html, "link[hreflang=x-default]", "href").as_deref(),
        Some("/en-US/close-your-account/")
    );
    // Every segment carries its unit number; the English is a popover with lang/dir.
    let segments = select(&html, ".seg");
    assert_eq!(segments.len(), 11);
    for (n, seg) in (1..).zip(&segments) {
        assert_eq!(seg.value().attr("id"), Some(format!("seg-{n}").as_str()));
    }
    let sources = select(&html, ".seg-source[popover][lang=en-US][dir=ltr]");
    assert_eq!(sources.len(), 11);
    let toggles = select(&html, "button.seg-toggle[popovertarget]");
    assert_eq!(toggles.len(), 11);
    assert!(toggles.iter().all(|b| {
        b.value()
            .attr("aria-label")
            .is_some_and(|l| l.contains("engleză"))
    }));
    assert_eq!(
        text_of(&html, "#seg-1 .seg-source"),
        "How to close your account"
    );
    assert_eq!(
        text_of(&html, "h1 .seg-target"),
        "Cum să vă închideți contul"
    );
    assert_eq!(
        text_of(&html, ".last-updated"),
        "Ultima actualizare: 25 martie 2020"
    );
    let switcher: Vec<String> = select(&html, ".lang-switcher a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(switcher, ["English", "Italiano", "Română"]);
    assert_eq!(
        attr(&html, "html", "data-en-title").as_deref(),
        Some("How to close your account · Help")
    );
    assert!(
        select(&html, ".mt-notice").is_empty(),
        "the seed is a human translation"
    );

    // The same sentence has the same anchor in every locale.
    let italian = page(&out, "it-IT/close-your-account/index.html");
    assert_eq!(
        text_of(&italian, "#seg-6 .seg-source"),
        text_of(&html, "#seg-6 .seg-source")
    );
    assert_eq!(text_of(&italian, "#seg-6 .seg-source"), "Delete users.");

    // The English page is rebuilt from the embedded sources.
    let english = page(&out, "en-US/close-your-account/index.html");
    assert_eq!(attr(&english, "html", "lang").as_deref(), Some("en-US"));
    assert_eq!(text_of(&english, "h1"), "How to close your account");
    assert_eq!(text_of(&english, "#seg-6"), "Delete users.");
    assert!(select(&english, ".seg-toggle").is_empty());

    let index = page(&out, "ro-RO/index.html");
    assert_eq!(
        text_of(&index, ".article-list a"),
        "Cum să vă închideți contul"
    );
    assert!(text_of(&index, "main p").contains("1 articol"));
    let root = page(&out, "index.html");
    let names: Vec<String> = select(&root, ".language-list a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(names, ["English", "Italiano", "Română"]);
}

#[test]
fn seed_page_snapshot() {
    let dir = project(&[]);
    let (result, out) = common::build_into_public(dir.path());
    assert!(result.status.success(), "{}", stderr(&result));
    let html =
        std::fs::read_to_string(out.join("ro-RO/close-your-account/index.html")).expect("page");
    insta::assert_snapshot!(html);
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).expect("sitemap");
    insta::assert_snapshot!(sitemap);
}

const HOSTILE: &str = r#"---
title: "<script>alert('title')</script>{{ 7 * 7 }}"
description: "\"><img src=x onerror=alert(1)>"
ms.translationtype: MT
ms.lasthandoff: 03/25/2020
---
# <span data-ttu-id="abcde-102">Titlu <script>alert(1)</script>{% raw %}</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Title <img src=x onerror=alert(2)></span></span>

<span data-ttu-id="abcde-103">[clic](javascript:alert(3)) <iframe src="https://evil.example"></iframe> {{ config }}</span><span class="sxs-lookup"><span data-stu-id="abcde-103"><svg><script>alert(4)</script></svg> {% include "base.html" %}</span></span>

<div onclick="alert(5)" style="position:fixed">raw</div>

<span id="seg-1" class="seg">forged</span> 
"#;

#[test]
fn hostile_content_never_reaches_a_page_as_code() {
    let dir = project(&[("content/ro-RO/hostile.md", HOSTILE)]);
    let (result, out) = common::build_into_public(dir.path());
    assert!(result.status.success(), "{}", stderr(&result));
    for rel in [
        "ro-RO/hostile/index.html",
        "en-US/hostile/index.html",
        "ro-RO/index.html",
    ] {
        let text = std::fs::read_to_string(out.join(rel)).expect("page");
        // locdoc's own script and the search UI's, both files of the site; no inline script.
        assert_eq!(
            text.matches("<script").count(),
            2,
            "{rel}: only locdoc's own script tags:\n{text}"
        );
        let html = Html::parse_document(&text);
        let scripts = select(&html, "script");
        assert_eq!(scripts.len(), 2, "{rel}");
        for script in scripts {
            let src = script.value().attr("src").unwrap_or_default();
            assert!(
                src.contains("assets/locdoc.") || src.ends_with("pagefind/pagefind-ui.js"),
                "{rel}: {src}"
            );
        }
        assert!(
            select(&html, "iframe, svg, object, embed, style").is_empty(),
            "{rel}:\n{text}"
        );
        for element in select(&html, "*") {
            for (name, value) in element.value().attrs() {
                assert!(
                    !name.starts_with("on"),
                    "{rel}: event handler {name}={value}"
                );
                assert!(name != "style", "{rel}: inline style");
                assert!(
                    !value
                        .trim_start()
                        .to_ascii_lowercase()
                        .starts_with("javascript:"),
                    "{rel}: {name}={value}"
                );
            }
        }
        assert!(
            !text.contains("49"),
            "{rel}: template syntax in content was evaluated"
        );
    }
    let html = page(&out, "ro-RO/hostile/index.html");
    assert!(
        text_of(&html, "title").contains("{{ 7 * 7 }}"),
        "title shown as text"
    );
    assert!(text_of(&html, "main").contains("{{ config }}"));
    assert_eq!(
        select(&html, "#seg-1").len(),
        1,
        "content cannot forge segment anchors"
    );
    assert!(
        select(&html, "main a[href]").iter().all(|a| !a
            .value()
            .attr("href")
            .unwrap_or("")
            .contains("javascript"))
    );
    // Machine translation notice links the English page.
    assert_eq!(
        attr(&html, ".mt-notice a", "href").as_deref(),
        Some("../../en-US/hostile/")
    );
}

#[test]
fn failed_build_leaves_the_previous_site_whole() {
    let dir = project(&[]);
    let (first, out) = common::build_into_public(dir.path());
    assert!(first.status.success(), "{}", stderr(&first));
    let before = tree(&out);
    write(
        dir.path(),
        "templates/article.html",
        "{% extends \"base.html\" %}{% block main %}{{ page.nonexistent.field }}{% endblock main %}",
    );
    let (second, _) = common::build_into_public(dir.path());
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    assert!(
        stderr(&second).contains("templates/article.html"),
        "{}",
        stderr(&second)
    );
    assert_eq!(tree(&out), before, "the previous site is untouched");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("locdoc"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn rebuild_removes_files_of_earlier_builds() {
    let dir = project(&[("content/ro-RO/extra.md", "# Extra\n")]);
    let (first, out) = common::build_into_public(dir.path());
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(out.join("ro-RO/extra/index.html").is_file());
    std::fs::remove_file(dir.path().join("content/ro-RO/extra.md")).expect("rm");
    let (second, _) = common::build_into_public(dir.path());
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(!out.join("ro-RO/extra").exists());
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let Some(corpus) = corpus() else { return };
    let content = corpus.join("alchemy");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut trees = Vec::new();
    for threads in ["1", "2"] {
        let out = dir.path().join(format!("out-{threads}"));
        let args = [
            "build",
            "--content",
            content.to_str().expect("utf-8"),
            "--out",
            out.to_str().expect("utf-8"),
        ];
        let result = locdoc(&args, &[("RAYON_NUM_THREADS", threads)]);
        assert!(result.status.success(), "{}", stderr(&result));
        trees.push(tree(&out));
    }
    assert!(trees[0].len() > 2000);
    assert!(
        trees[0] == trees[1],
        "output differs between 1 and 2 threads"
    );
}

#[test]
fn docfx_markdown_links_and_includes() {
    let seg = |id: u32, t: &str, s: &str| {
        format!(
            r#"<span data-ttu-id="abcde-{id}">{t}</span><span class="sxs-lookup"><span data-stu-id="abcde-{id}">{s}</span></span>"#
        )
    };
    let article = format!(
        "---\ntitle: Test\n---\n# {}\n\n> [!NOTE]\n> {}\n\n:::row:::\n    :::column:::\n\n        {}\n\n    :::column-end:::\n:::row-end:::\n\n::: moniker range=\"o365-21vianet\"\nHIDDEN-MONIKER\n::: moniker-end\n\n[!INCLUDE [x](includes/shared.md)]\n\n[!INCLUDE [x](includes/missing.md)]\n\n- [{}](other.md)\n- [{}](only-italian.md#part)\n- ![{}](media/pic.png)\n",
        seg(102, "Titlu", "Title"),
        seg(103, "Notă de test", "Test note"),
        seg(104, "În coloană", "In a column"),
        seg(105, "Alt articol", "Other article"),
        seg(106, "Doar în italiană", "Italian only"),
        seg(107, "Imagine", "Picture"),
    );
    let dir = project(&[
        ("content/ro-RO/doc.md", &article),
        (
            "content/ro-RO/includes/shared.md",
            &seg(101, "Text inclus", "Included text"),
        ),
        (
            "content/ro-RO/other.md",
            &format!("# {}\n", seg(102, "Altul", "Other")),
        ),
        (
            "content/it-IT/only-italian.md",
            &format!("# {}\n", seg(102, "Solo", "Only")),
        ),
        (
            "locdoc.toml",
            "title = \"Ajutor\"\n[docfx]\nmonikers = [\"o365-worldwide\"]\n",
        ),
    ]);
    let (result, out) = common::build_into_public(dir.path());
    assert!(result.status.success(), "{}", stderr(&result));
    let err = stderr(&result);
    assert!(
        err.contains(
            "ro-RO/doc.md:23:1: error[LD0401]: include `includes/missing.md` was not found in ro-RO"
        ),
        "{err}"
    );
    assert!(
        !out.join("ro-RO/includes").exists(),
        "includes are not pages"
    );
    let html = page(&out, "ro-RO/doc/index.html");
    assert_eq!(text_of(&html, ".alert.alert-note .alert-title"), "Notă");
    assert_eq!(text_of(&html, ".alert-note .seg-target"), "Notă de test");
    assert_eq!(
        text_of(&html, ".docfx-row .docfx-column p .seg-target"),
        "În coloană"
    );
    assert!(
        select(&html, "pre, code").is_empty(),
        "DocFX layout content is Markdown, not code"
    );
    let body = text_of(&html, "main");
    assert!(!body.contains("HIDDEN-MONIKER"));
    assert!(body.contains("Text inclus"));
    assert!(select(&html, ".missing-include").len() == 1);
    assert_eq!(
        attr(&html, "a[href='../other/']", "href").as_deref(),
        Some("../other/")
    );
    let untranslated = select(&html, "a.untranslated");
    assert_eq!(untranslated.len(), 1);
    // The locale's own page of the English article (fallback_pages): the reader stays in it.
    assert_eq!(
        untranslated[0].value().attr("href"),
        Some("../only-italian/#part")
    );
    assert_eq!(untranslated[0].value().attr("hreflang"), Some("en-US"));
    assert_eq!(
        attr(&html, "img", "src").as_deref(),
        Some("../media/pic.png")
    );
    assert_eq!(attr(&html, "img", "alt").as_deref(), Some("Imagine"));
    assert!(text_of(&html, "title").ends_with("Ajutor"));
}

#[test]
fn right_to_left_and_fallback_locales() {
    let seg = r#"<span data-ttu-id="abcde-102">نص</span><span class="sxs-lookup"><span data-stu-id="abcde-102">Text</span></span>"#;
    let dir = project(&[
        (
            "content/ar-SA/a.md",
            &format!("---\ntitle: عنوان\nms.lasthandoff: 03/25/2020\n---\n# {seg}\n"),
        ),
        (
            "content/kk-KZ/a.md",
            &format!("---\ntitle: Тақырып\nms.lasthandoff: 03/25/2020\n---\n# {seg}\n"),
        ),
    ]);
    let (result, out) = common::build_into_public(dir.path());
    assert!(result.status.success(), "{}", stderr(&result));
    let arabic = page(&out, "ar-SA/a/index.html");
    assert_eq!(attr(&arabic, "html", "dir").as_deref(), Some("rtl"));
    assert_eq!(attr(&arabic, ".seg-source", "dir").as_deref(), Some("ltr"));
    let kazakh = page(&out, "kk-KZ/a/index.html");
    assert_eq!(attr(&kazakh, "html", "lang").as_deref(), Some("kk-KZ"));
    assert_eq!(
        text_of(&kazakh, ".last-updated"),
        "Last updated on March 25, 2020",
        "UI strings fall back to en-US"
    );
}

#[test]
fn builds_the_embedded_sample_without_a_content_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (result, out) = common::build_into_public(dir.path());
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(stderr(&result).contains("embedded sample"));
    assert!(out.join("ro-RO/close-your-account/index.html").is_file());
}

#[test]
fn bad_config_is_reported_with_its_position() {
    let dir = project(&[("locdoc.toml", "title = \"x\"\nbase_ulr = \"/\"\n")]);
    let (result, out) = common::build_into_public(dir.path());
    assert_eq!(result.status.code(), Some(2));
    assert!(
        stderr(&result).contains("locdoc.toml:2:1"),
        "{}",
        stderr(&result)
    );
    assert!(!out.exists());
}

/// `align_report = false` in locdoc.toml leaves `_align/` out and changes nothing else: every
/// other file is the default build's, byte for byte.
#[test]
fn the_alignment_report_can_be_left_out() {
    let with = project(&[]);
    let without = project(&[("locdoc.toml", "align_report = false\n")]);
    let (out_with, site_with) = common::build_into_public(with.path());
    let (out_without, site_without) = common::build_into_public(without.path());
    assert!(out_with.status.success(), "{}", stderr(&out_with));
    assert!(out_without.status.success(), "{}", stderr(&out_without));
    assert!(stderr(&out_with).contains("alignment report:"));
    assert!(!stderr(&out_without).contains("alignment report:"));
    let mut expected = tree(&site_with);
    let report_files = expected.len();
    expected.retain(|path, _| !path.starts_with("_align/"));
    assert!(
        expected.len() < report_files,
        "the default build has a report"
    );
    assert_eq!(tree(&site_without), expected);
}

/// Build `content` the way `build` does (two passes over the files, each read from disk) and
/// the way `serve` and the embedded sample do (every document in memory), through the one
/// pipeline, and require the same files, findings and diagnostics.
fn assert_streamed_equals_in_memory(content: &Path) {
    let project = default_project();
    let loaded = locdoc::load(content, &[]).expect("load");
    let files: Vec<locdoc::SourceFile> = loaded.documents.iter().map(|d| d.file.clone()).collect();
    let held = site_of(
        &project,
        &files,
        locdoc::pipeline::Source::Memory(&loaded.documents),
        loaded.diagnostics.clone(),
    );
    let discovery = locdoc::discover::discover(content, &[]).expect("discover");
    let streamed = site_of(
        &project,
        &discovery.files,
        locdoc::pipeline::Source::Disk,
        discovery.diagnostics,
    );

    let name = content.display();
    assert!(!held.files.is_empty(), "{name}: nothing built");
    assert_eq!(
        held.files.keys().collect::<Vec<_>>(),
        streamed.files.keys().collect::<Vec<_>>(),
        "{name}: the same files"
    );
    for (path, bytes) in &held.files {
        assert!(streamed.files[path] == *bytes, "{name}: {path} differs");
    }
    assert_eq!(held.rendered.pages, streamed.rendered.pages, "{name}");
    assert_eq!(
        held.rendered.diagnostics, streamed.rendered.diagnostics,
        "{name}"
    );
    assert!(
        held.survey.diagnostics().eq(streamed.survey.diagnostics()),
        "{name}"
    );
    assert_eq!(
        format!(
            "{:?}",
            held.survey.report.as_ref().expect("checked").findings
        ),
        format!(
            "{:?}",
            streamed.survey.report.as_ref().expect("checked").findings
        ),
        "{name}"
    );
    assert_eq!(
        loaded.documents.len(),
        streamed.survey.documents(),
        "{name}"
    );
}

#[test]
fn streamed_build_equals_the_site_in_memory() {
    let seg = |id: u32, t: &str, s: &str| {
        format!(
            r#"<span data-ttu-id="abcde-{id}">{t}</span><span class="sxs-lookup"><span data-stu-id="abcde-{id}">{s}</span></span>"#
        )
    };
    // Includes in and out of an `includes` folder, nested, missing; links to a page of the same
    // locale, to an article only English and Italian have, and to nothing.
    let dir = tempfile::tempdir().expect("tempdir");
    let files = [
        (
            "ro-RO/guide/doc.md",
            format!(
                "---\ntitle: Ghid\n---\n# {}\n\n[!INCLUDE [a](../includes/a.md)]\n\n[!INCLUDE [gone](../includes/gone.md)]\n\n- [{}](other.md)\n- [{}](../only-italian.md)\n- [{}](nowhere.md)\n",
                seg(102, "Titlu", "Title"),
                seg(103, "Altul", "Other"),
                seg(104, "Italiană", "Italian"),
                seg(105, "Nicăieri", "Nowhere"),
            ),
        ),
        (
            "ro-RO/includes/a.md",
            format!(
                "{}\n\n[!INCLUDE [b](../shared/b.md)]\n",
                seg(101, "Inclus", "Included")
            ),
        ),
        (
            "ro-RO/shared/b.md",
            format!("{}\n", seg(101, "Adânc", "Deep")),
        ),
        (
            "ro-RO/guide/other.md",
            format!("# {}\n", seg(102, "Altul", "Other")),
        ),
        (
            "it-IT/only-italian.md",
            format!("# {}\n", seg(102, "Solo", "Only")),
        ),
        (
            "it-IT/guide/doc.md",
            format!("# {}\n", seg(102, "Titolo", "Title")),
        ),
    ];
    for (rel, text) in &files {
        write(dir.path(), rel, text);
    }
    assert_streamed_equals_in_memory(dir.path());
    let Some(corpus) = corpus() else { return };
    for root in ["seeds", "m365", "alchemy"] {
        assert_streamed_equals_in_memory(&corpus.join(root));
    }
}

/// A file that goes away between the two passes of a build (an editor saving by rename, a
/// checkout) fails its pages instead of leaving them silently out: the build then publishes
/// nothing.
#[test]
fn a_file_gone_between_the_passes_fails_its_pages() {
    let dir = tempfile::tempdir().expect("tempdir");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    for locale in ["it-IT", "ro-RO"] {
        let text = std::fs::read_to_string(seeds.join(locale).join("close-your-account.md"))
            .expect("seed");
        write(dir.path(), &format!("{locale}/a.md"), &text);
        write(dir.path(), &format!("{locale}/b.md"), &text);
    }
    let project = default_project();
    let discovery = locdoc::discover::discover(dir.path(), &[]).expect("discover");
    let survey = locdoc::pipeline::survey(
        &discovery.files,
        locdoc::pipeline::Source::Disk,
        discovery.diagnostics,
        &locdoc::pipeline::Purpose {
            config: &project.config,
            check: None,
            site: true,
        },
        &locdoc::pipeline::all,
    );
    assert_eq!((survey.documents(), survey.unreadable()), (4, 0));
    std::fs::remove_file(dir.path().join("ro-RO/b.md")).expect("remove");
    let (rendered, files) = render_of(
        &project,
        &discovery.files,
        &survey,
        locdoc::pipeline::Source::Disk,
    );
    assert_eq!(rendered.failed, 1);
    assert!(
        rendered
            .diagnostics
            .iter()
            .any(|d| d.path == "ro-RO/b.md" && d.code == locdoc::Code::Unreadable),
        "{:?}",
        rendered.diagnostics
    );
    assert!(files.contains_key("ro-RO/a/index.html"));
    assert!(!files.contains_key("ro-RO/b/index.html"));
}

#[test]
fn a_page_that_is_only_an_include_is_headed_by_its_title() {
    let dir = project(&[
        (
            "content/ro-RO/only-include.md",
            "---\ntitle: Titlul paginii\n---\n[!INCLUDE [corp](includes/body.md)]\n",
        ),
        ("content/ro-RO/includes/body.md", "Textul inclus.\n"),
    ]);
    let (result, out) = common::build_into_public(dir.path());
    assert!(result.status.success(), "{}", stderr(&result));
    let html = page(&out, "ro-RO/only-include/index.html");
    assert_eq!(text_of(&html, "main h1"), "Titlul paginii");
    assert!(text_of(&html, "main").contains("Textul inclus."));
    // A page with a heading of its own keeps just that one.
    let seed = page(&out, "ro-RO/close-your-account/index.html");
    assert_eq!(select(&seed, "main h1").len(), 1);
}
