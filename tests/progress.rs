//! The numbers docs/progress.md gives, computed through the whole pipeline on the `progress`
//! fixture: key result, objective and cycle progress, expected progress, status, grade.

mod common;

use std::path::Path;

use jiff::civil::Date;
use okrbook::model::{BuildOptions, Handbook, Status};

fn handbook(as_of: Option<Date>) -> Handbook {
    let root = okrbook::load::resolve_root(&common::fixture_dir("progress")).unwrap();
    okrbook::check::check(
        &root,
        BuildOptions {
            as_of,
            drafts: false,
        },
    )
    .unwrap()
    .handbook
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-12)
}

fn kr<'a>(hb: &'a Handbook, id: &str) -> &'a okrbook::model::KeyResult {
    hb.key_results
        .iter()
        .find(|k| k.meta.id == id)
        .unwrap_or_else(|| panic!("no key result {id}"))
}

fn objective<'a>(hb: &'a Handbook, id: &str) -> &'a okrbook::model::Objective {
    hb.objectives.iter().find(|o| o.meta.id == id).unwrap()
}

#[test]
fn key_results_inside_the_cycle() {
    let hb = handbook(None); // today: 2026-11-23 from okrbook.yaml
    assert_eq!(hb.as_of, Date::constant(2026, 11, 23));
    let e = 53.0 / 91.0;

    // Check-ins out of date order: the latest by date (27 on 11-20) wins.
    let nps = kr(&hb, "now-kr1");
    assert_eq!(nps.computed.current, Some(27.0));
    assert!(close(nps.computed.progress, 7.0 / 15.0));
    assert!(close(nps.computed.expected, e));
    assert_eq!(nps.computed.status, Some(Status::OnTrack));
    assert_eq!(nps.computed.confidence, Some(0.6));
    assert_eq!(nps.computed.score, None, "no grade while the cycle runs");

    // Decreasing metric with an explicit `current`, which beats the check-in.
    let churn = kr(&hb, "now-kr2");
    assert_eq!(churn.computed.current, Some(6.5));
    assert!(close(churn.computed.progress, 0.5));
    assert_eq!(churn.computed.status, Some(Status::OnTrack));

    // Threshold met, and a milestone done by its latest check-in.
    assert!(close(kr(&hb, "now-kr3").computed.progress, 1.0));
    assert_eq!(kr(&hb, "now-kr3").computed.status, Some(Status::Done));
    assert!(close(kr(&hb, "now-kr4").computed.progress, 1.0));

    // Weighted mean: (7/15·1 + 0.5·2 + 1·1 + 1·1) / 5.
    let o = objective(&hb, "now");
    let p = (7.0 / 15.0 + 0.5 * 2.0 + 1.0 + 1.0) / 5.0;
    assert!(close(o.computed.progress, p));
    assert_eq!(o.computed.status, Some(Status::OnTrack));
    assert_eq!(o.computed.confidence, Some(0.6));
}

#[test]
fn finished_cycle_is_graded() {
    let hb = handbook(None);
    let o = objective(&hb, "before");
    // 4/10 = 0.4 and (36 - 50)/(10 - 50) = 0.35; the mean is 0.375, graded 0.4.
    assert!(close(kr(&hb, "before-kr2").computed.progress, 0.35));
    assert_eq!(kr(&hb, "before-kr2").computed.score, Some(0.4));
    assert!(close(o.computed.progress, 0.375));
    assert!(close(o.computed.expected, 1.0));
    assert_eq!(o.computed.score, Some(0.4));
    assert_eq!(o.computed.band.map(|b| b.id()), Some("yellow"));
    assert_eq!(o.computed.status, Some(Status::OffTrack));
    // The cycle's progress is the mean of its objectives'.
    let q3 = hb.cycles.iter().find(|c| c.meta.id == "2026-q3").unwrap();
    assert!(close(q3.computed.progress, 0.375));
}

#[test]
fn as_of_before_and_after_the_cycle() {
    let before = handbook(Some(Date::constant(2026, 9, 15)));
    assert!(close(kr(&before, "now-kr1").computed.expected, 0.0));
    assert_eq!(
        kr(&before, "now-kr1").computed.status,
        Some(Status::NotStarted)
    );
    assert_eq!(
        kr(&before, "now-kr3").computed.status,
        Some(Status::Done),
        "done comes before not-started"
    );

    let after = handbook(Some(Date::constant(2027, 1, 10)));
    let nps = kr(&after, "now-kr1");
    assert!(close(nps.computed.expected, 1.0));
    // gap = 1 - 7/15 = 0.53 → off track; graded 0.5 (yellow).
    assert_eq!(nps.computed.status, Some(Status::OffTrack));
    assert_eq!(nps.computed.score, Some(0.5));
}

#[test]
fn team_progress_is_the_mean_of_its_objectives() {
    let hb = handbook(None);
    let team = hb.teams.iter().position(|t| t.meta.id == "cx").unwrap();
    let q4 = hb
        .cycles
        .iter()
        .position(|c| c.meta.id == "2026-q4")
        .unwrap();
    let p = objective(&hb, "now").computed.progress;
    assert_eq!(hb.team_progress(team, q4).progress, p);
    assert_eq!(hb.current_cycle, Some(q4));
}

/// The `forecast` fixture on 2026-11-15, day 45 of a 91-day cycle.
fn forecast_handbook() -> Handbook {
    let root = okrbook::load::resolve_root(&common::fixture_dir("forecast")).unwrap();
    okrbook::check::check(&root, BuildOptions::default())
        .unwrap()
        .handbook
}

#[test]
fn forecasts_follow_the_least_squares_line() {
    let hb = forecast_handbook();
    // (0, 20), (30, 23), (45, 24.5): slope 0.1 through (25, 22.5) → 29.1 on day 91.
    let rising = kr(&hb, "rising");
    assert!(
        close(rising.computed.projected, 29.1),
        "{:?}",
        rising.computed
    );
    assert!(close(rising.computed.forecast, 9.1 / 15.0));
    // A falling metric: (0, 8), (45, 6.5) → 8 − 91/30 = 4.97 on day 91, beyond the target 5:
    // the forecast is clamped at 1.
    let falling = kr(&hb, "falling");
    assert!(close(falling.computed.projected, 8.0 - 91.0 / 30.0));
    assert_eq!(falling.computed.forecast, Some(1.0));
    // The check-in of 2026-11-20 lies after as_of: neither current nor forecast count it.
    let later = kr(&hb, "later");
    assert_eq!(later.computed.current, Some(30.0));
    assert!(close(later.computed.projected, 91.0));
    assert!(close(later.computed.forecast, 0.91));
    assert_eq!(later.future_checkins.len(), 1);
    // A threshold has no forecast.
    assert_eq!(kr(&hb, "kept").computed.forecast, None);
    // The objective: weighted mean of forecasts, progress where there is none.
    let o = objective(&hb, "heading");
    assert!(close(
        o.computed.progress,
        (0.3 + 2.0 * 0.5 + 0.3 + 0.0) / 5.0
    ));
    assert!(close(
        o.computed.forecast,
        (9.1 / 15.0 + 2.0 + 0.91 + 0.0) / 5.0
    ));
    // A finished cycle has no forecast.
    assert_eq!(kr(&hb, "q3-nps").computed.forecast, None);
    assert_eq!(objective(&hb, "done").computed.forecast, None);
}

#[test]
fn progress_over_time_counts_the_checkins_of_each_day() {
    let hb = forecast_handbook();
    let o = hb
        .objectives
        .iter()
        .position(|x| x.meta.id == "heading")
        .unwrap();
    let q4 = hb.cycles.iter().find(|c| c.meta.id == "2026-q4").unwrap();
    let s = okrbook::model::history::series(&hb, &[o], q4.start, q4.end);
    let d = |m, day| Date::new(2026, m, day).unwrap();
    let days: Vec<Date> = s.iter().map(|(d, _)| *d).collect();
    // The start, each check-in day up to as_of (not 2026-11-20), and as_of.
    assert_eq!(days, [d(10, 1), d(10, 20), d(10, 31), d(11, 15)]);
    assert!(close(Some(s[0].1), 0.0));
    assert!(close(Some(s[1].1), 0.0), "4.0 is below the threshold 4.2");
    // On 10-31: rising 23 → 0.2, later 30 → 0.3, falling still 8 → 0, kept 0.
    assert!(close(Some(s[2].1), (0.2 + 0.3) / 5.0));
    assert!(
        close(Some(s[3].1), 0.32),
        "the last point is today's progress"
    );
}

/// The series is computed in one pass per key result; it must equal the definition:
/// on each day, the mean of the objectives' weighted progress on that day.
#[test]
fn progress_over_time_equals_its_definition_day_by_day() {
    let example = okrbook::check::check(Path::new(env!("CARGO_MANIFEST_DIR")), Default::default())
        .expect("the example loads")
        .handbook;
    for hb in [forecast_handbook(), example] {
        for cy in &hb.cycles {
            let all: Vec<usize> = (0..hb.objectives.len()).collect();
            let groups = std::iter::once(all.clone()).chain(all.iter().map(|&o| vec![o]));
            for group in groups {
                let got = okrbook::model::history::series(&hb, &group, cy.start, cy.end);
                assert_eq!(got, series_by_definition(&hb, &group, cy.start, cy.end));
            }
        }
    }
}

/// The start, every check-in day of the group's key results before the last day, and the
/// last day (`as_of` or the cycle's end); on each, the mean of the objectives' progress.
fn series_by_definition(
    hb: &Handbook,
    group: &[usize],
    start: Date,
    end: Date,
) -> Vec<(Date, f64)> {
    let last = hb.as_of.min(end);
    if last < start {
        return Vec::new();
    }
    let mut days = vec![start, last];
    for &o in group {
        for &k in &hb.objectives[o].key_results {
            days.extend(
                hb.key_results[k]
                    .checkins
                    .iter()
                    .map(|c| c.date)
                    .filter(|&d| d > start && d < last),
            );
        }
    }
    days.sort();
    days.dedup();
    days.into_iter()
        .filter_map(|day| {
            let on = group
                .iter()
                .filter_map(|&o| okrbook::model::history::objective_on(hb, o, day));
            okrbook::progress::mean(on).map(|p| (day, p))
        })
        .collect()
}

#[test]
fn needs_attention_lists_the_worst_first() {
    let hb = forecast_handbook();
    let list: Vec<(&str, &str, Option<i64>)> = hb
        .needs_attention()
        .iter()
        .map(|a| {
            (
                hb.key_results[a.kr].meta.id.as_str(),
                a.concern.id(),
                a.days_since_checkin,
            )
        })
        .collect();
    assert_eq!(
        list,
        [
            ("kept", "off-track", Some(26)),
            ("later", "stale", Some(15)),
            ("rising", "low-confidence", Some(0)),
        ]
    );
}

#[test]
fn people_share_no_slug() {
    let hb = forecast_handbook();
    let slugs = okrbook::model::people::slugs(&hb);
    assert_eq!(slugs["Anna Schmidt"], "anna-schmidt");
    // Both spell the same slug; by name, "Jürgen Mueller" comes first.
    assert_eq!(slugs["Jürgen Mueller"], "juergen-mueller");
    assert_eq!(slugs["Jürgen Müller"], "juergen-mueller-2");
}
