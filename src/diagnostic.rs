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
    ($( $variant:ident = $id:literal, $sev:ident, $desc:literal, $desc_de:literal; )*) => {
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
            pub fn description(self, lang: crate::lang::Language) -> &'static str {
                match (self, lang) {
                    $( (Rule::$variant, crate::lang::Language::En) => $desc,
                       (Rule::$variant, crate::lang::Language::De) => $desc_de, )*
                }
            }
        }
    };
}

rules! {
    FrontMatter = "front-matter", Error, "The YAML front matter is not valid YAML or is never closed.", "Die Front Matter ist kein gültiges YAML oder wird nie geschlossen.";
    MissingField = "missing-field", Error, "A required field is missing.", "Ein Pflichtfeld fehlt.";
    BadValue = "bad-value", Error, "A field has the wrong type or a value outside its allowed range.", "Ein Feld hat den falschen Typ oder einen Wert außerhalb des erlaubten Bereichs.";
    BadId = "bad-id", Error, "An id does not match ^[a-z0-9][a-z0-9._-]*$.", "Eine Id passt nicht zu ^[a-z0-9][a-z0-9._-]*$.";
    DuplicateId = "duplicate-id", Error, "Two documents of the same kind share an id.", "Zwei Dokumente derselben Art haben dieselbe Id.";
    BrokenRef = "broken-ref", Error, "A reference names a cycle, team, objective or principle that does not exist.", "Ein Verweis nennt einen Zyklus, ein Team, ein Ziel oder ein Prinzip, das es nicht gibt.";
    BrokenLink = "broken-link", Error, "A Markdown link points to a missing document or anchor.", "Ein Markdown-Link zeigt auf ein fehlendes Dokument oder einen fehlenden Anker.";
    CycleDates = "cycle-dates", Error, "A cycle ends before it starts.", "Ein Zyklus endet vor seinem Beginn.";
    TargetEqualsBaseline = "target-equals-baseline", Error, "A key result's target equals its baseline, so progress cannot be computed.", "Das Ziel eines Key Results ist gleich seinem Ausgangswert; der Fortschritt ist nicht berechenbar.";
    AlignmentLoop = "alignment-loop", Error, "A chain of parent objectives (or parent teams) returns to itself.", "Eine Kette übergeordneter Ziele (oder Teams) führt zu sich selbst zurück.";
    Encoding = "encoding", Error, "A file under content/ is not UTF-8 text (binary or another encoding).", "Eine Datei unter content/ ist kein UTF-8-Text (Binärdaten oder eine andere Kodierung).";
    Io = "io", Error, "A file or folder under content/ cannot be read (permissions, symlink loop, size limit).", "Eine Datei oder ein Ordner unter content/ kann nicht gelesen werden (Rechte, Link-Schleife, Größengrenze).";
    KrActivity = "kr-activity", Warning, "A key result names an activity or output, not a result.", "Ein Key Result nennt eine Tätigkeit oder ein Arbeitsergebnis statt einer Wirkung.";
    KrNotMeasurable = "kr-not-measurable", Warning, "A key result has no target, no threshold and no done flag.", "Ein Key Result hat weder Ziel noch Schwelle noch done.";
    KrCount = "kr-count", Warning, "An objective has fewer than 2 or more than 5 key results.", "Ein Ziel hat weniger als 2 oder mehr als 5 Key Results.";
    ObjectiveNoKr = "objective-no-kr", Warning, "An objective has no key results.", "Ein Ziel hat keine Key Results.";
    ObjectiveHasNumber = "objective-has-number", Warning, "An objective's title holds a number; numbers belong to key results.", "Der Titel eines Ziels enthält eine Zahl; Zahlen gehören in Key Results.";
    TooManyObjectives = "too-many-objectives", Warning, "A team has more than 5 objectives in one cycle.", "Ein Team hat mehr als 5 Ziele in einem Zyklus.";
    NoOwner = "no-owner", Warning, "An objective or key result has no owner and no team.", "Ein Ziel oder Key Result hat weder eine verantwortliche Person noch ein Team.";
    StaleCheckin = "stale-checkin", Warning, "A key result in a running cycle has had no check-in for too long.", "Ein Key Result eines laufenden Zyklus hatte zu lange keinen Check-in.";
    CheckinOutsideCycle = "checkin-outside-cycle", Warning, "A check-in is dated before its cycle starts or after it ends.", "Ein Check-in liegt vor dem Beginn oder nach dem Ende seines Zyklus.";
    UnknownField = "unknown-field", Warning, "A front matter key the handbook format does not know.", "Ein Schlüssel der Front Matter, den das Format nicht kennt.";
    OrphanPrinciple = "orphan-principle", Warning, "No objective of the current cycle serves this principle.", "Kein Ziel des laufenden Zyklus dient diesem Prinzip.";
    NpsEverywhere = "nps-everywhere", Warning, "The same NPS-style metric is a key result of more than 3 teams in a cycle.", "Dieselbe NPS-artige Kennzahl ist ein Key Result von mehr als 3 Teams in einem Zyklus.";
    FutureCheckin = "future-checkin", Warning, "A check-in is dated after today; it counts nowhere until its day comes.", "Ein Check-in ist nach dem heutigen Tag datiert; er zählt erst ab seinem Tag.";
    RawHtml = "raw-html", Warning, "HTML or a link in a Markdown body was removed because it could run script or load other pages.", "HTML oder ein Link in einem Markdown-Text wurde entfernt, weil er Skripte ausführen oder andere Seiten laden könnte.";
    PrincipleOneTeam = "principle-one-team", Warning, "Only one team serves a principle in the running cycle, and no other team contributes.", "Nur ein Team dient einem Prinzip im laufenden Zyklus, und kein anderes Team trägt bei.";
    PathCollision = "path-collision", Error, "A file under content/ would be written where a generated page or file goes.", "Eine Datei unter content/ würde dort geschrieben, wo eine erzeugte Seite oder Datei liegt.";
    KrTitleNumbers = "kr-title-numbers", Warning, "A key result's title states a start or end that differs from its baseline or target.", "Der Titel eines Key Results nennt einen Start- oder Endwert, der von Ausgangswert oder Ziel abweicht.";
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

/// A place in a file: 1-based line, and 1-based column (in characters) where known;
/// `end` is the column just after the text the place stands for, when it is known and on
/// the same line (a key, a value, a list item), so that reports can underline exactly it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Pos {
    pub line: u32,
    pub column: Option<u32>,
    pub end: Option<u32>,
}

impl Pos {
    pub fn new(line: u32, column: u32) -> Pos {
        Pos {
            line,
            column: Some(column),
            end: None,
        }
    }

    /// A whole line, no column.
    pub fn line(line: u32) -> Pos {
        Pos {
            line,
            column: None,
            end: None,
        }
    }

    /// The same place, standing for the text up to column `end` (exclusive).
    pub fn to(self, end: u32) -> Pos {
        Pos {
            end: Some(end),
            ..self
        }
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
    /// The column just after the text the finding is about, when known (for underlining).
    #[serde(skip)]
    pub end_column: Option<u32>,
    pub message: String,
    pub help: Option<String>,
    /// Words of the line that gave the finding away ("Hold", "Anzahl … Workshops"),
    /// underlined beside the column in the terminal; pieces are separated by ` … `.
    #[serde(skip)]
    pub mark: Option<String>,
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
            end_column: pos.end.filter(|&e| pos.column.is_some_and(|c| e > c)),
            message: message.into(),
            help: None,
            mark: None,
        }
    }

    pub fn with_mark(mut self, words: impl Into<String>) -> Self {
        self.mark = Some(words.into());
        self
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

/// Sorts findings into the documented order (docs/cli.md) and drops exact repeats.
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
