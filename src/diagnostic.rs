//! Findings: the rule ids of the handbook format, their severities, and one finding.

use std::fmt;

use serde::Serialize;

/// How serious a finding is. `Off` only appears in configuration, never on a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! rules {
    ($( $variant:ident = $id:literal, $sev:ident, $desc:literal; )*) => {
        /// Every rule id okrbook reports. The ids are part of the command-line contract.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $( $variant, )*
        }

        impl Rule {
            /// All rules, in the order of the handbook format.
            pub const ALL: &'static [Rule] = &[ $( Rule::$variant, )* ];

            /// The stable id, e.g. `kr-activity`.
            pub fn id(self) -> &'static str {
                match self { $( Rule::$variant => $id, )* }
            }

            /// Severity when `okrbook.yaml` says nothing about the rule.
            pub fn default_severity(self) -> Severity {
                match self { $( Rule::$variant => Severity::$sev, )* }
            }

            /// One sentence on what the rule catches (used by SARIF and the docs).
            pub fn description(self) -> &'static str {
                match self { $( Rule::$variant => $desc, )* }
            }
        }
    };
}

rules! {
    FrontMatter = "front-matter", Error, "The YAML front matter is not valid YAML or is never closed.";
    MissingField = "missing-field", Error, "A required field is missing.";
    BadValue = "bad-value", Error, "A field has the wrong type or a value outside its allowed range.";
    BadId = "bad-id", Error, "An id does not match ^[a-z0-9][a-z0-9._-]*$.";
    DuplicateId = "duplicate-id", Error, "Two documents of the same kind share an id.";
    BrokenRef = "broken-ref", Error, "A reference names a cycle, team, objective or principle that does not exist.";
    BrokenLink = "broken-link", Error, "A Markdown link points to a missing document or anchor.";
    CycleDates = "cycle-dates", Error, "A cycle ends before it starts.";
    TargetEqualsBaseline = "target-equals-baseline", Error, "A key result's target equals its baseline, so progress cannot be computed.";
    AlignmentLoop = "alignment-loop", Error, "A chain of parent objectives (or parent teams) returns to itself.";
    Encoding = "encoding", Error, "A file under content/ is not UTF-8 text (binary or another encoding).";
    Io = "io", Error, "A file or folder under content/ cannot be read (permissions, symlink loop, size limit).";
    KrActivity = "kr-activity", Warning, "A key result names an activity or output, not a result.";
    KrNotMeasurable = "kr-not-measurable", Warning, "A key result has no target, no threshold and no done flag.";
    KrCount = "kr-count", Warning, "An objective has fewer than 2 or more than 5 key results.";
    ObjectiveNoKr = "objective-no-kr", Warning, "An objective has no key results.";
    ObjectiveHasNumber = "objective-has-number", Warning, "An objective's title holds a number; numbers belong to key results.";
    TooManyObjectives = "too-many-objectives", Warning, "A team has more than 5 objectives in one cycle.";
    NoOwner = "no-owner", Warning, "An objective or key result has no owner and no team.";
    StaleCheckin = "stale-checkin", Warning, "A key result in a running cycle has had no check-in for too long.";
    CheckinOutsideCycle = "checkin-outside-cycle", Warning, "A check-in is dated before its cycle starts or after it ends.";
    UnknownField = "unknown-field", Warning, "A front matter key the handbook format does not know.";
    OrphanPrinciple = "orphan-principle", Warning, "No objective of the current cycle serves this principle.";
    NpsEverywhere = "nps-everywhere", Warning, "The same NPS-style metric is a key result of more than 3 teams in a cycle.";
    KrTitleNumbers = "kr-title-numbers", Warning, "A key result's title states a start or end that differs from its baseline or target.";
}

impl Rule {
    /// Looks a rule up by its id.
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// A place in a file: 1-based line, and 1-based column (in characters) where known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub line: u32,
    pub column: Option<u32>,
}

impl Pos {
    pub fn new(line: u32, column: u32) -> Pos {
        Pos {
            line,
            column: Some(column),
        }
    }

    /// A whole line, no column.
    pub fn line(line: u32) -> Pos {
        Pos { line, column: None }
    }
}

/// One finding, as reported by every output format.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Diagnostic {
    pub rule: Rule,
    pub severity: Severity,
    /// Relative to the handbook root, with `/` separators.
    pub file: String,
    pub line: u32,
    pub column: Option<u32>,
    pub message: String,
    pub help: Option<String>,
}

impl Diagnostic {
    /// A finding with the rule's default severity; configuration may change it later.
    pub fn new(rule: Rule, file: impl Into<String>, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity: rule.default_severity(),
            file: file.into(),
            line: pos.line.max(1),
            column: pos.column,
            message: message.into(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The order of every report: file, line, rule (then column and message, for stability).
    pub fn sort_key(&self) -> (&str, u32, &str, Option<u32>, &str) {
        (
            &self.file,
            self.line,
            self.rule.id(),
            self.column,
            &self.message,
        )
    }
}

/// Sorts findings into the order FORMAT.md fixes and drops exact repeats.
pub fn sort_diagnostics(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diags.dedup();
}

/// Totals shown at the end of every report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub documents: usize,
}

impl Summary {
    pub fn of(diags: &[Diagnostic], documents: usize) -> Summary {
        let errors = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        Summary {
            errors,
            warnings: diags.len() - errors,
            documents,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_round_trip_and_are_unique() {
        let mut ids: Vec<_> = Rule::ALL.iter().map(|r| r.id()).collect();
        for r in Rule::ALL {
            assert_eq!(Rule::from_id(r.id()), Some(*r));
        }
        ids.sort();
        let before = ids.len();
        ids.dedup();
        assert_eq!(before, ids.len());
        assert_eq!(Rule::from_id("no-such-rule"), None);
    }

    #[test]
    fn diagnostics_sort_by_file_line_rule() {
        let mut v = vec![
            Diagnostic::new(Rule::KrCount, "b.md", Pos::line(1), "x"),
            Diagnostic::new(Rule::NoOwner, "a.md", Pos::line(3), "x"),
            Diagnostic::new(Rule::KrActivity, "a.md", Pos::line(3), "x"),
            Diagnostic::new(Rule::BadId, "a.md", Pos::line(2), "x"),
        ];
        sort_diagnostics(&mut v);
        let order: Vec<_> = v
            .iter()
            .map(|d| (d.file.as_str(), d.line, d.rule.id()))
            .collect();
        assert_eq!(
            order,
            [
                ("a.md", 2, "bad-id"),
                ("a.md", 3, "kr-activity"),
                ("a.md", 3, "no-owner"),
                ("b.md", 1, "kr-count")
            ]
        );
    }
}
