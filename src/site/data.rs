//! `data/okrs.json`: the handbook's numbers for dashboards and scripts.
//!
//! Every cycle, team and objective with its key results, each with `id`, `title`,
//! `url`, `progress`, `expected`, `status` and, once graded, `score`; objectives and key
//! results with their `forecast`, key results with `projected`, their check-ins (as
//! counted on `as_of`) and the date of the last one. Progress values are shares in
//! [0, 1], rounded to nine decimals; `url` is relative to the site root (absolute with a
//! base URL). `data/okrs.schema.json` is its JSON Schema (draft 2020-12).

use serde::Serialize;

use super::urls::{doc_path, Linker};
use crate::model::{Computed, Handbook, Kind};

#[derive(Serialize)]
struct Numbers {
    progress: Option<f64>,
    expected: Option<f64>,
    status: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f64>,
}

/// A computed share rounded to nine decimals: the arithmetic's binary noise
/// (`0.5000000000000002`) is not part of the number a reader or a script should see.
fn rounded(v: Option<f64>) -> Option<f64> {
    v.map(|x| (x * 1e9).round() / 1e9)
}

impl From<&Computed> for Numbers {
    fn from(c: &Computed) -> Self {
        Numbers {
            progress: rounded(c.progress),
            expected: rounded(c.expected),
            status: c.status.map(|s| s.id()),
            score: c.score,
        }
    }
}

/// A date, written as `2026-11-23` without an intermediate string.
struct Day(jiff::civil::Date);

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

#[derive(Serialize)]
struct Item<'a> {
    id: &'a str,
    title: &'a str,
    url: String,
    #[serde(flatten)]
    numbers: Numbers,
}

#[derive(Serialize)]
struct CheckinData<'a> {
    date: Day,
    value: Option<f64>,
    done: Option<bool>,
    confidence: Option<f64>,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct KeyResultData<'a> {
    #[serde(flatten)]
    item: Item<'a>,
    /// `numeric`, `threshold`, `milestone` or `unmeasurable`.
    measure: &'static str,
    owner: Option<&'a str>,
    unit: Option<&'a str>,
    baseline: Option<f64>,
    target: Option<f64>,
    current: Option<f64>,
    weight: f64,
    confidence: Option<f64>,
    forecast: Option<f64>,
    projected: Option<f64>,
    last_checkin: Option<Day>,
    checkins: Vec<CheckinData<'a>>,
}

#[derive(Serialize)]
struct ObjectiveData<'a> {
    #[serde(flatten)]
    item: Item<'a>,
    cycle: Option<&'a str>,
    team: Option<&'a str>,
    owner: Option<&'a str>,
    parent: Option<&'a str>,
    /// `committed` or `aspirational`.
    kind: &'static str,
    contributors: Vec<&'a str>,
    principles: Vec<&'a str>,
    forecast: Option<f64>,
    last_checkin: Option<Day>,
    key_results: Vec<KeyResultData<'a>>,
}

#[derive(Serialize)]
struct CycleData<'a> {
    #[serde(flatten)]
    item: Item<'a>,
    start: Day,
    end: Day,
}

#[derive(Serialize)]
struct TeamCycleData<'a> {
    cycle: &'a str,
    #[serde(flatten)]
    numbers: Numbers,
}

#[derive(Serialize)]
struct TeamData<'a> {
    #[serde(flatten)]
    item: Item<'a>,
    cycles: Vec<TeamCycleData<'a>>,
}

#[derive(Serialize)]
struct Data<'a> {
    as_of: Day,
    current_cycle: Option<&'a str>,
    cycles: Vec<CycleData<'a>>,
    teams: Vec<TeamData<'a>>,
    objectives: Vec<ObjectiveData<'a>>,
}

/// A key result as `okrs.json` holds it.
fn key_result(hb: &Handbook, k: usize, url: String) -> KeyResultData<'_> {
    use crate::model::Measure;
    let kr = &hb.key_results[k];
    let (measure, baseline, target) = match kr.measure {
        Measure::Numeric { baseline, target } => ("numeric", Some(baseline), Some(target)),
        Measure::Threshold { target, .. } => ("threshold", None, Some(target)),
        Measure::Milestone => ("milestone", None, None),
        Measure::Unmeasurable => ("unmeasurable", None, None),
    };
    KeyResultData {
        item: Item {
            id: &kr.meta.id,
            title: &kr.meta.title,
            url,
            numbers: (&kr.computed).into(),
        },
        measure,
        owner: hb.kr_owner(kr),
        unit: kr.unit.as_deref(),
        baseline,
        target,
        current: kr.computed.current,
        weight: kr.weight,
        confidence: kr.computed.confidence,
        forecast: rounded(kr.computed.forecast),
        projected: rounded(kr.computed.projected),
        last_checkin: kr.latest_checkin().map(|c| Day(c.date)),
        checkins: kr
            .checkins_by_date()
            .into_iter()
            .map(|c| CheckinData {
                date: Day(c.date),
                value: c.value,
                done: c.done,
                confidence: c.confidence,
                note: c.note.as_deref(),
            })
            .collect(),
    }
}

/// The JSON Schema (draft 2020-12) of `data/okrs.json`, written next to it.
pub const SCHEMA: &str = include_str!("okrs.schema.json");

/// Renders the JSON document.
pub fn okrs_json(hb: &Handbook, linker: &Linker) -> Vec<u8> {
    let url = |kind: Kind, i: usize| {
        let p = doc_path(hb, kind, i);
        match &linker.base_url {
            Some(b) => format!("{b}{p}"),
            None => p,
        }
    };
    let current = hb.current_cycle;
    let cycles = hb
        .cycles
        .iter()
        .enumerate()
        .map(|(i, c)| CycleData {
            item: Item {
                id: &c.meta.id,
                title: &c.meta.title,
                url: url(Kind::Cycle, i),
                numbers: (&c.computed).into(),
            },
            start: Day(c.start),
            end: Day(c.end),
        })
        .collect();
    let teams = (0..hb.teams.len())
        .map(|t| team(hb, t, url(Kind::Team, t)))
        .collect();
    let objectives = hb
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, o)| hb.is_published(o))
        .map(|(i, _)| objective(hb, i, &url))
        .collect();
    let data = Data {
        as_of: Day(hb.as_of),
        current_cycle: current.map(|c| hb.cycles[c].meta.id.as_str()),
        cycles,
        teams,
        objectives,
    };
    // Compact: with every check-in, a large handbook's file is several times smaller.
    let mut out = serde_json::to_vec(&data).expect("the data model serialises");
    out.push(b'\n');
    out
}

/// A team's entry: its numbers in the current cycle, and in each cycle it has
/// objectives in.
fn team(hb: &Handbook, t: usize, url: String) -> TeamData<'_> {
    let team = &hb.teams[t];
    let own = hb
        .current_cycle
        .map(|cy| hb.team_progress(t, cy))
        .unwrap_or_default();
    TeamData {
        item: Item {
            id: &team.meta.id,
            title: &team.meta.title,
            url,
            numbers: (&own).into(),
        },
        cycles: (0..hb.cycles.len())
            .filter(|&cy| hb.team_objectives(t, cy).next().is_some())
            .map(|cy| TeamCycleData {
                cycle: &hb.cycles[cy].meta.id,
                numbers: (&hb.team_progress(t, cy)).into(),
            })
            .collect(),
    }
}

/// An objective's entry, with its key results.
fn objective<'h>(
    hb: &'h Handbook,
    i: usize,
    url: &dyn Fn(Kind, usize) -> String,
) -> ObjectiveData<'h> {
    let o = &hb.objectives[i];
    ObjectiveData {
        item: Item {
            id: &o.meta.id,
            title: &o.meta.title,
            url: url(Kind::Objective, i),
            numbers: (&o.computed).into(),
        },
        cycle: o.cycle.as_ref().map(|c| c.id.as_str()),
        team: o.team.as_ref().map(|t| t.id.as_str()),
        owner: o.owner.as_deref(),
        parent: o.parent.as_ref().map(|p| p.id.as_str()),
        kind: match o.kind {
            crate::model::ObjectiveKind::Committed => "committed",
            crate::model::ObjectiveKind::Aspirational => "aspirational",
        },
        contributors: o.contributors.iter().map(|r| r.id.as_str()).collect(),
        principles: o.principles.iter().map(|r| r.id.as_str()).collect(),
        forecast: rounded(o.computed.forecast),
        last_checkin: o
            .key_results
            .iter()
            .filter_map(|&k| hb.key_results[k].latest_checkin().map(|c| c.date))
            .max()
            .map(Day),
        key_results: o
            .key_results
            .iter()
            .map(|&k| key_result(hb, k, url(Kind::KeyResult, k)))
            .collect(),
    }
}
