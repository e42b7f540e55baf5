//! Fluent keys against the templates: a key a template uses that no locale defines (an
//! error, before any page is rendered), and a key no template uses (a warning: dead text that
//! translators keep translating).

use crate::diagnostics::{Diagnostic, LineIndex, Position};
use crate::load::locales::Locales;
use crate::load::theme::{self, ThemeFile};
use crate::rules::Rule;
use crate::text;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A `t(key=...)` call in a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Use {
    /// `None` when the key is computed (`t(key=name)`): then any key may be used.
    pub key: Option<String>,
    pub file: PathBuf,
    /// A built-in template, not the site's.
    pub builtin: bool,
    pub position: Position,
}

pub fn check(root: &Path, locales: &Locales) -> Vec<Diagnostic> {
    // Unreadable templates are reported by the template step.
    let Ok(templates) = theme::files(root, theme::TEMPLATES_DIR, Rule::Template) else { return Vec::new() };
    let uses: Vec<Use> = templates.iter().flat_map(template_uses).collect();
    let defined: BTreeSet<&str> = locales.keys().values().flat_map(|keys| keys.keys().map(String::as_str)).collect();
    let mut found = Vec::new();
    let mut reported = BTreeSet::new();
    for used in &uses {
        let Some(key) = &used.key else { continue };
        if !defined.contains(key.as_str()) && reported.insert((key.clone(), used.file.clone())) {
            found.push(
                Diagnostic::error(
                    Rule::FluentUnknownKey,
                    &used.file,
                    used.position,
                    text!("check-fluent-unknown-key", key = key),
                )
                .with_hint(text!("check-fluent-unknown-key-hint", key = key))
                .in_builtin_theme(used.builtin),
            );
        }
    }
    // A computed key could be any of them: then none can be called unused.
    if uses.iter().any(|u| u.key.is_none()) {
        return found;
    }
    let used: BTreeSet<&str> = uses.iter().filter_map(|u| u.key.as_deref()).collect();
    for key in defined {
        if used.contains(key) || used_by_engine(key) {
            continue;
        }
        // Reported once, where the first language (in name order) defines it.
        let Some(source) = locales.keys().values().find_map(|keys| keys.get(key)) else { continue };
        found.push(
            Diagnostic::warning(
                Rule::FluentUnusedKey,
                &source.file,
                source.position,
                text!("check-fluent-unused-key", key = key),
            )
            .with_hint(text!("check-fluent-unused-key-hint", key = key))
            .in_builtin_theme(source.builtin),
        );
    }
    found
}

/// Keys loket itself formats: dates (see `Locales::format_date`), the strings of page bodies
/// (footnotes, tables, language cues: see `markdown::ENGINE_KEYS`), the titles of topic pages
/// and the language's name (the default `name` in `site.yaml`).
fn used_by_engine(key: &str) -> bool {
    key == "date-format"
        || key == crate::load::locales::LANGUAGE_NAME_KEY
        || crate::markdown::ENGINE_KEYS.contains(&key)
        || crate::load::topics::ENGINE_KEYS.contains(&key)
        || key.strip_prefix("month-").and_then(|n| n.parse::<u8>().ok()).is_some_and(|n| (1..=12).contains(&n))
}

/// Every `t(...)` call inside the `{{ }}` and `{% %}` tags of a template.
pub fn template_uses(file: &ThemeFile) -> Vec<Use> {
    let Ok(text) = std::str::from_utf8(&file.contents) else { return Vec::new() };
    let path = file.display_path(theme::TEMPLATES_DIR);
    let lines = LineIndex::new(text);
    let mut uses = Vec::new();
    for (start, end) in tags(text) {
        let tag = &text[start..end];
        for (i, _) in tag.match_indices("t(") {
            let before = tag[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                continue;
            }
            let call = &tag[i + 2..];
            let call = &call[..call.find(')').unwrap_or(call.len())];
            let Some(key_at) = keyword(call, "key") else { continue };
            let value = call[key_at..].trim_start();
            let value_offset = start + i + 2 + key_at + (call[key_at..].len() - value.len());
            let key = value.chars().next().filter(|q| matches!(q, '"' | '\'' | '`')).and_then(|quote| {
                let rest = &value[1..];
                let close = rest.find(quote)?;
                // `"a-" ~ name` is an expression, not a literal key.
                let after = rest[close + 1..].trim_start();
                (after.is_empty() || after.starts_with(',')).then(|| rest[..close].to_string())
            });
            uses.push(Use {
                key,
                file: path.clone(),
                builtin: file.is_builtin(),
                position: lines.position(text, value_offset),
            });
        }
    }
    uses
}

/// Byte offset just after `name =` in an argument list (not `==`).
fn keyword(call: &str, name: &str) -> Option<usize> {
    call.match_indices(name).find_map(|(i, _)| {
        let before_ok = call[..i].chars().next_back().is_none_or(|c| c == ',' || c.is_whitespace());
        let after = call[i + name.len()..].trim_start();
        let eq = after.strip_prefix('=').filter(|rest| !rest.starts_with('='))?;
        before_ok.then(|| call.len() - eq.len())
    })
}

/// The byte ranges of the insides of `{{ ... }}` and `{% ... %}`.
fn tags(text: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let close = match text.get(open + 1..open + 2) {
            Some("{") => "}}",
            Some("%") => "%}",
            _ => {
                from = open + 1;
                continue;
            }
        };
        let inner = open + 2;
        let Some(end) = text[inner..].find(close).map(|i| inner + i) else { break };
        found.push((inner, end));
        from = end + 2;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::theme::Origin;
    use std::borrow::Cow;

    fn template(text: &str) -> ThemeFile {
        ThemeFile {
            name: "page.html".into(),
            origin: Origin::Site("templates/page.html".into()),
            contents: Cow::Owned(text.as_bytes().to_vec()),
        }
    }

    #[test]
    fn finds_literal_and_computed_keys_with_positions() {
        let uses = template_uses(&template(
            "<p>stat(key=\"no\")</p>\n{{ t(key=\"skip-link\") }} {{ t(lang=x, key = 'last-changed', date=d) }}\n{% set a = t(key=name) %}{{ t(key=\"a-\" ~ b) }}",
        ));
        let keys: Vec<Option<&str>> = uses.iter().map(|u| u.key.as_deref()).collect();
        assert_eq!(keys, [Some("skip-link"), Some("last-changed"), None, None]);
        assert_eq!(uses[0].position, Position::new(2, 10));
        assert_eq!(uses[1].position, Position::new(2, 45));
    }

    #[test]
    fn dates_use_their_keys_from_the_engine() {
        assert!(used_by_engine("month-12") && used_by_engine("date-format"));
        assert!(!used_by_engine("month-13") && !used_by_engine("skip-link"));
    }
}
