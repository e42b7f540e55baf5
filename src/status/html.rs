//! The HTML form of `loket status`: one self-contained page (inline SVG charts with text
//! alternatives beside tables of the numbers; no script, no external requests), which
//! `loket serve` also shows at `/__loket/status`. The page is the theme's template
//! `loket/status.html` with its stylesheet `loket/status.css`, built in and overridden by a
//! site's own like every theme file, and escaped by Tera's autoescape: this module only turns
//! the numbers into the template's context (rows, charts, links and formatted figures) and
//! gives it the words in the editor's language (`t`, a map from message id to words, and
//! `editor_lang`).

use super::{Coverage, PageRef, Readability, Status};
use crate::diagnostics::Diagnostic;
use crate::messages::Messages;
use crate::render::templates::Templates;
use crate::text;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The template of the page, in the theme's `templates/` folder.
pub const TEMPLATE: &str = "loket/status.html";

/// How many pages each list of the page shows (JSON lists all).
const LIST: usize = 100;

/// Where the page's links lead.
#[derive(Debug, Clone)]
pub struct Links {
    /// Prefixed to page URLs: `http://127.0.0.1:1111` for a report file, `` inside `serve`.
    pub preview: String,
    /// The site folder (absolute), for `file://` links to sources; `None`: no source links.
    pub site_root: Option<PathBuf>,
}

/// The page, rendered with the site's templates; a template error (in a site's own
/// `loket/status.html`) is returned as findings.
pub fn render(
    status: &Status,
    links: &Links,
    templates: &Templates,
    messages: Messages,
) -> Result<String, Vec<Diagnostic>> {
    let mut context = tera::Context::new();
    context.insert("report", &Report::new(status, links, &messages));
    context.insert("t", &words(status, &messages));
    context.insert("editor_lang", messages.lang().code());
    templates.render(TEMPLATE, &context, Path::new(crate::load::theme::TEMPLATES_DIR).join(TEMPLATE).as_path())
}

/// The words of the page without arguments, by message id.
const WORDS: &[&str] = &[
    "status-html-interface",
    "status-interface-note",
    "status-all",
    "status-html-skip",
    "status-html-heading",
    "status-html-parts",
    "status-html-totals",
    "status-html-translations",
    "status-html-review",
    "status-html-plain",
    "status-no-measure",
    "status-html-findings",
    "status-html-pages",
    "status-html-untranslated",
    "status-html-stale",
    "status-html-col-lang-section",
    "status-html-col-pages",
    "status-html-col-translated",
    "status-html-col-missing",
    "status-html-col-stale",
    "status-html-col-one-language",
    "status-html-untranslated-caption",
    "status-html-col-page",
    "status-html-col-missing-in",
    "status-html-col-last-changed",
    "status-html-stale-caption",
    "status-html-col-changed",
    "status-html-col-counterpart",
    "status-html-col-counterpart-changed",
    "status-html-col-days-behind",
    "status-html-review-caption",
    "status-html-col-days-ago",
    "status-html-undated-heading",
    "status-html-col-score",
    "status-html-plain-caption",
    "status-html-col-scored",
    "status-html-col-at-b1",
    "status-html-col-share",
    "status-html-col-median",
    "status-html-col-long",
    "status-html-long-caption",
    "status-html-col-sentences",
    "status-html-findings-caption",
    "status-html-col-rule",
    "status-html-col-errors",
    "status-html-col-warnings",
    "status-html-col-files",
    "status-html-col-most-in",
];

/// The template's `t`: every word of the page by message id, those with numbers filled in
/// from the report.
fn words(status: &Status, m: &Messages) -> BTreeMap<&'static str, String> {
    let mut t: BTreeMap<&'static str, String> = WORDS.iter().map(|id| (*id, m.get(id))).collect();
    let total: usize = status.pages.iter().map(|l| l.pages).sum();
    let review = &status.review;
    let findings =
        text!("status-findings-summary", errors = status.findings.errors, warnings = status.findings.warnings);
    let plain = &status.plain_language;
    for (id, text) in [
        ("status-title", text!("status-title", today = &status.today)),
        ("status-html-intro", text!("status-html-intro", today = &status.today, total = total)),
        (
            "status-review-summary",
            text!("status-review-summary", due = review.due, days = status.review_after_days, undated = review.undated),
        ),
        ("status-findings-summary", findings.clone()),
        ("status-html-coverage-caption", text!("status-html-coverage-caption", days = status.stale_after_days)),
        (
            "status-untranslated-heading",
            text!("status-untranslated-heading", count = status.translations.untranslated.len()),
        ),
        ("status-html-stale-heading", text!("status-html-stale-heading", count = status.translations.stale.len())),
        (
            "status-html-review-intro",
            text!(
                "status-html-review-intro",
                due = review.due,
                days = status.review_after_days,
                undated = review.undated
            ),
        ),
        (
            "status-html-plain-intro",
            text!(
                "status-html-plain-intro",
                score = format!("{:.0}", plain.min_score),
                words = plain.max_sentence_words
            ),
        ),
        ("status-html-findings-intro", text!("status-html-findings-intro", summary = findings)),
        (
            "status-interface-summary",
            text!("status-interface-summary", langs = status.unreviewed_languages().join(", ")),
        ),
    ] {
        t.insert(id, m.format(&text));
    }
    t
}

/// Bytes of a path that stay as they are in a `file://` URL.
const PATH_SET: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'/').remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// The template's context: `report`.
#[derive(Debug, Serialize)]
struct Report<'a> {
    today: &'a str,
    /// Pages of all languages.
    total: usize,
    /// Pages per language.
    pages: &'a [super::LanguageCount],
    untranslated: usize,
    stale: usize,
    review_after_days: u32,
    stale_after_days: i32,
    translations: Translations<'a>,
    review: Review<'a>,
    plain_language: PlainLanguage<'a>,
    findings: Findings<'a>,
    /// The languages whose built-in interface strings no native speaker has reviewed.
    unreviewed_interface: Vec<&'a str>,
}

#[derive(Debug, Serialize)]
struct Findings<'a> {
    errors: usize,
    warnings: usize,
    rules: Vec<RuleRow<'a>>,
}

#[derive(Debug, Serialize)]
struct RuleRow<'a> {
    rule: &'a str,
    errors: usize,
    warnings: usize,
    files: usize,
    /// The files with the most findings of the rule, most first, and how many each has.
    top_files: Vec<FileRow>,
}

#[derive(Debug, Serialize)]
struct FileRow {
    file: String,
    findings: usize,
}

#[derive(Debug, Serialize)]
struct Translations<'a> {
    chart: Chart,
    /// Per language its own row, then one per section.
    rows: Vec<CoverageRow<'a>>,
    untranslated: List<Untranslated<'a>>,
    stale: List<Stale<'a>>,
}

#[derive(Debug, Serialize)]
struct CoverageRow<'a> {
    lang: &'a str,
    /// `None` for the language's own row.
    section: Option<String>,
    pages: usize,
    translated: usize,
    missing: usize,
    stale: usize,
    one_language: usize,
}

/// The first `LIST` items of a list, and how many more it has.
#[derive(Debug, Serialize)]
struct List<T> {
    /// All of them, shown or not.
    total: usize,
    shown: Vec<T>,
    more: usize,
    /// "And 3 more", in the editor's language.
    more_words: String,
}

impl<T> List<T> {
    fn new<'s, S: 's>(all: &'s [S], m: &Messages, item: impl Fn(&'s S) -> T) -> List<T> {
        let more = all.len().saturating_sub(LIST);
        List {
            total: all.len(),
            shown: all.iter().take(LIST).map(item).collect(),
            more,
            more_words: m.format(&text!("status-html-more", count = more)),
        }
    }
}

#[derive(Debug, Serialize)]
struct Untranslated<'a> {
    page: Link<'a>,
    missing_in: String,
    /// The date, or `no date` in the editor's language.
    last_changed: String,
}

#[derive(Debug, Serialize)]
struct Stale<'a> {
    page: Link<'a>,
    changed: &'a str,
    counterpart: Link<'a>,
    counterpart_changed: &'a str,
    lag_days: i32,
}

#[derive(Debug, Serialize)]
struct Review<'a> {
    due: usize,
    undated: usize,
    pages: List<Due<'a>>,
    undated_pages: List<Link<'a>>,
}

#[derive(Debug, Serialize)]
struct Due<'a> {
    page: Link<'a>,
    last_changed: &'a str,
    age_days: i32,
}

#[derive(Debug, Serialize)]
struct PlainLanguage<'a> {
    /// The lowest score at B1, without decimals.
    min_score: String,
    max_sentence_words: usize,
    /// Per language, the chart and table of its scores.
    languages: Vec<Scores<'a>>,
    rows: Vec<ReadabilityRow<'a>>,
    most_long_sentences: Vec<LongSentences<'a>>,
}

#[derive(Debug, Serialize)]
struct Scores<'a> {
    lang: &'a str,
    /// The caption of its table.
    caption: String,
    chart: Chart,
    bands: &'a [super::Band],
}

#[derive(Debug, Serialize)]
struct ReadabilityRow<'a> {
    lang: &'a str,
    section: Option<String>,
    pages: usize,
    scored: usize,
    at_b1: usize,
    /// `75.0%`, or `-` when nothing is scored.
    share: String,
    /// `61.2`, or `-`.
    median: String,
    long_sentences: usize,
    /// Whether loket measures this language; when not, the row says so instead of numbers.
    measured: bool,
}

#[derive(Debug, Serialize)]
struct LongSentences<'a> {
    page: Link<'a>,
    long_sentences: usize,
    sentences: usize,
    /// `58.3`, or `-`.
    score: String,
}

/// A page as the report links it: its preview URL and its source file.
#[derive(Debug, Serialize)]
struct Link<'a> {
    href: String,
    lang: &'a str,
    title: &'a str,
    source: String,
    /// The `file://` URL of the source, when the site folder is known.
    file_url: Option<String>,
}

impl<'a> Link<'a> {
    fn new(page: &'a PageRef, links: &Links) -> Link<'a> {
        let file_url = links.site_root.as_ref().map(|root| {
            let path = root.join(&page.source);
            format!("file://{}", percent_encoding::percent_encode(path.as_os_str().as_encoded_bytes(), PATH_SET))
        });
        Link {
            href: format!("{}{}", links.preview, page.url),
            lang: &page.lang,
            title: &page.title,
            source: crate::diagnostics::shown(&page.source),
            file_url,
        }
    }
}

/// A horizontal bar chart, one bar per row with its value beside it, laid out in a
/// 640-wide box; its title and description say what the table next to it says.
#[derive(Debug, Serialize)]
struct Chart {
    id: String,
    title: String,
    /// `label: value; …`
    description: String,
    height: usize,
    bars: Vec<Bar>,
}

#[derive(Debug, Serialize)]
struct Bar {
    label: String,
    value: usize,
    /// The top of the bar.
    y: usize,
    /// The baseline of its texts.
    text_y: usize,
    width: usize,
    /// Where its value is written.
    value_x: usize,
}

impl Chart {
    const ROW: usize = 28;
    const LABEL: usize = 160;
    const BAR: usize = 400;

    fn new(id: String, title: String, rows: Vec<(String, usize)>, max: usize) -> Chart {
        let description: Vec<String> = rows.iter().map(|(label, value)| format!("{label}: {value}")).collect();
        let bars = rows
            .into_iter()
            .enumerate()
            .map(|(i, (label, value))| {
                let y = 4 + i * Self::ROW;
                let width = (Self::BAR * value).checked_div(max).unwrap_or(0);
                Bar { label, value, y, text_y: y + 15, width, value_x: Self::LABEL + width + 6 }
            })
            .collect::<Vec<_>>();
        Chart { id, title, description: description.join("; "), height: Self::ROW * bars.len().max(1) + 8, bars }
    }
}

fn one_decimal(x: Option<f64>, suffix: &str, m: &Messages) -> String {
    x.map_or("-".to_string(), |x| format!("{}{suffix}", super::text::decimal(x, m)))
}

impl<'a> Report<'a> {
    fn new(status: &'a Status, links: &Links, m: &Messages) -> Report<'a> {
        let t = &status.translations;
        let r = &status.review;
        let p = &status.plain_language;
        let rows = t
            .languages
            .iter()
            .flat_map(|l| {
                [
                    (m.format(&text!("status-chart-translated", lang = l.lang.as_str())), l.translated),
                    (m.format(&text!("status-chart-missing", lang = l.lang.as_str())), l.missing),
                ]
            })
            .collect();
        let max = t.languages.iter().map(|l| l.pages).max().unwrap_or(0);
        let translations = Translations {
            chart: Chart::new("chart-translations".into(), m.get("status-chart-translations"), rows, max),
            rows: t
                .languages
                .iter()
                .flat_map(|l| std::iter::once(l).chain(&l.sections))
                .map(|row| coverage_row(row, m))
                .collect(),
            untranslated: List::new(&t.untranslated, m, |page| Untranslated {
                page: Link::new(&page.page, links),
                missing_in: page.missing_in.join(", "),
                last_changed: page.last_changed.clone().unwrap_or_else(|| m.get("status-no-date")),
            }),
            stale: List::new(&t.stale, m, |page| Stale {
                page: Link::new(&page.page, links),
                changed: &page.changed,
                counterpart: Link::new(&page.counterpart, links),
                counterpart_changed: &page.counterpart_changed,
                lag_days: page.lag_days,
            }),
        };
        let review = Review {
            due: r.due,
            undated: r.undated,
            pages: List::new(&r.pages, m, |page| Due {
                page: Link::new(&page.page, links),
                last_changed: &page.last_changed,
                age_days: page.age_days,
            }),
            undated_pages: List::new(&r.undated_pages, m, |page| Link::new(page, links)),
        };
        let plain_language = PlainLanguage {
            min_score: format!("{:.0}", p.min_score),
            max_sentence_words: p.max_sentence_words,
            languages: p
                .languages
                .iter()
                .filter(|lang| lang.measured)
                .map(|lang| {
                    let rows: Vec<(String, usize)> = lang
                        .distribution
                        .iter()
                        .map(|b| (m.format(&text!("status-chart-band", band = b.band)), b.pages))
                        .collect();
                    let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0);
                    let chart = Chart::new(
                        format!("chart-scores-{}", lang.lang),
                        m.format(&text!("status-chart-scores", lang = lang.lang.as_str())),
                        rows,
                        max,
                    );
                    let caption = m.format(&text!("status-html-scores-caption", lang = lang.lang.as_str()));
                    Scores { lang: &lang.lang, caption, chart, bands: &lang.distribution }
                })
                .collect(),
            rows: p
                .languages
                .iter()
                .flat_map(|l| std::iter::once(l).chain(l.sections.iter().filter(|s| s.measured)))
                .map(|row| readability_row(row, m))
                .collect(),
            most_long_sentences: p
                .most_long_sentences
                .iter()
                .map(|page| LongSentences {
                    page: Link::new(&page.page, links),
                    long_sentences: page.long_sentences,
                    sentences: page.sentences,
                    score: one_decimal(page.score, "", m),
                })
                .collect(),
        };
        Report {
            today: &status.today,
            total: status.pages.iter().map(|l| l.pages).sum(),
            pages: &status.pages,
            untranslated: t.untranslated.len(),
            stale: t.stale.len(),
            review_after_days: status.review_after_days,
            stale_after_days: status.stale_after_days,
            translations,
            review,
            plain_language,
            findings: Findings {
                errors: status.findings.errors,
                warnings: status.findings.warnings,
                rules: status
                    .findings
                    .rules
                    .iter()
                    .map(|rule| RuleRow {
                        rule: rule.rule.name(),
                        errors: rule.errors,
                        warnings: rule.warnings,
                        files: rule.files,
                        top_files: rule
                            .top_files
                            .iter()
                            .map(|f| FileRow { file: crate::diagnostics::shown(&f.file), findings: f.findings })
                            .collect(),
                    })
                    .collect(),
            },
            unreviewed_interface: status.unreviewed_languages(),
        }
    }
}

fn coverage_row<'a>(row: &'a Coverage, m: &Messages) -> CoverageRow<'a> {
    CoverageRow {
        lang: &row.lang,
        section: row.section.as_deref().map(|s| super::text::section_name(s, m)),
        pages: row.pages,
        translated: row.translated,
        missing: row.missing,
        stale: row.stale,
        one_language: row.one_language,
    }
}

fn readability_row<'a>(row: &'a Readability, m: &Messages) -> ReadabilityRow<'a> {
    ReadabilityRow {
        lang: &row.lang,
        section: row.section.as_deref().map(|s| super::text::section_name(s, m)),
        pages: row.pages,
        scored: row.scored,
        at_b1: row.at_b1,
        share: one_decimal(row.at_b1_percent, "%", m),
        median: one_decimal(row.median_score, "", m),
        long_sentences: row.long_sentences,
        measured: row.measured,
    }
}
