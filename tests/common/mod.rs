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
