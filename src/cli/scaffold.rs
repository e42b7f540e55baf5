//! `loket new`: writes a new page (and its translation, sharing one `translation_key`) with
//! valid front matter and today's date, plus the `_index.md` of every folder that does not
//! exist yet; never overwrites a file.

use crate::cli::new_files::{self, NewFile, NotWritten};
use crate::load::config::SiteConfig;
use crate::load::content::CONTENT_DIR;
use crate::load::page::url_for;
use crate::load::slug::{is_slug, slugify};
use jiff::civil::Date;
use std::path::{Path, PathBuf};

/// What `loket new` names in its refusals.
pub const COMMAND: &str = "loket new";

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
            return Err(NotWritten::Usage(format!(
                "`{text}` does not start with a language of site.yaml ({}): write it as <lang>/<path>, such as {}/nieuwe-pagina",
                languages.join(", "),
                config.default_language
            )));
        }
        if parts.is_empty() || parts.iter().all(|p| p.is_empty()) {
            return Err(NotWritten::Usage(format!(
                "`{text}` names no page: write <lang>/<path>, such as {lang}/nieuwe-pagina (the home page content/{lang}/_index.md exists with the site)"
            )));
        }
        for part in &parts {
            if !is_slug(part) {
                let suggestion = slugify(part);
                let hint = if suggestion.is_empty() { String::new() } else { format!(" (such as `{suggestion}`)") };
                return Err(NotWritten::Usage(format!(
                    "`{part}` in `{text}` is not a valid URL slug: use lowercase letters a-z, digits and `-`{hint}"
                )));
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

/// The files `loket new` writes for `first` (and `translation`), in writing order: missing
/// folder pages first. The `translation_key` they share is the path of `first` below its
/// language folder (`asiel/nieuwe-pagina`), written into both files.
pub fn plan(
    root: &Path,
    config: &SiteConfig,
    first: &str,
    translation: Option<&str>,
    today: Date,
) -> Result<Vec<NewPage>, NotWritten> {
    let first = Target::parse(first, config)?;
    let second = translation.map(|t| Target::parse(t, config)).transpose()?;
    if let Some(second) = &second {
        if second.lang == first.lang {
            return Err(NotWritten::Usage(format!(
                "a translation is in another language than `{}`: write --translate-to <lang>/<path> with one of {}",
                first.lang,
                config.language_codes().filter(|l| *l != first.lang).collect::<Vec<_>>().join(", ")
            )));
        }
        if (second.name.is_none()) != (first.name.is_none()) {
            return Err(NotWritten::Usage(
                "a page and its translation are both folder pages (ending in `/`) or both pages".into(),
            ));
        }
    }
    let key = first.key_path();
    let mut files = Vec::new();
    // Folder levels missing in both languages at the same depth are translations of each other.
    let targets: Vec<&Target> = std::iter::once(&first).chain(second.as_ref()).collect();
    // A folder page's own folder is the page itself, not one of its parents.
    let parents = |t: &Target| if t.name.is_some() { t.folders.len() } else { t.folders.len() - 1 };
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
            files.push(new_page(folder, shared.as_deref(), today));
        }
    }
    let shared = second.is_some().then_some(key.as_str());
    for target in &targets {
        let page = new_page(target, shared, today);
        if root.join(&page.file.path).exists() {
            return Err(new_files::exists(&page.file.path, COMMAND));
        }
        files.push(page);
    }
    Ok(files)
}

fn new_page(target: &Target, translation_key: Option<&str>, today: Date) -> NewPage {
    let (description, body) = match target.lang.as_str() {
        "nl" => ("Beschrijf in één zin waar deze pagina over gaat.", "Schrijf hier de tekst van de pagina."),
        _ => ("Describe in one sentence what this page is about.", "Write the text of the page here."),
    };
    let contents = new_files::page_text(&target.title(), description, translation_key, Some(today), body);
    NewPage { file: NewFile { path: target.file(), contents }, url: url_for(&target.lang, &target.key_path()) }
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

    #[test]
    fn a_pair_shares_the_first_path_as_key_and_gets_missing_folder_pages() {
        let (dir, config) = site();
        let files = plan(dir.path(), &config, "nl/asiel/nieuwe-pagina", Some("en/asylum/new-page"), DAY).unwrap();
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
            "---\ntitle: \"Nieuwe pagina\"\ndescription: \"Beschrijf in één zin waar deze pagina over gaat.\"\ntranslation_key: asiel/nieuwe-pagina\ndate: 2026-11-29\n---\nSchrijf hier de tekst van de pagina.\n"
        );
        assert!(files[3].file.contents.contains("translation_key: asiel/nieuwe-pagina\n"));
        assert!(
            files[0].file.contents.contains("title: \"Asiel\"")
                && files[0].file.contents.contains("translation_key: asiel/_index")
        );
        assert!(files[1].file.contents.contains("translation_key: asiel/_index"));
    }

    #[test]
    fn a_single_page_needs_no_key_and_folder_pages_end_in_a_slash() {
        let (dir, config) = site();
        let files = plan(dir.path(), &config, "en/news/", None, DAY).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].file.path, Path::new("content/en/news/_index.md"));
        assert_eq!(files[0].url, "/en/news/");
        assert!(!files[0].file.contents.contains("translation_key"));
    }

    #[test]
    fn backslashes_separate_folders_as_slashes_do() {
        let (dir, config) = site();
        let with_slashes = plan(dir.path(), &config, "nl/informatie/pagina", Some("en/information/page"), DAY).unwrap();
        let with_backslashes =
            plan(dir.path(), &config, "nl\\informatie\\pagina", Some("en\\information\\page"), DAY).unwrap();
        assert_eq!(with_slashes, with_backslashes);
        let folder = plan(dir.path(), &config, "content\\en\\news\\", None, DAY).unwrap();
        assert_eq!(folder[0].file.path, Path::new("content/en/news/_index.md"));
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
            let result = plan(dir.path(), &config, first, second, DAY);
            assert!(matches!(result, Err(NotWritten::Usage(_))), "{first} {second:?}: {result:?}");
        }
        let files = plan(dir.path(), &config, "nl/contact", None, DAY).unwrap();
        write(dir.path(), &files).unwrap();
        let again = plan(dir.path(), &config, "nl/contact", Some("en/contact"), DAY);
        assert!(matches!(again, Err(NotWritten::Refused(m)) if m.contains("already exists")));
        assert!(!dir.path().join("content/en/contact.md").exists(), "nothing is written when one file exists");
        assert!(write(dir.path(), &files).is_err());
    }
}
