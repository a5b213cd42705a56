//! The page of a team, for its lead: what needs attention, every key result of the
//! running cycle with owner, progress, status, confidence and last check-in, the team's
//! findings, its score in earlier cycles beside this one's, and its objectives per cycle.

use serde::Serialize;
use tera::Context;

use super::super::context::{
    serialize_with_numbers, AttentionView, Ctx, FindingView, LinkView, PersonView, ProgressView,
};
use super::key_result::{self, KeyResultRow};
use super::objective::{self, ObjectiveRow};
use super::Md;
use crate::model::Kind;

struct TeamCycle {
    cycle: LinkView,
    running: bool,
    numbers: ProgressView,
    objectives: Vec<ObjectiveRow>,
}

serialize_with_numbers!(TeamCycle {
    cycle,
    running,
    objectives
});

#[derive(Serialize)]
struct TeamView {
    title: String,
    lead: Option<PersonView>,
    members: Vec<PersonView>,
    parent: Option<LinkView>,
    children: Vec<LinkView>,
    attention: Vec<AttentionView>,
    /// Every key result of the team's objectives in the cycles running now.
    key_results: Vec<KeyResultRow>,
    history: Option<String>,
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
    let cycle_of = |o: usize| hb.objectives[o].cycle.as_ref().and_then(|c| c.target);
    let cycles = cycles(ctx, path, t);
    let running: Vec<usize> = own
        .iter()
        .copied()
        .filter(|&o| cycle_of(o).is_some_and(|cy| ctx.running(cy)))
        .collect();
    let key_results = running
        .iter()
        .flat_map(|&o| hb.objectives[o].key_results.iter())
        .map(|&k| key_result::row(ctx, path, k))
        .collect();
    let history = running.first().and_then(|&o| cycle_of(o)).and_then(|cy| {
        let in_cycle: Vec<usize> = running
            .iter()
            .copied()
            .filter(|&o| cycle_of(o) == Some(cy))
            .collect();
        ctx.history_chart(&in_cycle, cy)
    });
    let view = TeamView {
        title: team.meta.title.clone(),
        lead: team.lead.as_deref().map(|n| ctx.person(path, n)),
        members: team.members.iter().map(|n| ctx.person(path, n)).collect(),
        parent: team
            .parent
            .as_ref()
            .and_then(|p| p.target)
            .map(|p| ctx.link(path, Kind::Team, p, &hb.teams[p].meta)),
        children: (0..hb.teams.len())
            .filter(|&s| hb.teams[s].parent.as_ref().and_then(|p| p.target) == Some(t))
            .map(|s| ctx.link(path, Kind::Team, s, &hb.teams[s].meta))
            .collect(),
        attention: ctx.attention_of(
            path,
            running
                .iter()
                .flat_map(|&o| hb.objectives[o].key_results.iter().copied()),
        ),
        key_results,
        history,
        cycles,
        contributes: ctx.objective_links(path, &ctx.by_contributor[t]),
        body: md(team.meta.file, &team.meta.body),
        findings: team_findings(ctx, path, t),
    };
    c.insert("page_title", &team.meta.title);
    c.insert("team", &view);
    "team.html"
}

/// The team's progress in each cycle it has objectives in, newest first, with them.
fn cycles(ctx: &Ctx<'_>, path: &str, t: usize) -> Vec<TeamCycle> {
    let hb = ctx.hb;
    let own = &ctx.by_team[t];
    let cycle_of = |o: usize| hb.objectives[o].cycle.as_ref().and_then(|c| c.target);
    let mut v: Vec<usize> = own.iter().filter_map(|&o| cycle_of(o)).collect();
    v.sort_by(|a, b| hb.cycles[*b].start.cmp(&hb.cycles[*a].start).then(a.cmp(b)));
    v.dedup();
    v.into_iter()
        .map(|cy| TeamCycle {
            cycle: ctx.link(path, Kind::Cycle, cy, &hb.cycles[cy].meta),
            running: ctx.running(cy),
            numbers: ctx.numbers(&hb.team_progress(t, cy)),
            objectives: own
                .iter()
                .filter(|&&o| cycle_of(o) == Some(cy))
                .map(|&o| objective::row(ctx, path, o))
                .collect(),
        })
        .collect()
}

/// The findings about the team's file and the files of its objectives.
fn team_findings(ctx: &Ctx<'_>, path: &str, t: usize) -> Vec<FindingView> {
    let hb = ctx.hb;
    let mut files: Vec<usize> = vec![hb.teams[t].meta.file];
    for &o in &ctx.by_team[t] {
        let obj = &hb.objectives[o];
        files.push(obj.meta.file);
        files.extend(obj.key_results.iter().map(|&k| hb.key_results[k].meta.file));
    }
    files.sort_unstable();
    files.dedup();
    files
        .into_iter()
        .flat_map(|f| ctx.findings_at(path, &hb.files[f].path, None))
        .collect()
}
