//! The people index: everyone the handbook names, with their teams and what they own.

use serde::Serialize;
use tera::Context;

use super::super::context::{Ctx, LinkView, PersonView};
use crate::model::Kind;

/// A team a person belongs to, and how: lead or member.
#[derive(Serialize, Clone)]
pub struct Membership {
    pub team: LinkView,
    pub role: String,
}

#[derive(Serialize)]
struct Row {
    person: PersonView,
    teams: Vec<Membership>,
    objectives: usize,
    key_results: usize,
}

/// The teams `name` leads or belongs to, by team title.
pub fn memberships(ctx: &Ctx<'_>, from: &str, name: &str) -> Vec<Membership> {
    let hb = ctx.hb;
    let teams = ctx.owned.get(name).map_or(&[][..], |o| o.teams.as_slice());
    let mut out: Vec<Membership> = teams
        .iter()
        .map(|&(t, lead)| Membership {
            team: ctx.link(from, Kind::Team, t, &hb.teams[t].meta),
            role: ctx
                .t(if lead { "team.lead" } else { "person.member" })
                .to_string(),
        })
        .collect();
    out.sort_by(|a, b| a.team.title.cmp(&b.team.title));
    out
}

/// The people index.
pub fn fill(ctx: &Ctx<'_>, path: &str, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let mut objectives = std::collections::HashMap::<&str, usize>::new();
    for o in hb.objectives.iter().filter(|o| hb.is_published(o)) {
        if let Some(owner) = &o.owner {
            *objectives.entry(owner).or_default() += 1;
        }
    }
    let mut key_results = std::collections::HashMap::<&str, usize>::new();
    for kr in &hb.key_results {
        if hb.objective_of(kr).is_some_and(|o| hb.is_published(o)) {
            if let Some(owner) = hb.kr_owner(kr) {
                *key_results.entry(owner).or_default() += 1;
            }
        }
    }
    let rows: Vec<Row> = hb
        .people
        .iter()
        .map(|p| Row {
            person: ctx.person(path, &p.name),
            teams: memberships(ctx, path, &p.name),
            objectives: objectives.get(p.name.as_str()).copied().unwrap_or(0),
            key_results: key_results.get(p.name.as_str()).copied().unwrap_or(0),
        })
        .collect();
    c.insert("page_title", ctx.t("people.title"));
    c.insert("rows", &rows);
    "people.html"
}
