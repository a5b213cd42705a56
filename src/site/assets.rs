//! Which files under `content/` besides the Markdown documents the site publishes, and
//! how they are read: as they are, up to a size limit, and never a type a browser runs
//! script from unless the handbook trusts its authors (`unsafe_html: true`).

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Pos, Rule};
use crate::lang::Language;
use crate::model::Handbook;

/// The largest asset published: beyond it a file is reported (`io`) and left out, so
/// that a stray video or disk image neither fills the site nor the memory of a build.
pub const MAX_ASSET_BYTES: u64 = 50 * 1024 * 1024;

/// File types a browser opens as a document that may run script: HTML, SVG and XML
/// (an XML file can hold XHTML `<script>`). Served from the site, their script would
/// run with the site's rights.
const SCRIPT_CAPABLE: &[&str] = &[
    "htm", "html", "shtml", "xht", "xhtml", "svg", "svgz", "xml", "xsl", "xslt",
];

/// The extension (lower case) of an asset that can carry script, if it is one.
pub fn script_capable(rel: &str) -> Option<String> {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let (_, ext) = name.rsplit_once('.')?;
    let ext = ext.to_ascii_lowercase();
    SCRIPT_CAPABLE.contains(&ext.as_str()).then_some(ext)
}

/// Whether an asset (path below `content/`) goes into the site, by its type; the size
/// is checked when it is read.
pub fn is_published(hb: &Handbook, rel: &str) -> bool {
    hb.config.unsafe_html || script_capable(rel).is_none()
}

/// The assets the site publishes, as site paths.
pub fn published(hb: &Handbook) -> impl Iterator<Item = &String> {
    hb.assets.iter().filter(|a| is_published(hb, a))
}

/// The `raw-html` finding for an asset left out because of its type.
pub fn left_out(rel: &str, lang: Language) -> Option<Diagnostic> {
    let ext = script_capable(rel)?;
    Some(
        Diagnostic::new(
            Rule::RawHtml,
            format!("content/{rel}"),
            Pos::line(1),
            say!(
                lang,
                "this `.{ext}` file is left out of the site: a browser runs script from such a file as if the site had written it",
                "Diese `.{ext}`-Datei wird nicht veröffentlicht: Ein Browser führt Skripte aus einer solchen Datei aus, als stammten sie von der Website"
            ),
        )
        .with_help(say!(
            lang,
            "use PNG or JPEG for images and Markdown for pages; or set `unsafe_html: true` in okrbook.yaml if every author of this handbook is trusted",
            "Für Bilder PNG oder JPEG und für Seiten Markdown verwenden; oder `unsafe_html: true` in okrbook.yaml setzen, wenn allen Autorinnen und Autoren dieses Handbuchs vertraut wird"
        )),
    )
}

/// The `io` finding for an asset above [`MAX_ASSET_BYTES`], if `size` is above it.
pub fn too_large(rel: &str, size: u64, lang: Language) -> Option<Diagnostic> {
    if size <= MAX_ASSET_BYTES {
        return None;
    }
    let (mib, max) = (size / 1_048_576, MAX_ASSET_BYTES / 1_048_576);
    Some(
        Diagnostic::new(
            Rule::Io,
            format!("content/{rel}"),
            Pos::line(1),
            say!(
                lang,
                "this file is {mib} MiB, more than the {max} MiB a file of the site may have",
                "Diese Datei ist {mib} MiB groß, mehr als die {max} MiB, die eine Datei der Website haben darf"
            ),
        )
        .with_help(say!(
            lang,
            "make it smaller, or keep it elsewhere (a file share, a video platform) and link to it; with `lint: {{io: warning}}` the site is written without it",
            "Die Datei verkleinern oder anderswo ablegen (Dateiablage, Videoplattform) und darauf verlinken; mit `lint: {{io: warning}}` wird die Website ohne sie geschrieben"
        )),
    )
}

thread_local! {
    /// While `serve` renders after a change: the assets to read again; `None`: all.
    static ONLY: RefCell<Option<BTreeSet<String>>> = const { RefCell::new(None) };
}

/// Runs `f` (which makes the site's other files) reading only the assets named in
/// `changed` (paths below `content/`) from disk; the others are left out of what it
/// returns. `serve` keeps the assets it read before, so a save does not read them all.
pub fn reading_only<T>(changed: &BTreeSet<String>, f: impl FnOnce() -> T) -> T {
    /// Puts back what was set before, also when `f` panics.
    struct Restore(Option<BTreeSet<String>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let before = self.0.take();
            ONLY.with(|o| *o.borrow_mut() = before);
        }
    }
    let _restore = Restore(ONLY.with(|o| o.replace(Some(changed.clone()))));
    f()
}

/// The published assets as site files: each read as it is, up to the size limit (one
/// that grew beyond it since the walk is left out).
pub fn files(root: &Path, hb: &Handbook) -> Vec<(String, Vec<u8>)> {
    let content = root.join("content");
    ONLY.with(|only| {
        let only = only.borrow();
        published(hb)
            .filter(|a| only.as_ref().is_none_or(|set| set.contains(*a)))
            .filter_map(|a| Some((a.clone(), read_limited(&content.join(a))?)))
            .collect()
    })
}

fn read_limited(path: &Path) -> Option<Vec<u8>> {
    let file = std::fs::File::open(path).ok()?;
    if file.metadata().ok()?.len() > MAX_ASSET_BYTES {
        return None;
    }
    let mut bytes = Vec::new();
    // Bounded even if the file grows while it is read.
    file.take(MAX_ASSET_BYTES + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    (bytes.len() as u64 <= MAX_ASSET_BYTES).then_some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_capable_types_by_extension() {
        for rel in ["logo.svg", "a/b/Page.HTML", "x.xhtml", "feed.xml", "z.svgz"] {
            assert!(script_capable(rel).is_some(), "{rel}");
        }
        for rel in [
            "logo.png",
            "a.pdf",
            "svg",
            "html/x.png",
            "notes.txt",
            "x.jpeg",
        ] {
            assert!(script_capable(rel).is_none(), "{rel}");
        }
        assert_eq!(script_capable("A.SVG").as_deref(), Some("svg"));
    }

    #[test]
    fn large_files_are_reported() {
        assert!(too_large("a.png", MAX_ASSET_BYTES, Language::En).is_none());
        let d = too_large("v.mp4", MAX_ASSET_BYTES + 1, Language::En).unwrap();
        assert_eq!(
            (d.rule, d.file.as_str(), d.line),
            (Rule::Io, "content/v.mp4", 1)
        );
        assert!(d.message.contains("50 MiB"), "{}", d.message);
    }
}
