//! The page of an objective, and the objective as other pages show it (cycle, team and
//! principle pages list objectives).

use tera::Context;

use super::super::context::{
    serialize_with_numbers, Ctx, FindingView, LinkView, PersonView, ProgressView,
};
use super::super::i18n::percent;
use super::super::urls::doc_path;
use super::key_result::{self, KeyResultView};
use super::Md;
use crate::model::{Kind, ObjectiveKind};

#[derive(Debug, Clone)]
pub struct ObjectiveView {
    pub id: String,
    pub title: String,
    pub url: String,
    pub owner: Option<PersonView>,
    pub team: Option<LinkView>,
    pub contributors: Vec<LinkView>,
    pub cycle: Option<LinkView>,
    pub kind: String,
    pub draft: bool,
    pub numbers: ProgressView,
    pub last_checkin: Option<String>,
    /// The forecast in percent, where the key results are heading at this pace.
    pub forecast_pct: Option<u32>,
    /// The same date as `YYYY-MM-DD`, for sorting tables.
    pub last_checkin_sort: Option<String>,
    pub parent: Option<LinkView>,
    pub children: Vec<LinkView>,
    pub principles: Vec<LinkView>,
    pub key_results: Vec<KeyResultView>,
    pub findings: Vec<FindingView>,
    pub body: String,
    /// Progress over time (its own page only).
    pub history: Option<String>,
}

serialize_with_numbers!(ObjectiveView {
    id,
    title,
    url,
    owner,
    team,
    contributors,
    cycle,
    kind,
    draft,
    last_checkin,
    forecast_pct,
    last_checkin_sort,
    parent,
    children,
    principles,
    key_results,
    findings,
    body,
    history
});

/// An objective as a line of a list shows it (cycle, team, person and print pages).
#[derive(Debug, Clone)]
pub struct ObjectiveRow {
    pub title: String,
    pub url: String,
    pub owner: Option<PersonView>,
    pub team: Option<LinkView>,
    pub cycle: Option<LinkView>,
    pub kind: String,
    pub numbers: ProgressView,
    pub last_checkin: Option<String>,
    /// The same date as `YYYY-MM-DD`, for sorting tables.
    pub last_checkin_sort: Option<String>,
    /// The forecast in percent, where the key results are heading at this pace.
    pub forecast_pct: Option<u32>,
}

serialize_with_numbers!(ObjectiveRow {
    title,
    url,
    owner,
    team,
    cycle,
    kind,
    last_checkin,
    last_checkin_sort,
    forecast_pct
});

/// The objective's own page.
pub fn fill(ctx: &Ctx<'_>, md: &Md<'_>, path: &str, i: usize, c: &mut Context) -> &'static str {
    let o = view(ctx, md, path, i);
    c.insert("page_title", &o.title);
    c.insert("objective", &o);
    "objective.html"
}

/// Objective `i` as a line of a list on the page at `from`.
pub fn row(ctx: &Ctx<'_>, from: &str, i: usize) -> ObjectiveRow {
    let hb = ctx.hb;
    let o = &hb.objectives[i];
    let last = o
        .key_results
        .iter()
        .filter_map(|&k| hb.key_results[k].checkins.iter().map(|c| c.date).max())
        .max();
    ObjectiveRow {
        title: o.meta.title.clone(),
        url: ctx.linker.href(from, &doc_path(hb, Kind::Objective, i)),
        owner: o.owner.as_deref().map(|n| ctx.person(from, n)),
        team: o.team.as_ref().and_then(|r| team_link(ctx, from, r)),
        cycle: o
            .cycle
            .as_ref()
            .and_then(|c| c.target)
            .map(|c| ctx.link(from, Kind::Cycle, c, &hb.cycles[c].meta)),
        kind: match o.kind {
            ObjectiveKind::Committed => ctx.t("objective.committed").to_string(),
            ObjectiveKind::Aspirational => ctx.t("objective.aspirational").to_string(),
        },
        numbers: ctx.numbers(&o.computed),
        last_checkin: last.map(|d| ctx.date(d)),
        last_checkin_sort: last.map(|d| d.to_string()),
        forecast_pct: o.computed.forecast.map(percent),
    }
}

fn team_link(ctx: &Ctx<'_>, from: &str, r: &crate::model::Ref) -> Option<LinkView> {
    r.target
        .map(|t| ctx.link(from, Kind::Team, t, &ctx.hb.teams[t].meta))
}

/// The objective as its own page shows it: what a list shows, and its key results with
/// their charts, its parent and children, principles, contributors, findings, body and
/// progress over time.
fn view(ctx: &Ctx<'_>, md: &Md<'_>, from: &str, i: usize) -> ObjectiveView {
    let hb = ctx.hb;
    let o = &hb.objectives[i];
    let ObjectiveRow {
        title,
        url,
        owner,
        team,
        cycle,
        kind,
        numbers,
        last_checkin,
        last_checkin_sort,
        forecast_pct,
    } = row(ctx, from, i);
    let file = &hb.files[o.meta.file].path;
    let first_kr_line = o
        .key_results
        .iter()
        .map(|&k| hb.key_results[k].meta.title_pos.line)
        .filter(|&l| l > o.meta.title_pos.line)
        .min();
    ObjectiveView {
        id: o.meta.id.clone(),
        title,
        url,
        owner,
        team,
        contributors: o
            .contributors
            .iter()
            .filter_map(|r| team_link(ctx, from, r))
            .collect(),
        cycle,
        kind,
        draft: o.meta.draft,
        numbers,
        last_checkin,
        last_checkin_sort,
        forecast_pct,
        parent: o
            .parent
            .as_ref()
            .and_then(|p| p.target)
            .map(|p| ctx.link(from, Kind::Objective, p, &hb.objectives[p].meta)),
        children: ctx.objective_links(from, &o.children),
        principles: o
            .principles
            .iter()
            .filter_map(|p| {
                p.target
                    .map(|t| ctx.link(from, Kind::Principle, t, &hb.principles[t].meta))
            })
            .collect(),
        key_results: o
            .key_results
            .iter()
            .map(|&k| key_result::view(ctx, from, k, false))
            .collect(),
        // Findings about the objective itself: everything before its first key result.
        findings: ctx.findings_at(from, file, first_kr_line.map(|l| 0..=l - 1)),
        body: md(o.meta.file, &o.meta.body),
        history: o
            .cycle
            .as_ref()
            .and_then(|c| c.target)
            .and_then(|cy| ctx.history_chart(&[i], cy)),
    }
}
