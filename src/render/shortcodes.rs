//! Shortcodes expanded into HTML: each placeholder that `markdown::shortcodes` left in a
//! body is replaced by its call's HTML. The arguments are checked against the shortcode's
//! declaration (`shortcode_args`), links and images resolved like Markdown links, and its
//! Tera template rendered (autoescaped). A block's template is rendered once with a marker
//! for `body`; the HTML before and after the marker surrounds the body's events. A page with
//! shortcodes always goes through the sanitizer (`render::sanitize`).
//!
//! A shortcode is a built-in (`builtin_shortcodes`), a site's own template
//! `templates/shortcodes/<name>.html` (arguments declared in its first line, see
//! `markdown::shortcodes::Declaration`), or a shortcode backed by Rust code (a native, for
//! shared data values). What is reported here is what only expanding finds (unknown
//! shortcodes, wrong arguments, template errors); the problems of its links and a figure's
//! missing alt text are kept as data for `checks`.

use crate::markdown::links::AbsoluteLink;
use crate::markdown::shortcodes::{
    self as syntax, ArgSpec, ArgValue, Builtin, Call, CallKind, Declaration, Form, Native, NativeOutput, Prepared,
    HEADING_MARKER, TEMPLATE_DIR,
};
use crate::render::body::escape_text;
use crate::render::builtin_shortcodes;
use crate::render::context::Expansion;
use crate::render::shortcode_args::{check_args, nearest};
use crate::text;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};
use std::ops::Range;

/// Blocks nested deeper than this are refused: the HTML parser of the sanitizer takes
/// quadratic time on deep nesting, and no page needs it.
pub const MAX_DEPTH: usize = 16;

/// Written in place of `body` when a block's template is rendered; never in the output.
const BODY_MARKER: &str = "\u{1}loket-shortcode-body\u{1}";

/// What one call stands for.
enum Resolved<'a> {
    Builtin(&'static Builtin),
    Site(&'a Declaration),
    Native(&'a Declaration, &'a Native),
}

/// An open block: the HTML after its body, and where it opened.
struct Open {
    after: String,
    call: usize,
    depth: usize,
}

/// Replaces the placeholders of `prepared.calls` in `events` with their HTML, reporting
/// every problem; a call that cannot be rendered leaves nothing.
pub fn expand<'e>(
    events: Vec<(Event<'e>, Range<usize>)>,
    prepared: &Prepared,
    x: &mut Expansion<'_, '_>,
) -> Vec<(Event<'e>, Range<usize>)> {
    for error in &prepared.errors {
        x.problems.push(
            x.error(error.at, text!("sc-unreadable", problem = error.message.clone())).with_hint(error.hint.clone()),
        );
    }
    let calls = &prepared.calls;
    let mut next = 0;
    let mut used = vec![false; calls.len()];
    let mut open: Vec<Open> = Vec::new();
    let mut depth = 0usize;
    // Inside the text of a link, a link of a shortcode is written as its text: links
    // cannot nest.
    let mut links = 0usize;
    let mut result = Vec::with_capacity(events.len());
    for (event, range) in events {
        let block = match &event {
            Event::Html(_) => true,
            Event::InlineHtml(_) => false,
            Event::Start(start) => {
                if matches!(start, Tag::Link { .. }) {
                    links += 1;
                }
                depth += 1;
                result.push((event, range));
                continue;
            }
            Event::End(end) => {
                if matches!(end, TagEnd::Link) {
                    links = links.saturating_sub(1);
                }
                depth = depth.saturating_sub(1);
                result.push((event, range));
                continue;
            }
            _ => {
                result.push((event, range));
                continue;
            }
        };
        while next < calls.len() && calls[next].range.start < range.start {
            next += 1;
        }
        if next >= calls.len() || calls[next].range.start >= range.end {
            result.push((event, range));
            continue;
        }
        while next < calls.len() && calls[next].range.start < range.end {
            used[next] = true;
            let call = &calls[next];
            let html = match call.kind {
                CallKind::End => match open.pop() {
                    Some(o) => {
                        if o.depth != depth || !block {
                            let name = &calls[o.call].name;
                            x.problems.push(
                                x.error(call.range.start, text!("sc-end-misplaced", name = name))
                                    .with_hint(text!("sc-end-misplaced-hint")),
                            );
                        }
                        Some(o.after)
                    }
                    None => {
                        x.problems.push(
                            x.error(call.range.start, text!("sc-end-alone")).with_hint(text!("sc-end-alone-hint")),
                        );
                        None
                    }
                },
                CallKind::Open if !block => {
                    x.problems.push(
                        x.error(call.range.start, text!("sc-block-own-line", name = &call.name))
                            .with_hint(text!("sc-block-own-line-hint")),
                    );
                    // Its `{% end %}` still closes it.
                    open.push(Open { after: String::new(), call: next, depth });
                    None
                }
                CallKind::Open if open.len() >= MAX_DEPTH => {
                    x.problems.push(
                        x.error(call.range.start, text!("sc-too-deep", max = MAX_DEPTH))
                            .with_hint(text!("sc-too-deep-hint")),
                    );
                    open.push(Open { after: String::new(), call: next, depth });
                    None
                }
                CallKind::Open => {
                    let (before, after) = render_call(call, x, true, false).unwrap_or_default();
                    open.push(Open { after, call: next, depth });
                    match before.split_once(HEADING_MARKER) {
                        Some((head, tail)) => {
                            result.push((Event::Html(CowStr::from(head.to_string())), call.range.clone()));
                            result.extend(heading_events(call).into_iter().map(|e| (e, call.range.clone())));
                            Some(tail.to_string())
                        }
                        None => Some(before),
                    }
                }
                CallKind::Inline => render_call(call, x, false, links > 0).map(|(html, _)| html),
            };
            if let Some(html) = html.filter(|h| !h.is_empty()) {
                let event = if block {
                    let mut html = html;
                    if !html.ends_with('\n') {
                        html.push('\n');
                    }
                    Event::Html(CowStr::from(html))
                } else {
                    Event::InlineHtml(CowStr::from(html))
                };
                result.push((event, call.range.clone()));
            }
            next += 1;
        }
    }
    for o in open.into_iter().rev() {
        let call = &calls[o.call];
        x.problems.push(
            x.error(call.range.start, text!("sc-never-closed", name = &call.name))
                .with_hint(text!("sc-never-closed-hint")),
        );
        if !o.after.is_empty() {
            result.push((Event::Html(CowStr::from(o.after)), call.range.clone()));
        }
    }
    for (call, _) in calls.iter().zip(&used).filter(|(_, used)| !**used) {
        x.problems.push(x.error(call.range.start, text!("sc-misplaced")).with_hint(text!("sc-misplaced-hint")));
    }
    result
}

/// The heading a `details` block with a `level` writes in its summary: Markdown events, so
/// that it gets an id and a place in the table of contents like any heading.
fn heading_events(call: &Call) -> Vec<Event<'static>> {
    let level = match call.arg("level").map(|a| &a.value) {
        Some(ArgValue::Int(n)) => usize::try_from(*n).ok().and_then(|n| HeadingLevel::try_from(n).ok()),
        _ => None,
    };
    let summary = match call.arg("summary").map(|a| &a.value) {
        Some(ArgValue::Str(s)) => s.clone(),
        _ => String::new(),
    };
    let Some(level) = level else { return vec![Event::Text(CowStr::from(summary))] };
    vec![
        Event::Start(Tag::Heading { level, id: None, classes: Vec::new(), attrs: Vec::new() }),
        Event::Text(CowStr::from(summary)),
        Event::End(TagEnd::Heading(level)),
    ]
}

/// The call's HTML, checked and rendered: for a block, the HTML before and after its body.
/// `in_link`: the call stands in the text of a link. `None` after reporting why it cannot
/// be rendered.
fn render_call(call: &Call, x: &mut Expansion<'_, '_>, block: bool, in_link: bool) -> Option<(String, String)> {
    let shortcodes = x.links.templates.shortcodes();
    let resolved = if let Some((decl, native)) = shortcodes.native(&call.name) {
        Resolved::Native(decl, native)
    } else if let Some(builtin) = syntax::builtin(&call.name) {
        Resolved::Builtin(builtin)
    } else if let Some(decl) = shortcodes.site(&call.name) {
        Resolved::Site(decl)
    } else {
        let names = shortcodes.names();
        let hint = match nearest(&call.name, names.iter().copied()) {
            Some(near) => text!("sc-unknown-nearest", nearest = near, names = sorted(names)),
            None => text!("sc-unknown-hint", names = sorted(names), name = &call.name),
        };
        x.problems.push(x.error(call.name_at, text!("sc-unknown", name = &call.name)).with_hint(hint));
        return None;
    };
    let (form, specs): (Form, Option<&[ArgSpec]>) = match &resolved {
        Resolved::Builtin(b) => (b.form, None),
        Resolved::Site(d) | Resolved::Native(d, _) => (d.form, d.args.as_deref()),
    };
    match (form, block) {
        (Form::Inline, true) => {
            x.problems.push(
                x.error(call.name_at, text!("sc-inline-not-block", name = &call.name))
                    .with_hint(text!("sc-inline-not-block-hint", name = &call.name)),
            );
            return None;
        }
        (Form::Block, false) => {
            x.problems.push(
                x.error(call.name_at, text!("sc-block-not-inline", name = &call.name))
                    .with_hint(text!("sc-block-not-inline-hint", name = &call.name)),
            );
            return None;
        }
        _ => {}
    }
    let mut context = tera::Context::new();
    let page_lang = x.page().lang.clone();
    context.insert("lang", &page_lang);
    let ok = match &resolved {
        Resolved::Builtin(b) => builtin_shortcodes::prepare(b, call, block, x, &mut context),
        Resolved::Site(_) | Resolved::Native(..) => check_args(call, specs, x, &mut context),
    };
    if !ok {
        return None;
    }
    if let Resolved::Native(_, native) = resolved {
        return match native(call, x.page()) {
            Ok(NativeOutput::Text(text)) => Some((escape_text(&text), String::new())),
            Ok(NativeOutput::Link { text, .. }) if in_link => Some((escape_text(&text), String::new())),
            Ok(NativeOutput::Link { url, text }) => {
                // A page of the site: checked like every site-absolute link once all pages
                // are known. Other addresses were checked when `data/` was read.
                if url.starts_with('/') {
                    let position = x.position(call.range.start);
                    x.out.absolute_links.push(AbsoluteLink { path: url.clone(), position });
                }
                Some((format!("<a href=\"{}\">{}</a>", escape_text(&url), escape_text(&text)), String::new()))
            }
            Err(d) => {
                x.problems.push(d);
                None
            }
        };
    }
    if block {
        context.insert_value("body", tera::Value::safe_string(BODY_MARKER));
    }
    let template = format!("{TEMPLATE_DIR}{}.html", call.name);
    let html = match x.links.templates.render(&template, &context, &x.page().source) {
        Ok(html) => html,
        Err(found) => {
            let at = x.position(call.range.start);
            let source = crate::diagnostics::shown(&x.page().source);
            for d in found {
                let hint = text!("sc-template-at", file = source.as_str(), line = at.line, column = at.column);
                x.problems.push(d.with_hint(hint));
            }
            return None;
        }
    };
    if !block {
        // A template file's last line break is not part of an inline phrase.
        return Some((html.trim().to_string(), String::new()));
    }
    let mut parts = html.split(BODY_MARKER);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(before), Some(after), None) => Some((before.to_string(), after.to_string())),
        _ => {
            x.problems.push(
                x.error(call.name_at, text!("sc-body-once", name = &call.name))
                    .with_hint(text!("sc-body-once-hint", template = template)),
            );
            None
        }
    }
}

fn sorted(mut names: Vec<&str>) -> String {
    names.sort_unstable();
    names.dedup();
    names.join(", ")
}

/// What readers see or hear of each inline call that writes text (a shared value, a phrase
/// in another language, text for screen readers), by the call's offset in the body: the
/// link-text check reads a link's text with it, not the call's placeholder. Calls with a
/// problem give nothing here; expanding them reports it.
pub fn inline_texts(
    prepared: &Prepared,
    links: &crate::render::context::LinkContext<'_>,
    page: &crate::load::page::Page,
) -> std::collections::HashMap<usize, String> {
    let shortcodes = links.templates.shortcodes();
    let mut texts = std::collections::HashMap::new();
    for call in prepared.calls.iter().filter(|c| c.kind == CallKind::Inline) {
        let text = if let Some((_, native)) = shortcodes.native(&call.name) {
            native(call, page).ok().map(|output| output.text().to_string())
        } else if syntax::builtin(&call.name).is_some() {
            let words: Vec<&str> = ["text", "phrase", "hidden"]
                .iter()
                .filter_map(|name| match call.arg(name).map(|a| &a.value) {
                    Some(ArgValue::Str(s)) => Some(s.as_str()),
                    _ => None,
                })
                .collect();
            (!words.is_empty()).then(|| words.join(" "))
        } else {
            None
        };
        if let Some(text) = text {
            texts.insert(call.range.start, text);
        }
    }
    texts
}
