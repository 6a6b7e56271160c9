//! `locdoc check` end to end: rules on fixtures and real corpus files, the three output formats
//! (snapshots), exit codes, rule levels, and suppressions that survive a re-hand-off.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;

mod common;
use common::{corpus, locdoc};

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write(root: &Path, rel: &str, text: &str) {
    let path = root.join(rel);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

fn seg(prefix: &str, n: u32, target: &str, source: &str) -> String {
    format!(
        r#"<span data-ttu-id="{prefix}-{n}">{target}</span><span class="sxs-lookup"><span data-stu-id="{prefix}-{n}">{source}</span></span>"#
    )
}

/// Two locales of one article with one problem of each kind.
fn fixture(prefix_it: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let front = |locale: &str, claimed: &str| {
        format!(
            "---\ntitle: Chiudere\nms.contentlocale: {claimed}\nms.translationtype: HT\nms.lasthandoff: 03/25/2020\nms.openlocfilehash: {}\n---\n",
            if locale == "it-IT" { "aaa" } else { "bbb" }
        )
    };
    let it = format!(
        "{}# {}\n\n{} {}\n\n- {}\n- {}\n- {}\n- {}\n",
        front("it-IT", "it-IT"),
        seg(prefix_it, 102, "Chiudere l'account", "Close your account"),
        seg(prefix_it, 103, "Hai 30 giorni.", "You have 90 days."),
        seg(
            prefix_it,
            104,
            "Vedere [qui](other.md).",
            "See [here](another.md)."
        ),
        seg(
            prefix_it,
            105,
            "Delete all disabled subscriptions.",
            "Delete all disabled subscriptions."
        ),
        seg(prefix_it, 106, "", "Cancel all subscriptions."),
        seg(prefix_it, 107, "Ciao {0}", "Hello {0} and %s"),
        seg(prefix_it, 108, "Fine", "The end."),
    );
    let ro = format!(
        "{}# {}\n\n{} {}\n\n- {}\n- {}\n- {}\n- {}\n",
        front("ro-RO", "it-IT"),
        seg("e2d3a", 102, "Închideți contul", "Close your account"),
        seg("e2d3a", 103, "Aveți 90 de zile.", "You have 90 days."),
        seg(
            "e2d3a",
            104,
            "Vedeți [aici](another.md).",
            "See [here](another.md)."
        ),
        seg(
            "e2d3a",
            105,
            "Ștergeți abonamentele.",
            "Delete all disabled subscriptions now."
        ),
        seg(
            "e2d3a",
            106,
            "Anulați abonamentele.",
            "Cancel all subscriptions."
        ),
        seg("e2d3a", 107, "Salut {0} și %s", "Hello {0} and %s"),
        seg("e2d3a", 108, "Sfârșit.", "The end."),
    );
    write(dir.path(), "content/it-IT/a.md", &it);
    write(dir.path(), "content/ro-RO/a.md", &ro);
    dir
}

fn check(root: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["check", "--root", root.to_str().expect("utf-8")];
    args.extend_from_slice(extra);
    locdoc(&args)
}

fn codes(json: &str) -> Vec<String> {
    json.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json line"))
        .map(|f| {
            format!(
                "{} {}:{}",
                f["code"].as_str().unwrap_or(""),
                f["locale"].as_str().unwrap_or(""),
                f["unit"]
            )
        })
        .collect()
}

/// Replace the temp folder in output so snapshots are stable.
fn redact(text: &str, root: &Path) -> String {
    text.replace(root.to_str().expect("utf-8"), "[ROOT]")
}

#[test]
fn rules_fire_on_their_problems() {
    let dir = fixture("8d894");
    let out = check(dir.path(), &["--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "errors found: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let found = codes(&stdout(&out));
    for expected in [
        "LD0205 ro-RO:null", // ms.contentlocale it-IT in the ro-RO folder
        "LD0303 ro-RO:4",    // ro-RO's English of unit 4 differs from the reference it-IT's
        "LD0305 ro-RO:null", // openlocfilehash differs
        "LD0503 it-IT:2",    // 90 became 30
        "LD0504 it-IT:3",    // link target changed
        "LD0502 it-IT:4",    // untranslated
        "LD0501 it-IT:5",    // empty target
        "LD0506 it-IT:6",    // %s dropped
        "LD0508 it-IT:7",    // final period dropped
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "{expected} not in {found:#?}"
        );
    }
    assert!(
        !found.iter().any(|f| f.starts_with("LD0503 ro-RO")),
        "{found:#?}"
    );
}

#[test]
fn human_json_and_sarif_snapshots() {
    let dir = fixture("8d894");
    let human = check(dir.path(), &[]);
    insta::assert_snapshot!("human", redact(&stdout(&human), dir.path()));
    let json = check(dir.path(), &["--format", "json"]);
    insta::assert_snapshot!("json", redact(&stdout(&json), dir.path()));
    let sarif = check(dir.path(), &["--format", "sarif"]);
    let text = redact(&stdout(&sarif), dir.path());
    insta::assert_snapshot!("sarif", text);
    let log: serde_json::Value = serde_json::from_str(&stdout(&sarif)).expect("sarif json");
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(log["runs"][0]["tool"]["driver"]["name"], "locdoc");
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), stdout(&json).lines().count());
    assert!(
        results.iter().all(
            |r| r["locations"][0]["physicalLocation"]["region"]["startLine"].as_i64() > Some(0)
        )
    );
}

#[test]
fn human_output_shows_the_place_and_both_texts() {
    let dir = fixture("8d894");
    let text = stdout(&check(dir.path(), &[]));
    assert!(
        text.contains("warning[LD0503]: the source's 90 not in the target (target has 30)"),
        "{text}"
    );
    assert!(text.contains("it-IT/a.md:10:1"), "{text}");
    assert!(text.contains("= english: You have 90 days."), "{text}");
    assert!(text.contains("= target:  Hai 30 giorni."), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("rule ") && l.contains("it-IT") && l.contains("ro-RO")),
        "summary table: {text}"
    );
}

#[test]
fn levels_deny_and_suppressions() {
    let dir = fixture("8d894");
    // Turn the error rules off: warnings remain, exit 0 unless --deny warnings.
    write(
        dir.path(),
        "locdoc.toml",
        "[check.rules]\nLD0501 = \"off\"\nLD0506 = \"off\"\nLD0205 = \"warning\"\n",
    );
    assert_eq!(check(dir.path(), &[]).status.code(), Some(0));
    assert_eq!(
        check(dir.path(), &["--deny", "warnings"]).status.code(),
        Some(1)
    );

    // Accept the untranslated finding; it stays accepted after a re-hand-off re-draws the prefix.
    let json = stdout(&check(dir.path(), &["--format", "json"]));
    let untranslated = json
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json"))
        .find(|f| f["code"] == "LD0502")
        .expect("LD0502");
    let fingerprint = untranslated["fingerprint"]
        .as_str()
        .expect("fingerprint")
        .to_owned();
    write(
        dir.path(),
        "locdoc-suppressions.toml",
        &format!(
            "[[suppress]]\nfingerprint = \"{fingerprint}\"\nrule = \"LD0502\"\nreason = \"Left in English on purpose\"\n"
        ),
    );
    let rehandoff = fixture("ece8d");
    std::fs::copy(
        dir.path().join("locdoc.toml"),
        rehandoff.path().join("locdoc.toml"),
    )
    .expect("copy");
    std::fs::copy(
        dir.path().join("locdoc-suppressions.toml"),
        rehandoff.path().join("locdoc-suppressions.toml"),
    )
    .expect("copy");
    for root in [dir.path(), rehandoff.path()] {
        let after = stdout(&check(root, &["--format", "json"]));
        assert!(!after.contains("\"LD0502\""), "suppressed: {after}");
        let human = stdout(&check(root, &[]));
        assert!(human.contains("(1 suppressed)"), "{human}");
    }

    write(
        dir.path(),
        "locdoc-suppressions.toml",
        "[[suppress]]\nfingerprint = \"abc\"\nrule = \"LD0502\"\nreason = \"\"\n",
    );
    let out = check(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("locdoc-suppressions.toml:2:"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn unreadable_input_exits_2() {
    let dir = fixture("8d894");
    std::fs::write(dir.path().join("content/it-IT/bad.md"), b"\xff\xfe").expect("write");
    assert_eq!(check(dir.path(), &[]).status.code(), Some(2));
}

#[test]
fn skype_drift_covers_every_article_whose_english_differs() {
    let Some(corpus) = corpus() else { return };
    let root = corpus.join("skype");
    // Independently: articles whose embedded English differs, segment by segment, between locales.
    let content = locdoc::load(&root, &[]).expect("load");
    let mut by_article: std::collections::BTreeMap<&str, BTreeSet<Vec<&str>>> = Default::default();
    for doc in &content.documents {
        let sources: Vec<&str> = doc
            .segments
            .iter()
            .map(|s| doc.source(s).unwrap_or(""))
            .collect();
        by_article
            .entry(doc.file.article.as_str())
            .or_default()
            .insert(sources);
    }
    let differing: BTreeSet<&str> = by_article
        .iter()
        .filter(|(_, v)| v.len() > 1)
        .map(|(a, _)| *a)
        .collect();
    assert_eq!(
        differing.len(),
        120,
        "FORMAT/issue: 120 of the 735 skype articles"
    );

    let out = locdoc(&[
        "check",
        "--content",
        root.to_str().expect("utf-8"),
        "--format",
        "json",
    ]);
    let drift: BTreeSet<String> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json"))
        .filter(|f| matches!(f["code"].as_str(), Some("LD0303" | "LD0306" | "LD0307")))
        .map(|f| f["article"].as_str().unwrap_or("").to_owned())
        .collect();
    let expected: BTreeSet<String> = differing.iter().map(|a| (*a).to_owned()).collect();
    assert_eq!(drift, expected);

    let human = locdoc(&["check", "--content", root.to_str().expect("utf-8")]);
    let text = stdout(&human);
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("rule "))
        .collect();
    assert!(table[0].contains("es-ES") && table[0].contains("it-IT") && table[0].contains("ja-JP"));
    assert!(table.iter().any(|l| l.starts_with("LD0303")));
    assert!(
        table
            .last()
            .is_some_and(|l| l.contains("findings in 2205 files"))
    );
}

#[test]
fn corpus_examples_of_rules() {
    let Some(corpus) = corpus() else { return };
    let cases: &[(&str, &str, &str)] = &[
        // (content root, file, code expected in that file)
        (
            "alchemy",
            "ar-SA/AlchemyInsights/outlook-com-setting-changes.md",
            "LD0109",
        ),
        (
            "alchemy",
            "it-IT/AlchemyInsights/troubleshoot-presence-issues-outlook.md",
            "LD0111",
        ),
        (
            "m365",
            "nl-NL/microsoft-365/contentunderstanding/explanation-types-overview.md",
            "LD0107",
        ),
        (
            "m365",
            "nl-NL/microsoft-365/managed-desktop/get-started/deploy-apps.md",
            "LD0108",
        ),
        (
            "skype",
            "it-IT/Skype/SfbHybrid/hybrid/cloud-consolidation.md",
            "LD0101",
        ),
        (
            "m365",
            "it-IT/microsoft-365/commerce/close-your-account.md",
            "LD0303",
        ),
        (
            "m365",
            "it-IT/microsoft-365/commerce/close-your-account.md",
            "LD0304",
        ),
        (
            "m365",
            "it-IT/microsoft-365/commerce/close-your-account.md",
            "LD0305",
        ),
        (
            "m365",
            "it-IT/microsoft-365/commerce/close-your-account.md",
            "LD0301",
        ),
        (
            "alchemy",
            "it-IT/AlchemyInsights/commercial-dialogues/microsoft-365-enterprise-plan-differences.md",
            "LD0502",
        ),
        (
            "alchemy",
            "ar-SA/AlchemyInsights/troubleshoot-presence-issues-outlook.md",
            "LD0201",
        ),
        (
            "m365",
            "nl-NL/microsoft-365/security/includes/microsoft-defender-for-office.md",
            "LD0206",
        ),
        (
            "skype",
            "es-ES/Skype/SfbHybrid/hybrid/cloud-consolidation-disabling-hybrid.md",
            "LD0110",
        ),
        (
            "skype",
            "es-ES/Teams/includes/teams-content-updates.md",
            "LD0302",
        ),
        (
            "skype",
            "it-IT/Teams/business-voice/create-a-phone-system-call-queue-smb.md",
            "LD0305",
        ),
        (
            "skype",
            "es-ES/Teams/includes/teams-content-updates.md",
            "LD0306",
        ),
        (
            "skype",
            "es-ES/Skype/SfbOnline/audio-conferencing-in-office-365/Set-the-PIN-length-for-Audio-Conferencing-meetings.md",
            "LD0307",
        ),
        (
            "skype",
            "es-ES/Skype/SfbHybrid/hybrid/cloud-consolidation-disabling-hybrid.md",
            "LD0503",
        ),
        (
            "skype",
            "es-ES/Skype/SfbOnline/set-up-your-computer-for-windows-powershell/diagnose-connection-problems-with-the-skype-for-business-online-connector.md",
            "LD0504",
        ),
        (
            "skype",
            "es-ES/Skype/SfBServer2019/migration/deploy-pilot-edge-server.md",
            "LD0505",
        ),
        (
            "skype",
            "es-ES/Teams/manage-your-network-topology.md",
            "LD0506",
        ),
        (
            "skype",
            "es-ES/Skype/SfbHybrid/hybrid/cloud-consolidation.md",
            "LD0507",
        ),
        (
            "skype",
            "es-ES/Skype/SfBServer2019/migration/configure-clients-for-migration.md",
            "LD0508",
        ),
        (
            "skype",
            "es-ES/Skype/SfBServer2019/migration/deploy-pilot-pool.md",
            "LD0509",
        ),
        (
            "skype",
            "es-ES/Skype/SfBServer2019/migration/deploy-pilot-edge-server.md",
            "LD0510",
        ),
        (
            "skype",
            "es-ES/Skype/SfBServer2019/migration/deploy-pilot-pool.md",
            "LD0511",
        ),
        (
            "skype",
            "es-ES/Skype/SfBServer2019/migration/remove-the-sql-server-database-for-a-monitoring-server.md",
            "LD0512",
        ),
    ];
    for root in ["alchemy", "m365", "skype"] {
        let dir = corpus.join(root);
        let out = locdoc(&[
            "check",
            "--content",
            dir.to_str().expect("utf-8"),
            "--format",
            "json",
        ]);
        let findings: Vec<serde_json::Value> = stdout(&out)
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        for (_, file, code) in cases.iter().filter(|(r, _, _)| *r == root) {
            assert!(
                findings
                    .iter()
                    .any(|f| f["path"] == *file && f["code"] == *code),
                "{code} expected in {root}/{file}"
            );
        }
    }
}

/// `check` reads a tree an article at a time from disk, while `serve` and the embedded sample
/// check documents held in memory: the one check entry point must report the same findings from
/// both sources, locale-wide rules included, on every corpus root and on a fixture with
/// consistency and length findings.
#[test]
fn streaming_and_in_memory_checks_agree() {
    use locdoc::pipeline::{Source, check};
    let fixture = consistency_fixture();
    let mut roots = vec![fixture.path().to_path_buf()];
    match corpus() {
        Some(corpus) => roots.extend(
            ["skype", "m365", "alchemy", "m365-plain"]
                .iter()
                .map(|r| corpus.join(r)),
        ),
        None => eprintln!("note: ../shared/corpus is absent; comparing on the fixture only"),
    }
    let project = common::default_project();
    let input = project.check_input();
    for root in roots {
        let content = locdoc::load(&root, &[]).expect("load");
        let files: Vec<locdoc::SourceFile> =
            content.documents.iter().map(|d| d.file.clone()).collect();
        let in_memory = check(
            &files,
            Source::Memory(&content.documents),
            content.diagnostics.clone(),
            &project.config,
            &input,
        )
        .report;
        let discovery = locdoc::discover::discover(&root, &[]).expect("discover");
        let streamed = check(
            &discovery.files,
            Source::Disk,
            discovery.diagnostics,
            &project.config,
            &input,
        );
        assert_eq!(
            streamed.report.findings,
            in_memory.findings,
            "{}",
            root.display()
        );
        assert_eq!(streamed.unreadable, content.unreadable);
        assert_eq!(streamed.parsed, content.documents.len());
        if root == fixture.path() {
            let codes: BTreeSet<&str> =
                in_memory.findings.iter().map(|f| f.code.as_str()).collect();
            for code in ["LD0510", "LD0511", "LD0512"] {
                assert!(codes.contains(code), "{code} missing from {codes:?}");
            }
        }
    }
}

/// Forty articles of one locale: a sentence translated two ways, two sentences translated the
/// same way, and one target far longer than its English.
fn consistency_fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for n in 0..40 {
        let target = match n {
            0 => "Selezionare il pulsante Salva per continuare.",
            1 => "Fare clic su Salva per continuare adesso.",
            _ => "Selezionare Salva per continuare adesso.",
        };
        let other = if n == 3 {
            seg(
                "a1b2c",
                103,
                "Selezionare Salva per continuare adesso.",
                "Press Save to go on with this.",
            )
        } else {
            seg(
                "a1b2c",
                103,
                "Il resto della frase tradotta qui.",
                "The rest of the translated sentence here.",
            )
        };
        let long = if n == 5 {
            "Questa traduzione è molto più lunga del testo inglese originale. ".repeat(5)
        } else {
            "Una frase di lunghezza normale.".to_owned()
        };
        let text = format!(
            "---\ntitle: T\nms.contentlocale: it-IT\n---\n# {}\n\n{}\n\n{}\n",
            seg("a1b2c", 101, target, "Select Save to continue now."),
            other,
            seg("a1b2c", 104, &long, "A sentence of normal length."),
        );
        write(dir.path(), &format!("it-IT/a{n:02}.md"), &text);
    }
    dir
}
