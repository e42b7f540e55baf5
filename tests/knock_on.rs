//! One mistake, one finding: a page whose settings have an error is still known by its
//! place and `translation_key`, so its translation is not "untranslated", and the menu
//! entry and links that name it are no errors of their own; `loket status` does not count
//! its translation as missing (tests/fixtures/invalid/front-matter-no-knock-on).

mod common;

use common::{build_at, fixture, loket};
use loket::rules::Rule;

#[test]
fn a_page_whose_settings_fail_gives_only_its_own_finding() {
    let root = fixture("invalid/front-matter-no-knock-on");
    let problems = match build_at(&root, |o| o.write = false) {
        Ok(built) => built.report.diagnostics,
        Err(problems) => problems,
    };
    let found: Vec<_> = problems.sorted().into_iter().map(|d| (d.rule, d.file.clone(), d.position.line)).collect();
    assert_eq!(found, [(Rule::FrontMatter, "content/en/contact.md".into(), 3)]);
}

#[test]
fn status_does_not_count_its_translation_as_missing() {
    let root = fixture("invalid/front-matter-no-knock-on");
    let (code, stdout, stderr) = loket(&["status", "--root", root.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let value: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(value["translations"]["untranslated"], serde_json::json!([]), "{stdout}");
    let nl = &value["translations"]["languages"][0];
    assert_eq!((nl["lang"].as_str(), nl["missing"].as_u64()), (Some("nl"), Some(0)));
}
