//! The little okrbook asks of git, through the `git` command line: the lines a change
//! touched (`check --since`) and the files of a handbook at another revision (`diff`).
//!
//! A revision comes from the command line, so every call puts `--end-of-options` before
//! it: a "revision" such as `--output=x` is then looked up as a revision (and not found)
//! instead of being read as one of git's options. This needs git 2.30 or newer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("cannot run git: {0}; is git installed?")]
    Spawn(std::io::Error),
    #[error("git {args} failed: {stderr}")]
    Failed { args: String, stderr: String },
}

fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(GitError::Spawn)?;
    if !out.status.success() {
        return Err(GitError::Failed {
            args: args.join(" "),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        });
    }
    Ok(out.stdout)
}

/// Lines added or changed since `base`, by file relative to `root` (`content/x.md`).
/// A file that is new or untracked counts with all its lines (`None`).
pub type Touched = BTreeMap<String, Option<BTreeSet<u32>>>;

/// The lines of the handbook at `root` that differ from revision `base`, including
/// uncommitted changes and untracked files.
pub fn touched_since(root: &Path, base: &str) -> Result<Touched, GitError> {
    // Fails early and clearly when `base` is not a revision.
    git(
        root,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &format!("{base}^{{commit}}"),
        ],
    )
    .map_err(|_| GitError::Failed {
        args: format!("rev-parse {base}"),
        stderr: format!("`{base}` is not a commit, branch or tag of this repository"),
    })?;
    let diff = git(
        root,
        &[
            "diff",
            "--unified=0",
            "--no-color",
            "--no-ext-diff",
            "--relative",
            "--end-of-options",
            base,
            "--",
            ".",
        ],
    )?;
    let mut touched = parse_diff(&String::from_utf8_lossy(&diff));
    let untracked = git(
        root,
        &["ls-files", "--others", "--exclude-standard", "--", "."],
    )?;
    for f in String::from_utf8_lossy(&untracked).lines() {
        touched.insert(f.to_string(), None);
    }
    Ok(touched)
}

/// Reads the new-side line ranges of a `git diff --unified=0`.
pub fn parse_diff(diff: &str) -> Touched {
    let mut out: Touched = BTreeMap::new();
    let mut file: Option<String> = None;
    let mut new_file = false;
    for line in diff.lines() {
        if line.starts_with("diff --git ") {
            file = None;
            new_file = false;
        } else if line.starts_with("new file mode") {
            new_file = true;
        } else if let Some(path) = line.strip_prefix("+++ ") {
            file = unquote(path).strip_prefix("b/").map(str::to_string);
            if let Some(f) = &file {
                out.insert(
                    f.clone(),
                    if new_file {
                        None
                    } else {
                        Some(BTreeSet::new())
                    },
                );
            }
        } else if let (Some(hunk), Some(f)) = (line.strip_prefix("@@ "), &file) {
            // @@ -a,b +c,d @@
            let Some(plus) = hunk.split(' ').find(|p| p.starts_with('+')) else {
                continue;
            };
            let mut parts = plus[1..].splitn(2, ',');
            let start: u32 = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            let count: u32 = parts
                .next()
                .map_or(Some(1), |s| s.parse().ok())
                .unwrap_or(1);
            if let Some(Some(lines)) = out.get_mut(f) {
                lines.extend(start..start + count);
            }
        }
    }
    out
}

/// Git quotes unusual file names: `"content/\303\244.md"`.
fn unquote(p: &str) -> String {
    let Some(inner) = p.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
        return p.to_string();
    };
    let mut bytes = Vec::new();
    let mut it = inner.bytes().peekable();
    while let Some(b) = it.next() {
        if b != b'\\' {
            bytes.push(b);
            continue;
        }
        match it.next() {
            Some(d @ b'0'..=b'7') => {
                let mut v = u32::from(d - b'0');
                for _ in 0..2 {
                    if let Some(&n @ b'0'..=b'7') = it.peek() {
                        v = v * 8 + u32::from(n - b'0');
                        it.next();
                    }
                }
                bytes.push(v as u8);
            }
            Some(b'n') => bytes.push(b'\n'),
            Some(b't') => bytes.push(b'\t'),
            Some(other) => bytes.push(other),
            None => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Writes the handbook (`okrbook.yaml`, `content/`, `themes/`) as it was at `rev` into
/// the folder `into`, without touching the working tree: one `git ls-tree` and one
/// `git cat-file --batch` for all files.
pub fn export(root: &Path, rev: &str, into: &Path) -> Result<(), GitError> {
    let prefix = String::from_utf8_lossy(&git(root, &["rev-parse", "--show-prefix"])?)
        .trim()
        .to_string();
    let tree = format!("{rev}:{prefix}");
    let list = git(
        root,
        &[
            "ls-tree",
            "-r",
            "-z",
            "--full-tree",
            "--end-of-options",
            &tree,
        ],
    )?;
    let mut wanted: Vec<(String, String)> = Vec::new(); // (object id, path)
    for entry in list.split(|b| *b == 0).filter(|s| !s.is_empty()) {
        let entry = String::from_utf8_lossy(entry);
        let Some((meta, path)) = entry.split_once('\t') else {
            continue;
        };
        let mut m = meta.split(' ');
        let (_mode, kind, oid) = (m.next(), m.next(), m.next());
        let keep = path == crate::config::FILE_NAME
            || path.starts_with("content/")
            || path.starts_with("themes/");
        if kind == Some("blob") && keep && crate::site::write::is_safe_relative(path) {
            wanted.push((oid.unwrap_or_default().to_string(), path.to_string()));
        }
    }
    let mut child = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["cat-file", "--batch"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(GitError::Spawn)?;
    let mut stdin = child.stdin.take().expect("piped");
    let ids: String = wanted.iter().map(|(oid, _)| format!("{oid}\n")).collect();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(ids.as_bytes());
    });
    let out = child.wait_with_output().map_err(GitError::Spawn)?;
    let _ = writer.join();
    let mut rest: &[u8] = &out.stdout;
    for (_, path) in &wanted {
        // "<oid> blob <size>\n<bytes>\n"
        let nl = rest.iter().position(|b| *b == b'\n').unwrap_or(rest.len());
        let header = String::from_utf8_lossy(&rest[..nl]).into_owned();
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| GitError::Failed {
                args: "cat-file --batch".into(),
                stderr: format!("unexpected answer `{header}`"),
            })?;
        let body = rest.get(nl + 1..nl + 1 + size).unwrap_or_default();
        let dest = into.join(path);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(GitError::Spawn)?;
        }
        std::fs::write(&dest, body).map_err(GitError::Spawn)?;
        rest = rest.get(nl + 1 + size + 1..).unwrap_or_default();
    }
    std::fs::create_dir_all(into.join("content")).map_err(GitError::Spawn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hunks_of_a_zero_context_diff() {
        let diff = "\
diff --git a/content/a.md b/content/a.md
index 1..2 100644
--- a/content/a.md
+++ b/content/a.md
@@ -3 +3 @@ title
-x
+y
@@ -10,0 +11,2 @@
+a
+b
@@ -20,3 +22,0 @@
diff --git a/content/new.md b/content/new.md
new file mode 100644
--- /dev/null
+++ b/content/new.md
@@ -0,0 +1,4 @@
diff --git \"a/content/\\303\\244.md\" \"b/content/\\303\\244.md\"
--- \"a/content/\\303\\244.md\"
+++ \"b/content/\\303\\244.md\"
@@ -1 +1 @@
";
        let t = parse_diff(diff);
        assert_eq!(
            t["content/a.md"]
                .as_ref()
                .unwrap()
                .iter()
                .copied()
                .collect::<Vec<_>>(),
            [3, 11, 12]
        );
        assert_eq!(t["content/new.md"], None, "a new file counts whole");
        assert_eq!(t["content/ä.md"].as_ref().unwrap().len(), 1);
    }
}
