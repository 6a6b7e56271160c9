//! DocFX docs sets: one repository per locale (`[sources]`), `docfx.json` globs, and the
//! docs-set files that shape the site (navigation, landing pages, redirects).

mod common;

use std::path::Path;

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

const DOCFX: &str = r#"{
  "build": {
    "content": [ { "files": ["**/*.md", "**/*.yml"],
                   "exclude": ["**/obj/**", "**/includes/**", "README.md"] } ],
    "resource": [ { "files": ["**/*.png"], "exclude": ["**/obj/**"] } ]
  }
}"#;

/// A project whose English and Japanese are two repositories, each a DocFX docs set under
/// `docs/`, as docs teams keep them.
fn docs_team_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    write(
        root,
        "locdoc.toml",
        "[sources]\nen-US = \"repos/help/docs\"\nja-JP = \"repos/help.ja-jp/docs\"\n[docfx]\nbase_path = \"/help/\"\n",
    );
    for (repo, title, body) in [
        (
            "help",
            "Get started",
            "Install the add-in.\n\n[!INCLUDE[note](includes/note.md)]\n",
        ),
        (
            "help.ja-jp",
            "はじめに",
            "アドインをインストールします。\n\n[!INCLUDE[note](includes/note.md)]\n",
        ),
    ] {
        let docs = format!("repos/{repo}/docs");
        write(root, &format!("{docs}/docfx.json"), DOCFX);
        write(
            root,
            &format!("{docs}/toc.yml"),
            "items:\n- name: Start\n  href: start.md\n",
        );
        write(root, &format!("{docs}/README.md"), "# Not published\n");
        write(
            root,
            &format!("{docs}/obj/stale.md"),
            "# Not published either\n",
        );
        write(root, &format!("{docs}/images/a.png"), "png");
        write(
            root,
            &format!("{docs}/notes.txt"),
            "neither content nor resource",
        );
        write(root, &format!("{docs}/includes/note.md"), "Shared note.\n");
        write(
            root,
            &format!("{docs}/start.md"),
            &format!("---\ntitle: {title}\nms.date: 01/02/2022\n---\n# {title}\n\n{body}"),
        );
    }
    let en = "repos/help/docs";
    write(
        root,
        &format!("{en}/toc.yml"),
        "items:\n- name: Help\n  href: index.yml\n- name: Get started\n  items:\n  - name: Start\n    href: start.md\n  - name: Install\n    href: install.md\n- name: Reference\n  href: reference/toc.yml\n- name: Gone\n  href: gone.md\n",
    );
    write(
        root,
        &format!("{en}/reference/toc.yml"),
        "- name: API\n  href: api.md\n",
    );
    write(
        root,
        &format!("{en}/reference/api.md"),
        "---\ntitle: API\n---\n# API\n\nCall it.\n",
    );
    write(
        root,
        &format!("{en}/install.md"),
        "---\ntitle: Install\n---\n# Install\n\nRun setup.\n",
    );
    write(
        root,
        &format!("{en}/index.yml"),
        "### YamlMime:Hub\ntitle: Help home\nsummary: Everything about the add-in.\nmetadata:\n  title: Help\n  description: The help.\nhighlightedContent:\n  items:\n  - itemType: get-started\n    title: Start here\n    url: start.md\n  - itemType: overview\n    title: Sneaky\n    url: javascript:alert(1)\n",
    );
    let ja = "repos/help.ja-jp/docs";
    write(
        root,
        &format!("{ja}/toc.yml"),
        "items:\n- name: ヘルプ\n  href: index.yml\n- name: はじめに\n  items:\n  - name: 開始\n    href: start.md\n- name: リファレンス\n  href: reference/toc.yml\n",
    );
    write(
        root,
        &format!("{ja}/reference/toc.yml"),
        "- name: API\n  href: api.md\n",
    );
    write(
        root,
        &format!("{ja}/reference/api.md"),
        "---\ntitle: API\n---\n# API\n\n呼び出します。\n",
    );
    write(
        root,
        &format!("{ja}/index.yml"),
        "### YamlMime:Hub\ntitle: ヘルプ ホーム\nsummary: アドインのすべて。\nhighlightedContent:\n  items:\n  - itemType: get-started\n    title: ここから\n    url: start.md\n",
    );
    for repo in ["help", "help.ja-jp"] {
        write(
            root,
            &format!("repos/{repo}/.openpublishing.redirection.json"),
            r#"{
    "redirections": [
        { "source_path": "docs/old.md", "redirect_url": "/help/start" },
        { "source_path": "docs/older.md", "redirect_url": "/help/old" },
        { "source_path": "docs/away.md", "redirect_url": "https://example.com/away" },
        { "source_path": "docs/nowhere.md", "redirect_url": "/help/missing-page" }
    ]
}
"#,
        );
    }
    write(
        root,
        "repos/help.ja-jp/docs/broken.md",
        "---\ntitle: \"never closed\nms.date: 01/02/2022\n---\n# x\n",
    );
    dir
}

/// Build `root`, which must succeed: every file of the site, and what was printed.
fn built(root: &Path) -> (std::collections::BTreeMap<String, Vec<u8>>, String) {
    let (output, out) = common::build_into_public(root);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    (common::tree(&out), stderr)
}

#[test]
fn each_locale_builds_from_its_own_repository_as_docfx_json_says() {
    let project = docs_team_project();
    let (site, stderr) = built(project.path());
    for page in ["en-US/start/index.html", "ja-JP/start/index.html"] {
        assert!(site.contains_key(page), "{page} missing: {:?}", site.keys());
    }
    let ja = String::from_utf8_lossy(&site["ja-JP/start/index.html"]);
    assert!(
        ja.contains("アドインをインストールします") && ja.contains("Shared note."),
        "{ja}"
    );
    assert!(
        site.contains_key("ja-JP/images/a.png"),
        "resources are published"
    );
    // Includes get a page in the translators' report (`_align/`), never in the readers' site.
    for never in [
        "docfx.json",
        "toc.yml",
        "README",
        "obj/",
        "notes.txt",
        "includes/",
    ] {
        assert!(
            !site
                .keys()
                .any(|k| k.contains(never) && !k.starts_with("_align/")),
            "{never} reached the site: {:?}",
            site.keys()
        );
    }
    // A problem names the real file, in the Japanese repository, at the line to fix.
    let real = project.path().join("repos/help.ja-jp/docs/broken.md");
    assert!(
        stderr.contains(&format!("{}:2:8: error[LD0201]", real.display())),
        "{stderr}"
    );
}

#[test]
fn a_source_folder_that_is_missing_is_named_with_its_key() {
    let project = docs_team_project();
    write(
        project.path(),
        "locdoc.toml",
        "[sources]\nen-US = \"repos/help/docs\"\nfr-FR = \"repos/help.fr-fr/docs\"\n",
    );
    let (output, _) = common::build_into_public(project.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("locdoc.toml:3:1") && stderr.contains("[sources] fr-FR"),
        "{stderr}"
    );
}

fn page(site: &std::collections::BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8_lossy(
        site.get(path)
            .unwrap_or_else(|| panic!("{path} missing: {:?}", site.keys())),
    )
    .into_owned()
}

/// The part of `html` from `start` to the first `end` after it.
fn cut<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in {html}"));
    let to = html[from..]
        .find(end)
        .map_or(html.len(), |at| from + at + end.len());
    &html[from..to]
}

#[test]
fn the_toc_gives_every_page_a_sidebar_a_breadcrumb_and_previous_next_links() {
    let project = docs_team_project();
    let (site, stderr) = built(project.path());
    let ja = page(&site, "ja-JP/start/index.html");
    let sidebar = cut(&ja, "<details class=\"toc-drawer\"", "</details>\n");
    insta::assert_snapshot!("ja_sidebar_of_start", sidebar);
    assert!(
        sidebar.contains("<a href=\"./\" aria-current=\"page\">開始</a>"),
        "{sidebar}"
    );
    // The Japanese toc lacks Install: the English entry stands in, marked as English.
    assert!(
        sidebar.contains("lang=\"en-US\"") && sidebar.contains("Install"),
        "{sidebar}"
    );
    let crumbs = cut(&ja, "<nav class=\"breadcrumbs\"", "</nav>");
    assert!(
        crumbs.contains("はじめに") && crumbs.contains("aria-current=\"page\">開始"),
        "{crumbs}"
    );
    let next = cut(&ja, "<nav class=\"prev-next\"", "</nav>");
    assert!(
        next.contains("rel=\"prev\" href=\"../\"")
            && next.contains("rel=\"next\" href=\"../install/\""),
        "{next}"
    );
    // The whole tree, once per locale.
    let all = page(&site, "ja-JP/_toc/index.html");
    assert!(
        all.contains("<nav class=\"toc toc-full\"") && all.contains("API"),
        "{all}"
    );
    // An entry that points at nothing is reported where it is written.
    let toc = project.path().join("repos/help/docs/toc.yml");
    assert!(
        stderr.contains(&format!("{}:13:9: warning[LD0702]", toc.display())),
        "{stderr}"
    );
}

#[test]
fn a_hub_page_is_the_locale_home_with_its_links_resolved_and_unsafe_ones_dropped() {
    let project = docs_team_project();
    let (site, _) = built(project.path());
    let ja = page(&site, "ja-JP/index.html");
    let body = cut(&ja, "<article class=\"landing\"", "</article>");
    insta::assert_snapshot!("ja_hub_page", body);
    assert!(
        body.contains("<h1>ヘルプ ホーム</h1>") && body.contains("href=\"start/\""),
        "{body}"
    );
    let en = page(&site, "en-US/index.html");
    assert!(!en.contains("javascript:"), "{en}");
    assert!(
        en.contains("hreflang=\"ja-JP\""),
        "the hub is in both languages"
    );
    assert!(
        !site.keys().any(|k| k.ends_with(".yml")),
        "{:?}",
        site.keys()
    );
}

#[test]
fn redirects_become_pages_that_lead_to_the_end_of_their_chain() {
    let project = docs_team_project();
    let (site, stderr) = built(project.path());
    let older = page(&site, "ja-JP/older/index.html");
    insta::assert_snapshot!("ja_redirect_page", older);
    assert!(older.contains("content=\"0; url=../start/\""), "{older}");
    let away = page(&site, "en-US/away/index.html");
    assert!(away.contains("url=https://example.com/away"), "{away}");
    let file = project
        .path()
        .join("repos/help/.openpublishing.redirection.json");
    assert!(
        stderr.contains(&format!("{}:6:", file.display())) && stderr.contains("LD0703"),
        "{stderr}"
    );
    assert!(!site.contains_key("en-US/nowhere/index.html"));
}

/// The search index's record of the page at `url` (Pagefind's `fragment/*.pf_fragment` files:
/// gzip, then a `pagefind_dcd` marker, then JSON).
fn search_fragment(
    site: &std::collections::BTreeMap<String, Vec<u8>>,
    url: &str,
) -> serde_json::Value {
    use std::io::Read;
    site.iter()
        .filter(|(path, _)| path.starts_with("pagefind/fragment/"))
        .map(|(path, bytes)| {
            let mut json = Vec::new();
            flate2::read::GzDecoder::new(bytes.as_slice())
                .read_to_end(&mut json)
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            let json = json
                .strip_prefix(b"pagefind_dcd")
                .expect("Pagefind's marker");
            serde_json::from_slice::<serde_json::Value>(json).expect("a fragment is JSON")
        })
        .find(|fragment| fragment["url"] == url)
        .unwrap_or_else(|| panic!("no search record for {url}"))
}

#[test]
fn search_is_indexed_per_locale_and_every_page_loads_it_by_a_relative_path() {
    let project = docs_team_project();
    let (site, _) = built(project.path());
    let entry: serde_json::Value =
        serde_json::from_slice(&site["pagefind/pagefind-entry.json"]).expect("json");
    let languages = entry["languages"].as_object().expect("languages");
    assert_eq!(languages.keys().collect::<Vec<_>>(), ["en-us", "ja-jp"]);
    // Articles and the hub; not the redirects, the "All topics" page or the report.
    assert_eq!(languages["ja-jp"]["page_count"], 4, "{entry}");
    let ja = page(&site, "ja-JP/reference/api/index.html");
    assert!(
        ja.contains("src=\"../../../pagefind/pagefind-ui.js\""),
        "{ja}"
    );
    assert!(
        ja.contains("<article class=\"article\" data-pagefind-body>"),
        "{ja}"
    );
    // The index holds the sentence the reader is shown, not its English popover, and no
    // sentence wrapper becomes a sub-result anchor.
    let start = search_fragment(&site, "/ja-JP/start/");
    // Pagefind cuts Japanese into words with zero-width spaces.
    let content = start["content"]
        .as_str()
        .expect("content")
        .replace('\u{200b}', "");
    assert!(content.contains("アドインをインストールします"), "{start}");
    assert!(!content.contains("Install the add-in"), "{start}");
    assert!(
        start["anchors"]
            .as_array()
            .expect("anchors")
            .iter()
            .all(|anchor| !anchor["id"].as_str().unwrap_or("").starts_with("seg-")),
        "{start}"
    );

    std::fs::write(
        project.path().join("locdoc.toml"),
        "search = false\n[sources]\nen-US = \"repos/help/docs\"\nja-JP = \"repos/help.ja-jp/docs\"\n",
    )
    .expect("write");
    let (site, _) = built(project.path());
    assert!(!site.keys().any(|k| k.starts_with("pagefind/")));
    assert!(!page(&site, "ja-JP/start/index.html").contains("pagefind-ui.js"));
}

#[test]
fn a_missing_translation_gets_a_fallback_page_and_an_older_one_says_it_is_outdated() {
    let project = docs_team_project();
    // The English was revised after the Japanese was made from it.
    write(
        project.path(),
        "repos/help/docs/start.md",
        "---\ntitle: Get started\nms.date: 03/04/2022\n---\n# Get started\n\nInstall the add-in.\n",
    );
    let (site, _) = built(project.path());
    let fallback = page(&site, "ja-JP/install/index.html");
    let main = cut(&fallback, "<main", "</main>");
    insta::assert_snapshot!("ja_fallback_page", main);
    assert!(
        fallback.contains("<html lang=\"ja-JP\""),
        "the locale's chrome"
    );
    assert!(
        main.contains("<article class=\"article\" lang=\"en-US\" dir=\"ltr\">"),
        "{main}"
    );
    assert!(main.contains("class=\"fallback-notice\""), "{main}");
    assert!(
        fallback.contains("<link rel=\"canonical\" href=\"/en-US/install/\">"),
        "{fallback}"
    );
    assert!(
        !fallback.contains("hreflang=\"ja-JP\" href="),
        "not offered as a translation"
    );
    let sitemap = String::from_utf8_lossy(&site["sitemap.xml"]);
    assert!(!sitemap.contains("/ja-JP/install/"), "{sitemap}");
    // Navigation stays in Japanese: the toc leads to the fallback page, not out of the locale.
    let start = page(&site, "ja-JP/start/index.html");
    assert!(start.contains("href=\"../install/\""), "{start}");
    assert!(start.contains("class=\"outdated-notice\""), "{start}");
    assert!(!page(&site, "ja-JP/reference/api/index.html").contains("outdated-notice"));
    // The translators' overview marks both, in the article's row and in a total per language.
    let overview = page(&site, "_align/index.html");
    let row = |article: &str| {
        let start = overview
            .find(&format!(">{article}</a>"))
            .unwrap_or_else(|| panic!("{article} in {overview}"));
        cut(&overview[start..], ">", "</tr>").to_owned()
    };
    assert!(row("install.md").contains("align-fallback"), "{overview}");
    assert!(row("start.md").contains("align-outdated"), "{overview}");
    assert!(
        !row("reference/api.md").contains("align-outdated"),
        "{overview}"
    );
    let totals = cut(&overview, "<tfoot>", "</tfoot>");
    let total = |label: &str| {
        let start = totals
            .find(label)
            .unwrap_or_else(|| panic!("{label} in {totals}"));
        cut(&totals[start..], "<td class=\"align-num\">", "</td>").to_owned()
    };
    assert_eq!(
        total("Outdated translations"),
        "<td class=\"align-num\">1</td>"
    );
    assert_eq!(
        total("Pages shown in English"),
        "<td class=\"align-num\">1</td>"
    );

    write(
        project.path(),
        "locdoc.toml",
        "fallback_pages = false\noutdated_notice = false\n[sources]\nen-US = \"repos/help/docs\"\nja-JP = \"repos/help.ja-jp/docs\"\n",
    );
    let (site, _) = built(project.path());
    assert!(!site.contains_key("ja-JP/install/index.html"));
    assert!(!page(&site, "ja-JP/start/index.html").contains("outdated-notice"));
}

#[test]
fn the_root_lists_every_locale_names_them_for_search_engines_and_lets_the_script_pick() {
    let project = docs_team_project();
    let root = page(&built(project.path()).0, "index.html");
    // Readers without JavaScript choose from the list; locdoc.js picks from navigator.languages.
    assert!(
        root.contains("<ul class=\"language-list\" data-pick>"),
        "{root}"
    );
    assert!(
        root.contains("<a href=\"ja-JP/\" hreflang=\"ja-JP\""),
        "{root}"
    );
    for link in [
        "<link rel=\"alternate\" hreflang=\"en-US\" href=\"/en-US/\">",
        "<link rel=\"alternate\" hreflang=\"ja-JP\" href=\"/ja-JP/\">",
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"/\">",
    ] {
        assert!(root.contains(link), "{link} missing:\n{root}");
    }
}

#[test]
fn links_and_images_that_point_at_nothing_are_reported_at_their_level() {
    let project = docs_team_project();
    write(
        project.path(),
        "repos/help.ja-jp/docs/links.md",
        "---\ntitle: リンク\n---\n# リンク\n\n[開始](start.md) [なし](missing.md) ![図](images/a.png) ![図](images/none.png)\n",
    );
    let (output, _) = common::build_into_public(project.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let file = project.path().join("repos/help.ja-jp/docs/links.md");
    assert!(
        stderr.contains(&format!("{}:6:21: warning[LD0704]", file.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{}:6:57: warning[LD0705]", file.display())),
        "{stderr}"
    );
    assert_eq!(
        stderr.matches("LD0704").count() + stderr.matches("LD0705").count(),
        2,
        "{stderr}"
    );

    let config = std::fs::read_to_string(project.path().join("locdoc.toml")).expect("read");
    write(
        project.path(),
        "locdoc.toml",
        &format!("{config}[check.rules]\nLD0705 = \"off\"\nLD0704 = \"error\"\n"),
    );
    let (output, _) = common::build_into_public(project.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("LD0705"), "{stderr}");
    assert!(stderr.contains("error[LD0704]"), "{stderr}");
}
