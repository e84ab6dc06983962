//! Helpers shared by the command-line tests: a fresh temporary folder, and the `isnad` binary run
//! in a folder with an English, locale-free environment (so messages do not depend on the
//! machine's `LANG`).
#![allow(dead_code)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

#[path = "tempdir.rs"]
mod tempdir;
pub use tempdir::TempDir;

/// A new, empty folder `isnad-test-NAME-PID` under the system's temporary folder, removed with all
/// it holds when the returned guard is dropped ([`TempDir`]).
pub fn tmp(name: &str) -> TempDir {
    TempDir::new(&format!("test-{name}"))
}

/// The `isnad` command with `args`, run in `dir`, with `LANG=C` and no `LC_ALL`/`LC_MESSAGES`.
pub fn command(args: &[&str], dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_isnad"));
    c.args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

/// Runs `isnad args` in `dir` (see [`command`]) and returns its status and output.
pub fn isnad(args: &[&str], dir: &Path) -> Output {
    command(args, dir).output().unwrap()
}

/// Runs `isnad args` in `dir` with `input` on its standard input.
pub fn isnad_stdin(args: &[&str], dir: &Path, input: &[u8]) -> Output {
    let mut child = command(args, dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// Bytes of an output stream as text (invalid UTF-8 replaced).
pub fn text(o: &[u8]) -> String {
    String::from_utf8_lossy(o).into_owned()
}
