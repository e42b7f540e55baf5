//! The command line's contract: exit status 0, 1 (site errors as `file:line:col: message`)
//! and 2 (wrong command line), and the one-line summary.

mod common;

use common::{copy_fixture, fixture, loket};

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
    assert!(stderr.contains("content/nl/a.md:4:9: error[front-matter]: `weight` needs a whole number."), "{stderr}");
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

#[test]
fn findings_show_the_line_with_a_caret_and_no_colour_when_not_on_a_terminal() {
    let root = fixture("invalid/heading-skip");
    let (code, _, stderr) = loket(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 1);
    let expected = "content/nl/koppen.md:9:1: error[heading-skip]: This heading skips a level: a level-4 heading comes after level 2.\n  |\n9 | #### Vier\n  | ^^^^\n  |\n  = hint: Use `###` here.";
    assert!(stderr.contains(expected), "{stderr}");
    assert!(!stderr.contains('\u{1b}'), "no colour codes in a pipe: {stderr}");
    assert!(stderr.contains("1 error and 0 warnings"), "{stderr}");
}

#[test]
fn warnings_never_change_the_exit_status() {
    let root = fixture("warnings/table-header");
    let (code, stdout, stderr) = loket(&["check", "--root", root.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.starts_with("content/nl/tabel.md:7:1: warning[table-header]: This table has no header row."),
        "{stderr}"
    );
    assert!(stdout.starts_with("checked ") && stdout.trim_end().ends_with(", 1 warning"), "{stdout}");
}

#[test]
fn json_format_prints_one_object_per_finding_and_line() {
    for command in ["check", "build"] {
        let site = copy_fixture("invalid/all-errors-at-once");
        let (code, stdout, stderr) = loket(&[command, "--root", site.path().to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 1);
        let findings: Vec<serde_json::Value> =
            stdout.lines().map(|l| serde_json::from_str(l).expect("a JSON object per line")).collect();
        assert_eq!(findings.len(), 5, "{stdout}");
        let first = &findings[0];
        assert_eq!(first["rule"], "front-matter");
        assert_eq!(first["severity"], "error");
        assert_eq!(first["file"], "content/en/c.md");
        assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(2), Some(1)));
        assert_eq!(first["message"], "The setting `description` is missing.");
        assert_eq!(first["hint"], "Add a line `description: ...`.");
        assert!(stderr.contains("5 errors"), "the summary goes to stderr: {stderr}");
    }
    // A successful run keeps stdout for JSON only: the summary goes to stderr.
    let root = fixture("warnings/table-header");
    let (code, stdout, stderr) = loket(&["check", "--root", root.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stderr.starts_with("checked "), "{stderr}");
}

#[test]
fn a_report_whose_reader_stops_early_ends_quietly() {
    // More JSON than a pipe holds (about 300 KB): the reader leaves after the first line.
    let site = with_long_sentences(1_000);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_loket"))
        .args(["check", "--root", site.path().to_str().unwrap(), "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut first).unwrap();
    assert!(first.starts_with("{\"builtin\":"), "{first}");
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "warnings only: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A copy of the status fixture with 14 more long sentences: more warnings than a person
/// reads one by one.
fn many_warnings() -> tempfile::TempDir {
    with_long_sentences(14)
}

/// A copy of the status fixture with a page of `count` long sentences (a warning each).
fn with_long_sentences(count: usize) -> tempfile::TempDir {
    let site = copy_fixture("status");
    let sentence = format!("{}.", ["Dit is een zin met heel veel woorden"; 4].join(" "));
    let body = vec![sentence; count].join("\n\n");
    std::fs::write(
        site.path().join("content/nl/lang.md"),
        format!("---\ntitle: Lang\ndescription: Lang\n---\n{body}\n"),
    )
    .unwrap();
    site
}

fn full_warnings(stderr: &str) -> usize {
    stderr.lines().filter(|l| l.contains(": warning[")).count()
}

#[test]
fn many_warnings_print_the_first_few_then_one_line_per_rule() {
    let site = many_warnings();
    let root = site.path().to_str().unwrap();
    let (code, stdout, _) = loket(&["check", "--root", root, "--format", "json"]);
    assert_eq!(code, 0);
    let all = stdout.lines().count();
    assert!(all > 10, "{stdout}");
    for command in ["check", "build"] {
        let (code, stdout, stderr) = loket(&[command, "--root", root]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(full_warnings(&stderr), 5, "{stderr}");
        assert!(stderr.contains(&format!("… and {} more warnings", all - 5)), "{stderr}");
        let long = stderr.lines().find(|l| l.starts_with("  warning[long-sentence]: ")).expect(&stderr);
        assert!(long.ends_with(" more (loket check --rule long-sentence)"), "{long}");
        let hidden: usize = stderr
            .lines()
            .filter_map(|l| l.strip_prefix("  warning[")?.split(": ").nth(1)?.split(' ').next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(hidden, all - 5, "every warning is counted once: {stderr}");
        assert!(stdout.contains(&format!(", {all} warnings")), "the summary counts them all: {stdout}");
    }
    let (_, _, stderr) = loket(&["check", "--root", root, "--warnings", "full"]);
    assert_eq!(full_warnings(&stderr), all, "{stderr}");
    assert!(!stderr.contains("more warnings"));
}

#[test]
fn rule_selects_the_findings_of_one_rule() {
    let site = many_warnings();
    let root = site.path().to_str().unwrap();
    let (code, _, stderr) = loket(&["check", "--root", root, "--rule", "readability"]);
    assert_eq!(code, 0);
    assert_eq!(full_warnings(&stderr), stderr.matches("warning[readability]").count(), "{stderr}");
    assert!(stderr.contains("content/nl/diensten/oud.md:6:1: warning[readability]"), "{stderr}");
    // 16 long sentences: summarised unless asked for in full.
    let (_, _, stderr) = loket(&["check", "--root", root, "--rule", "long-sentence"]);
    assert_eq!(full_warnings(&stderr), 5, "{stderr}");
    assert!(stderr.contains("  warning[long-sentence]: 11 more (loket check --rule long-sentence)"), "{stderr}");
    let (_, _, stderr) = loket(&["check", "--root", root, "--rule", "long-sentence", "--warnings", "full"]);
    assert_eq!(full_warnings(&stderr), 16, "{stderr}");
    let (_, stdout, _) = loket(&["check", "--root", root, "--rule", "long-sentence", "--format", "json"]);
    assert_eq!(stdout.lines().count(), 16, "{stdout}");
    let (code, _, stderr) = loket(&["check", "--root", root, "--rule", "long-sentences"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `long-sentence`?"), "{stderr}");
}
