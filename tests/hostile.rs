//! Hostile content: whatever the authors of a handbook write, `check` and `build` finish
//! quickly, the site runs no script from content and holds no file from outside
//! `content/`. What git cannot hold well (file names with a colon, large files) is made
//! at test time.

mod common;

use std::fs;
use std::path::Path;

use common::{diagnostics_at, Finding};
use okrbook::html::{check_url, start_tags};

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

/// Attributes a browser follows or loads as a URL.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "data",
    "background",
];

/// Checks what a browser would run from a built site: no script but the theme's own,
/// no event attribute but the theme's own, no URL with another scheme than those the
/// policy keeps, no frame or object, no chart coordinate that is not a finite number;
/// and that every file that is not made by okrbook is a file of `content/`, byte for
/// byte. Returns the problems found.
fn problems(site: &Path, content: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in walkdir::WalkDir::new(site)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = e
            .path()
            .strip_prefix(site)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if e.path_is_symlink() {
            out.push(format!("{rel}: a symbolic link"));
            continue;
        }
        if !e.file_type().is_file() {
            continue;
        }
        let bytes = fs::read(e.path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        if rel.ends_with(".html") {
            for tag in start_tags(&text) {
                out.extend(tag_problems(&rel, &tag));
            }
        } else if rel == "static/search-index.js" {
            let json = text
                .strip_prefix("window.OKRBOOK_SEARCH=")
                .and_then(|t| t.strip_suffix(";\n"));
            if json.is_none_or(|j| serde_json::from_str::<serde_json::Value>(j).is_err()) {
                out.push(format!("{rel}: not one JSON assignment"));
            }
        } else if !(rel.starts_with("static/")
            || rel.starts_with("data/")
            || rel.ends_with(".xml")
            || rel == ".okrbook-site")
        {
            // Anything else is an asset: a file of content/, unchanged.
            if fs::read(content.join(&rel)).ok().as_deref() != Some(&bytes[..]) {
                out.push(format!("{rel}: not a file of content/"));
            }
            if okrbook::site::assets::script_capable(&rel).is_some() {
                out.push(format!("{rel}: a file that can carry script"));
            }
        }
    }
    out
}

fn tag_problems(page: &str, tag: &okrbook::html::StartTag) -> Vec<String> {
    let mut out = Vec::new();
    let name = tag.name.as_str();
    // The theme's own script and search form (themes/default/templates/base.html).
    let theme_script = name == "script"
        && tag
            .attrs
            .iter()
            .any(|(a, v)| a == "src" && v.ends_with("static/site.js"));
    if (name == "script" && !theme_script)
        || matches!(name, "iframe" | "frame" | "object" | "embed" | "base" | "meta" if name != "meta"
            || tag.attrs.iter().any(|(a, _)| a == "http-equiv"))
    {
        out.push(format!("{page}: <{name}> {:?}", tag.attrs));
    }
    for (a, v) in &tag.attrs {
        let theme_handler = name == "form" && a == "onsubmit" && v == "return false";
        if a.starts_with("on") && !theme_handler {
            out.push(format!("{page}: <{name} {a}=\"{v}\">"));
        }
        let chart = matches!(
            name,
            "svg" | "line" | "rect" | "circle" | "polyline" | "text"
        );
        let geometry = [
            "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "points",
            "viewbox",
        ];
        if chart
            && geometry.contains(&a.as_str())
            && !v.split([' ', ',']).all(|n| {
                n.parse::<f64>()
                    .is_ok_and(|n| n.is_finite() && n.abs() <= 1e6)
            })
        {
            out.push(format!("{page}: a chart with <{name} {a}=\"{v}\">"));
        }
        if URL_ATTRIBUTES.contains(&a.as_str()) && check_url(v).is_err() {
            out.push(format!("{page}: <{name} {a}=\"{v}\">"));
        }
    }
    out
}

fn build_into(handbook: &Path, out: &Path, extra: &[&str]) -> common::Run {
    let mut args = vec![
        "build".to_string(),
        handbook.to_string_lossy().into_owned(),
        "--out".into(),
        out.to_string_lossy().into_owned(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    common::okrbook(&args)
}

#[test]
fn the_hostile_handbook_builds_a_site_that_runs_nothing_of_it() {
    let handbook = common::fixture_dir("hostile");
    let tmp = tempfile::tempdir().unwrap();
    for (name, extra) in [
        ("plain", &[][..]),
        (
            "with-base-url",
            &["--base-url", "https://okr.example.org/handbook/"][..],
        ),
    ] {
        let out = tmp.path().join(name);
        let started = std::time::Instant::now();
        let run = build_into(&handbook, &out, extra);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            started.elapsed().as_secs() < 20,
            "a debug build took {:?}",
            started.elapsed()
        );
        let found = problems(&out, &handbook.join("content"));
        assert!(found.is_empty(), "{name}:\n{}", found.join("\n"));
        for left_out in ["img/evil.svg", "img/page.html", "img/data.xml"] {
            assert!(!out.join(left_out).exists(), "{left_out}");
        }
        assert!(out.join("img/ok.png").is_file());
        let page = fs::read_to_string(out.join("objectives/hostile/index.html")).unwrap();
        assert!(page.contains("&lt;script&gt;alert(&quot;objective&quot;)"));
        assert!(page.contains("deep div") && page.contains("deep quote"));
    }
}

/// The checker itself finds what it looks for: a site with each problem planted.
#[test]
fn the_site_checker_sees_planted_problems() {
    let tmp = tempfile::tempdir().unwrap();
    let (site, content) = (tmp.path().join("site"), tmp.path().join("content"));
    fs::create_dir_all(site.join("static")).unwrap();
    fs::create_dir_all(&content).unwrap();
    fs::write(
        site.join("index.html"),
        concat!(
            "<script src=\"static/site.js\"></script><script>alert(1)</script>",
            "<a href=\" JavaScript:x\">a</a><img src=x onerror=alert(2)>",
            "<iframe></iframe><svg><line x1=\"NaN\"/></svg><form onsubmit=\"return false\">",
        ),
    )
    .unwrap();
    fs::write(site.join("secret.txt"), "from elsewhere").unwrap();
    fs::write(site.join("static/search-index.js"), "alert(1)").unwrap();
    let found = problems(&site, &content);
    assert_eq!(found.len(), 7, "{found:#?}");
}
