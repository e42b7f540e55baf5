//! `site.yaml`: the site's settings (languages, base URL, menus, alert, check levels), read
//! strictly so that a typo is an error rather than a silently ignored key.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::load::yaml;
use crate::sitefs::Refusal;
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
    languages: IndexMap<String, Spanned<LanguageConfig>>,
    #[serde(default)]
    menus: IndexMap<String, Vec<Spanned<String>>>,
    #[serde(default)]
    alert: Option<Spanned<BTreeMap<String, String>>>,
    #[serde(default)]
    checks: IndexMap<String, Spanned<CheckLevel>>,
    #[serde(default)]
    review_after_days: Option<Spanned<i64>>,
    #[serde(default)]
    toc_min_headings: Option<Spanned<i64>>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LanguageConfig {
    /// The language's name in itself ("Nederlands"), for the language switcher.
    pub name: String,
    /// The site's title in this language.
    pub title: String,
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

/// One entry of a menu: a translation key, with where it was written for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuEntry {
    pub translation_key: String,
    pub position: Position,
}

#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Without a trailing slash: `https://example.org`.
    pub base_url: String,
    pub default_language: String,
    /// In the order of `site.yaml`; the first is not special, `default_language` is.
    pub languages: IndexMap<String, LanguageConfig>,
    pub menus: IndexMap<String, Vec<MenuEntry>>,
    pub alert: Option<Alert>,
    pub checks: IndexMap<String, CheckLevel>,
    /// Where each rule of `checks` was written, for messages about it.
    pub check_positions: IndexMap<String, Position>,
    /// A page whose `updated` (or `date`) is older than this many days is due for review
    /// (`loket status`).
    pub review_after_days: u32,
    /// A page gets a table of contents from this many `##` headings (0: only pages with
    /// `toc: true`).
    pub toc_min_headings: usize,
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
                return Err(Diagnostics::from_iter([refusal.finding(root, &path, "config", CONFIG_FILE)]));
            }
            Err(refusal) => {
                let err = match refusal {
                    Refusal::Io(err) | Refusal::Missing(err) => err,
                    // Handled above.
                    Refusal::Outside | Refusal::Special(_) => std::io::Error::other("not a regular file"),
                };
                let message = format!("cannot read {CONFIG_FILE}: {err}");
                let hint = format!("a site folder needs a {CONFIG_FILE}; is `{}` the site's folder?", root.display());
                return Err(Diagnostics::from_iter([
                    Diagnostic::error("config", file, Position::START, message).with_hint(hint)
                ]));
            }
        };
        match String::from_utf8(bytes) {
            Ok(text) => Self::parse(&text, file),
            Err(_) => Err(Diagnostics::from_iter([Diagnostic::error(
                "encoding",
                file,
                Position::START,
                format!("{CONFIG_FILE} is not UTF-8 text"),
            )
            .with_hint("save the file as UTF-8 in your editor")])),
        }
    }

    pub fn parse(text: &str, file: PathBuf) -> Result<SiteConfig, Diagnostics> {
        let raw: RawConfig = yaml::parse(text, &file, 1, "config").map_err(|d| Diagnostics::from_iter([d]))?;
        let mut problems = Diagnostics::new();
        let at = |s: &serde_saphyr::Location| Position::new(s.line() as usize, s.column() as usize);

        problems.extend(control_characters(&raw, &file));
        let base_url = raw.base_url.value.trim_end_matches('/').to_string();
        if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
            problems.push(
                Diagnostic::error(
                    "config",
                    &file,
                    at(&raw.base_url.referenced),
                    format!("base_url `{base_url}` is not an http(s) URL"),
                )
                .with_hint("write it in full, such as `https://example.org`"),
            );
        }
        if raw.languages.is_empty() {
            problems.push(Diagnostic::error("config", &file, Position::START, "no languages configured").with_hint(
                "add `languages:` with at least one language, such as `nl: { name: Nederlands, title: ... }`",
            ));
        }
        for code in raw.languages.keys() {
            if !is_language_code(code) {
                problems.push(
                    Diagnostic::error("config", &file, Position::START, format!("`{code}` is not a language code"))
                        .with_hint("use a lowercase BCP 47 code such as `nl`, `en` or `pt-br`; it is also the folder name under content/"),
                );
            }
        }
        let default_language = raw.default_language.value.clone();
        if !raw.languages.contains_key(&default_language) {
            problems.push(
                Diagnostic::error(
                    "config",
                    &file,
                    at(&raw.default_language.referenced),
                    format!("default_language `{default_language}` is not one of the languages"),
                )
                .with_hint(format!("choose one of: {}", raw.languages.keys().cloned().collect::<Vec<_>>().join(", "))),
            );
        }

        let alert = raw.alert.and_then(|spanned| {
            let position = at(&spanned.referenced);
            let mut texts = spanned.value;
            let kind = match texts.remove("kind").as_deref() {
                None | Some("notification") => Some(AlertKind::Notification),
                Some("error") => Some(AlertKind::Error),
                Some(other) => {
                    problems.push(
                        Diagnostic::error("config", &file, position, format!("alert kind `{other}` is unknown"))
                            .with_hint("use `kind: notification` or `kind: error`"),
                    );
                    None
                }
            };
            for lang in texts.keys() {
                if !raw.languages.contains_key(lang) {
                    problems.push(Diagnostic::error(
                        "config",
                        &file,
                        position,
                        format!("alert has text for `{lang}`, which is not a configured language"),
                    ));
                }
            }
            for lang in raw.languages.keys() {
                if !texts.contains_key(lang) {
                    problems.push(
                        Diagnostic::error("config", &file, position, format!("alert has no text in `{lang}`"))
                            .with_hint(format!("add `{lang}: \"...\"` under `alert:`")),
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
        let menus = raw
            .menus
            .into_iter()
            .map(|(name, entries)| {
                let entries = entries
                    .into_iter()
                    .map(|e| MenuEntry { position: at(&e.referenced), translation_key: e.value })
                    .collect();
                (name, entries)
            })
            .collect();

        let review_after_days = match raw.review_after_days {
            None => DEFAULT_REVIEW_AFTER_DAYS,
            Some(days) => match u32::try_from(days.value) {
                Ok(n) if (1..=36_600).contains(&n) => n,
                _ => {
                    problems.push(
                        Diagnostic::error(
                            "config",
                            &file,
                            at(&days.referenced),
                            format!("review_after_days `{}` is not a number of days from 1 to 36600", days.value),
                        )
                        .with_hint(format!("write a whole number of days, such as `{DEFAULT_REVIEW_AFTER_DAYS}`")),
                    );
                    DEFAULT_REVIEW_AFTER_DAYS
                }
            },
        };

        let toc_min_headings = match raw.toc_min_headings {
            None => DEFAULT_TOC_MIN_HEADINGS,
            Some(n) => match usize::try_from(n.value) {
                Ok(n) if n <= 1000 => n,
                _ => {
                    problems.push(
                        Diagnostic::error(
                            "config",
                            &file,
                            at(&n.referenced),
                            format!("toc_min_headings `{}` is not a number from 0 to 1000", n.value),
                        )
                        .with_hint(format!(
                            "write how many `##` headings a page needs for a table of contents, such as \
                             `toc_min_headings: {DEFAULT_TOC_MIN_HEADINGS}` (0: only pages with `toc: true`)"
                        )),
                    );
                    DEFAULT_TOC_MIN_HEADINGS
                }
            },
        };

        if problems.has_errors() {
            return Err(problems);
        }
        Ok(SiteConfig {
            base_url,
            default_language,
            languages: raw.languages.into_iter().map(|(code, language)| (code, language.value)).collect(),
            menus,
            alert,
            checks,
            check_positions,
            review_after_days,
            toc_min_headings,
            file,
        })
    }

    pub fn language_codes(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    /// The absolute URL of a site path such as `/nl/asiel/`.
    pub fn permalink(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
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
        texts.extend(entries.iter().map(|e| (format!("menus: {menu}"), at(&e.referenced), e.value.as_str())));
    }
    if let Some(alert) = &raw.alert {
        texts.extend(
            alert.value.iter().map(|(key, text)| (format!("alert: {key}"), at(&alert.referenced), text.as_str())),
        );
    }
    texts
        .into_iter()
        .filter_map(|(key, position, text)| crate::load::yaml::check_text("config", file, position, &key, text))
        .collect()
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
            errors.sorted().iter().map(|d| (d.position.line, d.message.clone())).collect();
        assert_eq!(
            found,
            [
                (4, "`languages: nl: title` contains the control character U+0001".to_string()),
                (6, "`alert: nl` contains the control character U+009B".to_string()),
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
        assert_eq!(config.menus["main"][1].translation_key, "news");
        assert_eq!(config.menus["main"][1].position.line, 7);
        let alert = config.alert.unwrap();
        assert_eq!(alert.kind, AlertKind::Error);
        assert_eq!(alert.texts["en"], "Outage");
        assert_eq!(config.checks["stale-translation"], CheckLevel::Error);
    }

    #[test]
    fn unknown_key_and_bad_default_language_are_errors() {
        let text = GOOD.replace("menus:", "menu:");
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        assert_eq!(errors.sorted()[0].message, "unknown key `menu`");
        let text = GOOD.replace("default_language: nl", "default_language: de");
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        assert_eq!(errors.sorted()[0].position, Position::new(2, 19));
    }

    #[test]
    fn alert_needs_every_language() {
        let text = GOOD.replace("  en: Outage\n", "");
        let errors = SiteConfig::parse(&text, "site.yaml".into()).unwrap_err();
        assert!(errors.sorted()[0].message.contains("no text in `en`"));
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
            assert!(first.message.contains("review_after_days"), "{first}");
            assert_eq!(first.position.line, 13);
        }
        assert!(SiteConfig::parse(&format!("{GOOD}review_after_days: soon\n"), "site.yaml".into()).is_err());
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
}
