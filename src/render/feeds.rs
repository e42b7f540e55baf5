//! Atom feeds: one per language for every section whose pages carry dates (the news
//! section), newest first, linked from the `<head>` of that section and its pages.

use crate::load::config::SiteConfig;
use crate::load::page::{Page, PageId, PageKind};
use crate::load::tree::PageTree;
use atom_syndication::{Entry, Feed, FixedDateTime, Link, Person, Text};
use jiff::civil::Date;

/// The file name of a section's feed, below the section's URL.
pub const FEED_FILE: &str = "atom.xml";
/// How many entries a feed lists.
const FEED_LENGTH: usize = 50;

/// The sections that get a feed: at least one child page with a `date`.
pub fn feed_sections(pages: &[Page], tree: &PageTree) -> Vec<PageId> {
    PageId::all(pages.len())
        .filter(|&id| pages[id].kind != PageKind::Leaf)
        .filter(|&id| {
            tree.children(id)
                .iter()
                .any(|&c| pages[c].kind == PageKind::Leaf && pages[c].front.date.is_some() && pages[c].front.listed)
        })
        .collect()
}

/// The feed URL that a page's `<head>` links to: its own section's, or its parent's.
pub fn feed_url_for(pages: &[Page], tree: &PageTree, sections: &[PageId], id: PageId) -> Option<String> {
    let section = if pages[id].kind == PageKind::Leaf { tree.parent(id)? } else { id };
    sections.contains(&section).then(|| format!("{}{FEED_FILE}", pages[section].url))
}

/// The Atom document of `section`.
pub fn atom_feed(config: &SiteConfig, pages: &[Page], tree: &PageTree, section: PageId) -> String {
    let page = &pages[section];
    let site_title = config.languages.get(&page.lang).map_or("", |l| l.title.as_str());
    let mut dated: Vec<PageId> = tree
        .children(section)
        .iter()
        .copied()
        .filter(|&c| pages[c].kind == PageKind::Leaf && pages[c].front.date.is_some() && pages[c].front.listed)
        .collect();
    // Newest first; the URL breaks ties so the order never depends on the file system.
    dated.sort_by(|&a, &b| pages[b].front.date.cmp(&pages[a].front.date).then_with(|| pages[a].url.cmp(&pages[b].url)));
    dated.truncate(FEED_LENGTH);
    let entries: Vec<Entry> = dated
        .iter()
        .map(|&id| {
            let p = &pages[id];
            let permalink = config.permalink(&p.url);
            Entry {
                title: Text::plain(p.front.title.clone()),
                id: permalink.clone(),
                updated: timestamp(p.front.last_changed()),
                published: p.front.date.map(|d| timestamp(Some(d))),
                summary: Some(Text::plain(p.front.description.clone())),
                links: vec![Link {
                    href: permalink,
                    rel: "alternate".into(),
                    mime_type: Some("text/html".into()),
                    ..Link::default()
                }],
                ..Entry::default()
            }
        })
        .collect();
    let updated = dated.iter().filter_map(|&id| pages[id].front.last_changed()).max();
    let permalink = config.permalink(&page.url);
    let feed = Feed {
        title: Text::plain(format!("{} – {site_title}", page.front.title)),
        id: permalink.clone(),
        updated: timestamp(updated),
        authors: vec![Person { name: site_title.to_string(), ..Person::default() }],
        links: vec![
            Link {
                href: format!("{permalink}{FEED_FILE}"),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link {
                href: permalink,
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                hreflang: Some(page.lang.to_string()),
                ..Link::default()
            },
        ],
        subtitle: Some(Text::plain(page.front.description.clone())),
        lang: Some(page.lang.to_string()),
        entries,
        ..Feed::default()
    };
    feed.to_string()
}

/// Midnight UTC of a date; feeds need a time, and pages only have days. Without any date
/// the Unix epoch keeps the output deterministic (a build time would not be).
fn timestamp(date: Option<Date>) -> FixedDateTime {
    let (y, m, d) = date.map_or((1970, 1, 1), |d| (i32::from(d.year()), d.month() as u32, d.day() as u32));
    chrono::NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|day| day.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc().fixed_offset())
        .unwrap_or_default()
}
