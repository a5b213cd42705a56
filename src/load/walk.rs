//! The walk over `content/`: which files are documents, which are assets, and which
//! are never read (hidden files, editor swap files, links that leave the handbook).

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::LoadError;
use crate::diagnostic::{Diagnostic, Pos, Rule};

/// The result of a walk; all paths relative to `content/`, sorted.
#[derive(Debug, Default)]
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

pub(super) fn walk(root: &Path) -> Result<Walked, LoadError> {
    let content = root.join("content");
    let canonical_root = std::fs::canonicalize(root).map_err(|source| LoadError::Unreadable {
        path: root.to_path_buf(),
        source,
    })?;
    let mut out = Walked::default();
    let walker = WalkDir::new(&content)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored_name(&e.file_name().to_string_lossy()));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                out.diagnostics.push(walk_error(root, &content, &err));
                if err.depth() == 0 {
                    return Err(LoadError::Unreadable {
                        path: content.clone(),
                        source: err
                            .into_io_error()
                            .unwrap_or_else(|| std::io::Error::other("cannot walk content/")),
                    });
                }
                continue;
            }
        };
        let path = entry.path();
        let rel = rel_string(path.strip_prefix(&content).unwrap_or(path));
        if entry.path_is_symlink() {
            let inside = std::fs::canonicalize(path)
                .map(|target| target.starts_with(&canonical_root))
                .unwrap_or(false);
            if !inside {
                out.diagnostics.push(
                    Diagnostic::new(
                        Rule::Io,
                        format!("content/{rel}"),
                        Pos::line(1),
                        "this is a symbolic link to a place outside the handbook, so okrbook does not read it",
                    )
                    .with_help("copy the file into the handbook, or point the link at a file inside it"),
                );
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
            out.assets.push(rel);
        }
    }
    Ok(out)
}

fn walk_error(root: &Path, content: &Path, err: &walkdir::Error) -> Diagnostic {
    let path: PathBuf = err
        .path()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| content.to_path_buf());
    let file = rel_string(path.strip_prefix(root).unwrap_or(&path));
    if let Some(ancestor) = err.loop_ancestor() {
        let to = rel_string(ancestor.strip_prefix(root).unwrap_or(ancestor));
        return Diagnostic::new(
            Rule::Io,
            file,
            Pos::line(1),
            format!("this symbolic link leads back to its own folder `{to}` (a loop), so okrbook does not follow it"),
        )
        .with_help("remove the link or point it at a folder outside this one");
    }
    Diagnostic::new(
        Rule::Io,
        file,
        Pos::line(1),
        format!("cannot read this folder or file: {err}"),
    )
    .with_help("check that the file exists and that you may read it")
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
