//! Fuzzing `loket build` with hostile sites: a mutational driver over the fixture sites and
//! the example site (each case runs the real binary under a time and memory bound), and
//! property tests of random front matter and Markdown through the library.
//!
//! Default (`cargo test`): a fixed seed and a modest number of cases, about a minute in a
//! debug build. By hand, for longer: `FUZZ_MINUTES=30 cargo test --release --test fuzz --
//! --nocapture` (also `FUZZ_SEED`, `FUZZ_CASES`). Each failing case is saved under
//! `target/fuzz-findings/` with a README naming its mutations and what went wrong.
//! `FUZZ_LOKET=/path/to/loket` runs another build of loket (say, a branch's) instead.
//! Findings of bugs that are being fixed elsewhere are listed in `KNOWN_UNFIXED` and do not
//! fail the run; `FUZZ_STRICT=1` makes them fail too.
//!
//! What every case must show: no panic; exit status 0, 1 or 2, with a message when not 0;
//! on exit 1 the previous output untouched; a repeat build byte-identical; in every HTML
//! (and SVG) file no `<script>` but loket's own and JSON-LD data blocks, no `on*=`
//! attribute, no `javascript:`/`vbscript:`/`data:text/html` URL; every XML and JSON file and
//! JSON-LD block parses; a secret planted beside the site never shows up in the output, on
//! stdout or on stderr. The site's own theme (`static/`, `templates/`) is code the site
//! owner reviews, so it may bring script; content, `site.yaml` and translations may not.
//!
//! Pictures (issue 24): the driver also plants raster images made here (JPEG, PNG, GIF;
//! cut short, bytes changed, headers claiming 100,000×100,000 pixels, 5,000 frames, SVG or
//! HTML named `.jpg`, a photo with EXIF and a GPS position) beside pages and in `static/`,
//! shown as Markdown images, the page image or a `figure`. Then also: no output image holds
//! the planted EXIF or PNG text (`GPS_MARKER`), no output `.jpg` is markup, and a hostile
//! picture shown by a page stops the build with an `image` finding.
//! `every_kind_of_picture_builds_safely_or_is_refused` tries each kind once and prints a
//! line each (`-- --nocapture`).

// Each case runs under `ulimit -v` and plants symbolic links and named pipes: the suite runs
// where those exist (Linux, where CI runs it, and macOS), not on Windows.
#![cfg(unix)]

mod common;

use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Planted in files outside the site folder; it must never come back.
const SECRET: &str = "LOKET-FUZZ-SECRET-9b3f61";
/// A build that takes longer is a hang.
const CASE_TIMEOUT: Duration = Duration::from_secs(10);
/// Address space for one build (`ulimit -v`, KiB): an alias bomb must not take the machine.
const MEMORY_KIB: u64 = 4 * 1024 * 1024;
const DEFAULT_CASES: u64 = 100;
const DEFAULT_SEED: u64 = 9;
/// Saved reproducers per kind of finding (the rest are counted).
const SAVED_PER_KIND: usize = 3;

/// What a case can do wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Panic,
    Timeout,
    /// Killed by a signal, or an exit status other than 0, 1 and 2.
    BadExit,
    /// A non-zero exit with nothing on stderr.
    NoMessage,
    /// Exit 1, and the previous output changed.
    WroteOnFailure,
    /// Two builds of the same site differ.
    NotDeterministic,
    /// A case made only to be refused (an SVG with script next to pages) that did not exit 1
    /// with its finding.
    NotRefused,
    Script,
    EventHandler,
    ScriptUrl,
    BadXml,
    BadJson,
    /// The secret from outside the site in the output, on stdout or on stderr.
    Leak,
    /// A line of `_redirects` or the nginx map that is not "site path to site path".
    Redirect,
    /// An output image that still holds the EXIF or text planted in its source (a GPS
    /// position, in a real photo).
    ImageMetadata,
    /// An output file named as a raster image that is markup (SVG or HTML with script),
    /// outside the site's own `static/`.
    DisguisedImage,
}

/// What a mutation touched; a finding is "known" when its kind and one of its case's tags
/// are listed in `KNOWN_UNFIXED`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Tag {
    FrontMatter,
    ControlCharacters,
    YamlTags,
    AliasBomb,
    DeepNesting,
    /// Thousands of refused elements on one line: thousands of findings there.
    FindingsOnOneLine,
    Encoding,
    Markdown,
    HeadingAttributes,
    RawHtml,
    FileName,
    SymlinkInside,
    SymlinkOutside,
    SpecialFile,
    Template,
    Fluent,
    SiteYaml,
    Alias,
    Collision,
    SvgAsset,
    Bytes,
    /// A raster image planted beside a page or in `static/` (issue 24).
    Image,
    /// ... holding EXIF with a GPS position, or the marker in a PNG text chunk.
    ImageGps,
    /// ... that no build may publish: a bomb, thousands of frames, markup named `.jpg`.
    ImageHostile,
}

/// Bugs that are being fixed on other branches right now (issue 9). A finding of one of
/// these kinds in a case with one of these tags is reported as "known" and does not fail
/// the run; every other finding does. Remove a line once its fix is merged, so that the
/// suite guards it from then on.
const KNOWN_UNFIXED: &[(Kind, Tag, &str)] = &[];

/// `FUZZ_STRICT=1` treats known findings as new: to try a branch with the fixes.
fn known_reason(kind: Kind, tags: &BTreeSet<Tag>) -> Option<&'static str> {
    if std::env::var_os("FUZZ_STRICT").is_some() {
        return None;
    }
    KNOWN_UNFIXED.iter().find(|(k, t, _)| *k == kind && tags.contains(t)).map(|(_, _, why)| *why)
}

#[derive(Debug, Clone)]
struct Finding {
    kind: Kind,
    detail: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.detail)
    }
}

// ---------------------------------------------------------------------------------------
// The sites to start from

struct Base {
    name: &'static str,
    /// Copied into each case.
    source: PathBuf,
    /// The output of the unchanged site (built once), the "previous output" of each case.
    built: tempfile::TempDir,
    /// Weight when choosing.
    weight: u32,
    /// The temporary copy `source` is in, if it is one (removed when dropped).
    _copy: Option<std::sync::Arc<tempfile::TempDir>>,
}

fn bases() -> Vec<Base> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut list = vec![
        ("valid/basic", common::fixture("valid/basic"), 6),
        ("warnings/missing-translation", common::fixture("warnings/missing-translation"), 1),
        ("warnings/table-header", common::fixture("warnings/table-header"), 1),
    ];
    // The example site: site.yaml, content/ and data/ of the repository (its theme is built in).
    let example = tempfile::tempdir().expect("temporary folder");
    for part in ["site.yaml", "content", "data"] {
        let from = repo.join(part);
        if from.is_dir() {
            common::copy_dir(&from, &example.path().join(part));
        } else {
            std::fs::copy(&from, example.path().join(part)).expect("copy site.yaml");
        }
    }
    let example_path = example.path().to_path_buf();
    let example = std::sync::Arc::new(example);
    list.push(("example", example_path, 2));
    list.into_iter()
        .map(|(name, source, weight)| {
            let copy = (name == "example").then(|| example.clone());
            base(name, source, weight, copy)
        })
        .collect()
}

/// A base site, built once.
fn base(name: &'static str, source: PathBuf, weight: u32, copy: Option<std::sync::Arc<tempfile::TempDir>>) -> Base {
    let built = tempfile::tempdir().expect("temporary folder");
    let run = run_build(&source, &built.path().join("public"), false);
    assert_eq!(run.status, Some(0), "the base site {name} must build:\n{}", run.stderr);
    // The checks must hold for loket's own output, or they prove nothing.
    let mut findings = Vec::new();
    check_output(&built.path().join("public"), &theme_outputs(&source), &mut findings);
    check_images(&built.path().join("public"), &theme_outputs(&source), &mut findings);
    assert!(findings.is_empty(), "the unchanged site {name}: {findings:?}");
    Base { name, source, built, weight, _copy: copy }
}

// ---------------------------------------------------------------------------------------
// Running the binary

struct Run {
    /// `None` when killed (by us after the timeout, or by a signal).
    status: Option<i32>,
    timed_out: bool,
    stdout: String,
    stderr: String,
    seconds: f64,
}

/// `loket build` under `ulimit -v` and a timeout; the search index only when asked (it is
/// slow in debug builds and reads only the HTML that is checked anyway).
fn run_build(root: &Path, out: &Path, search: bool) -> Run {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        .arg(format!("ulimit -v {MEMORY_KIB} && exec \"$0\" \"$@\""))
        .arg(std::env::var_os("FUZZ_LOKET").unwrap_or_else(|| env!("CARGO_BIN_EXE_loket").into()))
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(out);
    if !search {
        command.arg("--no-search");
    }
    let started = Instant::now();
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("NO_COLOR", "1")
        .spawn()
        .expect("start loket");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    // Read both pipes while waiting, so that a long report cannot block the child.
    let out_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let err_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        bytes
    });
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > CASE_TIMEOUT {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("wait");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    Run {
        status: status.code(),
        timed_out,
        stdout: text(out_reader.join().unwrap_or_default()),
        stderr: text(err_reader.join().unwrap_or_default()),
        seconds: started.elapsed().as_secs_f64(),
    }
}

// ---------------------------------------------------------------------------------------
// Checking a build

fn check_run(run: &Run, findings: &mut Vec<Finding>) {
    let mut add = |kind, detail: String| findings.push(Finding { kind, detail });
    if run.timed_out {
        add(Kind::Timeout, format!("still running after {CASE_TIMEOUT:?}"));
        return;
    }
    if run.stderr.contains("panicked") {
        add(Kind::Panic, first_lines(&run.stderr, 6));
    }
    match run.status {
        Some(0) => {}
        Some(1 | 2) if run.stderr.trim().is_empty() => add(Kind::NoMessage, "exit status without a message".into()),
        Some(1 | 2) => {}
        other => add(Kind::BadExit, format!("exit {other:?}: {}", first_lines(&run.stderr, 6))),
    }
    for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        if text.contains(SECRET) {
            add(Kind::Leak, format!("the secret on {stream}: {}", around(text, SECRET)));
        }
    }
}

/// Checks every file of a finished build. `theme` holds the output paths that come from
/// the site's own `static/` folder (its theme, which may bring script).
fn check_output(out: &Path, theme: &BTreeSet<String>, findings: &mut Vec<Finding>) {
    for entry in walkdir::WalkDir::new(out).sort_by_file_name().into_iter().filter_map(Result::ok) {
        let relative = entry.path().strip_prefix(out).unwrap_or(entry.path()).to_string_lossy().into_owned();
        if relative.contains(SECRET) {
            findings.push(Finding { kind: Kind::Leak, detail: format!("an output path: {relative}") });
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let Ok(bytes) = std::fs::read(entry.path()) else { continue };
        if memchr(&bytes, SECRET.as_bytes()) {
            findings.push(Finding { kind: Kind::Leak, detail: format!("the secret in {relative}") });
        }
        let extension = relative.rsplit('.').next().unwrap_or("").to_ascii_lowercase();
        match extension.as_str() {
            "html" | "htm" | "svg" | "xhtml" if !theme.contains(&relative) => {
                check_html(&relative, &String::from_utf8_lossy(&bytes), findings)
            }
            _ => {}
        }
        if relative == "_redirects" || relative == "loket-redirects.conf" {
            check_redirects(&relative, &String::from_utf8_lossy(&bytes), findings);
        }
        match extension.as_str() {
            "xml" => {
                let parsed = std::str::from_utf8(&bytes)
                    .map_err(|e| e.to_string())
                    .and_then(|text| roxmltree::Document::parse(text).map(|_| ()).map_err(|e| e.to_string()));
                if let Err(err) = parsed {
                    findings.push(Finding { kind: Kind::BadXml, detail: format!("{relative}: {err}") });
                }
            }
            "json" => {
                if let Err(err) = serde_json::from_slice::<serde_json::Value>(&bytes) {
                    findings.push(Finding { kind: Kind::BadJson, detail: format!("{relative}: {err}") });
                }
            }
            _ => {}
        }
    }
}

/// Every redirect goes from a path of the site to a path of the site: `_redirects` lines
/// are `FROM TO 301`; the nginx map's lines are `"FROM" "TO";`.
fn check_redirects(file: &str, text: &str, findings: &mut Vec<Finding>) {
    let site_path = |p: &str| p.starts_with('/') && !p.starts_with("//") && !p.chars().any(char::is_control);
    let nginx = file.ends_with(".conf");
    let mut in_map = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let fine = if !nginx {
            let fields: Vec<&str> = trimmed.split_whitespace().collect();
            matches!(fields.as_slice(), [from, to, "301"] if site_path(from) && site_path(to))
        } else if trimmed.starts_with("map ") && trimmed.ends_with('{') && !in_map {
            in_map = true;
            true
        } else if in_map && trimmed == "}" {
            in_map = false;
            true
        } else if in_map && trimmed == "default \"\";" {
            true
        } else {
            let quoted: Vec<&str> = trimmed.trim_end_matches(';').split('"').collect();
            in_map
                && trimmed.ends_with("\";")
                && matches!(quoted.as_slice(), ["", from, " ", to, ""] if site_path(from) && site_path(to))
        };
        if !fine {
            findings.push(Finding { kind: Kind::Redirect, detail: format!("{file}: {trimmed:.200}") });
        }
    }
}

fn memchr(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Attributes whose value is a URL a browser may follow or load.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "cite",
    "ping",
    "codebase",
    "srcset",
    "imagesrcset",
    "longdesc",
    "manifest",
    "lowsrc",
    "dynsrc",
];

/// The scripts loket's built-in theme loads (templates/search.html).
const OWN_SCRIPTS: &[&str] = &["/js/search.js"];

/// One HTML (or SVG) file through html5gum, a WHATWG tokenizer that switches to raw text in
/// `<script>`, `<style>` and the like as a browser does.
fn check_html(file: &str, html: &str, findings: &mut Vec<Finding>) {
    use html5gum::{DefaultEmitter, Token, Tokenizer};
    let mut emitter = DefaultEmitter::<()>::default();
    emitter.naively_switch_states(true);
    let mut add = |kind, detail: String| findings.push(Finding { kind, detail: format!("{file}: {detail}") });
    // Inside a JSON-LD block: its text so far.
    let mut json_ld: Option<String> = None;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let attributes: BTreeMap<String, String> = tag
                    .attributes
                    .iter()
                    .map(|(k, v)| {
                        (
                            String::from_utf8_lossy(k).to_ascii_lowercase(),
                            String::from_utf8_lossy(&v.value).into_owned(),
                        )
                    })
                    .collect();
                let shown = || format!("<{name} {attributes:?}>");
                if name == "script" {
                    let kind = attributes.get("type").map(|t| t.trim().to_ascii_lowercase());
                    let src = attributes.get("src").map(String::as_str);
                    if kind.as_deref() == Some("application/ld+json") && src.is_none() && attributes.len() == 1 {
                        json_ld = Some(String::new());
                    } else if !(src.is_some_and(|s| OWN_SCRIPTS.contains(&s))
                        && kind.as_deref() == Some("module")
                        && attributes.len() == 2)
                    {
                        add(Kind::Script, shown());
                    }
                }
                if matches!(name.as_str(), "iframe" | "frame" | "object" | "embed" | "base") {
                    add(Kind::Script, format!("an element that loads or redirects: {}", shown()));
                }
                for (key, value) in &attributes {
                    if key.starts_with("on") {
                        add(Kind::EventHandler, shown());
                    }
                    if key == "srcdoc" {
                        add(Kind::Script, shown());
                    }
                    let is_url = URL_ATTRIBUTES.contains(&key.as_str()) || key == "style";
                    if is_url && is_script_url(value) {
                        add(Kind::ScriptUrl, shown());
                    }
                }
                if name == "meta"
                    && attributes.get("http-equiv").is_some_and(|h| h.eq_ignore_ascii_case("refresh"))
                    && attributes
                        .get("content")
                        .is_some_and(|c| is_script_url(c.split_once('=').map_or("", |(_, u)| u)))
                {
                    add(Kind::ScriptUrl, shown());
                }
            }
            Token::String(text) => {
                if let Some(block) = json_ld.as_mut() {
                    block.push_str(&String::from_utf8_lossy(&text.value));
                }
            }
            Token::EndTag(tag) if tag.name.eq_ignore_ascii_case(b"script") => {
                if let Some(block) = json_ld.take() {
                    if let Err(err) = serde_json::from_str::<serde_json::Value>(&block) {
                        add(Kind::BadJson, format!("JSON-LD: {err}: {}", first_lines(&block, 2)));
                    }
                }
            }
            _ => {}
        }
    }
}

/// A URL a browser would run as script (or as a page of unknown origin): the scheme is read
/// as browsers do, after dropping whitespace and control characters anywhere in it.
fn is_script_url(value: &str) -> bool {
    let squeezed: String =
        value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:text/html", "data:image/svg", "data:application/xhtml"]
        .iter()
        .any(|scheme| squeezed.contains(scheme))
}

fn first_lines(text: &str, n: usize) -> String {
    text.lines().take(n).collect::<Vec<_>>().join("\n")
}

fn around(text: &str, needle: &str) -> String {
    let at = text.find(needle).unwrap_or(0);
    let end = (at + needle.len() + 80).min(text.len());
    String::from_utf8_lossy(&text.as_bytes()[at.saturating_sub(80)..end]).into_owned()
}

// ---------------------------------------------------------------------------------------
// Mutations

/// One case in the making: a copy of a base site beside an `outside/` folder that holds
/// the secret.
struct Case {
    dir: PathBuf,
    site: PathBuf,
    log: Vec<String>,
    tags: BTreeSet<Tag>,
    /// A hostile picture shown by a `figure` of a published page: the build must stop with
    /// an `image` finding (checked when the picture is the case's only mutation).
    refuse_image: bool,
}

impl Case {
    fn note(&mut self, tag: Tag, what: impl Into<String>) {
        self.tags.insert(tag);
        self.log.push(format!("[{tag:?}] {}", what.into()));
    }

    fn pages(&self) -> Vec<PathBuf> {
        files_below(&self.site.join("content"), |p| p.extension().is_some_and(|e| e == "md"))
    }

    fn random_page(&self, rng: &mut StdRng) -> Option<PathBuf> {
        self.pages().choose(rng).cloned()
    }

    fn shown(&self, path: &Path) -> String {
        path.strip_prefix(&self.site).unwrap_or(path).display().to_string()
    }
}

fn files_below(dir: &Path, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && keep(e.path()))
        .map(|e| e.into_path())
        .collect()
}

/// Splits a page into front matter lines and body; `None` when it has none.
fn split_page(text: &str) -> Option<(String, String)> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---\n")?;
    Some((rest[..end].to_string(), rest[end + 5..].to_string()))
}

fn join_page(front: &str, body: &str) -> String {
    format!("---\n{front}\n---\n{body}")
}

fn edit_page(page: &Path, change: impl FnOnce(String, String) -> (String, String)) {
    if !common::is_regular_file(page) {
        return;
    }
    let Ok(text) = std::fs::read_to_string(page) else { return };
    let Some((front, body)) = split_page(&text) else { return };
    let (front, body) = change(front, body);
    let _ = std::fs::write(page, join_page(&front, &body));
}

/// Values for text fields: markup, quotes, YAML look-alikes, Unicode oddities.
const TEXT_VALUES: &[&str] = &[
    "\"<script>alert(1)</script>\"",
    "\"</title><script>alert(1)</script>\"",
    "\"\\\" onmouseover=\\\"alert(1)\"",
    "'a\" onfocus=\"alert(1)\" autofocus x=\"'",
    "\"</script><script>alert(1)</script>\"",
    "\"<!--\"",
    "\"]]><x>\"",
    "\"&lt;script&gt;\"",
    "\"javascript:alert(1)\"",
    "~",
    "null",
    "yes",
    ".inf",
    "0x1f",
    "-.NaN",
    "2026-13-45",
    "[a, b]",
    "{a: b}",
    "''",
    "\"\"",
    "\"\\u202eevil\\u202c\"",
    "\"zero\\u200bwidth\"",
    "\"emoji 🏳️‍🌈 and combining a\\u0301\"",
    "\"\\uFEFFbom\"",
    "|\n  multi\n  line",
    ">\n  folded\n  text",
    "\"very \\\\ back\\\\slash\"",
    "'{{ page.title }}{% raw %}'",
    "\"{{ 7 * 7 }}\"",
];

/// Values with characters XML cannot hold, by YAML escape: control characters and the
/// noncharacters U+FFFE and U+FFFF (known: they break the feeds and the sitemap today).
const CONTROL_VALUES: &[&str] = &[
    "\"\\x01\"",
    "\"a\\x0bb\"",
    "\"\\0nul\"",
    "\"\\e[31mred\"",
    "\"\\x7f\\x85\"",
    "\"\\b\"",
    "\"\\uFFFF\"",
    "\"x\\uFFFEy\"",
];

fn mutate_front_matter_value(case: &mut Case, rng: &mut StdRng) {
    let Some(page) = case.random_page(rng) else { return };
    let key = *["title", "description", "breadcrumb", "translation_key", "weight", "date", "updated", "template"]
        .choose(rng)
        .expect("keys");
    let control = rng.random_bool(0.2);
    let value = if control {
        CONTROL_VALUES.choose(rng).expect("values").to_string()
    } else if rng.random_bool(0.1) {
        format!("\"{}\"", "x".repeat(rng.random_range(1000..50_000)))
    } else {
        TEXT_VALUES.choose(rng).expect("values").to_string()
    };
    let tag = if control { Tag::ControlCharacters } else { Tag::FrontMatter };
    case.note(tag, format!("{}: {key}: {value:.80}", case.shown(&page)));
    edit_page(&page, |front, body| {
        let mut replaced = false;
        let mut lines: Vec<String> = front
            .lines()
            .map(|line| {
                if line.starts_with(&format!("{key}:")) {
                    replaced = true;
                    format!("{key}: {value}")
                } else {
                    line.to_string()
                }
            })
            .collect();
        if !replaced {
            lines.push(format!("{key}: {value}"));
        }
        (lines.join("\n"), body)
    });
}

const FRONT_MATTER_LINES: &[&str] = &[
    "unknown_key: 1",
    "title: duplicate",
    "\ttitle: tab",
    "extra: { quote: \"<img src=x onerror=alert(1)>\" }",
    "extra: { a: [1, 2, {b: c}] }",
    "image: { src: ../../../outside/secret.txt, alt: x }",
    "image: { src: /etc/passwd, alt: x }",
    "image: { src: \"javascript:alert(1)\", alt: x }",
    "image: { src: \"data:text/html,<script>alert(1)</script>\", alt: x }",
    "template: ../../../outside/secret.html",
    "template: /etc/passwd",
    "template: base.html",
    "template: \"page.html\\0\"",
    "draft: maybe",
    "weight: 99999999999999999999999",
    "weight: -1",
    "search: \"no\"",
    "checks: { allow: [all], reason: x }",
    "checks: { allow: [\"<script>\"], reason: \"<script>\" }",
    "date: 0001-01-01",
    "date: 9999-12-31",
    "? complex key\n: value",
    "title: &x anchor",
    "description: *undefined_alias",
    "<<: {title: merged}",
    "---",
    "...",
    "%YAML 1.1",
    "key: \"unterminated",
    "a: b: c",
];

fn mutate_front_matter_line(case: &mut Case, rng: &mut StdRng) {
    let Some(page) = case.random_page(rng) else { return };
    let line = *FRONT_MATTER_LINES.choose(rng).expect("lines");
    case.note(Tag::FrontMatter, format!("{}: add line {line:?}", case.shown(&page)));
    let at = rng.random_range(0..8usize);
    edit_page(&page, |front, body| {
        let mut lines: Vec<&str> = front.lines().collect();
        let at = at.min(lines.len());
        lines.insert(at, line);
        (lines.join("\n"), body)
    });
}

const YAML_TAGS: &[&str] = &[
    "title: !!binary aGVsbG8gd29ybGQ=",
    "title: !!int 12",
    "title: !!float 1.5",
    "title: !!null",
    "title: !!bool true",
    "title: !!str <b>x</b>",
    "title: !!timestamp 2001-12-14t21:59:43.10-05:00",
    "extra: !!set {a, b}",
    "extra: !!omap [a: 1, b: 2]",
    "extra: !!python/object:os.system [\"echo pwned\"]",
    "extra: !ruby/object:Gem::Installer {}",
    "title: !custom x",
    "title: !<tag:yaml.org,2002:str> x",
    "extra: !!map {? a: b}",
    "weight: !!str 3",
];

fn mutate_yaml_tags(case: &mut Case, rng: &mut StdRng) {
    let Some(page) = case.random_page(rng) else { return };
    let line = *YAML_TAGS.choose(rng).expect("tags");
    let key = line.split(':').next().unwrap_or("").to_string();
    case.note(Tag::YamlTags, format!("{}: {line}", case.shown(&page)));
    edit_page(&page, |front, body| {
        let mut lines: Vec<String> =
            front.lines().filter(|l| !l.starts_with(&format!("{key}:"))).map(str::to_string).collect();
        lines.push(line.to_string());
        (lines.join("\n"), body)
    });
}

/// "Billion laughs": each anchor refers to the previous one ten times.
fn alias_bomb(levels: usize) -> String {
    let mut text = String::from("extra:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for level in 1..levels {
        let refs = vec![format!("*l{}", level - 1); 10].join(", ");
        text.push_str(&format!("  l{level}: &l{level} [{refs}]\n"));
    }
    text.trim_end().to_string()
}

fn mutate_alias_bomb(case: &mut Case, rng: &mut StdRng) {
    let levels = rng.random_range(3..10usize);
    if rng.random_bool(0.3) {
        let file = case.site.join("site.yaml");
        if !common::is_regular_file(&file) {
            return;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let bomb = alias_bomb(levels).replacen("extra:", "bomb:", 1);
        case.note(Tag::AliasBomb, format!("site.yaml: {levels}-level alias bomb"));
        let _ = std::fs::write(&file, format!("{text}\n{bomb}\n"));
        return;
    }
    let Some(page) = case.random_page(rng) else { return };
    case.note(Tag::AliasBomb, format!("{}: {levels}-level alias bomb in extra", case.shown(&page)));
    let bomb = alias_bomb(levels);
    let as_title = rng.random_bool(0.3);
    edit_page(&page, |front, body| {
        let mut lines: Vec<String> = front.lines().filter(|l| !l.starts_with("extra:")).map(str::to_string).collect();
        lines.push(bomb);
        if as_title {
            lines.retain(|l| !l.starts_with("title:"));
            lines.push(format!("title: *l{}", levels - 1));
        }
        (lines.join("\n"), body)
    });
}

fn mutate_deep_nesting(case: &mut Case, rng: &mut StdRng) {
    let Some(page) = case.random_page(rng) else { return };
    let depth = rng.random_range(100..20_000usize);
    let choice = rng.random_range(0..8u8);
    let (front_add, body_add, what) = match choice {
        0 => (format!("extra: {}{}", "[".repeat(depth), "]".repeat(depth)), String::new(), "flow sequences"),
        1 => (format!("extra: {}x{}", "{a: ".repeat(depth), "}".repeat(depth)), String::new(), "flow maps"),
        2 => {
            let mut block = String::from("extra:\n");
            for level in 0..depth.min(3000) {
                block.push_str(&format!("{}k{level}:\n", "  ".repeat(level + 1)));
            }
            (block.trim_end().to_string(), String::new(), "block maps")
        }
        3 => (String::new(), format!("{} deep quote\n", ">".repeat(depth)), "block quotes"),
        4 => {
            let list: String = (0..depth.min(2000)).map(|i| format!("{}- item\n", "  ".repeat(i))).collect();
            (String::new(), list, "nested lists")
        }
        5 => (String::new(), format!("{}x{}\n", "*".repeat(depth), "*".repeat(depth)), "emphasis"),
        6 => (String::new(), format!("{}x{}\n", "[".repeat(depth), "]".repeat(depth)), "brackets"),
        _ => (String::new(), format!("{}\n", "<nav>".repeat(depth.min(3000))), "refused HTML elements on one line"),
    };
    let tag = if choice == 7 { Tag::FindingsOnOneLine } else { Tag::DeepNesting };
    let depth = if choice == 7 { depth.min(3000) } else { depth };
    case.note(tag, format!("{}: {depth} levels of {what}", case.shown(&page)));
    edit_page(&page, |front, body| {
        let front = if front_add.is_empty() {
            front
        } else {
            let kept: Vec<&str> = front.lines().filter(|l| !l.starts_with("extra:")).collect();
            format!("{}\n{front_add}", kept.join("\n"))
        };
        (front, format!("{body}\n{body_add}"))
    });
}

fn mutate_encoding(case: &mut Case, rng: &mut StdRng) {
    let candidates = files_below(&case.site, |p| {
        p.extension().is_some_and(|e| e == "md" || e == "yaml" || e == "ftl" || e == "html")
    });
    let Some(file) = candidates.choose(rng).cloned() else { return };
    let Ok(text) = std::fs::read_to_string(&file) else { return };
    let choice = rng.random_range(0..8u8);
    let (bytes, what): (Vec<u8>, &str) = match choice {
        0 => {
            let mut b = vec![0xFF, 0xFE];
            b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            (b, "UTF-16 LE with BOM")
        }
        1 => {
            let mut b = vec![0xFE, 0xFF];
            b.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
            (b, "UTF-16 BE with BOM")
        }
        2 => ([b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(), "UTF-8 BOM"),
        3 => (text.replace('\n', "\r").into_bytes(), "lone CR line endings"),
        4 => (text.replace('\n', "\r\n").into_bytes(), "CRLF line endings"),
        5 => {
            let at = rng.random_range(0..=text.len());
            let mut b = text.clone().into_bytes();
            b.insert(at, 0);
            (b, "a NUL byte")
        }
        6 => {
            let at = rng.random_range(0..=text.len());
            let mut b = text.clone().into_bytes();
            b.splice(at..at, [0xFF, 0xC3, 0x28, 0xE2, 0x82]);
            (b, "invalid UTF-8")
        }
        _ => (text.replace('\n', "\u{2028}").into_bytes(), "U+2028 line separators"),
    };
    case.note(Tag::Encoding, format!("{}: {what}", case.shown(&file)));
    let _ = std::fs::write(&file, bytes);
}

/// Markdown bodies that are odd but legal.
const MARKDOWN: &[&str] = &[
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](<javascript:alert(1)>)",
    "<javascript:alert(1)>",
    "[x](vbscript:msgbox)",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "[x][ref]\n\n[ref]: <javascript:alert(1)> \"title\"",
    "[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")",
    "[x](/../../outside/secret.txt)",
    "![x](../../../outside/secret.txt)",
    "![x](/etc/passwd)",
    "[x](#)",
    "[x]()",
    "[x](%00)",
    "<https://example.org/\"onmouseover=\"alert(1)>",
    "Footnote[^1].\n\n[^1]: <script>alert(1)</script>",
    "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:1) |",
    "```\n<script>alert(1)</script>\n",
    "```html\n</code></pre><script>alert(1)</script>\n```",
    "    <script>alert(1)</script>",
    "`<script>`",
    "Setext\n===",
    "Setext\n---",
    "###### h6\n####### h7",
    "#\n##\n###",
    "* * *\n- - -",
    "1. a\n2) b\n99999999999. c",
    "- [ ] task\n- [x] done",
    "~~~\nunclosed fence",
    "$$\nmath\n$$",
    "\\<script\\>alert(1)\\</script\\>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;",
    "&#0; &#xD800; &#x10FFFF; &#99999999;",
    "x\u{0}y",
    "Word\u{202e}txt.exe",
    "> [!NOTE]\n> alert",
];

/// Heading attributes (known: they pass through today).
const HEADING_ATTRIBUTES: &[&str] = &[
    "## Kop {tabindex=0 autofocus onfocus=alert(1)}",
    "## Kop {href=javascript:alert(1)}",
    "## Kop {#id .class style=\"color:red\"}",
    "Kop {onclick=alert(1)}\n---",
    "## Kop {#\"><script>alert(1)</script>}",
    "## Kop {.a .b .c #x #y}",
];

fn add_to_body(case: &mut Case, rng: &mut StdRng, tag: Tag, snippet: &str) {
    let Some(page) = case.random_page(rng) else { return };
    let repeat = if rng.random_bool(0.1) { rng.random_range(2..300usize) } else { 1 };
    case.note(tag, format!("{}: body += {snippet:?} x{repeat}", case.shown(&page)));
    let block = vec![snippet; repeat].join("\n\n");
    let at_start = rng.random_bool(0.3);
    edit_page(&page, |front, body| {
        let body = if at_start { format!("{block}\n\n{body}") } else { format!("{body}\n\n{block}\n") };
        (front, body)
    });
}

fn mutate_markdown(case: &mut Case, rng: &mut StdRng) {
    let snippet = *MARKDOWN.choose(rng).expect("markdown");
    add_to_body(case, rng, Tag::Markdown, snippet);
}

fn mutate_heading_attributes(case: &mut Case, rng: &mut StdRng) {
    let snippet = *HEADING_ATTRIBUTES.choose(rng).expect("headings");
    add_to_body(case, rng, Tag::HeadingAttributes, snippet);
}

/// Classic XSS vectors (after the OWASP filter evasion cheat sheet and html5sec.org).
const XSS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<img src=x oNeRrOr=alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "<img src=\"x\" onerror\n=\n\"alert(1)\">",
    "<span title='a\" onmouseover=\"a'>x</span>",
    "<span title=\"a' onmouseover='a\">x</span>",
    "<span title=`a` onmouseover=alert(1)>x</span>",
    "<span title=\"x\"onmouseover=\"alert(1)\">x</span>",
    "<span title=x/onmouseover=alert(1)>x</span>",
    "<abbr title='x' onmouseover=alert(1)>x</abbr>",
    "<span title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">x</span>",
    "<span lang=\"nl\" ONMOUSEOVER=\"alert(1)\">x</span>",
    "<span title='a\nonmouseover=alert(1)'>x</span>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
    "<a href=\"&#x6A;avascript&colon;alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\" &#14; javascript:alert(1)\">x</a>",
    "<a href=\"java\nscript:alert(1)\">x</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href=x onclick=alert(1)>x</a>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math href=\"javascript:alert(1)\">x</math>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<embed src=\"data:text/html,<script>alert(1)</script>\">",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<button formaction=\"javascript:alert(1)\">x</button>",
    "<input autofocus onfocus=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<base href=\"https://evil.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
    "<link rel=import href=\"https://evil.example/x\">",
    "<style>@import 'https://evil.example/x.css';</style>",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<div style=\"width: expression(alert(1))\">x</div>",
    "<!--><script>alert(1)</script>-->",
    "<!-- --!><script>alert(1)</script> -->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<textarea><script>alert(1)</script></textarea>",
    "<title><script>alert(1)</script></title>",
    "<xmp><script>alert(1)</script></xmp>",
    "<plaintext><script>alert(1)</script>",
    "<template><script>alert(1)</script></template>",
    "<table><td background=\"javascript:alert(1)\">x</td></table>",
    "<img src=\"x` `<script>alert(1)</script>\"` `>",
    "<a href=\"https://example.org\" target=_blank>no rel</a>",
    "<p/onclick=alert(1)>x</p>",
    "<p\u{0}onclick=alert(1)>x</p>",
    "<p onclick\u{0}=alert(1)>x</p>",
    "<</p>script>alert(1)<</p>/script>",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    "\"><script>alert(1)</script>",
    "'><img src=x onerror=alert(1)>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<a href=\"/nl/\" ping=\"javascript:alert(1)\">x</a>",
    "<img srcset=\"javascript:alert(1) 1x\">",
    "<div>unclosed",
    "</div></div></main></body></html><script>alert(1)</script>",
];

fn mutate_raw_html(case: &mut Case, rng: &mut StdRng) {
    let snippet = *XSS.choose(rng).expect("vectors");
    add_to_body(case, rng, Tag::RawHtml, snippet);
}

/// Names for new files and folders.
const FILE_NAMES: &[&str] = &[
    "met spatie.md",
    "café.md",
    "cafe\u{301}.md",
    "日本語.md",
    "emoji-🏳️‍🌈.md",
    "..md",
    "...md",
    "-.md",
    "_.md",
    ".verborgen.md",
    "UPPER.md",
    "a#b.md",
    "a?b.md",
    "a%2e%2e.md",
    "a\\b.md",
    "line\nbreak.md",
    "tab\there.md",
    "<script>.md",
    "\"quote'.md",
    "index.md",
    "_index.md",
    "404.md",
    "sitemap.md",
    "nul\u{1}.md",
    "rtl\u{202e}dm.txt",
    "a.MD",
    "a.md.md",
    "a.markdown",
];

fn mutate_file_name(case: &mut Case, rng: &mut StdRng) {
    let Some(page) = case.random_page(rng) else { return };
    let Some(parent) = page.parent().map(Path::to_path_buf) else { return };
    let name = if rng.random_bool(0.15) {
        format!("{}.md", "l".repeat(rng.random_range(200..260usize)))
    } else {
        FILE_NAMES.choose(rng).expect("names").to_string()
    };
    let in_folder = rng.random_bool(0.3);
    let target = if in_folder {
        let folder = name.trim_end_matches(".md").to_string();
        parent.join(folder).join("_index.md")
    } else {
        parent.join(&name)
    };
    let move_it = rng.random_bool(0.5);
    case.note(
        Tag::FileName,
        format!("{} {} {}", case.shown(&page), if move_it { "moved to" } else { "copied to" }, case.shown(&target)),
    );
    if let Some(folder) = target.parent() {
        if std::fs::create_dir_all(folder).is_err() {
            return;
        }
    }
    if !common::is_regular_file(&page) {
        return;
    }
    let result = if move_it { std::fs::rename(&page, &target) } else { std::fs::copy(&page, &target).map(|_| ()) };
    if result.is_ok() && !move_it {
        // A copy needs its own translation key to be a valid page.
        edit_page(&target, |front, body| {
            let lines: Vec<String> = front
                .lines()
                .map(|l| if l.starts_with("translation_key:") { format!("{l}-copy") } else { l.to_string() })
                .collect();
            (lines.join("\n"), body)
        });
    }
}

/// Symbolic links; relative, so that a saved reproducer still points where it did.
fn mutate_symlink(case: &mut Case, rng: &mut StdRng) {
    let outside = rng.random_bool(0.7);
    let links: &[(&str, &str)] = if outside {
        &[
            ("content/nl/lek.md", "../../../outside/secret.md"),
            ("content/nl/lek.txt", "../../../outside/secret.txt"),
            ("content/nl/lek.svg", "../../../outside/secret.svg"),
            ("content/nl/lekmap", "../../../outside/content/nl"),
            ("content/en/leak.md", "/etc/passwd"),
            ("content/en/zero.md", "/dev/zero"),
            ("content/en/environ.md", "/proc/self/environ"),
            ("static/lek.txt", "../../outside/secret.txt"),
            ("static/lekmap", "../../outside"),
            ("templates/partials/footer.html", "../../../outside/secret.html"),
            ("templates/page.html", "../../outside/secret.html"),
            ("locales/en/main.ftl", "../../../outside/secret.ftl"),
            ("content", "../outside/content"),
            ("site.yaml", "../outside/site.yaml"),
        ]
    } else {
        &[
            ("content/nl/kopie.md", "../en/_index.md"),
            ("content/nl/lus", "."),
            ("content/nl/lus2", ".."),
            ("content/nl/hangend.md", "bestaat-niet.md"),
            ("content/nl/zelf.md", "zelf.md"),
            ("static/css/kopie.css", "loket.css"),
        ]
    };
    let (link, target) = *links.choose(rng).expect("links");
    let path = case.site.join(link);
    case.note(if outside { Tag::SymlinkOutside } else { Tag::SymlinkInside }, format!("{link} -> {target}"));
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    if path.is_dir() && !path.is_symlink() {
        let _ = std::fs::remove_dir_all(&path);
    } else {
        let _ = std::fs::remove_file(&path);
    }
    let _ = std::os::unix::fs::symlink(target, &path);
}

fn mutate_special_file(case: &mut Case, rng: &mut StdRng) {
    let places = [
        "content/nl/pijp.md",
        "content/nl/pijp.svg",
        "content/nl/_index.md",
        "static/pijp.css",
        "templates/pijp.html",
        "locales/nl/pijp.ftl",
        "site.yaml",
    ];
    let place = *places.choose(rng).expect("places");
    let path = case.site.join(place);
    case.note(Tag::SpecialFile, format!("{place} is a FIFO"));
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = std::fs::remove_file(&path);
    let _ = Command::new("mkfifo").arg(&path).status();
}

/// Template overrides that are broken or odd (no script: the site's own templates are
/// code it reviews).
const TEMPLATES: &[(&str, &str)] = &[
    ("page.html", "{% extends \"page.html\" %}"),
    ("base.html", "{% extends \"page.html\" %}"),
    ("partials/footer.html", "{% include \"partials/footer.html\" %}"),
    ("page.html", "{% if %}"),
    ("page.html", "{{ page.title | no_such_filter }}"),
    ("page.html", "{{ no_such_variable.deeper }}"),
    ("page.html", "{{ t(key=\"no-such-key\") }}"),
    ("page.html", "{% extends \"no-such.html\" %}"),
    ("page.html", "{% macro m(n) %}{{ self::m(n=n) }}{% endmacro m %}{{ self::m(n=1) }}"),
    ("page.html", ""),
    ("page.html", "{% raw %}{{ page.title }}{% endraw %}"),
    (
        "page.html",
        "<!DOCTYPE html><title>{{ page.title }}</title><p title=\"{{ page.description }}\">{{ page.content }}",
    ),
    ("page.html", "<a href=\"{{ page.title }}\">{{ page.title }}</a>"),
    ("partials/toc.html", "{% for i in range(end=5000) %}{{ i }}{% endfor %}"),
    ("nieuw.html", "{{ page.title }}"),
    ("../outside.html", "{{ page.title }}"),
];

fn mutate_template(case: &mut Case, rng: &mut StdRng) {
    let (name, text) = *TEMPLATES.choose(rng).expect("templates");
    let path = case.site.join("templates").join(name);
    case.note(Tag::Template, format!("templates/{name}: {text:?}"));
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = std::fs::write(&path, text);
}

/// Translations from outside hands: markup in messages, broken syntax, cycles.
const FLUENT_MESSAGES: &[&str] = &[
    "skip-link = <script>alert(1)</script>",
    "skip-link = <img src=x onerror=alert(1)>",
    "main-nav-label = \" onmouseover=\"alert(1)",
    "main-nav-label = ' onmouseover='alert(1)",
    "breadcrumb-label = javascript:alert(1)",
    "menu-toggle = {",
    "menu-toggle = { menu-toggle }",
    "menu-toggle = { skip-link }\nskip-link = { menu-toggle }",
    "menu-toggle = { $no-such-variable }",
    "menu-toggle = { -no-such-term }",
    "month-1 = \u{0}\u{1}",
    "date-format = { $day }{ $day }{ $day }{ $day }{ $day }{ $day }{ $day }{ $day }",
    "menu-toggle =\n    .attr = x",
    "menu-toggle = { \"\\u0000\" }",
    "-term = x\nmenu-toggle = { -term }",
    "new-key-nobody-uses = hallo",
    "== syntax error ==",
];

fn mutate_fluent(case: &mut Case, rng: &mut StdRng) {
    let lang = *["nl", "en"].choose(rng).expect("langs");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let builtin = std::fs::read_to_string(repo.join("locales").join(lang).join("main.ftl")).unwrap_or_default();
    let message = *FLUENT_MESSAGES.choose(rng).expect("messages");
    let key = message.split(" =").next().unwrap_or("").to_string();
    case.note(Tag::Fluent, format!("locales/{lang}/main.ftl: {message:?}"));
    let mut lines: Vec<String> =
        builtin.lines().filter(|l| !l.starts_with(&format!("{key} ="))).map(str::to_string).collect();
    lines.push(message.to_string());
    let path = case.site.join("locales").join(lang).join("main.ftl");
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = std::fs::write(&path, lines.join("\n") + "\n");
}

const SITE_LINES: &[&str] = &[
    "base_url: \"javascript:alert(1)//\"",
    "base_url: \"https://evil.example/\\\"><script>alert(1)</script>\"",
    "base_url: \"data:text/html,<script>alert(1)</script>\"",
    "base_url: \"https://example.org/ onload=alert(1)\"",
    "base_url: \"//evil.example\"",
    "base_url: \"\"",
    "base_url: ~",
    "default_language: \"../..\"",
    "default_language: xx",
    "alert:\n  kind: \"error onclick=alert(1)\"\n  nl: \"<script>alert(1)</script>\"\n  en: \"<img src=x onerror=alert(1)>\"",
    "alert:\n  kind: notification\n  nl: \"[x](javascript:alert(1))\"\n  en: \"\\x01\"",
    "languages:\n  nl: { name: \"<script>alert(1)</script>\", title: \"\\\" onfocus=\\\"alert(1)\" }\n  en: { name: English, title: \"</title><script>alert(1)</script>\" }",
    "languages:\n  nl: { name: N, title: T }\n  en: { name: E, title: T }\n  \"../x\": { name: X, title: X }",
    "menus:\n  main: [\"<script>\", \"javascript:alert(1)\", \"../../outside\"]",
    "unknown: 1",
];

fn mutate_site_yaml(case: &mut Case, rng: &mut StdRng) {
    let line = *SITE_LINES.choose(rng).expect("lines");
    let key = line.split(':').next().unwrap_or("").to_string();
    let file = case.site.join("site.yaml");
    if !common::is_regular_file(&file) {
        return;
    }
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    case.note(Tag::SiteYaml, format!("site.yaml: {line:?}"));
    // Drop the key's old entry (its line and the indented lines below it).
    let mut kept = Vec::new();
    let mut skipping = false;
    for l in text.lines() {
        if l.starts_with(&format!("{key}:")) {
            skipping = true;
            continue;
        }
        if skipping && (l.starts_with(' ') || l.starts_with('\t')) {
            continue;
        }
        skipping = false;
        kept.push(l.to_string());
    }
    kept.push(line.to_string());
    let _ = std::fs::write(&file, kept.join("\n") + "\n");
}

const ALIASES: &[&str] = &[
    "\"/en/old/ https://evil.example/phish 301!\\n/en/x/\"",
    "/",
    "/nl/index.html",
    "/nl/",
    "https://evil.example/",
    "//evil.example/",
    "\"javascript:alert(1)\"",
    "/nl/../../x/",
    "\"/nl/nul\\0/\"",
    "\"/nl/tab\\tx/\"",
    "/nl/a#b/",
    "/nl/a?b/",
    "/sitemap.xml",
    "/nl/atom.xml",
    "/css/loket.css",
    "\"/nl/<script>/\"",
    "/nl/oud/",
];

fn mutate_alias(case: &mut Case, rng: &mut StdRng) {
    let Some(page) = case.random_page(rng) else { return };
    let alias = *ALIASES.choose(rng).expect("aliases");
    case.note(Tag::Alias, format!("{}: aliases: [{alias}]", case.shown(&page)));
    edit_page(&page, |front, body| {
        let mut lines: Vec<String> = front.lines().filter(|l| !l.starts_with("aliases:")).map(str::to_string).collect();
        lines.push(format!("aliases: [{alias}]"));
        (lines.join("\n"), body)
    });
}

fn mutate_collision(case: &mut Case, rng: &mut StdRng) {
    let places = [
        "content/nl/index.html",
        "content/nl/diensten/index.html",
        "static/index.html",
        "static/nl/index.html",
        "static/sitemap.xml",
        "static/404.html",
    ];
    let place = *places.choose(rng).expect("places");
    case.note(Tag::Collision, format!("{place} next to the pages"));
    let path = case.site.join(place);
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = std::fs::write(&path, "<!DOCTYPE html><title>replaced</title><p>replaced");
}

fn mutate_svg_asset(case: &mut Case, rng: &mut StdRng) {
    let Some(page) = case.random_page(rng) else { return };
    let Some(parent) = page.parent() else { return };
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>";
    let _ = std::fs::write(parent.join("kwaad.svg"), svg);
    case.note(Tag::SvgAsset, format!("{}: ![x](kwaad.svg), an SVG with script", case.shown(&page)));
    edit_page(&page, |front, body| (front, format!("{body}\n\n![Een plaatje](kwaad.svg)\n")));
}

/// Random byte edits of a random text file.
fn mutate_bytes(case: &mut Case, rng: &mut StdRng) {
    let files = files_below(&case.site, |_| true);
    let Some(file) = files.choose(rng).cloned() else { return };
    let Ok(mut bytes) = std::fs::read(&file) else { return };
    let edits = rng.random_range(1..6usize);
    for _ in 0..edits {
        let len = bytes.len();
        match rng.random_range(0..5u8) {
            0 if len > 0 => {
                let at = rng.random_range(0..len);
                bytes[at] ^= 1 << rng.random_range(0..8u32);
            }
            1 if len > 0 => {
                let start = rng.random_range(0..len);
                let end = (start + rng.random_range(1..64usize)).min(len);
                bytes.drain(start..end);
            }
            2 if len > 0 => {
                let start = rng.random_range(0..len);
                let end = (start + rng.random_range(1..64usize)).min(len);
                let copy = bytes[start..end].to_vec();
                let at = rng.random_range(0..=bytes.len());
                bytes.splice(at..at, copy);
            }
            3 => {
                let at = rng.random_range(0..=len);
                let special = *[b"---\n".as_slice(), b"\n", b":", b"\"", b"{", b"[", b"<", b"&", b"\\", b"\0", b"\t"]
                    .choose(rng)
                    .expect("bytes");
                bytes.splice(at..at, special.iter().copied());
            }
            _ => {
                let at = rng.random_range(0..=len);
                bytes.truncate(at);
            }
        }
    }
    case.note(Tag::Bytes, format!("{}: {edits} random byte edits", case.shown(&file)));
    let _ = std::fs::write(&file, bytes);
}

// ---------------------------------------------------------------------------------------
// Pictures (issue 24): raster images next to pages and in `static/`, made here, hostile
// or carrying a GPS position, shown by a page in three ways.

/// Put in the EXIF (ImageDescription) of planted photos with a GPS position, and in a PNG's
/// text chunk: no output image may hold it (loket publishes images without metadata).
const GPS_MARKER: &str = "LOKET-FUZZ-GPS-4d7a02";

/// A small photo-like picture: gradients and a disc, so that encoders have work to do.
fn picture(width: u32, height: u32, seed: u8) -> image::RgbImage {
    image::RgbImage::from_fn(width, height, |x, y| {
        let (cx, cy) = (width as i64 / 2, height as i64 / 3);
        let disc = (x as i64 - cx).pow(2) + (y as i64 - cy).pow(2) < (height as i64 / 4).pow(2);
        let noise = ((x * 7 + y * 13 + u32::from(seed) * 31) % 17) as u8;
        if disc {
            image::Rgb([200u8.wrapping_add(noise), 60, 40u8.wrapping_add(seed)])
        } else {
            image::Rgb([(x * 255 / width) as u8 ^ noise, (y * 255 / height) as u8, 120u8.wrapping_add(seed)])
        }
    })
}

fn jpeg_bytes(width: u32, height: u32, seed: u8) -> Vec<u8> {
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 75)
        .encode_image(&picture(width, height, seed))
        .expect("encode a JPEG");
    bytes
}

fn png_bytes(width: u32, height: u32, seed: u8) -> Vec<u8> {
    let mut bytes = Vec::new();
    picture(width, height, seed)
        .write_to(&mut std::io::Cursor::new(&mut bytes), image::ImageFormat::Png)
        .expect("encode a PNG");
    bytes
}

/// An animated GIF of a few frames, through `image`'s encoder.
fn gif_bytes(width: u32, height: u32, frames: u8) -> Vec<u8> {
    let mut bytes = Vec::new();
    {
        let mut encoder = image::codecs::gif::GifEncoder::new(&mut bytes);
        let frames = (0..frames).map(|i| {
            let rgba = image::DynamicImage::ImageRgb8(picture(width, height, i)).to_rgba8();
            image::Frame::new(rgba)
        });
        encoder.encode_frames(frames).expect("encode a GIF");
    }
    bytes
}

/// A GIF written by hand: a `width`×`height` screen and `frames` images of 1×1 pixel (the
/// smallest LZW data there is), or one image as large as the screen when `frames` is 1.
fn gif_by_hand(width: u16, height: u16, frames: usize) -> Vec<u8> {
    let mut gif = b"GIF89a".to_vec();
    gif.extend(width.to_le_bytes());
    gif.extend(height.to_le_bytes());
    // A global colour table of two colours.
    gif.extend([0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff]);
    // Loop for ever (NETSCAPE2.0), as animations do.
    gif.extend(b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00");
    let (w, h) = if frames == 1 { (width, height) } else { (1, 1) };
    for i in 0..frames {
        // A graphic control extension: a delay of 1/100 s.
        gif.extend([0x21, 0xf9, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00]);
        gif.push(0x2c);
        let x = (i as u16) % width.max(1);
        gif.extend([x.to_le_bytes(), 0u16.to_le_bytes(), w.to_le_bytes(), h.to_le_bytes()].concat());
        gif.push(0);
        gif.extend([0x02, 0x02, 0x44, 0x01, 0x00]);
    }
    gif.push(0x3b);
    gif
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
    chunk.extend(kind);
    chunk.extend(data);
    chunk.extend(crc.sum().to_be_bytes());
    chunk
}

/// A valid PNG header claiming `width`×`height` pixels, with a few bytes of image data: a
/// decompression bomb as far as a decoder that trusts the header is concerned.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = std::io::Write::write_all(&mut zlib, &[0u8; 65536]);
    let idat = zlib.finish().unwrap_or_default();
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(png_chunk(b"IHDR", &ihdr));
    png.extend(png_chunk(b"IDAT", &idat));
    png.extend(png_chunk(b"IEND", &[]));
    png
}

/// A PNG with the marker in a text chunk and in an EXIF chunk with a GPS position.
fn png_with_text() -> Vec<u8> {
    let png = png_bytes(48, 32, 3);
    let mut out = png[..8 + 25].to_vec(); // the signature and IHDR
    out.extend(png_chunk(b"tEXt", format!("Comment\0{GPS_MARKER}").as_bytes()));
    out.extend(png_chunk(b"eXIf", &exif_with_gps()));
    out.extend(&png[8 + 25..]);
    out
}

/// The JPEG's frame header (SOF0..SOF15, not DHT/JPG/DAC) patched to claim `size`×`size`.
fn jpeg_claiming(size: u16) -> Vec<u8> {
    let mut jpeg = jpeg_bytes(64, 48, 5);
    let mut at = 2;
    while at + 9 < jpeg.len() && jpeg[at] == 0xff {
        let marker = jpeg[at + 1];
        let len = usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        if (0xc0..=0xcf).contains(&marker) && ![0xc4, 0xc8, 0xcc].contains(&marker) {
            jpeg[at + 5..at + 7].copy_from_slice(&size.to_be_bytes());
            jpeg[at + 7..at + 9].copy_from_slice(&size.to_be_bytes());
            break;
        }
        at += 2 + len;
    }
    jpeg
}

/// A TIFF block (the inside of EXIF) as a phone writes it: IFD0 with an ImageDescription
/// (the marker) and a pointer to a GPS IFD with a latitude and a longitude.
fn exif_with_gps() -> Vec<u8> {
    let description = format!("{GPS_MARKER}\0");
    let (ifd0, ifd0_len) = (8u32, 2 + 2 * 12 + 4);
    let (gps, gps_len) = (ifd0 + ifd0_len, 2 + 5 * 12 + 4);
    let latitude = gps + gps_len;
    let longitude = latitude + 24;
    let text = longitude + 24;
    let mut t = b"II\x2a\x00".to_vec();
    t.extend(ifd0.to_le_bytes());
    let entry = |t: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        t.extend(tag.to_le_bytes());
        t.extend(kind.to_le_bytes());
        t.extend(count.to_le_bytes());
        t.extend(value);
    };
    t.extend(2u16.to_le_bytes());
    entry(&mut t, 0x010e, 2, description.len() as u32, text.to_le_bytes());
    entry(&mut t, 0x8825, 4, 1, gps.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    t.extend(5u16.to_le_bytes());
    entry(&mut t, 0x0000, 1, 4, [2, 3, 0, 0]);
    entry(&mut t, 0x0001, 2, 2, *b"N\0\0\0");
    entry(&mut t, 0x0002, 5, 3, latitude.to_le_bytes());
    entry(&mut t, 0x0003, 2, 2, *b"E\0\0\0");
    entry(&mut t, 0x0004, 5, 3, longitude.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    // 52° 22' 30.5" N, 4° 53' 12.25" E
    for (numerator, denominator) in [(52u32, 1u32), (22, 1), (3050, 100), (4, 1), (53, 1), (1225, 100)] {
        t.extend(numerator.to_le_bytes());
        t.extend(denominator.to_le_bytes());
    }
    t.extend(description.as_bytes());
    t
}

/// A JPEG from a phone: an APP1 EXIF segment with a GPS position right after SOI.
fn jpeg_with_gps() -> Vec<u8> {
    let jpeg = jpeg_bytes(64, 48, 1);
    let tiff = exif_with_gps();
    let mut out = jpeg[..2].to_vec();
    out.extend([0xff, 0xe1]);
    out.extend(((2 + 6 + tiff.len()) as u16).to_be_bytes());
    out.extend(b"Exif\0\0");
    out.extend(&tiff);
    out.extend(&jpeg[2..]);
    out
}

/// What a planted picture is; `hostile` ones must end as an `image` finding once issue 24
/// is in, whatever page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Picture {
    Jpeg,
    GpsJpeg,
    Png,
    PngWithText,
    Gif,
    /// Cut at a random point.
    Truncated,
    /// Random bytes flipped.
    Flipped,
    PngBomb,
    GifBomb,
    JpegBomb,
    ManyFrames,
    SvgAsJpeg,
    HtmlAsJpeg,
    /// A PNG named `.jpg`.
    PngAsJpeg,
}

const PICTURES: &[Picture] = &[
    Picture::Jpeg,
    Picture::GpsJpeg,
    Picture::GpsJpeg,
    Picture::Png,
    Picture::PngWithText,
    Picture::Gif,
    Picture::Truncated,
    Picture::Truncated,
    Picture::Flipped,
    Picture::Flipped,
    Picture::PngBomb,
    Picture::GifBomb,
    Picture::JpegBomb,
    Picture::ManyFrames,
    Picture::SvgAsJpeg,
    Picture::HtmlAsJpeg,
    Picture::PngAsJpeg,
];

impl Picture {
    /// Those no build may publish: `loket build` must stop with an `image` finding.
    fn hostile(self) -> bool {
        matches!(
            self,
            Picture::PngBomb
                | Picture::GifBomb
                | Picture::JpegBomb
                | Picture::ManyFrames
                | Picture::SvgAsJpeg
                | Picture::HtmlAsJpeg
        )
    }

    /// The file's name and bytes.
    fn make(self, rng: &mut StdRng) -> (&'static str, Vec<u8>) {
        match self {
            Picture::Jpeg => ("foto.jpg", jpeg_bytes(96, 64, 2)),
            Picture::GpsJpeg => ("foto.jpg", jpeg_with_gps()),
            Picture::Png => ("foto.png", png_bytes(96, 64, 4)),
            Picture::PngWithText => ("foto.png", png_with_text()),
            Picture::Gif => ("foto.gif", gif_bytes(24, 16, 3)),
            Picture::Truncated | Picture::Flipped => {
                let (name, mut bytes) = match rng.random_range(0..4u8) {
                    0 => ("foto.jpg", jpeg_with_gps()),
                    1 => ("foto.jpg", jpeg_bytes(96, 64, 6)),
                    2 => ("foto.png", png_with_text()),
                    _ => ("foto.gif", gif_bytes(24, 16, 3)),
                };
                if self == Picture::Truncated {
                    let at = rng.random_range(0..bytes.len());
                    bytes.truncate(at);
                } else {
                    for _ in 0..rng.random_range(1..12usize) {
                        let at = rng.random_range(0..bytes.len());
                        bytes[at] = rng.random();
                    }
                }
                (name, bytes)
            }
            Picture::PngBomb => ("foto.png", png_claiming(100_000, 100_000)),
            // A GIF's screen is at most 65,535 pixels wide and high.
            Picture::GifBomb => ("foto.gif", gif_by_hand(65_535, 65_535, 1)),
            Picture::JpegBomb => ("foto.jpg", jpeg_claiming(65_500)),
            Picture::ManyFrames => ("foto.gif", gif_by_hand(1, 1, 5_000)),
            Picture::SvgAsJpeg => (
                "foto.jpg",
                b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>"
                    .to_vec(),
            ),
            Picture::HtmlAsJpeg => ("foto.jpg", b"<!DOCTYPE html><html><body><script>alert(1)</script>".to_vec()),
            Picture::PngAsJpeg => ("foto.jpg", png_bytes(96, 64, 7)),
        }
    }
}

/// How a page shows the picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Markdown,
    FrontMatter,
    Figure,
    /// In `static/img/`, shown by no page.
    Static,
}

/// Plants `picture` beside `page` (or in `static/img/`) and shows it in the page.
fn plant_picture(case: &mut Case, page: &Path, picture: Picture, shown: Shown, rng: &mut StdRng) {
    let (name, bytes) = picture.make(rng);
    let folder = match shown {
        Shown::Static => case.site.join("static/img"),
        _ => page.parent().map(Path::to_path_buf).unwrap_or_else(|| case.site.clone()),
    };
    let _ = std::fs::create_dir_all(&folder);
    let _ = std::fs::write(folder.join(name), &bytes);
    let mut tags = vec![Tag::Image];
    if picture.hostile() {
        tags.push(Tag::ImageHostile);
    }
    if memchr(&bytes, GPS_MARKER.as_bytes()) {
        tags.push(Tag::ImageGps);
    }
    for tag in tags {
        case.tags.insert(tag);
    }
    let draft = std::fs::read_to_string(page).is_ok_and(|t| t.contains("\ndraft: true"));
    if picture.hostile() && shown == Shown::Figure && !draft {
        case.refuse_image = true;
    }
    case.log.push(format!(
        "[Image] {picture:?} ({} bytes) as {}, shown by {}: {shown:?}",
        bytes.len(),
        case.shown(&folder.join(name)),
        case.shown(page)
    ));
    let alt = "Een foto van de balie";
    match shown {
        Shown::Markdown => edit_page(page, |front, body| (front, format!("{body}\n\n![{alt}]({name})\n"))),
        Shown::Figure => edit_page(page, |front, body| {
            (front, format!("{body}\n\n{{{{ figure(src=\"{name}\", alt=\"{alt}\") }}}}\n"))
        }),
        Shown::FrontMatter => edit_page(page, |front, body| {
            let mut lines: Vec<String> =
                front.lines().filter(|l| !l.starts_with("image:")).map(str::to_string).collect();
            lines.push(format!("image: {{ src: {name}, alt: \"{alt}\" }}"));
            (lines.join("\n"), body)
        }),
        Shown::Static => {}
    }
}

fn mutate_image(case: &mut Case, rng: &mut StdRng) {
    let Some(page) = case.random_page(rng) else { return };
    let picture = *PICTURES.choose(rng).expect("pictures");
    let shown =
        *[Shown::Markdown, Shown::FrontMatter, Shown::Figure, Shown::Figure, Shown::Static].choose(rng).expect("ways");
    plant_picture(case, &page, picture, shown, rng);
}

/// The build stopped with an `image` finding.
fn refused_image(run: &Run) -> bool {
    run.status == Some(1) && run.stderr.contains("[image]")
}

/// Output images that still hold the planted metadata, and output files named as a raster
/// image that are markup (a browser that sniffs could run them).
fn check_images(out: &Path, theme: &BTreeSet<String>, findings: &mut Vec<Finding>) {
    for file in files_below(out, Picture::is_raster_name) {
        let Ok(bytes) = std::fs::read(&file) else { continue };
        let relative = file.strip_prefix(out).unwrap_or(&file).to_string_lossy().into_owned();
        if memchr(&bytes, GPS_MARKER.as_bytes()) {
            findings
                .push(Finding { kind: Kind::ImageMetadata, detail: format!("{relative} holds the planted EXIF/text") });
        }
        let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).map_or(&bytes[..0], |at| &bytes[at..]);
        if start.starts_with(b"<") && !theme.contains(&relative) {
            findings.push(Finding {
                kind: Kind::DisguisedImage,
                detail: format!("{relative} is markup: {}", String::from_utf8_lossy(&start[..start.len().min(60)])),
            });
        }
    }
}

impl Picture {
    fn is_raster_name(path: &Path) -> bool {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| ["jpg", "jpeg", "png", "gif", "webp", "avif"].contains(&e.to_ascii_lowercase().as_str()))
    }
}

type Mutation = fn(&mut Case, &mut StdRng);

const MUTATIONS: &[(Mutation, u32)] = &[
    (mutate_front_matter_value, 6),
    (mutate_front_matter_line, 4),
    (mutate_yaml_tags, 3),
    (mutate_alias_bomb, 2),
    (mutate_deep_nesting, 2),
    (mutate_encoding, 3),
    (mutate_markdown, 5),
    (mutate_heading_attributes, 2),
    (mutate_raw_html, 6),
    (mutate_file_name, 3),
    (mutate_symlink, 3),
    (mutate_special_file, 1),
    (mutate_template, 2),
    (mutate_fluent, 3),
    (mutate_site_yaml, 3),
    (mutate_alias, 2),
    (mutate_collision, 1),
    (mutate_svg_asset, 1),
    (mutate_bytes, 4),
    (mutate_image, 5),
];

/// The files outside the site folder, each holding the secret.
fn plant_outside(dir: &Path) {
    let outside = dir.join("outside");
    let page = format!("---\ntitle: Secret\ndescription: {SECRET}\ntranslation_key: secret\n---\n{SECRET}\n");
    let files = [
        ("secret.txt", SECRET.to_string()),
        ("secret.md", page.clone()),
        ("secret.svg", format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>{SECRET}</title></svg>")),
        ("secret.html", format!("<p>{SECRET}</p>")),
        ("secret.ftl", format!("skip-link = {SECRET}\n")),
        ("site.yaml", format!("base_url: https://example.org\n# {SECRET}\n")),
        ("content/nl/_index.md", page.replace("translation_key: secret", "translation_key: home")),
        ("content/en/_index.md", page.replace("translation_key: secret", "translation_key: home")),
    ];
    for (name, text) in files {
        let path = outside.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
}

// ---------------------------------------------------------------------------------------
// The driver

struct Outcome {
    findings: Vec<Finding>,
    status: Option<i32>,
    stderr: String,
    /// The first line of the build's report, for `FUZZ_VERBOSE`.
    first_error: String,
}

fn run_case(base: &Base, case: &Case, search: bool) -> Outcome {
    let mut findings = Vec::new();
    let out = case.dir.join("public");
    common::copy_dir(&base.built.path().join("public"), &out);
    let before = common::snapshot(&out);
    let run = run_build(&case.site, &out, search);
    check_run(&run, &mut findings);
    let only_svg = case.tags.len() == 1 && case.tags.contains(&Tag::SvgAsset);
    if only_svg && !run.timed_out && (run.status != Some(1) || !run.stderr.contains("unsafe-file")) {
        findings.push(Finding {
            kind: Kind::NotRefused,
            detail: format!("an SVG with script next to pages: exit {:?}, no `unsafe-file` finding", run.status),
        });
    }
    let only_image = case.tags.iter().all(|t| matches!(t, Tag::Image | Tag::ImageGps | Tag::ImageHostile));
    if only_image && case.refuse_image && !run.timed_out && !refused_image(&run) {
        findings.push(Finding {
            kind: Kind::NotRefused,
            detail: format!("a hostile picture shown by a page: exit {:?}, no `image` finding", run.status),
        });
    }
    match run.status {
        Some(0) => {
            let theme = theme_outputs(&case.site);
            check_output(&out, &theme, &mut findings);
            check_images(&out, &theme, &mut findings);
            let first = common::snapshot(&out);
            let again = run_build(&case.site, &out, search);
            check_run(&again, &mut findings);
            if again.status != Some(0) {
                findings.push(Finding {
                    kind: Kind::NotDeterministic,
                    detail: format!("the repeat build exited {:?}", again.status),
                });
            } else if let Some(path) = first_difference(&first, &common::snapshot(&out)) {
                findings.push(Finding { kind: Kind::NotDeterministic, detail: format!("{path} differs on a repeat") });
            }
        }
        Some(_) if !run.timed_out => {
            if let Some(path) = first_difference(&before, &common::snapshot(&out)) {
                findings.push(Finding {
                    kind: Kind::WroteOnFailure,
                    detail: format!("exit {:?} but {path} changed", run.status),
                });
            }
        }
        _ => {}
    }
    // Staging folders are removed after the build, whatever its outcome.
    if !run.timed_out {
        let left: Vec<String> = std::fs::read_dir(&case.dir)
            .map(|entries| {
                entries.filter_map(Result::ok).map(|e| e.file_name().to_string_lossy().into_owned()).collect()
            })
            .unwrap_or_default();
        for name in left.iter().filter(|n| !["site", "outside", "public"].contains(&n.as_str())) {
            findings.push(Finding { kind: Kind::WroteOnFailure, detail: format!("{name} left beside the output") });
        }
    }
    let first_error = run.stderr.lines().find(|l| l.contains("error")).unwrap_or("").to_string();
    Outcome {
        findings,
        status: run.status,
        first_error: format!("{first_error} ({:.2} s)", run.seconds),
        stderr: run.stderr,
    }
}

/// Output paths that come from the site's own `static/` folder.
fn theme_outputs(site: &Path) -> BTreeSet<String> {
    let dir = site.join("static");
    files_below(&dir, |_| true)
        .iter()
        .filter_map(|p| p.strip_prefix(&dir).ok().map(|r| r.to_string_lossy().into_owned()))
        .collect()
}

fn first_difference(a: &[(String, Vec<u8>)], b: &[(String, Vec<u8>)]) -> Option<String> {
    let names = |s: &[(String, Vec<u8>)]| s.iter().map(|(n, _)| n.clone()).collect::<BTreeSet<_>>();
    if let Some(name) = names(a).symmetric_difference(&names(b)).next() {
        return Some(name.clone());
    }
    a.iter().zip(b).find(|(x, y)| x.1 != y.1).map(|(x, _)| x.0.clone())
}

fn findings_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("fuzz-findings")
}

/// Copies the case (site, `outside/`, output) and writes a README describing it.
fn save_case(case: &Case, label: &str, base: &Base, findings: &[(Finding, Option<&str>)]) -> PathBuf {
    let dir = findings_dir().join(label);
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::create_dir_all(&dir);
    // `cp -a` keeps symbolic links and FIFOs as they are.
    let _ = Command::new("cp").arg("-a").arg(case.site.as_os_str()).arg(dir.join("site")).status();
    let _ = Command::new("cp").arg("-a").arg(case.dir.join("outside")).arg(dir.join("outside")).status();
    let mut readme = format!(
        "loket fuzz case {label}\nbase site: {}\n\nmutations:\n{}\n\nfindings:\n",
        base.name,
        case.log.iter().map(|l| format!("  {l}")).collect::<Vec<_>>().join("\n")
    );
    for (finding, known) in findings {
        readme.push_str(&format!("  {finding}\n"));
        if let Some(why) = known {
            readme.push_str(&format!("    (known: {why})\n"));
        }
    }
    readme.push_str(&format!(
        "\nreproduce (from this folder):\n  loket build --root site --out public --no-search\n\
         The secret planted in outside/ is {SECRET}.\n"
    ));
    let _ = std::fs::write(dir.join("README.txt"), readme);
    dir
}

struct Settings {
    seed: u64,
    cases: Option<u64>,
    until: Option<Instant>,
}

fn settings() -> Settings {
    let number = |name: &str| std::env::var(name).ok().and_then(|v| v.trim().parse::<f64>().ok());
    let seed = number("FUZZ_SEED").map_or(DEFAULT_SEED, |s| s as u64);
    match number("FUZZ_MINUTES") {
        Some(minutes) => Settings {
            seed,
            cases: number("FUZZ_CASES").map(|c| c as u64),
            until: Some(Instant::now() + Duration::from_secs_f64(minutes * 60.0)),
        },
        None => Settings { seed, cases: Some(number("FUZZ_CASES").map_or(DEFAULT_CASES, |c| c as u64)), until: None },
    }
}

#[test]
fn mutated_sites_build_safely_or_fail_cleanly() {
    let settings = settings();
    let started = Instant::now();
    let bases = bases();
    let base_weights: Vec<u32> = bases.iter().map(|b| b.weight).collect();
    let mutation_weights: Vec<u32> = MUTATIONS.iter().map(|m| m.1).collect();
    let mut rng = StdRng::seed_from_u64(settings.seed);
    let mut counts: BTreeMap<(Kind, bool), usize> = BTreeMap::new();
    let mut saved: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut statuses: BTreeMap<String, usize> = BTreeMap::new();
    let mut new_findings: Vec<String> = Vec::new();
    let mut case_number = 0u64;
    loop {
        if settings.cases.is_some_and(|n| case_number >= n) || settings.until.is_some_and(|t| Instant::now() >= t) {
            break;
        }
        case_number += 1;
        let base = &bases[weighted(&mut rng, &base_weights)];
        let dir = tempfile::tempdir().expect("temporary folder");
        plant_outside(dir.path());
        let site = dir.path().join("site");
        common::copy_dir(&base.source, &site);
        let mut case =
            Case { dir: dir.path().to_path_buf(), site, log: Vec::new(), tags: BTreeSet::new(), refuse_image: false };
        let mutations = 1 + usize::from(rng.random_bool(0.35)) + usize::from(rng.random_bool(0.15));
        for _ in 0..mutations {
            let (mutate, _) = MUTATIONS[weighted(&mut rng, &mutation_weights)];
            mutate(&mut case, &mut rng);
        }
        let search = rng.random_bool(0.05);
        let outcome = run_case(base, &case, search);
        *statuses.entry(format!("{:?}", outcome.status)).or_default() += 1;
        if std::env::var_os("FUZZ_VERBOSE").is_some() {
            println!("case {case_number}: {:?} {:?} {}", case.log, outcome.status, outcome.first_error);
        }
        if outcome.findings.is_empty() {
            continue;
        }
        let judged: Vec<(Finding, Option<&str>)> =
            outcome.findings.iter().map(|f| (f.clone(), known_reason(f.kind, &case.tags))).collect();
        let mut kinds = BTreeSet::new();
        for (finding, known) in &judged {
            if kinds.insert((finding.kind, known.is_some())) {
                *counts.entry((finding.kind, known.is_some())).or_default() += 1;
            }
        }
        let worth_saving = judged
            .iter()
            .any(|(f, known)| known.is_none() || saved.get(&f.kind).copied().unwrap_or(0) < SAVED_PER_KIND);
        let label = format!("seed{}-case{case_number}", settings.seed);
        let place = if worth_saving {
            for (finding, _) in &judged {
                *saved.entry(finding.kind).or_default() += 1;
            }
            save_case(&case, &label, base, &judged).display().to_string()
        } else {
            "(not saved)".to_string()
        };
        // One line per kind of finding in the case (a page can repeat one a thousand times).
        let mut shown = BTreeSet::new();
        for (finding, known) in &judged {
            if !shown.insert(finding.kind) {
                continue;
            }
            let repeats = judged.iter().filter(|(f, _)| f.kind == finding.kind).count();
            let line = format!(
                "{label} [{}] {finding:.300} ({repeats}x)\n    mutations: {:?}\n    saved: {place}",
                base.name, case.log
            );
            match known {
                Some(why) => println!("known ({why}): {line}"),
                None => {
                    println!("NEW: {line}");
                    new_findings.push(line);
                }
            }
        }
    }
    println!(
        "fuzz: seed {}, {case_number} cases in {:.0} s; exit statuses {statuses:?}",
        settings.seed,
        started.elapsed().as_secs_f64()
    );
    for ((kind, known), n) in &counts {
        println!("  {:?} ({}): {n} case{}", kind, if *known { "known" } else { "new" }, if *n == 1 { "" } else { "s" });
    }
    if counts.is_empty() {
        println!("  findings: none");
    }
    assert!(new_findings.is_empty(), "{} new findings:\n{}", new_findings.len(), new_findings.join("\n"));
}

/// Every kind of picture, shown by a published page of the basic fixture, as its
/// only change: the invariants of every case, and what issue 24 promises: a hostile picture
/// in a `figure` or as the page image stops the build with an `image` finding; a photo
/// with a GPS position builds, with an `image-location` warning, and leaves without it.
/// One line per case shows where things stand (with `FUZZ_LOKET`, for another build).
#[test]
fn every_kind_of_picture_builds_safely_or_is_refused() {
    let basic = base("valid/basic", common::fixture("valid/basic"), 1, None);
    let mut rng = StdRng::seed_from_u64(DEFAULT_SEED);
    let mut kinds: Vec<Picture> = Vec::new();
    for picture in PICTURES {
        if !kinds.contains(picture) {
            kinds.push(*picture);
        }
    }
    let mut new_findings = Vec::new();
    let mut known = 0;
    for picture in kinds {
        // Markdown and `static/` only where they make a difference (metadata, markup), to
        // keep the suite at about a minute.
        let ways: &[Shown] = match picture {
            Picture::GpsJpeg | Picture::PngWithText | Picture::SvgAsJpeg | Picture::HtmlAsJpeg => {
                &[Shown::Figure, Shown::FrontMatter, Shown::Markdown, Shown::Static]
            }
            _ => &[Shown::Figure, Shown::FrontMatter],
        };
        for &shown in ways {
            let dir = tempfile::tempdir().expect("temporary folder");
            plant_outside(dir.path());
            let site = dir.path().join("site");
            common::copy_dir(&basic.source, &site);
            let mut case = Case {
                dir: dir.path().to_path_buf(),
                site,
                log: Vec::new(),
                tags: BTreeSet::new(),
                refuse_image: false,
            };
            let page = case.site.join("content/nl/diensten/procedure/stap-een.md");
            plant_picture(&mut case, &page, picture, shown, &mut rng);
            // As the page image too, the picture is shown by every published page.
            if picture.hostile() && shown == Shown::FrontMatter {
                case.refuse_image = true;
            }
            let mut outcome = run_case(&basic, &case, false);
            let gps = case.tags.contains(&Tag::ImageGps) && picture == Picture::GpsJpeg && shown != Shown::Static;
            if gps && outcome.status == Some(0) && !outcome.stderr.contains("[image-location]") {
                outcome.findings.push(Finding {
                    kind: Kind::NotRefused,
                    detail: "a photo with a GPS position, and no `image-location` warning".into(),
                });
            }
            let judged: Vec<String> = outcome
                .findings
                .iter()
                .map(|f| match known_reason(f.kind, &case.tags) {
                    Some(_) => {
                        known += 1;
                        format!("known {f:.160}")
                    }
                    None => {
                        new_findings.push(format!("{picture:?} by {shown:?}: {f:.300}"));
                        format!("NEW {f:.300}")
                    }
                })
                .collect();
            // The rules of the report's findings: ` --> file:line:column [rule]`.
            let rules: BTreeSet<&str> = outcome
                .stderr
                .lines()
                .filter(|l| l.trim_start().starts_with("--> "))
                .filter_map(|l| l.rsplit_once('[').map(|(_, r)| r.trim_end_matches(']')))
                .collect();
            println!(
                "{:<11} {:<12} exit {:<8} {:?} {} {}",
                format!("{picture:?}"),
                format!("{shown:?}"),
                format!("{:?}", outcome.status),
                rules,
                outcome.first_error.rsplit('(').next().map_or(String::new(), |t| format!("({t}")),
                if judged.is_empty() { "fine".to_string() } else { judged.join("; ") }
            );
        }
    }
    println!("pictures: {known} known finding(s), {} new", new_findings.len());
    assert!(new_findings.is_empty(), "{} new findings:\n{}", new_findings.len(), new_findings.join("\n"));
}

fn weighted(rng: &mut StdRng, weights: &[u32]) -> usize {
    let total: u32 = weights.iter().sum();
    let mut pick = rng.random_range(0..total);
    for (i, w) in weights.iter().enumerate() {
        if pick < *w {
            return i;
        }
        pick -= w;
    }
    weights.len() - 1
}

// ---------------------------------------------------------------------------------------
// Property tests: random values through the library (in process, so a panic is a failure
// proptest shrinks to a minimal input).

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Builds the basic fixture with `page` as a new Dutch news item (so that it is in a feed
    /// too); the findings of its output.
    fn build_with_page(page: &str, tags: &BTreeSet<Tag>) -> Result<Vec<(Finding, Option<&'static str>)>, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let site = dir.path().join("site");
        common::copy_dir(&common::fixture("valid/basic"), &site);
        std::fs::write(site.join("content/nl/nieuws/eigenschap.md"), page).map_err(|e| e.to_string())?;
        let out = dir.path().join("public");
        let mut options = loket::publish::build::BuildOptions::new(&site);
        options.out = Some(out.clone());
        options.search = false;
        let mut findings = Vec::new();
        match loket::publish::build::build(&options) {
            Ok(_) => check_output(&out, &BTreeSet::new(), &mut findings),
            Err(problems) => {
                let text = common::render(&problems);
                if text.contains(SECRET) {
                    findings.push(Finding { kind: Kind::Leak, detail: text });
                }
            }
        }
        Ok(findings.into_iter().map(|f| (f.clone(), known_reason(f.kind, tags))).collect())
    }

    /// Characters XML 1.0 cannot hold (known: h9-html turns them into a finding).
    fn has_non_xml_char(text: &str) -> bool {
        text.chars().any(|c| (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}')
    }

    fn text_value() -> impl Strategy<Value = String> {
        let fragments: Vec<&'static str> = XSS.iter().chain(MARKDOWN).copied().collect();
        prop_oneof![
            any::<String>(),
            "[ -~]{0,60}",
            prop::collection::vec(prop::sample::select(fragments), 1..4).prop_map(|parts| parts.concat()),
        ]
    }

    fn markdown_body() -> impl Strategy<Value = (String, BTreeSet<Tag>)> {
        let pieces: Vec<(&'static str, Tag)> = MARKDOWN
            .iter()
            .map(|m| (*m, Tag::Markdown))
            .chain(XSS.iter().map(|x| (*x, Tag::RawHtml)))
            .chain(HEADING_ATTRIBUTES.iter().map(|h| (*h, Tag::HeadingAttributes)))
            .chain(
                ["Gewone tekst.", "## Kop", "- lijst", "> citaat", "**vet** _schuin_", "[koppeling](/nl/)"]
                    .map(|t| (t, Tag::Markdown)),
            )
            .collect();
        let separators = vec!["", " ", "\n", "\n\n", "\n\n\n"];
        prop::collection::vec((prop::sample::select(pieces), prop::sample::select(separators)), 1..4).prop_map(
            |parts| {
                let mut text = String::new();
                let mut tags = BTreeSet::new();
                for ((piece, tag), separator) in parts {
                    text.push_str(piece);
                    text.push_str(separator);
                    tags.insert(tag);
                }
                (text, tags)
            },
        )
    }

    #[test]
    fn the_checks_catch_what_they_are_for() {
        let mut findings = Vec::new();
        let html = "<p onclick=x><a href=' jav&#x09;ascript:x'><script>x</script><script type=\"application/ld+json\">{</script>";
        check_html("a.html", html, &mut findings);
        let redirects = "# c\n/nl/a/ /nl/b/ 301\n/en/old/ https://evil.example/phish 301!\n/en/x/ /en/contact/ 301\n";
        check_redirects("_redirects", redirects, &mut findings);
        let map = "map $uri $r {\n    default \"\";\n    \"/a/\" \"/b/\";\n    \"/a\" \"//evil.example\";\n}\n";
        check_redirects("loket-redirects.conf", map, &mut findings);
        let kinds: Vec<Kind> = findings.iter().map(|f| f.kind).collect();
        assert_eq!(
            kinds,
            [Kind::EventHandler, Kind::ScriptUrl, Kind::Script, Kind::BadJson, Kind::Redirect, Kind::Redirect],
            "{findings:#?}"
        );
    }

    /// The planted pictures are what they say: the photo decodes and its EXIF has a GPS
    /// position, the hostile ones claim what they should.
    #[test]
    fn planted_pictures_are_what_they_claim() {
        let photo = jpeg_with_gps();
        assert!(image::load_from_memory(&photo).is_ok(), "the photo with EXIF decodes");
        let exif = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(&photo)).expect("EXIF");
        let latitude = exif.get_field(exif::Tag::GPSLatitude, exif::In::PRIMARY).expect("a GPS latitude");
        assert_eq!(latitude.display_value().to_string(), "52 deg 22 min 30.5 sec");
        let description = exif.get_field(exif::Tag::ImageDescription, exif::In::PRIMARY).expect("a description");
        assert!(description.display_value().to_string().contains(GPS_MARKER));
        assert!(image::load_from_memory(&png_with_text()).is_ok(), "the PNG with text decodes");
        assert_eq!(imagesize::blob_size(&png_claiming(100_000, 100_000)).map(|s| s.width).ok(), Some(100_000));
        assert_eq!(imagesize::blob_size(&jpeg_claiming(65_500)).map(|s| s.height).ok(), Some(65_500));
        assert_eq!(imagesize::blob_size(&gif_by_hand(65_535, 65_535, 1)).map(|s| s.width).ok(), Some(65_535));
        let frames = image::codecs::gif::GifDecoder::new(std::io::Cursor::new(gif_by_hand(1, 1, 5_000)))
            .map(|d| image::AnimationDecoder::into_frames(d).count());
        assert_eq!(frames.ok(), Some(5_000), "5,000 frames");
        let gif = image::codecs::gif::GifDecoder::new(std::io::Cursor::new(gif_bytes(24, 16, 3)))
            .map(|d| image::AnimationDecoder::into_frames(d).count());
        assert_eq!(gif.ok(), Some(3));
    }

    fn new_findings(findings: &[(Finding, Option<&'static str>)]) -> Vec<String> {
        findings.iter().filter(|(_, known)| known.is_none()).map(|(f, _)| format!("{f:.300}")).collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn any_title_description_and_breadcrumb_build_safely(
            title in text_value(), description in text_value(), breadcrumb in text_value()
        ) {
            // JSON strings are YAML double-quoted scalars: every value arrives as it is.
            let quote = |v: &String| serde_json::to_string(v).unwrap_or_default();
            let page = format!(
                "---\ntitle: {}\ndescription: {}\nbreadcrumb: {}\ntranslation_key: eigenschap\ndate: 2026-01-20\n---\nTekst.\n",
                quote(&title), quote(&description), quote(&breadcrumb)
            );
            let mut tags = BTreeSet::from([Tag::FrontMatter]);
            if [&title, &description, &breadcrumb].iter().any(|v| has_non_xml_char(v)) {
                tags.insert(Tag::ControlCharacters);
            }
            let findings = build_with_page(&page, &tags).map_err(TestCaseError::fail)?;
            let new = new_findings(&findings);
            prop_assert!(new.is_empty(), "{}", new.join("\n"));
        }

        #[test]
        fn any_markdown_body_builds_safely((body, tags) in markdown_body()) {
            let page = format!("---\ntitle: Eigenschap\ndescription: Een test.\ntranslation_key: eigenschap\ndate: 2026-01-20\n---\n{body}\n");
            let findings = build_with_page(&page, &tags).map_err(TestCaseError::fail)?;
            let new = new_findings(&findings);
            prop_assert!(new.is_empty(), "{}", new.join("\n"));
        }
    }
}
