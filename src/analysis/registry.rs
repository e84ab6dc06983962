//! The [`Rule`] trait and the registry [`RULES`], made from the one list of rules in
//! `crate::rules::registry!`: for each line `Variant => "id" in family::module`, a unit struct
//! `Variant` here implements [`Rule`] with the module's `RULE` (its [`RuleMeta`]) and its
//! `check(&Context, &mut Vec<Finding>)`. A rule that does not have both, or whose `RULE` names
//! another id, does not compile or fails `registry_matches_rule_ids`.
//!
//! The same list declares the rules' modules: each check family's `mod.rs` says
//! `rule_modules!(family);` once, which expands to `pub mod module;` for every line of the list
//! in that family, so a new rule needs no line there.

use super::{Context, Finding, Severity};
use crate::rules::RuleId;

/// A rule's static description, the `RULE` constant beside its check.
#[derive(Clone, Copy, Debug)]
pub struct RuleMeta {
    /// The rule's id (diagnostic code, `isnad.toml` key, suppression comments).
    pub id: RuleId,
    /// Severity unless the profile overrides it.
    pub default_severity: Severity,
    /// One line in English, for `isnad rules`.
    pub summary_en: &'static str,
    /// One line in Arabic.
    pub summary_ar: &'static str,
    /// The rule's documentation (Markdown, with the headings What it flags / Why / Example / Fix).
    pub doc: &'static str,
}

/// A rule: its description and its check.
pub trait Rule: Sync {
    /// The rule's description (id, default severity, summaries, documentation).
    fn meta(&self) -> &'static RuleMeta;

    /// Appends the rule's findings on the document of `cx` to `out`, with the rule's default
    /// severity; the caller applies the profile's severities and the suppression comments.
    fn check(&self, cx: &Context, out: &mut Vec<Finding>);
}

/// Makes a unit struct implementing [`Rule`] per line of the registry, and [`RULES`].
macro_rules! implementations {
    ([] $($variant:ident => $id:literal in $($module:ident)::+ ,)*) => {
        $(
            #[doc = concat!("The rule `", $id, "`.")]
            pub struct $variant;

            impl Rule for $variant {
                fn meta(&self) -> &'static RuleMeta {
                    &super::$($module)::+::RULE
                }

                fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
                    super::$($module)::+::check(cx, out)
                }
            }
        )*

        /// Every rule isnad knows, in the order `isnad rules` lists them (that of
        /// [`RuleId::ALL`]).
        pub static RULES: &[&dyn Rule] = &[$(&$variant),*];
    };
}
crate::rules::registry!(implementations);

/// Declares, in the `mod.rs` of check family `$family` (`quotes`, `names`, ...), the module of
/// every rule that `crate::rules::registry!` lists in that family: `pub mod module;` for each
/// line `Variant => "id" in $family::module`, in registry order. Takes the family's name, which
/// must be the module invoking it; returns nothing (items only).
macro_rules! rule_modules {
    ($family:ident) => {
        crate::rules::registry!(crate::analysis::registry::family_rule_modules[$family]);
    };
}
pub(crate) use rule_modules;

/// The expansion of [`rule_modules!`]: from `[family]` and the registry's lines, a `pub mod` per
/// line of that family. A local macro whose first arm names the family as a literal token keeps
/// that family's lines and drops the others (declarative macros cannot compare two identifiers
/// otherwise).
macro_rules! family_rule_modules {
    ([$family:ident] $($variant:ident => $id:literal in $in:ident :: $module:ident ,)*) => {
        macro_rules! rule_module_if_in_family {
            ($family $m:ident) => {
                pub mod $m;
            };
            ($other:ident $m:ident) => {};
        }
        $(rule_module_if_in_family!($in $module);)*
    };
}
pub(crate) use family_rule_modules;

/// The rule whose kebab-case id is `id`, if any.
pub fn rule(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_matches_rule_ids() {
        let ids: Vec<RuleId> = RULES.iter().map(|r| r.meta().id).collect();
        assert_eq!(ids, RuleId::ALL);
        let strs: Vec<&str> = RuleId::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(strs, RuleId::IDS);
        assert_eq!(rule("tatweel").map(|r| r.meta().id), Some(RuleId::Tatweel));
        assert!(rule("no-such-rule").is_none());
    }
}
