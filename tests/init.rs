//! `okrbook init`: the new handbook checks clean and builds, on any day of the year,
//! and init never overwrites an existing handbook.

mod common;

use jiff::civil::Date;
use okrbook::model::BuildOptions;

fn okrbook(args: &[&str]) -> (i32, String) {
    let run = common::okrbook(args);
    (run.code, run.stderr)
}

#[test]
fn new_handbook_is_clean_on_every_kind_of_day() {
    let days = [
        (2026, 1, 1),  // first day of a quarter: both check-ins on the same day
        (2026, 3, 31), // last day of a quarter
        (2026, 11, 24),
        (2027, 2, 28),
        (2028, 2, 29), // leap day
        (2028, 8, 15),
    ];
    for (y, m, d) in days {
        let today = Date::new(y, m, d).unwrap();
        let dir = tempfile::tempdir().unwrap();
        okrbook::init::init(dir.path(), today).unwrap();
        let checked = okrbook::check::check(
            dir.path(),
            BuildOptions {
                as_of: Some(today),
                drafts: false,
            },
        )
        .unwrap();
        assert!(
            checked.diagnostics.is_empty(),
            "{today}: {:#?}",
            checked.diagnostics
        );
        assert_eq!(checked.handbook.objectives.len(), 2);
        assert_eq!(checked.handbook.key_results.len(), 4);
        let objective = &checked.handbook.objectives[0];
        let p = objective.computed.progress.expect("progress is computed");
        assert!(p > 0.0 && p < 1.0, "{today}: progress {p}");
    }
}

#[test]
fn init_then_check_and_build_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("handbook");
    let root_s = root.to_str().unwrap();
    let (code, err) = okrbook(&["init", root_s]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("content/objectives/fast-answers.md"), "{err}");
    let (code, err) = okrbook(&["check", root_s, "--deny-warnings"]);
    assert_eq!(code, 0, "{err}");
    let (code, err) = okrbook(&["build", root_s, "--deny-warnings"]);
    assert_eq!(code, 0, "{err}");
    assert!(root
        .join("public/objectives/fast-answers/index.html")
        .is_file());
    assert!(root
        .join("public/principles/results-over-activities/index.html")
        .is_file());
}

#[test]
fn init_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_str().unwrap();
    std::fs::write(dir.path().join("okrbook.yaml"), "title: Mine\n").unwrap();
    let (code, err) = okrbook(&["init", root]);
    assert_eq!(code, 2);
    assert!(err.contains("never overwrites"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("okrbook.yaml")).unwrap(),
        "title: Mine\n"
    );
    assert!(!dir.path().join("content").exists());

    let other = tempfile::tempdir().unwrap();
    std::fs::create_dir(other.path().join("content")).unwrap();
    let (code, _) = okrbook(&["init", other.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(!other.path().join("okrbook.yaml").exists());
}

/// In an existing repository, init keeps its `.gitignore` and adds the built site to it
/// (once), and its next steps start with the preview.
#[test]
fn init_adds_the_site_to_an_existing_gitignore_and_suggests_serve() {
    let dir = tempfile::tempdir().unwrap();
    let ignore = dir.path().join(".gitignore");
    std::fs::write(&ignore, "target/\n*.log").unwrap();
    let (code, err) = okrbook(&["init", &dir.path().to_string_lossy()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&ignore).unwrap();
    assert!(text.starts_with("target/\n*.log\n"), "kept: {text}");
    assert_eq!(text.matches("/public/").count(), 1, "{text}");
    assert!(err.contains("okrbook serve"), "{err}");
    assert!(
        err.find("okrbook serve") < err.find("okrbook build"),
        "the preview comes first: {err}"
    );

    let again = tempfile::tempdir().unwrap();
    std::fs::write(again.path().join(".gitignore"), "public/\n").unwrap();
    let (code, err) = okrbook(&["init", &again.path().to_string_lossy()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(again.path().join(".gitignore")).unwrap(),
        "public/\n",
        "already ignored: unchanged"
    );
}
