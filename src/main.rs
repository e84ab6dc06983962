//! The `isnad` binary: see `isnad --help`. The only place that starts the language server
//! (`isnad lsp`); every other command is the CLI's.

fn main() -> std::process::ExitCode {
    match isnad::cli::main() {
        isnad::cli::Outcome::Exit(code) => code,
        isnad::cli::Outcome::Serve => isnad::lsp::run(),
    }
}
