//! The model `kr-activity` consults where its rules find nothing
//! (`src/lint/model/`): made from the key-result collection, and measured on it.
//!
//! ```sh
//! cargo run --release --example kr_model -- --write   # make src/lint/model/weights.tsv
//! cargo run --release --example kr_model -- --folds   # out-of-fold chances, one per entry
//! ```
//!
//! `--write` learns from the development splits only (`collection::training_set`); the
//! held-aside splits are never read. `--folds` prints, for every scored entry, a line of
//! id, the model's chance of work, `kr-activity`'s verdict with that model, the rules'
//! verdict alone and the model's evidence. Entries of the development splits are read with
//! a model trained without the entry's fold (its source's hash modulo 10, or its whole split
//! for the splits named after `--folds`), so that the model is measured on sources it has
//! not seen; entries of the held-aside splits with the shipped model.

#[path = "common/collection.rs"]
mod collection;

use std::process::ExitCode;

use okrbook::lint::model::{self, Example};

const COLLECTION: &str = "tests/data/key-results/collection.jsonl";
const WEIGHTS: &str = "src/lint/model/weights.tsv";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let entries = match collection::read(COLLECTION) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    match args.first().map(String::as_str) {
        Some("--write") => {
            let m = model::train(&collection::training_set(&entries));
            if let Err(e) = std::fs::write(WEIGHTS, m.to_tsv()) {
                eprintln!("cannot write {WEIGHTS}: {e}");
                return ExitCode::from(1);
            }
            eprintln!("wrote {WEIGHTS}");
        }
        Some("--folds") => {
            let whole: Vec<&str> = args[1..].iter().map(String::as_str).collect();
            let fold = |e: &collection::Entry| {
                if whole.contains(&e.split.as_str()) {
                    e.split.clone()
                } else {
                    collection::fold(e).to_string()
                }
            };
            let dev: Vec<&collection::Entry> = entries
                .iter()
                .filter(|e| {
                    !collection::HELD_ASIDE.contains(&e.split.as_str()) && e.label != "ambiguous"
                })
                .collect();
            let mut folds: Vec<String> = dev.iter().map(|e| fold(e)).collect();
            folds.sort();
            folds.dedup();
            let mut chance = std::collections::HashMap::new();
            for f in &folds {
                let train: Vec<Example> = dev
                    .iter()
                    .filter(|e| &fold(e) != f)
                    .map(|e| Example {
                        title: &e.text,
                        kind: (e.label == "activity").then_some(e.kind.as_str()),
                    })
                    .collect();
                let m = model::train(&train);
                for e in dev.iter().filter(|e| &fold(e) == f) {
                    let v = okrbook::lint::activity::classify_with(&e.text, Some(&m)).is_some();
                    let r = m.read(&e.text);
                    chance.insert(e.id.as_str(), (r.activity, v, r.evidence));
                }
            }
            let shipped = model::shipped();
            for e in entries.iter().filter(|e| e.label != "ambiguous") {
                let (p, v, ev) = chance.get(e.id.as_str()).cloned().unwrap_or_else(|| {
                    (
                        shipped.read(&e.text).activity,
                        okrbook::lint::activity::classify(&e.text).is_some(),
                        shipped.read(&e.text).evidence,
                    )
                });
                let rules = okrbook::lint::activity::classify_with(&e.text, None).is_some();
                println!("{}\t{p:.4}\t{v}\t{rules}\t{ev}", e.id);
            }
        }
        _ => {
            eprintln!("usage: kr_model --write | --folds [SPLIT …]");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
