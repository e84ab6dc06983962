//! Every rule of the registry proves itself on the examples of its own documentation (the `.md`
//! beside its `.rs`, `RuleMeta::doc`), so that a new rule brings its fixture in its own files:
//!
//! - `## Example`: a draft (the first ```` ```text ```` block of the section) where the rule fires,
//!   then `- Flagged: `TEXT` (bytes A..B).` and one `- Fix (safe|unsafe|template): ...` line per fix it
//!   offers, each edit written `replace bytes A..B with `NEW``, `insert `NEW` at byte A` or
//!   `delete bytes A..B` (edits joined by `; `). The whole analysis must give exactly that one
//!   finding, with the rule's default severity, that range, and exactly those fixes, edits and
//!   applicability; applying each fix and analysing again must leave no finding at all.
//! - `## Not flagged`: published copy (the first text block of the section) on which no rule
//!   fires, `- Seen: FACT` lines saying that the construct the rule is quiet on was seen (see
//!   [`facts`]: the quotations with their kind, cue and speaker, the names with their mentions,
//!   the credits, the anonymous sources, the Persian-run words, the numbers and their digit
//!   style), and `- Flagged after `FROM` → `TO`: `TEXT`.`: one small edit of that same copy makes
//!   the rule fire once, on TEXT, so the rule did look at it.
//!
//! In the backquoted values, `\n` is a line break and `\u{XXXX}` a code point (for invisible
//! characters). The tests iterate `isnad::analysis::RULES`: a rule whose documentation lacks an
//! example, a fix line or a published-copy negative fails here with the line it needs.

use isnad::analysis::hygiene::DigitStyle;
use isnad::analysis::{
    Analysis, Context, Finding, RULES, RuleId, analyze_text, apply_edits, finding::Applicability,
};
use isnad::profile::Profile;
use isnad::text::{Document, Format};
use std::ops::Range;

/// A fix as compared: its edits (byte range, new text) and applicability.
type FixShape = (Vec<(Range<usize>, String)>, Applicability);

/// The `## Example` section of a rule's documentation: a draft on which the rule fires once.
#[derive(Debug)]
struct Fires {
    src: String,
    /// Byte range (half-open) of the finding.
    range: Range<usize>,
    /// The text at `range`.
    flagged: String,
    /// The finding's fixes, in order; empty when the rule offers none.
    fixes: Vec<FixShape>,
}

/// The `## Not flagged` section: published copy on which no rule fires.
#[derive(Debug)]
struct Quiet {
    src: String,
    /// Facts of the analysis that must hold (see [`facts`]).
    seen: Vec<String>,
    /// (from, to, flagged): replacing the first `from` by `to` makes the rule fire once, on the
    /// text `flagged`.
    contrast: (String, String, String),
}

/// A rule's fixture, read from its documentation.
#[derive(Debug)]
struct Fixture {
    rule: RuleId,
    fires: Fires,
    quiet: Quiet,
}

const CREDIT: &str = "\n\n(وكالات)\n";

fn analysis(src: &str) -> Analysis {
    analyze_text(src, Format::Plain, &Profile::embedded())
}

fn findings(src: &str) -> Vec<Finding> {
    analysis(src).findings
}

/// (rule, byte range, flagged text) of every finding, for readable failures.
fn summary(src: &str, f: &[Finding]) -> Vec<(&'static str, Range<usize>, String)> {
    f.iter()
        .map(|f| {
            (
                f.rule,
                f.range.clone(),
                src.get(f.range.clone())
                    .unwrap_or("<not a char boundary>")
                    .to_string(),
            )
        })
        .collect()
}

/// `s` with `\n` read as a line break and `\u{XXXX}` as that code point.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(t) = tail.strip_prefix("\\n") {
            out.push('\n');
            rest = t;
        } else if let Some(t) = tail.strip_prefix("\\u{") {
            let end = t.find('}').expect("a closing } after \\u{");
            let c = u32::from_str_radix(&t[..end], 16)
                .ok()
                .and_then(char::from_u32)
                .unwrap_or_else(|| panic!("not a code point: \\u{{{}}}", &t[..end]));
            out.push(c);
            rest = &t[end + 1..];
        } else {
            out.push('\\');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The backquoted values of `line`, unescaped, in order.
fn quoted(line: &str) -> Vec<String> {
    line.split('`').skip(1).step_by(2).map(unescape).collect()
}

/// The first `a..b` byte range after `word` in `s`.
fn range_after(s: &str, word: &str) -> Range<usize> {
    let at = s
        .find(word)
        .unwrap_or_else(|| panic!("no «{word}» in: {s}"))
        + word.len();
    let digits = |t: &str| -> (usize, usize) {
        let n = t.bytes().take_while(u8::is_ascii_digit).count();
        (
            t[..n]
                .parse()
                .unwrap_or_else(|_| panic!("a number in: {s}")),
            n,
        )
    };
    let t = s[at..].trim_start();
    let (a, n) = digits(t);
    if word == "byte " {
        return a..a;
    }
    let t = t[n..]
        .strip_prefix("..")
        .unwrap_or_else(|| panic!("a..b in: {s}"));
    a..digits(t).0
}

/// One edit as the documentation writes it: `replace bytes A..B with `NEW``, `insert `NEW` at
/// byte A` or `delete bytes A..B`.
fn edit(s: &str) -> (Range<usize>, String) {
    let s = s.trim().trim_end_matches('.');
    if s.starts_with("replace ") {
        (range_after(s, "bytes "), quoted(s).remove(0))
    } else if s.starts_with("insert ") {
        (range_after(s, "byte "), quoted(s).remove(0))
    } else if s.starts_with("delete ") {
        (range_after(s, "bytes "), String::new())
    } else {
        panic!(
            "an edit is `replace bytes A..B with `NEW``, `insert `NEW` at byte A` or `delete bytes A..B`: {s}"
        )
    }
}

/// The lines of section `## title` of `doc` (up to the next `## ` heading), empty when absent.
fn section<'d>(doc: &'d str, title: &str) -> Vec<&'d str> {
    let heading = format!("## {title}");
    doc.lines()
        .skip_while(|l| l.trim_end() != heading)
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .collect()
}

/// The first ```` ```text ```` block of `lines`, each line ending with a line break.
fn text_block(lines: &[&str]) -> Option<String> {
    let start = lines.iter().position(|l| l.trim_end() == "```text")? + 1;
    let len = lines[start..].iter().position(|l| l.trim_end() == "```")?;
    Some(
        lines[start..start + len]
            .iter()
            .map(|l| format!("{l}\n"))
            .collect(),
    )
}

/// The fixture in the documentation of `rule`; panics saying what is missing.
fn fixture(rule: RuleId, doc: &str) -> Fixture {
    let example = section(doc, "Example");
    let src = text_block(&example)
        .unwrap_or_else(|| panic!("`{rule}`: its .md needs a ```text draft under `## Example`"));
    let flagged_line = example
        .iter()
        .find(|l| l.starts_with("- Flagged:"))
        .unwrap_or_else(|| {
            panic!("`{rule}`: `## Example` needs a line `- Flagged: `TEXT` (bytes A..B).`")
        });
    let fixes = example
        .iter()
        .filter_map(|l| l.strip_prefix("- Fix ("))
        .map(|l| {
            let (kind, edits) = l
                .split_once("):")
                .unwrap_or_else(|| panic!("`{rule}`: `- Fix (safe|unsafe): EDIT` in: {l}"));
            let applicability = match kind {
                "safe" => Applicability::Safe,
                "unsafe" => Applicability::Unsafe,
                "template" => Applicability::Template,
                _ => panic!("`{rule}`: a fix is safe or unsafe, not `{kind}`"),
            };
            (edits.split("; ").map(edit).collect(), applicability)
        })
        .collect();
    let fires = Fires {
        src,
        range: range_after(flagged_line, "bytes "),
        flagged: quoted(flagged_line).remove(0),
        fixes,
    };
    let not_flagged = section(doc, "Not flagged");
    let src = text_block(&not_flagged).unwrap_or_else(|| {
        panic!("`{rule}`: its .md needs published copy, a ```text block under `## Not flagged`")
    });
    let seen: Vec<String> = not_flagged
        .iter()
        .filter_map(|l| l.strip_prefix("- Seen: "))
        .map(|l| unescape(l.trim_end()))
        .collect();
    assert!(
        !seen.is_empty(),
        "`{rule}`: `## Not flagged` needs `- Seen: FACT` lines"
    );
    let contrast = not_flagged
        .iter()
        .find(|l| l.starts_with("- Flagged after "))
        .map(|l| {
            let q = quoted(l);
            assert_eq!(q.len(), 3, "`{rule}`: {l}");
            (q[0].clone(), q[1].clone(), q[2].clone())
        })
        .unwrap_or_else(|| {
            panic!("`{rule}`: `## Not flagged` needs `- Flagged after `FROM` → `TO`: `TEXT`.`")
        });
    Fixture {
        rule,
        fires,
        quiet: Quiet {
            src,
            seen,
            contrast,
        },
    }
}

/// The fixture of every rule, in registry order.
fn fixtures() -> Vec<Fixture> {
    RULES
        .iter()
        .map(|r| fixture(r.meta().id, r.meta().doc))
        .collect()
}

/// What the analysis of `src` saw, one fact a line, by kind (the first word):
///
/// - `quote «...»: FORM, closed|open[, cue X][, speaker Y][, anonymous]`, every quotation;
/// - `name KEY (KIND[, given G ...]): MENTION | MENTION ...; spelled S ×N[, S ×N]`, every name;
/// - `credit TEXT (bytes A..B)`, every credit;
/// - `anonymous source TEXT`, every anonymous-source phrase;
/// - `Persian-run words: W W ...` when a word lies in a run of Persian text;
/// - `number TEXT (STYLE)` for each number counted for the digit style, and `majority STYLE`.
fn facts(src: &str, a: &Analysis) -> Vec<String> {
    let mut out = Vec::new();
    for q in &a.quotes {
        let mut s = format!(
            "quote {}: {}, {}",
            &src[q.range.clone()],
            format!("{:?}", q.form).to_lowercase(),
            if q.closed { "closed" } else { "open" }
        );
        if let Some(at) = &q.attribution {
            s += &format!(", cue {}", &src[at.cue.clone()]);
            if let Some((_, who)) = &at.speaker {
                s += &format!(", speaker {who}");
            }
            if at.anonymous {
                s += ", anonymous";
            }
        }
        out.push(s);
    }
    for e in &a.names {
        let given = if e.given.is_empty() {
            String::new()
        } else {
            format!(", given {}", e.given.join(" "))
        };
        let mentions: Vec<&str> = e.mentions.iter().map(|m| &src[m.range.clone()]).collect();
        let spelled: Vec<String> = e
            .spellings()
            .into_iter()
            .map(|(s, n)| format!("{s} ×{n}"))
            .collect();
        out.push(format!(
            "name {} ({}{given}): {}; spelled {}",
            e.key,
            e.kind.as_str(),
            mentions.join(" | "),
            spelled.join(", ")
        ));
    }
    for c in &a.credits {
        out.push(format!(
            "credit {} (bytes {}..{})",
            &src[c.range.clone()],
            c.range.start,
            c.range.end
        ));
    }
    for s in &a.anonymous {
        out.push(format!("anonymous source {}", &src[s.range.clone()]));
    }
    let doc = Document::new(src, Format::Plain);
    let profile = Profile::embedded();
    let cx = Context::new(&doc, &profile);
    if !cx.directives.is_empty() {
        out.push(format!("directives {}", cx.directives.len()));
    }
    let scan = cx.scan();
    let foreign: Vec<&str> = doc
        .words
        .iter()
        .zip(&scan.foreign_run)
        .filter(|(_, f)| **f)
        .map(|(w, _)| &src[w.range()])
        .collect();
    if !foreign.is_empty() {
        out.push(format!("Persian-run words: {}", foreign.join(" ")));
    }
    let style = |s: DigitStyle| match s {
        DigitStyle::Western => "western",
        DigitStyle::ArabicIndic => "arabic-indic",
    };
    for (i, s) in &scan.numbers {
        out.push(format!(
            "number {} ({})",
            &src[doc.words[*i].range()],
            style(*s)
        ));
    }
    if let Some(m) = scan.majority_digits {
        out.push(format!("majority {}", style(m)));
    }
    out
}

/// The kind of a fact: its first word, or `Persian-run` / `anonymous source`.
fn kind(fact: &str) -> &str {
    fact.split(' ').next().unwrap_or("")
}

/// Checks the `- Seen:` lines of a rule against the facts of the analysis: for quotations,
/// credits, anonymous sources, Persian runs and numbers (with the majority) the lines of a kind
/// name all the facts of that kind, in order (`no KIND` says there is none); names are checked one
/// by one (each line is one of the document's names).
fn check_seen(rule: RuleId, src: &str, a: &Analysis, seen: &[String]) {
    let got = facts(src, a);
    let mut kinds: Vec<&str> = Vec::new();
    for s in seen {
        let k = s.strip_prefix("no ").map_or(kind(s), kind);
        if k == "name" {
            assert!(
                got.contains(s),
                "`{rule}`: not seen: {s}\nthe names seen:\n{}",
                got.iter()
                    .filter(|g| kind(g) == "name")
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        } else if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    for k in kinds {
        let family = |f: &&String| {
            let fk = kind(f);
            fk == k || (k == "number" && fk == "majority")
        };
        let want: Vec<&String> = seen.iter().filter(family).collect();
        let have: Vec<&String> = got.iter().filter(family).collect();
        assert_eq!(have, want, "`{rule}`: the {k} facts of the published copy");
    }
}

#[test]
fn every_rule_documents_a_tested_example_and_a_negative() {
    let all = fixtures();
    assert_eq!(all.len(), RULES.len());
    assert_eq!(RULES.len(), RuleId::ALL.len());
    for f in &all {
        assert!(!f.fires.flagged.is_empty(), "`{}`", f.rule);
        assert!(!f.quiet.seen.is_empty(), "`{}`", f.rule);
    }
}

#[test]
fn each_rule_fires_on_its_example_with_the_exact_range_and_fix() {
    for (r, fx) in RULES.iter().zip(fixtures()) {
        let id = r.meta().id;
        let fx = fx.fires;
        let f = findings(&fx.src);
        assert_eq!(
            summary(&fx.src, &f),
            [(id.as_str(), fx.range.clone(), fx.flagged.clone())],
            "`{id}`"
        );
        assert_eq!(f[0].severity, r.meta().default_severity, "`{id}`");
        let got: Vec<FixShape> = f[0]
            .fixes
            .iter()
            .map(|x| {
                (
                    x.edits
                        .iter()
                        .map(|e| (e.range.clone(), e.new_text.clone()))
                        .collect(),
                    x.applicability,
                )
            })
            .collect();
        assert_eq!(got, fx.fixes, "`{id}` fixes");
    }
}

#[test]
fn each_fix_removes_exactly_its_own_finding() {
    let mut with_fix = 0;
    let mut expected = 0;
    for (r, fx) in RULES.iter().zip(fixtures()) {
        let id = r.meta().id;
        let fx = fx.fires;
        expected += fx.fixes.len();
        let f = findings(&fx.src);
        assert_eq!(f.len(), 1, "`{id}`: {:?}", summary(&fx.src, &f));
        for fix in &f[0].fixes {
            with_fix += 1;
            let fixed = apply_edits(&fx.src, &fix.edits);
            assert_ne!(fixed, fx.src, "`{id}`: the fix changes nothing");
            let after = findings(&fixed);
            // A template leaves its placeholder for the writer: the rule's finding moves onto it.
            let placeholder_only = fix.applicability == Applicability::Template
                && after.len() == 1
                && after[0].rule == id.as_str()
                && fixed
                    .get(after[0].range.clone())
                    .is_some_and(|t| t.starts_with('[') && t.ends_with(']'));
            assert!(
                after.is_empty() || placeholder_only,
                "`{id}`: after its fix «{}»:\n{fixed}\n{:?}",
                fix.title.en(),
                summary(&fixed, &after)
            );
        }
    }
    // Every fix the documented examples expect was applied.
    assert_eq!(with_fix, expected);
    assert!(with_fix >= RULES.len() / 2, "{with_fix} fixes tried");
}

#[test]
fn published_copy_is_quiet_and_its_constructs_were_seen() {
    for (r, fx) in RULES.iter().zip(fixtures()) {
        let id = r.meta().id;
        let q = fx.quiet;
        let a = analysis(&q.src);
        assert!(
            a.findings.is_empty(),
            "`{id}` published copy: {:?}",
            summary(&q.src, &a.findings)
        );
        check_seen(id, &q.src, &a, &q.seen);
    }
}

#[test]
fn one_edit_of_the_published_copy_makes_the_rule_fire_there() {
    for (r, fx) in RULES.iter().zip(fixtures()) {
        let id = r.meta().id;
        let q = fx.quiet;
        let (from, to, flagged) = &q.contrast;
        assert!(q.src.contains(from.as_str()), "`{id}`: no «{from}»");
        let edited = q.src.replacen(from.as_str(), to, 1);
        let f: Vec<Finding> = findings(&edited)
            .into_iter()
            .filter(|f| f.rule == id)
            .collect();
        let got: Vec<&str> = f.iter().map(|f| &edited[f.range.clone()]).collect();
        assert_eq!(got, [flagged.as_str()], "`{id}` on:\n{edited}");
    }
}

#[test]
fn examples_are_plain_text_with_their_credit() {
    // The examples carry a credit line so that missing-credit stays out of them; the one that
    // shows missing-credit has none.
    for f in fixtures() {
        assert_eq!(
            f.fires.src.ends_with(CREDIT),
            f.rule != RuleId::MissingCredit,
            "`{}`",
            f.rule
        );
    }
}

#[test]
fn the_documentation_reader_reads_what_it_is_given() {
    let doc = "## What it flags\nx\n\n## Example\n```text\nأ ب\n\n(وكالات)\n```\n\
               - Flagged: `ب` (bytes 3..5).\n\
               - Fix (safe): replace bytes 3..5 with `ت`; insert `\\u{200F}` at byte 0.\n\
               - Fix (unsafe): delete bytes 0..2.\n\n## Not flagged\n```text\nج\n```\n\
               - Seen: no quote\n- Flagged after `ج` → `ح\\n`: `ح`.\n";
    let f = fixture(RuleId::Tatweel, doc);
    assert_eq!(f.fires.src, "أ ب\n\n(وكالات)\n");
    assert_eq!(f.fires.range, 3..5);
    assert_eq!(f.fires.flagged, "ب");
    assert_eq!(
        f.fires.fixes,
        [
            (
                vec![(3..5, "ت".to_string()), (0..0, "\u{200F}".to_string())],
                Applicability::Safe
            ),
            (vec![(0..2, String::new())], Applicability::Unsafe),
        ]
    );
    assert_eq!(f.quiet.src, "ج\n");
    assert_eq!(f.quiet.seen, ["no quote"]);
    assert_eq!(
        f.quiet.contrast,
        ("ج".to_string(), "ح\n".to_string(), "ح".to_string())
    );
}
