//! Reusing the per-word seeds of a draft's last version (the language server's open drafts, see
//! `analysis::incremental`): what [`super::word_steps`] gives a word is a function of the words
//! around it, so where those are unchanged the last version's answer is the answer.
//!
//! Invariant: [`steps`] returns exactly what `word_steps` gives every word of the document, in
//! order. It holds by construction:
//!
//! - what `word_steps` says at word `i` reads only the words from `i - BEFORE` to `i + after(..)`
//!   (their spelling, key, kind and lexicon tags), the text between two consecutive words of
//!   that window, and whether an index of the window is past the last word; the profile (the
//!   memo is dropped with it, see `analysis::incremental`) and the lexicon (a function of a
//!   spelling) are the same in every version; the one fact of the whole story it may ask (the keys
//!   written after a given name) is never kept: such a step is kept as `Step::Title`, asked again;
//! - the last version and this one are compared word by word from the start and from the end
//!   ([`common_ends`]: spelling, key, kind, tags, and the text around each word); a word whose whole window lies in the common start keeps
//!   its steps as they were, one whose window lies in the common end keeps them moved by the
//!   difference in word count, and every other word is asked again.
//!
//! The window (`after`): [`super::title_seed`] reads the title from word `i` (at most `T` words,
//! `T` the longest title tag of the document), at most six further titles or single words
//! (`after_title`), at most six given names or two-word chains (`given_chain`, `G` the longest
//! given-name tag), then two words past the chain, four where a descriptor may open the next
//! name (`descriptor_before_name`: الجزائري إسلام منصوري على); every other part of `word_steps` reads at most
//! three words after `i` and four before it (`apposed_full_name`'s title, the first of the given
//! names that `construct_after_full_name` reads, and the word before a name that
//! `is_nameable` and `attributive` read).

use super::Step;
use crate::analysis::Context;
use crate::analysis::lexicon::WordTags;
use crate::text::Word;
use crate::text::common_word_ends;
use crate::text::token::Text;
use std::cell::RefCell;

/// How many words before word `i` what `word_steps` says at `i` may read (four: a title before
/// `apposed_full_name`'s comma; one more kept as a margin).
pub(super) const BEFORE: usize = 5;

/// How many words after word `i` what `word_steps` says at `i` may read, in a document whose
/// longest title tag is `title` words and longest given-name tag `given` words (see the module
/// documentation): the title, six further titles, six given names or two-word chains, then past
/// them a descriptor, a given name of up to `given` words, the family name and the word that
/// closes it (`descriptor_before_name`), and two more as a margin.
pub(super) fn after(title: usize, given: usize) -> usize {
    title + 6 * title.max(1) + 7 * given.max(2) + 6
}

/// The per-word seeds of a draft's last version, kept for the next (see the module
/// documentation). Empty when made; [`steps`] reads and renews it.
#[derive(Debug, Default)]
pub struct SeedMemo {
    /// The last version's masked text (the text between its words).
    prose: String,
    /// The last version's words (byte ranges into `prose`).
    words: Vec<Word>,
    /// Their lexicon tags.
    tags: Vec<WordTags>,
    /// What `word_steps` gave each word, in word order, with the word's index.
    steps: Vec<(usize, Step)>,
    /// What `pattern_seeds` reads of each word (its flags, one per word).
    patterns: Vec<u8>,
    /// Per word: 1 when `foreign_full_name_at` finds a transliterated full name starting there.
    full_names: Vec<u8>,
    /// Per word: the tests of the two surname passes (`surname_flags`).
    surnames: Vec<u8>,
    /// Per word: 1 where an institution's name starts (`phrases::institution_starts_at`).
    institutions: Vec<u8>,
    /// How many words of the last version had their steps reused (for tests).
    reused: usize,
    /// `foreign_seeds`' index of readings, one entry per word of the last version.
    foreign: super::foreign::Index,
    /// `foreign_seeds`' parts of the last version's words ([`super::foreign::Parts`]).
    foreign_parts: super::foreign::Parts,
    /// Per word: what `inflected_non_name` answered for a person seed there (0: not asked, 1:
    /// no, 2: yes).
    inflected: Vec<u8>,
    /// The words at the start and at the end that the last version shares with the document
    /// being analysed now, compared without their tags, and that document's word count and masked
    /// length: set by the incremental analysis, which compares them to reuse tags
    /// ([`SeedMemo::set_common_words`]), so that [`Kept::of`] compares only the tags of those words.
    common_words: Option<CommonWords>,
    /// What `add_mentions` and `fuzzy_mentions` said of each word of the last version, with the
    /// seed entities they matched against (see [`MentionMemo`]); `None` until name detection
    /// leaves it, or when the last version's detection did not finish.
    mentions: Option<MentionMemo>,
    /// The last version's [`MentionMemo`] and which of its answers this version may take
    /// ([`Kept::keep`] moves it here for [`SeedMemo::take_mentions`]).
    last_mentions: Option<(MentionMemo, Span)>,
    /// How many words of the last version had their mention answers reused (for tests).
    mentions_reused: usize,
    /// The last version's seed entities with what `seed_entities` read of each seed to make
    /// them (see [`SeededMemo`]).
    seeded: Option<SeededMemo>,
    /// How many analyses took their seed entities from the version before (for tests).
    seeded_reused: usize,
}

/// What `seed_entities` reads of one seed ([`SeedFacts::of`]). A seed's word index is not read
/// but to find these, so two versions whose seeds have the same facts in the same order have
/// the same seed entities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct SeedFacts {
    /// The seed's kind and whether it is a family name.
    kind: super::NameKind,
    family: bool,
    /// The seed word's key (whose proclitic readings are kept with it, `Text::readings`) and
    /// spelling.
    key: Text,
    plain: Text,
    /// The answers about the seed's word: [`SeedFacts::STRONG`] and the others.
    bits: u8,
}

impl SeedFacts {
    /// `strong_seed` holds.
    const STRONG: u8 = 1;
    /// `east_asian::run_end` finds a run at the word.
    const EAST_ASIAN: u8 = 2;
    /// The word's key is one of the story's Persian twins.
    const TWIN: u8 = 4;
    /// The word's lexicon tags: a given name, a place, an agency.
    const GIVEN: u8 = 8;
    const PLACE: u8 = 16;
    const AGENCY: u8 = 32;

    /// The facts of each seed of `seeds`, in order, given the story's Persian `twins`: every
    /// thing `seed_entities` reads of the seed, its word and the story, but the profile's lists
    /// and the lexicon, which answer on the key or spelling alone and are the same in every
    /// version (the memo is dropped with the profile).
    pub(super) fn of(
        cx: &Context,
        seeds: &[super::Seed],
        twins: &rustc_hash::FxHashSet<Text>,
    ) -> Vec<SeedFacts> {
        seeds
            .iter()
            .map(|s| {
                let w = &cx.doc.words[s.word];
                let t = &cx.lex.words[s.word];
                let bit = |yes: bool, b: u8| if yes { b } else { 0 };
                let east = s.kind == super::NameKind::Person
                    && super::east_asian::run_end(cx, s.word).is_some();
                SeedFacts {
                    kind: s.kind,
                    family: s.family,
                    key: w.key,
                    plain: w.plain,
                    bits: bit(super::strong_seed(cx, s), Self::STRONG)
                        | bit(east, Self::EAST_ASIAN)
                        | bit(twins.contains(w.key.as_str()), Self::TWIN)
                        | bit(t.given > 0, Self::GIVEN)
                        | bit(t.place > 0, Self::PLACE)
                        | bit(t.agency().is_some(), Self::AGENCY),
                }
            })
            .collect()
    }
}

/// The seed entities of a draft's last version (`seed_entities`' answer: the entities before
/// their mentions are added, the tables by key and the strong flags) and the facts of the seeds
/// they were made of.
///
/// Exact by construction: `seed_entities` reads of the story only its seeds, in order, and of
/// each seed its kind, whether it is a family name, its word's key (and the key's proclitic
/// readings) and spelling, its word's given-name, place and agency tags, `strong_seed`, whether
/// `east_asian::run_end` finds a run at the word and whether the key is a Persian twin
/// ([`SeedFacts`]); then the profile's lists and the lexicon, asked of keys and spellings. So a
/// version whose seeds have the facts of the last version's has its seed entities.
#[derive(Debug)]
pub(super) struct SeededMemo {
    facts: Vec<SeedFacts>,
    seeded: super::Seeded,
}

/// What the mention passes of name detection (`add_mentions`, then `fuzzy_mentions` over the
/// words it left unmatched) said of each word of one version, and the seed entities they
/// matched against.
///
/// Exact by construction: what the two passes say of word `i` reads only words `i - 1` and `i`
/// (spelling, key, kind, lexicon tags, the text between them: `agreeing_nisba`,
/// `article_variant_ok`, `speaker_nisba`, `common_noun_in_ta_marbuta`, `attributive` and the
/// given-name tag before a fuzzy match), the lexicon and the profile (the same in every version:
/// the memo is dropped with the profile), and the seed entities (their kind, key, whether a
/// family name and whether listed, the tables `by_key` and `family_keys`, built from them
/// alone, and which were seeded strongly), the Persian twins, and one fact of the whole story,
/// the given names never written before a definite word (`given_names_alone`). An answer is
/// taken only when the entities, the strong flags and the twins equal the last version's, the
/// profile has no house spelling (a house spelling adds entities as the words are met), the
/// word and the one before it lie in the common start or the common end, and the word's answer
/// did not ask the story-wide fact (such a word is asked again, [`Said::asks_story`]).
#[derive(Debug, Default)]
pub(crate) struct MentionMemo {
    /// The seed entities: kind, key, family, listed (their mentions and given names are empty
    /// when the passes run).
    pub(crate) entities: Vec<(super::NameKind, String, bool, bool)>,
    /// Per seed entity: seeded strongly (`strong_seed`).
    pub(crate) strong: Vec<bool>,
    /// The Persian twins the passes were given.
    pub(crate) twins: Vec<crate::text::token::Text>,
    /// Per word of the version: what the passes said.
    pub(crate) said: Vec<Said>,
    /// `fuzzy_mentions`' targets, made from the seed entities' keys (`None` when it made none):
    /// a version that takes these answers has the same keys, so it takes them too.
    pub(crate) fuzzy: Option<std::sync::Arc<super::FuzzyTargets>>,
}

/// What the mention passes said of one word (see [`MentionMemo`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Said {
    /// No mention, and the answer read nothing of the story beyond the word's window.
    #[default]
    Nothing,
    /// A mention of seed entity `.0` after `.1` letters of proclitics, matched as `.2`
    /// (`MatchKind::Identity` or `Article` by `add_mentions`, `Fuzzy` by `fuzzy_mentions`).
    Mention(u32, u16, super::MatchKind),
    /// The answer asked the story-wide fact (`given_names_alone`): asked again every version.
    AsksStory,
}

impl Said {
    /// True when this answer may not be taken for a later version.
    pub(crate) fn asks_story(self) -> bool {
        self == Said::AsksStory
    }
}

/// The mention passes' answers for one version: the last version's that a word may take
/// (`kept`), and this version's being made (`said`: one slot per word, or empty when the draft
/// keeps none).
pub(crate) struct Answers<'a> {
    /// The last version's answers and which of them may be taken.
    pub(crate) kept: Option<&'a MentionReuse>,
    /// This version's answers.
    pub(crate) said: &'a mut [Said],
    /// The fuzzy pass's targets this version used, for the next (see [`MentionMemo::fuzzy`]).
    pub(crate) fuzzy: Option<std::sync::Arc<super::FuzzyTargets>>,
}

/// The last version's mention answers and which of them this version may take: word `i` below
/// `lo` takes the last version's answer `i`, word `i` from `hi` on the answer `i - hi + from`.
#[derive(Debug)]
pub(crate) struct MentionReuse {
    memo: MentionMemo,
    span: Span,
}

impl MentionReuse {
    /// The last version's fuzzy targets (see [`MentionMemo::fuzzy`]): taken only with its
    /// answers, when the seed entities' keys are the same.
    pub(crate) fn fuzzy(&self) -> Option<&std::sync::Arc<super::FuzzyTargets>> {
        self.memo.fuzzy.as_ref()
    }

    /// The last version's answer for this version's word `i`, when it may be taken (the word
    /// and the one before it unchanged, the answer not asking the story-wide fact).
    #[inline]
    pub(crate) fn said(&self, i: usize) -> Option<Said> {
        let Span { lo, hi, from } = self.span;
        let old = if i < lo {
            i
        } else if i >= hi {
            i - hi + from
        } else {
            return None;
        };
        self.memo.said.get(old).copied().filter(|s| !s.asks_story())
    }
}

/// What [`SeedMemo::set_common_words`] records (see `SeedMemo::common_words`).
#[derive(Debug, Clone, Copy)]
struct CommonWords {
    start: usize,
    end: usize,
    words: usize,
    prose: usize,
}

impl SeedMemo {
    /// The last version's masked text, words (byte ranges into it) and their lexicon tags
    /// (index-aligned with the words), all empty when none is kept: the incremental analysis
    /// reuses the tags of words whose surroundings are unchanged
    /// (`analysis::incremental::common_ends`).
    pub(crate) fn last_version(&self) -> (&str, &[Word], &[WordTags]) {
        (&self.prose, &self.words, &self.tags)
    }

    /// Records that the last version and the document about to be analysed (its word count
    /// `words` and masked length `prose`) have `start` words in common at the start and `end` at
    /// the end as `text::common_word_ends` counts them with no further test (`also` always true),
    /// so that this analysis's [`Kept::of`] compares only their tags. The incremental analysis
    /// calls it before every analysis with the memo (a later call replaces the record; a version
    /// kept by [`Kept::keep`] has none).
    pub(crate) fn set_common_words(
        &mut self,
        start: usize,
        end: usize,
        words: usize,
        prose: usize,
    ) {
        self.common_words = Some(CommonWords {
            start,
            end,
            words,
            prose,
        });
    }

    /// The last version's mention answers, when name detection may take some of them for the
    /// version being analysed: its seed entities (`entities`, no mentions yet), their strong
    /// flags and the Persian twins equal the last version's, and the profile lists no house
    /// spelling (see [`MentionMemo`]). Takes them out of the memo.
    pub(crate) fn take_mentions(
        &mut self,
        entities: &[super::Entity],
        strong: &[bool],
        twins: &rustc_hash::FxHashSet<crate::text::token::Text>,
        house_spellings: bool,
    ) -> Option<MentionReuse> {
        let (memo, span) = self.last_mentions.take()?;
        let same = !house_spellings
            && memo.strong == strong
            && memo.twins.len() == twins.len()
            && memo.twins.iter().all(|t| twins.contains(t))
            && memo.entities.len() == entities.len()
            && memo
                .entities
                .iter()
                .zip(entities)
                .all(|((k, key, f, l), e)| {
                    *k == e.kind && *key == e.key && *f == e.family && *l == e.listed
                });
        same.then_some(MentionReuse { memo, span })
    }

    /// Leaves this version's mention answers (see [`MentionMemo`]) for the next version.
    pub(crate) fn keep_mentions(&mut self, memo: MentionMemo) {
        self.mentions = Some(memo);
    }

    /// How many words of the last version analysed had their mention answers taken from the
    /// version before (for tests).
    pub fn mentions_reused(&self) -> usize {
        self.mentions_reused
    }

    /// Records how many words had their mention answers taken from the version before.
    pub(crate) fn set_mentions_reused(&mut self, n: usize) {
        self.mentions_reused = n;
    }

    /// The seed entities of the last version, when its seeds had the facts `facts` (see
    /// [`SeededMemo`]); counts the analyses that take them.
    pub(super) fn seeded(&mut self, facts: &[SeedFacts]) -> Option<super::Seeded> {
        let kept = self.seeded.as_ref().filter(|m| m.facts == facts)?;
        let out = kept.seeded.clone();
        self.seeded_reused += 1;
        Some(out)
    }

    /// Leaves this version's seed entities, made of seeds with the facts `facts`, for the next.
    pub(super) fn keep_seeded(&mut self, facts: Vec<SeedFacts>, seeded: &super::Seeded) {
        self.seeded = Some(SeededMemo {
            facts,
            seeded: seeded.clone(),
        });
    }

    /// How many analyses of this draft took their seed entities from the version before (for
    /// tests; see [`SeededMemo`]).
    pub fn seeded_reused(&self) -> usize {
        self.seeded_reused
    }

    /// How many words of the last version analysed had their steps taken from the version before.
    pub fn reused(&self) -> usize {
        self.reused
    }

    /// How many words the kept index of `foreign_seeds` has entries for (for tests).
    #[cfg(test)]
    pub(super) fn foreign_len(&self) -> usize {
        self.foreign.len()
    }

    /// How many words of the last version analysed took their part of `foreign_seeds` from the
    /// version before (for tests).
    #[cfg(test)]
    pub(super) fn foreign_parts_taken(&self) -> usize {
        self.foreign_parts.taken()
    }

    /// How many times the kept index of `foreign_seeds` answered with the last version's flags
    /// for the words that did not change (for tests).
    #[cfg(test)]
    pub(super) fn foreign_flags_kept(&self) -> usize {
        self.foreign.flags_kept()
    }
}

/// The number of words at the start and at the end that the last version (`old`) and `cx`'s
/// document have in common. A word is common at the start when it has the same byte range,
/// spelling, key, kind and tags in both, is the last word in both or in neither, and the text
/// from the start up to the next word (or the text's end) is the same bytes in both; at the end,
/// the same with its range moved by the difference in text length, and the text from the word
/// to the end the same bytes in both. So the words of the common start, their tags and the text
/// between them (and before the first) are the same in both versions, and likewise at the end
/// (with the text after the last word). Both counts are at most the shorter document's word count.
///
/// When the incremental analysis recorded the counts without the tags for this document
/// ([`SeedMemo::set_common_words`]), only the tags of those words are compared: the counts with
/// the tags are the longest runs of them whose tags are equal too (the same `take_while`, one
/// test more).
fn common_ends(old: &SeedMemo, cx: &Context) -> (usize, usize) {
    let (at, bt) = (&old.tags, &cx.lex.words);
    let (n, old_n) = (bt.len(), at.len());
    if let Some(c) = old.common_words
        && c.words == n
        && c.prose == cx.doc.prose().len()
        && old_n == old.words.len()
        && c.start.max(c.end) <= n.min(old_n)
    {
        let start = (0..c.start).take_while(|&i| at[i] == bt[i]).count();
        let end = (1..=c.end)
            .take_while(|&t| at[old_n - t] == bt[n - t])
            .count();
        // (Test builds check the record against the whole comparison.)
        debug_assert_eq!(
            (start, end),
            common_word_ends(
                &old.prose,
                &old.words,
                cx.doc.prose(),
                &cx.doc.words,
                |i, j| { at.get(i) == bt.get(j) }
            )
        );
        return (start, end);
    }
    common_word_ends(
        &old.prose,
        &old.words,
        cx.doc.prose(),
        &cx.doc.words,
        |i, j| at.get(i) == bt.get(j),
    )
}

/// The last version of a draft taken out of its [`SeedMemo`] and compared with this one
/// ([`Kept::of`]), from which each pass takes what it can keep.
pub(super) struct Kept {
    old: SeedMemo,
    /// Words at the start and at the end common to both versions ([`common_ends`]).
    start: usize,
    end: usize,
    /// This version's word count.
    n: usize,
    /// How many words [`Kept::steps`] took from the last version.
    reused: std::cell::Cell<usize>,
    /// `foreign_seeds`' index, taken from the last version and updated for this one by
    /// [`Kept::interesting`].
    foreign: RefCell<super::foreign::Index>,
    /// `foreign_seeds`' parts: the last version's, then this version's
    /// ([`Kept::foreign_parts`], [`Kept::keep_foreign_parts`]).
    foreign_parts: RefCell<super::foreign::Parts>,
}

/// Which words a pass whose answer at word `i` reads words `i - before` to `i + after` asks again
/// (`lo..hi`), and where the last version's words that stay start (`from`: its word `from` is
/// this version's word `hi`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Span {
    lo: usize,
    hi: usize,
    from: usize,
}

impl Span {
    /// `(lo, hi, from)`: this version's words before `lo` take the last version's answers of
    /// the same index, those from `hi` on the answers from the last version's word `from` on;
    /// `lo..hi` are asked again.
    pub(super) fn bounds(&self) -> (usize, usize, usize) {
        (self.lo, self.hi, self.from)
    }
}

impl Kept {
    /// Takes the last version out of `memo` (leaving it empty: a panic before [`Kept::keep`]
    /// leaves it so) and compares it with `cx`'s document.
    pub(super) fn of(cx: &Context, memo: &RefCell<SeedMemo>) -> Kept {
        let mut old = std::mem::take(&mut *memo.borrow_mut());
        let (start, end) = common_ends(&old, cx);
        let foreign = RefCell::new(std::mem::take(&mut old.foreign));
        let foreign_parts = RefCell::new(std::mem::take(&mut old.foreign_parts));
        Kept {
            old,
            start,
            end,
            n: cx.doc.words.len(),
            reused: std::cell::Cell::new(0),
            foreign,
            foreign_parts,
        }
    }

    /// The words to ask again for a pass that reads `before` words before and `after` words after
    /// the word it answers for: a word before `lo` reads only the common start, a word from `hi`
    /// on only the common end.
    fn span(&self, before: usize, after: usize) -> Span {
        let n = self.n;
        let lo = self.start.saturating_sub(after);
        let hi = (n - self.end + before).max(lo).min(n);
        // `hi` is at least `n - end`, so this stays at or above `old_n - end`.
        let from = hi + self.old.words.len() - n;
        Span { lo, hi, from }
    }

    /// What `each` (the document's `word_steps`) gives every word of `cx`'s document, in word
    /// order (see the module documentation): the last version's steps where the words around are
    /// unchanged, `each` asked for the others.
    pub(super) fn steps(
        &self,
        cx: &Context,
        mut each: impl FnMut(usize, &mut Vec<(usize, Step)>),
    ) -> Vec<(usize, Step)> {
        let (n, old_n) = (self.n, self.old.words.len());
        let (title, given) = cx.lex.words.iter().fold((0, 0), |(t, g), x| {
            (t.max(usize::from(x.title)), g.max(usize::from(x.given)))
        });
        let Span { lo, hi, from } = self.span(BEFORE, after(title, given));
        let steps = &self.old.steps;
        let mut out: Vec<(usize, Step)> = Vec::with_capacity(steps.len() + 16);
        let head = steps.partition_point(|(i, _)| *i < lo);
        out.extend_from_slice(&steps[..head]);
        for i in lo..hi {
            each(i, &mut out);
        }
        let tail = steps.partition_point(|(i, _)| *i < from);
        if old_n > 0 {
            self.reused.set(lo + (n - hi));
        }
        // A step's word and seed are at or after `from`, so moving them stays in range.
        let moved = |k: usize| k + n - old_n;
        out.extend(steps[tail..].iter().map(|&(i, step)| {
            let step = match step {
                Step::Seed(mut seed) => {
                    seed.word = moved(seed.word);
                    Step::Seed(seed)
                }
                Step::Title => Step::Title,
            };
            (moved(i), step)
        }));
        out
    }

    /// One `u8` per word of `cx`'s document from a pass whose answer at word `i` (`each(i)`)
    /// reads words `i - before` to `i + after` only (their spelling, key, kind, tags and the text
    /// between them): the last version's answers (`old`, one per word of it, or empty) where the
    /// words around are unchanged, `each` asked for the others.
    pub(super) fn flags(
        &self,
        old: &[u8],
        before: usize,
        after: usize,
        mut each: impl FnMut(usize) -> u8,
    ) -> Vec<u8> {
        if old.len() != self.old.words.len() {
            return (0..self.n).map(each).collect();
        }
        let Span { lo, hi, from } = self.span(before, after);
        let mut out = Vec::with_capacity(self.n);
        out.extend_from_slice(old.get(..lo).unwrap_or_default());
        out.extend((lo..hi).map(&mut each));
        out.extend_from_slice(old.get(from..).unwrap_or_default());
        out
    }

    /// `foreign_seeds`' interesting words of `cx`'s document ([`super::foreign::Index`]): the
    /// last version's index updated with the words that changed (what a word puts in it is a
    /// function of the word alone, so `before` and `after` are 0), or built anew when it does
    /// not hold one entry per word of the last version or is mostly keys no longer written
    /// ([`super::foreign::Index::stale`]).
    pub(super) fn interesting(&self, cx: &Context, candidate: &dyn Fn(usize) -> bool) -> Vec<bool> {
        let mut index = self.foreign.borrow_mut();
        if index.len() != self.old.words.len() || index.stale() {
            *index = super::foreign::Index::default();
            return index.interesting(cx, candidate, None);
        }
        let Span { lo, hi, from } = self.span(0, 0);
        index.interesting(cx, candidate, Some((lo, hi, from)))
    }

    /// `foreign_seeds`' parts of the last version's words, taken out, and which of this version's
    /// words may take theirs (`None`: none may, the parts not being one per word of the last
    /// version). A part reads the word, the one before and the one after it and the text between
    /// them ([`super::foreign_part`]), so the span is that of one word on each side.
    pub(super) fn foreign_parts(&self) -> (super::foreign::Parts, Option<Span>) {
        let old = std::mem::take(&mut *self.foreign_parts.borrow_mut());
        let span = (old.len() == self.old.words.len()).then(|| self.span(1, 1));
        (old, span)
    }

    /// Leaves this version's parts of `foreign_seeds` for [`Kept::keep`].
    pub(super) fn keep_foreign_parts(&self, parts: super::foreign::Parts) {
        *self.foreign_parts.borrow_mut() = parts;
    }

    /// What `inflected_non_name` answered per word in the last version (see
    /// `SeedMemo::inflected`).
    pub(super) fn old_inflected(&self) -> &[u8] {
        &self.old.inflected
    }

    /// The pattern flags of the last version (see `pattern_seeds`).
    pub(super) fn old_patterns(&self) -> &[u8] {
        &self.old.patterns
    }

    /// The full-name flags of the last version (see `foreign_full_names`).
    pub(super) fn old_full_names(&self) -> &[u8] {
        &self.old.full_names
    }

    /// The surname flags of the last version (see `surname_flags`).
    pub(super) fn old_surnames(&self) -> &[u8] {
        &self.old.surnames
    }

    /// The institution flags of the last version (see `phrases::institution_starts_at`).
    pub(super) fn old_institutions(&self) -> &[u8] {
        &self.old.institutions
    }

    /// Leaves this version (`cx`'s words, tags and text, its `steps`, pattern flags, full-name
    /// flags, surname flags, institution flags, the answers of `inflected_non_name` and the
    /// parts of `foreign_seeds`) in `memo` for the next.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn keep(
        self,
        cx: &Context,
        memo: &RefCell<SeedMemo>,
        steps: &[(usize, Step)],
        patterns: Vec<u8>,
        full_names: Vec<u8>,
        surnames: Vec<u8>,
        institutions: Vec<u8>,
        inflected: Vec<u8>,
    ) {
        // The mention answers read the word and the one before it (see `MentionMemo`).
        let span = self.span(1, 0);
        let old_n = self.old.words.len();
        let last_mentions = self
            .old
            .mentions
            .filter(|m| m.said.len() == old_n)
            .map(|m| (m, span));
        *memo.borrow_mut() = SeedMemo {
            prose: cx.doc.prose().to_string(),
            words: cx.doc.words.clone(),
            tags: cx.lex.words.clone(),
            steps: steps.to_vec(),
            patterns,
            full_names,
            surnames,
            institutions,
            reused: self.reused.get(),
            foreign: self.foreign.into_inner(),
            foreign_parts: self.foreign_parts.into_inner(),
            inflected,
            common_words: None,
            mentions: None,
            last_mentions,
            mentions_reused: 0,
            seeded: self.old.seeded,
            seeded_reused: self.old.seeded_reused,
        };
    }
}
