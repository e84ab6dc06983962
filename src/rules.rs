//! The ground floor every layer may name: the rule ids ([`RuleId`]) and the severities
//! ([`Severity`]). Depends on nothing in the crate.
//!
//! The one list of rules is `registry!`: a line per rule, in the order `isnad rules` lists them,
//! giving the variant of [`RuleId`], the rule's kebab-case id and the module of `analysis` that
//! implements it. The module path is only tokens here: `analysis` expands the list into its
//! registry (`analysis::registry`) and into the `pub mod` line of each rule in its family's
//! `mod.rs` (`rule_modules!`), so this file imports nothing. Adding a rule is one line here, the
//! rule's `.rs` (a `RULE` description and a `check(&Context, &mut Vec<Finding>)`) and its `.md`
//! (whose `## Example` and `## Not flagged` sections are its tested fixture: `tests/rule_fixtures.rs`),
//! then `ISNAD_BLESS=1 cargo test --test rule_lists` to regenerate the lists built from the
//! registry (docs/rules.md, the schema, the VS Code extension's lists).

use serde::{Deserialize, Serialize};
use std::fmt;

/// Severity of a finding, in LSP's order (error is the most severe).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed before publication.
    Error,
    /// Should be fixed or consciously accepted.
    Warning,
    /// For the review pass.
    Information,
    /// A suggestion.
    Hint,
}

impl Severity {
    /// The lowercase name used in JSON, `isnad.toml` and the CLI: error, warning, information, hint.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
        }
    }

    /// Parses error/warning/information (or info)/hint; `None` for anything else.
    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "error" => Some(Severity::Error),
            "warning" | "warn" => Some(Severity::Warning),
            "information" | "info" => Some(Severity::Information),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }
}

/// Calls the macro `$callback` (a path) with the one list of rules: first the bracketed
/// arguments given after the callback (`[]` when none), then `Variant => "kebab-id" in
/// family::module,` per rule, in the order `isnad rules` lists them. [`RuleId`] is made from it
/// here; `analysis::registry` makes from it the registry of implementations and, in each check
/// family's `mod.rs`, the rules' `pub mod` declarations (`rule_modules!`).
macro_rules! registry {
    ($($callback:ident)::+ $([$($arg:tt)*])?) => {
        $($callback)::+! {
            [$($($arg)*)?]
            UnattributedQuote => "unattributed-quote" in quotes::unattributed_quote,
            UnbalancedQuote => "unbalanced-quote" in quotes::unbalanced_quote,
            NameVariant => "name-variant" in names::name_variant,
            FirstReference => "first-reference" in names::first_reference,
            MissingCredit => "missing-credit" in credits::missing_credit,
            AnonymousSource => "anonymous-source" in credits::anonymous_source,
            LookalikeLetter => "lookalike-letter" in hygiene::lookalike_letter,
            PresentationForm => "presentation-form" in hygiene::presentation_form,
            InvisibleChar => "invisible-char" in hygiene::invisible_char,
            Tatweel => "tatweel" in hygiene::tatweel,
            MixedDigits => "mixed-digits" in hygiene::mixed_digits,
            LatinPunctuation => "latin-punctuation" in hygiene::latin_punctuation,
            SuppressionComment => "suppression-comment" in hygiene::suppression_comment,
        }
    };
}
pub(crate) use registry;

/// Makes [`RuleId`] from the `registry!` list.
macro_rules! rule_ids {
    ([] $($variant:ident => $id:literal in $($module:ident)::+ ,)*) => {
        /// A rule, by its stable id. The variants are in the order `isnad rules` lists them.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId {
            $(
                #[doc = concat!("`", $id, "`")]
                $variant,
            )*
        }

        impl RuleId {
            /// Every rule, in the order `isnad rules` lists them.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),*];

            /// Every rule's kebab-case id, in the order of [`RuleId::ALL`] (for "did you
            /// mean ...?" suggestions and lists of the known ids).
            pub const IDS: &'static [&'static str] = &[$($id),*];

            /// The stable kebab-case id (diagnostic code, `isnad.toml` key, suppression comments).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }
        }
    };
}
registry!(rule_ids);

impl RuleId {
    /// The rule whose kebab-case id is exactly `id`; `None` for an unknown id.
    pub fn parse(id: &str) -> Option<RuleId> {
        RuleId::ALL.iter().copied().find(|r| r.as_str() == id)
    }
}

impl fmt::Display for RuleId {
    /// Writes the kebab-case id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for RuleId {
    /// True when `other` is this rule's kebab-case id.
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<RuleId> for &str {
    /// True when this string is `other`'s kebab-case id.
    fn eq(&self, other: &RuleId) -> bool {
        *self == other.as_str()
    }
}

impl Serialize for RuleId {
    /// Serializes as the kebab-case id.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        assert_eq!(RuleId::ALL[0].as_str(), "unattributed-quote");
        assert_eq!(RuleId::parse("tatweel"), Some(RuleId::Tatweel));
        assert_eq!(RuleId::parse("Tatweel"), None);
        assert_eq!(RuleId::parse("no-such-rule"), None);
        for r in RuleId::ALL {
            assert_eq!(RuleId::parse(r.as_str()), Some(*r));
        }
        assert!(RuleId::NameVariant == "name-variant");
        assert!("name-variant" == RuleId::NameVariant);
        assert_eq!(RuleId::MixedDigits.to_string(), "mixed-digits");
    }

    #[test]
    fn severity_parses_its_names() {
        assert_eq!(Severity::parse("info"), Some(Severity::Information));
        assert_eq!(Severity::parse("WARN"), Some(Severity::Warning));
        assert_eq!(Severity::parse("off"), None);
        assert_eq!(Severity::Hint.as_str(), "hint");
    }
}
