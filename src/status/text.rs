//! The terminal report of `loket status`: totals first, then translations, review, plain
//! language and findings, every line at most 80 columns.

use super::{Coverage, Readability, Status};
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
pub fn render(status: &Status) -> String {
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
