//! Progress over time: how far objectives, teams and cycles were on each day a check-in
//! was made, as the check-ins up to that day count (a view of that day).

use jiff::civil::Date;

use super::{Handbook, KeyResult, Measure};
use crate::progress;

/// A key result's progress on `day`, from its check-ins up to that day; on `as_of`
/// itself, its computed progress (which also counts an explicit `current:` or `done:`).
pub fn key_result_on(hb: &Handbook, kr: &KeyResult, day: Date) -> Option<f64> {
    key_result_on_unchecked(hb, kr, day).filter(|p| p.is_finite())
}

fn key_result_on_unchecked(hb: &Handbook, kr: &KeyResult, day: Date) -> Option<f64> {
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
    // One pass per key result over the days (its check-ins sorted once), instead of
    // looking at every check-in again for every day: a cycle of thousands of
    // objectives has a point for each of its check-in days.
    let mut sum = vec![0.0; days.len()];
    let mut count = vec![0.0; days.len()];
    let mut weighted = vec![(0.0, 0.0); days.len()];
    let mut on_day = vec![None; days.len()];
    for &o in objectives {
        weighted.fill((0.0, 0.0));
        for &k in &hb.objectives[o].key_results {
            let kr = &hb.key_results[k];
            key_result_on_days(hb, kr, &days, &mut on_day);
            for (w, p) in weighted.iter_mut().zip(&on_day) {
                if let Some(p) = p {
                    *w = (w.0 + p * kr.weight, w.1 + kr.weight);
                }
            }
        }
        for ((s, n), (total, weights)) in sum.iter_mut().zip(&mut count).zip(&weighted) {
            if *weights > 0.0 {
                *s += total / weights;
                *n += 1.0;
            }
        }
    }
    days.into_iter()
        .zip(sum.into_iter().zip(count))
        .filter(|(_, (_, n))| *n > 0.0)
        .map(|(day, (s, n))| (day, s / n))
        .collect()
}

/// [`key_result_on`] for each of `days` (ascending) into `out`, in one pass over the
/// key result's check-ins by date.
fn key_result_on_days(hb: &Handbook, kr: &KeyResult, days: &[Date], out: &mut [Option<f64>]) {
    let checkins = kr.checkins_by_date();
    let mut next = 0;
    // The latest value and done flag counted so far (the later of equal dates wins).
    let (mut value, mut done) = (None, None);
    for (day, slot) in days.iter().zip(out.iter_mut()) {
        if *day >= hb.as_of {
            *slot = kr.computed.progress.filter(|p| p.is_finite());
            continue;
        }
        while let Some(c) = checkins.get(next).filter(|c| c.date <= *day) {
            value = c.value.or(value);
            done = c.done.or(done);
            next += 1;
        }
        *slot = match kr.measure {
            Measure::Milestone => {
                progress::key_result_progress(kr.measure, None, done.unwrap_or(false))
            }
            _ => {
                progress::key_result_progress(kr.measure, Some(value.unwrap_or(kr.baseline)), false)
            }
        };
    }
}
