//! Raw HTML in Markdown: tokenized with html5gum (a WHATWG tokenizer, not regexes), for
//! findings at the line and column of each element or attribute outside the allowlist of
//! `crate::markdown::allowlist` (inline elements such as `span`, `abbr`, `br`, `sup`, with only
//! `lang`, `title` and `dir`). A finding here means `render` shows none of the page's raw
//! HTML; and every page body with raw HTML goes through `render::sanitize`, so a site that
//! misses a finding still never publishes a script, a style sheet or an event handler.

use super::Events;
use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use crate::markdown::allowlist::{
    DIRECTIONS, DROP_CONTENT, RAW_ATTRIBUTES as ALLOWED_ATTRIBUTES, RAW_ELEMENTS as ALLOWED_ELEMENTS,
};
use crate::messages::Text;
use crate::rules::Rule;
use crate::text;
use html5gum::{DefaultEmitter, Token, Tokenizer};
use pulldown_cmark::Event;
use std::ops::Range;

/// Something refused, at a byte offset of the scanned HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub offset: usize,
    pub message: Text,
    pub hint: Text,
}

/// What `html` holds outside the allowlist, each at its byte offset; the hints' examples are
/// in `page_lang`, the language of the page it is on.
pub fn scan(html: &str, page_lang: &str) -> Vec<Refusal> {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Reads the content of `<script>` and `<style>` as text, as a browser would.
    emitter.naively_switch_states(true);
    let mut refused = Vec::new();
    // While inside a refused element whose content is dropped: its name.
    let mut dropping: Option<Vec<u8>> = None;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                if dropping.is_some() {
                    continue;
                }
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                if !ALLOWED_ELEMENTS.contains(&name.as_str()) {
                    refused.push(refuse_element(&name, &tag, tag.span.start, page_lang));
                    if DROP_CONTENT.contains(&name.as_str()) && !tag.self_closing {
                        dropping = Some(tag.name.to_vec());
                    }
                    continue;
                }
                for (attribute, value) in &tag.attributes {
                    let attribute = String::from_utf8_lossy(attribute);
                    let text = String::from_utf8_lossy(&value.value);
                    if let Some((message, hint)) = refuse_attribute(&name, &attribute, &text) {
                        // The span of an attribute starts at its name.
                        refused.push(Refusal { offset: value.span.start, message, hint });
                    }
                }
            }
            Token::EndTag(tag) => {
                if dropping.as_deref() == Some(&tag.name[..]) {
                    dropping = None;
                }
            }
            Token::Doctype(doctype) => refused.push(Refusal {
                offset: doctype.span.start,
                message: text!("check-html-doctype"),
                hint: text!("check-html-doctype-hint"),
            }),
            // Comments are editors' notes: fine to write, never published.
            Token::String(_) | Token::Comment(_) | Token::Error(_) => {}
        }
    }
    refused
}

fn refuse_element(name: &str, tag: &html5gum::StartTag<usize>, offset: usize, page_lang: &str) -> Refusal {
    let handler = tag.attributes.keys().map(|a| String::from_utf8_lossy(a).into_owned()).find(|a| a.starts_with("on"));
    let script_url = tag.attributes.values().any(|v| is_script_url(&String::from_utf8_lossy(&v.value)));
    let message = if let Some(handler) = handler {
        text!("check-html-element-handler", name = name, handler = handler)
    } else if script_url {
        text!("check-html-element-script-url", name = name)
    } else {
        text!("check-html-element", name = name)
    };
    let hint = match name {
        "script" | "noscript" => text!("check-html-hint-script"),
        "style" | "link" => text!("check-html-hint-style"),
        "iframe" | "object" | "embed" | "video" | "audio" | "svg" | "math" => {
            text!("check-html-hint-embed", page_lang = page_lang)
        }
        "a" => text!("check-html-hint-link", page_lang = page_lang),
        "img" | "picture" => text!("check-html-hint-image", page_lang = page_lang),
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => text!("check-html-hint-heading", page_lang = page_lang),
        "b" | "strong" | "i" | "em" => text!("check-html-hint-emphasis"),
        "table" | "tr" | "td" | "th" | "thead" | "tbody" => text!("check-html-hint-table"),
        _ => text!("check-html-hint-allowed", elements = ALLOWED_ELEMENTS.join(", ")),
    };
    Refusal { offset, message, hint }
}

/// Why an attribute of an allowed element is refused, with a hint; `None` when it is fine.
fn refuse_attribute(element: &str, attribute: &str, value: &str) -> Option<(Text, Text)> {
    let allowed_list = || text!("check-html-hint-attributes", attributes = ALLOWED_ATTRIBUTES.join(", "));
    if attribute.starts_with("on") {
        return Some((text!("check-html-handler", attribute = attribute), text!("check-html-hint-script")));
    }
    if is_script_url(value) {
        return Some((text!("check-html-script-url", attribute = attribute), allowed_list()));
    }
    if value.contains('"') {
        // A double quote in a value only makes sense as an attempt to close the value and
        // start another attribute (`title='a" onmouseover="x'`).
        return Some((text!("check-html-quote", attribute = attribute), text!("check-html-quote-hint")));
    }
    if !ALLOWED_ATTRIBUTES.contains(&attribute) {
        return Some((text!("check-html-attribute", element = element, attribute = attribute), allowed_list()));
    }
    if attribute == "dir" && !DIRECTIONS.contains(&value) {
        return Some((text!("check-html-dir", value = value), text!("check-html-dir-hint")));
    }
    None
}

/// `javascript:` as a browser reads it: case and embedded blanks and controls do not matter.
fn is_script_url(value: &str) -> bool {
    let squeezed: String =
        value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).flat_map(char::to_lowercase).collect();
    squeezed.starts_with("javascript:") || squeezed.starts_with("vbscript:")
}

/// Consecutive block HTML events (one per line) joined, so that a tag may span lines; with
/// the source offset of each part for positions.
struct Joined {
    text: String,
    /// `(offset in text, offset in the body)` of each part.
    parts: Vec<(usize, usize)>,
    range: Range<usize>,
}

impl Joined {
    fn source_offset(&self, offset: usize) -> usize {
        let i = self.parts.partition_point(|&(start, _)| start <= offset).saturating_sub(1);
        self.parts.get(i).map_or(self.range.start, |&(start, source)| source + (offset - start))
    }
}

/// Groups the HTML of `events`: each inline HTML event alone, block HTML joined per block.
/// Calls `each` with the joined HTML and the index range of its events.
fn for_each_html(events: &Events<'_>, mut each: impl FnMut(&Joined, Range<usize>)) {
    let mut i = 0;
    while i < events.len() {
        match &events[i].0 {
            Event::InlineHtml(html) => {
                let range = events[i].1.clone();
                each(&Joined { text: html.to_string(), parts: vec![(0, range.start)], range }, i..i + 1);
                i += 1;
            }
            Event::Html(_) => {
                let first = i;
                let mut joined = Joined { text: String::new(), parts: Vec::new(), range: events[i].1.clone() };
                while let Some((Event::Html(html), range)) = events.get(i) {
                    joined.parts.push((joined.text.len(), range.start));
                    joined.text.push_str(html);
                    joined.range.end = range.end;
                    i += 1;
                }
                each(&joined, first..i);
            }
            _ => i += 1,
        }
    }
}

/// More `=` than this in one tag (or in the text up to the next `<`) is refused before the
/// tokenizer sees it: html5gum recurses once per attribute of a tag and overflows the stack
/// on thousands of them, and no allowed element needs more than a few.
const MAX_ATTRIBUTES: usize = 100;

/// The offset of the first `<` followed by more than `MAX_ATTRIBUTES` `=` before the next `<`.
fn crowded_tag(html: &str) -> Option<usize> {
    let mut start = None;
    let mut equals = 0;
    for (i, byte) in html.bytes().enumerate() {
        match byte {
            b'<' => {
                start = Some(i);
                equals = 0;
            }
            b'=' => {
                equals += 1;
                if equals > MAX_ATTRIBUTES {
                    return start;
                }
            }
            _ => {}
        }
    }
    None
}

pub fn check(page: &Page, events: &Events<'_>, found: &mut Vec<Diagnostic>) {
    for_each_html(events, |joined, _| {
        if let Some(offset) = crowded_tag(&joined.text) {
            let position = page.body_position(joined.source_offset(offset));
            found.push(
                Diagnostic::error(
                    Rule::RawHtml,
                    &page.source,
                    position,
                    text!("check-html-crowded", max = MAX_ATTRIBUTES),
                )
                .with_hint(text!("check-html-crowded-hint")),
            );
            return;
        }
        for refusal in scan(&joined.text, page.lang.as_str()) {
            let position = page.body_position(joined.source_offset(refusal.offset));
            found.push(
                Diagnostic::error(Rule::RawHtml, &page.source, position, refusal.message).with_hint(refusal.hint),
            );
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::test_support::findings;

    #[test]
    fn a_tag_with_thousands_of_attributes_is_refused_without_a_crash() {
        let attributes: Vec<String> = (0..20_000).map(|i| format!("d{i}=\"v\"")).collect();
        let text = format!("Tekst <span {}>x</span>\n", attributes.join(" "));
        assert_eq!(findings("nl", &text), [(Rule::RawHtml, 5, 7)]);
        let fine: Vec<String> = (0..3).map(|i| format!("d{i}=\"v\"")).collect();
        assert_eq!(crowded_tag(&format!("<span {}>", fine.join(" "))), None);
    }

    #[test]
    fn allowed_inline_html_passes_unchanged() {
        let text = "Het <abbr title=\"Centraal Orgaan opvang asielzoekers\">COA</abbr> en <span lang=\"en\">process mining</span>, H<sub>2</sub>O<br>\n";
        assert!(findings("nl", text).is_empty());
    }

    #[test]
    fn scripts_styles_frames_and_handlers_are_refused_and_left_out() {
        let text = "<script>\nalert(\"<b>\")\n</script>\n\nTekst <span onclick=\"x()\" lang=\"nl\">a</span> <a href=\"javascript:x()\">b</a>\n\n<iframe src=\"https://x\"></iframe>\n\n<style>p{}</style>\n";
        assert_eq!(
            findings("nl", text),
            [
                (Rule::RawHtml, 5, 1),
                (Rule::RawHtml, 9, 13),
                (Rule::RawHtml, 9, 46),
                (Rule::RawHtml, 11, 1),
                (Rule::RawHtml, 13, 1)
            ]
        );
    }

    #[test]
    fn a_tag_may_span_lines_of_a_block() {
        let inline = "<span\n  lang=\"en\" style=\"color: red\">English</span>\n";
        assert_eq!(findings("nl", inline), [(Rule::RawHtml, 6, 13)]);
        let block = "<div>\n<span\nlang=\"en\" onclick=\"x()\">English</span>\n</div>\n";
        assert_eq!(findings("nl", block), [(Rule::RawHtml, 5, 1), (Rule::RawHtml, 7, 11)]);
    }

    #[test]
    fn messages_name_what_to_do_instead() {
        let refused = scan("<img src=x onerror=alert(1)><div dir=x>", "nl");
        assert_eq!(refused[0].message.to_string(), "`<img>` runs a script (`onerror`). That is not allowed in a page.");
        assert!(refused[1].hint.to_string().contains("this HTML: abbr"), "{}", refused[1].hint);
        let refused = scan("<bdo dir=\"up\">x</bdo><span title=\"JavaScript:x\">y</span>", "nl");
        assert_eq!(refused[0].message.to_string(), "`dir=\"up\"` is not a writing direction.");
        assert_eq!(
            refused[1].message.to_string(),
            "`title` holds a `javascript:` link. That is not allowed in a page."
        );
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        let refused = scan("<script>x()</script><iframe src=\"https://x\"></iframe>", "nl");
        assert_eq!(nl.format(&refused[0].message), "`<script>` mag niet in een pagina.");
        assert_eq!(
            nl.format(&refused[0].hint),
            "Een pagina kan geen scripts starten. Vraag een ontwikkelaar om dit aan het thema toe te voegen."
        );
        assert!(
            nl.format(&refused[1].hint).starts_with("Je kunt dit niet in een pagina opnemen."),
            "{}",
            nl.format(&refused[1].hint)
        );
    }

    #[test]
    fn a_quote_in_a_value_cannot_start_a_handler() {
        let text = "Tekst <span title='a\" onmouseover=\"alert(1)'>x</span>.\n";
        assert_eq!(findings("nl", text), [(Rule::RawHtml, 5, 13)]);
    }

    #[test]
    fn comments_are_allowed_and_never_published() {
        assert!(findings("nl", "Tekst <!-- nog nakijken --> hier.\n").is_empty());
    }
}
