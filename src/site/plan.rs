//! Which pages a handbook has, in the order they are rendered, and which page shows
//! each document's file (for links from findings).

use std::collections::HashSet;

use foldhash::{HashMap, HashMapExt};

use super::urls::doc_path;
use super::Page;
use crate::diagnostic::{Diagnostic, Pos, Rule};
use crate::lang::Language;
use crate::model::{Handbook, Kind};

/// The pages that show the handbook as a whole rather than one document: every change
/// can show on them, so `serve` renders them again after each change.
pub const ROLL_UPS: [Page; 7] = [
    Page::Home,
    Page::Index(Kind::Cycle),
    Page::Index(Kind::Team),
    Page::Index(Kind::Principle),
    Page::Index(Kind::Page),
    Page::People,
    Page::Warnings,
];

/// The pages of a handbook, and the page of each document's file (for findings).
pub fn plan_pages(hb: &Handbook) -> (Vec<Page>, HashMap<usize, String>) {
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
                pages.push(Page::Print(i));
            }
        }
    }
    pages.extend(ROLL_UPS);
    pages.extend((0..hb.people.len()).map(Page::Person));
    pages.push(Page::NotFound);
    // Pages that list a whole cycle or handbook are the slowest; rendered first, they
    // run beside the many small pages instead of trailing after them on one core.
    let heavy = |p: &Page| p.is_large() || matches!(p, Page::Doc(Kind::Team | Kind::Principle, _));
    let (mut first, rest): (Vec<Page>, Vec<Page>) = pages.into_iter().partition(heavy);
    first.extend(rest);
    (first, page_of_file)
}

/// What okrbook writes at a site path, for the message of `path-collision`.
fn generated(hb: &Handbook, page: Page, lang: Language) -> String {
    let (en, de): (String, String) = match page {
        Page::Home => ("the home page".into(), "die Startseite".into()),
        Page::Doc(kind, i) => {
            let id = &hb.meta(kind, i).id;
            (
                format!("the page of the {} `{id}`", kind.noun(Language::En)),
                format!("die Seite von `{id}` ({})", kind.noun(Language::De)),
            )
        }
        Page::Alignment(_) => ("an alignment page".into(), "eine Ausrichtungsseite".into()),
        Page::Print(_) => ("a print view".into(), "eine Druckansicht".into()),
        Page::Index(_) => ("an index page".into(), "eine Übersichtsseite".into()),
        Page::People => ("the people page".into(), "die Personenseite".into()),
        Page::Person(i) => {
            let name = &hb.people[i].name;
            (
                format!("the page of {name}"),
                format!("die Seite von {name}"),
            )
        }
        Page::Warnings => ("the warnings page".into(), "die Hinweisseite".into()),
        Page::NotFound => (
            "the page for unknown addresses".into(),
            "die Seite für unbekannte Adressen".into(),
        ),
    };
    lang.pick(en, de)
}

/// Files okrbook writes besides pages, by path; `static/` belongs to the theme as a whole.
fn reserved_file(hb: &Handbook, path: &str, lang: Language) -> Option<String> {
    let data = [
        "data/okrs.json",
        "data/okrs.schema.json",
        "data/okrs.csv",
        "sitemap.xml",
        "feed.xml",
        "404.html",
    ];
    let team_feed = path
        .strip_prefix("teams/")
        .and_then(|p| p.strip_suffix("/feed.xml"))
        .is_some_and(|id| hb.teams.iter().any(|t| t.meta.id == id));
    if path.starts_with("static/") {
        Some(
            lang.pick(
                "the theme's files under static/",
                "die Dateien des Themes unter static/",
            )
            .into(),
        )
    } else if data.contains(&path) || team_feed {
        Some(
            lang.pick("its own data file", "eine eigene Datendatei")
                .into(),
        )
    } else {
        None
    }
}

/// `path-collision`: a file under `content/` (a free page or a published asset) whose
/// place in the site is a page or file okrbook makes, or another content file's.
/// Reported at line 1 of the file, naming both; the site is not written, so no build
/// decides by a race.
pub fn collisions(hb: &Handbook) -> Vec<Diagnostic> {
    let lang = hb.config.language;
    // Content files in path order: a free page, then the assets.
    let mut content: Vec<(String, String)> = hb
        .pages
        .iter()
        .filter(|p| !p.path.is_empty())
        .map(|p| {
            (
                format!("{}index.html", p.path),
                hb.file_path(&p.meta).to_string(),
            )
        })
        .collect();
    // An asset left out of the site (an HTML or SVG file without `unsafe_html`) is
    // written nowhere, so it collides with nothing.
    content.extend(super::assets::published(hb).map(|a| (a.clone(), format!("content/{a}"))));
    if content.is_empty() {
        return Vec::new();
    }
    content.sort_by(|a, b| a.1.cmp(&b.1));
    // Only the generated pages at a content file's path are named (there are few).
    let wanted: HashSet<&str> = content.iter().map(|(site, _)| site.as_str()).collect();
    let mut taken: HashMap<String, String> = HashMap::new();
    let (pages, _) = plan_pages(hb);
    for &p in &pages {
        if !matches!(p, Page::Doc(Kind::Page, _)) {
            let file = page_file(hb, p);
            if wanted.contains(file.as_str()) {
                taken.insert(file, generated(hb, p, lang));
            }
        }
    }
    let mut out = Vec::new();
    for (site, file) in &content {
        let other = taken
            .get(site)
            .cloned()
            .or_else(|| reserved_file(hb, site, lang));
        match other {
            Some(other) => out.push(collision(file, site, &other, lang)),
            None => {
                let other = lang.pick("the content file", "die Inhaltsdatei");
                taken.insert(site.clone(), format!("{other} `{file}`"));
            }
        }
    }
    out
}

fn collision(file: &str, site: &str, other: &str, lang: Language) -> Diagnostic {
    Diagnostic::new(
        Rule::PathCollision,
        file,
        Pos::line(1),
        say!(
            lang,
            "this file would be written to `{site}`, where okrbook writes {other}",
            "Diese Datei würde nach `{site}` geschrieben, wohin okrbook {other} schreibt"
        ),
    )
    .with_help(say!(
        lang,
        "rename the file or move it into another folder under content/",
        "Die Datei umbenennen oder in einen anderen Ordner unter content/ verschieben"
    ))
}

/// The file a page is written to, below the site root.
pub fn page_file(hb: &Handbook, page: Page) -> String {
    match page {
        Page::NotFound => "404.html".to_string(),
        _ => format!("{}index.html", page.path(hb)),
    }
}
