//! The result of checking one draft on the command line. Finding and reading drafts is
//! [`crate::drafts`]; the pipeline that checks them is [`crate::analysis::pipeline`].

use crate::analysis::{self, Finding, Lang, Severity};
use crate::report::guard;
use crate::text::Format;

/// The result of checking one file.
#[derive(Clone, Debug)]
pub struct FileResult {
    /// Path as shown.
    pub display: String,
    /// The file's text (empty when it could not be read).
    pub text: String,
    /// Findings at or above the threshold.
    pub findings: Vec<Finding>,
    /// Why the file could not be checked.
    pub error: Option<String>,
    /// The format the file was read as (from its extension).
    pub format: Format,
    /// The names found in the file (for the folder-wide name check).
    pub names: Vec<analysis::names::Entity>,
    /// How many findings fell below the threshold and were dropped (the text summary says so,
    /// so that "0 other" is not read as "nothing else was seen").
    pub hidden: usize,
    /// The lowest severity among the dropped findings (the threshold that would show them all),
    /// `None` when none was dropped.
    pub hidden_floor: Option<Severity>,
}

impl FileResult {
    /// An empty result (no text, no findings, no error) for the draft shown as `display`.
    pub fn new(display: &str, format: Format) -> FileResult {
        FileResult {
            display: display.to_string(),
            text: String::new(),
            findings: Vec::new(),
            error: None,
            format,
            names: Vec::new(),
            hidden: 0,
            hidden_floor: None,
        }
    }

    /// Fills the result of a draft whose text is `text` from its `analysis` (`None`: the analysis
    /// panicked, and the error is [`guard::internal_error`] in `lang`), keeping findings at or
    /// above `threshold`.
    pub fn fill(
        &mut self,
        text: String,
        analysis: Option<analysis::Analysis>,
        threshold: Severity,
        lang: Lang,
    ) {
        match analysis {
            Some(mut a) => {
                let all = a.findings.len();
                self.hidden_floor = hidden_floor(&a.findings, threshold);
                a.findings.retain(|f| f.severity <= threshold);
                self.hidden = all - a.findings.len();
                self.findings = a.findings;
                self.names = a.names;
                self.text = text;
            }
            None => self.error = Some(guard::internal_error(lang)),
        }
    }
}

/// The lowest severity (the last in LSP's order) among `findings` below `threshold`: the
/// `--min-severity` that shows every finding the threshold hides; `None` when it hides none.
pub fn hidden_floor(findings: &[Finding], threshold: Severity) -> Option<Severity> {
    findings
        .iter()
        .map(|f| f.severity)
        .filter(|&s| s > threshold)
        .max()
}
