//! `okrbook diff`: what a change does to the OKRs, for a pull request comment.
//!
//! Both states are checked with the same `as_of`, so that every difference in progress
//! and status comes from the change and not from the calendar.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::check::Checked;
use crate::diagnostic::Diagnostic;
use crate::lang::{self, Language};
use crate::model::{Handbook, KeyResult, Measure, Objective};

/// One objective or key result whose place or name changed.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Item {
    pub id: String,
    pub title: String,
    /// The objective a key result belongs to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objective: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Renamed {
    pub id: String,
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Moved {
    pub id: String,
    pub title: String,
    /// `team` or `cycle`.
    pub field: &'static str,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// A changed target or baseline of a key result.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Goal {
    pub id: String,
    pub title: String,
    /// `target` or `baseline`.
    pub field: &'static str,
    pub from: Option<f64>,
    pub to: Option<f64>,
    /// The target moved towards the baseline: less ambition, a classic way to turn a red
    /// key result green.
    pub lowered: bool,
    /// The key result's unit (`%`, `EUR`), shown after each number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// Numbers of an objective or key result before and after.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Progress {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub objective: Option<String>,
    pub current: (Option<f64>, Option<f64>),
    pub progress: (Option<f64>, Option<f64>),
    pub status: (Option<String>, Option<String>),
    /// Check-ins added by the change.
    pub new_checkins: usize,
    /// The key result's unit (`%`, `EUR`), shown after each number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

/// A finding, without its line (lines move when text above them changes).
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub file: String,
    pub line: u32,
    pub rule: String,
    pub severity: String,
    pub message: String,
}

/// Everything `okrbook diff` reports, each list in a stable order (by id or file).
#[derive(Debug, Clone, Serialize, Default)]
pub struct Report {
    pub objectives_added: Vec<Item>,
    pub objectives_removed: Vec<Item>,
    pub objectives_renamed: Vec<Renamed>,
    pub objectives_moved: Vec<Moved>,
    pub key_results_added: Vec<Item>,
    pub key_results_removed: Vec<Item>,
    pub key_results_renamed: Vec<Renamed>,
    pub goals_changed: Vec<Goal>,
    /// Key results with new check-ins or other changes of their numbers.
    pub key_results_progress: Vec<Progress>,
    /// Objectives whose progress or status changed.
    pub objectives_progress: Vec<Progress>,
    pub findings_new: Vec<Finding>,
    pub findings_fixed: Vec<Finding>,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.objectives_added.is_empty()
            && self.objectives_removed.is_empty()
            && self.objectives_renamed.is_empty()
            && self.objectives_moved.is_empty()
            && self.key_results_added.is_empty()
            && self.key_results_removed.is_empty()
            && self.key_results_renamed.is_empty()
            && self.goals_changed.is_empty()
            && self.key_results_progress.is_empty()
            && self.objectives_progress.is_empty()
            && self.findings_new.is_empty()
            && self.findings_fixed.is_empty()
    }
}

fn objectives(hb: &Handbook) -> BTreeMap<&str, &Objective> {
    hb.objectives
        .iter()
        .map(|o| (o.meta.id.as_str(), o))
        .collect()
}

fn key_results(hb: &Handbook) -> BTreeMap<&str, &KeyResult> {
    hb.key_results
        .iter()
        .map(|k| (k.meta.id.as_str(), k))
        .collect()
}

fn objective_id(hb: &Handbook, kr: &KeyResult) -> Option<String> {
    hb.objective_of(kr).map(|o| o.meta.id.clone())
}

fn target_of(kr: &KeyResult) -> Option<f64> {
    match kr.measure {
        Measure::Numeric { target, .. } | Measure::Threshold { target, .. } => Some(target),
        _ => None,
    }
}

fn baseline_of(kr: &KeyResult) -> Option<f64> {
    match kr.measure {
        Measure::Numeric { baseline, .. } => Some(baseline),
        _ => None,
    }
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

fn findings(c: &Checked) -> BTreeSet<Finding> {
    c.diagnostics
        .iter()
        .map(|d: &Diagnostic| Finding {
            file: d.file.clone(),
            line: d.line,
            rule: d.rule.id().to_string(),
            severity: d.severity.as_str().to_string(),
            message: d.message.clone(),
        })
        .collect()
}

/// Compares the handbook before (`old`) and after (`new`) a change.
pub fn compare(old: &Checked, new: &Checked) -> Report {
    let mut r = Report::default();
    compare_objectives(&old.handbook, &new.handbook, &mut r);
    compare_key_results(&old.handbook, &new.handbook, &mut r);
    compare_findings(old, new, &mut r);
    r
}

fn status_id(c: &crate::model::Computed) -> Option<String> {
    c.status.map(|s| s.id().to_string())
}

/// Objectives added, removed, renamed, moved to another team or cycle, or whose
/// progress or status changed.
fn compare_objectives(a: &Handbook, b: &Handbook, r: &mut Report) {
    let (oa, ob) = (objectives(a), objectives(b));
    for (id, o) in &ob {
        let Some(before) = oa.get(id) else {
            r.objectives_added.push(Item {
                id: id.to_string(),
                title: o.meta.title.clone(),
                objective: None,
            });
            continue;
        };
        if before.meta.title != o.meta.title {
            r.objectives_renamed.push(Renamed {
                id: id.to_string(),
                from: before.meta.title.clone(),
                to: o.meta.title.clone(),
            });
        }
        objective_moves(id, before, o, r);
        let (ca, cb) = (&before.computed, &o.computed);
        if !close(ca.progress, cb.progress) || status_id(ca) != status_id(cb) {
            r.objectives_progress.push(Progress {
                id: id.to_string(),
                title: o.meta.title.clone(),
                objective: None,
                current: (None, None),
                progress: (ca.progress, cb.progress),
                status: (status_id(ca), status_id(cb)),
                new_checkins: 0,
                unit: None,
            });
        }
    }
    for (id, o) in &oa {
        if !ob.contains_key(id) {
            r.objectives_removed.push(Item {
                id: id.to_string(),
                title: o.meta.title.clone(),
                objective: None,
            });
        }
    }
}

/// An objective that moved to another team or cycle.
fn objective_moves(id: &str, before: &Objective, o: &Objective, r: &mut Report) {
    let team = |o: &Objective| o.team.as_ref().map(|t| t.id.clone());
    let cycle = |o: &Objective| o.cycle.as_ref().map(|c| c.id.clone());
    for (field, from, to) in [
        ("team", team(before), team(o)),
        ("cycle", cycle(before), cycle(o)),
    ] {
        if from != to {
            r.objectives_moved.push(Moved {
                id: id.to_string(),
                title: o.meta.title.clone(),
                field,
                from,
                to,
            });
        }
    }
}

/// Key results added, removed, renamed, with other goals, new check-ins or other
/// progress.
fn compare_key_results(a: &Handbook, b: &Handbook, r: &mut Report) {
    let (ka, kb) = (key_results(a), key_results(b));
    for (id, k) in &kb {
        let Some(before) = ka.get(id) else {
            r.key_results_added.push(Item {
                id: id.to_string(),
                title: k.meta.title.clone(),
                objective: objective_id(b, k),
            });
            continue;
        };
        if before.meta.title != k.meta.title {
            r.key_results_renamed.push(Renamed {
                id: id.to_string(),
                from: before.meta.title.clone(),
                to: k.meta.title.clone(),
            });
        }
        goal_changes(id, before, k, r);
        key_result_progress(b, id, before, k, r);
    }
    for (id, k) in &ka {
        if !kb.contains_key(id) {
            r.key_results_removed.push(Item {
                id: id.to_string(),
                title: k.meta.title.clone(),
                objective: objective_id(a, k),
            });
        }
    }
}

/// A key result's target or baseline that changed; a target that asks for less is
/// marked as lowered.
fn goal_changes(id: &str, before: &KeyResult, k: &KeyResult, r: &mut Report) {
    let goal = |field, from, to, lowered| Goal {
        id: id.to_string(),
        title: k.meta.title.clone(),
        field,
        from,
        to,
        lowered,
        unit: k.unit.clone(),
    };
    let (ta, tb) = (target_of(before), target_of(k));
    if !close(ta, tb) {
        r.goals_changed
            .push(goal("target", ta, tb, lowered(ta, tb, &k.measure)));
    }
    let (ba, bb) = (baseline_of(before), baseline_of(k));
    if !close(ba, bb) {
        r.goals_changed.push(goal("baseline", ba, bb, false));
    }
}

/// Whether a target moved from `from` to `to` asks for less: against the key
/// result's direction (down for a rising metric, up for a falling one, towards a
/// threshold's easy side).
fn lowered(from: Option<f64>, to: Option<f64>, measure: &Measure) -> bool {
    match (from, to, measure) {
        (Some(x), Some(y), Measure::Numeric { baseline, .. }) => {
            (x - baseline).signum() * (y - x) < 0.0
        }
        (Some(x), Some(y), Measure::Threshold { keep, .. }) => match keep {
            crate::model::Keep::Above => y < x,
            crate::model::Keep::Below => y > x,
        },
        _ => false,
    }
}

/// A key result with new check-ins or another current value, progress or status.
fn key_result_progress(b: &Handbook, id: &str, before: &KeyResult, k: &KeyResult, r: &mut Report) {
    let key = |c: &crate::model::CheckIn| (c.date, c.value.map(f64::to_bits), c.done);
    let seen: BTreeSet<_> = before.checkins.iter().map(key).collect();
    let new_checkins = k
        .checkins
        .iter()
        .filter(|c| !seen.contains(&key(c)))
        .count();
    let (ca, cb) = (&before.computed, &k.computed);
    if new_checkins > 0
        || !close(ca.progress, cb.progress)
        || !close(ca.current, cb.current)
        || status_id(ca) != status_id(cb)
    {
        r.key_results_progress.push(Progress {
            id: id.to_string(),
            title: k.meta.title.clone(),
            objective: objective_id(b, k),
            current: (ca.current, cb.current),
            progress: (ca.progress, cb.progress),
            status: (status_id(ca), status_id(cb)),
            new_checkins,
            unit: k.unit.clone(),
        });
    }
}

/// Findings that came and went. They match without their line: text above them may
/// have moved them.
fn compare_findings(old: &Checked, new: &Checked, r: &mut Report) {
    let strip = |f: &Finding| (f.file.clone(), f.rule.clone(), f.message.clone());
    let (fa, fb) = (findings(old), findings(new));
    let before: BTreeSet<_> = fa.iter().map(strip).collect();
    let after: BTreeSet<_> = fb.iter().map(strip).collect();
    r.findings_new = fb
        .iter()
        .filter(|f| !before.contains(&strip(f)))
        .cloned()
        .collect();
    r.findings_fixed = fa
        .iter()
        .filter(|f| !after.contains(&strip(f)))
        .cloned()
        .collect();
}

/// How the report writes numbers, statuses and links, in the handbook's language.
struct Words<'a> {
    lang: Language,
    strings: crate::site::i18n::Strings,
    site_url: Option<&'a str>,
}

impl Words<'_> {
    /// A value with its unit, or "–".
    fn value(&self, v: Option<f64>, unit: Option<&str>) -> String {
        v.map_or("–".into(), |x| lang::with_unit(x, unit, self.lang))
    }

    /// A share as a whole percentage, or "–".
    fn pct(&self, v: Option<f64>) -> String {
        v.map_or("–".into(), |p| format!("{} %", lang::percent(p)))
    }

    /// A status in the words of the site.
    fn status(&self, s: &Option<String>) -> String {
        match s {
            Some(id) => self.strings.get(&format!("status.{id}")).to_string(),
            None => "–".into(),
        }
    }

    /// A title, linked to its page on the preview site when there is one.
    fn link(&self, kind: &str, id: &str, title: &str) -> String {
        let cell = crate::report::markdown_cell;
        match self.site_url {
            Some(base) => format!(
                "[{}]({}/{kind}/{id}/)",
                cell(title),
                base.trim_end_matches('/')
            ),
            None => cell(title),
        }
    }

    /// The warning after a target that lost ambition, in the words of its numbers: a
    /// falling metric's target that went up is not "lowered" to a reader who sees 250 → 320.
    fn lowered_flag(&self, g: &Goal) -> String {
        match (g.lowered, g.from, g.to) {
            (false, ..) => String::new(),
            (true, Some(from), Some(to)) if to > from => say!(
                self.lang,
                " — **target raised for a falling metric: less ambitious**",
                " — **Ziel einer fallenden Kennzahl angehoben: weniger ehrgeizig**"
            ),
            (true, ..) => say!(self.lang, " — **target lowered**", " — **Ziel gesenkt**"),
        }
    }
}

/// Markdown for a pull request comment or `$GITHUB_STEP_SUMMARY`, in the handbook's
/// language; links to the preview site when `site_url` is given.
pub fn markdown(r: &Report, site_url: Option<&str>, lang: Language) -> String {
    let w = Words {
        lang,
        strings: crate::site::i18n::default_strings(lang),
        site_url,
    };
    let mut s = String::from("## okrbook diff\n\n");
    if r.is_empty() {
        s.push_str(&say!(
            lang,
            "This change does not touch objectives, key results or findings.\n",
            "Diese Änderung berührt keine Ziele, Key Results oder Befunde.\n"
        ));
        return s;
    }
    let sections = [
        (say!(lang, "Objectives", "Ziele"), objective_lines(r, &w)),
        (
            say!(lang, "Key results", "Key Results"),
            key_result_lines(r, &w),
        ),
        (say!(lang, "Progress", "Fortschritt"), progress_lines(r, &w)),
        (
            say!(lang, "New findings", "Neue Befunde"),
            r.findings_new.iter().map(finding_line).collect(),
        ),
        (
            say!(lang, "Fixed findings", "Behobene Befunde"),
            r.findings_fixed.iter().map(finding_line).collect(),
        ),
    ];
    for (title, lines) in sections {
        if lines.is_empty() {
            continue;
        }
        s.push_str(&format!("### {title}\n\n"));
        for l in lines {
            s.push_str(&format!("- {l}\n"));
        }
        s.push('\n');
    }
    s
}

/// Added, removed and renamed objectives or key results: the same three kinds of line.
fn changed_items(
    w: &Words<'_>,
    kind: &str,
    added: &[Item],
    removed: &[Item],
    renamed: &[Renamed],
) -> Vec<String> {
    let cell = crate::report::markdown_cell;
    let lang = w.lang;
    let added = added.iter().map(|i| {
        let (link, id) = (w.link(kind, &i.id, &i.title), &i.id);
        say!(lang, "added: {link} (`{id}`)", "neu: {link} (`{id}`)")
    });
    let removed = removed.iter().map(|i| {
        let (title, id) = (cell(&i.title), &i.id);
        say!(
            lang,
            "removed: {title} (`{id}`)",
            "entfernt: {title} (`{id}`)"
        )
    });
    let renamed = renamed.iter().map(|i| {
        let (id, from, to) = (&i.id, cell(&i.from), w.link(kind, &i.id, &i.to));
        say!(
            lang,
            "renamed `{id}`: {from} → {to}",
            "umbenannt `{id}`: {from} → {to}"
        )
    });
    added.chain(removed).chain(renamed).collect()
}

fn objective_lines(r: &Report, w: &Words<'_>) -> Vec<String> {
    let lang = w.lang;
    let mut lines = changed_items(
        w,
        "objectives",
        &r.objectives_added,
        &r.objectives_removed,
        &r.objectives_renamed,
    );
    lines.extend(r.objectives_moved.iter().map(|m| {
        let link = w.link("objectives", &m.id, &m.title);
        let (field, from, to) = (
            m.field,
            m.from.as_deref().unwrap_or("–"),
            m.to.as_deref().unwrap_or("–"),
        );
        say!(
            lang,
            "moved {link}: {field} `{from}` → `{to}`",
            "verschoben {link}: {field} `{from}` → `{to}`"
        )
    }));
    lines
}

fn key_result_lines(r: &Report, w: &Words<'_>) -> Vec<String> {
    let lang = w.lang;
    let mut lines = changed_items(
        w,
        "key-results",
        &r.key_results_added,
        &r.key_results_removed,
        &r.key_results_renamed,
    );
    lines.extend(r.goals_changed.iter().map(|g| {
        let warn = if g.lowered { "⚠️ " } else { "" };
        let (field, link) = (g.field, w.link("key-results", &g.id, &g.title));
        let unit = g.unit.as_deref();
        let (from, to, flag) = (
            w.value(g.from, unit),
            w.value(g.to, unit),
            w.lowered_flag(g),
        );
        say!(
            lang,
            "{warn}{field} of {link}: {from} → {to}{flag}",
            "{warn}{field} von {link}: {from} → {to}{flag}"
        )
    }));
    lines
}

fn progress_lines(r: &Report, w: &Words<'_>) -> Vec<String> {
    let lang = w.lang;
    let key_results = r.key_results_progress.iter().map(|p| {
        let link = w.link("key-results", &p.id, &p.title);
        let unit = p.unit.as_deref();
        let (c0, c1) = (w.value(p.current.0, unit), w.value(p.current.1, unit));
        let (p0, p1) = (w.pct(p.progress.0), w.pct(p.progress.1));
        let (s0, s1) = (w.status(&p.status.0), w.status(&p.status.1));
        let n = p.new_checkins;
        let checkins = match n {
            0 => String::new(),
            1 => say!(lang, " (1 new check-in)", " (1 neuer Check-in)"),
            _ => say!(lang, " ({n} new check-ins)", " ({n} neue Check-ins)"),
        };
        format!("{link}: {c0} → {c1}, {p0} → {p1}, {s0} → {s1}{checkins}")
    });
    let objectives = r.objectives_progress.iter().map(|p| {
        let link = w.link("objectives", &p.id, &p.title);
        let (p0, p1) = (w.pct(p.progress.0), w.pct(p.progress.1));
        let (s0, s1) = (w.status(&p.status.0), w.status(&p.status.1));
        say!(
            lang,
            "objective {link}: {p0} → {p1}, {s0} → {s1}",
            "Ziel {link}: {p0} → {p1}, {s0} → {s1}"
        )
    });
    key_results.chain(objectives).collect()
}

fn finding_line(f: &Finding) -> String {
    format!(
        "{} `{}` {}:{} — {}",
        f.severity,
        f.rule,
        crate::report::markdown_cell(&f.file),
        f.line,
        crate::report::markdown_cell_with_code(&f.message)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(from: f64, to: f64, lowered: bool) -> Goal {
        Goal {
            id: "calls".into(),
            title: "Calls fall".into(),
            field: "target",
            from: Some(from),
            to: Some(to),
            lowered,
            unit: None,
        }
    }

    #[test]
    fn german_reports_speak_german_and_write_numbers_the_german_way() {
        let r = Report {
            goals_changed: vec![Goal {
                unit: Some("%".into()),
                ..goal(12.5, 9.0, true)
            }],
            key_results_progress: vec![Progress {
                id: "calls".into(),
                title: "Calls fall".into(),
                objective: None,
                current: (Some(1800.0), Some(1650.5)),
                progress: (Some(0.2), Some(0.5)),
                status: (Some("at-risk".into()), Some("on-track".into())),
                new_checkins: 2,
                unit: Some("Anrufe".into()),
            }],
            ..Default::default()
        };
        let md = markdown(&r, None, Language::De);
        assert!(md.contains("### Key Results"), "{md}");
        assert!(
            md.contains("⚠️ target von Calls fall: 12,5 % → 9 % — **Ziel gesenkt**"),
            "{md}"
        );
        assert!(
            md.contains("Calls fall: 1.800 Anrufe → 1.650,5 Anrufe, 20 % → 50 %, Gefährdet → Im Plan (2 neue Check-ins)"),
            "{md}"
        );
        let empty = markdown(&Report::default(), None, Language::De);
        assert!(
            empty.contains("Diese Änderung berührt keine Ziele"),
            "{empty}"
        );
    }

    #[test]
    fn a_target_is_lowered_when_it_asks_for_less_in_its_direction() {
        use crate::model::Keep;
        let numeric = |baseline, target| Measure::Numeric { baseline, target };
        let keep = |keep| Measure::Threshold { keep, target: 0.0 };
        for (from, to, measure, want) in [
            (35.0, 30.0, numeric(20.0, 30.0), true),
            (35.0, 40.0, numeric(20.0, 40.0), false),
            (5.0, 6.0, numeric(8.0, 6.0), true),
            (5.0, 4.0, numeric(8.0, 4.0), false),
            (90.0, 85.0, keep(Keep::Above), true),
            (90.0, 95.0, keep(Keep::Above), false),
            (2.0, 3.0, keep(Keep::Below), true),
            (2.0, 1.0, keep(Keep::Below), false),
        ] {
            assert_eq!(
                lowered(Some(from), Some(to), &measure),
                want,
                "{from} → {to} for {measure:?}"
            );
        }
        assert!(
            !lowered(None, Some(3.0), &numeric(1.0, 3.0)),
            "a new target"
        );
        assert!(!lowered(Some(1.0), Some(0.0), &Measure::Milestone));
    }

    #[test]
    fn less_ambition_is_named_in_the_direction_of_the_numbers() {
        let report = |g: Goal| {
            let r = Report {
                goals_changed: vec![g],
                ..Default::default()
            };
            markdown(&r, None, Language::En)
        };
        let rising = report(goal(35.0, 30.0, true));
        assert!(
            rising.contains("⚠️ target of Calls fall: 35 → 30 — **target lowered**"),
            "{rising}"
        );
        let falling = report(goal(250.0, 320.0, true));
        assert!(
            falling.contains("⚠️ target of Calls fall: 250 → 320 — **target raised for a falling metric: less ambitious**"),
            "{falling}"
        );
        let harder = report(goal(250.0, 200.0, false));
        assert!(
            harder.contains("target of Calls fall: 250 → 200\n"),
            "{harder}"
        );
        assert!(!harder.contains("⚠️") && !harder.contains("**"), "{harder}");
    }
}
