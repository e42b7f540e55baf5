//! A page's Markdown, parsed once, and what the checks and rendering both read of it: the
//! parser's options, the shortcode calls (`shortcodes`: found and replaced by inert
//! placeholders before parsing), the resolution of every link and image (`links`, as data),
//! heading ids, the raw-HTML allowlist (`allowlist`), and the UI strings the engine writes
//! into bodies. `site` parses each body here, hands the events to `checks`, then to `render`.

pub mod allowlist;
pub mod links;
pub mod shortcodes;

use crate::load::page::Page;
use crate::load::slug::heading_slug;
use links::{Kind, LinkTargets, Resolution};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use shortcodes::Prepared;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The UI strings that bodies show, formatted by the engine rather than by a template.
pub const ENGINE_KEYS: &[&str] = &[FOOTNOTES_KEY, FOOTNOTE_BACK_KEY, TABLE_KEY, LANGUAGE_CUE_KEY];
pub const FOOTNOTES_KEY: &str = "body-footnotes";
pub const FOOTNOTE_BACK_KEY: &str = "body-footnote-back";
pub const TABLE_KEY: &str = "body-table";
pub const LANGUAGE_CUE_KEY: &str = "body-link-language";
/// The id of the footnotes' heading: kept from headings' ids on pages with footnotes.
pub const FOOTNOTES_ID: &str = "footnotes";

/// The Markdown events of one page with their byte ranges in its body.
pub type Events<'a> = [(Event<'a>, Range<usize>)];

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

/// A page's body ready to parse: its shortcode calls replaced by placeholders of the same
/// length (see `shortcodes`), so that every offset is an offset in the body.
pub struct Source<'a> {
    body: &'a str,
    /// `None` when the body has no `{{` or `{%` at all.
    pub shortcodes: Option<Prepared>,
}

impl<'a> Source<'a> {
    pub fn new(body: &'a str) -> Source<'a> {
        Source { body, shortcodes: shortcodes::prepare(body) }
    }

    /// The text Markdown reads.
    pub fn text(&self) -> &str {
        self.shortcodes.as_ref().map_or(self.body, |p| p.source.as_str())
    }

    /// Parses the body once and resolves its links and images against `targets`.
    pub fn parse(&self, page: &Page, targets: &LinkTargets<'_>) -> Parsed<'_> {
        let events = parse(self.text());
        let calls = self.shortcodes.as_ref().map_or(&[][..], |p| p.calls.as_slice());
        let links = resolve_links(page, self.body, &events, calls, targets);
        Parsed { events, shortcodes: self.shortcodes.as_ref(), links }
    }
}

/// One page's body parsed: read by `checks`, then consumed by `render`.
pub struct Parsed<'s> {
    pub events: Vec<(Event<'s>, Range<usize>)>,
    /// The shortcode calls, when the body has any `{{` or `{%`.
    pub shortcodes: Option<&'s Prepared>,
    /// The resolution of every Markdown link and image, in the order of their start events.
    pub links: Vec<Resolution>,
}

/// Every link's and image's destination in `events`, resolved; a problem is placed where its
/// destination is written in `body`. A destination that is a shortcode's placeholder
/// (`[x]({{ data(...) }})`) is left alone: the shortcode's own finding says what is wrong.
fn resolve_links(
    page: &Page,
    body: &str,
    events: &Events<'_>,
    calls: &[shortcodes::Call],
    targets: &LinkTargets<'_>,
) -> Vec<Resolution> {
    let mut resolved = Vec::new();
    for (event, range) in events {
        let (dest, kind) = match event {
            Event::Start(Tag::Link { dest_url, .. }) => (dest_url, Kind::Link),
            Event::Start(Tag::Image { dest_url, .. }) => (dest_url, Kind::Image),
            _ => continue,
        };
        let placeholder = dest.starts_with("!--") && dest.ends_with("--");
        if placeholder && calls.iter().any(|c| range.start <= c.range.start && c.range.end <= range.end) {
            resolved.push(Resolution::default());
            continue;
        }
        let offset =
            body.get(range.clone()).and_then(|s| s.find(dest.as_ref())).map_or(range.start, |i| range.start + i);
        resolved.push(links::resolve(targets, page, dest, page.body_position(offset), kind));
    }
    resolved
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
    /// The heading's text as HTML, for its entry in the table of contents: the text escaped,
    /// with the inline HTML of its shortcodes and raw HTML (such as `lang`'s
    /// `<span lang="en">`) as written, for `render` to hold to what an entry may keep.
    pub html: String,
}

/// Gives every heading an id: its own `{#id}`, or its text slugified; duplicates numbered
/// (`a`, `a-1`, `a-2`). Each base remembers its next number, so that many equal headings
/// take linear time, not quadratic.
pub fn assign_heading_ids(events: &mut [(Event<'_>, Range<usize>)], headings: &mut Vec<Heading>, reserved: &[&str]) {
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
            let mut html = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
                match &events[j].0 {
                    Event::Text(t) | Event::Code(t) => {
                        text.push_str(t);
                        html.push_str(&crate::escape::html(t));
                    }
                    Event::InlineHtml(h) => html.push_str(h),
                    _ => {}
                }
                j += 1;
            }
            let id = match explicit {
                Some(id) => id,
                None => {
                    let base = match heading_slug(&text) {
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
            headings.push(Heading { level, id, text: text.trim().to_string(), html: html.trim().to_string() });
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

#[cfg(test)]
pub(crate) mod test_support {
    use crate::load::frontmatter;
    use crate::load::page::{Page, PageKind};
    use std::path::Path;

    /// A page of `lang` whose whole file is `text` (front matter included).
    pub fn page(lang: &str, text: &str) -> Page {
        let file = Path::new("content/x.md");
        let split = frontmatter::split(text, file).expect("front matter");
        let body_offset = split.body_offset;
        let front = frontmatter::parse(&split, file).expect("valid front matter");
        Page {
            lang: crate::lang::Lang::new(lang),
            kind: PageKind::Leaf,
            origin: crate::load::page::Origin::File,
            source: file.to_path_buf(),
            key_path: "x".to_string(),
            url: format!("/{lang}/x/"),
            translation_key: "x".to_string(),
            front,
            lines: std::sync::OnceLock::new(),
            text: text.to_string(),
            body_offset,
        }
    }

    /// A page with a minimal front matter block (lines 1-4) and `body` from line 5.
    pub fn body_page(lang: &str, body: &str) -> Page {
        page(lang, &format!("---\ntitle: T\ndescription: D\n---\n{body}"))
    }

    /// A Dutch site whose only page has `body`: the pages, the settings and the page tree.
    pub fn one_page_site(body: &str) -> (Vec<Page>, crate::load::config::SiteConfig, crate::load::tree::PageTree) {
        let pages = vec![body_page("nl", body)];
        let config = crate::load::config::SiteConfig::parse(
            "base_url: https://example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: T }\n",
            "site.yaml".into(),
        )
        .expect("config");
        let (tree, _) = crate::load::tree::PageTree::build(&pages, &config);
        (pages, config, tree)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn many_equal_headings_get_unique_ids_in_linear_time() {
        let n = 50_000;
        let start = Instant::now();
        let mut events: Vec<(Event<'_>, Range<usize>)> = Vec::new();
        let body = "## Kop\n\n## Kop-1\n\n".repeat(n / 2);
        events.extend(parse(&body));
        let mut headings = Vec::new();
        assign_heading_ids(&mut events, &mut headings, &[]);
        // Generous for a debug build; the old quadratic code took minutes on this input.
        assert!(start.elapsed() < Duration::from_secs(20), "{:?}", start.elapsed());
        let ids: HashSet<&str> = headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids.len(), n, "every id is unique");
        assert_eq!(headings[2].id, "kop-2", "`kop-1` was taken by the second heading's own text");
        assert_eq!(headings[3].id, "kop-1-1");
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
