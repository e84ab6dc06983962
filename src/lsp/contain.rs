//! Containment in the server: one draft's analysis (or one request) that panics must not take down
//! another draft, the workspace index or the server.
//!
//! The catching itself is the crate's one way, [`crate::report::guard::run`] (the hook installed by
//! [`install_hook`] records the panic's message, place and, with `RUST_BACKTRACE`, backtrace);
//! [`catch`] adds the server's part: it logs the panic through `tracing` (on stderr). A draft
//! whose analysis panicked gets one [`internal_error_diagnostic`] at its top, with the message of
//! [`guard::internal_error`].
//!
//! Tests need a panic on demand: [`test_panic`] is [`guard::test_hook`] (the environment variable
//! [`guard::TEST_PANIC_ENV`], debug builds only).

use crate::analysis::Lang;
use crate::report::guard;
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Position, Range};
use tracing::error;

/// The `code` of the diagnostic published when checking a draft panicked.
pub const INTERNAL_ERROR: &str = "internal-error";

/// The `code` of the diagnostic published on a draft that is not text (a binary file opened in
/// the editor): [`not_a_draft_diagnostic`].
pub const NOT_A_DRAFT: &str = "not-a-draft";

/// Installs (once per process) the panic hook of [`guard::install_hook`].
pub fn install_hook() {
    guard::install_hook();
}

/// Runs `f`; returns its value, or, when it panics, logs the panic (`what` names the work, e.g.
/// "analysis of file:///…") with its place and backtrace when there is one, and returns `Err`
/// with the panic message.
pub fn catch<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, String> {
    guard::run(f).map_err(|p| {
        let trace = p.backtrace.as_deref().unwrap_or_default();
        error!("internal error in {what}: {} {trace}", p.detail);
        p.message
    })
}

/// The server's containment for [`crate::analysis::pipeline::analyze_texts`] (the review sheet): each step inside
/// [`catch`] (a panic logged, naming the draft or "names across stories"), [`test_panic`] before
/// each draft.
pub struct Contained;

impl crate::analysis::pipeline::Contain for Contained {
    fn run<T>(&self, what: &str, f: impl FnOnce() -> T) -> Option<T> {
        catch(what, f).ok()
    }

    fn before(&self, text: &str) {
        test_panic(text);
    }
}

/// The message shown for a draft that could not be checked, in `lang`: [`guard::internal_error`].
pub fn internal_error_message(lang: Lang) -> String {
    guard::internal_error(lang)
}

/// The one diagnostic published for a draft whose check panicked: an error at the very top of the
/// draft (the empty range 0:0–0:0), `source` isnad, `code` [`INTERNAL_ERROR`].
pub fn internal_error_diagnostic(lang: Lang) -> Diagnostic {
    Diagnostic {
        range: Range::new(Position::new(0, 0), Position::new(0, 0)),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String(INTERNAL_ERROR.to_string())),
        source: Some(super::diagnostics::SOURCE.to_string()),
        message: internal_error_message(lang),
        ..Diagnostic::default()
    }
}

/// The one diagnostic published for an open draft whose text [`crate::drafts::looks_binary`]: a
/// warning at the very top (the empty range 0:0–0:0), `source` isnad, `code` [`NOT_A_DRAFT`],
/// the command line's message for such a file in `lang` ([`crate::drafts::BINARY`]) and that it
/// was not checked. The draft is not analysed: its bytes are no Arabic copy, and the findings
/// (an unbalanced quotation mark in a zip file) would be noise.
pub fn not_a_draft_diagnostic(lang: Lang) -> Diagnostic {
    let what = crate::report::file_error(crate::drafts::BINARY, lang);
    let message = match lang {
        Lang::En => format!("{what}; not checked"),
        Lang::Ar => format!("{what}؛ لم يُفحص"),
    };
    Diagnostic {
        range: Range::new(Position::new(0, 0), Position::new(0, 0)),
        severity: Some(DiagnosticSeverity::WARNING),
        code: Some(NumberOrString::String(NOT_A_DRAFT.to_string())),
        source: Some(super::diagnostics::SOURCE.to_string()),
        message,
        ..Diagnostic::default()
    }
}

/// Debug builds only: panics when `text` holds the marker of [`guard::TEST_PANIC_ENV`] (see
/// [`guard::test_hook`]). Release builds compile it to nothing.
pub fn test_panic(text: &str) {
    guard::test_hook(text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_and_the_diagnostic_names_the_version() {
        install_hook();
        assert_eq!(catch("sum", || 2 + 2), Ok(4));
        let r: Result<(), String> = catch("boom", || panic!("slice at {}", 3));
        assert_eq!(r, Err("slice at 3".to_string()));
        let d = internal_error_diagnostic(Lang::En);
        assert_eq!(d.range, Range::default());
        assert_eq!(d.severity, Some(DiagnosticSeverity::ERROR));
        assert_eq!(
            d.code,
            Some(NumberOrString::String("internal-error".into()))
        );
        assert_eq!(
            d.message,
            format!(
                "internal error while checking (please report it, with the isnad version: {})",
                env!("CARGO_PKG_VERSION")
            )
        );
        assert!(
            internal_error_diagnostic(Lang::Ar)
                .message
                .starts_with("خطأ داخلي")
        );
    }
}
