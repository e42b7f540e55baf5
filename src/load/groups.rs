//! Grouped overviews: the check that every child of a section with `groups:` names one of
//! them with `group:`, and that `group:` is only used below such a section.

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::frontmatter::GroupDecl;
use crate::load::page::{Page, PageId};
use crate::load::tree::PageTree;
use crate::messages::Text;
use crate::rules::Rule;
use crate::text;

/// Every `group` that names no group of the parent's `groups` (with the nearest as "did you
/// mean"), every `group` below a section without `groups`, and every listed child of a
/// grouped section without a `group`. Linear in the pages.
pub fn check(pages: &[Page], tree: &PageTree) -> Diagnostics {
    let mut problems = Diagnostics::new();
    for (id, page) in PageId::all(pages.len()).zip(pages) {
        if page.is_generated() {
            continue;
        }
        let parent = tree.parent(id).map(|p| &pages[p]);
        let groups: &[_] = parent.map_or(&[], |p| p.front.groups.as_slice());
        match &page.front.group {
            Some(group) if groups.is_empty() => {
                let section = parent.map_or(page.source.as_path(), |p| p.source.as_path());
                problems.push(
                    Diagnostic::error(
                        Rule::Group,
                        &page.source,
                        group.position,
                        text!("load-group-no-groups", group = &group.value),
                    )
                    .with_hint(text!("load-group-no-groups-hint", section = section)),
                );
            }
            Some(group) if !groups.iter().any(|g| g.value.key == group.value) => {
                let decls: Vec<&GroupDecl> = groups.iter().map(|g| &g.value).collect();
                problems.push(
                    Diagnostic::error(
                        Rule::Group,
                        &page.source,
                        group.position,
                        text!("load-group-unknown", group = &group.value),
                    )
                    .with_hint(unknown_hint(&decls, &group.value)),
                );
            }
            None if !groups.is_empty() && page.front.listed => {
                let keys: Vec<&str> = groups.iter().map(|g| g.value.key.as_str()).collect();
                problems.push(
                    Diagnostic::error(Rule::Group, &page.source, page.front.title_at, text!("load-group-missing"))
                        .with_hint(text!("load-group-missing-hint", first = keys[0], groups = keys.join(", "))),
                );
            }
            _ => {}
        }
    }
    problems
}

/// "did you mean" the nearest group (by key or label), or the list of groups.
fn unknown_hint(groups: &[&GroupDecl], written: &str) -> Text {
    let lower = written.to_lowercase();
    let nearest = groups
        .iter()
        .flat_map(|g| {
            [(strsim::levenshtein(&lower, &g.key), g), (strsim::levenshtein(&lower, &g.label.to_lowercase()), g)]
        })
        .min_by_key(|(distance, _)| *distance);
    let list: Vec<&str> = groups.iter().map(|g| g.key.as_str()).collect();
    match nearest {
        Some((distance, group)) if distance <= 3.max(written.chars().count() / 3) => {
            text!("load-group-did-you-mean", suggestion = &group.key, groups = list.join(", "))
        }
        _ => text!("load-group-list", groups = list.join(", ")),
    }
}

/// The groups of section `id` that have listed children, in the order written, each with
/// those children in the order of the tree.
pub fn grouped<'a>(pages: &'a [Page], tree: &PageTree, id: PageId) -> Vec<(&'a GroupDecl, Vec<PageId>)> {
    let mut groups: Vec<(&GroupDecl, Vec<PageId>)> =
        pages[id].front.groups.iter().map(|g| (&g.value, Vec::new())).collect();
    if groups.is_empty() {
        return groups;
    }
    let index: std::collections::HashMap<&str, usize> =
        groups.iter().enumerate().map(|(i, (g, _))| (g.key.as_str(), i)).collect();
    for &child in tree.children(id) {
        let front = &pages[child].front;
        let Some(&i) = front.group.as_ref().filter(|_| front.listed).and_then(|g| index.get(g.value.as_str())) else {
            continue;
        };
        groups[i].1.push(child);
    }
    groups.retain(|(_, children)| !children.is_empty());
    groups
}
