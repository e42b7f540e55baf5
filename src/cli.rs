//! The command line: `loket build`, `loket check` (and later `serve`, `new`), their options,
//! the printed findings and the exit status of the site contract.

use crate::build::{build, BuildOptions};
use crate::diagnostics::Diagnostics;
use crate::report::{self, Format, HumanReport};
use clap::{Parser, Subcommand};
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
}

/// Exit status: 0 success, 1 the site has errors (2, a wrong command line, comes from clap).
pub fn run(cli: Cli) -> ExitCode {
    let (options, format) = match cli.command {
        Command::Build { root, out, drafts, base_url, format } => {
            (BuildOptions { root, out, drafts, base_url, write: true }, format)
        }
        Command::Check { root, drafts, format } => {
            (BuildOptions { root, out: None, drafts, base_url: None, write: false }, format)
        }
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
