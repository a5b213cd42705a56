//! The index pages of cycles, teams and principles: one line each, with numbers.

use serde::Serialize;
use tera::Context;

use super::super::context::{Ctx, LinkView, ProgressView};
use crate::model::Kind;

/// One line of an index page: the document, a short text and its numbers.
#[derive(Serialize)]
struct IndexRow {
    link: LinkView,
    text: Option<String>,
    /// A team's lead, linked to their page.
    person: Option<crate::site::context::PersonView>,
    numbers: Option<ProgressView>,
    count: Option<usize>,
}

/// The rows of the cycles, teams or principles index, in the navigation's order.
fn index_rows(ctx: &Ctx<'_>, path: &str, kind: Kind) -> (&'static str, Vec<IndexRow>) {
    match kind {
        Kind::Cycle => ("nav.cycles", cycle_rows(ctx, path)),
        Kind::Team => ("nav.teams", team_rows(ctx, path)),
        Kind::Page => ("nav.pages", page_rows(ctx, path)),
        _ => ("nav.principles", principle_rows(ctx, path)),
    }
}

/// The indices `0..n` ordered by the documents' titles, then ids.
fn by_title<'h>(n: usize, meta: impl Fn(usize) -> &'h crate::model::Meta) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| (&meta(a).title, &meta(a).id).cmp(&(&meta(b).title, &meta(b).id)));
    order
}

/// Cycles, the latest first, with their dates, numbers and objectives.
fn cycle_rows(ctx: &Ctx<'_>, path: &str) -> Vec<IndexRow> {
    let hb = ctx.hb;
    let mut order: Vec<usize> = (0..hb.cycles.len()).collect();
    order.sort_by(|a, b| hb.cycles[*b].meta.id.cmp(&hb.cycles[*a].meta.id));
    order
        .into_iter()
        .map(|i| {
            let cy = &hb.cycles[i];
            IndexRow {
                link: ctx.link(path, Kind::Cycle, i, &cy.meta),
                text: Some(format!("{} – {}", ctx.date(cy.start), ctx.date(cy.end))),
                person: None,
                numbers: Some(ctx.numbers(&cy.computed)),
                count: Some(ctx.by_cycle[i].len()),
            }
        })
        .collect()
}

/// Teams by name, with their lead and their numbers in the current cycle.
fn team_rows(ctx: &Ctx<'_>, path: &str) -> Vec<IndexRow> {
    let hb = ctx.hb;
    let current = hb.current_cycle;
    let in_current = |o: usize| {
        current.is_some() && hb.objectives[o].cycle.as_ref().and_then(|c| c.target) == current
    };
    by_title(hb.teams.len(), |t| &hb.teams[t].meta)
        .into_iter()
        .map(|t| IndexRow {
            link: ctx.link(path, Kind::Team, t, &hb.teams[t].meta),
            text: None,
            person: hb.teams[t].lead.as_deref().map(|n| ctx.person(path, n)),
            numbers: current.map(|cy| ctx.numbers(&hb.team_progress(t, cy))),
            count: Some(ctx.by_team[t].iter().filter(|&&o| in_current(o)).count()),
        })
        .collect()
}

/// Free pages below the root, by path.
fn page_rows(ctx: &Ctx<'_>, path: &str) -> Vec<IndexRow> {
    let hb = ctx.hb;
    let mut order: Vec<usize> = (0..hb.pages.len())
        .filter(|&p| !hb.pages[p].path.is_empty())
        .collect();
    order.sort_by(|a, b| hb.pages[*a].path.cmp(&hb.pages[*b].path));
    order
        .into_iter()
        .map(|p| IndexRow {
            link: ctx.link(path, Kind::Page, p, &hb.pages[p].meta),
            text: Some(hb.pages[p].path.trim_end_matches('/').to_string()),
            person: None,
            numbers: None,
            count: None,
        })
        .collect()
}

/// Principles by name, with their summary and how many objectives serve them now.
fn principle_rows(ctx: &Ctx<'_>, path: &str) -> Vec<IndexRow> {
    let hb = ctx.hb;
    by_title(hb.principles.len(), |p| &hb.principles[p].meta)
        .into_iter()
        .map(|p| IndexRow {
            link: ctx.link(path, Kind::Principle, p, &hb.principles[p].meta),
            text: hb.principles[p].summary.clone(),
            person: None,
            numbers: None,
            count: Some(ctx.serving_now[p]),
        })
        .collect()
}

/// Which teams serve which principle in the cycles running now: a count of objectives
/// per team and principle, so that anyone can see whether a principle is carried by
/// several departments or by one team.
#[derive(Serialize)]
struct Matrix {
    teams: Vec<LinkView>,
    rows: Vec<MatrixRow>,
}

#[derive(Serialize)]
struct MatrixRow {
    principle: LinkView,
    cells: Vec<usize>,
    /// How many teams serve it.
    teams: usize,
}

fn principle_matrix(ctx: &Ctx<'_>, path: &str) -> Matrix {
    let hb = ctx.hb;
    let mut counts: std::collections::BTreeMap<(usize, usize), usize> = Default::default();
    for obj in &hb.objectives {
        let cycle = obj.cycle.as_ref().and_then(|c| c.target);
        let team = obj.team.as_ref().and_then(|t| t.target);
        let (Some(cy), Some(t)) = (cycle, team) else {
            continue;
        };
        if !hb.is_published(obj) || !ctx.running(cy) {
            continue;
        }
        let mut served: Vec<usize> = obj.principles.iter().filter_map(|p| p.target).collect();
        served.sort_unstable();
        served.dedup();
        for p in served {
            *counts.entry((p, t)).or_default() += 1;
        }
    }
    let mut teams: Vec<usize> = counts.keys().map(|&(_, t)| t).collect();
    teams.sort_by(|a, b| hb.teams[*a].meta.title.cmp(&hb.teams[*b].meta.title));
    teams.dedup();
    let mut principles: Vec<usize> = (0..hb.principles.len()).collect();
    principles.sort_by(|a, b| {
        hb.principles[*a]
            .meta
            .title
            .cmp(&hb.principles[*b].meta.title)
    });
    Matrix {
        teams: teams
            .iter()
            .map(|&t| ctx.link(path, Kind::Team, t, &hb.teams[t].meta))
            .collect(),
        rows: principles
            .into_iter()
            .map(|p| {
                let cells: Vec<usize> = teams
                    .iter()
                    .map(|&t| counts.get(&(p, t)).copied().unwrap_or(0))
                    .collect();
                MatrixRow {
                    principle: ctx.link(path, Kind::Principle, p, &hb.principles[p].meta),
                    teams: cells.iter().filter(|&&n| n > 0).count(),
                    cells,
                }
            })
            .collect(),
    }
}

/// The index of cycles, teams, principles or free pages.
pub fn fill(ctx: &Ctx<'_>, path: &str, kind: Kind, c: &mut Context) -> &'static str {
    let (title, rows) = index_rows(ctx, path, kind);
    c.insert("page_title", ctx.t(title));
    c.insert("rows", &rows);
    c.insert("kind", kind.folder().unwrap_or("pages"));
    if kind == Kind::Principle {
        c.insert("matrix", &principle_matrix(ctx, path));
    }
    "list.html"
}
