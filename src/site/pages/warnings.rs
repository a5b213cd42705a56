//! The warnings page: every finding of the handbook, by file.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use super::super::context::{Ctx, FindingView};

#[derive(Serialize)]
struct FileFindings {
    file: String,
    page: Option<String>,
    findings: Vec<FindingView>,
}

/// The warnings page.
pub fn fill(ctx: &Ctx<'_>, path: &str, c: &mut Context) -> &'static str {
    let mut by_file: BTreeMap<&str, Vec<FindingView>> = BTreeMap::new();
    for d in ctx.findings.values().flatten() {
        by_file
            .entry(d.file.as_str())
            .or_default()
            .push(ctx.finding(path, d));
    }
    let groups: Vec<FileFindings> = by_file
        .into_iter()
        .map(|(file, mut findings)| {
            findings.sort_by(|a, b| (a.line, &a.rule).cmp(&(b.line, &b.rule)));
            FileFindings {
                file: file.to_string(),
                page: findings.first().and_then(|f| f.page.clone()),
                findings,
            }
        })
        .collect();
    c.insert("page_title", ctx.t("warnings.title"));
    c.insert("groups", &groups);
    "warnings.html"
}
