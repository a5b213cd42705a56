//! Shared helpers of the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use okrbook::diagnostic::Diagnostic;
use okrbook::model::BuildOptions;

pub fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The names of every fixture with an `expected` file, sorted.
pub fn fixture_names() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| dir.join(n).join("expected").is_file())
        .collect();
    names.sort();
    names
}

/// What one run of the `okrbook` binary printed.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the `okrbook` binary built for these tests, without colour.
pub fn okrbook(args: &[&str]) -> Run {
    okrbook_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

/// [`okrbook`], in the folder `dir`.
pub fn okrbook_in(dir: &Path, args: &[&str]) -> Run {
    okrbook_env(dir, args, &[])
}

/// [`okrbook_in`], with more environment variables (`TMPDIR`, `LC_ALL` …).
pub fn okrbook_env(dir: &Path, args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> Run {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_okrbook"))
        .current_dir(dir)
        .args(args)
        .envs(env.iter().copied())
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("FORCE_COLOR")
        .output()
        .expect("okrbook runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// A copy of a fixture (without its `expected` file) in a temporary folder, to change
/// or build into.
pub fn copy_fixture(name: &str) -> tempfile::TempDir {
    copy_tree(&fixture_dir(name))
}

/// A copy of any handbook folder, skipping `expected` files and built sites.
pub fn copy_tree(from: &Path) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().expect("a temporary folder");
    copy_tree_into(from, tmp.path());
    tmp
}

/// Copies the handbook folder `from` into `to`, skipping `expected` files and built sites.
pub fn copy_tree_into(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_entry(|e| e.file_name() != "public" && e.file_name() != "target")
        .filter_map(Result::ok)
    {
        let at = to.join(e.path().strip_prefix(from).expect("inside"));
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&at).expect("mkdir");
        } else if e.file_name() != "expected" && e.file_type().is_file() {
            std::fs::copy(e.path(), &at).expect("copy");
        }
    }
}

/// A copy of the example handbook (`okrbook.yaml` and `content/`) to change.
pub fn copy_example() -> tempfile::TempDir {
    let src = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(src.join("okrbook.yaml"), tmp.path().join("okrbook.yaml")).expect("copy");
    copy_tree_into(&src.join("content"), &tmp.path().join("content"));
    tmp
}

/// An empty handbook in a temporary folder: `content/` and an `okrbook.yaml` that fixes
/// the date, for tests that make their files themselves.
pub fn empty_handbook() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir_all(dir.path().join("content")).expect("mkdir");
    std::fs::write(dir.path().join("okrbook.yaml"), "today: 2026-11-23\n").expect("write");
    dir
}

/// What `check` reports on the handbook at `dir`, one `severity rule file:line[:col]`
/// line per finding.
pub fn finding_lines(dir: &Path) -> Vec<String> {
    diagnostics_at(dir)
        .iter()
        .map(|d| Finding::list(&[Finding::of(d)]))
        .collect()
}

/// Sets `language:` in the handbook's okrbook.yaml.
pub fn set_language(root: &Path, lang: &str) {
    let path = root.join("okrbook.yaml");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut lines: Vec<String> = text
        .lines()
        .filter(|l| !l.starts_with("language:"))
        .map(str::to_string)
        .collect();
    lines.push(format!("language: {lang}"));
    std::fs::write(&path, lines.join("\n") + "\n").expect("write okrbook.yaml");
}

/// One line of an `expected` file: `severity rule file:line[:column]`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub file: String,
    pub line: u32,
    pub rule: String,
    pub severity: String,
    pub column: Option<u32>,
}

impl Finding {
    pub fn parse(s: &str) -> Finding {
        let mut words = s.splitn(3, ' ');
        let severity = words.next().unwrap().to_string();
        let rule = words.next().expect("rule").to_string();
        let place = words.next().expect("file:line");
        // File names may hold spaces and colons never; split from the right.
        let mut parts: Vec<&str> = place.rsplitn(3, ':').collect();
        parts.reverse();
        let (file, line, column) = match parts.as_slice() {
            [f, l, c] if l.parse::<u32>().is_ok() => {
                (f.to_string(), l.parse().unwrap(), Some(c.parse().unwrap()))
            }
            [f, l] => (f.to_string(), l.parse().unwrap(), None),
            [a, b, c] => (format!("{a}:{b}"), c.parse().unwrap(), None),
            _ => panic!("bad expected line: {s}"),
        };
        Finding {
            file,
            line,
            rule,
            severity,
            column,
        }
    }

    pub fn of(d: &Diagnostic) -> Finding {
        Finding {
            file: d.file.clone(),
            line: d.line,
            rule: d.rule.id().to_string(),
            severity: d.severity.as_str().to_string(),
            column: d.column,
        }
    }

    /// An expected finding matches when all its parts agree; a column is compared
    /// only when the expected line names one.
    pub fn matches(&self, got: &Finding) -> bool {
        self.file == got.file
            && self.line == got.line
            && self.rule == got.rule
            && self.severity == got.severity
            && (self.column.is_none() || self.column == got.column)
    }

    pub fn list(v: &[Finding]) -> String {
        v.iter()
            .map(|f| match f.column {
                Some(c) => format!("{} {} {}:{}:{}", f.severity, f.rule, f.file, f.line, c),
                None => format!("{} {} {}:{}", f.severity, f.rule, f.file, f.line),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

pub fn expected_of(name: &str) -> Vec<Finding> {
    let text = std::fs::read_to_string(fixture_dir(name).join("expected")).unwrap_or_default();
    let mut v: Vec<Finding> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(Finding::parse)
        .collect();
    v.sort_by(|a, b| (&a.file, a.line, &a.rule).cmp(&(&b.file, b.line, &b.rule)));
    v
}

pub fn diagnostics_of(name: &str) -> Vec<Diagnostic> {
    diagnostics_at(&fixture_dir(name))
}

pub fn diagnostics_at(dir: &Path) -> Vec<Diagnostic> {
    let root = okrbook::load::resolve_root(dir).expect("fixture root");
    okrbook::check::check(&root, BuildOptions::default())
        .expect("check runs")
        .diagnostics
}

pub fn check_fixture(name: &str) -> Vec<Finding> {
    diagnostics_of(name).iter().map(Finding::of).collect()
}
