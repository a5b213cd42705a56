//! The home page: the handbook's own text, the running cycle, the latest check-ins.

use serde::Serialize;
use tera::Context;

use super::super::context::{Ctx, LinkView};
use super::{cycle, Md};
use crate::model::Kind;

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
            RecentCheckin {
                date: ctx.date(date),
                kr: ctx.link(path, Kind::KeyResult, k, &kr.meta),
                value: match (c.value, c.done) {
                    (Some(v), _) => ctx.value(v, kr.unit.as_deref()),
                    (None, Some(true)) => ctx.t("kr.done").to_string(),
                    _ => ctx.t("kr.open").to_string(),
                },
                note: c.note.clone(),
            }
        })
        .collect()
}

/// The home page.
pub fn fill(ctx: &Ctx<'_>, md: &Md<'_>, path: &str, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let intro = hb
        .pages
        .iter()
        .find(|p| p.path.is_empty())
        .map(|p| md(p.meta.file, &p.meta.body))
        .unwrap_or_default();
    c.insert("intro", &intro);
    c.insert("page_title", ctx.t("home.title"));
    if let Some(cy) = hb.current_cycle {
        c.insert("cycle", &cycle::view(ctx, path, cy, true));
    }
    c.insert("latest_checkins", &latest_checkins(ctx, path, 10));
    c.insert("attention", &ctx.attention_list(path, |_| true));
    "index.html"
}
