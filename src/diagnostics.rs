//! Findings about a site (errors and warnings) with their file, line and column, collected
//! across a whole build so that one run reports every problem.

pub use crate::messages::{shown, Text};
pub use crate::rules::{Rule, Severity};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// A position in a file: 1-based line and column (column counted in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    pub fn new(line: usize, column: usize) -> Self {
        Position { line, column }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The rule that found it, printed by its stable name (`broken-link`, `front-matter`).
    pub rule: Rule,
    /// Path shown to the user: relative to the site root where possible.
    pub file: PathBuf,
    pub position: Position,
    /// What is wrong, in words for an editor (shown in the editor's language).
    pub message: Text,
    /// What to do about it.
    pub hint: Option<Text>,
    /// The file is one of loket's built-in theme files (`templates/base.html` that the site
    /// does not override), not the site's own.
    pub builtin: bool,
}

impl Diagnostic {
    pub fn error(rule: Rule, file: impl Into<PathBuf>, position: Position, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            rule,
            file: file.into(),
            position,
            message: message.into(),
            hint: None,
            builtin: false,
        }
    }

    pub fn warning(rule: Rule, file: impl Into<PathBuf>, position: Position, message: impl Into<Text>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(rule, file, position, message) }
    }

    pub fn with_hint(mut self, hint: impl Into<Text>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Marks the file as a built-in theme file when `builtin`.
    pub fn in_builtin_theme(mut self, builtin: bool) -> Self {
        self.builtin = builtin;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{}:{}:{}: {}[{}]: {}",
            if self.builtin { "(built-in) " } else { "" },
            shown(&self.file),
            self.position.line,
            self.position.column,
            self.severity.as_str(),
            self.rule,
            self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  = hint: {hint}")?;
        }
        Ok(())
    }
}

/// All findings of one run. Sorted on output so that parallel steps report deterministically.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The findings in a stable order: by file, position, then rule name and message.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut items: Vec<&Diagnostic> = self.items.iter().collect();
        items.sort_by(|a, b| {
            (&a.file, a.position, a.severity, a.rule.name(), &a.message).cmp(&(
                &b.file,
                b.position,
                b.severity,
                b.rule.name(),
                &b.message,
            ))
        });
        items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.items
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<T: IntoIterator<Item = Diagnostic>>(iter: T) -> Self {
        Diagnostics { items: iter.into_iter().collect() }
    }
}

/// Maps byte offsets in a text to 1-based line and column numbers, in time bounded by a
/// constant however long the line: many findings on one very long line stay linear.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// `chars_before[k]`: the number of characters before byte `k * CHECKPOINT`.
    chars_before: Vec<usize>,
}

/// Bytes between two character counts kept by [`LineIndex`].
const CHECKPOINT: usize = 256;

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars_before = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut count = 0;
        for chunk in text.as_bytes().chunks(CHECKPOINT) {
            chars_before.push(count);
            count += chars_in(chunk);
        }
        chars_before.push(count);
        LineIndex { line_starts, chars_before }
    }

    /// Position of byte `offset` in `text` (the same text the index was built from).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let column = self.chars_before_offset(text, offset) - self.chars_before_offset(text, start) + 1;
        Position { line, column }
    }

    /// Characters in `text[..offset]`: the nearest checkpoint, then at most `CHECKPOINT` bytes.
    fn chars_before_offset(&self, text: &str, offset: usize) -> usize {
        let k = offset / CHECKPOINT;
        let from = k * CHECKPOINT;
        let counted = self.chars_before.get(k).copied().unwrap_or(0);
        counted + text.as_bytes().get(from..offset).map_or(0, chars_in)
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line.checked_sub(1)?).copied()
    }

    /// The byte range of 1-based `line` in `text` (the text the index was built from),
    /// without its `\n`: found from the index, never by scanning the line.
    pub fn line_range(&self, text: &str, line: usize) -> Option<Range<usize>> {
        let start = self.line_start(line)?;
        let end = self.line_starts.get(line).map_or(text.len(), |next| next - 1);
        (start <= end && end <= text.len()).then_some(start..end)
    }
}

/// Characters that start in `bytes` (UTF-8: every byte that is not a continuation byte).
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Shows `path` relative to `root` when it lies below it, for shorter messages.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).map(Path::to_path_buf).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_counts_lines_and_characters() {
        let text = "ab\ncé d\n\nx";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), Position::new(1, 1));
        assert_eq!(index.position(text, 3), Position::new(2, 1));
        // "é" is two bytes but one column.
        assert_eq!(index.position(text, 6), Position::new(2, 3));
        assert_eq!(index.position(text, 9), Position::new(3, 1));
        assert_eq!(index.position(text, 10), Position::new(4, 1));
    }

    #[test]
    fn positions_on_a_long_line_match_counting_characters() {
        let text = format!("x\n{}\n", "aé€😀 ".repeat(3000));
        let index = LineIndex::new(&text);
        for (offset, _) in text.char_indices().step_by(7) {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let column = text[line_start..offset].chars().count() + 1;
            let line = text[..offset].matches('\n').count() + 1;
            assert_eq!(index.position(&text, offset), Position::new(line, column), "at {offset}");
        }
    }

    #[test]
    fn display_has_file_line_column_rule_and_hint() {
        let d = Diagnostic::error(
            Rule::BrokenLink,
            "content/nl/a.md",
            Position::new(3, 7),
            crate::text!("lang-unknown", value = "fr", source = "--lang"),
        )
        .with_hint(crate::text!("summary-errors", count = 2usize));
        let message = crate::text!("lang-unknown", value = "fr", source = "--lang").to_string();
        assert_eq!(d.to_string(), format!("content/nl/a.md:3:7: error[broken-link]: {message}\n  = hint: 2 errors"));
    }
}
