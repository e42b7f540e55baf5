//! Progress bars: every counted step of a build shows its count when bars are drawn, and
//! `loket build` with stderr piped prints none of them.

mod common;

use common::{build_at, copy_fixture, fixture, loket};
use indicatif::{InMemoryTerm, ProgressDrawTarget, TermLike};
use loket::progress::Progress;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A terminal that keeps what is written to it.
#[derive(Debug, Clone, Default)]
struct Screen(Arc<Mutex<String>>);

impl Screen {
    fn text(&self) -> String {
        self.0.lock().unwrap().clone()
    }

    fn push(&self, s: &str) -> std::io::Result<()> {
        self.0.lock().unwrap().push_str(s);
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

fn drawn() -> (Progress, Screen) {
    let screen = Screen::default();
    (Progress::drawing_to(ProgressDrawTarget::term_like(Box::new(screen.clone())), Duration::ZERO), screen)
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
fn a_drawing_progress_shows_each_step_with_its_count() {
    let (progress, screen) = drawn();
    run_three_steps(&progress);
    let text = screen.text();
    assert!(text.contains("markdown [") && text.contains("3/3"), "{text:?}");
    assert!(text.contains("render [") && text.contains("2/2"), "{text:?}");
}

#[test]
fn a_run_shorter_than_the_delay_prints_nothing() {
    let screen = Screen::default();
    let progress =
        Progress::drawing_to(ProgressDrawTarget::term_like(Box::new(screen.clone())), Duration::from_secs(3600));
    run_three_steps(&progress);
    assert_eq!(screen.text(), "");
}

#[test]
fn counts_from_many_threads_add_up() {
    let (progress, _screen) = drawn();
    let bar = progress.step("read", 1000);
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| (0..250).for_each(|_| bar.inc(1)));
        }
    });
    assert_eq!(bar.position(), Some(1000));
}

/// The count last drawn on a step's bar (`        read [=====]  14/14  0s`): (done, total).
fn last_count(text: &str, step: &str) -> Option<(usize, usize)> {
    let text = &without_escapes(text);
    // The step's name whole: `render [` is not the end of `render+write [`.
    let (at, _) = text
        .rmatch_indices(&format!("{step} ["))
        .find(|&(at, _)| !text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '+'))?;
    let rest = &text[at..];
    let count = rest[rest.find(']')? + 1..].split_whitespace().next()?;
    let (done, total) = count.split_once('/')?;
    Some((done.parse().ok()?, total.parse().ok()?))
}

/// The text with each escape sequence (`ESC [ 1 A`) a line break.
fn without_escapes(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            chars.by_ref().find(|c| c.is_ascii_alphabetic());
            plain.push('\n');
        } else {
            plain.push(c);
        }
    }
    plain
}

#[test]
fn a_build_shows_each_counted_step_with_its_count() {
    let (progress, screen) = drawn();
    let built = build_at(&fixture("valid/basic"), |options| options.progress = progress.clone())
        .unwrap_or_else(|p| panic!("{}", common::render(&p)));
    let pages: usize = built.report.pages.values().sum();
    let text = screen.text();
    for step in ["read", "pages", "render+write", "search"] {
        let (done, total) = last_count(&text, step).unwrap_or_else(|| panic!("no `{step}` bar in {text:?}"));
        assert!(0 < done && done <= total, "{step}: {done}/{total}");
    }
    assert_eq!(last_count(&text, "pages").map(|(_, total)| total), Some(pages), "one count per page");
}

#[test]
fn bars_leave_the_screen_when_the_build_is_done() {
    let terminal = InMemoryTerm::new(10, 100);
    let progress = Progress::drawing_to(ProgressDrawTarget::term_like(Box::new(terminal.clone())), Duration::ZERO);
    build_at(&fixture("valid/basic"), |options| options.progress = progress.clone())
        .unwrap_or_else(|p| panic!("{}", common::render(&p)));
    assert_eq!(terminal.contents().trim(), "", "findings and the summary start on a clean screen");
}

#[test]
fn a_check_shows_render_without_write_or_search() {
    let (progress, screen) = drawn();
    build_at(&fixture("valid/basic"), |options| {
        options.write = false;
        options.search = false;
        options.progress = progress.clone();
    })
    .unwrap_or_else(|p| panic!("{}", common::render(&p)));
    let text = screen.text();
    assert!(last_count(&text, "render").is_some(), "{text:?}");
    assert!(last_count(&text, "render+write").is_none() && last_count(&text, "search").is_none(), "{text:?}");
}

#[test]
fn a_build_with_stderr_piped_prints_no_progress() {
    let site = copy_fixture("valid/basic");
    let root = site.path().to_str().unwrap();
    for command in ["build", "check"] {
        let (code, stdout, stderr) = loket(&[command, "--root", root]);
        assert_eq!(code, 0, "{stderr}");
        for output in [&stdout, &stderr] {
            assert!(!output.contains('\r') && !output.contains('\x1b'), "{command}: {output:?}");
        }
    }
}
