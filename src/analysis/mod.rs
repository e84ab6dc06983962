//! The checks. Input: a [`Document`] and a [`Profile`]; output: an [`Analysis`] holding the
//! [`Finding`]s plus what the review pass needs (quotations with their speakers, names with their
//! spellings, credits, agencies, anonymous sources). Pure and deterministic: the same text and
//! profile give the same findings in the CLI and in the editor.
//!
//! One module per check family (`quotes`, `names`, `credits`, `hygiene`), one file per rule, each
//! rule's user documentation a Markdown file beside its code (compiled in with `include_str!`, so
//! `isnad explain`, `docs/rules.md` and the rustdoc are one text).

pub mod credits;
pub mod finding;
pub mod hygiene;
pub mod lexicon;
pub mod names;
pub mod pipeline;
pub mod quotes;
pub mod suppress;

pub use finding::{Edit, Finding, Fix, Lang, Message, Related, Severity, apply_edits};

use crate::profile::Profile;
use crate::text::{Document, Format};

/// Base URL of the rules' documentation; a rule's section is `{DOCS_URL}#{rule-id}`.
pub const DOCS_URL: &str = "https://github.com/isnad-dev/isnad/blob/main/docs/rules.md";

/// The documentation link of a rule (its section of `docs/rules.md`).
pub fn doc_url(rule_id: &str) -> String {
    format!("{DOCS_URL}#{rule_id}")
}

/// A rule's static description.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Stable kebab-case id (diagnostic code, `isnad.toml` key, suppression comments).
    pub id: &'static str,
    /// Severity unless the profile overrides it.
    pub default_severity: Severity,
    /// One line in English, for `isnad rules`.
    pub summary_en: &'static str,
    /// One line in Arabic.
    pub summary_ar: &'static str,
    /// The rule's documentation (Markdown, with the headings What it flags / Why / Example / Fix).
    pub doc: &'static str,
}

/// Every rule isnad knows, in the order `isnad rules` lists them.
pub const RULES: &[&Rule] = &[
    &quotes::unattributed_quote::RULE,
    &quotes::unbalanced_quote::RULE,
    &names::name_variant::RULE,
    &names::first_reference::RULE,
    &credits::missing_credit::RULE,
    &credits::anonymous_source::RULE,
    &hygiene::lookalike_letter::RULE,
    &hygiene::presentation_form::RULE,
    &hygiene::invisible_char::RULE,
    &hygiene::tatweel::RULE,
    &hygiene::mixed_digits::RULE,
    &hygiene::latin_punctuation::RULE,
];

/// The rules' documentation as one Markdown page (`docs/rules.md`): a section per rule, titled
/// with the rule id (so `doc_url` anchors resolve), with its default severity, summaries and the
/// rule's own documentation with its headings one level down.
pub fn rules_markdown() -> String {
    let mut out = String::from("# isnad rules\n\n");
    out.push_str(
        "Generated from the rules' documentation (`isnad rules --markdown`); do not edit by hand. ",
    );
    out.push_str("`isnad explain RULE` prints the same text.\n");
    for r in RULES {
        out.push_str(&format!(
            "\n## {}\n\nDefault severity: **{}**. {} — {}\n\n",
            r.id,
            r.default_severity.as_str(),
            r.summary_en,
            r.summary_ar
        ));
        for line in r.doc.trim().lines() {
            if line.starts_with('#') {
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The rule with this id, if any.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.id == id)
}

/// Everything one analysis of a document found.
#[derive(Debug, Default)]
pub struct Analysis {
    /// Findings of every enabled rule, sorted by start offset then rule id.
    pub findings: Vec<Finding>,
    /// Direct quotations with their attribution (speech and non-speech spans).
    pub quotes: Vec<quotes::Quote>,
    /// Names (people, places, organisations) with every spelling and mention.
    pub names: Vec<names::Entity>,
    /// Story credits found (dateline, credit line, byline, outlet tag, front-matter field).
    pub credits: Vec<credits::Credit>,
    /// Agencies and outlets cited in the text.
    pub agencies: Vec<credits::AgencyMention>,
    /// Anonymous-source phrases.
    pub anonymous: Vec<credits::AnonymousSource>,
}

/// Shared, precomputed views of a document for the rules.
pub struct Context<'d, 'a> {
    /// The document.
    pub doc: &'d Document<'a>,
    /// The profile.
    pub profile: &'d Profile,
    /// Lexicon matches (cues, titles, agencies ...) per word.
    pub lex: lexicon::Tags,
    /// The document's suppression comments (read once; used by `analyze` and the hygiene fix-all).
    pub directives: suppress::Directives,
}

impl<'d, 'a> Context<'d, 'a> {
    /// Tags the document's words with the profile's lexicons, reads its suppression comments, and
    /// bundles them with the document and profile.
    pub fn new(doc: &'d Document<'a>, profile: &'d Profile) -> Context<'d, 'a> {
        Context {
            doc,
            profile,
            lex: lexicon::tag(doc, profile),
            directives: suppress::Directives::parse(doc),
        }
    }
}

/// Analyses `source` as a draft of `format` with `profile`, applying the profile's severities,
/// disabled rules and suppression comments.
pub fn analyze_text(source: &str, format: Format, profile: &Profile) -> Analysis {
    let doc = Document::new(source, format);
    analyze(&doc, profile)
}

/// Analyses a document (see [`analyze_text`]).
pub fn analyze(doc: &Document, profile: &Profile) -> Analysis {
    let cx = Context::new(doc, profile);
    let mut out = Analysis::default();
    let names = names::detect(&cx);
    let mut persons: Vec<std::ops::Range<usize>> = names
        .iter()
        .filter(|e| e.kind == names::NameKind::Person)
        .flat_map(|e| e.mentions.iter().map(|m| m.range.clone()))
        .collect();
    persons.sort_by_key(|r| r.start);
    let quotes = quotes::extract_with(&cx, &persons);
    let credit = credits::scan(&cx);
    let mut findings = Vec::new();
    quotes::unattributed_quote::check(&cx, &quotes, &names, &mut findings);
    quotes::unbalanced_quote::check(&cx, &quotes, &mut findings);
    names::name_variant::check(&cx, &names, &mut findings);
    names::first_reference::check(&cx, &names, &quotes.quotes, &mut findings);
    credits::missing_credit::check(&cx, &credit, &mut findings);
    credits::anonymous_source::check(&cx, &credit, &mut findings);
    hygiene::check_all(&cx, &mut findings);
    pipeline::settle(&cx, &mut findings);
    out.findings = findings;
    out.quotes = quotes.quotes;
    out.names = names;
    out.credits = credit.credits;
    out.agencies = credit.agencies;
    out.anonymous = credit.anonymous;
    out
}

/// Builds a finding with the rule's default severity.
pub(crate) fn finding(rule: &Rule, range: std::ops::Range<usize>, message: Message) -> Finding {
    Finding {
        rule: rule.id,
        severity: rule.default_severity,
        range,
        message,
        related: Vec::new(),
        fixes: Vec::new(),
    }
}
