//! The link check across pages: `#fragments` must be heading ids of their page, and
//! site-absolute links must lead to an output file of the route table.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::load::page::{Page, PageId};
use crate::load::tree::PageTree;
use crate::render::markdown::Rendered;
use crate::rules::Rule;
use crate::site::routes::Routes;
use crate::text;

/// What the link check reads.
pub struct LinkSources<'a> {
    pub pages: &'a [Page],
    pub tree: &'a PageTree,
    pub bodies: &'a [Rendered],
    pub routes: &'a Routes,
}

/// The links of every page, per page.
pub fn check_links(sources: &LinkSources<'_>) -> Vec<Diagnostics> {
    PageId::all(sources.pages.len()).map(|id| check_page_links(sources, id)).collect()
}

/// The links of page `id`.
pub fn check_page_links(sources: &LinkSources<'_>, id: PageId) -> Diagnostics {
    let LinkSources { pages, tree, bodies, routes } = *sources;
    let mut problems = Diagnostics::new();
    let page = &pages[id];
    let body = &bodies[id];
    for link in &body.fragment_links {
        // A missing target page is reported as a broken link by the checks (`checks::links`).
        if let Some(target) = tree.by_content_path(&link.target) {
            check_fragment(page, &pages[target], &bodies[target], &link.fragment, link.position, &mut problems);
        }
    }
    for link in &body.absolute_links {
        let (path, fragment) = link.path.split_once('#').map_or((link.path.as_str(), None), |(p, f)| (p, Some(f)));
        let path = path.split_once('?').map_or(path, |(p, _)| p);
        if !routes.serves(path) {
            let hint = if path.ends_with(".md") {
                text!("site-link-absolute-md-hint", page_lang = page.lang.as_str())
            } else {
                text!("site-link-absolute-hint", page_lang = page.lang.as_str())
            };
            problems.push(
                Diagnostic::error(
                    Rule::BrokenLink,
                    &page.source,
                    link.position,
                    text!("site-link-absolute", path = &link.path),
                )
                .with_hint(hint),
            );
            continue;
        }
        if let Some(fragment) = fragment {
            let with_slash = format!("{path}/");
            let target = tree
                .by_url(path)
                .or_else(|| tree.by_url(&with_slash))
                .or_else(|| tree.by_url(path.trim_end_matches("index.html")));
            if let Some(target) = target {
                check_fragment(page, &pages[target], &bodies[target], fragment, link.position, &mut problems);
            }
        }
    }
    problems
}

fn check_fragment(
    page: &Page,
    target: &Page,
    body: &Rendered,
    fragment: &str,
    position: Position,
    problems: &mut Diagnostics,
) {
    if fragment.is_empty() || body.has_heading_id(fragment) || fragment.starts_with("fn-") {
        return;
    }
    let ids: Vec<&str> = body.headings.iter().map(|h| h.id.as_str()).collect();
    let nearest = ids
        .iter()
        .map(|id| (strsim::levenshtein(fragment, id), *id))
        .min()
        .filter(|(d, _)| *d <= fragment.len() / 2 + 1);
    let hint = match nearest {
        Some((_, id)) => text!("site-fragment-nearest", id = id),
        None if ids.is_empty() => text!("site-fragment-no-headings"),
        None => text!("site-fragment-ids", ids = ids.join(", ")),
    };
    let message = if std::ptr::eq(page, target) {
        text!("site-fragment-here", fragment = fragment)
    } else {
        text!("site-fragment", fragment = fragment, page = &target.source)
    };
    problems.push(Diagnostic::error(Rule::BrokenFragment, &page.source, position, message).with_hint(hint));
}
