//! One open document: its text in a ropey [`Rope`], the client's version, its language, and the
//! last analysis published for it.
//!
//! Edits are applied synchronously (callers hold the store's lock and never `.await` while doing
//! so), in the order the client sent them, so concurrent handlers can never see half an edit.

use super::position::{self, Encoding};
use crate::analysis::Analysis;
use crate::analysis::incremental::Incremental;
use crate::text::Format;
use ropey::Rope;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tower_lsp_server::ls_types::TextDocumentContentChangeEvent;

/// An analysis together with the text it was computed from.
#[derive(Debug)]
pub struct Snapshot {
    /// Document version the analysis belongs to.
    pub version: i32,
    /// The text analysed (a cheap clone of the rope at that version).
    pub rope: Rope,
    /// What the analysis found (byte ranges into `rope`), cross-story findings included.
    pub analysis: Analysis,
    /// The places in other drafts that cross-story findings point at, as editor locations.
    pub elsewhere: Vec<super::index::Place>,
    /// True when checking this version panicked: `analysis` is then empty and the draft shows one
    /// [`super::contain::internal_error_diagnostic`].
    pub internal_error: bool,
    /// True when this version's text is a binary file's ([`crate::drafts::looks_binary`]): it
    /// was not analysed (`analysis` is empty) and the draft shows one
    /// [`super::contain::not_a_draft_diagnostic`].
    pub not_a_draft: bool,
}

/// An open document.
#[derive(Debug)]
pub struct OpenDraft {
    /// Current text.
    pub rope: Rope,
    /// Version from the last `didOpen`/`didChange`.
    pub version: i32,
    /// The client's `languageId` (`markdown`, `plaintext`, `text` ...).
    pub language_id: String,
    /// Plain text or Markdown, from the language id or the file name.
    pub format: Format,
    /// Set from a process-wide counter each time an analysis is scheduled; a run publishes only
    /// while its generation is still the latest (a newer edit or configuration change supersedes
    /// it).
    pub generation: u64,
    /// The same generation, shared with the scheduled analysis jobs, which read it without the
    /// store's lock to skip an analysis already superseded; 0 once the draft is closed or
    /// replaced ([`OpenDraft::cancel`]).
    pub latest: Arc<AtomicU64>,
    /// Last analysis, if one finished for some version.
    pub snapshot: Option<Arc<Snapshot>>,
    /// The pending (debouncing or running) analysis task, aborted when superseded.
    pub pending: Option<tokio::task::AbortHandle>,
    /// The `isnad.toml` governing this draft (canonical path), or, for an `isnad.toml` opened in
    /// the editor, its own path; `None` for a draft with no file path or no file above it.
    pub config: Option<std::path::PathBuf>,
    /// True for an `isnad.toml` opened in the editor: tracked for its text (the configuration is
    /// read from the buffer), never analysed as a draft.
    pub is_config: bool,
    /// The per-paragraph facts of the last version analysed, reused by the next analysis
    /// ([`Incremental`]: identical to a from-scratch analysis); dropped with the document on close.
    pub incremental: Arc<Mutex<Incremental>>,
}

/// How [`OpenDraft::apply_changes`] went.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangeReport {
    /// Number of content changes applied.
    pub applied: usize,
    /// Number of ranged changes whose range was out of bounds (or inside a character) and was
    /// clamped before applying.
    pub clamped: usize,
}

impl OpenDraft {
    /// A document opened with `text` at `version`. `path` (the URI path) decides the format when
    /// the language id is not `markdown`.
    pub fn new(text: &str, version: i32, language_id: &str, path: &str) -> OpenDraft {
        OpenDraft {
            rope: Rope::from_str(text),
            version,
            language_id: language_id.to_string(),
            format: format_of(language_id, path),
            generation: 0,
            latest: Arc::default(),
            snapshot: None,
            pending: None,
            config: None,
            is_config: false,
            incremental: Arc::default(),
        }
    }

    /// Supersedes every analysis scheduled for this draft (it is being closed or replaced): a
    /// pending task is aborted, and a job not yet started does nothing.
    pub fn cancel(&mut self) {
        if let Some(p) = self.pending.take() {
            p.abort();
        }
        self.latest.store(0, Ordering::SeqCst);
    }

    /// Applies `changes` in order and sets `version`. A change without a range replaces the whole
    /// text; a ranged change replaces that range (positions in `enc`), clamped to the text when out
    /// of bounds. Never panics.
    pub fn apply_changes(
        &mut self,
        changes: &[TextDocumentContentChangeEvent],
        version: i32,
        enc: Encoding,
    ) -> ChangeReport {
        let mut report = ChangeReport::default();
        for change in changes {
            match change.range {
                None => self.rope = Rope::from_str(&change.text),
                Some(range) => {
                    let (bytes, clamped) = position::to_byte_range(&self.rope, range, enc);
                    if clamped {
                        report.clamped += 1;
                    }
                    let a = self.rope.byte_to_char(bytes.start);
                    let b = self.rope.byte_to_char(bytes.end);
                    if b > a {
                        self.rope.remove(a..b);
                    }
                    if !change.text.is_empty() {
                        self.rope.insert(a, &change.text);
                    }
                }
            }
            report.applied += 1;
        }
        self.version = version;
        report
    }

    /// The last analysis if it belongs to the current version.
    pub fn current_snapshot(&self) -> Option<Arc<Snapshot>> {
        self.snapshot
            .as_ref()
            .filter(|s| s.version == self.version)
            .cloned()
    }
}

/// Markdown for language id `markdown` (any case) or a Markdown file name, else plain text.
pub fn format_of(language_id: &str, path: &str) -> Format {
    if language_id.eq_ignore_ascii_case("markdown") {
        Format::Markdown
    } else {
        Format::from_path(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn change(r: Option<((u32, u32), (u32, u32))>, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: r.map(|((a, b), (c, d))| Range::new(Position::new(a, b), Position::new(c, d))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn incremental_changes_apply_in_order_in_each_encoding() {
        // "🚨 مملوك": insert "اللواء " before the name; columns differ per encoding.
        // (column of the name on line 0, end column of "سطر" on line 1)
        for (enc, col, end) in [
            (Encoding::Utf8, 5, 6),
            (Encoding::Utf16, 3, 3),
            (Encoding::Utf32, 2, 3),
        ] {
            let mut d = OpenDraft::new("🚨 مملوك\r\nسطر", 1, "plaintext", "/d.txt");
            let r = d.apply_changes(
                &[
                    change(Some(((0, col), (0, col))), "اللواء "),
                    change(Some(((1, 0), (1, end))), "نص"),
                ],
                2,
                enc,
            );
            assert_eq!(
                r,
                ChangeReport {
                    applied: 2,
                    clamped: 0
                }
            );
            assert_eq!(d.rope.to_string(), "🚨 اللواء مملوك\r\nنص");
            assert_eq!(d.version, 2);
        }
    }

    #[test]
    fn full_replacement_and_out_of_bounds_ranges() {
        let mut d = OpenDraft::new("قديم", 1, "markdown", "/x");
        assert_eq!(d.format, Format::Markdown);
        let r = d.apply_changes(
            &[
                change(None, "جديد"),
                change(Some(((0, 2), (7, 0))), "!"),
                change(Some(((9, 9), (9, 9))), "؟"),
            ],
            5,
            Encoding::Utf16,
        );
        assert_eq!(
            r,
            ChangeReport {
                applied: 3,
                clamped: 2
            }
        );
        assert_eq!(d.rope.to_string(), "جد!؟");
    }

    #[test]
    fn format_from_language_or_path() {
        assert_eq!(format_of("plaintext", "/a/b.md"), Format::Markdown);
        assert_eq!(format_of("text", "/a/b.txt"), Format::Plain);
        assert_eq!(format_of("Markdown", "/a/b"), Format::Markdown);
    }
}
