//! The home page: the handbook's own text, the running cycle, the latest check-ins.

use tera::Context;

use super::super::context::Ctx;
use super::{cycle, Md};

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
    let published = (0..hb.key_results.len()).filter(|&k| {
        hb.objective_of(&hb.key_results[k])
            .is_some_and(|o| hb.is_published(o))
    });
    c.insert("latest_checkins", &ctx.checkin_rows(path, published, 10));
    c.insert("attention", &ctx.attention_list(path, |_| true));
    "index.html"
}
