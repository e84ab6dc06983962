//! Suppression comments, one syntax for Markdown and plain text (HTML comments, invisible once a
//! draft is rendered):
//!
//! - `<!-- isnad-disable RULE... -->` … `<!-- isnad-enable RULE... -->`: off between the two;
//! - `<!-- isnad-disable-next-line RULE... -->`: off on the next line;
//! - `<!-- isnad-disable-line RULE... -->`: off on the comment's own line.
//!
//! With no rule id, the directive applies to every rule. Several ids may be separated by spaces or
//! commas.

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
    entries: Vec<(Option<Vec<String>>, Scope)>,
}

fn rules_of(s: &str) -> Option<Vec<String>> {
    let ids: Vec<String> = s
        .split([' ', ',', '\t'])
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect();
    (!ids.is_empty()).then_some(ids)
}

impl Directives {
    /// Reads the directives from the document's HTML comments.
    pub fn parse(doc: &Document) -> Directives {
        let mut out = Directives::default();
        let mut open: Vec<(Option<Vec<String>>, usize)> = Vec::new();
        for c in &doc.masked.comments {
            let Some(m) = DIRECTIVE.captures(doc.source.get(c.clone()).unwrap_or("")) else {
                continue;
            };
            let rules = rules_of(&m[2]);
            let line = doc.lines().line_of(c.start);
            match &m[1] {
                "disable-next-line" => out
                    .entries
                    .push((rules, Scope::Line(doc.lines().line_of(c.end) + 1))),
                "disable-line" => out.entries.push((rules, Scope::Line(line))),
                "disable" => open.push((rules, c.end)),
                _ => {
                    // Close the matching disable (same rules), or all when no rule is named.
                    let mut i = 0;
                    while i < open.len() {
                        if rules.is_none() || open[i].0 == rules {
                            let (r, start) = open.remove(i);
                            out.entries.push((r, Scope::Bytes(start..c.start)));
                        } else {
                            i += 1;
                        }
                    }
                }
            }
        }
        for (r, start) in open {
            out.entries.push((r, Scope::Bytes(start..usize::MAX)));
        }
        out
    }

    /// True when the document has no directive (nothing is suppressed).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// True when `rule` is suppressed at byte offset `at` of the document; `lines` is that
    /// document's line index (for line-scoped directives).
    pub fn suppresses(&self, rule: &str, at: usize, lines: &LineIndex) -> bool {
        self.entries.iter().any(|(rules, scope)| {
            rules.as_ref().is_none_or(|r| r.iter().any(|x| x == rule))
                && match scope {
                    Scope::Bytes(r) => r.contains(&at),
                    Scope::Line(l) => lines.line_of(at) == *l,
                }
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
