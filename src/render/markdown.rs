//! Markdown to HTML with pulldown-cmark: stable unique heading ids, prefixed footnote ids,
//! relative `.md` links rewritten to page URLs, and the link and image rules of the contract.
//! Links whose targets are only known after every page is rendered (fragments, site-absolute
//! paths) are returned for the link check. Each body is parsed once: the editor checks of
//! `crate::checks` read the same events, and the finished HTML goes through
//! `crate::render::sanitize`.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::lang::Lang;
use crate::load::locales::Locales;
use crate::load::page::{Page, PageId};
use crate::load::slug::slugify;
use crate::load::tree::PageTree;
use crate::render::shortcodes;
use crate::rules::Rule;
use fluent_bundle::FluentArgs;
use pulldown_cmark::{html, Alignment, CowStr, Event, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// What `render` needs to resolve a page's links.
pub struct LinkContext<'a> {
    pub pages: &'a [Page],
    pub tree: &'a PageTree,
    /// Asset URL by path below `content/` (`nl/verhalen/amina.svg`).
    pub assets: &'a HashMap<String, String>,
    /// Paths below `content/` of the drafts left out of this build.
    pub drafts: &'a HashSet<String>,
    /// The UI strings a body shows (footnotes, table labels, language cues: [`ENGINE_KEYS`]).
    pub locales: &'a Locales,
    /// The site folder (shortcodes read the size of images next to pages).
    pub root: &'a std::path::Path,
    /// Shortcode templates are rendered with the theme's templates.
    pub templates: &'a crate::render::templates::Templates,
    /// Whether to keep the body's plain text (`Rendered::text`): only the search index reads
    /// it, and on a big site it is a fifth of what a build holds.
    pub plain_text: bool,
}

/// The UI strings that bodies show, formatted by the engine rather than by a template.
pub const ENGINE_KEYS: &[&str] = &[FOOTNOTES_KEY, FOOTNOTE_BACK_KEY, TABLE_KEY, LANGUAGE_CUE_KEY];
const FOOTNOTES_KEY: &str = "body-footnotes";
const FOOTNOTE_BACK_KEY: &str = "body-footnote-back";
const TABLE_KEY: &str = "body-table";
const LANGUAGE_CUE_KEY: &str = "body-link-language";
/// The id of the footnotes' heading: kept from headings' ids on pages with footnotes.
pub const FOOTNOTES_ID: &str = "footnotes";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
}

/// A link to `#fragment` of a page, checked once every page's headings are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FragmentLink {
    /// The target page's file below `content/` (`nl/asiel/_index.md`).
    pub target: String,
    pub fragment: String,
    pub position: Position,
}

/// A site-absolute link (`/en/...`), checked once every output path is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbsoluteLink {
    pub path: String,
    pub position: Position,
}

#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// The body as plain text, for search and checks.
    pub text: String,
    pub fragment_links: Vec<FragmentLink>,
    /// The paths below `content/` that this body's links looked up, found or not: when
    /// pages or files at those paths come or go, the body is rendered again.
    pub depends_on: Vec<String>,
    pub absolute_links: Vec<AbsoluteLink>,
    /// What the editor checks of `crate::checks` found in the body, before check levels
    /// are applied (`checks::page_checks` applies them).
    pub check_findings: Vec<Diagnostic>,
    /// The plain-language numbers the checks judged (for `loket status`).
    pub plain_language: crate::checks::plain_language::PageMetrics,
    /// Link targets other than headings (a `details` block's `id`), with their byte
    /// offsets in the body.
    pub anchors: Vec<(String, usize)>,
    /// Files below `content/` whose contents this body shows (a figure's size): when one
    /// changes, the body is rendered again.
    pub reads: Vec<String>,
}

impl Rendered {
    pub fn has_heading_id(&self, id: &str) -> bool {
        self.headings.iter().any(|h| h.id == id) || self.anchors.iter().any(|(a, _)| a == id)
    }

    /// Every id a `#fragment` link can reach: headings, then other anchors.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.headings.iter().map(|h| h.id.as_str()).chain(self.anchors.iter().map(|(a, _)| a.as_str()))
    }
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The Markdown events of `body` with their byte ranges in it.
pub fn parse(body: &str) -> Vec<(Event<'_>, Range<usize>)> {
    Parser::new_ext(body, options()).into_offset_iter().collect()
}

/// Renders page `id`; problems are returned beside the (still usable) result.
pub fn render(id: PageId, links: &LinkContext<'_>) -> (Rendered, Diagnostics) {
    let page = &links.pages[id];
    let body = page.body();
    // Shortcode calls become inert placeholders of the same length (see `shortcodes`).
    let prepared = shortcodes::prepare(body);
    let source = prepared.as_ref().map_or(body, |p| p.source.as_str());
    let mut events = parse(source);
    let mut out = Rendered::default();
    let mut problems = Diagnostics::new();
    // The checks read the body as written, before links and headings are rewritten.
    (out.check_findings, out.plain_language) = crate::checks::check_events(page, &events);
    if let Some(prepared) = &prepared {
        accept_hidden_link_text(page, &events, prepared, &mut out.check_findings);
        let mut expansion = shortcodes::Expansion { page_id: id, links, out: &mut out, problems: &mut problems };
        events = shortcodes::expand(events, prepared, &mut expansion);
    }

    // Only raw HTML can bring markup that loket did not write (measured: sanitizing every
    // body costs about a quarter of a build's CPU time).
    // A shortcode's HTML counts as raw HTML: the sanitizer holds it to the allowlist.
    let mut has_raw_html = events.iter().any(|(e, _)| matches!(e, Event::Html(_) | Event::InlineHtml(_)));
    if has_raw_html && out.check_findings.iter().any(|d| d.rule == Rule::RawHtml) {
        // Raw HTML outside the allowlist is an error that no level lowers: none of this
        // page's raw HTML is shown, and the HTML parser never sees hostile nesting (html5ever
        // takes quadratic time on, say, 100,000 nested `<div>`s).
        events.retain(|(e, _)| !matches!(e, Event::Html(_) | Event::InlineHtml(_)));
        has_raw_html = false;
    }
    strip_heading_attributes(&mut events);
    let footnote_numbers = number_footnotes(&events);
    let has_footnotes = events.iter().any(|(e, _)| matches!(e, Event::Start(Tag::FootnoteDefinition(_))));
    let reserved: &[&str] = if has_footnotes { &[FOOTNOTES_ID] } else { &[] };
    assign_heading_ids(&mut events, &mut out.headings, reserved);
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
    let mut image_alt: Option<(String, Range<usize>)> = None;
    for (event, range) in events {
        let start = rewritten.len();
        let position_of = |needle: &str| {
            let offset = body.get(range.clone()).and_then(|s| s.find(needle)).map_or(range.start, |i| range.start + i);
            page.body_position(offset)
        };
        match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id: link_id }) => {
                let position = position_of(&dest_url);
                let resolved = resolve(id, &dest_url, position, links, &mut out, &mut problems, Kind::Link);
                match resolved {
                    Some(Resolved { url, hreflang: Some(lang) }) => {
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
                            " <span class=\"lang-cue\" lang=\"{lang}\">{}</span>",
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
                let position = position_of(&dest_url);
                let resolved = resolve(id, &dest_url, position, links, &mut out, &mut problems, Kind::Image);
                image_alt = Some((String::new(), range.clone()));
                let dest_url = resolved.map_or(dest_url, |r| CowStr::from(r.url));
                rewritten.push(Event::Start(Tag::Image { link_type, dest_url, title, id: image_id }));
            }
            Event::End(TagEnd::Image) => {
                if let Some((alt, range)) = image_alt.take() {
                    if alt.trim().is_empty() {
                        problems.push(
                            Diagnostic::error(
                                Rule::MissingAlt,
                                &page.source,
                                page.body_position(range.start),
                                "this image has no alt text",
                            )
                            .with_hint("describe the image between the brackets: ![A map of the route](route.png)"),
                        );
                    }
                }
                rewritten.push(Event::End(TagEnd::Image));
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
                if let Some((alt, _)) = image_alt.as_mut() {
                    alt.push_str(&text);
                }
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
    html::push_html(&mut html, rewritten.into_iter());
    // Whatever the checks found or their levels say, no raw HTML outside the allowlist is
    // published: ammonia re-parses the whole body around it.
    out.html = if has_raw_html { crate::render::sanitize::clean(&html) } else { html };
    if !links.plain_text {
        out.text = String::new();
    }
    (out, problems)
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
                    format!("this page needs the UI string `{key}` in `{lang}`: {err}"),
                )
                .with_hint(format!("add `{key} = ...` to locales/{lang}/main.ftl (see loket's built-in locales)")),
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

/// A link whose text says more through a `hidden` shortcode (`[Lees meer {{ hidden(text=
/// "over de kosten") }}](kosten.md)`) is not vague: screen readers read the whole text.
fn accept_hidden_link_text(
    page: &Page,
    events: &[(Event<'_>, Range<usize>)],
    prepared: &shortcodes::Prepared,
    findings: &mut Vec<Diagnostic>,
) {
    let hidden: Vec<usize> = prepared.calls.iter().filter(|c| c.name == "hidden").map(|c| c.range.start).collect();
    if hidden.is_empty() {
        return;
    }
    let explained: HashSet<Position> = events
        .iter()
        .filter(|(e, range)| matches!(e, Event::Start(Tag::Link { .. })) && hidden.iter().any(|at| range.contains(at)))
        .map(|(_, range)| page.body_position(range.start))
        .collect();
    findings.retain(|d| !(d.rule == Rule::VagueLinkText && explained.contains(&d.position)));
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
                    format!("the id `{anchor}` is used twice on this page"),
                )
                .with_hint("give every heading and block on a page its own id"),
            );
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Link,
    Image,
}

pub(crate) struct Resolved {
    pub url: String,
    /// Set when the link leads to a page in another language than the linking page.
    pub hreflang: Option<Lang>,
}

/// Resolves one link or image destination; `None` leaves it as written (external links,
/// and links that are already reported as errors).
pub(crate) fn resolve(
    id: PageId,
    dest: &str,
    position: Position,
    links: &LinkContext<'_>,
    out: &mut Rendered,
    problems: &mut Diagnostics,
    kind: Kind,
) -> Option<Resolved> {
    let page = &links.pages[id];
    let error = |rule: Rule, message: String| Diagnostic::error(rule, &page.source, position, message);
    let dest = dest.trim();
    if dest.is_empty() {
        problems.push(
            error(Rule::BrokenLink, "this link has no destination".into())
                .with_hint("write the target between the parentheses: [text](../page.md)"),
        );
        return None;
    }
    if let Some(fragment) = dest.strip_prefix('#') {
        let target = format!("{}/{}.md", page.lang, page.key_path);
        out.fragment_links.push(FragmentLink { target, fragment: fragment.to_string(), position });
        return None;
    }
    if let Some(scheme) = scheme(dest) {
        // The sanitizer would drop any other scheme's URL from the page: say so here.
        if !crate::render::sanitize::URL_SCHEMES.iter().any(|s| scheme.eq_ignore_ascii_case(s)) {
            problems.push(
                error(Rule::UnsafeLink, format!("`{scheme}:` links are not allowed"))
                    .with_hint("link to a page or a file, or to an http:, https:, mailto: or tel: address"),
            );
            return Some(Resolved { url: "#".into(), hreflang: None });
        }
        return None;
    }
    if dest.starts_with("//") {
        return None;
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (dest, None),
    };
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    if path.starts_with('/') {
        out.absolute_links.push(AbsoluteLink { path: dest.to_string(), position });
        return None;
    }
    let from_dir = match page.source_dir() {
        "" => page.lang.to_string(),
        dir => format!("{}/{dir}", page.lang),
    };
    let Some(target) = normalize(&from_dir, path).inspect(|target| out.depends_on.push(target.clone())) else {
        problems.push(
            error(Rule::OutsideSite, format!("`{dest}` points outside the content folder"))
                .with_hint("link to pages with a path inside content/, and to static files with /path"),
        );
        return Some(Resolved { url: "#".into(), hreflang: None });
    };
    if target.ends_with(".md") {
        if let Some(target_id) = links.tree.by_content_path(&target) {
            let target_page = &links.pages[target_id];
            if kind == Kind::Image {
                problems.push(error(Rule::BrokenLink, format!("`{dest}` is a page, not an image")));
                return None;
            }
            let mut url = target_page.url.clone();
            if let Some(fragment) = fragment {
                out.fragment_links.push(FragmentLink {
                    target: target.clone(),
                    fragment: fragment.to_string(),
                    position,
                });
                url.push('#');
                url.push_str(fragment);
            }
            let hreflang = (target_page.lang != page.lang).then(|| target_page.lang.clone());
            return Some(Resolved { url, hreflang });
        }
        let hint = if links.drafts.contains(&target) {
            "that page is a draft: it is left out unless the site is built with --drafts".to_string()
        } else if let Some(near) = nearest_sibling(links, &target) {
            // The written path with its last name (a folder's, before `/_index.md`) replaced.
            let mut segments: Vec<&str> = path.split('/').collect();
            let named = if segments.last() == Some(&"_index.md") { 2 } else { 1 };
            segments.truncate(segments.len().saturating_sub(named));
            segments.push(&near);
            format!("did you mean `{}`?", segments.join("/"))
        } else {
            "paths are relative to this file: `../x.md` goes up one folder, `_index.md` is a folder's own page"
                .to_string()
        };
        problems.push(
            error(Rule::BrokenLink, format!("`{dest}` links to content/{target}, which does not exist"))
                .with_hint(hint),
        );
        return None;
    }
    if let Some(url) = links.assets.get(&target) {
        let mut url = url.clone();
        if let Some(fragment) = fragment {
            url.push('#');
            url.push_str(fragment);
        }
        return Some(Resolved { url, hreflang: None });
    }
    if kind == Kind::Image {
        problems.push(
            error(Rule::MissingImage, format!("image `{dest}` does not exist (looked for content/{target})"))
                .with_hint(
                    "put the image next to the page and write its file name, or use /path for a file in static/",
                ),
        );
        return None;
    }
    let section = format!("{}/_index.md", target.trim_end_matches('/'));
    out.depends_on.push(section.clone());
    let hint = if links.tree.by_content_path(&section).is_some() {
        format!("to link to that folder's page, write `{}/_index.md`", path.trim_end_matches('/'))
    } else {
        "link to another page by its .md file, or to a file next to this page".to_string()
    };
    problems.push(
        error(Rule::BrokenLink, format!("`{dest}` links to content/{target}, which does not exist")).with_hint(hint),
    );
    None
}

/// The page in `target`'s folder whose name is nearest to `target`'s (a typo), as written
/// after the folder: `stap-een.md`, or `procedure/_index.md` for a section. Only the folder's
/// own pages are compared, so the cost is bounded by one folder.
fn nearest_sibling(links: &LinkContext<'_>, target: &str) -> Option<String> {
    // `dienstn/_index.md` is a folder's page: its folder's name is what may be misspelt.
    let (dir, name) = target.strip_suffix("/_index.md").unwrap_or(target).rsplit_once('/')?;
    let folder = links.tree.by_content_path(&format!("{dir}/_index.md"))?;
    let lang_dir = format!("{}/", links.pages[folder].lang);
    links
        .tree
        .children(folder)
        .iter()
        .filter_map(|&child| {
            let path = format!("{}{}.md", lang_dir, links.pages[child].key_path);
            let relative = path.strip_prefix(dir)?.trim_start_matches('/').to_string();
            let compared = relative.trim_end_matches("/_index.md").trim_end_matches(".md");
            let distance = strsim::levenshtein(name.trim_end_matches(".md"), compared);
            (distance <= 3 && distance * 3 <= name.len()).then_some((distance, relative))
        })
        .min()
        .map(|(_, relative)| relative)
}

/// The scheme of an absolute URL (`https`, `mailto`), if `dest` has one.
fn scheme(dest: &str) -> Option<&str> {
    let colon = dest.find(':')?;
    let candidate = &dest[..colon];
    let valid = candidate.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && candidate.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(candidate)
}

/// Joins a relative path onto `dir` (both below `content/`), resolving `.` and `..`;
/// `None` when it climbs out of `content/`.
pub fn normalize(dir: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for segment in relative.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    let decoded = percent_decode(&joined);
    Some(if relative.ends_with('/') { format!("{decoded}/") } else { decoded })
}

fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
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

/// Gives every heading an id: its own `{#id}`, or its text slugified; duplicates numbered
/// (`a`, `a-1`, `a-2`). Each base remembers its next number, so that many equal headings
/// take linear time, not quadratic.
fn assign_heading_ids(events: &mut [(Event<'_>, Range<usize>)], headings: &mut Vec<Heading>, reserved: &[&str]) {
    let mut used: HashSet<String> = reserved.iter().map(|id| id.to_string()).collect();
    // Explicit ids win: reserve them first so a generated id never takes one.
    for (event, _) in events.iter() {
        if let Event::Start(Tag::Heading { id: Some(id), .. }) = event {
            used.insert(id.to_string());
        }
    }
    let mut next_number: HashMap<String, usize> = HashMap::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i].0 {
            let level = *level as u8;
            let explicit = id.as_ref().map(|s| s.to_string());
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j].0 {
                    text.push_str(t);
                }
                j += 1;
            }
            let id = match explicit {
                Some(id) => id,
                None => {
                    let base = match slugify(&text) {
                        s if s.is_empty() => "section".to_string(),
                        s => s,
                    };
                    let candidate = unique_id(base, &mut used, &mut next_number);
                    if let Event::Start(Tag::Heading { id, .. }) = &mut events[i].0 {
                        *id = Some(candidate.clone().into());
                    }
                    candidate
                }
            };
            headings.push(Heading { level, id, text: text.trim().to_string() });
            i = j;
        }
        i += 1;
    }
}

/// `base`, or `base-N` with the lowest N not taken since this base was last numbered.
fn unique_id(base: String, used: &mut HashSet<String>, next_number: &mut HashMap<String, usize>) -> String {
    let n = next_number.entry(base.clone()).or_insert(0);
    let mut candidate = if *n == 0 { base.clone() } else { format!("{base}-{n}") };
    while used.contains(&candidate) {
        *n += 1;
        candidate = format!("{base}-{n}");
    }
    *n += 1;
    used.insert(candidate.clone());
    candidate
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

/// Text for HTML or XML, escaped (see `crate::escape::html`).
pub fn escape_text(text: &str) -> String {
    crate::escape::html(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::config::SiteConfig;
    use std::time::{Duration, Instant};

    /// Renders `body` as the only page of a one-language site.
    fn render_body(body: &str) -> (Rendered, Diagnostics) {
        let pages = vec![crate::checks::test_support::body_page("nl", body)];
        let config = SiteConfig::parse(
            "base_url: https://example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: T }\n",
            "site.yaml".into(),
        )
        .expect("config");
        let (tree, _) = PageTree::build(&pages, &config);
        let (assets, drafts) = (HashMap::new(), HashSet::new());
        let root = tempfile::tempdir().expect("temporary folder");
        let locales = std::sync::Arc::new(Locales::load(root.path(), &["nl", "en"]).expect("built-in locales"));
        let templates = crate::render::templates::Templates::load(root.path(), locales.clone()).expect("templates");
        let links = LinkContext {
            pages: &pages,
            tree: &tree,
            assets: &assets,
            drafts: &drafts,
            locales: &locales,
            root: root.path(),
            templates: &templates,
            plain_text: true,
        };
        render(PageId::new(0), &links)
    }

    /// Generous for a debug build; the old quadratic code took minutes on these inputs.
    const BOUND: Duration = Duration::from_secs(20);

    #[test]
    fn many_equal_headings_get_unique_ids_in_linear_time() {
        let n = 50_000;
        let start = Instant::now();
        let mut events: Vec<(Event<'_>, Range<usize>)> = Vec::new();
        let body = "## Kop\n\n## Kop-1\n\n".repeat(n / 2);
        events.extend(parse(&body));
        let mut headings = Vec::new();
        assign_heading_ids(&mut events, &mut headings, &[]);
        assert!(start.elapsed() < BOUND, "{:?}", start.elapsed());
        let ids: HashSet<&str> = headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids.len(), n, "every id is unique");
        assert_eq!(headings[2].id, "kop-2", "`kop-1` was taken by the second heading's own text");
        assert_eq!(headings[3].id, "kop-1-1");
    }

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
        let (rendered, _) = render_body(
            "Het <span title='a\" onmouseover=\"alert(1)' style=\"x\">COA</span>.\n\n<div onclick=\"x()\">\n\n*a*</div>\n\n<script>alert(1)</script>\n",
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
        let (rendered, problems) =
            render_body("[a](ftp://x.nl/a) [b](tel:+31201234567) [c](mailto:a@b.nl) [d](<java\tscript:x>)\n");
        let rules: Vec<Rule> = problems.iter().map(|d| d.rule).collect();
        assert_eq!(rules, [Rule::UnsafeLink, Rule::BrokenLink], "{problems:?}");
        assert!(rendered.html.contains("href=\"tel:+31201234567\""), "{}", rendered.html);
        assert!(!rendered.html.contains("ftp:"), "{}", rendered.html);
    }

    #[test]
    fn normalize_resolves_dots_and_refuses_escapes() {
        assert_eq!(normalize("nl/asiel", "../over-ons/_index.md").unwrap(), "nl/over-ons/_index.md");
        assert_eq!(normalize("nl/asiel", "./procedure/gehoor.md").unwrap(), "nl/asiel/procedure/gehoor.md");
        assert_eq!(normalize("nl", "../en/_index.md").unwrap(), "en/_index.md");
        assert_eq!(normalize("nl/a", "b%20c.png").unwrap(), "nl/a/b c.png");
        assert!(normalize("nl", "../../etc/passwd").is_none());
    }

    #[test]
    fn schemes_are_recognised() {
        assert_eq!(scheme("https://example.org"), Some("https"));
        assert_eq!(scheme("mailto:a@b.nl"), Some("mailto"));
        assert_eq!(scheme("JavaScript:alert(1)"), Some("JavaScript"));
        assert_eq!(scheme("../a.md"), None);
        assert_eq!(scheme("a.md#x:y"), None);
    }

    #[test]
    fn heading_ids_are_slugs_numbered_and_respect_explicit_ids() {
        let text = "## Wat neemt u mee?\n\n## Wat neemt u mee?\n\n## Eigen {#eigen-id}\n\n### `code` en één\n";
        let mut events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(text, options()).into_offset_iter().collect();
        let mut headings = Vec::new();
        assign_heading_ids(&mut events, &mut headings, &[]);
        let ids: Vec<&str> = headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["wat-neemt-u-mee", "wat-neemt-u-mee-1", "eigen-id", "code-en-een"]);
    }
}
