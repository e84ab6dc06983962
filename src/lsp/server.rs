//! The `LanguageServer` implementation: the protocol side of `isnad lsp`.
//!
//! Ordering and concurrency: tower-lsp-server runs handlers concurrently, so every handler that
//! changes the document store does so synchronously, under a short `std` lock, before its first
//! `.await`. Analyses run on tokio's blocking pool after a debounce; each run belongs to a
//! *generation* of its document, and publishes only while that generation is still the latest (a
//! newer edit or a configuration change supersedes it). Diagnostics are tagged with the document
//! version they were computed for. Typing never waits on an analysis.

use super::actions;
use super::config::Config;
use super::diagnostics;
use super::document::{Document, Snapshot};
use super::hover;
use super::position::{self, Encoding};
use super::symbols;
use crate::analysis::{self, Lang};
use crate::profile::Profile;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock};
use std::time::Duration;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};
use tracing::{debug, info, warn};

/// Set once the client has sent `shutdown`; `exit` then ends the process with status 0.
pub static SHUTDOWN_REQUESTED: AtomicBool = AtomicBool::new(false);

/// The embedded profile, built once per process (a few milliseconds), off the request path.
pub fn base_profile() -> &'static Profile {
    static BASE: OnceLock<Profile> = OnceLock::new();
    BASE.get_or_init(Profile::embedded)
}

/// What the client can do, read from its `initialize` capabilities.
#[derive(Clone, Debug, Default)]
pub struct ClientCaps {
    /// Supports `workspace/configuration` (pull settings).
    pub configuration: bool,
    /// Supports dynamic registration of `workspace/didChangeConfiguration`.
    pub config_registration: bool,
    /// Supports nested `DocumentSymbol` results.
    pub hierarchical_symbols: bool,
    /// Accepts `documentChanges` (versioned edits) in workspace edits.
    pub document_changes: bool,
    /// Renders Markdown in hovers.
    pub markdown_hover: bool,
    /// Supports `workspace/inlayHint/refresh`.
    pub inlay_refresh: bool,
}

impl ClientCaps {
    /// Reads the capabilities of `initialize`.
    pub fn from_params(c: &ClientCapabilities) -> ClientCaps {
        let ws = c.workspace.as_ref();
        let td = c.text_document.as_ref();
        ClientCaps {
            configuration: ws.and_then(|w| w.configuration).unwrap_or(false),
            config_registration: ws
                .and_then(|w| w.did_change_configuration.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false),
            hierarchical_symbols: td
                .and_then(|t| t.document_symbol.as_ref())
                .and_then(|s| s.hierarchical_document_symbol_support)
                .unwrap_or(false),
            document_changes: ws
                .and_then(|w| w.workspace_edit.as_ref())
                .and_then(|e| e.document_changes)
                .unwrap_or(false),
            markdown_hover: td
                .and_then(|t| t.hover.as_ref())
                .and_then(|h| h.content_format.as_ref())
                .is_some_and(|f| f.contains(&MarkupKind::Markdown)),
            inlay_refresh: ws
                .and_then(|w| w.inlay_hint.as_ref())
                .and_then(|i| i.refresh_support)
                .unwrap_or(false),
        }
    }
}

/// Per-session state decided at `initialize` and by the settings.
#[derive(Clone, Debug, Default)]
pub struct Session {
    /// Negotiated position encoding.
    pub encoding: Encoding,
    /// The client's `locale` from `initialize`.
    pub client_locale: Option<String>,
    /// Editor settings in effect.
    pub config: Config,
    /// Client capabilities.
    pub caps: ClientCaps,
}

impl Session {
    /// The message language (setting, else client locale, else English).
    pub fn lang(&self) -> Lang {
        self.config.lang(self.client_locale.as_deref())
    }
}

/// State shared by the handlers and the analysis tasks.
#[derive(Default)]
pub struct State {
    docs: Mutex<HashMap<Uri, Document>>,
    session: RwLock<Session>,
    /// The profile for the current rule settings; rebuilt lazily after a settings change.
    profile: Mutex<Option<Arc<Profile>>>,
    /// Held from the "still current?" check to the end of publishing, so results go out in order.
    publish: tokio::sync::Mutex<()>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl State {
    fn session(&self) -> Session {
        self.session
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn update_session(&self, f: impl FnOnce(&mut Session)) {
        f(&mut self.session.write().unwrap_or_else(|e| e.into_inner()));
    }

    /// The profile with the current per-rule settings (built on first use; may take a few ms, so
    /// call it from a blocking thread).
    fn profile(&self) -> Arc<Profile> {
        let rules = self.session().config.rules;
        let mut slot = lock(&self.profile);
        if let Some(p) = slot.as_ref() {
            return p.clone();
        }
        let mut p = base_profile().clone();
        for (id, sev) in rules {
            p.severities.insert(id, sev);
        }
        let p = Arc::new(p);
        *slot = Some(p.clone());
        p
    }

    /// Analyses `rope` (blocking).
    fn analyse(&self, rope: ropey::Rope, format: crate::text::Format, version: i32) -> Snapshot {
        let profile = self.profile();
        let text = rope.to_string();
        let analysis = analysis::analyze_text(&text, format, &profile);
        Snapshot {
            version,
            rope,
            analysis,
        }
    }
}

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

/// The client connection and the shared state, cheap to clone into background tasks.
#[derive(Clone)]
struct Handle {
    client: Client,
    state: Arc<State>,
}

impl Handle {
    /// Schedules an analysis of `uri` after the debounce, superseding any pending one. Returns at
    /// once.
    fn schedule(&self, uri: &Uri) {
        let debounce = self.state.session().config.debounce_ms;
        let mut docs = lock(&self.state.docs);
        if let Some(doc) = docs.get_mut(uri) {
            self.schedule_doc(doc, uri, debounce);
        }
    }

    /// Schedules an analysis of `doc` (the document of `uri`), superseding any pending one. The
    /// caller holds the store's lock, so an edit and the scheduling of its analysis are one step:
    /// no other edit can slip in between and start a second run for the same version.
    fn schedule_doc(&self, doc: &mut Document, uri: &Uri, debounce: u64) {
        doc.generation += 1;
        let generation = doc.generation;
        if let Some(p) = doc.pending.take() {
            p.abort();
        }
        let state = self.state.clone();
        let client = self.client.clone();
        let uri = uri.clone();
        let task = tokio::spawn(async move {
            if debounce > 0 {
                tokio::time::sleep(Duration::from_millis(debounce)).await;
            }
            analyse_and_publish(state, client, uri, generation).await;
        });
        doc.pending = Some(task.abort_handle());
    }

    /// Re-analyses every open document from its in-memory text.
    fn schedule_all(&self) {
        let uris: Vec<Uri> = lock(&self.state.docs).keys().cloned().collect();
        for uri in &uris {
            self.schedule(uri);
        }
    }

    /// The analysis of the current version of `uri`: the cached one, or a fresh one computed on
    /// the blocking pool. `None` (and a warning) for a document that is not open.
    async fn snapshot(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        let (rope, format, version) = {
            let docs = lock(&self.state.docs);
            let Some(doc) = docs.get(uri) else {
                warn!("request for a document that is not open: {}", uri.as_str());
                return None;
            };
            if let Some(s) = doc.current_snapshot() {
                return Some(s);
            }
            (doc.rope.clone(), doc.format, doc.version)
        };
        let state = self.state.clone();
        let snap = tokio::task::spawn_blocking(move || state.analyse(rope, format, version))
            .await
            .ok()?;
        let snap = Arc::new(snap);
        let mut docs = lock(&self.state.docs);
        if let Some(doc) = docs.get_mut(uri)
            && doc.version == version
            && doc.current_snapshot().is_none()
        {
            doc.snapshot = Some(snap.clone());
        }
        Some(snap)
    }

    /// Pulls the `isnad` section with `workspace/configuration` and merges it; returns the
    /// warnings about bad values.
    async fn pull_config(&self) -> Vec<String> {
        let items = vec![ConfigurationItem {
            scope_uri: None,
            section: Some("isnad".to_string()),
        }];
        match self.client.configuration(items).await {
            Ok(values) => {
                let value = values.into_iter().next().unwrap_or(Value::Null);
                self.merge_config(&value)
            }
            Err(e) => {
                warn!("workspace/configuration failed: {e}");
                Vec::new()
            }
        }
    }

    /// Merges settings into the session; the profile is rebuilt on next use.
    fn merge_config(&self, value: &Value) -> Vec<String> {
        let mut warnings = Vec::new();
        self.state
            .update_session(|s| warnings = s.config.merge(value));
        *lock(&self.state.profile) = None;
        warnings
    }

    /// Takes new settings (`pushed` by the client, or else pulled with `workspace/configuration`),
    /// reports bad values, and re-analyses every open document from memory when they changed.
    async fn refresh_config(&self, pushed: Option<Value>) {
        let before = self.state.session().config;
        let warnings = match pushed {
            Some(v) => self.merge_config(&v),
            None => self.pull_config().await,
        };
        self.report_config_warnings(warnings).await;
        let after = self.state.session().config;
        if after != before {
            info!("settings changed; re-analysing open documents");
            self.schedule_all();
            if after.inlay_hints != before.inlay_hints && self.state.session().caps.inlay_refresh {
                let _ = self.client.inlay_hint_refresh().await;
            }
        }
    }

    async fn report_config_warnings(&self, warnings: Vec<String>) {
        if warnings.is_empty() {
            return;
        }
        let text = format!("isnad: ignored settings: {}", warnings.join("; "));
        warn!("{text}");
        self.client.show_message(MessageType::WARNING, text).await;
    }
}

/// Runs one analysis of generation `generation` of `uri` and publishes its diagnostics if that
/// generation is still the latest.
async fn analyse_and_publish(state: Arc<State>, client: Client, uri: Uri, generation: u64) {
    let (rope, format, version) = {
        let docs = lock(&state.docs);
        match docs.get(&uri) {
            Some(d) if d.generation == generation => (d.rope.clone(), d.format, d.version),
            _ => return,
        }
    };
    let session = state.session();
    let (enc, lang) = (session.encoding, session.lang());
    let st = state.clone();
    let u = uri.clone();
    let result = tokio::task::spawn_blocking(move || {
        let snap = st.analyse(rope, format, version);
        let diags = diagnostics::to_diagnostics(&snap.analysis, &snap.rope, enc, lang, &u, version);
        (snap, diags)
    })
    .await;
    let (snap, diags) = match result {
        Ok(r) => r,
        Err(e) => {
            warn!("analysis of {} failed: {e}", uri.as_str());
            return;
        }
    };
    let _order = state.publish.lock().await;
    {
        let mut docs = lock(&state.docs);
        match docs.get_mut(&uri) {
            Some(d) if d.generation == generation => {
                d.snapshot = Some(Arc::new(snap));
                d.pending = None;
            }
            _ => {
                debug!(
                    "dropping superseded analysis of {} v{version}",
                    uri.as_str()
                );
                return;
            }
        }
    }
    client.publish_diagnostics(uri, diags, Some(version)).await;
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = Encoding::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let caps = ClientCaps::from_params(&params.capabilities);
        let mut warnings = Vec::new();
        self.h.state.update_session(|s| {
            s.encoding = encoding;
            s.client_locale = params.locale.clone();
            s.caps = caps;
            if let Some(opts) = &params.initialization_options {
                warnings = s.config.merge(opts);
            }
        });
        for w in warnings {
            warn!("initializationOptions: {w}");
        }
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
                inlay_hint_provider: Some(OneOf::Left(true)),
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
            if h.state.session().caps.configuration {
                h.refresh_config(None).await;
            }
        });
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
        let doc = Document::new(&d.text, d.version, &d.language_id, d.uri.path().as_str());
        let debounce = self.h.state.session().config.debounce_ms;
        let mut docs = lock(&self.h.state.docs);
        let old = docs.insert(d.uri.clone(), doc);
        if let Some(p) = old.and_then(|o| o.pending) {
            p.abort();
        }
        if let Some(doc) = docs.get_mut(&d.uri) {
            self.h.schedule_doc(doc, &d.uri, debounce);
        }
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let session = self.h.state.session();
        let (enc, debounce) = (session.encoding, session.config.debounce_ms);
        let uri = params.text_document.uri;
        {
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
            self.h.schedule_doc(doc, &uri, debounce);
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let removed = lock(&self.h.state.docs).remove(&uri);
        match removed {
            Some(doc) => {
                if let Some(p) = doc.pending {
                    p.abort();
                }
                self.h
                    .client
                    .publish_diagnostics(uri, Vec::new(), None)
                    .await;
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
        let at = position::to_offset(&snap.rope, p.position, s.encoding).byte;
        Ok(hover::hover(
            &snap,
            at,
            s.encoding,
            s.lang(),
            s.caps.markdown_hover,
        ))
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
            only: params.context.only.as_deref(),
            enc: s.encoding,
            lang: s.lang(),
            document_changes: s.caps.document_changes,
        };
        Ok(Some(actions::code_actions(&req)))
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
        Ok(Some(if s.caps.hierarchical_symbols {
            DocumentSymbolResponse::Nested(symbols::document_symbols(&snap, s.encoding, s.lang()))
        } else {
            DocumentSymbolResponse::Flat(symbols::symbol_information(
                &snap,
                &uri,
                s.encoding,
                s.lang(),
            ))
        }))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let s = self.h.state.session();
        if !s.config.inlay_hints {
            return Ok(Some(Vec::new()));
        }
        let Some(snap) = self.h.snapshot(&params.text_document.uri).await else {
            return Ok(None);
        };
        let (visible, _) = position::to_byte_range(&snap.rope, params.range, s.encoding);
        Ok(Some(hover::inlay_hints(
            &snap,
            visible,
            s.encoding,
            s.lang(),
        )))
    }
}
