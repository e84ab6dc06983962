//! Finding and reading drafts, for every front end: the command line (`isnad check`, `isnad
//! report`) and the language server (its workspace index and review sheet).
//!
//! - Folders are searched recursively, sorted, for draft extensions; hidden folders,
//!   `node_modules` and `target` are skipped ([`skipped_folder`]). [`collect`] expands the paths
//!   named on the command line (folder links followed, each real folder once, FIFOs and devices
//!   never opened); [`in_folders`] lists the drafts of the editor's workspace folders (folder
//!   links not followed, so the index never leaves the workspace).
//! - The `[files]` globs of a draft's `isnad.toml` (`include`, `exclude`) decide whether a draft
//!   found in a folder is checked ([`lets_through`]).
//! - Bytes become text in one place ([`decode`]: UTF-16, binary files and invalid UTF-8 are errors
//!   with a short English message); I/O errors get short messages ([`describe_io`]).
//!
//! This module does I/O; [`crate::analysis`] never does.

use crate::profile::config::Config;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The first line of every Markdown review sheet `isnad report` writes ([`crate::report`]): an
/// HTML comment, invisible when the sheet is rendered. A file found in a folder that starts with it
/// is a sheet written by an earlier run, not a draft, and is skipped ([`is_review_sheet`]); a file
/// named on the command line is always checked.
pub const SHEET_MARKER: &str = "<!-- isnad review sheet: not a draft, skipped by isnad check -->";

/// True when the regular file at `path` starts with [`SHEET_MARKER`] (only its first bytes are
/// read; a file that cannot be read is no sheet, and reading it later reports the error).
pub fn is_review_sheet(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; SHEET_MARKER.len()];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| head == *SHEET_MARKER.as_bytes())
}

/// Extensions of the drafts found in folders when the user names none (`isnad check`'s `--ext`
/// default, and the language server's workspace).
pub const EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// One draft to check: where it is and how to name it in the output.
#[derive(Clone, Debug)]
pub struct Input {
    /// Path to open.
    pub path: PathBuf,
    /// Path as shown: as given on the command line, or the given folder joined with the file's path
    /// below it.
    pub display: String,
    /// True when found by searching a folder (false when named on the command line).
    pub from_folder: bool,
    /// True for the draft read from standard input (`-`); `path` is then the `--stdin-filename`
    /// (never opened) or `<stdin>`.
    pub stdin: bool,
}

/// What a path is when it is neither a regular file nor a folder ("a FIFO (named pipe)", "a
/// socket", "a device"), from its metadata (the file is never opened); `None` for a regular file or
/// a folder.
pub fn special_kind(m: &std::fs::Metadata) -> Option<&'static str> {
    let t = m.file_type();
    if t.is_file() || t.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO (named pipe)");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_block_device() || t.is_char_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// The message for a special file (see [`special_kind`]): `"a FIFO (named pipe), not a text
/// draft; skipped"`.
pub fn special_message(kind: &str) -> String {
    format!("{kind}, not a text draft; skipped")
}

/// True for a folder name that folder searches skip: hidden (`.git`), `node_modules`, `target`.
pub fn skipped_folder(name: &str) -> bool {
    name.starts_with('.') || name == "node_modules" || name == "target"
}

/// True when `path`'s extension (any case) is one of `exts` (lower case, no dot).
pub fn has_extension<S: AsRef<str>>(path: &Path, exts: &[S]) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    exts.iter().any(|e| e.as_ref() == ext)
}

/// True when `path` has a draft extension ([`EXTENSIONS`], any case).
pub fn is_draft(path: &Path) -> bool {
    has_extension(path, EXTENSIONS)
}

/// What a folder search found besides drafts.
#[derive(Debug, Default)]
pub struct Skipped {
    /// (folder, message) for folders that could not be listed.
    pub errors: Vec<(String, String)>,
    /// (path, message) for FIFOs, sockets and devices with a draft extension (never opened).
    pub special: Vec<(PathBuf, String)>,
    /// Review sheets written by `isnad report` ([`is_review_sheet`]).
    pub sheets: Vec<PathBuf>,
}

/// How [`walk`] treats links to folders.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Links {
    /// Followed, each real folder (by canonical path) at most once; a broken link with a draft
    /// extension is kept (reading it reports "no such file or directory").
    Follow,
    /// Links to folders and broken links are left out.
    Stay,
}

/// What [`collect`] found.
#[derive(Debug, Default)]
pub struct Collected {
    /// The drafts, in order.
    pub inputs: Vec<Input>,
    /// (path, message) for folders that cannot be listed or have no draft in them
    /// ([`no_drafts`]). A file named on the command line is always one of `inputs`, in the
    /// command's order, even when it does not exist or is a FIFO, socket or device: [`read`] gives
    /// its error (never opening a special file, so it cannot block).
    pub errors: Vec<(String, String)>,
    /// (path, message) for FIFOs, sockets and devices found in folders with a draft extension
    /// (skipped; the caller tells the user).
    pub special: Vec<(PathBuf, String)>,
    /// Review sheets written by `isnad report` found in folders ([`is_review_sheet`]; skipped, the
    /// caller tells the user).
    pub sheets: Vec<PathBuf>,
}

/// Expands `paths` into draft files: files as given, folders searched recursively (sorted, hidden
/// folders, `node_modules` and `target` skipped) for the extensions `exts` (lower case, no dot).
/// Returns the drafts and what could not be used ([`Collected`]).
///
/// Symbolic links are followed, but each real folder (by canonical path) is walked at most once per
/// call: a link back to a folder already walked (`x -> .`) is skipped, so no loop and every file
/// once.
pub fn collect(paths: &[PathBuf], exts: &[String]) -> Collected {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let mut skipped = Skipped::default();
    let mut visited = HashSet::new();
    for p in paths {
        let display = p.to_string_lossy().into_owned();
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut found = Vec::new();
                let fresh = walk(
                    p,
                    exts,
                    Links::Follow,
                    &mut visited,
                    &mut found,
                    &mut skipped,
                );
                errors.append(&mut skipped.errors);
                if fresh && found.is_empty() {
                    errors.push((display, no_drafts(exts)));
                }
                inputs.extend(found.into_iter().map(|path| Input {
                    display: path.to_string_lossy().into_owned(),
                    path,
                    from_folder: true,
                    stdin: false,
                }));
            }
            // A file named on the command line, even one that does not exist or is a FIFO, socket
            // or device: it keeps its place in the command's order, and reading it ([`read`], which
            // never opens a special file) gives the same error as its metadata.
            _ => inputs.push(Input {
                path: p.clone(),
                display,
                from_folder: false,
                stdin: false,
            }),
        }
    }
    Collected {
        inputs,
        errors,
        special: skipped.special,
        sheets: skipped.sheets,
    }
}

/// The drafts under the editor's workspace `folders` (recursively, sorted, each once; hidden
/// folders, `node_modules` and `target` skipped; links to folders not followed, links to files
/// followed; folders that cannot be listed, FIFOs, sockets and devices skipped silently).
pub fn in_folders(folders: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut visited = HashSet::new();
    let mut skipped = Skipped::default();
    for f in folders {
        walk(
            f,
            EXTENSIONS,
            Links::Stay,
            &mut visited,
            &mut out,
            &mut skipped,
        );
    }
    out.sort();
    out.dedup();
    out
}

/// True when `path` lies in one of `folders` and no folder on the way down is skipped
/// ([`skipped_folder`]).
pub fn within(path: &Path, folders: &[PathBuf]) -> bool {
    folders.iter().any(|f| {
        path.strip_prefix(f).is_ok_and(|rel| {
            let mut parts: Vec<_> = rel.components().collect();
            parts.pop();
            parts
                .iter()
                .all(|c| !skipped_folder(&c.as_os_str().to_string_lossy()))
        })
    })
}

/// The error for a folder named on the command line with no draft in it: `"no drafts (.md,
/// .markdown, .txt) in this folder"` for those extensions (a usage error: exit status 2).
pub fn no_drafts(exts: &[String]) -> String {
    format!("no drafts (.{}) in this folder", exts.join(", ."))
}

/// True when `message` is the error of a folder with no draft ([`no_drafts`]).
pub fn is_no_drafts(message: &str) -> bool {
    message.starts_with("no drafts (") && message.ends_with(") in this folder")
}

/// Walks `dir` (sorted) for files with the extensions `exts` into `out`, unless its canonical path
/// is in `visited`; returns false when it was skipped. Folders that cannot be listed and special
/// files go to `skipped`.
fn walk<S: AsRef<str>>(
    dir: &Path,
    exts: &[S],
    links: Links,
    visited: &mut HashSet<PathBuf>,
    out: &mut Vec<PathBuf>,
    skipped: &mut Skipped,
) -> bool {
    let real = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(real) {
        return false;
    }
    let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
            .collect(),
        Err(e) => {
            skipped
                .errors
                .push((dir.to_string_lossy().into_owned(), describe_io(&e)));
            return true;
        }
    };
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (p, own_type) in entries {
        // Follows a link (for a file always; for a folder only with `Links::Follow`).
        let meta = std::fs::metadata(&p).ok();
        let is_dir = match links {
            Links::Follow => meta.as_ref().is_some_and(|m| m.is_dir()),
            Links::Stay => own_type.is_some_and(|t| t.is_dir()),
        };
        if is_dir {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !skipped_folder(&name) {
                walk(&p, exts, links, visited, out, skipped);
            }
            continue;
        }
        if !has_extension(&p, exts) {
            continue;
        }
        match meta.as_ref() {
            Some(m) if m.is_dir() => continue,
            Some(m) => {
                if let Some(kind) = special_kind(m) {
                    skipped.special.push((p, special_message(kind)));
                    continue;
                }
                if is_review_sheet(&p) {
                    skipped.sheets.push(p);
                    continue;
                }
            }
            // A broken link: kept when following links (reading it reports the error).
            None if links == Links::Stay => continue,
            None => {}
        }
        out.push(p);
    }
    true
}

/// True when the `[files]` globs of `config`, read from the `isnad.toml` at `config_file`, let the
/// draft at `path` through (globs relative to the folder of `isnad.toml`; no `include` means every
/// draft). See [`crate::profile::config::Files::lets_through`].
pub fn lets_through(config_file: &Path, config: &Config, path: &Path) -> bool {
    let root = config_file.parent().unwrap_or(Path::new("."));
    config.files.lets_through(root, path)
}

/// A short message for an I/O error ("no such file or directory", "permission denied").
pub fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "a folder, not a file".into(),
        _ => e.to_string(),
    }
}

/// The byte order of a UTF-16 text: `Some("little-endian")` or `Some("big-endian")` for a
/// byte-order mark FF FE / FE FF, or for bytes whose NULs (at least one in sixteen code units of the
/// first 8 KiB) all fall on the same side of each code unit, as ASCII spaces, digits and newlines do
/// in UTF-16, and that read as text in that order (no control characters but tab, form feed and line
/// ends, no unpaired surrogates); `None` otherwise.
pub fn utf16_order(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some("little-endian"),
        [0xFE, 0xFF, ..] => return Some("big-endian"),
        _ => {}
    }
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in sample.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 { even += 1 } else { odd += 1 }
        }
    }
    let units = sample.len() / 2;
    // Two NULs in one code unit is U+0000, not text.
    let nul_units = sample.chunks_exact(2).filter(|u| u == &[0, 0]).count();
    if nul_units > 0 || units == 0 {
        return None;
    }
    let order = if even == 0 && odd * 16 >= units && odd >= 2 {
        "little-endian"
    } else if odd == 0 && even * 16 >= units && even >= 2 {
        "big-endian"
    } else {
        return None;
    };
    // And the sample reads as text in that order: no control character but tab, line feed, form
    // feed and carriage return, no unpaired surrogate (except one cut at the end of the sample).
    let code_units = sample.chunks_exact(2).map(|u| {
        if order == "little-endian" {
            u16::from_le_bytes([u[0], u[1]])
        } else {
            u16::from_be_bytes([u[0], u[1]])
        }
    });
    let decoded: Vec<Result<char, _>> = char::decode_utf16(code_units).collect();
    let last = decoded.len().saturating_sub(1);
    let text_like = decoded.iter().enumerate().all(|(i, c)| match c {
        Ok(c) => !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\u{c}'),
        Err(_) => i == last && sample.len() < bytes.len(),
    });
    text_like.then_some(order)
}

/// The error for a binary file: [`decode`] returns it, and the language server shows it on a
/// draft whose text [`looks_binary`].
pub const BINARY: &str = "binary file (contains NUL bytes); not a text draft";

/// How many leading bytes [`looks_binary`] reads.
pub const SNIFF_BYTES: usize = 8192;

/// True when a NUL byte is among the first [`SNIFF_BYTES`] of `bytes` (a draft's bytes, from its
/// start): the file is binary, not a text draft. No text a journalist types holds a NUL; the
/// same test as `git diff` and `grep` make. Reads at most [`SNIFF_BYTES`] bytes.
pub fn looks_binary(bytes: impl IntoIterator<Item = u8>) -> bool {
    bytes.into_iter().take(SNIFF_BYTES).any(|b| b == 0)
}

/// Decodes a draft's bytes: errors for UTF-16 text ("UTF-16 (little-endian) text; save the draft as
/// UTF-8"), for a binary file (a NUL byte in the first 8 KiB) and for invalid UTF-8 (with the byte
/// line (1-based) and byte offset of the first bad byte).
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if let Some(order) = utf16_order(&bytes) {
        return Err(format!("UTF-16 ({order}) text; save the draft as UTF-8"));
    }
    if looks_binary(bytes.iter().copied()) {
        return Err(BINARY.into());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e
            .as_bytes()
            .get(..at)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
            + 1;
        // (`at` counts from 0, as a byte offset does: the bad byte is the file's `at + 1`th.)
        format!(
            "invalid UTF-8 on line {line} (byte offset {at} in the file); save the draft as UTF-8"
        )
    })
}

/// Reads and decodes one draft; the error is a short message ("permission denied", "invalid UTF-8
/// on line 2 (byte offset 12 in the file); save the draft as UTF-8"). The file's type is checked first, from its metadata, so a
/// FIFO, socket or device is reported and never opened (opening a FIFO would block).
pub fn read(input: &Input) -> Result<String, String> {
    read_path(&input.path)
}

/// Reads and decodes the draft at `path`: the same as [`read`] for an [`Input`] of that path.
pub fn read_path(path: &Path) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| describe_io(&e))?;
    if let Some(kind) = special_kind(&meta) {
        return Err(special_message(kind));
    }
    if meta.is_dir() {
        return Err("a folder, not a draft".into());
    }
    let bytes = std::fs::read(path).map_err(|e| describe_io(&e))?;
    decode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_reports_bad_input() {
        assert_eq!(
            decode(b"abc\xff".to_vec()).unwrap_err(),
            "invalid UTF-8 on line 1 (byte offset 3 in the file); save the draft as UTF-8"
        );
        assert_eq!(
            decode(b"\xd9\x82\n\xd9\x82\n\xff".to_vec()).unwrap_err(),
            "invalid UTF-8 on line 3 (byte offset 6 in the file); save the draft as UTF-8"
        );
        assert!(
            decode(b"\x00\x01".to_vec())
                .unwrap_err()
                .starts_with("binary file")
        );
        assert_eq!(decode(Vec::new()).unwrap(), "");
    }

    #[test]
    fn workspace_folders_are_walked_with_the_usual_skips() {
        let dir = std::env::temp_dir().join(format!("isnad-drafts-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for f in [
            "a.md",
            "sub/b.TXT",
            "sub/c.markdown",
            "sub/d.rs",
            ".git/e.md",
            "node_modules/f.md",
            "target/g.md",
        ] {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, "نص").unwrap();
        }
        let found: Vec<String> = in_folders(std::slice::from_ref(&dir))
            .iter()
            .map(|p| p.strip_prefix(&dir).unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(found, ["a.md", "sub/b.TXT", "sub/c.markdown"]);
        // The command line finds the same drafts (and names them below the folder given).
        let exts: Vec<String> = EXTENSIONS.iter().map(|e| e.to_string()).collect();
        let found_cli = collect(std::slice::from_ref(&dir), &exts);
        let listed: Vec<String> = found_cli
            .inputs
            .iter()
            .map(|i| {
                i.path
                    .strip_prefix(&dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(listed, found);
        assert!(found_cli.inputs.iter().all(|i| i.from_folder));
        assert!(found_cli.errors.is_empty() && found_cli.special.is_empty());
        assert!(within(&dir.join("sub/b.TXT"), std::slice::from_ref(&dir)));
        assert!(!within(&dir.join(".git/e.md"), std::slice::from_ref(&dir)));
        assert!(!within(
            Path::new("/elsewhere/x.md"),
            std::slice::from_ref(&dir)
        ));
        assert_eq!(
            read_path(&dir.join("sub")).unwrap_err(),
            "a folder, not a draft"
        );
        assert_eq!(read_path(&dir.join("a.md")).unwrap(), "نص");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
