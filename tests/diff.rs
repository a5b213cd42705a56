//! `okrbook diff` and `check --since` on two states of a handbook in a real git
//! repository.

mod common;

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn okrbook(args: &[&str]) -> (i32, String, String) {
    let run = common::okrbook(args);
    (run.code, run.stdout, run.stderr)
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

const CYCLE: &str = "---\ntitle: Q4\nstart: 2026-10-01\nend: 2026-12-31\n---\n";

fn nps(target: u32, checkins: &str) -> String {
    format!(
        "---\ntitle: Customers recommend us\ncycle: 2026-q4\nteam: cx\nowner: Anna\nkey_results:\n  - id: nps\n    title: NPS rises from 20 to {target}\n    baseline: 20\n    target: {target}\n    checkins:\n{checkins}  - id: churn\n    title: Churn falls from 8 % to 5 %\n    baseline: 8\n    target: 5\n    checkins:\n      - {{date: 2026-11-16, value: 6}}\n---\n"
    )
}

fn later(cycle: &str) -> String {
    format!("---\ntitle: Partners love our API\ncycle: {cycle}\nteam: sales\nowner: Finn\nkey_results:\n  - {{id: api-nps, title: Partner satisfaction rises from 3 to 4, baseline: 3, target: 4, checkins: [{{date: 2026-11-20, value: 3.5}}]}}\n  - {{id: api-time, title: Integration time falls from 20 to 5 days, baseline: 20, target: 5, checkins: [{{date: 2026-11-20, value: 12}}]}}\n---\n")
}

/// A handbook in a git repository (in a `handbook/` folder, as in a monorepo), committed.
fn repo() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("handbook");
    write(&root, "okrbook.yaml", "title: Test\ntoday: 2026-11-23\n");
    write(&root, "content/cycles/2026-q4.md", CYCLE);
    write(
        &root,
        "content/cycles/2027-q1.md",
        "---\ntitle: Q1 2027\nstart: 2027-01-01\nend: 2027-03-31\n---\n",
    );
    write(&root, "content/objectives/later.md", &later("2026-q4"));
    write(&root, "content/teams/cx.md", "---\ntitle: CX\n---\n");
    write(&root, "content/teams/sales.md", "---\ntitle: Sales\n---\n");
    write(
        &root,
        "content/objectives/nps.md",
        &nps(35, "      - {date: 2026-11-09, value: 24}\n"),
    );
    write(
        &root,
        "content/objectives/old.md",
        "---\ntitle: Onboarding works\ncycle: 2026-q4\nteam: cx\nowner: Ben\nkey_results:\n  - {id: steps, title: Steps to sign up fall from 9 to 4, baseline: 9, target: 4, checkins: [{date: 2026-11-20, value: 6}]}\n  - {id: drop, title: Drop-off falls from 40 % to 20 %, baseline: 40, target: 20, checkins: [{date: 2026-11-20, value: 30}]}\n---\n",
    );
    write(
        &root,
        "content/objectives/moving.md",
        "---\ntitle: Invoices are clear\ncycle: 2026-q4\nteam: cx\nowner: Cem\nkey_results:\n  - {id: calls, title: Invoice calls fall from 50 to 20, baseline: 50, target: 20, checkins: [{date: 2026-11-20, value: 40}]}\n  - {id: ownr-typo, title: Invoice rating rises from 3 to 4, ownr: Cem, baseline: 3, target: 4, checkins: [{date: 2026-11-20, value: 3.5}]}\n---\n",
    );
    git(tmp.path(), &["init", "-q", "-b", "main"]);
    git(tmp.path(), &["add", "-A"]);
    git(tmp.path(), &["commit", "-q", "-m", "base"]);
    tmp
}

#[test]
fn diff_reports_every_kind_of_change() {
    let tmp = repo();
    let root = tmp.path().join("handbook");
    // A new check-in that turns NPS from at risk to on track, and a lowered target.
    write(
        &root,
        "content/objectives/nps.md",
        &nps(
            30,
            "      - {date: 2026-11-09, value: 24}\n      - {date: 2026-11-23, value: 29}\n",
        ),
    );
    // Renamed (same id, new title) and moved to another team; the typo fixed.
    write(
        &root,
        "content/objectives/moving.md",
        "---\ntitle: Every invoice explains itself\ncycle: 2026-q4\nteam: sales\nowner: Cem\nkey_results:\n  - {id: calls, title: Invoice calls fall from 50 to 20, baseline: 55, target: 20, checkins: [{date: 2026-11-20, value: 40}]}\n  - {id: ownr-typo, title: Invoice rating rises from 3 to 4, owner: Cem, baseline: 3, target: 4, checkins: [{date: 2026-11-20, value: 3.5}]}\n---\n",
    );
    // Moved to the next cycle.
    write(&root, "content/objectives/later.md", &later("2027-q1"));
    // Removed, and added with an activity key result (a new finding).
    std::fs::remove_file(root.join("content/objectives/old.md")).unwrap();
    write(
        &root,
        "content/objectives/new.md",
        "---\ntitle: Teams learn from customers\ncycle: 2026-q4\nteam: sales\nowner: Dana\nkey_results:\n  - {id: workshops, title: Hold 12 customer workshops, baseline: 0, target: 12, checkins: [{date: 2026-11-20, value: 5}]}\n  - {id: share, title: Share of teams using feedback rises from 20 % to 60 %, baseline: 20, target: 60, checkins: [{date: 2026-11-20, value: 40}]}\n---\n",
    );

    let (code, json, err) = okrbook(&["diff", "main", root.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ids = |key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("objectives_added"), ["new"]);
    assert_eq!(ids("objectives_removed"), ["old"]);
    assert_eq!(ids("objectives_renamed"), ["moving"]);
    assert_eq!(
        v["objectives_renamed"][0]["to"],
        "Every invoice explains itself"
    );
    let moved: Vec<String> = v["objectives_moved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            format!(
                "{} {} {} → {}",
                m["id"].as_str().unwrap(),
                m["field"].as_str().unwrap(),
                m["from"].as_str().unwrap(),
                m["to"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        moved,
        ["later cycle 2026-q4 → 2027-q1", "moving team cx → sales"]
    );
    assert_eq!(ids("key_results_added"), ["share", "workshops"]);
    assert_eq!(ids("key_results_removed"), ["drop", "steps"]);
    // The baseline of `calls` was corrected (50 → 55): reported, not flagged.
    let goal = &v["goals_changed"][0];
    assert_eq!(
        (goal["id"].as_str(), goal["field"].as_str()),
        (Some("calls"), Some("baseline"))
    );
    assert_eq!(
        (goal["from"].as_f64(), goal["to"].as_f64()),
        (Some(50.0), Some(55.0))
    );
    assert_eq!(goal["lowered"], false);
    let goal = &v["goals_changed"][1];
    assert_eq!(
        (goal["id"].as_str(), goal["field"].as_str()),
        (Some("nps"), Some("target"))
    );
    assert_eq!(
        (goal["from"].as_f64(), goal["to"].as_f64()),
        (Some(35.0), Some(30.0))
    );
    assert_eq!(goal["lowered"], true);
    // NPS: 24 of 20 → 35 is 0.267 (gap 0.316 to the expected 0.582: at risk);
    // 29 of 20 → 30 is 0.9: on track.
    let by_id = |key: &str, id: &str| -> serde_json::Value {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == id)
            .cloned()
            .unwrap_or_default()
    };
    // Moving to a cycle that has not started changes the status of its key results.
    assert_eq!(
        by_id("key_results_progress", "api-nps")["status"][1],
        "not-started"
    );
    let p = &by_id("key_results_progress", "nps");
    assert_eq!(p["current"][0].as_f64(), Some(24.0));
    assert_eq!(p["current"][1].as_f64(), Some(29.0));
    assert!((p["progress"][0].as_f64().unwrap() - 4.0 / 15.0).abs() < 1e-9);
    assert!((p["progress"][1].as_f64().unwrap() - 0.9).abs() < 1e-9);
    assert_eq!(p["status"][0], "at-risk");
    assert_eq!(p["status"][1], "on-track");
    assert_eq!(p["new_checkins"], 1);
    let op = by_id("objectives_progress", "nps");
    assert_eq!(op["status"][1], "on-track");
    let rules = |key: &str| -> Vec<String> {
        v[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["rule"].as_str().unwrap().to_string())
            .collect()
    };
    // The moved objective's check-ins now lie before its new cycle, and the raised
    // baseline of `calls` (55) no longer agrees with its title ("from 50 to 20").
    assert_eq!(
        rules("findings_new"),
        [
            "checkin-outside-cycle",
            "checkin-outside-cycle",
            "kr-title-numbers",
            "kr-activity"
        ]
    );
    assert_eq!(rules("findings_fixed"), ["unknown-field"]);

    let (code, md, _) = okrbook(&[
        "diff",
        "main",
        root.to_str().unwrap(),
        "--site-url",
        "https://okr.example/pr-7",
    ]);
    assert_eq!(code, 0);
    assert!(md.contains("target of [NPS rises from 20 to 30](https://okr.example/pr-7/key-results/nps/): 35 → 30 — **target lowered**"), "{md}");
    assert!(
        md.contains("24 → 29, 27 % → 90 %, At risk → On track (1 new check-in)"),
        "{md}"
    );
    assert!(md.contains("### New findings") && md.contains("### Fixed findings"));
    insta::assert_snapshot!("diff_every_kind_of_change", md);

    // A folder as BASE gives the same report as the revision.
    let before = tempfile::tempdir().unwrap();
    okrbook::git::export(&root, "main", before.path()).unwrap();
    let (_, json2, _) = okrbook(&[
        "diff",
        before.path().to_str().unwrap(),
        root.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(json2, json);

    // Nothing changed (the handbook against itself): a short note, and every list of the
    // JSON empty.
    let here = root.to_str().unwrap();
    let same_args = ["diff", here, here, "--as-of", "2026-11-23"];
    let (code, same, err) = okrbook(&same_args);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        same,
        "## okrbook diff\n\nThis change does not touch objectives, key results or findings.\n"
    );
    let (_, same, _) = okrbook(&[&same_args[..], &["--format", "json"]].concat());
    let same: serde_json::Value = serde_json::from_str(&same).unwrap();
    let lists = same.as_object().expect("an object");
    assert!(lists.len() >= 12, "{same}");
    for (key, list) in lists {
        assert_eq!(list.as_array().map(Vec::len), Some(0), "{key}: {list}");
    }
    let (code, _, err) = okrbook(&["diff", "no-such-branch", root.to_str().unwrap()]);
    assert_eq!(code, 2, "an unknown revision is exit 2");
    assert!(err.contains("no-such-branch"), "{err}");
}

#[test]
fn check_since_reports_only_touched_lines() {
    let tmp = repo();
    let root = tmp.path().join("handbook");
    let r = root.to_str().unwrap();
    // The base has one finding (the `ownr` typo); an unrelated edit leaves it out.
    let (_, all, _) = okrbook(&["check", r, "--format", "json"]);
    assert!(all.contains("unknown-field"));
    let (code, out, err) = okrbook(&["check", r, "--since", "main", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["diagnostics"].as_array().unwrap().len(),
        0,
        "old findings are not reported"
    );

    // A new activity key result on a changed line, and an untracked new file.
    let text = std::fs::read_to_string(root.join("content/objectives/nps.md")).unwrap();
    std::fs::write(
        root.join("content/objectives/nps.md"),
        text.replace(
            "title: NPS rises from 20 to 35",
            "title: Run 4 customer workshops",
        ),
    )
    .unwrap();
    write(&root, "content/objectives/fresh.md", "---\ntitle: Fresh\ncycle: 2026-q4\nteam: cx\nowner: Eva\nkey_results:\n  - {title: Launch the portal, done: false, checkins: [{date: 2026-11-20, done: false}]}\n  - {title: Portal logins rise from 0 to 500, baseline: 0, target: 500, checkins: [{date: 2026-11-20, value: 90}]}\n---\n");
    let (_, out, _) = okrbook(&["check", r, "--since", "main", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let got: Vec<String> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}:{}",
                d["rule"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"]
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "kr-activity content/objectives/fresh.md:7",
            "kr-activity content/objectives/nps.md:8"
        ]
    );
    assert_eq!(v["summary"]["warnings"], 2);

    let (code, _, err) = okrbook(&["check", r, "--since", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("nope"), "{err}");
}

/// A revision that looks like one of git's options is looked up as a revision and not
/// found: git does not take `--output=FILE` as its option and writes no file.
#[test]
fn a_revision_like_an_option_is_not_taken_as_one() {
    let tmp = repo();
    let root = tmp.path().join("handbook");
    let r = root.to_str().unwrap();
    let written = tmp.path().join("written-by-git");
    let rev = format!("--output={}", written.display());
    let run = |args: &[&str]| {
        let c = std::ffi::OsStr::new("C");
        let env = [("LC_ALL", c), ("LANGUAGE", c)];
        let run = common::okrbook_env(Path::new(env!("CARGO_MANIFEST_DIR")), args, &env);
        (run.code, run.stderr)
    };

    let (code, err) = run(&["diff", "--", &rev, r]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains(&format!("Not a valid object name {rev}:")),
        "git looked it up as a revision: {err}"
    );
    assert!(
        !err.contains("unknown option") && !err.contains("usage:"),
        "{err}"
    );
    assert!(!written.exists(), "git wrote {}", written.display());

    let (code, err) = run(&["check", r, &format!("--since={rev}")]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("is not a commit, branch or tag"), "{err}");
    assert!(!written.exists(), "git wrote {}", written.display());
}

/// `diff` reads the base revision into a private folder of its own, made by `tempfile`
/// in the system's temporary folder (`TMPDIR`), and leaves nothing there.
#[test]
fn the_base_is_read_into_a_private_folder_that_goes_afterwards() {
    let tmp = repo();
    let root = tmp.path().join("handbook");
    let r = root.to_str().unwrap();
    let tmpdir = tempfile::tempdir().unwrap();
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let with_tmp =
        |args: &[&str], dir: &Path| common::okrbook_env(here, args, &[("TMPDIR", dir.as_os_str())]);
    let o = with_tmp(&["diff", "main", r], tmpdir.path());
    assert_eq!(o.code, 0, "{}", o.stderr);
    let left: Vec<_> = std::fs::read_dir(tmpdir.path()).unwrap().collect();
    assert!(left.is_empty(), "left behind: {left:?}");
    // A run that cannot read the base leaves nothing either.
    let o = with_tmp(&["diff", "no-such-branch", r], tmpdir.path());
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert_eq!(std::fs::read_dir(tmpdir.path()).unwrap().count(), 0);
    // The folder is made there and nowhere else: without a temporary folder, no diff.
    let o = with_tmp(&["diff", "main", r], &tmpdir.path().join("missing"));
    assert_eq!(o.code, 2, "{}", o.stderr);
    assert!(
        o.stderr.contains("cannot make a temporary folder"),
        "{}",
        o.stderr
    );
}
