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
use crate::fields::{date_of, meant, number_of, Fields, Spanned};
use crate::lang::Language;
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
    /// A document whose front matter could not be read: only its kind and id (from the
    /// file name) are known, so that references to it are not reported as broken too.
    Unreadable(Kind, String),
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
            Extracted::Unreadable(..) | Extracted::Skipped => {}
        }
    }
}

/// Whether an id may become part of a URL: `^[a-z0-9][a-z0-9._-]*$`.
pub fn is_valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'.' | b'_' | b'-'))
}

/// The longest id written in a file: an id names a folder of the site, and file
/// systems take names of at most 255 bytes (a key result's id adds `-kr12`).
pub const MAX_ID_LEN: usize = 200;

/// `bad-id` for a valid id that is too long to name a folder.
fn id_too_long(file: &str, pos: Pos, id: &str, lang: Language) -> Diagnostic {
    let (n, max) = (id.len(), MAX_ID_LEN);
    let short: String = id.chars().take(40).collect();
    Diagnostic::new(
        Rule::BadId,
        file,
        pos,
        say!(
            lang,
            "the id `{short}…` is {n} characters long; ids have at most {max}, since each names a folder of the site",
            "Die Id `{short}…` ist {n} Zeichen lang; Ids haben höchstens {max}, weil jede einen Ordner der Website benennt"
        ),
    )
    .with_help(say!(
        lang,
        "choose a shorter id",
        "eine kürzere Id wählen"
    ))
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

/// A free page's address is its path: every folder and the file name must be as safe in
/// a URL as an id (`javascript:x.md` would otherwise become a link that runs script).
fn bad_page_path(file: &str, part: &str, lang: Language) -> Diagnostic {
    let suggestion = suggest_id(part);
    Diagnostic::new(
        Rule::BadId,
        file,
        Pos::line(1),
        say!(
            lang,
            "this page's path cannot become its web address: `{part}` is not a valid part of one",
            "Der Pfad dieser Seite kann nicht ihre Webadresse werden: `{part}` ist kein gültiger Teil einer solchen"
        ),
    )
    .with_help(say!(
        lang,
        "name the folders and files of pages with lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit, e.g. `{suggestion}`",
        "Ordner und Dateien von Seiten mit Kleinbuchstaben, Ziffern, `.`, `_` und `-` benennen, beginnend mit einem Buchstaben oder einer Ziffer, z. B. `{suggestion}`"
    ))
}

/// The id a document gets from its path: the file name without `.md`, or for an
/// `_index.md` the name of its folder.
fn id_by_path(rel: &str) -> String {
    if file_stem(rel) == "_index" {
        return rel.rsplit('/').nth(1).unwrap_or("index").to_string();
    }
    file_stem(rel).to_string()
}

pub fn extract(
    doc: &RawDoc,
    source: &SourceFile,
    config: &Config,
    diags: &mut Vec<Diagnostic>,
) -> Extracted {
    let lang = config.language;
    let unreadable = || Extracted::Unreadable(kind_by_path(&doc.rel), id_by_path(&doc.rel));
    if doc.broken {
        return unreadable();
    }
    let file = source.path.as_str();
    let front = match doc
        .yaml
        .clone()
        .map(|r| parse_front_matter(&source.text[r], file, lang))
    {
        Some(Ok(node)) => Some(node),
        Some(Err(d)) => {
            // One finding for a broken front matter; its fields are not guessed at.
            diags.push(d);
            return unreadable();
        }
        None => None,
    };
    let body = &source.text[doc.body.clone()];
    let empty: &[Entry] = &[];
    let entries = front.as_ref().and_then(Node::as_map).unwrap_or(empty);
    let mut f = Fields::new(file, lang, entries, diags);
    let kind = kind_of(&mut f, &doc.rel);
    f.unknown_keys(&known_fields(kind), kind.of_a(lang));
    let Some(meta) = read_meta(&mut f, doc, body) else {
        return Extracted::Skipped;
    };
    match kind {
        Kind::Cycle => cycle(&mut f, meta),
        Kind::Team => team(&mut f, meta),
        Kind::Principle => {
            let summary = f.text("summary").map(|s| s.value);
            Extracted::Principle(Principle { meta, summary })
        }
        Kind::Page => {
            f.text("description");
            f.number("weight");
            let path = page_path(&doc.rel);
            if let Some(part) = path.split('/').find(|p| !p.is_empty() && !is_valid_id(p)) {
                f.diags.push(bad_page_path(f.file, part, lang));
                return Extracted::Skipped;
            }
            Extracted::Page(Page { meta, path })
        }
        Kind::Objective => objective(&mut f, doc, config, meta),
        Kind::KeyResult => key_result_file(&mut f, meta),
    }
}

/// The kind: `type:` if given and known, else by folder.
fn kind_of(f: &mut Fields<'_>, rel: &str) -> Kind {
    match f.text("type") {
        Some(t) => Kind::from_type(&t.value).unwrap_or_else(|| {
            let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
            f.choice("type", &names);
            kind_by_path(rel)
        }),
        None => kind_by_path(rel),
    }
}

/// Every field a document of this kind may have.
fn known_fields(kind: Kind) -> Vec<&'static str> {
    let extra: &[&[&'static str]] = match kind {
        Kind::Cycle => &[CYCLE],
        Kind::Team => &[TEAM],
        Kind::Principle => &[PRINCIPLE],
        Kind::Page => &[PAGE],
        Kind::Objective => &[OBJECTIVE],
        Kind::KeyResult => &[KEY_RESULT, &["objective"]],
    };
    let mut known = COMMON.to_vec();
    for e in extra {
        known.extend_from_slice(e);
    }
    known
}

/// What every document shares; `None` (after a `bad-id` finding) when the id could
/// become a path outside the site.
fn read_meta(f: &mut Fields<'_>, doc: &RawDoc, body: &str) -> Option<Meta> {
    let lang = f.lang;
    let (id, id_pos) = match f.text("id") {
        Some(s) => (s.value, s.pos),
        None => (id_by_path(&doc.rel), Pos::line(1)),
    };
    if !is_valid_id(&id) {
        let from = match (f.key_pos("id").is_some(), lang) {
            (true, _) => "`id`",
            (false, Language::En) => "the file name",
            (false, Language::De) => "dem Dateinamen",
        };
        let message = say!(
            lang,
            "the id `{id}` (from {from}) is not a valid id",
            "Die Id `{id}` (aus {from}) ist keine gültige Id"
        );
        f.diags.push(bad_id(f.file, id_pos, message, &id, lang));
        return None;
    }
    if id.len() > MAX_ID_LEN {
        f.diags.push(id_too_long(f.file, id_pos, &id, lang));
        return None;
    }
    let title = f.text("title");
    let draft = f.bool("draft").is_some_and(|b| b.value);
    let allow = read_allow(f);
    Some(Meta {
        file: doc.file,
        title_pos: title.as_ref().map_or(Pos::line(1), |t| t.pos),
        title: title.map_or_else(|| id.clone(), |t| t.value),
        id,
        id_pos,
        body: body.into(),
        body_line: doc.body_line,
        allow,
        draft,
        meant: f.meant.clone(),
    })
}

fn bad_id(file: &str, pos: Pos, message: String, id: &str, lang: Language) -> Diagnostic {
    let suggestion = suggest_id(id);
    Diagnostic::new(Rule::BadId, file, pos, message).with_help(say!(
        lang,
        "ids are lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit, e.g. `{suggestion}`",
        "Ids bestehen aus Kleinbuchstaben, Ziffern, `.`, `_` und `-` und beginnen mit einem Buchstaben oder einer Ziffer, z. B. `{suggestion}`"
    ))
}

/// Reports a missing (or empty) `title:`; a title of the wrong type is a `bad-value`
/// finding already.
fn require_title(f: &mut Fields<'_>, kind: Kind) {
    if f.entry("title").is_none() {
        missing(f, Pos::line(1), "title", What::Kind(kind));
    }
}

fn cycle(f: &mut Fields<'_>, meta: Meta) -> Extracted {
    require_title(f, Kind::Cycle);
    let start = f.date("start");
    let end = f.date("end");
    for (key, value) in [("start", &start), ("end", &end)] {
        if value.is_none() && f.entry(key).is_none() {
            missing(f, meta.title_pos, key, What::Kind(Kind::Cycle));
        }
    }
    let (Some(start), Some(end)) = (start, end) else {
        return Extracted::Skipped;
    };
    if end.value < start.value {
        let lang = f.lang;
        let (s, e) = (
            crate::lang::date(start.value, lang),
            crate::lang::date(end.value, lang),
        );
        f.diags.push(
            Diagnostic::new(
                Rule::CycleDates,
                f.file,
                end.pos,
                say!(
                    lang,
                    "the cycle ends on {e} but starts on {s}",
                    "Der Zyklus endet am {e}, beginnt aber am {s}"
                ),
            )
            .with_help(say!(
                lang,
                "`end` must be on or after `start`; were the two swapped?",
                "`end` muss am oder nach `start` liegen; sind die beiden vertauscht?"
            )),
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

fn team(f: &mut Fields<'_>, meta: Meta) -> Extracted {
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

fn objective(f: &mut Fields<'_>, doc: &RawDoc, config: &Config, meta: Meta) -> Extracted {
    require_title(f, Kind::Objective);
    let (cycle, cycle_from_default) = objective_cycle(f, config, &meta);
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
    let krs = inline_key_results(f, doc, &meta);
    Extracted::Objective(
        Objective {
            meta,
            cycle,
            cycle_from_default,
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

/// The objective's cycle: `cycle:`, else `default_cycle` of okrbook.yaml (then `true`).
fn objective_cycle(f: &mut Fields<'_>, config: &Config, meta: &Meta) -> (Option<Ref>, bool) {
    if let Some(c) = f.text("cycle") {
        return (Some(Ref::new(c)), false);
    }
    if let Some(c) = &config.default_cycle {
        let r = Ref {
            id: c.clone(),
            pos: meta.title_pos,
            target: None,
        };
        return (Some(r), true);
    }
    if !meta.misspelt("cycle") {
        let lang = f.lang;
        f.diags.push(
            Diagnostic::new(
                Rule::MissingField,
                f.file,
                meta.title_pos,
                say!(
                    lang,
                    "this objective has no `cycle`",
                    "Dieses Ziel hat keinen `cycle`"
                ),
            )
            .with_help(say!(
                lang,
                "add `cycle: <cycle id>`, or set `default_cycle` in okrbook.yaml",
                "`cycle: <Id des Zyklus>` ergänzen oder `default_cycle` in okrbook.yaml setzen"
            )),
        );
    }
    (None, false)
}

/// The items of `key_results:`, with their default ids `<objective>-kr<N>`.
fn inline_key_results(f: &mut Fields<'_>, doc: &RawDoc, meta: &Meta) -> Vec<KeyResult> {
    let lang = f.lang;
    let help = say!(
        lang,
        "write each key result as a `- title: …` item below `key_results:`",
        "Jedes Key Result als Eintrag `- title: …` unter `key_results:` schreiben"
    );
    let Some(items) = f.seq("key_results", help) else {
        return Vec::new();
    };
    let id = &meta.id;
    items
        .iter()
        .enumerate()
        .filter_map(|(n, item)| {
            let default_id = format!("{id}-kr{}", n + 1);
            key_result_item(f, doc, item, default_id, meta)
        })
        .collect()
}

/// A key result in its own file, with `objective: <id>`.
fn key_result_file(f: &mut Fields<'_>, meta: Meta) -> Extracted {
    let objective_ref = f.text("objective").map(Ref::new);
    if objective_ref.is_none() && !meta.misspelt("objective") {
        missing(f, meta.title_pos, "objective", What::KeyResultFile);
    }
    require_title(f, Kind::KeyResult);
    let mut kr = key_result_fields(f, meta);
    kr.objective_ref = objective_ref;
    Extracted::KeyResult(kr)
}

/// What lacks a field, for the message of `missing-field`.
#[derive(Clone, Copy)]
enum What {
    Kind(Kind),
    KeyResultFile,
    CheckIn,
}

impl What {
    /// "a cycle", "Ein Zyklus": the subject of the message.
    fn subject(self, lang: Language) -> String {
        match self {
            What::Kind(k) => capitalise(k.a(lang), lang),
            What::KeyResultFile => say!(
                lang,
                "a key result in its own file",
                "Ein Key Result in einer eigenen Datei"
            ),
            What::CheckIn => say!(lang, "a check-in", "Ein Check-in"),
        }
    }
}

/// German sentences start with a capital letter; English messages, rustc-like, do not.
fn capitalise(s: &str, lang: Language) -> String {
    match lang {
        Language::En => s.to_string(),
        Language::De => {
            let mut c = s.chars();
            c.next()
                .map(|first| first.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        }
    }
}

/// `missing-field`, unless a misspelt key of the mapping was meant to be `key` (then
/// its `unknown-field` finding already says what is wrong).
fn missing(f: &mut Fields<'_>, pos: Pos, key: &str, what: What) {
    if f.misspelt(key) {
        return;
    }
    let lang = f.lang;
    let help = match key {
        "title" => say!(
            lang,
            "add a `title:` line with a short, qualitative sentence",
            "Eine Zeile `title:` mit einem kurzen, qualitativen Satz ergänzen"
        ),
        "start" | "end" => say!(lang, "add `{key}: YYYY-MM-DD`", "`{key}: JJJJ-MM-TT` ergänzen"),
        "objective" => say!(
            lang,
            "add `objective: <objective id>` to say which objective this key result belongs to",
            "`objective: <Id des Ziels>` ergänzen, um zu sagen, zu welchem Ziel dieses Key Result gehört"
        ),
        "date" => say!(
            lang,
            "add `date: YYYY-MM-DD` to the check-in",
            "Dem Check-in `date: JJJJ-MM-TT` hinzufügen"
        ),
        "value" => say!(
            lang,
            "add `value: <number>` to the check-in (or `done: true` for a milestone)",
            "Dem Check-in `value: <Zahl>` hinzufügen (oder `done: true` bei einem Meilenstein)"
        ),
        _ => say!(lang, "add `{key}:`", "`{key}:` ergänzen"),
    };
    let subject = what.subject(lang);
    f.diags.push(
        Diagnostic::new(
            Rule::MissingField,
            f.file,
            pos,
            say!(
                lang,
                "{subject} needs a `{key}`",
                "{subject} braucht das Feld `{key}`"
            ),
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
    let lang = f.lang;
    let Some(allow) = e.value.get("allow") else {
        f.bad_value(
            e.key_pos,
            say!(
                lang,
                "`lint` must hold `allow: [rule, …]`",
                "`lint` muss `allow: [Regel, …]` enthalten"
            ),
            say!(
                lang,
                "write e.g. `lint: {{allow: [kr-activity]}}`",
                "Z. B. `lint: {{allow: [kr-activity]}}` schreiben"
            ),
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
                    || {
                        let list = ids.join(", ");
                        say!(lang, "rule ids: {list}", "Regel-Ids: {list}")
                    },
                    |s| meant(lang, s),
                );
                f.bad_value(
                    item.pos,
                    say!(
                        lang,
                        "`{text}` is not a rule id",
                        "`{text}` ist keine Regel-Id"
                    ),
                    help,
                );
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
    let lang = f.lang;
    let Some(entries) = item.as_map() else {
        let is = item.type_name(lang);
        f.bad_value(
            item.pos,
            say!(
                lang,
                "a key result must be a mapping of fields, but it is {is}",
                "Ein Key Result muss eine Zuordnung von Feldern sein, ist aber {is}"
            ),
            say!(
                lang,
                "write `- title: …` and the other fields indented below it",
                "`- title: …` schreiben und die übrigen Felder eingerückt darunter"
            ),
        );
        return None;
    };
    let mut g = f.nested(entries);
    g.unknown_keys(KEY_RESULT, Kind::KeyResult.of_a(lang));
    let title = g.text("title");
    if title.is_none() {
        missing(&mut g, item.pos, "title", What::Kind(Kind::KeyResult));
    }
    let (id, id_pos) = match g.text("id") {
        Some(s) => (s.value, s.pos),
        None => (default_id, title.as_ref().map_or(item.pos, |t| t.pos)),
    };
    if !is_valid_id(&id) {
        let message = say!(
            lang,
            "the key result id `{id}` is not a valid id",
            "Die Id `{id}` des Key Results ist keine gültige Id"
        );
        g.diags.push(bad_id(g.file, id_pos, message, &id, lang));
        return None;
    }
    if id.len() > MAX_ID_LEN && g.key_pos("id").is_some() {
        g.diags.push(id_too_long(g.file, id_pos, &id, lang));
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
        body: "".into(),
        body_line: parent.body_line,
        allow: parent.allow.clone(),
        draft: parent.draft,
        meant: g.meant.clone(),
    };
    Some(key_result_fields(&mut g, meta))
}

/// How a key result is measured, from `keep`, `target`, `done` and its check-ins.
fn measure_of(
    keep: Option<Keep>,
    baseline: Option<f64>,
    target: Option<f64>,
    done: Option<bool>,
    checkins: &[CheckIn],
) -> Measure {
    let milestone = done.is_some()
        || (keep.is_none() && target.is_none() && checkins.iter().any(|c| c.done.is_some()));
    if milestone {
        return Measure::Milestone;
    }
    match (keep, target) {
        (Some(keep), Some(target)) => Measure::Threshold { keep, target },
        (None, Some(target)) => Measure::Numeric {
            baseline: baseline.unwrap_or(0.0),
            target,
        },
        _ => Measure::Unmeasurable,
    }
}

/// The fields every key result has, inline or in its own file.
fn key_result_fields(f: &mut Fields<'_>, meta: Meta) -> KeyResult {
    let owner = f.text("owner").map(|s| s.value);
    let unit = f.text("unit").map(|s| s.value);
    let baseline = f.number("baseline");
    let target = f.number("target");
    let current = f.number("current").map(|s| s.value);
    let direction =
        f.choice("direction", &["increase", "decrease"])
            .map(|d| match d.value.as_str() {
                "increase" => Direction::Increase,
                _ => Direction::Decrease,
            });
    let keep = f
        .choice("keep", &["above", "below"])
        .map(|k| match k.value.as_str() {
            "above" => Keep::Above,
            _ => Keep::Below,
        });
    let done = f.bool("done").map(|s| s.value);
    let weight = read_weight(f);
    let confidence = f
        .number("confidence")
        .and_then(|c| confidence_in_range(f, c));
    let checkins = read_checkins(f);

    let measure_refused = (target.is_none() && f.entry("target").is_some())
        || (done.is_none() && f.entry("done").is_some());
    let measure = measure_of(
        keep,
        baseline.as_ref().map(|b| b.value),
        target.as_ref().map(|t| t.value),
        done,
        &checkins,
    );
    if let (Measure::Numeric { baseline, target }, Some(t)) = (measure, &target) {
        if baseline == target {
            f.diags
                .push(target_equals_baseline(f, t.pos, target, baseline));
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
        checkins: checkins.into(),
        future_checkins: Vec::new(),
        confidence,
        computed: Default::default(),
    }
}

/// `target-equals-baseline` at the target's line: a numeric key result with no way to
/// go.
fn target_equals_baseline(f: &Fields<'_>, pos: Pos, target: f64, baseline: f64) -> Diagnostic {
    let lang = f.lang;
    let (t, b) = (
        crate::lang::number(target, lang),
        crate::lang::number(baseline, lang),
    );
    Diagnostic::new(
        Rule::TargetEqualsBaseline,
        f.file,
        pos,
        say!(
            lang,
            "the target {t} equals the baseline {b}, so there is no way to go",
            "Der Zielwert {t} ist gleich dem Ausgangswert {b}; es gibt also keinen Weg zu gehen"
        ),
    )
    .with_help(say!(
        lang,
        "set the baseline to the value at the start of the cycle; to hold a value, use `keep: above` or `keep: below`",
        "`baseline` auf den Wert zu Beginn des Zyklus setzen; um einen Wert zu halten, `keep: above` oder `keep: below` verwenden"
    ))
}

/// `weight`, which must be greater than 0 (default 1).
fn read_weight(f: &mut Fields<'_>) -> f64 {
    let Some(w) = f.number("weight") else {
        return 1.0;
    };
    if w.value > 0.0 {
        return w.value;
    }
    let (lang, v) = (f.lang, crate::lang::number(w.value, f.lang));
    f.bad_value(
        w.pos,
        say!(
            lang,
            "`weight` must be greater than 0, not {v}",
            "`weight` muss größer als 0 sein, nicht {v}"
        ),
        say!(
            lang,
            "use e.g. `weight: 2` for a key result that counts twice; leave a key result out instead of weighting it 0",
            "Z. B. `weight: 2` für ein Key Result verwenden, das doppelt zählt; ein Key Result weglassen, statt es mit 0 zu gewichten"
        ),
    );
    1.0
}

fn confidence_in_range(f: &mut Fields<'_>, c: Spanned<f64>) -> Option<f64> {
    if (0.0..=1.0).contains(&c.value) {
        return Some(c.value);
    }
    let lang = f.lang;
    let v = crate::lang::number(c.value, lang);
    // A whole number from 10 to 100 was almost certainly meant as a percentage; for
    // anything else (1.5, 7, -1) a guess would mislead, so the help only explains the scale.
    let help = if c.value.fract() == 0.0 && (10.0..=100.0).contains(&c.value) {
        let share = c.value / 100.0;
        say!(
            lang,
            "confidence is a share from 0.0 to 1.0: write {share} instead of {v}",
            "Die Zuversicht ist ein Anteil von 0.0 bis 1.0: {share} statt {v} schreiben"
        )
    } else {
        say!(
            lang,
            "confidence is a share from 0.0 (no chance) to 1.0 (certain): 0.7 means 70 %",
            "Die Zuversicht ist ein Anteil von 0.0 (keine Chance) bis 1.0 (sicher): 0.7 bedeutet 70 %"
        )
    };
    f.bad_value(
        c.pos,
        say!(
            lang,
            "`confidence` must be between 0.0 and 1.0, not {v}",
            "`confidence` muss zwischen 0.0 und 1.0 liegen, nicht bei {v}"
        ),
        help,
    );
    None
}

fn read_checkins(f: &mut Fields<'_>) -> Vec<CheckIn> {
    let lang = f.lang;
    let help = say!(
        lang,
        "write each check-in as `- {{date: 2026-10-05, value: 22}}`",
        "Jeden Check-in als `- {{date: 2026-10-05, value: 22}}` schreiben"
    );
    let Some(items) = f.seq("checkins", help) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| read_checkin(f, item))
        .collect()
}

fn read_checkin(f: &mut Fields<'_>, item: &Node) -> Option<CheckIn> {
    let lang = f.lang;
    let Some(entries) = item.as_map() else {
        let is = item.type_name(lang);
        f.bad_value(
            item.pos,
            say!(
                lang,
                "a check-in must be a mapping such as `{{date: 2026-10-05, value: 22}}`, but it is {is}",
                "Ein Check-in muss eine Zuordnung wie `{{date: 2026-10-05, value: 22}}` sein, ist aber {is}"
            ),
            say!(
                lang,
                "write `- {{date: YYYY-MM-DD, value: <number>}}`",
                "`- {{date: JJJJ-MM-TT, value: <Zahl>}}` schreiben"
            ),
        );
        return None;
    };
    let mut g = f.nested(entries);
    g.unknown_keys(CHECKIN, &say!(lang, "of a check-in", "eines Check-ins"));
    let date = match g.entry("date") {
        Some(d) => date_of(&mut g, "date", &d.value, d.key_pos),
        None => {
            missing(&mut g, item.pos, "date", What::CheckIn);
            None
        }
    };
    let value = match g.entry("value") {
        Some(v) => number_of(&mut g, v, &v.value, v.key_pos).map(|s| s.value),
        None => None,
    };
    let done = g.bool("done").map(|s| s.value);
    if value.is_none() && done.is_none() && g.entry("value").is_none() {
        missing(&mut g, item.pos, "value", What::CheckIn);
    }
    let confidence = g
        .number("confidence")
        .and_then(|c| confidence_in_range(&mut g, c));
    let note = g.text("note").map(|s| s.value);
    let date = date?;
    Some(CheckIn {
        date: date.value,
        pos: date.pos,
        value,
        done,
        confidence,
        note,
    })
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
