//! The incremental plan of `serve`: after files changed, which steps run again and which
//! pages are rendered again. An edit of a page's body re-renders that page alone; an edit
//! of what other pages show of it (title, description, label, order, dates, image) also
//! re-renders those pages; new, deleted, moved or unreadable pages reload the content;
//! settings and theme changes load everything again.

use crate::load::content;
use crate::load::frontmatter::FrontMatter;
use crate::load::page::{Page, PageId, PageKind};
use crate::publish::build::Site;
use crate::serve::watch::Change;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

/// How a page's new version differs from its old one, in what other pages show of it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageChange {
    /// Its URL, kind, translation key, aliases or draft status: the tree changes.
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
    let values = |f: &FrontMatter| -> (Option<String>, Vec<String>) {
        (f.translation_key.as_ref().map(|k| k.value.clone()), f.aliases.iter().map(|a| a.value.clone()).collect())
    };
    let located = |f: &FrontMatter| (f.translation_key.clone(), f.aliases.clone());
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

/// What to render again after a batch of changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// Render these pages again (and the site-wide files when `site_files`); copy these
    /// assets (indexes into `content.assets`) again.
    Pages { pages: BTreeSet<PageId>, site_files: bool, assets: Vec<usize> },
    /// Walk `content/` again, reading only these files and new ones, then render everything
    /// (writing only the files whose bytes changed).
    Content(HashSet<PathBuf>),
    /// Load the whole site again: settings, theme or static files changed.
    Full,
}

/// Applies a batch of changes to `site` where each is an edit of a known page or asset, and
/// says what to render. Anything else is left to a content reload or a full load.
pub fn update(site: &mut Site, changes: &[Change]) -> Plan {
    let mut paths = HashSet::new();
    for change in changes {
        match change {
            Change::Content(path) => {
                paths.insert(path.clone());
            }
            Change::Settings | Change::Theme => return Plan::Full,
        }
    }
    let mut edits = Vec::new();
    let mut assets = Vec::new();
    for path in &paths {
        let is_file = path.is_file();
        if let Some(id) = page_of(site, path).filter(|_| is_file) {
            edits.push(id);
        } else if let Some(index) = site.model.content.assets.iter().position(|a| &a.source == path).filter(|_| is_file)
        {
            assets.push(index);
        } else {
            return Plan::Content(paths);
        }
    }
    let mut read = Vec::with_capacity(edits.len());
    for id in edits {
        let old = &site.pages()[id];
        // An unreadable file leaves the site, as in a full build: the reload reports it.
        let Ok(page) = content::reread(&site.root, old) else { return Plan::Content(paths) };
        let cited = site.findings.structure.iter().any(|d| d.file == old.source);
        let change = classify(old, &page, cited);
        if change.structure {
            return Plan::Content(paths);
        }
        read.push((id, page, change));
    }
    let mut changes = Vec::with_capacity(read.len());
    for (id, page, change) in read {
        site.replace_page(id, page, &change);
        changes.push((id, change));
    }
    site.check_links();
    let mut pages = BTreeSet::new();
    let mut site_files = false;
    for (id, change) in changes {
        site_files |= change.summary;
        pages.extend(affected(site, id, change));
    }
    Plan::Pages { pages, site_files, assets }
}

/// The page whose file is `path` (absolute, or as joined onto the site root).
fn page_of(site: &Site, path: &Path) -> Option<PageId> {
    let below = path.strip_prefix(site.root.join(content::CONTENT_DIR)).ok()?;
    let key: Vec<String> = below.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    site.model.tree.by_content_path(&key.join("/"))
}

/// The pages that show something of page `id` that `change` says changed, the page itself
/// included.
pub fn affected(site: &Site, id: PageId, change: PageChange) -> BTreeSet<PageId> {
    let pages = site.pages();
    let tree = &site.model.tree;
    let page = &pages[id];
    let mut set = BTreeSet::from([id]);
    if change.summary {
        set.extend(tree.parent(id));
        set.extend(tree.children(id));
    }
    if change.title {
        set.extend(switching_to(site, id));
    }
    if change.label {
        set.extend(tree.descendants(id));
        let in_menu = site.config.menus.values().flatten().any(|e| e.translation_key == page.translation_key);
        if in_menu {
            set.extend((0..pages.len()).filter(|&p| pages[p].lang == page.lang));
        }
        set.extend(
            (0..pages.len())
                .filter(|&p| pages[p].lang == page.lang)
                .filter(|&p| site.theme.templates.calls_site_tree(&site.config.permalink(&pages[p].url))),
        );
    }
    set
}

/// Pages in other languages whose language switcher leads to page `id`: its translations,
/// and the untranslated pages below them whose nearest translated ancestor it is.
fn switching_to(site: &Site, id: PageId) -> Vec<PageId> {
    let pages = site.pages();
    let tree = &site.model.tree;
    let lang = pages[id].lang.as_str();
    if pages[id].kind == PageKind::Home {
        // A home is also the fallback of pages with no translated ancestor at all.
        return (0..pages.len())
            .filter(|&p| pages[p].lang != lang)
            .filter(|&p| tree.switch_target(pages, p, lang).is_some_and(|t| t.page == id))
            .collect();
    }
    let mut found = Vec::new();
    for other in site.config.language_codes().filter(|&l| l != lang) {
        let Some(translation) = tree.translation(pages, id, other) else { continue };
        found.push(translation);
        let mut stack: Vec<PageId> = tree.children(translation).to_vec();
        while let Some(next) = stack.pop() {
            // A translated page, and every page below it, leads to its own translation.
            if tree.translation(pages, next, lang).is_some() {
                continue;
            }
            found.push(next);
            stack.extend(tree.children(next));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::publish::build::BuildOptions;

    fn fixture() -> (tempfile::TempDir, Site) {
        let dir = tempfile::tempdir().unwrap();
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/basic");
        for entry in walkdir::WalkDir::new(&source) {
            let entry = entry.unwrap();
            let target = dir.path().join(entry.path().strip_prefix(&source).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
        let mut site = Site::load(&BuildOptions::new(dir.path())).unwrap();
        site.render_all(None);
        assert!(!site.findings.has_errors(), "{:?}", site.findings.all());
        (dir, site)
    }

    fn id(site: &Site, content_path: &str) -> PageId {
        site.model.tree.by_content_path(content_path).unwrap_or_else(|| panic!("no page {content_path}"))
    }

    fn urls(site: &Site, ids: &BTreeSet<PageId>) -> Vec<String> {
        ids.iter().map(|&p| site.pages()[p].url.clone()).collect()
    }

    /// Rewrites one file of the site and applies it.
    fn edit(dir: &Path, site: &mut Site, file: &str, from: &str, to: &str) -> Plan {
        let path = dir.join("content").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from} not in {file}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        update(site, &[Change::Content(path)])
    }

    fn page(site: &Site, content_path: &str) -> Page {
        site.pages()[id(site, content_path)].clone()
    }

    #[test]
    fn a_body_edit_changes_nothing_others_show() {
        let (_dir, site) = fixture();
        let old = page(&site, "nl/diensten/procedure/stap-een.md");
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
    fn moved_key_lines_count_only_when_findings_point_at_them() {
        let (_dir, site) = fixture();
        let old = page(&site, "nl/diensten/procedure/stap-een.md");
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

    #[test]
    fn a_body_edit_re_renders_the_page_alone() {
        let (dir, mut site) = fixture();
        let plan = edit(dir.path(), &mut site, "nl/diensten/procedure/stap-een.md", "\n---\n", "\n---\nNieuwe zin.\n");
        let target = id(&site, "nl/diensten/procedure/stap-een.md");
        assert_eq!(plan, Plan::Pages { pages: BTreeSet::from([target]), site_files: false, assets: vec![] });
        assert!(site.model.bodies[target].html.contains("Nieuwe zin."));
    }

    #[test]
    fn a_title_edit_re_renders_what_shows_the_title() {
        let (dir, mut site) = fixture();
        let section = "nl/diensten/procedure/_index.md";
        let text = std::fs::read_to_string(dir.path().join("content").join(section)).unwrap();
        let title_line = text.lines().find(|l| l.starts_with("title:")).unwrap().to_string();
        let plan = edit(dir.path(), &mut site, section, &title_line, "title: \"Een nieuwe titel\"");
        let Plan::Pages { pages, site_files, .. } = plan else { panic!("{plan:?}") };
        assert!(site_files, "redirects and the sitemap may show it");
        let shown = urls(&site, &pages);
        let target = id(&site, section);
        let mut expected: BTreeSet<PageId> = BTreeSet::from([target]);
        expected.extend(site.model.tree.parent(target));
        expected.extend(site.model.tree.descendants(target));
        expected.extend(site.model.tree.translation(site.pages(), target, "en"));
        for p in &expected {
            assert!(pages.contains(p), "{} missing from {shown:?}", site.pages()[*p].url);
        }
        // Pages elsewhere in the site, in no relation to it, stay as they are.
        let home_en = site.model.tree.home("en").unwrap();
        assert!(!pages.contains(&home_en), "{shown:?}");
        assert!(pages.len() < site.pages().len(), "{shown:?}");
    }

    #[test]
    fn new_deleted_and_re_keyed_pages_reload_the_content() {
        let (dir, mut site) = fixture();
        let new = dir.path().join("content/nl/diensten/nieuw.md");
        std::fs::write(&new, "---\ntitle: Nieuw\ndescription: Een nieuwe pagina.\n---\nTekst.\n").unwrap();
        assert!(matches!(update(&mut site, &[Change::Content(new.clone())]), Plan::Content(_)));
        site.reload_content(&HashSet::from([new.clone()]));
        assert!(site.model.tree.by_content_path("nl/diensten/nieuw.md").is_some());
        std::fs::remove_file(&new).unwrap();
        assert!(matches!(update(&mut site, &[Change::Content(new.clone())]), Plan::Content(_)));
        let plan =
            edit(dir.path(), &mut site, "nl/diensten/procedure/stap-een.md", "\n---\n", "\ntranslation_key: x\n---\n");
        assert!(matches!(plan, Plan::Content(_)), "{plan:?}");
        assert!(matches!(update(&mut site, &[Change::Theme]), Plan::Full));
    }

    #[test]
    fn a_broken_edit_reloads_so_that_the_error_is_reported() {
        let (dir, mut site) = fixture();
        let plan = edit(dir.path(), &mut site, "nl/diensten/procedure/stap-een.md", "title:", "titel:");
        let Plan::Content(paths) = plan else { panic!("{plan:?}") };
        site.reload_content(&paths);
        let all = site.findings.all();
        assert!(all.iter().any(|d| d.file.ends_with("stap-een.md") && d.rule == "front-matter"), "{all:?}");
    }
}
