//! The weights `kr-activity`'s model ships with are the ones its trainer makes from the
//! key-result collection's development splits: a change to the collection, the features
//! or the trainer without `cargo run --release --example kr_model -- --write` fails here.

#[path = "../examples/common/collection.rs"]
mod collection;

use okrbook::lint::model::{self, Model};

#[test]
fn shipped_weights_are_the_trained_ones() {
    let entries = collection::read("tests/data/key-results/collection.jsonl").unwrap();
    let trained = model::train(&collection::training_set(&entries));
    let shipped = Model::parse(include_str!("../src/lint/model/weights.tsv")).unwrap();
    let diff = trained.max_difference(&shipped);
    assert!(
        diff < 1e-4,
        "weights.tsv differs from training by {diff}: run `cargo run --release --example kr_model -- --write`"
    );
}

#[test]
fn held_aside_titles_are_never_learned_from() {
    let entries = collection::read("tests/data/key-results/collection.jsonl").unwrap();
    let set = collection::training_set(&entries);
    let held: Vec<&str> = entries
        .iter()
        .filter(|e| collection::HELD_ASIDE.contains(&e.split.as_str()))
        .map(|e| e.text.as_str())
        .collect();
    assert!(!held.is_empty());
    assert!(set.iter().all(|x| !held.contains(&x.title)));
    assert!(set.len() > 1500, "{} titles to learn from", set.len());
}
