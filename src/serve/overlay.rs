//! The errors overlay of `loket serve`: the findings of a failed build as cards in the
//! editor's language (the plain message, the file and line, the line itself with each tab
//! shown as `→`, and the hint), laid over the last good version of a page, or as a page of
//! its own when nothing could be built yet. Markup written by hand, every word escaped.

use crate::diagnostics::{Diagnostic, Severity};
use crate::messages::Messages;
use crate::rules::Rule;
use crate::text;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Files larger than this get no line shown: a finding is not worth reading megabytes.
const MAX_SOURCE_BYTES: u64 = 16 * 1024 * 1024;
/// A line longer than this many characters is shown as a window around the column.
const LONG_LINE: usize = 240;
/// Characters shown either side of the column on a long line.
const WINDOW: usize = 60;
/// Rules whose file is no text to show: a file that could not be written, a special file.
const NO_LINE: &[Rule] = &[Rule::Output, Rule::SpecialFile];

/// The overlay of one failed build, made once when the build fails (its files are read
/// then, not on every request).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlay {
    messages: Messages,
    errors: usize,
    /// The cards, `<li>` elements, escaped.
    cards: String,
}

impl Overlay {
    /// The overlay of `findings` (sorted), reading the lines they point at below `root`.
    pub fn new(findings: &[Diagnostic], root: &Path, messages: Messages) -> Overlay {
        let mut sources = Sources { root, files: HashMap::new() };
        // Errors first: they are what keeps the site from being built.
        let (errors, warnings): (Vec<&Diagnostic>, Vec<&Diagnostic>) = findings.iter().partition(|d| d.is_error());
        let cards = errors.iter().chain(&warnings).map(|finding| card(finding, &mut sources, messages)).collect();
        Overlay { messages, errors: errors.len(), cards }
    }

    /// The panel laid over a page, at the start of its `<body>`: a region in the editor's
    /// language (the page keeps its own `<h1>` and language), with a button that closes it.
    pub fn panel(&self) -> String {
        let m = &self.messages;
        format!(
            "<section id=\"loket-overlay\" class=\"loket-panel\" lang=\"{lang}\" aria-labelledby=\"loket-overlay-title\">\
             <div class=\"loket-overlay-inner\"><h2 id=\"loket-overlay-title\">{title}</h2><p class=\"loket-intro\">{intro}</p>\
             {list}<p><button type=\"button\" id=\"loket-overlay-close\">{close}</button></p></div></section>",
            lang = m.lang().code(),
            title = self.title(),
            intro = esc(&m.get("serve-overlay-intro")),
            list = self.list(),
            close = esc(&m.get("serve-overlay-close")),
        )
    }

    /// A page of its own, for when no good version exists to lay the panel over. `head`
    /// holds what `serve` adds to every page (the reload script).
    pub fn page(&self, head: &str) -> String {
        let m = &self.messages;
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{page_title}</title>\n\
             <link rel=\"stylesheet\" href=\"{css}\">\n{head}\n</head>\n<body class=\"loket-errors-page\">\n\
             <main id=\"loket-overlay\" aria-labelledby=\"loket-overlay-title\">\n<div class=\"loket-overlay-inner\">\n\
             <h1 id=\"loket-overlay-title\">{title}</h1>\n<p class=\"loket-intro\">{intro}</p>\n{list}\n</div>\n</main>\n\
             </body>\n</html>\n",
            lang = m.lang().code(),
            page_title = esc(&m.get("serve-overlay-page-title")),
            css = STYLESHEET,
            title = self.title(),
            intro = esc(&m.get("serve-overlay-intro-empty")),
            list = self.list(),
        )
    }

    fn title(&self) -> String {
        esc(&self.messages.format(&text!("serve-overlay-title", count = self.errors)))
    }

    fn list(&self) -> String {
        format!(
            "<ol class=\"loket-cards\" aria-label=\"{label}\">{cards}</ol>",
            label = esc(&self.messages.get("serve-overlay-list")),
            cards = self.cards
        )
    }
}

/// Where the overlay's style sheet is served (a file, so that no page needs an inline style).
pub const STYLESHEET: &str = "/__loket/overlay.css";

fn esc(text: &str) -> String {
    crate::escape::html(text)
}

/// One finding: what is wrong, where, the line itself, and what to do.
fn card(finding: &Diagnostic, sources: &mut Sources<'_>, messages: Messages) -> String {
    let (class, severity) = match finding.severity {
        Severity::Error => ("loket-card-error", messages.get("serve-overlay-error")),
        Severity::Warning => ("loket-card-warning", messages.get("serve-overlay-warning")),
    };
    let file = crate::diagnostics::shown(&finding.file);
    let line = finding.position.line;
    let where_ = if finding.builtin {
        text!("serve-overlay-where-builtin", file = file, line = line)
    } else {
        text!("serve-overlay-where", file = file, line = line)
    };
    let mut html = format!(
        "<li class=\"loket-card {class}\"><p class=\"loket-card-head\"><strong class=\"loket-severity\">{severity}</strong> \
         <span class=\"loket-rule\">{rule}</span></p><p class=\"loket-message\">{message}</p><p class=\"loket-where\">{where_}</p>",
        severity = esc(&severity),
        rule = esc(&messages.format(&text!("serve-overlay-check", rule = finding.rule.name()))),
        message = esc(&messages.format(&finding.message)),
        where_ = esc(&messages.format(&where_)),
    );
    if let Some(shown) = (!NO_LINE.contains(&finding.rule))
        .then(|| sources.line(&finding.file, finding.builtin, line, finding.position.column))
        .flatten()
    {
        html.push_str("<pre class=\"loket-line\"><code>");
        html.push_str(&with_tabs(&shown));
        html.push_str("</code></pre>");
        if shown.contains('\t') {
            html.push_str(&format!("<p class=\"loket-tab-note\">{}</p>", esc(&messages.get("serve-overlay-tab"))));
        }
    }
    if let Some(hint) = &finding.hint {
        html.push_str(&format!(
            "<p class=\"loket-hint\"><strong>{label}</strong> {hint}</p>",
            label = esc(&messages.get("serve-overlay-hint")),
            hint = esc(&messages.format(hint))
        ));
    }
    html.push_str("</li>");
    html
}

/// A line escaped, each tab shown as a marked `→` (a tab shows as blank space, so a line
/// with one would look as if nothing were wrong).
fn with_tabs(line: &str) -> String {
    line.split('\t').map(esc).collect::<Vec<_>>().join("<span class=\"loket-tab\">→</span>")
}

/// The files the findings point at, each read once.
struct Sources<'a> {
    root: &'a Path,
    files: HashMap<(PathBuf, bool), Option<String>>,
}

impl Sources<'_> {
    /// The line (1-based) of a file as the editor wrote it, or a window of it around the
    /// column when it is long; `None` for a file that cannot be read as text.
    fn line(&mut self, file: &Path, builtin: bool, line: usize, column: usize) -> Option<String> {
        let root = self.root;
        let text =
            self.files.entry((file.to_path_buf(), builtin)).or_insert_with(|| read(root, file, builtin)).as_ref()?;
        let whole = text.split('\n').nth(line.checked_sub(1)?)?;
        let count = whole.chars().count();
        if count <= LONG_LINE {
            return Some(whole.to_string());
        }
        let from = column.saturating_sub(1 + WINDOW).min(count);
        let mut shown = String::new();
        if from > 0 {
            shown.push('…');
        }
        shown.extend(whole.chars().skip(from).take(2 * WINDOW + 1));
        if from + 2 * WINDOW + 1 < count {
            shown.push('…');
        }
        Some(shown)
    }
}

/// A file of the site (a regular file inside it, not too large) or a built-in theme file,
/// as text with `\n` line ends and no byte-order mark.
fn read(root: &Path, file: &Path, builtin: bool) -> Option<String> {
    let bytes = if builtin {
        let mut parts = file.iter().map(|part| part.to_string_lossy());
        let folder = parts.next()?;
        let name: Vec<_> = parts.collect();
        crate::load::theme::builtin(&folder, &name.join("/"))?.into_owned()
    } else {
        crate::sitefs::read_bounded(root, &root.join(file), MAX_SOURCE_BYTES).ok()??
    };
    let text = String::from_utf8(bytes).ok()?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Some(text.replace("\r\n", "\n").replace('\r', "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Position;
    use crate::messages::EditorLang;

    fn site(file: &str, text: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        dir
    }

    #[test]
    fn a_card_has_the_message_the_place_the_line_with_its_tab_and_the_hint_in_dutch() {
        let dir = site("content/nl/a.md", "---\ntitle: A\n\tdescription: <b>x</b>\n---\n");
        let finding =
            Diagnostic::error(Rule::FrontMatter, "content/nl/a.md", Position::new(3, 1), text!("serve-http-bad-path"))
                .with_hint(text!("serve-overlay-tab"));
        let nl = Overlay::new(std::slice::from_ref(&finding), dir.path(), Messages::new(EditorLang::Nl));
        let panel = nl.panel();
        assert!(panel.contains("lang=\"nl\""), "{panel}");
        assert!(panel.contains("<h2 id=\"loket-overlay-title\">De site heeft 1 fout</h2>"), "{panel}");
        assert!(panel.contains("<p class=\"loket-message\">Dit pad is niet toegestaan.</p>"), "{panel}");
        assert!(panel.contains("<p class=\"loket-where\">content/nl/a.md, regel 3</p>"), "{panel}");
        assert!(
            panel.contains("<code><span class=\"loket-tab\">→</span>description: &lt;b&gt;x&lt;/b&gt;</code>"),
            "the line, escaped, with its tab shown: {panel}"
        );
        assert!(panel.contains("<p class=\"loket-tab-note\">→ staat voor een tab.</p>"), "{panel}");
        assert!(panel.contains("<strong>Wat je kunt doen:</strong>"), "{panel}");
        assert!(panel.contains(">Sluit deze melding</button>"), "{panel}");
        let en = Overlay::new(&[finding], dir.path(), Messages::new(EditorLang::En)).panel();
        assert!(en.contains("lang=\"en\"") && en.contains("content/nl/a.md, line 3"), "{en}");
    }

    #[test]
    fn the_page_of_its_own_has_one_h1_a_main_the_language_and_no_inline_style_or_script() {
        let findings = [
            Diagnostic::error(
                Rule::BrokenLink,
                "content/nl/gone.md",
                Position::new(9, 2),
                text!("serve-http-bad-path"),
            ),
            Diagnostic::warning(
                Rule::MissingAlt,
                "content/nl/gone.md",
                Position::new(9, 2),
                text!("serve-http-bad-path"),
            ),
        ];
        let page = Overlay::new(&findings, Path::new("/nonexistent"), Messages::new(EditorLang::Nl))
            .page("<script src=\"/__loket/reload.js?generation=1\" defer></script>");
        assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"), "{page}");
        assert_eq!(page.matches("<h1").count(), 1);
        assert!(page.contains("<main id=\"loket-overlay\""));
        assert!(page.contains("<h1 id=\"loket-overlay-title\">De site heeft 1 fout</h1>"), "{page}");
        assert!(page.contains("<strong class=\"loket-severity\">Waarschuwing</strong>"), "{page}");
        assert!(!page.contains("<pre"), "no line of a file that cannot be read");
        assert!(!page.contains("<style") && !page.contains(" style=") && !page.contains("<script>"));
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_column() {
        let long = format!("{}X{}", "a".repeat(500), "b".repeat(500));
        let dir = site("content/nl/a.md", &long);
        let finding =
            Diagnostic::error(Rule::BrokenLink, "content/nl/a.md", Position::new(1, 501), text!("serve-http-bad-path"));
        let panel = Overlay::new(&[finding], dir.path(), Messages::new(EditorLang::En)).panel();
        let shown = format!("…{}X{}…", "a".repeat(60), "b".repeat(60));
        assert!(panel.contains(&shown), "{panel}");
    }
}
