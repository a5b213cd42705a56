//! Progress over time: how far objectives, teams and cycles were on each day a check-in
//! was made, as the check-ins up to that day count (a view of that day).

use jiff::civil::Date;

use super::{Handbook, KeyResult, Measure};
use crate::progress;

/// A key result's progress on `day`, from its check-ins up to that day; on `as_of`
/// itself, its computed progress (which also counts an explicit `current:` or `done:`).
pub fn key_result_on(hb: &Handbook, kr: &KeyResult, day: Date) -> Option<f64> {
    if day >= hb.as_of {
        return kr.computed.progress;
    }
    let counted = kr.checkins.iter().filter(|c| c.date <= day);
    match kr.measure {
        Measure::Milestone => {
            let done = counted
                .filter(|c| c.done.is_some())
                .max_by_key(|c| c.date)
                .and_then(|c| c.done)
                .unwrap_or(false);
            progress::key_result_progress(kr.measure, None, done)
        }
        _ => {
            let value = counted
                .filter(|c| c.value.is_some())
                .max_by_key(|c| c.date)
                .and_then(|c| c.value)
                .unwrap_or(kr.baseline);
            progress::key_result_progress(kr.measure, Some(value), false)
        }
    }
}

/// An objective's progress on `day`: the weighted mean of its key results' then.
pub fn objective_on(hb: &Handbook, objective: usize, day: Date) -> Option<f64> {
    let o = &hb.objectives[objective];
    progress::weighted_mean(o.key_results.iter().filter_map(|&k| {
        let kr = &hb.key_results[k];
        key_result_on(hb, kr, day).map(|p| (p, kr.weight))
    }))
}

/// The progress of a group of objectives (one, a team's, a cycle's) on the cycle's start
/// and on every day one of their check-ins was made, up to `as_of` (or the cycle's end),
/// which is always the last point: the mean of the objectives' progress on each day.
pub fn series(hb: &Handbook, objectives: &[usize], start: Date, end: Date) -> Vec<(Date, f64)> {
    let last = hb.as_of.min(end);
    if last < start {
        return Vec::new();
    }
    let mut days: Vec<Date> = objectives
        .iter()
        .flat_map(|&o| hb.objectives[o].key_results.iter())
        .flat_map(|&k| hb.key_results[k].checkins.iter().map(|c| c.date))
        .filter(|&d| d > start && d < last)
        .collect();
    days.push(start);
    days.push(last);
    days.sort_unstable();
    days.dedup();
    days.into_iter()
        .filter_map(|day| {
            let p = progress::mean(objectives.iter().filter_map(|&o| objective_on(hb, o, day)))?;
            Some((day, p))
        })
        .collect()
}
