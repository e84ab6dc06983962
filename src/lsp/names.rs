//! Names as symbols: go to definition, references, document highlights, rename and workspace
//! symbols on the people, places and organisations the analysis finds ([`Entity`]).
//!
//! A name's *mentions* are the analysis's [`Mention`](crate::analysis::names::Mention)s: byte
//! ranges (half-open, proclitics excluded, ال included when written) of every spelling of one
//! entity (أردوغان and اردوغان are one entity). Its *definition* is its first full mention: for a
//! person the story names with given names (علي مملوك), the first mention written right after one
//! of them, the range covering given names and family name; otherwise its first mention.
//!
//! Across the workspace, a name of another draft is the same name when it has the same identity
//! key, or when [`groups`] (the grouping behind cross-story `name-variant`) puts the two in one
//! group. Other drafts come from the workspace index ([`IndexedDraft`]), which keeps their names and
//! the editor positions of their mentions, not their texts.
//!
//! Symbol kinds in `workspace/symbol` (LSP has no kinds for people or places; these are chosen
//! for their icons and kept stable): person → `Object` (as the speakers of the document outline),
//! place → `Package`, organisation → `Struct`.
//!
//! Every function here takes byte offsets into the snapshot's text and returns LSP ranges in the
//! negotiated encoding (through [`position`]); none panics on any offset.

use super::document::Snapshot;
use super::index::IndexedDraft;
use super::position::{self, Encoding};
use crate::analysis::Lang;
use crate::analysis::names::across::groups;
use crate::analysis::names::{Entity, NameKind};
use crate::profile::Profile;
use crate::text::normalize;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;
use tower_lsp_server::ls_types::{
    AnnotatedTextEdit, ChangeAnnotation, DocumentChanges, DocumentHighlight, DocumentHighlightKind,
    Location, OneOf, OptionalVersionedTextDocumentIdentifier, PrepareRenameResponse,
    SymbolInformation, SymbolKind, TextDocumentEdit, TextEdit, Uri, WorkspaceEdit,
};

/// The change annotation id of a rename's edits.
pub const RESPELL_ANNOTATION: &str = "isnad.respell";

/// At most this many entries in a `workspace/symbol` answer (a newsroom folder may hold
/// thousands of names; clients filter further as the user types).
pub const MAX_WORKSPACE_SYMBOLS: usize = 1000;

/// The entity with a mention at byte `at`: `(index into names, index of the mention)`. A mention
/// covering `at` (start ≤ at < end) wins; else one ending at `at` (the cursor right after the
/// word). When several entities qualify, the one mentioned most often. `None` off every name.
pub fn mention_at(names: &[Entity], at: usize) -> Option<(usize, usize)> {
    let find = |inside: bool| {
        names
            .iter()
            .enumerate()
            .filter_map(|(ei, e)| {
                e.mentions
                    .iter()
                    .position(|m| {
                        if inside {
                            m.range.start <= at && at < m.range.end
                        } else {
                            m.range.end == at && m.range.start < at
                        }
                    })
                    .map(|mi| (ei, mi))
            })
            .min_by_key(|&(ei, _)| std::cmp::Reverse(names[ei].mentions.len()))
    };
    find(true).or_else(|| find(false))
}

/// The indexes of the entities of `names` that are one name with entity `ei` (`ei` among them,
/// ascending): those of its kind that share a mention's byte range with it, directly or through
/// another. Name detection adds a compound the story writes two ways (ابن كيران/بنكيران) as an
/// entity of its own beside the family name's, so one mention can belong to two entities; the
/// review sheet lists them as one row, and so do definition, references, highlights, rename and
/// `workspace/symbol`. A mention merely inside another (كيران in ابن كيران) joins nothing.
pub fn same_name(names: &[Entity], ei: usize) -> Vec<usize> {
    if ei >= names.len() {
        return Vec::new();
    }
    let root = one_name_roots(names);
    (0..names.len()).filter(|&j| root[j] == root[ei]).collect()
}

/// For each entity of `names`, the smallest index of the entities that are one name with it (as
/// [`same_name`] tells them): a union of entities of one kind over shared mention ranges, through
/// a map from (kind, range) to the first entity with it, so the cost is linear in the mentions.
fn one_name_roots(names: &[Entity]) -> Vec<usize> {
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    let mut parent: Vec<usize> = (0..names.len()).collect();
    let mut owner: HashMap<(NameKind, usize, usize), usize> = HashMap::new();
    for (j, e) in names.iter().enumerate() {
        for m in &e.mentions {
            let first = *owner
                .entry((e.kind, m.range.start, m.range.end))
                .or_insert(j);
            let (a, b) = (find(&mut parent, first), find(&mut parent, j));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    (0..names.len()).map(|j| find(&mut parent, j)).collect()
}

/// The one name of entities `group` of `names` (from [`same_name`]) as one entity: the first
/// one's kind and key, every mention in text order once (a mention overlapping an earlier kept
/// one, by byte range, is left out, so edits over them never overlap), the given names of all in
/// order of first use. `None` for an empty group.
pub fn merged(names: &[Entity], group: &[usize]) -> Option<Entity> {
    let first = names.get(*group.first()?)?;
    if group.len() == 1 {
        return Some(first.clone());
    }
    let mut mentions: Vec<_> = group
        .iter()
        .filter_map(|&i| names.get(i))
        .flat_map(|e| e.mentions.iter().cloned())
        .collect();
    mentions.sort_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end)));
    let mut kept: Vec<crate::analysis::names::Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if kept.last().is_none_or(|k| m.range.start >= k.range.end) {
            kept.push(m);
        }
    }
    let mut given: Vec<String> = Vec::new();
    for g in group
        .iter()
        .filter_map(|&i| names.get(i))
        .flat_map(|e| &e.given)
    {
        if !given.contains(g) {
            given.push(g.clone());
        }
    }
    Some(Entity {
        kind: first.kind,
        key: first.key.clone(),
        mentions: kept,
        family: group
            .iter()
            .any(|&i| names.get(i).is_some_and(|e| e.family)),
        listed: group
            .iter()
            .any(|&i| names.get(i).is_some_and(|e| e.listed)),
        given,
    })
}

/// The name at byte `at` of `names` as one entity ([`same_name`], [`merged`]) with the index of
/// the entity [`mention_at`] finds there; `None` off every name.
fn name_at(names: &[Entity], at: usize) -> Option<(usize, Entity)> {
    let (ei, _) = mention_at(names, at)?;
    Some((ei, merged(names, &same_name(names, ei))?))
}

/// The definition of `e` in `text` (the text its byte ranges point into): `(index of the mention,
/// byte range)`, the range half-open. For a person named with given names, the first mention
/// written right after one of them (possibly behind و or ف), the range covering the given names
/// and the mention; otherwise the first mention and its range. `None` when `e` has no mention.
pub fn definition_of(e: &Entity, text: &str) -> Option<(usize, Range<usize>)> {
    let first = e.mentions.first()?;
    if e.kind == NameKind::Person && !e.given.is_empty() {
        for (i, m) in e.mentions.iter().enumerate() {
            if let Some(start) = given_before(text, m.range.start, &e.given) {
                return Some((i, start..m.range.end));
            }
        }
    }
    Some((0, first.range.clone()))
}

/// The start of the chain of given names (identity keys `given`, each one or two words) written
/// right before byte `at` of `text`, separated from it and from each other by whitespace only
/// (علي مملوك، عبد الله بن زايد is not a chain past بن); a conjunction و or ف written on the first
/// given name is left out. `None` when no given name is written right there.
fn given_before(text: &str, at: usize, given: &[String]) -> Option<usize> {
    let before = text.get(..at)?;
    if !before.ends_with(char::is_whitespace) {
        return None;
    }
    // The last four words before the mention, nearest first, with their start bytes (from
    // `char_indices` of the same string, so on char boundaries).
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut end = before.trim_end().len();
    while words.len() < 4 && end > 0 {
        let part = before.get(..end)?;
        let s = part
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        words.push((s, part.get(s..)?));
        end = part.get(..s)?.trim_end().len();
    }
    let is_given = |k: &str| given.iter().any(|g| g == k);
    let mut chain = None;
    let mut i = 0;
    while i < words.len() {
        let one = normalize::identity(words[i].1);
        let two = words
            .get(i + 1)
            .map(|w| normalize::identity(&format!("{} {}", w.1, words[i].1)));
        if two.as_deref().is_some_and(is_given) {
            chain = Some(words[i + 1].0);
            i += 2;
        } else if is_given(&one) {
            chain = Some(words[i].0);
            i += 1;
        } else if let Some(rest) = one.strip_prefix(['و', 'ف'])
            && is_given(rest)
        {
            // The conjunction is one Arabic letter: two bytes in UTF-8.
            return Some(words[i].0 + 'و'.len_utf8());
        } else {
            break;
        }
    }
    chain
}

/// `textDocument/definition` at byte `at` of the snapshot: the first full mention
/// ([`definition_of`]) of the name there, in `uri`; `None` off a name.
pub fn definition(snap: &Snapshot, uri: &Uri, at: usize, enc: Encoding) -> Option<Location> {
    let (_, e) = name_at(&snap.analysis.names, at)?;
    let text = snap.rope.to_string();
    let (_, range) = definition_of(&e, &text)?;
    Some(Location {
        uri: uri.clone(),
        range: position::to_lsp_range(&snap.rope, &range, enc),
    })
}

/// `textDocument/documentHighlight` at byte `at`: every mention of the name there (all
/// spellings), kind `Text`, in text order; `None` off a name.
pub fn highlights(snap: &Snapshot, at: usize, enc: Encoding) -> Option<Vec<DocumentHighlight>> {
    let (_, e) = name_at(&snap.analysis.names, at)?;
    Some(
        sorted_ranges(&e)
            .into_iter()
            .map(|r| DocumentHighlight {
                range: position::to_lsp_range(&snap.rope, &r, enc),
                kind: Some(DocumentHighlightKind::TEXT),
            })
            .collect(),
    )
}

/// The mention ranges of `e`, in text order, each once.
fn sorted_ranges(e: &Entity) -> Vec<Range<usize>> {
    let mut v: Vec<Range<usize>> = e.mentions.iter().map(|m| m.range.clone()).collect();
    v.sort_by_key(|r| (r.start, r.end));
    v.dedup();
    v
}

/// `textDocument/references` at byte `at` of the snapshot of `uri`: every mention of the name
/// there in this draft (text order; without the definition's mention unless `include_declaration`),
/// then its mentions in the `others` drafts of the workspace (same identity key, unless both
/// drafts give the person given names and they share none, or one group of [`groups`] with
/// `profile`), drafts in the order given, mentions in text order. `None` off a name.
pub fn references(
    snap: &Snapshot,
    uri: &Uri,
    at: usize,
    enc: Encoding,
    include_declaration: bool,
    others: &[Arc<IndexedDraft>],
    profile: &Profile,
) -> Option<Vec<Location>> {
    let (ei, e) = name_at(&snap.analysis.names, at)?;
    let e = &e;
    let text = snap.rope.to_string();
    let skip = if include_declaration {
        None
    } else {
        definition_of(e, &text).and_then(|(mi, _)| e.mentions.get(mi).map(|m| m.range.clone()))
    };
    let mut out: Vec<Location> = sorted_ranges(e)
        .into_iter()
        .filter(|r| Some(r) != skip.as_ref())
        .map(|r| Location {
            uri: uri.clone(),
            range: position::to_lsp_range(&snap.rope, &r, enc),
        })
        .collect();
    for (o, entities) in elsewhere(uri, &text, snap, ei, others, profile) {
        let mut ranges: Vec<Range<usize>> = entities
            .iter()
            .filter_map(|&i| o.entities.get(i))
            .flat_map(|x| x.mentions.iter().map(|m| m.range.clone()))
            .collect();
        ranges.sort_by_key(|r| (r.start, r.end));
        ranges.dedup();
        out.extend(ranges.iter().filter_map(|r| {
            o.range(r).map(|range| Location {
                uri: o.uri.clone(),
                range,
            })
        }));
    }
    Some(out)
}

/// The entities of the `others` drafts that are entity `ei` of the snapshot (of `uri`, text
/// `text`): per draft with any, the indexes into its entity list.
fn elsewhere<'a>(
    uri: &Uri,
    text: &str,
    snap: &Snapshot,
    ei: usize,
    others: &'a [Arc<IndexedDraft>],
    profile: &Profile,
) -> Vec<(&'a IndexedDraft, Vec<usize>)> {
    let names = &snap.analysis.names;
    let (key, given) = (names[ei].key.as_str(), &names[ei].given);
    // Two people of one family name are two people when both drafts give given names and they
    // share none (as across stories: `names::across::groups`).
    let other_person = |x: &Entity| {
        x.kind == NameKind::Person
            && !given.is_empty()
            && !x.given.is_empty()
            && !x.given.iter().any(|g| given.contains(g))
    };
    let mut found: Vec<Vec<usize>> = others
        .iter()
        .map(|o| {
            o.entities
                .iter()
                .enumerate()
                .filter(|(_, x)| x.key == key && !other_person(x))
                .map(|(i, _)| i)
                .collect()
        })
        .collect();
    if !others.is_empty() {
        // The format only matters for suppression comments, which grouping does not read.
        let stories =
            super::index::story_names(uri, text, crate::text::Format::Plain, names, others);
        for g in groups(profile, &stories) {
            let ours = g
                .stories
                .iter()
                .any(|p| p.story == 0 && p.entities.contains(&ei));
            if !ours {
                continue;
            }
            for p in g.stories.iter().filter(|p| p.story > 0) {
                let list = &mut found[p.story - 1];
                for &i in &p.entities {
                    if !list.contains(&i) {
                        list.push(i);
                    }
                }
            }
        }
    }
    others
        .iter()
        .zip(found)
        .filter(|(_, v)| !v.is_empty())
        .map(|(o, v)| (o.as_ref(), v))
        .collect()
}

/// `textDocument/prepareRename` at byte `at`: the range of the mention there and its text as
/// written (the placeholder); `None` off a name.
pub fn prepare_rename(snap: &Snapshot, at: usize, enc: Encoding) -> Option<PrepareRenameResponse> {
    let names = &snap.analysis.names;
    let (ei, mi) = mention_at(names, at)?;
    let r = names[ei].mentions.get(mi)?.range.clone();
    let placeholder = snap.rope.get_byte_slice(r.clone()).map_or_else(
        || names[ei].mentions[mi].spelling.to_string(),
        |s| s.to_string(),
    );
    Some(PrepareRenameResponse::RangeWithPlaceholder {
        range: position::to_lsp_range(&snap.rope, &r, enc),
        placeholder,
    })
}

/// Why a rename was refused, in English and Arabic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenameError {
    /// The message in English.
    pub en: String,
    /// The message in Arabic.
    pub ar: String,
}

impl RenameError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ar => &self.ar,
        }
    }
}

/// True for a character a name may be written with: an Arabic letter (Arabic, Arabic Supplement,
/// Extended-A and the presentation forms) or an Arabic haraka; tatweel, digits and punctuation
/// are not.
fn name_char(c: char) -> bool {
    let arabic = matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF);
    let haraka = matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED);
    arabic && c != '\u{640}' && (c.is_alphabetic() || haraka)
}

/// Checks the new name of a rename: returns it trimmed, with runs of spaces made one space; or
/// an error when it is empty, spans lines, or holds anything but Arabic letters, harakat and
/// spaces between words (a Latin letter, a digit, punctuation, tatweel).
pub fn check_new_name(new_name: &str) -> Result<String, RenameError> {
    let words: Vec<&str> = new_name.split_whitespace().collect();
    if words.is_empty() {
        return Err(RenameError {
            en: "isnad: the new name is empty".to_string(),
            ar: "إسناد: الاسم الجديد فارغ".to_string(),
        });
    }
    if new_name.trim().contains(['\n', '\r']) {
        return Err(RenameError {
            en: "isnad: a name is written on one line".to_string(),
            ar: "إسناد: يُكتب الاسم على سطر واحد".to_string(),
        });
    }
    if let Some(c) = words
        .iter()
        .flat_map(|w| w.chars())
        .find(|&c| !name_char(c))
    {
        return Err(RenameError {
            en: format!(
                "isnad: «{}» is not a name in Arabic letters (U+{:04X} `{c}`): write the name in \
                 Arabic letters, without digits, punctuation or tatweel",
                new_name.trim(),
                c as u32
            ),
            ar: format!(
                "إسناد: «{}» ليس اسماً بحروف عربية (U+{:04X} `{c}`): اكتب الاسم بحروف عربية دون \
                 أرقام أو علامات ترقيم أو تطويل",
                new_name.trim(),
                c as u32
            ),
        });
    }
    Ok(words.join(" "))
}

/// How the client takes a rename's workspace edit.
#[derive(Clone, Copy, Debug, Default)]
pub struct EditCaps {
    /// `workspace.workspaceEdit.documentChanges`: versioned `TextDocumentEdit`s.
    pub document_changes: bool,
    /// `workspace.workspaceEdit.changeAnnotationSupport`: annotated edits (these need
    /// `documentChanges` too).
    pub change_annotations: bool,
}

/// `textDocument/rename` at byte `at` of the snapshot of `uri`: respells every mention of the
/// name there as `new_name` (checked with [`check_new_name`]). Mentions already written so are
/// left alone. The edit is versioned (the snapshot's version) when the client takes
/// `documentChanges`, and its edits carry the [`RESPELL_ANNOTATION`] change annotation (label in
/// `lang`, no confirmation needed) when it takes annotations too; otherwise plain `changes`.
/// Errors: a bad new name, or no name at `at`.
pub fn rename(
    snap: &Snapshot,
    uri: &Uri,
    at: usize,
    new_name: &str,
    enc: Encoding,
    lang: Lang,
    caps: EditCaps,
) -> Result<WorkspaceEdit, RenameError> {
    let new_name = check_new_name(new_name)?;
    let Some((_, e)) = name_at(&snap.analysis.names, at) else {
        return Err(RenameError {
            en: "isnad: no name here to respell (rename works on the names isnad found)"
                .to_string(),
            ar: "إسناد: لا اسم هنا لإعادة كتابته (تعمل إعادة التسمية على الأسماء التي وجدها إسناد)"
                .to_string(),
        });
    };
    let mut old: Vec<String> = Vec::new();
    let edits: Vec<TextEdit> = sorted_ranges(&e)
        .into_iter()
        .filter_map(|r| {
            let written = snap.rope.get_byte_slice(r.clone())?.to_string();
            (written != new_name).then(|| {
                if !old.contains(&written) {
                    old.push(written);
                }
                TextEdit {
                    range: position::to_lsp_range(&snap.rope, &r, enc),
                    new_text: new_name.clone(),
                }
            })
        })
        .collect();
    if !caps.document_changes {
        let mut changes = HashMap::new();
        changes.insert(uri.clone(), edits);
        return Ok(WorkspaceEdit {
            changes: Some(changes),
            ..WorkspaceEdit::default()
        });
    }
    Ok(versioned_edit(
        snap,
        uri,
        edits,
        &old,
        &new_name,
        caps.change_annotations,
        lang,
    ))
}

/// The rename's `edits` of `uri` as one edit of the snapshot's version; with `annotate`, each
/// edit carries the [`RESPELL_ANNOTATION`] change annotation (label in `lang`, saying the `old`
/// spellings and `new_name`, no confirmation needed).
fn versioned_edit(
    snap: &Snapshot,
    uri: &Uri,
    edits: Vec<TextEdit>,
    old: &[String],
    new_name: &str,
    annotate: bool,
    lang: Lang,
) -> WorkspaceEdit {
    let doc_edit = TextDocumentEdit {
        text_document: OptionalVersionedTextDocumentIdentifier {
            uri: uri.clone(),
            version: Some(snap.version),
        },
        edits: edits
            .into_iter()
            .map(|text_edit| {
                if annotate {
                    OneOf::Right(AnnotatedTextEdit {
                        text_edit,
                        annotation_id: RESPELL_ANNOTATION.to_string(),
                    })
                } else {
                    OneOf::Left(text_edit)
                }
            })
            .collect(),
    };
    let change_annotations = annotate.then(|| {
        let label = match lang {
            Lang::En => "Respell name",
            Lang::Ar => "توحيد كتابة الاسم",
        };
        let mut m = HashMap::new();
        m.insert(
            RESPELL_ANNOTATION.to_string(),
            ChangeAnnotation {
                label: label.to_string(),
                needs_confirmation: Some(false),
                description: Some(format!("{} → {new_name}", old.join("، "))),
            },
        );
        m
    });
    WorkspaceEdit {
        document_changes: Some(DocumentChanges::Edits(vec![doc_edit])),
        change_annotations,
        ..WorkspaceEdit::default()
    }
}

/// The symbol kind of a name kind in `workspace/symbol` (see the module documentation).
pub fn symbol_kind(kind: NameKind) -> SymbolKind {
    match kind {
        NameKind::Person => SymbolKind::OBJECT,
        NameKind::Place => SymbolKind::PACKAGE,
        NameKind::Org => SymbolKind::STRUCT,
    }
}

/// The spelling a draft uses most for `e` (ties to the first used); `None` without mentions.
fn main_spelling(e: &Entity) -> Option<String> {
    let sp = e.spellings();
    let best = sp.iter().map(|(_, n)| *n).max()?;
    sp.into_iter().find(|(_, n)| *n == best).map(|(s, _)| s)
}

/// The last segment of a URI's path (the draft's file name), percent-encoding as it is.
fn file_name(uri: &Uri) -> String {
    let s = uri.as_str();
    s.rsplit('/').next().unwrap_or(s).to_string()
}

/// `workspace/symbol`: one symbol per name per draft of `drafts` (the workspace index and the open
/// drafts outside it; entities that are one name, [`same_name`], give one symbol), named by the
/// spelling the draft uses most, at its first mention, its
/// container the draft's file name. `query` keeps the names with a spelling or key whose identity
/// key ([`normalize::identity`]: hamza seats, ة/ه, ى/ي and harakat aside) contains the query's;
/// an empty query keeps all. Sorted by name, then URI, then position; at most
/// [`MAX_WORKSPACE_SYMBOLS`].
#[allow(deprecated)]
pub fn workspace_symbols(query: &str, drafts: &[Arc<IndexedDraft>]) -> Vec<SymbolInformation> {
    let q = normalize::identity(query.trim());
    let mut out = Vec::new();
    for d in drafts {
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); d.entities.len()];
        for (j, r) in one_name_roots(&d.entities).into_iter().enumerate() {
            members[r].push(j);
        }
        for group in members.iter().filter(|g| !g.is_empty()) {
            let Some(e) = merged(&d.entities, group) else {
                continue;
            };
            let matches = q.is_empty()
                || e.key.contains(&q)
                || e.mentions
                    .iter()
                    .any(|m| normalize::identity(&m.spelling).contains(&q));
            if !matches {
                continue;
            }
            let (Some(name), Some(first)) = (main_spelling(&e), e.mentions.first()) else {
                continue;
            };
            let Some(range) = d.range(&first.range) else {
                continue;
            };
            out.push(SymbolInformation {
                name,
                kind: symbol_kind(e.kind),
                tags: None,
                deprecated: None,
                location: Location {
                    uri: d.uri.clone(),
                    range,
                },
                container_name: Some(file_name(&d.uri)),
            });
        }
    }
    out.sort_by(|a, b| {
        (
            &a.name,
            a.location.uri.as_str(),
            a.location.range.start.line,
            a.location.range.start.character,
        )
            .cmp(&(
                &b.name,
                b.location.uri.as_str(),
                b.location.range.start.line,
                b.location.range.start.character,
            ))
    });
    out.truncate(MAX_WORKSPACE_SYMBOLS);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze_text;
    use crate::text::Format;
    use ropey::Rope;
    use std::path::PathBuf;
    use tower_lsp_server::ls_types::{Position, Range as LspRange};

    /// A title, then given name and family name, then the family name alone.
    const MAMLUK: &str = "أكد اللواء مملوك أن التعاون مستمر.\nوقال اللواء علي مملوك إن الوضع مستقر.\nوأضاف مملوك أن الأمن جيد.\n";
    /// One name spelled with and without the hamza seat.
    const ERDOGAN: &str =
        "وقال الرئيس التركي أردوغان إن الاقتصاد قوي.\nوأضاف اردوغان أن التضخم سينخفض في أنقرة.\n";

    fn snap(text: &str) -> Snapshot {
        Snapshot {
            version: 3,
            rope: Rope::from_str(text),
            analysis: analyze_text(text, Format::Plain, &Profile::embedded()),
            elsewhere: Vec::new(),
            internal_error: false,
            not_a_draft: false,
        }
    }

    fn uri(s: &str) -> Uri {
        s.parse().unwrap()
    }

    fn r(l0: u32, c0: u32, l1: u32, c1: u32) -> LspRange {
        LspRange::new(Position::new(l0, c0), Position::new(l1, c1))
    }

    fn summary(path: &str, text: &str) -> Arc<IndexedDraft> {
        let a = analyze_text(text, Format::Plain, &Profile::embedded());
        Arc::new(IndexedDraft::new(
            PathBuf::from(path),
            uri(&format!("file://{path}")),
            None,
            text,
            Format::Plain,
            a.names,
            Encoding::Utf16,
        ))
    }

    #[test]
    fn the_mention_under_the_cursor_or_right_before_it() {
        let s = snap(ERDOGAN);
        let names = &s.analysis.names;
        let (ei, mi) = mention_at(names, 40).unwrap();
        assert_eq!(names[ei].mentions[mi].range, 35..49);
        // Right after the word (byte 105 ends اردوغان): still that mention.
        let (ei, mi) = mention_at(names, 105).unwrap();
        assert_eq!(names[ei].mentions[mi].range, 91..105);
        // On إن: no name.
        assert_eq!(mention_at(names, 51), None);
    }

    #[test]
    fn the_definition_is_the_first_full_mention() {
        let s = snap(MAMLUK);
        let e = s.analysis.names.iter().find(|e| e.key == "مملوك").unwrap();
        assert_eq!(definition_of(e, MAMLUK), Some((1, 85..102)));
        assert_eq!(&MAMLUK[85..102], "علي مملوك");
        let loc = definition(&s, &uri("file:///d.txt"), 145, Encoding::Utf16).unwrap();
        assert_eq!(loc.range, r(1, 12, 1, 21));
        // UTF-8 columns count bytes.
        let loc = definition(&s, &uri("file:///d.txt"), 145, Encoding::Utf8).unwrap();
        assert_eq!(loc.range, r(1, 22, 1, 39));
        // Without given names the first mention is the definition.
        let s = snap(ERDOGAN);
        let loc = definition(&s, &uri("file:///d.txt"), 95, Encoding::Utf16).unwrap();
        assert_eq!(loc.range, r(0, 19, 0, 26));
    }

    /// Written for this test: a family name joined (بنكيران) and spaced (ابن كيران), which name
    /// detection finds as the family name's entity and as the compound's, sharing mentions.
    const BENKIRANE: &str = "التقت النائبة سلمى العلوي مع بنكيران أمس في مكتب عبد الإله ابن كيران.\nوقال بنكيران إن الحزب باق.\nوكان عبد الاله بنكيران قد أعلن ذلك.\n";

    #[test]
    fn a_compound_written_two_ways_is_one_name() {
        let s = snap(BENKIRANE);
        let names = &s.analysis.names;
        let first = BENKIRANE.find("بنكيران").unwrap();
        // Two entities hold the first mention (the precondition of this test).
        let holders: Vec<usize> = (0..names.len())
            .filter(|&i| names[i].mentions.iter().any(|m| m.range.start == first))
            .collect();
        assert_eq!(holders.len(), 2, "{names:?}");
        let (ei, _) = mention_at(names, first).unwrap();
        assert_eq!(same_name(names, ei), holders);
        let e = merged(names, &holders).unwrap();
        let written: Vec<&str> = e
            .mentions
            .iter()
            .map(|m| &BENKIRANE[m.range.clone()])
            .collect();
        assert_eq!(written, ["بنكيران", "ابن كيران", "بنكيران", "بنكيران"]);
        // The definition is the first full mention, written spaced after the given name.
        let loc = definition(&s, &uri("file:///d.txt"), first + 2, Encoding::Utf8).unwrap();
        let full = BENKIRANE.find("عبد الإله ابن كيران").unwrap();
        assert_eq!(
            loc.range,
            r(
                0,
                full as u32,
                0,
                (full + "عبد الإله ابن كيران".len()) as u32
            )
        );
        // Highlights: every mention once, never overlapping.
        let h = highlights(&s, first + 2, Encoding::Utf8).unwrap();
        assert_eq!(h.len(), 4);
        // One workspace symbol for the name, at its first mention.
        let all = workspace_symbols("كيران", &[summary("/w/b.txt", BENKIRANE)]);
        let ours: Vec<_> = all.iter().filter(|x| x.name == "بنكيران").collect();
        assert_eq!(ours.len(), 1, "{all:?}");
        // (The index answers in UTF-16: one unit per Arabic letter here.)
        let col = BENKIRANE[..first].chars().count() as u32;
        assert_eq!(ours[0].location.range.start, Position::new(0, col));
    }

    #[test]
    fn given_names_before_a_mention_behind_a_conjunction() {
        let given = vec!["علي".to_string(), "عبد الله".to_string()];
        let t = "قال وعلي مملوك";
        assert_eq!(given_before(t, t.len() - "مملوك".len(), &given), Some(9));
        assert_eq!(&t[9..], "علي مملوك");
        let t = "قال عبد الله علي مملوك";
        assert_eq!(given_before(t, t.len() - "مملوك".len(), &given), Some(7));
        // Not right before (a word between), or no space before the mention.
        assert_eq!(given_before("علي بن مملوك", 14, &given), None);
        assert_eq!(given_before("علي", 6, &given), None);
        // An offset inside a letter gives nothing, never a panic.
        assert_eq!(given_before("علي مملوك", 1, &given), None);
    }

    #[test]
    fn highlights_and_prepare_rename_cover_every_spelling() {
        let s = snap(ERDOGAN);
        let h = highlights(&s, 92, Encoding::Utf16).unwrap();
        let ranges: Vec<LspRange> = h.iter().map(|h| h.range).collect();
        assert_eq!(ranges, [r(0, 19, 0, 26), r(1, 6, 1, 13)]);
        assert!(
            h.iter()
                .all(|h| h.kind == Some(DocumentHighlightKind::TEXT))
        );
        assert_eq!(highlights(&s, 51, Encoding::Utf16), None);
        assert_eq!(
            prepare_rename(&s, 92, Encoding::Utf16),
            Some(PrepareRenameResponse::RangeWithPlaceholder {
                range: r(1, 6, 1, 13),
                placeholder: "اردوغان".to_string()
            })
        );
        assert_eq!(prepare_rename(&s, 51, Encoding::Utf16), None);
    }

    #[test]
    fn new_names_must_be_arabic_letters_on_one_line() {
        assert_eq!(check_new_name("  أردوغان "), Ok("أردوغان".to_string()));
        assert_eq!(
            check_new_name("رجب   أردوغان"),
            Ok("رجب أردوغان".to_string())
        );
        assert_eq!(check_new_name("أَردوغان"), Ok("أَردوغان".to_string()));
        let e = check_new_name(" ").unwrap_err();
        assert_eq!(e.en, "isnad: the new name is empty");
        assert_eq!(e.message(Lang::Ar), "إسناد: الاسم الجديد فارغ");
        assert!(check_new_name("رجب\nأردوغان").is_err());
        let e = check_new_name("Erdogan").unwrap_err();
        assert!(e.en.starts_with("isnad: «Erdogan» is not a name in Arabic letters (U+0045 `E`)"));
        for bad in ["أردوغان2", "أردوغان٢", "أردوغان،", "أردوغـان", "أردوغان!"]
        {
            assert!(check_new_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rename_respells_every_mention_with_or_without_annotations() {
        let s = snap(ERDOGAN);
        let u = uri("file:///d.txt");
        let plain = rename(
            &s,
            &u,
            40,
            "أردوغان",
            Encoding::Utf16,
            Lang::En,
            EditCaps::default(),
        )
        .unwrap();
        // Only the mention spelled otherwise changes.
        let edits = &plain.changes.as_ref().unwrap()[&u];
        assert_eq!(
            edits,
            &[TextEdit {
                range: r(1, 6, 1, 13),
                new_text: "أردوغان".to_string()
            }]
        );
        assert!(plain.change_annotations.is_none());
        let caps = EditCaps {
            document_changes: true,
            change_annotations: true,
        };
        let ann = rename(&s, &u, 40, "إردوغان", Encoding::Utf16, Lang::Ar, caps).unwrap();
        let Some(DocumentChanges::Edits(docs)) = &ann.document_changes else {
            panic!("{ann:?}")
        };
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text_document.version, Some(3));
        let edit = |range, ann: bool| {
            let text_edit = TextEdit {
                range,
                new_text: "إردوغان".to_string(),
            };
            if ann {
                OneOf::Right(AnnotatedTextEdit {
                    text_edit,
                    annotation_id: RESPELL_ANNOTATION.to_string(),
                })
            } else {
                OneOf::Left(text_edit)
            }
        };
        assert_eq!(
            docs[0].edits,
            [edit(r(0, 19, 0, 26), true), edit(r(1, 6, 1, 13), true)]
        );
        let a = &ann.change_annotations.as_ref().unwrap()[RESPELL_ANNOTATION];
        assert_eq!(a.label, "توحيد كتابة الاسم");
        assert_eq!(a.needs_confirmation, Some(false));
        assert_eq!(a.description.as_deref(), Some("أردوغان، اردوغان → إردوغان"));
        // documentChanges without annotations: plain edits, versioned.
        let caps = EditCaps {
            document_changes: true,
            change_annotations: false,
        };
        let versioned = rename(&s, &u, 40, "إردوغان", Encoding::Utf16, Lang::En, caps).unwrap();
        let Some(DocumentChanges::Edits(docs)) = &versioned.document_changes else {
            panic!()
        };
        assert_eq!(
            docs[0].edits,
            [edit(r(0, 19, 0, 26), false), edit(r(1, 6, 1, 13), false)]
        );
        // Off a name, or a bad name: refused.
        let off = rename(&s, &u, 51, "أردوغان", Encoding::Utf16, Lang::En, caps).unwrap_err();
        assert!(off.en.starts_with("isnad: no name here"));
        assert!(rename(&s, &u, 40, "", Encoding::Utf16, Lang::En, caps).is_err());
    }

    #[test]
    fn references_reach_other_drafts_and_honour_include_declaration() {
        let s = snap(MAMLUK);
        let u = uri("file:///w/a.txt");
        let other = "دمشق - سانا\nوأجرى اللواء علي مملوك مباحثات في طهران.\n";
        let unrelated = "قال الوزير خالد الأحمد إن الوضع مستقر.\n";
        let others = [summary("/w/b.txt", other), summary("/w/c.txt", unrelated)];
        let p = Profile::embedded();
        let all = references(&s, &u, 25, Encoding::Utf16, true, &others, &p).unwrap();
        let got: Vec<(&str, LspRange)> = all.iter().map(|l| (l.uri.as_str(), l.range)).collect();
        assert_eq!(
            got,
            [
                ("file:///w/a.txt", r(0, 11, 0, 16)),
                ("file:///w/a.txt", r(1, 16, 1, 21)),
                ("file:///w/a.txt", r(2, 6, 2, 11)),
                ("file:///w/b.txt", r(1, 17, 1, 22)),
            ]
        );
        // Without the declaration: the first full mention (line 1) is left out.
        let some = references(&s, &u, 25, Encoding::Utf16, false, &others, &p).unwrap();
        let got: Vec<LspRange> = some.iter().map(|l| l.range).collect();
        assert_eq!(got, [r(0, 11, 0, 16), r(2, 6, 2, 11), r(1, 17, 1, 22)]);
        assert_eq!(
            references(&s, &u, 3, Encoding::Utf16, true, &others, &p),
            None
        );
    }

    #[test]
    fn workspace_symbols_filter_by_identity_key() {
        let drafts = [summary("/w/a.txt", ERDOGAN), summary("/w/b.txt", MAMLUK)];
        let all = workspace_symbols("", &drafts);
        let names: Vec<(&str, SymbolKind, &str)> = all
            .iter()
            .map(|s| {
                (
                    s.name.as_str(),
                    s.kind,
                    s.container_name.as_deref().unwrap(),
                )
            })
            .collect();
        assert!(
            names.contains(&("مملوك", SymbolKind::OBJECT, "b.txt")),
            "{names:?}"
        );
        assert!(
            names.contains(&("أنقرة", SymbolKind::PACKAGE, "a.txt")),
            "{names:?}"
        );
        // The query without its hamza finds the name written with it, at its first mention.
        let q = workspace_symbols("اردوغ", &drafts);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].name, "أردوغان");
        assert_eq!(q[0].location.uri.as_str(), "file:///w/a.txt");
        assert_eq!(q[0].location.range, r(0, 19, 0, 26));
        assert!(workspace_symbols("لندن", &drafts).is_empty());
    }
}
