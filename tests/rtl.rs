//! Right-to-left languages: a small site in Dutch, English, Arabic and Persian, built; `dir`
//! on `<html>` and wherever text of another direction is marked (the `lang` shortcode, links to
//! pages in another language, table-of-contents entries, the language lists of 404 pages and
//! the chooser), `<bdi>` around titles inside interface strings, and the theme's CSS in
//! logical properties only.

mod common;

use common::{build_at, render, Built};
use loket::site::{Site, SiteOptions};
use std::path::Path;

const SITE_YAML: &str = "base_url: https://loket.example.org
default_language: nl
languages:
  nl: { name: Nederlands, title: Loket }
  en: { name: English, title: Desk }
  ar: { name: العربية, title: مكتب }
  fa: { name: فارسی, title: میز }
";

const NL_ASIEL: &str = r#"---
title: Asiel
description: Over asiel.
translation_key: asiel
toc: true
---
Wij zeggen {{ lang(code="ar", text="مرحبا") }} en {{ lang(code="en", text="welcome") }} tegen iedereen.
Lees [de Arabische tekst](../ar/asiel.md).

## Over {{ lang(code="ar", text="اللجوء") }}

Tekst.

## {{ lang(code="en", text="Summary") }}

Tekst.
"#;

const AR_ASIEL: &str = r#"---
title: اللجوء
description: عن اللجوء.
translation_key: asiel
toc: true
---
مرحبا. اقرأ [النص الهولندي](../nl/asiel.md).

{{ lang(code="nl", text="Asielprocedure") }} و {{ lang(code="fa", text="پناهندگی") }} و {{ lang(code="en", text="asylum", dir="auto") }}.

{% lang(code="nl") %}
Een alinea in het Nederlands.
{% end %}

## {{ lang(code="nl", text="Asielprocedure") }}

نص.

## الإجراءات

نص.
"#;

/// Writes `files` (path, text) below `root`.
fn write(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let file = root.join(path);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("folder");
        std::fs::write(file, text).expect("write");
    }
}

fn home(title: &str) -> String {
    format!("---\ntitle: {title}\ndescription: {title}.\ntranslation_key: home\n---\n{title}.\n")
}

/// The four-language site in a temporary folder. Arabic and Persian get the English interface
/// strings as the site's own locale files, whatever locales loket ships.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    let root = dir.path();
    let (nl, en, ar, fa) = (home("Welkom"), home("Welcome"), home("أهلا"), home("خوش آمدید"));
    write(
        root,
        &[
            ("site.yaml", SITE_YAML),
            ("content/nl/_index.md", &nl),
            ("content/en/_index.md", &en),
            ("content/ar/_index.md", &ar),
            ("content/fa/_index.md", &fa),
            ("content/nl/asiel.md", NL_ASIEL),
            ("content/ar/asiel.md", AR_ASIEL),
            (
                "content/nl/alleen.md",
                "---\ntitle: Alleen in het Nederlands\ndescription: Niet vertaald.\ntranslation_key: alleen\n---\nTekst.\n",
            ),
        ],
    );
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en");
    for lang in ["ar", "fa"] {
        for file in ["main.ftl", "search.ftl"] {
            let text = std::fs::read_to_string(locales.join(file)).expect("built-in English locale");
            write(root, &[(&format!("locales/{lang}/{file}"), &text)]);
        }
    }
    dir
}

fn build(root: &Path) -> Built {
    match build_at(root, |_| {}) {
        Ok(built) => built,
        Err(problems) => panic!("the site should build, but:\n{}", render(&problems)),
    }
}

/// The table of contents of a page.
fn toc(html: &str) -> &str {
    let start = html.find("<nav class=\"toc\"").expect("a table of contents");
    let end = html[start..].find("</nav>").expect("its end") + start;
    &html[start..end]
}

#[test]
fn html_says_the_direction_of_every_page() {
    let dir = site();
    let built = build(dir.path());
    for (path, lang, direction) in [
        ("nl/asiel/index.html", "nl", "ltr"),
        ("nl/index.html", "nl", "ltr"),
        ("en/index.html", "en", "ltr"),
        ("ar/asiel/index.html", "ar", "rtl"),
        ("ar/index.html", "ar", "rtl"),
        ("fa/index.html", "fa", "rtl"),
        ("ar/404.html", "ar", "rtl"),
        ("nl/404.html", "nl", "ltr"),
        ("index.html", "nl", "ltr"),
    ] {
        let html = built.read(path);
        assert!(html.contains(&format!("<html lang=\"{lang}\" dir=\"{direction}\">")), "{path}:\n{html}");
    }
}

#[test]
fn the_lang_shortcode_says_the_direction_where_it_differs() {
    let dir = site();
    let built = build(dir.path());
    let nl = built.read("nl/asiel/index.html");
    assert!(
        nl.contains("Wij zeggen <span lang=\"ar\" dir=\"rtl\">مرحبا</span> en <span lang=\"en\">welcome</span>"),
        "{nl}"
    );
    let ar = built.read("ar/asiel/index.html");
    for expected in [
        "<span lang=\"nl\" dir=\"ltr\">Asielprocedure</span>",
        // Persian in Arabic: the same direction, so none.
        "<span lang=\"fa\">پناهندگی</span>",
        // As the call says.
        "<span lang=\"en\" dir=\"auto\">asylum</span>",
        "<div lang=\"nl\" dir=\"ltr\">\n<p>Een alinea in het Nederlands.</p>",
    ] {
        assert!(ar.contains(expected), "missing {expected} in:\n{ar}");
    }
}

#[test]
fn links_to_a_page_in_another_direction_mark_their_cue() {
    let dir = site();
    let built = build(dir.path());
    let nl = built.read("nl/asiel/index.html");
    assert!(nl.contains("<a href=\"/ar/asiel/\" hreflang=\"ar\">de Arabische tekst <span class=\"lang-cue\" lang=\"ar\" dir=\"rtl\">"), "{nl}");
    let ar = built.read("ar/asiel/index.html");
    assert!(
        ar.contains(
            "<a href=\"/nl/asiel/\" hreflang=\"nl\">النص الهولندي <span class=\"lang-cue\" lang=\"nl\" dir=\"ltr\">"
        ),
        "{ar}"
    );
    // The theme's links: the language switcher and the 404 pages' language lists, each with its `dir`.
    assert!(ar.contains("hreflang=\"nl\" lang=\"nl\" dir=\"ltr\">Nederlands</a>"), "{ar}");
    assert!(nl.contains("hreflang=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</a>"), "{nl}");
    assert!(nl.contains("hreflang=\"en\" lang=\"en\" dir=\"ltr\">English</a>"), "{nl}");
    let not_found = built.read("ar/404.html");
    assert!(not_found.contains("lang=\"nl\" dir=\"ltr\">Nederlands</a>"), "{not_found}");
    assert!(not_found.contains("lang=\"fa\" dir=\"rtl\">فارسی</a>"), "{not_found}");
    // The chooser: every entry says its language and direction.
    let chooser = built.read("index.html");
    assert!(chooser.contains("<li class=\"chooser-option\" lang=\"ar\" dir=\"rtl\">"), "{chooser}");
    assert!(chooser.contains("<li class=\"chooser-option\" lang=\"nl\" dir=\"ltr\">"), "{chooser}");
    assert!(chooser.contains("<span lang=\"fa\" dir=\"rtl\">میز</span>"), "{chooser}");
}

/// Issue 25: a heading marked with `lang` kept its text but lost its language in the table
/// of contents (WCAG 3.1.2).
#[test]
fn table_of_contents_entries_keep_the_language_and_direction_of_their_heading() {
    let dir = site();
    let built = build(dir.path());
    let nl = built.read("nl/asiel/index.html");
    let entries = toc(&nl);
    assert!(entries.contains("\">Over <span lang=\"ar\" dir=\"rtl\">اللجوء</span></a></li>"), "{entries}");
    assert!(entries.contains("\"><span lang=\"en\">Summary</span></a></li>"), "{entries}");
    let ar = built.read("ar/asiel/index.html");
    let entries = toc(&ar);
    assert!(entries.contains("\"><span lang=\"nl\" dir=\"ltr\">Asielprocedure</span></a></li>"), "{entries}");
    assert!(entries.contains("\">الإجراءات</a></li>"), "{entries}");
}

#[test]
fn titles_inside_interface_strings_are_isolated() {
    let dir = site();
    let built = build(dir.path());
    // The Arabic switcher entry of a page only in Dutch leads to the Arabic home page, and its
    // note names that page's title.
    let only_nl = built.read("nl/alleen/index.html");
    assert!(only_nl.contains("<bdi>أهلا</bdi>"), "{only_nl}");
    assert!(only_nl.contains("<span class=\"not-translated\" lang=\"ar\" dir=\"rtl\">"), "{only_nl}");
    assert!(built.read("ar/404.html").contains("<bdi>مكتب</bdi>"));
    assert!(built.read("nl/404.html").contains("<bdi>Loket</bdi>"));
    assert!(built.read("index.html").contains("<bdi>مكتب</bdi>"));
}

#[test]
fn a_title_cannot_bring_markup_into_an_isolated_string() {
    let dir = site();
    let yaml = SITE_YAML.replace("title: مكتب", "title: \"<script>alert(1)</script> & <b>x</b>\"");
    write(dir.path(), &[("site.yaml", &yaml)]);
    let built = build(dir.path());
    let html = built.read("ar/404.html");
    assert!(html.contains("<bdi>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;</bdi>"), "{html}");
    assert!(!html.contains("<script>alert"), "{html}");
}

#[test]
fn the_lang_shortcode_refuses_a_direction_it_does_not_know() {
    let dir = site();
    write(
        dir.path(),
        &[(
            "content/nl/asiel.md",
            "---\ntitle: Asiel\ndescription: Over asiel.\ntranslation_key: asiel\n---\nZo {{ lang(code=\"ar\", text=\"مرحبا\", dir=\"right\") }}.\n",
        )],
    );
    let site = match Site::load(&SiteOptions::new(dir.path().to_path_buf())) {
        Ok(site) => site,
        Err(problems) => panic!("{}", render(&problems)),
    };
    let findings = render(&site.findings().all());
    assert!(findings.contains("`right` is not a writing direction"), "{findings}");
    assert!(findings.contains("nl/asiel.md:6:"), "{findings}");
}

/// Every physical side in the theme's CSS (`left`, `right`, an asymmetric four-value margin)
/// would stay put in a right-to-left page: the theme uses logical properties only.
#[test]
fn the_theme_css_has_no_physical_left_or_right() {
    let css = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("static/css/loket.css"))
        .expect("the theme's CSS");
    // Comments out.
    let mut text = String::new();
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let mut physical = Vec::new();
    for declaration in text.split([';', '{', '}']) {
        let Some((property, value)) = declaration.split_once(':') else { continue };
        let (property, value) = (property.trim(), value.trim());
        if property.contains(' ') || property.is_empty() {
            continue; // a selector with a pseudo-class, not a declaration
        }
        let words: Vec<&str> = value.split_whitespace().collect();
        let sided = property.split('-').any(|part| part == "left" || part == "right");
        let aligned = matches!(property, "text-align" | "float" | "clear" | "caption-side")
            && words.iter().any(|w| *w == "left" || *w == "right");
        let asymmetric =
            matches!(property, "margin" | "padding" | "inset" | "border-width" | "border-style" | "border-color")
                && words.len() == 4
                && words[1] != words[3];
        if sided || aligned || asymmetric {
            physical.push(format!("{property}: {value}"));
        }
    }
    assert!(physical.is_empty(), "physical sides in loket.css: {physical:#?}");
}
