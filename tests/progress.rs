//! The numbers FORMAT.md fixes, computed through the whole pipeline on the `progress`
//! fixture: key result, objective and cycle progress, expected progress, status, grade.

mod common;

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
