//! The `LanguageServer` implementation: the protocol side of `isnad lsp`.
//!
//! Ordering and concurrency: tower-lsp-server runs handlers concurrently, so every handler that
//! changes the document store does so synchronously, under a short `std` lock, before its first
//! `.await`. Analyses run on the one analysis thread (`worker`) after a debounce (with none, the
//! handler hands the job straight to that thread); each run belongs to a *generation* of its
//! document, and publishes only while that generation is still the latest (a newer edit, a
//! configuration change, `didClose` or `shutdown` supersedes it). Diagnostics are tagged with the document
//! version they were computed for. Typing never waits on an analysis.
//!
//! House style: each draft is analysed with the profile of its governing `isnad.toml` (see
//! [`super::project`]) merged over the editor settings, one profile cached per configuration file.
//! A change to an `isnad.toml` (watched file, or the file open in the editor) is re-read; a good
//! text re-analyses the drafts it governs from their buffers, a bad one keeps the last good
//! configuration and is reported on the file. The only file the server ever writes is an
//! `isnad.toml`, and only when the user runs [`actions::ADD_SPELLING`] or [`actions::ACCEPT_NAME`].

use super::actions;
use super::commands;
use super::contain;
use super::document::OpenDraft;
use super::house;
use super::hover;
use super::index;
use super::names;
use super::position::{self, Encoding};
use super::project;
use super::review;
use super::state::{ClientCaps, Handle, SHUTDOWN_REQUESTED, State, lock};
use super::symbols;
use crate::drafts;
use serde_json::Value;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};
use tracing::{debug, info, warn};

/// The isnad language server.
pub struct Backend {
    h: Handle,
}

impl Backend {
    /// A server talking to `client`.
    pub fn new(client: Client) -> Backend {
        Backend {
            h: Handle {
                client,
                state: Arc::new(State::default()),
            },
        }
    }
}

impl LanguageServer for Backend {
    /// Long: mostly the one `ServerCapabilities` literal the protocol answers with.
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = Encoding::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let caps = ClientCaps::from_params(&params.capabilities);
        let prepare_rename = caps.prepare_rename;
        #[allow(deprecated)]
        let root = params
            .root_uri
            .as_ref()
            .and_then(project::file_path)
            .or_else(|| {
                params
                    .workspace_folders
                    .as_ref()
                    .and_then(|f| f.first())
                    .and_then(|f| project::file_path(&f.uri))
            })
            .map(|p| std::fs::canonicalize(&p).unwrap_or(p));
        let mut folders: Vec<PathBuf> = params
            .workspace_folders
            .iter()
            .flatten()
            .filter_map(|f| project::file_path(&f.uri))
            .map(|p| std::fs::canonicalize(&p).unwrap_or(p))
            .collect();
        if folders.is_empty() {
            folders.extend(root.clone());
        }
        let mut warnings = Vec::new();
        self.h.state.update_session(|s| {
            s.root = root;
            s.folders = folders;
            s.encoding = encoding;
            s.client_locale = params.locale.clone();
            s.caps = caps;
            if let Some(opts) = &params.initialization_options {
                warnings = s.config.merge(opts);
            }
        });
        // Shown to the user (one message) once the client is initialized.
        *lock(&self.h.state.init_warnings) = warnings
            .into_iter()
            .map(|w| format!("initializationOptions: {w}"))
            .collect();
        info!(
            "initialize: client {:?}, encoding {encoding:?}",
            params.client_info.as_ref().map(|c| c.name.as_str())
        );
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![
                            CodeActionKind::QUICKFIX,
                            CodeActionKind::from(actions::FIX_ALL_KIND),
                        ]),
                        resolve_provider: Some(false),
                        ..CodeActionOptions::default()
                    },
                )),
                document_symbol_provider: Some(OneOf::Left(true)),
                definition_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                document_highlight_provider: Some(OneOf::Left(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                rename_provider: Some(if prepare_rename {
                    OneOf::Right(RenameOptions {
                        prepare_provider: Some(true),
                        work_done_progress_options: WorkDoneProgressOptions::default(),
                    })
                } else {
                    OneOf::Left(true)
                }),
                inlay_hint_provider: Some(OneOf::Left(true)),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: actions::COMMANDS.iter().map(|c| c.to_string()).collect(),
                    ..ExecuteCommandOptions::default()
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "isnad".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            // clangd's pre-3.17 `offsetEncoding` extension: not used, positionEncoding is.
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let mut warnings = std::mem::take(&mut *lock(&self.h.state.init_warnings));
        warnings.extend(self.h.config_path_warning());
        self.h.report_config_warnings(warnings).await;
        // Server-to-client requests run in their own task: a client that exits without answering
        // must not keep this handler (and so the server) alive.
        let h = self.h.clone();
        tokio::spawn(async move {
            if h.state.session().caps.config_registration {
                let reg = Registration {
                    id: "isnad-configuration".to_string(),
                    method: "workspace/didChangeConfiguration".to_string(),
                    register_options: None,
                };
                if let Err(e) = h.client.register_capability(vec![reg]).await {
                    debug!("client refused didChangeConfiguration registration: {e}");
                }
            }
            if h.state.session().caps.watched_files_registration {
                let options = DidChangeWatchedFilesRegistrationOptions {
                    watchers: vec![
                        FileSystemWatcher {
                            glob_pattern: GlobPattern::String(format!(
                                "**/{}",
                                crate::profile::config::FILE_NAME
                            )),
                            kind: None,
                        },
                        FileSystemWatcher {
                            glob_pattern: GlobPattern::String(index::WATCH_GLOB.to_string()),
                            kind: None,
                        },
                    ],
                };
                let reg = Registration {
                    id: "isnad-toml-watcher".to_string(),
                    method: "workspace/didChangeWatchedFiles".to_string(),
                    register_options: serde_json::to_value(options).ok(),
                };
                if let Err(e) = h.client.register_capability(vec![reg]).await {
                    debug!("client refused didChangeWatchedFiles registration: {e}");
                }
            }
            if h.state.session().caps.configuration {
                h.refresh_config(None).await;
            }
        });
        // The workspace index, in its own task: requests are served while it is built.
        let h = self.h.clone();
        tokio::spawn(async move { h.index_workspace().await });
    }

    async fn shutdown(&self) -> Result<()> {
        SHUTDOWN_REQUESTED.store(true, Ordering::SeqCst);
        for doc in lock(&self.h.state.docs).values_mut() {
            if let Some(p) = doc.pending.take() {
                p.abort();
            }
        }
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let d = params.text_document;
        let mut doc = OpenDraft::new(&d.text, d.version, &d.language_id, d.uri.path().as_str());
        if project::is_config_uri(&d.uri) {
            // An isnad.toml opened in the editor: its buffer is the configuration from now on.
            let path = project::file_path(&d.uri).map(|p| project::canonical_file(&p));
            doc.is_config = true;
            doc.config = path.clone();
            let old = lock(&self.h.state.docs).insert(d.uri.clone(), doc);
            if let Some(mut o) = old {
                o.cancel();
            }
            if let Some(path) = path {
                self.h.sync_configs(&[path]).await;
            }
            return;
        }
        doc.config = self.h.state.governing(&d.uri);
        let report = match &doc.config {
            Some(p) if !lock(&self.h.state.configs).contains_key(p) => self.h.reload(p).1,
            _ => None,
        };
        let debounce = self.h.state.session().config.debounce_ms;
        {
            let mut docs = lock(&self.h.state.docs);
            let old = docs.insert(d.uri.clone(), doc);
            if let Some(mut o) = old {
                o.cancel();
            }
            if let Some(doc) = docs.get_mut(&d.uri) {
                self.h.schedule_doc(doc, &d.uri, debounce);
            }
        }
        self.h.publish_reports(report.into_iter().collect()).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let session = self.h.state.session();
        let (enc, debounce) = (session.encoding, session.config.debounce_ms);
        let uri = params.text_document.uri;
        let config_path = {
            let mut docs = lock(&self.h.state.docs);
            let Some(doc) = docs.get_mut(&uri) else {
                warn!(
                    "didChange for a document that is not open: {}",
                    uri.as_str()
                );
                return;
            };
            let version = params.text_document.version;
            if version <= doc.version {
                debug!(
                    "didChange version {version} after {} for {}",
                    doc.version,
                    uri.as_str()
                );
            }
            let report = doc.apply_changes(&params.content_changes, version, enc);
            if report.clamped > 0 {
                warn!(
                    "didChange for {} v{version}: {} edit range(s) out of bounds, clamped",
                    uri.as_str(),
                    report.clamped
                );
            }
            if doc.is_config {
                doc.config.clone()
            } else {
                self.h.schedule_doc(doc, &uri, debounce);
                None
            }
        };
        if let Some(path) = config_path {
            self.h.sync_configs(&[path]).await;
        }
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let path = lock(&self.h.state.docs)
            .get(&params.text_document.uri)
            .filter(|d| d.is_config)
            .and_then(|d| d.config.clone());
        if let Some(path) = path {
            self.h.sync_configs(&[path]).await;
        }
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let mut touched: Vec<PathBuf> = Vec::new();
        let mut drafts: Vec<PathBuf> = Vec::new();
        for change in &params.changes {
            if !project::is_config_uri(&change.uri) {
                if let Some(p) = project::file_path(&change.uri)
                    && drafts::is_draft(&p)
                {
                    let p = project::canonical_file(&p);
                    if !drafts.contains(&p) {
                        drafts.push(p);
                    }
                }
                continue;
            }
            if let Some(p) = project::file_path(&change.uri) {
                let p = project::canonical_file(&p);
                if !touched.contains(&p) {
                    touched.push(p);
                }
            }
        }
        if !touched.is_empty() {
            self.h.sync_configs(&touched).await;
        }
        if !drafts.is_empty() {
            let h = self.h.clone();
            tokio::spawn(async move { h.refresh_from_disk(drafts).await });
        }
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        let arg = params.arguments.into_iter().next().unwrap_or(Value::Null);
        let lang = self.h.state.session().lang();
        let bad_args = |e: &dyn std::fmt::Display| {
            tower_lsp_server::jsonrpc::Error::invalid_params(commands::bad_arguments(
                lang,
                &params.command,
                e,
            ))
        };
        let bad = |e: serde_json::Error| bad_args(&e);
        match params.command.as_str() {
            actions::ADD_SPELLING => {
                let a: actions::AddSpellingArgs = serde_json::from_value(arg).map_err(bad)?;
                self.h
                    .edit_house_file(&a.uri, |t| house::add_spelling(t, &a.house, &a.variants))
                    .await?;
            }
            actions::ACCEPT_NAME => {
                let a: actions::AcceptNameArgs = serde_json::from_value(arg).map_err(bad)?;
                self.h
                    .edit_house_file(&a.uri, |t| house::accept_name(t, &a.name))
                    .await?;
            }
            review::REVIEW => {
                let a = review::ReviewArgs::parse(std::slice::from_ref(&arg))
                    .map_err(|e| bad_args(&e))?;
                return self.h.review(a).await.map(|text| Some(Value::String(text)));
            }
            other => {
                return Err(tower_lsp_server::jsonrpc::Error::invalid_params(
                    match lang {
                        crate::analysis::Lang::En => format!("unknown command `{other}`"),
                        crate::analysis::Lang::Ar => format!("أمر غير معروف `{other}`"),
                    },
                ));
            }
        }
        Ok(None)
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let removed = lock(&self.h.state.docs).remove(&uri);
        match removed {
            Some(mut doc) => {
                doc.cancel();
                // The index goes back to the file on disk (the buffer may have been discarded).
                if !doc.is_config
                    && let Some(path) =
                        project::file_path(&uri).map(|p| project::canonical_file(&p))
                {
                    lock(&self.h.state.index).mark_closed(&path);
                    let h = self.h.clone();
                    tokio::spawn(async move { h.refresh_from_disk(vec![path]).await });
                }
                super::schedule::publish(&self.h.client, uri, Vec::new(), None).await;
                // A closed isnad.toml is read from disk again (the buffer may have been discarded).
                if doc.is_config
                    && let Some(path) = doc.config
                {
                    self.h.sync_configs(&[path]).await;
                }
            }
            None => warn!("didClose for a document that is not open: {}", uri.as_str()),
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let h = self.h.clone();
        let pushed = (!h.state.session().caps.configuration).then_some(params.settings);
        tokio::spawn(async move { h.refresh_config(pushed).await });
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let Some(snap) = self.h.snapshot(&p.text_document.uri).await else {
            return Ok(None);
        };
        let s = self.h.state.session();
        let config = lock(&self.h.state.docs)
            .get(&p.text_document.uri)
            .and_then(|d| d.config.clone());
        let profile = self.h.state.profile(config.as_deref());
        Ok(contain::catch("hover", || {
            let at = position::to_offset(&snap.rope, p.position, s.encoding).byte;
            hover::hover(
                &snap,
                &profile,
                at,
                s.encoding,
                s.lang(),
                s.caps.markdown_hover,
            )
        })
        .unwrap_or(None))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let Some(snap) = self.h.snapshot(&uri).await else {
            return Ok(None);
        };
        let s = self.h.state.session();
        let req = actions::Request {
            uri: &uri,
            snapshot: &snap,
            diagnostics: &params.context.diagnostics,
            range: params.range,
            only: params.context.only.as_deref(),
            enc: s.encoding,
            lang: s.lang(),
            document_changes: s.caps.document_changes,
            house_style: project::file_path(&uri).is_some() || s.root.is_some(),
        };
        Ok(contain::catch("code actions", || actions::code_actions(&req)).ok())
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        let Some(snap) = self.h.snapshot(&uri).await else {
            return Ok(None);
        };
        let s = self.h.state.session();
        Ok(contain::catch("document symbols", || {
            if s.caps.hierarchical_symbols {
                DocumentSymbolResponse::Nested(symbols::document_symbols(
                    &snap,
                    s.encoding,
                    s.lang(),
                ))
            } else {
                DocumentSymbolResponse::Flat(symbols::symbol_information(
                    &snap,
                    &uri,
                    s.encoding,
                    s.lang(),
                ))
            }
        })
        .ok())
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let p = params.text_document_position_params;
        let uri = p.text_document.uri;
        let Some(snap) = self.h.snapshot(&uri).await else {
            return Ok(None);
        };
        let enc = self.h.state.session().encoding;
        Ok(contain::catch("definition", || {
            let at = position::to_offset(&snap.rope, p.position, enc).byte;
            names::definition(&snap, &uri, at, enc).map(GotoDefinitionResponse::Scalar)
        })
        .unwrap_or(None))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let p = params.text_document_position;
        let uri = p.text_document.uri;
        let Some(snap) = self.h.snapshot(&uri).await else {
            return Ok(None);
        };
        let enc = self.h.state.session().encoding;
        let config = lock(&self.h.state.docs)
            .get(&uri)
            .and_then(|d| d.config.clone());
        Ok(contain::catch("references", || {
            let at = position::to_offset(&snap.rope, p.position, enc).byte;
            // Only a name needs the workspace (and the house style, for its groups).
            names::mention_at(&snap.analysis.names, at)?;
            let others = self.h.workspace_names(Some(&uri));
            let profile = self.h.state.profile(config.as_deref());
            names::references(
                &snap,
                &uri,
                at,
                enc,
                params.context.include_declaration,
                &others,
                &profile,
            )
        })
        .unwrap_or(None))
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let p = params.text_document_position_params;
        let Some(snap) = self.h.snapshot(&p.text_document.uri).await else {
            return Ok(None);
        };
        let enc = self.h.state.session().encoding;
        Ok(contain::catch("document highlights", || {
            let at = position::to_offset(&snap.rope, p.position, enc).byte;
            names::highlights(&snap, at, enc)
        })
        .unwrap_or(None))
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        let Some(snap) = self.h.snapshot(&params.text_document.uri).await else {
            return Ok(None);
        };
        let enc = self.h.state.session().encoding;
        Ok(contain::catch("prepare rename", || {
            let at = position::to_offset(&snap.rope, params.position, enc).byte;
            names::prepare_rename(&snap, at, enc)
        })
        .unwrap_or(None))
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let p = params.text_document_position;
        let uri = p.text_document.uri;
        let s = self.h.state.session();
        let lang = s.lang();
        let refuse = |e: names::RenameError| tower_lsp_server::jsonrpc::Error {
            // RequestFailed: the request was valid but cannot be carried out.
            code: tower_lsp_server::jsonrpc::ErrorCode::ServerError(-32803),
            message: e.message(lang).to_string().into(),
            data: None,
        };
        // A bad name is refused before any analysis is waited for.
        names::check_new_name(&params.new_name).map_err(refuse)?;
        let Some(snap) = self.h.snapshot(&uri).await else {
            return Ok(None);
        };
        let caps = names::EditCaps {
            document_changes: s.caps.document_changes,
            change_annotations: s.caps.document_changes && s.caps.change_annotations,
        };
        match contain::catch("rename", || {
            let at = position::to_offset(&snap.rope, p.position, s.encoding).byte;
            names::rename(&snap, &uri, at, &params.new_name, s.encoding, lang, caps)
        }) {
            Ok(Ok(edit)) => Ok(Some(edit)),
            Ok(Err(e)) => Err(refuse(e)),
            Err(_) => Ok(None),
        }
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        Ok(contain::catch("workspace symbols", || {
            contain::test_panic(&params.query);
            let drafts = self.h.workspace_names(None);
            WorkspaceSymbolResponse::Flat(names::workspace_symbols(&params.query, &drafts))
        })
        .ok())
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let s = self.h.state.session();
        if !s.config.inlay_hints {
            return Ok(Some(Vec::new()));
        }
        let Some(snap) = self.h.snapshot(&params.text_document.uri).await else {
            return Ok(None);
        };
        Ok(contain::catch("inlay hints", || {
            let (visible, _) = position::to_byte_range(&snap.rope, params.range, s.encoding);
            hover::inlay_hints(&snap, visible, s.encoding, s.lang())
        })
        .ok())
    }
}
