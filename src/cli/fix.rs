//! `isnad check --fix`, `--unsafe-fixes` and `--diff`: choosing the fixes to apply, applying them
//! until nothing is left to apply, and showing the change as a unified diff.
//!
//! Only the first applicable fix of each finding is taken, and a fix whose edits overlap an edit
//! already taken waits for the next pass (the draft is analysed again after each pass), so no two
//! fixes fight over the same bytes and running `--fix` twice changes nothing the second time.

use crate::analysis::{Finding, Severity, apply_edits};
use crate::profile::Profile;
use crate::report::guard;
use crate::text::Format;

/// The most passes over one draft (each pass analyses the text again and applies what is left).
pub const MAX_PASSES: usize = 8;

pub use crate::analysis::fix::{allowed, pick};

/// What fixing one draft did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fixed {
    /// The text after every pass.
    pub text: String,
    /// How many findings were fixed, by rule id (in the order of first appearance).
    pub by_rule: Vec<(&'static str, usize)>,
}

impl Fixed {
    /// The number of findings fixed.
    pub fn total(&self) -> usize {
        self.by_rule.iter().map(|(_, n)| n).sum()
    }
}

/// Applies the fixes of `findings` (the findings of `text` at or above the threshold, as
/// `isnad check` reports them) that [`allowed`] lets through, then analyses the result again with
/// `profile` as `format` and applies what is left at or above `threshold`, until a pass applies
/// nothing or after [`MAX_PASSES`]. A later analysis that panics stops the passes (the panic is
/// printed on standard error under `display`) and the text fixed so far is kept. Never panics on
/// bad edits: [`apply_edits`] skips an edit out of bounds or off a character boundary.
pub fn fix_text(
    display: &str,
    text: &str,
    findings: &[Finding],
    format: Format,
    profile: &Profile,
    threshold: Severity,
    unsafe_fixes: bool,
) -> Fixed {
    let mut out = Fixed {
        text: text.to_string(),
        by_rule: Vec::new(),
    };
    let mut current: Vec<Finding> = findings.to_vec();
    for pass in 0..MAX_PASSES {
        let (edits, rules) = pick(&current, unsafe_fixes);
        let next = apply_edits(&out.text, &edits);
        if next == out.text {
            break;
        }
        out.text = next;
        for r in rules {
            match out.by_rule.iter_mut().find(|(id, _)| *id == r) {
                Some((_, n)) => *n += 1,
                None => out.by_rule.push((r, 1)),
            }
        }
        if pass + 1 == MAX_PASSES {
            break;
        }
        match guard::analyze(&out.text, format, profile) {
            Ok(a) => {
                current = a.findings;
                current.retain(|f| f.severity <= threshold);
            }
            Err(p) => {
                guard::eprint(display, &p);
                break;
            }
        }
    }
    out
}

/// A unified diff (3 lines of context) from `old` to `new`, with headers `--- a/PATH` and
/// `+++ b/PATH` (`PATH` is `display` without a leading `/` or `./`, so an absolute path gives
/// `a/tmp/x.md` and `./x.md` gives `a/x.md`, as `git diff` writes them, not `a//tmp/x.md` or
/// `a/./x.md`); empty when the texts are equal.
pub fn unified_diff(old: &str, new: &str, display: &str) -> String {
    if old == new {
        return String::new();
    }
    let mut path = display.trim_start_matches('/');
    while let Some(rest) = path.strip_prefix("./") {
        path = rest.trim_start_matches('/');
    }
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

/// `lookalike-letter ×2, tatweel ×1`.
pub fn summary(by_rule: &[(&'static str, usize)]) -> String {
    by_rule
        .iter()
        .map(|(r, n)| format!("{r} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::finding::Applicability;
    use crate::analysis::test_support::finding_with_fix as finding;

    #[test]
    fn pick_takes_safe_fixes_and_skips_clashes() {
        let fs = [
            finding("tatweel", &[(4..6, "")], Applicability::Safe),
            // Overlaps the first: waits for the next pass.
            finding("lookalike-letter", &[(5..7, "ي")], Applicability::Safe),
            finding("missing-credit", &[(0..0, "x")], Applicability::Unsafe),
            finding("invisible-char", &[(10..13, "")], Applicability::Safe),
        ];
        let (edits, rules) = pick(&fs, false);
        assert_eq!(rules, ["tatweel", "invisible-char"]);
        assert_eq!(
            edits.iter().map(|e| e.range.clone()).collect::<Vec<_>>(),
            [4..6, 10..13]
        );
        let (edits, rules) = pick(&fs, true);
        assert_eq!(rules, ["tatweel", "missing-credit", "invisible-char"]);
        assert_eq!(edits[0].range, 0..0);
    }

    #[test]
    fn fix_text_applies_until_nothing_is_left_and_is_idempotent() {
        // A Persian yeh and a kashida: both safe.
        let src = "قال الوزیر إن الاجتمــاع انتهى.\n";
        let p = Profile::embedded();
        let a = crate::analysis::analyze_text(src, Format::Plain, &p);
        let f = fix_text(
            "t",
            src,
            &a.findings,
            Format::Plain,
            &p,
            Severity::Hint,
            false,
        );
        assert_eq!(f.text, "قال الوزير إن الاجتماع انتهى.\n");
        assert_eq!(f.by_rule, [("lookalike-letter", 1), ("tatweel", 1)]);
        let again = crate::analysis::analyze_text(&f.text, Format::Plain, &p);
        let g = fix_text(
            "t",
            &f.text,
            &again.findings,
            Format::Plain,
            &p,
            Severity::Hint,
            false,
        );
        assert_eq!(g.text, f.text);
        assert_eq!(g.total(), 0);
    }

    #[test]
    fn diff_has_headers_and_hunks() {
        let d = unified_diff("أ\nب\nج\n", "أ\nبب\nج\n", "x.md");
        assert_eq!(
            d,
            "--- a/x.md\n+++ b/x.md\n@@ -1,3 +1,3 @@\n أ\n-ب\n+بب\n ج\n"
        );
        assert_eq!(unified_diff("a", "a", "x"), "");
        // An absolute path keeps one slash after a/ and b/, as `git diff` writes paths.
        let abs = unified_diff("أ\n", "ب\n", "/tmp/x.md");
        assert!(abs.starts_with("--- a/tmp/x.md\n+++ b/tmp/x.md\n"), "{abs}");
        // So does a path given from the current folder (`isnad fix --diff ./x.md`).
        let here = unified_diff("أ\n", "ب\n", "./x.md");
        assert!(here.starts_with("--- a/x.md\n+++ b/x.md\n"), "{here}");
    }
}
