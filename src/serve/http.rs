//! The preview server: the site from memory, the reload events, and the overlay.
//!
//! The preview is for one person's machine. It answers only requests addressed to its
//! own host name (no DNS rebinding: another web page cannot read the handbook through a
//! name it controls), tells browsers that no other site may load its files
//! (`Cross-Origin-Resource-Policy: same-origin`), and bounds connections and reload
//! subscribers.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::middleware::Next;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::sync::broadcast;

use crate::diagnostic::Diagnostic;
use crate::lang::Language;
use crate::site::charts::esc;

/// The path of the reload events; no site file can have it (ids start with a letter or
/// digit).
pub const EVENTS: &str = "/__okrbook/events";

/// Open reload subscriptions (browser tabs) at most; more get 503.
pub const MAX_SUBSCRIBERS: usize = 64;

/// What the server shows: the last good site and the errors on top of it.
#[derive(Default)]
pub struct Served {
    pub files: HashMap<String, Bytes>,
    pub errors: Vec<Diagnostic>,
    pub failure: Option<String>,
    pub lang: Language,
}

pub struct Shared {
    pub served: RwLock<Served>,
    pub events: broadcast::Sender<String>,
    /// Host names (without port) the server answers to.
    pub hosts: Vec<String>,
    /// Reload subscriptions open now.
    pub subscribers: AtomicUsize,
}

impl Shared {
    pub fn new(hosts: Vec<String>, events: broadcast::Sender<String>) -> Shared {
        Shared {
            served: RwLock::new(Served::default()),
            events,
            hosts,
            subscribers: AtomicUsize::new(0),
        }
    }
}

/// The host names the preview answers to: the loopback names, the address it listens
/// on (unless that is every address) and the names given with `--allowed-host`.
pub fn allowed_hosts(bind: IpAddr, extra: &[String]) -> Vec<String> {
    let mut hosts: Vec<String> = ["localhost", "127.0.0.1", "[::1]"]
        .iter()
        .map(|h| h.to_string())
        .collect();
    if !bind.is_unspecified() {
        hosts.push(match bind {
            IpAddr::V6(v6) => format!("[{v6}]"),
            IpAddr::V4(v4) => v4.to_string(),
        });
    }
    hosts.extend(extra.iter().map(|h| h.trim().to_ascii_lowercase()));
    hosts
}

/// Whether a `Host` header names one of `hosts` (with or without a port).
pub fn host_allowed(host: &str, hosts: &[String]) -> bool {
    let host = host.trim().to_ascii_lowercase();
    let name = match host.strip_prefix('[') {
        // `[::1]:3000` → `[::1]`
        Some(rest) => match rest.split_once(']') {
            Some((ip, port)) if port.is_empty() || port.starts_with(':') => format!("[{ip}]"),
            _ => return false,
        },
        None => match host.rsplit_once(':') {
            Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name.to_string(),
            Some(_) => return false,
            None => host,
        },
    };
    hosts.contains(&name)
}

pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(EVENTS, get(events))
        .fallback(get(file))
        .layer(axum::middleware::from_fn_with_state(
            Arc::clone(&shared),
            guard,
        ))
        .with_state(shared)
}

/// Refuses requests for another host, and marks every response as not for other sites.
async fn guard(State(shared): State<Arc<Shared>>, req: Request, next: Next) -> Response {
    let host = host_of(req.headers(), req.uri());
    let mut res = if host.is_some_and(|h| host_allowed(&h, &shared.hosts)) {
        next.run(req).await
    } else {
        (
            StatusCode::FORBIDDEN,
            "okrbook serve answers only requests for its own address (see --allowed-host)\n",
        )
            .into_response()
    };
    let h = res.headers_mut();
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

fn host_of(headers: &HeaderMap, uri: &Uri) -> Option<String> {
    headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_string)
        .or_else(|| uri.authority().map(|a| a.to_string()))
}

/// Counts an open reload subscription for as long as its stream lives.
struct Subscription(Arc<Shared>);

impl Drop for Subscription {
    fn drop(&mut self) {
        self.0.subscribers.fetch_sub(1, Ordering::SeqCst);
    }
}

async fn events(State(shared): State<Arc<Shared>>) -> Response {
    if shared.subscribers.fetch_add(1, Ordering::SeqCst) >= MAX_SUBSCRIBERS {
        shared.subscribers.fetch_sub(1, Ordering::SeqCst);
        return (StatusCode::SERVICE_UNAVAILABLE, "too many open pages\n").into_response();
    }
    let rx = shared.events.subscribe();
    let guard = Subscription(Arc::clone(&shared));
    let stream = futures_util::stream::unfold((rx, guard), |(mut rx, guard)| async move {
        loop {
            match rx.recv().await {
                Ok(msg) => {
                    return Some((
                        Ok::<Event, Infallible>(Event::default().data(msg)),
                        (rx, guard),
                    ))
                }
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    let mut res = Sse::new(stream)
        .keep_alive(KeepAlive::default())
        .into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The site file a request path names, or `None` for anything that could leave the
/// site: `..` segments (also percent-encoded), backslashes, NUL, empty segments.
pub fn site_path(raw: &str) -> Option<String> {
    let decoded = crate::links::percent_decode_strict(raw)?;
    let rel = decoded.strip_prefix('/')?;
    if rel.contains('\\') || rel.contains('\0') || rel.starts_with('/') {
        return None;
    }
    let segments: Vec<&str> = rel.split('/').collect();
    let last = segments.len() - 1;
    for (i, s) in segments.iter().enumerate() {
        if *s == ".." || *s == "." || (s.is_empty() && i != last) {
            return None;
        }
    }
    if rel.is_empty() || rel.ends_with('/') {
        Some(format!("{rel}index.html"))
    } else {
        Some(rel.to_string())
    }
}

pub fn content_type(path: &str) -> &'static str {
    match path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("webp") => "image/webp",
        Some("pdf") => "application/pdf",
        Some("xml") => "application/xml",
        Some("csv") => "text/csv; charset=utf-8",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        Some("woff2") => "font/woff2",
        Some("woff") => "font/woff",
        Some("ico") => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// The script that reloads a page when it changed; only `serve` adds it.
const RELOAD: &str = r#"<script>(function(){
var key='okrbook-scroll',y=sessionStorage.getItem(key);
if(y!==null){sessionStorage.removeItem(key);window.scrollTo(0,+y);}
var here=decodeURIComponent(location.pathname.replace(/^\//,''));
if(here===''||here.slice(-1)==='/')here+='index.html';
var es=new EventSource('/__okrbook/events');
es.onmessage=function(e){var m=JSON.parse(e.data);
if(m.all||m.overlay||m.changed.indexOf(here)>=0){sessionStorage.setItem(key,String(window.scrollY));location.reload();}};
})();</script>"#;

/// The overlay that lists errors over the last good page, in the handbook's language.
/// Its colours are set on every element, so that no site style makes it unreadable.
pub fn overlay(errors: &[Diagnostic], failure: Option<&str>, lang: Language) -> String {
    if errors.is_empty() && failure.is_none() {
        return String::new();
    }
    let title = say!(
        lang,
        "The handbook has errors; the page shows the last good state",
        "Das Handbuch hat Fehler; die Seite zeigt den letzten fehlerfreien Stand"
    );
    let mut s = format!(
        "<div id=\"okrbook-overlay\" role=\"alertdialog\" aria-labelledby=\"okrbook-overlay-title\" \
         style=\"position:fixed;inset:0;z-index:9999;overflow:auto;background:#1d1d1f;\
         color:#fff;font:15px/1.5 system-ui,sans-serif;padding:2rem\">\
         <h2 id=\"okrbook-overlay-title\" style=\"margin-top:0;color:#ffb4a8;background:none\">{}</h2>\
         <ul style=\"padding-left:1.2rem;color:#fff\">",
        esc(&title)
    );
    if let Some(f) = failure {
        s.push_str(&format!("<li>{}</li>", esc(f)));
    }
    for d in errors {
        s.push_str(&format!(
            "<li><code style=\"color:#ffd27f;background:#000;padding:0 .25em\">{}:{}</code> \
             <strong style=\"color:#fff\">{}</strong>: {}{}</li>",
            esc(&d.file),
            d.line,
            esc(d.rule.id()),
            esc(&d.message),
            d.help
                .as_deref()
                .map(|h| format!("<br><small style=\"color:#ddd\">{}</small>", esc(h)))
                .unwrap_or_default()
        ));
    }
    let fix = say!(
        lang,
        "Fix the file and save: this page reloads by itself.",
        "Die Datei korrigieren und speichern: Diese Seite lädt sich von selbst neu."
    );
    s.push_str(&format!(
        "</ul><p style=\"color:#fff\">{}</p></div>",
        esc(&fix)
    ));
    s
}

/// Puts the reload script (and the overlay) before `</body>`.
pub fn inject(html: &[u8], extra: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let add = format!("{extra}{RELOAD}");
    match text.rfind("</body>") {
        Some(i) => format!("{}{add}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{add}").into_bytes(),
    }
}

/// The page for every address while no good site was ever built: the errors, and the
/// script that reloads it once they are fixed.
fn not_built_yet(lang: Language) -> Vec<u8> {
    let title = say!(lang, "okrbook preview", "okrbook-Vorschau");
    format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body></body></html>",
        lang.code(),
        esc(&title)
    )
    .into_bytes()
}

async fn file(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    let Some(path) = site_path(uri.path()) else {
        return (StatusCode::BAD_REQUEST, "bad path").into_response();
    };
    let (bytes, status, path, extra) = {
        let served = shared.served.read().unwrap_or_else(|e| e.into_inner());
        let extra = overlay(&served.errors, served.failure.as_deref(), served.lang);
        match served.files.get(&path) {
            Some(b) => (b.clone(), StatusCode::OK, path, extra),
            None if served.files.is_empty() && !extra.is_empty() => (
                Bytes::from(not_built_yet(served.lang)),
                StatusCode::SERVICE_UNAVAILABLE,
                "index.html".to_string(),
                extra,
            ),
            None => {
                // A folder without its slash: `/objectives/x` → `/objectives/x/`.
                let folder = format!("{path}/index.html");
                if served.files.contains_key(&folder) {
                    let to = format!("{}/", uri.path());
                    return (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, to)])
                        .into_response();
                }
                match served.files.get("404.html") {
                    Some(b) => (b.clone(), StatusCode::NOT_FOUND, "404.html".into(), extra),
                    None => return (StatusCode::NOT_FOUND, "not found").into_response(),
                }
            }
        }
    };
    let ctype = content_type(&path);
    let body: Body = if ctype.starts_with("text/html") {
        Body::from(inject(&bytes, &extra))
    } else {
        Body::from(bytes)
    };
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_never_leave_the_site() {
        assert_eq!(site_path("/").as_deref(), Some("index.html"));
        assert_eq!(
            site_path("/objectives/x/").as_deref(),
            Some("objectives/x/index.html")
        );
        assert_eq!(
            site_path("/static/site.css").as_deref(),
            Some("static/site.css")
        );
        assert_eq!(
            site_path("/principles/%C3%A4/").as_deref(),
            Some("principles/ä/index.html")
        );
        for bad in [
            "/../Cargo.toml",
            "/%2e%2e/Cargo.toml",
            "/%2E%2E%2fCargo.toml",
            "/a/../../etc/passwd",
            "//etc/passwd",
            "/a\\..\\b",
            "/a%5c..%5cb",
            "/%00",
            "/./x",
            "/a//b",
            "/%zz",
        ] {
            assert_eq!(site_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_own_host_names_are_answered() {
        let hosts = allowed_hosts("127.0.0.1".parse().unwrap(), &["okr.local".into()]);
        for ok in [
            "localhost:3000",
            "127.0.0.1:3000",
            "[::1]:3000",
            "LOCALHOST",
            "okr.local:8080",
        ] {
            assert!(host_allowed(ok, &hosts), "{ok}");
        }
        for bad in [
            "evil.example:3000",
            "localhost.evil.example",
            "127.0.0.1.nip.io:3000",
            "[::1]x",
            "localhost:3000:1",
            "",
        ] {
            assert!(!host_allowed(bad, &hosts), "{bad}");
        }
        let any = allowed_hosts("0.0.0.0".parse().unwrap(), &[]);
        assert!(!host_allowed("0.0.0.0:3000", &any));
        let lan = allowed_hosts("192.168.1.5".parse().unwrap(), &[]);
        assert!(host_allowed("192.168.1.5:3000", &lan));
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("static/site.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(content_type("img/logo.SVG"), "image/svg+xml");
        assert_eq!(content_type("data/okrs.json"), "application/json");
        assert_eq!(content_type("x"), "application/octet-stream");
    }

    #[test]
    fn overlay_escapes_and_injection_keeps_the_page() {
        let d = Diagnostic::new(
            crate::diagnostic::Rule::FrontMatter,
            "content/<x>.md",
            crate::diagnostic::Pos::new(3, 1),
            "bad <yaml>",
        );
        let o = overlay(&[d], None, Language::En);
        assert!(o.contains("content/&lt;x&gt;.md:3"));
        // The file path is light on a dark ground of its own, whatever the site's style.
        assert!(
            o.contains("<code style=\"color:#ffd27f;background:#000"),
            "{o}"
        );
        assert!(o.contains("bad &lt;yaml&gt;"));
        assert_eq!(overlay(&[], None, Language::En), "");
        let page = inject(b"<html><body><p>x</p></body></html>", "<i>o</i>");
        let page = String::from_utf8(page).unwrap();
        assert!(page.starts_with("<html><body><p>x</p><i>o</i><script>"));
        assert!(page.ends_with("</script></body></html>"));
    }
}
