//! The `locdoc` binary: parse the command line, run one command, map the outcome to an exit code.

mod cli;
mod cmd;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let content_root = cli.input.content_root();
    let outcome = match &cli.command {
        cli::Command::Export { format, locales } => {
            cmd::export::run(&content_root, *format, locales)
        }
        cli::Command::Align { format, locales } => cmd::align::run(&content_root, *format, locales),
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
