//! Editor checks: the levels of the rules (`crate::rules`) set in `site.yaml` and page front
//! matter, and the content checks that run on every page's parsed Markdown (headings, raw
//! HTML, links and images, link text, tables, plain language) and on the whole site
//! (translations, Fluent key usage). Editor rules are reported from here only: from the
//! events and link resolutions of `markdown`, before `render` runs (which learns from
//! [`PageChecks`] whether a body's raw HTML is refused), and from what expanding shortcodes
//! kept as data ([`check_rendered`]).
//!
//! Levels are applied in one place, [`Policy`]: a rule's default severity, overridden by
//! `site.yaml`'s `checks:` map, and silenced on one page by its front matter
//! `checks: { allow: [rule], reason: ... }`.

pub mod fluent_usage;
pub mod headings;
pub mod html;
pub mod link_text;
pub mod links;
pub mod placeholders;
pub mod plain_language;
pub mod tables;
pub mod titles;
pub mod translations;
pub mod unsafe_files;

use crate::diagnostics::{Diagnostic, Diagnostics, Position, Severity};
use crate::load::config::{CheckLevel, PlainLanguageLimits, SiteConfig};
use crate::load::locales::Locales;
use crate::load::page::Page;
use crate::load::tree::PageTree;
use crate::markdown::links::Problem;
use crate::markdown::Parsed;
use crate::messages::Text;
use crate::rules::{Rule, GROUPS};
use crate::text;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// "did you mean `broken-link`?" for a misspelt rule name.
fn suggest(name: &str) -> Text {
    let names = Rule::ALL.iter().map(|r| r.name()).chain(GROUPS.iter().map(|(g, _)| *g));
    match names.map(|n| (strsim::levenshtein(name, n), n)).filter(|(d, _)| *d <= 3).min() {
        Some((_, nearest)) => text!("check-rule-nearest", nearest = nearest),
        None => text!("check-rule-names"),
    }
}

/// Where `needle` is first written at or after `from` in `text` (within a few lines: an
/// `allow` list may be written as a block), or `from` itself.
fn find_after(text: &str, from: Position, needle: &str) -> Position {
    for (i, line) in text.lines().enumerate().skip(from.line.saturating_sub(1)).take(8) {
        let skip = if i + 1 == from.line { from.column.saturating_sub(1) } else { 0 };
        let start = line.char_indices().nth(skip).map_or(line.len(), |(b, _)| b);
        if let Some(found) = line[start..].find(needle) {
            return Position::new(i + 1, line[..start + found].chars().count() + 1);
        }
    }
    from
}

/// The level of every rule for this site, and the rules each page allows.
#[derive(Debug, Default)]
pub struct Policy {
    /// Site-wide levels from `site.yaml` (groups expanded; a rule named itself wins over its group).
    site: HashMap<Rule, CheckLevel>,
    /// Per page file: the rules its front matter allows.
    allowed: HashMap<PathBuf, Vec<Rule>>,
}

impl Policy {
    /// Reads the levels of `site.yaml` and the pages' `allow` lists; unknown rule names, and
    /// attempts to lower a rule that cannot be lowered, are errors.
    pub fn new(config: &SiteConfig, pages: &[Page]) -> (Policy, Diagnostics) {
        let mut problems = Diagnostics::new();
        let mut policy = Policy::default();
        let mut from_group: Vec<(Rule, CheckLevel)> = Vec::new();
        for (name, &level) in &config.checks {
            let position = config.check_positions.get(name).copied().unwrap_or(Position::START);
            let Some(rules) = Rule::expand(name) else {
                problems.push(
                    Diagnostic::error(Rule::Config, &config.file, position, text!("check-unknown-rule", name = name))
                        .with_hint(suggest(name)),
                );
                continue;
            };
            for &rule in rules {
                if !rule.adjustable() && level != CheckLevel::Error {
                    problems.push(
                        Diagnostic::error(
                            Rule::Config,
                            &config.file,
                            position,
                            text!("check-always-error", rule = rule.name()),
                        )
                        .with_hint(text!("check-always-error-hint")),
                    );
                } else if rule.name() == name {
                    policy.site.insert(rule, level);
                } else {
                    from_group.push((rule, level));
                }
            }
        }
        for (rule, level) in from_group {
            policy.site.entry(rule).or_insert(level);
        }
        for page in pages {
            let Some(checks) = &page.front.checks else { continue };
            let mut allowed = Vec::new();
            for name in &checks.value.allow {
                let position = find_after(&page.text, checks.position, name);
                let Some(rules) = Rule::expand(name) else {
                    problems.push(
                        Diagnostic::error(
                            Rule::FrontMatter,
                            &page.source,
                            position,
                            text!("check-allow-unknown-rule", name = name),
                        )
                        .with_hint(suggest(name)),
                    );
                    continue;
                };
                for &rule in rules {
                    if rule.adjustable() {
                        allowed.push(rule);
                    } else {
                        problems.push(
                            Diagnostic::error(
                                Rule::FrontMatter,
                                &page.source,
                                position,
                                text!("check-allow-always-error", rule = rule.name()),
                            )
                            .with_hint(text!("check-allow-always-error-hint")),
                        );
                    }
                }
            }
            policy.allowed.insert(page.source.clone(), allowed);
        }
        (policy, problems)
    }

    /// The severity of `rule` for a finding in `file`; `None` when it is off there.
    pub fn severity(&self, rule: Rule, file: &Path) -> Option<Severity> {
        if self.allowed.get(file).is_some_and(|rules| rules.contains(&rule)) {
            return None;
        }
        match self.site.get(&rule) {
            Some(CheckLevel::Off) => None,
            Some(CheckLevel::Error) => Some(Severity::Error),
            Some(CheckLevel::Warning) => Some(Severity::Warning),
            None => Some(rule.default_severity()),
        }
    }

    /// Gives each finding its configured severity, and drops those that are off.
    pub fn apply(&self, found: impl IntoIterator<Item = Diagnostic>) -> Diagnostics {
        found
            .into_iter()
            .filter_map(|mut d| {
                self.severity(d.rule, &d.file).map(|severity| {
                    d.severity = severity;
                    d
                })
            })
            .collect()
    }
}

/// What the checks across pages read: the settings, the pages and their tree.
pub struct Input<'a> {
    pub config: &'a SiteConfig,
    pub pages: &'a [Page],
    pub tree: &'a PageTree,
}

/// The checks of one page's Markdown (found by [`check_page`] before rendering it), at their
/// configured severity (`serve` repeats them for the page that changed).
pub fn page_checks(found: &[Diagnostic], policy: &Policy) -> Diagnostics {
    policy.apply(found.iter().cloned())
}

/// Missing and stale translations, and sibling pages with one title: hash lookups over the
/// pages, cheap enough to repeat after every edit in `serve`.
pub fn translation_checks(input: &Input<'_>, policy: &Policy) -> Diagnostics {
    let mut found = translations::check(input.config, input.pages, input.tree, policy);
    found.extend(titles::duplicate_siblings(input.pages, input.tree));
    policy.apply(found)
}

/// Fluent keys that templates use but no locale defines, and keys no template uses; these
/// depend on the theme only (they read the template files).
pub fn fluent_checks(root: &Path, locales: &Locales, policy: &Policy) -> Diagnostics {
    policy.apply(fluent_usage::check(root, locales))
}

pub use crate::markdown::Events;

/// What the checks of one page's body found, before check levels are applied.
#[derive(Debug, Clone, Default)]
pub struct PageChecks {
    pub found: Vec<Diagnostic>,
    /// The plain-language numbers the checks judged (for `loket status`).
    pub metrics: plain_language::PageMetrics,
    /// Whether the body holds raw HTML outside the allowlist (`raw-html`, an error no level
    /// lowers): then `render` shows none of its raw HTML.
    pub refuses_raw_html: bool,
}

/// The checks of one page's parsed body: every family over the events (one parse per page,
/// the same events `render` reads next), then the problems of its links and images.
/// `call_texts`: what readers see or hear of the page's inline shortcodes, by offset (a link
/// whose text is a shared value, or says more through `hidden`, is read with that text).
/// `limits`: the plain-language limits of the page's language (`SiteConfig::plain_language_limits`).
pub fn check_page(
    page: &Page,
    parsed: &Parsed<'_>,
    call_texts: &HashMap<usize, String>,
    limits: Option<PlainLanguageLimits>,
) -> PageChecks {
    // A `details` block with a `level` writes a heading in its summary.
    let details: Vec<(usize, u8)> = parsed
        .shortcodes
        .map(|p| {
            p.calls
                .iter()
                .filter(|c| c.kind == crate::markdown::shortcodes::CallKind::Open && c.name == "details")
                .filter_map(|c| match c.arg("level").map(|a| &a.value) {
                    Some(crate::markdown::shortcodes::ArgValue::Int(n @ 2..=6)) => Some((c.range.start, *n as u8)),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let mut checks = check_events(page, &parsed.events, call_texts, &details, limits);
    links::check(page, &parsed.events, &parsed.links, &mut checks.found);
    checks
}

/// The checks that read one page's Markdown events; `call_texts` as for [`check_page`];
/// `details`: the offsets and levels of the headings that `details` blocks write.
pub fn check_events(
    page: &Page,
    events: &Events<'_>,
    call_texts: &HashMap<usize, String>,
    details: &[(usize, u8)],
    limits: Option<PlainLanguageLimits>,
) -> PageChecks {
    let mut found = Vec::new();
    headings::check(page, events, details, &mut found);
    headings::check_attributes(page, events, &mut found);
    headings::check_duplicate_ids(page, events, &mut found);
    let before = found.len();
    html::check(page, events, &mut found);
    let refuses_raw_html = found.len() > before;
    link_text::check(page, events, call_texts, &mut found);
    tables::check(page, events, &mut found);
    titles::check_markup(page, &mut found);
    placeholders::check(page, &mut found);
    let metrics = plain_language::check(page, events, limits, &mut found);
    PageChecks { found, metrics, refuses_raw_html }
}

/// What expanding a page's shortcodes kept for the checks (a link argument's problem, a
/// figure without alt text), added to its findings.
pub fn check_rendered(page: &Page, problems: &[Problem], found: &mut Vec<Diagnostic>) {
    found.extend(problems.iter().map(|problem| links::finding(page, problem)));
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::load::page::Page;
    pub use crate::markdown::test_support::{body_page, page};
    use crate::rules::Rule;

    /// What the checks find in `page`'s body.
    pub fn check_page(page: &Page) -> Vec<crate::diagnostics::Diagnostic> {
        super::check_events(page, &crate::markdown::parse(page.body()), &Default::default(), &[], default_limits(page))
            .found
    }

    /// The plain-language limits of a site that sets none, for `page`'s language.
    pub fn default_limits(page: &Page) -> Option<crate::load::config::PlainLanguageLimits> {
        crate::load::config::has_readability_formula(page.lang.as_str())
            .then_some(crate::load::config::DEFAULT_PLAIN_LANGUAGE)
    }

    /// `(rule, line, column)` of what the checks find in `body` (which starts at line 5).
    pub fn findings(lang: &str, body: &str) -> Vec<(Rule, usize, usize)> {
        let page = body_page(lang, body);
        check_page(&page).iter().map(|d| (d.rule, d.position.line, d.position.column)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(checks: &str) -> SiteConfig {
        let text = format!(
            "base_url: https://example.org\ndefault_language: nl\nlanguages:\n  nl: {{ name: Nederlands, title: T }}\nchecks: {checks}\n"
        );
        SiteConfig::parse(&text, "site.yaml".into()).expect("config")
    }

    #[test]
    fn site_levels_raise_silence_and_refuse() {
        let (policy, problems) =
            Policy::new(&config("{ stale-translation: error, plain-language: off, long-sentence: warning }"), &[]);
        assert!(problems.is_empty());
        let file = Path::new("content/nl/a.md");
        assert_eq!(policy.severity(Rule::StaleTranslation, file), Some(Severity::Error));
        assert_eq!(policy.severity(Rule::Readability, file), None);
        assert_eq!(policy.severity(Rule::LongSentence, file), Some(Severity::Warning), "the rule itself wins");
        assert_eq!(policy.severity(Rule::VagueLinkText, file), Some(Severity::Warning));

        let (_, problems) = Policy::new(&config("{ broken-link: off, stale-translatoin: error }"), &[]);
        let messages: Vec<String> = problems.sorted().iter().map(|d| d.to_string()).collect();
        assert!(messages[0].contains("`broken-link` is always an error"), "{messages:?}");
        let dutch = crate::messages::Messages::new(crate::messages::EditorLang::Nl);
        let hint = problems.sorted()[1].hint.as_ref().map(|h| dutch.format(h));
        assert_eq!(hint.as_deref(), Some("Bedoel je `stale-translation`? In docs/checks.md staan alle controles."));
        assert!(messages[1].contains("Did you mean `stale-translation`?"), "{messages:?}");
        assert_eq!(problems.sorted()[1].position, Position::new(5, 29), "at the rule's name");
    }

    #[test]
    fn hints_give_examples_in_the_page_language_or_without_words() {
        let body = "# Kop\n\n<h2>Kop</h2>\n\n| a | b |\n|---|---|\n\n![](kaart.png)\n";
        let hints = |lang: &str| -> Vec<String> {
            let english = crate::messages::Messages::new(crate::messages::EditorLang::En);
            let found = test_support::check_page(&test_support::body_page(lang, body));
            found.iter().filter_map(|d| d.hint.as_ref()).map(|h| english.format(h)).collect()
        };
        let dutch_page = hints("nl").join("\n");
        assert!(dutch_page.contains("## Wat neem je mee?") && dutch_page.contains("## Kop"), "{dutch_page}");
        let english_page = hints("en").join("\n");
        assert!(english_page.contains("## What to bring") && english_page.contains("## Heading"), "{english_page}");
        for lang in ["tr", "ar", "fa", "uk"] {
            let other = hints(lang);
            assert!(other.len() >= 2, "{lang}: {other:?}");
            for hint in &other {
                for word in ["What to bring", "Heading", "Wat neem je", "Kop", "Map of", "Kaart"] {
                    assert!(!hint.contains(word), "{lang}: {hint}");
                }
            }
            assert!(other.iter().any(|h| h.ends_with("for example: ## …")), "{lang}: {other:?}");
        }
    }

    #[test]
    fn a_page_allows_a_rule_for_itself_only() {
        let page = test_support::page(
            "nl",
            "---\ntitle: T\ndescription: D\nchecks: { allow: [heading-skip, vague-link-txt, raw-html], reason: r }\n---\n",
        );
        let (policy, problems) = Policy::new(&config("{}"), std::slice::from_ref(&page));
        assert_eq!(policy.severity(Rule::HeadingSkip, &page.source), None);
        assert_eq!(policy.severity(Rule::HeadingSkip, Path::new("content/nl/b.md")), Some(Severity::Error));
        let messages: Vec<String> = problems.sorted().iter().map(|d| d.message.to_string()).collect();
        assert_eq!(
            messages,
            [
                "`vague-link-txt` in `checks: allow` is not the name of a check.",
                "You cannot allow `raw-html` on a page: it is always an error."
            ]
        );
    }
}
