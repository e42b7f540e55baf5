//! The loaded site: settings, theme, pages and everything derived from them, in memory, in
//! parts of their own: the model (`model`), what is derived from it (`derived`), the
//! findings by step (`findings_by_step`) and the publish ledger (`ledger`).
//! `Site::load` runs every step before writing, keeping every body (for `serve`);
//! `Site::load_streaming` (one-off builds and checks) makes each page's own file as its body
//! is made and keeps no HTML; `Site::render` produces files of the route table into a `Sink`
//! (`producers`) and gives a `Receipt`; `Site::apply` (in `update`) is the one place that
//! changes a loaded site: changed files or a receipt go in, the site and its `Plan` come
//! out. Fields are private: the rest of loket reads a site through its accessors.

mod derived;
pub mod findings_by_step;
pub mod fingerprints;
pub mod images;
mod ledger;
pub mod links;
mod model;
pub mod page_change;
pub mod producers;
pub mod routes;
pub mod summaries;
pub mod timings;
pub mod update;

use crate::checks;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::lang::Lang;
use crate::load::config::SiteConfig;
use crate::load::content::{self, LoadOptions};
use crate::load::data::SiteData;
use crate::load::page::{Page, PageId};
use crate::load::tree::PageTree;
use crate::progress::Progress;
use crate::render::feeds;
use crate::render::markdown::{self, LinkContext, RawHtml, Rendered};
use crate::render::templates;
use crate::render::Theme;
use derived::Derived;
use findings_by_step::Findings;
use indexmap::IndexMap;
use ledger::Ledger;
pub use ledger::{Plan, Receipt};
use model::Model;
use producers::PageFiles;
use rayon::prelude::*;
use routes::{OutputPath, Routes, Sources};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
pub use update::{Change, Update};
use update::{Kept, KeptPage};

/// Pages whose bodies are made at a time (see `make_bodies`).
const BODY_BATCH: usize = 1024;

/// One page's body as `make_bodies` made it: its findings, what its checks found, its hash
/// and, when streamed, its own file's path and the findings of rendering it.
struct MadeBody {
    body: Rendered,
    found: Diagnostics,
    checked: Vec<Diagnostic>,
    metrics: checks::plain_language::PageMetrics,
    hash: u64,
    file: Option<(OutputPath, Vec<Diagnostic>)>,
}

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

/// A loaded site. Its state is in parts of their own, each changed only by `Site::apply`
/// (and by the load that makes it).
pub struct Site {
    /// How it was loaded: its folder, drafts, and what is kept for updates (mode).
    options: SiteOptions,
    /// What was read: settings, theme, `data/`, pages, tree, assets, aliases.
    model: Model,
    /// What is computed from the model: bodies, routes, shared values, hashes, check levels.
    derived: Derived,
    /// Every finding, by the step that made it.
    findings: Findings,
    /// What the output folder holds, by route fingerprint, for `serve`'s plans.
    ledger: Ledger,
    /// The pages' own files were rendered while their bodies were made (`load_streaming`),
    /// and their HTML is not held (mode).
    pages_rendered: bool,
    /// How long each step took (`--timings`).
    timings: timings::Timings,
    /// The bars of the counted steps (hidden unless the command line shows them).
    progress: Progress,
    /// Picture variants made before (`.loket-cache/images/`), shared by builds and `serve`.
    image_cache: crate::images::Cache,
}

/// Page `id`'s body, parsed once: checked (the only place editor rules are reported), then
/// rendered from the same events; with the findings of rendering it and what its checks found.
fn make_body(id: PageId, links: &LinkContext<'_>, config: &SiteConfig) -> (Rendered, Diagnostics, checks::PageChecks) {
    let page = &links.pages[id];
    let source = crate::markdown::Source::new(page.body());
    let parsed = source.parse(page, &links.targets());
    let call_texts = parsed
        .shortcodes
        .map(|prepared| crate::render::shortcodes::inline_texts(prepared, links, page))
        .unwrap_or_default();
    let mut checked = checks::check_page(page, &parsed, &call_texts, config.plain_language_limits(page.lang.as_str()));
    let raw_html = if checked.refuses_raw_html { RawHtml::Refused } else { RawHtml::Allowed };
    let (body, found) = markdown::render(id, parsed, raw_html, links);
    checks::check_rendered(page, &body.problems, &mut checked.found);
    (body, found, checked)
}

impl Site {
    /// Runs every step before writing. `Err` when the settings, UI strings or templates cannot
    /// be used (with every finding so far); otherwise the findings are in `findings()`.
    pub fn load(options: &SiteOptions) -> Result<Site, Diagnostics> {
        Site::load_with_progress(options, &Progress::hidden())
    }

    /// Like `load`, with a bar for each counted step of this site (also `render`).
    pub fn load_with_progress(options: &SiteOptions, progress: &Progress) -> Result<Site, Diagnostics> {
        Site::load_inner(options, progress, None)
    }

    /// For a one-off build or check: like `load_with_progress`, and renders each page's own
    /// file as soon as its body is made (writing it to `files.out`, when given), so that no
    /// page's HTML is held. `routes_to_render` then leaves those files out; `serve` cannot
    /// use such a site.
    pub fn load_streaming(
        options: &SiteOptions,
        progress: &Progress,
        files: PageFiles<'_>,
    ) -> Result<Site, Diagnostics> {
        Site::load_inner(options, progress, Some(files))
    }

    fn load_inner(
        options: &SiteOptions,
        progress: &Progress,
        stream: Option<PageFiles<'_>>,
    ) -> Result<Site, Diagnostics> {
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
        crate::render::builtin_shortcodes::register_data(theme.templates.shortcodes_mut(), &data);
        findings.setup.extend(timings.step("files", || images::check_static(&theme.static_files, &config.images)));
        let model = Model {
            config,
            theme,
            data,
            content,
            tree: PageTree::default(),
            asset_urls: HashMap::new(),
            aliases: Vec::new(),
        };
        let mut site = Site {
            options: options.clone(),
            model,
            derived: Derived::default(),
            findings,
            ledger: Ledger::default(),
            pages_rendered: false,
            timings,
            progress: progress.clone(),
            image_cache: crate::images::Cache::new(&options.root),
        };
        site.add_topic_pages();
        site.derive(Kept::default(), stream);
        let started = std::time::Instant::now();
        site.findings.theme_checks =
            checks::fluent_checks(&site.options.root, &site.model.theme.locales, &site.derived.policy);
        site.timings.add("checks", started.elapsed());
        Ok(site)
    }

    /// The topic pages of site.yaml after the content pages (so ids of content pages do not
    /// depend on them), and the check of every page's `topics`.
    fn add_topic_pages(&mut self) {
        let (pages, problems) = crate::load::topics::pages(&self.model.config, &self.model.theme.locales);
        self.findings.structure.extend(problems);
        self.findings.structure.extend(crate::load::topics::check(&self.model.config, &self.model.content.pages));
        self.model.content.pages.extend(pages);
    }

    /// Whether body and summary fingerprints are computed: they are for updates (`serve`),
    /// and a site that drops its sources is never updated.
    fn keeps_fingerprints(&self) -> bool {
        self.options.keep_sources
    }

    /// What a page's Markdown is rendered against: the other pages, files and strings.
    fn link_context(&self) -> LinkContext<'_> {
        LinkContext {
            pages: &self.model.content.pages,
            tree: &self.model.tree,
            assets: &self.model.asset_urls,
            pictures: &self.derived.images.pictures,
            drafts: &self.model.content.drafts,
            locales: &self.model.theme.locales,
            root: &self.options.root,
            templates: &self.model.theme.templates,
            config: &self.model.config,
            plain_text: self.options.search_text,
        }
    }

    /// Everything derived from the pages: tree, aliases, routes, summaries, values, Markdown,
    /// links and checks. `kept` holds what a reload keeps of pages whose files did not
    /// change; it is reused where nothing it depends on changed. `stream`: see
    /// `load_streaming`.
    fn derive(&mut self, mut kept: Kept, stream: Option<PageFiles<'_>>) {
        let started = std::time::Instant::now();
        let (tree, tree_problems) =
            PageTree::build_with_failed(&self.model.content.pages, &self.model.content.failed, &self.model.config);
        self.model.tree = tree;
        self.findings.structure.extend(tree_problems);
        self.findings.structure.extend(crate::load::groups::check(&self.model.content.pages, &self.model.tree));
        self.model.asset_urls =
            self.model.content.assets.iter().map(|a| (a.content_path.clone(), a.url.clone())).collect();
        self.timings.add("tree", started.elapsed());
        let started = std::time::Instant::now();
        self.check_assets(std::mem::take(&mut kept.assets), std::mem::take(&mut kept.images));
        self.timings.add("files", started.elapsed());
        let mut reused: Vec<Option<Box<KeptPage>>> =
            self.model.content.pages.iter().map(|page| kept.pages.remove(&page.source)).collect();
        // Routes, check levels, summaries and translations read front matter only, so they
        // come before the bodies: a streamed page is rendered the moment its body is made.
        let started = std::time::Instant::now();
        self.model.aliases = routes::collect_aliases(&self.model.content.pages, &mut self.findings.structure);
        let old =
            routes::old_addresses(&self.model.config, &self.model.content.pages, &self.model.tree, &self.model.aliases);
        self.model.aliases.extend(old);
        self.refresh_feed_sections();
        self.rebuild_routes();
        self.timings.add("routes", started.elapsed());
        let started = std::time::Instant::now();
        self.refresh_policy();
        self.timings.add("checks", started.elapsed());
        let started = std::time::Instant::now();
        self.summarize_all(&mut reused);
        self.timings.add("summaries", started.elapsed());
        let started = std::time::Instant::now();
        self.run_translation_checks();
        self.timings.add("checks", started.elapsed());

        let started = std::time::Instant::now();
        self.make_bodies(reused, &kept.changed_paths, stream);
        self.find_linked_images();
        self.timings.add(if stream.is_some() { "pages" } else { "markdown" }, started.elapsed());
        let started = std::time::Instant::now();
        self.check_links();
        self.timings.add("routes", started.elapsed());
        let started = std::time::Instant::now();
        self.apply_check_levels();
        self.timings.add("checks", started.elapsed());
    }

    /// Every page's Markdown as HTML, reusing kept bodies whose links found nothing that
    /// changed. With `stream`, each page's own file is rendered (and written) as soon as its
    /// body is made, and its HTML is not kept.
    fn make_bodies(
        &mut self,
        reused: Vec<Option<Box<KeptPage>>>,
        changed: &HashSet<String>,
        stream: Option<PageFiles<'_>>,
    ) {
        let count = reused.len();
        let fingerprinted = self.keeps_fingerprints();
        let page_files = stream.map(|_| self.page_file_paths());
        let bar = self.progress.step(if stream.is_some() { "pages" } else { "markdown" }, count);
        self.derived.bodies = Vec::with_capacity(count);
        self.derived.body_hashes = Vec::with_capacity(count);
        self.findings.markdown = Vec::with_capacity(count);
        self.derived.checked = Vec::with_capacity(count);
        self.derived.plain_metrics = Vec::with_capacity(count);
        let mut written = Vec::new();
        let mut reused = reused.into_iter();
        // In batches, so that a one-off build or check can let go of the Markdown of each
        // batch before the next: the memory it frees is used again for the next bodies.
        for start in (0..count).step_by(BODY_BATCH) {
            let batch: Vec<Option<Box<KeptPage>>> = reused.by_ref().take(BODY_BATCH).collect();
            let links = self.link_context();
            let input = self.page_input();
            let made: Vec<MadeBody> = batch
                .into_par_iter()
                .enumerate()
                .map(|(offset, kept)| {
                    let id = PageId::new(start + offset);
                    let (mut body, found, checked, metrics, hash) = match kept {
                        Some(mut k) if !k.body.depends_on.iter().any(|path| changed.contains(path)) => (
                            std::mem::take(&mut k.body),
                            std::mem::take(&mut k.markdown),
                            std::mem::take(&mut k.checked),
                            k.metrics,
                            k.body_hash,
                        ),
                        _ => {
                            let (body, found, checked) = make_body(id, &links, &self.model.config);
                            let hash = if fingerprinted { fingerprints::hash_body(&body) } else { 0 };
                            (body, found, checked.found, checked.metrics, hash)
                        }
                    };
                    let file = match (stream, page_files.as_ref().and_then(|files| files[id].as_ref())) {
                        (Some(stream), Some(path)) => {
                            let found = self.render_page_file(id, &body, path, &input, stream.out);
                            body.html = String::new();
                            Some((path.clone(), found))
                        }
                        _ => None,
                    };
                    MadeBody { body, found, checked, metrics, hash, file }
                })
                .inspect(|_| bar.inc(1))
                .collect();
            for MadeBody { body, found, checked, metrics, hash, file } in made {
                self.derived.bodies.push(body);
                self.findings.markdown.push(found);
                self.derived.checked.push(checked);
                self.derived.plain_metrics.push(metrics);
                self.derived.body_hashes.push(hash);
                written.extend(file);
            }
            if !self.options.keep_sources {
                // Only the front matter is read again (for positions in findings).
                for page in self.model.content.pages.iter_mut().skip(start).take(BODY_BATCH) {
                    page.text.truncate(page.body_offset);
                    page.text.shrink_to_fit();
                }
            }
        }
        bar.finish();
        self.pages_rendered = stream.is_some();
        self.findings.record_outputs(written, &self.derived.routes);
    }

    /// Whether each file next to pages may be published (SVG files and pictures are read:
    /// a picture's size, GPS position and limits, `site::images`); the findings of files that
    /// did not change, and what was read of their pictures, are in `kept` and `kept_images`.
    fn check_assets(
        &mut self,
        mut kept: HashMap<PathBuf, Vec<Diagnostic>>,
        mut kept_images: HashMap<PathBuf, images::AssetImage>,
    ) {
        let root = &self.options.root;
        let settings = &self.model.config.images;
        let reused: Vec<_> = self
            .model
            .content
            .assets
            .iter()
            .map(|asset| (kept.remove(&asset.source), kept_images.remove(&asset.source)))
            .collect();
        let (found, read): (Vec<Vec<Diagnostic>>, Vec<Option<images::AssetImage>>) = self
            .model
            .content
            .assets
            .par_iter()
            .zip(reused)
            .map(|(asset, kept)| match kept {
                (Some(found), image) => (found, image),
                (None, _) => {
                    let mut found = checks::unsafe_files::check_asset(root, asset);
                    let image =
                        if found.is_empty() { images::inspect_asset(root, asset, settings, &mut found) } else { None };
                    (found, image)
                }
            })
            .unzip();
        self.findings.assets = found;
        self.derived.images = images::SiteImages::new(&self.model.content.assets, read);
    }

    /// The pictures a page links to (a Markdown link, a card's link, a site-absolute link):
    /// their own files are published whole, not only their variants.
    fn find_linked_images(&mut self) {
        let by_url: HashMap<&str, usize> = self
            .model
            .content
            .assets
            .iter()
            .enumerate()
            .filter(|(index, _)| self.derived.images.by_asset.get(*index).is_some_and(Option::is_some))
            .map(|(index, asset)| (asset.url.as_str(), index))
            .collect();
        let mut linked = HashSet::new();
        for body in &self.derived.bodies {
            let relative = body.linked_files.iter().filter_map(|path| self.model.asset_urls.get(path));
            let absolute = body.absolute_links.iter().map(|link| &link.path);
            for url in relative.chain(absolute) {
                let path = url.split(['#', '?']).next().unwrap_or(url);
                linked.extend(by_url.get(path).copied());
            }
        }
        self.derived.images.linked = linked;
    }

    /// The sections with an Atom feed, computed once for the route table and the templates;
    /// whether they changed.
    fn refresh_feed_sections(&mut self) -> bool {
        let sections = feeds::feed_sections(&self.model.content.pages, &self.model.tree);
        let changed = sections != self.derived.values.feed_sections;
        self.derived.values.feed_sections = sections;
        changed
    }

    /// The route table again, after pages, aliases, assets or feed sections changed.
    fn rebuild_routes(&mut self) {
        let (routes, problems) = Routes::build(&Sources {
            config: &self.model.config,
            pages: &self.model.content.pages,
            tree: &self.model.tree,
            aliases: &self.model.aliases,
            assets: &self.model.content.assets,
            variant_urls: &self.derived.images.variant_urls(),
            static_files: &self.model.theme.static_files,
            unread_static: &self.model.theme.unread_static,
            feed_sections: &self.derived.values.feed_sections,
        });
        self.derived.routes = routes;
        self.findings.routes = problems;
    }

    fn link_sources(&self) -> links::LinkSources<'_> {
        links::LinkSources {
            pages: &self.model.content.pages,
            tree: &self.model.tree,
            bodies: &self.derived.bodies,
            routes: &self.derived.routes,
        }
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
        let policy = &self.derived.policy;
        self.findings.page_checks =
            self.derived.checked.par_iter().map(|found| checks::page_checks(found, policy)).collect();
    }

    /// The check levels of site.yaml and of every page's `checks`.
    fn refresh_policy(&mut self) {
        let (policy, problems) = checks::Policy::new(&self.model.config, &self.model.content.pages);
        self.derived.policy = policy;
        self.findings.policy = problems;
    }

    /// Missing and stale translations: hash lookups over the pages.
    fn run_translation_checks(&mut self) {
        let input =
            checks::Input { config: &self.model.config, pages: &self.model.content.pages, tree: &self.model.tree };
        self.findings.translations = checks::translation_checks(&input, &self.derived.policy);
    }

    /// Summaries of every page (parallel; a kept page without an image keeps its own), then
    /// the values every page context shares.
    fn summarize_all(&mut self, kept: &mut [Option<Box<KeptPage>>]) {
        let sources = self.summary_sources();
        let fingerprinted = self.keeps_fingerprints();
        let results: Vec<(templates::PageSummary, u64, Diagnostics)> = self
            .model
            .content
            .pages
            .par_iter()
            .zip(kept.par_iter_mut())
            .map(|(page, kept)| {
                match kept.as_mut().and_then(|k| k.summary.take()).filter(|_| page.front.image.is_none()) {
                    Some(summary) => summary,
                    None => {
                        let (summary, found) = summaries::summarize(&sources, page);
                        let hash = if fingerprinted { fingerprints::hash_summary(&summary) } else { 0 };
                        (summary, hash, found.into_iter().collect())
                    }
                }
            })
            .collect();
        let mut values = Vec::with_capacity(results.len());
        self.derived.summary_hashes = Vec::with_capacity(results.len());
        self.findings.summaries = Vec::with_capacity(results.len());
        for (value, hash, found) in results {
            values.push(value);
            self.derived.summary_hashes.push(hash);
            self.findings.summaries.push(found);
        }
        self.derived.values.summaries = values;
        self.derived.values.refresh(&self.model.config, &self.model.content.pages, &self.model.tree);
        self.derived.values.data =
            self.model.config.languages.keys().map(|l| (l.clone(), self.model.data.template_value(l))).collect();
        self.update_site_trees();
    }

    fn summary_sources(&self) -> summaries::SummarySources<'_> {
        summaries::SummarySources {
            config: &self.model.config,
            assets: &self.model.asset_urls,
            pictures: &self.derived.images.pictures,
            routes: &self.derived.routes,
            locales: &self.model.theme.locales,
        }
    }

    fn update_site_trees(&self) {
        self.model.theme.templates.set_site_trees(templates::site_trees(
            &self.model.config,
            &self.model.content.pages,
            &self.model.tree,
        ));
    }

    /// How many picture variants this site encoded, rather than read from the cache.
    pub fn pictures_made(&self) -> usize {
        self.image_cache.encoded()
    }

    pub fn options(&self) -> &SiteOptions {
        &self.options
    }

    /// The theme's templates, parsed (for pages made outside the route table, such as the
    /// status page).
    /// The interface strings of every language (built in, overridden by the site's).
    pub fn locales(&self) -> &crate::load::locales::Locales {
        &self.model.theme.locales
    }

    pub fn templates(&self) -> &templates::Templates {
        &self.model.theme.templates
    }

    pub fn root(&self) -> &Path {
        &self.options.root
    }

    pub fn config(&self) -> &SiteConfig {
        &self.model.config
    }

    pub fn pages(&self) -> &[Page] {
        &self.model.content.pages
    }

    /// The shared values of `data/` (for the `data` shortcode).
    pub fn data(&self) -> &SiteData {
        &self.model.data
    }

    pub fn tree(&self) -> &PageTree {
        &self.model.tree
    }

    /// Which pages name which topics, and what each topic page lists.
    pub fn topics(&self) -> &crate::load::topics::TopicIndex {
        &self.derived.values.topics
    }

    pub fn bodies(&self) -> &[Rendered] {
        &self.derived.bodies
    }

    pub fn routes(&self) -> &Routes {
        &self.derived.routes
    }

    pub fn findings(&self) -> &Findings {
        &self.findings
    }

    /// The level of every editor check, from site.yaml and the pages' front matter.
    pub fn policy(&self) -> &checks::Policy {
        &self.derived.policy
    }

    /// Per page (by `PageId`), the plain-language numbers its checks judged.
    pub fn plain_language(&self) -> &[checks::plain_language::PageMetrics] {
        &self.derived.plain_metrics
    }

    /// The page whose Markdown file is `path` (absolute, or as joined onto the site root).
    pub fn page_of_file(&self, path: &Path) -> Option<PageId> {
        let below = path.strip_prefix(self.options.root.join(content::CONTENT_DIR)).ok()?;
        let key: Vec<String> = below.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        self.model.tree.by_content_path(&key.join("/"))
    }

    /// Pages per language, in the configured order.
    pub fn page_counts(&self) -> IndexMap<Lang, usize> {
        let mut counts: IndexMap<Lang, usize> = self.model.config.languages.keys().map(|l| (l.clone(), 0)).collect();
        for page in self.pages() {
            *counts.entry(page.lang.clone()).or_default() += 1;
        }
        counts
    }

    /// How long each step took so far.
    pub fn timings(&self) -> &timings::Timings {
        &self.timings
    }
}
