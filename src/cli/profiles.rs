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
    /// The `isnad.toml` that governs the draft but could not be used (its errors are in
    /// [`Profiles::errors`]): the embedded profile stands in for the check, and `--fix` leaves
    /// the draft alone, since the fixes it would write are not the newsroom's.
    pub broken: Option<PathBuf>,
}

/// Resolves and caches profiles; remembers configuration errors so each is reported once.
pub struct Profiles {
    explicit: Option<Resolved>,
    by_file: HashMap<PathBuf, Resolved>,
    default: Resolved,
    /// The errors of the configuration files that could not be used, every error of each file
    /// (each file read once, so each error is reported once).
    pub errors: Vec<ConfigError>,
}

impl Profiles {
    /// With `--config PATH` every file uses that configuration; an unreadable or invalid file is an
    /// error: all its errors, in file order.
    pub fn new(explicit: Option<&Path>) -> Result<Profiles, Vec<ConfigError>> {
        let default = Resolved {
            profile: Arc::new(Profile::embedded()),
            config: Arc::new(Config::default()),
            path: None,
            broken: None,
        };
        let explicit = match explicit {
            Some(p) => {
                let c = Config::load_all(p)?;
                Some(Resolved {
                    profile: Arc::new(Profile::with_config(&c)),
                    config: Arc::new(c),
                    path: Some(p.to_path_buf()),
                    broken: None,
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

    /// How many configuration files could not be used (each may have several `errors`).
    pub fn broken_files(&self) -> usize {
        let mut paths: Vec<Option<&Path>> = self.errors.iter().map(|e| e.path.as_deref()).collect();
        paths.dedup();
        paths.len()
    }

    /// The profile used without any `isnad.toml`: the `--config` one when given, else the
    /// embedded profile.
    pub fn default_profile(&self) -> Arc<Profile> {
        self.explicit
            .as_ref()
            .map_or_else(|| self.default.profile.clone(), |r| r.profile.clone())
    }

    /// The profile for the draft at `path`. A broken `isnad.toml` is recorded in `errors` and the
    /// embedded profile is used, so the draft is still checked (with [`Resolved::broken`] naming
    /// that file).
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
        let r = match Config::load_all(&cfg) {
            Ok(c) => Resolved {
                profile: Arc::new(Profile::with_config(&c)),
                config: Arc::new(c),
                path: Some(cfg.clone()),
                broken: None,
            },
            Err(errors) => {
                // Shown like drafts: relative to the current folder (discovery made it absolute).
                self.errors.extend(errors.into_iter().map(|mut e| {
                    e.path = e.path.map(|p| relative_to_cwd(&p));
                    e
                }));
                Resolved {
                    broken: Some(relative_to_cwd(&cfg)),
                    ..self.default.clone()
                }
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

/// `path` (absolute, canonical) as the user would type it from the current folder: relative to it
/// (`proj/isnad.toml`, `../isnad.toml`), or unchanged when there is no current folder or no
/// common root. A relative `path` is returned unchanged.
pub fn relative_to_cwd(path: &Path) -> PathBuf {
    let Some(cwd) = std::env::current_dir()
        .ok()
        .map(|d| std::fs::canonicalize(&d).unwrap_or(d))
    else {
        return path.to_path_buf();
    };
    relative(path, &cwd)
}

/// `path` relative to the folder `base` (both absolute): the components after their common
/// prefix, with one `..` per component of `base` left. `path` unchanged when either is relative
/// or they share no root.
pub fn relative(path: &Path, base: &Path) -> PathBuf {
    if !path.is_absolute() || !base.is_absolute() {
        return path.to_path_buf();
    }
    let a: Vec<_> = path.components().collect();
    let b: Vec<_> = base.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if common == 0 {
        return path.to_path_buf();
    }
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &a[common..] {
        out.push(c.as_os_str());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::relative;
    use std::path::Path;

    #[test]
    fn config_paths_are_shown_relative_to_the_current_folder() {
        let base = Path::new("/home/sara/news");
        assert_eq!(
            relative(Path::new("/home/sara/news/gaza/isnad.toml"), base),
            Path::new("gaza/isnad.toml")
        );
        assert_eq!(
            relative(Path::new("/home/sara/isnad.toml"), base),
            Path::new("../isnad.toml")
        );
        assert_eq!(
            relative(Path::new("/home/sara/news/isnad.toml"), base),
            Path::new("isnad.toml")
        );
        // Relative paths (as given to --config) are left alone.
        assert_eq!(
            relative(Path::new("conf/isnad.toml"), base),
            Path::new("conf/isnad.toml")
        );
    }
}
