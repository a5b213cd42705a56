//! The navigation every page shows, and the data all pages share (`site` in templates).

use serde::Serialize;

use super::i18n::Strings;
use super::urls::doc_path;
use crate::diagnostic::Summary;
use crate::model::{Handbook, Kind};

/// Data every page shares.
#[derive(Serialize)]
pub struct SiteView<'a> {
    title: &'a str,
    lang: &'a str,
    as_of: String,
    warnings: usize,
    errors: usize,
    cycles: NavList,
    teams: NavList,
    principles: NavList,
    /// The first free pages (at most `NAV_LIMIT`) and how many there are: a handbook with
    /// thousands of guides must not repeat all of them on every page.
    pages: Vec<NavPage>,
    pages_total: usize,
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

/// The shared page data of a handbook: its title, language, totals and navigation.
pub fn site_view<'a>(
    hb: &'a Handbook,
    strings: &'a Strings,
    summary: &Summary,
    absolute: bool,
) -> SiteView<'a> {
    SiteView {
        title: hb
            .config
            .title
            .as_deref()
            .unwrap_or(strings.get("site.default_title")),
        lang: hb.config.language.code(),
        as_of: crate::lang::date(hb.as_of, hb.config.language),
        warnings: summary.warnings,
        errors: summary.errors,
        cycles: nav_list("cycles/", &sorted_docs(hb, Kind::Cycle)),
        teams: nav_list("teams/", &sorted_docs(hb, Kind::Team)),
        principles: nav_list("principles/", &sorted_docs(hb, Kind::Principle)),
        pages: nav_pages(hb).into_iter().take(NAV_LIMIT).collect(),
        pages_total: hb.pages.iter().filter(|p| !p.path.is_empty()).count(),
        index: if absolute { "" } else { "index.html" },
    }
}

/// The free pages, grouped by folder.
fn nav_pages(hb: &Handbook) -> Vec<NavPage> {
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
