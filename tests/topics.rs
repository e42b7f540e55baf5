//! Topics (site.yaml `topics`, front matter `topics`) and menus with external links and any
//! number of names, asserted on the HTML of the `valid/topics` fixture and on the findings
//! of broken variants of it.

mod common;

use common::{build_at, build_fixture, copy_fixture, render};
use loket::site::{Site, SiteOptions};
use std::fs;

/// The part of `html` from `start` to the next `end`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start} in {html}"));
    let to = html[from..].find(end).map_or(html.len(), |i| from + i + end.len());
    &html[from..to]
}

const NL_TERM: &str = "nl/onderwerpen/asielprocedure/index.html";
const EN_TERM: &str = "en/topics/asylum-procedure/index.html";

#[test]
fn a_topic_has_a_page_per_language_at_its_translated_url_and_they_are_translations() {
    let built = build_fixture("valid/topics");
    let nl = built.read(NL_TERM);
    let en = built.read(EN_TERM);
    for html in [&nl, &en] {
        assert!(html.contains(
            r#"<link rel="alternate" hreflang="nl" href="https://loket.example.org/nl/onderwerpen/asielprocedure/">"#
        ));
        assert!(html.contains(
            r#"<link rel="alternate" hreflang="en" href="https://loket.example.org/en/topics/asylum-procedure/">"#
        ));
        assert_eq!(html.matches("<h1").count(), 1, "one h1");
        assert!(html.contains("<main id=\"main\">") && html.contains("<nav class=\"breadcrumbs\""));
    }
    assert!(nl.contains(r#"<html lang="nl" dir="ltr">"#) && nl.contains("<h1>Asielprocedure</h1>"));
    assert!(en.contains(r#"<html lang="en" dir="ltr">"#) && en.contains("<h1>Asylum procedure</h1>"));
    // The switcher leads to the other language's topic page itself, not to its home.
    let switcher = between(&nl, "class=\"language-switcher", "</nav>");
    assert!(switcher.contains(r#"href="/en/topics/asylum-procedure/""#), "{switcher}");
    let switcher = between(&en, "class=\"language-switcher", "</nav>");
    assert!(switcher.contains(r#"href="/nl/onderwerpen/asielprocedure/""#), "{switcher}");
    // Breadcrumbs: home, the overview, the topic.
    let crumbs = between(&nl, "<nav class=\"breadcrumbs\"", "</nav>");
    assert!(crumbs.contains(r#"<a href="/nl/">"#) && crumbs.contains(r#"<a href="/nl/onderwerpen/">Onderwerpen</a>"#));
    assert!(crumbs.contains(r#"<span aria-current="page">Asielprocedure</span>"#), "{crumbs}");
    assert!(nl.contains(r#""item":"https://loket.example.org/nl/onderwerpen/""#), "JSON-LD breadcrumbs");
}

#[test]
fn a_topic_page_lists_its_pages_by_weight_and_title_then_dated_pages_newest_first() {
    let built = build_fixture("valid/topics");
    let nl = built.read(NL_TERM);
    let list = between(&nl, "<div class=\"card-list\">", "</div>");
    let order: Vec<usize> = ["Zzz de procedure", "Aanvraag", "Nieuw bericht", "Oud bericht"]
        .iter()
        .map(|title| list.find(&format!(">{title}</a>")).unwrap_or_else(|| panic!("{title} not in {list}")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{list}");
    assert!(list.contains("4 pagina&#39;s over dit onderwerp"), "{list}");
    assert!(!list.contains("Nieuws<"), "a page without the topic is not listed");
    // Only pages of its own language.
    assert!(!list.contains("/en/"), "{list}");
    let unused = built.read("nl/onderwerpen/ongebruikt/index.html");
    assert!(unused.contains("Er zijn nog geen pagina&#39;s over dit onderwerp."), "{unused}");
}

#[test]
fn the_overview_lists_every_topic_and_is_translated() {
    let built = build_fixture("valid/topics");
    let nl = built.read("nl/onderwerpen/index.html");
    assert!(nl.contains("<h1>Onderwerpen</h1>"));
    for (url, label) in [
        ("/nl/onderwerpen/asielprocedure/", "Asielprocedure"),
        ("/nl/onderwerpen/gezin/", "Gezin"),
        ("/nl/onderwerpen/ongebruikt/", "Ongebruikt"),
    ] {
        assert!(nl.contains(&format!(r#"<a href="{url}">{label}</a>"#)), "{label} missing:\n{nl}");
    }
    assert!(nl.contains(r#"hreflang="en" href="https://loket.example.org/en/topics/""#));
    let en = built.read("en/topics/index.html");
    assert!(en.contains("<h1>Topics</h1>") && en.contains(r#"<a href="/en/topics/family/">Family</a>"#));
}

#[test]
fn pages_show_their_topics_as_links() {
    let built = build_fixture("valid/topics");
    let nl = built.read("nl/nieuws/nieuw/index.html");
    let topics = between(&nl, "<nav class=\"page-topics\"", "</nav>");
    assert!(topics.contains(r#"<a href="/nl/onderwerpen/asielprocedure/">Asielprocedure</a>"#), "{topics}");
    assert!(topics.contains(r#"<a href="/nl/onderwerpen/gezin/">Gezin</a>"#), "{topics}");
    assert!(topics.contains("Onderwerpen van deze pagina"));
    let en = built.read("en/news/new/index.html");
    assert!(en.contains(r#"<a href="/en/topics/family/">Family</a>"#) && en.contains("Topics of this page"));
    let home = built.read("nl/index.html");
    assert!(!home.contains("page-topics"), "a page without topics shows none");
}

#[test]
fn topic_pages_are_in_the_sitemap_and_the_search_records() {
    let built = build_fixture("valid/topics");
    let sitemap = built.read("sitemap.xml");
    let entry = between(&sitemap, "<loc>https://loket.example.org/nl/onderwerpen/gezin/</loc>", "</url>");
    assert!(entry.contains(r#"hreflang="en" href="https://loket.example.org/en/topics/family/""#), "{entry}");
    assert!(sitemap.contains("<loc>https://loket.example.org/en/topics/</loc>"));
    let root = common::fixture("valid/topics");
    let site = Site::load(&SiteOptions { search_text: true, ..SiteOptions::new(root) }).unwrap();
    let records = loket::publish::search::records(site.config(), site.pages(), site.bodies(), site.topics());
    let record = records.iter().find(|r| r.url == "/en/topics/family/").expect("the topic page is searchable");
    // The title once (a short list must not outrank the pages it lists), then what it lists.
    assert!(
        record.text().starts_with("Family. Pages about the topic Family.\nNews. The news.\nNew news. A new item."),
        "{}",
        record.text()
    );
}

#[test]
fn external_menu_entries_show_a_visible_translated_cue_and_named_menus_reach_templates() {
    let built = build_fixture("valid/topics");
    let nl = built.read("nl/index.html");
    let footer = between(&nl, "<nav class=\"footer-nav\"", "</nav>");
    assert!(
        footer.contains(r#"<a href="https://www.vluchtelingenwerk.nl/" rel="external">VluchtelingenWerk Nederland <span class="external-cue">(externe website)</span></a>"#),
        "{footer}"
    );
    assert!(footer.contains(r#"<a href="/nl/nieuws/">Nieuws</a>"#), "page entries stay as they were: {footer}");
    let en = built.read("en/index.html");
    assert!(en.contains("Dutch Council for Refugees <span class=\"external-cue\">(external website)</span>"));
    // A menu of any name is there for a site's template.
    let page = built.read("en/application/index.html");
    let partners = between(&page, "<nav class=\"partners\"", "</nav>");
    assert!(partners.contains(r#"<a href="https://example.com/partner">Partner organisation</a>"#), "{partners}");
}

/// Builds a copy of `valid/topics` with `site.yaml` or a page changed; the findings.
fn findings_after(file: &str, from: &str, to: &str) -> String {
    let dir = copy_fixture("valid/topics");
    let path = dir.path().join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from} not in {file}");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
    match build_at(dir.path(), |o| o.write = false) {
        Ok(built) => render(&built.report.diagnostics),
        Err(problems) => render(&problems),
    }
}

#[test]
fn an_unknown_topic_is_an_error_at_its_line_with_the_nearest_topic() {
    let found = findings_after("content/nl/procedure.md", "topics: [asylum-procedure]", "topics: [asylum-procedures]");
    assert_eq!(
        found.lines().next().unwrap_or(""),
        "content/nl/procedure.md:6:10: error[topic]: The topic “asylum-procedures” is not one of the topics in site.yaml."
    );
    assert!(found.contains("= hint: Did you mean asylum-procedure?"), "{found}");
    // Found by a label too, in the page's language or another.
    let found = findings_after("content/nl/procedure.md", "topics: [asylum-procedure]", "topics: [gezin]");
    assert!(found.contains("Did you mean family?"), "{found}");
}

#[test]
fn a_bad_external_menu_url_is_one_error_at_its_line_and_never_published() {
    let entry = r#"{ url: "https://www.vluchtelingenwerk.nl/""#;
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,x",
        "//evil.example/",
        "https://",
        "mailto:a@b.nl",
    ] {
        let found = findings_after("site.yaml", entry, &format!("{{ url: \"{bad}\""));
        let errors: Vec<&str> = found.lines().filter(|l| l.contains("error[")).collect();
        assert_eq!(errors.len(), 1, "{bad}: one error, not one per language:\n{found}");
        assert!(errors[0].starts_with("site.yaml:10:7: error[menu-entry]: Menu `footer` links to"), "{found}");
        assert!(found.contains("= hint: A link to another website needs its full address"), "{found}");
    }
    let found = findings_after("site.yaml", r#"en: "Dutch Council for Refugees" "#, "");
    assert!(found.contains("has no label in `en`"), "{found}");
}

#[test]
fn a_content_page_at_a_topic_page_address_is_an_output_conflict() {
    let dir = copy_fixture("valid/topics");
    let page = dir.path().join("content/en/topics/family.md");
    fs::create_dir_all(page.parent().unwrap()).unwrap();
    fs::write(dir.path().join("content/en/topics/_index.md"), "---\ntitle: T\ndescription: D\n---\n").unwrap();
    fs::write(&page, "---\ntitle: Family\ndescription: Mine.\n---\n").unwrap();
    let problems = build_at(dir.path(), |o| o.write = false).err().expect("a conflict fails the build");
    let found = render(&problems);
    assert!(found.contains("content/en/topics/family.md:1:1: error[output-conflict]: `/en/topics/family/index.html` would be made by the page content/en/topics/family.md and by a topic page of site.yaml"), "{found}");
    assert!(found.contains("content/en/topics/_index.md:1:1: error[output-conflict]"), "{found}");
}

#[test]
fn loket_status_reports_the_editors_pages_not_the_topic_pages() {
    let root = common::fixture("valid/topics");
    let site = Site::load(&SiteOptions { search_text: true, ..SiteOptions::new(root) }).unwrap();
    let today: jiff::civil::Date = "2026-11-30".parse().unwrap();
    let status = loket::status::compute(&site, today, &site.findings().all());
    assert_eq!(status.pages.iter().map(|c| c.pages).collect::<Vec<_>>(), [6, 6], "{:?}", status.pages);
    let undated: Vec<String> = status.review.undated_pages.iter().map(|p| p.url.clone()).collect();
    assert!(!undated.iter().any(|url| url.contains("onderwerpen") || url.contains("topics")), "{undated:?}");
    let sections: Vec<String> =
        status.translations.languages[0].sections.iter().filter_map(|s| s.section.clone()).collect();
    assert!(!sections.iter().any(|s| s.contains("onderwerpen")), "{sections:?}");
}

#[test]
fn a_page_with_listed_false_keeps_its_topic_links_but_is_left_out_of_the_topic_page() {
    let site = copy_fixture("valid/topics");
    let page = site.path().join("content/nl/aanvraag.md");
    let text = fs::read_to_string(&page).unwrap();
    fs::write(&page, text.replacen("weight: 2\n", "weight: 2\nlisted: false\n", 1)).unwrap();
    let built = build_at(site.path(), |_| {}).unwrap_or_else(|problems| panic!("{}", render(&problems)));
    let term_page = built.read(NL_TERM);
    let list = between(&term_page, "<div class=\"card-list\">", "</div>");
    assert!(!list.contains(">Aanvraag</a>"), "{list}");
    assert!(list.contains(">Zzz de procedure</a>"), "{list}");
    // The page itself is still built and still names its topic.
    assert!(built.read("nl/aanvraag/index.html").contains("/nl/onderwerpen/asielprocedure/"));
}
