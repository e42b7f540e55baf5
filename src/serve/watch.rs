//! Watching the site for `serve` with notify: which folders are watched, which changed paths
//! matter (editor swap files, hidden files and loket's own output do not) and what kind of
//! change each is.

use notify::RecursiveMode;
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// How long the watcher waits for more events before reporting a batch. Editors that save
/// by writing a temporary file and renaming it produce their events within a millisecond or
/// two; a short wait keeps a save-to-reload under the 50 ms target. A save spread over a
/// longer time only costs a second (incremental) rebuild.
pub const DEBOUNCE: Duration = Duration::from_millis(10);

/// The folders below the site root that `serve` watches, recursively.
pub const WATCHED_FOLDERS: [&str; 5] = [
    crate::load::content::CONTENT_DIR,
    crate::load::data::DATA_DIR,
    crate::load::theme::TEMPLATES_DIR,
    crate::load::theme::LOCALES_DIR,
    crate::load::theme::STATIC_DIR,
];

pub use crate::site::Change;

/// Classifies one changed path; `None` for paths that do not matter: outside the watched
/// folders, hidden files and editor leftovers (`.page.md.swp`, `page.md~`, vim's `4913`).
pub fn classify(root: &Path, path: &Path) -> Option<Change> {
    let relative = path.strip_prefix(root).ok()?;
    let mut parts = Vec::new();
    for component in relative.components() {
        match component {
            Component::Normal(name) => parts.push(name.to_str()?),
            _ => return None,
        }
    }
    if parts.iter().any(|name| crate::load::content::is_ignored(name)) {
        return None;
    }
    match parts.first().copied()? {
        crate::load::config::CONFIG_FILE if parts.len() == 1 => Some(Change::Settings),
        crate::load::content::CONTENT_DIR => Some(Change::Content(path.to_path_buf())),
        // Shared values may show on any page: the site is loaded again, as for site.yaml.
        crate::load::data::DATA_DIR => Some(Change::Settings),
        first if WATCHED_FOLDERS.contains(&first) => Some(Change::Theme),
        _ => None,
    }
}

/// Watches a site folder; dropped, it stops.
pub struct Watcher {
    root: PathBuf,
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    watched: Vec<PathBuf>,
}

impl Watcher {
    /// Starts watching `root`; every batch of relevant changes is sent to `changes`.
    /// The root itself is watched without recursion (for `site.yaml`, and for theme folders
    /// created later); its folders recursively, since rename-on-save editors replace files.
    pub fn start(root: &Path, changes: mpsc::Sender<Vec<Change>>) -> notify::Result<Watcher> {
        let root = crate::sitefs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let classify_root = root.clone();
        let handler = move |result: DebounceEventResult| {
            let Ok(events) = result else { return };
            let mut batch: Vec<Change> = Vec::new();
            // Reading files and folders (our own content walk, the debouncer's scan) is
            // reported as access; only changes matter, or every reload would trigger another.
            for event in events.iter().filter(|e| !e.kind.is_access()) {
                for path in &event.paths {
                    if let Some(change) = classify(&classify_root, path) {
                        if !batch.contains(&change) {
                            batch.push(change);
                        }
                    }
                }
            }
            if !batch.is_empty() {
                // The receiver is gone only while serve shuts down.
                let _ = changes.send(batch);
            }
        };
        let debouncer = new_debouncer(DEBOUNCE, None, handler)?;
        let mut watcher = Watcher { root: root.clone(), debouncer, watched: Vec::new() };
        watcher.debouncer.watch(&root, RecursiveMode::NonRecursive)?;
        watcher.watch_folders()?;
        Ok(watcher)
    }

    /// Watches the site's folders that exist and are not watched yet (call after a theme
    /// change: a `templates/` folder may just have been created).
    pub fn watch_folders(&mut self) -> notify::Result<()> {
        for folder in WATCHED_FOLDERS {
            let path = self.root.join(folder);
            if path.is_dir() && !self.watched.contains(&path) {
                self.debouncer.watch(&path, RecursiveMode::Recursive)?;
                self.watched.push(path);
            }
        }
        self.watched.retain(|p| p.is_dir());
        Ok(())
    }

    /// The canonical site root that changed paths start with.
    pub fn root(&self) -> &Path {
        &self.root
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_classified_by_folder() {
        let root = Path::new("/site");
        assert_eq!(classify(root, Path::new("/site/site.yaml")), Some(Change::Settings));
        assert_eq!(classify(root, Path::new("/site/data/contact.yaml")), Some(Change::Settings));
        assert_eq!(
            classify(root, Path::new("/site/content/nl/a.md")),
            Some(Change::Content(PathBuf::from("/site/content/nl/a.md")))
        );
        assert_eq!(classify(root, Path::new("/site/content")), Some(Change::Content(PathBuf::from("/site/content"))));
        assert_eq!(classify(root, Path::new("/site/templates/base.html")), Some(Change::Theme));
        assert_eq!(classify(root, Path::new("/site/locales/nl/main.ftl")), Some(Change::Theme));
        assert_eq!(classify(root, Path::new("/site/static/css/x.css")), Some(Change::Theme));
        assert_eq!(classify(root, Path::new("/site/static")), Some(Change::Theme));
    }

    #[test]
    fn output_swap_files_and_other_folders_are_ignored() {
        let root = Path::new("/site");
        for ignored in [
            "/site/public/nl/index.html",
            "/site/.public.loket-staging/x.html",
            "/site/target/debug/loket",
            "/site/content/nl/.a.md.swp",
            "/site/content/nl/a.md~",
            "/site/content/nl/4913",
            "/site/content/nl/.hidden/a.md",
            "/site/templates/.base.html.swx",
            "/site/README.md",
            "/site/site.yaml~",
            "/elsewhere/site.yaml",
            "/site/sub/site.yaml",
        ] {
            assert_eq!(classify(root, Path::new(ignored)), None, "{ignored}");
        }
    }
}
