//! `loket status`: the report of `crate::status` for people (a terminal report of at most 80
//! columns, totals first), for machines (JSON) and as one self-contained HTML page (inline
//! SVG charts with text alternatives beside tables of the numbers; no script, no external
//! requests), which `loket serve` also shows at `/__loket/status`.

use crate::status::{Coverage, PageRef, Readability, Status};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How `loket status` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum StatusFormat {
    /// A terminal report.
    #[default]
    Human,
    /// One JSON object (fields in docs/status.md).
    Json,
    /// One self-contained HTML page.
    Html,
}

/// How many pages each list of the terminal report shows (JSON lists all).
const HUMAN_LIST: usize = 10;
/// How many pages each list of the HTML report shows (JSON lists all).
const HTML_LIST: usize = 100;
const WIDTH: usize = 80;

pub fn json(status: &Status) -> String {
    // Serializing plain structs of strings and numbers cannot fail.
    let mut text = serde_json::to_string_pretty(status).unwrap_or_default();
    text.push('\n');
    text
}

/// Cuts `text` to `width` characters, ending in `…` when cut.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Cuts a path to `width` characters from the left (the file name matters most).
fn fit_path(path: &Path, width: usize) -> String {
    let text = path.display().to_string();
    let n = text.chars().count();
    if n <= width {
        return text;
    }
    let tail: String = text.chars().skip(n - width + 1).collect();
    format!("…{tail}")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn more(out: &mut String, shown: usize, total: usize) {
    if total > shown {
        let _ = writeln!(out, "  … and {} more (`--format json` lists all)", total - shown);
    }
}

/// The terminal report: totals first, then translations, review, plain language and
/// findings, each line at most 80 columns.
pub fn human(status: &Status) -> String {
    let mut out = String::new();
    let total: usize = status.pages.iter().map(|l| l.pages).sum();
    let per_language: Vec<String> = status.pages.iter().map(|l| format!("{} {}", l.lang, l.pages)).collect();
    let _ = writeln!(out, "Site status on {}", status.today);
    let _ = writeln!(out, "  pages        {total} ({})", per_language.join(", "));
    let untranslated = status.translations.untranslated.len();
    let _ = writeln!(out, "  translations {} missing, {} stale", untranslated, status.translations.stale.len());
    let _ = writeln!(
        out,
        "  review       {} due (older than {} days), {} undated",
        status.review.due, status.review_after_days, status.review.undated
    );
    for lang in &status.plain_language.languages {
        let b1 = lang.at_b1_percent.map_or("-".to_string(), |p| format!("{p:.0}%"));
        let _ = writeln!(
            out,
            "  plain {:<6} {} of {} scored pages at B1 ({b1}), {}",
            fit(&lang.lang, 6),
            lang.at_b1,
            lang.scored,
            plural(lang.long_sentences, "long sentence", "long sentences")
        );
    }
    let _ = writeln!(
        out,
        "  findings     {}, {}",
        plural(status.findings.errors, "error", "errors"),
        plural(status.findings.warnings, "warning", "warnings")
    );

    let _ =
        writeln!(out, "\nTranslations (stale: changed over {} days before its counterpart)", status.stale_after_days);
    let _ = writeln!(
        out,
        "  {:<6}{:<28}{:>7}{:>11}{:>9}{:>7}{:>9}",
        "lang", "section", "pages", "translated", "missing", "stale", "1 lang"
    );
    for lang in &status.translations.languages {
        coverage_row(&mut out, lang, "all");
        for section in &lang.sections {
            coverage_row(&mut out, section, section.section.as_deref().unwrap_or(""));
        }
    }
    if untranslated > 0 {
        let _ = writeln!(out, "\n  Untranslated pages ({untranslated})");
        for page in status.translations.untranslated.iter().take(HUMAN_LIST) {
            let changed = page.last_changed.as_deref().unwrap_or("undated");
            let _ = writeln!(
                out,
                "    {:<50} no {:<8} {changed:>10}",
                fit_path(&page.page.source, 50),
                fit(&page.missing_in.join(","), 8)
            );
        }
        more(&mut out, HUMAN_LIST, untranslated);
    }
    let stale = &status.translations.stale;
    if !stale.is_empty() {
        let _ = writeln!(out, "\n  Stale translations ({}), most behind first", stale.len());
        for page in stale.iter().take(HUMAN_LIST) {
            let _ = writeln!(
                out,
                "    {:<38} {} < {} {:>5} days",
                fit_path(&page.page.source, 38),
                page.changed,
                page.counterpart_changed,
                page.lag_days
            );
        }
        more(&mut out, HUMAN_LIST, stale.len());
    }

    let _ = writeln!(
        out,
        "\nDue for review (updated or date over {} days ago): {}, undated: {}",
        status.review_after_days, status.review.due, status.review.undated
    );
    for page in status.review.pages.iter().take(HUMAN_LIST) {
        let _ = writeln!(
            out,
            "    {:<52} {} {:>5} days",
            fit_path(&page.page.source, 52),
            page.last_changed,
            page.age_days
        );
    }
    more(&mut out, HUMAN_LIST, status.review.pages.len());
    if !status.review.undated_pages.is_empty() {
        let _ = writeln!(out, "  undated:");
        for page in status.review.undated_pages.iter().take(HUMAN_LIST) {
            let _ = writeln!(out, "    {}", fit_path(&page.source, WIDTH - 4));
        }
        more(&mut out, HUMAN_LIST, status.review.undated_pages.len());
    }

    let _ = writeln!(
        out,
        "\nPlain language (B1: score {:.0} or more; long: over {} words)",
        status.plain_language.min_score, status.plain_language.max_sentence_words
    );
    let _ = writeln!(
        out,
        "  {:<6}{:<28}{:>7}{:>8}{:>7}{:>6}{:>8}{:>6}",
        "lang", "section", "pages", "scored", "at B1", "%", "median", "long"
    );
    for lang in &status.plain_language.languages {
        readability_row(&mut out, lang, "all");
        for section in &lang.sections {
            readability_row(&mut out, section, section.section.as_deref().unwrap_or(""));
        }
    }
    for lang in &status.plain_language.languages {
        let bands: Vec<String> = lang.distribution.iter().map(|b| format!("{} {}", b.band, b.pages)).collect();
        let _ = writeln!(out, "  scores {:<5} {}", fit(&lang.lang, 5), fit(&bands.join(" · "), WIDTH - 15));
    }
    let most = &status.plain_language.most_long_sentences;
    if !most.is_empty() {
        let _ = writeln!(out, "\n  Most long sentences");
        for page in most {
            let score = page.score.map_or("-".to_string(), |s| format!("{s:.1}"));
            let _ = writeln!(
                out,
                "    {:<46} {:>4} of {:>5} score {score:>6}",
                fit_path(&page.page.source, 46),
                page.long_sentences,
                page.sentences
            );
        }
    }

    let _ = writeln!(out, "\nFindings per rule (list them: loket check --rule NAME)");
    if status.findings.rules.is_empty() {
        let _ = writeln!(out, "  none");
    } else {
        let _ = writeln!(out, "  {:<26}{:>7}{:>9}{:>7}  most in", "rule", "errors", "warnings", "files");
        for rule in &status.findings.rules {
            let top = rule
                .top_files
                .first()
                .map(|f| format!("{} ({})", fit_path(&f.file, 19), f.findings))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "  {:<26}{:>7}{:>9}{:>7}  {top}",
                fit(rule.rule.name(), 25),
                rule.errors,
                rule.warnings,
                rule.files
            );
        }
    }
    out
}

fn coverage_row(out: &mut String, row: &Coverage, section: &str) {
    let lang = if row.section.is_some() { "" } else { row.lang.as_str() };
    let section = if row.section.is_some() { format!("  {}", fit(section, 25)) } else { section.to_string() };
    let _ = writeln!(
        out,
        "  {:<6}{:<28}{:>7}{:>11}{:>9}{:>7}{:>9}",
        fit(lang, 5),
        section,
        row.pages,
        row.translated,
        row.missing,
        row.stale,
        row.one_language
    );
}

fn readability_row(out: &mut String, row: &Readability, section: &str) {
    let lang = if row.section.is_some() { "" } else { row.lang.as_str() };
    let section = if row.section.is_some() { format!("  {}", fit(section, 25)) } else { section.to_string() };
    let b1 = row.at_b1_percent.map_or("-".to_string(), |p| format!("{p:.0}"));
    let median = row.median_score.map_or("-".to_string(), |m| format!("{m:.1}"));
    let _ = writeln!(
        out,
        "  {:<6}{:<28}{:>7}{:>8}{:>7}{:>6}{:>8}{:>6}",
        fit(lang, 5),
        section,
        row.pages,
        row.scored,
        row.at_b1,
        b1,
        median,
        row.long_sentences
    );
}

/// Where the HTML report's links lead.
#[derive(Debug, Clone)]
pub struct HtmlLinks {
    /// Prefixed to page URLs: `http://127.0.0.1:1111` for a report file, `` inside `serve`.
    pub preview: String,
    /// The site folder (absolute), for `file://` links to sources; `None`: no source links.
    pub site_root: Option<PathBuf>,
}

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// Bytes of a path that stay as they are in a `file://` URL.
const PATH_SET: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'/').remove(b'-').remove(b'_').remove(b'.').remove(b'~');

const STYLE: &str = "body{font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;margin:0}\
header{background:#154273;color:#fff;padding:1rem 1.5rem}header p{margin:0}\
main{max-width:72rem;margin:0 auto;padding:1rem 1.5rem}\
nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}\
a{color:#154273}a:focus-visible{outline:3px solid #b35900;outline-offset:2px}\
.skip{position:absolute;left:-999rem}.skip:focus{left:1rem;top:1rem;background:#fff;color:#154273;padding:.5rem}\
table{border-collapse:collapse;margin:1rem 0;width:100%}caption{text-align:left;font-weight:bold}\
th,td{border-bottom:1px solid #767676;padding:.25rem .5rem;text-align:left}td.n,th.n{text-align:right}\
tr.sub th{font-weight:normal;padding-left:1.5rem}\
svg{max-width:40rem;width:100%;height:auto}dl{display:grid;grid-template-columns:max-content auto;gap:.25rem 1rem}\
dt{font-weight:bold}dd{margin:0}";

/// The HTML report: one page, English, no script, no external requests.
pub fn html(status: &Status, links: &HtmlLinks) -> String {
    let mut out = String::new();
    let total: usize = status.pages.iter().map(|l| l.pages).sum();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Site status on {today}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <a class=\"skip\" href=\"#main\">Skip to the report</a>\n\
         <header>\n<h1>Site status</h1>\n<p>On {today}: {total} pages.</p>\n</header>\n\
         <nav aria-label=\"Parts of this report\">\n<ul>\n<li><a href=\"#totals\">Totals</a></li>\n\
         <li><a href=\"#translations\">Translations</a></li>\n<li><a href=\"#review\">Due for review</a></li>\n\
         <li><a href=\"#plain-language\">Plain language</a></li>\n<li><a href=\"#findings\">Findings</a></li>\n</ul>\n</nav>\n\
         <main id=\"main\">\n",
        today = esc(&status.today)
    );
    totals_html(&mut out, status);
    translations_html(&mut out, status, links);
    review_html(&mut out, status, links);
    plain_language_html(&mut out, status, links);
    findings_html(&mut out, status);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn totals_html(out: &mut String, status: &Status) {
    let per_language: Vec<String> = status.pages.iter().map(|l| format!("{} {}", esc(&l.lang), l.pages)).collect();
    let total: usize = status.pages.iter().map(|l| l.pages).sum();
    let _ = write!(
        out,
        "<section aria-labelledby=\"totals\">\n<h2 id=\"totals\">Totals</h2>\n<dl>\n\
         <dt>Pages</dt><dd>{total} ({})</dd>\n\
         <dt>Untranslated</dt><dd>{}</dd>\n<dt>Stale translations</dt><dd>{}</dd>\n\
         <dt>Due for review</dt><dd>{} (older than {} days), {} undated</dd>\n\
         <dt>Findings</dt><dd>{} errors, {} warnings</dd>\n</dl>\n</section>\n",
        per_language.join(", "),
        status.translations.untranslated.len(),
        status.translations.stale.len(),
        status.review.due,
        status.review_after_days,
        status.review.undated,
        status.findings.errors,
        status.findings.warnings
    );
}

/// A horizontal bar chart: one bar per row, its value written beside it; the SVG is an image
/// whose title and description say what the table next to it says.
fn bar_chart(out: &mut String, id: &str, title: &str, rows: &[(String, usize)], max: usize) {
    const ROW: usize = 28;
    const LABEL: usize = 160;
    const BAR: usize = 400;
    let height = ROW * rows.len().max(1) + 8;
    let description: Vec<String> = rows.iter().map(|(label, value)| format!("{label}: {value}")).collect();
    let _ = write!(
        out,
        "<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 640 {height}\" \
         width=\"640\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\n\
         <title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        esc(title),
        esc(&description.join("; "))
    );
    for (i, (label, value)) in rows.iter().enumerate() {
        let y = 4 + i * ROW;
        let width = (BAR * value).checked_div(max).unwrap_or(0);
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"14\" fill=\"#1a1a1a\">{}</text>\
             <rect x=\"{}\" y=\"{}\" width=\"{width}\" height=\"20\" fill=\"#154273\"/>\
             <text x=\"{}\" y=\"{}\" font-size=\"14\" fill=\"#1a1a1a\">{value}</text>",
            LABEL - 8,
            y + 15,
            esc(label),
            LABEL,
            y,
            LABEL + width + 6,
            y + 15
        );
    }
    out.push_str("</svg>\n");
}

fn page_link(page: &PageRef, links: &HtmlLinks) -> String {
    let mut cell = format!(
        "<a href=\"{}{}\" lang=\"{}\">{}</a>",
        esc(&links.preview),
        esc(&page.url),
        esc(&page.lang),
        esc(&page.title)
    );
    cell.push_str(" (");
    cell.push_str(&source_link(&page.source, links));
    cell.push(')');
    cell
}

fn source_link(source: &Path, links: &HtmlLinks) -> String {
    let shown = esc(&source.display().to_string());
    match &links.site_root {
        Some(root) => {
            let path = root.join(source);
            let encoded = percent_encoding::percent_encode(path.as_os_str().as_encoded_bytes(), PATH_SET);
            format!("<a href=\"file://{}\"><code>{shown}</code></a>", esc(&encoded.to_string()))
        }
        None => format!("<code>{shown}</code>"),
    }
}

fn more_html(out: &mut String, shown: usize, total: usize) {
    if total > shown {
        let _ =
            writeln!(out, "<p>And {} more; <code>loket status --format json</code> lists them all.</p>", total - shown);
    }
}

fn translations_html(out: &mut String, status: &Status, links: &HtmlLinks) {
    let t = &status.translations;
    out.push_str("<section aria-labelledby=\"translations\">\n<h2 id=\"translations\">Translations</h2>\n");
    let rows: Vec<(String, usize)> = t
        .languages
        .iter()
        .flat_map(|l| [(format!("{} translated", l.lang), l.translated), (format!("{} missing", l.lang), l.missing)])
        .collect();
    let max = t.languages.iter().map(|l| l.pages).max().unwrap_or(0);
    bar_chart(out, "chart-translations", "Translated and untranslated pages per language", &rows, max);
    let _ = write!(
        out,
        "<table>\n<caption>Translation coverage per language and section (stale: changed more than {} days \
         before its newest translation)</caption>\n<thead><tr><th scope=\"col\">Language and section</th>\
         <th scope=\"col\" class=\"n\">Pages</th><th scope=\"col\" class=\"n\">Translated</th>\
         <th scope=\"col\" class=\"n\">Missing</th><th scope=\"col\" class=\"n\">Stale</th>\
         <th scope=\"col\" class=\"n\">One language only</th></tr></thead>\n<tbody>\n",
        status.stale_after_days
    );
    for lang in &t.languages {
        for row in std::iter::once(lang).chain(&lang.sections) {
            let (class, name) = match &row.section {
                None => ("", format!("{} (all)", esc(&row.lang))),
                Some(section) => (" class=\"sub\"", format!("{} {}", esc(&row.lang), esc(section))),
            };
            let _ = writeln!(
                out,
                "<tr{class}><th scope=\"row\">{name}</th><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                row.pages, row.translated, row.missing, row.stale, row.one_language
            );
        }
    }
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(out, "<h3>Untranslated pages ({})</h3>", t.untranslated.len());
    if !t.untranslated.is_empty() {
        out.push_str(
            "<table>\n<caption>Pages without a translation</caption>\n<thead><tr><th scope=\"col\">Page</th>\
             <th scope=\"col\">Missing in</th><th scope=\"col\">Last changed</th></tr></thead>\n<tbody>\n",
        );
        for page in t.untranslated.iter().take(HTML_LIST) {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                page_link(&page.page, links),
                esc(&page.missing_in.join(", ")),
                esc(page.last_changed.as_deref().unwrap_or("no date"))
            );
        }
        out.push_str("</tbody>\n</table>\n");
        more_html(out, HTML_LIST, t.untranslated.len());
    }
    let _ = writeln!(out, "<h3>Stale translations ({})</h3>", t.stale.len());
    if !t.stale.is_empty() {
        out.push_str(
            "<table>\n<caption>Translations changed long before their counterpart, most behind first</caption>\n\
             <thead><tr><th scope=\"col\">Page</th><th scope=\"col\">Changed</th><th scope=\"col\">Counterpart</th>\
             <th scope=\"col\">Counterpart changed</th><th scope=\"col\" class=\"n\">Days behind</th></tr></thead>\n<tbody>\n",
        );
        for page in t.stale.iter().take(HTML_LIST) {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                page_link(&page.page, links),
                esc(&page.changed),
                page_link(&page.counterpart, links),
                esc(&page.counterpart_changed),
                page.lag_days
            );
        }
        out.push_str("</tbody>\n</table>\n");
        more_html(out, HTML_LIST, t.stale.len());
    }
    out.push_str("</section>\n");
}

fn review_html(out: &mut String, status: &Status, links: &HtmlLinks) {
    let r = &status.review;
    let _ = write!(
        out,
        "<section aria-labelledby=\"review\">\n<h2 id=\"review\">Due for review</h2>\n\
         <p>{} pages were last changed more than {} days ago; {} pages have no date.</p>\n",
        r.due, status.review_after_days, r.undated
    );
    if !r.pages.is_empty() {
        out.push_str(
            "<table>\n<caption>Pages due for review, oldest first</caption>\n<thead><tr><th scope=\"col\">Page</th>\
             <th scope=\"col\">Last changed</th><th scope=\"col\" class=\"n\">Days ago</th></tr></thead>\n<tbody>\n",
        );
        for page in r.pages.iter().take(HTML_LIST) {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
                page_link(&page.page, links),
                esc(&page.last_changed),
                page.age_days
            );
        }
        out.push_str("</tbody>\n</table>\n");
        more_html(out, HTML_LIST, r.pages.len());
    }
    if !r.undated_pages.is_empty() {
        out.push_str("<h3>Pages without a date</h3>\n<ul>\n");
        for page in r.undated_pages.iter().take(HTML_LIST) {
            let _ = writeln!(out, "<li>{}</li>", page_link(page, links));
        }
        out.push_str("</ul>\n");
        more_html(out, HTML_LIST, r.undated_pages.len());
    }
    out.push_str("</section>\n");
}

fn plain_language_html(out: &mut String, status: &Status, links: &HtmlLinks) {
    let p = &status.plain_language;
    let _ = write!(
        out,
        "<section aria-labelledby=\"plain-language\">\n<h2 id=\"plain-language\">Plain language</h2>\n\
         <p>A page reads at B1 with a readability score of {:.0} or more (Flesch-Douma for Dutch, Flesch reading \
         ease for English; pages of fewer than 100 words are not scored). A long sentence has more than {} words.</p>\n",
        p.min_score, p.max_sentence_words
    );
    for lang in &p.languages {
        let rows: Vec<(String, usize)> =
            lang.distribution.iter().map(|b| (format!("score {}", b.band), b.pages)).collect();
        let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0);
        let id = format!("chart-scores-{}", lang.lang);
        bar_chart(out, &id, &format!("Scored pages in {} per band of readability scores", lang.lang), &rows, max);
        let _ = write!(
            out,
            "<table>\n<caption>Readability scores of the pages in {}</caption>\n<thead><tr><th scope=\"col\">Score</th>\
             <th scope=\"col\" class=\"n\">Pages</th></tr></thead>\n<tbody>\n",
            esc(&lang.lang)
        );
        for band in &lang.distribution {
            let _ =
                writeln!(out, "<tr><th scope=\"row\">{}</th><td class=\"n\">{}</td></tr>", esc(band.band), band.pages);
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str(
        "<table>\n<caption>Plain language per language and section</caption>\n<thead><tr>\
         <th scope=\"col\">Language and section</th><th scope=\"col\" class=\"n\">Pages</th>\
         <th scope=\"col\" class=\"n\">Scored</th><th scope=\"col\" class=\"n\">At B1</th>\
         <th scope=\"col\" class=\"n\">Share at B1</th><th scope=\"col\" class=\"n\">Median score</th>\
         <th scope=\"col\" class=\"n\">Long sentences</th></tr></thead>\n<tbody>\n",
    );
    for lang in &p.languages {
        for row in std::iter::once(lang).chain(&lang.sections) {
            let (class, name) = match &row.section {
                None => ("", format!("{} (all)", esc(&row.lang))),
                Some(section) => (" class=\"sub\"", format!("{} {}", esc(&row.lang), esc(section))),
            };
            let share = row.at_b1_percent.map_or("-".to_string(), |s| format!("{s:.1}%"));
            let median = row.median_score.map_or("-".to_string(), |m| format!("{m:.1}"));
            let _ = writeln!(
                out,
                "<tr{class}><th scope=\"row\">{name}</th><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td class=\"n\">{share}</td><td class=\"n\">{median}</td><td class=\"n\">{}</td></tr>",
                row.pages, row.scored, row.at_b1, row.long_sentences
            );
        }
    }
    out.push_str("</tbody>\n</table>\n");
    if !p.most_long_sentences.is_empty() {
        out.push_str(
            "<table>\n<caption>Pages with the most long sentences</caption>\n<thead><tr><th scope=\"col\">Page</th>\
             <th scope=\"col\" class=\"n\">Long sentences</th><th scope=\"col\" class=\"n\">Sentences</th>\
             <th scope=\"col\" class=\"n\">Score</th></tr></thead>\n<tbody>\n",
        );
        for page in &p.most_long_sentences {
            let score = page.score.map_or("-".to_string(), |s| format!("{s:.1}"));
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{score}</td></tr>",
                page_link(&page.page, links),
                page.long_sentences,
                page.sentences
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

fn findings_html(out: &mut String, status: &Status) {
    let f = &status.findings;
    let _ = write!(
        out,
        "<section aria-labelledby=\"findings\">\n<h2 id=\"findings\">Findings</h2>\n<p>{} errors, {} warnings. \
         <code>loket check --rule NAME</code> lists the findings of one rule.</p>\n",
        f.errors, f.warnings
    );
    if !f.rules.is_empty() {
        out.push_str(
            "<table>\n<caption>Findings per rule</caption>\n<thead><tr><th scope=\"col\">Rule</th>\
             <th scope=\"col\" class=\"n\">Errors</th><th scope=\"col\" class=\"n\">Warnings</th>\
             <th scope=\"col\" class=\"n\">Files</th><th scope=\"col\">Most in</th></tr></thead>\n<tbody>\n",
        );
        for rule in &f.rules {
            let top: Vec<String> = rule
                .top_files
                .iter()
                .map(|t| format!("<code>{}</code> ({})", esc(&t.file.display().to_string()), t.findings))
                .collect();
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\"><code>{}</code></th><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{}</td><td>{}</td></tr>",
                esc(rule.rule.name()),
                rule.errors,
                rule.warnings,
                rule.files,
                top.join(", ")
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_and_paths_are_cut_to_fit() {
        assert_eq!(fit("abcdef", 4), "abc…");
        assert_eq!(fit("abc", 4), "abc");
        assert_eq!(fit_path(Path::new("content/nl/a/b/c.md"), 8), "…/b/c.md");
    }
}
