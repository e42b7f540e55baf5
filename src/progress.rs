//! Progress bars of a long build or check: one bar per counted step (`read`, `markdown`,
//! `render`, `search`), labelled in the editor's language, drawn to a terminal only once the
//! run has taken about a second.

use crate::messages::Messages;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressFinish, ProgressStyle};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a run goes before its bars appear: a fast build prints nothing extra.
pub const DELAY: Duration = Duration::from_secs(1);

/// A cheap handle to the bars of one run: hidden (tests, JSON output, no terminal, CI, the
/// rebuilds of `serve`) or drawing. Clones share the bars. Whether to draw is decided by the
/// command line, never here.
#[derive(Debug, Clone, Default)]
pub struct Progress(Option<Arc<Shared>>);

#[derive(Debug)]
struct Shared {
    bars: MultiProgress,
    started: Instant,
    delay: Duration,
    /// Set once the bars draw; until then `target` waits here.
    drawing: AtomicBool,
    target: Mutex<Option<ProgressDrawTarget>>,
    /// The language of the bars' labels.
    messages: Messages,
}

impl Progress {
    /// Draws nothing and costs nothing.
    pub fn hidden() -> Self {
        Progress(None)
    }

    /// Bars on stderr, from `DELAY` after now, labelled in the language of `messages`.
    pub fn stderr(messages: Messages) -> Self {
        Self::drawing_in(ProgressDrawTarget::stderr(), DELAY, messages)
    }

    /// Bars drawn to `target` once `delay` has passed since now (steps done by then never show),
    /// labelled in English.
    pub fn drawing_to(target: ProgressDrawTarget, delay: Duration) -> Self {
        Self::drawing_in(target, delay, Messages::default())
    }

    fn drawing_in(target: ProgressDrawTarget, delay: Duration, messages: Messages) -> Self {
        // Hidden until the delay has passed: indicatif has no start delay of its own, so the
        // draw target is swapped in by the first `inc` after it (no timer thread).
        Progress(Some(Arc::new(Shared {
            bars: MultiProgress::with_draw_target(ProgressDrawTarget::hidden()),
            started: Instant::now(),
            delay,
            drawing: AtomicBool::new(false),
            target: Mutex::new(Some(target)),
            messages,
        })))
    }

    pub fn is_hidden(&self) -> bool {
        self.0.is_none()
    }

    /// Tells the person waiting a line (such as why the build waits), above any bars;
    /// hidden progress says nothing.
    pub fn notice(&self, text: &crate::messages::Text) {
        let Some(shared) = &self.0 else { return };
        let line = shared.messages.format(text);
        shared.bars.suspend(|| eprintln!("{line}"));
    }

    /// A bar for the step `name` (named as in `--timings`) of `total` items.
    pub fn step(&self, name: &'static str, total: usize) -> StepBar {
        let Some(shared) = &self.0 else { return StepBar(None) };
        let style = ProgressStyle::with_template("{prefix:>12} [{bar:30}] {pos:>6}/{len:6} {elapsed:>4}")
            .map(|style| style.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden())
            .with_style(style)
            .with_prefix(label(name, shared.messages))
            // Done or dropped (a failed build), a bar leaves the screen: what follows (findings,
            // the summary) starts on a clean line, as without bars.
            .with_finish(ProgressFinish::AndClear);
        let bar = shared.bars.add(bar);
        shared.reveal_when_due();
        StepBar(Some(Shown { bar, shared: Arc::clone(shared) }))
    }
}

/// The label of a step's bar: its message, or its name for a step without one.
fn label(step: &'static str, messages: Messages) -> String {
    let id = match step {
        "read" => "cli-progress-read",
        "markdown" => "cli-progress-markdown",
        "pages" => "cli-progress-pages",
        "render" => "cli-progress-render",
        "render+write" => "cli-progress-render-write",
        "search" => "cli-progress-search",
        _ => return step.to_string(),
    };
    messages.get(id)
}

impl Shared {
    fn reveal_when_due(&self) {
        if self.drawing.load(Ordering::Relaxed) || self.started.elapsed() < self.delay {
            return;
        }
        if !self.drawing.swap(true, Ordering::AcqRel) {
            if let Some(target) = self.target.lock().ok().and_then(|mut target| target.take()) {
                self.bars.set_draw_target(target);
            }
        }
    }
}

/// The bar of one step; `inc` may be called from many threads at once.
#[derive(Debug)]
pub struct StepBar(Option<Shown>);

#[derive(Debug)]
struct Shown {
    bar: ProgressBar,
    shared: Arc<Shared>,
}

impl StepBar {
    /// `n` more items done. Hidden, a branch and nothing else (no allocation, no lock).
    #[inline]
    pub fn inc(&self, n: u64) {
        if let Some(shown) = &self.0 {
            shown.bar.inc(n);
            shown.shared.reveal_when_due();
        }
    }

    /// The step is done: its bar leaves the screen.
    pub fn finish(&self) {
        if let Some(shown) = &self.0 {
            shown.bar.finish_and_clear();
        }
    }

    /// How many items are done, for a drawing bar; `None` when hidden.
    pub fn position(&self) -> Option<u64> {
        self.0.as_ref().map(|shown| shown.bar.position())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Drawing bars are tested in tests/progress.rs, on a terminal that keeps what is drawn.
    #[test]
    fn a_hidden_progress_draws_nothing_and_counts_nothing() {
        let progress = Progress::hidden();
        assert!(progress.is_hidden() && Progress::default().is_hidden());
        let bar = progress.clone().step("markdown", 3);
        bar.inc(1);
        assert_eq!(bar.position(), None);
        bar.finish();
        // No state at all: the handle and the bar are a null pointer each.
        assert_eq!(std::mem::size_of::<Progress>(), std::mem::size_of::<usize>());
        assert!(bar.0.is_none());
    }

    #[test]
    fn every_step_has_a_label_in_both_languages() {
        use crate::messages::EditorLang;
        let nl = Messages::new(EditorLang::Nl);
        for step in ["read", "markdown", "pages", "render", "render+write", "search"] {
            assert_eq!(label(step, Messages::default()), step, "English labels are the step names of --timings");
            assert!(!label(step, nl).starts_with("cli-"), "{step}: {}", label(step, nl));
        }
        assert_eq!(label("pages", nl), "pagina's");
    }
}
