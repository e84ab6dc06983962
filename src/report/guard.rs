//! Containment: one draft's analysis can never take down the others. [`run`] calls a closure and
//! turns a panic inside it into an error (the panic message and place, for a bug report), with the
//! default panic output silenced for that call only; [`analyze`] runs the analysis of one draft
//! that way. This is the crate's one way of catching a panic: the CLI (`check`, `report`), the
//! report's builder and the language server (`lsp::contain`, which logs the panic and turns it
//! into a diagnostic) all go through [`run`], [`internal_error`] and [`test_hook`].

use crate::analysis::{Analysis, Lang, pipeline};
use crate::profile::Profile;
use crate::text::Format;
use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Once;

/// The message shown for a draft whose check panicked, in `lang`, with the isnad version.
pub fn internal_error(lang: Lang) -> String {
    let v = env!("CARGO_PKG_VERSION");
    match lang {
        Lang::En => {
            format!("internal error while checking (please report it, with the isnad version: {v})")
        }
        Lang::Ar => format!("خطأ داخلي أثناء الفحص (يُرجى الإبلاغ عنه مع رقم إصدار isnad: {v})"),
    }
}

/// A panic caught by [`run`]: its message and where it happened (`src/...:line:column`), plus a
/// backtrace when `RUST_BACKTRACE` is set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Panic {
    /// The panic's own message (`(no message)` when its payload is not a string).
    pub message: String,
    /// `panicked at FILE:LINE:COL: MESSAGE`.
    pub detail: String,
    /// The backtrace, when `RUST_BACKTRACE` is set and not `0`.
    pub backtrace: Option<String>,
}

thread_local! {
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    static LAST: RefCell<Option<Panic>> = const { RefCell::new(None) };
}

/// Installs (once per process) the panic hook that records, for [`run`], the message, place and
/// (with `RUST_BACKTRACE`) backtrace of a panic inside [`run`]; a panic elsewhere goes to the
/// previous hook (printed on standard error). [`run`] installs it itself; a front end may install
/// it early.
pub fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(Cell::get) {
                previous(info);
                return;
            }
            let msg = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "(no message)".into());
            let place = info
                .location()
                .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
                .unwrap_or_else(|| "(unknown place)".into());
            let wants_trace =
                std::env::var("RUST_BACKTRACE").is_ok_and(|v| !v.is_empty() && v != "0");
            let backtrace =
                wants_trace.then(|| std::backtrace::Backtrace::force_capture().to_string());
            LAST.with(|l| {
                *l.borrow_mut() = Some(Panic {
                    detail: format!("panicked at {place}: {msg}"),
                    message: msg,
                    backtrace,
                })
            });
        }));
    });
}

/// Runs `f`; a panic inside it is caught and returned as [`Panic`] instead of unwinding further.
/// The default panic output is silenced for panics inside `f` (on this thread); panics elsewhere
/// print as usual.
pub fn run<T>(f: impl FnOnce() -> T) -> Result<T, Panic> {
    install_hook();
    let was = GUARDED.with(|g| g.replace(true));
    let r = catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(was));
    r.map_err(|_| {
        LAST.with(|l| l.borrow_mut().take()).unwrap_or(Panic {
            message: "(no message)".into(),
            detail: "panicked".into(),
            backtrace: None,
        })
    })
}

/// Analyses one draft (see [`pipeline::analyze`]) inside [`run`], after [`test_hook`].
pub fn analyze(text: &str, format: Format, profile: &Profile) -> Result<Analysis, Panic> {
    run(|| {
        test_hook(text);
        pipeline::analyze(text, format, profile)
    })
}

/// Environment variable naming a marker text that makes [`test_hook`] panic (debug builds only).
pub const TEST_PANIC_ENV: &str = "ISNAD_TEST_PANIC_ON";

/// In debug builds only, the environment variable [`TEST_PANIC_ENV`]`=SUBSTRING` makes the
/// analysis (or a language-server request on a text) panic when the text contains SUBSTRING (a
/// non-empty string), so the containment can be tested end to end; release builds ignore it.
pub fn test_hook(text: &str) {
    #[cfg(debug_assertions)]
    if let Ok(s) = std::env::var(TEST_PANIC_ENV)
        && !s.is_empty()
        && text.contains(&s)
    {
        panic!("{TEST_PANIC_ENV} matched this draft");
    }
    #[cfg(not(debug_assertions))]
    let _ = text;
}

/// The command line's containment for [`pipeline::analyze_set`]: each step inside [`run`], a
/// panic printed on standard error with [`eprint()`] (naming the draft, or "names across
/// stories"), [`test_hook`] before each draft.
pub struct Guard;

impl pipeline::Contain for Guard {
    fn run<T>(&self, what: &str, f: impl FnOnce() -> T) -> Option<T> {
        run(f).map_err(|p| eprint(what, &p)).ok()
    }

    fn before(&self, text: &str) {
        test_hook(text);
    }
}

/// Prints a caught panic once on standard error, as a hint for a bug report: `isnad: PATH:
/// internal error: panicked at ...`, then the backtrace or how to get one.
pub fn eprint(path: &str, p: &Panic) {
    eprintln!("isnad: {path}: internal error: {}", p.detail);
    match &p.backtrace {
        Some(b) => eprintln!("{b}"),
        None => eprintln!("isnad: run with RUST_BACKTRACE=1 for a backtrace"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_turns_a_panic_into_an_error() {
        let r: Result<u8, Panic> = run(|| panic!("boom {}", 7));
        let p = r.unwrap_err();
        assert!(
            p.detail.starts_with("panicked at src/report/guard.rs:"),
            "{}",
            p.detail
        );
        assert!(p.detail.ends_with(": boom 7"), "{}", p.detail);
        assert_eq!(p.message, "boom 7");
        assert_eq!(run(|| 5), Ok(5));
    }

    #[test]
    fn internal_error_names_the_version() {
        assert_eq!(
            internal_error(Lang::En),
            format!(
                "internal error while checking (please report it, with the isnad version: {})",
                env!("CARGO_PKG_VERSION")
            )
        );
        assert!(internal_error(Lang::Ar).starts_with("خطأ داخلي أثناء الفحص"));
    }
}
