//! The command-line front end: `isnad check`, `isnad rules`, `isnad explain`, `isnad lsp`.
//! It reads files, runs the analysis and converts findings to text or JSON; it never writes a file
//! unless asked to (`--output`).

pub mod files;
pub mod output;

use crate::analysis::{self, Lang, RULES, Severity};
use crate::profile::Profile;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

/// isnad: checks Arabic news drafts for unattributed quotations, names spelled two ways and
/// missing source credits.
#[derive(Parser, Debug)]
#[command(name = "isnad", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Output format of `isnad check`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    /// Compiler-style text.
    Text,
    /// One JSON object (schema in README.md).
    Json,
}

/// Language of messages.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum LangArg {
    /// English.
    En,
    /// Arabic.
    Ar,
}

/// Severity threshold.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum SeverityArg {
    /// Errors only.
    Error,
    /// Warnings and errors (default).
    Warning,
    /// Also information.
    Information,
    /// Everything.
    Hint,
}

impl From<SeverityArg> for Severity {
    fn from(s: SeverityArg) -> Severity {
        match s {
            SeverityArg::Error => Severity::Error,
            SeverityArg::Warning => Severity::Warning,
            SeverityArg::Information => Severity::Information,
            SeverityArg::Hint => Severity::Hint,
        }
    }
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check drafts (files and folders) and print the findings.
    Check(CheckArgs),
    /// List the rules with their default severity.
    Rules {
        /// Language of the summaries (default: en, or ar when LANG starts with ar).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Print a rule's documentation.
    Explain {
        /// The rule id, e.g. name-variant.
        rule: String,
    },
    /// Run the language server over stdio.
    Lsp,
}

/// Arguments of `isnad check`.
#[derive(Parser, Debug)]
pub struct CheckArgs {
    /// Files and folders to check (folders are searched recursively).
    #[arg(required = true)]
    pub paths: Vec<std::path::PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: OutputFormat,
    /// Language of messages (default: en, or ar when LANG starts with ar).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Lowest severity printed and counted for the exit status.
    #[arg(long, value_enum, default_value = "warning")]
    pub min_severity: SeverityArg,
    /// File extensions searched in folders, comma-separated.
    #[arg(long, default_value = "md,markdown,txt", value_delimiter = ',')]
    pub ext: Vec<String>,
}

/// The language from `--lang`, else from `LC_ALL`/`LC_MESSAGES`/`LANG`.
pub fn resolve_lang(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(LangArg::Ar) => Lang::Ar,
        Some(LangArg::En) => Lang::En,
        None => {
            let env = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|k| std::env::var(k).ok())
                .find(|v| !v.is_empty())
                .unwrap_or_default();
            Lang::from_locale(&env)
        }
    }
}

/// Runs the CLI with the process arguments; returns the exit status (0 clean, 1 findings, 2 error).
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Check(args) => ExitCode::from(check(&args)),
        Command::Rules { lang } => {
            let lang = resolve_lang(lang);
            let mut out = std::io::stdout().lock();
            for r in RULES {
                let summary = if lang == Lang::Ar {
                    r.summary_ar
                } else {
                    r.summary_en
                };
                let _ = writeln!(
                    out,
                    "{:<20} {:<12} {}",
                    r.id,
                    r.default_severity.as_str(),
                    summary
                );
            }
            ExitCode::SUCCESS
        }
        Command::Explain { rule } => match analysis::rule(&rule) {
            Some(r) => {
                println!(
                    "# {}\n\nDefault severity: {}. {} / {}\n\n{}",
                    r.id,
                    r.default_severity.as_str(),
                    r.summary_en,
                    r.summary_ar,
                    r.doc.trim_end()
                );
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("isnad: unknown rule `{rule}`; `isnad rules` lists them");
                ExitCode::from(2)
            }
        },
        Command::Lsp => crate::lsp::run(),
    }
}

/// `isnad check`: returns the exit status.
pub fn check(args: &CheckArgs) -> u8 {
    let lang = resolve_lang(args.lang);
    let threshold: Severity = args.min_severity.into();
    let profile = Profile::embedded();
    let exts: Vec<String> = args
        .ext
        .iter()
        .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
        .collect();
    let (inputs, mut errors) = files::collect(&args.paths, &exts);
    let mut results = Vec::with_capacity(inputs.len());
    for input in inputs {
        let r = files::check_file(&input, &profile, threshold);
        results.push(r);
    }
    files::add_cross_story_findings(&mut results, &profile, threshold);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let status = match args.format {
        OutputFormat::Json => output::write_json(&mut out, &results, &errors, lang),
        OutputFormat::Text => output::write_text(&mut out, &results, &errors, lang),
    };
    if let Err(e) = status
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("isnad: cannot write output: {e}");
        return 2;
    }
    errors.extend(
        results
            .iter()
            .filter(|r| r.error.is_some())
            .map(|r| (r.display.clone(), r.error.clone().unwrap_or_default())),
    );
    if !errors.is_empty() {
        return 2;
    }
    if results.iter().any(|r| !r.findings.is_empty()) {
        1
    } else {
        0
    }
}
