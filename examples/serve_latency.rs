//! Measures how long `okrbook serve` takes from a file's write to the served page
//! showing the change, for three kinds of single-file edit.
//!
//! ```sh
//! cargo build --release --bins --examples
//! target/release/examples/gen_corpus target/bench-corpus/1000 1000   # if not there yet
//! target/release/examples/serve_latency target/bench-corpus/1000 [EDITS] [OKRBOOK] [KINDS]
//! ```
//!
//! EDITS is the number of edits of each kind (default 20), KINDS a comma-separated list
//! of `checkin`, `title` and `body` (default all three). The corpus is copied to a
//! temporary folder first, and one objective of the running cycle is edited:
//! - `checkin` adds a check-in to its first key result, with a value the page does not
//!   show yet (4.11, 4.12, …);
//! - `title` renames the objective (its title is on many pages);
//! - `body` adds a paragraph to its text.
//!
//! The clock starts just before the write and stops when the objective's page, polled
//! every millisecond, shows the change. Before each edit the benchmark waits until
//! `serve` has finished the previous rebuild (its terminal line), so that an edit does
//! not wait for the one before. Prints every latency, and the median and maximum of
//! each kind.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_tree(&e.path(), &target)?;
        } else {
            std::fs::copy(e.path(), &target)?;
        }
    }
    Ok(())
}

fn get(port: u16, path: &str) -> Option<Vec<u8>> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).ok()?;
    Some(raw)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Checkin,
    Title,
    Body,
}

impl Kind {
    fn parse(s: &str) -> Kind {
        match s {
            "checkin" => Kind::Checkin,
            "title" => Kind::Title,
            "body" => Kind::Body,
            other => panic!("unknown kind of edit `{other}` (checkin, title, body)"),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Kind::Checkin => "checkin",
            Kind::Title => "title",
            Kind::Body => "body",
        }
    }
}

/// The objective file and what an edit of each kind writes into it.
struct Target {
    original: String,
    /// Byte offset of the line after the first key result's last check-in.
    checkin_at: usize,
    /// Byte range of the value of the objective's `title:` line.
    title: std::ops::Range<usize>,
}

impl Target {
    fn read(file: &Path) -> Target {
        let original = std::fs::read_to_string(file).unwrap();
        let anchor = original
            .find("  - title:")
            .and_then(|first| {
                original[first + 10..]
                    .find("  - title:")
                    .map(|n| first + 10 + n)
            })
            .unwrap_or(original.rfind("---").unwrap());
        let checkin_at = original[..anchor].rfind('\n').map_or(0, |i| i + 1);
        let start = original.find("\ntitle: ").expect("a title line") + "\ntitle: ".len();
        let end = start + original[start..].find('\n').unwrap();
        Target {
            original,
            checkin_at,
            title: start..end,
        }
    }

    /// The file's text after edit `i` of `kind`, and the text the page then shows.
    fn edit(&self, kind: Kind, i: usize, shown: &str) -> (String, String) {
        let o = &self.original;
        match kind {
            Kind::Checkin => {
                let needle = (411 + i * 2..)
                    .map(|n| format!("{}.{}", n / 100, n % 100))
                    .find(|n| !n.ends_with('0') && !shown.contains(n.as_str()))
                    .unwrap();
                let text = format!(
                    "{}      - {{date: 2026-11-23, value: {needle}, confidence: 0.7}}\n{}",
                    &o[..self.checkin_at],
                    &o[self.checkin_at..]
                );
                (text, needle)
            }
            Kind::Title => {
                let needle = format!("Renamed objective number {i}");
                let text = format!("{}{needle}{}", &o[..self.title.start], &o[self.title.end..]);
                (text, needle)
            }
            Kind::Body => {
                let needle = format!("Edited paragraph number {i}");
                (format!("{o}\n{needle}.\n"), needle)
            }
        }
    }
}

/// Waits until `serve` prints the line that ends a rebuild, or `limit` passes.
fn rebuilt(lines: &Receiver<String>, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match lines.recv_timeout(left) {
            Ok(l) if l.contains("rendered") || l.contains("gerendert") => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
}

fn median_and_max(v: &mut [f64]) -> (f64, f64) {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    (median, v[n - 1])
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let corpus = PathBuf::from(
        args.get(1)
            .expect("usage: serve_latency CORPUS [EDITS] [OKRBOOK] [KINDS]"),
    );
    let edits: usize = args
        .get(2)
        .map_or(20, |s| s.parse().expect("EDITS is a number"));
    let okrbook = args
        .get(3)
        .map_or_else(|| PathBuf::from("target/release/okrbook"), PathBuf::from);
    let kinds: Vec<Kind> = args
        .get(4)
        .map_or("checkin,title,body", String::as_str)
        .split(',')
        .map(Kind::parse)
        .collect();

    let tmp = std::env::temp_dir().join(format!("okrbook-latency-{}", std::process::id()));
    copy_tree(&corpus, &tmp).expect("copy the corpus");
    let q4 = tmp.join("content/objectives/2026-q4");
    let mut files: Vec<PathBuf> = walk(&q4);
    files.sort();
    let file = files.first().expect("an objective of 2026-q4").clone();
    let id = file.file_stem().unwrap().to_string_lossy().into_owned();
    let page = format!("/objectives/{id}/");
    let target = Target::read(&file);

    let mut child = Command::new(&okrbook)
        .args(["serve", &tmp.to_string_lossy(), "--port", "0"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("okrbook serve starts");
    let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
    let port: u16 = loop {
        let line = stderr.next().expect("serve prints its address").unwrap();
        eprintln!("{line}");
        if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
            break rest
                .chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .unwrap();
        }
    };
    let verbose = std::env::var_os("OKRBOOK_LATENCY_VERBOSE").is_some();
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in stderr.map_while(Result::ok) {
            if verbose {
                eprintln!("{line}");
            }
            let _ = tx.send(line);
        }
    });

    let mut by_kind: Vec<(Kind, Vec<f64>)> = Vec::new();
    for &kind in &kinds {
        let mut latencies = Vec::new();
        for i in 0..edits {
            let shown = String::from_utf8_lossy(&get(port, &page).expect("the page is served"))
                .into_owned();
            let (text, needle) = target.edit(kind, by_kind.len() * 1000 + i, &shown);
            // Settle: whatever the previous edit started has finished.
            while lines.try_recv().is_ok() {}
            let t0 = Instant::now();
            std::fs::write(&file, text).unwrap();
            loop {
                let now = get(port, &page).unwrap_or_default();
                if String::from_utf8_lossy(&now).contains(&needle) {
                    break;
                }
                if t0.elapsed() > Duration::from_secs(30) {
                    panic!(
                        "{} edit {i}: the page did not change within 30 s",
                        kind.name()
                    );
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            let ms = t0.elapsed().as_secs_f64() * 1000.0;
            println!("{:7} edit {:2}: {ms:7.1} ms", kind.name(), i + 1);
            latencies.push(ms);
            if !rebuilt(&lines, Duration::from_secs(60)) {
                eprintln!("(no end of the rebuild seen within 60 s)");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        by_kind.push((kind, latencies));
    }
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&tmp);
    let edited = file.strip_prefix(&tmp).unwrap().display().to_string();
    for (kind, mut latencies) in by_kind {
        let n = latencies.len();
        let (median, max) = median_and_max(&mut latencies);
        println!(
            "{n} {} edits of {edited}: median {median:.1} ms, max {max:.1} ms",
            kind.name()
        );
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p.extension().is_some_and(|x| x == "md") {
            out.push(p);
        }
    }
    out
}
