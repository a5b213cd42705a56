//! `kr-activity` on two halves of the key-result collection, split by source.
//!
//! ```sh
//! cargo run --release --example kr_halves [PATH] [--show A|B]
//! cargo run --release --example kr_halves -- --try < titles.txt
//! cargo run --release --example kr_halves -- --try-rules < titles.txt
//! ```
//!
//! `--try-rules` reads the titles with the rules alone, without the learned model.
//!
//! Every source (`source_name`) goes whole to half `A` or `B`, by bit 14 of the FNV-1a
//! hash of its name (of the low 16 bits, the one that shares both languages' held-aside
//! entries out most evenly), so the split never depends on the labels or on the rule. The
//! figures are printed per half, for all splits together and for the splits once held
//! aside (every split but `tune`) alone, per language. A rule change is
//! developed on the errors of one half (`--show A` lists that half's misses and false
//! alarms) and kept only if the other half, whose texts are not read, does not lose
//! precision.
//!
//! The held-aside splits (`collection::HELD_ASIDE`) take no part: they are measured only
//! by `lint_quality`, and neither their figures nor their texts are shown here, so that
//! no change can be made from them.
//!
//! This is a measurement, not a test: it prints and exits 0 whatever the figures.

use std::process::ExitCode;

use okrbook::lint::activity::classify_with;
#[path = "common/collection.rs"]
mod collection;

fn half(source_name: &str) -> &'static str {
    if (collection::fnv1a(source_name) >> 14) & 1 == 0 {
        "A"
    } else {
        "B"
    }
}

fn main() -> ExitCode {
    let mut path = String::from("tests/data/key-results/collection.jsonl");
    let mut show: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--show" => show = args.next(),
            // One title a line on standard input, each printed with the rule's verdict.
            "--try" | "--try-rules" => {
                let model = (arg == "--try").then(okrbook::lint::model::shipped);
                for line in std::io::stdin().lines().map_while(Result::ok) {
                    let found = classify_with(&line, model).map_or("-".to_string(), |m| {
                        format!("{:?} {:?} \"{}\"", m.kind, m.form, m.evidence)
                    });
                    println!("{found:<40} {line}");
                }
                return ExitCode::SUCCESS;
            }
            a if a.starts_with('-') => {
                eprintln!("usage: kr_halves [PATH] [--show A|B] | --try | --try-rules");
                return ExitCode::from(2);
            }
            a => path = a.to_string(),
        }
    }
    let mut entries = match collection::read(&path) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    entries.retain(|e| !collection::HELD_ASIDE.contains(&e.split.as_str()));
    // The learned part of the rule reads each title with a model trained without its source.
    let found = collection::verdicts(&entries);
    let verdicts: Vec<bool> = found.iter().map(Option::is_some).collect();

    println!(
        "{:<4} {:<9} {:<4} {:>7} {:>6} {:>4} {:>4} {:>4} {:>9} {:>7}",
        "half", "splits", "lang", "sources", "scored", "TP", "FP", "FN", "precision", "recall"
    );
    for h in ["A", "B"] {
        for (which, held) in [("all", false), ("held", true)] {
            for lang in ["en", "de", "all"] {
                let (mut scored, mut tp, mut fp, mut fn_) = (0, 0, 0, 0);
                let mut sources: Vec<&str> = Vec::new();
                for (e, &flagged) in entries.iter().zip(&verdicts) {
                    if half(&e.source_name) != h
                        || (held && e.split == "tune")
                        || (lang != "all" && e.lang != lang)
                        || e.label == "ambiguous"
                    {
                        continue;
                    }
                    if !sources.contains(&e.source_name.as_str()) {
                        sources.push(&e.source_name);
                    }
                    scored += 1;
                    match (e.label == "activity", flagged) {
                        (true, true) => tp += 1,
                        (false, true) => fp += 1,
                        (true, false) => fn_ += 1,
                        _ => {}
                    }
                }
                let p = tp as f64 / (tp + fp).max(1) as f64;
                let r = tp as f64 / (tp + fn_).max(1) as f64;
                println!(
                    "{h:<4} {which:<9} {lang:<4} {:>7} {scored:>6} {tp:>4} {fp:>4} {fn_:>4} {p:>9.3} {r:>7.3}",
                    sources.len()
                );
            }
        }
    }
    if let Some(h) = show {
        println!("\nfalse alarms and misses of half {h}:");
        for ((e, &flagged), m) in entries.iter().zip(&verdicts).zip(&found) {
            if half(&e.source_name) != h || e.label == "ambiguous" {
                continue;
            }
            let tag = match (e.label == "activity", flagged) {
                (false, true) => "FP",
                (true, false) => "FN",
                _ => continue,
            };
            let why = m.as_ref().map_or(String::new(), |m| {
                format!("  <- {:?} {:?} \"{}\"", m.kind, m.form, m.evidence)
            });
            println!("{tag} {} {} [{}] {}{why}", e.id, e.split, e.kind, e.text);
        }
    }
    ExitCode::SUCCESS
}
