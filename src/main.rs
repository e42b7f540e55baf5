//! The `loket` binary: parses the command line and runs it.

use clap::Parser;

fn main() -> std::process::ExitCode {
    loket::cli::run(loket::cli::Cli::parse())
}
