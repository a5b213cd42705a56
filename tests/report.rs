//! Every `--format` of `okrbook check` on a real fixture: the fields CI tools read.

mod common;

fn check(fixture: &str, format: &str) -> (i32, String) {
    let dir = common::fixture_dir(fixture);
    let run = common::okrbook(&["check", &dir.to_string_lossy(), "--format", format]);
    (run.code, run.stdout)
}

#[test]
fn sarif_has_rules_results_and_locations() {
    let (code, out) = check("broken-ref", "sarif");
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), okrbook::diagnostic::Rule::ALL.len());
    assert!(rules.iter().all(|r| r["shortDescription"]["text"]
        .as_str()
        .is_some_and(|t| !t.is_empty())));
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let idx = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(
            rules[idx]["id"], r["ruleId"],
            "ruleIndex points at the rule"
        );
        assert!(["error", "warning"].contains(&r["level"].as_str().unwrap()));
        let loc = &r["locations"][0]["physicalLocation"];
        assert!(loc["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .starts_with("content/"));
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn rdjsonl_lines_have_reviewdogs_fields() {
    let (_, out) = check("kr-activity", "rdjsonl");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4);
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert_eq!(v["severity"], "WARNING");
        assert_eq!(v["code"]["value"], "kr-activity");
        assert_eq!(v["source"]["name"], "okrbook");
        assert!(v["location"]["path"]
            .as_str()
            .unwrap()
            .starts_with("content/objectives/"));
        assert!(v["location"]["range"]["start"]["line"].as_u64().unwrap() > 1);
        assert_eq!(v["location"]["range"]["start"]["column"], 5);
        assert!(!v["message"].as_str().unwrap().is_empty());
    }
}

#[test]
fn gitlab_code_quality_fields() {
    let (_, out) = check("kr-activity", "gitlab");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let issues = v.as_array().unwrap();
    assert_eq!(issues.len(), 4);
    let mut fps: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    for i in issues {
        assert_eq!(i["check_name"], "kr-activity");
        assert_eq!(i["severity"], "minor");
        assert!(i["description"].as_str().is_some_and(|d| !d.is_empty()));
        assert!(i["location"]["path"].is_string());
        assert!(i["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
    }
    fps.sort();
    fps.dedup();
    assert_eq!(fps.len(), 4, "fingerprints are unique");
}

#[test]
fn github_markdown_and_human_are_text_with_a_summary() {
    let (_, gh) = check("kr-activity", "github");
    assert_eq!(
        gh.lines()
            .filter(|l| l.starts_with("::warning file=content/objectives/"))
            .count(),
        4
    );
    assert!(
        gh.ends_with("okrbook: 0 errors and 4 warnings in 5 documents\n"),
        "{gh}"
    );
    let (_, md) = check("kr-activity", "markdown");
    assert!(md.starts_with("## okrbook check\n"));
    assert_eq!(
        md.lines()
            .filter(|l| l.starts_with("| ⚠️ warning | `kr-activity`"))
            .count(),
        4
    );
    let (_, human) = check("kr-activity", "human");
    assert!(human.contains("warning[kr-activity]:"));
    assert!(human.contains("--> content/objectives/o.md:10:5"));
    assert!(!human.contains('\u{1b}'), "no colour without a terminal");
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(common::fixture_dir("../data/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    for fixture in ["broken-ref", "kr-activity", "valid", "bad-input"] {
        let (_, out) = check(fixture, "sarif");
        let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{fixture}: {errors:#?}");
    }
    // The validator is not a rubber stamp: a result without a message fails.
    let (_, out) = check("kr-activity", "sarif");
    let mut doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    doc["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!validator.is_valid(&doc));
}
