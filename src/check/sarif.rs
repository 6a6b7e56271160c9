//! SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps), built from the
//! typed structures of serde-sarif so the document is valid by construction.
//!
//! Files are named as those tools expect, so that they can place a finding on a file of the
//! repository: a URI relative to `%SRCROOT%` (the project root, given in `originalUriBaseIds`),
//! percent-encoded per RFC 3986 (real file names hold spaces and zero-width spaces). A file
//! outside the project (a `--content` folder elsewhere) gets an absolute `file://` URI.

use super::Finding;
use crate::diagnostic::{Code, Severity};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, Region,
    ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// The base every relative artifact URI is resolved against: the project root.
pub const SRCROOT: &str = "%SRCROOT%";

/// What a path segment may hold unencoded (RFC 3986 `pchar`): unreserved characters,
/// sub-delimiters, `:` and `@`. Everything else, non-ASCII included, is percent-encoded.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b':')
    .remove(b'@');

/// How findings' paths become artifact URIs: relative to the project root where the file is
/// inside it.
pub struct Artifacts<'a> {
    shown: &'a crate::report::ShownPaths,
    root: PathBuf,
}

impl<'a> Artifacts<'a> {
    /// Files named as `shown` prints them (relative to the working directory or absolute),
    /// placed against the project `root`.
    pub fn new(shown: &'a crate::report::ShownPaths, root: &Path) -> Artifacts<'a> {
        Artifacts {
            shown,
            root: resolved(root),
        }
    }

    /// The `file://` URI of the project root, with its closing slash (a base URI must end in
    /// one for relative references to land inside it).
    fn root_uri(&self) -> String {
        let mut uri = file_uri(&self.root);
        if !uri.ends_with('/') {
            uri.push('/');
        }
        uri
    }

    /// The artifact location of a finding's `path`.
    fn location(&self, path: &str) -> ArtifactLocation {
        let file = resolved(Path::new(&self.shown.show(path)));
        match file.strip_prefix(&self.root) {
            Ok(relative) => ArtifactLocation::builder()
                .uri(encode_segments(relative))
                .uri_base_id(SRCROOT.to_owned())
                .build(),
            Err(_) => ArtifactLocation::builder().uri(file_uri(&file)).build(),
        }
    }
}

/// `path` made absolute without `.` and `..`: the real path where the file exists (symbolic
/// links resolved, as they are for the root), else the lexically cleaned one.
fn resolved(path: &Path) -> PathBuf {
    if let Ok(real) = path.canonicalize() {
        return real;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut clean = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    clean
}

/// The segments of a relative path, each percent-encoded, joined by `/`.
fn encode_segments(path: &Path) -> String {
    path.components()
        .map(|c| utf8_percent_encode(&c.as_os_str().to_string_lossy(), SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

/// `file://` and the absolute `path`, percent-encoded.
fn file_uri(path: &Path) -> String {
    let relative = path.strip_prefix("/").unwrap_or(path);
    format!("file:///{}", encode_segments(relative))
}

/// What a reader of a finding in a code-scanning UI can do about any rule.
const HELP: &str = "Fix the target in the file, or accept the finding: add its fingerprint \
(partialFingerprints locdoc/v1) to locdoc-suppressions.toml with a reason, or set the rule's \
level under [check.rules] in locdoc.toml.";

/// The SARIF log of `findings`, their files located by `artifacts`.
pub fn to_sarif(findings: &[Finding], artifacts: &Artifacts<'_>) -> Sarif {
    let mut used: Vec<Code> = findings.iter().map(|f| f.code).collect();
    used.sort_unstable();
    used.dedup();
    let rules: Vec<ReportingDescriptor> = used
        .iter()
        .map(|code| {
            ReportingDescriptor::builder()
                .id(code.as_str().to_owned())
                .short_description(
                    MultiformatMessageString::builder()
                        .text(code.summary().to_owned())
                        .build(),
                )
                .full_description(
                    MultiformatMessageString::builder()
                        .text(format!(
                            "{} (default level: {}).",
                            code.summary(),
                            code.default_severity()
                        ))
                        .build(),
                )
                .help(
                    MultiformatMessageString::builder()
                        .text(format!("{}. {HELP}", code.summary()))
                        .build(),
                )
                .help_uri(format!("{}#rules", env!("CARGO_PKG_REPOSITORY")))
                .build()
        })
        .collect();
    let results: Vec<SarifResult> = findings
        .iter()
        .map(|f| {
            let mut text = f.message.clone();
            if let Some(note) = &f.note {
                text.push('\n');
                text.push_str(note);
            }
            let region = Region::builder()
                .start_line(i64::from(f.line))
                .start_column(i64::from(f.column))
                .build();
            let location = Location::builder()
                .physical_location(
                    PhysicalLocation::builder()
                        .artifact_location(artifacts.location(&f.path))
                        .region(region)
                        .build(),
                )
                .build();
            SarifResult::builder()
                .rule_id(f.code.as_str().to_owned())
                .level(match f.severity {
                    Severity::Error => ResultLevel::Error,
                    Severity::Warning => ResultLevel::Warning,
                    Severity::Note => ResultLevel::Note,
                })
                .message(Message::builder().text(text).build())
                .locations(vec![location])
                .partial_fingerprints(BTreeMap::from([(
                    "locdoc/v1".to_owned(),
                    f.fingerprint.clone(),
                )]))
                .build()
        })
        .collect();
    let driver = ToolComponent::builder()
        .name("locdoc".to_owned())
        .version(env!("CARGO_PKG_VERSION").to_owned())
        .information_uri(env!("CARGO_PKG_REPOSITORY").to_owned())
        .rules(rules)
        .build();
    let bases = BTreeMap::from([(
        SRCROOT.to_owned(),
        ArtifactLocation::builder()
            .uri(artifacts.root_uri())
            .build(),
    )]);
    Sarif::builder()
        .version(serde_json::Value::String("2.1.0".to_owned()))
        .schema(serde_sarif::sarif::SCHEMA_URL.to_owned())
        .runs(vec![
            Run::builder()
                .tool(Tool::builder().driver(driver).build())
                .original_uri_base_ids(bases)
                .results(results)
                .build(),
        ])
        .build()
}
