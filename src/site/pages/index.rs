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
    numbers: Option<ProgressView>,
    count: Option<usize>,
}

/// The rows of the cycles, teams or principles index, in the navigation's order.
fn index_rows(ctx: &Ctx<'_>, path: &str, kind: Kind) -> (&'static str, Vec<IndexRow>) {
    let hb = ctx.hb;
    let current = hb.current_cycle;
    let in_current = |o: usize| {
        current.is_some() && hb.objectives[o].cycle.as_ref().and_then(|c| c.target) == current
    };
    let rows = match kind {
        Kind::Cycle => {
            let mut order: Vec<usize> = (0..hb.cycles.len()).collect();
            order.sort_by(|a, b| hb.cycles[*b].meta.id.cmp(&hb.cycles[*a].meta.id));
            order
                .into_iter()
                .map(|i| {
                    let cy = &hb.cycles[i];
                    IndexRow {
                        link: ctx.link(path, Kind::Cycle, i, &cy.meta),
                        text: Some(format!("{} – {}", ctx.date(cy.start), ctx.date(cy.end))),
                        numbers: Some(ctx.numbers(&cy.computed)),
                        count: Some(ctx.by_cycle[i].len()),
                    }
                })
                .collect()
        }
        Kind::Team => {
            let mut order: Vec<usize> = (0..hb.teams.len()).collect();
            order.sort_by(|a, b| {
                (&hb.teams[*a].meta.title, &hb.teams[*a].meta.id)
                    .cmp(&(&hb.teams[*b].meta.title, &hb.teams[*b].meta.id))
            });
            order
                .into_iter()
                .map(|t| IndexRow {
                    link: ctx.link(path, Kind::Team, t, &hb.teams[t].meta),
                    text: hb.teams[t].lead.clone(),
                    numbers: current.map(|cy| ctx.numbers(&hb.team_progress(t, cy))),
                    count: Some(ctx.by_team[t].iter().filter(|&&o| in_current(o)).count()),
                })
                .collect()
        }
        _ => {
            let mut order: Vec<usize> = (0..hb.principles.len()).collect();
            order.sort_by(|a, b| {
                (&hb.principles[*a].meta.title, &hb.principles[*a].meta.id)
                    .cmp(&(&hb.principles[*b].meta.title, &hb.principles[*b].meta.id))
            });
            order
                .into_iter()
                .map(|p| IndexRow {
                    link: ctx.link(path, Kind::Principle, p, &hb.principles[p].meta),
                    text: hb.principles[p].summary.clone(),
                    numbers: None,
                    count: Some(ctx.serving_now[p]),
                })
                .collect()
        }
    };
    let title = match kind {
        Kind::Cycle => "nav.cycles",
        Kind::Team => "nav.teams",
        _ => "nav.principles",
    };
    (title, rows)
}

/// The index of cycles, teams or principles.
pub fn fill(ctx: &Ctx<'_>, path: &str, kind: Kind, c: &mut Context) -> &'static str {
    let (title, rows) = index_rows(ctx, path, kind);
    c.insert("page_title", ctx.t(title));
    c.insert("rows", &rows);
    c.insert("kind", kind.folder().unwrap_or("pages"));
    "list.html"
}
