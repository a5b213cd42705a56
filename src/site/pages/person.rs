//! A person's page: the teams they lead or belong to, what of theirs needs attention,
//! the objectives and key results they own, and their check-ins of the running cycles.

use serde::Serialize;
use tera::Context;

use super::super::context::{AttentionView, Ctx, LinkView};
use super::key_result::{self, KeyResultView};
use super::objective::{self, ObjectiveView};
use super::people::{memberships, Membership};
use crate::model::Kind;

#[derive(Serialize)]
struct PersonPage {
    name: String,
    teams: Vec<Membership>,
    attention: Vec<AttentionView>,
    objectives: Vec<ObjectiveView>,
    key_results: Vec<KeyResultView>,
    checkins: Vec<Checkin>,
}

/// A check-in of one of the person's key results.
#[derive(Serialize)]
struct Checkin {
    date: String,
    kr: LinkView,
    value: String,
    note: Option<String>,
}

/// The page of person `i` of `Handbook::people`.
pub fn fill(ctx: &Ctx<'_>, path: &str, i: usize, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let name = hb.people[i].name.as_str();
    let owns_kr = |k: usize| hb.kr_owner(&hb.key_results[k]) == Some(name);
    let published = |k: usize| {
        hb.objective_of(&hb.key_results[k])
            .is_some_and(|o| hb.is_published(o))
    };
    let objectives: Vec<ObjectiveView> = (0..hb.objectives.len())
        .filter(|&o| {
            let obj = &hb.objectives[o];
            hb.is_published(obj) && obj.owner.as_deref() == Some(name)
        })
        .map(|o| objective::view(ctx, path, o, false))
        .collect();
    let mine: Vec<usize> = (0..hb.key_results.len())
        .filter(|&k| published(k) && owns_kr(k))
        .collect();
    let page = PersonPage {
        name: name.to_string(),
        teams: memberships(ctx, path, name),
        attention: ctx.attention_list(path, |a| owns_kr(a.kr)),
        objectives,
        key_results: mine
            .iter()
            .map(|&k| key_result::view(ctx, path, k, false, false))
            .collect(),
        checkins: running_checkins(ctx, path, &mine),
    };
    c.insert("page_title", name);
    c.insert("person", &page);
    "person.html"
}

/// The check-ins of key results `krs` whose cycle runs on `as_of`, newest first.
fn running_checkins(ctx: &Ctx<'_>, path: &str, krs: &[usize]) -> Vec<Checkin> {
    let hb = ctx.hb;
    let mut all: Vec<(jiff::civil::Date, usize, usize)> = Vec::new();
    for &k in krs {
        let kr = &hb.key_results[k];
        let running = hb
            .objective_of(kr)
            .and_then(|o| hb.cycle_of(o))
            .is_some_and(|cy| cy.start <= hb.as_of && hb.as_of <= cy.end);
        if running {
            all.extend(kr.checkins.iter().enumerate().map(|(j, c)| (c.date, k, j)));
        }
    }
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    all.into_iter()
        .map(|(date, k, j)| {
            let kr = &hb.key_results[k];
            let c = &kr.checkins[j];
            Checkin {
                date: ctx.date(date),
                kr: ctx.link(path, Kind::KeyResult, k, &kr.meta),
                value: match (c.value, c.done) {
                    (Some(v), _) => ctx.value(v, kr.unit.as_deref()),
                    (None, Some(true)) => ctx.t("kr.done").to_string(),
                    _ => ctx.t("kr.open").to_string(),
                },
                note: c.note.clone(),
            }
        })
        .collect()
}
