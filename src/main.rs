//! The `loket` binary: parses the command line and runs it.

use clap::Parser;

// A build makes millions of short-lived allocations on every core (Markdown events, template
// contexts, the search index's word maps): mimalloc serves them about a fifth faster than the
// system allocator (`build --no-search` at 10,000 pairs: 3.4 s to 2.8 s). Built without
// transparent huge pages (`no_thp` in Cargo.toml), its peak memory is no higher than glibc's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    match loket::cli::Cli::try_parse() {
        Ok(cli) => loket::cli::run(cli),
        // A plain line of ours in the editor's language, then clap's detail.
        Err(error) => loket::cli::parse_failed(error),
    }
}
