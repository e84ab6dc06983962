//! The command-line front end: `isnad check`, `isnad report`, `isnad rules`, `isnad explain`,
//! `isnad lsp`.
//! It reads files (or one draft from standard input), runs the analysis and converts findings to
//! text, JSON or SARIF; it never writes a file unless asked to (`isnad report --output`, `isnad
//! check --fix`).

pub mod files;
pub mod fix;
pub mod output;
pub mod profiles;
pub mod sarif;
pub mod set;

use crate::profile::config as profile;

use crate::analysis::{self, Lang, RULES, Severity};
use crate::drafts;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::process::ExitCode;

/// isnad: checks Arabic news drafts for unattributed quotations, names spelled two ways and
/// missing source credits.
#[derive(Parser, Debug)]
#[command(name = "isnad", version, about, long_about = None)]
pub struct Cli {
    /// Language of messages, before or after the subcommand (default: en, or ar when LANG starts
    /// with ar).
    #[arg(long, value_enum, global = true)]
    pub lang: Option<LangArg>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Output format of `isnad check`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq, Default)]
pub enum OutputFormat {
    /// Compiler-style text.
    #[default]
    Text,
    /// One JSON object (schema in README.md).
    Json,
    /// One SARIF 2.1.0 log, for GitHub code scanning (docs/sarif.md).
    Sarif,
}

/// Output format of `isnad rules`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq, Default)]
pub enum RulesFormat {
    /// One line per rule: id, default severity, summary.
    #[default]
    Text,
    /// One JSON object: `{"version": 1, "rules": [{"id", "default_severity", "summary": {"en",
    /// "ar"}, "doc_url"}]}`.
    Json,
    /// Every rule's full documentation (the text of docs/rules.md).
    Markdown,
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
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq, Default)]
pub enum SeverityArg {
    /// Errors only.
    Error,
    /// Warnings and errors (default).
    #[default]
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
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
        /// Same as `--format markdown`.
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
#[derive(Parser, Debug, Default)]
pub struct CheckArgs {
    /// Files and folders to check (folders are searched recursively); `-` reads one draft from
    /// standard input, as does naming none when standard input is a pipe or a file
    /// (`isnad check < draft.md`).
    #[arg(value_name = "PATHS")]
    pub paths: Vec<std::path::PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: OutputFormat,
    /// Language of messages: the global `--lang` (before or after the subcommand); `None` follows
    /// the locale.
    #[arg(skip)]
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
    /// Apply the safe fixes (hygiene characters, spellings the house list names) to the files,
    /// report what was fixed on standard error, then print what is left. With `-`, print the
    /// fixed draft on standard output and the findings left on standard error.
    #[arg(long)]
    pub fix: bool,
    /// With --fix or --diff: also apply the unsafe fixes (attributions, credit lines, majority
    /// spellings), which need reading.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the fixes as a unified diff on standard output and write nothing (exit status 1 when
    /// something would change).
    #[arg(long)]
    pub diff: bool,
    /// With `-`: the draft's path, to find its isnad.toml and its format (.md is Markdown) and to
    /// name it in the output (the file itself is not read).
    #[arg(long)]
    pub stdin_filename: Option<std::path::PathBuf>,
    /// Check this many drafts at a time (default or 0: one per core; 1 checks them one by one;
    /// at most four per core). The output is the same, in the same order, whatever the number.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar (it is shown on standard error only when that is a terminal and the run
    /// takes over a second).
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Output format of `isnad report`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq, Default)]
pub enum ReportFormat {
    /// Markdown (the default).
    #[default]
    Markdown,
    /// One JSON object (schema: docs/report.schema.json).
    Json,
    /// A self-contained HTML page (right-to-left, prints cleanly).
    Html,
}

/// Arguments of `isnad report`.
#[derive(Parser, Debug, Default)]
pub struct ReportArgs {
    /// Files and folders to review (folders are searched recursively); `-` reads one draft from
    /// standard input, as does naming none when standard input is a pipe or a file.
    #[arg(value_name = "PATHS")]
    pub paths: Vec<std::path::PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "markdown")]
    pub format: ReportFormat,
    /// Write the report to this file instead of standard output.
    #[arg(long, short)]
    pub output: Option<std::path::PathBuf>,
    /// Language of headings and messages: the global `--lang`; `None` follows the locale.
    #[arg(skip)]
    pub lang: Option<LangArg>,
    /// File extensions searched in folders, comma-separated.
    #[arg(long, default_value = "md,markdown,txt", value_delimiter = ',')]
    pub ext: Vec<String>,
    /// Use this isnad.toml for every file (default: the nearest isnad.toml above each file).
    #[arg(long)]
    pub config: Option<std::path::PathBuf>,
    /// With `-`: the draft's path, to find its isnad.toml and its format and to name it in the
    /// report (the file itself is not read).
    #[arg(long)]
    pub stdin_filename: Option<std::path::PathBuf>,
    /// Review this many drafts at a time (default or 0: one per core; 1 reviews them one by one;
    /// at most four per core). The report is the same whatever the number.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// No progress bar (it is shown on standard error only when that is a terminal and the run
    /// takes over a second).
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

/// Fills in the paths of `isnad check` / `isnad report` (`command`) when none were named: `-`
/// when standard input is redirected from a pipe or a file (`isnad check < draft.md`), else
/// prints a usage error in `lang` (a terminal or `/dev/null` on standard input) and returns
/// `Err(2)`. Named paths are left as they are.
fn paths_or_stdin(
    paths: &mut Vec<std::path::PathBuf>,
    command: &str,
    lang: Option<LangArg>,
) -> Result<(), u8> {
    if !paths.is_empty() {
        return Ok(());
    }
    if stdin_redirected() {
        paths.push(std::path::PathBuf::from("-"));
        return Ok(());
    }
    let m = analysis::Message::new(
        format!(
            "name the drafts to {command}: files or folders (`.` for this folder), or `-` for \
             standard input (e.g. `isnad {command} .`)"
        ),
        format!(
            "اذكر المسودات: ملفات أو مجلدات («.» للمجلد الحالي)، أو «-» للدخل القياسي \
             (مثلاً ‎`isnad {command} .`)"
        ),
    );
    eprintln!("isnad: {}", m.get(resolve_lang(lang)));
    Err(2)
}

/// Whether standard input is a pipe or a regular file (not a terminal, not a device such as
/// `/dev/null`), so that a draft can be read from it. Where the kind cannot be told (not Unix),
/// anything but a terminal counts.
fn stdin_redirected() -> bool {
    use std::io::IsTerminal;
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return false;
    }
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::FileTypeExt;
        let Ok(fd) = stdin.as_fd().try_clone_to_owned() else {
            return false;
        };
        match std::fs::File::from(fd).metadata() {
            Ok(m) => m.file_type().is_fifo() || m.file_type().is_file(),
            Err(_) => false,
        }
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// A usage error of `check` or `report` found before anything is read, in English and Arabic:
/// `-` named with other paths, `--stdin-filename` without `-`, `--unsafe-fixes` without `--fix`
/// or `--diff` (`fixing` tells whether one of them was given; `None` for `report`).
pub fn usage_error(
    paths: &[std::path::PathBuf],
    stdin_filename: Option<&std::path::Path>,
    unsafe_fixes: bool,
    fixing: Option<bool>,
) -> Option<analysis::Message> {
    let stdin = paths.iter().any(|p| p.as_os_str() == "-");
    if stdin && paths.len() > 1 {
        return Some(analysis::Message::new(
            "`-` reads one draft from standard input: name no other file or folder with it",
            "«-» يقرأ مسودة واحدة من الدخل القياسي: لا تذكر معه ملفاً أو مجلداً آخر",
        ));
    }
    if stdin_filename.is_some() && !stdin {
        return Some(analysis::Message::new(
            "--stdin-filename names the draft read from standard input: give `-` as the path",
            "الخيار ‎--stdin-filename يسمّي المسودة المقروءة من الدخل القياسي: اجعل «-» هو المسار",
        ));
    }
    if unsafe_fixes && fixing == Some(false) {
        return Some(analysis::Message::new(
            "--unsafe-fixes goes with --fix or --diff",
            "الخيار ‎--unsafe-fixes يُستعمل مع ‎--fix أو ‎--diff",
        ));
    }
    None
}

/// The input of the draft read from standard input: shown and resolved as `stdin_filename`
/// when given (its `isnad.toml`, its format), else as `<stdin>` in the current folder.
fn stdin_input(stdin_filename: Option<&std::path::Path>) -> drafts::Input {
    let path =
        stdin_filename.map_or_else(|| std::path::PathBuf::from("<stdin>"), |p| p.to_path_buf());
    drafts::Input {
        display: path.to_string_lossy().into_owned(),
        path,
        from_folder: false,
        stdin: true,
    }
}

/// Reads all of standard input and decodes it as a draft ([`drafts::decode`]: UTF-16, binary and
/// invalid UTF-8 are errors with their message); empty input is an empty draft.
fn read_stdin() -> Result<String, String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|e| drafts::describe_io(&e))?;
    drafts::decode(bytes)
}

/// What [`gather`] returns: the drafts, (path, message) of what could not be used, and the text of
/// standard input when it was read.
type Inputs = (
    Drafts,
    Vec<(String, String)>,
    Option<Result<String, String>>,
);

/// The drafts of a run and the (path, message) of what could not be used: standard input alone
/// when `paths` is `-` (with its text), else [`drafts`]. Returns the drafts, the errors and the
/// text of standard input (`None` when it was not read).
fn gather(
    paths: &[std::path::PathBuf],
    exts: &[String],
    stdin_filename: Option<&std::path::Path>,
    profiles: &mut profiles::Profiles,
) -> Inputs {
    if paths.len() == 1 && paths[0].as_os_str() == "-" {
        let input = stdin_input(stdin_filename);
        let resolved = profiles.for_file(&input.path);
        return (vec![(input, resolved)], Vec::new(), Some(read_stdin()));
    }
    let (found, errors) = drafts(paths, exts, profiles);
    (found, errors, None)
}

/// The text of `input`: standard input's (`stdin`) for the `-` draft, else the file's
/// ([`drafts::read`]).
fn text_of(
    input: &drafts::Input,
    stdin: &Option<Result<String, String>>,
) -> Result<String, String> {
    match (input.stdin, stdin) {
        (true, Some(t)) => t.clone(),
        (true, None) => Err("standard input was not read".into()),
        (false, _) => drafts::read(input),
    }
}

/// True, with the refusal printed on standard error in `lang`, when the report's file `output` is
/// one of the drafts `found` (named on the command line or found in a folder; compared by
/// canonical path, so only when the file exists): the review would overwrite the copy, so the
/// report refuses to run and writes nothing. A sheet an earlier run wrote into a folder under
/// review is no draft (the folder's walk skips it by its first line, [`drafts::is_review_sheet`]),
/// so it may be written again.
fn overwrites_a_draft(found: &Drafts, output: Option<&std::path::Path>, lang: Lang) -> bool {
    let Some(sheet) = output.and_then(|o| std::fs::canonicalize(o).ok()) else {
        return false;
    };
    let Some((draft, _)) = found
        .iter()
        .find(|(input, _)| std::fs::canonicalize(&input.path).is_ok_and(|p| p == sheet))
    else {
        return false;
    };
    eprintln!("isnad: {}", overwrite_refused(&draft.display, lang));
    true
}

/// Prints on standard error, in `lang`, each broken `isnad.toml` of `profiles` with the note that
/// its drafts are reviewed with the default profile.
fn note_profile_errors(profiles: &profiles::Profiles, lang: Lang) {
    for e in &profiles.errors {
        match lang {
            Lang::En => eprintln!("isnad: {e} (reviewed with the default profile)"),
            Lang::Ar => eprintln!("isnad: {} (رُوجعت بالإعدادات الافتراضية)", e.located(true)),
        }
    }
}

/// The message, in `lang`, of a report refused because its `--output` is the draft `draft` (as
/// shown): nothing was written, and the user is told to give another file.
fn overwrite_refused(draft: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "the report would overwrite the draft {draft}; nothing was written (give --output another file)"
        ),
        Lang::Ar => {
            format!("التقرير سيكتب فوق المسودة {draft}؛ لم يُكتب شيء (اختر ملفاً آخر لـ --output)")
        }
    }
}

/// `isnad report`: returns the exit status: 0 when every draft was read and the report written, 2
/// when a draft could not be read or checked (it is listed in the report with the reason, and the
/// others are reviewed), a folder named has no draft, an `isnad.toml` is broken (its drafts are
/// reviewed with the default profile, as `isnad check` does, which also exits 2), the report could
/// not be written, the report would overwrite one of its drafts ([`overwrites_a_draft`]: nothing
/// is written), or the arguments do not go together ([`usage_error`]). Drafts, their
/// `isnad.toml` and the `[files]` globs are found exactly as `isnad check` finds them
/// ([`drafts()`]); `-` reviews the draft on standard input.
pub fn report(args: &ReportArgs) -> u8 {
    let lang = resolve_lang(args.lang);
    set::set_jobs(args.jobs);
    if let Some(m) = usage_error(&args.paths, args.stdin_filename.as_deref(), false, None) {
        eprintln!("isnad: {}", m.get(lang));
        return 2;
    }
    let Some(mut profiles) = profiles_of(args.config.as_deref(), lang) else {
        return 2;
    };
    let (found, errors, stdin) = gather(
        &args.paths,
        &args.ext,
        args.stdin_filename.as_deref(),
        &mut profiles,
    );
    if overwrites_a_draft(&found, args.output.as_deref(), lang) {
        return 2;
    }
    note_profile_errors(&profiles, lang);
    // Folders that could not be used first, then the drafts in the command's order (a file named
    // that cannot be read among them, in its place), each with its own profile.
    let default = profiles.default_profile();
    let mut stories: Vec<crate::report::Entry> = errors
        .iter()
        .map(|(path, _)| crate::report::Entry {
            path: path.clone(),
            format: crate::text::Format::from_path(path),
            profile: default.clone(),
        })
        .collect();
    for (input, resolved) in &found {
        stories.push(crate::report::Entry {
            path: input.display.clone(),
            format: crate::text::Format::from_path(&input.display),
            profile: resolved.profile.clone(),
        });
    }
    let progress = set::Progress::new(stories.len(), args.quiet);
    let load = |i: usize| match i.checked_sub(errors.len()) {
        None => Err(errors[i].1.clone()),
        Some(j) => text_of(&found[j].0, &stdin),
    };
    let mut r = crate::report::review_with(
        &stories,
        &load,
        lang,
        &crate::report::guard::Guard,
        &crate::report::guard::internal_error(lang),
        &|| progress.tick(),
    );
    progress.finish();
    // The sheet says itself that it was not made with the newsroom's profile: it is read later,
    // away from the terminal that showed the errors.
    r.config_errors = profiles
        .errors
        .iter()
        .map(|e| match lang {
            Lang::En => e.to_string(),
            Lang::Ar => e.located(true).to_string(),
        })
        .collect();
    // In the order the review lists them: folders that gave no draft, then every file named or
    // found, in the command's order.
    for s in &r.stories {
        if let Some(e) = &s.error {
            eprintln!("isnad: {}: {}", s.path, output::file_error(e, lang));
        }
    }
    let failed = r.stories.iter().any(|s| s.error.is_some()) || !profiles.errors.is_empty();
    if let Err(e) = write_report(&r, args.format, args.output.as_deref()) {
        eprintln!("isnad: {e}");
        return 2;
    }
    if failed { 2 } else { 0 }
}

/// Renders the review sheet `r` in `format` and writes it to the file `to`, else to standard
/// output (a closed pipe is not an error). Returns the message of a write error.
fn write_report(
    r: &crate::report::Report,
    format: ReportFormat,
    to: Option<&std::path::Path>,
) -> Result<(), String> {
    // JSON is written as it is serialized (a folder's report can be larger than the folder); the
    // other formats are rendered whole.
    let write = |out: &mut dyn Write| -> std::io::Result<()> {
        match format {
            ReportFormat::Markdown => out.write_all(crate::report::markdown::render(r).as_bytes()),
            ReportFormat::Json => {
                let mut buffered = std::io::BufWriter::new(&mut *out);
                crate::report::json::write(r, &mut buffered)?;
                buffered.flush()
            }
            ReportFormat::Html => out.write_all(crate::report::html::render(r).as_bytes()),
        }?;
        out.flush()
    };
    match to {
        Some(path) => std::fs::File::create(path)
            .and_then(|mut f| write(&mut f))
            .map_err(|e| {
                // `-o .`: say how to name the sheet's file in that folder.
                let hint = if path.is_dir() {
                    format!(" (name a file in it: {})", path.join("review.md").display())
                } else {
                    String::new()
                };
                format!(
                    "cannot write {}: {}{hint}",
                    path.display(),
                    drafts::describe_io(&e)
                )
            }),
        None => {
            let mut out = std::io::stdout().lock();
            match write(&mut out) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(format!("cannot write output: {e}"))
                }
                _ => Ok(()),
            }
        }
    }
}

/// Drafts in order, each with the profile that checks it (see [`drafts()`]).
pub type Drafts = Vec<(drafts::Input, profiles::Resolved)>;

/// The drafts of one `check` or `report` run, each with the profile that checks it: `paths`
/// expanded by [`drafts::collect`] for the extensions `exts` (a leading dot and case ignored), each
/// draft's profile from `profiles` (`--config`, else its nearest `isnad.toml`), and drafts found in
/// folders dropped when their `isnad.toml`'s `[files]` globs exclude them (a file named on the
/// command line is always kept). Returns the drafts in order and (path, message) for the paths that
/// could not be used (a folder with no draft among them). FIFOs, sockets and devices found in
/// folders, and review sheets an earlier `isnad report` wrote there ([`drafts::is_review_sheet`]),
/// are skipped with a note on standard error.
pub fn drafts(
    paths: &[std::path::PathBuf],
    exts: &[String],
    profiles: &mut profiles::Profiles,
) -> (Drafts, Vec<(String, String)>) {
    let exts: Vec<String> = exts
        .iter()
        .map(|e| e.trim_start_matches('.').to_ascii_lowercase())
        .collect();
    let drafts::Collected {
        inputs: found,
        errors,
        special,
        sheets,
    } = drafts::collect(paths, &exts);
    for (p, message) in &special {
        eprintln!("isnad: {}: {message}", p.display());
    }
    for p in &sheets {
        eprintln!(
            "isnad: {}: a review sheet written by isnad report, not a draft: skipped (name it to check it)",
            p.display()
        );
    }
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

/// The rule list as `isnad rules --format json` prints it: `{"version": 1, "rules": [{"id",
/// "default_severity", "summary": {"en", "ar"}, "doc_url"}]}`, rules in the order of
/// [`RULES`].
pub fn rules_json() -> serde_json::Value {
    serde_json::json!({
        "version": 1,
        "rules": RULES.iter().map(|r| r.meta()).map(|r| serde_json::json!({
            "id": r.id,
            "default_severity": r.default_severity.as_str(),
            "summary": {"en": r.summary_en, "ar": r.summary_ar},
            "doc_url": analysis::doc_url(r.id.as_str()),
        })).collect::<Vec<_>>(),
    })
}

/// What the command line asked for, once the CLI has done its part.
#[derive(Debug)]
pub enum Outcome {
    /// The command ran: exit with this status (0 clean, 1 findings, 2 error).
    Exit(ExitCode),
    /// `isnad lsp`: the binary's entry point starts the language server (the CLI never
    /// imports it).
    Serve,
}

/// Runs the CLI with the process arguments; returns [`Outcome::Serve`] for `isnad lsp`, else the
/// exit status of the command.
pub fn main() -> Outcome {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return Outcome::Exit(ExitCode::from(if e.use_stderr() { 2 } else { 0 }));
        }
    };
    if matches!(cli.command, Command::Lsp) {
        return Outcome::Serve;
    }
    Outcome::Exit(run(cli))
}

/// Runs the parsed command line (any command but `lsp`, which [`main`] hands to the binary) and
/// returns its exit status.
fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check(mut args) => {
            args.lang = cli.lang;
            let named = paths_or_stdin(&mut args.paths, "check", cli.lang);
            ExitCode::from(named.map_or_else(|code| code, |()| check(&args)))
        }
        Command::Report(mut args) => {
            args.lang = cli.lang;
            let named = paths_or_stdin(&mut args.paths, "report", cli.lang);
            ExitCode::from(named.map_or_else(|code| code, |()| report(&args)))
        }
        Command::Rules { format, markdown } => {
            let format = if markdown {
                RulesFormat::Markdown
            } else {
                format
            };
            let lang = resolve_lang(cli.lang);
            let mut out = std::io::stdout().lock();
            let written = match format {
                RulesFormat::Markdown => write!(out, "{}", analysis::rules_markdown()),
                RulesFormat::Json => writeln!(out, "{:#}", rules_json()),
                RulesFormat::Text => RULES.iter().map(|r| r.meta()).try_for_each(|r| {
                    let summary = if lang == Lang::Ar {
                        r.summary_ar
                    } else {
                        r.summary_en
                    };
                    writeln!(
                        out,
                        "{:<20} {:<12} {}",
                        r.id.as_str(),
                        r.default_severity.as_str(),
                        summary
                    )
                }),
            };
            printed(written.and_then(|()| out.flush()))
        }
        Command::Explain { rule } => explain(&rule, resolve_lang(cli.lang)),
        // Handed to the binary's entry point by `main`, never run here.
        Command::Lsp => ExitCode::SUCCESS,
    }
}

/// The exit status of a command that printed on standard output, given how the writing went
/// (`written`): success, also when the reader closed the pipe early (`| head`: no error); else
/// the error on standard error and status 2.
fn printed(written: std::io::Result<()>) -> ExitCode {
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("isnad: cannot write output: {e}");
            ExitCode::from(2)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// `isnad explain RULE`: prints the rule's id, default severity, summaries (English and Arabic)
/// and documentation on standard output and returns success; a closed pipe ends the output
/// quietly. An unknown `rule` gets a message in `lang` on standard error, naming the nearest rule
/// id when one is close, and exit status 2.
fn explain(rule: &str, lang: Lang) -> ExitCode {
    match analysis::rule(&rule_id_of(rule)).map(|r| r.meta()) {
        Some(r) => {
            let mut out = std::io::stdout().lock();
            let written = writeln!(
                out,
                "# {}\n\nDefault severity: {}. {} / {}\n\n{}",
                r.id,
                r.default_severity.as_str(),
                r.summary_en,
                r.summary_ar,
                r.doc.trim_end()
            );
            printed(written.and_then(|()| out.flush()))
        }
        None => {
            let near = closest_rule(&rule_id_of(rule));
            if lang == Lang::Ar {
                let hint = near
                    .map(|n| format!(" (هل تقصد `{n}`؟)"))
                    .unwrap_or_default();
                eprintln!("isnad: لا توجد قاعدة باسم «{rule}»{hint}؛ الأمر `isnad rules` يسردها");
            } else {
                let hint = near
                    .map(|n| format!(" (did you mean `{n}`?)"))
                    .unwrap_or_default();
                eprintln!("isnad: unknown rule `{rule}`{hint}; `isnad rules` lists them");
            }
            ExitCode::from(2)
        }
    }
}

/// The pipeline's view of `inputs`: each draft's shown path, format (from its extension) and
/// profile.
pub(crate) fn drafts_of(inputs: &Drafts) -> Vec<analysis::pipeline::Draft<'_>> {
    inputs
        .iter()
        .map(|(input, resolved)| analysis::pipeline::Draft {
            path: &input.display,
            format: crate::text::Format::from_path(&input.display),
            profile: &resolved.profile,
        })
        .collect()
}

/// Appends the broken `isnad.toml` files of `profiles` to `errors` (the paths that could not be
/// used) as "isnad.toml:3:1" places, and prints them on standard error unless
/// `quiet_profile_errors` (text output lists them with the other errors).
fn config_errors(
    profiles: &profiles::Profiles,
    quiet_profile_errors: bool,
    errors: &mut Vec<(String, String)>,
    lang: Lang,
) {
    let arabic = lang == Lang::Ar;
    for e in &profiles.errors {
        // Text output lists the error with the others; JSON and SARIF consumers also get it on
        // stderr.
        if !quiet_profile_errors {
            eprintln!("isnad: {} {}", e.located(arabic), output::config_note(lang));
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
            format!("{} {}", e.message_in(arabic), output::config_note(lang)),
        ));
    }
}

/// Checks every draft of `inputs` (texts from [`text_of`]) through the pipeline for several
/// drafts ([`analysis::pipeline::analyze_texts`]: each draft with its own profile, the names across
/// stories), keeps the findings at or above `threshold`, and turns the broken `isnad.toml` files of
/// `profiles` into errors (appended to `errors`, which holds the paths that could not be used); a
/// panic in the names across stories is one more error. Returns one result per input, in order,
/// each with its text (what `--fix` and `--diff` need).
fn evaluate(
    inputs: &Drafts,
    texts: Vec<Result<String, String>>,
    profiles: &profiles::Profiles,
    threshold: Severity,
    lang: Lang,
    quiet_profile_errors: bool,
    errors: &mut Vec<(String, String)>,
) -> Vec<files::FileResult> {
    let set = {
        let drafts = drafts_of(inputs);
        let borrowed: Vec<Result<&str, String>> = texts
            .iter()
            .map(|t| t.as_deref().map_err(Clone::clone))
            .collect();
        analysis::pipeline::analyze_texts(&drafts, &borrowed, false, &crate::report::guard::Guard)
    };
    let mut results = Vec::with_capacity(inputs.len());
    for (((input, _), text), a) in inputs.iter().zip(texts).zip(set.kept) {
        let mut r = files::FileResult::new(
            &input.display,
            crate::text::Format::from_path(&input.display),
        );
        match text {
            Ok(t) => r.fill(t, a.ok(), threshold, lang),
            Err(e) => r.error = Some(e),
        }
        results.push(r);
    }
    config_errors(profiles, quiet_profile_errors, errors, lang);
    if set.cross_failed {
        errors.push(cross_step_failed(lang));
    }
    results
}

/// Writes `results` and `errors` in `format` to `out` (`paths`: what the text summary counts
/// of the errors, see [`output::path_counts`]).
fn emit(
    out: &mut impl Write,
    format: OutputFormat,
    results: &[files::FileResult],
    errors: &[(String, String)],
    paths: output::Counts,
    lang: Lang,
) -> std::io::Result<()> {
    match format {
        OutputFormat::Json => output::write_json(out, results, errors, lang),
        OutputFormat::Text => output::write_text_counted(out, results, errors, paths, lang),
        OutputFormat::Sarif => sarif::write(out, results, errors, lang),
    }
    .and_then(|()| out.flush())
}

/// The exit status of a check: 2 when something could not be used or checked, else 1 when a
/// finding is left, else 0.
fn status(results: &[files::FileResult], errors: &[(String, String)]) -> u8 {
    if !errors.is_empty() || results.iter().any(|r| r.error.is_some()) {
        2
    } else if results.iter().any(|r| !r.findings.is_empty()) {
        1
    } else {
        0
    }
}

/// `isnad check`: returns the exit status: 0 when nothing at or above the threshold was found, 1
/// when something was, 2 on a usage error ([`usage_error`], a folder with no draft), a path that
/// could not be used, a draft that could not be read or checked, or output that could not be
/// written. With `--fix` the status is that of the check after fixing; with `--diff`, 1 when a
/// draft would change.
pub fn check(args: &CheckArgs) -> u8 {
    let lang = resolve_lang(args.lang);
    set::set_jobs(args.jobs);
    let threshold: Severity = args.min_severity.into();
    if let Some(m) = usage_error(
        &args.paths,
        args.stdin_filename.as_deref(),
        args.unsafe_fixes,
        Some(args.fix || args.diff),
    ) {
        eprintln!("isnad: {}", m.get(lang));
        return 2;
    }
    let Some(mut profiles) = profiles_of(args.config.as_deref(), lang) else {
        return 2;
    };
    let (inputs, mut errors, stdin) = gather(
        &args.paths,
        &args.ext,
        args.stdin_filename.as_deref(),
        &mut profiles,
    );
    let quiet = args.format == OutputFormat::Text;
    if !(args.fix || args.diff) {
        return check_set(args, &inputs, errors, &stdin, &profiles, lang);
    }
    let texts: Vec<Result<String, String>> =
        inputs.iter().map(|(i, _)| text_of(i, &stdin)).collect();
    let before_errors = errors.clone();
    let results = evaluate(
        &inputs,
        texts,
        &profiles,
        threshold,
        lang,
        quiet,
        &mut errors,
    );
    apply_fixes(
        args,
        &inputs,
        results,
        before_errors,
        &errors,
        &profiles,
        lang,
    )
}

/// The configuration of `--config` (`explicit`), or the nearest `isnad.toml` per draft (see
/// [`profiles::Profiles::new`]); `None` after printing every error of a broken `--config` file,
/// in `lang`.
fn profiles_of(explicit: Option<&std::path::Path>, lang: Lang) -> Option<profiles::Profiles> {
    match profiles::Profiles::new(explicit) {
        Ok(p) => Some(p),
        Err(errors) => {
            for e in errors {
                match lang {
                    Lang::En => eprintln!("isnad: {e}"),
                    Lang::Ar => eprintln!("isnad: {}", e.located(true)),
                }
            }
            None
        }
    }
}

/// `isnad check` without `--fix` or `--diff`: the drafts of `inputs` (texts from [`text_of`],
/// standard input's from `stdin`) through [`set::check`], the path `errors` and the broken
/// `isnad.toml` files of `profiles` written with them, to standard output. Returns the exit status
/// (see [`check`]).
fn check_set(
    args: &CheckArgs,
    inputs: &Drafts,
    mut errors: Vec<(String, String)>,
    stdin: &Option<Result<String, String>>,
    profiles: &profiles::Profiles,
    lang: Lang,
) -> u8 {
    let paths = output::path_counts(&errors, profiles.broken_files());
    config_errors(
        profiles,
        args.format == OutputFormat::Text,
        &mut errors,
        lang,
    );
    let progress = set::Progress::new(inputs.len(), args.quiet);
    let load = |i: usize| text_of(&inputs[i].0, stdin);
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    match set::check(
        &mut out,
        inputs,
        &load,
        args.format,
        args.min_severity.into(),
        lang,
        &mut errors,
        paths,
        &progress,
    ) {
        (_, Err(e)) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("isnad: cannot write output: {e}");
            2
        }
        (c, _) => {
            if !errors.is_empty() || c.failed > 0 {
                2
            } else if c.with_findings > 0 {
                1
            } else {
                0
            }
        }
    }
}

/// `isnad check --fix` / `--diff` after the first check (`results`, one per input; `errors` the
/// paths that could not be used, `first_errors` those and the errors the first check added):
/// fixes each draft ([`fix::fix_text`]), then either prints the
/// diffs (`--diff`, nothing written), or writes the files that changed, reports what was fixed on
/// standard error and prints the check of the fixed drafts. For standard input the fixed draft
/// goes to standard output and the check to standard error. A draft whose `isnad.toml` could not
/// be used ([`profiles::Resolved::broken`]) is neither fixed nor diffed: standard error says so
/// and it comes back unchanged. Returns the exit status (see [`check`]).
///
#[allow(clippy::too_many_arguments)]
fn apply_fixes(
    args: &CheckArgs,
    inputs: &Drafts,
    results: Vec<files::FileResult>,
    mut errors: Vec<(String, String)>,
    first_errors: &[(String, String)],
    profiles: &profiles::Profiles,
    lang: Lang,
) -> u8 {
    let threshold: Severity = args.min_severity.into();
    let mut stdout = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    let mut texts: Vec<Result<String, String>> = Vec::with_capacity(results.len());
    let (mut fixed_files, mut fixed_total, mut changed) = (0usize, 0usize, false);
    let mut stdin_text: Option<String> = None;
    for (r, (input, resolved)) in results.iter().zip(inputs) {
        if let Some(e) = &r.error {
            texts.push(Err(e.clone()));
            continue;
        }
        // The embedded profile stood in for a broken isnad.toml: its fixes (a comma, a letter,
        // a spelling the newsroom may have turned off or chosen otherwise) are not the house's,
        // so the draft is left as it is and said to be.
        if let Some(cfg) = &resolved.broken {
            // Said here, before the fixes of the other drafts; the exit status is 2 already
            // (the broken file is among the errors the check after the fixes reports).
            eprintln!("isnad: {}: {}", r.display, not_fixed_for(cfg, lang));
            if input.stdin {
                stdin_text = Some(r.text.clone());
            }
            texts.push(Ok(r.text.clone()));
            continue;
        }
        let fixed = fix::fix_text(
            &r.display,
            &r.text,
            &r.findings,
            r.format,
            &resolved.profile,
            threshold,
            args.unsafe_fixes,
        );
        if input.stdin {
            stdin_text = Some(fixed.text.clone());
        }
        if fixed.text == r.text {
            texts.push(Ok(fixed.text));
            continue;
        }
        changed = true;
        match put_fixed(args.diff, &mut stdout, r, input, &fixed, lang) {
            Put::Done => {}
            Put::OutputClosed => break,
            Put::WriteFailed(e) => {
                errors.push((r.display.clone(), e));
                texts.push(Ok(r.text.clone()));
                continue;
            }
        }
        fixed_files += 1;
        fixed_total += fixed.total();
        texts.push(Ok(fixed.text));
    }
    if args.diff {
        let _ = stdout.flush();
        // An empty diff is not a clean draft: say what only --unsafe-fixes would change.
        note_unsafe_left(&results, args.unsafe_fixes, true, lang);
        return diff_status(first_errors, &results, &errors, changed, lang);
    }
    drop(results);
    // Said for standard input too (on standard error, beside the findings): a fixed draft on
    // standard output with no word of what changed left the user to diff it by hand.
    if lang == Lang::Ar {
        eprintln!("isnad: أُصلح {fixed_total} في {fixed_files} ملف");
    } else {
        eprintln!("isnad: fixed {fixed_total} in {fixed_files} file(s)");
    }
    check_fixed(
        args, inputs, texts, errors, stdin_text, profiles, lang, stdout,
    )
}

/// Why a draft governed by the broken configuration file `cfg` was not fixed, in `lang`.
fn not_fixed_for(cfg: &std::path::Path, lang: Lang) -> String {
    match lang {
        Lang::Ar => format!("لم يُصلح: تعذر استعمال {} (أصلح أخطاءه أولاً)", cfg.display()),
        Lang::En => format!(
            "not fixed: {} could not be used (fix its errors first)",
            cfg.display()
        ),
    }
}

/// What [`put_fixed`] did with a fixed draft.
enum Put {
    /// The diff was printed or the file written (or, for standard input, nothing yet).
    Done,
    /// Standard output is closed: stop printing diffs.
    OutputClosed,
    /// The file could not be written: the error's message.
    WriteFailed(String),
}

/// Puts out one draft `r` (of `input`) that `fixed` changed: with `diff`, its unified diff on
/// `stdout`; otherwise the fixed text written to its file (standard input's is printed later, by
/// [`check_fixed`]). Says on standard error how many fixes, of which rules, in `lang`, for
/// standard input too (its display name, `<stdin>` or `--stdin-filename`).
fn put_fixed(
    diff: bool,
    stdout: &mut impl Write,
    r: &files::FileResult,
    input: &drafts::Input,
    fixed: &fix::Fixed,
    lang: Lang,
) -> Put {
    let n = fixed.total();
    let what = fix::summary(&fixed.by_rule);
    if diff {
        let d = fix::unified_diff(&r.text, &fixed.text, &r.display);
        if stdout.write_all(d.as_bytes()).is_err() {
            return Put::OutputClosed;
        }
        if lang == Lang::Ar {
            eprintln!("isnad: {}: سيُصلح {n} ({what})", r.display);
        } else {
            eprintln!("isnad: {}: would fix {n} ({what})", r.display);
        }
    } else {
        if !input.stdin {
            if let Err(e) = std::fs::write(&input.path, fixed.text.as_bytes()) {
                return Put::WriteFailed(format!(
                    "cannot write the fixed draft: {}",
                    drafts::describe_io(&e)
                ));
            }
        }
        if lang == Lang::Ar {
            eprintln!("isnad: {}: أُصلح {n} ({what})", r.display);
        } else {
            eprintln!("isnad: {}: fixed {n} ({what})", r.display);
        }
    }
    Put::Done
}

/// The check after `--fix`: the fixed `texts` (one per input; `errors` the paths and drafts that
/// could not be used or written) checked again and written to `stdout`, or, for a draft on
/// standard input (`stdin_text`, its fixed text), that text on standard output and the check on
/// standard error. Returns the exit status (see [`check`]).
#[allow(clippy::too_many_arguments)]
fn check_fixed(
    args: &CheckArgs,
    inputs: &Drafts,
    texts: Vec<Result<String, String>>,
    mut errors: Vec<(String, String)>,
    stdin_text: Option<String>,
    profiles: &profiles::Profiles,
    lang: Lang,
    mut stdout: impl Write,
) -> u8 {
    let paths = output::path_counts(&errors, profiles.broken_files());
    let after = evaluate(
        inputs,
        texts,
        profiles,
        args.min_severity.into(),
        lang,
        args.format == OutputFormat::Text,
        &mut errors,
    );
    note_unsafe_left(&after, args.unsafe_fixes, false, lang);
    let written = match stdin_text {
        Some(t) => {
            // The fixed draft on standard output, the check on standard error.
            let mut err = std::io::stderr().lock();
            stdout
                .write_all(t.as_bytes())
                .and_then(|()| stdout.flush())
                .and_then(|()| emit(&mut err, args.format, &after, &errors, paths, lang))
        }
        None => emit(&mut stdout, args.format, &after, &errors, paths, lang),
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("isnad: cannot write output: {e}");
        return 2;
    }
    status(&after, &errors)
}

/// The exit status of `isnad check --diff` (nothing written), after printing on standard error
/// the errors of the first check (`first_errors`) and of the drafts in `results`: 2 when a draft
/// could not be used (`errors` included), 1 when a diff was printed (`changed`), 0 otherwise.
fn diff_status(
    first_errors: &[(String, String)],
    results: &[files::FileResult],
    errors: &[(String, String)],
    changed: bool,
    lang: Lang,
) -> u8 {
    for (p, e) in first_errors {
        eprintln!("isnad: {p}: {}", output::file_error(e, lang));
    }
    for r in results {
        if let Some(e) = &r.error {
            eprintln!("isnad: {}: {}", r.display, output::file_error(e, lang));
        }
    }
    let failed =
        !first_errors.is_empty() || !errors.is_empty() || results.iter().any(|r| r.error.is_some());
    if failed {
        2
    } else if changed {
        1
    } else {
        0
    }
}

/// After `isnad check --fix`, says on standard error how many findings of the fixed drafts
/// (`after`) still have a fix that `--unsafe-fixes` (given: `unsafe_fixes`) would apply, and of
/// which rules; after `--diff` (`diff`), the same of the drafts as they are (nothing was applied),
/// and that `--diff --unsafe-fixes` shows them, so an empty diff is not read as a clean draft.
/// Prints nothing when no such fix is left.
fn note_unsafe_left(after: &[files::FileResult], unsafe_fixes: bool, diff: bool, lang: Lang) {
    let mut by_rule: Vec<(&'static str, usize)> = Vec::new();
    for f in after.iter().flat_map(|r| &r.findings) {
        if !f.fixes.iter().any(|x| {
            x.applicability != crate::analysis::finding::Applicability::Template
                && !fix::allowed(x.applicability, unsafe_fixes)
        }) {
            continue;
        }
        let rule = f.rule;
        match by_rule.iter_mut().find(|(id, _)| *id == rule) {
            Some((_, n)) => *n += 1,
            None => by_rule.push((rule, 1)),
        }
    }
    let left_unsafe: usize = by_rule.iter().map(|(_, n)| n).sum();
    if left_unsafe == 0 {
        return;
    }
    let what = fix::summary(&by_rule);
    match (lang, diff) {
        (Lang::Ar, true) => eprintln!(
            "isnad: إصلاحات أخرى تحتاج إلى قراءة: {left_unsafe} ({what})؛ ‎--diff --unsafe-fixes يعرضها و‎--fix --unsafe-fixes يطبّقها"
        ),
        (Lang::Ar, false) => eprintln!(
            "isnad: إصلاحات أخرى تحتاج إلى قراءة: {left_unsafe} ({what})؛ ‎--fix --unsafe-fixes يطبّقها"
        ),
        (_, true) => eprintln!(
            "isnad: {left_unsafe} more fix(es) need reading ({what}): --diff --unsafe-fixes shows them, --fix --unsafe-fixes applies them"
        ),
        (_, false) => eprintln!(
            "isnad: {left_unsafe} more fix(es) need reading ({what}): --fix --unsafe-fixes applies them"
        ),
    }
}

/// The error line of a cross-story step that panicked (the panic itself is printed on standard
/// error by the guard): its place, «(names across stories)» in `lang`, and the internal-error
/// message.
pub(crate) fn cross_step_failed(lang: Lang) -> (String, String) {
    let place = if lang == Lang::Ar {
        "(الأسماء عبر القصص)"
    } else {
        "(names across stories)"
    };
    (
        place.to_string(),
        crate::report::guard::internal_error(lang),
    )
}

/// A rule id as a user may type it for `isnad explain`: trimmed, lowercase, `_` read as `-`
/// (`NAME_VARIANT` → `name-variant`).
fn rule_id_of(typed: &str) -> String {
    typed.trim().to_lowercase().replace('_', "-")
}

/// The rule id closest to `typed` (already through [`rule_id_of`]) by edit distance in
/// characters, when at most 3 edits away; `None` otherwise.
fn closest_rule(typed: &str) -> Option<&'static str> {
    crate::text::distance::closest(typed, crate::rules::RuleId::IDS, 3, str::to_string)
}

#[cfg(test)]
mod explain_tests {
    use super::*;

    #[test]
    fn explain_reads_rule_ids_in_any_case_and_suggests_a_near_one() {
        assert_eq!(rule_id_of(" NAME_VARIANT "), "name-variant");
        assert_eq!(closest_rule("name-varient"), Some("name-variant"));
        assert_eq!(closest_rule("tatwel"), Some("tatweel"));
        assert_eq!(closest_rule("spelling"), None);
        assert_eq!(crate::text::distance::edit_distance("كتاب", "كتب"), 1);
    }
}
