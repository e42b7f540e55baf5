//! A site's `locales/<lang>/*.ftl` overrides single messages of the built-in theme; the rest
//! stays built in, and a message only the site defines must exist in every language.

mod common;

use common::{build_fixture, fixture, render};

#[test]
fn one_message_is_overridden_and_the_others_stay_built_in() {
    let built = build_fixture("valid/fluent-override");
    let nl = built.read("nl/404.html");
    assert!(nl.contains("Heb je het adres zelf getypt?"), "the site's message: {nl}");
    assert!(!nl.contains("Hebt u het adres"), "not the built-in one");
    assert!(nl.contains("Naar de inhoud"), "the built-in messages it did not override");
    assert!(built.read("en/404.html").contains("Did you type the address yourself?"), "English is untouched");
    assert!(built.report.diagnostics.is_empty(), "{}", render(&built.report.diagnostics));
}

#[test]
fn a_message_only_the_site_defines_must_exist_in_every_language() {
    let problems = common::build_at(&fixture("invalid/fluent-override-one-language"), |_| {}).err().expect("an error");
    let text = render(&problems);
    assert!(text.contains("locales/nl/je.ftl:3:1: error[fluent-missing-key]: The text “welkom-je”"), "{text}");
    assert!(!text.contains("not-found-help"), "an override is no missing key: {text}");
}
