//! Assembling the handbook: ids made unique, references resolved, loops found,
//! progress computed.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use jiff::civil::Date;
use rayon::prelude::*;

use super::extract::{extract, Extracted};
use super::{compute, CheckIn, Handbook, KeyResult, Kind, Meta, Ref};
use crate::diagnostic::{Diagnostic, Pos, Rule};
use crate::fields::did_you_mean;
use crate::lang::Language;
use crate::load::Loaded;

/// What the command line decides about a build.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// `--as-of`; else `today:` of the configuration; else the system date.
    pub as_of: Option<Date>,
    /// `--drafts`: drafts take part in roll-ups and the site.
    pub drafts: bool,
}

/// The date the handbook is computed for.
pub fn resolve_as_of(opt: Option<Date>, today: Option<Date>) -> Date {
    opt.or(today).unwrap_or_else(|| jiff::Zoned::now().date())
}

/// Each document's fields as read by the last build, for `serve`: a document whose text
/// and configuration did not change is not parsed again.
#[derive(Debug, Default)]
pub struct ExtractCache {
    config: u64,
    /// By path: the text the fields were read from (the load cache hands an unchanged
    /// file's text on as the same `Arc`, so most checks compare two pointers), the
    /// fields and their findings. Hashed with foldhash: every rebuild looks up each file.
    docs: foldhash::HashMap<String, (Arc<str>, Extracted, Vec<Diagnostic>)>,
}

/// Whether a cached text is the file's text now: the same allocation, or equal.
fn same_text(cached: &Arc<str>, now: &Arc<str>) -> bool {
    Arc::ptr_eq(cached, now) || **cached == **now
}

fn text_key(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// Builds the model from what was read, reusing the fields of unchanged documents from
/// `cache` when there is one. Findings about the documents go into the returned list;
/// the handbook holds every document that could be used.
pub fn build_cached(
    loaded: Loaded,
    opts: BuildOptions,
    cache: Option<&mut ExtractCache>,
) -> (Handbook, Vec<Diagnostic>) {
    let Loaded {
        config,
        files,
        docs,
        assets,
        mut diagnostics,
        ..
    } = loaded;
    let mut phases = crate::timings::Phases::start("model");
    let extracted = extract_all(&docs, &files, &config, cache);
    phases.mark("extract");
    let as_of = resolve_as_of(opts.as_of, config.today);
    let mut hb = Handbook {
        config,
        as_of,
        as_of_given: opts.as_of.is_some(),
        drafts: opts.drafts,
        files,
        assets,
        cycles: Vec::new(),
        teams: Vec::new(),
        principles: Vec::new(),
        objectives: Vec::new(),
        key_results: Vec::new(),
        pages: Vec::new(),
        unreadable: Default::default(),
        anchors: HashMap::new(),
        current_cycle: None,
        by_team_cycle: HashMap::new(),
        people: Vec::new(),
        links: Default::default(),
    };
    assemble(&mut hb, extracted, &mut diagnostics);
    for kr in &mut hb.key_results {
        set_aside_future_checkins(kr, as_of);
    }
    phases.mark("assemble");
    resolve(&mut hb, &mut diagnostics);
    find_alignment_loops(&hb, &mut diagnostics);
    phases.mark("resolve");
    hb.anchors = crate::links::collect_anchors(&hb);
    hb.links = crate::links::LinkIndex::new(&hb);
    phases.mark("anchors and link index");
    compute::compute(&mut hb);
    phases.mark("compute");
    hb.people = super::people::slugs(&hb)
        .into_iter()
        .map(|(name, slug)| super::Person { name, slug })
        .collect();
    phases.mark("people");
    (hb, diagnostics)
}

/// Every document's fields, in parallel; with a cache, unchanged documents (same text,
/// same configuration) are taken from the last build.
fn extract_all(
    docs: &[crate::load::RawDoc],
    files: &[super::SourceFile],
    config: &crate::config::Config,
    cache: Option<&mut ExtractCache>,
) -> Vec<(Extracted, Vec<Diagnostic>)> {
    let fresh = |doc: &crate::load::RawDoc| {
        let mut d = Vec::new();
        let e = extract(doc, &files[doc.file], config, &mut d);
        (e, d)
    };
    let Some(cache) = cache else {
        return docs.par_iter().map(fresh).collect();
    };
    let config_key = files
        .iter()
        .find(|f| f.path == crate::config::FILE_NAME)
        .map_or(0, |f| text_key(&f.text));
    if cache.config != config_key {
        cache.docs.clear();
        cache.config = config_key;
    }
    let out: Vec<(Extracted, Vec<Diagnostic>, bool)> = docs
        .par_iter()
        .map(|doc| {
            let file = &files[doc.file];
            match cache.docs.get(&file.path) {
                Some((text, e, d)) if same_text(text, &file.text) => {
                    let mut e = e.clone();
                    e.set_file(doc.file);
                    (e, d.clone(), false)
                }
                _ => {
                    let (e, d) = fresh(doc);
                    (e, d, true)
                }
            }
        })
        .collect();
    // Only what was extracted afresh goes into the cache; documents that are gone leave.
    let present: foldhash::HashSet<&str> =
        docs.iter().map(|d| files[d.file].path.as_str()).collect();
    cache.docs.retain(|path, _| present.contains(path.as_str()));
    for (doc, (e, d, _)) in docs.iter().zip(&out).filter(|(_, o)| o.2) {
        let file = &files[doc.file];
        let entry = (Arc::clone(&file.text), e.clone(), d.clone());
        cache.docs.insert(file.path.clone(), entry);
    }
    out.into_iter().map(|(e, d, _)| (e, d)).collect()
}

/// Puts the extracted documents into the handbook, each id once per kind (a second
/// document with the same id is `duplicate-id` and left out).
fn assemble(
    hb: &mut Handbook,
    extracted: Vec<(Extracted, Vec<Diagnostic>)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let (keep, mut duplicates) = first_of_each_id(hb, &extracted);
    let mut keep = keep.into_iter();
    let count = |f: fn(&Extracted) -> usize| extracted.iter().map(|(e, _)| f(e)).sum();
    hb.objectives.reserve(count(|e| {
        usize::from(matches!(e, Extracted::Objective(..)))
    }));
    hb.key_results.reserve(count(|e| match e {
        Extracted::Objective(_, krs) => krs.len(),
        Extracted::KeyResult(_) => 1,
        _ => 0,
    }));
    for (i, (e, d)) in extracted.into_iter().enumerate() {
        diagnostics.extend(d);
        while duplicates.last().is_some_and(|(doc, _)| *doc == i) {
            diagnostics.extend(duplicates.pop().map(|(_, d)| d));
        }
        let mut kept = || keep.next().unwrap_or(false);
        match e {
            Extracted::Cycle(c) if kept() => hb.cycles.push(c),
            Extracted::Team(t) if kept() => hb.teams.push(t),
            Extracted::Principle(p) if kept() => hb.principles.push(p),
            Extracted::Page(p) if kept() => hb.pages.push(p),
            Extracted::Objective(mut o, krs) => {
                let objective_kept = kept();
                let oi = hb.objectives.len();
                for mut kr in krs {
                    if kept() && objective_kept {
                        kr.objective = Some(oi);
                        o.key_results.push(hb.key_results.len());
                        hb.key_results.push(kr);
                    }
                }
                if objective_kept {
                    hb.objectives.push(o);
                }
            }
            Extracted::KeyResult(kr) if kept() => hb.key_results.push(kr),
            Extracted::Unreadable(kind, id) => {
                hb.unreadable.insert((kind, id));
            }
            _ => {}
        }
    }
}

/// Which documents are the first with their id (one flag per document and inline key
/// result, in order: an objective, then its key results), and the `duplicate-id`
/// findings of the others by the index of their entry, last entry first. The ids are
/// looked up where they are, not copied: a large handbook has tens of thousands.
fn first_of_each_id(
    hb: &Handbook,
    extracted: &[(Extracted, Vec<Diagnostic>)],
) -> (Vec<bool>, Vec<(usize, Diagnostic)>) {
    let mut seen: foldhash::HashMap<(Kind, &str), (usize, Pos)> =
        foldhash::HashMapExt::with_capacity(extracted.len() * 2);
    let mut keep = Vec::with_capacity(extracted.len() * 2);
    let mut duplicates = Vec::new();
    for (i, (e, _)) in extracted.iter().enumerate() {
        let metas: Vec<(Kind, &Meta)> = match e {
            Extracted::Cycle(c) => vec![(Kind::Cycle, &c.meta)],
            Extracted::Team(t) => vec![(Kind::Team, &t.meta)],
            Extracted::Principle(p) => vec![(Kind::Principle, &p.meta)],
            Extracted::Page(p) => vec![(Kind::Page, &p.meta)],
            Extracted::Objective(o, krs) => std::iter::once((Kind::Objective, &o.meta))
                .chain(krs.iter().map(|k| (Kind::KeyResult, &k.meta)))
                .collect(),
            Extracted::KeyResult(k) => vec![(Kind::KeyResult, &k.meta)],
            Extracted::Unreadable(..) | Extracted::Skipped => Vec::new(),
        };
        // Key results of an objective that is itself a duplicate are left out unseen,
        // as they always were: their ids are not taken.
        let mut objective_kept = true;
        for (j, (kind, meta)) in metas.into_iter().enumerate() {
            if j > 0 && !objective_kept {
                keep.push(false);
                continue;
            }
            let first = match seen.entry((kind, meta.id.as_str())) {
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert((meta.file, meta.id_pos));
                    true
                }
                std::collections::hash_map::Entry::Occupied(o) => {
                    let (file, pos) = *o.get();
                    let lang = hb.config.language;
                    duplicates.push((i, duplicate(kind, meta, file, pos, &hb.files, lang)));
                    false
                }
            };
            if j == 0 {
                objective_kept = first;
            }
            keep.push(first);
        }
    }
    duplicates.reverse();
    (keep, duplicates)
}

fn duplicate(
    kind: Kind,
    meta: &Meta,
    first_file: usize,
    first_pos: Pos,
    files: &[super::SourceFile],
    lang: crate::lang::Language,
) -> Diagnostic {
    let (here, there) = (&files[meta.file].path, &files[first_file].path);
    let line = first_pos.line;
    let place = match (first_file == meta.file, lang) {
        (true, crate::lang::Language::En) => format!("line {line}"),
        (true, crate::lang::Language::De) => format!("Zeile {line}"),
        (false, _) => format!("{there}:{line}"),
    };
    let (noun, id) = (kind.noun(lang), &meta.id);
    Diagnostic::new(
        Rule::DuplicateId,
        here,
        meta.id_pos,
        say!(
            lang,
            "the {noun} id `{id}` is already used at {place}",
            "Die Id `{id}` ({noun}) wird schon in {place} verwendet"
        ),
    )
    .with_help(say!(
        lang,
        "give one of the two another id (set `id:` or rename the file)",
        "Einem der beiden eine andere Id geben (`id:` setzen oder die Datei umbenennen)"
    ))
}

/// Check-ins dated after `as_of` count nowhere: the handbook is shown as it stood then.
fn set_aside_future_checkins(kr: &mut KeyResult, as_of: Date) {
    if kr.checkins.iter().any(|c| c.date > as_of) {
        let (now, later): (Vec<CheckIn>, Vec<CheckIn>) =
            kr.checkins.iter().cloned().partition(|c| c.date <= as_of);
        kr.checkins = now.into();
        kr.future_checkins = later;
    }
}

/// The ids of one kind, and suggestions already computed for missing ones: a handbook
/// with thousands of broken references must not compare each against every id anew.
struct Index<'h> {
    kind: Kind,
    lang: Language,
    ids: HashMap<String, usize>,
    sorted: Vec<String>,
    help: HashMap<String, String>,
    /// Documents of every kind whose front matter could not be read.
    unreadable: &'h HashSet<(Kind, String)>,
}

impl<'h> Index<'h> {
    fn new<'a>(
        kind: Kind,
        items: impl Iterator<Item = &'a Meta>,
        lang: Language,
        unreadable: &'h HashSet<(Kind, String)>,
    ) -> Self {
        let ids: HashMap<String, usize> =
            items.enumerate().map(|(i, m)| (m.id.clone(), i)).collect();
        let mut sorted: Vec<String> = ids.keys().cloned().collect();
        sorted.sort();
        Index {
            kind,
            lang,
            ids,
            sorted,
            help: HashMap::new(),
            unreadable,
        }
    }

    /// Resolves one reference; `false` when it names nothing that exists. A document whose
    /// front matter is broken counts as existing: its `front-matter` error is the cause.
    fn resolve(&self, r: &mut Ref) -> bool {
        r.target = self.ids.get(&r.id).copied();
        r.target.is_some() || self.unreadable.contains(&(self.kind, r.id.clone()))
    }

    /// Resolves one reference; records `broken-ref` with the nearest id as a suggestion.
    fn link(&mut self, r: &mut Ref, file: &str, key: &str, diags: &mut Vec<Diagnostic>) {
        if self.resolve(r) {
            return;
        }
        diags.push(self.broken(&r.id, file, r.pos, key));
    }

    fn broken(&mut self, id: &str, file: &str, pos: Pos, key: &str) -> Diagnostic {
        let (kind, lang) = (self.kind, self.lang);
        let sorted = &self.sorted;
        let help = self.help.entry(id.to_string()).or_insert_with(|| {
            let ids: Vec<&str> = sorted.iter().map(String::as_str).collect();
            let (a, folder) = (kind.a(lang), kind.folder().unwrap_or(""));
            match did_you_mean(id, &ids) {
                Some(s) => crate::fields::meant(lang, s),
                None if ids.is_empty() => say!(
                    lang,
                    "there is none yet; add {a} under content/{folder}/",
                    "Es gibt noch keines; unter content/{folder}/ anlegen"
                ),
                None => say!(
                    lang,
                    "check the spelling: it must be the id of {a} (its file name without .md, or its `id:`)",
                    "Die Schreibweise prüfen: Es muss die Id sein (der Dateiname ohne .md oder das Feld `id:`)"
                ),
            }
        });
        let noun = kind.noun(lang);
        Diagnostic::new(
            Rule::BrokenRef,
            file,
            pos,
            say!(
                lang,
                "`{key}` names the {noun} `{id}`, which does not exist",
                "`{key}` nennt `{id}` ({noun}), das es nicht gibt"
            ),
        )
        .with_help(help.clone())
    }
}

fn resolve(hb: &mut Handbook, diags: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    let unreadable = &hb.unreadable;
    let index =
        |kind: Kind, metas: Vec<&Meta>| Index::new(kind, metas.into_iter(), lang, unreadable);
    let mut cycles = index(Kind::Cycle, hb.cycles.iter().map(|c| &c.meta).collect());
    let mut teams = index(Kind::Team, hb.teams.iter().map(|t| &t.meta).collect());
    let mut principles = index(
        Kind::Principle,
        hb.principles.iter().map(|p| &p.meta).collect(),
    );
    let mut objectives = index(
        Kind::Objective,
        hb.objectives.iter().map(|o| &o.meta).collect(),
    );
    let files = &hb.files;

    for t in &mut hb.teams {
        let file = &files[t.meta.file].path;
        if let Some(p) = &mut t.parent {
            teams.link(p, file, "parent", diags);
        }
    }
    let mut default_cycle_missing = false;
    for o in &mut hb.objectives {
        let file = &files[o.meta.file].path;
        match &mut o.cycle {
            Some(c) if o.cycle_from_default => default_cycle_missing |= !cycles.resolve(c),
            Some(c) => cycles.link(c, file, "cycle", diags),
            None => {}
        }
        if let Some(t) = &mut o.team {
            teams.link(t, file, "team", diags);
        }
        for t in &mut o.contributors {
            teams.link(t, file, "contributors", diags);
        }
        for p in &mut o.principles {
            principles.link(p, file, "principles", diags);
        }
        if let Some(p) = &mut o.parent {
            objectives.link(p, file, "parent", diags);
        }
    }
    // A `default_cycle` that does not exist is one mistake in okrbook.yaml, not one per
    // objective that relies on it.
    if let (true, Some(id)) = (default_cycle_missing, &hb.config.default_cycle) {
        let pos = hb.config.default_cycle_pos;
        diags.push(cycles.broken(id, crate::config::FILE_NAME, pos, "default_cycle"));
    }
    // Key results in their own files join their objective after the inline ones.
    for (i, kr) in hb.key_results.iter_mut().enumerate() {
        let Some(r) = &mut kr.objective_ref else {
            continue;
        };
        objectives.link(r, &files[kr.meta.file].path, "objective", diags);
        if let Some(oi) = r.target {
            kr.objective = Some(oi);
            hb.objectives[oi].key_results.push(i);
        }
    }
    for i in 0..hb.objectives.len() {
        if let Some(p) = hb.objectives[i].parent.as_ref().and_then(|p| p.target) {
            if p != i {
                hb.objectives[p].children.push(i);
            }
        }
    }
}

/// Reports every objective, and every team, whose chain of parents comes back to
/// itself: once per member of the loop, at its `parent:` line.
fn find_alignment_loops(hb: &Handbook, diags: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    report_loops(
        hb,
        hb.objectives.len(),
        |i| (&hb.objectives[i].meta, hb.objectives[i].parent.as_ref()),
        Kind::Objective,
        say!(
            lang,
            "an objective aligns up to a broader one; remove or change one `parent:` on this loop",
            "Ein Ziel richtet sich nach einem übergeordneten aus; ein `parent:` in dieser Schleife entfernen oder ändern"
        ),
        diags,
    );
    report_loops(
        hb,
        hb.teams.len(),
        |i| (&hb.teams[i].meta, hb.teams[i].parent.as_ref()),
        Kind::Team,
        say!(
            lang,
            "a team belongs to a broader team; remove or change one `parent:` on this loop",
            "Ein Team gehört zu einem übergeordneten Team; ein `parent:` in dieser Schleife entfernen oder ändern"
        ),
        diags,
    );
}

/// One finding per member of every loop among `n` documents, each showing the loop from
/// that member; `node` gives a document's meta and its `parent:`.
fn report_loops<'h>(
    hb: &Handbook,
    n: usize,
    node: impl Fn(usize) -> (&'h Meta, Option<&'h Ref>),
    kind: Kind,
    help: String,
    diags: &mut Vec<Diagnostic>,
) {
    let lang = hb.config.language;
    let noun = kind.noun(lang);
    for members in parent_loops(n, |i| node(i).1.and_then(|p| p.target)) {
        let names: Vec<&str> = members.iter().map(|&m| node(m).0.id.as_str()).collect();
        for (k, &m) in members.iter().enumerate() {
            let (meta, parent) = node(m);
            let pos = parent.map_or(meta.title_pos, |p| p.pos);
            let mut chain = names.clone();
            chain.rotate_left(k);
            chain.push(&meta.id);
            let (id, chain) = (&meta.id, chain.join(" → "));
            diags.push(
                Diagnostic::new(
                    Rule::AlignmentLoop,
                    hb.file_path(meta),
                    pos,
                    say!(
                        lang,
                        "the parent chain of the {noun} `{id}` returns to itself: {chain}",
                        "Die Kette der übergeordneten Elemente von `{id}` ({noun}) führt zu sich selbst zurück: {chain}"
                    ),
                )
                .with_help(help.clone()),
            );
        }
    }
}

/// The loops in a forest given by `parent`, each as its members in the order the chain
/// visits them. Every node is walked once, so a long chain costs linear time.
fn parent_loops(n: usize, parent: impl Fn(usize) -> Option<usize>) -> Vec<Vec<usize>> {
    // 0 = unvisited, 1 = on the current path, 2 = finished.
    let mut state = vec![0u8; n];
    let mut loops = Vec::new();
    for start in 0..n {
        let mut path = Vec::new();
        let mut cur = Some(start);
        while let Some(i) = cur {
            match state[i] {
                2 => break,
                1 => {
                    let from = path.iter().position(|&p| p == i).unwrap_or(0);
                    loops.push(path[from..].to_vec());
                    break;
                }
                _ => {
                    state[i] = 1;
                    path.push(i);
                    cur = parent(i);
                }
            }
        }
        for i in path {
            state[i] = 2;
        }
    }
    loops
}
