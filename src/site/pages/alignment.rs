//! A cycle's alignment: its objectives as a tree of parents and children.

use tera::Context;

use super::super::context::{serialize_with_numbers, Ctx, LinkView, ProgressView};
use super::cycle;
use crate::model::Kind;

struct TreeRow {
    link: LinkView,
    numbers: ProgressView,
    team: Option<String>,
    depth: usize,
}

serialize_with_numbers!(TreeRow { link, team, depth });

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

/// The alignment page of cycle `i`.
pub fn fill(ctx: &Ctx<'_>, path: &str, i: usize, c: &mut Context) -> &'static str {
    // The page shows the cycle's title and numbers only, not its lists.
    let cy = cycle::view(ctx, path, i, true);
    c.insert(
        "page_title",
        &format!("{} · {}", ctx.t("alignment.title"), cy.title),
    );
    c.insert("tree", &alignment_tree(ctx, path, i));
    c.insert("cycle", &cy);
    "alignment.html"
}
