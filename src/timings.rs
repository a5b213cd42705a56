//! Phase timings for people tuning okrbook: with `OKRBOOK_TIMINGS` set in the
//! environment, the phases of a build or rebuild are printed to stderr.

use std::time::{Duration, Instant};

/// Whether timings are printed (read once).
pub fn enabled() -> bool {
    static ON: std::sync::LazyLock<bool> =
        std::sync::LazyLock::new(|| std::env::var_os("OKRBOOK_TIMINGS").is_some());
    *ON
}

/// The phases of one piece of work, each from the end of the one before.
pub struct Phases {
    what: &'static str,
    last: Instant,
    parts: Vec<(&'static str, Duration, Option<u64>)>,
}

/// The memory the process holds now (resident set), in MiB, where the system says.
fn resident_mib() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096 / 1_048_576)
}

/// The most memory the process has held so far (its peak resident set), in MiB.
pub fn peak_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

/// The last line of a build's timings: checking, rendering and writing, and the peak.
pub fn build_total(checked: Duration, total: Duration) {
    if enabled() {
        let peak = peak_mib().map_or(String::new(), |m| format!(", peak {m} MiB held"));
        eprintln!(
            "timings: check {} ms, render and write {} ms{peak}",
            checked.as_millis(),
            (total - checked).as_millis()
        );
    }
}

impl Phases {
    pub fn start(what: &'static str) -> Phases {
        Phases {
            what,
            last: Instant::now(),
            parts: Vec::new(),
        }
    }

    /// Ends the phase called `name`.
    pub fn mark(&mut self, name: &'static str) {
        if enabled() {
            let now = Instant::now();
            self.parts.push((name, now - self.last, resident_mib()));
            self.last = now;
        }
    }
}

impl Drop for Phases {
    fn drop(&mut self) {
        if enabled() && !self.parts.is_empty() {
            let parts: Vec<String> = self
                .parts
                .iter()
                .map(|(n, d, rss)| {
                    let ms = d.as_secs_f64() * 1000.0;
                    match rss {
                        Some(mib) => format!("{n} {ms:.1} ms ({mib} MiB held)"),
                        None => format!("{n} {ms:.1} ms"),
                    }
                })
                .collect();
            eprintln!("timings: {}: {}", self.what, parts.join(", "));
        }
    }
}

/// Time spent per kind of thing (page kinds), summed over threads; printed on drop.
pub struct Tally {
    what: &'static str,
    parts: std::sync::Mutex<std::collections::BTreeMap<String, (usize, Duration)>>,
}

impl Tally {
    pub fn new(what: &'static str) -> Tally {
        Tally {
            what,
            parts: Default::default(),
        }
    }

    /// Adds one piece of work of kind `name` that started at `started`.
    pub fn add(&self, name: impl FnOnce() -> String, started: Instant) {
        if enabled() {
            let spent = started.elapsed();
            let mut parts = self.parts.lock().unwrap_or_else(|e| e.into_inner());
            let entry = parts.entry(name()).or_default();
            entry.0 += 1;
            entry.1 += spent;
        }
    }
}

impl Drop for Tally {
    fn drop(&mut self) {
        let parts = self.parts.get_mut().unwrap_or_else(|e| e.into_inner());
        if enabled() && !parts.is_empty() {
            let mut parts: Vec<_> = parts.iter().collect();
            parts.sort_by_key(|p| std::cmp::Reverse(p.1 .1));
            let text: Vec<String> = parts
                .iter()
                .map(|(n, (count, d))| format!("{n} {count}× {:.0} ms", d.as_secs_f64() * 1000.0))
                .collect();
            eprintln!("timings: {} (thread time): {}", self.what, text.join(", "));
        }
    }
}
