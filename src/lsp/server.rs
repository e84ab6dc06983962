//! The `LanguageServer` implementation: the protocol side of `isnad lsp`.
//!
//! Ordering and concurrency: tower-lsp-server runs handlers concurrently, so every handler that
//! changes the document store does so synchronously, under a short `std` lock, before its first
//! `.await`. Analyses run on tokio's blocking pool after a debounce; each run belongs to a
//! *generation* of its document, and publishes only while that generation is still the latest (a
//! newer edit or a configuration change supersedes it). Diagnostics are tagged with the document
//! version they were computed for. Typing never waits on an analysis.
//!
//! House style: each draft is analysed with the profile of its governing `isnad.toml` (see
//! [`super::project`]) merged over the editor settings, one profile cached per configuration file.
//! A change to an `isnad.toml` (watched file, or the file open in the editor) is re-read; a good
//! text re-analyses the drafts it governs from their buffers, a bad one keeps the last good
//! configuration and is reported on the file. The only file the server ever writes is an
//! `isnad.toml`, and only when the user runs [`actions::ADD_SPELLING`] or [`actions::ACCEPT_NAME`].

use super::actions;
use super::config::Config;
use super::contain;
use super::diagnostics;
use super::document::{Document, Snapshot};
use super::house;
use super::hover;
use super::index::{self, Index, Summary};
use super::names;
use super::position::{self, Encoding};
use super::project::{self, ConfigFile};
use super::review;
use super::symbols;
use super::worker;
use crate::analysis::{self, Lang};
use crate::drafts;
use crate::profile::Profile;
use crate::profile::config::Config as FileConfig;
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
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
    /// Supports dynamic registration of `workspace/didChangeWatchedFiles`.
    pub watched_files_registration: bool,
    /// Supports `workspace/applyEdit` (used to edit an `isnad.toml` open in the editor).
    pub apply_edit: bool,
    /// Supports server-initiated `$/progress` (`window.workDoneProgress`).
    pub work_done_progress: bool,
    /// Honours change annotations in workspace edits
    /// (`workspace.workspaceEdit.changeAnnotationSupport`).
    pub change_annotations: bool,
    /// Sends `textDocument/prepareRename` (`textDocument.rename.prepareSupport`).
    pub prepare_rename: bool,
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
            watched_files_registration: ws
                .and_then(|w| w.did_change_watched_files.as_ref())
                .and_then(|d| d.dynamic_registration)
                .unwrap_or(false),
            apply_edit: ws.and_then(|w| w.apply_edit).unwrap_or(false),
            work_done_progress: c
                .window
                .as_ref()
                .and_then(|w| w.work_done_progress)
                .unwrap_or(false),
            change_annotations: ws
                .and_then(|w| w.workspace_edit.as_ref())
                .is_some_and(|e| e.change_annotation_support.is_some()),
            prepare_rename: td
                .and_then(|t| t.rename.as_ref())
                .and_then(|r| r.prepare_support)
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
    /// The workspace root folder (`rootUri`, else the first workspace folder), where a new
    /// `isnad.toml` is created.
    pub root: Option<PathBuf>,
    /// The workspace folders (canonical): every one of `workspaceFolders`, else `rootUri`. Their
    /// drafts make up the workspace index and the workspace review.
    pub folders: Vec<PathBuf>,
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
    /// Profiles per governing `isnad.toml` (`None`: editor settings alone), built lazily; dropped
    /// when the settings or that file change.
    profiles: Mutex<HashMap<Option<PathBuf>, Arc<Profile>>>,
    /// Every `isnad.toml` read so far, by canonical path.
    configs: Mutex<HashMap<PathBuf, ConfigFile>>,
    /// Held from the "still current?" check to the end of publishing, so results go out in order.
    publish: tokio::sync::Mutex<()>,
    /// The names of every draft of the workspace folders, for cross-story `name-variant`.
    index: Mutex<Index>,
    /// Warnings about `initializationOptions`, shown once the client is `initialized`.
    init_warnings: Mutex<Vec<String>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl State {
    /// The `configPath` setting as a canonical path (a relative one taken from the workspace
    /// root, else from the working directory); `None` when unset.
    fn configured(&self) -> Option<PathBuf> {
        let s = self.session();
        let p = s.config.config_path?;
        let p = match (&s.root, p.is_relative()) {
            (Some(root), true) => root.join(p),
            _ => p,
        };
        Some(project::canonical_file(&p))
    }

    /// The `isnad.toml` governing the draft `uri`: the `configPath` setting when set, else the
    /// nearest one above the draft ([`project::governing`]).
    fn governing(&self, uri: &Uri) -> Option<PathBuf> {
        self.configured().or_else(|| project::governing(uri))
    }

    /// Like [`State::governing`] for a draft on disk at `path`.
    fn governing_path(&self, path: &Path) -> Option<PathBuf> {
        self.configured()
            .or_else(|| crate::profile::config::discover(path))
    }

    fn session(&self) -> Session {
        self.session
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn update_session(&self, f: impl FnOnce(&mut Session)) {
        f(&mut self.session.write().unwrap_or_else(|e| e.into_inner()));
    }

    /// The profile for drafts governed by `config` (built on first use; may take a few ms, so call
    /// it from a blocking thread): the embedded profile, the editor's rule severities, then the
    /// last good configuration of `config`, whose severities win over the editor's and whose
    /// spellings, lexicon and credit patterns are added.
    fn profile(&self, config: Option<&Path>) -> Arc<Profile> {
        let key = config.map(Path::to_path_buf);
        // Held while building, so an invalidation (which takes this lock after updating the
        // configuration) cannot be overtaken by a build from the old configuration.
        let mut cache = lock(&self.profiles);
        if let Some(p) = cache.get(&key) {
            return p.clone();
        }
        let rules = self.session().config.rules;
        let good = key
            .as_ref()
            .and_then(|k| lock(&self.configs).get(k).and_then(|c| c.good.clone()));
        let mut p = base_profile().clone();
        for (id, sev) in rules {
            p.severities.insert(id, sev);
        }
        if let Some(c) = good {
            p.apply(&c);
        }
        let p = Arc::new(p);
        cache.insert(key, p.clone());
        p
    }

    /// The text of the `isnad.toml` at `path`: the editor's buffer when it is open (with its URI
    /// and version), else the file on disk; `None` when it is neither open nor readable.
    fn config_text(&self, path: &Path) -> Option<(String, Option<(Uri, i32)>)> {
        {
            let docs = lock(&self.docs);
            if let Some((uri, d)) = docs
                .iter()
                .find(|(_, d)| d.is_config && d.config.as_deref() == Some(path))
            {
                return Some((d.rope.to_string(), Some((uri.clone(), d.version))));
            }
        }
        std::fs::read_to_string(path).ok().map(|t| (t, None))
    }

    /// Analyses `rope`, the text of the open draft `uri`, with the profile of `config`
    /// (blocking). A draft of the workspace index also updates its entry from this text and gets
    /// the cross-story `name-variant` findings against the other drafts of the index. Returns the
    /// snapshot and whether the draft's names changed in the index (so the other open drafts'
    /// cross-story findings may have changed). A panic while checking is contained: it is logged
    /// and gives an empty snapshot marked [`Snapshot::internal_error`].
    fn analyse(
        &self,
        rope: ropey::Rope,
        format: crate::text::Format,
        version: i32,
        config: Option<&Path>,
        uri: &Uri,
    ) -> (Snapshot, bool) {
        let what = format!("the analysis of {} v{version}", uri.as_str());
        let r = rope.clone();
        contain::catch(&what, || {
            self.analyse_unguarded(r, format, version, config, uri)
        })
        .unwrap_or_else(|_| {
            (
                Snapshot {
                    version,
                    rope,
                    analysis: analysis::Analysis::default(),
                    elsewhere: Vec::new(),
                    internal_error: true,
                },
                false,
            )
        })
    }

    /// [`State::analyse`] without the containment.
    fn analyse_unguarded(
        &self,
        rope: ropey::Rope,
        format: crate::text::Format,
        version: i32,
        config: Option<&Path>,
        uri: &Uri,
    ) -> (Snapshot, bool) {
        let profile = self.profile(config);
        let text = rope.to_string();
        contain::test_panic(&text);
        let mut analysis = analysis::pipeline::analyze(&text, format, &profile);
        let mut elsewhere = Vec::new();
        let mut changed = false;
        let session = self.session();
        if let Some(path) = self.indexed_path(uri, config, &session.folders) {
            let summary = Summary::new(
                path.clone(),
                uri.clone(),
                Some(version),
                &text,
                format,
                analysis.names.clone(),
                session.encoding,
            );
            let others = {
                let mut ix = lock(&self.index);
                changed = ix.insert(summary);
                ix.others(&path)
            };
            let (found, places) =
                index::cross_story(&profile, uri, &text, format, &analysis.names, &others);
            analysis::pipeline::merge_cross(&text, &mut analysis.findings, found);
            elsewhere = places;
        }
        (
            Snapshot {
                version,
                rope,
                analysis,
                elsewhere,
                internal_error: false,
            },
            changed,
        )
    }

    /// The canonical path of the draft `uri` (governed by `config`) when it belongs in the
    /// workspace index: a file with a draft extension in one of the workspace `folders` (not in a
    /// skipped folder) that the `[files]` globs of its `isnad.toml` let through.
    fn indexed_path(
        &self,
        uri: &Uri,
        config: Option<&Path>,
        folders: &[PathBuf],
    ) -> Option<PathBuf> {
        let path = project::canonical_file(&project::file_path(uri)?);
        (drafts::is_draft(&path) && drafts::within(&path, folders) && self.included(&path, config))
            .then_some(path)
    }

    /// True when the `[files]` globs of the last good configuration of `config` let the draft at
    /// `path` through (always true without a configuration).
    fn included(&self, path: &Path, config: Option<&Path>) -> bool {
        let Some(cfg) = config else {
            return true;
        };
        let good = lock(&self.configs).get(cfg).and_then(|c| c.good.clone());
        good.is_none_or(|c| drafts::lets_through(cfg, &c, path))
    }

    /// Reads and summarizes the drafts at `paths` (canonical) from disk with the profiles of their
    /// `isnad.toml` (blocking). Drafts the `[files]` globs leave out, and files that cannot be read
    /// or decoded, give no summary. `load` reads a configuration not seen before.
    fn summarize_disk(
        &self,
        paths: &[PathBuf],
        mut load: impl FnMut(&Path),
    ) -> Vec<(PathBuf, Option<Summary>)> {
        let enc = self.session().encoding;
        let mut out = Vec::with_capacity(paths.len());
        for path in paths {
            let config = self.governing_path(path);
            if let Some(c) = &config
                && !lock(&self.configs).contains_key(c)
            {
                load(c);
            }
            if !self.included(path, config.as_deref()) {
                out.push((path.clone(), None));
                continue;
            }
            let text = drafts::read_path(path);
            let (text, uri) = match (text, Uri::from_file_path(path)) {
                (Ok(t), Some(u)) => (t, u),
                (Err(e), _) => {
                    debug!("index: {}: {e}", path.display());
                    out.push((path.clone(), None));
                    continue;
                }
                (_, None) => {
                    out.push((path.clone(), None));
                    continue;
                }
            };
            let format = crate::text::Format::from_path(&path.to_string_lossy());
            let profile = self.profile(config.as_deref());
            // One draft that cannot be checked leaves the index; the batch goes on.
            let what = format!("indexing {}", path.display());
            let Ok(names) = contain::catch(&what, || {
                contain::test_panic(&text);
                analysis::pipeline::names(&text, format, &profile)
            }) else {
                out.push((path.clone(), None));
                continue;
            };
            out.push((
                path.clone(),
                Some(Summary::new(
                    path.clone(),
                    uri,
                    None,
                    &text,
                    format,
                    names,
                    enc,
                )),
            ));
        }
        out
    }
}

/// Drafts read from disk per blocking task (and per `$/progress` report) while indexing.
const INDEX_BATCH: usize = 32;

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
        if let Some(doc) = docs.get_mut(uri)
            && !doc.is_config
        {
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
        let h = self.clone();
        let uri = uri.clone();
        let task = tokio::spawn(async move {
            if debounce > 0 {
                tokio::time::sleep(Duration::from_millis(debounce)).await;
            }
            analyse_and_publish(h, uri, generation).await;
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

    /// [`State::analyse`] (blocking), then, when the draft's names changed in the workspace index,
    /// schedules the other open drafts. Both in one step on the blocking thread: an analysis task
    /// superseded while it waits must not lose the change.
    fn analyse(
        &self,
        rope: ropey::Rope,
        format: crate::text::Format,
        version: i32,
        config: Option<PathBuf>,
        uri: &Uri,
    ) -> Snapshot {
        let (snap, changed) = self
            .state
            .analyse(rope, format, version, config.as_deref(), uri);
        if changed {
            self.schedule_others(uri);
        }
        snap
    }

    /// Re-analyses every open draft but `except` from its in-memory text (after a draft's names
    /// changed in the workspace index).
    fn schedule_others(&self, except: &Uri) {
        let uris: Vec<Uri> = lock(&self.state.docs)
            .iter()
            .filter(|(u, d)| *u != except && !d.is_config)
            .map(|(u, _)| u.clone())
            .collect();
        for uri in &uris {
            self.schedule(uri);
        }
    }

    /// Builds the workspace index from disk in the background: lists the drafts of the
    /// workspace folders, reads and summarizes them on the blocking pool (a batch at a time), and
    /// reports `$/progress` (begin, report with counts, end) when the client supports it. Entries
    /// of open drafts keep their buffers' names. Re-analyses the open drafts when any name changed.
    async fn index_workspace(&self) {
        let session = self.state.session();
        let folders = session.folders.clone();
        if folders.is_empty() {
            return;
        }
        let started = std::time::Instant::now();
        let lang = session.lang();
        let token = NumberOrString::String(index::PROGRESS_TOKEN.to_string());
        let progress = session.caps.work_done_progress
            && self
                .client
                .create_work_done_progress(token.clone())
                .await
                .is_ok();
        let (title, done_msg) = match lang {
            Lang::En => ("isnad: indexing drafts", "drafts indexed"),
            Lang::Ar => ("إسناد: فهرسة المسودات", "مسودة مفهرسة"),
        };
        let send = |value: WorkDoneProgress| {
            let client = self.client.clone();
            let token = token.clone();
            async move {
                if progress {
                    client
                        .send_notification::<notification::Progress>(ProgressParams {
                            token,
                            value: ProgressParamsValue::WorkDone(value),
                        })
                        .await;
                }
            }
        };
        send(WorkDoneProgress::Begin(WorkDoneProgressBegin {
            title: title.to_string(),
            cancellable: Some(false),
            message: None,
            percentage: Some(0),
        }))
        .await;
        let listed = tokio::task::spawn_blocking(move || drafts::in_folders(&folders))
            .await
            .unwrap_or_default();
        let total = listed.len();
        let mut summaries = Vec::with_capacity(total);
        let mut reports = Vec::new();
        let mut done = 0;
        for batch in listed.chunks(INDEX_BATCH) {
            let h = self.clone();
            let n = batch.len();
            let batch = batch.to_vec();
            let result = worker::run(move || {
                let mut reports = Vec::new();
                let s = h
                    .state
                    .summarize_disk(&batch, |c| reports.extend(h.reload(c).1));
                (s, reports)
            })
            .await;
            if let Some((s, r)) = result {
                summaries.extend(s.into_iter().filter_map(|(_, s)| s));
                reports.extend(r);
            }
            done += n;
            send(WorkDoneProgress::Report(WorkDoneProgressReport {
                cancellable: Some(false),
                message: Some(format!("{done}/{total}")),
                percentage: Some((done * 100 / total.max(1)) as u32),
            }))
            .await;
        }
        let n = summaries.len();
        let changed = lock(&self.state.index).replace_disk(summaries);
        send(WorkDoneProgress::End(WorkDoneProgressEnd {
            message: Some(format!("{n} {done_msg}")),
        }))
        .await;
        info!(
            "workspace index: {n} of {total} drafts in {} ms",
            started.elapsed().as_millis()
        );
        self.publish_reports(reports).await;
        if changed {
            self.schedule_all();
        }
    }

    /// Re-reads the drafts at `paths` (canonical) from disk into the workspace index (a draft open
    /// in the editor keeps its buffer's names; a deleted, unreadable or excluded one leaves the
    /// index), then re-analyses the open drafts when any name changed.
    async fn refresh_from_disk(&self, paths: Vec<PathBuf>) {
        let h = self.clone();
        let result = worker::run(move || {
            let folders = h.state.session().folders;
            let paths: Vec<PathBuf> = paths
                .into_iter()
                .filter(|p| drafts::within(p, &folders))
                .collect();
            let mut reports = Vec::new();
            let found = h
                .state
                .summarize_disk(&paths, |c| reports.extend(h.reload(c).1));
            let mut ix = lock(&h.state.index);
            let mut changed = false;
            for (path, s) in found {
                changed |= match s {
                    Some(s) => ix.insert(s),
                    None if ix.get(&path).is_some_and(|s| !s.open) => ix.remove(&path),
                    None => false,
                };
            }
            (changed, reports)
        })
        .await;
        if let Some((changed, reports)) = result {
            self.publish_reports(reports).await;
            if changed {
                self.schedule_all();
            }
        }
    }

    /// Runs [`review::REVIEW`]: gathers the stories (the draft of `args.uri`, or every draft of
    /// the workspace folders that the `[files]` globs of its `isnad.toml` let through, else every
    /// open draft they let through; an open draft from its buffer, the others from disk), each
    /// with the profile of its own `isnad.toml`, and renders the sheet on the blocking pool
    /// ([`crate::report::review`]: the same pipeline as `isnad report`).
    async fn review(&self, args: review::ReviewArgs) -> Result<String> {
        let session = self.state.session();
        let invalid = |en: &str| {
            tower_lsp_server::jsonrpc::Error::invalid_params(format!("{}: {en}", review::REVIEW))
        };
        if args.scope == review::Scope::Document && args.uri.is_none() {
            return Err(invalid("the document scope needs a `uri`"));
        }
        // Open drafts: (uri, canonical path, text, format, governing isnad.toml).
        type Open = (
            Uri,
            Option<PathBuf>,
            String,
            crate::text::Format,
            Option<PathBuf>,
        );
        let open: Vec<Open> = lock(&self.state.docs)
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
            .collect();
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
        let lang = session.lang();
        let folders = session.folders.clone();
        let result = tokio::task::spawn_blocking(move || {
            let source =
                |path: String, text, format, config: Option<&Path>| crate::report::Source {
                    path,
                    format,
                    text,
                    profile: h.state.profile(config),
                };
            let from_disk = |path: &Path, config: Option<&Path>| {
                let uri = Uri::from_file_path(path)?;
                let name = review::display_name(&uri, Some(path), &folders);
                let format = crate::text::Format::from_path(&path.to_string_lossy());
                Some(source(name, drafts::read_path(path), format, config))
            };
            let mut sources = Vec::new();
            match (args.scope, &args.uri) {
                (review::Scope::Document, Some(uri)) => {
                    let path = project::file_path(uri).map(|p| project::canonical_file(&p));
                    match open.into_iter().find(|o| &o.0 == uri) {
                        Some((u, p, text, format, _)) => sources.push(source(
                            review::display_name(&u, p.as_deref(), &folders),
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
                                return Err(format!(
                                    "{} is neither open nor readable",
                                    uri.as_str()
                                ));
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
                            review::display_name(&u, p.as_deref(), &folders),
                            Ok(text),
                            format,
                            config.as_deref(),
                        ));
                    }
                }
                _ => {
                    for path in drafts::in_folders(&folders) {
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
                                review::display_name(u, Some(&path), &folders),
                                Ok(text.clone()),
                                *format,
                                config.as_deref(),
                            )),
                            None => sources.extend(from_disk(&path, config.as_deref())),
                        }
                    }
                }
            }
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

    /// The analysis of the current version of `uri`: the cached one, or a fresh one computed on
    /// the blocking pool. `None` (and a warning) for a document that is not open.
    async fn snapshot(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        let (rope, format, version, config) = {
            let docs = lock(&self.state.docs);
            let Some(doc) = docs.get(uri) else {
                warn!("request for a document that is not open: {}", uri.as_str());
                return None;
            };
            if doc.is_config {
                return None;
            }
            if let Some(s) = doc.current_snapshot() {
                return Some(s);
            }
            (
                doc.rope.clone(),
                doc.format,
                doc.version,
                doc.config.clone(),
            )
        };
        let h = self.clone();
        let u = uri.clone();
        let snap = worker::run(move || h.analyse(rope, format, version, config, &u)).await?;
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

    /// The names of the workspace but those of the draft `except`: every entry of the workspace
    /// index (path order), then the open drafts outside the index whose analysis is current
    /// (URI order), summarized from their snapshots.
    fn workspace_names(&self, except: Option<&Uri>) -> Vec<Arc<Summary>> {
        let enc = self.state.session().encoding;
        let except_path = except
            .and_then(project::file_path)
            .map(|p| project::canonical_file(&p));
        let indexed = lock(&self.state.index).all();
        let mut open: Vec<(Uri, PathBuf, Arc<Snapshot>, crate::text::Format)> =
            lock(&self.state.docs)
                .iter()
                .filter(|(u, d)| !d.is_config && Some(*u) != except)
                .filter_map(|(u, d)| {
                    let path = project::file_path(u)
                        .map(|p| project::canonical_file(&p))
                        .unwrap_or_else(|| PathBuf::from(u.as_str()));
                    let in_index = indexed.iter().any(|s| s.path == path || s.uri == *u);
                    let snap = d.current_snapshot()?;
                    (!in_index).then(|| (u.clone(), path, snap, d.format))
                })
                .collect();
        open.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
        let mut out: Vec<Arc<Summary>> = indexed
            .into_iter()
            .filter(|s| Some(&s.uri) != except && Some(&s.path) != except_path.as_ref())
            .collect();
        for (uri, path, snap, format) in open {
            out.push(Arc::new(Summary::new(
                path,
                uri,
                Some(snap.version),
                &snap.rope.to_string(),
                format,
                snap.analysis.names.clone(),
                enc,
            )));
        }
        out
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
        lock(&self.state.profiles).clear();
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
        let mut warnings = warnings;
        let after = self.state.session().config;
        if after.config_path != before.config_path {
            warnings.extend(self.config_path_warning());
        }
        self.report_config_warnings(warnings).await;
        if after.config_path != before.config_path {
            // Every draft may now follow another isnad.toml: govern them again, rebuild the index.
            self.sync_configs(&[]).await;
            let h = self.clone();
            tokio::spawn(async move { h.index_workspace().await });
        }
        if after != before {
            info!("settings changed; re-analysing open documents");
            self.schedule_all();
            if after.inlay_hints != before.inlay_hints && self.state.session().caps.inlay_refresh {
                let _ = self.client.inlay_hint_refresh().await;
            }
        }
    }

    /// Re-reads the `isnad.toml` at `path` (canonical) from the editor's buffer or the disk and
    /// updates the cache: a good text replaces the configuration, a bad one keeps the last good
    /// configuration and records the error, a missing file is forgotten. Drops the cached profile
    /// when the configuration in force changed. Returns whether it changed and what to tell the
    /// client.
    fn reload(&self, path: &Path) -> (bool, Option<ConfigReport>) {
        let text = self.state.config_text(path);
        let session = self.state.session();
        let (enc, lang) = (session.encoding, session.lang());
        let uri_of = |open: &Option<(Uri, i32)>| {
            open.as_ref()
                .map(|(u, _)| u.clone())
                .or_else(|| Uri::from_file_path(path))
        };
        let (changed, report) = {
            let mut configs = lock(&self.state.configs);
            match text {
                None => match configs.remove(path) {
                    Some(old) => {
                        let report = old.error.and_then(|_| {
                            Uri::from_file_path(path).map(|uri| ConfigReport::Clear { uri })
                        });
                        (old.good.is_some(), report)
                    }
                    None => (false, None),
                },
                Some((text, open)) => {
                    let entry = configs.entry(path.to_path_buf()).or_default();
                    match FileConfig::parse(&text) {
                        Ok(c) => {
                            let changed = entry.good.as_deref() != Some(&c);
                            entry.good = Some(Arc::new(c));
                            let report = entry
                                .error
                                .take()
                                .and_then(|_| uri_of(&open))
                                .map(|uri| ConfigReport::Clear { uri });
                            (changed, report)
                        }
                        Err(mut e) => {
                            e.path = Some(path.to_path_buf());
                            let new = entry.error.as_ref() != Some(&e);
                            let message =
                                new.then(|| project::error_message(&e, lang, entry.good.is_some()));
                            let diagnostic =
                                Box::new(project::error_diagnostic(&e, &text, enc, lang));
                            warn!("{e}");
                            entry.error = Some(e);
                            let report = uri_of(&open).map(|uri| ConfigReport::Error {
                                uri,
                                version: open.as_ref().map(|(_, v)| *v),
                                diagnostic,
                                message,
                            });
                            (false, report)
                        }
                    }
                }
            }
        };
        if changed {
            lock(&self.state.profiles).remove(&Some(path.to_path_buf()));
        }
        (changed, report)
    }

    /// Picks up changes to the `isnad.toml` files at `touched` (canonical paths): re-reads them,
    /// finds the governing file of every open draft again (a file may have appeared or gone),
    /// reads files not seen before, re-analyses from their buffers the drafts whose configuration
    /// changed, and reports errors (or their end) to the client.
    async fn sync_configs(&self, touched: &[PathBuf]) {
        let mut changed: HashSet<PathBuf> = HashSet::new();
        let mut reports = Vec::new();
        for path in touched {
            let (c, r) = self.reload(path);
            if c {
                changed.insert(path.clone());
            }
            reports.extend(r);
        }
        let drafts: Vec<(Uri, Option<PathBuf>)> = lock(&self.state.docs)
            .iter()
            .filter(|(_, d)| !d.is_config)
            .map(|(u, d)| (u.clone(), d.config.clone()))
            .collect();
        let mut rerun = Vec::new();
        for (uri, old) in drafts {
            let now = self.state.governing(&uri);
            if now != old {
                if let Some(p) = &now
                    && !lock(&self.state.configs).contains_key(p)
                {
                    reports.extend(self.reload(p).1);
                }
                if let Some(d) = lock(&self.state.docs).get_mut(&uri) {
                    d.config = now;
                }
                rerun.push(uri);
            } else if old.as_ref().is_some_and(|p| changed.contains(p)) {
                rerun.push(uri);
            }
        }
        if !rerun.is_empty() {
            info!(
                "isnad.toml changed; re-analysing {} open draft(s)",
                rerun.len()
            );
        }
        for uri in &rerun {
            self.schedule(uri);
        }
        self.publish_reports(reports).await;
        if !changed.is_empty() {
            // `[files]` may let other drafts in or out, and the house style may read names
            // differently: build the index again.
            let h = self.clone();
            tokio::spawn(async move { h.index_workspace().await });
        }
    }

    /// Sends configuration reports: diagnostics on `isnad.toml` (or their removal) and messages.
    async fn publish_reports(&self, reports: Vec<ConfigReport>) {
        for r in reports {
            match r {
                ConfigReport::Clear { uri } => {
                    self.client.publish_diagnostics(uri, Vec::new(), None).await;
                }
                ConfigReport::Error {
                    uri,
                    version,
                    diagnostic,
                    message,
                } => {
                    self.client
                        .publish_diagnostics(uri, vec![*diagnostic], version)
                        .await;
                    if let Some(m) = message {
                        self.client.show_message(MessageType::ERROR, m).await;
                    }
                }
            }
        }
    }

    /// The `isnad.toml` that the house-style commands edit for the draft `uri`: the governing
    /// one, else where a new one is created (see [`project::new_config_path`]).
    fn house_file(&self, uri: &Uri) -> Option<PathBuf> {
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
    async fn edit_house_file(
        &self,
        uri: &Uri,
        edit: impl FnOnce(&str) -> std::result::Result<String, house::EditError>,
    ) -> Result<()> {
        let lang = self.state.session().lang();
        let fail = |en: String, ar: String| {
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
        };
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
                        let end = position::to_position(
                            &ropey::Rope::from_str(&before),
                            before.len(),
                            self.state.session().encoding,
                        );
                        let edit = TextEdit {
                            range: Range::new(Position::new(0, 0), end),
                            new_text: after,
                        };
                        let ws = WorkspaceEdit {
                            document_changes: Some(DocumentChanges::Edits(vec![
                                TextDocumentEdit {
                                    text_document: OptionalVersionedTextDocumentIdentifier {
                                        uri: doc_uri,
                                        version: Some(version),
                                    },
                                    edits: vec![OneOf::Left(edit)],
                                },
                            ])),
                            ..WorkspaceEdit::default()
                        };
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

    /// A warning when the `configPath` setting names no readable file.
    fn config_path_warning(&self) -> Option<String> {
        let p = self.state.configured()?;
        (!p.is_file()).then(|| {
            format!(
                "`configPath`: no isnad.toml at {} (house style from the editor settings only)",
                p.display()
            )
        })
    }

    /// Shows one `window/showMessage` warning listing `warnings` (each naming its setting), and
    /// logs it; nothing when there is none.
    async fn report_config_warnings(&self, warnings: Vec<String>) {
        if warnings.is_empty() {
            return;
        }
        let text = match self.state.session().lang() {
            Lang::En => format!("isnad: ignored settings: {}", warnings.join("; ")),
            Lang::Ar => format!("إسناد: إعدادات متجاهلة: {}", warnings.join("; ")),
        };
        warn!("{text}");
        self.client.show_message(MessageType::WARNING, text).await;
    }
}

/// What to tell the client after reading an `isnad.toml`.
enum ConfigReport {
    /// The file is good again (or gone): clear its diagnostic.
    Clear {
        /// The file.
        uri: Uri,
    },
    /// The file has an error.
    Error {
        /// The file.
        uri: Uri,
        /// The buffer's version when the file is open in the editor.
        version: Option<i32>,
        /// The diagnostic on the file.
        diagnostic: Box<Diagnostic>,
        /// A message for `window/showMessage`, when the error is new.
        message: Option<String>,
    },
}

/// Runs one analysis of generation `generation` of `uri` and publishes its diagnostics if that
/// generation is still the latest.
async fn analyse_and_publish(h: Handle, uri: Uri, generation: u64) {
    let (state, client) = (h.state.clone(), h.client.clone());
    let (rope, format, version, config) = {
        let docs = lock(&state.docs);
        match docs.get(&uri) {
            Some(d) if d.generation == generation && !d.is_config => {
                (d.rope.clone(), d.format, d.version, d.config.clone())
            }
            _ => return,
        }
    };
    let session = state.session();
    let (enc, lang) = (session.encoding, session.lang());
    let u = uri.clone();
    let result = worker::run(move || {
        let snap = h.analyse(rope, format, version, config, &u);
        let diags = if snap.internal_error {
            Ok(Vec::new())
        } else {
            contain::catch(&format!("the diagnostics of {}", u.as_str()), || {
                diagnostics::to_diagnostics_in(
                    &snap.analysis,
                    &snap.rope,
                    enc,
                    lang,
                    &u,
                    version,
                    &snap.elsewhere,
                )
            })
        };
        // A check that panicked shows one error at the top of the draft, not stale findings.
        let diags = match diags {
            Ok(d) if !snap.internal_error => d,
            _ => vec![contain::internal_error_diagnostic(lang)],
        };
        (snap, diags)
    })
    .await;
    let Some((snap, diags)) = result else {
        warn!("analysis of {} failed", uri.as_str());
        return;
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
        let mut doc = Document::new(&d.text, d.version, &d.language_id, d.uri.path().as_str());
        if project::is_config_uri(&d.uri) {
            // An isnad.toml opened in the editor: its buffer is the configuration from now on.
            let path = project::file_path(&d.uri).map(|p| project::canonical_file(&p));
            doc.is_config = true;
            doc.config = path.clone();
            let old = lock(&self.h.state.docs).insert(d.uri.clone(), doc);
            if let Some(p) = old.and_then(|o| o.pending) {
                p.abort();
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
            if let Some(p) = old.and_then(|o| o.pending) {
                p.abort();
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
        let bad = |e: serde_json::Error| {
            tower_lsp_server::jsonrpc::Error::invalid_params(format!(
                "{}: bad arguments: {e}",
                params.command
            ))
        };
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
                let a = review::ReviewArgs::parse(std::slice::from_ref(&arg)).map_err(|e| {
                    tower_lsp_server::jsonrpc::Error::invalid_params(format!(
                        "{}: bad arguments: {e}",
                        review::REVIEW
                    ))
                })?;
                return self.h.review(a).await.map(|text| Some(Value::String(text)));
            }
            other => {
                return Err(tower_lsp_server::jsonrpc::Error::invalid_params(format!(
                    "unknown command `{other}`"
                )));
            }
        }
        Ok(None)
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let removed = lock(&self.h.state.docs).remove(&uri);
        match removed {
            Some(doc) => {
                if let Some(p) = doc.pending {
                    p.abort();
                }
                // The index goes back to the file on disk (the buffer may have been discarded).
                if !doc.is_config
                    && let Some(path) =
                        project::file_path(&uri).map(|p| project::canonical_file(&p))
                {
                    lock(&self.h.state.index).mark_closed(&path);
                    let h = self.h.clone();
                    tokio::spawn(async move { h.refresh_from_disk(vec![path]).await });
                }
                self.h
                    .client
                    .publish_diagnostics(uri, Vec::new(), None)
                    .await;
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
        Ok(contain::catch("hover", || {
            let at = position::to_offset(&snap.rope, p.position, s.encoding).byte;
            hover::hover(&snap, at, s.encoding, s.lang(), s.caps.markdown_hover)
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
