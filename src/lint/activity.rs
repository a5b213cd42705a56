//! placeholder until the classifier lands
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActivityKind {
    DoingVerb,
    CountsActivity,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActivityMatch {
    pub kind: ActivityKind,
    pub evidence: String,
    pub lang: &'static str,
}
pub fn classify(title: &str) -> Option<ActivityMatch> {
    let first = title.split_whitespace().next()?.to_lowercase();
    ["hold", "launch"]
        .contains(&first.as_str())
        .then(|| ActivityMatch {
            kind: ActivityKind::DoingVerb,
            evidence: first,
            lang: "en",
        })
}
