//! Containment: one draft's analysis (or one request) that panics must not take down another draft,
//! the workspace index or the server.
//!
//! [`catch`] runs a closure and turns a panic into an `Err` after logging it with its backtrace
//! (through `tracing`, on stderr). The panic hook installed by [`install_hook`] records the
//! location and backtrace of the panic on the panicking thread, where [`catch`] picks them up.
//! A draft whose analysis panicked gets one [`internal_error_diagnostic`] at its top.
//!
//! Tests need a panic on demand: [`test_panic`] panics when the text holds the value of the
//! environment variable [`TEST_PANIC_ENV`]. It exists only in debug builds (`cfg(debug_assertions)`:
//! `cargo test` builds, never a release binary) and only while that variable is set and non-empty,
//! so it cannot fire in normal use.

use crate::analysis::Lang;
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Position, Range};
use tracing::error;

/// The `code` of the diagnostic published when checking a draft panicked.
pub const INTERNAL_ERROR: &str = "internal-error";

/// Environment variable naming a marker text that makes [`test_panic`] panic (debug builds only).
pub const TEST_PANIC_ENV: &str = "ISNAD_TEST_PANIC";

thread_local! {
    /// The location and backtrace of the last panic on this thread, set by the hook.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs (once per process) a panic hook that records each panic's location and backtrace for
/// [`catch`] on the panicking thread, then runs the previous hook (which prints to stderr).
pub fn install_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let at = info
                .location()
                .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
                .unwrap_or_default();
            let trace = std::backtrace::Backtrace::force_capture();
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("at {at}\n{trace}")));
            previous(info);
        }));
    });
}

/// Runs `f`; returns its value, or, when it panics, logs the panic (`what` names the work, e.g.
/// "analysis of file:///…"), with its message and backtrace when the hook of [`install_hook`] is
/// in place, and returns `Err` with the panic message.
pub fn catch<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, String> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(v) => Ok(v),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".to_string());
            let trace = LAST_PANIC
                .with(|p| p.borrow_mut().take())
                .unwrap_or_default();
            error!("internal error in {what}: {message} {trace}");
            Err(message)
        }
    }
}

/// The server's containment for [`crate::analysis::pipeline::analyze_set`]: each step inside
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

/// The message shown for a draft that could not be checked, in `lang`, naming this isnad version.
pub fn internal_error_message(lang: Lang) -> String {
    let v = env!("CARGO_PKG_VERSION");
    match lang {
        Lang::En => {
            format!("internal error while checking (please report it, with the isnad version {v})")
        }
        Lang::Ar => format!("خطأ داخلي أثناء الفحص (يرجى الإبلاغ عنه مع رقم إصدار إسناد {v})"),
    }
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

/// Debug builds only: panics when the environment variable [`TEST_PANIC_ENV`] is set to a
/// non-empty marker that `text` contains. Release builds compile it to nothing.
pub fn test_panic(text: &str) {
    #[cfg(debug_assertions)]
    if let Ok(marker) = std::env::var(TEST_PANIC_ENV)
        && !marker.is_empty()
        && text.contains(&marker)
    {
        panic!("{TEST_PANIC_ENV}: test panic on request");
    }
    #[cfg(not(debug_assertions))]
    let _ = text;
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
                "internal error while checking (please report it, with the isnad version {})",
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
