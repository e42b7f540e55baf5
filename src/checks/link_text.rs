//! Link text that says nothing: "klik hier", "lees meer", a bare URL. Screen reader users
//! list a page's links out of context, so each link's text must say where it leads.

use super::Events;
use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use crate::messages::Text;
use crate::rules::Rule;
use crate::text;
use pulldown_cmark::{Event, LinkType, Tag, TagEnd};
use std::collections::HashMap;

/// Link texts that say nothing on their own, in Dutch and English (lowercase, without
/// punctuation). Checked on pages of every language: a quotation may be in the other one.
const VAGUE: &[&str] = &[
    "klik hier",
    "hier",
    "lees meer",
    "lees verder",
    "meer",
    "meer informatie",
    "deze link",
    "link",
    "click here",
    "here",
    "read more",
    "more",
    "learn more",
    "more information",
    "this link",
];

/// Link texts in `events`. A shortcode in a link's text stands there as a placeholder; its
/// text is in `call_texts`, by the call's offset: a shared value (`[{{ data(key="...") }}](x.md)`)
/// is read as the value, and a `hidden` shortcode
/// (`[Lees meer {{ hidden(text="over de kosten") }}](kosten.md)`) as what screen readers,
/// who read the whole text, hear.
pub fn check(page: &Page, events: &Events<'_>, call_texts: &HashMap<usize, String>, found: &mut Vec<Diagnostic>) {
    // The open link: its start offset, whether it is an autolink, and its text so far.
    let mut open: Option<(usize, bool, String)> = None;
    for (event, range) in events {
        match event {
            Event::InlineHtml(_) => {
                if let (Some((_, _, link_text)), Some(text)) = (open.as_mut(), call_texts.get(&range.start)) {
                    link_text.push_str(text);
                }
            }
            Event::Start(Tag::Link { link_type, .. }) => {
                let bare = matches!(link_type, LinkType::Autolink);
                open = Some((range.start, bare, String::new()));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, _, link_text)) = open.as_mut() {
                    link_text.push_str(text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, _, link_text)) = open.as_mut() {
                    link_text.push(' ');
                }
            }
            Event::End(TagEnd::Link) => {
                let Some((start, autolink, text)) = open.take() else { continue };
                if let Some(message) = problem(&text, autolink) {
                    found.push(
                        Diagnostic::warning(Rule::VagueLinkText, &page.source, page.body_position(start), message)
                            .with_hint(text!("check-vague-link-text-hint", page_lang = page.text_lang())),
                    );
                }
            }
            _ => {}
        }
    }
}

fn problem(text: &str, autolink: bool) -> Option<Text> {
    let normalized: String = text
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c == '→' || c == '»')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if normalized.is_empty() {
        return Some(text!("check-link-without-text"));
    }
    let url = |t: &str| t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.");
    if autolink || url(&normalized) {
        return Some(text!("check-link-text-url", text = text.trim()));
    }
    VAGUE.contains(&normalized.as_str()).then(|| text!("check-vague-link-text", text = text.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::test_support::findings;

    #[test]
    fn vague_texts_and_bare_urls() {
        let body = "Zie [klik hier](a.md), [Lees meer…](b.md) en <https://example.org>.\n\n[https://example.org/x](https://example.org/x)\n";
        assert_eq!(
            findings("nl", body),
            [
                (Rule::VagueLinkText, 5, 5),
                (Rule::VagueLinkText, 5, 24),
                (Rule::VagueLinkText, 5, 46),
                (Rule::VagueLinkText, 7, 1)
            ]
        );
    }

    #[test]
    fn a_vague_link_is_explained_in_dutch_with_a_dutch_example() {
        let page = crate::checks::test_support::body_page("nl", "Zie [klik hier](kosten.md).\n");
        let found = crate::checks::test_support::check_page(&page);
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        assert_eq!(
            nl.format(&found[0].message),
            "De linktekst “klik hier” zegt niet waar de link heen gaat. Schermlezers lezen dan alleen “klik hier” voor."
        );
        assert_eq!(
            found[0].hint.as_ref().map(|h| nl.format(h)).as_deref(),
            Some("Schrijf in de linktekst waar de link heen gaat, bijvoorbeeld: [Lees meer over de kosten](kosten.md)")
        );
        let english_page = crate::checks::test_support::body_page("en", "See [here](costs.md).\n");
        let found = crate::checks::test_support::check_page(&english_page);
        let hint = found[0].hint.as_ref().map(|h| nl.format(h)).unwrap_or_default();
        assert!(
            hint.ends_with("[Read more about the costs](costs.md)"),
            "an English page gets an English example: {hint}"
        );
    }

    #[test]
    fn descriptive_texts_and_email_addresses_are_fine() {
        assert!(
            findings("en", "[The asylum procedure](a.md), <info@example.org>, [more about costs](c.md)\n").is_empty()
        );
    }

    #[test]
    fn normalizes_case_and_punctuation() {
        assert_eq!(
            problem(" Click  HERE! ", false).map(|t| t.to_string()).as_deref(),
            Some("The link text “Click  HERE!” does not say where the link leads. Screen readers then read out only “Click  HERE!”.")
        );
        assert!(problem("", false).is_some());
        assert!(problem("here and there", false).is_none());
    }
}
