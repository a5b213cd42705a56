//! `broken-link`: Markdown links to missing documents, files or anchors.

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Rule};
use crate::links::find_links;
use crate::model::Handbook;

pub fn broken_link(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let index = &hb.links;
    let found: Vec<Diagnostic> = super::documents(hb)
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
