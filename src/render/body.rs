//! What rendering one page body makes ([`Rendered`]: its HTML, headings, plain text, the
//! links the link check of `site` reads, and the page's own cards with their links resolved), and the escaper of text written into HTML.

use crate::markdown::links::{AbsoluteLink, FragmentLink, Problem};
use crate::markdown::Heading;

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
    /// What expanding the shortcodes found for the checks to report (a link argument's
    /// problem, a figure without alt text): data, not findings.
    pub problems: Vec<Problem>,
    /// Link targets other than headings (a `details` block's `id`), with their byte
    /// offsets in the body.
    pub anchors: Vec<(String, usize)>,
    /// Files below `content/` whose contents this body shows (a figure's size): when one
    /// changes, the body is rendered again.
    pub reads: Vec<String>,
    /// Files below `content/` that a link leads to (not an image that shows them): a
    /// picture's own file is published whole only when a page links to it.
    pub linked_files: Vec<String>,
    /// The page's own cards (`cards:`), their links resolved: `page.cards` in templates.
    pub cards: Option<CardList>,
}

/// What templates see of a page's `cards:` (`page.cards`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CardList {
    pub title: String,
    pub items: Vec<CardValue>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CardValue {
    pub title: String,
    pub text: String,
    pub url: String,
    /// The language of the page the link leads to, when it is another language.
    pub hreflang: Option<crate::lang::Lang>,
    /// A name of `load::frontmatter::ICONS`.
    pub icon: Option<String>,
    pub image: Option<CardImage>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CardImage {
    pub src: String,
    pub alt: String,
    /// Its variants, when it is a picture next to pages (see `partials/picture.html`).
    #[serde(flatten)]
    pub picture: Option<crate::images::Picture>,
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

/// Text for HTML or XML, escaped (see `crate::escape::html`).
pub fn escape_text(text: &str) -> String {
    crate::escape::html(text)
}
