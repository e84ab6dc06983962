//! Incremental analysis of one draft that changes a little at a time (the language server's open
//! documents): the per-paragraph facts of the last version are kept, and a paragraph whose text
//! is unchanged (same bytes, wherever it now starts) is neither tokenized nor tagged again.
//!
//! Invariant: [`Incremental::analyze`] returns exactly what [`super::pipeline::analyze`] returns
//! for the same text, format and profile, whatever versions came before. It holds by
//! construction:
//!
//! - words: every word lies inside a paragraph (the text between paragraphs is white space, and
//!   no white-space character starts or continues a word), and the tokenizer looks at nothing
//!   before a word and at one character after it, which at a paragraph's end is white space or
//!   the end of the text (a word ends there either way); so the words of the document are the
//!   words of each paragraph's masked text, shifted by the paragraph's start. A paragraph is
//!   reused only when both its source and its masked bytes are equal.
//! - tags: the tags of a word read only the word, the [`lexicon::BACK`] words before it, the [`lexicon::reach`]
//!   words after it and the text up to the next word ([`lexicon::tag_with`]); a reused
//!   paragraph's tags are taken only for its words that have all of those inside the paragraph;
//!   a word near a paragraph's edge keeps its tags too when all of those lie in the start or the
//!   end the text shares with the last version ([`common_ends`]: the same masked bytes, the
//!   same words; the last version's masked text, words and tags are the ones name detection
//!   keeps, `names::SeedMemo`), so only the words near an edit are tagged again; the
//!   document-level tags
//!   ([`lexicon::Tags::post_surnames`]) and everything after tagging (names, quotations,
//!   speakers, credits, rules, severities, suppression, order) run over the whole document,
//!   but for the seeds each word gives name detection, kept from the last version where the words
//!   around are unchanged (`names::SeedMemo`, whose module states why that is exact).
//! - the profile: the facts are dropped when the profile is not the one they were made with.
//!
//! Memory is linear in the last version's text: one entry per paragraph of it (its text, words
//! and tags), nothing of older versions.

use super::lexicon::{self, WordTags};
use super::names;
use super::{Analysis, Context};
use crate::profile::Profile;
use crate::text::{Document, Format, Word, token};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::ops::Range;
use std::sync::Arc;

/// What is kept of one paragraph of the last version, keyed by its source text.
#[derive(Debug)]
struct Paragraph {
    /// Its masked text when it differs from its source text (`None`: the same).
    masked: Option<Box<str>>,
    /// Its words, byte ranges relative to the paragraph's start.
    words: Vec<Word>,
    /// The tags of its words (index-aligned with `words`); only those of words whose
    /// surroundings lie inside the paragraph are ever reused.
    tags: Vec<WordTags>,
}

/// A paragraph's kept entry as a version reuses it: its source text and what is kept of it.
type Kept = (Arc<str>, Arc<Paragraph>);

/// The facts of one draft kept between its versions (see the module documentation). Empty when
/// made; [`Incremental::analyze`] fills it.
#[derive(Debug, Default)]
pub struct Incremental {
    /// The profile the facts were made with and its [`lexicon::reach`].
    profile: Option<(Arc<Profile>, usize)>,
    /// The paragraphs of the last version, by source text (shared: a paragraph the next version
    /// reuses is found once and carried to the next map without another lookup).
    paragraphs: HashMap<Arc<str>, Arc<Paragraph>>,
    /// How many paragraphs of the last version came from the version before.
    reused: usize,
    /// The per-word name seeds of the last version (see [`crate::analysis::names::SeedMemo`]).
    seeds: RefCell<names::SeedMemo>,
    /// How many words of the last text analysed were tagged afresh (not taken from the version
    /// before).
    tagged: usize,
    /// The quotation reader's cue readings of the last version (see
    /// `quotes::memo::KeptReads`).
    reads: RefCell<super::quotes::memo::KeptReads>,
    /// The per-key word lists of the last version that asked for them (see
    /// `analysis::KeyMemo`).
    keys: RefCell<super::KeyMemo>,
    /// The orthographic conventions' counts of the last text that asked for them (see
    /// `names::across::ConventionsMemo`).
    conventions: RefCell<names::across::ConventionsMemo>,
    /// How many bytes of the last text analysed were tokenized afresh (for tests and logs).
    fresh_bytes: usize,
}

/// The last version's masked text and words as the tokenizing of a changed paragraph sees them
/// ([`Last::retokenize`]), with the bytes the two masked texts share at the start and the end.
struct Last<'m> {
    /// The last version's masked text and words (document byte ranges).
    prose: &'m str,
    words: &'m [Word],
    /// The length of the bytes both masked texts start with, and of those both end with (the
    /// two together no longer than the shorter text).
    start: usize,
    end: usize,
}

/// True for the ASCII white-space bytes: no word starts or continues at one, and the tokenizer,
/// which moves one whole character or word at a time, reads each on its own.
fn white(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t')
}

impl<'m> Last<'m> {
    /// The last version (`prose`, `words`) compared with this version's masked text `masked`.
    fn of(masked: &str, prose: &'m str, words: &'m [Word]) -> Last<'m> {
        let (a, b) = (masked.as_bytes(), prose.as_bytes());
        let start = crate::text::common_start(a, b);
        let end = crate::text::common_end(a, b).min(a.len().min(b.len()) - start);
        Last {
            prose,
            words,
            start,
            end,
        }
    }

    /// Appends to `out` the words of the paragraph at byte range `p` of this version's masked
    /// text `masked` (document byte ranges, in order: what `token::tokenize` gives for the
    /// paragraph's text, shifted to its start) and returns how many bytes it tokenized afresh.
    ///
    /// Exact because the tokenizer reads a text one character or one word at a time and each
    /// step looks only at the bytes from where it stands to the end of what it reads (a word
    /// and the character after it), never before: after a white-space byte ([`white`]) it
    /// stands there whatever came before, and no word reaches over one. So the words between
    /// the paragraph's start (after white space, or the text's start) and a white-space byte in
    /// the start both versions share are the last version's words there, the words after a
    /// white-space byte in the end they share, up to the paragraph's end (white space or the
    /// text's end in both), are the last version's moved by the change in length, and only the
    /// bytes between the two are tokenized.
    fn retokenize(&self, masked: &str, p: Range<usize>, out: &mut Vec<Word>) -> usize {
        let bytes = masked.as_bytes();
        let (len, old_len) = (bytes.len(), self.prose.len());
        let (a, b) = (p.start, p.end.min(len));
        // After the last white-space byte of the shared start inside the paragraph.
        let fresh_start = p.start == 0 || bytes.get(a - 1).copied().is_some_and(white);
        let x = match bytes.get(a..self.start.min(b)) {
            Some(head) if fresh_start => head
                .iter()
                .rposition(|&c| white(c))
                .map_or(a, |k| a + k + 1),
            _ => a,
        };
        // After the first white-space byte of the shared end inside the paragraph.
        let from = x.max(len - self.end);
        let y = bytes
            .get(from..b)
            .and_then(|tail| tail.iter().position(|&c| white(c)))
            .map_or(b, |k| from + k + 1);
        // The same bytes in the last version (none moved when `y` is the paragraph's end).
        let moved = |r: usize| (r + old_len).checked_sub(len);
        let (Some(old_y), Some(old_b)) = (if y < b {
            (moved(y), moved(b))
        } else {
            (Some(0), Some(0))
        }) else {
            return self.all(masked, p, out);
        };
        let before = out.len();
        let at = |r: usize| self.words.partition_point(|w| w.start() < r);
        out.extend(self.words[at(a)..at(x)].iter().cloned());
        let Some(mid) = masked.get(x..y) else {
            out.truncate(before);
            return self.all(masked, p, out);
        };
        out.extend(
            token::tokenize(mid)
                .iter()
                .filter_map(|w| shifted(w, x, true)),
        );
        let tail = &self.words[at(old_y)..at(old_b)];
        if tail.last().is_some_and(|w| w.end() > old_b) {
            out.truncate(before);
            return self.all(masked, p, out);
        }
        out.extend(tail.iter().filter_map(|w| {
            if len >= old_len {
                shifted(w, len - old_len, true)
            } else {
                shifted(w, old_len - len, false)
            }
        }));
        y - x
    }

    /// Appends to `out` the words of the paragraph at byte range `p` of `masked`, all tokenized
    /// afresh; returns the paragraph's length.
    fn all(&self, masked: &str, p: Range<usize>, out: &mut Vec<Word>) -> usize {
        let m = masked.get(p.clone()).unwrap_or("");
        out.extend(
            token::tokenize(m)
                .iter()
                .filter_map(|w| shifted(w, p.start, true)),
        );
        m.len()
    }
}

/// `w` with its byte range moved to start `delta` bytes later (`forward`) or earlier; `None`
/// when the moved range does not fit a `Word` (past 4 GiB: the tokenizer leaves such words out).
fn shifted(w: &Word, delta: usize, forward: bool) -> Option<Word> {
    let r = w.range();
    w.moved(if forward {
        r.start.checked_add(delta)?..r.end.checked_add(delta)?
    } else {
        r.start.saturating_sub(delta)..r.end.saturating_sub(delta)
    })
}

impl Incremental {
    /// An empty state (the first analysis is from scratch).
    pub fn new() -> Incremental {
        Incremental::default()
    }

    /// The number of paragraphs kept (for tests and logs).
    pub fn len(&self) -> usize {
        self.paragraphs.len()
    }

    /// How many bytes of the last text analysed were tokenized afresh: the paragraphs not seen
    /// in the text before it, but for the words away from the change (for tests and logs).
    pub fn fresh_bytes(&self) -> usize {
        self.fresh_bytes
    }

    /// How many paragraphs of the last text analysed were taken from the text before it.
    pub fn reused(&self) -> usize {
        self.reused
    }

    /// How many words of the last text analysed were tagged afresh, their tags not taken from
    /// the text before it (for tests and logs).
    pub fn tagged(&self) -> usize {
        self.tagged
    }

    /// How many cue readings of the quotation reader the last text analysed took from the text
    /// before it (for tests and logs; see `quotes::memo::KeptReads`).
    pub fn readings_kept(&self) -> usize {
        self.reads.borrow().primed()
    }

    /// How many words of the last text analysed the quotation reader's turn reader knew, from
    /// the text before it, to read as nothing (for tests and logs; see `quotes::memo::Inert`).
    pub fn inert_words_kept(&self) -> usize {
        self.reads.borrow().inert()
    }

    /// How many words of the last text analysed the quotation reader's turn reader knew, from
    /// the text before it, to read a clause or topic at, with what it read there by itself (for
    /// tests and logs; see `quotes::memo::Inert`).
    pub fn clause_reads_kept(&self) -> usize {
        self.reads.borrow().own_kept()
    }

    /// How many quotations of the last text analysed took their kind from the text before it
    /// (for tests and logs; see `quotes::memo::CueReads::kept_kinds`).
    pub fn kinds_kept(&self) -> usize {
        self.reads.borrow().kinds_known()
    }

    /// How many quotations of the last text analysed took their attribution from the text
    /// before it (for tests and logs; see `quotes::memo::AttrRecord`).
    pub fn attributions_kept(&self) -> usize {
        self.reads.borrow().attributions_kept()
    }

    /// True when nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }

    /// Analyses `text` as a draft of `format` with `profile`: the same [`Analysis`] as
    /// [`super::pipeline::analyze`] (byte ranges are UTF-8 offsets into `text`, half-open),
    /// reusing the words and tags of the paragraphs of the previous call's text that are
    /// unchanged, and keeping this text's paragraphs for the next call. A panic inside leaves the
    /// state empty (the next call starts from scratch).
    pub fn analyze(&mut self, text: &str, format: Format, profile: &Arc<Profile>) -> Analysis {
        let (doc, lex) = self.document(text, format, profile);
        super::analyze_context(
            Context::with_tags(&doc, profile, lex)
                .with_seed_memo(&self.seeds)
                .with_kept_reads(&self.reads)
                .with_key_memo(&self.keys)
                .with_conventions_memo(&self.conventions),
        )
    }

    /// The document of `text` and its lexicon tags, equal to `Document::new` and
    /// `lexicon::tag` (see [`Incremental::analyze`]), the words and tags of unchanged paragraphs
    /// taken from the previous call; keeps this text's paragraphs for the next call.
    fn document<'t>(
        &mut self,
        text: &'t str,
        format: Format,
        profile: &Arc<Profile>,
    ) -> (Document<'t>, lexicon::Tags) {
        self.reused = 0;
        let reach = match &self.profile {
            Some((p, r)) if Arc::ptr_eq(p, profile) => *r,
            _ => {
                self.paragraphs.clear();
                *self.seeds.get_mut() = names::SeedMemo::default();
                *self.reads.get_mut() = Default::default();
                *self.keys.get_mut() = Default::default();
                let r = lexicon::reach(profile);
                self.profile = Some((profile.clone(), r));
                r
            }
        };
        let old = std::mem::take(&mut self.paragraphs);
        // Per paragraph of the new text: its words (indices into `doc.words`) and, when they
        // came from `old`, its entry there, shared (a paragraph's text is hashed once to find it
        // and once to keep it; two paragraphs of the same text share one entry).
        let mut spans: Vec<(Range<usize>, Option<Kept>)> = Vec::new();
        // The last version's masked text and words, for the words of a changed paragraph that
        // lie away from the change (`retokenize`).
        let memo = self.seeds.borrow();
        let (old_prose, old_words, _) = memo.last_version();
        let mut fresh = 0;
        let doc = Document::new_with(text, format, |masked, paragraphs| {
            let last = Last::of(masked, old_prose, old_words);
            let mut words = Vec::with_capacity(masked.len() / 8);
            for p in paragraphs {
                let first = words.len();
                let m = masked.get(p.clone()).unwrap_or("");
                let source = text.get(p.clone());
                let kept = source
                    .and_then(|s| old.get_key_value(s))
                    .filter(|(s, e)| e.masked.as_deref().unwrap_or(s) == m)
                    .map(|(s, e)| (s.clone(), e.clone()));
                match &kept {
                    Some((_, e)) => {
                        words.extend(e.words.iter().filter_map(|w| shifted(w, p.start, true)))
                    }
                    None => fresh += last.retokenize(masked, p.clone(), &mut words),
                }
                spans.push((first..words.len(), kept));
            }
            words
        });
        drop(memo);
        self.fresh_bytes = fresh;
        let lex = self.tags(&doc, profile, reach, &spans);
        self.paragraphs = kept(text, &doc, &lex, spans);
        (doc, lex)
    }

    /// The lexicon tags of `doc` ([`lexicon::tag_with`]), taking the last version's tags of
    /// every word whose tag window (the words [`lexicon::BACK`] before it to `reach` after it)
    /// lies inside a paragraph reused from it (`spans`: per paragraph of `doc`, its words and
    /// its kept entry) or in the start or the end `doc` shares with it
    /// ([`Incremental::known_at_the_ends`]); records how many paragraphs were reused and how many
    /// words were tagged afresh. Either source gives a word the tags the last version gave it,
    /// which are this version's (see the module documentation), so a word in both takes the
    /// paragraph's.
    fn tags(
        &mut self,
        doc: &Document,
        profile: &Arc<Profile>,
        reach: usize,
        spans: &[(Range<usize>, Option<Kept>)],
    ) -> lexicon::Tags {
        // Runs of words whose tags are known, in word order: (first word, the tags from it on).
        let mut runs: Vec<(usize, &[WordTags])> = Vec::new();
        for (span, kept) in spans {
            let Some((_, e)) = kept else {
                continue;
            };
            // Word j of the paragraph reads words j - BACK to j + reach: all inside it.
            let end = span.len().saturating_sub(reach);
            if let Some(tags) = e.tags.get(lexicon::BACK..end) {
                runs.push((span.start + lexicon::BACK, tags));
            }
        }
        self.reused = spans.iter().filter(|(_, k)| k.is_some()).count();
        let ends = self.known_at_the_ends(doc, reach);
        let memo = self.seeds.borrow();
        let (_, _, old_tags) = memo.last_version();
        let (mut run, mut tagged) = (0, 0);
        let lex = lexicon::tag_with(doc, profile, |i| {
            // `tag_with` asks the words in order: the runs that end before `i` are done.
            while runs.get(run).is_some_and(|&(a, t)| a + t.len() <= i) {
                run += 1;
            }
            let tags = runs
                .get(run)
                .filter(|&&(a, _)| a <= i)
                .and_then(|&(a, t)| t.get(i - a))
                .or_else(|| old_tags.get(ends(i)?))
                .cloned();
            tagged += usize::from(tags.is_none());
            tags
        });
        self.tagged = tagged;
        lex
    }
}

/// The number of words at the start and at the end that the last version (masked text
/// `old_prose`, words `old`) and `doc` have in common. A word is common at the start when it has
/// the same byte range, spelling, key and kind in both, is the last word in both or in neither,
/// and the masked bytes from the text's
/// start up to the next word (or the text's end) are the same in both; at the end, the same with
/// its range moved by the difference in text length and the bytes from the word to the text's
/// end the same in both. So a word whose tag window (the words `BACK` before it to
/// [`lexicon::reach`] after it and the text between them, see [`lexicon::tag_with`]) lies in the
/// common start, or in the common end, has the tags it had in the last version. (Tagging also
/// reads a word's source bytes, for its harakat; inside a word they are its masked bytes, the
/// mask only turning what is not prose into spaces.) Both counts are at most the shorter word
/// count.
fn common_ends(old_prose: &str, old: &[Word], doc: &Document) -> (usize, usize) {
    crate::text::common_word_ends(old_prose, old, doc.prose(), &doc.words, |_, _| true)
}

impl Incremental {
    /// For each word of `doc`, the index of the last version's word whose tags it has when its
    /// tag window (the words [`lexicon::BACK`] before it to `reach` after it) lies in the start
    /// or the end `doc` shares with it ([`common_ends`]), else `None`; the last version is the one
    /// name detection kept (its masked text, words and tags: one version, one profile; empty when
    /// none is kept). Records the two counts in the memo for name detection's comparison of the
    /// same two versions (`names::SeedMemo::set_common_words`).
    fn known_at_the_ends(
        &self,
        doc: &Document,
        reach: usize,
    ) -> impl Fn(usize) -> Option<usize> + use<> {
        let mut memo = self.seeds.borrow_mut();
        let (prose, words, _) = memo.last_version();
        let (start, end) = common_ends(prose, words, doc);
        memo.set_common_words(start, end, doc.words.len(), doc.prose().len());
        let (n, old_n) = (doc.words.len(), memo.last_version().1.len());
        // Word i reads words i - BACK to i + reach: all in the common start (same indexes), or
        // all in the common end (the last version's index is i - n + old_n).
        move |i: usize| {
            if i + reach < start {
                Some(i)
            } else if i >= lexicon::BACK && i - lexicon::BACK >= n - end {
                Some(i + old_n - n)
            } else {
                None
            }
        }
    }
}

/// The entries of `doc`'s paragraphs (source `text`, tags `lex`; per paragraph its span of
/// `doc.words` and its entry in the last version when it was reused) for the next version: a
/// reused paragraph's entry moves over (shared), the others are made from this version's words
/// and tags.
fn kept(
    text: &str,
    doc: &Document,
    lex: &lexicon::Tags,
    spans: Vec<(Range<usize>, Option<Kept>)>,
) -> HashMap<Arc<str>, Arc<Paragraph>> {
    let mut kept = HashMap::with_capacity_and_hasher(doc.paragraphs.len(), Default::default());
    for (p, (span, reused)) in doc.paragraphs.iter().zip(spans) {
        // A reused paragraph's entry moves over as it is: its text, masked text and words are
        // this paragraph's (that is why it was reused), and its tags equal this version's at
        // every word whose tags are ever reused (they were taken from it).
        if let Some((key, entry)) = reused {
            kept.insert(key, entry);
            continue;
        }
        let (Some(s), Some(m)) = (text.get(p.clone()), doc.prose().get(p.clone())) else {
            continue;
        };
        let (Some(words), Some(tags)) = (doc.words.get(span.clone()), lex.words.get(span.clone()))
        else {
            continue;
        };
        kept.insert(
            Arc::from(s),
            Arc::new(Paragraph {
                masked: (m != s).then(|| Box::from(m)),
                words: words
                    .iter()
                    .filter_map(|w| shifted(w, p.start, false))
                    .collect(),
                tags: tags.to_vec(),
            }),
        );
    }
    kept
}

/// Random edits for the tests that compare a kept analysis with a fresh one.
#[cfg(test)]
pub(crate) mod test_edits {
    /// A xorshift generator from `seed`: each call with `n > 0` gives a number in `0..n`.
    pub(crate) fn xorshift(seed: u64) -> impl FnMut(usize) -> usize {
        let mut state = seed;
        move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        }
    }

    /// One random edit of `text` (not empty) drawn with `next`: at a random char boundary, one
    /// time in three deletes 1 to `max_delete` characters, else inserts one of `pieces`.
    pub(crate) fn random_edit(
        text: &mut String,
        pieces: &[&str],
        max_delete: usize,
        next: &mut impl FnMut(usize) -> usize,
    ) {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let at = bounds[next(bounds.len())];
        if next(3) == 0 {
            let end = text[at..]
                .char_indices()
                .nth(1 + next(max_delete))
                .map_or(text.len(), |(i, _)| at + i);
            text.replace_range(at..end, "");
        } else {
            text.insert_str(at, pieces[next(pieces.len())]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::pipeline;

    /// The incremental result and the from-scratch result, as text (every field compared).
    fn both(
        inc: &mut Incremental,
        text: &str,
        format: Format,
        p: &Arc<Profile>,
    ) -> (String, String) {
        let a = inc.analyze(text, format, p);
        let b = pipeline::analyze(text, format, p);
        (format!("{a:?}"), format!("{b:?}"))
    }

    #[test]
    fn an_unchanged_paragraph_is_reused_and_the_result_is_the_scratch_one() {
        let p = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        let v1 = "دمشق - قال وزير الخارجية فيصل المقداد: «الحل سياسي».\n\nوأضاف المقداد أن الحوار مستمر.";
        let (a, b) = both(&mut inc, v1, Format::Plain, &p);
        assert_eq!(a, b);
        assert_eq!(inc.len(), 2);
        // An edit in the first paragraph moves the second one: its words come from the cache.
        let v2 = "دمشق - قال وزير الخارجية السوري فيصل المقداد: «الحل سياسي».\n\nوأضاف المقداد أن الحوار مستمر.";
        let (a, b) = both(&mut inc, v2, Format::Plain, &p);
        assert_eq!(a, b);
        assert_eq!(inc.len(), 2);
        // A paragraph split in the middle of a title phrase (وزير | الخارجية).
        let v3 = "دمشق - قال وزير\nالخارجية السوري فيصل المقداد: «الحل سياسي».\n\nوأضاف المقداد أن الحوار مستمر.";
        let (a, b) = both(&mut inc, v3, Format::Plain, &p);
        assert_eq!(a, b);
        assert_eq!(inc.len(), 3);
    }

    /// The document's words and tags made incrementally, and from scratch, as text.
    fn words_and_tags(inc: &mut Incremental, text: &str, p: &Arc<Profile>) -> (String, String) {
        words_and_tags_in(inc, text, Format::Plain, p)
    }

    /// [`words_and_tags`] for a draft of `format`.
    fn words_and_tags_in(
        inc: &mut Incremental,
        text: &str,
        format: Format,
        p: &Arc<Profile>,
    ) -> (String, String) {
        let (doc, lex) = inc.document(text, format, p);
        // Name detection renews the last version the next call compares with, as in `analyze`.
        Context::with_tags(&doc, p, lex.clone())
            .with_seed_memo(&inc.seeds)
            .names();
        let scratch = Document::new(text, format);
        let tags = lexicon::tag(&scratch, p);
        // The set of post surnames is compared sorted (a hash set's order is not its content).
        let sorted = |t: &lexicon::Tags| {
            let mut v: Vec<&String> = t.post_surnames.iter().collect();
            v.sort();
            format!("{v:?}")
        };
        (
            format!("{:?} {:?} {}", doc.words, lex.words, sorted(&lex)),
            format!("{:?} {:?} {}", scratch.words, tags.words, sorted(&tags)),
        )
    }

    #[test]
    fn the_words_at_a_paragraph_edge_are_tagged_again_in_their_new_surroundings() {
        // Each pair: one line is unchanged and reused, but what its edge words read lies in the
        // other line (باسم after a spokesman noun; a title of two words, a feminine participle
        // before إلى), which the edit changes. The reused lines are longer than the reach (5).
        let p = Arc::new(Profile::embedded());
        let bism = "باسم الجيش إن الهدوء عاد إلى المدينة بعد ليلة طويلة من القصف المتواصل.";
        let title = "وأعلن في مؤتمر صحفي عقده مساء أمس في العاصمة وسط حضور كبير رئيس";
        let participle = "وأعلنت الوزيرة في مؤتمر صحفي عقدته مساء أمس في العاصمة رحيلها مشيرة";
        let place =
            "ووصل إلى العاصمة مساء أمس وفد رفيع يرأسه وزير الخارجية قادما من المملكة العربية";
        let cases = [
            (
                format!("قال المتحدث\n{bism}"),
                format!("قال المسؤول\n{bism}"),
                1,
            ),
            (
                format!("{title}\nالوزراء أن الوفد وصل."),
                format!("{title}\nالمدينة أن الوفد وصل."),
                0,
            ),
            (
                format!("{participle}\nإلى أن الوقت حان."),
                format!("{participle}\nفي أن الوقت حان."),
                0,
            ),
            // A place of three words whose first word is the line's last but one.
            (
                format!("{place}\nالسعودية أمس."),
                format!("{place}\nالمتحدة أمس."),
                0,
            ),
        ];
        for (a, b, line) in &cases {
            for (x, y) in [(a, b), (b, a)] {
                let mut inc = Incremental::new();
                let (i, s) = words_and_tags(&mut inc, x, &p);
                assert_eq!(i, s);
                let (i, s) = words_and_tags(&mut inc, y, &p);
                assert_eq!(i, s, "{x:?} -> {y:?}");
                assert_eq!(inc.reused(), 1, "{x:?} -> {y:?}");
            }
            // The reused line's tags do change with the other line: a stale tag would show.
            let tags_of = |t: &str| {
                let doc = Document::new(t, Format::Plain);
                let tags = lexicon::tag(&doc, &p);
                let r = doc.paragraphs[*line].clone();
                let (from, to) = (doc.word_index_at(r.start), doc.word_index_at(r.end));
                format!("{:?}", &tags.words[from..to])
            };
            assert_ne!(tags_of(a), tags_of(b), "{a:?}");
        }
    }

    #[test]
    fn edits_next_to_line_breaks_leave_the_words_and_tags_of_scratch() {
        // Lines that end inside a phrase (رئيس | الوزراء، المملكة العربية | السعودية، على حد |
        // قوله) or before باسم and إلى; each step replaces, inserts or deletes a word right before
        // or after a random line break, so the unchanged lines' edge words change surroundings.
        let p = Arc::new(Profile::embedded());
        let mut text: String = String::from(
            "وأعلن في مؤتمر صحفي عقده مساء أمس في العاصمة وسط حضور كبير من الصحفيين رئيس\nالوزراء أن الوفد وصل اليوم إلى المطار وقال المتحدث\nباسم الحكومة إن المفاوضات ستستمر حتى نهاية الأسبوع المقبل مشيرة\nإلى أن الوقت حان ووصل وفد رفيع يرأسه وزير الخارجية قادما من المملكة العربية\nالسعودية أمس على حد\nقوله إن الزيارة تاريخية وإن الوفد سيبقى أياما في العاصمة قبل أن يغادر إلى الرياض.\n",
        );
        let words = [
            "الوزراء",
            "باسم",
            "إلى",
            "السعودية",
            "قوله",
            "المتحدث",
            "رئيس",
            "المدينة",
            "في",
            "العربية",
        ];
        let mut next = super::test_edits::xorshift(0x2545_F491_4F6C_DD1D);
        let start = text.clone();
        for format in [Format::Plain, Format::Markdown] {
            // In Markdown the lines are paragraphs when blank lines part them.
            text = match format {
                Format::Plain => start.clone(),
                Format::Markdown => start.replace('\n', "\n\n"),
            };
            let mut inc = Incremental::new();
            let mut reused = 0;
            for step in 0..200 {
                let breaks: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
                let at = breaks[next(breaks.len())];
                let w = words[next(words.len())];
                match next(4) {
                    0 => text.insert_str(at + 1, &format!("{w} ")),
                    1 => text.insert_str(at, &format!(" {w}")),
                    2 => {
                        // Delete the word after the break (up to the next space).
                        let rest = &text[at + 1..];
                        if let Some(sp) = rest.find(' ') {
                            text.replace_range(at + 1..at + 1 + sp + 1, "");
                        }
                    }
                    _ => {
                        // Delete the word before the break (back to the previous space).
                        if let Some(sp) = text[..at].rfind(' ') {
                            text.replace_range(sp..at, "");
                        }
                    }
                }
                let (i, s) = words_and_tags_in(&mut inc, &text, format, &p);
                assert!(i == s, "{format:?} step {step}: {text:?}");
                reused += inc.reused();
            }
            assert!(reused > 100, "{format:?}: {reused} paragraphs reused");
        }
    }

    #[test]
    fn a_keystroke_tags_again_only_the_words_near_it() {
        // Thirty lines of plain text (each a paragraph, so each has edge words whose tags read
        // the next or the line before): a letter typed at the end of a middle line, or a word
        // deleted there, leaves every word but those a few words around it with its last tags,
        // and the words and tags are the scratch ones. A title over the line break (رئيس |
        // الوزراء) and باسم after a spokesman noun at a line start make the edge tags real.
        let p = Arc::new(Profile::embedded());
        let lines = [
            "وأعلن في مؤتمر صحفي عقده مساء أمس رئيس",
            "الوزراء أن الوفد وصل اليوم إلى المطار وقال المتحدث",
            "باسم الحكومة إن المفاوضات ستستمر حتى نهاية الأسبوع.",
        ];
        let mut text = String::new();
        for _ in 0..10 {
            for l in lines {
                text.push_str(l);
                text.push('\n');
            }
        }
        let mut inc = Incremental::new();
        let (i, s) = words_and_tags(&mut inc, &text, &p);
        assert_eq!(i, s);
        let words = Document::new(&text, Format::Plain).words.len();
        assert_eq!(inc.tagged(), words);
        // The end of line 15 ("... المتحدث"), then the same line with its last word deleted.
        let line_end = |t: &str| t.match_indices('\n').nth(15).map(|(i, _)| i).unwrap();
        let at = line_end(&text);
        text.insert(at, 'ب');
        let (i, s) = words_and_tags(&mut inc, &text, &p);
        assert_eq!(i, s);
        let reach = lexicon::reach(&p);
        assert!(
            inc.tagged() <= lexicon::BACK + reach + 2,
            "{} tagged",
            inc.tagged()
        );
        assert!(inc.tagged() >= 1);
        let at = line_end(&text);
        let from = text[..at].rfind(' ').unwrap();
        text.replace_range(from..at, "");
        let (i, s) = words_and_tags(&mut inc, &text, &p);
        assert_eq!(i, s);
        assert!(
            inc.tagged() <= lexicon::BACK + reach + 2,
            "{} tagged",
            inc.tagged()
        );
        // The same text again: nothing is tagged afresh.
        let (i, s) = words_and_tags(&mut inc, &text.clone(), &p);
        assert_eq!(i, s);
        assert_eq!(inc.tagged(), 0);
    }

    #[test]
    fn a_changed_paragraph_is_tokenized_again_only_near_the_change() {
        // Long paragraphs (each one line of many words, as a Markdown paragraph or a plain line)
        // and random edits of the pieces the tokenizer reads together or apart: letters, a taa
        // marbuta before a letter (glued words), harakat, tatweel, a zero-width non-joiner,
        // Latin letters, digits, spaces (ASCII and no-break), line breaks, quotation marks. The
        // words and tags after every edit are the scratch ones, and a letter typed inside a long
        // paragraph tokenizes again only the word it lands in.
        let p = Arc::new(Profile::embedded());
        let line = "وقال الوزير سامي النجار في مؤتمر صحفي عقده مساء أمس إن الحكومة ماضية في خطتها رغم الصعوبات الكبيرة التي تواجهها منذ سنوات طويلة";
        let start: String = (0..4)
            .map(|k| format!("{line} {k}"))
            .collect::<Vec<_>>()
            .join("\n\n");
        let pieces = [
            "ب", "ة", "َ", "ـ", "\u{200c}", "x", "7", " ", "\u{a0}", "\n", "\n\n", "«", "»", "الـ",
        ];
        let mut next = super::test_edits::xorshift(0x1234_5678_9ABC_DEF1);
        for format in [Format::Markdown, Format::Plain] {
            let mut text = start.clone();
            let mut inc = Incremental::new();
            for step in 0..300 {
                super::test_edits::random_edit(&mut text, &pieces, 3, &mut next);
                let (i, s) = words_and_tags_in(&mut inc, &text, format, &p);
                assert!(i == s, "{format:?} step {step}: {text:?}");
            }
            // A letter at the end of a word in the middle of the second paragraph: only that
            // word (and the space after it) is read again.
            let text = start.clone();
            words_and_tags_in(&mut inc, &text, format, &p);
            let second = text.find("\n\n").unwrap() + 2;
            let at = second + text[second..].find("مؤتمر").unwrap() + "مؤتمر".len();
            let mut edited = text.clone();
            edited.insert(at, 'ب');
            let (i, s) = words_and_tags_in(&mut inc, &edited, format, &p);
            assert_eq!(i, s);
            assert!(
                inc.fresh_bytes() <= "مؤتمرب ".len(),
                "{} bytes",
                inc.fresh_bytes()
            );
            assert!(inc.fresh_bytes() > 0);
        }
    }

    #[test]
    fn a_paragraph_written_twice_is_reused_in_both_places() {
        // The two equal paragraphs share one entry: the first takes it over, the second is
        // kept from its own words; both stay equal to scratch over three versions.
        let p = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        let same = "وقال المتحدث باسم الوزارة إن الاجتماع انتهى مساء أمس دون اتفاق.";
        for (step, head) in ["قال الوزير:", "قال الوزيرة:", "وقال الوزير:"]
            .iter()
            .enumerate()
        {
            let text = format!("{head} «نعم».\n\n{same}\n\n{same}");
            let (a, b) = both(&mut inc, &text, Format::Markdown, &p);
            assert_eq!(a, b, "step {step}");
            let (i, s) = words_and_tags_in(&mut inc, &text, Format::Markdown, &p);
            assert_eq!(i, s, "step {step}");
            assert_eq!(inc.len(), 2);
        }
        assert_eq!(inc.reused(), 3);
    }

    #[test]
    fn name_seeds_kept_from_the_last_version_equal_the_scratch_ones() {
        // A draft long enough that most words lie far from an edit (the seeds' window is some
        // thirty words): titles, given names, reporting verbs, a doctor's abbreviation, a name
        // set off after a post, places and organisations. Each step inserts or deletes a piece at
        // a random place (inside a word, next to a title or name, a line break); the analyses are
        // compared whole after every step.
        let p = Arc::new(Profile::embedded());
        let paragraphs = [
            "قال وزير الخارجية الأردني أيمن الصفدي إن الحوار مستمر مع الجانب الآخر منذ أسابيع.",
            "وأضاف الصفدي أن المملكة لن تتخلى عن دورها، مشيرا إلى أن الوضع صعب.",
            "والتقى رئيس الوزراء بشر الخصاونة في عمان وفدا من حركة حماس برئاسة د. سامي الحلو، وقال للصحفيين إن اللقاء كان مثمرا.",
            "وقالت مايا وانغ، الباحثة في المنظمة، إن السلطات لم ترد على الأسئلة حتى الآن.",
            "رئيس لجنة المهرجانات، جورج خوري، قال إن الدورة المقبلة ستقام في مدينة جرش.",
            "وأكد اللواء علي مملوك أن الوضع الأمني مستقر، في حين قال اللواء مملوك عرض تقريرا مفصلا.",
            "وذكرت وكالة الأنباء الرسمية أن الرئيس السيسي استقبل المستشارة الألمانية أنغيلا ميركل في القاهرة.",
            "وأعلنت شركة بوينغ أن البوينغ الجديدة ستصل إلى مطار الملكة علياء الشهر المقبل.",
            "وفاز الأسترالي كيفن كوسبر بالسباق، وهنأه المدرب تشاد هيرلي بعد النهاية مباشرة.",
            "ورأى تشاد هيرلي أن الفوز مستحق، في حين قال لاعب الفريق إن النار اشتعلت في المدرج.",
        ];
        let mut text = String::new();
        for round in 0..3 {
            for (k, para) in paragraphs.iter().enumerate() {
                if (k + round) % 3 == 0 {
                    text.push_str("وقال المتحدث باسم الحكومة إن الاجتماع انتهى مساء أمس دون اتفاق على البنود.\n\n");
                }
                text.push_str(para);
                text.push_str("\n\n");
            }
        }
        let pieces = [
            "ب",
            "ي",
            " ",
            "،",
            ".",
            "\n",
            "\n\n",
            "قال ",
            "الرئيس ",
            "محمد ",
            "الوزير ",
            "وقالت ",
            "عبد ",
            "د. ",
            "، ",
            "السوري ",
            "بن ",
        ];
        let mut next = super::test_edits::xorshift(0x9E37_79B9_7F4A_7C15);
        let mut inc = Incremental::new();
        let mut reused = 0;
        for step in 0..60 {
            // Delete up to four characters, or insert a piece.
            super::test_edits::random_edit(&mut text, &pieces, 4, &mut next);
            let (a, b) = both(&mut inc, &text, Format::Plain, &p);
            assert!(a == b, "step {step}: {text:?}");
            reused += inc.seeds.borrow().reused();
        }
        // Most words kept their seeds (the draft has some 600 words).
        assert!(reused > 60 * 300, "{reused} words reused");
    }

    #[test]
    fn an_edit_after_a_word_renews_what_the_name_patterns_read_of_it() {
        // Each pair differs in one word or mark a few words after a word whose pattern flags read
        // it (a nationality before one or two names; a pair of words repeated as a full name);
        // the lines around are long enough to be kept. The names differ between the two, so a
        // stale flag would show.
        let p = Arc::new(Profile::embedded());
        let pad = "وقالت الحكومة في بيان صدر مساء أمس إن الاجتماع المقبل سيعقد في العاصمة بعد أسبوعين من الآن لبحث الملفات العالقة بين الجانبين.";
        let cases = [
            (
                "وفاز الأسترالي كيفن كوسبر بالسباق بعد منافسة قوية.",
                "وفاز الأسترالي كيفن كوسبر، بالسباق بعد منافسة قوية.",
            ),
            (
                "وهنأه المدرب تشاد هيرلي بعد النهاية ثم غادر الملعب.",
                "وهنأه المدرب تشاد الهيرلي بعد النهاية ثم غادر الملعب.",
            ),
        ];
        let names = |t: &str| format!("{:?}", pipeline::analyze(t, Format::Plain, &p).names);
        for (a, b) in cases {
            let x = format!("{pad} {pad}\n{a} {pad}\nورأى تشاد هيرلي أن الفوز مستحق. {pad}\n");
            let y = x.replacen(a, b, 1);
            assert_ne!(names(&x), names(&y), "{a}");
            for (u, v) in [(&x, &y), (&y, &x)] {
                let mut inc = Incremental::new();
                let (i, s) = both(&mut inc, u, Format::Plain, &p);
                assert_eq!(i, s);
                let (i, s) = both(&mut inc, v, Format::Plain, &p);
                assert!(i == s, "{u:?} -> {v:?}");
                assert!(inc.seeds.borrow().reused() > 40);
            }
        }
    }

    #[test]
    fn seed_entities_are_kept_while_the_seeds_have_the_same_facts() {
        // Letters typed after the last sentence leave every seed as it was (its word, tags and
        // the words around it): the seed entities are taken from the last version. A family
        // name written otherwise changes a seed's key: they are made afresh. The analyses are
        // the scratch ones throughout.
        let p = Arc::new(Profile::embedded());
        let mut text = String::from(
            "قال وزير الزراعة سامر الحلبي إن موسم القمح جيد هذا العام.\n\nوأضاف الحلبي أن \
             الأمطار كانت غزيرة في محافظة إدلب والمناطق المجاورة لها.\n\nوكانت المزارعة هدى \
             النعيمي قد أكدت في حديث سابق لوكالة رويترز أن الأسعار سترتفع.",
        );
        let mut inc = Incremental::new();
        let (a, b) = both(&mut inc, &text, Format::Markdown, &p);
        assert_eq!(a, b);
        let kept = |inc: &Incremental| inc.seeds.borrow().seeded_reused();
        assert_eq!(kept(&inc), 0);
        for step in 0..5 {
            text.push('ب');
            let (a, b) = both(&mut inc, &text, Format::Markdown, &p);
            assert!(a == b, "step {step}");
        }
        let after_typing = kept(&inc);
        assert!(after_typing >= 3, "{after_typing} analyses kept them");
        text = text.replace("الحلبي", "الخطيب");
        let (a, b) = both(&mut inc, &text, Format::Markdown, &p);
        assert_eq!(a, b);
        assert_eq!(kept(&inc), after_typing);
    }

    #[test]
    fn a_new_profile_drops_the_facts() {
        let p = Arc::new(Profile::embedded());
        let q = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        let v = "قال الرئيس نجيب ميقاتي إن الحكومة باقية.";
        let (a, b) = both(&mut inc, v, Format::Plain, &p);
        assert_eq!(a, b);
        let (a, b) = both(&mut inc, v, Format::Plain, &q);
        assert_eq!(a, b);
        assert!(Arc::ptr_eq(&inc.profile.as_ref().unwrap().0, &q));
    }
}
