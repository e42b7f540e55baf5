//! `loket serve`: builds the site into a temporary folder, serves it over HTTP on loopback
//! (axum with tower-http's `ServeDir`), rebuilds what changed when files change (`watch`,
//! then `Site::apply`), reloads open browsers over Server-Sent Events, and shows the findings of
//! a failed rebuild as an overlay over the last good pages (`overlay`). The port is taken
//! before anything is built (`listen`). Only the responses of `serve` get the reload script;
//! the files themselves are those of a real build. Every word it shows is the editor's
//! language (`messages/<lang>/serve.ftl`).

pub mod listen;
pub mod overlay;
pub mod watch;

use crate::diagnostics::{Diagnostic, Diagnostics, Position, Severity};
use crate::messages::{Messages, Text};
use crate::publish::output::LiveOutput;
use crate::rules::Rule;
use crate::serve::overlay::Overlay;
use crate::serve::watch::{Change, Watcher};
use crate::site::{Plan, Site, SiteOptions, Update};
use crate::text;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode, Uri};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use futures_util::Stream;
use std::convert::Infallible;
use std::io::Write;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tower_http::services::ServeDir;

const RELOAD_JS: &str = include_str!("reload.js");
const OVERLAY_CSS: &str = include_str!("overlay.css");
/// Pages larger than this are served without the reload script.
const MAX_INJECTED: usize = 64 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub root: PathBuf,
    /// `--port`; `None`: the default port, or the next free one when it is busy.
    pub port: Option<u16>,
    pub bind: IpAddr,
    pub drafts: bool,
    /// The editor's language: of the terminal's lines, the overlay and the status page.
    pub messages: Messages,
}

/// What the HTTP side knows of the latest rebuild.
#[derive(Debug, Clone)]
pub struct Status {
    /// Changes with every rebuild; a browser showing another one reloads.
    pub generation: u64,
    /// The overlay of the latest rebuild when it failed; the last good files are served
    /// meanwhile.
    pub failed: Option<Arc<Overlay>>,
    /// Whether a build has ever succeeded: without one there is no page to lay the overlay
    /// over, and every page is the overlay's own.
    pub built: bool,
}

/// The status report (`/__loket/status`) of the build of one generation; `html` is `None`
/// until a site has loaded.
#[derive(Debug, Clone, Default)]
pub struct StatusPage {
    pub generation: u64,
    pub html: Option<Arc<String>>,
}

/// Runs `loket serve` until Ctrl-C. Exit status 1 when the site folder, the output folder,
/// the watcher or the address cannot be used (errors in the site are shown, not fatal).
pub fn run(options: ServeOptions) -> ExitCode {
    let messages = options.messages;
    match serve(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("{}", messages.format(&why));
            ExitCode::from(1)
        }
    }
}

fn serve(options: ServeOptions) -> Result<(), Text> {
    let messages = options.messages;
    // Watched paths come back canonical; the site's paths must compare equal to them.
    let root = crate::sitefs::canonicalize(&options.root)
        .map_err(|err| text!("serve-cannot-open-site", folder = &options.root, error = err.to_string()))?;
    // The port before the build: a busy one must not cost a build to find out.
    let listening = listen::listen(options.bind, options.port, listen::DEFAULT_PORT)?;
    if let Some(busy) = listening.instead_of {
        let port = listening.listener.local_addr().map_or(0, |a| a.port());
        println!("{}", messages.format(&text!("serve-port-switched", busy = busy, port = port)));
    }
    let cannot_start = |err: std::io::Error| text!("serve-cannot-start", error = err.to_string());
    listening.listener.set_nonblocking(true).map_err(cannot_start)?;
    let out = tempfile::Builder::new()
        .prefix("loket-serve-")
        .tempdir()
        .map_err(|err| text!("serve-cannot-make-folder", error = err.to_string()))?;
    let site_options = SiteOptions { drafts: options.drafts, ..SiteOptions::new(root.clone()) };
    let mut preview = Preview::new(site_options, LiveOutput::new(out.path())).speaking(messages);
    let started = Instant::now();
    let first = preview.apply(&[Change::Settings]);
    report(&first, started, true, messages);
    let generation = SystemTime::now().duration_since(UNIX_EPOCH).map_or(1, |d| d.as_millis() as u64);
    let built = matches!(first, Outcome::Built { .. });
    let (status, status_rx) =
        tokio::sync::watch::channel(Status { generation, failed: preview.overlay(&first), built });
    let (status_page, status_page_rx) = tokio::sync::watch::channel(StatusPage::default());

    let (changes_tx, changes) = mpsc::channel();
    // Shutting down: the rebuild thread is woken by an empty batch and stops before the served
    // folder is removed (a rebuild still running would write it again, and leave it behind).
    let wake = changes_tx.clone();
    let stopping = Arc::new(AtomicBool::new(false));
    let watcher = Watcher::start(&root, changes_tx)
        .map_err(|err| text!("serve-cannot-watch", folder = &root, error = err.to_string()))?;

    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().map_err(cannot_start)?;
    let gate = Arc::new(tokio::sync::RwLock::new(()));
    let announcer = Announcer { gate: gate.clone(), status, status_page };
    // Rebuilds run on their own thread: rendering is CPU work (rayon), not async.
    let stop = stopping.clone();
    let rebuilds = std::thread::spawn(move || preview.run(changes, watcher, announcer, &stop));
    let dir = Arc::new(out.path().to_path_buf());
    let served = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listening.listener).map_err(cannot_start)?;
        let address = listener.local_addr().map_err(cannot_start)?;
        let url = format!("http://{}/", listen::address(address.ip(), address.port()));
        println!("{}", messages.format(&text!("serve-listening", root = &root, url = url)));
        let _ = std::io::stdout().flush();

        let (shutdown_tx, shutdown) = tokio::sync::watch::channel(false);
        let state = AppState {
            dir,
            gate,
            status: status_rx,
            status_page: status_page_rx,
            shutdown,
            bind: options.bind,
            messages,
        };
        accept(listener, router(state), shutdown_signal(shutdown_tx, messages)).await;
        Ok(())
    });
    stopping.store(true, Ordering::SeqCst);
    let _ = wake.send(Vec::new());
    // A rebuild that was running finishes first; a panic in it has been printed already.
    let _ = rebuilds.join();
    drop(out);
    if served.is_ok() {
        println!("{}", messages.get("serve-stopped"));
    }
    // File reads still running on the blocking pool are not worth waiting for.
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
    served
}

/// How long a client may take to send a request's headers: a client that sends a few bytes
/// a minute (slowloris) holds a connection this long, not for ever.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// Serves connections until `stop` completes, then lets open ones finish (for at most a
/// second; open event streams end themselves on shutdown). Hyper directly rather than
/// `axum::serve`, which cannot set a header-read timeout.
async fn accept(listener: tokio::net::TcpListener, app: Router, stop: impl std::future::Future<Output = ()>) {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(hyper_util::rt::TokioTimer::new()).header_read_timeout(HEADER_READ_TIMEOUT);
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    tokio::pin!(stop);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Out of file descriptors and the like: wait for connections to close.
                Err(_) => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stop => break,
        };
        let service = hyper_util::service::TowerToHyperService::new(app.clone());
        let connection = graceful.watch(http.serve_connection(hyper_util::rt::TokioIo::new(stream), service));
        tokio::spawn(async move {
            let _ = connection.await;
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(1), graceful.shutdown()).await;
}

/// The outcome of one rebuild.
#[derive(Debug)]
pub enum Outcome {
    Built { routes: usize, written: usize },
    Failed(Diagnostics),
}

impl Outcome {
    /// The findings of a failed rebuild, sorted.
    pub fn failed(&self) -> Option<Arc<Vec<Diagnostic>>> {
        match self {
            Outcome::Built { .. } => None,
            Outcome::Failed(findings) => Some(Arc::new(findings.sorted().into_iter().cloned().collect())),
        }
    }
}

/// The preview: owns the site in memory and the served folder, and applies each batch of
/// changes (`serve` feeds it the watcher's batches; tests feed it their own).
pub struct Preview {
    options: SiteOptions,
    output: LiveOutput,
    /// `None` until a full load succeeds (then every change loads everything again).
    site: Option<Site>,
    /// Where `serve` learns of each rebuild; see `Announcer`.
    announcer: Option<Announcer>,
    /// The editor's language, of the overlay and the status page.
    messages: Messages,
}

/// Tells the HTTP side of a rebuild. Files are committed and the status changed under the
/// write lock of `gate`, and requests read a file and the status under its read lock, so a
/// page is never served with the status of another build (an old page as if fixed).
struct Announcer {
    gate: Arc<tokio::sync::RwLock<()>>,
    status: tokio::sync::watch::Sender<Status>,
    /// The status report, made after each rebuild is announced (so that it never delays a
    /// reload) and tagged with the generation it belongs to.
    status_page: tokio::sync::watch::Sender<StatusPage>,
}

impl Preview {
    pub fn new(options: SiteOptions, output: LiveOutput) -> Preview {
        Preview { options, output, site: None, announcer: None, messages: Messages::default() }
    }

    /// The preview, speaking the editor's language (English unless told).
    pub fn speaking(self, messages: Messages) -> Preview {
        Preview { messages, ..self }
    }

    /// The overlay of a failed rebuild, made once: its cards read the lines they show.
    pub fn overlay(&self, outcome: &Outcome) -> Option<Arc<Overlay>> {
        let findings = outcome.failed()?;
        Some(Arc::new(Overlay::new(&findings, &self.options.root, self.messages)))
    }

    fn announce(&self, outcome: &Outcome) {
        if let Some(announcer) = &self.announcer {
            let failed = self.overlay(outcome);
            let built = matches!(outcome, Outcome::Built { .. });
            announcer.status.send_modify(|s| {
                s.generation += 1;
                s.failed = failed;
                s.built |= built;
            });
        }
    }

    /// Rebuilds on each batch of changes until `stopping` is set (and an empty batch sent
    /// to wake it); the watcher stops with it.
    fn run(
        mut self,
        changes: mpsc::Receiver<Vec<Change>>,
        mut watcher: Watcher,
        announcer: Announcer,
        stopping: &AtomicBool,
    ) {
        self.announcer = Some(announcer);
        self.refresh_status_page();
        while let Ok(mut batch) = changes.recv() {
            // Whatever else arrived meanwhile joins this rebuild.
            while let Ok(more) = changes.try_recv() {
                batch.extend(more);
            }
            if stopping.load(Ordering::SeqCst) {
                break;
            }
            let started = Instant::now();
            if batch.contains(&Change::Theme) || batch.contains(&Change::Settings) {
                if let Err(err) = watcher.watch_folders() {
                    eprintln!("{}", self.messages.format(&text!("serve-cannot-watch-new", error = err.to_string())));
                }
            }
            let outcome = self.apply(&batch);
            report(&outcome, started, false, self.messages);
            self.refresh_status_page();
        }
    }

    /// The status report of the site as it is now (the last loaded one when a reload failed),
    /// for the generation just announced.
    fn refresh_status_page(&mut self) {
        let html = self.status_html().map(Arc::new);
        let Some(announcer) = &self.announcer else { return };
        let generation = announcer.status.borrow().generation;
        announcer.status_page.send_modify(|page| {
            page.generation = generation;
            if html.is_some() {
                page.html = html;
            }
        });
    }

    /// The HTML status report of the loaded site (from what its checks already found: no
    /// page is read or measured again).
    pub fn status_html(&self) -> Option<String> {
        let site = self.site.as_ref()?;
        let status = crate::status::compute(site, crate::status::today(), &site.findings().all());
        let links = crate::status::html::Links { preview: String::new(), site_root: Some(site.root().to_path_buf()) };
        let m = &self.messages;
        // Only a site's own `templates/loket/status.html` can fail: its findings, escaped.
        Some(crate::status::html::render(&status, &links, site.templates(), *m).unwrap_or_else(|found| {
            let items: String = found
                .iter()
                .map(|d| format!("<li><pre>{}</pre></li>", crate::escape::html(&finding_line(d, *m))))
                .collect();
            format!(
                "<!DOCTYPE html><html lang=\"{lang}\"><title>{title}</title><h1>{title}</h1><p>{why}</p><ul>{items}</ul></html>",
                lang = m.lang().code(),
                title = crate::escape::html(&m.get("serve-status-none")),
                why = crate::escape::html(&m.get("serve-status-template-failed")),
            )
        }))
    }

    /// Applies changes to the site in memory and writes the files its plan names, or nothing
    /// when the site now has errors (the plan's files stay unwritten until they are fixed).
    pub fn apply(&mut self, changes: &[Change]) -> Outcome {
        let updated = match self.site.take() {
            Some(site) => site.apply(Update::Files(changes)),
            None => Site::load(&self.options).and_then(|site| site.apply(Update::Files(&[]))),
        };
        let (site, plan) = match updated {
            Ok(updated) => updated,
            Err(findings) => {
                let outcome = Outcome::Failed(findings);
                self.announce(&outcome);
                return outcome;
            }
        };
        let (site, outcome) = self.write(site, plan);
        self.site = site;
        outcome
    }

    fn write(&self, site: Site, plan: Plan) -> (Option<Site>, Outcome) {
        let _gate = self.announcer.as_ref().map(|a| a.gate.blocking_write());
        let (site, outcome) = self.commit(site, plan);
        self.announce(&outcome);
        (site, outcome)
    }

    /// Renders and writes the plan's files, and hands their receipt back to the site (`None`
    /// only if the site could not take it: the next change loads everything again).
    fn commit(&self, site: Site, plan: Plan) -> (Option<Site>, Outcome) {
        if site.findings().content_has_errors() {
            let outcome = Outcome::Failed(site.findings().all());
            return (Some(site), outcome);
        }
        self.output.discard();
        let receipt = site.render(&plan.render, Some(&self.output));
        // Nothing is written while any file failed: the plan's files stay unpublished.
        let committed = if receipt.has_errors() {
            self.output.discard();
            None
        } else {
            for path in &plan.remove {
                self.output.remove(path.as_str());
            }
            Some(self.output.commit(plan.complete))
        };
        let routes = plan.render.len();
        let receipt = match committed {
            Some(Ok(_)) => receipt.published(plan),
            _ => receipt,
        };
        let site = match site.apply(Update::Receipt(receipt)) {
            Ok((site, _)) => site,
            Err(findings) => return (None, Outcome::Failed(findings)),
        };
        let outcome = match committed {
            None => Outcome::Failed(site.findings().all()),
            Some(Ok(written)) => Outcome::Built { routes, written },
            Some(Err(err)) => {
                let mut findings = Diagnostics::new();
                findings.push(Diagnostic::error(
                    Rule::Output,
                    "(preview)",
                    Position::START,
                    text!("serve-cannot-write", error = err.to_string()),
                ));
                Outcome::Failed(findings)
            }
        };
        (Some(site), outcome)
    }
}

/// One line per rebuild in the terminal; the findings of a failed one, each with its hint.
fn report(outcome: &Outcome, started: Instant, first: bool, messages: Messages) {
    let mut ms = format!("{:.1}", started.elapsed().as_secs_f64() * 1000.0);
    if messages.lang() == crate::messages::EditorLang::Nl {
        // A decimal comma in Dutch.
        ms = ms.replace('.', ",");
    }
    match outcome {
        Outcome::Built { routes, written } => {
            let line = if first {
                text!("serve-built", ms = ms, routes = *routes, written = *written)
            } else {
                text!("serve-rebuilt", ms = ms, routes = *routes, written = *written)
            };
            println!("{}", messages.format(&line));
        }
        Outcome::Failed(findings) => {
            for finding in findings.sorted() {
                eprintln!("{}", finding_line(finding, messages));
            }
            eprintln!("{}", messages.format(&text!("serve-failed", count = findings.error_count())));
        }
    }
    let _ = std::io::stdout().flush();
}

/// A finding in the terminal, in the editor's language: `file:line:column: Error
/// [rule]: message`, and its hint on the next line.
fn finding_line(finding: &Diagnostic, messages: Messages) -> String {
    let severity = match finding.severity {
        Severity::Error => messages.get("serve-overlay-error"),
        Severity::Warning => messages.get("serve-overlay-warning"),
    };
    let mut line = format!(
        "{}:{}:{}: {severity} [{}]: {}",
        crate::diagnostics::shown(&finding.file),
        finding.position.line,
        finding.position.column,
        finding.rule,
        messages.format(&finding.message)
    );
    if let Some(hint) = &finding.hint {
        line.push_str(&format!("\n  {} {}", messages.get("serve-overlay-hint"), messages.format(hint)));
    }
    line
}

/// Ctrl-C (or SIGTERM) ends the server: open event streams close, then it stops.
async fn shutdown_signal(shutdown: tokio::sync::watch::Sender<bool>, messages: Messages) {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    println!("{}", messages.get("serve-stopping"));
    let _ = shutdown.send(true);
}

#[derive(Clone)]
struct AppState {
    dir: Arc<PathBuf>,
    /// Held for reading while a request reads a file and the status (see `Announcer`).
    gate: Arc<tokio::sync::RwLock<()>>,
    status: tokio::sync::watch::Receiver<Status>,
    status_page: tokio::sync::watch::Receiver<StatusPage>,
    shutdown: tokio::sync::watch::Receiver<bool>,
    /// The address of `--bind`: also a host name this preview answers to.
    bind: IpAddr,
    /// The editor's language, of the preview's own answers.
    messages: Messages,
}

fn router(state: AppState) -> Router {
    let files = ServeDir::new(state.dir.as_ref()).append_index_html_on_directories(true);
    Router::new()
        .route(
            "/__loket/reload.js",
            get(|| async { ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8")], RELOAD_JS) }),
        )
        .route(
            "/__loket/overlay.css",
            get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], OVERLAY_CSS) }),
        )
        .route("/__loket/events", get(events))
        .route("/__loket/status", get(status_page))
        .fallback_service(files)
        .layer(middleware::from_fn_with_state(state.clone(), site_responses))
        .with_state(state)
}

/// Around every request: refuses paths that could leave the output folder, answers missing
/// pages with the site's own 404 page, turns off caching and conditional requests (a cached
/// page would carry an old generation and reload forever), and adds the reload script (and
/// the errors overlay) to HTML.
async fn site_responses(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    // An absolute URI in the request line names the host; else the one Host header does.
    let hosts: Vec<&HeaderValue> = request.headers().get_all(header::HOST).iter().collect();
    let host = match (request.uri().authority(), hosts.as_slice()) {
        (Some(authority), _) => Some(authority.as_str().to_string()),
        (None, [one]) => one.to_str().ok().map(str::to_string),
        (None, _) => None,
    };
    let m = state.messages;
    if !host.is_some_and(|host| is_allowed_host(&host, state.bind)) {
        return (StatusCode::FORBIDDEN, format!("{}\n", m.get("serve-http-forbidden"))).into_response();
    }
    let path = request.uri().path().to_string();
    if !is_safe_path(&path) {
        return (StatusCode::BAD_REQUEST, format!("{}\n", m.get("serve-http-bad-path"))).into_response();
    }
    let head = request.method() == Method::HEAD;
    if !path.starts_with("/__loket/") {
        let status = state.status.borrow().clone();
        if let (Some(overlay), false) = (&status.failed, status.built) {
            // Nothing was ever built: every page is the overlay's own.
            return errors_page(overlay, &status, head);
        }
    }
    if !fits_file_system(&path) {
        // No file can have that name; the file service would answer 500.
        return finish(not_found(&state.dir, &path, m).await, &state, head).await;
    }
    // No rebuild commits while the file and the status are read (see `Announcer`).
    let _gate = state.gate.read().await;
    for conditional in [header::IF_MODIFIED_SINCE, header::IF_NONE_MATCH, header::IF_RANGE, header::RANGE] {
        request.headers_mut().remove(conditional);
    }
    let mut response = next.run(request).await;
    if response.status() == StatusCode::NOT_FOUND && !path.starts_with("/__loket/") {
        response = not_found(&state.dir, &path, m).await;
    }
    finish(response, &state, head).await
}

/// The policy of the errors page: its style sheet and reload script come from the preview,
/// and nothing else is loaded or run.
const ERRORS_PAGE_CSP: &str =
    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/// The overlay as a page of its own (503: there is no site to show yet), under a strict
/// Content-Security-Policy.
fn errors_page(overlay: &Overlay, status: &Status, head: bool) -> Response {
    let html = overlay.page(&reload_script(status.generation));
    let headers = [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
        (header::CONTENT_SECURITY_POLICY, ERRORS_PAGE_CSP),
    ];
    let body = if head { String::new() } else { html };
    (StatusCode::SERVICE_UNAVAILABLE, headers, body).into_response()
}

fn reload_script(generation: u64) -> String {
    format!("<script src=\"/__loket/reload.js?generation={generation}\" defer></script>")
}

/// No caching, and the reload script (and the overlay) in HTML.
async fn finish(mut response: Response, state: &AppState, head: bool) -> Response {
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_INJECTED).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, format!("{}\n", state.messages.get("serve-http-unreadable")))
            .into_response();
    };
    let status = state.status.borrow().clone();
    let html = inject(&String::from_utf8_lossy(&bytes), &status);
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.remove(header::LAST_MODIFIED);
    if head {
        return Response::from_parts(parts, Body::empty());
    }
    Response::from_parts(parts, Body::from(html))
}

/// `/__loket/status`: the status report of the generation this request sees (it waits the
/// moment the report takes after a rebuild, at most a few seconds).
async fn status_page(State(state): State<AppState>) -> Response {
    let generation = state.status.borrow().generation;
    let mut pages = state.status_page.clone();
    let html = match tokio::time::timeout(STATUS_PAGE_WAIT, pages.wait_for(|p| p.generation >= generation)).await {
        Ok(Ok(page)) => page.html.clone(),
        // Not made in time (a very large site): the last one made.
        _ => state.status_page.borrow().html.clone(),
    };
    let m = state.messages;
    match html {
        Some(html) => ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html.as_str().to_owned()).into_response(),
        None => (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            format!(
                "<!DOCTYPE html><html lang=\"{lang}\"><title>{title}</title><h1>{title}</h1><p>{why}</p></html>",
                lang = m.lang().code(),
                title = crate::escape::html(&m.get("serve-status-none")),
                why = crate::escape::html(&m.get("serve-status-none-why")),
            ),
        )
            .into_response(),
    }
}

/// How long `/__loket/status` waits for the report of the latest rebuild.
const STATUS_PAGE_WAIT: Duration = Duration::from_secs(5);

/// The language's own 404 page for `/<lang>/...`, else the root one, else a page of loket's.
async fn not_found(dir: &Path, path: &str, messages: Messages) -> Response {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let mut candidates = Vec::new();
    if !first.is_empty() && first.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        candidates.push(dir.join(first).join("404.html"));
    }
    candidates.push(dir.join("404.html"));
    for candidate in candidates {
        if let Ok(page) = tokio::fs::read(&candidate).await {
            return (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response();
        }
    }
    let title = crate::escape::html(&messages.get("serve-http-not-found"));
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        format!(
            "<!DOCTYPE html><html lang=\"{}\"><title>{title}</title><h1>{title}</h1></html>",
            messages.lang().code()
        ),
    )
        .into_response()
}

/// A request path stays inside the output: no `.` or `..` segment, also when encoded, no
/// encoded `/`, no backslash and no NUL. ServeDir refuses `..` too; this also refuses the
/// encoded variants before any file is looked at.
pub fn is_safe_path(raw: &str) -> bool {
    let lower = raw.to_ascii_lowercase();
    if raw.contains('\\') || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") {
        return false;
    }
    let Some(decoded) = percent_decode(raw) else { return false };
    if decoded.contains('\\') || decoded.contains('\0') {
        return false;
    }
    raw.starts_with('/') && !decoded.split('/').any(|segment| segment == ".." || segment == ".")
}

/// Whether each segment of a (safe) path is short enough to be a file name (255 bytes on
/// common file systems) and the whole path short enough to be opened.
fn fits_file_system(raw: &str) -> bool {
    percent_decode(raw).is_some_and(|path| path.len() <= 4096 && path.split('/').all(|segment| segment.len() <= 255))
}

/// Whether a request's host (`Host` header or absolute URI, with or without a port) is
/// one this preview answers to: loopback names and addresses, and the address of `--bind`
/// (any address when bound to all interfaces). Anything else could be a web page reading
/// the preview through DNS rebinding (its own name, made to resolve to 127.0.0.1); a
/// literal address cannot be rebound.
pub fn is_allowed_host(host: &str, bind: IpAddr) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((inside, port)) if is_port(port) => inside,
            _ => return false,
        },
        None => match host.rsplit_once(':') {
            Some((name, port)) if is_port(&format!(":{port}")) => name,
            Some(_) => return false,
            None => host,
        },
    };
    if name.eq_ignore_ascii_case("localhost") || name.eq_ignore_ascii_case("localhost.") {
        return true;
    }
    let Ok(ip) = name.parse::<IpAddr>() else { return false };
    ip.to_canonical().is_loopback() || ip == bind || bind.is_unspecified()
}

/// Empty, or `:` and a port number.
fn is_port(text: &str) -> bool {
    text.is_empty() || text.strip_prefix(':').is_some_and(|port| port.parse::<u16>().is_ok())
}

/// `%xx` escapes decoded; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Adds the reload script to the page's `<head>` and, after a failed rebuild, the errors
/// overlay at the start of its `<body>`.
pub fn inject(html: &str, status: &Status) -> String {
    let mut head = reload_script(status.generation);
    let mut overlay = String::new();
    if let Some(failed) = &status.failed {
        head.push_str(&format!("<link rel=\"stylesheet\" href=\"{}\">", overlay::STYLESHEET));
        overlay = failed.panel();
    }
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len() + head.len() + overlay.len());
    let head_at = lower.find("</head>");
    let body_at = lower.find("<body").and_then(|start| lower[start..].find('>').map(|end| start + end + 1));
    match (head_at, body_at) {
        (Some(h), Some(b)) if h < b => {
            out.push_str(&html[..h]);
            out.push_str(&head);
            out.push_str(&html[h..b]);
            out.push_str(&overlay);
            out.push_str(&html[b..]);
        }
        _ => {
            out.push_str(&head);
            out.push_str(&overlay);
            out.push_str(html);
        }
    }
    out
}

/// `/__loket/events?since=N`: an event stream that sends `reload` whenever the generation
/// differs from the one the page was served with (at once, if a rebuild happened while the
/// page loaded), and ends when the server stops.
async fn events(State(state): State<AppState>, uri: Uri) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let since: Option<u64> = uri
        .query()
        .and_then(|q| q.split('&').find_map(|pair| pair.strip_prefix("since=")))
        .and_then(|v| v.parse().ok());
    let start = (state.status, state.shutdown, since);
    let stream = futures_util::stream::unfold(start, |(mut status, mut shutdown, mut since)| async move {
        loop {
            let current = status.borrow_and_update().generation;
            match since {
                Some(seen) if seen != current => {
                    let event = Event::default().event("reload").data(current.to_string());
                    return Some((Ok(event), (status, shutdown, Some(current))));
                }
                None => since = Some(current),
                Some(_) => {}
            }
            if *shutdown.borrow_and_update() {
                return None;
            }
            tokio::select! {
                changed = status.changed() => if changed.is_err() { return None; },
                _ = shutdown.changed() => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_could_leave_the_output_are_refused() {
        for bad in [
            "/../etc/passwd",
            "/nl/../../x",
            "/%2e%2e/x",
            "/%2E%2E/x",
            "/.%2e/x",
            "/nl/%2f..%2fx",
            "/nl/..%5cx",
            "/nl\\..\\x",
            "/nl/./x",
            "/x%00.html",
            "/%zz",
            "/%c0%ae%c0%ae/x",
        ] {
            assert!(!is_safe_path(bad), "{bad}");
        }
        for good in ["/", "/nl/", "/nl/asiel/index.html", "/css/loket.css", "/nl/caf%C3%A9/", "/a..b/"] {
            assert!(is_safe_path(good), "{good}");
        }
    }

    #[test]
    fn only_loopback_hosts_unless_bound_elsewhere() {
        let loopback: IpAddr = "127.0.0.1".parse().unwrap();
        for good in ["localhost", "LOCALHOST:1111", "127.0.0.1", "127.0.0.1:8080", "127.1.2.3:1", "[::1]", "[::1]:1111"]
        {
            assert!(is_allowed_host(good, loopback), "{good}");
        }
        for bad in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.evil.example",
            "192.168.1.5:1111",
            "[::1",
            "[::1]x",
            "127.0.0.1:",
            "127.0.0.1:99999",
            "",
            "0x7f.1",
            "2130706433",
        ] {
            assert!(!is_allowed_host(bad, loopback), "{bad}");
        }
        let lan: IpAddr = "192.168.1.5".parse().unwrap();
        assert!(is_allowed_host("192.168.1.5:1111", lan));
        assert!(!is_allowed_host("192.168.1.6:1111", lan));
        assert!(!is_allowed_host("evil.example", lan));
        let all: IpAddr = "0.0.0.0".parse().unwrap();
        assert!(is_allowed_host("10.0.0.7:1111", all));
        assert!(!is_allowed_host("evil.example:1111", all));
    }

    #[test]
    fn long_segments_are_no_files() {
        assert!(fits_file_system(&format!("/{}/", "a".repeat(255))));
        assert!(!fits_file_system(&format!("/{}/", "a".repeat(256))));
        assert!(!fits_file_system(&format!("/{}", "a/".repeat(3000))));
    }

    #[test]
    fn the_script_goes_in_the_head_and_the_overlay_opens_the_body() {
        let page = "<!DOCTYPE html><html><head><title>x</title></head><body class=\"a\"><p>Old text</p></body></html>";
        let ok = inject(page, &Status { generation: 7, failed: None, built: true });
        assert!(ok.contains("<script src=\"/__loket/reload.js?generation=7\" defer></script></head>"));
        assert!(!ok.contains("loket-overlay"));
        let finding = Diagnostic::error(
            Rule::FrontMatter,
            "content/nl/<a>.md",
            Position::new(3, 1),
            text!("serve-cannot-write", error = "<b>"),
        )
        .with_hint(text!("serve-cannot-write", error = "&amp;"));
        let overlay = Overlay::new(&[finding], Path::new("/nonexistent"), Messages::default());
        let failed = inject(page, &Status { generation: 8, failed: Some(Arc::new(overlay)), built: true });
        assert!(failed.contains("<body class=\"a\"><section id=\"loket-overlay\""), "{failed}");
        assert!(failed.contains("The preview cannot be written: &lt;b&gt;"), "{failed}");
        assert!(failed.contains("content/nl/&lt;a&gt;.md, line 3"), "{failed}");
        assert!(failed.contains("The preview cannot be written: &amp;amp;"), "{failed}");
        assert!(failed.contains("<p>Old text</p>"), "the last good page stays underneath");
        assert!(!failed.contains("<script>"), "no inline script");
    }
}
