//! The one place that changes a loaded site: `Site::apply` takes the site and an `Update`
//! by value and gives back the updated site and its `Plan`, the routes to render again and
//! the files to remove. An update is a batch of changed files, or the `Receipt` of writing a
//! plan. What an edit changes is found by comparing route fingerprints with those of the
//! files last written, never by a list of who shows what.

use crate::checks;
use crate::checks::unsafe_files;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::content::{self, LoadOptions};
use crate::load::page::{Page, PageId};
use crate::render::markdown::Rendered;
use crate::render::templates::PageSummary;
use crate::site::ledger::{Plan, Receipt};
use crate::site::page_change::{self, PageChange};
use crate::site::routes::OutputPath;
use crate::site::{fingerprints, make_body, summaries, Site};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

/// What a changed path means for a loaded site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Change {
    /// `site.yaml`, or a file in `data/`.
    Settings,
    /// Something in `templates/`, `locales/` or `static/` (or one of those folders itself).
    Theme,
    /// A file or folder in `content/` (absolute path), or `content/` itself.
    Content(PathBuf),
}

/// What `Site::apply` applies.
#[derive(Debug)]
pub enum Update<'a> {
    /// Files that changed on disk. None: nothing changed, and the plan is what is still to
    /// write (after a load, every route).
    Files(&'a [Change]),
    /// What became of the files of a plan, or of a build's routes: their findings, and
    /// whether they are now in the output folder.
    Receipt(Receipt),
}

impl<'a> From<&'a [Change]> for Update<'a> {
    fn from(changes: &'a [Change]) -> Update<'a> {
        Update::Files(changes)
    }
}

impl<'a, const N: usize> From<&'a [Change; N]> for Update<'a> {
    fn from(changes: &'a [Change; N]) -> Update<'a> {
        Update::Files(changes)
    }
}

impl From<Receipt> for Update<'_> {
    fn from(receipt: Receipt) -> Self {
        Update::Receipt(receipt)
    }
}

/// What a reload keeps of the pages whose files did not change, by source.
#[derive(Default)]
pub(super) struct Kept {
    /// Boxed: a fresh load has one empty slot per page, which should not cost the size of
    /// a kept page each.
    pub pages: HashMap<PathBuf, Box<KeptPage>>,
    /// Paths below `content/` of pages, assets and drafts that came or went: a kept body
    /// whose links looked any of them up is rendered again.
    pub changed_paths: HashSet<String>,
    /// The findings of the files next to pages that did not change, by source.
    pub assets: HashMap<PathBuf, Vec<Diagnostic>>,
    /// What was read of the pictures among them (`site::images`), by source.
    pub images: HashMap<PathBuf, crate::site::images::AssetImage>,
}

pub(super) struct KeptPage {
    pub body: Rendered,
    pub body_hash: u64,
    pub markdown: Diagnostics,
    /// What its checks found, before check levels, and their plain-language numbers.
    pub checked: Vec<Diagnostic>,
    pub metrics: checks::plain_language::PageMetrics,
    /// Its summary, its hash and its findings.
    pub summary: Option<(PageSummary, u64, Diagnostics)>,
}

impl Site {
    /// Applies an update and gives back the site and what is to write now.
    ///
    /// Changed files: settings or theme changes load the whole site again (`Err` when it
    /// cannot be loaded); content changes re-read the changed files and recompute everything
    /// derived from them. The plan holds the routes whose fingerprints differ from the files
    /// last written; a site that drops its sources (a one-off build) cannot take changes.
    ///
    /// A receipt: its findings replace earlier ones of the same files, and the files of the
    /// plan it says were published are recorded as written; the plan is what is still to
    /// write (empty for a site without fingerprints). Never `Err`.
    pub fn apply<'a>(self, update: impl Into<Update<'a>>) -> Result<(Site, Plan), Diagnostics> {
        match update.into() {
            Update::Files(changes) => self.apply_changes(changes),
            Update::Receipt(receipt) => Ok(self.record(receipt)),
        }
    }

    fn apply_changes(self, changes: &[Change]) -> Result<(Site, Plan), Diagnostics> {
        if changes.iter().any(|c| matches!(c, Change::Settings | Change::Theme)) {
            let mut site = Site::load_with_progress(&self.options, &self.progress)?;
            let plan = site.plan(Vec::new());
            return Ok((site, plan));
        }
        let mut site = self;
        if changes.is_empty() {
            let plan = site.plan(Vec::new());
            return Ok((site, plan));
        }
        let paths: HashSet<PathBuf> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Content(path) => Some(path.clone()),
                _ => None,
            })
            .collect();
        let mut edits = Vec::new();
        let mut copied = Vec::new();
        let mut edited_assets = Vec::new();
        let mut structural = false;
        for path in &paths {
            let is_file = std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file());
            if let Some(id) = site.page_of_file(path).filter(|_| is_file) {
                edits.push(id);
            } else if let Some(index) =
                site.model.content.assets.iter().position(|a| &a.source == path).filter(|_| is_file)
            {
                copied.push(OutputPath::new(site.model.content.assets[index].url.clone()));
                // Captions in SubRip: the WebVTT made from them is made again too.
                copied.extend(
                    crate::render::captions::vtt_url(&site.model.content.assets[index].url).map(OutputPath::new),
                );
                edited_assets.push(index);
                // A page that shows the file's contents (an image's size) is rendered again;
                // a picture's variants have new addresses, which pages and routes show.
                let content_path = &site.model.content.assets[index].content_path;
                structural |= site.derived.bodies.iter().any(|b| b.reads.contains(content_path))
                    || site.derived.images.by_asset.get(index).is_some_and(Option::is_some)
                    || crate::images::Format::from_name(content_path).is_some();
            } else {
                structural = true;
            }
        }
        let mut read = Vec::with_capacity(edits.len());
        if !structural {
            for id in edits {
                let old = &site.model.content.pages[id];
                // An unreadable file leaves the site, as in a full build: the reload reports it.
                let Ok(page) = content::reread(&site.options.root, old) else {
                    structural = true;
                    break;
                };
                let cited = site.findings.structure.iter().any(|d| d.file == old.source);
                let change = page_change::classify(old, &page, cited);
                if change.structure {
                    structural = true;
                    break;
                }
                read.push((id, page, change));
            }
        }
        if structural {
            site.reload_content(&paths);
        } else {
            let linked_before = site.derived.images.linked.clone();
            site.replace_pages(read);
            // A picture a page now links to (or no longer does) is published whole (or not).
            site.find_linked_images();
            for &index in site.derived.images.linked.symmetric_difference(&linked_before) {
                copied.push(OutputPath::new(site.model.content.assets[index].url.clone()));
            }
            // An edited file next to pages is checked again before it is copied.
            for index in edited_assets {
                site.findings.assets[index] =
                    unsafe_files::check_asset(&site.options.root, &site.model.content.assets[index]);
            }
        }
        let plan = site.plan(copied);
        Ok((site, plan))
    }

    /// Records a receipt (see `apply`).
    fn record(mut self, receipt: Receipt) -> (Site, Plan) {
        let Receipt { outputs, search, published } = receipt;
        self.findings.record_outputs(outputs, &self.derived.routes);
        if let Some(found) = search {
            self.findings.search = found;
        }
        if let Some(plan) = published {
            self.ledger.publish(&plan, &self.findings.outputs);
        }
        let plan = if self.keeps_fingerprints() {
            self.ledger.plan(Vec::new(), &self.derived.routes)
        } else {
            Plan::default()
        };
        (self, plan)
    }

    /// The routes whose fingerprints differ from the files last written, with `also` (files
    /// known to have changed on disk); after a fresh load, every route. After an update that
    /// changed only page bodies, only those pages' fingerprints are computed again.
    fn plan(&mut self, also: Vec<OutputPath>) -> Plan {
        debug_assert!(self.keeps_fingerprints(), "a site that drops its sources has no fingerprints");
        let shared = match (self.ledger.edited_bodies.take(), self.ledger.shared.take()) {
            (Some(pages), Some(shared)) => {
                for id in pages {
                    let path = OutputPath::for_url(&self.model.content.pages[id].url);
                    if let Some(route) = self.derived.routes.get(&path) {
                        let fingerprint = self.fingerprint(route, &shared);
                        self.ledger.set_current(path, fingerprint);
                    }
                }
                shared
            }
            _ => {
                let shared = self.shared_hashes();
                let fingerprints = self.fingerprints(&shared);
                let current = self.derived.routes.iter().map(|(path, _)| path.clone()).zip(fingerprints).collect();
                self.ledger.replace_current(current, &self.derived.routes);
                shared
            }
        };
        self.ledger.shared = Some(shared);
        self.ledger.plan(also, &self.derived.routes)
    }

    /// Pages added, removed or moved: walks `content/` again, reading only the files in
    /// `changed` and the ones not known yet, and derives everything again, keeping what
    /// unchanged pages had where nothing it depends on changed.
    fn reload_content(&mut self, changed: &HashSet<PathBuf>) {
        let root = self.options.root.clone();
        let old_paths = self.content_paths();
        let old_pages = std::mem::take(&mut self.model.content.pages);
        let mut bodies = std::mem::take(&mut self.derived.bodies).into_iter();
        let mut markdown = std::mem::take(&mut self.findings.markdown).into_iter();
        let mut checked =
            std::mem::take(&mut self.derived.checked).into_iter().zip(std::mem::take(&mut self.derived.plain_metrics));
        let mut summaries = std::mem::take(&mut self.findings.summaries).into_iter();
        let mut values = std::mem::take(&mut self.derived.values.summaries).into_iter();
        let mut previous: HashMap<PathBuf, Page> = HashMap::new();
        let mut kept = Kept::default();
        let old_assets = std::mem::take(&mut self.model.content.assets);
        let asset_findings = std::mem::take(&mut self.findings.assets);
        let old_images = std::mem::take(&mut self.derived.images).by_asset;
        let mut edited = Vec::new();
        for ((asset, found), image) in old_assets.into_iter().zip(asset_findings).zip(old_images) {
            // A changed folder above it may have been swapped: checked again.
            if !changed.iter().any(|path| asset.source.starts_with(path)) {
                if let Some(image) = image {
                    kept.images.insert(asset.source.clone(), image);
                }
                kept.assets.insert(asset.source, found);
            } else {
                edited.push(asset.content_path.clone());
            }
        }
        for (id, page) in old_pages.into_iter().enumerate() {
            let parts = (bodies.next(), markdown.next(), summaries.next(), values.next());
            let checks = checked.next();
            // Topic pages are made again from site.yaml below.
            if page.is_generated() || changed.contains(&root.join(&page.source)) {
                continue;
            }
            if let ((Some(body), Some(markdown), Some(found), Some(value)), Some((checked, metrics))) = (parts, checks)
            {
                let summary = Some((value, self.derived.summary_hashes[id], found));
                let body_hash = self.derived.body_hashes[id];
                let kept_page = KeptPage { body, body_hash, markdown, checked, metrics, summary };
                kept.pages.insert(page.source.clone(), Box::new(kept_page));
            }
            previous.insert(page.source.clone(), page);
        }
        let (content, problems) = content::reload(
            &root,
            &self.model.config,
            &LoadOptions { include_drafts: self.options.drafts, progress: self.progress.clone() },
            previous,
        );
        self.model.content = content;
        self.findings.structure = problems;
        self.add_topic_pages();
        let new_paths = self.content_paths();
        kept.changed_paths = old_paths.symmetric_difference(&new_paths).cloned().collect();
        // Files whose contents a body shows (an image's size) count as changed too.
        kept.changed_paths.extend(edited);
        self.derive(kept, None);
    }

    /// Every page, asset and draft, by its path below `content/`.
    fn content_paths(&self) -> HashSet<String> {
        let pages = self
            .model
            .content
            .pages
            .iter()
            .filter(|p| !p.is_generated())
            .map(|p| format!("{}/{}.md", p.lang, p.key_path));
        let assets = self.model.content.assets.iter().map(|a| a.content_path.clone());
        let drafts = self.model.content.drafts.iter().map(|d| format!("draft:{d}"));
        pages.chain(assets).chain(drafts).collect()
    }

    /// Replaces pages whose place in the site (URL, translation key, aliases, draft) is
    /// unchanged, and repeats their own steps (Markdown, summary, checks); then everything
    /// derived across pages.
    fn replace_pages(&mut self, read: Vec<(PageId, Page, PageChange)>) {
        let mut dates_or_levels = false;
        let mut levels = false;
        let mut labels = false;
        let mut bodies_only = Some(Vec::new());
        let mut headings_changed = false;
        for (id, page, change) in read {
            let old_headings: Vec<String> = self.derived.bodies[id].ids().map(str::to_string).collect();
            let old_summary = self.derived.summary_hashes[id];
            let same_place = {
                let old = &self.model.content.pages[id];
                old.template() == page.template() && old.front.search == page.front.search
            };
            let old = &self.model.content.pages[id].front;
            levels |= old.checks != page.front.checks;
            dates_or_levels |= old.last_changed() != page.front.last_changed();
            labels |= change.label;
            let relabelled = change.label;
            self.model.content.pages[id] = page;
            let (body, found, checked) = make_body(id, &self.link_context(), &self.model.config);
            headings_changed |= !body.ids().eq(old_headings.iter().map(String::as_str));
            self.derived.body_hashes[id] = fingerprints::hash_body(&body);
            self.derived.bodies[id] = body;
            self.findings.markdown[id] = found;
            let (summary, found) = summaries::summarize(&self.summary_sources(), &self.model.content.pages[id]);
            self.findings.summaries[id] = found.into_iter().collect();
            self.derived.summary_hashes[id] = fingerprints::hash_summary(&summary);
            self.derived.values.set_summary(id, summary);
            if relabelled {
                if let Some(parent) = self.model.tree.parent(id) {
                    self.model.tree.sort_children(parent, &self.model.content.pages);
                }
            }
            self.derived.plain_metrics[id] = checked.metrics;
            self.derived.checked[id] = checked.found;
            if !levels {
                self.findings.page_checks[id] = checks::page_checks(&self.derived.checked[id], &self.derived.policy);
            }
            if !same_place || self.derived.summary_hashes[id] != old_summary {
                bodies_only = None;
            }
            if let Some(pages) = bodies_only.as_mut() {
                pages.push(id);
            }
        }
        self.ledger.edited_bodies = bodies_only;
        if levels {
            self.refresh_policy();
            self.apply_check_levels();
        }
        // What pages show of each other changed: the values across pages again.
        if self.ledger.edited_bodies.is_none() {
            self.derived.values.refresh(&self.model.config, &self.model.content.pages, &self.model.tree);
            if self.refresh_feed_sections() {
                self.rebuild_routes();
            }
            if labels {
                self.update_site_trees();
            }
        }
        // Other pages' links to these pages' headings, or only these pages' own links.
        match self.ledger.edited_bodies.clone() {
            Some(pages) if !headings_changed => self.check_links_of(&pages),
            _ => self.check_links(),
        }
        // Titles too: sibling pages with one title.
        if dates_or_levels || levels || labels {
            self.run_translation_checks();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rule;
    use crate::site::producers::Sink;
    use crate::site::SiteOptions;
    use std::io;
    use std::path::Path;
    use std::sync::Mutex;

    /// Writes nothing; fails every write of the paths in `failing`.
    #[derive(Default)]
    struct FailingSink {
        failing: Mutex<Vec<String>>,
        written: Mutex<Vec<String>>,
    }

    impl Sink for FailingSink {
        fn write(&self, relative: &str, _contents: &[u8]) -> io::Result<()> {
            if self.failing.lock().unwrap().iter().any(|f| f == relative) {
                return Err(io::Error::other("disk full"));
            }
            self.written.lock().unwrap().push(relative.to_string());
            Ok(())
        }

        fn copy(&self, relative: &str, _source: &Path) -> io::Result<()> {
            self.write(relative, &[])
        }
    }

    fn site() -> (tempfile::TempDir, Site) {
        let dir = tempfile::tempdir().unwrap();
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid/basic");
        for entry in walkdir::WalkDir::new(&source) {
            let entry = entry.unwrap();
            let target = dir.path().join(entry.path().strip_prefix(&source).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
        let site = Site::load(&SiteOptions::new(dir.path().to_path_buf())).unwrap();
        (dir, site)
    }

    /// The plan of a site just loaded: every route.
    fn first_plan(site: Site) -> (Site, Plan) {
        site.apply(Update::Files(&[])).unwrap()
    }

    /// Renders and writes a plan, and hands the receipt back: each file written without
    /// errors is published.
    fn publish(site: Site, plan: Plan, sink: &FailingSink) -> Site {
        let receipt = site.render(&plan.render, Some(sink)).published(plan);
        site.apply(Update::Receipt(receipt)).unwrap().0
    }

    #[test]
    fn a_failed_copy_is_retried_and_its_error_cleared_by_the_next_update() {
        let (dir, site) = site();
        let asset = "/nl/diensten/procedure/schema.svg";
        let sink = FailingSink { failing: Mutex::new(vec![asset.to_string()]), ..FailingSink::default() };
        let (site, plan) = first_plan(site);
        assert!(plan.complete && plan.render.len() == site.routes().len());
        let site = publish(site, plan, &sink);
        assert!(site.findings().has_errors(), "the copy failed");
        // An unrelated body edit: the failed file is written again with it, and succeeds.
        sink.failing.lock().unwrap().clear();
        sink.written.lock().unwrap().clear();
        let page = dir.path().join("content/nl/contact.md");
        let text = std::fs::read_to_string(&page).unwrap();
        std::fs::write(&page, format!("{text}\nNog een zin.\n")).unwrap();
        let (site, plan) = site.apply(&[Change::Content(page)]).unwrap();
        let rendered: Vec<&str> = plan.render.iter().map(OutputPath::as_str).collect();
        assert_eq!(rendered, vec!["/nl/contact/index.html", asset], "{plan:?}");
        let site = publish(site, plan, &sink);
        assert!(!site.findings().has_errors(), "{:?}", site.findings().all());
        // Nothing is left to write.
        let (_, plan) = site.apply(Update::Files(&[])).unwrap();
        assert!(plan.render.is_empty() && plan.remove.is_empty(), "{plan:?}");
    }

    #[test]
    fn files_are_published_only_by_a_receipt_that_says_so() {
        let (_dir, site) = site();
        let sink = FailingSink::default();
        let (site, plan) = first_plan(site);
        // Rendered and written, but not committed (`serve` after a failed file): still to write.
        let receipt = site.render(&plan.render, Some(&sink));
        let (site, still) = site.apply(Update::Receipt(receipt)).unwrap();
        assert_eq!(still, plan);
        let receipt = site.render(&still.render, Some(&sink)).published(still);
        let (_, left) = site.apply(Update::Receipt(receipt)).unwrap();
        assert!(left.render.is_empty() && left.remove.is_empty() && !left.complete, "{left:?}");
    }

    #[test]
    fn an_asset_edited_to_carry_script_is_checked_again_and_not_written() {
        let (dir, site) = site();
        let sink = FailingSink::default();
        let (site, plan) = first_plan(site);
        let site = publish(site, plan, &sink);
        let svg = dir.path().join("content/nl/diensten/procedure/schema.svg");
        let clean = std::fs::read_to_string(&svg).unwrap();
        std::fs::write(&svg, clean.replace("<rect", "<rect onload=\"alert(1)\"")).unwrap();
        let (site, plan) = site.apply(&[Change::Content(svg.clone())]).unwrap();
        assert!(!plan.complete);
        let found: Vec<Rule> = site.findings().all().iter().map(|d| d.rule).collect();
        assert_eq!(found, [Rule::UnsafeFile]);
        assert!(site.findings().content_has_errors(), "serve writes nothing");
        // Fixed again: the finding goes, and the file is written.
        std::fs::write(&svg, &clean).unwrap();
        let (site, plan) = site.apply(&[Change::Content(svg)]).unwrap();
        assert!(site.findings().all().is_empty(), "{:?}", site.findings().all());
        let rendered: Vec<&str> = plan.render.iter().map(OutputPath::as_str).collect();
        assert_eq!(rendered, ["/nl/diensten/procedure/schema.svg"]);
        // A new file next to pages is a reload: checked there.
        let page = dir.path().join("content/nl/oud.html");
        std::fs::write(&page, "<script>alert(1)</script>").unwrap();
        let (site, _) = site.apply(&[Change::Content(page)]).unwrap();
        let found: Vec<Rule> = site.findings().all().iter().map(|d| d.rule).collect();
        assert_eq!(found, [Rule::UnsafeFile]);
        // Another reload keeps the finding of the file that did not change.
        let list = dir.path().join("content/nl/lijst.csv");
        std::fs::write(&list, "a,b\n").unwrap();
        let (site, _) = site.apply(&[Change::Content(list)]).unwrap();
        let found: Vec<String> = site.findings().all().iter().map(|d| format!("{}", d.file.display())).collect();
        assert_eq!(found, ["content/nl/oud.html"]);
    }

    #[test]
    fn a_body_edit_plans_its_page_alone_and_a_title_edit_the_pages_that_show_it() {
        let (dir, site) = site();
        let sink = FailingSink::default();
        let (site, plan) = first_plan(site);
        let site = publish(site, plan, &sink);
        let page = dir.path().join("content/nl/diensten/procedure/stap-een.md");
        let text = std::fs::read_to_string(&page).unwrap();
        std::fs::write(&page, text.replacen("\n---\n", "\n---\nNieuwe zin.\n", 1)).unwrap();
        let (site, plan) = site.apply(&[Change::Content(page.clone())]).unwrap();
        let rendered: Vec<&str> = plan.render.iter().map(OutputPath::as_str).collect();
        assert_eq!(rendered, vec!["/nl/diensten/procedure/stap-een/index.html"]);
        let site = publish(site, plan, &sink);
        let text = std::fs::read_to_string(&page).unwrap();
        let title = text.lines().find(|l| l.starts_with("title:")).unwrap();
        std::fs::write(&page, text.replacen(title, "title: \"Een heel andere titel\"", 1)).unwrap();
        let (_site, plan) = site.apply(&[Change::Content(page)]).unwrap();
        let rendered: Vec<&str> = plan.render.iter().map(OutputPath::as_str).collect();
        for shown in ["/nl/diensten/procedure/index.html", "/sitemap.xml", "/nl/diensten/procedure/atom.xml"] {
            assert!(rendered.contains(&shown), "{shown} not in {rendered:?}");
        }
        assert!(!rendered.contains(&"/en/index.html"), "{rendered:?}");
    }
}
