//! Classifying an edit of one page, purely: whether it changes the page's place in the site
//! (then `Site::apply` walks the content again), its label or order (sibling order, site
//! trees), or only what it shows itself. Which files to render again is decided by route
//! fingerprints (`site::fingerprints`), not here.

use crate::load::frontmatter::{FrontMatter, GroupDecl};
use crate::load::page::Page;

/// How a page's new version differs from its old one, in what other pages show of it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageChange {
    /// Its URL, kind, translation key, aliases, topics or draft status: the tree changes.
    pub structure: bool,
    /// Anything in its summary (cards of its parent, the parent value of its children,
    /// redirects to it, the sitemap's `lastmod`).
    pub summary: bool,
    /// Its title (language switchers that lead to it name it).
    pub title: bool,
    /// Its breadcrumb label or its place among its siblings (breadcrumbs below it, menus,
    /// site trees).
    pub label: bool,
}

/// Compares two versions of one page. `positions` also counts a moved `translation_key` or
/// alias line as a change of structure, for when findings point at those lines.
pub fn classify(old: &Page, new: &Page, positions: bool) -> PageChange {
    let (a, b) = (&old.front, &new.front);
    // Topics count as structure: topic pages list the page, and their lists are rebuilt whole.
    // Groups too: the check of a page's `group` reads its parent's `groups`.
    type Values = (Option<String>, Vec<String>, Vec<String>, Option<String>, Vec<GroupDecl>);
    let values = |f: &FrontMatter| -> Values {
        (
            f.translation_key.as_ref().map(|k| k.value.clone()),
            f.aliases.iter().map(|a| a.value.clone()).collect(),
            f.topics.iter().map(|t| t.value.clone()).collect(),
            f.group.as_ref().map(|g| g.value.clone()),
            f.groups.iter().map(|g| g.value.clone()).collect(),
        )
    };
    let located = |f: &FrontMatter| {
        (f.translation_key.clone(), f.aliases.clone(), f.topics.clone(), f.group.clone(), f.groups.clone())
    };
    let structure = old.url != new.url
        || old.kind != new.kind
        || old.lang != new.lang
        || old.translation_key != new.translation_key
        || a.draft != b.draft
        || values(a) != values(b)
        || (positions && located(a) != located(b));
    let title = a.title != b.title;
    let label = title || old.breadcrumb() != new.breadcrumb() || a.weight != b.weight;
    let summary = label
        || a.description != b.description
        || a.date != b.date
        || a.updated != b.updated
        || a.image.as_ref().map(|i| &i.value) != b.image.as_ref().map(|i| &i.value)
        || a.extra != b.extra;
    PageChange { structure, summary, title, label }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::site::{Site, SiteOptions};

    fn page(content_path: &str) -> Page {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/basic");
        let options = SiteOptions::new(root);
        let site = Site::load(&options).unwrap();
        let id = site.tree().by_content_path(content_path).unwrap();
        site.pages()[id].clone()
    }

    #[test]
    fn a_body_edit_changes_nothing_others_show() {
        let old = page("nl/diensten/procedure/stap-een.md");
        let mut new = old.clone();
        new.text.push_str("\nEen nieuwe zin.\n");
        assert_eq!(classify(&old, &new, false), PageChange::default());
        let mut new = old.clone();
        new.front.description.push_str(" Meer.");
        assert_eq!(classify(&old, &new, false), PageChange { summary: true, ..PageChange::default() });
        let mut new = old.clone();
        new.front.title.push_str(" (nieuw)");
        let change = classify(&old, &new, false);
        assert!(change.title && change.label && change.summary && !change.structure);
        let mut new = old.clone();
        new.translation_key = "iets-anders".into();
        assert!(classify(&old, &new, false).structure);
        let mut new = old.clone();
        new.front.draft = true;
        assert!(classify(&old, &new, false).structure);
    }

    #[test]
    fn a_topic_added_or_removed_changes_the_structure() {
        let old = page("nl/diensten/procedure/stap-een.md");
        let mut new = old.clone();
        new.front.topics.push(crate::load::frontmatter::Located {
            value: "family".into(),
            position: crate::diagnostics::Position::new(4, 10),
        });
        assert!(classify(&old, &new, false).structure);
        assert!(classify(&new, &old, false).structure);
    }

    #[test]
    fn moved_key_lines_count_only_when_findings_point_at_them() {
        let old = page("nl/diensten/procedure/stap-een.md");
        let mut new = old.clone();
        if let Some(key) = new.front.translation_key.as_mut() {
            key.position.line += 1;
        } else {
            new.front.aliases.push(crate::load::frontmatter::Located {
                value: "/x/".into(),
                position: crate::diagnostics::Position::START,
            });
            assert!(classify(&old, &new, false).structure);
            return;
        }
        assert!(!classify(&old, &new, false).structure);
        assert!(classify(&old, &new, true).structure);
    }
}
