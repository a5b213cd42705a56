//! A person's page: the teams they lead or belong to, what of theirs needs attention,
//! the objectives and key results they own, and their check-ins of the running cycles.

use serde::Serialize;
use tera::Context;

use super::super::context::{AttentionView, CheckinRow, Ctx, Owned};
use super::key_result::{self, KeyResultRow};
use super::objective::{self, ObjectiveRow};
use super::people::{memberships, Membership};

#[derive(Serialize)]
struct PersonPage {
    name: String,
    teams: Vec<Membership>,
    attention: Vec<AttentionView>,
    objectives: Vec<ObjectiveRow>,
    key_results: Vec<KeyResultRow>,
    checkins: Vec<CheckinRow>,
}

/// The page of person `i` of `Handbook::people`.
pub fn fill(ctx: &Ctx<'_>, path: &str, i: usize, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let name = hb.people[i].name.as_str();
    let none = Owned::default();
    let owned = ctx.owned.get(name).unwrap_or(&none);
    let objectives: Vec<ObjectiveRow> = owned
        .objectives
        .iter()
        .map(|&o| objective::row(ctx, path, o))
        .collect();
    let mine = &owned.key_results;
    // Check-ins of the cycles running now.
    let running = mine.iter().copied().filter(|&k| {
        hb.objective_of(&hb.key_results[k])
            .and_then(|o| hb.cycle_of(o))
            .is_some_and(|cy| cy.start <= hb.as_of && hb.as_of <= cy.end)
    });
    let page = PersonPage {
        name: name.to_string(),
        teams: memberships(ctx, path, name),
        attention: ctx.attention_of(path, mine.iter().copied()),
        objectives,
        key_results: mine
            .iter()
            .map(|&k| key_result::row(ctx, path, k))
            .collect(),
        checkins: ctx.checkin_rows(path, running, usize::MAX),
    };
    c.insert("page_title", name);
    c.insert("person", &page);
    "person.html"
}
