//! The progress arithmetic of the handbook format, as pure functions.

use jiff::civil::Date;

use crate::config::StatusThresholds;
use crate::model::{Band, Keep, Measure, Status};

/// Tolerance for comparing computed shares with the decimal thresholds of the format.
const EPSILON: f64 = 1e-9;

/// Whole days from `a` to `b` (negative when `b` is earlier).
pub fn days_between(a: Date, b: Date) -> i64 {
    b.duration_since(a).as_secs().div_euclid(86_400)
}

/// Key result progress `p` in [0, 1], or `None` when nothing can be computed
/// (no target, target equal to baseline, no current value).
///
/// `current` is the effective current value (explicit, else latest check-in, else
/// baseline); `done` the effective done flag of a milestone.
pub fn key_result_progress(measure: Measure, current: Option<f64>, done: bool) -> Option<f64> {
    match measure {
        Measure::Numeric { baseline, target } => {
            if target == baseline {
                return None;
            }
            let p = (current? - baseline) / (target - baseline);
            Some(p.clamp(0.0, 1.0))
        }
        Measure::Threshold { keep, target } => {
            let c = current?;
            let met = match keep {
                Keep::Above => c >= target,
                Keep::Below => c <= target,
            };
            Some(if met { 1.0 } else { 0.0 })
        }
        Measure::Milestone => Some(if done { 1.0 } else { 0.0 }),
        Measure::Unmeasurable => None,
    }
}

/// The weighted mean of `(p, weight)` pairs; `None` for no pairs or zero total weight.
pub fn weighted_mean(items: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (sum, total) = items
        .into_iter()
        .fold((0.0, 0.0), |(s, t), (p, w)| (s + p * w, t + w));
    (total > 0.0).then(|| sum / total)
}

/// The plain mean; `None` for no values.
pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    weighted_mean(values.into_iter().map(|p| (p, 1.0)))
}

/// Expected progress `e` of a cycle on `as_of`: the share of its days gone, in [0, 1].
pub fn expected_progress(start: Date, end: Date, as_of: Date) -> f64 {
    let total = days_between(start, end);
    if total <= 0 {
        return if as_of >= end { 1.0 } else { 0.0 };
    }
    (days_between(start, as_of) as f64 / total as f64).clamp(0.0, 1.0)
}

/// Status from progress, expected progress and the cycle start.
pub fn status(p: f64, e: f64, as_of: Date, start: Date, t: StatusThresholds) -> Status {
    if p >= 1.0 {
        return Status::Done;
    }
    if as_of < start {
        return Status::NotStarted;
    }
    // `e - p` is computed in binary floating point: 0.7 - 0.5 gives 0.19999999999999996.
    // A gap equal to a threshold in decimal must count as reaching it.
    let gap = e - p + EPSILON;
    if gap < t.at_risk {
        Status::OnTrack
    } else if gap < t.off_track {
        Status::AtRisk
    } else {
        Status::OffTrack
    }
}

/// The grade after a cycle: `p` rounded to one decimal (halves up).
pub fn score(p: f64) -> f64 {
    // p * 10 of e.g. 0.35 is 3.4999999999999996 in binary floating point; the nudge
    // makes decimal halves round up as a person rounding by hand would.
    ((p * 10.0) + EPSILON).round() / 10.0
}

/// Where a key result is heading: the value at the cycle's end of the least-squares line
/// through `(0, baseline)` and the check-ins `(day, value)`, days counted from the
/// cycle's start; `None` without check-ins. When every point lies on the same day, the
/// line has no slope to fit and stays at their mean.
pub fn projected(baseline: f64, checkins: &[(f64, f64)], end_day: f64) -> Option<f64> {
    if checkins.is_empty() {
        return None;
    }
    let points = std::iter::once((0.0, baseline)).chain(checkins.iter().copied());
    let n = (checkins.len() + 1) as f64;
    let (sx, sy) = points
        .clone()
        .fold((0.0, 0.0), |(a, b), (x, y)| (a + x, b + y));
    let (mx, my) = (sx / n, sy / n);
    let (sxy, sxx) = points.fold((0.0, 0.0), |(a, b), (x, y)| {
        (a + (x - mx) * (y - my), b + (x - mx) * (x - mx))
    });
    if sxx == 0.0 {
        return Some(my);
    }
    let slope = sxy / sxx;
    Some(my + slope * (end_day - mx))
}

/// Google's bands: 0.0–0.3 red, 0.4–0.6 yellow, 0.7–1.0 green.
pub fn band(score: f64) -> Band {
    if score < 0.35 {
        Band::Red
    } else if score < 0.65 {
        Band::Yellow
    } else {
        Band::Green
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::constant(y, m, day)
    }

    const T: StatusThresholds = StatusThresholds {
        at_risk: 0.2,
        off_track: 0.4,
    };

    fn numeric(baseline: f64, target: f64) -> Measure {
        Measure::Numeric { baseline, target }
    }

    #[test]
    fn numeric_progress_increasing_and_clamped() {
        assert_eq!(
            key_result_progress(numeric(20.0, 35.0), Some(27.5), false),
            Some(0.5)
        );
        assert_eq!(
            key_result_progress(numeric(20.0, 35.0), Some(40.0), false),
            Some(1.0)
        );
        assert_eq!(
            key_result_progress(numeric(20.0, 35.0), Some(10.0), false),
            Some(0.0)
        );
        assert_eq!(
            key_result_progress(numeric(20.0, 35.0), Some(20.0), false),
            Some(0.0)
        );
    }

    #[test]
    fn numeric_progress_decreasing_needs_no_special_case() {
        // Churn from 8 % to 5 %: 6.5 % is half the way.
        assert_eq!(
            key_result_progress(numeric(8.0, 5.0), Some(6.5), false),
            Some(0.5)
        );
        assert_eq!(
            key_result_progress(numeric(8.0, 5.0), Some(9.0), false),
            Some(0.0)
        );
        assert_eq!(
            key_result_progress(numeric(8.0, 5.0), Some(4.0), false),
            Some(1.0)
        );
    }

    #[test]
    fn target_equal_to_baseline_has_no_progress() {
        assert_eq!(
            key_result_progress(numeric(5.0, 5.0), Some(5.0), false),
            None
        );
    }

    #[test]
    fn thresholds_are_met_or_not() {
        let above = Measure::Threshold {
            keep: Keep::Above,
            target: 4.5,
        };
        let below = Measure::Threshold {
            keep: Keep::Below,
            target: 4.0,
        };
        assert_eq!(key_result_progress(above, Some(4.5), false), Some(1.0));
        assert_eq!(key_result_progress(above, Some(4.4), false), Some(0.0));
        assert_eq!(key_result_progress(below, Some(4.0), false), Some(1.0));
        assert_eq!(key_result_progress(below, Some(4.1), false), Some(0.0));
    }

    #[test]
    fn milestones_are_done_or_not() {
        assert_eq!(
            key_result_progress(Measure::Milestone, None, true),
            Some(1.0)
        );
        assert_eq!(
            key_result_progress(Measure::Milestone, None, false),
            Some(0.0)
        );
        assert_eq!(
            key_result_progress(Measure::Unmeasurable, Some(3.0), true),
            None
        );
    }

    #[test]
    fn weighted_mean_of_key_results() {
        assert_eq!(
            weighted_mean([(1.0, 2.0), (0.0, 1.0), (0.5, 1.0)]),
            Some(0.625)
        );
        assert_eq!(weighted_mean([]), None);
        assert_eq!(mean([0.2, 0.4]), Some(0.30000000000000004));
    }

    #[test]
    fn expected_progress_before_inside_after() {
        let (s, e) = (d(2026, 10, 1), d(2026, 12, 31)); // 91 days
        assert_eq!(expected_progress(s, e, d(2026, 9, 1)), 0.0);
        assert_eq!(expected_progress(s, e, s), 0.0);
        assert_eq!(expected_progress(s, e, d(2026, 11, 23)), 53.0 / 91.0);
        assert_eq!(expected_progress(s, e, e), 1.0);
        assert_eq!(expected_progress(s, e, d(2027, 2, 1)), 1.0);
        assert_eq!(
            expected_progress(s, s, s),
            1.0,
            "a one-day cycle is over on its day"
        );
    }

    #[test]
    fn status_from_the_gap() {
        let (start, in_cycle) = (d(2026, 10, 1), d(2026, 11, 1));
        assert_eq!(status(1.0, 0.5, in_cycle, start, T), Status::Done);
        assert_eq!(
            status(1.0, 0.0, d(2026, 9, 1), start, T),
            Status::Done,
            "done comes first"
        );
        assert_eq!(
            status(0.0, 0.0, d(2026, 9, 1), start, T),
            Status::NotStarted
        );
        assert_eq!(status(0.5, 0.69, in_cycle, start, T), Status::OnTrack);
        assert_eq!(
            status(0.5, 0.7, in_cycle, start, T),
            Status::AtRisk,
            "gap 0.2 is not < 0.2"
        );
        assert_eq!(
            status(0.3, 0.5, in_cycle, start, T),
            Status::AtRisk,
            "gap 0.2 exactly"
        );
        assert_eq!(
            status(0.1, 0.5, in_cycle, start, T),
            Status::OffTrack,
            "gap 0.4 exactly"
        );
        assert_eq!(status(0.5, 0.89, in_cycle, start, T), Status::AtRisk);
        assert_eq!(status(0.5, 0.9, in_cycle, start, T), Status::OffTrack);
        assert_eq!(
            status(0.9, 0.5, in_cycle, start, T),
            Status::OnTrack,
            "ahead is on track"
        );
        let strict = StatusThresholds {
            at_risk: 0.1,
            off_track: 0.2,
        };
        assert_eq!(status(0.5, 0.65, in_cycle, start, strict), Status::AtRisk);
    }

    #[test]
    fn scores_round_halves_up_and_fall_in_bands() {
        assert_eq!(score(0.35), 0.4);
        assert_eq!(score(0.349), 0.3);
        assert_eq!(score(0.65), 0.7);
        assert_eq!(score(0.04), 0.0);
        assert_eq!(score(1.0), 1.0);
        assert_eq!(score((27.0 - 20.0) / (40.0 - 20.0)), 0.4);
        assert_eq!(band(score(0.3)), Band::Red);
        assert_eq!(band(score(0.4)), Band::Yellow);
        assert_eq!(band(score(0.6)), Band::Yellow);
        assert_eq!(band(score(0.7)), Band::Green);
        assert_eq!(band(score(0.0)), Band::Red);
    }

    #[test]
    fn projection_fits_a_line_through_the_baseline_and_the_checkins() {
        // 20 at day 0, 25 at day 30, 30 at day 60: a line of 1/6 per day, 35.17 at day 91.
        let p = projected(20.0, &[(30.0, 25.0), (60.0, 30.0)], 91.0).unwrap();
        assert!((p - (20.0 + 91.0 / 6.0)).abs() < 1e-9, "{p}");
        // One check-in: the line through it and the baseline.
        assert_eq!(projected(20.0, &[(45.5, 27.5)], 91.0), Some(35.0));
        // A falling metric: churn 8 → 6.5 after half the cycle heads to 5.
        assert_eq!(projected(8.0, &[(45.5, 6.5)], 91.0), Some(5.0));
        // Scattered values: least squares, not the last two points.
        let p = projected(0.0, &[(10.0, 10.0), (20.0, 10.0), (30.0, 30.0)], 40.0).unwrap();
        // x̄ = 15, ȳ = 12.5; slope = Σ(x-x̄)(y-ȳ)/Σ(x-x̄)² = 450/500 = 0.9 → 12.5 + 0.9·25
        assert!((p - 35.0).abs() < 1e-9, "{p}");
        // Everything on day 0: no slope to fit, the mean.
        assert_eq!(projected(20.0, &[(0.0, 30.0)], 91.0), Some(25.0));
        assert_eq!(projected(20.0, &[], 91.0), None);
    }

    #[test]
    fn days_between_counts_calendar_days() {
        assert_eq!(days_between(d(2026, 10, 1), d(2026, 12, 31)), 91);
        assert_eq!(days_between(d(2026, 12, 31), d(2026, 10, 1)), -91);
        assert_eq!(days_between(d(2028, 2, 28), d(2028, 3, 1)), 2);
    }
}
