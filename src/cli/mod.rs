//! The command line: `loket build`, `check`, `serve`, `status`, `new` and `init`, their options, the
//! printed findings and the exit status of the site contract.

pub mod init;
pub mod new_files;
pub mod report;
pub mod scaffold;

use crate::cli::report::{Format, HumanReport};
use crate::diagnostics::Diagnostics;
use crate::progress::Progress;
use crate::publish::build::{build_timed, BuildOptions};
use crate::rules::Rule;
use crate::site::timings::Timings;
use clap::{Parser, Subcommand};
use std::io::IsTerminal;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `loket --version`: the version and the commit it was built from (build.rs), such as
/// `0.1.0 (abc1234 2026-12-07)`.
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("LOKET_COMMIT_INFO"), ")");

#[derive(Debug, Parser)]
#[command(name = "loket", version = VERSION, about = "A static site generator for bilingual public-information websites")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into an output folder.
    Build {
        /// The site folder (with site.yaml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The output folder [default: ROOT/public].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Include pages marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Override site.yaml's base_url (for previews on another host).
        #[arg(long)]
        base_url: Option<String>,
        /// Skip the search index, for fast local builds.
        #[arg(long)]
        no_search: bool,
        /// How findings are printed: `human` (snippets on stderr) or `json` (JSON Lines on stdout).
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        #[command(flatten)]
        select: Select,
        /// Print the wall time of each step (read, Markdown, checks, render, search, ...) to stderr.
        #[arg(long)]
        timings: bool,
    },
    /// Run every check of `build` and write nothing.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        drafts: bool,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        #[command(flatten)]
        select: Select,
        /// Print the wall time of each step to stderr.
        #[arg(long)]
        timings: bool,
    },
    /// Report the state of the site: translations, pages due for review, plain language and
    /// findings per rule.
    Status {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        drafts: bool,
        /// `human` (a terminal report), `json` (docs/status.md) or `html` (one page).
        #[arg(long, value_enum, default_value = "human")]
        format: StatusFormat,
        /// Write the report to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
        /// The day ages are counted to (YYYY-MM-DD; for tests) [default: today].
        #[arg(long, hide = true)]
        today: Option<jiff::civil::Date>,
    },
    /// Build, serve on this machine, rebuild on every change and reload the browser.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on (0: any free port, printed at start) [default: 1111, or the
        /// next free one].
        #[arg(long)]
        port: Option<u16>,
        /// The address to listen on; keep the default unless others must see the preview.
        #[arg(long, default_value = "127.0.0.1")]
        bind: IpAddr,
        #[arg(long)]
        drafts: bool,
    },
    /// Write a new page (and its translation) with valid front matter.
    New {
        /// The page: <lang>/<path>, such as nl/asiel/nieuwe-pagina (end with `/` for a
        /// folder's own page).
        page: String,
        /// Also write its translation, sharing one translation_key: <lang>/<path>.
        #[arg(long, value_name = "LANG/PATH")]
        translate_to: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Start a new site in an empty (or new) folder: site.yaml, a home page and one section
    /// per language, a .gitignore and a README for editors.
    Init {
        /// The folder to write the site into.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The languages, the default first, separated by commas.
        #[arg(long, default_value = "nl,en", value_name = "CODES")]
        languages: String,
    },
}

/// How `loket status` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum StatusFormat {
    /// A terminal report.
    #[default]
    Human,
    /// One JSON object (fields in docs/status.md).
    Json,
    /// One self-contained HTML page.
    Html,
}

/// Which findings `check` and `build` print, and how many in full.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Select {
    /// Print only the findings of this rule (such as `readability`; see docs/checks.md).
    #[arg(long, value_name = "NAME")]
    pub rule: Option<String>,
    /// `full`: every warning with its snippet; `summary`: the first few, then one line per
    /// rule [default: summary when there are more than 10 warnings].
    #[arg(long, value_enum)]
    pub warnings: Option<Warnings>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Warnings {
    Full,
    Summary,
}

/// More warnings than this are summarised unless `--warnings full` says otherwise.
pub const SUMMARY_AFTER: usize = 10;
/// How many warnings a summary shows in full before its lines per rule.
pub const SUMMARY_SHOWS: usize = 5;

/// Exit status: 0 success, 1 the site has errors (2, a wrong command line, comes from clap).
pub fn run(cli: Cli) -> ExitCode {
    let (mut options, format, select, timings) = match cli.command {
        Command::Build { root, out, drafts, base_url, no_search, format, select, timings } => (
            BuildOptions { out, drafts, base_url, search: !no_search, ..BuildOptions::new(root) },
            format,
            select,
            timings,
        ),
        Command::Check { root, drafts, format, select, timings } => {
            (BuildOptions { drafts, write: false, search: false, ..BuildOptions::new(root) }, format, select, timings)
        }
        Command::Serve { root, port, bind, drafts } => {
            let messages = crate::messages::Messages::default();
            return crate::serve::run(crate::serve::ServeOptions { root, port, bind, drafts, messages });
        }
        Command::Status { root, drafts, format, out, today } => {
            return status(&StatusOptions { root, drafts, format, out, today })
        }
        Command::New { page, translate_to, root } => return new(&root, &page, translate_to.as_deref()),
        Command::Init { dir, languages } => return init(&dir, &languages),
    };
    if let Some(rule) = &select.rule {
        if Rule::from_name(rule).is_none() {
            let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
            let nearest = names.iter().min_by_key(|n| strsim::levenshtein(rule, n)).copied().unwrap_or("");
            eprintln!("loket: `{rule}` is not a rule (did you mean `{nearest}`? docs/checks.md lists them all)");
            return ExitCode::from(2);
        }
    }
    // Decided once, here: the library reads neither the environment nor the terminal.
    let ci = std::env::var_os("CI").is_some_and(|value| !value.is_empty());
    if show_progress(std::io::stderr().is_terminal(), ci, format == Format::Json) {
        options.progress = Progress::stderr();
    }
    let print = |findings: &Diagnostics| print_selected(findings, &options.root, format, &select);
    let mut steps = Timings::default();
    let result = build_timed(&options, &mut steps);
    if timings {
        eprint!("{}", steps.table());
    }
    match result {
        Ok(report) => {
            print(&report.diagnostics);
            // With `--format json`, stdout holds only JSON.
            match format {
                Format::Human => println!("{}", report.summary()),
                Format::Json => eprintln!("{}", report.summary()),
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            print(&problems);
            eprintln!(
                "loket: {} error{} and {} warning{}; nothing was written",
                problems.error_count(),
                plural(problems.error_count()),
                problems.warning_count(),
                plural(problems.warning_count())
            );
            ExitCode::from(1)
        }
    }
}

/// Whether `build` and `check` draw progress bars: only for a person at a terminal, never
/// in CI (logs fill with redraws) or beside JSON output.
pub fn show_progress(stderr_is_terminal: bool, ci: bool, json: bool) -> bool {
    stderr_is_terminal && !ci && !json
}

/// `loket new`: 2 for a page name that cannot be, 1 when the site or a file is in the way.
fn new(root: &Path, page: &str, translation: Option<&str>) -> ExitCode {
    use crate::cli::scaffold;
    let config = match crate::load::config::SiteConfig::load(root) {
        Ok(config) => config,
        Err(problems) => {
            print_findings(&problems, root, Format::Human);
            eprintln!("loket: site.yaml must be valid before pages can be added");
            return ExitCode::from(1);
        }
    };
    let written = scaffold::plan(root, &config, page, translation, crate::status::today())
        .and_then(|pages| scaffold::write(root, &pages).map(|()| pages));
    let pages = match written {
        Ok(pages) => pages,
        Err(why) => return not_written(&why),
    };
    for page in &pages {
        println!("created {}  →  {}", crate::diagnostics::shown(&page.file.path), config.permalink(&page.url));
    }
    println!("fill in the title and description, then preview with `loket serve`");
    ExitCode::SUCCESS
}

/// `loket init`: 2 for languages that cannot be, 1 when the folder is in the way.
fn init(dir: &Path, languages: &str) -> ExitCode {
    use crate::cli::init;
    let written = init::parse_languages(languages).and_then(|codes| {
        init::check_folder(dir)?;
        let files = init::plan(&codes);
        init::write(dir, &files)?;
        Ok(files)
    });
    let files = match written {
        Ok(files) => files,
        Err(why) => return not_written(&why),
    };
    for file in &files {
        println!("created {}", crate::diagnostics::shown(&dir.join(&file.path)));
    }
    println!("preview it with `loket serve --root {}`; README.md says how to edit it", dir.display());
    ExitCode::SUCCESS
}

/// Why `loket new` or `loket init` wrote nothing, on stderr, and its exit status.
fn not_written(why: &new_files::NotWritten) -> ExitCode {
    eprintln!("loket: {}", why.message());
    ExitCode::from(why.exit_status())
}

/// The findings `--rule` selects; human output summarises many warnings (see `Select`).
fn print_selected(findings: &Diagnostics, root: &Path, format: Format, select: &Select) {
    let selected: Diagnostics = match select.rule.as_deref().map(Rule::from_name) {
        Some(rule) => findings.iter().filter(|d| Some(d.rule) == rule).cloned().collect(),
        None => findings.clone(),
    };
    let summarise = match select.warnings {
        Some(Warnings::Full) => false,
        Some(Warnings::Summary) => true,
        None => selected.warning_count() > SUMMARY_AFTER,
    };
    if format == Format::Json || !summarise {
        print_findings(&selected, root, format);
        return;
    }
    let mut report = HumanReport::new(root, report::stderr_has_color());
    let mut shown = 0;
    // Errors always in full: each stops the build.
    for finding in selected.sorted() {
        if finding.is_error() || shown < SUMMARY_SHOWS {
            shown += usize::from(!finding.is_error());
            eprintln!("{}\n", report.render(finding));
        }
    }
    let hidden = selected.warning_count().saturating_sub(shown);
    if hidden == 0 {
        return;
    }
    eprintln!("{}", summary_lines(&selected, shown));
}

/// One line per rule of the warnings a summary leaves out, in the order of the rule table:
/// `warning[readability]: 1200 more (loket check --rule readability)`.
pub fn summary_lines(findings: &Diagnostics, shown: usize) -> String {
    let mut left = std::collections::BTreeMap::<Rule, usize>::new();
    let mut skip = shown;
    for finding in findings.sorted() {
        if finding.is_error() {
            continue;
        }
        if skip > 0 {
            skip -= 1;
            continue;
        }
        *left.entry(finding.rule).or_default() += 1;
    }
    let hidden: usize = left.values().sum();
    let mut text =
        format!("… and {hidden} more warning{} (all of them: --warnings full; JSON: --format json):", plural(hidden));
    for (rule, n) in &left {
        text.push_str(&format!("\n  warning[{rule}]: {n} more (loket check --rule {rule})"));
    }
    text
}

/// What `loket status` reports on.
struct StatusOptions {
    root: PathBuf,
    drafts: bool,
    format: StatusFormat,
    out: Option<PathBuf>,
    today: Option<jiff::civil::Date>,
}

/// `loket status`: 0 with a report (the site's errors are part of it), 1 when the site
/// cannot be loaded at all or the report cannot be written.
fn status(options: &StatusOptions) -> ExitCode {
    let site_options =
        crate::site::SiteOptions { drafts: options.drafts, ..crate::site::SiteOptions::new(options.root.clone()) };
    let site = match crate::site::Site::load(&site_options) {
        Ok(site) => site,
        Err(problems) => {
            print_findings(&problems, &options.root, Format::Human);
            eprintln!("loket: the site cannot be loaded; no status");
            return ExitCode::from(1);
        }
    };
    let today = options.today.unwrap_or_else(crate::status::today);
    let report = crate::status::compute(&site, today, &site.findings().all());
    let text = match options.format {
        StatusFormat::Human => crate::status::text::render(&report, crate::messages::Messages::default()),
        StatusFormat::Json => crate::status::json::render(&report),
        StatusFormat::Html => {
            let root = std::fs::canonicalize(&options.root).ok();
            let links = crate::status::html::Links { preview: "http://127.0.0.1:1111".to_string(), site_root: root };
            match crate::status::html::render(&report, &links, site.templates(), crate::messages::Messages::default()) {
                Ok(html) => html,
                Err(problems) => {
                    print_findings(&Diagnostics::from_iter(problems), &options.root, Format::Human);
                    eprintln!("loket: the template of the status page failed; no status");
                    return ExitCode::from(1);
                }
            }
        }
    };
    match &options.out {
        None => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Some(out) => match write_whole(out, &text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("loket: cannot write {}: {err}", out.display());
                ExitCode::from(1)
            }
        },
    }
}

/// Writes a file under a temporary name beside it and renames it: never half a report.
/// (`std::fs::write` rather than a temporary-file crate, so that the report gets the usual
/// permissions of a new file, not those of a private temporary one.)
fn write_whole(path: &Path, text: &str) -> std::io::Result<()> {
    let name = path.file_name().ok_or_else(|| std::io::Error::other("not a file name"))?;
    let mut temporary = name.to_os_string();
    temporary.push(format!(".loket-{}", std::process::id()));
    let temporary = path.with_file_name(format!(".{}", temporary.to_string_lossy()));
    let written = std::fs::write(&temporary, text).and_then(|()| std::fs::rename(&temporary, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// Every finding, buffered: a line at a time, a big site's report took a system call per
/// line. A reader that goes away (`| head`) ends the report, not the program.
fn print_findings(findings: &Diagnostics, root: &Path, format: Format) {
    use std::io::Write;
    let _ = match format {
        Format::Human => {
            let mut report = HumanReport::new(root, report::stderr_has_color());
            let mut out = std::io::BufWriter::new(std::io::stderr().lock());
            findings
                .sorted()
                .into_iter()
                .try_for_each(|finding| writeln!(out, "{}\n", report.render(finding)))
                .and_then(|()| out.flush())
        }
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            findings
                .sorted()
                .into_iter()
                .try_for_each(|finding| writeln!(out, "{}", report::json(finding)))
                .and_then(|()| out.flush())
        }
    };
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_shows_only_on_a_terminal_outside_ci_and_without_json() {
        assert!(show_progress(true, false, false));
        assert!(!show_progress(false, false, false), "stderr piped or redirected");
        assert!(!show_progress(true, true, false), "CI set");
        assert!(!show_progress(true, false, true), "--format json");
        assert!(!show_progress(false, true, true));
    }
}
