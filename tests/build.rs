//! `okrbook build`: the site it writes, checked as a reader's browser would follow it.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn build(fixture: &str, out: &Path, extra: &[&str]) -> (i32, String) {
    build_with(&common::fixture_dir(fixture), out, extra)
}

/// `okrbook build DIR --out OUT EXTRA…`: its exit status and what it printed.
fn build_with(dir: &Path, out: &Path, extra: &[&str]) -> (i32, String) {
    let (dir, out) = (dir.to_string_lossy(), out.to_string_lossy());
    let mut args = vec!["build", &dir, "--out", &out];
    args.extend_from_slice(extra);
    let run = common::okrbook(&args);
    (run.code, run.stderr)
}

fn read_tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_path_buf(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Every `href="…"` and `src="…"` value of an HTML text.
fn urls(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["href=\"", "src=\""] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let end = rest.find('"').unwrap();
            // `?status=…` opens a page filtered; the file is the part before it.
            let url = rest[..end].replace("&amp;", "&");
            let url = match url.split_once('?') {
                Some((file, query)) => match query.split_once('#') {
                    Some((_, anchor)) => format!("{file}#{anchor}"),
                    None => file.to_string(),
                },
                None => url,
            };
            out.push(url);
            rest = &rest[end..];
        }
    }
    out
}

fn ids(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(" id=\"") {
        rest = &rest[i + 5..];
        let end = rest.find('"').unwrap();
        out.push(rest[..end].to_string());
    }
    out
}

#[test]
fn every_internal_link_and_anchor_resolves() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let (code, err) = build("site", &out, &[]);
    assert_eq!(code, 0, "{err}");
    let files = read_tree(&out);
    let mut checked = 0;
    for (path, bytes) in &files {
        if path.extension().is_none_or(|x| x != "html") || path == Path::new("404.html") {
            continue;
        }
        let html = String::from_utf8(bytes.clone()).unwrap();
        let dir = path.parent().unwrap();
        for url in urls(&html) {
            assert!(
                !url.starts_with("http:") && !url.starts_with("https:") && !url.starts_with("//"),
                "external URL {url} in {path:?}"
            );
            if url.starts_with("mailto:") {
                continue;
            }
            let (file, anchor) = url
                .split_once('#')
                .map_or((url.as_str(), None), |(f, a)| (f, Some(a)));
            let target = if file.is_empty() {
                path.clone()
            } else {
                normalize(&dir.join(file))
            };
            let body = files
                .get(&target)
                .unwrap_or_else(|| panic!("{path:?} links to missing {url} ({target:?})"));
            if let Some(a) = anchor {
                let text = String::from_utf8_lossy(body);
                assert!(
                    ids(&text).iter().any(|i| i == a),
                    "{path:?} links to missing anchor {url}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} links checked");
    for page in [
        "index.html",
        "cycles/2026-q4/index.html",
        "cycles/2026-q4/alignment/index.html",
        "objectives/html/index.html",
        "key-results/html-kr1/index.html",
        "teams/cx/index.html",
        "principles/facts/index.html",
        "people/index.html",
        "guide/writing/index.html",
        "warnings/index.html",
        "404.html",
        "data/okrs.json",
        "static/search-index.js",
        "img/logo.png",
    ] {
        assert!(files.contains_key(Path::new(page)), "missing {page}");
    }
    assert!(
        !files.contains_key(Path::new("objectives/draft/index.html")),
        "drafts stay out"
    );
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                assert!(out.pop(), "a link climbs out of the site: {p:?}");
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
fn output_is_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    assert_eq!(build("site", &a, &[]).0, 0);
    assert_eq!(build("site", &b, &[]).0, 0);
    assert_eq!(read_tree(&a), read_tree(&b));
}

#[test]
fn front_matter_text_is_escaped_and_harmless_html_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("p");
    assert_eq!(build("site", &out, &[]).0, 0);
    let page = std::fs::read_to_string(out.join("objectives/html/index.html")).unwrap();
    assert!(!page.contains("<script>alert"), "title not escaped");
    assert!(page.contains("&lt;script&gt;alert"));
    assert!(!page.contains("<b>NPS</b>") && !page.contains("Anna <Admin>"));
    assert!(page.contains(r#"<div class="raw">raw html kept</div>"#));
    let kr = std::fs::read_to_string(out.join("key-results/html-kr1/index.html")).unwrap();
    assert!(!kr.contains("<img src=x"), "check-in notes are escaped");
    assert!(page.contains(r#"lang="de""#) && page.contains("Fortschritt"));
}

/// Hostile HTML in a body, and the harmless HTML beside it.
const HOSTILE_BODY: &str = r#"
## Details {#details onfocus=alert(1) tabindex=1}

<details><summary>Mehr</summary><kbd>Strg</kbd> x<sup>2</sup> <mark>neu</mark></details>

<script>alert("script")</script>
<iframe src="https://example.org/"></iframe>
<p onclick="alert('click')" style="color: red">Absatz</p>
<form action="/x"><input name="q"></form>

[plain](javascript:alert(1)) [ref][evil] <javascript:alert(3)> [entity](&#106;avascript:alert(4))
[mixed](JaVaScRiPt:alert(5)) ![pixel](data:image/png;base64,AAAA) [fine](https://example.org/)

[evil]: javascript:alert(2)
"#;

fn hostile_site(unsafe_html: bool) -> String {
    let hb = common::copy_fixture("site");
    let file = hb.path().join("content/objectives/html.md");
    let text = std::fs::read_to_string(&file).unwrap() + HOSTILE_BODY;
    std::fs::write(&file, text).unwrap();
    if unsafe_html {
        let config = hb.path().join("okrbook.yaml");
        let text = std::fs::read_to_string(&config).unwrap() + "unsafe_html: true\n";
        std::fs::write(&config, text).unwrap();
    }
    let out = hb.path().join("public");
    let run = common::okrbook(&[
        "build",
        &hb.path().to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    std::fs::read_to_string(out.join("objectives/html/index.html")).unwrap()
}

#[test]
fn raw_html_is_cleaned_by_default() {
    let page = hostile_site(false);
    let body = &page[page.find(r#"<div class="raw">"#).unwrap()..];
    for gone in [
        "<script",
        r#"alert("script")"#,
        "alert('click')",
        "<iframe",
        "<form",
        "onclick",
        "onfocus",
        "tabindex",
        "style=\"color",
        "=\"javascript:",
        "=\"data:",
    ] {
        assert!(!body.contains(gone), "`{gone}` is left in the page");
    }
    for kept in [
        "<details><summary>Mehr</summary>",
        "<kbd>Strg</kbd>",
        "<sup>2</sup>",
        "<mark>neu</mark>",
        r#"<h2 id="details">"#,
        "<p>Absatz</p>",
        r#"<a href="https://example.org/">fine</a>"#,
        "<a>plain</a>",
        r#"<img alt="pixel">"#,
    ] {
        assert!(body.contains(kept), "`{kept}` is missing from the page");
    }
}

#[test]
fn unsafe_html_keeps_raw_html_as_written() {
    let page = hostile_site(true);
    for kept in [
        r#"<script>alert("script")</script>"#,
        r#"<p onclick="alert('click')" style="color: red">"#,
        r#"href="javascript:alert(1)""#,
        "onfocus=",
    ] {
        assert!(page.contains(kept), "`{kept}` is missing from the page");
    }
}

#[test]
fn errors_stop_the_build_and_keep_the_old_site() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    assert_eq!(build("site", &out, &[]).0, 0);
    let before = read_tree(&out);
    let (code, err) = build("broken-ref", &out, &[]);
    assert_eq!(code, 1);
    assert!(
        err.contains("broken-ref") && err.contains("not written"),
        "{err}"
    );
    assert_eq!(read_tree(&out), before);
    let (code, _) = build("kr-count", &out, &["--deny-warnings"]);
    assert_eq!(code, 1);
    assert_eq!(read_tree(&out), before);
}

#[test]
fn refuses_a_folder_it_did_not_make() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("precious.txt"), "keep me").unwrap();
    let (code, err) = build("site", tmp.path(), &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("not written by okrbook"), "{err}");
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("precious.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn base_url_makes_absolute_links_and_a_sitemap() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("p");
    assert_eq!(
        build("site", &out, &["--base-url", "https://intra.example/okr/"]).0,
        0
    );
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(home.contains(r#"href="https://intra.example/okr/static/site.css""#));
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://intra.example/okr/objectives/html/</loc>"));
}

#[test]
fn okrs_json_has_the_documented_numbers() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("p");
    assert_eq!(build("progress", &out, &[]).0, 0);
    let v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("data/okrs.json")).unwrap()).unwrap();
    let obj = v["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "before")
        .unwrap();
    assert_eq!(obj["progress"], 0.375);
    assert_eq!(obj["expected"], 1.0);
    assert_eq!(obj["status"], "off-track");
    assert_eq!(obj["score"], 0.4);
    assert_eq!(obj["url"], "objectives/before/");
    let kr = &obj["key_results"][1];
    assert_eq!(
        (kr["id"].as_str(), kr["progress"].as_f64()),
        (Some("before-kr2"), Some(0.35))
    );
    let now = v["objectives"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "now")
        .unwrap();
    assert!(now.get("score").is_none(), "no score while the cycle runs");
    for key in ["cycles", "teams"] {
        for item in v[key].as_array().unwrap() {
            for field in ["id", "title", "url", "progress", "expected", "status"] {
                assert!(
                    item.get(field).is_some(),
                    "{key} item without {field}: {item}"
                );
            }
        }
    }
}

fn build_dir(dir: &Path, out: &Path) -> (i32, String) {
    build_with(dir, out, &[])
}

#[test]
fn a_handbook_overrides_single_theme_files() {
    let hb = common::copy_fixture("site");
    let theme = hb.path().join("themes/default");
    std::fs::create_dir_all(theme.join("templates")).unwrap();
    std::fs::create_dir_all(theme.join("static")).unwrap();
    std::fs::write(
        theme.join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}<p class=\"own-page\">{{ page_title }}</p>{{ body | safe }}{% endblock content %}",
    )
    .unwrap();
    std::fs::write(theme.join("static/extra.css"), "body { margin: 0 }").unwrap();
    std::fs::write(
        theme.join("i18n.yaml"),
        "nav.home: {de: Anfang, en: Beginning}\n",
    )
    .unwrap();
    let out = hb.path().join("public");
    let (code, err) = build_dir(hb.path(), &out);
    assert_eq!(code, 0, "{err}");

    let page = std::fs::read_to_string(out.join("guide/writing/index.html")).unwrap();
    assert!(
        page.contains("<p class=\"own-page\">"),
        "the page template is the handbook's"
    );
    assert!(
        page.contains(">Anfang</a>"),
        "the string table is extended: {page}"
    );
    let objective = std::fs::read_to_string(out.join("objectives/html/index.html")).unwrap();
    assert!(
        !objective.contains("own-page"),
        "other templates stay the default ones"
    );
    assert!(
        objective.contains("class=\"progress"),
        "the default objective template is used"
    );
    assert_eq!(
        std::fs::read(out.join("static/extra.css")).unwrap(),
        b"body { margin: 0 }"
    );
    assert!(
        out.join("static/site.css").is_file(),
        "default static files stay"
    );
}

#[test]
fn a_broken_theme_template_is_a_clear_error_and_writes_nothing() {
    let hb = common::copy_fixture("site");
    let templates = hb.path().join("themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("page.html"),
        "{% extends \"base.html\" %}{% block content %}{{ oops( }}{% endblock content %}",
    )
    .unwrap();
    let out = hb.path().join("public");
    let (code, err) = build_dir(hb.path(), &out);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("page.html"),
        "the error names the template: {err}"
    );
    assert!(!out.exists(), "no half-written site");
}

#[test]
fn rebuilding_in_place_gives_the_site_a_fresh_folder_gets() {
    // The second build keeps the first site as the spare, the third writes into it.
    let hb = common::copy_fixture("site");
    let out = hb.path().join("public");
    let guide = hb.path().join("content/guide");
    std::fs::write(
        guide.join("extra.md"),
        "---\ntitle: Extra\n---\nBald weg.\n",
    )
    .unwrap();
    for _ in 0..2 {
        assert_eq!(build_dir(hb.path(), &out).0, 0);
    }
    assert!(hb.path().join(".public.okrbook-spare/guide/extra").is_dir());
    // An edit that changes pages, removes a page and its folder, and adds one.
    std::fs::remove_file(guide.join("extra.md")).unwrap();
    std::fs::write(
        guide.join("reading.md"),
        "---\ntitle: OKRs lesen\n---\nNeu.\n",
    )
    .unwrap();
    let writing = guide.join("writing.md");
    let text = std::fs::read_to_string(&writing).unwrap();
    std::fs::write(
        &writing,
        text.replace("OKRs schreiben", "OKRs gut schreiben"),
    )
    .unwrap();
    let (code, stderr) = build_dir(hb.path(), &out);
    assert_eq!(code, 0, "{stderr}");

    let fresh = tempfile::tempdir().unwrap();
    let fresh_out = fresh.path().join("public");
    assert_eq!(build_dir(hb.path(), &fresh_out).0, 0);
    assert_eq!(read_tree(&out), read_tree(&fresh_out));
    assert!(out.join("guide/reading/index.html").is_file());
    assert!(
        !out.join("guide/extra").exists(),
        "the removed page's folder is gone"
    );
}

#[test]
fn principle_pages_count_every_running_cycle() {
    // A principle served only by an objective of the year 2026 is served during 2026-q4
    // as well; one served only last quarter is not.
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("site");
    let (code, err) = build("orphan-principle", &out, &[]);
    assert_eq!(code, 0, "{err}");
    let page = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
    let notice = "No objective of the running cycle serves this principle.";
    assert!(!page("principles/service/index.html").contains(notice));
    assert!(!page("principles/facts/index.html").contains(notice));
    assert!(page("principles/together/index.html").contains(notice));
    let index = page("principles/index.html");
    // The list comes after the matrix of teams and principles.
    let table = &index[index.rfind("<tbody").unwrap()..];
    let row = |id: &str| {
        let at = table.find(&format!("principles/{id}/")).unwrap();
        let end = at + table[at..].find("</tr>").unwrap();
        table[at..end].to_string()
    };
    assert!(
        !row("service").contains("No objective"),
        "{}",
        row("service")
    );
    assert!(
        row("together").contains("No objective"),
        "{}",
        row("together")
    );
}

#[test]
fn out_inside_themes_or_static_is_refused() {
    let hb = common::copy_fixture("site");
    for (folder, out) in [
        ("themes/", "themes/default/static/site"),
        ("static/", "static/okr"),
    ] {
        let (code, stderr) = build_dir(hb.path(), &hb.path().join(out));
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains(&format!("inside {folder}")), "{stderr}");
        assert!(!hb.path().join(out).exists());
    }
}

#[test]
fn rebuilds_keep_foreign_files_and_no_copy_of_retracted_pages() {
    let hb = common::copy_fixture("site");
    let out = hb.path().join("public");
    let spare = hb.path().join(".public.okrbook-spare");
    let secret = hb.path().join("content/guide/secret.md");
    std::fs::write(&secret, "---\ntitle: Geheimplan\n---\nNicht für alle.\n").unwrap();
    for _ in 0..2 {
        assert_eq!(build_dir(hb.path(), &out).0, 0);
    }
    assert!(spare.join("guide/secret/index.html").is_file());
    // Someone adds files of their own to the site; the secret page is withdrawn.
    std::fs::write(out.join("CNAME"), "okr.example.org\n").unwrap();
    std::fs::create_dir_all(out.join(".well-known")).unwrap();
    std::fs::write(out.join(".well-known/security.txt"), "Contact: x\n").unwrap();
    std::fs::remove_file(&secret).unwrap();
    let (code, stderr) = build_dir(hb.path(), &out);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        std::fs::read_to_string(out.join("CNAME")).unwrap(),
        "okr.example.org\n"
    );
    assert!(out.join(".well-known/security.txt").is_file());
    let everywhere = walkdir::WalkDir::new(hb.path())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.path().starts_with(hb.path().join("content")))
        .filter(|e| {
            String::from_utf8_lossy(&std::fs::read(e.path()).unwrap()).contains("Geheimplan")
        })
        .map(|e| e.path().display().to_string())
        .collect::<Vec<_>>();
    assert!(everywhere.is_empty(), "still there: {everywhere:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&spare).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the spare is its owner's only");
    }
}

/// With `path-collision: off` a content file at the place of one of okrbook's own pages
/// or files is no longer a finding, but the build still refuses to let two writers race
/// for one path: it stops before writing anything, the same way every time.
#[test]
fn a_collision_stops_the_build_even_with_its_rule_off() {
    for (file, text, site_path) in [
        (
            "people.md",
            "---\ntitle: Wer ist wer\n---\n",
            "people/index.html",
        ),
        ("data/okrs.json", "{}\n", "data/okrs.json"),
        ("static/site.css", "body {}\n", "static/site.css"),
    ] {
        let hb = common::copy_fixture("site");
        let config = hb.path().join("okrbook.yaml");
        let text_of_config =
            std::fs::read_to_string(&config).unwrap() + "lint: {path-collision: off}\n";
        std::fs::write(&config, text_of_config).unwrap();
        let path = hb.path().join("content").join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        let check = common::okrbook(&["check", &hb.path().to_string_lossy()]);
        assert_eq!(check.code, 0, "{file}: the rule is off\n{}", check.stdout);
        let out = hb.path().join("public");
        for _ in 0..2 {
            let (code, stderr) = build_dir(hb.path(), &out);
            assert_eq!(code, 2, "{file}: {stderr}");
            assert!(
                stderr.contains(&format!(
                    "two files of the site would be written to `{site_path}`"
                )),
                "{file}: {stderr}"
            );
            assert!(!out.exists(), "{file}: a site was written");
            let left: Vec<String> = std::fs::read_dir(hb.path())
                .unwrap()
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.starts_with(".public"))
                .collect();
            assert!(left.is_empty(), "{file}: left behind {left:?}");
        }
    }
}

/// `## Heading {.class}` keeps its classes in the page; event handlers and other
/// attributes written the same way go.
#[test]
fn heading_classes_stay_and_other_heading_attributes_go() {
    let hb = common::copy_fixture("site");
    let file = hb.path().join("content/guide/writing.md");
    let text = std::fs::read_to_string(&file).unwrap()
        + "\n## Plan {#plan .wichtig .breit onclick=alert(1) onmouseover=alert(2) data-x=1}\n";
    std::fs::write(&file, text).unwrap();
    let out = hb.path().join("public");
    let (code, stderr) = build_dir(hb.path(), &out);
    assert_eq!(code, 0, "{stderr}");
    let page = std::fs::read_to_string(out.join("guide/writing/index.html")).unwrap();
    let start = page.find("<h2 id=\"plan\"").expect("the heading");
    let tag = &page[start..start + page[start..].find('>').unwrap() + 1];
    assert_eq!(tag, r#"<h2 id="plan" class="wichtig breit">"#);
    // The page names the removed attributes in its findings, but none is left on a tag.
    for gone in ["onclick=", "onmouseover=", "alert(", "data-x="] {
        assert!(!page.contains(gone), "`{gone}` is left in the page");
    }
}

/// A theme override whose template asks for a UI string no table has fails the build
/// with the template's place, instead of showing the key as text.
#[test]
fn a_missing_ui_string_in_a_theme_override_is_a_clear_error() {
    let hb = common::copy_fixture("site");
    let templates = hb.path().join("themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("page.html"),
        "{% extends \"base.html\" %}{% block content %}<p>{{ t[\"no.such.key\"] }}</p>{% endblock content %}",
    )
    .unwrap();
    let out = hb.path().join("public");
    let (code, err) = build_dir(hb.path(), &out);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("template error"), "{err}");
    assert!(err.contains("page.html:1:"), "the place: {err}");
    assert!(err.contains("t[\"no.such.key\"]"), "the key: {err}");
    assert!(!out.exists(), "no site is written");
}
