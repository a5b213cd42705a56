//! Hostile content: whatever the authors of a handbook write, `check` and `build` finish
//! quickly, the site runs no script from content and holds no file from outside
//! `content/`. What git cannot hold well (file names with a colon, large files) is made
//! at test time.

mod common;

use std::fs;
use std::path::Path;

use common::{diagnostics_at, Finding};

fn handbook() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("content")).unwrap();
    fs::write(dir.path().join("okrbook.yaml"), "today: 2026-11-23\n").unwrap();
    dir
}

fn findings(dir: &Path) -> Vec<String> {
    diagnostics_at(dir)
        .iter()
        .map(|d| Finding::list(&[Finding::of(d)]))
        .collect()
}

fn build(dir: &Path) -> common::Run {
    common::okrbook(&[
        "build",
        &dir.to_string_lossy(),
        "--out",
        &dir.join("public").to_string_lossy(),
    ])
}

#[cfg(unix)]
#[test]
fn page_paths_that_would_be_script_links_are_refused() {
    let dir = handbook();
    let content = dir.path().join("content");
    fs::write(
        content.join("javascript:alert(1).md"),
        "---\nid: ok\ntitle: A page\n---\n",
    )
    .unwrap();
    fs::create_dir_all(content.join("javascript:alert(2)")).unwrap();
    fs::write(
        content.join("javascript:alert(2)/_index.md"),
        "---\nid: fine\n---\n",
    )
    .unwrap();
    fs::create_dir_all(content.join("Data:x")).unwrap();
    fs::write(content.join("Data:x/page.md"), "# Page\n").unwrap();
    let got = findings(dir.path());
    assert_eq!(
        got,
        [
            "error bad-id content/Data:x/page.md:1",
            "error bad-id content/javascript:alert(1).md:1",
            "error bad-id content/javascript:alert(2)/_index.md:1",
        ],
        "{got:?}"
    );
    let diags = diagnostics_at(dir.path());
    assert!(
        diags[1].message.contains("`javascript:alert(1)`"),
        "{}",
        diags[1].message
    );
    let run = build(dir.path());
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!dir.path().join("public").exists(), "no site is written");
}

#[test]
fn a_large_asset_is_an_io_finding_and_stays_out_of_the_site() {
    let dir = handbook();
    fs::write(dir.path().join("content/guide.md"), "# Guide\n").unwrap();
    let big = fs::File::create(dir.path().join("content/video.mp4")).unwrap();
    // Sparse: no disk space is used.
    big.set_len(okrbook::site::assets::MAX_ASSET_BYTES + 1)
        .unwrap();
    fs::write(dir.path().join("content/small.png"), "png").unwrap();
    assert_eq!(findings(dir.path()), ["error io content/video.mp4:1"]);
    fs::write(
        dir.path().join("okrbook.yaml"),
        "today: 2026-11-23\nlint: {io: warning}\n",
    )
    .unwrap();
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dir.path().join("public/small.png").is_file());
    assert!(!dir.path().join("public/video.mp4").exists());
}
