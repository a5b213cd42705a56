//! Rules about single key results.

use super::activity::{self, ActivityKind};
use crate::diagnostic::{Diagnostic, Rule};
use crate::model::{Handbook, KeyResult, Measure};
use crate::progress::days_between;

fn at(hb: &Handbook, kr: &KeyResult, rule: Rule, message: String, help: &str) -> Diagnostic {
    Diagnostic::new(rule, hb.file_path(&kr.meta), kr.meta.title_pos, message).with_help(help)
}

/// `kr-activity`: the title counts work done or starts with a doing verb.
pub fn kr_activity(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    for kr in &hb.key_results {
        let Some(m) = activity::classify(&kr.meta.title) else {
            continue;
        };
        // The example speaks the language of the title's tell-tale word.
        let german = m.lang == "de";
        let (message, help) = match m.kind {
            ActivityKind::DoingVerb => (
                format!(
                    "key result `{}` describes an activity (\"{}\"), not a result",
                    kr.meta.id, m.evidence
                ),
                if german {
                    "name the change you want to see, not the work to do: e.g. \"Kündigungsquote von 8 % auf 5 % senken\" instead of \"Kündigungs-Workshops durchführen\""
                } else {
                    "name the change you want to see, not the work to do: e.g. \"Churn falls from 8 % to 5 %\" instead of \"Run churn workshops\""
                },
            ),
            ActivityKind::CountsActivity => (
                format!(
                    "key result `{}` counts work done (\"{}\"), not value created",
                    kr.meta.id, m.evidence
                ),
                if german {
                    "measure what the activity should change for customers, e.g. \"NPS der B2B-Kunden von 20 auf 35\" instead of \"12 Workshops\""
                } else {
                    "measure what the activity should change for customers, e.g. \"NPS of B2B customers from 20 to 35\" instead of \"12 workshops\""
                },
            ),
        };
        out.push(at(hb, kr, Rule::KrActivity, message, help));
    }
}

/// `kr-not-measurable`: no target, no threshold, no `done`.
pub fn kr_not_measurable(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    for kr in hb
        .key_results
        .iter()
        .filter(|k| k.measure == Measure::Unmeasurable && !k.measure_refused)
    {
        out.push(at(
            hb,
            kr,
            Rule::KrNotMeasurable,
            format!("key result `{}` cannot be measured: it has no target, no threshold and no `done`", kr.meta.id),
            "add `baseline:` and `target:`; or `keep: above|below` with `target:` for a threshold; or `done: false` for a milestone",
        ));
    }
}

/// `stale-checkin`: a key result of a running cycle without a recent check-in. As the
/// format says, this holds for every key result, reached ones too: a metric at its
/// target can fall back, and the check-in is what shows that it has not.
pub fn stale_checkin(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let limit = hb.config.stale_checkin_days;
    for kr in &hb.key_results {
        let Some(cycle) = hb.objective_of(kr).and_then(|o| hb.cycle_of(o)) else {
            continue;
        };
        if hb.as_of < cycle.start || hb.as_of > cycle.end {
            continue;
        }
        let message = match kr.latest_checkin() {
            Some(c) => {
                let days = days_between(c.date, hb.as_of);
                if days <= limit {
                    continue;
                }
                format!(
                    "key result `{}` had its last check-in on {}, {days} days ago",
                    kr.meta.id, c.date
                )
            }
            None => {
                let days = days_between(cycle.start, hb.as_of);
                if days <= limit {
                    continue;
                }
                format!(
                    "key result `{}` has no check-in yet, {days} days into the cycle",
                    kr.meta.id
                )
            }
        };
        // A milestone reports `done`, every other key result a value.
        let field = if kr.measure == Measure::Milestone {
            "done: false"
        } else {
            "value: …"
        };
        let help = format!(
            "add a check-in (`- {{date: {}, {field}}}`) at least every {limit} days",
            hb.as_of
        );
        out.push(at(hb, kr, Rule::StaleCheckin, message, &help));
    }
}

/// `checkin-outside-cycle`: a check-in dated before the cycle's start or after its end.
pub fn checkin_outside_cycle(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    for kr in &hb.key_results {
        let Some(cycle) = hb.objective_of(kr).and_then(|o| hb.cycle_of(o)) else {
            continue;
        };
        for c in kr
            .checkins
            .iter()
            .filter(|c| c.date < cycle.start || c.date > cycle.end)
        {
            let side = if c.date < cycle.start {
                "before the cycle starts"
            } else {
                "after the cycle ends"
            };
            out.push(
                Diagnostic::new(
                    Rule::CheckinOutsideCycle,
                    hb.file_path(&kr.meta),
                    c.pos,
                    format!(
                        "the check-in of {} is {side} (cycle `{}`: {} to {})",
                        c.date, cycle.meta.id, cycle.start, cycle.end
                    ),
                )
                .with_help(
                    "check the date; a value from another cycle belongs to that cycle's key result",
                ),
            );
        }
    }
}
