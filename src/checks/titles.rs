//! Titles and descriptions: HTML tags or character references written in them (templates
//! print them as text, so `&shy;` would show as "&shy;"), and sibling pages with one title.

use crate::diagnostics::{Diagnostic, Position};
use crate::load::page::{Page, PageId};
use crate::load::tree::PageTree;
use crate::rules::Rule;
use crate::text;
use std::collections::HashMap;

/// The hint names at most this many references.
const MAX_NAMED: usize = 5;

/// Tags or character references in the page's `title` and `description`, at their lines.
pub fn check_markup(page: &Page, found: &mut Vec<Diagnostic>) {
    let front = &page.front;
    for (key, text, position) in
        [("title", &front.title, front.title_at), ("description", &front.description, front.description_at)]
    {
        if let Some(d) = markup_finding(page, key, text, position) {
            found.push(d);
        }
    }
}

fn markup_finding(page: &Page, key: &str, text: &str, position: Position) -> Option<Diagnostic> {
    let tag = has_tag(text);
    let reference = has_character_reference(text);
    if !tag && !reference {
        return None;
    }
    let what = match (tag, reference) {
        (true, true) => "both",
        (true, false) => "tag",
        _ => "reference",
    };
    let message = text!("check-title-markup", key = key, what = what);
    let mut named = named_characters(text);
    if named.is_empty() {
        named = references(text).take(MAX_NAMED).map(|r| format!("`{r}`")).collect();
    }
    let hint = text!("check-title-markup-hint", what = what, named = named.join(", "));
    Some(Diagnostic::error(Rule::TitleMarkup, &page.source, position, message).with_hint(hint))
}

/// `<` followed by a letter, `/` or `!`: what a browser would read as a tag or comment.
fn has_tag(text: &str) -> bool {
    text.as_bytes().windows(2).any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
}

/// `&name;`, `&#123;` or `&#x1F;`.
fn has_character_reference(text: &str) -> bool {
    references(text).next().is_some()
}

/// Every `&...;` reference in `text` that a browser would decode (a number, or a name in
/// the WHATWG table); `AT&T;` is text. Each `&` looks at most 34 bytes ahead, so this stays
/// linear in the text.
fn references(text: &str) -> impl Iterator<Item = &str> + '_ {
    text.match_indices('&').filter_map(move |(i, _)| {
        let rest = &text.as_bytes()[i + 1..];
        let end = rest.iter().take(34).position(|&b| b == b';')?;
        // Only ASCII before the `;`, so these are character boundaries.
        let body = &rest[..end];
        let numeric = body.strip_prefix(b"#").is_some_and(|n| {
            let digits = n.strip_prefix(b"x").or_else(|| n.strip_prefix(b"X")).unwrap_or(n);
            !digits.is_empty() && digits.len() <= 8 && digits.iter().all(u8::is_ascii_hexdigit)
        });
        let named = !body.is_empty() && body.iter().all(u8::is_ascii_alphanumeric);
        let reference = &text[i..i + end + 2];
        (numeric || (named && decode(reference) != reference)).then_some(reference)
    })
}

/// "`&shy;` is U+00AD" for each reference the HTML tokenizer decodes (the WHATWG table, via
/// html5gum), naming invisible characters by their code point.
fn named_characters(text: &str) -> Vec<String> {
    let mut seen = Vec::new();
    for reference in references(text).take(MAX_NAMED) {
        let decoded = decode(reference);
        if decoded == reference || decoded.is_empty() {
            continue;
        }
        let shown: Vec<String> = decoded
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || (c.is_ascii_punctuation()) {
                    format!("`{c}` (U+{:04X})", c as u32)
                } else {
                    format!("U+{0:04X} (\"\\u{0:04X}\")", c as u32)
                }
            })
            .collect();
        // Signs, not words: the hint around it is in the editor's language.
        let entry = format!("`{reference}` = {}", shown.join(" "));
        if !seen.contains(&entry) {
            seen.push(entry);
        }
    }
    seen
}

/// The text a browser reads from one reference (no tags: it is only `&...;`).
fn decode(reference: &str) -> String {
    let mut out = String::new();
    for token in html5gum::Tokenizer::new(reference).flatten() {
        if let html5gum::Token::String(s) = token {
            out.push_str(&String::from_utf8_lossy(&s));
        }
    }
    out
}

/// Two pages under one parent with the same title (ignoring case and outer spaces): readers
/// choose from lists, cards and menus by title. One warning per later page, naming the first.
pub fn duplicate_siblings(pages: &[Page], tree: &PageTree) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for parent in PageId::all(pages.len()).filter(|&p| tree.children(p).len() > 1) {
        let mut first: HashMap<String, PageId> = HashMap::new();
        // Topic pages take their titles from site.yaml, which has checks of its own.
        for &child in tree.children(parent).iter().filter(|&&c| !pages[c].is_generated()) {
            let key = pages[child].front.title.trim().to_lowercase();
            match first.get(&key) {
                Some(&earlier) => {
                    let page = &pages[child];
                    found.push(
                        Diagnostic::warning(
                            Rule::DuplicateTitle,
                            &page.source,
                            page.front.title_at,
                            text!(
                                "check-duplicate-title",
                                title = page.front.title.trim(),
                                other = &pages[earlier].source
                            ),
                        )
                        .with_hint(text!("check-duplicate-title-hint")),
                    );
                }
                None => {
                    first.insert(key, child);
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::test_support::page;

    fn found(front: &str) -> Vec<Diagnostic> {
        let mut found = Vec::new();
        check_markup(&page("nl", &format!("---\n{front}\n---\n")), &mut found);
        found
    }

    #[test]
    fn entities_and_tags_are_found_at_their_line_with_the_character() {
        let d = found("title: \"Asiel&shy;aanvraag\"\ndescription: \"Wat u moet weten<br />over asiel &amp; gezin\"");
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].position.line, d[0].rule), (2, Rule::TitleMarkup));
        let hint = d[0].hint.as_ref().map(|h| h.to_string()).unwrap_or_default();
        assert!(hint.contains("`&shy;` = U+00AD"), "{hint}");
        assert_eq!(d[1].position.line, 3);
        assert!(d[1].message.to_string().contains("tags and character references"), "{}", d[1].message.to_string());
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        assert_eq!(
            nl.format(&d[0].message),
            "De titel bevat een HTML-tekencode. Lezers zien die tekens precies zoals ze er staan."
        );
        assert_eq!(
            d[0].hint.as_ref().map(|h| nl.format(h)).as_deref(),
            Some("Schrijf gewone tekst. Typ het teken zelf in plaats van de code: `&shy;` = U+00AD (\"\\u00AD\").")
        );
        assert!(d[1]
            .hint
            .as_ref()
            .map(|h| h.to_string())
            .as_deref()
            .unwrap_or_default()
            .contains("`&amp;` = `&` (U+0026)"));
    }

    #[test]
    fn plain_ampersands_and_comparisons_are_fine() {
        assert!(found("title: \"Q&A: asiel & gezin\"\ndescription: \"a < b, 3 > 2, AT&T; R&D\"").is_empty());
        assert!(found("title: \"\u{ad}zacht\"\ndescription: D").is_empty());
    }
}
