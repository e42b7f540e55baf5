//! The loaded site: settings, theme, pages and everything derived from them, in memory.
//! `Site::load` runs every step before writing; `Site::apply` (in `update`) is the one place
//! that changes a loaded site; `Site::render` produces the files of the route table. Fields
//! are private: the rest of loket reads a site through its accessors.

pub mod findings;
pub mod fingerprints;
pub mod links;
pub mod outputs;
pub mod progress;
pub mod routes;
pub mod summaries;
pub mod timings;
pub mod update;

use crate::checks;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::config::SiteConfig;
use crate::load::content::{self, Content, LoadOptions};
use crate::load::data::SiteData;
use crate::load::page::{Page, PageId};
use crate::load::tree::PageTree;
use crate::publish::feeds;
use crate::render::markdown::{self, LinkContext, Rendered};
use crate::render::templates::{self, SiteValues};
use crate::render::Theme;
use findings::Findings;
use indexmap::IndexMap;
use progress::Progress;
use rayon::prelude::*;
use routes::{Alias, OutputPath, Routes, Sources};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
pub use update::{Change, Plan};
use update::{Kept, KeptPage};

/// How a site is loaded.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    pub root: PathBuf,
    pub drafts: bool,
    /// Replaces `base_url` of `site.yaml` (for previews and staging hosts).
    pub base_url: Option<String>,
    /// Keep each body's plain text for the search index (only `build` with search reads it).
    pub search_text: bool,
    /// Keep each page's Markdown once its body is rendered: `serve` renders bodies again as
    /// files change; a one-off build or check does not, and keeps only the front matter.
    pub keep_sources: bool,
}

impl SiteOptions {
    /// The site in `root`, without drafts, keeping everything `serve` needs.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        SiteOptions { root: root.into(), drafts: false, base_url: None, search_text: false, keep_sources: true }
    }
}

pub struct Site {
    options: SiteOptions,
    config: SiteConfig,
    theme: Theme,
    /// The shared values of `data/`.
    data: SiteData,
    content: Content,
    tree: PageTree,
    /// Asset URL by path below `content/`.
    asset_urls: HashMap<String, String>,
    /// Per page, its Markdown as HTML.
    bodies: Vec<Rendered>,
    aliases: Vec<Alias>,
    routes: Routes,
    values: SiteValues,
    /// Per page, a hash of its body (HTML and headings).
    body_hashes: Vec<u64>,
    /// Per page, a hash of its summary: what other pages show of it.
    summary_hashes: Vec<u64>,
    /// The level of every editor check, from site.yaml and the pages' front matter.
    policy: checks::Policy,
    /// Per page, the plain-language numbers its checks judged (for `loket status`).
    plain_metrics: Vec<checks::plain_language::PageMetrics>,
    findings: Findings,
    /// The fingerprint of every file as it was last written (see `fingerprints`).
    published: HashMap<OutputPath, u64>,
    /// The fingerprint of every route, as last computed.
    current: HashMap<OutputPath, u64>,
    /// The routes whose files are not as `current` says (not written yet, or failed).
    unpublished: std::collections::BTreeSet<OutputPath>,
    /// Set by an update that changed only the bodies of these pages: nothing other pages
    /// show of them, so only their own fingerprints can have changed.
    edited_bodies: Option<Vec<PageId>>,
    /// The shared part of the fingerprints, as last computed.
    shared: Option<fingerprints::Shared>,
    /// How long each step took (`--timings`).
    timings: timings::Timings,
    /// The bars of the counted steps (hidden unless the command line shows them).
    progress: Progress,
}

impl Site {
    /// Runs every step before writing. `Err` when the settings, UI strings or templates cannot
    /// be used (with every finding so far); otherwise the findings are in `findings()`.
    pub fn load(options: &SiteOptions) -> Result<Site, Diagnostics> {
        Site::load_with_progress(options, &Progress::hidden())
    }

    /// Like `load`, with a bar for each counted step of this site (also `render`).
    pub fn load_with_progress(options: &SiteOptions, progress: &Progress) -> Result<Site, Diagnostics> {
        let root = &options.root;
        let mut timings = timings::Timings::default();
        let mut config = timings.step("read", || SiteConfig::load(root))?;
        if let Some(base_url) = &options.base_url {
            config.base_url = base_url.trim_end_matches('/').to_string();
        }
        let mut findings = Findings::default();
        let (data, data_problems) = timings.step("data", || SiteData::load(root, &config));
        findings.setup.extend(data_problems);
        let (content, content_problems) = timings.step("read", || {
            content::load(root, &config, &LoadOptions { include_drafts: options.drafts, progress: progress.clone() })
        });
        findings.structure.extend(content_problems);
        let mut theme = match timings.step("theme", || Theme::load(root, &config, &mut findings.setup)) {
            Ok(theme) => theme,
            Err(problems) => {
                let mut all = findings.all();
                all.extend(problems);
                return Err(all);
            }
        };
        crate::render::components::register_data(theme.templates.shortcodes_mut(), &data);
        let mut site = Site {
            options: options.clone(),
            config,
            theme,
            data,
            content,
            tree: PageTree::default(),
            asset_urls: HashMap::new(),
            bodies: Vec::new(),
            aliases: Vec::new(),
            routes: Routes::default(),
            values: SiteValues::default(),
            body_hashes: Vec::new(),
            summary_hashes: Vec::new(),
            policy: checks::Policy::default(),
            plain_metrics: Vec::new(),
            findings,
            published: HashMap::new(),
            current: HashMap::new(),
            unpublished: Default::default(),
            edited_bodies: None,
            shared: None,
            timings,
            progress: progress.clone(),
        };
        site.add_topic_pages();
        site.derive(Kept::default());
        let started = std::time::Instant::now();
        site.findings.theme_checks = checks::fluent_checks(&site.options.root, &site.theme.locales, &site.policy);
        site.timings.add("checks", started.elapsed());
        Ok(site)
    }

    /// The topic pages of site.yaml after the content pages (so ids of content pages do not
    /// depend on them), and the check of every page's `topics`.
    fn add_topic_pages(&mut self) {
        let (pages, problems) = crate::load::topics::pages(&self.config, &self.theme.locales);
        self.findings.structure.extend(problems);
        self.findings.structure.extend(crate::load::topics::check(&self.config, &self.content.pages));
        self.content.pages.extend(pages);
    }

    /// What a page's Markdown is rendered against: the other pages, files and strings.
    fn link_context(&self) -> LinkContext<'_> {
        LinkContext {
            pages: &self.content.pages,
            tree: &self.tree,
            assets: &self.asset_urls,
            drafts: &self.content.drafts,
            locales: &self.theme.locales,
            root: &self.options.root,
            templates: &self.theme.templates,
            plain_text: self.options.search_text,
        }
    }

    /// Everything derived from the pages: tree, Markdown, aliases, routes, links, summaries,
    /// values and checks. `kept` holds what a reload keeps of pages whose files did not
    /// change; it is reused where nothing it depends on changed.
    fn derive(&mut self, mut kept: Kept) {
        let started = std::time::Instant::now();
        let (tree, tree_problems) = PageTree::build(&self.content.pages, &self.config);
        self.tree = tree;
        self.findings.structure.extend(tree_problems);
        self.asset_urls = self.content.assets.iter().map(|a| (a.content_path.clone(), a.url.clone())).collect();
        self.timings.add("tree", started.elapsed());
        let started = std::time::Instant::now();
        self.check_assets(std::mem::take(&mut kept.assets));
        self.timings.add("files", started.elapsed());
        let started = std::time::Instant::now();
        let reused: Vec<Option<KeptPage>> =
            self.content.pages.iter().map(|page| kept.pages.remove(&page.source)).collect();
        let links = self.link_context();
        let changed = &kept.changed_paths;
        let bar = self.progress.step("markdown", reused.len());
        let bodies: Vec<(Rendered, Diagnostics, u64, Option<KeptPage>)> = reused
            .into_par_iter()
            .enumerate()
            .map(|(id, kept)| match kept {
                Some(mut k) if !k.body.depends_on.iter().any(|path| changed.contains(path)) => {
                    let body = std::mem::take(&mut k.body);
                    let found = std::mem::take(&mut k.markdown);
                    (body, found, k.body_hash, Some(k))
                }
                kept => {
                    let (body, found) = markdown::render(PageId::new(id), &links);
                    let hash = fingerprints::hash_body(&body);
                    (body, found, hash, kept)
                }
            })
            .inspect(|_| bar.inc(1))
            .collect();
        bar.finish();
        let mut reused = Vec::with_capacity(bodies.len());
        self.bodies = Vec::with_capacity(bodies.len());
        self.body_hashes = Vec::with_capacity(bodies.len());
        self.findings.markdown = Vec::with_capacity(bodies.len());
        for (body, found, hash, kept) in bodies {
            self.bodies.push(body);
            self.findings.markdown.push(found);
            self.body_hashes.push(hash);
            reused.push(kept);
        }
        if !self.options.keep_sources {
            // Only the front matter is read again (for positions in findings).
            for page in &mut self.content.pages {
                page.text.truncate(page.body_offset);
                page.text.shrink_to_fit();
            }
        }
        self.timings.add("markdown", started.elapsed());
        let started = std::time::Instant::now();
        self.aliases = routes::collect_aliases(&self.content.pages, &mut self.findings.structure);
        self.rebuild_routes();
        self.check_links();
        self.timings.add("routes", started.elapsed());
        let started = std::time::Instant::now();
        self.refresh_policy();
        self.apply_check_levels();
        self.plain_metrics = self.bodies.iter().map(|body| body.plain_language).collect();
        self.timings.add("checks", started.elapsed());
        let started = std::time::Instant::now();
        self.summarize_all(reused);
        self.timings.add("summaries", started.elapsed());
        let started = std::time::Instant::now();
        self.run_translation_checks();
        self.timings.add("checks", started.elapsed());
    }

    /// Whether each file next to pages may be published (only SVG files are read); the
    /// findings of files that did not change are in `kept`.
    fn check_assets(&mut self, mut kept: HashMap<PathBuf, Vec<Diagnostic>>) {
        let root = &self.options.root;
        let reused: Vec<Option<Vec<Diagnostic>>> =
            self.content.assets.iter().map(|asset| kept.remove(&asset.source)).collect();
        self.findings.assets = self
            .content
            .assets
            .par_iter()
            .zip(reused)
            .map(|(asset, kept)| kept.unwrap_or_else(|| checks::files::check_asset(root, asset)))
            .collect();
    }

    /// The route table again, after pages, aliases, assets or feed sections changed.
    fn rebuild_routes(&mut self) {
        let feed_sections = feeds::feed_sections(&self.content.pages, &self.tree);
        let (routes, problems) = Routes::build(&Sources {
            config: &self.config,
            pages: &self.content.pages,
            tree: &self.tree,
            aliases: &self.aliases,
            assets: &self.content.assets,
            static_files: &self.theme.static_files,
            feed_sections: &feed_sections,
        });
        self.routes = routes;
        self.findings.routes = problems;
    }

    fn link_sources(&self) -> links::LinkSources<'_> {
        links::LinkSources { pages: &self.content.pages, tree: &self.tree, bodies: &self.bodies, routes: &self.routes }
    }

    fn check_links(&mut self) {
        self.findings.links = links::check_links(&self.link_sources());
    }

    /// The links of these pages only (their bodies changed, no heading others link to).
    fn check_links_of(&mut self, pages: &[PageId]) {
        for &id in pages {
            let found = links::check_page_links(&self.link_sources(), id);
            self.findings.links[id] = found;
        }
    }

    /// The findings of every page's own checks (made with its Markdown) at their levels.
    fn apply_check_levels(&mut self) {
        let policy = &self.policy;
        self.findings.page_checks =
            self.bodies.par_iter().map(|body| checks::page_checks(&body.check_findings, policy)).collect();
    }

    /// The check levels of site.yaml and of every page's `checks`.
    fn refresh_policy(&mut self) {
        let (policy, problems) = checks::Policy::new(&self.config, &self.content.pages);
        self.policy = policy;
        self.findings.policy = problems;
    }

    /// Missing and stale translations: hash lookups over the pages.
    fn run_translation_checks(&mut self) {
        let input = checks::Input {
            root: &self.options.root,
            config: &self.config,
            pages: &self.content.pages,
            tree: &self.tree,
            locales: Some(&self.theme.locales),
        };
        self.findings.translations = checks::translation_checks(&input, &self.policy);
    }

    /// Summaries of every page (parallel; a kept page without an image keeps its own), then
    /// the values every page context shares.
    fn summarize_all(&mut self, kept: Vec<Option<KeptPage>>) {
        let sources = self.summary_sources();
        let results: Vec<(tera::Value, u64, Diagnostics)> = self
            .content
            .pages
            .par_iter()
            .zip(kept)
            .map(|(page, kept)| match kept.and_then(|k| k.summary).filter(|_| page.front.image.is_none()) {
                Some(summary) => summary,
                None => {
                    let (summary, found) = summaries::summarize(&sources, page);
                    let hash = fingerprints::hash_summary(&summary);
                    (tera::Value::from_serializable(&summary), hash, found.into_iter().collect())
                }
            })
            .collect();
        let mut values = Vec::with_capacity(results.len());
        self.summary_hashes = Vec::with_capacity(results.len());
        self.findings.summaries = Vec::with_capacity(results.len());
        for (value, hash, found) in results {
            values.push(value);
            self.summary_hashes.push(hash);
            self.findings.summaries.push(found);
        }
        self.values = SiteValues::new(&self.config, &self.content.pages, &self.tree, values);
        self.values.data = self.config.language_codes().map(|l| (l.to_string(), self.data.template_value(l))).collect();
        self.update_site_trees();
    }

    fn summary_sources(&self) -> summaries::SummarySources<'_> {
        summaries::SummarySources {
            config: &self.config,
            assets: &self.asset_urls,
            routes: &self.routes,
            locales: &self.theme.locales,
        }
    }

    fn update_site_trees(&self) {
        self.theme.templates.set_site_trees(templates::site_trees(&self.config, &self.content.pages, &self.tree));
    }

    pub fn options(&self) -> &SiteOptions {
        &self.options
    }

    pub fn root(&self) -> &Path {
        &self.options.root
    }

    pub fn config(&self) -> &SiteConfig {
        &self.config
    }

    pub fn pages(&self) -> &[Page] {
        &self.content.pages
    }

    /// The shared values of `data/` (for the `data` shortcode).
    pub fn data(&self) -> &SiteData {
        &self.data
    }

    pub fn tree(&self) -> &PageTree {
        &self.tree
    }

    /// Which pages name which topics, and what each topic page lists.
    pub fn topics(&self) -> &crate::load::topics::TopicIndex {
        &self.values.topics
    }

    pub fn bodies(&self) -> &[Rendered] {
        &self.bodies
    }

    pub fn routes(&self) -> &Routes {
        &self.routes
    }

    pub fn findings(&self) -> &Findings {
        &self.findings
    }

    /// The level of every editor check, from site.yaml and the pages' front matter.
    pub fn policy(&self) -> &checks::Policy {
        &self.policy
    }

    /// Per page (by `PageId`), the plain-language numbers its checks judged.
    pub fn plain_language(&self) -> &[checks::plain_language::PageMetrics] {
        &self.plain_metrics
    }

    /// The page whose Markdown file is `path` (absolute, or as joined onto the site root).
    pub fn page_of_file(&self, path: &Path) -> Option<PageId> {
        let below = path.strip_prefix(self.options.root.join(content::CONTENT_DIR)).ok()?;
        let key: Vec<String> = below.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        self.tree.by_content_path(&key.join("/"))
    }

    /// Pages per language, in the configured order.
    pub fn page_counts(&self) -> IndexMap<String, usize> {
        let mut counts: IndexMap<String, usize> = self.config.language_codes().map(|l| (l.to_string(), 0)).collect();
        for page in self.pages() {
            *counts.entry(page.lang.clone()).or_default() += 1;
        }
        counts
    }

    /// Records the findings of rendering and writing some files, replacing earlier ones of
    /// the same files.
    pub fn record_outputs(&mut self, results: Vec<(OutputPath, Vec<Diagnostic>)>) {
        for (path, found) in results {
            if found.is_empty() {
                self.findings.outputs.remove(&path);
            } else {
                self.findings.outputs.insert(path, found);
            }
        }
        let routes = &self.routes;
        self.findings.outputs.retain(|path, _| routes.get(path).is_some());
    }

    /// How long each step took so far.
    pub fn timings(&self) -> &timings::Timings {
        &self.timings
    }

    pub fn record_search(&mut self, found: Vec<Diagnostic>) {
        self.findings.search = found;
    }
}
