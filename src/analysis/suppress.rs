//! Suppression comments, one syntax for Markdown and plain text (HTML comments, invisible once a
//! draft is rendered):
//!
//! - `<!-- isnad-disable RULE... -->` … `<!-- isnad-enable RULE... -->`: off between the two;
//! - `<!-- isnad-disable-next-line RULE... -->`: off on the next line;
//! - `<!-- isnad-disable-line RULE... -->`: off on the comment's own line.
//!
//! With no rule id, the directive applies to every rule. Several ids may be separated by spaces or
//! commas.
//!
//! A comment that starts with `isnad` but is not one of these directives (`isnad-disable-nextline`,
//! `isnad: disable`), and a rule id that is no rule (`name-varient`), suppress nothing; they are
//! kept as [`Problem`]s for the `suppression-comment` rule, so that a typo is not silent.

use crate::text::Document;
use crate::text::LineIndex;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^<!--\s*isnad-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->$")
        .unwrap()
});

/// Compiles the suppression-comment pattern now (see `analysis::compile_patterns`).
pub(crate) fn compile_patterns() {
    LazyLock::force(&DIRECTIVE);
}

/// The four directive names, as written after `<!--`.
const DIRECTIVE_NAMES: [&str; 4] = [
    "isnad-disable",
    "isnad-disable-next-line",
    "isnad-disable-line",
    "isnad-enable",
];

/// A suppression comment that suppresses nothing because of a typo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A comment starting with `isnad` whose directive name is none of the four; `near` is the
    /// directive name at most three edits away, if any.
    UnknownDirective {
        /// Byte range (half-open) of the misspelled name in the document's source.
        range: Range<usize>,
        /// The directive name the typo is closest to.
        near: Option<&'static str>,
    },
    /// A rule id in a directive that names no rule of isnad; `near` is the rule id at most two
    /// edits away (case aside), if any.
    UnknownRule {
        /// Byte range (half-open) of the id in the document's source.
        range: Range<usize>,
        /// The rule id the typo is closest to.
        near: Option<&'static str>,
    },
}

#[derive(Clone, Debug)]
enum Scope {
    /// Byte range (half-open) where the rules are off.
    Bytes(Range<usize>),
    /// A 0-based line where the rules are off.
    Line(usize),
}

/// The suppression directives of a document.
#[derive(Clone, Debug, Default)]
pub struct Directives {
    /// Each directive's rule ids (`None`: every rule), where it applies, and the byte range
    /// (half-open) of its comment (of the `disable` comment for a `disable` … `enable` pair).
    entries: Vec<(Option<Vec<String>>, Scope, Range<usize>)>,
    /// Per entry, the byte range (half-open) of the `isnad-enable RULE` comment that closes it
    /// and no other directive; `None` for line directives, an unclosed `disable`, and one closed
    /// by a bare `isnad-enable` or with others.
    closers: Vec<Option<Range<usize>>>,
    problems: Vec<Problem>,
}

/// A directive that names its rules (`isnad-disable-next-line RULE`, `isnad-disable-line RULE`,
/// `isnad-disable RULE` … `isnad-enable RULE`), as [`Directives::named_directives`] gives it.
#[derive(Clone, Copy, Debug)]
pub struct NamedDirective<'a> {
    /// Its index among the document's directives (as [`Directives::suppressors`] counts them).
    pub index: usize,
    /// Byte range (half-open) of its comment in the document's source.
    pub comment: &'a Range<usize>,
    /// The rule ids it names, as written.
    pub rules: &'a [String],
    /// The 0-based line it turns the rules off on; `None` for `isnad-disable`, which turns them
    /// off from its comment to its `isnad-enable` (or the end of the draft).
    pub line: Option<usize>,
    /// For an `isnad-disable RULE`, the byte range (half-open) of the `isnad-enable RULE` comment
    /// that closes it alone (deleting the pair leaves no other directive open); else `None`.
    pub closer: Option<&'a Range<usize>>,
}

/// The rule ids of a directive's argument `s` (separated by spaces, tabs or commas), `None` when
/// there is none (the directive is about every rule). Each id that names no rule is added to
/// `problems` with its byte range, `s` starting at byte `at` of the source.
fn rules_of(s: &str, at: usize, problems: &mut Vec<Problem>) -> Option<Vec<String>> {
    let mut ids = Vec::new();
    let mut from = 0;
    for part in s.split([' ', ',', '\t']) {
        let start = from;
        from += part.len() + 1;
        if part.is_empty() {
            continue;
        }
        if crate::rules::RuleId::parse(part).is_none() {
            let near = crate::text::distance::closest(
                part,
                crate::rules::RuleId::IDS,
                2,
                str::to_lowercase,
            );
            let range = at + start..at + start + part.len();
            problems.push(Problem::UnknownRule { range, near });
        }
        ids.push(part.to_string());
    }
    (!ids.is_empty()).then_some(ids)
}

/// The problem of comment `text` (starting at byte `at` of the source) when it starts with
/// `isnad` but is no directive: its first word (up to a space or the comment's end) is the
/// misspelled directive name. `None` for any other comment.
fn unknown_directive(text: &str, at: usize) -> Option<Problem> {
    let body = text.strip_prefix("<!--")?;
    let lead = body.len() - body.trim_start().len();
    let body = body.trim_start();
    if !body
        .get(..5)
        .is_some_and(|h| h.eq_ignore_ascii_case("isnad"))
    {
        return None;
    }
    let word = body
        .split(|c: char| c.is_whitespace())
        .next()
        .unwrap_or(body)
        .trim_end_matches("-->");
    let start = at + 4 + lead;
    let near = crate::text::distance::closest(word, &DIRECTIVE_NAMES, 3, str::to_lowercase);
    Some(Problem::UnknownDirective {
        range: start..start + word.len(),
        near,
    })
}

impl Directives {
    /// Reads the directives from the document's HTML comments, and the [`Problem`]s of those
    /// that start with `isnad` but suppress nothing.
    pub fn parse(doc: &Document) -> Directives {
        let mut out = Directives::default();
        let mut open: Vec<(Option<Vec<String>>, Range<usize>)> = Vec::new();
        for c in &doc.masked.comments {
            let text = doc.source.get(c.clone()).unwrap_or("");
            let m = DIRECTIVE
                .captures(text)
                .filter(|m| !m[2].starts_with(|ch: char| ch == '-' || ch.is_alphanumeric()));
            let Some(m) = m else {
                out.problems.extend(unknown_directive(text, c.start));
                continue;
            };
            let args = m.get(2).map_or(0, |g| g.start());
            let rules = rules_of(&m[2], c.start + args, &mut out.problems);
            let line = doc.lines().line_of(c.start);
            match &m[1] {
                "disable-next-line" => {
                    let scope = Scope::Line(doc.lines().line_of(c.end) + 1);
                    out.push(rules, scope, c.clone(), None);
                }
                "disable-line" => out.push(rules, Scope::Line(line), c.clone(), None),
                "disable" => open.push((rules, c.clone())),
                _ => {
                    // Close the matching disable (same rules), or all when no rule is named.
                    let (closed, still): (Vec<_>, Vec<_>) = std::mem::take(&mut open)
                        .into_iter()
                        .partition(|(r, _)| rules.is_none() || *r == rules);
                    open = still;
                    let alone = rules.is_some() && closed.len() == 1;
                    for (r, from) in closed {
                        let scope = Scope::Bytes(from.end..c.start);
                        out.push(r, scope, from, alone.then(|| c.clone()));
                    }
                }
            }
        }
        for (r, from) in open {
            out.push(r, Scope::Bytes(from.end..usize::MAX), from, None);
        }
        out
    }

    /// Adds a directive: its rules, scope, comment and closing comment (see `closers`).
    fn push(
        &mut self,
        rules: Option<Vec<String>>,
        scope: Scope,
        comment: Range<usize>,
        closer: Option<Range<usize>>,
    ) {
        self.entries.push((rules, scope, comment));
        self.closers.push(closer);
    }

    /// True when the document has no directive (nothing is suppressed).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The comments that start with `isnad` but suppress nothing, and the rule ids that name no
    /// rule, in the order of the document.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// How many directives the document has (each `disable` … `enable` pair counts once).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when `rule` is suppressed at byte offset `at` of the document; `lines` is that
    /// document's line index (for line-scoped directives).
    pub fn suppresses(&self, rule: &str, at: usize, lines: &LineIndex) -> bool {
        self.suppressors(rule, at, lines).next().is_some()
    }

    /// The indexes (in document order, `0..self.len()`) of every directive that turns `rule` off
    /// at byte offset `at`; `lines` is the document's line index.
    pub fn suppressors<'a>(
        &'a self,
        rule: &'a str,
        at: usize,
        lines: &'a LineIndex,
    ) -> impl Iterator<Item = usize> + 'a {
        self.entries
            .iter()
            .enumerate()
            .filter(move |(_, (rules, scope, _))| {
                rules.as_ref().is_none_or(|r| r.iter().any(|x| x == rule))
                    && match scope {
                        Scope::Bytes(r) => r.contains(&at),
                        Scope::Line(l) => lines.line_of(at) == *l,
                    }
            })
            .map(|(i, _)| i)
    }

    /// The directives that name their rules, in the order they are closed (a line directive at
    /// its comment, an `isnad-disable` at its `isnad-enable` or the end).
    pub fn named_directives(&self) -> impl Iterator<Item = NamedDirective<'_>> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(index, (rules, scope, comment))| {
                Some(NamedDirective {
                    index,
                    comment,
                    rules: rules.as_deref()?,
                    line: match scope {
                        Scope::Line(line) => Some(*line),
                        Scope::Bytes(_) => None,
                    },
                    closer: self.closers.get(index).and_then(Option::as_ref),
                })
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;

    // Blank lines between paragraphs, so that Markdown does not join them into one.
    const QUOTE: &str =
        "وأضاف الوزير أن العمل مستمر.\n\n«سنعيد بناء كل ما تهدم خلال عام واحد فقط»\n";

    fn rules(src: &str, f: Format) -> Vec<&'static str> {
        analyze_text(src, f, &Profile::embedded())
            .findings
            .into_iter()
            .map(|f| f.rule)
            .filter(|r| *r == "unattributed-quote")
            .collect()
    }

    #[test]
    fn directives_in_markdown_and_plain_text() {
        assert_eq!(rules(QUOTE, Format::Plain), ["unattributed-quote"]);
        for f in [Format::Plain, Format::Markdown] {
            let next = "وأضاف الوزير أن العمل مستمر.\n<!-- isnad-disable-next-line unattributed-quote -->\n«سنعيد بناء كل ما تهدم خلال عام واحد فقط»\n".to_string();
            assert!(rules(&next, f).is_empty(), "{next}");
            let block = format!(
                "<!-- isnad-disable unattributed-quote -->\n{QUOTE}<!-- isnad-enable unattributed-quote -->\n"
            );
            assert!(rules(&block, f).is_empty());
            let other = format!("<!-- isnad-disable name-variant -->\n{QUOTE}");
            assert_eq!(rules(&other, f), ["unattributed-quote"]);
        }
    }
}
