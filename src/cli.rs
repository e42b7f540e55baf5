//! The command line: `loket build`, `loket check` (and later `serve`, `new`), their options,
//! the printed findings and the exit status of the site contract.

use crate::build::{build, BuildOptions};
use crate::diagnostics::Diagnostics;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
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
    },
    /// Run every check of `build` and write nothing.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        drafts: bool,
    },
}

/// Exit status: 0 success, 1 the site has errors (2, a wrong command line, comes from clap).
pub fn run(cli: Cli) -> ExitCode {
    let options = match cli.command {
        Command::Build { root, out, drafts, base_url, no_search } => {
            BuildOptions { root, out, drafts, base_url, write: true, search: !no_search }
        }
        Command::Check { root, drafts } => {
            BuildOptions { root, out: None, drafts, base_url: None, write: false, search: false }
        }
    };
    match build(&options) {
        Ok(report) => {
            print_findings(&report.diagnostics);
            println!("{}", report.summary());
            ExitCode::SUCCESS
        }
        Err(problems) => {
            print_findings(&problems);
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

fn print_findings(findings: &Diagnostics) {
    for finding in findings.sorted() {
        eprintln!("{finding}");
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
