//! The fixture sites, one folder per case (after mdBook's harness): every site under
//! `fixtures/valid/` builds without findings, every site under `fixtures/invalid/` fails
//! with exactly the report in its `expected.nl.txt` and `expected.en.txt`, and every site
//! under `fixtures/warnings/` builds with exactly the warnings in them. Each file is the human
//! report (without colour) in that language, as `loket check --lang <lang>` prints it.
//! Together they make every rule fire. Run with `LOKET_BLESS=1` to rewrite the expected
//! files from the current output (then review the diff).

mod common;

use common::{build_at, fixture, render};
use loket::cli::report::HumanReport;
use loket::diagnostics::Diagnostics;
use loket::messages::{EditorLang, Messages};
use std::path::{Path, PathBuf};

fn cases(kind: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(fixture(kind))
        .expect("fixture folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn valid_fixtures_build_without_findings() {
    for dir in cases("valid") {
        match build_at(&dir, |_| {}) {
            Ok(built) => assert!(
                built.report.diagnostics.is_empty(),
                "{}:\n{}",
                dir.display(),
                render(&built.report.diagnostics)
            ),
            Err(problems) => panic!("{} should build, but:\n{}", dir.display(), render(&problems)),
        }
    }
}

#[test]
fn invalid_fixtures_report_their_expected_findings() {
    compare_expected("invalid", |dir, problems| {
        assert!(problems.has_errors(), "{} should fail to build", dir.display());
    });
}

#[test]
fn warning_fixtures_build_and_report_their_expected_warnings() {
    compare_expected("warnings", |dir, problems| {
        assert!(!problems.has_errors(), "{} should build, but:\n{}", dir.display(), render(problems));
        assert!(!problems.is_empty(), "{} should warn", dir.display());
    });
}

/// Checks each site of `kind` and compares its report in each language with its
/// `expected.<lang>.txt`.
fn compare_expected(kind: &str, assert_outcome: impl Fn(&Path, &Diagnostics)) {
    let bless = std::env::var_os("LOKET_BLESS").is_some();
    let mut mismatches = Vec::new();
    for dir in cases(kind) {
        let problems = match build_at(&dir, |o| o.write = false) {
            Ok(built) => built.report.diagnostics,
            Err(problems) => problems,
        };
        assert_outcome(&dir, &problems);
        for lang in EditorLang::ALL {
            let actual = report(&dir, &problems, Messages::new(lang));
            let expected_file = dir.join(format!("expected.{lang}.txt"));
            if bless {
                std::fs::write(&expected_file, &actual).expect("write expected.<lang>.txt");
                continue;
            }
            let expected = std::fs::read_to_string(&expected_file).unwrap_or_default();
            if expected != actual {
                mismatches
                    .push(format!("== {}\n-- expected:\n{expected}-- actual:\n{actual}", expected_file.display()));
            }
        }
    }
    assert!(mismatches.is_empty(), "reports differ (LOKET_BLESS=1 rewrites them):\n{}", mismatches.join("\n"));
}

/// The human report of a check, as the command line prints it without colour: each finding,
/// then (when there are errors) the line that ends a failed check.
fn report(root: &Path, problems: &Diagnostics, messages: Messages) -> String {
    let mut human = HumanReport::new(root, false, messages);
    let mut text: String = problems.sorted().into_iter().map(|d| format!("{}\n\n", human.render(d))).collect();
    if problems.has_errors() {
        text.push_str(&messages.format(&loket::cli::failed(problems, false, messages)));
        text.push('\n');
    }
    text
}

/// Every rule of the rule table fires in some fixture, with its file, line and column in the
/// expected output. Five cannot be made by a folder in git: `output` (an unwritable output
/// folder, tested in tests/build.rs), `encoding` (bytes that are not UTF-8, made by
/// tests/broken_input.rs), `special-file` (named pipes, made by tests/hostile_files.rs),
/// `file-name` (names Windows cannot hold, which would break a checkout on Windows; made by
/// tests/portable.rs) and `search` (the search indexer failing).
#[test]
fn every_rule_fires_in_a_fixture() {
    let mut seen = std::collections::BTreeSet::new();
    for kind in ["invalid", "warnings"] {
        for dir in cases(kind) {
            let expected = std::fs::read_to_string(dir.join("expected.en.txt")).unwrap_or_default();
            // ` --> content/nl/a.md:3:5 [broken-link]`
            for line in expected.lines().filter_map(|l| l.strip_prefix(" --> ")) {
                let rule = line.rsplit_once(" [").and_then(|(_, rest)| rest.split_once(']')).map(|(rule, _)| rule);
                seen.extend(rule.map(str::to_string));
            }
        }
    }
    let missing: Vec<&str> = loket::rules::Rule::ALL
        .iter()
        .map(|r| r.name())
        .filter(|name| {
            !seen.contains(*name) && !["output", "encoding", "special-file", "file-name", "search"].contains(name)
        })
        .collect();
    assert!(missing.is_empty(), "rules without a fixture: {missing:?}");
}
