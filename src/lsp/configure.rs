//! Configuration handlers: editor settings pulled or pushed, every `isnad.toml` re-read when it
//! changes (a bad text keeps the last good configuration and is reported on the file), and
//! the warnings shown to the user.

use super::project;
use super::state::{Handle, lock};
use crate::analysis::Lang;
use crate::profile::config::Config as FileConfig;
use serde_json::Value;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_lsp_server::ls_types::*;
use tracing::{info, warn};

impl Handle {
    /// Pulls the `isnad` section with `workspace/configuration` and merges it; returns the
    /// warnings about bad values.
    pub(super) async fn pull_config(&self) -> Vec<String> {
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
    pub(super) fn merge_config(&self, value: &Value) -> Vec<String> {
        let mut warnings = Vec::new();
        self.state
            .update_session(|s| warnings = s.config.merge(value));
        lock(&self.state.profiles).clear();
        warnings
    }

    /// Takes new settings (`pushed` by the client, or else pulled with `workspace/configuration`),
    /// reports bad values, and re-analyses every open document from memory when they changed.
    pub(super) async fn refresh_config(&self, pushed: Option<Value>) {
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
    pub(super) fn reload(&self, path: &Path) -> (bool, Option<ConfigReport>) {
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
                        let report = (!old.errors.is_empty())
                            .then(|| Uri::from_file_path(path))
                            .flatten()
                            .map(|uri| ConfigReport::Clear { uri });
                        (old.good.is_some(), report)
                    }
                    None => (false, None),
                },
                Some((text, open)) => {
                    let entry = configs.entry(path.to_path_buf()).or_default();
                    match FileConfig::parse_all(&text) {
                        Ok(c) => {
                            let changed = entry.good.as_deref() != Some(&c);
                            entry.good = Some(Arc::new(c));
                            let report = (!std::mem::take(&mut entry.errors).is_empty())
                                .then(|| uri_of(&open))
                                .flatten()
                                .map(|uri| ConfigReport::Clear { uri });
                            (changed, report)
                        }
                        Err(mut errors) => {
                            for e in &mut errors {
                                e.path = Some(path.to_path_buf());
                                warn!("{e}");
                            }
                            // One message (the first error, and how many more), every error a
                            // diagnostic on the file.
                            let message = (entry.errors != errors)
                                .then(|| errors.first())
                                .flatten()
                                .map(|e| {
                                    project::error_message(e, lang, entry.good.is_some())
                                        + &project::more_errors(errors.len() - 1, lang)
                                });
                            let diagnostics = errors
                                .iter()
                                .map(|e| project::error_diagnostic(e, &text, enc, lang))
                                .collect();
                            entry.errors = errors;
                            let report = uri_of(&open).map(|uri| ConfigReport::Error {
                                uri,
                                version: open.as_ref().map(|(_, v)| *v),
                                diagnostics,
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
    pub(super) async fn sync_configs(&self, touched: &[PathBuf]) {
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
    pub(super) async fn publish_reports(&self, reports: Vec<ConfigReport>) {
        for r in reports {
            match r {
                ConfigReport::Clear { uri } => {
                    super::schedule::publish(&self.client, uri, Vec::new(), None).await;
                }
                ConfigReport::Error {
                    uri,
                    version,
                    diagnostics,
                    message,
                } => {
                    super::schedule::publish(&self.client, uri, diagnostics, version).await;
                    if let Some(m) = message {
                        self.client.show_message(MessageType::ERROR, m).await;
                    }
                }
            }
        }
    }

    /// A warning when the `configPath` setting names no readable file.
    pub(super) fn config_path_warning(&self) -> Option<String> {
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
    pub(super) async fn report_config_warnings(&self, warnings: Vec<String>) {
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
pub(super) enum ConfigReport {
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
        /// The diagnostics on the file, one per error.
        diagnostics: Vec<Diagnostic>,
        /// A message for `window/showMessage`, when the error is new.
        message: Option<String>,
    },
}
