//! What rendering a page body reads ([`LinkContext`]: the other pages, files, UI strings and
//! templates) and the state of expanding its shortcodes ([`Expansion`]).

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::lang::Lang;
use crate::load::locales::Locales;
use crate::load::page::{Page, PageId};
use crate::load::tree::PageTree;
use crate::markdown::links::{self, Kind, LinkTargets};
use crate::render::body::Rendered;
use crate::render::templates::Templates;
use crate::rules::Rule;
use std::collections::{HashMap, HashSet};

/// What `render` needs to render a page's body.
pub struct LinkContext<'a> {
    pub pages: &'a [Page],
    pub tree: &'a PageTree,
    /// Asset URL by path below `content/` (`nl/verhalen/amina.svg`).
    pub assets: &'a HashMap<String, String>,
    /// The pictures next to pages with their variants, by URL (`site::images`).
    pub pictures: &'a HashMap<String, crate::images::Picture>,
    /// Paths below `content/` of the drafts left out of this build.
    pub drafts: &'a HashSet<String>,
    /// The UI strings a body shows (footnotes, table labels, language cues:
    /// `markdown::ENGINE_KEYS`).
    pub locales: &'a Locales,
    /// The site folder (shortcodes read the size of images next to pages).
    pub root: &'a std::path::Path,
    /// Shortcode templates are rendered with the theme's templates.
    pub templates: &'a Templates,
    /// The site's settings: the writing direction of its languages (`SiteConfig::direction`).
    pub config: &'a crate::load::config::SiteConfig,
    /// Whether to keep the body's plain text (`Rendered::text`): only the search index reads
    /// it, and on a big site it is a fifth of what a build holds.
    pub plain_text: bool,
}

impl<'a> LinkContext<'a> {
    /// The direction of `lang`, for `dir` on text marked as another language than the page's.
    pub fn direction(&self, lang: &str) -> crate::lang::Direction {
        self.config.direction(lang)
    }

    /// What links resolve against.
    pub fn targets(&self) -> LinkTargets<'a> {
        LinkTargets { pages: self.pages, tree: self.tree, assets: self.assets, drafts: self.drafts }
    }
}

/// Everything expanding a page's shortcodes needs besides the events.
pub struct Expansion<'a, 'b> {
    pub page_id: PageId,
    pub links: &'a LinkContext<'a>,
    pub out: &'b mut Rendered,
    pub problems: &'b mut Diagnostics,
}

impl Expansion<'_, '_> {
    pub fn page(&self) -> &Page {
        &self.links.pages[self.page_id]
    }

    pub fn position(&self, offset: usize) -> Position {
        self.page().body_position(offset)
    }

    pub fn error(&self, offset: usize, message: impl Into<crate::messages::Text>) -> Diagnostic {
        Diagnostic::error(Rule::Shortcode, &self.page().source, self.position(offset), message)
    }

    /// Resolves a link or image argument like a Markdown link's destination: its URL, and
    /// the language of the page it leads to when that is another language; and whether the
    /// destination is wrong (its problem is kept in `out.problems`, for the checks).
    pub fn resolve(&mut self, dest: &str, at: usize, image: bool) -> (Option<(String, Option<Lang>)>, bool) {
        let position = self.position(at);
        let kind = if image { Kind::Image } else { Kind::Link };
        let resolution = links::resolve(&self.links.targets(), self.page(), dest, position, kind);
        let (rewrite, problem) = keep(self.out, resolution);
        let wrong = problem.is_some();
        self.out.problems.extend(problem);
        (rewrite.map(|r| (r.url, r.hreflang)), wrong)
    }
}

/// Keeps what a resolution tells the rest of the site (the paths it looked up, its fragment
/// or site-absolute link) in `out`; gives back its URL and its problem.
pub fn keep(out: &mut Rendered, resolution: links::Resolution) -> (Option<links::Resolved>, Option<links::Problem>) {
    let links::Resolution { rewrite, problem, fragment_link, absolute_link, depends_on, linked_file } = resolution;
    out.depends_on.extend(depends_on);
    out.linked_files.extend(linked_file);
    out.fragment_links.extend(fragment_link);
    out.absolute_links.extend(absolute_link);
    (rewrite, problem)
}
