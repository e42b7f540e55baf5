//! Front matter: splitting a Markdown file into its YAML block and body, and the strict
//! schema of the site contract with every error placed at a line of the Markdown file.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::load::yaml;
use crate::rules::Rule;
use crate::text;
use jiff::civil::Date;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::path::Path;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFrontMatter {
    title: Spanned<String>,
    description: Spanned<String>,
    translation_key: Option<Spanned<String>>,
    breadcrumb: Option<Spanned<String>>,
    weight: Option<i64>,
    date: Option<Spanned<String>>,
    updated: Option<Spanned<String>>,
    #[serde(default)]
    draft: bool,
    template: Option<Spanned<String>>,
    image: Option<Spanned<Image>>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    extra: Option<Spanned<serde_json::Map<String, serde_json::Value>>>,
    search: Option<bool>,
    checks: Option<Spanned<PageChecks>>,
    lead: Option<bool>,
    toc: Option<bool>,
    listed: Option<bool>,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    text_language: Option<Spanned<String>>,
    group: Option<Spanned<String>>,
    #[serde(default)]
    groups: Vec<Spanned<GroupDecl>>,
    cards: Option<Spanned<RawCards>>,
}

/// `cards:` as written: a heading and the cards below it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCards {
    title: String,
    items: Vec<Spanned<RawCard>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCard {
    title: String,
    text: String,
    link: Spanned<String>,
    icon: Option<Spanned<String>>,
    image: Option<Spanned<Image>>,
}

/// The icons a card may show: inline SVG drawn by the theme (`partials/icon.html`), never
/// markup from the site.
pub const ICONS: &[&str] = &["question", "clock", "document", "home", "phone", "calendar", "euro", "people"];

/// A page's own list of cards (`cards:`), shown by the theme after its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cards {
    /// The heading above the cards.
    pub title: String,
    pub items: Vec<Card>,
}

/// One card: a title, a short text, a link (resolved like a Markdown link) and an icon of
/// [`ICONS`] or an image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub title: String,
    pub text: String,
    pub link: Located<String>,
    pub icon: Option<String>,
    pub image: Option<Located<Image>>,
    /// Where the card starts (`- title:`).
    pub position: Position,
}

/// One group of a section's overview (`groups:`): its key, which the children name with
/// `group:`, and its heading in the section's language.
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct GroupDecl {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Image {
    pub src: String,
    /// Required; an empty string marks the image as decorative.
    pub alt: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct PageChecks {
    #[serde(default)]
    pub allow: Vec<String>,
    pub reason: String,
}

/// The keys of [`RawFrontMatter`] with their types, so that every wrong key of a page is
/// found at once (see [`yaml::parse_all`]).
const FIELDS: &[yaml::Field] = &[
    yaml::Field::new::<Spanned<String>>("title", true),
    yaml::Field::new::<Spanned<String>>("description", true),
    yaml::Field::new::<Option<Spanned<String>>>("translation_key", false),
    yaml::Field::new::<Option<Spanned<String>>>("breadcrumb", false),
    yaml::Field::new::<Option<i64>>("weight", false),
    yaml::Field::new::<Option<Spanned<String>>>("date", false),
    yaml::Field::new::<Option<Spanned<String>>>("updated", false),
    yaml::Field::new::<bool>("draft", false),
    yaml::Field::new::<Option<Spanned<String>>>("template", false),
    yaml::Field::new::<Option<Spanned<Image>>>("image", false),
    yaml::Field::new::<Vec<Spanned<String>>>("aliases", false),
    yaml::Field::new::<Option<Spanned<serde_json::Map<String, serde_json::Value>>>>("extra", false),
    yaml::Field::new::<Option<bool>>("search", false),
    yaml::Field::new::<Option<Spanned<PageChecks>>>("checks", false),
    yaml::Field::new::<Option<bool>>("lead", false),
    yaml::Field::new::<Option<bool>>("toc", false),
    yaml::Field::new::<Option<bool>>("listed", false),
    yaml::Field::new::<Vec<Spanned<String>>>("topics", false),
    yaml::Field::new::<Option<Spanned<String>>>("text_language", false),
    yaml::Field::new::<Option<Spanned<String>>>("group", false),
    yaml::Field::new::<Vec<Spanned<GroupDecl>>>("groups", false),
    yaml::Field::new::<Option<Spanned<RawCards>>>("cards", false),
];

/// A value from the front matter with the position it was written at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub position: Position,
}

#[derive(Debug, Clone)]
pub struct FrontMatter {
    pub title: String,
    pub description: String,
    /// Where `title` and `description` are written, for findings about them.
    pub title_at: Position,
    pub description_at: Position,
    pub translation_key: Option<Located<String>>,
    pub breadcrumb: Option<String>,
    pub weight: Option<i64>,
    pub date: Option<Date>,
    pub updated: Option<Date>,
    pub draft: bool,
    pub template: Option<Located<String>>,
    pub image: Option<Located<Image>>,
    pub aliases: Vec<Located<String>>,
    pub extra: serde_json::Map<String, serde_json::Value>,
    pub search: bool,
    pub checks: Option<Located<PageChecks>>,
    /// `lead: false`: the description is not repeated as the lead under the title.
    pub lead: bool,
    /// `toc: true`/`false` forces the table of contents on or off; `None` follows
    /// `site.yaml`'s `toc_min_headings`.
    pub toc: Option<bool>,
    /// `listed: false`: kept out of automatic lists (cards, section listings, feeds); still
    /// built, searchable and in the sitemap.
    pub listed: bool,
    /// Keys of topics of `site.yaml`, as written (checked against the topics when the site is
    /// known).
    pub topics: Vec<Located<String>>,
    /// `text_language: en`: the language the page's text is in, where that is not the
    /// language of its tree (an Arabic page not yet translated, with the English text). A
    /// BCP 47 code; `None` when the text is in the tree's language.
    pub text_language: Option<Located<String>>,
    /// `group:` the key of one of the parent section's `groups` (checked with the tree,
    /// `load::groups`).
    pub group: Option<Located<String>>,
    /// `groups:` on a section: its children's cards are shown per group, in this order.
    pub groups: Vec<Located<GroupDecl>>,
    /// `cards:` a heading and cards to show after the content.
    pub cards: Option<Cards>,
}

impl FrontMatter {
    /// `updated`, or `date` where no update is given.
    pub fn last_changed(&self) -> Option<Date> {
        self.updated.or(self.date)
    }

    pub fn allows(&self, rule: &str) -> bool {
        self.checks.as_ref().is_some_and(|c| c.value.allow.iter().any(|r| r == rule))
    }
}

/// A Markdown file split into front matter and body.
#[derive(Debug, Clone)]
pub struct SplitFile<'a> {
    pub yaml: &'a str,
    /// 1-based line of the file where the YAML starts.
    pub yaml_line: usize,
    pub body: &'a str,
    /// Byte offset of the body in the file's text.
    pub body_offset: usize,
}

/// Splits `text` (with `\n` line ends) at its `---` fences.
pub fn split<'a>(text: &'a str, file: &Path) -> Result<SplitFile<'a>, Diagnostic> {
    let Some(after_open) = text.strip_prefix("---\n").or_else(|| (text == "---").then_some("")) else {
        return Err(Diagnostic::error(Rule::FrontMatter, file, Position::START, text!("fm-none"))
            .with_hint(text!("fm-none-hint")));
    };
    let mut offset = 4;
    for line in after_open.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &text[4..offset];
            let body_offset = (offset + line.len()).min(text.len());
            return Ok(SplitFile { yaml, yaml_line: 2, body: &text[body_offset..], body_offset });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(Rule::FrontMatter, file, Position::START, text!("fm-unclosed"))
        .with_hint(text!("fm-unclosed-hint")))
}

/// Parses and validates the YAML block; all problems are returned together.
pub fn parse(split: &SplitFile<'_>, file: &Path) -> Result<FrontMatter, Diagnostics> {
    let raw: RawFrontMatter = yaml::parse_all(split.yaml, file, split.yaml_line, Rule::FrontMatter, FIELDS)?;
    let mut problems = Diagnostics::new();
    problems.extend(control_characters(&raw, split, file));
    let at = |location: &serde_saphyr::Location| {
        Position::new(split.yaml_line + location.line() as usize - 1, location.column() as usize)
    };
    let located = |s: Spanned<String>| Located { position: at(&s.referenced), value: s.value };

    for (key, value) in [("title", &raw.title), ("description", &raw.description)] {
        if value.value.trim().is_empty() {
            problems.push(
                Diagnostic::error(Rule::FrontMatter, file, at(&value.referenced), text!("fm-empty", key = key))
                    .with_hint(text!("fm-empty-hint", key = key)),
            );
        }
    }
    let mut date = |value: Option<Spanned<String>>, key: &str| {
        let value = value?;
        match parse_date(&value.value) {
            Some(date) => Some(date),
            None => {
                let position = at(&value.referenced);
                // `date: “2026-11-29”`, pasted from a word processor: the quotes are the mistake.
                let unquoted = value.value.trim_matches(yaml::TYPOGRAPHIC_QUOTES);
                let finding = match value.value.chars().find(|c| yaml::TYPOGRAPHIC_QUOTES.contains(c)) {
                    Some(quote) if parse_date(unquoted).is_some() => Diagnostic::error(
                        Rule::FrontMatter,
                        file,
                        position,
                        text!("fm-typographic-quote", quote = quote.to_string()),
                    )
                    .with_hint(text!("fm-typographic-quote-hint", fixed = format!("{key}: {unquoted}"))),
                    _ => Diagnostic::error(
                        Rule::FrontMatter,
                        file,
                        position,
                        text!("fm-bad-date", key = key, value = &value.value),
                    )
                    .with_hint(text!("fm-bad-date-hint", key = key)),
                };
                problems.push(finding);
                None
            }
        }
    };
    let date_value = date(raw.date, "date");
    let updated = date(raw.updated, "updated");
    if let Some(key) = &raw.translation_key {
        if key.value.trim().is_empty() {
            problems.push(
                Diagnostic::error(Rule::FrontMatter, file, at(&key.referenced), text!("fm-translation-key-empty"))
                    .with_hint(text!("fm-translation-key-empty-hint")),
            );
        }
    }
    if let Some(template) = &raw.template {
        let name = &template.value;
        if name.contains("..") || name.starts_with('/') || !name.ends_with(".html") {
            problems.push(
                Diagnostic::error(
                    Rule::FrontMatter,
                    file,
                    at(&template.referenced),
                    text!("fm-template-name", name = name),
                )
                .with_hint(text!("fm-template-name-hint")),
            );
        }
    }
    if let Some(checks) = &raw.checks {
        if checks.value.reason.trim().is_empty() {
            problems.push(
                Diagnostic::error(Rule::FrontMatter, file, at(&checks.referenced), text!("fm-checks-reason"))
                    .with_hint(text!("fm-checks-reason-hint")),
            );
        }
    }
    if let Some(code) = &raw.text_language {
        if !is_language_code(&code.value) {
            problems.push(
                Diagnostic::error(
                    Rule::FrontMatter,
                    file,
                    at(&code.referenced),
                    text!("fm-text-language", value = &code.value),
                )
                .with_hint(text!("fm-text-language-hint")),
            );
        }
    }
    problems.extend(check_groups(&raw.groups, file, at));
    if let Some(cards) = &raw.cards {
        problems.extend(check_cards(cards, file, at));
    }
    if problems.has_errors() {
        return Err(problems);
    }
    Ok(FrontMatter {
        title_at: at(&raw.title.referenced),
        description_at: at(&raw.description.referenced),
        title: raw.title.value,
        description: raw.description.value,
        translation_key: raw.translation_key.map(located),
        breadcrumb: raw.breadcrumb.map(|b| b.value),
        weight: raw.weight,
        date: date_value,
        updated,
        draft: raw.draft,
        template: raw.template.map(located),
        image: raw.image.map(|s| Located { position: at(&s.referenced), value: s.value }),
        aliases: raw.aliases.into_iter().map(located).collect(),
        extra: raw.extra.map(|e| e.value).unwrap_or_default(),
        search: raw.search.unwrap_or(true),
        checks: raw.checks.map(|s| Located { position: at(&s.referenced), value: s.value }),
        lead: raw.lead.unwrap_or(true),
        toc: raw.toc,
        listed: raw.listed.unwrap_or(true),
        topics: raw.topics.into_iter().map(located).collect(),
        text_language: raw.text_language.map(located),
        group: raw.group.map(located),
        groups: raw.groups.into_iter().map(|g| Located { position: at(&g.referenced), value: g.value }).collect(),
        cards: raw.cards.map(|c| Cards {
            title: c.value.title,
            items: c
                .value
                .items
                .into_iter()
                .map(|item| Card {
                    position: at(&item.referenced),
                    title: item.value.title,
                    text: item.value.text,
                    link: located(item.value.link),
                    icon: item.value.icon.map(|i| i.value),
                    image: item.value.image.map(|i| Located { position: at(&i.referenced), value: i.value }),
                })
                .collect(),
        }),
    })
}

/// Cards have a heading, a title and text each, and an icon of [`ICONS`] or an image, not
/// both.
fn check_cards(
    cards: &Spanned<RawCards>,
    file: &Path,
    at: impl Fn(&serde_saphyr::Location) -> Position,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let empty = |position, key: &str| {
        Diagnostic::error(Rule::FrontMatter, file, position, text!("fm-card-empty", key = key))
            .with_hint(text!("fm-card-empty-hint", key = key))
    };
    if cards.value.title.trim().is_empty() {
        problems.push(
            Diagnostic::error(Rule::FrontMatter, file, at(&cards.referenced), text!("fm-cards-title"))
                .with_hint(text!("fm-cards-title-hint")),
        );
    }
    if cards.value.items.is_empty() {
        problems.push(
            Diagnostic::error(Rule::FrontMatter, file, at(&cards.referenced), text!("fm-cards-none"))
                .with_hint(text!("fm-cards-none-hint")),
        );
    }
    for item in &cards.value.items {
        let position = at(&item.referenced);
        let card = &item.value;
        for (key, value) in [("title", &card.title), ("text", &card.text), ("link", &card.link.value)] {
            if value.trim().is_empty() {
                problems.push(empty(position, key));
            }
        }
        if let Some(icon) = &card.icon {
            if !ICONS.contains(&icon.value.as_str()) {
                let nearest = ICONS
                    .iter()
                    .map(|name| (strsim::levenshtein(&icon.value.to_lowercase(), name), *name))
                    .min()
                    .filter(|(distance, _)| *distance <= 3);
                let hint = match nearest {
                    Some((_, name)) => text!("fm-card-icon-nearest", nearest = name, icons = ICONS.join(", ")),
                    None => text!("fm-card-icon-list", icons = ICONS.join(", ")),
                };
                problems.push(
                    Diagnostic::error(
                        Rule::FrontMatter,
                        file,
                        at(&icon.referenced),
                        text!("fm-card-icon", icon = &icon.value),
                    )
                    .with_hint(hint),
                );
            }
            if card.image.is_some() {
                problems.push(
                    Diagnostic::error(Rule::FrontMatter, file, at(&icon.referenced), text!("fm-card-icon-and-image"))
                        .with_hint(text!("fm-card-icon-and-image-hint")),
                );
            }
        }
    }
    problems
}

/// A group key is an id in the page (lowercase letters, digits, `-`), written once; its
/// label is not empty.
fn check_groups(
    groups: &[Spanned<GroupDecl>],
    file: &Path,
    at: impl Fn(&serde_saphyr::Location) -> Position,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for group in groups {
        let position = at(&group.referenced);
        let key = group.value.key.as_str();
        let well_formed = key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            problems.push(
                Diagnostic::error(Rule::FrontMatter, file, position, text!("fm-group-key", key = key))
                    .with_hint(text!("fm-group-key-hint")),
            );
        } else if !seen.insert(key) {
            problems.push(
                Diagnostic::error(Rule::FrontMatter, file, position, text!("fm-group-twice", key = key))
                    .with_hint(text!("fm-group-twice-hint")),
            );
        }
        if group.value.label.trim().is_empty() {
            problems.push(
                Diagnostic::error(Rule::FrontMatter, file, position, text!("fm-group-label", key = key))
                    .with_hint(text!("fm-group-label-hint")),
            );
        }
    }
    problems
}

/// Whether `code` is a BCP 47 language tag (`en`, `fa-AF`, `sr-Latn`), as `lang` takes it.
fn is_language_code(code: &str) -> bool {
    !code.is_empty() && code.parse::<icu_locale::LanguageIdentifier>().is_ok()
}

/// Control characters in any text of the front matter (aliases have their own rule), each at
/// the line of its key.
fn control_characters(raw: &RawFrontMatter, split: &SplitFile<'_>, file: &Path) -> Vec<Diagnostic> {
    let at = |location: &serde_saphyr::Location| {
        Position::new(split.yaml_line + location.line() as usize - 1, location.column() as usize)
    };
    let mut texts: Vec<(String, Position, &str)> = Vec::new();
    for (key, value) in [
        ("title", Some(&raw.title)),
        ("description", Some(&raw.description)),
        ("translation_key", raw.translation_key.as_ref()),
        ("breadcrumb", raw.breadcrumb.as_ref()),
        ("date", raw.date.as_ref()),
        ("updated", raw.updated.as_ref()),
        ("template", raw.template.as_ref()),
        ("text_language", raw.text_language.as_ref()),
    ] {
        if let Some(value) = value {
            texts.push((key.to_string(), at(&value.referenced), &value.value));
        }
    }
    for topic in &raw.topics {
        texts.push(("topics".into(), at(&topic.referenced), &topic.value));
    }
    if let Some(group) = &raw.group {
        texts.push(("group".into(), at(&group.referenced), &group.value));
    }
    for group in &raw.groups {
        texts.push(("groups: label".into(), at(&group.referenced), &group.value.label));
    }
    if let Some(cards) = &raw.cards {
        texts.push(("cards: title".into(), at(&cards.referenced), &cards.value.title));
        for item in &cards.value.items {
            let position = at(&item.referenced);
            for (key, value) in [("cards: title", &item.value.title), ("cards: text", &item.value.text)] {
                texts.push((key.into(), position, value));
            }
            texts.push(("cards: link".into(), at(&item.value.link.referenced), &item.value.link.value));
            if let Some(image) = &item.value.image {
                texts.push(("cards: image: alt".into(), at(&image.referenced), &image.value.alt));
            }
        }
    }
    if let Some(image) = &raw.image {
        texts.push(("image: src".into(), at(&image.referenced), &image.value.src));
        texts.push(("image: alt".into(), at(&image.referenced), &image.value.alt));
    }
    if let Some(checks) = &raw.checks {
        texts.push(("checks: reason".into(), at(&checks.referenced), &checks.value.reason));
        for rule in &checks.value.allow {
            texts.push(("checks: allow".into(), at(&checks.referenced), rule));
        }
    }
    if let Some(extra) = &raw.extra {
        let start = at(&extra.referenced);
        for (key, value) in &extra.value {
            let mut bad: Option<&str> = yaml::forbidden_character(key).map(|_| key.as_str());
            json_texts(value, &mut |text| {
                if bad.is_none() && yaml::forbidden_character(text).is_some() {
                    bad = Some(text);
                }
            });
            // Looked up only for a finding: a search per key would be quadratic in the keys.
            if let Some(text) = bad {
                texts.push((format!("extra: {key}"), key_position(split, start, key), text));
            }
        }
    }
    texts
        .into_iter()
        .filter_map(|(key, position, text)| yaml::check_text(Rule::FrontMatter, file, position, &key, text))
        .collect()
}

/// Every string in a JSON value (the free `extra` fields), keys included.
fn json_texts<'a>(value: &'a serde_json::Value, each: &mut impl FnMut(&'a str)) {
    match value {
        serde_json::Value::String(text) => each(text),
        serde_json::Value::Array(items) => items.iter().for_each(|item| json_texts(item, each)),
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                each(key);
                json_texts(item, each);
            }
        }
        _ => {}
    }
}

/// Where `key` is written at or after `from` in the front matter (the `extra` fields have
/// no positions of their own); `from` when it is not found.
fn key_position(split: &SplitFile<'_>, from: Position, key: &str) -> Position {
    let first = from.line.saturating_sub(split.yaml_line);
    for (i, line) in split.yaml.lines().enumerate().skip(first) {
        if let Some(column) = line.find(key) {
            return Position::new(split.yaml_line + i, line[..column].chars().count() + 1);
        }
    }
    from
}

/// Strictly `YYYY-MM-DD` and a real calendar day.
pub fn parse_date(text: &str) -> Option<Date> {
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if !well_formed {
        return None;
    }
    text.parse::<Date>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nl(text: &crate::messages::Text) -> String {
        crate::messages::Messages::new(crate::messages::EditorLang::Nl).format(text)
    }

    fn parse_text(text: &str) -> Result<FrontMatter, Diagnostics> {
        let file = Path::new("p.md");
        let split = split(text, file).map_err(|d| Diagnostics::from_iter([d]))?;
        parse(&split, file)
    }

    #[test]
    fn splits_and_parses_all_keys() {
        let text = "---\ntitle: T\ndescription: D\ntranslation_key: k\nbreadcrumb: B\nweight: 3\ndate: 2026-01-31\nupdated: 2026-02-01\ndraft: true\ntemplate: story.html\nimage: { src: a.svg, alt: \"\" }\naliases: [/nl/oud/]\nextra: { quote: Hallo }\nsearch: false\nchecks: { allow: [missing-translation], reason: only Dutch }\n---\nBody\n";
        let fm = parse_text(text).unwrap();
        assert_eq!(fm.title, "T");
        assert_eq!(fm.weight, Some(3));
        assert_eq!(fm.last_changed().unwrap().to_string(), "2026-02-01");
        assert_eq!(fm.aliases[0].position, Position::new(12, 11));
        assert_eq!(fm.extra["quote"], "Hallo");
        assert!(!fm.search && fm.draft && fm.allows("missing-translation"));
        assert_eq!(split(text, Path::new("p.md")).unwrap().body, "Body\n");
    }

    #[test]
    fn bad_dates_are_reported_at_their_line() {
        let errors =
            parse_text("---\ntitle: T\ndescription: D\ndate: 2026-02-30\nupdated: 29-11-2026\n---\n").unwrap_err();
        let lines: Vec<usize> = errors.sorted().iter().map(|d| d.position.line).collect();
        assert_eq!(lines, [4, 5]);
    }

    #[test]
    fn unclosed_and_missing_front_matter() {
        let unclosed = parse_text("---\ntitle: T\n").unwrap_err().sorted()[0].message.clone();
        assert_eq!(unclosed.id(), "fm-unclosed");
        assert_eq!(nl(&unclosed), "De instellingen bovenaan de pagina hebben geen slotregel.");
        let none = parse_text("# Hello\n").unwrap_err().sorted()[0].message.clone();
        assert_eq!(nl(&none), "Deze pagina begint niet met de instellingen.");
        assert!(parse_text("").is_err());
    }

    #[test]
    fn control_characters_in_any_text_are_errors_at_their_line() {
        let text = "---\ntitle: \"Nieuws\\x01\"\ndescription: \"a\\u0085\"\nbreadcrumb: \"\\x7f\"\nimage: { src: a.svg, alt: \"\\uFFFE\" }\nextra:\n  quote: ok\n  person: { name: \"\\x1b[31m\" }\n---\n";
        let errors = parse_text(text).unwrap_err();
        let found: Vec<(usize, usize, String)> =
            errors.sorted().iter().map(|d| (d.position.line, d.position.column, d.message.to_string())).collect();
        assert_eq!(
            found,
            [
                (2, 8, "`title` holds the invisible control character U+0001.".to_string()),
                (3, 14, "`description` holds the invisible control character U+0085.".to_string()),
                (4, 13, "`breadcrumb` holds the invisible control character U+007F.".to_string()),
                (5, 8, "`image: alt` holds the invisible control character U+FFFE.".to_string()),
                (8, 3, "`extra: person` holds the invisible control character U+001B.".to_string()),
            ]
        );
        assert!(parse_text("---\ntitle: \"a\\tb\"\ndescription: |\n  twee\n  regels\n---\n").is_ok());
    }

    #[test]
    fn image_alt_is_required() {
        let errors = parse_text("---\ntitle: T\ndescription: D\nimage: { src: a.png }\n---\n").unwrap_err();
        assert!(errors.sorted()[0].message.to_string().contains("`alt`"), "{:?}", errors);
    }

    #[test]
    fn the_checked_keys_are_the_keys_of_the_front_matter() {
        let names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(names, yaml::struct_fields::<RawFrontMatter>());
    }

    #[test]
    fn every_wrong_setting_of_a_page_is_found_at_once_in_dutch_too() {
        let text =
            "---\ntitle: T\ndescripton: D\nweight: twee\ndraft: ja\ndate: 2026-13-01\nimage: { src: a.png }\n---\n";
        let errors = parse_text(text).unwrap_err();
        let found: Vec<(usize, String)> = errors.sorted().iter().map(|d| (d.position.line, nl(&d.message))).collect();
        assert_eq!(
            found,
            [
                (3, "loket kent de instelling `descripton` niet.".to_string()),
                (4, "Bij `weight` hoort een heel getal.".to_string()),
                (5, "Bij `draft` hoort `true` of `false`, niet ‘ja’.".to_string()),
                (7, "De instelling `alt` ontbreekt.".to_string()),
            ],
            "a date is checked once the settings can be read; `descripton` is not also a missing `description`"
        );
        let hint = errors.sorted()[0].hint.clone().expect("hint");
        assert!(
            nl(&hint).starts_with("Bedoel je `description`? De instellingen zijn: title, description,"),
            "{}",
            nl(&hint)
        );
    }

    #[test]
    fn a_date_in_curly_quotes_names_the_quotes() {
        let errors = parse_text("---\ntitle: T\ndescription: D\ndate: “2026-11-29”\n---\n").unwrap_err();
        let d = errors.sorted()[0].clone();
        assert_eq!(d.position, Position::new(4, 7));
        assert!(nl(&d.message).starts_with("Het aanhalingsteken “ is een krul"), "{}", nl(&d.message));
        assert_eq!(d.hint.map(|h| nl(&h)).as_deref(), Some("Gebruik rechte aanhalingstekens, zo: `date: 2026-11-29`"));
    }
}
