//! The newsroom's `isnad.toml` as the language server sees it: which file governs which draft, the
//! last good configuration of each file, and how a broken file is reported.
//!
//! Each draft with a `file:` URI is governed by the nearest `isnad.toml` above it
//! ([`config::discover`]); a draft without a path (an untitled buffer) by none. Files are keyed by
//! their canonical path ([`canonical_file`]), so the path found by walking up and the path of a
//! watched-file event or an open buffer meet. A file that fails to parse keeps its last good
//! configuration in force ([`ConfigFile::good`]) and is reported as a diagnostic on the file
//! ([`error_diagnostic`]) and a message ([`error_message`]).

use super::position::{self, Encoding};
use crate::analysis::Lang;
use crate::profile::config::{self, Config, ConfigError};
use ropey::Rope;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_lsp_server::ls_types::{Diagnostic, DiagnosticSeverity, NumberOrString, Uri};

/// The `code` of the diagnostic published on a broken `isnad.toml`.
pub const CONFIG_CODE: &str = "config";

/// What the server knows about one `isnad.toml`.
#[derive(Clone, Debug, Default)]
pub struct ConfigFile {
    /// The last configuration that parsed; `None` when the file has never been valid since the
    /// server first read it (its drafts then use the editor settings alone).
    pub good: Option<Arc<Config>>,
    /// The errors of the latest text (every one, in file order), empty when it parsed.
    pub errors: Vec<ConfigError>,
}

/// True when `uri` names a file called `isnad.toml`.
pub fn is_config_uri(uri: &Uri) -> bool {
    uri.scheme().as_str().eq_ignore_ascii_case("file")
        && uri
            .to_file_path()
            .is_some_and(|p| p.file_name().is_some_and(|n| n == config::FILE_NAME))
}

/// The file path of a `file:` URI; `None` for other schemes (`untitled:` ...).
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    uri.to_file_path().map(|p| p.into_owned())
}

/// `path` with its folder canonicalized (symbolic links resolved), as [`config::discover`] returns
/// paths. Works for a file that does not exist (yet, or any more) as long as its folder does;
/// otherwise `path` unchanged.
pub fn canonical_file(path: &Path) -> PathBuf {
    match (path.parent(), path.file_name()) {
        (Some(dir), Some(name)) if !dir.as_os_str().is_empty() => std::fs::canonicalize(dir)
            .map(|d| d.join(name))
            .unwrap_or_else(|_| path.to_path_buf()),
        _ => path.to_path_buf(),
    }
}

/// The governing `isnad.toml` of the draft at `uri`, canonical; `None` without a file path or
/// without a file above it.
pub fn governing(uri: &Uri) -> Option<PathBuf> {
    config::discover(&file_path(uri)?)
}

/// Where `isnad.addSpelling` creates `isnad.toml` for a draft that has none: the workspace `root`
/// when the draft (at `doc`, if it has a path) is inside it or has no path, else the draft's
/// folder. `None` when neither is known.
pub fn new_config_path(doc: Option<&Path>, root: Option<&Path>) -> Option<PathBuf> {
    let dir = match (doc, root) {
        (Some(d), Some(r)) if d.starts_with(r) => r.to_path_buf(),
        (Some(d), _) => d.parent()?.to_path_buf(),
        (None, Some(r)) => r.to_path_buf(),
        (None, None) => return None,
    };
    Some(canonical_file(&dir.join(config::FILE_NAME)))
}

/// The byte range (half-open, UTF-8) to mark for `err` in `text`: the error's own range, else its
/// 1-based line and column (columns in Unicode scalar values) to the end of that line, else the
/// start of the file.
pub fn error_range(err: &ConfigError, text: &str) -> std::ops::Range<usize> {
    if let Some(r) = &err.range {
        let start = floor(text, r.start.min(text.len()));
        let end = floor(text, r.end.clamp(start, text.len()));
        return start..end;
    }
    if err.line == 0 {
        return 0..0;
    }
    let Some(line) = text.split_inclusive('\n').nth(err.line - 1) else {
        return text.len()..text.len();
    };
    let line_start = line.as_ptr() as usize - text.as_ptr() as usize;
    let body = line.trim_end_matches(['\n', '\r']);
    let col = body
        .char_indices()
        .nth(err.column.saturating_sub(1))
        .map_or(body.len(), |(i, _)| i);
    line_start + col..line_start + body.len()
}

fn floor(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The diagnostic for `err` on the `isnad.toml` whose text is `text` (the client's buffer or the
/// file on disk), range in encoding `enc`: severity error, `source` "isnad", `code` "config".
pub fn error_diagnostic(err: &ConfigError, text: &str, enc: Encoding, lang: Lang) -> Diagnostic {
    let rope = Rope::from_str(text);
    let message = match lang {
        Lang::En => format!("isnad.toml: {}", err.message),
        Lang::Ar => format!("خطأ في isnad.toml: {}", err.message_ar),
    };
    Diagnostic {
        range: position::to_lsp_range(&rope, &error_range(err, text), enc),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String(CONFIG_CODE.to_string())),
        source: Some(super::diagnostics::SOURCE.to_string()),
        message,
        ..Diagnostic::default()
    }
}

/// The `window/showMessage` text for `err`; `kept` says whether a previous good configuration
/// stays in force (else the file is ignored until fixed).
pub fn error_message(err: &ConfigError, lang: Lang, kept: bool) -> String {
    match (lang, kept) {
        (Lang::En, true) => format!(
            "isnad: {err}. The last good configuration stays in force until the file is fixed."
        ),
        (Lang::En, false) => {
            format!("isnad: {err}. The file is ignored until it is fixed.")
        }
        (Lang::Ar, true) => format!(
            "إسناد: {}. تبقى آخر إعدادات سليمة سارية حتى يُصلَح الملف.",
            err.located(true)
        ),
        (Lang::Ar, false) => format!("إسناد: {}. يُتجاهل الملف حتى يُصلَح.", err.located(true)),
    }
}

/// What follows the message of a file's first error when it has `more` others (empty when none):
/// " (and 2 more errors: see the file's diagnostics)".
pub fn more_errors(more: usize, lang: Lang) -> String {
    match (more, lang) {
        (0, _) => String::new(),
        (n, Lang::En) => format!(" (and {n} more error(s): see the file's diagnostics)"),
        (n, Lang::Ar) => format!(" (وأخطاء أخرى عددها {n}: انظر ملاحظات الملف)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_ranges_from_span_or_line_and_column() {
        let text = "[rules]\nname-variant = \"loud\"\r\n";
        let e = Config::parse(text).unwrap_err();
        let r = error_range(&e, text);
        assert_eq!(&text[r.clone()], "name-variant");
        let d = error_diagnostic(&e, text, Encoding::Utf16, Lang::En);
        assert_eq!((d.range.start.line, d.range.start.character), (1, 0));
        assert_eq!(d.range.end.character, 12);
        assert_eq!(d.code, Some(NumberOrString::String("config".into())));
        assert_eq!(d.source.as_deref(), Some("isnad"));

        // Without a byte range: the line from the column, columns in characters.
        let e = ConfigError {
            path: None,
            line: 2,
            column: 3,
            range: None,
            message: "m".into(),
            message_ar: "م".into(),
        };
        let text = "[spellings]\n\"سورية\" = 3\r\n";
        assert_eq!(&text[error_range(&e, text)], "ورية\" = 3");
        let far = ConfigError {
            line: 9,
            ..e.clone()
        };
        assert_eq!(error_range(&far, text), text.len()..text.len());
        let none = ConfigError { line: 0, ..e };
        assert_eq!(error_range(&none, text), 0..0);
    }

    #[test]
    fn creation_place_and_config_uris() {
        let root = Path::new("/nonexistent-isnad/desk");
        assert_eq!(
            new_config_path(Some(&root.join("a/b.md")), Some(root)),
            Some(root.join("isnad.toml"))
        );
        assert_eq!(
            new_config_path(Some(Path::new("/elsewhere-isnad/c.md")), Some(root)),
            Some(PathBuf::from("/elsewhere-isnad/isnad.toml"))
        );
        assert_eq!(new_config_path(None, None), None);
        assert!(is_config_uri(&"file:///x/isnad.toml".parse().unwrap()));
        assert!(!is_config_uri(&"file:///x/draft.md".parse().unwrap()));
        assert!(!is_config_uri(&"untitled:isnad.toml".parse().unwrap()));
        assert_eq!(file_path(&"untitled:Untitled-1".parse().unwrap()), None);
    }
}
