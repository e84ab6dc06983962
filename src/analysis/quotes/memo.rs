//! What the speaker reader computes once per analysis and reuses (both held by the analysis's
//! `Context`, and used only with the context's own list of person mentions):
//!
//! - [`Surnames`]: the last words of the story's person mentions, so that asking whether a word
//!   is a family name the story introduced in full (`speaker::surname_in_story`) is a hash lookup
//!   instead of a walk over the mentions, which made the reader quadratic in a long draft;
//! - [`CueReads`]: the reading of each reporting cue with its limit (`speaker::read_cue`), which
//!   the turn reader (`continuity::Clauses`) and the attribution of each quotation both ask for;
//! - [`KeptReads`]: an open draft's cue readings kept from one version to the next (the language
//!   server's incremental analysis), with what they were read from, so that a keystroke reads
//!   again only the cues near it; and, the same way, which words the turn reader
//!   (`continuity::Clauses::new`) read as nothing at all and what it read by itself at the
//!   others ([`CueReads::kept_words`]), so that a keystroke does not run its per-word tests
//!   again far from the edit;
//! - [`AttrRecord`]: an open draft's attributions kept from one version to the next with the
//!   story-level answers they read, so that a keystroke does not attribute again the quotations
//!   before the edit whose record still holds ([`CueReads::kept_attributions`]).

use super::continuity::Own;
use super::speaker::{Gender, Read};
use super::{Attribution, MarkKind, Quote, QuoteForm};
use crate::analysis::Context;
use crate::analysis::credits::CreditKind;
use crate::analysis::lexicon::WordTags;
use crate::text::intern::Text;
use crate::text::{Document, Format};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::ops::Range;

/// A cue reading as [`CueReads`] holds it: a [`Read`] with its speaker boxed (16 bytes, against 72
/// for a `Read`), so the table of a long draft's readings, whose slots are half empty, takes a
/// quarter of the room: in a 5 MB draft it was the last table to grow while name detection's
/// were held (2.9 MB), the peak of the whole run.
#[derive(Debug)]
enum Held {
    /// [`Read::Named`].
    Named(Box<super::speaker::Named>),
    /// [`Read::Pronoun`].
    Pronoun,
    /// [`Read::Unclear`].
    Unclear,
}

impl Held {
    /// `read` as the memo holds it.
    fn of(read: Read) -> Held {
        match read {
            Read::Named(n) => Held::Named(Box::new(n)),
            Read::Pronoun => Held::Pronoun,
            Read::Unclear => Held::Unclear,
        }
    }

    /// A copy of the reading held.
    fn read(&self) -> Read {
        match self {
            Held::Named(n) => Read::Named(n.as_ref().clone()),
            Held::Pronoun => Read::Pronoun,
            Held::Unclear => Read::Unclear,
        }
    }
}

/// Cue readings by (cue word index, limit word index), both as `u32` (8 bytes a key, not 16).
type Reads = FxHashMap<(u32, u32), Held>;

/// The key of the reading of the cue at word `i` up to word `limit`, when both fit in `u32`
/// (a reading whose indexes do not is not remembered: it is read again when asked).
fn read_key(i: usize, limit: usize) -> Option<(u32, u32)> {
    Some((u32::try_from(i).ok()?, u32::try_from(limit).ok()?))
}

/// A paragraph's sentence breaks as [`Breaks`] keeps them: the paragraph's text, the quotations
/// it was read among ([`breaks_key`]) and its breaks, from the paragraph's start.
#[derive(Debug)]
struct BreaksEntry {
    body: Box<str>,
    key: Vec<usize>,
    breaks: Vec<usize>,
}

/// Entries by [`text_sample`] of their paragraph's text.
type BreaksOf = FxHashMap<u64, Vec<BreaksEntry>>;

/// A hash of the length and the first and last 32 bytes of `body`: cheap on a long paragraph;
/// the entries it finds are then compared with the whole text.
fn text_sample(body: &str) -> u64 {
    use std::hash::Hasher;
    let b = body.as_bytes();
    let n = b.len().min(32);
    let mut h = rustc_hash::FxHasher::default();
    h.write_usize(b.len());
    h.write(&b[..n]);
    h.write(&b[b.len() - n..]);
    h.finish()
}

/// The sentence breaks of paragraphs by their text (`sentence::sentence_breaks`): this version's
/// and the draft's last version's. A paragraph's breaks are a function of its text and of the
/// quotations [`breaks_key`] lists, wherever it stands, so an entry holds in any version.
/// Memory: the texts of the paragraphs with quotations, twice at most.
#[derive(Debug, Default)]
struct Breaks {
    /// This version's entries.
    this: BreaksOf,
    /// The last version's (taken from [`KeptReads`] by [`KeptReads::prime`]).
    last: BreaksOf,
}

impl Breaks {
    /// The breaks of a paragraph of text `body` starting at byte `start`, among quotations of key
    /// `key`, if this version or the last one has them; one found in the last version moves to
    /// this one's.
    fn get(&mut self, body: &str, key: &[usize], start: usize) -> Option<Vec<usize>> {
        let h = text_sample(body);
        let same = |e: &BreaksEntry| e.key == key && *e.body == *body;
        let moved = |e: &BreaksEntry| e.breaks.iter().map(|&b| start + b).collect();
        if let Some(e) = self.this.get(&h).and_then(|l| l.iter().find(|e| same(e))) {
            return Some(moved(e));
        }
        let list = self.last.get_mut(&h)?;
        let at = list.iter().position(same)?;
        let e = list.swap_remove(at);
        let out = moved(&e);
        self.this.entry(h).or_default().push(e);
        Some(out)
    }

    /// Remembers `breaks` as this version's breaks of a paragraph of text `body` starting at byte
    /// `start`, among quotations of key `key`.
    fn put(&mut self, body: &str, key: Vec<usize>, start: usize, breaks: &[usize]) {
        self.this
            .entry(text_sample(body))
            .or_default()
            .push(BreaksEntry {
                body: body.into(),
                key,
                breaks: breaks.iter().map(|&b| b - start).collect(),
            });
    }
}

/// What the sentence breaks of paragraph `para` read of `quotes` (sorted by start), from the
/// paragraph's start: `quote::inside_quote` asks, for a mark at byte `a` of the paragraph, the
/// last four quotations whose text opens at or before `a`, so the ones that can answer are the
/// last four opening before the paragraph, by where their text ends (clamped to the paragraph:
/// an end before it or past it answers alike), and every one opening in it, by where its text
/// opens and ends (the end clamped the same way). The key: how many of the first kind, their
/// ends, then the second kind's (start, end) pairs.
pub(crate) fn breaks_key(quotes: &[Quote], para: &Range<usize>) -> Vec<usize> {
    let clamp = |e: usize| e.clamp(para.start, para.end) - para.start;
    let p0 = quotes.partition_point(|q| q.inner.start < para.start);
    let p1 = quotes.partition_point(|q| q.inner.start < para.end);
    let before = &quotes[p0.saturating_sub(4)..p0];
    let mut key = Vec::with_capacity(1 + before.len() + 2 * (p1.max(p0) - p0));
    key.push(before.len());
    key.extend(before.iter().map(|q| clamp(q.inner.end)));
    for q in quotes.get(p0..p1).unwrap_or(&[]) {
        key.push(q.inner.start - para.start);
        key.push(clamp(q.inner.end));
    }
    key
}

/// The answers of `speaker::read_cue` by (cue word index, limit word index).
#[derive(Debug, Default)]
pub(crate) struct CueReads {
    reads: RefCell<Reads>,
    /// What [`KeptReads::prime`] kept of the last version for [`CueReads::kept_words`].
    inert: RefCell<Option<Inert>>,
    /// This version's turn reader: the words it read a clause or topic at with their own reads,
    /// and the quotations it read among ([`CueReads::note_clauses`]), for [`KeptReads::keep`].
    clauses: RefCell<Option<(Vec<(usize, Own)>, Vec<QuoteKey>)>>,
    /// How many words [`CueReads::kept_words`] found inert for this version.
    inert_count: std::cell::Cell<usize>,
    /// How many words [`CueReads::kept_words`] knew the own read of for this version.
    own_count: std::cell::Cell<usize>,
    /// This version's quotations before they were classified, and the kind `kind::classify_with`
    /// read for each ([`CueReads::note_kinds`]), for [`KeptReads::keep`].
    kinds: RefCell<Option<(Vec<QuoteKey>, Vec<Kind>)>>,
    /// How many quotations [`CueReads::kept_kinds`] knew the kind of for this version.
    kinds_count: std::cell::Cell<usize>,
    /// True when an open draft keeps this version's facts ([`KeptReads::prime`] was asked):
    /// only then are the turn reader's words and the quotations' kinds noted.
    keeping: std::cell::Cell<bool>,
    /// The sentence breaks of paragraphs, this version's and the last version's
    /// ([`CueReads::breaks`]); used only while `keeping`.
    breaks: RefCell<Breaks>,
    /// The keys filled from the last version ([`CueReads::fill`]), checked in test builds.
    #[cfg(debug_assertions)]
    primed: RefCell<rustc_hash::FxHashSet<(usize, usize)>>,
    /// The last version's attribution record with what this version shares with it, put by
    /// [`KeptReads::prime`] and used up by [`CueReads::kept_attributions`].
    attrs_last: RefCell<Option<(Shared, AttrRecord)>>,
    /// This version's attribution record ([`CueReads::note_attributions`]), for
    /// [`KeptReads::keep`].
    attrs_this: RefCell<Option<AttrRecord>>,
    /// How many quotations took their attribution from the last version.
    attrs_count: std::cell::Cell<usize>,
}

impl CueReads {
    /// The reading remembered for the cue at word `i` read up to word `limit`, if any.
    pub(super) fn get(&self, i: usize, limit: usize) -> Option<Read> {
        self.reads
            .borrow()
            .get(&read_key(i, limit)?)
            .map(Held::read)
    }

    /// Remembers `read` as the reading of the cue at word `i` read up to word `limit`.
    pub(super) fn put(&self, i: usize, limit: usize, read: Read) {
        if let Some(key) = read_key(i, limit) {
            self.reads.borrow_mut().insert(key, Held::of(read));
        }
    }

    /// Forgets every reading and frees the table (the context calls it once the quotations are
    /// read: a later reading is computed afresh, with the same answer).
    pub(crate) fn free(&self) {
        *self.reads.borrow_mut() = FxHashMap::default();
        *self.breaks.borrow_mut() = Breaks::default();
    }

    /// The sentence breaks of paragraph `para` of `cx`'s prose among `quotes`
    /// (`sentence::sentence_breaks`), with `fresh` computing them: taken from this version or
    /// the draft's last version when the paragraph's text and the quotations it depends on
    /// ([`breaks_key`]) are the same, else computed and remembered. Without an open draft
    /// (nothing kept: the command line, or once the quotations are read) they are computed.
    pub(crate) fn breaks(
        &self,
        cx: &Context,
        para: &Range<usize>,
        quotes: &[Quote],
        fresh: impl FnOnce() -> Vec<usize>,
    ) -> Vec<usize> {
        let Some(body) = cx.doc.prose().get(para.clone()) else {
            return fresh();
        };
        // `breaks_key` lists the quotations `inside_quote` reads only when they are in order.
        if !self.keeping.get() || !quotes.is_sorted_by_key(|q| q.inner.start) {
            return fresh();
        }
        let key = breaks_key(quotes, para);
        if let Some(kept) = self.breaks.borrow_mut().get(body, &key, para.start) {
            #[cfg(debug_assertions)]
            assert_eq!(kept, fresh(), "kept sentence breaks differ from fresh ones");
            return kept;
        }
        let out = fresh();
        self.breaks.borrow_mut().put(body, key, para.start, &out);
        out
    }

    /// Takes every reading out (the table is left empty), for [`KeptReads::keep`].
    fn take(&self) -> Reads {
        #[cfg(debug_assertions)]
        self.primed.borrow_mut().clear();
        std::mem::take(&mut *self.reads.borrow_mut())
    }

    /// Adds `reads`, the readings [`KeptReads::prime`] kept from the draft's last version (by cue
    /// word index and limit word index of this version).
    fn fill(&self, reads: Reads) {
        #[cfg(debug_assertions)]
        self.primed
            .borrow_mut()
            .extend(reads.keys().map(|&(i, limit)| (i as usize, limit as usize)));
        self.reads.borrow_mut().extend(reads);
    }

    /// What the turn reader (`continuity::Clauses::new`, reading among `quotes`, this version's
    /// quotations before attribution) reads at the words of this version, known from the
    /// draft's last version ([`KeptWords`]) for the words whose window lies in the start or the
    /// end both versions share (see [`Inert`]). `None` when nothing is kept (no last version,
    /// another profile, format, person mentions, `post_surnames`, datelines, or quotations near
    /// the shared parts). Asked once per analysis (what was kept is used up).
    pub(super) fn kept_words(&self, cx: &Context, quotes: &[Quote]) -> Option<KeptWords> {
        let out = self.inert.borrow_mut().take()?.words(cx, quotes)?;
        self.inert_count
            .set(out.inert.iter().filter(|&&b| b).count());
        self.own_count.set(out.own.len());
        Some(out)
    }

    /// The kinds of this version's quotations `quotes` (before they are classified) known from
    /// the draft's last version: `out[k]` is what `kind::classify_with` read for quotation `k`
    /// by itself and with the one before it (see [`Kind`]), for a quotation whose window, from
    /// two paragraphs before its own or the previous quotation's to two paragraphs after its
    /// own (`kind::PULL_QUOTE_REACH` for a quotation standing alone in its paragraph, which
    /// searches that far for the passage it repeats), lies in the start or the end both versions
    /// share, with the same quotations there (moved in the end). `None` when nothing is kept.
    pub(super) fn kept_kinds(&self, cx: &Context, quotes: &[Quote]) -> Option<Vec<Option<Kind>>> {
        let out = self.inert.borrow().as_ref()?.kinds(cx, quotes)?;
        self.kinds_count.set(out.iter().flatten().count());
        Some(out)
    }

    /// Notes the kinds `kind::classify_with` read (`read`, one per quotation) for this
    /// version's `quotes` (before they are classified), for the next version.
    pub(super) fn note_kinds(&self, quotes: &[Quote], read: Vec<Kind>) {
        if !self.keeping.get() {
            return;
        }
        *self.kinds.borrow_mut() = Some((quotes.iter().map(QuoteKey::of).collect(), read));
    }

    /// Notes what this version's turn reader read: `cued`, the word indexes of its clauses and
    /// topics (in order) with their own reads, among `quotes` (this version's quotations before
    /// attribution), for the next version ([`KeptReads::keep`]).
    pub(super) fn note_clauses(&self, cued: Vec<(usize, Own)>, quotes: &[Quote]) {
        if !self.keeping.get() {
            return;
        }
        *self.clauses.borrow_mut() = Some((cued, quotes.iter().map(QuoteKey::of).collect()));
    }

    /// True when an open draft keeps this version's facts for the next ([`KeptReads::prime`]
    /// was asked).
    pub(super) fn keeping(&self) -> bool {
        self.keeping.get()
    }

    /// Notes this version's attribution record (see [`AttrRecord`]), for the next version.
    pub(super) fn note_attributions(&self, record: AttrRecord) {
        if self.keeping.get() {
            *self.attrs_this.borrow_mut() = Some(record);
        }
    }

    /// The attributions of this version's quotations known from the draft's last version (see
    /// [`AttrRecord`] for when one holds), given `story`, what this version's attribution pass
    /// reads of the story (its quotations before attribution among them). `None` when nothing is
    /// kept. Asked once per analysis (what was kept is used up).
    pub(super) fn kept_attributions(
        &self,
        cx: &Context,
        quotes: &[Quote],
        story: StoryRef,
    ) -> Option<KeptAttributions> {
        let (shared, old) = self.attrs_last.borrow_mut().take()?;
        old.holds_for(cx, &shared, quotes, story)
    }

    /// Counts `n` more quotations that took their attribution from the last version.
    pub(super) fn count_kept_attributions(&self, n: usize) {
        self.attrs_count.set(self.attrs_count.get() + n);
    }

    /// True in test builds when the reading of (`i`, `limit`) came from the last version
    /// ([`CueReads::fill`]): `speaker::read_cue` then checks it against a fresh reading.
    #[cfg(debug_assertions)]
    pub(super) fn primed(&self, i: usize, limit: usize) -> bool {
        self.primed.borrow().contains(&(i, limit))
    }
}

/// What [`CueReads::kept_words`] knows of this version's words from the last version.
#[derive(Debug, Default)]
pub(super) struct KeptWords {
    /// `inert[i]`: word `i` reads as nothing (the last version read no clause and no topic
    /// there).
    pub inert: Vec<bool>,
    /// The turn reader's own reads (`continuity::Own`) known at words of this version, by word
    /// index (sorted, one each): the last version's, moved when they come from the shared end.
    pub own: Vec<(usize, Own)>,
}

/// The cue readings of an open draft's last version and what they were read from, kept by the
/// language server's incremental analysis (`analysis::incremental::Incremental`) so that a
/// keystroke reads again only the cues near it.
///
/// A reading of the cue at word `i` up to word `limit` ([`CueReads`], `speaker::read_cue`) asks
/// the document's words, tags, masked and source text, paragraphs, the person mentions (also
/// through [`Surnames`]), the document-level `lexicon::Tags::post_surnames` and the profile, and
/// nothing else (no names or quotations) but these facts of the whole story: whether the word
/// after an indefinite description is used apart elsewhere (`np::construct_description`, asked
/// of a word of the phrase it reads), the credits (whether the phrase lies in one,
/// `speaker::credit_span::inside_credit`, and whether ل is joined to the outlet a credit names,
/// `own_outlet::lam_of_story_outlet`) and the starts of the mentions of persons whose given names
/// end in ولد (`speaker::family_after_ould`). Of the words it reads
/// a clause: from the cue's sentence (a subject may stand before the verb) to the limit, and a
/// phrase stops at a line break (`speaker::breaks_phrase`). A reading is kept for the next
/// version only when
///
/// - the profile and format are the same (the incremental analysis drops this memo with its
///   other facts on a new profile; the format is compared here);
/// - the person mentions are the same, those after the edit moved by the change in length, and
///   so are `post_surnames`, the credits with their kinds and the ولد mentions
///   ([`KeptReads::same_credits`]);
/// - its window, from the paragraph before the cue's to the paragraph after the limit's, lies in
///   the start the two versions share or in the end they share ([`Shared`]: the same source and
///   masked bytes, paragraphs, word ranges and tags; in the end, moved by the change in length),
///   the paragraph on each side being a margin that no reading is known to reach;
/// - no word of its window may have another answer to the story-wide question
///   ([`unsteady_words`]: an edit that adds or removes a word of that key, when the story does
///   not have it after three different words elsewhere), and fewer than 17 keys changed.
///
/// A reading kept from the end has its word indexes and byte ranges moved. Test builds check
/// every kept reading that is asked for against a fresh one (`speaker::read_cue`); the
/// incremental tests and the fuzzer's edit path compare whole analyses with scratch ones.
/// Memory: the last version's source text (and masked text when it differs), word ranges (8
/// bytes a word), tags, paragraphs, person mentions and readings.
#[derive(Debug, Default)]
pub(crate) struct KeptReads {
    /// The last version's source text (empty when nothing is kept).
    source: String,
    /// Its masked text when it differs from the source.
    masked: Option<String>,
    /// Its format.
    format: Option<Format>,
    /// Its words' byte ranges (start, end).
    words: Vec<(u32, u32)>,
    /// Its words' tags.
    tags: Vec<WordTags>,
    /// Its words' keys (for [`unsteady_words`]).
    keys: Vec<Text>,
    /// Its credits (byte ranges, in the order `Context::credits` lists them) and their kinds.
    credits: Vec<(Range<usize>, CreditKind)>,
    /// The starts of the mentions of its persons whose given names end in ولد (sorted).
    ould: Vec<usize>,
    /// Its paragraphs (byte ranges).
    paragraphs: Vec<Range<usize>>,
    /// Its person mentions (byte ranges, sorted).
    persons: Vec<Range<usize>>,
    /// Its `lexicon::Tags::post_surnames`.
    post_surnames: std::collections::HashSet<String>,
    /// Its cue readings by (cue word index, limit word index).
    reads: Reads,
    /// How many readings of the version before it were kept for it (for tests and logs).
    primed: usize,
    /// The word indexes its turn reader read a clause or topic at (sorted), when it ran with
    /// this memo ([`CueReads::note_clauses`]).
    cued: Option<Vec<(usize, Own)>>,
    /// Its quotations as the turn reader saw them (before attribution).
    quotes: Vec<QuoteKey>,
    /// Its dateline credits (byte ranges, in order): the turn reader asks whether a word is the
    /// first after one (`continuity::after_dateline`).
    datelines: Vec<Range<usize>>,
    /// How many of its words the turn reader knew inert from the version before it (for tests).
    inert: usize,
    /// How many of its words the turn reader knew the own read of from the version before it
    /// (for tests).
    own_kept: usize,
    /// Its quotations before they were classified, and the kind read for each (see [`Kind`]).
    kind_quotes: Vec<QuoteKey>,
    kinds: Vec<Kind>,
    /// How many of its quotations' kinds were known from the version before it (for tests).
    kinds_known: usize,
    /// The sentence breaks of its paragraphs (see [`Breaks`]).
    breaks: BreaksOf,
    /// Its attribution record (see [`AttrRecord`]).
    attrs: Option<AttrRecord>,
    /// How many of its quotations took their attribution from the version before it (for
    /// tests).
    attrs_kept: usize,
}

/// What `kind::classify_with` reads for a quotation by itself and with the one before it (the
/// form, the word index of the noun of text it is taken from, the word index of the verb of
/// stance), before listing names after names.
pub(crate) type Kind = (QuoteForm, Option<usize>, Option<usize>);

/// A quotation as the turn reader sees it (every field of [`Quote`] but the attribution, which
/// is not made yet when it reads; `attributed` says whether one was there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct QuoteKey {
    range: Range<usize>,
    inner: Range<usize>,
    kind: MarkKind,
    closed: bool,
    speech: bool,
    form: QuoteForm,
    words: usize,
    continuation: bool,
    continues: bool,
    source: Option<usize>,
    stance: Option<usize>,
    attributed: bool,
}

impl QuoteKey {
    /// The key of `q`.
    fn of(q: &Quote) -> QuoteKey {
        QuoteKey {
            range: q.range.clone(),
            inner: q.inner.clone(),
            kind: q.kind,
            closed: q.closed,
            speech: q.speech,
            form: q.form,
            words: q.words,
            continuation: q.continuation,
            continues: q.continues,
            source: q.source,
            stance: q.stance,
            attributed: q.attribution.is_some(),
        }
    }

    /// This key (of a text of `old_len` bytes and `old_n` words) moved to the same place from
    /// the end of a text of `len` bytes and `n` words; `None` when it would fall before the start.
    fn moved(&self, len: usize, old_len: usize, n: usize, old_n: usize) -> Option<QuoteKey> {
        let b = |x: usize| (x + len).checked_sub(old_len);
        let w = |x: Option<usize>| -> Option<Option<usize>> {
            match x {
                Some(x) => Some(Some((x + n).checked_sub(old_n)?)),
                None => Some(None),
            }
        };
        Some(QuoteKey {
            range: b(self.range.start)?..b(self.range.end)?,
            inner: b(self.inner.start)?..b(self.inner.end)?,
            source: w(self.source)?,
            stance: w(self.stance)?,
            ..self.clone()
        })
    }
}

/// What [`CueReads::kept_words`] knows of the draft's last version: what the two versions
/// share ([`Shared`]), the last version's size, the words its turn reader read a clause or topic
/// at, and the quotations and datelines it read among.
///
/// The turn reader's per-word tests (`continuity::Clauses::new`: a pluperfect or topic subject,
/// a word read as a cue, then the clause read up to the next quotation that is not a name, and
/// the tests that drop it) read the words, tags, text and paragraphs around the word, the person
/// mentions, `post_surnames`, the quotations and the datelines; whether a word is pushed at all
/// does not depend on what was pushed before it (the reads before are asked only once it is).
/// A word read as nothing in the last version is read as nothing again when its window, from
/// the paragraph before the word before it to the paragraph after its limit (the first word of
/// the next quotation that is not a name, or the end), lies in the start or the end both
/// versions share and holds no word that may have another answer to the story-wide key
/// question the cue readings ask (see [`KeptReads`], [`unsteady_words`]), the person mentions,
/// `post_surnames`, the credits and the ولد mentions are the same (as for the cue readings, whose
/// reader the turn reader calls), and so are the quotations in the shared start and end (moved
/// in the end). (The word before: `after_dateline` looks back to a dateline with no letter between,
/// which ends after the word before it starts.) The same way, a word at which the last version
/// read a clause or topic has the same own read (`continuity::Own`: what those tests read,
/// before the reads before it are asked), its byte ranges moved in the end. Test builds do not
/// skip such words but check that none of them is read, and read the others afresh and check
/// that they read the same (`Clauses::new`).
#[derive(Debug)]
struct Inert {
    shared: Shared,
    /// The last version's length in bytes and in words.
    old_len: usize,
    old_n: usize,
    cued: Vec<(usize, Own)>,
    quotes: Vec<QuoteKey>,
    datelines: Vec<Range<usize>>,
    /// The last version's quotations before classification, and their kinds.
    kind_quotes: Vec<QuoteKey>,
    kinds: Vec<Kind>,
}

/// How many quotations of `new` (this version's) are the first ones of `old` (the last
/// version's, of `old_len` bytes and `old_n` words), the same, all ending by `sh.start_byte`,
/// and how many are its last ones moved, all starting at or after `sh.end_byte`; `None` when
/// the quotations there differ. `len`, `n`: this version's bytes and words.
fn common_quotes(
    new: &[QuoteKey],
    old: &[QuoteKey],
    sh: &Shared,
    (len, old_len): (usize, usize),
    (n, old_n): (usize, usize),
) -> Option<(usize, usize)> {
    let head = |qs: &[QuoteKey]| {
        qs.iter()
            .take_while(|q| q.range.end <= sh.start_byte)
            .count()
    };
    let a = head(new);
    if a != head(old) || new[..a] != old[..a] {
        return None;
    }
    let z = new
        .iter()
        .rev()
        .take_while(|q| q.range.start >= sh.end_byte)
        .count();
    let z_old = old
        .iter()
        .rev()
        .take_while(|q| q.range.start + len >= sh.end_byte + old_len)
        .count();
    // (The counts are compared first: `old` may hold fewer than `z`.)
    let same_end = z == z_old
        && new[new.len() - z..]
            .iter()
            .zip(&old[old.len() - z..])
            .all(|(q, o)| o.moved(len, old_len, n, old_n).as_ref() == Some(q));
    same_end.then_some((a, z))
}

/// The dateline credits of `cx`'s document (byte ranges, in order).
fn datelines(cx: &Context) -> Vec<Range<usize>> {
    cx.credits()
        .credits
        .iter()
        .filter(|c| c.kind.heads_story())
        .map(|c| c.range.clone())
        .collect()
}

/// True when `new` (ranges of a text of `len` bytes, sorted) are `old` (of a text of `old_len`
/// bytes): those ending by `start_byte` where they were, the others moved by the change in
/// length and starting at or after `end_byte` (see [`Shared`]).
fn same_moved(
    old: &[Range<usize>],
    new: &[Range<usize>],
    (start_byte, end_byte): (usize, usize),
    len: usize,
    old_len: usize,
) -> bool {
    let moved = |r: &Range<usize>| -> Option<Range<usize>> {
        if r.end <= start_byte {
            return Some(r.clone());
        }
        let start = (r.start + len).checked_sub(old_len)?;
        (start >= end_byte).then(|| start..r.end + len - old_len)
    };
    old.len() == new.len()
        && old
            .iter()
            .zip(new)
            .all(|(o, p)| moved(o).as_ref() == Some(p))
}

impl Inert {
    /// See [`CueReads::kept_kinds`].
    fn kinds(&self, cx: &Context, quotes: &[Quote]) -> Option<Vec<Option<Kind>>> {
        let doc = cx.doc;
        let (n, np, len) = (doc.words.len(), doc.paragraphs.len(), doc.source.len());
        let (old_n, old_len, sh) = (self.old_n, self.old_len, &self.shared);
        let old = &self.kind_quotes;
        if np == 0 || old.len() != self.kinds.len() {
            return None;
        }
        let new: Vec<QuoteKey> = quotes.iter().map(QuoteKey::of).collect();
        let (a, z) = common_quotes(&new, old, sh, (len, old_len), (n, old_n))?;
        let para = |q: &Quote| doc.paragraph_of(q.range.start);
        let moved = |x: Option<usize>| -> Option<Option<usize>> {
            match x {
                Some(x) => Some(Some((x + n).checked_sub(old_n)?)),
                None => Some(None),
            }
        };
        let mut out = vec![None; quotes.len()];
        for (k, q) in quotes.iter().enumerate() {
            let Some(p) = para(q) else {
                continue;
            };
            let lo = match k.checked_sub(1) {
                Some(j) => para(&quotes[j]).map_or(0, |pj| pj.min(p)),
                None => p,
            };
            let reach = if super::kind::stands_alone(cx, q) {
                super::kind::PULL_QUOTE_REACH.max(2)
            } else {
                2
            };
            if k < a && p + reach < sh.start_paras {
                out[k] = Some(self.kinds[k]);
            } else if k >= quotes.len() - z && lo + sh.end_paras >= np + reach {
                let (form, source, verb) = self.kinds[k + old.len() - quotes.len()];
                if let (Some(source), Some(verb)) = (moved(source), moved(verb)) {
                    out[k] = Some((form, source, verb));
                }
            }
        }
        Some(out)
    }

    /// See [`CueReads::kept_words`].
    ///
    /// Long: what the two versions must share, the two runs of words found by bisection and the
    /// runs held back by words whose story-wide answer may change read the same closures
    /// (`para`, `hi`), in one pass.
    fn words(self, cx: &Context, quotes: &[Quote]) -> Option<KeptWords> {
        let doc = cx.doc;
        let (n, np, len) = (doc.words.len(), doc.paragraphs.len(), doc.source.len());
        let (old_n, old_len, sh) = (self.old_n, self.old_len, &self.shared);
        if n == 0 || np == 0 {
            return None;
        }
        let bytes = (sh.start_byte, sh.end_byte);
        if !same_moved(&self.datelines, &datelines(cx), bytes, len, old_len) {
            return None;
        }
        // The quotations in the shared start, the same; those in the shared end, moved.
        let new: Vec<QuoteKey> = quotes.iter().map(QuoteKey::of).collect();
        common_quotes(&new, &self.quotes, sh, (len, old_len), (n, old_n))?;
        // Every word lies in a paragraph (the words starting inside each paragraph, its end
        // included, add up to all of them), so each has one; and the quotations are in order.
        let in_paragraphs: usize = doc
            .paragraphs
            .iter()
            .map(|p| {
                let a = doc.words.partition_point(|w| w.start() < p.start);
                let b = doc.words.partition_point(|w| w.start() <= p.end);
                b.saturating_sub(a)
            })
            .sum();
        if in_paragraphs != n
            || quotes
                .windows(2)
                .any(|q| q[0].range.start > q[1].range.start)
        {
            return None;
        }
        let para = |i: usize| doc.paragraph_of(doc.words[i].start()).unwrap_or(0);
        let mut cued = vec![false; old_n];
        for (c, _) in &self.cued {
            *cued.get_mut(*c)? = true;
        }
        // The limit of word `i`: the first word of the next quotation that is not a name (the
        // quotations starting before the word's end are behind it), or the end; `hi` is the
        // last word its window reaches.
        let q_word: Vec<usize> = quotes
            .iter()
            .map(|q| doc.word_index_at(q.range.start))
            .collect();
        let mut next_speech = vec![None; quotes.len() + 1];
        for k in (0..quotes.len()).rev() {
            next_speech[k] = if quotes[k].form != QuoteForm::Name {
                Some(k)
            } else {
                next_speech[k + 1]
            };
        }
        let hi = |i: usize| {
            let qp = quotes.partition_point(|q| q.range.start < doc.words[i].end());
            let limit = next_speech[qp].map_or(n, |k| q_word[k].max(i + 1));
            limit.max(i).min(n - 1)
        };
        // A word's window lies in the shared start for a first run of words (`hi` and so its
        // paragraph never decrease from one word to the next), and in the shared end for a
        // last run (the word before it moves forward too): both runs are found by bisection.
        let end_first = (np - sh.end_paras) + 1;
        let starts = partition(n.min(old_n), |i| para(hi(i)) + 2 <= sh.start_paras);
        let ends_from = partition(n, |i| {
            i + old_n < n || para(i.saturating_sub(1)) < end_first
        });
        // A word whose window holds a word whose story-wide key question may have another
        // answer ([`unsteady_words`]) is read again.
        let blocked = windows_holding(
            n,
            &paragraphs_of(cx, sh.unsteady.as_deref()?),
            |i| para(i.saturating_sub(1)).saturating_sub(1),
            |i| para(hi(i)) + 1,
        );
        let steady = |i: usize| !blocked.iter().any(|r| r.contains(&i));
        let mut out = vec![false; n];
        for (i, o) in out.iter_mut().enumerate().take(starts) {
            *o = !cued[i];
        }
        for (i, o) in out.iter_mut().enumerate().skip(ends_from) {
            *o = *o || !cued[i + old_n - n];
        }
        // The words whose window holds an unsteady word are read again (most keystrokes hold
        // none back: no word is asked).
        for r in &blocked {
            for o in out
                .get_mut(r.start.min(n)..r.end.min(n))
                .unwrap_or_default()
            {
                *o = false;
            }
        }
        let own = kept_own(
            self.cued,
            (starts, ends_from),
            (n, old_n),
            (len, old_len),
            steady,
        );
        Some(KeptWords { inert: out, own })
    }
}

/// The runs of words (of `0..n`) whose window, from paragraph `lo(i)` to paragraph `up(i)`, holds
/// one of the paragraphs `paras`, one run each. `lo` and `up` never decrease from one word to
/// the next, so the words whose window holds paragraph `u` are a run, found by bisection: from
/// the first whose window ends at or after `u` to the last whose window starts at or before it.
fn windows_holding(
    n: usize,
    paras: &[usize],
    lo: impl Fn(usize) -> usize,
    up: impl Fn(usize) -> usize,
) -> Vec<Range<usize>> {
    paras
        .iter()
        .map(|&u| {
            let a = partition(n, |i| up(i) < u);
            let b = partition(n, |i| lo(i) <= u);
            a..b.max(a)
        })
        .collect()
}

/// The own reads `cued` (the last version's, of `old_n` words and `old_len` bytes, by word index)
/// of the words of this version (`n` words, `len` bytes) in the run at the start (`starts`
/// words: where they were) and the run at the end (from word `ends_from`: moved) whose windows
/// lie in what the two versions share ([`Inert::words`]), by this version's word index (sorted,
/// one each: a word in both runs has the same read from either), for the words `steady` holds
/// for (by this version's index).
fn kept_own(
    cued: Vec<(usize, Own)>,
    (starts, ends_from): (usize, usize),
    (n, old_n): (usize, usize),
    (len, old_len): (usize, usize),
    steady: impl Fn(usize) -> bool,
) -> Vec<(usize, Own)> {
    let mut own = Vec::new();
    for (c, o) in cued {
        if c < starts && steady(c) {
            own.push((c, o));
        } else if let Some(i) = (c + n).checked_sub(old_n)
            && i >= ends_from
            && steady(i)
            && let Some(o) = moved_own(o, len, old_len)
        {
            own.push((i, o));
        }
    }
    own.sort_by_key(|(i, _)| *i);
    own.dedup_by_key(|(i, _)| *i);
    own
}

/// The number of indexes of `0..n` at the start for which `holds` is true: `holds` is true for
/// a first run of indexes and false for all after it (found by bisection).
fn partition(n: usize, holds: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if holds(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// What [`KeptReads::still_held`] gives: the readings that hold, what the turn reader may know,
/// and the last version's attribution record with what the two versions share.
type Held3 = (Reads, Option<Inert>, Option<(Shared, AttrRecord)>);

/// What two versions share (see [`KeptReads`]), in the new version's terms: every byte before
/// `start_byte` is the same in both (source and masked), as are the first `start_paras`
/// paragraphs (all ending at or before `start_byte`) and the words and tags in them; every byte
/// from `end_byte` on is the same as the old version's byte `delta` earlier, as are the last
/// `end_paras` paragraphs (all starting at or after `end_byte`), moved, with their words and tags.
/// `unsteady`: the words of these parts whose answer to the story-wide key question of
/// `np::construct_description` may have changed ([`unsteady_words`]; `None`: any may have).
#[derive(Clone, Debug)]
struct Shared {
    start_paras: usize,
    end_paras: usize,
    start_byte: usize,
    end_byte: usize,
    unsteady: Option<Vec<usize>>,
}

/// The number of bytes `a` and `b` start with in common.
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    // Equal 64-byte blocks compared at once (a `memcmp` each), then the first unequal one
    // byte by byte.
    let mut at = 0;
    while at + 64 <= n && a[at..at + 64] == b[at..at + 64] {
        at += 64;
    }
    at + a[at..n]
        .iter()
        .zip(&b[at..n])
        .take_while(|(x, y)| x == y)
        .count()
}

/// The number of bytes `a` and `b` end with in common.
fn common_suffix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let (a, b) = (&a[a.len() - n..], &b[b.len() - n..]);
    let mut at = n;
    while at >= 64 && a[at - 64..at] == b[at - 64..at] {
        at -= 64;
    }
    n - at
        + a[..at]
            .iter()
            .rev()
            .zip(b[..at].iter().rev())
            .take_while(|(x, y)| x == y)
            .count()
}

/// How many words of this version (`words`, with their tags, of a text of `len` bytes) are the
/// last version's (`old_words`' byte ranges, with `old_tags`, of a text of `old_len` bytes) at
/// the start, with the same range and tags and ending by byte `pre`, and at the end, moved by the
/// change in length (`+ len` on both sides of each comparison, so nothing goes below 0) with the
/// same tags and starting at or after byte `from`. Each slice of tags is as long as its words.
/// (Plain loops over the four slices: this runs at every keystroke over the words up to the edit
/// and after it.)
fn common_word_runs(
    (words, tags): (&[crate::text::Word], &[WordTags]),
    (old_words, old_tags): (&[(u32, u32)], &[WordTags]),
    (pre, from): (usize, usize),
    (len, old_len): (usize, usize),
) -> (usize, usize) {
    let (n, old_n) = (words.len(), old_words.len());
    let m = n.min(old_n).min(tags.len()).min(old_tags.len());
    let mut wp = 0;
    while wp < m {
        let (w, (a, b)) = (&words[wp], old_words[wp]);
        let (s, e) = (w.start(), w.end());
        if !(e <= pre && s == a as usize && e == b as usize && tags[wp] == old_tags[wp]) {
            break;
        }
        wp += 1;
    }
    let mut ws = 0;
    while ws < m {
        let (i, j) = (n - 1 - ws, old_n - 1 - ws);
        let (w, (a, b)) = (&words[i], old_words[j]);
        let (s, e) = (w.start(), w.end());
        if !(s >= from
            && a as usize + len == s + old_len
            && b as usize + len == e + old_len
            && tags.get(i) == old_tags.get(j))
        {
            break;
        }
        ws += 1;
    }
    (wp, ws)
}

impl KeptReads {
    /// What `cx`'s document shares with the last version (see [`Shared`]); `None` when nothing is
    /// kept or the format, the person mentions (`persons`, this version's, sorted),
    /// `post_surnames`, the credits or the ولد mentions differ ([`KeptReads::same_credits`]).
    fn shared(&self, cx: &Context, persons: &[Range<usize>]) -> Option<Shared> {
        let doc = cx.doc;
        let (src, masked) = (doc.source.as_bytes(), doc.prose().as_bytes());
        let old_src = self.source.as_bytes();
        let old_masked = self.masked.as_deref().unwrap_or(&self.source).as_bytes();
        let (len, old_len) = (src.len(), old_src.len());
        if self.format != Some(doc.format)
            || masked.len() != len
            || old_masked.len() != old_len
            || self.post_surnames != cx.lex.post_surnames
        {
            return None;
        }
        let pre = common_prefix(src, old_src).min(common_prefix(masked, old_masked));
        let suf = common_suffix(src, old_src)
            .min(common_suffix(masked, old_masked))
            .min(len.min(old_len) - pre);
        let (words, tags) = (&doc.words, &cx.lex.words);
        let (n, old_n) = (words.len(), self.words.len());
        if tags.len() != n || self.tags.len() != old_n {
            return None;
        }
        let from = len - suf;
        let (wp, ws) = common_word_runs(
            (words, tags),
            (&self.words, &self.tags),
            (pre, from),
            (len, old_len),
        );
        let start_byte = words.get(wp).map_or(len, |w| w.start()).min(pre);
        let end_byte = n
            .checked_sub(ws + 1)
            .map_or(0, |k| words[k].end())
            .max(from);
        let (paras, old_paras) = (&doc.paragraphs, &self.paragraphs);
        let (np, old_np) = (paras.len(), old_paras.len());
        let start_paras = (0..np.min(old_np))
            .take_while(|&k| paras[k] == old_paras[k] && paras[k].end <= start_byte)
            .count();
        let end_paras = (1..=np.min(old_np))
            .take_while(|&t| {
                let (p, o) = (&paras[np - t], &old_paras[old_np - t]);
                p.start >= end_byte
                    && o.start + len == p.start + old_len
                    && o.end + len == p.end + old_len
            })
            .count();
        if !self.same_persons(persons, start_byte, end_byte, len)
            || !self.same_credits(cx, (start_byte, end_byte))
        {
            return None;
        }
        let unsteady = unsteady_words(cx, (start_byte, end_byte), &self.keys);
        Some(Shared {
            start_paras,
            end_paras,
            start_byte,
            end_byte,
            unsteady,
        })
    }

    /// True when `persons` (this version's person mentions, sorted; text of `len` bytes) are
    /// the last version's: those ending by `start_byte` where they were, the others moved by the
    /// change in length and starting at or after `end_byte` (see [`Shared`]).
    fn same_persons(
        &self,
        persons: &[Range<usize>],
        start_byte: usize,
        end_byte: usize,
        len: usize,
    ) -> bool {
        same_moved(
            &self.persons,
            persons,
            (start_byte, end_byte),
            len,
            self.source.len(),
        )
    }

    /// True when the credits of `cx`'s document (ranges and kinds) and the starts of the
    /// mentions of persons whose given names end in ولد are the last version's: those before
    /// `start_byte` where they were, the others moved by the change in length and starting at or
    /// after `end_byte` (see [`Shared`]). Both are facts of the whole story that a reading asks
    /// of its own words (`speaker::credit_span::inside_credit`, `own_outlet::lam_of_story_outlet`,
    /// which reads the words of every credit, and `speaker::family_after_ould`): with them the
    /// same, and the words of a credit in the shared parts the same, every such answer is.
    fn same_credits(&self, cx: &Context, (start_byte, end_byte): (usize, usize)) -> bool {
        let (len, old_len) = (cx.doc.source.len(), self.source.len());
        let credits = credit_list(cx);
        let ranges = |c: &[(Range<usize>, CreditKind)]| -> Vec<Range<usize>> {
            c.iter().map(|(r, _)| r.clone()).collect()
        };
        let moved = |x: usize| -> Option<usize> {
            if x < start_byte {
                return Some(x);
            }
            (x + len).checked_sub(old_len).filter(|&y| y >= end_byte)
        };
        credits.len() == self.credits.len()
            && credits.iter().zip(&self.credits).all(|(a, b)| a.1 == b.1)
            && same_moved(
                &ranges(&self.credits),
                &ranges(&credits),
                (start_byte, end_byte),
                len,
                old_len,
            )
            && super::speaker::ould_mention_starts(cx)
                .into_iter()
                .map(Some)
                .eq(self.ould.iter().map(|&x| moved(x)))
    }

    /// Takes the last version's readings out of this memo (leaving it empty: a panic before
    /// [`KeptReads::keep`] leaves it so) and adds to `memo` (this analysis's) those that hold for
    /// `cx`'s document with `persons` (its person mentions, sorted), keyed and moved to this
    /// version's word indexes and bytes (see [`KeptReads`]).
    pub(crate) fn prime(&mut self, cx: &Context, persons: &[Range<usize>], memo: &CueReads) {
        // The breaks are keyed by what they are read from: they hold whatever else changed.
        memo.breaks.borrow_mut().last = std::mem::take(&mut self.breaks);
        let (held, inert, attrs) = self.still_held(cx, persons);
        *memo.attrs_last.borrow_mut() = attrs;
        memo.keeping.set(true);
        self.primed = held.len();
        memo.fill(held);
        *memo.inert.borrow_mut() = inert;
    }

    /// How many words of the last version the turn reader knew inert from the version before
    /// it (for tests; see [`CueReads::kept_words`]).
    pub(crate) fn inert(&self) -> usize {
        self.inert
    }

    /// How many words of the last version the turn reader knew the own read of from the
    /// version before it (for tests; see [`CueReads::kept_words`]).
    pub(crate) fn own_kept(&self) -> usize {
        self.own_kept
    }

    /// How many quotations of the last version took their kind from the version before it
    /// (for tests; see [`CueReads::kept_kinds`]).
    pub(crate) fn kinds_known(&self) -> usize {
        self.kinds_known
    }

    /// How many quotations of the last version took their attribution from the version before
    /// it (for tests; see [`AttrRecord`]).
    pub(crate) fn attributions_kept(&self) -> usize {
        self.attrs_kept
    }

    /// How many cue readings of the version before the last were kept for the last version.
    pub(crate) fn primed(&self) -> usize {
        self.primed
    }

    /// The readings [`KeptReads::prime`] adds (see there), taking them out of this memo, and
    /// what [`CueReads::kept_words`] needs.
    fn still_held(&mut self, cx: &Context, persons: &[Range<usize>]) -> Held3 {
        let mut old = std::mem::take(self);
        let mut out = FxHashMap::default();
        let Some(shared) = old.shared(cx, persons) else {
            return (out, None, None);
        };
        // A long edit: the story-wide key question may have changed its answer anywhere.
        let Some(unsteady) = &shared.unsteady else {
            return (out, None, None);
        };
        let unsteady = paragraphs_of(cx, unsteady);
        let attrs = old.attrs.take().map(|r| (shared.clone(), r));
        let doc = cx.doc;
        let (n, old_n) = (doc.words.len(), old.words.len());
        let np = doc.paragraphs.len();
        let (len, old_len) = (doc.source.len(), old.source.len());
        let inert = old.cued.take().map(|cued| Inert {
            shared: shared.clone(),
            old_len,
            old_n,
            cued,
            quotes: std::mem::take(&mut old.quotes),
            datelines: std::mem::take(&mut old.datelines),
            kind_quotes: std::mem::take(&mut old.kind_quotes),
            kinds: std::mem::take(&mut old.kinds),
        });
        if n == 0 || np == 0 {
            return (out, inert, attrs);
        }
        // The paragraphs a reading from word `lo` to word `hi` may look at, with one paragraph of
        // margin on each side.
        // A window that holds a word whose story-wide key question may have another answer
        // ([`unsteady_words`]) is none.
        let window = |lo: usize, hi: usize| -> Option<(usize, usize)> {
            let a = doc.paragraph_of(doc.words.get(lo)?.start())?;
            let b = doc.paragraph_of(doc.words.get(hi.min(n - 1))?.start())?;
            let (a, b) = (a.saturating_sub(1), (b + 1).min(np - 1));
            (!any_between(&unsteady, a, b)).then_some((a, b))
        };
        for ((ki, kl), read) in old.reads {
            let (i, limit) = (ki as usize, kl as usize);
            let (lo, hi) = (i.min(limit), i.max(limit));
            // In the start both share: the same indexes and bytes.
            if hi < n.min(old_n) && window(lo, hi).is_some_and(|(_, b)| b < shared.start_paras) {
                out.insert((ki, kl), read);
                continue;
            }
            // In the end both share: indexes and bytes moved.
            let (Some(i2), Some(l2)) = ((i + n).checked_sub(old_n), (limit + n).checked_sub(old_n))
            else {
                continue;
            };
            if window(i2.min(l2), i2.max(l2)).is_some_and(|(a, _)| a >= np - shared.end_paras)
                && let Some(key) = read_key(i2, l2)
                && let Some(read) = moved_read(read, len, old_len)
            {
                out.insert(key, read);
            }
        }
        (out, inert, attrs)
    }

    /// Keeps `cx`'s document, its person mentions `persons` (sorted), the cue readings of
    /// `memo` (this analysis's, taken out of it), the words its turn reader read at and the
    /// quotations it read among ([`CueReads::note_clauses`]) and the document's datelines for
    /// the next version; keeps nothing when a word's range does not fit in `u32`.
    pub(crate) fn keep(&mut self, cx: &Context, persons: &[Range<usize>], memo: &CueReads) {
        let reads = memo.take();
        let (cued, quotes) = match memo.clauses.borrow_mut().take() {
            Some((cued, quotes)) => (Some(cued), quotes),
            None => (None, Vec::new()),
        };
        memo.inert.borrow_mut().take();
        memo.attrs_last.borrow_mut().take();
        let (kind_quotes, kinds) = memo.kinds.borrow_mut().take().unwrap_or_default();
        let doc = cx.doc;
        // The words are in text order and do not overlap, so the last one ends last: when its
        // end fits in `u32`, every start and end does, and the ranges are copied in one sized
        // pass (a `collect` into a `Result` cannot size its vector and grew it a dozen times).
        if doc
            .words
            .last()
            .is_some_and(|w| u32::try_from(w.end()).is_err())
        {
            *self = KeptReads::default();
            return;
        }
        let to_u32 = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        let words: Vec<(u32, u32)> = doc
            .words
            .iter()
            .map(|w| (to_u32(w.start()), to_u32(w.end())))
            .collect();
        *self = KeptReads {
            source: doc.source.to_string(),
            masked: (doc.prose() != doc.source).then(|| doc.prose().to_string()),
            format: Some(doc.format),
            words,
            tags: cx.lex.words.clone(),
            keys: doc.words.iter().map(|w| w.key).collect(),
            credits: credit_list(cx),
            ould: super::speaker::ould_mention_starts(cx),
            paragraphs: doc.paragraphs.clone(),
            persons: persons.to_vec(),
            post_surnames: cx.lex.post_surnames.clone(),
            reads,
            primed: self.primed,
            cued,
            quotes,
            datelines: datelines(cx),
            inert: memo.inert_count.take(),
            own_kept: memo.own_count.take(),
            kind_quotes,
            kinds,
            kinds_known: memo.kinds_count.take(),
            breaks: std::mem::take(&mut *memo.breaks.borrow_mut()).this,
            attrs: memo.attrs_this.borrow_mut().take(),
            attrs_kept: memo.attrs_count.take(),
        };
    }
}

/// What the attribution pass reads of the turn reader's clauses (`continuity::Clauses`): the
/// clauses (word index of the cue, read, in word order), the word indexes of those that are
/// topics and of those whose subject was taken by its place alone (sorted), the first that names
/// its speaker, and the gender the clauses show for each last-name key.
#[derive(Debug, Default)]
pub(super) struct Story {
    /// The clauses.
    pub reads: Vec<(usize, Read)>,
    /// The topics' word indexes.
    pub topics: Vec<usize>,
    /// The word indexes of the clauses whose subject was taken by its place alone.
    pub explicit: Vec<usize>,
    /// The word index of the first clause that names its speaker.
    pub first_named: Option<usize>,
    /// The gender by last-name key (`None`: two clauses disagree).
    pub genders: FxHashMap<Box<str>, Option<Gender>>,
}

/// [`Story`] borrowed from this version's clauses.
#[derive(Clone, Copy)]
pub(super) struct StoryRef<'c> {
    /// See [`Story::reads`].
    pub reads: &'c [(usize, Read)],
    /// See [`Story::topics`].
    pub topics: &'c [usize],
    /// See [`Story::explicit`].
    pub explicit: &'c [usize],
    /// See [`Story::first_named`].
    pub first_named: Option<usize>,
    /// See [`Story::genders`].
    pub genders: &'c FxHashMap<Box<str>, Option<Gender>>,
}

/// One version's attribution pass (`continuity::attribute`) as the next version may reuse it:
/// what the pass gave each quotation before the passes that run over all of them, and the
/// story-level answers an attribution reads beyond the quotation's own surroundings.
///
/// The attribution of a quotation (the cue of its own sentence, the quotation before it, the
/// sentences around it, the paragraph before or after it, continuity) reads the words, tags,
/// text and paragraphs from the story's start to the paragraph after its own, the person
/// mentions and `post_surnames`, the quotations that start before the paragraph after next and
/// the attributions of those before it, and these answers of the whole story:
/// - the turn reader's clauses ([`Story`]) before the cue (continuity, the titles' and
///   epithets' readers), in the paragraph after (`speech_paragraph`) and up to 40 words after a
///   name (whether a clause named it in full);
/// - the gender the clauses show for each last-name key (`agreement::story_gender`);
/// - the story's credits, ranges and kinds (`after_dateline`, `inside_credit`, and
///   `lam_of_story_outlet`, which reads the words of every credit);
/// - the starts of the mentions of persons whose given names end in ولد
///   (`speaker::family_after_ould`);
/// - whether a word's bare key is used elsewhere in the story after another word than a given
///   head (`np::construct_description`, over every word): see [`unsteady_words`].
///
/// So a quotation of this version whose paragraph and the one after it lie in the start both
/// versions share ([`Shared`]), with one more paragraph and 40 words of margin, has the last
/// version's attribution when: the quotations up to the paragraph after next are the same and
/// those before it got the same attributions as in the last version; the clauses in the shared
/// start are the same (and the first named, when it is there); the genders by key, the credits
/// (moved past the edit) and the ولد mentions in the shared start are the same; and the
/// story-wide key question gives the same answers (no word of the shared start is listed by
/// [`unsteady_words`]). Test builds attribute such
/// quotations again and check (`continuity::attribute`).
#[derive(Debug, Default)]
pub(super) struct AttrRecord {
    /// The version's length in bytes.
    len: usize,
    /// Its quotations before attribution.
    quotes: Vec<QuoteKey>,
    /// What the pass gave each quotation (before the passes over all of them).
    found: Vec<Option<Attribution>>,
    /// What it read of the clauses.
    story: Story,
    /// The story's credits (byte ranges, sorted as found) and their kinds.
    credits: Vec<(Range<usize>, CreditKind)>,
    /// The starts of the mentions of persons whose given names end in ولد (sorted).
    ould: Vec<usize>,
}

/// The attributions [`CueReads::kept_attributions`] knows from the last version.
#[derive(Debug)]
pub(super) struct KeptAttributions {
    /// What the last version's pass gave its first quotations (the same as this version's).
    found: Vec<Option<Attribution>>,
    /// `usable[k]`: quotation `k`'s window lies in the shared start (see [`AttrRecord`]).
    usable: Vec<bool>,
}

impl KeptAttributions {
    /// The last version's attribution of quotation `k` when its window lies in the start both
    /// versions share (the caller checks that every quotation before it got the same one).
    pub(super) fn get(&self, k: usize) -> Option<&Option<Attribution>> {
        self.usable
            .get(k)
            .copied()
            .unwrap_or(false)
            .then(|| self.found.get(k))
            .flatten()
    }

    /// True when the last version's pass gave quotation `k` the attribution `a`.
    pub(super) fn gave(&self, k: usize, a: &Option<Attribution>) -> bool {
        self.found.get(k) == Some(a)
    }
}

/// The story's credits with their kinds, in the order `Context::credits` lists them.
fn credit_list(cx: &Context) -> Vec<(Range<usize>, CreditKind)> {
    cx.credits()
        .credits
        .iter()
        .map(|c| (c.range.clone(), c.kind))
        .collect()
}

/// The key `key` without a leading و or ف when at least three letters remain (what
/// `speaker::bare_key` gives for a word of that key).
fn bare_of(key: &str) -> &str {
    super::speaker::bare_of(key)
}

/// The words of this version (indexes, sorted) that may get another answer than in the last
/// version to the story-wide question of `np::construct_description`, among the words the two
/// versions share: whether a word of key `K` (the bare key of word `m`, the asking word) stands
/// anywhere but at `m` after a word whose bare key is not that of the word before `m` (the
/// construct's head: the question is asked only of the word right after it). `None` when more
/// than 16 keys changed (a long edit: nothing is kept), or when the shared parts do not line
/// up. `old_keys`: the last version's words' keys; `start_byte` and `end_byte`: the shared
/// start's end and the shared end's start (see [`Shared`]).
///
/// The question is never asked of a key with the article (`construct_description` asks it last,
/// of a word without one). The words that changed are those from `wp` (the first word not
/// ending in the shared start) to `e` (the first word of the shared end), which is counted with
/// them because the word before it changed; every other word, and the word before it, is the
/// same in both versions. For a key none of the changed words has in either version, the words
/// of that key and the words before them are the same, so the answer is the same at every
/// asking word. For a key one of them has, the asking words are its unchanged words: when
/// these stand after words of two different bare keys (or one at the story's start), each has
/// another after a word that is not its head, so the answer is yes in both versions; when they
/// all stand after words of one key `P`, none of them answers for another, and the answer at
/// each is whether a changed word of that key stands after a word not of key `P` (or at the
/// start), asked of either version: the same in both, the answer is. Otherwise every unchanged
/// word of that key is listed: a kept fact whose window holds one of them may have read
/// another answer, and is read again.
fn unsteady_words(
    cx: &Context,
    (start_byte, end_byte): (usize, usize),
    old_keys: &[Text],
) -> Option<Vec<usize>> {
    let words = &cx.doc.words;
    let (n, old_n) = (words.len(), old_keys.len());
    let wp = words.partition_point(|w| w.end() <= start_byte);
    let e = words.partition_point(|w| w.start() < end_byte);
    let e_old = (e + old_n).checked_sub(n)?;
    if wp > e || wp > e_old || wp > n.min(old_n) {
        return None;
    }
    let new_key = |j: usize| bare_of(words[j].key.as_str());
    let old_key = |j: usize| bare_of(old_keys[j].as_str());
    let (changed_new, changed_old) = (wp..(e + 1).min(n), wp..(e_old + 1).min(old_n));
    let mut changed: Vec<&str> = changed_new
        .clone()
        .map(new_key)
        .chain(changed_old.clone().map(old_key))
        .collect();
    changed.retain(|k| !k.starts_with("ال"));
    changed.sort_unstable();
    changed.dedup();
    if changed.len() > 16 {
        return None;
    }
    // For each changed key: the unchanged words of that key, and up to two bare keys of the
    // words before them (`None`: the story's first word). The words whose bare key is `k` are
    // among those whose key is `k`, و + `k` or ف + `k` (`bare_of` strips only those): they are
    // read from the per-key lists, not by a walk over the story.
    let unchanged = |j: &usize| !(wp..=e).contains(j);
    let mut out = Vec::new();
    for &k in &changed {
        let lists = [k.to_string(), format!("و{k}"), format!("ف{k}")];
        let mut at = Vec::new();
        let mut before: Vec<Option<&str>> = Vec::new();
        for j in lists
            .iter()
            .flat_map(|kk| cx.words_of_key(kk))
            .filter(unchanged)
        {
            if new_key(j) != k {
                continue;
            }
            at.push(j);
            let prev = j.checked_sub(1).map(new_key);
            if !before.contains(&prev) {
                before.push(prev);
                if before.len() >= 2 {
                    break;
                }
            }
        }
        // Two heads, or none asking (no unchanged word; or only the story's first word, which
        // follows no head).
        let [Some(head)] = before[..] else {
            continue;
        };
        // Whether a changed word of the key stands apart from `head`, in each version.
        let apart_new = changed_new
            .clone()
            .any(|j| new_key(j) == k && (j == 0 || new_key(j - 1) != head));
        let apart_old = changed_old
            .clone()
            .any(|j| old_key(j) == k && (j == 0 || old_key(j - 1) != head));
        if apart_new != apart_old {
            out.extend(at);
        }
    }
    out.sort_unstable();
    Some(out)
}

/// The paragraph indexes (sorted, one each) of the words `at` (indexes, sorted) of `cx`'s
/// document.
fn paragraphs_of(cx: &Context, at: &[usize]) -> Vec<usize> {
    let doc = cx.doc;
    let mut out: Vec<usize> = at
        .iter()
        .filter_map(|&j| doc.paragraph_of(doc.words.get(j)?.start()))
        .collect();
    out.dedup();
    out
}

/// True when one of `paras` (paragraph indexes, sorted) lies from paragraph `a` to paragraph
/// `b`, both included.
fn any_between(paras: &[usize], a: usize, b: usize) -> bool {
    paras
        .get(paras.partition_point(|&p| p < a))
        .is_some_and(|&p| p <= b)
}

impl AttrRecord {
    /// The record of `cx`'s attribution pass over `quotes` (before attribution), which gave
    /// them `found` (one each) reading `story`.
    pub(super) fn new(
        cx: &Context,
        quotes: &[Quote],
        found: Vec<Option<Attribution>>,
        story: Story,
    ) -> AttrRecord {
        AttrRecord {
            len: cx.doc.source.len(),
            quotes: quotes.iter().map(QuoteKey::of).collect(),
            found,
            story,
            credits: credit_list(cx),
            ould: super::speaker::ould_mention_starts(cx),
        }
    }

    /// What of this record holds for `cx`'s document, which shares `sh` with it, whose
    /// attribution pass reads `story` among `quotes` (see [`AttrRecord`]); `None` when nothing
    /// does.
    fn holds_for(
        self,
        cx: &Context,
        sh: &Shared,
        quotes: &[Quote],
        story: StoryRef,
    ) -> Option<KeptAttributions> {
        let doc = cx.doc;
        let (len, old_len) = (doc.source.len(), self.len);
        let bytes = (sh.start_byte, sh.end_byte);
        let wp = doc.words.partition_point(|w| w.end() <= sh.start_byte);
        if sh.start_paras < 3 || !quotes.is_sorted_by_key(|q| q.range.start) {
            return None;
        }
        // The credits, moved past the edit, with their kinds.
        let credits = credit_list(cx);
        let ranges = |c: &[(Range<usize>, CreditKind)]| -> Vec<Range<usize>> {
            c.iter().map(|(r, _)| r.clone()).collect()
        };
        if credits.len() != self.credits.len()
            || credits.iter().zip(&self.credits).any(|(a, b)| a.1 != b.1)
            || !same_moved(
                &ranges(&self.credits),
                &ranges(&credits),
                bytes,
                len,
                old_len,
            )
        {
            return None;
        }
        // The genders by key; the ولد mentions, the clauses and the first named in the start.
        let head = |v: &[usize]| v.partition_point(|&x| x < sh.start_byte);
        let ould = super::speaker::ould_mention_starts(cx);
        let before_wp = |v: &[usize]| v.partition_point(|&w| w < wp);
        let reads_wp = |r: &[(usize, Read)]| r.partition_point(|(w, _)| *w < wp);
        let old = &self.story;
        if *story.genders != old.genders
            || ould[..head(&ould)] != self.ould[..head(&self.ould)]
            || story.reads[..reads_wp(story.reads)] != old.reads[..reads_wp(&old.reads)]
            || story.topics[..before_wp(story.topics)] != old.topics[..before_wp(&old.topics)]
            || story.explicit[..before_wp(story.explicit)]
                != old.explicit[..before_wp(&old.explicit)]
            || story.first_named.filter(|&f| f < wp) != old.first_named.filter(|&f| f < wp)
            || sh
                .unsteady
                .as_ref()
                .is_none_or(|u| u.first().is_some_and(|&f| f < wp))
        {
            return None;
        }
        // The quotations the two versions start with, the same and ending in the shared start.
        let a = quotes
            .iter()
            .zip(&self.quotes)
            .take_while(|(q, o)| QuoteKey::of(q) == **o && q.range.end <= sh.start_byte)
            .count();
        let mut usable = vec![false; a];
        for (k, u) in usable.iter_mut().enumerate() {
            let Some(p) = doc.paragraph_of(quotes[k].range.start) else {
                continue;
            };
            if p + 2 >= sh.start_paras {
                break;
            }
            let after_next = doc.paragraphs[p + 2].start;
            let hi = doc.word_index_at(doc.paragraphs[p + 1].end);
            *u = quotes.partition_point(|q| q.range.start < after_next) <= a && hi + 41 <= wp;
        }
        let mut found = self.found;
        found.truncate(a);
        Some(KeptAttributions { found, usable })
    }
}

/// The turn reader's own read `own` with its byte ranges moved from a text of `old_len` bytes
/// to one of `len` bytes (as [`moved_read`]).
fn moved_own(own: Own, len: usize, old_len: usize) -> Option<Own> {
    let read = moved_read(Held::of(own.read), len, old_len)?.read();
    Some(Own { read, ..own })
}

/// `read` with its byte ranges moved from a text of `old_len` bytes to one of `len` bytes (the
/// same end); `None` when a range would fall before the text's start.
fn moved_read(read: Held, len: usize, old_len: usize) -> Option<Held> {
    let m = |r: &Range<usize>| -> Option<Range<usize>> {
        Some((r.start + len).checked_sub(old_len)?..(r.end + len).checked_sub(old_len)?)
    };
    Some(match read {
        Held::Named(mut n) => {
            n.range = m(&n.range)?;
            n.name = match &n.name {
                Some(r) => Some(m(r)?),
                None => None,
            };
            Held::Named(n)
        }
        other => other,
    })
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

/// Two story-wide facts of the story's person mentions (byte ranges sorted by start, maybe
/// overlapping), each indexed at its first question so the speaker reader asks them per cue in a
/// bisection or a hash lookup instead of a walk over every mention.
#[derive(Debug)]
pub(crate) struct PersonIndex<'d> {
    /// The document the mentions are in.
    doc: &'d Document<'d>,
    /// `ends_before[i]` is the largest end of the first `i` mentions (0 for none).
    ends_before: std::cell::OnceCell<Vec<usize>>,
    /// The smallest end of a mention whose last word has the identity key (keys borrowed from
    /// the document's words).
    first_end_by_last: std::cell::OnceCell<FxHashMap<&'d str, usize>>,
}

impl<'d> PersonIndex<'d> {
    /// The index of the person mentions of `doc`, empty until asked.
    pub(crate) fn new(doc: &'d Document<'d>) -> PersonIndex<'d> {
        PersonIndex {
            doc,
            ends_before: Default::default(),
            first_end_by_last: Default::default(),
        }
    }

    /// True when a mention of `persons` (the list indexed, sorted by start) overlaps the byte
    /// range `r` (half-open): the mentions that start before `r` ends are a prefix of the list,
    /// and one of them reaches past `r`'s start when the largest end of that prefix does.
    pub(crate) fn overlaps(&self, persons: &[Range<usize>], r: &Range<usize>) -> bool {
        let ends = self.ends_before.get_or_init(|| {
            let mut ends = Vec::with_capacity(persons.len() + 1);
            ends.push(0);
            for p in persons {
                let most = ends.last().copied().unwrap_or(0);
                ends.push(most.max(p.end));
            }
            ends
        });
        let i = persons.partition_point(|p| p.start < r.end);
        ends.get(i).is_some_and(|&end| end > r.start)
    }

    /// True when a mention of `persons` (the list indexed) whose last word has the identity key
    /// `key` ends at or before byte `at` (a mention with a word is not empty, so it then also
    /// starts before `at`).
    pub(crate) fn last_word_ends_by(&self, persons: &[Range<usize>], key: &str, at: usize) -> bool {
        let doc = self.doc;
        let firsts = self.first_end_by_last.get_or_init(|| {
            let mut firsts: FxHashMap<&'d str, usize> = FxHashMap::default();
            for r in persons {
                if let Some(last) = doc.words_in(r.clone()).last() {
                    let end = firsts.entry(last.key.as_str()).or_insert(r.end);
                    *end = (*end).min(r.end);
                }
            }
            firsts
        });
        firsts.get(key).is_some_and(|&end| end <= at)
    }
}

/// The answer of `test` for word `k` asked with the person mentions `persons`: kept per word for
/// the document ([`crate::analysis::lexicon::Tags::word_fact`]) when `persons` is the story's own
/// list of person mentions (`Context::persons`, the one every reader of the quotations passes),
/// else `compute()` each time (a reader that passes another list, or none before name detection
/// ran). `compute` must be the test asked of word `k` with `persons`.
pub(crate) fn word_fact(
    cx: &Context,
    test: crate::analysis::lexicon::WordTest,
    persons: &[Range<usize>],
    k: usize,
    compute: impl FnOnce() -> bool,
) -> bool {
    let story = cx
        .persons
        .get()
        .is_some_and(|p| std::ptr::eq(p.as_slice(), persons));
    if story {
        cx.lex.word_fact(test, k, compute)
    } else {
        compute()
    }
}

/// The answer of `test` for the byte range `r` asked with the person mentions `persons`: kept per
/// range for the document ([`crate::analysis::lexicon::Tags::range_fact`]) when `persons` is the
/// story's own list of person mentions (as [`word_fact`]), else `compute()` each time. `compute`
/// must be the test asked of `r` with `persons`; test builds ask it again at every call and check
/// that the kept answer is its answer.
pub(crate) fn range_fact(
    cx: &Context,
    test: crate::analysis::lexicon::RangeTest,
    persons: &[Range<usize>],
    r: &Range<usize>,
    compute: impl Fn() -> bool,
) -> bool {
    let story = cx
        .persons
        .get()
        .is_some_and(|p| std::ptr::eq(p.as_slice(), persons));
    if !story {
        return compute();
    }
    let yes = cx.lex.range_fact(test, r, &compute);
    if cfg!(debug_assertions) {
        assert_eq!(yes, compute(), "kept answer of {test:?} for {r:?} differs");
    }
    yes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::incremental::Incremental;
    use crate::analysis::pipeline;
    use crate::profile::Profile;
    use std::sync::Arc;

    /// The speaker text of each quotation of `a`, in order (`None` when unclear or unattributed).
    fn speakers(a: &crate::analysis::Analysis) -> Vec<Option<String>> {
        a.quotes
            .iter()
            .map(|q| {
                q.attribution
                    .as_ref()
                    .and_then(|x| x.speaker.as_ref())
                    .map(|s| s.1.clone())
            })
            .collect()
    }

    /// Five paragraphs of reported speech, each with a named or continued speaker.
    const STORY: &str = "قال وزير الزراعة سامي النجار: «المحصول وفير هذا العام».\n\n\
        وأضاف النجار أن «الأسعار ستنخفض قريباً».\n\n\
        من جهتها، قالت المديرة ليلى حداد: «نحتاج إلى مخازن جديدة».\n\n\
        وتابعت حداد: «العمل بدأ أمس».\n\n\
        وقال المزارع كريم سعيد: «الطقس كان لطيفاً».";

    #[test]
    fn cue_readings_far_from_an_edit_are_kept_and_the_result_is_the_scratch_one() {
        // A cue's reading looks at its own clause: an edit two paragraphs away leaves it as it
        // was, so the next version takes it instead of reading the clause again.
        let p = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        let scratch = |t: &str| format!("{:?}", pipeline::analyze(t, Format::Markdown, &p));
        let first = inc.analyze(STORY, Format::Markdown, &p);
        assert_eq!(format!("{first:?}"), scratch(STORY));
        assert_eq!(inc.readings_kept(), 0);
        assert_eq!(
            speakers(&first),
            [
                Some("وزير الزراعة سامي النجار".to_string()),
                Some("النجار".to_string()),
                Some("المديرة ليلى حداد".to_string()),
                Some("حداد".to_string()),
                Some("المزارع كريم سعيد".to_string()),
            ]
        );
        // An edit inside the last quotation: the readings of the first paragraphs are kept.
        let end_edit = STORY.replace("لطيفاً", "لطيفاً جداً");
        let a = inc.analyze(&end_edit, Format::Markdown, &p);
        assert_eq!(format!("{a:?}"), scratch(&end_edit));
        assert!(inc.readings_kept() >= 2, "kept {}", inc.readings_kept());
        // An edit inside the first quotation: the readings of the last paragraphs are kept,
        // moved by the two bytes more.
        let start_edit = end_edit.replace("وفير", "وفيرة");
        let a = inc.analyze(&start_edit, Format::Markdown, &p);
        assert_eq!(format!("{a:?}"), scratch(&start_edit));
        assert!(inc.readings_kept() >= 2, "kept {}", inc.readings_kept());
        assert_eq!(speakers(&a), speakers(&first));
    }

    #[test]
    fn words_far_from_an_edit_that_read_as_nothing_are_known_so() {
        // Whether a word opens a reporting clause or a topic depends on the words around it:
        // an edit in the last paragraph leaves the first ones as they were, so the turn reader
        // knows their words read as nothing without testing them again (test builds test them
        // and check it), and the speakers are the scratch ones.
        let p = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        let first = inc.analyze(STORY, Format::Markdown, &p);
        assert_eq!(inc.inert_words_kept(), 0);
        let edited = STORY.replace("كان لطيفاً", "كان لطيفاً ومشمساً");
        let a = inc.analyze(&edited, Format::Markdown, &p);
        assert_eq!(
            format!("{a:?}"),
            format!("{:?}", pipeline::analyze(&edited, Format::Markdown, &p))
        );
        // The first paragraphs' words, but not the cues (قال، وأضاف، قالت، وتابعت).
        let kept = inc.inert_words_kept();
        assert!(kept >= 10, "kept {kept}");
        // The kinds of the first two quotations (two paragraphs or more before the edited one)
        // are known, as read afresh: speech, then a partial quote after أن.
        assert_eq!(inc.kinds_kept(), 2);
        assert_eq!(a.quotes[0].form, super::QuoteForm::Speech);
        assert_eq!(a.quotes[1].form, super::QuoteForm::Partial);
        let speaker = |a: &crate::analysis::Analysis, k: usize| {
            a.quotes[k]
                .attribution
                .as_ref()
                .and_then(|x| x.speaker.as_ref())
                .map(|s| s.1.clone())
        };
        assert_eq!(speaker(&a, 1), Some("النجار".to_string()));
        assert_eq!(speaker(&a, 3), speaker(&first, 3));
        // A new quotation mark in the shared start: nothing is known inert.
        let marked = edited.replace("وأضاف النجار أن", "وأضاف النجار \"أن\"");
        let b = inc.analyze(&marked, Format::Markdown, &p);
        assert_eq!(
            format!("{b:?}"),
            format!("{:?}", pipeline::analyze(&marked, Format::Markdown, &p))
        );
    }

    #[test]
    fn clauses_far_from_an_edit_keep_what_they_read_by_themselves() {
        // What the turn reader reads at a cue by itself depends on the words around it only:
        // an edit in the last paragraph leaves the first paragraphs' clauses (قال وزير الزراعة،
        // وأضاف النجار) read as they were, and an edit in the first paragraph the last ones
        // (moved by the two bytes more); test builds read them afresh and check, and the
        // analyses are the scratch ones.
        let p = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        let scratch = |t: &str| format!("{:?}", pipeline::analyze(t, Format::Markdown, &p));
        inc.analyze(STORY, Format::Markdown, &p);
        assert_eq!(inc.clause_reads_kept(), 0);
        let end_edit = STORY.replace("كان لطيفاً", "كان لطيفاً ومشمساً");
        let a = inc.analyze(&end_edit, Format::Markdown, &p);
        assert_eq!(format!("{a:?}"), scratch(&end_edit));
        let kept = inc.clause_reads_kept();
        assert!(kept >= 2, "kept {kept}");
        let start_edit = end_edit.replace("وفير", "وفيرة");
        let b = inc.analyze(&start_edit, Format::Markdown, &p);
        assert_eq!(format!("{b:?}"), scratch(&start_edit));
        let kept = inc.clause_reads_kept();
        assert!(kept >= 2, "kept {kept}");
    }

    #[test]
    fn more_quotations_in_the_shared_end_than_the_last_version_had_keep_nothing() {
        // A version whose end holds more quotations than the whole last version (an edit that
        // joined text before them): nothing is common, and nothing is sliced out of range.
        let key = |at: usize| QuoteKey {
            range: at..at + 10,
            inner: at + 2..at + 8,
            kind: MarkKind::Guillemet,
            closed: true,
            speech: false,
            form: QuoteForm::Name,
            words: 1,
            continuation: false,
            continues: false,
            source: None,
            stance: None,
            attributed: false,
        };
        let sh = Shared {
            start_paras: 0,
            end_paras: 1,
            start_byte: 0,
            end_byte: 5,
            unsteady: Some(Vec::new()),
        };
        let new = [key(10), key(30)];
        let old = [key(20)];
        assert_eq!(common_quotes(&new, &old, &sh, (50, 50), (9, 9)), None);
        // The same quotations, moved by nothing, are common.
        assert_eq!(
            common_quotes(&new, &new, &sh, (50, 50), (9, 9)),
            Some((0, 2))
        );
    }

    #[test]
    fn a_new_person_mention_keeps_no_reading() {
        // The person mentions are the reader's view of who is named anywhere in the story (a
        // family name alone is read as a person when the story gives it in full elsewhere), so a
        // version with another mention reads every cue again.
        let p = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        inc.analyze(STORY, Format::Markdown, &p);
        let renamed = STORY.replace("كريم سعيد", "كريم سعيد وزميله هادي سليمان");
        let a = inc.analyze(&renamed, Format::Markdown, &p);
        assert_eq!(
            format!("{a:?}"),
            format!("{:?}", pipeline::analyze(&renamed, Format::Markdown, &p))
        );
        let people = |a: &crate::analysis::Analysis| {
            a.names
                .iter()
                .filter(|e| e.kind == crate::analysis::names::NameKind::Person)
                .count()
        };
        let before = people(&pipeline::analyze(STORY, Format::Markdown, &p));
        assert!(
            people(&a) > before,
            "{} people, {before} before",
            people(&a)
        );
        assert_eq!(inc.readings_kept(), 0);
    }

    #[test]
    fn common_ends_count_the_bytes_in_common() {
        let a = "x".repeat(200) + "abc" + &"y".repeat(150);
        let b = "x".repeat(200) + "aXc" + &"y".repeat(150);
        assert_eq!(common_prefix(a.as_bytes(), b.as_bytes()), 201);
        assert_eq!(common_suffix(a.as_bytes(), b.as_bytes()), 151);
        assert_eq!(common_prefix(b"", b"abc"), 0);
        assert_eq!(common_suffix(b"bc", b"abc"), 2);
    }

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

    #[test]
    fn held_readings_are_the_readings_put() {
        // A named speaker, kept boxed, comes back equal; a reading whose indexes do not fit in
        // u32 is not remembered; a moved reading shifts its ranges with the text's end.
        let named = Read::Named(super::super::speaker::Named {
            range: 4..14,
            text: "سامي النجار".to_string(),
            anonymous: false,
            title_only: false,
            name: Some(4..14),
        });
        let memo = CueReads::default();
        memo.put(3, 9, named.clone());
        memo.put(5, 9, Read::Pronoun);
        assert_eq!(memo.get(3, 9), Some(named.clone()));
        assert_eq!(memo.get(5, 9), Some(Read::Pronoun));
        assert_eq!(memo.get(9, 3), None);
        memo.put(usize::MAX, 1, Read::Unclear);
        assert_eq!(memo.get(usize::MAX, 1), None);
        assert!(std::mem::size_of::<Held>() <= 16);
        let moved = moved_read(Held::of(named), 30, 20).map(|h| h.read());
        let Some(Read::Named(n)) = moved else {
            panic!("the named reading is moved");
        };
        assert_eq!((n.range.clone(), n.name.clone()), (14..24, Some(14..24)));
        assert!(moved_read(Held::of(Read::Named(n)), 10, 30).is_none());
    }

    #[test]
    fn the_breaks_key_lists_the_quotations_a_mark_can_be_inside() {
        let q = |a: usize, b: usize| {
            super::super::new_quote(a - 1, 1, b, b + 1, MarkKind::Straight, true, false)
        };
        // Paragraph 10..20: before it, texts 2..5 (ends before it) and 3..15 (ends inside it);
        // in it, a text 12..30 (ends past it).
        let quotes = [q(2, 5), q(3, 15), q(12, 30)];
        assert_eq!(breaks_key(&quotes, &(10..20)), [2, 0, 5, 2, 10]);
        // Only the last four opening before the paragraph can answer for a mark in it.
        let quotes = [q(1, 2), q(2, 3), q(3, 4), q(4, 5), q(5, 18)];
        assert_eq!(breaks_key(&quotes, &(10..20)), [4, 0, 0, 0, 8]);
        assert_eq!(breaks_key(&[], &(10..20)), [0]);
    }

    #[test]
    fn sentence_breaks_are_kept_by_the_paragraph_text_and_its_quotations() {
        // The second paragraph moves when the first grows; its breaks (the dot after «...», not
        // the one inside it) are taken from the last version, moved, without reading it again.
        let p = Profile::embedded();
        let a = "افتتح المعرض صباحاً.\n\nقال المدير: «الزوار كثر. والكتب أكثر». ثم غادر.";
        let b = "افتتح المعرض صباح اليوم في المدينة.\n\nقال المدير: «الزوار كثر. والكتب أكثر». ثم غادر.";
        let run = |src: &str, last: BreaksOf, quoted: bool| -> (Vec<usize>, usize, BreaksOf) {
            let doc = Document::new(src, Format::Markdown);
            let cx = Context::new(&doc, &p);
            let open = src.find('«').unwrap_or(0);
            let close = src.find('»').unwrap_or(0);
            let g = '«'.len_utf8();
            let quotes = match quoted {
                true => vec![super::super::new_quote(
                    open,
                    g,
                    close,
                    close + g,
                    MarkKind::Guillemet,
                    true,
                    false,
                )],
                false => Vec::new(),
            };
            let memo = cx.cue_reads();
            memo.keeping.set(true);
            memo.breaks.borrow_mut().last = last;
            let para = doc.paragraphs[1].clone();
            let computed = std::cell::Cell::new(0);
            let fresh = || {
                computed.set(computed.get() + 1);
                let plain = Document::new(src, Format::Markdown);
                super::super::sentence::sentence_breaks(&Context::new(&plain, &p), &para, &quotes)
            };
            let got = memo.breaks(&cx, &para, &quotes, fresh);
            let this = std::mem::take(&mut memo.breaks.borrow_mut().this);
            (got, computed.get(), this)
        };
        let (first, computed, kept) = run(a, BreaksOf::default(), true);
        assert_eq!(computed, 1);
        let dot = |src: &str| src.rfind('.').unwrap_or(0);
        let after_quote = |src: &str| src.find("». ").map_or(0, |i| i + '»'.len_utf8());
        assert_eq!(first, [after_quote(a), dot(a)]);
        let (moved, computed, _) = run(b, kept, true);
        // Test builds compute them once more, to check the kept ones.
        assert_eq!(computed, usize::from(cfg!(debug_assertions)));
        assert_eq!(moved, [after_quote(b), dot(b)]);
        // Without the quotation the dot inside it ends a sentence: not the breaks kept.
        let (_, _, kept) = run(a, BreaksOf::default(), true);
        let (unquoted, computed, _) = run(b, kept, false);
        assert_eq!(computed, 1);
        assert_eq!(unquoted.len(), 3);
    }

    #[test]
    fn attributions_before_an_edit_are_kept_when_their_record_holds() {
        // Who said a quotation is read from its own paragraphs and from what the story said
        // before it: a sentence added two paragraphs and more than forty words later leaves it
        // as it was, so the next version takes the first two attributions instead of reading
        // them again, and the result is the scratch one.
        let filler = "وتمتد الطريق على مسافة أربعين كيلومتراً بين المدينتين، وتضم ثلاثة جسور ونفقاً \
            واحداً، وقد بدأ العمل فيها قبل عامين بتمويل من الحكومة ومن مصرف التنمية. ويعبر \
            الطريق القديم يومياً أكثر من عشرة آلاف سيارة، وتشكو البلدات الواقعة عليه من الزحام \
            ومن الحوادث المتكررة في فصل الشتاء وفي أيام الأعياد والعطل الطويلة.";
        let story = format!(
            "قال وزير النقل سامي العطار: «الطريق الجديد يفتح الشهر المقبل».\n\n\
             وأضاف العطار أن «الأعمال تسير وفق الخطة».\n\n{filler}\n\n{filler}\n\n\
             وقالت المهندسة ريم الخوري: «نعمل ليلاً ونهاراً»."
        );
        let edited = format!("{story} وأكدت المهندسة ذلك.");
        let p = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        let scratch = |t: &str| format!("{:?}", pipeline::analyze(t, Format::Markdown, &p));
        let expected = [
            Some("وزير النقل سامي العطار".to_string()),
            Some("العطار".to_string()),
            Some("المهندسة ريم الخوري".to_string()),
        ];
        let first = inc.analyze(&story, Format::Markdown, &p);
        assert_eq!(format!("{first:?}"), scratch(&story));
        assert_eq!(speakers(&first), expected);
        assert_eq!(inc.attributions_kept(), 0);
        let next = inc.analyze(&edited, Format::Markdown, &p);
        assert_eq!(format!("{next:?}"), scratch(&edited));
        assert_eq!(speakers(&next), expected);
        assert_eq!(inc.attributions_kept(), 2);
        // A word the story has twice before (تمتد), after two different words: each of those
        // has the other apart from its own head before and after the edit, so the story-wide
        // question of `np::construct_description` keeps its answer (`unsteady_words`) and the
        // attributions are kept; the result is still the scratch one.
        let named = format!("{story} وتمتد الورشة.");
        let again = inc.analyze(&named, Format::Markdown, &p);
        assert_eq!(format!("{again:?}"), scratch(&named));
        assert_eq!(inc.attributions_kept(), 2);
    }

    #[test]
    fn a_far_edit_that_adds_or_removes_the_other_word_of_a_key_reads_the_cue_again() {
        // Whether the word right after an indefinite description is its genitive (رجل ذو خبرة)
        // asks whether the story uses that word apart anywhere else (`np::construct_description`),
        // a question of the whole story: a sentence four paragraphs later that adds the only
        // other ذو changes how the first cue is read, and removing it changes it back. The
        // first paragraph's reading, clause and inert words must then be read again; the cue
        // of the third paragraph, whose window has no word of that key, is still kept, and every
        // result is the scratch one.
        let filler = "وتمتد الطريق على مسافة أربعين كيلومتراً بين المدينتين، وتضم ثلاثة جسور ونفقاً \
            واحداً، وقد بدأ العمل فيها قبل عامين بتمويل من الحكومة ومن مصرف التنمية.";
        let story = format!(
            "وقال رجل ذو خبرة إن «السوق هادئة».\n\n{filler}\n\n\
             وأضاف التاجر سامي النجار أن «الأسعار مستقرة».\n\n{filler}\n\n\
             وقالت المهندسة ريم الخوري: «نعمل ليلاً ونهاراً»."
        );
        let edited = format!("{story}\n\nوكان البيت ذو السقف العالي مزدحماً.");
        let p = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        let scratch = |t: &str| format!("{:?}", pipeline::analyze(t, Format::Markdown, &p));
        let first = inc.analyze(&story, Format::Markdown, &p);
        assert_eq!(format!("{first:?}"), scratch(&story));
        assert_eq!(
            speakers(&first),
            [
                Some("رجل ذو خبرة".to_string()),
                Some("التاجر سامي النجار".to_string()),
                Some("المهندسة ريم الخوري".to_string()),
            ]
        );
        // The edit adds the other ذو: the first cue reads otherwise (the speaker reader then
        // takes ذو for a name particle; whether it should is that reader's question, not this
        // memo's), and the analysis is the scratch one.
        let next = inc.analyze(&edited, Format::Markdown, &p);
        assert_eq!(format!("{next:?}"), scratch(&edited));
        assert_ne!(speakers(&next)[0], speakers(&first)[0]);
        assert_eq!(speakers(&next)[1..], speakers(&first)[1..]);
        assert!(inc.readings_kept() >= 1, "kept {}", inc.readings_kept());
        // The edit undone removes it again.
        let back = inc.analyze(&story, Format::Markdown, &p);
        assert_eq!(format!("{back:?}"), scratch(&story));
        assert_eq!(speakers(&back), speakers(&first));
        assert!(inc.readings_kept() >= 1, "kept {}", inc.readings_kept());
    }

    #[test]
    fn an_edit_of_the_credit_reads_again_the_cues_that_ask_it() {
        // ل joined to the outlet the story's own credit names marks the addressee
        // (`own_outlet::lam_of_story_outlet`): whether the cue «وقال صياد لزيتونبريس» names its
        // speaker with or without لزيتونبريس is a question of the byline, three paragraphs
        // before it. An edit of the byline's outlet must read that cue again, though its words
        // and the person mentions are the same; every result is the scratch one.
        let story = |outlet: &str| {
            format!(
                "{outlet} - سليم الراشدي\n\nوتجمع الصيادون في الميناء منذ الصباح.\n\n\
                 وقال صياد لزيتونبريس إن «البحر هائج منذ أسبوعين».\n\n\
                 وقالت المهندسة ريم الخوري: «نعمل ليلاً ونهاراً»."
            )
        };
        let (other, own) = (story("سانا"), story("زيتونبريس"));
        let p = Arc::new(Profile::embedded());
        let mut inc = Incremental::new();
        let scratch = |t: &str| format!("{:?}", pipeline::analyze(t, Format::Markdown, &p));
        let first = inc.analyze(&other, Format::Markdown, &p);
        assert_eq!(format!("{first:?}"), scratch(&other));
        let next = inc.analyze(&own, Format::Markdown, &p);
        assert_eq!(format!("{next:?}"), scratch(&own));
        assert_eq!(
            speakers(&next),
            [
                Some("صياد".to_string()),
                Some("المهندسة ريم الخوري".to_string())
            ]
        );
        assert_ne!(speakers(&first)[0], speakers(&next)[0]);
        let back = inc.analyze(&other, Format::Markdown, &p);
        assert_eq!(format!("{back:?}"), scratch(&other));
        assert_eq!(speakers(&back), speakers(&first));
    }

    #[test]
    fn the_words_whose_construct_question_may_change_are_those_of_a_key_typed_or_removed() {
        // ذو typed after الرجل: the first ذو, after رجل, then has another after a different
        // word, which it had not: it is listed. أمس (the word after the edit) has no other word.
        let p = Profile::embedded();
        let unsteady = |old: &str, new: &str| {
            let (od, nd) = (
                Document::new(old, Format::Plain),
                Document::new(new, Format::Plain),
            );
            let cx = Context::new(&nd, &p);
            let pre = common_prefix(old.as_bytes(), new.as_bytes());
            let suf = common_suffix(old.as_bytes(), new.as_bytes());
            let keys: Vec<Text> = od.words.iter().map(|w| w.key).collect();
            unsteady_words(&cx, (pre, new.len() - suf), &keys)
        };
        let old = "وقال رجل ذو خبرة كلاما. وجاء الرجل أمس.";
        let new = "وقال رجل ذو خبرة كلاما. وجاء الرجل ذو أمس.";
        assert_eq!(unsteady(old, new), Some(vec![2]));
        // Removed again, the same word is listed.
        assert_eq!(unsteady(new, old), Some(vec![2]));
        // When the story has ذو after two different words besides, every ذو has another apart
        // from its head, before and after the edit: none is listed.
        let old = "وقال رجل ذو خبرة كلاما. وهو ذو علم. وجاء الرجل أمس.";
        let new = "وقال رجل ذو خبرة كلاما. وهو ذو علم. وجاء الرجل ذو أمس.";
        assert_eq!(unsteady(old, new), Some(vec![]));
        // ذو typed after the same head as the only other one changes no answer: neither stands
        // apart from it.
        let old = "وقال رجل ذو خبرة كلاما. وجاء رجل أمس.";
        let new = "وقال رجل ذو خبرة كلاما. وجاء رجل ذو أمس.";
        assert_eq!(unsteady(old, new), Some(vec![]));
        // Windows: words 0..6 read paragraphs (i / 2) - 1 to (i / 2) + 1; those holding
        // paragraph 1 are words 0 to 5, those holding paragraph 3 words 4 to 5.
        let runs = windows_holding(6, &[1, 3], |i| (i / 2).saturating_sub(1), |i| i / 2 + 1);
        assert_eq!(runs, [0..6, 4..6]);
    }
}
