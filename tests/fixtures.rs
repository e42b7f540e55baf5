//! The fixture sites, one folder per case (after mdBook's harness): every site under
//! `fixtures/valid/` builds without findings, and every site under `fixtures/invalid/`
//! reports exactly the findings in its `expected.txt`. Run with `LOKET_BLESS=1` to rewrite
//! the expected files from the current output (then review the diff).

mod common;

use common::{build_at, fixture, render};
use std::path::PathBuf;

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
    let bless = std::env::var_os("LOKET_BLESS").is_some();
    let mut mismatches = Vec::new();
    for dir in cases("invalid") {
        let problems = match build_at(&dir, |o| o.write = false) {
            Ok(built) => built.report.diagnostics,
            Err(problems) => problems,
        };
        assert!(problems.has_errors(), "{} should fail to build", dir.display());
        let actual = render(&problems);
        let expected_file = dir.join("expected.txt");
        if bless {
            std::fs::write(&expected_file, &actual).expect("write expected.txt");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_file).unwrap_or_default();
        if expected != actual {
            mismatches.push(format!("== {}\n-- expected:\n{expected}-- actual:\n{actual}", dir.display()));
        }
    }
    assert!(mismatches.is_empty(), "findings differ (LOKET_BLESS=1 rewrites them):\n{}", mismatches.join("\n"));
}
