//! Writing a site to disk safely: into a folder next to the target, swapped in only when
//! complete. okrbook never deletes a folder it did not make, keeps the files others put
//! into its folder (a `CNAME`, `.well-known/`), gives the new site the permissions and
//! group of the old one, and keeps no copy that a web server could show with content
//! the new site no longer has.

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
    for (folder, why) in [
        ("content", "it is inside content/"),
        ("themes", "it is inside themes/"),
        ("static", "it is inside static/"),
    ] {
        if abs.starts_with(root.join(folder)) {
            return Err(WriteError::Refused(out.into(), why));
        }
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
    /// Site paths written, and those of them whose bytes the folder did not hold yet.
    written: Mutex<Vec<String>>,
    changed: Mutex<Vec<String>>,
    /// The group the files kept from a recycled folder must have (see [`Looks`]).
    group: Option<u32>,
}

impl Staging {
    /// Writes one file of the site; `path` is relative to the site root and may not
    /// leave it.
    pub fn put(&self, path: &str, bytes: &[u8]) -> Result<(), WriteError> {
        if !is_safe_relative(path) {
            return Err(WriteError::Escapes(path.to_string()));
        }
        let dest = self.dir.join(path);
        lock(&self.written).push(path.to_string());
        if self.take_leftover(path) {
            // A regular file of our own (recycling removed every symlink): compare, then
            // overwrite only if it differs.
            let (held, gid) = compare(&dest, bytes);
            if !matches!(held, Held::Same) {
                lock(&self.changed).push(path.to_string());
            }
            if !matches!(held, Held::Shared) {
                keep_group(&dest, gid, self.group)?;
            }
            match held {
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
        lock(&self.changed).push(path.to_string());
        if let Some(dir) = dest.parent() {
            if std::fs::create_dir_all(dir).is_err() && self.recycled {
                // A recycled folder may hold a file where this site has a folder.
                self.clear_way(dir);
                std::fs::create_dir_all(dir).map_err(io(dir))?;
            }
        }
        if self.recycled && dest.is_dir() {
            // … or a folder where this site has a file.
            let _ = std::fs::remove_dir_all(&dest);
        }
        std::fs::write(&dest, bytes).map_err(io(&dest))
    }

    /// Marks a file of the recycled folder as one the new site has; whether it was there.
    fn take_leftover(&self, path: &str) -> bool {
        let mut left = lock(&self.leftover);
        !left.is_empty() && left.remove(path)
    }

    /// Removes files of the recycled folder that stand where `dir` needs a folder.
    fn clear_way(&self, dir: &Path) {
        let mut at = dir;
        while at.starts_with(&self.dir) && at != self.dir {
            if std::fs::symlink_metadata(at).is_ok_and(|m| !m.is_dir()) {
                let _ = std::fs::remove_file(at);
                if let Ok(rel) = at.strip_prefix(&self.dir) {
                    self.take_leftover(&site_path(rel));
                }
            }
            at = at.parent().unwrap_or(&self.dir);
        }
    }

    /// Removes what the recycled folder held and the new site did not write, and the
    /// folders that leaves empty; returns the site paths removed.
    fn remove_leftovers(&self) -> Result<Vec<String>, WriteError> {
        let left: Vec<String> = std::mem::take(&mut *lock(&self.leftover))
            .into_iter()
            .collect();
        remove_files(&self.dir, &left)?;
        Ok(left)
    }
}

/// Removes the files `paths` (site paths) below `dir`, and the folders that leaves empty.
fn remove_files(dir: &Path, paths: &[String]) -> Result<(), WriteError> {
    paths.par_iter().try_for_each(|p| {
        let f = dir.join(p);
        match std::fs::remove_file(&f) {
            // Gone already when the new site put a file where its folder was.
            Err(e) if std::fs::symlink_metadata(&f).is_ok() => Err(io(&f)(e)),
            _ => Ok(()),
        }
    })?;
    let mut dirs: Vec<&Path> = paths
        .iter()
        .flat_map(|p| Path::new(p).ancestors().skip(1))
        .filter(|d| !d.as_os_str().is_empty())
        .collect();
    dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
    dirs.dedup();
    for d in dirs {
        // Fails, as it should, for every folder that still holds something.
        let _ = std::fs::remove_dir(dir.join(d));
    }
    Ok(())
}

/// Whether every folder on the way to each of `paths` below `dir` is a real folder (no
/// link, which removing a file through would leave `dir`).
fn folders_are_real(dir: &Path, paths: &[String]) -> bool {
    paths.iter().all(|p| {
        Path::new(p)
            .ancestors()
            .skip(1)
            .filter(|a| !a.as_os_str().is_empty())
            .all(|a| std::fs::symlink_metadata(dir.join(a)).is_ok_and(|m| m.is_dir()))
    })
}

/// A mutex's data, also after a thread panicked while holding it (the data here are
/// lists that stay consistent at every step).
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
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

/// What the file at `path` holds, and its group where there are groups.
fn compare(path: &Path, bytes: &[u8]) -> (Held, Option<u32>) {
    use std::io::Read;
    let Ok(mut f) = std::fs::File::open(path) else {
        return (Held::Other, None);
    };
    let Ok(meta) = f.metadata() else {
        return (Held::Shared, None);
    };
    #[cfg(unix)]
    let (shared, gid) = {
        use std::os::unix::fs::MetadataExt;
        (meta.nlink() > 1, Some(meta.gid()))
    };
    #[cfg(not(unix))]
    let (shared, gid) = (true, None);
    let differs = if shared { Held::Shared } else { Held::Other };
    if meta.len() != bytes.len() as u64 {
        return (differs, gid);
    }
    // In pieces, so that comparing a data file of tens of megabytes does not hold a
    // second copy of it.
    let mut have = vec![0; bytes.len().min(64 * 1024)];
    for want in bytes.chunks(have.len().max(1)) {
        let have = &mut have[..want.len()];
        if f.read_exact(have).is_err() || have != want {
            return (differs, gid);
        }
    }
    (Held::Same, gid)
}

/// Gives a file or folder kept from a recycled folder the group `want`, if it has
/// another (`have`).
fn keep_group(path: &Path, have: Option<u32>, want: Option<u32>) -> Result<(), WriteError> {
    match (have, want) {
        #[cfg(unix)]
        (Some(have), Some(want)) if have != want => {
            std::os::unix::fs::chown(path, None, Some(want)).map_err(io(path))
        }
        _ => Ok(()),
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
/// The staging folder is the spare `.<out>.okrbook-spare` when there is one, else a fresh
/// folder. After the swap the replaced site becomes the new spare and is rewritten to
/// hold exactly the new site: what the new site no longer has is gone from every folder
/// next to `out`, and the next build rewrites the spare in place (see [`Staging`]). The
/// spare is readable by its owner only, and okrbook's own: it may be deleted at any time.
///
/// Files of `out` that okrbook did not write (its marker lists the ones it did) are
/// copied into the new site, unless the new site has a file of the same path. The new
/// site gets the permissions and group of `out`.
pub fn write_site_with<E>(
    out: &Path,
    root: &Path,
    produce: impl FnOnce(&Staging) -> Result<(), E>,
) -> Result<(), E>
where
    E: From<WriteError>,
{
    check_out_dir(out, root)?;
    let mut phases = crate::timings::Phases::start("write");
    let places = Places::new(absolute(out));
    let parent = places.out.parent().unwrap_or(Path::new("/"));
    std::fs::create_dir_all(parent).map_err(io(parent))?;
    let staging = &places.staging;
    if staging.exists() {
        std::fs::remove_dir_all(staging).map_err(io(staging))?;
    }
    sweep_abandoned(&places);
    let looks = Looks::of(&places.out);
    if looks.is_none() && places.spare.exists() {
        // The site is gone: its spare is of no use and must not outlive it.
        remove_spare(&places.spare);
    }
    let group = looks.as_ref().and_then(Looks::inherited_group);
    let recycled = recycle_spare(&places.spare, staging, group);
    let in_sync = recycled
        .as_ref()
        .is_some_and(|r| r.synced_with.is_some() && r.synced_with == identity(&places.out));
    if recycled.is_none() {
        if staging.exists() {
            // A spare that could not be read through: start afresh.
            std::fs::remove_dir_all(staging).map_err(io(staging))?;
        }
        std::fs::create_dir_all(staging).map_err(io(staging))?;
    }
    phases.mark("spare taken over");
    let stage = Staging {
        dir: staging.clone(),
        recycled: recycled.is_some(),
        leftover: Mutex::new(recycled.map(|r| r.files).unwrap_or_default()),
        written: Mutex::default(),
        changed: Mutex::default(),
        group,
    };
    let result = looks
        .as_ref()
        .map_or(Ok(()), |l| l.apply_while_writing(staging))
        .and_then(|()| std::fs::write(staging.join(MARKER), MARKER_TEXT).map_err(io(staging)))
        .map_err(E::from)
        .and_then(|()| produce(&stage))
        .and_then(|()| {
            phases.mark("pages and files");
            stage.remove_leftovers().map_err(E::from)
        })
        .and_then(|withdrawn| {
            finish_staging(&places, &stage, looks.as_ref())
                .map(|foreign| (foreign, withdrawn))
                .map_err(E::from)
        });
    let (foreign, withdrawn) = match result {
        Ok(done) => done,
        Err(e) => {
            // The half-rewritten folder is still a fine spare: the next build compares
            // every file anyway (it is no longer in step with the site). Like every
            // spare, only its owner may read it.
            if make_spare(staging).is_err() || std::fs::rename(staging, &places.spare).is_err() {
                let _ = std::fs::remove_dir_all(staging);
            }
            return Err(e);
        }
    };
    phases.mark("leftovers, others' files, marker");
    swap_in(&places).map_err(E::from)?;
    let mut site = std::mem::take(&mut *lock(&stage.written));
    site.extend(foreign.iter().cloned());
    let mut changed: HashSet<String> = std::mem::take(&mut *lock(&stage.changed))
        .into_iter()
        .collect();
    changed.extend(foreign);
    let step = if in_sync {
        Step::From {
            changed: &changed,
            withdrawn: &withdrawn,
        }
    } else {
        Step::Unknown
    };
    refresh_spare(&places, &site, step, group);
    phases.mark("swap, spare in step");
    Ok(())
}

/// What is known of the spare when it is brought in step with the new site.
enum Step<'a> {
    /// Nothing: every file is compared.
    Unknown,
    /// It held exactly the replaced site, which differs from the new one only in the
    /// paths `changed` (bytes) and `withdrawn` (files the new site no longer has).
    From {
        changed: &'a HashSet<String>,
        withdrawn: &'a [String],
    },
}

/// The first line of the marker; the site paths okrbook wrote follow it, one a line,
/// after an empty line.
const MARKER_TEXT: &str = "This folder was written by okrbook: each build replaces the files listed below and keeps the others.\n";

/// The marker's text for a site of these paths.
fn marker_text(paths: &mut [String]) -> String {
    paths.sort_unstable();
    let mut text = String::with_capacity(MARKER_TEXT.len() + paths.len() * 40);
    text.push_str(MARKER_TEXT);
    text.push('\n');
    for p in paths.iter() {
        text.push_str(p);
        text.push('\n');
    }
    text
}

/// The site paths the marker of the site at `dir` lists; `None` when it lists none (an
/// older okrbook wrote it, or there is no site).
fn marker_paths(dir: &Path) -> Option<HashSet<String>> {
    let text = std::fs::read_to_string(dir.join(MARKER)).ok()?;
    let (_, list) = text.split_once("\n\n")?;
    Some(list.lines().map(str::to_string).collect())
}

/// Completes the staging folder: copies the files of the current site that okrbook did
/// not write, writes the marker that lists the new site's files, and gives the folder
/// the permissions of the site it replaces. Returns the paths of the copied regular files.
fn finish_staging(
    places: &Places,
    stage: &Staging,
    looks: Option<&Looks>,
) -> Result<Vec<String>, WriteError> {
    let mut written = lock(&stage.written).clone();
    let foreign = match marker_paths(&places.out) {
        Some(listed) => {
            let ours: HashSet<&str> = written.iter().map(String::as_str).collect();
            keep_foreign(&places.out, &stage.dir, &listed, &ours)
        }
        None => Vec::new(),
    };
    let marker = stage.dir.join(MARKER);
    std::fs::write(&marker, marker_text(&mut written)).map_err(io(&marker))?;
    if let Some(l) = looks {
        l.apply(&stage.dir)?;
    }
    Ok(foreign)
}

/// Copies what `out` holds besides the files its marker lists (`listed`) into `staging`,
/// where the new site has no file of that path (`ours`): a `CNAME`, a `.well-known/`
/// folder someone put there. Symbolic links are copied as links. Returns the paths of
/// the regular files copied.
fn keep_foreign(
    out: &Path,
    staging: &Path,
    listed: &HashSet<String>,
    ours: &HashSet<&str>,
) -> Vec<String> {
    let mut kept = Vec::new();
    let mut others = not_listed(out, "", &|rel| {
        rel == MARKER || listed.contains(rel) || ours.contains(rel)
    });
    // In a fixed order, so that which of two clashing files wins does not vary.
    others.sort_by(|a, b| a.0.cmp(&b.0));
    for (rel, kind) in others {
        let from = out.join(&rel);
        let to = staging.join(&rel);
        // A folder or file of the new site where the kept file would go: the site wins.
        let parent_ok = to
            .parent()
            .is_some_and(|p| std::fs::create_dir_all(p).is_ok());
        if !parent_ok || std::fs::symlink_metadata(&to).is_ok() {
            continue;
        }
        if kind.is_file() {
            if std::fs::copy(&from, &to).is_ok() {
                kept.push(rel);
            }
        } else if kind.is_symlink() {
            #[cfg(unix)]
            if let Ok(target) = std::fs::read_link(&from) {
                let _ = std::os::unix::fs::symlink(target, &to);
            }
        }
    }
    kept
}

/// The site paths and kinds of what lies below `dir` (whose site path is `rel`) other
/// than folders and the paths `known` accepts, folder by folder in parallel; links are
/// listed, not followed.
fn not_listed(
    dir: &Path,
    rel: &str,
    known: &(dyn Fn(&str) -> bool + Sync),
) -> Vec<(String, std::fs::FileType)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let entries: Vec<std::fs::DirEntry> = entries.filter_map(Result::ok).collect();
    entries
        .par_iter()
        .flat_map_iter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            let path = if rel.is_empty() {
                name.into_owned()
            } else {
                format!("{rel}/{name}")
            };
            match e.file_type() {
                Ok(kind) if kind.is_dir() => not_listed(&e.path(), &path, known),
                Ok(kind) if !known(&path) => vec![(path, kind)],
                _ => Vec::new(),
            }
        })
        .collect()
}

/// The permissions and group of a site folder, given to the folder that replaces it, so
/// that a web server that could read the old site can read the new one.
struct Looks {
    #[cfg(unix)]
    mode: u32,
    #[cfg(unix)]
    gid: u32,
}

impl Looks {
    /// Those of the folder at `out`; `None` when there is none.
    fn of(out: &Path) -> Option<Looks> {
        let meta = std::fs::symlink_metadata(out).ok().filter(|m| m.is_dir())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(Looks {
                mode: meta.mode() & 0o7777,
                gid: meta.gid(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = meta;
            Some(Looks {})
        }
    }

    /// The group every file and folder of the site gets, when the folder is
    /// set-group-id (as the system does for new files, okrbook does for the files it
    /// keeps from the spare too).
    fn inherited_group(&self) -> Option<u32> {
        #[cfg(unix)]
        {
            (self.mode & 0o2000 != 0).then_some(self.gid)
        }
        #[cfg(not(unix))]
        {
            None
        }
    }

    /// While the site is written: the group (so that, with a set-group-id folder, the new
    /// files get it too), and access for the owner only, as the folder may still hold
    /// the spare's old files.
    fn apply_while_writing(&self, dir: &Path) -> Result<(), WriteError> {
        #[cfg(unix)]
        {
            self.set_group(dir)?;
            set_mode(dir, 0o700 | (self.mode & 0o2000))?;
        }
        let _ = dir;
        Ok(())
    }

    /// Before the swap: the group and the permissions of the old site.
    fn apply(&self, dir: &Path) -> Result<(), WriteError> {
        #[cfg(unix)]
        {
            self.set_group(dir)?;
            set_mode(dir, self.mode)?;
        }
        let _ = dir;
        Ok(())
    }

    #[cfg(unix)]
    fn set_group(&self, dir: &Path) -> Result<(), WriteError> {
        use std::os::unix::fs::MetadataExt;
        let have = std::fs::metadata(dir).map_err(io(dir))?.gid();
        if have == self.gid {
            return Ok(());
        }
        // Refused when the user is not in the group: better no new site than one the
        // web server may not read.
        std::os::unix::fs::chown(dir, None, Some(self.gid)).map_err(|source| WriteError::Io {
            path: dir.to_path_buf(),
            source: std::io::Error::new(
                source.kind(),
                format!(
                    "cannot give the new site the group {} of the old one: {source}",
                    self.gid
                ),
            ),
        })
    }
}

#[cfg(unix)]
fn set_mode(dir: &Path, mode: u32) -> Result<(), WriteError> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode)).map_err(io(dir))
}

/// Which folder a path is (device and inode), to tell later whether the site folder is
/// still the one the spare was brought in step with. `None` where it cannot be known.
fn identity(dir: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = std::fs::symlink_metadata(dir).ok()?;
        Some(format!("{}:{}", meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// Keeps git from listing the spare folder.
const SPARE_GITIGNORE: &str = ".gitignore";

/// In the spare: the identity of the site folder whose files it holds exactly.
const SPARE_IN_STEP: &str = ".okrbook-in-step-with";

/// Makes `dir`, about to become the spare, invisible to git and to everyone but its owner.
fn make_spare(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    std::fs::write(dir.join(SPARE_GITIGNORE), "*\n")
}

/// Removes a spare; if even that fails, at least no one but its owner can read it.
fn remove_spare(spare: &Path) {
    if std::fs::remove_dir_all(spare).is_err() {
        let _ = make_spare(spare);
    }
}

/// Brings the spare (the site just replaced) in step with the new site at `out`: every
/// file of `site` with the new site's bytes, nothing else. When the spare was in step
/// with the replaced site ([`Step::From`]), only the changed paths are compared; when
/// no file changed, the withdrawn ones are removed without reading the whole folder
/// (a rebuild of the same handbook). Else every file is compared. A spare that cannot
/// be brought in step is removed: no folder next to the site keeps what the site no
/// longer shows.
fn refresh_spare(places: &Places, site: &[String], step: Step<'_>, group: Option<u32>) {
    let spare = &places.spare;
    if std::fs::symlink_metadata(spare).is_err() {
        return;
    }
    let (changed, withdrawn) = match step {
        Step::Unknown => (None, &[][..]),
        Step::From { changed, withdrawn } => (Some(changed), withdrawn),
    };
    let refreshed = (|| -> Result<(), WriteError> {
        let _ = std::fs::remove_file(spare.join(SPARE_IN_STEP));
        // Nothing is written, so no link can be written through; removing a file through
        // a linked folder could, hence the check.
        if changed.is_some_and(HashSet::is_empty) && folders_are_real(spare, withdrawn) {
            remove_files(spare, withdrawn)?;
            return mark_in_step(places);
        }
        let mut files: HashSet<String> = scan(spare, "", group)?.into_iter().collect();
        files.remove(MARKER);
        files.remove(SPARE_GITIGNORE);
        let stage = Staging {
            dir: spare.clone(),
            leftover: Mutex::new(files),
            recycled: true,
            written: Mutex::default(),
            changed: Mutex::default(),
            group,
        };
        site.par_iter().try_for_each(|p| {
            if changed.is_some_and(|c| !c.contains(p)) && stage.take_leftover(p) {
                return Ok(());
            }
            let from = places.out.join(p);
            let bytes = std::fs::read(&from).map_err(io(&from))?;
            stage.put(p, &bytes)
        })?;
        stage.remove_leftovers()?;
        mark_in_step(places)
    })();
    if refreshed.is_err() {
        remove_spare(spare);
    }
}

/// Gives the spare, now holding the site's files, the site's marker and notes which
/// site folder it is in step with.
fn mark_in_step(places: &Places) -> Result<(), WriteError> {
    let spare = &places.spare;
    let marker = spare.join(MARKER);
    std::fs::copy(places.out.join(MARKER), &marker).map_err(io(&marker))?;
    if let Some(id) = identity(&places.out) {
        std::fs::write(spare.join(SPARE_IN_STEP), id).map_err(io(spare))?;
    }
    Ok(())
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
            && make_spare(&dir).is_ok()
            && std::fs::rename(&dir, &places.spare).is_ok()
        {
            continue;
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// A spare taken over as the staging folder.
struct Recycled {
    /// The site paths of its files.
    files: HashSet<String>,
    /// The identity of the site folder it was last brought in step with.
    synced_with: Option<String>,
}

/// Takes the spare folder over as the staging folder: removes every link and special
/// file from it, so that writing into it can never leave it. `None` when there is no
/// spare okrbook made.
fn recycle_spare(spare: &Path, staging: &Path, group: Option<u32>) -> Option<Recycled> {
    let meta = std::fs::symlink_metadata(spare).ok()?;
    if !meta.is_dir() || !spare.join(MARKER).is_file() {
        return None;
    }
    // Another build may take it at the same moment: only one rename succeeds.
    std::fs::rename(spare, staging).ok()?;
    let _ = std::fs::remove_file(staging.join(SPARE_GITIGNORE));
    let in_step = staging.join(SPARE_IN_STEP);
    let synced_with = std::fs::read_to_string(&in_step).ok();
    let _ = std::fs::remove_file(in_step);
    // Unreadable: the caller starts afresh rather than half-trust the folder.
    let mut files: HashSet<String> = scan(staging, "", group).ok()?.into_iter().collect();
    files.remove(MARKER);
    Some(Recycled { files, synced_with })
}

/// The site paths of the regular files below `dir` (whose site path is `rel`), folder
/// by folder in parallel. Links, special files and names that are not UTF-8 (which no
/// site has) are removed on the way, and folders get the `group` the site needs.
fn scan(dir: &Path, rel: &str, group: Option<u32>) -> Result<Vec<String>, WriteError> {
    #[cfg(unix)]
    if group.is_some() {
        use std::os::unix::fs::MetadataExt;
        let have = std::fs::symlink_metadata(dir).map_err(io(dir))?.gid();
        keep_group(dir, Some(have), group)?;
    }
    let entries: Vec<std::fs::DirEntry> = std::fs::read_dir(dir)
        .and_then(|d| d.collect::<Result<_, _>>())
        .map_err(io(dir))?;
    let parts: Vec<Vec<String>> = entries
        .par_iter()
        .map(|e| {
            let at = e.path();
            let kind = e.file_type().map_err(io(&at))?;
            let Some(name) = e.file_name().to_str().map(str::to_string) else {
                let gone = if kind.is_dir() {
                    std::fs::remove_dir_all(&at)
                } else {
                    std::fs::remove_file(&at)
                };
                return gone.map(|()| Vec::new()).map_err(io(&at));
            };
            let path = if rel.is_empty() {
                name
            } else {
                format!("{rel}/{name}")
            };
            if kind.is_dir() {
                scan(&at, &path, group)
            } else if kind.is_file() {
                Ok(vec![path])
            } else {
                std::fs::remove_file(&at)
                    .map(|()| Vec::new())
                    .map_err(io(&at))
            }
        })
        .collect::<Result<_, _>>()?;
    Ok(parts.concat())
}

/// Moves the old site aside, the new one in, and keeps the old one as the spare (which
/// [`refresh_spare`] then brings in step with the new site).
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
        let _ = std::fs::remove_dir_all(staging);
        return Err(WriteError::Io {
            path: out.to_path_buf(),
            source,
        });
    }
    if old.exists() {
        let kept =
            !spare.exists() && make_spare(old).is_ok() && std::fs::rename(old, spare).is_ok();
        if !kept {
            std::fs::remove_dir_all(old).map_err(io(old))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_the_same_only_when_every_piece_is() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("okrs.json");
        let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &big).unwrap();
        assert!(matches!(compare(&path, &big).0, Held::Same));
        let mut late = big.clone();
        late[150_000] ^= 1;
        assert!(matches!(compare(&path, &late).0, Held::Other));
        assert!(matches!(compare(&path, &big[1..]).0, Held::Other));
        std::fs::write(&path, b"").unwrap();
        assert!(matches!(compare(&path, b"").0, Held::Same));
        assert!(matches!(
            compare(&dir.path().join("none"), b"").0,
            Held::Other
        ));
    }

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

    /// A handbook folder to write sites next to: its site's and its spare's paths.
    fn next_to_a_handbook() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let hb = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(hb.path().join("content")).unwrap();
        let (out, spare) = (
            hb.path().join("public"),
            hb.path().join(".public.okrbook-spare"),
        );
        (hb, out, spare)
    }

    /// What a spare holds besides its own bookkeeping (`.gitignore`, the in-step note).
    fn spare_tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
        let mut v = tree(dir);
        v.retain(|(p, _)| p != SPARE_GITIGNORE && p != SPARE_IN_STEP);
        v
    }

    #[test]
    fn a_recycled_spare_ends_up_exactly_as_the_new_site() {
        let (hb, out, spare) = next_to_a_handbook();
        let first = files(&[
            ("a/index.html", "one"),
            ("a/b/index.html", "deep"),
            ("same.txt", "same"),
            ("shrinks.txt", "a much longer text than the next one"),
            ("x", "a file that becomes a folder"),
            ("y/index.html", "a folder that becomes a file"),
        ]);
        write_site(&out, hb.path(), &first).unwrap();
        write_site(&out, hb.path(), &first).unwrap();
        assert_eq!(spare_tree(&spare), first, "the spare holds the site");
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
        assert_eq!(spare_tree(&spare), third, "the spare holds the new site");
        assert!(!spare.join("a/b").exists());
        assert_eq!(
            std::fs::read_to_string(spare.join(".gitignore")).unwrap(),
            "*\n",
            "git does not list the spare"
        );
    }

    #[test]
    fn the_spare_keeps_nothing_the_new_site_retracted() {
        let (hb, out, spare) = next_to_a_handbook();
        let secret = files(&[
            ("objectives/layoffs/index.html", "secret plan"),
            ("index.html", "home with the secret plan"),
            ("same.txt", "same"),
        ]);
        let public = files(&[("index.html", "home"), ("same.txt", "same")]);
        // In step (the spare was made by the build before), and not (a spare left by
        // an older okrbook, or by a build that was killed).
        for in_step in [true, false] {
            write_site(&out, hb.path(), &secret).unwrap();
            write_site(&out, hb.path(), &secret).unwrap();
            assert_eq!(spare_tree(&spare), secret);
            if !in_step {
                std::fs::remove_file(spare.join(SPARE_IN_STEP)).unwrap();
            }
            write_site(&out, hb.path(), &public).unwrap();
            assert_eq!(tree(&out), public);
            assert_eq!(spare_tree(&spare), public, "in step: {in_step}");
            assert!(!spare.join("objectives").exists());
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&spare).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "only its owner may read the spare");
        }
    }

    #[test]
    fn a_rebuild_that_only_withdraws_pages_leaves_them_nowhere() {
        let (hb, out, spare) = next_to_a_handbook();
        let before = files(&[
            ("objectives/layoffs/index.html", "secret plan"),
            ("index.html", "home"),
        ]);
        let after = files(&[("index.html", "home")]);
        for site in [&before, &before, &before, &after, &after] {
            write_site(&out, hb.path(), site).unwrap();
            assert_eq!(&tree(&out), site);
            if spare.exists() {
                assert_eq!(&spare_tree(&spare), site, "the spare is in step");
            }
        }
        assert!(!spare.join("objectives").exists());
    }

    #[cfg(unix)]
    #[test]
    fn withdrawing_pages_never_removes_through_a_link() {
        let (hb, out, spare) = next_to_a_handbook();
        let outside = tempfile::tempdir().unwrap();
        let victim = outside.path().join("index.html");
        std::fs::write(&victim, "untouched").unwrap();
        let before = files(&[("a/index.html", "a"), ("index.html", "home")]);
        for _ in 0..3 {
            write_site(&out, hb.path(), &before).unwrap();
        }
        // Someone with access to the site swaps its folder `a` for a link out of it.
        std::fs::remove_dir_all(out.join("a")).unwrap();
        std::os::unix::fs::symlink(outside.path(), out.join("a")).unwrap();
        let after = files(&[("index.html", "home")]);
        write_site(&out, hb.path(), &after).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
        assert_eq!(tree(&out), after);
        assert!(!spare.exists() || spare_tree(&spare) == after);
    }

    #[cfg(unix)]
    #[test]
    fn the_new_site_keeps_the_permissions_and_group_of_the_old() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let (hb, out, _) = next_to_a_handbook();
        let site = files(&[("index.html", "home")]);
        write_site(&out, hb.path(), &site).unwrap();
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o2750)).unwrap();
        // Any group will do for root; others keep their own group.
        let gid = if std::os::unix::fs::chown(&out, None, Some(4242)).is_ok() {
            4242
        } else {
            std::fs::metadata(&out).unwrap().gid()
        };
        for _ in 0..3 {
            write_site(&out, hb.path(), &site).unwrap();
            let meta = std::fs::metadata(&out).unwrap();
            assert_eq!(meta.mode() & 0o7777, 0o2750);
            assert_eq!(meta.gid(), gid);
            let page = std::fs::metadata(out.join("index.html")).unwrap();
            assert_eq!(page.gid(), gid, "set-group-id: new files get the group too");
        }
    }

    #[test]
    fn files_okrbook_did_not_write_are_kept() {
        let (hb, out, _) = next_to_a_handbook();
        write_site(
            &out,
            hb.path(),
            &files(&[("index.html", "home"), ("old.html", "x")]),
        )
        .unwrap();
        std::fs::write(out.join("CNAME"), "okr.example.org\n").unwrap();
        std::fs::create_dir_all(out.join(".well-known")).unwrap();
        std::fs::write(out.join(".well-known/security.txt"), "Contact: x\n").unwrap();
        std::fs::write(out.join("robots.txt"), "theirs").unwrap();
        for _ in 0..3 {
            write_site(
                &out,
                hb.path(),
                &files(&[("index.html", "home 2"), ("robots.txt", "ours")]),
            )
            .unwrap();
            assert_eq!(
                tree(&out),
                files(&[
                    (".well-known/security.txt", "Contact: x\n"),
                    ("CNAME", "okr.example.org\n"),
                    ("index.html", "home 2"),
                    ("robots.txt", "ours"),
                ]),
                "kept, except where the site has a file of its own"
            );
        }
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
        #[cfg(unix)]
        {
            // Also when the first build fails, with no site to take the looks of.
            use std::os::unix::fs::PermissionsExt;
            let (first, first_out, first_spare) = next_to_a_handbook();
            let failed: Result<(), WriteError> = write_site_with(&first_out, first.path(), |s| {
                s.put("a/index.html", b"half")?;
                Err(WriteError::Escapes("stop".into()))
            });
            assert!(failed.is_err() && !first_out.exists());
            for spare in [hb.path().join(".public.okrbook-spare"), first_spare] {
                let mode = std::fs::metadata(spare).unwrap().permissions().mode();
                assert_eq!(mode & 0o077, 0, "a half-written spare is its owner's only");
            }
        }
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
        // The restored old site became the spare when the new site moved in, and was
        // then brought in step with the new site.
        assert_eq!(spare_tree(&hb.path().join(spare)), site);
    }
}
