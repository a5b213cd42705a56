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
    #[error("{0} is a file; DIR is the handbook's folder, the one that holds okrbook.yaml and content/ (here: {1})")]
    File(PathBuf, PathBuf),
    #[error("{0} looks like a built site (it has index.html and static/); DIR is the handbook's folder, the one that holds content/")]
    Site(PathBuf),
    #[error("{0} has no content/ folder; DIR must be a handbook's folder (with content/ and optionally okrbook.yaml) or its content/ folder. To start a new handbook in an empty folder: okrbook init my-handbook")]
    NotHandbook(PathBuf),
    #[error("{0} has no content/ folder; DIR must be a handbook's folder (with content/ and optionally okrbook.yaml) or its content/ folder. To start a handbook here: okrbook init {0}")]
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
    if dir.is_file() {
        let folder = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        return Err(LoadError::File(dir.to_path_buf(), folder.to_path_buf()));
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
        return Err(no_handbook(dir, &root));
    }
    Ok(root)
}

/// Why a folder is no handbook, with advice that fits the folder: a built site is not
/// offered `init`, nor is a system folder or one that already holds other things.
fn no_handbook(dir: &Path, root: &Path) -> LoadError {
    let is_site = root.join("index.html").is_file() && root.join("static").is_dir()
        || root.join(crate::site::write::MARKER).exists();
    if is_site {
        return LoadError::Site(dir.to_path_buf());
    }
    let empty = std::fs::read_dir(root).is_ok_and(|mut d| d.next().is_none());
    let system = root.parent().is_none()
        || [
            "/etc", "/usr", "/bin", "/var", "/tmp", "/proc", "/sys", "/dev",
        ]
        .iter()
        .any(|s| root == Path::new(s))
        || std::env::var_os("HOME").is_some_and(|h| Path::new(&h) == root);
    if empty && !system {
        LoadError::NoContent(dir.to_path_buf())
    } else {
        LoadError::NotHandbook(dir.to_path_buf())
    }
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

/// `okrbook.yaml` is read only as a regular file of this size at most: a link to
/// `/proc/self/environ` or a stray export must not end up in a finding's snippet.
pub const MAX_CONFIG_BYTES: u64 = 256 * 1024;

/// The text of `okrbook.yaml`, if there is one. Anything but a regular file of bounded
/// size is a finding, and the defaults are used.
fn read_config(root: &Path, diags: &mut Vec<Diagnostic>) -> Result<Option<String>, LoadError> {
    let path = root.join(config::FILE_NAME);
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => return Err(LoadError::Unreadable { path, source }),
    };
    let lang = crate::lang::Language::default();
    let refuse = |message: String, help: String| {
        crate::diagnostic::Diagnostic::new(
            crate::diagnostic::Rule::Io,
            config::FILE_NAME,
            crate::diagnostic::Pos::line(1),
            message,
        )
        .with_help(help)
    };
    if !meta.file_type().is_file() {
        diags.push(refuse(
            say!(
                lang,
                "okrbook.yaml is not a regular file (a symbolic link or a folder), so okrbook does not read it",
                "okrbook.yaml ist keine gewöhnliche Datei (ein symbolischer Link oder ein Ordner), darum liest okrbook sie nicht"
            ),
            say!(
                lang,
                "put the configuration itself into okrbook.yaml",
                "Die Einstellungen selbst in okrbook.yaml schreiben"
            ),
        ));
        return Ok(None);
    }
    if meta.len() > MAX_CONFIG_BYTES {
        let kib = MAX_CONFIG_BYTES / 1024;
        diags.push(refuse(
            say!(
                lang,
                "okrbook.yaml is larger than {kib} KiB, so okrbook does not read it",
                "okrbook.yaml ist größer als {kib} KiB, darum liest okrbook sie nicht"
            ),
            say!(
                lang,
                "the configuration needs a few lines only; remove what does not belong there",
                "Die Einstellungen brauchen nur wenige Zeilen; entfernen, was nicht hineingehört"
            ),
        ));
        return Ok(None);
    }
    let text =
        std::fs::read_to_string(&path).map_err(|source| LoadError::Unreadable { path, source })?;
    Ok(Some(source::strip_bom(text)))
}

/// Reads `okrbook.yaml` and every file under `content/`.
pub fn load(root: &Path) -> Result<Loaded, LoadError> {
    load_with(root, None)
}

/// The Markdown files `markdown` (relative to `content/`), each read again only when
/// it is new, changed on disk or named in `cache.changed`; `offset` is the index of the
/// first in the file list.
fn read_cached(
    root: &Path,
    markdown: &[String],
    offset: usize,
    lang: crate::lang::Language,
    stat_all: bool,
    cache: &mut LoadCache,
) -> Vec<(SourceFile, Option<RawDoc>, Vec<Diagnostic>)> {
    let content = root.join("content");
    // Without a walk, only the files the watcher named can have changed.
    let stamps: Vec<_> = markdown
        .par_iter()
        .map(|rel| match cache.docs.get(rel) {
            Some(c) if !stat_all && !cache.changed.contains(rel) => c.stamp,
            _ => stamp(&content.join(rel)),
        })
        .collect();
    let fresh: Vec<Option<CachedDoc>> = markdown
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
            let (file, doc, diagnostics) = source::read_document(root, rel, offset + i, lang);
            Some(CachedDoc {
                stamp: *st,
                file,
                doc,
                diagnostics,
            })
        })
        .collect();
    cache.reread = fresh.iter().filter(|f| f.is_some()).count();
    let mut docs: foldhash::HashMap<String, CachedDoc> =
        foldhash::HashMapExt::with_capacity(markdown.len());
    let mut out = Vec::with_capacity(markdown.len());
    for (i, (rel, entry)) in markdown.iter().zip(fresh).enumerate() {
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
    /// By path; foldhash, since every rebuild looks up each of the handbook's files.
    docs: foldhash::HashMap<String, CachedDoc>,
    /// Paths (relative to `content/`) known to have changed since the last load, e.g.
    /// from a file watcher; they are read again even if their time stamp looks the same.
    pub changed: std::collections::HashSet<String>,
    /// How many files the last load read from disk.
    pub reread: usize,
    /// Whether `changed` names every change under `content/` since the last load, as a
    /// file watcher's events do. Then a load whose changed paths are all files the last
    /// walk found, and still regular files, does not walk `content/` again or look at
    /// the other files' time stamps.
    pub complete: bool,
    /// The last walk, with the language its findings speak.
    walked: Option<walk::Walked>,
    walked_lang: Option<crate::lang::Language>,
}

impl LoadCache {
    fn walk_again(&self, content: &Path, lang: crate::lang::Language) -> bool {
        let Some(w) = self.walked.as_ref().filter(|_| self.complete) else {
            return true;
        };
        let known = |rel: &String| w.markdown.contains(rel) || w.assets.contains(rel);
        let still_a_file = |rel: &String| {
            std::fs::symlink_metadata(content.join(rel)).is_ok_and(|m| m.file_type().is_file())
        };
        self.walked_lang != Some(lang)
            || !self
                .changed
                .iter()
                .all(|rel| known(rel) && still_a_file(rel))
    }
}

fn stamp(path: &Path) -> (Option<std::time::SystemTime>, u64) {
    std::fs::metadata(path).map_or((None, 0), |m| (m.modified().ok(), m.len()))
}

/// Like [`load`], but reads only files that are new, changed on disk or named in
/// `cache.changed`; everything else comes from the cache of the previous load.
pub fn load_cached(root: &Path, cache: &mut LoadCache) -> Result<Loaded, LoadError> {
    load_with(root, Some(cache))
}

fn load_with(root: &Path, mut cache: Option<&mut LoadCache>) -> Result<Loaded, LoadError> {
    let mut diagnostics = Vec::new();
    let mut files = Vec::new();
    let config = match read_config(root, &mut diagnostics)? {
        Some(text) => {
            let cfg = Config::parse(&text, &mut diagnostics);
            files.push(SourceFile {
                path: config::FILE_NAME.to_string(),
                text: text.into(),
            });
            cfg
        }
        None => Config::default(),
    };
    let lang = config.language;

    let content = root.join("content");
    let walk_again = cache
        .as_deref()
        .is_none_or(|c| c.walk_again(&content, lang));
    let walked = match cache.as_deref_mut() {
        Some(c) if !walk_again => c.walked.take().expect("walk_again needs one"),
        _ => walk::walk(root, lang)?,
    };
    diagnostics.extend(walked.diagnostics.iter().cloned());

    let offset = files.len();
    let read: Vec<(SourceFile, Option<RawDoc>, Vec<Diagnostic>)> = match cache {
        None => walked
            .markdown
            .par_iter()
            .enumerate()
            .map(|(i, rel)| source::read_document(root, rel, offset + i, lang))
            .collect(),
        Some(cache) => {
            let read = read_cached(root, &walked.markdown, offset, lang, walk_again, cache);
            cache.walked = Some(walked.clone());
            cache.walked_lang = Some(lang);
            read
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

#[cfg(test)]
mod tests {
    use super::*;

    fn write(root: &Path, rel: &str, text: &str) {
        let path = root.join("content").join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn paths(l: &Loaded) -> Vec<&str> {
        l.files.iter().map(|f| f.path.as_str()).collect()
    }

    /// With a watcher's complete list of changes, a load of known files reads just those
    /// and does not walk; a path the last walk did not know, or one that is gone, makes
    /// it walk again.
    #[test]
    fn a_complete_list_of_changes_spares_the_walk_until_a_file_comes_or_goes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "pages/a.md", "---\ntitle: A\n---\n");
        write(root, "pages/b.md", "---\ntitle: B\n---\n");
        let mut cache = LoadCache::default();
        let first = load_cached(root, &mut cache).unwrap();
        assert_eq!(paths(&first), ["content/pages/a.md", "content/pages/b.md"]);

        // b is edited and named; c appears unnamed: no walk, so c is not seen yet.
        write(root, "pages/b.md", "---\ntitle: B2\n---\n");
        write(root, "pages/c.md", "---\ntitle: C\n---\n");
        cache.complete = true;
        cache.changed.insert("pages/b.md".into());
        let second = load_cached(root, &mut cache).unwrap();
        assert_eq!(cache.reread, 1, "only b is read again");
        assert_eq!(paths(&second), ["content/pages/a.md", "content/pages/b.md"]);
        assert!(second.files[1].text.contains("B2"));

        // c is named: unknown to the last walk, so content/ is walked again.
        cache.changed.insert("pages/c.md".into());
        let third = load_cached(root, &mut cache).unwrap();
        assert_eq!(paths(&third).len(), 3);

        // a goes: named, no longer a file, walked again.
        std::fs::remove_file(root.join("content/pages/a.md")).unwrap();
        cache.changed.insert("pages/a.md".into());
        let fourth = load_cached(root, &mut cache).unwrap();
        assert_eq!(paths(&fourth), ["content/pages/b.md", "content/pages/c.md"]);

        // Without the promise of completeness every load walks.
        write(root, "pages/d.md", "---\ntitle: D\n---\n");
        cache.complete = false;
        let fifth = load_cached(root, &mut cache).unwrap();
        assert_eq!(paths(&fifth).len(), 3);
    }
}
