//! `loket serve` from the outside: a real process on 127.0.0.1 port 0, plain HTTP over a
//! `TcpStream`, files edited on disk. Waits poll with generous timeouts (file-watch events
//! and rebuilds take milliseconds, but CI machines are shared), so nothing here is timed.

mod common;

use common::copy_fixture;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(10);
const PAGE: &str = "/nl/diensten/procedure/stap-een/";
const SOURCE: &str = "content/nl/diensten/procedure/stap-een.md";

/// A running `loket serve`; killed when dropped.
struct Server {
    child: Child,
    port: u16,
    /// Lines of its standard output after the address.
    stdout: mpsc::Receiver<String>,
    /// The lines of its standard output before the address.
    before: Vec<String>,
}

impl Server {
    fn start(root: &Path) -> Server {
        Server::start_with(root, &["--port", "0"])
    }

    fn start_with(root: &Path, args: &[&str]) -> Server {
        Server::start_in(root, args, &std::env::temp_dir())
    }

    /// `serve` with `tmp` as its temporary folder (where it builds the site it serves).
    fn start_in(root: &Path, args: &[&str], tmp: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_loket"))
            .env("TMPDIR", tmp)
            .arg("serve")
            .args(args)
            .arg("--root")
            .arg(root)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start loket serve");
        let stdout = child.stdout.take().expect("stdout");
        let (lines_tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines_tx.send(line).is_err() {
                    break;
                }
            }
        });
        // Owned from here on, so that a failed start still kills and waits for the process.
        let mut server = Server { child, port: 0, stdout: lines, before: Vec::new() };
        let deadline = Instant::now() + PATIENCE * 3;
        loop {
            let line = server
                .stdout
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .expect("serve prints the address it listens on");
            if let Some(address) = line.split(" http://127.0.0.1:").nth(1) {
                server.port = address.split('/').next().and_then(|p| p.parse().ok()).expect("port");
                return server;
            }
            server.before.push(line);
        }
    }

    fn get(&self, path: &str) -> Response {
        request(self.port, &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"))
    }

    /// Polls `path` until `done` holds for its response.
    fn wait_for(&self, path: &str, what: &str, done: impl Fn(&Response) -> bool) -> Response {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let response = self.get(path);
            if done(&response) {
                return response;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}; last response:\n{}", response.body);
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    head: String,
    body: String,
}

impl Response {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim().to_string())
        })
    }

    /// The generation the page was served with, from its reload script.
    fn generation(&self) -> String {
        let start = self.body.find("reload.js?generation=").expect("reload script") + "reload.js?generation=".len();
        self.body[start..].chars().take_while(char::is_ascii_digit).collect()
    }
}

/// Sends `raw` as it is (no client normalises the path) and reads the whole response.
fn request(port: u16, raw: &str) -> Response {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    stream.write_all(raw.as_bytes()).expect("send");
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes).expect("read");
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body =
        if head.to_ascii_lowercase().contains("transfer-encoding: chunked") { unchunk(body) } else { body.into() };
    Response { status, head: head.to_string(), body }
}

fn unchunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { break };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

/// Rewrites a file the way editors that save by rename do: a new file moved over the old.
fn save(root: &Path, file: &str, text: &str) {
    let path = root.join(file);
    let temporary = path.with_file_name(".loket-test-save.tmp");
    std::fs::write(&temporary, text).expect("write");
    std::fs::rename(&temporary, &path).expect("rename");
}

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(root.join(file)).expect("read");
    assert!(text.contains(from), "{from} not in {file}");
    save(root, file, &text.replacen(from, to, 1));
}

/// Reads an event stream until a `reload` event arrives.
fn wait_for_reload(stream: &mut BufReader<TcpStream>) {
    let deadline = Instant::now() + PATIENCE;
    let mut line = String::new();
    while Instant::now() < deadline {
        line.clear();
        match stream.read_line(&mut line) {
            Ok(0) => panic!("the event stream ended"),
            Ok(_) if line.trim() == "event: reload" => return,
            Ok(_) => {}
            Err(err) => panic!("no reload event: {err}"),
        }
    }
    panic!("no reload event within {PATIENCE:?}");
}

fn open_events(port: u16, since: &str) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    write!(stream, "GET /__loket/events?since={since} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").expect("send");
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).expect("status line");
    assert!(line.starts_with("HTTP/1.1 200"), "{line}");
    reader
}

#[test]
fn pages_get_the_reload_script_files_their_types_and_missing_pages_the_site_404() {
    let site = copy_fixture("valid/basic");
    let server = Server::start(site.path());

    let page = server.get(PAGE);
    assert_eq!(page.status, 200);
    assert!(page.header("content-type").is_some_and(|t| t.starts_with("text/html")), "{}", page.head);
    assert!(page.body.contains("<script src=\"/__loket/reload.js?generation="), "{}", page.body);
    assert!(!page.body.contains("loket-overlay"));
    assert_eq!(page.header("cache-control").as_deref(), Some("no-store"));

    let css = server.get("/css/loket.css");
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").is_some_and(|t| t.starts_with("text/css")), "{}", css.head);
    assert!(!css.body.contains("reload.js"));
    let svg = server.get("/img/logo.svg");
    assert!(svg.header("content-type").is_some_and(|t| t.starts_with("image/svg+xml")), "{}", svg.head);

    let script = server.get("/__loket/reload.js");
    assert!(script.header("content-type").is_some_and(|t| t.contains("javascript")));
    assert!(script.body.contains("EventSource"));

    let missing = server.get("/en/no-such-page/");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<html lang=\"en\" dir=\"ltr\">"), "the English 404 page: {}", missing.body);
    let missing = server.get("/no-such-file.txt");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<!DOCTYPE html>"));

    // The files themselves are those of a real build: no script in them.
    let built = common::build_at(site.path(), |_| {}).expect("build");
    let file = built.read("nl/diensten/procedure/stap-een/index.html");
    assert!(!file.contains("reload.js"));
    // The only script element is the JSON-LD data block, which browsers never run.
    assert_eq!(file.matches("<script").count(), file.matches("<script type=\"application/ld+json\">").count());
}

#[test]
fn an_edit_is_served_and_browsers_are_told_to_reload() {
    let site = copy_fixture("valid/basic");
    let server = Server::start(site.path());
    let before = server.get(PAGE);
    let mut events = open_events(server.port, &before.generation());

    edit(site.path(), SOURCE, "Tekst met", "Een zin die er net bij kwam. Tekst met");
    let after = server.wait_for(PAGE, "the new text", |r| r.body.contains("Een zin die er net bij kwam."));
    assert_ne!(after.generation(), before.generation());
    wait_for_reload(&mut events);

    // A browser that connects with an old generation reloads at once.
    let mut late = open_events(server.port, &before.generation());
    wait_for_reload(&mut late);
    let line = server.stdout.recv_timeout(PATIENCE).expect("a line per rebuild");
    assert!(line.starts_with("Rebuilt in "), "{line}");
}

#[test]
fn a_title_edit_updates_the_pages_that_show_it() {
    let site = copy_fixture("valid/basic");
    let server = Server::start(site.path());
    edit(site.path(), SOURCE, "title: Stap één", "title: Stap nummer één");
    server.wait_for(PAGE, "the new title", |r| r.body.contains("<h1>Stap nummer één</h1>"));
    // The section lists it in its cards; the English translation's switcher does not
    // name it (it is exact), but the section must show the new title.
    server.wait_for("/nl/diensten/procedure/", "the card", |r| r.body.contains("Stap nummer één"));
}

#[test]
fn a_broken_edit_shows_the_overlay_over_the_last_good_page_until_it_is_fixed() {
    let site = copy_fixture("valid/basic");
    let server = Server::start(site.path());
    let original = std::fs::read_to_string(site.path().join(SOURCE)).expect("read");
    edit(site.path(), SOURCE, "description:", "descripton:");
    let broken = server.wait_for(PAGE, "the overlay", |r| r.body.contains("id=\"loket-overlay\""));
    assert!(broken.body.contains("Tekst met"), "the last good page is still served: {}", broken.body);
    assert!(broken.body.contains(&format!("{SOURCE}, line ")), "file and line: {}", broken.body);
    assert!(broken.body.contains("descripton"), "{}", broken.body);
    assert!(broken.body.contains("<link rel=\"stylesheet\" href=\"/__loket/overlay.css\">"));
    // Other pages show it too, and still serve their last good version.
    let other = server.get("/en/");
    assert_eq!(other.status, 200);
    assert!(other.body.contains("id=\"loket-overlay\""));

    let mut events = open_events(server.port, &broken.generation());
    save(site.path(), SOURCE, &original.replacen("Tekst met", "Hersteld. Tekst met", 1));
    let fixed = server.wait_for(PAGE, "the fixed page", |r| !r.body.contains("loket-overlay"));
    assert!(fixed.body.contains("Hersteld."), "{}", fixed.body);
    wait_for_reload(&mut events);
}

#[test]
fn new_deleted_and_renamed_pages_and_folders_are_picked_up() {
    let site = copy_fixture("valid/basic");
    let server = Server::start(site.path());
    let root = site.path();
    std::fs::create_dir_all(root.join("content/nl/nieuws/2026")).expect("mkdir");
    std::fs::write(
        root.join("content/nl/nieuws/2026/_index.md"),
        "---\ntitle: Nieuws 2026\ndescription: Het nieuws van 2026.\n---\n",
    )
    .expect("write");
    std::fs::write(
        root.join("content/nl/nieuws/2026/opening.md"),
        "---\ntitle: Opening\ndescription: Het loket opent.\n---\nWij zijn open.\n",
    )
    .expect("write");
    server
        .wait_for("/nl/nieuws/2026/opening/", "the new page", |r| r.status == 200 && r.body.contains("Wij zijn open."));
    server.wait_for("/nl/nieuws/2026/", "the new section's card", |r| r.body.contains("Opening"));

    std::fs::rename(root.join("content/nl/nieuws/2026"), root.join("content/nl/nieuws/archief")).expect("rename");
    server.wait_for("/nl/nieuws/archief/opening/", "the moved page", |r| r.status == 200);
    server.wait_for("/nl/nieuws/2026/opening/", "the old address gone", |r| r.status == 404);

    std::fs::remove_file(root.join("content/nl/nieuws/archief/opening.md")).expect("remove");
    server.wait_for("/nl/nieuws/archief/opening/", "the deleted page gone", |r| r.status == 404);
    // Editor swap files change nothing.
    std::fs::write(root.join("content/nl/.contact.md.swp"), "binary junk").expect("write");
    std::fs::write(root.join("content/nl/4913"), "").expect("write");
    let page = server.get("/nl/contact/");
    assert!(!page.body.contains("loket-overlay"));
}

#[test]
fn requests_cannot_leave_the_output_folder() {
    let site = copy_fixture("valid/basic");
    let server = Server::start(site.path());
    for path in [
        "/../site.yaml",
        "/nl/../../site.yaml",
        "/%2e%2e/site.yaml",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/nl/..%2f..%2fsite.yaml",
        "/nl/%2f..%2f..%2fetc/passwd",
        "/..%5c..%5csite.yaml",
        "/..\\..\\site.yaml",
        "/.%2e/.%2e/etc/passwd",
    ] {
        let response =
            request(server.port, &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        assert!(response.status == 400 || response.status == 404, "{path}: {}", response.head);
        assert!(!response.body.contains("base_url") && !response.body.contains("root:"), "{path} leaked a file");
    }
}

#[test]
fn ctrl_c_stops_the_server_cleanly_with_a_browser_connected() {
    let site = copy_fixture("valid/basic");
    let mut server = Server::start(site.path());
    let page = server.get(PAGE);
    let _events = open_events(server.port, &page.generation());
    let status = Command::new("kill").args(["-INT", &server.child.id().to_string()]).status().expect("kill");
    assert!(status.success());
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(exit) = server.child.try_wait().expect("wait") {
            assert!(exit.success(), "{exit:?}");
            break;
        }
        assert!(Instant::now() < deadline, "serve did not stop after Ctrl-C");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(TcpStream::connect(("127.0.0.1", server.port)).is_err(), "nothing listens any more");
}

/// SIGTERM while files keep changing (issue 25): the rebuilds stop before the served folder
/// is removed, so no rebuild writes it again after; it used to be left behind in three runs
/// of five.
#[test]
fn sigterm_while_files_change_leaves_no_temporary_folder() {
    let site = copy_fixture("valid/basic");
    for run in 0..5 {
        let tmp = tempfile::tempdir().unwrap();
        let mut server = Server::start_in(site.path(), &["--port", "0"], tmp.path());
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let toucher = {
            let (root, stop) = (site.path().to_path_buf(), stop.clone());
            let original = std::fs::read_to_string(root.join("content/nl/contact.md")).unwrap();
            std::thread::spawn(move || {
                let mut i = 0;
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    i += 1;
                    save(&root, "content/nl/contact.md", &format!("{original}\nTekst {i}.\n"));
                    std::thread::sleep(Duration::from_millis(3));
                }
            })
        };
        std::thread::sleep(Duration::from_millis(300 + 70 * run));
        let status = Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status().expect("kill");
        assert!(status.success());
        let deadline = Instant::now() + PATIENCE * 3;
        let exit = loop {
            if let Some(exit) = server.child.try_wait().expect("wait") {
                break exit;
            }
            assert!(Instant::now() < deadline, "run {run}: serve did not stop after SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        };
        // Whatever a rebuild still running would write comes within moments.
        std::thread::sleep(Duration::from_millis(300));
        stop.store(true, std::sync::atomic::Ordering::SeqCst);
        toucher.join().unwrap();
        assert!(exit.success(), "run {run}: {exit:?}");
        let left: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert!(left.is_empty(), "run {run}: left behind in the temporary folder: {left:?}");
    }
}

/// A string that exists only in a file beside the site (never in the output): no response
/// may contain it.
const OUTSIDE_SECRET: &str = "OUTSIDE-SECRET-5f0c2a9e";

/// Sends raw bytes and reads what comes back, tolerating a server that closes or resets
/// the connection (status 0 then).
fn raw(port: u16, bytes: &[u8]) -> (u16, String) {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else { return (0, String::new()) };
    let _ = stream.set_read_timeout(Some(PATIENCE));
    let _ = stream.write_all(bytes);
    let mut out = Vec::new();
    let _ = stream.read_to_end(&mut out);
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, text)
}

fn plant_secrets(site: &Path) {
    std::fs::write(site.join("secret.txt"), OUTSIDE_SECRET).expect("write");
}

fn assert_no_leak(what: &str, text: &str) {
    assert!(
        !text.contains(OUTSIDE_SECRET) && !text.contains("base_url") && !text.contains("root:x:0:0"),
        "{what} answered with a file from outside the output:\n{text}"
    );
}

#[test]
fn hostile_requests_get_a_page_or_a_refusal_never_a_file_from_outside() {
    let site = copy_fixture("valid/basic");
    plant_secrets(site.path());
    let server = Server::start(site.path());
    let port = server.port;
    let get = |target: &str, host: &str| format!("GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    let long_segment = format!("/nl/{}/", "a".repeat(300));
    let deep = format!("/{}", "a/".repeat(3000));
    let huge = format!("/{}", "b".repeat(200_000));
    // (request, the statuses that are right for it)
    let cases: Vec<(String, &[u16])> = vec![
        (get("/%252e%252e/secret.txt", "127.0.0.1"), &[404]),
        (get("/%252e%252e/%252e%252e/etc/passwd", "127.0.0.1"), &[404]),
        (get("/%c0%ae%c0%ae/secret.txt", "127.0.0.1"), &[400]),
        (get("/%e0%80%ae%e0%80%ae/secret.txt", "127.0.0.1"), &[400]),
        (get("/..%c0%afsecret.txt", "127.0.0.1"), &[400]),
        (get("/nl/..\\..\\secret.txt", "127.0.0.1"), &[400]),
        (get("/%5c..%5csecret.txt", "127.0.0.1"), &[400]),
        (get("//secret.txt", "127.0.0.1"), &[400, 404]),
        (get("/nl//../../secret.txt", "127.0.0.1"), &[400]),
        (get("/nl/%00/secret.txt", "127.0.0.1"), &[400]),
        (get("/index.html/x", "127.0.0.1"), &[404]),
        (get(&long_segment, "127.0.0.1"), &[404]),
        (get(&deep, "127.0.0.1"), &[404]),
        (get(&huge, "127.0.0.1"), &[0, 400, 404, 414, 431]),
        (get("/nl/", "evil.example"), &[403]),
        (get("/nl/", "127.0.0.1.evil.example"), &[403]),
        (get("/nl/", &format!("localhost:{port}")), &[200]),
        (get("/nl/", &format!("[::1]:{port}")), &[200]),
        (get("http://evil.example/nl/", "127.0.0.1"), &[403]),
        (get(&format!("http://127.0.0.1:{port}/nl/"), "127.0.0.1"), &[200]),
        (get("http://127.0.0.1/../secret.txt", "127.0.0.1"), &[400, 404]),
        ("GET /nl/ HTTP/1.0\r\n\r\n".to_string(), &[403]),
        ("GET /nl/\0 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".to_string(), &[0, 400]),
        ("GET /nl/ HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".to_string(), &[403]),
        ("POST /nl/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_string(), &[405]),
        (
            "PUT /nl/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx".to_string(),
            &[405],
        ),
        ("DELETE /nl/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".to_string(), &[405]),
        ("OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".to_string(), &[400, 405]),
        ("TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".to_string(), &[405]),
        ("BREW /nl/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".to_string(), &[405]),
        ("POST /__loket/events HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".to_string(), &[405]),
        ("CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n".to_string(), &[0, 400, 403, 405]),
        ("GET /nl/ HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n".to_string(), &[0, 400, 505]),
        ("\u{1}\u{2}garbage\r\n\r\n".to_string(), &[0, 400]),
    ];
    for (request, allowed) in &cases {
        let (status, text) = raw(port, request.as_bytes());
        let shown: String = request.chars().take(120).collect();
        assert!(allowed.contains(&status), "{shown:?}: got {status}, expected one of {allowed:?}\n{text:.400}");
        assert_no_leak(&shown, &text);
        if status == 404 {
            assert!(text.contains("<!DOCTYPE html>"), "{shown:?}: the 404 page, not an empty body");
        }
        if status == 403 {
            assert!(text.contains("answers only to localhost"), "{shown:?}: a short reason");
        }
    }
    // The server is still there and serving.
    assert_eq!(server.get(PAGE).status, 200);
}

#[test]
fn slow_clients_and_hundreds_of_event_streams_while_files_change_break_nothing() {
    const STREAMS: usize = 300;
    const SLOW: usize = 40;
    let site = copy_fixture("valid/basic");
    plant_secrets(site.path());
    let server = Server::start(site.path());
    let port = server.port;
    let generation = server.get(PAGE).generation();

    // Slowloris: connections that send part of a request and then nothing.
    let opened = Instant::now();
    let mut slow: Vec<TcpStream> = (0..SLOW)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
            stream.write_all(b"GET /nl/ HTTP/1.1\r\nHost: 127.").expect("send");
            stream
        })
        .collect();
    let mut streams: Vec<BufReader<TcpStream>> = (0..STREAMS).map(|_| open_events(port, &generation)).collect();

    // Meanwhile an editor edits, renames, deletes and restores pages.
    let root = site.path().to_path_buf();
    let editor = std::thread::spawn(move || {
        let original = std::fs::read_to_string(root.join(SOURCE)).expect("read");
        for round in 0..12 {
            save(&root, SOURCE, &original.replacen("Tekst met", &format!("Ronde {round}. Tekst met"), 1));
            let extra = root.join(format!("content/nl/nieuws/ronde-{round}.md"));
            std::fs::write(&extra, "---\ntitle: Ronde\ndescription: Een ronde.\n---\nTekst.\n").expect("write");
            let moved = root.join(format!("content/nl/nieuws/verplaatst-{round}.md"));
            std::fs::rename(&extra, &moved).expect("rename");
            if round % 2 == 0 {
                std::fs::remove_file(&moved).expect("remove");
            }
            std::thread::sleep(Duration::from_millis(150));
        }
    });
    // Every page served meanwhile is whole, and nothing from outside comes back.
    let mut served = 0;
    while !editor.is_finished() {
        for path in [PAGE, "/nl/", "/en/", "/nl/nieuws/", "/../secret.txt", "/%2e%2e/secret.txt", "/sitemap.xml"] {
            let response = server.get(path);
            assert_no_leak(path, &response.body);
            if response.status == 200 && response.header("content-type").is_some_and(|t| t.starts_with("text/html")) {
                assert!(
                    response.body.trim_end().ends_with("</html>"),
                    "{path}: a half-written page:\n{}",
                    response.body
                );
                served += 1;
            }
        }
    }
    editor.join().expect("editor");
    assert!(served > 0);
    // Every event stream heard about the rebuilds.
    for stream in &mut streams {
        wait_for_reload(stream);
    }
    // A normal request still gets through at once.
    assert_eq!(server.get(PAGE).status, 200);
    // The slow clients are cut off after the header-read timeout (10 s).
    let wait = Duration::from_secs(12).saturating_sub(opened.elapsed());
    std::thread::sleep(wait);
    for stream in &mut slow {
        stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
        let mut rest = Vec::new();
        // Closed (maybe after a 408): the read ends instead of timing out.
        let ended = match stream.read_to_end(&mut rest) {
            Ok(_) => true,
            Err(err) => err.kind() == std::io::ErrorKind::ConnectionReset,
        };
        assert!(ended, "a slow client still holds its connection after the header-read timeout");
    }
    assert_eq!(server.get(PAGE).status, 200, "still serving");
}

/// `/__loket/status` shows the status report of the latest rebuild: a new untranslated page
/// is counted as soon as the rebuild that added it is served.
#[test]
fn the_status_report_follows_every_rebuild() {
    let site = copy_fixture("status");
    let server = Server::start(site.path());
    let first = server.wait_for("/__loket/status", "the status report", |r| r.status == 200);
    assert!(first.body.contains("<h1>Site status</h1>"), "{}", first.body);
    assert!(first.body.contains("<dt>Untranslated</dt><dd>2</dd>"), "{}", first.body);
    assert!(
        first.body.contains("<a href=\"/en/services/apply/\" lang=\"en\">Apply</a>"),
        "preview links: {}",
        first.body
    );
    std::fs::write(
        site.path().join("content/nl/diensten/nieuw.md"),
        "---\ntitle: Nieuw\ndescription: Nieuw\n---\nNieuw.\n",
    )
    .unwrap();
    server.wait_for("/nl/diensten/nieuw/", "the new page", |r| r.status == 200);
    let after = server.get("/__loket/status");
    assert!(after.body.contains("<dt>Untranslated</dt><dd>3</dd>"), "{}", after.body);
    assert!(after.body.contains("content/nl/diensten/nieuw.md"), "{}", after.body);
}

/// `--port` names a port another program uses: `serve` stops before building, and names a
/// free port to try.
#[test]
fn a_busy_port_asked_for_stops_serve_before_it_builds_and_names_a_free_one() {
    let held = std::net::TcpListener::bind(("127.0.0.1", 0)).expect("a port");
    let port = held.local_addr().expect("address").port();
    let site = copy_fixture("valid/basic");
    let started = Instant::now();
    let output = Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(site.path())
        .output()
        .expect("run loket serve");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stderr.starts_with(&format!("Port {port} is in use by another program. Nothing was built.")), "{stderr}");
    let free: u16 =
        stderr.trim_end().rsplit("loket serve --port ").next().and_then(|p| p.parse().ok()).expect("a port to try");
    assert_ne!(free, port);
    assert!(std::net::TcpListener::bind(("127.0.0.1", free)).is_ok(), "{free} is free");
    assert!(!stdout.contains("Built in") && stdout.trim().is_empty(), "nothing was built: {stdout}");
    assert!(started.elapsed() < PATIENCE, "it stops at once");
}

/// Without `--port`, a busy default port (1111) is no reason to stop: `serve` takes the next
/// free one and says so before it builds.
#[test]
fn without_a_port_asked_for_a_busy_default_port_gives_the_next_free_one() {
    // Held by this test, or already busy: either way 1111 is taken.
    let _held = std::net::TcpListener::bind(("127.0.0.1", 1111));
    let site = copy_fixture("valid/basic");
    let server = Server::start_with(site.path(), &[]);
    assert_ne!(server.port, 1111);
    assert!(server.port > 1111 && server.port < 1131, "{}", server.port);
    assert_eq!(
        server.before.first().map(String::as_str),
        Some(format!("Port 1111 is in use by another program, so the preview uses port {}.", server.port).as_str()),
        "said before the build: {:?}",
        server.before
    );
    assert!(server.before.get(1).is_some_and(|line| line.starts_with("Built in ")), "{:?}", server.before);
    assert_eq!(server.get(PAGE).status, 200);
}

/// A site that never built: every page is the overlay's own page (503), with the findings as
/// cards, the line itself with its tab shown, a strict policy and no inline style or script;
/// once fixed, the site is served.
#[test]
fn a_site_that_never_built_shows_the_errors_page_until_it_is_fixed() {
    let site = copy_fixture("valid/basic");
    let original = std::fs::read_to_string(site.path().join(SOURCE)).expect("read");
    let broken = original.replacen("Tekst met", "Zie\t[kapot](bestaat-niet.md). Tekst met", 1);
    std::fs::write(site.path().join(SOURCE), &broken).expect("write");
    let server = Server::start(site.path());
    for path in ["/", PAGE, "/no-such-page/"] {
        let page = server.get(path);
        assert_eq!(page.status, 503, "{path}: {}", page.head);
        assert!(page.body.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"), "{}", page.body);
        assert_eq!(page.body.matches("<h1").count(), 1);
        assert!(page.body.contains("<main id=\"loket-overlay\""), "{}", page.body);
        assert!(page.body.contains(&format!("{SOURCE}, line ")), "{}", page.body);
        assert!(page.body.contains("Zie<span class=\"loket-tab\">→</span>[kapot]"), "the tab, shown: {}", page.body);
        assert!(page.body.contains("→ stands for a tab."), "{}", page.body);
        assert!(page.body.contains("reload.js?generation="), "it reloads when fixed");
        assert!(!page.body.contains("<style") && !page.body.contains(" style=") && !page.body.contains("<script>"));
        let csp = page.header("content-security-policy").unwrap_or_default();
        assert!(csp.contains("default-src 'none'") && csp.contains("style-src 'self'"), "{csp}");
    }
    save(site.path(), SOURCE, &original);
    server.wait_for(PAGE, "the fixed page", |r| r.status == 200 && !r.body.contains("loket-overlay"));
}
