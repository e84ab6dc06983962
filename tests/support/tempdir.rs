//! A fresh temporary folder for the tests that write files (the command line's and the language
//! server's), removed with all it holds when dropped, so a test run leaves nothing behind.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A new, empty folder under the system's temporary folder, named `isnad-NAME-PID` (any earlier
/// folder of that name is removed first), held by its canonical path; removed when dropped. Reads
/// as its path (`Deref<Target = PathBuf>`).
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// Makes the folder `isnad-{name}-{process id}`; panics (failing the test) when it cannot.
    pub fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("isnad-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(std::fs::canonicalize(&p).unwrap())
    }

    /// The path of `rel` inside the folder.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    /// The `file:` URI of `rel`, with no trailing slash (`uri("")` is the folder's own URI; test
    /// paths are plain ASCII, so no percent-encoding is needed).
    pub fn uri(&self, rel: &str) -> String {
        format!("file://{}", self.path(rel).display())
            .trim_end_matches('/')
            .to_string()
    }

    /// Writes `text` to `rel`, making its folders.
    pub fn write(&self, rel: &str, text: &str) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    /// The text of `rel`.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    /// Removes the file `rel`.
    pub fn remove(&self, rel: &str) {
        std::fs::remove_file(self.path(rel)).unwrap();
    }
}

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
