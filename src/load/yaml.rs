//! Strict YAML deserialising (site.yaml, front matter, data/) with errors mapped to the
//! file's own lines and explained in plain words: a tab, typographic quotes, `ja`/`nee` for a
//! true/false setting, a colon inside a text; with [`parse_all`], every wrong setting of a
//! block at once.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::messages::Text;
use crate::rules::Rule;
use crate::text;
use serde::de::{DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// A YAML text and where it is: `first_line` is the line of `file` it starts at.
#[derive(Debug, Clone, Copy)]
struct Source<'a> {
    text: &'a str,
    file: &'a Path,
    first_line: usize,
    rule: Rule,
}

impl Source<'_> {
    /// The position in the file of `line`:`column` of the text (both 1-based).
    fn at(&self, line: usize, column: usize) -> Position {
        Position::new(self.first_line + line.max(1) - 1, column.max(1))
    }

    fn line(&self, line: usize) -> &str {
        self.text.lines().nth(line.saturating_sub(1)).unwrap_or("")
    }
}

fn options(max_depth: Option<usize>) -> serde_saphyr::Options {
    let mut options = serde_saphyr::Options::default();
    if let (Some(depth), Some(budget)) = (max_depth, options.budget.as_mut()) {
        budget.max_depth = depth;
    }
    options.with_snippet = false;
    // `yes`/`no`/`on`/`off` are not booleans: `draft: no` must not silently differ from `draft: false`.
    options.strict_booleans = true;
    options
}

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
    let source = Source { text, file, first_line, rule };
    serde_saphyr::from_str_with_options::<T>(text, options(max_depth)).map_err(|err| explain(&source, &err))
}

/// One top-level key of a block and how its value is checked on its own (see [`parse_all`]).
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub required: bool,
    check: fn(&str) -> Result<(), serde_saphyr::Error>,
}

impl Field {
    /// A key whose value is read as `V`: the type the block's struct gives it.
    pub const fn new<V: DeserializeOwned>(name: &'static str, required: bool) -> Field {
        Field { name, required, check: check_as::<V> }
    }
}

fn check_as<V: DeserializeOwned>(text: &str) -> Result<(), serde_saphyr::Error> {
    serde_saphyr::from_str_with_options::<BTreeMap<String, V>>(text, options(None)).map(|_| ())
}

/// Parses `text` into `T` like [`parse`], but reports every wrong key of the block at once:
/// unknown, written twice, missing, or with a value of the wrong kind, each at its own line.
/// `fields` are `T`'s keys. A text that is not a valid mapping stops at its first error.
///
/// serde stops at the first error; so when `T` cannot be read, the block is read again as
/// keys only, and each key's value is read on its own from a copy of the text in which the
/// other keys' lines are blank (so every line keeps its number).
pub fn parse_all<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
    rule: Rule,
    fields: &[Field],
) -> Result<T, Diagnostics> {
    let source = Source { text, file, first_line, rule };
    let first = match serde_saphyr::from_str_with_options::<T>(text, options(None)) {
        Ok(value) => return Ok(value),
        Err(err) => explain(&source, &err),
    };
    // Anchors and aliases are read once, by the whole parse, whose budget bounds them: read
    // again key by key, a nest of aliases could take very long.
    if uses_anchors(text) {
        return Err(Diagnostics::from_iter([first]));
    }
    // Repeated keys reach the visitor, which reports each repetition at its own line.
    let mut keys_only = options(None);
    keys_only.duplicate_keys = serde_saphyr::DuplicateKeyPolicy::PassThrough;
    let Ok(TopKeys(keys)) = serde_saphyr::from_str_with_options::<TopKeys>(text, keys_only) else {
        return Err(Diagnostics::from_iter([first]));
    };
    let lines: Vec<usize> = keys.iter().map(|k| k.referenced.line() as usize).collect();
    if lines.windows(2).any(|w| w[0] >= w[1]) {
        // Keys on one line (`{ title: a, weight: 2 }`): their lines cannot be told apart.
        return Err(Diagnostics::from_iter([first]));
    }
    let mut found = Diagnostics::new();
    let mut seen = HashSet::new();
    let allowed: Vec<&str> = fields.iter().map(|f| f.name).collect();
    // A misspelt required key (`descripton`) is one mistake: its did-you-mean says it all.
    let mut suggested = HashSet::new();
    for (i, key) in keys.iter().enumerate() {
        let position = source.at(key.referenced.line() as usize, key.referenced.column() as usize);
        if !seen.insert(key.value.as_str()) {
            found.push(
                Diagnostic::error(rule, file, position, text!("fm-duplicate-key", key = &key.value))
                    .with_hint(text!("fm-duplicate-key-hint")),
            );
            continue;
        }
        let Some(field) = fields.iter().find(|f| f.name == key.value) else {
            suggested.extend(nearest(&key.value, &allowed));
            found.push(unknown_key(&source, position, &key.value, &allowed, true));
            continue;
        };
        let end = lines.get(i + 1).copied().unwrap_or(usize::MAX);
        let alone = only_lines(text, lines[0], lines[i], end);
        if let Err(err) = (field.check)(&alone) {
            // An alias to an anchor of another key cannot be read alone; the whole text can.
            if !err.to_string().contains("anchor") {
                found.push(explain(&source, &err));
            }
        }
    }
    for field in fields.iter().filter(|f| f.required && !seen.contains(f.name) && !suggested.contains(f.name)) {
        found.push(
            Diagnostic::error(rule, file, source.at(1, 1), text!("fm-missing-key", key = field.name))
                .with_hint(text!("fm-missing-key-hint", key = field.name)),
        );
    }
    if found.is_empty() {
        found.push(first);
    }
    Err(found)
}

/// Whether `text` may hold an anchor (`&name`) or an alias (`*name`): a `&` or `*` at the
/// start of a word, followed by a letter or digit. Text such as `Q&A` does not count; a
/// word such as ` &amp;` does, which only costs that block the report of every key at once.
fn uses_anchors(text: &str) -> bool {
    let mut before = ' ';
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if matches!(c, '&' | '*')
            && (before.is_whitespace() || matches!(before, '[' | '{' | ',' | ':' | '-'))
            && chars.peek().is_some_and(|n| n.is_alphanumeric())
        {
            return true;
        }
        before = c;
    }
    false
}

/// `text` with every line blank except those before line `head` (comments, `---`) and the
/// lines from `start` up to `end` (1-based, `end` not included).
fn only_lines(text: &str, head: usize, start: usize, end: usize) -> String {
    let mut kept = String::with_capacity(text.len());
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if n < head || (start..end).contains(&n) {
            kept.push_str(line);
        }
        kept.push('\n');
    }
    kept
}

/// The keys of a mapping, with where each is written; the values are skipped.
struct TopKeys(Vec<Spanned<String>>);

impl<'de> Deserialize<'de> for TopKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = TopKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<TopKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(key);
                }
                Ok(TopKeys(keys))
            }
        }
        deserializer.deserialize_map(Keys)
    }
}

/// The allowed key nearest to a misspelt one, if it is near enough to be meant.
fn nearest<'a>(key: &str, allowed: &[&'a str]) -> Option<&'a str> {
    allowed
        .iter()
        .map(|candidate| (strsim::levenshtein(key, candidate), *candidate))
        .filter(|(distance, _)| *distance <= 3)
        .min()
        .map(|(_, candidate)| candidate)
}

/// "loket does not know the setting `descripton`", with the nearest allowed key.
fn unknown_key(source: &Source<'_>, position: Position, key: &str, allowed: &[&str], top: bool) -> Diagnostic {
    let list = allowed.join(", ");
    let hint = match nearest(key, allowed) {
        Some(candidate) => text!("fm-unknown-key-suggest", suggestion = candidate, allowed = list),
        None if top && source.rule == Rule::FrontMatter => {
            text!("fm-unknown-key-hint-extra", allowed = list)
        }
        None => text!("fm-unknown-key-hint", allowed = list),
    };
    Diagnostic::error(source.rule, source.file, position, text!("fm-unknown-key", key = key)).with_hint(hint)
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

/// An example of a well-written value for the field at `path`, in `site.yaml` or front matter:
/// code, the same in either language.
fn example(path: &[String]) -> Option<String> {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    Some(match names.as_slice() {
        ["base_url"] => "`base_url: https://example.org`".to_string(),
        ["default_language"] => "`default_language: nl`".to_string(),
        ["root_language"] => "`root_language: nl`".to_string(),
        ["languages", lang] => format!("`{lang}: {{ name: \"Nederlands\", title: \"...\" }}`"),
        ["languages", _, "name"] => "`name: \"Nederlands\"`".to_string(),
        ["languages", _, "title"] => "`title: \"...\"`".to_string(),
        ["menus", menu, ..] => format!("`{menu}: [contact, news]`"),
        ["alert", "kind"] => "`kind: notification`".to_string(),
        ["alert", lang] => format!("`{lang}: \"...\"`"),
        ["checks", rule, ..] => format!("`{rule}: warning`"),
        ["review_after_days"] => "`review_after_days: 365`".to_string(),
        ["toc_min_headings"] => "`toc_min_headings: 4`".to_string(),
        ["editor_language"] => "`editor_language: nl`".to_string(),
        ["weight"] => "`weight: 10`".to_string(),
        ["date" | "updated"] => format!("`{}: 2026-11-29`", names[0]),
        ["aliases", ..] => "`aliases: [/nl/oude-pagina/]`".to_string(),
        ["image", ..] => "`image: { src: foto.jpg, alt: \"...\" }`".to_string(),
        ["checks", ..] => "`checks: { allow: [long-sentence], reason: \"...\" }`".to_string(),
        [key @ ("title" | "description" | "breadcrumb" | "translation_key" | "template")] => {
            format!("`{key}: \"...\"`")
        }
        [key @ ("draft" | "search" | "lead" | "toc" | "listed")] => format!("`{key}: true`"),
        _ => return None,
    })
}

/// The quote marks word processors put in place of `"` and `'`.
pub const TYPOGRAPHIC_QUOTES: &[char] =
    &['“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›', '〝', '〞', '＂', '＇', '″', '′'];

/// A parser error as a finding for an editor: what is wrong in plain words first, the
/// parser's own words (if at all) after them.
fn explain(source: &Source<'_>, err: &serde_saphyr::Error) -> Diagnostic {
    let (line, column) = err.location().map_or((1, 1), |l| ((l.line() as usize).max(1), (l.column() as usize).max(1)));
    let raw = err.to_string();
    let detail = raw.strip_suffix(&format!(" at line {line}, column {column}")).unwrap_or(&raw).to_string();
    let position = source.at(line, column);
    let path = key_path_at(source.text, line, column);
    let field = path.join(": ");
    let example = example(&path);
    let error = |at: Position, message: Text| Diagnostic::error(source.rule, source.file, at, message);

    if let Some((tab_line, tab_column)) = tab_near(source.text, line, detail.contains("tab")) {
        let fixed = source.line(tab_line).replace('\t', "  ");
        return error(source.at(tab_line, tab_column), text!("fm-tab", line = source.first_line + tab_line - 1))
            .with_hint(text!("fm-tab-hint", fixed = fixed.trim_end()));
    }
    if let Some((quote_column, quote)) = typographic_quote(source.line(line)) {
        let hint = match straight_quoted(source.line(line)) {
            Some(fixed) => text!("fm-typographic-quote-hint", fixed = fixed),
            None => text!("fm-typographic-quote-hint-plain"),
        };
        return error(source.at(line, quote_column), text!("fm-typographic-quote", quote = quote.to_string()))
            .with_hint(hint);
    }
    if let Some(rest) = detail.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected
            .trim_start_matches(", expected one of ")
            .trim_start_matches(", expected ")
            .split([',', ' '])
            .map(|s| s.trim_matches('`'))
            .filter(|s| !s.is_empty() && *s != "or")
            .collect();
        return unknown_key(source, position, key, &allowed, path.len() <= 1);
    }
    if let Some(rest) = detail.strip_prefix("missing field `") {
        let key = rest.trim_end_matches('`');
        return error(position, text!("fm-missing-key", key = key)).with_hint(text!("fm-missing-key-hint", key = key));
    }
    if detail.contains("duplicate mapping key") {
        let key = detail.split("duplicate mapping key: ").nth(1).and_then(|s| s.split(',').next()).unwrap_or("?");
        return error(position, text!("fm-duplicate-key", key = key)).with_hint(text!("fm-duplicate-key-hint"));
    }
    if !field.is_empty() && detail.contains("boolean") {
        let written = scalar_at(source.line(line), column);
        let key = path.last().map_or("draft", String::as_str);
        let meaning = match written.to_lowercase().as_str() {
            "ja" | "j" | "yes" | "y" | "waar" | "aan" | "on" | "wel" | "oui" | "si" | "ok" | "1" => "yes",
            "nee" | "n" | "no" | "onwaar" | "uit" | "off" | "niet" | "geen" | "non" | "0" => "no",
            _ => "other",
        };
        return error(position, text!("fm-expected-bool", field = field.as_str(), value = written)).with_hint(text!(
            "fm-expected-bool-hint",
            key = key,
            meaning = meaning
        ));
    }
    if !field.is_empty() && ["invalid i", "invalid u"].iter().any(|p| detail.starts_with(p)) {
        return error(position, text!("fm-expected-number", field = field.as_str()))
            .with_hint(text!("fm-expected-number-hint", example = example.unwrap_or_else(|| "`10`".into())));
    }
    if detail.starts_with("budget breached: Depth") || detail.contains("recursion limit") {
        return error(position, text!("fm-too-deep")).with_hint(text!("fm-too-deep-hint"));
    }
    if detail.contains("untagged enum RawMenuEntry") {
        return error(position, text!("fm-menu-entry")).with_hint(text!("fm-menu-entry-hint"));
    }
    if !field.is_empty() && detail.starts_with("expected string") {
        let hint = match example {
            Some(example) => text!("fm-expected-text-hint", example = example),
            None => text!("fm-expected-text-hint-plain"),
        };
        return error(position, text!("fm-expected-text", field = field.as_str())).with_hint(hint);
    }
    if detail.contains("unclosed quote") {
        return error(position, text!("fm-unclosed-quote"))
            .with_hint(text!("fm-unclosed-quote-hint", example = example.unwrap_or_else(|| "`\"...\"`".into())));
    }
    if detail.contains("mapping values are not allowed") {
        if let Some(fixed) = quoted_line(source.line(line)) {
            return error(position, text!("fm-colon-in-text")).with_hint(text!("fm-colon-in-text-hint", fixed = fixed));
        }
    }
    let message = if field.is_empty() {
        text!("fm-unreadable", detail = detail)
    } else {
        text!("fm-wrong-value", field = field.as_str(), detail = detail)
    };
    let hint = match example {
        Some(example) => text!("fm-example-hint", example = example),
        None => text!("fm-unreadable-hint"),
    };
    error(position, message).with_hint(hint)
}

/// The tab an error is about, as (line, column) of the text: with `about_tabs` (the parser
/// named a tab), the first tab from the line before the error on, since the parser may
/// report it at the end of the line before; otherwise a tab in the indentation of the
/// error's own line.
fn tab_near(text: &str, line: usize, about_tabs: bool) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let find = |n: usize, indent_only: bool| {
        let l = lines.get(n.checked_sub(1)?)?;
        let scope = if indent_only { &l[..l.len() - l.trim_start_matches([' ', '\t']).len()] } else { l };
        scope.find('\t').map(|i| (n, l[..i].chars().count() + 1))
    };
    if about_tabs {
        (line..=lines.len()).chain(1..line).find_map(|n| find(n, false))
    } else {
        find(line, true)
    }
}

/// The first typographic quote that stands where YAML expects a straight one: at the start
/// of a value (after `key: `, `- `, `[`, `{` or `,`). Its column (1-based) and the mark.
fn typographic_quote(line: &str) -> Option<(usize, char)> {
    let mut before = ' ';
    let mut previous_text = ':';
    for (i, c) in line.chars().enumerate() {
        if TYPOGRAPHIC_QUOTES.contains(&c)
            && (before.is_whitespace() || matches!(before, '[' | '{'))
            && matches!(previous_text, ':' | '-' | '[' | '{' | ',')
        {
            return Some((i + 1, c));
        }
        if c == '#' && before.is_whitespace() {
            return None;
        }
        if !c.is_whitespace() {
            previous_text = c;
        }
        before = c;
    }
    None
}

/// `key: “Asiel: de procedure”` as `key: "Asiel: de procedure"`: the line with its value
/// between straight double quotes; `None` for a line that is not `key: value`.
fn straight_quoted(line: &str) -> Option<String> {
    let (key, value) = line.split_once(": ")?;
    let value = value.trim();
    let inner = value.strip_prefix(TYPOGRAPHIC_QUOTES)?;
    let inner = inner.strip_suffix(TYPOGRAPHIC_QUOTES).unwrap_or(inner);
    Some(format!("{key}: \"{}\"", escaped(inner)))
}

/// `title: Asiel: de procedure` as `title: "Asiel: de procedure"`; `None` for a line that
/// is not `key: value` with a plain value.
fn quoted_line(line: &str) -> Option<String> {
    let (key, value) = line.split_once(": ")?;
    let value = value.trim();
    if key.trim().is_empty() || value.is_empty() || value.starts_with(['"', '\'', '[', '{', '|', '>']) {
        return None;
    }
    Some(format!("{key}: \"{}\"", escaped(value)))
}

fn escaped(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The scalar written at `column` of `line` (1-based), without a comment or quotes.
fn scalar_at(line: &str, column: usize) -> String {
    let rest: String = line.chars().skip(column - 1).collect();
    let rest = rest.split(" #").next().unwrap_or("");
    let rest = rest.split([',', '}', ']']).next().unwrap_or("");
    rest.trim().trim_matches(|c: char| c == '"' || c == '\'' || TYPOGRAPHIC_QUOTES.contains(&c)).to_string()
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
        Diagnostic::error(
            rule,
            file,
            position,
            text!("fm-control-character", field = field, code = format!("{:04X}", u32::from(c))),
        )
        .with_hint(text!("fm-control-character-hint")),
    )
}

/// The field names of a struct that derives `Deserialize`, as serde knows them: tests keep
/// each block's [`Field`] list equal to them.
#[cfg(test)]
pub(crate) fn struct_fields<T: DeserializeOwned>() -> Vec<&'static str> {
    struct Names;
    #[derive(Debug)]
    struct Found(Vec<&'static str>);
    impl std::fmt::Display for Found {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "{:?}", self.0)
        }
    }
    impl std::error::Error for Found {}
    impl serde::de::Error for Found {
        fn custom<M: std::fmt::Display>(_: M) -> Self {
            Found(Vec::new())
        }
    }
    impl<'de> serde::Deserializer<'de> for Names {
        type Error = Found;
        fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Found> {
            Err(Found(Vec::new()))
        }
        fn deserialize_struct<V: Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Found> {
            Err(Found(fields.to_vec()))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
            unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    T::deserialize(Names).err().map(|found| found.0).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::{EditorLang, Messages};

    fn nl(text: &Text) -> String {
        Messages::new(EditorLang::Nl).format(text)
    }

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
        assert_eq!(err.message.to_string(), "loket does not know the setting `darft`.");
        assert_eq!(nl(&err.message), "loket kent de instelling `darft` niet.");
        assert!(err.hint.unwrap().to_string().contains("Did you mean `draft`"));
    }

    #[test]
    fn yes_is_not_a_boolean() {
        let err = parse::<Sample>("title: a\ndraft: yes\n", Path::new("x.md"), 2, Rule::FrontMatter).unwrap_err();
        assert_eq!(err.message.to_string(), "`draft` can only be `true` or `false`, not “yes”.");
        assert_eq!(err.position, Position::new(3, 8));
        assert_eq!(err.hint.map(|h| h.to_string()).as_deref(), Some("Write `draft: true` for yes."));
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
        assert_eq!(err.message.to_string(), "`languages: nl: title` needs a text.");
        assert!(err.hint.unwrap().to_string().contains("`title: \"...\"`"));
        let err = at("languages:\n  nl:\n    name: [a]\n    title: T\n");
        assert_eq!(err.message.to_string(), "`languages: nl: name` needs a text.");
        assert_eq!(nl(&err.message), "Bij `languages: nl: name` hoort een tekst.");
        let err = at("languages: {}\nreview_after_days: soon\n");
        assert_eq!(err.message.to_string(), "`review_after_days` needs a whole number.");
        assert_eq!(
            err.hint.as_ref().map(|h| h.to_string()).as_deref(),
            Some("Write digits only, such as `review_after_days: 365`.")
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
        assert_eq!(err.message.to_string(), "The setting `title` is missing.");
        assert_eq!(nl(&err.message), "De instelling `title` ontbreekt.");
    }

    #[test]
    fn a_tab_is_named_at_its_own_line_and_column_with_the_line_written_with_spaces() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Page {
            title: String,
            image: Option<BTreeMap<String, String>>,
        }
        // Each places the tab elsewhere than the parser reports its error.
        for (text, line, column, fixed) in [
            ("title: a\n\timage: {}\n", 3, 1, "  image: {}"),
            ("title: a\nimage:\n\tsrc: a.png\n", 4, 1, "  src: a.png"),
            ("title: a\nimage:\n  src: a\n  \talt: b\n", 5, 3, "    alt: b"),
        ] {
            let err = parse::<Page>(text, Path::new("x.md"), 2, Rule::FrontMatter).unwrap_err();
            assert_eq!(err.position, Position::new(line, column), "{text:?}");
            assert_eq!(err.message.to_string(), format!("Line {line} has a tab. Use spaces instead."));
            assert_eq!(
                nl(&err.message),
                format!("Er staat een tab in regel {line}. Zet er spaties voor in de plaats.")
            );
            assert_eq!(
                err.hint.map(|h| h.to_string()),
                Some(format!("Write the line with spaces, like this: `{fixed}`"))
            );
        }
        assert!(
            parse::<Page>("title:\ta\n", Path::new("x.md"), 2, Rule::FrontMatter).is_ok(),
            "a tab after `:` is fine"
        );
    }

    #[test]
    fn curly_quotes_name_the_character_and_show_the_line_with_straight_quotes() {
        let err =
            parse::<Sample>("title: “Asiel: de procedure”\n", Path::new("x.md"), 2, Rule::FrontMatter).unwrap_err();
        assert_eq!(err.position, Position::new(2, 8));
        assert!(err.message.to_string().starts_with("The quote mark “ is a curly quote"), "{}", err.message);
        assert!(nl(&err.message).starts_with("Het aanhalingsteken “ is een krul"), "{}", nl(&err.message));
        let hint = err.hint.expect("hint");
        assert_eq!(hint.to_string(), "Use straight quotes, like this: `title: \"Asiel: de procedure\"`");
        assert_eq!(nl(&hint), "Gebruik rechte aanhalingstekens, zo: `title: \"Asiel: de procedure\"`");
        let err = parse::<Sample>("title: a\ndraft: „true”\n", Path::new("x.md"), 2, Rule::FrontMatter).unwrap_err();
        assert_eq!(
            (err.position, err.message.arg("quote").cloned()),
            (Position::new(3, 8), Some(crate::messages::Arg::from("„")))
        );
        // Inside a text they are simply characters.
        let ok = parse::<Sample>("title: \"Het “gehoor”: wat\"\n", Path::new("x.md"), 2, Rule::FrontMatter);
        assert_eq!(ok.map(|s| s.title).ok().as_deref(), Some("Het “gehoor”: wat"));
    }

    #[test]
    fn dutch_and_english_yes_and_no_say_which_of_true_and_false_to_write() {
        for (written, meaning, en, dutch) in [
            ("ja", "yes", "Write `draft: true` for yes.", "Schrijf `draft: true` voor ja."),
            ("nee", "no", "Write `draft: false` for no.", "Schrijf `draft: false` voor nee."),
            ("waar", "yes", "Write `draft: true` for yes.", "Schrijf `draft: true` voor ja."),
            ("onwaar", "no", "Write `draft: false` for no.", "Schrijf `draft: false` voor nee."),
            ("aan", "yes", "Write `draft: true` for yes.", "Schrijf `draft: true` voor ja."),
            ("uit", "no", "Write `draft: false` for no.", "Schrijf `draft: false` voor nee."),
            ("no", "no", "Write `draft: false` for no.", "Schrijf `draft: false` voor nee."),
            (
                "misschien",
                "other",
                "Write `draft: true` (yes) or `draft: false` (no).",
                "Schrijf `draft: true` (ja) of `draft: false` (nee).",
            ),
        ] {
            let text = format!("title: a\ndraft: {written}  # concept\n");
            let err = parse::<Sample>(&text, Path::new("x.md"), 2, Rule::FrontMatter).unwrap_err();
            let hint = err.hint.expect("hint");
            assert_eq!(hint.arg("meaning"), Some(&crate::messages::Arg::from(meaning)), "{written}");
            assert_eq!((hint.to_string().as_str(), nl(&hint).as_str()), (en, dutch), "{written}");
            assert_eq!(nl(&err.message), format!("Bij `draft` hoort `true` of `false`, niet ‘{written}’."));
        }
    }

    #[test]
    fn a_colon_in_a_plain_text_shows_the_line_between_double_quotes() {
        let err =
            parse::<Sample>("title: Asiel: de \"procedure\"\n", Path::new("x.md"), 2, Rule::FrontMatter).unwrap_err();
        assert_eq!(
            err.hint.map(|h| nl(&h)).as_deref(),
            Some(r#"Zet de hele tekst tussen dubbele aanhalingstekens: `title: "Asiel: de \"procedure\""`"#)
        );
        assert!(nl(&err.message).starts_with("In deze tekst staat een dubbele punt"));
    }

    #[test]
    fn every_wrong_key_is_reported_at_once_each_at_its_line() {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Page {
            title: String,
            description: String,
            weight: Option<i64>,
            draft: Option<bool>,
            image: Option<BTreeMap<String, String>>,
        }
        const FIELDS: &[Field] = &[
            Field::new::<String>("title", true),
            Field::new::<String>("description", true),
            Field::new::<Option<i64>>("weight", false),
            Field::new::<Option<bool>>("draft", false),
            Field::new::<Option<BTreeMap<String, String>>>("image", false),
        ];
        assert_eq!(struct_fields::<Page>(), FIELDS.iter().map(|f| f.name).collect::<Vec<_>>());
        let text = "# Instellingen\ntitle: T\nweight: tien\nbeschrijving: D\nimage:\n  src: [a]\ndraft: ja\ntitle: U\n";
        let errors = parse_all::<Page>(text, Path::new("x.md"), 2, Rule::FrontMatter, FIELDS).unwrap_err();
        let found: Vec<(usize, usize, String)> =
            errors.sorted().iter().map(|d| (d.position.line, d.position.column, nl(&d.message))).collect();
        assert_eq!(
            found,
            [
                (2, 1, "De instelling `description` ontbreekt.".to_string()),
                (4, 9, "Bij `weight` hoort een heel getal.".to_string()),
                (5, 1, "loket kent de instelling `beschrijving` niet.".to_string()),
                (7, 8, "Bij `image: src` hoort een tekst.".to_string()),
                (8, 8, "Bij `draft` hoort `true` of `false`, niet ‘ja’.".to_string()),
                (9, 1, "`title` staat er twee keer.".to_string()),
            ]
        );
        assert!(errors.sorted()[2]
            .hint
            .as_ref()
            .is_some_and(|h| nl(h).ends_with("Eigen velden zet je onder `extra`.")));
        // A misspelt required key is one finding, with its did-you-mean.
        let errors = parse_all::<Page>("title: T\ndescripton: D\n", Path::new("x.md"), 2, Rule::FrontMatter, FIELDS)
            .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors.sorted()[0].hint.as_ref().is_some_and(|h| nl(h).starts_with("Bedoel je `description`?")));
        // With an anchor, only the first error: reading aliases key by key could take long.
        let bomb = "title: T\ndescripton: D\nextra:\n  a: &a [x, x]\n  b: [*a, *a]\n";
        let errors = parse_all::<Page>(bomb, Path::new("x.md"), 2, Rule::FrontMatter, FIELDS).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(uses_anchors("a: *x") && uses_anchors("a: &x 1") && !uses_anchors("title: Q&A, 3*4"));
        // A block that is not valid YAML stops at its first error.
        let errors = parse_all::<Page>("title: \"T\ndescription: D\n", Path::new("x.md"), 2, Rule::FrontMatter, FIELDS)
            .unwrap_err();
        assert_eq!(errors.len(), 1);
    }
}
