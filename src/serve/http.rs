//! The preview server: the site from memory, the reload events, and the overlay.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, RwLock};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::sync::broadcast;

use crate::diagnostic::Diagnostic;
use crate::site::charts::esc;

/// The path of the reload events; no site file can have it (ids start with a letter or
/// digit).
pub const EVENTS: &str = "/__okrbook/events";

/// What the server shows: the last good site and the errors on top of it.
#[derive(Default)]
pub struct Served {
    pub files: HashMap<String, Bytes>,
    pub errors: Vec<Diagnostic>,
    pub failure: Option<String>,
}

pub struct Shared {
    pub served: RwLock<Served>,
    pub events: broadcast::Sender<String>,
}

pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(EVENTS, get(events))
        .fallback(get(file))
        .with_state(shared)
}

async fn events(State(shared): State<Arc<Shared>>) -> impl IntoResponse {
    let rx = shared.events.subscribe();
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        loop {
            match rx.recv().await {
                Ok(msg) => return Some((Ok::<Event, Infallible>(Event::default().data(msg)), rx)),
                Err(broadcast::error::RecvError::Lagged(_)) => continue,
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// The site file a request path names, or `None` for anything that could leave the
/// site: `..` segments (also percent-encoded), backslashes, NUL, empty segments.
pub fn site_path(raw: &str) -> Option<String> {
    let decoded = percent_decode(raw)?;
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

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
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

/// The overlay that lists errors over the last good page.
pub fn overlay(errors: &[Diagnostic], failure: Option<&str>) -> String {
    if errors.is_empty() && failure.is_none() {
        return String::new();
    }
    let mut s = String::from(
        "<div id=\"okrbook-overlay\" role=\"alertdialog\" aria-labelledby=\"okrbook-overlay-title\" \
         style=\"position:fixed;inset:0;z-index:9999;overflow:auto;background:rgba(20,20,20,.92);\
         color:#fff;font:15px/1.5 system-ui,sans-serif;padding:2rem\">\
         <h2 id=\"okrbook-overlay-title\" style=\"margin-top:0;color:#ffb4a8\">The handbook has errors; \
         the page shows the last good state</h2><ul style=\"padding-left:1.2rem\">",
    );
    if let Some(f) = failure {
        s.push_str(&format!("<li>{}</li>", esc(f)));
    }
    for d in errors {
        s.push_str(&format!(
            "<li><code style=\"color:#ffd27f\">{}:{}</code> <strong>{}</strong>: {}{}</li>",
            esc(&d.file),
            d.line,
            esc(d.rule.id()),
            esc(&d.message),
            d.help
                .as_deref()
                .map(|h| format!("<br><small>{}</small>", esc(h)))
                .unwrap_or_default()
        ));
    }
    s.push_str("</ul><p>Fix the file and save: this page reloads by itself.</p></div>");
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

async fn file(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    let Some(path) = site_path(uri.path()) else {
        return (StatusCode::BAD_REQUEST, "bad path").into_response();
    };
    let (bytes, status, path, extra) = {
        let served = shared.served.read().unwrap_or_else(|e| e.into_inner());
        let extra = overlay(&served.errors, served.failure.as_deref());
        match served.files.get(&path) {
            Some(b) => (b.clone(), StatusCode::OK, path, extra),
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
    let body: Bytes = if ctype.starts_with("text/html") {
        inject(&bytes, &extra).into()
    } else {
        bytes
    };
    let mut res = (status, body).into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(ctype));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
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
        let o = overlay(&[d], None);
        assert!(o.contains("content/&lt;x&gt;.md:3"));
        assert!(o.contains("bad &lt;yaml&gt;"));
        assert_eq!(overlay(&[], None), "");
        let page = inject(b"<html><body><p>x</p></body></html>", "<i>o</i>");
        let page = String::from_utf8(page).unwrap();
        assert!(page.starts_with("<html><body><p>x</p><i>o</i><script>"));
        assert!(page.ends_with("</script></body></html>"));
    }
}
