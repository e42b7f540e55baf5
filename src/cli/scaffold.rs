//! `loket new`: writes a new page (and its translation, sharing one `translation_key`) with
//! valid front matter, example words to replace and today's date as `updated`; makes the
//! folders it needs (each with its `_index.md`) only when asked, so that a mistyped folder is
//! not silently a new section; never overwrites a file.

use crate::cli::new_files::{self, NewFile, NotWritten};
use crate::load::config::SiteConfig;
use crate::load::content::CONTENT_DIR;
use crate::load::page::url_for;
use crate::load::slug::{is_slug, slugify};
use crate::messages::{EditorLang, Messages};
use crate::text;
use jiff::civil::Date;
use std::path::{Path, PathBuf};

/// What `loket new` names in its refusals.
pub const COMMAND: &str = "loket new";

/// What `loket new` was asked for: a page, perhaps its translation, and whether folders that
/// do not exist yet may be made.
#[derive(Debug, Clone, Copy, Default)]
pub struct Asked<'a> {
    /// `nl/asiel/nieuwe-pagina`.
    pub first: &'a str,
    /// `--translate-to`.
    pub translation: Option<&'a str>,
    /// `--create-folders`.
    pub create_folders: bool,
}

/// How many folders that look like a missing one a refusal names.
const SIMILAR_SHOWN: usize = 3;

/// A page to create, with the URL it will have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPage {
    /// Relative to the site root: `content/nl/asiel/nieuw.md`.
    pub file: NewFile,
    pub url: String,
}

/// A page named on the command line: `nl/asiel/nieuw` (a page) or `nl/asiel/nieuw/` (a
/// folder's own page, `_index.md`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    lang: String,
    /// Folder slugs below the language folder.
    folders: Vec<String>,
    /// The file's slug; `None` for a folder's `_index.md`.
    name: Option<String>,
}

impl Target {
    fn parse(text: &str, config: &SiteConfig) -> Result<Target, NotWritten> {
        // `nl\informatie\pagina`, as Windows writes paths, is `nl/informatie/pagina`: `\` is
        // never part of a slug.
        let slashed = text.replace('\\', "/");
        let trimmed = slashed.trim().trim_start_matches('/');
        let trimmed = trimmed.strip_prefix("content/").unwrap_or(trimmed);
        let is_folder = trimmed.ends_with('/') || trimmed.ends_with("/_index.md") || trimmed.ends_with("/_index");
        let trimmed = trimmed.trim_end_matches('/').trim_end_matches(".md").trim_end_matches("/_index");
        let mut parts: Vec<&str> = trimmed.split('/').collect();
        let lang = parts.remove(0).to_string();
        let languages: Vec<&str> = config.language_codes().collect();
        if !languages.contains(&lang.as_str()) {
            return Err(NotWritten::usage(text!(
                "cli-new-no-language",
                page = text,
                languages = languages.join(", "),
                example = config.default_language.as_str()
            )));
        }
        if parts.is_empty() || parts.iter().all(|p| p.is_empty()) {
            return Err(NotWritten::usage(text!("cli-new-no-page", page = text, lang = &lang)));
        }
        for part in &parts {
            if !is_slug(part) {
                let example = slugify(part);
                return Err(NotWritten::usage(if example.is_empty() {
                    text!("cli-new-bad-slug", part = *part)
                } else {
                    text!("cli-new-bad-slug-example", part = *part, example = example)
                }));
            }
        }
        let parts: Vec<String> = parts.into_iter().map(str::to_string).collect();
        Ok(if is_folder {
            Target { lang, folders: parts, name: None }
        } else {
            let (name, folders) = parts.split_last().map(|(n, f)| (n.clone(), f.to_vec())).unwrap_or_default();
            Target { lang, folders, name: Some(name) }
        })
    }

    /// Below the language folder, without `.md`: `asiel/nieuw`, `asiel/_index`.
    fn key_path(&self) -> String {
        let mut parts = self.folders.clone();
        parts.push(self.name.clone().unwrap_or_else(|| "_index".into()));
        parts.join("/")
    }

    fn file(&self) -> PathBuf {
        Path::new(CONTENT_DIR).join(&self.lang).join(format!("{}.md", self.key_path()))
    }

    /// `nieuwe-pagina` → `Nieuwe pagina`.
    fn title(&self) -> String {
        let slug = self.name.as_deref().or(self.folders.last().map(String::as_str)).unwrap_or("");
        let words = slug.replace('-', " ");
        let mut chars = words.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
    }
}

/// The files `loket new` writes for what was asked, in writing order: missing folder pages
/// first. The `translation_key` a pair shares is the path of the first below its language
/// folder (`asiel/nieuwe-pagina`), written into both files. A folder that does not exist is
/// refused unless `create_folders` is set.
pub fn plan(root: &Path, config: &SiteConfig, asked: &Asked<'_>, today: Date) -> Result<Vec<NewPage>, NotWritten> {
    let first = Target::parse(asked.first, config)?;
    let second = asked.translation.map(|t| Target::parse(t, config)).transpose()?;
    if let Some(second) = &second {
        if second.lang == first.lang {
            let others: Vec<&str> = config.language_codes().filter(|l| *l != first.lang).collect();
            return Err(NotWritten::usage(text!(
                "cli-new-same-language",
                lang = &first.lang,
                languages = others.join(", ")
            )));
        }
        if (second.name.is_none()) != (first.name.is_none()) {
            return Err(NotWritten::usage(text!("cli-new-folder-mismatch")));
        }
    }
    let key = first.key_path();
    let mut files = Vec::new();
    // Folder levels missing in both languages at the same depth are translations of each other.
    let targets: Vec<&Target> = std::iter::once(&first).chain(second.as_ref()).collect();
    // A folder page's own folder is the page itself, not one of its parents.
    let parents = |t: &Target| if t.name.is_some() { t.folders.len() } else { t.folders.len() - 1 };
    if !asked.create_folders {
        for target in &targets {
            if let Some(missing) = first_missing_folder(root, target, parents(target)) {
                return Err(missing);
            }
        }
    }
    let depth = targets.iter().map(|t| parents(t)).max().unwrap_or(0);
    for level in 1..=depth {
        let missing: Vec<Target> = targets
            .iter()
            .filter(|t| parents(t) >= level)
            .map(|t| Target { lang: t.lang.clone(), folders: t.folders[..level].to_vec(), name: None })
            .filter(|folder| !root.join(folder.file()).exists())
            .collect();
        let shared = (missing.len() == 2).then(|| missing[0].key_path());
        for folder in &missing {
            files.push(new_page(config, folder, shared.as_deref(), today));
        }
    }
    let shared = second.is_some().then_some(key.as_str());
    for target in &targets {
        let page = new_page(config, target, shared, today);
        if root.join(&page.file.path).exists() {
            return Err(new_files::exists(&page.file.path, COMMAND));
        }
        files.push(page);
    }
    Ok(files)
}

/// The refusal of the first of a page's `parents` folders that does not exist: which one,
/// the existing folders beside it that look like it (a typo), and the flag that makes it.
fn first_missing_folder(root: &Path, target: &Target, parents: usize) -> Option<NotWritten> {
    let language = Path::new(CONTENT_DIR).join(&target.lang);
    let level = (1..=parents).find(|&level| !root.join(&language).join(target.folders[..level].join("/")).is_dir())?;
    let folder = language.join(target.folders[..level].join("/"));
    let parent = language.join(target.folders[..level - 1].join("/"));
    let wanted = &target.folders[level - 1];
    let mut similar: Vec<(usize, String)> = std::fs::read_dir(root.join(&parent))
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_dir()))
        .filter_map(|entry| entry.file_name().to_str().map(str::to_string))
        .map(|name| (strsim::levenshtein(wanted, &name), name))
        .filter(|(distance, name)| *distance <= (wanted.len().max(name.len()) / 3).max(2))
        .collect();
    similar.sort();
    let mut texts = vec![text!("cli-new-missing-folder", folder = &folder)];
    if !similar.is_empty() {
        let names: Vec<String> =
            similar.iter().take(SIMILAR_SHOWN).map(|(_, name)| crate::diagnostics::shown(&parent.join(name))).collect();
        texts.push(text!("cli-new-missing-folder-similar", folders = names.join(", ")));
    }
    texts.push(text!("cli-new-missing-folder-flag"));
    Some(NotWritten::Usage(texts))
}

/// A new page with example words in its own language (English for a language loket does not
/// speak), which the `placeholder-text` check finds if they are left.
fn new_page(config: &SiteConfig, target: &Target, translation_key: Option<&str>, today: Date) -> NewPage {
    let words = Messages::new(EditorLang::from_tag(&target.lang).unwrap_or_default());
    let description = words.get("placeholder-description");
    let body = words.get("placeholder-body");
    let contents = new_files::page_text(&target.title(), &description, translation_key, Some(today), &body);
    NewPage {
        file: NewFile { path: target.file(), contents },
        url: url_for(&target.lang, config.at_root(&target.lang), &target.key_path()),
    }
}

/// Writes the planned pages, refusing (with nothing more written) if one appeared meanwhile.
pub fn write(root: &Path, pages: &[NewPage]) -> Result<(), NotWritten> {
    new_files::write(root, pages.iter().map(|page| &page.file), COMMAND, new_files::Named::InFolder)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> (tempfile::TempDir, SiteConfig) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("site.yaml"),
            "base_url: https://example.org\ndefault_language: nl\nlanguages:\n  nl: { name: Nederlands, title: Loket }\n  en: { name: English, title: Desk }\n",
        )
        .unwrap();
        for lang in ["nl", "en"] {
            std::fs::create_dir_all(dir.path().join("content").join(lang)).unwrap();
            std::fs::write(
                dir.path().join(format!("content/{lang}/_index.md")),
                "---\ntitle: Home\ndescription: Home.\n---\n",
            )
            .unwrap();
        }
        let config = SiteConfig::load(dir.path()).unwrap();
        (dir, config)
    }

    const DAY: Date = jiff::civil::date(2026, 11, 29);

    fn asked<'a>(first: &'a str, translation: Option<&'a str>) -> Asked<'a> {
        Asked { first, translation, create_folders: true }
    }

    #[test]
    fn a_pair_shares_the_first_path_as_key_and_gets_missing_folder_pages() {
        let (dir, config) = site();
        let files =
            plan(dir.path(), &config, &asked("nl/asiel/nieuwe-pagina", Some("en/asylum/new-page")), DAY).unwrap();
        let paths: Vec<String> = files.iter().map(|f| crate::diagnostics::shown(&f.file.path)).collect();
        assert_eq!(
            paths,
            [
                "content/nl/asiel/_index.md",
                "content/en/asylum/_index.md",
                "content/nl/asiel/nieuwe-pagina.md",
                "content/en/asylum/new-page.md"
            ]
        );
        assert_eq!(files[2].url, "/nl/asiel/nieuwe-pagina/");
        assert_eq!(files[3].url, "/en/asylum/new-page/");
        assert_eq!(
            files[2].file.contents,
            "---\ntitle: \"Nieuwe pagina\"\ndescription: \"Beschrijf in één zin waar deze pagina over gaat.\"\ntranslation_key: asiel/nieuwe-pagina\nupdated: 2026-11-29\n---\nSchrijf hier de tekst van de pagina.\n"
        );
        assert!(files[3].file.contents.contains("translation_key: asiel/nieuwe-pagina\n"));
        assert!(
            files[3].file.contents.contains("description: \"Describe in one sentence"),
            "{}",
            files[3].file.contents
        );
        assert!(
            files[0].file.contents.contains("title: \"Asiel\"")
                && files[0].file.contents.contains("translation_key: asiel/_index")
        );
        assert!(files[1].file.contents.contains("translation_key: asiel/_index"));
    }

    #[test]
    fn a_new_page_has_updated_never_date_which_would_make_a_news_feed() {
        let (dir, config) = site();
        for file in plan(dir.path(), &config, &asked("nl/a/b", Some("en/a/b")), DAY).unwrap() {
            assert!(file.file.contents.contains("\nupdated: 2026-11-29\n"), "{}", file.file.contents);
            assert!(!file.file.contents.contains("\ndate:"), "{}", file.file.contents);
        }
    }

    #[test]
    fn a_single_page_needs_no_key_and_folder_pages_end_in_a_slash() {
        let (dir, config) = site();
        let files = plan(dir.path(), &config, &asked("en/news/", None), DAY).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].file.path, Path::new("content/en/news/_index.md"));
        assert_eq!(files[0].url, "/en/news/");
        assert!(!files[0].file.contents.contains("translation_key"));
        let unasked = Asked { create_folders: false, ..asked("en/news/", None) };
        assert!(plan(dir.path(), &config, &unasked, DAY).is_ok(), "a folder's own page makes its folder");
    }

    #[test]
    fn backslashes_separate_folders_as_slashes_do() {
        let (dir, config) = site();
        let with_slashes =
            plan(dir.path(), &config, &asked("nl/informatie/pagina", Some("en/information/page")), DAY).unwrap();
        let with_backslashes =
            plan(dir.path(), &config, &asked("nl\\informatie\\pagina", Some("en\\information\\page")), DAY).unwrap();
        assert_eq!(with_slashes, with_backslashes);
        let folder = plan(dir.path(), &config, &asked("content\\en\\news\\", None), DAY).unwrap();
        assert_eq!(folder[0].file.path, Path::new("content/en/news/_index.md"));
    }

    #[test]
    fn a_folder_that_does_not_exist_is_refused_unless_asked_and_look_alikes_are_named() {
        let (dir, config) = site();
        std::fs::create_dir_all(dir.path().join("content/en/information")).unwrap();
        std::fs::write(dir.path().join("content/en/information/_index.md"), "---\ntitle: I\ndescription: I.\n---\n")
            .unwrap();
        std::fs::create_dir_all(dir.path().join("content/nl/informatie")).unwrap();
        std::fs::write(dir.path().join("content/nl/informatie/_index.md"), "---\ntitle: I\ndescription: I.\n---\n")
            .unwrap();
        let typo =
            Asked { first: "nl/informatie/pagina", translation: Some("en/informaton/page"), create_folders: false };
        let Err(refused) = plan(dir.path(), &config, &typo, DAY) else { panic!("a mistyped folder is refused") };
        assert!(matches!(refused, NotWritten::Usage(_)), "{refused:?}");
        assert_eq!(
            refused.ids(),
            ["cli-new-missing-folder", "cli-new-missing-folder-similar", "cli-new-missing-folder-flag"]
        );
        let en: Vec<String> = refused.texts().iter().map(ToString::to_string).collect();
        assert_eq!(en[0], "The folder content/en/informaton does not exist.");
        assert_eq!(en[1], "Did you mean: content/en/information?");
        assert!(en[2].contains("--create-folders"), "{}", en[2]);
        let nl = Messages::new(EditorLang::Nl).format(&refused.texts()[0]);
        assert_eq!(nl, "De map content/en/informaton bestaat niet.");

        let new = Asked { first: "nl/nieuw/pagina", translation: None, create_folders: false };
        let Err(refused) = plan(dir.path(), &config, &new, DAY) else { panic!("a new folder is refused") };
        assert_eq!(refused.ids(), ["cli-new-missing-folder", "cli-new-missing-folder-flag"], "nothing looks like it");
        let allowed = plan(dir.path(), &config, &Asked { create_folders: true, ..typo }, DAY).unwrap();
        assert_eq!(allowed.len(), 3, "the folder page of content/en/informaton, then the pair");
        assert!(plan(dir.path(), &config, &Asked { translation: Some("en/information/page"), ..typo }, DAY).is_ok());
    }

    #[test]
    fn wrong_names_are_usage_errors_and_existing_files_are_refused() {
        let (dir, config) = site();
        for (first, second) in [
            ("fr/page", None),
            ("nl/Nieuwe Pagina", None),
            ("nl", None),
            ("nl/a", Some("nl/b")),
            ("nl/a/", Some("en/b")),
        ] {
            let result = plan(dir.path(), &config, &asked(first, second), DAY);
            assert!(matches!(result, Err(NotWritten::Usage(_))), "{first} {second:?}: {result:?}");
        }
        let Err(slug) = plan(dir.path(), &config, &asked("nl/Nieuwe Pagina", None), DAY) else { panic!() };
        assert_eq!(
            Messages::new(EditorLang::Nl).format(&slug.texts()[0]),
            "‘Nieuwe Pagina’ kan geen deel van een webadres zijn. Gebruik kleine letters a-z, cijfers en -, bijvoorbeeld: nieuwe-pagina"
        );
        let files = plan(dir.path(), &config, &asked("nl/contact", None), DAY).unwrap();
        write(dir.path(), &files).unwrap();
        let again = plan(dir.path(), &config, &asked("nl/contact", Some("en/contact")), DAY);
        assert!(matches!(&again, Err(refused @ NotWritten::Refused(_)) if refused.ids() == ["cli-exists"]));
        assert!(!dir.path().join("content/en/contact.md").exists(), "nothing is written when one file exists");
        assert!(write(dir.path(), &files).is_err());
    }
}
