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

#[derive(Serialize)]
struct Item {
    id: String,
    title: String,
    url: String,
    #[serde(flatten)]
    numbers: Numbers,
}

#[derive(Serialize)]
struct CheckinData {
    date: String,
    value: Option<f64>,
    done: Option<bool>,
    confidence: Option<f64>,
    note: Option<String>,
}

#[derive(Serialize)]
struct KeyResultData {
    #[serde(flatten)]
    item: Item,
    /// `numeric`, `threshold`, `milestone` or `unmeasurable`.
    measure: &'static str,
    owner: Option<String>,
    unit: Option<String>,
    baseline: Option<f64>,
    target: Option<f64>,
    current: Option<f64>,
    weight: f64,
    confidence: Option<f64>,
    forecast: Option<f64>,
    projected: Option<f64>,
    last_checkin: Option<String>,
    checkins: Vec<CheckinData>,
}

#[derive(Serialize)]
struct ObjectiveData {
    #[serde(flatten)]
    item: Item,
    cycle: Option<String>,
    team: Option<String>,
    owner: Option<String>,
    parent: Option<String>,
    /// `committed` or `aspirational`.
    kind: &'static str,
    contributors: Vec<String>,
    principles: Vec<String>,
    forecast: Option<f64>,
    last_checkin: Option<String>,
    key_results: Vec<KeyResultData>,
}

#[derive(Serialize)]
struct CycleData {
    #[serde(flatten)]
    item: Item,
    start: String,
    end: String,
}

#[derive(Serialize)]
struct TeamCycleData {
    cycle: String,
    #[serde(flatten)]
    numbers: Numbers,
}

#[derive(Serialize)]
struct TeamData {
    #[serde(flatten)]
    item: Item,
    cycles: Vec<TeamCycleData>,
}

#[derive(Serialize)]
struct Data {
    as_of: String,
    current_cycle: Option<String>,
    cycles: Vec<CycleData>,
    teams: Vec<TeamData>,
    objectives: Vec<ObjectiveData>,
}

/// A key result as `okrs.json` holds it.
fn key_result(hb: &Handbook, k: usize, url: String) -> KeyResultData {
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
            id: kr.meta.id.clone(),
            title: kr.meta.title.clone(),
            url,
            numbers: (&kr.computed).into(),
        },
        measure,
        owner: hb.kr_owner(kr).map(str::to_string),
        unit: kr.unit.clone(),
        baseline,
        target,
        current: kr.computed.current,
        weight: kr.weight,
        confidence: kr.computed.confidence,
        forecast: rounded(kr.computed.forecast),
        projected: rounded(kr.computed.projected),
        last_checkin: kr.latest_checkin().map(|c| c.date.to_string()),
        checkins: kr
            .checkins_by_date()
            .into_iter()
            .map(|c| CheckinData {
                date: c.date.to_string(),
                value: c.value,
                done: c.done,
                confidence: c.confidence,
                note: c.note.clone(),
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
                id: c.meta.id.clone(),
                title: c.meta.title.clone(),
                url: url(Kind::Cycle, i),
                numbers: (&c.computed).into(),
            },
            start: c.start.to_string(),
            end: c.end.to_string(),
        })
        .collect();
    let teams = hb
        .teams
        .iter()
        .enumerate()
        .map(|(t, team)| {
            // A team's own numbers are those of the current cycle; each cycle is listed too.
            let own = current
                .map(|cy| hb.team_progress(t, cy))
                .unwrap_or_default();
            TeamData {
                item: Item {
                    id: team.meta.id.clone(),
                    title: team.meta.title.clone(),
                    url: url(Kind::Team, t),
                    numbers: (&own).into(),
                },
                cycles: (0..hb.cycles.len())
                    .filter(|&cy| hb.team_objectives(t, cy).next().is_some())
                    .map(|cy| TeamCycleData {
                        cycle: hb.cycles[cy].meta.id.clone(),
                        numbers: (&hb.team_progress(t, cy)).into(),
                    })
                    .collect(),
            }
        })
        .collect();
    let objectives = hb
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, o)| hb.is_published(o))
        .map(|(i, o)| ObjectiveData {
            item: Item {
                id: o.meta.id.clone(),
                title: o.meta.title.clone(),
                url: url(Kind::Objective, i),
                numbers: (&o.computed).into(),
            },
            cycle: o.cycle.as_ref().map(|c| c.id.clone()),
            team: o.team.as_ref().map(|t| t.id.clone()),
            owner: o.owner.clone(),
            parent: o.parent.as_ref().map(|p| p.id.clone()),
            kind: match o.kind {
                crate::model::ObjectiveKind::Committed => "committed",
                crate::model::ObjectiveKind::Aspirational => "aspirational",
            },
            contributors: o.contributors.iter().map(|r| r.id.clone()).collect(),
            principles: o.principles.iter().map(|r| r.id.clone()).collect(),
            forecast: rounded(o.computed.forecast),
            last_checkin: o
                .key_results
                .iter()
                .filter_map(|&k| hb.key_results[k].latest_checkin().map(|c| c.date))
                .max()
                .map(|d| d.to_string()),
            key_results: o
                .key_results
                .iter()
                .map(|&k| key_result(hb, k, url(Kind::KeyResult, k)))
                .collect(),
        })
        .collect();
    let data = Data {
        as_of: hb.as_of.to_string(),
        current_cycle: current.map(|c| hb.cycles[c].meta.id.clone()),
        cycles,
        teams,
        objectives,
    };
    let mut out = serde_json::to_vec_pretty(&data).expect("the data model serialises");
    out.push(b'\n');
    out
}
