//! The page tree: parents and ordered children, translations grouped by `translation_key`,
//! breadcrumbs and language-switcher targets. Every lookup is a hash map: nothing here is
//! quadratic in the number of pages.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::lang::Lang;
use crate::load::config::SiteConfig;
use crate::load::content::FailedPage;
use crate::load::page::{Page, PageId, PageKind};
use crate::messages::Text;
use crate::rules::Rule;
use crate::text;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Default)]
pub struct PageTree {
    parent: Vec<Option<PageId>>,
    children: Vec<Vec<PageId>>,
    by_url: HashMap<String, PageId>,
    /// Keyed by the path below `content/`: `nl/asiel/_index.md`.
    by_content_path: HashMap<String, PageId>,
    /// Per `translation_key`, its page in each language (a handful): looked up by `&str`,
    /// without allocating, since every page asks for its translations.
    by_translation: HashMap<String, Vec<(Lang, PageId)>>,
    homes: HashMap<Lang, PageId>,
    /// Pages whose settings have an error, by path below `content/`, and per
    /// `translation_key` with their language: what names them is not reported again.
    failed_by_content_path: HashMap<String, FailedPage>,
    failed_by_translation: HashMap<String, Vec<(Lang, PathBuf)>>,
}

/// Where the language switcher sends a reader of one page for another language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SwitchTarget {
    pub page: PageId,
    /// `false` when the page itself is not translated and this is its nearest translated
    /// ancestor (or that language's home).
    pub exact: bool,
}

/// A page's hreflang alternates, as both its `<head>` and `sitemap.xml` give them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternates {
    /// Per language of `site.yaml` that has the page (itself included): the absolute URL.
    pub links: Vec<(Lang, String)>,
    /// The version in the language served at the root (`root_language`), else the default
    /// language's; without one, the root: the language chooser, or the root language's home.
    pub x_default: String,
}

impl PageTree {
    /// The alternates of a page, `None` for a page without translation: hreflang says which
    /// pages are versions of one another, and one page alone has none (nor an x-default).
    /// The one source of the head's `<link rel="alternate">` and the sitemap's `xhtml:link`.
    pub fn alternates(&self, config: &SiteConfig, pages: &[Page], id: PageId) -> Option<Alternates> {
        let translations: Vec<(&Lang, PageId)> =
            config.languages.keys().filter_map(|lang| self.translation(pages, id, lang).map(|t| (lang, t))).collect();
        if translations.len() < 2 {
            return None;
        }
        let x_default_lang = config.root_language.as_ref().unwrap_or(&config.default_language);
        let x_default = translations
            .iter()
            .find(|(lang, _)| *lang == x_default_lang)
            .map_or_else(|| config.permalink("/"), |(_, t)| config.permalink(&pages[*t].url));
        let links = translations.iter().map(|(lang, t)| ((*lang).clone(), config.permalink(&pages[*t].url))).collect();
        Some(Alternates { links, x_default })
    }

    pub fn build(pages: &[Page], config: &SiteConfig) -> (PageTree, Diagnostics) {
        PageTree::build_with_failed(pages, &[], config)
    }

    /// `build`, knowing the pages whose settings have an error (`failed`): a menu entry
    /// naming one of them is not an error of its own.
    pub fn build_with_failed(pages: &[Page], failed: &[FailedPage], config: &SiteConfig) -> (PageTree, Diagnostics) {
        let mut problems = Diagnostics::new();
        let mut tree = PageTree {
            parent: vec![None; pages.len()],
            children: vec![Vec::new(); pages.len()],
            ..PageTree::default()
        };
        for page in failed {
            tree.failed_by_translation
                .entry(page.translation_key.clone())
                .or_default()
                .push((page.lang.clone(), page.source.clone()));
            tree.failed_by_content_path.insert(page.content_path(), page.clone());
        }
        // Topic pages have no file: they are found as parents here, never by a file's path
        // (a new file at the same place is a content page, not an edit of the topic page).
        let mut generated_paths: HashMap<String, PageId> = HashMap::new();
        for (id, page) in PageId::all(pages.len()).zip(pages) {
            let content_path = format!("{}/{}.md", page.lang, page.key_path);
            if page.is_generated() {
                generated_paths.insert(content_path, id);
            } else {
                tree.by_content_path.insert(content_path, id);
            }
            if page.is_generated() && tree.by_url.contains_key(&page.url) {
                // A content page at a topic page's address: an `output-conflict` of the routes.
            } else if let Some(&other) = tree.by_url.get(&page.url).filter(|&&o| pages[o].lang != page.lang) {
                // Only with a language at the root: its page has the address of another
                // language's folder (a Dutch page `en.md` and the English home at `/en/`).
                let (at_root, other) =
                    if config.at_root(&page.lang) { (page, &pages[other]) } else { (&pages[other], page) };
                let folder = at_root.key_path.split('/').next().unwrap_or_default();
                problems.push(
                    Diagnostic::error(
                        Rule::OutputConflict,
                        &at_root.source,
                        Position::START,
                        text!(
                            "load-root-language-folder",
                            url = at_root.url.as_str(),
                            other = &other.source,
                            lang = other.lang.as_str()
                        ),
                    )
                    .with_hint(text!(
                        "load-root-language-folder-hint",
                        name = folder,
                        lang = other.lang.as_str(),
                        root = at_root.lang.as_str()
                    )),
                );
            } else if let Some(&other) = tree.by_url.get(&page.url) {
                problems.push(
                    Diagnostic::error(
                        Rule::DuplicateUrl,
                        &page.source,
                        Position::START,
                        text!("load-duplicate-url", url = page.url.as_str(), other = &pages[other].source),
                    )
                    .with_hint(text!("load-duplicate-url-hint")),
                );
            } else {
                tree.by_url.insert(page.url.clone(), id);
            }
            if let Some(other) = tree.translation_of_key(&page.translation_key, &page.lang) {
                let position = page.front.translation_key.as_ref().map_or(Position::START, |k| k.position);
                problems.push(
                    Diagnostic::error(
                        Rule::DuplicateTranslationKey,
                        &page.source,
                        position,
                        text!(
                            "load-duplicate-translation-key",
                            lang = page.lang.as_str(),
                            key = page.translation_key.as_str(),
                            other = &pages[other].source
                        ),
                    )
                    .with_hint(text!("load-duplicate-translation-key-hint")),
                );
            } else {
                tree.by_translation.entry(page.translation_key.clone()).or_default().push((page.lang.clone(), id));
            }
            if page.kind == PageKind::Home {
                tree.homes.insert(page.lang.clone(), id);
            }
        }
        for (id, page) in PageId::all(pages.len()).zip(pages) {
            if page.kind == PageKind::Home {
                continue;
            }
            let parent_dir = match page.kind {
                PageKind::Section => page.source_dir().rsplit_once('/').map_or("", |(dir, _)| dir),
                _ => page.source_dir(),
            };
            let parent_path = if parent_dir.is_empty() {
                format!("{}/_index.md", page.lang)
            } else {
                format!("{}/{parent_dir}/_index.md", page.lang)
            };
            // A missing parent was already reported as a folder without _index.md.
            let parent = if page.is_generated() {
                generated_paths.get(&parent_path).or_else(|| tree.by_content_path.get(&parent_path))
            } else {
                tree.by_content_path.get(&parent_path)
            };
            if let Some(&parent) = parent {
                tree.parent[id] = Some(parent);
                tree.children[parent].push(id);
            }
        }
        for children in &mut tree.children {
            children.sort_by(|&a, &b| sibling_order(&pages[a]).cmp(&sibling_order(&pages[b])));
        }
        for (menu, entries) in &config.menus {
            for (entry, key) in entries.iter().filter_map(|e| e.translation_key().map(|k| (e, k))) {
                let there = |lang: &str| {
                    tree.translation_of_key(key, lang).is_some() || tree.failed_translation(key, lang).is_some()
                };
                let missing: Vec<&str> = config.language_codes().filter(|lang| !there(lang)).collect();
                if missing.is_empty() {
                    continue;
                }
                if missing.len() < config.languages.len() {
                    // Some languages have the page: theirs link to it, the others fall back
                    // to their nearest translated page (`menu_target`). Said once.
                    let languages = missing.iter().map(|l| format!("`{l}`")).collect::<Vec<_>>().join(", ");
                    problems.push(
                        Diagnostic::warning(
                            Rule::MenuFallback,
                            &config.file,
                            entry.position,
                            text!("load-menu-fallback", menu = menu.as_str(), key = key, languages = languages),
                        )
                        .with_hint(text!("load-menu-fallback-hint", key = key)),
                    );
                    continue;
                }
                for lang in missing {
                    problems.push(
                        Diagnostic::error(
                            Rule::MenuEntry,
                            &config.file,
                            entry.position,
                            text!("load-menu-no-page", menu = menu.as_str(), key = key, lang = lang),
                        )
                        .with_hint(menu_hint(&tree, pages, key, lang)),
                    );
                }
            }
        }
        (tree, problems)
    }

    pub fn parent(&self, id: PageId) -> Option<PageId> {
        self.parent[id]
    }

    pub fn children(&self, id: PageId) -> &[PageId] {
        &self.children[id]
    }

    /// Every page below `id`, depth first.
    pub fn descendants(&self, id: PageId) -> Vec<PageId> {
        let mut found = Vec::new();
        let mut stack: Vec<PageId> = self.children[id].iter().rev().copied().collect();
        while let Some(next) = stack.pop() {
            found.push(next);
            stack.extend(self.children[next].iter().rev());
        }
        found
    }

    /// Orders the children of `parent` again after a title or weight changed (`serve`).
    pub fn sort_children(&mut self, parent: PageId, pages: &[Page]) {
        self.children[parent].sort_by(|&a, &b| sibling_order(&pages[a]).cmp(&sibling_order(&pages[b])));
    }

    pub fn home(&self, lang: &str) -> Option<PageId> {
        self.homes.get(lang).copied()
    }

    pub fn by_url(&self, url: &str) -> Option<PageId> {
        self.by_url.get(url).copied()
    }

    /// The page from `content/<path>` (`nl/asiel/_index.md`).
    pub fn by_content_path(&self, path: &str) -> Option<PageId> {
        self.by_content_path.get(path).copied()
    }

    pub fn translation_of_key(&self, key: &str, lang: &str) -> Option<PageId> {
        self.by_translation.get(key)?.iter().find(|(l, _)| l == lang).map(|&(_, id)| id)
    }

    /// The file of a page in `lang` with this `translation_key` whose settings have an error:
    /// such a page is there, only not read, so its translations are not "missing".
    pub fn failed_translation(&self, key: &str, lang: &str) -> Option<&Path> {
        self.failed_by_translation.get(key)?.iter().find(|(l, _)| l == lang).map(|(_, source)| source.as_path())
    }

    /// The page at `content/<path>` whose settings have an error, if it is one.
    pub fn failed_page(&self, path: &str) -> Option<&FailedPage> {
        self.failed_by_content_path.get(path)
    }

    /// Whether the page has a translation into `lang`, read or with an error in its settings.
    pub fn has_translation(&self, pages: &[Page], id: PageId, lang: &str) -> bool {
        self.translation(pages, id, lang).is_some()
            || self.failed_translation(&pages[id].translation_key, lang).is_some()
    }

    /// The page's translation into `lang` (the page itself for its own language).
    pub fn translation(&self, pages: &[Page], id: PageId, lang: &str) -> Option<PageId> {
        self.translation_of_key(&pages[id].translation_key, lang)
    }

    /// Ancestors from the home page down to the parent.
    pub fn ancestors(&self, id: PageId) -> Vec<PageId> {
        let mut chain = Vec::new();
        let mut current = self.parent[id];
        while let Some(parent) = current {
            chain.push(parent);
            current = self.parent[parent];
        }
        chain.reverse();
        chain
    }

    /// Where a menu entry naming `key` leads in `lang`: that page, else the nearest ancestor
    /// of the page in another language (the first of `site.yaml` that has it) with a
    /// translation into `lang`, else that language's home.
    pub fn menu_target<'a>(
        &self,
        pages: &[Page],
        languages: impl IntoIterator<Item = &'a str>,
        key: &str,
        lang: &str,
    ) -> Option<SwitchTarget> {
        if let Some(page) = self.translation_of_key(key, lang) {
            return Some(SwitchTarget { page, exact: true });
        }
        let elsewhere = languages.into_iter().find_map(|other| self.translation_of_key(key, other));
        match elsewhere {
            Some(id) => self.switch_target(pages, id, lang),
            None => self.home(lang).map(|page| SwitchTarget { page, exact: false }),
        }
    }

    /// The same page in `lang`, or the nearest ancestor that has a translation, or the home.
    pub fn switch_target(&self, pages: &[Page], id: PageId, lang: &str) -> Option<SwitchTarget> {
        if let Some(page) = self.translation(pages, id, lang) {
            return Some(SwitchTarget { page, exact: true });
        }
        let mut current = self.parent[id];
        while let Some(ancestor) = current {
            if let Some(page) = self.translation(pages, ancestor, lang) {
                return Some(SwitchTarget { page, exact: false });
            }
            current = self.parent[ancestor];
        }
        self.home(lang).map(|page| SwitchTarget { page, exact: false })
    }
}

/// "did you mean `contact`?" from the translation keys of this site's pages in `lang`.
fn menu_hint(tree: &PageTree, pages: &[Page], key: &str, lang: &str) -> Text {
    let nearest = tree
        .by_translation
        .iter()
        .filter(|(_, versions)| versions.iter().any(|(l, _)| l == lang))
        .map(|(candidate, _)| (strsim::levenshtein(key, candidate), candidate.as_str()))
        .filter(|&(distance, _)| distance <= 3)
        .min();
    // A folder's page without a translation_key of its own is known by its path: `faq/_index`.
    let folder = format!("{}/_index", key.trim_end_matches('/'));
    let folder = tree.translation_of_key(&folder, lang).map(|id| (folder.as_str(), id));
    if let Some((candidate, id)) = folder {
        return text!("load-menu-folder", candidate = candidate, file = &pages[id].source, key = key);
    }
    match nearest.and_then(|(_, candidate)| tree.translation_of_key(candidate, lang).map(|id| (candidate, id))) {
        Some((candidate, id)) => text!("load-menu-did-you-mean", candidate = candidate, file = &pages[id].source),
        None => text!("load-menu-hint", lang = lang, key = key),
    }
}

/// Siblings go by weight (pages without one last), then title, then URL for stability.
fn sibling_order(page: &Page) -> (bool, i64, String, &str) {
    (page.front.weight.is_none(), page.front.weight.unwrap_or(0), page.front.title.to_lowercase(), &page.url)
}
