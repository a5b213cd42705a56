//! `okrbook init --ci`: the pipelines parse as YAML and every okrbook command in them
//! runs on a real handbook in a git repository.

mod common;

use std::path::Path;
use std::process::Command;

use okrbook::yaml::{parse, Node, Value};

fn run(dir: &Path, program: &str, args: &[&str]) -> (i32, String) {
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
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// A repository with a handbook on `main`, and an `origin/main` to compare with.
fn repository() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let from = common::fixture_dir("valid");
    for e in walkdir::WalkDir::new(&from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let to = tmp.path().join(e.path().strip_prefix(&from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else if e.file_name() != "expected" {
            std::fs::copy(e.path(), &to).unwrap();
        }
    }
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
    let (code, err) = run(
        repo.path(),
        env!("CARGO_BIN_EXE_okrbook"),
        &["init", ".", "--ci", ci],
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
    for call in &calls {
        let args: Vec<&str> = call.iter().map(String::as_str).collect();
        let (code, err) = run(repo.path(), env!("CARGO_BIN_EXE_okrbook"), &args);
        assert!(
            code == 0 || code == 1,
            "okrbook {args:?} from {file} exited {code}: {err}"
        );
    }
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
