//! What two ported government sites still needed (issue 25): a section's overview in groups
//! (`groups`/`group`), a page's own cards with icons (`cards`), and captions written as
//! SubRip converted to WebVTT; asserted on the HTML of the `valid/groups` and
//! `valid/cards-and-captions` fixtures and on findings of edited copies.

mod common;

use common::{build_at, build_fixture, copy_fixture, render};
use std::fs;

/// The part of `html` from `start` to the next `end`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start} in {html}"));
    let to = html[from..].find(end).map_or(html.len(), |i| from + i + end.len());
    &html[from..to]
}

#[test]
fn a_grouped_section_shows_a_heading_per_group_in_order_and_in_the_table_of_contents() {
    let built = build_fixture("valid/groups");
    let nl = built.read("nl/vragen/index.html");
    assert_eq!(nl.matches("<h1").count(), 1);
    // The body's own heading with the same text is numbered: the group keeps its key as id.
    assert!(nl.contains(r#"<h2 id="aanmelden-1">Aanmelden</h2>"#), "{nl}");
    let first = nl.find(r#"<h2 class="card-list-title" id="aanmelden">Aanmelden</h2>"#).expect("group aanmelden");
    let second = nl.find(r#"<h2 class="card-list-title" id="wonen">Wonen</h2>"#).expect("group wonen");
    assert!(first < second, "groups in the order of `groups`");
    // Cards in the order of the tree (weight), each under its group.
    let applying = between(&nl, r#"id="aanmelden">"#, "</ul>");
    let (waar, wanneer) = (applying.find("/nl/vragen/waar/").unwrap(), applying.find("/nl/vragen/wanneer/").unwrap());
    assert!(waar < wanneer && !applying.contains("/nl/vragen/opvang/"));
    // A group without pages has no heading; a page with `listed: false` is no card.
    assert!(!nl.contains("Nog zonder vragen") && !nl.contains("/nl/vragen/verborgen/\""));
    // "On this page" lists the body's headings, then the groups'.
    let toc = between(&nl, r#"<nav class="toc""#, "</nav>");
    let expected = [r##"href="#aanmelden-1""##, r##"href="#aanmelden""##, r##"href="#wonen""##];
    let places: Vec<usize> = expected.iter().map(|e| toc.find(e).unwrap_or_else(|| panic!("{e} in {toc}"))).collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{toc}");
    let en = built.read("en/questions/index.html");
    assert!(en.contains(r#"id="aanmelden">Applying</h2>"#) && en.contains(r#"id="wonen">Housing</h2>"#), "{en}");
}

#[test]
fn a_group_typo_is_an_error_at_its_line_with_the_nearest_group() {
    let site = copy_fixture("valid/groups");
    let page = site.path().join("content/nl/vragen/opvang.md");
    let text = fs::read_to_string(&page).unwrap().replace("group: wonen", "group: wonnen");
    fs::write(&page, text).unwrap();
    let problems = match build_at(site.path(), |o| o.write = false) {
        Ok(_) => panic!("an unknown group should fail"),
        Err(problems) => problems,
    };
    let found = problems.sorted();
    assert_eq!(found.len(), 1, "{}", render(&problems));
    assert_eq!((found[0].rule.name(), found[0].position.line, found[0].position.column), ("group", 5, 8));
    assert_eq!(
        found[0].hint.as_ref().and_then(|h| h.arg("suggestion")).cloned(),
        Some(loket::messages::Arg::from("wonen"))
    );
}

#[test]
fn a_pages_own_cards_have_checked_links_and_only_built_in_icons() {
    let built = build_fixture("valid/cards-and-captions");
    let home = built.read("nl/index.html");
    assert_eq!(home.matches("<h1").count(), 1);
    let cards = between(&home, r#"<div class="card-list card-list-own">"#, "</div>");
    assert!(cards.contains(r#"<h2 class="card-list-title">Veelgestelde vragen</h2>"#), "{cards}");
    assert!(cards.contains(r#"<a href="/nl/vragen/duur/">Hoe lang duurt het?</a>"#), "{cards}");
    assert!(cards.contains(r##"<a href="/nl/vragen/duur/#wachten">"##), "a fragment is kept: {cards}");
    assert!(cards.contains(r#"<picture><source type="image/webp" srcset="/nl/foto-3w."#), "{cards}");
    assert!(cards.contains(r#"<img class="card-image" src="/nl/foto-3w."#), "{cards}");
    assert!(cards.contains(r#"width="3" height="2" alt="Een grijs vlak" loading="lazy""#), "{cards}");
    assert!(
        cards.contains(
            r#"<a href="/en/" hreflang="en">In het Engels <span class="lang-cue" lang="en">(in English)</span></a>"#
        ),
        "{cards}"
    );
    assert_eq!(cards.matches(r#"<svg class="card-icon" aria-hidden="true""#).count(), 2, "{cards}");
    assert!(cards.contains(r#"<a href="https://www.example.org/">"#));
    // The cards come before the children's.
    assert!(home.find("card-list-own").unwrap() < home.find("Onderwerpen").unwrap());
}

#[test]
fn every_icon_has_its_drawing_in_the_theme() {
    let template = include_str!("../templates/partials/icon.html");
    for icon in loket::load::frontmatter::ICONS {
        assert!(template.contains(&format!("icon == \"{icon}\"")), "no drawing for {icon}");
    }
    assert!(!template.contains("{{"), "the drawing writes nothing from the site");
}

#[test]
fn captions_in_subrip_are_written_as_webvtt_next_to_the_page_without_markup() {
    let built = build_fixture("valid/cards-and-captions");
    let home = built.read("nl/index.html");
    assert!(home.contains(r#"<track kind="captions" src="/nl/uitleg.vtt" srclang="nl""#), "{home}");
    let vtt = built.read("nl/uitleg.vtt");
    assert_eq!(
        vtt,
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nWelkom <i>bij</i> het &lt;script&gt;loket&lt;/script&gt;.\n\n2\n00:00:04.500 --> 00:00:07.000\nTom &amp; Jerry --&gt; niet\n"
    );
    assert!(built.exists("nl/uitleg.srt"), "the SubRip file is published as it is too");
}

#[test]
fn a_vtt_and_an_srt_of_one_name_are_an_output_conflict() {
    let site = copy_fixture("valid/cards-and-captions");
    fs::write(site.path().join("content/nl/uitleg.vtt"), "WEBVTT\n").unwrap();
    let problems = match build_at(site.path(), |o| o.write = false) {
        Ok(_) => panic!("two sources of uitleg.vtt should fail"),
        Err(problems) => problems,
    };
    assert!(problems.iter().any(|d| d.rule.name() == "output-conflict"), "{}", render(&problems));
}
