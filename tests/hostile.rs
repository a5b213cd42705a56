//! Hostile content: whatever the authors of a handbook write, `check` and `build` finish
//! quickly, the site runs no script from content and holds no file from outside
//! `content/`. What git cannot hold well (file names with a colon, large files) is made
//! at test time.

mod common;

use std::fs;
use std::path::Path;

use common::diagnostics_at;
use okrbook::html::{check_url, start_tags};

use common::{empty_handbook as handbook, finding_lines as findings};

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

#[test]
fn deep_html_is_shown_as_text_and_many_removals_are_summed_up() {
    let dir = handbook();
    let deep = format!(
        "# Deep\n\n{}<script>alert(1)</script>\n",
        "<div>".repeat(50_000)
    );
    fs::write(dir.path().join("content/deep.md"), deep).unwrap();
    fs::write(
        dir.path().join("content/many.md"),
        "<b onclick=x>a</b>\n".repeat(150),
    )
    .unwrap();
    let diags = diagnostics_at(dir.path());
    let deep: Vec<_> = diags
        .iter()
        .filter(|d| d.file == "content/deep.md")
        .collect();
    assert_eq!(deep.len(), 1, "{deep:?}");
    assert_eq!((deep[0].line, deep[0].column), (3, Some(1)));
    assert!(
        deep[0].message.contains("shown as text"),
        "{}",
        deep[0].message
    );
    let many: Vec<_> = diags
        .iter()
        .filter(|d| d.file == "content/many.md")
        .collect();
    assert_eq!(many.len(), 101);
    assert!(
        many[100].message.contains("50 more"),
        "{}",
        many[100].message
    );
    assert_eq!(many[100].line, 101);

    // Cleaning 50,000 nested elements took minutes (the HTML parser's work grows with
    // the square of the depth); shown as text, it takes a moment. benches/README.md
    // measures the time of the hostile handbooks.
    let run = build(dir.path());
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = fs::read_to_string(dir.path().join("public/deep/index.html")).unwrap();
    assert!(page.contains("&lt;div&gt;&lt;div&gt;"));
    assert!(!page.contains("<script>alert"));
}

/// Writes two large handbooks made of every hostile input, for measuring with the
/// release binary (benches/README.md): `builds/` (only warnings: the hostile fixture,
/// 40,000 links on one line, 100,000 nested elements, 9 MiB of pasted HTML, a 60 MiB
/// file with `io` lowered to a warning) and `fails/` (the same and every input that is
/// an error: a page named `javascript:…`, a `../` id, YAML aliases, nesting and
/// duplicate keys, an 11 MiB Markdown file, the 60 MiB file as an error).
///
/// `OKRBOOK_HOSTILE_DIR=target/hostile cargo test --test hostile -- --ignored write_heavy`
#[test]
#[ignore = "writes about 25 MB for a measurement"]
fn write_heavy_hostile_handbooks() {
    let to = std::path::PathBuf::from(
        std::env::var_os("OKRBOOK_HOSTILE_DIR").expect("OKRBOOK_HOSTILE_DIR is set"),
    );
    let from = common::fixture_dir("hostile");
    for (name, errors) in [("builds", false), ("fails", true)] {
        let root = to.join(name);
        let _ = fs::remove_dir_all(&root);
        common::copy_tree_into(&from, &root);
        write_heavy_inputs(&root, errors);
    }
}

fn write_heavy_inputs(root: &Path, errors: bool) {
    let guide = root.join("content/guide");
    let page = |name: &str, body: String| {
        fs::write(
            guide.join(name),
            format!("---\ntitle: {name}\n---\n# Top\n\n{body}"),
        )
        .unwrap()
    };
    let safe: Vec<String> = (0..40_000).map(|i| format!("[{i}](#top)")).collect();
    let script: Vec<String> = (0..2_000)
        .map(|i| format!("[{i}](javascript:alert({i}))"))
        .collect();
    page(
        "links.md",
        format!("{}\n\n{}\n", safe.join(" "), script.join(" ")),
    );
    page(
        "nesting.md",
        format!(
            "{}deep{}\n\n{}quote\n\n{}x{}\n\n{}\n",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000),
            "> ".repeat(10_000),
            "*".repeat(50_000),
            "*".repeat(50_000),
            "[".repeat(50_000)
        ),
    );
    let piece = "<p onclick=\"alert(1)\">a <a href=\"javascript:alert(2)\">b</a> <img src=x onerror=alert(3)> <script>alert(4)</script></p>\n";
    page("pasted.md", piece.repeat(9 * 1024 * 1024 / piece.len()));
    let video = fs::File::create(root.join("content/img/video.mp4")).unwrap();
    video.set_len(60 << 20).unwrap();
    if !errors {
        let config = root.join("okrbook.yaml");
        let text = fs::read_to_string(&config).unwrap() + "lint: {io: warning}\n";
        fs::write(config, text).unwrap();
        return;
    }
    let content = root.join("content");
    fs::write(content.join("javascript:alert(1).md"), "---\nid: ok\n---\n").unwrap();
    fs::write(content.join("guide/up.md"), "---\nid: ../../etc\n---\n").unwrap();
    let mut laughs = String::from("---\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        laughs.push_str(&format!(
            "a{i}: &a{i} [{}]\n",
            vec![format!("*a{}", i - 1); 10].join(", ")
        ));
    }
    fs::write(content.join("guide/laughs.md"), laughs + "---\n").unwrap();
    let deep = format!(
        "---\ntitle: {}x{}\n---\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    fs::write(content.join("guide/deep-yaml.md"), deep).unwrap();
    fs::write(
        content.join("guide/twice.md"),
        "---\ntitle: a\ntitle: b\n---\n",
    )
    .unwrap();
    fs::write(content.join("guide/huge.md"), "x".repeat(11 << 20)).unwrap();
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
        if a.starts_with("on") {
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
        let run = build_into(&handbook, &out, extra);
        assert_eq!(run.code, 0, "{}", run.stderr);
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
    assert_eq!(found.len(), 8, "{found:#?}");
}

/// Random handbooks made of hostile pieces: whatever they hold, `check` and `build`
/// finish without a panic, the site stays inside its folder, and no page runs script.
mod random {
    use std::path::Path;

    use proptest::prelude::*;

    /// Pieces that broke other site generators, or could break this one.
    const HOSTILE: &[&str] = &[
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<iframe src=javascript:alert(1)>",
        "<style>*{background:url(javascript:alert(1))}</style>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\" style=\"x\">",
        "[x](javascript:alert(1))",
        "[x]( \u{1}javascript:alert(1))",
        "<javascript:alert(1)>",
        "![x](data:text/html,<script>alert(1)</script>)",
        "[r]\n\n[r]: javascript:alert(1)",
        "## H {#h onfocus=alert(1) autofocus}",
        "[[javascript:alert(1)]]",
        "[up](../../../../etc/passwd)",
        "[[../../x]]",
        "</script><script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "{{ 7 * 7 }} {% raw %}",
        "1e308",
        "-1.7976931348623157e308",
        "NaN",
        "-inf",
        ".nan",
        "\u{202e}gnp.exe",
        "a\u{200b}b\u{feff}c",
        "x\u{2028}y\u{2029}z",
        "Z̷̛͓a̶l̸g̵o̴",
        "😀👩‍👩‍👧",
        "\u{0}\u{7}\u{1b}[31m",
        "&#0; &#x110000; &amp",
        "<!-- <script>alert(1)</script> -->",
        "```\n<script>alert(1)</script>\n```",
    ];

    /// Ids and names that must never become a path outside the site.
    const IDS: &[&str] = &[
        "ok",
        "../x",
        "..",
        "a/b",
        "%2e%2e",
        "javascript:alert(1)",
        "CON",
        "x y",
        "ä",
        "",
        "-x",
        ".hidden",
        "a\\b",
        "nps",
    ];

    fn hostile() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => proptest::sample::select(HOSTILE).prop_map(str::to_string),
            2 => "\\PC{0,30}",
            1 => (1usize..400, proptest::sample::select(&["> ", "<div>", "- ", "*", "[", "("][..]))
                .prop_map(|(n, s)| s.repeat(n) + "deep"),
            1 => (1usize..2000).prop_map(|n| "[l](https://example.org/) ".repeat(n)),
        ]
    }

    /// A text as a YAML scalar: quoted, so that it stays a text whatever it holds
    /// (control characters, which YAML does not allow, aside).
    fn text() -> impl Strategy<Value = String> {
        hostile().prop_map(|s| {
            let s: String = s
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            format!("'{}'", s.replace('\'', "''"))
        })
    }

    /// A finite number, often an extreme one.
    fn number() -> impl Strategy<Value = f64> {
        prop_oneof![
            2 => -1e6f64..1e6,
            1 => proptest::sample::select(
                &[f64::MAX, -f64::MAX, 1e308, -1e308, 1e-300, f64::MIN_POSITIVE, 0.0][..]
            ),
            1 => any::<f64>().prop_filter("finite", |v| v.is_finite()),
        ]
    }

    /// Anything at all in place of a field's value: text, numbers, ids, broken YAML.
    fn anything() -> impl Strategy<Value = String> {
        prop_oneof![
            text(),
            number().prop_map(|v| format!("{v:e}")),
            proptest::sample::select(IDS).prop_map(|s| format!("'{s}'")),
            hostile(),
        ]
    }

    fn key_result() -> impl Strategy<Value = String> {
        (text(), number(), number(), number(), 0.0f64..=1.0, text(), text()).prop_map(
            |(title, baseline, target, value, confidence, owner, note)| {
                // Equal numbers are an error the random handbooks need not hit often.
                let target = if target == baseline { baseline + 1.0 } else { target };
                let target = if target == baseline { -baseline - 1.0 } else { target };
                format!(
                    "  - {{title: {title}, baseline: {baseline:e}, target: {target:e}, owner: {owner}, \
                     checkins: [{{date: 2026-11-20, value: {value:e}, confidence: {confidence}, note: {note}}}]}}\n"
                )
            },
        )
    }

    /// One document: its path below `content/` and its text. Mostly a valid document
    /// with hostile text in every field a person writes; now and then a field with
    /// anything at all in it (which may be an error).
    fn document() -> impl Strategy<Value = (String, String)> {
        let kind =
            proptest::sample::select(&["objectives", "teams", "principles", "guide", "cycles"][..]);
        let name = prop_oneof![
            8 => "[a-z0-9]{1,8}",
            1 => proptest::sample::select(IDS).prop_map(|s| s.replace('/', "_")),
        ];
        let texts = proptest::collection::vec(text(), 4);
        let krs = proptest::collection::vec(key_result(), 0..4);
        let chaos = proptest::option::weighted(
            0.15,
            (
                proptest::sample::select(
                    &[
                        "title", "id", "cycle", "team", "owner", "lead", "start", "weight", "type",
                    ][..],
                ),
                anything(),
            ),
        );
        let body = proptest::collection::vec(hostile(), 0..8);
        (kind, name, texts, krs, chaos, body).prop_map(|(kind, name, t, krs, chaos, body)| {
            let mut text = format!("---\ntitle: {}\n", t[0]);
            match kind {
                "objectives" => {
                    text.push_str(&format!("owner: {}\n", t[1]));
                    if !krs.is_empty() {
                        text.push_str("key_results:\n");
                        text.extend(krs);
                    }
                }
                "teams" => {
                    text.push_str(&format!("lead: {}\nmembers: [{}, {}]\n", t[1], t[2], t[3]))
                }
                "principles" => text.push_str(&format!("summary: {}\n", t[1])),
                "cycles" => text.push_str("start: 2026-01-01\nend: 2026-12-31\n"),
                _ => {}
            }
            if let Some((key, value)) = chaos {
                text.push_str(&format!("{key}: {value}\n"));
            }
            text.push_str("---\n");
            text.push_str(&body.join("\n\n"));
            let name = if name.is_empty() || name.starts_with('.') {
                "x".into()
            } else {
                name
            };
            (format!("{kind}/{name}.md"), text)
        })
    }

    fn write_handbook(root: &Path, docs: &[(String, String)], unsafe_html: bool) {
        std::fs::create_dir_all(root.join("content/cycles")).unwrap();
        std::fs::write(
            root.join("okrbook.yaml"),
            format!("today: 2026-11-23\ndefault_cycle: q\nunsafe_html: {unsafe_html}\n"),
        )
        .unwrap();
        std::fs::write(
            root.join("content/cycles/q.md"),
            "---\ntitle: Q\nstart: 2026-10-01\nend: 2026-12-31\n---\n",
        )
        .unwrap();
        for (path, text) in docs {
            let file = root.join("content").join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, text).unwrap();
        }
    }

    /// Builds the site like `okrbook build`, ignoring warnings: `None` when the handbook
    /// has errors (no site is written then).
    fn build(root: &Path, out: &Path) -> Option<()> {
        let checked = okrbook::check::check(root, okrbook::model::BuildOptions::default())
            .expect("the handbook can be read");
        if checked.summary().errors > 0 {
            return None;
        }
        let site = okrbook::site::Site::new(root, &checked, &okrbook::site::SiteOptions::default())
            .expect("the theme renders");
        type Error = Box<dyn std::error::Error + Send + Sync>;
        okrbook::site::write::write_site_with::<Error>(out, root, |staging| {
            site.render_all::<Error>(&|(path, bytes)| Ok(staging.put(&path, &bytes)?))?;
            Ok(())
        })
        .expect("the site is written");
        Some(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        #[test]
        fn random_hostile_handbooks_build_safe_sites(
            docs in proptest::collection::vec(document(), 1..6),
        ) {
            let tmp = tempfile::tempdir().unwrap();
            let root = tmp.path().join("hb");
            write_handbook(&root, &docs, false);
            let out = tmp.path().join("site");
            // Twice: the second build rewrites the spare of the first.
            for _ in 0..2 {
                if build(&root, &out).is_none() {
                    prop_assert!(!out.exists(), "a handbook with errors writes no site");
                    return Ok(());
                }
            }
            let found = super::problems(&out, &root.join("content"));
            prop_assert!(found.is_empty(), "{}", found.join("\n"));
            // Nothing was written next to the site but its spare.
            let mut beside: Vec<String> = std::fs::read_dir(tmp.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            beside.sort();
            prop_assert_eq!(beside, [".site.okrbook-spare", "hb", "site"]);
        }

        #[test]
        fn random_bodies_never_panic_the_html_policy(body in proptest::collection::vec(hostile(), 0..12)) {
            let body = body.join("\n");
            let _ = okrbook::html::removals(&body);
            let cleaned = okrbook::html::clean(&body);
            for tag in okrbook::html::start_tags(&cleaned) {
                for (a, v) in &tag.attrs {
                    prop_assert!(!a.starts_with("on"), "{cleaned}");
                    if super::URL_ATTRIBUTES.contains(&a.as_str()) {
                        prop_assert!(okrbook::html::check_url(v).is_ok(), "{cleaned}");
                    }
                }
                prop_assert!(tag.name != "script" && tag.name != "iframe", "{cleaned}");
            }
        }
    }
}

/// With `unsafe_html: true` the handbook trusts its authors: HTML, SVG and XML files
/// under content/ are published as they are, and no finding says they were left out.
#[test]
fn unsafe_html_publishes_html_svg_and_xml_files() {
    let hb = common::copy_fixture("hostile");
    let config = hb.path().join("okrbook.yaml");
    let text = fs::read_to_string(&config).unwrap() + "unsafe_html: true\n";
    fs::write(&config, text).unwrap();
    let about_files: Vec<String> = diagnostics_at(hb.path())
        .iter()
        .filter(|d| d.file.starts_with("content/img/"))
        .map(|d| format!("{}: {}", d.file, d.message))
        .collect();
    assert!(about_files.is_empty(), "{about_files:?}");
    let out = hb.path().join("public");
    let run = build_into(hb.path(), &out, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for file in [
        "img/evil.svg",
        "img/page.html",
        "img/data.xml",
        "img/ok.png",
    ] {
        assert_eq!(
            fs::read(out.join(file)).ok(),
            fs::read(hb.path().join("content").join(file)).ok(),
            "{file} is published as it is"
        );
    }
}

/// The navigation lists the first free pages, not all of them: with 200 free pages a
/// page is as large as with 50, and so the site grows with the number of pages, not
/// with its square.
#[test]
fn the_navigation_does_not_list_every_free_page() {
    let site = |n: usize| -> (String, usize, u64) {
        let dir = handbook();
        let notes = dir.path().join("content/notes");
        fs::create_dir_all(&notes).unwrap();
        for i in 0..n {
            fs::write(
                notes.join(format!("n{i:03}.md")),
                format!("---\ntitle: Note {i:03}\n---\nText.\n"),
            )
            .unwrap();
        }
        let run = build(dir.path());
        assert_eq!(run.code, 0, "{}", run.stderr);
        let out = dir.path().join("public");
        let page = fs::read_to_string(out.join("notes/n000/index.html")).unwrap();
        let start = page.find("<nav class=\"side\"").expect("the navigation");
        let end = start + page[start..].find("</nav>").unwrap();
        let notes_bytes = walkdir::WalkDir::new(out.join("notes"))
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.metadata().unwrap().len())
            .sum();
        (page[start..end].to_string(), page.len(), notes_bytes)
    };
    let (nav50, page50, notes50) = site(50);
    let (nav200, page200, notes200) = site(200);
    assert_eq!(nav200.matches("notes/n").count(), 12, "{nav200}");
    assert!(
        nav200.contains("(200)"),
        "the navigation says how many: {nav200}"
    );
    assert_eq!(nav50.replace("(50)", "(200)"), nav200);
    assert!(
        page200.abs_diff(page50) <= 8,
        "a page has {page50} bytes with 50 free pages, {page200} with 200"
    );
    assert!(
        notes200 * 100 <= notes50 * 410,
        "200 free pages take {notes200} bytes, 50 take {notes50}"
    );
}
