//! `root_language` of `site.yaml`: one language at the root of the site (`/diensten/`), the
//! others below `/<lang>/`. Built from the `valid/basic` fixture with `root_language: nl`:
//! the addresses of pages, files and 404 pages, hreflang and `x-default`, the sitemap,
//! redirects and alias pages from the old `/nl/` addresses, feeds, the search index, `new`
//! and `status`; a wrong code and a page at another language's address are findings.

mod common;

use common::{build_at, copy_fixture, loket, render};
use std::path::Path;

/// The `valid/basic` fixture with `root_language: nl` set.
fn dutch_at_root() -> tempfile::TempDir {
    let site = copy_fixture("valid/basic");
    set_root_language(site.path(), "nl");
    site
}

fn set_root_language(root: &Path, code: &str) {
    let file = root.join("site.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replace("default_language: nl\n", &format!("default_language: nl\nroot_language: {code}\n"));
    std::fs::write(file, text).unwrap();
}

fn built() -> (tempfile::TempDir, common::Built) {
    let site = dutch_at_root();
    let built = match build_at(site.path(), |_| {}) {
        Ok(built) => built,
        Err(problems) => panic!("the site should build, but:\n{}", render(&problems)),
    };
    (site, built)
}

#[test]
fn the_root_language_lives_at_the_root_and_the_others_below_their_folder() {
    let (_site, built) = built();
    let home = built.read("index.html");
    assert!(home.contains("<html lang=\"nl\""), "the Dutch home at /, no language chooser: {home}");
    assert!(!home.contains("chooser"), "{home}");
    assert!(built.read("diensten/procedure/stap-een/index.html").contains("<html lang=\"nl\""));
    assert!(built.read("en/services/index.html").contains("<html lang=\"en\""));
    assert!(built.exists("diensten/procedure/schema.svg"), "files next to pages move along");
    assert!(!built.exists("nl/diensten/procedure/schema.svg"));
    // Links, the wordmark, breadcrumbs and the switcher all use the new addresses.
    let page = built.read("diensten/procedure/stap-een/index.html");
    assert!(page.contains(r#"class="wordmark" href="/""#), "{page}");
    assert!(page.contains(r#"href="/diensten/procedure/""#), "breadcrumbs: {page}");
    assert!(page.contains(r#"href="/en/services/procedure/step-one/""#), "switcher: {page}");
    assert!(!page.contains(r#"href="/nl/"#), "no old address is linked: {page}");
    let english = built.read("en/services/procedure/step-one/index.html");
    assert!(english.contains(r#"href="/diensten/procedure/stap-een/""#), "switcher to Dutch: {english}");
    assert!(english.contains(r#"class="wordmark" href="/en/""#), "{english}");
}

#[test]
fn hreflang_and_x_default_point_at_the_root_language() {
    let (_site, built) = built();
    let english = built.read("en/services/procedure/step-one/index.html");
    let base = "https://loket.example.org";
    assert!(english.contains(&format!(r#"hreflang="nl" href="{base}/diensten/procedure/stap-een/""#)), "{english}");
    assert!(english.contains(&format!(r#"hreflang="x-default" href="{base}/diensten/procedure/stap-een/""#)));
    let home = built.read("en/index.html");
    assert!(home.contains(&format!(r#"hreflang="x-default" href="{base}/""#)), "{home}");
    assert!(home.contains(&format!(r#"hreflang="nl" href="{base}/""#)), "{home}");
    let dutch = built.read("diensten/index.html");
    assert!(dutch.contains(&format!(r#"<link rel="canonical" href="{base}/diensten/">"#)), "{dutch}");
}

#[test]
fn the_sitemap_lists_the_new_addresses_only() {
    let (_site, built) = built();
    let xml = built.read("sitemap.xml");
    assert!(xml.contains("<loc>https://loket.example.org/</loc>"), "{xml}");
    assert!(xml.contains("<loc>https://loket.example.org/diensten/procedure/stap-een/</loc>"), "{xml}");
    assert!(xml.contains("<loc>https://loket.example.org/en/services/</loc>"), "{xml}");
    assert!(!xml.contains("https://loket.example.org/nl/"), "no old address, not even its redirect: {xml}");
    assert!(xml.contains(r#"hreflang="x-default" href="https://loket.example.org/diensten/""#), "{xml}");
}

#[test]
fn old_prefixed_addresses_redirect_to_the_new_ones() {
    let (_site, built) = built();
    // A redirect page for every Dutch page at its old address.
    for (old, new) in [
        ("nl/index.html", "/"),
        ("nl/diensten/index.html", "/diensten/"),
        ("nl/diensten/procedure/stap-een/index.html", "/diensten/procedure/stap-een/"),
        ("nl/nieuws/alleen-nederlands/index.html", "/nieuws/alleen-nederlands/"),
    ] {
        let page = built.read(old);
        assert!(page.contains(&format!(r#"content="0; url={new}""#)), "{old}: {page}");
        assert!(page.contains(r#"<meta name="robots" content="noindex">"#), "{old}");
    }
    // The written alias leads to the new address too, and both redirect files list all.
    assert!(built.read("nl/oude-procedure/index.html").contains(r#"content="0; url=/diensten/procedure/""#));
    let netlify = built.read("_redirects");
    for line in ["/nl/ / 301\n", "/nl/diensten/ /diensten/ 301\n", "/nl/oude-procedure/ /diensten/procedure/ 301\n"] {
        assert!(netlify.contains(line), "{line:?} in {netlify}");
    }
    assert!(netlify.contains("/en/old-procedure/ /en/services/procedure/ 301\n"));
    assert!(!netlify.contains("/nl/en/"), "only the root language's pages had an old address: {netlify}");
    let nginx = built.read("loket-redirects.conf");
    assert!(nginx.contains("    \"/nl/diensten/\" \"/diensten/\";\n    \"/nl/diensten\" \"/diensten/\";\n"), "{nginx}");
    assert!(nginx.contains("    \"/nl/\" \"/\";\n    \"/nl\" \"/\";\n"), "{nginx}");
}

#[test]
fn feeds_move_with_their_section() {
    let (_site, built) = built();
    let feed: atom_syndication::Feed = built.read("diensten/procedure/atom.xml").parse().expect("valid Atom");
    assert_eq!(feed.id, "https://loket.example.org/diensten/procedure/");
    let news: atom_syndication::Feed = built.read("nieuws/atom.xml").parse().expect("valid Atom");
    assert_eq!(news.entries[0].links[0].href, "https://loket.example.org/nieuws/alleen-nederlands/");
    assert!(built.read("nieuws/index.html").contains(r#"href="/nieuws/atom.xml""#));
    assert!(!built.exists("nl/nieuws/atom.xml"));
    assert!(built.exists("en/services/procedure/atom.xml"));
}

#[test]
fn the_search_index_has_both_languages_with_the_new_addresses() {
    use std::io::Read;
    let (_site, built) = built();
    let entry: serde_json::Value = serde_json::from_str(&built.read("pagefind/pagefind-entry.json")).expect("JSON");
    let languages: Vec<&String> = entry["languages"].as_object().unwrap().keys().collect();
    assert_eq!(languages, ["en", "nl"]);
    assert!(built.exists("pagefind/wasm.nl.pagefind") && built.exists("pagefind/wasm.en.pagefind"));
    let mut urls = Vec::new();
    for file in std::fs::read_dir(built.out().join("pagefind/fragment")).expect("fragments") {
        let mut json = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(file.unwrap().path()).unwrap())
            .read_to_string(&mut json)
            .expect("gzip");
        let fragment: serde_json::Value = serde_json::from_str(json.trim_start_matches("pagefind_dcd")).unwrap();
        urls.push(fragment["url"].as_str().unwrap().to_string());
    }
    assert!(urls.iter().any(|u| u == "/diensten/procedure/stap-een/"), "{urls:?}");
    assert!(urls.iter().any(|u| u == "/en/services/"), "{urls:?}");
    assert!(!urls.iter().any(|u| u.starts_with("/nl/")), "{urls:?}");
}

#[test]
fn the_root_404_page_is_the_root_languages_and_starts_with_a_skip_link() {
    let (_site, built) = built();
    let page = built.read("404.html");
    assert!(page.contains("<html lang=\"nl\""), "{page}");
    assert!(page.contains("Pagina niet gevonden"), "{page}");
    let skip = page.find(r##"<a class="skip-link" href="#main">"##).expect("a skip link");
    assert!(!page[..skip].contains("<a "), "the skip link is the first link: {page}");
    assert!(page.contains(r#"href="/en/" hreflang="en" lang="en""#), "the other language's home: {page}");
    assert!(!built.exists("nl/404.html"), "the root 404 page is the Dutch one");
    assert!(built.read("en/404.html").contains("<html lang=\"en\""));
}

#[test]
fn the_root_404_page_of_a_site_without_root_language_starts_with_a_skip_link_too() {
    let built = common::build_fixture("valid/basic");
    for path in ["404.html", "index.html"] {
        let page = built.read(path);
        let skip = page.find(r##"<a class="skip-link" href="#main">"##).unwrap_or_else(|| panic!("{path}: {page}"));
        assert!(!page[..skip].contains("<a "), "{path}: the skip link is the first link");
        assert!(page.contains(r#"<main id="main""#), "{path}: the skip link's target");
    }
}

#[test]
fn a_root_language_that_is_not_a_language_of_the_site_is_an_error_at_its_line() {
    let site = copy_fixture("valid/basic");
    set_root_language(site.path(), "fr");
    let problems = build_at(site.path(), |_| {}).err().expect("refused");
    let shown = render(&problems);
    assert!(shown.contains("site.yaml:3:16"), "{shown}");
    assert!(shown.contains("`root_language` is `fr`, which is not one of the site's languages."), "{shown}");
    assert!(shown.contains("Choose one of: nl, en."), "{shown}");
}

#[test]
fn a_root_language_page_at_another_languages_address_is_an_output_conflict() {
    let site = dutch_at_root();
    let page = "---\ntitle: Engels\ndescription: Over Engels.\n---\nTekst.\n";
    std::fs::write(site.path().join("content/nl/en.md"), page).unwrap();
    let problems = build_at(site.path(), |_| {}).err().expect("refused");
    let shown = render(&problems);
    let conflict: Vec<&str> = shown.lines().filter(|l| l.contains("[output-conflict]")).collect();
    assert_eq!(conflict.len(), 1, "{shown}");
    let line = conflict[0];
    assert!(line.starts_with("content/nl/en.md:1:1"), "{line}");
    assert!(line.contains("/en/") && line.contains("content/en/_index.md"), "{line}");
    assert!(
        shown.contains("addresses that start with `/en/` are for the pages in `en`. Give `en` another name."),
        "{shown}"
    );
}

#[test]
fn new_prints_the_address_at_the_root() {
    let site = dutch_at_root();
    let root = site.path().to_str().unwrap();
    let (code, stdout, stderr) =
        loket(&["new", "nl/diensten/openingstijden", "--translate-to", "en/services/opening-hours", "--root", root]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("https://loket.example.org/diensten/openingstijden/"), "{stdout}");
    assert!(!stdout.contains("https://loket.example.org/nl/"), "{stdout}");
    assert!(stdout.contains("https://loket.example.org/en/services/opening-hours/"), "{stdout}");
}

#[test]
fn status_shows_the_addresses_at_the_root() {
    let site = dutch_at_root();
    let root = site.path().to_str().unwrap();
    let (code, stdout, stderr) = loket(&["status", "--root", root, "--today", "2026-11-30", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"url\": \"/\""), "the Dutch home: {stdout}");
    assert!(stdout.contains("\"url\": \"/en/\""), "{stdout}");
    assert!(!stdout.contains("\"/nl/"), "{stdout}");
}

#[test]
fn an_old_address_gives_way_to_a_page_at_that_address_without_a_finding() {
    let site = dutch_at_root();
    let page = "---\ntitle: Over nl\ndescription: Over de afkorting.\n---\nTekst.\n";
    std::fs::write(site.path().join("content/nl/nl.md"), page).unwrap();
    let built = match build_at(site.path(), |_| {}) {
        Ok(built) => built,
        Err(problems) => panic!("{}", render(&problems)),
    };
    assert!(built.read("nl/index.html").contains("<h1>Over nl</h1>"), "the page, not the home's old address");
    assert!(!built.read("_redirects").contains("/nl/ / 301"), "nor a redirect that would hide the page");
    assert!(built.read("nl/nl/index.html").contains(r#"content="0; url=/nl/""#), "its own old address");
}
