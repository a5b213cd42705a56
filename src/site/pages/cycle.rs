//! The page of a cycle: its numbers, the teams' progress, the grades once it has ended,
//! and its objectives by team.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use super::super::context::{serialize_with_numbers, AttentionView, Ctx, LinkView, ProgressView};
use super::super::urls::doc_path;
use super::objective::{self, ObjectiveRow};
use super::Md;
use crate::model::Kind;

pub struct CycleView {
    id: String,
    pub title: String,
    url: String,
    alignment_url: String,
    print_url: String,
    start: String,
    end: String,
    running: bool,
    ended: bool,
    numbers: ProgressView,
    counts: BTreeMap<String, usize>,
    teams: Vec<TeamGroup>,
    team_chart: String,
    grades: Vec<(String, String, usize)>,
    objectives_total: usize,
    /// Key results of this cycle that need attention (the full page of a running cycle).
    attention: Vec<AttentionView>,
    /// Progress over time (the full page).
    history: Option<String>,
}

serialize_with_numbers!(CycleView {
    id,
    title,
    url,
    alignment_url,
    print_url,
    start,
    end,
    running,
    ended,
    counts,
    teams,
    team_chart,
    grades,
    objectives_total,
    attention,
    history
});

#[derive(Serialize)]
struct TeamGroup {
    team: Option<LinkView>,
    objectives: Vec<ObjectiveRow>,
}

/// A cycle with its numbers; unless `brief`, also its objectives by team, what needs
/// attention and its progress over time.
pub fn view(ctx: &Ctx<'_>, path: &str, i: usize, brief: bool) -> CycleView {
    let hb = ctx.hb;
    let cy = &hb.cycles[i];
    let objectives = ctx.cycle_objectives(i);
    let (counts, grades) = tally(ctx, &objectives);
    let in_cycle = |a: &crate::model::attention::Attention| {
        let kr = &hb.key_results[a.kr];
        hb.objective_of(kr)
            .and_then(|o| o.cycle.as_ref())
            .and_then(|c| c.target)
            == Some(i)
    };
    CycleView {
        id: cy.meta.id.clone(),
        title: cy.meta.title.clone(),
        url: ctx.linker.href(path, &doc_path(hb, Kind::Cycle, i)),
        alignment_url: ctx
            .linker
            .href(path, &format!("cycles/{}/alignment/", cy.meta.id)),
        print_url: ctx
            .linker
            .href(path, &format!("cycles/{}/print/", cy.meta.id)),
        start: ctx.date(cy.start),
        end: ctx.date(cy.end),
        running: cy.start <= hb.as_of && hb.as_of <= cy.end,
        ended: hb.as_of > cy.end,
        numbers: ctx.numbers(&cy.computed),
        counts,
        objectives_total: objectives.len(),
        attention: if brief {
            Vec::new()
        } else {
            ctx.attention_list(path, in_cycle)
        },
        history: if brief {
            None
        } else {
            ctx.history_chart(&objectives, i)
        },
        teams: if brief {
            Vec::new()
        } else {
            by_team(ctx, path, &objectives)
        },
        team_chart: ctx.team_chart(i),
        grades,
    }
}

/// How many of the objectives have each status, and each band of grades (with the
/// band's name).
#[allow(clippy::type_complexity)]
fn tally(
    ctx: &Ctx<'_>,
    objectives: &[usize],
) -> (BTreeMap<String, usize>, Vec<(String, String, usize)>) {
    let hb = ctx.hb;
    let mut counts: BTreeMap<String, usize> =
        ["done", "on-track", "at-risk", "off-track", "not-started"]
            .iter()
            .map(|s| (s.to_string(), 0))
            .collect();
    let mut grades: BTreeMap<&str, usize> = BTreeMap::new();
    for &o in objectives {
        if let Some(s) = hb.objectives[o].computed.status {
            *counts.entry(s.id().to_string()).or_default() += 1;
        }
        if let Some(b) = hb.objectives[o].computed.band {
            *grades.entry(b.id()).or_default() += 1;
        }
    }
    let bands = [
        ("green", "band.green"),
        ("yellow", "band.yellow"),
        ("red", "band.red"),
    ];
    let grades = bands
        .iter()
        .map(|&(b, key)| {
            let n = grades.get(b).copied().unwrap_or(0);
            (b.to_string(), ctx.t(key).to_string(), n)
        })
        .collect();
    (counts, grades)
}

/// The objectives grouped by team, in the order given (teams follow one another).
fn by_team(ctx: &Ctx<'_>, path: &str, objectives: &[usize]) -> Vec<TeamGroup> {
    let hb = ctx.hb;
    let mut teams: Vec<TeamGroup> = Vec::new();
    for &o in objectives {
        let team = hb.objectives[o].team.as_ref().and_then(|t| t.target);
        let view = objective::row(ctx, path, o);
        match teams.last_mut() {
            Some(g)
                if g.team.as_ref().map(|l| &l.title) == team.map(|t| &hb.teams[t].meta.title) =>
            {
                g.objectives.push(view)
            }
            _ => teams.push(TeamGroup {
                team: team.map(|t| ctx.link(path, Kind::Team, t, &hb.teams[t].meta)),
                objectives: vec![view],
            }),
        }
    }
    teams
}

/// The cycle's own page.
pub fn fill(ctx: &Ctx<'_>, md: &Md<'_>, path: &str, i: usize, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let cy = view(ctx, path, i, false);
    c.insert("page_title", &cy.title);
    c.insert("body", &md(hb.cycles[i].meta.file, &hb.cycles[i].meta.body));
    c.insert("cycle", &cy);
    "cycle.html"
}
