//! `okrbook init --ci`: the pipelines parse as YAML and every okrbook command in them
//! runs on a real handbook in a git repository.

mod common;

use std::path::Path;
use std::process::Command;

use okrbook::yaml::{parse, Node, Value};

fn run(dir: &Path, program: &str, args: &[&str]) -> (i32, String) {
    let (code, _, err) = run_out(dir, program, args);
    (code, err)
}

/// Runs a program in `dir`: exit status, stdout, stderr.
fn run_out(dir: &Path, program: &str, args: &[&str]) -> (i32, String, String) {
    let o = Command::new(program)
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "T")
        .env("GIT_AUTHOR_EMAIL", "t@example.org")
        .env("GIT_COMMITTER_NAME", "T")
        .env("GIT_COMMITTER_EMAIL", "t@example.org")
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// A repository with a handbook on `main`, and an `origin/main` to compare with.
fn repository() -> tempfile::TempDir {
    let tmp = common::copy_fixture("valid");
    for args in [
        &["init", "-q", "-b", "main"][..],
        &["add", "-A"],
        &["commit", "-q", "-m", "handbook"],
        &["update-ref", "refs/remotes/origin/main", "HEAD"],
    ] {
        assert_eq!(run(tmp.path(), "git", args).0, 0, "git {args:?}");
    }
    tmp
}

/// Every string of a `run:` step or a `script:` list, anywhere in the file.
fn commands(node: &Node, key: Option<&str>, out: &mut Vec<String>) {
    match &node.value {
        Value::Scalar { text, .. } if matches!(key, Some("run" | "script")) => {
            out.push(text.clone())
        }
        Value::Seq(items) => items.iter().for_each(|n| commands(n, key, out)),
        Value::Map(entries) => entries
            .iter()
            .for_each(|e| commands(&e.value, Some(&e.key), out)),
        _ => {}
    }
}

/// The okrbook invocations of a shell line, without redirections, CI variables filled in.
fn okrbook_calls(script: &str) -> Vec<Vec<String>> {
    let mut calls = Vec::new();
    for line in script.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("okrbook ") else {
            continue;
        };
        let rest = rest
            .split(" >")
            .next()
            .unwrap()
            .split(" ||")
            .next()
            .unwrap()
            .replace("${{ github.base_ref }}", "main")
            .replace("$CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main");
        let args: Vec<String> = rest
            .split_whitespace()
            .map(|a| a.trim_matches('"').to_string())
            .collect();
        calls.push(args);
    }
    calls
}

fn check_pipeline(ci: &str, file: &str, must_call: &[&str]) {
    let repo = repository();
    let source = "git+https://git.example.com/tools/okrbook@v0.2.0";
    let (code, err) = run(
        repo.path(),
        env!("CARGO_BIN_EXE_okrbook"),
        &["init", ".", "--ci", ci, "--install-from", source],
    );
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(repo.path().join(file)).unwrap();
    let doc = parse(&text, 0).unwrap_or_else(|e| panic!("{file} is not YAML: {e:?}"));
    assert!(doc.as_map().is_some(), "{file} is a mapping");
    let mut scripts = Vec::new();
    commands(&doc, None, &mut scripts);
    let calls: Vec<Vec<String>> = scripts.iter().flat_map(|s| okrbook_calls(s)).collect();
    for sub in must_call {
        assert!(
            calls.iter().any(|c| c[0] == *sub),
            "{file} calls okrbook {sub}"
        );
    }
    // The handbook is clean and unchanged since main: every command succeeds and says so.
    for call in &calls {
        let args: Vec<&str> = call.iter().map(String::as_str).collect();
        let (code, out, err) = run_out(repo.path(), env!("CARGO_BIN_EXE_okrbook"), &args);
        assert_eq!(code, 0, "okrbook {args:?} from {file}: {err}");
        match args[0] {
            "check" => assert!(
                out.contains("okrbook: no findings in") || out.trim() == "[]",
                "okrbook {args:?}: {out}"
            ),
            "diff" => assert!(
                out.contains("## okrbook diff") && out.contains("does not touch"),
                "okrbook {args:?}: {out}"
            ),
            "build" => assert!(
                repo.path().join("public/index.html").is_file(),
                "okrbook {args:?} wrote no site: {err}"
            ),
            other => panic!("{file} calls okrbook {other}, which this test does not know"),
        }
    }
    // It installs okrbook from the source it was given, and caches the build.
    assert!(
        text.contains("--git https://git.example.com/tools/okrbook --tag v0.2.0 okrbook"),
        "{text}"
    );
    assert!(text.contains("cache"), "{text}");
    assert!(!text.contains("CHANGE-ME"), "{text}");
    // Written once, never overwritten.
    let (code, err) = run(
        repo.path(),
        env!("CARGO_BIN_EXE_okrbook"),
        &["init", ".", "--ci", ci],
    );
    assert_eq!(code, 2, "{err}");
}

#[test]
fn github_workflow() {
    check_pipeline(
        "github",
        ".github/workflows/okrbook.yml",
        &["check", "diff", "build"],
    );
}

#[test]
fn gitlab_pipeline() {
    check_pipeline("gitlab", ".gitlab-ci.yml", &["check", "diff", "build"]);
}

/// Without `--install-from` the pipeline cannot know where okrbook comes from: its install
/// step stops with a message pointing at the line to change, and init says so.
#[test]
fn without_a_source_the_install_step_is_a_loud_placeholder() {
    for (ci, file) in [
        ("github", ".github/workflows/okrbook.yml"),
        ("gitlab", ".gitlab-ci.yml"),
    ] {
        let repo = repository();
        let (code, err) = run(
            repo.path(),
            env!("CARGO_BIN_EXE_okrbook"),
            &["init", ".", "--ci", ci],
        );
        assert_eq!(code, 0, "{err}");
        assert!(
            err.contains("CHANGE-ME"),
            "init says what is left to do: {err}"
        );
        let text = std::fs::read_to_string(repo.path().join(file)).unwrap();
        assert!(
            text.contains("CHANGE-ME") && text.contains("exit 1"),
            "{text}"
        );
        assert!(
            !text.contains("cargo install --locked okrbook\n"),
            "no crates.io install: {text}"
        );
        parse(&text, 0).unwrap_or_else(|e| panic!("{file} is not YAML: {e:?}"));
    }
}

/// A release archive is downloaded instead of compiled; a source of another form is
/// refused before anything is written.
#[test]
fn an_archive_source_is_downloaded_and_odd_sources_are_refused() {
    let repo = repository();
    let url = "https://releases.example.com/okrbook-v0.2.0-x86_64-unknown-linux-gnu.tar.gz";
    let (code, err) = run(
        repo.path(),
        env!("CARGO_BIN_EXE_okrbook"),
        &["init", ".", "--ci", "github", "--install-from", url],
    );
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(repo.path().join(".github/workflows/okrbook.yml")).unwrap();
    assert!(
        text.contains(&format!(
            "curl --fail --silent --show-error --location \"{url}\""
        )),
        "{text}"
    );
    for bad in [
        "okrbook",
        "http://x/okrbook.tar.gz",
        "git+https://x",
        "https://x/a.zip; rm -rf /",
    ] {
        let repo = repository();
        let (code, err) = run(
            repo.path(),
            env!("CARGO_BIN_EXE_okrbook"),
            &["init", ".", "--ci", "gitlab", "--install-from", bad],
        );
        assert_eq!(code, 2, "{bad}: {err}");
        assert!(err.contains("--install-from"), "{bad}: {err}");
        assert!(
            !repo.path().join(".gitlab-ci.yml").exists(),
            "{bad}: nothing written"
        );
    }
}
