//! What a site computes from its model and keeps: every page's body and its hash, the route
//! table, the values page contexts share (summaries among them) and the summaries' hashes,
//! the check levels, and every page's own check findings and plain-language numbers. Remade
//! by `Site::apply` whenever what they are made from changed, never elsewhere.

use crate::checks;
use crate::checks::plain_language::PageMetrics;
use crate::diagnostics::Diagnostic;
use crate::render::markdown::Rendered;
use crate::render::templates::SiteValues;
use crate::site::routes::Routes;

#[derive(Default)]
pub(super) struct Derived {
    /// Per page, its Markdown as HTML (without the HTML after `Site::load_streaming`).
    pub bodies: Vec<Rendered>,
    /// Per page, a hash of its body (HTML and headings); 0 when no fingerprints are kept.
    pub body_hashes: Vec<u64>,
    /// Every output path with its one producer.
    pub routes: Routes,
    /// What page contexts share: summaries, `site`, menus, feed sections, topics, `data`.
    pub values: SiteValues,
    /// Per page, a hash of its summary: what other pages show of it (0 without fingerprints).
    pub summary_hashes: Vec<u64>,
    /// The level of every editor check, from site.yaml and the pages' front matter.
    pub policy: checks::Policy,
    /// Per page, the plain-language numbers its checks judged (for `loket status`).
    pub plain_metrics: Vec<PageMetrics>,
    /// Per page, what its own checks found, before check levels are applied.
    pub checked: Vec<Vec<Diagnostic>>,
    /// The pictures next to pages: their variants, what templates show, which are linked.
    pub images: crate::site::images::SiteImages,
}
