//! The command line: flags as clap derives them. Parsing only; commands live in `cmd/`.

use clap::{Args, Parser, Subcommand, ValueEnum};
use locdoc::shard::Shard;
use std::path::PathBuf;

/// locdoc: a static-site generator and translation QA tool for side-by-side localized Markdown.
#[derive(Debug, Parser)]
#[command(name = "locdoc", version, about, long_about = None)]
pub struct Cli {
    /// Where the content is.
    #[command(flatten)]
    pub input: Input,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Where to read content from; every command takes these.
#[derive(Debug, Args)]
pub struct Input {
    /// Project root: the folder holding `content/` (and later `locdoc.toml`, `templates/`, `locales/`).
    #[arg(long, global = true, value_name = "DIR", default_value = ".", value_parser = project_folder)]
    pub root: PathBuf,
    /// A content tree to read directly (`<DIR>/<locale>/<path>.md`), instead of `<root>/content`.
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
}

/// `--root` as given, refused at once when it is a file: every project file would otherwise be
/// reported as "Not a directory" below it.
fn project_folder(given: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(given);
    if path.exists() && !path.is_dir() {
        return Err(format!(
            "`{given}` is a file; --root takes the project folder (the one holding content/ and locdoc.toml)"
        ));
    }
    Ok(path)
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the per-locale static site into `--out` (default `<root>/public`), atomically.
    Build {
        /// Output folder; replaced as a whole only when the build succeeds.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Only these locales (repeatable), plus the English pages; all when absent.
        #[arg(long = "locale", value_name = "L")]
        locales: Vec<String>,
        /// No progress bar.
        #[arg(long, short)]
        quiet: bool,
        /// Build only part `i` of `n` of the article pages (a CI matrix of n machines, then
        /// `locdoc merge`); shard 1 also writes the indexes, sitemap and report overview.
        #[arg(long, value_name = "I/N", default_value = "1/1")]
        shard: Shard,
        /// Keep what the site was built from in it (`.locdoc-build.json`) and redo only what
        /// changed since: an unchanged tree is republished as it is, an edited article re-rendered
        /// alone (the output is the same as a clean build's).
        #[arg(long)]
        incremental: bool,
        /// Exit 1 when the content has errors (`errors`) or warnings too (`warnings`), after
        /// publishing the site: for CI. The default is `deny` in locdoc.toml, else never.
        #[arg(long, value_enum)]
        deny: Option<DenyLevel>,
    },
    /// Publish the output folders of all shards of one build (`build --shard i/n`) as one site.
    Merge {
        /// Output folder; replaced as a whole only when the merge succeeds.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The shards' output folders, in any order.
        #[arg(required = true, value_name = "SHARD_DIR")]
        shards: Vec<PathBuf>,
    },
    /// Build the site, serve it on loopback, and rebuild what a saved file touches.
    Serve {
        /// Address to listen on (loopback by default: the preview is for this machine).
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Port to listen on; 0 picks a free one (the address is printed).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Check segments and alignment for translators: QA rules with stable codes.
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Only these locales (repeatable); all when absent.
        #[arg(long = "locale", value_name = "L")]
        locales: Vec<String>,
        /// Fail (exit 1) on warnings too (`warnings`), not only on errors; the default is
        /// `deny` in locdoc.toml, else errors.
        #[arg(long, value_enum)]
        deny: Option<DenyLevel>,
        /// Report only the findings of part `i` of `n` of the articles (shard 1 also gets those
        /// of no article); the n outputs together are the unsharded output.
        #[arg(long, value_name = "I/N", default_value = "1/1")]
        shard: Shard,
        /// Apply the mechanical fixes (edge white space, doubled spaces, zero-width characters,
        /// space before punctuation) to the target texts, every file or none, and list them.
        #[arg(long)]
        fix: bool,
        /// With `--fix`: print the changes as a unified diff and write nothing.
        #[arg(long, requires = "fix")]
        dry_run: bool,
    },
    /// Write segments and aligned units to stdout in an exchange format (JSONL, TMX, XLIFF, PO, CSV).
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
        format: ExportFormat,
        /// Only these locales (repeatable); all when absent.
        #[arg(long = "locale", value_name = "L")]
        locales: Vec<String>,
    },
    /// Put a translator's XLIFF or PO file (from `export`, edited in a CAT tool) back into the
    /// Markdown: changed targets replace the target spans or plain sentences, all files or none.
    Import {
        /// The XLIFF (.xliff, .xlf) or PO (.po) file.
        file: PathBuf,
        /// Print the changes as a unified diff and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Align each article across locales by its embedded English, one unit per line.
    Align {
        /// Output format.
        #[arg(long, value_enum, default_value_t = AlignFormat::Text)]
        format: AlignFormat,
        /// Only these locales (repeatable); all when absent.
        #[arg(long = "locale", value_name = "L")]
        locales: Vec<String>,
    },
    /// Show one file's segments as a table, with its diagnostics.
    Segments {
        /// The Markdown file.
        file: PathBuf,
    },
}

/// Formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per segment per line.
    Jsonl,
    /// TMX 1.4b translation memory: one translation unit per aligned unit, all locales.
    Tmx,
    /// XLIFF 2.1 work file of one target locale, markup as inline codes.
    Xliff,
    /// gettext PO catalog of one target locale.
    Po,
    /// CSV, one row per unit and locale, with a header row.
    Csv,
}

/// Formats of `align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlignFormat {
    /// One JSON object per unit per line.
    Jsonl,
    /// A readable listing.
    Text,
}

/// Formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// rustc-style findings with the source line, then a summary table.
    Human,
    /// One JSON object per finding per line.
    Json,
    /// SARIF 2.1.0 for code-scanning tools.
    Sarif,
}

/// What `--deny` turns into failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DenyLevel {
    /// Errors fail the run.
    Errors,
    /// Warnings fail the run as errors do.
    Warnings,
}

impl From<DenyLevel> for locdoc::config::DenyLevel {
    fn from(level: DenyLevel) -> Self {
        match level {
            DenyLevel::Errors => locdoc::config::DenyLevel::Errors,
            DenyLevel::Warnings => locdoc::config::DenyLevel::Warnings,
        }
    }
}
