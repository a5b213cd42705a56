//! The site `serve` keeps in memory, and how it follows changes: re-read the changed
//! files, check the whole handbook again (cheap), and re-render only the pages that can
//! show what changed.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use rayon::prelude::*;

use crate::check::{check_cached, Checked};
use crate::diagnostic::{Diagnostic, Severity};
use crate::load::{self, LoadCache};
use crate::model::{BuildOptions, Handbook, Kind};
use crate::site::{Page, Site, SiteError, SiteOptions};

/// What a change touched, as the watcher reports it.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    /// Markdown files and assets, relative to `content/`.
    pub content: BTreeSet<String>,
    /// `okrbook.yaml` or a theme file changed: everything is rendered again.
    pub everything: bool,
}

/// The outcome of one rebuild, for the terminal line and the browsers.
#[derive(Debug, Clone, Default)]
pub struct Rebuild {
    /// Site paths whose bytes changed (`objectives/x/index.html`).
    pub changed: Vec<String>,
    /// Every page was rendered (first build, config, theme or navigation change).
    pub all: bool,
    /// Pages rendered.
    pub rendered: usize,
    /// Files read from disk.
    pub reread: usize,
    pub elapsed: Duration,
    /// Warnings this change brought, sorted as every report is.
    pub new_warnings: Vec<Diagnostic>,
    pub fixed_warnings: usize,
    /// The handbook's language, for the words around the findings.
    pub lang: crate::lang::Language,
    /// Errors that keep the last good site on show (with an overlay).
    pub errors: Vec<Diagnostic>,
    /// The handbook could not be read at all.
    pub failure: Option<String>,
}

/// The served site and what it was made from.
pub struct Preview {
    root: PathBuf,
    opts: BuildOptions,
    site_opts: SiteOptions,
    cache: LoadCache,
    extracted: crate::model::ExtractCache,
    /// The last handbook without errors: the one the served pages show.
    good: Option<Checked>,
    /// Files changed since `good` was made.
    pending: BTreeSet<String>,
    pending_everything: bool,
    /// Warnings of the latest check, to report new and fixed ones.
    warnings: HashSet<Diagnostic>,
    /// The site: path below the site root → bytes, exactly as `build` writes them. The
    /// server shares these buffers (a `Bytes` clone counts a reference, copies nothing).
    pub files: BTreeMap<String, Bytes>,
    /// Errors of the latest rebuild; shown over every page until fixed.
    pub errors: Vec<Diagnostic>,
    pub failure: Option<String>,
    /// The language of the latest check.
    pub lang: crate::lang::Language,
}

impl Preview {
    /// Builds the whole site once.
    pub fn new(root: &Path, opts: BuildOptions, site_opts: SiteOptions) -> (Preview, Rebuild) {
        let mut p = Preview {
            root: root.to_path_buf(),
            opts,
            site_opts,
            cache: LoadCache::default(),
            extracted: Default::default(),
            good: None,
            pending: BTreeSet::new(),
            pending_everything: true,
            warnings: HashSet::new(),
            files: BTreeMap::new(),
            errors: Vec::new(),
            failure: None,
            lang: Default::default(),
        };
        let r = p.apply(Changes {
            content: BTreeSet::new(),
            everything: true,
        });
        (p, r)
    }

    /// Follows a change on disk.
    pub fn apply(&mut self, changes: Changes) -> Rebuild {
        self.apply_then(changes, |_, _| {})
    }

    /// [`Preview::apply`], calling `pages_done` as soon as the pages are up to date and
    /// before the data files (`data/okrs.json`, the search index) are made again, so
    /// that the server can reload browsers without waiting for them.
    pub fn apply_then(
        &mut self,
        changes: Changes,
        pages_done: impl FnMut(&Preview, &Rebuild),
    ) -> Rebuild {
        let started = Instant::now();
        let mut phases = crate::timings::Phases::start("rebuild");
        self.pending.extend(changes.content.iter().cloned());
        self.pending_everything |= changes.everything;
        self.cache.changed.extend(changes.content.iter().cloned());
        // The watcher names every changed file; a change of the configuration or the
        // theme (or a missed event) makes the next load walk content/ again.
        self.cache.complete = !self.pending_everything;
        let mut report = Rebuild::default();

        let loaded = match load::load_cached(&self.root, &mut self.cache) {
            Ok(l) => l,
            Err(e) => {
                self.failure = Some(e.to_string());
                report.failure = self.failure.clone();
                report.elapsed = started.elapsed();
                return report;
            }
        };
        self.failure = None;
        report.reread = self.cache.reread;
        phases.mark("load");
        let checked = check_cached(loaded, self.opts, Some(&mut self.extracted));
        phases.mark("check");

        let warnings: HashSet<Diagnostic> = checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .cloned()
            .collect();
        report.new_warnings = warnings.difference(&self.warnings).cloned().collect();
        crate::diagnostic::sort_diagnostics(&mut report.new_warnings);
        report.fixed_warnings = self.warnings.difference(&warnings).count();
        report.lang = checked.handbook.config.language;
        self.lang = report.lang;
        self.warnings = warnings;

        self.errors = checked
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .cloned()
            .collect();
        report.errors = self.errors.clone();
        phases.mark("findings compared");
        drop(phases);
        if !self.errors.is_empty() {
            report.elapsed = started.elapsed();
            return report; // the last good site stays, with the overlay
        }

        let result = self.render(&checked, &mut report, pages_done);
        if let Err(e) = result {
            self.failure = Some(e.to_string());
            report.failure = self.failure.clone();
        } else {
            self.good = Some(checked);
            self.pending.clear();
            self.pending_everything = false;
        }
        report.elapsed = started.elapsed();
        report
    }

    fn render(
        &mut self,
        checked: &Checked,
        report: &mut Rebuild,
        mut pages_done: impl FnMut(&Preview, &Rebuild),
    ) -> Result<(), SiteError> {
        let mut phases = crate::timings::Phases::start("render");
        // When every document keeps its id and file, the site's paths are those of the
        // last good build, checked then: whether some pages are rendered or all.
        let known_paths = match (&self.good, self.pending_everything) {
            (Some(old), false) => same_pages(&old.handbook, &checked.handbook),
            _ => false,
        };
        let selection = match &self.good {
            Some(old) if known_paths => affected(old, checked, &self.pending),
            _ => None,
        };
        phases.mark("affected pages");
        let site = if known_paths {
            Site::with_checked_paths(&self.root, checked, &self.site_opts)?
        } else {
            Site::new(&self.root, checked, &self.site_opts)?
        };
        phases.mark("site");
        let (first, rest) = self.pages_to_render(&site, checked, selection, report);
        phases.mark("order");
        self.render_first(&site, &first, report, &mut pages_done)?;
        phases.mark("own pages served");
        let rendered: Vec<(String, Vec<u8>)> = rest
            .par_iter()
            .map(|&p| site.render_page(p))
            .collect::<Result<_, _>>()?;
        phases.mark("other pages");
        if report.all {
            let first_files: Vec<String> = first.iter().map(|&p| site.page_file(p)).collect();
            self.drop_gone(&site, &rendered, &first_files, report);
        }
        let mut late = Rebuild {
            all: report.all,
            ..Rebuild::default()
        };
        self.merge(rendered, &mut late);
        report.changed.extend(late.changed.iter().cloned());
        report.changed.sort();
        late.changed.sort();
        pages_done(self, &late);
        // Assets are read again only when they changed: the served bytes of the others
        // are still those on disk. Before the first good site, or after a change of the
        // configuration (which may publish other assets), all are read.
        let others = if self.good.is_none() || self.pending_everything {
            site.other_files()
        } else {
            crate::site::assets::reading_only(&self.pending, || site.other_files())
        };
        self.merge(others, report);
        report.changed.sort();
        Ok(())
    }

    /// The pages the change affects (all of them when that cannot be told), split into
    /// the edited documents' own pages and the rest.
    fn pages_to_render(
        &self,
        site: &Site<'_>,
        checked: &Checked,
        selection: Option<HashSet<PageKey>>,
        report: &mut Rebuild,
    ) -> (Vec<Page>, Vec<Page>) {
        let hb = &checked.handbook;
        let pages: Vec<Page> = match &selection {
            None => site.pages().to_vec(),
            Some(keys) => {
                // A page's key is made (an id copied) only when its id is among the
                // keys': tens of thousands of pages, a few dozen keys.
                let ids: HashSet<&str> = keys.iter().filter_map(PageKey::id).collect();
                site.pages()
                    .iter()
                    .copied()
                    .filter(|&p| page_id(hb, p).is_none_or(|id| ids.contains(id)))
                    .filter(|&p| keys.contains(&page_key(hb, p)))
                    .collect()
            }
        };
        report.all = selection.is_none();
        report.rendered = pages.len();
        if self.good.is_none() || self.pending_everything {
            return (Vec::new(), pages);
        }
        // The pages of the edited documents come first: they are the ones the writer
        // most likely has open. Roll-ups (cycle, teams, home …) follow, and so do all
        // other pages when the edit changed what every page shows (the navigation's
        // count of warnings, a team's name).
        let own = own_pages(hb, &self.pending);
        let ids: HashSet<&str> = own.iter().filter_map(PageKey::id).collect();
        pages.into_iter().partition(|&p| {
            page_id(hb, p).is_some_and(|id| ids.contains(id)) && own.contains(&page_key(hb, p))
        })
    }

    /// Renders the edited documents' own pages and serves them at once.
    fn render_first(
        &mut self,
        site: &Site<'_>,
        first: &[Page],
        report: &mut Rebuild,
        pages_done: &mut impl FnMut(&Preview, &Rebuild),
    ) -> Result<(), SiteError> {
        if first.is_empty() {
            return Ok(());
        }
        let rendered: Vec<(String, Vec<u8>)> = first
            .par_iter()
            .map(|&p| site.render_page(p))
            .collect::<Result<_, _>>()?;
        let mut early = Rebuild {
            rendered: rendered.len(),
            ..Rebuild::default()
        };
        self.merge(rendered, &mut early);
        report.changed.extend(early.changed.iter().cloned());
        if !early.changed.is_empty() {
            pages_done(self, &early);
        }
        Ok(())
    }

    /// After a full render: the files of documents that are gone go too.
    fn drop_gone(
        &mut self,
        site: &Site<'_>,
        rendered: &[(String, Vec<u8>)],
        first: &[String],
        report: &mut Rebuild,
    ) {
        let mut keep: HashSet<String> = rendered.iter().map(|(p, _)| p.clone()).collect();
        keep.extend(first.iter().cloned());
        keep.extend(site.other_file_paths());
        let gone: Vec<String> = self
            .files
            .keys()
            .filter(|p| !keep.contains(p.as_str()))
            .cloned()
            .collect();
        for p in gone {
            self.files.remove(&p);
            report.changed.push(p);
        }
    }

    fn merge(&mut self, fresh: Vec<(String, Vec<u8>)>, report: &mut Rebuild) {
        for (path, bytes) in fresh {
            if self.files.get(&path).map(|b| &b[..]) != Some(&bytes[..]) {
                report.changed.push(path.clone());
                self.files.insert(path, Bytes::from(bytes));
            }
        }
    }
}

/// A page by what it shows, stable across rebuilds (indices are not).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageKey {
    Doc(Kind, String),
    Alignment(String),
    Print(String),
    Person(String),
    Other(Page),
}

impl PageKey {
    /// The id (or a person's slug) the key names, if it names one.
    fn id(&self) -> Option<&str> {
        match self {
            PageKey::Doc(_, id)
            | PageKey::Alignment(id)
            | PageKey::Print(id)
            | PageKey::Person(id) => Some(id),
            PageKey::Other(_) => None,
        }
    }
}

/// The id in `page_key(hb, page)`, without copying it.
fn page_id(hb: &Handbook, page: Page) -> Option<&str> {
    match page {
        Page::Doc(kind, i) => Some(&hb.meta(kind, i).id),
        Page::Alignment(i) | Page::Print(i) => Some(&hb.cycles[i].meta.id),
        Page::Person(i) => Some(&hb.people[i].slug),
        _ => None,
    }
}

pub fn page_key(hb: &Handbook, page: Page) -> PageKey {
    match page {
        Page::Doc(kind, i) => PageKey::Doc(kind, hb.meta(kind, i).id.clone()),
        Page::Alignment(i) => PageKey::Alignment(hb.cycles[i].meta.id.clone()),
        Page::Print(i) => PageKey::Print(hb.cycles[i].meta.id.clone()),
        Page::Person(i) => PageKey::Person(hb.people[i].slug.clone()),
        other => PageKey::Other(other),
    }
}

/// Whether what every page shows of the handbook as a whole is the same in both, two
/// handbooks with the same pages ([`same_pages`]): the navigation, the counts in it and
/// the titles links in it carry. When it differs, every page is rendered again.
/// Compared field by field, without writing the fields out: a large handbook has tens
/// of thousands of documents.
fn same_shared(old: &Checked, new: &Checked) -> bool {
    let (a, b) = (&old.handbook, &new.handbook);
    let (sa, sb) = (old.summary(), new.summary());
    (sa.errors, sa.warnings, a.current_cycle) == (sb.errors, sb.warnings, b.current_cycle)
        && a.cycles_now() == b.cycles_now()
        && named(a)
            .map(|(.., title)| title)
            .eq(named(b).map(|(.., title)| title))
}

/// Whether both have the same pages and files at the same paths: the same documents
/// (kind, id, file, draft), people and assets. Then the site's paths are those of the
/// last good build, each already known to be taken once, even when every page is
/// rendered again (a new finding changes the count in every page's navigation).
fn same_pages(a: &Handbook, b: &Handbook) -> bool {
    a.assets == b.assets
        && a.people
            .iter()
            .map(|p| &p.slug)
            .eq(b.people.iter().map(|p| &p.slug))
        && named(a)
            .map(|(k, id, draft, file, _)| (k, id, draft, file))
            .eq(named(b).map(|(k, id, draft, file, _)| (k, id, draft, file)))
        && unnamed(a).eq(unnamed(b))
}

/// Cycles, teams, principles and free pages: they are in the navigation, with their
/// titles.
fn named(hb: &Handbook) -> impl Iterator<Item = (u8, &str, bool, usize, &str)> {
    hb.cycles
        .iter()
        .map(|x| (0, &x.meta))
        .chain(hb.teams.iter().map(|x| (1, &x.meta)))
        .chain(hb.principles.iter().map(|x| (2, &x.meta)))
        .chain(hb.pages.iter().map(|x| (3, &x.meta)))
        .map(|(k, m)| (k, m.id.as_str(), m.draft, m.file, m.title.as_str()))
}

/// Objectives and key results only decide which pages exist; the pages that show their
/// titles are found by `neighbours`.
fn unnamed(hb: &Handbook) -> impl Iterator<Item = (u8, &str, bool, usize)> {
    hb.objectives
        .iter()
        .map(|x| (4, &x.meta))
        .chain(hb.key_results.iter().map(|x| (5, &x.meta)))
        .map(|(k, m)| (k, m.id.as_str(), m.draft, m.file))
}

/// The pages a change can show on, or `None` when every page must be rendered; for two
/// handbooks with the same pages ([`same_pages`]).
fn affected(old: &Checked, new: &Checked, changed: &BTreeSet<String>) -> Option<HashSet<PageKey>> {
    if !same_shared(old, new) {
        return None;
    }
    let mut files: HashSet<String> = changed.iter().map(|p| format!("content/{p}")).collect();
    // Findings that appeared or went away elsewhere (a roll-up rule) count as changes
    // of their files.
    fn by_file(c: &Checked) -> HashMap<&str, Vec<&Diagnostic>> {
        let mut m: HashMap<&str, Vec<&Diagnostic>> = HashMap::new();
        for d in &c.diagnostics {
            m.entry(d.file.as_str()).or_default().push(d);
        }
        m
    }
    let (a, b) = (by_file(old), by_file(new));
    for f in a.keys().chain(b.keys()) {
        if a.get(f) != b.get(f) {
            files.insert(f.to_string());
        }
    }
    let mut keys: HashSet<PageKey> = crate::site::plan::ROLL_UPS
        .into_iter()
        .map(PageKey::Other)
        .collect();
    for c in [old, new] {
        neighbours(&c.handbook, &files, &mut keys);
    }
    let renamed = retitled(&old.handbook, &new.handbook, &files);
    if !renamed.is_empty() {
        wiki_linking(&new.handbook, &renamed, &mut keys);
    }
    Some(keys)
}

/// The ids of the objectives and key results of the changed files that have a new
/// title (or came or went).
fn retitled(old: &Handbook, new: &Handbook, files: &HashSet<String>) -> BTreeSet<String> {
    let titles = |hb: &Handbook| -> BTreeSet<(String, String)> {
        let touched = touched_files(hb, files);
        let touched = |file: usize| touched[file];
        hb.objectives
            .iter()
            .map(|o| &o.meta)
            .chain(hb.key_results.iter().map(|k| &k.meta))
            .filter(|m| touched(m.file))
            .map(|m| (m.id.clone(), m.title.clone()))
            .collect()
    };
    let (before, after) = (titles(old), titles(new));
    before
        .symmetric_difference(&after)
        .map(|(id, _)| id.clone())
        .collect()
}

/// Adds the pages of documents whose body may hold a wiki link to one of `ids`: one
/// without a label shows its target's title (`[[x]]`). A wiki link names its target by
/// id, so a body without the id has none; one with an escape or an entity reference
/// might spell it otherwise and counts too.
fn wiki_linking(hb: &Handbook, ids: &BTreeSet<String>, keys: &mut HashSet<PageKey>) {
    let docs = hb
        .cycles
        .iter()
        .map(|x| (Kind::Cycle, &x.meta))
        .chain(hb.teams.iter().map(|x| (Kind::Team, &x.meta)))
        .chain(hb.principles.iter().map(|x| (Kind::Principle, &x.meta)))
        .chain(hb.pages.iter().map(|x| (Kind::Page, &x.meta)))
        .chain(hb.objectives.iter().map(|x| (Kind::Objective, &x.meta)))
        .chain(hb.key_results.iter().map(|x| (Kind::KeyResult, &x.meta)));
    for (kind, m) in docs.filter(|(_, m)| may_wiki_link(&m.body, ids)) {
        keys.insert(PageKey::Doc(kind, m.id.clone()));
    }
}

/// Whether `body` may hold a wiki link to one of `ids`.
fn may_wiki_link(body: &str, ids: &BTreeSet<String>) -> bool {
    body.contains("[[")
        && (body.contains('\\')
            || body.contains('&')
            || ids.iter().any(|id| body.contains(id.as_str())))
}

/// Which of the handbook's files are among `files`, by file index: a document is then
/// looked up by its file's index instead of by hashing its file's path (a large
/// handbook has tens of thousands of documents and a few edited files).
fn touched_files(hb: &Handbook, files: &HashSet<String>) -> Vec<bool> {
    hb.files.iter().map(|f| files.contains(&f.path)).collect()
}

/// The pages of the documents in the changed files themselves (an objective and its
/// key results, a key result and its objective, a team, a principle …).
fn own_pages(hb: &Handbook, changed: &BTreeSet<String>) -> HashSet<PageKey> {
    let files: HashSet<String> = changed.iter().map(|p| format!("content/{p}")).collect();
    let touched = touched_files(hb, &files);
    let touched = |file: usize| touched[file];
    let mut keys = HashSet::new();
    for o in hb.objectives.iter().filter(|o| touched(o.meta.file)) {
        keys.insert(PageKey::Doc(Kind::Objective, o.meta.id.clone()));
        for &k in &o.key_results {
            keys.insert(PageKey::Doc(
                Kind::KeyResult,
                hb.key_results[k].meta.id.clone(),
            ));
        }
    }
    for kr in hb.key_results.iter().filter(|k| touched(k.meta.file)) {
        keys.insert(PageKey::Doc(Kind::KeyResult, kr.meta.id.clone()));
        if let Some(o) = kr.objective {
            keys.insert(PageKey::Doc(
                Kind::Objective,
                hb.objectives[o].meta.id.clone(),
            ));
        }
    }
    keys
}

/// Adds the pages of documents in `files` and of everything they show on.
fn neighbours(hb: &Handbook, files: &HashSet<String>, keys: &mut HashSet<PageKey>) {
    let touched = touched_files(hb, files);
    let touched = |file: usize| touched[file];
    // A team's page names its lead and members, and their pages name the team.
    for t in hb.teams.iter().filter(|t| touched(t.meta.file)) {
        keys.extend(
            t.lead
                .iter()
                .chain(&t.members)
                .filter_map(|n| person(hb, n)),
        );
    }
    let mut objectives: BTreeSet<usize> = BTreeSet::new();
    for (i, o) in hb.objectives.iter().enumerate() {
        if touched(o.meta.file) {
            objectives.insert(i);
        }
    }
    for kr in &hb.key_results {
        if touched(kr.meta.file) {
            objectives.extend(kr.objective);
        }
    }
    for (kind, metas) in [
        (
            Kind::Cycle,
            hb.cycles.iter().map(|x| &x.meta).collect::<Vec<_>>(),
        ),
        (Kind::Team, hb.teams.iter().map(|x| &x.meta).collect()),
        (
            Kind::Principle,
            hb.principles.iter().map(|x| &x.meta).collect(),
        ),
        (Kind::Page, hb.pages.iter().map(|x| &x.meta).collect()),
    ] {
        for m in metas.into_iter().filter(|m| touched(m.file)) {
            keys.insert(PageKey::Doc(kind, m.id.clone()));
            if kind == Kind::Cycle {
                keys.insert(PageKey::Alignment(m.id.clone()));
                keys.insert(PageKey::Print(m.id.clone()));
            }
        }
    }
    for i in objectives {
        objective_neighbours(hb, i, keys);
    }
}

/// The page of the person named `name`.
fn person(hb: &Handbook, name: &str) -> Option<PageKey> {
    hb.people
        .binary_search_by(|p| p.name.as_str().cmp(name))
        .ok()
        .map(|i| PageKey::Person(hb.people[i].slug.clone()))
}

/// The pages that show objective `i`: its own and its key results', its parent's and
/// children's, its teams', its owners', its cycle's and its principles'.
fn objective_neighbours(hb: &Handbook, i: usize, keys: &mut HashSet<PageKey>) {
    let o = &hb.objectives[i];
    let doc = |kind, id: &str| PageKey::Doc(kind, id.to_string());
    keys.insert(doc(Kind::Objective, &o.meta.id));
    for &k in &o.key_results {
        keys.insert(doc(Kind::KeyResult, &hb.key_results[k].meta.id));
        // The owners' pages show the objective and its key results.
        keys.extend(hb.kr_owner(&hb.key_results[k]).and_then(|n| person(hb, n)));
    }
    keys.extend(o.owner.as_deref().and_then(|n| person(hb, n)));
    let family = o.parent.iter().filter_map(|r| r.target);
    for p in family.chain(o.children.iter().copied()) {
        keys.insert(doc(Kind::Objective, &hb.objectives[p].meta.id));
    }
    let teams = o.team.iter().chain(&o.contributors);
    for t in teams.filter_map(|r| r.target) {
        keys.insert(doc(Kind::Team, &hb.teams[t].meta.id));
    }
    if let Some(cy) = o.cycle.as_ref().and_then(|r| r.target) {
        let id = &hb.cycles[cy].meta.id;
        keys.insert(doc(Kind::Cycle, id));
        keys.insert(PageKey::Print(id.clone()));
        keys.insert(PageKey::Alignment(id.clone()));
    }
    for p in o.principles.iter().filter_map(|r| r.target) {
        keys.insert(doc(Kind::Principle, &hb.principles[p].meta.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_bodies_that_may_wiki_link_a_renamed_id_follow_its_title() {
        let ids: BTreeSet<String> = ["erstloesung".to_string()].into();
        assert!(may_wiki_link("hilft auch [[erstloesung]].", &ids));
        assert!(may_wiki_link("siehe [[o: erstloesung#ziel]]", &ids));
        assert!(!may_wiki_link("siehe [[check-ins]].", &ids));
        assert!(!may_wiki_link("erstloesung, ohne Link", &ids));
        // Spelled with an escape or an entity, the id may hide: such bodies follow too.
        assert!(may_wiki_link("[[erst&#108;oesung]]", &ids));
        assert!(may_wiki_link("[[erst\\_loesung]]", &ids));
    }

    fn handbook() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/img")).unwrap();
        std::fs::write(dir.path().join("okrbook.yaml"), "today: 2026-11-23\n").unwrap();
        std::fs::write(dir.path().join("content/guide.md"), "# Guide\n").unwrap();
        std::fs::write(dir.path().join("content/img/a.png"), "first a").unwrap();
        std::fs::write(dir.path().join("content/img/b.png"), "first b").unwrap();
        dir
    }

    fn changed(paths: &[&str]) -> Changes {
        Changes {
            content: paths.iter().map(|p| p.to_string()).collect(),
            everything: false,
        }
    }

    #[test]
    fn a_save_reads_only_the_assets_that_changed() {
        let dir = handbook();
        let (mut p, first) =
            Preview::new(dir.path(), BuildOptions::default(), SiteOptions::default());
        assert!(first.failure.is_none() && first.errors.is_empty());
        assert_eq!(&p.files["img/a.png"][..], b"first a");
        // Both assets change on disk; the watcher reports a page and one of them.
        std::fs::write(dir.path().join("content/img/a.png"), "second a").unwrap();
        std::fs::write(dir.path().join("content/img/b.png"), "second b").unwrap();
        std::fs::write(dir.path().join("content/guide.md"), "# Guide\n\nMore.\n").unwrap();
        let r = p.apply(changed(&["guide.md", "img/a.png"]));
        assert!(
            r.changed.contains(&"img/a.png".to_string()),
            "{:?}",
            r.changed
        );
        assert_eq!(&p.files["img/a.png"][..], b"second a");
        assert_eq!(
            &p.files["img/b.png"][..],
            b"first b",
            "b was not read again"
        );
        assert!(p.files.contains_key("guide/index.html"));
        p.apply(changed(&["img/b.png"]));
        assert_eq!(&p.files["img/b.png"][..], b"second b");
    }
}
