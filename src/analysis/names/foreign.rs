//! The index behind [`super::interesting_words`]: which candidate words of `foreign_seeds` have
//! a reading written in two ways in the story, or a bare reading with a near variant
//! ([`super::near_variant`]) among the story's other bare readings. Kept per open draft in the
//! [`super::SeedMemo`] and updated with the words that changed. One analysis (the command line)
//! runs the from-scratch pass instead ([`super::interesting_words`], whose tables borrow the
//! words' keys: building this index from empty interns and allocates per key, 14 % more
//! instructions over the dev corpus).
//!
//! Invariant: [`Index::interesting`] returns exactly what [`super::interesting_words`] returns
//! for the same version. It holds by construction:
//!
//! - what a word puts in the index and asks of it ([`WordEntry`], [`Index::word`]) is a function
//!   of the word alone (spelling, key, kind, lexicon tags), so a word that
//!   [`super::reuse::Kept`] finds in the common start or end of the two versions keeps its entry;
//! - the index holds, per key, the multiset of the spellings its occurrences have in this version:
//!   removing the entries of the words that left and adding those of the words that came gives
//!   the multisets of this version, whatever came before; a key with no occurrence counts as
//!   absent;
//! - whether a bare key has a near variant is recomputed for every key of a bucket
//!   ([`super::bucket_key_str`]) in which a key came or left, from the keys present.

use super::{at_least_chars, bucket_key_str, near_variant, plain_after, within_one_letter};
use crate::analysis::Context;
use crate::text::token::Text;
use rustc_hash::FxHashMap as HashMap;

/// One key of the index: a reading (four letters or more once ال is set aside) of a candidate
/// word, or that reading without its article.
#[derive(Debug)]
struct Key {
    /// The key's characters, for the near-variant test (only for a bare key: no ال, four
    /// letters or more; empty otherwise).
    chars: Vec<char>,
    /// Its bucket ([`bucket_key_str`]; 0 for a key that is not bare).
    bucket: u64,
    /// The distinct spellings of this version's occurrences of the key, each with its count
    /// (none: the key is absent from this version).
    spellings: Vec<(Text, u32)>,
    /// A bare key present in this version with a near variant among the bare keys present.
    partnered: bool,
}

impl Key {
    /// True when the key is present and written in two ways or more, or has a near variant.
    fn interesting(&self) -> bool {
        self.spellings.len() >= 2 || self.partnered
    }
}

/// What one word puts in the index and asks of it: `adds` keys (`Index::adds`) from its start,
/// and `asks` texts (`Index::asks`) looked up by text.
#[derive(Clone, Copy, Debug, Default)]
struct WordEntry {
    adds: u8,
    asks: u8,
}

/// The index of one version (see the module documentation).
#[derive(Debug, Default)]
pub(super) struct Index {
    /// Key text -> id (an index into `keys`). A key stays once made (a later version may bring
    /// it back); an absent key has no spellings.
    ids: HashMap<Text, u32>,
    keys: Vec<Key>,
    /// Bucket -> the bare keys made in it.
    buckets: HashMap<u64, Vec<u32>>,
    /// How many keys are present in this version (have a spelling).
    live: usize,
    /// One entry per word of the version, in order.
    words: Vec<WordEntry>,
    /// Per word in order, its key occurrences: (key id, spelling).
    adds: Vec<(u32, Text)>,
    /// Per word in order, the texts it asks by text (a word with a لل reading or with a definite
    /// reading of fewer than four letters after ال: every reading and its bare form).
    asks: Vec<Text>,
    /// The answer of [`Index::interesting`] for this version, one flag per word (empty before
    /// the first answer): kept for the next version's words that did not change when no key
    /// changed its answer.
    flags: Vec<bool>,
    /// How many answers kept the last version's flags (for tests).
    flags_kept: usize,
}

impl Index {
    /// The number of words of the version this index was last updated for.
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }

    /// How many answers kept the last version's flags for the words that did not change (for
    /// tests).
    #[cfg(test)]
    pub(super) fn flags_kept(&self) -> usize {
        self.flags_kept
    }

    /// True when most keys of the index are absent from this version (keys that edits brought
    /// and took away): the index is then built anew, so its memory follows the text, not the
    /// number of edits.
    pub(super) fn stale(&self) -> bool {
        self.keys.len() > 2 * self.live + 4096
    }

    /// The id of key `k`, made when new (a bare key is filed in its bucket).
    fn id(&mut self, k: &str) -> u32 {
        if let Some(&id) = self.ids.get(k) {
            return id;
        }
        let id = self.keys.len() as u32;
        let text = Text::new(k);
        let bare = !k.starts_with("ال") && at_least_chars(k, 4);
        let bucket = if bare { bucket_key_str(k) } else { 0 };
        self.keys.push(Key {
            chars: if bare {
                k.chars().collect()
            } else {
                Vec::new()
            },
            bucket,
            spellings: Vec::new(),
            partnered: false,
        });
        self.ids.insert(text, id);
        if bare {
            self.buckets.entry(bucket).or_default().push(id);
        }
        id
    }

    /// Appends word `i`'s entry (its key occurrences and the texts it asks) to `words`, `adds`
    /// and `asks`; `candidate` says whether the word is a candidate of `foreign_seeds` at all.
    /// The keys are made in the index but not counted (see [`Index::count`]).
    fn word(&mut self, cx: &Context, i: usize, candidate: bool) {
        let mut entry = WordEntry::default();
        if candidate {
            let w = &cx.doc.words[i];
            let readings = w.key_readings();
            // A word is asked by text when it has a reading not written in it (لل) or a definite
            // reading too short to be a key itself: such a reading may still be another word's
            // bare key (الالـ...).
            let mut late = false;
            for (n, r) in &readings {
                let Some(r) = r.as_borrowed() else {
                    late = true;
                    continue;
                };
                let bare = r.strip_prefix("ال").unwrap_or(r);
                if !at_least_chars(bare, 4) {
                    late |= r.starts_with("ال");
                    continue;
                }
                let sp = plain_after(&w.plain, *n);
                // The whole word's spelling and key are already interned.
                let sp = if sp.len() == w.plain.len() {
                    w.plain
                } else {
                    Text::new(sp)
                };
                let id = self.id(r);
                self.adds.push((id, sp));
                entry.adds += 1;
                if bare.len() != r.len() {
                    let id = self.id(bare);
                    self.adds.push((id, sp));
                    entry.adds += 1;
                }
            }
            if late {
                for (_, r) in &readings {
                    let bare = r.strip_prefix("ال").unwrap_or(r);
                    self.asks.push(Text::new(r));
                    entry.asks += 1;
                    if bare.len() != r.len() {
                        self.asks.push(Text::new(bare));
                        entry.asks += 1;
                    }
                }
            }
        }
        self.words.push(entry);
    }

    /// Counts (`add`) or uncounts the key occurrences `adds`, marking in `dirty` the bucket of a
    /// bare key that comes or leaves.
    fn count(&mut self, adds: &[(u32, Text)], add: bool, dirty: &mut Vec<u64>) {
        for &(id, sp) in adds {
            let key = &mut self.keys[id as usize];
            let before = key.spellings.is_empty();
            match key.spellings.iter().position(|(s, _)| *s == sp) {
                Some(p) if add => key.spellings[p].1 += 1,
                Some(p) => {
                    key.spellings[p].1 -= 1;
                    if key.spellings[p].1 == 0 {
                        key.spellings.swap_remove(p);
                    }
                }
                None if add => key.spellings.push((sp, 1)),
                // Every occurrence uncounted was counted before (the last version's entries).
                None => {}
            }
            if before != key.spellings.is_empty() {
                if before {
                    self.live += 1;
                } else {
                    self.live -= 1;
                }
                if !key.chars.is_empty() {
                    dirty.push(key.bucket);
                }
            }
        }
    }

    /// Recomputes `partnered` for every key of the buckets `dirty`: a key present with another
    /// present key of its bucket that is a near variant of it. Near variants differ in length by
    /// one letter at most: the bucket's present keys are sorted by length and each is compared
    /// only with those within one letter of it ([`within_one_letter`]).
    fn partner(&mut self, dirty: &mut Vec<u64>) {
        dirty.sort_unstable();
        dirty.dedup();
        let mut live: Vec<u32> = Vec::new();
        let mut by_len: Vec<usize> = Vec::new();
        for b in dirty.iter() {
            let Some(ids) = self.buckets.get(b) else {
                continue;
            };
            live.clear();
            for &id in ids {
                let key = &mut self.keys[id as usize];
                key.partnered = false;
                if !key.spellings.is_empty() {
                    live.push(id);
                }
            }
            if live.len() < 2 {
                continue;
            }
            let keys = &self.keys;
            let len = |x: usize| keys[live[x] as usize].chars.len();
            by_len.clear();
            by_len.extend(0..live.len());
            by_len.sort_by_key(|&x| len(x));
            let partnered: Vec<bool> = (0..live.len())
                .map(|a| {
                    let ka = &keys[live[a] as usize].chars;
                    within_one_letter(&by_len, len, ka.len())
                        .any(|o| o != a && near_variant(&keys[live[o] as usize].chars, ka))
                })
                .collect();
            for (a, p) in partnered.into_iter().enumerate() {
                self.keys[live[a] as usize].partnered = p;
            }
        }
    }

    /// The words of `cx`'s document that `foreign_seeds` looks at (`candidate` says which words
    /// may be names at all): a candidate with a reading written in two ways in the story, or
    /// whose bare reading has a near variant among the story's bare readings. `kept` is the
    /// last version compared with this one (the words to take again are `lo..hi`; this version
    /// is the last one's words `..lo`, then those, then its words `from..`: so its words
    /// `lo..from` leave, or, when `from < lo`, its words `from..lo` count twice): the index is
    /// then the last version's and is updated;
    /// without it, the index must be empty. Returns one flag per word.
    pub(super) fn interesting(
        &mut self,
        cx: &Context,
        candidate: &dyn Fn(usize) -> bool,
        kept: Option<(usize, usize, usize)>,
    ) -> Vec<bool> {
        let n = cx.doc.words.len();
        let mut dirty: Vec<u64> = Vec::new();
        let (lo, hi, from) = kept.unwrap_or((0, n, self.words.len()));
        // The last version's entries: the kept start, the words that leave, the kept end.
        let old_words = std::mem::take(&mut self.words);
        let old_adds = std::mem::take(&mut self.adds);
        let old_asks = std::mem::take(&mut self.asks);
        let offsets = |upto: usize| {
            old_words[..upto].iter().fold((0, 0), |(a, k), e| {
                (a + usize::from(e.adds), k + usize::from(e.asks))
            })
        };
        let (a_lo, k_lo) = offsets(lo);
        let (a_from, k_from) = offsets(from);
        self.words.reserve(n);
        self.words.extend_from_slice(&old_words[..lo]);
        self.adds.extend_from_slice(&old_adds[..a_lo]);
        self.asks.extend_from_slice(&old_asks[..k_lo]);
        let first_new = self.adds.len();
        for i in lo..hi {
            self.word(cx, i, candidate(i));
        }
        let new_adds = self.adds.len();
        let added: Vec<(u32, Text)> = self.adds[first_new..new_adds].to_vec();
        // The keys whose answer may change, with their answer before: those counted or uncounted
        // here (asked before any count), then those of the buckets `partner` reads again.
        let leaving = if from >= lo {
            &old_adds[a_lo..a_from]
        } else {
            &old_adds[a_from..a_lo]
        };
        let mut watched: Vec<(u32, bool)> = (leaving.iter().chain(&added))
            .map(|&(id, _)| (id, self.keys[id as usize].interesting()))
            .collect();
        // The last version's words `lo..from` left; or, when the common start and end overlap (a
        // passage written again after itself), its words `from..lo` stand twice in this one.
        self.count(leaving, from < lo, &mut dirty);
        self.count(&added, true, &mut dirty);
        self.words.extend_from_slice(&old_words[from..]);
        self.adds.extend_from_slice(&old_adds[a_from..]);
        self.asks.extend_from_slice(&old_asks[k_from..]);
        self.watch_buckets(&mut dirty, &mut watched);
        self.partner(&mut dirty);
        // A word's answer reads only its own entry and the answers of its keys: when no key
        // changed its answer, the words kept from the last version keep theirs.
        let old_flags = std::mem::take(&mut self.flags);
        let keys_same = watched
            .iter()
            .all(|&(id, was)| self.keys[id as usize].interesting() == was);
        let out = match kept {
            Some(_) if keys_same && old_flags.len() == old_words.len() => {
                self.flags_kept += 1;
                self.kept_answers(&old_flags, (lo, hi, from), (a_lo, k_lo))
            }
            _ => self.answers(),
        };
        #[cfg(any(test, debug_assertions))]
        assert_eq!(out, self.answers(), "kept interesting flags differ");
        self.flags.clone_from(&out);
        out
    }

    /// Appends to `watched` every key of the buckets `dirty` (sorted and deduplicated here),
    /// with its answer now: `partner` may change it.
    fn watch_buckets(&self, dirty: &mut Vec<u64>, watched: &mut Vec<(u32, bool)>) {
        dirty.sort_unstable();
        dirty.dedup();
        for b in dirty.iter() {
            for &id in self.buckets.get(b).map_or(&[][..], Vec::as_slice) {
                watched.push((id, self.keys[id as usize].interesting()));
            }
        }
    }

    /// The answer for the word whose entry is `e`, its key occurrences starting at `adds[a]` and
    /// its asked texts at `asks[k]`: one of its keys (or of the texts it asks) is interesting.
    fn answer(&self, e: &WordEntry, a: usize, k: usize) -> bool {
        let adds = &self.adds[a..a + usize::from(e.adds)];
        let asks = &self.asks[k..k + usize::from(e.asks)];
        if asks.is_empty() {
            adds.iter()
                .any(|&(id, _)| self.keys[id as usize].interesting())
        } else {
            asks.iter().any(|t| {
                self.ids
                    .get(t)
                    .is_some_and(|&id| self.keys[id as usize].interesting())
            })
        }
    }

    /// The answers of this version from the last one's (`old`, one per word of it): those of
    /// its words `..lo` and `from..` kept, those of this version's words `lo..hi` (whose key
    /// occurrences start at `adds[a]` and asked texts at `asks[k]`) asked. Holds when no key
    /// changed its answer (see [`Index::interesting`]).
    fn kept_answers(
        &self,
        old: &[bool],
        (lo, hi, from): (usize, usize, usize),
        (mut a, mut k): (usize, usize),
    ) -> Vec<bool> {
        let mut out = Vec::with_capacity(lo + (hi - lo) + old.len().saturating_sub(from));
        out.extend_from_slice(&old[..lo]);
        for e in &self.words[lo..hi] {
            out.push(self.answer(e, a, k));
            a += usize::from(e.adds);
            k += usize::from(e.asks);
        }
        out.extend_from_slice(&old[from..]);
        out
    }

    /// The answer for every word of this version, one flag per word.
    fn answers(&self) -> Vec<bool> {
        let mut out = Vec::with_capacity(self.words.len());
        let (mut a, mut k) = (0, 0);
        for e in &self.words {
            out.push(self.answer(e, a, k));
            a += usize::from(e.adds);
            k += usize::from(e.asks);
        }
        out
    }
}

/// What one word adds to the tables of [`super::foreign_seeds`], one item per table entry in the
/// order the pass meets them ([`super::foreign_part`]). The strings are slices of the word's
/// interned key or spelling (`Text::as_str`, kept for the process's life).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Item {
    /// A word of the lexicon read without a proclitic: its identity reading, its spelling and
    /// whether it stands alone inside quotation marks or brackets.
    Quoted {
        reading: &'static str,
        spelling: &'static str,
        alone: bool,
    },
    /// A reading of a word outside the lexicon: the reading (article kept), the spelling after
    /// the reading's proclitics, and whether the reading has none (`whole`).
    Same {
        reading: &'static str,
        spelling: &'static str,
        whole: bool,
    },
    /// A reading of a word outside the lexicon whose spelling is not shaped like a common noun:
    /// its bare key (ال set aside), and whether the reading has no proclitic.
    Count { bare: &'static str, whole: bool },
    /// A reading that may be a name written with and without the article: its bare key, whether
    /// its spelling has the article, whether the reading has no proclitic, and whether the word
    /// stands in a name slot.
    Group {
        bare: &'static str,
        article: bool,
        whole: bool,
        slot: bool,
    },
}

/// The mark of a word whose part was not made (it was not interesting in the versions that
/// met it).
const NOT_MADE: u32 = u32::MAX;

/// The parts ([`Item`]s) of one version's words, made for the interesting words of
/// [`super::foreign_seeds`] and kept per open draft in the [`super::SeedMemo`]: what a word adds
/// reads only the word, the words before and after it and the text between them, so a word the
/// next version keeps ([`super::reuse::Kept`], one word each side) keeps its part, and the
/// grouping by key runs again over the kept parts. A version takes the last one's items whole
/// (the kept words' entries point where they were) and appends the parts it makes; the items of
/// the words that left stay until they are more than half of all, when the items are copied
/// anew in word order ([`Parts::compact`]), so memory follows the text, not the edits.
#[derive(Debug, Default)]
pub(super) struct Parts {
    /// Per word: where its items start in `items` and how many there are (`NOT_MADE`: none
    /// made).
    at: Vec<(u32, u32)>,
    /// The items of the words (in no particular order).
    items: Vec<Item>,
    /// How many items no word points to.
    garbage: usize,
    /// How many words took the last version's part (for tests).
    taken: usize,
}

impl Parts {
    /// The parts of a version of `n` words that takes the entries of the words `span` keeps
    /// from the last version's parts `old` (one entry per word of the last version), the others
    /// not made yet; with no span, none made.
    pub(super) fn renew(old: Parts, span: Option<super::reuse::Span>, n: usize) -> Parts {
        let Some((lo, hi, from)) = span.map(|s| s.bounds()) else {
            return Parts {
                at: vec![(0, NOT_MADE); n],
                ..Parts::default()
            };
        };
        let old_n = old.at.len();
        let live = |r: &[(u32, u32)]| -> usize {
            r.iter()
                .filter(|e| e.1 != NOT_MADE)
                .map(|e| e.1 as usize)
                .sum()
        };
        // The last version's words `lo..from` leave (none when the two ends overlap).
        let leaving = old.at.get(lo..from).map_or(0, live);
        let mut at = Vec::with_capacity(n);
        at.extend_from_slice(old.at.get(..lo).unwrap_or_default());
        at.resize(hi.max(at.len()), (0, NOT_MADE));
        at.extend_from_slice(old.at.get(from.min(old_n)..).unwrap_or_default());
        // (`from` is `hi` moved by the change in word count, so the entries are one per word.)
        at.resize(n, (0, NOT_MADE));
        let mut out = Parts {
            at,
            items: old.items,
            garbage: old.garbage + leaving,
            taken: 0,
        };
        if out.garbage > out.items.len() / 2 + 4096 {
            out.compact();
        }
        out
    }

    /// Copies the items the words point to anew, in word order (no garbage left).
    fn compact(&mut self) {
        let mut items = Vec::with_capacity(self.items.len() - self.garbage.min(self.items.len()));
        for e in &mut self.at {
            if e.1 == NOT_MADE {
                continue;
            }
            let part = self
                .items
                .get(e.0 as usize..(e.0 as usize).saturating_add(e.1 as usize))
                .unwrap_or_default();
            match u32::try_from(items.len()) {
                Ok(s) => {
                    e.0 = s;
                    items.extend_from_slice(part);
                }
                Err(_) => *e = (0, NOT_MADE),
            }
        }
        self.items = items;
        self.garbage = 0;
    }

    /// The number of words these parts are for.
    pub(super) fn len(&self) -> usize {
        self.at.len()
    }

    /// How many words took the last version's part (for tests).
    #[cfg(test)]
    pub(super) fn taken(&self) -> usize {
        self.taken
    }

    /// Word `i`'s part: the one kept when there is one, else what `make` writes (then kept).
    pub(super) fn part(&mut self, i: usize, make: impl FnOnce(&mut Vec<Item>)) -> &[Item] {
        if let Some(&(s, l)) = self.at.get(i)
            && l != NOT_MADE
        {
            self.taken += 1;
            return self
                .items
                .get(s as usize..(s as usize).saturating_add(l as usize))
                .unwrap_or_default();
        }
        let start = self.items.len();
        make(&mut self.items);
        // A word has at most three readings, each adding at most three items; past 4 G items
        // (no text has so many) the part is used but not kept.
        let entry = match (
            u32::try_from(start),
            u32::try_from(self.items.len() - start),
        ) {
            (Ok(s), Ok(l)) if l != NOT_MADE => (s, l),
            _ => (0, NOT_MADE),
        };
        if let Some(e) = self.at.get_mut(i) {
            *e = entry;
        }
        self.items.get(start..).unwrap_or_default()
    }
}
