//! Input that must give a clear finding, never a panic, a hang or a read outside the
//! handbook. These cases are made at test time because git cannot hold them well
//! (symbolic link loops, files of more than 10 MiB, named pipes).

mod common;

use std::fs;

use common::{diagnostics_at, finding_lines as findings};

fn handbook() -> tempfile::TempDir {
    let dir = common::empty_handbook();
    fs::create_dir_all(dir.path().join("content/objectives")).unwrap();
    dir
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_not_followed_forever() {
    let dir = handbook();
    std::os::unix::fs::symlink("..", dir.path().join("content/objectives/loop")).unwrap();
    let got = findings(dir.path());
    assert_eq!(got, ["error io content/objectives/loop:1"], "{got:?}");
}

#[cfg(unix)]
#[test]
fn dangling_symlink_is_unreadable() {
    let dir = handbook();
    std::os::unix::fs::symlink("nowhere.md", dir.path().join("content/objectives/gone.md"))
        .unwrap();
    let got = findings(dir.path());
    assert_eq!(got, ["error io content/objectives/gone.md:1"], "{got:?}");
}

#[cfg(unix)]
#[test]
fn symlink_out_of_the_handbook_is_not_read() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(
        outside.path().join("secret.md"),
        "---\ntitle: secret\n---\n",
    )
    .unwrap();
    let dir = handbook();
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        dir.path().join("content/secret.md"),
    )
    .unwrap();
    let diags = diagnostics_at(dir.path());
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(
        (diags[0].rule.id(), diags[0].file.as_str()),
        ("io", "content/secret.md")
    );
    assert!(
        diags[0].message.contains("outside content/"),
        "{}",
        diags[0].message
    );
}

#[cfg(unix)]
#[test]
fn named_pipe_does_not_hang() {
    let dir = handbook();
    let fifo = dir.path().join("content/objectives/pipe.md");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo on this system: nothing to test
    }
    assert!(findings(dir.path()).is_empty());
}

#[test]
fn file_over_ten_mib_is_refused() {
    let dir = handbook();
    let mut text = String::from("---\ntitle: Huge\ncycle: q\n---\n");
    text.push_str(&"x".repeat(10 * 1024 * 1024 + 1));
    fs::write(dir.path().join("content/objectives/huge.md"), text).unwrap();
    let diags = diagnostics_at(dir.path());
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!((diags[0].rule.id(), diags[0].line), ("io", 1));
    assert!(diags[0].message.contains("10 MiB"), "{}", diags[0].message);
}

#[test]
fn pathological_yaml_is_refused_quickly() {
    let dir = handbook();
    let deep = format!("---\ntitle: {}\n---\n", "[".repeat(100_000));
    fs::write(dir.path().join("content/objectives/deep.md"), deep).unwrap();
    let mut laughs = String::from("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        laughs.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    laughs.push_str("---\n");
    fs::write(dir.path().join("content/objectives/laughs.md"), laughs).unwrap();
    let got: Vec<(String, String, u32)> = diagnostics_at(dir.path())
        .iter()
        .map(|d| (d.rule.id().to_string(), d.file.clone(), d.line))
        .collect();
    assert_eq!(
        got,
        [
            (
                "front-matter".to_string(),
                "content/objectives/deep.md".to_string(),
                2
            ),
            // a0..a4 expand to about 123,000 values; a5 (line 7) would pass the 200,000 limit.
            (
                "front-matter".to_string(),
                "content/objectives/laughs.md".to_string(),
                7
            ),
        ]
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = handbook();
    let file = dir.path().join("content/objectives/locked.md");
    fs::write(&file, "---\ntitle: Locked\n---\n").unwrap();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&file).is_ok() {
        return; // running as root: permissions do not stop reading
    }
    let got = findings(dir.path());
    assert_eq!(got, ["error io content/objectives/locked.md:1"], "{got:?}");
}

/// An id too long to name a folder is a `bad-id` finding at its line, not a failed
/// write; a person's name of any length still gets a page.
#[test]
fn ids_and_names_too_long_for_a_folder() {
    let dir = handbook();
    let long = "a".repeat(260);
    let name = "Ann ".repeat(300);
    fs::create_dir_all(dir.path().join("content/teams")).unwrap();
    fs::write(
        dir.path().join("content/teams/t.md"),
        format!("---\ntitle: T\nlead: {name}\n---\n"),
    )
    .unwrap();
    fs::write(
        dir.path().join("content/objectives/o.md"),
        format!("---\ntitle: O\nid: {long}\nteam: t\n---\n"),
    )
    .unwrap();
    let got = findings(dir.path());
    assert!(
        got.contains(&"error bad-id content/objectives/o.md:3:1".to_string()),
        "{got:?}"
    );
    let d = diagnostics_at(dir.path());
    let bad = d.iter().find(|d| d.rule.id() == "bad-id").unwrap();
    assert!(bad.message.contains("260 characters"), "{}", bad.message);
    // Without the objective the handbook builds, with the lead's page.
    fs::remove_file(dir.path().join("content/objectives/o.md")).unwrap();
    let out = dir.path().join("public");
    let run = common::okrbook(&[
        "build",
        &dir.path().to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let people: Vec<_> = fs::read_dir(out.join("people"))
        .unwrap()
        .filter_map(Result::ok)
        .collect();
    assert!(people
        .iter()
        .any(|e| e.file_name().len() <= 120 && e.path().join("index.html").is_file()));
}
