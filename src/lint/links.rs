//! `broken-link`: Markdown links to missing documents, files or anchors.

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Rule};
use crate::links::{find_links, Link};
use crate::model::Handbook;

/// A body by its allocation and the file line it starts on. `serve` keeps an unchanged
/// document's body in the same `Arc` from one rebuild to the next, so its links are
/// found again by pointer, without reading its text; holding the `Arc` keeps the
/// address from being reused by another body.
struct Body(Arc<str>, u32);

impl PartialEq for Body {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) && self.1 == other.1
    }
}

impl Eq for Body {}

impl Hash for Body {
    fn hash<H: Hasher>(&self, h: &mut H) {
        std::ptr::hash(Arc::as_ptr(&self.0).cast::<u8>(), h);
        self.1.hash(h);
    }
}

/// The links of each body: those of the last check's bodies are taken again, the
/// others read. Only the last check's are kept, so that a long `serve` session keeps no
/// old bodies alive.
fn links_of(bodies: Vec<Body>) -> Vec<Arc<[Link]>> {
    static LAST: Mutex<Option<foldhash::HashMap<Body, Arc<[Link]>>>> = Mutex::new(None);
    let take = || LAST.lock().unwrap_or_else(|p| p.into_inner()).take();
    let last = take().unwrap_or_default();
    let links: Vec<Arc<[Link]>> = bodies
        .par_iter()
        .map(|b| match last.get(b) {
            Some(l) => Arc::clone(l),
            None => find_links(&b.0, b.1).into(),
        })
        .collect();
    drop(last);
    let next = bodies.into_iter().zip(links.iter().cloned()).collect();
    *LAST.lock().unwrap_or_else(|p| p.into_inner()) = Some(next);
    links
}

pub fn broken_link(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let index = &hb.links;
    let docs = super::documents(hb);
    let links = links_of(
        docs.iter()
            .map(|m| Body(Arc::clone(&m.body), m.body_line))
            .collect(),
    );
    let found: Vec<Diagnostic> = docs
        .par_iter()
        .zip(links)
        .flat_map_iter(|(meta, links)| {
            let file = hb.file_path(meta);
            links
                .iter()
                .filter_map(|link| match index.resolve(hb, file, meta.file, link) {
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
