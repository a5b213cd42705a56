//! The handbook site: every page rendered into memory from the checked handbook, then
//! written to disk (`build`) or served (`serve`).

pub mod assets;
pub mod charts;
pub mod data;
pub mod i18n;
pub mod markdown;
pub mod search;
pub mod theme;
pub mod urls;
pub mod views;
pub mod write;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::check::Checked;
use crate::links::LinkIndex;
use crate::model::{Handbook, Kind};
use i18n::{percent, Strings};
use theme::Theme;
use urls::{doc_path, Linker};
use views::{Ctx, LinkView};

/// What the command line decides about the site.
#[derive(Debug, Clone, Default)]
pub struct SiteOptions {
    pub base_url: Option<String>,
}

/// One file of the site: path below the site root and its bytes.
pub type SiteFile = (String, Vec<u8>);

#[derive(Debug, thiserror::Error)]
pub enum SiteError {
    #[error("the theme could not be read: {0}")]
    Theme(String),
    #[error("template error: {0}")]
    Template(String),
}

fn template_error(e: tera::Error) -> SiteError {
    // Tera's own report names the template, line and the problem.
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        text.push_str(&format!(": {s}"));
        source = s.source();
    }
    SiteError::Template(text)
}

/// A compiled theme: templates parsed once and reused for every page.
pub struct Renderer {
    tera: Tera,
    theme: Theme,
    strings: Strings,
}

impl Renderer {
    pub fn new(root: &Path, hb: &Handbook) -> Result<Renderer, SiteError> {
        let theme =
            Theme::load(root, &hb.config.theme).map_err(|e| SiteError::Theme(e.to_string()))?;
        let tables = theme.i18n_tables();
        let refs: Vec<&str> = tables.iter().map(String::as_str).collect();
        let strings = Strings::load(&refs, hb.config.language).map_err(SiteError::Theme)?;
        let mut tera = Tera::new();
        tera.add_raw_templates(theme.templates())
            .map_err(template_error)?;
        Ok(Renderer {
            tera,
            theme,
            strings,
        })
    }
}

/// Data every page shares.
#[derive(Serialize)]
struct SiteView<'a> {
    title: &'a str,
    lang: &'a str,
    as_of: String,
    warnings: usize,
    errors: usize,
    cycles: NavList,
    teams: NavList,
    principles: NavList,
    pages: Vec<NavPage>,
    /// What a link to a page folder ends with: `index.html`, or nothing with a base URL.
    index: &'a str,
}

/// The navigation shows at most this many cycles, teams or principles; its headings
/// link to index pages that list them all. A handbook with hundreds of teams would
/// otherwise repeat all of them on every page.
const NAV_LIMIT: usize = 12;

/// One group of the navigation: its index page, the first entries and how many exist.
#[derive(Serialize)]
struct NavList {
    /// Site path of the index page, e.g. `teams/`.
    path: String,
    items: Vec<NavItem>,
    total: usize,
}

/// A navigation entry; templates put `root` before and `site.index` after its path,
/// so that one navigation serves every page.
#[derive(Serialize)]
struct NavItem {
    title: String,
    path: String,
}

/// A free page in the navigation, with its folder for grouping.
#[derive(Serialize, Clone)]
struct NavPage {
    title: String,
    path: String,
    folder: String,
}

/// A site ready to render: the theme compiled once, the navigation and the shared page
/// data built once, and the list of its pages. `build` renders every page and streams
/// it to disk; `serve` renders pages one by one as they change.
pub struct Site<'a> {
    hb: &'a Handbook,
    root: std::path::PathBuf,
    tera: Tera,
    theme: Theme,
    ctx: Ctx<'a>,
    index: LinkIndex,
    pages: Vec<Page>,
    base_url: Option<String>,
    /// The rendered navigation (`nav.html`) by the `root` of the pages that show it.
    navs: HashMap<String, String>,
}

impl<'a> Site<'a> {
    pub fn new(
        root: &Path,
        checked: &'a Checked,
        opts: &SiteOptions,
    ) -> Result<Site<'a>, SiteError> {
        let hb = &checked.handbook;
        let Renderer {
            mut tera,
            theme,
            strings,
        } = Renderer::new(root, hb)?;
        let base_url = opts.base_url.clone().or_else(|| hb.config.base_url.clone());
        let linker = Linker::new(base_url.as_deref());
        let index = LinkIndex::new(hb);

        let mut findings: HashMap<&str, Vec<&crate::diagnostic::Diagnostic>> = HashMap::new();
        for d in &checked.diagnostics {
            findings.entry(d.file.as_str()).or_default().push(d);
        }
        let (pages, page_of_file) = plan_pages(hb);

        let summary = checked.summary();
        let nav_pages: Vec<NavPage> = {
            let mut v: Vec<NavPage> = hb
                .pages
                .iter()
                .filter(|p| !p.path.is_empty())
                .map(|p| NavPage {
                    title: p.meta.title.clone(),
                    path: p.path.clone(),
                    folder: p
                        .path
                        .trim_end_matches('/')
                        .rsplit_once('/')
                        .map_or(String::new(), |(f, _)| f.to_string()),
                })
                .collect();
            v.sort_by(|a, b| (&a.folder, &a.path).cmp(&(&b.folder, &b.path)));
            v
        };
        let site = SiteView {
            title: hb
                .config
                .title
                .as_deref()
                .unwrap_or(strings.get("site.default_title")),
            lang: hb.config.language.code(),
            as_of: hb.as_of.to_string(),
            warnings: summary.warnings,
            errors: summary.errors,
            cycles: nav_list("cycles/", &sorted_docs(hb, Kind::Cycle)),
            teams: nav_list("teams/", &sorted_docs(hb, Kind::Team)),
            principles: nav_list("principles/", &sorted_docs(hb, Kind::Principle)),
            pages: nav_pages,
            index: if base_url.is_some() { "" } else { "index.html" },
        };
        // What every page shares goes into Tera's global context once, not per page.
        let globals = tera.global_context();
        globals.insert("site", &site);
        globals.insert("t", strings.as_map());

        // The navigation differs only by the way back to the root, so it is rendered once
        // for each folder depth instead of once per page.
        let mut navs = HashMap::new();
        for page in &pages {
            let path = page.path(hb);
            let root = linker.root(&path);
            if let std::collections::hash_map::Entry::Vacant(slot) = navs.entry(root) {
                let mut c = Context::new();
                c.insert("root", slot.key());
                c.insert("home", &linker.href(&path, ""));
                slot.insert(tera.render("nav.html", &c).map_err(template_error)?);
            }
        }
        let ctx = Ctx::new(hb, strings, linker, findings, page_of_file);
        Ok(Site {
            hb,
            root: root.to_path_buf(),
            tera,
            theme,
            ctx,
            index,
            pages,
            base_url,
            navs,
        })
    }

    /// Every page of the site, in a fixed order.
    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    /// The file a page is written to, below the site root.
    pub fn page_file(&self, page: Page) -> String {
        match page {
            Page::NotFound => "404.html".to_string(),
            _ => format!("{}index.html", page.path(self.hb)),
        }
    }

    /// Renders one page.
    pub fn render_page(&self, page: Page) -> Result<SiteFile, SiteError> {
        let path = page.path(self.hb);
        let linker = &self.ctx.linker;
        let mut c = Context::new();
        let root = linker.root(&path);
        c.insert("nav", self.navs.get(&root).map_or("", String::as_str));
        c.insert("root", &root);
        c.insert("home", &linker.href(&path, ""));
        c.insert("path", &path);
        let template = page.fill(&self.ctx, &self.index, &path, &mut c);
        // Straight into bytes: `render` would check the whole page for UTF-8 once more.
        let mut html = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, &c, &mut html)
            .map_err(template_error)?;
        Ok((self.page_file(page), html))
    }

    /// The files that are not pages: the theme's static files, the handbook's assets,
    /// `data/okrs.json`, the search index and, with a base URL, the sitemap.
    pub fn other_files(&self) -> Vec<SiteFile> {
        let mut files: Vec<SiteFile> = self
            .theme
            .statics()
            .map(|(name, bytes)| (format!("static/{name}"), bytes.to_vec()))
            .collect();
        files.extend(assets::files(&self.root, self.hb));
        files.push((
            "data/okrs.json".into(),
            data::okrs_json(self.hb, &self.ctx.linker),
        ));
        files.push(("static/search-index.js".into(), search::index_js(&self.ctx)));
        if let Some(base) = &self.base_url {
            let pages: Vec<String> = self
                .pages
                .iter()
                .filter(|p| !matches!(p, Page::NotFound))
                .map(|p| p.path(self.hb))
                .collect();
            files.push(("sitemap.xml".into(), sitemap(base, pages)));
        }
        files
    }

    /// The paths [`Site::other_files`] writes, without making the files.
    pub fn other_file_paths(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .theme
            .statics()
            .map(|(name, _)| format!("static/{name}"))
            .collect();
        v.extend(assets::published(self.hb).cloned());
        v.push("data/okrs.json".into());
        v.push("static/search-index.js".into());
        if self.base_url.is_some() {
            v.push("sitemap.xml".into());
        }
        v
    }

    /// Renders every page and file, in parallel, handing each to `put` as it is done,
    /// so that a large site never has to be held in memory whole.
    pub fn render_all<E>(
        &self,
        put: &(dyn Fn(SiteFile) -> Result<(), E> + Sync),
    ) -> Result<usize, E>
    where
        E: From<SiteError> + Send,
    {
        // The data files are large and made in one piece each: they run beside the pages.
        let (pages, others) = rayon::join(
            || {
                self.pages
                    .par_iter()
                    .try_for_each(|&page| put(self.render_page(page)?))
            },
            || self.other_files(),
        );
        pages?;
        let n = self.pages.len() + others.len();
        others.into_par_iter().try_for_each(put)?;
        Ok(n)
    }
}

/// The pages of a handbook, and the page of each document's file (for findings).
fn plan_pages(hb: &Handbook) -> (Vec<Page>, HashMap<usize, String>) {
    let mut page_of_file = HashMap::new();
    let mut pages: Vec<Page> = Vec::new();
    // Each objective is followed by its key results: they show the same charts.
    let mut by_objective: Vec<Vec<usize>> = vec![Vec::new(); hb.objectives.len()];
    for (i, kr) in hb.key_results.iter().enumerate() {
        if let Some(o) = kr.objective.filter(|&o| hb.is_published(&hb.objectives[o])) {
            if kr.objective_ref.is_some() {
                page_of_file.insert(kr.meta.file, doc_path(hb, Kind::KeyResult, i));
            }
            by_objective[o].push(i);
        }
    }
    for (i, o) in hb.objectives.iter().enumerate() {
        if hb.is_published(o) {
            page_of_file.insert(o.meta.file, doc_path(hb, Kind::Objective, i));
            pages.push(Page::Doc(Kind::Objective, i));
            pages.extend(
                by_objective[i]
                    .iter()
                    .map(|&k| Page::Doc(Kind::KeyResult, k)),
            );
        }
    }
    for (kind, n) in [
        (Kind::Cycle, hb.cycles.len()),
        (Kind::Team, hb.teams.len()),
        (Kind::Principle, hb.principles.len()),
        (Kind::Page, hb.pages.len()),
    ] {
        for i in 0..n {
            let path = doc_path(hb, kind, i);
            let meta = match kind {
                Kind::Cycle => &hb.cycles[i].meta,
                Kind::Team => &hb.teams[i].meta,
                Kind::Principle => &hb.principles[i].meta,
                _ => &hb.pages[i].meta,
            };
            page_of_file.insert(meta.file, path);
            if kind == Kind::Page && hb.pages[i].path.is_empty() {
                continue; // the home page text is part of the home page
            }
            pages.push(Page::Doc(kind, i));
            if kind == Kind::Cycle {
                pages.push(Page::Alignment(i));
            }
        }
    }
    pages.extend([
        Page::Home,
        Page::Index(Kind::Cycle),
        Page::Index(Kind::Team),
        Page::Index(Kind::Principle),
        Page::People,
        Page::Warnings,
        Page::NotFound,
    ]);
    // Pages that list a whole cycle or handbook are the slowest; rendered first, they
    // run beside the many small pages instead of trailing after them on one core.
    let heavy = |p: &Page| {
        matches!(
            p,
            Page::Home | Page::People | Page::Warnings | Page::Index(_) | Page::Alignment(_)
        ) || matches!(p, Page::Doc(Kind::Cycle | Kind::Team | Kind::Principle, _))
    };
    let (mut first, rest): (Vec<Page>, Vec<Page>) = pages.into_iter().partition(heavy);
    first.extend(rest);
    (first, page_of_file)
}

/// Renders the whole site into memory, sorted by path (tests, small handbooks).
pub fn render_site(
    root: &Path,
    checked: &Checked,
    opts: &SiteOptions,
) -> Result<Vec<SiteFile>, SiteError> {
    let site = Site::new(root, checked, opts)?;
    let files = std::sync::Mutex::new(Vec::new());
    site.render_all::<SiteError>(&|f| {
        files.lock().unwrap_or_else(|e| e.into_inner()).push(f);
        Ok(())
    })?;
    let mut files = files.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files.dedup_by(|a, b| a.0 == b.0);
    Ok(files)
}

/// Titles and page paths of all cycles (newest first), teams or principles (by title).
fn sorted_docs(hb: &Handbook, kind: Kind) -> Vec<(String, String)> {
    let metas: Vec<&crate::model::Meta> = match kind {
        Kind::Cycle => hb.cycles.iter().map(|c| &c.meta).collect(),
        Kind::Team => hb.teams.iter().map(|c| &c.meta).collect(),
        _ => hb.principles.iter().map(|c| &c.meta).collect(),
    };
    let mut v: Vec<(&str, String, String)> = metas
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.as_str(), m.title.clone(), doc_path(hb, kind, i)))
        .collect();
    if kind == Kind::Cycle {
        v.sort_by(|a, b| b.0.cmp(a.0)); // newest cycle first
    } else {
        v.sort_by(|a, b| (&a.1, a.0).cmp(&(&b.1, b.0)));
    }
    v.into_iter()
        .map(|(_, title, path)| (title, path))
        .collect()
}

fn nav_list(index: &str, docs: &[(String, String)]) -> NavList {
    NavList {
        path: index.to_string(),
        items: docs
            .iter()
            .take(NAV_LIMIT)
            .map(|(title, path)| NavItem {
                title: title.clone(),
                path: path.clone(),
            })
            .collect(),
        total: docs.len(),
    }
}

fn sitemap(base: &str, mut urls: Vec<String>) -> Vec<u8> {
    let base = format!("{}/", base.trim_end_matches('/'));
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    urls.sort();
    for u in urls {
        s.push_str(&format!(
            "  <url><loc>{}</loc></url>\n",
            charts::esc(&format!("{base}{u}"))
        ));
    }
    s.push_str("</urlset>\n");
    s.into_bytes()
}

/// The pages of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    Home,
    Doc(Kind, usize),
    Alignment(usize),
    /// The list of all cycles, teams or principles.
    Index(Kind),
    People,
    Warnings,
    NotFound,
}

impl Page {
    fn path(&self, hb: &Handbook) -> String {
        match self {
            Page::Home | Page::NotFound => String::new(),
            Page::Doc(kind, i) => doc_path(hb, *kind, *i),
            Page::Alignment(i) => format!("cycles/{}/alignment/", hb.cycles[*i].meta.id),
            Page::Index(kind) => format!("{}/", kind.folder().unwrap_or("pages")),
            Page::People => "people/".into(),
            Page::Warnings => "warnings/".into(),
        }
    }

    /// Puts the page's data into the context; returns the template to use.
    fn fill(&self, ctx: &Ctx<'_>, index: &LinkIndex, path: &str, c: &mut Context) -> &'static str {
        let hb = ctx.hb;
        let md =
            |file: usize, body: &str| markdown::render(hb, index, &ctx.linker, file, body, path);
        match *self {
            Page::Home => {
                let intro = hb
                    .pages
                    .iter()
                    .find(|p| p.path.is_empty())
                    .map(|p| md(p.meta.file, &p.meta.body))
                    .unwrap_or_default();
                c.insert("intro", &intro);
                c.insert("page_title", ctx.t("home.title"));
                if let Some(cy) = hb.current_cycle {
                    c.insert("cycle", &cycle_view(ctx, path, cy, true));
                }
                c.insert("latest_checkins", &latest_checkins(ctx, path, 10));
                "index.html"
            }
            Page::Doc(Kind::Objective, i) => {
                let mut o = ctx.objective(path, i, true);
                o.body = md(hb.objectives[i].meta.file, &hb.objectives[i].meta.body);
                c.insert("page_title", &o.title);
                c.insert("objective", &o);
                "objective.html"
            }
            Page::Doc(Kind::KeyResult, k) => {
                let kr = ctx.key_result(path, k, true, true);
                let body = md(hb.key_results[k].meta.file, &hb.key_results[k].meta.body);
                c.insert("page_title", &kr.title);
                c.insert("kr", &kr);
                c.insert("body", &body);
                "key_result.html"
            }
            Page::Doc(Kind::Cycle, i) => {
                let cy = cycle_view(ctx, path, i, false);
                c.insert("page_title", &cy.title);
                c.insert("body", &md(hb.cycles[i].meta.file, &hb.cycles[i].meta.body));
                c.insert("cycle", &cy);
                "cycle.html"
            }
            Page::Alignment(i) => {
                let cy = cycle_view(ctx, path, i, false);
                c.insert(
                    "page_title",
                    &format!("{} · {}", ctx.t("alignment.title"), cy.title),
                );
                c.insert("tree", &alignment_tree(ctx, path, i));
                c.insert("cycle", &cy);
                "alignment.html"
            }
            Page::Doc(Kind::Team, t) => {
                let team = &hb.teams[t];
                let own = &ctx.by_team[t];
                let cycles: Vec<TeamCycle> = {
                    let mut v: Vec<usize> = own
                        .iter()
                        .filter_map(|&o| hb.objectives[o].cycle.as_ref().and_then(|c| c.target))
                        .collect();
                    v.sort_by(|a, b| hb.cycles[*b].start.cmp(&hb.cycles[*a].start).then(a.cmp(b)));
                    v.dedup();
                    v.into_iter()
                        .map(|cy| TeamCycle {
                            cycle: ctx.link(path, Kind::Cycle, cy, &hb.cycles[cy].meta),
                            numbers: ctx.numbers(&hb.team_progress(t, cy)),
                            objectives: own
                                .iter()
                                .filter(|&&o| {
                                    hb.objectives[o].cycle.as_ref().and_then(|c| c.target)
                                        == Some(cy)
                                })
                                .map(|&o| ctx.objective(path, o, false))
                                .collect(),
                        })
                        .collect()
                };
                let contributes = ctx.objective_links(path, &ctx.by_contributor[t]);
                c.insert("page_title", &team.meta.title);
                c.insert(
                    "team",
                    &TeamView {
                        title: team.meta.title.clone(),
                        lead: team.lead.clone(),
                        members: team.members.clone(),
                        parent: team
                            .parent
                            .as_ref()
                            .and_then(|p| p.target)
                            .map(|p| ctx.link(path, Kind::Team, p, &hb.teams[p].meta)),
                        children: (0..hb.teams.len())
                            .filter(|&s| {
                                hb.teams[s].parent.as_ref().and_then(|p| p.target) == Some(t)
                            })
                            .map(|s| ctx.link(path, Kind::Team, s, &hb.teams[s].meta))
                            .collect(),
                        cycles,
                        contributes,
                        body: md(team.meta.file, &team.meta.body),
                        findings: ctx.findings_at(path, &hb.files[team.meta.file].path, None),
                    },
                );
                "team.html"
            }
            Page::Doc(Kind::Principle, p) => {
                let pr = &hb.principles[p];
                let mut by_cycle: BTreeMap<(jiff::civil::Date, usize), Vec<usize>> =
                    BTreeMap::new();
                for (o, obj) in hb.objectives.iter().enumerate() {
                    if hb.is_published(obj) && obj.principles.iter().any(|r| r.target == Some(p)) {
                        if let Some(cy) = obj.cycle.as_ref().and_then(|c| c.target) {
                            by_cycle
                                .entry((hb.cycles[cy].start, cy))
                                .or_default()
                                .push(o);
                        }
                    }
                }
                let serving: Vec<(LinkView, Vec<LinkView>)> = by_cycle
                    .into_iter()
                    .rev()
                    .map(|((_, cy), os)| {
                        (
                            ctx.link(path, Kind::Cycle, cy, &hb.cycles[cy].meta),
                            ctx.objective_links(path, &os),
                        )
                    })
                    .collect();
                c.insert("page_title", &pr.meta.title);
                c.insert(
                    "principle",
                    &PrincipleView {
                        title: pr.meta.title.clone(),
                        summary: pr.summary.clone(),
                        body: md(pr.meta.file, &pr.meta.body),
                        serving: serving
                            .into_iter()
                            .map(|(cycle, objectives)| CycleGroup { cycle, objectives })
                            .collect(),
                        orphan: !hb.cycles_now().is_empty() && ctx.serving_now[p] == 0,
                        findings: ctx.findings_at(path, &hb.files[pr.meta.file].path, None),
                    },
                );
                "principle.html"
            }
            Page::Doc(Kind::Page, p) => {
                let pg = &hb.pages[p];
                c.insert("page_title", &pg.meta.title);
                c.insert("body", &md(pg.meta.file, &pg.meta.body));
                c.insert(
                    "findings",
                    &ctx.findings_at(path, &hb.files[pg.meta.file].path, None),
                );
                "page.html"
            }
            Page::Index(kind) => {
                let (title, rows) = index_rows(ctx, path, kind);
                c.insert("page_title", ctx.t(title));
                c.insert("rows", &rows);
                c.insert("kind", kind.folder().unwrap_or("pages"));
                "list.html"
            }
            Page::People => {
                c.insert("page_title", ctx.t("people.title"));
                c.insert("people", &people(ctx, path));
                "people.html"
            }
            Page::Warnings => {
                let mut by_file: BTreeMap<&str, Vec<views::FindingView>> = BTreeMap::new();
                for d in ctx.findings.values().flatten() {
                    by_file
                        .entry(d.file.as_str())
                        .or_default()
                        .push(ctx.finding(path, d));
                }
                let groups: Vec<FileFindings> = by_file
                    .into_iter()
                    .map(|(file, mut findings)| {
                        findings.sort_by(|a, b| (a.line, &a.rule).cmp(&(b.line, &b.rule)));
                        FileFindings {
                            file: file.to_string(),
                            page: findings.first().and_then(|f| f.page.clone()),
                            findings,
                        }
                    })
                    .collect();
                c.insert("page_title", ctx.t("warnings.title"));
                c.insert("groups", &groups);
                "warnings.html"
            }
            Page::NotFound => {
                c.insert("page_title", ctx.t("notfound.title"));
                "404.html"
            }
        }
    }
}

#[derive(Serialize)]
struct FileFindings {
    file: String,
    page: Option<String>,
    findings: Vec<views::FindingView>,
}

#[derive(Serialize)]
struct CycleGroup {
    cycle: LinkView,
    objectives: Vec<LinkView>,
}

#[derive(Serialize)]
struct PrincipleView {
    title: String,
    summary: Option<String>,
    body: String,
    serving: Vec<CycleGroup>,
    orphan: bool,
    findings: Vec<views::FindingView>,
}

#[derive(Serialize)]
struct TeamCycle {
    cycle: LinkView,
    #[serde(flatten)]
    numbers: views::ProgressView,
    objectives: Vec<views::ObjectiveView>,
}

#[derive(Serialize)]
struct TeamView {
    title: String,
    lead: Option<String>,
    members: Vec<String>,
    parent: Option<LinkView>,
    children: Vec<LinkView>,
    cycles: Vec<TeamCycle>,
    contributes: Vec<LinkView>,
    body: String,
    findings: Vec<views::FindingView>,
}

#[derive(Serialize)]
struct CycleView {
    id: String,
    title: String,
    url: String,
    alignment_url: String,
    start: String,
    end: String,
    running: bool,
    ended: bool,
    #[serde(flatten)]
    numbers: views::ProgressView,
    counts: BTreeMap<String, usize>,
    teams: Vec<TeamGroup>,
    team_chart: String,
    grades: Vec<(String, String, usize)>,
    objectives_total: usize,
}

#[derive(Serialize)]
struct TeamGroup {
    team: Option<LinkView>,
    objectives: Vec<views::ObjectiveView>,
}

fn cycle_view(ctx: &Ctx<'_>, path: &str, i: usize, brief: bool) -> CycleView {
    let hb = ctx.hb;
    let cy = &hb.cycles[i];
    let objectives = ctx.cycle_objectives(i);
    let mut counts: BTreeMap<String, usize> =
        ["done", "on-track", "at-risk", "off-track", "not-started"]
            .iter()
            .map(|s| (s.to_string(), 0))
            .collect();
    let mut grades: BTreeMap<&str, usize> = BTreeMap::new();
    for &o in &objectives {
        if let Some(s) = hb.objectives[o].computed.status {
            *counts.entry(s.id().to_string()).or_default() += 1;
        }
        if let Some(b) = hb.objectives[o].computed.band {
            *grades.entry(b.id()).or_default() += 1;
        }
    }
    let mut teams: Vec<TeamGroup> = Vec::new();
    if !brief {
        for &o in &objectives {
            let team = hb.objectives[o].team.as_ref().and_then(|t| t.target);
            let view = ctx.objective(path, o, false);
            match teams.last_mut() {
                Some(g)
                    if g.team.as_ref().map(|l| &l.title)
                        == team.map(|t| &hb.teams[t].meta.title) =>
                {
                    g.objectives.push(view)
                }
                _ => teams.push(TeamGroup {
                    team: team.map(|t| ctx.link(path, Kind::Team, t, &hb.teams[t].meta)),
                    objectives: vec![view],
                }),
            }
        }
    }
    CycleView {
        id: cy.meta.id.clone(),
        title: cy.meta.title.clone(),
        url: ctx.linker.href(path, &doc_path(hb, Kind::Cycle, i)),
        alignment_url: ctx
            .linker
            .href(path, &format!("cycles/{}/alignment/", cy.meta.id)),
        start: cy.start.to_string(),
        end: cy.end.to_string(),
        running: cy.start <= hb.as_of && hb.as_of <= cy.end,
        ended: hb.as_of > cy.end,
        numbers: ctx.numbers(&cy.computed),
        counts,
        objectives_total: objectives.len(),
        teams,
        team_chart: ctx.team_chart(i),
        grades: ["green", "yellow", "red"]
            .iter()
            .map(|b| {
                (
                    b.to_string(),
                    ctx.t(match *b {
                        "green" => "band.green",
                        "yellow" => "band.yellow",
                        _ => "band.red",
                    })
                    .to_string(),
                    grades.get(b).copied().unwrap_or(0),
                )
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct TreeRow {
    link: LinkView,
    #[serde(flatten)]
    numbers: views::ProgressView,
    team: Option<String>,
    depth: usize,
}

/// Objectives of a cycle as an indented list: roots are those whose parent is not in
/// the cycle, children follow their parent.
fn alignment_tree(ctx: &Ctx<'_>, path: &str, cycle: usize) -> Vec<TreeRow> {
    let hb = ctx.hb;
    let in_cycle: Vec<usize> = ctx.cycle_objectives(cycle);
    let set: std::collections::HashSet<usize> = in_cycle.iter().copied().collect();
    let mut rows = Vec::new();
    let mut stack: Vec<(usize, usize)> = in_cycle
        .iter()
        .rev()
        .filter(|&&o| {
            hb.objectives[o]
                .parent
                .as_ref()
                .and_then(|p| p.target)
                .is_none_or(|p| !set.contains(&p))
        })
        .map(|&o| (o, 0))
        .collect();
    let mut seen = std::collections::HashSet::new();
    while let Some((o, depth)) = stack.pop() {
        // Loops are reported by `check`; each objective is shown once.
        if !seen.insert(o) {
            continue;
        }
        let obj = &hb.objectives[o];
        rows.push(TreeRow {
            link: ctx.link(path, Kind::Objective, o, &obj.meta),
            numbers: ctx.numbers(&obj.computed),
            team: obj
                .team
                .as_ref()
                .and_then(|t| t.target)
                .map(|t| hb.teams[t].meta.title.clone()),
            depth,
        });
        let mut kids: Vec<usize> = obj
            .children
            .iter()
            .copied()
            .filter(|c| set.contains(c))
            .collect();
        kids.sort_by(|a, b| {
            hb.objectives[*b]
                .meta
                .title
                .cmp(&hb.objectives[*a].meta.title)
        });
        stack.extend(kids.into_iter().map(|c| (c, depth + 1)));
    }
    rows
}

#[derive(Serialize)]
struct RecentCheckin {
    date: String,
    kr: LinkView,
    value: String,
    note: Option<String>,
}

fn latest_checkins(ctx: &Ctx<'_>, path: &str, n: usize) -> Vec<RecentCheckin> {
    let hb = ctx.hb;
    let mut all: Vec<(jiff::civil::Date, usize, usize)> = Vec::new();
    for (k, kr) in hb.key_results.iter().enumerate() {
        if !hb.objective_of(kr).is_some_and(|o| hb.is_published(o)) {
            continue;
        }
        for (j, c) in kr.checkins.iter().enumerate() {
            if c.date <= hb.as_of {
                all.push((c.date, k, j));
            }
        }
    }
    all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    all.into_iter()
        .take(n)
        .map(|(date, k, j)| {
            let kr = &hb.key_results[k];
            let c = &kr.checkins[j];
            let unit = kr
                .unit
                .as_deref()
                .map(|u| format!(" {u}"))
                .unwrap_or_default();
            RecentCheckin {
                date: date.to_string(),
                kr: ctx.link(path, Kind::KeyResult, k, &kr.meta),
                value: match (c.value, c.done) {
                    (Some(v), _) => format!("{}{unit}", ctx.num(v)),
                    (None, Some(true)) => ctx.t("kr.done").to_string(),
                    _ => ctx.t("kr.open").to_string(),
                },
                note: c.note.clone(),
            }
        })
        .collect()
}

#[derive(Serialize)]
struct Person {
    name: String,
    anchor: String,
    objectives: Vec<LinkView>,
    key_results: Vec<LinkView>,
    leads: Vec<LinkView>,
}

fn people(ctx: &Ctx<'_>, path: &str) -> Vec<Person> {
    let hb = ctx.hb;
    let mut map: BTreeMap<String, Person> = BTreeMap::new();
    fn entry<'m>(map: &'m mut BTreeMap<String, Person>, name: &str) -> &'m mut Person {
        map.entry(name.to_string()).or_insert_with(|| Person {
            name: name.to_string(),
            anchor: urls::person_slug(name),
            objectives: Vec::new(),
            key_results: Vec::new(),
            leads: Vec::new(),
        })
    }
    for (i, o) in hb.objectives.iter().enumerate() {
        if let (Some(owner), true) = (&o.owner, hb.is_published(o)) {
            entry(&mut map, owner)
                .objectives
                .push(ctx.link(path, Kind::Objective, i, &o.meta));
        }
    }
    for (k, kr) in hb.key_results.iter().enumerate() {
        if let (Some(owner), true) = (
            &kr.owner,
            hb.objective_of(kr).is_some_and(|o| hb.is_published(o)),
        ) {
            entry(&mut map, owner)
                .key_results
                .push(ctx.link(path, Kind::KeyResult, k, &kr.meta));
        }
    }
    for (t, team) in hb.teams.iter().enumerate() {
        if let Some(lead) = &team.lead {
            entry(&mut map, lead)
                .leads
                .push(ctx.link(path, Kind::Team, t, &team.meta));
        }
    }
    map.into_values().collect()
}

/// One line of an index page: the document, a short text and its numbers.
#[derive(Serialize)]
struct IndexRow {
    link: LinkView,
    text: Option<String>,
    numbers: Option<views::ProgressView>,
    count: Option<usize>,
}

/// The rows of the cycles, teams or principles index, in the navigation's order.
fn index_rows(ctx: &Ctx<'_>, path: &str, kind: Kind) -> (&'static str, Vec<IndexRow>) {
    let hb = ctx.hb;
    let current = hb.current_cycle;
    let in_current = |o: usize| {
        current.is_some() && hb.objectives[o].cycle.as_ref().and_then(|c| c.target) == current
    };
    let rows = match kind {
        Kind::Cycle => {
            let mut order: Vec<usize> = (0..hb.cycles.len()).collect();
            order.sort_by(|a, b| hb.cycles[*b].meta.id.cmp(&hb.cycles[*a].meta.id));
            order
                .into_iter()
                .map(|i| {
                    let cy = &hb.cycles[i];
                    IndexRow {
                        link: ctx.link(path, Kind::Cycle, i, &cy.meta),
                        text: Some(format!("{} – {}", cy.start, cy.end)),
                        numbers: Some(ctx.numbers(&cy.computed)),
                        count: Some(ctx.by_cycle[i].len()),
                    }
                })
                .collect()
        }
        Kind::Team => {
            let mut order: Vec<usize> = (0..hb.teams.len()).collect();
            order.sort_by(|a, b| {
                (&hb.teams[*a].meta.title, &hb.teams[*a].meta.id)
                    .cmp(&(&hb.teams[*b].meta.title, &hb.teams[*b].meta.id))
            });
            order
                .into_iter()
                .map(|t| IndexRow {
                    link: ctx.link(path, Kind::Team, t, &hb.teams[t].meta),
                    text: hb.teams[t].lead.clone(),
                    numbers: current.map(|cy| ctx.numbers(&hb.team_progress(t, cy))),
                    count: Some(ctx.by_team[t].iter().filter(|&&o| in_current(o)).count()),
                })
                .collect()
        }
        _ => {
            let mut order: Vec<usize> = (0..hb.principles.len()).collect();
            order.sort_by(|a, b| {
                (&hb.principles[*a].meta.title, &hb.principles[*a].meta.id)
                    .cmp(&(&hb.principles[*b].meta.title, &hb.principles[*b].meta.id))
            });
            order
                .into_iter()
                .map(|p| IndexRow {
                    link: ctx.link(path, Kind::Principle, p, &hb.principles[p].meta),
                    text: hb.principles[p].summary.clone(),
                    numbers: None,
                    count: Some(ctx.serving_now[p]),
                })
                .collect()
        }
    };
    let title = match kind {
        Kind::Cycle => "nav.cycles",
        Kind::Team => "nav.teams",
        _ => "nav.principles",
    };
    (title, rows)
}

/// Percent of a share, for templates that need a number.
pub fn pct(v: Option<f64>) -> Option<u32> {
    v.map(percent)
}
