//! Writing a site to disk safely: into a fresh folder next to the target, swapped in
//! only when complete. okrbook never deletes a folder it did not make.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

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

/// The folder a site is written into before it is swapped in. Render threads put files
/// into it as they finish them.
///
/// It is either a fresh folder or the site before last, kept as a spare (see
/// [`write_site_with`]): then a file whose bytes are already there is left alone, other
/// files are overwritten in place, and what the new site no longer has is removed before
/// the swap. Rewriting a site mostly in place spares the file system the creation and
/// deletion of two inodes per page, which on a large handbook costs more than rendering.
pub struct Staging {
    dir: PathBuf,
    /// Site paths of the files a recycled folder holds that `put` has not written yet.
    leftover: Mutex<HashSet<String>>,
    /// Whether the folder is a recycled spare rather than a fresh one.
    recycled: bool,
}

impl Staging {
    /// Writes one file of the site; `path` is relative to the site root and may not
    /// leave it.
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<(), WriteError> {
        if !is_safe_relative(path) {
            return Err(WriteError::Escapes(path.to_string()));
        }
        let dest = self.dir.join(path);
        let had = {
            let mut left = self.leftover.lock().unwrap_or_else(|e| e.into_inner());
            !left.is_empty() && left.remove(path)
        };
        if had {
            // A regular file of our own (recycling removed every symlink): compare, then
            // overwrite only if it differs.
            match compare(&dest, bytes) {
                Held::Same => return Ok(()),
                Held::Other => return overwrite(&dest, bytes).map_err(io(&dest)),
                // A hard link (a `cp -al` snapshot, say) shares its bytes with a file
                // elsewhere: write a new file instead of changing the shared one.
                Held::Shared => {
                    std::fs::remove_file(&dest).map_err(io(&dest))?;
                    return std::fs::write(&dest, bytes).map_err(io(&dest));
                }
            }
        }
        if let Some(dir) = dest.parent() {
            if std::fs::create_dir_all(dir).is_err() && self.recycled {
                // A recycled folder may hold a file where this site has a folder.
                self.clear_way(dir);
                std::fs::create_dir_all(dir).map_err(io(dir))?;
            }
        }
        if self.recycled && dest.is_dir() {
            // … or a folder where this site has a file.
            let _ = remove_tree(&dest);
        }
        std::fs::write(&dest, bytes).map_err(io(&dest))
    }

    /// Removes files of the recycled folder that stand where `dir` needs a folder.
    fn clear_way(&self, dir: &Path) {
        let mut at = dir;
        while at.starts_with(&self.dir) && at != self.dir {
            if std::fs::symlink_metadata(at).is_ok_and(|m| !m.is_dir()) {
                let _ = std::fs::remove_file(at);
                if let Ok(rel) = at.strip_prefix(&self.dir) {
                    self.leftover
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .remove(&site_path(rel));
                }
            }
            at = at.parent().unwrap_or(&self.dir);
        }
    }

    /// Removes what the recycled folder held and the new site did not write, and the
    /// folders that leaves empty.
    fn remove_leftovers(&self) -> Result<(), WriteError> {
        let left: Vec<String> =
            std::mem::take(&mut *self.leftover.lock().unwrap_or_else(|e| e.into_inner()))
                .into_iter()
                .collect();
        left.par_iter().try_for_each(|p| {
            let f = self.dir.join(p);
            match std::fs::remove_file(&f) {
                // Gone already when the new site put a file where its folder was.
                Err(e) if std::fs::symlink_metadata(&f).is_ok() => Err(io(&f)(e)),
                _ => Ok(()),
            }
        })?;
        let mut dirs: Vec<&Path> = left
            .iter()
            .flat_map(|p| Path::new(p).ancestors().skip(1))
            .filter(|d| !d.as_os_str().is_empty())
            .collect();
        dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
        dirs.dedup();
        for d in dirs {
            // Fails, as it should, for every folder that still holds something.
            let _ = std::fs::remove_dir(self.dir.join(d));
        }
        Ok(())
    }
}

/// A path below the site root as `put` names it, with `/` between its parts.
fn site_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Writes `bytes` over the file at `path` from its start and cuts what is left beyond
/// them: the file keeps its blocks instead of freeing them all and allocating new ones,
/// which is what truncating first would do.
fn overwrite(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new().write(true).open(path)?;
    f.write_all(bytes)?;
    f.set_len(bytes.len() as u64)
}

/// What a recycled file holds compared with the bytes it is to get.
enum Held {
    Same,
    Other,
    /// Different, and the file has other names (hard links) that must keep their bytes.
    Shared,
}

fn compare(path: &Path, bytes: &[u8]) -> Held {
    use std::io::Read;
    let Ok(mut f) = std::fs::File::open(path) else {
        return Held::Other;
    };
    let Ok(meta) = f.metadata() else {
        return Held::Shared;
    };
    #[cfg(unix)]
    let shared = std::os::unix::fs::MetadataExt::nlink(&meta) > 1;
    #[cfg(not(unix))]
    let shared = true;
    let differs = if shared { Held::Shared } else { Held::Other };
    if meta.len() != bytes.len() as u64 {
        return differs;
    }
    let mut have = vec![0; bytes.len()];
    if f.read_exact(&mut have).is_ok() && have == bytes {
        Held::Same
    } else {
        differs
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

/// The hidden folders next to `out` that a build uses.
struct Places {
    out: PathBuf,
    /// Where the new site is written.
    staging: PathBuf,
    /// Where the site before the current one is kept for the next build to rewrite.
    spare: PathBuf,
    /// Where the current site waits while the new one moves in.
    old: PathBuf,
}

impl Places {
    fn new(out: PathBuf) -> Places {
        let parent = out.parent().unwrap_or(Path::new("/")).to_path_buf();
        let name = out
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "site".into());
        let pid = std::process::id();
        Places {
            staging: parent.join(format!(".{name}.okrbook-new-{pid}")),
            spare: parent.join(format!(".{name}.okrbook-spare")),
            old: parent.join(format!(".{name}.okrbook-old-{pid}")),
            out,
        }
    }
}

/// Makes a staging folder next to `out`, lets `produce` fill it, and swaps it in for the
/// old site only when `produce` succeeded; on failure the old site stays as it was.
///
/// The staging folder is the spare `.<out>.okrbook-spare` when there is one (the site
/// before last, see [`Staging`]), else a fresh folder; after the swap the replaced site
/// becomes the new spare. The spare is okrbook's own and may be deleted at any time.
pub fn write_site_with<E>(
    out: &Path,
    root: &Path,
    produce: impl FnOnce(&Staging) -> Result<(), E>,
) -> Result<(), E>
where
    E: From<WriteError>,
{
    check_out_dir(out, root)?;
    let places = Places::new(absolute(out));
    let parent = places.out.parent().unwrap_or(Path::new("/"));
    std::fs::create_dir_all(parent).map_err(io(parent))?;
    let staging = &places.staging;
    if staging.exists() {
        remove_tree(staging).map_err(io(staging))?;
    }
    sweep_abandoned(&places);
    let leftover = recycle_spare(&places.spare, staging);
    let recycled = leftover.is_some();
    if !recycled {
        if staging.exists() {
            // A spare that could not be read through: start afresh.
            remove_tree(staging).map_err(io(staging))?;
        }
        std::fs::create_dir_all(staging).map_err(io(staging))?;
    }
    let stage = Staging {
        dir: staging.clone(),
        leftover: Mutex::new(leftover.unwrap_or_default()),
        recycled,
    };
    let result = std::fs::write(staging.join(MARKER), MARKER_TEXT)
        .map_err(|e| E::from(io(staging)(e)))
        .and_then(|()| produce(&stage))
        .and_then(|()| stage.remove_leftovers().map_err(E::from));
    if let Err(e) = result {
        // The half-rewritten folder is still a fine spare: the next build compares every
        // file anyway.
        if std::fs::rename(staging, &places.spare).is_err() {
            let _ = remove_tree(staging);
        }
        return Err(e);
    }
    swap_in(&places).map_err(E::from)
}

const MARKER_TEXT: &str = "This folder was written by okrbook and is replaced on each build.\n";

/// Keeps git from listing the spare folder.
const SPARE_GITIGNORE: &str = ".gitignore";

/// Makes `dir`, about to become the spare, invisible to git.
fn ignore_spare(dir: &Path) -> std::io::Result<()> {
    std::fs::write(dir.join(SPARE_GITIGNORE), "*\n")
}

/// Tidies up after builds that were killed (Ctrl-C, a crash, a power cut): their
/// `.<out>.okrbook-new-<pid>` and `.<out>.okrbook-old-<pid>` folders would otherwise stay
/// next to the site forever. A folder of a process that is gone is put back as the site
/// when the site itself went missing between the two renames of the swap, else kept as
/// the spare when there is none, else removed. Folders of running builds are left alone;
/// where it cannot be known whether a process still runs (no `/proc`), nothing is touched.
fn sweep_abandoned(places: &Places) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let (Some(parent), Some(name)) = (places.out.parent(), places.out.file_name()) else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let name = name.to_string_lossy();
    let own = std::process::id().to_string();
    let mut abandoned: Vec<(bool, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let file = e.file_name().to_str()?.to_string();
            let rest = file.strip_prefix(&format!(".{name}.okrbook-"))?;
            let (was_old, pid) = match rest.split_once('-')? {
                ("new", pid) => (false, pid),
                ("old", pid) => (true, pid),
                _ => return None,
            };
            let dead = pid.bytes().all(|b| b.is_ascii_digit())
                && pid != own
                && !Path::new("/proc").join(pid).exists();
            let ours = e.file_type().ok()?.is_dir() && e.path().join(MARKER).is_file();
            (dead && ours).then(|| (was_old, e.path()))
        })
        .collect();
    // A complete old site first: it is the best candidate to restore.
    abandoned.sort_by_key(|(was_old, path)| (!*was_old, path.clone()));
    for (was_old, dir) in abandoned {
        if was_old
            && std::fs::symlink_metadata(&places.out).is_err()
            && std::fs::rename(&dir, &places.out).is_ok()
        {
            continue;
        }
        if std::fs::symlink_metadata(&places.spare).is_err()
            && std::fs::rename(&dir, &places.spare).is_ok()
        {
            let _ = ignore_spare(&places.spare);
            continue;
        }
        let _ = remove_tree(&dir);
    }
}

/// Takes the spare folder over as the staging folder: removes every link and special
/// file from it, so that writing into it can never leave it, and returns the site paths
/// of its files. `None` when there is no spare okrbook made.
fn recycle_spare(spare: &Path, staging: &Path) -> Option<HashSet<String>> {
    let meta = std::fs::symlink_metadata(spare).ok()?;
    if !meta.is_dir() || !spare.join(MARKER).is_file() {
        return None;
    }
    // Another build may take it at the same moment: only one rename succeeds.
    std::fs::rename(spare, staging).ok()?;
    let _ = std::fs::remove_file(staging.join(SPARE_GITIGNORE));
    // Unreadable: the caller starts afresh rather than half-trust the folder.
    let mut files: HashSet<String> = scan(staging, "").ok()?.into_iter().collect();
    files.remove(MARKER);
    Some(files)
}

/// The site paths of the regular files below `dir` (whose site path is `rel`), folder
/// by folder in parallel. Links, special files and names that are not UTF-8 (which no
/// site has) are removed on the way.
fn scan(dir: &Path, rel: &str) -> std::io::Result<Vec<String>> {
    let entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    let parts: Vec<Vec<String>> = entries
        .par_iter()
        .map(|e| {
            let kind = e.file_type()?;
            let Some(name) = e.file_name().to_str().map(str::to_string) else {
                return if kind.is_dir() {
                    remove_tree(&e.path()).map(|()| Vec::new())
                } else {
                    std::fs::remove_file(e.path()).map(|()| Vec::new())
                };
            };
            let path = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            if kind.is_dir() {
                scan(&e.path(), &path)
            } else if kind.is_file() {
                Ok(vec![path])
            } else {
                std::fs::remove_file(e.path()).map(|()| Vec::new())
            }
        })
        .collect::<Result<_, _>>()?;
    Ok(parts.concat())
}

/// Moves the old site aside, the new one in, and keeps the old one as the spare.
fn swap_in(places: &Places) -> Result<(), WriteError> {
    let Places {
        out,
        staging,
        spare,
        old,
    } = places;
    // Swap: the old site (made by okrbook, checked above) moves aside, the new one in.
    if out.exists() {
        std::fs::rename(out, old).map_err(io(out))?;
    }
    if let Err(source) = std::fs::rename(staging, out) {
        if old.exists() {
            let _ = std::fs::rename(old, out);
        }
        let _ = remove_tree(staging);
        return Err(WriteError::Io {
            path: out.to_path_buf(),
            source,
        });
    }
    if old.exists() {
        let kept =
            !spare.exists() && ignore_spare(old).is_ok() && std::fs::rename(old, spare).is_ok();
        if !kept {
            remove_tree(old).map_err(io(old))?;
        }
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
        let mut left: Vec<String> = std::fs::read_dir(hb.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [".public.okrbook-spare", "content", "public"],
            "no staging folder left, only the spare"
        );
    }

    /// Every file below `dir` with its bytes, by site path (marker left out).
    fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file() && e.file_name() != MARKER)
            .map(|e| {
                let rel = e.path().strip_prefix(dir).unwrap();
                (
                    rel.to_string_lossy().into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect();
        v.sort();
        v
    }

    fn files(list: &[(&str, &str)]) -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<(String, Vec<u8>)> = list
            .iter()
            .map(|(p, b)| (p.to_string(), b.as_bytes().to_vec()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_recycled_spare_ends_up_exactly_as_the_new_site() {
        let hb = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(hb.path().join("content")).unwrap();
        let out = hb.path().join("public");
        let spare = hb.path().join(".public.okrbook-spare");
        let first = files(&[
            ("a/index.html", "one"),
            ("a/b/index.html", "deep"),
            ("same.txt", "same"),
            ("shrinks.txt", "a much longer text than the next one"),
            ("x", "a file that becomes a folder"),
            ("y/index.html", "a folder that becomes a file"),
        ]);
        write_site(&out, hb.path(), &first).unwrap();
        write_site(&out, hb.path(), &files(&[("keep.txt", "second")])).unwrap();
        let mut kept = tree(&spare);
        kept.retain(|(p, _)| p != ".gitignore");
        assert_eq!(kept, first, "the replaced site is kept as the spare");
        let before = std::fs::metadata(spare.join("same.txt"))
            .unwrap()
            .modified()
            .unwrap();

        let third = files(&[
            ("a/index.html", "changed"),
            ("same.txt", "same"),
            ("shrinks.txt", "short"),
            ("x/index.html", "now a folder"),
            ("y", "now a file"),
            ("new/index.html", "new"),
        ]);
        write_site(&out, hb.path(), &third).unwrap();
        assert_eq!(tree(&out), third, "nothing of the spare is left over");
        assert!(!out.join("a/b").exists(), "emptied folders are removed");
        assert!(out.join(MARKER).is_file());
        let after = std::fs::metadata(out.join("same.txt"))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(before, after, "an unchanged file is not rewritten");
        assert_eq!(
            std::fs::read_to_string(spare.join(".gitignore")).unwrap(),
            "*\n",
            "git does not list the spare"
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_in_a_spare_are_never_written_through() {
        let hb = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(hb.path().join("content")).unwrap();
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("victim.txt");
        std::fs::write(&victim, "untouched").unwrap();
        let out = hb.path().join("public");
        let site = files(&[("a/index.html", "one"), ("b/index.html", "two")]);
        write_site(&out, hb.path(), &site).unwrap();
        write_site(&out, hb.path(), &site).unwrap();
        // Someone swaps parts of the spare for links out of the site.
        let spare = hb.path().join(".public.okrbook-spare");
        std::fs::remove_file(spare.join("a/index.html")).unwrap();
        std::os::unix::fs::symlink(&victim, spare.join("a/index.html")).unwrap();
        std::fs::remove_dir_all(spare.join("b")).unwrap();
        std::os::unix::fs::symlink(outside.path(), spare.join("b")).unwrap();
        // A hard link, as a `cp -al` snapshot of the site makes.
        let snapshot = outside.path().join("snapshot.html");
        std::fs::write(spare.join("c.html"), "old").unwrap();
        std::fs::hard_link(spare.join("c.html"), &snapshot).unwrap();
        // A name no site has: not UTF-8.
        let odd =
            spare.join(<std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(b"odd-\xff"));
        std::fs::write(&odd, "x").unwrap();

        let new = files(&[
            ("a/index.html", "new one"),
            ("b/victim.txt", "new two"),
            ("c.html", "new three"),
        ]);
        write_site(&out, hb.path(), &new).unwrap();
        assert_eq!(tree(&out), new);
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
        assert_eq!(std::fs::read_to_string(&snapshot).unwrap(), "old");
        assert_eq!(
            std::fs::read_dir(&out).unwrap().count(),
            4,
            "a, b, c.html and the marker, nothing else"
        );
        assert!(!std::fs::symlink_metadata(out.join("b"))
            .unwrap()
            .is_symlink());
    }

    #[test]
    fn a_failed_build_into_a_spare_keeps_the_site() {
        let hb = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(hb.path().join("content")).unwrap();
        let out = hb.path().join("public");
        let site = files(&[("a/index.html", "one")]);
        write_site(&out, hb.path(), &site).unwrap();
        write_site(&out, hb.path(), &site).unwrap();
        let failed: Result<(), WriteError> = write_site_with(&out, hb.path(), |staging| {
            staging.put("a/index.html", b"half")?;
            Err(WriteError::Escapes("stop".into()))
        });
        assert!(failed.is_err());
        assert_eq!(tree(&out), site, "the site is untouched");
        write_site(&out, hb.path(), &files(&[("z.txt", "z")])).unwrap();
        assert_eq!(tree(&out), files(&[("z.txt", "z")]));
    }

    #[test]
    fn folders_of_killed_builds_are_tidied_up() {
        let hb = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(hb.path().join("content")).unwrap();
        let out = hb.path().join("public");
        let site = files(&[("a/index.html", "one")]);
        // No process has a pid above the kernel's limit of 2^22: these builds are gone.
        let gone = |what: &str, n: u32| {
            hb.path()
                .join(format!(".public.okrbook-{what}-{}", 5_000_000 + n))
        };
        let half_written = |dir: &Path| {
            std::fs::create_dir_all(dir.join("a")).unwrap();
            std::fs::write(dir.join(MARKER), MARKER_TEXT).unwrap();
            std::fs::write(dir.join("a/index.html"), "half").unwrap();
        };
        // Killed between the two renames of the swap: the site is missing, the old
        // one waits aside; and two builds killed while writing.
        half_written(&gone("new", 1));
        half_written(&gone("new", 2));
        std::fs::create_dir_all(gone("old", 3)).unwrap();
        std::fs::write(gone("old", 3).join(MARKER), MARKER_TEXT).unwrap();
        std::fs::write(gone("old", 3).join("old.txt"), "the site before").unwrap();
        // A folder of that name that okrbook did not make is never touched.
        std::fs::create_dir_all(gone("new", 4)).unwrap();
        std::fs::write(gone("new", 4).join("mine.txt"), "keep").unwrap();

        write_site(&out, hb.path(), &site).unwrap();
        assert_eq!(tree(&out), site);
        let mut left: Vec<String> = std::fs::read_dir(hb.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let spare = ".public.okrbook-spare".to_string();
        assert_eq!(
            left,
            [
                ".public.okrbook-new-5000004".to_string(),
                spare.clone(),
                "content".into(),
                "public".into()
            ]
        );
        // The restored old site became the spare when the new site moved in.
        assert_eq!(
            std::fs::read_to_string(hb.path().join(spare).join("old.txt")).unwrap(),
            "the site before"
        );
    }
}
