//! Rendering with Tera: the theme's templates parsed once, the strict `t()` function, and the
//! context of every page (site, menus, breadcrumbs, children, translations, alternates).

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::lang::{Direction, Lang};
use crate::load::config::{MenuTarget, SiteConfig};
use crate::load::locales::Locales;
use crate::load::page::{Page, PageId};
use crate::load::theme::{self, ThemeFile};
use crate::load::tree::PageTree;
use crate::markdown::shortcodes::Shortcodes;
use crate::messages::Text;
use crate::render::body::Rendered;
use crate::rules::Rule;
use crate::text;
use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use std::collections::HashMap;
use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Mutex, RwLock};
use tera::{Context, Kwargs, State, Tera, Value};

/// The theme's templates, parsed once per build.
pub struct Templates {
    tera: Tera,
    /// Filled once the page tree is known (templates are parsed, and their functions
    /// checked, before that), and again by `serve` when titles or the tree change.
    site_trees: Arc<RwLock<HashMap<String, Vec<TreeNode>>>>,
    /// The canonical URLs of the pages whose templates called `site_tree()`, so that `serve`
    /// knows which pages show every title.
    site_tree_callers: Arc<Mutex<HashSet<String>>>,
    /// Template name → the file it came from and whether it is built in, for messages.
    sources: HashMap<String, (std::path::PathBuf, bool)>,
    /// The shortcodes of `shortcodes/*.html`, with their declarations.
    shortcodes: Shortcodes,
}

impl Templates {
    pub fn load(root: &Path, locales: Arc<Locales>) -> Result<Templates, Diagnostics> {
        let files = theme::files(root, theme::TEMPLATES_DIR, Rule::Template)?;
        Self::from_files(&files, locales)
    }

    pub fn from_files(files: &[ThemeFile], locales: Arc<Locales>) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::new();
        let mut sources = HashMap::new();
        let mut problems = Diagnostics::new();
        let mut sources_text = Vec::new();
        for file in files {
            let path = file.display_path(theme::TEMPLATES_DIR);
            match std::str::from_utf8(&file.contents) {
                Ok(text) => sources_text.push((file.name.clone(), text.to_string())),
                Err(_) => problems.push(
                    Diagnostic::error(Rule::Template, &path, Position::START, text!("render-template-not-text"))
                        .in_builtin_theme(file.is_builtin()),
                ),
            }
            sources.insert(file.name.clone(), (path, file.is_builtin()));
        }
        let (shortcodes, declaration_errors) =
            Shortcodes::from_templates(sources_text.iter().map(|(name, text)| (name.as_str(), text.as_str())));
        for (name, message) in declaration_errors {
            let (path, builtin) = sources.get(&name).cloned().unwrap_or_else(|| (name.clone().into(), false));
            problems.push(
                Diagnostic::error(Rule::Template, path, Position::START, text!("sc-declaration", problem = message))
                    .with_hint(text!("sc-declaration-hint"))
                    .in_builtin_theme(builtin),
            );
        }
        let site_trees: Arc<RwLock<HashMap<String, Vec<TreeNode>>>> = Arc::default();
        let site_tree_callers: Arc<Mutex<HashSet<String>>> = Arc::default();
        register_functions(&mut tera, locales, site_trees.clone(), site_tree_callers.clone());
        if let Err(err) = tera.add_raw_templates(sources_text) {
            problems.extend(template_errors(&err, &sources));
        }
        if problems.has_errors() {
            return Err(problems);
        }
        Ok(Templates { tera, site_trees, site_tree_callers, sources, shortcodes })
    }

    /// The shortcodes the site can use besides the built-ins.
    pub fn shortcodes(&self) -> &Shortcodes {
        &self.shortcodes
    }

    /// Adds shortcodes backed by Rust code (such as `data`).
    pub fn shortcodes_mut(&mut self) -> &mut Shortcodes {
        &mut self.shortcodes
    }

    pub fn has(&self, name: &str) -> bool {
        self.tera.contains_template(name)
    }

    /// Renders `template`; errors are placed in the template, with the page that was being
    /// rendered in the hint.
    pub fn render(&self, template: &str, context: &Context, for_file: &Path) -> Result<String, Vec<Diagnostic>> {
        if !self.has(template) {
            let d = Diagnostic::error(
                Rule::Template,
                for_file,
                Position::START,
                text!("render-template-missing", template = template),
            )
            .with_hint(self.missing_template_hint(template));
            return Err(vec![d]);
        }
        self.tera.render(template, context).map_err(|err| {
            template_errors(&err, &self.sources)
                .into_iter()
                .map(|d| d.with_hint(text!("render-template-while", file = for_file)))
                .collect()
        })
    }

    /// "did you mean `story.html`?" and the page templates this site has (built in or its own).
    fn missing_template_hint(&self, template: &str) -> Text {
        let mut names: Vec<&str> = self
            .sources
            .keys()
            .map(String::as_str)
            .filter(|n| !n.starts_with("partials/") && !n.starts_with("shortcodes/") && !n.starts_with("loket/"))
            .collect();
        names.sort_unstable();
        let nearest = names.iter().map(|n| (strsim::levenshtein(template, n), *n)).filter(|&(d, _)| d <= 3).min();
        match nearest {
            Some((_, n)) => text!("render-template-nearest", nearest = n, names = names.join(", ")),
            None => text!("render-template-names", names = names.join(", ")),
        }
    }

    /// Gives `site_tree()` its data: per language, the nested page tree.
    pub fn set_site_trees(&self, trees: HashMap<String, Vec<TreeNode>>) {
        // A poisoned lock only means a render panicked; the data is replaced whole anyway.
        *self.site_trees.write().unwrap_or_else(|e| e.into_inner()) = trees;
    }

    /// The canonical URLs of the pages that called `site_tree()` when last rendered.
    pub fn site_tree_callers(&self) -> Vec<String> {
        self.site_tree_callers.lock().unwrap_or_else(|e| e.into_inner()).iter().cloned().collect()
    }

    /// Whether the page with this canonical URL called `site_tree()` when last rendered.
    pub fn calls_site_tree(&self, canonical: &str) -> bool {
        self.site_tree_callers.lock().unwrap_or_else(|e| e.into_inner()).contains(canonical)
    }

    /// Sets values every render sees.
    pub fn global_context(&mut self) -> &mut Context {
        self.tera.global_context()
    }
}

/// Tera's errors as findings, from its typed errors: a syntax or rendering error at its
/// template's line and column, anything else at the templates folder. Errors that wrap
/// others (a failed function call inside a render) give one finding each.
fn template_errors(err: &tera::Error, sources: &HashMap<String, (std::path::PathBuf, bool)>) -> Vec<Diagnostic> {
    // Where each error is, and Tera's own words for it (for maintainers: shown as a detail).
    let mut found: Vec<(std::path::PathBuf, Position, bool, String)> = Vec::new();
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(current) = next {
        if let Some(error) = current.downcast_ref::<tera::Error>() {
            found.push(match error.kind() {
                tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
                    let (file, builtin) =
                        sources.get(report.filename()).cloned().unwrap_or_else(|| (report.filename().into(), false));
                    let span = report.span();
                    let position = Position::new(span.start_line.max(1), span.start_col + 1);
                    (file, position, builtin, report.message().trim().to_string())
                }
                other => (theme::TEMPLATES_DIR.into(), Position::START, false, other.to_string()),
            });
        } else if let Some(last) = found.last_mut() {
            // The cause of the error above (a Fluent message, say): its text completes it.
            last.3 = format!("{}: {current}", last.3);
        } else {
            found.push((theme::TEMPLATES_DIR.into(), Position::START, false, current.to_string()));
        }
        next = current.source();
    }
    found
        .into_iter()
        .map(|(file, position, builtin, detail)| {
            Diagnostic::error(Rule::Template, file, position, text!("render-template-error", detail = detail))
                .in_builtin_theme(builtin)
        })
        .collect()
}

/// `t(key="...", name=value, ...)`: the UI string in the language of the page being rendered.
/// With `bdi=true`, for HTML content only (never an attribute): the string escaped, each text
/// argument (a title, a name) escaped and isolated in `<bdi>`, so that an Arabic title in a
/// Dutch sentence, or a Dutch one in an Arabic sentence, does not reorder the words around it.
fn register_functions(
    tera: &mut Tera,
    locales: Arc<Locales>,
    site_trees: Arc<RwLock<HashMap<String, Vec<TreeNode>>>>,
    callers: Arc<Mutex<HashSet<String>>>,
) {
    // `site_tree()`: the nested page tree of the page's language, for sitemap pages.
    tera.register_function("site_tree", move |_: Kwargs, state: &State| -> tera::TeraResult<Value> {
        let lang: String = state.get("lang")?.unwrap_or_default();
        if let Some(canonical) = state.get::<String>("canonical")? {
            callers.lock().unwrap_or_else(|e| e.into_inner()).insert(canonical);
        }
        let trees = site_trees.read().unwrap_or_else(|e| e.into_inner());
        // Made a value only here: few pages show the whole tree.
        Ok(trees.get(&lang).map_or_else(|| Value::from(Vec::<Value>::new()), Value::from_serializable))
    });
    tera.register_function("t", move |kwargs: Kwargs, state: &State| -> tera::TeraResult<Value> {
        let key: String = kwargs.must_get("key")?;
        let isolate = kwargs.get::<bool>("bdi")?.unwrap_or(false);
        let mut isolated: Vec<String> = Vec::new();
        // `lang=` renders a string in another language, such as a note beside a link to it.
        let lang: String = match kwargs.get::<String>("lang")? {
            Some(lang) => lang,
            None => state.get("lang")?.ok_or_else(|| tera::Error::message("t() needs `lang` in the context"))?,
        };
        let mut args = FluentArgs::new();
        for (name, value) in kwargs.iter() {
            let Some(name) = name.as_str() else { continue };
            if name == "key" || name == "lang" || name == "bdi" {
                continue;
            }
            let value = if let Some(n) = value.as_i64() {
                FluentValue::from(n)
            } else if let Some(n) = value.as_f64() {
                FluentValue::from(n)
            } else if let (Some(s), true) = (value.as_str(), isolate) {
                // A stand-in that escaping leaves alone, replaced after escaping.
                isolated.push(s.to_string());
                FluentValue::from(placeholder(isolated.len() - 1))
            } else if let Some(s) = value.as_str() {
                FluentValue::from(s.to_string())
            } else {
                FluentValue::from(value.to_string())
            };
            args.set(name.to_string(), value);
        }
        let text = locales.format(&lang, &key, Some(&args)).map_err(tera::Error::message)?;
        Ok(if isolate { Value::safe_string(&isolate_arguments(&text, &isolated)) } else { Value::from(text) })
    });
}

/// Stands for text argument `n` of `t(bdi=true)` while Fluent formats the string: characters
/// of the Private Use Area, which neither Fluent nor the escaper change.
fn placeholder(n: usize) -> String {
    format!("\u{E000}{n}\u{E001}")
}

/// `text` (a formatted UI string) escaped for HTML, its placeholders replaced by their
/// arguments, escaped and isolated in `<bdi>`. One pass: an argument's own text is never read
/// for placeholders.
fn isolate_arguments(text: &str, arguments: &[String]) -> String {
    let escaped = crate::escape::html(text);
    let mut out = String::with_capacity(escaped.len() + arguments.iter().map(|a| a.len() + 11).sum::<usize>());
    let mut rest = escaped.as_str();
    while let Some(start) = rest.find('\u{E000}') {
        out.push_str(&rest[..start]);
        let after = &rest[start + '\u{E000}'.len_utf8()..];
        let argument = after
            .find('\u{E001}')
            .and_then(|end| Some((after[..end].parse::<usize>().ok()?, end)))
            .and_then(|(n, end)| Some((arguments.get(n)?, end)));
        match argument {
            Some((argument, end)) => {
                out.push_str("<bdi>");
                out.push_str(&crate::escape::html(argument));
                out.push_str("</bdi>");
                rest = &after[end + '\u{E001}'.len_utf8()..];
            }
            // Not one of ours (a translator's own character): left out.
            None => rest = after,
        }
    }
    out.push_str(rest);
    out
}

/// What templates see of a page in lists, cards, breadcrumbs and its own context.
#[derive(Debug, Clone, Serialize)]
pub struct PageSummary {
    pub title: String,
    pub breadcrumb: String,
    pub description: String,
    pub url: String,
    pub permalink: String,
    pub lang: Lang,
    pub kind: crate::load::page::PageKind,
    pub translation_key: String,
    pub weight: Option<i64>,
    pub date: Option<String>,
    pub date_display: Option<String>,
    pub updated: Option<String>,
    pub updated_display: Option<String>,
    /// `updated`, else `date`.
    pub last_changed: Option<String>,
    pub last_changed_display: Option<String>,
    pub image: Option<ImageValue>,
    pub extra: serde_json::Map<String, serde_json::Value>,
    /// `false` for a page with `listed: false`: left out of `children` and feeds.
    pub listed: bool,
    /// `text_language`, where the page's text is in another language than its tree: `lang`
    /// and `dir` for its title, description and content. `None` otherwise.
    pub text_lang: Option<String>,
    pub text_dir: Option<Direction>,
    /// The key of the parent's group this page belongs to (`group:`).
    pub group: Option<String>,
    /// A section's `groups:` (keys and labels), so that a change to them renders it again.
    pub groups: Vec<crate::load::frontmatter::GroupDecl>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImageValue {
    pub src: String,
    pub alt: String,
    /// Its size and variants, when it is a picture next to pages (`partials/picture.html`).
    #[serde(flatten)]
    pub picture: Option<crate::images::Picture>,
}

/// Up to this many other languages, the language switcher is an inline list of links; with
/// more, a disclosure (`<details>`) naming the current language, so that ten languages do not
/// fill a phone's screen. Templates see the choice as `switcher_compact`.
pub const SWITCHER_INLINE_MAX: usize = 3;

#[derive(Debug, Clone, Serialize)]
struct LanguageLink {
    lang: Lang,
    /// Its writing direction, for `dir` beside `lang` (`ltr`, `rtl`).
    dir: Direction,
    /// The language's name in itself.
    name: String,
    url: String,
    permalink: String,
    title: String,
    /// `false` when this points at the nearest translated ancestor instead.
    exact: bool,
    /// The language of the page being shown (only in `language_choices`).
    current: bool,
}

#[derive(Debug, Clone, Serialize)]
struct Alternate {
    lang: Lang,
    permalink: String,
}

#[derive(Debug, Clone, Serialize)]
struct Crumb {
    title: String,
    url: String,
    current: bool,
}

#[derive(Debug, Clone, Serialize)]
struct GroupValue {
    key: String,
    label: String,
    pages: Vec<Value>,
}

#[derive(Debug, Clone, Serialize)]
struct HeadingValue<'a> {
    level: u8,
    id: &'a str,
    text: &'a str,
    /// The text as HTML with the `lang` and `dir` of phrases marked in it (`Heading::html`):
    /// for the table of contents, with `| safe`.
    html: &'a str,
}

/// Everything computed once per build that page contexts share.
#[derive(Default)]
pub struct SiteValues {
    /// Per page, its summary. Kept as a struct (less than half the memory of a Tera map)
    /// and made a value where a context shows it (`summary_value`).
    pub summaries: Vec<PageSummary>,
    /// Per language: `site` and `menus`.
    pub site: HashMap<Lang, Value>,
    pub menus: HashMap<Lang, Value>,
    /// Sections with an Atom feed (`feeds::feed_sections`, set by the site, which also makes
    /// their routes from them).
    pub feed_sections: Vec<PageId>,
    /// Per language, its Open Graph locale (`nl_NL`).
    pub og_locales: HashMap<Lang, String>,
    /// Per language, the shared values of `data/` (`data` in templates).
    pub data: HashMap<Lang, Value>,
    /// Which pages name which topics, and what each topic page lists.
    pub topics: crate::load::topics::TopicIndex,
}

pub struct PageInput<'a> {
    pub config: &'a SiteConfig,
    pub pages: &'a [Page],
    pub tree: &'a PageTree,
    pub values: &'a SiteValues,
}

impl SiteValues {
    /// The values derived across pages (`site`, `menus`, topics), after pages changed.
    pub fn refresh(&mut self, config: &SiteConfig, pages: &[Page], tree: &PageTree) {
        let mut site = HashMap::new();
        let languages: Vec<LanguageLink> = config
            .languages
            .iter()
            .map(|(code, language)| {
                let url = config.home_url(code);
                LanguageLink {
                    lang: code.clone(),
                    dir: config.direction(code),
                    name: language.name.clone(),
                    permalink: config.permalink(&url),
                    url,
                    title: language.title.clone(),
                    exact: true,
                    current: false,
                }
            })
            .collect();
        // A language's search page and sitemap page are its pages with those templates.
        let url_of = |template: &str| -> HashMap<&str, &str> {
            pages.iter().filter(|p| p.template() == template).map(|p| (p.lang.as_str(), p.url.as_str())).collect()
        };
        let search_urls = url_of("search.html");
        let sitemap_urls = url_of("sitemap.html");
        for (code, language) in &config.languages {
            let alert = config.alert.as_ref().and_then(|a| {
                a.texts.get(code.as_str()).map(|text| serde_json::json!({ "kind": a.kind, "text": text }))
            });
            let value = serde_json::json!({
                "title": language.title,
                "language_name": language.name,
                "base_url": config.base_url,
                "default_language": config.default_language,
                "root_language": config.root_language,
                "home_url": config.home_url(code),
                "languages": languages,
                "alert": alert,
                "search_url": search_urls.get(code.as_str()),
                "sitemap_url": sitemap_urls.get(code.as_str()),
            });
            site.insert(code.clone(), Value::from_serializable(&value));
        }
        self.og_locales = config.languages.keys().map(|code| (code.clone(), og_locale(code))).collect();
        self.site = site;
        self.menus = menu_values(config, pages, tree);
        self.topics = crate::load::topics::TopicIndex::new(pages);
    }

    /// After one page changed (`serve`).
    pub fn set_summary(&mut self, id: PageId, summary: PageSummary) {
        self.summaries[id] = summary;
    }

    /// What templates see of page `id` in lists, cards and links.
    pub fn summary_value(&self, id: PageId) -> Value {
        Value::from_serializable(&self.summaries[id])
    }
}

/// Per language, each menu's entries with their labels and URLs.
fn menu_values(config: &SiteConfig, pages: &[Page], tree: &PageTree) -> HashMap<Lang, Value> {
    let mut menus = HashMap::new();
    for code in config.languages.keys() {
        let lang_menus: serde_json::Map<String, serde_json::Value> = config
            .menus
            .iter()
            .map(|(name, entries)| {
                let items: Vec<serde_json::Value> = entries
                    .iter()
                    .filter_map(|e| match &e.target {
                        // A language without the page: its nearest translated page (a warning).
                        MenuTarget::Page(key) => tree.menu_target(pages, config.language_codes(), key, code).map(|target| {
                            let id = target.page;
                            serde_json::json!({ "title": pages[id].breadcrumb(), "url": pages[id].url, "translation_key": pages[id].translation_key, "external": false, "fallback": !target.exact })
                        }),
                        MenuTarget::External { urls, labels, langs } => {
                            // `hreflang` only where the page it leads to is in another language.
                            let hreflang = langs.get(code.as_str()).filter(|l| l.as_str() != code.as_str());
                            labels.get(code.as_str()).zip(urls.get(code.as_str())).map(|(label, url)| {
                                serde_json::json!({ "title": label, "url": url, "external": true, "hreflang": hreflang })
                            })
                        }
                    })
                    .collect();
                (name.clone(), serde_json::Value::Array(items))
            })
            .collect();
        menus.insert(code.clone(), Value::from_serializable(&lang_menus));
    }
    menus
}

/// A page in `site_tree()`, with the pages below it.
#[derive(Debug, Clone, Serialize)]
pub struct TreeNode {
    title: String,
    url: String,
    children: Vec<TreeNode>,
}

/// Per language, its home with every page below it, in sibling order.
pub fn site_trees(config: &SiteConfig, pages: &[Page], tree: &PageTree) -> HashMap<String, Vec<TreeNode>> {
    fn node(pages: &[Page], tree: &PageTree, id: PageId) -> TreeNode {
        TreeNode {
            title: pages[id].breadcrumb().to_string(),
            url: pages[id].url.clone(),
            children: tree.children(id).iter().map(|&c| node(pages, tree, c)).collect(),
        }
    }
    config
        .language_codes()
        .filter_map(|lang| tree.home(lang).map(|home| (lang.to_string(), vec![node(pages, tree, home)])))
        .collect()
}

/// The context of one page's template.
pub fn page_context(input: &PageInput<'_>, id: PageId, rendered: &Rendered) -> Context {
    let PageInput { config, pages, tree, values } = *input;
    let page = &pages[id];
    let mut context = Context::new();
    context.insert("lang", &page.lang);
    context.insert("dir", &config.direction(&page.lang));
    context.insert_value("site", values.site[&page.lang].clone());
    context.insert_value("menus", values.menus[&page.lang].clone());
    context.insert_value("data", values.data.get(&page.lang).cloned().unwrap_or_else(Value::none));

    let mut page_value = values.summary_value(id).into_map().unwrap_or_default();
    page_value.insert("content".into(), Value::safe_string(&rendered.html));
    page_value.insert("template".into(), page.template().into());
    page_value.insert("search".into(), page.front.search.into());
    // A grouped overview's headings follow the body's: they are `h2`s after the content.
    let grouped = crate::load::groups::grouped(pages, tree, id);
    let group_html: Vec<String> = grouped.iter().map(|(g, _)| crate::escape::html(&g.label)).collect();
    let mut headings: Vec<HeadingValue<'_>> = rendered
        .headings
        .iter()
        .map(|h| HeadingValue { level: h.level, id: &h.id, text: &h.text, html: &h.html })
        .collect();
    headings.extend(grouped.iter().zip(&group_html).map(|((g, _), html)| HeadingValue {
        level: 2,
        id: &g.key,
        text: &g.label,
        html,
    }));
    page_value.insert("headings".into(), Value::from_serializable(&headings));
    page_value.insert("lead".into(), page.front.lead.into());
    let cards = rendered.cards.as_ref().map_or_else(Value::none, Value::from_serializable);
    page_value.insert("cards".into(), cards);
    page_value.insert("toc".into(), show_toc(config, page, rendered, grouped.len()).into());
    context.insert_value("page", Value::from(page_value));

    let mut crumbs: Vec<Crumb> = tree
        .ancestors(id)
        .into_iter()
        .map(|a| Crumb { title: pages[a].breadcrumb().to_string(), url: pages[a].url.clone(), current: false })
        .collect();
    crumbs.push(Crumb { title: page.breadcrumb().to_string(), url: page.url.clone(), current: true });
    context.insert_value("json_ld", Value::safe_string(&breadcrumb_json_ld(config, &crumbs)));
    context.insert("breadcrumbs", &crumbs);
    let feed_url = super::feeds::feed_url_for(pages, tree, &values.feed_sections, id);
    context.insert("feed_url", &feed_url);
    let summaries = |ids: &[PageId]| Value::from(ids.iter().map(|&c| values.summary_value(c)).collect::<Vec<_>>());
    // The topics this page names (links to their pages), and on a topic page, its pages.
    context.insert_value("topics", summaries(values.topics.of_page(id)));
    context.insert_value("topic_pages", summaries(values.topics.listed(id)));
    // `listed: false` pages are built but left out of the automatic lists.
    let children: Vec<Value> =
        tree.children(id).iter().filter(|&&c| pages[c].front.listed).map(|&c| values.summary_value(c)).collect();
    context.insert_value("children", Value::from(children));
    let groups: Vec<GroupValue> = grouped
        .iter()
        .map(|(g, ids)| GroupValue {
            key: g.key.clone(),
            label: g.label.clone(),
            pages: ids.iter().map(|&c| values.summary_value(c)).collect(),
        })
        .collect();
    context.insert("groups", &groups);
    context.insert_value("parent", tree.parent(id).map_or_else(Value::none, |p| values.summary_value(p)));

    let mut switcher = Vec::new();
    // Every language in `site.yaml`'s order, this page's own marked: the compact switcher.
    let mut choices = Vec::new();
    // The same alternates as the sitemap's: none for a page without translation.
    let hreflang = tree.alternates(config, pages, id);
    let alternates: Vec<Alternate> = hreflang
        .iter()
        .flat_map(|a| &a.links)
        .map(|(lang, permalink)| Alternate { lang: lang.clone(), permalink: permalink.clone() })
        .collect();
    for (code, language) in &config.languages {
        if *code == page.lang {
            choices.push(LanguageLink {
                lang: code.clone(),
                dir: config.direction(code),
                name: language.name.clone(),
                url: page.url.clone(),
                permalink: config.permalink(&page.url),
                title: page.front.title.clone(),
                exact: true,
                current: true,
            });
            continue;
        }
        if let Some(target) = tree.switch_target(pages, id, code) {
            let target_page = &pages[target.page];
            let link = LanguageLink {
                lang: code.clone(),
                dir: config.direction(code),
                name: language.name.clone(),
                url: target_page.url.clone(),
                permalink: config.permalink(&target_page.url),
                title: target_page.front.title.clone(),
                exact: target.exact,
                current: false,
            };
            choices.push(link.clone());
            switcher.push(link);
        }
    }
    let x_default = hreflang.map(|a| a.x_default);
    let og_alternates: Vec<&String> =
        alternates.iter().filter(|a| a.lang != page.lang).filter_map(|a| values.og_locales.get(&a.lang)).collect();
    context.insert("og_locale", &values.og_locales.get(&page.lang));
    context.insert("og_locale_alternates", &og_alternates);
    context.insert("switcher_compact", &(switcher.len() > SWITCHER_INLINE_MAX));
    context.insert("translations", &switcher);
    context.insert("language_choices", &choices);
    context.insert("alternates", &alternates);
    context.insert("x_default", &x_default);
    context.insert("canonical", &config.permalink(&page.url));
    context
}

/// Whether the page shows "On this page": its own `toc:`, else whether it has at least
/// `toc_min_headings` `##` headings (0: never by default); a grouped overview's headings
/// (`groups`) count as `##` headings.
fn show_toc(config: &SiteConfig, page: &Page, rendered: &Rendered, groups: usize) -> bool {
    let h2 = rendered.headings.iter().filter(|h| h.level == 2).count() + groups;
    match page.front.toc {
        Some(choice) => choice && h2 > 0,
        None => config.toc_min_headings > 0 && h2 >= config.toc_min_headings,
    }
}

/// `nl` → `nl_NL`, `en` → `en_US`, `pt-br` → `pt_BR`: the language's likely region.
fn og_locale(code: &str) -> String {
    let mut id: unic_langid::LanguageIdentifier = code.parse().unwrap_or_default();
    id.maximize();
    match id.region {
        Some(region) => format!("{}_{}", id.language, region),
        None => id.language.to_string(),
    }
}

/// Schema.org `BreadcrumbList` as JSON for a `<script type="application/ld+json">` data
/// block; `<` is escaped so the text can never close the element. Written from structs (not
/// `serde_json::Value` maps) with the keys in the order the maps gave them.
fn breadcrumb_json_ld(config: &SiteConfig, crumbs: &[Crumb]) -> String {
    #[derive(Serialize)]
    struct BreadcrumbList<'a> {
        #[serde(rename = "@context")]
        context: &'static str,
        #[serde(rename = "@type")]
        kind: &'static str,
        #[serde(rename = "itemListElement")]
        items: Vec<ListItem<'a>>,
    }
    #[derive(Serialize)]
    struct ListItem<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        item: String,
        name: &'a str,
        position: usize,
    }
    let items = crumbs
        .iter()
        .enumerate()
        .map(|(i, c)| ListItem { kind: "ListItem", item: config.permalink(&c.url), name: &c.title, position: i + 1 })
        .collect();
    let list = BreadcrumbList { context: "https://schema.org", kind: "BreadcrumbList", items };
    serde_json::to_string(&list).unwrap_or_default().replace('<', "\\u003c")
}

/// The context of pages that belong to a language but to no Markdown file (404, redirects).
pub fn language_context(input: &PageInput<'_>, lang: &str) -> Context {
    let mut context = Context::new();
    context.insert("lang", lang);
    context.insert("dir", &input.config.direction(lang));
    context.insert_value("site", input.values.site[lang].clone());
    context.insert_value("menus", input.values.menus[lang].clone());
    context.insert_value("data", input.values.data.get(lang).cloned().unwrap_or_else(Value::none));
    let home = input.tree.home(lang).map(|h| input.values.summary_value(h)).unwrap_or_else(Value::none);
    context.insert_value("home", home);
    // The switcher of a page that has no translations (404): every language's home page.
    let choices: Vec<LanguageLink> = input
        .config
        .languages
        .iter()
        .filter_map(|(code, language)| {
            let home = input.tree.home(code)?;
            let url = input.pages[home].url.clone();
            Some(LanguageLink {
                lang: code.clone(),
                name: language.name.clone(),
                dir: input.config.direction(code),
                permalink: input.config.permalink(&url),
                url,
                title: input.pages[home].front.title.clone(),
                exact: true,
                current: code.as_str() == lang,
            })
        })
        .collect();
    let others: Vec<&LanguageLink> = choices.iter().filter(|c| !c.current).collect();
    context.insert("switcher_compact", &(others.len() > SWITCHER_INLINE_MAX));
    context.insert("translations", &others);
    context.insert("language_choices", &choices);
    // Open Graph locales: this language's, and the others' as alternates.
    let locales = &input.values.og_locales;
    let others: Vec<&String> =
        input.config.language_codes().filter(|code| *code != lang).filter_map(|code| locales.get(code)).collect();
    context.insert("og_locale", &locales.get(lang));
    context.insert("og_locale_alternates", &others);
    context
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isolated_arguments_are_escaped_and_wrapped_in_bdi() {
        let text = format!("Ga naar {} & {}.", placeholder(0), placeholder(1));
        let arguments = ["<b>Asiel</b> \"x\"".to_string(), "اللجوء".to_string()];
        assert_eq!(
            isolate_arguments(&text, &arguments),
            "Ga naar <bdi>&lt;b&gt;Asiel&lt;/b&gt; &quot;x&quot;</bdi> &amp; <bdi>اللجوء</bdi>."
        );
        // An argument that looks like a placeholder is text; stray marks are left out.
        let arguments = [placeholder(1), "<i>".to_string()];
        assert_eq!(
            isolate_arguments(&format!("{} \u{E000}9\u{E001} \u{E000}", placeholder(0)), &arguments),
            format!("<bdi>{}</bdi> 9\u{E001} ", placeholder(1))
        );
    }

    #[test]
    fn t_with_bdi_isolates_titles_in_html() {
        let root = tempfile::tempdir().expect("temporary folder");
        let locales = Arc::new(Locales::load(root.path(), &["nl", "en"]).expect("built-in locales"));
        let mut tera = Tera::default();
        register_functions(&mut tera, locales, Arc::default(), Arc::default());
        tera.add_raw_template(
            "x.html",
            "{{ t(key='not-found-home', site=title, bdi=true) }}|{{ t(key='not-found-home', site=title) }}",
        )
        .expect("template");
        let mut context = Context::new();
        context.insert("lang", "en");
        context.insert("title", "A & <b>B</b>");
        let html = tera.render("x.html", &context).expect("render");
        assert_eq!(
            html,
            "Go to the home page of <bdi>A &amp; &lt;b&gt;B&lt;/b&gt;</bdi>|Go to the home page of A &amp; &lt;b&gt;B&lt;/b&gt;"
        );
    }
}
