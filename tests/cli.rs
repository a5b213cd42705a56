//! The command line as scripts and CI see it: arguments, exit status, output formats.

mod common;

fn okrbook(args: &[&str]) -> (i32, String, String) {
    let run = common::okrbook(args);
    (run.code, run.stdout, run.stderr)
}

fn fixture(name: &str) -> String {
    common::fixture_dir(name).to_string_lossy().into_owned()
}

#[test]
fn exit_status_follows_errors_and_deny_warnings() {
    let (code, _, _) = okrbook(&["check", &fixture("valid"), "--format", "json"]);
    assert_eq!(code, 0, "no findings");
    let (code, _, _) = okrbook(&["check", &fixture("kr-count"), "--format", "json"]);
    assert_eq!(code, 0, "warnings only");
    let (code, _, _) = okrbook(&[
        "check",
        &fixture("kr-count"),
        "--format",
        "json",
        "--deny-warnings",
    ]);
    assert_eq!(code, 1, "warnings denied");
    let (code, _, _) = okrbook(&["check", &fixture("broken-ref"), "--format", "json"]);
    assert_eq!(code, 1, "errors");
}

#[test]
fn exit_status_2_when_okrbook_cannot_work() {
    let (code, _, err) = okrbook(&["check", "/no/such/handbook"]);
    assert_eq!(code, 2);
    assert!(err.contains("does not exist"), "{err}");
    let empty = tempfile::tempdir().unwrap();
    let (code, _, err) = okrbook(&["check", &empty.path().to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(err.contains("content/"), "{err}");
    let (code, _, _) = okrbook(&["check", &fixture("valid"), "--format", "yaml"]);
    assert_eq!(code, 2, "unknown format");
    let (code, _, err) = okrbook(&["check", &fixture("valid"), "--as-of", "23.11.2026"]);
    assert_eq!(code, 2, "bad date");
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}

#[test]
fn content_folder_means_its_handbook() {
    let root = okrbook(&["check", &fixture("stale-checkin"), "--format", "json"]);
    let content = okrbook(&[
        "check",
        &format!("{}/content", fixture("stale-checkin")),
        "--format",
        "json",
    ]);
    assert_eq!(root, content);
    assert!(root.1.contains("stale-checkin"));
}

#[test]
fn json_is_the_documented_object() {
    let (_, out, _) = okrbook(&["check", &fixture("broken-ref"), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let diags = v["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), 8);
    let first = &diags[0];
    for key in [
        "rule", "severity", "file", "line", "column", "message", "help",
    ] {
        assert!(first.get(key).is_some(), "missing {key} in {first}");
    }
    assert_eq!(first["rule"], "broken-ref");
    assert_eq!(first["file"], "content/key-results/lost.md");
    assert_eq!(first["line"], 3);
    assert_eq!(v["summary"]["errors"], 7);
    assert_eq!(v["summary"]["warnings"], 1);
    assert_eq!(v["summary"]["documents"], 6);
    // Sorted by file, line, rule.
    let keys: Vec<(String, u64, String)> = diags
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().into(),
                d["line"].as_u64().unwrap(),
                d["rule"].as_str().unwrap().into(),
            )
        })
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn as_of_flag_overrides_today() {
    // On 2026-10-10 the cycle is 9 days old and every check-in lies ahead: nothing is stale.
    let (_, out, _) = okrbook(&[
        "check",
        &fixture("stale-checkin"),
        "--format",
        "json",
        "--as-of",
        "2026-10-10",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["warnings"], 0, "{out}");
}

/// A wrong DIR gets advice that fits it: a file is named as a file, a built site as a
/// site, and `init` is offered only for an empty folder.
#[test]
fn a_wrong_dir_gets_advice_that_fits_it() {
    let file = common::fixture_dir("valid").join("okrbook.yaml");
    let (code, _, err) = okrbook(&["check", &file.to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("is a file") && err.contains("holds okrbook.yaml and content/"),
        "{err}"
    );
    assert!(!err.contains("okrbook init"), "{err}");

    let built = tempfile::tempdir().unwrap();
    let site = built.path().join("site");
    let (code, _, err) = okrbook(&["build", &fixture("valid"), "--out", &site.to_string_lossy()]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = okrbook(&["check", &site.to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("built site") && !err.contains("okrbook init"),
        "{err}"
    );

    let (code, _, err) = okrbook(&["check", "/"]);
    assert_eq!(code, 2);
    assert!(err.contains("must be a handbook's folder"), "{err}");
    assert!(
        !err.contains("okrbook init /"),
        "no init offered for /: {err}"
    );

    let empty = tempfile::tempdir().unwrap();
    let (code, _, err) = okrbook(&["check", &empty.path().to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(
        err.contains(&format!("okrbook init {}", empty.path().display())),
        "{err}"
    );
}

/// `--base-url` ends up in every link: anything but an absolute http(s) address is
/// refused before any work, with exit status 2.
#[test]
fn a_base_url_that_is_no_web_address_is_refused() {
    let out = tempfile::tempdir().unwrap();
    for bad in [
        "not a url",
        "/okr/",
        "intranet/okr",
        "javascript:alert(1)",
        "ftp://x/",
    ] {
        let (code, _, err) = okrbook(&[
            "build",
            &fixture("valid"),
            "--out",
            &out.path().join("site").to_string_lossy(),
            "--base-url",
            bad,
        ]);
        assert_eq!(code, 2, "{bad}");
        assert!(
            err.contains("http://") && err.contains("https://"),
            "{bad}: {err}"
        );
        assert!(!out.path().join("site").exists(), "{bad}: nothing written");
    }
    let (code, _, err) = okrbook(&[
        "build",
        &fixture("valid"),
        "--out",
        &out.path().join("site").to_string_lossy(),
        "--base-url",
        "https://intranet.example/okr/",
    ]);
    assert_eq!(code, 0, "{err}");
    let sitemap = std::fs::read_to_string(out.path().join("site/sitemap.xml")).unwrap();
    assert!(
        sitemap.contains("<loc>https://intranet.example/okr/"),
        "{sitemap}"
    );
}

/// `data/okrs.json` carries the numbers a reader sees, not binary noise.
#[test]
fn okrs_json_holds_no_floating_point_noise() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let (code, _, err) = okrbook(&[
        "build",
        &root.to_string_lossy(),
        "--out",
        &site.to_string_lossy(),
        "--as-of",
        "2026-11-23",
    ]);
    assert_eq!(code, 0, "{err}");
    let json = std::fs::read_to_string(site.join("data/okrs.json")).unwrap();
    let noisy = json
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|n| n.contains('.') && n.split('.').nth(1).is_some_and(|f| f.len() > 9))
        .collect::<Vec<_>>();
    assert!(
        noisy.is_empty(),
        "numbers with more than nine decimals: {noisy:?}"
    );
}
