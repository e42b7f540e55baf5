//! `placeholder-text`: a page that still holds the example words `loket new` wrote into it (its
//! description, or the sentence of its text), in either language. The words are read from
//! loket's messages, the same ones `loket new` writes, so the two never drift apart.

use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use crate::messages::{EditorLang, Messages};
use crate::rules::Rule;
use crate::text;

/// A description left as written by `loket new`, and the example sentence of its text where
/// it is still there.
pub fn check(page: &Page, found: &mut Vec<Diagnostic>) {
    for lang in EditorLang::ALL {
        let words = Messages::new(lang);
        let description = words.get("placeholder-description");
        if page.front.description.trim() == description {
            found.push(
                Diagnostic::warning(
                    Rule::PlaceholderText,
                    &page.source,
                    page.front.description_at,
                    text!("placeholder-text-description"),
                )
                .with_hint(text!("placeholder-text-description-hint")),
            );
        }
        let body = words.get("placeholder-body");
        if let Some(offset) = page.body().find(&body) {
            let at = page.body_position(offset);
            found.push(
                Diagnostic::warning(Rule::PlaceholderText, &page.source, at, text!("placeholder-text-body"))
                    .with_hint(text!("placeholder-text-body-hint")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_support::{check_page, page};
    use crate::messages::{EditorLang, Messages};
    use crate::rules::Rule;

    fn placeholders(text: &str) -> Vec<(usize, usize, String)> {
        let page = page("nl", text);
        check_page(&page)
            .into_iter()
            .filter(|d| d.rule == Rule::PlaceholderText)
            .map(|d| (d.position.line, d.position.column, Messages::new(EditorLang::Nl).format(&d.message)))
            .collect()
    }

    #[test]
    fn the_example_words_of_loket_new_are_found_in_either_language() {
        let found = placeholders(
            "---\ntitle: T\ndescription: \"Beschrijf in één zin waar deze pagina over gaat.\"\n---\nEerst iets.\n\nSchrijf hier de tekst van de pagina.\n",
        );
        assert_eq!(
            found,
            [
                (3, 14, "De beschrijving is nog de voorbeeldtekst van loket new. Zoekmachines en linkvoorbeelden laten die aan lezers zien.".to_string()),
                (7, 1, "Op de pagina staat nog de voorbeeldtekst van loket new. Lezers zien die op de pagina.".to_string()),
            ]
        );
        let english = placeholders("---\ntitle: T\ndescription: Describe in one sentence what this page is about.\n---\nWrite the text of the page here.\n");
        assert_eq!(english.len(), 2, "{english:?}");
    }

    #[test]
    fn a_page_with_its_own_words_has_no_finding() {
        let found = placeholders("---\ntitle: T\ndescription: Over de aanmelding.\n---\nSchrijf hier je naam.\n");
        assert!(found.is_empty(), "{found:?}");
    }
}
