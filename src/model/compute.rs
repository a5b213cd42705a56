//! Fills in the computed numbers of every key result, objective and cycle.

use super::{Computed, Cycle, Handbook, KeyResult, Measure};
use crate::config::StatusThresholds;
use crate::progress;

/// The effective current value: `current:`, else the latest check-in with a value,
/// else the baseline.
pub fn effective_current(kr: &KeyResult) -> Option<f64> {
    // docs/progress.md: `current:`, else the latest check-in with a value, else the
    // baseline (itself 0 by default).
    if kr.current.is_some() {
        return kr.current;
    }
    let latest = kr
        .checkins
        .iter()
        .filter(|c| c.value.is_some())
        .max_by_key(|c| c.date);
    Some(latest.and_then(|c| c.value).unwrap_or(kr.baseline))
}

/// The effective done flag of a milestone: `done:`, else the latest check-in's.
pub fn effective_done(kr: &KeyResult) -> bool {
    kr.done.unwrap_or_else(|| {
        kr.checkins
            .iter()
            .filter(|c| c.done.is_some())
            .max_by_key(|c| c.date)
            .and_then(|c| c.done)
            .unwrap_or(false)
    })
}

/// Expected progress, status and grade for a progress value in a cycle.
fn rate(
    p: Option<f64>,
    cycle: Option<&Cycle>,
    as_of: jiff::civil::Date,
    t: StatusThresholds,
) -> Computed {
    let mut c = Computed {
        progress: p,
        ..Default::default()
    };
    let Some(cycle) = cycle else {
        return c;
    };
    let e = progress::expected_progress(cycle.start, cycle.end, as_of);
    c.expected = Some(e);
    if let Some(p) = p {
        c.status = Some(progress::status(p, e, as_of, cycle.start, t));
        if as_of > cycle.end {
            let s = progress::score(p);
            c.score = Some(s);
            c.band = Some(progress::band(s));
        }
    }
    c
}

/// The value a numeric key result is heading to at its cycle's end: the least-squares
/// line through the baseline at the start and the check-ins from the start to `as_of`.
/// Only for a cycle running on `as_of`, and only with at least one such check-in.
pub fn projected(kr: &KeyResult, cycle: &Cycle, as_of: jiff::civil::Date) -> Option<f64> {
    trend(kr, cycle, as_of).map(|(_, end)| end)
}

/// The same least-squares line as [`projected`], as its values on the cycle's first
/// and last day (what a chart draws).
pub fn trend(kr: &KeyResult, cycle: &Cycle, as_of: jiff::civil::Date) -> Option<(f64, f64)> {
    let Measure::Numeric { baseline, .. } = kr.measure else {
        return None;
    };
    if as_of < cycle.start || as_of > cycle.end {
        return None;
    }
    let points: Vec<(f64, f64)> = kr
        .checkins
        .iter()
        .filter(|c| c.date >= cycle.start && c.date <= as_of)
        .filter_map(|c| {
            let v = c.value?;
            Some((progress::days_between(cycle.start, c.date) as f64, v))
        })
        .collect();
    let end = progress::days_between(cycle.start, cycle.end) as f64;
    let at_end = progress::projected(baseline, &points, end)?;
    let at_start = progress::projected(baseline, &points, 0.0)?;
    Some((at_start, at_end))
}

/// Computes every document's numbers: key results from their measures and check-ins,
/// objectives from their key results, cycles from their objectives.
pub(super) fn compute(hb: &mut Handbook) {
    hb.by_team_cycle.clear();
    for (i, o) in hb.objectives.iter().enumerate() {
        if let (Some(team), Some(cycle)) = (
            o.team.as_ref().and_then(|r| r.target),
            o.cycle.as_ref().and_then(|r| r.target),
        ) {
            hb.by_team_cycle.entry((team, cycle)).or_default().push(i);
        }
    }
    let as_of = hb.as_of;
    for c in &mut hb.cycles {
        c.computed.expected = Some(progress::expected_progress(c.start, c.end, as_of));
    }
    compute_key_results(hb);
    compute_objectives(hb);
    compute_cycles(hb);
    hb.current_cycle = current_cycle(&hb.cycles, as_of);
}

/// Each key result: current value, progress, status, confidence and forecast.
fn compute_key_results(hb: &mut Handbook) {
    let (as_of, t) = (hb.as_of, hb.config.status);
    let cycle_of_kr: Vec<Option<usize>> = hb
        .key_results
        .iter()
        .map(|kr| {
            kr.objective
                .and_then(|o| hb.objectives[o].cycle.as_ref()?.target)
        })
        .collect();
    for (kr, cycle) in hb.key_results.iter_mut().zip(cycle_of_kr) {
        let current = effective_current(kr);
        let p = progress::key_result_progress(kr.measure, current, effective_done(kr));
        let mut c = rate(p, cycle.map(|i| &hb.cycles[i]), as_of, t);
        c.current = match kr.measure {
            Measure::Numeric { .. } | Measure::Threshold { .. } => current,
            _ => None,
        };
        c.confidence = kr.confidence.or_else(|| {
            kr.checkins
                .iter()
                .filter(|x| x.confidence.is_some())
                .max_by_key(|x| x.date)
                .and_then(|x| x.confidence)
        });
        if let Some(cy) = cycle.map(|i| &hb.cycles[i]) {
            c.projected = projected(kr, cy, as_of);
            c.forecast = c
                .projected
                .and_then(|v| progress::key_result_progress(kr.measure, Some(v), false));
        }
        kr.computed = c;
    }
}

/// Each objective from its key results: weighted progress and forecast, status, and
/// the lowest confidence.
fn compute_objectives(hb: &mut Handbook) {
    let (as_of, t) = (hb.as_of, hb.config.status);
    for i in 0..hb.objectives.len() {
        let o = &hb.objectives[i];
        let p = progress::weighted_mean(o.key_results.iter().filter_map(|&k| {
            let kr = &hb.key_results[k];
            kr.computed.progress.map(|p| (p, kr.weight))
        }));
        let cycle = o
            .cycle
            .as_ref()
            .and_then(|c| c.target)
            .map(|c| &hb.cycles[c]);
        let mut c = rate(p, cycle, as_of, t);
        // Key results without a forecast count with their progress; none at all: none.
        let krs = o.key_results.iter().map(|&k| &hb.key_results[k]);
        if krs.clone().any(|kr| kr.computed.forecast.is_some()) {
            c.forecast = progress::weighted_mean(krs.filter_map(|kr| {
                let f = kr.computed.forecast.or(kr.computed.progress)?;
                Some((f, kr.weight))
            }));
        }
        // The objective's confidence: the weakest of its key results', which is the
        // one that most needs attention.
        c.confidence = o
            .key_results
            .iter()
            .filter_map(|&k| hb.key_results[k].computed.confidence)
            .min_by(f64::total_cmp);
        hb.objectives[i].computed = c;
    }
}

/// Each cycle: the mean progress of its published objectives, and its status.
fn compute_cycles(hb: &mut Handbook) {
    let (as_of, t) = (hb.as_of, hb.config.status);
    for ci in 0..hb.cycles.len() {
        let p = progress::mean(
            hb.objectives
                .iter()
                .filter(|o| {
                    hb.is_published(o) && o.cycle.as_ref().and_then(|c| c.target) == Some(ci)
                })
                .filter_map(|o| o.computed.progress),
        );
        let c = rate(p, Some(&hb.cycles[ci]), as_of, t);
        hb.cycles[ci].computed = c;
    }
}

/// The cycle running on `as_of` (the latest started, if several overlap); else the
/// latest one that has started; else the first to come.
pub fn current_cycle(cycles: &[Cycle], as_of: jiff::civil::Date) -> Option<usize> {
    let by = |i: &usize| (cycles[*i].start, &cycles[*i].meta.id);
    let running = (0..cycles.len())
        .filter(|&i| cycles[i].start <= as_of && as_of <= cycles[i].end)
        .max_by_key(by);
    let started = || {
        (0..cycles.len())
            .filter(|&i| cycles[i].start <= as_of)
            .max_by_key(by)
    };
    let upcoming = || (0..cycles.len()).min_by_key(by);
    running.or_else(started).or_else(upcoming)
}

impl Handbook {
    /// The cycles whose objectives count as "now" for principles: every cycle running on
    /// `as_of` (a year and its quarters may overlap), else the current cycle.
    pub fn cycles_now(&self) -> Vec<usize> {
        let running: Vec<usize> = (0..self.cycles.len())
            .filter(|&c| self.cycles[c].start <= self.as_of && self.as_of <= self.cycles[c].end)
            .collect();
        if running.is_empty() {
            self.current_cycle.into_iter().collect()
        } else {
            running
        }
    }

    /// For each principle, how many published objectives of [`Self::cycles_now`] serve it
    /// (an objective naming a principle twice counts once).
    pub fn serving_now(&self) -> Vec<usize> {
        let now = self.cycles_now();
        let mut count = vec![0; self.principles.len()];
        for o in self.objectives.iter().filter(|o| {
            self.is_published(o)
                && o.cycle
                    .as_ref()
                    .and_then(|c| c.target)
                    .is_some_and(|c| now.contains(&c))
        }) {
            let mut served: Vec<usize> = o.principles.iter().filter_map(|r| r.target).collect();
            served.sort_unstable();
            served.dedup();
            for p in served {
                count[p] += 1;
            }
        }
        count
    }

    /// Days without a check-in when `stale-checkin` holds for the key result: it belongs
    /// to a cycle running on `as_of`, and its latest check-in (else the cycle's start) lies
    /// more than `stale_checkin_days` back.
    pub fn stale_days(&self, kr: &KeyResult) -> Option<i64> {
        let cycle = self.objective_of(kr).and_then(|o| self.cycle_of(o))?;
        if self.as_of < cycle.start || self.as_of > cycle.end {
            return None;
        }
        let since = kr.latest_checkin().map_or(cycle.start, |c| c.date);
        let days = progress::days_between(since, self.as_of);
        (days > self.config.stale_checkin_days).then_some(days)
    }

    /// Progress of a team in a cycle: the mean of its objectives' progress.
    pub fn team_progress(&self, team: usize, cycle: usize) -> Computed {
        let p = progress::mean(
            self.team_objectives(team, cycle)
                .filter_map(|o| o.computed.progress),
        );
        rate(p, Some(&self.cycles[cycle]), self.as_of, self.config.status)
    }
}
