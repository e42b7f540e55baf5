//! Heading structure: the title is the page's only h1, so the body starts at `##`, and no
//! heading skips a level (screen reader users navigate by heading level).

use super::Events;
use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use pulldown_cmark::{Event, Tag};

pub fn check(page: &Page, events: &Events<'_>, found: &mut Vec<Diagnostic>) {
    // The title is rendered as the h1 above the body.
    let mut previous = 1u8;
    for (event, range) in events {
        let Event::Start(Tag::Heading { level, .. }) = event else { continue };
        let level = *level as u8;
        let position = page.body_position(range.start);
        if level == 1 {
            found.push(
                Diagnostic::error("heading-h1", &page.source, position, "a level-1 heading in the body")
                    .with_hint("the page title is the only level-1 heading; start the body's headings with `##`"),
            );
        } else if level > previous + 1 {
            let hashes = "#".repeat(usize::from(previous) + 1);
            let after = if previous == 1 { "the title".to_string() } else { format!("a level-{previous} heading") };
            found.push(
                Diagnostic::error(
                    "heading-skip",
                    &page.source,
                    position,
                    format!("this level-{level} heading follows {after}: level {} is skipped", previous + 1),
                )
                .with_hint(format!("use `{hashes}` here: headings go down one level at a time")),
            );
        }
        previous = level;
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_support::findings;

    #[test]
    fn h1_in_the_body_and_skipped_levels() {
        let body = "# Kop\n\n## Twee\n\n#### Vier\n\n## Twee\n\n### Drie\n";
        assert_eq!(findings("nl", body), [("heading-h1", 5, 1), ("heading-skip", 9, 1)]);
    }

    #[test]
    fn the_first_heading_may_not_be_h3() {
        assert_eq!(findings("nl", "Tekst.\n\n### Drie\n"), [("heading-skip", 7, 1)]);
    }

    #[test]
    fn going_back_up_any_number_of_levels_is_fine() {
        assert!(findings("nl", "## A\n\n### B\n\n#### C\n\n## D\n").is_empty());
    }
}
