//! A free page of the handbook (a guide, a glossary): its Markdown and its findings.

use tera::Context;

use super::super::context::Ctx;
use super::Md;

/// The free page `p`.
pub fn fill(ctx: &Ctx<'_>, md: &Md<'_>, path: &str, p: usize, c: &mut Context) -> &'static str {
    let hb = ctx.hb;
    let pg = &hb.pages[p];
    c.insert("page_title", &pg.meta.title);
    c.insert("body", &md(pg.meta.file, &pg.meta.body));
    c.insert(
        "findings",
        &ctx.findings_at(path, &hb.files[pg.meta.file].path, None),
    );
    "page.html"
}
