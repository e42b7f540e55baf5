//! Sites with many languages: the compact language switcher, a page whose text is in another
//! language than its tree (`text_language`), menus that fall back to the nearest translated
//! page, and external menu links with an address per language.

mod common;

use common::{build_at, copy_fixture, fixture, render};
use std::fs;
use std::path::Path;

/// The languages added to `valid/basic` (Dutch and English): six in all, Arabic right to left.
const MORE: [(&str, &str, &str); 4] =
    [("ar", "العربية", "مكتب"), ("fr", "Français", "Guichet"), ("tr", "Türkçe", "Masa"), ("uk", "Українська", "Стіл")];

/// `valid/basic` with four more languages, each with its home, services, news and contact
/// pages (not the procedure), and interface strings copied from English.
fn six_languages() -> tempfile::TempDir {
    let site = copy_fixture("valid/basic");
    let mut yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    for (code, name, title) in MORE.iter().rev() {
        yaml = yaml
            .replace(
                "  en: { name: English, title: \"Test desk\" }\n",
                &format!("  en: {{ name: English, title: \"Test desk\" }}\n  {code}: {{ name: {name}, title: \"{title}\" }}\n"),
            )
            .replace("  en: \"Outage today\"\n", &format!("  en: \"Outage today\"\n  {code}: \"{title}!\"\n"));
    }
    fs::write(site.path().join("site.yaml"), yaml).unwrap();
    for (code, _, title) in MORE {
        for (path, key) in [
            ("_index.md", "home"),
            ("services/_index.md", "services"),
            ("contact.md", "contact"),
            ("news/_index.md", "news-only-nl-parent"),
        ] {
            write(site.path(), &format!("content/{code}/{path}"), &page(&format!("{title} {key}"), key, ""));
        }
        fs::create_dir_all(site.path().join("locales").join(code)).unwrap();
        for file in fs::read_dir(fixture("../../locales/en")).unwrap() {
            let file = file.unwrap();
            fs::copy(file.path(), site.path().join("locales").join(code).join(file.file_name())).unwrap();
        }
    }
    site
}

fn page(title: &str, key: &str, more: &str) -> String {
    format!("---\ntitle: {title}\ndescription: Page.\ntranslation_key: {key}\n{more}---\n")
}

fn write(root: &Path, path: &str, text: &str) {
    let file = root.join(path);
    fs::create_dir_all(file.parent().unwrap()).unwrap();
    fs::write(file, text).unwrap();
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start} in {text}"));
    let to = text[from..].find(end).map_or(text.len(), |i| from + i + end.len());
    &text[from..to]
}

#[test]
fn with_more_than_three_other_languages_the_switcher_is_a_disclosure() {
    let site = six_languages();
    let built = build_at(site.path(), |_| {}).unwrap_or_else(|p| panic!("{}", render(&p)));
    let html = built.read("nl/diensten/procedure/stap-een/index.html");
    let switcher = between(&html, "<nav class=\"language-switcher", "</nav>");
    assert!(switcher.contains("language-switcher-compact"), "{switcher}");
    assert!(switcher.contains("<details>") && switcher.contains("<summary>"), "{switcher}");
    // The summary names the current language, with the switcher's name for screen readers;
    // the globe is decoration.
    let summary = between(switcher, "<summary>", "</summary>");
    assert!(summary.contains(r#"<svg class="language-switcher-globe" aria-hidden="true""#), "{summary}");
    assert!(summary.contains(r#"<span class="visually-hidden">Taal: </span>Nederlands</summary>"#), "{summary}");
    // Every language, in site.yaml's order, the current one marked and not a link.
    let names: Vec<usize> = ["Nederlands", "English", "العربية", "Français", "Türkçe", "Українська"]
        .iter()
        .map(|name| switcher.rfind(&format!(">{name}<")).unwrap_or_else(|| panic!("{name} in {switcher}")))
        .collect();
    assert!(names.windows(2).all(|w| w[0] < w[1]), "{switcher}");
    assert!(
        switcher.contains(
            r#"<span class="language-switcher-current" aria-current="true" lang="nl" dir="ltr">Nederlands</span>"#
        ),
        "{switcher}"
    );
    assert!(!switcher.contains(r#"hreflang="nl""#), "{switcher}");
    // The translation where there is one; else the nearest translated ancestor, with the note.
    assert!(
        switcher
            .contains(r#"<a href="/en/services/procedure/step-one/" hreflang="en" lang="en" dir="ltr">English</a>"#),
        "{switcher}"
    );
    assert!(
        switcher.contains(r#"<a href="/ar/services/" hreflang="ar" lang="ar" dir="rtl">العربية</a>"#),
        "{switcher}"
    );
    assert!(switcher.contains(r#"<span class="not-translated" lang="ar" dir="rtl">"#), "{switcher}");
    assert!(
        switcher.contains(r#"<a href="/uk/services/" hreflang="uk" lang="uk" dir="ltr">Українська</a>"#),
        "{switcher}"
    );
    assert_eq!(switcher.matches("class=\"not-translated\"").count(), 4, "{switcher}");
    // An Arabic page: the disclosure in Arabic, Arabic marked current.
    let ar = built.read("ar/services/index.html");
    assert!(ar.contains(r#"<html lang="ar" dir="rtl">"#));
    let switcher = between(&ar, "<nav class=\"language-switcher", "</nav>");
    assert!(switcher.contains(r#"aria-current="true" lang="ar" dir="rtl">العربية</span>"#), "{switcher}");
    assert!(
        switcher.contains(r#"<a href="/nl/diensten/" hreflang="nl" lang="nl" dir="ltr">Nederlands</a>"#),
        "{switcher}"
    );
    // The 404 page of a language has the same switcher, leading to the home pages.
    let not_found = built.read("fr/404.html");
    let switcher = between(&not_found, "<nav class=\"language-switcher", "</nav>");
    assert!(switcher.contains("language-switcher-compact"), "{switcher}");
    assert!(switcher.contains(r#"<a href="/ar/" hreflang="ar" lang="ar" dir="rtl">العربية</a>"#), "{switcher}");
    assert!(switcher.contains(r#"aria-current="true" lang="fr" dir="ltr">Français</span>"#), "{switcher}");
}

#[test]
fn with_three_other_languages_or_fewer_the_switcher_stays_a_list() {
    let built = common::build_fixture("valid/basic");
    let html = built.read("nl/diensten/procedure/stap-twee/index.html");
    let switcher = between(&html, "<nav class=\"language-switcher", "</nav>");
    assert!(!switcher.contains("<details>"), "{switcher}");
    assert!(
        switcher.contains(r#"<a href="/en/services/procedure/" hreflang="en" lang="en" dir="ltr">English</a>"#),
        "{switcher}"
    );
    assert!(switcher.contains(r#"<span class="not-translated" lang="en" dir="ltr">"#), "{switcher}");
}

#[test]
fn a_page_in_the_arabic_tree_with_english_text_says_so() {
    let site = six_languages();
    // The procedure in Arabic: not translated yet, so the English text stands in.
    write(
        site.path(),
        "content/ar/services/procedure.md",
        &(page("The procedure", "procedure", "text_language: en\n") + "## How it goes\n\nYou apply. We decide.\n"),
    );
    let built = build_at(site.path(), |_| {}).unwrap_or_else(|p| panic!("{}", render(&p)));
    let html = built.read("ar/services/procedure/index.html");
    assert!(html.contains(r#"<html lang="ar" dir="rtl">"#), "the page, menus and interface stay Arabic");
    assert!(html.contains(r#"<h1 lang="en" dir="ltr">The procedure</h1>"#), "{html}");
    assert!(html.contains(r#"<p class="lead" lang="en" dir="ltr">Page.</p>"#), "{html}");
    assert!(html.contains(r#"<div class="content" lang="en" dir="ltr">"#), "{html}");
    // Its card on the Arabic services page, too.
    let section = built.read("ar/services/index.html");
    assert!(
        section.contains(r#"<a href="/ar/services/procedure/" lang="en" dir="ltr">The procedure</a>"#),
        "{section}"
    );
    // A page in its tree's language has no such attributes.
    let own = built.read("en/services/index.html");
    assert!(own.contains("<h1>Our services</h1>"), "{own}");
}

#[test]
fn text_language_must_be_a_language_code() {
    let site = copy_fixture("valid/basic");
    write(site.path(), "content/en/contact.md", &page("Contact", "contact", "text_language: \"nl_NL!\"\n"));
    let problems = build_at(site.path(), |_| {}).err().expect("refused");
    let text = render(&problems);
    assert!(text.contains("content/en/contact.md:5:16: error[front-matter]"), "{text}");
    assert!(text.contains("`text_language: nl_NL!` is not a language code."), "{text}");
}

#[test]
fn a_page_with_text_in_another_language_is_untranslated_in_status_and_marked_in_search() {
    use loket::site::{Site, SiteOptions};
    let site = copy_fixture("valid/basic");
    write(site.path(), "content/en/contact.md", &page("Contact us", "contact", "text_language: nl\n"));
    let loaded = Site::load(&SiteOptions { search_text: true, ..SiteOptions::new(site.path().to_path_buf()) })
        .unwrap_or_else(|p| panic!("{}", render(&p)));
    let records = loket::publish::search::records(loaded.config(), loaded.pages(), loaded.bodies(), loaded.topics());
    let record = records.iter().find(|r| r.url == "/en/contact/").expect("still searchable");
    assert_eq!((record.lang, record.text_lang, record.text_dir), ("en", Some("nl"), Some("ltr")));
    let dutch = records.iter().find(|r| r.url == "/nl/").expect("the Dutch home");
    assert_eq!(dutch.text_lang, None);
    let today = jiff::civil::date(2026, 12, 7);
    let status = loket::status::compute(&loaded, today, &loket::diagnostics::Diagnostics::new());
    let untranslated: Vec<(&str, Vec<&str>)> = status
        .translations
        .untranslated
        .iter()
        .map(|u| (u.page.url.as_str(), u.missing_in.iter().map(|l| l.as_str()).collect()))
        .collect();
    assert!(untranslated.contains(&("/en/contact/", vec!["en"])), "{untranslated:?}");
    assert!(untranslated.contains(&("/nl/contact/", vec!["en"])), "{untranslated:?}");
}

#[test]
fn a_menu_entry_some_languages_lack_leads_to_the_nearest_translated_page_with_one_warning() {
    let site = six_languages();
    // The procedure is in Dutch and English only; the menu names it.
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    fs::write(site.path().join("site.yaml"), yaml.replace("main: [services, ", "main: [procedure, services, "))
        .unwrap();
    let built = build_at(site.path(), |_| {}).unwrap_or_else(|p| panic!("{}", render(&p)));
    let warnings = render(&built.report.diagnostics);
    assert_eq!(warnings.matches("[menu-fallback]").count(), 1, "{warnings}");
    assert!(warnings.contains("site.yaml:11:10: warning[menu-fallback]"), "{warnings}");
    assert!(warnings.contains("`ar`, `fr`, `tr`, `uk`"), "{warnings}");
    assert!(!warnings.contains("[menu-entry]"), "{warnings}");
    let en = built.read("en/index.html");
    assert!(en.contains(r#"<li><a href="/en/services/procedure/">"#), "{en}");
    // In Arabic: the Arabic services page, the procedure's nearest translated ancestor.
    let ar = built.read("ar/index.html");
    let nav = between(&ar, "<nav class=\"site-nav\"", "</nav>");
    assert_eq!(nav.matches(r#"href="/ar/services/""#).count(), 2, "{nav}");
}

#[test]
fn an_external_menu_link_may_have_an_address_per_language() {
    let site = copy_fixture("valid/basic");
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    let yaml = yaml.replace(
        "  footer: [contact]\n",
        "  footer:\n    - contact\n    - { url: { nl: \"https://ind.nl/\", en: \"https://ind.nl/en/\" }, label: { nl: IND, en: IND } }\n    - { url: \"https://www.rijksoverheid.nl/\", label: { nl: Rijksoverheid, en: Dutch government }, lang: nl }\n",
    );
    fs::write(site.path().join("site.yaml"), yaml).unwrap();
    let built = build_at(site.path(), |_| {}).unwrap_or_else(|p| panic!("{}", render(&p)));
    let nl = built.read("nl/index.html");
    let en = built.read("en/index.html");
    assert!(nl.contains(r#"<a href="https://ind.nl/" rel="external">IND"#), "{nl}");
    assert!(en.contains(r#"<a href="https://ind.nl/en/" rel="external">IND"#), "{en}");
    // `hreflang` where the page it leads to is in another language than the menu's.
    assert!(nl.contains(r#"<a href="https://www.rijksoverheid.nl/" rel="external">Rijksoverheid"#), "{nl}");
    assert!(
        en.contains(r#"<a href="https://www.rijksoverheid.nl/" rel="external" hreflang="nl">Dutch government"#),
        "{en}"
    );
}
