//! Alignment on real articles: the seeds, merged `pN` units, drift, and the invariants that must
//! hold over the whole corpus. Tests that need `../shared/corpus` print a notice and pass when it
//! is absent, so a fresh clone still passes `cargo test`.

use locdoc::align::{self, ArticleAlignment, Status, VersionKind};
use locdoc::{Document, english};
use std::path::Path;

mod common;
use common::corpus;

/// Copy `<root>/<locale>/<article>` of every locale that has it into a fresh content tree.
fn article_tree(root: &Path, article: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(root).expect("read root") {
        let locale = entry.expect("entry").file_name();
        let from = root.join(&locale).join(article);
        if from.is_file() {
            let to = dir.path().join(&locale).join(article);
            std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
            std::fs::copy(from, to).expect("copy");
        }
    }
    dir
}

fn load(root: &Path) -> Vec<Document> {
    let content = locdoc::load(root, &[]).expect("load");
    assert_eq!(content.unreadable, 0);
    content.documents
}

fn only<'a>(articles: &'a [ArticleAlignment<'a>]) -> &'a ArticleAlignment<'a> {
    assert_eq!(articles.len(), 1);
    &articles[0]
}

fn ids(article: &ArticleAlignment<'_>, locale: &str) -> Vec<Vec<String>> {
    article
        .units
        .iter()
        .map(|u| {
            u.entries
                .iter()
                .filter(|e| e.doc.locale().as_str() == locale)
                .flat_map(|e| e.ids())
                .map(|id| id.split('-').nth(1).unwrap_or_default().to_owned())
                .collect()
        })
        .collect()
}

/// Every segment of every sxs version is in exactly one unit, and aligned entries of one unit
/// have the same English once white space and URL locale codes are set aside.
fn assert_invariants(article: &ArticleAlignment<'_>) {
    for version in article
        .versions
        .iter()
        .filter(|v| v.kind == VersionKind::Sxs)
    {
        let mut seen = vec![0usize; version.doc.segments.len()];
        for unit in &article.units {
            for entry in unit
                .entries
                .iter()
                .filter(|e| std::ptr::eq(e.doc, version.doc))
            {
                for segment in &entry.segments {
                    let i = version
                        .doc
                        .segments
                        .iter()
                        .position(|s| std::ptr::eq(s, *segment))
                        .expect("own segment");
                    seen[i] += 1;
                }
            }
        }
        assert!(
            seen.iter().all(|&n| n == 1),
            "{} {}: segments not in exactly one unit: {:?}",
            article.article,
            version.doc.locale(),
            seen.iter()
                .enumerate()
                .filter(|(_, n)| **n != 1)
                .take(5)
                .collect::<Vec<_>>()
        );
    }
    for unit in &article.units {
        let keys: Vec<String> = unit
            .entries
            .iter()
            .filter(|e| e.status == Status::Aligned)
            .map(|e| align::normalize_key(&e.source_text()))
            .filter(|k| !k.is_empty())
            .collect();
        assert!(
            keys.windows(2).all(|w| w[0] == w[1]),
            "{} unit {}: aligned entries with different English: {keys:?}",
            article.article,
            unit.number
        );
    }
}

#[test]
fn seeds_align_one_to_one() {
    let docs = load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"));
    let articles = align::align_all(&docs, "en-US");
    let article = only(&articles);
    assert_eq!(article.article, "close-your-account.md");
    assert_eq!(article.units.len(), 11);
    for (unit, n) in article.units.iter().zip(102..) {
        assert_eq!(unit.status(), Status::Aligned);
        assert_eq!(unit.entries.len(), 2);
        for entry in &unit.entries {
            assert_eq!(entry.segments.len(), 1);
            assert_eq!(entry.segments[0].number, Some(n));
        }
    }
    assert_eq!(article.units[0].english_text, "How to close your account");
    let english = article.english.as_ref().expect("rebuilt English");
    assert_eq!(english.title.as_deref(), Some("How to close your account"));
    assert_invariants(article);
}

#[test]
fn alchemy_seed_article_aligns_across_36_locales() {
    let Some(corpus) = corpus() else { return };
    let tree = article_tree(
        &corpus.join("alchemy"),
        "AlchemyInsights/how-to-close-your-account.md",
    );
    let docs = load(tree.path());
    assert_eq!(docs.len(), 36);
    let articles = align::align_all(&docs, "en-US");
    let article = only(&articles);
    assert_eq!(article.units.len(), 11);
    for unit in &article.units {
        assert_eq!(unit.entries.len(), 36);
        assert!(
            unit.entries
                .iter()
                .all(|e| e.status == Status::Aligned && e.segments.len() == 1)
        );
    }
    let prefixes: std::collections::BTreeSet<_> = docs
        .iter()
        .filter_map(|d| d.segments[0].prefix.clone())
        .collect();
    assert_eq!(
        prefixes.len(),
        36,
        "36 different id prefixes, one alignment"
    );
    assert_invariants(article);
}

#[test]
fn merged_paragraph_unit_aligns_n_to_1() {
    let Some(corpus) = corpus() else { return };
    // FORMAT.md part 3: it-IT `102 p101 105 106 107 108` vs ro-RO `102 103 104 105 106 107 108`.
    let tree = article_tree(
        &corpus.join("alchemy"),
        "AlchemyInsights/connection-closed-error-sharepoint.md",
    );
    let docs = load(tree.path());
    let articles = align::align_all(&docs, "en-US");
    let article = only(&articles);
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        ids(article, "it-IT"),
        [
            s(&["102"]),
            s(&["p101"]),
            s(&["105"]),
            s(&["106"]),
            s(&["107"]),
            s(&["108"])
        ]
    );
    assert_eq!(
        ids(article, "ro-RO"),
        [
            s(&["102"]),
            s(&["103", "104"]),
            s(&["105"]),
            s(&["106"]),
            s(&["107"]),
            s(&["108"])
        ]
    );
    assert!(article.units.iter().all(|u| u.status() == Status::Aligned));
    assert_invariants(article);

    let tree = article_tree(
        &corpus.join("alchemy"),
        "AlchemyInsights/sharepoint-migration-is-running-slowly.md",
    );
    let docs = load(tree.path());
    let articles = align::align_all(&docs, "en-US");
    let article = only(&articles);
    assert!(article.units.iter().all(|u| u.status() == Status::Aligned));
    assert!(
        article
            .units
            .iter()
            .any(|u| u.entries.iter().any(|e| e.segments.len() > 1))
    );
    assert_invariants(article);
}

#[test]
fn expressroute_call_flow_257_vs_233_segments() {
    let Some(corpus) = corpus() else { return };
    let tree = article_tree(
        &corpus.join("skype"),
        "Skype/SfbOnline/optimizing-your-network/call-flow-using-expressroute.md",
    );
    let docs = load(tree.path());
    let counts: Vec<(String, usize)> = docs
        .iter()
        .map(|d| (d.locale().to_string(), d.segments.len()))
        .collect();
    assert_eq!(
        counts,
        [
            ("es-ES".into(), 257),
            ("it-IT".into(), 257),
            ("ja-JP".into(), 233)
        ]
    );
    let articles = align::align_all(&docs, "en-US");
    let article = only(&articles);
    assert_eq!(article.units.len(), 233);
    assert!(article.units.iter().all(|u| u.status() == Status::Aligned));
    let merged = article
        .units
        .iter()
        .filter(|u| u.entries.iter().any(|e| e.segments.len() > 1))
        .count();
    assert_eq!(
        merged, 16,
        "units where it-IT/es-ES hold several segments against one in ja-JP"
    );
    assert_invariants(article);
}

#[test]
fn english_differing_only_by_url_locale_still_aligns() {
    let Some(corpus) = corpus() else { return };
    // ar-SA's source of unit 108 links `/ar-SA/`-style URLs where de-DE's links `/de-DE/`-style ones.
    let tree = article_tree(
        &corpus.join("alchemy"),
        "AlchemyInsights/enable-or-disable-microsoft-bookings.md",
    );
    let docs = load(tree.path());
    let sources: Vec<&str> = docs
        .iter()
        .filter_map(|d| {
            d.segments
                .iter()
                .find(|s| s.number == Some(108))
                .and_then(|s| d.source(s))
        })
        .collect();
    assert!(
        sources.windows(2).any(|w| w[0] != w[1]),
        "the corpus example has differing English markup"
    );
    let articles = align::align_all(&docs, "en-US");
    let article = only(&articles);
    assert!(article.units.iter().all(|u| u.status() == Status::Aligned));
    assert_invariants(article);
}

#[test]
fn m365_close_your_account_drift_missing_and_stale() {
    let Some(corpus) = corpus() else { return };
    let tree = article_tree(
        &corpus.join("m365"),
        "microsoft-365/commerce/close-your-account.md",
    );
    let docs = load(tree.path());
    let articles = align::align_all(&docs, "en-US");
    let article = only(&articles);
    // nl-NL (07/12/2021) is the newest sxs hand-off, so it is the reference: 50 units. The
    // plain versions, paired with the current English, add the sentences it has since gained.
    assert_eq!(article.reference.as_deref(), Some("nl-NL"));
    let of_locale = |locale: &str, status: Status| {
        article
            .units
            .iter()
            .flat_map(|u| &u.entries)
            .filter(|e| e.doc.locale().as_str() == locale && e.status == status)
            .count()
    };
    assert_eq!(
        article
            .units
            .iter()
            .filter(|u| u.entries.iter().any(|e| e.doc.locale().as_str() == "nl-NL"))
            .count(),
        50
    );
    // The English sentences unchanged since nl-NL's hand-off are aligned in every plain
    // version alike; what the English gained since is extra to the reference.
    for locale in ["ar-SA", "da-DK", "pl-PL", "tr-TR"] {
        assert_eq!(of_locale(locale, Status::Aligned), 13, "{locale}");
        assert!(of_locale(locale, Status::Extra) >= 12, "{locale}");
    }
    let kinds: Vec<(&str, VersionKind)> = article
        .versions
        .iter()
        .map(|v| (v.doc.locale().as_str(), v.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("ar-SA", VersionKind::Plain),
            ("da-DK", VersionKind::Plain),
            ("de-DE", VersionKind::Sxs),
            ("en-US", VersionKind::English),
            ("it-IT", VersionKind::Sxs),
            ("nl-NL", VersionKind::Sxs),
            ("pl-PL", VersionKind::Plain),
            ("tr-TR", VersionKind::Plain),
        ]
    );
    for locale in ["it-IT", "de-DE"] {
        let count = |status| of_locale(locale, status);
        // FORMAT.md §2: 41 of 47 sources unchanged, 6 changed, 3 added in nl-NL. Four of the six
        // changes only rewrite <a href> links as Markdown links: the visible English is the same.
        assert_eq!(
            (
                count(Status::Aligned),
                count(Status::Drift),
                count(Status::Missing)
            ),
            (45, 2, 3),
            "{locale}"
        );
    }
    // FORMAT.md §3: the current English article was rewritten since. Counted on visible text, 17
    // of it-IT's 47 units and 18 of nl-NL's 50 still occur in it (FORMAT counts 14 and 16 on markup).
    let current = |locale: &str| {
        article
            .units
            .iter()
            .flat_map(|u| &u.entries)
            .filter(|e| e.doc.locale().as_str() == locale && e.in_current_english == Some(true))
            .count()
    };
    assert_eq!((current("it-IT"), current("nl-NL")), (17, 18));
    assert_eq!(
        article
            .english
            .as_ref()
            .and_then(|e| e.rebuilt_from.clone()),
        None,
        "real English file used"
    );
    assert_invariants(article);
}

#[test]
fn invariants_hold_over_the_whole_corpus() {
    let Some(corpus) = corpus() else { return };
    for root in common::CORPUS_ROOTS {
        let docs = load(&corpus.join(root));
        let articles = align::align_all(&docs, "en-US");
        for article in &articles {
            assert_invariants(article);
        }
        let units: usize = articles.iter().map(|a| a.units.len()).sum();
        eprintln!("{root}: {} articles, {units} units", articles.len());
    }
}

#[test]
fn stripping_to_target_gives_the_published_plain_file() {
    let Some(corpus) = corpus() else { return };
    // FORMAT.md §10: for the seed article the plain `live` file is the sxs file with every segment
    // replaced by its target, byte for byte, in all 36 locales.
    let sxs = load(&corpus.join("alchemy"));
    let plain_root = corpus.join("alchemy-plain");
    let mut compared = 0;
    for doc in sxs
        .iter()
        .filter(|d| d.file.article == "AlchemyInsights/how-to-close-your-account.md")
    {
        let plain =
            std::fs::read_to_string(plain_root.join(&doc.file.rel_path)).expect("plain file");
        assert_eq!(
            english::strip_to_target(doc),
            plain,
            "{}",
            doc.file.rel_path
        );
        compared += 1;
    }
    assert_eq!(compared, 36);
    let tree = article_tree(
        &corpus.join("m365"),
        "microsoft-365/commerce/close-your-account.md",
    );
    let doc = load(tree.path())
        .into_iter()
        .find(|d| d.locale().as_str() == "nl-NL")
        .expect("nl-NL");
    let plain = std::fs::read_to_string(
        corpus.join("m365-plain/nl-NL/microsoft-365/commerce/close-your-account.md"),
    )
    .expect("plain");
    assert_eq!(english::strip_to_target(&doc), plain);
}
