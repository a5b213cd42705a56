//! `okrbook serve`: the incrementally maintained site equals a full build after every
//! kind of change, and the server follows edits, shows errors and stays inside the site.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use okrbook::model::BuildOptions;
use okrbook::serve::preview::{Changes, Preview};
use okrbook::site::SiteOptions;

/// The site a full build makes, in the form the preview keeps it.
fn full(root: &Path) -> BTreeMap<String, axum::body::Bytes> {
    let checked = okrbook::check::check(root, BuildOptions::default()).unwrap();
    okrbook::site::render_site(root, &checked, &SiteOptions::default())
        .unwrap()
        .into_iter()
        .map(|(path, bytes)| (path, bytes.into()))
        .collect()
}

fn changed(paths: &[&str]) -> Changes {
    Changes {
        content: paths.iter().map(|p| p.to_string()).collect::<BTreeSet<_>>(),
        everything: false,
    }
}

fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let p = root.join("content").join(rel);
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{rel} holds {from}");
    std::fs::write(&p, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn incremental_site_equals_a_full_build_after_every_change() {
    let hb = common::copy_example();
    let root = hb.path();
    let (mut p, first) = Preview::new(root, BuildOptions::default(), SiteOptions::default());
    assert!(first.all && first.errors.is_empty());
    assert_eq!(p.files, full(root));

    let q4 = "objectives/2026-q4";
    // A new value in the latest check-in: a few pages, not all.
    edit(
        root,
        &format!("{q4}/erstloesung.md"),
        "value: 71, confidence: 0.7}",
        "value: 74, confidence: 0.7}",
    );
    let r = p.apply(changed(&[&format!("{q4}/erstloesung.md")]));
    assert!(!r.all, "a check-in renders only the pages that show it");
    assert!(r.rendered < 40, "{} pages rendered", r.rendered);
    assert!(r
        .changed
        .contains(&"objectives/erstloesung/index.html".to_string()));
    assert!(
        r.changed.contains(&"cycles/2026-q4/index.html".to_string()),
        "the roll-up follows"
    );
    assert_eq!(p.files, full(root), "after a check-in");

    // The body of a standalone key result.
    edit(
        root,
        "key-results/portal-verfuegbarkeit.md",
        "Gemessen über",
        "Gemessen mit",
    );
    let r = p.apply(changed(&["key-results/portal-verfuegbarkeit.md"]));
    assert!(!r.all);
    assert_eq!(p.files, full(root), "after a key result file");

    // An objective's new title: its pages, the pages listing it and the bodies with a
    // wiki link without label (`[[erstloesung]]` shows the title) follow; not all pages.
    edit(
        root,
        &format!("{q4}/erstloesung.md"),
        "title: Anliegen",
        "title: Alle Anliegen",
    );
    let r = p.apply(changed(&[&format!("{q4}/erstloesung.md")]));
    assert!(!r.all, "a title renders only the pages that show it");
    assert!(r
        .changed
        .contains(&"objectives/weiterempfehlung/index.html".to_string()));
    assert_eq!(p.files, full(root), "after an objective's title");
    // A key result's new title.
    edit(
        root,
        &format!("{q4}/erstloesung.md"),
        "  - title: Erstlösungsquote",
        "  - title: Die Erstlösungsquote",
    );
    let r = p.apply(changed(&[&format!("{q4}/erstloesung.md")]));
    assert!(!r.all);
    assert_eq!(p.files, full(root), "after a key result's title");

    // A change that adds a warning (the count in the navigation changes): everything.
    edit(
        root,
        &format!("{q4}/onboarding.md"),
        "title: Tage bis zur",
        "ownr: X\n    title: Tage bis zur",
    );
    let r = p.apply(changed(&[&format!("{q4}/onboarding.md")]));
    assert_eq!(r.new_warnings.len(), 1);
    assert_eq!(p.files, full(root), "after a new warning");

    // Broken YAML: the last good site stays, the error is reported with its line.
    let before = p.files.clone();
    edit(
        root,
        &format!("{q4}/kuendigung.md"),
        "team: vertrieb",
        "team: [vertrieb",
    );
    let r = p.apply(changed(&[&format!("{q4}/kuendigung.md")]));
    assert!(!r.errors.is_empty());
    assert_eq!(r.errors[0].file, format!("content/{q4}/kuendigung.md"));
    assert_eq!(p.files, before, "the last good site is kept");
    // An edit elsewhere while the handbook is broken, then the fix: both show.
    edit(
        root,
        &format!("{q4}/beschwerden.md"),
        "value: 300",
        "value: 290",
    );
    let r = p.apply(changed(&[&format!("{q4}/beschwerden.md")]));
    assert!(!r.errors.is_empty());
    edit(
        root,
        &format!("{q4}/kuendigung.md"),
        "team: [vertrieb",
        "team: vertrieb",
    );
    let r = p.apply(changed(&[&format!("{q4}/kuendigung.md")]));
    assert!(r.errors.is_empty());
    assert_eq!(p.files, full(root), "after the fix");

    // A new objective, then a rename (write elsewhere, rename into place), then a delete.
    let new = root.join("content").join(q4).join("neu.md");
    std::fs::write(&new, "---\ntitle: Ein neues Ziel\ncycle: 2026-q4\nteam: it\nowner: Erik Lange\nkey_results:\n  - {title: Ausfallzeit von 10 auf 2 Stunden senken, baseline: 10, target: 2, checkins: [{date: 2026-11-23, value: 6}]}\n  - {title: Zufriedenheit der IT-Nutzer über 4, keep: above, target: 4, checkins: [{date: 2026-11-23, value: 4.1}]}\n---\n").unwrap();
    let r = p.apply(changed(&[&format!("{q4}/neu.md")]));
    assert!(
        p.files.contains_key("objectives/neu/index.html"),
        "{:?}",
        r.changed.len()
    );
    assert_eq!(p.files, full(root), "after adding");
    std::fs::rename(&new, root.join("content").join(q4).join("umbenannt.md")).unwrap();
    p.apply(changed(&[
        &format!("{q4}/neu.md"),
        &format!("{q4}/umbenannt.md"),
    ]));
    assert!(!p.files.contains_key("objectives/neu/index.html"));
    assert!(p.files.contains_key("objectives/umbenannt/index.html"));
    assert_eq!(p.files, full(root), "after renaming");
    std::fs::remove_file(root.join("content").join(q4).join("umbenannt.md")).unwrap();
    p.apply(changed(&[&format!("{q4}/umbenannt.md")]));
    assert_eq!(p.files, full(root), "after deleting");

    // Configuration: everything.
    let cfg = root.join("okrbook.yaml");
    let text = std::fs::read_to_string(&cfg).unwrap();
    std::fs::write(&cfg, text.replace("language: de", "language: en")).unwrap();
    let r = p.apply(Changes {
        content: BTreeSet::new(),
        everything: true,
    });
    assert!(r.all);
    assert_eq!(p.files, full(root), "after a configuration change");
}

/// A running `okrbook serve`, killed when dropped.
struct Server {
    child: Child,
    port: u16,
    /// What it printed to stderr so far.
    lines: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Server {
    /// Waits until the server printed a line holding `text`; returns that line.
    fn printed(&self, text: &str) -> String {
        self.printed_all(&[text])
    }

    /// Waits until the server printed a line holding every one of `texts`.
    fn printed_all(&self, texts: &[&str]) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let lines = self.lines.lock().unwrap();
            if let Some(l) = lines.iter().find(|l| texts.iter().all(|t| l.contains(t))) {
                return l.clone();
            }
            drop(lines);
            assert!(Instant::now() < deadline, "serve never printed {texts:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    /// Stops the server as Ctrl-C does, so that it ends its work as in use; killed only
    /// if it has not stopped after five seconds.
    fn drop(&mut self) {
        let pid = self.child.id().to_string();
        let asked = Command::new("kill").args(["-INT", &pid]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while asked.as_ref().is_ok_and(|s| s.success()) && Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(root: &Path) -> Server {
    serve_with(root, &[])
}

fn serve_with(root: &Path, extra: &[&str]) -> Server {
    let child = Command::new(env!("CARGO_BIN_EXE_okrbook"))
        .args([
            "serve",
            &root.to_string_lossy(),
            "--port",
            "0",
            "--debounce",
            "20",
        ])
        .args(extra)
        .env("NO_COLOR", "1")
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    // Owned by the guard at once, so that the process is killed even if this fails.
    let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let mut server = Server {
        child,
        port: 0,
        lines: lines.clone(),
    };
    let stderr = server.child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            lines.lock().unwrap().push(line.clone());
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let line = rx
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("serve prints its address");
        if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            server.port = digits.parse().unwrap();
            return server;
        }
    }
}

/// A plain HTTP/1.1 GET: status line and body.
fn get(port: u16, path: &str) -> (u16, String, String) {
    get_as(port, path, &format!("localhost:{port}"))
}

/// A GET with the given `Host` header.
fn get_as(port: u16, path: &str, host: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head.to_string(), body.to_string())
}

/// Polls until `pred` holds for the page, for at most ten seconds.
fn wait_for(port: u16, path: &str, pred: impl Fn(u16, &str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (status, _, body) = get(port, path);
        if pred(status, &body) {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "{path} did not follow; last status {status}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_server_follows_edits_and_shows_errors() {
    let hb = common::copy_example();
    let root = hb.path();
    let server = serve(root);
    let port = server.port;
    let page = "/objectives/erstloesung/";
    let (status, head, body) = get(port, page);
    assert_eq!(status, 200);
    let head = head.to_ascii_lowercase();
    for h in [
        "content-type: text/html; charset=utf-8",
        "cache-control: no-store",
        "x-content-type-options: nosniff",
        "referrer-policy: no-referrer",
        "cross-origin-resource-policy: same-origin",
    ] {
        assert!(head.contains(h), "{h}: {head}");
    }
    assert!(
        body.contains("/__okrbook/events"),
        "the reload script is injected"
    );
    assert!(!body.contains("okrbook-overlay"));

    // A new check-in value shows up (the page showed 62 % → 71 % → 75 % before).
    assert!(
        body.contains("62 % → 71 % → 75 %"),
        "the value before the edit"
    );
    edit(
        root,
        "objectives/2026-q4/erstloesung.md",
        "value: 71, confidence: 0.7}",
        "value: 74, confidence: 0.7}",
    );
    wait_for(port, page, |_, b| b.contains("62 % → 74 % → 75 %"));

    // Broken YAML: overlay with file and line; fixed: gone.
    edit(
        root,
        "objectives/2026-q4/erstloesung.md",
        "team: service",
        "team: [service",
    );
    let body = wait_for(port, page, |_, b| b.contains("okrbook-overlay"));
    assert!(
        body.contains("content/objectives/2026-q4/erstloesung.md:"),
        "the overlay names the file"
    );
    edit(
        root,
        "objectives/2026-q4/erstloesung.md",
        "team: [service",
        "team: service",
    );
    wait_for(port, page, |_, b| !b.contains("okrbook-overlay"));

    // A new file appears, a deleted one is gone.
    let new = root.join("content/objectives/2026-q4/live.md");
    std::fs::write(&new, "---\ntitle: Live hinzugefügt\nteam: it\nowner: Erik Lange\nkey_results:\n  - {title: Fehlerquote von 5 % auf 1 % senken, baseline: 5, target: 1}\n  - {title: Antwortzeit von 9 auf 3 Sekunden senken, baseline: 9, target: 3}\n---\n").unwrap();
    wait_for(port, "/objectives/live/", |s, _| s == 200);
    std::fs::remove_file(&new).unwrap();
    wait_for(port, "/objectives/live/", |s, _| s == 404);

    // Nothing outside the site, whatever the path says.
    for bad in [
        "/../okrbook.yaml",
        "/%2e%2e/okrbook.yaml",
        "/..%2fokrbook.yaml",
        "//etc/passwd",
        "/content/glossar.md",
    ] {
        let (status, _, body) = get(port, bad);
        assert!(status == 400 || status == 404, "{bad}: {status}");
        assert!(
            !body.contains("default_cycle"),
            "{bad} must not show the configuration"
        );
    }
    let (status, head, _) = get(port, "/static/site.css");
    assert_eq!(status, 200);
    assert!(head.to_ascii_lowercase().contains("content-type: text/css"));
}

/// The terminal shows each new finding itself, not only a count.
#[test]
fn new_findings_are_printed_themselves() {
    let hb = common::copy_example();
    let root = hb.path();
    let server = serve(root);
    server.printed("http://127.0.0.1:");
    edit(
        root,
        "objectives/2026-q4/onboarding.md",
        "title: Tage bis zur",
        "ownr: X\n    title: Tage bis zur",
    );
    let line = server.printed_all(&["onboarding.md:", "`ownr` ist kein Feld"]);
    assert!(
        line.contains("Warnung[unknown-field]") && line.contains("onboarding.md:"),
        "{line}"
    );
}

/// Another web page must not read the preview: a request for a name the server does not
/// answer to (DNS rebinding) is refused, and every response says no other site may
/// load it.
#[test]
fn only_its_own_host_is_answered_and_every_response_carries_corp() {
    let hb = common::copy_example();
    let server = serve(hb.path());
    let port = server.port;
    for host in [format!("localhost:{port}"), format!("127.0.0.1:{port}")] {
        let (status, head, _) = get_as(port, "/data/okrs.json", &host);
        assert_eq!(status, 200, "{host}");
        assert!(head
            .to_ascii_lowercase()
            .contains("cross-origin-resource-policy: same-origin"));
    }
    for host in ["evil.example", "evil.example:80", "localhost.evil.example"] {
        let (status, head, body) = get_as(port, "/data/okrs.json", host);
        assert_eq!(status, 403, "{host}");
        assert!(
            !body.contains("objectives"),
            "{host}: nothing of the handbook"
        );
        assert!(head
            .to_ascii_lowercase()
            .contains("cross-origin-resource-policy: same-origin"));
    }
    for page in ["/nowhere/", "/static/search-index.js"] {
        let (_, head, _) = get(port, page);
        assert!(
            head.to_ascii_lowercase()
                .contains("cross-origin-resource-policy: same-origin"),
            "{page}: {head}"
        );
    }
}

/// `--bind localhost` is a name people type.
#[test]
fn bind_takes_localhost() {
    let hb = common::copy_example();
    let server = serve_with(hb.path(), &["--bind", "localhost"]);
    let (status, _, _) = get(server.port, "/");
    assert_eq!(status, 200);
}

/// Started on a handbook that is already broken, the preview shows the errors at every
/// address (not "not found") and turns into the site once they are fixed.
#[test]
fn a_handbook_broken_from_the_start_shows_the_overlay() {
    let hb = common::copy_example();
    let root = hb.path();
    edit(
        root,
        "objectives/2026-q4/erstloesung.md",
        "team: service",
        "team: [service",
    );
    let server = serve(root);
    for page in ["/", "/objectives/erstloesung/"] {
        let (status, _, body) = get(server.port, page);
        assert_eq!(status, 503, "{page}");
        assert!(body.contains("okrbook-overlay"), "{page}: {body}");
        assert!(
            body.contains("Das Handbuch hat Fehler"),
            "German, as the handbook"
        );
        assert!(body.contains("erstloesung.md:"), "the file and line");
        assert!(body.contains("/__okrbook/events"), "it reloads by itself");
    }
    edit(
        root,
        "objectives/2026-q4/erstloesung.md",
        "team: [service",
        "team: service",
    );
    let body = wait_for(server.port, "/objectives/erstloesung/", |s, _| s == 200);
    assert!(!body.contains("okrbook-overlay"));
}

#[test]
fn a_port_in_use_is_a_clear_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let hb = common::copy_example();
    let out = common::okrbook(&["serve", &hb.path().to_string_lossy(), "--port", &port]);
    assert_eq!(out.code, 2);
    let err = &out.stderr;
    assert!(
        err.contains("is in use") && err.contains("--port 0"),
        "{err}"
    );
    assert!(
        !err.contains("erster Build") && !err.contains("first build"),
        "the port is claimed before the handbook is built: {err}"
    );
}

/// Opens a reload subscription as a browser tab does and reads its response head; the
/// stream stays open as long as the returned connection.
fn subscribe(port: u16) -> (u16, TcpStream) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        s,
        "GET {} HTTP/1.1\r\nHost: localhost:{port}\r\nAccept: text/event-stream\r\n\r\n",
        okrbook::serve::http::EVENTS
    )
    .unwrap();
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        let n = s.read(&mut byte).expect("a response head");
        assert_eq!(n, 1, "closed before the head ended: {head:?}");
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, s)
}

/// Open pages subscribed to reload events are capped: one more than the cap gets 503,
/// and pages are still served.
#[test]
fn reload_subscribers_are_capped() {
    let hb = common::copy_example();
    let server = serve(hb.path());
    let port = server.port;
    let cap = okrbook::serve::http::MAX_SUBSCRIBERS;
    assert_eq!(cap, 64, "docs/security.md names the number");
    let mut open = Vec::new();
    for i in 0..cap {
        let (status, stream) = subscribe(port);
        assert_eq!(status, 200, "subscriber {i}");
        open.push(stream);
    }
    let (status, _) = subscribe(port);
    assert_eq!(status, 503, "subscriber {}", cap + 1);
    let (status, _, _) = get(port, "/");
    assert_eq!(status, 200, "pages are served beside the subscriptions");
}

/// `--allowed-host NAME` is one more name the preview answers to, with or without a
/// port; without the flag the same name is refused.
#[test]
fn allowed_host_adds_a_name_the_preview_answers_to() {
    let hb = common::copy_example();
    let with = serve_with(
        hb.path(),
        &["--allowed-host", "okr-laptop.intranet.example"],
    );
    let without = serve(hb.path());
    for host in [
        format!("okr-laptop.intranet.example:{}", with.port),
        "okr-laptop.intranet.example".to_string(),
        format!("localhost:{}", with.port),
    ] {
        let (status, _, body) = get_as(with.port, "/data/okrs.json", &host);
        assert_eq!(status, 200, "{host}");
        assert!(body.contains("objectives"), "{host}");
    }
    for host in [
        "intranet.example",
        "laptop.intranet.example",
        "okr-laptop.intranet.example.evil.example",
    ] {
        let (status, _, _) = get_as(with.port, "/data/okrs.json", host);
        assert_eq!(status, 403, "{host}");
    }
    let host = format!("okr-laptop.intranet.example:{}", without.port);
    let (status, _, _) = get_as(without.port, "/data/okrs.json", &host);
    assert_eq!(status, 403, "without the flag: {host}");
}

/// A client that does not send its request headers is closed after the header timeout
/// (10 s), and no more than 256 connections are served at once: while 256 silent ones
/// hold every slot a complete request waits, and it is answered once they are closed.
/// The bounds leave room for a busy machine (nothing before 2 s, everything within
/// 25 s) and still tell okrbook's 10 s from the 30 s the HTTP library would wait by
/// itself.
#[test]
fn silent_clients_are_closed_and_connections_are_capped() {
    let hb = common::copy_example();
    let server = serve(hb.path());
    let port = server.port;
    let (status, _, _) = get(port, "/");
    assert_eq!(status, 200);
    let started = Instant::now();
    let mut silent: Vec<TcpStream> = (0..256)
        .map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap())
        .collect();
    // Half a request head counts as silence, too.
    write!(silent[0], "GET / HTTP/1.1\r\nHost: loc").unwrap();
    let mut waiting = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        waiting,
        "GET / HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    waiting
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    let mut byte = [0u8; 1];
    match waiting.read(&mut byte) {
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ) => {}
        other => panic!("answered while 256 connections were open: {other:?}"),
    }
    let deadline = started + Duration::from_secs(25);
    for (i, s) in silent.iter_mut().enumerate() {
        s.set_read_timeout(Some(
            deadline
                .saturating_duration_since(Instant::now())
                .max(Duration::from_millis(1)),
        ))
        .unwrap();
        let mut rest = Vec::new();
        let closed = s.read_to_end(&mut rest);
        assert!(
            closed.is_ok(),
            "silent connection {i} still open: {closed:?}"
        );
        assert!(
            !String::from_utf8_lossy(&rest).contains(" 200 "),
            "silent connection {i} got a page"
        );
    }
    assert!(
        started.elapsed() >= Duration::from_secs(5),
        "closed after {:?}, before the header timeout",
        started.elapsed()
    );
    waiting
        .set_read_timeout(Some(
            deadline
                .saturating_duration_since(Instant::now())
                .max(Duration::from_millis(1)),
        ))
        .unwrap();
    let mut answer = Vec::new();
    waiting.read_to_end(&mut answer).unwrap();
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 200 "), "{answer}");
}

/// An open page hears of a rebuild on the event stream: the files that changed, its
/// own among them, and whether the error overlay is to show. A folder asked for without
/// its slash is sent to it (308), as a static host does.
#[test]
fn open_pages_hear_which_files_changed_and_folders_get_their_slash() {
    let hb = common::copy_example();
    let root = hb.path();
    let server = serve(root);
    let port = server.port;
    let (status, head, _) = get(port, "/objectives/erstloesung");
    assert_eq!(status, 308, "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("location: /objectives/erstloesung/"),
        "{head}"
    );

    let (status, mut stream) = subscribe(port);
    assert_eq!(status, 200);
    edit(
        root,
        "objectives/2026-q4/erstloesung.md",
        "title: ",
        "title: Neu ",
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut seen = String::new();
    let mut buf = [0u8; 4096];
    while !seen.contains("objectives/erstloesung/index.html") {
        assert!(Instant::now() < deadline, "no event named the page: {seen}");
        let n = stream.read(&mut buf).expect("events arrive");
        assert!(n > 0, "the stream closed: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    let event = seen
        .lines()
        .find(|l| l.starts_with("data:") && l.contains("objectives/erstloesung/index.html"))
        .expect("a data line");
    let json: serde_json::Value =
        serde_json::from_str(event.trim_start_matches("data:").trim()).expect("the event is JSON");
    assert_eq!(json["overlay"], false, "{json}");
    assert!(json["changed"].is_array(), "{json}");
}

/// Ctrl-C stops the preview cleanly: exit status 0 and a last line in the handbook's
/// language.
#[test]
fn ctrl_c_stops_the_preview_cleanly() {
    let hb = common::copy_example();
    let mut server = serve(hb.path());
    let pid = server.child.id().to_string();
    let sent = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(sent.success());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = server.child.try_wait().unwrap() {
            break s;
        }
        assert!(Instant::now() < deadline, "serve did not stop");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    server.printed("beendet");
}
