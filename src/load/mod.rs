//! Reading a handbook from disk: the configuration, the walk over `content/`, and each
//! file's front matter. Everything after this step works on memory only.

mod source;
mod walk;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use source::{parse_front_matter, split_front_matter, FrontMatter, MAX_FILE_BYTES};
pub use walk::{is_ignored_name, Walked};

use crate::config::{self, Config};
use crate::diagnostic::Diagnostic;
use crate::model::SourceFile;

/// Why a handbook could not be read at all (exit status 2, not a finding).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{0} does not exist")]
    Missing(PathBuf),
    #[error("{0} has no content/ folder; run `okrbook init {0}` to start a handbook there")]
    NoContent(PathBuf),
    #[error("cannot read {path}: {source}")]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The handbook root for a path given on the command line: a `content/` folder itself
/// stands for its parent, so `okrbook check content` and `okrbook check .` agree.
pub fn resolve_root(dir: &Path) -> Result<PathBuf, LoadError> {
    if !dir.exists() {
        return Err(LoadError::Missing(dir.to_path_buf()));
    }
    let abs = std::fs::canonicalize(dir).map_err(|source| LoadError::Unreadable {
        path: dir.to_path_buf(),
        source,
    })?;
    let is_content = abs.file_name().is_some_and(|n| n == "content")
        && !abs.join("content").is_dir()
        && !abs.join(config::FILE_NAME).is_file();
    let root = match abs.parent() {
        Some(parent) if is_content => parent.to_path_buf(),
        _ => abs,
    };
    if !root.join("content").is_dir() {
        return Err(LoadError::NoContent(dir.to_path_buf()));
    }
    Ok(root)
}

/// A Markdown file split into its parts, before its fields are read.
#[derive(Debug, Clone)]
pub struct RawDoc {
    /// Index into `Loaded::files`.
    pub file: usize,
    /// Path relative to `content/`, `/` separators.
    pub rel: String,
    /// Byte range of the front matter's YAML in the file's text; `None` when there is
    /// none. It is parsed during extraction, so that each document's YAML tree lives
    /// only as long as it takes to read its fields.
    pub yaml: Option<std::ops::Range<usize>>,
    /// Byte range of the Markdown body in the file's text.
    pub body: std::ops::Range<usize>,
    pub body_line: u32,
    /// The front matter could not be read; the finding is recorded and the document
    /// is left out rather than read as if it had no fields.
    pub broken: bool,
}

/// Everything read from disk.
#[derive(Debug, Default)]
pub struct Loaded {
    pub root: PathBuf,
    pub config: Config,
    pub files: Vec<SourceFile>,
    pub docs: Vec<RawDoc>,
    pub assets: Vec<String>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads `okrbook.yaml` and every file under `content/`.
pub fn load(root: &Path) -> Result<Loaded, LoadError> {
    load_with(root, None)
}

/// One Markdown file as read, kept by `serve` between rebuilds.
#[derive(Debug, Clone)]
struct CachedDoc {
    /// Modification time and length when it was read.
    stamp: (Option<std::time::SystemTime>, u64),
    file: SourceFile,
    doc: Option<RawDoc>,
    diagnostics: Vec<Diagnostic>,
}

/// The files of the last load, so that a rebuild reads only what changed.
#[derive(Debug, Default)]
pub struct LoadCache {
    docs: std::collections::HashMap<String, CachedDoc>,
    /// Paths (relative to `content/`) known to have changed since the last load, e.g.
    /// from a file watcher; they are read again even if their time stamp looks the same.
    pub changed: std::collections::HashSet<String>,
    /// How many files the last load read from disk.
    pub reread: usize,
}

fn stamp(path: &Path) -> (Option<std::time::SystemTime>, u64) {
    std::fs::metadata(path).map_or((None, 0), |m| (m.modified().ok(), m.len()))
}

/// Like [`load`], but reads only files that are new, changed on disk or named in
/// `cache.changed`; everything else comes from the cache of the previous load.
pub fn load_cached(root: &Path, cache: &mut LoadCache) -> Result<Loaded, LoadError> {
    load_with(root, Some(cache))
}

fn load_with(root: &Path, cache: Option<&mut LoadCache>) -> Result<Loaded, LoadError> {
    let mut diagnostics = Vec::new();
    let mut files = Vec::new();
    let config_path = root.join(config::FILE_NAME);
    let config = if config_path.is_file() {
        let text =
            std::fs::read_to_string(&config_path).map_err(|source| LoadError::Unreadable {
                path: config_path.clone(),
                source,
            })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
        let cfg = Config::parse(&text, &mut diagnostics);
        files.push(SourceFile {
            path: config::FILE_NAME.to_string(),
            text,
        });
        cfg
    } else {
        Config::default()
    };

    let walked = walk::walk(root)?;
    diagnostics.extend(walked.diagnostics);

    let offset = files.len();
    let content = root.join("content");
    let read: Vec<(SourceFile, Option<RawDoc>, Vec<Diagnostic>)> = match cache {
        None => walked
            .markdown
            .par_iter()
            .enumerate()
            .map(|(i, rel)| source::read_document(root, rel, offset + i))
            .collect(),
        Some(cache) => {
            let stamps: Vec<_> = walked
                .markdown
                .par_iter()
                .map(|rel| stamp(&content.join(rel)))
                .collect();
            let fresh: Vec<Option<CachedDoc>> = walked
                .markdown
                .par_iter()
                .zip(&stamps)
                .enumerate()
                .map(|(i, (rel, st))| {
                    let reuse = !cache.changed.contains(rel)
                        && cache
                            .docs
                            .get(rel)
                            .is_some_and(|c| c.stamp == *st && st.0.is_some());
                    if reuse {
                        return None;
                    }
                    let (file, doc, diagnostics) = source::read_document(root, rel, offset + i);
                    Some(CachedDoc {
                        stamp: *st,
                        file,
                        doc,
                        diagnostics,
                    })
                })
                .collect();
            cache.reread = fresh.iter().filter(|f| f.is_some()).count();
            let mut docs = std::collections::HashMap::with_capacity(walked.markdown.len());
            let mut out = Vec::with_capacity(walked.markdown.len());
            for (i, (rel, entry)) in walked.markdown.iter().zip(fresh).enumerate() {
                let mut entry = match entry {
                    Some(e) => e,
                    None => cache.docs.remove(rel).expect("reused entries are cached"),
                };
                if let Some(doc) = &mut entry.doc {
                    doc.file = offset + i; // the index in this load's file list
                }
                out.push((
                    entry.file.clone(),
                    entry.doc.clone(),
                    entry.diagnostics.clone(),
                ));
                docs.insert(rel.clone(), entry);
            }
            cache.docs = docs;
            cache.changed.clear();
            out
        }
    };
    let mut docs = Vec::with_capacity(read.len());
    for (file, doc, diags) in read {
        files.push(file);
        diagnostics.extend(diags);
        docs.extend(doc);
    }
    Ok(Loaded {
        root: root.to_path_buf(),
        config,
        files,
        docs,
        assets: walked.assets,
        diagnostics,
    })
}
