//! Strict YAML deserialising (site.yaml, front matter) with errors mapped to the file's own
//! lines and phrased for editors.

use crate::diagnostics::{Diagnostic, Position};
use crate::messages::Text;
use crate::rules::Rule;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Parses `text`, which starts at line `first_line` of `file`, into `T`.
pub fn parse<T: DeserializeOwned>(text: &str, file: &Path, first_line: usize, rule: Rule) -> Result<T, Diagnostic> {
    parse_nested(text, file, first_line, rule, None)
}

/// `parse`, with nesting limited to `max_depth` levels (fewer than the parser's own limit:
/// a recursive `T` takes much more stack per level than plain values).
pub fn parse_nested<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
    rule: Rule,
    max_depth: Option<usize>,
) -> Result<T, Diagnostic> {
    let mut options = serde_saphyr::Options::default();
    if let (Some(depth), Some(budget)) = (max_depth, options.budget.as_mut()) {
        budget.max_depth = depth;
    }
    options.with_snippet = false;
    // `yes`/`no`/`on`/`off` are not booleans: `draft: no` must not silently differ from `draft: false`.
    options.strict_booleans = true;
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|err| {
        let (line, column) = err.location().map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
        let raw = err.to_string();
        let message = strip_location_suffix(&raw, line, column);
        let position = Position::new(first_line + line.max(1) - 1, column.max(1));
        let field = key_path_at(text, line.max(1), column.max(1));
        explain(Diagnostic::error(rule, file, position, message.to_string()), &field)
    })
}

/// The keys leading to the value at `line`:`column` of `text` (1-based): the keys of the
/// less indented lines above it, then those of the flow collections (`{ name: 5 }`) open
/// on its line. `["languages", "nl", "name"]`. Only for messages: a best effort that never
/// fails, linear in the lines above.
fn key_path_at(text: &str, line: usize, column: usize) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let Some(current) = lines.get(line - 1) else { return Vec::new() };
    let before: String = current.chars().take(column - 1).collect();
    let indent = |l: &str| l.len() - l.trim_start_matches([' ', '-']).len();
    let mut parents = Vec::new();
    let mut limit = indent(current);
    for above in lines[..line - 1].iter().rev() {
        if limit == 0 {
            break;
        }
        let trimmed = above.trim_start_matches([' ', '-']);
        if trimmed.is_empty() || trimmed.starts_with('#') || indent(above) >= limit {
            continue;
        }
        limit = indent(above);
        parents.extend(flow_keys(trimmed).into_iter().take(1));
    }
    parents.reverse();
    parents.extend(flow_keys(before.trim_start_matches([' ', '-'])));
    parents
}

/// The keys open at the end of `text`, a piece of one YAML line: `nl: { name: ` → `[nl, name]`.
fn flow_keys(text: &str) -> Vec<String> {
    let mut open: Vec<Option<String>> = Vec::new();
    let mut key: Option<String> = None;
    let mut token = String::new();
    let mut quote: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '#' if token.is_empty() => break,
            ':' if chars.peek().is_none_or(|n| *n == ' ') => {
                key = Some(std::mem::take(&mut token).trim().to_string());
            }
            '{' | '[' => {
                open.push(key.take());
                token.clear();
            }
            '}' | ']' => {
                key = open.pop().flatten();
                token.clear();
            }
            ',' => {
                key = None;
                token.clear();
            }
            _ => token.push(c),
        }
    }
    open.into_iter().flatten().chain(key).filter(|k| !k.is_empty()).collect()
}

/// An example of a well-written value for the field at `path`, in `site.yaml` or front matter.
fn example(path: &[String]) -> Option<String> {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    Some(match names.as_slice() {
        ["base_url"] => "`base_url: https://example.org`".to_string(),
        ["default_language"] => "`default_language: nl`, a code of `languages:`".to_string(),
        ["languages", lang] => format!("`{lang}: {{ name: \"Nederlands\", title: \"...\" }}`"),
        ["languages", _, "name"] => "`name: \"Nederlands\"`, the language's name in itself".to_string(),
        ["languages", _, "title"] => "`title: \"...\"`, the site's title in this language".to_string(),
        ["menus", menu, ..] => format!("`{menu}: [contact, news]`: a menu lists the translation_keys of pages"),
        ["alert", "kind"] => "`kind: notification` or `kind: error`".to_string(),
        ["alert", lang] => format!("`{lang}: \"...\"`, the alert's text in this language"),
        ["checks", rule, ..] => format!("`{rule}: warning` (error, warning or off)"),
        ["review_after_days"] => "`review_after_days: 365`".to_string(),
        ["toc_min_headings"] => "`toc_min_headings: 4`".to_string(),
        ["editor_language"] => "`editor_language: nl`".to_string(),
        ["weight"] => "`weight: 10`".to_string(),
        ["date" | "updated"] => format!("`{}: 2026-11-29`", names[0]),
        ["aliases", ..] => "`aliases: [/nl/oude-pagina/]`, old URLs of this page".to_string(),
        ["image", ..] => "`image: { src: photo.jpg, alt: \"What the photo shows\" }`".to_string(),
        ["checks", ..] => "`checks: { allow: [long-sentence], reason: \"...\" }`".to_string(),
        [key @ ("title" | "description" | "breadcrumb" | "translation_key" | "template")] => {
            format!("`{key}: \"...\"`")
        }
        [key @ ("draft" | "search" | "lead" | "toc" | "listed")] => format!("`{key}: true` or `{key}: false`"),
        _ => return None,
    })
}

/// The first character of `text` that has no place in a text field: a control character
/// other than tab and line feed (C0, DEL, C1), or a Unicode noncharacter (U+FFFE, U+FFFF and
/// the like). XML cannot hold most of them, so a feed or sitemap with one would not parse;
/// all of them are invisible. YAML escapes (`"\x01"`, `"\u0085"`) can write any of them.
pub fn forbidden_character(text: &str) -> Option<char> {
    text.chars().find(|&c| (c.is_control() && c != '\t' && c != '\n') || is_noncharacter(c))
}

fn is_noncharacter(c: char) -> bool {
    let code = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&code) || code & 0xFFFE == 0xFFFE
}

/// A finding when `value` (of the field `field`, written at `position`) holds a character
/// that [`forbidden_character`] refuses.
pub fn check_text(rule: Rule, file: &Path, position: Position, field: &str, value: &str) -> Option<Diagnostic> {
    let c = forbidden_character(value)?;
    Some(
        Diagnostic::error(rule, file, position, format!("`{field}` contains the control character U+{:04X}", u32::from(c)))
            .with_hint("remove it (look for an escape such as `\\x01` or `\\u0085` between double quotes): it is invisible and breaks feeds and sitemaps"),
    )
}

fn strip_location_suffix(message: &str, line: usize, column: usize) -> &str {
    message.strip_suffix(&format!(" at line {line}, column {column}")).unwrap_or(message)
}

/// Adds a hint to the common mistakes, in words an editor can act on, naming the field
/// (`path`, the keys leading to it) and an example of it.
fn explain(mut diagnostic: Diagnostic, path: &[String]) -> Diagnostic {
    let message = diagnostic.message.to_string();
    let field = path.join(": ");
    let example = example(path);
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ")
            .split(", ")
            .map(|s| s.trim_matches('`'))
            .filter(|s| !s.is_empty())
            .collect();
        diagnostic.message = (format!("unknown key `{field}`")).into();
        let suggestion = allowed
            .iter()
            .map(|candidate| (strsim::levenshtein(field, candidate), *candidate))
            .filter(|(distance, _)| *distance <= 3)
            .min();
        diagnostic.hint = Some(Text::from(match suggestion {
            Some((_, candidate)) => format!("did you mean `{candidate}`? Allowed keys: {}", allowed.join(", ")),
            None => format!("allowed keys: {}; free fields go under `extra`", allowed.join(", ")),
        }));
    } else if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        diagnostic.message = (format!("required key `{field}` is missing")).into();
        diagnostic.hint = Some(format!("add a line `{field}: ...`").into());
    } else if message.contains("duplicate mapping key") {
        let key = message.split("duplicate mapping key: ").nth(1).and_then(|s| s.split(',').next()).unwrap_or("?");
        diagnostic.message = (format!("key `{key}` appears twice")).into();
        diagnostic.hint = Some("remove one of the two lines".to_string().into());
    } else if ["invalid i", "invalid u"].iter().any(|p| message.starts_with(p)) {
        diagnostic.message = (named("expected a whole number", &field)).into();
        diagnostic.hint =
            Some(format!("write digits only, such as {}", example.unwrap_or_else(|| "`10`".into())).into());
    } else if message.starts_with("budget breached: Depth") {
        diagnostic.message = ("the values nest too deep here".to_string()).into();
        diagnostic.hint = Some("use fewer levels of `key:` inside each other: a few are enough".to_string().into());
    } else if message.contains("untagged enum RawMenuEntry") {
        diagnostic.message = ("this menu entry is neither a page nor a link to another website".to_string()).into();
        diagnostic.hint = Some("name a page by its translation_key, such as `- contact`, or write a link as `- { url: \"https://...\", label: { nl: \"...\", en: \"...\" } }` with a label in every language".to_string().into());
    } else if message.contains("strict mode expects true/false") {
        diagnostic.message = (named("expected `true` or `false`", &field)).into();
    } else if message.starts_with("expected string") {
        diagnostic.message = (named("expected text", &field)).into();
        let quotes = "put text in double quotes when it holds `:` or starts with `[`, `{` or a digit";
        diagnostic.hint = Some(Text::from(match example {
            Some(example) => format!("write it as {example}; {quotes}"),
            None => format!("{quotes}: `\"...\"`"),
        }));
    } else if message.contains("quote") {
        let example = example.unwrap_or_else(|| "`\"...\"`".into());
        diagnostic.hint = Some(format!("end the text with the quote it starts with, as in {example}").into());
    } else if let (Some(example), None) = (example, &diagnostic.hint) {
        diagnostic.hint = Some(format!("write it as {example}").into());
    }
    diagnostic
}

/// "expected text for `languages: nl: name`".
fn named(what: &str, field: &str) -> String {
    if field.is_empty() {
        what.to_string()
    } else {
        format!("{what} for `{field}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
        draft: Option<bool>,
    }

    #[test]
    fn unknown_key_suggests_the_nearest_allowed_one_at_its_line() {
        let err = parse::<Sample>("title: a\ndarft: true\n", Path::new("x.md"), 2, Rule::FrontMatter).unwrap_err();
        assert_eq!(err.position, Position::new(3, 1));
        assert_eq!(err.message.to_string(), "unknown key `darft`");
        assert!(err.hint.unwrap().to_string().contains("did you mean `draft`"));
    }

    #[test]
    fn yes_is_not_a_boolean() {
        let err = parse::<Sample>("title: a\ndraft: yes\n", Path::new("x.md"), 2, Rule::FrontMatter).unwrap_err();
        assert_eq!(err.message.to_string(), "expected `true` or `false` for `draft`");
        assert_eq!(err.position, Position::new(3, 8));
    }

    #[test]
    fn control_characters_and_noncharacters_are_refused_tab_and_newline_are_not() {
        for bad in ["a\u{1}b", "\u{7f}", "\u{85}", "\u{9f}", "\r", "\u{fffe}", "\u{ffff}", "\u{1fffe}", "\u{fdd0}"] {
            assert!(forbidden_character(bad).is_some(), "{bad:?}");
        }
        for good in ["a\tb\nc", "<&]]>\"'", "é€😀\u{a0}\u{fffd}", ""] {
            assert_eq!(forbidden_character(good), None, "{good:?}");
        }
    }

    #[test]
    fn wrong_types_name_their_field_with_an_example() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Language {
            name: String,
            title: String,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Config {
            languages: std::collections::BTreeMap<String, Language>,
            review_after_days: Option<u32>,
        }
        let at = |text: &str| parse::<Config>(text, Path::new("site.yaml"), 1, Rule::Config).unwrap_err();
        let err = at("languages:\n  nl: { name: Nederlands, title: [x] }\n");
        assert_eq!(err.message.to_string(), "expected text for `languages: nl: title`");
        assert!(err.hint.unwrap().to_string().contains("`title: \"...\"`, the site's title"));
        let err = at("languages:\n  nl:\n    name: [a]\n    title: T\n");
        assert_eq!(err.message.to_string(), "expected text for `languages: nl: name`");
        let err = at("languages: {}\nreview_after_days: soon\n");
        assert_eq!(err.message.to_string(), "expected a whole number for `review_after_days`");
        assert_eq!(
            err.hint.as_ref().map(|h| h.to_string()).as_deref(),
            Some("write digits only, such as `review_after_days: 365`")
        );
    }

    #[test]
    fn key_paths_follow_indentation_and_flow_collections() {
        let text = "a:\n  b:\n    - c: { d: [1, 2], e: 'x: y', f: \nz: 1\n";
        assert_eq!(key_path_at(text, 3, 40), ["a", "b", "c", "f"]);
        assert_eq!(key_path_at(text, 3, 21), ["a", "b", "c", "d"]);
        assert_eq!(key_path_at(text, 4, 4), ["z"]);
        assert!(key_path_at("", 1, 1).is_empty());
    }

    #[test]
    fn missing_key_is_named() {
        let err = parse::<Sample>("draft: true\n", Path::new("x.md"), 2, Rule::FrontMatter).unwrap_err();
        assert_eq!(err.message.to_string(), "required key `title` is missing");
    }
}
