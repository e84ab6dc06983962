//! Code actions: a quick fix per fix of each diagnostic (preferred when the finding has exactly
//! one), "fix all `<rule>` in this document", the house-style actions on a name variant ("add to
//! house spellings" for the preferred and for the flagged spelling, "never flag this name": each
//! runs a server command that edits `isnad.toml`, see [`ADD_SPELLING`] and [`ACCEPT_NAME`]),
//! "ignore this rule here" on every isnad diagnostic (inserts a suppression comment above the
//! line), and `source.fixAll.isnad` (every finding's first fix whose applicability is safe). The
//! fix-alls are gathered by [`crate::analysis::fix`], as `isnad check --fix` gathers its fixes.
//!
//! Per-diagnostic fixes come from the diagnostic's `data` (see [`super::diagnostics`]) when it
//! belongs to the current version; a client that does not send `data` back, or sends an older
//! version's, gets them from the cached analysis by matching rule and range (for an older
//! version: the exact range and message, see [`finding_of`]). The fix-all actions use the cached analysis of the
//! current version. Edits are returned as `WorkspaceEdit`s in the negotiated encoding, versioned
//! (`documentChanges`) when the client supports it, so a stale edit is refused by the client.

use super::diagnostics::{self, DiagnosticData, FixData};
use super::document::Snapshot;
use super::position::{self, Encoding};
use crate::analysis::fix;
use crate::analysis::names::name_variant;
use crate::analysis::{Edit, Finding, Lang};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Command, Diagnostic, DocumentChanges,
    NumberOrString, OneOf, OptionalVersionedTextDocumentIdentifier, Range, TextDocumentEdit,
    TextEdit, Uri, WorkspaceEdit,
};

/// `workspace/executeCommand`: make a spelling the house spelling in `isnad.toml`. One argument,
/// an [`AddSpellingArgs`] object.
pub const ADD_SPELLING: &str = "isnad.addSpelling";

/// `workspace/executeCommand`: never flag a name (`[lexicon] accept` in `isnad.toml`). One
/// argument, an [`AcceptNameArgs`] object.
pub const ACCEPT_NAME: &str = "isnad.acceptName";

/// The commands the server registers: the house-style commands and the review sheet
/// ([`super::review::REVIEW`]). (`isnad.restart`, `isnad.fixAll`, `isnad.showInstallHelp` and
/// `isnad.showReview` belong to the VS Code extension and are never registered here.)
pub const COMMANDS: &[&str] = &[ADD_SPELLING, ACCEPT_NAME, super::review::REVIEW];

/// Arguments of [`ADD_SPELLING`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddSpellingArgs {
    /// The draft the action came from (decides which `isnad.toml`).
    pub uri: Uri,
    /// The spelling to make the house spelling.
    pub house: String,
    /// The spellings it replaces.
    #[serde(default)]
    pub variants: Vec<String>,
}

/// Arguments of [`ACCEPT_NAME`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptNameArgs {
    /// The draft the action came from (decides which `isnad.toml`).
    pub uri: Uri,
    /// The name never to flag (any of its spellings).
    pub name: String,
}

/// The kind of the whole-document fix-all action.
pub const FIX_ALL_KIND: &str = "source.fixAll.isnad";

/// What the code-action handler needs to know about the request and the session.
pub struct Request<'a> {
    /// The document.
    pub uri: &'a Uri,
    /// The analysis of the document's current version.
    pub snapshot: &'a Snapshot,
    /// Diagnostics the client sent in the request context.
    pub diagnostics: &'a [Diagnostic],
    /// The range the client asked about (the selection, or the cursor as an empty range), in the
    /// negotiated encoding.
    pub range: Range,
    /// The kinds the client asked for (`None`: all).
    pub only: Option<&'a [CodeActionKind]>,
    /// Negotiated position encoding.
    pub enc: Encoding,
    /// Message language.
    pub lang: Lang,
    /// Whether the client accepts `documentChanges` in workspace edits.
    pub document_changes: bool,
    /// Whether the house-style actions can be offered: there is an `isnad.toml` to edit or a
    /// place to create one (the draft has a file path, or the workspace has a root).
    pub house_style: bool,
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

/// The fixes of a client diagnostic: from its `data` when current, else from the snapshot's
/// finding it stands for (see [`finding_of`]). Each holds the finding's own edits only.
fn fixes_of(req: &Request, d: &Diagnostic) -> Vec<FixData> {
    if let Some(data) = DiagnosticData::from_diagnostic(d)
        && data.version == req.snapshot.version
    {
        return data.fixes;
    }
    let rope = &req.snapshot.rope;
    finding_of(req, d)
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

/// True when the half-open byte ranges `a` and `b` overlap or touch (an empty range at either end
/// of the other counts: a cursor right after a word is on it).
fn touches(a: &std::ops::Range<usize>, b: &std::ops::Range<usize>) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// The finding of the snapshot a client diagnostic stands for. Found by its rule and, in order:
/// the exact range; a finding overlapping the requested range and starting on the diagnostic's
/// first line; a finding overlapping the diagnostic's range. Clients that send back ranges in
/// other units (Neovim 0.7 sends byte columns) or only the cursor still find their finding.
///
/// A diagnostic whose `data` is from another version (a client one keystroke behind the server)
/// stands for a finding of the current version only when one of its rule has exactly its range
/// and its message: the same words were flagged in the same place, so the current finding's
/// fixes apply to the text the user sees; otherwise `None`, since a range of an older text may
/// point elsewhere in the new one.
fn finding_of<'s>(req: &Request<'s>, d: &Diagnostic) -> Option<&'s Finding> {
    let Some(NumberOrString::String(rule)) = &d.code else {
        return None;
    };
    let rope = &req.snapshot.rope;
    let findings = &req.snapshot.analysis.findings;
    if let Some(data) = DiagnosticData::from_diagnostic(d)
        && data.version != req.snapshot.version
    {
        return findings.iter().find(|f| {
            f.rule == rule
                && f.message.get(req.lang) == d.message
                && position::to_lsp_range(rope, &f.range, req.enc) == d.range
        });
    }
    let (asked, _) = position::to_byte_range(rope, req.range, req.enc);
    let (drange, _) = position::to_byte_range(rope, d.range, req.enc);
    let line_of = |b: usize| rope.byte_to_line(b.min(rope.len_bytes()));
    let mut on_request = None;
    let mut on_diagnostic = None;
    for f in findings.iter().filter(|f| f.rule == rule) {
        if position::to_lsp_range(rope, &f.range, req.enc) == d.range {
            return Some(f);
        }
        if on_request.is_none()
            && touches(&f.range, &asked)
            && line_of(f.range.start) == d.range.start.line as usize
        {
            on_request = Some(f);
        }
        if on_diagnostic.is_none() && touches(&f.range, &drange) {
            on_diagnostic = Some(f);
        }
    }
    on_request.or(on_diagnostic)
}

/// "Add … to house spellings" (the preferred spelling, then the flagged one) and "Never flag …"
/// for a `name-variant` finding, as actions carrying server commands.
fn house_actions(req: &Request, d: &Diagnostic, f: &Finding) -> Vec<CodeActionOrCommand> {
    let rope = &req.snapshot.rope;
    // The spellings as the reader sees them: no invisible or bidi character goes into the house
    // style.
    let text_at = |r: &std::ops::Range<usize>| {
        let r = r.start.min(rope.len_bytes())..r.end.min(rope.len_bytes());
        name_variant::visible(&rope.byte_slice(r).to_string())
    };
    let flagged = text_at(&f.range);
    let preferred = f
        .fixes
        .first()
        .and_then(|x| x.edits.first())
        .map(|e| name_variant::visible(&e.new_text));
    let mut spellings: Vec<String> = vec![flagged.clone()];
    let others = f
        .related
        .iter()
        .filter(|r| r.path.is_none())
        .map(|r| text_at(&r.range))
        .chain(preferred.clone());
    for s in others {
        if !s.is_empty() && !spellings.contains(&s) {
            spellings.push(s);
        }
    }
    let action = |title: String, command: &str, arg: serde_json::Value| {
        CodeActionOrCommand::CodeAction(CodeAction {
            title: title.clone(),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![d.clone()]),
            command: Some(Command {
                title,
                command: command.to_string(),
                arguments: Some(vec![arg]),
            }),
            is_preferred: Some(false),
            ..CodeAction::default()
        })
    };
    let mut out = Vec::new();
    let mut houses: Vec<String> = preferred.into_iter().collect();
    if !houses.contains(&flagged) {
        houses.push(flagged.clone());
    }
    for house in houses {
        let args = AddSpellingArgs {
            uri: req.uri.clone(),
            house: house.clone(),
            variants: spellings.iter().filter(|s| **s != house).cloned().collect(),
        };
        let title = match req.lang {
            Lang::En => format!("Add “{house}” to house spellings"),
            Lang::Ar => format!("أضف «{house}» إلى الصيغ المعتمدة"),
        };
        if let Ok(v) = serde_json::to_value(args) {
            out.push(action(title, ADD_SPELLING, v));
        }
    }
    let title = match req.lang {
        Lang::En => format!("Never flag “{flagged}”"),
        Lang::Ar => format!("لا تنبّه على «{flagged}» أبداً"),
    };
    let args = AcceptNameArgs {
        uri: req.uri.clone(),
        name: flagged,
    };
    if let Ok(v) = serde_json::to_value(args) {
        out.push(action(title, ACCEPT_NAME, v));
    }
    out
}

/// The line ending the document uses: that of its first line break (`\n` when it has none).
fn line_ending(rope: &ropey::Rope) -> &'static str {
    let mut chars = rope.chars();
    while let Some(c) = chars.next() {
        match c {
            '\n' => return "\n",
            '\r' => {
                return if chars.next() == Some('\n') {
                    "\r\n"
                } else {
                    "\r"
                };
            }
            _ => {}
        }
    }
    "\n"
}

/// The edit inserting `<!-- isnad-disable-next-line RULE -->` on its own line above the line
/// holding byte `at`, indented like that line, ending like the document's lines (after a
/// byte-order mark on the first line).
pub fn ignore_edit(rope: &ropey::Rope, at: usize, rule: &str) -> Edit {
    let line = rope.byte_to_line(at.min(rope.len_bytes()));
    let mut start = rope.line_to_byte(line);
    let mut chars = rope.line(line).chars().peekable();
    if line == 0 && chars.peek() == Some(&'\u{FEFF}') {
        chars.next();
        start += '\u{FEFF}'.len_utf8();
    }
    let indent: String = chars.take_while(|c| *c == ' ' || *c == '\t').collect();
    Edit {
        range: start..start,
        new_text: format!(
            "{indent}<!-- isnad-disable-next-line {rule} -->{}",
            line_ending(rope)
        ),
    }
}

/// "Ignore RULE here": the suppression comment above the finding's first line.
fn ignore_action(req: &Request, d: &Diagnostic, f: &Finding) -> CodeActionOrCommand {
    let edit = ignore_edit(&req.snapshot.rope, f.range.start, f.rule);
    let title = match req.lang {
        Lang::En => format!("Ignore {} here", f.rule),
        Lang::Ar => format!("تجاهل {} هنا", f.rule),
    };
    CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![d.clone()]),
        edit: Some(workspace_edit(req, lsp_edits(req, &[edit]))),
        is_preferred: Some(false),
        ..CodeAction::default()
    })
}

/// Adds "Ignore RULE here" for diagnostic `d` (finding `f`) to `later`, or, when an earlier
/// finding of the same rule on the same line already has one (`ignores`: rule, line, index in
/// `later`), adds `d` to that action's diagnostics: one comment above the line silences both.
fn offer_ignore<'f>(
    req: &Request,
    d: &Diagnostic,
    f: &'f Finding,
    later: &mut Vec<CodeActionOrCommand>,
    ignores: &mut Vec<(&'f str, usize, usize)>,
) {
    let rope = &req.snapshot.rope;
    let line = rope.byte_to_line(f.range.start.min(rope.len_bytes()));
    match ignores.iter().find(|(r, l, _)| *r == f.rule && *l == line) {
        Some(&(_, _, at)) => {
            if let Some(CodeActionOrCommand::CodeAction(a)) = later.get_mut(at) {
                a.diagnostics.get_or_insert_with(Vec::new).push(d.clone());
            }
        }
        None => {
            ignores.push((f.rule, line, later.len()));
            later.push(ignore_action(req, d, f));
        }
    }
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

/// The diagnostics a request's actions are for: those the client sent in its context when one of
/// them is isnad's; otherwise (an editor asking for actions at the cursor, with an empty
/// `context.diagnostics`) isnad's diagnostics of the current version whose findings touch the
/// requested range (byte ranges, an empty range at either end counting, as in [`touches`]).
fn asked_diagnostics<'r>(req: &Request<'r>) -> std::borrow::Cow<'r, [Diagnostic]> {
    if req
        .diagnostics
        .iter()
        .any(|d| d.source.as_deref() == Some(diagnostics::SOURCE))
    {
        return std::borrow::Cow::Borrowed(req.diagnostics);
    }
    let snap = req.snapshot;
    let (asked, _) = position::to_byte_range(&snap.rope, req.range, req.enc);
    std::borrow::Cow::Owned(
        snap.analysis
            .findings
            .iter()
            .filter(|f| touches(&f.range, &asked))
            .map(|f| {
                diagnostics::to_diagnostic_in(
                    f,
                    &snap.rope,
                    req.enc,
                    req.lang,
                    req.uri,
                    snap.version,
                    &snap.elsewhere,
                )
            })
            .collect(),
    )
}

/// The code actions for a request, quick fixes first: for the diagnostics of the request's
/// context, or for the findings under the requested range when the context has none of isnad's
/// (`asked_diagnostics`). The actions come in the order the client shows them: fixes,
/// fix-all per rule, house style, ignore, then `source.fixAll.isnad`.
pub fn code_actions(req: &Request) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    let mut rules: Vec<String> = Vec::new();
    // House-style and ignore actions go after the fixes, so the fixes stay on top.
    let mut later = Vec::new();
    // The ignore actions offered so far: rule, line, place in `later`.
    let mut ignores: Vec<(&str, usize, usize)> = Vec::new();
    if wanted(req.only, CodeActionKind::QUICKFIX.as_str()) {
        let asked = asked_diagnostics(req);
        for d in asked.iter() {
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
            if let Some(f) = finding_of(req, d) {
                // Respelling every variant of the name: computed here, once per name.
                if let Some(all) =
                    name_variant::spell_every_variant(&req.snapshot.analysis.names, f)
                {
                    let title = all.title.get(req.lang).to_string();
                    let seen = out.iter().any(|a| match a {
                        CodeActionOrCommand::CodeAction(a) => a.title == title,
                        CodeActionOrCommand::Command(c) => c.title == title,
                    });
                    if !seen {
                        out.push(CodeActionOrCommand::CodeAction(CodeAction {
                            title,
                            kind: Some(CodeActionKind::QUICKFIX),
                            diagnostics: Some(vec![d.clone()]),
                            edit: Some(workspace_edit(req, lsp_edits(req, &all.edits))),
                            is_preferred: Some(false),
                            ..CodeAction::default()
                        }));
                    }
                }
                if f.rule == "name-variant" && req.house_style {
                    later.extend(house_actions(req, d, f));
                }
                // A comment flagged for suppressing nothing is mended or deleted: another
                // comment above it to silence that would only add a second useless one.
                // Findings of one rule on one line share one comment, so one action: the
                // diagnostics it silences are all listed on it.
                if f.rule != "suppression-comment" {
                    offer_ignore(req, d, f, &mut later, &mut ignores);
                }
            }
        }
        // One fix-all per rule, however many of its diagnostics the client sent.
        out.extend(rules.iter().filter_map(|rule| fix_all_action(req, rule)));
        out.extend(later);
    }
    if wanted(req.only, FIX_ALL_KIND) {
        out.extend(fix_all_safe_action(req));
    }
    out
}

/// "Fix all `rule` in this document": every finding of `rule` fixed at once; `None` when none of
/// its findings has a fix.
fn fix_all_action(req: &Request, rule: &str) -> Option<CodeActionOrCommand> {
    let all = fix::fix_all(&req.snapshot.analysis.findings, rule)?;
    if all.edits.is_empty() {
        return None;
    }
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title: all.title.get(req.lang).to_string(),
        kind: Some(CodeActionKind::QUICKFIX),
        edit: Some(workspace_edit(req, lsp_edits(req, &all.edits))),
        is_preferred: Some(false),
        ..CodeAction::default()
    }))
}

/// `source.fixAll.isnad`: every finding's first safe fix (characters, and spellings the house
/// list names); `None` when there is none.
fn fix_all_safe_action(req: &Request) -> Option<CodeActionOrCommand> {
    let (edits, n) = fix::fix_all_safe(&req.snapshot.analysis.findings);
    if edits.is_empty() {
        return None;
    }
    let title = match req.lang {
        Lang::En => format!("Fix all spelling and character findings ({n})"),
        Lang::Ar => format!("أصلح كل ملاحظات الإملاء والحروف ({n})"),
    };
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title,
        kind: Some(CodeActionKind::from(FIX_ALL_KIND)),
        edit: Some(workspace_edit(req, lsp_edits(req, &edits))),
        ..CodeAction::default()
    }))
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
            elsewhere: Vec::new(),
            internal_error: false,
            not_a_draft: false,
        }
    }

    fn edits_of(a: &CodeActionOrCommand, uri: &Uri) -> Vec<TextEdit> {
        let CodeActionOrCommand::CodeAction(a) = a else {
            panic!("command")
        };
        a.edit.as_ref().unwrap().changes.as_ref().unwrap()[uri].clone()
    }

    /// The two name-variant diagnostics of [`SRC`] (UTF-16, English, version 3).
    fn variant_diagnostics(snap: &Snapshot, uri: &Uri) -> Vec<Diagnostic> {
        let variant: Vec<Diagnostic> = diagnostics::to_diagnostics(
            &snap.analysis,
            &snap.rope,
            Encoding::Utf16,
            Lang::En,
            uri,
            3,
        )
        .into_iter()
        .filter(|d| d.code == Some(NumberOrString::String("name-variant".into())))
        .collect();
        assert_eq!(variant.len(), 2);
        variant
    }

    /// A request for the actions of `diagnostics` of [`SRC`], all kinds, house style offered.
    fn request<'a>(snap: &'a Snapshot, uri: &'a Uri, diagnostics: &'a [Diagnostic]) -> Request<'a> {
        Request {
            uri,
            snapshot: snap,
            diagnostics,
            range: diagnostics[0].range,
            only: None,
            enc: Encoding::Utf16,
            lang: Lang::En,
            document_changes: false,
            house_style: true,
        }
    }

    /// The titles of `actions`, in order.
    fn titles(actions: &[CodeActionOrCommand]) -> Vec<String> {
        actions
            .iter()
            .map(|a| match a {
                CodeActionOrCommand::CodeAction(a) => a.title.clone(),
                CodeActionOrCommand::Command(c) => c.title.clone(),
            })
            .collect()
    }

    #[test]
    fn quick_fix_from_data_and_the_house_style_actions() {
        let snap = snapshot(SRC);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        let variant = variant_diagnostics(&snap, &uri);
        let actions = code_actions(&request(&snap, &uri, &variant[..1]));
        assert_eq!(
            titles(&actions),
            [
                "Spell it “مملوك”",
                "Spell every variant “مملوك” (2 places)",
                "Fix all name-variant in this document (2)",
                "Add “مملوك” to house spellings",
                "Add “المملوك” to house spellings",
                "Never flag “المملوك”",
                "Ignore name-variant here",
                // No "fix all safe": a spelling chosen by majority is not a safe fix.
            ]
        );
        let one = edits_of(&actions[0], &uri);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].range, variant[0].range);
        assert_eq!(edits_of(&actions[2], &uri).len(), 2);
        // The house-style actions carry their commands and arguments.
        let command = |a: &CodeActionOrCommand| match a {
            CodeActionOrCommand::CodeAction(a) => a.command.clone().unwrap(),
            CodeActionOrCommand::Command(c) => c.clone(),
        };
        let c = command(&actions[3]);
        assert_eq!(c.command, ADD_SPELLING);
        let args: AddSpellingArgs =
            serde_json::from_value(c.arguments.unwrap()[0].clone()).unwrap();
        assert_eq!(
            args,
            AddSpellingArgs {
                uri: uri.clone(),
                house: "مملوك".into(),
                variants: vec!["المملوك".into()],
            }
        );
        let args: AddSpellingArgs =
            serde_json::from_value(command(&actions[4]).arguments.unwrap()[0].clone()).unwrap();
        assert_eq!(
            (args.house.as_str(), &args.variants[..]),
            ("المملوك", &["مملوك".to_string()][..])
        );
        let c = command(&actions[5]);
        assert_eq!(c.command, ACCEPT_NAME);
        assert_eq!(c.arguments.unwrap()[0]["name"], "المملوك");
        // "Ignore here" inserts the directive above the diagnostic's line.
        let ignore = edits_of(&actions[6], &uri);
        assert_eq!(ignore[0].range.start, ignore[0].range.end);
        assert_eq!(ignore[0].range.start.line, variant[0].range.start.line);
        assert_eq!(ignore[0].range.start.character, 0);
        assert_eq!(
            ignore[0].new_text,
            "<!-- isnad-disable-next-line name-variant -->\n"
        );
    }

    #[test]
    fn without_data_the_fix_comes_from_the_cached_analysis() {
        let snap = snapshot(SRC);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        // A client that drops `data`.
        let mut bare = variant_diagnostics(&snap, &uri)[1].clone();
        bare.data = None;
        let req = Request {
            only: Some(&[CodeActionKind::QUICKFIX]),
            ..request(&snap, &uri, std::slice::from_ref(&bare))
        };
        let actions = code_actions(&req);
        assert_eq!(actions.len(), 7);
        assert_eq!(edits_of(&actions[0], &uri)[0].range, bare.range);
    }

    #[test]
    fn source_fix_all_takes_only_safe_fixes() {
        let snap = snapshot(SRC);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        let variant = variant_diagnostics(&snap, &uri);
        // Only source actions: none, the spellings were chosen by majority (unsafe fixes).
        let req = Request {
            only: Some(&[CodeActionKind::SOURCE]),
            ..request(&snap, &uri, &variant[1..])
        };
        assert!(code_actions(&req).is_empty());
        // With the house list naming the variant, its fixes are safe: source.fixAll applies them.
        let config =
            crate::profile::config::Config::parse("[spellings]\n\"مملوك\" = [\"المملوك\"]\n")
                .unwrap();
        let house = Snapshot {
            analysis: analyze_text(SRC, Format::Plain, &Profile::with_config(&config)),
            ..snapshot(SRC)
        };
        let req = Request {
            snapshot: &house,
            ..req
        };
        let actions = code_actions(&req);
        assert_eq!(actions.len(), 1);
        let CodeActionOrCommand::CodeAction(a) = &actions[0] else {
            panic!("command")
        };
        assert_eq!(a.title, "Fix all spelling and character findings (2)");
        let fixed =
            crate::analysis::apply_edits(SRC, &fix::fix_all_safe(&house.analysis.findings).0);
        assert_eq!(
            fixed,
            "أكد اللواء علي مملوك أن التعاون مستمر.\nوأجرى اللواء مملوك مباحثات في طهران.\nوقال ومملوك إن الأمن مستقر.\nوأضاف مملوك أن الزيارة ناجحة.\n"
        );
    }

    #[test]
    fn two_findings_of_one_rule_on_one_line_get_one_ignore_action() {
        // Two words typed on a Persian keyboard on one line: one comment above the line silences
        // both, so "Ignore here" is offered once and names both diagnostics.
        let src = "اجتماع المجلس\nوقال المدیر سالم الکبیسي إن الاجتماع ناجح.\n";
        let snap = snapshot(src);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        let found: Vec<Diagnostic> = diagnostics::to_diagnostics(
            &snap.analysis,
            &snap.rope,
            Encoding::Utf16,
            Lang::En,
            &uri,
            3,
        )
        .into_iter()
        .filter(|d| d.code == Some(NumberOrString::String("lookalike-letter".into())))
        .collect();
        assert_eq!(found.len(), 2);
        assert_eq!(
            (found[0].range.start.line, found[1].range.start.line),
            (1, 1)
        );
        let actions = code_actions(&request(&snap, &uri, &found));
        assert_eq!(
            titles(&actions),
            [
                "Replace «ی» with Arabic «ي»",
                "Replace «کبی» with Arabic «كبي»",
                "Fix all lookalike-letter in this document (2)",
                "Ignore lookalike-letter here",
                "Fix all spelling and character findings (2)",
            ]
        );
        let CodeActionOrCommand::CodeAction(ignore) = &actions[3] else {
            panic!("command")
        };
        assert_eq!(ignore.diagnostics.as_deref(), Some(&found[..]));
        let edits = edits_of(&actions[3], &uri);
        assert_eq!(edits.len(), 1);
        assert_eq!(
            edits[0].new_text,
            "<!-- isnad-disable-next-line lookalike-letter -->\n"
        );
        assert_eq!(
            edits[0].range.start,
            tower_lsp_server::ls_types::Position::new(1, 0)
        );
    }

    #[test]
    fn a_cursor_with_no_diagnostics_gets_the_fixes_of_the_finding_under_it() {
        let snap = snapshot(SRC);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        // The cursor inside «المملوك» of the second line (UTF-8 columns), and no diagnostics sent.
        let line = SRC.lines().nth(1).unwrap();
        let col = line.find("المملوك").unwrap() + "الم".len();
        let cursor = tower_lsp_server::ls_types::Position::new(1, col as u32);
        let req = Request {
            uri: &uri,
            snapshot: &snap,
            diagnostics: &[],
            range: Range::new(cursor, cursor),
            only: Some(&[CodeActionKind::QUICKFIX]),
            enc: Encoding::Utf8,
            lang: Lang::En,
            document_changes: false,
            house_style: false,
        };
        let actions = code_actions(&req);
        assert_eq!(
            titles(&actions),
            [
                "Spell it “مملوك”",
                "Spell every variant “مملوك” (2 places)",
                "Fix all name-variant in this document (2)",
                "Ignore name-variant here",
            ]
        );
        // The fix replaces exactly the word under the cursor.
        let start = SRC.find(line).unwrap() + line.find("المملوك").unwrap();
        let fixed = crate::analysis::apply_edits(
            SRC,
            &[Edit {
                range: start..start + "المملوك".len(),
                new_text: "مملوك".into(),
            }],
        );
        let one = edits_of(&actions[0], &uri);
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].new_text, "مملوك");
        assert_eq!(
            one[0].range.start,
            tower_lsp_server::ls_types::Position::new(1, line.find("المملوك").unwrap() as u32)
        );
        assert!(fixed.contains("وأجرى اللواء مملوك مباحثات"));
        // A cursor on a word no finding covers gets no quick fix.
        let at = SRC.find("التعاون").unwrap() as u32;
        let quiet = tower_lsp_server::ls_types::Position::new(0, at);
        let req = Request {
            range: Range::new(quiet, quiet),
            ..req
        };
        assert!(code_actions(&req).is_empty());
    }

    #[test]
    fn stale_data_offers_no_fix_and_edits_merge() {
        let snap = snapshot(SRC);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        // Version 2 had a word more before the variant, so its range points elsewhere now.
        let older = SRC.replacen("وأجرى اللواء", "وأجرى أمس اللواء", 1);
        let old = snapshot(&older);
        let d = diagnostics::to_diagnostics(
            &old.analysis,
            &old.rope,
            Encoding::Utf8,
            Lang::Ar,
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
            range: d.range,
            only: Some(&[CodeActionKind::QUICKFIX]),
            enc: Encoding::Utf8,
            lang: Lang::Ar,
            document_changes: true,
            house_style: false,
        };
        // Version 2 data against a version 3 document: only the fix-all, rebuilt from version 3 (no
        // house-style or ignore action: their places belong to version 2).
        let actions = code_actions(&req);
        assert_eq!(actions.len(), 1);
        let CodeActionOrCommand::CodeAction(a) = &actions[0] else {
            panic!()
        };
        assert_eq!(a.title, "أصلح كل مواضع name-variant في هذا المستند (2)");
        let Some(DocumentChanges::Edits(e)) = &a.edit.as_ref().unwrap().document_changes else {
            panic!()
        };
        assert_eq!(e[0].text_document.version, Some(3));

        assert!(wanted(
            Some(&[CodeActionKind::SOURCE_FIX_ALL]),
            FIX_ALL_KIND
        ));
        assert!(!wanted(
            Some(&[CodeActionKind::from("source.fix")]),
            FIX_ALL_KIND
        ));
    }

    #[test]
    fn stale_data_on_an_unchanged_place_offers_the_current_fix() {
        // A client one keystroke behind sends version 2's diagnostic; the keystroke was elsewhere
        // (the same text here), so the same words are flagged at the same range with the same
        // message, and the quick fix comes from version 3.
        let snap = snapshot(SRC);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        let d = diagnostics::to_diagnostics(
            &snap.analysis,
            &snap.rope,
            Encoding::Utf8,
            Lang::Ar,
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
            range: d.range,
            only: Some(&[CodeActionKind::QUICKFIX]),
            enc: Encoding::Utf8,
            lang: Lang::Ar,
            document_changes: true,
            house_style: false,
        };
        let actions = code_actions(&req);
        let titles: Vec<&str> = actions
            .iter()
            .filter_map(|a| match a {
                CodeActionOrCommand::CodeAction(a) => Some(a.title.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(
            titles,
            [
                "اكتبه «مملوك»",
                "وحّد كل الصيغ على «مملوك» (2 مواضع)",
                "أصلح كل مواضع name-variant في هذا المستند (2)",
                "تجاهل name-variant هنا",
            ]
        );
        let CodeActionOrCommand::CodeAction(a) = &actions[0] else {
            panic!()
        };
        let Some(DocumentChanges::Edits(v)) = &a.edit.as_ref().unwrap().document_changes else {
            panic!()
        };
        assert_eq!(v[0].text_document.version, Some(3));
        let [OneOf::Left(e)] = v[0].edits.as_slice() else {
            panic!("{:?}", v[0].edits)
        };
        assert_eq!(e.new_text, "مملوك");
        let line = SRC.lines().nth(1).unwrap();
        assert_eq!(
            e.range.start,
            tower_lsp_server::ls_types::Position::new(1, line.find("المملوك").unwrap() as u32)
        );
    }

    #[test]
    fn ignore_edit_keeps_indentation_line_ending_and_bom() {
        let rope = ropey::Rope::from_str("\u{FEFF}«أ»\r\n  - «ب»\r\n");
        let e = ignore_edit(&rope, 3, "unattributed-quote");
        assert_eq!(e.range, 3..3);
        assert_eq!(
            e.new_text,
            "<!-- isnad-disable-next-line unattributed-quote -->\r\n"
        );
        let second = "\u{FEFF}«أ»\r\n".len();
        let e = ignore_edit(&rope, second + 6, "unattributed-quote");
        assert_eq!(e.range, second..second);
        assert_eq!(
            e.new_text,
            "  <!-- isnad-disable-next-line unattributed-quote -->\r\n"
        );
        let rope = ropey::Rope::from_str("سطر واحد");
        assert_eq!(
            ignore_edit(&rope, 4, "tatweel").new_text,
            "<!-- isnad-disable-next-line tatweel -->\n"
        );
    }
}
