//! The command line: `loket build`, `check`, `serve` and `new`, their options, the printed
//! findings and the exit status of the site contract.

pub mod report;
pub mod scaffold;

use crate::cli::report::{Format, HumanReport};
use crate::diagnostics::Diagnostics;
use crate::publish::build::{build, BuildOptions};
use clap::{Parser, Subcommand};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(name = "loket", version, about = "A static site generator for bilingual public-information websites")]
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
    },
    /// Run every check of `build` and write nothing.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        drafts: bool,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Build, serve on this machine, rebuild on every change and reload the browser.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port to listen on (0: any free port, printed at start).
        #[arg(long, default_value_t = 1111)]
        port: u16,
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
}

/// Exit status: 0 success, 1 the site has errors (2, a wrong command line, comes from clap).
pub fn run(cli: Cli) -> ExitCode {
    let (options, format) = match cli.command {
        Command::Build { root, out, drafts, base_url, no_search, format } => {
            (BuildOptions { root, out, drafts, base_url, write: true, search: !no_search }, format)
        }
        Command::Check { root, drafts, format } => {
            (BuildOptions { root, out: None, drafts, base_url: None, write: false, search: false }, format)
        }
        Command::Serve { root, port, bind, drafts } => {
            return crate::serve::run(crate::serve::ServeOptions { root, port, bind, drafts })
        }
        Command::New { page, translate_to, root } => return new(&root, &page, translate_to.as_deref()),
    };
    match build(&options) {
        Ok(report) => {
            print_findings(&report.diagnostics, &options.root, format);
            // With `--format json`, stdout holds only JSON.
            match format {
                Format::Human => println!("{}", report.summary()),
                Format::Json => eprintln!("{}", report.summary()),
            }
            ExitCode::SUCCESS
        }
        Err(problems) => {
            print_findings(&problems, &options.root, format);
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

/// `loket new`: 2 for a page name that cannot be, 1 when the site or a file is in the way.
fn new(root: &Path, page: &str, translation: Option<&str>) -> ExitCode {
    use crate::cli::scaffold::{self, ScaffoldError};
    let config = match crate::load::config::SiteConfig::load(root) {
        Ok(config) => config,
        Err(problems) => {
            print_findings(&problems, root, Format::Human);
            eprintln!("loket: site.yaml must be valid before pages can be added");
            return ExitCode::from(1);
        }
    };
    let files = match scaffold::plan(root, &config, page, translation, scaffold::today()) {
        Ok(files) => files,
        Err(ScaffoldError::Usage(message)) => {
            eprintln!("loket: {message}");
            return ExitCode::from(2);
        }
        Err(ScaffoldError::Refused(message)) => {
            eprintln!("loket: {message}");
            return ExitCode::from(1);
        }
    };
    if let Err(message) = scaffold::write(root, &files) {
        eprintln!("loket: {message}");
        return ExitCode::from(1);
    }
    for file in &files {
        println!("created {}  →  {}", file.path.display(), config.permalink(&file.url));
    }
    println!("fill in the title and description, then preview with `loket serve`");
    ExitCode::SUCCESS
}

fn print_findings(findings: &Diagnostics, root: &Path, format: Format) {
    match format {
        Format::Human => {
            let mut report = HumanReport::new(root, report::stderr_has_color());
            for finding in findings.sorted() {
                eprintln!("{}\n", report.render(finding));
            }
        }
        Format::Json => {
            for finding in findings.sorted() {
                println!("{}", report::json(finding));
            }
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
