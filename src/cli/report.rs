//! Printing findings: for people, plain words first (the severity and the message in the
//! editor's language), then where (`file:line:column` and the rule's stable name), the line
//! itself with a mark under the column (tabs shown as `→`) and what to do (annotate-snippets;
//! coloured on a terminal); for machines, JSON Lines.

use crate::diagnostics::{Diagnostic, LineIndex, Position, Severity};
use crate::load::theme;
use crate::messages::Messages;
use crate::rules::Rule;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use anstyle::{AnsiColor, Style};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// For people: snippets and hints on stderr.
    #[default]
    Human,
    /// One JSON object per finding and line on stdout (JSON Lines), for CI and editors.
    Json,
}

/// Whether stderr gets colours: a terminal, and `NO_COLOR` unset or empty (no-color.org).
pub fn stderr_has_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// Renders findings for people, reading each file once for its snippets.
pub struct HumanReport {
    root: PathBuf,
    color: bool,
    messages: Messages,
    /// The text of each file shown, with the same normalisation as loading (no BOM, `\n`),
    /// and where its lines start: found once per file, however many findings it has.
    sources: HashMap<(PathBuf, bool), Option<Source>>,
}

/// A file shown in snippets.
struct Source {
    text: String,
    lines: LineIndex,
    /// For long lines with findings, by line number.
    char_marks: HashMap<usize, CharMarks>,
}

/// Files larger than this get no snippet: a finding's line is not worth reading megabytes.
const MAX_SOURCE_BYTES: u64 = 16 * 1024 * 1024;
/// Characters shown either side of the column on a long line: a snippet shows a window of
/// the line, so a finding on a line of a megabyte costs what one on a short line does.
const WINDOW: usize = 60;
/// Rules whose file is not a text to show: a file that could not be written or copied (an
/// image, say), or a special file, which is never opened.
const NO_SNIPPET: &[Rule] = &[Rule::Output, Rule::SpecialFile];

impl HumanReport {
    pub fn new(root: &Path, color: bool, messages: Messages) -> Self {
        HumanReport { root: root.to_path_buf(), color, messages, sources: HashMap::new() }
    }

    /// The finding in plain words first (`Fout: ...`), then where it is (`--> file:line:col
    /// [rule]`), the line with a mark under the column, and what to do.
    pub fn render(&mut self, d: &Diagnostic) -> String {
        let (level, style, severity) = match d.severity {
            Severity::Error => (Level::ERROR, AnsiColor::BrightRed.on_default().bold(), "severity-error"),
            Severity::Warning => (Level::WARNING, AnsiColor::Yellow.on_default().bold(), "severity-warning"),
        };
        let severity = capitalised(&self.messages.get(severity));
        let builtin = if d.builtin { format!(" ({})", self.messages.get("cli-report-builtin")) } else { String::new() };
        let mut text = format!(
            "{}: {}\n --> {}:{}:{} [{}]{builtin}",
            self.paint(&severity, style),
            self.messages.format(&d.message),
            crate::diagnostics::shown(&d.file),
            d.position.line,
            d.position.column,
            d.rule,
        );
        let mut group = Group::with_level(level);
        let mut has_elements = false;
        let window = if NO_SNIPPET.contains(&d.rule) { None } else { self.window(&d.file, d.builtin, d.position) };
        let window = window.map(|(line, span)| tabs_shown(&line, span));
        if let Some((line, span)) = &window {
            group = group.element(
                Snippet::source(line.as_str())
                    .line_start(d.position.line)
                    .annotation(AnnotationKind::Primary.span(span.clone())),
            );
            has_elements = true;
        }
        let what_to_do = self.messages.get("cli-report-hint");
        if let Some(hint) = &d.hint {
            group = group.element(Level::HELP.with_name(what_to_do.as_str()).message(self.messages.format(hint)));
            has_elements = true;
        }
        if has_elements {
            let renderer = if self.color { Renderer::styled() } else { Renderer::plain() };
            text.push('\n');
            text.push_str(renderer.render(&[group]).trim_end());
        }
        text
    }

    fn paint(&self, text: &str, style: Style) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    /// The part of the finding's line to show (all of a short line; on a long one, a window
    /// around the column marked with `…` where cut), and the byte range in it to underline.
    fn window(&mut self, file: &Path, builtin: bool, position: Position) -> Option<(String, Range<usize>)> {
        let root = &self.root;
        let source = self
            .sources
            .entry((file.to_path_buf(), builtin))
            .or_insert_with(|| read_source(root, file, builtin))
            .as_mut()?;
        // The line's end from the index: scanning for it cost each finding the rest of the
        // line, quadratic for many findings on one long line.
        let line = source.text.get(source.lines.line_range(&source.text, position.line)?)?;
        if line.len() <= 4 * WINDOW {
            return Some((line.to_string(), underline(line, position.column)));
        }
        let column = position.column.max(1);
        let from_char = column.saturating_sub(1 + WINDOW);
        let marks = source.char_marks.entry(position.line).or_insert_with(|| CharMarks::new(line));
        let from = marks.byte_of(line, from_char);
        let rest = &line[from..];
        let to = rest.char_indices().nth(2 * WINDOW + 1).map_or(rest.len(), |(i, _)| i);
        let mut shown = String::new();
        if from > 0 {
            shown.push('…');
        }
        let offset = shown.len();
        shown.push_str(&rest[..to]);
        if from + to < line.len() {
            shown.push('…');
        }
        let span = underline(&rest[..to], column - from_char);
        Some((shown, span.start + offset..span.end + offset))
    }
}

/// `fout` → `Fout`: the severity opens the sentence.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The line with every tab shown as `→` (a tab that shows as spaces hides the mistake) and
/// the marked byte range moved with it: `→` is one column wide, as the tab's one character
/// counts in the finding's column.
fn tabs_shown(line: &str, span: Range<usize>) -> (String, Range<usize>) {
    const ARROW: &str = "→";
    let moved = |at: usize| at + line[..at.min(line.len())].matches('\t').count() * (ARROW.len() - 1);
    (line.replace('\t', ARROW), moved(span.start)..moved(span.end))
}

/// Where every `MARK_EVERY`th character of a long line starts, so that finding the byte of a
/// column costs at most `MARK_EVERY` steps, however many findings the line has.
struct CharMarks {
    starts: Vec<usize>,
}

const MARK_EVERY: usize = 64;

impl CharMarks {
    fn new(line: &str) -> CharMarks {
        CharMarks { starts: line.char_indices().step_by(MARK_EVERY).map(|(i, _)| i).collect() }
    }

    /// The byte where character `n` (0-based) starts, or the line's end.
    fn byte_of(&self, line: &str, n: usize) -> usize {
        let Some(&mark) = self.starts.get(n / MARK_EVERY) else { return line.len() };
        line[mark..].char_indices().nth(n % MARK_EVERY).map_or(line.len(), |(i, _)| mark + i)
    }
}

/// A file shown in a finding: from the site folder (only a regular file that resolves
/// inside it, and not too large: a link out of the site is never read), or a built-in theme
/// file.
fn read_source(root: &Path, file: &Path, builtin: bool) -> Option<Source> {
    let bytes = if builtin {
        let mut parts = file.iter().map(|part| part.to_string_lossy());
        let folder = parts.next()?;
        let name: Vec<_> = parts.collect();
        theme::builtin(&folder, &name.join("/"))?.into_owned()
    } else {
        crate::sitefs::read_bounded(root, &root.join(file), MAX_SOURCE_BYTES).ok()??
    };
    let text = String::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    Some(Source { lines: LineIndex::new(&text), text, char_marks: HashMap::new() })
}

/// The byte range to underline: from the column (counted in characters) to the end of the
/// word there, without the punctuation that follows it (`x.md)` is `x.md`), at least one
/// character.
fn underline(line: &str, column: usize) -> std::ops::Range<usize> {
    let start = line.char_indices().nth(column.saturating_sub(1)).map_or(line.len(), |(i, _)| i);
    let rest = &line[start..];
    let mut word = &rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())];
    loop {
        let unbalanced = word.matches(')').count() > word.matches('(').count();
        match word.chars().next_back() {
            Some(',' | ';' | ':' | '.' | '!' | '?') => word = &word[..word.len() - 1],
            Some(')') if unbalanced => word = &word[..word.len() - 1],
            _ => break,
        }
    }
    let first = rest.chars().next().map_or(0, char::len_utf8);
    start..start + word.len().max(first)
}

/// One finding as a JSON object (one line of JSON Lines): the message and hint in the
/// editor's language, with the id of the message (stable, like the rule's name).
pub fn json(d: &Diagnostic, messages: Messages) -> String {
    serde_json::json!({
        "rule": d.rule,
        "severity": d.severity.as_str(),
        "file": crate::diagnostics::shown(&d.file),
        "builtin": d.builtin,
        "line": d.position.line,
        "column": d.position.column,
        "message": messages.format(&d.message),
        "message_id": d.message.id(),
        "hint": d.hint.as_ref().map(|h| messages.format(h)),
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Position;
    use crate::messages::{EditorLang, Text};

    fn en() -> Messages {
        Messages::new(EditorLang::En)
    }

    /// A message with words of its own, for findings made up in these tests:
    /// `The folder <name> does not exist.`
    fn words(name: &str) -> Text {
        crate::text!("cli-new-missing-folder", folder = name)
    }

    fn broken_link_at(line: usize, column: usize) -> Diagnostic {
        Diagnostic::error(Rule::BrokenLink, "content/nl/a.md", Position::new(line, column), words("x.md"))
    }

    #[test]
    fn plain_words_first_then_where_then_the_line_with_a_mark_then_what_to_do() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/nl")).unwrap();
        std::fs::write(dir.path().join("content/nl/a.md"), "\u{feff}---\r\ntitle: T\r\nZie [één](x.md) hier\r\n")
            .unwrap();
        let d = broken_link_at(3, 10).with_hint(words("y"));
        let text = HumanReport::new(dir.path(), false, en()).render(&d);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Error: The folder x.md does not exist.");
        assert_eq!(lines[1], " --> content/nl/a.md:3:10 [broken-link]");
        assert!(lines.iter().any(|l| l.ends_with("3 | Zie [één](x.md) hier")), "{text}");
        let caret = lines.iter().find(|l| l.contains('^')).unwrap();
        assert_eq!(caret.find('^'), lines.iter().find(|l| l.contains("Zie")).unwrap().find("(x").map(|i| i - 2));
        assert!(text.ends_with("= What to do: The folder y does not exist."), "{text}");

        let nl = HumanReport::new(dir.path(), false, Messages::new(EditorLang::Nl)).render(&d);
        assert!(nl.starts_with("Fout: De map x.md bestaat niet.\n --> content/nl/a.md:3:10 [broken-link]"), "{nl}");
        assert!(nl.ends_with("= Wat je kunt doen: De map y bestaat niet."), "{nl}");
        let warning = Diagnostic::warning(Rule::TableHeader, "content/nl/b.md", Position::START, words("z"));
        let nl = HumanReport::new(dir.path(), false, Messages::new(EditorLang::Nl)).render(&warning);
        assert!(nl.starts_with("Waarschuwing: De map z bestaat niet."), "{nl}");
    }

    #[test]
    fn a_tab_is_shown_as_an_arrow_with_the_mark_under_its_column() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/nl")).unwrap();
        std::fs::write(dir.path().join("content/nl/a.md"), "---\n\ttitle:\tT\n---\n").unwrap();
        for (column, marked) in [(1, '→'), (2, 't'), (8, '→')] {
            let d = Diagnostic::error(Rule::FrontMatter, "content/nl/a.md", Position::new(2, column), words("t"));
            let text = HumanReport::new(dir.path(), false, en()).render(&d);
            let shown = text.lines().find(|l| l.contains("2 |")).unwrap_or_else(|| panic!("{text}"));
            assert!(shown.ends_with("2 | →title:→T"), "{text}");
            let caret = text.lines().find(|l| l.contains('^')).unwrap();
            let at = caret.chars().position(|c| c == '^').unwrap();
            assert_eq!(shown.chars().nth(at), Some(marked), "column {column}:\n{text}");
        }
    }

    #[test]
    fn a_built_in_theme_file_is_shown_from_loket_not_from_the_site() {
        let dir = tempfile::tempdir().unwrap();
        // A site file of the same name is not the one the finding is about.
        std::fs::create_dir_all(dir.path().join("templates")).unwrap();
        std::fs::write(dir.path().join("templates/base.html"), "the site's own line\n").unwrap();
        let d = Diagnostic::error(Rule::Template, "templates/base.html", Position::new(1, 1), words("x"))
            .in_builtin_theme(true);
        let text = HumanReport::new(dir.path(), false, en()).render(&d);
        assert!(text.contains("\n --> templates/base.html:1:1 [template] (built-in theme file)\n"), "{text}");
        assert!(!text.contains("the site's own line"), "{text}");
        assert!(text.contains("1 | <!DOCTYPE html>"), "{text}");
        let nl = HumanReport::new(dir.path(), false, Messages::new(EditorLang::Nl)).render(&d);
        assert!(nl.contains("[template] (ingebouwd themabestand)"), "{nl}");
        let value: serde_json::Value = serde_json::from_str(&json(&d, en())).unwrap();
        assert_eq!(value["file"], "templates/base.html");
        assert_eq!(value["builtin"], true);
    }

    #[test]
    fn without_a_readable_file_only_the_words_and_the_hint() {
        let d = Diagnostic::warning(Rule::MissingTranslation, "content/nl/a.md", Position::START, words("a"))
            .with_hint(words("h"));
        let text = HumanReport::new(Path::new("/nonexistent"), false, en()).render(&d);
        assert_eq!(
            text,
            "Warning: The folder a does not exist.\n --> content/nl/a.md:1:1 [missing-translation]\n = What to do: The folder h does not exist."
        );
    }

    #[test]
    fn the_underline_stops_before_trailing_punctuation() {
        let line = "![](x.png) [weg](weg.md), en (zie [a](b.md)).";
        let shown = |column| &line[underline(line, column)];
        assert_eq!(shown(1), "![](x.png)");
        assert_eq!(shown(18), "weg.md");
        assert_eq!(shown(39), "b.md");
        assert_eq!(shown(100), "");
        assert_eq!(&"a"[underline("a", 1)], "a");
    }

    #[test]
    fn a_long_line_shows_a_window_around_the_column() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/nl")).unwrap();
        let line = format!("{}[é](weg.md){}", "é ".repeat(500), " x".repeat(500));
        std::fs::write(dir.path().join("content/nl/a.md"), &line).unwrap();
        let d = broken_link_at(1, 1005);
        let text = HumanReport::new(dir.path(), false, en()).render(&d);
        let shown = text.lines().find(|l| l.contains("1 |")).unwrap_or_else(|| panic!("{text}"));
        assert!(shown.chars().count() < 160, "{shown}");
        assert!(shown.contains("1 | …é é") && shown.ends_with("x x…"), "{shown}");
        let caret = text.lines().find(|l| l.contains('^')).unwrap();
        let at = |l: &str, s: &str| l.char_indices().position(|(i, _)| l[i..].starts_with(s)).unwrap();
        assert_eq!(at(caret, "^"), at(shown, "weg.md"), "{text}");
        assert_eq!(caret.matches('^').count(), "weg.md".len());
    }

    /// 8,000 findings on one line of 160,000 characters: each used to render (and walk to its
    /// column on) the whole line, 24 s for the report; now each costs a window.
    #[test]
    fn many_findings_on_one_long_line_stay_fast() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/nl")).unwrap();
        let line: String = (0..8000).map(|i| format!("[ä](w{i:05}.md) ")).collect();
        std::fs::write(dir.path().join("content/nl/a.md"), &line).unwrap();
        let started = std::time::Instant::now();
        let mut report = HumanReport::new(dir.path(), false, en());
        for i in 0..8000 {
            let text = report.render(&broken_link_at(1, 15 * i + 5));
            assert!(text.contains(&format!("w{i:05}.md")), "{text}");
        }
        let elapsed = started.elapsed();
        assert!(elapsed < std::time::Duration::from_secs(10), "{elapsed:?}");
    }

    /// Findings near the start of a line of 8 MB cost what they cost on a short line: the end
    /// of the line comes from the index of line starts, where each finding used to scan the
    /// rest of the line for it (80,000 findings on one line took 17.6 s, issue 25).
    #[test]
    fn a_findings_cost_does_not_grow_with_the_rest_of_its_line() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/nl")).unwrap();
        let links: String = (0..2000).map(|i| format!("[ä](w{i:05}.md) ")).collect();
        let time = |name: &str, filler: usize| {
            std::fs::write(dir.path().join(name), format!("{links}{}\nnext line\n", "x".repeat(filler))).unwrap();
            let mut report = HumanReport::new(dir.path(), false, en());
            let started = std::time::Instant::now();
            for i in 0..2000 {
                let d = Diagnostic::error(Rule::BrokenLink, name, Position::new(1, 15 * i + 5), words("x"));
                let text = report.render(&d);
                assert!(text.contains(&format!("w{i:05}.md")), "{text}");
            }
            started.elapsed()
        };
        let short = time("content/nl/short.md", 0);
        let long = time("content/nl/long.md", 8 << 20);
        assert!(long < short * 3 + std::time::Duration::from_secs(1), "short line {short:?}, long line {long:?}");
    }

    /// docs/checks.md lists the fields of `--format json` and shows a finding: both name
    /// exactly the fields that `json` writes.
    #[test]
    fn docs_checks_md_lists_every_json_field() {
        let docs = include_str!("../../docs/checks.md");
        let section = docs.split("## Output for CI and editors").nth(1).and_then(|s| s.split("\n## ").next()).unwrap();
        let d = Diagnostic::error(Rule::HeadingSkip, "content/nl/a.md", Position::new(9, 1), words("h"));
        let written: serde_json::Value = serde_json::from_str(&json(&d, en())).unwrap();
        let fields: std::collections::BTreeSet<&str> =
            written.as_object().unwrap().keys().map(String::as_str).collect();
        let listed: std::collections::BTreeSet<&str> = section
            .lines()
            .filter_map(|line| line.strip_prefix("- `"))
            .flat_map(|line| {
                // `- `line` and `column`: ...`: every name before the colon.
                let names = line.split("`:").next().unwrap_or("");
                names.split(" and `").map(|n| n.trim_matches('`'))
            })
            .collect();
        assert_eq!(listed, fields, "the field list of docs/checks.md");
        let example = section.split("```json\n").nth(1).and_then(|s| s.lines().next()).unwrap();
        let example: serde_json::Value = serde_json::from_str(example).unwrap();
        let shown: std::collections::BTreeSet<&str> = example.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(shown, fields, "the example of docs/checks.md");
    }

    #[cfg(unix)]
    #[test]
    fn a_file_linked_from_outside_the_site_is_never_shown() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/en")).unwrap();
        std::fs::write(outside.path().join("key"), "SECRET-KEY-123 here\n").unwrap();
        std::os::unix::fs::symlink(outside.path().join("key"), dir.path().join("content/en/leak.md")).unwrap();
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("content/en/zero.md")).unwrap();
        let mut report = HumanReport::new(dir.path(), false, en());
        for file in ["content/en/leak.md", "content/en/zero.md"] {
            let d = Diagnostic::error(Rule::OutsideSite, file, Position::START, words("o"));
            let text = report.render(&d);
            assert!(!text.contains("SECRET") && !text.contains('\0'), "{text}");
            assert_eq!(text.lines().count(), 2, "{text}");
        }
    }

    #[test]
    fn json_has_every_field_with_words_in_the_editors_language() {
        let d = Diagnostic::error(Rule::HeadingH1, "content/nl/a.md", Position::new(5, 1), words("h1"));
        let value: serde_json::Value = serde_json::from_str(&json(&d, en())).unwrap();
        assert_eq!(value["rule"], "heading-h1");
        assert_eq!(value["severity"], "error");
        assert_eq!(value["line"], 5);
        assert_eq!(value["column"], 1);
        assert_eq!(value["message"], "The folder h1 does not exist.");
        assert_eq!(value["message_id"], "cli-new-missing-folder");
        assert!(value["hint"].is_null());
        let nl: serde_json::Value = serde_json::from_str(&json(&d, Messages::new(EditorLang::Nl))).unwrap();
        assert_eq!(nl["message"], "De map h1 bestaat niet.");
        assert_eq!(nl["severity"], "error", "field values for machines stay as they are");
    }
}
