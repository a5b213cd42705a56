//! Lint rules over the handbook model. Each rule is one function that reads the model
//! and reports findings with their rule id, file and line; the runner then applies the
//! levels of `okrbook.yaml` and each document's own `lint: {allow: […]}`.

pub mod activity;
mod handbook;
mod key_results;
mod lexicon;
mod links;
mod memo;
pub mod model;
mod objectives;
mod raw_html;
pub mod title_numbers;

use std::collections::{BTreeSet, HashMap};

use crate::config::Config;
use crate::diagnostic::{sort_diagnostics, Diagnostic, Rule};
use crate::model::{Handbook, Meta};

type RuleFn = fn(&Handbook, &mut Vec<Diagnostic>);

/// Every lint rule with the function that implements it. Rules about loading
/// (front-matter, bad-value, broken-ref …) are reported while the model is built.
const RULES: &[(Rule, RuleFn)] = &[
    (Rule::KrActivity, key_results::kr_activity),
    (Rule::KrNotMeasurable, key_results::kr_not_measurable),
    (Rule::StaleCheckin, key_results::stale_checkin),
    (
        Rule::CheckinOutsideCycle,
        key_results::checkin_outside_cycle,
    ),
    (Rule::KrCount, objectives::kr_count),
    (Rule::ObjectiveNoKr, objectives::objective_no_kr),
    (Rule::ObjectiveHasNumber, objectives::objective_has_number),
    (Rule::NoOwner, objectives::no_owner),
    (Rule::TooManyObjectives, objectives::too_many_objectives),
    (Rule::OrphanPrinciple, handbook::orphan_principle),
    (Rule::NpsEverywhere, handbook::nps_everywhere),
    (Rule::PrincipleOneTeam, handbook::principle_one_team),
    (Rule::FutureCheckin, key_results::future_checkin),
    (Rule::KrTitleNumbers, title_numbers::kr_title_numbers),
    (Rule::BrokenLink, links::broken_link),
    (Rule::RawHtml, raw_html::raw_html),
];

/// Every document with a file of its own (key results written inside an objective
/// share its file), whose body rules read.
fn documents(hb: &Handbook) -> Vec<&Meta> {
    hb.cycles
        .iter()
        .map(|d| &d.meta)
        .chain(hb.teams.iter().map(|d| &d.meta))
        .chain(hb.principles.iter().map(|d| &d.meta))
        .chain(hb.objectives.iter().map(|d| &d.meta))
        .chain(
            hb.key_results
                .iter()
                .filter(|k| k.objective_ref.is_some())
                .map(|d| &d.meta),
        )
        .chain(hb.pages.iter().map(|d| &d.meta))
        .collect()
}

/// Runs every rule that is not switched off and appends its findings.
pub fn run(hb: &Handbook, diags: &mut Vec<Diagnostic>) {
    let parts: Vec<Vec<Diagnostic>> = {
        use rayon::prelude::*;
        RULES
            .par_iter()
            .filter(|(rule, _)| hb.config.severity(*rule).is_some())
            .map(|(rule, f)| {
                let mut out = Vec::new();
                let started = std::time::Instant::now();
                f(hb, &mut out);
                if crate::timings::enabled() {
                    let ms = started.elapsed().as_secs_f64() * 1000.0;
                    eprintln!("timings: rule {}: {ms:.1} ms", rule.id());
                }
                out
            })
            .collect()
    };
    diags.extend(parts.into_iter().flatten());
}

/// Applies the configured levels and the documents' `allow` lists, then sorts.
pub fn finish(
    config: &Config,
    hb: Option<&Handbook>,
    mut diags: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let allowed = hb.map(allow_lists).unwrap_or_default();
    diags.retain_mut(|d| {
        if allowed
            .get(d.file.as_str())
            .is_some_and(|set| set.contains(&d.rule))
        {
            return false;
        }
        match config.severity(d.rule) {
            Some(s) => {
                d.severity = s;
                true
            }
            None => false,
        }
    });
    sort_diagnostics(&mut diags);
    diags
}

/// The rules each file switched off for itself.
fn allow_lists(hb: &Handbook) -> HashMap<&str, &BTreeSet<Rule>> {
    documents(hb)
        .into_iter()
        .filter(|m| !m.allow.is_empty())
        .map(|m| (hb.file_path(m), &m.allow))
        .collect()
}
