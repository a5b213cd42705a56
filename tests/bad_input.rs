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

/// What `check` read of the handbook at `dir`: its findings, its documents' files and
/// its other files.
fn read_of(dir: &std::path::Path) -> okrbook::check::Checked {
    let root = okrbook::load::resolve_root(dir).unwrap();
    okrbook::check::check(&root, okrbook::model::BuildOptions::default()).unwrap()
}

/// Front matter that is a finding whenever the file is read.
const BROKEN: &str = "---\ntitle: [never read\n---\nNEVER-READ\n";

/// A folder link to a place outside content/ is reported once and not entered: none of
/// the files behind it is read, whether it leads out of the handbook or to the handbook
/// root (which holds content/ itself).
#[cfg(unix)]
#[test]
fn folder_symlink_out_of_content_is_not_walked() {
    let outside = tempfile::tempdir().unwrap();
    fs::create_dir_all(outside.path().join("deeper")).unwrap();
    fs::write(outside.path().join("leak.md"), BROKEN).unwrap();
    fs::write(outside.path().join("deeper/leak.md"), BROKEN).unwrap();
    fs::write(outside.path().join("token.txt"), "NEVER-READ").unwrap();
    let dir = handbook();
    fs::write(dir.path().join("notes.md"), BROKEN).unwrap();
    let content = dir.path().join("content");
    std::os::unix::fs::symlink(outside.path(), content.join("elsewhere")).unwrap();
    std::os::unix::fs::symlink(dir.path(), content.join("objectives/root")).unwrap();
    let checked = read_of(dir.path());
    let mut got: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| format!("{} {}:{} {}", d.rule.id(), d.file, d.line, d.message))
        .collect();
    got.sort();
    assert_eq!(got.len(), 2, "{got:#?}");
    for (line, link) in got
        .iter()
        .zip(["content/elsewhere", "content/objectives/root"])
    {
        assert!(line.starts_with(&format!("io {link}:1 ")), "{line}");
        assert!(line.contains("outside content/"), "{line}");
    }
    assert!(
        checked.handbook.assets.is_empty(),
        "{:?}",
        checked.handbook.assets
    );
    let texts: Vec<&str> = checked
        .handbook
        .files
        .iter()
        .filter(|f| f.text.contains("NEVER-READ"))
        .map(|f| f.path.as_str())
        .collect();
    assert!(texts.is_empty(), "read: {texts:?}");
}

/// A link whose target lies inside content/ is followed, for a file and for a folder,
/// and what it leads to is published at the link's place.
#[cfg(unix)]
#[test]
fn symlinks_inside_content_are_followed() {
    let hb = common::copy_fixture("site");
    let content = hb.path().join("content");
    std::os::unix::fs::symlink("writing.md", content.join("guide/start.md")).unwrap();
    std::os::unix::fs::symlink("img", content.join("bilder")).unwrap();
    assert!(findings(hb.path()).is_empty(), "{:?}", findings(hb.path()));
    let out = hb.path().join("public");
    let run = common::okrbook(&[
        "build",
        &hb.path().to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = fs::read_to_string(out.join("guide/start/index.html")).unwrap();
    assert!(page.contains("OKRs schreiben"), "the linked page's text");
    let copy = out.join("bilder/logo.png");
    assert!(!fs::symlink_metadata(&copy).unwrap().is_symlink());
    assert_eq!(
        fs::read(&copy).unwrap(),
        fs::read(content.join("img/logo.png")).unwrap()
    );
}

/// `okrbook.yaml` is read only as a regular file of at most 256 KiB: a link (here to a
/// file with a title, as `/proc/self/environ` would hold secrets), a folder and a larger
/// file are each one `io` finding at line 1, and nothing of them is used or shown.
#[cfg(unix)]
#[test]
fn okrbook_yaml_is_read_only_as_a_small_regular_file() {
    let outside = tempfile::tempdir().unwrap();
    let leak = outside.path().join("environ");
    let secret = "title: NEVER-READ\nlanguage: de\n";
    fs::write(&leak, secret).unwrap();
    let large = format!(
        "{secret}{}\n",
        "#".repeat(okrbook::load::MAX_CONFIG_BYTES as usize)
    );
    for (case, says) in [
        ("link", "not a regular file"),
        ("folder", "not a regular file"),
        ("large", "larger than 256 KiB"),
    ] {
        let dir = handbook();
        let config = dir.path().join("okrbook.yaml");
        fs::remove_file(&config).unwrap();
        match case {
            "link" => std::os::unix::fs::symlink(&leak, &config).unwrap(),
            "folder" => {
                fs::create_dir(&config).unwrap();
                fs::write(config.join("okrbook.yaml"), secret).unwrap();
            }
            _ => fs::write(&config, &large).unwrap(),
        }
        let checked = read_of(dir.path());
        let got: Vec<(&str, &str, u32)> = checked
            .diagnostics
            .iter()
            .map(|d| (d.rule.id(), d.file.as_str(), d.line))
            .collect();
        assert_eq!(got, [("io", "okrbook.yaml", 1)], "{case}");
        assert!(checked.diagnostics[0].message.contains(says), "{case}");
        assert_eq!(checked.handbook.config.title, None, "{case}: not used");
        assert_eq!(
            checked.handbook.config.language,
            okrbook::lang::Language::default(),
            "{case}: not used"
        );
        assert!(
            checked
                .handbook
                .files
                .iter()
                .all(|f| !f.text.contains("NEVER-READ")),
            "{case}: read"
        );
        let run = common::okrbook(&["check", &dir.path().to_string_lossy()]);
        assert_eq!(run.code, 1, "{case}: {}", run.stdout);
        assert!(
            !run.stdout.contains("NEVER-READ") && !run.stderr.contains("NEVER-READ"),
            "{case}: shown\n{}",
            run.stdout
        );
    }
}

/// Hidden files and folders under content/ are neither read (no finding about what
/// they hold) nor published.
#[test]
fn hidden_files_and_folders_are_neither_read_nor_published() {
    let hb = common::copy_fixture("site");
    let content = hb.path().join("content");
    for (file, text) in [
        (
            ".git/config",
            "[remote \"origin\"]\n\turl = https://x:NEVER-READ@git.example/okr\n",
        ),
        (".secret.md", BROKEN),
        (".hidden/x.md", BROKEN),
        (".hidden/x.png", "NEVER-READ"),
        ("guide/.env", "TOKEN=NEVER-READ\n"),
        ("guide/.notes.md", BROKEN),
    ] {
        let path = content.join(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let checked = read_of(hb.path());
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    assert!(
        checked
            .handbook
            .files
            .iter()
            .all(|f| !f.text.contains("NEVER-READ")),
        "a hidden file was read"
    );
    assert!(
        checked
            .handbook
            .assets
            .iter()
            .all(|a| !a.contains("/.") && !a.starts_with('.')),
        "{:?}",
        checked.handbook.assets
    );
    let out = hb.path().join("public");
    let run = common::okrbook(&[
        "build",
        &hb.path().to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for e in walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
    {
        let rel = e.path().strip_prefix(&out).unwrap().to_string_lossy();
        assert!(
            rel == ".okrbook-site" || !rel.split('/').any(|s| s.starts_with('.')),
            "published: {rel}"
        );
        let text = String::from_utf8_lossy(&fs::read(e.path()).unwrap()).into_owned();
        assert!(!text.contains("NEVER-READ"), "in the site: {rel}");
    }
}
