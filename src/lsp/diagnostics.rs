//! Findings → LSP diagnostics.
//!
//! Each diagnostic carries `source: "isnad"`, the rule id as `code`, a `codeDescription` link to
//! the rule's documentation, the related places (other spellings of a name, the last speaker) as
//! `relatedInformation` in the same document (or, for a name spelled differently across stories,
//! in the other draft), and its fixes, already converted to LSP edits in the
//! negotiated encoding, in `data` (a [`DiagnosticData`]), so a code action needs no re-analysis.

use super::index::Place;
use super::position::{self, Encoding};
use crate::analysis::{self, Analysis, Finding, Fix, Lang, Severity};
use ropey::Rope;
use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location,
    NumberOrString, TextEdit, Uri,
};

/// The `source` of every isnad diagnostic.
pub const SOURCE: &str = "isnad";

/// One fix as carried in a diagnostic's `data`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixData {
    /// The fix's title in the message language at publication time.
    pub title: String,
    /// Its edits as LSP text edits (ranges in the negotiated encoding, valid for `version`).
    pub edits: Vec<TextEdit>,
}

/// The `data` of an isnad diagnostic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosticData {
    /// Document version the ranges belong to.
    pub version: i32,
    /// Fixes, best first (may be empty).
    pub fixes: Vec<FixData>,
}

impl DiagnosticData {
    /// Reads the data back from a diagnostic the client sent; `None` when absent or not ours.
    pub fn from_diagnostic(d: &Diagnostic) -> Option<DiagnosticData> {
        serde_json::from_value(d.data.clone()?).ok()
    }
}

/// The LSP severity of a core severity.
pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Information => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// A fix's byte edits as LSP text edits on `rope` (the text the fix was computed from).
pub fn text_edits(fix: &Fix, rope: &Rope, enc: Encoding) -> Vec<TextEdit> {
    fix.edits
        .iter()
        .map(|e| TextEdit {
            range: position::to_lsp_range(rope, &e.range, enc),
            new_text: e.new_text.clone(),
        })
        .collect()
}

/// One finding as a diagnostic of document `uri` at `version`, whose text is `rope`. Related
/// places in other files are left out (see [`to_diagnostic_in`]).
pub fn to_diagnostic(
    f: &Finding,
    rope: &Rope,
    enc: Encoding,
    lang: Lang,
    uri: &Uri,
    version: i32,
) -> Diagnostic {
    to_diagnostic_in(f, rope, enc, lang, uri, version, &[])
}

/// Like [`to_diagnostic`], with the related places in other drafts (cross-story findings) taken
/// from `elsewhere`, where they were converted to editor locations; a place not found there is
/// left out.
pub fn to_diagnostic_in(
    f: &Finding,
    rope: &Rope,
    enc: Encoding,
    lang: Lang,
    uri: &Uri,
    version: i32,
    elsewhere: &[Place],
) -> Diagnostic {
    let related: Vec<DiagnosticRelatedInformation> = f
        .related
        .iter()
        .filter_map(|r| {
            let location = match &r.path {
                None => Location {
                    uri: uri.clone(),
                    range: position::to_lsp_range(rope, &r.range, enc),
                },
                Some(p) => elsewhere
                    .iter()
                    .find(|e| e.path == *p && e.range == r.range)?
                    .location
                    .clone(),
            };
            Some(DiagnosticRelatedInformation {
                location,
                message: r.message.get(lang).to_string(),
            })
        })
        .collect();
    let data = DiagnosticData {
        version,
        fixes: f
            .fixes
            .iter()
            .map(|fix| FixData {
                title: fix.title.get(lang).to_string(),
                edits: text_edits(fix, rope, enc),
            })
            .collect(),
    };
    Diagnostic {
        range: position::to_lsp_range(rope, &f.range, enc),
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.rule.to_string())),
        code_description: analysis::doc_url(f.rule)
            .parse::<Uri>()
            .ok()
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message: f.message.get(lang).to_string(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: serde_json::to_value(data).ok(),
    }
}

/// Every finding of `analysis` as diagnostics (see [`to_diagnostic`]).
pub fn to_diagnostics(
    analysis: &Analysis,
    rope: &Rope,
    enc: Encoding,
    lang: Lang,
    uri: &Uri,
    version: i32,
) -> Vec<Diagnostic> {
    to_diagnostics_in(analysis, rope, enc, lang, uri, version, &[])
}

/// Every finding of `analysis` as diagnostics, related places in other drafts from `elsewhere`
/// (see [`to_diagnostic_in`]).
pub fn to_diagnostics_in(
    analysis: &Analysis,
    rope: &Rope,
    enc: Encoding,
    lang: Lang,
    uri: &Uri,
    version: i32,
    elsewhere: &[Place],
) -> Vec<Diagnostic> {
    analysis
        .findings
        .iter()
        .map(|f| to_diagnostic_in(f, rope, enc, lang, uri, version, elsewhere))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;

    #[test]
    fn name_variant_diagnostic_has_code_link_related_and_fix_data() {
        let src = "🚨 أكد اللواء علي مملوك أن التعاون مستمر.\nوأجرى اللواء مملوك مباحثات في طهران.\nوقال والمملوك إن الأمن مستقر.\n";
        let a = analyze_text(src, Format::Plain, &Profile::embedded());
        let rope = Rope::from_str(src);
        let uri: Uri = "file:///tmp/d.txt".parse().unwrap();
        let ds = to_diagnostics(&a, &rope, Encoding::Utf16, Lang::Ar, &uri, 7);
        let d = ds
            .iter()
            .find(|d| d.code == Some(NumberOrString::String("name-variant".into())))
            .expect("name-variant diagnostic");
        // Line 2 "وقال والمملوك": the name starts after "وقال و" (6 UTF-16 units).
        assert_eq!(
            (
                d.range.start.line,
                d.range.start.character,
                d.range.end.character
            ),
            (2, 6, 13)
        );
        assert_eq!(d.source.as_deref(), Some("isnad"));
        assert_eq!(
            d.code_description.as_ref().unwrap().href.as_str(),
            "https://github.com/isnad-dev/isnad/blob/main/docs/rules.md#name-variant"
        );
        assert!(d.message.contains("«المملوك»"), "{}", d.message);
        let rel = d.related_information.as_ref().unwrap();
        assert_eq!(rel[0].location.range.start.line, 0);
        let data = DiagnosticData::from_diagnostic(d).unwrap();
        assert_eq!(data.version, 7);
        assert_eq!(data.fixes[0].edits[0].new_text, "مملوك");
        assert_eq!(data.fixes[0].edits[0].range, d.range);
    }
}
