//! `workspace/executeCommand` handlers that do more than one step: [`review::REVIEW`] (the
//! review sheet of a draft or the workspace) and the house-style commands that edit `isnad.toml`
//! ([`super::actions::ADD_SPELLING`], [`super::actions::ACCEPT_NAME`]).

use super::contain;
use super::house;
use super::position;
use super::project;
use super::review;
use super::state::{Handle, lock};
use crate::analysis::Lang;
use crate::drafts;
use crate::profile::config::Config as FileConfig;
use std::path::{Path, PathBuf};
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tracing::{info, warn};

impl Handle {
    /// Runs [`review::REVIEW`]: gathers the stories (the draft of `args.uri`, or every draft of
    /// the workspace folders that the `[files]` globs of its `isnad.toml` let through, else every
    /// open draft they let through; an open draft from its buffer, the others from disk), each
    /// with the profile of its own `isnad.toml`, and renders the sheet on the blocking pool
    /// ([`crate::report::review`]: the same pipeline as `isnad report`).
    pub(super) async fn review(&self, args: review::ReviewArgs) -> Result<String> {
        let session = self.state.session();
        let lang = session.lang();
        let invalid = |text: &str| {
            tower_lsp_server::jsonrpc::Error::invalid_params(format!("{}: {text}", review::REVIEW))
        };
        if args.scope == review::Scope::Document && args.uri.is_none() {
            return Err(invalid(match lang {
                Lang::En => "the document scope needs a `uri`",
                Lang::Ar => "نطاق «document» يحتاج إلى `uri`",
            }));
        }
        let open = self.open_drafts();
        let config = match &args.uri {
            Some(u) => lock(&self.state.docs)
                .get(u)
                .and_then(|d| d.config.clone())
                .or_else(|| self.state.governing(u)),
            None => None,
        };
        if let Some(c) = &config
            && !lock(&self.state.configs).contains_key(c)
        {
            let report = self.reload(c).1;
            self.publish_reports(report.into_iter().collect()).await;
        }
        let h = self.clone();
        let folders = session.folders.clone();
        let result = tokio::task::spawn_blocking(move || -> std::result::Result<String, String> {
            let sources = gather(&h, args.scope, args.uri.as_ref(), open, config, &folders)?;
            let message = contain::internal_error_message(lang);
            let sheet = crate::report::review(sources, lang, &contain::Contained, &message);
            Ok(review::render(&sheet, args.format))
        })
        .await;
        match result {
            Ok(Ok(text)) => Ok(text),
            Ok(Err(e)) => Err(invalid(&e)),
            Err(e) => Err(tower_lsp_server::jsonrpc::Error {
                code: tower_lsp_server::jsonrpc::ErrorCode::InternalError,
                message: format!("{}: {e}", review::REVIEW).into(),
                data: None,
            }),
        }
    }

    /// The `isnad.toml` that the house-style commands edit for the draft `uri`: the governing
    /// one, else where a new one is created (see [`project::new_config_path`]).
    pub(super) fn house_file(&self, uri: &Uri) -> Option<PathBuf> {
        let known = lock(&self.state.docs)
            .get(uri)
            .and_then(|d| d.config.clone());
        known.or_else(|| self.state.governing(uri)).or_else(|| {
            let root = self.state.session().root;
            project::new_config_path(project::file_path(uri).as_deref(), root.as_deref())
        })
    }

    /// Runs a house-style command: computes the new text of the draft's `isnad.toml` with `edit`,
    /// checks it, writes it (to the editor's buffer with `workspace/applyEdit` when the file is
    /// open there, else to disk, creating the file when missing), then reloads it and re-analyses
    /// the open drafts. A file open in an editor without `workspace/applyEdit` is not written
    /// (the buffer would undo it): the command fails with a message. Errors are shown to the user
    /// and returned.
    ///
    /// Long: the steps of one command (find, read, edit, check, write to the buffer or disk) share the error path shown to the user.
    pub(super) async fn edit_house_file(
        &self,
        uri: &Uri,
        edit: impl FnOnce(&str) -> std::result::Result<String, house::EditError>,
    ) -> Result<()> {
        let lang = self.state.session().lang();
        let fail = |en: String, ar: String| house_error(lang, en, ar);
        let outcome: std::result::Result<PathBuf, (String, tower_lsp_server::jsonrpc::Error)> =
            async {
                let Some(path) = self.house_file(uri) else {
                    return Err(fail(
                        "save the draft or open a folder first: there is no place for isnad.toml"
                            .to_string(),
                        "احفظ المسودة أو افتح مجلداً أولاً: لا مكان لملف isnad.toml".to_string(),
                    ));
                };
                let (before, open) = match self.state.config_text(&path) {
                    Some(t) => t,
                    None if !path.exists() => (String::new(), None),
                    None => {
                        return Err(fail(
                            format!("cannot read {}", path.display()),
                            format!("تعذرت قراءة {}", path.display()),
                        ));
                    }
                };
                let after = edit(&before).map_err(|e| fail(e.en, e.ar))?;
                if let Err(e) = FileConfig::parse(&after) {
                    return Err(fail(
                        format!("{} has an error; fix it first: {e}", path.display()),
                        format!("في {} خطأ؛ أصلحه أولاً: {e}", path.display()),
                    ));
                }
                if after == before {
                    return Ok(path);
                }
                match open {
                    Some((doc_uri, version)) if self.state.session().caps.apply_edit => {
                        let encoding = self.state.session().encoding;
                        let ws = whole_file_edit(doc_uri, version, &before, after, encoding);
                        match self.client.apply_edit(ws).await {
                            Ok(r) if r.applied => Ok(path),
                            Ok(r) => Err(fail(
                                format!(
                                    "the editor did not apply the change to isnad.toml: {}",
                                    r.failure_reason.unwrap_or_default()
                                ),
                                "لم يطبّق المحرر التعديل على isnad.toml".to_string(),
                            )),
                            Err(e) => Err(fail(
                                format!("the editor did not apply the change to isnad.toml: {e}"),
                                "لم يطبّق المحرر التعديل على isnad.toml".to_string(),
                            )),
                        }
                    }
                    // Open in an editor that cannot take the edit: writing the file on disk would
                    // be undone by the buffer (and the server reads the buffer), so refuse.
                    Some(_) => Err(fail(
                        format!(
                            "{} is open in the editor, which does not accept edits from isnad \
                             (workspace/applyEdit): make the change there, or close the file and \
                             run the command again",
                            path.display()
                        ),
                        format!(
                            "الملف {} مفتوح في المحرر، والمحرر لا يقبل تعديلات إسناد \
                             (workspace/applyEdit): عدّله هناك، أو أغلقه وأعد تنفيذ الأمر",
                            path.display()
                        ),
                    )),
                    // Not open in the editor: the explicit command writes the file.
                    None => match std::fs::write(&path, after) {
                        Ok(()) => {
                            info!("wrote {}", path.display());
                            Ok(path)
                        }
                        Err(e) => Err(fail(
                            format!("cannot write {}: {e}", path.display()),
                            format!("تعذرت الكتابة في {}: {e}", path.display()),
                        )),
                    },
                }
            }
            .await;
        match outcome {
            Ok(path) => {
                self.sync_configs(&[path]).await;
                Ok(())
            }
            Err((text, err)) => {
                warn!("{text}");
                self.client.show_message(MessageType::ERROR, text).await;
                Err(err)
            }
        }
    }
}

/// An open draft (not an `isnad.toml`): its URI, canonical path, text, format and governing
/// `isnad.toml`.
type Open = (
    Uri,
    Option<PathBuf>,
    String,
    crate::text::Format,
    Option<PathBuf>,
);

impl Handle {
    /// The open drafts (not the `isnad.toml` buffers), with their texts copied from the buffers.
    fn open_drafts(&self) -> Vec<Open> {
        lock(&self.state.docs)
            .iter()
            .filter(|(_, d)| !d.is_config)
            .map(|(u, d)| {
                let path = project::file_path(u).map(|p| project::canonical_file(&p));
                (
                    u.clone(),
                    path,
                    d.rope.to_string(),
                    d.format,
                    d.config.clone(),
                )
            })
            .collect()
    }
}

/// The stories of a review (blocking: reads drafts from disk), each with the profile of its own
/// `isnad.toml`: for the document scope the draft `uri` (from its buffer when `open`, else from
/// disk, governed by `config`); else every draft of the workspace `folders` that its `[files]`
/// globs let through (open ones from their buffers, and open drafts inside a folder that are not
/// saved to disk yet, in path order with the others), or, with no folders, every open draft they
/// let through, in URI order. Errors: the document is neither open nor readable.
///
/// Long: the three scopes (document, workspace folders, open drafts) share the two closures that make a story.
fn gather(
    h: &Handle,
    scope: review::Scope,
    uri: Option<&Uri>,
    open: Vec<Open>,
    config: Option<PathBuf>,
    folders: &[PathBuf],
) -> std::result::Result<Vec<crate::report::Source>, String> {
    // A buffer holding a binary file is reported as the command line reports such a file.
    let source =
        |path: String, text: std::result::Result<String, String>, format, config: Option<&Path>| {
            crate::report::Source {
                path,
                format,
                text: text.and_then(|t| match drafts::looks_binary(t.bytes()) {
                    true => Err(drafts::BINARY.to_string()),
                    false => Ok(t),
                }),
                profile: h.state.profile(config),
            }
        };
    let from_disk = |path: &Path, config: Option<&Path>| {
        let uri = Uri::from_file_path(path)?;
        let name = review::display_name(&uri, Some(path), folders);
        let format = crate::text::Format::from_path(&path.to_string_lossy());
        Some(source(name, drafts::read_path(path), format, config))
    };
    let mut sources = Vec::new();
    match (scope, uri) {
        (review::Scope::Document, Some(uri)) => {
            let path = project::file_path(uri).map(|p| project::canonical_file(&p));
            match open.into_iter().find(|o| &o.0 == uri) {
                Some((u, p, text, format, _)) => sources.push(source(
                    review::display_name(&u, p.as_deref(), folders),
                    Ok(text),
                    format,
                    config.as_deref(),
                )),
                None => match path
                    .as_deref()
                    .and_then(|p| from_disk(p, config.as_deref()))
                {
                    Some(s) if s.text.is_ok() => sources.push(s),
                    _ => {
                        return Err(format!("{} is neither open nor readable", uri.as_str()));
                    }
                },
            }
        }
        _ if folders.is_empty() => {
            let mut open = open;
            open.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
            for (u, p, text, format, config) in open {
                if p.as_deref()
                    .is_some_and(|p| !h.state.included(p, config.as_deref()))
                {
                    continue;
                }
                sources.push(source(
                    review::display_name(&u, p.as_deref(), folders),
                    Ok(text),
                    format,
                    config.as_deref(),
                ));
            }
        }
        _ => {
            let on_disk = drafts::in_folders(folders);
            // An open draft inside a folder that is not on disk yet (a new file never saved) is a
            // draft of the workspace too: reviewed from its buffer, in path order with the others.
            let mut unsaved: Vec<&Open> = open
                .iter()
                .filter(|o| {
                    o.1.as_deref().is_some_and(|p| {
                        drafts::within(p, folders)
                            && drafts::is_draft(p)
                            && on_disk.binary_search_by(|d| d.as_path().cmp(p)).is_err()
                            && h.state.included(p, o.4.as_deref())
                    })
                })
                .collect();
            unsaved.sort_by(|a, b| a.1.cmp(&b.1));
            let mut unsaved = unsaved.into_iter().peekable();
            let mut add_unsaved = |sources: &mut Vec<crate::report::Source>,
                                   before: Option<&Path>| {
                while let Some((u, p, text, format, config)) = unsaved
                    .next_if(|o| before.is_none_or(|b| o.1.as_deref().is_some_and(|p| p < b)))
                {
                    sources.push(source(
                        review::display_name(u, p.as_deref(), folders),
                        Ok(text.clone()),
                        *format,
                        config.as_deref(),
                    ));
                }
            };
            for path in on_disk {
                add_unsaved(&mut sources, Some(&path));
                let config = h.state.governing_path(&path);
                if let Some(c) = &config
                    && !lock(&h.state.configs).contains_key(c)
                {
                    // Errors in it are reported when the index reads it.
                    let _ = h.reload(c);
                }
                if !h.state.included(&path, config.as_deref()) {
                    continue;
                }
                match open.iter().find(|o| o.1.as_deref() == Some(path.as_path())) {
                    Some((u, _, text, format, _)) => sources.push(source(
                        review::display_name(u, Some(&path), folders),
                        Ok(text.clone()),
                        *format,
                        config.as_deref(),
                    )),
                    None => sources.extend(from_disk(&path, config.as_deref())),
                }
            }
            add_unsaved(&mut sources, None);
        }
    }
    Ok(sources)
}

/// The message of a JSON-RPC "invalid params" error for `command` whose arguments could not be
/// read (`detail`, as serde_json words it), in the session's language `lang`.
pub(super) fn bad_arguments(lang: Lang, command: &str, detail: &dyn std::fmt::Display) -> String {
    match lang {
        Lang::En => format!("{command}: bad arguments: {detail}"),
        Lang::Ar => format!("{command}: وسائط الأمر غير صالحة: {detail}"),
    }
}

/// What a failed house-style command shows and answers: the message in `lang` (prefixed with
/// the program's name) and the JSON-RPC error (code -32803, request failed) with the English text.
fn house_error(lang: Lang, en: String, ar: String) -> (String, tower_lsp_server::jsonrpc::Error) {
    let text = match lang {
        Lang::En => format!("isnad: {en}"),
        Lang::Ar => format!("إسناد: {ar}"),
    };
    (
        text,
        tower_lsp_server::jsonrpc::Error {
            code: tower_lsp_server::jsonrpc::ErrorCode::ServerError(-32803),
            message: en.into(),
            data: None,
        },
    )
}

/// A workspace edit that replaces the whole text `before` of the buffer `uri` (at `version`) with
/// `after`, its end position in `encoding`.
fn whole_file_edit(
    uri: Uri,
    version: i32,
    before: &str,
    after: String,
    encoding: position::Encoding,
) -> WorkspaceEdit {
    let end = position::to_position(&ropey::Rope::from_str(before), before.len(), encoding);
    let edit = TextEdit {
        range: Range::new(Position::new(0, 0), end),
        new_text: after,
    };
    WorkspaceEdit {
        document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
            text_document: OptionalVersionedTextDocumentIdentifier {
                uri,
                version: Some(version),
            },
            edits: vec![OneOf::Left(edit)],
        }])),
        ..WorkspaceEdit::default()
    }
}
