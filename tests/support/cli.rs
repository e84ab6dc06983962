//! Helpers shared by the command-line tests: a fresh temporary folder, and the `isnad` binary run
//! in a folder with an English, locale-free environment (so messages do not depend on the
//! machine's `LANG`).
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A new, empty folder under the system's temporary folder, named after this test process and
/// `name` (any earlier folder of that name is removed first), removed with all it holds when the
/// returned guard is dropped, so a test run leaves nothing behind. Reads as its path
/// (`Deref<Target = PathBuf>`).
pub fn tmp(name: &str) -> TempDir {
    let d = std::env::temp_dir().join(format!("isnad-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    TempDir(d)
}

/// A temporary folder made by [`tmp`], removed when dropped.
pub struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = PathBuf;
    fn deref(&self) -> &PathBuf {
        &self.0
    }
}

impl AsRef<Path> for TempDir {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
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
