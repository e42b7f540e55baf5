//! Heading structure: the title is the page's only h1, so the body starts at `##`, and no
//! heading skips a level (screen reader users navigate by heading level). And a heading's
//! `{...}` attributes set its id and nothing else (`render::markdown` drops the rest).

use super::Events;
use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use crate::rules::Rule;
use crate::text;
use pulldown_cmark::{Event, Tag};

/// Two headings that set the same `{#id}`: a link to it could only ever reach the first.
/// Ids made from heading text never clash (`markdown::assign_heading_ids` numbers them:
/// `kop`, `kop-1`), and explicit ids are kept apart from them, so only explicit ids can be
/// duplicates.
pub fn check_duplicate_ids(page: &Page, events: &Events<'_>, found: &mut Vec<Diagnostic>) {
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let has_notes = events.iter().any(|(e, _)| matches!(e, Event::Start(Tag::FootnoteDefinition(_))));
    for (event, range) in events {
        let Event::Start(Tag::Heading { id: Some(id), .. }) = event else { continue };
        let source = page.body().get(range.clone()).unwrap_or("");
        let offset = source.rfind(&format!("#{id}")).unwrap_or(0);
        let position = page.body_position(range.start + offset);
        if has_notes && id.as_ref() == crate::markdown::FOOTNOTES_ID {
            found.push(
                Diagnostic::error(
                    Rule::DuplicateHeadingId,
                    &page.source,
                    position,
                    text!("check-heading-id-footnotes"),
                )
                .with_hint(text!("check-heading-id-footnotes-hint")),
            );
            continue;
        }
        match seen.get(id.as_ref()) {
            Some(&first) => found.push(
                Diagnostic::error(
                    Rule::DuplicateHeadingId,
                    &page.source,
                    position,
                    text!("check-heading-id-twice", id = id.as_ref(), line = first),
                )
                .with_hint(text!("check-heading-id-twice-hint", id = id.as_ref())),
            ),
            None => {
                seen.insert(id.as_ref(), position.line);
            }
        }
    }
}

/// `details`: the offsets (sorted) and levels of the headings that `details` blocks with a
/// `level` write in their summary; they count like the Markdown headings around them.
pub fn check(page: &Page, events: &Events<'_>, details: &[(usize, u8)], found: &mut Vec<Diagnostic>) {
    // The title is rendered as the h1 above the body.
    let mut previous = 1u8;
    let mut next_details = details.iter().peekable();
    let mut check_one = |level: u8, at: usize, previous: &mut u8| {
        // Only a finding needs a position (most headings have none).
        let position = || page.body_position(at);
        if level == 1 {
            found.push(
                Diagnostic::error(Rule::HeadingH1, &page.source, position(), text!("check-heading-h1"))
                    .with_hint(text!("check-heading-h1-hint", page_lang = page.lang.as_str())),
            );
        } else if level > *previous + 1 {
            let hashes = "#".repeat(usize::from(*previous) + 1);
            found.push(
                Diagnostic::error(
                    Rule::HeadingSkip,
                    &page.source,
                    position(),
                    text!("check-heading-skip", level = level, previous = *previous),
                )
                .with_hint(text!("check-heading-skip-hint", hashes = hashes)),
            );
        }
        *previous = level;
    };
    for (event, range) in events {
        let Event::Start(Tag::Heading { level, .. }) = event else { continue };
        while let Some(&(at, level)) = next_details.next_if(|(at, _)| *at < range.start) {
            check_one(level, at, &mut previous);
        }
        check_one(*level as u8, range.start, &mut previous);
    }
    for &(at, level) in next_details {
        check_one(level, at, &mut previous);
    }
}

/// Classes and other attributes in a heading's `{...}`: each is an error at its place.
pub fn check_attributes(page: &Page, events: &Events<'_>, found: &mut Vec<Diagnostic>) {
    for (event, range) in events {
        let Event::Start(Tag::Heading { classes, attrs, .. }) = event else { continue };
        if classes.is_empty() && attrs.is_empty() {
            continue;
        }
        let source = page.body().get(range.clone()).unwrap_or("");
        // The attribute block is the last `{...}` of the heading's text line.
        let block_start = source.rfind('}').and_then(|end| source[..end].rfind('{')).unwrap_or(0);
        let at = |needle: &str| {
            let offset = source[block_start..].find(needle).map_or(block_start, |i| block_start + i);
            page.body_position(range.start + offset)
        };
        let hint = || text!("check-heading-attribute-hint", page_lang = page.lang.as_str());
        for class in classes {
            found.push(
                Diagnostic::error(
                    Rule::HeadingAttribute,
                    &page.source,
                    at(&format!(".{class}")),
                    text!("check-heading-class", class = class.as_ref()),
                )
                .with_hint(hint()),
            );
        }
        for (name, _) in attrs {
            found.push(
                Diagnostic::error(
                    Rule::HeadingAttribute,
                    &page.source,
                    at(name),
                    text!("check-heading-attribute", name = name.as_ref()),
                )
                .with_hint(hint()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_support::findings;
    use crate::rules::Rule;

    #[test]
    fn h1_in_the_body_and_skipped_levels() {
        let body = "# Kop\n\n## Twee\n\n#### Vier\n\n## Twee\n\n### Drie\n";
        assert_eq!(findings("nl", body), [(Rule::HeadingH1, 5, 1), (Rule::HeadingSkip, 9, 1)]);
    }

    #[test]
    fn the_first_heading_may_not_be_h3() {
        assert_eq!(findings("nl", "Tekst.\n\n### Drie\n"), [(Rule::HeadingSkip, 7, 1)]);
    }

    #[test]
    fn heading_attributes_other_than_the_id_are_errors_at_their_place() {
        let body = "## Kop {#kop tabindex=0 autofocus onfocus=alert(1) style=color:red}\n\nKop {.groot href=javascript:x}\n---\n";
        assert_eq!(
            findings("nl", body),
            [
                (Rule::HeadingAttribute, 5, 14),
                (Rule::HeadingAttribute, 5, 25),
                (Rule::HeadingAttribute, 5, 35),
                (Rule::HeadingAttribute, 5, 52),
                (Rule::HeadingAttribute, 7, 6),
                (Rule::HeadingAttribute, 7, 13),
            ]
        );
        assert!(findings("nl", "## Kop {#eigen-id}\n").is_empty());
    }

    #[test]
    fn an_explicit_id_used_twice_is_an_error_at_the_second() {
        let body = "## Kosten {#kosten}\n\n## Prijzen {#kosten}\n\n## Kosten\n";
        assert_eq!(findings("nl", body), [(Rule::DuplicateHeadingId, 7, 13)]);
        // Equal texts get numbered ids, and a text never takes an explicit id.
        assert!(findings("nl", "## A\n\n## A\n\n## B {#a-1}\n").is_empty());
        // The footnotes' heading has its own id.
        assert_eq!(
            findings("nl", "## Noten {#footnotes}\n\nTekst[^a].\n\n[^a]: A.\n"),
            [(Rule::DuplicateHeadingId, 5, 11)]
        );
        assert!(findings("nl", "## Noten {#footnotes}\n").is_empty());
    }

    #[test]
    fn heading_messages_read_well_in_dutch() {
        let page = crate::checks::test_support::body_page("nl", "Tekst.\n\n### Drie\n\n# Een\n");
        let found = crate::checks::test_support::check_page(&page);
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        let words: Vec<String> = found
            .iter()
            .flat_map(|d| [nl.format(&d.message), d.hint.as_ref().map(|h| nl.format(h)).unwrap_or_default()])
            .collect();
        assert_eq!(
            words,
            [
                "Deze kop slaat een niveau over: direct na de titel komt een kop van niveau 3.",
                "Gebruik hier `##`. Koppen gaan één niveau tegelijk omlaag. Zo kunnen mensen met een schermlezer de pagina volgen.",
                "Dit is een kop van niveau 1 (`#`). Alleen de titel van de pagina is dat.",
                "Begin de koppen in de tekst met `##`, bijvoorbeeld: ## Wat neem je mee?",
            ]
        );
    }

    #[test]
    fn going_back_up_any_number_of_levels_is_fine() {
        assert!(findings("nl", "## A\n\n### B\n\n#### C\n\n## D\n").is_empty());
    }
}
