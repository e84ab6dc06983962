//! The workspace index: the names of every draft in the workspace folders, so that `name-variant`
//! works across stories (the same person spelled one way in the open draft and another way in a
//! story of the same folder that is not open).
//!
//! The index keeps one [`IndexedDraft`] per draft: its names ([`Entity`] lists, as the analysis found
//! them), its orthographic conventions and the editor positions of its name mentions — never its
//! text, so memory stays small on a large newsroom folder. Entries of drafts open in the editor are
//! built from their buffers ([`IndexedDraft::open`]); the others from disk. The server builds the index
//! in the background after `initialized` and keeps it current on open/change/close and on
//! watched-file events; the cross-story findings themselves come from the pipeline
//! ([`pipeline::cross_findings`]), as for `isnad check` on a folder.

use super::position::{self, Encoding};
use crate::analysis::Finding;
use crate::analysis::names::across::{Conventions, StoryNames};
use crate::analysis::names::{Entity, NameKind};
use crate::analysis::pipeline;
use crate::profile::Profile;
use crate::text::Format;
use ropey::Rope;
use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower_lsp_server::ls_types::{Location, Position, Uri};

/// The glob of the file watcher the server registers for drafts.
pub const WATCH_GLOB: &str = "**/*.{md,markdown,txt}";

/// The `$/progress` token of the background scan.
pub const PROGRESS_TOKEN: &str = "isnad/index";

/// One draft in the index.
#[derive(Clone, Debug)]
pub struct IndexedDraft {
    /// The draft's path, canonical (the index's key: a client's URI for an open draft and the
    /// URI of a file found on disk may spell the same file differently).
    pub path: PathBuf,
    /// The draft's URI (the client's for an open draft), used in related information.
    pub uri: Uri,
    /// The buffer's version for an open draft; `None` when read from disk.
    pub version: Option<i32>,
    /// Its format.
    pub format: Format,
    /// Its names (`Analysis::names`); byte ranges into the text the summary was built from.
    pub entities: Vec<Entity>,
    /// Its orthographic conventions (read from the text, which is not kept).
    pub conventions: Conventions,
    /// True when built from the editor's buffer, false when read from disk.
    pub open: bool,
    /// Editor positions of the start and end of every mention, sorted by byte offset.
    positions: Vec<(usize, Position)>,
}

impl IndexedDraft {
    /// The summary of the draft at `path` (canonical; URI `uri`) whose text is `text`, with the
    /// names the analysis found; positions in encoding `enc`. `version` is the buffer's version for
    /// an open draft, `None` for a file read from disk.
    pub fn new(
        path: PathBuf,
        uri: Uri,
        version: Option<i32>,
        text: &str,
        format: Format,
        entities: Vec<Entity>,
        enc: Encoding,
    ) -> IndexedDraft {
        let mut offsets: Vec<usize> = entities
            .iter()
            .flat_map(|e| e.mentions.iter())
            .flat_map(|m| [m.range.start, m.range.end])
            .collect();
        offsets.sort_unstable();
        offsets.dedup();
        let rope = Rope::from_str(text);
        let positions = offsets
            .into_iter()
            .map(|b| (b, position::to_position(&rope, b.min(text.len()), enc)))
            .collect();
        IndexedDraft {
            path,
            uri,
            version,
            format,
            conventions: Conventions::of(text),
            entities,
            open: version.is_some(),
            positions,
        }
    }

    /// The editor range of a mention's byte range; `None` when the range is not a mention's.
    pub fn range(&self, r: &Range<usize>) -> Option<tower_lsp_server::ls_types::Range> {
        let at = |b: usize| {
            self.positions
                .binary_search_by_key(&b, |(o, _)| *o)
                .ok()
                .map(|i| self.positions[i].1)
        };
        Some(tower_lsp_server::ls_types::Range::new(
            at(r.start)?,
            at(r.end)?,
        ))
    }

    /// The names as compared between two versions of a draft: kind, key and spellings with their
    /// counts (not their places, which move with every keystroke).
    fn names(&self) -> Vec<NameSignature<'_>> {
        self.entities
            .iter()
            .map(|e| (e.kind, e.key.as_str(), e.spellings()))
            .collect()
    }
}

/// One name as compared between versions of a draft: kind, key, spellings with counts.
type NameSignature<'a> = (NameKind, &'a str, Vec<(String, usize)>);

/// Every indexed draft, by canonical path.
#[derive(Debug, Default)]
pub struct Index {
    entries: HashMap<PathBuf, Arc<IndexedDraft>>,
}

impl Index {
    /// Number of drafts indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry of the draft at `path` (canonical).
    pub fn get(&self, path: &Path) -> Option<Arc<IndexedDraft>> {
        self.entries.get(path).cloned()
    }

    /// Every entry but the one of `path`, in path order (so results do not depend on hashing).
    pub fn others(&self, path: &Path) -> Vec<Arc<IndexedDraft>> {
        let mut v: Vec<Arc<IndexedDraft>> = self
            .entries
            .iter()
            .filter(|(p, _)| p.as_path() != path)
            .map(|(_, s)| s.clone())
            .collect();
        v.sort_by(|a, b| a.path.cmp(&b.path));
        v
    }

    /// Every entry, in path order (for `workspace/symbol` and references across the workspace).
    pub fn all(&self) -> Vec<Arc<IndexedDraft>> {
        let mut v: Vec<Arc<IndexedDraft>> = self.entries.values().cloned().collect();
        v.sort_by(|a, b| a.path.cmp(&b.path));
        v
    }

    /// Puts `s` in the index. A summary read from disk does not replace one built from the
    /// editor's buffer, nor an older buffer version a newer one. Returns true when the draft's
    /// names changed (so the cross-story findings of the other drafts may have changed).
    pub fn insert(&mut self, s: IndexedDraft) -> bool {
        match self.entries.get(&s.path) {
            Some(old) if old.open && (!s.open || s.version < old.version) => false,
            Some(old) => {
                let changed = old.names() != s.names();
                self.entries.insert(s.path.clone(), Arc::new(s));
                changed
            }
            None => {
                let changed = !s.entities.is_empty();
                self.entries.insert(s.path.clone(), Arc::new(s));
                changed
            }
        }
    }

    /// Takes the draft at `path` out of the index; true when it had names.
    pub fn remove(&mut self, path: &Path) -> bool {
        self.entries
            .remove(path)
            .is_some_and(|s| !s.entities.is_empty())
    }

    /// Replaces every entry read from disk with `disk` (entries of open drafts stay, and win over
    /// a disk summary of the same draft). Returns true when any draft's names changed.
    pub fn replace_disk(&mut self, disk: Vec<IndexedDraft>) -> bool {
        let keep: std::collections::HashSet<PathBuf> =
            disk.iter().map(|s| s.path.clone()).collect();
        let mut changed = false;
        self.entries.retain(|u, s| {
            let stays = s.open || keep.contains(u);
            changed |= !stays && !s.entities.is_empty();
            stays
        });
        for s in disk {
            changed |= self.insert(s);
        }
        changed
    }

    /// Marks the entry of `path` as read from disk (its draft was closed), so the next disk
    /// summary replaces it.
    pub fn mark_closed(&mut self, path: &Path) {
        if let Some(s) = self.entries.get_mut(path)
            && s.open
        {
            let s = Arc::make_mut(s);
            s.open = false;
            s.version = None;
        }
    }
}

/// A place in another draft that a finding points at, converted to an editor location when the
/// finding was made (the other draft's text is not kept).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The other draft as named in [`Related::path`](crate::analysis::Related::path) (its URI).
    pub path: String,
    /// The byte range in that draft.
    pub range: Range<usize>,
    /// Where it is in the editor.
    pub location: Location,
}

/// The input of [`pipeline::cross_findings`] and [`crate::analysis::names::across::groups`]
/// for the draft `uri` (text `text`, format `format`, names `names`) beside the index summaries `others`: the draft
/// first, read from its text, then each summary with the conventions it kept (no text).
pub fn story_names<'a>(
    uri: &'a Uri,
    text: &'a str,
    format: Format,
    names: &'a [Entity],
    others: &'a [Arc<IndexedDraft>],
) -> Vec<StoryNames<'a>> {
    let mut stories = Vec::with_capacity(others.len() + 1);
    stories.push(StoryNames {
        path: uri.as_str(),
        text,
        format,
        entities: names,
        conventions: None,
    });
    stories.extend(others.iter().map(|o| StoryNames {
        path: o.uri.as_str(),
        text: "",
        format: o.format,
        entities: &o.entities,
        conventions: Some(o.conventions),
    }));
    stories
}

/// The cross-story `name-variant` findings of the draft `uri` (text `text`, names `names`) against
/// the `others` of the index, from the pipeline's cross-story step
/// ([`pipeline::cross_findings`]) with `profile` (the draft's own house style):
/// findings in this draft only, with related places in the other drafts ([`Related::path`] is the
/// other draft's URI), and those places as editor locations.
///
/// [`Related::path`]: crate::analysis::Related::path
pub fn cross_story(
    profile: &Profile,
    uri: &Uri,
    text: &str,
    format: Format,
    names: &[Entity],
    others: &[Arc<IndexedDraft>],
) -> (Vec<Finding>, Vec<Place>) {
    if others.is_empty() || names.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut places = Vec::new();
    let mut findings = Vec::new();
    let stories = story_names(uri, text, format, names, others);
    let profiles = vec![profile; stories.len()];
    let mine = pipeline::cross_findings(&stories, &profiles)
        .into_iter()
        .next()
        .unwrap_or_default();
    for f in mine {
        for r in &f.related {
            let Some(p) = &r.path else { continue };
            let Some(o) = others.iter().find(|o| o.uri.as_str() == p) else {
                continue;
            };
            if let Some(range) = o.range(&r.range) {
                places.push(Place {
                    path: p.clone(),
                    range: r.range.clone(),
                    location: Location {
                        uri: o.uri.clone(),
                        range,
                    },
                });
            }
        }
        findings.push(f);
    }
    (findings, places)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze_text;
    use crate::profile::Profile;

    fn summary(path: &str, text: &str, version: Option<i32>) -> IndexedDraft {
        let a = analyze_text(text, Format::Plain, &Profile::embedded());
        IndexedDraft::new(
            PathBuf::from(path),
            format!("file://{path}").parse().unwrap(),
            version,
            text,
            Format::Plain,
            a.names,
            Encoding::Utf16,
        )
    }

    #[test]
    fn summaries_keep_names_and_mention_positions() {
        let text = "🚨 أكد اللواء علي مملوك أن التعاون مستمر.\nوقال مملوك إن الوضع مستقر.\n";
        let s = summary("/w/a.txt", text, None);
        let e = s
            .entities
            .iter()
            .find(|e| e.key.contains("مملوك"))
            .expect("مملوك");
        let r = s.range(&e.mentions[1].range).unwrap();
        assert_eq!((r.start.line, r.start.character), (1, 5));
        assert_eq!(r.end.character, 10);
        assert!(s.range(&(1..2)).is_none());
        assert!(s.conventions.hamza);
    }

    #[test]
    fn open_entries_win_and_changes_are_reported() {
        let mut ix = Index::default();
        let a_path = Path::new("/w/a.txt");
        let a = "أكد اللواء علي مملوك أن التعاون مستمر. وقال مملوك إن الوضع مستقر.";
        assert!(ix.insert(summary("/w/a.txt", a, Some(2))));
        // Disk text and older buffer versions do not replace the buffer's.
        assert!(!ix.insert(summary("/w/a.txt", "نص آخر", None)));
        assert!(!ix.insert(summary("/w/a.txt", "نص آخر", Some(1))));
        assert!(ix.get(a_path).unwrap().open);
        // Same names at other places: not a change.
        let moved = format!("سطر.\n{a}");
        assert!(!ix.insert(summary("/w/a.txt", &moved, Some(3))));
        let b = "وأجرى اللواء علي المملوك مباحثات. وأضاف المملوك أن الأمن مستقر.";
        assert!(ix.insert(summary("/w/b.txt", b, None)));
        assert_eq!(ix.others(a_path).len(), 1);
        // A scan replaces disk entries only.
        assert!(ix.replace_disk(Vec::new()));
        assert_eq!(ix.len(), 1);
        ix.mark_closed(a_path);
        assert!(!ix.get(a_path).unwrap().open);
        assert!(ix.remove(a_path));
        assert!(ix.is_empty());
    }

    #[test]
    fn cross_story_findings_point_at_the_other_draft() {
        let p = Profile::embedded();
        let a = "أكد اللواء علي مملوك أن التعاون مستمر. وقال مملوك إن الوضع مستقر في البلاد.";
        let b = "وأجرى اللواء علي مملوك مباحثات في طهران.\nوأضاف مملوك أن الأمن مستقر.";
        let c = "التقى اللواء علي المملوك وفداً. وقال المملوك إن العلاقات جيدة.";
        let others = [
            Arc::new(summary("/w/a.txt", a, None)),
            Arc::new(summary("/w/b.txt", b, None)),
        ];
        let uri: Uri = "file:///w/c.txt".parse().unwrap();
        let names = analyze_text(c, Format::Plain, &p).names;
        let (f, places) = cross_story(&p, &uri, c, Format::Plain, &names, &others);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&c[f[0].range.clone()], "المملوك");
        assert_eq!(f[0].related.len(), 2);
        assert_eq!(places.len(), 2);
        assert_eq!(places[0].location.uri.as_str(), "file:///w/a.txt");
        assert_eq!(places[1].location.range.start.line, 0);
        // The folder's spelling is quiet.
        let names = analyze_text(a, Format::Plain, &p).names;
        let (f, _) = cross_story(&p, &uri, a, Format::Plain, &names, &others);
        assert!(f.is_empty(), "{f:?}");
    }
}
