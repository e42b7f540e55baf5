//! The build pipeline, step by step: settings → content → page tree → Markdown → link
//! check → summaries → templates → output. `check` runs the same steps and writes nothing;
//! `serve` keeps the loaded `Site` and repeats single steps for the pages that changed.

use crate::config::SiteConfig;
use crate::content::{self, Asset, Content, LoadOptions};
use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::i18n::Locales;
use crate::markdown::{self, LinkContext, Rendered};
use crate::output::{Sink, Staging};
use crate::page::{Page, PageId};
use crate::render::{self, ImageValue, PageInput, PageSummary, SiteValues, Templates};
use crate::sitemap;
use crate::theme;
use crate::tree::PageTree;
use crate::{checks, feeds, redirects, search};
use indexmap::IndexMap;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Default: `<root>/public`.
    pub out: Option<PathBuf>,
    pub drafts: bool,
    pub base_url: Option<String>,
    /// `false` for `loket check`: every step but writing.
    pub write: bool,
    /// Build the search index (`--no-search` turns it off for fast local builds).
    pub search: bool,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions { root: root.into(), out: None, drafts: false, base_url: None, write: true, search: true }
    }

    pub fn out_dir(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| self.root.join("public"))
    }
}

#[derive(Debug)]
pub struct BuildReport {
    /// Pages per language, in the configured order.
    pub pages: IndexMap<String, usize>,
    pub elapsed: Duration,
    /// Warnings (a successful build has no errors).
    pub diagnostics: Diagnostics,
    pub out: Option<PathBuf>,
}

impl BuildReport {
    /// `built 37 pages (nl 37, en 36) in 0.21 s into public/`
    pub fn summary(&self) -> String {
        let total: usize = self.pages.values().sum();
        let per_language: Vec<String> = self.pages.iter().map(|(lang, n)| format!("{lang} {n}")).collect();
        let verb = if self.out.is_some() { "built" } else { "checked" };
        let into = self.out.as_ref().map(|o| format!(" into {}", o.display())).unwrap_or_default();
        let warnings = match self.diagnostics.warning_count() {
            0 => String::new(),
            n => format!(", {n} warning{}", if n == 1 { "" } else { "s" }),
        };
        format!(
            "{verb} {total} pages ({}) in {:.2} s{into}{warnings}",
            per_language.join(", "),
            self.elapsed.as_secs_f64()
        )
    }
}

/// Builds (or checks) a site. `Err` holds every finding, errors and warnings.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    let mut site = Site::load(options)?;
    if site.findings.has_errors() {
        return Err(site.findings.all());
    }
    let out_dir = options.out_dir();
    let staging = if options.write {
        match Staging::begin(&options.root, &out_dir) {
            Ok(staging) => Some(staging),
            Err(d) => {
                let mut problems = site.findings.all();
                problems.push(d);
                return Err(problems);
            }
        }
    } else {
        None
    };
    // The search index is built from owned records on its own thread while the pages
    // render and write.
    let records = (options.write && options.search).then(|| search::records(site.pages(), &site.model.bodies));
    let sink = staging.as_ref().map(|s| s as &dyn Sink);
    let (search_files, ()) = rayon::join(|| records.map(|r| search::build_index(&r)), || site.render_all(sink));
    match (search_files, sink) {
        (Some(Ok(files)), Some(sink)) => site.findings.site_files.extend(files.iter().filter_map(|f| {
            sink.write(&f.path, &f.contents).err().map(|err| {
                Diagnostic::error(
                    "output",
                    search::SEARCH_DIR,
                    Position::START,
                    format!("cannot write {}: {err}", f.path),
                )
            })
        })),
        (Some(Err(d)), _) => site.findings.site_files.push(d),
        _ => {}
    }
    let mut problems = site.findings.all();
    if problems.has_errors() {
        return Err(problems);
    }
    if let Some(staging) = staging {
        if let Err(d) = staging.commit() {
            problems.push(d);
            return Err(problems);
        }
    }
    Ok(BuildReport {
        pages: site.page_counts(),
        elapsed: started.elapsed(),
        diagnostics: problems,
        out: options.write.then_some(out_dir),
    })
}

/// The theme as this site uses it: UI strings, parsed templates and static files.
pub struct Theme {
    pub locales: Arc<Locales>,
    pub templates: Templates,
    pub static_files: Vec<theme::ThemeFile>,
}

impl Theme {
    /// Locale and template errors are returned together.
    fn load(root: &Path, config: &SiteConfig, static_files: Vec<theme::ThemeFile>) -> Result<Theme, Diagnostics> {
        let languages: Vec<&str> = config.language_codes().collect();
        let locales = Arc::new(Locales::load(root, &languages)?);
        let mut templates = Templates::load(root, locales.clone())?;
        templates.global_context().insert("loket_version", env!("CARGO_PKG_VERSION"));
        Ok(Theme { locales, templates, static_files })
    }
}

/// The theme's and the site's static files; a folder that cannot be read is a finding.
fn load_static_files(root: &Path, problems: &mut Diagnostics) -> Vec<theme::ThemeFile> {
    theme::files(root, theme::STATIC_DIR).unwrap_or_else(|err| {
        problems.push(Diagnostic::error(
            "output",
            theme::STATIC_DIR,
            Position::START,
            format!("cannot read static files: {err}"),
        ));
        Vec::new()
    })
}

/// The pages and what the steps before templates derive from them: the tree, each page's
/// Markdown, the redirects and every output path (for the link check).
pub struct Model {
    pub content: Content,
    pub tree: PageTree,
    /// Asset URL by path below `content/`.
    pub asset_urls: HashMap<String, String>,
    /// Per page, its Markdown as HTML.
    pub bodies: Vec<Rendered>,
    pub aliases: Vec<Alias>,
    pub known_paths: HashSet<String>,
}

impl Model {
    /// Page tree → Markdown (parallel) → aliases → output paths → link check.
    fn analyse(
        config: &SiteConfig,
        content: Content,
        static_files: &[theme::ThemeFile],
        findings: &mut Findings,
    ) -> Model {
        let pages = &content.pages;
        let (tree, tree_problems) = PageTree::build(pages, config);
        findings.structure.extend(tree_problems);
        let asset_urls: HashMap<String, String> =
            content.assets.iter().map(|a| (a.content_path.clone(), a.url.clone())).collect();
        let links = LinkContext { pages, tree: &tree, assets: &asset_urls, drafts: &content.drafts };
        let (bodies, page_findings): (Vec<Rendered>, Vec<Diagnostics>) =
            (0..pages.len()).into_par_iter().map(|id| markdown::render(id, &links)).unzip();
        findings.pages = page_findings;
        let aliases = collect_aliases(pages, &tree, &mut findings.structure);
        let known_paths = output_paths(config, pages, &content.assets, static_files, &aliases);
        let model = Model { content, tree, asset_urls, bodies, aliases, known_paths };
        findings.links = model.check_links();
        model
    }

    pub fn pages(&self) -> &[Page] {
        &self.content.pages
    }

    fn check_links(&self) -> Diagnostics {
        let mut problems = Diagnostics::new();
        check_links(self.pages(), &self.tree, &self.bodies, &self.known_paths, &mut problems);
        problems
    }
}

/// Every finding of the current state, kept by the step that made it so that `serve` can
/// repeat one step for one page.
#[derive(Debug, Default, Clone)]
pub struct Findings {
    /// Reading the static files.
    pub setup: Diagnostics,
    /// The content walk, files that could not be read, the page tree and
    /// the aliases.
    pub structure: Diagnostics,
    /// Per page: its Markdown and its summary.
    pub pages: Vec<Diagnostics>,
    /// Fragment and site-absolute links, which depend on other pages.
    pub links: Diagnostics,
    /// The check levels themselves (unknown rule names and the like).
    pub policy: Diagnostics,
    /// The translation checks; the checks of one page's Markdown are in `pages`.
    pub checks: Diagnostics,
    /// The Fluent key usage of the templates (changes only with the theme).
    pub theme_checks: Diagnostics,
    /// Per page: its template.
    pub rendered: Vec<Vec<Diagnostic>>,
    /// The site-wide files (root, 404 pages, redirects, sitemap) and the copied files.
    pub site_files: Vec<Diagnostic>,
}

impl Findings {
    /// Whether the steps before templates found errors (then nothing is rendered).
    pub fn content_has_errors(&self) -> bool {
        self.setup.has_errors()
            || self.structure.has_errors()
            || self.links.has_errors()
            || self.policy.has_errors()
            || self.checks.has_errors()
            || self.theme_checks.has_errors()
            || self.pages.iter().any(Diagnostics::has_errors)
    }

    pub fn has_errors(&self) -> bool {
        self.content_has_errors()
            || self.site_files.iter().any(Diagnostic::is_error)
            || self.rendered.iter().flatten().any(Diagnostic::is_error)
    }

    /// Every finding; template findings only when the content had no errors, since only
    /// then are pages rendered.
    pub fn all(&self) -> Diagnostics {
        let mut all = self.setup.clone();
        all.extend(self.structure.iter().cloned());
        for page in &self.pages {
            all.extend(page.iter().cloned());
        }
        all.extend(self.links.iter().cloned());
        all.extend(self.policy.iter().cloned());
        all.extend(self.checks.iter().cloned());
        all.extend(self.theme_checks.iter().cloned());
        if !self.content_has_errors() {
            let rendered = self.rendered.iter().flatten().chain(&self.site_files).cloned().collect();
            all.extend(merge_repeated(rendered));
        }
        all
    }
}

/// A loaded site: settings, theme, pages and everything derived from them, in memory.
/// `build` loads it and writes it once; `serve` keeps it and repeats single steps for the
/// pages that changed (see `incremental`).
pub struct Site {
    pub root: PathBuf,
    pub drafts: bool,
    pub config: SiteConfig,
    pub theme: Theme,
    pub model: Model,
    pub values: SiteValues,
    pub findings: Findings,
    /// The level of every editor check, from site.yaml and the pages' front matter.
    pub policy: checks::Policy,
    /// Set when an edit may change what the translation checks find.
    translations_stale: bool,
}

impl Site {
    /// Runs every step before templates. `Err` when the settings, UI strings or templates
    /// cannot be used (with every finding so far); otherwise the findings are in
    /// `site.findings`.
    pub fn load(options: &BuildOptions) -> Result<Site, Diagnostics> {
        let root = options.root.clone();
        let mut config = SiteConfig::load(&root)?;
        if let Some(base_url) = &options.base_url {
            config.base_url = base_url.trim_end_matches('/').to_string();
        }
        let mut findings = Findings::default();
        let static_files = load_static_files(&root, &mut findings.setup);
        let (content, content_problems) =
            content::load(&root, &config, &LoadOptions { include_drafts: options.drafts });
        findings.structure.extend(content_problems);
        let model = Model::analyse(&config, content, &static_files, &mut findings);
        let theme = match Theme::load(&root, &config, static_files) {
            Ok(theme) => theme,
            Err(problems) => {
                let mut all = findings.all();
                all.extend(problems);
                return Err(all);
            }
        };
        let mut site = Site {
            root,
            drafts: options.drafts,
            config,
            theme,
            model,
            values: SiteValues::default(),
            findings,
            policy: checks::Policy::default(),
            translations_stale: false,
        };
        site.summarize_all();
        site.run_checks();
        Ok(site)
    }

    /// After pages were added, removed or moved: walks `content/` again and reads only the
    /// files in `changed` and the ones not known yet; every later step runs again.
    pub fn reload_content(&mut self, changed: &HashSet<PathBuf>) {
        let mut findings = Findings { setup: std::mem::take(&mut self.findings.setup), ..Findings::default() };
        let static_files = std::mem::take(&mut self.theme.static_files);
        let old = std::mem::take(&mut self.model.content.pages);
        let previous: HashMap<PathBuf, Page> = old
            .into_iter()
            .filter(|p| !changed.contains(&self.root.join(&p.source)))
            .map(|p| (p.source.clone(), p))
            .collect();
        let (content, problems) =
            content::reload(&self.root, &self.config, &LoadOptions { include_drafts: self.drafts }, previous);
        findings.structure.extend(problems);
        self.model = Model::analyse(&self.config, content, &static_files, &mut findings);
        self.theme.static_files = static_files;
        self.findings = findings;
        self.summarize_all();
        self.run_checks();
    }

    /// The editor checks of `src/checks` for every page, and across pages.
    fn run_checks(&mut self) {
        self.refresh_policy();
        self.run_translation_checks();
        let input = self.checks_input();
        self.findings.theme_checks = checks::fluent_checks(input.root, &self.theme.locales, &self.policy);
        let policy = &self.policy;
        let per_page: Vec<Diagnostics> =
            self.model.bodies.par_iter().map(|body| checks::page_checks(&body.check_findings, policy)).collect();
        for (found, page_findings) in per_page.into_iter().zip(&mut self.findings.pages) {
            page_findings.extend(found);
        }
    }

    /// The check levels of site.yaml and of every page's `checks`.
    fn refresh_policy(&mut self) {
        let (policy, problems) = checks::Policy::new(&self.config, self.model.pages());
        self.policy = policy;
        self.findings.policy = problems;
    }

    /// Missing and stale translations: hash lookups over the pages, so `serve` repeats them
    /// after every edit (a page's dates may have changed).
    fn run_translation_checks(&mut self) {
        self.findings.checks = checks::translation_checks(&self.checks_input(), &self.policy);
    }

    fn checks_input(&self) -> checks::Input<'_> {
        checks::Input {
            root: &self.root,
            config: &self.config,
            pages: self.model.pages(),
            tree: &self.model.tree,
            locales: Some(&self.theme.locales),
        }
    }

    /// Summaries of every page (parallel), then the values every page context shares.
    fn summarize_all(&mut self) {
        let pages = self.model.pages();
        let results: Vec<(PageSummary, Vec<Diagnostic>)> = pages.par_iter().map(|page| self.summarize(page)).collect();
        let mut summaries = Vec::with_capacity(results.len());
        for ((summary, found), page_findings) in results.into_iter().zip(&mut self.findings.pages) {
            page_findings.extend(found);
            summaries.push(summary);
        }
        self.values = SiteValues::new(&self.config, pages, &self.model.tree, summaries);
        self.findings.rendered = vec![Vec::new(); pages.len()];
        self.update_site_trees();
    }

    fn summarize(&self, page: &Page) -> (PageSummary, Vec<Diagnostic>) {
        summarize(&self.config, page, &self.model.asset_urls, &self.model.known_paths, &self.theme.locales)
    }

    fn update_site_trees(&self) {
        self.theme.templates.set_site_trees(render::site_trees(&self.config, self.model.pages(), &self.model.tree));
    }

    /// Replaces page `id` with `page`, its file read again, whose place in the site (URL,
    /// translation key, aliases, draft) is unchanged, and repeats its steps: Markdown,
    /// summary, sibling order, menus and site tree when its label changed. The link check
    /// (other pages may link to its headings) follows with `check_links`.
    pub fn replace_page(&mut self, id: PageId, page: Page, change: &crate::incremental::PageChange) {
        let old = &self.model.content.pages[id].front;
        let levels_changed = old.checks != page.front.checks;
        // Only dates and levels change what the translation checks find (keys and pages
        // changing are structural: the content is reloaded).
        self.translations_stale |= levels_changed || old.last_changed() != page.front.last_changed();
        self.model.content.pages[id] = page;
        let model = &self.model;
        let links = LinkContext {
            pages: model.pages(),
            tree: &model.tree,
            assets: &model.asset_urls,
            drafts: &model.content.drafts,
        };
        let (body, mut found) = markdown::render(id, &links);
        let (summary, summary_found) = self.summarize(&self.model.pages()[id]);
        found.extend(summary_found);
        if levels_changed {
            self.refresh_policy();
        }
        found.extend(checks::page_checks(&body.check_findings, &self.policy));
        self.model.bodies[id] = body;
        self.findings.pages[id] = found;
        self.values.set_summary(id, &summary);
        if change.label {
            if let Some(parent) = self.model.tree.parent(id) {
                self.model.tree.sort_children(parent, &self.model.content.pages);
            }
            self.values.update_menus(&self.config, self.model.pages(), &self.model.tree);
            self.update_site_trees();
        }
    }

    /// The link check again, after pages changed (their headings may be link targets), and
    /// the translation checks when an edit changed a date or a check level.
    pub fn check_links(&mut self) {
        self.findings.links = self.model.check_links();
        if std::mem::take(&mut self.translations_stale) {
            self.run_translation_checks();
        }
    }

    pub fn pages(&self) -> &[Page] {
        self.model.pages()
    }

    /// Pages per language, in the configured order.
    pub fn page_counts(&self) -> IndexMap<String, usize> {
        let mut counts: IndexMap<String, usize> = self.config.language_codes().map(|l| (l.to_string(), 0)).collect();
        for page in self.pages() {
            *counts.entry(page.lang.clone()).or_default() += 1;
        }
        counts
    }

    fn input(&self) -> PageInput<'_> {
        PageInput { config: &self.config, pages: self.pages(), tree: &self.model.tree, values: &self.values }
    }

    /// Renders every page and site-wide file and copies the static files and assets.
    pub fn render_all(&mut self, out: Option<&dyn Sink>) {
        let all: Vec<PageId> = (0..self.pages().len()).collect();
        self.render_pages(&all, out);
        self.render_site_files(out);
        if let Some(out) = out {
            self.findings.site_files.extend(self.copy_files(out));
        }
    }

    /// Renders pages `ids` in parallel (writing each to `out`, if given); their template
    /// findings replace the earlier ones.
    pub fn render_pages(&mut self, ids: &[PageId], out: Option<&dyn Sink>) {
        let site_output = SiteOutput { input: &self.input(), templates: &self.theme.templates, out };
        let bodies = &self.model.bodies;
        let results: Vec<(PageId, Vec<Diagnostic>)> =
            ids.par_iter().map(|&id| (id, site_output.page(id, &bodies[id]).err().unwrap_or_default())).collect();
        for (id, found) in results {
            self.findings.rendered[id] = found;
        }
    }

    /// The root chooser, 404 pages, redirects, sitemap and robots.txt.
    pub fn render_site_files(&mut self, out: Option<&dyn Sink>) {
        let site_output = SiteOutput { input: &self.input(), templates: &self.theme.templates, out };
        self.findings.site_files = site_output.site_files(&self.model.aliases);
    }

    /// Copies the static files and the assets next to pages.
    pub fn copy_files(&self, out: &dyn Sink) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        for file in &self.theme.static_files {
            if let Err(err) = out.write(&file.name, &file.contents) {
                problems.push(Diagnostic::error(
                    "output",
                    file.display_path(theme::STATIC_DIR),
                    Position::START,
                    format!("cannot copy: {err}"),
                ));
            }
        }
        let copied: Vec<Diagnostic> =
            self.model.content.assets.par_iter().filter_map(|asset| self.copy_asset(asset, out)).collect();
        problems.extend(copied);
        problems
    }

    pub fn copy_asset(&self, asset: &Asset, out: &dyn Sink) -> Option<Diagnostic> {
        out.copy(&asset.url, &asset.source)
            .err()
            .map(|err| Diagnostic::error("output", &asset.source, Position::START, format!("cannot copy: {err}")))
    }
}

/// Writes (or, for `check`, only renders) the pages and the site-wide files.
struct SiteOutput<'a> {
    input: &'a PageInput<'a>,
    templates: &'a Templates,
    out: Option<&'a dyn Sink>,
}

impl SiteOutput<'_> {
    fn page(&self, id: PageId, body: &Rendered) -> Result<(), Vec<Diagnostic>> {
        let page = &self.input.pages[id];
        let context = render::page_context(self.input, id, body);
        let html = self.templates.render(page.template(), &context, &page.source)?;
        self.write(&format!("{}index.html", page.url), html.as_bytes(), &page.source).map_err(|d| vec![d])
    }

    fn write(&self, relative: &str, contents: &[u8], for_file: &Path) -> Result<(), Diagnostic> {
        match self.out {
            Some(out) => out.write(relative, contents).map_err(|err| {
                Diagnostic::error("output", for_file, Position::START, format!("cannot write {relative}: {err}"))
            }),
            None => Ok(()),
        }
    }

    /// The root chooser, 404 pages, redirects, sitemap and robots.txt.
    fn site_files(&self, aliases: &[Alias]) -> Vec<Diagnostic> {
        let input = self.input;
        let config = input.config;
        let mut problems = Vec::new();
        let mut emit = |relative: &str, result: Result<String, Vec<Diagnostic>>| match result {
            Ok(text) => problems.extend(self.write(relative, text.as_bytes(), &config.file).err()),
            Err(found) => problems.extend(found),
        };
        let root_lang = config.default_language.clone();
        for not_found in [false, true] {
            let mut context = render::language_context(input, &root_lang);
            context.insert("not_found", &not_found);
            let name = if not_found { "/404.html" } else { "/index.html" };
            emit(name, self.templates.render("root.html", &context, &config.file));
        }
        for lang in config.language_codes() {
            let context = render::language_context(input, lang);
            emit(&format!("/{lang}/404.html"), self.templates.render("404.html", &context, &config.file));
        }
        for alias in aliases {
            let target = &input.pages[alias.target];
            let mut context = render::language_context(input, &target.lang);
            context.insert_value("target", input.values.summaries[alias.target].clone());
            context.insert("canonical", &config.permalink(&target.url));
            emit(&alias.output_path(), self.templates.render("alias.html", &context, &target.source));
        }
        emit("/sitemap.xml", Ok(sitemap::sitemap_xml(config, input.pages, input.tree)));
        emit("/robots.txt", Ok(sitemap::robots_txt(config)));
        for &section in &input.values.feed_sections {
            let url = format!("{}{}", input.pages[section].url, feeds::FEED_FILE);
            emit(&url, Ok(feeds::atom_feed(config, input.pages, input.tree, section)));
        }
        let redirects: Vec<redirects::Redirect<'_>> =
            aliases.iter().map(|a| redirects::Redirect { from: &a.path, to: &input.pages[a.target].url }).collect();
        emit("/_redirects", Ok(redirects::netlify(&redirects)));
        emit("/loket-redirects.conf", Ok(redirects::nginx(&redirects)));
        problems
    }
}

/// One template mistake fails every page that uses it: report it once, saying how many.
fn merge_repeated(found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut merged: IndexMap<(PathBuf, Position, String), (Diagnostic, usize)> = IndexMap::new();
    for d in found {
        let key = (d.file.clone(), d.position, d.message.clone());
        merged.entry(key).and_modify(|(_, n)| *n += 1).or_insert((d, 1));
    }
    merged
        .into_values()
        .map(|(mut d, n)| {
            if n > 1 {
                let others = if n == 2 { "1 other page".to_string() } else { format!("{} other pages", n - 1) };
                d.hint = Some(format!("{} (and {others})", d.hint.unwrap_or_default()));
            }
            d
        })
        .collect()
}

/// An old URL that redirects to a page.
#[derive(Debug, Clone)]
pub struct Alias {
    pub path: String,
    pub target: PageId,
}

impl Alias {
    /// `/nl/oud/` → `/nl/oud/index.html`; `/oud.html` stays.
    pub fn output_path(&self) -> String {
        let last = self.path.rsplit('/').next().unwrap_or("");
        if last.contains('.') {
            self.path.clone()
        } else {
            format!("{}/index.html", self.path.trim_end_matches('/'))
        }
    }
}

fn collect_aliases(pages: &[Page], tree: &PageTree, problems: &mut Diagnostics) -> Vec<Alias> {
    let mut aliases: Vec<Alias> = Vec::new();
    let mut seen: HashMap<String, PageId> = HashMap::new();
    for (id, page) in pages.iter().enumerate() {
        for alias in &page.front.aliases {
            let path = alias.value.trim();
            let error =
                |rule: &'static str, message: String| Diagnostic::error(rule, &page.source, alias.position, message);
            if !path.starts_with('/') || path.starts_with("//") || path.contains('?') || path.contains('#') {
                problems.push(
                    error("alias", format!("alias `{path}` is not a site path"))
                        .with_hint("write old URLs from the site root, such as /nl/oude-pagina/"),
                );
                continue;
            }
            if path.split('/').any(|s| s == ".." || s == ".") {
                problems.push(
                    error("outside-site", format!("alias `{path}` points outside the site"))
                        .with_hint("remove the `..` from the path"),
                );
                continue;
            }
            let normalized = if path.rsplit('/').next().unwrap_or("").contains('.') || path.ends_with('/') {
                path.to_string()
            } else {
                format!("{path}/")
            };
            if tree.by_url(&normalized).is_some() {
                problems.push(
                    error("alias", format!("alias `{path}` is the URL of an existing page"))
                        .with_hint("an alias is an old URL that no longer has a page of its own"),
                );
                continue;
            }
            if let Some(&other) = seen.get(&normalized) {
                problems.push(error(
                    "alias",
                    format!("alias `{path}` is also an alias of {}", pages[other].source.display()),
                ));
                continue;
            }
            seen.insert(normalized.clone(), id);
            aliases.push(Alias { path: normalized, target: id });
        }
    }
    aliases
}

/// Every URL path the build will produce, for checking site-absolute links.
fn output_paths(
    config: &SiteConfig,
    pages: &[Page],
    assets: &[Asset],
    static_files: &[theme::ThemeFile],
    aliases: &[Alias],
) -> HashSet<String> {
    let mut paths: HashSet<String> = HashSet::with_capacity(pages.len() * 2 + assets.len() + static_files.len());
    for page in pages {
        paths.insert(page.url.clone());
        paths.insert(format!("{}index.html", page.url));
    }
    for alias in aliases {
        paths.insert(alias.path.clone());
    }
    paths.extend(assets.iter().map(|a| a.url.clone()));
    paths.extend(static_files.iter().map(|f| format!("/{}", f.name)));
    for fixed in
        ["/", "/index.html", "/404.html", "/sitemap.xml", "/robots.txt", "/_redirects", "/loket-redirects.conf"]
    {
        paths.insert(fixed.to_string());
    }
    for lang in config.language_codes() {
        paths.insert(format!("/{lang}/404.html"));
    }
    paths
}

/// Fragments must be heading ids of their page; site-absolute links must be outputs.
fn check_links(
    pages: &[Page],
    tree: &PageTree,
    bodies: &[Rendered],
    known_paths: &HashSet<String>,
    problems: &mut Diagnostics,
) {
    for (id, body) in bodies.iter().enumerate() {
        let page = &pages[id];
        for link in &body.fragment_links {
            check_fragment(page, &pages[link.target], &bodies[link.target], &link.fragment, link.position, problems);
        }
        for link in &body.absolute_links {
            let (path, fragment) = link.path.split_once('#').map_or((link.path.as_str(), None), |(p, f)| (p, Some(f)));
            let path = path.split_once('?').map_or(path, |(p, _)| p);
            let with_slash = format!("{path}/");
            let found = known_paths.contains(path) || (!path.ends_with('/') && known_paths.contains(&with_slash));
            if !found {
                let hint = if path.ends_with(".md") {
                    "link to a Markdown page by its relative path (../page.md), or to its URL (/nl/page/)".to_string()
                } else {
                    "site-absolute links must match a page URL (/nl/asiel/) or a file in static/".to_string()
                };
                problems.push(
                    Diagnostic::error(
                        "broken-link",
                        &page.source,
                        link.position,
                        format!("`{}` is not a page or file of this site", link.path),
                    )
                    .with_hint(hint),
                );
                continue;
            }
            if let Some(fragment) = fragment {
                let target = tree
                    .by_url(path)
                    .or_else(|| tree.by_url(&with_slash))
                    .or_else(|| tree.by_url(path.trim_end_matches("index.html")));
                if let Some(target) = target {
                    check_fragment(page, &pages[target], &bodies[target], fragment, link.position, problems);
                }
            }
        }
    }
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
        Some((_, id)) => format!("did you mean `#{id}`?"),
        None if ids.is_empty() => "that page has no headings to link to".to_string(),
        None => format!("its heading ids are: {}", ids.join(", ")),
    };
    let where_ = if std::ptr::eq(page, target) { "this page".to_string() } else { target.source.display().to_string() };
    problems.push(
        Diagnostic::error(
            "broken-fragment",
            &page.source,
            position,
            format!("`#{fragment}` is not a heading of {where_}"),
        )
        .with_hint(hint),
    );
}

/// The values templates show of a page in lists and headers: dates written out, the image
/// resolved to its URL.
fn summarize(
    config: &SiteConfig,
    page: &Page,
    assets: &HashMap<String, String>,
    known_paths: &HashSet<String>,
    locales: &Locales,
) -> (PageSummary, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut display = |date: Option<jiff::civil::Date>| {
        date.and_then(|d| match locales.format_date(&page.lang, d) {
            Ok(text) => Some(text),
            Err(message) => {
                found.push(Diagnostic::error("fluent", &page.source, Position::START, message));
                None
            }
        })
    };
    let date_display = display(page.front.date);
    let updated_display = display(page.front.updated);
    let last_changed_display = display(page.front.last_changed());
    let image =
        page.front.image.as_ref().and_then(|image| match resolve_image(page, &image.value.src, assets, known_paths) {
            Ok(src) => Some(ImageValue { src, alt: image.value.alt.clone() }),
            Err((rule, message)) => {
                found.push(Diagnostic::error(rule, &page.source, image.position, message).with_hint(
                    "put the image next to the page and write its file name, or use /path for a file in static/",
                ));
                None
            }
        });
    let summary = PageSummary {
        title: page.front.title.clone(),
        breadcrumb: page.breadcrumb().to_string(),
        description: page.front.description.clone(),
        url: page.url.clone(),
        permalink: config.permalink(&page.url),
        lang: page.lang.clone(),
        kind: page.kind,
        translation_key: page.translation_key.clone(),
        weight: page.front.weight,
        date: page.front.date.map(|d| d.to_string()),
        date_display,
        updated: page.front.updated.map(|d| d.to_string()),
        updated_display,
        last_changed: page.front.last_changed().map(|d| d.to_string()),
        last_changed_display,
        image,
        extra: page.front.extra.clone(),
    };
    (summary, found)
}

fn resolve_image(
    page: &Page,
    src: &str,
    assets: &HashMap<String, String>,
    known_paths: &HashSet<String>,
) -> Result<String, (&'static str, String)> {
    if src.starts_with("https://") || src.starts_with("http://") {
        return Ok(src.to_string());
    }
    if src.starts_with('/') {
        return if known_paths.contains(src) {
            Ok(src.to_string())
        } else {
            Err(("missing-image", format!("image `{src}` is not a file of this site")))
        };
    }
    let dir = match page.source_dir() {
        "" => page.lang.clone(),
        d => format!("{}/{d}", page.lang),
    };
    let path = markdown::normalize(&dir, src)
        .ok_or_else(|| ("outside-site", format!("image `{src}` points outside the content folder")))?;
    assets
        .get(&path)
        .cloned()
        .ok_or_else(|| ("missing-image", format!("image `{src}` does not exist (looked for content/{path})")))
}
