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

use okrbook::lint::{activity, model};

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
                    collection::fold(e)
                }
            };
            let models = collection::models_without(&entries, fold);
            for e in entries.iter().filter(|e| e.label != "ambiguous") {
                let m = match models.get(&fold(e)) {
                    Some(m) if !collection::HELD_ASIDE.contains(&e.split.as_str()) => m,
                    _ => model::shipped(),
                };
                let reading = m.read(&e.text);
                let verdict = activity::classify_with(&e.text, Some(m)).is_some();
                let rules = activity::classify_with(&e.text, None).is_some();
                println!(
                    "{}\t{:.4}\t{verdict}\t{rules}\t{}",
                    e.id, reading.activity, reading.evidence
                );
            }
        }
        _ => {
            eprintln!("usage: kr_model --write | --folds [SPLIT …]");
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
