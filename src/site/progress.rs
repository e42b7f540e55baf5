//! Progress bars of a long build or check: one bar per counted step (`read`, `markdown`,
//! `render`, `search`), drawn to a terminal only once the run has taken about a second.

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
}

impl Progress {
    /// Draws nothing and costs nothing.
    pub fn hidden() -> Self {
        Progress(None)
    }

    /// Bars on stderr, from `DELAY` after now.
    pub fn stderr() -> Self {
        Self::drawing_to(ProgressDrawTarget::stderr(), DELAY)
    }

    /// Bars drawn to `target` once `delay` has passed since now (steps done by then never show).
    pub fn drawing_to(target: ProgressDrawTarget, delay: Duration) -> Self {
        // Hidden until the delay has passed: indicatif has no start delay of its own, so the
        // draw target is swapped in by the first `inc` after it (no timer thread).
        Progress(Some(Arc::new(Shared {
            bars: MultiProgress::with_draw_target(ProgressDrawTarget::hidden()),
            started: Instant::now(),
            delay,
            drawing: AtomicBool::new(false),
            target: Mutex::new(Some(target)),
        })))
    }

    pub fn is_hidden(&self) -> bool {
        self.0.is_none()
    }

    /// A bar for the step `name` (named as in `--timings`) of `total` items.
    pub fn step(&self, name: &'static str, total: usize) -> StepBar {
        let Some(shared) = &self.0 else { return StepBar(None) };
        let style = ProgressStyle::with_template("{prefix:>12} [{bar:30}] {pos:>6}/{len:6} {elapsed:>4}")
            .map(|style| style.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::hidden())
            .with_style(style)
            .with_prefix(name)
            // Done or dropped (a failed build), a bar leaves the screen: what follows (findings,
            // the summary) starts on a clean line, as without bars.
            .with_finish(ProgressFinish::AndClear);
        let bar = shared.bars.add(bar);
        shared.reveal_when_due();
        StepBar(Some(Shown { bar, shared: Arc::clone(shared) }))
    }
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
    use indicatif::TermLike;

    /// A terminal that keeps what is written to it.
    #[derive(Debug, Clone, Default)]
    struct Screen(Arc<Mutex<String>>);

    impl Screen {
        fn text(&self) -> String {
            self.0.lock().map(|s| s.clone()).unwrap_or_default()
        }

        fn push(&self, s: &str) -> std::io::Result<()> {
            self.0.lock().map_err(|_| std::io::Error::other("poisoned"))?.push_str(s);
            Ok(())
        }
    }

    impl TermLike for Screen {
        fn width(&self) -> u16 {
            100
        }
        fn move_cursor_up(&self, n: usize) -> std::io::Result<()> {
            self.push(&format!("\x1b[{n}A"))
        }
        fn move_cursor_down(&self, n: usize) -> std::io::Result<()> {
            self.push(&format!("\x1b[{n}B"))
        }
        fn move_cursor_right(&self, n: usize) -> std::io::Result<()> {
            self.push(&format!("\x1b[{n}C"))
        }
        fn move_cursor_left(&self, n: usize) -> std::io::Result<()> {
            self.push(&format!("\x1b[{n}D"))
        }
        fn write_line(&self, s: &str) -> std::io::Result<()> {
            self.push(&format!("{s}\n"))
        }
        fn write_str(&self, s: &str) -> std::io::Result<()> {
            self.push(s)
        }
        fn clear_line(&self) -> std::io::Result<()> {
            self.push("\r\x1b[2K")
        }
        fn flush(&self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn on_screen(delay: Duration) -> (Progress, Screen) {
        let screen = Screen::default();
        (Progress::drawing_to(ProgressDrawTarget::term_like(Box::new(screen.clone())), delay), screen)
    }

    fn run_three_steps(progress: &Progress) {
        let bar = progress.step("markdown", 3);
        for _ in 0..3 {
            bar.inc(1);
        }
        bar.finish();
        let bar = progress.step("render", 2);
        bar.inc(2);
        bar.finish();
    }

    #[test]
    fn a_hidden_progress_draws_nothing_and_counts_nothing() {
        let progress = Progress::hidden();
        assert!(progress.is_hidden() && Progress::default().is_hidden());
        let bar = progress.step("markdown", 3);
        bar.inc(1);
        assert_eq!(bar.position(), None);
        // No state at all: the handle and the bar are a null pointer each.
        assert_eq!(std::mem::size_of::<Progress>(), std::mem::size_of::<usize>());
        assert!(bar.0.is_none());
        run_three_steps(&progress.clone());
    }

    #[test]
    fn a_drawing_progress_shows_each_step_with_its_count() {
        let (progress, screen) = on_screen(Duration::ZERO);
        run_three_steps(&progress);
        let text = screen.text();
        assert!(text.contains("markdown [") && text.contains("3/3"), "{text:?}");
        assert!(text.contains("render [") && text.contains("2/2"), "{text:?}");
    }

    #[test]
    fn a_run_shorter_than_the_delay_prints_nothing() {
        let (progress, screen) = on_screen(Duration::from_secs(3600));
        run_three_steps(&progress);
        assert_eq!(screen.text(), "");
    }

    #[test]
    fn counts_from_many_threads_add_up() {
        let (progress, _screen) = on_screen(Duration::ZERO);
        let bar = progress.step("read", 1000);
        use rayon::prelude::*;
        (0..1000).into_par_iter().for_each(|_| bar.inc(1));
        assert_eq!(bar.position(), Some(1000));
    }
}
