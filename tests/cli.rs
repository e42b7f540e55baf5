//! The command line's contract: exit status 0, 1 (site errors as `file:line:col: message`)
//! and 2 (wrong command line), and the one-line summary.

mod common;

use common::{copy_fixture, fixture};
use std::process::Command;

fn loket(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_loket")).args(args).output().expect("run loket");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn build_succeeds_with_a_summary_line() {
    let site = copy_fixture("valid/basic");
    let root = site.path().to_str().unwrap();
    let (code, stdout, _) = loket(&["build", "--root", root]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("built 14 pages (nl 8, en 6) in "), "{stdout}");
    assert!(site.path().join("public/nl/index.html").is_file(), "default output is ROOT/public");
}

#[test]
fn check_writes_nothing() {
    let site = copy_fixture("valid/basic");
    let (code, stdout, _) = loket(&["check", "--root", site.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("checked 14 pages"), "{stdout}");
    assert!(!site.path().join("public").exists());
}

#[test]
fn site_errors_exit_with_1_and_print_file_line_column() {
    let root = fixture("invalid/all-errors-at-once");
    let (code, _, stderr) = loket(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("content/nl/a.md:4:9: error[front-matter]: expected a whole number"), "{stderr}");
    assert!(stderr.contains("content/en/c.md:2:1: error[front-matter]"), "{stderr}");
    assert!(stderr.contains("5 errors"), "every error of the build is reported: {stderr}");
}

#[test]
fn a_wrong_command_line_exits_with_2() {
    assert_eq!(loket(&["build", "--no-such-option"]).0, 2);
    assert_eq!(loket(&["frobnicate"]).0, 2);
}

#[test]
fn new_writes_a_translated_pair_that_checks_cleanly_and_never_overwrites() {
    let site = copy_fixture("valid/basic");
    let root = site.path().to_str().unwrap();
    let (code, stdout, stderr) = loket(&[
        "new",
        "nl/diensten/loket/openingstijden",
        "--translate-to",
        "en/services/desk/opening-hours",
        "--root",
        root,
    ]);
    assert_eq!(code, 0, "{stderr}");
    for created in [
        "content/nl/diensten/loket/_index.md",
        "content/en/services/desk/_index.md",
        "content/nl/diensten/loket/openingstijden.md",
        "content/en/services/desk/opening-hours.md",
    ] {
        assert!(site.path().join(created).is_file(), "{created}");
        assert!(stdout.contains(created), "{stdout}");
    }
    assert!(stdout.contains("https://loket.example.org/nl/diensten/loket/openingstijden/"), "{stdout}");
    assert!(stdout.contains("https://loket.example.org/en/services/desk/opening-hours/"), "{stdout}");
    let (code, _, stderr) = loket(&["check", "--root", root]);
    assert_eq!(code, 0, "the new pages check cleanly: {stderr}");
    let built = common::build_at(site.path(), |_| {}).expect("build");
    let page = built.read("en/services/desk/opening-hours/index.html");
    assert!(page.contains("href=\"/nl/diensten/loket/openingstijden/\""), "the switcher links the pair");

    let (code, _, stderr) = loket(&["new", "nl/diensten/loket/openingstijden", "--root", root]);
    assert_eq!(code, 1);
    assert!(stderr.contains("already exists"), "{stderr}");
    let (code, _, stderr) = loket(&["new", "fr/page", "--root", root]);
    assert_eq!(code, 2, "{stderr}");
    let (code, _, _) = loket(&["new", "nl/Met Spaties", "--root", root]);
    assert_eq!(code, 2);
}
