//! Printing findings: for people, the plain `file:line:col: severity[rule]: message` line
//! followed by a rustc-style snippet of the offending line with a caret and the hint
//! (annotate-snippets; coloured on a terminal); for machines, JSON Lines.

use crate::diagnostics::{Diagnostic, Severity};
use crate::render::theme;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use anstyle::{AnsiColor, Style};
use std::collections::HashMap;
use std::io::IsTerminal;
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
    /// The text of each file shown, with the same normalisation as loading (no BOM, `\n`).
    sources: HashMap<PathBuf, Option<String>>,
}

impl HumanReport {
    pub fn new(root: &Path, color: bool) -> Self {
        HumanReport { root: root.to_path_buf(), color, sources: HashMap::new() }
    }

    /// The finding's first line, then its snippet and hint.
    pub fn render(&mut self, d: &Diagnostic) -> String {
        let (level, style) = match d.severity {
            Severity::Error => (Level::ERROR, AnsiColor::BrightRed.on_default().bold()),
            Severity::Warning => (Level::WARNING, AnsiColor::Yellow.on_default().bold()),
        };
        let severity = format!("{}[{}]", d.severity.as_str(), d.rule);
        let first = format!(
            "{}:{}:{}: {}: {}",
            d.file.display(),
            d.position.line,
            d.position.column,
            self.paint(&severity, style),
            d.message
        );
        let mut group = Group::with_level(level);
        let mut has_elements = false;
        let line = self.line(&d.file, d.position.line);
        if let Some(line) = &line {
            let span = underline(line, d.position.column);
            group = group.element(
                Snippet::source(line.as_str())
                    .line_start(d.position.line)
                    .annotation(AnnotationKind::Primary.span(span)),
            );
            has_elements = true;
        }
        if let Some(hint) = &d.hint {
            group = group.element(Level::HELP.with_name("hint").message(hint.as_str()));
            has_elements = true;
        }
        if !has_elements {
            return first;
        }
        let renderer = if self.color { Renderer::styled() } else { Renderer::plain() };
        let body = renderer.render(&[group]);
        format!("{first}\n{}", body.trim_end())
    }

    fn paint(&self, text: &str, style: Style) -> String {
        if self.color {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    /// Line `number` (1-based) of `file`, if the file can be read as text.
    fn line(&mut self, file: &Path, number: usize) -> Option<String> {
        let root = &self.root;
        let text = self.sources.entry(file.to_path_buf()).or_insert_with(|| read_source(root, file)).as_deref()?;
        text.lines().nth(number.checked_sub(1)?).map(str::to_string)
    }
}

/// A file shown in a finding: from the site folder, or a built-in theme file.
fn read_source(root: &Path, file: &Path) -> Option<String> {
    let shown = file.to_string_lossy();
    let bytes = match shown.strip_prefix("(built-in) ") {
        Some(builtin) => {
            let (folder, name) = builtin.split_once('/')?;
            let files = theme::files(root, folder).ok()?;
            files.into_iter().find(|f| f.name == name)?.contents.into_owned()
        }
        None => std::fs::read(root.join(file)).ok()?,
    };
    let text = String::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Some(text.replace("\r\n", "\n").replace('\r', "\n"))
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

/// One finding as a JSON object (one line of JSON Lines).
pub fn json(d: &Diagnostic) -> String {
    serde_json::json!({
        "rule": d.rule,
        "severity": d.severity.as_str(),
        "file": d.file.to_string_lossy(),
        "line": d.position.line,
        "column": d.position.column,
        "message": d.message,
        "hint": d.hint,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Position;

    #[test]
    fn a_snippet_with_a_caret_under_the_column_and_the_hint() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content/nl")).unwrap();
        std::fs::write(dir.path().join("content/nl/a.md"), "\u{feff}---\r\ntitle: T\r\nZie [één](x.md) hier\r\n")
            .unwrap();
        let d = Diagnostic::error("broken-link", "content/nl/a.md", Position::new(3, 10), "`x.md` does not exist")
            .with_hint("check the path");
        let text = HumanReport::new(dir.path(), false).render(&d);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "content/nl/a.md:3:10: error[broken-link]: `x.md` does not exist");
        assert!(lines.iter().any(|l| l.ends_with("3 | Zie [één](x.md) hier")), "{text}");
        let caret = lines.iter().find(|l| l.contains('^')).unwrap();
        assert_eq!(caret.find('^'), lines.iter().find(|l| l.contains("Zie")).unwrap().find("(x").map(|i| i - 2));
        assert!(text.ends_with("= hint: check the path"), "{text}");
    }

    #[test]
    fn without_a_readable_file_only_the_line_and_hint() {
        let d = Diagnostic::warning("missing-translation", "content/nl", Position::START, "2 pages").with_hint("h");
        let text = HumanReport::new(Path::new("/nonexistent"), false).render(&d);
        assert_eq!(text.lines().next(), Some("content/nl:1:1: warning[missing-translation]: 2 pages"));
        assert!(text.contains("hint: h"));
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
    fn json_has_every_field() {
        let d = Diagnostic::error("heading-h1", "content/nl/a.md", Position::new(5, 1), "h1");
        let value: serde_json::Value = serde_json::from_str(&json(&d)).unwrap();
        assert_eq!(value["rule"], "heading-h1");
        assert_eq!(value["severity"], "error");
        assert_eq!(value["line"], 5);
        assert_eq!(value["column"], 1);
        assert!(value["hint"].is_null());
    }
}
