//! Measures how long `okrbook serve` takes from a file's write to the served HTML
//! showing the change.
//!
//! ```sh
//! cargo build --release --bins --examples
//! target/release/examples/gen_corpus target/bench-corpus/1000 1000   # if not there yet
//! target/release/examples/serve_latency target/bench-corpus/1000 [EDITS] [OKRBOOK]
//! ```
//!
//! The corpus is copied to a temporary folder first. Each edit adds a check-in to the
//! first key result of one objective of the running cycle, with a value the page does
//! not show yet (4.11, 4.12, …); the clock stops when the objective's page, polled every
//! millisecond, shows that value. Prints every latency, the median and the maximum.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
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

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let corpus = PathBuf::from(
        args.get(1)
            .expect("usage: serve_latency CORPUS [EDITS] [OKRBOOK]"),
    );
    let edits: usize = args
        .get(2)
        .map_or(20, |s| s.parse().expect("EDITS is a number"));
    let okrbook = args
        .get(3)
        .map_or_else(|| PathBuf::from("target/release/okrbook"), PathBuf::from);

    let tmp = std::env::temp_dir().join(format!("okrbook-latency-{}", std::process::id()));
    copy_tree(&corpus, &tmp).expect("copy the corpus");
    let q4 = tmp.join("content/objectives/2026-q4");
    let mut files: Vec<PathBuf> = walk(&q4);
    files.sort();
    let file = files.first().expect("an objective of 2026-q4").clone();
    let id = file.file_stem().unwrap().to_string_lossy().into_owned();
    let page = format!("/objectives/{id}/");
    let original = std::fs::read_to_string(&file).unwrap();
    // After the first key result's last check-in.
    let anchor = original
        .find("  - title:")
        .and_then(|first| {
            original[first + 10..]
                .find("  - title:")
                .map(|n| first + 10 + n)
        })
        .unwrap_or(original.rfind("---").unwrap());
    let line_start = original[..anchor].rfind('\n').map_or(0, |i| i + 1);

    let mut child = Command::new(&okrbook)
        .args(["serve", &tmp.to_string_lossy(), "--port", "0"])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("okrbook serve starts");
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let port: u16 = loop {
        let line = lines.next().expect("serve prints its address").unwrap();
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
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            if verbose {
                eprintln!("{line}");
            }
        }
    });

    let mut latencies = Vec::new();
    let mut next = 411;
    for i in 0..edits {
        let shown =
            String::from_utf8_lossy(&get(port, &page).expect("the page is served")).into_owned();
        let needle = loop {
            let n = format!("{}.{}", next / 100, next % 100);
            next += 1;
            if next % 10 != 1 && !shown.contains(&n) {
                break n;
            }
        };
        let text = format!(
            "{}      - {{date: 2026-11-23, value: {needle}, confidence: 0.7}}\n{}",
            &original[..line_start],
            &original[line_start..]
        );
        std::thread::sleep(Duration::from_millis(300)); // let the previous rebuild settle
        let t0 = Instant::now();
        std::fs::write(&file, text).unwrap();
        loop {
            let now = get(port, &page).unwrap_or_default();
            if String::from_utf8_lossy(&now).contains(&needle) {
                break;
            }
            if t0.elapsed() > Duration::from_secs(10) {
                panic!("edit {i}: the page did not change within 10 s");
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        let ms = t0.elapsed().as_secs_f64() * 1000.0;
        println!("edit {:2}: {ms:7.1} ms", i + 1);
        latencies.push(ms);
    }
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&tmp);
    latencies.sort_by(f64::total_cmp);
    let n = latencies.len();
    let median = if n % 2 == 1 {
        latencies[n / 2]
    } else {
        (latencies[n / 2 - 1] + latencies[n / 2]) / 2.0
    };
    println!(
        "{n} edits of {}: median {median:.1} ms, max {:.1} ms",
        file.strip_prefix(&tmp).unwrap().display(),
        latencies[n - 1]
    );
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
