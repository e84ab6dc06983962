//! The command-line front end: `isnad check`, `isnad report`, `isnad rules`, `isnad explain`,
//! `isnad lsp`.
//! It reads files, runs the analysis and converts findings to text or JSON; it never writes a file
//! unless asked to (`--output`).

pub mod files;
pub mod output;
pub mod profiles;

use crate::profile::config as profile;

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
    #[value(alias = "info")]
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
    /// Write the fact-check review sheet of drafts (files and folders): credits, quotations and
    /// speakers, names and spellings, agencies, anonymous sources, findings by rule.
    Report(ReportArgs),
    /// List the rules with their default severity.
    Rules {
        /// Language of the summaries (default: en, or ar when LANG starts with ar).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Print every rule's full documentation as Markdown (the text of docs/rules.md).
        #[arg(long)]
        markdown: bool,
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
    /// Use this isnad.toml for every file (default: the nearest isnad.toml above each file).
    #[arg(long)]
    pub config: Option<std::path::PathBuf>,
}

/// Output format of `isnad report`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    /// Markdown (the default).
    Markdown,
    /// One JSON object (schema: docs/report.schema.json).
    Json,
    /// A self-contained HTML page (right-to-left, prints cleanly).
    Html,
}

/// Arguments of `isnad report`.
#[derive(Parser, Debug)]
pub struct ReportArgs {
    /// Files and folders to review (folders are searched recursively).
    #[arg(required = true)]
    pub paths: Vec<std::path::PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: ReportFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<std::path::PathBuf>,
    /// Language of headings and messages (default: en, or ar when LANG starts with ar).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// File extensions searched in folders, comma-separated.
    #[arg(long, default_value = "md,markdown,txt", value_delimiter = ',')]
    pub ext: Vec<String>,
    /// Use this isnad.toml for every file (default: the nearest isnad.toml above each file).
    #[arg(long)]
    pub config: Option<std::path::PathBuf>,
}

/// `isnad report`: returns the exit status: 0 when every draft was read and the report written, 2
/// when a draft could not be read or checked (it is listed in the report with the reason, and the
/// others are reviewed), an `isnad.toml` is broken (its drafts are reviewed with the default
/// profile, as `isnad check` does, which also exits 2) or the report could not be written. Drafts, their `isnad.toml` and the
/// `[files]` globs are found exactly as `isnad check` finds them ([`drafts`]).
pub fn report(args: &ReportArgs) -> u8 {
    let lang = resolve_lang(args.lang);
    let mut profiles = match profiles::Profiles::new(args.config.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("isnad: {e}");
            return 2;
        }
    };
    let (found, errors) = drafts(&args.paths, &args.ext, &mut profiles);
    for e in &profiles.errors {
        eprintln!("isnad: {e} (reviewed with the default profile)");
    }
    let mut inputs: Vec<crate::report::Input> = errors
        .iter()
        .map(|(path, e)| crate::report::Input {
            path: path.clone(),
            format: crate::text::Format::from_path(path),
            content: Err(e.clone()),
        })
        .collect();
    let mut each: Vec<std::sync::Arc<Profile>> = vec![profiles.default_profile(); errors.len()];
    for (input, resolved) in &found {
        let format = crate::text::Format::from_path(&input.display);
        let content = files::read(input).and_then(|text| {
            match crate::report::guard::analyze(&text, format, &resolved.profile) {
                Ok(a) => Ok((text, a)),
                Err(p) => {
                    crate::report::guard::eprint(&input.display, &p);
                    Err(crate::report::guard::internal_error(lang))
                }
            }
        });
        if let Err(e) = &content {
            eprintln!("isnad: {}: {}", input.display, output::file_error(e, lang));
        }
        inputs.push(crate::report::Input {
            path: input.display.clone(),
            format,
            content,
        });
        each.push(resolved.profile.clone());
    }
    for (path, e) in &errors {
        eprintln!("isnad: {path}: {}", output::file_error(e, lang));
    }
    let cross = cross_profile(&found, &profiles);
    let each_ref: Vec<&Profile> = each.iter().map(|p| p.as_ref()).collect();
    let r = crate::report::build_each(&inputs, &each_ref, &cross, lang);
    drop(inputs);
    let failed = r.stories.iter().any(|s| s.error.is_some()) || !profiles.errors.is_empty();
    let text = match args.format {
        ReportFormat::Markdown => crate::report::markdown::render(&r),
        ReportFormat::Json => crate::report::json::render(&r),
        ReportFormat::Html => crate::report::html::render(&r),
    };
    let written = match &args.output {
        Some(path) => std::fs::write(path, text.as_bytes()).map_err(|e| {
            format!(
                "cannot write {}: {}",
                path.display(),
                files::describe_io(&e)
            )
        }),
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(format!("cannot write output: {e}"))
                }
                _ => Ok(()),
            }
        }
    };
    if let Err(e) = written {
        eprintln!("isnad: {e}");
        return 2;
    }
    if failed { 2 } else { 0 }
}

/// Drafts in order, each with the profile that checks it (see [`drafts`]).
pub type Drafts = Vec<(files::Input, profiles::Resolved)>;

/// The drafts of one `check` or `report` run, each with the profile that checks it: `paths`
/// expanded by [`files::collect`] for the extensions `exts` (a leading dot and case ignored), each
/// draft's profile from `profiles` (`--config`, else its nearest `isnad.toml`), and drafts found in
/// folders dropped when their `isnad.toml`'s `[files]` globs exclude them (a file named on the
/// command line is always kept). Returns the drafts in order and (path, message) for the paths that
/// could not be used.
pub fn drafts(
    paths: &[std::path::PathBuf],
    exts: &[String],
    profiles: &mut profiles::Profiles,
) -> (Drafts, Vec<(String, String)>) {
    let exts: Vec<String> = exts
        .iter()
        .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
        .collect();
    let (found, errors) = files::collect(paths, &exts);
    let kept = found
        .into_iter()
        .filter_map(|input| {
            let resolved = profiles.for_file(&input.path);
            if input.from_folder && !profiles::included(&resolved, &input.path) {
                return None;
            }
            Some((input, resolved))
        })
        .collect();
    (kept, errors)
}

/// The profile of the check across stories (names spelled differently across the drafts): the
/// first draft's, else the default of `profiles`.
fn cross_profile(
    found: &[(files::Input, profiles::Resolved)],
    profiles: &profiles::Profiles,
) -> std::sync::Arc<Profile> {
    found
        .first()
        .map_or_else(|| profiles.default_profile(), |(_, r)| r.profile.clone())
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
        Command::Report(args) => ExitCode::from(report(&args)),
        Command::Rules { markdown: true, .. } => {
            print!("{}", analysis::rules_markdown());
            ExitCode::SUCCESS
        }
        Command::Rules { lang, .. } => {
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
    let mut profiles = match profiles::Profiles::new(args.config.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("isnad: {e}");
            return 2;
        }
    };
    let (inputs, mut errors) = drafts(&args.paths, &args.ext, &mut profiles);
    let cross = cross_profile(&inputs, &profiles);
    let mut results = Vec::with_capacity(inputs.len());
    for (input, resolved) in &inputs {
        results.push(files::check_file(input, &resolved.profile, threshold, lang));
    }
    for e in &profiles.errors {
        // Text output lists the error with the others; JSON consumers also get it on stderr.
        if args.format == OutputFormat::Json {
            eprintln!("isnad: {e} (checked with the default profile)");
        }
        // "isnad.toml:3:1" as the place, the message alone as the error (not the path twice).
        let path = e.path.as_ref().map_or_else(
            || profile::FILE_NAME.to_string(),
            |p| p.display().to_string(),
        );
        let place = if e.line > 0 {
            format!("{path}:{}:{}", e.line, e.column)
        } else {
            path
        };
        errors.push((
            place,
            format!(
                "{} (the drafts were checked with the default profile)",
                e.message
            ),
        ));
    }
    // Names spelled differently across the stories checked together, with the house style of the
    // first story's isnad.toml.
    if !files::add_cross_story_findings(&mut results, &cross, threshold) {
        let place = if lang == Lang::Ar {
            "(الأسماء عبر القصص)"
        } else {
            "(names across stories)"
        };
        errors.push((
            place.to_string(),
            crate::report::guard::internal_error(lang),
        ));
    }
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    let status = match args.format {
        OutputFormat::Json => output::write_json(&mut out, &results, &errors, lang),
        OutputFormat::Text => output::write_text(&mut out, &results, &errors, lang),
    }
    .and_then(|()| out.flush());
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
