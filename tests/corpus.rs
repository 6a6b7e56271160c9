//! The real corpus, read two independent ways.
//!
//! `locdoc export --format jsonl` is checked against a deliberately simple span scanner written
//! here, with no code shared with the `locdoc` library. The scanner follows the definition in
//! `FORMAT.md` ("The malformed files of `corpus/`"): it counts `<span` / `</span>` depth over the
//! raw file text (front matter included), and a segment is a `data-ttu-id` span whose closing tag
//! is immediately followed by `<span class="sxs-lookup">` holding exactly one `data-stu-id` span
//! with the same id. That definition reads every file of `corpus/` one unambiguous way except 28
//! known malformed ones, so on every other file the binary must produce exactly the scanner's
//! segments, byte for byte and position for position. On the malformed files the binary only has
//! to say something: at least one diagnostic naming the file.
//!
//! Why two readers: the binary parses with a Markdown parser and an HTML-aware span reader, which
//! have many places to go subtly wrong (tables, link texts, multi-line segments, entities,
//! non-ASCII columns). A second reader that knows nothing of Markdown cannot share those bugs.
//!
//! The corpus lives outside this repository (`../shared/corpus`). A fresh clone without it must
//! still pass `cargo test`, so every test here that needs it prints a notice and passes when it
//! is absent. Run with `--nocapture` to see the per-folder counts.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::Value;
use walkdir::WalkDir;

mod common;
use common::corpus;

/// Every content root of the corpus: its segment total in `corpus/README.md`, and this file's
/// scanner's total.
///
/// The two totals differ only in the malformed files, and only for the three roots that have
/// some. README's count pairs a target with the first `</span><span class="sxs-lookup">` after it
/// (as a non-greedy regular expression would), so it also "recovers" segments whose spans are
/// unbalanced, which a depth-counting scanner cannot read. Over the well-formed files the two
/// agree exactly (re-counted with such a regex: skype 106,424, alchemy 27,479, m365 28,440 in
/// well-formed files; in malformed files regex 1,044 / 105 / 1,219 vs this scanner 954 / 100 /
/// 1,206). For skype the README itself names this scanner's number: "Another scanner gives
/// 107,378". The gaps: skype 90 (stray `<span>` in targets), alchemy 5 (the stray `</span>` of
/// `outlook-com-setting-changes.md`), m365 9 (README's own rule for these is not documented;
/// a plain non-greedy regex gives 29,659).
const ROOTS: [(&str, usize, usize); 6] = [
    ("seeds", 22, 22),
    ("skype", 107_468, 107_378),
    ("alchemy", 27_584, 27_579),
    ("alchemy-plain", 0, 0),
    ("m365", 29_655, 29_646),
    ("m365-plain", 0, 0),
];

/// The 28 malformed files listed in `FORMAT.md`, relative to `corpus/`.
///
/// Hard-coded rather than computed, so that the scanner test below can check that the scanner
/// finds exactly these and no others: the list and the scanner vouch for each other. One entry
/// needs a word: the five `troubleshoot-presence-issues-outlook.md` hold only well-formed pairs
/// (7), but three of them stand in the front matter, which is thus no longer YAML; FORMAT.md's
/// count ("segs 4") left the front matter out. The scanner keeps all 7 pairs and flags the file
/// for that reason.
const MALFORMED: [&str; 28] = [
    "alchemy/ar-SA/AlchemyInsights/outlook-com-setting-changes.md",
    "alchemy/ar-SA/AlchemyInsights/troubleshoot-presence-issues-outlook.md",
    "alchemy/de-DE/AlchemyInsights/outlook-com-setting-changes.md",
    "alchemy/de-DE/AlchemyInsights/troubleshoot-presence-issues-outlook.md",
    "alchemy/it-IT/AlchemyInsights/outlook-com-setting-changes.md",
    "alchemy/it-IT/AlchemyInsights/troubleshoot-presence-issues-outlook.md",
    "alchemy/ja-JP/AlchemyInsights/outlook-com-setting-changes.md",
    "alchemy/ja-JP/AlchemyInsights/troubleshoot-presence-issues-outlook.md",
    "alchemy/ro-RO/AlchemyInsights/outlook-com-setting-changes.md",
    "alchemy/ro-RO/AlchemyInsights/troubleshoot-presence-issues-outlook.md",
    "m365/nl-NL/microsoft-365/admin/get-help-with-domains/what-is-a-domain.md",
    "m365/nl-NL/microsoft-365/admin/manage/centralized-deployment-of-add-ins.md",
    "m365/nl-NL/microsoft-365/business/increase-threat-protection.md",
    "m365/nl-NL/microsoft-365/campaigns/m365-campaigns-increase-protection.md",
    "m365/nl-NL/microsoft-365/compliance/ediscovery-diagnostic-info.md",
    "m365/nl-NL/microsoft-365/contentunderstanding/explanation-types-overview.md",
    "m365/nl-NL/microsoft-365/enterprise/high-availability-federated-authentication-phase-1-configure-azure.md",
    "m365/nl-NL/microsoft-365/security/defender-endpoint/configure-server-endpoints.md",
    "m365/nl-NL/microsoft-365/security/defender-endpoint/deploy-manage-report-microsoft-defender-antivirus.md",
    "skype/es-ES/Skype/SfbHybrid/hybrid/cloud-consolidation-disabling-hybrid.md",
    "skype/es-ES/Skype/SfbHybrid/hybrid/cloud-consolidation.md",
    "skype/es-ES/Skype/SfbHybrid/hybrid/move-users-from-on-premises-to-skype-for-business-online.md",
    "skype/it-IT/Skype/SfbHybrid/hybrid/cloud-consolidation-disabling-hybrid.md",
    "skype/it-IT/Skype/SfbHybrid/hybrid/cloud-consolidation.md",
    "skype/it-IT/Skype/SfbHybrid/hybrid/move-users-from-on-premises-to-skype-for-business-online.md",
    "skype/ja-JP/Skype/SfbHybrid/hybrid/cloud-consolidation-disabling-hybrid.md",
    "skype/ja-JP/Skype/SfbHybrid/hybrid/cloud-consolidation.md",
    "skype/ja-JP/Skype/SfbHybrid/hybrid/move-users-from-on-premises-to-skype-for-business-online.md",
];

/// How many mismatches a failure message spells out. The rest are only counted: a broken
/// parser can disagree on tens of thousands of segments, and a panic message that long helps
/// nobody.
const SHOWN: usize = 8;

/// The reference scanner. It knows spans and nothing else: no Markdown, no entities, no code
/// blocks. That is enough for `corpus/`, where no segment stands in code and no span tag is
/// spelled other than `<span …>` / `</span>` (checked by hand: every tag is lower case and
/// `</span>` never carries whitespace).
mod scanner {
    /// One segment, as the binary must report it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Segment {
        /// The id shared by the `data-ttu-id` and `data-stu-id` spans.
        pub id: String,
        /// The exact text between the target's opening tag and its matching `</span>`.
        pub target: String,
        /// The exact text between the source's opening tag and its matching `</span>`.
        pub source: String,
        /// 1-based line of the `<` of `<span data-ttu-id`.
        pub line: u64,
        /// 1-based column of that `<`, in Unicode scalar values.
        pub column: u64,
    }

    /// What one file yields: its segments, and every reason it is not well-formed.
    #[derive(Debug, Default)]
    pub struct Scan {
        /// The well-formed segments, in document order.
        pub segments: Vec<Segment>,
        /// Empty exactly when the file is well-formed by `FORMAT.md`'s test.
        pub problems: Vec<String>,
    }

    /// A `<span …>` (which includes the self-closing `<span …/>`, as HTML5 reads it) or `</span>`.
    struct Tag {
        start: usize,
        end: usize,
        open: bool,
    }

    /// The exact opening tag of the wrapper around a source.
    const LOOKUP: &str = r#"<span class="sxs-lookup">"#;

    /// Every span tag of `text`, in order.
    fn tags(text: &str) -> Vec<Tag> {
        let mut tags = Vec::new();
        let mut at = 0;
        while let Some(found) = text[at..].find('<') {
            let start = at + found;
            let rest = &text[start..];
            if rest.starts_with("</span>") {
                let end = start + "</span>".len();
                tags.push(Tag {
                    start,
                    end,
                    open: false,
                });
                at = end;
                continue;
            }
            let is_open = rest.starts_with("<span")
                && matches!(
                    rest.as_bytes().get(5),
                    Some(b' ' | b'\t' | b'\n' | b'>' | b'/')
                );
            // `let` chains would read better but need Rust 1.88; the crate declares 1.85.
            let close = rest.find('>').filter(|_| is_open);
            if let Some(close) = close {
                let end = start + close + 1;
                tags.push(Tag {
                    start,
                    end,
                    open: true,
                });
                at = end;
                continue;
            }
            at = start + 1;
        }
        tags
    }

    /// The value of attribute `name` in the opening tag `tag`, up to the next `"` or the end of
    /// the tag. An attribute escaped as `&quot;` thus yields a value ending in `&quot;`, which
    /// [`valid_id`] rejects.
    fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
        let key = format!(" {name}=\"");
        let from = tag.find(&key)? + key.len();
        let body = tag[from..].strip_suffix('>').unwrap_or(&tag[from..]);
        Some(body.split('"').next().unwrap_or(body))
    }

    /// `PREFIX-N` or `PREFIX-pN`, with five lower-case hex digits.
    pub fn valid_id(id: &str) -> bool {
        let Some((prefix, number)) = id.split_once('-') else {
            return false;
        };
        let number = number.strip_prefix('p').unwrap_or(number);
        prefix.len() == 5
            && prefix
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
    }

    /// The index of the `</span>` that closes the opening tag at `open`, by depth counting.
    fn matching(tags: &[Tag], open: usize) -> Option<usize> {
        let mut depth = 0usize;
        for (index, tag) in tags.iter().enumerate().skip(open) {
            if tag.open {
                depth += 1;
            } else {
                depth -= 1;
                if depth == 0 {
                    return Some(index);
                }
            }
        }
        None
    }

    /// Reads the segment whose target opens at `tags[ttu]`. On success returns the id, target,
    /// source and the index of the first tag after the segment.
    fn segment<'t>(
        text: &'t str,
        tags: &[Tag],
        ttu: usize,
        id: &'t str,
    ) -> Result<(&'t str, &'t str, usize), String> {
        let ttu_close = matching(tags, ttu).ok_or("target span never closed")?;
        let target = &text[tags[ttu].end..tags[ttu_close].start];
        let lookup = ttu_close + 1;
        let after_target = tags[ttu_close].end;
        if !text[after_target..].starts_with(LOOKUP) {
            return Err(format!("target without source (id {id})"));
        }
        let stu = lookup + 1;
        let stu_tag = tags
            .get(stu)
            .filter(|tag| tag.open && tag.start == tags[lookup].end)
            .ok_or_else(|| format!("sxs-lookup does not open with the source span (id {id})"))?;
        let stu_id = attribute(&text[stu_tag.start..stu_tag.end], "data-stu-id")
            .ok_or_else(|| format!("sxs-lookup does not open with the source span (id {id})"))?;
        let stu_close = matching(tags, stu).ok_or("source span never closed")?;
        let source = &text[stu_tag.end..tags[stu_close].start];
        let lookup_close = stu_close + 1;
        let closes_lookup = tags
            .get(lookup_close)
            .is_some_and(|tag| !tag.open && tag.start == tags[stu_close].end);
        if !closes_lookup {
            return Err(format!(
                "sxs-lookup holds more than the source span (id {id})"
            ));
        }
        if stu_id != id {
            return Err(format!("target id {id} vs source id {stu_id}"));
        }
        if !valid_id(id) {
            return Err(format!("unreadable id {id:?}"));
        }
        Ok((target, source, lookup_close + 1))
    }

    /// Turns increasing byte offsets into 1-based line and char column, in one pass over the
    /// text however many segments it holds.
    struct Cursor<'t> {
        text: &'t str,
        offset: usize,
        line: u64,
        column: u64,
    }

    impl Cursor<'_> {
        fn advance(&mut self, to: usize) -> (u64, u64) {
            for c in self.text[self.offset..to].chars() {
                if c == '\n' {
                    self.line += 1;
                    self.column = 1;
                } else {
                    self.column += 1;
                }
            }
            self.offset = to;
            (self.line, self.column)
        }
    }

    /// The byte length of the front matter (from the first line `---` through the next line
    /// `---`), or 0 when the file has none.
    fn front_matter_len(text: &str) -> usize {
        let Some(rest) = text.strip_prefix("---\n") else {
            return 0;
        };
        let mut len = "---\n".len();
        for line in rest.split_inclusive('\n') {
            len += line.len();
            if line.trim_end_matches('\n') == "---" {
                return len;
            }
        }
        0
    }

    /// Scans one file's text.
    pub fn scan(text: &str) -> Scan {
        let tags = tags(text);
        let front_matter = front_matter_len(text);
        let mut scan = Scan::default();
        let mut cursor = Cursor {
            text,
            offset: 0,
            line: 1,
            column: 1,
        };
        let mut index = 0;
        while index < tags.len() {
            let tag = &tags[index];
            let ttu_id = tag
                .open
                .then(|| attribute(&text[tag.start..tag.end], "data-ttu-id"))
                .flatten();
            let Some(id) = ttu_id else {
                index += 1;
                continue;
            };
            let (line, column) = cursor.advance(tag.start);
            match segment(text, &tags, index, id) {
                Ok((target, source, next)) => {
                    // Still a segment, but the file's front matter is no longer YAML (§7).
                    if tag.start < front_matter {
                        scan.problems
                            .push(format!("{line}:{column}: segment {id} in front matter"));
                    }
                    scan.segments.push(Segment {
                        id: id.to_owned(),
                        target: target.to_owned(),
                        source: source.to_owned(),
                        line,
                        column,
                    });
                    index = next;
                }
                Err(problem) => {
                    scan.problems.push(format!("{line}:{column}: {problem}"));
                    index += 1;
                }
            }
        }
        // A `data-ttu-id` that did not open a segment (escaped quotes, a span inside a target)
        // or a source outside any segment is still a malformed file.
        let found = scan.segments.len();
        for marker in ["data-ttu-id", "data-stu-id", "sxs-lookup"] {
            let count = text.matches(marker).count();
            if count != found {
                scan.problems
                    .push(format!("{count} {marker} vs {found} segments"));
            }
        }
        scan
    }
}

/// One `.md` file of a content root, as the scanner read it.
struct File {
    /// Relative to the content root, `/`-separated, as the binary's `path` field.
    path: String,
    scan: scanner::Scan,
}

/// Scans every `.md` file below `root`, sorted by path.
fn scan_root(root: &Path) -> Vec<File> {
    let mut files = Vec::new();
    for entry in WalkDir::new(root).sort_by_file_name() {
        let entry = entry.unwrap_or_else(|err| panic!("walking {}: {err}", root.display()));
        let is_md = entry.path().extension().is_some_and(|ext| ext == "md");
        if !entry.file_type().is_file() || !is_md {
            continue;
        }
        let relative = entry
            .path()
            .strip_prefix(root)
            .expect("walkdir stays below its root");
        let path = relative
            .components()
            .map(|part| part.as_os_str().to_str().expect("corpus paths are UTF-8"))
            .collect::<Vec<_>>()
            .join("/");
        let text = fs::read_to_string(entry.path())
            .unwrap_or_else(|err| panic!("reading {}: {err}", entry.path().display()));
        files.push(File {
            path,
            scan: scanner::scan(&text),
        });
    }
    files
}

/// What one run of `locdoc export` printed.
struct Export {
    /// The records of each file, in output order.
    by_path: BTreeMap<String, Vec<Value>>,
    stderr: String,
    /// Violations of "files sorted by path, each file's segments together".
    order_problems: Vec<String>,
}

/// Runs `locdoc export --format jsonl --content <root>` once and parses its output.
fn export(root: &Path) -> Export {
    let output = Command::new(env!("CARGO_BIN_EXE_locdoc"))
        .args(["export", "--format", "jsonl", "--content"])
        .arg(root)
        .output()
        .unwrap_or_else(|err| panic!("running locdoc: {err}"));
    let stdout = String::from_utf8(output.stdout).expect("export output is UTF-8");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "locdoc export on {} exited with {}; stderr begins:\n{}",
        root.display(),
        output.status,
        stderr.chars().take(2000).collect::<String>(),
    );
    let mut by_path: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut order_problems = Vec::new();
    // The paths in output order, each run of records of one file once.
    let mut runs: Vec<String> = Vec::new();
    for (number, line) in stdout.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(line).unwrap_or_else(|err| {
            panic!(
                "stdout line {} of export on {} is not JSON: {err}",
                number + 1,
                root.display()
            )
        });
        let path = record["path"]
            .as_str()
            .unwrap_or_else(|| panic!("stdout line {} has no string \"path\"", number + 1))
            .to_owned();
        if runs.last() != Some(&path) {
            if by_path.contains_key(&path) {
                order_problems.push(format!("{path}: segments not printed together"));
            }
            runs.push(path.clone());
        }
        // Units of plain translations (no spans) are scored against the gold alignment in
        // tests/plain.rs; the span scanner has nothing to say about them.
        if record.get("aligned_by").is_some_and(|a| a == "plain") {
            continue;
        }
        by_path.entry(path).or_default().push(record);
    }
    // "Sorted by path" has two readings that differ on this corpus: as strings
    // (`Teams/x.md` < `Teams/x/y.md`, since '.' < '/') and component by component, as `Path`
    // compares and `WalkDir::sort_by_file_name` walks (`Teams/x/y.md` < `Teams/x.md`). Either is
    // deterministic, so either is accepted.
    let as_paths = runs.is_sorted_by(|a, b| Path::new(a) <= Path::new(b));
    if !runs.is_sorted() && !as_paths {
        let first = runs
            .windows(2)
            .find(|pair| pair[0] > pair[1])
            .map(|pair| pair.join(" before "));
        order_problems.push(format!(
            "files not sorted by path: {}",
            first.unwrap_or_default()
        ));
    }
    Export {
        by_path,
        stderr,
        order_problems,
    }
}

/// Checks one record against the scanner's segment; returns the first difference.
fn compare(path: &str, record: &Value, expected: &scanner::Segment) -> Option<String> {
    let strings = [
        ("id", expected.id.as_str()),
        ("target", expected.target.as_str()),
        ("source", expected.source.as_str()),
    ];
    for (field, want) in strings {
        if record[field].as_str() != Some(want) {
            return Some(format!(
                "{path} id {}: {field} is {}, scanner has {}",
                expected.id,
                shorten(&record[field].to_string()),
                shorten(&Value::from(want).to_string()),
            ));
        }
    }
    for (field, want) in [("line", expected.line), ("column", expected.column)] {
        if record[field].as_u64() != Some(want) {
            return Some(format!(
                "{path} id {}: {field} is {}, scanner has {want}",
                expected.id, record[field],
            ));
        }
    }
    fields_agree_with_id(path, record)
}

/// The fields the contract derives from `path` and `id` must agree with them, and the free-text
/// fields must at least have their declared types.
fn fields_agree_with_id(path: &str, record: &Value) -> Option<String> {
    let id = record["id"].as_str().unwrap_or_default();
    let (prefix, number) = id.split_once('-').unwrap_or((id, ""));
    let unit = number.starts_with('p');
    let n: Option<u32> = number.trim_start_matches('p').parse().ok();
    let locale = record["locale"].as_str().unwrap_or_default();
    let article = record["article"].as_str().unwrap_or_default();
    let problem = if record["prefix"].as_str() != Some(prefix) {
        "prefix"
    } else if record["n"].as_u64() != n.map(u64::from) {
        "n"
    } else if record["paragraph_unit"].as_bool() != Some(unit) {
        "paragraph_unit"
    } else if format!("{locale}/{article}") != path {
        "locale/article"
    } else if !["target_text", "source_text"]
        .iter()
        .all(|f| record[f].is_string())
    {
        "target_text/source_text"
    } else if !record["block"].is_string() {
        "block"
    } else {
        return None;
    };
    Some(format!(
        "{path} id {id}: {problem} disagrees: {}",
        shorten(&record.to_string())
    ))
}

/// Cuts a value for a failure message.
fn shorten(text: &str) -> String {
    const LIMIT: usize = 160;
    if text.chars().count() <= LIMIT {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(LIMIT).collect::<String>())
    }
}

/// The malformed files of one content root, relative to that root.
fn malformed_in(root: &str) -> BTreeSet<&'static str> {
    MALFORMED
        .iter()
        .filter_map(|path| path.strip_prefix(root)?.strip_prefix('/'))
        .collect()
}

/// The scanner finds exactly the 28 malformed files of `FORMAT.md` and the totals explained at
/// [`ROOTS`]. This needs no binary: it is what makes the scanner a fair referee.
#[test]
fn scanner_agrees_with_format_and_readme() {
    let Some(corpus) = corpus() else { return };
    let mut flagged = BTreeSet::new();
    let mut totals = Vec::new();
    for (root, readme_total, scanner_total) in ROOTS {
        let files = scan_root(&corpus.join(root));
        let count = |malformed: bool| -> (usize, usize) {
            let chosen = files
                .iter()
                .filter(|file| file.scan.problems.is_empty() != malformed);
            chosen.fold((0, 0), |(files, segments), file| {
                (files + 1, segments + file.scan.segments.len())
            })
        };
        let ((good_files, good), (bad_files, bad)) = (count(false), count(true));
        eprintln!(
            "{root}: {} segments (corpus/README.md: {readme_total}); {good} in {good_files} \
             well-formed files, {bad} in {bad_files} malformed files",
            good + bad,
        );
        for file in &files {
            if !file.scan.problems.is_empty() {
                flagged.insert(format!("{root}/{}", file.path));
            }
        }
        totals.push((root, good + bad, readme_total, scanner_total, bad_files));
    }
    let listed: BTreeSet<String> = MALFORMED.iter().map(|path| path.to_string()).collect();
    assert_eq!(
        flagged, listed,
        "the scanner's malformed files differ from FORMAT.md's list"
    );
    for (root, total, readme_total, scanner_total, bad_files) in totals {
        assert_eq!(total, scanner_total, "{root}: scanner total");
        if bad_files == 0 {
            assert_eq!(
                total, readme_total,
                "{root}: scanner total vs corpus/README.md"
            );
        }
    }
}

/// The scanner on hand-made shapes, so that its own reading of each rule is pinned down.
#[test]
fn scanner_reads_synthetic_shapes() {
    let pair = |id: &str, target: &str, source: &str| {
        format!(
            r#"<span data-ttu-id="{id}">{target}</span><span class="sxs-lookup"><span data-stu-id="{id}">{source}</span></span>"#
        )
    };
    // Two segments on one line after a multi-byte prefix; a plain span inside a target.
    let text = format!(
        "---\ntitle: x\n---\n| é {} | {} |\n",
        pair("abc12-102", "**Ü**", "**U**"),
        pair("abc12-p101", "a <span>b</span> c", "a b c"),
    );
    let scan = scanner::scan(&text);
    assert!(scan.problems.is_empty(), "{:?}", scan.problems);
    let got: Vec<_> = scan
        .segments
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.target.as_str(),
                s.source.as_str(),
                s.line,
                s.column,
            )
        })
        .collect();
    let second_column = "| é ".chars().count()
        + pair("abc12-102", "**Ü**", "**U**").chars().count()
        + " | ".len()
        + 1;
    assert_eq!(
        got,
        [
            ("abc12-102", "**Ü**", "**U**", 4, 5),
            (
                "abc12-p101",
                "a <span>b</span> c",
                "a b c",
                4,
                second_column as u64
            ),
        ]
    );

    // Each malformed shape of FORMAT.md §7 is flagged.
    let stray_open = pair("abc12-103", "lync. <span> com", "lync.com");
    let stray_close = r#"<span data-ttu-id="abc12-104">a </span> b</span><span class="sxs-lookup"><span data-stu-id="abc12-104">a b</span></span>"#;
    let escaped = r#"<span data-ttu-id="abc12-105&quot;>x</span><span class=&quot;sxs-lookup&quot;><span data-stu-id=&quot;abc12-105&quot;>x</span></span>"#;
    let mismatch = pair("abc12-106", "x", "x").replacen("abc12-106", "abc12-107", 1);
    let front_matter = format!("---\n{}\n---\n", pair("abc12-101", "title: x", "title: x"));
    for bad in [
        stray_open,
        stray_close.to_owned(),
        escaped.to_owned(),
        mismatch,
        front_matter,
    ] {
        assert!(
            !scanner::scan(&bad).problems.is_empty(),
            "not flagged: {bad}"
        );
    }
}

/// The binary's export equals the scanner's segments on every well-formed file of the corpus,
/// and names every malformed file in a diagnostic.
#[test]
fn export_matches_scanner_on_corpus() {
    let Some(corpus) = corpus() else { return };
    let mut failures = Vec::new();
    let mut failed_segments = 0usize;
    for (root, _, _) in ROOTS {
        let dir = corpus.join(root);
        // The binary and the scanner read the same root at the same time.
        let (output, files) = std::thread::scope(|scope| {
            let running = scope.spawn(|| export(&dir));
            let files = scan_root(&dir);
            (running.join().expect("export thread panicked"), files)
        });
        let malformed = malformed_in(root);
        let mut checked = 0usize;
        for problem in &output.order_problems {
            failures.push(format!("{root}: order: {problem}"));
        }
        let known: BTreeSet<&str> = files.iter().map(|file| file.path.as_str()).collect();
        for path in output.by_path.keys() {
            if !known.contains(path.as_str()) {
                failures.push(format!("{root}: export names {path}, which is no .md file"));
            }
        }
        for file in &files {
            if malformed.contains(file.path.as_str()) {
                if !output.stderr.contains(&file.path) {
                    failures.push(format!(
                        "{root}/{}: malformed, but no diagnostic names it",
                        file.path
                    ));
                }
                continue;
            }
            let records = output
                .by_path
                .get(&file.path)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let expected = &file.scan.segments;
            checked += expected.len();
            if records.len() != expected.len() {
                let first_difference = records
                    .iter()
                    .zip(expected)
                    .find(|(record, segment)| record["id"].as_str() != Some(&segment.id))
                    .map(|(record, segment)| {
                        format!("; first differing id: {} vs {}", record["id"], segment.id)
                    })
                    .unwrap_or_default();
                failures.push(format!(
                    "{root}/{}: export has {} segments, scanner {}{first_difference}",
                    file.path,
                    records.len(),
                    expected.len(),
                ));
                failed_segments += expected.len();
                continue;
            }
            let mut differences = records
                .iter()
                .zip(expected)
                .filter_map(|(record, segment)| compare(&file.path, record, segment));
            if let Some(first) = differences.next() {
                failed_segments += 1 + differences.count();
                failures.push(format!("{root}/{first}"));
            }
        }
        eprintln!(
            "{root}: export {} files with segments, {} segments compared on {} well-formed files, {} malformed files",
            output.by_path.len(),
            checked,
            files.len() - malformed.len(),
            malformed.len(),
        );
    }
    if !failures.is_empty() {
        let mut message = format!(
            "{} problems ({failed_segments} segments differ from the scanner); the first {}:\n",
            failures.len(),
            SHOWN.min(failures.len()),
        );
        for failure in failures.iter().take(SHOWN) {
            let _ = writeln!(message, "  {failure}");
        }
        panic!("{message}");
    }
}

/// The two seed articles through the binary: 11 segments each, ids 102-112 in order, and the
/// same English sentence by sentence in ro-RO and it-IT, under different prefixes.
#[test]
fn seeds_export_eleven_aligned_segments_each() {
    let Some(corpus) = corpus() else { return };
    let output = export(&corpus.join("seeds"));
    let paths: Vec<&str> = output.by_path.keys().map(String::as_str).collect();
    assert_eq!(
        paths,
        ["it-IT/close-your-account.md", "ro-RO/close-your-account.md"]
    );
    let sources = |path: &str, prefix: &str| {
        let records = &output.by_path[path];
        let ids: Vec<&str> = records
            .iter()
            .map(|r| r["id"].as_str().unwrap_or(""))
            .collect();
        let expected: Vec<String> = (102..=112).map(|n| format!("{prefix}-{n}")).collect();
        assert_eq!(ids, expected, "{path}: ids");
        for record in records {
            assert_eq!(
                record["locale"],
                path.split('/').next().unwrap_or(""),
                "{path}"
            );
            assert_eq!(record["article"], "close-your-account.md", "{path}");
            assert_eq!(record["prefix"], prefix, "{path}");
            assert_eq!(record["paragraph_unit"], false, "{path}");
            assert!(
                record["target"].is_string() && record["source"].is_string(),
                "{path}"
            );
        }
        let numbers: Vec<u64> = records.iter().filter_map(|r| r["n"].as_u64()).collect();
        assert_eq!(numbers, (102..=112).collect::<Vec<u64>>(), "{path}: n");
        records
            .iter()
            .map(|r| r["source"].clone())
            .collect::<Vec<_>>()
    };
    let ro = sources("ro-RO/close-your-account.md", "e2d3a");
    let it = sources("it-IT/close-your-account.md", "8d894");
    assert_eq!(ro, it, "the English sources differ between ro-RO and it-IT");
    assert_eq!(ro[0], "How to close your account");
}
