//! Scheduling: debounced analyses of open drafts (each run a *generation* of its document,
//! published only while still the latest), re-analysis of the others when names change, the
//! workspace index built and refreshed from disk in the background, and snapshots for requests.

use super::contain;
use super::diagnostics;
use super::document::{OpenDraft, Snapshot};
use super::index::{self, IndexedDraft};
use super::project;
use super::state::{self, Handle, lock};
use super::transport;
use super::worker;
use crate::analysis::Lang;
use crate::analysis::incremental::Incremental;
use crate::drafts;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower_lsp_server::ls_types::*;
use tracing::{debug, info, warn};

/// Drafts read from disk per blocking task (and per `$/progress` report) while indexing.
const INDEX_BATCH: usize = 32;

impl Handle {
    /// Schedules an analysis of `uri` after the debounce, superseding any pending one. Returns at
    /// once.
    pub(super) fn schedule(&self, uri: &Uri) {
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
    /// no other edit can slip in between and start a second run for the same version. With no
    /// debounce the job goes straight to the analysis thread, which publishes its result itself
    /// ([`analyse_and_publish`]): no task of the runtime between the edit and the publication.
    pub(super) fn schedule_doc(&self, doc: &mut OpenDraft, uri: &Uri, debounce: u64) {
        doc.generation = GENERATION.fetch_add(1, Ordering::Relaxed) + 1;
        doc.latest.store(doc.generation, Ordering::SeqCst);
        if let Some(p) = doc.pending.take() {
            p.abort();
        }
        // What the job analyses, taken now under the lock (the rope is a cheap clone): the job
        // does not wait for the lock the handler still holds.
        let job = Job {
            h: self.clone(),
            uri: uri.clone(),
            generation: doc.generation,
            latest: doc.latest.clone(),
            rope: doc.rope.clone(),
            format: doc.format,
            version: doc.version,
            config: doc.config.clone(),
            inc: doc.incremental.clone(),
        };
        if debounce == 0 {
            if !worker::submit(move || analyse_and_publish(job)) {
                warn!("the analysis thread could not be started");
            }
            return;
        }
        let task = tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(debounce)).await;
            if !worker::submit(move || analyse_and_publish(job)) {
                warn!("the analysis thread could not be started");
            }
        });
        doc.pending = Some(task.abort_handle());
    }

    /// Re-analyses every open document from its in-memory text.
    pub(super) fn schedule_all(&self) {
        let uris: Vec<Uri> = lock(&self.state.docs).keys().cloned().collect();
        for uri in &uris {
            self.schedule(uri);
        }
    }

    /// [`State::analyse`] (blocking; `incremental` is the document's kept facts), then, when the draft's names changed in the workspace index,
    /// schedules the other open drafts. Both in one step on the blocking thread: an analysis task
    /// superseded while it waits must not lose the change.
    pub(super) fn analyse(
        &self,
        rope: ropey::Rope,
        format: crate::text::Format,
        version: i32,
        config: Option<PathBuf>,
        uri: &Uri,
        incremental: &Mutex<Incremental>,
    ) -> Snapshot {
        let (snap, changed) =
            self.state
                .analyse(rope, format, version, config.as_deref(), uri, incremental);
        if changed {
            self.schedule_others(uri);
        }
        snap
    }

    /// Re-analyses every open draft but `except` from its in-memory text (after a draft's names
    /// changed in the workspace index).
    pub(super) fn schedule_others(&self, except: &Uri) {
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
    ///
    /// Long: the three `$/progress` phases and the batches on the blocking pool share the token and counts.
    pub(super) async fn index_workspace(&self) {
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
        let title = match lang {
            Lang::En => "isnad: indexing drafts",
            Lang::Ar => "إسناد: فهرسة المسودات",
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
            // Arabic counted nouns agree with the number (مسودة، مسودتان، مسودات): the count is
            // given after a label instead, as the report's summary line does.
            message: Some(match lang {
                Lang::En => format!("{} indexed", crate::report::plural(n, "draft", "drafts")),
                Lang::Ar => format!("المسودات المفهرسة: {n}"),
            }),
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
    pub(super) async fn refresh_from_disk(&self, paths: Vec<PathBuf>) {
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

    /// The analysis of the current version of `uri`: the cached one, or a fresh one computed on
    /// the blocking pool. `None` (and a warning) for a document that is not open.
    pub(super) async fn snapshot(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        let (rope, format, version, config, inc) = {
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
                doc.incremental.clone(),
            )
        };
        let h = self.clone();
        let u = uri.clone();
        let snap = worker::run(move || h.analyse(rope, format, version, config, &u, &inc)).await?;
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
    pub(super) fn workspace_names(&self, except: Option<&Uri>) -> Vec<Arc<IndexedDraft>> {
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
        let mut out: Vec<Arc<IndexedDraft>> = indexed
            .into_iter()
            .filter(|s| Some(&s.uri) != except && Some(&s.path) != except_path.as_ref())
            .collect();
        for (uri, path, snap, format) in open {
            out.push(Arc::new(IndexedDraft::new(
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
}

/// Where the generations of analyses come from: one counter for every document, so a job of a
/// document closed and opened again never passes for one of the new document.
static GENERATION: AtomicU64 = AtomicU64::new(0);

/// One scheduled analysis: the draft `uri` as it was when scheduled, its generation, and the
/// draft's latest generation (`OpenDraft::latest`).
struct Job {
    h: Handle,
    uri: Uri,
    generation: u64,
    latest: Arc<std::sync::atomic::AtomicU64>,
    rope: ropey::Rope,
    format: crate::text::Format,
    version: i32,
    config: Option<PathBuf>,
    inc: Arc<Mutex<Incremental>>,
}

/// The diagnostics to publish for `snap`, version `version` of `uri`, in position encoding `enc`
/// and language `lang`: its findings; one `internal-error` at the top when checking it (or
/// making its diagnostics) panicked, not stale findings; one `not-a-draft` at the top when its
/// text is a binary file's ([`Snapshot::not_a_draft`], found when it was analysed).
fn published_diagnostics(
    snap: &Snapshot,
    enc: super::position::Encoding,
    lang: Lang,
    uri: &Uri,
    version: i32,
) -> Vec<Diagnostic> {
    if snap.internal_error {
        return vec![contain::internal_error_diagnostic(lang)];
    }
    if snap.not_a_draft {
        return vec![contain::not_a_draft_diagnostic(lang)];
    }
    contain::catch(&format!("the diagnostics of {}", uri.as_str()), || {
        diagnostics::to_diagnostics_in(
            &snap.analysis,
            &snap.rope,
            enc,
            lang,
            uri,
            version,
            &snap.elsewhere,
        )
    })
    .unwrap_or_else(|_| vec![contain::internal_error_diagnostic(lang)])
}

/// Runs one analysis of generation `generation` of `uri` and publishes its diagnostics if that
/// generation is still the latest, on the analysis thread (a [`worker::submit`] job). A job
/// already superseded when it starts (a newer edit, the draft closed, `shutdown`) does nothing.
/// The check that the generation is current, the snapshot and the publication's place in the
/// output are one step under the store's lock, so publications go out in the order of the
/// analyses and none after the draft's `didClose` clears its diagnostics; the frame is then
/// written on this thread when the output is free (`transport::Output::turn`).
fn analyse_and_publish(job: Job) {
    let Job {
        h,
        uri,
        generation,
        latest,
        rope,
        format,
        version,
        config,
        inc,
    } = job;
    let (h, uri) = (&h, &uri);
    let shutdown = || state::SHUTDOWN_REQUESTED.load(Ordering::SeqCst);
    if latest.load(Ordering::SeqCst) != generation || shutdown() {
        return;
    }
    let current = |d: &OpenDraft| d.generation == generation && !d.is_config && !shutdown();
    let session = h.state.session();
    let (enc, lang) = (session.encoding, session.lang());
    let snap = h.analyse(rope, format, version, config, uri, &inc);
    let diags = published_diagnostics(&snap, enc, lang, uri, version);
    // With the server's output at hand, the notification is framed here and goes out as it is.
    let params = PublishDiagnosticsParams::new(uri.clone(), diags, Some(version));
    let output = transport::direct();
    let frame = output.and_then(|_| transport::publish_frame(&params));
    let turn = {
        let mut docs = lock(&h.state.docs);
        match docs.get_mut(uri) {
            Some(d) if current(d) => {
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
        match (output, frame) {
            (Some(output), Some(frame)) => Ok(output.turn(frame)),
            _ => Err(params),
        }
    };
    match turn {
        Ok(Some(turn)) => turn.write(),
        Ok(None) => {}
        // No output of our own (a server made in a test): through the client handle.
        Err(params) => {
            let (client, state) = (h.client.clone(), h.state.clone());
            tokio::spawn(async move {
                let _order = state.publish.lock().await;
                client
                    .publish_diagnostics(params.uri, params.diagnostics, params.version)
                    .await;
            });
        }
    }
}

/// Publishes `diagnostics` for `uri` (at `version`, if any) by the way the analyses publish
/// theirs: straight into the server's output when `isnad lsp` set one (`transport::direct`),
/// else through `client`; so every publication of the server goes out in the order it was made.
pub(super) async fn publish(
    client: &tower_lsp_server::Client,
    uri: Uri,
    diagnostics: Vec<Diagnostic>,
    version: Option<i32>,
) {
    let params = PublishDiagnosticsParams::new(uri, diagnostics, version);
    match (transport::direct(), transport::publish_frame(&params)) {
        (Some(output), Some(frame)) => output.send(frame),
        _ => {
            client
                .publish_diagnostics(params.uri, params.diagnostics, params.version)
                .await
        }
    }
}
