//! Which pages a handbook has, in the order they are rendered, and which page shows
//! each document's file (for links from findings).

use std::collections::HashMap;

use super::urls::doc_path;
use super::Page;
use crate::model::{Handbook, Kind};

/// The pages that show the handbook as a whole rather than one document: every change
/// can show on them, so `serve` renders them again after each change.
pub const ROLL_UPS: [Page; 6] = [
    Page::Home,
    Page::Index(Kind::Cycle),
    Page::Index(Kind::Team),
    Page::Index(Kind::Principle),
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
            }
        }
    }
    pages.extend(ROLL_UPS);
    pages.push(Page::NotFound);
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
