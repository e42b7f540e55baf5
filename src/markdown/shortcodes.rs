//! Shortcode calls in Markdown bodies (Zola's syntax): `{{ name(key="value", n=3, on=true) }}`
//! inline and `{% name(key="value") %}` … Markdown … `{% end %}` around a Markdown body; and
//! what a call may be: the declarations of the built-in shortcodes, of a site's own
//! templates and of natives ([`Shortcodes`]).
//!
//! [`prepare`] finds the calls outside code spans, code blocks and raw HTML (with one Markdown
//! parse of the body as written) and lexes them (one pass, each byte looked at a bounded
//! number of times). Every call is then replaced, in a copy of the body, by an HTML comment
//! of exactly its length, so that Markdown sees an inert placeholder: inline in a paragraph,
//! or an HTML block of its own when the call stands alone on its line (which is how a
//! block's body becomes ordinary Markdown of the page, with its headings, links and checks).
//! Positions in the copy are positions in the file. The checks read the events of the copy
//! (comments are allowed raw HTML); `render::shortcodes` replaces each placeholder with the
//! call's HTML.

use crate::diagnostics::Diagnostic;
use crate::load::page::Page;
use crate::messages::Text as Words;
use crate::text;
use pulldown_cmark::Event;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// The folder of shortcode templates inside `templates/`.
pub const TEMPLATE_DIR: &str = "shortcodes/";

/// Written in place of `heading` when a `details` block with a `level` is rendered: it
/// becomes a real heading of the page (an id, the table of contents), never in the output.
pub const HEADING_MARKER: &str = "\u{1}loket-shortcode-heading\u{1}";

/// A literal argument value, as written.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
}

impl ArgValue {
    pub fn type_name(&self) -> &'static str {
        match self {
            ArgValue::Str(_) => "text",
            ArgValue::Int(_) | ArgValue::Float(_) => "number",
            ArgValue::Bool(_) => "bool",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub name: String,
    pub value: ArgValue,
    /// Byte offsets in the body of the name and of the value.
    pub name_at: usize,
    pub value_at: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    /// `{{ name(...) }}`
    Inline,
    /// `{% name(...) %}`
    Open,
    /// `{% end %}`
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub kind: CallKind,
    pub name: String,
    pub name_at: usize,
    pub args: Vec<Arg>,
    /// The whole call in the body, braces included.
    pub range: Range<usize>,
}

impl Call {
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|a| a.name == name)
    }
}
/// A syntax error in a call, at a byte offset of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub at: usize,
    pub message: Words,
    pub hint: Words,
}

/// A body with its shortcode calls found and replaced by placeholders.
pub struct Prepared {
    /// The body with each call replaced by an HTML comment of the same length.
    pub source: String,
    pub calls: Vec<Call>,
    pub errors: Vec<SyntaxError>,
}

/// `None` when the body has no `{{` or `{%` at all (the common case costs one scan).
pub fn prepare(body: &str) -> Option<Prepared> {
    if !body.contains("{{") && !body.contains("{%") {
        return None;
    }
    let skip = literal_ranges(body);
    let (calls, errors) = scan(body, &skip);
    let mut source = String::with_capacity(body.len());
    let mut last = 0;
    for call in &calls {
        source.push_str(&body[last..call.range.start]);
        // The shortest call (`{{a()}}`, `{%end%}`) is 7 bytes, as is `<!---->`.
        let inner = call.range.len() - 7;
        source.push_str("<!--");
        source.extend(std::iter::repeat_n(' ', inner));
        source.push_str("-->");
        last = call.range.end;
    }
    source.push_str(&body[last..]);
    Some(Prepared { source, calls, errors })
}

/// Byte ranges of the body where `{{` is text, not a call: code spans, code blocks and raw
/// HTML (sorted, as the parser reports them in order).
fn literal_ranges(body: &str) -> Vec<Range<usize>> {
    use pulldown_cmark::{Parser, Tag, TagEnd};
    let mut ranges = Vec::new();
    let mut code_start = None;
    for (event, range) in Parser::new_ext(body, super::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => code_start = Some(range.start),
            Event::End(TagEnd::CodeBlock) => {
                if let Some(start) = code_start.take() {
                    ranges.push(start..range.end);
                }
            }
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => ranges.push(range),
            _ => {}
        }
    }
    ranges.sort_by_key(|r| r.start);
    ranges
}

/// Every call outside `skip`, and every malformed one. Linear: after a failed call the scan
/// goes on from where lexing stopped, never from just after its `{`.
pub fn scan(body: &str, skip: &[Range<usize>]) -> (Vec<Call>, Vec<SyntaxError>) {
    let bytes = body.as_bytes();
    let mut calls = Vec::new();
    let mut errors = Vec::new();
    let mut skip_i = 0;
    let mut i = 0;
    while let Some(found) = body[i..].find('{') {
        let start = i + found;
        i = start + 1;
        let Some(&next) = bytes.get(start + 1) else { break };
        if next != b'{' && next != b'%' {
            continue;
        }
        while skip_i < skip.len() && skip[skip_i].end <= start {
            skip_i += 1;
        }
        if skip_i < skip.len() && skip[skip_i].start <= start {
            i = skip[skip_i].end.max(i);
            continue;
        }
        // `\{{` is Markdown's escape: text.
        if start > 0 && bytes[start - 1] == b'\\' {
            i = start + 2;
            continue;
        }
        let mut lexer = Lexer { bytes, body, at: start + 2 };
        match lexer.call(start, next == b'%') {
            Ok(call) => {
                i = call.range.end;
                calls.push(call);
            }
            Err(error) => {
                // Where lexing stopped, not where the error is reported (an unclosed
                // text is reported at its quote).
                i = lexer.at.max(start + 2);
                errors.push(error);
            }
        }
    }
    (calls, errors)
}

struct Lexer<'a> {
    bytes: &'a [u8],
    body: &'a str,
    at: usize,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.at += 1;
        }
    }

    /// `what` was expected at the cursor, which holds something else.
    fn error(&self, what: Words) -> SyntaxError {
        SyntaxError {
            at: self.at,
            message: text!("sc-expected", what = what, found = self.found()),
            hint: text!("sc-syntax-hint"),
        }
    }

    fn expect(&mut self, text: &str, what: Words) -> Result<(), SyntaxError> {
        if self.bytes[self.at..].starts_with(text.as_bytes()) {
            self.at += text.len();
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    /// "`x`" for the character at the cursor, or the end of the line.
    fn found(&self) -> Words {
        match self.body[self.at..].chars().next() {
            None | Some('\n' | '\r') => text!("sc-found-end-of-line"),
            Some(c) => text!("sc-found", char = c.to_string()),
        }
    }

    fn ident(&mut self) -> Option<(String, usize)> {
        let start = self.at;
        if !matches!(self.peek(), Some(b'a'..=b'z' | b'A'..=b'Z' | b'_')) {
            return None;
        }
        while matches!(self.peek(), Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'-')) {
            self.at += 1;
        }
        Some((self.body[start..self.at].to_string(), start))
    }

    fn call(&mut self, start: usize, block: bool) -> Result<Call, SyntaxError> {
        let close = if block { "%}" } else { "}}" };
        self.spaces();
        let Some((name, name_at)) = self.ident() else {
            return Err(self.error(text!("sc-what-name")));
        };
        self.spaces();
        if block && name == "end" && self.bytes[self.at..].starts_with(b"%}") {
            self.at += 2;
            return Ok(Call { kind: CallKind::End, name, name_at, args: Vec::new(), range: start..self.at });
        }
        self.expect("(", text!("sc-what-paren", name = &name))?;
        let mut args: Vec<Arg> = Vec::new();
        loop {
            self.spaces();
            if self.peek() == Some(b')') {
                self.at += 1;
                break;
            }
            let Some((arg_name, name_at)) = self.ident() else {
                return Err(self.error(text!("sc-what-argument")));
            };
            self.spaces();
            self.expect("=", text!("sc-what-equals", name = &arg_name))?;
            self.spaces();
            let value_at = self.at;
            let value = self.value()?;
            if args.iter().any(|a| a.name == arg_name) {
                return Err(SyntaxError {
                    at: name_at,
                    message: text!("sc-argument-twice", name = &arg_name),
                    hint: text!("sc-argument-twice-hint"),
                });
            }
            args.push(Arg { name: arg_name, value, name_at, value_at });
            self.spaces();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b')') => {}
                _ => return Err(self.error(text!("sc-what-comma"))),
            }
        }
        self.spaces();
        self.expect(close, text!("sc-what-close", close = close))?;
        let kind = if block { CallKind::Open } else { CallKind::Inline };
        Ok(Call { kind, name, name_at, args, range: start..self.at })
    }

    fn value(&mut self) -> Result<ArgValue, SyntaxError> {
        match self.peek() {
            Some(quote @ (b'"' | b'\'')) => {
                let open = self.at;
                self.at += 1;
                let mut text = String::new();
                let mut from = self.at;
                loop {
                    match self.peek() {
                        Some(b'\\') if matches!(self.bytes.get(self.at + 1), Some(b'"' | b'\'' | b'\\')) => {
                            text.push_str(&self.body[from..self.at]);
                            from = self.at + 1;
                            self.at += 2;
                        }
                        Some(q) if q == quote => {
                            text.push_str(&self.body[from..self.at]);
                            self.at += 1;
                            return Ok(ArgValue::Str(text));
                        }
                        None | Some(b'\n' | b'\r') => {
                            return Err(SyntaxError {
                                at: open,
                                message: text!("sc-text-unclosed"),
                                hint: text!("sc-text-unclosed-hint"),
                            });
                        }
                        Some(_) => self.at += 1,
                    }
                }
            }
            Some(b't' | b'f') => {
                let (word, _) = self.ident().unwrap_or_default();
                match word.as_str() {
                    "true" => Ok(ArgValue::Bool(true)),
                    "false" => Ok(ArgValue::Bool(false)),
                    _ => Err(SyntaxError {
                        at: self.at - word.len(),
                        message: text!("sc-not-a-value", word = word.as_str()),
                        hint: text!("sc-value-hint"),
                    }),
                }
            }
            Some(b'-' | b'0'..=b'9') => {
                let start = self.at;
                self.at += 1;
                while matches!(self.peek(), Some(b'0'..=b'9' | b'.')) {
                    self.at += 1;
                }
                let text = &self.body[start..self.at];
                if let Ok(n) = text.parse::<i64>() {
                    Ok(ArgValue::Int(n))
                } else if let Ok(n) = text.parse::<f64>() {
                    Ok(ArgValue::Float(n))
                } else {
                    Err(SyntaxError {
                        at: start,
                        message: text!("sc-not-a-number", text = text),
                        hint: text!("sc-number-hint"),
                    })
                }
            }
            _ => Err(SyntaxError {
                at: self.at,
                message: text!("sc-expected", what = text!("sc-what-value"), found = self.found()),
                hint: text!("sc-value-hint"),
            }),
        }
    }
}

/// What an argument holds, checked before the template sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgType {
    /// Any text (autoescaped by the template).
    Text,
    Number,
    Bool,
    /// A link like a Markdown link's: a page's `.md` file (with `#fragment`), a file next to
    /// the page, `/static/path`, or an `https:`, `mailto:` or `tel:` address. The template
    /// sees the resolved URL.
    Link,
    /// An image next to the page; the template sees its URL.
    Image,
    /// A file next to the page (video, captions); the template sees its URL.
    File,
    /// A BCP 47 language tag (`en`, `fr-BE`).
    Language,
    /// Any text, number or boolean (arguments of a site shortcode without a declaration).
    Any,
}

impl ArgType {
    pub fn name(self) -> &'static str {
        match self {
            ArgType::Text => "text",
            ArgType::Number => "number",
            ArgType::Bool => "bool",
            ArgType::Link => "link",
            ArgType::Image => "image",
            ArgType::File => "file",
            ArgType::Language => "language",
            ArgType::Any => "any",
        }
    }

    fn parse(name: &str) -> Option<ArgType> {
        [
            ArgType::Text,
            ArgType::Number,
            ArgType::Bool,
            ArgType::Link,
            ArgType::Image,
            ArgType::File,
            ArgType::Language,
            ArgType::Any,
        ]
        .into_iter()
        .find(|t| t.name() == name)
    }

    pub fn accepts(self, value: &ArgValue) -> bool {
        match self {
            ArgType::Number => matches!(value, ArgValue::Int(_) | ArgValue::Float(_)),
            ArgType::Bool => matches!(value, ArgValue::Bool(_)),
            ArgType::Any => true,
            _ => matches!(value, ArgValue::Str(_)),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgSpec {
    pub name: String,
    pub ty: ArgType,
    pub required: bool,
}

/// Where a shortcode may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Inline,
    Block,
    Both,
}

/// A shortcode's arguments: `None` accepts any arguments of any literal type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    pub form: Form,
    pub args: Option<Vec<ArgSpec>>,
}

impl Declaration {
    /// A site template's declaration, from its first line:
    /// `{# shortcode: inline; title: text, count?: number, href: link #}` (form `inline`,
    /// `block` or `both`; `?` marks an optional argument). Without that line the shortcode
    /// may be used in both forms with any arguments. `Err` says what is wrong with it.
    pub fn of_template(text: &str) -> Result<Declaration, Words> {
        let first = text.lines().next().unwrap_or("").trim();
        let Some(inner) = first.strip_prefix("{#").and_then(|s| s.strip_suffix("#}")).map(str::trim) else {
            return Ok(Declaration { form: Form::Both, args: None });
        };
        let Some(decl) = inner.strip_prefix("shortcode:") else {
            return Ok(Declaration { form: Form::Both, args: None });
        };
        let (form, args) = decl.split_once(';').unwrap_or((decl, ""));
        let form = match form.trim() {
            "inline" => Form::Inline,
            "block" => Form::Block,
            "both" => Form::Both,
            other => return Err(text!("sc-declaration-form", form = other)),
        };
        let mut specs = Vec::new();
        for part in args.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, ty) = part.split_once(':').map_or((part, "text"), |(n, t)| (n.trim(), t.trim()));
            let (name, required) = match name.strip_suffix('?') {
                Some(name) => (name.trim(), false),
                None => (name, true),
            };
            let Some(ty) = ArgType::parse(ty) else {
                return Err(text!("sc-declaration-type", name = ty));
            };
            specs.push(ArgSpec { name: name.to_string(), ty, required });
        }
        Ok(Declaration { form, args: Some(specs) })
    }
}

/// What a shortcode backed by Rust gives: text (escaped when written), or a link with its
/// text (written as `<a href>`, or as its text alone inside the text of another link, since
/// links cannot nest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NativeOutput {
    Text(String),
    Link { url: String, text: String },
}

impl NativeOutput {
    /// What readers see or hear of it.
    pub fn text(&self) -> &str {
        match self {
            NativeOutput::Text(text) | NativeOutput::Link { text, .. } => text,
        }
    }
}

/// A shortcode computed by Rust code instead of a template (such as `data`): given the call
/// and the page, it returns its output or a finding.
pub type Native = Arc<dyn Fn(&Call, &Page) -> Result<NativeOutput, Diagnostic> + Send + Sync>;

/// The shortcodes a site can use: the built-ins, the site's own templates, natives.
#[derive(Default, Clone)]
pub struct Shortcodes {
    /// Declarations of the site's own shortcode templates that are not built-ins, by name.
    site: HashMap<String, Declaration>,
    natives: HashMap<String, (Declaration, Native)>,
}

impl Shortcodes {
    /// From the theme's template names and texts: every `shortcodes/<name>.html`.
    /// `Err` holds (template name, message) for a declaration that cannot be read.
    pub fn from_templates<'a>(
        templates: impl Iterator<Item = (&'a str, &'a str)>,
    ) -> (Shortcodes, Vec<(String, Words)>) {
        let mut shortcodes = Shortcodes::default();
        let mut errors = Vec::new();
        for (name, text) in templates {
            let Some(short) = name.strip_prefix(TEMPLATE_DIR).and_then(|n| n.strip_suffix(".html")) else {
                continue;
            };
            if builtin(short).is_some() {
                continue;
            }
            match Declaration::of_template(text) {
                Ok(decl) => {
                    shortcodes.site.insert(short.to_string(), decl);
                }
                Err(message) => errors.push((name.to_string(), message)),
            }
        }
        (shortcodes, errors)
    }

    /// A shortcode backed by Rust code: its declaration and its code.
    pub fn native(&self, name: &str) -> Option<&(Declaration, Native)> {
        self.natives.get(name)
    }

    /// The declaration of a site's own shortcode template that is not a built-in.
    pub fn site(&self, name: &str) -> Option<&Declaration> {
        self.site.get(name)
    }

    /// Adds a shortcode backed by Rust code (it wins over a template of the same name).
    pub fn register_native(&mut self, name: &str, declaration: Declaration, native: Native) {
        self.natives.insert(name.to_string(), (declaration, native));
    }

    pub fn names(&self) -> Vec<&str> {
        let builtins = BUILTINS.iter().map(|b| b.name);
        builtins.chain(self.site.keys().map(String::as_str)).chain(self.natives.keys().map(String::as_str)).collect()
    }
}

/// A built-in shortcode: where it may stand, and its arguments (name, type, required). What
/// they do is in `render::builtin_shortcodes`, their HTML in the theme's templates.
pub struct Builtin {
    pub name: &'static str,
    pub form: Form,
    pub args: &'static [(&'static str, ArgType, bool)],
}

use ArgType::{Bool, File, Image, Language, Link, Number, Text};

pub const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "details",
        form: Form::Block,
        args: &[("summary", Text, true), ("id", Text, false), ("level", Number, false)],
    },
    Builtin { name: "notice", form: Form::Block, args: &[("kind", Text, false)] },
    Builtin {
        name: "button",
        form: Form::Inline,
        args: &[
            ("href", Link, true),
            ("text", Text, true),
            ("hidden", Text, false),
            ("hreflang", Language, false),
            ("text_lang", Language, false),
            ("phrase", Text, false),
            ("phrase_lang", Language, false),
        ],
    },
    Builtin {
        name: "link",
        form: Form::Inline,
        args: &[
            ("href", Link, true),
            ("text", Text, true),
            ("hreflang", Language, false),
            ("text_lang", Language, false),
        ],
    },
    Builtin { name: "hidden", form: Form::Inline, args: &[("text", Text, true)] },
    Builtin {
        name: "figure",
        form: Form::Inline,
        args: &[("src", Image, true), ("alt", Text, false), ("decorative", Bool, false), ("caption", Text, false)],
    },
    Builtin {
        name: "video",
        form: Form::Inline,
        args: &[
            ("src", File, true),
            ("captions", File, true),
            ("transcript", Link, true),
            ("captions_lang", Language, false),
        ],
    },
    Builtin {
        name: "lang",
        form: Form::Both,
        args: &[("code", Language, true), ("text", Text, false), ("dir", Text, false)],
    },
];

pub fn builtin(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn calls(body: &str) -> (Vec<Call>, Vec<SyntaxError>) {
        scan(body, &literal_ranges(body))
    }

    #[test]
    fn calls_are_lexed_with_typed_arguments() {
        let (calls, errors) =
            self::calls("a {{ button(href=\"x.md\", n=3, f=-1.5, on=true, t='a\\'b') }} b\n{% end %}");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(calls.len(), 2);
        let c = &calls[0];
        assert_eq!((c.kind, c.name.as_str(), c.range.clone()), (CallKind::Inline, "button", 2..59));
        let values: Vec<&ArgValue> = c.args.iter().map(|a| &a.value).collect();
        assert_eq!(
            values,
            [
                &ArgValue::Str("x.md".into()),
                &ArgValue::Int(3),
                &ArgValue::Float(-1.5),
                &ArgValue::Bool(true),
                &ArgValue::Str("a'b".into())
            ]
        );
        assert_eq!(calls[1].kind, CallKind::End);
    }

    #[test]
    fn code_and_escapes_are_left_alone() {
        let body = "`{{ a() }}` and\n\n```\n{% b() %}\n```\n\n    {{ c() }}\n\n\\{{ d() }} <span title=\"{{ e() }}\">x</span>\n";
        let (calls, errors) = calls(body);
        assert!(calls.is_empty() && errors.is_empty(), "{calls:?} {errors:?}");
    }

    #[test]
    fn placeholders_keep_every_offset() {
        let body = "A {{ hidden(text=\"x\") }} b.\n\n{% details(summary=\"Q\") %}\nText\n{% end %}\n";
        let prepared = prepare(body).expect("calls");
        assert_eq!(prepared.source.len(), body.len());
        assert_eq!(prepared.calls.len(), 3);
        for call in &prepared.calls {
            assert!(prepared.source[call.range.clone()].starts_with("<!--"));
        }
    }

    #[test]
    fn malformed_calls_are_reported_where_lexing_stopped() {
        let (_, errors) = calls("x {{ button(href=\"a.md\" text=\"b\") }}\n{{ a(x=\"open\n{{ 3 }}\n");
        let at: Vec<usize> = errors.iter().map(|e| e.at).collect();
        assert_eq!(at, [24, 44, 53], "{errors:?}");
    }

    #[test]
    fn the_scan_stays_linear_on_hostile_input() {
        let start = Instant::now();
        for body in ["{{".repeat(100_000), "{{ a(x=\"".repeat(50_000), "{% a() %}".repeat(50_000)] {
            let _ = prepare(&body);
        }
        assert!(start.elapsed() < Duration::from_secs(10), "{:?}", start.elapsed());
    }

    #[test]
    fn declarations_are_read_from_the_first_line() {
        let d = Declaration::of_template("{# shortcode: inline; title: text, n?: number, href: link #}\n<a>").unwrap();
        assert_eq!(d.form, Form::Inline);
        let args = d.args.unwrap();
        assert_eq!(args[1], ArgSpec { name: "n".into(), ty: ArgType::Number, required: false });
        assert_eq!(args[2].ty, ArgType::Link);
        assert_eq!(Declaration::of_template("<p>{{ x }}</p>").unwrap().args, None);
        assert!(Declaration::of_template("{# shortcode: sideways #}").is_err());
        assert!(Declaration::of_template("{# shortcode: block; a: colour #}").is_err());
    }
}
