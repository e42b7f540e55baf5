//! The `Page`: one Markdown file of one language, with its place in the site (URL, translation
//! key) and its parsed front matter. Everything later steps need to know about a page.

use crate::diagnostics::{LineIndex, Position};
use crate::lang::Lang;
use crate::load::frontmatter::FrontMatter;
use std::path::PathBuf;
use std::sync::OnceLock;

/// A page of one loaded site: its index in the site's pages. Ids are handed out afresh when
/// pages come or go, so one never outlives the update that made it (findings and the route
/// table name pages by file and output path instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PageId(u32);

impl PageId {
    pub fn new(index: usize) -> PageId {
        // A site of four billion pages does not fit in memory anyway.
        PageId(u32::try_from(index).unwrap_or(u32::MAX))
    }

    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The ids of `count` pages.
    pub fn all(count: usize) -> impl DoubleEndedIterator<Item = PageId> + ExactSizeIterator {
        (0..count).map(PageId::new)
    }
}

/// Anything kept per page (pages, bodies, summaries, findings) is indexed by `PageId`.
impl<T> std::ops::Index<PageId> for [T] {
    type Output = T;
    fn index(&self, id: PageId) -> &T {
        &self[id.index()]
    }
}

impl<T> std::ops::IndexMut<PageId> for [T] {
    fn index_mut(&mut self, id: PageId) -> &mut T {
        &mut self[id.index()]
    }
}

impl<T> std::ops::Index<PageId> for Vec<T> {
    type Output = T;
    fn index(&self, id: PageId) -> &T {
        &self[id.index()]
    }
}

impl<T> std::ops::IndexMut<PageId> for Vec<T> {
    fn index_mut(&mut self, id: PageId) -> &mut T {
        &mut self[id.index()]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    /// `content/<lang>/_index.md`
    Home,
    /// `content/<lang>/a/b/_index.md`
    Section,
    /// `content/<lang>/a/b/c.md`
    Leaf,
}

/// Where a page comes from: a Markdown file, or the topics of `site.yaml` (the topic pages
/// are pages like any other, so translations, breadcrumbs, the sitemap and search treat them
/// alike; only their content is generated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File,
    /// The overview of all topics of a language.
    Topics,
    /// The page of one topic, by its key in `site.yaml`.
    Topic(String),
}

#[derive(Debug, Clone)]
pub struct Page {
    pub lang: Lang,
    pub kind: PageKind,
    pub origin: Origin,
    /// The file as the user knows it, relative to the site root: `content/nl/asiel/_index.md`.
    pub source: PathBuf,
    /// Below the language folder, `/`-separated, without `.md`: `asiel/_index`, `asiel/gehoor`.
    pub key_path: String,
    /// The page's URL path: `/nl/asiel/`.
    pub url: String,
    pub translation_key: String,
    pub front: FrontMatter,
    /// The whole file (line ends normalised to `\n`), kept for positions in messages.
    pub text: String,
    /// Where `text`'s lines start, made the first time a finding needs a position: most
    /// pages of a site have none. Once a one-off build has dropped the Markdown, only the
    /// front matter is left to index, and that is all that still gets positions.
    pub lines: OnceLock<LineIndex>,
    /// Byte offset of the Markdown body in `text`.
    pub body_offset: usize,
}

impl Page {
    /// Whether the page is made by loket (a topic page) rather than read from a file.
    pub fn is_generated(&self) -> bool {
        self.origin != Origin::File
    }

    pub fn body(&self) -> &str {
        &self.text[self.body_offset..]
    }

    /// Position in the file of byte `offset` of the body.
    pub fn body_position(&self, offset: usize) -> Position {
        self.lines.get_or_init(|| LineIndex::new(&self.text)).position(&self.text, self.body_offset + offset)
    }

    /// The folder of this page's file below the language folder (`asiel` for both
    /// `asiel/_index.md` and `asiel/gehoor.md`); relative links start there.
    pub fn source_dir(&self) -> &str {
        self.key_path.rsplit_once('/').map_or("", |(dir, _)| dir)
    }

    /// The language the page's text is in: its `text_language`, else its tree's language.
    pub fn text_lang(&self) -> &str {
        self.front.text_language.as_ref().map_or(self.lang.as_str(), |l| l.value.as_str())
    }

    /// Whether the page's text is in another language than its tree (`text_language`): a
    /// stand-in for a translation, not one.
    pub fn text_elsewhere(&self) -> bool {
        self.text_lang() != self.lang.as_str()
    }

    /// The label for breadcrumbs and menus.
    pub fn breadcrumb(&self) -> &str {
        self.front.breadcrumb.as_deref().unwrap_or(&self.front.title)
    }

    /// The template that renders this page.
    pub fn template(&self) -> &str {
        match self.origin {
            Origin::Topics => return "topics.html",
            Origin::Topic(_) => return "topic.html",
            Origin::File => {}
        }
        match (&self.front.template, self.kind) {
            (Some(t), _) => &t.value,
            (None, PageKind::Home) => "home.html",
            (None, PageKind::Section) => "section.html",
            (None, PageKind::Leaf) => "page.html",
        }
    }
}

/// `_index` → `/nl/`; `asiel/_index` → `/nl/asiel/`; `asiel/gehoor` → `/nl/asiel/gehoor/`.
/// For the language served at the root (`at_root`, `root_language` of `site.yaml`), without
/// the language folder: `/`, `/asiel/`, `/asiel/gehoor/`. One allocation, of the right size.
pub fn url_for(lang: &str, at_root: bool, key_path: &str) -> String {
    let path = key_path.strip_suffix("_index").unwrap_or(key_path).trim_end_matches('/');
    let lang = if at_root { "" } else { lang };
    let mut url = String::with_capacity(lang.len() + path.len() + 3);
    url.push('/');
    if !lang.is_empty() {
        url.push_str(lang);
        url.push('/');
    }
    if !path.is_empty() {
        url.push_str(path);
        url.push('/');
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_pretty() {
        assert_eq!(url_for("nl", false, "_index"), "/nl/");
        assert_eq!(url_for("nl", false, "asiel/_index"), "/nl/asiel/");
        assert_eq!(url_for("en", false, "asylum/interview"), "/en/asylum/interview/");
    }

    #[test]
    fn the_root_language_has_no_folder_in_its_urls() {
        assert_eq!(url_for("nl", true, "_index"), "/");
        assert_eq!(url_for("nl", true, "asiel/_index"), "/asiel/");
        assert_eq!(url_for("nl", true, "asiel/gehoor"), "/asiel/gehoor/");
        let url = url_for("nl", false, "asiel/gehoor");
        assert_eq!(url.len(), url.capacity(), "allocated once, at its size");
    }
}
