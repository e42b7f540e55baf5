//! Fingerprints: for every route, one hash of everything its output is made from (its page's
//! body and summary, the summaries of the pages it shows, its language's shared values,
//! `data/` among them). A
//! file whose fingerprint did not change since it was written is the same file, so `serve`
//! renders exactly the routes whose fingerprints changed, and needs no list of which edit
//! affects which page.

use crate::lang::Lang;
use crate::load::page::{PageId, PageKind};
use crate::render::templates::PageSummary;
use crate::site::routes::{Generated, Producer, Route};
use crate::site::Site;
use rayon::prelude::*;
use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// A hash of what templates see of a page in other pages.
pub fn hash_summary(summary: &PageSummary) -> u64 {
    let mut hasher = DefaultHasher::new();
    // Serialising covers every field, including ones added later.
    serde_json::to_string(summary).unwrap_or_default().hash(&mut hasher);
    hasher.finish()
}

/// A hash of what a page shows of its own body.
pub fn hash_body(body: &crate::render::markdown::Rendered) -> u64 {
    let mut hasher = DefaultHasher::new();
    (&body.html, body.headings.len()).hash(&mut hasher);
    for heading in &body.headings {
        (heading.level, &heading.id, &heading.text, &heading.html).hash(&mut hasher);
    }
    // The page's own cards are shown by its template, outside the body's HTML.
    body.cards.as_ref().map(|c| serde_json::to_string(c).unwrap_or_default()).hash(&mut hasher);
    hasher.finish()
}

/// What the fingerprints of many routes share.
pub(super) struct Shared {
    /// Per language: `site`, `menus` and its home's summary.
    language: HashMap<Lang, u64>,
    /// Per language: the site tree of `site_tree()`.
    tree: HashMap<Lang, u64>,
    /// Every page's summary, in order: the sitemap.
    all_pages: u64,
    aliases: u64,
    /// Per page, whether it is a section with a feed.
    has_feed: Vec<bool>,
    /// The URL paths of the pages whose templates called `site_tree()`.
    site_tree_callers: HashSet<String>,
}

impl Site {
    /// The fingerprint of every route, in the route table's order.
    pub(super) fn fingerprints(&self, shared: &Shared) -> Vec<u64> {
        let routes: Vec<&Route> = self.derived.routes.iter().map(|(_, route)| route).collect();
        routes.par_iter().map(|route| self.fingerprint(route, shared)).collect()
    }

    /// What many routes share, hashed once per plan.
    pub(super) fn shared_hashes(&self) -> Shared {
        let mut language = HashMap::new();
        let mut tree = HashMap::new();
        for lang in self.model.config.languages.keys() {
            let mut hasher = DefaultHasher::new();
            self.derived.values.site.get(lang).map(|v| v.to_string()).hash(&mut hasher);
            self.derived.values.menus.get(lang).map(|v| v.to_string()).hash(&mut hasher);
            self.derived.values.data.get(lang).map(|v| v.to_string()).hash(&mut hasher);
            self.model.tree.home(lang).map(|h| self.derived.summary_hashes[h]).hash(&mut hasher);
            language.insert(lang.clone(), hasher.finish());
            let mut hasher = DefaultHasher::new();
            if let Some(home) = self.model.tree.home(lang) {
                self.hash_subtree(home, &mut hasher);
            }
            tree.insert(lang.clone(), hasher.finish());
        }
        let mut hasher = DefaultHasher::new();
        self.derived.summary_hashes.hash(&mut hasher);
        let all_pages = hasher.finish();
        let mut hasher = DefaultHasher::new();
        for alias in &self.model.aliases {
            (&alias.path, &self.model.content.pages[alias.target].url).hash(&mut hasher);
        }
        let mut has_feed = vec![false; self.model.content.pages.len()];
        for &section in &self.derived.values.feed_sections {
            has_feed[section] = true;
        }
        let base = self.model.config.base_url.as_str();
        let site_tree_callers = self
            .model
            .theme
            .templates
            .site_tree_callers()
            .into_iter()
            .filter_map(|canonical| canonical.strip_prefix(base).map(str::to_string))
            .collect();
        Shared { language, tree, all_pages, aliases: hasher.finish(), has_feed, site_tree_callers }
    }

    fn hash_subtree(&self, id: PageId, hasher: &mut DefaultHasher) {
        let page = &self.model.content.pages[id];
        (page.breadcrumb(), &page.url).hash(hasher);
        let children = self.model.tree.children(id);
        children.len().hash(hasher);
        for &child in children {
            self.hash_subtree(child, hasher);
        }
    }

    pub(super) fn fingerprint(&self, route: &Route, shared: &Shared) -> u64 {
        let mut hasher = DefaultHasher::new();
        // The kind of producer, never its index: indexes shift when pages come and go.
        std::mem::discriminant(&route.producer).hash(&mut hasher);
        let language = |lang: &str| shared.language.get(lang).copied();
        match &route.producer {
            Producer::Page(id) => self.hash_page(*id, shared, &mut hasher),
            Producer::Alias(index) => {
                let alias = &self.model.aliases[*index];
                let target = &self.model.content.pages[alias.target];
                (&alias.path, self.derived.summary_hashes[alias.target], language(&target.lang)).hash(&mut hasher);
            }
            Producer::Asset(index) | Producer::Captions(index) => {
                let asset = &self.model.content.assets[*index];
                // A picture's own file is whole only when a page links to it.
                (&asset.source, &asset.url, self.derived.images.linked.contains(index)).hash(&mut hasher);
            }
            Producer::ImageVariant(index, variant) => {
                (&self.model.content.assets[*index].source, variant).hash(&mut hasher);
            }
            Producer::Static(index) => {
                let file = &self.model.theme.static_files[*index];
                (&file.name, &file.contents).hash(&mut hasher);
            }
            Producer::Generated(generated) => match generated {
                Generated::Chooser | Generated::RootNotFound => {
                    language(&self.model.config.default_language).hash(&mut hasher)
                }
                Generated::NotFound(lang) => language(lang).hash(&mut hasher),
                Generated::Sitemap => shared.all_pages.hash(&mut hasher),
                Generated::Feed(section) => {
                    self.derived.summary_hashes[*section].hash(&mut hasher);
                    for &child in self.model.tree.children(*section) {
                        self.derived.summary_hashes[child].hash(&mut hasher);
                    }
                }
                Generated::NetlifyRedirects | Generated::NginxRedirects => shared.aliases.hash(&mut hasher),
                Generated::Robots | Generated::SearchIndex | Generated::Marker => {}
            },
        }
        hasher.finish()
    }

    /// Everything `templates::page_context` puts into a page's context.
    fn hash_page(&self, id: PageId, shared: &Shared, hasher: &mut DefaultHasher) {
        let pages = &self.model.content.pages;
        let page = &pages[id];
        (self.derived.body_hashes[id], self.derived.summary_hashes[id], page.template(), page.front.search)
            .hash(hasher);
        (page.front.lead, page.front.toc).hash(hasher);
        let parent = self.model.tree.parent(id);
        parent.map(|p| self.derived.summary_hashes[p]).hash(hasher);
        for &child in self.model.tree.children(id) {
            self.derived.summary_hashes[child].hash(hasher);
        }
        // Its topics' links, and a topic page's list, in order.
        for list in [self.derived.values.topics.of_page(id), self.derived.values.topics.listed(id)] {
            list.len().hash(hasher);
            for &other in list {
                self.derived.summary_hashes[other].hash(hasher);
            }
        }
        let mut ancestor = parent;
        while let Some(a) = ancestor {
            self.derived.summary_hashes[a].hash(hasher);
            ancestor = self.model.tree.parent(a);
        }
        for lang in self.model.config.language_codes() {
            self.model.tree.translation(pages, id, lang).map(|t| self.derived.summary_hashes[t]).hash(hasher);
            self.model
                .tree
                .switch_target(pages, id, lang)
                .map(|t| (self.derived.summary_hashes[t.page], t.exact))
                .hash(hasher);
        }
        // The feed link: its own section's feed, or its parent's.
        let section = if page.kind == PageKind::Leaf { parent } else { Some(id) };
        section.filter(|&s| shared.has_feed[s]).map(|s| &pages[s].url).hash(hasher);
        shared.language.get(&page.lang).hash(hasher);
        if shared.site_tree_callers.contains(&page.url) {
            shared.tree.get(&page.lang).hash(hasher);
        }
    }
}
