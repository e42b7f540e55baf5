//! `loket init`: a new site that builds and checks with zero findings, in any of the
//! languages asked for, with a search page, a sitemap page, breadcrumbs from "Home" and a
//! README in the site's first language; a folder with anything in it is refused and left as
//! it was.

mod common;

use common::loket;
use std::fs;

#[test]
fn init_writes_a_site_that_checks_and_builds_with_zero_findings() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("new-site");
    let root = site.to_str().unwrap();
    let (code, stdout, stderr) = loket(&["init", root]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Created") && stdout.contains("site.yaml"), "{stdout}");
    for file in [
        "site.yaml",
        "content/nl/_index.md",
        "content/en/_index.md",
        "content/nl/zoeken.md",
        "content/en/search.md",
        "content/nl/sitemap.md",
        "content/en/sitemap.md",
        ".gitignore",
        "README.md",
    ] {
        assert!(site.join(file).is_file(), "{file}");
    }
    assert!(fs::read_to_string(site.join(".gitignore")).unwrap().contains("/public/"));
    let (code, stdout, stderr) = loket(&["check", "--root", root, "--warnings", "full"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("Checked 8 pages (nl 4, en 4)"), "{stdout}");
    assert!(stderr.is_empty(), "zero findings, not even warnings: {stderr}");

    let built = common::build_at(&site, |_| {}).unwrap();
    assert!(built.report.diagnostics.is_empty());
    // The sections are translations of each other: the switcher links them.
    let section = built.read("nl/informatie/index.html");
    assert!(section.contains(r#"hreflang="en" href="https://example.org/en/information/""#), "{section}");
    assert!(built.read("en/index.html").contains(r#"href="/en/information/""#), "in the main menu");
    // As in the README's screenshots: a search box that leads to the search page, a sitemap
    // page in the footer, breadcrumbs that start at "Home".
    assert!(built.exists("nl/zoeken/index.html") && built.exists("en/search/index.html"));
    let home = built.read("nl/index.html");
    assert!(home.contains(r#"action="/nl/zoeken/""#), "a search form: {home}");
    assert!(home.contains(r#"href="/nl/sitemap/""#), "the sitemap in the footer");
    let sitemap = built.read("nl/sitemap/index.html");
    assert!(sitemap.contains(r#"href="/nl/informatie/""#), "the sitemap lists the pages: {sitemap}");
    assert!(section.contains(r#"<li><a href="/nl/">Home</a></li>"#), "breadcrumbs start at Home: {section}");
    // An editors' README in the site's first language, pointing to the handbook.
    let readme = fs::read_to_string(site.join("README.md")).unwrap();
    assert!(readme.starts_with("# Deze site bewerken") && readme.contains("docs/handbook/nl"), "{readme}");
    let settings = fs::read_to_string(site.join("site.yaml")).unwrap();
    assert!(settings.lines().next().unwrap_or_default().ends_with("docs/settings.md"), "{settings}");
}

#[test]
fn init_speaks_the_editors_language_and_an_english_first_site_gets_an_english_readme() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let root = site.to_str().unwrap();
    let (code, stdout, stderr) = common::loket_with(&["init", root, "--languages", "en,nl"], &[("LOKET_LANG", "nl")]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("site.yaml gemaakt") && stdout.contains("Bekijk de site met"), "{stdout}");
    let readme = fs::read_to_string(site.join("README.md")).unwrap();
    assert!(readme.starts_with("# Editing this site") && readme.contains("docs/handbook/en"), "{readme}");
}

#[test]
fn init_with_one_language_or_a_language_without_builtin_strings() {
    let dir = tempfile::tempdir().unwrap();
    for languages in ["en", "de,nl"] {
        let site = dir.path().join(languages.replace(',', "-"));
        let root = site.to_str().unwrap();
        let (code, _, stderr) = loket(&["init", root, "--languages", languages]);
        assert_eq!(code, 0, "{stderr}");
        let (code, _, stderr) = loket(&["check", "--root", root]);
        assert_eq!(code, 0, "{languages}: {stderr}");
        assert!(stderr.is_empty(), "{languages}: {stderr}");
    }
    assert!(dir.path().join("de-nl/locales/de/main.ftl").is_file(), "German gets UI strings to translate");
    assert!(!dir.path().join("de-nl/locales/nl").exists(), "Dutch is built in");
    let german = fs::read_to_string(dir.path().join("de-nl/locales/de/language.ftl")).unwrap();
    assert!(german.contains("\nlanguage-name = de\n") && !german.contains("reviewed:"), "{german}");
    let (code, _, stderr) = loket(&["init", dir.path().join("x").to_str().unwrap(), "--languages", "nl,Engels"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("“Engels”"), "{stderr}");
}

#[test]
fn init_names_a_language_in_itself_and_uses_loket_s_strings_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let root = site.to_str().unwrap();
    let (code, _, stderr) = loket(&["init", root, "--languages", "nl,en,ar"]);
    assert_eq!(code, 0, "{stderr}");
    let yaml = fs::read_to_string(site.join("site.yaml")).unwrap();
    assert!(yaml.contains("  ar: { name: \"العربية\", "), "{yaml}");
    assert!(yaml.contains("  nl: { name: \"Nederlands\", "), "{yaml}");
    assert!(!site.join("locales").exists(), "Arabic is built in");
    let (code, _, stderr) = loket(&["check", "--root", root]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn init_refuses_a_folder_that_is_not_empty_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let (code, stdout, stderr) = loket(&["init", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("is not empty: it holds notes.txt."), "{stderr}");
    assert!(stderr.trim_end().ends_with("Nothing was written."), "{stderr}");
    assert!(stdout.is_empty());
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["notes.txt"]);
    assert_eq!(fs::read_to_string(dir.path().join("notes.txt")).unwrap(), "mine");
}
