//! The people page: everyone named as an owner or lead, with what they own and lead.

use std::collections::BTreeMap;

use serde::Serialize;
use tera::Context;

use super::super::context::{Ctx, LinkView};
use super::super::urls;
use crate::model::Kind;

#[derive(Serialize)]
struct Person {
    name: String,
    anchor: String,
    objectives: Vec<LinkView>,
    key_results: Vec<LinkView>,
    leads: Vec<LinkView>,
}

fn people(ctx: &Ctx<'_>, path: &str) -> Vec<Person> {
    let hb = ctx.hb;
    let mut map: BTreeMap<String, Person> = BTreeMap::new();
    fn entry<'m>(map: &'m mut BTreeMap<String, Person>, name: &str) -> &'m mut Person {
        map.entry(name.to_string()).or_insert_with(|| Person {
            name: name.to_string(),
            anchor: urls::person_slug(name),
            objectives: Vec::new(),
            key_results: Vec::new(),
            leads: Vec::new(),
        })
    }
    for (i, o) in hb.objectives.iter().enumerate() {
        if let (Some(owner), true) = (&o.owner, hb.is_published(o)) {
            entry(&mut map, owner)
                .objectives
                .push(ctx.link(path, Kind::Objective, i, &o.meta));
        }
    }
    for (k, kr) in hb.key_results.iter().enumerate() {
        if let (Some(owner), true) = (
            &kr.owner,
            hb.objective_of(kr).is_some_and(|o| hb.is_published(o)),
        ) {
            entry(&mut map, owner)
                .key_results
                .push(ctx.link(path, Kind::KeyResult, k, &kr.meta));
        }
    }
    for (t, team) in hb.teams.iter().enumerate() {
        if let Some(lead) = &team.lead {
            entry(&mut map, lead)
                .leads
                .push(ctx.link(path, Kind::Team, t, &team.meta));
        }
    }
    map.into_values().collect()
}

/// The people page.
pub fn fill(ctx: &Ctx<'_>, path: &str, c: &mut Context) -> &'static str {
    c.insert("page_title", ctx.t("people.title"));
    c.insert("people", &people(ctx, path));
    "people.html"
}
