//! Link text that says nothing: "klik hier", "lees meer", a bare URL. Screen reader users
//! list a page's links out of context, so each link's text must say where it leads.

use super::Events;
use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use crate::rules::Rule;
use pulldown_cmark::{Event, LinkType, Tag, TagEnd};

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

/// Link texts in `events`; a link with a `hidden` shortcode in it (one starts at an offset
/// of `hidden`: `[Lees meer {{ hidden(text="over de kosten") }}](kosten.md)`) says more to
/// screen readers, who read the whole text, and is not vague.
pub fn check(page: &Page, events: &Events<'_>, hidden: &[usize], found: &mut Vec<Diagnostic>) {
    // The open link: its start offset, whether it is an autolink, and its text so far.
    let mut open: Option<(usize, bool, String)> = None;
    for (event, range) in events {
        match event {
            Event::Start(Tag::Link { .. }) if hidden.iter().any(|at| range.contains(at)) => open = None,
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
                            .with_hint(
                                "say where the link leads, such as [the asylum procedure](procedure/_index.md): \
                             screen reader users hear links without the text around them",
                            ),
                    );
                }
            }
            _ => {}
        }
    }
}

fn problem(text: &str, autolink: bool) -> Option<String> {
    let normalized: String = text
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c == '→' || c == '»')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if normalized.is_empty() {
        return Some("this link has no text".to_string());
    }
    let url = |t: &str| t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.");
    if autolink || url(&normalized) {
        return Some(format!("the link text `{}` is a bare URL", text.trim()));
    }
    VAGUE.contains(&normalized.as_str()).then(|| format!("the link text `{}` says nothing", text.trim()))
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
    fn descriptive_texts_and_email_addresses_are_fine() {
        assert!(
            findings("en", "[The asylum procedure](a.md), <info@example.org>, [more about costs](c.md)\n").is_empty()
        );
    }

    #[test]
    fn normalizes_case_and_punctuation() {
        assert_eq!(problem(" Click  HERE! ", false).as_deref(), Some("the link text `Click  HERE!` says nothing"));
        assert!(problem("", false).is_some());
        assert!(problem("here and there", false).is_none());
    }
}
