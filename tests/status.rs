//! `loket status` on a fixture with known numbers (tests/fixtures/status, counted on
//! 2026-11-30 with `review_after_days: 180`): 2 Dutch pages untranslated, 1 English
//! translation 92 days behind, 3 pages due for review (730, 684 and 182 days), 1 undated,
//! 1 English page meant for one language, 1 Dutch page below B1 with 2 long sentences.
//! The JSON must equal `expected.json` (`LOKET_BLESS=1` rewrites it; review the diff).

mod common;

use common::{copy_fixture, fixture, loket};

fn status(format: &str) -> String {
    let root = fixture("status");
    let (code, stdout, stderr) =
        loket(&["status", "--root", root.to_str().unwrap(), "--today", "2026-11-30", "--format", format]);
    assert_eq!(code, 0, "{stderr}");
    stdout
}

#[test]
fn the_json_has_the_known_numbers_exactly() {
    let json = status("json");
    let expected_file = fixture("status/expected.json");
    if std::env::var_os("LOKET_BLESS").is_some() {
        std::fs::write(&expected_file, &json).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_file).unwrap();
    assert_eq!(json, expected, "run with LOKET_BLESS=1 after a deliberate change and review the diff");

    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["today"], "2026-11-30");
    assert_eq!(value["review_after_days"], 180);
    let nl = &value["translations"]["languages"][0];
    assert_eq!((nl["lang"].as_str(), nl["pages"].as_u64(), nl["translated"].as_u64()), (Some("nl"), Some(6), Some(4)));
    assert_eq!(nl["missing"], 2);
    let en = &value["translations"]["languages"][1];
    assert_eq!((en["stale"].as_u64(), en["one_language"].as_u64()), (Some(1), Some(1)));
    let untranslated: Vec<&str> = value["translations"]["untranslated"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["source"].as_str().unwrap())
        .collect();
    assert_eq!(untranslated, ["content/nl/diensten/oud.md", "content/nl/nieuws/_index.md"]);
    let stale = &value["translations"]["stale"][0];
    assert_eq!(stale["source"], "content/en/services/apply.md");
    assert_eq!(
        (stale["changed"].as_str(), stale["counterpart_changed"].as_str()),
        (Some("2026-06-01"), Some("2026-09-01"))
    );
    assert_eq!(stale["lag_days"], 92);
    assert_eq!(stale["counterpart"]["source"], "content/nl/diensten/aanvraag.md");
    let review = &value["review"];
    assert_eq!((review["due"].as_u64(), review["undated"].as_u64()), (Some(3), Some(1)));
    let ages: Vec<u64> = review["pages"].as_array().unwrap().iter().map(|p| p["age_days"].as_u64().unwrap()).collect();
    assert_eq!(ages, [730, 684, 182], "oldest first");
    let plain = &value["plain_language"]["languages"][0];
    assert_eq!((plain["scored"].as_u64(), plain["at_b1"].as_u64()), (Some(4), Some(3)));
    assert_eq!(plain["at_b1_percent"], 75.0);
    assert_eq!(plain["distribution"][0], serde_json::json!({ "band": "<30", "pages": 1 }));
    let most = &value["plain_language"]["most_long_sentences"][0];
    assert_eq!(
        (most["source"].as_str(), most["long_sentences"].as_u64()),
        (Some("content/nl/diensten/oud.md"), Some(2))
    );
    let rules: Vec<(&str, u64)> = value["findings"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["rule"].as_str().unwrap(), r["warnings"].as_u64().unwrap()))
        .collect();
    assert_eq!(rules, [("missing-translation", 2), ("stale-translation", 1), ("long-sentence", 2), ("readability", 1)]);
}

#[test]
fn the_json_is_the_same_on_every_run() {
    assert_eq!(status("json"), status("json"));
}

#[test]
fn the_terminal_report_shows_the_numbers_within_80_columns() {
    let text = status("human");
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "{} columns: {line}", line.chars().count());
    }
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1], "  pages        11 (nl 6, en 5)", "totals first:\n{text}");
    assert!(text.contains("  translations 2 missing, 1 stale"), "{text}");
    assert!(text.contains("  review       3 due (older than 180 days), 1 undated"), "{text}");
    assert!(text.contains("content/en/services/apply.md           2026-06-01 < 2026-09-01    92 days"), "{text}");
    assert!(text.contains("content/nl/diensten/oud.md                           2025-01-15   684 days"), "{text}");
    assert!(text.contains("  plain nl     3 of 4 scored pages at B1 (75%), 2 long sentences"), "{text}");
    assert!(text.contains("  long-sentence                   0        2      1"), "{text}");
}

#[test]
fn the_html_report_is_self_contained_with_tables_and_charts() {
    let html = status("html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for needle in [
        "<td class=\"n\">92</td>",
        "<td class=\"n\">684</td>",
        "<td class=\"n\">730</td>",
        "<th scope=\"row\">nl (all)</th><td class=\"n\">6</td><td class=\"n\">4</td><td class=\"n\">2</td>",
        "<svg role=\"img\" aria-labelledby=\"chart-translations-title chart-translations-desc\"",
        "<desc id=\"chart-translations-desc\">nl translated: 4; nl missing: 2; en translated: 4; en missing: 0</desc>",
        "<a href=\"http://127.0.0.1:1111/en/services/apply/\" lang=\"en\">Apply</a>",
        "<code>content/en/services/apply.md</code></a>",
        "<td class=\"n\">75.0%</td>",
    ] {
        assert!(html.contains(needle), "no {needle} in\n{html}");
    }
    // Nothing to fetch and nothing to run.
    for banned in ["<script", "src=", "<link", "@import", "url(", " style="] {
        assert!(!html.contains(banned), "{banned} in the report");
    }
    let handlers = html.match_indices(" on").filter(|(i, _)| {
        let rest = &html[i + 3..];
        let name_end = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
        name_end > 0 && rest[name_end..].starts_with('=')
    });
    assert_eq!(handlers.count(), 0, "no event handler attributes");
}

/// The page is the theme's template `loket/status.html` (with `loket/status.css`): Tera
/// escapes what it shows, and a site replaces either file with its own.
#[test]
fn the_html_page_escapes_what_it_shows_and_a_site_can_override_its_template() {
    let site = copy_fixture("status");
    let root = site.path().to_str().unwrap();
    let html = |site: &str| {
        let (code, stdout, stderr) = loket(&["status", "--root", site, "--today", "2026-11-30", "--format", "html"]);
        assert_eq!(code, 0, "{stderr}");
        stdout
    };
    let apply = site.path().join("content/en/services/apply.md");
    let text = std::fs::read_to_string(&apply).unwrap();
    let title = text.lines().find(|l| l.starts_with("title:")).unwrap().to_string();
    std::fs::write(&apply, text.replace(&title, "title: \"Apply <b>now</b> & \\\"here\\\"\"")).unwrap();
    let page = html(root);
    assert!(page.contains(">Apply &lt;b&gt;now&lt;/b&gt; &amp; &quot;here&quot;</a>"), "{page}");
    assert!(!page.contains("<b>"), "{page}");
    std::fs::write(&apply, &text).unwrap();

    let own = site.path().join("templates/loket");
    std::fs::create_dir_all(&own).unwrap();
    std::fs::write(own.join("status.css"), "main{color:#000}\n").unwrap();
    let page = html(root);
    assert!(page.contains("<style>main{color:#000}</style>"), "{page}");
    std::fs::write(own.join("status.html"), "<p>{{ report.total }} pages on {{ report.today }}</p>\n").unwrap();
    assert_eq!(html(root), "<p>11 pages on 2026-11-30</p>\n");
    // Not a page of the site: the build's output has no trace of it.
    let (code, _, stderr) = loket(&["build", "--root", root, "--no-search"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!site.path().join("public/loket").exists());
}

#[test]
fn the_report_goes_to_a_file_with_out() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("status.html");
    let root = fixture("status");
    let (code, stdout, stderr) = loket(&[
        "status",
        "--root",
        root.to_str().unwrap(),
        "--today",
        "2026-11-30",
        "--format",
        "html",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), status("html"));
}

#[test]
fn a_wrong_date_or_a_site_that_cannot_load_is_refused() {
    let root = fixture("status");
    assert_eq!(loket(&["status", "--root", root.to_str().unwrap(), "--today", "30-11-2026"]).0, 2);
    let site = copy_fixture("status");
    std::fs::write(site.path().join("site.yaml"), "base_url: https://x.org\nreview_after_days: 0\n").unwrap();
    let (code, _, stderr) = loket(&["status", "--root", site.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("site.yaml"), "{stderr}");
}

/// The plain-language numbers are kept with each page's checks; after edits in `serve`
/// (a body edited, a page added, one deleted, the levels of a page changed) the status is
/// the status of the site loaded afresh.
#[test]
fn the_status_after_edits_equals_the_status_of_a_fresh_load() {
    use loket::site::{Change, Site, SiteOptions};
    let site_dir = copy_fixture("status");
    let root = site_dir.path().canonicalize().unwrap();
    let options = SiteOptions::new(root.clone());
    let today: jiff::civil::Date = "2026-11-30".parse().unwrap();
    let status_of = |site: &Site| loket::status::compute(site, today, &site.findings().all());
    let mut site = Site::load(&options).unwrap();
    let long = format!("{}.", ["Dit is een zin met heel veel woorden"; 4].join(" "));
    let edits: Vec<(&str, String)> = vec![
        ("content/nl/diensten/aanvraag.md", format!("---\ntitle: Aanvraag\ndescription: D\ntranslation_key: services/apply\nupdated: 2026-09-01\n---\n{long} {long}\n")),
        ("content/nl/diensten/extra.md", format!("---\ntitle: Extra\ndescription: D\n---\n{long}\n")),
        ("content/nl/diensten/oud.md", String::new()),
        ("content/en/contact.md", "---\ntitle: Contact\ndescription: D\ndate: 2026-11-20\nchecks: { allow: [long-sentence], reason: r }\n---\nCall us.\n".to_string()),
    ];
    for (file, text) in edits {
        let path = root.join(file);
        if text.is_empty() {
            std::fs::remove_file(&path).unwrap();
        } else {
            std::fs::write(&path, text).unwrap();
        }
        let (updated, _) = site.apply(&[Change::Content(path)]).unwrap_or_else(|e| panic!("{e:?}"));
        site = updated;
        let fresh = Site::load(&options).unwrap();
        assert_eq!(status_of(&site), status_of(&fresh), "after {file}");
        assert_eq!(site.plain_language(), fresh.plain_language(), "after {file}");
    }
    let status = status_of(&site);
    assert_eq!(status.plain_language.languages[0].long_sentences, 3, "{status:#?}");
}

#[cfg(unix)]
#[test]
fn the_report_file_is_readable_like_any_new_file_and_nothing_is_left_beside_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("status.json");
    let root = fixture("status");
    let (code, _, stderr) =
        loket(&["status", "--root", root.to_str().unwrap(), "--format", "json", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_ne!(mode & 0o044, 0, "readable by others as umask allows: {mode:o}");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, ["status.json"]);
    let (code, _, stderr) = loket(&[
        "status",
        "--root",
        root.to_str().unwrap(),
        "--out",
        dir.path().join("no/such/folder/status.txt").to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains("cannot write"), "{stderr}");
}

/// The report of the status fixture in one language, from the library (the command line
/// picks the language with `--lang`).
fn report_in(lang: loket::messages::EditorLang, format: &str) -> String {
    use loket::messages::Messages;
    use loket::site::{Site, SiteOptions};
    let site = Site::load(&SiteOptions::new(fixture("status"))).expect("the fixture loads");
    let today: jiff::civil::Date = "2026-11-30".parse().unwrap();
    let status = loket::status::compute(&site, today, &site.findings().all());
    match format {
        "human" => loket::status::text::render(&status, Messages::new(lang)),
        _ => {
            let links = loket::status::html::Links { preview: String::new(), site_root: None };
            loket::status::html::render(&status, &links, site.templates(), Messages::new(lang)).expect("the page")
        }
    }
}

#[test]
fn the_terminal_report_speaks_dutch_within_80_columns() {
    use loket::messages::EditorLang;
    let text = report_in(EditorLang::Nl, "human");
    println!("{text}");
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "{} columns: {line}", line.chars().count());
    }
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "Stand van de site op 2026-11-30");
    assert_eq!(lines[1], "  pagina's     11 (nl 6, en 5)", "{text}");
    assert!(text.contains("  vertalingen  2 ontbreken, 1 verouderd"), "{text}");
    assert!(text.contains("  nakijken     3 na te kijken (ouder dan 180 dagen), 1 zonder datum"), "{text}");
    assert!(text.contains("  B1 nl        3 van 4 gemeten pagina's op B1 (75%), 2 lange zinnen"), "{text}");
    assert!(text.contains("content/en/services/apply.md           2026-06-01 < 2026-09-01    92 dagen"), "{text}");
    assert!(text.contains("(start)"), "the home section in Dutch: {text}");
    assert!(text.contains("  long-sentence                   0              2         1"), "{text}");
    assert!(text.contains("117,7"), "a decimal comma: {text}");
    assert_eq!(report_in(EditorLang::En, "human"), status("human"), "English is the command line's default");
}

#[test]
fn the_html_page_speaks_dutch_with_lang_nl_and_stays_escaped() {
    use loket::messages::EditorLang;
    let html = report_in(EditorLang::Nl, "html");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"), "{html}");
    for needle in [
        "<title>Stand van de site op 2026-11-30</title>",
        "<h1>Stand van de site</h1>",
        "<p>Op 2026-11-30: 11 pagina&#39;s.</p>",
        "<a class=\"skip\" href=\"#main\">Naar het overzicht</a>",
        "<nav aria-label=\"Delen van dit overzicht\">",
        "<th scope=\"row\">nl (alle)</th>",
        "<desc id=\"chart-translations-desc\">nl vertaald: 4; nl ontbreekt: 2; en vertaald: 4; en ontbreekt: 0</desc>",
        "<th scope=\"col\">Taal en onderdeel</th>",
        "<dd>3 na te kijken (ouder dan 180 dagen), 1 zonder datum</dd>",
        "<td class=\"n\">75,0%</td>",
    ] {
        assert!(html.contains(needle), "no {needle} in\n{html}");
    }
    for english in ["Site status", "Skip to the report", "Translations", "Due for review", "(all)"] {
        assert!(!html.contains(english), "{english} is English");
    }
}

#[test]
fn a_language_without_a_measure_says_so_instead_of_zeros() {
    // Dutch and Turkish pages with long sentences: only the Dutch ones are measured.
    let root = fixture("warnings/long-sentence-languages");
    let run = |format: &str| {
        let (code, stdout, stderr) =
            loket(&["status", "--root", root.to_str().unwrap(), "--today", "2026-11-30", "--format", format]);
        assert_eq!(code, 0, "{stderr}");
        stdout
    };
    let value: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let languages = value["plain_language"]["languages"].as_array().unwrap();
    let nl = languages.iter().find(|l| l["lang"] == "nl").unwrap();
    let tr = languages.iter().find(|l| l["lang"] == "tr").unwrap();
    assert_eq!((nl["measured"].as_bool(), nl["long_sentences"].as_u64()), (Some(true), Some(1)));
    assert_eq!((nl["min_score"].as_f64(), nl["max_sentence_words"].as_u64()), (Some(60.0), Some(25)));
    assert_eq!((tr["measured"].as_bool(), tr["long_sentences"].as_u64()), (Some(false), Some(0)));
    assert!(tr["min_score"].is_null() && tr["max_sentence_words"].is_null());
    let text = run("human");
    let line = text.lines().find(|l| l.contains("plain tr")).unwrap_or_default();
    assert!(line.contains("no measure for this language"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    assert!(text.lines().any(|l| l.trim_start().starts_with("tr") && l.trim_end().ends_with("no measure")), "{text}");
    let html = run("html");
    assert!(html.contains("<td colspan=\"5\">no measure</td>"), "{html}");
    assert!(!html.contains("chart-scores-tr"), "no chart of scores for Turkish");
}
