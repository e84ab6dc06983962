//! Gathering many findings' fixes into one set of edits, implemented once for every front end:
//! the editor's "fix all `<rule>`" ([`fix_all`]) and "fix all safe" ([`fix_all_safe`]), and one
//! pass of `isnad check --fix` ([`pick`]). Computed when asked for, never stored in a finding, so
//! an analysis stays linear in the number of findings.
//!
//! Every function takes, of each finding, one fix whole (never part of its edits), and leaves out
//! a fix one of whose edits clashes with an edit already taken (see [`clash`]); ranges are UTF-8
//! byte offsets into the analysed text, half-open.

use super::finding::{Applicability, Edit, Finding, Fix, Message};
use std::ops::Range;

/// True when a fix of applicability `a` may be applied: safe fixes always, unsafe ones only when
/// `unsafe_fixes` (the CLI's `--unsafe-fixes`), a template never (the writer completes it in the
/// editor).
pub fn allowed(a: Applicability, unsafe_fixes: bool) -> bool {
    match a {
        Applicability::Safe => true,
        Applicability::Unsafe => unsafe_fixes,
        Applicability::Template => false,
    }
}

/// True when the byte ranges `a` and `b` (half-open) cannot both be edited at once: they overlap,
/// or both are insertions at the same place (their order would be arbitrary).
pub fn clash(a: &Range<usize>, b: &Range<usize>) -> bool {
    (a.start < b.end && b.start < a.end) || (a.is_empty() && b.is_empty() && a.start == b.start)
}

/// True when no two of `edits` clash (see [`clash`]).
fn edits_are_disjoint(edits: &[Edit]) -> bool {
    let mut r: Vec<&Range<usize>> = edits.iter().map(|e| &e.range).collect();
    r.sort_by_key(|r| (r.start, r.end));
    r.windows(2).all(|w| !clash(w[0], w[1]))
}

/// What [`gather`] took.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gathered {
    /// The edits taken, sorted by start, no two clashing.
    pub edits: Vec<Edit>,
    /// The rule id of each finding whose fix was taken, in the findings' order.
    pub rules: Vec<&'static str>,
    /// True when every fix taken is [`Applicability::Safe`] (also when none is).
    pub safe: bool,
}

/// The one fix-all: for each of `findings` (any order), the fix `choose` returns, taken whole when
/// it has edits, its own edits do not clash with each other and none clashes with an edit
/// already taken.
pub fn gather<'f>(
    findings: &'f [Finding],
    choose: impl Fn(&'f Finding) -> Option<&'f Fix>,
) -> Gathered {
    let mut out = Gathered {
        safe: true,
        ..Gathered::default()
    };
    for f in findings {
        let Some(fix) = choose(f) else {
            continue;
        };
        if fix.edits.is_empty() {
            continue;
        }
        let taken = &out.edits;
        // `taken` is sorted by start and free of clashes, so only the neighbours can clash.
        let free = fix.edits.iter().all(|e| {
            let i = taken.partition_point(|t| t.range.start < e.range.start);
            let before = i.checked_sub(1).and_then(|j| taken.get(j));
            let after = taken.get(i);
            !before.is_some_and(|t| clash(&t.range, &e.range))
                && !after.is_some_and(|t| clash(&t.range, &e.range))
        }) && edits_are_disjoint(&fix.edits);
        if !free {
            continue;
        }
        for e in &fix.edits {
            let i = out.edits.partition_point(|t| t.range.start < e.range.start);
            out.edits.insert(i, e.clone());
        }
        out.rules.push(f.rule);
        out.safe &= fix.applicability == Applicability::Safe;
    }
    out
}

/// One pass of `isnad check --fix`: of each finding, its first fix that [`allowed`] lets
/// through (see [`gather`]). Returns the edits (sorted by start) and the rule id of each finding
/// whose fix was taken, in the findings' order.
pub fn pick(findings: &[Finding], unsafe_fixes: bool) -> (Vec<Edit>, Vec<&'static str>) {
    let g = gather(findings, |f| {
        f.fixes
            .iter()
            .find(|x| allowed(x.applicability, unsafe_fixes))
    });
    (g.edits, g.rules)
}

/// The editor's "fix all safe": of each finding, its first [`Applicability::Safe`] fix (see
/// [`gather`]). Returns the edits (sorted by start) and how many findings they fix.
pub fn fix_all_safe(findings: &[Finding]) -> (Vec<Edit>, usize) {
    let g = gather(findings, |f| {
        f.fixes
            .iter()
            .find(|x| x.applicability == Applicability::Safe)
    });
    (g.edits, g.rules.len())
}

/// The "Fix all `<rule>` in this document (N)" fix: the first fix of every finding of `rule`
/// among `findings` (the findings of a whole analysis, any rules), gathered by [`gather`]; N
/// counts the fixes taken. `None` when fewer than two are. The fix is safe when every fix it
/// gathers is.
pub fn fix_all(findings: &[Finding], rule: &str) -> Option<Fix> {
    let g = gather(findings, |f| {
        if f.rule == rule {
            f.fixes.first()
        } else {
            None
        }
    });
    let n = g.rules.len();
    if n < 2 {
        return None;
    }
    Some(Fix {
        title: Message::new(
            format!("Fix all {rule} in this document ({n})"),
            format!("أصلح كل مواضع {rule} في هذا المستند ({n})"),
        ),
        edits: g.edits,
        applicability: if g.safe {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::finding_with_fix as finding;

    #[test]
    fn one_gathering_for_safe_per_rule_and_cli() {
        let fs = [
            finding("tatweel", &[(4..6, "")], Applicability::Safe),
            finding("name-variant", &[(10..14, "ترامب")], Applicability::Unsafe),
            // Clashes with the first edit: left for a later pass.
            finding("tatweel", &[(5..7, "")], Applicability::Safe),
            finding("tatweel", &[(20..22, "")], Applicability::Safe),
        ];
        let (edits, n) = fix_all_safe(&fs);
        assert_eq!(n, 2);
        assert_eq!(
            edits.iter().map(|e| e.range.clone()).collect::<Vec<_>>(),
            [4..6, 20..22]
        );
        let (edits, rules) = pick(&fs, true);
        assert_eq!(rules, ["tatweel", "name-variant", "tatweel"]);
        assert_eq!(edits.len(), 3);
        let all = fix_all(&fs, "tatweel").unwrap();
        assert_eq!(all.title.en(), "Fix all tatweel in this document (2)");
        assert_eq!(all.applicability, Applicability::Safe);
        assert!(fix_all(&fs, "name-variant").is_none());
        // Two insertions at one place clash.
        assert!(clash(&(3..3), &(3..3)));
        assert!(!clash(&(3..3), &(3..5)));
    }
}
