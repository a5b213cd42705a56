//! `okrbook serve`: builds the site into memory, serves it, watches the handbook and
//! reloads open pages after each rebuild.

pub mod http;
pub mod preview;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};
use std::time::Duration;

use notify::RecursiveMode;
use notify_debouncer_full::DebounceEventResult;
use tokio::sync::broadcast;

use crate::model::BuildOptions;
use crate::site::SiteOptions;
use http::Shared;
use preview::{Changes, Preview, Rebuild};

/// What the command line decides about the preview.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    /// Host names besides the loopback ones and the bound address (`--allowed-host`).
    pub allowed_hosts: Vec<String>,
    pub open: bool,
    pub build: BuildOptions,
    pub debounce: Duration,
}

/// Why `serve` stopped or could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("port {0} on {1} is in use; stop the other server or choose another port (`--port 0` picks a free one)")]
    PortInUse(u16, IpAddr),
    #[error("cannot listen on {0}: {1}")]
    Bind(SocketAddr, std::io::Error),
    #[error("cannot watch {0}: {1}")]
    Watch(PathBuf, notify::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Sorts what the watcher saw into changes of the handbook; editor files, hidden files
/// and anything outside `content/`, `themes/` and `okrbook.yaml` are left out.
pub fn classify(root: &Path, paths: &[PathBuf]) -> Changes {
    let mut changes = Changes::default();
    for p in paths {
        let Ok(rel) = p.strip_prefix(root) else {
            continue;
        };
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let Some(name) = parts.last() else { continue };
        if crate::load::is_ignored_name(name) {
            continue;
        }
        match parts.first().map(String::as_str) {
            Some("content") if parts.len() > 1 => {
                changes.content.insert(parts[1..].join("/"));
            }
            Some("themes") => changes.everything = true,
            Some(crate::config::FILE_NAME) if parts.len() == 1 => changes.everything = true,
            _ => {}
        }
    }
    changes
}

/// What the terminal shows about a rebuild: one line, then each new finding as
/// `okrbook check` prints it (file:line, rule, message).
pub fn describe(what: &str, r: &Rebuild) -> String {
    let time = jiff::Zoned::now().strftime("%H:%M:%S");
    let ms = r.elapsed.as_millis();
    let lang = r.lang;
    if let Some(f) = &r.failure {
        return say!(
            lang,
            "{time} {what} → cannot build: {f}",
            "{time} {what} → kann nicht bauen: {f}"
        );
    }
    if !r.errors.is_empty() {
        let n = r.errors.len();
        let mut s = say!(
            lang,
            "{time} {what} → {n} error(s); showing the last good site ({ms} ms)",
            "{time} {what} → {n} Fehler; gezeigt wird der letzte fehlerfreie Stand ({ms} ms)"
        );
        s.push_str(&finding_lines(&r.errors, lang));
        return s;
    }
    let (pages, changed) = (r.rendered, r.changed.len());
    let mut s = say!(
        lang,
        "{time} {what} → {pages} page(s) rendered, {changed} changed in {ms} ms",
        "{time} {what} → {pages} Seite(n) gerendert, {changed} geändert in {ms} ms"
    );
    let (new, fixed) = (r.new_warnings.len(), r.fixed_warnings);
    if new > 0 {
        s.push_str(&say!(
            lang,
            "; {new} new warning(s)",
            "; {new} neue Warnung(en)"
        ));
    }
    if fixed > 0 {
        s.push_str(&say!(lang, "; {fixed} fixed", "; {fixed} behoben"));
    }
    s.push_str(&finding_lines(&r.new_warnings, lang));
    s
}

/// Findings as short lines below the rebuild line: place, severity and rule, message.
fn finding_lines(diags: &[crate::diagnostic::Diagnostic], lang: crate::lang::Language) -> String {
    const SHOWN: usize = 20;
    let mut s = String::new();
    for d in diags.iter().take(SHOWN) {
        let place = match d.column {
            Some(c) => format!("{}:{}:{c}", d.file, d.line),
            None => format!("{}:{}", d.file, d.line),
        };
        let severity = match (d.severity, lang) {
            (crate::diagnostic::Severity::Error, crate::lang::Language::De) => "Fehler",
            (crate::diagnostic::Severity::Warning, crate::lang::Language::De) => "Warnung",
            (s, crate::lang::Language::En) => s.as_str(),
        };
        s.push_str(&format!(
            "\n  {place}: {severity}[{}] {}",
            d.rule.id(),
            d.message
        ));
    }
    if diags.len() > SHOWN {
        s.push_str(&format!("\n  … (+{})", diags.len() - SHOWN));
    }
    s
}

fn publish(shared: &Shared, preview: &Preview, r: &Rebuild, was_broken: bool) {
    {
        let mut served = shared.served.write().unwrap_or_else(|e| e.into_inner());
        if r.all {
            served.files.retain(|k, _| preview.files.contains_key(k));
        }
        for path in &r.changed {
            match preview.files.get(path) {
                Some(b) => {
                    served.files.insert(path.clone(), b.clone());
                }
                None => {
                    served.files.remove(path);
                }
            }
        }
        served.errors = preview.errors.clone();
        served.failure = preview.failure.clone();
        served.lang = preview.lang;
    }
    let broken = !preview.errors.is_empty() || preview.failure.is_some();
    let msg = serde_json::json!({
        "changed": r.changed,
        "all": r.all,
        "overlay": broken || was_broken,
    });
    let _ = shared.events.send(msg.to_string());
}

/// Runs the preview until Ctrl-C.
pub fn run(opts: ServeOptions) -> Result<(), ServeError> {
    let root = opts.root.clone();
    // The port first: a port in use is said at once, not after the whole build.
    let listener = bind(opts.bind, opts.port)?;
    let (preview, first) = Preview::new(&root, opts.build, SiteOptions::default());
    let what = say!(first.lang, "first build", "erster Build");
    eprintln!("{}", describe(&what, &first));

    let (events, _) = broadcast::channel(64);
    let hosts = http::allowed_hosts(opts.bind, &opts.allowed_hosts);
    let shared = Arc::new(Shared::new(hosts, events));
    publish(
        &shared,
        &preview,
        &Rebuild {
            all: true,
            changed: preview.files.keys().cloned().collect(),
            ..first
        },
        false,
    );

    let first_lang = preview.lang;
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let watcher = Watcher::start(&root, opts.debounce, tx)?;
    let follower = Arc::clone(&watcher);
    let follow_shared = Arc::clone(&shared);
    std::thread::spawn(move || follow(rx, &follower, preview, &follow_shared));
    listen(listener, &opts, shared, first_lang)?;
    drop(watcher);
    Ok(())
}

/// The file watcher: `content/` and `themes/` recursively, the root itself (for
/// `okrbook.yaml`, and `themes/` when it appears) not.
struct Watcher {
    root: PathBuf,
    debouncer: std::sync::Mutex<
        notify_debouncer_full::Debouncer<
            notify::RecommendedWatcher,
            notify_debouncer_full::RecommendedCache,
        >,
    >,
    themes_watched: std::sync::atomic::AtomicBool,
}

impl Watcher {
    /// A short debounce, then one batch of events to `tx`.
    fn start(
        root: &Path,
        debounce: Duration,
        tx: mpsc::Sender<DebounceEventResult>,
    ) -> Result<Arc<Watcher>, ServeError> {
        let mut debouncer = notify_debouncer_full::new_debouncer(debounce, None, tx)
            .map_err(|e| ServeError::Watch(root.to_path_buf(), e))?;
        let watch = |d: &mut notify_debouncer_full::Debouncer<_, _>, path: PathBuf, mode| {
            d.watch(&path, mode).map_err(|e| ServeError::Watch(path, e))
        };
        watch(
            &mut debouncer,
            root.join("content"),
            RecursiveMode::Recursive,
        )?;
        watch(
            &mut debouncer,
            root.to_path_buf(),
            RecursiveMode::NonRecursive,
        )?;
        let themes = root.join("themes").is_dir();
        if themes {
            watch(
                &mut debouncer,
                root.join("themes"),
                RecursiveMode::Recursive,
            )?;
        }
        Ok(Arc::new(Watcher {
            root: root.to_path_buf(),
            debouncer: std::sync::Mutex::new(debouncer),
            themes_watched: themes.into(),
        }))
    }

    /// A `themes/` folder made while serving is watched from then on.
    fn notice_themes(&self) {
        use std::sync::atomic::Ordering;
        let themes = self.root.join("themes");
        if self.themes_watched.load(Ordering::Relaxed) || !themes.is_dir() {
            return;
        }
        if let Ok(mut d) = self.debouncer.lock() {
            let ok = d.watch(&themes, RecursiveMode::Recursive).is_ok();
            self.themes_watched.store(ok, Ordering::Relaxed);
        }
    }
}

/// The paths of a batch of events and of all batches already waiting behind it.
/// Reading files (ours too: every rebuild reads) is not a change.
fn gather(first: DebounceEventResult, rx: &mpsc::Receiver<DebounceEventResult>) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut add = |b: DebounceEventResult| {
        if let Ok(events) = b {
            for e in events.iter().filter(|e| !e.event.kind.is_access()) {
                paths.extend(e.event.paths.iter().cloned());
            }
        }
    };
    add(first);
    while let Ok(more) = rx.try_recv() {
        add(more);
    }
    paths
}

/// Rebuilds on every batch of changes and tells the open pages, until the watcher
/// stops.
fn follow(
    rx: mpsc::Receiver<DebounceEventResult>,
    watcher: &Watcher,
    mut preview: Preview,
    shared: &Shared,
) {
    while let Ok(batch) = rx.recv() {
        let paths = gather(batch, &rx);
        let changes = classify(&watcher.root, &paths);
        watcher.notice_themes();
        if std::env::var_os("OKRBOOK_TIMINGS").is_some() {
            eprintln!("watch: {paths:?} → {changes:?}");
        }
        if changes.content.is_empty() && !changes.everything {
            continue;
        }
        let what = changed_files(&changes, preview.lang);
        let r = rebuild(&mut preview, changes, shared);
        eprintln!("{}", describe(&what, &r));
    }
}

/// The files a rebuild follows, as its terminal line names them.
fn changed_files(changes: &Changes, lang: crate::lang::Language) -> String {
    if changes.everything {
        return say!(
            lang,
            "configuration or theme changed",
            "Einstellungen oder Theme geändert"
        );
    }
    let names: Vec<String> = changes
        .content
        .iter()
        .map(|p| format!("content/{p}"))
        .collect();
    let mut w = names.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > 3 {
        let more = names.len() - 3;
        w.push_str(&say!(lang, " and {more} more", " und {more} weitere"));
    }
    w
}

/// One rebuild: the pages go out as soon as they are ready, the data files after.
fn rebuild(preview: &mut Preview, changes: Changes, shared: &Shared) -> Rebuild {
    let was_broken = !preview.errors.is_empty() || preview.failure.is_some();
    let mut published = false;
    let mut overlay_was_shown = was_broken;
    let r = preview.apply_then(changes, |p, pages| {
        publish(shared, p, pages, overlay_was_shown);
        overlay_was_shown = false;
        published = true;
    });
    if !published {
        // Errors (or a failure): the overlay appears over the last good pages.
        publish(shared, preview, &r, was_broken);
    } else {
        // The data files followed the pages; no page needs a reload for them.
        let data = Rebuild {
            changed: r
                .changed
                .iter()
                .filter(|c| !c.ends_with(".html"))
                .cloned()
                .collect(),
            ..Rebuild::default()
        };
        publish(shared, preview, &data, false);
    }
    r
}

/// Serves HTTP on `listener` until Ctrl-C.
fn listen(
    listener: std::net::TcpListener,
    opts: &ServeOptions,
    shared: Arc<Shared>,
    lang: crate::lang::Language,
) -> Result<(), ServeError> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        // Listened for before the address is printed: a Ctrl-C right after it stops
        // the server cleanly instead of killing it.
        let stop = Interrupt::listen()?;
        let local = listener.local_addr()?;
        let host = if local.ip().is_unspecified() {
            "127.0.0.1".to_string()
        } else if local.is_ipv6() {
            format!("[{}]", local.ip())
        } else {
            local.ip().to_string()
        };
        let url = format!("http://{host}:{}/", local.port());
        let (bind, root) = (opts.bind, opts.root.display());
        if !bind.is_loopback() {
            eprintln!(
                "{}",
                say!(
                    lang,
                    "warning: serving on {bind} makes the handbook readable from other machines",
                    "Warnung: Auf {bind} ist das Handbuch auch von anderen Rechnern aus lesbar"
                )
            );
        }
        eprintln!(
            "{}",
            say!(
                lang,
                "serving {root} at {url} (Ctrl-C stops)",
                "Vorschau von {root} unter {url} (Strg-C beendet)"
            )
        );
        if opts.open {
            open_browser(&url);
        }
        accept(listener, http::router(shared), stop).await;
        eprintln!("{}", say!(lang, "stopped", "beendet"));
        Ok::<(), ServeError>(())
    })
}

/// Connections served at once at most; more wait in the kernel's queue.
const MAX_CONNECTIONS: usize = 256;
/// A client has this long to send its request headers.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// Listens on the address, or says why not (the port is in use, no permission).
fn bind(ip: IpAddr, port: u16) -> Result<std::net::TcpListener, ServeError> {
    let addr = SocketAddr::new(ip, port);
    let listener = match std::net::TcpListener::bind(addr) {
        Ok(l) => l,
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
            return Err(ServeError::PortInUse(port, ip))
        }
        Err(e) => return Err(ServeError::Bind(addr, e)),
    };
    listener.set_nonblocking(true)?;
    Ok(listener)
}

/// Serves connections until Ctrl-C, each with a header timeout, at most
/// `MAX_CONNECTIONS` at once.
async fn accept(listener: tokio::net::TcpListener, app: axum::Router, mut interrupt: Interrupt) {
    let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    let stop = interrupt.wait();
    tokio::pin!(stop);
    loop {
        let permit = tokio::select! {
            _ = &mut stop => return,
            p = Arc::clone(&slots).acquire_owned() => match p {
                Ok(p) => p,
                Err(_) => return,
            },
        };
        let stream = tokio::select! {
            _ = &mut stop => return,
            a = listener.accept() => match a {
                Ok((stream, _)) => stream,
                Err(_) => continue,
            },
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let _permit = permit;
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(io, service)
                .await;
        });
    }
}

/// Ctrl-C, listened for from the moment it is made.
#[cfg(unix)]
struct Interrupt(tokio::signal::unix::Signal);

#[cfg(unix)]
impl Interrupt {
    fn listen() -> std::io::Result<Self> {
        use tokio::signal::unix::{signal, SignalKind};
        Ok(Self(signal(SignalKind::interrupt())?))
    }

    async fn wait(&mut self) {
        self.0.recv().await;
    }
}

/// Ctrl-C, listened for from the first wait.
#[cfg(not(unix))]
struct Interrupt;

#[cfg(not(unix))]
impl Interrupt {
    fn listen() -> std::io::Result<Self> {
        Ok(Self)
    }

    async fn wait(&mut self) {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn open_browser(url: &str) {
    let cmd = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(cmd)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn watcher_paths_become_changes() {
        let root = Path::new("/hb");
        let c = classify(
            root,
            &[
                PathBuf::from("/hb/content/objectives/a.md"),
                PathBuf::from("/hb/content/objectives/.a.md.swp"),
                PathBuf::from("/hb/content/objectives/a.md~"),
                PathBuf::from("/hb/content/objectives/4913"),
                PathBuf::from("/hb/public/index.html"),
                PathBuf::from("/elsewhere/x.md"),
            ],
        );
        assert_eq!(c.content.iter().collect::<Vec<_>>(), ["objectives/a.md"]);
        assert!(!c.everything);
        assert!(classify(root, &[PathBuf::from("/hb/okrbook.yaml")]).everything);
        assert!(
            classify(
                root,
                &[PathBuf::from("/hb/themes/default/templates/base.html")]
            )
            .everything
        );
    }
}
