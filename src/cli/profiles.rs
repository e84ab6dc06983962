//! Which profile checks which file: the `--config` file when given, else the nearest `isnad.toml`
//! above each file (loaded once per file found), else the embedded profile.

use crate::profile::Profile;
use crate::profile::config::{self, Config, ConfigError};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A profile with the configuration it came from.
#[derive(Clone, Debug)]
pub struct Resolved {
    /// The merged profile.
    pub profile: Arc<Profile>,
    /// The parsed configuration (default when there is none).
    pub config: Arc<Config>,
    /// The configuration file, when there is one.
    pub path: Option<PathBuf>,
}

/// Resolves and caches profiles; remembers configuration errors so each is reported once.
pub struct Profiles {
    explicit: Option<Resolved>,
    by_file: HashMap<PathBuf, Resolved>,
    default: Resolved,
    /// Configuration files that could not be used, with their errors (reported once each).
    pub errors: Vec<ConfigError>,
}

impl Profiles {
    /// With `--config PATH` every file uses that configuration; an unreadable or invalid file is an
    /// error.
    pub fn new(explicit: Option<&Path>) -> Result<Profiles, ConfigError> {
        let default = Resolved {
            profile: Arc::new(Profile::embedded()),
            config: Arc::new(Config::default()),
            path: None,
        };
        let explicit = match explicit {
            Some(p) => {
                let c = Config::load(p)?;
                Some(Resolved {
                    profile: Arc::new(Profile::with_config(&c)),
                    config: Arc::new(c),
                    path: Some(p.to_path_buf()),
                })
            }
            None => None,
        };
        Ok(Profiles {
            explicit,
            by_file: HashMap::new(),
            default,
            errors: Vec::new(),
        })
    }

    /// The profile used without any `isnad.toml`: the `--config` one when given, else the
    /// embedded profile.
    pub fn default_profile(&self) -> Arc<Profile> {
        self.explicit
            .as_ref()
            .map_or_else(|| self.default.profile.clone(), |r| r.profile.clone())
    }

    /// The profile for the draft at `path`. A broken `isnad.toml` is recorded in `errors` and the
    /// embedded profile is used, so the draft is still checked.
    pub fn for_file(&mut self, path: &Path) -> Resolved {
        if let Some(r) = &self.explicit {
            return r.clone();
        }
        let Some(cfg) = config::discover(path) else {
            return self.default.clone();
        };
        if let Some(r) = self.by_file.get(&cfg) {
            return r.clone();
        }
        let r = match Config::load(&cfg) {
            Ok(c) => Resolved {
                profile: Arc::new(Profile::with_config(&c)),
                config: Arc::new(c),
                path: Some(cfg.clone()),
            },
            Err(e) => {
                self.errors.push(e);
                self.default.clone()
            }
        };
        self.by_file.insert(cfg, r.clone());
        r
    }
}

/// True when the `[files]` globs of `resolved` let `path` through (paths relative to the folder of
/// `isnad.toml`; no `include` means everything with a draft extension). See
/// [`crate::drafts::lets_through`].
pub fn included(resolved: &Resolved, path: &Path) -> bool {
    match &resolved.path {
        Some(cfg) => crate::drafts::lets_through(cfg, &resolved.config, path),
        None => true,
    }
}
