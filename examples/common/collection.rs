//! The key-result collection (`tests/data/key-results/collection.jsonl`) as the
//! measuring examples read it: one labelled key result per line (see the README beside
//! the collection).

use serde::Deserialize;

/// Each example reads the fields it needs; the others are there for the other.
#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Entry {
    pub id: String,
    pub lang: String,
    pub text: String,
    pub label: String,
    #[serde(default)]
    pub kind: String,
    pub split: String,
    #[serde(default)]
    pub source_name: String,
}

/// Every entry of the collection at `path`; the error names the file (and the line
/// that is no entry).
pub fn read(path: &str) -> Result<Vec<Entry>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let entry =
            serde_json::from_str::<Entry>(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        entries.push(entry);
    }
    Ok(entries)
}

/// The splits held aside: never read to develop the rule; `lint_quality` only counts them
/// and `kr_halves` leaves them out.
pub const HELD_ASIDE: &[&str] = &["holdout18", "holdout21", "holdout22", "holdout24"];

/// FNV-1a, 64 bits: the same on every platform.
#[allow(dead_code)]
pub fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether the model may learn from an entry: one of the development splits, not ambiguous.
fn learnable(e: &Entry) -> bool {
    !HELD_ASIDE.contains(&e.split.as_str()) && e.label != "ambiguous"
}

fn example(e: &Entry) -> okrbook::lint::model::Example<'_> {
    okrbook::lint::model::Example {
        title: &e.text,
        kind: (e.label == "activity").then_some(e.kind.as_str()),
    }
}

/// The labelled titles the shipped model of `kr-activity` learns from: every entry of the
/// development splits that is not ambiguous, with its kind when it is an activity.
#[allow(dead_code)]
pub fn training_set(entries: &[Entry]) -> Vec<okrbook::lint::model::Example<'_>> {
    entries
        .iter()
        .filter(|e| learnable(e))
        .map(example)
        .collect()
}

/// The fold of an entry for measuring the model on sources it has not learned from: its
/// source's hash modulo 10.
#[allow(dead_code)]
pub fn fold(e: &Entry) -> String {
    (fnv1a(&e.source_name) % 10).to_string()
}

/// One model per fold of the development splits, each trained without that fold.
#[allow(dead_code)]
pub fn models_without(
    entries: &[Entry],
    fold: impl Fn(&Entry) -> String,
) -> std::collections::BTreeMap<String, okrbook::lint::model::Model> {
    let folds: std::collections::BTreeSet<String> = entries
        .iter()
        .filter(|e| !HELD_ASIDE.contains(&e.split.as_str()))
        .map(&fold)
        .collect();
    folds
        .into_iter()
        .map(|f| {
            let train: Vec<_> = entries
                .iter()
                .filter(|e| learnable(e) && fold(e) != f)
                .map(example)
                .collect();
            (f, okrbook::lint::model::train(&train))
        })
        .collect()
}

/// `kr-activity`'s verdict on every entry, as on a title it has never seen: entries of the
/// development splits are read with a model trained without their fold (the rules were
/// still written from them), entries of the held-aside splits with the shipped model.
#[allow(dead_code)]
pub fn verdicts(entries: &[Entry]) -> Vec<Option<okrbook::lint::activity::ActivityMatch>> {
    use okrbook::lint::activity;
    let models = models_without(entries, fold);
    entries
        .iter()
        .map(|e| match models.get(&fold(e)) {
            Some(m) if !HELD_ASIDE.contains(&e.split.as_str()) => {
                activity::classify_with(&e.text, Some(m))
            }
            _ => activity::classify(&e.text),
        })
        .collect()
}
