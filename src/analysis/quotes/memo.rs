//! What the speaker reader computes once per analysis and reuses (both held by the analysis's
//! `Context`, and used only with the context's own list of person mentions):
//!
//! - [`Surnames`]: the last words of the story's person mentions, so that asking whether a word
//!   is a family name the story introduced in full (`speaker::surname_in_story`) is a hash lookup
//!   instead of a walk over the mentions, which made the reader quadratic in a long draft;
//! - [`CueReads`]: the reading of each reporting cue with its limit (`speaker::read_cue`), which
//!   the turn reader (`continuity::Clauses`) and the attribution of each quotation both ask for.

use super::speaker::Read;
use crate::text::Document;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::ops::Range;

/// The answers of `speaker::read_cue` by (cue word index, limit word index).
#[derive(Debug, Default)]
pub(crate) struct CueReads {
    reads: RefCell<FxHashMap<(usize, usize), Read>>,
}

impl CueReads {
    /// The reading remembered for the cue at word `i` read up to word `limit`, if any.
    pub(super) fn get(&self, i: usize, limit: usize) -> Option<Read> {
        self.reads.borrow().get(&(i, limit)).cloned()
    }

    /// Remembers `read` as the reading of the cue at word `i` read up to word `limit`.
    pub(super) fn put(&self, i: usize, limit: usize, read: Read) {
        self.reads.borrow_mut().insert((i, limit), read);
    }

    /// Forgets every reading and frees the table (the context calls it once the quotations are
    /// read: a later reading is computed afresh, with the same answer).
    pub(crate) fn free(&self) {
        *self.reads.borrow_mut() = FxHashMap::default();
    }
}

/// How many person mentions (the first ones, in text order) a family name is looked for in.
pub(crate) const MENTIONS_READ: usize = 400;

/// The person mentions of two words or more among the first [`MENTIONS_READ`], by the identity key
/// of their last word (keys borrowed from the document's words).
#[derive(Debug, Default)]
pub(crate) struct Surnames<'d> {
    by_last: FxHashMap<&'d str, Vec<Range<usize>>>,
}

impl<'d> Surnames<'d> {
    /// Indexes the first [`MENTIONS_READ`] of `persons` (byte ranges of person mentions in `doc`,
    /// half-open) that cover two words or more, by the identity key of their last word.
    pub(crate) fn new(doc: &'d Document, persons: &[Range<usize>]) -> Surnames<'d> {
        let mut by_last: FxHashMap<&'d str, Vec<Range<usize>>> = FxHashMap::default();
        for r in persons.iter().take(MENTIONS_READ) {
            let ws = doc.words_in(r.clone());
            if ws.len() >= 2
                && let Some(last) = ws.last()
            {
                by_last
                    .entry(last.key.as_str())
                    .or_default()
                    .push(r.clone());
            }
        }
        Surnames { by_last }
    }

    /// True when a mention indexed here ends with a word of identity key `key` and does not hold
    /// the byte range `word` (the word asked about, half-open): the name is given in full elsewhere.
    pub(crate) fn elsewhere(&self, key: &str, word: &Range<usize>) -> bool {
        self.by_last.get(key).is_some_and(|rs| {
            rs.iter()
                .any(|r| !(r.start <= word.start && word.end <= r.end))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Format;

    #[test]
    fn a_family_name_is_found_in_another_mention_only() {
        // «سامر الخطيب» is a mention of two words; «الخطيب» alone is not indexed.
        let src = "قال سامر الخطيب إن الخطيب وصل.";
        let doc = Document::new(src, Format::Plain);
        let full = src.find("سامر").unwrap()..src.find(" إن").unwrap();
        let alone_at = src.rfind("الخطيب").unwrap();
        let alone = alone_at..alone_at + "الخطيب".len();
        let s = Surnames::new(&doc, &[full.clone(), alone.clone()]);
        let key = doc.words[doc.word_index_at(alone_at)].key.as_str();
        assert_eq!(s.by_last.len(), 1);
        // The lone mention is outside the full one: the family name is introduced elsewhere.
        assert!(s.elsewhere(key, &alone));
        // Inside the full mention itself it is not "elsewhere".
        let inner_at = full.end - "الخطيب".len();
        assert!(!s.elsewhere(key, &(inner_at..full.end)));
        assert!(!s.elsewhere("سامر", &alone));
    }
}
