//! Strict YAML deserialising (site.yaml, front matter) with errors mapped to the file's own
//! lines and phrased for editors.

use crate::diagnostics::{Diagnostic, Position};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Parses `text`, which starts at line `first_line` of `file`, into `T`.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
    rule: &'static str,
) -> Result<T, Diagnostic> {
    let mut options = serde_saphyr::Options::default();
    options.with_snippet = false;
    // `yes`/`no`/`on`/`off` are not booleans: `draft: no` must not silently differ from `draft: false`.
    options.strict_booleans = true;
    serde_saphyr::from_str_with_options::<T>(text, options).map_err(|err| {
        let (line, column) = err.location().map_or((1, 1), |l| (l.line() as usize, l.column() as usize));
        let raw = err.to_string();
        let message = strip_location_suffix(&raw, line, column);
        let position = Position::new(first_line + line.max(1) - 1, column.max(1));
        explain(Diagnostic::error(rule, file, position, message.to_string()))
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
pub fn check_text(rule: &'static str, file: &Path, position: Position, field: &str, value: &str) -> Option<Diagnostic> {
    let c = forbidden_character(value)?;
    Some(
        Diagnostic::error(rule, file, position, format!("`{field}` contains the control character U+{:04X}", u32::from(c)))
            .with_hint("remove it (look for an escape such as `\\x01` or `\\u0085` between double quotes): it is invisible and breaks feeds and sitemaps"),
    )
}

fn strip_location_suffix(message: &str, line: usize, column: usize) -> &str {
    message.strip_suffix(&format!(" at line {line}, column {column}")).unwrap_or(message)
}

/// Adds a hint to the common mistakes, in words an editor can act on.
fn explain(mut diagnostic: Diagnostic) -> Diagnostic {
    let message = diagnostic.message.clone();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (field, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ")
            .split(", ")
            .map(|s| s.trim_matches('`'))
            .filter(|s| !s.is_empty())
            .collect();
        diagnostic.message = format!("unknown key `{field}`");
        let suggestion = allowed
            .iter()
            .map(|candidate| (strsim::levenshtein(field, candidate), *candidate))
            .filter(|(distance, _)| *distance <= 3)
            .min();
        diagnostic.hint = Some(match suggestion {
            Some((_, candidate)) => format!("did you mean `{candidate}`? Allowed keys: {}", allowed.join(", ")),
            None => format!("allowed keys: {}; free fields go under `extra`", allowed.join(", ")),
        });
    } else if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        diagnostic.message = format!("required key `{field}` is missing");
        diagnostic.hint = Some(format!("add a line `{field}: ...`"));
    } else if message.contains("duplicate mapping key") {
        let key = message.split("duplicate mapping key: ").nth(1).and_then(|s| s.split(',').next()).unwrap_or("?");
        diagnostic.message = format!("key `{key}` appears twice");
        diagnostic.hint = Some("remove one of the two lines".to_string());
    } else if message.starts_with("invalid i64") || message.starts_with("invalid u64") {
        diagnostic.message = "expected a whole number".to_string();
        diagnostic.hint = Some("write digits only, such as `weight: 10`".to_string());
    } else if message.contains("untagged enum RawMenuEntry") {
        diagnostic.message = "this menu entry is neither a page nor a link to another website".to_string();
        diagnostic.hint = Some("name a page by its translation_key, such as `- contact`, or write a link as `- { url: \"https://...\", label: { nl: \"...\", en: \"...\" } }` with a label in every language".to_string());
    } else if message.contains("strict mode expects true/false") {
        diagnostic.message = "expected `true` or `false`".to_string();
    }
    diagnostic
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
        let err = parse::<Sample>("title: a\ndarft: true\n", Path::new("x.md"), 2, "front-matter").unwrap_err();
        assert_eq!(err.position, Position::new(3, 1));
        assert_eq!(err.message, "unknown key `darft`");
        assert!(err.hint.unwrap().contains("did you mean `draft`"));
    }

    #[test]
    fn yes_is_not_a_boolean() {
        let err = parse::<Sample>("title: a\ndraft: yes\n", Path::new("x.md"), 2, "front-matter").unwrap_err();
        assert_eq!(err.message, "expected `true` or `false`");
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
    fn missing_key_is_named() {
        let err = parse::<Sample>("draft: true\n", Path::new("x.md"), 2, "front-matter").unwrap_err();
        assert_eq!(err.message, "required key `title` is missing");
    }
}
