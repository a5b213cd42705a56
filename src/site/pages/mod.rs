//! What each kind of page shows: one module per page kind, each with its view structs
//! and the function that fills them. A reader looking for "what the team page shows"
//! finds it in `team.rs`.

pub mod alignment;
pub mod cycle;
pub mod home;
pub mod index;
pub mod key_result;
pub mod objective;
pub mod page;
pub mod people;
pub mod person;
pub mod principle;
pub mod print;
pub mod team;
pub mod warnings;

use tera::Context;

use super::context::Ctx;
use super::Page;
use crate::links::LinkIndex;
use crate::model::Kind;

/// A document's Markdown body (by file and text) as HTML for the page being rendered.
pub type Md<'a> = dyn Fn(usize, &str) -> String + 'a;

/// Puts the page's data into the context; returns the template to use.
pub fn fill(
    page: Page,
    ctx: &Ctx<'_>,
    index: &LinkIndex,
    path: &str,
    c: &mut Context,
) -> &'static str {
    let hb = ctx.hb;
    let md =
        |file: usize, body: &str| super::markdown::render(hb, index, &ctx.linker, file, body, path);
    match page {
        Page::Home => home::fill(ctx, &md, path, c),
        Page::Doc(Kind::Objective, i) => objective::fill(ctx, &md, path, i, c),
        Page::Doc(Kind::KeyResult, k) => key_result::fill(ctx, &md, path, k, c),
        Page::Doc(Kind::Cycle, i) => cycle::fill(ctx, &md, path, i, c),
        Page::Alignment(i) => alignment::fill(ctx, path, i, c),
        Page::Doc(Kind::Team, t) => team::fill(ctx, &md, path, t, c),
        Page::Doc(Kind::Principle, p) => principle::fill(ctx, &md, path, p, c),
        Page::Doc(Kind::Page, p) => page::fill(ctx, &md, path, p, c),
        Page::Index(kind) => index::fill(ctx, path, kind, c),
        Page::People => people::fill(ctx, path, c),
        Page::Person(i) => person::fill(ctx, path, i, c),
        Page::Print(i) => print::fill(ctx, path, i, c),
        Page::Warnings => warnings::fill(ctx, path, c),
        Page::NotFound => {
            c.insert("page_title", ctx.t("notfound.title"));
            "404.html"
        }
    }
}
