//! `isnad check` over many drafts on every core, in bounded memory: each draft is read, analysed
//! and rendered in parallel ([`crate::analysis::pipeline::analyze_set`]), and only its rendered
//! output and its name summary are kept; the cross-story step runs once over the summaries; the
//! few drafts that get a cross-story finding are read and analysed again to render them with it.
//! The output is written in the order of the drafts, byte for byte what checking them one by one
//! writes. Also the progress bar of `check` and `report` ([`Progress`]) and the thread pool
//! (`--jobs`, [`set_jobs`]).

use super::files::FileResult;
use super::output::{self, Tally};
use super::sarif::{self, SarifResult};
use super::{OutputFormat, cross_step_failed, drafts_of};
use crate::analysis::pipeline::{self, Failed};
use crate::analysis::{Finding, Lang, Severity};
use crate::text::{Format, LineIndex};
use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A progress bar on standard error for runs over many drafts: drawn only once the run has taken
/// [`Progress::AFTER`], only when standard error is a terminal, never with `--quiet`.
pub struct Progress {
    bar: indicatif::ProgressBar,
    start: Instant,
    shown: AtomicBool,
    allowed: bool,
}

impl Progress {
    /// How long a run goes before its bar is drawn (short runs print nothing).
    pub const AFTER: Duration = Duration::from_secs(1);

    /// A bar for `len` drafts; `quiet` (`--quiet`) hides it. Hidden as well when standard error
    /// is not a terminal ([`Progress::allowed`]).
    pub fn new(len: usize, quiet: bool) -> Progress {
        use std::io::IsTerminal;
        let bar = indicatif::ProgressBar::hidden();
        bar.set_length(len as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{prefix} [{bar:30}] {pos}/{len} drafts, {elapsed}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix("isnad");
        Progress {
            bar,
            start: Instant::now(),
            shown: AtomicBool::new(false),
            allowed: Progress::allowed(quiet, std::io::stderr().is_terminal()),
        }
    }

    /// True when a bar may be drawn: not `quiet` and standard error is a terminal
    /// (`stderr_is_terminal`).
    pub fn allowed(quiet: bool, stderr_is_terminal: bool) -> bool {
        !quiet && stderr_is_terminal
    }

    /// One more draft done; draws the bar once the run is older than [`Progress::AFTER`].
    pub fn tick(&self) {
        self.bar.inc(1);
        if self.allowed
            && !self.shown.load(Ordering::Relaxed)
            && self.start.elapsed() >= Progress::AFTER
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }

    /// Removes the bar from the terminal (when it was drawn).
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Sets the number of threads that check drafts (`--jobs N`; 1 checks them one by one on one
/// thread). `None` or 0 keeps rayon's default (one per core, or `RAYON_NUM_THREADS`). `N` is
/// capped at [`MAX_JOBS_PER_CORE`] threads per core: the work is CPU-bound, so more threads gain
/// nothing, and thousands of them exhaust memory (`-j 99999` aborted before the cap). An error
/// (the pool already built) is ignored: the default pool is used.
pub fn set_jobs(jobs: Option<usize>) {
    if let Some(n) = jobs.filter(|&n| n > 0) {
        let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.min(cores * MAX_JOBS_PER_CORE))
            .build_global();
    }
}

/// The most threads per core `--jobs` starts (see [`set_jobs`]).
pub const MAX_JOBS_PER_CORE: usize = 4;

/// A 64-bit fingerprint of a draft's text, to tell whether it changed between two readings.
pub fn fingerprint(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// The error of a draft that changed on disk while it was checked (read twice, two texts).
pub const CHANGED: &str = "the draft changed while it was checked; check it again";

/// One draft's output, rendered while its text was at hand.
enum Rendered {
    /// Text output and the counts of its findings.
    Text(Vec<u8>, Tally),
    /// Its JSON entry.
    Json(Vec<u8>),
    /// Its SARIF results, or its notification.
    Sarif(Vec<SarifResult>, Option<sarif::Notification>),
}

/// What the check keeps of one draft between the two passes: its rendered output (without
/// cross-story findings) and the fingerprint of its text.
struct Kept {
    rendered: Rendered,
    fingerprint: u64,
    /// Its number of findings at or above the threshold.
    found: usize,
}

/// Everything the rendering of one draft needs besides the draft.
struct Ctx<'a> {
    format: OutputFormat,
    threshold: Severity,
    lang: Lang,
    inputs: &'a super::Drafts,
    load: &'a (dyn Fn(usize) -> Result<String, String> + Sync),
    by_path: HashMap<&'a str, usize>,
    prints: Vec<Option<u64>>,
}

impl Ctx<'_> {
    /// Renders draft `i` (text `text`, `findings` already merged and filtered) in the output
    /// format; related places in other drafts are found by reading those drafts again.
    fn render(&self, r: &FileResult) -> Rendered {
        match self.format {
            OutputFormat::Text => {
                let lines = LineIndex::new(&r.text);
                let mut buf = Vec::new();
                let others = |p: &str, at: usize| {
                    let (text, lines) = self.other(p)?;
                    Some(lines.position(&text, at))
                };
                let tally =
                    output::text_file(&mut buf, r, &lines, &others, self.lang).unwrap_or_default();
                // Held until the whole folder is checked: no spare capacity.
                buf.shrink_to_fit();
                Rendered::Text(buf, tally)
            }
            OutputFormat::Json => {
                // `json_file` indexes the lines itself (only when the draft has findings).
                let mut buf = Vec::new();
                let _ = output::json_file(&mut buf, r, self.lang);
                buf.shrink_to_fit();
                Rendered::Json(buf)
            }
            OutputFormat::Sarif => {
                let lines = LineIndex::new(&r.text);
                let others = |p: &str, range: &std::ops::Range<usize>| {
                    let (text, lines) = self.other(p)?;
                    Some(sarif::region(&text, &lines, range))
                };
                let (found, note) = sarif::file_results(r, &lines, &others, self.lang);
                Rendered::Sarif(found, note)
            }
        }
    }

    /// The text and line index of the draft shown as `path`, read again (`None` when there is no
    /// such draft, it cannot be read, or it changed since it was checked).
    fn other(&self, path: &str) -> Option<(String, LineIndex)> {
        let &i = self.by_path.get(path)?;
        let text = (self.load)(i).ok()?;
        if Some(fingerprint(&text)) != self.prints[i] {
            return None;
        }
        let lines = LineIndex::new(&text);
        Some((text, lines))
    }

    /// What pass 1 kept, ready for pass 2: remembers each draft's fingerprint and index by shown
    /// path (to find related places in other drafts), and turns each failure into its message.
    fn after_pass_one(&mut self, kept: Vec<Result<Kept, Failed>>) -> Vec<Result<Kept, String>> {
        self.prints = kept
            .iter()
            .map(|k| k.as_ref().ok().map(|k| k.fingerprint))
            .collect();
        for (i, (input, _)) in self.inputs.iter().enumerate() {
            self.by_path.entry(input.display.as_str()).or_insert(i);
        }
        kept.into_iter()
            .map(|k| {
                k.map_err(|e| match e {
                    Failed::Read(m) => m,
                    Failed::Panicked => crate::report::guard::internal_error(self.lang),
                })
            })
            .collect()
    }

    /// Pass 2 for the drafts with cross-story findings (`cross[i]` for draft `i` of `drafts`):
    /// each is read again (a changed text is an error, never wrong offsets), analysed again under
    /// the panic guard, its cross-story findings merged, and rendered again into `kept[i]`.
    fn with_cross(
        &self,
        drafts: &[pipeline::Draft],
        kept: &mut [Result<Kept, String>],
        cross: Vec<Vec<Finding>>,
    ) {
        for (i, cross) in cross.into_iter().enumerate() {
            if cross.is_empty() {
                continue;
            }
            let Ok(k) = &kept[i] else { continue };
            let again = (self.load)(i).and_then(|text| {
                if fingerprint(&text) != k.fingerprint {
                    return Err(CHANGED.to_string());
                }
                let d = &drafts[i];
                let mut a =
                    crate::report::guard::analyze(&text, d.format, d.profile).map_err(|p| {
                        crate::report::guard::eprint(d.path, &p);
                        crate::report::guard::internal_error(self.lang)
                    })?;
                pipeline::merge_cross(&text, &mut a.findings, cross);
                Ok(self.result(i, text, a.findings))
            });
            kept[i] = again.map(|r| Kept {
                rendered: self.render(&r),
                fingerprint: k.fingerprint,
                found: r.findings.len(),
            });
        }
    }

    /// The output of draft `i`, which could not be read or checked (`e` says why).
    fn failed(&self, i: usize, e: &str) -> Rendered {
        let mut r = FileResult::new(&self.inputs[i].0.display, Format::Plain);
        r.error = Some(e.to_string());
        self.render(&r)
    }

    /// The result of draft `i` whose text is `text` and findings `findings` (all severities).
    fn result(&self, i: usize, text: String, mut findings: Vec<Finding>) -> FileResult {
        let display = &self.inputs[i].0.display;
        let mut r = FileResult::new(display, Format::from_path(display));
        let all = findings.len();
        r.hidden_floor = super::files::hidden_floor(&findings, self.threshold);
        findings.retain(|f| f.severity <= self.threshold);
        r.hidden = all - findings.len();
        r.findings = findings;
        r.text = text;
        r
    }
}

/// What [`check`] found, for the exit status and the notes after the output.
pub struct Checked {
    /// Drafts with at least one finding at or above the threshold.
    pub with_findings: usize,
    /// Drafts that could not be read or checked.
    pub failed: usize,
    /// True when the cross-story step panicked.
    pub cross_failed: bool,
}

/// `isnad check` without `--fix` or `--diff` over `inputs` (their texts from `load`), written to
/// `out` in `format` after the path `errors` (and the `isnad.toml` errors `configs`, appended to
/// them by the caller before: see [`super::check`]); `paths` counts what is not a draft among the
/// errors, for the text summary. `progress` ticks once per draft analysed. Returns what was found,
/// and whether the output could be written.
#[allow(clippy::too_many_arguments)]
pub fn check(
    out: &mut impl Write,
    inputs: &super::Drafts,
    load: &(dyn Fn(usize) -> Result<String, String> + Sync),
    format: OutputFormat,
    threshold: Severity,
    lang: Lang,
    errors: &mut Vec<(String, String)>,
    paths: output::Counts,
    progress: &Progress,
) -> (Checked, std::io::Result<()>) {
    let drafts = drafts_of(inputs);
    let mut ctx = Ctx {
        format,
        threshold,
        lang,
        inputs,
        load,
        by_path: HashMap::new(),
        prints: Vec::new(),
    };
    let set = pipeline::analyze_set(
        &drafts,
        load,
        |i, text, a, _| {
            let r = ctx.result(i, text.to_string(), a.findings);
            Kept {
                rendered: ctx.render(&r),
                fingerprint: fingerprint(text),
                found: r.findings.len(),
            }
        },
        false,
        &crate::report::guard::Guard,
        &|| progress.tick(),
    );
    progress.finish();
    if set.cross_failed {
        errors.push(cross_step_failed(lang));
    }
    let mut kept = ctx.after_pass_one(set.kept);
    ctx.with_cross(&drafts, &mut kept, set.cross);
    let mut checked = Checked {
        with_findings: 0,
        failed: 0,
        cross_failed: set.cross_failed,
    };
    let rendered: Vec<Rendered> = kept
        .into_iter()
        .enumerate()
        .map(|(i, k)| match k {
            Ok(k) => {
                checked.with_findings += usize::from(k.found > 0);
                k.rendered
            }
            Err(e) => {
                checked.failed += 1;
                ctx.failed(i, &e)
            }
        })
        .collect();
    let written = write(
        out,
        format,
        errors,
        rendered,
        paths,
        inputs.len(),
        checked.failed,
        lang,
    );
    (checked, written)
}

/// Writes the output of [`check`]: the path `errors`, then each draft's `rendered` output in
/// order, then the summary (text: `paths` and `files` drafts, `failed` of which could not be
/// checked) or the closing of the JSON object or SARIF log.
#[allow(clippy::too_many_arguments)]
fn write(
    out: &mut impl Write,
    format: OutputFormat,
    errors: &[(String, String)],
    rendered: Vec<Rendered>,
    paths: output::Counts,
    files: usize,
    failed: usize,
    lang: Lang,
) -> std::io::Result<()> {
    match format {
        OutputFormat::Text => {
            output::text_errors(out, errors, lang)?;
            let mut tally = Tally::default();
            for r in &rendered {
                if let Rendered::Text(buf, t) = r {
                    out.write_all(buf)?;
                    tally.add(*t);
                }
            }
            let mut counts = paths;
            counts.files += files;
            counts.unread += failed;
            output::text_summary(out, tally, counts, lang)?;
        }
        OutputFormat::Json => {
            out.write_all(b"{\"files\":[")?;
            let mut first = true;
            for (path, e) in errors {
                if !std::mem::replace(&mut first, false) {
                    out.write_all(b",")?;
                }
                serde_json::to_writer(&mut *out, &output::error_json(path, e, lang))?;
            }
            for r in &rendered {
                if let Rendered::Json(buf) = r {
                    if !std::mem::replace(&mut first, false) {
                        out.write_all(b",")?;
                    }
                    out.write_all(buf)?;
                }
            }
            out.write_all(b"],\"version\":1}\n")?;
        }
        OutputFormat::Sarif => {
            let mut notes = sarif::notifications(errors, lang);
            let mut results = Vec::new();
            for r in rendered {
                if let Rendered::Sarif(found, note) = r {
                    results.extend(found);
                    notes.extend(note);
                }
            }
            serde_json::to_writer_pretty(&mut *out, &sarif::assemble(results, notes, lang))?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_is_drawn_only_on_a_terminal_and_never_when_quiet() {
        assert!(Progress::allowed(false, true));
        assert!(!Progress::allowed(false, false));
        assert!(!Progress::allowed(true, true));
        assert!(!Progress::allowed(true, false));
    }

    #[test]
    fn fingerprints_tell_two_texts_apart() {
        assert_eq!(fingerprint("قال الوزير"), fingerprint("قال الوزير"));
        assert_ne!(fingerprint("قال الوزير"), fingerprint("قال الوزيز"));
    }
}
