//! A cycle for printing: every objective and key result with progress, forecast and
//! scores on a few A4 pages, for the quarterly review. No navigation, no scripts.

use serde::Serialize;
use tera::Context;

use super::super::context::{Ctx, LinkView};
use super::cycle::{self, CycleView};
use super::key_result::{self, KeyResultRow};
use super::objective::{self, ObjectiveRow};
use crate::model::Kind;

#[derive(Serialize)]
struct PrintObjective {
    objective: ObjectiveRow,
    key_results: Vec<KeyResultRow>,
}

#[derive(Serialize)]
struct PrintTeam {
    team: Option<LinkView>,
    objectives: Vec<PrintObjective>,
}

/// The print view of cycle `i`.
pub fn fill(ctx: &Ctx<'_>, path: &str, i: usize, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let cy: CycleView = cycle::view(ctx, path, i, true);
    let mut teams: Vec<PrintTeam> = Vec::new();
    for o in ctx.cycle_objectives(i) {
        let obj = &hb.objectives[o];
        let team = obj.team.as_ref().and_then(|t| t.target);
        let item = PrintObjective {
            objective: objective::row(ctx, path, o),
            key_results: obj
                .key_results
                .iter()
                .map(|&k| key_result::row(ctx, path, k))
                .collect(),
        };
        let same = teams.last().is_some_and(|g| {
            g.team.as_ref().map(|l| &l.title) == team.map(|t| &hb.teams[t].meta.title)
        });
        if same {
            if let Some(g) = teams.last_mut() {
                g.objectives.push(item);
            }
        } else {
            teams.push(PrintTeam {
                team: team.map(|t| ctx.link(path, Kind::Team, t, &hb.teams[t].meta)),
                objectives: vec![item],
            });
        }
    }
    c.insert(
        "page_title",
        &format!("{} · {}", cy.title, ctx.t("print.title")),
    );
    c.insert("cycle", &cy);
    c.insert("teams", &teams);
    "print.html"
}
