//! Per-page choices in front matter (`lead`, `toc`, `listed`) and the site default
//! `toc_min_headings`, asserted on the HTML of `tests/fixtures/valid/page-choices`.

mod common;

use common::{build_at, build_fixture, copy_fixture};
use std::fs;

const LEAD: &str = r#"<p class="lead">"#;
const TOC: &str = r#"<nav class="toc""#;

#[test]
fn lead_false_leaves_the_description_out_of_the_page_header() {
    let built = build_fixture("valid/page-choices");
    let nl = built.read("nl/nieuws/open-dag/index.html");
    assert!(!nl.contains(LEAD), "lead: false");
    // Still the page's description everywhere else: meta, Open Graph and cards.
    assert!(nl.contains(r#"<meta name="description" content="Kom langs op onze open dag.">"#));
    assert!(built
        .read("nl/nieuws/index.html")
        .contains(r#"<p class="card-description">Kom langs op onze open dag.</p>"#));
    let en = built.read("en/news/open-day/index.html");
    assert!(en.contains(r#"<p class="lead">Visit us on our open day.</p>"#), "the default shows the lead");
}

#[test]
fn toc_follows_the_page_choice_then_the_site_default() {
    let built = build_fixture("valid/page-choices");
    // Two `##` headings meet `toc_min_headings: 2`.
    assert!(built.read("nl/nieuws/open-dag/index.html").contains(TOC));
    assert!(!built.read("en/news/open-day/index.html").contains(TOC), "toc: false");
    // One heading: below the default, but `toc: true` asks for it.
    assert!(built.read("nl/nieuws/storing/index.html").contains(TOC), "toc: true");
    assert!(!built.read("en/news/outage/index.html").contains(TOC));
    // Exactly one table of contents, whatever the page says.
    let page = built.read("nl/nieuws/storing/index.html");
    assert_eq!(page.matches(TOC).count(), 1);
}

#[test]
fn the_site_default_counts_headings_and_zero_turns_it_off() {
    let site = copy_fixture("valid/page-choices");
    let yaml = site.path().join("site.yaml");
    let text = fs::read_to_string(&yaml).unwrap();
    fs::write(&yaml, text.replace("toc_min_headings: 2", "toc_min_headings: 3")).unwrap();
    let built = build_at(site.path(), |_| {}).unwrap();
    assert!(!built.read("nl/nieuws/open-dag/index.html").contains(TOC), "two headings < 3");
    assert!(built.read("nl/nieuws/storing/index.html").contains(TOC), "toc: true wins");

    fs::write(&yaml, text.replace("toc_min_headings: 2", "toc_min_headings: 0")).unwrap();
    let built = build_at(site.path(), |_| {}).unwrap();
    assert!(!built.read("nl/nieuws/open-dag/index.html").contains(TOC), "0: only on request");
    assert!(built.read("nl/nieuws/storing/index.html").contains(TOC));

    fs::write(&yaml, text.replace("toc_min_headings: 2", "toc_min_headings: -1")).unwrap();
    let problems = build_at(site.path(), |_| {}).err().expect("a negative number is an error");
    let d = problems.sorted()[0].clone();
    assert_eq!((d.rule, d.position.line), (loket::rules::Rule::Config, 7), "{d}");
    assert!(d.hint.map(|h| h.to_string()).unwrap_or_default().contains("toc_min_headings: 4"));
}

#[test]
fn listed_false_pages_are_built_but_left_out_of_lists_and_feeds() {
    let built = build_fixture("valid/page-choices");
    assert!(built.exists("nl/nieuws/storing/index.html"), "still built");
    let section = built.read("nl/nieuws/index.html");
    assert!(section.contains(r#"href="/nl/nieuws/open-dag/""#));
    assert!(!section.contains(r#"href="/nl/nieuws/storing/""#), "not among the section's cards");
    let feed = built.read("nl/nieuws/atom.xml");
    assert!(feed.contains("/nl/nieuws/open-dag/") && !feed.contains("/nl/nieuws/storing/"), "{feed}");
    let sitemap = built.read("sitemap.xml");
    assert!(sitemap.contains("https://loket.example.org/nl/nieuws/storing/"), "still in the sitemap");
    // Still a translation of its counterpart.
    let page = built.read("nl/nieuws/storing/index.html");
    assert!(page.contains(r#"hreflang="en" href="https://loket.example.org/en/news/outage/""#));
}
