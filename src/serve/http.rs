//! The preview server: the site's files from memory over HTTP (axum on tokio), live reload over
//! server-sent events, build errors as an overlay.
//!
//! - `/<path>` serves `<path>` (or `<path>index.html` for a folder); a folder without its slash
//!   is redirected to it; anything else is the site's `404.html` with status 404.
//! - A path whose percent-decoded form holds `..`, a backslash or NUL, or that encodes a `/` or
//!   `\`, is refused with 404 before any lookup (the files are in memory, so nothing could leave
//!   the output folder anyway; the refusal keeps the answer the same as a static host's).
//! - `/` redirects (302) to the built locale that best matches `Accept-Language`
//!   (fluent-langneg), else the source locale.
//! - HTML responses get one `<script>` before `</body>`: it listens on `/__locdoc/events` and
//!   reloads the page when a rebuild changed it, or shows the build errors over the page.
//!   `/__locdoc/errors` is the current errors as text (empty when the build is good).

use super::Delta;
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use fluent_langneg::{LanguageIdentifier, NegotiationStrategy, negotiate_languages};
use std::collections::HashMap;
use std::convert::Infallible;
use std::future::Future;
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::{Semaphore, broadcast};
use tokio_stream::{Stream, StreamExt, wrappers::BroadcastStream};

/// How long a client may take to send a request's headers, counted from the moment the
/// connection waits for a request: a first request, or the next one on a kept-alive connection.
/// A client that trickles its headers, or holds a connection open and sends nothing, is cut off
/// then and gives its socket back. Browsers open a new connection when an idle one is closed.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(5);

/// The most connections served at once; further clients wait in the listen queue until one
/// closes. Idle connections last at most [`HEADER_READ_TIMEOUT`], so the queue moves. Kept
/// under a quarter of the process's file limit, so that connections never take the descriptors
/// a rebuild needs to read the content.
pub const MAX_CONNECTIONS: usize = 256;

/// How long a stop waits for open connections (the live-reload streams end at once).
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

/// The number of connections served at once: [`MAX_CONNECTIONS`], or a quarter of the file
/// descriptor limit when that is lower.
pub fn connection_limit() -> usize {
    let files = rustix::process::getrlimit(rustix::process::Resource::Nofile)
        .current
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(usize::MAX);
    MAX_CONNECTIONS.min(files / 4).max(1)
}

/// Serve `router` on `listener` until `stop` completes: HTTP/1.1 by hyper, with its header-read
/// timeout ([`HEADER_READ_TIMEOUT`]) and at most [`connection_limit`] connections at once. An
/// accept that fails (out of file descriptors) is retried after a pause, never fatal.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: Router,
    stop: impl Future<Output = ()>,
) {
    let limit = Arc::new(Semaphore::new(connection_limit()));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&limit).acquire_owned() => permit,
            () = &mut stop => break,
        };
        let Ok(permit) = permit else { break };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut stop => break,
        };
        let Ok((stream, _)) = accepted else {
            tokio::time::sleep(Duration::from_millis(100)).await;
            continue;
        };
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        let connection = hyper::server::conn::http1::Builder::new()
            .timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(HEADER_READ_TIMEOUT)
            .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(permit);
        });
    }
    let _ = tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown()).await;
}

/// The live-reload script, served at `/__locdoc/live.js` and referenced only while serving.
pub const LIVE_JS: &str = include_str!("live.js");

/// The tag injected before `</body>` of HTML responses.
const INJECT: &str = "<script src=\"/__locdoc/live.js\"></script>";

/// More changed paths than this reload every open page.
const MAX_LISTED: usize = 2000;

/// What open browsers are told.
#[derive(Debug, Clone)]
pub enum Event {
    /// These output paths changed (`None`: every page).
    Reload(Option<Arc<Vec<String>>>),
    /// The current build errors as text (empty: none).
    Errors(Arc<str>),
    /// The server is stopping: end the stream.
    Shutdown,
}

/// What is served now.
#[derive(Debug, Default)]
struct Store {
    files: HashMap<String, Arc<[u8]>>,
    errors: String,
    locales: Vec<String>,
}

/// The served site, shared between the rebuild loop and the server.
#[derive(Clone)]
pub struct Live {
    store: Arc<RwLock<Store>>,
    events: broadcast::Sender<Event>,
    source_locale: Arc<str>,
}

impl Live {
    /// An empty site; `source_locale` is where `/` goes when nothing in `Accept-Language` is built.
    pub fn new(source_locale: &str) -> Live {
        let (events, _) = broadcast::channel(64);
        Live {
            store: Arc::default(),
            events,
            source_locale: source_locale.into(),
        }
    }

    /// Apply a rebuild: replace and remove its files, set the errors (`errors_text`), and tell
    /// open browsers (the changed paths, then the errors).
    pub fn apply(&self, delta: Delta, errors_text: String) {
        let mut changed: Vec<String> = delta.files.keys().cloned().collect();
        changed.extend(delta.removed.iter().cloned());
        {
            let mut store = self.store.write().unwrap_or_else(|e| e.into_inner());
            for (path, bytes) in delta.files {
                store.files.insert(path, bytes.into());
            }
            for path in &delta.removed {
                store.files.remove(path);
            }
            if !delta.locales.is_empty() {
                store.locales = delta.locales;
            }
            store.errors.clone_from(&errors_text);
        }
        // No receiver (no open browser) is not an error.
        let _ = self.events.send(Event::Errors(errors_text.into()));
        if !changed.is_empty() {
            let paths = (changed.len() <= MAX_LISTED).then(|| Arc::new(changed));
            let _ = self.events.send(Event::Reload(paths));
        }
    }

    /// End every event stream (so a graceful shutdown does not wait for open browsers).
    pub fn shutdown(&self) {
        let _ = self.events.send(Event::Shutdown);
    }

    /// The current errors as text.
    pub fn errors(&self) -> String {
        self.store
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .errors
            .clone()
    }

    /// The file served at site path `path`, if any.
    pub fn file(&self, path: &str) -> Option<Arc<[u8]>> {
        self.store
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .files
            .get(path)
            .cloned()
    }

    /// The HTTP routes, behind [`guard`].
    pub fn router(&self) -> Router {
        Router::new()
            .route("/__locdoc/events", get(events))
            .route("/__locdoc/errors", get(errors))
            .route("/__locdoc/live.js", get(live_js))
            .fallback(get(page))
            .with_state(self.clone())
            .layer(axum::middleware::from_fn(guard))
    }

    fn redirect_root(&self, headers: &HeaderMap) -> Option<String> {
        let locales = self
            .store
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .locales
            .clone();
        let accept = headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        best_locale(accept, &locales, &self.source_locale)
    }
}

/// What every response says about how a browser may use it: no type sniffing, no framing by
/// another site, and scripts, styles and fetches from this server only (the site's own assets
/// and the live-reload script; images may come from anywhere, as in the published site).
const SECURITY_HEADERS: [(header::HeaderName, &str); 3] = [
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::X_FRAME_OPTIONS, "DENY"),
    (
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src * data:; media-src *; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    ),
];

/// Refuse requests for a host name other than `localhost` (a page on another site whose name was
/// rebound to 127.0.0.1 would otherwise read the preview: DNS rebinding), and give every answer
/// the [`SECURITY_HEADERS`]. IP addresses are accepted whatever they are: rebinding needs a name.
async fn guard(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .map(|h| h.to_str().unwrap_or("\u{fffd}").to_owned());
    let mut response = match host {
        Some(host) if !is_local_host(&host) => (
            StatusCode::MISDIRECTED_REQUEST,
            "locdoc serve answers only to localhost and IP addresses\n",
        )
            .into_response(),
        _ => next.run(request).await,
    };
    for (name, value) in SECURITY_HEADERS {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
    response
}

/// Whether a `Host` header names this machine by address or as `localhost`.
pub fn is_local_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        // `[::1]:1111`
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, port)| {
            if port.bytes().all(|b| b.is_ascii_digit()) {
                name
            } else {
                host
            }
        }),
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost" || name.ends_with(".localhost") || name.parse::<std::net::IpAddr>().is_ok()
}

/// The built locale (of `locales`) that best matches an `Accept-Language` value, else
/// `source_locale` when built, else the first built locale; `None` when nothing is built.
pub fn best_locale(accept: &str, locales: &[String], source_locale: &str) -> Option<String> {
    let requested = fluent_langneg::accepted_languages::parse(accept);
    let available: Vec<(usize, LanguageIdentifier)> = locales
        .iter()
        .enumerate()
        .filter_map(|(i, l)| l.parse::<LanguageIdentifier>().ok().map(|id| (i, id)))
        .collect();
    let ids: Vec<LanguageIdentifier> = available.iter().map(|(_, id)| id.clone()).collect();
    let chosen = negotiate_languages(&requested, &ids, None, NegotiationStrategy::Lookup);
    if let Some(first) = chosen.first()
        && let Some(position) = ids.iter().position(|id| id == *first)
        && let Some((i, _)) = available.get(position)
    {
        return locales.get(*i).cloned();
    }
    locales
        .iter()
        .find(|l| l.eq_ignore_ascii_case(source_locale))
        .or(locales.first())
        .cloned()
}

/// Where a request path leads.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// This site path (relative to the output folder).
    File(String),
    /// A folder asked without its slash: redirect to this URL path.
    Slash(String),
    /// `/`: negotiate the language.
    Root,
    /// Refused or absent.
    NotFound,
}

/// Resolve a raw (still percent-encoded) URL path against the files `exists` knows.
pub fn resolve(raw: &str, exists: impl Fn(&str) -> bool) -> Resolved {
    if raw == "/" {
        return Resolved::Root;
    }
    let lower = raw.to_ascii_lowercase();
    if lower.contains("%2f") || lower.contains("%5c") || !raw.starts_with('/') {
        return Resolved::NotFound;
    }
    let Ok(decoded) = percent_encoding::percent_decode_str(raw).decode_utf8() else {
        return Resolved::NotFound;
    };
    if decoded.contains("..") || decoded.contains('\\') || decoded.contains('\0') {
        return Resolved::NotFound;
    }
    let rel = &decoded[1..];
    if rel.starts_with('/') || rel.contains("//") || rel.split('/').any(|s| s == ".") {
        return Resolved::NotFound;
    }
    let path = if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_owned()
    };
    if exists(&path) {
        Resolved::File(path)
    } else if !rel.ends_with('/') && exists(&format!("{rel}/index.html")) {
        Resolved::Slash(format!("{raw}/"))
    } else {
        Resolved::NotFound
    }
}

/// The content type of a site path, by extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "xml" => "application/xml; charset=utf-8",
        "json" => "application/json",
        "txt" | "md" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// `html` with the live-reload script before its last `</body>` (or at the end).
pub fn inject(html: &[u8]) -> Vec<u8> {
    let at = memchr::memmem::rfind(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + INJECT.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(INJECT.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn respond(status: StatusCode, path: &str, bytes: &[u8]) -> Response {
    let kind = content_type(path);
    let body = if kind.starts_with("text/html") {
        Body::from(inject(bytes))
    } else {
        Body::from(bytes.to_vec())
    };
    (
        status,
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(kind)),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        body,
    )
        .into_response()
}

async fn page(State(live): State<Live>, uri: Uri, headers: HeaderMap) -> Response {
    match resolve(uri.path(), |p| live.file(p).is_some()) {
        Resolved::Root => match live.redirect_root(&headers) {
            Some(locale) => {
                let to = format!("/{}/", crate::render::url::encode_segment(&locale));
                (
                    StatusCode::FOUND,
                    [
                        (header::LOCATION, to),
                        (header::VARY, "Accept-Language".to_owned()),
                    ],
                )
                    .into_response()
            }
            None => not_found(&live),
        },
        Resolved::Slash(to) => {
            (StatusCode::MOVED_PERMANENTLY, [(header::LOCATION, to)]).into_response()
        }
        Resolved::File(path) => match live.file(&path) {
            Some(bytes) => respond(StatusCode::OK, &path, &bytes),
            None => not_found(&live),
        },
        Resolved::NotFound => not_found(&live),
    }
}

fn not_found(live: &Live) -> Response {
    match live.file("404.html") {
        Some(bytes) => respond(StatusCode::NOT_FOUND, "404.html", &bytes),
        None => (StatusCode::NOT_FOUND, "not found\n").into_response(),
    }
}

async fn errors(State(live): State<Live>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        live.errors(),
    )
        .into_response()
}

async fn live_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        LIVE_JS,
    )
        .into_response()
}

/// The event stream: the current errors first, then every rebuild until shutdown.
async fn events(State(live): State<Live>) -> Sse<impl Stream<Item = Result<SseEvent, Infallible>>> {
    let first = Event::Errors(live.errors().into());
    let stream = tokio_stream::once(first)
        .chain(BroadcastStream::new(live.events.subscribe()).filter_map(Result::ok))
        .take_while(|e| !matches!(e, Event::Shutdown))
        .map(|e| Ok(to_sse(&e)));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

fn to_sse(event: &Event) -> SseEvent {
    match event {
        Event::Reload(paths) => {
            let data = match paths {
                Some(paths) => serde_json::to_string(paths.as_ref()),
                None => serde_json::to_string("*"),
            };
            SseEvent::default()
                .event("reload")
                .data(data.unwrap_or_else(|_| "\"*\"".to_owned()))
        }
        Event::Errors(text) => SseEvent::default()
            .event("errors")
            .data(serde_json::to_string(text.as_ref()).unwrap_or_default()),
        Event::Shutdown => SseEvent::default().event("shutdown").data(""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(path: &str) -> bool {
        matches!(
            path,
            "index.html" | "ro-RO/index.html" | "ro-RO/close-your-account/index.html" | "404.html"
        )
    }

    #[test]
    fn only_local_names_and_addresses_are_served() {
        for host in [
            "localhost",
            "localhost:1111",
            "LOCALHOST.:80",
            "app.localhost:1",
            "127.0.0.1:1111",
            "[::1]:1111",
            "192.168.1.5:8000",
        ] {
            assert!(is_local_host(host), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "",
        ] {
            assert!(!is_local_host(host), "{host}");
        }
    }

    #[test]
    fn files_and_folders() {
        assert_eq!(resolve("/", site), Resolved::Root);
        assert_eq!(
            resolve("/ro-RO/close-your-account/", site),
            Resolved::File("ro-RO/close-your-account/index.html".into())
        );
        assert_eq!(
            resolve("/ro-RO/close-your-account", site),
            Resolved::Slash("/ro-RO/close-your-account/".into())
        );
        assert_eq!(
            resolve("/%72o-RO/", site),
            Resolved::File("ro-RO/index.html".into())
        );
        assert_eq!(resolve("/fr-FR/", site), Resolved::NotFound);
    }

    #[test]
    fn paths_that_leave_or_smuggle_are_refused() {
        for raw in [
            "/../Cargo.toml",
            "/ro-RO/../404.html",
            "/%2e%2e/",
            "/%2E%2E/Cargo.toml",
            "/ro-RO%2Fclose-your-account/",
            "/ro-RO%2fclose-your-account/",
            "/ro-RO%5cindex.html",
            "/ro-RO\\index.html",
            "/ro-RO/%00",
            "/./index.html",
            "//etc/passwd",
            "/%ff/",
            "relative",
        ] {
            assert_eq!(resolve(raw, |_| true), Resolved::NotFound, "{raw}");
        }
    }

    #[test]
    fn accept_language_picks_a_built_locale() {
        let locales: Vec<String> = ["en-US", "it-IT", "ro-RO"].map(String::from).to_vec();
        assert_eq!(
            best_locale("it", &locales, "en-US").as_deref(),
            Some("it-IT")
        );
        assert_eq!(
            best_locale("fr-FR,ro;q=0.8,en;q=0.5", &locales, "en-US").as_deref(),
            Some("ro-RO")
        );
        assert_eq!(
            best_locale("ja-JP", &locales, "en-US").as_deref(),
            Some("en-US")
        );
        assert_eq!(best_locale("", &locales, "en-US").as_deref(), Some("en-US"));
        assert_eq!(best_locale("it", &[], "en-US"), None);
    }

    #[test]
    fn script_goes_before_the_last_body_end() {
        let html = b"<html><body><p>x</p></body></html>";
        let out = String::from_utf8(inject(html)).unwrap_or_default();
        assert_eq!(
            out,
            "<html><body><p>x</p><script src=\"/__locdoc/live.js\"></script></body></html>"
        );
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("sitemap.xml"),
            "application/xml; charset=utf-8"
        );
        assert_eq!(content_type("x.PNG"), "image/png");
        assert_eq!(content_type("LICENSE"), "application/octet-stream");
    }
}
