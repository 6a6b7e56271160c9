//! DocFX `.openpublishing.redirection.json`: the articles a docs team moved or deleted, and
//! where their old URLs now lead. A static site cannot answer with HTTP redirects, so each old
//! article becomes a small page ([`redirect_html`]) pointing at the final target; [`resolve`]
//! finds that target (through chains) and what is broken (loops, dangling targets, sources that
//! are still pages).
//!
//! ```json
//! {"redirections": [
//!   {"source_path": "docs/foo/bar.md", "redirect_url": "/office/dev/add-ins/foo/baz",
//!    "redirect_document_id": false}
//! ]}
//! ```

use super::DocsetProblem;
use crate::diagnostic::LineIndex;
use crate::render::url::escape_html;
use std::collections::HashMap;

/// One entry of the redirection file, as written, with where it is so problems found later
/// (when resolving against the docs tree) can point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// `source_path`: the old file, relative to the repository root (`docs/foo/bar.md`).
    pub source: String,
    /// `redirect_url`: site-absolute (`/office/dev/add-ins/foo/baz`), relative to the source's
    /// folder, or an absolute URL.
    pub target: String,
    /// `redirect_document_id`: the target takes over the old page's document id (its history
    /// and ratings on Learn); absent means false.
    pub document_id: bool,
    /// 1-based line of the entry's `"source_path"`.
    pub line: u32,
    /// 1-based column of the entry's `"source_path"`, in characters.
    pub column: u32,
    /// 1-based line of the entry's `"redirect_url"`, where a broken target is reported.
    pub target_line: u32,
    /// 1-based column of the entry's `"redirect_url"`, in characters.
    pub target_column: u32,
}

/// Read the redirection file. An error when the JSON cannot be read or an entry lacks its
/// `source_path` or `redirect_url` (DocFX refuses such a file too), at the line and column of the
/// fault.
pub fn parse(text: &str, rel_path: &str) -> Result<Vec<Redirect>, DocsetProblem> {
    let index = LineIndex::new(text);
    let problem = |offset: usize, message: String| {
        let (line, column) = index.locate(text, offset);
        DocsetProblem {
            path: rel_path.to_owned(),
            line,
            column,
            message,
        }
    };
    let root: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        let offset = json_error_offset(text, e.line(), e.column());
        problem(
            offset,
            format!("the redirection file's JSON cannot be read: {e}"),
        )
    })?;
    let Some(entries) = root.get("redirections").and_then(|r| r.as_array()) else {
        return Err(problem(
            0,
            "the redirection file has no \"redirections\": [ … ] list".to_owned(),
        ));
    };
    let mut redirects = Vec::with_capacity(entries.len());
    // Values carry no positions: each entry's `"source_path"` is the next one in the text.
    let mut cursor = text.find("\"redirections\"").unwrap_or(0);
    for (n, entry) in entries.iter().enumerate() {
        let string = |key: &str| entry.get(key).and_then(|v| v.as_str()).map(str::to_owned);
        let (Some(source), Some(target)) = (string("source_path"), string("redirect_url")) else {
            let at = text[cursor..].find('{').map_or(cursor, |i| cursor + i);
            return Err(problem(
                at,
                format!(
                    "redirection {} needs both \"source_path\" and \"redirect_url\" as strings",
                    n + 1
                ),
            ));
        };
        let find = |key: &str| text[cursor..].find(key).map_or(cursor, |i| cursor + i);
        let (at, target_at) = (find("\"source_path\""), find("\"redirect_url\""));
        cursor = (at.max(target_at) + 1).min(text.len());
        let (line, column) = index.locate(text, at);
        let (target_line, target_column) = index.locate(text, target_at);
        redirects.push(Redirect {
            source,
            target,
            document_id: entry
                .get("redirect_document_id")
                .and_then(|v| v.as_bool())
                .unwrap_or(false),
            line,
            column,
            target_line,
            target_column,
        });
    }
    Ok(redirects)
}

/// Byte offset of serde_json's 1-based line and (byte) column, clamped to the text.
fn json_error_offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut offset = (start + column.saturating_sub(1)).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Where a redirect finally leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An article of this docs set, by its key below the docs root (`overview/x.md`).
    Page(String),
    /// Anything off this site, or on the site outside the docs set's base path, as written.
    External(String),
}

/// A redirect followed to its end, ready to be written as a redirect page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// The old article's key below the docs root (`develop/old.md`): where the redirect page
    /// goes.
    pub source_key: String,
    /// The final target.
    pub target: Target,
    /// The `#fragment` (without `#`) to append to a [`Target::Page`]'s URL: the last one named
    /// along the chain, as a browser carries a fragment across redirects.
    pub fragment: Option<String>,
    /// Redirects followed after this one to reach the target (0: it points there directly);
    /// above 0 the entry could point at the end itself.
    pub hops: u32,
    /// 1-based line of the entry in the redirection file.
    pub line: u32,
}

/// What one redirect's own target is, before following anything.
enum Step {
    /// An article that exists.
    Page(String, Option<String>),
    /// Another redirect's source, by index.
    Next(usize, Option<String>),
    /// Off this docs set.
    External(String),
    /// A local target that is neither a page nor a redirect: the message says what was tried.
    Dangling(String),
}

/// The outcome of one redirect, once known.
#[derive(Clone)]
enum Outcome {
    /// Leads to a target after `hops` further redirects.
    Reached(Target, Option<String>, u32),
    /// Ends in a loop or at nothing (reported where the fault is, once).
    Broken,
}

/// Follow every redirect to its end against the docs tree. `docs_prefix` is the docs root
/// inside the repository (`docs/`), `base_path` the site path it is published under
/// (`/office/dev/add-ins/`); `exists` says whether an article key (`overview/x.md`) is a page.
/// `rel_path` names the redirection file in the problems.
///
/// Problems: a source outside the docs root or given twice (the entry is skipped), a source
/// that is still a page (it would be hidden by the redirect page), a loop (once, naming every
/// member), and a local target that is neither a page nor a redirect source (once, at the
/// `redirect_url` that names it; entries chaining into a loop or a dangling target are not
/// resolved and not reported again). External targets are kept as written.
pub fn resolve(
    redirects: &[Redirect],
    docs_prefix: &str,
    base_path: &str,
    exists: &dyn Fn(&str) -> bool,
    rel_path: &str,
) -> (Vec<Resolved>, Vec<DocsetProblem>) {
    let mut problems = Vec::new();
    let problem = |r: &Redirect, message: String| DocsetProblem {
        path: rel_path.to_owned(),
        line: r.line,
        column: r.column,
        message,
    };
    let prefix = with_slash(docs_prefix);
    let base = with_slash(base_path);

    // Keys of the usable entries, in file order, and which entry each key belongs to.
    let mut keys: Vec<Option<String>> = Vec::with_capacity(redirects.len());
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (i, r) in redirects.iter().enumerate() {
        let source = r.source.trim().trim_start_matches("./");
        let Some(key) = source
            .strip_prefix(prefix.as_str())
            .filter(|k| !k.is_empty())
        else {
            problems.push(problem(
                r,
                format!(
                    "redirect source \"{}\" is outside the docs folder \"{prefix}\"; it is ignored",
                    r.source
                ),
            ));
            keys.push(None);
            continue;
        };
        if let Some(&first) = by_key.get(key) {
            problems.push(problem(
                r,
                format!(
                    "\"{}\" is redirected twice (first on line {}); this entry is ignored",
                    r.source, redirects[first].line
                ),
            ));
            keys.push(None);
            continue;
        }
        if exists(key) {
            problems.push(problem(
                r,
                format!(
                    "\"{}\" is redirected but is still an article: readers will never see it",
                    r.source
                ),
            ));
        }
        by_key.insert(key.to_owned(), i);
        keys.push(Some(key.to_owned()));
    }

    let step = |i: usize, key: &str| -> Step {
        let target = redirects[i].target.trim();
        if is_external_url(target) {
            return Step::External(target.to_owned());
        }
        let (path, fragment) = split_url(target);
        let local = if let Some(absolute) = path.strip_prefix('/') {
            let absolute = format!("/{absolute}");
            if absolute.eq_ignore_ascii_case(base.trim_end_matches('/')) {
                String::new()
            } else if absolute.len() >= base.len()
                && absolute.is_char_boundary(base.len())
                && absolute[..base.len()].eq_ignore_ascii_case(&base)
            {
                absolute[base.len()..].to_owned()
            } else {
                return Step::External(target.to_owned());
            }
        } else {
            let folder = key.rsplit_once('/').map_or("", |(folder, _)| folder);
            match join(folder, path) {
                Some(joined) => joined,
                None => {
                    return Step::Dangling(format!(
                        "redirect target \"{target}\" points above the docs root"
                    ));
                }
            }
        };
        let candidates = candidates(&local);
        for candidate in &candidates {
            if let Some(&j) = by_key.get(candidate.as_str()) {
                return Step::Next(j, fragment);
            }
            if exists(candidate) {
                return Step::Page(candidate.clone(), fragment);
            }
        }
        Step::Dangling(format!(
            "redirect target \"{target}\" is neither an article nor a redirected path (looked for {})",
            candidates.join(", ")
        ))
    };

    let mut outcome: Vec<Option<Outcome>> = vec![None; redirects.len()];
    let mut resolved = Vec::new();
    for start in 0..redirects.len() {
        if keys[start].is_none() || outcome[start].is_some() {
            continue;
        }
        // Walk the chain until it ends, meets a known outcome, or meets itself.
        let mut path: Vec<usize> = vec![start];
        let mut fragments: Vec<Option<String>> = Vec::new();
        let end = loop {
            let cur = *path.last().unwrap_or(&start);
            let key = keys[cur].as_deref().unwrap_or("");
            match step(cur, key) {
                Step::Page(page, fragment) => {
                    fragments.push(fragment);
                    break Outcome::Reached(Target::Page(page), None, 0);
                }
                Step::External(url) => {
                    fragments.push(None);
                    break Outcome::Reached(Target::External(url), None, 0);
                }
                Step::Dangling(message) => {
                    let r = &redirects[cur];
                    problems.push(DocsetProblem {
                        line: r.target_line,
                        column: r.target_column,
                        ..problem(r, message)
                    });
                    fragments.push(None);
                    break Outcome::Broken;
                }
                Step::Next(next, fragment) => {
                    fragments.push(fragment);
                    if let Some(known) = &outcome[next] {
                        break match known {
                            Outcome::Reached(target, f, hops) => {
                                Outcome::Reached(target.clone(), f.clone(), hops + 1)
                            }
                            Outcome::Broken => Outcome::Broken,
                        };
                    }
                    if let Some(at) = path.iter().position(|&p| p == next) {
                        problems.push(loop_problem(&path[at..], &keys, redirects, &problem));
                        break Outcome::Broken;
                    }
                    path.push(next);
                }
            }
        };
        // Give every entry on the path its outcome, from the end back (hops and the carried
        // fragment grow towards the start).
        let mut carried = match &end {
            Outcome::Reached(_, fragment, hops) => (fragment.clone(), *hops),
            Outcome::Broken => (None, 0),
        };
        for (n, &i) in path.iter().enumerate().rev() {
            let result = match &end {
                Outcome::Broken => Outcome::Broken,
                Outcome::Reached(target, ..) => {
                    let fragment = carried.0.clone().or_else(|| fragments[n].clone());
                    let hops = carried.1;
                    carried = (fragment.clone(), hops + 1);
                    Outcome::Reached(target.clone(), fragment, hops)
                }
            };
            outcome[i] = Some(result);
        }
    }
    for (i, r) in redirects.iter().enumerate() {
        if let (Some(key), Some(Outcome::Reached(target, fragment, hops))) = (&keys[i], &outcome[i])
        {
            resolved.push(Resolved {
                source_key: key.clone(),
                target: target.clone(),
                fragment: fragment.clone(),
                hops: *hops,
                line: r.line,
            });
        }
    }
    (resolved, problems)
}

/// The one problem for a loop, at its first member in the file, naming each member once.
fn loop_problem(
    members: &[usize],
    keys: &[Option<String>],
    redirects: &[Redirect],
    problem: &dyn Fn(&Redirect, String) -> DocsetProblem,
) -> DocsetProblem {
    let first = members.iter().copied().min().unwrap_or(0);
    let names: Vec<String> = members
        .iter()
        .map(|&m| {
            let key = keys[m].as_deref().unwrap_or("");
            format!("{key} (line {})", redirects[m].line)
        })
        .collect();
    problem(
        &redirects[first],
        format!(
            "redirects loop and reach no page: {} → back to the first",
            names.join(" → ")
        ),
    )
}

/// `s` ending in exactly one `/`, except that an empty prefix stays empty.
fn with_slash(s: &str) -> String {
    let trimmed = s.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        if s.starts_with('/') {
            "/".to_owned()
        } else {
            String::new()
        }
    } else {
        format!("{trimmed}/")
    }
}

/// `https://…`, `mailto:…`, `//host/…`: not a path on this site.
fn is_external_url(url: &str) -> bool {
    if url.starts_with("//") {
        return true;
    }
    match url.split_once(':') {
        Some((scheme, _)) => {
            !scheme.is_empty()
                && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// The path of a local url, without its query (which pages do not use), and its fragment.
fn split_url(url: &str) -> (&str, Option<String>) {
    let (rest, fragment) = match url.split_once('#') {
        Some((rest, fragment)) => (rest, Some(fragment.to_owned()).filter(|f| !f.is_empty())),
        None => (url, None),
    };
    let path = rest.split_once('?').map_or(rest, |(path, _)| path);
    (path, fragment)
}

/// `folder` joined with a relative `path`, `.` and `..` applied; `None` when it climbs above the
/// docs root. A trailing `/` is kept (it names a folder's index).
fn join(folder: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    let mut joined = parts.join("/");
    if path.ends_with('/') && !joined.is_empty() {
        joined.push('/');
    }
    Some(joined)
}

/// The article keys a site path below the base path can be, most likely first: `foo/baz` is
/// `foo/baz.md`, or a folder's landing page `foo/baz/index.yml`, or `foo/baz.yml`.
fn candidates(local: &str) -> Vec<String> {
    let local = local.trim_start_matches('/');
    if local.is_empty() || local.ends_with('/') {
        return vec![format!("{local}index.yml"), format!("{local}index.md")];
    }
    if local.ends_with(".md") || local.ends_with(".yml") {
        return vec![local.to_owned()];
    }
    vec![
        format!("{local}.md"),
        format!("{local}/index.yml"),
        format!("{local}.yml"),
        format!("{local}/index.md"),
    ]
}

/// The page written in place of a redirected article.
///
/// No JavaScript: a static host cannot send a 301, and `<meta http-equiv="refresh">` with a zero
/// delay is followed by every browser (also with scripts off) and treated by search engines as a
/// permanent redirect, while `rel="canonical"` and `noindex` keep the old URL out of search
/// results. A script could only add carrying the reader's own `#fragment` over, which the
/// refresh drops; that is accepted. The visible link serves readers and tools that ignore the
/// refresh.
pub fn redirect_html(
    target_url: &str,
    canonical: &str,
    lang: &str,
    title: &str,
    link_text: &str,
) -> String {
    let url = escape_html(target_url);
    let title = escape_html(title);
    let link_text = escape_html(link_text);
    format!(
        "<!DOCTYPE html>
<html lang=\"{lang}\">
<head>
<meta charset=\"utf-8\">
<title>{title}</title>
<meta http-equiv=\"refresh\" content=\"0; url={url}\">
<link rel=\"canonical\" href=\"{canonical}\">
<meta name=\"robots\" content=\"noindex\">
</head>
<body>
<h1>{title}</h1>
<p><a href=\"{url}\">{link_text}</a></p>
</body>
</html>
",
        lang = escape_html(lang),
        canonical = escape_html(canonical),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::path::Path;

    const BASE: &str = "/office/dev/add-ins/";

    fn entry(source: &str, target: &str) -> String {
        format!(
            "        {{\n            \"source_path\": \"{source}\",\n            \"redirect_url\": \"{target}\"\n        }}"
        )
    }

    fn file(entries: &[(&str, &str)]) -> String {
        let body: Vec<String> = entries.iter().map(|(s, t)| entry(s, t)).collect();
        format!(
            "{{\n    \"redirections\": [\n{}\n    ]\n}}\n",
            body.join(",\n")
        )
    }

    fn run(entries: &[(&str, &str)], pages: &[&str]) -> (Vec<Resolved>, Vec<DocsetProblem>) {
        let text = file(entries);
        let redirects = parse(&text, "r.json").expect("valid");
        resolve(&redirects, "docs/", BASE, &|k| pages.contains(&k), "r.json")
    }

    #[test]
    fn entries_are_read_with_their_lines() {
        let text = r#"{
  "redirections": [
    {
      "source_path": "docs/a.md",
      "redirect_url": "/office/dev/add-ins/b",
      "redirect_document_id": true
    },
    { "redirect_url": "https://example.com/", "source_path": "docs/c\"d.md" }
  ]
}"#;
        let redirects = parse(text, "r.json").expect("valid");
        assert_eq!(
            redirects,
            [
                Redirect {
                    source: "docs/a.md".into(),
                    target: "/office/dev/add-ins/b".into(),
                    document_id: true,
                    line: 4,
                    column: 7,
                    target_line: 5,
                    target_column: 7,
                },
                Redirect {
                    source: "docs/c\"d.md".into(),
                    target: "https://example.com/".into(),
                    document_id: false,
                    line: 8,
                    column: 47,
                    target_line: 8,
                    target_column: 7,
                },
            ]
        );
    }

    #[test]
    fn bad_json_and_bad_entries_are_problems_at_their_place() {
        let problem = parse(
            "{\n  \"redirections\": [\n    {\"source_path\": }\n  ]\n}",
            "r.json",
        )
        .expect_err("bad JSON");
        assert_eq!(
            (problem.path.as_str(), problem.line, problem.column),
            ("r.json", 3, 21)
        );
        let problem = parse("{\"redirects\": []}", "r.json").expect_err("no list");
        assert_eq!(problem.line, 1);
        let text = file(&[("docs/a.md", "/x")]).replace("\"redirect_url\"", "\"url\"");
        let problem = parse(&text, "r.json").expect_err("no redirect_url");
        assert_eq!((problem.line, problem.column), (3, 9));
    }

    #[test]
    fn a_chain_of_three_resolves_to_its_end() {
        let (resolved, problems) = run(
            &[
                ("docs/a/one.md", "/office/dev/add-ins/a/two"),
                ("docs/a/two.md", "three#part"),
                ("docs/a/three.md", "/office/dev/add-ins/b/final"),
            ],
            &["b/final.md"],
        );
        assert_eq!(problems, []);
        let summary: Vec<_> = resolved
            .iter()
            .map(|r| {
                (
                    r.source_key.as_str(),
                    &r.target,
                    r.fragment.as_deref(),
                    r.hops,
                    r.line,
                )
            })
            .collect();
        let page = Target::Page("b/final.md".into());
        assert_eq!(
            summary,
            [
                ("a/one.md", &page, Some("part"), 2, 4),
                ("a/two.md", &page, Some("part"), 1, 8),
                ("a/three.md", &page, None, 0, 12),
            ]
        );
    }

    #[test]
    fn a_loop_is_reported_once_naming_each_member() {
        let (resolved, problems) = run(
            &[
                ("docs/in.md", "/office/dev/add-ins/x"),
                ("docs/x.md", "/office/dev/add-ins/y"),
                ("docs/y.md", "/office/dev/add-ins/z"),
                ("docs/z.md", "/office/dev/add-ins/x"),
                ("docs/self.md", "self"),
            ],
            &[],
        );
        assert_eq!(resolved, []);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(
            problems[0].line, 8,
            "at the loop's first member in the file"
        );
        let message = &problems[0].message;
        for member in ["x.md (line 8)", "y.md (line 12)", "z.md (line 16)"] {
            assert_eq!(message.matches(member).count(), 1, "{message}");
        }
        assert!(!message.contains("in.md"), "{message}");
        assert!(problems[1].message.contains("self.md (line 20)"));
    }

    #[test]
    fn a_missing_local_target_is_reported_at_its_entry() {
        let (resolved, problems) = run(
            &[
                ("docs/ok.md", "/office/dev/add-ins/overview/x"),
                ("docs/chained.md", "/office/dev/add-ins/gone"),
                ("docs/gone.md", "/office/dev/add-ins/nowhere/page"),
                ("docs/up.md", "../../far"),
            ],
            &["overview/x.md"],
        );
        assert_eq!(resolved.len(), 1);
        assert_eq!(resolved[0].target, Target::Page("overview/x.md".into()));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(
            (problems[0].line, problems[0].column),
            (13, 13),
            "at its redirect_url"
        );
        assert!(
            problems[0]
                .message
                .contains("nowhere/page.md, nowhere/page/index.yml")
        );
        assert_eq!(problems[1].line, 17);
        assert!(problems[1].message.contains("above the docs root"));
    }

    #[test]
    fn external_targets_are_kept_and_folders_find_their_index() {
        let (resolved, problems) = run(
            &[
                ("docs/a.md", "https://example.com/x?y=1#z"),
                ("docs/b.md", "/javascript/api/excel?view=excel-js-preview"),
                ("docs/c.md", "/office/dev/add-ins/excel"),
                ("docs/d.md", "/office/dev/add-ins/"),
                ("docs/e.md", "/Office/Dev/Add-ins/excel/"),
            ],
            &["excel/index.yml", "index.yml"],
        );
        assert_eq!(problems, []);
        let targets: Vec<_> = resolved.iter().map(|r| &r.target).collect();
        assert_eq!(
            targets,
            [
                &Target::External("https://example.com/x?y=1#z".into()),
                &Target::External("/javascript/api/excel?view=excel-js-preview".into()),
                &Target::Page("excel/index.yml".into()),
                &Target::Page("index.yml".into()),
                &Target::Page("excel/index.yml".into()),
            ]
        );
    }

    #[test]
    fn bad_sources_are_reported() {
        let (resolved, problems) = run(
            &[
                ("other/a.md", "https://example.com/"),
                ("docs/live.md", "https://example.com/"),
                ("docs/twice.md", "https://example.com/1"),
                ("docs/twice.md", "https://example.com/2"),
            ],
            &["live.md"],
        );
        let sources: Vec<_> = resolved.iter().map(|r| r.source_key.as_str()).collect();
        assert_eq!(sources, ["live.md", "twice.md"]);
        let lines: Vec<_> = problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, [4, 8, 16]);
        assert!(problems[0].message.contains("outside the docs folder"));
        assert!(problems[1].message.contains("still an article"));
        assert!(problems[2].message.contains("first on line 12"));
    }

    #[test]
    fn redirect_page_is_static_and_escaped() {
        let html = redirect_html(
            "/x/new?a=1&b=\"2\"",
            "https://site/x/new\"><script>",
            "ja-JP",
            "<b>Neu</b> & \"mehr\"",
            "Weiter <hier>",
        );
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"ja-JP\">"));
        assert!(html.contains(
            "<meta http-equiv=\"refresh\" content=\"0; url=/x/new?a=1&amp;b=&quot;2&quot;\">"
        ));
        assert!(html.contains(
            "<link rel=\"canonical\" href=\"https://site/x/new&quot;&gt;&lt;script&gt;\">"
        ));
        assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(html.contains(
            "<h1>&lt;b&gt;Neu&lt;/b&gt; &amp; &quot;mehr&quot;</h1>\n<p><a href=\"/x/new?a=1&amp;b=&quot;2&quot;\">Weiter &lt;hier&gt;</a>"
        ));
        assert!(!html.contains("<script"));
    }

    #[test]
    fn real_redirection_files_parse_and_resolve() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/docsets/office-js");
        if !root.is_dir() {
            println!("skipped: {} is absent", root.display());
            return;
        }
        for (repo, count) in [
            ("office-js-docs-pr", 290),
            ("office-js-docs-pr.ja-jp", 291),
            ("office-js-docs-pr.fr-fr", 291),
            ("office-js-docs-pr.pt-br", 291),
        ] {
            let rel = format!("{repo}/.openpublishing.redirection.json");
            let text = std::fs::read_to_string(root.join(&rel)).expect("readable");
            let redirects = parse(&text, &rel).expect("valid");
            assert_eq!(redirects.len(), count, "{rel}");
            assert!(redirects.iter().all(|r| r.line > 1));
            let docs = root.join(repo).join("docs");
            let exists = |key: &str| docs.join(key).is_file();
            let (resolved, problems) = resolve(&redirects, "docs/", BASE, &exists, &rel);
            let pages = resolved
                .iter()
                .filter(|r| matches!(r.target, Target::Page(_)))
                .count();
            let chained = resolved.iter().filter(|r| r.hops > 0).count();
            let kinds = |word: &str| problems.iter().filter(|p| p.message.contains(word)).count();
            println!(
                "{rel}: {} redirects; {} resolve ({pages} to articles, {} external, {chained} through a chain); {} loops; {} dangle; {} sources still articles",
                redirects.len(),
                resolved.len(),
                resolved.len() - pages,
                kinds("loop"),
                kinds("neither") + kinds("above the docs root"),
                kinds("still an article"),
            );
            for p in &problems {
                println!("  {}:{}:{}: {}", p.path, p.line, p.column, p.message);
            }
            let resolved_lines: HashSet<u32> = resolved.iter().map(|r| r.line).collect();
            let unresolved = redirects.len() - resolved_lines.len();
            println!(
                "  {unresolved} entries do not resolve (broken, or chaining into something broken)"
            );
            assert_eq!(resolved_lines.len(), resolved.len(), "one line per entry");
            assert!(unresolved >= kinds("loop") + kinds("neither"));
        }
    }
}
