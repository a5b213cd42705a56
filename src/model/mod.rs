//! The handbook as plain data: typed documents with resolved references and computed
//! progress. No I/O happens here; `load` fills it and `lint` and `render` read it.

pub mod attention;
mod build;
mod compute;
pub use compute::trend;
mod extract;
pub mod history;
pub mod people;

use std::collections::{BTreeSet, HashMap};

use jiff::civil::Date;

pub use build::{build_cached, resolve_as_of, BuildOptions, ExtractCache};
pub use extract::{is_valid_id, suggest_id};

use crate::config::Config;
use crate::diagnostic::{Pos, Rule};
use crate::fields::Spanned;
use crate::lang::Language;

/// The kind of a document, from `type:` or its first folder below `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Objective,
    KeyResult,
    Principle,
    Team,
    Cycle,
    Page,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Objective,
        Kind::KeyResult,
        Kind::Principle,
        Kind::Team,
        Kind::Cycle,
        Kind::Page,
    ];

    /// The word used in `type:` and in messages.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Objective => "objective",
            Kind::KeyResult => "key-result",
            Kind::Principle => "principle",
            Kind::Team => "team",
            Kind::Cycle => "cycle",
            Kind::Page => "page",
        }
    }

    pub fn from_type(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s)
    }

    /// The folder below `content/` whose files are of this kind by default.
    pub fn folder(self) -> Option<&'static str> {
        match self {
            Kind::Objective => Some("objectives"),
            Kind::KeyResult => Some("key-results"),
            Kind::Principle => Some("principles"),
            Kind::Team => Some("teams"),
            Kind::Cycle => Some("cycles"),
            Kind::Page => None,
        }
    }

    pub fn from_folder(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == Some(s))
    }

    /// The noun in messages: "objective", "Ziel".
    pub fn noun(self, lang: Language) -> &'static str {
        let (en, de) = match self {
            Kind::Objective => ("objective", "Ziel"),
            Kind::KeyResult => ("key result", "Key Result"),
            Kind::Principle => ("principle", "Prinzip"),
            Kind::Team => ("team", "Team"),
            Kind::Cycle => ("cycle", "Zyklus"),
            Kind::Page => ("page", "Seite"),
        };
        lang.pick(en, de)
    }

    /// With the indefinite article: "an objective", "ein Ziel".
    pub fn a(self, lang: Language) -> &'static str {
        let (en, de) = match self {
            Kind::Objective => ("an objective", "ein Ziel"),
            Kind::KeyResult => ("a key result", "ein Key Result"),
            Kind::Principle => ("a principle", "ein Prinzip"),
            Kind::Team => ("a team", "ein Team"),
            Kind::Cycle => ("a cycle", "ein Zyklus"),
            Kind::Page => ("a page", "eine Seite"),
        };
        lang.pick(en, de)
    }

    /// "of an objective", "eines Ziels".
    pub fn of_a(self, lang: Language) -> &'static str {
        let (en, de) = match self {
            Kind::Objective => ("of an objective", "eines Ziels"),
            Kind::KeyResult => ("of a key result", "eines Key Results"),
            Kind::Principle => ("of a principle", "eines Prinzips"),
            Kind::Team => ("of a team", "eines Teams"),
            Kind::Cycle => ("of a cycle", "eines Zyklus"),
            Kind::Page => ("of a page", "einer Seite"),
        };
        lang.pick(en, de)
    }
}

/// A reference by id to another document, resolved to its index when it exists.
#[derive(Debug, Clone, PartialEq)]
pub struct Ref {
    pub id: String,
    pub pos: Pos,
    pub target: Option<usize>,
}

impl Ref {
    pub fn new(s: Spanned<String>) -> Self {
        Ref {
            id: s.value,
            pos: s.pos,
            target: None,
        }
    }
}

/// What every document shares: where it is, its id, its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// Index into `Handbook::files`.
    pub file: usize,
    pub id: String,
    /// Line of `id:` or, when the id comes from the file name, line 1.
    pub id_pos: Pos,
    pub title: String,
    /// Line of `title:`; line 1 when there is none.
    pub title_pos: Pos,
    /// The Markdown after the front matter (shared: a rebuild takes unchanged documents
    /// from its cache, and bodies are most of a handbook's text).
    pub body: std::sync::Arc<str>,
    /// File line on which the body starts.
    pub body_line: u32,
    /// Rules this document switched off for itself (`lint: {allow: […]}`).
    pub allow: BTreeSet<Rule>,
    pub draft: bool,
    /// Fields that misspelt keys of this document (or key result) probably meant
    /// (`tem:` → `team`): rules about those fields being missing stay silent, since the
    /// `unknown-field` finding already names the cause.
    pub meant: Vec<&'static str>,
}

impl Meta {
    /// Whether a misspelt key of this document was probably meant to be `field`.
    pub fn misspelt(&self, field: &str) -> bool {
        self.meant.contains(&field)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cycle {
    pub meta: Meta,
    pub start: Date,
    pub end: Date,
    pub computed: Computed,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Team {
    pub meta: Meta,
    pub lead: Option<String>,
    pub members: Vec<String>,
    pub parent: Option<Ref>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Principle {
    pub meta: Meta,
    pub summary: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ObjectiveKind {
    Committed,
    #[default]
    Aspirational,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Objective {
    pub meta: Meta,
    /// Missing only when no `cycle:` is given and no `default_cycle` is set.
    pub cycle: Option<Ref>,
    /// The cycle is `default_cycle` of okrbook.yaml, not the objective's own `cycle:`.
    pub cycle_from_default: bool,
    pub team: Option<Ref>,
    pub owner: Option<String>,
    pub contributors: Vec<Ref>,
    pub parent: Option<Ref>,
    pub principles: Vec<Ref>,
    pub kind: ObjectiveKind,
    /// Indexes into `Handbook::key_results`, inline ones first in file order.
    pub key_results: Vec<usize>,
    /// Objectives whose `parent` is this one.
    pub children: Vec<usize>,
    pub computed: Computed,
}

/// How a key result is measured.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Measure {
    /// From baseline to target; progress is the share of the way done.
    Numeric { baseline: f64, target: f64 },
    /// Met or not: current at or above (`Above`) or at or below (`Below`) the target.
    Threshold { keep: Keep, target: f64 },
    /// Done or not.
    Milestone,
    /// No target, no threshold, no `done`: nothing to compute.
    Unmeasurable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    Above,
    Below,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Increase,
    Decrease,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CheckIn {
    pub date: Date,
    /// Position of the check-in's `date:` key.
    pub pos: Pos,
    pub value: Option<f64>,
    pub done: Option<bool>,
    pub confidence: Option<f64>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyResult {
    pub meta: Meta,
    /// Index into `Handbook::objectives`; `None` only for a key result file whose
    /// objective does not exist.
    pub objective: Option<usize>,
    /// `objective:` of a key result kept in its own file.
    pub objective_ref: Option<Ref>,
    /// Own owner; see `Handbook::kr_owner` for the inherited one.
    pub owner: Option<String>,
    pub unit: Option<String>,
    pub measure: Measure,
    /// A `target:` or `done:` was written but its value was refused (a `bad-value`
    /// error says so); `kr-not-measurable` then has nothing to add.
    pub measure_refused: bool,
    pub baseline: f64,
    pub target: Option<Spanned<f64>>,
    /// The explicit `current:`; the effective one is `computed.current`.
    pub current: Option<f64>,
    pub direction: Option<Direction>,
    /// The explicit `done:`.
    pub done: Option<bool>,
    pub weight: f64,
    /// In file order, only those dated on or before `as_of`; use `latest_checkin` for
    /// the latest by date. Shared: a rebuild takes unchanged documents from its cache.
    pub checkins: std::sync::Arc<[CheckIn]>,
    /// Check-ins dated after `as_of`: they count nowhere (`future-checkin` names them).
    pub future_checkins: Vec<CheckIn>,
    pub confidence: Option<f64>,
    pub computed: Computed,
}

impl KeyResult {
    /// The latest check-in by date; among equal dates, the later one in the file.
    pub fn latest_checkin(&self) -> Option<&CheckIn> {
        self.checkins.iter().max_by_key(|c| c.date)
    }

    /// Check-ins sorted by date, stable for equal dates.
    pub fn checkins_by_date(&self) -> Vec<&CheckIn> {
        let mut v: Vec<&CheckIn> = self.checkins.iter().collect();
        v.sort_by_key(|c| c.date);
        v
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub meta: Meta,
    /// URL path below the site root, e.g. `leitfaden/okrs-schreiben/`; empty for home.
    pub path: String,
}

/// Status of a key result or objective for the `as_of` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    NotStarted,
    OnTrack,
    AtRisk,
    OffTrack,
    Done,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::OnTrack => "on-track",
            Status::AtRisk => "at-risk",
            Status::OffTrack => "off-track",
            Status::Done => "done",
        }
    }
}

/// Google's grading bands for a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    Red,
    Yellow,
    Green,
}

impl Band {
    pub fn id(self) -> &'static str {
        match self {
            Band::Red => "red",
            Band::Yellow => "yellow",
            Band::Green => "green",
        }
    }
}

/// The numbers computed for one key result, objective or cycle.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Computed {
    /// `p` in [0, 1]; `None` when there is nothing to compute.
    pub progress: Option<f64>,
    /// `e` of the cycle for `as_of`.
    pub expected: Option<f64>,
    pub status: Option<Status>,
    /// `p` rounded to one decimal, once the cycle has ended.
    pub score: Option<f64>,
    pub band: Option<Band>,
    /// The effective current value of a numeric or threshold key result.
    pub current: Option<f64>,
    /// The latest confidence: the key result's own, else its latest check-in's.
    pub confidence: Option<f64>,
    /// Where progress is heading at the cycle's end, at the pace of the check-ins so far
    /// (numeric key results of a running cycle, and their objectives).
    pub forecast: Option<f64>,
    /// The value a numeric key result is heading to at the cycle's end.
    pub projected: Option<f64>,
}

/// One file read from `content/` (or the configuration file).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    /// Relative to the handbook root, `/` separators.
    pub path: String,
    /// The text as read (BOM removed); empty when the file could not be read.
    pub text: std::sync::Arc<str>,
}

/// The whole handbook.
#[derive(Debug, Clone)]
pub struct Handbook {
    pub config: Config,
    pub as_of: Date,
    /// `as_of` was asked for with `--as-of` (a view of another date), not taken from
    /// `today:` or the clock.
    pub as_of_given: bool,
    /// Whether drafts take part in the site and the roll-ups.
    pub drafts: bool,
    pub files: Vec<SourceFile>,
    /// Other files under `content/` (images, PDFs), relative to `content/`, sorted.
    pub assets: Vec<String>,
    pub cycles: Vec<Cycle>,
    pub teams: Vec<Team>,
    pub principles: Vec<Principle>,
    pub objectives: Vec<Objective>,
    pub key_results: Vec<KeyResult>,
    pub pages: Vec<Page>,
    /// Documents whose front matter could not be read, by kind and id (from the file
    /// name): references and links to them are not reported as broken as well.
    pub unreadable: std::collections::HashSet<(Kind, String)>,
    /// Heading anchors of each file's body, by file index.
    pub anchors: HashMap<usize, BTreeSet<String>>,
    /// The cycle `orphan-principle` and the home page look at (see `current_cycle`).
    pub current_cycle: Option<usize>,
    /// Objectives (drafts too) by owning team and cycle, in file order; filled when
    /// progress is computed, so that team roll-ups need not scan every objective.
    pub by_team_cycle: HashMap<(usize, usize), Vec<usize>>,
    /// Everyone named as an owner, lead or member, sorted by name, with the slug of their
    /// page (see [`people::slugs`]).
    pub people: Vec<Person>,
    /// Where links by id or path lead.
    pub links: crate::links::LinkIndex,
}

/// A person the handbook names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// `/people/<slug>/`.
    pub slug: String,
}

impl Handbook {
    /// What every document shares, for document `index` of `kind`.
    pub fn meta(&self, kind: Kind, index: usize) -> &Meta {
        match kind {
            Kind::Objective => &self.objectives[index].meta,
            Kind::KeyResult => &self.key_results[index].meta,
            Kind::Principle => &self.principles[index].meta,
            Kind::Team => &self.teams[index].meta,
            Kind::Cycle => &self.cycles[index].meta,
            Kind::Page => &self.pages[index].meta,
        }
    }

    pub fn file_path(&self, meta: &Meta) -> &str {
        &self.files[meta.file].path
    }

    /// Whether an objective takes part in roll-ups and the site.
    pub fn is_published(&self, o: &Objective) -> bool {
        self.drafts || !o.meta.draft
    }

    pub fn cycle_of(&self, o: &Objective) -> Option<&Cycle> {
        o.cycle.as_ref()?.target.map(|i| &self.cycles[i])
    }

    pub fn objective_of(&self, kr: &KeyResult) -> Option<&Objective> {
        kr.objective.map(|i| &self.objectives[i])
    }

    /// The key result's owner, else its objective's owner.
    pub fn kr_owner<'a>(&'a self, kr: &'a KeyResult) -> Option<&'a str> {
        kr.owner
            .as_deref()
            .or_else(|| self.objective_of(kr).and_then(|o| o.owner.as_deref()))
    }

    /// Objectives (published ones) of a team in a cycle.
    pub fn team_objectives(&self, team: usize, cycle: usize) -> impl Iterator<Item = &Objective> {
        self.by_team_cycle
            .get(&(team, cycle))
            .into_iter()
            .flatten()
            .map(|&i| &self.objectives[i])
            .filter(|o| self.is_published(o))
    }
}
