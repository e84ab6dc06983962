//! Finding and reading the drafts named on the command line.

use crate::analysis::{self, Finding, Severity};
use crate::profile::Profile;
use crate::text::Format;
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

/// Expands `paths` into draft files: files as given, folders searched recursively (sorted, hidden
/// folders, `node_modules` and `target` skipped) for the extensions `exts`. Returns the inputs and
/// (path, message) for paths that do not exist or cannot be listed.
pub fn collect(paths: &[PathBuf], exts: &[String]) -> (Vec<Input>, Vec<(String, String)>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        let display = p.to_string_lossy().into_owned();
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let before = inputs.len();
                walk(p, exts, &mut inputs, &mut errors);
                if inputs.len() == before {
                    eprintln!(
                        "isnad: {display}: no drafts (.{}) in this folder",
                        exts.join(", .")
                    );
                }
            }
            Ok(_) => inputs.push(Input {
                path: p.clone(),
                display,
                from_folder: false,
            }),
            Err(e) => errors.push((display, describe_io(&e))),
        }
    }
    (inputs, errors)
}

fn walk(dir: &Path, exts: &[String], inputs: &mut Vec<Input>, errors: &mut Vec<(String, String)>) {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            errors.push((dir.to_string_lossy().into_owned(), describe_io(&e)));
            return;
        }
    };
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if p.is_dir() {
            if name.starts_with('.') || name == "node_modules" || name == "target" {
                continue;
            }
            walk(&p, exts, inputs, errors);
        } else {
            let ext = p
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            if exts.contains(&ext) {
                inputs.push(Input {
                    display: p.to_string_lossy().into_owned(),
                    path: p,
                    from_folder: true,
                });
            }
        }
    }
}

/// A short message for an I/O error ("no such file or directory", "permission denied").
pub fn describe_io(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Decodes a draft's bytes: errors for a binary file (a NUL byte) and for invalid UTF-8 (with the
/// byte offset of the first bad byte).
pub fn decode(bytes: Vec<u8>) -> Result<String, String> {
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err("binary file (contains NUL bytes); not a text draft".into());
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("invalid UTF-8 at byte {at}; save the draft as UTF-8")
    })
}

/// Reads and decodes one draft; the error is a short message ("permission denied", "invalid UTF-8
/// at byte 12; save the draft as UTF-8").
pub fn read(input: &Input) -> Result<String, String> {
    let bytes = std::fs::read(&input.path).map_err(|e| describe_io(&e))?;
    decode(bytes)
}

/// Reads and analyses one file, keeping findings at or above `threshold`.
pub fn check_file(input: &Input, profile: &Profile, threshold: Severity) -> FileResult {
    let mut r = FileResult {
        display: input.display.clone(),
        text: String::new(),
        findings: Vec::new(),
        error: None,
        format: Format::from_path(&input.display),
        names: Vec::new(),
    };
    match read(input) {
        Ok(text) => {
            let mut a = analysis::analyze_text(&text, r.format, profile);
            a.findings.retain(|f| f.severity <= threshold);
            r.findings = a.findings;
            r.names = a.names;
            r.text = text;
        }
        Err(e) => r.error = Some(e),
    }
    r
}

/// Adds the folder-wide `name-variant` findings (a name spelled differently across the files, see
/// [`analysis::names::across`]) at or above `threshold` to `results`. Does nothing for one file.
pub fn add_cross_story_findings(
    results: &mut [FileResult],
    profile: &Profile,
    threshold: Severity,
) {
    let readable: Vec<usize> = (0..results.len())
        .filter(|&i| results[i].error.is_none())
        .collect();
    if readable.len() < 2 {
        return;
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
        analysis::names::across::across(profile, &stories)
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
