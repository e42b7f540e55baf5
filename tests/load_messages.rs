//! The findings of loading a site, in the editor's words: each at a file (never at a
//! folder), with its fix, in Dutch as in English (fixtures under tests/fixtures/).

mod common;

use common::{build_at, fixture};
use loket::diagnostics::Diagnostic;
use loket::messages::{EditorLang, Messages};
use loket::rules::Rule;
use std::path::Path;

/// Every finding of a fixture site, in order.
fn findings(name: &str) -> Vec<Diagnostic> {
    let problems = match build_at(&fixture(name), |o| o.write = false) {
        Ok(built) => built.report.diagnostics,
        Err(problems) => problems,
    };
    problems.sorted().into_iter().cloned().collect()
}

fn dutch(d: &Diagnostic) -> (String, String) {
    let nl = Messages::new(EditorLang::Nl);
    (nl.format(&d.message), d.hint.as_ref().map(|h| nl.format(h)).unwrap_or_default())
}

#[test]
fn a_page_with_another_markdown_extension_is_told_its_new_name() {
    let found = findings("invalid/markdown-extension");
    let shown: Vec<_> = found.iter().map(|d| (d.rule, d.file.as_path())).collect();
    assert_eq!(
        shown,
        [
            (Rule::FileName, Path::new("content/nl/Over ons.markdown")),
            (Rule::FileName, Path::new("content/nl/windows.MD"))
        ],
        "a file-name error only, no unsafe-file"
    );
    assert_eq!(
        found[1].message.to_string(),
        "windows.MD is meant as a page, but loket reads only files that end in .md as pages. Now it is not published."
    );
    assert_eq!(found[1].hint.as_ref().map(ToString::to_string).as_deref(), Some("Rename it to windows.md."));
    assert_eq!(
        dutch(&found[1]),
        (
            "windows.MD is bedoeld als pagina, maar loket leest alleen bestanden die eindigen op .md als pagina. Nu wordt hij niet gepubliceerd.".to_string(),
            "Geef het bestand de naam windows.md.".to_string()
        )
    );
    assert_eq!(dutch(&found[0]).1, "Geef het bestand de naam over-ons.md.");
}

#[test]
fn a_folder_without_index_is_reported_at_its_first_page() {
    let found = findings("invalid/folder-without-index");
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].rule, found[0].file.as_path()),
        (Rule::ContentLayout, Path::new("content/nl/zonder/pagina.md"))
    );
    assert_eq!(
        dutch(&found[0]),
        (
            "De map content/nl/zonder heeft geen _index.md, en dus geen eigen pagina.".to_string(),
            "Maak content/nl/zonder/_index.md met een titel en een beschrijving: elke stap in het kruimelpad heeft een pagina nodig.".to_string()
        )
    );
}

#[test]
fn a_folder_that_is_no_language_is_reported_at_a_file_in_it() {
    let found = findings("invalid/unknown-language-folder");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].file, Path::new("content/de/_index.md"));
    assert_eq!(dutch(&found[0]).0, "De map content/de hoort niet bij de talen in site.yaml (nl, en).");
}

#[test]
fn a_language_without_a_folder_is_reported_at_its_line_of_site_yaml() {
    let found = findings("invalid/language-without-folder");
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].file.as_path(), found[0].position.line), (Path::new("site.yaml"), 5));
    assert_eq!(
        dutch(&found[0]),
        (
            "De taal en staat in site.yaml, maar de map content/en bestaat niet.".to_string(),
            "Maak content/en/_index.md: de startpagina in het Engels. Of haal en weg bij languages in site.yaml."
                .to_string()
        )
    );
}

#[test]
fn a_missing_translation_is_a_warning_at_each_untranslated_page() {
    let found = findings("warnings/missing-translation");
    let shown: Vec<_> = found.iter().map(|d| (d.rule, d.file.as_path())).collect();
    assert_eq!(
        shown,
        [
            (Rule::MissingTranslation, Path::new("content/en/english-only.md")),
            (Rule::MissingTranslation, Path::new("content/nl/alleen-nl.md"))
        ]
    );
    let (message, hint) = dutch(&found[1]);
    assert_eq!(message, "Deze pagina heeft nog geen vertaling in het Engels. Lezers van het Engels vinden hem niet.");
    assert!(hint.starts_with("Zet de vertaling in content/en/alleen-nl.md, of ergens anders in content/en/ met translation_key: alleen-nl."), "{hint}");
}
