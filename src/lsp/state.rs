//! The server's shared state: the open documents, the session (negotiated encoding, settings),
//! the profiles per `isnad.toml`, the workspace index; and [`Handle`], the client connection with
//! that state, cheap to clone into background tasks. Methods here are synchronous and short.

use super::config::Settings;
use super::contain;
use super::document::{OpenDraft, Snapshot};
use super::index::{self, Index, IndexedDraft};
use super::position::Encoding;
use super::project::{self, ConfigFile};
use crate::analysis::incremental::Incremental;
use crate::analysis::{self, Lang};
use crate::drafts;
use crate::profile::Profile;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock};
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::*;
use tracing::debug;

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
    pub config: Settings,
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
    pub(super) docs: Mutex<HashMap<Uri, OpenDraft>>,
    pub(super) session: RwLock<Session>,
    /// Profiles per governing `isnad.toml` (`None`: editor settings alone), built lazily; dropped
    /// when the settings or that file change.
    pub(super) profiles: Mutex<HashMap<Option<PathBuf>, Arc<Profile>>>,
    /// Every `isnad.toml` read so far, by canonical path.
    pub(super) configs: Mutex<HashMap<PathBuf, ConfigFile>>,
    /// Held while an analysis publishes through the client handle (a server with no output of
    /// its own, `transport::direct`), so those publications do not overlap.
    pub(super) publish: tokio::sync::Mutex<()>,
    /// The names of every draft of the workspace folders, for cross-story `name-variant`.
    pub(super) index: Mutex<Index>,
    /// Warnings about `initializationOptions`, shown once the client is `initialized`.
    pub(super) init_warnings: Mutex<Vec<String>>,
}

pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl State {
    /// The `configPath` setting as a canonical path (a relative one taken from the workspace
    /// root, else from the working directory); `None` when unset.
    pub(super) fn configured(&self) -> Option<PathBuf> {
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
    pub(super) fn governing(&self, uri: &Uri) -> Option<PathBuf> {
        self.configured().or_else(|| project::governing(uri))
    }

    /// Like [`State::governing`] for a draft on disk at `path`.
    pub(super) fn governing_path(&self, path: &Path) -> Option<PathBuf> {
        self.configured()
            .or_else(|| crate::profile::config::discover(path))
    }

    pub(super) fn session(&self) -> Session {
        self.session
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    pub(super) fn update_session(&self, f: impl FnOnce(&mut Session)) {
        f(&mut self.session.write().unwrap_or_else(|e| e.into_inner()));
    }

    /// The profile for drafts governed by `config` (built on first use; may take a few ms, so call
    /// it from a blocking thread): the embedded profile, the editor's rule severities, then the
    /// last good configuration of `config`, whose severities win over the editor's and whose
    /// spellings, lexicon and credit patterns are added.
    pub(super) fn profile(&self, config: Option<&Path>) -> Arc<Profile> {
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
    pub(super) fn config_text(&self, path: &Path) -> Option<(String, Option<(Uri, i32)>)> {
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
    /// and gives an empty snapshot marked [`Snapshot::internal_error`]. `incremental` holds the
    /// draft's facts of its last version (see [`Incremental`]); the analysis reuses and renews them.
    pub(super) fn analyse(
        &self,
        rope: ropey::Rope,
        format: crate::text::Format,
        version: i32,
        config: Option<&Path>,
        uri: &Uri,
        incremental: &Mutex<Incremental>,
    ) -> (Snapshot, bool) {
        let what = format!("the analysis of {} v{version}", uri.as_str());
        let r = rope.clone();
        contain::catch(&what, || {
            self.analyse_unguarded(r, format, version, config, uri, incremental)
        })
        .unwrap_or_else(|_| {
            (
                Snapshot {
                    version,
                    rope,
                    analysis: analysis::Analysis::default(),
                    elsewhere: Vec::new(),
                    internal_error: true,
                    not_a_draft: false,
                },
                false,
            )
        })
    }

    /// [`State::analyse`] without the containment.
    pub(super) fn analyse_unguarded(
        &self,
        rope: ropey::Rope,
        format: crate::text::Format,
        version: i32,
        config: Option<&Path>,
        uri: &Uri,
        incremental: &Mutex<Incremental>,
    ) -> (Snapshot, bool) {
        let profile = self.profile(config);
        let text = rope.to_string();
        contain::test_panic(&text);
        // A binary file opened in the editor is no draft: not analysed (its diagnostic is
        // `contain::not_a_draft_diagnostic`), and its names stay out of the workspace index.
        if crate::drafts::looks_binary(text.bytes()) {
            let analysis = analysis::Analysis::default();
            let snapshot = Snapshot {
                version,
                rope,
                analysis,
                elsewhere: Vec::new(),
                internal_error: false,
                not_a_draft: true,
            };
            return (snapshot, false);
        }
        // The same analysis as `pipeline::analyze`, reusing the unchanged paragraphs' facts.
        let mut analysis = lock(incremental).analyze(&text, format, &profile);
        let mut elsewhere = Vec::new();
        let mut changed = false;
        let session = self.session();
        if let Some(path) = self.indexed_path(uri, config, &session.folders) {
            let summary = IndexedDraft::new(
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
                not_a_draft: false,
            },
            changed,
        )
    }

    /// The canonical path of the draft `uri` (governed by `config`) when it belongs in the
    /// workspace index: a file with a draft extension in one of the workspace `folders` (not in a
    /// skipped folder) that the `[files]` globs of its `isnad.toml` let through.
    pub(super) fn indexed_path(
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
    pub(super) fn included(&self, path: &Path, config: Option<&Path>) -> bool {
        let Some(cfg) = config else {
            return true;
        };
        let good = lock(&self.configs).get(cfg).and_then(|c| c.good.clone());
        good.is_none_or(|c| drafts::lets_through(cfg, &c, path))
    }

    /// Reads and summarizes the drafts at `paths` (canonical) from disk with the profiles of their
    /// `isnad.toml` (blocking). Drafts the `[files]` globs leave out, and files that cannot be read
    /// or decoded, give no summary. `load` reads a configuration not seen before.
    pub(super) fn summarize_disk(
        &self,
        paths: &[PathBuf],
        mut load: impl FnMut(&Path),
    ) -> Vec<(PathBuf, Option<IndexedDraft>)> {
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
                Some(IndexedDraft::new(
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

/// The client connection and the shared state, cheap to clone into background tasks.
#[derive(Clone)]
pub(super) struct Handle {
    pub(super) client: Client,
    pub(super) state: Arc<State>,
}
