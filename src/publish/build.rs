//! `loket build` and `loket check`: load the site, then render every route of its route
//! table into a staging folder (or, for `check`, render without writing) beside the search
//! index, and swap the staging folder in only when the whole build succeeded.

use crate::diagnostics::{Diagnostic, Diagnostics, Position};
use crate::progress::Progress;
use crate::publish::output::{LockWait, Sink, Staging};
use crate::publish::search;
use crate::rules::Rule;
use crate::site::producers::PageFiles;
use crate::site::routes::SEARCH_DIR;
use crate::site::timings::Timings;
use crate::site::{Site, SiteOptions, Update};
use crate::text;
use indexmap::IndexMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Default: `<root>/public`.
    pub out: Option<PathBuf>,
    pub drafts: bool,
    pub base_url: Option<String>,
    /// `false` for `loket check`: every step but writing.
    pub write: bool,
    /// Build the search index (`--no-search` turns it off for fast local builds).
    pub search: bool,
    /// Bars for the long steps; hidden unless the command line shows them. A wait for
    /// another loket's lock on the output's folder is told there too.
    pub progress: Progress,
    /// How long to wait for another loket's lock on the folder that holds the output.
    pub lock_wait: Duration,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            out: None,
            drafts: false,
            base_url: None,
            write: true,
            search: true,
            progress: Progress::hidden(),
            lock_wait: crate::publish::output::LOCK_WAIT_LIMIT,
        }
    }

    pub fn out_dir(&self) -> PathBuf {
        self.out.clone().unwrap_or_else(|| self.root.join("public"))
    }

    pub fn site(&self) -> SiteOptions {
        SiteOptions {
            root: self.root.clone(),
            drafts: self.drafts,
            base_url: self.base_url.clone(),
            search_text: self.write && self.search,
            keep_sources: false,
        }
    }
}

#[derive(Debug)]
pub struct BuildReport {
    /// Pages per language, in the configured order.
    pub pages: IndexMap<crate::lang::Lang, usize>,
    pub elapsed: Duration,
    /// Warnings (a successful build has no errors).
    pub diagnostics: Diagnostics,
    pub out: Option<PathBuf>,
    /// Picture variants encoded by this build (the others came from `.loket-cache/`).
    pub pictures_made: usize,
}

impl BuildReport {
    /// `built 37 pages (nl 37, en 36) in 0.21 s into public/`
    pub fn summary(&self) -> String {
        let total: usize = self.pages.values().sum();
        let per_language: Vec<String> = self.pages.iter().map(|(lang, n)| format!("{lang} {n}")).collect();
        let verb = if self.out.is_some() { "built" } else { "checked" };
        let into = self.out.as_ref().map(|o| format!(" into {}", o.display())).unwrap_or_default();
        let warnings = match self.diagnostics.warning_count() {
            0 => String::new(),
            n => format!(", {n} warning{}", if n == 1 { "" } else { "s" }),
        };
        format!(
            "{verb} {total} pages ({}) in {:.2} s{into}{warnings}",
            per_language.join(", "),
            self.elapsed.as_secs_f64()
        )
    }
}

/// Builds (or checks) a site. `Err` holds every finding, errors and warnings.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Diagnostics> {
    build_timed(options, &mut Timings::default())
}

/// Like `build`, and adds the time of each step to `timings` (also when the build fails).
pub fn build_timed(options: &BuildOptions, timings: &mut Timings) -> Result<BuildReport, Diagnostics> {
    let started = Instant::now();
    // The output folder is staged first: each page's file is written as soon as its body is
    // made. When it cannot be staged, the site is still checked, to report everything.
    let (staging, staging_problem) = if options.write {
        let wait = LockWait { limit: options.lock_wait, notice: options.progress.clone() };
        match Staging::begin_waiting(&options.root, &options.out_dir(), &wait) {
            Ok(staging) => (Some(staging), None),
            Err(d) => (None, Some(d)),
        }
    } else {
        (None, None)
    };
    let sink = staging.as_ref().map(|s| s as &dyn Sink);
    let site = match Site::load_streaming(&options.site(), &options.progress, PageFiles { out: sink }) {
        Ok(site) => site,
        Err(mut problems) => {
            problems.extend(staging_problem);
            return Err(problems);
        }
    };
    timings.extend(site.timings());
    if site.findings().content_has_errors() || staging_problem.is_some() {
        let mut problems = site.findings().all();
        problems.extend(staging_problem);
        return Err(problems);
    }
    let out_dir = options.out_dir();
    let routes = site.routes_to_render();
    let render_started = Instant::now();
    // The search index is built on its own thread while the other files render and write, from
    // records that borrow the site's texts. The indexer gets an OS thread of its own, never a
    // rayon worker: it blocks on Pagefind, which waits for rayon itself, and blocked workers
    // (two builds in one process on two cores) would leave no worker to run that wait's jobs.
    let (search_files, rendered) = std::thread::scope(|scope| {
        let site = &site;
        let indexer = scope.spawn(|| {
            (options.write && options.search).then(|| {
                let started = Instant::now();
                let records = search::records(site.config(), site.pages(), site.bodies(), site.topics());
                let bar = options.progress.step("search", records.len());
                let files = search::build_index(&records, &bar);
                bar.finish();
                (files, started.elapsed())
            })
        });
        let rendered = site.render(&routes, sink);
        let render_time = render_started.elapsed();
        (indexer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), (rendered, render_time))
    });
    let (rendered, render_time) = rendered;
    timings.add(if options.write { "render+write" } else { "render" }, render_time);
    let search_files = search_files.map(|(files, elapsed)| {
        // On a thread of its own, beside rendering: its wall time overlaps "render+write".
        timings.add("search", elapsed);
        files
    });
    let search_findings = match (search_files, sink) {
        (Some(Ok(files)), Some(sink)) => files
            .iter()
            .filter_map(|f| {
                sink.write(&f.path, &f.contents).err().map(|err| {
                    Diagnostic::error(
                        Rule::Output,
                        SEARCH_DIR,
                        Position::START,
                        text!("publish-write-failed", path = &f.path, detail = err.to_string()),
                    )
                })
            })
            .collect(),
        (Some(Err(d)), _) => vec![d],
        _ => Vec::new(),
    };
    let (site, _) = site.apply(Update::Receipt(rendered.with_search(search_findings)))?;
    let mut problems = site.findings().all();
    if problems.has_errors() {
        return Err(problems);
    }
    if let Some(staging) = staging {
        let started = Instant::now();
        let committed = staging.commit();
        timings.add("commit", started.elapsed());
        if let Err(d) = committed {
            problems.push(d);
            return Err(problems);
        }
    }
    Ok(BuildReport {
        pages: site.page_counts(),
        elapsed: started.elapsed(),
        diagnostics: problems,
        out: options.write.then_some(out_dir),
        pictures_made: site.pictures_made(),
    })
}
