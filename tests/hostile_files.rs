//! Hostile files in a site folder (issue 9): named pipes anywhere are findings, not hangs;
//! symbolic links out of the site are refused without reading (or printing, or publishing)
//! what they point to; builds running at once into one output each commit a complete site.
#![cfg(unix)]

mod common;

use common::{copy_fixture, snapshot};
use loket::publish::build::{build, BuildOptions};
use std::fs;
use std::io::Read;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Long enough for a debug build on a busy machine; a hang fails instead of blocking CI.
const BOUND: Duration = Duration::from_secs(60);

/// Runs loket with `args`; panics if it does not finish within `BOUND`.
/// Returns (exit status, stdout, stderr).
fn loket(args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run loket");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = pipe.read_to_string(&mut text);
            text
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("stderr")));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > BOUND {
            let _ = child.kill();
            let _ = child.wait();
            panic!("loket {args:?} did not finish within {BOUND:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (status.code().unwrap_or(-1), stdout.join().expect("stdout"), stderr.join().expect("stderr"))
}

fn mkfifo(path: &Path) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success(), "mkfifo {}", path.display());
}

/// `check` and `build` of the site with a named pipe at `relative` both end, with exit 1
/// and a `special-file` finding at it; nothing is published.
fn named_pipe_is_a_finding(relative: &str) {
    let site = copy_fixture("valid/basic");
    mkfifo(&site.path().join(relative));
    let root = site.path().to_str().unwrap();
    for command in ["check", "build"] {
        let (code, _, stderr) = loket(&[command, "--root", root]);
        assert_eq!(code, 1, "{command}: {stderr}");
        let expected = format!("This is a named pipe (FIFO), not an ordinary file. loket does not read it.\n --> {relative}:1:1 [special-file]");
        assert!(stderr.contains(&expected), "{command}: {stderr}");
    }
    assert!(!site.path().join("public").exists(), "nothing is published");
}

#[test]
fn a_named_pipe_as_a_page_is_a_finding_not_a_hang() {
    named_pipe_is_a_finding("content/nl/pijp.md");
}

#[test]
fn a_named_pipe_as_an_asset_is_a_finding_not_a_hang() {
    named_pipe_is_a_finding("content/nl/diensten/pijp.png");
}

#[test]
fn a_named_pipe_as_a_static_file_is_a_finding_not_a_hang() {
    named_pipe_is_a_finding("static/css/pijp.css");
}

#[test]
fn a_named_pipe_as_a_template_is_a_finding_not_a_hang() {
    named_pipe_is_a_finding("templates/base.html");
}

#[test]
fn a_named_pipe_as_a_locale_file_is_a_finding_not_a_hang() {
    named_pipe_is_a_finding("locales/nl/extra.ftl");
}

#[test]
fn a_named_pipe_as_site_yaml_is_a_finding_not_a_hang() {
    let site = copy_fixture("valid/basic");
    fs::remove_file(site.path().join("site.yaml")).unwrap();
    named_pipe_in_place(site.path(), "site.yaml");
}

fn named_pipe_in_place(root: &Path, relative: &str) {
    mkfifo(&root.join(relative));
    let (code, _, stderr) = loket(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(&format!(" --> {relative}:1:1 [special-file]")), "{stderr}");
}

#[test]
fn a_link_inside_the_site_to_a_named_pipe_is_a_finding_too() {
    let site = copy_fixture("valid/basic");
    mkfifo(&site.path().join("pijp"));
    symlink("../../pijp", site.path().join("content/nl/pijp.md")).unwrap();
    let (code, _, stderr) = loket(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(" --> content/nl/pijp.md:1:1 [special-file]"), "{stderr}");
}

const SECRET: &str = "TOPSECRET-7f3a9c";

/// A folder outside the site with a secret in a page, an image and a template.
fn outside_folder() -> tempfile::TempDir {
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("passwd"), format!("root:{SECRET}:0:0\nsecond line {SECRET}\n")).unwrap();
    fs::create_dir_all(outside.path().join("nl")).unwrap();
    fs::write(
        outside.path().join("nl/_index.md"),
        format!("---\ntitle: {SECRET}\ndescription: {SECRET}\n---\n{SECRET}\n"),
    )
    .unwrap();
    fs::write(outside.path().join("base.html"), format!("<p>{SECRET}</p>")).unwrap();
    outside
}

/// Runs `check` and `build` in both formats: each exits 1 with an `outside-site` finding at
/// `file`, and the secret appears in no message and no output file.
fn refused_without_leaking(root: &Path, file: &str) {
    let root_text = root.to_str().unwrap();
    for command in ["check", "build"] {
        for format in ["human", "json"] {
            let (code, stdout, stderr) = loket(&[command, "--root", root_text, "--format", format]);
            assert_eq!(code, 1, "{command} {format}: {stderr}");
            let all = format!("{stdout}{stderr}");
            assert!(!all.contains(SECRET), "{command} {format} printed the secret:\n{all}");
            let expected = match format {
                "human" => format!(" --> {file}:1:1 [outside-site]"),
                _ => format!(
                    r#""file":"{file}","hint":"Copy the file or folder into the site instead of linking to it.","line":1,"message":"This shortcut (symbolic link) leads outside the site folder. loket does not read it.","message_id":"load-outside-site","rule":"outside-site""#
                ),
            };
            assert!(all.contains(&expected), "{command} {format}:\n{all}");
        }
    }
    assert!(!root.join("public").exists(), "nothing is published");
}

#[test]
fn a_page_linked_to_a_file_outside_the_site_is_never_read_or_printed() {
    let site = copy_fixture("valid/basic");
    let outside = outside_folder();
    symlink(outside.path().join("passwd"), site.path().join("content/en/leak.md")).unwrap();
    refused_without_leaking(site.path(), "content/en/leak.md");
    let (_, _, stderr) = loket(&["check", "--root", site.path().to_str().unwrap()]);
    assert!(stderr.contains(" --> content/en/leak.md:1:1 [outside-site]"), "{stderr}");
}

#[test]
fn a_page_linked_to_dev_zero_finishes_quickly() {
    let site = copy_fixture("valid/basic");
    symlink("/dev/zero", site.path().join("content/en/zero.md")).unwrap();
    symlink("/proc/self/environ", site.path().join("content/en/environ.md")).unwrap();
    let started = Instant::now();
    let (code, _, stderr) = loket(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(" --> content/en/zero.md:1:1 [outside-site]"), "{stderr}");
    assert!(stderr.contains(" --> content/en/environ.md:1:1 [outside-site]"), "{stderr}");
    assert!(!stderr.contains('\0'));
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());
}

#[test]
fn a_content_folder_linked_outside_the_site_is_refused() {
    let site = copy_fixture("valid/basic");
    let outside = outside_folder();
    fs::remove_dir_all(site.path().join("content")).unwrap();
    symlink(outside.path(), site.path().join("content")).unwrap();
    refused_without_leaking(site.path(), "content");
    let (_, _, stderr) = loket(&["build", "--root", site.path().to_str().unwrap()]);
    assert!(
        stderr.contains("This shortcut (symbolic link) leads outside the site folder. loket does not read it.\n --> content:1:1 [outside-site]"),
        "{stderr}"
    );
}

#[test]
fn theme_folders_and_site_yaml_linked_outside_the_site_are_refused() {
    for name in ["templates", "locales", "static"] {
        let site = copy_fixture("valid/basic");
        let outside = outside_folder();
        let _ = fs::remove_dir_all(site.path().join(name));
        symlink(outside.path(), site.path().join(name)).unwrap();
        refused_without_leaking(site.path(), name);
    }
    let site = copy_fixture("valid/basic");
    let outside = tempfile::tempdir().unwrap();
    fs::copy(site.path().join("site.yaml"), outside.path().join("site.yaml")).unwrap();
    fs::remove_file(site.path().join("site.yaml")).unwrap();
    symlink(outside.path().join("site.yaml"), site.path().join("site.yaml")).unwrap();
    let (code, _, stderr) = loket(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(" --> site.yaml:1:1 [outside-site]"), "{stderr}");
}

#[test]
fn links_that_stay_inside_the_site_are_followed() {
    let site = copy_fixture("valid/basic");
    let root = site.path();
    fs::create_dir_all(root.join("shared")).unwrap();
    fs::rename(root.join("static"), root.join("shared/static")).unwrap();
    symlink("shared/static", root.join("static")).unwrap();
    let (code, _, stderr) = loket(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(root.join("public/img/logo.svg").is_file());
}

#[test]
fn output_errors_name_site_relative_paths() {
    let site = copy_fixture("valid/basic");
    let root = site.path();
    fs::create_dir_all(root.join("public")).unwrap();
    fs::write(root.join("public/notes.txt"), "mine").unwrap();
    let (code, _, stderr) = loket(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("Error: loket does not replace public:"), "{stderr}");
    assert!(stderr.contains(" --> public:1:1 [output]"), "{stderr}");
    assert!(!stderr.contains(root.to_str().unwrap()), "no absolute paths: {stderr}");
}

fn file_list(dir: &Path) -> Vec<String> {
    snapshot(dir).into_iter().map(|(path, _)| path).collect()
}

fn staging_leftovers(parent: &Path) -> Vec<String> {
    fs::read_dir(parent)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("loket-staging"))
        .collect()
}

#[test]
fn builds_at_once_into_one_output_each_commit_a_complete_site() {
    let site = copy_fixture("valid/basic");
    let root = site.path().to_path_buf();
    let single = tempfile::tempdir().unwrap();
    let mut options = BuildOptions::new(&root);
    options.out = Some(single.path().join("public"));
    build(&options).expect("a single build");
    let expected = file_list(&single.path().join("public"));

    let out_parent = tempfile::tempdir().unwrap();
    let out = out_parent.path().join("public");
    for round in 0..3 {
        let results: Vec<Result<(), String>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    scope.spawn(|| {
                        let mut options = BuildOptions::new(&root);
                        options.out = Some(out.clone());
                        options.search = round % 2 == 0;
                        build(&options).map(|_| ()).map_err(|problems| format!("{problems:?}"))
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().expect("no panic")).collect()
        });
        for result in &results {
            assert!(result.is_ok(), "round {round}: {result:?}");
        }
        let mut built = file_list(&out);
        if round % 2 == 1 {
            // Without the search index: the same files but pagefind's.
            built.retain(|p| !p.starts_with("pagefind/"));
            let mut expected = expected.clone();
            expected.retain(|p| !p.starts_with("pagefind/"));
            assert_eq!(built, expected, "round {round}");
        } else {
            assert_eq!(built, expected, "round {round}");
        }
        assert_eq!(staging_leftovers(out_parent.path()), Vec::<String>::new(), "round {round}");
    }
}

#[test]
fn two_build_processes_at_once_both_succeed_with_a_complete_site() {
    let site = copy_fixture("valid/basic");
    let root = site.path().to_str().unwrap().to_string();
    let children: Vec<_> = (0..2)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_loket"))
                .args(["build", "--root", &root])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("run loket")
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().expect("wait");
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    let single = tempfile::tempdir().unwrap();
    let mut options = BuildOptions::new(site.path());
    options.out = Some(single.path().join("public"));
    build(&options).expect("a single build");
    assert_eq!(file_list(&site.path().join("public")), file_list(&single.path().join("public")));
    assert_eq!(staging_leftovers(site.path()), Vec::<String>::new());
}

#[test]
fn a_rebuild_swaps_the_output_and_removes_the_old_one() {
    let site = copy_fixture("valid/basic");
    let root = site.path();
    let (code, _, stderr) = loket(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    fs::write(root.join("public/stale.html"), "old").unwrap();
    // Leftovers of killed builds, in today's and in the old naming: removed, never in the way.
    fs::create_dir_all(root.join(".public.loket-staging.Xk3b9q/nl")).unwrap();
    fs::write(root.join(".public.loket-staging.Xk3b9q/nl/half.html"), "half").unwrap();
    fs::create_dir_all(root.join(".public.loket-staging")).unwrap();
    fs::create_dir_all(root.join(".public.loket-staging.old")).unwrap();
    let (code, _, stderr) = loket(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!root.join("public/stale.html").exists(), "the old output is gone");
    assert!(root.join("public/nl/index.html").is_file());
    assert_eq!(staging_leftovers(root), Vec::<String>::new());
}

#[test]
fn each_build_stages_in_a_folder_of_its_own() {
    let site = copy_fixture("valid/basic");
    let out = site.path().join("public");
    let first = loket::publish::output::Staging::begin(site.path(), &out).expect("first");
    let second = loket::publish::output::Staging::begin(site.path(), &out).expect("second");
    assert_ne!(first.dir(), second.dir());
    assert!(first.dir().is_dir() && second.dir().is_dir(), "a running build's folder is not taken for a leftover");
    first.write("nl/index.html", b"first").unwrap();
    second.write("nl/index.html", b"second").unwrap();
    first.commit().expect("first commit");
    second.commit().expect("second commit");
    assert_eq!(fs::read_to_string(out.join("nl/index.html")).unwrap(), "second");
    assert_eq!(staging_leftovers(site.path()), Vec::<String>::new());
}

/// `loket serve` with a named pipe among the pages starts, and shows the finding in its
/// overlay; a named pipe made while it runs is found too, and it keeps answering.
#[test]
fn serve_reports_named_pipes_and_keeps_serving() {
    use std::io::{BufRead, BufReader, Write};
    let site = copy_fixture("valid/basic");
    mkfifo(&site.path().join("content/nl/pijp.md"));
    let mut child = Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(["serve", "--port", "0", "--root"])
        .arg(site.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start loket serve");
    let stdout = child.stdout.take().expect("stdout");
    let (lines_tx, lines) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    struct Kill(std::process::Child);
    impl Drop for Kill {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let _child = Kill(child);
    let deadline = Instant::now() + BOUND;
    let port: u16 = loop {
        let line = lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("serve starts and prints its address: it must not hang on a named pipe");
        if let Some(address) = line.split("at http://127.0.0.1:").nth(1) {
            break address.trim_end_matches(|c: char| !c.is_ascii_digit()).parse().expect("port");
        }
    };
    let get = |path: &str| -> String {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").unwrap();
        let mut text = String::new();
        let _ = stream.read_to_string(&mut text);
        text
    };
    let wait_for = |what: &str| {
        let deadline = Instant::now() + BOUND;
        loop {
            let page = get("/nl/");
            if page.contains(what) {
                return page;
            }
            assert!(Instant::now() < deadline, "no {what} in:\n{page}");
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    wait_for("content/nl/pijp.md, line 1");
    mkfifo(&site.path().join("content/en/pijp.png"));
    let page = wait_for("content/en/pijp.png, line 1");
    assert!(page.contains("special-file"), "{page}");
}

/// A static file that cannot be read (a named pipe, a link out of the site) gives its own
/// finding, and no `broken-link` besides on the pages that link to it (issue 25); the other
/// static files stay linkable.
#[test]
fn a_static_file_that_cannot_be_read_gives_only_its_own_finding() {
    let site = copy_fixture("valid/basic");
    let outside = outside_folder();
    mkfifo(&site.path().join("static/css/pijp.css"));
    symlink(outside.path().join("passwd"), site.path().join("static/weg.txt")).unwrap();
    let page = site.path().join("content/nl/contact.md");
    let text = fs::read_to_string(&page).unwrap();
    fs::write(&page, format!("{text}\n[Stijl](/css/pijp.css), [weg](/weg.txt) en [logo](/img/logo.svg).\n")).unwrap();
    let (code, _, stderr) = loket(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(" --> static/css/pijp.css:1:1 [special-file]"), "{stderr}");
    assert!(stderr.contains(" --> static/weg.txt:1:1 [outside-site]"), "{stderr}");
    assert!(!stderr.contains("[broken-link]"), "{stderr}");
    assert!(!stderr.contains(SECRET), "{stderr}");
}

/// Another program holding a lock on the folder that holds the output (the site folder, for
/// the default output) makes a build wait a while, then fail with a finding naming the
/// folder: never hang without a word (issue 25). A lock let go in time is simply waited for.
#[test]
fn a_lock_held_elsewhere_on_the_output_folder_fails_the_build_in_time() {
    let site = copy_fixture("valid/basic");
    let holder = fs::File::open(site.path()).unwrap();
    holder.lock().unwrap();
    let mut options = BuildOptions::new(site.path());
    options.lock_wait = Duration::from_secs(2);
    let started = Instant::now();
    let problems = build(&options).expect_err("the folder is locked");
    assert!(started.elapsed() < BOUND, "{:?}", started.elapsed());
    let text = common::render(&problems);
    assert!(
        text.contains(&format!(
            "Another program has locked the folder {}. Probably another loket builds or serves this site. loket waited 2 seconds for it.",
            site.path().display()
        )),
        "{text}"
    );
    assert!(!site.path().join("public").exists(), "nothing is published");

    // Let go while the build waits: it goes on and publishes.
    let letting_go = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(500));
        drop(holder);
    });
    build(&options).unwrap_or_else(|p| panic!("{}", common::render(&p)));
    letting_go.join().unwrap();
    assert!(site.path().join("public/nl/index.html").is_file());
}

/// The old output holding a symbolic link to a folder elsewhere: the rebuild never links
/// or reads the files there, even when they hold the bytes it would write (issue 25).
#[test]
fn a_rebuild_never_follows_a_link_in_the_old_output() {
    use std::os::unix::fs::MetadataExt;
    let site = copy_fixture("valid/basic");
    let root = site.path();
    let (code, _, stderr) = loket(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let outside = tempfile::tempdir().unwrap();
    let page = fs::read(root.join("public/nl/contact/index.html")).unwrap();
    // The same bytes as the page the rebuild writes, in a folder outside the output.
    fs::write(outside.path().join("index.html"), &page).unwrap();
    fs::remove_dir_all(root.join("public/nl/contact")).unwrap();
    symlink(outside.path(), root.join("public/nl/contact")).unwrap();
    let (code, _, stderr) = loket(&["build", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let new = root.join("public/nl/contact");
    assert!(fs::symlink_metadata(&new).unwrap().is_dir(), "a real folder in the new output");
    let (inside, out) =
        (fs::metadata(new.join("index.html")).unwrap(), fs::metadata(outside.path().join("index.html")).unwrap());
    assert_ne!((inside.dev(), inside.ino()), (out.dev(), out.ino()), "the outside file is linked into the output");
    assert_eq!(out.nlink(), 1);
    assert_eq!(fs::read(new.join("index.html")).unwrap(), page);
    assert_eq!(fs::read(outside.path().join("index.html")).unwrap(), page, "the outside file is untouched");
}
