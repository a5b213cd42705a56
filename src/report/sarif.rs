//! SARIF 2.1.0, for code scanning: one run, every rule with its description.

use serde_json::{json, Value};

use crate::diagnostic::{Diagnostic, Rule, Severity};
use crate::lang::Language;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

pub fn render(diags: &[Diagnostic], version: &str, lang: Language) -> String {
    let rules: Vec<Value> = Rule::ALL
        .iter()
        .map(|r| {
            json!({
                "id": r.id(),
                "shortDescription": {"text": r.description(lang)},
                "defaultConfiguration": {"level": level(r.default_severity())},
            })
        })
        .collect();
    let results: Vec<Value> = diags
        .iter()
        .map(|d| {
            let mut region = json!({ "startLine": d.line });
            if let Some(c) = d.column {
                region["startColumn"] = c.into();
            }
            if let Some(e) = d.end_column {
                region["endColumn"] = e.into();
            }
            let text = match &d.help {
                Some(h) => format!("{} ({h})", d.message),
                None => d.message.clone(),
            };
            json!({
                "ruleId": d.rule.id(),
                "ruleIndex": Rule::ALL.iter().position(|r| *r == d.rule).unwrap_or(0),
                "level": level(d.severity),
                "message": {"text": text},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": d.file, "uriBaseId": "%SRCROOT%"},
                        "region": region,
                    }
                }],
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "okrbook",
                "version": version,
                "informationUri": "https://github.com/okrbook/okrbook",
                "rules": rules,
            }},
            "results": results,
        }],
    });
    let mut s = serde_json::to_string_pretty(&doc).expect("SARIF serialises");
    s.push('\n');
    s
}
