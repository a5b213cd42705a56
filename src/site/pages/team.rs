//! The page of a team: its lead and members, its objectives per cycle with the team's
//! progress, the objectives it contributes to.

use serde::Serialize;
use tera::Context;

use super::super::context::{Ctx, FindingView, LinkView, ProgressView};
use super::objective::{self, ObjectiveView};
use super::Md;
use crate::model::Kind;

#[derive(Serialize)]
struct TeamCycle {
    cycle: LinkView,
    #[serde(flatten)]
    numbers: ProgressView,
    objectives: Vec<ObjectiveView>,
}

#[derive(Serialize)]
struct TeamView {
    title: String,
    lead: Option<String>,
    members: Vec<String>,
    parent: Option<LinkView>,
    children: Vec<LinkView>,
    cycles: Vec<TeamCycle>,
    contributes: Vec<LinkView>,
    body: String,
    findings: Vec<FindingView>,
}

/// The page of team `t`.
pub fn fill(ctx: &Ctx<'_>, md: &Md<'_>, path: &str, t: usize, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let team = &hb.teams[t];
    let own = &ctx.by_team[t];
    let cycles: Vec<TeamCycle> = {
        let mut v: Vec<usize> = own
            .iter()
            .filter_map(|&o| hb.objectives[o].cycle.as_ref().and_then(|c| c.target))
            .collect();
        v.sort_by(|a, b| hb.cycles[*b].start.cmp(&hb.cycles[*a].start).then(a.cmp(b)));
        v.dedup();
        v.into_iter()
            .map(|cy| TeamCycle {
                cycle: ctx.link(path, Kind::Cycle, cy, &hb.cycles[cy].meta),
                numbers: ctx.numbers(&hb.team_progress(t, cy)),
                objectives: own
                    .iter()
                    .filter(|&&o| {
                        hb.objectives[o].cycle.as_ref().and_then(|c| c.target) == Some(cy)
                    })
                    .map(|&o| objective::view(ctx, path, o, false))
                    .collect(),
            })
            .collect()
    };
    let contributes = ctx.objective_links(path, &ctx.by_contributor[t]);
    c.insert("page_title", &team.meta.title);
    c.insert(
        "team",
        &TeamView {
            title: team.meta.title.clone(),
            lead: team.lead.clone(),
            members: team.members.clone(),
            parent: team
                .parent
                .as_ref()
                .and_then(|p| p.target)
                .map(|p| ctx.link(path, Kind::Team, p, &hb.teams[p].meta)),
            children: (0..hb.teams.len())
                .filter(|&s| hb.teams[s].parent.as_ref().and_then(|p| p.target) == Some(t))
                .map(|s| ctx.link(path, Kind::Team, s, &hb.teams[s].meta))
                .collect(),
            cycles,
            contributes,
            body: md(team.meta.file, &team.meta.body),
            findings: ctx.findings_at(path, &hb.files[team.meta.file].path, None),
        },
    );
    "team.html"
}
