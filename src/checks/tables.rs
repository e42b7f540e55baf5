//! Tables need a header row: screen readers announce each cell with its column's header.
//! Markdown tables always have a first row; a first row of empty cells is a table without
//! headers in disguise.

use super::Events;
use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use crate::rules::Rule;
use crate::text;
use pulldown_cmark::{Event, Tag, TagEnd};

pub fn check(page: &Page, events: &Events<'_>, found: &mut Vec<Diagnostic>) {
    let mut table_start = 0;
    // The header row's text so far, while inside it.
    let mut head: Option<String> = None;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Table(_)) => table_start = range.start,
            Event::Start(Tag::TableHead) => head = Some(String::new()),
            Event::Text(text) | Event::Code(text) | Event::InlineHtml(text) => {
                if let Some(head) = head.as_mut() {
                    head.push_str(text);
                }
            }
            Event::Start(Tag::Image { .. }) => {
                if let Some(head) = head.as_mut() {
                    head.push_str("image");
                }
            }
            Event::End(TagEnd::TableHead) => {
                let empty = head.take().is_some_and(|text| text.trim().is_empty());
                if empty {
                    found.push(
                        Diagnostic::warning(
                            Rule::TableHeader,
                            &page.source,
                            page.body_position(table_start),
                            text!("check-table-header"),
                        )
                        .with_hint(text!("check-table-header-hint", page_lang = page.lang.as_str())),
                    );
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_support::findings;
    use crate::rules::Rule;

    #[test]
    fn an_empty_first_row_is_no_header() {
        let body = "Tekst.\n\n|  |  |\n|--|--|\n| a | b |\n\n| Wat | Wanneer |\n|--|--|\n| a | b |\n";
        assert_eq!(findings("nl", body), [(Rule::TableHeader, 7, 1)]);
    }
}
