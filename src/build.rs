//! The build pipeline, step by step: settings → content → page tree → Markdown → link
//! check → templates → output. `check` runs the same steps and writes nothing.

use crate::config::SiteConfig;
use crate::content::{self, Asset, LoadOptions};
use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::i18n::Locales;
use crate::markdown::{self, LinkContext, Rendered};
use crate::output::Staging;
use crate::page::{Page, PageId};
use crate::render::{self, ImageValue, PageInput, PageSummary, SiteValues, Templates};
use crate::sitemap;
use crate::theme;
use crate::tree::PageTree;
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
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions { root: root.into(), out: None, drafts: false, base_url: None, write: true }
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
    let root = options.root.as_path();
    let mut config = SiteConfig::load(root)?;
    if let Some(base_url) = &options.base_url {
        config.base_url = base_url.trim_end_matches('/').to_string();
    }
    let mut problems = Diagnostics::new();

    let languages: Vec<&str> = config.language_codes().collect();
    let (content, content_problems) = content::load(root, &config, &LoadOptions { include_drafts: options.drafts });
    problems.extend(content_problems);
    let locales = match Locales::load(root, &languages) {
        Ok(locales) => Some(Arc::new(locales)),
        Err(errors) => {
            problems.extend(errors);
            None
        }
    };
    let templates = locales.as_ref().map(|l| Templates::load(root, l.clone())).transpose().map_err(|e| {
        let mut all = problems.clone();
        all.extend(e);
        all
    })?;
    let static_files = theme::files(root, theme::STATIC_DIR).unwrap_or_else(|err| {
        problems.push(Diagnostic::error(
            "output",
            theme::STATIC_DIR,
            Position::START,
            format!("cannot read static files: {err}"),
        ));
        Vec::new()
    });
    let pages = content.pages;
    let (tree, tree_problems) = PageTree::build(&pages, &config);
    problems.extend(tree_problems);

    let asset_urls: HashMap<String, String> =
        content.assets.iter().map(|a| (a.content_path.clone(), a.url.clone())).collect();
    let links = LinkContext { pages: &pages, tree: &tree, assets: &asset_urls, drafts: &content.drafts };
    let rendered: Vec<(Rendered, Diagnostics)> =
        (0..pages.len()).into_par_iter().map(|id| markdown::render(id, &links)).collect();
    let mut bodies = Vec::with_capacity(rendered.len());
    for (body, body_problems) in rendered {
        problems.extend(body_problems);
        bodies.push(body);
    }

    let aliases = collect_aliases(&pages, &tree, &mut problems);
    let known_paths = output_paths(&config, &pages, &content.assets, &static_files, &aliases);
    check_links(&pages, &tree, &bodies, &known_paths, &mut problems);
    // Editor checks (src/checks): headings, raw HTML, link text, tables, plain language,
    // translations, Fluent key usage; with the levels of site.yaml and front matter.
    let checks_input =
        crate::checks::Input { root, config: &config, pages: &pages, tree: &tree, locales: locales.as_deref() };
    problems.extend(crate::checks::run(&checks_input));

    let (Some(locales), Some(mut templates)) = (locales, templates) else {
        return Err(problems);
    };
    let summaries = summarize(&config, &pages, &asset_urls, &known_paths, &locales, &mut problems);
    if problems.has_errors() {
        return Err(problems);
    }
    let values = SiteValues::new(&config, &pages, &tree, summaries);
    templates.global_context().insert("loket_version", env!("CARGO_PKG_VERSION"));
    templates.set_site_trees(render::site_trees(&config, &pages, &tree));
    let input = PageInput { config: &config, pages: &pages, tree: &tree, values: &values };

    let out_dir = options.out_dir();
    let staging = if options.write {
        match Staging::begin(root, &out_dir) {
            Ok(staging) => Some(staging),
            Err(d) => {
                problems.push(d);
                return Err(problems);
            }
        }
    } else {
        None
    };
    let site_output = SiteOutput { input: &input, templates: &templates, staging: staging.as_ref() };
    let render_problems: Vec<Vec<Diagnostic>> =
        (0..pages.len()).into_par_iter().filter_map(|id| site_output.page(id, &bodies[id]).err()).collect();
    let mut extras = site_output.extras(&aliases, &content.assets, &static_files);
    extras.extend(render_problems.into_iter().flatten());
    problems.extend(merge_repeated(extras));
    if problems.has_errors() {
        return Err(problems);
    }
    if let Some(staging) = staging {
        if let Err(d) = staging.commit() {
            problems.push(d);
            return Err(problems);
        }
    }
    let mut counts: IndexMap<String, usize> = languages.iter().map(|l| (l.to_string(), 0)).collect();
    for page in &pages {
        *counts.entry(page.lang.clone()).or_default() += 1;
    }
    Ok(BuildReport {
        pages: counts,
        elapsed: started.elapsed(),
        diagnostics: problems,
        out: options.write.then_some(out_dir),
    })
}

/// Writes (or, for `check`, only renders) the pages and the site-wide files.
struct SiteOutput<'a> {
    input: &'a PageInput<'a>,
    templates: &'a Templates,
    staging: Option<&'a Staging>,
}

impl SiteOutput<'_> {
    fn page(&self, id: PageId, body: &Rendered) -> Result<(), Vec<Diagnostic>> {
        let page = &self.input.pages[id];
        let context = render::page_context(self.input, id, body);
        let html = self.templates.render(page.template(), &context, &page.source)?;
        self.write(&format!("{}index.html", page.url), html.as_bytes(), &page.source).map_err(|d| vec![d])
    }

    fn write(&self, relative: &str, contents: &[u8], for_file: &Path) -> Result<(), Diagnostic> {
        match self.staging {
            Some(staging) => staging.write(relative, contents).map_err(|err| {
                Diagnostic::error("output", for_file, Position::START, format!("cannot write {relative}: {err}"))
            }),
            None => Ok(()),
        }
    }

    /// The root chooser, 404 pages, redirects, sitemap, robots.txt, static files and assets.
    fn extras(&self, aliases: &[Alias], assets: &[Asset], static_files: &[theme::ThemeFile]) -> Vec<Diagnostic> {
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
        if let Some(staging) = self.staging {
            for file in static_files {
                if let Err(err) = staging.write(&file.name, &file.contents) {
                    problems.push(Diagnostic::error(
                        "output",
                        file.display_path(theme::STATIC_DIR),
                        Position::START,
                        format!("cannot copy: {err}"),
                    ));
                }
            }
            let copied: Vec<Diagnostic> = assets
                .par_iter()
                .filter_map(|asset| {
                    staging.copy(&asset.url, &asset.source).err().map(|err| {
                        Diagnostic::error("output", &asset.source, Position::START, format!("cannot copy: {err}"))
                    })
                })
                .collect();
            problems.extend(copied);
        }
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
    for fixed in ["/", "/index.html", "/404.html", "/sitemap.xml", "/robots.txt"] {
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

/// The per-page values templates show in lists and headers: dates written out, the image
/// resolved to its URL.
fn summarize(
    config: &SiteConfig,
    pages: &[Page],
    assets: &HashMap<String, String>,
    known_paths: &HashSet<String>,
    locales: &Locales,
    problems: &mut Diagnostics,
) -> Vec<PageSummary> {
    let results: Vec<(PageSummary, Vec<Diagnostic>)> = pages
        .par_iter()
        .map(|page| {
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
            let image = page.front.image.as_ref().and_then(|image| match resolve_image(page, &image.value.src, assets, known_paths) {
                Ok(src) => Some(ImageValue { src, alt: image.value.alt.clone() }),
                Err(message) => {
                    found.push(Diagnostic::error("missing-image", &page.source, image.position, message).with_hint("put the image next to the page and write its file name, or use /path for a file in static/"));
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
        })
        .collect();
    results
        .into_iter()
        .map(|(summary, found)| {
            problems.extend(found);
            summary
        })
        .collect()
}

fn resolve_image(
    page: &Page,
    src: &str,
    assets: &HashMap<String, String>,
    known_paths: &HashSet<String>,
) -> Result<String, String> {
    if src.starts_with("https://") || src.starts_with("http://") {
        return Ok(src.to_string());
    }
    if src.starts_with('/') {
        return if known_paths.contains(src) {
            Ok(src.to_string())
        } else {
            Err(format!("image `{src}` is not a file of this site"))
        };
    }
    let dir = match page.source_dir() {
        "" => page.lang.clone(),
        d => format!("{}/{d}", page.lang),
    };
    let path =
        markdown::normalize(&dir, src).ok_or_else(|| format!("image `{src}` points outside the content folder"))?;
    assets.get(&path).cloned().ok_or_else(|| format!("image `{src}` does not exist (looked for content/{path})"))
}
