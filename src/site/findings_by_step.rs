//! The findings of a loaded site by step: every finding of a loaded site, kept by the step that made it, so
//! that an update can replace the findings of the steps it repeats and nothing else.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::site::routes::{OutputPath, Routes};
use indexmap::IndexMap;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Default, Clone)]
pub struct Findings {
    /// Reading the static files.
    pub setup: Diagnostics,
    /// The content walk, files that could not be read, the page tree and the aliases.
    pub structure: Diagnostics,
    /// Per asset (in the order of the content's assets): whether it may be published.
    pub assets: Vec<Vec<Diagnostic>>,
    /// Output paths claimed twice.
    pub routes: Diagnostics,
    /// Per page: its Markdown.
    pub markdown: Vec<Diagnostics>,
    /// Per page: its summary (dates, image).
    pub summaries: Vec<Diagnostics>,
    /// Per page: its own editor checks (kept apart, to be reused when it did not change).
    pub page_checks: Vec<Diagnostics>,
    /// Per page: its fragment and site-absolute links, which depend on other pages.
    pub links: Vec<Diagnostics>,
    /// The check levels themselves (unknown rule names and the like).
    pub policy: Diagnostics,
    /// The translation checks.
    pub translations: Diagnostics,
    /// The Fluent key usage of the templates (changes only with the theme).
    pub theme_checks: Diagnostics,
    /// Per output file: rendering, copying or writing it.
    pub outputs: BTreeMap<OutputPath, Vec<Diagnostic>>,
    /// The search index.
    pub search: Vec<Diagnostic>,
}

impl Findings {
    /// Whether the steps before templates found errors (then nothing is rendered).
    pub fn content_has_errors(&self) -> bool {
        self.setup.has_errors()
            || self.structure.has_errors()
            || self.routes.has_errors()
            || self.assets.iter().flatten().any(Diagnostic::is_error)
            || self.policy.has_errors()
            || self.translations.has_errors()
            || self.theme_checks.has_errors()
            || self
                .markdown
                .iter()
                .chain(&self.summaries)
                .chain(&self.page_checks)
                .chain(&self.links)
                .any(Diagnostics::has_errors)
    }

    pub fn has_errors(&self) -> bool {
        self.content_has_errors()
            || self.outputs.values().flatten().any(Diagnostic::is_error)
            || self.search.iter().any(Diagnostic::is_error)
    }

    /// Records the findings of producing and writing some files, replacing earlier ones of
    /// the same files, and forgets those of files whose routes are gone.
    pub(super) fn record_outputs(&mut self, results: Vec<(OutputPath, Vec<Diagnostic>)>, routes: &Routes) {
        for (path, found) in results {
            if found.is_empty() {
                self.outputs.remove(&path);
            } else {
                self.outputs.insert(path, found);
            }
        }
        self.outputs.retain(|path, _| routes.get(path).is_some());
    }

    /// Every finding; output findings only when the content had no errors, since only then
    /// is anything rendered.
    pub fn all(&self) -> Diagnostics {
        let mut all = self.setup.clone();
        all.extend(self.structure.iter().cloned());
        all.extend(self.routes.iter().cloned());
        all.extend(self.assets.iter().flatten().cloned());
        for per_page in [&self.markdown, &self.summaries, &self.page_checks, &self.links] {
            for found in per_page {
                all.extend(found.iter().cloned());
            }
        }
        all.extend(self.policy.iter().cloned());
        all.extend(self.translations.iter().cloned());
        all.extend(self.theme_checks.iter().cloned());
        if !self.content_has_errors() {
            let rendered = self.outputs.values().flatten().chain(&self.search).cloned().collect();
            all.extend(merge_repeated(rendered));
        }
        all
    }
}

/// One template mistake fails every page that uses it: report it once, saying how many.
fn merge_repeated(found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut merged: IndexMap<(PathBuf, Position, crate::messages::Text), (Diagnostic, usize)> = IndexMap::new();
    for d in found {
        let key = (d.file.clone(), d.position, d.message.clone());
        merged.entry(key).and_modify(|(_, n)| *n += 1).or_insert((d, 1));
    }
    merged
        .into_values()
        .map(|(mut d, n)| {
            if n > 1 {
                let others = n - 1;
                d.hint = Some(match d.hint.take() {
                    Some(hint) => crate::text!("site-also-other-pages", hint = hint, count = others),
                    None => crate::text!("site-other-pages", count = others),
                });
            }
            d
        })
        .collect()
}
