//! Markdown to HTML with pulldown-cmark, from the events `markdown` parsed: stable unique
//! heading ids, prefixed footnote ids, links and images written with the URLs their
//! resolution found, shortcodes expanded, and bodies with raw HTML sanitized
//! (`render::sanitize`). The editor checks ran on the same events before (`checks`): what
//! is reported here is only what running the templates and the shortcodes finds (a template
//! error, an unknown shortcode, a UI string a locale lacks).

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::lang::Lang;
use crate::load::locales::Locales;
use crate::load::page::{Page, PageId};
use crate::load::slug::slugify;
use crate::markdown::{
    assign_heading_ids, Parsed, FOOTNOTES_ID, FOOTNOTES_KEY, FOOTNOTE_BACK_KEY, LANGUAGE_CUE_KEY, TABLE_KEY,
};
use crate::render::context::keep;
use crate::render::sanitize::MAX_NESTING;
use crate::render::shortcodes;
use crate::rules::Rule;
use crate::text;
use fluent_bundle::FluentArgs;
use pulldown_cmark::{html, Alignment, CowStr, Event, Tag, TagEnd};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

pub use crate::render::body::{escape_text, Rendered};
pub use crate::render::context::LinkContext;

/// Whether a body's raw HTML may be shown (through the sanitizer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawHtml {
    /// The checks found nothing outside the allowlist.
    Allowed,
    /// The checks refused some of it (an error no level lowers): none of this page's raw
    /// HTML is shown, and the HTML parser never sees hostile nesting (html5ever takes
    /// quadratic time on, say, 100,000 nested `<div>`s).
    Refused,
}

/// Renders page `id` from its parsed body; problems are returned beside the (still usable)
/// result.
pub fn render(id: PageId, parsed: Parsed<'_>, raw_html: RawHtml, links: &LinkContext<'_>) -> (Rendered, Diagnostics) {
    let page = &links.pages[id];
    let body = page.body();
    let Parsed { mut events, shortcodes: prepared, links: resolved } = parsed;
    let mut resolved = resolved.into_iter();
    let mut out = Rendered::default();
    let mut problems = Diagnostics::new();
    if let Some(prepared) = prepared {
        let mut expansion =
            crate::render::context::Expansion { page_id: id, links, out: &mut out, problems: &mut problems };
        events = shortcodes::expand(events, prepared, &mut expansion);
    }

    // Only raw HTML can bring markup that loket did not write (measured: sanitizing every
    // body costs about a quarter of a build's CPU time).
    // A shortcode's HTML counts as raw HTML: the sanitizer holds it to the allowlist.
    let first_raw_html = events.iter().find(|(e, _)| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    let first_raw_html = first_raw_html.map(|(_, at)| at.start);
    let mut has_raw_html = first_raw_html.is_some();
    if has_raw_html && raw_html == RawHtml::Refused {
        events.retain(|(e, _)| !matches!(e, Event::Html(_) | Event::InlineHtml(_)));
        has_raw_html = false;
    }
    strip_heading_attributes(&mut events);
    let footnote_numbers = number_footnotes(&events);
    let has_footnotes = events.iter().any(|(e, _)| matches!(e, Event::Start(Tag::FootnoteDefinition(_))));
    // A block's own id (`details(id=...)`) is taken too: a heading made from its summary
    // (`level`) never gets the same id.
    // The headings of a grouped overview (`groups`) take their keys as ids after the body.
    let mut reserved: Vec<&str> = out.anchors.iter().map(|(id, _)| id.as_str()).collect();
    reserved.extend(page.front.groups.iter().map(|g| g.value.key.as_str()));
    if has_footnotes {
        reserved.push(FOOTNOTES_ID);
    }
    let mut headings = Vec::new();
    assign_heading_ids(&mut events, &mut headings, &reserved);
    out.headings = headings;
    // A heading's markup (a phrase marked with `lang`) goes to its table-of-contents entry,
    // held to what an entry may keep; a heading of plain text is escaped already.
    for heading in &mut out.headings {
        if heading.html.contains('<') {
            heading.html = crate::render::sanitize::toc_entry(&heading.html);
        }
    }
    check_anchors(page, &mut out, &mut problems);
    let mut table = TableCells::default();
    let mut tables = 0usize;
    let strings = Strings { locales: links.locales, lang: &page.lang, page: &page.source };
    // Footnote definitions move to one section at the end, in the order written.
    let mut notes: Vec<Event<'_>> = Vec::new();
    let mut in_note = false;
    // The footnotes referenced so far: only the first reference of each gets the id that
    // its back-link leads to.
    let mut referenced: HashSet<String> = HashSet::new();
    let footnote_refs: HashSet<String> = events
        .iter()
        .filter_map(|(e, _)| match e {
            Event::FootnoteReference(name) => Some(name.to_string()),
            _ => None,
        })
        .collect();
    // The back-link of the open definition, written at its end.
    let mut note_back = String::new();

    let mut rewritten: Vec<Event<'_>> = Vec::with_capacity(events.len());
    // For each open link: whether its start was replaced by raw HTML (so must its end be),
    // with the language of its target when that differs from the page's.
    let mut link_stack: Vec<Option<Option<Lang>>> = Vec::new();
    // An image that is a picture next to pages, while its alt text is read.
    let mut open_picture: Option<OpenPicture> = None;
    for (event, _) in events {
        let start = rewritten.len();
        if let Some(open) = open_picture.as_mut() {
            match event {
                // Links and images in alt text resolve in order, like everywhere else.
                Event::Start(Tag::Link { .. }) => drop(keep(&mut out, resolved.next().unwrap_or_default())),
                Event::Start(Tag::Image { .. }) => {
                    drop(keep(&mut out, resolved.next().unwrap_or_default()));
                    open.depth += 1;
                }
                Event::End(TagEnd::Image) if open.depth > 0 => open.depth -= 1,
                Event::End(TagEnd::Image) => {
                    if let Some(open) = open_picture.take() {
                        rewritten.push(Event::InlineHtml(open.html().into()));
                    }
                }
                Event::Text(text) | Event::Code(text) => {
                    out.text.push_str(&text);
                    open.alt.push_str(&text);
                }
                Event::SoftBreak | Event::HardBreak => open.alt.push(' '),
                _ => {}
            }
            if in_note {
                notes.extend(rewritten.drain(start..));
            }
            continue;
        }
        match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id: link_id }) => {
                // Its problem, if any, is the checks' to report.
                let (rewrite, _) = keep(&mut out, resolved.next().unwrap_or_default());
                match rewrite {
                    Some(crate::markdown::links::Resolved { url, hreflang: Some(lang) }) => {
                        let title_attr =
                            if title.is_empty() { String::new() } else { format!(" title=\"{}\"", escape(&title)) };
                        rewritten.push(Event::InlineHtml(
                            format!("<a href=\"{}\" hreflang=\"{lang}\"{title_attr}>", escape(&url)).into(),
                        ));
                        link_stack.push(Some(Some(lang)));
                    }
                    other => {
                        let dest_url = other.map_or(dest_url, |r| CowStr::from(r.url));
                        rewritten.push(Event::Start(Tag::Link { link_type, dest_url, title, id: link_id }));
                        link_stack.push(None);
                    }
                }
            }
            Event::End(TagEnd::Link) => {
                if let Some(Some(target_lang)) = link_stack.pop() {
                    // `lang` goes on the cue only: it is the one text here in the target's
                    // language (the link text is in the page's).
                    let cue = match target_lang {
                        Some(lang) => format!(
                            " <span class=\"lang-cue\" lang=\"{lang}\"{}>{}</span>",
                            dir_attribute(links, page.lang.as_str(), lang.as_str()),
                            escape_text(&strings.get_in(&lang, LANGUAGE_CUE_KEY, None, &mut problems))
                        ),
                        None => String::new(),
                    };
                    rewritten.push(Event::InlineHtml(format!("{cue}</a>").into()));
                } else {
                    rewritten.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id: image_id }) => {
                let (rewrite, _) = keep(&mut out, resolved.next().unwrap_or_default());
                // A picture next to pages: its variants, its size, loaded when near.
                if let Some(picture) = rewrite.as_ref().and_then(|r| links.pictures.get(&r.url)) {
                    let title = title.to_string();
                    open_picture = Some(OpenPicture { picture: picture.clone(), title, alt: String::new(), depth: 0 });
                    continue;
                }
                let dest_url = rewrite.map_or(dest_url, |r| CowStr::from(r.url));
                rewritten.push(Event::Start(Tag::Image { link_type, dest_url, title, id: image_id }));
            }
            Event::FootnoteReference(name) => {
                let n = footnote_numbers.get(name.as_ref()).copied().unwrap_or(0);
                let slug = footnote_slug(&name);
                let id =
                    if referenced.insert(name.to_string()) { format!(" id=\"fnref-{slug}\"") } else { String::new() };
                rewritten.push(Event::InlineHtml(
                    format!("<sup class=\"footnote-reference\"{id}><a href=\"#fn-{slug}\">{n}</a></sup>").into(),
                ));
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let n = footnote_numbers.get(name.as_ref()).copied().unwrap_or(0);
                let slug = footnote_slug(&name);
                notes.push(Event::Html(format!("<div class=\"footnote-definition\" id=\"fn-{slug}\"><sup class=\"footnote-definition-label\">{n}</sup>").into()));
                in_note = true;
                note_back = if footnote_refs.contains(name.as_ref()) {
                    let mut args = FluentArgs::new();
                    args.set("number", n);
                    let label = strings.get(FOOTNOTE_BACK_KEY, Some(&args), &mut problems);
                    format!(
                        " <a class=\"footnote-backref\" href=\"#fnref-{slug}\" aria-label=\"{}\">↩</a>",
                        escape_text(&label)
                    )
                } else {
                    String::new()
                };
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                in_note = false;
                notes.push(Event::Html(format!("{}</div>\n", std::mem::take(&mut note_back)).into()));
            }
            Event::Start(Tag::Table(alignments)) => {
                // Alignment becomes a class: a `style` attribute breaks a strict CSP.
                let plain = vec![Alignment::None; alignments.len()];
                table = TableCells { alignments, ..TableCells::default() };
                // A wide table scrolls in its own region, which keyboard users can reach.
                tables += 1;
                let mut args = FluentArgs::new();
                args.set("number", tables);
                let label = strings.get(TABLE_KEY, Some(&args), &mut problems);
                rewritten.push(Event::Html(
                    format!(
                        "<div class=\"table-region\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">",
                        escape_text(&label)
                    )
                    .into(),
                ));
                rewritten.push(Event::Start(Tag::Table(plain)));
            }
            Event::End(TagEnd::Table) => {
                rewritten.push(Event::End(TagEnd::Table));
                rewritten.push(Event::Html("</div>\n".into()));
            }
            Event::Start(Tag::TableHead) => {
                table.start_row(true);
                rewritten.push(event);
            }
            Event::Start(Tag::TableRow) => {
                table.start_row(false);
                rewritten.push(event);
            }
            Event::Start(Tag::TableCell) => rewritten.push(table.start_cell()),
            Event::End(TagEnd::TableCell) => {
                rewritten.push(table.end_cell());
                out.text.push('\n');
            }
            Event::Text(text) => {
                out.text.push_str(&text);
                rewritten.push(Event::Text(text));
            }
            Event::Code(code) => {
                out.text.push_str(&code);
                rewritten.push(Event::Code(code));
            }
            Event::SoftBreak | Event::HardBreak => {
                out.text.push(' ');
                rewritten.push(event);
            }
            Event::End(end) => {
                if is_block_end(&end) {
                    out.text.push('\n');
                }
                rewritten.push(Event::End(end));
            }
            other => rewritten.push(other),
        }
        if in_note {
            notes.extend(rewritten.drain(start..));
        }
    }
    if !notes.is_empty() {
        let heading = strings.get(FOOTNOTES_KEY, None, &mut problems);
        rewritten.push(Event::Html(
            format!(
                "<section class=\"footnotes\" aria-labelledby=\"{FOOTNOTES_ID}\">\n<h2 id=\"{FOOTNOTES_ID}\">{}</h2>\n",
                escape_text(&heading)
            )
            .into(),
        ));
        rewritten.append(&mut notes);
        rewritten.push(Event::Html("</section>\n".into()));
    }
    let mut html = String::with_capacity(body.len() + body.len() / 2);
    // Whatever the checks found or their levels say, no raw HTML outside the allowlist is
    // published: ammonia re-parses the whole body around it. Its parser takes time in the
    // square of the nesting depth, so a body nested deeper than any page needs is an error,
    // and shown without its raw HTML (never published: the error stops the build).
    out.html = if has_raw_html {
        html::push_html(&mut html, rewritten.iter().cloned());
        if crate::render::sanitize::nests_deeper_than(&html, MAX_NESTING) {
            problems.push(
                Diagnostic::error(
                    Rule::RawHtml,
                    &page.source,
                    page.body_position(first_raw_html.unwrap_or(0)),
                    text!("render-too-deep", max = MAX_NESTING),
                )
                .with_hint(text!("render-too-deep-hint")),
            );
            html.clear();
            let without_raw = rewritten.into_iter().filter(|e| !matches!(e, Event::Html(_) | Event::InlineHtml(_)));
            html::push_html(&mut html, without_raw);
            html
        } else {
            crate::render::sanitize::clean(&html)
        }
    } else {
        html::push_html(&mut html, rewritten.into_iter());
        html
    };
    if !links.plain_text {
        out.text = String::new();
    }
    out.cards = page.front.cards.as_ref().map(|cards| resolve_cards(page, cards, links, &mut out));
    (out, problems)
}

/// ` dir="rtl"` (or `ltr`) for text in `lang` inside a page in `page_lang`, where their
/// directions differ; nothing where they are the same, which the page's `<html dir>` says.
pub fn dir_attribute(links: &LinkContext<'_>, page_lang: &str, lang: &str) -> String {
    let dir = links.direction(lang);
    if dir == links.direction(page_lang) {
        String::new()
    } else {
        format!(" dir=\"{dir}\"")
    }
}

/// A page's own cards (`cards:`) with their links and images resolved like Markdown links
/// and images (a wrong one is a finding at its line of the front matter).
fn resolve_cards(
    page: &Page,
    cards: &crate::load::frontmatter::Cards,
    links: &LinkContext<'_>,
    out: &mut Rendered,
) -> crate::render::body::CardList {
    use crate::markdown::links::{resolve, Kind};
    let mut resolve_one = |dest: &str, position: Position, kind: Kind| {
        let (rewrite, problem) = keep(out, resolve(&links.targets(), page, dest, position, kind));
        out.problems.extend(problem);
        rewrite.map_or_else(|| (dest.to_string(), None), |r| (r.url, r.hreflang))
    };
    let items = cards
        .items
        .iter()
        .map(|card| {
            let (url, hreflang) = resolve_one(&card.link.value, card.link.position, Kind::Link);
            let image = card.image.as_ref().map(|image| {
                let src = resolve_one(&image.value.src, image.position, Kind::Image).0;
                let picture = links.pictures.get(&src).cloned();
                let src = picture.as_ref().map_or(src, |p| p.src.clone());
                crate::render::body::CardImage { src, alt: image.value.alt.clone(), picture }
            });
            crate::render::body::CardValue {
                title: card.title.clone(),
                text: card.text.clone(),
                url,
                hreflang,
                icon: card.icon.clone(),
                image,
            }
        })
        .collect();
    crate::render::body::CardList { title: cards.title.clone(), items }
}

/// The UI strings of one page's language.
struct Strings<'a> {
    locales: &'a Locales,
    lang: &'a str,
    page: &'a std::path::Path,
}

impl Strings<'_> {
    fn get(&self, key: &str, args: Option<&FluentArgs<'_>>, problems: &mut Diagnostics) -> String {
        self.get_in(self.lang, key, args, problems)
    }

    /// The string `key` in `lang`; a site's locale files that lack it are a finding (and the
    /// key stands in for the text).
    fn get_in(&self, lang: &str, key: &str, args: Option<&FluentArgs<'_>>, problems: &mut Diagnostics) -> String {
        self.locales.format(lang, key, args).unwrap_or_else(|err| {
            problems.push(
                Diagnostic::error(
                    Rule::FluentUnknownKey,
                    self.page,
                    Position::START,
                    text!("render-ui-string-missing", key = key, lang = lang, detail = err),
                )
                .with_hint(text!("render-ui-string-missing-hint", key = key, lang = lang)),
            );
            key.to_string()
        })
    }
}

/// Where a table's cells are, to write their column's alignment as a class.
#[derive(Default)]
struct TableCells {
    alignments: Vec<Alignment>,
    in_head: bool,
    column: usize,
    /// Whether the open cell was written as raw HTML (so must its end be).
    raw: bool,
}

impl TableCells {
    fn start_row(&mut self, head: bool) {
        self.in_head = head;
        self.column = 0;
    }

    fn element(&self) -> &'static str {
        if self.in_head {
            "th"
        } else {
            "td"
        }
    }

    fn start_cell(&mut self) -> Event<'static> {
        let class = match self.alignments.get(self.column) {
            Some(Alignment::Left) => Some("align-left"),
            Some(Alignment::Center) => Some("align-center"),
            Some(Alignment::Right) => Some("align-right"),
            Some(Alignment::None) | None => None,
        };
        self.column += 1;
        self.raw = class.is_some();
        match class {
            Some(class) => Event::InlineHtml(format!("<{} class=\"{class}\">", self.element()).into()),
            None => Event::Start(Tag::TableCell),
        }
    }

    fn end_cell(&mut self) -> Event<'static> {
        if std::mem::take(&mut self.raw) {
            Event::InlineHtml(format!("</{}>", self.element()).into())
        } else {
            Event::End(TagEnd::TableCell)
        }
    }
}

/// An anchor of a shortcode (a `details` id) may not take a heading's id or another's.
fn check_anchors(page: &Page, out: &mut Rendered, problems: &mut Diagnostics) {
    if out.anchors.is_empty() {
        return;
    }
    let mut seen: HashSet<&str> = out.headings.iter().map(|h| h.id.as_str()).collect();
    for (anchor, at) in &out.anchors {
        if !seen.insert(anchor) {
            problems.push(
                Diagnostic::error(
                    Rule::Shortcode,
                    &page.source,
                    page.body_position(*at),
                    text!("render-id-twice", id = anchor.as_str()),
                )
                .with_hint(text!("render-id-twice-hint")),
            );
        }
    }
}

/// Heading attributes other than the id (`{.class}`, `{onfocus=...}`) never reach the page;
/// `checks::headings` reports them.
fn strip_heading_attributes(events: &mut [(Event<'_>, Range<usize>)]) {
    for (event, _) in events {
        if let Event::Start(Tag::Heading { classes, attrs, .. }) = event {
            classes.clear();
            attrs.clear();
        }
    }
}

/// Footnotes are numbered in the order they are first referenced, then defined.
fn number_footnotes(events: &[(Event<'_>, Range<usize>)]) -> HashMap<String, usize> {
    let mut numbers = HashMap::new();
    for (event, _) in events {
        let name = match event {
            Event::FootnoteReference(name) | Event::Start(Tag::FootnoteDefinition(name)) => name,
            _ => continue,
        };
        let next = numbers.len() + 1;
        numbers.entry(name.to_string()).or_insert(next);
    }
    numbers
}

/// Footnote names become `fn-<slug>` ids, apart from heading ids.
fn footnote_slug(name: &str) -> String {
    match slugify(name) {
        s if s.is_empty() => "note".to_string(),
        s => s,
    }
}

fn is_block_end(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::TableCell
            | TagEnd::CodeBlock
            | TagEnd::BlockQuote(_)
    )
}

fn escape(text: &str) -> String {
    crate::escape::href(text)
}

/// A Markdown image of a picture next to pages, while its alt text is read.
struct OpenPicture {
    picture: crate::images::Picture,
    title: String,
    alt: String,
    /// Images inside its alt text (their text is part of it).
    depth: usize,
}

/// How wide the theme shows a picture in the text column (`.content`, at most 40rem).
const TEXT_PICTURE_SIZES: &str = "(min-width: 42rem) 40rem, 100vw";

impl OpenPicture {
    /// The `<picture>` of `partials/picture.html`, for an image in the text: below the
    /// first screen as a rule, so loaded when the reader comes near.
    fn html(&self) -> String {
        let p = &self.picture;
        let mut html = String::from("<picture>");
        for source in &p.sources {
            html.push_str(&format!(
                "<source type=\"{}\" srcset=\"{}\" sizes=\"{TEXT_PICTURE_SIZES}\">",
                source.mime,
                escape_text(&source.srcset)
            ));
        }
        let title = if self.title.is_empty() { String::new() } else { format!(" title=\"{}\"", escape(&self.title)) };
        html.push_str(&format!(
            "<img src=\"{}\"{} width=\"{}\" height=\"{}\" alt=\"{}\"{title} loading=\"lazy\" decoding=\"async\"></picture>",
            escape(&p.src),
            if p.srcset.is_empty() {
                String::new()
            } else {
                format!(" srcset=\"{}\" sizes=\"{TEXT_PICTURE_SIZES}\"", escape_text(&p.srcset))
            },
            p.width,
            p.height,
            escape_text(&self.alt),
        ));
        html
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    /// Renders `body` as the only page of a one-language site, its raw HTML allowed.
    fn render_body(body: &str) -> (Rendered, Diagnostics) {
        render_with(body, RawHtml::Allowed)
    }

    fn render_with(body: &str, raw_html: RawHtml) -> (Rendered, Diagnostics) {
        let (pages, config, tree) = crate::markdown::test_support::one_page_site(body);
        let (assets, drafts) = (HashMap::new(), HashSet::new());
        let root = tempfile::tempdir().expect("temporary folder");
        let locales = std::sync::Arc::new(Locales::load(root.path(), &["nl", "en"]).expect("built-in locales"));
        let templates = crate::render::templates::Templates::load(root.path(), locales.clone()).expect("templates");
        let pictures = HashMap::new();
        let links = LinkContext {
            pages: &pages,
            tree: &tree,
            assets: &assets,
            pictures: &pictures,
            drafts: &drafts,
            locales: &locales,
            root: root.path(),
            templates: &templates,
            config: &config,
            plain_text: true,
        };
        let source = crate::markdown::Source::new(pages[0].body());
        let parsed = source.parse(&pages[0], &links.targets());
        render(PageId::new(0), parsed, raw_html, &links)
    }

    /// Generous for a debug build; the old quadratic code took minutes on these inputs.
    const BOUND: Duration = Duration::from_secs(20);

    #[test]
    fn many_links_on_one_line_render_in_linear_time() {
        let n = 50_000;
        let body = "[één](https://example.org/a) ".repeat(n) + "\n";
        let start = Instant::now();
        let (rendered, _) = render_body(&body);
        assert!(start.elapsed() < BOUND, "{:?}", start.elapsed());
        assert_eq!(rendered.html.matches("<a href=").count(), n);
    }

    #[test]
    fn hostile_shortcode_input_renders_in_linear_time() {
        let start = Instant::now();
        for body in [
            "{{".repeat(100_000),
            "{% details(summary=\"x\") %}\n\n".repeat(20_000),
            "{{ hidden(text=\"x\") }} ".repeat(20_000),
        ] {
            let (_, problems) = render_body(&body);
            assert!(!problems.is_empty() || body.starts_with("{{ hidden"), "{}", &body[..20]);
        }
        assert!(start.elapsed() < BOUND, "{:?}", start.elapsed());
    }

    #[test]
    fn raw_html_outside_the_allowlist_never_reaches_the_body() {
        // The checks refuse this raw HTML (`checks::html`).
        let (rendered, _) = render_with(
            "Het <span title='a\" onmouseover=\"alert(1)' style=\"x\">COA</span>.\n\n<div onclick=\"x()\">\n\n*a*</div>\n\n<script>alert(1)</script>\n",
            RawHtml::Refused,
        );
        assert!(crate::render::sanitize::attribute_names(&rendered.html).is_empty(), "{}", rendered.html);
        assert_eq!(rendered.html, "<p>Het COA.</p>\n<p><em>a</em></p>\n");
        // Allowed raw HTML goes through the sanitizer, and stays.
        let (rendered, _) = render_body("Het <abbr title=\"Centraal Orgaan\">COA</abbr>.<br>\n");
        assert_eq!(rendered.html, "<p>Het <abbr title=\"Centraal Orgaan\">COA</abbr>.<br></p>\n");
    }

    #[test]
    fn heading_attributes_are_dropped_and_table_alignment_is_a_class() {
        let (rendered, _) = render_body(
            "## Kop {#kop .groot tabindex=0 onfocus=alert(1)}\n\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
        );
        let html = &rendered.html;
        assert!(html.starts_with("<h2 id=\"kop\">Kop</h2>"), "{html}");
        assert!(
            html.contains(
                "<th class=\"align-left\">a</th><th class=\"align-center\">b</th><th class=\"align-right\">c</th>"
            ),
            "{html}"
        );
        assert!(html.contains("<td class=\"align-left\">1</td>"), "{html}");
        assert!(!html.contains("style"), "{html}");
        assert_eq!(rendered.text, "Kop\na\nb\nc\n1\n2\n3\n");
    }

    #[test]
    fn every_table_scrolls_in_a_labelled_region_that_keyboards_reach() {
        // With raw HTML the body goes through the sanitizer: the region must survive it.
        for extra in ["", "Het <abbr title=\"Centraal Orgaan\">COA</abbr>.\n\n"] {
            let body = format!("{extra}| a | b |\n|:--|--:|\n| 1 | 2 |\n\n| c |\n|---|\n| 3 |\n");
            let (rendered, problems) = render_body(&body);
            assert!(problems.is_empty(), "{problems:?}");
            let html = &rendered.html;
            assert!(
                html.contains(
                    "<div class=\"table-region\" role=\"region\" tabindex=\"0\" aria-label=\"Tabel 1\"><table>"
                ),
                "{html}"
            );
            assert!(html.contains("aria-label=\"Tabel 2\"><table>"), "{html}");
            assert!(html.contains("<td class=\"align-right\">2</td>"), "{html}");
            assert!(html.contains("</table>\n</div>"), "{html}");
            assert!(!html.contains("style"), "{html}");
        }
    }

    #[test]
    fn footnotes_sit_in_a_section_with_a_heading_and_back_links() {
        for extra in ["", "Het <abbr title=\"Centraal Orgaan\">COA</abbr>.\n\n"] {
            let body = format!("{extra}Tekst[^bron] en meer[^bron].\n\n[^bron]: De bron.\n\n## Verder\n\nNog tekst.\n");
            let (rendered, problems) = render_body(&body);
            assert!(problems.is_empty(), "{problems:?}");
            let html = &rendered.html;
            assert_eq!(html.matches("id=\"fnref-bron\"").count(), 1, "one id for two references: {html}");
            let section = html.find("<section class=\"footnotes\" aria-labelledby=\"footnotes\">").expect(html);
            assert!(html.find("<h2 id=\"verder\">").expect(html) < section, "the notes come last: {html}");
            assert!(html[section..].starts_with(
                "<section class=\"footnotes\" aria-labelledby=\"footnotes\">\n<h2 id=\"footnotes\">Voetnoten</h2>\n<div class=\"footnote-definition\" id=\"fn-bron\"><sup class=\"footnote-definition-label\">1</sup>"
            ), "{html}");
            assert!(
                html.contains("<a class=\"footnote-backref\" href=\"#fnref-bron\" aria-label=\"Terug naar voetnoot 1 in de tekst\">↩</a></div>\n</section>"),
                "{html}"
            );
        }
        // A heading's text never takes the id of the footnotes' heading.
        let (rendered, _) = render_body("## Footnotes\n\nTekst[^a].\n\n[^a]: A.\n");
        assert_eq!(rendered.headings[0].id, "footnotes-1");
    }

    #[test]
    fn links_may_use_http_https_mailto_and_tel_only() {
        // What is wrong with them is the checks' to report (`checks::links`).
        let (rendered, problems) =
            render_body("[a](ftp://x.nl/a) [b](tel:+31201234567) [c](mailto:a@b.nl) [d](<java\tscript:x>)\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert!(rendered.html.contains("href=\"tel:+31201234567\""), "{}", rendered.html);
        assert!(!rendered.html.contains("ftp:"), "{}", rendered.html);
    }
}
