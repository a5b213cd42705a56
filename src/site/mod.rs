//! The handbook site: every page rendered into memory from the checked handbook, then
//! written to disk (`build`) or served (`serve`). This module plans and renders pages;
//! what each kind of page shows is in `pages/`, one module per page kind.

pub mod assets;
pub mod charts;
pub mod context;
pub mod data;
mod escape;
pub mod export;
pub mod feeds;
pub mod history;
pub mod i18n;
pub mod markdown;
pub mod nav;
pub mod pages;
pub mod plan;
pub mod search;
pub mod theme;
pub mod urls;
pub mod write;

use foldhash::{HashMap, HashMapExt};
use std::path::Path;

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::check::Checked;
use crate::model::{Handbook, Kind};
use context::Ctx;
use i18n::Strings;
use theme::Theme;
use urls::{doc_path, Linker};

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
    #[error("two files of the site would be written to `{0}` (a content file where okrbook writes a page or file of its own); rename one")]
    Collision(String),
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
        tera.set_escape_fn(escape::html);
        tera.add_raw_templates(theme.templates())
            .map_err(template_error)?;
        Ok(Renderer {
            tera,
            theme,
            strings,
        })
    }
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
    pages: Vec<Page>,
    base_url: Option<String>,
    /// The rendered navigation (`nav.html`) by the `root` of the pages that show it, as
    /// a Tera value that every page shares (cloning it shares the text).
    navs: HashMap<String, tera::Value>,
}

impl<'a> Site<'a> {
    pub fn new(
        root: &Path,
        checked: &'a Checked,
        opts: &SiteOptions,
    ) -> Result<Site<'a>, SiteError> {
        let site = Self::with_checked_paths(root, checked, opts)?;
        let started = std::time::Instant::now();
        site.one_writer_per_path()?;
        if crate::timings::enabled() {
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            eprintln!("timings: site: one writer per path {ms:.1} ms");
        }
        Ok(site)
    }

    /// A site whose paths are known to be taken once each: those of a site checked by
    /// [`Site::new`] whose documents kept their ids and files (`serve` after an edit).
    pub fn with_checked_paths(
        root: &Path,
        checked: &'a Checked,
        opts: &SiteOptions,
    ) -> Result<Site<'a>, SiteError> {
        let hb = &checked.handbook;
        let mut phases = crate::timings::Phases::start("site");
        let Renderer {
            mut tera,
            theme,
            strings,
        } = Renderer::new(root, hb)?;
        phases.mark("theme");
        let base_url = opts.base_url.clone().or_else(|| hb.config.base_url.clone());
        let linker = Linker::new(base_url.as_deref());

        let mut findings: HashMap<&str, Vec<&crate::diagnostic::Diagnostic>> = HashMap::new();
        for d in &checked.diagnostics {
            findings.entry(d.file.as_str()).or_default().push(d);
        }
        let (pages, page_of_file) = plan::plan_pages(hb);
        phases.mark("plan");
        let site = nav::site_view(hb, &strings, &checked.summary(), base_url.is_some());
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
                let nav = tera.render("nav.html", &c).map_err(template_error)?;
                slot.insert(tera::Value::from(nav));
            }
        }
        phases.mark("navigation");
        let ctx = Ctx::new(hb, strings, linker, findings, page_of_file);
        phases.mark("shared data");
        let site = Site {
            hb,
            root: root.to_path_buf(),
            tera,
            theme,
            ctx,
            pages,
            base_url,
            navs,
        };
        Ok(site)
    }

    /// No two files of the site share a path: otherwise the parallel writers would race
    /// and the winner would change from build to build. `check` reports such a file as
    /// `path-collision`; this holds even when that rule is switched off.
    fn one_writer_per_path(&self) -> Result<(), SiteError> {
        let mut seen = std::collections::HashSet::with_capacity(self.pages.len() + 64);
        let pages = self.pages.iter().map(|&p| self.page_file(p));
        for path in pages.chain(self.other_file_paths()) {
            if let Some(twice) = seen.replace(path) {
                return Err(SiteError::Collision(twice));
            }
        }
        Ok(())
    }

    /// Every page of the site, in a fixed order.
    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    /// The file a page is written to, below the site root.
    pub fn page_file(&self, page: Page) -> String {
        plan::page_file(self.hb, page)
    }

    /// Renders one page.
    pub fn render_page(&self, page: Page) -> Result<SiteFile, SiteError> {
        let path = page.path(self.hb);
        let linker = &self.ctx.linker;
        let mut c = Context::new();
        let root = linker.root(&path);
        let nav = self.navs.get(&root).cloned();
        c.insert_value("nav", nav.unwrap_or_else(|| tera::Value::from("")));
        c.insert("root", &root);
        c.insert("home", &linker.href(&path, ""));
        c.insert("path", &path);
        if page == Page::NotFound && self.base_url.is_none() {
            // The server shows this page at any address, at any depth: without a base
            // URL no relative link from it can be right, so it carries its own style and
            // no navigation.
            let css = self.theme.statics().find(|(n, _)| *n == "site.css");
            let css = css.map_or(String::new(), |(_, b)| String::from_utf8_lossy(b).into());
            c.insert("standalone", &true);
            c.insert("inline_css", &css);
            c.insert("home", "/");
        }
        let template = pages::fill(page, &self.ctx, &self.hb.links, &path, &mut c);
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
        let mut files = Vec::new();
        let Ok(()) = self.each_other_file::<std::convert::Infallible>(&mut |f| {
            files.push(f);
            Ok(())
        });
        files
    }

    /// Makes the files beside the pages one at a time, handing each to `put` before the
    /// next is made: the data files of a large handbook are tens of megabytes each.
    fn each_other_file<E>(&self, put: &mut dyn FnMut(SiteFile) -> Result<(), E>) -> Result<(), E> {
        for (name, bytes) in self.theme.statics() {
            put((format!("static/{name}"), bytes.to_vec()))?;
        }
        for file in assets::files(&self.root, self.hb) {
            put(file)?;
        }
        put((
            "data/okrs.json".into(),
            data::okrs_json(self.hb, &self.ctx.linker),
        ))?;
        put((
            "data/okrs.schema.json".into(),
            data::SCHEMA.as_bytes().to_vec(),
        ))?;
        put(("data/okrs.csv".into(), export::okrs_csv(self.hb)))?;
        put(("static/search-index.js".into(), search::index_js(&self.ctx)))?;
        let Some(base) = &self.base_url else {
            return Ok(());
        };
        let pages: Vec<String> = self
            .pages
            .iter()
            .filter(|p| !matches!(p, Page::NotFound | Page::Print(_)))
            .map(|p| p.path(self.hb))
            .collect();
        put(("sitemap.xml".into(), sitemap(base, pages)))?;
        let title = self.ctx.t("site.default_title");
        let site_title = self.hb.config.title.as_deref().unwrap_or(title);
        put((
            "feed.xml".into(),
            feeds::handbook_feed(self.hb, base, site_title),
        ))?;
        for (t, team) in self.hb.teams.iter().enumerate() {
            let title = format!("{} · {site_title}", team.meta.title);
            put((
                format!("{}feed.xml", doc_path(self.hb, Kind::Team, t)),
                feeds::team_feed(self.hb, base, t, &title),
            ))?;
        }
        Ok(())
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
        v.push("data/okrs.schema.json".into());
        v.push("data/okrs.csv".into());
        v.push("static/search-index.js".into());
        if self.base_url.is_some() {
            v.push("sitemap.xml".into());
            v.push("feed.xml".into());
            v.extend(
                (0..self.hb.teams.len())
                    .map(|t| format!("{}feed.xml", doc_path(self.hb, Kind::Team, t))),
            );
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
        let tally = crate::timings::Tally::new("pages");
        let one = |&page: &Page| {
            let started = std::time::Instant::now();
            let file = self.render_page(page)?;
            tally.add(|| page.kind_name(), started);
            put(file)
        };
        // A roll-up of a large handbook (a cycle, its print view, the alignment) needs
        // a context of many megabytes: those pages are rendered one after the other,
        // beside the many small ones, so that no two of them are held at once. The data
        // files, large and made in one piece each, come after them on the same thread.
        let (large, small): (Vec<Page>, Vec<Page>) = self.pages.iter().partition(|p| p.is_large());
        let (rollups, pages) = rayon::join(
            || -> Result<usize, E> {
                large.iter().try_for_each(one)?;
                let mut n = 0;
                self.each_other_file(&mut |file| {
                    n += 1;
                    put(file)
                })?;
                Ok(n)
            },
            || small.par_iter().try_for_each(one),
        );
        pages?;
        Ok(self.pages.len() + rollups?)
    }
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
    /// The whole cycle for printing.
    Print(usize),
    /// The list of all cycles, teams, principles or free pages.
    Index(Kind),
    People,
    /// One person's page (an index into `Handbook::people`).
    Person(usize),
    Warnings,
    NotFound,
}

impl Page {
    /// A page that rolls up many objectives: its context grows with the handbook.
    fn is_large(&self) -> bool {
        matches!(
            self,
            Page::Home
                | Page::Alignment(_)
                | Page::Print(_)
                | Page::Index(_)
                | Page::People
                | Page::Warnings
                | Page::Doc(Kind::Cycle, _)
        )
    }

    /// What kind of page this is, for timings: `objective`, `print`, `home` …
    pub fn kind_name(&self) -> String {
        match self {
            Page::Doc(kind, _) => format!("{kind:?}").to_lowercase(),
            other => format!("{other:?}")
                .split('(')
                .next()
                .unwrap_or("")
                .to_lowercase(),
        }
    }

    /// The page's folder below the site root (`objectives/x/`; `""` for home).
    pub fn path(&self, hb: &Handbook) -> String {
        match self {
            Page::Home | Page::NotFound => String::new(),
            Page::Doc(kind, i) => doc_path(hb, *kind, *i),
            Page::Alignment(i) => format!("cycles/{}/alignment/", hb.cycles[*i].meta.id),
            Page::Print(i) => format!("cycles/{}/print/", hb.cycles[*i].meta.id),
            Page::Index(kind) => format!("{}/", kind.folder().unwrap_or("pages")),
            Page::People => "people/".into(),
            Page::Person(i) => format!("people/{}/", hb.people[*i].slug),
            Page::Warnings => "warnings/".into(),
        }
    }
}
