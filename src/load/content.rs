//! Content loading: walks `content/<lang>/`, applies the folder and slug rules, reads every
//! Markdown file into a `Page` (in parallel) and lists the other files as assets.

use crate::diagnostics::{Diagnostic, Diagnostics, LineIndex, Position};
use crate::lang::Lang;
use crate::load::config::SiteConfig;
use crate::load::frontmatter;
use crate::load::page::{url_for, Page, PageKind};
use crate::load::slug::{is_slug, slugify};
use crate::progress::Progress;
use crate::rules::Rule;
use crate::sitefs::{self, Kind, Refusal};
use crate::text;
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub const CONTENT_DIR: &str = "content";

/// A non-Markdown file inside `content/`, copied next to the page that holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asset {
    pub source: PathBuf,
    /// Below `content/`, `/`-separated: `nl/verhalen/amina.svg`.
    pub content_path: String,
    /// Its URL path in the output: `/nl/verhalen/amina.svg`.
    pub url: String,
}

#[derive(Debug, Default)]
pub struct Content {
    /// In a stable order: by language as configured, then by path.
    pub pages: Vec<Page>,
    pub assets: Vec<Asset>,
    /// Paths below `content/` of drafts left out, to tell a link to a draft from a typo.
    pub drafts: HashSet<String>,
    /// Pages whose file could not be read (their settings have an error), in file order.
    pub failed: Vec<FailedPage>,
}

/// A page whose file is there but could not be read: its own finding says why. Kept by its
/// place, so that what follows only from that error (its counterpart "without translation",
/// a menu entry or link naming it, `status` counting it as missing) is not reported too.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedPage {
    pub source: PathBuf,
    pub lang: Lang,
    /// Below the language folder, without `.md`: `asiel/_index`.
    pub key_path: String,
    /// Its `translation_key` as far as it can be read without the rest of its settings
    /// (see `lenient_translation_key`), else its path.
    pub translation_key: String,
    /// The URL it would have.
    pub url: String,
}

impl FailedPage {
    /// Its path below `content/`: `nl/asiel/_index.md`.
    pub fn content_path(&self) -> String {
        format!("{}/{}.md", self.lang, self.key_path)
    }
}

pub struct LoadOptions {
    pub include_drafts: bool,
    /// Counts the `read` step.
    pub progress: Progress,
}

/// Reads the whole content tree; problems are collected, and pages that could be read are
/// returned even when others could not.
pub fn load(root: &Path, config: &SiteConfig, options: &LoadOptions) -> (Content, Diagnostics) {
    reload(root, config, options, HashMap::new())
}

/// Like `load`, but takes the pages in `previous` (keyed by `Page::source`) as they are
/// instead of reading their files again: `serve` passes every page whose file did not
/// change. Drafts are not kept between builds, so they are read again.
pub fn reload(
    root: &Path,
    config: &SiteConfig,
    options: &LoadOptions,
    mut previous: HashMap<PathBuf, Page>,
) -> (Content, Diagnostics) {
    let (listing, mut problems) = scan(root, config);
    let kept: Vec<Option<Page>> =
        listing.markdown.iter().map(|file| previous.remove(&shown(root, &file.path))).collect();
    let bar = options.progress.step("read", listing.markdown.len());
    let results: Vec<Result<Page, Failed>> = listing
        .markdown
        .par_iter()
        .zip(kept)
        .map(|(file, kept)| match kept {
            Some(page) => Ok(page),
            None => read_page(
                root,
                &file.lang,
                &file.path,
                &file.key_path,
                url_for(&file.lang, config.at_root(&file.lang), &file.key_path),
            ),
        })
        .inspect(|_| bar.inc(1))
        .collect();
    bar.finish();
    let mut pages = Vec::with_capacity(results.len());
    let mut failed = Vec::new();
    for (result, file) in results.into_iter().zip(&listing.markdown) {
        match result {
            Ok(page) => pages.push(page),
            Err(Failed { problems: errors, translation_key }) => {
                problems.extend(errors);
                failed.push(FailedPage {
                    source: shown(root, &file.path),
                    lang: file.lang.clone(),
                    translation_key: translation_key.unwrap_or_else(|| file.key_path.clone()),
                    url: url_for(&file.lang, config.at_root(&file.lang), &file.key_path),
                    key_path: file.key_path.clone(),
                });
            }
        }
    }
    let mut assets = listing.assets;
    let drafts = if options.include_drafts { HashSet::new() } else { drop_drafts(&mut pages, &mut assets) };
    (Content { pages, assets, drafts, failed }, problems)
}

/// A Markdown file found by `scan`, not read yet.
struct SourceFile {
    lang: Lang,
    path: PathBuf,
    /// Below the language folder, without `.md`: `asiel/_index`.
    key_path: String,
}

/// What `scan` finds: the Markdown files and the other files, in a stable order.
struct Listing {
    markdown: Vec<SourceFile>,
    assets: Vec<Asset>,
}

/// Walks `content/<lang>/` without reading any file, applying the folder, slug and link rules.
fn scan(root: &Path, config: &SiteConfig) -> (Listing, Diagnostics) {
    let mut problems = Diagnostics::new();
    let content_root = root.join(CONTENT_DIR);
    let mut markdown = Vec::new();
    let mut assets = Vec::new();
    // `content` itself, or a language folder, may be a link: only one into the site is read.
    match sitefs::kind(root, &content_root) {
        Err(refusal @ (Refusal::Outside | Refusal::Special(_))) => {
            problems.push(refusal.finding(root, &content_root, Rule::ContentLayout, "content-folder"));
            return (Listing { markdown, assets }, problems);
        }
        _ => check_top_level(root, &content_root, config, &mut problems),
    }

    for lang in config.languages.keys() {
        let lang_root = content_root.join(lang.as_str());
        if let Err(refusal @ (Refusal::Outside | Refusal::Special(_))) = sitefs::kind(root, &lang_root) {
            problems.push(refusal.finding(root, &lang_root, Rule::ContentLayout, "language-folder"));
            continue;
        }
        if !lang_root.is_dir() {
            if content_root.is_dir() {
                problems.push(
                    Diagnostic::error(
                        Rule::ContentLayout,
                        &config.file,
                        language_line(root, config, lang),
                        text!("load-language-no-folder", lang = lang.as_str()),
                    )
                    .with_hint(text!("load-language-no-folder-hint", lang = lang.as_str())),
                );
            }
            continue;
        }
        // Findings about a folder are given at a file in it (the first), so that an editor
        // and `serve`'s overlay can open them; the words name the folder.
        let mut at_folder: Vec<(PathBuf, Diagnostic)> = Vec::new();
        let mut files: Vec<PathBuf> = Vec::new();
        // Links are followed only into the site; a link out, a named pipe or another special
        // file is a finding and never opened.
        for entry in sitefs::walk(root, &lang_root, &|name, _| is_ignored(name)) {
            let path = entry.path.as_path();
            let rel = shown(root, path);
            let is_dir = match entry.kind {
                Ok(kind) => kind == Kind::Dir,
                Err(refusal) => {
                    problems.push(refusal.finding(root, path, Rule::ContentLayout, ""));
                    continue;
                }
            };
            let below_lang = path.strip_prefix(&lang_root).map(to_slash).unwrap_or_default();
            let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
            if is_dir {
                if entry.depth > 0 && !is_slug(&name) {
                    at_folder.push((rel.clone(), bad_slug(rel.clone(), &name, Some(rel.as_path()))));
                } else if let Some(finding) = sitefs::unportable_name_finding(root, path) {
                    at_folder.push((rel.clone(), finding));
                }
                if !path.join("_index.md").is_file() {
                    let folder = to_slash(&rel);
                    at_folder.push((
                        rel.clone(),
                        Diagnostic::error(
                            Rule::ContentLayout,
                            rel.clone(),
                            Position::START,
                            text!("load-folder-no-index", folder = folder.as_str()),
                        )
                        .with_hint(text!("load-folder-no-index-hint", folder = folder.as_str())),
                    ));
                }
                continue;
            }
            files.push(rel.clone());
            if let Some(stem) = name.strip_suffix(".md") {
                if stem != "_index" && !is_slug(stem) {
                    problems.push(bad_slug(rel.clone(), stem, None));
                } else if let Some(finding) = sitefs::unportable_name_finding(root, path) {
                    problems.push(finding);
                }
                let key_path = below_lang.strip_suffix(".md").unwrap_or(&below_lang).to_string();
                markdown.push(SourceFile { lang: lang.clone(), path: path.to_path_buf(), key_path });
            } else if let Some(suggestion) = markdown_rename(&name) {
                // `windows.MD`, `over.markdown`: meant as a page, so neither a page nor a file
                // to publish next to pages.
                problems.push(
                    Diagnostic::error(
                        Rule::FileName,
                        rel.clone(),
                        Position::START,
                        text!("load-markdown-extension", name = name.as_ref()),
                    )
                    .with_hint(text!("load-markdown-extension-hint", suggestion = suggestion)),
                );
            } else {
                if let Some(finding) = sitefs::unportable_name_finding(root, path) {
                    problems.push(finding);
                }
                assets.push(Asset {
                    source: path.to_path_buf(),
                    content_path: format!("{lang}/{below_lang}"),
                    url: if config.at_root(lang) { format!("/{below_lang}") } else { format!("/{lang}/{below_lang}") },
                });
            }
        }
        for (folder, mut finding) in at_folder {
            // Files are listed sorted, parents before children: the first below the folder,
            // which is its own `_index.md` when it has one.
            if let Some(file) = sitefs::first_file_in(&files, &folder) {
                finding.file = file.clone();
            }
            problems.push(finding);
        }
    }

    (Listing { markdown, assets }, problems)
}

/// The name a page saved with another Markdown extension (`windows.MD`, `Over ons.markdown`)
/// should have: `None` for a name that is not such a page.
fn markdown_rename(name: &str) -> Option<String> {
    let (stem, extension) = name.rsplit_once('.')?;
    let extension = extension.to_ascii_lowercase();
    if stem.is_empty()
        || !["md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mdtxt", "mdtext"].contains(&extension.as_str())
    {
        return None;
    }
    let stem =
        if stem == "_index" || is_slug(stem) || slugify(stem).is_empty() { stem.to_string() } else { slugify(stem) };
    Some(format!("{stem}.md"))
}

/// Where language `lang` is written in `site.yaml` (its line below `languages:`), else the
/// `languages:` line, else the start of the file.
fn language_line(root: &Path, config: &SiteConfig, lang: &str) -> Position {
    let text = std::fs::read_to_string(root.join(&config.file)).unwrap_or_default();
    let mut in_languages = None;
    for (i, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start().len();
        if line.starts_with("languages:") {
            in_languages = Some(i + 1);
        } else if in_languages.is_some() && indent == 0 && !line.trim().is_empty() && !line.starts_with('#') {
            break;
        } else if in_languages.is_some() && line.trim_start().strip_prefix(lang).is_some_and(|r| r.starts_with(':')) {
            return Position::new(i + 1, indent + 1);
        }
    }
    in_languages.map_or(Position::START, |line| Position::new(line, 1))
}

/// Only language folders belong directly under `content/`.
fn check_top_level(root: &Path, content_root: &Path, config: &SiteConfig, problems: &mut Diagnostics) {
    let first_lang = config.language_codes().next().unwrap_or("nl");
    let entries = match std::fs::read_dir(content_root) {
        Ok(entries) => entries,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            let at = root.join(&config.file).is_file().then(|| (config.file.clone(), language_line(root, config, "")));
            let (file, position) = at.unwrap_or_else(|| (PathBuf::from(CONTENT_DIR), Position::START));
            problems.push(
                Diagnostic::error(Rule::ContentLayout, file, position, text!("load-no-content"))
                    .with_hint(text!("load-no-content-hint", lang = first_lang)),
            );
            return;
        }
        Err(err) => {
            problems.push(
                Diagnostic::error(
                    Rule::ContentLayout,
                    CONTENT_DIR,
                    Position::START,
                    text!("load-cannot-read", what = "content-folder", error = err.to_string()),
                )
                .with_hint(text!("load-cannot-read-hint")),
            );
            return;
        }
    };
    let mut names: Vec<(String, bool)> = entries
        .filter_map(Result::ok)
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path().is_dir()))
        .filter(|(name, _)| !is_ignored(name))
        .collect();
    names.sort();
    let languages: Vec<&str> = config.language_codes().collect();
    for (name, is_dir) in names {
        if is_dir && languages.contains(&name.as_str()) {
            continue;
        }
        let path = content_root.join(&name);
        let rel = shown(root, &path);
        let finding = if is_dir {
            // At the first file in it; at site.yaml's languages when it holds none.
            let mut files = sitefs::walk(root, &path, &|name, _| is_ignored(name))
                .into_iter()
                .filter(|e| matches!(e.kind, Ok(Kind::File)))
                .map(|e| shown(root, &e.path))
                .collect::<Vec<_>>();
            files.sort();
            let (file, position) = match sitefs::first_file_in(&files, &rel) {
                Some(file) => (file.clone(), Position::START),
                None => (config.file.clone(), language_line(root, config, "")),
            };
            Diagnostic::error(
                Rule::ContentLayout,
                file,
                position,
                text!("load-folder-not-language", folder = to_slash(&rel), languages = languages.join(", ")),
            )
            .with_hint(text!("load-folder-not-language-hint", name = name.as_str()))
        } else {
            let folders: Vec<String> = languages.iter().map(|l| format!("{CONTENT_DIR}/{l}/")).collect();
            Diagnostic::error(Rule::ContentLayout, rel, Position::START, text!("load-file-not-in-language"))
                .with_hint(text!("load-file-not-in-language-hint", folders = folders.join(", ")))
        };
        problems.push(finding);
    }
}

/// Reads the file of `page` again, after an edit (`serve`): same language and place.
/// Every link on the path is checked again: a folder may have been swapped for a link out
/// of the site since the last walk.
pub fn reread(root: &Path, page: &Page) -> Result<Page, Diagnostics> {
    let path = root.join(&page.source);
    if let Err(refusal) = sitefs::kind(root, &path) {
        return Err(Diagnostics::from_iter([refusal.finding(root, &path, Rule::ContentLayout, "page")]));
    }
    // Same place, same settings (a change of `site.yaml` reloads everything): same address.
    read_page(root, &page.lang, &path, &page.key_path, page.url.clone()).map_err(|failed| failed.problems)
}

/// Why a page could not be read, and its `translation_key` if that much could be.
struct Failed {
    problems: Diagnostics,
    translation_key: Option<String>,
}

impl Failed {
    fn one(finding: Diagnostic) -> Failed {
        Failed { problems: Diagnostics::from_iter([finding]), translation_key: None }
    }
}

/// Reads one page, whose address is `url` (`url_for` of its language and place).
fn read_page(root: &Path, lang: &Lang, path: &Path, key_path: &str, url: String) -> Result<Page, Failed> {
    let source = shown(root, path);
    let bytes = sitefs::read(root, path)
        .map_err(|refusal| Failed::one(refusal.finding(root, path, Rule::ContentLayout, "page")))?;
    let text = decode(bytes).map_err(|position| {
        Failed::one(
            Diagnostic::error(Rule::Encoding, &source, position, text!("load-not-text"))
                .with_hint(text!("load-not-text-hint")),
        )
    })?;
    let split = frontmatter::split(&text, &source).map_err(Failed::one)?;
    let front = frontmatter::parse(&split, &source)
        .map_err(|problems| Failed { problems, translation_key: lenient_translation_key(split.yaml) })?;
    let body_offset = split.body_offset;
    let kind = match key_path {
        "_index" => PageKind::Home,
        k if k.ends_with("/_index") => PageKind::Section,
        _ => PageKind::Leaf,
    };
    let translation_key = front.translation_key.as_ref().map_or_else(|| key_path.to_string(), |k| k.value.clone());
    Ok(Page {
        lang: lang.clone(),
        kind,
        origin: crate::load::page::Origin::File,
        url,
        key_path: key_path.to_string(),
        translation_key,
        front,
        lines: OnceLock::new(),
        text,
        body_offset,
        source,
    })
}

/// The `translation_key` of settings that failed to read as a whole: a line `translation_key:
/// value` at the top level, its value without quotes; `None` without one (or an empty one).
/// Enough to pair the page with its translations while its error is being fixed.
fn lenient_translation_key(yaml: &str) -> Option<String> {
    let value = yaml.lines().find_map(|line| line.strip_prefix("translation_key:"))?;
    let value = value.split(" #").next().unwrap_or_default().trim();
    let unquoted = value
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .unwrap_or(value)
        .trim();
    (!unquoted.is_empty()).then(|| unquoted.to_string())
}

/// UTF-8 with a byte-order mark dropped and line ends made `\n`; the error is where the
/// first bad byte is.
fn decode(bytes: Vec<u8>) -> Result<String, Position> {
    let text = String::from_utf8(bytes).map_err(|err| {
        let valid = &err.as_bytes()[..err.utf8_error().valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        LineIndex::new(valid).position(valid, valid.len())
    })?;
    if text.contains('\0') {
        return Err(Position::START);
    }
    Ok(sitefs::lf_text(text))
}

/// Drafts are left out, and with a draft section everything below it; returns the paths
/// (below `content/`) of the pages left out.
fn drop_drafts(pages: &mut Vec<Page>, assets: &mut Vec<Asset>) -> HashSet<String> {
    let draft_dirs: BTreeSet<String> = pages
        .iter()
        .filter(|p| p.front.draft && p.kind != PageKind::Leaf)
        .map(|p| format!("{}/{}", p.lang, p.key_path.trim_end_matches("_index")))
        .collect();
    let under_draft = |lang: &str, path: &str| {
        let full = format!("{lang}/{path}");
        draft_dirs.iter().any(|dir| full.starts_with(dir.as_str()))
    };
    let (kept, dropped): (Vec<Page>, Vec<Page>) =
        std::mem::take(pages).into_iter().partition(|p| !p.front.draft && !under_draft(&p.lang, &p.key_path));
    *pages = kept;
    assets.retain(|a| !draft_dirs.iter().any(|dir| a.content_path.starts_with(dir.as_str())));
    dropped.into_iter().map(|p| format!("{}/{}.md", p.lang, p.key_path)).collect()
}

/// A file or folder name that is no slug; `folder` is the folder's path, for a folder.
fn bad_slug(file: PathBuf, name: &str, folder: Option<&Path>) -> Diagnostic {
    let suggestion = slugify(name);
    let hint = match (suggestion.is_empty(), folder) {
        (true, _) => text!("load-bad-slug-hint"),
        (false, Some(_)) => text!("load-bad-slug-rename", suggestion = suggestion),
        (false, None) => text!("load-bad-slug-rename", suggestion = format!("{suggestion}.md")),
    };
    let what = if folder.is_some() { "folder" } else { "file" };
    let folder = folder.map(to_slash).unwrap_or_default();
    Diagnostic::error(
        Rule::Slug,
        file,
        Position::START,
        text!("load-bad-slug", what = what, name = name, folder = folder),
    )
    .with_hint(hint)
}

/// Hidden files and editor leftovers are not content.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".swx") || name == "4913"
}

fn shown(root: &Path, path: &Path) -> PathBuf {
    crate::diagnostics::display_path(root, path)
}

fn to_slash(path: &Path) -> String {
    path.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_handles_bom_crlf_and_bad_bytes() {
        assert_eq!(decode(b"\xef\xbb\xbf---\r\nx\r\n".to_vec()).unwrap(), "---\nx\n");
        assert_eq!(decode(b"ab\ncd\xff".to_vec()).unwrap_err(), Position::new(2, 3));
        assert!(decode(b"a\0b".to_vec()).is_err());
    }

    #[test]
    fn a_translation_key_is_read_from_settings_that_fail() {
        assert_eq!(lenient_translation_key("title: T\ntranslation_key: contact\n"), Some("contact".into()));
        assert_eq!(lenient_translation_key("translation_key: \"a b\"  # note\n"), Some("a b".into()));
        assert_eq!(lenient_translation_key("translation_key: 'x'\n"), Some("x".into()));
        assert_eq!(lenient_translation_key("extra:\n  translation_key: nested\n"), None, "only at the top");
        assert_eq!(lenient_translation_key("translation_key:\n"), None);
    }

    #[test]
    fn editor_leftovers_are_ignored() {
        assert!(is_ignored(".page.md.swp") && is_ignored("page.md~") && is_ignored("4913"));
        assert!(!is_ignored("page.md"));
    }
}
