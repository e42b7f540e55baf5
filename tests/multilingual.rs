//! The multilingual fixture site (`fixtures/valid/multilingual`): Dutch, English, Arabic,
//! Persian, Ukrainian and Turkish trees, with loket's own interface strings and language
//! names. It builds with no findings, every language gets its search index (also those
//! Pagefind has no stemmer for), and `loket status` names the languages whose interface
//! strings no native speaker has reviewed, unless the site's own files replace them.

mod common;

use common::{build_fixture, copy_fixture, fixture, loket, render};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

const SITE: &str = "valid/multilingual";

#[test]
fn six_languages_build_with_no_findings_and_their_own_interface_strings() {
    let built = build_fixture(SITE);
    assert!(built.report.diagnostics.is_empty(), "{}", render(&built.report.diagnostics));
    for lang in ["nl", "en", "ar", "fa", "uk", "tr"] {
        assert_eq!(built.report.pages[lang], 5, "{lang}: home, section, two pages, search");
    }
    let ar = built.read("ar/asylum/registration/index.html");
    assert!(ar.contains(r#"<html lang="ar""#), "{ar}");
    assert!(ar.contains("انتقل إلى المحتوى"), "the Arabic skip link: {ar}");
    assert!(ar.contains("مهم"), "the notice's Arabic label: {ar}");
    // No `name` in site.yaml: each language is named in itself by loket's strings.
    for name in ["Nederlands", "English", "فارسی", "Українська", "Türkçe"] {
        assert!(ar.contains(&format!(">{name}</a>")), "{name}: {ar}");
    }
    assert!(built.read("uk/index.html").contains("Перейти до основного вмісту"));
    assert!(built.read("tr/iltica/kayit/index.html").contains("İçeriğe geç"));
    assert!(built.read("fa/search/index.html").contains("دنبال چه می‌گردید؟"), "the Persian search page");
}

#[test]
fn every_language_has_a_search_index_with_or_without_a_stemmer() {
    let built = build_fixture(SITE);
    let entry: serde_json::Value = serde_json::from_str(&built.read("pagefind/pagefind-entry.json")).expect("JSON");
    let counts: BTreeMap<&str, u64> = entry["languages"]
        .as_object()
        .expect("languages")
        .iter()
        .map(|(lang, meta)| (lang.as_str(), meta["page_count"].as_u64().unwrap_or_default()))
        .collect();
    // Four pages each: the search pages are `search: false`. Persian and Ukrainian have no
    // Snowball stemmer in Pagefind; Arabic and Turkish have one.
    let expected: BTreeMap<&str, u64> = ["ar", "en", "fa", "nl", "tr", "uk"].into_iter().map(|l| (l, 4)).collect();
    assert_eq!(counts, expected);
}

fn status_json(root: &Path) -> serde_json::Value {
    let (code, stdout, stderr) = loket(&["status", "--root", root.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    serde_json::from_str(&stdout).expect("JSON")
}

/// `lang` → (strings, unreviewed) from the JSON of `loket status`.
fn interface(json: &serde_json::Value) -> BTreeMap<String, (u64, u64)> {
    json["interface_strings"]
        .as_array()
        .expect("interface_strings")
        .iter()
        .map(|l| {
            let n = |key: &str| l[key].as_u64().unwrap_or_default();
            (l["lang"].as_str().unwrap_or_default().to_string(), (n("strings"), n("unreviewed")))
        })
        .collect()
}

#[test]
fn status_names_the_unreviewed_interface_languages_in_every_form() {
    let root = fixture(SITE);
    let root_arg = root.to_str().unwrap();
    let (code, stdout, stderr) = loket(&["status", "--root", root_arg, "--lang", "en"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("interface    not checked by a native speaker: ar, fa, uk, tr\n"), "{stdout}");
    assert!(stdout.contains("               loket's texts for menus and buttons in these languages"), "{stdout}");
    assert!(stdout.lines().all(|line| line.chars().count() <= 80), "{stdout}");
    let (_, stdout, _) = loket(&["status", "--root", root_arg, "--lang", "nl"]);
    assert!(stdout.contains("niet nagekeken door iemand met die moedertaal: ar, fa, uk, tr"), "{stdout}");

    let counts = interface(&status_json(&root));
    let strings = counts["nl"].0;
    assert!(strings > 50, "{counts:?}");
    assert_eq!(counts["nl"], (strings, 0));
    assert_eq!(counts["en"], (strings, 0));
    for lang in ["ar", "fa", "uk", "tr"] {
        assert_eq!(counts[lang], (strings, strings), "{lang}");
    }

    let (code, html, stderr) = loket(&["status", "--root", root_arg, "--lang", "en", "--format", "html"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(html.contains("<dt>Website texts</dt><dd>not checked by a native speaker: ar, fa, uk, tr</dd>"), "{html}");
}

#[test]
fn strings_in_the_site_s_own_files_are_the_site_s_responsibility() {
    let site = copy_fixture(SITE);
    let own = site.path().join("locales/tr");
    fs::create_dir_all(&own).unwrap();
    // The site's copy of the Turkish strings, checked by its own translator.
    fs::write(own.join("main.ftl"), include_str!("../locales/tr/main.ftl")).unwrap();
    let counts = interface(&status_json(site.path()));
    let search_strings = include_str!("../locales/tr/search.ftl").lines().filter(|l| l.contains(" = ")).count();
    // The search page's strings and the language's name are still loket's.
    assert_eq!(counts["tr"].1, search_strings as u64 + 1, "{counts:?}");
    fs::write(own.join("search.ftl"), include_str!("../locales/tr/search.ftl")).unwrap();
    fs::write(own.join("language.ftl"), include_str!("../locales/tr/language.ftl")).unwrap();
    let json = status_json(site.path());
    assert_eq!(interface(&json)["tr"].1, 0, "every Turkish string is the site's");
    let (_, stdout, _) = loket(&["status", "--root", site.path().to_str().unwrap(), "--lang", "en"]);
    assert!(stdout.contains("native speaker: ar, fa, uk\n"), "{stdout}");
}
