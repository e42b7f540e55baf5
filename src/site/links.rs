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
    // Browsers percent-decode a fragment before they look for its id: `#%D8%B7%D9%84%D8%A8`
    // reaches the heading `طلب`.
    let decoded = percent_encoding::percent_decode_str(fragment).decode_utf8_lossy();
    if decoded.is_empty()
        || body.has_heading_id(&decoded)
        || body.has_heading_id(fragment)
        || decoded.starts_with("fn-")
    {
        return;
    }
    let ids: Vec<&str> = body.headings.iter().map(|h| h.id.as_str()).collect();
    let nearest = nearest_id(&decoded, &ids);
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

/// The heading id a wrong `fragment` most likely meant: the id its text would get as a
/// heading (`#Права` for `права`, a fragment in NFD, with a bidi mark), or else the id fewest
/// edits away, counted in characters so that Arabic or Cyrillic fragments are judged as Latin
/// ones are.
fn nearest_id<'a>(fragment: &str, ids: &[&'a str]) -> Option<(usize, &'a str)> {
    let as_heading = crate::load::slug::heading_slug(fragment);
    if let Some(id) = ids.iter().find(|id| **id == as_heading) {
        return Some((0, id));
    }
    // The transliterated id that loket gave a heading in another script before it kept the
    // script's letters (`#tlb-llj` for `طلب-اللجوء`): old links are told the new id.
    if fragment.is_ascii() && !ids.iter().all(|id| id.is_ascii()) {
        if let Some(id) = ids.iter().find(|id| !id.is_ascii() && crate::load::slug::slugify(id) == fragment) {
            return Some((0, id));
        }
    }
    // Both are bounded (a fragment by its line, ids by their headings), and only one
    // fragment per broken link is compared: no quadratic cost for a valid page.
    ids.iter()
        .map(|id| (strsim::levenshtein(fragment, id), *id))
        .min()
        .filter(|(d, _)| *d <= fragment.chars().count() / 2 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_id_is_found_in_any_script() {
        let ids = ["طلب-اللجوء", "права-и-обязанности", "wat-neemt-u-mee"];
        assert_eq!(nearest_id("طلب-اللجو", &ids), Some((1, "طلب-اللجوء")));
        assert_eq!(nearest_id("Права-и-обязанности", &ids), Some((0, "права-и-обязанности")));
        assert_eq!(nearest_id("\u{200f}طلب-اللجوء", &ids), Some((0, "طلب-اللجوء")));
        assert_eq!(nearest_id("wat-neemt-je-mee", &ids), Some((2, "wat-neemt-u-mee")));
        assert_eq!(nearest_id("iets-heel-anders", &ids), None);
        let old = crate::load::slug::slugify("طلب اللجوء");
        assert_eq!(nearest_id(&old, &ids), Some((0, "طلب-اللجوء")), "the old transliterated id: {old}");
    }
}
