//! Finding and reading the drafts named on the command line.

use crate::analysis::{self, Finding, Lang, Severity};
use crate::profile::Profile;
use crate::report::guard;
use crate::text::Format;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

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

/// The result of checking one file.
#[derive(Clone, Debug)]
pub struct FileResult {
    /// Path as shown.
    pub display: String,
    /// The file's text (empty when it could not be read).
    pub text: String,
    /// Findings at or above the threshold.
    pub findings: Vec<Finding>,
    /// Why the file could not be checked.
    pub error: Option<String>,
    /// The format the file was read as (from its extension).
    pub format: Format,
    /// The names found in the file (for the folder-wide name check).
    pub names: Vec<analysis::names::Entity>,
}

impl FileResult {
    /// An empty result (no text, no findings, no error) for the draft shown as `display`.
    pub fn new(display: &str, format: Format) -> FileResult {
        FileResult {
            display: display.to_string(),
            text: String::new(),
            findings: Vec::new(),
            error: None,
            format,
            names: Vec::new(),
        }
    }
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
fn special_message(kind: &str) -> String {
    format!("{kind}, not a text draft; skipped")
}

/// Expands `paths` into draft files: files as given, folders searched recursively (sorted, hidden
/// folders, `node_modules` and `target` skipped) for the extensions `exts`. Returns the inputs and
/// (path, message) for paths that do not exist, cannot be listed, are folders with no draft in them
/// ([`no_drafts`]), or are named on the command line but are FIFOs, sockets or devices (never
/// opened, so they cannot block).
///
/// Symbolic links are followed, but each real folder (by canonical path) is walked at most once per
/// call: a link back to a folder already walked (`x -> .`) is skipped, so no loop and every file
/// once. FIFOs, sockets and devices found in folders with a draft extension are skipped with a note
/// on standard error.
pub fn collect(paths: &[PathBuf], exts: &[String]) -> (Vec<Input>, Vec<(String, String)>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    let mut visited = HashSet::new();
    for p in paths {
        let display = p.to_string_lossy().into_owned();
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let before = inputs.len();
                let fresh = walk(p, exts, &mut visited, &mut inputs, &mut errors);
                if fresh && inputs.len() == before {
                    errors.push((display, no_drafts(exts)));
                }
            }
            Ok(m) => match special_kind(&m) {
                Some(kind) => errors.push((display, special_message(kind))),
                None => inputs.push(Input {
                    path: p.clone(),
                    display,
                    from_folder: false,
                    stdin: false,
                }),
            },
            Err(e) => errors.push((display, describe_io(&e))),
        }
    }
    (inputs, errors)
}

/// The error for a folder named on the command line with no draft in it: `"no drafts (.md,
/// .markdown, .txt) in this folder"` for those extensions (a usage error: exit status 2).
pub fn no_drafts(exts: &[String]) -> String {
    format!("no drafts (.{}) in this folder", exts.join(", ."))
}

/// Walks `dir` unless its canonical path is in `visited`; returns false when it was skipped.
fn walk(
    dir: &Path,
    exts: &[String],
    visited: &mut HashSet<PathBuf>,
    inputs: &mut Vec<Input>,
    errors: &mut Vec<(String, String)>,
) -> bool {
    let real = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !visited.insert(real) {
        return false;
    }
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            errors.push((dir.to_string_lossy().into_owned(), describe_io(&e)));
            return true;
        }
    };
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        // Follows a link; a broken link is taken as a file (and reported when it has a draft
        // extension: "no such file or directory").
        let meta = std::fs::metadata(&p).ok();
        if meta.as_ref().is_some_and(|m| m.is_dir()) {
            if name.starts_with('.') || name == "node_modules" || name == "target" {
                continue;
            }
            walk(&p, exts, visited, inputs, errors);
        } else {
            let ext = p
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            if !exts.contains(&ext) {
                continue;
            }
            if let Some(kind) = meta.as_ref().and_then(special_kind) {
                eprintln!("isnad: {}: {}", p.display(), special_message(kind));
                continue;
            }
            inputs.push(Input {
                display: p.to_string_lossy().into_owned(),
                path: p,
                from_folder: true,
                stdin: false,
            });
        }
    }
    true
}

/// A short message for an I/O error ("no such file or directory", "permission denied").
pub fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
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

/// Decodes a draft's bytes: errors for UTF-16 text ("UTF-16 (little-endian) text; save the draft as
/// UTF-8"), for a binary file (a NUL byte in the first 8 KiB) and for invalid UTF-8 (with the byte
/// offset of the first bad byte).
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if let Some(order) = utf16_order(&bytes) {
        return Err(format!("UTF-16 ({order}) text; save the draft as UTF-8"));
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("binary file (contains NUL bytes); not a text draft".into());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("invalid UTF-8 at byte {at}; save the draft as UTF-8")
    })
}

/// Reads and decodes one draft; the error is a short message ("permission denied", "invalid UTF-8
/// at byte 12; save the draft as UTF-8"). The file's type is checked first, from its metadata, so a
/// FIFO, socket or device is reported and never opened (opening a FIFO would block).
pub fn read(input: &Input) -> Result<String, String> {
    let meta = std::fs::metadata(&input.path).map_err(|e| describe_io(&e))?;
    if let Some(kind) = special_kind(&meta) {
        return Err(special_message(kind));
    }
    if meta.is_dir() {
        return Err("a folder, not a draft".into());
    }
    let bytes = std::fs::read(&input.path).map_err(|e| describe_io(&e))?;
    decode(bytes)
}

/// Reads and analyses one file, keeping findings at or above `threshold`. When the analysis panics
/// the file's error is [`guard::internal_error`] in `lang` (the panic itself is printed once on
/// standard error) and the other files are unaffected.
pub fn check_file(input: &Input, profile: &Profile, threshold: Severity, lang: Lang) -> FileResult {
    let mut r = FileResult::new(&input.display, Format::from_path(&input.display));
    match read(input) {
        Ok(text) => check_text(r, text, profile, threshold, lang),
        Err(e) => {
            r.error = Some(e);
            r
        }
    }
}

/// Analyses `text` (already read) into `r` (whose `display` and `format` are set), keeping
/// findings at or above `threshold`; a panic becomes `r.error` as in [`check_file`].
pub fn check_text(
    mut r: FileResult,
    text: String,
    profile: &Profile,
    threshold: Severity,
    lang: Lang,
) -> FileResult {
    match guard::analyze(&text, r.format, profile) {
        Ok(mut a) => {
            a.findings.retain(|f| f.severity <= threshold);
            r.findings = a.findings;
            r.names = a.names;
            r.text = text;
        }
        Err(p) => {
            guard::eprint(&r.display, &p);
            r.error = Some(guard::internal_error(lang));
        }
    }
    r
}

/// Adds the folder-wide `name-variant` findings (a name spelled differently across the files, see
/// [`analysis::names::across`]) at or above `threshold` to `results`. Does nothing for one file.
/// Returns false when that check panicked (the panic is printed on standard error and nothing is
/// added), else true.
pub fn add_cross_story_findings(
    results: &mut [FileResult],
    profile: &Profile,
    threshold: Severity,
) -> bool {
    let readable: Vec<usize> = (0..results.len())
        .filter(|&i| results[i].error.is_none())
        .collect();
    if readable.len() < 2 {
        return true;
    }
    let found = {
        let stories: Vec<analysis::names::across::StoryNames> = readable
            .iter()
            .map(|&i| analysis::names::across::StoryNames {
                path: &results[i].display,
                text: &results[i].text,
                format: results[i].format,
                entities: &results[i].names,
                conventions: None,
            })
            .collect();
        match guard::run(|| analysis::names::across::across(profile, &stories)) {
            Ok(found) => found,
            Err(p) => {
                guard::eprint("names across stories", &p);
                return false;
            }
        }
    };
    for (si, f) in found {
        let r = &mut results[readable[si]];
        analysis::names::across::agree(&r.text, &mut r.findings, &f);
        if f.severity <= threshold {
            r.findings.push(f);
        }
    }
    for r in results.iter_mut() {
        r.findings.sort_by(|a, b| {
            (a.range.start, a.rule, a.range.end).cmp(&(b.range.start, b.rule, b.range.end))
        });
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_reports_bad_input() {
        assert_eq!(
            decode(b"abc\xff".to_vec()).unwrap_err(),
            "invalid UTF-8 at byte 3; save the draft as UTF-8"
        );
        assert!(
            decode(b"\x00\x01".to_vec())
                .unwrap_err()
                .starts_with("binary file")
        );
        assert_eq!(decode(Vec::new()).unwrap(), "");
    }
}
