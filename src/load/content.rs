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
    let results: Vec<Result<Page, Diagnostics>> = listing
        .markdown
        .par_iter()
        .zip(kept)
        .map(|(file, kept)| match kept {
            Some(page) => Ok(page),
            None => read_page(root, &file.lang, &file.path, &file.key_path),
        })
        .inspect(|_| bar.inc(1))
        .collect();
    bar.finish();
    let mut pages = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(page) => pages.push(page),
            Err(errors) => problems.extend(errors),
        }
    }
    let mut assets = listing.assets;
    let drafts = if options.include_drafts { HashSet::new() } else { drop_drafts(&mut pages, &mut assets) };
    (Content { pages, assets, drafts }, problems)
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
            problems.push(refusal.finding(root, &content_root, Rule::ContentLayout, "the content folder"));
            return (Listing { markdown, assets }, problems);
        }
        _ => check_top_level(root, &content_root, config, &mut problems),
    }

    for lang in config.languages.keys() {
        let lang_root = content_root.join(lang.as_str());
        if let Err(refusal @ (Refusal::Outside | Refusal::Special(_))) = sitefs::kind(root, &lang_root) {
            problems.push(refusal.finding(root, &lang_root, Rule::ContentLayout, "the language folder"));
            continue;
        }
        if !lang_root.is_dir() {
            problems.push(
                Diagnostic::error(
                    Rule::ContentLayout,
                    Path::new(CONTENT_DIR).join(lang.as_str()),
                    Position::START,
                    format!("language `{lang}` has no content folder"),
                )
                .with_hint(format!("create {CONTENT_DIR}/{lang}/_index.md, the home page in this language")),
            );
            continue;
        }
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
                    problems.push(bad_slug(rel.clone(), &name, "folder"));
                } else if let Some(finding) = sitefs::unportable_name_finding(root, path) {
                    problems.push(finding);
                }
                if !path.join("_index.md").is_file() {
                    problems.push(
                        Diagnostic::error(
                            Rule::ContentLayout,
                            rel.clone(),
                            Position::START,
                            "this folder has no _index.md",
                        )
                        .with_hint(format!(
                            "add {}/_index.md with a title and description: every level of a breadcrumb needs a page",
                            to_slash(&rel)
                        )),
                    );
                }
            } else if let Some(stem) = name.strip_suffix(".md") {
                if stem != "_index" && !is_slug(stem) {
                    problems.push(bad_slug(rel.clone(), stem, "file"));
                } else if let Some(finding) = sitefs::unportable_name_finding(root, path) {
                    problems.push(finding);
                }
                let key_path = below_lang.strip_suffix(".md").unwrap_or(&below_lang).to_string();
                markdown.push(SourceFile { lang: lang.clone(), path: path.to_path_buf(), key_path });
            } else {
                if let Some(finding) = sitefs::unportable_name_finding(root, path) {
                    problems.push(finding);
                }
                assets.push(Asset {
                    source: path.to_path_buf(),
                    content_path: format!("{lang}/{below_lang}"),
                    url: format!("/{lang}/{below_lang}"),
                });
            }
        }
    }

    (Listing { markdown, assets }, problems)
}

/// Only language folders belong directly under `content/`.
fn check_top_level(root: &Path, content_root: &Path, config: &SiteConfig, problems: &mut Diagnostics) {
    let entries = match std::fs::read_dir(content_root) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(
                Diagnostic::error(
                    Rule::ContentLayout,
                    CONTENT_DIR,
                    Position::START,
                    format!("cannot read the content folder: {err}"),
                )
                .with_hint("a site folder needs content/<lang>/_index.md for each language"),
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
        let what = if is_dir { "folder" } else { "file" };
        problems.push(
            Diagnostic::error(Rule::ContentLayout, shown(root, &content_root.join(&name)), Position::START, format!("this {what} is not a configured language"))
                .with_hint(format!("content/ holds one folder per language ({}); add the language to site.yaml or move this {what} into a language folder", languages.join(", "))),
        );
    }
}

/// Reads the file of `page` again, after an edit (`serve`): same language and place.
/// Every link on the path is checked again: a folder may have been swapped for a link out
/// of the site since the last walk.
pub fn reread(root: &Path, page: &Page) -> Result<Page, Diagnostics> {
    let path = root.join(&page.source);
    if let Err(refusal) = sitefs::kind(root, &path) {
        return Err(Diagnostics::from_iter([refusal.finding(root, &path, Rule::ContentLayout, "this page")]));
    }
    read_page(root, &page.lang, &path, &page.key_path)
}

fn read_page(root: &Path, lang: &Lang, path: &Path, key_path: &str) -> Result<Page, Diagnostics> {
    let source = shown(root, path);
    let one = |d: Diagnostic| Diagnostics::from_iter([d]);
    let bytes = sitefs::read(root, path)
        .map_err(|refusal| one(refusal.finding(root, path, Rule::ContentLayout, "this page")))?;
    let text = decode(bytes).map_err(|position| {
        one(Diagnostic::error(Rule::Encoding, &source, position, "this file is not UTF-8 text")
            .with_hint("save the file as UTF-8 in your editor; a Markdown page cannot hold binary data"))
    })?;
    let split = frontmatter::split(&text, &source).map_err(one)?;
    let front = frontmatter::parse(&split, &source)?;
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
        url: url_for(lang, key_path),
        key_path: key_path.to_string(),
        translation_key,
        front,
        lines: OnceLock::new(),
        text,
        body_offset,
        source,
    })
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

fn bad_slug(file: PathBuf, name: &str, what: &str) -> Diagnostic {
    let suggestion = slugify(name);
    let hint = if suggestion.is_empty() {
        "use lowercase letters a-z, digits and `-`".to_string()
    } else {
        format!("rename it to `{suggestion}`: names are URLs, so use lowercase letters a-z, digits and `-`")
    };
    Diagnostic::error(Rule::Slug, file, Position::START, format!("the {what} name `{name}` is not a valid URL slug"))
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
    fn editor_leftovers_are_ignored() {
        assert!(is_ignored(".page.md.swp") && is_ignored("page.md~") && is_ignored("4913"));
        assert!(!is_ignored("page.md"));
    }
}
