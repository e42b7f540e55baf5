//! The search index: Pagefind, used as a library and fed the text loket already has (no
//! HTML is parsed twice), one index per language with that language's stemming. Written
//! below `/pagefind/` for the search page's script.

use crate::diagnostics::{Diagnostic, Position};
use crate::load::config::SiteConfig;
use crate::load::page::{Page, PageId};
use crate::load::topics::TopicIndex;
use crate::messages::Text;
use crate::progress::StepBar;
use crate::render::markdown::Rendered;
use crate::rules::Rule;
use crate::site::routes::SEARCH_DIR;
use crate::text;
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// Pagefind's list of the languages in the bundle.
const ENTRY_FILE: &str = "pagefind-entry.json";

/// Pagefind's own user interfaces: loket has its own accessible one.
const UNUSED_FILES: [&str; 4] = ["pagefind-ui", "pagefind-modular-ui", "pagefind-component-ui", "pagefind-highlight"];

/// A file of the search bundle: its path below the output root and its bytes.
pub struct SearchFile {
    pub path: String,
    pub contents: Vec<u8>,
}

/// What the index needs of one page, borrowed from the loaded site: the text Pagefind gets
/// is made from it only when the page is added, so all texts are never held twice.
pub struct Record<'a> {
    pub url: &'a str,
    pub lang: &'a str,
    pub title: &'a str,
    /// `text_language` where the page's text is in another language than its tree: the page
    /// stays in its tree's index, with this language in its metadata (`text_language`).
    pub text_lang: Option<&'a str>,
    /// Its direction (`ltr`, `rtl`), `text_dir` in the metadata.
    pub text_dir: Option<&'static str>,
    pub description: &'a str,
    /// The body as plain text; for a topic page, the titles and descriptions it lists.
    pub body: Cow<'a, str>,
    /// Whether the title leads twice, so that pages about a word rank before pages that
    /// mention it. Not on topic pages: a short list must not outrank the page a word is about.
    pub title_twice: bool,
}

impl Record<'_> {
    /// Title, description and body as plain text.
    pub fn text(&self) -> String {
        if self.title_twice {
            format!("{}. {}. {}\n{}", self.title, self.title, self.description, self.body)
        } else {
            format!("{}. {}\n{}", self.title, self.description, self.body)
        }
    }
}

/// The records of every page that does not opt out (`search: false`). A topic page's text is
/// what it shows: the titles and descriptions of its pages (`topics`).
pub fn records<'a>(
    config: &SiteConfig,
    pages: &'a [Page],
    bodies: &'a [Rendered],
    topics: &TopicIndex,
) -> Vec<Record<'a>> {
    PageId::all(pages.len())
        .zip(pages)
        .zip(bodies)
        .filter(|((_, page), _)| page.front.search)
        .map(|((id, page), body)| {
            let generated = page.is_generated();
            let body = if generated {
                let listed: Vec<String> = topics
                    .listed(id)
                    .iter()
                    .map(|&p| format!("{}. {}", pages[p].front.title, pages[p].front.description))
                    .collect();
                Cow::Owned(listed.join("\n"))
            } else {
                Cow::Borrowed(body.text.as_str())
            };
            Record {
                url: &page.url,
                lang: &page.lang,
                title: &page.front.title,
                text_lang: page.text_elsewhere().then(|| page.text_lang()),
                text_dir: page.text_elsewhere().then(|| config.direction(page.text_lang()).as_str()),
                description: &page.front.description,
                body,
                title_twice: !generated,
            }
        })
        .collect()
}

/// Builds one Pagefind index per language and merges them into one bundle; `progress`
/// counts the records added.
///
/// Every language is read on a thread of its own, and the indexes are written one at a time.
/// Pagefind reads the records of one index one after another, so reading the languages at
/// the same time is what puts more than one core to work; writing an index is parallel
/// inside Pagefind and is where it holds the most memory, so one write at a time keeps the
/// peak near that of one language. At 10,000 pairs, against one language after the other:
/// 22.8 s instead of 29.8 s, 2.6 GB instead of 2.1 GB; at 1,000 pairs, against both at once:
/// the same time, 337 MB instead of 420-470 MB.
pub fn build_index(records: &[Record<'_>], progress: &StepBar) -> Result<Vec<SearchFile>, Diagnostic> {
    let mut languages: Vec<&str> = records.iter().map(|r| r.lang).collect();
    languages.sort_unstable();
    languages.dedup();
    let writing = Mutex::new(());
    // Each language on an OS thread, never on a rayon worker: Pagefind uses rayon inside the
    // runtime's `block_on`, and a worker waiting there may steal another language's job and
    // start a second runtime on the same thread, which tokio refuses with a panic.
    let bundles: Vec<Result<Vec<SearchFile>, Diagnostic>> = std::thread::scope(|scope| {
        let writing = &writing;
        let workers: Vec<_> = languages
            .iter()
            .map(|lang| scope.spawn(move || index_language(lang, records, progress, writing)))
            .collect();
        workers
            .into_iter()
            .map(|worker| worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    });
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut entry: Option<serde_json::Value> = None;
    for bundle in bundles {
        for file in bundle? {
            if file.path.ends_with(ENTRY_FILE) {
                entry = Some(merge_entries(entry, &file.contents));
            } else {
                // Shared files (pagefind.js, the worker) are identical in every bundle.
                files.insert(file.path, file.contents);
            }
        }
    }
    if let Some(entry) = entry {
        files.insert(format!("/{SEARCH_DIR}/{ENTRY_FILE}"), entry.to_string().into_bytes());
    }
    Ok(files.into_iter().map(|(path, contents)| SearchFile { path, contents }).collect())
}

/// `pagefind-entry.json` lists the languages of a bundle: merged, it lists them all.
fn merge_entries(merged: Option<serde_json::Value>, contents: &[u8]) -> serde_json::Value {
    let Ok(entry) = serde_json::from_slice::<serde_json::Value>(contents) else { return merged.unwrap_or_default() };
    let Some(mut merged) = merged else { return entry };
    if let (Some(all), Some(more)) = (
        merged.get_mut("languages").and_then(|l| l.as_object_mut()),
        entry.get("languages").and_then(|l| l.as_object()),
    ) {
        for (lang, meta) in more {
            all.insert(lang.clone(), meta.clone());
        }
    }
    merged
}

/// Reads the records of `lang` into an index of their own, then writes it when `writing` is free.
fn index_language(
    lang: &str,
    records: &[Record<'_>],
    progress: &StepBar,
    writing: &Mutex<()>,
) -> Result<Vec<SearchFile>, Diagnostic> {
    let failed = |what: Text, err: &dyn std::fmt::Display| {
        let message = text!("publish-search-failed", what = what, detail = err.to_string());
        Diagnostic::error(Rule::Search, SEARCH_DIR, Position::START, message).with_hint(text!("publish-search-hint"))
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| failed(text!("publish-search-start"), &e))?;
    let mut index = runtime.block_on(async {
        let mut index = PagefindIndex::new(Some(PagefindServiceConfig::builder().build()))
            .map_err(|e| failed(text!("publish-search-start"), &e))?;
        for record in records.iter().filter(|r| r.lang == lang) {
            let mut meta = BTreeMap::from([("title".to_string(), record.title.to_string())]);
            if let Some(text_lang) = record.text_lang {
                meta.insert("text_language".to_string(), text_lang.to_string());
                meta.insert("text_dir".to_string(), record.text_dir.unwrap_or("ltr").to_string());
            }
            index
                .add_custom_record(
                    record.url.to_string(),
                    record.text(),
                    record.lang.to_string(),
                    Some(meta),
                    None,
                    None,
                )
                .await
                .map_err(|e| failed(text!("publish-search-page", url = record.url.to_string()), &e))?;
            progress.inc(1);
        }
        Ok(index)
    })?;
    // A panic elsewhere has already failed the build; the lock guards no data.
    let _turn = writing.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let files = runtime.block_on(index.get_files()).map_err(|e| failed(text!("publish-search-build"), &e))?;
    Ok(files
        .into_iter()
        .filter_map(|file| {
            let name = file.filename.to_string_lossy().replace('\\', "/");
            let unused = UNUSED_FILES.iter().any(|prefix| name.starts_with(prefix));
            (!unused).then(|| SearchFile { path: format!("/{SEARCH_DIR}/{name}"), contents: file.contents })
        })
        .collect())
}
