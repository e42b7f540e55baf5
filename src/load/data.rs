//! Shared values: the `data/<name>.yaml` files of a site, read strictly with positions, each
//! value the same in every language or a map of the site's language codes. Templates see them
//! as `data.<name>.<key>` in the page's language; `SiteData::lookup` serves Markdown.

use crate::diagnostics::{display_path, Diagnostic, Diagnostics, Position};
use crate::load::config::SiteConfig;
use crate::messages::Text;
use crate::rules::Rule;
use crate::sitefs::{self, Kind};
use crate::text;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;

pub const DATA_DIR: &str = "data";
/// How deep groups of values may nest: far more than a site needs (`contact.helpdesk.hours.nl`
/// is four), and few enough that reading them never runs out of stack.
const MAX_DEPTH: usize = 12;

/// The shared values of a site, per language.
#[derive(Debug, Clone, Default)]
pub struct SiteData {
    /// Dotted key (`contact.helpdesk.phone`) → language code → text. Sorted, for hints. A
    /// link's `url` and `label` are here too (`contact.form.url`), as templates see them.
    values: BTreeMap<String, HashMap<String, String>>,
    /// The keys of the values written as `{ url, label }` (`contact.form`): links.
    links: std::collections::BTreeSet<String>,
    /// Per language, the nested values that templates see as `data`.
    trees: HashMap<String, serde_json::Value>,
}

/// One shared value in one language: a text, or a link (`{ url, label }` in `data/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataValue<'a> {
    Text(&'a str),
    Link { url: &'a str, label: &'a str },
}

impl<'a> DataValue<'a> {
    /// What readers see: the text, or the link's label.
    pub fn text(self) -> &'a str {
        match self {
            DataValue::Text(text) | DataValue::Link { label: text, .. } => text,
        }
    }
}

/// Why a key gives no value: a message and, where one helps, a hint ("did you mean").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupError {
    pub message: Text,
    pub hint: Text,
}

impl fmt::Display for LookupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.message, self.hint)
    }
}

impl SiteData {
    /// Reads every `data/*.yaml` of the site; every problem found is returned beside the
    /// values that could be read. No `data/` folder means no values.
    pub fn load(root: &Path, config: &SiteConfig) -> (SiteData, Diagnostics) {
        let mut problems = Diagnostics::new();
        let mut data = SiteData::default();
        let dir = root.join(DATA_DIR);
        if std::fs::symlink_metadata(&dir).is_err() {
            data.build_trees(config);
            return (data, problems);
        }
        let skip = |name: &str, _: bool| crate::load::content::is_ignored(name);
        for entry in sitefs::walk(root, &dir, &skip) {
            let shown = display_path(root, &entry.path);
            let kind = match entry.kind {
                Ok(kind) => kind,
                Err(refusal) => {
                    problems.push(refusal.finding(root, &entry.path, Rule::Data, "data file"));
                    continue;
                }
            };
            if entry.depth == 0 {
                if kind != Kind::Dir {
                    problems.push(
                        Diagnostic::error(Rule::Data, shown, Position::START, text!("data-not-folder"))
                            .with_hint(text!("data-not-folder-hint")),
                    );
                }
                continue;
            }
            let name = entry.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if kind == Kind::Dir || entry.depth > 1 {
                if entry.depth == 1 {
                    problems.push(
                        Diagnostic::error(Rule::Data, shown, Position::START, text!("data-folder"))
                            .with_hint(text!("data-folder-hint")),
                    );
                }
                continue;
            }
            let Some(stem) = name.strip_suffix(".yaml") else {
                let hint = match name.strip_suffix(".yml") {
                    Some(stem) => text!("data-rename-yml", name = stem),
                    None => text!("data-only-yaml"),
                };
                problems.push(
                    Diagnostic::error(Rule::Data, shown, Position::START, text!("data-not-yaml")).with_hint(hint),
                );
                continue;
            };
            if !is_identifier(stem) {
                problems.push(
                    Diagnostic::error(Rule::Data, shown, Position::START, text!("data-bad-name", name = stem))
                        .with_hint(text!("data-bad-name-hint")),
                );
                continue;
            }
            if let Some(finding) = sitefs::unportable_name_finding(root, &entry.path) {
                problems.push(finding);
                continue;
            }
            let text = match sitefs::read(root, &entry.path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => sitefs::lf_text(text),
                    Err(_) => {
                        problems.push(
                            Diagnostic::error(
                                Rule::Encoding,
                                &shown,
                                Position::START,
                                text!("config-not-utf8", file = &shown),
                            )
                            .with_hint(text!("config-not-utf8-hint")),
                        );
                        continue;
                    }
                },
                Err(refusal) => {
                    problems.push(refusal.finding(root, &entry.path, Rule::Data, "data file"));
                    continue;
                }
            };
            problems.extend(data.add_file(stem, &text, &shown, config));
        }
        data.build_trees(config);
        (data, problems)
    }

    /// Adds the values of one file, `data/<name>.yaml` with `text`, shown as `file`.
    pub fn add_file(&mut self, name: &str, text: &str, file: &Path, config: &SiteConfig) -> Diagnostics {
        let mut problems = Diagnostics::new();
        if text.trim().is_empty() {
            return problems;
        }
        let root: Node = match crate::load::yaml::parse_nested(text, file, 1, Rule::Data, Some(MAX_DEPTH)) {
            Ok(node) => node,
            Err(d) => {
                problems.push(d);
                return problems;
            }
        };
        let Node::Map(entries) = root else {
            problems.push(
                Diagnostic::error(Rule::Data, file, Position::START, text!("data-not-a-map"))
                    .with_hint(text!("data-not-a-map-hint")),
            );
            return problems;
        };
        let reader = Reader { config, file };
        let mut into = Values { texts: &mut self.values, links: &mut self.links };
        reader.entries(name, entries, &mut into, &mut problems);
        problems
    }

    /// Fills the per-language trees from the flat values.
    fn build_trees(&mut self, config: &SiteConfig) {
        self.trees.clear();
        for lang in config.language_codes() {
            let mut tree = serde_json::Map::new();
            for (key, texts) in &self.values {
                let text = texts.get(lang).cloned().unwrap_or_default();
                insert_path(&mut tree, key, text);
            }
            self.trees.insert(lang.to_string(), serde_json::Value::Object(tree));
        }
    }

    /// `data` of templates for the pages of `lang`.
    pub fn template_value(&self, lang: &str) -> tera::Value {
        self.trees
            .get(lang)
            .map(tera::Value::from_serializable)
            .unwrap_or_else(|| tera::Value::from_serializable(&serde_json::Map::new()))
    }

    /// Whether the site has no shared values.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The text of `key` (`contact.helpdesk.phone`) in language `lang`; for a link, its label.
    pub fn lookup(&self, key: &str, lang: &str) -> Result<&str, LookupError> {
        self.lookup_value(key, lang).map(DataValue::text)
    }

    /// The value of `key` in language `lang`: a text or a link.
    pub fn lookup_value(&self, key: &str, lang: &str) -> Result<DataValue<'_>, LookupError> {
        if self.links.contains(key) {
            let url = self.text_of(&format!("{key}.url"), lang)?;
            let label = self.text_of(&format!("{key}.label"), lang)?;
            return Ok(DataValue::Link { url, label });
        }
        self.text_of(key, lang).map(DataValue::Text)
    }

    fn text_of(&self, key: &str, lang: &str) -> Result<&str, LookupError> {
        if let Some(texts) = self.values.get(key) {
            return texts.get(lang).map(String::as_str).ok_or_else(|| LookupError {
                message: text!("data-lookup-no-text", key = key, lang = lang),
                hint: text!("data-lookup-no-text-hint", lang = lang, file = key.split('.').next().unwrap_or(key)),
            });
        }
        let prefix = format!("{key}.");
        let below: Vec<&str> = self.values.keys().filter(|k| k.starts_with(&prefix)).map(String::as_str).collect();
        if !below.is_empty() {
            return Err(LookupError {
                message: text!("data-lookup-group", key = key),
                hint: text!("data-lookup-group-hint", keys = below.join(", ")),
            });
        }
        let nearest = self
            .values
            .keys()
            .map(|k| (strsim::levenshtein(key, k), k))
            .filter(|(distance, k)| *distance <= 3.max(k.len() / 4))
            .min();
        let hint = match nearest {
            Some((_, k)) => text!("data-lookup-suggest", suggestion = k),
            None if self.values.is_empty() => text!("data-lookup-none"),
            None => text!("data-lookup-how"),
        };
        Err(LookupError { message: text!("data-lookup-unknown", key = key), hint })
    }

    /// Every key, sorted (for hints).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.values.keys().map(String::as_str)
    }
}

/// Where the values of one file go.
struct Values<'a> {
    texts: &'a mut BTreeMap<String, HashMap<String, String>>,
    links: &'a mut std::collections::BTreeSet<String>,
}

/// Whether a link's address may be shown: a web address, an e-mail address, a phone number,
/// or a page of the site (`/nl/contact/`, checked like every site-absolute link where it is
/// used). `javascript:`, `data:` and other schemes run code or hide where they lead, and a
/// relative path has no page to be relative to.
fn link_url_allowed(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:", "tel:"].iter().any(|s| lower.starts_with(s))
        || (lower.starts_with('/') && !lower.starts_with("//"))
}

/// `{ url: ..., label: ... }`: the two keys of a link, each a text or a text per language.
fn is_link(entries: &[(Spanned<String>, Spanned<Node>)]) -> bool {
    entries.len() == 2
        && entries.iter().any(|(k, _)| k.value == "url")
        && entries.iter().any(|(k, _)| k.value == "label")
}

/// Reads the nested entries of one file into flat values.
struct Reader<'a> {
    config: &'a SiteConfig,
    file: &'a Path,
}

impl Reader<'_> {
    fn at(&self, location: &serde_saphyr::Location) -> Position {
        Position::new((location.line() as usize).max(1), (location.column() as usize).max(1))
    }

    fn entries(
        &self,
        prefix: &str,
        entries: Vec<(Spanned<String>, Spanned<Node>)>,
        values: &mut Values<'_>,
        problems: &mut Diagnostics,
    ) {
        for (key, node) in entries {
            let position = self.at(&key.referenced);
            if !is_identifier(&key.value) {
                problems.push(
                    Diagnostic::error(Rule::Data, self.file, position, text!("data-bad-key", key = &key.value))
                        .with_hint(if self.config.languages.contains_key(key.value.as_str()) {
                            text!("data-language-key-hint")
                        } else {
                            text!("data-bad-key-hint")
                        }),
                );
                continue;
            }
            let path = format!("{prefix}.{}", key.value);
            match node.value {
                Node::Text(text) => {
                    let texts = self.config.language_codes().map(|l| (l.to_string(), text.clone())).collect();
                    self.check_text(&path, &text, self.at(&node.referenced), problems);
                    values.texts.insert(path, texts);
                }
                Node::Map(inner) if self.is_language_map(&inner) => {
                    if let Some(texts) = self.language_map(&path, position, inner, problems) {
                        values.texts.insert(path, texts);
                    }
                }
                Node::Map(inner) if is_link(&inner) => {
                    let safe = self.check_link_url(&path, &inner, problems);
                    self.entries(&path, inner, values, problems);
                    if safe {
                        values.links.insert(path);
                    } else {
                        // Never into a page or a template: the label stays, as a text.
                        values.texts.remove(&format!("{path}.url"));
                        if let Some(label) = values.texts.remove(&format!("{path}.label")) {
                            values.texts.insert(path, label);
                        }
                    }
                }
                Node::Map(inner) => self.entries(&path, inner, values, problems),
                Node::Other(kind) => problems.push(
                    Diagnostic::error(
                        Rule::Data,
                        self.file,
                        self.at(&node.referenced),
                        text!("data-not-text", key = &key.value, kind = kind),
                    )
                    .with_hint(text!("data-not-text-hint")),
                ),
            }
        }
    }

    /// The `url` of a link (one, or one per language) is an address loket may write: `false`
    /// after a finding at each one it may not.
    fn check_link_url(
        &self,
        path: &str,
        entries: &[(Spanned<String>, Spanned<Node>)],
        problems: &mut Diagnostics,
    ) -> bool {
        let Some((_, url)) = entries.iter().find(|(k, _)| k.value == "url") else { return true };
        let mut urls: Vec<(&str, Position)> = Vec::new();
        match &url.value {
            Node::Text(text) => urls.push((text, self.at(&url.referenced))),
            Node::Map(per_language) => {
                for (_, node) in per_language {
                    if let Node::Text(text) = &node.value {
                        urls.push((text, self.at(&node.referenced)));
                    }
                }
            }
            Node::Other(_) => {}
        }
        let mut safe = true;
        for (url, at) in urls {
            if !link_url_allowed(url) {
                problems.push(
                    Diagnostic::error(Rule::Data, self.file, at, text!("data-link-url", key = path, url = url))
                        .with_hint(text!("data-link-url-hint")),
                );
                safe = false;
            }
        }
        safe
    }

    fn is_language_map(&self, entries: &[(Spanned<String>, Spanned<Node>)]) -> bool {
        entries.iter().any(|(k, _)| self.config.languages.contains_key(k.value.as_str()))
    }

    /// `{ nl: ..., en: ... }`: a text for every language of the site.
    fn language_map(
        &self,
        path: &str,
        position: Position,
        entries: Vec<(Spanned<String>, Spanned<Node>)>,
        problems: &mut Diagnostics,
    ) -> Option<HashMap<String, String>> {
        let mut texts = HashMap::new();
        for (lang, node) in entries {
            let at = self.at(&lang.referenced);
            if !self.config.languages.contains_key(lang.value.as_str()) {
                let codes: Vec<&str> = self.config.language_codes().collect();
                problems.push(
                    Diagnostic::error(Rule::Data, self.file, at, text!("data-unknown-language", lang = &lang.value))
                        .with_hint(text!("data-unknown-language-hint", languages = codes.join(", "))),
                );
                continue;
            }
            match node.value {
                Node::Text(text) => {
                    self.check_text(path, &text, self.at(&node.referenced), problems);
                    texts.insert(lang.value, text);
                }
                Node::Map(_) => {
                    problems.push(
                        Diagnostic::error(
                            Rule::Data,
                            self.file,
                            at,
                            text!("data-language-group", lang = &lang.value, key = path),
                        )
                        .with_hint(text!("data-language-group-hint")),
                    );
                }
                Node::Other(kind) => {
                    problems.push(
                        Diagnostic::error(
                            Rule::Data,
                            self.file,
                            self.at(&node.referenced),
                            text!("data-language-not-text", lang = &lang.value, key = path, kind = kind),
                        )
                        .with_hint(text!("data-language-not-text-hint")),
                    );
                }
            }
        }
        for lang in self.config.language_codes() {
            if !texts.contains_key(lang) {
                problems.push(
                    Diagnostic::error(
                        Rule::Data,
                        self.file,
                        position,
                        text!("data-missing-language", key = path, lang = lang),
                    )
                    .with_hint(text!("data-missing-language-hint", lang = lang)),
                );
            }
        }
        // A value with a missing language still fills the others, so that templates report
        // nothing more than this file's own finding.
        Some(texts)
    }

    fn check_text(&self, path: &str, text: &str, position: Position, problems: &mut Diagnostics) {
        if let Some(d) = crate::load::yaml::check_text(Rule::Data, self.file, position, path, text) {
            problems.push(d);
        }
    }
}

/// `contact.helpdesk.phone` → `{ contact: { helpdesk: { phone: text } } }`.
fn insert_path(tree: &mut serde_json::Map<String, serde_json::Value>, key: &str, text: String) {
    let mut parts = key.split('.').peekable();
    let mut map = tree;
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            map.insert(part.to_string(), serde_json::Value::String(text));
            return;
        }
        let entry = map.entry(part.to_string()).or_insert_with(|| serde_json::Value::Object(Default::default()));
        let serde_json::Value::Object(inner) = entry else { return };
        map = inner;
    }
}

/// A name that templates can write after a dot: letters, digits and `_`, not starting with a
/// digit.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// One node of a data file: a text, a group of keys, or anything else (its kind, which the
/// message selects on: `number`, `bool`, `list`, `empty`).
enum Node {
    Text(String),
    Map(Vec<(Spanned<String>, Spanned<Node>)>),
    Other(&'static str),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text or a group of `key: value` lines")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Text(v.to_string()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Node, E> {
        Ok(Node::Text(v))
    }

    // Numbers are refused, not converted: `phone: 0881234567` would lose its leading zero.
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<Node, E> {
        Ok(Node::Other("number"))
    }

    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<Node, E> {
        Ok(Node::Other("number"))
    }

    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<Node, E> {
        Ok(Node::Other("number"))
    }

    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Node, E> {
        Ok(Node::Other("bool"))
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Node, E> {
        Ok(Node::Other("empty"))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Node, E> {
        Ok(Node::Other("empty"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Node::Other("list"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries: Vec<(Spanned<String>, Spanned<Node>)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            let value = map.next_value::<Spanned<Node>>()?;
            if !seen.insert(key.value.clone()) {
                return Err(serde::de::Error::custom(format!("duplicate mapping key: {}", key.value)));
            }
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> SiteConfig {
        SiteConfig::parse(
            "base_url: https://example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: T }\n  en: { name: English, title: T }\n",
            "site.yaml".into(),
        )
        .expect("config")
    }

    fn load(text: &str) -> (SiteData, Diagnostics) {
        let config = config();
        let mut data = SiteData::default();
        let problems = data.add_file("contact", text, Path::new("data/contact.yaml"), &config);
        data.build_trees(&config);
        (data, problems)
    }

    #[test]
    fn values_are_shared_or_picked_by_language() {
        let (data, problems) = load(
            "phone: \"088 123 45 67\"\nhelpdesk:\n  hours:\n    nl: \"ma-vr 9-17 uur\"\n    en: \"Mon-Fri 9am-5pm\"\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(data.lookup("contact.phone", "en"), Ok("088 123 45 67"));
        assert_eq!(data.lookup("contact.helpdesk.hours", "nl"), Ok("ma-vr 9-17 uur"));
        assert_eq!(data.lookup("contact.helpdesk.hours", "en"), Ok("Mon-Fri 9am-5pm"));
        let tree = data.template_value("en");
        assert!(tree.to_string().contains("Mon-Fri 9am-5pm"), "{tree}");
    }

    #[test]
    fn a_value_missing_for_a_language_is_an_error_at_its_line() {
        let (_, problems) = load("phone: \"088\"\nhours:\n  nl: \"ma-vr\"\n");
        let found: Vec<String> =
            problems.iter().map(|d| format!("{}:{} {}", d.position.line, d.position.column, d.message)).collect();
        assert_eq!(found, ["2:1 `contact.hours` has no text in `en`."]);
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        assert_eq!(
            nl.format(&problems.iter().next().expect("one").message),
            "`contact.hours` heeft geen tekst in `en`."
        );
    }

    #[test]
    fn numbers_unknown_languages_and_lists_are_findings() {
        let (_, problems) = load("phone: 0881234567\nhours: { nl: a, en: b, fr: c }\nlist: [a, b]\n");
        let lines: Vec<usize> = problems.iter().map(|d| d.position.line).collect();
        assert_eq!(lines, [1, 2, 3], "{problems:?}");
        let (_, problems) = load("phone: a\nphone: b\n");
        assert_eq!(problems.iter().next().map(|d| d.message.to_string()).as_deref(), Some("`phone` is written twice."));
    }

    #[test]
    fn deep_nesting_and_many_keys_stay_near_linear() {
        let start = std::time::Instant::now();
        let deep = "{a: ".repeat(100_000) + &"}".repeat(100_000);
        let (_, problems) = load(&format!("x: {deep}\n"));
        assert!(problems.has_errors(), "a nesting that deep is refused, not followed");
        let deep: String = (0..MAX_DEPTH + 1).map(|i| format!("{}a:\n", "  ".repeat(i))).collect();
        let (_, problems) = load(&(deep + &"  ".repeat(MAX_DEPTH + 1) + "a: \"x\"\n"));
        assert!(problems.has_errors());
        let many: String = (0..20_000).map(|i| format!("k{i}: \"v\"\n")).collect();
        let (data, problems) = load(&many);
        assert!(problems.is_empty() && data.lookup("contact.k19999", "nl") == Ok("v"));
        assert!(start.elapsed() < std::time::Duration::from_secs(20), "{:?}", start.elapsed());
    }

    #[test]
    fn a_url_and_a_label_are_a_link_and_unsafe_addresses_are_refused() {
        let (data, problems) = load(
            "form:\n  url: { nl: \"https://a.nl/f\", en: \"https://a.nl/en/f\" }\n  label: \"het formulier\"\nbad:\n  url: \"javascript:alert(1)\"\n  label: \"x\"\nrel:\n  url: \"contact.md\"\n  label: \"y\"\n",
        );
        let found: Vec<(usize, usize)> = problems.iter().map(|d| (d.position.line, d.position.column)).collect();
        assert_eq!(found, [(5, 8), (8, 8)], "{problems:?}");
        assert_eq!(
            data.lookup_value("contact.form", "en"),
            Ok(DataValue::Link { url: "https://a.nl/en/f", label: "het formulier" })
        );
        assert_eq!(data.lookup("contact.form.url", "nl"), Ok("https://a.nl/f"));
        // A refused address is never kept: the value is its label, as text.
        assert_eq!(data.lookup_value("contact.bad", "nl"), Ok(DataValue::Text("x")));
        assert!(data.lookup("contact.bad.url", "nl").is_err());
        assert!(!data.template_value("nl").to_string().contains("javascript"));
        assert!(link_url_allowed("tel:+31880000000") && link_url_allowed("/nl/contact/"));
        assert!(!link_url_allowed("//evil.example") && !link_url_allowed(" JavaScript:x"));
    }

    #[test]
    fn unknown_keys_get_did_you_mean() {
        let (data, _) = load("phone: \"088\"\nhelpdesk: { mail: \"a@b.nl\" }\n");
        let err = data.lookup("contact.phnoe", "nl").unwrap_err();
        assert_eq!(err.message.to_string(), "There is no shared value `contact.phnoe`.");
        assert_eq!(err.hint.to_string(), "Did you mean `contact.phone`?");
        let nl = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        assert_eq!(nl.format(&err.message), "Er is geen gedeelde waarde `contact.phnoe`.");
        let err = data.lookup("contact.helpdesk", "nl").unwrap_err();
        assert!(err.hint.to_string().contains("contact.helpdesk.mail"), "{err:?}");
    }
}
