//! Code actions: a quick fix per fix of each diagnostic (preferred when the finding has exactly
//! one), "fix all `<rule>` in this document", and `source.fixAll.isnad`.
//!
//! Per-diagnostic fixes come from the diagnostic's `data` (see [`super::diagnostics`]) when it
//! belongs to the current version; a client that does not send `data` back gets them from the
//! cached analysis by matching rule and range. The fix-all actions use the cached analysis of the
//! current version. Edits are returned as `WorkspaceEdit`s in the negotiated encoding, versioned
//! (`documentChanges`) when the client supports it, so a stale edit is refused by the client.

use super::diagnostics::{self, DiagnosticData, FixData};
use super::document::Snapshot;
use super::position::{self, Encoding};
use crate::analysis::{Edit, Lang};
use std::collections::HashMap;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, DocumentChanges, NumberOrString,
    OneOf, OptionalVersionedTextDocumentIdentifier, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

/// The kind of the whole-document fix-all action.
pub const FIX_ALL_KIND: &str = "source.fixAll.isnad";

/// Rules whose first fix is mechanical and safe to apply without reading it (spelling,
/// characters). Attribution and credit fixes insert text the journalist must check, so
/// `source.fixAll.isnad` leaves them out; the per-rule "fix all" quick fix still offers them.
pub const SAFE_FIX_ALL: &[&str] = &[
    "name-variant",
    "lookalike-letter",
    "presentation-form",
    "invisible-char",
    "mixed-digits",
    "latin-punctuation",
    "tatweel",
];

/// What the code-action handler needs to know about the request and the session.
pub struct Request<'a> {
    /// The document.
    pub uri: &'a Uri,
    /// The analysis of the document's current version.
    pub snapshot: &'a Snapshot,
    /// Diagnostics the client sent in the request context.
    pub diagnostics: &'a [Diagnostic],
    /// The kinds the client asked for (`None`: all).
    pub only: Option<&'a [CodeActionKind]>,
    /// Negotiated position encoding.
    pub enc: Encoding,
    /// Message language.
    pub lang: Lang,
    /// Whether the client accepts `documentChanges` in workspace edits.
    pub document_changes: bool,
}

/// True when `kind` was asked for: no filter, or a filter entry equal to it or a dot-prefix of it.
fn wanted(only: Option<&[CodeActionKind]>, kind: &str) -> bool {
    match only {
        None => true,
        Some(list) => list.iter().any(|k| {
            let k = k.as_str();
            kind == k || (kind.starts_with(k) && kind.as_bytes().get(k.len()) == Some(&b'.'))
        }),
    }
}

/// A workspace edit of `edits` on the request's document.
pub fn workspace_edit(req: &Request, edits: Vec<TextEdit>) -> WorkspaceEdit {
    if req.document_changes {
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: req.uri.clone(),
                    version: Some(req.snapshot.version),
                },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }])),
            ..WorkspaceEdit::default()
        }
    } else {
        WorkspaceEdit {
            changes: Some(HashMap::from([(req.uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }
    }
}

/// Byte edits sorted and made non-overlapping: an edit overlapping one already kept, or an exact
/// duplicate, is dropped.
pub fn merge_edits(mut edits: Vec<Edit>) -> Vec<Edit> {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out: Vec<Edit> = Vec::with_capacity(edits.len());
    for e in edits {
        if let Some(last) = out.last()
            && (*last == e || e.range.start < last.range.end)
        {
            continue;
        }
        out.push(e);
    }
    out
}

/// The fixes of a client diagnostic: from its `data` when current, else from the snapshot's
/// finding with the same rule and range.
fn fixes_of(req: &Request, d: &Diagnostic) -> Vec<FixData> {
    if let Some(data) = DiagnosticData::from_diagnostic(d) {
        if data.version == req.snapshot.version {
            return data.fixes;
        }
        return Vec::new();
    }
    let Some(NumberOrString::String(rule)) = &d.code else {
        return Vec::new();
    };
    let rope = &req.snapshot.rope;
    req.snapshot
        .analysis
        .findings
        .iter()
        .find(|f| f.rule == rule && position::to_lsp_range(rope, &f.range, req.enc) == d.range)
        .map(|f| {
            f.fixes
                .iter()
                .map(|fix| FixData {
                    title: fix.title.get(req.lang).to_string(),
                    edits: diagnostics::text_edits(fix, rope, req.enc),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The first fix of every finding of the snapshot whose rule passes `keep`, merged.
fn first_fixes(snapshot: &Snapshot, keep: impl Fn(&str) -> bool) -> (Vec<Edit>, usize) {
    let mut edits = Vec::new();
    let mut n = 0;
    for f in &snapshot.analysis.findings {
        if keep(f.rule)
            && let Some(fix) = f.fixes.first()
        {
            edits.extend(fix.edits.iter().cloned());
            n += 1;
        }
    }
    (merge_edits(edits), n)
}

fn lsp_edits(req: &Request, edits: &[Edit]) -> Vec<TextEdit> {
    edits
        .iter()
        .map(|e| TextEdit {
            range: position::to_lsp_range(&req.snapshot.rope, &e.range, req.enc),
            new_text: e.new_text.clone(),
        })
        .collect()
}

/// The code actions for a request, quick fixes first.
pub fn code_actions(req: &Request) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    let mut rules: Vec<String> = Vec::new();
    if wanted(req.only, CodeActionKind::QUICKFIX.as_str()) {
        for d in req.diagnostics {
            if d.source.as_deref() != Some(diagnostics::SOURCE) {
                continue;
            }
            if let Some(NumberOrString::String(rule)) = &d.code
                && !rules.contains(rule)
            {
                rules.push(rule.clone());
            }
            let fixes = fixes_of(req, d);
            let preferred = fixes.len() == 1;
            for fix in fixes {
                out.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: fix.title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![d.clone()]),
                    edit: Some(workspace_edit(req, fix.edits)),
                    is_preferred: Some(preferred),
                    ..CodeAction::default()
                }));
            }
        }
        for rule in &rules {
            let (edits, n) = first_fixes(req.snapshot, |r| r == rule);
            if n < 2 || edits.is_empty() {
                continue;
            }
            let title = match req.lang {
                Lang::En => format!("Fix all {rule} in this document ({n})"),
                Lang::Ar => format!("أصلح كل {rule} في هذا المستند ({n})"),
            };
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                edit: Some(workspace_edit(req, lsp_edits(req, &edits))),
                is_preferred: Some(false),
                ..CodeAction::default()
            }));
        }
    }
    if wanted(req.only, FIX_ALL_KIND) {
        let (edits, n) = first_fixes(req.snapshot, |r| SAFE_FIX_ALL.contains(&r));
        if !edits.is_empty() {
            let title = match req.lang {
                Lang::En => format!("Fix all spelling and character findings ({n})"),
                Lang::Ar => format!("أصلح كل ملاحظات الإملاء والحروف ({n})"),
            };
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::from(FIX_ALL_KIND)),
                edit: Some(workspace_edit(req, lsp_edits(req, &edits))),
                ..CodeAction::default()
            }));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;
    use ropey::Rope;

    const SRC: &str = "أكد اللواء علي مملوك أن التعاون مستمر.\nوأجرى اللواء المملوك مباحثات في طهران.\nوقال والمملوك إن الأمن مستقر.\nوأضاف مملوك أن الزيارة ناجحة.\n";

    fn snapshot(src: &str) -> Snapshot {
        Snapshot {
            version: 3,
            rope: Rope::from_str(src),
            analysis: analyze_text(src, Format::Plain, &Profile::embedded()),
        }
    }

    fn edits_of(a: &CodeActionOrCommand, uri: &Uri) -> Vec<TextEdit> {
        let CodeActionOrCommand::CodeAction(a) = a else {
            panic!("command")
        };
        a.edit.as_ref().unwrap().changes.as_ref().unwrap()[uri].clone()
    }

    #[test]
    fn quick_fix_from_data_and_fix_all() {
        let snap = snapshot(SRC);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        let diags = diagnostics::to_diagnostics(
            &snap.analysis,
            &snap.rope,
            Encoding::Utf16,
            Lang::En,
            &uri,
            3,
        );
        let variant: Vec<Diagnostic> = diags
            .into_iter()
            .filter(|d| d.code == Some(NumberOrString::String("name-variant".into())))
            .collect();
        assert_eq!(variant.len(), 2);
        let req = Request {
            uri: &uri,
            snapshot: &snap,
            diagnostics: &variant[..1],
            only: None,
            enc: Encoding::Utf16,
            lang: Lang::En,
            document_changes: false,
        };
        let actions = code_actions(&req);
        let titles: Vec<String> = actions
            .iter()
            .map(|a| match a {
                CodeActionOrCommand::CodeAction(a) => a.title.clone(),
                CodeActionOrCommand::Command(c) => c.title.clone(),
            })
            .collect();
        assert_eq!(
            titles,
            [
                "Spell it “مملوك”",
                "Spell every variant “مملوك” (2 places)",
                "Fix all name-variant in this document (2)",
                "Fix all spelling and character findings (2)",
            ]
        );
        let one = edits_of(&actions[0], &uri);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].range, variant[0].range);
        assert_eq!(edits_of(&actions[2], &uri).len(), 2);

        // Without data (a client that drops it), the fix comes from the cached analysis.
        let mut bare = variant[1].clone();
        bare.data = None;
        let req = Request {
            diagnostics: std::slice::from_ref(&bare),
            only: Some(&[CodeActionKind::QUICKFIX]),
            ..req
        };
        let actions = code_actions(&req);
        assert_eq!(actions.len(), 3);
        assert_eq!(edits_of(&actions[0], &uri)[0].range, bare.range);

        // Only source actions.
        let req = Request {
            only: Some(&[CodeActionKind::SOURCE]),
            ..req
        };
        let actions = code_actions(&req);
        assert_eq!(actions.len(), 1);
        let fixed =
            crate::analysis::apply_edits(SRC, &first_fixes(&snap, |r| SAFE_FIX_ALL.contains(&r)).0);
        assert_eq!(
            fixed,
            "أكد اللواء علي مملوك أن التعاون مستمر.\nوأجرى اللواء مملوك مباحثات في طهران.\nوقال ومملوك إن الأمن مستقر.\nوأضاف مملوك أن الزيارة ناجحة.\n"
        );
    }

    #[test]
    fn stale_data_offers_no_fix_and_edits_merge() {
        let snap = snapshot(SRC);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        let d = diagnostics::to_diagnostics(
            &snap.analysis,
            &snap.rope,
            Encoding::Utf8,
            Lang::En,
            &uri,
            2,
        )
        .into_iter()
        .find(|d| d.code == Some(NumberOrString::String("name-variant".into())))
        .unwrap();
        let req = Request {
            uri: &uri,
            snapshot: &snap,
            diagnostics: std::slice::from_ref(&d),
            only: Some(&[CodeActionKind::QUICKFIX]),
            enc: Encoding::Utf8,
            lang: Lang::Ar,
            document_changes: true,
        };
        // Version 2 data against a version 3 document: only the fix-all, rebuilt from version 3.
        let actions = code_actions(&req);
        assert_eq!(actions.len(), 1);
        let CodeActionOrCommand::CodeAction(a) = &actions[0] else {
            panic!()
        };
        assert_eq!(a.title, "أصلح كل name-variant في هذا المستند (2)");
        let Some(DocumentChanges::Edits(e)) = &a.edit.as_ref().unwrap().document_changes else {
            panic!()
        };
        assert_eq!(e[0].text_document.version, Some(3));

        let m = merge_edits(vec![
            Edit {
                range: 5..9,
                new_text: "b".into(),
            },
            Edit {
                range: 0..3,
                new_text: "a".into(),
            },
            Edit {
                range: 0..3,
                new_text: "a".into(),
            },
            Edit {
                range: 7..12,
                new_text: "c".into(),
            },
        ]);
        assert_eq!(m.len(), 2);
        assert!(wanted(
            Some(&[CodeActionKind::SOURCE_FIX_ALL]),
            FIX_ALL_KIND
        ));
        assert!(!wanted(
            Some(&[CodeActionKind::from("source.fix")]),
            FIX_ALL_KIND
        ));
    }
}
