//! Fingerprints: for every route, one hash of everything its output is made from (its page's
//! body and summary, the summaries of the pages it shows, its language's shared values). A
//! file whose fingerprint did not change since it was written is the same file, so `serve`
//! renders exactly the routes whose fingerprints changed, and needs no list of which edit
//! affects which page.

use crate::load::page::PageId;
use crate::render::templates::PageSummary;
use crate::site::routes::{Generated, OutputPath, Producer, Route};
use crate::site::Site;
use rayon::prelude::*;
use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// A hash of what templates see of a page in other pages.
pub fn hash_summary(summary: &PageSummary) -> u64 {
    let mut hasher = DefaultHasher::new();
    // Serialising covers every field, including ones added later.
    serde_json::to_string(summary).unwrap_or_default().hash(&mut hasher);
    hasher.finish()
}

/// The values shared by the pages of one language.
struct Shared {
    /// Per language: `site`, `menus` and its home's summary.
    language: HashMap<String, u64>,
    /// Per language: the site tree of `site_tree()`.
    tree: HashMap<String, u64>,
    /// Every page's summary, in order: the sitemap.
    all_pages: u64,
    aliases: u64,
}

impl Site {
    /// The fingerprint of every route.
    pub fn fingerprints(&self) -> HashMap<OutputPath, u64> {
        let shared = self.shared_hashes();
        let routes: Vec<(&OutputPath, &Route)> = self.routes.iter().collect();
        routes.par_iter().map(|(path, route)| ((*path).clone(), self.fingerprint(route, &shared))).collect()
    }

    fn shared_hashes(&self) -> Shared {
        let mut language = HashMap::new();
        let mut tree = HashMap::new();
        for lang in self.config.language_codes() {
            let mut hasher = DefaultHasher::new();
            self.values.site.get(lang).map(|v| v.to_string()).hash(&mut hasher);
            self.values.menus.get(lang).map(|v| v.to_string()).hash(&mut hasher);
            self.tree.home(lang).map(|h| self.summary_hashes[h]).hash(&mut hasher);
            language.insert(lang.to_string(), hasher.finish());
            let mut hasher = DefaultHasher::new();
            if let Some(home) = self.tree.home(lang) {
                self.hash_subtree(home, &mut hasher);
            }
            tree.insert(lang.to_string(), hasher.finish());
        }
        let mut hasher = DefaultHasher::new();
        self.summary_hashes.hash(&mut hasher);
        let all_pages = hasher.finish();
        let mut hasher = DefaultHasher::new();
        for alias in &self.aliases {
            (&alias.path, &self.content.pages[alias.target].url).hash(&mut hasher);
        }
        Shared { language, tree, all_pages, aliases: hasher.finish() }
    }

    fn hash_subtree(&self, id: PageId, hasher: &mut DefaultHasher) {
        let page = &self.content.pages[id];
        (page.breadcrumb(), &page.url).hash(hasher);
        let children = self.tree.children(id);
        children.len().hash(hasher);
        for &child in children {
            self.hash_subtree(child, hasher);
        }
    }

    fn fingerprint(&self, route: &Route, shared: &Shared) -> u64 {
        let mut hasher = DefaultHasher::new();
        route.producer.hash(&mut hasher);
        let language = |lang: &str| shared.language.get(lang).copied();
        match &route.producer {
            Producer::Page(id) => self.hash_page(*id, shared, &mut hasher),
            Producer::Alias(index) => {
                let alias = &self.aliases[*index];
                let target = &self.content.pages[alias.target];
                (&alias.path, self.summary_hashes[alias.target], language(&target.lang)).hash(&mut hasher);
            }
            Producer::Asset(index) => {
                let asset = &self.content.assets[*index];
                (&asset.source, &asset.url).hash(&mut hasher);
            }
            Producer::Static(index) => {
                let file = &self.theme.static_files[*index];
                (&file.name, &file.contents).hash(&mut hasher);
            }
            Producer::Generated(generated) => match generated {
                Generated::Chooser | Generated::RootNotFound => {
                    language(&self.config.default_language).hash(&mut hasher)
                }
                Generated::NotFound(lang) => language(lang).hash(&mut hasher),
                Generated::Sitemap => shared.all_pages.hash(&mut hasher),
                Generated::Feed(section) => {
                    self.summary_hashes[*section].hash(&mut hasher);
                    for &child in self.tree.children(*section) {
                        self.summary_hashes[child].hash(&mut hasher);
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
        let pages = &self.content.pages;
        let page = &pages[id];
        let body = &self.bodies[id];
        (&body.html, body.headings.len()).hash(hasher);
        for heading in &body.headings {
            (heading.level, &heading.id, &heading.text).hash(hasher);
        }
        (self.summary_hashes[id], page.template(), page.front.search).hash(hasher);
        self.tree.parent(id).map(|p| self.summary_hashes[p]).hash(hasher);
        for &child in self.tree.children(id) {
            self.summary_hashes[child].hash(hasher);
        }
        for ancestor in self.tree.ancestors(id) {
            self.summary_hashes[ancestor].hash(hasher);
        }
        for lang in self.config.language_codes() {
            self.tree.translation(pages, id, lang).map(|t| self.summary_hashes[t]).hash(hasher);
            self.tree.switch_target(pages, id, lang).map(|t| (self.summary_hashes[t.page], t.exact)).hash(hasher);
        }
        crate::publish::feeds::feed_url_for(pages, &self.tree, &self.values.feed_sections, id).hash(hasher);
        shared.language.get(&page.lang).hash(hasher);
        if self.theme.templates.calls_site_tree(&self.config.permalink(&page.url)) {
            shared.tree.get(&page.lang).hash(hasher);
        }
    }
}
