//! The publish ledger: the fingerprint of every file in the output folder as it was last
//! written, and of every route as it is now; the two differ exactly where a file must be
//! written again. `Site::apply` hands out a [`Plan`] made from it and takes back a
//! [`Receipt`] of what became of the plan's files; nothing else changes it.

use crate::diagnostics::Diagnostic;
use crate::load::page::PageId;
use crate::site::fingerprints::Shared;
use crate::site::routes::{OutputPath, Routes};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// What to write after an update: given out by `Site::apply`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// The routes whose files must be rendered and written again, in path order.
    pub render: Vec<OutputPath>,
    /// Files written before whose routes are gone.
    pub remove: Vec<OutputPath>,
    /// The site was loaded anew: every route is in `render`, and whatever else is in the
    /// output folder goes.
    pub complete: bool,
}

/// What became of some routes' files: made by `Site::render`, completed by whoever writes
/// them, and handed back to `Site::apply` (`Update::Receipt`), which records it.
#[derive(Debug, Default)]
pub struct Receipt {
    /// The findings of producing and writing each file (empty for a file made cleanly).
    pub(super) outputs: Vec<(OutputPath, Vec<Diagnostic>)>,
    /// The findings of the search index, when one was built.
    pub(super) search: Option<Vec<Diagnostic>>,
    /// The plan whose files are now in the output folder.
    pub(super) published: Option<Plan>,
}

impl Receipt {
    /// The findings of each route's file as `Site::render` produced (and wrote) it.
    pub(super) fn rendered(outputs: Vec<(OutputPath, Vec<Diagnostic>)>) -> Receipt {
        Receipt { outputs, ..Receipt::default() }
    }

    /// With the findings of building and writing the search index.
    pub fn with_search(self, found: Vec<Diagnostic>) -> Receipt {
        Receipt { search: Some(found), ..self }
    }

    /// Says that the files of `plan` were written to the output folder: each one that was
    /// produced and written without errors is now as its route's fingerprint says.
    pub fn published(self, plan: Plan) -> Receipt {
        Receipt { published: Some(plan), ..self }
    }

    /// Whether producing or writing any of its files, or the search index, failed.
    pub fn has_errors(&self) -> bool {
        self.outputs.iter().flat_map(|(_, found)| found).chain(self.search.iter().flatten()).any(Diagnostic::is_error)
    }
}

/// The fingerprints of what is written and of what should be (see `fingerprints`). Empty for
/// a site that keeps no fingerprints (a one-off build or check).
#[derive(Default)]
pub(super) struct Ledger {
    /// The fingerprint of every file as it was last written.
    published: HashMap<OutputPath, u64>,
    /// The fingerprint of every route, as last computed.
    current: HashMap<OutputPath, u64>,
    /// The routes whose files are not as `current` says (not written yet, or failed).
    unpublished: BTreeSet<OutputPath>,
    /// Set by an update that changed only the bodies of these pages: nothing other pages
    /// show of them, so only their own fingerprints can have changed.
    pub edited_bodies: Option<Vec<PageId>>,
    /// The shared part of the fingerprints, as last computed.
    pub shared: Option<Shared>,
}

impl Ledger {
    /// One route's fingerprint as computed now (its page's body changed, nothing else).
    pub fn set_current(&mut self, path: OutputPath, fingerprint: u64) {
        if self.published.get(&path) != Some(&fingerprint) {
            self.unpublished.insert(path.clone());
        }
        self.current.insert(path, fingerprint);
    }

    /// Every route's fingerprint as computed now.
    pub fn replace_current(&mut self, current: HashMap<OutputPath, u64>, routes: &Routes) {
        self.current = current;
        self.unpublished.retain(|path| routes.get(path).is_some());
        for (path, fingerprint) in &self.current {
            if self.published.get(path) != Some(fingerprint) {
                self.unpublished.insert(path.clone());
            }
        }
    }

    /// The routes whose files are not as their fingerprints say, with `also` (files known
    /// to have changed on disk), and the files whose routes are gone.
    pub fn plan(&mut self, also: Vec<OutputPath>, routes: &Routes) -> Plan {
        for path in also.into_iter().filter(|path| routes.get(path).is_some()) {
            self.unpublished.insert(path);
        }
        let render: Vec<OutputPath> = self.unpublished.iter().cloned().collect();
        let mut remove: Vec<OutputPath> =
            self.published.keys().filter(|path| routes.get(path).is_none()).cloned().collect();
        remove.sort();
        let complete = self.published.is_empty();
        Plan { render, remove, complete }
    }

    /// After `plan` was written: its files that were written without errors (by `outputs`,
    /// the findings per file) are now as their fingerprints say.
    pub fn publish(&mut self, plan: &Plan, outputs: &BTreeMap<OutputPath, Vec<Diagnostic>>) {
        for path in &plan.render {
            let failed = outputs.get(path).is_some_and(|found| found.iter().any(|d| d.is_error()));
            match self.current.get(path) {
                Some(&fingerprint) if !failed => {
                    self.published.insert(path.clone(), fingerprint);
                    self.unpublished.remove(path);
                }
                _ => {
                    self.published.remove(path);
                }
            }
        }
        for path in &plan.remove {
            self.published.remove(path);
        }
    }
}
