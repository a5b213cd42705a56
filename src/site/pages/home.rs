//! The home page: the handbook's own text, the running cycle, the latest check-ins.

use tera::Context;

use super::super::context::Ctx;
use super::super::urls::doc_path;
use super::{cycle, Md};
use crate::model::Kind;

/// Key results that need attention shown on the home page (the worst first).
const HOME_ATTENTION: usize = 20;

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
    // The worst few; all of them are on the cycle page.
    let (attention, total) = ctx.attention_top(path, HOME_ATTENTION, |_| true);
    let more = total - attention.len();
    if let (true, Some(cy)) = (more > 0, hb.current_cycle) {
        let url = ctx.linker.href(path, &doc_path(hb, Kind::Cycle, cy));
        c.insert("more_url", &format!("{url}#attention-cycle"));
        c.insert(
            "more_text",
            &ctx.t("attention.more").replace("{n}", &more.to_string()),
        );
    }
    c.insert("attention", &attention);
    "index.html"
}
