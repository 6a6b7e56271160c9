//! The `locdoc` binary: parse the command line, run one command, map the outcome to an exit code.

mod cli;
mod cmd;

use clap::Parser;
use std::process::ExitCode;

/// A build allocates and frees millions of small strings on every core; glibc's allocator spent
/// about a fifth of a build in malloc/free (perf, the 10,000-page corpus), mimalloc much less.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let outcome = match &cli.command {
        cli::Command::Build {
            out,
            locales,
            quiet,
            shard,
            incremental,
            deny,
        } => cmd::build::run(&cmd::build::BuildArgs {
            root: &cli.input.root,
            content: cli.input.content.as_deref(),
            out: out.as_deref(),
            locales,
            quiet: *quiet,
            shard: *shard,
            incremental: *incremental,
            deny: deny.map(Into::into),
        }),
        cli::Command::Merge { out, shards } => cmd::merge::run(out, shards),
        cli::Command::Serve { bind, port, open } => cmd::serve::run(&cmd::serve::ServeArgs {
            root: &cli.input.root,
            content: cli.input.content.as_deref(),
            bind,
            port: *port,
            open: *open,
        }),
        cli::Command::Check {
            format,
            locales,
            deny,
            shard,
            fix,
            dry_run,
        } => cmd::check::run(
            &cli.input.root,
            cli.input.content.as_deref(),
            *format,
            locales,
            deny.map(Into::into),
            *shard,
            match (fix, dry_run) {
                (false, _) => None,
                (true, dry_run) => Some(cmd::check::FixMode { dry_run: *dry_run }),
            },
        ),
        cli::Command::Export { format, locales } => cmd::export::run(
            &cli.input.root,
            cli.input.content.as_deref(),
            *format,
            locales,
        ),
        cli::Command::Import { file, dry_run } => cmd::import::run(
            &cli.input.root,
            cli.input.content.as_deref(),
            file,
            *dry_run,
        ),
        cli::Command::Align { format, locales } => cmd::align::run(
            &cli.input.root,
            cli.input.content.as_deref(),
            *format,
            locales,
        ),
        cli::Command::Segments { file } => cmd::segments::run(file),
    };
    match outcome {
        Ok(code) => code,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(cmd::INPUT_FAILED)
        }
    }
}
