//! The handbook site: every page rendered into memory from the checked handbook, then
//! written to disk (`build`) or served (`serve`).

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
    cycles: Vec<LinkView>,
    teams: Vec<LinkView>,
    principles: Vec<LinkView>,
    pages: Vec<NavPage>,
}

/// A free page in the navigation, with its folder for grouping.
#[derive(Serialize, Clone)]
struct NavPage {
    title: String,
    path: String,
    folder: String,
}

/// Renders the whole site into memory.
pub fn render_site(
    root: &Path,
    checked: &Checked,
    opts: &SiteOptions,
) -> Result<Vec<SiteFile>, SiteError> {
    let hb = &checked.handbook;
    let renderer = Renderer::new(root, hb)?;
    let base_url = opts.base_url.as_deref().or(hb.config.base_url.as_deref());
    let linker = Linker::new(base_url);
    let index = LinkIndex::new(hb);

    let mut findings: HashMap<&str, Vec<&crate::diagnostic::Diagnostic>> = HashMap::new();
    for d in &checked.diagnostics {
        findings.entry(d.file.as_str()).or_default().push(d);
    }
    let mut page_of_file = HashMap::new();
    let mut pages: Vec<Page> = Vec::new();
    let published: Vec<usize> = (0..hb.objectives.len())
        .filter(|&i| hb.is_published(&hb.objectives[i]))
        .collect();
    for &i in &published {
        page_of_file.insert(hb.objectives[i].meta.file, doc_path(hb, Kind::Objective, i));
        pages.push(Page::Doc(Kind::Objective, i));
    }
    for (i, kr) in hb.key_results.iter().enumerate() {
        if hb.objective_of(kr).is_some_and(|o| hb.is_published(o)) {
            if kr.objective_ref.is_some() {
                page_of_file.insert(kr.meta.file, doc_path(hb, Kind::KeyResult, i));
            }
            pages.push(Page::Doc(Kind::KeyResult, i));
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
    pages.extend([Page::Home, Page::People, Page::Warnings, Page::NotFound]);

    let ctx = Ctx {
        hb,
        strings: &renderer.strings,
        linker: &linker,
        findings,
        page_of_file,
    };
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

    let rendered: Result<Vec<SiteFile>, SiteError> = pages
        .par_iter()
        .map(|page| {
            let path = page.path(hb);
            let mut c = Context::new();
            let site = SiteView {
                title: hb
                    .config
                    .title
                    .as_deref()
                    .unwrap_or(renderer.strings.get("site.default_title")),
                lang: hb.config.language.code(),
                as_of: hb.as_of.to_string(),
                warnings: summary.warnings,
                errors: summary.errors,
                cycles: sorted_links(&ctx, &path, Kind::Cycle),
                teams: sorted_links(&ctx, &path, Kind::Team),
                principles: sorted_links(&ctx, &path, Kind::Principle),
                pages: nav_pages
                    .iter()
                    .map(|p| NavPage {
                        path: linker.href(&path, &p.path),
                        ..p.clone()
                    })
                    .collect(),
            };
            c.insert("site", &site);
            c.insert("t", renderer.strings.as_map());
            c.insert("root", &linker.root(&path));
            c.insert("home", &linker.href(&path, ""));
            c.insert("path", &path);
            let template = page.fill(&ctx, &index, &path, &mut c);
            let html = renderer.tera.render(template, &c).map_err(template_error)?;
            let file = if matches!(page, Page::NotFound) {
                "404.html".to_string()
            } else {
                format!("{path}index.html")
            };
            Ok((file, html.into_bytes()))
        })
        .collect();
    let mut files = rendered?;

    for (name, bytes) in renderer.theme.statics() {
        files.push((format!("static/{name}"), bytes.to_vec()));
    }
    for asset in &hb.assets {
        if let Ok(bytes) = std::fs::read(root.join("content").join(asset)) {
            files.push((asset.clone(), bytes));
        }
    }
    files.push(("data/okrs.json".into(), data::okrs_json(hb, &linker)));
    files.push(("static/search-index.js".into(), search::index_js(&ctx)));
    if let Some(base) = base_url {
        files.push(("sitemap.xml".into(), sitemap(base, &files)));
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files.dedup_by(|a, b| a.0 == b.0);
    Ok(files)
}

fn sorted_links(ctx: &Ctx<'_>, from: &str, kind: Kind) -> Vec<LinkView> {
    let hb = ctx.hb;
    let metas: Vec<&crate::model::Meta> = match kind {
        Kind::Cycle => hb.cycles.iter().map(|c| &c.meta).collect(),
        Kind::Team => hb.teams.iter().map(|c| &c.meta).collect(),
        _ => hb.principles.iter().map(|c| &c.meta).collect(),
    };
    let mut v: Vec<(String, LinkView)> = metas
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id.clone(), ctx.link(from, kind, i, m)))
        .collect();
    if kind == Kind::Cycle {
        v.sort_by(|a, b| b.0.cmp(&a.0)); // newest cycle first
    } else {
        v.sort_by(|a, b| a.1.title.cmp(&b.1.title));
    }
    v.into_iter().map(|(_, l)| l).collect()
}

fn sitemap(base: &str, files: &[SiteFile]) -> Vec<u8> {
    let base = format!("{}/", base.trim_end_matches('/'));
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    let mut urls: Vec<&str> = files
        .iter()
        .filter_map(|(p, _)| p.strip_suffix("index.html"))
        .collect();
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
enum Page {
    Home,
    Doc(Kind, usize),
    Alignment(usize),
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
            Page::People => "people/".into(),
            Page::Warnings => "warnings/".into(),
        }
    }

    /// Puts the page's data into the context; returns the template to use.
    fn fill(&self, ctx: &Ctx<'_>, index: &LinkIndex, path: &str, c: &mut Context) -> &'static str {
        let hb = ctx.hb;
        let md =
            |file: usize, body: &str| markdown::render(hb, index, ctx.linker, file, body, path);
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
                let kr = ctx.key_result(path, k, true);
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
                let cycles: Vec<TeamCycle> = {
                    let mut v: Vec<usize> = (0..hb.cycles.len())
                        .filter(|&cy| hb.team_objectives(t, cy).next().is_some())
                        .collect();
                    v.sort_by(|a, b| hb.cycles[*b].start.cmp(&hb.cycles[*a].start));
                    v.into_iter()
                        .map(|cy| TeamCycle {
                            cycle: ctx.link(path, Kind::Cycle, cy, &hb.cycles[cy].meta),
                            numbers: ctx.numbers(&hb.team_progress(t, cy)),
                            objectives: ctx
                                .cycle_objectives(cy)
                                .into_iter()
                                .filter(|&o| {
                                    hb.objectives[o].team.as_ref().and_then(|r| r.target) == Some(t)
                                })
                                .map(|o| ctx.objective(path, o, false))
                                .collect(),
                        })
                        .collect()
                };
                let contributes: Vec<LinkView> = {
                    let ids: Vec<usize> = (0..hb.objectives.len())
                        .filter(|&o| {
                            hb.objectives[o]
                                .contributors
                                .iter()
                                .any(|r| r.target == Some(t))
                        })
                        .collect();
                    ctx.objective_links(path, &ids)
                };
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
                let current = hb.current_cycle;
                let served_now = current.is_some_and(|cy| {
                    hb.objectives.iter().any(|o| {
                        hb.is_published(o)
                            && o.cycle.as_ref().and_then(|c| c.target) == Some(cy)
                            && o.principles.iter().any(|r| r.target == Some(p))
                    })
                });
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
                        orphan: current.is_some() && !served_now,
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

/// Percent of a share, for templates that need a number.
pub fn pct(v: Option<f64>) -> Option<u32> {
    v.map(percent)
}
