//! What a public site publishes besides pages: sitemap, robots.txt, redirects, feeds and
//! the search index, checked on the built fixture site.

mod common;

use common::{build_at, build_fixture, fixture};
use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// Per page URL in the sitemap: its alternates (hreflang → href).
fn sitemap_alternates(xml: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let doc = roxmltree::Document::parse(xml).expect("sitemap.xml is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().namespace(), Some(SITEMAP_NS));
    let mut map = BTreeMap::new();
    for url in root.children().filter(|n| n.has_tag_name((SITEMAP_NS, "url"))) {
        let loc = url.children().find(|n| n.has_tag_name((SITEMAP_NS, "loc"))).and_then(|n| n.text()).expect("loc");
        let alternates = url
            .children()
            .filter(|n| n.has_tag_name((XHTML_NS, "link")))
            .map(|n| (n.attribute("hreflang").unwrap().to_string(), n.attribute("href").unwrap().to_string()))
            .collect();
        map.insert(loc.to_string(), alternates);
    }
    map
}

/// The `<link rel="alternate" hreflang>` of a page's head.
fn page_alternates(html: &str) -> BTreeMap<String, String> {
    html.lines()
        .filter(|l| l.contains(r#"<link rel="alternate" hreflang=""#))
        .map(|l| {
            let lang = l.split(r#"hreflang=""#).nth(1).unwrap().split('"').next().unwrap();
            let href = l.split(r#"href=""#).nth(1).unwrap().split('"').next().unwrap();
            (lang.to_string(), href.to_string())
        })
        .collect()
}

#[test]
fn sitemap_alternates_are_reciprocal_and_match_each_pages_head() {
    let built = build_fixture("valid/basic");
    let sitemap = sitemap_alternates(&built.read("sitemap.xml"));
    assert_eq!(sitemap.len(), 14, "every page is listed");
    for (loc, alternates) in &sitemap {
        for (lang, href) in alternates.iter().filter(|(l, _)| *l != "x-default") {
            let theirs =
                sitemap.get(href).unwrap_or_else(|| panic!("{href} (alternate of {loc}) is not in the sitemap"));
            assert_eq!(theirs.get(lang), Some(href), "{loc}");
            assert!(theirs.values().any(|h| h == loc), "{href} does not point back to {loc}");
        }
        let path = loc.strip_prefix("https://loket.example.org/").unwrap();
        let head = page_alternates(&built.read(&format!("{path}index.html")));
        // Untranslated pages too: no alternates (nor x-default) in either.
        assert_eq!(&head, alternates, "{loc}: the head and the sitemap agree");
    }
}

#[test]
fn sitemap_validates_against_the_sitemap_schema() {
    let built = build_fixture("valid/basic");
    let schema = fixture("../schemas/sitemap.xsd");
    let result = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .arg(built.out().join("sitemap.xml"))
        .output();
    match result {
        Ok(output) => assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr)),
        // xmllint (Debian's libxml2-utils) is installed by CI; a fresh machine may lack it.
        Err(_) if std::env::var_os("LOKET_REQUIRE_XMLLINT").is_none() => eprintln!("skipped: xmllint is not installed"),
        Err(err) => panic!("xmllint: {err}"),
    }
}

#[test]
fn every_alias_resolves_in_every_redirect_format() {
    let built = build_fixture("valid/basic");
    let netlify = built.read("_redirects");
    let nginx = built.read("loket-redirects.conf");
    for (from, to) in
        [("/nl/oude-procedure/", "/nl/diensten/procedure/"), ("/en/old-procedure/", "/en/services/procedure/")]
    {
        assert!(netlify.contains(&format!("{from} {to} 301\n")), "{netlify}");
        assert!(nginx.contains(&format!("\"{from}\" \"{to}\";")), "{nginx}");
        let page = built.read(&format!("{}index.html", from.trim_start_matches('/')));
        assert!(page.contains(&format!("url={to}")));
        assert!(built.exists(&format!("{}index.html", to.trim_start_matches('/'))), "{to} exists");
    }
}

#[test]
fn feeds_parse_as_atom_newest_first() {
    let built = build_fixture("valid/basic");
    let feed: atom_syndication::Feed = built.read("nl/diensten/procedure/atom.xml").parse().expect("valid Atom");
    assert_eq!(feed.lang.as_deref(), Some("nl"));
    assert_eq!(feed.id, "https://loket.example.org/nl/diensten/procedure/");
    let titles: Vec<&str> = feed.entries.iter().map(|e| e.title.value.as_str()).collect();
    assert_eq!(titles, ["Stap één"], "only dated pages are entries");
    let news: atom_syndication::Feed = built.read("nl/nieuws/atom.xml").parse().expect("valid Atom");
    assert_eq!(news.entries[0].links[0].href, "https://loket.example.org/nl/nieuws/alleen-nederlands/");
    assert!(!built.exists("nl/atom.xml"), "sections without dated pages have no feed");
}

#[test]
fn the_search_index_holds_every_indexable_page_of_each_language() {
    let built = build_fixture("valid/basic");
    let entry: serde_json::Value = serde_json::from_str(&built.read("pagefind/pagefind-entry.json")).expect("JSON");
    let counts: BTreeMap<&str, u64> = entry["languages"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(l, m)| (l.as_str(), m["page_count"].as_u64().unwrap()))
        .collect();
    // nl has 8 pages, one of them `search: false`; en has 6.
    assert_eq!(counts, BTreeMap::from([("en", 6), ("nl", 7)]));
    assert!(built.exists("pagefind/pagefind.js"));
    let files: BTreeSet<String> = std::fs::read_dir(built.out().join("pagefind"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(files.contains("wasm.nl.pagefind") && files.contains("wasm.en.pagefind"), "{files:?}");
    assert!(!files.iter().any(|f| f.starts_with("pagefind-ui")), "loket brings its own search interface");
}

/// The text of every page in the index (Pagefind's fragments: gzip, a signature, JSON).
fn indexed_texts(built: &common::Built) -> Vec<String> {
    use std::io::Read;
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(built.out().join("pagefind/fragment")).expect("fragments") {
        let mut json = String::new();
        flate2::read::GzDecoder::new(std::fs::File::open(entry.unwrap().path()).unwrap())
            .read_to_string(&mut json)
            .expect("gzip");
        let fragment: serde_json::Value =
            serde_json::from_str(json.trim_start_matches("pagefind_dcd")).expect("a fragment is JSON");
        texts.push(fragment["content"].as_str().expect("content").to_string());
    }
    texts
}

#[test]
fn the_search_index_holds_the_body_text_of_each_page() {
    // The build keeps the bodies' plain text only for the index: the index must still get it.
    let built = build_fixture("valid/basic");
    let texts = indexed_texts(&built);
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Onze diensten. Onze diensten. Alles wat wij doen.")
                && t.contains("Bekijk de procedure")),
        "{texts:#?}"
    );
}

#[test]
fn no_search_skips_the_index() {
    let built = build_at(&fixture("valid/basic"), |o| o.search = false).expect("builds");
    assert!(!built.exists("pagefind"));
}

#[test]
fn every_page_has_open_graph_and_json_ld_breadcrumbs() {
    let built = build_fixture("valid/basic");
    let sitemap = sitemap_alternates(&built.read("sitemap.xml"));
    for loc in sitemap.keys() {
        let path = loc.strip_prefix("https://loket.example.org/").unwrap();
        let html = built.read(&format!("{path}index.html"));
        assert!(html.contains(&format!(r#"<meta property="og:url" content="{loc}">"#)), "{loc}");
        assert!(html.contains(r#"<meta property="og:title" content=""#), "{loc}");
        let lang = path.split('/').next().unwrap();
        let locale = if lang == "nl" { "nl_NL" } else { "en_US" };
        assert!(html.contains(&format!(r#"<meta property="og:locale" content="{locale}">"#)), "{loc}");
        let json = html
            .split(r#"<script type="application/ld+json">"#)
            .nth(1)
            .and_then(|rest| rest.split("</script>").next())
            .unwrap_or_else(|| panic!("{loc}: no JSON-LD"));
        let data: serde_json::Value = serde_json::from_str(json).expect("JSON-LD parses");
        assert_eq!(data["@type"], "BreadcrumbList");
        let items = data["itemListElement"].as_array().unwrap();
        assert_eq!(items.last().unwrap()["item"], loc.as_str(), "the last crumb is the page itself");
        assert_eq!(items[0]["position"], 1);
    }
}

#[test]
fn a_rebuild_writes_only_the_files_whose_bytes_changed() {
    let site = common::copy_fixture("valid/basic");
    let out = site.path().join("public");
    let build = || {
        let mut options = loket::publish::build::BuildOptions::new(site.path());
        options.out = Some(out.clone());
        loket::publish::build::build(&options).unwrap_or_else(|p| panic!("builds:\n{}", common::render(&p)))
    };
    build();
    let long_ago = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    let files: Vec<std::path::PathBuf> =
        walkdir::WalkDir::new(&out).into_iter().map(|e| e.expect("walk").into_path()).filter(|p| p.is_file()).collect();
    for file in &files {
        std::fs::File::options().write(true).open(file).unwrap().set_modified(long_ago).unwrap();
    }
    let page = site.path().join("content/nl/diensten/procedure/stap-een.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replace("\n---\n", "\n---\nEen nieuwe zin.\n\n")).unwrap();
    build();
    let changed: Vec<String> = files
        .iter()
        .filter(|f| f.is_file() && std::fs::metadata(f).unwrap().modified().unwrap() != long_ago)
        .map(|f| f.strip_prefix(&out).unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(changed.contains(&"nl/diensten/procedure/stap-een/index.html".to_string()), "{changed:?}");
    assert!(!changed.contains(&"en/index.html".to_string()), "{changed:?}");
    assert!(!changed.contains(&"nl/index.html".to_string()), "{changed:?}");
    assert!(changed.len() < files.len() / 4, "only the edited page and what shows it: {changed:?}");
}
