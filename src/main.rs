//! The `isnad` binary: see `isnad --help`.

fn main() -> std::process::ExitCode {
    isnad::cli::main()
}
