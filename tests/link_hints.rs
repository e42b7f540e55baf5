//! Links that editors get almost right are told the link to write, in their own language: a
//! page written without `.md` (`gehoor`, `../asiel/gehoor`, a folder's `procedure`), and a
//! web address written without `https://` (`www.example.nl`).

mod common;

use common::{build_at, fixture};
use loket::messages::{EditorLang, Messages};

/// `(line:column, message, hint)` of the findings of a fixture site, in Dutch.
fn dutch(name: &str) -> Vec<(String, String, String)> {
    let problems = build_at(&fixture(name), |o| o.write = false).err().expect("the site has errors");
    let nl = Messages::new(EditorLang::Nl);
    problems
        .sorted()
        .iter()
        .map(|d| {
            let at = format!("{}:{}:{}", loket::messages::shown(&d.file), d.position.line, d.position.column);
            (at, nl.format(&d.message), d.hint.as_ref().map(|h| nl.format(h)).unwrap_or_default())
        })
        .collect()
}

#[test]
fn a_link_to_a_page_without_md_gets_the_exact_link_to_write() {
    let found = dutch("invalid/link-without-md");
    let hints: Vec<(&str, &str)> = found.iter().map(|(at, _, hint)| (at.as_str(), hint.as_str())).collect();
    let fix = "? Een link naar een pagina noemt het .md-bestand.";
    assert_eq!(
        hints,
        [
            ("content/nl/asiel/_index.md:5:16", format!("Bedoel je `gehoor.md`{fix}").as_str()),
            ("content/nl/asiel/_index.md:5:50", format!("Bedoel je `kosten.md#betalen`{fix}").as_str()),
            ("content/nl/asiel/_index.md:6:5", format!("Bedoel je `procedure/_index.md`{fix}").as_str()),
            ("content/nl/asiel/_index.md:6:42", format!("Bedoel je `../contact.md`{fix}").as_str()),
            ("content/nl/asiel/kosten.md:7:18", format!("Bedoel je `../asiel/gehoor.md`{fix}").as_str()),
        ]
    );
    assert_eq!(found[0].1, "De link `gehoor` leidt nergens heen: content/nl/asiel/gehoor bestaat niet.");
}

#[test]
fn a_web_address_without_https_is_named_as_one_and_real_paths_are_not() {
    let found = dutch("invalid/link-web-address");
    assert_eq!(
        found[0],
        (
            "content/nl/links.md:5:30".to_string(),
            "`www.example.nl` lijkt een webadres. Zonder https:// ervoor zoekt loket een bestand van de site."
                .to_string(),
            "Schrijf het hele adres: `https://www.example.nl`".to_string()
        )
    );
    assert_eq!(found[1].2, "Schrijf het hele adres: `https://example.nl/asiel`");
    assert_eq!(found[2].2, "Schrijf het hele adres: `https://rijksoverheid.nl`");
    // `contact.md` and `bijlage.odt` are paths in the site that do not exist, not addresses.
    assert_eq!(found.len(), 5);
    for (at, message, _) in &found[3..] {
        assert!(message.starts_with("De link `"), "{at}: {message}");
    }
}

#[test]
fn links_to_headings_in_any_script_pass_and_wrong_ones_are_told_the_right_id() {
    // Headings in Arabic, Russian, Tigrinya and Greek keep their letters in their ids; a link
    // may write an id as it is or percent-encoded. Only the three wrong links are findings.
    let found = dutch("invalid/broken-fragment-scripts");
    let hints: Vec<(&str, &str)> = found.iter().map(|(at, _, hint)| (at.as_str(), hint.as_str())).collect();
    assert_eq!(
        hints,
        [
            ("content/nl/verwijzing.md:7:15", "Bedoel je `#طلب-اللجوء`?"),
            ("content/nl/verwijzing.md:7:51", "Bedoel je `#права-и-обязанности`?"),
            (
                "content/nl/verwijzing.md:7:95",
                "De ids van de koppen zijn: طلب-اللجوء, права-и-обязанности, ናይ-ዑቕባ-ሕቶ, αίτηση-ασύλου."
            ),
        ]
    );
}
