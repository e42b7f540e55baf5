//! The head of the pages without a Markdown file (404 pages, the language chooser, alias
//! pages): Open Graph like every page; and the root 404 page's skip link.

mod common;

use common::build_fixture;

/// The `content` of `<meta property="{property}" ...>` in `html`.
fn og(html: &str, property: &str) -> Option<String> {
    let start = format!(r#"<meta property="{property}" content=""#);
    let from = html.find(&start)? + start.len();
    html[from..].split('"').next().map(str::to_string)
}

#[test]
fn not_found_pages_chooser_and_aliases_have_open_graph() {
    let built = build_fixture("valid/basic");
    let nl = built.read("nl/404.html");
    assert_eq!(og(&nl, "og:title").as_deref(), Some("Pagina niet gevonden"), "{nl}");
    assert_eq!(og(&nl, "og:site_name").as_deref(), Some("Testloket"));
    assert_eq!(og(&nl, "og:locale").as_deref(), Some("nl_NL"));
    assert_eq!(og(&nl, "og:locale:alternate").as_deref(), Some("en_US"));
    assert_eq!(og(&built.read("en/404.html"), "og:title").as_deref(), Some("Page not found"));

    let chooser = built.read("index.html");
    assert_eq!(og(&chooser, "og:title").as_deref(), Some("Testloket | Test desk"), "{chooser}");
    assert_eq!(og(&chooser, "og:url").as_deref(), Some("https://loket.example.org/"));
    let root_404 = built.read("404.html");
    assert_eq!(og(&root_404, "og:title").as_deref(), Some("Pagina niet gevonden | Page not found"));
    assert_eq!(og(&root_404, "og:url"), None, "a 404 page has no address of its own");

    let alias = built.read("nl/oude-procedure/index.html");
    assert_eq!(og(&alias, "og:type").as_deref(), Some("website"), "{alias}");
    assert_eq!(og(&alias, "og:url").as_deref(), Some("https://loket.example.org/nl/diensten/procedure/"));
    assert!(og(&alias, "og:title").is_some_and(|t| !t.is_empty()));
}

#[test]
fn the_root_404_page_has_a_working_skip_link_or_nothing_to_skip() {
    let built = build_fixture("valid/basic");
    for path in ["404.html", "index.html", "nl/404.html", "en/404.html"] {
        let html = built.read(path);
        let main = html.find("<main").unwrap_or_else(|| panic!("{path} has no <main>"));
        let before_main = &html[..main];
        match before_main.find(r##"class="skip-link" href="#"##) {
            Some(at) => {
                let target = before_main[at..].split('"').nth(3).unwrap_or_default();
                let id = target.trim_start_matches('#');
                assert!(html.contains(&format!(r#"id="{id}""#)), "{path}: the skip link's target #{id} exists");
            }
            None => assert!(
                !before_main.contains("<nav") && !before_main.contains("<header") && !before_main.contains("<a "),
                "{path}: no skip link, so nothing may come before <main>"
            ),
        }
    }
}
