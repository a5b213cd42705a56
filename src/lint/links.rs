//! `broken-link`: Markdown links to missing documents, files or anchors.

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Rule};
use crate::links::{find_links, LinkIndex};
use crate::model::{Handbook, Meta};

pub fn broken_link(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let index = LinkIndex::new(hb);
    let metas: Vec<&Meta> = hb
        .cycles
        .iter()
        .map(|d| &d.meta)
        .chain(hb.teams.iter().map(|d| &d.meta))
        .chain(hb.principles.iter().map(|d| &d.meta))
        .chain(hb.objectives.iter().map(|d| &d.meta))
        .chain(
            hb.key_results
                .iter()
                .filter(|k| k.objective_ref.is_some())
                .map(|d| &d.meta),
        )
        .chain(hb.pages.iter().map(|d| &d.meta))
        .collect();
    let found: Vec<Diagnostic> = metas
        .par_iter()
        .flat_map_iter(|meta| {
            let file = hb.file_path(meta);
            find_links(&meta.body, meta.body_line)
                .into_iter()
                .filter_map(|link| match index.resolve(hb, file, meta.file, &link) {
                    Ok(_) => None,
                    Err(b) => Some(
                        Diagnostic::new(Rule::BrokenLink, file, link.pos, b.message)
                            .with_help(b.help),
                    ),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    out.extend(found);
}
