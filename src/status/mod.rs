//! `loket status`: the state of a loaded site as typed numbers (translation coverage, pages
//! due for review, plain language, findings per rule), computed from what loading already
//! found, and its printed forms: `text` (a terminal report), `json` (fields documented in
//! docs/status.md) and `html` (one page from the theme's `loket/status.html` template).

pub mod html;
pub mod json;
pub mod text;

use crate::checks::plain_language::{self, PageMetrics, MIN_SCORE};
use crate::checks::translations::{self, STALE_AFTER_DAYS};
use crate::diagnostics::Diagnostics;
use crate::lang::Lang;
use crate::load::config::PlainLanguageLimits;
use crate::load::page::{Page, PageId};
use crate::rules::Rule;
use crate::site::Site;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// How many files a rule lists as its top files.
pub const TOP_FILES: usize = 5;
/// How many pages the list of the most long sentences holds per language.
pub const TOP_LONG_SENTENCES: usize = 10;
/// The section of pages directly below the language folder (the home page, `contact.md`).
pub const HOME_SECTION: &str = "(home)";

/// The whole report. Every list has a stable order (see docs/status.md).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    /// The day the ages are counted to (`YYYY-MM-DD`).
    pub today: String,
    pub review_after_days: u32,
    pub stale_after_days: i32,
    /// Pages per language, in the order of `site.yaml`.
    pub pages: Vec<LanguageCount>,
    pub translations: Translations,
    pub review: Review,
    pub plain_language: PlainLanguage,
    pub findings: FindingsByRule,
    /// Per language of the site, how many of its interface strings (menus, buttons) come
    /// from loket's own files that no native speaker has reviewed.
    pub interface_strings: Vec<InterfaceStrings>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InterfaceStrings {
    pub lang: Lang,
    /// All interface strings of the language.
    pub strings: usize,
    /// Strings from loket's built-in files that no native speaker has reviewed; those of
    /// the site's own `locales/` files are the site's responsibility and never counted.
    pub unreviewed: usize,
}

impl Status {
    /// The languages with unreviewed interface strings, in the order of `site.yaml`.
    pub fn unreviewed_languages(&self) -> Vec<&str> {
        self.interface_strings.iter().filter(|l| l.unreviewed > 0).map(|l| l.lang.as_str()).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageCount {
    pub lang: Lang,
    pub pages: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Translations {
    /// One row per language, with one per section inside.
    pub languages: Vec<Coverage>,
    /// Pages without a translation in some language, by file.
    pub untranslated: Vec<Untranslated>,
    /// Translations changed long before their counterpart, most days behind first.
    pub stale: Vec<StalePage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    pub lang: Lang,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    pub pages: usize,
    /// Pages with a translation in every other language.
    pub translated: usize,
    /// Pages without a translation in at least one other language (pages that allow
    /// `missing-translation` are left out).
    pub missing: usize,
    /// Pages changed more than `stale_after_days` before their newest translation.
    pub stale: usize,
    /// Pages meant for this language only (`checks: { allow: [missing-translation] }`).
    pub one_language: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Coverage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PageRef {
    pub source: PathBuf,
    pub url: String,
    pub lang: Lang,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Untranslated {
    #[serde(flatten)]
    pub page: PageRef,
    pub section: String,
    /// The languages it has no translation in.
    pub missing_in: Vec<Lang>,
    /// `updated`, else `date`, when set.
    pub last_changed: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StalePage {
    #[serde(flatten)]
    pub page: PageRef,
    pub section: String,
    pub changed: String,
    pub counterpart: PageRef,
    pub counterpart_changed: String,
    /// Days between the two dates: how far the translation lags.
    pub lag_days: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    /// Pages whose `updated` (or `date`) is more than `review_after_days` before today.
    pub due: usize,
    /// Pages without `updated` or `date`.
    pub undated: usize,
    /// The pages due, oldest first.
    pub pages: Vec<ReviewPage>,
    /// The pages without a date, by file.
    pub undated_pages: Vec<PageRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewPage {
    #[serde(flatten)]
    pub page: PageRef,
    pub last_changed: String,
    /// Days since `last_changed`.
    pub age_days: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlainLanguage {
    pub min_score: f64,
    pub max_sentence_words: usize,
    /// One row per language, with one per section inside.
    pub languages: Vec<Readability>,
    /// Per language, the pages with the most long sentences (at most 10 each).
    pub most_long_sentences: Vec<LongSentences>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readability {
    pub lang: Lang,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Whether loket measures plain language in this language (Dutch, English, or one that
    /// `site.yaml` gives limits): when not, the numbers below are 0 and mean nothing.
    pub measured: bool,
    /// The score from which a page of this language reads at B1; `null` without a formula.
    pub min_score: Option<f64>,
    /// A sentence of more words is long; `null` when the language is not measured.
    pub max_sentence_words: Option<usize>,
    pub pages: usize,
    /// Pages with a score (enough words, a language with a formula).
    pub scored: usize,
    /// Scored pages at `min_score` or above.
    pub at_b1: usize,
    /// `at_b1` of `scored` in percent, one decimal; `null` when nothing is scored.
    pub at_b1_percent: Option<f64>,
    /// The median score, one decimal.
    pub median_score: Option<f64>,
    /// Scored pages per band of scores, in the order of `BANDS`.
    pub distribution: Vec<Band>,
    pub long_sentences: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Readability>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Band {
    /// `"<30"`, `"30-39"`, … `"80+"`.
    pub band: &'static str,
    pub pages: usize,
}

/// The bands of scores: (label, lowest score in it). 60 (B1) starts a band.
pub const BANDS: &[(&str, f64)] = &[
    ("<30", f64::NEG_INFINITY),
    ("30-39", 30.0),
    ("40-49", 40.0),
    ("50-59", 50.0),
    ("60-69", 60.0),
    ("70-79", 70.0),
    ("80+", 80.0),
];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LongSentences {
    #[serde(flatten)]
    pub page: PageRef,
    pub long_sentences: usize,
    pub sentences: usize,
    /// One decimal.
    pub score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingsByRule {
    pub errors: usize,
    pub warnings: usize,
    /// Rules with findings, in the order of the rule table (docs/checks.md).
    pub rules: Vec<RuleFindings>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleFindings {
    /// Written as its name.
    pub rule: Rule,
    pub errors: usize,
    pub warnings: usize,
    /// Files with findings of this rule.
    pub files: usize,
    /// The files with the most, most first (at most 5).
    pub top_files: Vec<FileCount>,
    /// The command that lists them all.
    pub command: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileCount {
    pub file: PathBuf,
    pub findings: usize,
}

/// The status of a loaded site on `today`, with its findings (`site.findings().all()`, or
/// more, such as those of rendering).
pub fn compute(site: &Site, today: Date, findings: &Diagnostics) -> Status {
    let metrics = site.plain_language();
    Status {
        today: today.to_string(),
        review_after_days: site.config().review_after_days,
        stale_after_days: STALE_AFTER_DAYS,
        pages: site
            .page_counts()
            .into_iter()
            .map(|(lang, pages)| {
                // The editors' pages: topic pages are made from site.yaml.
                let generated = site.pages().iter().filter(|p| p.lang == lang && p.is_generated()).count();
                LanguageCount { pages: pages - generated, lang }
            })
            .collect(),
        translations: translation_status(site),
        review: review(site, today),
        plain_language: plain_language_status(site, metrics),
        findings: findings_by_rule(findings),
        interface_strings: languages(site)
            .into_iter()
            .map(|lang| {
                let review = site.locales().review(&lang);
                InterfaceStrings { lang, strings: review.strings, unreviewed: review.unreviewed }
            })
            .collect(),
    }
}

/// The top folder below the language folder, or `(home)` for a page directly in it.
pub fn section(page: &Page) -> String {
    match page.key_path.split_once('/') {
        Some((first, _)) => first.to_string(),
        None => HOME_SECTION.to_string(),
    }
}

fn page_ref(page: &Page) -> PageRef {
    PageRef {
        source: page.source.clone(),
        url: page.url.clone(),
        lang: page.lang.clone(),
        title: page.front.title.clone(),
    }
}

fn languages(site: &Site) -> Vec<Lang> {
    site.config().languages.keys().cloned().collect()
}

fn translation_status(site: &Site) -> Translations {
    let pages = site.pages();
    let languages = languages(site);
    let stale = translations::stale_translations(site.config(), pages, site.tree());
    let stale_pages: std::collections::HashSet<PageId> = stale.iter().map(|s| s.page).collect();
    // (lang, section) → counts; the language rows are sums of their sections.
    let mut rows: BTreeMap<(usize, String), Coverage> = BTreeMap::new();
    let mut untranslated = Vec::new();
    // Topic pages are made from site.yaml, always in every language: no editor's work to report.
    for (id, page) in PageId::all(pages.len()).zip(pages).filter(|(_, p)| !p.is_generated()) {
        let Some(lang_index) = languages.iter().position(|l| *l == page.lang) else { continue };
        let section = section(page);
        let row = rows.entry((lang_index, section.clone())).or_insert_with(|| Coverage {
            lang: page.lang.clone(),
            section: Some(section.clone()),
            pages: 0,
            translated: 0,
            missing: 0,
            stale: 0,
            one_language: 0,
            sections: Vec::new(),
        });
        row.pages += 1;
        // A page whose text is in another language (`text_language`) stands in for a
        // translation: untranslated in its own language, and no translation of the others.
        let translated = |lang: &Lang| {
            if *lang == page.lang {
                return !page.text_elsewhere();
            }
            match site.tree().translation(pages, id, lang) {
                Some(other) => !pages[other].text_elsewhere(),
                None => site.tree().has_translation(pages, id, lang),
            }
        };
        let missing_in: Vec<Lang> = languages.iter().filter(|l| !translated(l)).cloned().collect();
        if missing_in.is_empty() {
            row.translated += 1;
        } else if site.policy().severity(Rule::MissingTranslation, &page.source).is_none() {
            row.one_language += 1;
        } else {
            row.missing += 1;
            untranslated.push(Untranslated {
                page: page_ref(page),
                section,
                missing_in,
                last_changed: page.front.last_changed().map(|d| d.to_string()),
            });
        }
        if stale_pages.contains(&id) {
            row.stale += 1;
        }
    }
    let mut coverage: Vec<Coverage> = languages
        .iter()
        .map(|lang| Coverage {
            lang: lang.clone(),
            section: None,
            pages: 0,
            translated: 0,
            missing: 0,
            stale: 0,
            one_language: 0,
            sections: Vec::new(),
        })
        .collect();
    for ((lang_index, _), row) in rows {
        let total = &mut coverage[lang_index];
        total.pages += row.pages;
        total.translated += row.translated;
        total.missing += row.missing;
        total.stale += row.stale;
        total.one_language += row.one_language;
        total.sections.push(row);
    }
    untranslated.sort_by(|a, b| a.page.source.cmp(&b.page.source));
    let mut stale: Vec<StalePage> = stale
        .into_iter()
        .map(|s| StalePage {
            page: page_ref(&pages[s.page]),
            section: section(&pages[s.page]),
            changed: s.changed.to_string(),
            counterpart: page_ref(&pages[s.counterpart]),
            counterpart_changed: s.counterpart_changed.to_string(),
            lag_days: s.days,
        })
        .collect();
    stale.sort_by(|a, b| b.lag_days.cmp(&a.lag_days).then_with(|| a.page.source.cmp(&b.page.source)));
    Translations { languages: coverage, untranslated, stale }
}

fn review(site: &Site, today: Date) -> Review {
    let threshold = i64::from(site.config().review_after_days);
    let mut due = Vec::new();
    let mut undated = Vec::new();
    for page in site.pages().iter().filter(|p| !p.is_generated()) {
        match page.front.last_changed() {
            None => undated.push(page_ref(page)),
            Some(changed) => {
                let age = changed.until(today).map(|span| span.get_days()).unwrap_or(0);
                if i64::from(age) > threshold {
                    due.push(ReviewPage { page: page_ref(page), last_changed: changed.to_string(), age_days: age });
                }
            }
        }
    }
    due.sort_by(|a, b| b.age_days.cmp(&a.age_days).then_with(|| a.page.source.cmp(&b.page.source)));
    undated.sort_by(|a, b| a.source.cmp(&b.source));
    Review { due: due.len(), undated: undated.len(), pages: due, undated_pages: undated }
}

/// One decimal, so that the JSON does not depend on the last bits of a float.
fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn readability_row(
    lang: &Lang,
    limits: Option<PlainLanguageLimits>,
    section: Option<String>,
    items: &[(&Page, &PageMetrics)],
) -> Readability {
    let mut scores: Vec<f64> = items.iter().filter_map(|(_, m)| m.score).collect();
    scores.sort_by(f64::total_cmp);
    let min_score = limits.and_then(|l| l.min_score);
    let at_b1 = scores.iter().filter(|s| **s >= min_score.unwrap_or(MIN_SCORE)).count();
    let median = match scores.len() {
        0 => None,
        n if n % 2 == 1 => Some(round1(scores[n / 2])),
        n => Some(round1((scores[n / 2 - 1] + scores[n / 2]) / 2.0)),
    };
    let distribution = BANDS
        .iter()
        .enumerate()
        .map(|(i, (band, from))| {
            let to = BANDS.get(i + 1).map_or(f64::INFINITY, |(_, next)| *next);
            Band { band, pages: scores.iter().filter(|s| **s >= *from && **s < to).count() }
        })
        .collect();
    Readability {
        lang: lang.clone(),
        section,
        measured: limits.is_some(),
        min_score,
        max_sentence_words: limits.map(|l| l.sentence_words),
        pages: items.len(),
        scored: scores.len(),
        at_b1,
        at_b1_percent: (!scores.is_empty()).then(|| round1(100.0 * at_b1 as f64 / scores.len() as f64)),
        median_score: median,
        distribution,
        long_sentences: items.iter().map(|(_, m)| m.long_sentences).sum(),
        sections: Vec::new(),
    }
}

fn plain_language_status(site: &Site, metrics: &[PageMetrics]) -> PlainLanguage {
    let pages = site.pages();
    let mut languages = Vec::new();
    let mut most = Vec::new();
    for lang in self::languages(site) {
        let items: Vec<(&Page, &PageMetrics)> =
            pages.iter().zip(metrics).filter(|(p, _)| p.lang == lang && !p.is_generated()).collect();
        let mut by_section: BTreeMap<String, Vec<(&Page, &PageMetrics)>> = BTreeMap::new();
        for item in &items {
            by_section.entry(section(item.0)).or_default().push(*item);
        }
        let limits = site.config().plain_language_limits(lang.as_str());
        let mut row = readability_row(&lang, limits, None, &items);
        row.sections =
            by_section.into_iter().map(|(s, items)| readability_row(&lang, limits, Some(s), &items)).collect();
        languages.push(row);
        let mut long: Vec<&(&Page, &PageMetrics)> = items.iter().filter(|(_, m)| m.long_sentences > 0).collect();
        long.sort_by(|a, b| b.1.long_sentences.cmp(&a.1.long_sentences).then_with(|| a.0.source.cmp(&b.0.source)));
        most.extend(long.into_iter().take(TOP_LONG_SENTENCES).map(|(page, m)| LongSentences {
            page: page_ref(page),
            long_sentences: m.long_sentences,
            sentences: m.sentences,
            score: m.score.map(round1),
        }));
    }
    PlainLanguage {
        min_score: MIN_SCORE,
        max_sentence_words: plain_language::MAX_SENTENCE_WORDS,
        languages,
        most_long_sentences: most,
    }
}

/// Findings counted per rule, in the order of the rule table.
pub fn findings_by_rule(findings: &Diagnostics) -> FindingsByRule {
    let mut by_rule: HashMap<Rule, (usize, usize, HashMap<&std::path::Path, usize>)> = HashMap::new();
    for d in findings.iter() {
        let entry = by_rule.entry(d.rule).or_default();
        if d.is_error() {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
        *entry.2.entry(d.file.as_path()).or_default() += 1;
    }
    let mut rules: Vec<RuleFindings> = by_rule
        .into_iter()
        .map(|(rule, (errors, warnings, files))| {
            let mut top: Vec<FileCount> =
                files.iter().map(|(file, n)| FileCount { file: file.to_path_buf(), findings: *n }).collect();
            top.sort_by(|a, b| b.findings.cmp(&a.findings).then_with(|| a.file.cmp(&b.file)));
            top.truncate(TOP_FILES);
            RuleFindings {
                rule,
                errors,
                warnings,
                files: files.len(),
                top_files: top,
                command: format!("loket check --rule {rule}"),
            }
        })
        .collect();
    rules.sort_by_key(|r| r.rule);
    FindingsByRule { errors: findings.error_count(), warnings: findings.warning_count(), rules }
}

/// Today in the local time zone (the day editors see on their calendar): the day ages are
/// counted to, and the date `loket new` gives a page.
pub fn today() -> Date {
    jiff::ZonedDateTime::now().date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::{Diagnostic, Position};

    #[test]
    fn findings_are_counted_per_rule_in_table_order_with_top_files() {
        let mut found = Diagnostics::new();
        for (rule, file) in [
            (Rule::Readability, "b.md"),
            (Rule::LongSentence, "a.md"),
            (Rule::LongSentence, "b.md"),
            (Rule::LongSentence, "b.md"),
            (Rule::BrokenLink, "c.md"),
        ] {
            let d = if rule == Rule::BrokenLink {
                Diagnostic::error(rule, file, Position::START, crate::text!("summary-errors", count = 1usize))
            } else {
                Diagnostic::warning(rule, file, Position::START, crate::text!("summary-errors", count = 1usize))
            };
            found.push(d);
        }
        let by_rule = findings_by_rule(&found);
        let rules: Vec<Rule> = by_rule.rules.iter().map(|r| r.rule).collect();
        assert_eq!(rules, [Rule::BrokenLink, Rule::LongSentence, Rule::Readability]);
        let long = &by_rule.rules[1];
        assert_eq!((long.warnings, long.files), (3, 2));
        assert_eq!(long.top_files[0], FileCount { file: "b.md".into(), findings: 2 });
        assert_eq!(long.command, "loket check --rule long-sentence");
        assert_eq!((by_rule.errors, by_rule.warnings), (1, 4));
    }
}
