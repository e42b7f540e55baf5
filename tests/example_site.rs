//! The bundled example site (the repository's own `content/`) is what a new user builds
//! first: it must check with zero errors and zero warnings, in both languages.

mod common;

use common::render;
use loket::publish::build::{build, BuildOptions};

#[test]
fn the_example_site_has_no_findings_at_all() {
    let mut options = BuildOptions::new(env!("CARGO_MANIFEST_DIR"));
    options.write = false;
    match build(&options) {
        Ok(report) => {
            assert!(report.diagnostics.is_empty(), "{}", render(&report.diagnostics));
            // At least 30 pages per language (the content brief).
            assert!(report.pages["nl"] >= 30 && report.pages["en"] >= 30, "{:?}", report.pages);
        }
        Err(problems) => panic!("the example site fails:\n{}", render(&problems)),
    }
}
