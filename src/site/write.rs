//! Writing a site to disk safely: into a fresh folder next to the target, swapped in
//! only when complete. okrbook never deletes a folder it did not make.

use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

/// The file okrbook puts into every site it writes; only folders holding it are
/// replaced.
pub const MARKER: &str = ".okrbook-site";

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("refusing to write the site to {0}: {1}")]
    Refused(PathBuf, &'static str),
    #[error("{0} is not empty and was not written by okrbook (it has no {MARKER} file); choose another --out folder or empty it")]
    Foreign(PathBuf),
    #[error("the site file `{0}` would be written outside the output folder")]
    Escapes(String),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Checks that `out` is a folder okrbook may replace.
pub fn check_out_dir(out: &Path, root: &Path) -> Result<(), WriteError> {
    let abs = absolute(out);
    let root = absolute(root);
    if abs.parent().is_none() {
        return Err(WriteError::Refused(
            out.into(),
            "it is the file system root",
        ));
    }
    if abs == root {
        return Err(WriteError::Refused(out.into(), "it is the handbook itself"));
    }
    if root.starts_with(&abs) {
        return Err(WriteError::Refused(out.into(), "it holds the handbook"));
    }
    if abs.starts_with(root.join("content")) {
        return Err(WriteError::Refused(out.into(), "it is inside content/"));
    }
    if std::env::var_os("HOME").is_some_and(|h| absolute(Path::new(&h)) == abs) {
        return Err(WriteError::Refused(out.into(), "it is the home folder"));
    }
    if abs.is_dir() {
        let mut entries = std::fs::read_dir(&abs).map_err(io(&abs))?;
        if entries.next().is_some() && !abs.join(MARKER).is_file() {
            return Err(WriteError::Foreign(out.into()));
        }
    } else if abs.exists() {
        return Err(WriteError::Refused(
            out.into(),
            "it is a file, not a folder",
        ));
    }
    Ok(())
}

/// A path made absolute and cleaned of `.` and `..` without touching the disk.
fn absolute(p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    let joined = std::fs::canonicalize(&joined).unwrap_or(joined);
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// Whether a site-relative path stays inside the site.
pub fn is_safe_relative(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains('\\')
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// The fresh folder a site is written into before it is swapped in. Render threads
/// put files into it as they finish them.
pub struct Staging {
    dir: PathBuf,
}

impl Staging {
    /// Writes one file of the site; `path` is relative to the site root and may not
    /// leave it.
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<(), WriteError> {
        if !is_safe_relative(path) {
            return Err(WriteError::Escapes(path.to_string()));
        }
        let dest = self.dir.join(path);
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        std::fs::write(&dest, bytes).map_err(io(&dest))
    }
}

/// Writes `files` (site-relative path → bytes) as the site at `out`.
pub fn write_site(out: &Path, root: &Path, files: &[(String, Vec<u8>)]) -> Result<(), WriteError> {
    for (path, _) in files {
        if !is_safe_relative(path) {
            return Err(WriteError::Escapes(path.clone()));
        }
    }
    write_site_with(out, root, |staging| {
        files
            .par_iter()
            .try_for_each(|(path, bytes)| staging.put(path, bytes))
    })
}

/// Makes a fresh staging folder next to `out`, lets `produce` fill it, and swaps it in
/// for the old site only when `produce` succeeded; on failure the staging folder is
/// removed and the old site stays as it was.
pub fn write_site_with<E>(
    out: &Path,
    root: &Path,
    produce: impl FnOnce(&Staging) -> Result<(), E>,
) -> Result<(), E>
where
    E: From<WriteError>,
{
    check_out_dir(out, root)?;
    let out = absolute(out);
    let parent = out.parent().unwrap_or(Path::new("/")).to_path_buf();
    std::fs::create_dir_all(&parent).map_err(io(&parent))?;
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "site".into());
    let staging = parent.join(format!(".{name}.okrbook-new-{}", std::process::id()));
    if staging.exists() {
        std::fs::remove_dir_all(&staging).map_err(io(&staging))?;
    }
    std::fs::create_dir_all(&staging).map_err(io(&staging))?;
    let result = std::fs::write(
        staging.join(MARKER),
        "This folder was written by okrbook and is replaced on each build.\n",
    )
    .map_err(|e| E::from(io(&staging)(e)))
    .and_then(|()| {
        produce(&Staging {
            dir: staging.clone(),
        })
    });
    if let Err(e) = result {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    swap_in(&staging, &out, &parent, &name).map_err(E::from)
}

/// Moves the old site aside, the new one in, and removes the old one.
fn swap_in(staging: &Path, out: &Path, parent: &Path, name: &str) -> Result<(), WriteError> {
    // Swap: the old site (made by okrbook, checked above) moves aside, the new one in.
    let old = parent.join(format!(".{name}.okrbook-old-{}", std::process::id()));
    if out.exists() {
        std::fs::rename(out, &old).map_err(io(out))?;
    }
    if let Err(source) = std::fs::rename(staging, out) {
        if old.exists() {
            let _ = std::fs::rename(&old, out);
        }
        let _ = std::fs::remove_dir_all(staging);
        return Err(WriteError::Io {
            path: out.to_path_buf(),
            source,
        });
    }
    if old.exists() {
        remove_tree(&old).map_err(io(&old))?;
    }
    Ok(())
}

/// Removes a folder okrbook made, its entries in parallel at every level: a site is
/// mostly one folder per page, and removing them one after the other would leave the
/// other cores idle at the end of a build.
fn remove_tree(dir: &Path) -> std::io::Result<()> {
    let entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.par_iter().try_for_each(|e| {
        // `file_type` does not follow symlinks: a link is removed, never its target.
        if e.file_type()?.is_dir() {
            remove_tree(&e.path())
        } else {
            std::fs::remove_file(e.path())
        }
    })?;
    std::fs::remove_dir(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_paths_cannot_escape() {
        assert!(is_safe_relative("objectives/x/index.html"));
        assert!(!is_safe_relative("../x"));
        assert!(!is_safe_relative("a/../../x"));
        assert!(!is_safe_relative("/etc/passwd"));
        assert!(!is_safe_relative(""));
        assert!(!is_safe_relative("a\\..\\b"));
    }

    #[test]
    fn refuses_dangerous_targets() {
        let hb = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(hb.path().join("content")).unwrap();
        assert!(check_out_dir(hb.path(), hb.path()).is_err());
        assert!(check_out_dir(&hb.path().join("content"), hb.path()).is_err());
        assert!(check_out_dir(&hb.path().join("content/x"), hb.path()).is_err());
        assert!(check_out_dir(Path::new("/"), hb.path()).is_err());
        let foreign = hb.path().join("docs");
        std::fs::create_dir_all(&foreign).unwrap();
        std::fs::write(foreign.join("keep.txt"), "mine").unwrap();
        assert!(matches!(
            check_out_dir(&foreign, hb.path()),
            Err(WriteError::Foreign(_))
        ));
        assert!(check_out_dir(&hb.path().join("public"), hb.path()).is_ok());
    }

    #[test]
    fn writes_then_replaces_its_own_site_only() {
        let hb = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(hb.path().join("content")).unwrap();
        let out = hb.path().join("public");
        write_site(&out, hb.path(), &[("a/index.html".into(), b"one".to_vec())]).unwrap();
        assert_eq!(std::fs::read(out.join("a/index.html")).unwrap(), b"one");
        write_site(&out, hb.path(), &[("b.txt".into(), b"two".to_vec())]).unwrap();
        assert!(
            !out.join("a/index.html").exists(),
            "the old site is replaced whole"
        );
        assert_eq!(std::fs::read(out.join("b.txt")).unwrap(), b"two");
        let err = write_site(&out, hb.path(), &[("../evil".into(), vec![])]).unwrap_err();
        assert!(matches!(err, WriteError::Escapes(_)));
        assert_eq!(
            std::fs::read(out.join("b.txt")).unwrap(),
            b"two",
            "a refused build leaves the site untouched"
        );
        let leftovers: Vec<_> = std::fs::read_dir(hb.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(leftovers.len(), 2, "no staging folders left: {leftovers:?}");
    }
}
