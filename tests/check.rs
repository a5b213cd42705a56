//! `okrbook check` on the fixture handbooks under `tests/fixtures/`: every finding's
//! severity, rule id, file, line and column, and that nothing else is reported.

mod common;

use common::{check_fixture, expected_of, Finding};

/// Compares what `check` reports on a fixture with its `expected` file.
fn assert_fixture(name: &str) {
    let got = check_fixture(name);
    let want = expected_of(name);
    let matches = got.len() == want.len() && got.iter().zip(&want).all(|(g, w)| w.matches(g));
    assert!(
        matches,
        "fixture `{name}`:\n--- expected\n{}\n--- got\n{}\n",
        Finding::list(&want),
        Finding::list(&got)
    );
}

macro_rules! fixtures {
    ($($test:ident => $dir:literal,)*) => {
        $( #[test] fn $test() { assert_fixture($dir); } )*
    };
}

fixtures! {
    valid_handbook_has_no_findings => "valid",
    front_matter => "front-matter",
    missing_field => "missing-field",
    bad_value => "bad-value",
    bad_id => "bad-id",
    duplicate_id => "duplicate-id",
    broken_ref => "broken-ref",
    broken_link => "broken-link",
    cycle_dates => "cycle-dates",
    target_equals_baseline => "target-equals-baseline",
    alignment_loop => "alignment-loop",
    kr_activity => "kr-activity",
    kr_activity_kinds => "kr-activity-kinds",
    kr_not_measurable => "kr-not-measurable",
    kr_count_and_objective_no_kr => "kr-count",
    objective_has_number => "objective-has-number",
    too_many_objectives => "too-many-objectives",
    no_owner => "no-owner",
    stale_checkin => "stale-checkin",
    checkin_outside_cycle => "checkin-outside-cycle",
    unknown_field => "unknown-field",
    orphan_principle => "orphan-principle",
    nps_everywhere => "nps-everywhere",
    kr_title_numbers => "kr-title-numbers",
    kr_title_numbers_in_german => "kr-title-numbers-de",
    lint_levels_and_allow_lists => "lint-config",
    default_cycle => "default-cycle",
    progress_fixture_is_clean => "progress",
    site_fixture_is_clean => "site",
    bad_input => "bad-input",
}

#[test]
fn every_rule_has_a_fixture_that_triggers_it() {
    use okrbook::diagnostic::Rule;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = std::collections::BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        if dir.join(&name).join("expected").is_file() {
            seen.extend(expected_of(&name).into_iter().map(|f| f.rule));
        }
    }
    // The I/O rule is triggered by files made at test time (see tests/bad_input.rs).
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| !seen.contains(*id) && *id != "io")
        .collect();
    assert!(missing.is_empty(), "rules without a fixture: {missing:?}");
}

#[test]
fn confidence_help_guesses_a_percentage_only_when_it_is_one() {
    let helps: Vec<(u32, String)> = common::diagnostics_of("bad-value")
        .into_iter()
        .filter(|d| d.message.starts_with("`confidence`"))
        .map(|d| (d.line, d.help.unwrap_or_default()))
        .collect();
    let want = [
        (
            11,
            "confidence is a share from 0.0 (no chance) to 1.0 (certain): 0.7 means 70 %",
        ),
        (
            19,
            "confidence is a share from 0.0 to 1.0: write 0.7 instead of 70",
        ),
    ];
    let got: Vec<(u32, &str)> = helps.iter().map(|(l, h)| (*l, h.as_str())).collect();
    assert_eq!(got, want);
}

#[test]
fn activity_help_speaks_the_language_of_the_title() {
    let helps: Vec<(u32, bool)> = common::diagnostics_of("kr-activity")
        .into_iter()
        .filter(|d| d.file.ends_with("o.md"))
        .map(|d| (d.line, d.help.unwrap_or_default().contains(" auf ")))
        .collect();
    // line 7 "Hold …" is English; 10 "… durchführen" and 13 "Anzahl …" are German
    assert_eq!(helps, [(7, false), (10, true), (13, true)]);
}

#[test]
fn stale_checkin_help_asks_a_milestone_for_done() {
    let helps: Vec<(String, u32, String)> = common::diagnostics_of("stale-checkin")
        .into_iter()
        .map(|d| (d.file, d.line, d.help.unwrap_or_default()))
        .collect();
    let milestone = "add a check-in (`- {date: 2026-11-23, done: false}`) at least every 14 days";
    let numeric = "add a check-in (`- {date: 2026-11-23, value: …}`) at least every 14 days";
    assert_eq!(
        helps,
        [
            ("content/objectives/m.md".into(), 7, milestone.into()),
            ("content/objectives/o.md".into(), 17, numeric.into()),
            ("content/objectives/o.md".into(), 22, numeric.into()),
            ("content/objectives/o.md".into(), 24, numeric.into()),
        ]
    );
}

#[test]
fn yes_is_refused_with_the_word_to_write() {
    let done: Vec<(u32, Option<String>)> = common::diagnostics_of("bad-value")
        .into_iter()
        .filter(|d| d.message.starts_with("`done`"))
        .map(|d| (d.line, d.help))
        .collect();
    assert_eq!(
        done,
        [(
            27,
            Some("write `true`: in YAML 1.2 only `true` and `false` are truth values".into())
        )]
    );
}

#[test]
fn every_finding_has_a_message_and_help() {
    for name in [
        "bad-value",
        "broken-ref",
        "broken-link",
        "kr-activity",
        "stale-checkin",
        "unknown-field",
        "bad-input",
    ] {
        for d in common::diagnostics_of(name) {
            assert!(!d.message.is_empty(), "{d:?}");
            assert!(
                d.help.as_deref().is_some_and(|h| !h.is_empty()),
                "no help: {d:?}"
            );
        }
    }
}
