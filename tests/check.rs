//! `okrbook check` on the fixture handbooks under `tests/fixtures/`: every finding's
//! severity, rule id, file, line and column, and that nothing else is reported.

mod common;

use common::{check_fixture, expected_of, Finding};

/// Compares what `check` reports on a fixture with its `expected` file, and its whole
/// report, as a person reads it in the terminal, with the snapshots under
/// `tests/snapshots/`, in English and in German.
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
    for lang in ["en", "de"] {
        let dir = common::copy_fixture(name);
        common::set_language(dir.path(), lang);
        let run = common::okrbook_in(dir.path(), &["check", "."]);
        let text = format!("exit status {}\n\n{}", run.code, run.stdout);
        insta::assert_snapshot!(format!("{name}__{lang}"), text);
    }
}

macro_rules! fixtures {
    ($($test:ident => $dir:literal,)*) => {
        $( #[test] fn $test() { assert_fixture($dir); } )*

        /// Every fixture folder has its line above, so that none is left untested.
        #[test]
        fn every_fixture_folder_is_tested() {
            let listed = [$($dir),*];
            for name in common::fixture_names() {
                assert!(listed.contains(&name.as_str()), "fixture `{name}` is not in `fixtures!`");
            }
        }
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
    future_checkin => "future-checkin",
    forecast_attention_and_people => "forecast",
    unknown_field => "unknown-field",
    orphan_principle => "orphan-principle",
    principle_one_team => "principle-one-team",
    nps_everywhere => "nps-everywhere",
    path_collision => "path-collision",
    kr_title_numbers => "kr-title-numbers",
    kr_title_numbers_in_german => "kr-title-numbers-de",
    lint_levels_and_allow_lists => "lint-config",
    type_override_and_allow_list_errors => "type-and-allow",
    every_wrong_key_of_the_config => "config-errors",
    config_sections_that_are_not_mappings => "config-not-mappings",
    config_that_is_not_yaml => "config-not-yaml",
    default_cycle => "default-cycle",
    default_cycle_that_does_not_exist_is_one_finding => "default-cycle-missing",
    progress_fixture_is_clean => "progress",
    site_fixture_is_clean => "site",
    bad_input => "bad-input",
    raw_html => "raw-html",
    hostile_content => "hostile",
}

#[test]
fn every_rule_has_a_fixture_that_triggers_it() {
    use okrbook::diagnostic::Rule;
    let mut seen = std::collections::BTreeSet::new();
    for name in common::fixture_names() {
        seen.extend(expected_of(&name).into_iter().map(|f| f.rule));
    }
    // The I/O rule is triggered by files made at test time (see tests/bad_input.rs).
    let missing: Vec<&str> = Rule::ALL
        .iter()
        .map(|r| r.id())
        .filter(|id| !seen.contains(*id) && *id != "io")
        .collect();
    assert!(missing.is_empty(), "rules without a fixture: {missing:?}");
}

/// Every finding of every fixture has a message and a help in both languages, and the
/// two differ: an empty or untranslated message fails here before anyone reads it.
#[test]
fn findings_speak_the_handbook_language() {
    for name in common::fixture_names() {
        let mut by_lang = Vec::new();
        for lang in ["en", "de"] {
            let dir = common::copy_fixture(&name);
            common::set_language(dir.path(), lang);
            by_lang.push(common::diagnostics_at(dir.path()));
        }
        let (en, de) = (&by_lang[0], &by_lang[1]);
        assert_eq!(
            en.len(),
            de.len(),
            "{name}: the same findings in both languages"
        );
        for (e, d) in en.iter().zip(de) {
            assert_eq!(
                (&e.rule, &e.file, e.line),
                (&d.rule, &d.file, d.line),
                "{name}"
            );
            for text in [&e.message, &d.message] {
                assert!(!text.trim().is_empty(), "{name}: empty message {e:?}");
                assert!(
                    !text.trim_end().ends_with(':'),
                    "{name}: message cut short: {text}"
                );
            }
            assert_ne!(
                e.message, d.message,
                "{name}: not translated: {}",
                e.message
            );
            let (eh, dh) = (
                e.help.as_deref().unwrap_or(""),
                d.help.as_deref().unwrap_or(""),
            );
            assert!(
                !eh.is_empty() && !dh.is_empty(),
                "{name}: no help for {e:?}"
            );
            assert_ne!(eh, dh, "{name}: help not translated: {eh}");
        }
    }
}

#[test]
fn confidence_help_guesses_a_percentage_only_when_it_is_one() {
    let helps: Vec<(u32, String)> = common::diagnostics_of("bad-value")
        .into_iter()
        .filter(|d| d.file.ends_with("values.md") && d.message.starts_with("`confidence`"))
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
fn stale_checkin_help_asks_a_milestone_for_done() {
    let helps: Vec<(String, u32, String)> = common::diagnostics_of("stale-checkin")
        .into_iter()
        .filter(|d| d.rule.id() == "stale-checkin")
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
        .filter(|d| d.file.ends_with("values.md") && d.message.starts_with("`done`"))
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

/// An HTML file that the site leaves out (without `unsafe_html`) is written nowhere: a
/// `raw-html` warning says so, and it collides with nothing, not even at `index.html`.
#[test]
fn a_file_left_out_of_the_site_collides_with_nothing() {
    let dir = common::copy_fixture("path-collision");
    let config = dir.path().join("okrbook.yaml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, text.replace("unsafe_html: true\n", "")).unwrap();
    let got = common::finding_lines(dir.path());
    assert!(
        got.contains(&"warning raw-html content/index.html:1".to_string()),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|l| l.contains("path-collision content/index.html")),
        "{got:?}"
    );
    assert!(
        got.contains(&"error path-collision content/objectives/o/_index.md:1".to_string()),
        "{got:?}"
    );
}
