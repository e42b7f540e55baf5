//! The terminal report of `loket status` in the editor's language: totals first, then
//! translations, review, plain language and findings, every line at most 80 columns.

use super::{Coverage, Readability, Status};
use crate::messages::Messages;
use crate::text;
use std::fmt::Write as _;
use std::path::Path;

/// How many pages each list of the terminal report shows (JSON lists all).
const HUMAN_LIST: usize = 10;
const WIDTH: usize = 80;

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
    let text = crate::diagnostics::shown(path);
    let n = text.chars().count();
    if n <= width {
        return text;
    }
    let tail: String = text.chars().skip(n - width + 1).collect();
    format!("…{tail}")
}

/// A table's columns: each header from the messages, each column as wide as its default or
/// its header in the editor's language, whichever is wider.
struct Columns {
    widths: Vec<usize>,
}

impl Columns {
    /// `specs`: (header, default width); the first two columns are left-aligned (language
    /// and section, or rule), the rest right-aligned.
    fn header(out: &mut String, specs: &[(String, usize)], left: usize) -> Columns {
        let widths: Vec<usize> = specs
            .iter()
            .enumerate()
            .map(|(i, (label, width))| {
                // A right-aligned header keeps one space before it.
                let needed = label.chars().count() + usize::from(i >= left);
                (*width).max(needed)
            })
            .collect();
        let columns = Columns { widths };
        let labels: Vec<&str> = specs.iter().map(|(label, _)| label.as_str()).collect();
        let _ = writeln!(out, "{}", columns.row(&labels, left));
        columns
    }

    fn row(&self, cells: &[&str], left: usize) -> String {
        let mut line = String::from("  ");
        for (i, (cell, width)) in cells.iter().zip(&self.widths).enumerate() {
            if i < left {
                let _ = write!(line, "{cell:<width$}");
            } else {
                let _ = write!(line, "{cell:>width$}");
            }
        }
        line.trim_end().to_string()
    }

    fn width(&self) -> usize {
        2 + self.widths.iter().sum::<usize>()
    }
}

fn more(out: &mut String, m: &Messages, shown: usize, total: usize) {
    if total > shown {
        let _ = writeln!(out, "  {}", m.format(&text!("status-more", count = total - shown)));
    }
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// A label padded to the width of the totals' labels.
fn label(text: String) -> String {
    format!("{text:<12}")
}

/// The terminal report in the editor's language: totals first, then translations, review,
/// plain language and findings, each line at most 80 columns.
pub fn render(status: &Status, m: Messages) -> String {
    let m = &m;
    let mut out = String::new();
    let total: usize = status.pages.iter().map(|l| l.pages).sum();
    let per_language: Vec<String> = status.pages.iter().map(|l| format!("{} {}", l.lang, l.pages)).collect();
    let _ = writeln!(out, "{}", m.format(&text!("status-title", today = &status.today)));
    let _ = writeln!(out, "  {} {total} ({})", label(m.get("status-label-pages")), per_language.join(", "));
    let untranslated = status.translations.untranslated.len();
    let summary = text!("status-translations-summary", missing = untranslated, stale = status.translations.stale.len());
    let _ = writeln!(out, "  {} {}", label(m.get("status-label-translations")), m.format(&summary));
    let review = text!(
        "status-review-summary",
        due = status.review.due,
        days = status.review_after_days,
        undated = status.review.undated
    );
    let _ = writeln!(out, "  {} {}", label(m.get("status-label-review")), m.format(&review));
    for lang in &status.plain_language.languages {
        let share = lang.at_b1_percent.map_or("-".to_string(), |p| format!("{p:.0}%"));
        let summary = if lang.measured {
            text!(
                "status-plain-summary",
                at_b1 = lang.at_b1,
                scored = lang.scored,
                share = share,
                long = lang.long_sentences
            )
        } else {
            text!("status-plain-no-measure")
        };
        let name = m.format(&text!("status-label-plain", lang = fit(&lang.lang, 6)));
        let _ = writeln!(out, "  {} {}", label(name), m.format(&summary));
    }
    let findings =
        text!("status-findings-summary", errors = status.findings.errors, warnings = status.findings.warnings);
    let _ = writeln!(out, "  {} {}", label(m.get("status-label-findings")), m.format(&findings));
    // loket's own translations that no native speaker has checked: never published unknowingly.
    let unreviewed = status.unreviewed_languages();
    if !unreviewed.is_empty() {
        let summary = m.format(&text!("status-interface-summary", langs = unreviewed.join(", ")));
        let _ = writeln!(out, "  {} {}", label(m.get("status-label-interface")), summary);
        for line in wrap(&m.get("status-interface-note"), WIDTH - 15) {
            let _ = writeln!(out, "  {:<12} {line}", "");
        }
    }

    let _ = writeln!(out, "\n{}", m.format(&text!("status-translations-heading", days = status.stale_after_days)));
    let columns = Columns::header(
        &mut out,
        &[
            (m.get("status-col-lang"), 6),
            (m.get("status-col-section"), 22),
            (m.get("status-col-pages"), 7),
            (m.get("status-col-translated"), 11),
            (m.get("status-col-missing"), 9),
            (m.get("status-col-stale"), 7),
            (m.get("status-col-one-language"), 9),
        ],
        2,
    );
    for lang in &status.translations.languages {
        coverage_row(&mut out, &columns, lang, m);
        for section in &lang.sections {
            coverage_row(&mut out, &columns, section, m);
        }
    }
    if untranslated > 0 {
        let _ = writeln!(out, "\n  {}", m.format(&text!("status-untranslated-heading", count = untranslated)));
        let no_date = m.get("status-no-date");
        for page in status.translations.untranslated.iter().take(HUMAN_LIST) {
            let changed = page.last_changed.as_deref().unwrap_or(&no_date);
            let missing = m.format(&text!("status-missing-in", langs = page.missing_in.join(",")));
            let _ =
                writeln!(out, "    {:<50} {:<11} {changed:>10}", fit_path(&page.page.source, 50), fit(&missing, 11));
        }
        more(&mut out, m, HUMAN_LIST, untranslated);
    }
    let stale = &status.translations.stale;
    if !stale.is_empty() {
        let _ = writeln!(out, "\n  {}", m.format(&text!("status-stale-heading", count = stale.len())));
        for page in stale.iter().take(HUMAN_LIST) {
            let _ = writeln!(
                out,
                "    {:<38} {} < {} {:>5} {}",
                fit_path(&page.page.source, 38),
                page.changed,
                page.counterpart_changed,
                page.lag_days,
                m.format(&text!("status-days", days = page.lag_days))
            );
        }
        more(&mut out, m, HUMAN_LIST, stale.len());
    }

    let review = text!(
        "status-review-heading",
        days = status.review_after_days,
        due = status.review.due,
        undated = status.review.undated
    );
    let _ = writeln!(out, "\n{}", m.format(&review));
    for page in status.review.pages.iter().take(HUMAN_LIST) {
        let _ = writeln!(
            out,
            "    {:<52} {} {:>5} {}",
            fit_path(&page.page.source, 52),
            page.last_changed,
            page.age_days,
            m.format(&text!("status-days", days = page.age_days))
        );
    }
    more(&mut out, m, HUMAN_LIST, status.review.pages.len());
    if !status.review.undated_pages.is_empty() {
        let _ = writeln!(out, "  {}", m.get("status-undated"));
        for page in status.review.undated_pages.iter().take(HUMAN_LIST) {
            let _ = writeln!(out, "    {}", fit_path(&page.source, WIDTH - 4));
        }
        more(&mut out, m, HUMAN_LIST, status.review.undated_pages.len());
    }

    let heading = text!(
        "status-plain-heading",
        score = format!("{:.0}", status.plain_language.min_score),
        words = status.plain_language.max_sentence_words
    );
    let _ = writeln!(out, "\n{}", m.format(&heading));
    let columns = Columns::header(
        &mut out,
        &[
            (m.get("status-col-lang"), 6),
            (m.get("status-col-section"), 22),
            (m.get("status-col-pages"), 7),
            (m.get("status-col-scored"), 8),
            (m.get("status-col-at-b1"), 7),
            ("%".to_string(), 6),
            (m.get("status-col-median"), 8),
            (m.get("status-col-long"), 6),
        ],
        2,
    );
    for lang in &status.plain_language.languages {
        readability_row(&mut out, &columns, lang, m);
        // Sections of a language without a measure would only repeat "no measure".
        for section in lang.sections.iter().filter(|s| s.measured) {
            readability_row(&mut out, &columns, section, m);
        }
    }
    let scores = m.get("status-scores");
    for lang in status.plain_language.languages.iter().filter(|l| l.measured) {
        let bands: Vec<String> = lang.distribution.iter().map(|b| format!("{} {}", b.band, b.pages)).collect();
        let _ = writeln!(out, "  {scores} {:<5} {}", fit(&lang.lang, 5), fit(&bands.join(" · "), WIDTH - 15));
    }
    let most = &status.plain_language.most_long_sentences;
    if !most.is_empty() {
        let _ = writeln!(out, "\n  {}", m.get("status-most-long"));
        let (of, score_word) = (m.get("status-long-of"), m.get("status-score"));
        for page in most {
            let score = page.score.map_or("-".to_string(), |s| decimal(s, m));
            let _ = writeln!(
                out,
                "    {:<46} {:>4} {of} {:>5} {score_word} {score:>6}",
                fit_path(&page.page.source, 46),
                page.long_sentences,
                page.sentences
            );
        }
    }

    let _ = writeln!(out, "\n{}", m.get("status-findings-heading"));
    if status.findings.rules.is_empty() {
        let _ = writeln!(out, "  {}", m.get("status-none"));
    } else {
        let specs = [
            (m.get("status-col-rule"), 26),
            (m.get("status-col-errors"), 7),
            (m.get("status-col-warnings"), 9),
            (m.get("status-col-files"), 7),
        ];
        let mut header = String::new();
        let columns = Columns::header(&mut header, &specs, 1);
        let _ = writeln!(out, "{}  {}", header.trim_end(), m.get("status-col-most-in"));
        // What is left of the line for the file with the most findings and its count.
        let room = WIDTH.saturating_sub(columns.width() + 2 + 6).max(12);
        for rule in &status.findings.rules {
            let top = rule
                .top_files
                .first()
                .map(|f| format!("{} ({})", fit_path(&f.file, room), f.findings))
                .unwrap_or_default();
            let (errors, warnings, files) =
                (rule.errors.to_string(), rule.warnings.to_string(), rule.files.to_string());
            let row = columns.row(&[&fit(rule.rule.name(), 25), &errors, &warnings, &files], 1);
            let _ = writeln!(out, "{row}  {top}");
        }
    }
    out
}

/// A number with one decimal, with a decimal comma in Dutch.
pub fn decimal(x: f64, m: &Messages) -> String {
    let text = format!("{x:.1}");
    match m.lang() {
        crate::messages::EditorLang::Nl => text.replace('.', ","),
        crate::messages::EditorLang::En => text,
    }
}

/// The name of a section as people read it: `(home)` in the editor's language.
pub fn section_name(section: &str, m: &Messages) -> String {
    if section == super::HOME_SECTION {
        m.get("status-home")
    } else {
        section.to_string()
    }
}

/// The first two cells of a row: the language (on its own row) or the section, indented.
fn row_start(lang: &str, section: Option<&str>, m: &Messages) -> (String, String) {
    match section {
        Some(section) => (String::new(), format!("  {}", fit(&section_name(section, m), 19))),
        None => (fit(lang, 5), m.get("status-all")),
    }
}

fn coverage_row(out: &mut String, columns: &Columns, row: &Coverage, m: &Messages) {
    let (lang, section) = row_start(&row.lang, row.section.as_deref(), m);
    let numbers = [row.pages, row.translated, row.missing, row.stale, row.one_language].map(|n| n.to_string());
    let mut cells: Vec<&str> = vec![&lang, &section];
    cells.extend(numbers.iter().map(String::as_str));
    let _ = writeln!(out, "{}", columns.row(&cells, 2));
}

fn readability_row(out: &mut String, columns: &Columns, row: &Readability, m: &Messages) {
    let (lang, section) = row_start(&row.lang, row.section.as_deref(), m);
    if !row.measured {
        let pages = row.pages.to_string();
        let _ = writeln!(out, "{}  {}", columns.row(&[&lang, &section, &pages], 2), m.get("status-no-measure"));
        return;
    }
    let b1 = row.at_b1_percent.map_or("-".to_string(), |p| format!("{p:.0}"));
    let median = row.median_score.map_or("-".to_string(), |x| decimal(x, m));
    let numbers = [
        row.pages.to_string(),
        row.scored.to_string(),
        row.at_b1.to_string(),
        b1,
        median,
        row.long_sentences.to_string(),
    ];
    let mut cells: Vec<&str> = vec![&lang, &section];
    cells.extend(numbers.iter().map(String::as_str));
    let _ = writeln!(out, "{}", columns.row(&cells, 2));
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
