//! The route table: every file of the output, by its path, with the one source that produces
//! it (a page, an alias, an asset next to pages, a static file or a file loket generates).
//! A second source for a path, or a file where another needs a folder, is an
//! `output-conflict` finding naming both; the table then drives rendering and writing, and
//! is what `serve` compares between rebuilds.
//!
//! Two paths that differ only in letter case (`/nl/faq/Vraag/` and `/nl/faq/vraag/`) or in
//! how an accented letter is encoded (NFC `é` and NFD `e` + `◌́`) are one file on Windows, on
//! macOS and on many hosts, so the conflict check compares paths by their [`fold`]ed form.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::lang::Lang;
use crate::load::config::SiteConfig;
use crate::load::content::Asset;
use crate::load::page::{Page, PageId};
use crate::load::theme::{self, ThemeFile};
use crate::load::tree::PageTree;
use crate::messages::Text;
use crate::render::feeds;
use crate::rules::Rule;
use crate::text;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;

/// The folder below the output root that holds the search index and Pagefind's script.
pub const SEARCH_DIR: &str = "pagefind";

/// The file that marks a folder as loket's own output, which it may replace.
pub const MARKER: &str = ".loket-output";

/// An output path: `/`-separated from the output root, with a leading `/`
/// (`/nl/asiel/index.html`, `/css/loket.css`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OutputPath(String);

impl OutputPath {
    pub fn new(path: impl Into<String>) -> OutputPath {
        let path = path.into();
        if path.starts_with('/') {
            OutputPath(path)
        } else {
            OutputPath(format!("/{path}"))
        }
    }

    /// A page URL (`/nl/asiel/`) as its file (`/nl/asiel/index.html`).
    pub fn for_url(url: &str) -> OutputPath {
        if url.ends_with('/') {
            OutputPath(format!("{url}index.html"))
        } else {
            OutputPath(url.to_string())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The folders this path lies in, innermost first: `/a/b/c.html` → `/a/b`, `/a`.
    fn folders(&self) -> impl Iterator<Item = &str> {
        let path = self.0.as_str();
        path.match_indices('/').rev().map(move |(i, _)| &path[..i]).filter(|f| !f.is_empty())
    }
}

// Lookups by `&str` without allocating; ordered and hashed as its string.
impl std::borrow::Borrow<str> for OutputPath {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for OutputPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The files loket writes that belong to no single source file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Generated {
    /// `/index.html`: the language chooser (not made when a language is served at the root).
    Chooser,
    /// `/404.html`, in every language (not made when a language is served at the root).
    RootNotFound,
    /// `/<lang>/404.html`; `/404.html` for the language served at the root.
    NotFound(Lang),
    Sitemap,
    Robots,
    /// A section's Atom feed.
    Feed(PageId),
    NetlifyRedirects,
    NginxRedirects,
    /// The folder of the search index, written by Pagefind.
    SearchIndex,
    /// The marker file of loket's output folders.
    Marker,
}

/// What produces one output file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Producer {
    Page(PageId),
    /// An index into the site's aliases.
    Alias(usize),
    /// An index into the content's assets.
    Asset(usize),
    /// The WebVTT file made from the SubRip asset at this index (`uitleg.srt` → `uitleg.vtt`).
    Captions(usize),
    /// A smaller variant of a picture: the index of the asset, and of its variant
    /// (`site::images`).
    ImageVariant(usize, usize),
    /// An index into the theme's static files.
    Static(usize),
    Generated(Generated),
}

/// One output file and its producer. `source` is the file the producer comes from, shown in
/// findings (`site.yaml` for generated files).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub producer: Producer,
    pub source: PathBuf,
    /// Where in `source` the producer is declared (an alias's line), for findings.
    pub position: Position,
}

/// An alias: an old URL that redirects to a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The old URL, normalised (`/nl/oud/`, or `/oud.html` as written).
    pub path: String,
    pub target: PageId,
    pub position: Position,
    /// Made by loket rather than written: the page's address with its language folder
    /// (`/nl/asiel/` for `/asiel/`), for a site whose language moved to the root. It gives
    /// way, without a finding, to anything else at that address.
    pub old_address: bool,
}

impl Alias {
    pub fn output_path(&self) -> OutputPath {
        OutputPath::for_url(&self.path)
    }

    /// Whether the alias gets a redirect page of its own: a folder address or an `.html`
    /// file. Any other old file (`/oud.php`, `/nieuws.xml`) is redirected only by the host's
    /// redirect files, since an HTML page under that name would not be read as one.
    pub fn writes_page(&self) -> bool {
        let last = self.path.rsplit('/').next().unwrap_or("");
        match last.rsplit_once('.') {
            None => true,
            Some((_, extension)) => extension.eq_ignore_ascii_case("html") || extension.eq_ignore_ascii_case("htm"),
        }
    }
}

/// What the route table is made from.
pub struct Sources<'a> {
    pub config: &'a SiteConfig,
    pub pages: &'a [Page],
    pub tree: &'a PageTree,
    pub aliases: &'a [Alias],
    pub assets: &'a [Asset],
    /// Per asset, the URLs of its picture variants (empty: none).
    pub variant_urls: &'a [Vec<String>],
    pub static_files: &'a [ThemeFile],
    /// Static files that exist but could not be read: served as far as links go.
    pub unread_static: &'a [String],
    pub feed_sections: &'a [PageId],
}

/// Every output path with its one producer, in path order.
#[derive(Debug, Default, Clone)]
pub struct Routes {
    by_path: BTreeMap<OutputPath, Route>,
    /// Every path of `by_path` by its [`fold`]ed form: what a file system that ignores case
    /// and Unicode normalization sees.
    by_fold: HashMap<String, OutputPath>,
    /// Static files that exist but could not be read (their own finding says so): a link to
    /// one is not a broken link as well.
    unread: HashSet<OutputPath>,
}

/// A path as a case-insensitive, normalization-insensitive file system compares it (Windows'
/// NTFS, macOS's APFS and HFS+): in lowercase and in Unicode normalization form C.
pub fn fold(path: &str) -> String {
    if path.is_ascii() {
        return path.to_ascii_lowercase();
    }
    // Lowercasing can undo a composition (and NFC can change case mappings), so normalise
    // before and after.
    path.nfc().collect::<String>().to_lowercase().nfc().collect()
}

impl Routes {
    /// Generated files first (loket's own names win), then pages, aliases, assets and static
    /// files; every path a later source also claims is a finding at that source.
    pub fn build(sources: &Sources<'_>) -> (Routes, Diagnostics) {
        let mut routes = Routes::default();
        let mut problems = Diagnostics::new();
        let config = sources.config;
        let site_file = || config.file.clone();
        let mut generated = Vec::with_capacity(config.languages.len() + sources.feed_sections.len() + 8);
        if config.root_language.is_none() {
            generated.push(("/index.html".to_string(), Generated::Chooser));
            generated.push(("/404.html".to_string(), Generated::RootNotFound));
        }
        generated.extend([
            ("/sitemap.xml".to_string(), Generated::Sitemap),
            ("/robots.txt".to_string(), Generated::Robots),
            ("/_redirects".to_string(), Generated::NetlifyRedirects),
            ("/loket-redirects.conf".to_string(), Generated::NginxRedirects),
            (format!("/{}", SEARCH_DIR.trim_matches('/')), Generated::SearchIndex),
            (format!("/{MARKER}"), Generated::Marker),
        ]);
        for lang in config.languages.keys() {
            generated.push((format!("{}404.html", config.home_url(lang)), Generated::NotFound(lang.clone())));
        }
        for &section in sources.feed_sections {
            let page = &sources.pages[section];
            generated.push((format!("{}{}", page.url, feeds::FEED_FILE), Generated::Feed(section)));
        }
        for (path, file) in generated {
            let route = Route { producer: Producer::Generated(file), source: site_file(), position: Position::START };
            routes.insert(OutputPath::new(path), route, &mut problems);
        }
        // Topic pages before content pages: a page at a topic page's address is the finding.
        let (generated, files): (Vec<_>, Vec<_>) =
            PageId::all(sources.pages.len()).zip(sources.pages).partition(|(_, page)| page.is_generated());
        for (id, page) in generated.into_iter().chain(files) {
            // Two pages with one URL are `duplicate-url`, reported by the page tree.
            if sources.tree.by_url(&page.url) != Some(id) && !page.is_generated() {
                continue;
            }
            let route = Route { producer: Producer::Page(id), source: page.source.clone(), position: Position::START };
            routes.insert(OutputPath::for_url(&page.url), route, &mut problems);
        }
        let mut redirect_only = Vec::new();
        for (index, alias) in sources.aliases.iter().enumerate() {
            let source = sources.pages[alias.target].source.clone();
            let route = Route { producer: Producer::Alias(index), source, position: alias.position };
            if alias.old_address {
                let path = alias.output_path();
                if routes.same_file(path.as_str()).is_none() {
                    routes.insert(path, route, &mut problems);
                }
            } else if alias.writes_page() {
                routes.insert(alias.output_path(), route, &mut problems);
            } else {
                redirect_only.push((alias.output_path(), route));
            }
        }
        for (index, asset) in sources.assets.iter().enumerate() {
            let source = PathBuf::from(crate::load::content::CONTENT_DIR).join(&asset.content_path);
            if let Some(vtt) = crate::render::captions::vtt_url(&asset.url) {
                let route =
                    Route { producer: Producer::Captions(index), source: source.clone(), position: Position::START };
                routes.insert(OutputPath::new(vtt), route, &mut problems);
            }
            for (variant, url) in sources.variant_urls.get(index).into_iter().flatten().enumerate() {
                let route = Route {
                    producer: Producer::ImageVariant(index, variant),
                    source: source.clone(),
                    position: Position::START,
                };
                routes.insert(OutputPath::new(url.clone()), route, &mut problems);
            }
            let route = Route { producer: Producer::Asset(index), source, position: Position::START };
            routes.insert(OutputPath::new(asset.url.clone()), route, &mut problems);
        }
        for (index, file) in sources.static_files.iter().enumerate() {
            let route = Route {
                producer: Producer::Static(index),
                source: file.display_path(theme::STATIC_DIR),
                position: Position::START,
            };
            routes.insert(OutputPath::new(file.name.clone()), route, &mut problems);
        }
        routes.unread = sources.unread_static.iter().map(|name| OutputPath::new(name.clone())).collect();
        // A redirect without a page of its own may not name a file that exists.
        for (path, route) in redirect_only {
            if let Some((owner_path, owner)) = routes.same_file(path.as_str()) {
                problems.push(conflict(&path, &route, owner_path, owner));
            }
        }
        routes.check_folders(&mut problems);
        (routes, problems)
    }

    fn insert(&mut self, path: OutputPath, route: Route, problems: &mut Diagnostics) {
        if let Some((owner_path, owner)) = self.same_file(path.as_str()) {
            problems.push(conflict(&path, &route, owner_path, owner));
            return;
        }
        self.by_fold.insert(fold(path.as_str()), path.clone());
        self.by_path.insert(path, route);
    }

    /// The path already in the table that is the same file as `path` on some file system
    /// (equal, or equal but for case or normalization), with its route.
    fn same_file(&self, path: &str) -> Option<(&OutputPath, &Route)> {
        if let Some(found) = self.by_path.get_key_value(path) {
            return Some(found);
        }
        let taken = self.by_fold.get(&fold(path))?;
        self.by_path.get_key_value(taken.as_str())
    }

    /// A file whose path is a folder of another file (`/nl/x` and `/nl/x/index.html`)
    /// cannot both be written.
    fn check_folders(&self, problems: &mut Diagnostics) {
        for (path, route) in &self.by_path {
            for folder in path.folders() {
                if let Some((owner_path, owner)) = self.same_file(folder) {
                    problems.push(
                        Diagnostic::error(
                            Rule::OutputConflict,
                            &owner.source,
                            owner.position,
                            text!(
                                "site-output-file-is-folder",
                                file = owner_path.as_str(),
                                path = path.as_str(),
                                producer = describe(route)
                            ),
                        )
                        .with_hint(text!("site-output-rename-one")),
                    );
                }
            }
        }
    }

    pub fn get(&self, path: &OutputPath) -> Option<&Route> {
        self.by_path.get(path)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&OutputPath, &Route)> {
        self.by_path.iter()
    }

    pub fn len(&self) -> usize {
        self.by_path.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_path.is_empty()
    }

    /// Whether a site-absolute link (`/nl/asiel/`, `/nl/asiel`, `/css/site.css`) leads to an
    /// output file.
    pub fn serves(&self, url_path: &str) -> bool {
        let candidates = [
            OutputPath::new(url_path),
            OutputPath::for_url(&format!("{}/", url_path.trim_end_matches('/'))),
            OutputPath::for_url(url_path),
        ];
        candidates.iter().any(|path| {
            self.unread.contains(path)
                || self.by_path.get(path).is_some_and(|r| r.producer != Producer::Generated(Generated::SearchIndex))
        })
    }
}

/// What produces `route`, in words, for findings.
fn describe(route: &Route) -> Text {
    let kind = match &route.producer {
        Producer::Page(_) if route.source.as_path() == std::path::Path::new(crate::load::config::CONFIG_FILE) => {
            "topic"
        }
        Producer::Page(_) => "page",
        Producer::Alias(_) => "alias",
        Producer::Asset(_) | Producer::Captions(_) | Producer::ImageVariant(..) => "file",
        Producer::Static(_) => "static",
        Producer::Generated(_) => "loket",
    };
    text!("site-producer", kind = kind, source = &route.source)
}

fn conflict(path: &OutputPath, second: &Route, owner_path: &OutputPath, owner: &Route) -> Diagnostic {
    let hint = match (&second.producer, &owner.producer) {
        (_, Producer::Generated(_)) => text!("site-output-loket-file", path = path.as_str()),
        (Producer::Page(_), Producer::Page(_))
            if owner.source.as_path() == std::path::Path::new(crate::load::config::CONFIG_FILE) =>
        {
            text!("site-output-topic-page")
        }
        (Producer::Alias(_), Producer::Page(_)) => text!("site-output-alias-of-page"),
        (Producer::Alias(_), Producer::Alias(_)) => text!("site-output-alias-twice"),
        (Producer::Asset(_) | Producer::Captions(_) | Producer::ImageVariant(..) | Producer::Static(_), _) => {
            text!("site-output-rename-or-remove")
        }
        _ => text!("site-output-one-source"),
    };
    if path != owner_path {
        return Diagnostic::error(
            Rule::OutputConflict,
            &second.source,
            second.position,
            text!(
                "site-output-case",
                path = path.as_str(),
                producer = describe(second),
                other = owner_path.as_str(),
                other_producer = describe(owner)
            ),
        )
        .with_hint(match (&second.producer, &owner.producer) {
            (Producer::Alias(_), Producer::Page(_)) => {
                let written = path.as_str().strip_suffix("index.html").unwrap_or(path.as_str());
                text!("site-output-case-alias-hint", alias = written)
            }
            _ => text!("site-output-case-hint"),
        });
    }
    Diagnostic::error(
        Rule::OutputConflict,
        &second.source,
        second.position,
        text!("site-output-twice", path = path.as_str(), producer = describe(second), other_producer = describe(owner)),
    )
    .with_hint(hint)
}

/// The aliases of every page, each validated as a path of the site: `/`-rooted, segments of
/// letters, digits, `-`, `_`, `.` and `~` only (no spaces, control characters, `?`, `#`, `%`
/// or `..`). Taken paths are found by the route table.
pub fn collect_aliases(pages: &[Page], problems: &mut Diagnostics) -> Vec<Alias> {
    let mut aliases = Vec::new();
    for (id, page) in PageId::all(pages.len()).zip(pages) {
        for alias in &page.front.aliases {
            match normalize_alias(&alias.value) {
                Ok(path) => aliases.push(Alias { path, target: id, position: alias.position, old_address: false }),
                Err(AliasError { rule, message, hint }) => {
                    problems.push(Diagnostic::error(rule, &page.source, alias.position, message).with_hint(hint))
                }
            }
        }
    }
    aliases
}

/// The old addresses of the pages of the language served at the root (`root_language`):
/// each page's address with the language folder (`/nl/asiel/` for `/asiel/`), leading to the
/// page, so that a site that moves its language to the root breaks no link. Left out where a
/// page or a written alias has that address already. Without a root language, none.
pub fn old_addresses(config: &SiteConfig, pages: &[Page], tree: &PageTree, written: &[Alias]) -> Vec<Alias> {
    let Some(root) = &config.root_language else { return Vec::new() };
    let taken: std::collections::HashSet<&str> = written.iter().map(|a| a.path.as_str()).collect();
    let mut aliases = Vec::new();
    for (id, page) in PageId::all(pages.len()).zip(pages) {
        if page.lang != *root {
            continue;
        }
        let mut path = String::with_capacity(root.len() + page.url.len() + 1);
        path.push('/');
        path.push_str(root);
        path.push_str(&page.url);
        if tree.by_url(&path).is_some() || taken.contains(path.as_str()) {
            continue;
        }
        aliases.push(Alias { path, target: id, position: Position::START, old_address: true });
    }
    aliases
}

struct AliasError {
    rule: Rule,
    message: Text,
    hint: Text,
}

/// `/nl/oud` → `/nl/oud/`; `/oud.html` stays; anything that is not a plain site path is
/// refused.
fn normalize_alias(written: &str) -> Result<String, AliasError> {
    let shown: String = written.chars().flat_map(char::escape_debug).collect();
    let not_a_path = |why: Text| AliasError {
        rule: Rule::Alias,
        message: text!("site-alias-not-a-path", alias = shown.as_str(), why = why),
        hint: text!("site-alias-hint"),
    };
    if !written.starts_with('/') || written.starts_with("//") {
        return Err(not_a_path(text!("site-alias-slash")));
    }
    let segments: Vec<&str> = written[1..].split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        if *segment == ".." || *segment == "." {
            return Err(AliasError {
                rule: Rule::OutsideSite,
                message: text!("site-alias-outside", alias = shown.as_str()),
                hint: text!("site-alias-outside-hint"),
            });
        }
        if segment.is_empty() && i + 1 != segments.len() {
            return Err(not_a_path(text!("site-alias-empty-part")));
        }
        if let Some(bad) = segment.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '~')))
        {
            let why = match bad {
                c if c.is_whitespace() => text!("site-alias-space"),
                c if c.is_control() => text!("site-alias-control"),
                c => text!("site-alias-character", char = c.to_string()),
            };
            return Err(not_a_path(why));
        }
    }
    let last = segments.last().copied().unwrap_or("");
    if written == "/" || written.ends_with('/') || last.contains('.') {
        Ok(written.to_string())
    } else {
        Ok(format!("{written}/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_are_plain_site_paths() {
        assert_eq!(normalize_alias("/nl/oud").ok().as_deref(), Some("/nl/oud/"));
        assert_eq!(normalize_alias("/nl/oud/").ok().as_deref(), Some("/nl/oud/"));
        assert_eq!(normalize_alias("/oud.html").ok().as_deref(), Some("/oud.html"));
        for bad in [
            "nl/oud/",
            "//evil.example/",
            "/en/old/ https://evil.example/phish 301!\n/en/x/",
            "/nl/oud\n",
            "/nl/\0x/",
            "/nl/a?b",
            "/nl/a#b",
            "/nl/%2e%2e/",
            "/nl//x/",
            "/nl/caf\u{e9}/",
        ] {
            let err = normalize_alias(bad).err().unwrap_or_else(|| panic!("{bad:?} accepted"));
            assert_eq!(err.rule, Rule::Alias, "{bad:?}");
            let message = err.message.to_string();
            assert!(!message.contains('\n') && !message.contains('\0'), "{message}");
        }
        assert_eq!(normalize_alias("/nl/../x/").err().map(|e| e.rule), Some(Rule::OutsideSite));
    }

    #[test]
    fn only_folder_and_html_aliases_get_a_page() {
        let alias = |path: &str| Alias {
            path: path.into(),
            target: PageId::new(0),
            position: Position::START,
            old_address: false,
        };
        assert!(alias("/nl/oud/").writes_page());
        assert!(alias("/oud.html").writes_page());
        assert!(alias("/oud.HTM").writes_page());
        assert!(!alias("/nieuws/atom.xml").writes_page(), "an HTML page named .xml would not parse as XML");
        assert!(!alias("/oud.php").writes_page());
    }

    #[test]
    fn paths_fold_to_one_key_when_they_differ_only_in_case_or_normalization() {
        assert_eq!(fold("/nl/FAQ/Vraag/index.html"), fold("/nl/faq/vraag/index.html"));
        assert_eq!(fold("/caf\u{e9}.txt"), fold("/cafe\u{301}.txt"), "NFC and NFD");
        assert_eq!(fold("/CAF\u{c9}.txt"), fold("/cafe\u{301}.txt"), "capital and decomposed");
        assert_ne!(fold("/nl/faq/"), fold("/nl/fac/"));
        assert_ne!(fold("/cafe.txt"), fold("/caf\u{e9}.txt"), "an accent is not case");
    }

    #[test]
    fn folders_of_a_path() {
        let path = OutputPath::new("/a/b/c.html");
        assert_eq!(path.folders().collect::<Vec<_>>(), vec!["/a/b", "/a"]);
        assert_eq!(OutputPath::for_url("/nl/").as_str(), "/nl/index.html");
    }
}
