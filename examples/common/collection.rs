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
pub const HELD_ASIDE: &[&str] = &["holdout7", "holdout8", "holdout9"];

/// FNV-1a, 64 bits: the same on every platform.
#[allow(dead_code)]
pub fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
