//! How well `kr-activity` tells activities from results on real, published key results.
//!
//! ```sh
//! cargo run --release --example lint_quality [PATH] [--verbose] [--tune-only] [--list]
//! ```
//!
//! PATH defaults to `tests/data/key-results/collection.jsonl` (one labelled key result a
//! line, see the README beside it). For every split the collection holds (`tune` first,
//! then the others in name order), and per language (`en`, `de`, `all`), it prints how many
//! key results were scored (those labelled `ambiguous` are not), true and false positives,
//! misses, precision and recall, taking `activity` as the positive label. The splits held
//! aside (`collection::HELD_ASIDE`, marked `*`) are only ever counted, so that the rule is
//! never developed on them. `--verbose` lists the misses and false alarms of the `tune`
//! split, `--tune-only` leaves every other split out, and `--list` prints every entry of the
//! `tune` split with its label and what the rule says about it, one a line
//! (`ok`/`FP`/`FN`), for reading or `grep`.
//!
//! The development splits are read with models of `kr-activity`'s learned part trained
//! without the entry's source (`collection::verdicts`), so that their figures do not count
//! what the model learned from the titles themselves; the rules were written from them all
//! the same.
//!
//! This is a measurement, not a test: it prints and exits 0 whatever the figures.

use std::process::ExitCode;

use okrbook::lint::activity::ActivityMatch;
#[path = "common/collection.rs"]
mod collection;
use collection::Entry;

#[derive(Default, Clone, Copy)]
struct Tally {
    scored: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn add(&mut self, activity: bool, flagged: bool) {
        self.scored += 1;
        match (activity, flagged) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        f64::NAN
    } else {
        a as f64 / b as f64
    }
}

/// The splits to report: `tune` first, then the held-aside ones in name order
/// (`holdout`, `holdout2`, …), or only `tune` with `--tune-only`.
fn splits_to_print(entries: &[Entry], tune_only: bool) -> Vec<String> {
    let mut splits: Vec<String> = Vec::new();
    for e in entries {
        if !splits.contains(&e.split) && (!tune_only || e.split == "tune") {
            splits.push(e.split.clone());
        }
    }
    splits.sort_by_key(|s| (s != "tune", s.clone()));
    splits
}

fn main() -> ExitCode {
    let mut path = String::from("tests/data/key-results/collection.jsonl");
    let mut verbose = false;
    let mut tune_only = false;
    let mut list = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--verbose" | "-v" => verbose = true,
            "--tune-only" => tune_only = true,
            "--list" => list = true,
            a if a.starts_with('-') => {
                eprintln!("usage: lint_quality [PATH] [--verbose] [--tune-only] [--list]");
                return ExitCode::from(2);
            }
            a => path = a.to_string(),
        }
    }
    let entries = match collection::read(&path) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };

    let splits = splits_to_print(&entries, tune_only);
    let found: std::collections::HashMap<&str, Option<ActivityMatch>> = entries
        .iter()
        .map(|e| e.id.as_str())
        .zip(collection::verdicts(&entries))
        .collect();
    let classify = |e: &Entry| found[e.id.as_str()].clone();
    println!("kr-activity on {path}: positive = `activity`, `ambiguous` not scored");
    // The first column fits the longest split name and its mark.
    let width = splits
        .iter()
        .map(|s| s.len() + 1)
        .max()
        .unwrap_or(0)
        .max(13);
    println!(
        "{:<width$} {:<4} {:>6} {:>4} {:>4} {:>4} {:>9} {:>7}",
        "split", "lang", "scored", "TP", "FP", "FN", "precision", "recall"
    );
    let row = |shown: &str, in_rows: &dyn Fn(&Entry) -> bool| {
        for lang in ["en", "de", "all"] {
            let mut t = Tally::default();
            for e in entries.iter().filter(|e| {
                in_rows(e) && (lang == "all" || e.lang == lang) && e.label != "ambiguous"
            }) {
                t.add(e.label == "activity", classify(e).is_some());
            }
            println!(
                "{shown:<width$} {lang:<4} {:>6} {:>4} {:>4} {:>4} {:>9.3} {:>7.3}",
                t.scored,
                t.tp,
                t.fp,
                t.fn_,
                t.precision(),
                t.recall()
            );
        }
    };
    for split in &splits {
        // Held-aside splits are marked: their figures are the measure of text the rule was
        // never developed on.
        let shown = if collection::HELD_ASIDE.contains(&split.as_str()) {
            format!("{split}*")
        } else {
            split.clone()
        };
        row(&shown, &|e| e.split == *split);
    }
    // The figure the aims are set for: all held-aside splits together.
    if !tune_only {
        row("held aside*", &|e| {
            collection::HELD_ASIDE.contains(&e.split.as_str())
        });
    }
    println!("* held aside: never read to develop the rule");

    if verbose {
        let tune = entries
            .iter()
            .filter(|e| e.split == "tune" && e.label != "ambiguous");
        let mut misses = Vec::new();
        let mut alarms = Vec::new();
        for e in tune {
            let m = classify(e);
            match (e.label == "activity", m) {
                (true, None) => misses.push(format!("  {} [{}] {}", e.id, e.kind, e.text)),
                (false, Some(m)) => alarms.push(format!(
                    "  {} [{}] {}  <- {:?} \"{}\"",
                    e.id, e.kind, e.text, m.form, m.evidence
                )),
                _ => {}
            }
        }
        println!("\nfalse alarms (tune, {}):", alarms.len());
        for a in &alarms {
            println!("{a}");
        }
        println!("\nmisses (tune, {}):", misses.len());
        for m in &misses {
            println!("{m}");
        }
    }
    if list {
        println!();
        for e in entries.iter().filter(|e| e.split == "tune") {
            let m = classify(e);
            let verdict = match (e.label.as_str(), &m) {
                ("activity", None) => "FN",
                ("activity", Some(_)) | (_, None) => "ok",
                ("ambiguous", Some(_)) => "amb",
                (_, Some(_)) => "FP",
            };
            let found = m.map_or(String::new(), |m| {
                format!("  <- {:?} \"{}\"", m.form, m.evidence)
            });
            println!(
                "{verdict:<3} {} [{}/{}] {}{found}",
                e.id, e.label, e.kind, e.text
            );
        }
    }
    ExitCode::SUCCESS
}
