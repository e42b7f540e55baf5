//! The command line: `loket build`, `check`, `serve`, `status`, `new` and `init`, their options, the
//! printed findings and the exit status of the site contract.

pub mod init;
pub mod new_files;
pub mod report;
pub mod scaffold;

use crate::cli::report::{Format, HumanReport};
use crate::diagnostics::Diagnostics;
use crate::messages::{EditorLang, LangChoice, Messages, Text};
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
    /// The language loket speaks to you in: nl or en [default: LOKET_LANG, else
    /// editor_language in site.yaml, else the system's language, else en].
    #[arg(long, global = true, value_name = "nl|en")]
    pub lang: Option<String>,
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
        /// Make the folders of the page that do not exist yet (each with its own page).
        #[arg(long)]
        create_folders: bool,
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

/// What the environment says about the editor's language: `LOKET_LANG` and the locale.
/// Read once, by the command line: the library reads no environment.
pub struct LangEnvironment {
    pub loket_lang: Option<String>,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`.
    pub locale: [Option<String>; 3],
}

impl LangEnvironment {
    pub fn read() -> LangEnvironment {
        let var = |name| std::env::var(name).ok();
        LangEnvironment { loket_lang: var("LOKET_LANG"), locale: [var("LC_ALL"), var("LC_MESSAGES"), var("LANG")] }
    }

    /// The editor's language from `--lang`, this environment and `editor_language` of the
    /// site in `root` (if any), in the order of [`EditorLang::choose`].
    pub fn choose(&self, flag: Option<&str>, root: Option<&Path>) -> Result<EditorLang, Text> {
        let choice = |site| LangChoice {
            flag,
            env: self.loket_lang.as_deref(),
            site,
            locale: [self.locale[0].as_deref(), self.locale[1].as_deref(), self.locale[2].as_deref()],
        };
        // site.yaml is read only when neither the flag nor LOKET_LANG decides.
        let decided = EditorLang::choose(&choice(None));
        if flag.is_some_and(|f| !f.trim().is_empty())
            || self.loket_lang.as_deref().is_some_and(|l| !l.trim().is_empty())
        {
            return decided;
        }
        EditorLang::choose(&choice(root.and_then(site_language)))
    }
}

/// `editor_language` of the site's `site.yaml`; `None` without a readable one (the settings'
/// own errors are reported by the command that reads them).
fn site_language(root: &Path) -> Option<EditorLang> {
    crate::load::config::SiteConfig::load(root).ok()?.editor_language
}

/// Exit status: 0 success, 1 the site has errors, 2 a wrong command line.
pub fn run(cli: Cli) -> ExitCode {
    let environment = LangEnvironment::read();
    let root = match &cli.command {
        Command::Build { root, .. }
        | Command::Check { root, .. }
        | Command::Status { root, .. }
        | Command::Serve { root, .. }
        | Command::New { root, .. } => Some(root.as_path()),
        Command::Init { .. } => None,
    };
    let lang = match environment.choose(cli.lang.as_deref(), root) {
        Ok(lang) => lang,
        Err(unknown) => {
            // Told in the language the rest of the choice gives.
            let fallback = environment.choose(None, root).unwrap_or_default();
            eprintln!("{}", Messages::new(fallback).format(&unknown));
            return ExitCode::from(2);
        }
    };
    let messages = Messages::new(lang);
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
            return crate::serve::run(crate::serve::ServeOptions { root, port, bind, drafts, messages })
        }
        Command::Status { root, drafts, format, out, today } => {
            return status(&StatusOptions { root, drafts, format, out, today }, messages)
        }
        Command::New { page, translate_to, root, create_folders } => {
            return new(&root, &page, translate_to.as_deref(), create_folders, messages)
        }
        Command::Init { dir, languages } => return init(&dir, &languages, messages),
    };
    if let Some(rule) = &select.rule {
        if Rule::from_name(rule).is_none() {
            let names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
            let nearest = names.iter().min_by_key(|n| strsim::levenshtein(rule, n)).copied().unwrap_or("");
            eprintln!("{}", messages.format(&crate::text!("cli-unknown-rule", rule = rule, nearest = nearest)));
            return ExitCode::from(2);
        }
    }
    // Decided once, here: the library reads neither the environment nor the terminal.
    let ci = std::env::var_os("CI").is_some_and(|value| !value.is_empty());
    if show_progress(std::io::stderr().is_terminal(), ci, format == Format::Json) {
        options.progress = Progress::stderr(messages);
    }
    let print = |findings: &Diagnostics| print_selected(findings, &options.root, format, &select, messages);
    let mut steps = Timings::default();
    let result = build_timed(&options, &mut steps);
    if timings {
        eprint!("{}", steps.table());
    }
    match result {
        Ok(report) => {
            print(&report.diagnostics);
            let summary = messages.format(&done(&report, messages.lang()));
            // With `--format json`, stdout holds only JSON.
            match format {
                Format::Human => println!("{summary}"),
                Format::Json => eprintln!("{summary}"),
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            print(&problems);
            eprintln!("{}", messages.format(&failed(&problems, options.write, messages)));
            ExitCode::from(1)
        }
    }
}

/// What a successful build or check did: `Built 37 pages (nl 37, en 36) in 0.21 s, into
/// public/.`, and its warnings, counted.
pub fn done(report: &crate::publish::build::BuildReport, lang: EditorLang) -> Text {
    let count: usize = report.pages.values().sum();
    let languages: Vec<String> = report.pages.iter().map(|(code, n)| format!("{code} {n}")).collect();
    let languages = languages.join(", ");
    let seconds = format!("{:.2}", report.elapsed.as_secs_f64());
    // Dutch writes a decimal comma.
    let seconds = if lang == EditorLang::Nl { seconds.replace('.', ",") } else { seconds };
    let done = match &report.out {
        Some(out) => crate::text!("cli-built", count = count, languages = languages, seconds = seconds, out = out),
        None => crate::text!("cli-checked", count = count, languages = languages, seconds = seconds),
    };
    match report.diagnostics.warning_count() {
        0 => done,
        n => {
            crate::text!("cli-done-with-warnings", done = done, warnings = crate::text!("summary-warnings", count = n))
        }
    }
}

/// What a failed build (`written`) or check says at its end: how many errors and warnings,
/// and that nothing was written.
pub fn failed(problems: &Diagnostics, written: bool, messages: Messages) -> Text {
    let counts = counts(problems, messages);
    let errors = problems.error_count();
    if written {
        crate::text!("cli-build-failed", counts = counts, errors = errors)
    } else {
        crate::text!("cli-check-failed", counts = counts, errors = errors)
    }
}

/// `2 errors, 1 warning` (a count of nothing is left out, but for errors).
pub fn counts(findings: &Diagnostics, messages: Messages) -> String {
    let mut parts = vec![messages.format(&crate::text!("summary-errors", count = findings.error_count()))];
    if findings.warning_count() > 0 {
        parts.push(messages.format(&crate::text!("summary-warnings", count = findings.warning_count())));
    }
    capitalised(&parts.join(", "))
}

/// `fouten` → `Fouten`, for words that open a sentence.
fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// What the command line says when clap cannot read it: a plain line of ours in the editor's
/// language, then clap's own detail (English). Help and the version are printed as asked.
pub fn parse_failed(error: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let plain = match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = error.print();
            return ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2));
        }
        ErrorKind::UnknownArgument => "cli-arg-unknown",
        ErrorKind::InvalidSubcommand => "cli-arg-unknown-command",
        ErrorKind::InvalidValue | ErrorKind::ValueValidation | ErrorKind::InvalidUtf8 => "cli-arg-invalid-value",
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand | ErrorKind::NoEquals => "cli-arg-missing",
        _ => "cli-arg-other",
    };
    let args: Vec<String> = std::env::args().collect();
    let environment = LangEnvironment::read();
    let lang = environment
        .choose(lang_flag(&args).as_deref(), None)
        .or_else(|_| environment.choose(None, None))
        .unwrap_or_default();
    let messages = Messages::new(lang);
    eprintln!("{}\n{}\n", messages.get(plain), messages.get("cli-arg-help"));
    eprint!("{}", error.render());
    ExitCode::from(2)
}

/// The value of `--lang` in a command line clap could not read: `--lang nl` or `--lang=nl`.
fn lang_flag(args: &[String]) -> Option<String> {
    args.iter().enumerate().find_map(|(i, arg)| match arg.strip_prefix("--lang") {
        Some("") => args.get(i + 1).cloned(),
        Some(value) => value.strip_prefix('=').map(str::to_string),
        None => None,
    })
}

/// Whether `build` and `check` draw progress bars: only for a person at a terminal, never
/// in CI (logs fill with redraws) or beside JSON output.
pub fn show_progress(stderr_is_terminal: bool, ci: bool, json: bool) -> bool {
    stderr_is_terminal && !ci && !json
}

/// `loket new`: 2 for a page name that cannot be, 1 when the site or a file is in the way.
fn new(root: &Path, page: &str, translation: Option<&str>, create_folders: bool, messages: Messages) -> ExitCode {
    use crate::cli::scaffold;
    let config = match crate::load::config::SiteConfig::load(root) {
        Ok(config) => config,
        Err(problems) => {
            print_findings(&problems, root, Format::Human, messages);
            eprintln!("{}", messages.get("cli-new-site-invalid"));
            return ExitCode::from(1);
        }
    };
    let asked = scaffold::Asked { first: page, translation, create_folders };
    let written = scaffold::plan(root, &config, &asked, crate::status::today())
        .and_then(|pages| scaffold::write(root, &pages).map(|()| pages));
    let pages = match written {
        Ok(pages) => pages,
        Err(why) => return not_written(&why, messages),
    };
    for page in &pages {
        let url = config.permalink(&page.url);
        println!("{}", messages.format(&crate::text!("cli-new-created", file = &page.file.path, url = url)));
    }
    println!("{}", messages.get("cli-new-next"));
    ExitCode::SUCCESS
}

/// `loket init`: 2 for languages that cannot be, 1 when the folder is in the way.
fn init(dir: &Path, languages: &str, messages: Messages) -> ExitCode {
    use crate::cli::init;
    let written = init::parse_languages(languages).and_then(|codes| {
        init::check_folder(dir)?;
        let files = init::plan(&codes);
        init::write(dir, &files)?;
        Ok(files)
    });
    let files = match written {
        Ok(files) => files,
        Err(why) => return not_written(&why, messages),
    };
    for file in &files {
        println!("{}", messages.format(&crate::text!("cli-init-created", file = &dir.join(&file.path))));
    }
    println!("{}", messages.format(&crate::text!("cli-init-next", dir = dir)));
    ExitCode::SUCCESS
}

/// Why `loket new` or `loket init` wrote nothing, on stderr, and its exit status.
fn not_written(why: &new_files::NotWritten, messages: Messages) -> ExitCode {
    for text in why.texts() {
        eprintln!("{}", messages.format(text));
    }
    eprintln!("{}", messages.get("cli-nothing-written"));
    ExitCode::from(why.exit_status())
}

/// The findings `--rule` selects; human output summarises many warnings (see `Select`).
fn print_selected(findings: &Diagnostics, root: &Path, format: Format, select: &Select, messages: Messages) {
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
        print_findings(&selected, root, format, messages);
        return;
    }
    let mut report = HumanReport::new(root, report::stderr_has_color(), messages);
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
    eprintln!("{}", summary_lines(&selected, shown, messages));
}

/// How many warnings a summary leaves out, then one line per rule, in the order of the rule
/// table: `  readability: 1200 more (loket check --rule readability)`.
pub fn summary_lines(findings: &Diagnostics, shown: usize, messages: Messages) -> String {
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
    let mut text = messages.format(&crate::text!("cli-report-warnings-hidden", count = hidden));
    for (rule, n) in &left {
        let line = crate::text!("cli-report-warnings-hidden-rule", rule = rule.name(), count = *n);
        text.push_str(&format!("\n  {}", messages.format(&line)));
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
fn status(options: &StatusOptions, messages: Messages) -> ExitCode {
    let site_options =
        crate::site::SiteOptions { drafts: options.drafts, ..crate::site::SiteOptions::new(options.root.clone()) };
    let site = match crate::site::Site::load(&site_options) {
        Ok(site) => site,
        Err(problems) => {
            print_findings(&problems, &options.root, Format::Human, messages);
            eprintln!("{}", messages.get("cli-status-no-site"));
            return ExitCode::from(1);
        }
    };
    let today = options.today.unwrap_or_else(crate::status::today);
    let report = crate::status::compute(&site, today, &site.findings().all());
    let text = match options.format {
        StatusFormat::Human => crate::status::text::render(&report, messages),
        StatusFormat::Json => crate::status::json::render(&report),
        StatusFormat::Html => {
            let root = std::fs::canonicalize(&options.root).ok();
            let links = crate::status::html::Links { preview: "http://127.0.0.1:1111".to_string(), site_root: root };
            match crate::status::html::render(&report, &links, site.templates(), messages) {
                Ok(html) => html,
                Err(problems) => {
                    print_findings(&Diagnostics::from_iter(problems), &options.root, Format::Human, messages);
                    eprintln!("{}", messages.get("cli-status-template-failed"));
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
                let error = err.to_string();
                eprintln!("{}", messages.format(&crate::text!("cli-cannot-write", file = out, error = error)));
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
fn print_findings(findings: &Diagnostics, root: &Path, format: Format, messages: Messages) {
    use std::io::Write;
    let _ = match format {
        Format::Human => {
            let mut report = HumanReport::new(root, report::stderr_has_color(), messages);
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
                .try_for_each(|finding| writeln!(out, "{}", report::json(finding, messages)))
                .and_then(|()| out.flush())
        }
    };
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
