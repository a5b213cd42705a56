//! `okrbook serve`: builds the site into memory, serves it, watches the handbook and
//! reloads open pages after each rebuild.

pub mod http;
pub mod preview;

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, RwLock};
use std::time::Duration;

use axum::body::Bytes;
use notify::RecursiveMode;
use notify_debouncer_full::DebounceEventResult;
use tokio::sync::broadcast;

use crate::model::BuildOptions;
use crate::site::SiteOptions;
use http::{Served, Shared};
use preview::{Changes, Preview, Rebuild};

/// What the command line decides about the preview.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
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

/// One line for the terminal about a rebuild.
pub fn describe(what: &str, r: &Rebuild) -> String {
    let time = jiff::Zoned::now().strftime("%H:%M:%S");
    let ms = r.elapsed.as_millis();
    if let Some(f) = &r.failure {
        return format!("{time} {what} → cannot build: {f}");
    }
    if !r.errors.is_empty() {
        let first = &r.errors[0];
        return format!(
            "{time} {what} → {} error{} ({}:{} {}); showing the last good site ({ms} ms)",
            r.errors.len(),
            if r.errors.len() == 1 { "" } else { "s" },
            first.file,
            first.line,
            first.rule
        );
    }
    let mut s = format!(
        "{time} {what} → {} page{} rendered, {} changed in {ms} ms",
        r.rendered,
        if r.rendered == 1 { "" } else { "s" },
        r.changed.len()
    );
    if r.new_warnings > 0 {
        s.push_str(&format!(
            "; {} new warning{}",
            r.new_warnings,
            if r.new_warnings == 1 { "" } else { "s" }
        ));
    }
    if r.fixed_warnings > 0 {
        s.push_str(&format!("; {} fixed", r.fixed_warnings));
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
                    served.files.insert(path.clone(), Bytes::from(b.clone()));
                }
                None => {
                    served.files.remove(path);
                }
            }
        }
        served.errors = preview.errors.clone();
        served.failure = preview.failure.clone();
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
    let (mut preview, first) = Preview::new(&root, opts.build, SiteOptions::default());
    eprintln!("{}", describe("first build", &first));

    let (events, _) = broadcast::channel(64);
    let shared = Arc::new(Shared {
        served: RwLock::new(Served::default()),
        events,
    });
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

    // The watcher: a short debounce, then one rebuild per batch of events.
    let (tx, rx) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = notify_debouncer_full::new_debouncer(opts.debounce, None, tx)
        .map_err(|e| ServeError::Watch(root.clone(), e))?;
    debouncer
        .watch(root.join("content"), RecursiveMode::Recursive)
        .map_err(|e| ServeError::Watch(root.join("content"), e))?;
    // The root itself, not recursively: okrbook.yaml, and themes/ when it appears.
    debouncer
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| ServeError::Watch(root.clone(), e))?;
    let mut themes_watched = root.join("themes").is_dir();
    if themes_watched {
        debouncer
            .watch(root.join("themes"), RecursiveMode::Recursive)
            .map_err(|e| ServeError::Watch(root.join("themes"), e))?;
    }
    let debouncer = Arc::new(std::sync::Mutex::new(debouncer));
    let watch_debouncer = Arc::clone(&debouncer);
    let watch_shared = Arc::clone(&shared);
    let watch_root = root.clone();
    std::thread::spawn(move || {
        while let Ok(batch) = rx.recv() {
            let mut paths: Vec<PathBuf> = Vec::new();
            let mut gather = |b: DebounceEventResult| {
                if let Ok(events) = b {
                    // Reading files (ours too: every rebuild reads) is not a change.
                    for e in events.iter().filter(|e| !e.event.kind.is_access()) {
                        paths.extend(e.event.paths.iter().cloned());
                    }
                }
            };
            gather(batch);
            while let Ok(more) = rx.try_recv() {
                gather(more);
            }
            let changes = classify(&watch_root, &paths);
            // A themes/ folder made while serving is watched from then on.
            if !themes_watched && watch_root.join("themes").is_dir() {
                if let Ok(mut d) = watch_debouncer.lock() {
                    themes_watched = d
                        .watch(watch_root.join("themes"), RecursiveMode::Recursive)
                        .is_ok();
                }
            }
            if std::env::var_os("OKRBOOK_TIMINGS").is_some() {
                eprintln!("watch: {paths:?} → {changes:?}");
            }
            if changes.content.is_empty() && !changes.everything {
                continue;
            }
            let what = if changes.everything {
                "configuration or theme changed".to_string()
            } else {
                let names: Vec<String> = changes
                    .content
                    .iter()
                    .map(|p| format!("content/{p}"))
                    .collect();
                let mut w = names.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
                if names.len() > 3 {
                    w.push_str(&format!(" and {} more", names.len() - 3));
                }
                w
            };
            let was_broken = !preview.errors.is_empty() || preview.failure.is_some();
            let mut published = false;
            let mut overlay_was_shown = was_broken;
            let r = preview.apply_then(changes, |p, pages| {
                publish(&watch_shared, p, pages, overlay_was_shown);
                overlay_was_shown = false;
                published = true;
            });
            if !published {
                // Errors (or a failure): the overlay appears over the last good pages.
                publish(&watch_shared, &preview, &r, was_broken);
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
                publish(&watch_shared, &preview, &data, false);
            }
            eprintln!("{}", describe(&what, &r));
        }
    });

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let addr = SocketAddr::new(opts.bind, opts.port);
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(l) => l,
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => {
                return Err(ServeError::PortInUse(opts.port, opts.bind))
            }
            Err(e) => return Err(ServeError::Bind(addr, e)),
        };
        let local = listener.local_addr()?;
        let host = if local.ip().is_unspecified() {
            "127.0.0.1".to_string()
        } else if local.is_ipv6() {
            format!("[{}]", local.ip())
        } else {
            local.ip().to_string()
        };
        let url = format!("http://{host}:{}/", local.port());
        if !opts.bind.is_loopback() {
            eprintln!(
                "warning: serving on {} makes the handbook readable from other machines",
                opts.bind
            );
        }
        eprintln!("serving {} at {url} (Ctrl-C stops)", root.display());
        if opts.open {
            open_browser(&url);
        }
        axum::serve(listener, http::router(shared))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        eprintln!("stopped");
        Ok(())
    })?;
    drop(debouncer);
    Ok(())
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
