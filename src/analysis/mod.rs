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
pub mod fix;
pub mod hygiene;
pub mod incremental;
pub mod lexicon;
pub mod names;
pub mod pipeline;
pub mod quotes;
pub mod registry;
pub mod suppress;

pub use crate::rules::RuleId;
pub use finding::{Edit, Finding, Fix, Lang, Message, Related, Severity, apply_edits};
pub use registry::{RULES, Rule, RuleMeta, rule};

use crate::profile::Profile;
use crate::text::{Document, Format};
use std::cell::OnceCell;

/// Compiles the regular expressions of the analysis (the masking of what is not prose, the
/// credit shapes, the suppression comments) now instead of during the first analysis, which
/// otherwise spends some 7 M instructions (about 1 ms) compiling them. The language server runs
/// it on a thread of its own at start, while the client sends `initialize`; the command line
/// does not need it. Takes and returns nothing; no analysis changes.
pub fn compile_patterns() {
    crate::text::prose::compile_patterns();
    credits::compile_patterns();
    suppress::compile_patterns();
}

/// Base URL of the rules' documentation; a rule's section is `{DOCS_URL}#{rule-id}`.
pub const DOCS_URL: &str = "https://github.com/isnad-dev/isnad/blob/main/docs/rules.md";

/// The documentation link of a rule (its section of `docs/rules.md`).
pub fn doc_url(rule_id: &str) -> String {
    format!("{DOCS_URL}#{rule_id}")
}

/// The rules' documentation as one Markdown page (`docs/rules.md`): a section per rule, titled
/// with the rule id (so `doc_url` anchors resolve), with its default severity, summaries and the
/// rule's own documentation with its headings one level down.
pub fn rules_markdown() -> String {
    let mut out = String::from("# isnad rules\n\n");
    out.push_str(
        "Generated from the rules' documentation (`isnad rules --markdown`); do not edit by hand. ",
    );
    out.push_str("`isnad explain RULE` prints the same text.\n");
    for r in RULES.iter().map(|r| r.meta()) {
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
    /// Names found, computed on first use by [`Context::names`].
    names: OnceCell<Vec<names::Entity>>,
    /// Quotations and stray marks, computed on first use by [`Context::quotes`].
    quotes: OnceCell<quotes::Quotes>,
    /// Byte ranges of the person mentions of [`Context::names`], sorted by start; set by
    /// [`Context::quotes`].
    persons: OnceCell<Vec<std::ops::Range<usize>>>,
    /// The family names of `persons`, indexed on first use by [`Context::surnames_of`].
    surnames: OnceCell<quotes::memo::Surnames<'d>>,
    /// The story-wide facts of `persons`, indexed on first use by [`Context::person_index_of`].
    person_index: OnceCell<quotes::memo::PersonIndex<'d>>,
    /// The speaker reader's readings of reporting cues (see [`Context::cue_reads_of`]).
    cue_reads: quotes::memo::CueReads,
    /// Credits, agencies and anonymous sources, computed on first use by [`Context::credits`].
    credits: OnceCell<credits::CreditScan>,
    /// The hygiene rules' shared scan, computed on first use by [`Context::scan`].
    scan: OnceCell<hygiene::Scan>,
    /// The story's orthographic conventions, read on first use by [`Context::conventions`].
    conventions: OnceCell<names::across::Conventions>,
    /// The conventions' counts of the draft's last text, read and renewed by
    /// [`Context::conventions`] (set by the incremental analysis,
    /// [`Context::with_conventions_memo`]).
    conventions_memo: Option<&'d std::cell::RefCell<names::across::ConventionsMemo>>,
    /// The per-word name seeds of the draft's last version, read and renewed by name detection
    /// (set by the incremental analysis, [`Context::with_seed_memo`]).
    seed_memo: Option<&'d std::cell::RefCell<names::SeedMemo>>,
    /// The cue readings of the draft's last version, read and renewed by [`Context::quotes`]
    /// (set by the incremental analysis, [`Context::with_kept_reads`]).
    kept_reads: Option<&'d std::cell::RefCell<quotes::memo::KeptReads>>,
    /// The words of each key, in order, as a list through the words (built on first use by
    /// [`Context::key_firsts`]).
    key_words: OnceCell<std::sync::Arc<KeyWords>>,
    /// The per-key lists of the draft's last version that asked for them, read and renewed by
    /// the first question about this version's (set by the incremental analysis,
    /// [`Context::with_key_memo`]).
    key_memo: Option<&'d std::cell::RefCell<KeyMemo>>,
    /// How many story-wide walks over the words [`Context::key_index_pays`] has let happen.
    key_walks: std::cell::Cell<u32>,
    /// Per [`KeyTest`], what [`Context::key_firsts`] answered for each key asked.
    key_firsts:
        [std::cell::RefCell<rustc_hash::FxHashMap<crate::text::intern::Text, KeyFirsts>>; 2],
}

/// The per-word tests whose words [`Context::key_firsts`] finds by key. Each is asked of one
/// word key across the whole story ("is there a word with this key, before word i or other than
/// word i, where the test holds?"): answered from the words with that key, found in a table
/// built once, and kept per key, not by a walk over every word for each question, which grew
/// with the square of the story's length.
#[derive(Debug, Clone, Copy)]
pub(crate) enum KeyTest {
    /// A key written right after a given name (the continuity reader's contrast subject).
    AfterGivenName = 0,
    /// A key written right after a lead noun, title, verb or cue (name detection's parties).
    AfterLeadNoun = 1,
}

/// The words of each key of a document, in order: the first word of each key, and for each word
/// the next word with the same key (`u32::MAX` after the last). Four bytes a word, with no list
/// per key.
#[derive(Debug, Default, Clone, PartialEq)]
struct KeyWords {
    /// Per key, its first and last word.
    ends: rustc_hash::FxHashMap<crate::text::intern::Text, (u32, u32)>,
    /// Per word, the next word with its key.
    next: Vec<u32>,
}

impl KeyWords {
    /// The list of `words` (a document's words) by key.
    fn of(words: &[crate::text::Word]) -> KeyWords {
        // About half of a story's words have a key no word before them has (2,761 of 5,290 in
        // the 5,264-word draft): the table is made that size at once rather than grown and
        // rehashed four times, up to what 4,096 slots hold (a longer text's table grows as
        // before, so that a 5 MB file's is sized by its keys and its peak does not grow).
        let room = (words.len() / 2).min(3584);
        let mut kw = KeyWords {
            ends: rustc_hash::FxHashMap::with_capacity_and_hasher(room, Default::default()),
            next: vec![u32::MAX; words.len()],
        };
        for (k, w) in words.iter().enumerate() {
            let Ok(k) = u32::try_from(k) else {
                break;
            };
            // One hash of the key a word (a lookup, then an insertion, hashed it twice).
            match kw.ends.entry(w.key) {
                std::collections::hash_map::Entry::Occupied(mut e) => {
                    let e = e.get_mut();
                    if let Some(n) = kw.next.get_mut(e.1 as usize) {
                        *n = k;
                    }
                    e.1 = k;
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert((k, k));
                }
            }
        }
        kw
    }

    /// The indices of the words with key `key`, in order.
    fn of_key(&self, key: &str) -> impl Iterator<Item = usize> + '_ {
        let first = self.ends.get(key).map_or(u32::MAX, |e| e.0);
        std::iter::successors(Some(first), |&k| self.next.get(k as usize).copied())
            .take_while(|&k| k != u32::MAX)
            .map(|k| k as usize)
    }
}

/// The per-key lists of words ([`Context::words_of_key`]) of the last version of an open draft
/// that asked for them, with that version's word keys: the next version's lists are the kept
/// ones changed where its keys differ ([`KeyMemo::words_of`]), not built again from every word
/// (a hash of each word's key, 0.58 M instructions a keystroke on the 5,264-word draft). Empty
/// at first; the incremental analysis keeps one per draft ([`Context::with_key_memo`]).
#[derive(Debug, Default)]
pub(crate) struct KeyMemo {
    /// The word keys of the version `lists` were made for, in order.
    keys: Vec<crate::text::intern::Text>,
    /// That version's lists (shared with that version's [`Context`], which is gone by the next
    /// version's question, so they are then changed in place).
    lists: std::sync::Arc<KeyWords>,
    /// How many times the lists were renewed from kept ones rather than built (for tests).
    renewed: usize,
}

impl KeyMemo {
    /// The per-key lists of `words` (a document's words), equal to [`KeyWords::of`]: the kept
    /// lists with the keys both versions start and end with kept, the words between relinked
    /// (see [`KeyWords::renew`]); built afresh when there are none or most words changed.
    /// Keeps `words`' keys and lists for the next call.
    fn words_of(&mut self, words: &[crate::text::Word]) -> std::sync::Arc<KeyWords> {
        let (old, new) = (self.keys.len(), words.len());
        let m = old.min(new);
        // Keys are interned: equal ones are nearly always one pointer (plain loops: this runs
        // at every keystroke over every word but those around the edit).
        let same = |k: &crate::text::intern::Text, w: &crate::text::Word| {
            k.same_entry(&w.key) || *k == w.key
        };
        let (keys, words_m) = (&self.keys[..m], &words[..m]);
        let mut start = 0;
        while start < m && same(&keys[start], &words_m[start]) {
            start += 1;
        }
        let mut end = 0;
        while end < m - start && same(&self.keys[old - 1 - end], &words[new - 1 - end]) {
            end += 1;
        }
        // Relinking costs about what building costs per changed word, and more than a hash per
        // kept one: past half the words, build.
        let changed = (old - start - end) + (new - start - end);
        if old == 0 || changed > new / 2 || u32::try_from(new).is_err() {
            self.lists = std::sync::Arc::new(KeyWords::of(words));
            self.keys.clear();
            self.keys.extend(words.iter().map(|w| w.key));
        } else {
            self.renewed += 1;
            let lists = std::sync::Arc::make_mut(&mut self.lists);
            lists.renew(&self.keys, words, start, end);
            let between = words.get(start..new - end).unwrap_or(&[]);
            self.keys
                .splice(start..old - end, between.iter().map(|w| w.key));
        }
        #[cfg(any(test, debug_assertions))]
        assert_eq!(
            *self.lists,
            KeyWords::of(words),
            "kept key lists differ from built ones"
        );
        self.lists.clone()
    }
}

/// What [`KeyWords::renew`] sets one key's list to: its words of the old lists kept at the start
/// and at the end (this version's indices), and its words between (in order).
#[derive(Default)]
struct Relink {
    head: Vec<u32>,
    fresh: Vec<u32>,
    tail: Vec<u32>,
}

impl KeyWords {
    /// Moves these lists (made for a version whose word keys were `old_keys`) to `words`, which
    /// start with the first `start` of those keys and end with the last `end`: a link or end in
    /// the kept start stays, one in the kept end moves by the change in word count, and the
    /// lists of the keys of the words between (in either version) are walked and relinked with
    /// this version's words between. The lists are then equal to [`KeyWords::of`]`(words)`.
    /// `words.len()` must fit a `u32` and `start + end` be at most both counts.
    fn renew(
        &mut self,
        old_keys: &[crate::text::intern::Text],
        words: &[crate::text::Word],
        start: usize,
        end: usize,
    ) {
        let (old, new) = (old_keys.len(), words.len());
        let (a, old_b, new_b) = (start as u32, (old - end) as u32, (new - end) as u32);
        // An old word index in this version: kept at the start, moved at the end, None between.
        let moved = |i: u32| -> Option<u32> {
            if i < a {
                Some(i)
            } else if i >= old_b && i != u32::MAX {
                Some(i - old_b + new_b)
            } else {
                None
            }
        };
        // The keys of the words between, in either version, with their lists as they will be,
        // read before the old lists are changed.
        let mut between: rustc_hash::FxHashMap<crate::text::intern::Text, Relink> =
            Default::default();
        for &k in old_keys.get(start..old - end).unwrap_or(&[]) {
            between.entry(k).or_default();
        }
        for (i, w) in words.iter().enumerate().take(new - end).skip(start) {
            between.entry(w.key).or_default().fresh.push(i as u32);
        }
        for (key, r) in between.iter_mut() {
            let first = self.ends.get(key.as_str()).map_or(u32::MAX, |e| e.0);
            let walk = std::iter::successors(Some(first), |&k| self.next.get(k as usize).copied())
                .take_while(|&k| k != u32::MAX)
                .filter_map(moved);
            (r.head, r.tail) = walk.partition(|&k| k < a);
        }
        let link = |i: &mut u32| {
            if *i != u32::MAX {
                // A link into the words between is set again below (its key is theirs).
                *i = moved(*i).unwrap_or(u32::MAX);
            }
        };
        self.next.splice(
            start..old - end,
            std::iter::repeat_n(u32::MAX, new - end - start),
        );
        // With as many words as before (a letter typed inside a word), `moved` keeps every index
        // outside the words between, and every link or end into those words belongs to the list
        // of a key of theirs, which `relink` sets whole below: the two passes over every link
        // and every key would change nothing that stays.
        if old_b != new_b {
            self.next.iter_mut().for_each(link);
            for e in self.ends.values_mut() {
                link(&mut e.0);
                link(&mut e.1);
            }
        }
        for (key, r) in between {
            self.relink(key, &r);
        }
    }

    /// Sets the list of `key` to the words of `r` (head, fresh, tail: in order), or drops the
    /// key when there are none.
    fn relink(&mut self, key: crate::text::intern::Text, r: &Relink) {
        let mut all = r.head.iter().chain(&r.fresh).chain(&r.tail).copied();
        let Some(first) = all.next() else {
            self.ends.remove(key.as_str());
            return;
        };
        let mut last = first;
        for k in all {
            if let Some(n) = self.next.get_mut(last as usize) {
                *n = k;
            }
            last = k;
        }
        if let Some(n) = self.next.get_mut(last as usize) {
            *n = u32::MAX;
        }
        self.ends.insert(key, (first, last));
    }
}

/// The first two word indices (in order) that [`Context::key_firsts`] found for a key and test.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct KeyFirsts(Option<usize>, Option<usize>);

impl KeyFirsts {
    /// True when one of the words found has an index below `before`.
    pub(crate) fn any_before(self, before: usize) -> bool {
        self.0.is_some_and(|k| k < before)
    }

    /// True when one of the words found has an index other than `other`.
    pub(crate) fn any_other_than(self, other: usize) -> bool {
        self.0.is_some_and(|k| k != other) || self.1.is_some()
    }
}

impl<'d, 'a> Context<'d, 'a> {
    /// Tags the document's words with the profile's lexicons, reads its suppression comments, and
    /// bundles them with the document and profile.
    pub fn new(doc: &'d Document<'a>, profile: &'d Profile) -> Context<'d, 'a> {
        Context::with_tags(doc, profile, lexicon::tag(doc, profile))
    }

    /// [`Context::new`] with the document's lexicon tags already made: `lex` must be what
    /// [`lexicon::tag`] gives for `doc` and `profile` (the incremental analysis reuses the tags
    /// of unchanged paragraphs, [`lexicon::tag_with`]).
    pub fn with_tags(
        doc: &'d Document<'a>,
        profile: &'d Profile,
        lex: lexicon::Tags,
    ) -> Context<'d, 'a> {
        Context {
            doc,
            profile,
            lex,
            directives: suppress::Directives::parse(doc),
            names: OnceCell::new(),
            quotes: OnceCell::new(),
            persons: OnceCell::new(),
            surnames: OnceCell::new(),
            person_index: OnceCell::new(),
            cue_reads: Default::default(),
            credits: OnceCell::new(),
            scan: OnceCell::new(),
            conventions: OnceCell::new(),
            conventions_memo: None,
            seed_memo: None,
            kept_reads: None,
            key_words: OnceCell::new(),
            key_memo: None,
            key_walks: Default::default(),
            key_firsts: Default::default(),
        }
    }

    /// The first two words k ≥ 1 (indices, in order) whose key is `key` and at which `test`
    /// (word index → bool; the one test of `which`, the same at every call) holds. Each key is
    /// answered once per document, from the words with that key only.
    pub(crate) fn key_firsts(
        &self,
        which: KeyTest,
        key: &str,
        test: impl Fn(usize) -> bool,
    ) -> KeyFirsts {
        if let Some(&known) = self.key_firsts[which as usize].borrow().get(key) {
            return known;
        }
        let words = self.key_lists();
        let mut found = words.of_key(key).filter(|&k| k >= 1 && test(k));
        let firsts = KeyFirsts(found.next(), found.next());
        if let Some(w) = words.ends.get_key_value(key) {
            self.key_firsts[which as usize]
                .borrow_mut()
                .insert(*w.0, firsts);
        }
        firsts
    }

    /// True when a story-wide question about the words of one key should be answered from the
    /// per-key list of words ([`Context::words_of_key`]): the list is built, or the question has
    /// been asked by a walk over every word more than eight times in this document (each walk
    /// costs as much as building the list once). False: walk the words this time (counted).
    /// Both ways give the same answer; only the cost differs (a short draft asks a few times
    /// per keystroke, a long file thousands of times).
    pub(crate) fn key_index_pays(&self) -> bool {
        if self.key_words.get().is_some() {
            return true;
        }
        let walks = self.key_walks.get().saturating_add(1);
        self.key_walks.set(walks);
        walks > 8
    }

    /// The indices of the words whose key is `key`, in order (from the per-key list of word
    /// indices built on first use, four bytes a word).
    pub(crate) fn words_of_key(&self, key: &str) -> impl Iterator<Item = usize> + '_ {
        self.key_lists().of_key(key)
    }

    /// The per-key lists of the document's words, made on first use: renewed from those of the
    /// draft's last version when the incremental analysis keeps them ([`KeyMemo`]), else built.
    fn key_lists(&self) -> &KeyWords {
        self.key_words.get_or_init(|| match self.key_memo {
            Some(memo) => memo.borrow_mut().words_of(&self.doc.words),
            None => std::sync::Arc::new(KeyWords::of(&self.doc.words)),
        })
    }

    /// This context with `memo`, the per-key word lists of the last version of the same draft
    /// (empty at first): the first question about this version's lists renews them from those
    /// and leaves this version's in `memo` ([`KeyMemo`]).
    pub(crate) fn with_key_memo(
        mut self,
        memo: &'d std::cell::RefCell<KeyMemo>,
    ) -> Context<'d, 'a> {
        self.key_memo = Some(memo);
        self
    }

    /// This context with `memo`, the per-word name seeds of the last version of the same draft
    /// analysed with the same profile (empty at first): name detection reuses them where the
    /// words around are unchanged and leaves this version's in `memo` ([`names::SeedMemo`]).
    pub fn with_seed_memo(
        mut self,
        memo: &'d std::cell::RefCell<names::SeedMemo>,
    ) -> Context<'d, 'a> {
        self.seed_memo = Some(memo);
        self
    }

    /// This context with `kept`, the cue readings of the last version of the same draft analysed
    /// with the same profile (empty at first): the quotation reader reuses those whose words
    /// around are unchanged and leaves this version's in `kept` ([`quotes::memo::KeptReads`]).
    pub(crate) fn with_kept_reads(
        mut self,
        kept: &'d std::cell::RefCell<quotes::memo::KeptReads>,
    ) -> Context<'d, 'a> {
        self.kept_reads = Some(kept);
        self
    }

    /// The memo given by [`Context::with_seed_memo`], if any.
    pub(crate) fn seed_memo(&self) -> Option<&'d std::cell::RefCell<names::SeedMemo>> {
        self.seed_memo
    }

    /// The document's names (people, places, organisations) with their mentions, detected once
    /// ([`names::detect`]) on first call.
    pub fn names(&self) -> &[names::Entity] {
        self.names.get_or_init(|| names::detect(self))
    }

    /// The document's quotations with their speakers, and the marks that pair with nothing,
    /// extracted once on first call (the people of [`Context::names`] help find speakers).
    pub fn quotes(&self) -> &quotes::Quotes {
        self.quotes.get_or_init(|| {
            let persons = self.persons();
            // An open draft's last version lends the readings that still hold, and keeps this
            // version's for the next.
            if let Some(kept) = self.kept_reads {
                kept.borrow_mut().prime(self, persons, &self.cue_reads);
            }
            let quotes = quotes::extract_with(self, persons);
            if let Some(kept) = self.kept_reads {
                kept.borrow_mut().keep(self, persons, &self.cue_reads);
            }
            // The memo of cue readings served the turn reader and the attributions of this
            // extraction; freed, it does not sit in memory while the other rules run.
            self.cue_reads.free();
            quotes
        })
    }

    /// Byte ranges (half-open) of every person mention of [`Context::names`], sorted by start,
    /// computed once; a family name on العبد runs on into its second half (سامر العبد الله:
    /// [`names::sheet::theophoric_family_tail`]), so a speaker's name is read whole.
    fn persons(&self) -> &[std::ops::Range<usize>] {
        self.persons.get_or_init(|| {
            let text = self.doc.source;
            let mut persons: Vec<std::ops::Range<usize>> = self
                .names()
                .iter()
                .filter(|e| e.kind == names::NameKind::Person)
                .flat_map(|e| {
                    e.mentions.iter().map(|m| {
                        let tail = names::sheet::theophoric_family_tail(text, m.range.clone());
                        m.range.start..tail.map_or(m.range.end, |t| t.end)
                    })
                })
                .collect();
            persons.sort_by_key(|r| r.start);
            persons
        })
    }

    /// The family-name index of `persons` when `persons` is this context's own person list (the
    /// very slice [`Context::quotes`] passes down; built once on first call); `None` for any other
    /// list, whose caller then reads the list itself.
    pub(crate) fn surnames_of(
        &self,
        persons: &[std::ops::Range<usize>],
    ) -> Option<&quotes::memo::Surnames<'d>> {
        let own = self.persons.get()?;
        std::ptr::eq(own.as_slice(), persons).then(|| {
            self.surnames
                .get_or_init(|| quotes::memo::Surnames::new(self.doc, own))
        })
    }

    /// The index of `persons` ([`quotes::memo::PersonIndex`]) when `persons` is this context's
    /// own person list (as [`Context::surnames_of`]; built once on first call); `None` for any
    /// other list, whose caller then reads the list itself.
    pub(crate) fn person_index_of(
        &self,
        persons: &[std::ops::Range<usize>],
    ) -> Option<&quotes::memo::PersonIndex<'d>> {
        let own = self.persons.get()?;
        std::ptr::eq(own.as_slice(), persons).then(|| {
            self.person_index
                .get_or_init(|| quotes::memo::PersonIndex::new(self.doc))
        })
    }

    /// The memo of the speaker reader's cue readings (and of the sentence breaks of paragraphs,
    /// `quotes::memo::CueReads::breaks`), whoever asks.
    pub(crate) fn cue_reads(&self) -> &quotes::memo::CueReads {
        &self.cue_reads
    }

    /// The memo of the speaker reader's cue readings when `persons` is this context's own person
    /// list (as [`Context::surnames_of`]); `None` for any other list, read without a memo.
    pub(crate) fn cue_reads_of(
        &self,
        persons: &[std::ops::Range<usize>],
    ) -> Option<&quotes::memo::CueReads> {
        let own = self.persons.get()?;
        std::ptr::eq(own.as_slice(), persons).then_some(&self.cue_reads)
    }

    /// The document's credits, agencies cited and anonymous sources, scanned once
    /// ([`credits::scan`]) on first call.
    pub fn credits(&self) -> &credits::CreditScan {
        self.credits.get_or_init(|| credits::scan(self))
    }

    /// The scan the hygiene rules share (Persian runs, digits), made once on first call.
    pub fn scan(&self) -> &hygiene::Scan {
        self.scan.get_or_init(|| hygiene::Scan::new(self))
    }

    /// The story's orthographic conventions (hamza seats, final ي: `across::Conventions::of` its
    /// source), read once on first call.
    pub fn conventions(&self) -> names::across::Conventions {
        *self
            .conventions
            .get_or_init(|| match self.conventions_memo {
                Some(memo) => memo.borrow_mut().of(self.doc.source),
                None => names::across::Conventions::of(self.doc.source),
            })
    }

    /// This context with `memo`, the conventions' counts of the last text of the same draft
    /// (empty at first): [`Context::conventions`] counts only the lines that changed since and
    /// leaves this text's counts in `memo` ([`names::across::ConventionsMemo`]).
    pub(crate) fn with_conventions_memo(
        mut self,
        memo: &'d std::cell::RefCell<names::across::ConventionsMemo>,
    ) -> Context<'d, 'a> {
        self.conventions_memo = Some(memo);
        self
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
    analyze_context(Context::new(doc, profile))
}

/// Analyses the document of `cx` with its profile (see [`analyze_text`]).
pub fn analyze_context(cx: Context) -> Analysis {
    let mut cx = cx;
    let mut out = Analysis::default();
    let mut findings = Vec::new();
    run_rules(&cx, &mut findings);
    // What the review needs, whichever rules ran (each is computed once, on first use).
    cx.names();
    cx.quotes();
    cx.credits();
    let names = cx.names.take().unwrap_or_default();
    let quotes = cx.quotes.take().unwrap_or_default();
    let credit = cx.credits.take().unwrap_or_default();
    pipeline::settle(&cx, &mut findings);
    out.findings = findings;
    out.quotes = quotes.quotes;
    out.names = names;
    out.credits = credit.credits;
    out.agencies = credit.agencies;
    out.anonymous = credit.anonymous;
    out
}

/// Appends to `out` the findings of every rule of [`RULES`] that `cx`'s profile does not turn
/// off, in registry order, with their default severities. A rule turned off does not run.
fn run_rules(cx: &Context, out: &mut Vec<Finding>) {
    for r in RULES {
        if !matches!(cx.profile.severities.get(r.meta().id.as_str()), Some(None)) {
            r.check(cx, out);
        }
    }
}

/// Builds a finding with the rule's default severity.
pub(crate) fn finding(rule: &RuleMeta, range: std::ops::Range<usize>, message: Message) -> Finding {
    Finding {
        rule: rule.id.as_str(),
        severity: rule.default_severity,
        range,
        message,
        related: Vec::new(),
        fixes: Vec::new(),
    }
}

/// Builders for the unit tests of the crate (the analysis's and the front ends').
#[cfg(test)]
pub(crate) mod test_support {
    use super::{Edit, Finding, Fix, Message, Severity, finding::Applicability};
    use std::ops::Range;

    /// A warning of `rule` with one fix of applicability `a` made of `edits` (half-open byte
    /// range, new text); the finding's range is the first edit's (`0..0` with no edit), its
    /// message and the fix's title are `m`/`t` (Arabic `م`/`ت`).
    pub(crate) fn finding_with_fix(
        rule: &'static str,
        edits: &[(Range<usize>, &str)],
        a: Applicability,
    ) -> Finding {
        Finding {
            rule,
            severity: Severity::Warning,
            range: edits.first().map_or(0..0, |e| e.0.clone()),
            message: Message::new("m", "م"),
            related: Vec::new(),
            fixes: vec![Fix {
                title: Message::new("t", "ت"),
                edits: edits
                    .iter()
                    .map(|(r, t)| Edit {
                        range: r.clone(),
                        new_text: t.to_string(),
                    })
                    .collect(),
                applicability: a,
            }],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules that ran on `src` with `config`, told apart by what they leave behind: the
    /// findings, and whether the hygiene rules' shared scan was made.
    fn run(src: &str, config: &str) -> (Vec<&'static str>, bool) {
        let config = crate::profile::config::Config::parse(config).unwrap();
        let profile = Profile::with_config(&config);
        let doc = Document::new(src, Format::Plain);
        let cx = Context::new(&doc, &profile);
        let mut out = Vec::new();
        run_rules(&cx, &mut out);
        (
            out.iter().map(|f| f.rule).collect(),
            cx.scan.get().is_some(),
        )
    }

    #[test]
    fn a_rule_turned_off_does_not_run() {
        // A Persian yeh and a kashida in a short note (too short for missing-credit).
        let src = "قال الوزیر إن الاجتمــاع ناجح.";
        assert_eq!(run(src, ""), (vec!["lookalike-letter", "tatweel"], true));
        assert_eq!(
            run(src, "[rules]\ntatweel = \"off\"\n"),
            (vec!["lookalike-letter"], true)
        );
        // With every hygiene rule off, their shared scan is never even made.
        let off = "[rules]\nlookalike-letter = \"off\"\npresentation-form = \"off\"\ninvisible-char = \"off\"\ntatweel = \"off\"\nmixed-digits = \"off\"\nlatin-punctuation = \"off\"\n";
        assert_eq!(run(src, off), (vec![], false));
    }

    #[test]
    fn key_lists_kept_from_the_last_version_equal_the_built_ones() {
        // Versions of one draft (invented people), each a small edit of the one before: a word
        // typed into another (a new key), a key's only word removed, a word of a key met before
        // and after it added between, words added at both the start and the end (no key kept at
        // either: built), two words replaced by three, the same text again, the text emptied and
        // a new one (built).
        let versions = [
            "قالت سلمى حداد إن حداد غادر، ثم عادت سلمى حداد مساء إلى البلدة.",
            "قالت سلمى حدادب إن حداد غادر، ثم عادت سلمى حداد مساء إلى البلدة.",
            "قالت سلمى حدادب إن حداد غادر، ثم عادت سلمى حداد إلى البلدة.",
            "قالت سلمى حدادب إن حداد غادر، ثم سلمى عادت سلمى حداد إلى البلدة.",
            "أمس قالت سلمى حدادب إن حداد غادر، ثم سلمى عادت سلمى حداد إلى البلدة سلمى.",
            "أمس قالت سلمى حدادب إن نادر عيسى وصل، ثم سلمى عادت سلمى حداد إلى البلدة سلمى.",
            "أمس قالت سلمى حدادب إن نادر عيسى وصل، ثم سلمى عادت سلمى حداد إلى البلدة سلمى.",
            "",
            "قال نادر عيسى إن سلمى حداد عادت.",
        ];
        let mut memo = KeyMemo::default();
        for v in versions {
            let doc = Document::new(v, Format::Plain);
            assert_eq!(*memo.words_of(&doc.words), KeyWords::of(&doc.words), "{v}");
        }
        // Renewed: the four edits after the first version but the one at both ends, and the
        // same text again.
        assert_eq!(memo.renewed, 5);
        // The lists answer as built ones: سلمى in the text kept twice is words 2, 9, 11 and 15
        // (أمس قالت سلمى حدادب إن نادر عيسى وصل، ثم سلمى عادت سلمى ... البلدة سلمى).
        let doc = Document::new(versions[6], Format::Plain);
        let mut memo = KeyMemo::default();
        memo.words_of(&Document::new(versions[5], Format::Plain).words);
        let lists = memo.words_of(&doc.words);
        let salma = doc.words[2].key;
        assert_eq!(lists.of_key(&salma).collect::<Vec<_>>(), vec![2, 9, 11, 15]);
    }

    #[test]
    fn key_firsts_finds_the_first_two_words_of_a_key_where_the_test_holds() {
        // Words: 0 قالت 1 سلمى 2 حداد 3 إن 4 حداد 5 غادر 6 ثم 7 عادت 8 سلمى 9 حداد 10 مساء.
        let src = "قالت سلمى حداد إن حداد غادر، ثم عادت سلمى حداد مساء.";
        let profile = Profile::embedded();
        let doc = Document::new(src, Format::Plain);
        let cx = Context::new(&doc, &profile);
        let keys: Vec<&str> = doc.words.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys[2], keys[9]);
        // The test: the word before is سلمى (its key).
        let after_salma = |k: usize| doc.words[k - 1].key == keys[1];
        let firsts = cx.key_firsts(KeyTest::AfterGivenName, keys[2], after_salma);
        assert_eq!((firsts.0, firsts.1), (Some(2), Some(9)));
        assert!(firsts.any_before(3) && !firsts.any_before(2));
        assert!(firsts.any_other_than(2) && firsts.any_other_than(9));
        // Asked again, the same answer is read from what was kept (the test is not asked).
        let again = cx.key_firsts(KeyTest::AfterGivenName, keys[2], |_| false);
        assert_eq!((again.0, again.1), (Some(2), Some(9)));
        // A key whose one word passes the test: nothing other than that word.
        let once = cx.key_firsts(KeyTest::AfterLeadNoun, keys[5], |k| k == 5);
        assert_eq!((once.0, once.1), (Some(5), None));
        assert!(!once.any_other_than(5) && once.any_other_than(4));
    }
}
