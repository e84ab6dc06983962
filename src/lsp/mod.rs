//! The language server front end (`isnad lsp`). Being built.

/// Runs the language server over stdio until the client exits.
pub fn run() -> std::process::ExitCode {
    eprintln!("isnad: the language server is not built yet");
    std::process::ExitCode::from(2)
}
