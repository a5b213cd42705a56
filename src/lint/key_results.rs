//! Rules about single key results.

use super::activity;
use super::memo::Memo;
use crate::diagnostic::{Diagnostic, Rule};
use crate::lang::{self, Language};
use crate::model::{Handbook, KeyResult, Measure};

fn at(hb: &Handbook, kr: &KeyResult, rule: Rule, message: String, help: String) -> Diagnostic {
    Diagnostic::new(rule, hb.file_path(&kr.meta), kr.meta.title_pos, message).with_help(help)
}

/// `kr-activity`: the title names work to do, a deliverable, a count of the team's own
/// output or a routine, not a result.
pub fn kr_activity(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    static MEMO: Memo<String, Option<activity::ActivityMatch>> = Memo::new();
    let lang = hb.config.language;
    let titles: Vec<&str> = hb
        .key_results
        .iter()
        .map(|k| k.meta.title.as_str())
        .collect();
    let found = MEMO.all(&titles, activity::classify);
    for (kr, m) in hb.key_results.iter().zip(found) {
        if let Some(m) = m {
            let (message, help) = (m.message(&kr.meta.id, lang), m.help(lang));
            out.push(at(hb, kr, Rule::KrActivity, message, help).with_mark(m.evidence));
        }
    }
}

/// `kr-not-measurable`: no target, no threshold, no `done`.
pub fn kr_not_measurable(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    for kr in hb
        .key_results
        .iter()
        .filter(|k| k.measure == Measure::Unmeasurable && !k.measure_refused)
    {
        // A misspelt measuring field is the cause; its unknown-field finding says so.
        if ["target", "keep", "done", "baseline"]
            .iter()
            .any(|f| kr.meta.misspelt(f))
        {
            continue;
        }
        let id = &kr.meta.id;
        out.push(at(
            hb,
            kr,
            Rule::KrNotMeasurable,
            say!(
                lang,
                "key result `{id}` cannot be measured: it has no target, no threshold and no `done`",
                "Das Key Result `{id}` ist nicht messbar: Es hat keinen Zielwert (`target`), keine Schwelle (`keep`) und kein `done`"
            ),
            say!(
                lang,
                "add `baseline:` and `target:`; or `keep: above|below` with `target:` for a threshold; or `done: false` for a milestone",
                "`baseline:` und `target:` ergänzen; oder `keep: above|below` mit `target:` für eine Schwelle; oder `done: false` für einen Meilenstein"
            ),
        ));
    }
}

/// `stale-checkin`: a key result of a running cycle without a recent check-in. As the
/// format says, this holds for every key result, reached ones too: a metric at its
/// target can fall back, and the check-in is what shows that it has not.
pub fn stale_checkin(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    let limit = hb.config.stale_checkin_days;
    for kr in &hb.key_results {
        let Some(days) = hb.stale_days(kr) else {
            continue;
        };
        let id = &kr.meta.id;
        let message = match kr.latest_checkin() {
            Some(c) => {
                let date = lang::date(c.date, lang);
                say!(
                    lang,
                    "key result `{id}` had its last check-in on {date}, {days} days ago",
                    "Das Key Result `{id}` hatte seinen letzten Check-in am {date}, vor {days} Tagen"
                )
            }
            None => say!(
                lang,
                "key result `{id}` has no check-in yet, {days} days into the cycle",
                "Das Key Result `{id}` hat noch keinen Check-in, {days} Tage nach Beginn des Zyklus"
            ),
        };
        // A milestone reports `done`, every other key result a value.
        let field = if kr.measure == Measure::Milestone {
            "done: false"
        } else {
            "value: …"
        };
        let today = hb.as_of;
        let help = say!(
            lang,
            "add a check-in (`- {{date: {today}, {field}}}`) at least every {limit} days",
            "Mindestens alle {limit} Tage einen Check-in eintragen (`- {{date: {today}, {field}}}`)"
        );
        out.push(at(hb, kr, Rule::StaleCheckin, message, help));
    }
}

/// `checkin-outside-cycle`: a check-in dated before the cycle's start or after its end.
pub fn checkin_outside_cycle(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    for kr in &hb.key_results {
        let Some(cycle) = hb.objective_of(kr).and_then(|o| hb.cycle_of(o)) else {
            continue;
        };
        let (id, start, end) = (
            &cycle.meta.id,
            lang::date(cycle.start, lang),
            lang::date(cycle.end, lang),
        );
        for c in kr
            .checkins
            .iter()
            .filter(|c| c.date < cycle.start || c.date > cycle.end)
        {
            let date = lang::date(c.date, lang);
            let message = if c.date < cycle.start {
                say!(
                    lang,
                    "the check-in of {date} is before the cycle starts (cycle `{id}`: {start} to {end})",
                    "Der Check-in vom {date} liegt vor dem Beginn des Zyklus (Zyklus `{id}`: {start} bis {end})"
                )
            } else {
                say!(
                    lang,
                    "the check-in of {date} is after the cycle ends (cycle `{id}`: {start} to {end})",
                    "Der Check-in vom {date} liegt nach dem Ende des Zyklus (Zyklus `{id}`: {start} bis {end})"
                )
            };
            out.push(
                Diagnostic::new(
                    Rule::CheckinOutsideCycle,
                    hb.file_path(&kr.meta),
                    c.pos,
                    message,
                )
                .with_help(say!(
                    lang,
                    "check the date; a value from another cycle belongs to that cycle's key result",
                    "Das Datum prüfen; ein Wert aus einem anderen Zyklus gehört zum Key Result jenes Zyklus"
                )),
            );
        }
    }
}

/// `future-checkin`: a check-in dated after today. It counts nowhere until its day; when
/// another date is asked for with `--as-of`, later check-ins are left out silently.
pub fn future_checkin(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    if hb.as_of_given {
        return;
    }
    let lang = hb.config.language;
    let today = lang::date(hb.as_of, lang);
    for kr in &hb.key_results {
        for c in &kr.future_checkins {
            let date = lang::date(c.date, lang);
            out.push(
                Diagnostic::new(
                    Rule::FutureCheckin,
                    hb.file_path(&kr.meta),
                    c.pos,
                    future_message(&kr.meta.id, &date, &today, lang),
                )
                .with_help(say!(
                    lang,
                    "check the date (a typo in the year or month?); a check-in records a value that was measured",
                    "Das Datum prüfen (ein Tippfehler im Jahr oder Monat?); ein Check-in hält einen Wert fest, der gemessen wurde"
                )),
            );
        }
    }
}

fn future_message(id: &str, date: &str, today: &str, lang: Language) -> String {
    say!(
        lang,
        "the check-in of {date} of key result `{id}` lies after today ({today}), so it does not count yet",
        "Der Check-in vom {date} des Key Results `{id}` liegt nach dem heutigen Tag ({today}) und zählt darum noch nicht"
    )
}
