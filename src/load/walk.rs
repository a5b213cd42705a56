//! The walk over `content/`: which files are documents, which are assets, and which
//! are never read (hidden files, editor swap files, links that leave the handbook).

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::LoadError;
use crate::diagnostic::{Diagnostic, Pos, Rule};
use crate::lang::Language;

/// The result of a walk; all paths relative to `content/`, sorted.
#[derive(Debug, Default, Clone)]
pub struct Walked {
    pub markdown: Vec<String>,
    pub assets: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Names that are never part of a handbook: hidden files and the temporary and backup
/// files editors write next to the file being saved (vim, Emacs, JetBrains, VS Code).
pub fn is_ignored_name(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || [
            ".swp",
            ".swo",
            ".swx",
            ".tmp",
            ".bak",
            ".orig",
            "___jb_tmp___",
            "___jb_old___",
        ]
        .iter()
        .any(|s| name.ends_with(s))
        || name == "4913"
}

fn rel_string(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Walks `content/`. A symbolic link is followed only when it leads to a place inside
/// `content/`; a link to anywhere else is reported and, if it is a folder, not entered.
pub(super) fn walk(root: &Path, lang: Language) -> Result<Walked, LoadError> {
    let content = root.join("content");
    let inside = std::fs::canonicalize(&content).map_err(|source| LoadError::Unreadable {
        path: content.clone(),
        source,
    })?;
    let mut out = Walked::default();
    let mut walker = WalkDir::new(&content)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored_name(&e.file_name().to_string_lossy()));
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                if err.depth() == 0 {
                    return Err(LoadError::Unreadable {
                        path: content.clone(),
                        source: err
                            .into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("cannot walk content/")),
                    });
                }
                out.diagnostics.push(walk_error(root, &err, lang));
                continue;
            }
        };
        let path = entry.path();
        let rel = rel_string(path.strip_prefix(&content).unwrap_or(path));
        if entry.path_is_symlink() && entry.depth() > 0 {
            let target_inside = std::fs::canonicalize(path)
                .map(|target| target.starts_with(&inside))
                .unwrap_or(false);
            if !target_inside {
                out.diagnostics.push(link_outside(&rel, lang));
                if entry.file_type().is_dir() {
                    walker.skip_current_dir();
                }
                continue;
            }
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let is_md = path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("md"));
        if is_md {
            out.markdown.push(rel);
        } else {
            let size = entry.metadata().map_or(0, |m| m.len());
            out.diagnostics
                .extend(crate::site::assets::too_large(&rel, size, lang));
            out.assets.push(rel);
        }
    }
    Ok(out)
}

fn link_outside(rel: &str, lang: Language) -> Diagnostic {
    Diagnostic::new(
        Rule::Io,
        format!("content/{rel}"),
        Pos::line(1),
        say!(
            lang,
            "this is a symbolic link to a place outside content/, so okrbook does not read it",
            "Dies ist ein symbolischer Link auf einen Ort außerhalb von content/, darum liest okrbook ihn nicht"
        ),
    )
    .with_help(say!(
        lang,
        "copy the file into content/, or point the link at a file inside it",
        "Die Datei nach content/ kopieren oder den Link auf eine Datei darin zeigen lassen"
    ))
}

fn walk_error(root: &Path, err: &walkdir::Error, lang: Language) -> Diagnostic {
    let path: PathBuf = err
        .path()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root.join("content"));
    let file = rel_string(path.strip_prefix(root).unwrap_or(&path));
    if let Some(ancestor) = err.loop_ancestor() {
        let to = rel_string(ancestor.strip_prefix(root).unwrap_or(ancestor));
        return Diagnostic::new(
            Rule::Io,
            file,
            Pos::line(1),
            say!(
                lang,
                "this symbolic link leads back to its own folder `{to}` (a loop), so okrbook does not follow it",
                "Dieser symbolische Link führt zurück in seinen eigenen Ordner `{to}` (eine Schleife), darum folgt okrbook ihm nicht"
            ),
        )
        .with_help(say!(
            lang,
            "remove the link or point it at a folder outside this one",
            "Den Link entfernen oder auf einen Ordner außerhalb dieses Ordners zeigen lassen"
        ));
    }
    Diagnostic::new(
        Rule::Io,
        file,
        Pos::line(1),
        say!(
            lang,
            "cannot read this folder or file: {err}",
            "Dieser Ordner oder diese Datei kann nicht gelesen werden: {err}"
        ),
    )
    .with_help(super::source::check_the_file(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_files_are_ignored() {
        for name in [
            ".okr.md.swp",
            "okr.md~",
            "#okr.md#",
            ".DS_Store",
            "okr.md___jb_tmp___",
            "4913",
            ".git",
        ] {
            assert!(is_ignored_name(name), "{name}");
        }
        for name in ["okr.md", "logo.svg", "2026-q4.md"] {
            assert!(!is_ignored_name(name), "{name}");
        }
    }
}
