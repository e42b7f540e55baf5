//! `site.yaml`: the site's settings (languages, base URL, menus, alert, check levels), read
//! strictly so that a typo is an error rather than a silently ignored key.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::images::ImageSettings;
use crate::lang::{Direction, Lang};
use crate::load::yaml;
use crate::messages::{EditorLang, Text};
use crate::rules::Rule;
use crate::sitefs::Refusal;
use crate::text;
use indexmap::IndexMap;
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "site.yaml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: Spanned<String>,
    default_language: Spanned<String>,
    #[serde(default)]
    root_language: Option<Spanned<String>>,
    languages: IndexMap<String, Spanned<LanguageConfig>>,
    #[serde(default)]
    menus: IndexMap<String, Vec<Spanned<RawMenuEntry>>>,
    #[serde(default)]
    topics: IndexMap<String, Spanned<IndexMap<String, RawTermLabel>>>,
    #[serde(default)]
    topic_section: Option<Spanned<IndexMap<String, String>>>,
    #[serde(default)]
    alert: Option<Spanned<BTreeMap<String, String>>>,
    #[serde(default)]
    checks: IndexMap<String, Spanned<CheckLevel>>,
    #[serde(default)]
    plain_language: IndexMap<String, Spanned<RawPlainLanguage>>,
    #[serde(default)]
    review_after_days: Option<Spanned<i64>>,
    #[serde(default)]
    toc_min_headings: Option<Spanned<i64>>,
    #[serde(default)]
    editor_language: Option<Spanned<String>>,
    #[serde(default)]
    images: Option<Spanned<RawImages>>,
}

/// `images:` as written: the variants of pictures and the limits of what loket decodes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImages {
    #[serde(default)]
    widths: Option<Spanned<Vec<Spanned<i64>>>>,
    #[serde(default)]
    formats: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    quality: Option<Spanned<i64>>,
    #[serde(default)]
    max_pixels: Option<Spanned<i64>>,
    #[serde(default)]
    max_frames: Option<Spanned<i64>>,
}

/// The keys of [`RawConfig`] with their types, so that every wrong key of `site.yaml` is
/// found at once (see [`yaml::parse_all`]).
const FIELDS: &[yaml::Field] = &[
    yaml::Field::new::<Spanned<String>>("base_url", true),
    yaml::Field::new::<Spanned<String>>("default_language", true),
    yaml::Field::new::<Option<Spanned<String>>>("root_language", false),
    yaml::Field::new::<IndexMap<String, Spanned<LanguageConfig>>>("languages", true),
    yaml::Field::new::<IndexMap<String, Vec<Spanned<RawMenuEntry>>>>("menus", false),
    yaml::Field::new::<IndexMap<String, Spanned<IndexMap<String, RawTermLabel>>>>("topics", false),
    yaml::Field::new::<Option<Spanned<IndexMap<String, String>>>>("topic_section", false),
    yaml::Field::new::<Option<Spanned<BTreeMap<String, String>>>>("alert", false),
    yaml::Field::new::<IndexMap<String, Spanned<CheckLevel>>>("checks", false),
    yaml::Field::new::<IndexMap<String, Spanned<RawPlainLanguage>>>("plain_language", false),
    yaml::Field::new::<Option<Spanned<i64>>>("review_after_days", false),
    yaml::Field::new::<Option<Spanned<i64>>>("toc_min_headings", false),
    yaml::Field::new::<Option<Spanned<String>>>("editor_language", false),
    yaml::Field::new::<Option<Spanned<RawImages>>>("images", false),
];

/// A menu entry as written: a page's translation key, or an external link.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum RawMenuEntry {
    Key(String),
    Link(RawMenuLink),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMenuLink {
    /// One address for every language, or one per language (`{ nl: ..., en: ... }`).
    url: PerLanguage,
    label: IndexMap<String, String>,
    /// The language of the page the link leads to, where it differs from the menu's
    /// (`hreflang` on the link): one code, or one per language.
    #[serde(default)]
    lang: Option<PerLanguage>,
}

/// A menu link's value: the same in every language, or written per language code.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum PerLanguage {
    One(String),
    Each(IndexMap<String, String>),
}

impl PerLanguage {
    /// The value for `lang`: the one value, or that language's.
    fn get(&self, lang: &str) -> Option<&str> {
        match self {
            PerLanguage::One(value) => Some(value),
            PerLanguage::Each(values) => values.get(lang).map(String::as_str),
        }
    }

    /// Every value written, with its language code where it has one.
    fn written(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            PerLanguage::One(value) => vec![(None, value.as_str())],
            PerLanguage::Each(values) => values.iter().map(|(l, v)| (Some(l.as_str()), v.as_str())).collect(),
        }
    }

    /// The first value written, to name the link in messages.
    fn first(&self) -> &str {
        match self {
            PerLanguage::One(value) => value,
            PerLanguage::Each(values) => values.values().next().map_or("", String::as_str),
        }
    }
}

/// The plain-language limits of one language, as written (`plain_language: { nl: ... }`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlainLanguage {
    #[serde(default)]
    sentence_words: Option<Spanned<i64>>,
    #[serde(default)]
    paragraph_words: Option<Spanned<i64>>,
    #[serde(default)]
    min_score: Option<Spanned<f64>>,
}

/// What the plain-language checks hold a page of one language to.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlainLanguageLimits {
    /// A sentence of more words is too long (`long-sentence`).
    pub sentence_words: usize,
    /// A paragraph of more words is too long (`long-paragraph`).
    pub paragraph_words: usize,
    /// The lowest readability score at B1 (`readability`); `None` for a language loket has no
    /// readability formula for.
    pub min_score: Option<f64>,
}

/// The limits of plain language (B1) for Dutch and English, the languages loket has a measure
/// for: sentences of at most 25 words, paragraphs of at most 150, a score of 60 or more.
pub const DEFAULT_PLAIN_LANGUAGE: PlainLanguageLimits =
    PlainLanguageLimits { sentence_words: 25, paragraph_words: 150, min_score: Some(60.0) };

/// Whether loket has a readability formula and syllable counts for the language `code`
/// (`nl`, `nl-be`, `en`, `en-gb`): Flesch-Douma for Dutch, Flesch reading ease for English.
pub fn has_readability_formula(code: &str) -> bool {
    matches!(code.split('-').next(), Some("nl" | "en"))
}

/// A topic's label and slug in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTermLabel {
    label: String,
    slug: Option<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    /// The language's name in itself ("Nederlands"), for the language switcher. Optional in
    /// `site.yaml` for a language loket has interface strings for: then its `language-name`.
    #[serde(default)]
    pub name: String,
    /// The site's title in this language.
    pub title: String,
    /// The writing direction, where `site.yaml` sets it; otherwise it follows from the
    /// language's script ([`SiteConfig::direction`]).
    #[serde(default)]
    pub dir: Option<Direction>,
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum CheckLevel {
    Error,
    Warning,
    Off,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AlertKind {
    Notification,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub kind: AlertKind,
    /// Text per language code.
    pub texts: BTreeMap<String, String>,
}

/// One entry of a menu, with where it was written for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuEntry {
    pub target: MenuTarget,
    pub position: Position,
}

/// Where a menu entry leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MenuTarget {
    /// A page of the site, by its translation key.
    Page(String),
    /// Another site: an http(s) URL and a label per language, and per language the language
    /// of the page it leads to where `site.yaml` gives one (`lang:`).
    External { urls: IndexMap<String, String>, labels: IndexMap<String, String>, langs: IndexMap<String, String> },
}

impl MenuEntry {
    /// The translation key of the page it leads to, for a page entry.
    pub fn translation_key(&self) -> Option<&str> {
        match &self.target {
            MenuTarget::Page(key) => Some(key),
            MenuTarget::External { .. } => None,
        }
    }
}

/// The site's topics (a translated taxonomy): each term's label and slug per language, and
/// the folder of the topic pages per language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Topics {
    /// In the order of `site.yaml`, by key.
    pub terms: IndexMap<String, Term>,
    /// Per language, the slug of the topics overview (`onderwerpen`, `topics`).
    pub section: IndexMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// Per language, in the order of `languages`.
    pub labels: IndexMap<String, TermLabel>,
    pub position: Position,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermLabel {
    pub label: String,
    pub slug: String,
}

/// The topics folder of a language when `topic_section` names none.
pub fn default_topic_section(lang: &str) -> &'static str {
    match lang {
        "nl" => "onderwerpen",
        _ => "topics",
    }
}

#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Without a trailing slash: `https://example.org`.
    pub base_url: String,
    pub default_language: Lang,
    /// The language served at the root of the site (`/asiel/`), when `site.yaml` chooses
    /// one; the others live below `/<lang>/`. Without it every language has its folder and
    /// `/` is the language chooser.
    pub root_language: Option<Lang>,
    /// In the order of `site.yaml`; the first is not special, `default_language` is. Each
    /// code is read once: pages and the tree share its [`Lang`].
    pub languages: IndexMap<Lang, LanguageConfig>,
    pub menus: IndexMap<String, Vec<MenuEntry>>,
    pub topics: Topics,
    pub alert: Option<Alert>,
    pub checks: IndexMap<String, CheckLevel>,
    /// Where each rule of `checks` was written, for messages about it.
    pub check_positions: IndexMap<String, Position>,
    /// The limits of `plain_language:` per language code, for the languages that set any.
    pub plain_language: IndexMap<String, PlainLanguageLimits>,
    /// A page whose `updated` (or `date`) is older than this many days is due for review
    /// (`loket status`).
    pub review_after_days: u32,
    /// A page gets a table of contents from this many `##` headings (0: only pages with
    /// `toc: true`).
    pub toc_min_headings: usize,
    /// The language loket speaks to the site's editors in, when `site.yaml` chooses one
    /// (`--lang` and `LOKET_LANG` still win; see [`EditorLang::choose`]).
    pub editor_language: Option<EditorLang>,
    /// `images:`: the widths, formats and quality of picture variants, and the limits.
    pub images: ImageSettings,
    /// The file it was read from, for messages.
    pub file: PathBuf,
}

/// `review_after_days` when `site.yaml` sets none: a page is reviewed at least once a year.
pub const DEFAULT_REVIEW_AFTER_DAYS: u32 = 365;

/// `toc_min_headings` when `site.yaml` sets none.
pub const DEFAULT_TOC_MIN_HEADINGS: usize = 4;

impl SiteConfig {
    /// Reads `<root>/site.yaml`; every problem found is returned, not only the first.
    pub fn load(root: &Path) -> Result<SiteConfig, Diagnostics> {
        let file = PathBuf::from(CONFIG_FILE);
        let path = root.join(CONFIG_FILE);
        // Checked before opening: a link out of the site or a named pipe is never read.
        let bytes = match crate::sitefs::kind(root, &path).and_then(|_| crate::sitefs::read(root, &path)) {
            Ok(bytes) => bytes,
            Err(refusal @ (Refusal::Outside | Refusal::Special(_))) => {
                return Err(Diagnostics::from_iter([refusal.finding(root, &path, Rule::Config, CONFIG_FILE)]));
            }
            Err(refusal) => {
                let message = match refusal {
                    Refusal::Missing(_) => text!("config-missing", folder = root),
                    Refusal::Io(err) => text!("config-unreadable", error = err.to_string()),
                    // Handled above.
                    Refusal::Outside | Refusal::Special(_) => text!("config-unreadable", error = "not a regular file"),
                };
                return Err(Diagnostics::from_iter([Diagnostic::error(Rule::Config, file, Position::START, message)
                    .with_hint(text!("config-missing-hint", folder = root))]));
            }
        };
        match String::from_utf8(bytes) {
            Ok(text) => Self::parse(&crate::sitefs::lf_text(text), file),
            Err(_) => Err(Diagnostics::from_iter([Diagnostic::error(
                Rule::Encoding,
                &file,
                Position::START,
                text!("config-not-utf8", file = &file),
            )
            .with_hint(text!("config-not-utf8-hint"))])),
        }
    }

    pub fn parse(text: &str, file: PathBuf) -> Result<SiteConfig, Diagnostics> {
        let mut raw: RawConfig = yaml::parse_all(text, &file, 1, Rule::Config, FIELDS)?;
        let mut problems = Diagnostics::new();
        let at = |s: &serde_saphyr::Location| Position::new(s.line() as usize, s.column() as usize);

        problems.extend(control_characters(&raw, &file));
        let menus = menus(&raw, &file, &mut problems);
        let topics = topics(&raw, text, &file, &mut problems);
        let plain_language = plain_language(&raw, text, &file, &mut problems);
        let base_url = raw.base_url.value.trim_end_matches('/').to_string();
        if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
            problems.push(
                Diagnostic::error(
                    Rule::Config,
                    &file,
                    at(&raw.base_url.referenced),
                    text!("config-base-url", url = &base_url),
                )
                .with_hint(text!("config-base-url-hint")),
            );
        }
        if raw.languages.is_empty() {
            problems.push(
                Diagnostic::error(Rule::Config, &file, Position::START, text!("config-no-languages"))
                    .with_hint(text!("config-no-languages-hint")),
            );
        }
        for code in raw.languages.keys() {
            if !is_language_code(code) {
                problems.push(
                    Diagnostic::error(Rule::Config, &file, Position::START, text!("config-language-code", code = code))
                        .with_hint(text!("config-language-code-hint")),
                );
            }
        }
        // A language loket has strings for is named by them (`العربية`); any other needs `name`.
        for (code, language) in &mut raw.languages {
            if language.value.name.trim().is_empty() {
                match crate::load::builtin_locales::builtin_language_name(code) {
                    Some(name) => language.value.name = name,
                    None => problems.push(
                        Diagnostic::error(
                            Rule::Config,
                            &file,
                            at(&language.referenced),
                            text!("config-language-no-name", code = code.as_str()),
                        )
                        .with_hint(text!("config-language-no-name-hint", code = code.as_str())),
                    ),
                }
            }
        }
        let default_language = raw.default_language.value.clone();
        if !raw.languages.contains_key(&default_language) {
            problems.push(
                Diagnostic::error(
                    Rule::Config,
                    &file,
                    at(&raw.default_language.referenced),
                    text!("config-default-language", code = &default_language),
                )
                .with_hint(text!("config-default-language-hint", languages = languages_of(&raw))),
            );
        }

        let root_language = raw.root_language.as_ref().and_then(|written| {
            if raw.languages.contains_key(&written.value) {
                return Some(written.value.clone());
            }
            problems.push(
                Diagnostic::error(
                    Rule::Config,
                    &file,
                    at(&written.referenced),
                    text!("config-root-language", code = written.value.as_str()),
                )
                .with_hint(text!("config-root-language-hint", languages = languages_of(&raw))),
            );
            None
        });

        let languages_hint = languages_are(&raw);
        let alert = raw.alert.and_then(|spanned| {
            let position = at(&spanned.referenced);
            let mut texts = spanned.value;
            let kind = match texts.remove("kind").as_deref() {
                None | Some("notification") => Some(AlertKind::Notification),
                Some("error") => Some(AlertKind::Error),
                Some(other) => {
                    problems.push(
                        Diagnostic::error(Rule::Config, &file, position, text!("config-alert-kind", kind = other))
                            .with_hint(text!("config-alert-kind-hint")),
                    );
                    None
                }
            };
            for lang in texts.keys() {
                if !raw.languages.contains_key(lang) {
                    problems.push(
                        Diagnostic::error(Rule::Config, &file, position, text!("config-alert-language", lang = lang))
                            .with_hint(languages_hint.clone()),
                    );
                }
            }
            for lang in raw.languages.keys() {
                if !texts.contains_key(lang) {
                    problems.push(
                        Diagnostic::error(Rule::Config, &file, position, text!("config-alert-missing", lang = lang))
                            .with_hint(text!("config-alert-missing-hint", lang = lang)),
                    );
                }
            }
            kind.map(|kind| Alert { kind, texts })
        });

        // Messages about a rule point at its name, which is on the line of its level.
        let check_positions = raw
            .checks
            .iter()
            .map(|(rule, level)| {
                let value = at(&level.referenced);
                let line = text.lines().nth(value.line.saturating_sub(1)).unwrap_or("");
                let position = line
                    .find(rule.as_str())
                    .map_or(value, |i| Position::new(value.line, line[..i].chars().count() + 1));
                (rule.clone(), position)
            })
            .collect();
        let checks = raw.checks.into_iter().map(|(rule, level)| (rule, level.value)).collect();

        let review_after_days = match raw.review_after_days {
            None => DEFAULT_REVIEW_AFTER_DAYS,
            Some(days) => match u32::try_from(days.value) {
                Ok(n) if (1..=36_600).contains(&n) => n,
                _ => {
                    problems.push(
                        Diagnostic::error(
                            Rule::Config,
                            &file,
                            at(&days.referenced),
                            text!("config-review-after-days", value = days.value.to_string()),
                        )
                        .with_hint(text!("config-review-after-days-hint", days = DEFAULT_REVIEW_AFTER_DAYS)),
                    );
                    DEFAULT_REVIEW_AFTER_DAYS
                }
            },
        };

        let images = image_settings(raw.images.as_ref(), &file, &mut problems);

        let toc_min_headings = match raw.toc_min_headings {
            None => DEFAULT_TOC_MIN_HEADINGS,
            Some(n) => match usize::try_from(n.value) {
                Ok(n) if n <= 1000 => n,
                _ => {
                    problems.push(
                        Diagnostic::error(
                            Rule::Config,
                            &file,
                            at(&n.referenced),
                            text!("config-toc-min-headings", value = n.value.to_string()),
                        )
                        .with_hint(text!("config-toc-min-headings-hint", count = DEFAULT_TOC_MIN_HEADINGS)),
                    );
                    DEFAULT_TOC_MIN_HEADINGS
                }
            },
        };

        // Only the two languages loket speaks, written as their codes: `nl-BE` or `Dutch`
        // would be a guess, and a wrong guess would hide every message in a foreign language.
        let editor_language = raw.editor_language.and_then(|written| match written.value.as_str() {
            "nl" => Some(EditorLang::Nl),
            "en" => Some(EditorLang::En),
            other => {
                problems.push(
                    Diagnostic::error(
                        Rule::Config,
                        &file,
                        at(&written.referenced),
                        crate::text!("config-editor-language-unknown", value = other),
                    )
                    .with_hint(crate::text!("config-editor-language-unknown-hint")),
                );
                None
            }
        });

        if problems.has_errors() {
            return Err(problems);
        }
        let languages: IndexMap<Lang, LanguageConfig> =
            raw.languages.into_iter().map(|(code, language)| (Lang::from(code), language.value)).collect();
        // The one `Lang` of `languages`, shared.
        let root_language =
            root_language.and_then(|code| languages.get_key_value(code.as_str()).map(|(l, _)| l.clone()));
        Ok(SiteConfig {
            base_url,
            default_language: Lang::from(default_language),
            languages,
            root_language,
            menus,
            topics,
            alert,
            checks,
            check_positions,
            plain_language,
            review_after_days,
            toc_min_headings,
            editor_language,
            images,
            file,
        })
    }

    /// The writing direction of a language of the site: as `site.yaml` sets it, else from its
    /// script (`ar` is right to left). A code that is not a site language is read by script.
    pub fn direction(&self, lang: &str) -> Direction {
        self.languages.get(lang).and_then(|language| language.dir).unwrap_or_else(|| Direction::of(lang))
    }

    /// Whether `lang`'s pages live at the root of the site rather than below `/<lang>/`.
    pub fn at_root(&self, lang: &str) -> bool {
        self.root_language.as_deref() == Some(lang)
    }

    /// The address of `lang`'s home page: `/` for the root language, else `/<lang>/`.
    pub fn home_url(&self, lang: &str) -> String {
        crate::load::page::url_for(lang, self.at_root(lang), "_index")
    }

    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(Lang::as_str)
    }

    /// The absolute URL of a site path such as `/nl/asiel/`.
    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }

    /// The plain-language limits for pages of `lang`: Dutch and English have them by default,
    /// other languages only with `plain_language:` in `site.yaml` (and never a readability
    /// score); `None` when loket has no measure for the language.
    pub fn plain_language_limits(&self, lang: &str) -> Option<PlainLanguageLimits> {
        let set = self.plain_language.get(lang).copied();
        match (set, has_readability_formula(lang)) {
            (Some(limits), _) => Some(limits),
            (None, true) => Some(DEFAULT_PLAIN_LANGUAGE),
            (None, false) => None,
        }
    }

    /// The configured level of a rule, where `site.yaml` sets one.
    pub fn check_level(&self, rule: &str) -> Option<CheckLevel> {
        self.checks.get(rule).copied()
    }
}

/// Control characters in the text values of `site.yaml`, each at the line of its value.
fn control_characters(raw: &RawConfig, file: &Path) -> Vec<Diagnostic> {
    let at = |s: &serde_saphyr::Location| Position::new(s.line() as usize, s.column() as usize);
    let mut texts: Vec<(String, Position, &str)> = vec![
        ("base_url".into(), at(&raw.base_url.referenced), &raw.base_url.value),
        ("default_language".into(), at(&raw.default_language.referenced), &raw.default_language.value),
    ];
    for (code, language) in &raw.languages {
        let position = at(&language.referenced);
        texts.push((format!("languages: {code}: name"), position, &language.value.name));
        texts.push((format!("languages: {code}: title"), position, &language.value.title));
    }
    for (menu, entries) in &raw.menus {
        for entry in entries {
            match &entry.value {
                RawMenuEntry::Key(key) => texts.push((format!("menus: {menu}"), at(&entry.referenced), key.as_str())),
                RawMenuEntry::Link(link) => {
                    texts.extend(
                        link.url
                            .written()
                            .into_iter()
                            .map(|(_, url)| (format!("menus: {menu}: url"), at(&entry.referenced), url)),
                    );
                    texts.extend(
                        link.label
                            .values()
                            .map(|l| (format!("menus: {menu}: label"), at(&entry.referenced), l.as_str())),
                    );
                }
            }
        }
    }
    for (key, term) in &raw.topics {
        for (lang, label) in &term.value {
            texts.push((format!("topics: {key}: {lang}: label"), at(&term.referenced), label.label.as_str()));
        }
    }
    if let Some(alert) = &raw.alert {
        texts.extend(
            alert.value.iter().map(|(key, text)| (format!("alert: {key}"), at(&alert.referenced), text.as_str())),
        );
    }
    texts
        .into_iter()
        .filter_map(|(key, position, text)| crate::load::yaml::check_text(Rule::Config, file, position, &key, text))
        .collect()
}

/// The menus, each entry a page's translation key or an external link. An external link is
/// checked here, once (not once per language): an http(s) URL and a label in every language.
fn menus(raw: &RawConfig, file: &Path, problems: &mut Diagnostics) -> IndexMap<String, Vec<MenuEntry>> {
    let at = |s: &serde_saphyr::Location| Position::new(s.line() as usize, s.column() as usize);
    let mut menus = IndexMap::new();
    for (name, entries) in &raw.menus {
        let mut kept = Vec::with_capacity(entries.len());
        for entry in entries {
            let position = at(&entry.referenced);
            match &entry.value {
                RawMenuEntry::Key(key) => kept.push(MenuEntry { target: MenuTarget::Page(key.clone()), position }),
                RawMenuEntry::Link(link) => {
                    let mut ok = true;
                    let shown = link.url.first();
                    for (_, written) in link.url.written() {
                        if let Err(why) = external_url(written) {
                            let url: String = written.chars().flat_map(char::escape_debug).collect();
                            let message = match why {
                                UrlProblem::NotHttp => text!("config-menu-url-not-http", menu = name, url = url),
                                UrlProblem::Space => text!("config-menu-url-space", menu = name, url = url),
                                UrlProblem::Invalid => text!("config-menu-url-invalid", menu = name, url = url),
                            };
                            problems.push(
                                Diagnostic::error(Rule::MenuEntry, file, position, message)
                                    .with_hint(text!("config-menu-url-hint")),
                            );
                            ok = false;
                        }
                    }
                    ok &= per_language_codes(raw, name, "url", &link.url, file, position, problems);
                    if let PerLanguage::Each(urls) = &link.url {
                        let missing: Vec<&str> =
                            raw.languages.keys().filter(|l| !urls.contains_key(*l)).map(String::as_str).collect();
                        if !missing.is_empty() {
                            let example = raw
                                .languages
                                .keys()
                                .map(|l| format!("{l}: \"https://...\""))
                                .collect::<Vec<_>>()
                                .join(", ");
                            problems.push(
                                Diagnostic::error(
                                    Rule::MenuEntry,
                                    file,
                                    position,
                                    text!("config-menu-url-missing", menu = name, languages = quoted(&missing)),
                                )
                                .with_hint(text!(
                                    "config-menu-url-missing-hint",
                                    example = format!("url: {{ {example} }}")
                                )),
                            );
                            ok = false;
                        }
                    }
                    if let Some(lang) = &link.lang {
                        ok &= per_language_codes(raw, name, "lang", lang, file, position, problems);
                        for (_, code) in lang.written() {
                            if code.parse::<icu_locale::LanguageIdentifier>().is_err() || code.is_empty() {
                                problems.push(
                                    Diagnostic::error(
                                        Rule::MenuEntry,
                                        file,
                                        position,
                                        text!("config-menu-lang-invalid", menu = name, value = code),
                                    )
                                    .with_hint(text!("config-menu-lang-invalid-hint")),
                                );
                                ok = false;
                            }
                        }
                    }
                    let missing: Vec<&str> =
                        raw.languages.keys().filter(|l| !link.label.contains_key(*l)).map(String::as_str).collect();
                    if !missing.is_empty() {
                        problems.push(
                            Diagnostic::error(
                                Rule::MenuEntry,
                                file,
                                position,
                                text!(
                                    "config-menu-label-missing",
                                    menu = name,
                                    url = shown,
                                    languages = quoted(&missing)
                                ),
                            )
                            .with_hint(text!(
                                "config-menu-label-missing-hint",
                                example = format!(
                                    "label: {{ {} }}",
                                    raw.languages
                                        .keys()
                                        .map(|l| format!("{l}: \"...\""))
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                )
                            )),
                        );
                        ok = false;
                    }
                    for (lang, label) in &link.label {
                        if !raw.languages.contains_key(lang) {
                            problems.push(
                                Diagnostic::error(
                                    Rule::MenuEntry,
                                    file,
                                    position,
                                    text!("config-menu-label-language", menu = name, url = shown, lang = lang),
                                )
                                .with_hint(languages_are(raw)),
                            );
                            ok = false;
                        } else if label.trim().is_empty() {
                            problems.push(
                                Diagnostic::error(
                                    Rule::MenuEntry,
                                    file,
                                    position,
                                    text!("config-menu-label-empty", menu = name, url = shown, lang = lang),
                                )
                                .with_hint(text!("config-menu-label-empty-hint")),
                            );
                            ok = false;
                        }
                    }
                    if ok {
                        let labels = raw
                            .languages
                            .keys()
                            .filter_map(|l| link.label.get(l).map(|t| (l.clone(), t.clone())))
                            .collect();
                        let per_language = |value: &PerLanguage| -> IndexMap<String, String> {
                            raw.languages
                                .keys()
                                .filter_map(|l| value.get(l).map(|v| (l.clone(), v.to_string())))
                                .collect()
                        };
                        let urls = per_language(&link.url);
                        let langs = link.lang.as_ref().map(per_language).unwrap_or_default();
                        kept.push(MenuEntry { target: MenuTarget::External { urls, labels, langs }, position });
                    }
                }
            }
        }
        menus.insert(name.clone(), kept);
    }
    menus
}

/// Whether every language code of a per-language `field` of a menu link is a language of the
/// site; each one that is not is an error.
fn per_language_codes(
    raw: &RawConfig,
    menu: &str,
    field: &str,
    value: &PerLanguage,
    file: &Path,
    position: Position,
    problems: &mut Diagnostics,
) -> bool {
    let mut ok = true;
    for (lang, _) in value.written() {
        if let Some(lang) = lang.filter(|l| !raw.languages.contains_key(*l)) {
            problems.push(
                Diagnostic::error(
                    Rule::MenuEntry,
                    file,
                    position,
                    text!("config-menu-field-language", menu = menu, field = field, lang = lang),
                )
                .with_hint(languages_are(raw)),
            );
            ok = false;
        }
    }
    ok
}

/// What is wrong with the address of an external menu entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UrlProblem {
    NotHttp,
    Space,
    Invalid,
}

/// `Ok` for an absolute http(s) URL with a host; otherwise what is wrong with it.
fn external_url(text: &str) -> Result<(), UrlProblem> {
    let lower = text.trim_start().to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Err(UrlProblem::NotHttp);
    }
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(UrlProblem::Space);
    }
    match url::Url::parse(text) {
        Ok(url) if url.host_str().is_some_and(|h| !h.is_empty()) => Ok(()),
        _ => Err(UrlProblem::Invalid),
    }
}

/// `` `nl`, `en` ``, for messages (no "and": the list reads the same in either language).
fn quoted(items: &[&str]) -> String {
    items.iter().map(|i| format!("`{i}`")).collect::<Vec<_>>().join(", ")
}

/// The site's language codes, `nl, en`, for messages.
fn languages_of(raw: &RawConfig) -> String {
    raw.languages.keys().cloned().collect::<Vec<_>>().join(", ")
}

/// "The languages of this site are: nl, en."
fn languages_are(raw: &RawConfig) -> Text {
    text!("config-languages-are", languages = languages_of(raw))
}

/// The topics: every term needs a label in every language; its slug (made from the label
/// when not given) is a valid slug, unique among the terms of its language.
fn topics(raw: &RawConfig, text: &str, file: &Path, problems: &mut Diagnostics) -> Topics {
    let at = |s: &serde_saphyr::Location| Position::new(s.line() as usize, s.column() as usize);
    let mut section = IndexMap::new();
    let section_position = raw.topic_section.as_ref().map_or(Position::START, |s| at(&s.referenced));
    let written = raw.topic_section.as_ref().map(|s| &s.value);
    for lang in raw.languages.keys() {
        let slug =
            written.and_then(|w| w.get(lang)).cloned().unwrap_or_else(|| default_topic_section(lang).to_string());
        if !crate::load::slug::is_slug(&slug) {
            problems.push(
                Diagnostic::error(
                    Rule::Config,
                    file,
                    section_position,
                    text!("config-topic-section-slug", slug = &slug),
                )
                .with_hint(text!("config-slug-hint", example = crate::load::slug::slugify(&slug))),
            );
        }
        section.insert(lang.clone(), slug);
    }
    for lang in written.into_iter().flat_map(|w| w.keys()) {
        if !raw.languages.contains_key(lang) {
            problems.push(
                Diagnostic::error(
                    Rule::Config,
                    file,
                    section_position,
                    text!("config-topic-section-language", lang = lang),
                )
                .with_hint(languages_are(raw)),
            );
        }
    }
    let mut terms = IndexMap::new();
    let mut slugs: std::collections::HashMap<(String, String), String> = std::collections::HashMap::new();
    for (key, term) in &raw.topics {
        let position = key_position(text, at(&term.referenced), key);
        let mut ok = true;
        if !crate::load::slug::is_slug(key) {
            problems.push(
                Diagnostic::error(Rule::Config, file, position, text!("config-topic-key", key = key))
                    .with_hint(text!("config-slug-hint", example = crate::load::slug::slugify(key))),
            );
            ok = false;
        }
        let mut labels = IndexMap::new();
        for lang in raw.languages.keys() {
            let Some(written) = term.value.get(lang) else {
                problems.push(
                    Diagnostic::error(
                        Rule::Config,
                        file,
                        position,
                        text!("config-topic-label-missing", topic = key, lang = lang),
                    )
                    .with_hint(text!("config-topic-label-missing-hint", topic = key, lang = lang)),
                );
                ok = false;
                continue;
            };
            if written.label.trim().is_empty() {
                problems.push(
                    Diagnostic::error(
                        Rule::Config,
                        file,
                        position,
                        text!("config-topic-label-empty", topic = key, lang = lang),
                    )
                    .with_hint(text!("config-topic-label-empty-hint")),
                );
                ok = false;
            }
            let slug = written.slug.clone().unwrap_or_else(|| crate::load::slug::slugify(&written.label));
            if !crate::load::slug::is_slug(&slug) {
                problems.push(
                    Diagnostic::error(
                        Rule::Config,
                        file,
                        position,
                        text!("config-topic-slug", slug = &slug, topic = key, lang = lang),
                    )
                    .with_hint(text!("config-slug-hint", example = crate::load::slug::slugify(&slug))),
                );
                ok = false;
            } else if let Some(other) = slugs.insert((lang.clone(), slug.clone()), key.clone()) {
                problems.push(
                    Diagnostic::error(
                        Rule::Config,
                        file,
                        position,
                        text!("config-topic-slug-taken", topic = key, slug = &slug, lang = lang, other = other),
                    )
                    .with_hint(text!("config-topic-slug-taken-hint")),
                );
                ok = false;
            }
            labels.insert(lang.clone(), TermLabel { label: written.label.clone(), slug });
        }
        for lang in term.value.keys() {
            if !raw.languages.contains_key(lang) {
                problems.push(
                    Diagnostic::error(
                        Rule::Config,
                        file,
                        position,
                        text!("config-topic-language", topic = key, lang = lang),
                    )
                    .with_hint(languages_are(raw)),
                );
                ok = false;
            }
        }
        if ok {
            terms.insert(key.clone(), Term { labels, position });
        }
    }
    Topics { terms, section }
}

/// `images:`: each value written checked against its range; a wrong one is a finding at it,
/// and the default is used in its place.
fn image_settings(raw: Option<&Spanned<RawImages>>, file: &Path, problems: &mut Diagnostics) -> ImageSettings {
    let mut settings = ImageSettings::default();
    let Some(raw) = raw else { return settings };
    let at = |s: &serde_saphyr::Location| Position::new(s.line() as usize, s.column() as usize);
    if let Some(widths) = &raw.value.widths {
        let mut read: Vec<u32> = widths
            .value
            .iter()
            .filter_map(|w| number_in(w, "widths", (16, i64::from(crate::images::settings::MAX_WIDTH)), file, problems))
            .filter_map(|w| u32::try_from(w).ok())
            .collect();
        // Every width was in range (the wrong ones have their finding): sorted, once each.
        let all_read = read.len() == widths.value.len();
        read.sort_unstable();
        read.dedup();
        if widths.value.is_empty() {
            problems.push(
                Diagnostic::error(Rule::Config, file, at(&widths.referenced), text!("config-images-widths-empty"))
                    .with_hint(text!("config-images-hint")),
            );
        } else if all_read {
            settings.widths = read;
        }
    }
    if let Some(quality) = raw.value.quality.as_ref().and_then(|q| number_in(q, "quality", (1, 100), file, problems)) {
        settings.quality = u8::try_from(quality).unwrap_or(settings.quality);
    }
    if let Some(max) =
        raw.value.max_pixels.as_ref().and_then(|m| number_in(m, "max_pixels", (1, 1_000_000_000), file, problems))
    {
        settings.max_pixels = max.unsigned_abs();
    }
    if let Some(max) =
        raw.value.max_frames.as_ref().and_then(|m| number_in(m, "max_frames", (1, 100_000), file, problems))
    {
        settings.max_frames = max.unsigned_abs();
    }
    if let Some(formats) = &raw.value.formats {
        let mut read = Vec::new();
        for written in &formats.value {
            match crate::images::Format::VARIANT_FORMATS.iter().find(|f| f.name() == written.value) {
                Some(format) if !read.contains(format) => read.push(*format),
                Some(_) => {}
                None => problems.push(
                    Diagnostic::error(
                        Rule::Config,
                        file,
                        at(&written.referenced),
                        text!("config-images-format", format = written.value.as_str()),
                    )
                    .with_hint(text!("config-images-format-hint")),
                ),
            }
        }
        settings.formats = read;
    }
    settings
}

/// `value` when it lies in `range`; otherwise a finding at it, and `None`.
fn number_in(
    value: &Spanned<i64>,
    key: &str,
    range: (i64, i64),
    file: &Path,
    problems: &mut Diagnostics,
) -> Option<i64> {
    let (min, max) = range;
    if (min..=max).contains(&value.value) {
        return Some(value.value);
    }
    let at = Position::new(value.referenced.line() as usize, value.referenced.column() as usize);
    let message = text!("config-images-number", key = key, value = value.value.to_string(), min = min, max = max);
    problems.push(Diagnostic::error(Rule::Config, file, at, message).with_hint(text!("config-images-hint")));
    None
}

/// `plain_language:`: per language of the site, the limits that differ from the defaults. A
/// language without a readability formula may set the sentence and paragraph lengths (that
/// turns those checks on for it) but no score.
fn plain_language(
    raw: &RawConfig,
    text: &str,
    file: &Path,
    problems: &mut Diagnostics,
) -> IndexMap<String, PlainLanguageLimits> {
    let at = |s: &serde_saphyr::Location| Position::new(s.line() as usize, s.column() as usize);
    let mut limits = IndexMap::new();
    for (lang, written) in &raw.plain_language {
        let position = key_position(text, at(&written.referenced), lang);
        if !raw.languages.contains_key(lang) {
            problems.push(
                Diagnostic::error(Rule::Config, file, position, text!("config-plain-language-language", lang = lang))
                    .with_hint(languages_are(raw)),
            );
            continue;
        }
        let measured = has_readability_formula(lang);
        let mut words = |value: &Option<Spanned<i64>>, key: &str, default: usize| match value {
            None => default,
            Some(n) => match usize::try_from(n.value) {
                Ok(n) if (1..=10_000).contains(&n) => n,
                _ => {
                    problems.push(
                        Diagnostic::error(
                            Rule::Config,
                            file,
                            key_before(text, at(&n.referenced), key),
                            text!("config-plain-language-words", key = key, value = n.value.to_string()),
                        )
                        .with_hint(text!(
                            "config-plain-language-words-hint",
                            key = key,
                            default = default
                        )),
                    );
                    default
                }
            },
        };
        let sentence_words =
            words(&written.value.sentence_words, "sentence_words", DEFAULT_PLAIN_LANGUAGE.sentence_words);
        let paragraph_words =
            words(&written.value.paragraph_words, "paragraph_words", DEFAULT_PLAIN_LANGUAGE.paragraph_words);
        let min_score = match &written.value.min_score {
            None => DEFAULT_PLAIN_LANGUAGE.min_score.filter(|_| measured),
            Some(score) => {
                let score_position = key_before(text, at(&score.referenced), "min_score");
                if !measured {
                    problems.push(
                        Diagnostic::error(
                            Rule::Config,
                            file,
                            score_position,
                            text!("config-plain-language-no-formula", lang = lang),
                        )
                        .with_hint(text!("config-plain-language-no-formula-hint")),
                    );
                    None
                } else if !(0.0..=100.0).contains(&score.value) {
                    problems.push(
                        Diagnostic::error(
                            Rule::Config,
                            file,
                            score_position,
                            text!("config-plain-language-score", value = score.value.to_string()),
                        )
                        .with_hint(text!("config-plain-language-score-hint")),
                    );
                    DEFAULT_PLAIN_LANGUAGE.min_score
                } else {
                    Some(score.value)
                }
            }
        };
        limits.insert(lang.clone(), PlainLanguageLimits { sentence_words, paragraph_words, min_score });
    }
    limits
}

/// Where the key `key` of a value at `value` is written, in a flow mapping on the value's line
/// (`nl: { min_score: 120 }`) or else as [`key_position`] finds it.
fn key_before(text: &str, value: Position, key: &str) -> Position {
    let line = text.lines().nth(value.line.saturating_sub(1)).unwrap_or("");
    let before: String = line.chars().take(value.column.saturating_sub(1)).collect();
    match before.rfind(&format!("{key}:")) {
        Some(i) => Position::new(value.line, before[..i].chars().count() + 1),
        None => key_position(text, value, key),
    }
}

/// Where the key `key` of a value at `value` is written: on the value's line or above it (a
/// block mapping's value starts on the line after its key); `value` when it is not found.
fn key_position(text: &str, value: Position, key: &str) -> Position {
    let lines: Vec<&str> = text.lines().take(value.line).collect();
    // A few lines up at most (comments may stand between): never quadratic in the file.
    for (i, line) in lines.iter().enumerate().rev().take(20) {
        let trimmed = line.trim_start();
        let unquoted = trimmed.trim_start_matches(['"', '\'']);
        if unquoted.starts_with(key) && unquoted[key.len()..].trim_start_matches(['"', '\'']).starts_with(':') {
            return Position::new(i + 1, line.len() - trimmed.len() + 1);
        }
    }
    value
}

/// Lowercase BCP 47 tags that are also valid folder names (`nl`, `en`, `pt-br`).
pub fn is_language_code(code: &str) -> bool {
    !code.is_empty()
        && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && code.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

#[cfg(test)]
mod control_character_tests {
    use super::*;

    #[test]
    fn control_characters_in_site_yaml_texts_are_errors_at_their_line() {
        let text = "base_url: https://example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: \"Dienst\\x01\" }\nalert:\n  nl: \"Let op\\u009b\"\n";
        let errors = SiteConfig::parse(text, "site.yaml".into()).unwrap_err();
        let found: Vec<(usize, String)> =
            errors.sorted().iter().map(|d| (d.position.line, d.message.to_string())).collect();
        assert_eq!(
            found,
            [
                (4, "`languages: nl: title` holds the invisible control character U+0001.".to_string()),
                (6, "`alert: nl` holds the invisible control character U+009B.".to_string()),
            ]
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "base_url: https://example.org/\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: Loket }\n  en: { name: English, title: Desk }\nmenus:\n  main: [asylum, news]\nalert:\n  kind: error\n  nl: Storing\n  en: Outage\nchecks: { stale-translation: error }\n";

    #[test]
    fn reads_a_full_config_in_order() {
        let config = SiteConfig::parse(GOOD, "site.yaml".into()).unwrap();
        assert_eq!(config.base_url, "https://example.org");
        assert_eq!(config.language_codes().collect::<Vec<_>>(), ["nl", "en"]);
        assert_eq!(config.menus["main"][1].translation_key(), Some("news"));
        assert_eq!(config.menus["main"][1].position.line, 7);
        let alert = config.alert.unwrap();
        assert_eq!(alert.kind, AlertKind::Error);
        assert_eq!(alert.texts["en"], "Outage");
        assert_eq!(config.checks["stale-translation"], CheckLevel::Error);
    }

    #[test]
    fn root_language_is_one_of_the_languages_and_moves_its_home_to_the_root() {
        let config = SiteConfig::parse(GOOD, "site.yaml".into()).unwrap();
        assert_eq!(config.root_language, None);
        assert_eq!((config.home_url("nl"), config.home_url("en")), ("/nl/".to_string(), "/en/".to_string()));
        let text = GOOD.replace("default_language: nl\n", "default_language: nl\nroot_language: nl\n");
        let config = SiteConfig::parse(&text, "site.yaml".into()).unwrap();
        assert!(config.at_root("nl") && !config.at_root("en"));
        assert_eq!((config.home_url("nl"), config.home_url("en")), ("/".to_string(), "/en/".to_string()));
        let shared = config.languages.get_key_value("nl").map(|(l, _)| l.as_str());
        assert!(shared.is_some_and(|l| config.root_language.as_deref().is_some_and(|r| std::ptr::eq(l, r))));

        let text = GOOD.replace("default_language: nl\n", "default_language: nl\nroot_language: de\n");
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        let found = &errors.sorted()[0];
        assert_eq!(found.position, Position::new(3, 16));
        assert_eq!(found.message.to_string(), "`root_language` is `de`, which is not one of the site's languages.");
        assert!(found.hint.as_ref().is_some_and(|h| h.to_string().starts_with("Choose one of: nl, en.")));
    }

    #[test]
    fn unknown_key_and_bad_default_language_are_errors() {
        let text = GOOD.replace("menus:", "menu:");
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        assert_eq!(errors.sorted()[0].message.to_string(), "loket does not know the setting `menu`.");
        let text = GOOD.replace("default_language: nl", "default_language: de");
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        assert_eq!(errors.sorted()[0].position, Position::new(2, 19));
    }

    #[test]
    fn alert_needs_every_language() {
        let text = GOOD.replace("  en: Outage\n", "");
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        assert_eq!(errors.sorted()[0].message.to_string(), "The alert has no text in `en`.");
    }

    #[test]
    fn review_after_days_defaults_to_a_year_and_must_be_positive() {
        let config = SiteConfig::parse(GOOD, "site.yaml".into()).unwrap();
        assert_eq!(config.review_after_days, 365);
        let config = SiteConfig::parse(&format!("{GOOD}review_after_days: 180\n"), "site.yaml".into()).unwrap();
        assert_eq!(config.review_after_days, 180);
        for bad in ["0", "-3"] {
            let errors =
                SiteConfig::parse(&format!("{GOOD}review_after_days: {bad}\n"), "site.yaml".into()).unwrap_err();
            let first = errors.sorted()[0].clone();
            assert!(first.message.to_string().contains("review_after_days"), "{first}");
            assert_eq!(first.position.line, 13);
        }
        assert!(SiteConfig::parse(&format!("{GOOD}review_after_days: soon\n"), "site.yaml".into()).is_err());
    }

    #[test]
    fn images_settings_default_and_each_wrong_value_is_an_error_at_its_line() {
        let config = SiteConfig::parse(GOOD, "site.yaml".into()).unwrap();
        assert_eq!(config.images, ImageSettings::default());
        let text = format!("{GOOD}images: {{ widths: [800, 400, 800], formats: [], quality: 70, max_frames: 20 }}\n");
        let config = SiteConfig::parse(&text, "site.yaml".into()).unwrap();
        assert_eq!((config.images.widths, config.images.formats), (vec![400, 800], vec![]));
        assert_eq!((config.images.quality, config.images.max_frames), (70, 20));
        for (bad, id) in [
            ("widths: [400, 9000]", "config-images-number"),
            ("widths: []", "config-images-widths-empty"),
            ("quality: 0", "config-images-number"),
            ("max_pixels: -1", "config-images-number"),
            ("max_frames: 0", "config-images-number"),
            ("formats: [avif]", "config-images-format"),
        ] {
            let errors = SiteConfig::parse(&format!("{GOOD}images: {{ {bad} }}\n"), "site.yaml".into()).unwrap_err();
            let found = errors.sorted();
            assert_eq!(found.len(), 1, "{bad}: {found:?}");
            assert_eq!((found[0].message.id(), found[0].position.line), (id, 13), "{bad}");
        }
        assert!(SiteConfig::parse(&format!("{GOOD}images: {{ size: 3 }}\n"), "site.yaml".into()).is_err());
    }

    #[test]
    fn editor_language_is_nl_or_en_and_anything_else_is_an_error_at_its_line() {
        let config = SiteConfig::parse(GOOD, "site.yaml".into()).unwrap();
        assert_eq!(config.editor_language, None);
        for (written, lang) in [("nl", EditorLang::Nl), ("en", EditorLang::En)] {
            let text = format!("{GOOD}editor_language: {written}\n");
            assert_eq!(SiteConfig::parse(&text, "site.yaml".into()).unwrap().editor_language, Some(lang));
        }
        for bad in ["fr", "NL", "nederlands", "\"\""] {
            let errors = SiteConfig::parse(&format!("{GOOD}editor_language: {bad}\n"), "site.yaml".into()).unwrap_err();
            let first = errors.sorted()[0].clone();
            assert_eq!(first.rule, Rule::Config);
            assert_eq!(first.position, Position::new(13, 18), "{bad}");
            let nl = crate::messages::Messages::new(EditorLang::Nl);
            assert!(nl.format(&first.message).contains("loket spreekt"), "{}", nl.format(&first.message));
            assert!(first.hint.is_some_and(|h| nl.format(&h).contains("editor_language: nl")));
        }
    }

    #[test]
    fn the_checked_keys_are_the_keys_of_site_yaml() {
        let names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(names, yaml::struct_fields::<RawConfig>());
    }

    #[test]
    fn every_wrong_setting_of_site_yaml_is_found_at_once() {
        let text = GOOD.replace("menus:", "menu:").replace("kind: error", "kind: [error]")
            + "review_after_days: soms\neditor_language:\tnl\n";
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        let nl = crate::messages::Messages::new(EditorLang::Nl);
        let found: Vec<(usize, String)> =
            errors.sorted().iter().map(|d| (d.position.line, nl.format(&d.message))).collect();
        assert_eq!(
            found,
            [
                (6, "loket kent de instelling `menu` niet.".to_string()),
                (9, "Bij `alert: kind` hoort een tekst.".to_string()),
                (13, "Bij `review_after_days` hoort een heel getal.".to_string()),
            ]
        );
    }

    #[test]
    fn menus_hold_external_links_beside_page_keys_under_any_name() {
        let text = GOOD.replace(
            "  main: [asylum, news]\n",
            "  main: [asylum, news]\n  partners:\n    - contact\n    - { url: \"https://example.com/a\", label: { nl: Partner, en: Partner EN } }\n",
        );
        let config = SiteConfig::parse(&text, "site.yaml".into()).unwrap();
        assert_eq!(config.menus["main"][0].target, MenuTarget::Page("asylum".into()));
        let link = &config.menus["partners"][1];
        assert_eq!(link.translation_key(), None);
        assert_eq!(link.position.line, 10);
        match &link.target {
            MenuTarget::External { urls, labels, langs } => {
                assert_eq!(urls.values().collect::<Vec<_>>(), ["https://example.com/a", "https://example.com/a"]);
                assert!(langs.is_empty());
                assert_eq!(labels.values().collect::<Vec<_>>(), ["Partner", "Partner EN"]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn only_http_links_with_a_host_are_external_menu_entries() {
        for good in ["https://example.com/", "http://example.com", "HTTPS://EXAMPLE.COM/a?b#c"] {
            assert_eq!(external_url(good), Ok(()), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:x",
            "//example.com/",
            "/nl/contact/",
            "https://",
            "https://exa mple.com/",
            "https://example.com/\n",
        ] {
            assert!(external_url(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn any_number_of_languages() {
        let text = GOOD.replace("alert:\n  kind: error\n  nl: Storing\n  en: Outage\n", "").replace(
            "  en: { name: English, title: Desk }\n",
            "  en: { name: English, title: Desk }\n  fr: { name: Français, title: Guichet }\n",
        );
        let config = SiteConfig::parse(&text, "site.yaml".into()).unwrap();
        assert_eq!(config.languages.len(), 3);
    }

    #[test]
    fn direction_from_the_script_or_site_yaml() {
        let text = GOOD.replace(
            "  en: { name: English, title: Desk }\n",
            "  en: { name: English, title: Desk, dir: rtl }\n  ar: { name: العربية, title: مكتب }\n",
        );
        let text = text.replace("  nl: Storing\n  en: Outage\n", "  nl: Storing\n  en: Outage\n  ar: عطل\n");
        let config = SiteConfig::parse(&text, "site.yaml".into()).unwrap();
        assert_eq!(config.direction("nl"), Direction::Ltr);
        assert_eq!(config.direction("ar"), Direction::Rtl);
        assert_eq!(config.direction("en"), Direction::Rtl, "site.yaml wins");
        assert_eq!(config.direction("fa"), Direction::Rtl, "not a site language: by script");
    }

    const THREE: &str = "base_url: https://example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: T }\n  en-gb: { name: English, title: T }\n  tr: { name: Türkçe, title: T }\n";

    #[test]
    fn plain_language_limits_are_for_measured_languages_unless_set() {
        let config = SiteConfig::parse(THREE, "site.yaml".into()).unwrap();
        assert_eq!(config.plain_language_limits("nl"), Some(DEFAULT_PLAIN_LANGUAGE));
        assert_eq!(config.plain_language_limits("en-gb"), Some(DEFAULT_PLAIN_LANGUAGE));
        assert_eq!(config.plain_language_limits("tr"), None, "no measure for Turkish");
        assert_eq!(config.plain_language_limits("ar"), None);
        let text = format!(
            "{THREE}plain_language:\n  nl: {{ sentence_words: 20, min_score: 65 }}\n  tr:\n    sentence_words: 18\n    paragraph_words: 120\n"
        );
        let config = SiteConfig::parse(&text, "site.yaml".into()).unwrap();
        let nl = PlainLanguageLimits { sentence_words: 20, paragraph_words: 150, min_score: Some(65.0) };
        assert_eq!(config.plain_language_limits("nl"), Some(nl));
        let tr = PlainLanguageLimits { sentence_words: 18, paragraph_words: 120, min_score: None };
        assert_eq!(config.plain_language_limits("tr"), Some(tr), "set: checked, but never scored");
        assert_eq!(config.plain_language_limits("en-gb"), Some(DEFAULT_PLAIN_LANGUAGE));
    }

    #[test]
    fn wrong_plain_language_limits_are_errors_at_their_line() {
        let text = format!(
            "{THREE}plain_language:\n  tr:\n    min_score: 60\n  nl:\n    sentence_words: 0\n  ar: {{ sentence_words: 20 }}\n  en-gb: {{ min_score: 120 }}\n"
        );
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        let found: Vec<(usize, usize, String)> =
            errors.sorted().iter().map(|d| (d.position.line, d.position.column, d.message.to_string())).collect();
        assert_eq!(
            found,
            [
                (9, 5, "loket has no readability score for `tr`, so `min_score` cannot be set for it.".to_string()),
                (11, 5, "`sentence_words` is 0. It must be a number of words from 1 to 10000.".to_string()),
                (12, 3, "`plain_language` names `ar`, which is not a language of this site.".to_string()),
                (13, 12, "`min_score` is 120. It must be a score from 0 to 100.".to_string()),
            ]
        );
        let unknown = format!("{THREE}plain_language:\n  nl: {{ sentences: 20 }}\n");
        assert!(SiteConfig::parse(&unknown, "site.yaml".into()).is_err(), "an unknown key is an error");
    }
}
