//! The page of a key result: its values, progress, check-in chart and history, and the
//! key result as other pages show it (its objective's page, lists).

use serde::Serialize;
use tera::Context;

use super::super::charts::{self, CheckinChart};
use super::super::context::{
    serialize_with_numbers, Ctx, FindingView, LinkView, PersonView, ProgressView,
};
use super::super::i18n::percent;
use super::super::urls::doc_path;
use super::Md;
use crate::model::{Handbook, Keep, KeyResult, Kind, Measure};

#[derive(Debug, Clone, Serialize)]
pub struct CheckinView {
    pub date: String,
    pub value: String,
    pub confidence: Option<u32>,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct KeyResultView {
    pub id: String,
    pub title: String,
    pub url: String,
    pub owner: Option<PersonView>,
    pub measure: &'static str,
    /// "20 → 27 → 35 Punkte", in words fit for the measure.
    pub values: String,
    pub weight: String,
    pub numbers: ProgressView,
    pub last_checkin: Option<String>,
    /// "Bei diesem Tempo: 40,2 von 50 bis 31.12.2026", and the forecast in percent.
    pub forecast: Option<String>,
    pub forecast_pct: Option<u32>,
    pub checkins: Vec<CheckinView>,
    /// The check-in chart (SVG), as a Tera value: the objective's page and the key
    /// result's own share its text.
    pub chart: Option<tera::Value>,
    pub findings: Vec<FindingView>,
    pub objective: Option<LinkView>,
}

serialize_with_numbers!(KeyResultView {
    id,
    title,
    url,
    owner,
    measure,
    values,
    weight,
    last_checkin,
    forecast,
    forecast_pct,
    checkins,
    chart,
    findings,
    objective
});

/// A key result as a line of a list shows it (the team, person and print pages): what
/// those lines show and nothing more, since a list of a large handbook holds thousands.
#[derive(Debug, Clone)]
pub struct KeyResultRow {
    pub title: String,
    pub url: String,
    pub objective: Option<LinkView>,
    pub owner: Option<PersonView>,
    /// "20 → 27 → 35 Punkte", in words fit for the measure.
    pub values: String,
    /// "Bei diesem Tempo: 40,2 von 50 bis 31.12.2026".
    pub forecast: Option<String>,
    pub last_checkin: Option<String>,
    pub numbers: ProgressView,
}

serialize_with_numbers!(KeyResultRow {
    title,
    url,
    objective,
    owner,
    values,
    forecast,
    last_checkin
});

/// Key result `k` as a line of a list on the page at `from`.
pub fn row(ctx: &Ctx<'_>, from: &str, k: usize) -> KeyResultRow {
    let hb = ctx.hb;
    let kr = &hb.key_results[k];
    KeyResultRow {
        title: kr.meta.title.clone(),
        url: ctx.linker.href(from, &doc_path(hb, Kind::KeyResult, k)),
        objective: kr
            .objective
            .map(|o| ctx.link(from, Kind::Objective, o, &hb.objectives[o].meta)),
        owner: hb.kr_owner(kr).map(|n| ctx.person(from, n)),
        values: values(ctx, kr),
        forecast: forecast_words(ctx, kr),
        last_checkin: kr
            .checkins
            .iter()
            .map(|c| c.date)
            .max()
            .map(|d| ctx.date(d)),
        numbers: ctx.kr_numbers(kr),
    }
}

/// The key result's own page.
pub fn fill(ctx: &Ctx<'_>, md: &Md<'_>, path: &str, k: usize, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let kr = view(ctx, path, k, true);
    let body = md(hb.key_results[k].meta.file, &hb.key_results[k].meta.body);
    c.insert("page_title", &kr.title);
    c.insert("kr", &kr);
    c.insert("body", &body);
    "key_result.html"
}

/// A key result as its own page and its objective's page show it: what a list shows,
/// and its measure, weight, chart and findings; `with_history` adds the check-in list
/// (its own page).
pub fn view(ctx: &Ctx<'_>, from: &str, k: usize, with_history: bool) -> KeyResultView {
    let hb = ctx.hb;
    let kr = &hb.key_results[k];
    let KeyResultRow {
        title,
        url,
        objective,
        owner,
        values,
        forecast,
        last_checkin,
        numbers,
    } = row(ctx, from, k);
    let unit = kr.unit.as_deref();
    let checkins: Vec<CheckinView> = if with_history {
        kr.checkins_by_date()
            .iter()
            .rev()
            .map(|c| CheckinView {
                date: ctx.date(c.date),
                value: match (c.value, c.done) {
                    (Some(v), _) => ctx.value(v, unit),
                    (None, Some(true)) => ctx.t("kr.done").to_string(),
                    (None, Some(false)) => ctx.t("kr.open").to_string(),
                    (None, None) => "–".into(),
                },
                confidence: c.confidence.map(percent),
                note: c.note.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let chart = cached_chart(ctx, k);
    let file = &hb.files[kr.meta.file].path;
    // Findings about an inline key result stand between its title and the next item.
    let lines = if kr.objective_ref.is_some() {
        None
    } else {
        Some(kr.meta.title_pos.line..=kr_last_line(hb, k))
    };
    KeyResultView {
        id: kr.meta.id.clone(),
        title,
        url,
        owner,
        measure: match kr.measure {
            Measure::Numeric { .. } => "numeric",
            Measure::Threshold { .. } => "threshold",
            Measure::Milestone => "milestone",
            Measure::Unmeasurable => "unmeasurable",
        },
        values,
        weight: ctx.num(kr.weight),
        numbers,
        last_checkin,
        forecast,
        forecast_pct: kr.computed.forecast.map(percent),
        checkins,
        chart,
        findings: ctx.findings_at(from, file, lines),
        objective,
    }
}

/// "20 % → 27 % → 35 %": the values in words fit for the measure, each with its unit.
fn values(ctx: &Ctx<'_>, kr: &KeyResult) -> String {
    let unit = kr.unit.as_deref();
    let value = |v: f64| ctx.value(v, unit);
    let cur = kr.computed.current.map_or_else(|| "–".into(), value);
    match kr.measure {
        Measure::Numeric { baseline, target } => {
            format!("{} → {cur} → {}", value(baseline), value(target))
        }
        Measure::Threshold { keep, target } => {
            let word = if keep == Keep::Above {
                ctx.t("kr.keep_above")
            } else {
                ctx.t("kr.keep_below")
            };
            format!("{word} {} · {} {cur}", value(target), ctx.t("kr.current"))
        }
        Measure::Milestone => {
            if kr.computed.progress == Some(1.0) {
                ctx.t("kr.done").to_string()
            } else {
                ctx.t("kr.open").to_string()
            }
        }
        Measure::Unmeasurable => ctx.t("kr.unmeasurable").to_string(),
    }
}

/// Where the key result is heading, in words: "at this pace: 40.2 of 50 by 2026-12-31".
fn forecast_words(ctx: &Ctx<'_>, kr: &KeyResult) -> Option<String> {
    let projected = kr.computed.projected?;
    let Measure::Numeric { target, .. } = kr.measure else {
        return None;
    };
    let cycle = ctx.hb.objective_of(kr).and_then(|o| ctx.hb.cycle_of(o))?;
    let unit = kr.unit.as_deref();
    // One decimal: a projection is no more precise than that ("40.2 of 50").
    let projected = (projected * 10.0).round() / 10.0;
    Some(
        ctx.t("forecast.words")
            .replace("{value}", &ctx.value(projected, unit))
            .replace("{target}", &ctx.value(target, unit))
            .replace("{date}", &ctx.date(cycle.end)),
    )
}

/// Recently drawn charts of one thread, keyed by build generation and key result.
type RecentCharts = std::collections::VecDeque<((u64, usize), Option<tera::Value>)>;

/// The chart of key result `k`, from a small per-thread cache: pages are planned so
/// that an objective's page and its key results' pages are rendered one after the
/// other, and all of them show the same charts.
fn cached_chart(ctx: &Ctx<'_>, k: usize) -> Option<tera::Value> {
    thread_local! {
        static RECENT: std::cell::RefCell<RecentCharts> =
            const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
    }
    let key = (ctx.generation, k);
    if let Some(hit) = RECENT.with(|r| {
        r.borrow()
            .iter()
            .find(|(id, _)| *id == key)
            .map(|(_, c)| c.clone())
    }) {
        return hit;
    }
    let chart = chart(ctx, k).map(tera::Value::from);
    RECENT.with(|r| {
        let mut r = r.borrow_mut();
        if r.len() >= 12 {
            r.pop_front();
        }
        r.push_back((key, chart.clone()));
    });
    chart
}

/// The check-in chart of a numeric or threshold key result.
fn chart(ctx: &Ctx<'_>, k: usize) -> Option<String> {
    let hb = ctx.hb;
    let kr = &hb.key_results[k];
    let cycle = hb.objective_of(kr).and_then(|o| hb.cycle_of(o));
    let (cy, baseline, target) = match (cycle, kr.measure) {
        (Some(cy), Measure::Numeric { baseline, target }) => (cy, Some(baseline), target),
        (Some(cy), Measure::Threshold { target, .. }) => (cy, None, target),
        _ => return None,
    };
    let points: Vec<(jiff::civil::Date, f64)> = kr
        .checkins_by_date()
        .iter()
        .filter_map(|c| c.value.map(|v| (c.date, v)))
        .collect();
    let unit = kr.unit.as_deref();
    let fmt = |v: f64| ctx.value(v, unit);
    let day = |d: jiff::civil::Date| ctx.date(d);
    // The trend is drawn where the page states a forecast.
    let trend = kr
        .computed
        .projected
        .and_then(|_| crate::model::trend(kr, cy, hb.as_of));
    Some(charts::checkin_chart(&CheckinChart {
        label: &kr.meta.title,
        start: cy.start,
        end: cy.end,
        as_of: hb.as_of,
        baseline,
        target,
        points: &points,
        trend,
        fmt: &fmt,
        day: &day,
        words: [
            ctx.t("chart.actual"),
            ctx.t("chart.expected_path"),
            ctx.t("chart.target"),
            ctx.t("chart.today"),
            ctx.t("chart.trend"),
        ],
    }))
}

/// The last line that belongs to an inline key result: the line before the next key
/// result of the same objective, or the end of the front matter.
fn kr_last_line(hb: &Handbook, k: usize) -> u32 {
    let kr = &hb.key_results[k];
    let next = kr.objective.and_then(|o| {
        hb.objectives[o]
            .key_results
            .iter()
            .map(|&j| &hb.key_results[j])
            .filter(|j| {
                j.meta.file == kr.meta.file && j.meta.title_pos.line > kr.meta.title_pos.line
            })
            .map(|j| j.meta.title_pos.line)
            .min()
    });
    next.map_or(kr.meta.body_line.saturating_sub(1), |l| l - 1)
}
