//! Editor settings: `initializationOptions` and the `isnad` section of `workspace/configuration`.
//!
//! JSON shape (every field optional):
//!
//! ```json
//! { "locale": "ar" | "en" | null,
//!   "debounceMs": 75,
//!   "rules": { "name-variant": "error" | "warning" | "information" | "hint" | "off" },
//!   "inlayHints": true,
//!   "configPath": "path/to/isnad.toml" | null }
//! ```
//!
//! Any other key is reported (once per change of settings, naming the key) and ignored.
//!
//! Settings are merged field by field over the last good state: a field that is missing keeps its
//! value, a field with a bad value keeps its value and produces a warning for the user. Clients may
//! also wrap the object as `{ "isnad": { ... } }`.

use crate::analysis::Lang;
use crate::rules::{RuleId, Severity};
use serde_json::Value;
use std::collections::HashMap;

/// Default delay, in milliseconds, between the last edit and the analysis.
pub const DEFAULT_DEBOUNCE_MS: u64 = 75;

/// Largest debounce accepted, in milliseconds (larger values are clamped to it).
pub const MAX_DEBOUNCE_MS: u64 = 10_000;

/// The keys of the settings object.
pub const KEYS: &[&str] = &["locale", "debounceMs", "rules", "inlayHints", "configPath"];

/// The editor settings in effect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Language of messages set by the user; `None` follows the client's `locale`.
    pub locale: Option<Lang>,
    /// Milliseconds to wait after an edit before analysing (0 analyses at once).
    pub debounce_ms: u64,
    /// Per-rule severity overrides; `None` turns the rule off.
    pub rules: HashMap<String, Option<Severity>>,
    /// Whether `textDocument/inlayHint` shows each quotation's speaker (or "?") after its closing
    /// mark. On by default.
    pub inlay_hints: bool,
    /// `configPath`: an `isnad.toml` used for every draft instead of the one found by walking up
    /// from the draft (a relative path is taken from the workspace root). `None`: discovery.
    pub config_path: Option<std::path::PathBuf>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            locale: None,
            debounce_ms: DEFAULT_DEBOUNCE_MS,
            rules: HashMap::new(),
            inlay_hints: true,
            config_path: None,
        }
    }
}

/// The `rules` setting (rule id → severity or "off") as levels (`None`: off); a warning in
/// `warnings` for each entry left out: an unknown rule (with the nearest id when one is close),
/// or a value that is not a severity.
fn rule_levels(
    rules: &serde_json::Map<String, Value>,
    warnings: &mut Vec<String>,
) -> HashMap<String, Option<Severity>> {
    let mut next = HashMap::new();
    for (id, sev) in rules {
        if RuleId::parse(id).is_none() {
            let hint = crate::text::distance::closest(id, RuleId::IDS, 3, |s| {
                s.to_lowercase().replace('_', "-")
            })
            .map(|k| format!(" (did you mean `{k}`?)"))
            .unwrap_or_default();
            warnings.push(format!("unknown rule `{id}` in `rules`{hint}"));
            continue;
        }
        match sev.as_str() {
            Some("off") => {
                next.insert(id.clone(), None);
            }
            Some(s) if Severity::parse(s).is_some() => {
                next.insert(id.clone(), Severity::parse(s));
            }
            _ => warnings.push(format!(
                "rule `{id}`: severity must be error, warning, information, hint or off, got {sev}"
            )),
        }
    }
    next
}

impl Settings {
    /// Merges the settings object `value` into `self`. Returns one warning (English) per field
    /// that was ignored because its value was not understood; `null` or a non-object value changes
    /// nothing. An object with an `isnad` key is unwrapped first.
    ///
    pub fn merge(&mut self, value: &Value) -> Vec<String> {
        let mut warnings = Vec::new();
        let obj = match value {
            Value::Object(o) => match o.get("isnad") {
                Some(Value::Object(inner)) => inner,
                _ => o,
            },
            // Null, or an empty Lua table that a client encoded as `[]`: nothing to change.
            Value::Null => return warnings,
            Value::Array(a) if a.is_empty() => return warnings,
            other => {
                warnings.push(format!("isnad settings must be an object, got {other}"));
                return warnings;
            }
        };
        for key in obj.keys() {
            if !KEYS.contains(&key.as_str()) {
                // Case, `_` and `-` aside, at most two edits away (`inlayHint`, `debounce_ms`).
                let fold = |s: &str| s.to_lowercase().replace(['_', '-'], "");
                let hint = crate::text::distance::closest(key, KEYS, 2, fold)
                    .map(|k| format!(" (did you mean `{k}`?)"))
                    .unwrap_or_default();
                warnings.push(format!("unknown setting `{key}`{hint}"));
            }
        }
        if let Some(v) = obj.get("configPath") {
            match v {
                Value::Null => self.config_path = None,
                Value::String(s) if s.is_empty() => self.config_path = None,
                Value::String(s) => self.config_path = Some(std::path::PathBuf::from(s)),
                other => warnings.push(format!(
                    "`configPath` must be the path of an isnad.toml or null, got {other}"
                )),
            }
        }
        if let Some(v) = obj.get("locale") {
            match v {
                Value::Null => self.locale = None,
                Value::String(s) if s.is_empty() => self.locale = None,
                // "ar", "ar-EG", "ar_SA.UTF-8" ... are Arabic; any other locale is English.
                Value::String(s) => self.locale = Some(Lang::from_locale(s)),
                other => warnings.push(format!(
                    "`locale` must be \"ar\", \"en\" or null, got {other}"
                )),
            }
        }
        if let Some(v) = obj.get("debounceMs") {
            match v.as_f64() {
                Some(ms) if ms >= 0.0 && ms.is_finite() => {
                    self.debounce_ms = (ms.round() as u64).min(MAX_DEBOUNCE_MS)
                }
                _ => warnings.push(format!(
                    "`debounceMs` must be a number of milliseconds ≥ 0, got {v}"
                )),
            }
        }
        if let Some(v) = obj.get("inlayHints") {
            match v {
                Value::Bool(b) => self.inlay_hints = *b,
                other => warnings.push(format!("`inlayHints` must be true or false, got {other}")),
            }
        }
        if let Some(v) = obj.get("rules") {
            match v {
                Value::Object(rules) => self.rules = rule_levels(rules, &mut warnings),
                Value::Null => self.rules.clear(),
                other => warnings.push(format!("`rules` must be an object, got {other}")),
            }
        }
        warnings
    }

    /// The language of messages: the `locale` setting, else the client's locale from
    /// `initialize`, else English.
    pub fn lang(&self, client_locale: Option<&str>) -> Lang {
        self.locale
            .or_else(|| client_locale.map(Lang::from_locale))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merges_fields_and_keeps_last_good_values() {
        let mut c = Settings::default();
        let w = c.merge(&json!({
            "locale": "ar",
            "debounceMs": 0,
            "rules": {"name-variant": "error", "anonymous-source": "off"},
            "inlayHints": true
        }));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.locale, Some(Lang::Ar));
        assert_eq!(c.debounce_ms, 0);
        assert_eq!(c.rules["name-variant"], Some(Severity::Error));
        assert_eq!(c.rules["anonymous-source"], None);
        assert!(c.inlay_hints);

        let w = c.merge(&json!({"isnad": {"debounceMs": "soon", "locale": 3, "rules": {"nope": "error", "name-variant": "loud", "tatweel": "off"}}}));
        assert_eq!(w.len(), 4, "{w:?}");
        assert_eq!(c.debounce_ms, 0);
        assert_eq!(c.locale, Some(Lang::Ar));
        assert_eq!(c.rules.len(), 1);
        assert_eq!(c.rules["tatweel"], None);
        // A misspelt rule id gets the nearest one, as `isnad explain` suggests it.
        assert_eq!(
            c.merge(&json!({"rules": {"Name_Varient": "error", "nope": "off"}})),
            [
                "unknown rule `Name_Varient` in `rules` (did you mean `name-variant`?)",
                "unknown rule `nope` in `rules`",
            ]
        );
        assert!(c.rules.is_empty());

        assert!(c.merge(&Value::Null).is_empty());
        assert!(c.merge(&json!([])).is_empty());
        assert_eq!(c.merge(&json!(7)).len(), 1);
        c.merge(&json!({"locale": null, "debounceMs": 250.4}));
        assert_eq!(c.locale, None);
        assert_eq!(c.debounce_ms, 250);
    }

    #[test]
    fn unknown_keys_are_named_and_config_path_is_read() {
        let mut c = Settings::default();
        let w =
            c.merge(&json!({"Rules": {"tatweel": "off"}, "debounce_ms": 50, "inlayHints": false}));
        assert_eq!(
            w,
            [
                "unknown setting `Rules` (did you mean `rules`?)",
                "unknown setting `debounce_ms` (did you mean `debounceMs`?)",
            ]
        );
        assert!(c.rules.is_empty());
        assert_eq!(c.debounce_ms, DEFAULT_DEBOUNCE_MS);
        assert!(!c.inlay_hints);
        assert_eq!(
            c.merge(&json!({"isnad": {"colour": 1}})),
            ["unknown setting `colour`"]
        );
        // A near miss, not only a difference of case or `_`: the same edit distance as
        // `isnad explain`'s rule ids.
        assert_eq!(
            c.merge(&json!({"inlayHint": false, "config-paths": null})),
            [
                "unknown setting `config-paths` (did you mean `configPath`?)",
                "unknown setting `inlayHint` (did you mean `inlayHints`?)",
            ]
        );
        assert!(
            c.merge(&json!({"configPath": "house/isnad.toml"}))
                .is_empty()
        );
        assert_eq!(
            c.config_path,
            Some(std::path::PathBuf::from("house/isnad.toml"))
        );
        assert_eq!(c.merge(&json!({"configPath": 3})).len(), 1);
        assert!(c.merge(&json!({"configPath": null})).is_empty());
        assert_eq!(c.config_path, None);
    }

    #[test]
    fn inlay_hints_are_on_until_turned_off() {
        let mut c = Settings::default();
        assert!(c.inlay_hints);
        assert!(c.merge(&json!({"inlayHints": false})).is_empty());
        assert!(!c.inlay_hints);
    }

    #[test]
    fn lang_follows_setting_then_client() {
        let mut c = Settings::default();
        assert_eq!(c.lang(Some("ar-EG")), Lang::Ar);
        assert_eq!(c.lang(None), Lang::En);
        c.locale = Some(Lang::En);
        assert_eq!(c.lang(Some("ar")), Lang::En);
    }
}
