//! SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps), built from the
//! typed structures of serde-sarif so the document is valid by construction.

use super::Finding;
use crate::diagnostic::{Code, Severity};
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, Region,
    ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};
use std::collections::BTreeMap;

/// The SARIF log of `findings`; each path is shown as `paths` says (below the content root as
/// the repository sees it, e.g. `content/`), so code-scanning UIs can open the file.
pub fn to_sarif(findings: &[Finding], paths: &crate::report::ShownPaths) -> Sarif {
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
                        .artifact_location(
                            ArtifactLocation::builder().uri(paths.show(&f.path)).build(),
                        )
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
        .rules(rules)
        .build();
    Sarif::builder()
        .version(serde_json::Value::String("2.1.0".to_owned()))
        .schema(serde_sarif::sarif::SCHEMA_URL.to_owned())
        .runs(vec![
            Run::builder()
                .tool(Tool::builder().driver(driver).build())
                .results(results)
                .build(),
        ])
        .build()
}
