//! The site contract's Output section, asserted on the HTML of a built fixture site.

mod common;

use common::{build_at, build_fixture, copy_fixture, fixture, render, snapshot};
use std::fs;

/// The part of `html` from `start` to the next `end`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap_or_else(|| panic!("no {start} in {html}"));
    let to = html[from..].find(end).map_or(html.len(), |i| from + i + end.len());
    &html[from..to]
}

#[test]
fn every_page_gets_a_pretty_url_and_the_root_chooses_a_language() {
    let built = build_fixture("valid/basic");
    for path in [
        "nl/index.html",
        "en/index.html",
        "nl/diensten/index.html",
        "nl/diensten/procedure/index.html",
        "nl/diensten/procedure/stap-een/index.html",
        "en/services/procedure/step-one/index.html",
    ] {
        assert!(built.exists(path), "{path} missing");
    }
    let root = built.read("index.html");
    assert!(root.contains(r#"href="/nl/""#) && root.contains(r#"href="/en/""#), "{root}");
    assert!(!root.contains("<script"), "the chooser needs no script");
    assert_eq!(built.report.pages["nl"], 8);
    assert_eq!(built.report.pages["en"], 6);
}

#[test]
fn html_lang_canonical_and_hreflang_alternates() {
    let built = build_fixture("valid/basic");
    let nl = built.read("nl/diensten/procedure/stap-een/index.html");
    assert!(nl.contains(r#"<html lang="nl" dir="ltr">"#));
    assert!(nl.contains(r#"<link rel="canonical" href="https://loket.example.org/nl/diensten/procedure/stap-een/">"#));
    assert!(nl.contains(
        r#"<link rel="alternate" hreflang="nl" href="https://loket.example.org/nl/diensten/procedure/stap-een/">"#
    ));
    assert!(nl.contains(
        r#"<link rel="alternate" hreflang="en" href="https://loket.example.org/en/services/procedure/step-one/">"#
    ));
    assert!(nl.contains(r#"<link rel="alternate" hreflang="x-default" href="https://loket.example.org/nl/diensten/procedure/stap-een/">"#));
    let en = built.read("en/services/procedure/step-one/index.html");
    assert!(en.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(
        en.contains(r#"hreflang="x-default" href="https://loket.example.org/nl/diensten/procedure/stap-een/""#),
        "x-default is the default language's page"
    );
    // A page without translation lists only itself.
    let only_nl = built.read("nl/diensten/procedure/stap-twee/index.html");
    assert!(!only_nl.contains(r#"<link rel="alternate" hreflang="en""#));
}

#[test]
fn dublin_core_metadata_is_in_the_page_language() {
    let built = build_fixture("valid/basic");
    let en = built.read("en/services/procedure/index.html");
    assert!(en.contains(r#"<meta name="DC.language" content="en">"#));
    assert!(en.contains(r#"<meta name="DC.title" content="The procedure">"#));
    assert!(en.contains(r#"<meta name="DC.date" content="2026-11-29">"#));
}

#[test]
fn breadcrumbs_run_from_home_to_the_current_page() {
    let built = build_fixture("valid/basic");
    let page = built.read("nl/diensten/procedure/stap-een/index.html");
    let html = between(&page, r#"class="breadcrumbs""#, "</nav>");
    assert!(page.find(r#"class="breadcrumbs""#) < page.find("<main"), "breadcrumbs stand outside <main>");
    let home = html.find(r#"<li><a href="/nl/">Home</a></li>"#).expect("home crumb");
    let services = html.find(r#"<li><a href="/nl/diensten/">Diensten</a></li>"#).expect("section crumb");
    let procedure = html.find(r#"<li><a href="/nl/diensten/procedure/">De procedure</a></li>"#).expect("parent crumb");
    let current = html.find(r#"<span aria-current="page">Stap één</span>"#).expect("current crumb");
    assert!(home < services && services < procedure && procedure < current);
}

#[test]
fn language_switcher_links_translations_with_lang_and_hreflang() {
    let built = build_fixture("valid/basic");
    let html = built.read("nl/diensten/procedure/stap-een/index.html");
    assert!(
        html.contains(r#"<a href="/en/services/procedure/step-one/" hreflang="en" lang="en" dir="ltr">English</a>"#),
        "{html}"
    );
    assert!(!html.contains("not-translated"));
}

#[test]
fn language_switcher_falls_back_to_the_nearest_translated_ancestor_and_says_so() {
    let built = build_fixture("valid/basic");
    let html = built.read("nl/diensten/procedure/stap-twee/index.html");
    assert!(
        html.contains(r#"<a href="/en/services/procedure/" hreflang="en" lang="en" dir="ltr">English</a>"#),
        "{html}"
    );
    assert!(html.contains(r#"<span class="not-translated" lang="en" dir="ltr">This page is not available in English. The link goes to: <bdi>The procedure</bdi>.</span>"#), "{html}");
    let news = built.read("nl/nieuws/alleen-nederlands/index.html");
    assert!(news.contains(r#"<a href="/en/news/" hreflang="en" lang="en" dir="ltr">English</a>"#));
}

#[test]
fn children_are_ordered_by_weight_then_title() {
    let built = build_fixture("valid/basic");
    let page = built.read("nl/diensten/procedure/index.html");
    let html = between(&page, "<main", "</main>");
    let one = html.find(r#"href="/nl/diensten/procedure/stap-een/""#).expect("first child");
    let two = html.find(r#"href="/nl/diensten/procedure/stap-twee/""#).expect("second child");
    assert!(one < two);
    let page = built.read("nl/index.html");
    let home = between(&page, "<main", "</main>");
    let services = home.find(r#"<a href="/nl/diensten/">Onze diensten</a>"#).expect("weight 1");
    let news = home.find(r#"<a href="/nl/nieuws/">Nieuws</a>"#).expect("weight 2");
    let contact = home.find(r#"<a href="/nl/contact/">Contact</a>"#).expect("no weight: last");
    assert!(services < news && news < contact);
}

#[test]
fn markdown_headings_footnotes_tables_and_links() {
    let built = build_fixture("valid/basic");
    let html = built.read("nl/diensten/procedure/index.html");
    assert!(html.contains(r#"<h2 id="stappen">Stappen</h2>"#));
    assert!(html.contains(r#"<h2 id="stappen-1">Stappen</h2>"#), "duplicates are numbered");
    assert!(
        html.contains(r##"<a href="#fn-bron">1</a>"##) && html.contains(r#"id="fn-bron""#),
        "footnote ids are prefixed"
    );
    assert!(html.contains(r#"<a href="/nl/diensten/procedure/stap-een/">stap één</a>"#), ".md links become URLs");
    assert!(html.contains(r##"<a href="/nl/diensten/procedure/stap-twee/#wat-neemt-u-mee">stap twee</a>"##));
    let step = built.read("nl/diensten/procedure/stap-een/index.html");
    assert!(step.contains("<table>") && step.contains("<th>Stap</th>"));
    assert!(step.contains("<del>doorhaling</del>"));
    assert!(
        step.contains(r#"<img src="/nl/diensten/procedure/schema.svg" alt="Een schema van de stappen" />"#),
        "{step}"
    );
    let en = built.read("en/services/procedure/index.html");
    assert!(
        en.contains(r#"<a href="/nl/diensten/procedure/" hreflang="nl">Dutch <span class="lang-cue" lang="nl">(in het Nederlands)</span></a>"#),
        "links into another language carry hreflang and a visible cue in the target's language: {en}"
    );
}

#[test]
fn tables_scroll_in_labelled_regions_footnotes_close_the_body_and_cross_language_links_say_so() {
    let built = build_fixture("valid/body-parts");
    let nl = built.read("nl/kosten/index.html");
    let body = between(&nl, r#"<h2 id="bedragen">"#, "</article>");
    assert!(!body.contains("style="), "no inline style: {body}");
    assert!(
        body.contains(r#"<div class="table-region" role="region" tabindex="0" aria-label="Tabel 1"><table><thead><tr><th class="align-left">Aanvraag</th><th class="align-right">Bedrag</th></tr></thead>"#),
        "{body}"
    );
    assert!(body.contains(r#"<td class="align-right">€ 0</td>"#), "{body}");
    // The link keeps hreflang and no `lang` (its text is Dutch); the cue is English text.
    assert!(
        body.contains(r#"<a href="/en/costs/" hreflang="en">uitleg voor wie geen Nederlands leest <span class="lang-cue" lang="en">(in English)</span></a>"#),
        "{body}"
    );
    let notes = between(body, r#"<section class="footnotes""#, "</section>");
    assert!(notes.contains(r#"<h2 id="footnotes">Voetnoten</h2>"#), "{notes}");
    assert!(
        notes.contains(
            r##"<a class="footnote-backref" href="#fnref-gratis" aria-label="Terug naar voetnoot 1 in de tekst">↩</a>"##
        ),
        "{notes}"
    );
    let en = built.read("en/costs/index.html");
    assert!(en.contains(r#"aria-label="Table 1""#) && en.contains(r#"<h2 id="footnotes">Footnotes</h2>"#), "{en}");
    assert!(en.contains(r#"aria-label="Back to footnote 1 in the text""#), "{en}");
    assert!(en.contains(r#"<span class="lang-cue" lang="nl">(in het Nederlands)</span></a>"#), "{en}");
    // Shared values from data/: the same in both languages, or the page's language's text.
    assert!(nl.contains(r#"<p class="helpdesk">088 123 45 67, maandag tot en met vrijdag</p>"#), "{nl}");
    assert!(en.contains(r#"<p class="helpdesk">088 123 45 67, Monday to Friday</p>"#), "{en}");
    // The same values in Markdown, through the `data` shortcode.
    assert!(nl.contains("Vragen? Bel 088 123 45 67, maandag tot en met vrijdag."), "{nl}");
    assert!(en.contains("Questions? Call 088 123 45 67, Monday to Friday."), "{en}");
}

#[test]
fn dates_are_written_per_language() {
    let built = build_fixture("valid/basic");
    assert!(built.read("nl/diensten/procedure/index.html").contains("29 november 2026"));
    assert!(built.read("en/services/procedure/index.html").contains("29 November 2026"));
}

#[test]
fn static_files_and_content_assets_are_copied() {
    let built = build_fixture("valid/basic");
    assert!(built.exists("nl/diensten/procedure/schema.svg"), "asset next to its page");
    assert!(built.exists("img/logo.svg"), "the site's static/");
    assert!(built.exists("css/loket.css"), "the built-in theme's static/");
    assert!(built.exists(".loket-output"), "marker");
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let built = build_fixture("valid/basic");
    assert!(!built.exists("nl/diensten/procedure/concept/index.html"));
    let with_drafts = build_at(&fixture("valid/basic"), |o| o.drafts = true).expect("builds");
    assert!(with_drafts.exists("nl/diensten/procedure/concept/index.html"));
}

#[test]
fn aliases_sitemap_robots_and_404_pages() {
    let built = build_fixture("valid/basic");
    let alias = built.read("nl/oude-procedure/index.html");
    assert!(alias.contains(r#"<html lang="nl" dir="ltr">"#));
    assert!(alias.contains(r#"<meta http-equiv="refresh" content="0; url=/nl/diensten/procedure/">"#));
    assert!(alias.contains(r#"<link rel="canonical" href="https://loket.example.org/nl/diensten/procedure/">"#));
    assert!(alias.contains(r#"<a href="/nl/diensten/procedure/">De procedure</a>"#));
    let sitemap = built.read("sitemap.xml");
    assert!(sitemap
        .contains("<loc>https://loket.example.org/nl/diensten/procedure/</loc>\n    <lastmod>2026-11-29</lastmod>"));
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="en" href="https://loket.example.org/en/services/procedure/"/>"#
    ));
    assert!(sitemap.contains(
        r#"<xhtml:link rel="alternate" hreflang="x-default" href="https://loket.example.org/nl/diensten/procedure/"/>"#
    ));
    assert!(built.read("robots.txt").contains("Sitemap: https://loket.example.org/sitemap.xml"));
    for path in ["404.html", "nl/404.html", "en/404.html"] {
        assert!(built.exists(path), "{path}");
    }
    assert!(built.read("en/404.html").contains(r#"<html lang="en" dir="ltr">"#));
}

#[test]
fn the_site_alert_shows_in_each_language() {
    let built = build_fixture("valid/basic");
    assert!(built.read("nl/index.html").contains("Storing vandaag"));
    assert!(built.read("en/index.html").contains("Outage today"));
}

#[test]
fn the_same_input_gives_byte_identical_output() {
    let first = build_fixture("valid/basic");
    let second = build_fixture("valid/basic");
    assert_eq!(snapshot(&first.out()), snapshot(&second.out()));
}

#[test]
fn base_url_can_be_overridden() {
    let built = build_at(&fixture("valid/basic"), |o| o.base_url = Some("https://preview.example.net/".into()))
        .expect("builds");
    assert!(built.read("nl/index.html").contains(r#"href="https://preview.example.net/nl/""#));
}

#[test]
fn a_failed_build_leaves_the_existing_output_as_it_was() {
    let site = copy_fixture("valid/basic");
    let out = site.path().join("public");
    let built = build_at(site.path(), |o| o.out = Some(out.clone())).expect("first build");
    let before = snapshot(&out);
    drop(built);
    fs::write(site.path().join("content/nl/contact.md"), "---\ntitle: Contact\n---\n").unwrap();
    let problems = build_at(site.path(), |o| o.out = Some(out.clone())).err().expect("second build fails");
    assert!(render(&problems).contains("content/nl/contact.md:2:1"));
    assert_eq!(snapshot(&out), before);
    let leftovers: Vec<_> = fs::read_dir(site.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(leftovers.is_empty(), "no staging folder is left behind");
}

#[test]
fn refuses_output_folders_it_does_not_own_or_that_hold_the_site() {
    let site = copy_fixture("valid/basic");
    let foreign = site.path().join("documents");
    fs::create_dir_all(&foreign).unwrap();
    fs::write(foreign.join("thesis.txt"), "precious").unwrap();
    let problems = build_at(site.path(), |o| o.out = Some(foreign.clone())).err().expect("refused");
    assert!(render(&problems).contains("loket did not make it"));
    assert_eq!(fs::read_to_string(foreign.join("thesis.txt")).unwrap(), "precious");
    for target in [site.path().to_path_buf(), site.path().join("content"), site.path().join("content/nl/x")] {
        assert!(build_at(site.path(), |o| o.out = Some(target.clone())).is_err(), "{}", target.display());
    }
    assert!(site.path().join("content/nl/_index.md").exists());
}

#[test]
fn an_output_folder_it_cannot_use_is_reported_beside_the_content_errors_and_nothing_is_written() {
    // Pages are written while they are converted, so the output folder is staged first; a
    // refused one must neither hide the site's own errors nor receive a page.
    let site = copy_fixture("valid/basic");
    fs::write(site.path().join("content/nl/kapot.md"), "---\ntitle: Kapot\ndescription: [niet af\n---\n\nTekst.\n")
        .unwrap();
    let foreign = site.path().join("documents");
    fs::create_dir_all(&foreign).unwrap();
    fs::write(foreign.join("thesis.txt"), "precious").unwrap();
    let problems = build_at(site.path(), |o| o.out = Some(foreign.clone())).err().expect("refused");
    let text = render(&problems);
    assert!(text.contains("loket did not make it"), "{text}");
    assert!(text.contains("content/nl/kapot.md"), "{text}");
    let names: Vec<_> = fs::read_dir(&foreign).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["thesis.txt"], "nothing is written into a folder loket does not own");
    let staged = fs::read_dir(site.path()).unwrap().filter_map(Result::ok);
    assert!(staged.filter(|e| e.file_name().to_string_lossy().contains("staging")).count() == 0);
}

#[test]
fn site_templates_and_locales_override_the_builtin_ones_file_by_file() {
    let site = copy_fixture("valid/basic");
    fs::create_dir_all(site.path().join("templates")).unwrap();
    fs::write(site.path().join("templates/page.html"), "{% extends \"base.html\" %}{% block content %}<p class=\"mine\">{{ t(key=\"skip-link\") }}</p>{% endblock content %}").unwrap();
    let builtin_en = include_str!("../locales/en/main.ftl");
    fs::create_dir_all(site.path().join("locales/en")).unwrap();
    fs::write(
        site.path().join("locales/en/main.ftl"),
        builtin_en.replace("skip-link = Skip to content", "skip-link = Jump to the text"),
    )
    .unwrap();
    let built = build_at(site.path(), |_| {}).unwrap_or_else(|p| panic!("{}", render(&p)));
    let en = built.read("en/services/procedure/step-one/index.html");
    assert!(en.contains(r#"<p class="mine">Jump to the text</p>"#), "{en}");
    assert!(built.read("nl/diensten/procedure/stap-een/index.html").contains(r#"<p class="mine">Naar de inhoud</p>"#));
    assert!(
        built.read("en/services/index.html").contains("Jump to the text"),
        "the built-in base.html uses the site's string"
    );
}

#[test]
fn a_ui_string_missing_in_a_template_is_an_error_not_a_fallback() {
    let site = copy_fixture("valid/basic");
    fs::create_dir_all(site.path().join("templates")).unwrap();
    fs::write(
        site.path().join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}{{ t(key=\"no-such-key\") }}{% endblock content %}",
    )
    .unwrap();
    let problems = build_at(site.path(), |_| {}).err().expect("fails");
    let text = render(&problems);
    // A literal key is checked against the locales before any page is rendered.
    assert_eq!(
        text.lines().find(|l| l.contains("error")),
        Some("templates/page.html:1:54: error[fluent-unknown-key]: The template uses the interface text `no-such-key`, but no language defines it."),
        "{text}"
    );
    // A computed key can only fail when it is rendered.
    fs::write(
        site.path().join("templates/page.html"),
        "{% extends \"base.html\" %}{% block content %}{{ t(key=\"no-such-\" ~ \"key\") }}{% endblock content %}",
    )
    .unwrap();
    let problems = build_at(site.path(), |_| {}).err().expect("fails");
    let text = render(&problems);
    assert!(
        text.starts_with(
            "templates/page.html:1:48: error[template]: This template has an error. Tera says: The text “no-such-key” is not in locales/"
        ),
        "{text}"
    );
    // One mistake in a template is one finding, not one per page.
    assert_eq!(text.matches("no-such-key").count(), 2, "once per language: {text}");
    assert!(text.contains("The same goes for 3 other pages."), "{text}");
}

#[test]
fn any_number_of_languages_each_needing_its_strings() {
    let site = copy_fixture("valid/basic");
    let yaml = fs::read_to_string(site.path().join("site.yaml")).unwrap();
    let yaml = yaml
        .replace(
            "  en: { name: English, title: \"Test desk\" }\n",
            "  en: { name: English, title: \"Test desk\" }\n  de: { name: Deutsch, title: \"Schalter\" }\n",
        )
        .replace("  en: \"Outage today\"\n", "  en: \"Outage today\"\n  de: \"Störung\"\n");
    fs::write(site.path().join("site.yaml"), yaml).unwrap();
    // German pages for the home, the services section, contact and news; no translation of
    // the procedure, so its pages fall back to their nearest German ancestor.
    for (path, title, key) in [
        ("_index.md", "Willkommen", "home"),
        ("services/_index.md", "Dienste", "services"),
        ("contact.md", "Kontakt", "contact"),
        ("news/_index.md", "Nachrichten", "news-only-nl-parent"),
    ] {
        let file = site.path().join("content/de").join(path);
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(file, format!("---\ntitle: {title}\ndescription: Page.\ntranslation_key: {key}\n---\n")).unwrap();
    }
    let problems = build_at(site.path(), |_| {}).err().expect("German has no UI strings");
    let text = render(&problems);
    // One finding for the language, not one per string; it names the built-in languages.
    assert_eq!(text.matches("error[").count(), 1, "{text}");
    assert!(text.contains("locales/de:1:1: error[fluent-missing-key]: loket has no interface texts"), "{text}");
    assert!(text.contains("ar, en, fa, fr, nl, ru, so, ti, tr, uk"), "{text}");
    fs::create_dir_all(site.path().join("locales/de")).unwrap();
    // German strings: a copy of every English file will do for the test.
    for file in fs::read_dir(fixture("../../locales/en")).unwrap() {
        let file = file.unwrap();
        fs::copy(file.path(), site.path().join("locales/de").join(file.file_name())).unwrap();
    }
    let built = build_at(site.path(), |_| {}).unwrap_or_else(|p| panic!("{}", render(&p)));
    assert_eq!(built.report.pages["de"], 4);
    assert!(built.read("de/index.html").contains(r#"<html lang="de" dir="ltr">"#));
    let step = built.read("nl/diensten/procedure/stap-een/index.html");
    assert!(
        step.contains(r#"<a href="/de/services/" hreflang="de" lang="de" dir="ltr">Deutsch</a>"#),
        "falls back to the nearest translated ancestor"
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_site_is_an_error() {
    let site = copy_fixture("valid/basic");
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.md"), "---\ntitle: S\ndescription: S\n---\n").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.md"), site.path().join("content/nl/geheim.md")).unwrap();
    let problems = build_at(site.path(), |_| {}).err().expect("refused");
    assert!(render(&problems).contains("content/nl/geheim.md:1:1: error[outside-site]"), "{}", render(&problems));
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_site_in_static_is_an_error_too() {
    let site = copy_fixture("valid/basic");
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.txt"), "secret").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), site.path().join("static/secret.txt")).unwrap();
    let problems = build_at(site.path(), |_| {}).err().expect("refused");
    let text = render(&problems);
    assert!(
        text.contains("static/secret.txt:1:1: error[outside-site]: This shortcut (symbolic link) leads outside"),
        "{text}"
    );
    assert!(!text.contains("cannot read static files"), "a finding of its own, not a read error: {text}");
}
