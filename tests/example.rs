//! The example handbook in `content/`: its deliberate findings, exactly, and a few of its
//! numbers worked out by hand from the arithmetic of docs/progress.md.

mod common;

use std::path::Path;

use okrbook::model::BuildOptions;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn check_json(dir: &Path) -> (i32, serde_json::Value) {
    let run = common::okrbook(&["check", &dir.to_string_lossy(), "--format", "json"]);
    (run.code, serde_json::from_str(&run.stdout).expect("json"))
}

/// Builds the example into `site` as of `day`; what `build` printed.
fn build_example(site: &Path, day: &str) -> String {
    let run = common::okrbook(&[
        "build",
        &root().to_string_lossy(),
        "--out",
        &site.to_string_lossy(),
        "--as-of",
        day,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stderr
}

#[test]
fn the_example_shows_its_deliberate_findings_and_no_error() {
    let (code, v) = check_json(root());
    assert_eq!(code, 0, "warnings only: exit 0");
    let got: Vec<String> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {} {}:{}",
                d["severity"].as_str().unwrap(),
                d["rule"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"]
            )
        })
        .collect();
    let q4 = "content/objectives/2026-q4";
    let expected = vec![
        format!("warning stale-checkin {q4}/beschwerden.md:22"),
        format!("warning kr-not-measurable {q4}/beschwerden.md:31"),
        format!("warning kr-activity {q4}/feedback-im-alltag.md:10"),
        format!("warning kr-activity {q4}/feedback-im-alltag.md:35"),
        format!("warning objective-has-number {q4}/kundenurteil-region.md:2"),
        format!("warning kr-count {q4}/mitarbeitende.md:2"),
        format!("warning kr-title-numbers {q4}/onboarding.md:23"),
        format!("warning unknown-field {q4}/stoerungsinfo.md:11"),
        "warning principle-one-team content/principles/cx-team-fuehrt.md:2".to_string(),
        "warning orphan-principle content/principles/kein-nps-fuer-alle.md:2".to_string(),
    ];
    assert_eq!(got, expected);
    assert_eq!(v["summary"]["errors"], 0);
    assert_eq!(v["summary"]["warnings"], 10);
    assert_eq!(v["summary"]["documents"], 36);
    let unknown = &v["diagnostics"][7];
    assert_eq!(unknown["rule"], "unknown-field");
    assert_eq!(unknown["help"], "Meinten Sie `owner`?");

    let (_, via_content) = check_json(&root().join("content"));
    assert_eq!(via_content, v, "`check content` and `check .` agree");
}

#[test]
fn the_examples_numbers_follow_the_format() {
    let checked = okrbook::check::check(
        root(),
        BuildOptions {
            as_of: None, // `today: 2026-11-23` in okrbook.yaml
            drafts: false,
        },
    )
    .unwrap();
    let hb = &checked.handbook;
    let objective = |id: &str| hb.objectives.iter().find(|o| o.meta.id == id).unwrap();
    let close = |a: f64, b: f64| assert!((a - b).abs() < 1e-9, "{a} != {b}");

    // Q4 runs 2026-10-01 .. 2026-12-31 (91 days); 2026-11-23 is day 53.
    let q4 = hb.cycles.iter().find(|c| c.meta.id == "2026-q4").unwrap();
    close(q4.computed.expected.unwrap(), 53.0 / 91.0);

    // erstloesung: FCR 62 → 75 at 71 (weight 2): 9/13; repeat calls 18 → 10 at 13: 5/8;
    // waiting 240 → 90 at 150: 90/150; satisfaction kept above 4.2 at 4.3: 1.
    let e = objective("erstloesung");
    close(
        e.computed.progress.unwrap(),
        (2.0 * 9.0 / 13.0 + 5.0 / 8.0 + 0.6 + 1.0) / 5.0,
    );
    assert_eq!(e.computed.status.unwrap().id(), "on-track");

    // kuendigung: churn 9.5 → 7 at 9.1: 0.4/2.5; win-back 12 → 20 at 13: 1/8;
    // cancellations 1800 → 1200 at 1650: 150/600. Mean 0.178…, gap 0.404 → off track.
    let k = objective("kuendigung");
    close(k.computed.progress.unwrap(), (0.16 + 0.125 + 0.25) / 3.0);
    assert_eq!(k.computed.status.unwrap().id(), "off-track");

    // Q3 is over: hotline 61 → 80 at 78 and 14 → 6 at 7: (17/19 + 7/8) / 2 = 0.8849 → 0.9, green.
    let h = objective("hotline-erreichbarkeit");
    close(
        h.computed.progress.unwrap(),
        (17.0 / 19.0 + 7.0 / 8.0) / 2.0,
    );
    assert_eq!(h.computed.score, Some(0.9));
    assert_eq!(h.computed.band.unwrap().id(), "green");
    // The portal for business customers: 15 → 40 at 20 and a milestone not done: 0.1, red.
    let p = objective("geschaeftskundenportal");
    assert_eq!(p.computed.score, Some(0.1));
    assert_eq!(p.computed.band.unwrap().id(), "red");

    // The key result in its own file belongs to `selbstservice` and its latest check-in
    // (99.7 on 2026-11-23) is above the 99.5 threshold.
    let kr = hb
        .key_results
        .iter()
        .find(|k| k.meta.id == "portal-verfuegbarkeit")
        .unwrap();
    assert_eq!(hb.objective_of(kr).unwrap().meta.id, "selbstservice");
    close(kr.computed.progress.unwrap(), 1.0);
    // The draft is left out of the roll-ups.
    assert!(objective("chat-rund-um-die-uhr").meta.draft);
}

/// The text of a page's `<main>` as a reader sees it (links as footnotes, tables drawn).
fn page_text(site: &Path, page: &str) -> String {
    let html = std::fs::read_to_string(site.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
    let main = match (html.find("<main"), html.find("</main>")) {
        (Some(a), Some(b)) => &html[a..b + "</main>".len()],
        _ => html.as_str(),
    };
    html2text::from_read(charts_as_words(main).as_bytes(), 110).expect("the page reads as text")
}

/// Each SVG chart replaced by what a screen reader says of it (its `aria-label`).
fn charts_as_words(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        out.push_str(&rest[..start]);
        let svg = &rest[start..];
        let end = svg.find("</svg>").map_or(svg.len(), |e| e + "</svg>".len());
        let label = svg[..end]
            .split_once("aria-label=\"")
            .and_then(|(_, l)| l.split_once('"'))
            .map_or("", |(l, _)| l);
        out.push_str(&format!("<p>[chart: {label}]</p>"));
        rest = &svg[end..];
    }
    out.push_str(rest);
    out
}

/// The example's key pages as text, reviewed by eye once and then kept: a word that goes
/// missing, empty or English on this German site fails here.
#[test]
fn the_examples_key_pages_read_right() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    build_example(&site, "2026-11-23");
    for (name, page) in [
        ("home", "index.html"),
        ("cycle", "cycles/2026-q4/index.html"),
        ("cycle_finished", "cycles/2026-q3/index.html"),
        ("objective", "objectives/kuendigung/index.html"),
        ("key_result", "key-results/kuendigung-kr1/index.html"),
        ("team", "teams/service/index.html"),
        ("people", "people/index.html"),
        ("principles", "principles/index.html"),
        ("warnings", "warnings/index.html"),
    ] {
        insta::assert_snapshot!(format!("page_{name}"), page_text(&site, page));
    }
}

/// A view of an earlier date shows the handbook as it stood then: later check-ins count
/// nowhere (values, progress, the check-in list, charts), and no `future-checkin` is
/// reported for them, since that date was asked for.
#[test]
fn an_earlier_as_of_shows_octobers_numbers() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let stderr = build_example(&site, "2026-10-15");
    assert!(!stderr.contains("future-checkin"), "{stderr}");
    let kr = page_text(&site, "key-results/kuendigung-kr1/index.html");
    // Check-ins of 2026-10-05 (9,5) and 2026-10-12 (9,4) count; 9,3 of 2026-10-19 does not.
    assert!(kr.contains("9,5 % → 9,4 % → 7 %"), "{kr}");
    assert!(kr.contains("12.10.2026"), "{kr}");
    assert!(!kr.contains("19.10.2026") && !kr.contains("9,3"), "{kr}");
    let home = page_text(&site, "index.html");
    assert!(home.contains("Stand 15.10.2026"), "{home}");
    assert!(
        !home.contains(".11.2026"),
        "no check-in of November: {home}"
    );
}

/// The finding the README shows is one the example prints, word for word.
#[test]
fn the_readmes_sample_finding_is_printed_by_the_example() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let after = readme
        .split_once("one of them:")
        .expect("the README introduces its sample finding")
        .1;
    let sample = after
        .split("```")
        .nth(1)
        .expect("the sample is a code block")
        .trim_matches('\n');
    assert!(
        sample.contains("--> content/"),
        "a finding with its place: {sample}"
    );
    let printed = common::okrbook_in(root(), &["check"]).stdout;
    assert!(
        printed.contains(sample),
        "the README's finding:\n{sample}\n\nis not among what `check` prints:\n{printed}"
    );
}
