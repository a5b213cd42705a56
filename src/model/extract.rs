//! From a document's front matter to a typed record. One document at a time, no
//! cross-references: those are resolved in `build`.

use std::collections::BTreeSet;

use super::SourceFile;
use super::{
    CheckIn, Cycle, Direction, Keep, KeyResult, Kind, Measure, Meta, Objective, ObjectiveKind,
    Page, Principle, Ref, Team,
};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Pos, Rule};
use crate::fields::{date_of, number_of, Fields, Spanned};
use crate::load::{parse_front_matter, RawDoc};
use crate::yaml::{Entry, Node};

const COMMON: &[&str] = &["type", "id", "title", "draft", "lint"];
const CYCLE: &[&str] = &["start", "end"];
const TEAM: &[&str] = &["lead", "members", "parent"];
const PRINCIPLE: &[&str] = &["summary"];
const OBJECTIVE: &[&str] = &[
    "cycle",
    "team",
    "owner",
    "contributors",
    "parent",
    "principles",
    "kind",
    "key_results",
];
/// `description` and `weight` (menu order) are additions for free pages.
const PAGE: &[&str] = &["description", "weight"];
const KEY_RESULT: &[&str] = &[
    "id",
    "title",
    "owner",
    "unit",
    "baseline",
    "target",
    "current",
    "direction",
    "keep",
    "done",
    "weight",
    "checkins",
    "confidence",
];
const CHECKIN: &[&str] = &["date", "value", "confidence", "note", "done"];

/// One document after extraction.
#[derive(Debug, Clone)]
pub enum Extracted {
    Cycle(Cycle),
    Team(Team),
    Principle(Principle),
    Objective(Objective, Vec<KeyResult>),
    KeyResult(KeyResult),
    Page(Page),
    /// Not usable (bad id, wrong type); its findings are already recorded.
    Skipped,
}

impl Extracted {
    /// Points the document (and its inline key results) at another index of the file
    /// list, for a document reused from an earlier load.
    pub fn set_file(&mut self, file: usize) {
        match self {
            Extracted::Cycle(x) => x.meta.file = file,
            Extracted::Team(x) => x.meta.file = file,
            Extracted::Principle(x) => x.meta.file = file,
            Extracted::Objective(o, krs) => {
                o.meta.file = file;
                for kr in krs {
                    kr.meta.file = file;
                }
            }
            Extracted::KeyResult(x) => x.meta.file = file,
            Extracted::Page(x) => x.meta.file = file,
            Extracted::Skipped => {}
        }
    }
}

/// Whether an id may become part of a URL: `^[a-z0-9][a-z0-9._-]*$`.
pub fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'-'))
}

/// A suggestion for an invalid id: lowercase ASCII, umlauts spelled out, others to `-`.
pub fn suggest_id(id: &str) -> String {
    let mut out = String::new();
    for c in id.trim().chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'a'..='z' | '0'..='9' | '_' => out.push(c),
            _ => {
                if !out.ends_with('-') && !out.is_empty() {
                    out.push('-')
                }
            }
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "my-id".into()
    } else {
        out
    }
}

fn file_stem(rel: &str) -> &str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name.strip_suffix(".md")
        .or_else(|| name.strip_suffix(".MD"))
        .unwrap_or(name)
}

/// The kind by folder: the first folder below `content/`; `_index.md` is always a page.
fn kind_by_path(rel: &str) -> Kind {
    let mut parts = rel.split('/');
    let first = parts.next().unwrap_or("");
    if file_stem(rel) == "_index" || parts.next().is_none() {
        return Kind::Page;
    }
    Kind::from_folder(first).unwrap_or(Kind::Page)
}

/// The URL path of a free page below the site root.
fn page_path(rel: &str) -> String {
    let no_ext = rel
        .strip_suffix(".md")
        .or_else(|| rel.strip_suffix(".MD"))
        .unwrap_or(rel);
    match no_ext.strip_suffix("_index") {
        Some(dir) => dir.to_string(),
        None => format!("{no_ext}/"),
    }
}

pub fn extract(
    doc: &RawDoc,
    source: &SourceFile,
    config: &Config,
    diags: &mut Vec<Diagnostic>,
) -> Extracted {
    if doc.broken {
        return Extracted::Skipped;
    }
    let file = source.path.as_str();
    let front = match doc
        .yaml
        .clone()
        .map(|r| parse_front_matter(&source.text[r], file))
    {
        Some(Ok(node)) => Some(node),
        Some(Err(d)) => {
            // One finding for a broken front matter; its fields are not guessed at.
            diags.push(d);
            return Extracted::Skipped;
        }
        None => None,
    };
    let body = &source.text[doc.body.clone()];
    let empty: &[Entry] = &[];
    let entries = front.as_ref().and_then(Node::as_map).unwrap_or(empty);
    let mut f = Fields::new(file, entries, diags);
    let by_path = kind_by_path(&doc.rel);
    let kind = match f.text("type") {
        Some(t) => match Kind::from_type(&t.value) {
            Some(k) => k,
            None => {
                let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
                f.choice("type", &names);
                by_path
            }
        },
        None => by_path,
    };
    let is_index = file_stem(&doc.rel) == "_index";

    // The id: `id:` else the file name. An invalid one is an error and the document is
    // left out, so it can never become a path outside the site.
    let (id, id_pos) = match f.text("id") {
        Some(s) => (s.value, s.pos),
        None if is_index => {
            let dir = doc.rel.rsplit('/').nth(1).unwrap_or("index");
            (dir.to_string(), Pos::line(1))
        }
        None => (file_stem(&doc.rel).to_string(), Pos::line(1)),
    };
    if !is_valid_id(&id) {
        let from = if f.key_pos("id").is_some() {
            "`id`"
        } else {
            "the file name"
        };
        f.diags.push(
            Diagnostic::new(Rule::BadId, file, id_pos, format!("the id `{id}` (from {from}) is not a valid id"))
                .with_help(format!(
                    "ids are lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit, e.g. `{}`",
                    suggest_id(&id)
                )),
        );
        return Extracted::Skipped;
    }

    let title = f.text("title");
    let title_pos = title.as_ref().map_or(Pos::line(1), |t| t.pos);
    let draft = f.bool("draft").is_some_and(|b| b.value);
    let allow = read_allow(&mut f);
    let meta = Meta {
        file: doc.file,
        id: id.clone(),
        id_pos,
        title: title
            .as_ref()
            .map_or_else(|| id.clone(), |t| t.value.clone()),
        title_pos,
        body: body.to_string(),
        body_line: doc.body_line,
        allow,
        draft,
    };
    let require_title = |f: &mut Fields<'_>, what: &str| {
        if title.is_none() {
            missing(f, Pos::line(1), "title", what);
        }
    };
    let known = |extra: &[&[&'static str]]| -> Vec<&'static str> {
        let mut k: Vec<&str> = COMMON.to_vec();
        for e in extra {
            k.extend_from_slice(e);
        }
        k
    };

    match kind {
        Kind::Cycle => {
            f.unknown_keys(&known(&[CYCLE]), "a cycle");
            require_title(&mut f, "a cycle");
            let start = f.date("start");
            let end = f.date("end");
            if start.is_none() && f.entry("start").is_none() {
                missing(&mut f, title_pos, "start", "a cycle");
            }
            if end.is_none() && f.entry("end").is_none() {
                missing(&mut f, title_pos, "end", "a cycle");
            }
            let (Some(start), Some(end)) = (start, end) else {
                return Extracted::Skipped;
            };
            if end.value < start.value {
                f.diags.push(
                    Diagnostic::new(
                        Rule::CycleDates,
                        file,
                        end.pos,
                        format!(
                            "the cycle ends on {} but starts on {}",
                            end.value, start.value
                        ),
                    )
                    .with_help("`end` must be on or after `start`; were the two swapped?"),
                );
                return Extracted::Skipped;
            }
            Extracted::Cycle(Cycle {
                meta,
                start: start.value,
                end: end.value,
                computed: Default::default(),
            })
        }
        Kind::Team => {
            f.unknown_keys(&known(&[TEAM]), "a team");
            let lead = f.text("lead").map(|s| s.value);
            let members = f
                .text_list("members")
                .into_iter()
                .map(|s| s.value)
                .collect();
            let parent = f.text("parent").map(Ref::new);
            Extracted::Team(Team {
                meta,
                lead,
                members,
                parent,
            })
        }
        Kind::Principle => {
            f.unknown_keys(&known(&[PRINCIPLE]), "a principle");
            let summary = f.text("summary").map(|s| s.value);
            Extracted::Principle(Principle { meta, summary })
        }
        Kind::Page => {
            f.unknown_keys(&known(&[PAGE]), "a page");
            f.text("description");
            f.number("weight");
            Extracted::Page(Page {
                meta,
                path: page_path(&doc.rel),
            })
        }
        Kind::Objective => {
            f.unknown_keys(&known(&[OBJECTIVE]), "an objective");
            require_title(&mut f, "an objective");
            let cycle = match f.text("cycle") {
                Some(c) => Some(Ref::new(c)),
                None => match &config.default_cycle {
                    Some(c) => Some(Ref {
                        id: c.clone(),
                        pos: title_pos,
                        target: None,
                    }),
                    None => {
                        let d = Diagnostic::new(
                            Rule::MissingField,
                            file,
                            title_pos,
                            "this objective has no `cycle`",
                        )
                        .with_help(
                            "add `cycle: <cycle id>`, or set `default_cycle` in okrbook.yaml",
                        );
                        f.diags.push(d);
                        None
                    }
                },
            };
            let team = f.text("team").map(Ref::new);
            let owner = f.text("owner").map(|s| s.value);
            let contributors = f
                .text_list("contributors")
                .into_iter()
                .map(Ref::new)
                .collect();
            let parent = f.text("parent").map(Ref::new);
            let principles = f
                .text_list("principles")
                .into_iter()
                .map(Ref::new)
                .collect();
            let kind = match f.choice("kind", &["committed", "aspirational"]) {
                Some(k) if k.value == "committed" => ObjectiveKind::Committed,
                _ => ObjectiveKind::Aspirational,
            };
            let mut krs = Vec::new();
            if let Some(e) = f.entry("key_results") {
                match e.value.as_seq() {
                    Some(items) => {
                        for (n, item) in items.iter().enumerate() {
                            let default_id = format!("{id}-kr{}", n + 1);
                            if let Some(kr) = key_result_item(&mut f, doc, item, default_id, &meta)
                            {
                                krs.push(kr);
                            }
                        }
                    }
                    None => {
                        let message = format!(
                            "`key_results` must be a list, but it is {}",
                            e.value.type_name()
                        );
                        f.bad_value(
                            e.key_pos,
                            message,
                            "write each key result as a `- title: …` item below `key_results:`",
                        );
                    }
                }
            }
            Extracted::Objective(
                Objective {
                    meta,
                    cycle,
                    team,
                    owner,
                    contributors,
                    parent,
                    principles,
                    kind,
                    key_results: Vec::new(),
                    children: Vec::new(),
                    computed: Default::default(),
                },
                krs,
            )
        }
        Kind::KeyResult => {
            let mut k: Vec<&str> = known(&[KEY_RESULT]);
            k.push("objective");
            f.unknown_keys(&k, "a key result");
            let objective_ref = f.text("objective").map(Ref::new);
            if objective_ref.is_none() {
                missing(&mut f, title_pos, "objective", "a key result file");
            }
            if title.is_none() {
                missing(&mut f, Pos::line(1), "title", "a key result");
            }
            let mut kr = key_result_fields(&mut f, meta);
            kr.objective_ref = objective_ref;
            Extracted::KeyResult(kr)
        }
    }
}

fn missing(f: &mut Fields<'_>, pos: Pos, key: &str, what: &str) {
    let help = match key {
        "title" => "add a `title:` line with a short, qualitative sentence".to_string(),
        "start" | "end" => format!("add `{key}: YYYY-MM-DD`"),
        "objective" => {
            "add `objective: <objective id>` to say which objective this key result belongs to"
                .into()
        }
        "date" => "add `date: YYYY-MM-DD` to the check-in".into(),
        "value" => "add `value: <number>` to the check-in (or `done: true` for a milestone)".into(),
        _ => format!("add `{key}:`"),
    };
    f.diags.push(
        Diagnostic::new(
            Rule::MissingField,
            f.file,
            pos,
            format!("{what} needs a `{key}`"),
        )
        .with_help(help),
    );
}

/// `lint: {allow: [rule, …]}` of a document.
fn read_allow(f: &mut Fields<'_>) -> BTreeSet<Rule> {
    let mut out = BTreeSet::new();
    let Some(e) = f.entry("lint") else {
        return out;
    };
    let Some(allow) = e.value.get("allow") else {
        f.bad_value(
            e.key_pos,
            "`lint` must hold `allow: [rule, …]`".into(),
            "write e.g. `lint: {allow: [kr-activity]}`",
        );
        return out;
    };
    let items: Vec<&Node> = match allow.value.as_seq() {
        Some(items) => items.iter().collect(),
        None => vec![&allow.value],
    };
    let ids: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    for item in items {
        let text = item.as_text().unwrap_or("");
        match Rule::from_id(text) {
            Some(r) => {
                out.insert(r);
            }
            None => {
                let help = crate::fields::did_you_mean(text, &ids).map_or_else(
                    || format!("rule ids: {}", ids.join(", ")),
                    |s| format!("did you mean `{s}`?"),
                );
                f.bad_value(item.pos, format!("`{text}` is not a rule id"), &help);
            }
        }
    }
    out
}

fn key_result_item(
    f: &mut Fields<'_>,
    doc: &RawDoc,
    item: &Node,
    default_id: String,
    parent: &Meta,
) -> Option<KeyResult> {
    let Some(entries) = item.as_map() else {
        let message = format!(
            "a key result must be a mapping of fields, but it is {}",
            item.type_name()
        );
        f.bad_value(
            item.pos,
            message,
            "write `- title: …` and the other fields indented below it",
        );
        return None;
    };
    let mut g = Fields::new(f.file, entries, f.diags);
    g.unknown_keys(KEY_RESULT, "a key result");
    let title = g.text("title");
    if title.is_none() {
        missing(&mut g, item.pos, "title", "a key result");
    }
    let (id, id_pos) = match g.text("id") {
        Some(s) => (s.value, s.pos),
        None => (default_id, title.as_ref().map_or(item.pos, |t| t.pos)),
    };
    if !is_valid_id(&id) {
        g.diags.push(
            Diagnostic::new(
                Rule::BadId,
                g.file,
                id_pos,
                format!("the key result id `{id}` is not a valid id"),
            )
            .with_help(format!(
                "ids are lowercase letters, digits, `.`, `_` and `-`, e.g. `{}`",
                suggest_id(&id)
            )),
        );
        return None;
    }
    let meta = Meta {
        file: doc.file,
        title: title
            .as_ref()
            .map_or_else(|| id.clone(), |t| t.value.clone()),
        title_pos: title.as_ref().map_or(item.pos, |t| t.pos),
        id,
        id_pos,
        body: String::new(),
        body_line: parent.body_line,
        allow: parent.allow.clone(),
        draft: parent.draft,
    };
    Some(key_result_fields(&mut g, meta))
}

/// The fields every key result has, inline or in its own file.
fn key_result_fields(f: &mut Fields<'_>, meta: Meta) -> KeyResult {
    let owner = f.text("owner").map(|s| s.value);
    let unit = f.text("unit").map(|s| s.value);
    let baseline = f.number("baseline");
    let target = f.number("target");
    let current = f.number("current").map(|s| s.value);
    let direction = f.choice("direction", &["increase", "decrease"]).map(|d| {
        if d.value == "increase" {
            Direction::Increase
        } else {
            Direction::Decrease
        }
    });
    let keep = f.choice("keep", &["above", "below"]).map(|k| {
        if k.value == "above" {
            Keep::Above
        } else {
            Keep::Below
        }
    });
    let done = f.bool("done").map(|s| s.value);
    let mut weight = 1.0;
    if let Some(w) = f.number("weight") {
        if w.value > 0.0 {
            weight = w.value;
        } else {
            f.bad_value(w.pos, format!("`weight` must be greater than 0, not {}", w.value), "use e.g. `weight: 2` for a key result that counts twice; leave a key result out instead of weighting it 0");
        }
    }
    let confidence = f
        .number("confidence")
        .and_then(|c| confidence_in_range(f, c));
    let checkins = read_checkins(f);

    let measure_refused = (target.is_none() && f.entry("target").is_some())
        || (done.is_none() && f.entry("done").is_some());
    let milestone = done.is_some()
        || (keep.is_none() && target.is_none() && checkins.iter().any(|c| c.done.is_some()));
    let measure = if milestone {
        Measure::Milestone
    } else {
        match (keep, &target) {
            (Some(keep), Some(t)) => Measure::Threshold {
                keep,
                target: t.value,
            },
            (None, Some(t)) => Measure::Numeric {
                baseline: baseline.as_ref().map_or(0.0, |b| b.value),
                target: t.value,
            },
            _ => Measure::Unmeasurable,
        }
    };
    if let (
        Measure::Numeric {
            baseline: b,
            target: t,
        },
        Some(tp),
    ) = (measure, &target)
    {
        if b == t {
            f.diags.push(
                Diagnostic::new(
                    Rule::TargetEqualsBaseline,
                    f.file,
                    tp.pos,
                    format!("the target {t} equals the baseline {b}, so there is no way to go"),
                )
                .with_help("set the baseline to the value at the start of the cycle; to hold a value, use `keep: above` or `keep: below`"),
            );
        }
    }
    KeyResult {
        meta,
        measure_refused,
        objective: None,
        objective_ref: None,
        owner,
        unit,
        measure,
        baseline: baseline.map_or(0.0, |b| b.value),
        target,
        current,
        direction,
        done,
        weight,
        checkins,
        confidence,
        computed: Default::default(),
    }
}

fn confidence_in_range(f: &mut Fields<'_>, c: Spanned<f64>) -> Option<f64> {
    if (0.0..=1.0).contains(&c.value) {
        return Some(c.value);
    }
    // A whole number from 10 to 100 was almost certainly meant as a percentage; for
    // anything else (1.5, 7, -1) a guess would mislead, so the help only explains the scale.
    let help = if c.value.fract() == 0.0 && (10.0..=100.0).contains(&c.value) {
        format!(
            "confidence is a share from 0.0 to 1.0: write {} instead of {}",
            c.value / 100.0,
            c.value
        )
    } else {
        "confidence is a share from 0.0 (no chance) to 1.0 (certain): 0.7 means 70 %".to_string()
    };
    f.bad_value(
        c.pos,
        format!("`confidence` must be between 0.0 and 1.0, not {}", c.value),
        &help,
    );
    None
}

fn read_checkins(f: &mut Fields<'_>) -> Vec<CheckIn> {
    let Some(e) = f.entry("checkins") else {
        return Vec::new();
    };
    let Some(items) = e.value.as_seq() else {
        let message = format!(
            "`checkins` must be a list, but it is {}",
            e.value.type_name()
        );
        f.bad_value(
            e.key_pos,
            message,
            "write each check-in as `- {date: 2026-10-05, value: 22}`",
        );
        return Vec::new();
    };
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let Some(entries) = item.as_map() else {
            let message = format!("a check-in must be a mapping such as `{{date: 2026-10-05, value: 22}}`, but it is {}", item.type_name());
            f.bad_value(
                item.pos,
                message,
                "write `- {date: YYYY-MM-DD, value: <number>}`",
            );
            continue;
        };
        let mut g = Fields::new(f.file, entries, f.diags);
        g.unknown_keys(CHECKIN, "a check-in");
        let date = match g.entry("date") {
            Some(d) => date_of(&mut g, "date", &d.value, d.key_pos),
            None => {
                missing(&mut g, item.pos, "date", "a check-in");
                None
            }
        };
        let value = match g.entry("value") {
            Some(v) => number_of(&mut g, v, &v.value, v.key_pos).map(|s| s.value),
            None => None,
        };
        let done = g.bool("done").map(|s| s.value);
        if value.is_none() && done.is_none() && g.entry("value").is_none() {
            missing(&mut g, item.pos, "value", "a check-in");
        }
        let confidence = g
            .number("confidence")
            .and_then(|c| confidence_in_range(&mut g, c));
        let note = g.text("note").map(|s| s.value);
        if let Some(date) = date {
            out.push(CheckIn {
                date: date.value,
                pos: date.pos,
                value,
                done,
                confidence,
                note,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        // "a..b" matches the format's pattern and is one harmless URL segment.
        for ok in ["nps-b2b", "2026-q4", "a", "o.1_x", "a..b"] {
            assert!(is_valid_id(ok), "{ok}");
        }
        for bad in [
            "../../x", "Ä b", "", "-x", "X", "a/b", ".x", "..", "_index", "a b",
        ] {
            assert!(!is_valid_id(bad), "{bad}");
        }
        assert_eq!(suggest_id("Ä b"), "ae-b");
        assert_eq!(suggest_id("../../x"), "x");
        assert_eq!(
            suggest_id("Kundenbindung stärken!"),
            "kundenbindung-staerken"
        );
    }

    #[test]
    fn kinds_by_path() {
        assert_eq!(kind_by_path("objectives/2026/x.md"), Kind::Objective);
        assert_eq!(kind_by_path("key-results/x.md"), Kind::KeyResult);
        assert_eq!(kind_by_path("teams/cx.md"), Kind::Team);
        assert_eq!(kind_by_path("objectives/_index.md"), Kind::Page);
        assert_eq!(kind_by_path("glossar.md"), Kind::Page);
        assert_eq!(kind_by_path("objectives.md"), Kind::Page);
        assert_eq!(kind_by_path("leitfaden/x.md"), Kind::Page);
        assert_eq!(page_path("leitfaden/x.md"), "leitfaden/x/");
        assert_eq!(page_path("_index.md"), "");
        assert_eq!(page_path("leitfaden/_index.md"), "leitfaden/");
    }
}
