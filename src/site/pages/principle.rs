//! The page of a principle: what it says, and the objectives that serve it, by cycle.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use super::super::context::{Ctx, FindingView, LinkView};
use super::Md;
use crate::model::Kind;

#[derive(Serialize)]
struct CycleGroup {
    cycle: LinkView,
    objectives: Vec<LinkView>,
}

#[derive(Serialize)]
struct PrincipleView {
    title: String,
    summary: Option<String>,
    body: String,
    serving: Vec<CycleGroup>,
    orphan: bool,
    findings: Vec<FindingView>,
}

/// The page of principle `p`.
pub fn fill(ctx: &Ctx<'_>, md: &Md<'_>, path: &str, p: usize, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let pr = &hb.principles[p];
    let mut by_cycle: BTreeMap<(jiff::civil::Date, usize), Vec<usize>> = BTreeMap::new();
    for (o, obj) in hb.objectives.iter().enumerate() {
        if hb.is_published(obj) && obj.principles.iter().any(|r| r.target == Some(p)) {
            if let Some(cy) = obj.cycle.as_ref().and_then(|c| c.target) {
                by_cycle
                    .entry((hb.cycles[cy].start, cy))
                    .or_default()
                    .push(o);
            }
        }
    }
    let serving: Vec<(LinkView, Vec<LinkView>)> = by_cycle
        .into_iter()
        .rev()
        .map(|((_, cy), os)| {
            (
                ctx.link(path, Kind::Cycle, cy, &hb.cycles[cy].meta),
                ctx.objective_links(path, &os),
            )
        })
        .collect();
    c.insert("page_title", &pr.meta.title);
    c.insert(
        "principle",
        &PrincipleView {
            title: pr.meta.title.clone(),
            summary: pr.summary.clone(),
            body: md(pr.meta.file, &pr.meta.body),
            serving: serving
                .into_iter()
                .map(|(cycle, objectives)| CycleGroup { cycle, objectives })
                .collect(),
            orphan: !hb.cycles_now().is_empty() && ctx.serving_now[p] == 0,
            findings: ctx.findings_at(path, &hb.files[pr.meta.file].path, None),
        },
    );
    "principle.html"
}
