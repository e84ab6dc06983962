//! Name detection without capital letters, and grouping of every mention by entity.
//!
//! A word is taken as a name (a *seed*) from its context:
//! - a person's family name: after a title (اللواء مملوك، الرئيس السوري بشار الأسد), after given names
//!   (علي مملوك، عبد الله البرقاوي), after a title and one more word (المهندسة شيخة المهيري), in
//!   two words set off by commas after a post (رئيس اللجنة، جورج حداد،), in ta marbuta where a
//!   full name closes an apposition (رئيس التجمع، نبيل حمادة،), after a compound given name with
//!   عبد (عبد الصمد الزموري), or as the subject right after a reporting verb (وقال شمخاني; with the
//!   article only a nisba or ta-marbuta word the lexicon lacks: وقال الزموري إن);
//! - a place: the place lists (countries, capitals, major cities, regions), or after مدينة/محافظة/بلدة ...;
//! - an organisation: agency and outlet names, or after حركة/حزب/تنظيم/منظمة ... (حركة حماس), but
//!   not the object of a verbal noun (بتنظيم العمل) nor an agency's nisba agreeing with a noun
//!   (الغرفة التونسية الفرنسية).
//!
//! Nisba adjectives (السوري، الإيراني) after a title are skipped, and function words are never names.
//! Every word whose identity key (proclitics stripped) equals a seed's key is then a mention of that
//! entity; for a person's family name, the key with the article ال stripped also matches
//! (مملوك/المملوك), and a transliteration variant (one long vowel more or less, ج/غ/ك/ق, ت/ط, doubled
//! letters, a swapped pair of letters) matches a family name of five letters or more.

pub mod across;
pub mod compound;
pub(crate) mod east_asian;
crate::analysis::registry::rule_modules!(names);
mod foreign;
mod given;
pub mod people;
pub mod phrases;
mod reuse;
pub(crate) mod shape;
pub mod sheet;

pub use reuse::SeedMemo;

use super::Context;
use crate::text::token::Text;
use crate::text::{WordKind, normalize, with_char_before, with_joined};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

/// What kind of name an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// A person (detected by title, given name or reporting verb).
    Person,
    /// A place.
    Place,
    /// An organisation, agency or outlet.
    Org,
}

impl NameKind {
    /// "person", "place" or "org".
    pub fn as_str(self) -> &'static str {
        match self {
            NameKind::Person => "person",
            NameKind::Place => "place",
            NameKind::Org => "org",
        }
    }
}

/// One mention of an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Byte range (half-open) of the name as written, proclitics excluded (ال included when written).
    pub range: Range<usize>,
    /// The plain spelling (no harakat or tatweel) of that range, interned: most mentions are one
    /// word's spelling or the part of it after its proclitics, which the thread has interned
    /// already, so a mention allocates nothing.
    pub spelling: Text,
    /// How the mention was matched.
    pub how: MatchKind,
}

/// How a mention was tied to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchKind {
    /// Same identity key (hamza, ة/ه, ى/ي, Persian letters, harakat differ at most).
    Identity,
    /// Same key once the article ال is set aside (family names only).
    Article,
    /// Transliteration or typo variant of a family name (skeleton or one edit).
    Fuzzy,
}

/// A person, place or organisation with every spelling used.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Kind of name.
    pub kind: NameKind,
    /// The identity key the mentions share.
    pub key: String,
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// True when the seed context was strong (title or given name): article variants allowed.
    pub family: bool,
    /// True when the name itself is in isnad's lists (a listed place, an agency or outlet), not
    /// inferred from its context (مدينة ...، حركة ...).
    pub listed: bool,
    /// For a person: the given names written right before the family name (علي in علي مملوك), as
    /// identity keys in order of first use; empty when the story never names the person in full.
    pub given: Vec<String>,
}

impl Entity {
    /// Distinct spellings with their counts, in order of first mention.
    pub fn spellings(&self) -> Vec<(String, usize)> {
        let mut out: Vec<(String, usize)> = Vec::new();
        for m in &self.mentions {
            match out.iter_mut().find(|(s, _)| *s == m.spelling) {
                Some((_, n)) => *n += 1,
                None => out.push((m.spelling.as_str().to_owned(), 1)),
            }
        }
        out
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Seed {
    word: usize,
    kind: NameKind,
    family: bool,
}

fn is_nameable(cx: &Context, i: usize) -> bool {
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    let t = &cx.lex.words[i];
    w.kind() == WordKind::Arabic
        && !t.function()
        && !t.is_cue()
        && t.title == 0
        && t.anonymous == 0
        // Three Arabic letters (two bytes each), no preposition with a pronoun: the spelling's.
        && t.has_shape(crate::analysis::lexicon::shape::NAMEABLE)
        && !crate::analysis::lexicon::spokesman_bism(cx.doc, i)
        && !doubled_title_head(cx, i)
}

/// Prepositions that take an attached pronoun, as written before it (على، إلى and لدى open their
/// alef maqsura to ي: عليه، إليه، لديه), hamza seat written or not. From the grammar of Arabic
/// prepositions (حروف الجر and the adverbial nouns used as prepositions), written for isnad.
const PRONOUN_PREPOSITIONS: [&str; 25] = [
    "علي", "إلي", "الي", "لدي", "في", "من", "عن", "مع", "عند", "ل", "ب", "حول", "بين", "ضد", "دون",
    "فوق", "تحت", "أمام", "امام", "خلف", "وراء", "بعد", "قبل", "نحو", "عبر",
];

/// The third-person pronouns a preposition takes as a suffix (ـه، ـها، ـهما، ـهم، ـهن), longest
/// first.
const THIRD_PERSON_SUFFIXES: [&str; 5] = ["هما", "هم", "هن", "ها", "ه"];

/// True when `plain` (a word as written, harakat removed) is a preposition with a third-person
/// pronoun attached (عليه، إليها، لديهم، منه، فيهما), after an optional conjunction و or ف
/// (وعليه). Reason: a pronoun suffix on a preposition makes a prepositional phrase ("on him",
/// "to her"), which is never a word of a person's name, even where a name is spelled alike with
/// ة (علية is a given name, عليه is not: the ه is the pronoun).
pub(crate) fn preposition_with_pronoun(plain: &str) -> bool {
    let bare = |s: &str| {
        THIRD_PERSON_SUFFIXES.iter().any(|suf| {
            s.strip_suffix(suf)
                .is_some_and(|p| PRONOUN_PREPOSITIONS.contains(&p))
        })
    };
    bare(plain) || plain.strip_prefix(['و', 'ف']).is_some_and(bare)
}

/// True when word `i` is the head word of the title that starts right after it, written again
/// before it (ولي ولي العهد، نائب نائب الرئيس). Reason: Arabic names the deputy of a post by
/// putting the post's head noun in construct with the whole title ("the heir of the heir"), so
/// the doubled word is part of a title, not a name beside it.
fn doubled_title_head(cx: &Context, i: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    tags.get(i + 1).is_some_and(|t| t.title > 0)
        && words.get(i + 1).is_some_and(|n| n.key == words[i].key)
        && adjacent(cx, i, i + 1)
}

/// True when words `a` and `b` (indexes, `a` before `b`) are separated only by spaces (no
/// punctuation, quotation mark, bracket or line break).
#[inline]
pub(crate) fn adjacent(cx: &Context, a: usize, b: usize) -> bool {
    let text = cx.doc.prose();
    let (x, y) = (&cx.doc.words[a], &cx.doc.words[b]);
    let gap = text.get(x.end()..y.start()).unwrap_or("");
    if gap == " " {
        return true;
    }
    !gap.contains([
        ',', '،', ':', '.', '«', '»', '"', '“', '”', '\n', '(', ')', '؛', '-', '–',
    ])
}

/// Where a name ends: after word `k` comes punctuation, the end, a reporting cue, a
/// complementizer (إن/أن) or the preposition ل written apart with a tatweel (لـ«الصحيفة»: the
/// addressee of a statement, a letter no name is made of). A preposition written on the next
/// word (لأجزاء من) or a noun (مملوك عرض تقريراً) means the words were not a name.
fn name_ends(cx: &Context, k: usize) -> bool {
    let words = &cx.doc.words;
    k + 1 >= words.len()
        || !adjacent(cx, k, k + 1)
        || cx.lex.words[k + 1].is_cue()
        || matches!(
            words[k + 1].plain.as_str(),
            "إن" | "أن" | "ان" | "إنه" | "أنه" | "لـ" | "ل"
        )
}

/// True when `s` has at least `n` characters; stops counting at `n` (a bound check on a word,
/// cheaper than `chars().count()`).
#[inline]
pub(crate) fn at_least_chars(s: &str, n: usize) -> bool {
    n == 0 || s.chars().nth(n - 1).is_some()
}

/// True when the word carries the article, after any proclitic (الرئيس، للرئيس، والرئيس).
fn has_article(w: &crate::text::Word) -> bool {
    let k = w.key.as_str();
    let k = k
        .strip_prefix(['و', 'ف'])
        .filter(|r| at_least_chars(r, 3))
        .unwrap_or(k);
    k.starts_with("ال")
        || k.starts_with("لل")
        || k.strip_prefix(['ب', 'ك', 'ل'])
            .is_some_and(|r| r.starts_with("ال"))
}

/// Endings of common nouns and adjectives that family names do not have: ta marbuta (القصة،
/// الإرهابية) and the sound feminine plural (المخيمات، أمانات), and the adverbial tanween alef after ي
/// (شخصياً) is in the function-word list.
fn looks_common(plain: &str) -> bool {
    plain.ends_with('ة') || plain.ends_with("ات")
}

/// A nisba adjective (السوري، الإيرانية، الأميركي): ال + stem ending in ي/ية.
pub(crate) fn is_nisba(plain: &str) -> bool {
    plain.starts_with("ال")
        && (plain.ends_with('ي') || plain.ends_with("ية"))
        && at_least_chars(plain, 5)
}

/// Nouns after which a place name follows (مدينة حلب، جبال ورغة), as identity keys.
const PLACE_NOUNS: [&str; 20] = [
    "مدينه",
    "محافظه",
    "بلده",
    "قريه",
    "ولايه",
    "اقليم",
    "منطقه",
    "عاصمه",
    "العاصمه",
    "مخيم",
    "حي",
    "ميناء",
    "جبل",
    "جبال",
    "جزيره",
    "نهر",
    "بحيره",
    "معبر",
    "مطار",
    "ضاحيه",
];
/// Nouns after which an organisation's name follows (حركة حماس، مجلس الشورى، النادي الأهلي).
const ORG_LEAD: [&str; 25] = [
    "مصرف",
    "بنك",
    "صندوق",
    "هيئه",
    "مؤسسه",
    "جامعه",
    "مستشفي",
    "وكاله",
    "قناه",
    "حركه",
    "حزب",
    "تنظيم",
    "جماعه",
    "جبهه",
    "منظمه",
    "شركه",
    "ميليشيا",
    "مليشيا",
    "مجلس",
    "نادي",
    "النادي",
    "فريق",
    "ائتلاف",
    "تحالف",
    "صحيفه",
];

/// True for a key of [`PLACE_NOUNS`]: a [`KeySet`] lookup instead of twenty string comparisons,
/// asked for most words of a story.
pub(crate) fn is_place_noun(key: &str) -> bool {
    static SET: std::sync::LazyLock<KeySet> =
        std::sync::LazyLock::new(|| KeySet::new(&PLACE_NOUNS));
    SET.contains(key)
}

/// True for a key of [`ORG_LEAD`] (a [`KeySet`] lookup, as [`is_place_noun`]).
fn is_org_lead(key: &str) -> bool {
    static SET: std::sync::LazyLock<KeySet> = std::sync::LazyLock::new(|| KeySet::new(&ORG_LEAD));
    SET.contains(key)
}

/// A fixed set of keys (a closed word list) with its [`KeyFilter`]: [`KeySet::contains`] hashes
/// only the keys the filter lets through, so a word of no list costs a few instructions.
pub(crate) struct KeySet {
    filter: KeyFilter,
    set: rustc_hash::FxHashSet<&'static str>,
}

impl KeySet {
    /// The set of `keys`.
    pub(crate) fn new(keys: &[&'static str]) -> Self {
        KeySet {
            filter: KeyFilter::of(keys.iter().copied()),
            set: keys.iter().copied().collect(),
        }
    }

    /// True when `key` is one of the keys.
    #[inline]
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.filter.may_hold(key) && self.set.contains(key)
    }
}

/// The seeds of the story: word indices in `cx.doc.words` that start a name, with their kind.
/// `twins` is [`persian_twins`] when some word has a Persian letter (`persian`), empty otherwise.
/// The seeds each word gives by itself and the words after it ([`word_steps`]) are taken from the
/// context's [`SeedMemo`] where the words around are unchanged ([`reuse::Kept`]), and so are the
/// flags of [`pattern_seeds`]. For an open draft, `institutions` receives where an institution's
/// name starts, per word, for [`phrases::add_institutions`] (kept the same way; `None` otherwise).
fn seeds(
    cx: &Context,
    persian: bool,
    twins: &rustc_hash::FxHashSet<Text>,
    institutions: &mut Option<Vec<u8>>,
) -> Vec<Seed> {
    let words = &cx.doc.words;
    let mut out = Vec::new();
    let n = words.len();
    // The last version of an open draft, compared with this one once for the passes below.
    let kept = cx.seed_memo().map(|memo| reuse::Kept::of(cx, memo));
    let (surnames, kept_institutions) = kept_flags(cx, kept.as_ref());
    if persian {
        persian_seeds(cx, twins, &mut out);
    }
    foreign_letter_seeds(cx, surnames.as_deref(), &mut out);
    ta_marbuta_name_seeds(cx, surnames.as_deref(), &mut out);
    foreign_seeds(cx, kept.as_ref(), &mut out);
    let patterns = pattern_seeds(cx, kept.as_ref(), &mut out);
    let full_names = foreign_full_names(cx, kept.as_ref(), &mut out);
    // The profile's organisations (a few dozen keys), filtered before hashing each word.
    let organisations = KeyFilter::of(cx.profile.organisations.iter().map(Text::as_str));
    let each = |i: usize, steps: &mut Vec<(usize, Step)>| word_steps(cx, i, &organisations, steps);
    let steps = match &kept {
        Some(kept) => kept.steps(cx, each),
        None => {
            let mut steps = Vec::new();
            for i in 0..n {
                each(i, &mut steps);
            }
            steps
        }
    };
    // Keys of words written right after a given name somewhere in the story: a document-level
    // fact, so a title seed that asks it is asked again in every version (`Step::Title`).
    let after_given = std::cell::OnceCell::new();
    let known_family = |key: &str| follows_given_name(cx, &after_given, key);
    *institutions = kept_institutions;
    for &(i, step) in &steps {
        match step {
            Step::Seed(seed) => out.push(seed),
            Step::Title => {
                if let Some(seed) = title_seed(cx, i, &known_family) {
                    out.push(seed);
                }
            }
        }
    }
    resumed_surname_seeds(cx, surnames.as_deref(), &mut out);
    woman_surname_seeds(cx, surnames.as_deref(), &mut out);
    credited_outlet_seeds(cx, &mut out);
    let inflected = drop_inflected(cx, kept.as_ref(), &mut out);
    east_asian::reseat(cx, &mut out);
    family_after_laqab(cx, &mut out);
    if let (Some(kept), Some(memo)) = (kept, cx.seed_memo()) {
        let kept_surnames = surnames.unwrap_or_default();
        let kept_institutions = institutions.clone().unwrap_or_default();
        kept.keep(
            cx,
            memo,
            &steps,
            patterns,
            full_names,
            kept_surnames,
            kept_institutions,
            inflected,
        );
    }
    out
}

/// True when `key` is the key of a word written right after a given name somewhere in the story
/// (the question a title seed asks, `Step::Title`). An open draft answers it from the words of
/// the key (`Context::words_of_key`, whose lists it keeps and renews between versions);
/// otherwise `set` is made at the first question, from every word, and asked.
fn follows_given_name<'c>(
    cx: &'c Context,
    set: &std::cell::OnceCell<rustc_hash::FxHashSet<&'c str>>,
    key: &str,
) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    if cx.key_memo.is_some() {
        return cx
            .words_of_key(key)
            .any(|k| k >= 1 && tags[k - 1].given > 0 && adjacent(cx, k - 1, k));
    }
    set.get_or_init(|| {
        (1..words.len())
            .filter(|&k| tags[k - 1].given > 0 && adjacent(cx, k - 1, k))
            .map(|k| words[k].key.as_str())
            .collect()
    })
    .contains(key)
}

/// Drops from `out` the seeds [`inflected_non_name`] rejects. What it answers for a person seed
/// is a function of the seed word's window: an open draft (`kept`) takes the last version's
/// answers where the words around are unchanged and asks the others when first needed
/// ([`inflected_known`]); returns the answers to keep (empty without `kept`).
fn drop_inflected(cx: &Context, kept: Option<&reuse::Kept>, out: &mut Vec<Seed>) -> Vec<u8> {
    let Some(k) = kept else {
        out.retain(|s| !inflected_non_name(cx, s));
        return Vec::new();
    };
    let mut known = k.flags(k.old_inflected(), INFLECTED_BEFORE, INFLECTED_AFTER, |_| 0);
    out.retain(|s| !inflected_known(cx, s, &mut known));
    known
}

/// How many words before a person seed [`inflected_non_name`] reads: five (`strong_seed`'s
/// [`apposed_full_name`] and [`titled_full_name`] read a post up to `i - 5`), one more as a
/// margin.
const INFLECTED_BEFORE: usize = 6;
/// How many words after a person seed [`inflected_non_name`] reads: one (the object or numeral
/// after a verb, the definite word after a construct head, [`name_ends`]), one more as a margin.
const INFLECTED_AFTER: usize = 2;

/// [`inflected_non_name`] of seed `s`, taken from `known` (per word of the document: 0 not
/// asked, 1 no, 2 yes; the answers of a draft's last version where the words around are
/// unchanged, [`reuse::Kept::flags`]) or asked and noted there. A person seed's answer reads
/// only words `s.word - INFLECTED_BEFORE` to `s.word + INFLECTED_AFTER` (their spelling, key,
/// kind, tags and the text between them, the word's source text: the masked text, as a word
/// holds no blanked character) and the lexicon; other seeds are asked every time.
fn inflected_known(cx: &Context, s: &Seed, known: &mut [u8]) -> bool {
    if s.kind != NameKind::Person || cx.lex.words[s.word].given > 0 {
        return false;
    }
    let Some(answer) = known.get_mut(s.word) else {
        return inflected_non_name(cx, s);
    };
    if *answer == 0 {
        *answer = 1 + u8::from(inflected_non_name(cx, s));
    }
    // (Test builds check the kept answer against a fresh one.)
    #[cfg(any(test, debug_assertions))]
    assert_eq!(
        *answer == 2,
        inflected_non_name(cx, s),
        "kept inflected answer differs"
    );
    *answer == 2
}

/// The per-word flags an open draft keeps from its last version for [`seeds`] (`None` each when
/// `kept` is `None`, a story with no memo): the tests of the two surname passes and of the
/// ta marbuta and foreign-letter passes ([`surname_flags`]) and where an institution's name starts
/// ([`phrases::institution_starts_at`]), one byte per word of `cx.doc.words`. Test builds check
/// the kept flags against fresh ones.
fn kept_flags(cx: &Context, kept: Option<&reuse::Kept>) -> (Option<Vec<u8>>, Option<Vec<u8>>) {
    // The per-word tests of the two surname passes of `seeds`, kept like the pattern flags.
    let surnames = kept.map(|k| {
        let flags = k.flags(k.old_surnames(), SURNAME_BEFORE, SURNAME_AFTER, |i| {
            surname_flags(cx, i)
        });
        // (Test builds check the kept flags against fresh ones.)
        debug_assert!(
            flags
                .iter()
                .enumerate()
                .all(|(i, &f)| f == surname_flags(cx, i))
        );
        flags
    });
    // Where an institution's name starts (`phrases::add_institutions`), kept the same way.
    let institutions = kept.map(|k| {
        k.flags(
            k.old_institutions(),
            1,
            phrases::INSTITUTION_AFTER + 1,
            |i| u8::from(phrases::institution_starts_at(cx, i)),
        )
    });
    // (Test builds check the kept flags against fresh ones.)
    debug_assert!(institutions.as_ref().is_none_or(|f| {
        f.iter()
            .enumerate()
            .all(|(i, &x)| x == u8::from(phrases::institution_starts_at(cx, i)))
    }));
    (surnames, institutions)
}

/// Adds to `out` an organisation seed for each one-word outlet of the agency list that is also
/// an ordinary word, place or adjective (`Agency::ambiguous`: الجزيرة، الغد، العمانية) where the
/// credits scan counts it as cited (a credit line, between a dateline's slashes, after an outlet
/// noun, in quotation marks), written as its credit form with no proclitic. Reason: such a word
/// is a name only where an outlet is named, and once the story names the outlet so, its other
/// mentions are the outlet's name, to be spelled alike. A credit that is itself a common noun for
/// outlets or bodies (وكالات "agencies", the lexicon's `org_noun`) names no one outlet and gives no
/// seed. Reads the whole story's credits, so it is computed afresh in every version.
///
/// A place seed of the same key is then dropped (الخليج, a listed region and a paper) when the
/// story cites the word as a source (`AgencyMention::cited`) outside a dateline or byline: there
/// the word is that outlet's name, the paper the reader is told to look up, not the region it is
/// named after; a bare place word on a dateline or byline is where the story was filed.
fn credited_outlet_seeds(cx: &Context, out: &mut Vec<Seed>) {
    let words = &cx.doc.words;
    let mut outlets: Vec<&str> = Vec::new();
    for a in &cx.credits().agencies {
        let Some(i) = cx.doc.word_containing(a.range.start) else {
            continue;
        };
        let Some((1, idx)) = cx.lex.words[i].agency() else {
            continue;
        };
        let Some(agency) = cx.profile.agency_list.get(usize::from(idx)) else {
            continue;
        };
        if agency.ambiguous
            && !cx.lex.words[i].org_noun()
            && words[i].kind() == WordKind::Arabic
            && words[i].start() == a.range.start
            && words[i].key.as_str() == normalize::identity(&agency.credit)
        {
            out.push(Seed {
                word: i,
                kind: NameKind::Org,
                family: false,
            });
            // A bare place word on a dateline or byline (ماجد الحربي من الرياض) is where the
            // story was filed, whatever the scan reads it as: it does not make the place a paper.
            let on_place_line = cx.credits().credits.iter().any(|c| {
                matches!(
                    c.kind,
                    crate::analysis::credits::CreditKind::Dateline
                        | crate::analysis::credits::CreditKind::Byline
                ) && c.range.start <= a.range.start
                    && a.range.end <= c.range.end
            });
            if a.cited && !on_place_line {
                outlets.push(words[i].key.as_str());
            }
        }
    }
    if !outlets.is_empty() {
        out.retain(|s| {
            s.kind != NameKind::Place
                || !words[s.word]
                    .key_readings()
                    .iter()
                    .any(|(_, r)| outlets.contains(&r.as_str()))
        });
    }
}

/// [`surname_flags`]: word `k` is a one-word subject after a reporting verb ([`speaker_alone`]).
const SPEAKER_ALONE: u8 = 1;
/// [`surname_flags`]: word `k` stands alone after a feminine reporting verb
/// ([`woman_speaker_alone`]).
const WOMAN_ALONE: u8 = 2;
/// [`surname_flags`]: word `k` closes a bare pair set off by commas ([`resumed_surname`]).
const RESUMED: u8 = 4;
/// [`surname_flags`]: word `k` is nameable, no place, and closes a full name after a post
/// ([`titled_full_name`]).
const TITLED: u8 = 8;
/// [`surname_flags`]: word `k` is an ordinary-looking word right after a listed given name in a
/// speaker phrase or after a post ([`given_then_family`]).
const AFTER_GIVEN: u8 = 16;
/// [`surname_flags`]: word `k` has a reading [`ta_marbuta_name_seeds`] counts
/// ([`ta_marbuta_reading`]).
const TA_MARBUTA: u8 = 32;
/// [`surname_flags`]: word `k` has a letter outside the Arabic alphabet that
/// [`foreign_letter_seeds`] reads ([`foreign_letter_word`]).
const FOREIGN_LETTER: u8 = 64;
/// How many words before word `k` [`surname_flags`] reads: six (`post_ends_before`'s title
/// before the given name of [`titled_full_name`], asked one word back by
/// [`titled_three_part_name`]; [`lexicon::spokesman_bism`](crate::analysis::lexicon::spokesman_bism)
/// of `is_nameable` at `k - 1` reads back to `k - 4`), one more as a margin.
const SURNAME_BEFORE: usize = 7;
/// How many words after word `k` [`surname_flags`] reads: one (`name_ends`, the word after a
/// woman speaker, `resumed_surname`'s closing gap, `doubled_title_head`), one more as a margin.
const SURNAME_AFTER: usize = 2;

/// The per-word tests of [`resumed_surname_seeds`] and [`woman_surname_seeds`] for word `k`, as
/// flags ([`SPEAKER_ALONE`], [`WOMAN_ALONE`], [`RESUMED`], [`TITLED`], [`AFTER_GIVEN`]), each
/// false where its pass does not ask it (the first word, or the first two), and those of
/// [`ta_marbuta_name_seeds`] and [`foreign_letter_seeds`] ([`TA_MARBUTA`], [`FOREIGN_LETTER`]:
/// word `k` alone). Reads words `k - SURNAME_BEFORE` to `k + SURNAME_AFTER` only (their
/// spelling, key, kind, tags and the text between them) and the lexicon, so an open draft keeps
/// them per word ([`reuse::Kept::flags`]).
fn surname_flags(cx: &Context, k: usize) -> u8 {
    let mut f = 0;
    if ta_marbuta_reading(cx, k).is_some() {
        f |= TA_MARBUTA;
    }
    if cx
        .doc
        .words
        .get(k)
        .is_some_and(|w| foreign_letter_word(&w.plain))
    {
        f |= FOREIGN_LETTER;
    }
    // Both speaker tests need a verb before the word (`speaker_alone` asks it first,
    // `feminine_reporting_verb` returns false without it): most words are out at once.
    if k >= 1 && cx.lex.words.get(k - 1).is_some_and(|t| t.verb()) {
        if speaker_alone(cx, k) {
            f |= SPEAKER_ALONE;
        }
        if woman_speaker_alone(cx, k) {
            f |= WOMAN_ALONE;
        }
    }
    if k >= 2 {
        if resumed_surname(cx, k) {
            f |= RESUMED;
        }
        // The cheap test of the three first (adjacent words, a title or post two words back).
        if (titled_full_name(cx, k) || titled_three_part_name(cx, k))
            && cx.lex.words[k].place == 0
            && is_nameable(cx, k)
        {
            f |= TITLED;
        }
        if given_then_family(cx, k) {
            f |= AFTER_GIVEN;
        }
    }
    f
}

/// Adds to `out` a family-name seed for each word `j` that [`resumed_surname`] or
/// [`given_then_family`] reads as a surname and that the story also writes alone as a speaker
/// (its identity key, so in any of its spellings: ي/ى, ة/ه, hamza forms): right after a reporting
/// verb, where the name ends (before أن/إن, a cue or punctuation: أوضحت أمزيان أن). Reads the
/// whole story (two passes over its words), so it is computed afresh in every version from the
/// per-word tests, which an open draft keeps (`flags`: [`surname_flags`] of every word, or `None`
/// to ask them here).
fn resumed_surname_seeds(cx: &Context, flags: Option<&[u8]>, out: &mut Vec<Seed>) {
    let words = &cx.doc.words;
    let subjects: rustc_hash::FxHashSet<&str> = match flags {
        Some(f) => (1..words.len())
            .filter(|&k| f[k] & SPEAKER_ALONE != 0)
            .map(|k| words[k].key.as_str())
            .collect(),
        None => (1..words.len())
            .filter(|&k| speaker_alone(cx, k))
            .map(|k| words[k].key.as_str())
            .collect(),
    };
    if subjects.is_empty() {
        return;
    }
    let respelled = ResumedSpellings::of(subjects.iter().copied(), words.len() >= LONG_STORY_WORDS);
    // Asked of every word: the key filter answers most keys without hashing them.
    let in_subjects = KeyFilter::of(subjects.iter().copied());
    let resumed_key = |k: Text| {
        (in_subjects.may_hold(&k) && subjects.contains(k.as_str())) || respelled.holds_key(k)
    };
    for (j, w) in words.iter().enumerate().skip(2) {
        // The kept bit first: one byte read instead of hashing every word's key.
        let resumed = match flags {
            Some(f) => f[j] & (RESUMED | AFTER_GIVEN) != 0 && resumed_key(w.key),
            None => resumed_key(w.key) && (resumed_surname(cx, j) || given_then_family(cx, j)),
        };
        if resumed {
            out.push(Seed {
                word: j,
                kind: NameKind::Person,
                family: true,
            });
        }
    }
}

/// The keys of the one-word speakers of a story ([`resumed_surname_seeds`],
/// [`woman_surname_seeds`]), read for a family name resumed in another spelling: with or without
/// the article, or a [`near_variant`] of it (a long vowel more or less, a transliteration letter:
/// منيرة العتيبي … وأوضحت العتبي، كريم القرعاوي … وأكد الكرعاوي). Reason: a reporting verb's subject
/// written alone right after the story gave a given and family name is how news copy resumes
/// that person, so a hurried respelling of the family name there still names the same person,
/// and the full name is seeded for the variant pass to flag the respelling. Both keys have four
/// letters or more (the article set aside), as in `fuzzy_mentions`. Grouped by [`bucket_key`], so
/// a word is compared with the few speakers of its bucket only.
struct ResumedSpellings {
    /// Speakers' keys without the article, as characters, by their bucket.
    by_bucket: HashMap<u64, Vec<Vec<char>>>,
    /// [`ResumedSpellings::holds`] of the interned keys asked so far, by the address of their
    /// string, in a long story ([`LONG_STORY_WORDS`]) whose words repeat their keys; `None`
    /// in a shorter one, where most keys are asked once and the table would cost more than it saves.
    asked: Option<std::cell::RefCell<rustc_hash::FxHashMap<usize, bool>>>,
}

/// The words from which a story's keys repeat enough that a table of a per-key answer, asked at
/// every word, costs less than asking again ([`ResumedSpellings::holds_key`], the fuzzy pass's
/// far keys): in the dev articles (about 800 words each) two keys in three asked are new.
const LONG_STORY_WORDS: usize = 16_384;

impl ResumedSpellings {
    /// The table of the speakers' keys `keys` (with or without the article); `long` when the
    /// story is long enough to keep the answers per key ([`LONG_STORY_WORDS`]).
    fn of<'a>(keys: impl Iterator<Item = &'a str>, long: bool) -> Self {
        let mut by_bucket: HashMap<u64, Vec<Vec<char>>> = HashMap::default();
        for k in keys {
            let b: Vec<char> = without_article(k).chars().collect();
            if b.len() >= 4 {
                by_bucket.entry(bucket_key(&b)).or_default().push(b);
            }
        }
        ResumedSpellings {
            by_bucket,
            asked: long.then(Default::default),
        }
    }

    /// [`ResumedSpellings::holds`] of the interned key `key`, worked out once per key: the
    /// answer reads the key's letters alone.
    fn holds_key(&self, key: Text) -> bool {
        let Some(asked) = &self.asked else {
            return self.holds(key.as_str());
        };
        let at = key.as_str().as_ptr() as usize;
        if let Some(&yes) = asked.borrow().get(&at) {
            return yes;
        }
        let yes = self.holds(key.as_str());
        asked.borrow_mut().insert(at, yes);
        yes
    }

    /// True when `key` (a word's key) is a speaker's key with the article added or dropped, or a
    /// near variant of one (see the type's doc).
    fn holds(&self, key: &str) -> bool {
        let b = without_article(key);
        // Four letters at the least, asked before the bucket (the short words of grammar are out).
        if !at_least_chars(b, 4) {
            return false;
        }
        let Some(cands) = self.by_bucket.get(&bucket_key_str(b)) else {
            return false;
        };
        let b: Vec<char> = b.chars().collect();
        cands.iter().any(|c| {
            *c == b || ((c.len().max(b.len()) >= 5 || c.len() == b.len()) && near_variant(c, &b))
        })
    }
}

/// `key` without a leading article when three letters or more remain, else `key` as it is.
fn without_article(key: &str) -> &str {
    key.strip_prefix("ال")
        .filter(|b| at_least_chars(b, 3))
        .unwrap_or(key)
}

/// Adds to `out` a family-name seed for each word `j` that closes a full name after a post
/// ([`titled_full_name`]: النائبة شيخة الفضلي، الباحثة المصرية هبة السمان) and whose key, with or
/// without the article, the story also writes alone as the subject of a feminine reporting verb
/// ([`woman_speaker_alone`]: قالت الفضلي في، وأوضحت السمان أن), even when the lexicon knows a word of that spelling (الفضلى
/// "the best", السمان "the grocer"). Reason: a reporting verb agrees with its subject in gender, so
/// a definite word of masculine form after قالت is no adjective or common noun of the clause but
/// a woman's family name, and the post and given name before it elsewhere name the same woman;
/// a father's name may stand between the given and the family name ([`titled_three_part_name`]).
/// Reads the whole story (two passes over its words), so it is computed afresh in every version
/// from the per-word tests, which an open draft keeps (`flags`, as for [`resumed_surname_seeds`]).
fn woman_surname_seeds(cx: &Context, flags: Option<&[u8]>, out: &mut Vec<Seed>) {
    let words = &cx.doc.words;
    // Keys compared without the article: the family name is written with and without it
    // (النائبة شيخة الفضلي … قالت فضلي).
    fn bare(k: &str) -> &str {
        k.strip_prefix("ال").unwrap_or(k)
    }
    let subjects: rustc_hash::FxHashSet<&str> = match flags {
        Some(f) => (1..words.len())
            .filter(|&k| f[k] & WOMAN_ALONE != 0)
            .map(|k| bare(words[k].key.as_str()))
            .collect(),
        None => (1..words.len())
            .filter(|&k| woman_speaker_alone(cx, k))
            .map(|k| bare(words[k].key.as_str()))
            .collect(),
    };
    if subjects.is_empty() {
        return;
    }
    let respelled = ResumedSpellings::of(subjects.iter().copied(), words.len() >= LONG_STORY_WORDS);
    // Asked of every word: the key filter answers most keys without hashing them.
    let in_subjects = KeyFilter::of(subjects.iter().copied());
    let resumed_key = |k: Text| {
        (in_subjects.may_hold(bare(&k)) && subjects.contains(bare(&k))) || respelled.holds_key(k)
    };
    for (j, w) in words.iter().enumerate().skip(2) {
        let titled = match flags {
            Some(f) => f[j] & TITLED != 0 && resumed_key(w.key),
            None => {
                resumed_key(w.key)
                    && is_nameable(cx, j)
                    && cx.lex.words[j].place == 0
                    && (titled_full_name(cx, j) || titled_three_part_name(cx, j))
            }
        };
        if titled {
            out.push(Seed {
                word: j,
                kind: NameKind::Person,
                family: true,
            });
        }
    }
}

/// True when word `k` is a word of masculine form (not in ة or ات, at least four letters, no
/// place, agency or organisation noun) standing alone right after a feminine reporting verb
/// ([`feminine_reporting_verb`]), where a name ends ([`name_ends`]) or before في، على، عن، خلال or
/// وهي, which open the verb's complements or a circumstantial clause after its subject.
fn woman_speaker_alone(cx: &Context, k: usize) -> bool {
    let words = &cx.doc.words;
    let (Some(w), Some(t)) = (words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    // The verb before first ([`feminine_reporting_verb`] is false without it): most words are
    // out at once.
    k > 0
        && cx.lex.words[k - 1].verb()
        && adjacent(cx, k - 1, k)
        && w.kind() == WordKind::Arabic
        && !looks_common(&w.plain)
        && at_least_chars(&w.plain, 4)
        && t.place == 0
        && t.agency().is_none()
        && !t.org_noun()
        && feminine_reporting_verb(cx, k - 1)
        && (name_ends(cx, k)
            || words
                .get(k + 1)
                .is_some_and(|n| matches!(n.plain.as_str(), "في" | "على" | "عن" | "خلال" | "وهي")))
}

/// True when word `i` is a reporting verb in the feminine singular of the perfect (قالت، أوضحت،
/// دعت), with و or ف before it or not: its key less a final ت is a reporting verb itself, or is one
/// with the last letter ا or ي that weak verbs drop before ت (دعا، نفى). A root that ends in ت
/// (لفت) is not such a form.
fn feminine_reporting_verb(cx: &Context, i: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(i), cx.lex.words.get(i)) else {
        return false;
    };
    if !t.verb() {
        return false;
    }
    let p = cx.profile;
    let key = w.key.as_str();
    let bare = match key.strip_prefix(['و', 'ف']) {
        Some(rest) if p.is_reporting_verb(rest) => rest,
        _ => key,
    };
    bare.strip_suffix('ت').is_some_and(|stem| {
        at_least_chars(stem, 2)
            && (p.is_reporting_verb(stem)
                || with_joined(stem, "ا", |v| p.is_reporting_verb(v))
                || with_joined(stem, "ي", |v| p.is_reporting_verb(v)))
    })
}

/// True when word `k` stands alone right after a reporting verb where a name ends (before أن/إن,
/// a cue or punctuation: أوضحت أمزيان أن): the reporting clause's subject, one word.
fn speaker_alone(cx: &Context, k: usize) -> bool {
    k > 0
        && k < cx.doc.words.len()
        && cx.lex.words[k - 1].verb()
        && adjacent(cx, k - 1, k)
        && name_ends(cx, k)
}

/// True when word `j` closes a pair of bare words set off by a comma (، حفيظة أمزيان. or
/// ، حفيظة أمزيان،): both nameable, without the article or و, no place, agency or organisation
/// noun, the second of four letters or more and not shaped like a common noun; the caller checks
/// that the story also writes it alone as a speaker (أوضحت أمزيان أن). Reason: news copy
/// introduces a person once by full name in apposition and then names them by the family name
/// alone as the subject of reporting verbs, so a word that closes such an apposition and comes
/// back alone between a reporting verb and أن is a surname, even when the dictionary knows a word
/// of that spelling and whatever the first word is (a given name that is also an ordinary word).
fn resumed_surname(cx: &Context, j: usize) -> bool {
    let words = &cx.doc.words;
    if j < 2 || j >= words.len() {
        return false;
    }
    let text = cx.doc.prose();
    let gap = |a: usize, b: usize| {
        text.get(words[a].end()..words[b].start())
            .unwrap_or("")
            .trim()
    };
    let opened = matches!(gap(j - 2, j - 1), "،" | ",");
    let closed = j + 1 >= words.len() || gap(j, j + 1).starts_with(['،', ',', '.', '؛']);
    let lead = &words[j - 1];
    opened
        && closed
        && adjacent(cx, j - 1, j)
        && is_nameable(cx, j - 1)
        && !has_article(lead)
        && cx.lex.words[j - 1].place == 0
        && !lead.plain.starts_with('و')
        && bare_name_word(cx, j)
        && !words[j].plain.starts_with('و')
        && at_least_chars(&words[j].plain, 4)
}

/// True when word `j` follows a listed given name inside a speaker phrase or a person mention:
/// word `j - 1` is a given name of the names list (no article, no و), written right after a
/// reporting verb or a post ([`titled_full_name`]: قال يوسف الشمالي، وزير البترول كريم بدوي, the
/// post's genitive included), and word `j` is a nameable word written next to it, no place,
/// agency or organisation noun, not shaped like a common noun (ة، ات), no reporting verb and no
/// و-joined word. The caller checks that the story resumes it alone as
/// a speaker. Reason: news copy gives a person's given and family name once and then names them
/// by the family name alone as the subject of reporting verbs, so the word after a given name
/// that comes back alone as a speaker is the family name, even when the dictionary knows it as
/// an ordinary noun or adjective (بدوي، خلف، الشمالي).
fn given_then_family(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    if j < 2 || j >= words.len() || !adjacent(cx, j - 1, j) || !adjacent(cx, j - 2, j - 1) {
        return false;
    }
    let (g, gt, w, t) = (&words[j - 1], &tags[j - 1], &words[j], &tags[j]);
    let opener = tags[j - 2].verb() || tags[j - 2].title > 0 || post_of_genitive(cx, j - 1);
    gt.given > 0
        && opener
        && !has_article(g)
        && !g.plain.starts_with('و')
        && (is_nameable(cx, j) || listed_nisba(cx, j))
        && t.place == 0
        && t.agency().is_none()
        && !t.org_noun()
        && !t.verb()
        && !looks_common(&w.plain)
        && !w.plain.starts_with('و')
}

/// True when word `j` is a definite masculine nisba adjective that the function-word list keeps
/// out of name slots because it qualifies a post after a title (الشمالي، العربي: the list's
/// section of adjectives that follow titles), and no cue, title or unnamed-source word.
fn listed_nisba(cx: &Context, j: usize) -> bool {
    let (key, t) = (cx.doc.words[j].key.as_str(), &cx.lex.words[j]);
    // The identity key, so الشمالى (ى for ي) is the same nisba; its ة is ه there.
    t.function()
        && is_nisba(key)
        && !key.ends_with("يه")
        && !t.is_cue()
        && t.title == 0
        && t.anonymous == 0
}

/// Adds to `twins` (the keys whose words are read as names though the function-word list holds
/// them, see [`persian_twins`]) the key of each [`listed_nisba`] word that closes a given name in
/// a speaker phrase ([`given_then_family`]: قال الخبير يوسف الشمالي) and that the story also
/// writes alone as a speaker ([`speaker_alone`]: وأضاف الشمالى أن, any spelling of its key).
/// Reason: an adjective cannot qualify a given name that closes no post, and a word the story
/// resumes alone as the subject of a reporting verb is a person's name, so that nisba is the
/// family name there and in its resumptions, whatever the list says of it after a title.
fn resumed_nisba_families(cx: &Context, twins: &mut rustc_hash::FxHashSet<Text>) {
    let words = &cx.doc.words;
    // `listed_nisba` holds only for a function word: its tag bit is read first, so most words
    // cost a bit test (this runs over every word of the story at every analysis).
    let alone: Vec<&str> = (1..words.len())
        .filter(|&k| {
            cx.lex.words.get(k).is_some_and(|t| t.function())
                && listed_nisba(cx, k)
                && speaker_alone(cx, k)
        })
        .map(|k| words[k].key.as_str())
        .collect();
    if alone.is_empty() {
        return;
    }
    for j in 2..words.len() {
        if alone.contains(&words[j].key.as_str()) && given_then_family(cx, j) {
            twins.insert(words[j].key);
        }
    }
}

/// True when a post and its definite genitive end right before word `g` (وزير البترول كريم):
/// word `g - 2` is a title word and word `g - 1` a definite word, the three adjacent. Reason: a
/// post in construct with the body or field it heads (وزير البترول، مدير المستشفى) is still the
/// post, so the holder's name starts after its genitive.
fn post_of_genitive(cx: &Context, g: usize) -> bool {
    g >= 2
        && cx.lex.words[g - 2].title > 0
        && has_article(&cx.doc.words[g - 1])
        && cx.lex.words[g - 1].title == 0
        && adjacent(cx, g - 2, g - 1)
        && adjacent(cx, g - 1, g)
}

/// True when word `k` may be one word of a transliterated full name: an Arabic word of three
/// letters or more, without the article, that no list tags (function word, cue, title, place,
/// given name, anonymous source, agency, organisation noun) and that carries a long vowel letter
/// (ا، و، ي) after its first letter, as transliterations spell the vowels of a foreign name
/// (كارين، توماس، لوندغرين), and not an imperfect verb in the plural (ي or ت ... وا: يكيدوا). The
/// lexicon is not asked here.
fn foreign_name_word(cx: &Context, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    // The letters (no article, three or more, a long vowel, no plural imperfect, no preposition
    // with a pronoun) are the spelling's: `shape::foreign_spelling`.
    w.kind() == WordKind::Arabic
        && t.has_shape(crate::analysis::lexicon::shape::FOREIGN)
        && !(t.function()
            || t.is_cue()
            || t.title > 0
            || (t.place > 0 && !place_only_by_clitic(cx, k))
            || t.given > 0
            || t.anonymous > 0
            || t.agency().is_some()
            || t.org_noun())
}

/// True when word `k` is tagged a place only through a preposition letter read off its front
/// (كلاوس read as ك + لاوس "like Laos", بريمن as ب + ريمن): a word of one place tag that starts
/// with ك، ب or ل and whose key as written is no listed place. Reason: a transliterated name
/// often starts with one of these letters, and the reading as a preposition on a place is only
/// one reading of its letters; [`foreign_full_name_at`] lets such a word be the given name of a
/// foreign full name where the lexicon does not know it whole, the run of the name outweighing
/// the preposition. Reads word `k` and the profile's places.
fn place_only_by_clitic(cx: &Context, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    t.place == 1 && w.key.starts_with(['ك', 'ب', 'ل']) && !cx.profile.places.contains_word(&w.key)
}

/// Pushes onto `out` a person seed on the second word of each transliterated full name said after
/// a personal title in its clause: exactly two adjacent words of [`foreign_name_word`]'s shape,
/// the second one the lexicon does not know (and not ending in ة or ات, the endings of Arabic
/// nouns: صفوف ميليشيات) and the first one it does not know or that has no
/// ending or clitic of an Arabic noun phrase (ة، ات، a preposition, a possessive), with a title among the twelve words before them (no full stop,
/// colon, semicolon, quotation mark or line break between), a title in apposition right after
/// them ([`post_in_apposition`]), a post or profession after the comma that closes a reporting
/// verb's subject ([`profession_apposed`]: قالت أنانيا راو، عالمة الأحياء; there the family name
/// may be a word the lexicon knows, unless it ends in ي as a nisba adjective does) or a
/// nationality nisba right before them
/// ([`nationality_before`]: البديل الكولومبي خوان موريلو، توجت الإثيوبية ميسيريت تسيغاي), not right after an organisation or
/// place noun (لشركة جنرال موتورز), and followed by punctuation, the end, or a word the lexicon or a
/// list knows (a preposition or verb: كارين لوندغرين في مؤتمر صحفي، توماس ريردون سيزور).
/// Reason: Arabic words are in the lexicon, so a run of two unknown words with the vowels of a
/// transliteration, in the clause of a title (a post and its organisation, even a bracketed
/// acronym, may stand between), is the holder's given and family name, and the known word after
/// them is where the clause goes on.
///
/// What each word gives ([`foreign_full_name_at`], one flag per word) is taken from `kept` (the
/// last version of an open draft) where the words around are unchanged; returns the flags to keep
/// (none without `kept`: the command line keeps no flags).
fn foreign_full_names(cx: &Context, kept: Option<&reuse::Kept>, out: &mut Vec<Seed>) -> Vec<u8> {
    let seed = |j: usize| Seed {
        word: j + 1,
        kind: NameKind::Person,
        family: true,
    };
    let Some(k) = kept else {
        // `foreign_full_name_at(j)` asks [`foreign_name_word`] of words `j` and `j + 1` first and
        // is false without both: each word's answer is asked once here, and the full test only
        // where both hold.
        let n = cx.doc.words.len();
        let shaped: Vec<bool> = (0..n).map(|j| foreign_name_word(cx, j)).collect();
        out.extend(
            (1..n.saturating_sub(1))
                .filter(|&j| shaped[j] && shaped[j + 1] && foreign_full_name_at(cx, j))
                .map(seed),
        );
        return Vec::new();
    };
    // `foreign_full_name_at(j)` reads words `j - TITLE_REACH` to `j + 2` and the text between
    // them (one word more each way as a margin).
    let flags = k.flags(k.old_full_names(), TITLE_REACH + 1, 3, |j| {
        u8::from(foreign_full_name_at(cx, j))
    });
    out.extend((0..flags.len()).filter(|&j| flags[j] != 0).map(seed));
    flags
}

/// How many words before a transliterated full name [`foreign_full_name_at`] looks for the title
/// of its clause.
const TITLE_REACH: usize = 12;

/// True when words `j` and `j + 1` are a transliterated full name after a title, as
/// [`foreign_full_names`] describes (given name at `j`, family name at `j + 1`). Reads words
/// `j - 12` to `j + 2` and the text between them; the lexicon is asked last.
fn foreign_full_name_at(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let n = words.len();
    let text = cx.doc.prose();
    let unknown = |k: usize| ordinary_word_in(cx, &words[k].plain) == Lexical::Unknown;
    let clause_gap = |a: usize, b: usize| {
        !text
            .get(words[a].end()..words[b].start())
            .unwrap_or(".")
            .contains(['.', ':', ';', '؛', '«', '»', '"', '“', '”', '\n', '!', '؟'])
    };
    if j == 0
        || j + 1 >= n
        || !(foreign_name_word(cx, j)
            && foreign_name_word(cx, j + 1)
            && adjacent(cx, j, j + 1)
            && clause_gap(j - 1, j))
    {
        return false;
    }
    // The run starts at `j`: the word before is no name word joined to it, and no noun that a
    // company or place name follows.
    if adjacent(cx, j - 1, j) {
        let prev = words[j - 1].key_readings();
        let stem = prev.last().map(|(_, r)| r.as_str()).unwrap_or("");
        if tags[j - 1].org_noun()
            || is_org_lead(stem)
            || is_place_noun(stem)
            || (foreign_name_word(cx, j - 1) && unknown(j - 1))
        {
            return false;
        }
    }
    // The run ends after `j + 1` (a preposition on a definite word, بالسجن, is no name word).
    let k = j + 2;
    if k < n
        && adjacent(cx, j + 1, k)
        && words[k].kind() == WordKind::Arabic
        && !tags[k].function()
        && !tags[k].is_cue()
        && tags[k].title == 0
        && !preposition_on_definite(cx, &words[k].plain)
        && unknown(k)
    {
        return false;
    }
    let titled = (j.saturating_sub(TITLE_REACH)..j)
        .rev()
        .take_while(|&t| clause_gap(t, t + 1))
        .any(|t| tags[t].title > 0);
    let subject_in_commas = subject_in_commas(cx, j);
    let apposed_subject = subject_in_commas && profession_apposed(cx, j + 2);
    let post_after = post_in_apposition(cx, j + 1) || apposed_subject;
    let nationality = nationality_before(cx, j);
    // A foreign given name may be a word of the lexicon with no noun's ending or clitic (كارين).
    let first = words[j].plain.as_str();
    // A word read as a preposition on a place (كلاوس as ك + لاوس) opens a foreign name only
    // right after a title or before a post in apposition, or as the subject of a reporting verb set off by a comma
    // (اعتبر كلاوس فيبر، ممثل ...): the lexicon knows it, and may know the family name after it,
    // by the same reading of a letter as a preposition, which is no evidence of an Arabic word
    // there ([`place_only_by_clitic`]).
    let after_title = adjacent(cx, j - 1, j) && tags[j - 1].title > 0;
    let clitic_given = tags[j].place > 0 && (post_after || subject_in_commas || after_title);
    if tags[j].place > 0 && !clitic_given {
        return false;
    }
    (titled || post_after || nationality || clitic_given)
        && !looks_common(&words[j + 1].plain)
        && !accusative_pair(cx, j)
        && !construct_head_noun(cx, j)
        && (unknown(j + 1)
            || known_family_before_post(cx, j, post_after)
            || clitic_given
            || (apposed_subject && !words[j + 1].plain.ends_with('ي')))
        && (unknown(j)
            || clitic_given
            || !(looks_common(first) || preposition_on_word(first) || possessed_noun(cx, first)))
}

/// The numeral nouns of Arabic that are followed by the thing counted (ألف، آلاف، مليون، ملايين،
/// مليار، مليارات), as identity keys: a closed class of the number words.
const NUMERAL_NOUNS: [&str; 6] = ["الف", "الاف", "مليون", "ملايين", "مليار", "مليارات"];

/// True when word `j` is a noun that heads a construct before a foreign word: a place noun
/// ([`PLACE_NOUNS`]: إقليم), an organisation lead ([`ORG_LEAD`]) or a numeral noun
/// ([`NUMERAL_NOUNS`]: ملايين). Reason: such a noun before a foreign word is in construct with
/// it, and the foreign word names the place, body or the thing counted (إقليم كوردستان، ملايين
/// يورو), never a person's given and family name. Reads word `j` only.
fn construct_head_noun(cx: &Context, j: usize) -> bool {
    cx.doc.words.get(j).is_some_and(|w| {
        let key = w.key.as_str();
        is_place_noun(key) || is_org_lead(key) || NUMERAL_NOUNS.contains(&key)
    })
}

/// True when the word before word `j`, written next to it, is a definite nisba of a listed place
/// in the masculine (ال … ي: البديل الكولومبي، المحترف العاجي), or in the feminine (ال … ية) with
/// no definite noun right before it that it would qualify ([`attributive`]) and not itself a
/// listed place (السعودية، الزاوية name the country and the town): توجت الإثيوبية فلانة; a
/// compass nisba may stand between the nationality and the name ([`COMPASS_NISBAS`]: الكوري
/// الجنوبي فلان). Reason: news copy introduces a foreign player or figure by a noun and the nationality
/// adjective, then the name in apposition (البديل الكولومبي فلان), as it does after a title; a
/// feminine nisba agrees with a thing or a body as often (الشركة الصينية), so it counts only
/// where it stands alone as a noun, "the Ethiopian woman", after a verb or a conjunction.
fn nationality_before(cx: &Context, j: usize) -> bool {
    if j == 0 || !adjacent(cx, j - 1, j) {
        return false;
    }
    // A compass nisba after the nationality is part of it (الكوري الجنوبي): read the word before.
    let j = if COMPASS_NISBAS.contains(&cx.doc.words[j - 1].key.as_str()) {
        if j < 2 || !adjacent(cx, j - 2, j - 1) {
            return false;
        }
        j - 1
    } else {
        j
    };
    let p = cx.doc.words[j - 1].plain.as_str();
    let masculine = p.ends_with('ي');
    let feminine = p.ends_with("ية") && cx.lex.words[j - 1].place == 0 && !attributive(cx, j - 1);
    p.starts_with("ال") && (masculine || feminine) && is_nisba_of_place(cx, j - 1)
}

/// True when words `j` and `j + 1` stand right after a reporting verb and a comma closes them
/// (اعتبر كلاوس فيبر، ممثل ...): the place of the verb's subject, set off before an apposition.
/// Reads words `j - 1` to `j + 2` and the text between `j + 1` and `j + 2`.
fn subject_in_commas(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    j > 0
        && adjacent(cx, j - 1, j)
        && tags.get(j - 1).is_some_and(|t| t.is_cue() && t.verb())
        && words.get(j + 2).is_some_and(|next| {
            cx.doc
                .prose()
                .get(words[j + 1].end()..next.start())
                .is_some_and(|g| g.trim() == "،" || g.trim() == ",")
        })
}

/// True when word `k`, right after the comma that closes a reporting verb's subject, opens an
/// apposition that says what the subject is: a personal title (مدير، رئيسة) or an indefinite
/// noun the lexicon knows, with no preposition on it, in construct with the definite word written
/// right after it (عالمة الأحياء، أستاذ الاقتصاد). Reason: Arabic news sets a speaker's post or
/// profession in apposition after the name, so the words between a reporting verb and such an
/// apposition are the speaker's name, as after a title. Reads words `k` and `k + 1`.
fn profession_apposed(cx: &Context, k: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(w), Some(t)) = (words.get(k), tags.get(k)) else {
        return false;
    };
    t.title > 0
        || (w.kind() == WordKind::Arabic
            && !has_article(w)
            && !(t.function() || t.is_cue() || t.place > 0 || t.given > 0)
            && t.agency().is_none()
            && !preposition_on_word(&w.plain)
            && words.get(k + 1).is_some_and(has_article)
            && adjacent(cx, k, k + 1)
            && ordinary_word_in(cx, &w.plain) != Lexical::Unknown)
}

/// The definite nisbas of the four compass points, masculine and feminine, as identity keys: a
/// closed class. Reason: after a nationality they name the part of a divided country
/// (الكوري الجنوبي، السودانية الجنوبية), so the nationality is the word before them.
const COMPASS_NISBAS: [&str; 8] = [
    "الشمالي",
    "الجنوبي",
    "الشرقي",
    "الغربي",
    "الشماليه",
    "الجنوبيه",
    "الشرقيه",
    "الغربيه",
];

/// True when word `j + 1`, which the lexicon knows, is still the family name of a transliterated
/// full name at `j`: a post stands in apposition right after it (`post_after`, see
/// [`post_in_apposition`]) and word `j` is a given name the lexicon does not know, with no
/// preposition written on it. Reason: a short transliterated family name often spells an Arabic
/// word with a proclitic (كوبر read as ك + وبر، لوف as ل + وف، فينجر as ف + ينجر), so the lexicon
/// knows it; between a foreign given name and the post of its holder it can only be the family
/// name.
fn known_family_before_post(cx: &Context, j: usize, post_after: bool) -> bool {
    let Some(first) = cx.doc.words.get(j) else {
        return false;
    };
    post_after
        && ordinary_word_in(cx, &first.plain) == Lexical::Unknown
        && !preposition_on_word(&first.plain)
}

/// True when the word after word `k` is a personal title written right after it, with nothing
/// or only a comma between (هيكتور كوبر مدرب الفريق، لوكا كاتسيلي، رئيسة الاتحاد). Reason: Arabic
/// news introduces a person as often with the post in apposition after the name as with the
/// title before it, so a title right after a run of name words marks the run as the holder's
/// name just as a title before it does. Reads words `k` and `k + 1` and the text between.
fn post_in_apposition(cx: &Context, k: usize) -> bool {
    let words = &cx.doc.words;
    let (Some(w), Some(next), Some(t)) = (words.get(k), words.get(k + 1), cx.lex.words.get(k + 1))
    else {
        return false;
    };
    t.title > 0
        && cx
            .doc
            .prose()
            .get(w.end()..next.start())
            .is_some_and(|g| g.chars().all(|c| c.is_whitespace() || c == ',' || c == '،'))
}

/// The word index of the family name when the word after word `j` (the last word read as a
/// given or father's name) opens a compound family name where the name ends: عبد and a definite
/// word of four letters or more ([`theophoric_lead`]: آمنة الطيب عبد الرحيم، مينا جرجس عبد
/// المسيح), or the Mauritanian ولد/منت and the father's name ([`fathers_name_after`]: محمد لمين
/// ولد الناجم). Reason: an Arab full name chains given name, father's and grandfather's names,
/// and a theophoric compound or a patronymic link is one name of two words, so the name runs
/// through it to its second word instead of stopping at the word before. `None` otherwise.
pub(crate) fn compound_family_after(cx: &Context, j: usize) -> Option<usize> {
    let words = &cx.doc.words;
    if j + 2 >= words.len() || !adjacent(cx, j, j + 1) {
        return None;
    }
    let theophoric = theophoric_lead(cx, j + 1) && name_ends(cx, j + 2);
    let patronymic = patronymic_link(cx, j + 1) && fathers_name_after(cx, j + 1);
    (theophoric || patronymic).then_some(j + 2)
}

/// True when words `j` and `j + 1` both end in alef, the first one the indefinite accusative of a
/// stem the lexicon knows (واقعا متجذرا "a rooted reality"): a noun and its adjective agreeing in
/// case, written without the tanween mark (the adjective may be one the lexicon lacks). Reason: a transliterated full name does not inflect
/// for case, so two such words are an Arabic noun phrase, not a given and a family name.
fn accusative_pair(cx: &Context, j: usize) -> bool {
    let words = &cx.doc.words;
    // يا ends many transliterated given names (ماريا، صوفيا): not read as a case ending.
    let noun = words
        .get(j)
        .and_then(|w| w.plain.strip_suffix('ا'))
        .is_some_and(|stem| {
            at_least_chars(stem, 3)
                && !stem.ends_with('ي')
                && ordinary_word_in(cx, stem) == Lexical::Exact
        });
    noun && words.get(j + 1).is_some_and(|w| w.plain.ends_with('ا'))
}

/// True when word `j`, after the given names of a name that starts at word `i`, is a middle name
/// and word `j + 1` the family name (رجب طيب أردوغان): the name goes on after `j` to a word without
/// the article where it ends, and that word does not start the rest of the clause after a
/// transliterated family name ([`clause_after_foreign`]).
fn middle_name(cx: &Context, i: usize, j: usize) -> bool {
    !name_ends_at(cx, j)
        && candidate_ok(cx, i, j + 1)
        && !has_article(&cx.doc.words[j + 1])
        && name_ends_at(cx, j + 1)
        && !clause_after_foreign(cx, j)
        && !defective_perfect_at(cx, j + 1)
}

/// True when word `k` is no given name of the list (موسى، عيسى، مصطفى are) and a perfect verb
/// of a weak final root ([`defective_perfect`]: سعى، مضى، بدا). Reason: after a given name such a
/// word is the predicate of a subject-first clause (خالد منصور سعى إلى الحل), not a family name,
/// so the name ends before it.
fn defective_perfect_at(cx: &Context, k: usize) -> bool {
    cx.doc.words.get(k).is_some_and(|w| {
        cx.lex.words.get(k).is_some_and(|t| t.given == 0) && defective_perfect(cx, &w.plain)
    })
}

/// True when word `j`, after the given names of a name that starts at word `i`, is the father's
/// name and word `j + 1` a definite masculine nisba (ال … ي, no place's nisba, title, given name or
/// function word) where the name ends (سعيد عبيد المري، رئيس الغرفة), also before a prepositional
/// complement ([`complement_after`]: سعيد عبيد المري بمقر الغرفة) when the lexicon does not know
/// the nisba (a participle such as المنتمي goes on with its complement): the family name of a
/// three-part name. Reason: an Arab full name chains the given name, the father's name and the
/// family name, and a nisba with the article closing it is the family's nisba; a place's nisba is
/// left out, as it may be a nationality describing the person. Reads words `j` to `j + 2`.
fn nasab_family(cx: &Context, i: usize, j: usize) -> bool {
    let words = &cx.doc.words;
    let (Some(w), Some(f), Some(tf)) = (words.get(j), words.get(j + 1), cx.lex.words.get(j + 1))
    else {
        return false;
    };
    // A given name with the conjunction و written on it is a second person (يوسف وطه المداني).
    let conjunction = w.key.starts_with('و') && !cx.profile.given_names.contains(&w.key);
    !has_article(w)
        && !conjunction
        && adjacent(cx, j, j + 1)
        && is_nisba(&f.plain)
        && f.plain.ends_with('ي')
        && tf.given == 0
        && tf.title == 0
        && !tf.function()
        && !is_nisba_of_place(cx, j + 1)
        && candidate_ok(cx, i, j + 1)
        && (name_ends(cx, j + 1)
            || (complement_after(cx, j + 1) && ordinary_word_in(cx, &f.plain) == Lexical::Unknown))
}

/// True when the word after word `k`, written next to it, is an ordinary word with the
/// preposition ب، ل or ك written on it ([`preposition_on_word`]: بقصر، لتقديم). Reason: a
/// prepositional phrase opens a complement of the clause (اجتماع ترأسه فلان بقصر قرطاج "at the
/// palace"), never a word of a name, so the name ends before it.
fn complement_after(cx: &Context, k: usize) -> bool {
    cx.doc
        .words
        .get(k + 1)
        .is_some_and(|n| adjacent(cx, k, k + 1) && preposition_on_word(&n.plain))
}

/// True when word `j` is a word the lexicon does not know and the word after it one it knows.
/// Reason: a transliterated name is outside the lexicon and an Arabic verb or noun is in it, so
/// after a foreign family name a known word (سيزور، يرأس) starts the rest of the clause rather
/// than a second family name.
fn clause_after_foreign(cx: &Context, j: usize) -> bool {
    let words = &cx.doc.words;
    words.get(j + 1).is_some_and(|next| {
        ordinary_word_in(cx, &words[j].plain) == Lexical::Unknown
            && ordinary_word_in(cx, &next.plain) != Lexical::Unknown
    })
}

/// True when word `i` is عبد written before a definite word (عبد الصمد، عبد المنعم). Reason: عبد
/// ("servant of") before a definite noun is a theophoric compound given name, whether or not the
/// given-name list holds it, so the word after the compound is the family name (عبد الصمد الزموري).
fn theophoric_lead(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    words[i].plain == "عبد"
        && i + 1 < words.len()
        && adjacent(cx, i, i + 1)
        && words[i + 1].plain.starts_with("ال")
        && at_least_chars(&words[i + 1].plain, 4)
}

/// True when word `j` is عبد and a definite word written as one (عبدالمحسن، عبدالكريم), with no
/// proclitic, and a definite word of at least four letters follows it, written next to it (the
/// family name: فيصل عبدالمحسن الرشيدي). Reason: the theophoric compound given name of
/// [`theophoric_lead`] is often written joined; after a given name it is the father's name, so
/// the definite word after it is the family name, not the end of the name (the lexicon may read
/// the joined compound as no word and the family name as an adjective).
fn joined_theophoric(cx: &Context, j: usize) -> bool {
    let words = &cx.doc.words;
    words[j].plain.starts_with("عبدال")
        && at_least_chars(&words[j].plain, 7)
        && words
            .get(j + 1)
            .is_some_and(|next| next.plain.starts_with("ال") && at_least_chars(&next.plain, 4))
        && adjacent(cx, j, j + 1)
}

/// What word `i` gives the seed loop of [`seeds`], in order: a seed, or the title seed at `i`
/// ([`title_seed`]) when it depends on the rest of the story (`Step::Title`: asked again with
/// the document's keys after a given name).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    /// A seed that the words around word `i` determine.
    Seed(Seed),
    /// Ask [`title_seed`] at word `i` with the story's keys after a given name.
    Title,
}

/// Pushes onto `steps` what word `i` gives the seed loop of [`seeds`] (each with `i`): the seeds
/// of [`listed_seeds`] (`organisations` is the profile's [`KeyFilter`]), then the title seed of a
/// title or given name, or else the subject seed after a reporting verb, then the full name set
/// off after a post among the four words before (`apposed_full_name`). What a step says depends
/// only on the words from `i - reuse::BEFORE` to `i + reuse::after(..)`, their tags and the text
/// between them (see [`reuse`]).
fn word_steps(cx: &Context, i: usize, organisations: &KeyFilter, steps: &mut Vec<(usize, Step)>) {
    let tags = &cx.lex.words;
    let t = &tags[i];
    let mut listed = Vec::new();
    listed_seeds(cx, i, organisations, &mut listed);
    steps.extend(listed.into_iter().map(|s| (i, Step::Seed(s))));
    // Titles and given names lead to a family name; so does عبد before a definite word
    // ([`theophoric_lead`]).
    if t.title > 0 || t.given > 0 || theophoric_lead(cx, i) {
        let asked = std::cell::Cell::new(false);
        let seed = title_seed(cx, i, &|_| {
            asked.set(true);
            false
        });
        if asked.get() {
            steps.push((i, Step::Title));
        } else if let Some(seed) = seed {
            steps.push((i, Step::Seed(seed)));
        }
    } else if let Some(seed) = subject_seed(cx, i) {
        steps.push((i, Step::Seed(seed)));
    }
    if let Some(seed) = kunya_seed(cx, i) {
        steps.push((i, Step::Seed(seed)));
    }
    // A Mauritanian name in apposition (، سيدي ولد الطالب أعمر،): see [`patronymic_apposition`].
    if let Some(family) = patronymic_apposition(cx, i) {
        steps.push((
            i,
            Step::Seed(Seed {
                word: family,
                kind: NameKind::Person,
                family: true,
            }),
        ));
    }
    // `apposed_full_name` needs a title among the four words before the name: asked only then.
    if (i.saturating_sub(4)..i).any(|k| tags[k].title > 0) && apposed_full_name(cx, i + 1) {
        steps.push((
            i,
            Step::Seed(Seed {
                word: i + 1,
                kind: NameKind::Person,
                family: true,
            }),
        ));
    }
}

/// True when seed `s` is a person seed on a word that is no given name and whose shape the
/// lexicon proves an adverbial accusative ([`adverbial_accusative`]), a preposition on a
/// definite common noun ([`preposition_on_common_noun`]) or a common noun with a possessive
/// pronoun ([`possessed_noun`]), that is a listed agency's name ([`unambiguous_agency`]), or, for a seed without
/// strong evidence ([`strong_seed`]), a conjugated verb ([`conjugated_verb`]). An adverb is
/// never a person's name; many family names are also verbs to the lexicon (جعجع، غني، تشين،
/// يمق), so a verb's shape outweighs only weak evidence (a title or a reporting verb before it),
/// except an imperfect verb by all its person prefixes ([`imperfect_verb`]) with an ordinary
/// word after it that can be its object ([`object_after`]): after a given name that is the
/// subject's verb taking its object (عزام يريد عودة الكتائب), while a family name with a verb's
/// shape is followed by punctuation, a cue, a function word or و (ستيف تشين وغاويد، بيتر تشيك الذي);
/// and any conjugated verb with a numeral in digits right after it ([`numeral_after`]: عن عمر
/// ناهز 80 عاماً); and, whatever the evidence, a noun with the pronoun ـه/ـها
/// ([`noun_with_singular_pronoun`]), a verb with the future prefix س ([`future_verb`]), ل on a
/// common noun ([`lam_on_common_noun`]) or on a listed outlet ([`preposition_on_outlet`]), and a
/// preposition on a word of the lexicon before a numeral ([`preposition_on_word`],
/// [`numeral_after`]: يزيد بنحو 10), the clitics and suffixes of grammar no family name carries.
fn inflected_non_name(cx: &Context, s: &Seed) -> bool {
    if s.kind != NameKind::Person || cx.lex.words[s.word].given > 0 {
        return false;
    }
    let w = &cx.doc.words[s.word];
    let written = cx.doc.source.get(w.range()).unwrap_or_default();
    adverbial_accusative(cx, written)
        || preposition_on_common_noun(cx, &w.plain)
        || (preposition_on_construct_head(cx, s.word) && !strong_seed(cx, s))
        || (conjugated_verb(cx, &w.plain) && !strong_seed(cx, s))
        || (imperfect_verb(cx, &w.plain) && object_after(cx, s.word))
        || (conjugated_verb(cx, &w.plain) && numeral_after(cx, s.word))
        || possessed_noun(cx, &w.plain)
        || unambiguous_agency(cx, s.word)
        || noun_with_singular_pronoun(cx, &w.plain)
        || future_verb(cx, &w.plain)
        || lam_on_common_noun(cx, &w.plain)
        || (preposition_on_word(&w.plain) && numeral_after(cx, s.word))
        || preposition_on_outlet(cx, s.word)
}

/// True when `plain` (a word as written) is a noun the lexicon knows exactly with the singular
/// pronoun ـه or ـها written on it (رصيده "his balance", مكتبها "her office"), the noun known
/// with the article too (الرصيد: a common noun, not a foreign name's letters): the noun of four
/// letters or more, not starting with a proclitic letter ([`clitic_front`]: the lexicon reads
/// بلفقي as ب + ل + فقي), no listed given name, not of the pattern فعّال of trades (شحات, whose ه in
/// شحاته writes the ta marbuta of the name), and the same letters with ة for the pronoun no word
/// of the lexicon (a ta marbuta written ه: سلامه for سلامة). Reason: a possessive pronoun is
/// grammar on a common noun; a family name never carries one, and the short names in ه (عبده،
/// طه، حمده) are left out by the four letters of the noun.
fn noun_with_singular_pronoun(cx: &Context, plain: &str) -> bool {
    let exact = |w: &str| ordinary_word_in(cx, w) == Lexical::Exact;
    let trade = |stem: &str| {
        let c: Vec<char> = stem.chars().take(5).collect();
        matches!(c.as_slice(), [_, _, 'ا', _])
    };
    ["ها", "ه"].iter().any(|suf| {
        plain.strip_suffix(suf).is_some_and(|stem| {
            at_least_chars(stem, 4)
                && !clitic_front(stem)
                && !trade(stem)
                && exact(stem)
                && with_joined("ال", stem, exact)
                && !with_joined(stem, "ة", exact)
                && !cx
                    .profile
                    .given_names
                    .contains(normalize::identity(stem).as_str())
        })
    })
}

/// True when `plain` (a word as written) is the preposition ل on a common noun
/// ([`addressee_noun`]: لمراسل) whose stem starts with no proclitic letter ([`clitic_front`]: the
/// lexicon reads لوروا as ل + و + روا) and takes the article in the lexicon (المراسل; not لارسن,
/// whose letters after ل the lexicon knows only bare). Reason: ل on a common noun after a name
/// is the addressee of the words (قالت فلانة لمراسل الوكالة), never a family name, while a
/// foreign name that starts with ل is no Arabic noun and has no definite form.
fn lam_on_common_noun(cx: &Context, plain: &str) -> bool {
    addressee_noun(plain)
        && plain.strip_prefix('ل').is_some_and(|stem| {
            !clitic_front(stem)
                && with_joined("ال", stem, |d| ordinary_word_in(cx, d) == Lexical::Exact)
        })
}

/// True when `plain` (a word as written) is the future prefix س written on an imperfect verb by
/// its person prefixes ([`imperfect_verb`]) whose stem after the person prefix has three letters
/// or more (سيقود، ستعلن). Reason: س before an imperfect marks the future tense of a verb ("will
/// lead"); a name takes no tense, so after a name it opens the predicate (فلان سيقود الفريق).
fn future_verb(cx: &Context, plain: &str) -> bool {
    plain.strip_prefix('س').is_some_and(|verb| {
        let mut c = verb.chars();
        c.next();
        at_least_chars(c.as_str(), 3) && imperfect_verb(cx, verb)
    })
}

/// True when word `i` is the preposition ل written on the first word of a listed agency or
/// outlet, the rest of its name in the next words (لبي بي سي): the word's key without ل starts
/// a phrase of the profile's agencies, read over at most the two words after it. Reason: ل on
/// an outlet's name after a speaker's name is the addressee of the words (قال فلان لبي بي سي إن),
/// never the speaker's family name; the tagger reads no proclitic off a stem of two letters (بي),
/// so [`unambiguous_agency`] does not see it. Reads words `i` to `i + 2`.
fn preposition_on_outlet(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    let Some(stem) = words.get(i).and_then(|w| w.key.as_str().strip_prefix('ل')) else {
        return false;
    };
    let rest = |k: usize| {
        (k < INFLECTED_AFTER)
            .then(|| words.get(i + 1 + k))
            .flatten()
            .filter(|_| adjacent(cx, i + k, i + 1 + k))
            .map(|w| w.key.as_str())
    };
    at_least_chars(stem, 2)
        && cx
            .profile
            .agency_phrases
            .longest_match(stem, rest)
            .is_some()
}

/// True when word `i` is tagged with an agency of the list whose name is no ordinary word, place
/// or given name (not `Agency::ambiguous`: رويترز، سانا), also with a proclitic (لرويترز).
/// Reason: such a name is the agency's wherever it is written; after a speaker's name it is the
/// addressee of the statement (قال فلان الفلاني لرويترز إن), never the speaker's family name.
fn unambiguous_agency(cx: &Context, i: usize) -> bool {
    cx.lex.words[i].agency().is_some_and(|(_, idx)| {
        cx.profile
            .agency_list
            .get(usize::from(idx))
            .is_some_and(|a| !a.ambiguous)
    })
}

/// True when `plain` (a word as written) is a common noun with a possessive pronoun written on
/// it, after an optional preposition or conjunction: the noun and هم، هن، هما (أطفالهن) or a
/// noun in ta marbuta opened to ت before the pronoun (رحمته، بسيارته، سيارتهم), the noun (with its
/// ة restored) a word of the lexicon as written. Reason: a possessive suffix is grammar on a
/// common noun ("his car", "their children"); a name does not take one, and the ت before the
/// pronoun is the ta marbuta of a noun. The bare ه and ها are left out: names end in them
/// (شحاته، طه).
fn possessed_noun(cx: &Context, plain: &str) -> bool {
    let exact = |w: &str| at_least_chars(w, 3) && ordinary_word_in(cx, w) == Lexical::Exact;
    let bare = plain.strip_prefix(['ب', 'ل', 'ك', 'و', 'ف']);
    [Some(plain), bare].into_iter().flatten().any(|s| {
        ["هما", "هم", "هن"]
            .iter()
            .any(|suf| s.strip_suffix(suf).is_some_and(|stem| exact(stem)))
            || ["تهما", "تهم", "تهن", "تها", "ته"].iter().any(|suf| {
                s.strip_suffix(suf)
                    .is_some_and(|stem| at_least_chars(stem, 2) && with_joined(stem, "ة", exact))
            })
    })
}

/// True when the word after word `k` is a number written in digits right after it, with no
/// punctuation between (ناهز 80، تجاوز 70). Reason: a verb takes a numeral as its object (عن عمر
/// ناهز 80 عاماً "at an age that reached 80 years"), while a name is followed by a number only in
/// an age set off by a comma or brackets (سامر خليل، 45 عاماً); so a verb's shape with a numeral
/// after it outweighs a given name before it (عمر "age" is also a given name).
fn numeral_after(cx: &Context, k: usize) -> bool {
    cx.doc
        .words
        .get(k + 1)
        .is_some_and(|w| w.kind() == WordKind::Number && adjacent(cx, k, k + 1))
}

/// True when the word after word `k` is written next to it and can be the object of a verb at
/// `k`: an Arabic word the lexicon knows, not a function word (الذي، قد), cue, title, given name
/// or place, and not led by the conjunction و or ف (a name joined to the next: تشين وغاويد).
fn object_after(cx: &Context, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k + 1), cx.lex.words.get(k + 1)) else {
        return false;
    };
    adjacent(cx, k, k + 1)
        && w.kind() == WordKind::Arabic
        && !t.function()
        && !t.is_cue()
        && t.title == 0
        && t.given == 0
        && t.place == 0
        && !w.plain.starts_with(['و', 'ف'])
        && ordinary_word_in(cx, &w.plain) != Lexical::Unknown
}

/// True when `plain` is a preposition (ل، ب، ك) written on a definite word (للمنتخب، بالفرنسية)
/// whose definite form is a word of the lexicon as written (المنتخب). Reason: a preposition
/// governs a common noun here, and the word it is written on is a prepositional phrase, not a
/// person's name.
fn preposition_on_common_noun(cx: &Context, plain: &str) -> bool {
    let definite = if let Some(rest) = plain.strip_prefix("لل") {
        format!("ال{rest}")
    } else if let Some(rest) = plain
        .strip_prefix(['ب', 'ك'])
        .filter(|r| r.starts_with("ال"))
    {
        rest.to_string()
    } else {
        return false;
    };
    at_least_chars(&definite, 5) && ordinary_word_in(cx, &definite) == Lexical::Exact
}

/// True when word `i` is a preposition ل، ب or ك written on an indefinite word that the
/// lexicon knows exactly in both states (علاج and العلاج), and the next word, adjacent, carries
/// the article (لعلاج الأورام). Reason: such a word is the head of a genitive construct, a
/// common noun governed by the preposition, and a personal name does not head a construct.
fn preposition_on_construct_head(cx: &Context, i: usize) -> bool {
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    let Some(stem) = w.plain.strip_prefix(['ل', 'ب', 'ك']) else {
        return false;
    };
    if stem.starts_with("ال") || stem.starts_with('ل') || !at_least_chars(stem, 4) {
        return false;
    }
    let next_definite = cx
        .doc
        .words
        .get(i + 1)
        .is_some_and(|n| adjacent(cx, i, i + 1) && n.plain.starts_with("ال"));
    next_definite
        && ordinary_word_in(cx, stem) == Lexical::Exact
        && with_joined("ال", stem, |d| ordinary_word_in(cx, d)) == Lexical::Exact
}

/// True when `plain` (a word as written, harakat removed) is a verb by its conjugation: the
/// lexicon knows it exactly and knows exactly every other person of the same tense built on it,
/// the imperfect prefixes (أ ت ن ي: يريد → أريد، تريد، نريد) or the perfect endings (ت، نا، تم:
/// توفي → توفيت، توفينا، توفيتم); a stem that starts with a proclitic letter ([`clitic_front`])
/// is not tried. Reason: a verb conjugates for person, a name does not, so a
/// word whose whole person paradigm is in the lexicon is a verb.
pub(crate) fn conjugated_verb(cx: &Context, plain: &str) -> bool {
    use crate::analysis::lexicon::SpellingTest;
    let asked = || conjugated_verb_asked(cx, plain);
    cx.lex
        .spelling_fact(SpellingTest::ConjugatedVerb, plain, asked)
}

/// [`conjugated_verb`] computed, not taken from the document's kept answers.
fn conjugated_verb_asked(cx: &Context, plain: &str) -> bool {
    if ordinary_word_in(cx, plain) != Lexical::Exact {
        return false;
    }
    let exact = |w: &str| ordinary_word_in(cx, w) == Lexical::Exact;
    imperfect_verb(cx, plain)
        || (at_least_chars(plain, 3)
            && !clitic_front(plain)
            && ["ت", "نا", "تم"]
                .iter()
                .all(|end| with_joined(plain, end, exact)))
}

/// True when `plain` is an imperfect verb by its person prefixes: the lexicon knows it exactly
/// and knows exactly the same stem with each other prefix of أ ت ن ي (يريد → أريد، تريد، نريد),
/// the stem not starting with a proclitic letter ([`clitic_front`]). Reason: as
/// [`conjugated_verb`].
fn imperfect_verb(cx: &Context, plain: &str) -> bool {
    let mut chars = plain.chars();
    let first = chars.next();
    let rest = chars.as_str();
    matches!(first, Some('أ' | 'ت' | 'ن' | 'ي'))
        && at_least_chars(rest, 2)
        // A stem that starts with a proclitic letter would let the lexicon read the swapped
        // forms as clitic + word (أولسن as أ + و + لسن), not as persons of one verb.
        && !clitic_front(rest)
        && ordinary_word_in(cx, plain) == Lexical::Exact
        && ['أ', 'ت', 'ن', 'ي']
            .iter()
            .filter(|&&c| Some(c) != first)
            .all(|&c| with_char_before(c, rest, |w| ordinary_word_in(cx, w)) == Lexical::Exact)
}

/// True when `s` starts with a letter that may be a proclitic (و ف ب ل ك), also after the
/// interrogative أ (أو، أف).
fn clitic_front(s: &str) -> bool {
    let s = s.strip_prefix('أ').unwrap_or(s);
    s.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
}

/// True when `written` (a word as the text spells it, harakat kept) ends in the accusative
/// tanween on its final alef (معقباً، يوميًا) and the word without that alef and its marks is a
/// word of the lexicon as written. Reason: the tanween marks an indefinite noun or adjective in
/// the accusative, read as a circumstantial or an adverb (قال معقباً، يومياً), and a name is not
/// written with it.
pub(crate) fn adverbial_accusative(cx: &Context, written: &str) -> bool {
    let bare = written.trim_end_matches(['\u{064B}', '\u{0640}']);
    let Some(before_alef) = bare.strip_suffix('ا') else {
        return false;
    };
    let stem = before_alef.trim_end_matches(['\u{064B}', '\u{0640}']);
    let tanween = stem.len() < before_alef.len() || bare.len() < written.len();
    tanween
        && at_least_chars(stem, 3)
        && !stem.ends_with(['ا', 'ة'])
        && ordinary_word_in(cx, &normalize::plain(stem)) == Lexical::Exact
}

/// Pushes onto `out` the seeds word `i` gives by itself or as a lead noun: a listed place, a
/// listed organisation or agency, the name after a place noun or organisation lead
/// (`مدينة …`، `حركة …`), and the family name after a doctor's abbreviation. `organisations` is
/// the [`KeyFilter`] of the profile's organisations.
fn listed_seeds(cx: &Context, i: usize, organisations: &KeyFilter, out: &mut Vec<Seed>) {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let t = &tags[i];
    if t.place == 1 && words[i].kind() == WordKind::Arabic && !listed_place_as_word(cx, i) {
        out.push(Seed {
            word: i,
            kind: NameKind::Place,
            family: false,
        });
    }
    // A listed organisation (الأزهر، الفيفا، يوتيوب): a proper name, so its spellings with and
    // without the article and its transliterations are variants.
    let readings = words[i].key_readings();
    if words[i].kind() == WordKind::Arabic
        && readings.iter().any(|(n, r)| {
            (*n == 0 || words[i].key.starts_with(['و', 'ف', 'ب', 'ل']))
                && organisations.may_hold(r)
                && cx.profile.organisations.contains(r.as_str())
        })
        && !ordinary_head_of_construct(cx, i)
    {
        out.push(Seed {
            word: i,
            kind: NameKind::Org,
            family: true,
        });
    }
    if let Some((1, idx)) = t.agency()
        && !cx.profile.agency_list[usize::from(idx)].ambiguous
        && words[i].kind() == WordKind::Arabic
        && !agreeing_nisba(cx, i)
    {
        out.push(Seed {
            word: i,
            kind: NameKind::Org,
            family: false,
        });
    }
    // A place or organisation noun leading the next word: asked only of a spelling that may be
    // one (`shape::LEAD`).
    if t.has_shape(crate::analysis::lexicon::shape::LEAD) {
        lead_noun_seed(cx, i, out);
    }
    if coached_team(cx, i) {
        out.push(Seed {
            word: i + 1,
            kind: NameKind::Org,
            family: false,
        });
    }
    if let Some(family) = doctor_abbreviation(cx, i) {
        out.push(Seed {
            word: family,
            kind: NameKind::Person,
            family: true,
        });
    }
}

/// Pushes onto `out` the seed of the name after word `i` when word `i` leads it: a place noun
/// (مدينة …) or the dual of one in construct, a place; an organisation's lead noun (حركة …), an
/// organisation; the next word written next to it, nameable and no listed place. The seeds of
/// [`listed_seeds`] that word `i` gives as a lead noun.
fn lead_noun_seed(cx: &Context, i: usize, out: &mut Vec<Seed>) {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    if !(i + 1 < words.len()
        && adjacent(cx, i, i + 1)
        && is_nameable(cx, i + 1)
        && tags[i + 1].place == 0)
    {
        return;
    }
    // The lead noun with its proclitics stripped, or as written when its own first letter is
    // one a proclitic would have (ولاية، وكالة): see [`lead_key`].
    let readings = words[i].key_readings();
    let stripped = readings.last().map(|(_, r)| r.as_str()).unwrap_or_default();
    let stem_key = lead_key(words[i].key.as_str(), stripped);
    if (is_place_noun(stem_key) && !place_noun_attribute(cx, stem_key, i + 1))
        || dual_place_construct(cx, i)
    {
        out.push(Seed {
            word: i + 1,
            kind: NameKind::Place,
            family: false,
        });
    } else if is_org_lead(stem_key)
        && !verbal_noun_object(cx, stem_key, i + 1)
        && !is_nisba_of_place(cx, i + 1)
        && !looks_common(&words[i + 1].plain)
    {
        out.push(Seed {
            word: i + 1,
            kind: NameKind::Org,
            family: false,
        });
    }
}

/// True when word `i`, a one-word listed place, is read in its clause as the ordinary word of
/// the same spelling: a function word of the list (كان "was", الجديدة "the new") that no place
/// noun, no preposition of place (في، إلى) and no indefinite noun in construct before it
/// governs (مدينة كان، في الجديدة، مهرجان كان; an indefinite noun counts where the name ends
/// right after it, at punctuation, the end or a definite nisba adjective: مهرجان كان السينمائي);
/// or a definite adjective of the lexicon, no nisba, that inflects for gender
/// ([`other_gender_known`]), right after a definite common noun ([`attributive`]; no place noun
/// or function word), which it qualifies (الراية البيضاء "the white flag"). Reason: a verb or an
/// adjective of the same spelling as a town is far more frequent than the town, and a place is
/// named after what governs a name (a place noun, a preposition, the head of a construct), while
/// a definite word after a definite noun is its adjective, the genitive never taking the article
/// on its head (حي البيضاء، محافظة البيضاء are the place). A word vowelled as a passive verb
/// ([`passive_vowelled`]: صُوّر "was filmed", not صور, Tyre) is never the town.
fn listed_place_as_word(cx: &Context, i: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let w = &words[i];
    if passive_vowelled(cx, i) {
        return true;
    }
    let prev = i
        .checked_sub(1)
        .filter(|&k| adjacent(cx, k, i))
        .map(|k| (&words[k], &tags[k]));
    let after_place_noun = prev.is_some_and(|(p, _)| {
        p.key_readings()
            .iter()
            .any(|(_, r)| is_place_noun(r.as_str()))
    });
    if tags[i].function() {
        let governed = prev.is_some_and(|(p, tp)| {
            let indefinite_noun = !p.plain.starts_with("ال")
                && !tp.function()
                && !tp.is_cue()
                && !tp.verb()
                && tp.given == 0
                && tp.title == 0
                && p.kind() == WordKind::Arabic
                && ordinary_word_in(cx, &p.plain) == Lexical::Exact
                && !conjugated_verb(cx, &p.plain);
            let name_ends = words.get(i + 1).is_none_or(|n| {
                !adjacent(cx, i, i + 1) || (is_nisba(&n.plain) && n.plain.starts_with("ال"))
            });
            matches!(p.plain.as_str(), "في" | "إلى" | "الى") || (indefinite_noun && name_ends)
        });
        return !(after_place_noun || governed);
    }
    w.plain.starts_with("ال")
        && !w.plain.ends_with('ي')
        && !w.plain.ends_with("ية")
        && !after_place_noun
        && prev.is_some_and(|(_, tp)| !tp.function())
        && attributive(cx, i)
        && ordinary_word_in(cx, &w.plain) == Lexical::Exact
        && other_gender_known(cx, &w.plain)
}

/// True when word `i` is written with a damma on its first letter and a shadda on its second,
/// after at most one proclitic letter (و، ف، ب، ل، ك) written without a damma: صُوّر، وصُوّر،
/// رُقّم. Reason: that is the passive of a verb of the doubled stem (فُعِّل "was photographed",
/// "was numbered"), which a reporter vowels to tell it from a noun of the same letters, so the
/// word is that verb and not the town of the same spelling (صور, Tyre). Reads the word's text
/// in the source (its letters and their marks).
fn passive_vowelled(cx: &Context, i: usize) -> bool {
    const DAMMA: char = '\u{064F}';
    const SHADDA: char = '\u{0651}';
    let Some(raw) = cx
        .doc
        .words
        .get(i)
        .and_then(|w| cx.doc.source.get(w.start()..w.end()))
    else {
        return false;
    };
    // Each letter with the marks written after it (harakat, shadda; tatweel skipped).
    let mut letters: Vec<(char, bool, bool)> = Vec::new();
    for c in raw.chars() {
        match (c, letters.last_mut()) {
            (DAMMA, Some(l)) => l.1 = true,
            (SHADDA, Some(l)) => l.2 = true,
            ('\u{064B}'..='\u{0652}' | '\u{0640}', _) => {}
            _ => letters.push((c, false, false)),
        }
        if letters.len() > 3 {
            break;
        }
    }
    let at =
        |k: usize| letters.get(k).is_some_and(|l| l.1) && letters.get(k + 1).is_some_and(|l| l.2);
    at(0)
        || (letters
            .first()
            .is_some_and(|l| matches!(l.0, 'و' | 'ف' | 'ب' | 'ل' | 'ك') && !l.1)
            && at(1))
}

/// True when `plain`, a definite word, is an adjective by its gender inflection: the lexicon
/// knows exactly the form of the other gender, the feminine in ة without it (الجديدة → الجديد),
/// the feminine فعلاء as أفعل (البيضاء → الأبيض) and the masculine أفعل as فعلاء (الأبيض →
/// البيضاء). Reason: an adjective agrees with its noun in gender and so has both forms, while a
/// place's name has one (الرياض، الصين).
fn other_gender_known(cx: &Context, plain: &str) -> bool {
    let Some(stem) = plain.strip_prefix("ال") else {
        return false;
    };
    let exact = |w: &str| ordinary_word_in(cx, w) == Lexical::Exact;
    let letters: Vec<char> = stem.chars().collect();
    if let Some(m) = stem.strip_suffix('ة') {
        return at_least_chars(m, 3) && exact(&format!("ال{m}"));
    }
    match letters.as_slice() {
        [a, b, c, 'ا', 'ء'] => exact(&format!("الأ{a}{b}{c}")),
        ['أ', a, b, c] => exact(&format!("ال{a}{b}{c}اء")),
        _ => false,
    }
}

/// The key a lead noun is looked up by in [`PLACE_NOUNS`] and [`ORG_LEAD`]: the word's key `key`
/// itself when it is a place noun, else `stripped`, its last reading with proclitics stripped
/// ([`crate::text::Word::key_readings`]; وبمدينة → مدينه). Reason: و، ف، ب، ل and ك are also the
/// first letters of nouns (ولاية "province", بلدة "town", بحيرة "lake"), so a place noun that
/// starts with one of them is itself the noun; read only with the letter stripped (لايه، لده) it
/// was never found. The organisation leads that start so (وكالة، فريق) are left as they were:
/// read whole they lead common construct phrases too (فريق العمل "the working team", وكالة
/// الأنباء "the news agency"), which the organisation seed does not tell from a name.
fn lead_key<'a>(key: &'a str, stripped: &'a str) -> &'a str {
    if is_place_noun(key) { key } else { stripped }
}

/// True when word `j`, right after a place noun (مدينة، منطقة، عاصمة), belongs to the noun phrase
/// rather than naming the place: another place noun in construct with it (عاصمة المحافظة، عاصمة
/// محافظة لحج) or the nisba of a listed place agreeing with it (العاصمة اليمنية). Reason: the name
/// of a place comes after the last place noun of a construct, and a nisba that agrees with the
/// noun describes it (the Yemeni capital). An indefinite word of the lexicon in ta marbuta is
/// kept: town names (سترة، سنجة) are ordinary words too, so the lexicon cannot tell them from
/// adjectives (مدينة خالية).
///
/// `head` is the place noun's key: after a province noun ([`PROVINCE_NOUNS`]: ولاية، محافظة، إقليم)
/// a definite place noun is the province's name (ولاية الجزيرة، محافظة العاصمة), as a province is
/// the largest unit of a state and is named, never described by a smaller place it holds.
fn place_noun_attribute(cx: &Context, head: &str, j: usize) -> bool {
    let Some(w) = cx.doc.words.get(j) else {
        return false;
    };
    let province = PROVINCE_NOUNS.contains(&head) && has_article(w);
    let readings = w.key_readings();
    let another_noun = readings.iter().any(|(_, r)| {
        let bare = r.strip_prefix("ال").unwrap_or(r);
        is_place_noun(r) || (is_place_noun(bare) && !province)
    });
    another_noun || is_nisba_of_place(cx, j)
}

/// The place nouns of [`PLACE_NOUNS`] that name a province, the first division of a state
/// (identity keys).
const PROVINCE_NOUNS: [&str; 3] = ["ولايه", "محافظه", "اقليم"];

/// True when word `i` (in any reading of its proclitics) is the dual in construct of a place
/// noun in ta marbuta (محافظتي، ولايتا، مدينتي: the noun's ة opened to ت before the dual's
/// ي or ا) and the two words after it, written next to it and to each other, are two names
/// joined by و (محافظتي الشرقية والدقهلية): word `i + 1` is then the first place's name. Reason: a
/// dual noun in construct takes two coordinated genitives, one for each of its two places; the
/// و-joined pair is what tells the dual from the noun with the possessive ي (مدينتي "my city").
fn dual_place_construct(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    let Some(noun) = dual_place_noun(&words[i]) else {
        return false;
    };
    words.get(i + 2).is_some_and(|y| {
        y.kind() == WordKind::Arabic
            && y.plain.starts_with('و')
            && at_least_chars(&y.plain, 4)
            && adjacent(cx, i + 1, i + 2)
    }) && !place_noun_attribute(cx, &noun, i + 1)
}

/// The place noun (in ة, as an identity key: مدينه) of which word `w` is the dual in construct
/// (مدينتي، مدينتا), as [`dual_place_construct`] reads it; `None` when it is none. Every reading
/// of the key is an end of it (proclitics leave from the front), so a key that ends in neither تي
/// nor تا is refused before its readings are made.
fn dual_place_noun(w: &crate::text::Word) -> Option<String> {
    let key = w.key.as_str();
    if !key.ends_with("تي") && !key.ends_with("تا") {
        return None;
    }
    w.key_readings().iter().find_map(|(_, r)| {
        let stem = r.strip_suffix("تي").or_else(|| r.strip_suffix("تا"))?;
        with_joined(stem, "ه", is_place_noun).then(|| [stem, "ه"].concat())
    })
}

/// True when word `i` is the post مدرب or مدربة (coach), and word `i + 1`, written next to it, a
/// definite word that is no team's head noun (فريق، نادي: [`ORG_LEAD`]; المنتخب is a function
/// word), place noun, title, given name, listed place or nisba of a place, after which
/// the construct ends: punctuation, the end, a place's nisba (the coach's nationality) or a given
/// name (the coach's) follows. Reason: a coach is the coach of a team, so the definite genitive
/// that closes the post is the team's name (مدرب الوحدة، الصربي فلان; مدرب الترجي التونسي فلان), even
/// where it is also an ordinary word (الوحدة "unity"); a team noun there (مدرب الفريق) names none.
fn coached_team(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let j = i + 1;
    let (Some(w), Some(t)) = (words.get(j), tags.get(j)) else {
        return false;
    };
    let key = words[i].key.as_str();
    let coach = (key.ends_with("مدرب") || key.ends_with("مدربه"))
        && words[i]
            .key_readings()
            .iter()
            .any(|(_, r)| matches!(r.as_str(), "مدرب" | "مدربه"));
    if !coach || !adjacent(cx, i, j) || !w.key.starts_with("ال") || !is_nameable(cx, j) {
        return false;
    }
    let bare = w.key.strip_prefix("ال").unwrap_or(&w.key);
    let ends = j + 1 >= words.len()
        || !adjacent(cx, j, j + 1)
        || is_nisba_of_place(cx, j + 1)
        || tags[j + 1].given > 0;
    ends && t.place == 0
        && t.given == 0
        && !is_org_lead(bare)
        && !is_place_noun(bare)
        && !is_nisba_of_place(cx, j)
}

/// True when word `i`, a listed name without the article that is also an ordinary word of the
/// lexicon (فتح "opening"), is the head of a construct: the next word, with only a space
/// between, is an ordinary common noun (an institution noun too: السفارة; no title, given name,
/// place, agency, cue, function word,
/// nisba adjective, conjunction-led word or verb-like word) that it governs as its genitive or
/// object (إعادة فتح السفارة، فتح باب الحوار، فتح تحقيقاً). Reason: a party or city name is not
/// followed by an indefinite noun or by a genitive of its own, while the verbal noun or verb it
/// spells takes its object right after it. Kept as the name: after a lead noun, title, verb or
/// cue (حركة فتح الانتفاضة، أعلنت فتح رفضها), and after a preposition before a definite noun
/// only when the story names the party elsewhere after its lead noun, a title, verb or cue
/// ([`named_after_lead_noun`]: قيادي في فتح الأسبوع الماضي beside حركة فتح is the party; من فتح
/// مكاتب التصويت and في فتح الممرات, with no such mention, are "opening").
fn ordinary_head_of_construct(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let (w, j) = (&words[i], i + 1);
    let (Some(next), Some(tn)) = (words.get(j), tags.get(j)) else {
        return false;
    };
    if has_article(w)
        || ordinary_word_in(cx, &w.plain) == Lexical::Unknown
        || !adjacent(cx, i, j)
        || next.kind() != WordKind::Arabic
    {
        return false;
    }
    let np = next.plain.as_str();
    let verb_like = (np.starts_with(['ي', 'ت']) && !at_least_chars(np, 5))
        || (np.ends_with('ت') && !np.ends_with("ات"));
    if tn.title > 0
        || tn.given > 0
        || tn.place > 0
        || tn.agency().is_some()
        || tn.is_cue()
        || tn.function()
        || tn.verb()
        || is_nisba(np)
        || np.ends_with('ي')
        || np.starts_with(['و', 'ف'])
        || verb_like
        || !at_least_chars(np, 3)
        || ordinary_word_in(cx, np) == Lexical::Unknown
    {
        return false;
    }
    if i > 0 && adjacent(cx, i - 1, i) {
        let tp = &tags[i - 1];
        let prev = words[i - 1].key_readings();
        let stem = prev.last().map(|(_, r)| r.as_str()).unwrap_or("");
        if tp.title > 0
            || tp.verb()
            || tp.is_cue()
            || tp.org_noun()
            || is_org_lead(stem)
            || is_place_noun(stem)
        {
            return false;
        }
        if tp.function() && has_article(next) && named_after_lead_noun(cx, i) {
            return false;
        }
    }
    true
}

/// True when the story writes the word of word `i` (same key) elsewhere right after an
/// organisation lead noun, a title, a verb or a cue (حركة فتح، أعلنت فتح): the story's own
/// evidence that the word names the party or organisation. Reason: after a preposition a definite
/// noun may follow the party's name without being its genitive (عضو في فتح الأسبوع الماضي), but
/// only a story that speaks of the party elsewhere reads it so; otherwise the word heads a
/// construct with the definite noun (في فتح الممرات "in opening the corridors").
fn named_after_lead_noun(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let key = words[i].key.as_str();
    cx.key_firsts(crate::analysis::KeyTest::AfterLeadNoun, key, |k| {
        adjacent(cx, k - 1, k)
            && tags.get(k - 1).is_some_and(|tp| {
                let prev = words[k - 1].key_readings();
                let stem = prev.last().map(|(_, r)| r.as_str()).unwrap_or("");
                tp.title > 0 || tp.verb() || tp.is_cue() || tp.org_noun() || is_org_lead(stem)
            })
    })
    .any_other_than(i)
}

/// The word index just past the title that starts at word `i` (and past further titles, nisba
/// adjectives and the genitive of a construct title); `i` itself when word `i` has no title.
fn after_title(cx: &Context, i: usize) -> usize {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let n = words.len();
    let t = &tags[i];
    let mut j = i;
    if t.title > 0 {
        // Skip the rest of the title, nisba adjectives and further titles.
        j = i + usize::from(t.title);
        let mut guard = 0;
        while j < n && guard < 6 && adjacent(cx, j - 1, j) {
            let tj = &tags[j];
            let construct_title = !has_article(&words[i]);
            if tj.title > 0 {
                j += usize::from(tj.title);
            } else if is_nisba(&words[j].plain)
                && tj.given == 0
                && (tj.function() || is_nisba_of_place(cx, j) || words[j].plain.ends_with("ية"))
            {
                j += 1;
            } else if title_adjective(cx, j) {
                j += 1;
            } else if construct_title
                && j == i + usize::from(t.title)
                && words[j].plain.starts_with("ال")
                && tj.given == 0
            {
                // The genitive of a construct title: وزير الخارجية، رئيس الوزراء.
                j += 1;
            } else if construct_title
                && j > i + usize::from(t.title)
                && words[j - 1].plain.starts_with("ال")
                && is_nisba(&words[j].plain)
                && tj.given == 0
                && ordinary_word_in(cx, &words[j].plain) != Lexical::Unknown
                && j + 1 < n
                && adjacent(cx, j, j + 1)
                && is_nameable(cx, j + 1)
                && tags[j + 1].title == 0
            {
                // An adjective of the post (وزير الدفاع الوطني، وزير الخارجية الأمريكي):
                // an ordinary nisba after the genitive agrees with it, and the name
                // comes after it.
                j += 1;
            } else {
                break;
            }
            guard += 1;
        }
    }
    j
}

/// True when word `j`, after a title, is a definite nisba of the lexicon (no given name, title,
/// place or function word) followed, next to it, by a given name of the list: an adjective of
/// the title (الباحث الموسيقي خالد، الكاتب الصحفي سامي). Reason: a family name follows the given
/// name and never stands before it, so a definite nisba between a title and a given name agrees
/// with the title and says what the person is.
fn title_adjective(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(w), Some(t), Some(next)) = (words.get(j), tags.get(j), tags.get(j + 1)) else {
        return false;
    };
    has_article(w)
        && is_nisba(&w.plain)
        && w.plain.ends_with('ي')
        && t.given == 0
        && t.title == 0
        && t.place == 0
        && !t.function()
        && next.given > 0
        && adjacent(cx, j, j + 1)
        && ordinary_word_in(cx, &w.plain) != Lexical::Unknown
}

/// Given names (and بن/ابن/أبو/عبد chains) from word `j` on, for a name that starts at word `i`:
/// returns the last word index of each given name, and the word index just past the chain.
fn given_chain(cx: &Context, i: usize, mut j: usize) -> (Vec<usize>, usize) {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let n = words.len();
    let mut chain: Vec<usize> = Vec::new();
    let mut guard = 0;
    while j < n && guard < 6 && (j == i || adjacent(cx, j - 1, j)) {
        let tj = &tags[j];
        let p = words[j].plain.as_str();
        if tj.given > 0 {
            // A laqab in الدين (صلاح الدين) is one given name with the word before it.
            let end = j + usize::from(tj.given);
            let din = laqab_in_din(cx, end);
            chain.push(if din { end } else { end - 1 });
            j = end + usize::from(din);
        } else if matches!(p, "عبد" | "أبو" | "ابو") && j + 1 < n && adjacent(cx, j, j + 1)
        {
            // A compound given name (عبد الخالق، أبو بكر) not in the list.
            chain.push(j + 1);
            j += 2;
        } else if !chain.is_empty() && joined_theophoric(cx, j) {
            // The same compound written as one word, a father's name (فيصل عبدالمحسن الرشيدي).
            chain.push(j);
            j += 1;
        } else if !chain.is_empty() && patronymic_link(cx, j) && fathers_name_after(cx, j) {
            // The father's name after ولد/منت is a name by its place, whatever its shape
            // (ولد الطالب، ولد المختار).
            chain.push(j + 1);
            j += 2;
        } else if matches!(p, "بن" | "ابن" | "بنت" | "آل")
            || (!chain.is_empty() && (patronymic_link(cx, j) || amazigh_link(cx, j)))
        {
            j += 1;
        } else {
            break;
        }
        guard += 1;
    }
    (chain, j)
}

/// True when word `j` is آيت/ايت, the Amazigh "of the tribe of" that opens a Maghrebi family
/// name (مراد آيت يحيى، ايت يحيى), written with no proclitic and with a word after it on the same
/// line. Reason: like بن in a Tunisian family name (بن سالم), it joins the word after it into one
/// name with the given names before it; the caller asks it after a given name, and the family
/// name is then the word after it.
fn amazigh_link(cx: &Context, j: usize) -> bool {
    matches!(cx.doc.words[j].plain.as_str(), "آيت" | "ايت" | "أيت")
        && j + 1 < cx.doc.words.len()
        && adjacent(cx, j, j + 1)
}

/// True when word `j` is the Mauritanian patronymic ولد ("son of") or منت ("daughter of"),
/// written with no proclitic and with a word after it on the same line. Reason: in Mauritanian
/// (Hassaniya) names these link a given name to the father's or family name exactly as بن and
/// بنت do elsewhere (محمد ولد سيدي، مريم منت أحمد); the caller asks it only after a given name,
/// where the ordinary ولد ("boy", "was born") does not stand.
fn patronymic_link(cx: &Context, j: usize) -> bool {
    matches!(cx.doc.words[j].plain.as_str(), "ولد" | "منت")
        && j + 1 < cx.doc.words.len()
        && adjacent(cx, j, j + 1)
}

/// True when the word after the patronymic link at word `j` (ولد، منت) is an Arabic word with the
/// article that is no place, given name, function word, cue or title of several words, and that
/// a name may follow no further ([`name_ends_at`]): ولد الطالب، منت المختار. Reason: in a
/// Mauritanian name the word after ولد/منت is the father's or family name by its place, and such
/// names are often words of the lexicon with the article, even one-word posts (الطالب "the
/// student", المختار "the chosen"), which [`candidate_ok`] would take for common nouns.
fn fathers_name_after(cx: &Context, j: usize) -> bool {
    fathers_name_word(cx, j + 1) && adjacent(cx, j, j + 1) && name_ends_at_or_title(cx, j + 1)
}

/// True when word `k` has the shape [`fathers_name_after`] asks of the word after ولد/منت: an
/// Arabic word with the article, of five letters or more, no place, given name, function word,
/// cue, unnamed source or title of several words.
fn fathers_name_word(cx: &Context, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    w.kind() == WordKind::Arabic
        && has_article(w)
        && at_least_chars(&w.plain, 5)
        && t.title <= 1
        && t.anonymous == 0
        && t.place == 0
        && t.given == 0
        && !t.function()
        && !t.is_cue()
}

/// True when a name ends at word `k` ([`name_ends_at`]) or the next word is a title (a post in
/// apposition after the name).
fn name_ends_at_or_title(cx: &Context, k: usize) -> bool {
    name_ends_at(cx, k) || cx.lex.words.get(k + 1).is_some_and(|t| t.title > 0)
}

/// True when word `j`, right after a title and no given name of the list, is followed by a
/// patronymic link ([`patronymic_link`]: ولد، منت) and then the father's name: a definite word as
/// [`fathers_name_after`] reads it, or a nameable word without the article that is no place
/// (الوزير امحمد ولد الطالب، المديرة فاطمة منت سيدي). Reason: ولد and منت link a
/// given name to the father's or family name in Mauritanian names, and a word after a post then
/// ولد is such a given name, spelled in the local way (امحمد) the list need not hold; after a post,
/// the ordinary ولد ("boy", "was born") cannot stand between the post's holder and a name.
fn patronymic_after_bare_name(cx: &Context, j: usize) -> bool {
    let tags = &cx.lex.words;
    j + 2 < cx.doc.words.len()
        && adjacent(cx, j, j + 1)
        && patronymic_link(cx, j + 1)
        && (fathers_name_after(cx, j + 1)
            || (is_nameable(cx, j + 2)
                && tags[j + 2].place == 0
                && !has_article(&cx.doc.words[j + 2])))
}

/// True when word `j` is a given name not in the list written right after a title (and its
/// nisba adjectives or genitive: [`after_title`]) and followed by ولد/منت and a name
/// ([`patronymic_after_bare_name`]): الوزير امحمد ولد الطالب, asked of امحمد. Reads at most six
/// words before `j`.
fn patronymic_after_titled_name(cx: &Context, j: usize) -> bool {
    patronymic_after_bare_name(cx, j)
        && (j.saturating_sub(6)..j).any(|k| cx.lex.words[k].title > 0 && after_title(cx, k) == j)
}

/// True when word `j` opens an apposition set off by a comma and reads as a Mauritanian name
/// given before ولد/منت ([`patronymic_link`]): word `j` is an Arabic word without the article,
/// of three letters or more, that no list tags as a title, cue, place or function word, and the
/// father's or family name after the link is one or two words (the first with the article or
/// nameable without it, the second nameable without it, neither a place) where the name ends
/// ([`name_ends`]: a comma, أن, a cue). Reason: between commas after a post stands its holder's
/// name, and ولد there, between a word and a name closed by the comma, is the patronymic, not the
/// noun "boy" nor the verb "was born" (which takes في or a time word); the given name before it
/// may be a word the lists or the lexicon read otherwise (سيدي "my lord"), and the family name may
/// be two words (ولد الطالب أعمر). Returns the index of the first word after the link.
pub(crate) fn patronymic_apposition(cx: &Context, j: usize) -> Option<usize> {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (w, t) = (words.get(j)?, tags.get(j)?);
    let opened = || {
        j > 0 && {
            let text = cx.doc.prose();
            let gap = text.get(words[j - 1].end()..w.start()).unwrap_or("");
            matches!(gap.trim(), "،" | ",")
        }
    };
    // The word's own tags first (asked at every word; most are out before the text around).
    let head = w.kind() == WordKind::Arabic
        && t.title == 0
        && t.place == 0
        && !t.function()
        && !t.is_cue()
        && j + 2 < words.len()
        && opened()
        && at_least_chars(&w.plain, 3)
        && !has_article(w)
        && adjacent(cx, j, j + 1)
        && patronymic_link(cx, j + 1);
    if !head {
        return None;
    }
    let part = |k: usize, article: bool| {
        k < words.len()
            && adjacent(cx, k - 1, k)
            && tags[k].place == 0
            && ((is_nameable(cx, k) && !has_article(&words[k]))
                || (article && fathers_name_word(cx, k)))
    };
    let first = j + 2;
    let one = part(first, true) && name_ends(cx, first);
    let two = part(first, true) && part(first + 1, false) && name_ends(cx, first + 1);
    (one || two).then_some(first)
}

/// True when word `k` is a link of the nasab written before the father's name: بن، ابن، بنت, or
/// the Mauritanian ولد/منت ([`patronymic_link`]), next to the word after it. Reason: the word
/// after the father's name that closes the name as a nisba is then the family name (عائشة بنت
/// خلفان الهنائي), whatever the lexicon says of the father's name.
fn nasab_link(cx: &Context, k: usize) -> bool {
    k + 1 < cx.doc.words.len()
        && adjacent(cx, k, k + 1)
        && (matches!(cx.doc.words[k].plain.as_str(), "بن" | "ابن" | "بنت")
            || patronymic_link(cx, k))
}

/// True when word `k` is a patronymic link ([`patronymic_link`]) written right after a given name
/// (أحمد ولد، عبد الله ولد): the only place where ولد and منت link a name rather than mean "boy"
/// or "was born".
pub(crate) fn patronymic_after_given(cx: &Context, k: usize) -> bool {
    let tags = &cx.lex.words;
    k > 0
        && patronymic_link(cx, k)
        && (k.saturating_sub(3)..k).any(|s| {
            tags[s].given > 0
                && s + usize::from(tags[s].given) == k
                && (s + 1..=k).all(|x| adjacent(cx, x - 1, x))
        })
}

/// True when word `j`, after a lead word `i`, may be a name: written next to the word before,
/// nameable, not a complementizer ([`complementizer`]), not a noun that introduces a place
/// ([`PLACE_NOUNS`]: مدير شؤون مخيم الزعتري names a camp, not a person called مخيم), not a place,
/// not starting with و and not a common word.
fn candidate_ok(cx: &Context, i: usize, j: usize) -> bool {
    let words = &cx.doc.words;
    j < words.len()
        && j > i
        && adjacent(cx, j - 1, j)
        && !complementizer(&words[j].plain)
        && !is_place_noun(&words[j].key)
        && is_nameable(cx, j)
        && cx.lex.words[j].place == 0
        && !words[j].plain.starts_with(['و'])
        && !looks_common(&words[j].plain)
        && !addressee_noun(&words[j].plain)
        && !definite_derived_verbal_noun(cx, &words[j].plain)
        && !definite_participle_plural(cx, &words[j].plain)
        && !circumstantial_participle(cx, &words[j].plain)
        && !noun_with_indefinite_adjective(cx, j)
}

/// True when `plain` (a word as written) is the preposition ل written on a common noun of four
/// letters or more that the lexicon knows exactly, the whole word being known too (لمراسل،
/// لصحيفة). Reason: after a name, ل + a noun is the addressee of the words or their purpose (قالت
/// فلانة لمراسل الوكالة), a phrase of its own, never a family name; a stem of three letters is
/// left alone, as names do start with ل on one (لخضر، لبيب), and so is a stem with the prefix of
/// an imperfect verb (ليسأل، ليؤكد: ل of purpose on a verb, which other rules read).
fn addressee_noun(plain: &str) -> bool {
    plain.starts_with('ل')
        && plain.strip_prefix('ل').is_some_and(|stem| {
            at_least_chars(stem, 4) && !stem.starts_with(['ل', 'ي', 'ت', 'ن', 'أ'])
        })
        && preposition_on_word(plain)
}

/// Moves each person seed on الدين written right after a word ([`laqab_in_din`]) onto the word
/// after it, when that word is written next to it and may be a name ([`is_nameable`], no place):
/// صلاح الدين المنجد is keyed by المنجد. Reason: الدين completes a compound given name and is
/// never a family name; the family name follows it. A laqab with nothing after it keeps its
/// seed (the person is known by it: سراج الدين).
fn family_after_laqab(cx: &Context, out: &mut [Seed]) {
    for s in out.iter_mut() {
        let k = s.word;
        if s.kind == NameKind::Person
            && laqab_in_din(cx, k)
            && k + 1 < cx.doc.words.len()
            && adjacent(cx, k, k + 1)
            && is_nameable(cx, k + 1)
            && cx.lex.words[k + 1].place == 0
            && cx.lex.words[k + 1].given == 0
        {
            s.word = k + 1;
            s.family = true;
        }
    }
}

/// The first words of the honorific compound given names in الدين (laqab: صلاح الدين، نور الدين،
/// عز الدين), as identity keys. A closed class of Arabic naming, written for isnad.
const LAQAB_HEADS: [&str; 32] = [
    "صلاح",
    "نور",
    "بدر",
    "سراج",
    "عز",
    "علاء",
    "شمس",
    "خير",
    "جمال",
    "محيي",
    "محي",
    "فخر",
    "تاج",
    "ضياء",
    "نصر",
    "زين",
    "بهاء",
    "شرف",
    "كمال",
    "نجم",
    "سيف",
    "عماد",
    "حسام",
    "شهاب",
    "معين",
    "تقي",
    "جلال",
    "برهان",
    "قمر",
    "صدر",
    "ركن",
    "غياث",
];

/// True when word `k` is الدين written right after the first word of a laqab ([`LAQAB_HEADS`],
/// a conjunction و on it allowed): the two are one compound given name (صلاح الدين، نور الدين،
/// بدر الدين). Reason: الدين "of the faith" completes an honorific given name and is never a
/// family name; the family name, if any, comes after it (صلاح الدين المنجد). Other words before
/// الدين make a common phrase (رجل الدين، أمور الدين).
fn laqab_in_din(cx: &Context, k: usize) -> bool {
    let words = &cx.doc.words;
    k > 0
        && words.get(k).is_some_and(|w| w.plain == "الدين")
        && adjacent(cx, k - 1, k)
        && words.get(k - 1).is_some_and(|h| {
            let key = h.key.as_str();
            LAQAB_HEADS.contains(&key)
                || key
                    .strip_prefix('و')
                    .is_some_and(|r| LAQAB_HEADS.contains(&r))
        })
}

/// True when word `j` is an indefinite noun the lexicon knows as written (no article, no given
/// name) and the word right after it, with only a space between, is an indefinite nisba adjective
/// the lexicon knows that agrees with it in gender (دعوى قضائية، بنك حكومي: ية after a noun in ة or
/// ى, ي after a noun not in ة), and word `j` goes on a phrase already started: it follows given
/// names or an indefinite noun it is the genitive of (مدير قسم بنك حكومي). Reason: a personal name
/// is definite, so an adjective that describes it takes the article (محمد علي المصري); an
/// adjective without the article describes an indefinite common noun, and the two words are a
/// common noun phrase, not a family name. Where a name starts (right after a post: المهندسة ريم
/// حلبي) a nisba-shaped word is the family name, and one that does not agree (بني عطية) is no
/// adjective of the word before.
fn noun_with_indefinite_adjective(cx: &Context, j: usize) -> bool {
    let words = &cx.doc.words;
    let (Some(w), Some(adj), Some(ta)) = (words.get(j), words.get(j + 1), cx.lex.words.get(j + 1))
    else {
        return false;
    };
    let p = adj.plain.as_str();
    let agrees = if p.ends_with("ية") {
        w.plain.ends_with(['ة', 'ى'])
    } else {
        p.ends_with('ي') && !w.plain.ends_with('ة')
    };
    // The word before goes on the phrase: a given name, or an indefinite noun in construct.
    let goes_on = || {
        j > 0 && adjacent(cx, j - 1, j) && {
            let (b, tb) = (&words[j - 1], &cx.lex.words[j - 1]);
            tb.given > 0
                || (b.kind() == WordKind::Arabic
                    && !has_article(b)
                    && tb.title == 0
                    && tb.place == 0
                    && !tb.function()
                    && !tb.is_cue()
                    && ordinary_word_in(cx, &b.plain) == Lexical::Exact)
        }
    };
    agrees
        && w.kind() == WordKind::Arabic
        && adj.kind() == WordKind::Arabic
        && cx.lex.words[j].given == 0
        && !has_article(w)
        && !has_article(adj)
        && at_least_chars(p, 4)
        && !p.starts_with(['و', 'ف'])
        && ta.given == 0
        && ta.title == 0
        && ta.place == 0
        && !ta.function()
        && adjacent(cx, j, j + 1)
        && ordinary_word_in(cx, &w.plain) == Lexical::Exact
        && ordinary_word_in(cx, p) == Lexical::Exact
        && goes_on()
}

/// True when `plain` (a word as written, harakat removed) is the complementizer أن/إن written
/// with its hamza, bare or with ب or ل and with a pronoun (بأن، لأن، أنه، بأنها): it opens the
/// reported clause after a speaker's name (وردت بن عمار بأن ...), so it is never part of the
/// name. The hamza is required: بان without it is also a name (بان كي مون).
fn complementizer(plain: &str) -> bool {
    let bare = plain.strip_prefix(['ب', 'ل']).unwrap_or(plain);
    let Some(rest) = bare.strip_prefix(['أ', 'إ']) else {
        return false;
    };
    matches!(rest, "ن" | "نه" | "نها" | "نهم" | "نهما" | "ننا" | "نني")
}

/// True when `plain` (a word as written) is the indefinite accusative of a participle: م, then a
/// stem of four letters or more that the lexicon knows (معقب، مضيف، مشير), then the case alef
/// (معقباً، مضيفاً), tanween written or not. Reason: after a speaker's name such a word is a
/// circumstantial adverb (قال فلان معقباً "said X, commenting"), and a family name does not take
/// the indefinite accusative ending, so the name has ended before it.
fn circumstantial_participle(cx: &Context, plain: &str) -> bool {
    plain
        .strip_suffix('ا')
        .filter(|stem| stem.starts_with('م') && at_least_chars(stem, 4))
        .is_some_and(|stem| ordinary_word_in(cx, stem) == Lexical::Exact)
}

/// True when `plain` (a word as written) is the article on a verbal noun of a derived verb that
/// the lexicon knows as written: إفعال (الإعلان، الاعلان)، افتعال (الاجتماع، and with the ت or ط of
/// the pattern assimilated: الاتفاق، الاضطراب)، انفعال (الانسحاب)، استفعال (الاستقرار). Reason: these
/// patterns make verbal nouns, the object or subject of the clause (وصف الوزير فلان الاتفاق
/// بأنه...), while family names with the article are nisbas, ta marbuta forms or bare stems of
/// the simple verb (الحلو، السالم); none of the shapes is one of theirs.
fn definite_derived_verbal_noun(cx: &Context, plain: &str) -> bool {
    let Some(stem) = plain.strip_prefix("ال") else {
        return false;
    };
    let c: Vec<char> = stem.chars().collect();
    let shaped = match c.as_slice() {
        // إفعال, and افتعال with its ت or ط assimilated (اتّفاق، اطّلاع).
        ['إ' | 'ا', _, _, 'ا', _] => true,
        ['ا', _, 'ت' | 'ط', _, 'ا', _] => true,
        ['ا', 'ن', _, _, 'ا', _] => true,
        ['ا', 'س', 'ت', _, _, 'ا', _] => true,
        _ => false,
    };
    shaped && ordinary_word_in(cx, plain) == Lexical::Exact
}

/// True when `plain` (a word as written) is the article on the sound masculine plural of a
/// participle: ال, then م and at least three more letters (the derived forms: المخالف، المتورط), or
/// the four letters of the first form's active participle فاعل with ا second (الفائز، الناشر),
/// or of the intensive فعّال of trades with ا third (الفلاح، النجار),
/// then ين or ون, whose singular (the word without the ending) the lexicon knows as written
/// (المخالفين، المتورطين، المواطنون، الفائزين، الناشرين، الفلاحين). Reason: such a plural names a group of
/// people ("the violators", "the winners", "the farmers"), and a family name names one lineage in the singular,
/// never by a participle's plural, so a given name before it is a common noun heading a construct
/// (أسماء المخالفين "the names of the violators", وفاء الناشرين "the publishers' fulfilment").
fn definite_participle_plural(cx: &Context, plain: &str) -> bool {
    let Some(stem) = plain.strip_prefix("ال") else {
        return false;
    };
    let Some(singular) = stem.strip_suffix("ين").or_else(|| stem.strip_suffix("ون")) else {
        return false;
    };
    let (first_form, intensive) = {
        let mut c = singular.chars();
        let (_, second, third, fourth, rest) = (c.next(), c.next(), c.next(), c.next(), c.next());
        let four = fourth.is_some() && rest.is_none();
        (second == Some('ا') && four, third == Some('ا') && four)
    };
    ((singular.starts_with('م') && at_least_chars(singular, 4)) || first_form || intensive)
        && with_joined("ال", singular, |w| {
            ordinary_word_in(cx, w) == Lexical::Exact
        })
}

/// True when `plain` (a word as written) is the article on a broken plural of the pattern أفعال:
/// ال, then أ or ا, two letters, ا and one letter (الأعباء، الأسعار، الأطفال). Reason: the pattern
/// makes plurals of common nouns only; a family name is a singular name or a nisba.
fn definite_afaal_plural(plain: &str) -> bool {
    let Some(stem) = plain.strip_prefix("ال") else {
        return false;
    };
    let c: Vec<char> = stem.chars().take(6).collect();
    matches!(c.as_slice(), ['أ' | 'ا', _, _, 'ا', _])
}

/// True when the lead word `i` is one given name with no title before it that the lexicon knows as
/// an ordinary word as written (تمام "exactly", يزيد "increases", باسم "in the name of", أسماء
/// "names"), and word `j` right after it is a definite common noun the lexicon knows, of a shape no
/// family name takes: a noun in ة that is no nisba (الساعة، اللجنة), where a preposition or an
/// adverb governs the given name's word (في تمام الساعة، باسم اللجنة), or a broken plural of the
/// pattern أفعال ([`definite_afaal_plural`]: الأعباء). Reason: a word that is both a given name
/// and an ordinary word reads as the ordinary word (a noun in construct, a verb with its object:
/// تمام الساعة "exactly at the hour", القرار يزيد الأعباء "the decision increases the burdens")
/// when what follows is a feminine common noun or a plural of things, which a family name never
/// is; a title before it (الوزيرة وفاء ...) or a reporting verb (وقال باسم الجمعة) vouches for
/// the name.
fn ordinary_given_before_common_noun(cx: &Context, i: usize, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(g), Some(w), Some(tg)) = (words.get(i), words.get(j), tags.get(i)) else {
        return false;
    };
    let titled_before = (i.saturating_sub(3)..i).any(|k| {
        tags[k].title > 0 && k + usize::from(tags[k].title) == i && adjacent(cx, i - 1, i)
    });
    // Right after a reporting verb the word is the speaker's name (وقال باسم الجمعة إن).
    let spoken = i > 0 && adjacent(cx, i - 1, i) && tags[i - 1].is_cue();
    // A noun in ة after the word is read as its genitive only where a preposition or adverb
    // governs the word (في تمام الساعة، باسم اللجنة); a name in a list keeps its family name in ة
    // (وعمر السومة).
    let governed = preposition_on_word(&g.plain)
        || (i > 0 && adjacent(cx, i - 1, i) && tags[i - 1].function());
    tg.title == 0
        && tg.given == 1
        && j == i + 1
        && !titled_before
        && !spoken
        && adjacent(cx, i, j)
        && w.kind() == WordKind::Arabic
        && has_article(w)
        && !is_nisba(&w.plain)
        && ((w.plain.ends_with('ة') && governed) || definite_afaal_plural(&w.plain))
        && ordinary_word_in(cx, &g.plain) == Lexical::Exact
        && ordinary_word_in(cx, &w.plain) == Lexical::Exact
}

/// A person seed on word `word`, read as a family name.
fn family_seed(word: usize) -> Seed {
    Seed {
        word,
        kind: NameKind::Person,
        family: true,
    }
}

/// True when the given name at word `i` and word `j` after it read as something else than a name
/// and its family name: a Hijri month ([`hijri_month_named`]), a kunya that closes the name
/// ([`kunya_closes_name`]), a preposition after a noun ([`given_as_preposition_after_noun`]), a
/// noun of time after the name ([`time_adverb_after_given`]), a verb before its object
/// ([`verb_given_before_object`]) or a descriptor of the next name ([`descriptor_before_name`]).
fn given_reads_otherwise(cx: &Context, i: usize, j: usize) -> bool {
    hijri_month_named(cx, i, j)
        || kunya_closes_name(cx, j)
        || given_as_preposition_after_noun(cx, i)
        || time_adverb_after_given(cx, i, j)
        || verb_given_before_object(cx, i, j)
        || descriptor_before_name(cx, j)
}

/// True when the given name at word `i` is باسم, which is also ب + اسم "in the name of" (the one
/// common given name that reads as a preposition on a noun in ordinary prose), and stands right
/// after a definite common noun the lexicon knows, no title, nisba, given name, place, cue,
/// function word or generic person noun (القتال باسم، التشهير باسم; but الشاب باسم فلان is a young
/// man named Basem: [`sheet::GENERIC_PERSON_NOUNS`]). Reason: a bare name never follows a definite noun that is no post (that noun would have
/// to be its title), so there the word is the prepositional phrase complementing that noun ("in
/// the name of"), and the word after it is its genitive, not a family name; the noun may be set
/// in quotation marks (“التشهير” باسم), and it must not be the genitive of a construct that
/// describes a person ([`construct_head_before`]: عالم الآثار باسم ...). Reads words `i - 2` and
/// `i - 1`.
fn given_as_preposition_after_noun(cx: &Context, i: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(g), Some(tg)) = (words.get(i), tags.get(i)) else {
        return false;
    };
    if i == 0 || !(adjacent(cx, i - 1, i) || closed_quote_between(cx, i - 1, i)) {
        return false;
    }
    let (b, tb) = (&words[i - 1], &tags[i - 1]);
    tg.given == 1
        && tg.title == 0
        && g.key.as_str() == "باسم"
        && b.kind() == WordKind::Arabic
        && b.plain.starts_with("ال")
        && !sheet::written_in(&b.plain, &sheet::GENERIC_PERSON_NOUNS)
        && !is_nisba(&b.plain)
        && tb.title == 0
        && tb.given == 0
        && tb.place == 0
        && tb.anonymous == 0
        && !tb.function()
        && !tb.is_cue()
        && ordinary_word_in(cx, &b.plain) == Lexical::Exact
        && !(i >= 2 && construct_head_before(cx, i - 2))
}

/// True when word `k`, next to the word after it, is an indefinite noun that may head a construct
/// with it: an Arabic word without the article, not led by و or ف, no function word, that the
/// lexicon knows exactly (عالم الآثار، أستاذ التاريخ; a verb too, which the lexicon's noun
/// forms cannot tell from a noun, so the rule stays quiet after it). Such a
/// construct describes the person named after it, as a title does.
fn construct_head_before(cx: &Context, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    adjacent(cx, k, k + 1)
        && w.kind() == WordKind::Arabic
        && !has_article(w)
        && !w.plain.starts_with(['و', 'ف'])
        && !t.function()
        && ordinary_word_in(cx, &w.plain) == Lexical::Exact
}

/// True when only a closing quotation mark and spaces stand between words `a` and `b`: a word
/// quoted on its own («التشهير») still governs what comes right after the mark.
fn closed_quote_between(cx: &Context, a: usize, b: usize) -> bool {
    let (Some(x), Some(y)) = (cx.doc.words.get(a), cx.doc.words.get(b)) else {
        return false;
    };
    let gap = cx.doc.prose().get(x.end()..y.start()).unwrap_or("");
    let mut marks = gap.chars().filter(|c| !c.is_whitespace());
    matches!(marks.next(), Some('”' | '»' | '"')) && marks.next().is_none()
}

/// Nouns of a point or stretch of time that head a construct with the time they divide (أوائل
/// الشهر، نهاية رمضان، مساء الأحد), as identity keys: a closed class of adverbs of time.
const TIME_HEADS: &[&str] = &[
    "اوائل",
    "اواخر",
    "اواسط",
    "مطلع",
    "منتصف",
    "نهايه",
    "بدايه",
    "مستهل",
    "ختام",
    "عشيه",
    "غداه",
    "مساء",
    "صباح",
    "ليله",
    "طوال",
    "حلول",
];

/// True when word `k`, its conjunction و/ف or preposition ب/ل aside, is a noun of time
/// ([`TIME_HEADS`]).
fn time_head(cx: &Context, k: usize) -> bool {
    cx.doc.words.get(k).is_some_and(|w| {
        let key = w.key.as_str();
        let key = key.strip_prefix(['و', 'ف']).unwrap_or(key);
        TIME_HEADS.contains(&key)
            || key
                .strip_prefix(['ب', 'ل'])
                .is_some_and(|r| TIME_HEADS.contains(&r))
    })
}

/// True when word `j`, right after the one given name at word `i`, is a noun of time
/// ([`time_head`]: أوائل، نهاية، مساء) that no list tags as a given name, heading a construct
/// with the definite word right after it (ابنته مريم أوائل الشهر). Reason: a noun of time in
/// construct with a definite genitive is an adverb of time of the clause, which may follow its
/// subject or object; a family name has no genitive after it. Reads words `j` and `j + 1`.
fn time_adverb_after_given(cx: &Context, i: usize, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let Some(next) = words.get(j + 1) else {
        return false;
    };
    j == i + 1
        && time_head(cx, j)
        && tags[j].given == 0
        && adjacent(cx, j, j + 1)
        && next.kind() == WordKind::Arabic
        && next.plain.starts_with("ال")
}

/// True when the given name at word `i` is an imperfect verb by its person prefixes
/// ([`imperfect_verb`]: يزيد) and word `j` right after it is an indefinite noun the lexicon
/// knows, no given name, title or place, with a word after it that continues the phrase as its
/// genitive or the verb's object ([`object_after`]: يزيد خطر تعرضهن), with neither a title nor a
/// reporting verb right before word `i` (the word after may also be a noun with a root و, وقوع:
/// [`word_with_waw_known`]). Reason: an imperfect verb opens its own clause with its
/// object or subject after it, and an indefinite noun followed by its genitive is a noun phrase,
/// while a family name closes the name; a title or a reporting verb before the word vouches for
/// a person (وقال يزيد ...). Reads words `i - 1` to `j + 1`.
fn verb_given_before_object(cx: &Context, i: usize, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(g), Some(w), Some(tw)) = (words.get(i), words.get(j), tags.get(j)) else {
        return false;
    };
    let vouched =
        i > 0 && adjacent(cx, i - 1, i) && (tags[i - 1].title > 0 || tags[i - 1].is_cue());
    j == i + 1
        && !vouched
        && tags[i].given == 1
        && imperfect_verb(cx, &g.plain)
        && w.kind() == WordKind::Arabic
        && !has_article(w)
        && !w.plain.starts_with(['و', 'ف'])
        && tw.given == 0
        && tw.title == 0
        && tw.place == 0
        && ordinary_word_in(cx, &w.plain) == Lexical::Exact
        && (object_after(cx, j) || word_with_waw_known(cx, j + 1))
}

/// True when word `k` starts with the letter و, is written next to the word before it, no list
/// tags it (function word, cue, title, given name, place) and the lexicon knows it exactly as
/// written (وقوع، وصول): a noun whose first root letter is و, not the conjunction on a name.
fn word_with_waw_known(cx: &Context, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    k > 0
        && adjacent(cx, k - 1, k)
        && w.kind() == WordKind::Arabic
        && w.plain.starts_with('و')
        && !t.function()
        && !t.is_cue()
        && t.title == 0
        && t.given == 0
        && t.place == 0
        && ordinary_word_in(cx, &w.plain) == Lexical::Exact
}

/// True when word `j`, after a given name, is a definite word that describes the person named
/// right after it: a nationality nisba ([`is_nisba_of_place`]: الجزائري) or a definite common
/// noun of the lexicon (الدراج), with no given name or place tag, followed next to it by a given
/// name (not led by و) and that name's family name ([`family_after_given`]). Reason: a
/// descriptor stands right before the name it describes (الجزائري إسلام منصوري), and a family
/// name is never followed by a second person's given and family name with no conjunction (after a
/// nationality, the given name may be one the list lacks: [`two_bare_names_after`]), so
/// the word belongs to the name after it, not to the given name before it (فيما حافظ الجزائري ...:
/// حافظ is the verb). Reads words `j` to `j + 2`.
fn descriptor_before_name(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(w), Some(t), Some(next), Some(tn)) =
        (words.get(j), tags.get(j), words.get(j + 1), tags.get(j + 1))
    else {
        return false;
    };
    w.kind() == WordKind::Arabic
        && w.plain.starts_with("ال")
        && t.given == 0
        && t.place == 0
        && !t.function()
        && tn.title == 0
        && !next.plain.starts_with('و')
        && adjacent(cx, j, j + 1)
        && ((tn.given > 0
            && (is_nisba_of_place(cx, j) || ordinary_word_in(cx, &w.plain) == Lexical::Exact)
            && family_after_given(cx, j + 1, j + 1 + usize::from(tn.given)))
            || (is_nisba_of_place(cx, j) && two_bare_names_after(cx, j)))
}

/// True when words `j + 1` and `j + 2` are two nameable words without the article, no place,
/// written next to each other and to word `j`, the second closing the name ([`closes_name`]): a
/// given name the list lacks and a family name (الجزائري إسلام منصوري على).
fn two_bare_names_after(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let bare = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| !has_article(w) && !w.plain.starts_with('و') && tags[k].place == 0)
            && is_nameable(cx, k)
            && adjacent(cx, k - 1, k)
    };
    bare(j + 1) && bare(j + 2) && closes_name(cx, j + 2)
}

/// True when the given name at word `i` comes right after a nationality nisba
/// ([`nationality_before`]: الإيطالي) that itself follows, next to it, a definite word it agrees
/// with or a title (الدراج الإيطالي ماتيا), and the listed place right after the given name
/// closes the name ([`bare_place_closing_name`]). Reason: a nationality nisba after a noun is that
/// noun's adjective, and the given name after it opens the person's name, so the bare word after
/// the given name is the family name, even one spelled like a town (Colombo); a nisba standing
/// alone (زار الإيطالي ماركو روما) is the subject itself, and the place may be the verb's object.
/// Reads words `i - 2` to `i + 2`.
fn described_foreign_given(cx: &Context, i: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    i >= 2
        && tags[i].given == 1
        && nationality_before(cx, i)
        && adjacent(cx, i - 2, i - 1)
        && words[i - 2].kind() == WordKind::Arabic
        && (tags[i - 2].title > 0
            || (words[i - 2].plain.starts_with("ال")
                && !is_nisba(&words[i - 2].plain)
                && tags[i - 2].place == 0
                && !tags[i - 2].function()))
        && bare_place_closing_name(cx, i)
}

/// True when the given-name chain ends with a kunya after a given name, أبو/ابو and a word
/// without the article (words `j - 2` and `j - 1`, word `j - 3` a given name: باسل أبو ريدة;
/// a kunya that opens the name, أبو صالح العدوان, stands for the given name), and word `j` after it is a definite common noun the
/// lexicon knows as written, no nisba, given name or place (الهدف، التعادل). Reason: a kunya
/// after a given name is the family name of Levantine and Palestinian names and closes the name,
/// so a definite common noun after it begins the next part of the clause (the verb's object:
/// قبل أن يدرك فلان أبو ريدة التعادل), not a second family name; a nisba may still follow the
/// kunya (أبو زيد المصري).
fn kunya_closes_name(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(w), Some(t)) = (words.get(j), tags.get(j)) else {
        return false;
    };
    j >= 3
        && tags[j - 3].given > 0
        && adjacent(cx, j - 3, j - 2)
        && matches!(words[j - 2].plain.as_str(), "أبو" | "ابو")
        && !has_article(&words[j - 1])
        && adjacent(cx, j - 1, j)
        && w.kind() == WordKind::Arabic
        && has_article(w)
        && !is_nisba(&w.plain)
        && t.given == 0
        && t.place == 0
        && ordinary_word_in(cx, &w.plain) == Lexical::Exact
}

/// The names of the Hijri months that are also given names (رمضان، شعبان، رجب، محرم، صفر), as
/// identity keys: a closed calendar class.
const HIJRI_MONTH_NAMES: &[&str] = &["رمضان", "شعبان", "رجب", "محرم", "صفر"];

/// The epithets Arabic usage gives the Hijri months (رمضان المبارك، رمضان الكريم، شعبان المعظم،
/// محرم الحرام، رجب الفرد، الشهر الفضيل), as identity keys: a closed set of set phrases.
const MONTH_EPITHETS: &[&str] = &["المبارك", "الكريم", "المعظم", "الحرام", "الفضيل", "الفرد"];

/// True when word `i` (a given name, conjunction و/ف aside) is the name of a Hijri month that is
/// also a given name ([`HIJRI_MONTH_NAMES`]) and it names the month: right after the noun شهر
/// (شهر رمضان) or a noun of time ([`time_head`]: نهاية رمضان), or with word `j` after it one of
/// the month's epithets ([`MONTH_EPITHETS`]: رمضان المبارك). Reason: a month's name in construct
/// after شهر or a noun of time, or with the epithet usage gives the month, is the calendar month,
/// and the word after it is no family name (نهاية رمضان بسلام).
fn hijri_month_named(cx: &Context, i: usize, j: usize) -> bool {
    let words = &cx.doc.words;
    let Some(w) = words.get(i) else {
        return false;
    };
    let key = w.key.strip_prefix(['و', 'ف']).unwrap_or(&w.key);
    if !HIJRI_MONTH_NAMES.contains(&key) {
        return false;
    }
    let after_month_noun = i > 0 && adjacent(cx, i - 1, i) && {
        let before = words[i - 1].key.as_str();
        let before = before.strip_prefix(['و', 'ف']).unwrap_or(before);
        matches!(before, "شهر" | "بشهر" | "لشهر" | "الشهر")
    };
    // A month after a noun of time is its genitive (نهاية رمضان، مطلع رجب).
    let after_time_noun = i > 0 && adjacent(cx, i - 1, i) && time_head(cx, i - 1);
    let epithet = j == i + 1
        && adjacent(cx, i, j)
        && words
            .get(j)
            .is_some_and(|x| MONTH_EPITHETS.contains(&x.key.as_str()));
    after_month_noun || after_time_noun || epithet
}

/// True when a name ends at word `k`: the text ends, or the next word is apart, not nameable or a
/// place.
fn name_ends_at(cx: &Context, k: usize) -> bool {
    k + 1 >= cx.doc.words.len()
        || !adjacent(cx, k, k + 1)
        || !is_nameable(cx, k + 1)
        || cx.lex.words[k + 1].place > 0
}

/// True when word `j`, after a lead word `i`, may be a family name after given names: as
/// [`candidate_ok`], or with the article and a ta marbuta (بشر الخصاونة، سالم المعايطة), or with
/// the article and the ending ات where the lexicon knows no such word ([`definite_unknown_plural`]:
/// محمد خليل العبداللات).
fn family_after_given(cx: &Context, i: usize, j: usize) -> bool {
    let words = &cx.doc.words;
    candidate_ok(cx, i, j)
        || (j < words.len()
            && j > i
            && adjacent(cx, j - 1, j)
            && is_nameable(cx, j)
            && cx.lex.words[j].place == 0
            && (definite_in_ta_marbuta(&words[j].plain)
                || definite_unknown_plural(cx, &words[j].plain)))
        || plural_shaped_family_after_post(cx, i, j)
}

/// True when the lead word `i` is a title or a given name after a post (the post at most four
/// words before it), and word `j`, after the given names, is a word in ات without the article or
/// و (فرحات، بركات، شحادات) that no list holds, where the name ends ([`name_ends`]: punctuation, a
/// reporting cue, أن; a word after it would make it a plural noun, the object of the clause:
/// وزّع الوزير جمال مساعدات على الأسر). Reason: many Levantine family names have the shape of a
/// feminine plural, and after a post and its holder's given name the word that closes the name is
/// the holder's family name, not a common plural.
fn plural_shaped_family_after_post(cx: &Context, i: usize, j: usize) -> bool {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let (Some(w), Some(t)) = (words.get(j), tags.get(j)) else {
        return false;
    };
    // A post among the four words before the lead (or the lead itself), its holder not yet
    // named by another given name (رئيس الاتحاد العمالي العام سليم فرحات).
    let post = (i.saturating_sub(4)..=i)
        .any(|k| tags[k].title > 0 && (k + 1..i).all(|m| tags[m].given == 0));
    post && j > i
        && tags[j - 1].given > 0
        && adjacent(cx, j - 1, j)
        && is_nameable(cx, j)
        && t.place == 0
        && t.given == 0
        && t.title == 0
        && !t.function()
        && !w.plain.starts_with('و')
        && !has_article(w)
        && w.plain.ends_with("ات")
        && at_least_chars(&w.plain, 4)
        && name_ends(cx, j)
}

/// True when `plain` (a word as written) carries the article, ends in ات and is no word of the
/// lexicon, even folded (العبداللات، الدعجات, not المخيمات). Reason: Levantine family names have the
/// shape of a definite feminine plural, and a common noun of that shape is a plural the lexicon
/// knows, so an unknown one after given names is the family's name, not a noun.
fn definite_unknown_plural(cx: &Context, plain: &str) -> bool {
    plain.starts_with("ال")
        && plain.ends_with("ات")
        && at_least_chars(plain, 6)
        && ordinary_word_in(cx, plain) == Lexical::Unknown
}

/// True when word `j`, read as a family name after a given name, is an ordinary noun heading a
/// construct chain of common nouns that ends in a definite word (صادق مجلس جماعة المدينة: "the
/// council of the town's commune ratified"). Reason: a person's name ends with the family name, so
/// a chain that goes on through an indefinite ordinary noun to a definite genitive is a common
/// noun phrase, and the "given name" before it is a verb of the same spelling opening the clause.
/// The chain's middle word is no given name, title, place, nisba or function word; a verb in the
/// family name's slot is [`inflected_non_name`]'s.
fn heads_common_construct(cx: &Context, j: usize) -> bool {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let (Some(w), Some(mid), Some(last)) = (words.get(j), words.get(j + 1), words.get(j + 2))
    else {
        return false;
    };
    let tm = &tags[j + 1];
    let plain_noun = |x: &crate::text::Word| {
        x.kind() == WordKind::Arabic
            && !has_article(x)
            && !x.plain.starts_with(['و', 'ف'])
            && ordinary_word_in(cx, &x.plain) == Lexical::Exact
    };
    plain_noun(w)
        && !imperfect_verb(cx, &w.plain)
        && !conjugated_verb(cx, &w.plain)
        && plain_noun(mid)
        && adjacent(cx, j, j + 1)
        && adjacent(cx, j + 1, j + 2)
        && tm.given == 0
        && tm.title == 0
        && tm.place == 0
        && !tm.function()
        && !is_nisba(&mid.plain)
        && last.kind() == WordKind::Arabic
        && (has_article(last) || tags[j + 2].place > 0)
}

/// True when two given names or more (a title may come before them: أضاف اللاعب ...) start at
/// most three words before word `i` (the title or given name [`title_seed`] reads from) and end
/// at word `j`, an indefinite noun heading a construct with the definite common noun right after
/// it ([`indefinite_construct_at`]: سجل سامر نبيل هدف التعادل "Samer Nabil scored the
/// equaliser", جسدت ريم عيسى دور الابنة "Reem Issa played the daughter's role", عادل محمد قاسم
/// مطلع الشوط "Mohammed Qasim equalised at the start of the half"). Reason: two names already make
/// a full name, and an indefinite noun governing a definite genitive is a common noun phrase, the
/// verb's object or an adverb of time after the subject, not a third name word; a compound
/// name's second part الله or الدين (جاد الله، نور الدين) is not such a genitive. Reads at most
/// three words before `i` (within [`reuse::BEFORE`]).
fn construct_after_full_name(cx: &Context, i: usize, j: usize) -> bool {
    indefinite_construct_at(cx, j)
        && (i.saturating_sub(3)..=i.min(j)).any(|s| {
            let (chain, end) = given_chain(cx, s, after_title(cx, s));
            end == j && chain.len() >= 2
        })
}

/// True when word `j` is an indefinite noun the lexicon knows, no given name, heading a construct
/// with the definite common noun right after it (هدف التعادل، دور الابنة، مطلع الشوط): the next
/// word carries the article, is no nisba, given name, title, place, function word or cue, and is
/// not الله or الدين (the second part of a compound name). Reason: an indefinite noun governing a
/// definite genitive is a common noun phrase; after two given names, which make a full name
/// already, it is what the clause says of the person (its object or an adverb of time), not a
/// third name word. Reads words `j` and `j + 1`.
fn indefinite_construct_at(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(w), Some(next), Some(tn)) = (words.get(j), words.get(j + 1), tags.get(j + 1)) else {
        return false;
    };
    w.kind() == WordKind::Arabic
        && next.kind() == WordKind::Arabic
        && !has_article(w)
        && !w.plain.starts_with(['و', 'ف'])
        && tags[j].given == 0
        && next.plain.starts_with("ال")
        && !matches!(next.key.as_str(), "الله" | "الدين")
        && tn.given == 0
        && tn.title == 0
        && tn.place == 0
        && !tn.function()
        && !tn.is_cue()
        && !is_nisba(&next.plain)
        && adjacent(cx, j, j + 1)
        && ordinary_word_in(cx, &w.plain) == Lexical::Exact
        && ordinary_word_in(cx, &next.plain) == Lexical::Exact
}

/// True when `plain` is the perfect of a verb whose last root letter is weak, written with a
/// final alif or alif maqsura (بدا، دعا، مضى), and the lexicon knows exactly its
/// first-person forms, where that letter shows as و or ي before the suffix (بدوت، بدونا؛ مضيت،
/// مضينا). Reason: such a verb's final letter changes before the subject suffixes, so the
/// conjugation test of [`conjugated_verb`], which joins the suffix to
/// the word as written, never finds it. Three letters only (a weak verb's base form): a longer
/// word in ا is a noun or a name more often than a verb.
pub(crate) fn defective_perfect(cx: &Context, plain: &str) -> bool {
    if plain.chars().count() != 3 || ordinary_word_in(cx, plain) != Lexical::Exact {
        return false;
    }
    let (stem, weak) = if let Some(s) = plain.strip_suffix('ا') {
        (s, "و")
    } else if let Some(s) = plain.strip_suffix('ى') {
        (s, "ي")
    } else {
        return false;
    };
    ["ت", "نا"].iter().all(|end| {
        with_joined(stem, weak, |sw| {
            with_joined(sw, end, |f| ordinary_word_in(cx, f) == Lexical::Exact)
        })
    })
}

/// True when `plain` carries the article and ends in ta marbuta without being a nisba (الخصاونة,
/// not الإرهابية): the shape of a family name with the article in the Levant and the Gulf.
fn definite_in_ta_marbuta(plain: &str) -> bool {
    plain.starts_with("ال") && plain.ends_with('ة') && !is_nisba(plain)
}

/// The person seed led by the title or given name at word `i`, or None. `after_given` says
/// whether the story writes a key right after a given name; it is asked only in
/// [`after_bare_title`].
fn title_seed(cx: &Context, i: usize, after_given: &dyn Fn(&str) -> bool) -> Option<Seed> {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let n = words.len();
    let t = &tags[i];
    let (chain, j) = given_chain(cx, i, after_title(cx, i));
    let given_seen = !chain.is_empty();
    // A title without the article is a construct noun (رئيس الوزراء، وزير الخارجية): what
    // follows it is a genitive, not a name, unless given names come first.
    let construct =
        t.title > 0 && !has_article(&words[i]) && !given_seen && j == i + usize::from(t.title);
    // A name that goes on after a word with a preposition attached (لتقديم تعازيه) has
    // ended before it.
    let prep_then_more = j < n && !name_ends_at(cx, j) && preposition_on_word(&words[j].plain);
    if given_seen
        && (family_after_given(cx, i, j) || ta_marbuta_family(cx, i, j))
        && !defective_perfect_at(cx, j)
        && !prep_then_more
        && !heads_common_construct(cx, j)
        && !construct_after_full_name(cx, i, j)
        && !ordinary_given_before_common_noun(cx, i, j)
        && !given_reads_otherwise(cx, i, j)
    {
        // A middle name before the family name (رجب طيب أردوغان): the last of two.
        let family = compound_family_after(cx, j)
            .unwrap_or_else(|| j + usize::from(middle_name(cx, i, j) || nasab_family(cx, i, j)));
        Some(Seed {
            word: family,
            kind: NameKind::Person,
            family: true,
        })
    } else if chain.len() == 1 && j == i + 1 && described_foreign_given(cx, i) {
        Some(family_seed(j))
    } else if t.title > 0
        && !given_seen
        && j < n
        && j > i
        && adjacent(cx, j - 1, j)
        && is_nameable(cx, j)
        && tags[j].place == 0
        && words[j].plain.ends_with("ات")
        && family_after_given(cx, i, j + 1)
        && name_ends(cx, j + 1)
        && words[j + 1].plain.starts_with("ال")
        && ordinary_word_in(cx, &words[j + 1].plain) == Lexical::Unknown
    {
        // Many given names have the shape of a feminine plural (فرحات، بركات): after a
        // title, such a word followed by a definite word the lexicon does not know, where
        // the name ends (الوزير فرحات الحرشاني،), is given name and family name.
        Some(Seed {
            word: j + 1,
            kind: NameKind::Person,
            family: true,
        })
    } else if t.title > 0 && chain.len() == 1 && !candidate_ok(cx, i, j) {
        // A person known by one name after a title (الشاعر مصطفى، الأمير محمد).
        Some(Seed {
            word: chain[0],
            kind: NameKind::Person,
            family: false,
        })
    } else if chain.len() >= 2 {
        // فريد زكريا: the last "given" name is the family name.
        Some(Seed {
            word: *chain.last().unwrap(),
            kind: NameKind::Person,
            family: true,
        })
    } else if t.title > 0 && !given_seen && candidate_ok(cx, i, j) && !is_nisba_of_place(cx, j) {
        after_bare_title(cx, i, j, construct, after_given)
    } else if t.title > 0 && !given_seen && appositive_name(cx, j) {
        Some(Seed {
            word: j + 1,
            kind: NameKind::Person,
            family: true,
        })
    } else {
        None
    }
}

/// The person seed after a title with no given name, where word `j` (after the title that
/// starts at word `i`) may be a name: the second of two names, or `j` itself; None when neither
/// reads as a name. `construct` is true after a title without the article.
fn after_bare_title(
    cx: &Context,
    i: usize,
    j: usize,
    construct: bool,
    after_given: &dyn Fn(&str) -> bool,
) -> Option<Seed> {
    let words = &cx.doc.words;
    let n = words.len();
    let p = &words[j].plain;
    let second_ok = j + 1 < n
        && if words[j + 1].plain.starts_with("ال") {
            // With the article only where the name clearly ends (بشر الخصاونة،), or where the
            // word can only be a family name (النائبة ديما الطراونة قد).
            family_after_given(cx, i, j + 1)
                && (name_ends(cx, j + 1)
                    || definite_ta_marbuta_family(cx, j + 1)
                    || nisba_closing_reported_subject(cx, i, j + 1))
        } else {
            candidate_ok(cx, i, j + 1)
                && (name_ends(cx, j + 1) || !looks_common(&words[j + 1].plain))
        };
    let second_ok = second_ok || place_spelled_family(cx, j);
    // A word the story elsewhere writes right after a given name is the family name
    // itself (علي مملوك … اللواء مملوك عرض): then the next word is not a name (asked last: it is
    // a fact of the whole story).
    if !p.starts_with("ال") && patronymic_after_bare_name(cx, j) {
        // A given name not in the list, then the Mauritanian ولد/منت (الوزير امحمد ولد الطالب):
        // the word after the link is the family name, as after a listed given name.
        Some(Seed {
            word: j + 2,
            kind: NameKind::Person,
            family: true,
        })
    } else if !p.starts_with("ال") && second_ok && !after_given(words[j].key.as_str()) {
        // Two names after a title, the first unknown as a given name (أنغيلا ميركل):
        // the second is the family name, or the compound after it (الدكتور مينا جرجس عبد
        // المسيح: [`compound_family_after`]).
        Some(Seed {
            word: compound_family_after(cx, j + 1).unwrap_or(j + 1),
            kind: NameKind::Person,
            family: true,
        })
    } else if !construct && (!p.starts_with("ال") || p.ends_with('ي')) {
        // Title alone: a name without the article (اللواء مملوك), or a nisba-shaped
        // family name (الرئيس السيسي) that is not a place's nisba.
        Some(Seed {
            word: j,
            kind: NameKind::Person,
            family: true,
        })
    } else {
        None
    }
}

/// True when `plain` (a word as written) is a preposition ب، ك or ل written on a definite word
/// the lexicon knows (بالسجن، كالعادة، للصحافيين), after an optional conjunction و or ف. Reason: a
/// name word never carries a preposition and the article at once; such a word opens a
/// prepositional phrase (a name spelled so, بالدوين، كالديرون, is no known definite word).
fn preposition_on_definite(cx: &Context, plain: &str) -> bool {
    let p = plain.strip_prefix(['و', 'ف']).unwrap_or(plain);
    let definite = if let Some(rest) = p.strip_prefix("لل") {
        format!("ال{rest}")
    } else if let Some(rest) = p.strip_prefix(['ب', 'ك']).filter(|r| r.starts_with("ال")) {
        rest.to_string()
    } else {
        return false;
    };
    at_least_chars(&definite, 4) && ordinary_word_in(cx, &definite) == Lexical::Exact
}

/// True when word `j + 1`, a listed place written whole (no letter read off it as a preposition:
/// كولومبو), is the family name of the transliterated given name at word `j`, which a title's
/// chain leads to: word `j` has a foreign name's shape ([`foreign_name_word`]) and the lexicon does
/// not know it or it has no ending or clitic of an Arabic noun phrase (أندريا), word `j + 1` has
/// no article, and the name ends after it (punctuation, a function
/// word, a cue, or a word with a preposition written on it: للصحافيين). Reason: after a post, a
/// place is reached through a preposition or a construct (وزير خارجية إيطاليا، سفير في روما), never
/// written bare after a given name; two bare names there are the holder's given and family name,
/// and many family names are also towns (Colombo, Florence, Paris). Word indices.
fn place_spelled_family(cx: &Context, j: usize) -> bool {
    let words = &cx.doc.words;
    bare_place_closing_name(cx, j)
        && foreign_name_word(cx, j)
        && (ordinary_word_in(cx, &words[j].plain) == Lexical::Unknown || {
            // Many foreign given names are also spellings the lexicon knows (أندريا، مارينا):
            // one with no ending or clitic of an Arabic noun phrase.
            let first = words[j].plain.as_str();
            !(looks_common(first) || preposition_on_word(first) || possessed_noun(cx, first))
        })
}

/// True when word `j + 1`, next to word `j`, is a listed place written bare (no article, no
/// ending of a common noun) where the name ends: punctuation, a function word, or a word with a
/// preposition written on it. The place half of [`place_spelled_family`]. Word indices.
fn bare_place_closing_name(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(w), Some(t)) = (words.get(j + 1), tags.get(j + 1)) else {
        return false;
    };
    adjacent(cx, j, j + 1)
        && w.kind() == WordKind::Arabic
        && t.place > 0
        && !w.plain.starts_with("ال")
        && cx.profile.places.contains_word(&w.key)
        && !looks_common(&w.plain)
        && closes_name(cx, j + 1)
}

/// True when a name may end at word `k`: the text ends, the next word is apart or a function
/// word, the name ends there ([`name_ends`]), or a preposition is written on the next word
/// (للصحافيين، بالمرحلة). Reads words `k` and `k + 1`.
fn closes_name(cx: &Context, k: usize) -> bool {
    match cx.doc.words.get(k + 1) {
        None => true,
        Some(next) => {
            !adjacent(cx, k, k + 1)
                || name_ends(cx, k)
                || cx.lex.words[k + 1].function()
                || preposition_on_word(&next.plain)
                || preposition_on_definite(cx, &next.plain)
        }
    }
}

/// True when word `f`, a nisba-shaped definite word (ال + stem in ي) that is no listed place's
/// nisba, closes the subject of a reporting verb that stands before the title at word `i`, right
/// before it or at most three words before with no punctuation or function word between (وقال
/// المحامي فلان العنزي لـ«الراي» إن، وقال دفاع المتهم المحامي فلان العنزي أمس إن): the word after it is
/// an addressee or a preposition written on a word (لـ، للصحفيين), a preposition (في، خلال، أمام،
/// عبر، لدى) or a time word (أمس، اليوم). Reason: a reporting verb takes no object, so after its
/// subject come the addressee, the time and the circumstance before the content, and a nisba
/// there is the subject's family name, not an object or an adjective of the word before (which
/// a title then one more word already read as a name). Word indices.
fn nisba_closing_reported_subject(cx: &Context, i: usize, f: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(w), Some(next)) = (words.get(f), words.get(f + 1)) else {
        return false;
    };
    // The verb, then at most three words of the subject before the title (دفاع المتهم).
    let verb = (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| tags[k].is_cue() && tags[k].verb());
    verb.is_some_and(|v| (v + 1..=i).all(|x| adjacent(cx, x - 1, x) && !tags[x].function()))
        && is_nisba(&w.plain)
        && w.plain.ends_with('ي')
        && !is_nisba_of_place(cx, f)
        && !tags[f].function()
        && next.kind() == WordKind::Arabic
        && {
            let p = next.plain.as_str();
            p == "ل"
                || p == "لـ"
                || (p.starts_with('ل') && preposition_on_word(p))
                || matches!(
                    next.key.as_str(),
                    "في" | "خلال" | "امام" | "عبر" | "لدي" | "امس" | "اليوم"
                )
        }
}

/// The subject seed right after a reporting verb at word `i` (وقال شمخاني), or None.
fn subject_seed(cx: &Context, i: usize) -> Option<Seed> {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let n = words.len();
    let t = &tags[i];
    // A kunya or family name in أبو (ورد أبو صالحة بأن): see [`kunya_subject`].
    if t.verb() && i + 1 < n && adjacent(cx, i, i + 1) && kunya_subject(cx, i + 1) {
        return Some(Seed {
            word: i + 2,
            kind: NameKind::Person,
            family: true,
        });
    }
    if t.verb() && i + 1 < n && adjacent(cx, i, i + 1) && is_nameable(cx, i + 1) {
        let w = &words[i + 1];
        let tn = &tags[i + 1];
        // A family name with the article (وقال الزموري إن): see [`definite_unknown_subject`].
        let definite = w.plain.starts_with("ال");
        if tn.given == 0
            && tn.place == 0
            && tn.agency().is_none()
            && !tn.org_noun()
            && (!definite || definite_unknown_subject(cx, i + 1))
            && !w
                .key_readings()
                .iter()
                .skip(1)
                .any(|(_, r)| cx.profile.function_words.contains(r.as_str()))
        {
            // Followed by a complementizer or punctuation: a bare name as subject.
            let next_ok = i + 2 >= n
                || !adjacent(cx, i + 1, i + 2)
                || matches!(
                    normalize::clean(&words[i + 2].plain).as_str(),
                    "أن" | "إن" | "ان" | "أنه" | "إنه" | "في" | "على" | "خلال" | "لـ"
                );
            // Two names as subject (وقالت مايا وانغ،): the second is the family name, unless
            // the first is a noun heading a construct (وأوضح قصر كينسنغتون أن).
            let two = !definite
                && i + 2 < n
                && adjacent(cx, i + 1, i + 2)
                && is_nameable(cx, i + 2)
                && !has_article(&words[i + 2])
                && !looks_common(&words[i + 2].plain)
                && !construct_head_noun(cx, i + 1)
                && tags[i + 2].place == 0
                && (i + 3 >= n || !adjacent(cx, i + 2, i + 3) || tags[i + 3].function());
            if two {
                return Some(Seed {
                    word: i + 2,
                    kind: NameKind::Person,
                    family: true,
                });
            } else if next_ok {
                return Some(Seed {
                    word: i + 1,
                    kind: NameKind::Person,
                    family: definite,
                });
            }
        }
    }
    None
}

/// True when word `j`, right after a reporting verb, is أبو and word `j + 1` the noun it heads,
/// written next to it without the article, nameable, and no place, title or function word (ورد
/// أبو صالحة بأن). Reason: أبو before a noun as the subject of a reporting verb is a kunya or a
/// family name in أبو (أبو مازن، أبو ردينة), the way a speaker is named, so the noun after it is
/// the name's key even when it has the shape of a common noun.
fn kunya_subject(cx: &Context, j: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let (Some(w), Some(next), Some(t)) = (words.get(j), words.get(j + 1), tags.get(j + 1)) else {
        return false;
    };
    matches!(w.plain.as_str(), "أبو" | "ابو")
        && adjacent(cx, j, j + 1)
        && is_nameable(cx, j + 1)
        && !has_article(next)
        && t.place == 0
        && t.title == 0
        && !t.function()
}

/// The person seed of a kunya at word `i`: أم or أبو written alone (no proclitic), then, next to
/// it, a given name of the list or العبد (عبد with the article, the kunya of a son named عبد ...),
/// the kunya standing where a name does (after punctuation, a title or a verb: no given name,
/// place, definite word or function word right before it). The seed is the family name after
/// the kunya, a nameable word without the article, no place or given name, where the name ends
/// ([`name_ends`]: أم العبد فلانة،) or unknown to the lexicon (أم العبد فلانة تبيع); None for a
/// kunya alone (خرجت أم كريم: كريم is the son's name, not hers). Reason: أم/أبو + a son's given
/// name is a person's kunya, the name a mother or father is called by, and a family name after
/// it closes that person's name, while the conjunction أم ("or") follows the first of two words of
/// one kind or a particle (سامي أم كريم، هل ... أم). None for any other word.
fn kunya_seed(cx: &Context, i: usize) -> Option<Seed> {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let w = words.get(i)?;
    let name = words.get(i + 1)?;
    let kunya_name = tags[i + 1].given == 1 || name.key == "العبد";
    // The conjunction أم follows the first of two of a kind (سامي أم كريم، القطار أم) or a
    // particle (هل، سواء): a given name, a place, a definite word or a function word.
    let slot = i == 0
        || !adjacent(cx, i - 1, i)
        || tags[i - 1].title > 0
        || !(tags[i - 1].given > 0
            || tags[i - 1].place > 0
            || tags[i - 1].function()
            || has_article(&words[i - 1]));
    if !(matches!(w.key.as_str(), "ام" | "ابو") && adjacent(cx, i, i + 1) && kunya_name && slot)
    {
        return None;
    }
    let family = i + 2 < words.len()
        && adjacent(cx, i + 1, i + 2)
        && is_nameable(cx, i + 2)
        && !has_article(&words[i + 2])
        && tags[i + 2].place == 0
        && tags[i + 2].given == 0
        && (name_ends(cx, i + 2) || ordinary_word_in(cx, &words[i + 2].plain) == Lexical::Unknown);
    family.then_some(Seed {
        word: i + 2,
        kind: NameKind::Person,
        family: true,
    })
}

/// True when word `j`, the definite subject right after a reporting verb, may be a family name
/// with the article: a nisba-shaped word (الزموري) or one in ta marbuta (الطراونة) that the Arabic
/// lexicon does not know and that is no place's nisba. Reason: the common nouns that stand in that
/// slot (المتحدث، المسؤول، الوزير، البيان) are words of the lexicon or titles, while Arabic family
/// names with the article are nisbas or ta marbuta forms a dictionary of ordinary words lacks.
fn definite_unknown_subject(cx: &Context, j: usize) -> bool {
    let p = cx.doc.words[j].plain.as_str();
    (p.ends_with('ي') || p.ends_with('ة'))
        && at_least_chars(p, 5)
        && !is_nisba_of_place(cx, j)
        && ordinary_word_in(cx, p) == Lexical::Unknown
}

/// What [`pattern_seeds`] reads of word `i` (bits of the `u8` kept per word): `i` and the next
/// word could both be part of a name without the article and are written next to each other.
const PAIR: u8 = 1;
/// Word `i` could start a full name: part of a name without the article, and a given name or a
/// word with no proclitic reading.
const LEAD: u8 = 2;
/// Word `i` is a place's nisba with the article, written next to the next word, which is no given
/// name (a nationality before a name).
const NATION: u8 = 4;
/// After a nationality, two words without the article where a name ends.
const NATION_TWO: u8 = 8;
/// After a nationality, one word without the article where a name ends.
const NATION_ONE: u8 = 16;

/// True when word `k` could be part of a name without the article: nameable, no place,
/// organisation noun or agency, not shaped like a common noun, no article.
fn bare_name_word(cx: &Context, k: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    k < words.len()
        && is_nameable(cx, k)
        && tags[k].place == 0
        && !tags[k].org_noun()
        && tags[k].agency().is_none()
        // Neither a common noun's ending nor the article: the spelling's.
        && tags[k].has_shape(crate::analysis::lexicon::shape::NOT_COMMON)
}

/// The flags of word `i` for [`pattern_seeds`] ([`PAIR`], [`LEAD`], [`NATION`], [`NATION_TWO`],
/// [`NATION_ONE`]); `bare` is [`bare_name_word`]. Reads words `i - 1` to `i + 3` only (and the
/// text between them); 0 for the last word.
fn pattern_flags(cx: &Context, i: usize, bare: &dyn Fn(usize) -> bool) -> u8 {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let n = words.len();
    if i + 1 >= n {
        return 0;
    }
    let mut f = 0;
    if bare(i) && bare(i + 1) && adjacent(cx, i, i + 1) {
        f |= PAIR;
    }
    if bare(i) && (tags[i].given > 0 || words[i].key_readings().len() == 1) {
        f |= LEAD;
    }
    let j = i + 1;
    if words[i].plain.starts_with("ال")
        && is_nisba(&words[i].plain)
        && is_nisba_of_place(cx, i)
        && adjacent(cx, i, j)
        && tags[j].given == 0
    {
        f |= NATION;
        if bare(j) && j + 1 < n && adjacent(cx, j, j + 1) && bare(j + 1) && name_ends(cx, j + 1) {
            f |= NATION_TWO;
        }
        if bare(j) && name_ends(cx, j) {
            f |= NATION_ONE;
        }
    }
    f
}

/// Seeds from two patterns that need no title or known given name:
/// - a nationality (a place's nisba) before a name: `الأسترالي كيفن كوسبر` (the last of one or two
///   names without the article is the family name);
/// - a pair of words without the article repeated as a pair (`تشاد هيرلي … تشاد هيرلي`): a full
///   name, unless its second word is the conjunction و on a hamza ([`conjunction_on_hamza`]:
///   إينشيري وآدرار, two places). These seeds only group identical keys (no article or transliteration variants), since
///   some repeated pairs are ordinary phrases.
///
/// What each word gives is [`pattern_flags`], taken from `kept` (the last version of an open
/// draft) where the words around are unchanged; returns the flags (one per word) to keep.
fn pattern_seeds(cx: &Context, kept: Option<&reuse::Kept>, out: &mut Vec<Seed>) -> Vec<u8> {
    let words = &cx.doc.words;
    let n = words.len();
    let flags: Vec<u8> = match kept {
        Some(k) => {
            let bare = |x: usize| bare_name_word(cx, x);
            k.flags(k.old_patterns(), reuse::BEFORE, 4, |i| {
                pattern_flags(cx, i, &bare)
            })
        }
        None => {
            // Each word's bare test is read by three words' flags: computed once.
            let table: Vec<bool> = (0..n).map(|k| bare_name_word(cx, k)).collect();
            let bare = |x: usize| table.get(x).copied().unwrap_or(false);
            (0..n).map(|i| pattern_flags(cx, i, &bare)).collect()
        }
    };
    // A word already seen with the article (النار … لإطلاق نار) is a common noun, not a name:
    // the first word whose key is ال + its key comes before it (from the per-key lists of word
    // indices, kept per open draft; only a nationality before a name asks it).
    let seen_with_article = |k: usize| {
        with_joined("ال", words[k].key.as_str(), |key| {
            cx.words_of_key(key).next().is_some_and(|first| first < k)
        })
    };
    let mut pairs: HashMap<(&str, &str), usize> = HashMap::default();
    for (i, &f) in flags.iter().enumerate().take(n.saturating_sub(1)) {
        if f & PAIR != 0 {
            *pairs
                .entry((words[i].key.as_str(), words[i + 1].key.as_str()))
                .or_default() += 1;
        }
        if f & NATION != 0 {
            let j = i + 1;
            if f & NATION_TWO != 0 && !seen_with_article(j) && !seen_with_article(j + 1) {
                out.push(Seed {
                    word: j + 1,
                    kind: NameKind::Person,
                    family: true,
                });
            } else if f & NATION_ONE != 0 && !seen_with_article(j) {
                out.push(Seed {
                    word: j,
                    kind: NameKind::Person,
                    family: true,
                });
            }
        }
    }
    if pairs.values().any(|&c| c >= 2) {
        for (i, &f) in flags.iter().enumerate().take(n.saturating_sub(1)) {
            // The first word of a full name is a given name, never a preposition + noun (بشكل كامل).
            if f & (PAIR | LEAD) == PAIR | LEAD
                && !conjunction_on_hamza(&words[i + 1].plain)
                && pairs
                    .get(&(words[i].key.as_str(), words[i + 1].key.as_str()))
                    .is_some_and(|&c| c >= 2)
            {
                out.push(Seed {
                    word: i + 1,
                    kind: NameKind::Person,
                    family: false,
                });
            }
        }
    }
    flags
}

/// True when `plain` (a word as written) is و followed by an alef with a hamza (وآدرار، وأحمد،
/// وإيران). Reason: Arabic writes a hamza on alef only at the start of a word, and a
/// transliteration writes "wa" as وا, so وأ، وإ، وآ is the conjunction "and" on a word of its own:
/// such a word after a name is a second name coordinated with it, never its family name.
fn conjunction_on_hamza(plain: &str) -> bool {
    plain
        .strip_prefix('و')
        .is_some_and(|rest| rest.starts_with(['أ', 'إ', 'آ']))
}

/// The plain spelling `plain` after its first `n` letters (the proclitics of a reading), borrowed:
/// the whole spelling when `n` is 0, empty when `n` is past its end.
fn plain_after(plain: &str, n: usize) -> &str {
    let at = plain.char_indices().nth(n).map_or(plain.len(), |(b, _)| b);
    // `at` is a char boundary from `char_indices` (or the end).
    plain.get(at..).unwrap_or("")
}

/// [`plain_after`] as a mention's interned spelling: `plain` itself when `n` is 0 (no lookup),
/// else the thread's copy of the rest (a word the thread has usually interned already).
fn plain_text_after(plain: Text, n: usize) -> Text {
    if n == 0 {
        plain
    } else {
        Text::new(plain_after(&plain, n))
    }
}

/// Per word of the document: true when `candidate` holds for it and one of its readings could take
/// part in [`foreign_seeds`] (written in more than one way in the story, or with a near variant
/// among the other words). Done without the lexicon, so that only those words are looked up.
///
/// Each key (a reading of four letters or more without ال, with and without ال) is interned once;
/// a word remembers its keys' ids, so the second look at it needs no hashing. A word with a
/// reading that was not interned but could still be found (the لل reading; a short definite
/// reading, which can equal the bare key of a word written الال...) is looked up by text.
///
/// One analysis (the command line) runs this pass, whose tables borrow their keys from the words;
/// an open draft's analysis asks [`foreign::Index`], kept between versions, which gives the same
/// flags (its unit test compares the two after random edits).
///
/// Long: interning keys and marking the words (near variants are paired by [`partnered_keys`])
/// share the id tables (`ids`, `info`, `word_ids`) in one pass, which keeps the per-word memory
/// small.
fn interesting_words(cx: &Context, candidate: &dyn Fn(usize) -> bool) -> Vec<bool> {
    let words = &cx.doc.words;
    // The candidate words, in order (asked once per word).
    let candidates: Vec<usize> = (0..words.len()).filter(|&i| candidate(i)).collect();
    // Key -> id; per id: (key, first spelling, written in more than one way). Grown as keys come:
    // a long draft repeats its words, and tables sized for one key per candidate were the peak of
    // memory on a 5 MB draft (24 MB for some 30,000 distinct keys).
    let mut ids: HashMap<&str, u32> = HashMap::default();
    let mut info: Vec<(&str, &str, bool)> = Vec::new();
    // Per candidate word in order: its number of ids in `word_ids`.
    let mut id_count: Vec<u8> = Vec::with_capacity(candidates.len());
    let mut word_ids: Vec<u32> = Vec::with_capacity(candidates.len());
    // Candidate words with a reading to look up by text (`late`), or with a short definite reading
    // (`short_definite`, looked up only when a bare key starts with ال).
    let mut late: Vec<bool> = vec![false; words.len()];
    let mut short_definite: Vec<usize> = Vec::new();
    let mut bare_with_article = false;
    for &i in &candidates {
        let w = &words[i];
        let before = word_ids.len();
        let mut short = false;
        for (n, r) in &w.key_readings() {
            let Some(r) = r.as_borrowed() else {
                late[i] = true;
                continue;
            };
            let bare = r.strip_prefix("ال").unwrap_or(r);
            if !at_least_chars(bare, 4) {
                short |= r.starts_with("ال");
                continue;
            }
            let sp = plain_after(&w.plain, *n);
            // Without the article the reading is its own bare key: interned once.
            let keys = if bare.len() == r.len() {
                &[r][..]
            } else {
                &[r, bare][..]
            };
            for &k in keys {
                let id = match ids.entry(k) {
                    std::collections::hash_map::Entry::Occupied(e) => {
                        let id = *e.get();
                        let x = &mut info[id as usize];
                        x.2 |= x.1 != sp;
                        id
                    }
                    std::collections::hash_map::Entry::Vacant(e) => {
                        let id = info.len() as u32;
                        e.insert(id);
                        info.push((k, sp, false));
                        bare_with_article |= k == bare && k.starts_with("ال");
                        id
                    }
                };
                if !word_ids[before..].contains(&id) {
                    word_ids.push(id);
                }
            }
        }
        id_count.push((word_ids.len() - before) as u8);
        if short {
            short_definite.push(i);
        }
    }
    let partnered = partnered_keys(&info);
    if bare_with_article {
        for i in short_definite {
            late[i] = true;
        }
    }
    let by_text = |k: &str| ids.get(k).map(|&id| id as usize);
    let mut out = vec![false; words.len()];
    let mut at = 0;
    // The candidates again, in the same order as `id_count`.
    for (&i, &count) in candidates.iter().zip(&id_count) {
        let mine = &word_ids[at..at + usize::from(count)];
        at += usize::from(count);
        out[i] = if late[i] {
            words[i].key_readings().iter().any(|(_, r)| {
                let bare = r.strip_prefix("ال").unwrap_or(r);
                by_text(r).is_some_and(|id| info[id].2)
                    || by_text(bare).is_some_and(|id| info[id].2 || partnered[id])
            })
        } else {
            mine.iter()
                .any(|&id| info[id as usize].2 || partnered[id as usize])
        };
    }
    out
}

/// Per interned key of [`interesting_words`] (`info`: key, first spelling, written in more than
/// one way): true when it is a bare key (no ال, four letters or more) with a near variant among
/// the other bare keys ([`near_variant`]), found by bucket ([`bucket_key`]).
fn partnered_keys(info: &[(&str, &str, bool)]) -> Vec<bool> {
    // Bare keys with a near variant among the other bare keys, by bucket.
    // Keys are only spelled out as characters in buckets of two or more.
    // (bucket, id), sorted: a bucket's keys are one run.
    let mut by_bucket: Vec<(u64, u32)> = info
        .iter()
        .enumerate()
        .filter(|(_, (k, _, _))| !k.starts_with("ال") && at_least_chars(k, 4))
        .map(|(id, (k, _, _))| (bucket_key_str(k), id as u32))
        .collect();
    // Only a bucket of two keys or more is compared: the keys alone in theirs are dropped first
    // (counting buckets costs less than sorting every key).
    let mut per_bucket: HashMap<u64, u32> =
        HashMap::with_capacity_and_hasher(by_bucket.len(), Default::default());
    for &(b, _) in &by_bucket {
        *per_bucket.entry(b).or_default() += 1;
    }
    by_bucket.retain(|(b, _)| per_bucket.get(b).is_some_and(|&c| c >= 2));
    by_bucket.sort_unstable();
    let mut partnered: Vec<bool> = vec![false; info.len()];
    // The run's keys spelled out one after another in `flat` (one buffer for every run), each at
    // its `spans` entry.
    let mut flat: Vec<char> = Vec::new();
    let mut spans: Vec<Range<usize>> = Vec::new();
    // The run's keys (indices into `spans`) in order of length.
    let mut by_len: Vec<usize> = Vec::new();
    for run in by_bucket
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|r| r.len() >= 2)
    {
        flat.clear();
        spans.clear();
        for &(_, id) in run {
            let start = flat.len();
            flat.extend(info[id as usize].0.chars());
            spans.push(start..flat.len());
        }
        // Near variants differ in length by one letter at most ([`near_variant`]): with the
        // run's keys in order of length, each is compared only with the keys of its length and
        // of the lengths next to it, not with the whole run.
        by_len.clear();
        by_len.extend(0..spans.len());
        by_len.sort_by_key(|&x| spans[x].len());
        for (a, sa) in spans.iter().enumerate() {
            let ka = &flat[sa.clone()];
            if within_one_letter(&by_len, |x| spans[x].len(), ka.len()).any(|o| {
                let o = &flat[spans[o].clone()];
                o != ka && near_variant(o, ka)
            }) {
                partnered[run[a].1 as usize] = true;
            }
        }
    }
    partnered
}

/// The items of `sorted` (indices, in increasing order of `len_of`) whose length is within one
/// of `len` (`len - 1 ..= len + 1`), found by binary search: the only keys that can be a
/// [`near_variant`] of a key of `len` letters. Cost: logarithmic in `sorted`, plus the items
/// returned.
fn within_one_letter(
    sorted: &[usize],
    len_of: impl Fn(usize) -> usize,
    len: usize,
) -> impl Iterator<Item = usize> + '_ {
    let from = sorted.partition_point(|&x| len_of(x) + 1 < len);
    let to = sorted.partition_point(|&x| len_of(x) <= len + 1);
    sorted.get(from..to).unwrap_or(&[]).iter().copied()
}

/// Words the Arabic lexicon does not know, written in two ways in one story: with and without the
/// article (بوينغ/البوينغ، غارديان/الغارديان) or with two hamza seats (إيروفلوت/ايروفلوت). Ordinary
/// nouns and their definite and construct states are words of the lexicon, so a word outside it
/// that the story writes both ways is a foreign name or a transliteration, and one name. The seed is
/// an occurrence without a proclitic (an organisation, whose mentions with and without ال group).
///
/// Long: one pass over the words fills five tables of borrowed keys (see the comments at the top),
/// and each rule after it reads several of them; split, the tables would all travel as parameters.
#[inline(never)]
fn foreign_seeds(cx: &Context, kept: Option<&reuse::Kept>, out: &mut Vec<Seed>) {
    use foreign::Item;
    let words = &cx.doc.words;
    // Proclitic readings are computed where they are needed, not kept for every word: a vector of
    // them would cost about 100 bytes per word of the document (the memory budget of issue 10).
    // Every key and spelling below is a slice of a word's interned key or spelling (a reading
    // used here is written in its word, so it is a slice of the word's key): what each word adds
    // is its part ([`foreign_part`]), kept per open draft ([`foreign::Parts`]).
    // Bare key (ال set aside) -> (a spelling with the article seen, one without, an occurrence
    // without proclitic, in a name slot).
    let mut groups: HashMap<&str, (bool, bool, Option<usize>, bool)> = HashMap::default();
    // Bare key -> occurrences.
    let mut counts: HashMap<&str, usize> = HashMap::default();
    // Identity key (article kept) -> (plain spellings, an occurrence without proclitic).
    let mut identical: HashMap<&str, (Spellings, Option<usize>)> = HashMap::default();
    // Identity key of a word of the lexicon -> (plain spellings, first occurrence, ever alone in
    // quotation marks).
    let mut quoted: HashMap<&str, (Spellings, Option<usize>, bool)> = HashMap::default();
    // Bare key -> an occurrence without proclitic, for transliteration variants.
    let mut translit_keys: HashMap<&str, Option<usize>> = HashMap::default();
    let candidate = |i: usize| foreign_candidate(cx, i);
    let interesting = match kept {
        Some(kept) => kept.interesting(cx, &candidate),
        None => interesting_words(cx, &candidate),
    };
    // Word `i`'s part into the tables, in the order the words come.
    let mut add = |i: usize, part: &[Item]| {
        for item in part {
            match *item {
                Item::Quoted {
                    reading,
                    spelling,
                    alone,
                } => {
                    let q = quoted.entry(reading).or_default();
                    q.0.add(spelling);
                    q.1.get_or_insert(i);
                    q.2 |= alone;
                }
                Item::Same {
                    reading,
                    spelling,
                    whole,
                } => {
                    let same = identical.entry(reading).or_default();
                    same.0.add(spelling);
                    if whole && same.1.is_none() {
                        same.1 = Some(i);
                    }
                }
                Item::Count { bare, whole } => {
                    *counts.entry(bare).or_default() += 1;
                    let first = translit_keys.entry(bare).or_insert(None);
                    if whole && first.is_none() {
                        *first = Some(i);
                    }
                }
                Item::Group {
                    bare,
                    article,
                    whole,
                    slot,
                } => {
                    let g = groups.entry(bare).or_default();
                    g.0 |= article;
                    g.1 |= !article;
                    if whole && g.2.is_none() {
                        g.2 = Some(i);
                    }
                    g.3 |= slot;
                }
            }
        }
    };
    match kept {
        // An open draft: the parts of the words the last version kept are taken again.
        Some(kept) => {
            let (old, span) = kept.foreign_parts();
            let mut parts = foreign::Parts::renew(old, span, words.len());
            for (i, _) in interesting.iter().enumerate().filter(|(_, w)| **w) {
                let part = parts.part(i, |items| foreign_part(cx, i, items));
                // (Test builds check every kept part against a fresh one.)
                #[cfg(any(test, debug_assertions))]
                {
                    let mut fresh = Vec::new();
                    foreign_part(cx, i, &mut fresh);
                    assert_eq!(part, &fresh[..], "kept foreign part differs");
                }
                add(i, part);
            }
            kept.keep_foreign_parts(parts);
        }
        None => {
            let mut part = Vec::new();
            for (i, _) in interesting.iter().enumerate().filter(|(_, w)| **w) {
                part.clear();
                foreign_part(cx, i, &mut part);
                add(i, &part);
            }
        }
    }
    // Two words outside the lexicon that are near variants of each other (سركيسيان … ثركيسيان):
    // a transliterated name and a second transliteration of it.
    let mut translit: Vec<usize> = Vec::new();
    {
        // Bucket -> (bare key, an occurrence without proclitic); the keys are spelled out as
        // characters only in buckets of two or more.
        let mut by_bucket: HashMap<u64, Vec<(&str, Option<usize>)>> = HashMap::default();
        for (bare, first) in &translit_keys {
            by_bucket
                .entry(bucket_key_str(bare))
                .or_default()
                .push((bare, *first));
        }
        for list in by_bucket.values().filter(|l| l.len() >= 2) {
            let list: Vec<(Vec<char>, usize, Option<usize>)> = list
                .iter()
                .map(|(k, first)| (k.chars().collect(), 0, *first))
                .collect();
            // The keys in order of length: each is compared only with those within one letter
            // of its length, the only ones that can be near variants of it.
            let mut by_len: Vec<usize> = (0..list.len()).collect();
            by_len.sort_by_key(|&x| list[x].0.len());
            for (a, (ka, _, first)) in list.iter().enumerate() {
                let Some(first) = first else { continue };
                let count = |k: &[char]| {
                    counts
                        .get(k.iter().collect::<String>().as_str())
                        .copied()
                        .unwrap_or(0)
                };
                // The seed is the spelling used more (the first, on a tie); the other is the
                // variant.
                // A loanword written with the article only (never bare) is an Arabic noun and
                // takes Arabic's broken plural ([`broken_plural_pair`]: السنتر/السناتر), so two
                // such words that differ by its infix are a noun and its plural, two words, not
                // one name transliterated twice (a foreign name takes no article).
                let definite_plural = |x: &[char], y: &[char]| {
                    let (x, y): (String, String) = (x.iter().collect(), y.iter().collect());
                    let definite = |k: &str| groups.get(k).is_some_and(|g| g.0 && !g.1);
                    definite(&x) && definite(&y) && broken_plural_pair(&x, &y)
                };
                let near = within_one_letter(&by_len, |x| list[x].0.len(), ka.len());
                if near.map(|b| (b, &list[b])).any(|(b, (kb, _, kfirst))| {
                    a != b
                        && (ka.len().max(kb.len()) >= 5 || ka.len() == kb.len())
                        && near_variant(ka, kb)
                        && !definite_plural(ka, kb)
                        && (count(ka) > count(kb)
                            || (count(ka) == count(kb) && kfirst.is_none_or(|f| *first < f)))
                }) {
                    translit.push(*first);
                }
            }
        }
    }
    // Written with and without the article (الغارديان/غارديان): the article is part of the name
    // of a paper, party or company. Spellings that differ only otherwise (hamza seats) are left to
    // `same` below, which keeps them people.
    // The bare spelling may be a word of the lexicon that the definite one is not (فينجر read as
    // ف + ينجر, روشا; الفينجر، الروشا unknown): see [`article_on_non_noun`].
    let mut seeds: Vec<usize> = groups
        .iter()
        .filter(|&(key, &(article, bare, _, slot))| {
            slot && article && (bare || article_on_non_noun(&quoted, key))
        })
        .filter_map(|(_, &(_, _, first, _))| first)
        .collect();
    // One word outside the lexicon, even with its hamza and ى/ي folded, written with two hamza
    // seats, ة/ه or ى/ي (الحرشاني/الحرشانى): not an Arabic word, so a name spelled two ways.
    let mut same: Vec<usize> = identical
        .into_values()
        .filter(|(spellings, _)| spellings.two)
        .filter_map(|(_, first)| first)
        .collect();
    // A word of the lexicon set alone inside quotation marks is the title of a newspaper, site or
    // work («الحياة»، "بوصلة"): written with two hamza seats, ة/ه or ى/ي, it is a name spelled
    // two ways.
    let mut titles: Vec<usize> = quoted
        .into_values()
        .filter(|(spellings, _, q)| spellings.two && *q)
        .filter_map(|(_, first, _)| first)
        .collect();
    titles.sort_unstable();
    for word in titles {
        out.push(Seed {
            word,
            kind: NameKind::Org,
            family: false,
        });
    }
    same.sort_unstable();
    for word in same {
        out.push(Seed {
            word,
            kind: NameKind::Person,
            family: false,
        });
    }
    for word in translit {
        out.push(Seed {
            word,
            kind: NameKind::Person,
            family: false,
        });
    }
    seeds.sort_unstable();
    for word in seeds {
        out.push(Seed {
            word,
            kind: NameKind::Org,
            family: true,
        });
    }
}

/// True when `bare` (a bare key of [`foreign_seeds`] whose definite spelling the lexicon does not
/// know) is also written in the story alone, with no proclitic, as a word of the lexicon: `quoted`
/// is that pass's table of the lexicon's words by identity key. Reason: a noun of the lexicon
/// has its definite form there too, so a bare spelling the lexicon knows only as another kind
/// of word (فينجر read as ف + ينجر, a verb with its conjunction), whose definite form is no
/// Arabic word, is a transliterated name, and a foreign name takes no article: the two spellings
/// are one name written two ways.
fn article_on_non_noun<V>(quoted: &HashMap<&str, V>, bare: &str) -> bool {
    quoted.contains_key(bare)
}

/// Whether the spellings met for one key are two or more (compared as strings), which is all
/// [`foreign_seeds`] asks of them.
#[derive(Debug, Default)]
struct Spellings {
    /// The first spelling met.
    first: Option<&'static str>,
    /// A second, different spelling was met.
    two: bool,
}

impl Spellings {
    /// Notes spelling `s`.
    fn add(&mut self, s: &'static str) {
        match self.first {
            None => self.first = Some(s),
            Some(f) => self.two |= f != s,
        }
    }
}

/// Appends to `out` what word `i` of `cx`'s document adds to the tables of [`foreign_seeds`]
/// when it is interesting ([`foreign::Item`], in the order the pass meets them): per reading of
/// four letters or more without ال, a word of the lexicon its identity reading (and stops), a
/// word outside it its reading and spelling, its bare key unless shaped like a common noun, and
/// its bare key for the article test unless shaped like an adjective or in construct before a
/// place. Reads word `i`, the words before and after it (tags, readings, whether there is one)
/// and the text between them, and the lexicon: an open draft keeps it per word
/// ([`foreign::Parts`]).
fn foreign_part(cx: &Context, i: usize, out: &mut Vec<foreign::Item>) {
    use foreign::Item;
    let w = &cx.doc.words[i];
    let plain = w.plain.as_str();
    // The readings of the interned key, so that each is a slice of it for the life of the
    // process (what `Word::key_readings` gives).
    let readings =
        crate::text::token::proclitic_readings(w.key.as_str(), w.kind() == WordKind::Arabic);
    let mut unknown = None;
    let mut shaped_common = false;
    for (n, r) in &readings {
        // The لل reading restores an alef that is not written: it has no spelling here.
        let Some(r) = r.as_borrowed() else {
            continue;
        };
        let bare = r.strip_prefix("ال").unwrap_or(r);
        if !at_least_chars(bare, 4) {
            continue;
        }
        // Asked once per word, and only for words that could be names.
        let unknown =
            *unknown.get_or_insert_with(|| ordinary_word_in(cx, plain) == Lexical::Unknown);
        if !unknown {
            if *n == 0 {
                out.push(Item::Quoted {
                    reading: r,
                    spelling: plain,
                    alone: quoted_alone(cx, i),
                });
            }
            break;
        }
        let spelling = plain_after(plain, *n);
        out.push(Item::Same {
            reading: r,
            spelling,
            whole: *n == 0,
        });
        // A word shaped like a common noun or adjective (below) keeps only its spellings,
        // under each of its readings: with a proclitic (بالصويرة) the word's own spelling
        // is the reading after it, which `same` must compare with the word written alone.
        if shaped_common {
            continue;
        }
        if !looks_common(spelling) {
            out.push(Item::Count {
                bare,
                whole: *n == 0,
            });
        }
        // Feminine, plural and nisba endings are the shapes of adjectives and common nouns,
        // which take the article by agreement (حوثي/الحوثية، الميليشيات).
        if looks_common(spelling) || bare.ends_with('ي') || bare.ends_with("يه") {
            shaped_common = true;
            continue;
        }
        // Without the article and before a place name, a noun is in construct with it
        // («سوبر» لندن beside «السوبر»): the article is grammar there, not spelling.
        if !r.starts_with("ال") && construct_before_place(cx, i) {
            break;
        }
        out.push(Item::Group {
            bare,
            article: spelling.starts_with("ال"),
            whole: *n == 0,
            slot: name_slot(cx, i),
        });
    }
}

/// True when word `i` of `cx`'s document may be a foreign name to [`foreign_seeds`]: an Arabic
/// word of four letters or more that the lexicon tags as no function word, reporting cue,
/// title, given name, place or anonymous source. Reads the word and its tags only.
fn foreign_candidate(cx: &Context, i: usize) -> bool {
    let w = &cx.doc.words[i];
    let t = &cx.lex.words[i];
    !(w.kind() != WordKind::Arabic
        || t.function()
        || t.is_cue()
        || t.title > 0
        || t.given > 0
        || t.place > 0
        || t.anonymous > 0
        || !at_least_chars(&w.plain, 4))
}

/// True when word `i` is followed by a listed place with only spaces, quotation marks or brackets
/// between (the genitive of a construct: «سوبر» لندن).
fn construct_before_place(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    let gap_ok = cx
        .doc
        .prose()
        .get(words[i].end()..next.start())
        .is_some_and(|g| {
            g.chars()
                .all(|c| c.is_whitespace() || matches!(c, '«' | '»' | '"' | '“' | '”'))
        });
    gap_ok && cx.lex.words[i + 1].place > 0
}

/// True when word `i` stands alone between an opening and a closing quotation mark or bracket
/// («الحياة»، "بوصلة"، (مانشافت)), with only spaces besides.
fn quoted_alone(cx: &Context, i: usize) -> bool {
    let text = cx.doc.prose();
    let words = &cx.doc.words;
    let w = &words[i];
    let before = if i > 0 {
        text.get(words[i - 1].end()..w.start())
    } else {
        text.get(..w.start())
    };
    let after = match words.get(i + 1) {
        Some(n) => text.get(w.end()..n.start()),
        None => text.get(w.end()..),
    };
    before.is_some_and(|g| g.trim_end().ends_with(['«', '"', '“', '(']))
        && after.is_some_and(|g| g.trim_start().starts_with(['»', '"', '”', ')']))
}

/// True when word `i` stands where a name stands: right after an organisation or place noun
/// (شركة بوينغ، صحيفة الغارديان), a title or a reporting verb, with at most a quotation mark or a
/// bracket between, or alone inside brackets or quotation marks ((مانشافت)، "إيروفلوت"). A loanword
/// used as a common noun (الترويكا، سوبر) has no such slot.
fn name_slot(cx: &Context, i: usize) -> bool {
    let text = cx.doc.prose();
    let words = &cx.doc.words;
    let w = &words[i];
    let marks = ['«', '»', '"', '“', '”', '(', ')', '\''];
    let only = |gap: &str| gap.chars().all(|c| c.is_whitespace() || marks.contains(&c));
    let before = if i > 0 {
        text.get(words[i - 1].end()..w.start())
    } else {
        text.get(..w.start())
    };
    let after = match words.get(i + 1) {
        Some(n) => text.get(w.end()..n.start()),
        None => text.get(w.end()..),
    };
    let opens = |g: &str| g.trim_end().ends_with(['«', '"', '“', '(']);
    let closes = |g: &str| g.trim_start().starts_with(['»', '"', '”', ')']);
    if let (Some(b), Some(a)) = (before, after)
        && opens(b)
        && closes(a)
    {
        return true;
    }
    if i == 0 || !before.is_some_and(only) {
        return false;
    }
    let p = &cx.lex.words[i - 1];
    let prev = cx.doc.words[i - 1].key_readings();
    let stem = prev.last().map(|(_, r)| r.as_str()).unwrap_or("");
    p.org_noun() || p.title > 0 || p.verb() || is_org_lead(stem) || is_place_noun(stem)
}

/// The keys of the definite words (ال and three letters or more) that the story writes once
/// with a Persian letter (ی، ک) and elsewhere with the Arabic one: a Persian letter is a keyboard
/// slip, never grammar, so the two are one word spelled two ways even when the word is one the
/// function-word list keeps out of name slots (المدينة، العسكري); the article leaves out the
/// particles (فی، کان). Empty when the story has no Persian letter.
fn persian_twins(cx: &Context) -> rustc_hash::FxHashSet<Text> {
    let words = &cx.doc.words;
    let persian: rustc_hash::FxHashSet<&str> = words
        .iter()
        .filter(|w| has_persian_letter(&w.plain))
        .map(|w| w.key.as_str())
        .filter(|k| k.starts_with("ال") && at_least_chars(k, 5))
        .collect();
    if persian.is_empty() {
        return Default::default();
    }
    words
        .iter()
        .filter(|w| {
            w.kind() == WordKind::Arabic
                && !w
                    .plain
                    .chars()
                    .any(crate::text::chars::is_persian_lookalike)
                && persian.contains(w.key.as_str())
        })
        .map(|w| Text::from(w.key.as_str()))
        .collect()
}

/// True when word `j`, written in Arabic letters where the story also writes it with a Persian
/// lookalike letter, may be a person's name: a listed given name, or a word the dictionary does
/// not hold as written (شمخاني). Reason: a lookalike letter is the Arabic letter typed on a
/// Persian keyboard, so it tells nothing of whether the word names a person; a common word typed
/// both ways (الحکومة beside الحكومة) is one word spelled two ways, which, being a common noun, is
/// at most the name of a body or a place (الحكومة، المدينة), not a person.
fn persian_twin_may_name(cx: &Context, j: usize) -> bool {
    cx.lex.words[j].given > 0 || ordinary_word_in(cx, &cx.doc.words[j].plain) != Lexical::Exact
}

/// False when no word of a document whose masked text is `prose` can have a Persian letter in
/// its plain spelling ([`has_persian_letter`]), true when one may: a word's plain spelling is
/// made of its own characters in `prose` (harakat, tatweel and invisible characters dropped; a
/// combining hamza or madda composed with the letter before it, which gives a letter of
/// U+0680–U+06FF only from a base already there) and of the letters its presentation forms fold
/// to, so without a byte DA or DB (the lead bytes of U+0680–U+06FF in UTF-8) and without a byte
/// EF (the lead byte of U+F000–U+FFFF, the presentation forms among them) no word has one. One
/// vectorised scan of the bytes, where asking every word's spelling is a loop over the words.
fn may_have_persian_letter(prose: &str) -> bool {
    memchr::memchr3(0xDA, 0xDB, 0xEF, prose.as_bytes()).is_some()
}

/// True when `plain` has a Persian or Urdu lookalike letter ([`crate::text::chars::is_persian_lookalike`]).
/// Those letters are U+06A9..U+06D5, whose UTF-8 lead byte is 0xDA or 0xDB: a word without such a
/// byte (nearly every word) is answered without decoding it.
fn has_persian_letter(plain: &str) -> bool {
    plain.bytes().any(|b| b == 0xDA || b == 0xDB)
        && plain.chars().any(crate::text::chars::is_persian_lookalike)
}

/// Seeds from words written with a Persian letter whose Arabic-letter twin is in the story (see
/// [`persian_twins`], given as `twins`).
fn persian_seeds(cx: &Context, twins: &rustc_hash::FxHashSet<Text>, out: &mut Vec<Seed>) {
    let words = &cx.doc.words;
    let has_persian = |w: &crate::text::Word| has_persian_letter(&w.plain);
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    for (i, w) in words.iter().enumerate() {
        if w.kind() == WordKind::Arabic
            && !has_persian(w)
            && (!cx.lex.words[i].function() || twins.contains(w.key.as_str()))
        {
            by_key.entry(w.key.as_str()).or_insert(i);
        }
    }
    for w in words.iter().filter(|w| has_persian(w)) {
        for (_, r) in w.key_readings() {
            if let Some(&j) = by_key.get(r.as_str()) {
                let kind = if cx.lex.words[j].place > 0 {
                    NameKind::Place
                } else if persian_twin_may_name(cx, j) {
                    NameKind::Person
                } else {
                    NameKind::Org
                };
                out.push(Seed {
                    word: j,
                    kind,
                    family: false,
                });
                break;
            }
        }
    }
}

/// Seeds from words that the story writes both with a final ة and with a final ه, where the
/// spelling in ة is no word of the lexicon, which knows it only with ه (بوقرة … بوقره: بوقره reads
/// as a word with the pronoun ـه attached), and where one mention stands in a name slot (right
/// after a given name, or [`name_slot`]). The seed is the first mention written alone, a person.
/// Reason: the pronoun ـه never alternates with ة on one word, and a feminine noun in ة is a word
/// of the lexicon, so a word in ة that the lexicon lacks is a name, and the same word with ه in
/// the same story is that name with the dots of its ta marbuta dropped (the classic slip). Cost:
/// one lexicon lookup per word of four letters or more ending in ة or ه ([`ta_marbuta_reading`]);
/// an open draft keeps that per-word answer (`flags`: [`surname_flags`] of every word, its
/// [`TA_MARBUTA`] bit, or `None` to ask every word here), so a version asks only the words near
/// its edit.
fn ta_marbuta_name_seeds(cx: &Context, flags: Option<&[u8]>, out: &mut Vec<Seed>) {
    let words = &cx.doc.words;
    // Identity key -> (spellings, first mention written alone, a mention in a name slot, the
    // reading has the article).
    let mut table: HashMap<&str, (Vec<&str>, Option<usize>, bool, bool)> = HashMap::default();
    for i in 0..words.len() {
        // The kept bit first: one byte read instead of the word's readings and a lookup.
        if flags.is_some_and(|f| f.get(i).is_none_or(|&b| b & TA_MARBUTA == 0)) {
            continue;
        }
        let Some((r, sp, alone, definite)) = ta_marbuta_reading(cx, i) else {
            continue;
        };
        let e = table.entry(r).or_default();
        if !e.0.contains(&sp) {
            e.0.push(sp);
        }
        if alone && e.1.is_none() {
            e.1 = Some(i);
        }
        e.2 |=
            (i > 0 && adjacent(cx, i - 1, i) && cx.lex.words[i - 1].given > 0) || name_slot(cx, i);
        e.3 = definite;
    }
    // A definite word needs no name slot (the article rules out the pronoun): in one it is a
    // person's family name, elsewhere a place (a town, a quarter or a club's home).
    let mut seeds: Vec<(usize, NameKind)> = table
        .into_values()
        .filter(|(sp, _, slot, definite)| {
            (*slot || *definite)
                && sp.iter().any(|s| s.ends_with('ة'))
                && sp.iter().any(|s| s.ends_with('ه'))
        })
        .filter_map(|(_, first, slot, _)| {
            first.map(|w| {
                (
                    w,
                    if slot {
                        NameKind::Person
                    } else {
                        NameKind::Place
                    },
                )
            })
        })
        .collect();
    seeds.sort_unstable_by_key(|s| s.0);
    for (word, kind) in seeds {
        out.push(Seed {
            word,
            kind,
            family: false,
        });
    }
}

/// The reading of word `i` that [`ta_marbuta_name_seeds`] counts, or `None`: for a candidate
/// word ([`foreign_candidate`]) ending in ة or ه, its first key reading whose spelling after the
/// proclitics is either, without the article and of four letters or more, known to the lexicon
/// with ة only by folding (بوقرة known as بوقره), or, with the article and of five letters or
/// more, unknown to the lexicon with ة (الدرعية: [`definite_unknown_in_ta_marbuta`]); returns
/// that key reading, that spelling, whether the word is written alone (no proclitic) and whether
/// the reading has the article. Reads word `i` alone (its spelling, key, kind and tags) and the
/// lexicon, so an open draft keeps the answer per word ([`TA_MARBUTA`] of [`surname_flags`]).
fn ta_marbuta_reading<'c>(cx: &'c Context, i: usize) -> Option<(&'c str, &'c str, bool, bool)> {
    let w = cx.doc.words.get(i)?;
    // The spelling's part first: one bit of the tags (`shape::TA_MARBUTA`).
    if !cx
        .lex
        .words
        .get(i)?
        .has_shape(crate::analysis::lexicon::shape::TA_MARBUTA)
        || !foreign_candidate(cx, i)
    {
        return None;
    }
    ta_marbuta_spelling(w)
}

/// The part of [`ta_marbuta_reading`] that reads the word's spelling and the lexicon alone (not
/// its tags): for `w` ending in ة or ه, its first key reading as described there, with that
/// spelling, whether it is written alone and whether the reading has the article; `None` when
/// none. Asked once per spelling for [`crate::analysis::lexicon::shape::TA_MARBUTA`].
fn ta_marbuta_spelling(w: &crate::text::Word) -> Option<(&str, &str, bool, bool)> {
    if !(w.plain.ends_with('ة') || w.plain.ends_with('ه')) {
        return None;
    }
    for (n, r) in &w.key_readings() {
        let Some(r) = r.as_borrowed() else {
            continue;
        };
        let sp = plain_after(&w.plain, *n);
        let Some(stem) = sp.strip_suffix(['ة', 'ه']) else {
            continue;
        };
        if r.starts_with("ال") {
            if sp.starts_with("ال") && definite_unknown_in_ta_marbuta(stem) {
                return Some((r, sp, *n == 0, true));
            }
            continue;
        }
        if !at_least_chars(sp, 4) {
            continue;
        }
        if with_joined(stem, "ة", ordinary_word) != Lexical::Folded {
            continue;
        }
        return Some((r, sp, *n == 0, false));
    }
    None
}

/// True when `stem` (a definite word as written after its proclitics, its final ة or ه taken
/// off: الدرعي) has at least four letters and the lexicon does not know it with ة (الدرعية), even
/// by folding. Reason: a feminine noun or adjective in ة with the article is a word of the
/// lexicon, so a definite word in ة it lacks is a name (a town, a club, a family), and the article
/// rules out reading a final ه as the pronoun ـه: the same word in ه is that name with the dots of
/// its ta marbuta dropped.
fn definite_unknown_in_ta_marbuta(stem: &str) -> bool {
    at_least_chars(stem, 4) && with_joined(stem, "ة", ordinary_word) == Lexical::Unknown
}

/// True when `plain` (a word as written) has a letter outside the Arabic alphabet that
/// [`arabic_for_foreign_letter`] maps (گ ڨ چ ڤ). Reads the word alone.
fn foreign_letter_word(plain: &str) -> bool {
    // گ ڨ چ ڤ are U+0686..U+06AF: lead byte 0xDA in UTF-8, which nearly no word has.
    plain.bytes().any(|b| b == 0xDA)
        && plain
            .chars()
            .any(|c| !arabic_for_foreign_letter(c).is_empty())
}

/// The Arabic letters that write the sound of a letter outside the Arabic alphabet: گ and ڨ (g)
/// and چ (ch, Iraqi g/k) as ك، ج، غ or ق, ڤ (v) as ف. Source: the transliteration classes of
/// [`translit_class`]. Empty for any other letter.
fn arabic_for_foreign_letter(c: char) -> &'static [char] {
    match c {
        'گ' | 'ڨ' | 'چ' => &['ك', 'ج', 'غ', 'ق'],
        'ڤ' => &['ف'],
        _ => &[],
    }
}

/// Seeds from words written with a letter outside the Arabic alphabet (گ، ڨ، چ، ڤ) whose spelling
/// with an Arabic letter in its place is also in the story (گرميان … كرميان، الچبايش … الجبايش):
/// the seed is the Arabic-letter word, a place when the list knows it, a person otherwise.
/// Reason: those letters write only names and loanwords carried over from Persian, Kurdish or
/// European languages, or Maghrebi and Iraqi speech, so the two words are one name spelled two
/// ways even when the Arabic spelling happens to be an ordinary word too (كرميان "like two
/// throwers"). At most four such letters are replaced in a word (256 spellings); cost linear in
/// the words of the story. Nearly no story has such a letter: an open draft keeps, per word,
/// whether it has one (`flags`: [`surname_flags`] of every word, its [`FOREIGN_LETTER`] bit, or
/// `None` to read every word here), so a version without any reads one byte a word.
fn foreign_letter_seeds(cx: &Context, flags: Option<&[u8]>, out: &mut Vec<Seed>) {
    let words = &cx.doc.words;
    let foreign = |p: &str| foreign_letter_word(p);
    // The kept bits first (one byte a word) when an open draft has them.
    let any = match flags {
        Some(f) => f.iter().any(|&b| b & FOREIGN_LETTER != 0),
        None => words.iter().any(|w| foreign(&w.plain)),
    };
    if !any {
        return;
    }
    let mut by_key: HashMap<&str, usize> = HashMap::default();
    for (i, w) in words.iter().enumerate() {
        if w.kind() == WordKind::Arabic && !foreign(&w.plain) && !cx.lex.words[i].function() {
            by_key.entry(w.key.as_str()).or_insert(i);
        }
    }
    let mut seeded: Vec<usize> = Vec::new();
    for w in words.iter().filter(|w| foreign(&w.plain)) {
        for (_, r) in w.key_readings() {
            let letters: Vec<char> = r.chars().collect();
            let spots: Vec<usize> = (0..letters.len())
                .filter(|&k| !arabic_for_foreign_letter(letters[k]).is_empty())
                .collect();
            if spots.is_empty() || spots.len() > 4 || letters.len() < 4 {
                continue;
            }
            // Every spelling with Arabic letters in the foreign letters' places, counted in base
            // four (a place with fewer choices repeats its last).
            let mut found = None;
            let mut spelled = letters.clone();
            for code in 0..4usize.pow(spots.len() as u32) {
                let mut c = code;
                for &k in &spots {
                    let choices = arabic_for_foreign_letter(letters[k]);
                    spelled[k] = choices[(c % 4).min(choices.len() - 1)];
                    c /= 4;
                }
                let key: String = spelled.iter().collect();
                if let Some(&j) = by_key.get(key.as_str()) {
                    found = Some(j);
                    break;
                }
            }
            if let Some(j) = found {
                if !seeded.contains(&j) {
                    seeded.push(j);
                    let kind = if cx.lex.words[j].place > 0 {
                        NameKind::Place
                    } else {
                        NameKind::Person
                    };
                    out.push(Seed {
                        word: j,
                        kind,
                        family: false,
                    });
                }
                break;
            }
        }
    }
}

/// True when `plain` is an ordinary word with the preposition ل، ب or ك attached (لتقديم، بنجاح):
/// a preposition starts a complement, so such a word never continues a person's full name.
fn preposition_on_word(plain: &str) -> bool {
    let Some(rest) = plain.strip_prefix(['ل', 'ب', 'ك']) else {
        return false;
    };
    at_least_chars(rest, 3)
        && ordinary_word(rest) == Lexical::Exact
        && ordinary_word(plain) != Lexical::Unknown
}

/// Strong evidence that a seed is a name: a listed place or organisation, or a person's name with
/// a given name (or عبد/أبو/بن) among the three words before it, or after a title and one more
/// word ([`titled_full_name`]). Titles, reporting verbs and
/// organisation nouns alone are weak: an ordinary noun often follows them.
fn strong_seed(cx: &Context, s: &Seed) -> bool {
    let t = &cx.lex.words[s.word];
    match s.kind {
        NameKind::Place => t.place > 0,
        NameKind::Org => {
            t.agency().is_some()
                || cx.doc.words[s.word]
                    .key_readings()
                    .iter()
                    .any(|(_, r)| cx.profile.organisations.contains(r.as_str()))
        }
        NameKind::Person => {
            t.given > 0
                || titled_full_name(cx, s.word)
                || apposed_full_name(cx, s.word)
                || (s.word.saturating_sub(3)..s.word).any(|k| {
                    cx.lex.words[k].given > 0
                        || matches!(
                            cx.doc.words[k].plain.as_str(),
                            "عبد" | "أبو" | "ابو" | "بن" | "ابن"
                        )
                })
        }
    }
}

/// True when `written` (a word as written, proclitics included) and the entity key `key` are the
/// definite and indefinite (or construct) states of one ordinary noun (المهرجان/مهرجان، الركود/ركود):
/// both are words of the lexicon, so the article is grammar, not a second spelling of a name.
fn common_noun_states(written: &str, key: &str) -> bool {
    ordinary_word(written) != Lexical::Unknown && ordinary_word(key) != Lexical::Unknown
}

/// True when word `i` is the nisba adjective of a listed place (السوري، المصرية: the lexicon's
/// tag), or of a listed land in ستان ([`stan_nisba`]).
fn is_nisba_of_place(cx: &Context, i: usize) -> bool {
    cx.lex.words[i].place_nisba() || stan_nisba(cx, i)
}

/// True when word `i`'s key, with or without the article, is a nisba (ending in ي or يه) whose
/// stem of three letters or more, with ستان added, is a listed place (الأفغاني from أفغانستان،
/// الطاجيكية from طاجيكستان، الكردي from كردستان). Reason: ستان is the Persian "land of" after a
/// people's name, and Arabic forms the adjective from the people's name alone, so the nisba of
/// such a land is its stem without ستان, which the place list's own nisba stems do not hold.
fn stan_nisba(cx: &Context, i: usize) -> bool {
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    let key = w.key.as_str();
    let stem = key.strip_prefix("ال").unwrap_or(key);
    stem.strip_suffix("يه")
        .or_else(|| stem.strip_suffix('ي'))
        .is_some_and(|b| {
            at_least_chars(b, 3)
                && with_joined(b, "ستان", |place| {
                    cx.profile.places.contains_word(place)
                })
        })
}

/// Whether word `i`, read as `r`, may be a family name written with or without the article: not a
/// given name (محمد beside المحمد), and an ال-less nisba-shaped word (حوثي) not right after an
/// indefinite noun it qualifies as an adjective (قيادي حوثي; a conjugated verb is no such noun:
/// يعود كبيسي), unless that "noun" is a given name
/// with a preposition that the story writes before ال + `r` ([`given_with_preposition_of`]).
/// `pairs` is that test's story-wide table, made on first use; `asked_story` is set when the
/// answer read it.
fn article_variant_ok(
    cx: &Context,
    i: usize,
    r: &str,
    pairs: &mut Option<GivenBeforeDefinite>,
    asked_story: &mut bool,
) -> bool {
    let t = &cx.lex.words[i];
    if t.given > 0 {
        return false;
    }
    if r.starts_with("ال") && common_word_slot(cx, i) {
        return false;
    }
    if !r.starts_with("ال") && r.ends_with('ي') && i > 0 && adjacent(cx, i - 1, i) {
        let p = &cx.doc.words[i - 1];
        let pt = &cx.lex.words[i - 1];
        let indefinite_noun = p.kind() == WordKind::Arabic
            && !p.plain.starts_with("ال")
            && !pronoun_suffixed(&p.plain)
            && !feminine_noun_before_masculine_nisba(&p.plain, r)
            && !p.plain.starts_with(['و', 'ف'])
            && !pt.function()
            && !pt.is_cue()
            && pt.title == 0
            && pt.given == 0
            && !p.key_readings().iter().any(|(_, x)| x.starts_with("ال"))
            // A conjugated verb is no noun a nisba qualifies: the word after it is its subject
            // or object (قبل أن يعود كبيسي ويحسم اللقب).
            && !conjugated_verb(cx, &p.plain);
        if indefinite_noun
            && !{
                *asked_story = true;
                given_with_preposition_of(cx, i - 1, r, pairs)
            }
        {
            return false;
        }
    }
    true
}

/// For each definite word of the story written right after a listed given name (سلمى الكواري),
/// the identity keys of the given names written before it (without the conjunction و): the
/// given and family names the story pairs. Keyed by the definite word's identity key.
type GivenBeforeDefinite = HashMap<Text, Vec<Text>>;

/// The story's [`GivenBeforeDefinite`] table. One pass over the words.
fn given_before_definite(cx: &Context) -> GivenBeforeDefinite {
    let words = &cx.doc.words;
    let mut out: GivenBeforeDefinite = HashMap::default();
    for k in 1..words.len() {
        if cx.lex.words[k - 1].given != 1
            || !adjacent(cx, k - 1, k)
            || !words[k].key.starts_with("ال")
        {
            continue;
        }
        let g = words[k - 1].key.as_str();
        let g = match g.strip_prefix('و') {
            Some(rest) if !cx.profile.given_names.contains(g) => rest,
            _ => g,
        };
        let list = out.entry(words[k].key).or_default();
        if !list.iter().any(|x| x.as_str() == g) {
            list.push(Text::from(g));
        }
    }
    out
}

/// True when word `p` is a listed given name with a preposition written on it (لمريم، بمريم،
/// كمريم) and the story writes that given name, without the preposition, right before ال + `bare`
/// (مريم الكواري), `bare` being the reading of the word after `p`. Reason: a preposition governs
/// the whole name that follows it, so لمريم كواري is "to Maryam Kuwari", the given name and the
/// family name of a person the story names in full, with the article dropped from the family
/// name; it is no indefinite noun and its nisba adjective (لقائد كويتي). The lexicon tags no given
/// name under a preposition (لجان is "committees", not ل + جان), so the story's own pairing of the
/// two names is asked. `pairs` is [`given_before_definite`], made on first use.
fn given_with_preposition_of(
    cx: &Context,
    p: usize,
    bare: &str,
    pairs: &mut Option<GivenBeforeDefinite>,
) -> bool {
    let w = &cx.doc.words[p];
    let Some(given) = w.key.strip_prefix(['ل', 'ب', 'ك']) else {
        return false;
    };
    if !cx.profile.given_names.contains(given) {
        return false;
    }
    let pairs = pairs.get_or_insert_with(|| given_before_definite(cx));
    with_joined("ال", bare, |k| {
        pairs
            .get(k)
            .is_some_and(|list| list.iter().any(|g| g.as_str() == given))
    })
}

/// True when `bare`, a name's key without the article, is a given name of the profile's list that
/// the story writes only as a given name, each time followed by a definite word (سالم المعشني،
/// بنت سالم الحارثية): the article on a given name makes a family name (السالم، العلي، الأحمد name
/// families descended from a Salem, an Ali, an Ahmad), so such a سالم and السالم are two names,
/// not one name spelt with and without the article. A given name the story also writes alone
/// (رحيل سامي، قوات هادي) is how it refers to a person, and الX stays a second spelling of it.
/// `alone` holds, once computed, the keys of the given names written alone anywhere in the story.
fn given_name_with_article(
    cx: &Context,
    bare: &str,
    alone: &mut Option<rustc_hash::FxHashSet<Text>>,
) -> bool {
    if !cx.profile.given_names.contains(bare) {
        return false;
    }
    let alone = alone.get_or_insert_with(|| given_names_alone(cx));
    !alone.contains(bare)
}

/// The keys of the words of the story that are given names of the profile's list (as written,
/// without a proclitic) not followed at once by a definite word: a given name written alone, or
/// before an indefinite word or punctuation. One pass over the words.
fn given_names_alone(cx: &Context) -> rustc_hash::FxHashSet<Text> {
    let words = &cx.doc.words;
    let mut out = rustc_hash::FxHashSet::default();
    for (i, w) in words.iter().enumerate() {
        if !cx.profile.given_names.contains(w.key.as_str()) {
            continue;
        }
        let before_definite = words
            .get(i + 1)
            .is_some_and(|n| adjacent(cx, i, i + 1) && n.key.starts_with("ال"));
        if !before_definite {
            out.insert(w.key);
        }
    }
    out
}

/// The family name after the abbreviation د. (دكتور) at word `i`: the dot marks the abbreviation,
/// not the end of a sentence, so a given name and a definite word that ends the name after it
/// (د. سامي الحلو،) are the doctor's full name. `None` when word `i` is not د followed by a dot,
/// or no such two words follow.
fn doctor_abbreviation(cx: &Context, i: usize) -> Option<usize> {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let (j, k) = (i + 1, i + 2);
    if words[i].plain.as_str() != "د" || k >= words.len() {
        return None;
    }
    let gap = cx.doc.prose().get(words[i].end()..words[j].start())?;
    let first_ok = gap.trim() == "."
        && is_nameable(cx, j)
        && !has_article(&words[j])
        && !looks_common(&words[j].plain)
        && tags[j].place == 0
        && tags[j].given == 0;
    let family_ok = adjacent(cx, j, k)
        && is_nameable(cx, k)
        && words[k].plain.starts_with("ال")
        && tags[k].place == 0
        && !is_nisba_of_place(cx, k)
        && name_ends(cx, k);
    (first_ok && family_ok).then_some(k)
}

/// True when words `j` and `j + 1` are a full name set off by commas right after a post
/// (القنصلة الفخرية، فرانسواز أولسن، وهي ...): a post and the name of its holder stand in
/// apposition, so two words between the commas, the first no word of the lexicon (a foreign given
/// name), without the article and not a place, are given name and family name.
fn appositive_name(cx: &Context, j: usize) -> bool {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    if j == 0 || j + 1 >= words.len() {
        return false;
    }
    let text = cx.doc.prose();
    let gap = |a: usize, b: usize| {
        text.get(words[a].end()..words[b].start())
            .unwrap_or("")
            .trim()
            .to_string()
    };
    let plain_ok = |k: usize| {
        is_nameable(cx, k)
            && !has_article(&words[k])
            && !looks_common(&words[k].plain)
            && tags[k].place == 0
            && !words[k].plain.starts_with('و')
    };
    let closed = j + 2 >= words.len() || gap(j + 1, j + 2).starts_with(['،', ',', '.']);
    gap(j - 1, j) == "،"
        && adjacent(cx, j, j + 1)
        && plain_ok(j)
        && plain_ok(j + 1)
        && closed
        && ordinary_word_in(cx, &words[j].plain) == Lexical::Unknown
}

/// True when `plain` ends in an attached pronoun (ـه، ـها، ـهم، ـهما، ـهن) on an ordinary word
/// (نشره، حسابها): a noun with a pronoun is definite and a verb takes no adjective, so an ال-less
/// nisba after such a word never qualifies it.
fn pronoun_suffixed(plain: &str) -> bool {
    ["هما", "هم", "هن", "ها", "ه"].iter().any(|suf| {
        plain
            .strip_suffix(suf)
            .is_some_and(|stem| at_least_chars(stem, 3) && ordinary_word(stem) == Lexical::Exact)
    })
}

/// The clitic-stripped byte range of word `i` after `n` plain letters.
fn stem_range(cx: &Context, i: usize, n: usize) -> Range<usize> {
    let w = &cx.doc.words[i];
    w.byte_of_plain_letter(cx.doc.source, n)..w.end()
}

/// The entities the seeds start, before any mention is added, with the tables that find them.
#[derive(Clone, Debug)]
struct Seeded {
    entities: Vec<Entity>,
    /// Entity index by key (the seed word's key with its clitics stripped).
    by_key: HashMap<Text, usize>,
    /// Entity index by family-name key without the article, for article variants.
    family_keys: HashMap<Text, usize>,
    /// Per entity: seeded with strong evidence (see `strong_seed`).
    strong: Vec<bool>,
}

/// Detects the names of the document and all their mentions.
pub fn detect(cx: &Context) -> Vec<Entity> {
    let may_persian = may_have_persian_letter(cx.doc.prose());
    let persian = may_persian && cx.doc.words.iter().any(|w| has_persian_letter(&w.plain));
    // (Test builds check that the byte test lets every word with a Persian letter through.)
    debug_assert!(may_persian || !cx.doc.words.iter().any(|w| has_persian_letter(&w.plain)));
    let mut twins = if persian {
        persian_twins(cx)
    } else {
        Default::default()
    };
    resumed_nisba_families(cx, &mut twins);
    let mut institutions = None;
    let seeds = seeds(cx, persian, &twins, &mut institutions);
    let Seeded {
        mut entities,
        mut by_key,
        family_keys,
        strong,
    } = seed_entities(cx, &seeds, &twins);
    // The last version's answers of the two mention passes, when they may be taken (an open
    // draft whose seed entities are unchanged: `reuse::MentionMemo`).
    let house = !cx.profile.house_spellings.is_empty();
    let kept = cx.seed_memo().and_then(|memo| {
        memo.borrow_mut()
            .take_mentions(&entities, &strong, &twins, house)
    });
    // One answer per word, kept only for an open draft (the command line keeps none).
    let mut said = match cx.seed_memo() {
        Some(_) => vec![reuse::Said::Nothing; cx.doc.words.len()],
        None => Vec::new(),
    };
    let memo = cx.seed_memo().map(|_| reuse::MentionMemo {
        entities: entities
            .iter()
            .map(|e| (e.kind, e.key.clone(), e.family, e.listed))
            .collect(),
        strong: strong.clone(),
        twins: twins.iter().copied().collect(),
        said: Vec::new(),
        fuzzy: None,
    });
    let mut answers = reuse::Answers {
        kept: kept.as_ref(),
        said: &mut said,
        fuzzy: None,
    };
    let unmatched = add_mentions(
        cx,
        &twins,
        &mut entities,
        &mut by_key,
        &family_keys,
        &strong,
        &mut answers,
    );
    fuzzy_mentions(cx, &mut entities, &unmatched, &strong, &mut answers);
    let fuzzy = answers.fuzzy.take();
    if let (Some(mut memo), Some(cell)) = (memo, cx.seed_memo()) {
        memo.fuzzy = fuzzy;
        let reused = (0..said.len())
            .filter(|&i| kept.as_ref().is_some_and(|k| k.said(i).is_some()))
            .count();
        memo.said = said;
        let mut cell = cell.borrow_mut();
        cell.set_mentions_reused(reused);
        cell.keep_mentions(memo);
    }
    house_phrases(cx, &mut entities, &mut by_key);
    add_given_names(cx, &mut entities);
    compound::add(cx, &mut entities);
    phrases::add_institutions(cx, &mut entities, institutions.as_deref());
    phrases::add_listed_places(cx, &mut entities);
    phrases::add_full_names(cx, &mut entities);
    phrases::add_first_names(cx, &mut entities);
    drop_non_names(cx, &mut entities);
    entities
}

/// Removes from `entities` those with no mention and those the story shows are no names: an
/// ordinary word on weak evidence, a nisba adjective, a product's or model's name, a place read
/// off a given name ([`place_in_name_run`]) or a possessed noun ([`possessed_noun_place`]).
fn drop_non_names(cx: &Context, entities: &mut Vec<Entity>) {
    let given_before_person = given_before_person(cx, entities);
    // Whether the story writes ة at a word's end (asked once, for a place spelled with ه).
    let ta_marbuta = std::cell::OnceCell::new();
    let writes_ta_marbuta =
        || *ta_marbuta.get_or_init(|| cx.doc.words.iter().any(|w| w.plain.ends_with('ة')));
    entities.retain(|e| {
        !e.mentions.is_empty()
            && !ordinary_word_on_weak_evidence(cx, e)
            && !nisba_adjective_place(cx, e)
            && !versioned_product(cx, e)
            && !model_name(cx, e)
            && !place_in_name_run(cx, e, &given_before_person)
            && !possessed_noun_place(cx, e, &writes_ta_marbuta)
    });
}

/// The word indices written right before a mention of a person of `entities` that are among
/// that person's given names (كلاوس in كلاوس فيبر), for [`place_in_name_run`].
fn given_before_person(cx: &Context, entities: &[Entity]) -> rustc_hash::FxHashSet<usize> {
    entities
        .iter()
        .filter(|e| e.kind == NameKind::Person && !e.given.is_empty())
        .flat_map(|e| {
            e.mentions.iter().filter_map(|m| {
                let i = cx.doc.word_index_containing(m.range.start);
                let k = i.checked_sub(1)?;
                (cx.doc.words.get(i)?.start() == m.range.start
                    && adjacent(cx, k, i)
                    && e.given
                        .contains(&normalize::identity(&cx.doc.words[k].plain)))
                .then_some(k)
            })
        })
        .collect()
}

/// True when `e` is a place each of whose mentions is read off a word with a preposition letter
/// before it ([`place_only_by_clitic`]: لاوس in كلاوس) that is a given name of the person whose
/// mention follows it (`given_before_person`, word indices: كلاوس فيبر). Reason: in the run of a
/// person's name the word is the given name, not "like Laos"; the name outweighs the preposition.
fn place_in_name_run(
    cx: &Context,
    e: &Entity,
    given_before_person: &rustc_hash::FxHashSet<usize>,
) -> bool {
    e.kind == NameKind::Place
        && !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            let i = cx.doc.word_index_containing(m.range.start);
            cx.doc
                .words
                .get(i)
                .is_some_and(|w| w.start() < m.range.start)
                && place_only_by_clitic(cx, i)
                && given_before_person.contains(&i)
        })
}

/// True when `e` is a place that `places.txt` spells in ة ([`crate::profile::place_in_ta_marbuta`])
/// every mention of which is written with a final ه (never ة), with no
/// preposition of place (في، إلى، من، or ب/ل on the word) or place noun ([`PLACE_NOUNS`]) right
/// before it, in a story that writes ة at the end of words (`writes_ta_marbuta`): منوبه in «في حق
/// منوبه» ("on behalf of his client"), though منوبة is a town. Reason: identity keys fold ة into
/// ه, so a place in ة matches a noun with the possessive pronoun ه letter for letter; a writer
/// who spells ة writes the town with it, and the same letters with ه are that noun.
fn possessed_noun_place(cx: &Context, e: &Entity, writes_ta_marbuta: &dyn Fn() -> bool) -> bool {
    let words = &cx.doc.words;
    e.kind == NameKind::Place
        && !e.mentions.is_empty()
        && crate::profile::place_in_ta_marbuta(&e.key)
        && e.mentions.iter().all(|m| {
            let i = cx.doc.word_index_containing(m.range.start);
            let Some(w) = words.get(i) else {
                return false;
            };
            let governed = i > 0
                && adjacent(cx, i - 1, i)
                && (matches!(words[i - 1].plain.as_str(), "في" | "إلى" | "الى" | "من")
                    || words[i - 1]
                        .key_readings()
                        .iter()
                        .any(|(_, r)| is_place_noun(r.as_str())));
            w.start() == m.range.start
                && m.spelling.as_str() == w.plain.as_str()
                && w.plain.ends_with('ه')
                && at_least_chars(&w.plain, 4)
                && !governed
        })
        && writes_ta_marbuta()
}

/// Nouns of kind or model that take the name of a make or model as their genitive (من طراز
/// سوخوي، من نوع باتريوت), as identity keys. From the grammar of the construct: written for isnad.
const MODEL_NOUNS: [&str; 3] = ["طراز", "نوع", "ماركه"];

/// True when `e` is a person of no list written right after a noun of kind or model
/// ([`MODEL_NOUNS`]: طراز، نوع، ماركة; only spaces or an opening quotation mark between) in more
/// than half of its mentions. Reason: such a noun governs the name of a make or model (صاروخان من
/// طراز باتريوت "two missiles of the Patriot model"), a thing and not a person; a person compared
/// so (لاعب من طراز فلان "a player of So-and-so's class") is named elsewhere in the story too,
/// which keeps the share of those mentions at half or under.
fn model_name(cx: &Context, e: &Entity) -> bool {
    if e.kind != NameKind::Person || e.listed {
        return false;
    }
    let text = cx.doc.prose();
    let after_model_noun = e
        .mentions
        .iter()
        .filter(|m| {
            let Some(i) = cx.doc.word_containing(m.range.start) else {
                return false;
            };
            let Some(p) = i.checked_sub(1).and_then(|k| cx.doc.words.get(k)) else {
                return false;
            };
            let gap = text.get(p.end()..m.range.start).unwrap_or(".");
            gap.chars()
                .all(|c| c.is_whitespace() || matches!(c, '"' | '«' | '“' | '”'))
                && p.key_readings()
                    .iter()
                    .any(|(_, r)| MODEL_NOUNS.contains(&r.as_str()))
        })
        .count();
    after_model_noun * 2 > e.mentions.len()
}

/// True when `e` is a person of no list that is written right before a short number in digits
/// (one to three characters, only a space between) in two of its mentions or more and in more
/// than half of them (ويندوز 10، ويندوز 8). Reason: a product's version follows its name as a
/// short numeral in digits (نظام ويندوز 10، هاتف آيفون 15), while a person's name is followed by
/// a number only across punctuation or a word (أحمد، 35 عاماً) and a ruler's ordinal is written
/// as a word (محمد السادس); a year after a name (لوس أنجلوس 2028) names an event held at a
/// place, and is left alone.
fn versioned_product(cx: &Context, e: &Entity) -> bool {
    if e.kind != NameKind::Person || e.listed {
        return false;
    }
    let numbered = e
        .mentions
        .iter()
        .filter(|m| {
            cx.doc
                .word_containing(m.range.end.saturating_sub(1))
                .is_some_and(|k| {
                    cx.doc.words[k].end() == m.range.end
                        && numeral_after(cx, k)
                        && cx
                            .doc
                            .source
                            .get(cx.doc.words[k + 1].range())
                            .is_some_and(|n| n.chars().count() <= 3)
                })
        })
        .count();
    numbered >= 2 && numbered * 2 > e.mentions.len()
}

/// One entity per seed of `seeds` (strong seeds first) that is not already a mention of an
/// entity of an earlier seed; `twins` is [`persian_twins`] or empty. Returns the entities (with
/// no mentions yet) and the tables that find them.
///
/// An open draft takes them from its last version when its seeds have the same facts
/// (`reuse::SeededMemo`; test builds make them afresh too and check).
fn seed_entities(cx: &Context, seeds: &[Seed], twins: &rustc_hash::FxHashSet<Text>) -> Seeded {
    let Some(memo) = cx.seed_memo() else {
        return seed_entities_afresh(cx, seeds, twins);
    };
    let facts = reuse::SeedFacts::of(cx, seeds, twins);
    let kept = memo.borrow_mut().seeded(&facts);
    if let Some(kept) = kept {
        if cfg!(debug_assertions) {
            let fresh = seed_entities_afresh(cx, seeds, twins);
            assert!(
                format!("{:?}{:?}", fresh.entities, fresh.strong)
                    == format!("{:?}{:?}", kept.entities, kept.strong)
                    && fresh.by_key == kept.by_key
                    && fresh.family_keys == kept.family_keys,
                "kept seed entities differ"
            );
        }
        return kept;
    }
    let out = seed_entities_afresh(cx, seeds, twins);
    memo.borrow_mut().keep_seeded(facts, &out);
    out
}

/// [`seed_entities`] made afresh.
///
/// Long: one ordered loop over the seeds; each filter and table update depends on the entities the
/// earlier seeds added.
#[inline(never)]
fn seed_entities_afresh(
    cx: &Context,
    seeds: &[Seed],
    twins: &rustc_hash::FxHashSet<Text>,
) -> Seeded {
    let words = &cx.doc.words;
    // Entity keys: the seed word's key with its clitics stripped (the reading that is not a function word).
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: HashMap<Text, usize> = HashMap::default();
    let mut family_keys: HashMap<Text, usize> = HashMap::default();
    // Strong seeds first (family names from titles and given names), then lists, then verb subjects;
    // a weaker seed that is already a mention of a known entity adds nothing.
    let mut order: Vec<&Seed> = seeds.iter().collect();
    order.sort_by_key(|s| match (s.family, s.kind) {
        (true, _) => 0,
        (false, NameKind::Person) => 2,
        _ => 1,
    });
    // Per entity: seeded with strong evidence (see `strong_seed`).
    let mut strong: Vec<bool> = Vec::new();
    // Per entity of the seed loop: its key as characters, spelled out once for the near-variant
    // check; and a buffer for the seed's key.
    let mut entity_chars: Vec<Vec<char>> = Vec::new();
    let mut key_chars: Vec<char> = Vec::new();
    // Entities of the seed loop by the bucket of their key (see `bucket_key`): near variants
    // share a bucket, so a seed is compared with its bucket only, not with every entity.
    let mut entity_buckets: HashMap<u64, Vec<usize>> = HashMap::default();
    for s in order {
        let readings = &cx.doc.words[s.word].key_readings();
        let known = readings.iter().any(|(_, r)| {
            by_key.contains_key(r.as_str())
                || family_keys.contains_key(r.strip_prefix("ال").unwrap_or(r))
        });
        if known {
            continue;
        }
        // A listed East Asian family name opening its run of syllables (بارك جي هون) is a full
        // name, as strong as a given name before a family name: its article variant (البارك) is
        // the name respelled, not the definite state of the word the lexicon knows.
        let is_strong = strong_seed(cx, s)
            || (s.kind == NameKind::Person && east_asian::run_end(cx, s.word).is_some());
        // A feminine or plural common noun of the lexicon (قنبلة، مسيرات) is a person's family
        // name only after given names.
        if s.kind == NameKind::Person
            && !is_strong
            && !twins.contains(words[s.word].key.as_str())
            && looks_common(&words[s.word].plain)
            && ordinary_word_in(cx, &words[s.word].plain) == Lexical::Exact
        {
            continue;
        }
        if s.kind == NameKind::Person && cx.lex.words[s.word].given == 0 {
            // A respelling of a family name already seen (حصاد … محمد حاصاد) is a mention of it.
            key_chars.clear();
            key_chars.extend(readings[0].1.chars());
            let near = entity_buckets
                .get(&bucket_key(&key_chars))
                .into_iter()
                .flatten()
                .any(|&x| {
                    let e = &entities[x];
                    (e.family || e.kind == NameKind::Person)
                        && near_variant(&entity_chars[x], &key_chars)
                });
            if near {
                continue;
            }
        }
        // Prefer the reading the lists know (an agency's name too: لرويترز is رويترز with the
        // preposition, as the lexicon tagged it); else the reading without clitics that is not a
        // function word; else the whole word.
        let key = readings
            .iter()
            .find(|(_, r)| {
                (s.kind == NameKind::Place && cx.profile.places.contains_word(r))
                    || (s.kind == NameKind::Org
                        && (cx.profile.organisations.contains(r.as_str())
                            || one_word_agency(cx, r)))
            })
            .unwrap_or(&readings[0])
            .1
            .clone();
        let idx = entities.len();
        let tags = &cx.lex.words[s.word];
        let listed = match s.kind {
            NameKind::Place => tags.place > 0,
            NameKind::Org => {
                tags.agency().is_some() || cx.profile.organisations.contains(key.as_str())
            }
            NameKind::Person => false,
        };
        entities.push(Entity {
            kind: s.kind,
            key: key.as_str().to_owned(),
            mentions: Vec::new(),
            family: s.family,
            listed,
            given: Vec::new(),
        });
        by_key.insert(Text::from(key.as_str()), idx);
        strong.push(is_strong);
        let chars: Vec<char> = key.chars().collect();
        entity_buckets
            .entry(bucket_key(&chars))
            .or_default()
            .push(idx);
        entity_chars.push(chars);
        if s.family {
            let bare = key
                .strip_prefix("ال")
                .filter(|b| at_least_chars(b, 3))
                .unwrap_or(&key);
            family_keys.insert(Text::from(bare), idx);
        } else if s.kind == NameKind::Person
            && !key.starts_with("ال")
            && at_least_chars(&key, 4)
            && with_joined("ال", &key, |d| ordinary_word_in(cx, d)) == Lexical::Unknown
        {
            // The article goes on any ordinary noun, so the lexicon knows every common noun's
            // definite form: a one-word name whose definite form it does not know (جاين →
            // الجاين) can take the article only as a second spelling of the name.
            family_keys.entry(Text::from(key.as_str())).or_insert(idx);
        }
    }
    Seeded {
        entities,
        by_key,
        family_keys,
        strong,
    }
}

/// True when `key` (a reading of a word, its proclitics stripped or not) is by itself the name of
/// an agency or outlet of the profile's list (رويترز، سانا): the reading the lexicon tagged the
/// word's agency by ([`crate::analysis::lexicon`]). Reason: a preposition written on an agency's
/// name (لرويترز "to Reuters") is grammar, not part of the name.
fn one_word_agency(cx: &Context, key: &str) -> bool {
    cx.profile.agency_phrases.longest_match(key, |_| None) == Some(1)
}

/// Adds to `entities` every exact or article-variant mention of them among the Arabic words of
/// the document (a house spelling adds its entity to `entities` and `by_key` when new). Returns
/// the indices of the words that matched no entity, for [`fuzzy_mentions`]. `answers.kept` holds
/// the last version's answers a word may take ([`reuse::MentionReuse::said`]); `answers.said`
/// (one slot per word, or empty when nothing is kept) receives this version's answers.
///
/// Long: per word, the house-spelling, exact and article-variant matches are tried in order and the
/// first wins; they share the word's readings.
#[inline(never)]
fn add_mentions(
    cx: &Context,
    twins: &rustc_hash::FxHashSet<Text>,
    entities: &mut Vec<Entity>,
    by_key: &mut HashMap<Text, usize>,
    family_keys: &HashMap<Text, usize>,
    strong: &[bool],
    answers: &mut reuse::Answers,
) -> Vec<usize> {
    let (kept, said) = (answers.kept, &mut *answers.said);
    let words = &cx.doc.words;
    let mut unmatched: Vec<usize> = Vec::new();
    // Most readings are in neither table: a key filter answers them without hashing.
    let mut in_by_key = KeyFilter::of(by_key.keys().map(Text::as_str));
    let in_family = KeyFilter::of(family_keys.keys().map(Text::as_str));
    let mut given_alone = None;
    let mut given_pairs = None;
    for (i, w) in words.iter().enumerate() {
        if w.kind() != WordKind::Arabic
            || (cx.lex.words[i].function() && !twins.contains(w.key.as_str()))
        {
            continue;
        }
        // The last version's answer, where the word and the one before it are unchanged.
        if let Some(old) = kept.and_then(|k| k.said(i)) {
            match old {
                reuse::Said::Mention(e, n, how @ (MatchKind::Identity | MatchKind::Article)) => {
                    let (e, n) = (e as usize, usize::from(n));
                    if let Some(s) = said.get_mut(i) {
                        *s = old;
                    }
                    entities[e].mentions.push(Mention {
                        range: stem_range(cx, i, n),
                        spelling: plain_text_after(w.plain, n),
                        how,
                    });
                }
                _ => unmatched.push(i),
            }
            continue;
        }
        let readings = &cx.doc.words[i].key_readings();
        let mut hit = None;
        // Whether the answer asks the story-wide fact (`given_names_alone`).
        let mut asked_story = false;
        for (n, r) in readings {
            // The لل reading restores an alef that is not written: no exact range for it.
            let written = w.key.ends_with(r.as_str());
            if !written {
                continue;
            }
            // A house spelling or one of its listed variants (isnad.toml [spellings]) is a name
            // whatever its context, grouped under the house spelling.
            // (Most profiles list no spelling: then no key is hashed.)
            if let Some(house) = (!cx.profile.house_spellings.is_empty())
                .then(|| cx.profile.house_spellings.get(r.as_str()))
                .flatten()
            {
                let hk = Text::from(normalize::identity(house));
                in_by_key.add(&hk);
                let e = *by_key.entry(hk).or_insert_with(|| {
                    let kind = if cx.profile.places.contains_word(&hk) {
                        NameKind::Place
                    } else {
                        NameKind::Person
                    };
                    // A house spelling is the newsroom's own list: as confident as isnad's lists.
                    entities.push(Entity {
                        kind,
                        key: hk.to_string(),
                        mentions: Vec::new(),
                        family: false,
                        listed: true,
                        given: Vec::new(),
                    });
                    entities.len() - 1
                });
                hit = Some((e, *n, MatchKind::Identity));
                break;
            }
            if in_by_key.may_hold(r)
                && let Some(&e) = by_key.get(r.as_str())
                && !agreeing_nisba(cx, i)
            {
                hit = Some((e, *n, MatchKind::Identity));
                break;
            }
            let bare = r
                .strip_prefix("ال")
                .filter(|b| at_least_chars(b, 3))
                .unwrap_or(r);
            if in_family.may_hold(bare)
                && let Some(&e) = family_keys.get(bare)
                && (!is_nisba_of_place(cx, i)
                    || speaker_nisba(cx, i, strong.get(e).copied().unwrap_or(false)))
                && article_variant_ok(cx, i, r, &mut given_pairs, &mut asked_story)
                && !{
                    asked_story |= cx.profile.given_names.contains(bare);
                    given_name_with_article(cx, bare, &mut given_alone)
                }
                && (strong.get(e).copied().unwrap_or(true)
                    || !common_noun_states(&w.plain, &entities[e].key))
                && !common_noun_in_ta_marbuta(cx, i, &entities[e].key)
            {
                hit = Some((e, *n, MatchKind::Article));
                break;
            }
        }
        match hit {
            Some((e, n, how)) => {
                if let Some(s) = said.get_mut(i) {
                    *s = match (u32::try_from(e), u16::try_from(n)) {
                        (Ok(e), Ok(n)) if !asked_story => reuse::Said::Mention(e, n, how),
                        _ => reuse::Said::AsksStory,
                    };
                }
                let range = stem_range(cx, i, n);
                let spelling = plain_text_after(w.plain, n);
                entities[e].mentions.push(Mention {
                    range,
                    spelling,
                    how,
                });
            }
            None => {
                if asked_story && let Some(s) = said.get_mut(i) {
                    *s = reuse::Said::AsksStory;
                }
                unmatched.push(i);
            }
        }
    }
    unmatched
}

/// A filter over a small set of keys: [`KeyFilter::may_hold`] is false for a key that is surely
/// not in the set, true for every key of it (and for a few others). One bit of 256 per key, chosen
/// by its byte length, its second byte (which tells an Arabic first letter) and its last byte;
/// cheaper than hashing the key, which is then done only when the bit is set.
pub(crate) struct KeyFilter([u64; 4]);

impl KeyFilter {
    /// The filter of the keys `keys`.
    fn of<'a>(keys: impl Iterator<Item = &'a str>) -> Self {
        let mut f = KeyFilter([0; 4]);
        for k in keys {
            f.add(k);
        }
        f
    }

    /// The bit of `key`: 0..256.
    #[inline]
    fn bit(key: &str) -> usize {
        let b = key.as_bytes();
        let second = b.get(1).copied().unwrap_or(0) as usize;
        let last = b.last().copied().unwrap_or(0) as usize;
        (b.len().wrapping_mul(131) ^ second.wrapping_mul(31) ^ last.wrapping_mul(7)) & 255
    }

    /// Adds `key` to the filter.
    fn add(&mut self, key: &str) {
        let bit = Self::bit(key);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// False when `key` is surely not among the keys added.
    #[inline]
    fn may_hold(&self, key: &str) -> bool {
        let bit = Self::bit(key);
        self.0[bit / 64] >> (bit % 64) & 1 == 1
    }
}

/// Adds to each family-name person of `entities` the given names written before its mentions,
/// and sorts every entity's mentions by start.
#[inline(never)]
fn add_given_names(cx: &Context, entities: &mut [Entity]) {
    for e in entities.iter_mut() {
        e.mentions.sort_by_key(|m| m.range.start);
        if e.kind == NameKind::Person {
            // An East Asian name: the given name follows the family name (وانغ لي مينغ).
            for m in &e.mentions {
                let i = cx.doc.word_index_containing(m.range.start);
                if let Some(g) = east_asian::given_after(cx, i) {
                    let g = normalize::identity(&g);
                    if !e.given.contains(&g) {
                        e.given.push(g);
                    }
                }
            }
        }
        if e.kind == NameKind::Person && e.family {
            for m in &e.mentions {
                // Only a mention with a given name (or عبد/أبو/بن) among the three words before it
                // can be a full mention: skip the others cheaply.
                let i = cx.doc.word_index_containing(m.range.start);
                if east_asian::run_end(cx, i).is_some() {
                    continue;
                }
                let near_given = (i.saturating_sub(3)..i).any(|k| {
                    cx.lex.words[k].given > 0
                        || matches!(
                            cx.doc.words[k].plain.as_str(),
                            "عبد" | "أبو" | "ابو" | "بن" | "ابن" | "ولد" | "منت"
                        )
                });
                if !near_given {
                    // A transliterated given name before a family name after a title
                    // (كارين لوندغرين): no list holds it, the shape and the title tell it.
                    if i > 0 && foreign_full_name_at(cx, i - 1) {
                        let g = normalize::identity(&cx.doc.words[i - 1].plain);
                        if !e.given.contains(&g) {
                            e.given.push(g);
                        }
                    }
                    continue;
                }
                if let Some(g) = given::given_names(cx, m) {
                    let g = normalize::identity(&g);
                    if !e.given.contains(&g) {
                        e.given.push(g);
                    }
                }
            }
        }
    }
}

/// The letter class of a transliteration letter: letters in one class write one foreign sound
/// (ج غ ك ق for g/k, ت ط for t, س ص ث for s/th, ز ذ for z/th, ف ڤ for f/v); 0 for any other letter.
/// The letters for g outside the standard alphabet, گ (Maghrebi and Iraqi copy: الدگالي) and ڨ
/// (Tunisian and Algerian copy), are in the g/k class: they write the sound other copy writes with
/// ج, غ, ك or ق, so a name spelled with one and with the other is one name. So is چ (Iraqi and
/// Kurdish copy: الچبايش), the affricate that other copy writes ج or ك.
fn translit_class(c: char) -> u8 {
    match c {
        'ج' | 'غ' | 'ك' | 'ق' | 'گ' | 'ڨ' | 'چ' => 1,
        'ت' | 'ط' => 2,
        'س' | 'ص' | 'ث' => 3,
        'ز' | 'ذ' => 4,
        'ف' | 'ڤ' => 5,
        _ => 0,
    }
}

/// True when keys `a` and `b` (of one length) differ at `i` by ز against س or ث (either way
/// round), where a foreign name's s or z stands: after a long vowel (ا و ي) or at the end of a
/// name of five letters or more. Reason: a Latin s between vowels or at a word's end is voiced in
/// Italian, Portuguese and much Spanish (Lampedusa, Soares), and a Spanish z is said s or th
/// (Suárez, Rodríguez), so one name comes into Arabic with ز, س or ث there
/// (سواريز/سواريس، رودريغيز/رودريغيث); elsewhere, and in short words, ز and س are two words
/// (أزمة/اسمه). A pair of letters, not a transliteration class: ذ and ص do not write one sound.
fn voiced_sibilant(a: &[char], b: &[char], i: usize) -> bool {
    let pair = matches!((a[i], b[i]), ('ز', 'س' | 'ث') | ('س' | 'ث', 'ز'));
    let place = i + 1 == a.len() || (i > 0 && matches!(a[i - 1], 'ا' | 'و' | 'ي'));
    pair && place && i > 0 && a.len() >= 5
}

/// Mentions of house spellings of several words (`"فيصل المقداد" = ["فيصل مقداد"]` in
/// `isnad.toml`): wherever the words of the house spelling or of one of its variants follow each
/// other (identity keys; the first word may carry a proclitic), the whole run is a mention of the
/// house spelling's entity, and a run spelled otherwise is flagged on the word that differs.
/// True for a "person" that is only an ordinary word: one word, one spelling throughout (or two
/// that differ only by a final ه written for ة: قنبلة/قنبله, a slip on a common noun), which the
/// Arabic lexicon knows as written, not a given name, never written right after a title, a given
/// name or a word the lexicon does not know, and not in any list or house spelling (أسعار، تهريب، يريد taken for a name after a verb);
/// a given name before it counts for nothing when the word shows itself ordinary in its other
/// mentions ([`common_word_after_given`]: صدام حسين شكل تهديداً … بشكل). Reason: a word
/// of the lexicon needs stronger context to be a name than a word outside it, and with one
/// spelling there is no variant at stake, so leaving it out costs nothing but a wrong row in the
/// review sheet.
fn ordinary_word_on_weak_evidence(cx: &Context, e: &Entity) -> bool {
    if e.kind != NameKind::Person || e.listed {
        return false;
    }
    // A given name before the word is evidence unless the word shows itself ordinary elsewhere.
    let chance_given = !e.given.is_empty() && common_word_after_given(cx, e);
    if !e.given.is_empty() && !chance_given {
        return false;
    }
    let Some(first) = e.mentions.first() else {
        return false;
    };
    let bare = |s: &str| lexicon_spelling(s, chance_given);
    let one = e.mentions.iter().all(|m| m.spelling == first.spelling);
    let word = if one {
        first.spelling.as_str().to_owned()
    } else {
        bare(&first.spelling)
    };
    if first.spelling.contains(' ')
        || (!one && e.mentions.iter().any(|m| bare(&m.spelling) != word))
        || cx.profile.house_spellings.contains_key(e.key.as_str())
        || ordinary_word_in(cx, &word) != Lexical::Exact
    {
        return false;
    }
    // A given name itself (سلمان، زايد), or a word right after a title, a given name, a name
    // particle (بن مساعد، آل نهيان) or a word the lexicon does not know (a foreign given name) is a
    // name slot.
    // A mention alone as a speaker makes the one that closes an apposition, or follows a given
    // name in a speaker phrase, a surname ([`resumed_surname`], [`given_then_family`]). The family nisba that closes a given name and a father's name is
    // a name slot too ([`nasab_family`]: سالم زاهر الصافي، رئيس ...).
    let spoken = e.mentions.iter().any(|m| {
        cx.doc
            .word_containing(m.range.start)
            .is_some_and(|k| speaker_alone(cx, k))
    });
    let strong = |m: &Mention| {
        // A mention that no word holds (it cannot be read) counts as strong: nothing is removed.
        let Some(i) = cx.doc.word_containing(m.range.start) else {
            return true;
        };
        cx.lex.words.get(i).is_some_and(|t| t.given > 0)
            || titled_full_name(cx, i)
            || apposed_full_name(cx, i)
            || (spoken && (resumed_surname(cx, i) || given_then_family(cx, i)))
            || (i >= 2 && cx.lex.words[i - 2].given > 0 && nasab_family(cx, i - 2, i - 1))
            || (i > 0 && adjacent(cx, i - 1, i) && patronymic_after_given(cx, i - 1))
            || (i >= 2 && adjacent(cx, i - 1, i) && patronymic_after_titled_name(cx, i - 2))
            || (i >= 2 && nasab_link(cx, i - 2) && nasab_family(cx, i - 2, i - 1))
            || (i > 0 && adjacent(cx, i - 1, i) && {
                let t = &cx.lex.words[i - 1];
                let p = &cx.doc.words[i - 1];
                t.title > 0
                    || (t.given > 0 && !chance_given)
                    || matches!(
                        p.plain.as_str(),
                        "بن" | "ابن" | "بنت" | "آل" | "أبو" | "ابو" | "عبد"
                    )
                    || (p.kind() == WordKind::Arabic
                        && !t.function()
                        && !t.is_cue()
                        && ordinary_word_in(cx, &p.plain) == Lexical::Unknown)
            })
    };
    !e.mentions.iter().any(strong)
}

/// The spelling of a mention `s` that [`ordinary_word_on_weak_evidence`] asks of the lexicon:
/// a final ه written for ة is read as ة (قنبلة/قنبله are one word), and, when `without_article`
/// (a word its grammar shows ordinary), the article is taken off (المتبرع، متبرع are one word).
fn lexicon_spelling(s: &str, without_article: bool) -> String {
    let t = match s.strip_suffix('ه') {
        Some(stem) => format!("{stem}ة"),
        None => s.to_string(),
    };
    match t.strip_prefix("ال") {
        Some(rest) if without_article && at_least_chars(rest, 3) => rest.to_string(),
        _ => t,
    }
}

/// The cardinal directions, as nouns and nisba adjectives (identity keys): a place's name follows
/// them in construct (شمال مالي، شرقي الأردن). Source: the closed class of the four directions and
/// the centre.
const DIRECTIONS: [&str; 9] = [
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// True when `e` is a listed place of one word spelled as a nisba adjective that the lexicon
/// knows with its feminine in ة (مالي، مالية "financial"), and every mention is written with no
/// proclitic right after an indefinite noun it can qualify: next to it, a word of the lexicon in
/// a reading with no article, not feminine (ة، ات), and no function word, cue, title, given name,
/// place, agency, cardinal direction ([`DIRECTIONS`]) or conjugated verb; and no و-joined place
/// follows the mention. Reason: an adjective follows the indefinite noun it agrees with (خلاف
/// مالي "a financial dispute", بمبلغ مالي), while the country is named after a preposition, a
/// direction, a post or beside another place (في مالي، شمال مالي، رئيس مالي، مالي والنيجر), and a
/// feminine noun would take the feminine adjective (أزمة مالية), so after one the word is the place.
/// The same holds for a place written in one spelling only, without the article (an adjective of
/// an indefinite noun is indefinite: مكتبة الإسكندرية is the library of the city), as a feminine
/// nisba in ية whose
/// masculine the lexicon knows (سورية, the Levant's spelling of Syria, and سوري): after an
/// indefinite feminine noun in ة it is the agreeing adjective (مقاتلة سورية "a Syrian fighter
/// jet"), after anything else the place. So for a listed agency whose short name is such a
/// feminine nisba (وطنية, the credit of the Lebanese national agency): after an indefinite noun in
/// ة or ات it is the adjective "national" (حملة وطنية، اتحادات وطنية), since a plural of things
/// takes the feminine singular adjective.
fn nisba_adjective_place(cx: &Context, e: &Entity) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let agency = e.kind == NameKind::Org;
    if !matches!(e.kind, NameKind::Place | NameKind::Org) || !e.listed || e.key.contains(' ') {
        return false;
    }
    let Some(first) = e.mentions.first() else {
        return false;
    };
    let exact = |w: &str| ordinary_word_in(cx, w) == Lexical::Exact;
    // The feminine adjective (سورية "Syrian", the country's name in the Levant) agrees with a
    // feminine noun in ة or a plural of things in ات; the masculine (مالي) with a noun that is
    // not feminine.
    let feminine = first.spelling.ends_with("ية")
        && !first.spelling.starts_with("ال")
        && e.mentions.iter().all(|m| m.spelling == first.spelling)
        && first.spelling.strip_suffix('ة').is_some_and(exact);
    if !feminine && (agency || !e.key.ends_with('ي') || !with_joined(&first.spelling, "ة", exact))
    {
        return false;
    }
    if !exact(&first.spelling) {
        return false;
    }
    e.mentions.iter().all(|m| {
        let Some(i) = cx.doc.word_containing(m.range.start) else {
            return false;
        };
        if words[i].start() != m.range.start || i == 0 || !adjacent(cx, i - 1, i) {
            return false;
        }
        let (p, tp) = (&words[i - 1], &tags[i - 1]);
        let place_after = words.get(i + 1).is_some_and(|n| {
            n.plain.starts_with('و') && tags[i + 1].place > 0 && adjacent(cx, i, i + 1)
        });
        let noun = p.proclitic_readings().iter().any(|(_, r)| {
            let r = r.as_str();
            at_least_chars(r, 3)
                && !r.starts_with("ال")
                && (r.ends_with('ة') || (feminine && r.ends_with("ات"))) == feminine
                && !DIRECTIONS.contains(&normalize::identity(r).as_str())
                && exact(r)
        });
        p.kind() == WordKind::Arabic
            && noun
            && !place_after
            && !tp.function()
            && !tp.is_cue()
            && tp.title == 0
            && tp.given == 0
            && tp.place == 0
            && tp.agency().is_none()
            && !tp.verb()
            && !conjugated_verb(cx, &p.plain)
    })
}

/// True when a family name `e` read after a given name is, in its other mentions (those not right
/// after a given name), an ordinary word by its grammar: an indefinite word with the preposition
/// ب or ك written on it (بشكل، كمثل), heading a construct with a definite common noun right after
/// it (علم النفس) that never follows it after the given name, unless a verb, cue or title stands
/// before it (جدد شمخاني التأكيد: subject, then object). Reason: an indefinite noun governing a
/// genitive or fused with ب as an adverb (بشكل "in a manner") is a common noun phrase, so the given
/// name before it once (صدام حسين شكل تهديداً) met it by chance; a compound name repeats whole
/// (آمنة ماء العينين ... ماء العينين), so its second word is not taken for a genitive. So is a
/// word right after a quantifier or a numeral noun ([`quantified`]: كل متبرع، ألف متبرع).
fn common_word_after_given(cx: &Context, e: &Entity) -> bool {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let after_given = |i: usize| i > 0 && adjacent(cx, i - 1, i) && tags[i - 1].given > 0;
    let mention_words: Vec<Option<usize>> = e
        .mentions
        .iter()
        .map(|m| cx.doc.word_containing(m.range.start))
        .collect();
    // The words written right after the mentions that follow a given name (part of a compound name).
    let name_tails: Vec<&str> = mention_words
        .iter()
        .flatten()
        .filter(|&&i| after_given(i) && words.get(i + 1).is_some() && adjacent(cx, i, i + 1))
        .map(|&i| words[i + 1].key.as_str())
        .collect();
    e.mentions.iter().zip(&mention_words).any(|(m, &i)| {
        let Some(i) = i else {
            return false;
        };
        let (w, spelling) = (&words[i], m.spelling.as_str());
        if after_given(i) || spelling.starts_with("ال") {
            return false;
        }
        let prepositional = w
            .plain
            .strip_prefix(['ب', 'ك'])
            .is_some_and(|rest| rest == spelling);
        let construct = words.get(i + 1).zip(tags.get(i + 1)).is_some_and(|(n, t)| {
            w.plain == spelling
                && adjacent(cx, i, i + 1)
                && n.kind() == WordKind::Arabic
                && n.plain.starts_with("ال")
                && !name_tails.contains(&n.key.as_str())
                && t.title == 0
                && t.given == 0
                && t.place == 0
                && !t.function()
                && !t.is_cue()
                && !is_nisba(&n.plain)
                && ordinary_word_in(cx, &n.plain) == Lexical::Exact
        });
        // After a verb the word is its subject, and a definite word after it the object
        // (جدد شمخاني التأكيد): no construct.
        let after_verb = i > 0 && {
            let t = &tags[i - 1];
            t.verb() || t.is_cue() || t.title > 0 || conjugated_verb(cx, &words[i - 1].plain)
        };
        prepositional || (construct && !after_verb) || quantified(cx, i)
    })
}

/// The quantifiers and numeral nouns that govern an indefinite singular noun as their genitive
/// (كل، أي، ألف، مئة/مائة، مليون), as identity keys. Source: Arabic grammar's إضافة of كل/أي and
/// of the hundreds, thousands and millions to a singular counted noun; a closed class.
const QUANTIFIERS: [&str; 6] = ["كل", "اي", "الف", "مئه", "مائه", "مليون"];

/// True when word `i` is written right after a quantifier or numeral noun of [`QUANTIFIERS`]
/// (كل متبرع "every donor", 31 ألف متبرع). Reason: such a word is an indefinite common noun in
/// construct, and a person's name is never counted or quantified.
fn quantified(cx: &Context, i: usize) -> bool {
    i > 0 && adjacent(cx, i - 1, i) && QUANTIFIERS.contains(&cx.doc.words[i - 1].key.as_str())
}

#[inline(never)]
fn house_phrases(cx: &Context, entities: &mut Vec<Entity>, by_key: &mut HashMap<Text, usize>) {
    let phrases: Vec<(Vec<&str>, &String)> = cx
        .profile
        .house_spellings
        .iter()
        .filter(|(k, _)| k.contains(' '))
        .map(|(k, h)| (k.split_whitespace().collect(), h))
        .collect();
    if phrases.is_empty() {
        return;
    }
    let words = &cx.doc.words;
    let n = words.len();
    let mut owned: Vec<(usize, Range<usize>)> = Vec::new();
    for i in 0..n {
        if words[i].kind() != WordKind::Arabic {
            continue;
        }
        for (parts, house) in &phrases {
            let len = parts.len();
            if i + len > n {
                continue;
            }
            let readings = words[i].key_readings();
            let Some((k, _)) = readings
                .iter()
                .find(|(_, r)| r.as_str() == parts[0] && words[i].key.ends_with(r.as_str()))
            else {
                continue;
            };
            let rest_ok = (1..len)
                .all(|d| words[i + d].key.as_str() == parts[d] && adjacent(cx, i + d - 1, i + d));
            if !rest_ok {
                continue;
            }
            let hk = Text::from(normalize::identity(house));
            let e = *by_key.entry(hk).or_insert_with(|| {
                entities.push(Entity {
                    kind: NameKind::Person,
                    key: hk.to_string(),
                    mentions: Vec::new(),
                    family: false,
                    listed: true,
                    given: Vec::new(),
                });
                entities.len() - 1
            });
            let first: String = plain_after(&words[i].plain, *k).to_string();
            let spelling = std::iter::once(first.as_str())
                .chain((1..len).map(|d| words[i + d].plain.as_str()))
                .collect::<Vec<_>>()
                .join(" ");
            entities[e].mentions.push(Mention {
                range: stem_range(cx, i, *k).start..words[i + len - 1].end(),
                spelling: Text::new(&spelling),
                how: MatchKind::Identity,
            });
            owned.push((e, stem_range(cx, i, *k).start..words[i + len - 1].end()));
            break;
        }
    }
    // The house spelling owns its words: no other entity may propose another spelling for them.
    for (ei, ent) in entities.iter_mut().enumerate() {
        ent.mentions.retain(|m| {
            !owned
                .iter()
                .any(|(e, r)| *e != ei && m.range.start < r.end && r.start < m.range.end)
        });
    }
}

/// The fuzzy near-variant rule for names, on identity keys as characters (ال set aside): one long
/// vowel (ا و ي) inserted or dropped past the first letter, one letter swapped within a
/// transliteration class (ج/غ/ك/ق, ت/ط, س/ص/ث, ز/ذ, ف/ڤ) at any position or ز for س or ث after a
/// long vowel or at the end ([`voiced_sibilant`]), two such swaps in a long name
/// ([`two_sound_swaps`]), one doubled letter, or two
/// neighbours transposed (five letters or more). Foreign names reach Arabic through several
/// transliteration conventions, which differ in exactly these letters (ترامب/طرامب, غروس/جروس,
/// بيلاوال/بلاوال). Used within a story and across the stories of a folder ([`across`]).
pub fn near_variant(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    match long.len() - short.len() {
        0 => {
            // The first two positions where they differ, and how many differ (counted to three):
            // no list is built, this is asked for many pairs.
            let mut diff = [0usize; 2];
            let mut count = 0;
            for i in (0..a.len()).filter(|&i| a[i] != b[i]) {
                if count < 2 {
                    diff[count] = i;
                }
                count += 1;
                if count > 2 {
                    return false;
                }
            }
            match &diff[..count] {
                [i] => {
                    let cls = translit_class(a[*i]);
                    // The first letter of a name of four letters or more (غروس/جروس).
                    ((*i > 0 || a.len() >= 4) && cls != 0 && cls == translit_class(b[*i]))
                        || voiced_sibilant(a, b, *i)
                }
                [i, j] => {
                    (*j == *i + 1 && *i > 0 && a[*i] == b[*j] && a[*j] == b[*i] && a.len() >= 5)
                        || two_sound_swaps(a, b, *i, *j)
                }
                _ => false,
            }
        }
        1 => {
            let k = (0..short.len())
                .find(|&i| short[i] != long[i])
                .unwrap_or(short.len());
            // Inside the word only: a letter added at the end makes a nisba (سعود/سعودي).
            if k == 0 || k == short.len() || short[k..] != long[k + 1..] {
                return false;
            }
            let extra = long[k];
            matches!(extra, 'ا' | 'و' | 'ي') || (k > 0 && long[k - 1] == extra)
        }
        _ => false,
    }
}

/// True when keys `a` and `b` (of one length, seven letters or more) differ at `i` and `j` only,
/// neither the first letter, and each difference is a swap within a transliteration class
/// ([`translit_class`]) or a [`voiced_sibilant`]. Reason: one convention may write two sounds of
/// a long foreign name otherwise than another (Castilian copy writes both the z and the final s
/// of González with ث: غونزاليس/غونثاليث), and two long names of different people rarely differ
/// by two such letters alone.
fn two_sound_swaps(a: &[char], b: &[char], i: usize, j: usize) -> bool {
    let swap = |k: usize| {
        k > 0
            && ((translit_class(a[k]) != 0 && translit_class(a[k]) == translit_class(b[k]))
                || voiced_sibilant(a, b, k))
    };
    a.len() >= 7 && swap(i) && swap(j)
}

/// The bucket every near variant of `k` shares (see [`near_variant`]): its set of consonants with
/// each transliteration class merged into one letter, as a bit set (one bit per Arabic letter
/// U+0621–U+064A; any other character sets bit 63, so unrelated keys may share a bucket, never
/// near variants be split). Allocation-free; equal sets give equal keys.
pub fn bucket_key(k: &[char]) -> u64 {
    bucket_of(k.iter().copied())
}

/// [`bucket_key`] of the characters of a string, without collecting them.
pub fn bucket_key_str(k: &str) -> u64 {
    bucket_of(k.chars())
}

fn bucket_of(chars: impl Iterator<Item = char>) -> u64 {
    let mut bits = 0u64;
    for c in chars {
        let bit = match c {
            '\u{0621}'..='\u{064A}' => match BUCKET_BITS[(c as u32 - 0x0621) as usize] {
                SKIP => continue,
                b => b,
            },
            'ڤ' => BUCKET_BITS[letter_index('ف')],
            'گ' | 'ڨ' | 'چ' => BUCKET_BITS[letter_index('ك')],
            _ => 63,
        };
        bits |= 1 << bit;
    }
    bits
}

/// The offset of an Arabic letter from U+0621 (the index of [`BUCKET_BITS`]).
const fn letter_index(c: char) -> usize {
    (c as u32 - 0x0621) as usize
}

/// In [`BUCKET_BITS`]: a long vowel (ا و ي), which no bucket counts.
const SKIP: u8 = u8::MAX;

/// Per Arabic letter U+0621–U+064A, its bit in a bucket key: its own offset from U+0621, the
/// offset of ك for ج غ ق, of ت for ط, of س for ص ث ز ذ (ز pairs with س and ث in
/// [`voiced_sibilant`], so the two classes share a bucket), or [`SKIP`] for ا و ي.
const BUCKET_BITS: [u8; 42] = {
    let mut t = [0u8; 42];
    let mut i = 0;
    while i < t.len() {
        t[i] = i as u8;
        i += 1;
    }
    t[letter_index('ا')] = SKIP;
    t[letter_index('و')] = SKIP;
    t[letter_index('ي')] = SKIP;
    t[letter_index('ج')] = letter_index('ك') as u8;
    t[letter_index('غ')] = letter_index('ك') as u8;
    t[letter_index('ق')] = letter_index('ك') as u8;
    t[letter_index('ط')] = letter_index('ت') as u8;
    t[letter_index('ص')] = letter_index('س') as u8;
    t[letter_index('ث')] = letter_index('س') as u8;
    t[letter_index('ذ')] = letter_index('س') as u8;
    t[letter_index('ز')] = letter_index('س') as u8;
    t
};

/// What the Arabic lexicon says about a spelling (clitics already stripped).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lexical {
    /// Not a known ordinary word (or no lexicon is available).
    Unknown,
    /// An ordinary word, spelled exactly as the lexicon spells it.
    Exact,
    /// An ordinary word once hamza and ى/ي are folded (الاسرة for الأسرة).
    Folded,
}

/// The one place where name detection asks the Arabic lexicon whether `plain` (a word as written,
/// clitics stripped, harakat removed) is an ordinary word. Returns [`Lexical::Unknown`] for any
/// word the lexicon does not know.
pub fn ordinary_word(plain: &str) -> Lexical {
    use crate::profile::words::{Match, lexicon};
    match lexicon().lookup(plain) {
        Some(Match::Exact) => Lexical::Exact,
        Some(Match::Folded) => Lexical::Folded,
        None => Lexical::Unknown,
    }
}

/// [`ordinary_word`] asked through the analysis's memo (`Tags::lexicon_lookup`): the same answer,
/// looked up once per spelling per story. `plain` is a word as written, clitics stripped.
pub fn ordinary_word_in(cx: &Context, plain: &str) -> Lexical {
    use crate::profile::words::Match;
    match cx.lex.lexicon_lookup(plain) {
        Some(Match::Exact) => Lexical::Exact,
        Some(Match::Folded) => Lexical::Folded,
        None => Lexical::Unknown,
    }
}

/// True when word `i` is written with the article and is an ordinary word of the lexicon exactly
/// as written (السلام، العون، الأمل), and stands outside a name's slot: not right after a given
/// name, a title or a reporting cue (نبيل السلام، الرئيس السلام، وأضاف السلام), the places where a
/// family name follows. Reason: a family name that is also a common word (نواف سلام، جوزاف عون،
/// قيس سعيد) gets the article only as a respelling of the name, in those slots; anywhere else the
/// definite word is the common word itself: a construct's genitive (عملية السلام، تقديم العون),
/// a subject (إن السلام يحتاج) or an adjective (بالعيد السعيد). Right after a verb (one with the
/// person forms of [`sheet::verb_paradigm`], an imperfect in ي whose forms in ت and ن the lexicon
/// holds, يبالغ، or one ending in وا), the word is the verb's subject or object,
/// which may be a person, unless a definite adjective follows it (يقدّر العون الفرنسي).
fn common_word_slot(cx: &Context, i: usize) -> bool {
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    if !w.plain.starts_with("ال") || ordinary_word_in(cx, &w.plain) != Lexical::Exact {
        return false;
    }
    // A label before a colon names a speaker (السعدي: الموازنة لن ترفع الضرائب).
    let label = cx.doc.words.get(i + 1).is_some_and(|n| {
        cx.doc
            .source
            .get(w.end()..n.start())
            .is_some_and(|g| g.contains(':'))
    });
    if label {
        return false;
    }
    if i == 0 || !adjacent(cx, i - 1, i) {
        return true;
    }
    let t = &cx.lex.words[i - 1];
    if t.title > 0 || t.given > 0 || t.is_cue() {
        return false;
    }
    // A verb's object may be a person (عزل المرسي، رفضوا السامي) unless a definite adjective
    // follows the word, which marks a common noun (يقدّر العون الفرنسي).
    let p = &cx.doc.words[i - 1].plain;
    let imperfect = p.strip_prefix('ي').is_some_and(|stem| {
        stem.chars().nth(2).is_some()
            && ["ت", "ن"]
                .iter()
                .all(|c| ordinary_word_in(cx, &format!("{c}{stem}")) == Lexical::Exact)
    });
    // A function word is no verb, whatever its letters conjugate as (هذا beside هذى "raved").
    let verb = p.ends_with("وا") || imperfect || (!t.function() && sheet::verb_paradigm(p));
    let adjective = cx.doc.words.get(i + 1).is_some_and(|n| {
        adjacent(cx, i, i + 1)
            && n.plain.starts_with("ال")
            && ordinary_word_in(cx, &n.plain) != Lexical::Unknown
            && !cx.lex.words[i + 1].function()
    });
    !verb || adjective
}

/// True when word `i` stands right after a definite common noun, in the place of its attributive
/// adjective (القصر «الملكي»، الديوان «الملكي»): the previous word is adjacent, carries the article
/// and is an ordinary word of the lexicon that no list marks as a title, given name, place, agency
/// or cue.
fn attributive(cx: &Context, i: usize) -> bool {
    if i == 0 || !adjacent(cx, i - 1, i) {
        return false;
    }
    let (p, t) = (&cx.doc.words[i - 1], &cx.lex.words[i - 1]);
    if t.title > 0 || t.given > 0 || t.place > 0 || t.agency().is_some() || t.is_cue() {
        return false;
    }
    let Some(n) = p
        .key_readings()
        .iter()
        .find(|(_, r)| r.starts_with("ال"))
        .map(|(n, _)| *n)
    else {
        return false;
    };
    let written: String = plain_after(&p.plain, n).to_string();
    ordinary_word_in(cx, &written) != Lexical::Unknown
}

/// What [`fuzzy_mentions`] compares words with, made from the entities' keys alone (in order).
#[derive(Debug, PartialEq)]
pub(crate) struct FuzzyTargets {
    /// Per entity whose key, ال set aside, has three letters or more: its index, those letters
    /// and whether the key has the article.
    targets: Vec<(usize, Vec<char>, bool)>,
    /// The targets (indexes into `targets`) by [`bucket_key`] of their letters: every near
    /// variant shares its bucket, the set of consonants with ج غ ك ق, ت ط, س ص, ز ذ merged (long
    /// vowels, doubled letters and letter order do not change it).
    buckets: HashMap<u64, Vec<usize>>,
}

impl FuzzyTargets {
    /// The targets of `entities` (see [`FuzzyTargets`]).
    fn of(entities: &[Entity]) -> FuzzyTargets {
        let targets: Vec<(usize, Vec<char>, bool)> = entities
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let art = e.key.starts_with("ال");
                (
                    i,
                    e.key
                        .strip_prefix("ال")
                        .unwrap_or(&e.key)
                        .chars()
                        .collect::<Vec<char>>(),
                    art,
                )
            })
            .filter(|(_, k, _)| k.len() >= 3)
            .collect();
        let mut buckets: HashMap<u64, Vec<usize>> = HashMap::default();
        for (ti, (_, k, _)) in targets.iter().enumerate() {
            buckets.entry(bucket_key(k)).or_default().push(ti);
        }
        FuzzyTargets { targets, buckets }
    }
}

/// Adds to `entities` the mentions among the `unmatched` word indices that are near variants of
/// a person, place or organisation key (bucketed by consonants, see `near_variant`); `strong`
/// says, per entity, whether its seed was strong evidence. A place's name is as foreign as a
/// person's: a city or country outside the Arab world reaches Arabic through the same
/// transliteration conventions (مرسيليا/مارسيليا، قيرغيزستان/كيرغيزستان), so a near variant of a
/// place found in the story is that place respelled; a word the place list holds is its own place
/// and never such a variant (the candidates below skip listed places). `answers` as for [`add_mentions`]
/// (a word takes the last version's answer there and here alike, so it was unmatched in both).
///
/// Long: one loop over the unmatched words; its guards (bucket, length, article, name slot,
/// lexicon) are each a few lines and read the same word and target.
#[inline(never)]
fn fuzzy_mentions(
    cx: &Context,
    entities: &mut [Entity],
    unmatched: &[usize],
    strong: &[bool],
    answers: &mut reuse::Answers,
) {
    let (kept, said) = (answers.kept, &mut *answers.said);
    // The last version's targets when its answers are taken (the same keys), else made now;
    // kept for the next version either way.
    let made = match kept.and_then(|k| k.fuzzy()) {
        Some(t) => {
            debug_assert!(
                **t == FuzzyTargets::of(entities),
                "kept fuzzy targets differ"
            );
            t.clone()
        }
        None => std::sync::Arc::new(FuzzyTargets::of(entities)),
    };
    answers.fuzzy = Some(made.clone());
    let FuzzyTargets { targets, buckets } = &*made;
    if targets.is_empty() {
        return;
    }
    let words = &cx.doc.words;
    // A reading's letters (ال set aside) and the whole reading's, spelled out in buffers reused
    // from word to word (a vector per reading was an allocation for most words of a story).
    let mut bare: Vec<char> = Vec::new();
    let mut full: Vec<char> = Vec::new();
    // The keys (by the address of their interned string) none of whose readings is near a
    // target: whether one is reads the key alone, so the next words of such a key are out at once.
    // (Kept in a long story only, [`LONG_STORY_WORDS`].)
    let mut far: rustc_hash::FxHashSet<usize> = Default::default();
    let long = words.len() >= LONG_STORY_WORDS;
    let mut person_starts = PersonStarts::default();
    for &i in unmatched {
        let w = &words[i];
        // The last version's answer, where the word and the one before it are unchanged (the
        // same test as `add_mentions`', so the word was unmatched there too).
        if let Some(old) = kept.and_then(|k| k.said(i)) {
            if let reuse::Said::Mention(e, n, MatchKind::Fuzzy) = old {
                let (e, n) = (e as usize, usize::from(n));
                if let Some(s) = said.get_mut(i) {
                    *s = old;
                }
                let range = stem_range(cx, i, n);
                if entities[e].kind == NameKind::Person {
                    person_starts.note(range.start);
                }
                entities[e].mentions.push(Mention {
                    range,
                    spelling: plain_text_after(w.plain, n),
                    how: MatchKind::Fuzzy,
                });
            }
            continue;
        }
        let t = &cx.lex.words[i];
        if t.given > 0
            || t.place > 0
            || t.is_cue()
            || t.title > 0
            || t.org_noun()
            || t.anonymous > 0
        {
            continue;
        }
        let key_at = w.key.as_str().as_ptr() as usize;
        if long && far.contains(&key_at) {
            continue;
        }
        let mut near = false;
        for (n, r) in &cx.doc.words[i].key_readings() {
            let n = *n;
            if !w.key.ends_with(r.as_str()) {
                continue;
            }
            let art = r.starts_with("ال");
            let bare_str = r.strip_prefix("ال").unwrap_or(r);
            // Only a reading in the bucket of some target can match: most readings are out
            // before their letters are spelled out.
            let Some(bucket) = buckets.get(&bucket_key_str(bare_str)) else {
                continue;
            };
            bare.clear();
            bare.extend(bare_str.chars());
            let bare = bare.as_slice();
            if bare.len() < 3 {
                continue;
            }
            let written = || -> String { plain_after(&w.plain, n).to_string() };
            let found = bucket.iter().map(|&ti| &targets[ti]).find(|(_, k, _)| {
                // A letter swapped in a name of four letters (غروس/جروس); anything else in five.
                k.len().min(bare.len()) >= 4
                    && (k.len().max(bare.len()) >= 5 || k.len() == bare.len())
                    && near_variant(k, bare)
            });
            near |= found.is_some();
            // With the article on both, the whole words are compared too, as the seeds are: a
            // family name after a given name (حسين الجسمي/حسين الجمسي) is as long as it is written.
            let found = found.or_else(|| {
                if !art {
                    return None;
                }
                full.clear();
                full.extend(r.chars());
                let full = full.as_slice();
                // The target's key with its article, spelled into one buffer.
                let mut ek: Vec<char> = Vec::new();
                let hit = bucket.iter().map(|&ti| &targets[ti]).find(|(e, k, tart)| {
                    *tart && strong.get(*e).copied().unwrap_or(false) && {
                        ek.clear();
                        ek.extend_from_slice(&['ا', 'ل']);
                        ek.extend_from_slice(k);
                        near_variant(&ek, full)
                    }
                })?;
                near = true;
                // In a name slot (after a given name), or a word the lexicon does not know.
                let slot = (i > 0 && cx.lex.words[i - 1].given > 0)
                    || ordinary_word_in(cx, &written()) == Lexical::Unknown;
                slot.then_some(hit)
            });
            if let Some((e, _, tart)) = found {
                if art != *tart {
                    continue;
                }
                if entities[*e].kind == NameKind::Place {
                    // The test reads the word after this one: asked again every version.
                    if let Some(s) = said.get_mut(i) {
                        *s = reuse::Said::AsksStory;
                    }
                    if not_a_place_variant(cx, entities, &mut person_starts, &entities[*e].key, i) {
                        continue;
                    }
                }
                // Arabic words a long vowel or a letter apart are often different words: a
                // definite word of the lexicon right after a definite common noun is that noun's
                // adjective (القصر الملكي "the royal palace"), not a respelling of a name (المالكي).
                if art && attributive(cx, i) && ordinary_word_in(cx, &written()) != Lexical::Unknown
                {
                    continue;
                }
                if two_ordinary_words(cx, i, &written(), &entities[*e]) {
                    continue;
                }
                let range = stem_range(cx, i, n);
                let spelling = plain_text_after(w.plain, n);
                if entities[*e].kind == NameKind::Person {
                    person_starts.note(range.start);
                }
                entities[*e].mentions.push(Mention {
                    range,
                    spelling,
                    how: MatchKind::Fuzzy,
                });
                // (A word whose first pass asked the story-wide fact is asked again whole.)
                if let Some(s) = said.get_mut(i).filter(|s| !s.asks_story()) {
                    *s = match (u32::try_from(*e), u16::try_from(n)) {
                        (Ok(e), Ok(n)) => reuse::Said::Mention(e, n, MatchKind::Fuzzy),
                        _ => reuse::Said::AsksStory,
                    };
                }
                break;
            }
        }
        if long && !near {
            far.insert(key_at);
        }
    }
}

/// True when word `i`, a near variant of the place keyed `key`, is no respelling of it: the
/// word is the place's key after one or two proclitic letters (للبنان: ل on لبنان, whose doubled
/// ل is grammar), or it stands in a person's name: right after a definite nisba adjective
/// (الرئيس الفرنسي فرنسوا: the adjective of nationality qualifies the person named next; a title
/// alone proves nothing, as a post governs a country: مدرب كيرغيزستان), or right before a
/// person's mention (فرنسوا أولاند: a word right before a person's name is their given name, not
/// a place). Reads words `i - 1` and `i + 1`.
fn not_a_place_variant(
    cx: &Context,
    entities: &[Entity],
    starts: &mut PersonStarts,
    key: &str,
    i: usize,
) -> bool {
    let words = &cx.doc.words;
    let proclitic = |c: char| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك');
    let written = words[i].key.as_str();
    let mut rest = written;
    for _ in 0..2 {
        match rest.strip_prefix(proclitic) {
            Some(r) if r == key => return true,
            Some(r) => rest = r,
            None => break,
        }
    }
    if i > 0 && adjacent(cx, i - 1, i) && is_nisba(words[i - 1].plain.as_str()) {
        return true;
    }
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    adjacent(cx, i, i + 1) && starts.any_in(entities, next.start()..next.end())
}

/// The starts of the person mentions of the entities [`fuzzy_mentions`] is adding to, for
/// [`not_a_place_variant`]: sorted at the first question, and those the pass adds after it noted
/// apart (a few), so the question reads what a walk over every mention of `entities` would.
#[derive(Default)]
struct PersonStarts {
    sorted: Option<Vec<usize>>,
    added: Vec<usize>,
}

impl PersonStarts {
    /// True when a person mention of `entities` (the list being added to) starts in the byte
    /// range `r` (half-open).
    fn any_in(&mut self, entities: &[Entity], r: Range<usize>) -> bool {
        let sorted = self.sorted.get_or_insert_with(|| {
            let mut v: Vec<usize> = entities
                .iter()
                .filter(|e| e.kind == NameKind::Person)
                .flat_map(|e| e.mentions.iter().map(|m| m.range.start))
                .collect();
            v.sort_unstable();
            v
        });
        let k = sorted.partition_point(|&s| s < r.start);
        sorted.get(k).is_some_and(|&s| s < r.end) || self.added.iter().any(|s| r.contains(s))
    }

    /// Notes a person mention added at byte `start` after the starts were sorted.
    fn note(&mut self, start: usize) {
        if self.sorted.is_some() {
            self.added.push(start);
        }
    }
}

/// True when the near variant `written` (word `i`, proclitics off) is the first spelling of
/// entity `e` with two neighbouring letters swapped ([`transposed`]), both it and every spelling
/// of `e` are words of the lexicon as written, and word `i` stands in no name slot (right after a
/// given name, a title or a reporting verb; a title without the article before a definite word is
/// no slot: it heads a construct, and the definite word is its genitive, مديرة المتاحف "director
/// of the museums"). Reason: Arabic roots are sequences of three or four
/// consonants, so two letters swapped often give another real word (الأنباء "the news", الأبناء
/// "the sons"); when neither spelling is outside the lexicon, only the name's own context makes
/// the second a respelling of it. The same holds for a noun and its broken plural
/// ([`broken_plural_pair`]: مصنع "factory", مصانع "factories"), even when `e` is a listed place or
/// given name (a name takes no broken plural). (Any other long vowel or a letter
/// of another transliteration class more or less is left to [`near_variant`] alone: the lexicon
/// knows too many short forms.)
fn two_ordinary_words(cx: &Context, i: usize, written: &str, e: &Entity) -> bool {
    let Some(first) = e.mentions.first() else {
        return false;
    };
    let plural = broken_plural_pair(written, &first.spelling);
    if !transposed(written, &first.spelling) && !plural {
        return false;
    }
    // A title without the article heads a construct: a definite word after it is its genitive
    // (مديرة المتحف "the museum's director"), the post's institution, not the holder's name.
    let construct_title =
        |k: usize| !has_article(&cx.doc.words[k]) && has_article(&cx.doc.words[i]);
    let slot = i > 0 && adjacent(cx, i - 1, i) && {
        let t = &cx.lex.words[i - 1];
        t.given > 0 || (t.title > 0 && !construct_title(i - 1)) || t.is_cue()
    };
    // A listed place or given name is never the broken plural of another word (الساحل "the
    // coast", listed as the region, and السواحل "the coasts"): a pair of that shape is a noun.
    !slot
        && (!e.listed || plural)
        && !e.mentions.is_empty()
        && ordinary_word_in(cx, written) == Lexical::Exact
        && e.mentions
            .iter()
            .all(|m| ordinary_word_in(cx, &m.spelling) == Lexical::Exact)
}

/// True when one of `a` and `b`, article off, is the other with an alef put after its first two
/// letters (مصنع/مصانع، مكتب/مكاتب، مسجد/مساجد), or, for a noun of the pattern فاعل, with a waw
/// put after its first letter (ساحل/سواحل، شارع/شوارع). Reason: that alef is the infix of the broken
/// plurals of four-consonant nouns (مفاعل، فعالل), and فواعل is the broken plural of فاعل, so two
/// words of the lexicon that differ by it are a noun and its plural, not two spellings of a name
/// (used by [`two_ordinary_words`], which asks the lexicon). A short form ending in ي is left out:
/// a word with the nisba ending takes a sound plural (-يون، -يين), never the infix, so
/// حقني/حقاني are two spellings of one name.
fn broken_plural_pair(a: &str, b: &str) -> bool {
    let bare = |s: &str| -> Vec<char> { s.strip_prefix("ال").unwrap_or(s).chars().collect() };
    let (a, b) = (bare(a), bare(b));
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let alef_infix = long.get(2) == Some(&'ا') && long[..2] == short[..2];
    let fawa_il = short.len() == 4
        && short.get(1) == Some(&'ا')
        && long.get(1) == Some(&'و')
        && long.get(2) == Some(&'ا')
        && long.first() == short.first();
    short.len() >= 3
        && short.last() != Some(&'ي')
        && long.len() == short.len() + 1
        && (alef_infix || fawa_il)
        && long[3..] == short[2..]
}

/// True when `a` and `b` have the same letters but two neighbours in swapped order (الأنباء،
/// الأبناء).
fn transposed(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return false;
    }
    let diff: Vec<usize> = (0..a.len()).filter(|&k| a[k] != b[k]).collect();
    matches!(diff.as_slice(), [x, y] if *y == x + 1 && a[*x] == b[*y] && a[*y] == b[*x])
}

/// True when `lead` (an identity key from [`ORG_LEAD`]) has the shape of a verbal noun of a derived
/// verb (تفعيل: تنظيم، تفاعل: تحالف، افتعال: ائتلاف) and word `j` after it is an ordinary word of the
/// lexicon. Reason: a verbal noun takes its object as its genitive (بتنظيم العمل عن بعد "by
/// organising remote work"), so an ordinary word after it is what the action is done to, not the
/// name of an organisation; a name that is no ordinary word (تحالف سائرون) still follows it.
fn verbal_noun_object(cx: &Context, lead: &str, j: usize) -> bool {
    let c: Vec<char> = lead.chars().collect();
    let masdar = match c.as_slice() {
        ['ت', _, _, 'ي', _] | ['ت', _, 'ا', _, _] => true,
        [a, _, 'ت', _, 'ا', _] => matches!(a, 'ا' | 'إ'),
        _ => false,
    };
    masdar
        && cx
            .doc
            .words
            .get(j)
            .is_some_and(|w| ordinary_word_in(cx, &w.plain) != Lexical::Unknown)
}

/// True when word `j` is a family name ending in ta marbuta (عودة، حمادة، خليفة) after the given
/// names that start at word `i`: the given names follow a title (المهندس زياد عودة) or a comma
/// that sets the full name off after a post (رئيس التجمع، نبيل حمادة،), and the name ends at `j`
/// (punctuation, a reporting cue or أن after it), or the post follows the name in apposition
/// (منير حمادة، نائب رئيس النقابة: [`post_in_apposition`]). Reason: in apposition to a post, a
/// given name and the word that closes the phrase are the holder's full name, so the ta marbuta
/// there is part of a family name, not the mark of a common noun.
fn ta_marbuta_family(cx: &Context, i: usize, j: usize) -> bool {
    let words = &cx.doc.words;
    let (Some(w), Some(t)) = (words.get(j), cx.lex.words.get(j)) else {
        return false;
    };
    let set_off = cx.lex.words[i].title > 0
        || post_in_apposition(cx, j)
        || (i > 0
            && cx
                .doc
                .prose()
                .get(words[i - 1].end()..words[i].start())
                .is_some_and(|g| g.trim() == "،" || g.trim() == ","));
    set_off
        && j > i
        && adjacent(cx, j - 1, j)
        && is_nameable(cx, j)
        && t.place == 0
        && !has_article(w)
        && !w.plain.starts_with('و')
        && w.plain.ends_with('ة')
        && name_ends(cx, j)
}

/// True when the family-name key `key` ends in ta marbuta (identity ه: عودة), both it and word
/// `i` as written (its article added or dropped: العودة) are ordinary words of the lexicon, and
/// word `i` is not the subject right after a reporting cue (وأضاف العودة). Reason: a family name
/// in ta marbuta has the shape of a common noun (عودة "return"), so its other state elsewhere in
/// the story (حق العودة) is that noun; only the speaker's slot after a reporting verb names him.
fn common_noun_in_ta_marbuta(cx: &Context, i: usize, key: &str) -> bool {
    let speaker = i > 0 && adjacent(cx, i - 1, i) && cx.lex.words[i - 1].is_cue();
    key.ends_with('ه') && !speaker && common_noun_states(&cx.doc.words[i].plain, key)
}

/// True when word `i`, a nisba of a place without the article (فاسي), stands right after a
/// reporting cue (وقالت فاسي) and the entity it would join was seeded with strong evidence
/// (`strong`, a given name before it). Reason: no noun precedes the subject of a reporting verb,
/// so a nisba there cannot be an adjective; it is the speaker's family name without its article.
fn speaker_nisba(cx: &Context, i: usize, strong: bool) -> bool {
    strong
        && i > 0
        && adjacent(cx, i - 1, i)
        && cx.lex.words[i - 1].is_cue()
        && !has_article(&cx.doc.words[i])
}

/// True when word `i` is an agency's one-word credit form that is a nisba adjective (الفرنسية for
/// AFP) standing right after a definite common noun it agrees with (الغرفة التونسية الفرنسية،
/// الاستثمارات الفرنسية). Reason: a nisba after a definite noun, or after another nisba in a chain,
/// is that noun's adjective, not the name of the agency.
fn agreeing_nisba(cx: &Context, i: usize) -> bool {
    let w = &cx.doc.words[i];
    // On the identity key, so that a nisba written with ه for ة (الفرنسيه) is one too.
    cx.lex.words[i].agency().is_some_and(|(len, _)| len == 1)
        && w.key.starts_with("ال")
        && (w.key.ends_with('ي') || w.key.ends_with("يه"))
        && attributive(cx, i)
}

/// True when words `i - 1` and `i` are a full name set off by a comma right after a post: a title
/// among the four words before that comma (رئيس لجنة المهرجانات، جورج خوري،), word `i - 1` a word
/// without the article that no list marks, word `i` a family name that does not end in ة or ات,
/// and the name ends at `i` (punctuation, a reporting cue or أن after it). Reason: a post and the
/// name of its holder stand in apposition, so the two words after the comma name that person by
/// given and family name, even when both are also ordinary words. Word `i - 1` is no
/// complementizer ([`complementizer`]: بأن، أنه): أن opens the reported clause after the comma
/// (ردّ النائب فلان، بأن القانون ...), and the word after it is that clause's subject. No given
/// name stands between the post and the comma: a post followed by a given name has named its
/// holder already, and a noun phrase set off after that name is an apposition describing the
/// person (الفنانة ريم سعد، منتجة الفيلم: "producer of the film"), not their name.
fn apposed_full_name(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    if i < 2 || i >= words.len() {
        return false;
    }
    let g = i - 1;
    // A post among the four words before, its holder not yet named: asked first, as it is the
    // rarest and cheapest test. A given name between the post and the comma names the holder
    // there (الفنانة ريم سعد، منتجة الفيلم،), so what the comma sets off after it describes that
    // person; it is no second name.
    let post = (g.saturating_sub(4)..g)
        .any(|k| cx.lex.words[k].title > 0 && (k + 1..g).all(|m| cx.lex.words[m].given == 0));
    if !post || !adjacent(cx, g, i) {
        return false;
    }
    let comma = cx
        .doc
        .prose()
        .get(words[g - 1].end()..words[g].start())
        .is_some_and(|gap| gap.trim() == "،" || gap.trim() == ",");
    let bare = |k: usize| {
        let t = &cx.lex.words[k];
        words[k].kind() == WordKind::Arabic
            && is_nameable(cx, k)
            && t.place == 0
            && t.agency().is_none()
            && !t.org_noun()
            && !has_article(&words[k])
            && !words[k].plain.starts_with('و')
    };
    comma
        && bare(g)
        && !complementizer(&words[g].plain)
        && is_nameable(cx, i)
        && cx.lex.words[i].place == 0
        && !words[i].plain.starts_with('و')
        && !looks_common(&words[i].plain)
        && name_ends(cx, i)
}

/// True when word `i` ends a full name right after a title or post: word `i - 2` is a title (or
/// ends a post with its adjectives or genitive: [`post_ends_before`]), word
/// `i - 1` a word without the article that no list marks (a given name the list lacks: شيخة،
/// فاضل), word `i` does not end in ة or ات (unless [`definite_ta_marbuta_family`]: الطراونة), and
/// the three are written next to each other. Reason: a
/// post followed by two words names its holder by given and family name (المهندسة شيخة المهيري),
/// even when both words are also ordinary words of the lexicon. After a post with the article,
/// word `i - 1` is no third-person imperfect verb the lexicon conjugates (ي/ت: الوزير يزور
/// المعرض) unless the names list holds it: a headline opens with the post as the subject of such
/// a verb, whose object follows; a post without the article is in construct with the noun after
/// it, which only looks like a verb (رئيس تجمع أصحاب المولدات).
fn titled_full_name(cx: &Context, i: usize) -> bool {
    if i < 2 || !adjacent(cx, i - 2, i - 1) || !adjacent(cx, i - 1, i) {
        return false;
    }
    let (g, gt) = (&cx.doc.words[i - 1], &cx.lex.words[i - 1]);
    let w = &cx.doc.words[i];
    (cx.lex.words[i - 2].title > 0 || post_ends_before(cx, i - 1))
        && g.kind() == WordKind::Arabic
        && !has_article(g)
        && !gt.function()
        && !gt.is_cue()
        && gt.title == 0
        && gt.place == 0
        && gt.agency().is_none()
        && !gt.org_noun()
        && !(gt.given == 0
            && has_article(&cx.doc.words[i - 2])
            && g.plain.starts_with(['ي', 'ت'])
            && imperfect_verb(cx, &g.plain))
        && (!looks_common(&w.plain) || definite_ta_marbuta_family(cx, i))
}

/// True when word `i` ends a three-part name after a title or post: word `i - 1` is a father's
/// name, a listed given name or عبد joined to a definite word (عبدالستار, at least seven letters),
/// that itself closes a titled given name ([`titled_full_name`]: الدكتورة سماح عبدالستار), word `i`
/// is written next to it and does not end in ة or ات (unless [`definite_ta_marbuta_family`]).
/// Reason: an Arab full name is often given name, father's name and family name, so after a post
/// the third word is the holder's family name, the name the story resumes alone (وأضافت الجندي).
/// Reads words `i - 6` to `i`.
fn titled_three_part_name(cx: &Context, i: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let Some(father) = i.checked_sub(1).and_then(|f| words.get(f)) else {
        return false;
    };
    let fathers_name = tags[i - 1].given > 0
        || (father.plain.starts_with("عبدال") && at_least_chars(&father.plain, 7));
    i >= 3
        && fathers_name
        && adjacent(cx, i - 1, i)
        && titled_full_name(cx, i - 1)
        && (!looks_common(&words[i].plain) || definite_ta_marbuta_family(cx, i))
}

/// True when a post written before word `g` ends right before it after one or more nisba adjectives
/// that agree with it (الفنانة اللبنانية، المهندسة المعمارية: a nisba in ية, or a listed place's
/// nisba), the post starting at most four words before `g`, and word `g` is no verb the lexicon
/// conjugates (الوزيرة الأردنية دشنت). Reason: an adjective agreeing with the post describes the
/// post, so the holder's name still starts after it (الباحثة المصرية هبة السمان), while a verb
/// there opens the clause. Reads words `g - 4` to `g`.
fn post_ends_before(cx: &Context, g: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let adjective = |j: usize| {
        is_nisba(&words[j].plain)
            && tags[j].given == 0
            && tags[j].title == 0
            && (words[j].plain.ends_with("ية") || is_nisba_of_place(cx, j))
    };
    g < words.len()
        && (g.saturating_sub(4)..g.saturating_sub(1)).any(|k| {
            let first = k + usize::from(tags[k].title);
            tags[k].title > 0
                && first < g
                && (k + 1..=g).all(|m| adjacent(cx, m - 1, m))
                && (first..g).all(adjective)
        })
        && !conjugated_verb(cx, &words[g].plain)
}

/// True when word `i` is a definite word in ta marbuta, no nisba, that the Arabic lexicon does not
/// know (الطراونة، الخوالدة). Reason: common nouns in ة are words of the lexicon, while family names
/// with the article and ta marbuta (Levantine and Gulf tribal names) are not.
fn definite_ta_marbuta_family(cx: &Context, i: usize) -> bool {
    let p = cx.doc.words[i].plain.as_str();
    definite_in_ta_marbuta(p) && ordinary_word_in(cx, p) == Lexical::Unknown
}

/// True when `noun` (a word as written) ends in ta marbuta and `r` (the reading of the next word)
/// is a masculine nisba without the article (حريري): an adjective agrees with its noun in gender,
/// so a masculine nisba after a feminine noun (استقالة حريري) is not its adjective but a name.
fn feminine_noun_before_masculine_nisba(noun: &str, r: &str) -> bool {
    noun.ends_with('ة') && r.ends_with('ي') && !r.ends_with("يه") && !r.starts_with("ال")
}

/// Test helpers shared by the names modules' tests.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::analysis::{Finding, analyze_text};
    use crate::profile::Profile;
    use crate::text::Format;

    /// The `name-variant` findings of a full analysis of `src` (plain text, embedded profile).
    pub(crate) fn name_variant_findings(src: &str) -> Vec<Finding> {
        name_variant_findings_with(src, &Profile::embedded())
    }

    /// The `name-variant` findings of a full analysis of `src` (plain text) with the profile an
    /// `isnad.toml` of text `toml` makes; panics (failing the test) when `toml` does not parse.
    pub(crate) fn name_variant_findings_under(src: &str, toml: &str) -> Vec<Finding> {
        let config = crate::profile::config::Config::parse(toml).unwrap();
        name_variant_findings_with(src, &Profile::with_config(&config))
    }

    fn name_variant_findings_with(src: &str, profile: &Profile) -> Vec<Finding> {
        analyze_text(src, Format::Plain, profile)
            .findings
            .into_iter()
            .filter(|f| f.rule == "name-variant")
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Context;
    use crate::profile::Profile;
    use crate::text::{Document, Format};

    /// The entities of `src` detected with the open draft's memo `memo` (kept from the versions
    /// analysed before), after asserting they are those of a fresh pass with no memo.
    fn kept_equals_fresh(
        p: &Profile,
        memo: &std::cell::RefCell<SeedMemo>,
        src: &str,
    ) -> Vec<Entity> {
        let doc = Document::new(src, Format::Plain);
        let got = detect(&Context::new(&doc, p).with_seed_memo(memo));
        let fresh = detect(&Context::new(&doc, p));
        assert_eq!(format!("{got:?}"), format!("{fresh:?}"), "{src:?}");
        got
    }

    fn entities(src: &str) -> Vec<(NameKind, Vec<(String, usize)>)> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        detect(&cx)
            .into_iter()
            .map(|e| (e.kind, e.spellings()))
            .collect()
    }

    /// The spellings of the entities of `kind` detected in `src`, one list per entity.
    fn spellings_of(src: &str, kind: NameKind) -> Vec<Vec<String>> {
        entities(src)
            .into_iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, s)| s.into_iter().map(|(x, _)| x).collect())
            .collect()
    }

    #[test]
    fn a_word_counted_after_a_quantifier_is_no_family_name() {
        // Written for this test: عمر ("age", and a given name) before a definite noun, which the
        // story also counts (كل، ألف) as an indefinite common noun.
        let src = "ويشترط أن يكون عمر المتطوع فوق 18 عاماً، ويحصل كل متطوع على شهادة، وشارك \
                   ألف متطوع في الحملة.";
        let people = spellings_of(src, NameKind::Person);
        assert!(
            !people.iter().flatten().any(|s| s.contains("متطوع")),
            "{people:?}"
        );
        let src = "وحدد النظام سن المشترك بثلاثين عاماً، إذ يجب أن يتجاوز عمر المشترك 30 عاماً، \
                   ويدفع كل مشترك رسماً.";
        let people = spellings_of(src, NameKind::Person);
        assert!(
            !people.iter().flatten().any(|s| s.contains("مشترك")),
            "{people:?}"
        );
    }

    #[test]
    fn a_kunya_with_a_given_name_names_a_person() {
        // Written for this test: أم/أبو + a listed given name (or العبد) after a verb or a comma
        // is a kunya, with the family name after it when one follows.
        let people = spellings_of(
            "وفي السوق، وقفت أم ياسر حمدونة تبيع الخبز.",
            NameKind::Person,
        );
        assert!(people.iter().flatten().any(|s| s == "حمدونة"), "{people:?}");
        let people = spellings_of(
            "وفي القرية، تبيع أم العبد حمادنة الخبز كل صباح، وتقول إن الأسعار ارتفعت.",
            NameKind::Person,
        );
        assert!(people.iter().flatten().any(|s| s == "حمادنة"), "{people:?}");
        let people = spellings_of(
            "وفي المخيم، يروي أبو سامي عودة أن الماء انقطع.",
            NameKind::Person,
        );
        assert!(people.iter().flatten().any(|s| s == "عودة"), "{people:?}");
        // The conjunction أم ("or") after a noun joins two of a kind: no kunya.
        let people = spellings_of("ولا يعرف أحد هل يصل القطار أم كريم أولاً.", NameKind::Person);
        assert!(!people.iter().flatten().any(|s| s == "كريم"), "{people:?}");
    }

    #[test]
    fn a_nisba_between_a_title_and_a_given_name_is_the_title_s_adjective() {
        // Written for this test: the nisba after the title (a profession's adjective) is no
        // family name when the holder's given name follows it.
        for src in [
            "وقال الباحث الموسيقي سامي بن عادل الفرج إن التسجيلات نادرة. وأضاف الفرج أن العمل مستمر.",
            "وأكد الكاتب الصحفي ماجد السويدي أن المعرض ناجح. وقال السويدي إن الزوار كثر.",
            "وأوضح المحلل الاقتصادي حسن العبيدي أن الأسعار سترتفع، وأضاف العبيدي أن السوق هادئة.",
        ] {
            let people = spellings_of(src, NameKind::Person);
            assert!(
                !people
                    .iter()
                    .flatten()
                    .any(|s| matches!(s.as_str(), "الموسيقي" | "الصحفي" | "الاقتصادي")),
                "{src}: {people:?}"
            );
            assert_eq!(people.len(), 1, "{src}: {people:?}");
        }
        // With no given name after it, a nisba after a title is the family name.
        let people = spellings_of("وقال الرئيس السيسي إن المشروع مهم.", NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "السيسي"), "{people:?}");
    }

    #[test]
    fn a_preposition_with_a_pronoun_is_no_name_word() {
        // Written for this test: أشرف (a given name, and the verb "supervised") before عليه
        // ("on it"), and عليه before a transliterated family name: no person is named عليه.
        let src = "افتتح الوزير سليم الحدادي المعرض الذي أشرف عليه فريق من المهندسين، وقال \
                   الحدادي إن المعرض أشرف عليه مكتب محلي. وقال المدرب ماركو فيلاتي إن الحارس \
                   الذي رد عليه ياكونان سيشارك، وأضاف فيلاتي أن ياكونان جاهز.";
        let people = spellings_of(src, NameKind::Person);
        assert!(!people.iter().flatten().any(|s| s == "عليه"), "{people:?}");
        assert!(preposition_with_pronoun("عليه"));
        assert!(preposition_with_pronoun("وإليهم"));
        assert!(preposition_with_pronoun("لديها"));
        // Quiet test: the given name علية in ta marbuta, and a name ending in ه, are no phrase.
        assert!(!preposition_with_pronoun("علية"));
        assert!(!preposition_with_pronoun("شحاته"));
        let named = "وقال المدير سامي شحاته إن المصنع توقف، وأضاف شحاته أن العمال ينتظرون.";
        assert_eq!(spellings_of(named, NameKind::Person), [["شحاته"]]);
    }

    #[test]
    fn a_kunya_after_a_given_name_closes_the_name() {
        // Written for this test: a definite common noun after given name + أبو + word is the
        // verb's object, not a second family name.
        for (src, object) in [
            (
                "وقبل نهاية المباراة سجل محمود أبو ريدة الهدف الثاني للفريق.",
                "الهدف",
            ),
            (
                "وحقق العداء سامي أبو شمالة الفوز في السباق، وقال أبو شمالة إنه سعيد.",
                "الفوز",
            ),
            (
                "ثم أدرك اللاعب رامي ابو حسنة التعادل بعد دقائق من الاستراحة.",
                "التعادل",
            ),
        ] {
            let people = spellings_of(src, NameKind::Person);
            assert!(
                !people.iter().flatten().any(|s| s == object),
                "{src}: {people:?}"
            );
        }
        // Quiet tests: a kunya in the given name's place keeps its family name; a nisba after
        // the kunya is the family name (the name goes on).
        let src = "ويقول الصياد أبو خليل الحمدان إن البحر هادئ. ويضيف الحمدان أن الموسم قصير.";
        let people = spellings_of(src, NameKind::Person);
        assert!(
            people.iter().flatten().any(|s| s == "الحمدان"),
            "{people:?}"
        );
        let src =
            "وقال الباحث خالد أبو زيد المصري إن الدراسة اكتملت. وأضاف المصري أن النتائج مشجعة.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "المصري"), "{people:?}");
    }

    #[test]
    fn a_common_word_typed_on_a_persian_keyboard_is_that_word() {
        // Written for this test: common nouns typed with ک and ی beside their Arabic spelling
        // are those nouns, no person (the lookalike letter is `lookalike-letter`'s finding).
        for src in [
            "وقالت الحکومة في بيان إن الحكومة لن تتراجع عن قرارها.",
            "وأعلنت الوزارة أن الشرکة ستدفع التعويضات، وقالت الشركة إنها ستلتزم.",
            "وأكد المسؤول أن الجیش انسحب من المنطقة، ثم عاد الجيش إليها مساء.",
        ] {
            let people = spellings_of(src, NameKind::Person);
            assert!(people.is_empty(), "{src}: {people:?}");
        }
        // Quiet test: a name the dictionary lacks, typed both ways, is one person spelled two
        // ways (name-variant's finding).
        let src = "وقال المستشار حسن کرمانی إن الاتفاق قائم، وأضاف كرماني أن المفاوضات مستمرة.";
        let people = spellings_of(src, NameKind::Person);
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].len(), 2, "{people:?}");
    }

    #[test]
    fn a_given_name_typed_on_a_persian_keyboard_stays_with_its_family_name() {
        // Written for this test: a given name with ی or ک before a family name is read as the
        // given name in Arabic letters.
        for (src, given) in [
            (
                "وقال المدرب عزیز أوزتورك إن الفريق جاهز. وأضاف أوزتورك أن اللاعبين بخير.",
                "عزيز",
            ),
            (
                "وقال الوزير رفیق الحلبي إن الموسم جيد. وأضاف الحلبي أن الأمطار كافية.",
                "رفيق",
            ),
            (
                "وصرح النائب کمال الدباغ بأن الجلسة تأجلت، وقال الدباغ إن النصاب لم يكتمل.",
                "كمال",
            ),
            (
                "وقالت الناشطة سمیرة الخالدي إن الحملة مستمرة. وأضافت الخالدي أنها لن تتوقف.",
                "سميره",
            ),
        ] {
            let doc = Document::new(src, Format::Plain);
            let p = Profile::embedded();
            let cx = Context::new(&doc, &p);
            let people: Vec<Entity> = detect(&cx)
                .into_iter()
                .filter(|e| e.kind == NameKind::Person)
                .collect();
            assert!(
                people.iter().any(|e| e.given == [given.to_string()]),
                "{src}: {:?}",
                people.iter().map(|e| &e.given).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_make_after_a_noun_of_model_is_no_person() {
        // Written for this test: باتريوت (also with the Persian ی of copy pasted from Persian
        // sources) after من طراز is the missiles' model.
        for name in ["باتريوت", "باتر\u{06CC}وت"] {
            let src = format!(
                "وأعلن الجيش أنه اعترض طائرة مسيرة بصاروخ من طراز {name} فوق البحر. وأطلقت \
                 البطارية صاروخين آخرين من طراز {name} بعد ساعة."
            );
            let people = spellings_of(&src, NameKind::Person);
            assert!(!people.iter().flatten().any(|s| *s == name), "{people:?}");
        }
        // Quiet test: a player compared with a named player once is still that player.
        let src = "وقال المدرب سامي الخطيب إن الفريق يحتاج لاعباً من طراز رونالدينيو، وأضاف أن \
                   رونالدينيو صنع الفارق، وتابع: «رونالدينيو لا يتكرر». ورد رونالدينيو بالشكر.";
        let people = spellings_of(src, NameKind::Person);
        assert!(
            people.iter().flatten().any(|s| s == "رونالدينيو"),
            "{people:?}"
        );
    }

    #[test]
    fn a_listed_place_read_as_a_verb_or_an_adjective_is_no_place() {
        // Written for this test: كان "was" after ما إذا and a definite noun, and البيضاء "white"
        // after the definite الراية, are the verb and the adjective, no town.
        let src = "ولا يعرف أحد ما إذا كان الاتفاق صامداً، بعدما رفع المقاتلون الراية البيضاء \
                   فوق المبنى. وقال القائد إن المدير كان غائباً.";
        assert_eq!(
            spellings_of(src, NameKind::Place),
            Vec::<Vec<String>>::new()
        );
        // Quiet test: after a place noun, a preposition or the head of a construct they are the
        // towns.
        let towns = "ووصل الوفد إلى محافظة البيضاء أمس، ثم عاد الوفد إلى البيضاء.";
        assert_eq!(spellings_of(towns, NameKind::Place), [["البيضاء"]]);
        let doc = Document::new(
            "وعرض الفيلم في مهرجان كان السينمائي، ثم غادر مدينة كان.",
            Format::Plain,
        );
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let cannes: Vec<usize> = (0..doc.words.len())
            .filter(|&i| doc.words[i].plain == "كان")
            .collect();
        assert_eq!(cannes.len(), 2);
        assert!(cannes.iter().all(|&i| !listed_place_as_word(&cx, i)));
    }

    #[test]
    fn a_passive_verb_vowelled_as_such_is_no_listed_town() {
        // Written for this test: صُوّر "was filmed" (damma, then shadda: the passive of the
        // doubled stem), with and without و, spells the letters of صور (Tyre) and is the verb.
        let src = "وقال المخرج سامي الحلبي: «المشهد صُوّر في الليل، وصُوّر الباقي في الصباح».";
        assert_eq!(
            spellings_of(src, NameKind::Place),
            Vec::<Vec<String>>::new()
        );
        // Quiet test: the town after a place noun and a preposition is still the town.
        let town = "ووصل الوفد إلى مدينة صور أمس، ثم غادر صور مساء.";
        assert_eq!(spellings_of(town, NameKind::Place), [["صور"]]);
    }

    #[test]
    fn a_feminine_nationality_nisba_standing_alone_opens_a_transliterated_name() {
        // Written for this test: الكينية "the Kenyan woman" right after the verb, then the
        // runner's given and family names, both outside the lexicon.
        let src = "وفي فئة السيدات، توجت الكينية جوديث أوتيينو باللقب بزمن قياسي. وقالت \
                   أوتيينو إنها سعيدة.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let people: Vec<(String, Vec<String>)> = detect(&cx)
            .into_iter()
            .filter(|e| e.kind == NameKind::Person)
            .map(|e| (e.key, e.given))
            .collect();
        assert_eq!(people, [("اوتيينو".to_string(), vec!["جوديث".to_string()])]);
        // Quiet test: after a definite noun the feminine nisba is its adjective (الخطوط
        // الكينية "the Kenyan airline") and opens no name.
        let doc = Document::new("ووقعت الخطوط الكينية جوديث أوتيينو عقدا.", Format::Plain);
        let cx = Context::new(&doc, &p);
        let j = (0..doc.words.len())
            .find(|&i| doc.words[i].plain == "جوديث")
            .unwrap();
        assert!(!nationality_before(&cx, j));
        // Quiet test: a listed place in ية is the place (في السعودية "in Saudi Arabia"), no
        // nisba standing for a woman.
        let doc = Document::new(
            "ووقعت الشركة عقدا لبناء مسرح في السعودية وتشكيل أوركسترا جديدة.",
            Format::Plain,
        );
        let cx = Context::new(&doc, &p);
        let j = (0..doc.words.len())
            .find(|&i| doc.words[i].plain == "وتشكيل")
            .unwrap();
        assert!(!nationality_before(&cx, j));
    }

    #[test]
    fn a_nisba_closing_a_three_part_name_before_a_prepositional_complement_is_the_family_name() {
        // Written for this test: the full name الجيلالي قايد الدهماني (given name, father's name,
        // family nisba the lexicon lacks) goes on to بقصر, a prepositional complement.
        let src = "وشاركت الوزيرة في اجتماع ترأسه رئيس الجمهورية الجيلالي قايد الدهماني بقصر \
                   الرئاسة في إطار متابعة الملفات.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let people: Vec<(String, Vec<String>)> = detect(&cx)
            .into_iter()
            .filter(|e| e.kind == NameKind::Person)
            .map(|e| (e.key, e.given))
            .collect();
        assert_eq!(
            people,
            [("الدهماني".to_string(), vec!["الجيلالي قايد".to_string()])]
        );
        // Quiet test: a participle the lexicon knows goes on with its complement (المنتمي
        // للحزب "belonging to the party"), and a second given name joined by و is a second
        // person, no father's name.
        let participle = "وأقيل المحافظ السابق خالد مرسي المنتمي للحزب في منتصف العام بعد \
                          الاحتجاجات.";
        assert_eq!(spellings_of(participle, NameKind::Person), [["مرسي"]]);
        assert!(!nasab_family_in(
            "وعين المجلس يوسف وطه الحمداني، وعلي الحاكم أعضاء."
        ));
    }

    /// True when some word pair of `src` reads as [`nasab_family`] after the given name before it.
    fn nasab_family_in(src: &str) -> bool {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        (1..doc.words.len()).any(|j| cx.lex.words[j - 1].given > 0 && nasab_family(&cx, j - 1, j))
    }

    #[test]
    fn a_perfect_verb_after_a_full_name_is_its_predicate_not_a_middle_name() {
        // Written for this test: a subject-first clause, a titled given and family name, then a
        // defective verb with its final alef maqsura (سعى، مضى) and, later, the verbal noun سعي.
        for (src, family, verb) in [
            (
                "وقال الوزير إن «رئيس الحكومة خالد منصور سعى وسوف يسعى إلى الحل». وأكد ضرورة سعي الجميع.",
                "منصور",
                "سعى",
            ),
            (
                "وذكر البيان أن المدير سامر يوسف مضى في خطته رغم الاعتراض.",
                "يوسف",
                "مضى",
            ),
        ] {
            let doc = Document::new(src, Format::Plain);
            let p = Profile::embedded();
            let cx = Context::new(&doc, &p);
            let at = doc
                .words
                .iter()
                .position(|w| w.plain == verb)
                .expect("the verb is a word");
            assert!(defective_perfect(&cx, verb), "{verb}");
            let people: Vec<(String, Vec<String>)> = detect(&cx)
                .into_iter()
                .filter(|e| e.kind == NameKind::Person)
                .map(|e| (e.key, e.given))
                .collect();
            assert!(people.iter().any(|(k, _)| k == family), "{people:?}");
            assert!(
                !people.iter().any(|(k, _)| *k == doc.words[at].key),
                "{verb} is no name: {people:?}"
            );
        }
    }

    #[test]
    fn a_transliterated_name_after_a_nationality_is_a_full_name() {
        // Written for this test: خوليو بارغاس after البديل البرازيلي, no title before it,
        // and the family name respelled with the article inside a quotation.
        let src = "ثم يضيف البديل البرازيلي خوليو بارغاس هدف الفوز في الدقيقة 86. وقال \
                   المدرب: «التغييرات صنعت الفارق، والبارغاس لاعب يعرف كيف يسجل».";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let people: Vec<(Vec<(String, usize)>, Vec<String>)> = detect(&cx)
            .into_iter()
            .filter(|e| e.kind == NameKind::Person)
            .map(|e| (e.spellings(), e.given))
            .collect();
        assert_eq!(
            people,
            [(
                vec![("بارغاس".to_string(), 1), ("البارغاس".to_string(), 1)],
                vec!["خوليو".to_string()]
            )]
        );
        // Quiet test: after a feminine nisba (a body's, الشركة الصينية) no name is read.
        let body = "ووقعت الشركة الصينية هواوي تكنولوجيز عقداً جديداً مع الحكومة.";
        assert_eq!(
            spellings_of(body, NameKind::Person),
            Vec::<Vec<String>>::new()
        );
    }

    #[test]
    fn a_feminine_nisba_after_a_feminine_noun_is_the_adjective() {
        // Written for this test: سورية (the Levant's spelling of Syria) after the indefinite
        // feminine noun مقاتلة is the agreeing adjective "Syrian", no place.
        let src = "وأسقطت الدفاعات مقاتلة سورية فوق الحدود، ثم اعترضت مقاتلة سورية ثانية.";
        assert_eq!(
            spellings_of(src, NameKind::Place),
            Vec::<Vec<String>>::new()
        );
        // Quiet test: after a preposition and a verb it is the country.
        let country = "ووصل الوفد إلى سورية أمس، وغادر سورية اليوم.";
        assert_eq!(spellings_of(country, NameKind::Place), [["سورية"]]);
        // A definite place after a feminine noun is its genitive, no adjective.
        let city = "وزار الوفد مكتبة الإسكندرية أمس.";
        assert_eq!(spellings_of(city, NameKind::Place), [["الإسكندرية"]]);
    }

    #[test]
    fn an_agency_named_by_a_feminine_nisba_after_a_feminine_noun_is_the_adjective() {
        // Written for this test: وطنية (the short name of the Lebanese national agency) after
        // the indefinite حملة and the plural of things اتحادات is the adjective "national".
        let src = "وأطلقت الوزارة حملة وطنية للتلقيح، وشاركت فيها اتحادات وطنية عدة.";
        let orgs = spellings_of(src, NameKind::Org);
        assert!(!orgs.iter().flatten().any(|s| s == "وطنية"), "{orgs:?}");
        // Quiet test: after a verb of reporting it is the agency.
        let agency = "وذكرت وطنية أن الجلسة تأجلت. ونقلت وطنية عن مصدر أن الموعد تغير.";
        let orgs = spellings_of(agency, NameKind::Org);
        assert!(orgs.iter().flatten().any(|s| s == "وطنية"), "{orgs:?}");
    }

    #[test]
    fn a_country_spelled_as_an_adjective_after_an_indefinite_noun_is_the_adjective() {
        // Written for this test: مالي "financial" after خلاف and بمبلغ, with no mention of
        // the country elsewhere, is the adjective; after في and a direction it is the country.
        let src = "نشب خلاف مالي بين الشريكين، وانتهى بمبلغ مالي كبير.";
        assert!(
            spellings_of(src, NameKind::Place).is_empty(),
            "{:?}",
            entities(src)
        );
        let src = "نشب خلاف مالي بين الشريكين، ثم سافر أحدهما إلى شمال مالي.";
        assert_eq!(
            spellings_of(src, NameKind::Place),
            [vec!["مالي".to_string()]]
        );
        let src = "وقعت أزمة مالي الأخيرة بعد الانقلاب.";
        assert_eq!(
            spellings_of(src, NameKind::Place),
            [vec!["مالي".to_string()]]
        );
    }

    #[test]
    fn an_agency_after_a_speakers_name_is_no_family_name() {
        // Written for this test: لرويترز after the speaker's name is the addressee, so its
        // Persian-letter spelling later is a second spelling of the agency.
        let src = "القاهرة (رويترز) - قال الخبير سامر نادر لرويترز إن الأسعار سترتفع.\n\nوأضاف مصدر لرویترز أن الطلب تراجع.";
        assert!(
            spellings_of(src, NameKind::Person)
                .iter()
                .all(|s| !s.iter().any(|x| x.contains("رويترز"))),
            "{:?}",
            entities(src)
        );
        assert_eq!(
            spellings_of(src, NameKind::Org),
            [vec!["رويترز".to_string(), "رویترز".to_string()]]
        );
    }

    #[test]
    fn an_agency_first_written_with_a_preposition_is_named_without_it() {
        // Written for this test: the story first names the agency as the addressee (لرويترز),
        // then as the subject (رويترز): one organisation, spelled رويترز, not two.
        let src =
            "وقال مسؤول في الوزارة لرويترز إن الاتفاق قريب، ونقلت رويترز عن مصدر آخر أنه تأجل.";
        assert_eq!(
            spellings_of(src, NameKind::Org),
            [vec!["رويترز".to_string()]],
            "{:?}",
            entities(src)
        );
        let src = "وقال مسؤول في الوزارة لرويترز إن الاتفاق قريب.";
        assert_eq!(
            spellings_of(src, NameKind::Org),
            [vec!["رويترز".to_string()]]
        );
    }

    #[test]
    fn the_team_a_coach_coaches_is_a_name() {
        // Written for this test: الصخرة ("the rock") is an ordinary word; after مدرب and before
        // the coach's comma it is the team, so its later الصخرة and الصخره are one name.
        let src = "وقال كامل نادر، مدرب الصخرة، إن فريقه لعب جيدا.\n\nوبهذا رفع الصخرة رصيده، وتراجع الصخره بعدها.";
        assert_eq!(
            spellings_of(src, NameKind::Org),
            [vec!["الصخرة".to_string(), "الصخره".to_string()]]
        );
        // A team noun after the coach (مدرب الفريق), or a noun the construct goes on past, is no name.
        let src = "وقال مدرب الفريق، كامل نادر، إن اللاعبين تعبوا. وأشاد مدرب اللياقة البدنية بهم.";
        assert!(
            spellings_of(src, NameKind::Org).is_empty(),
            "{:?}",
            entities(src)
        );
    }

    #[test]
    fn a_province_is_named_by_a_place_noun_and_a_dual_construct_names_two_places() {
        // Written for this test: after إقليم the definite place noun الضاحية ("the suburb") is
        // the province's name; after the dual محافظتي the first of two و-joined words is a place.
        let src = "زار الوزير إقليم الضاحية أمس. وقال الحاكم إن الضاحيه آمنة.";
        assert_eq!(
            spellings_of(src, NameKind::Place),
            [vec!["الضاحية".to_string(), "الضاحيه".to_string()]]
        );
        let src = "انتشر المرض في محافظتي الشرفة والنجود. وفي الشرفه تراجعت الحالات.";
        assert_eq!(
            spellings_of(src, NameKind::Place),
            [vec!["الشرفة".to_string(), "الشرفه".to_string()]]
        );
        // The noun with the possessive ي (مدينتي "my city") before an adjective is no dual.
        let src = "أحب مدينتي الجميلة كثيرا.";
        assert!(
            spellings_of(src, NameKind::Place).is_empty(),
            "{:?}",
            entities(src)
        );
    }

    #[test]
    fn an_outlet_named_in_a_credit_is_a_name_in_the_whole_story() {
        // Written for this test: الغد is also "tomorrow"; quoted after لـ before إن it is the
        // paper, so its later mention in quotation marks spelled with a hamza is a variant.
        let src =
            "وقال مسؤول لـ«الغد» إن الأسعار سترتفع.\n\nوفي جولة لـ«ألغد» في السوق، اشتكى التجار.";
        assert_eq!(
            spellings_of(src, NameKind::Org),
            [vec!["الغد".to_string(), "ألغد".to_string()]]
        );
    }

    #[test]
    fn a_listed_place_cited_as_an_outlet_is_the_outlet() {
        // Written for this test: الخليج is a region of the place list and a paper of the agency
        // list; the story credits the paper, so each mention is the paper's name.
        let src = "المنامة (الخليج) - افتتحت الوزارة مدرسة جديدة.\n\nوقال المدير سالم الفرحان لصحيفة الخليج إن المدرسة تتسع لألف طالب، بحسب ما نقلت الخليج.";
        let got = entities(src);
        let kinds: Vec<NameKind> = got
            .iter()
            .filter(|(_, sp)| sp.iter().any(|(x, _)| x == "الخليج"))
            .map(|(k, _)| *k)
            .collect();
        assert_eq!(kinds, vec![NameKind::Org], "{got:?}");
    }

    #[test]
    fn a_credit_to_agencies_in_general_names_no_outlet() {
        // Written for this test: the credit line names the paper الوطن and "agencies" in general;
        // وكالات is a common noun, no organisation of the story.
        let src = "قال الوزير إن الأسعار سترتفع في الشهر المقبل.\n(وكالات-الوطن)";
        let got = entities(src);
        let orgs: Vec<&str> = got
            .iter()
            .filter(|(k, _)| *k == NameKind::Org)
            .flat_map(|(_, s)| s.iter().map(|(x, _)| x.as_str()))
            .collect();
        assert_eq!(orgs, vec!["الوطن"], "{got:?}");
    }

    #[test]
    fn a_common_word_after_a_noun_is_no_family_name_with_the_article() {
        // Written for this test: سلام is the prime minister's family name; «مبادرة السلام» and
        // «عملية السلام» are "the peace initiative", "the peace process".
        let src = "قال رئيس الحكومة نواف سلام إن البلاد ملتزمة بمبادرة السلام العربية.\n\nوأضاف سلام أن عملية السلام تحتاج إلى دعم.\n";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        // At a clause's head, after إن, before an adjective, opening a quotation: the common word.
        let src = "قال رئيس الحكومة نواف سلام إن «السلام لا يبنى بالخطابات».\n\nوأضاف سلام أن السلام يحتاج إلى العون الدولي، وإن البلاد تقدر العون الفرنسي.\n\nوزار جوزاف عون المدينة.\n";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        // After a verb of speech, a given name or a title, the article on his name is a
        // respelling of it.
        let src = "قال رئيس الحكومة نواف سلام إن البلاد ملتزمة بالمبادرة.\n\nوأضاف السلام أن العملية تحتاج إلى دعم.\n";
        assert_eq!(variants(src), ["السلام"]);
        let src = "قال رئيس الحكومة نواف سلام إن البلاد ملتزمة بالمبادرة.\n\nوأكد نواف السلام أن العملية تحتاج إلى دعم.\n";
        assert_eq!(variants(src), ["السلام"]);
    }

    #[test]
    fn a_noun_and_its_broken_plural_are_not_two_spellings() {
        // Written for this test: مخابز ("bakeries") names a company after شركة; مخبز ("a
        // bakery") later in the story is the singular of the same noun, not a respelling.
        let src = "أعلنت شركة مخابز النخيل زيادة أرباحها هذا العام.\n\nوقال المدير إن الشركة ستفتتح مخبز الواحة الجديد قريبا.\n";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        assert!(broken_plural_pair("مصنع", "مصانع") && broken_plural_pair("المساجد", "المسجد"));
        assert!(!broken_plural_pair("العلوي", "العالوي"));
        assert!(broken_plural_pair("الساحل", "السواحل") && broken_plural_pair("شوارع", "شارع"));
        assert!(!broken_plural_pair("سالم", "سوالمة") && !broken_plural_pair("باسل", "بوسل"));
        // Written for this test: السواحل ("the coasts") and الساحل ("the coast") are a noun and
        // its plural of the pattern فواعل, not two spellings of a name.
        let src = "قالت الباحثة سلمى حداد إن المرجان يحمي السواحل من الأمواج العالية.\n\nوأضافت أن مياه الصرف تصل إلى الساحل كل صيف.\n";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        // A nisba ending takes a sound plural: a long vowel more in such a name is a respelling.
        assert!(!broken_plural_pair("حقني", "حقاني") && !broken_plural_pair("الكرمني", "الكرماني"));
    }

    #[test]
    fn a_name_in_ta_marbuta_outside_the_lexicon_written_with_ha_is_a_variant() {
        // Written for this test: سعدة is no word of the lexicon, which knows سعده only as سعد
        // with the pronoun; after the given name رضا it is a family name, and سعده later the
        // same name with the dots of its ta marbuta dropped.
        let src = "تتواصل محاكمة المدير السابق للمؤسسة رضا سعدة، المتابع بتهم الفساد. وقال ممثل النيابة إن سعدة منح صفقات بالتراضي. ونفى المتهم سعده كل التهم.";
        assert_eq!(variants(src), ["سعده"]);
        assert!(
            entities(src).contains(&(
                NameKind::Person,
                vec![("سعدة".to_string(), 2), ("سعده".to_string(), 1)]
            )),
            "{:?}",
            entities(src)
        );
    }

    #[test]
    fn a_definite_name_in_ta_marbuta_outside_the_lexicon_written_with_ha_is_a_variant() {
        // Written for this test: المسيفرة, a village no list holds and the lexicon lacks,
        // written once with ه; the article rules out the pronoun ـه, so المسيفره is the same
        // name, and a definite name alone in no name slot is a place.
        let src = "وصلت قافلة المساعدات إلى المسيفرة صباح أمس بعد رحلة طويلة. وقال السكان إن الطريق إلى المسيفره ما زال مغلقا. وتنتظر المسيفرة وصول الأطباء.";
        assert_eq!(variants(src), ["المسيفره"]);
        assert!(
            entities(src).contains(&(
                NameKind::Place,
                vec![("المسيفرة".to_string(), 2), ("المسيفره".to_string(), 1)]
            )),
            "{:?}",
            entities(src)
        );
        // A common noun in ة that the lexicon knows, slipped into ه, is no name.
        let src = "وقالت الحكومة إن الخطة جاهزة. وأضافت أن الحكومه ستعلن التفاصيل. ورحبت المعارضة بخطوة الحكومة.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn a_name_with_a_letter_outside_the_alphabet_and_its_arabic_spelling_are_one_name() {
        // Written for this test: گوران with the Kurdish gaf, كوران with ك (also an ordinary
        // word to the lexicon) in the next sentence.
        let src =
            "يشكو مزارعو ناحية گوران من تأخر الأمطار. ودعت الوزارة المزارعين في كوران إلى الصبر.";
        assert_eq!(variants(src), ["كوران"]);
        // چ writes the ج of Iraqi copy: a word outside the lexicon spelled both ways.
        let src = "وقال الصياد إن أهوار الچويبدة جفت هذا الصيف، وإن عشرات العائلات رحلت عن الجويبدة إلى المدن.";
        assert_eq!(variants(src), ["الجويبدة"]);
        assert_eq!(arabic_for_foreign_letter('ڤ'), ['ف']);
        assert!(arabic_for_foreign_letter('ك').is_empty());
    }

    #[test]
    fn a_definite_noun_after_a_post_without_the_article_is_its_genitive() {
        // Written for this test: المصانع ("the factories") names a body after هيئة; مدير المصنع
        // ("the factory's manager") is a post in construct with the singular noun, whose genitive
        // is the institution, not a respelling of the body's name.
        let src = "قررت هيئة المصانع الحربية إغلاق المصنع. وقال مدير المصنع المهندس سامر العلي إن المصنع قديم، وإن هيئة المصانع ستعوض العمال.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn a_post_set_off_after_a_titled_name_is_no_second_name() {
        // Written for this test: the singer is named after her title (الفنانة ريم سعد); the
        // words set off after the comma (منتجة الفيلم, "producer of the film") describe her.
        let src = "وقالت الفنانة ريم سعد، منتجة الفيلم، إنها سعيدة. وأضافت أن الفيلم يروي قصة حقيقية. وهو فيلم قصير.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        assert!(
            entities(src)
                .iter()
                .all(|(_, s)| s.iter().all(|(w, _)| w != "الفيلم")),
            "{:?}",
            entities(src)
        );
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "الفيلم").unwrap();
        assert!(!apposed_full_name(&cx, at));
    }

    #[test]
    fn adjectives_and_place_nouns_after_a_place_noun_are_no_place() {
        let src = "وصل الوفد إلى العاصمة اليمنية أمس، ثم زار عاصمة المحافظة، وقال إن منطقة الحمراوية آمنة، وإن مدينة سنجة هادئة.";
        let got = entities(src);
        let places: Vec<&str> = got
            .iter()
            .filter(|(k, _)| *k == NameKind::Place)
            .flat_map(|(_, s)| s.iter().map(|(x, _)| x.as_str()))
            .collect();
        assert_eq!(places, vec!["الحمراوية", "سنجة"], "{got:?}");
    }

    /// `foreign_seeds`' interesting words of `src` through the kept index of `memo` (updated
    /// from the version `memo` holds), checked against the from-scratch pass; returns the
    /// spellings marked.
    fn interesting_kept(src: &str, memo: &std::cell::RefCell<SeedMemo>) -> Vec<String> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p).with_seed_memo(memo);
        let candidate = |i: usize| foreign_candidate(&cx, i);
        let kept = reuse::Kept::of(&cx, memo);
        let got = kept.interesting(&cx, &candidate);
        assert_eq!(got, interesting_words(&cx, &candidate), "{src:?}");
        kept.keep(
            &cx,
            memo,
            &[],
            Vec::new(),
            Vec::new(),
            Vec::new(),
            Vec::new(),
            Vec::new(),
        );
        assert_eq!(memo.borrow().foreign_len(), doc.words.len());
        (0..doc.words.len())
            .filter(|&i| got[i])
            .map(|i| doc.words[i].plain.to_string())
            .collect()
    }

    #[test]
    fn the_kept_index_keeps_the_flags_of_unchanged_words_when_no_key_changes_its_answer() {
        let memo = std::cell::RefCell::new(SeedMemo::default());
        // غارديان written with and without the article (interesting); كوسبر alone.
        let a = "نشرت الغارديان تقريرا مطولا.\n\nوقالت غارديان إن كوسبر غادر.";
        assert_eq!(interesting_kept(a, &memo), ["الغارديان", "غارديان"]);
        let kept = memo.borrow().foreign_flags_kept();
        // A letter typed at the end of an ordinary word: no key changes its answer, so the
        // other words keep their flags.
        let b = a.replace("مطولا", "مطولاب");
        assert_eq!(interesting_kept(&b, &memo), ["الغارديان", "غارديان"]);
        assert_eq!(memo.borrow().foreign_flags_kept(), kept + 1);
        // The second spelling edited away: الغارديان's key changes its answer, every word is
        // asked again.
        let c = b.replace("وقالت غارديان", "وقالت صحيفة");
        assert_eq!(interesting_kept(&c, &memo), Vec::<String>::new());
        assert_eq!(memo.borrow().foreign_flags_kept(), kept + 1);
    }

    #[test]
    fn kept_foreign_parts_and_inflected_answers_give_the_entities_of_a_fresh_pass() {
        // Written for this test: a paper written with and without the article after a verb, a
        // name outside the lexicon written with two final letters, and a family name after a
        // given name with a verb's shape and its object; edits far from them, next to them, and
        // on the word after the verb. Every version's entities must be the fresh pass's, with
        // the parts of `foreign_seeds` and the answers of `inflected_non_name` kept from the
        // version before.
        let filler = "وتراجعت الأسعار في الأسواق المحلية خلال الأسبوع الماضي.\n\n".repeat(4);
        let base = format!(
            "نشرت الغارديان تقريرا عن الحرشاني أمس.\n\n{filler}وقالت غارديان إن الحرشانى غادر، \
             وأضافت أن عزام يريد عودة الكتائب.\n"
        );
        let p = Profile::embedded();
        let memo = std::cell::RefCell::new(SeedMemo::default());
        let detect_kept = |src: &str| {
            kept_equals_fresh(&p, &memo, src);
        };
        detect_kept(&base);
        // A letter typed in the filler: the words far from it take their parts.
        let far = base.replacen("الماضي", "الماضيب", 2);
        detect_kept(&far);
        assert!(memo.borrow().foreign_parts_taken() > 0, "parts kept");
        // Quotation marks put around the paper's bare spelling, a letter typed next to the
        // name, and a comma after the verb (no object after it any more).
        for edited in [
            far.replace("وقالت غارديان", "وقالت «غارديان»"),
            far.replace("عن الحرشاني", "عنب الحرشاني"),
            far.replace("يريد عودة", "يريد، عودة"),
            far.clone(),
        ] {
            detect_kept(&edited);
        }
    }

    #[test]
    fn the_kept_index_of_readings_marks_what_a_fresh_pass_marks() {
        let memo = std::cell::RefCell::new(SeedMemo::default());
        // غارديان written with and without the article; كوسبر alone.
        let a = "نشرت الغارديان تقريرا مطولا.\n\nوقالت غارديان إن كوسبر غادر.";
        assert_eq!(interesting_kept(a, &memo), ["الغارديان", "غارديان"]);
        // The second spelling edited away: nothing is written two ways any more.
        let b = a.replace("وقالت غارديان", "وقالت صحيفة");
        assert_eq!(interesting_kept(&b, &memo), Vec::<String>::new());
        // A near variant of كوسبر (one long vowel) makes both bare keys partners.
        let c = format!("{b}\n\nوقال كوسيبر إنه سيعود.");
        assert_eq!(interesting_kept(&c, &memo), ["كوسبر", "كوسيبر"]);
        // Written with لل and bare again: the restored article finds الغارديان by text.
        let d = format!("{c}\n\nوقالت للغارديان إن غارديان باقية.");
        assert_eq!(
            interesting_kept(&d, &memo),
            ["الغارديان", "كوسبر", "كوسيبر", "للغارديان", "غارديان"]
        );
        // A passage written again after itself: the kept start and end overlap, so the words
        // they share count twice; deleting the first copy leaves one of each.
        let memo = std::cell::RefCell::new(SeedMemo::default());
        let e = "غارديان الغارديان";
        assert_eq!(interesting_kept(e, &memo), ["غارديان", "الغارديان"]);
        assert_eq!(
            interesting_kept(&format!("{e} {e}"), &memo),
            ["غارديان", "الغارديان", "غارديان", "الغارديان"]
        );
        assert_eq!(interesting_kept(e, &memo), ["غارديان", "الغارديان"]);
        // Random edits of the last text, each checked against the fresh pass.
        let pieces = [
            "ال",
            "و",
            "ي",
            " ",
            "\n\n",
            "غارديان ",
            "كوسبر ",
            "ل",
            "ا",
            "كوسبر كوسبر ",
        ];
        let memo = std::cell::RefCell::new(SeedMemo::default());
        interesting_kept(&d, &memo);
        let mut text = d;
        let mut next = crate::analysis::incremental::test_edits::xorshift(0x2545_F491_4F6C_DD1D);
        for _ in 0..80 {
            crate::analysis::incremental::test_edits::random_edit(&mut text, &pieces, 3, &mut next);
            interesting_kept(&text, &memo);
        }
    }

    /// The full-name flags of `src` taken through `memo` (the last version's kept), checked
    /// against the from-scratch pass; returns the second words of the full names found and how
    /// many words of how many were asked again.
    fn full_names_kept(
        src: &str,
        memo: &std::cell::RefCell<SeedMemo>,
    ) -> (Vec<String>, (usize, usize)) {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p).with_seed_memo(memo);
        let fresh = Context::new(&doc, &p);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        let kept = reuse::Kept::of(&cx, memo);
        // The words the kept path asks again (the same call `foreign_full_names` makes).
        let asked = std::cell::Cell::new(0);
        kept.flags(kept.old_full_names(), TITLE_REACH + 1, 3, |j| {
            asked.set(asked.get() + 1);
            u8::from(foreign_full_name_at(&cx, j))
        });
        let got = foreign_full_names(&cx, Some(&kept), &mut a);
        let scratch: Vec<u8> = (0..doc.words.len())
            .map(|j| u8::from(foreign_full_name_at(&fresh, j)))
            .collect();
        assert_eq!(got, scratch, "{src:?}");
        assert!(foreign_full_names(&fresh, None, &mut b).is_empty());
        assert_eq!(format!("{a:?}"), format!("{b:?}"), "{src:?}");
        kept.keep(
            &cx,
            memo,
            &[],
            Vec::new(),
            got,
            Vec::new(),
            Vec::new(),
            Vec::new(),
        );
        let names = a
            .iter()
            .map(|s| doc.words[s.word].plain.to_string())
            .collect();
        (names, (asked.get(), doc.words.len()))
    }

    /// The names of `src` detected through `memo` (the last version's kept) and checked against
    /// a fresh detection; returns each entity's key and its mentions' spellings and kinds, and
    /// how many words took their mention answer from the last version.
    fn mentions_kept(
        src: &str,
        memo: &std::cell::RefCell<SeedMemo>,
    ) -> (Vec<(String, Vec<(String, MatchKind)>)>, usize) {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let kept = detect(&Context::new(&doc, &p).with_seed_memo(memo));
        let fresh = detect(&Context::new(&doc, &p));
        assert_eq!(format!("{kept:?}"), format!("{fresh:?}"), "{src:?}");
        let names = kept
            .iter()
            .filter(|e| e.kind == NameKind::Person)
            .map(|e| {
                let m = e.mentions.iter().map(|m| (m.spelling.to_string(), m.how));
                (e.key.clone(), m.collect())
            })
            .collect();
        (names, memo.borrow().mentions_reused())
    }

    #[test]
    fn the_spelling_pair_passes_read_kept_flags_and_find_a_pair_an_edit_completes() {
        // Written for this test: the lawyer's family name سعدة (no word of the lexicon, which
        // knows سعده only as سعد with the pronoun) is typed again with ه in a later version, and
        // a village written with the Kurdish gaf (گلالة) gets its spelling with ك in another;
        // each version is detected through the memo of the one before and checked against a
        // fresh detection (`mentions_kept`).
        let filler =
            "وتواصل فرق الصيانة أعمالها في الطريق الساحلي حتى نهاية الشهر المقبل بحسب البلدية.";
        let memo = std::cell::RefCell::new(SeedMemo::default());
        let flagged = |src: &str, bit: u8| -> Vec<String> {
            let doc = Document::new(src, Format::Plain);
            let p = Profile::embedded();
            let cx = Context::new(&doc, &p);
            (0..doc.words.len())
                .filter(|&k| surname_flags(&cx, k) & bit != 0)
                .map(|k| doc.words[k].plain.to_string())
                .collect()
        };
        let v1 = format!(
            "{filler}\n\nوقال المحامي كمال سعدة إن موكله بريء. وتضررت حقول قرية گلالة من السيول.\n\n{filler}"
        );
        let (names, _) = mentions_kept(&v1, &memo);
        assert!(
            names
                .iter()
                .all(|(_, m)| m.iter().all(|(s, _)| s != "سعده"))
        );
        assert_eq!(flagged(&v1, TA_MARBUTA), ["سعدة"]);
        assert_eq!(flagged(&v1, FOREIGN_LETTER), ["گلالة"]);
        let v2 = v1.replacen("من السيول.", "من السيول. ونفى سعده ذلك.", 1);
        let (names, _) = mentions_kept(&v2, &memo);
        assert!(
            names
                .iter()
                .any(|(_, m)| m.iter().any(|(s, _)| s == "سعده")),
            "{names:?}"
        );
        assert_eq!(flagged(&v2, TA_MARBUTA), ["سعدة", "سعده"]);
        let v3 = v2.replacen("ذلك.", "ذلك. وأرسلت البلدية شاحنات إلى كلالة.", 1);
        mentions_kept(&v3, &memo);
        assert_eq!(flagged(&v3, FOREIGN_LETTER), ["گلالة"]);
        // And back: the pair broken by an edit again.
        mentions_kept(&v1, &memo);
    }

    #[test]
    fn kept_mention_answers_are_the_answers_of_a_fresh_pass() {
        // A family name met after a title and a given name, again with the article, once
        // without it after a reporting verb, and once with a letter doubled; long lines around
        // it so that an edit far away keeps the answers of the words near the name.
        let filler =
            "وتواصل فرق الصيانة أعمالها في الطريق الساحلي حتى نهاية الشهر المقبل بحسب البلدية.";
        let name = "وقال وزير الزراعة سامر الدباغ إن الموسم جيد. وأضاف الدباغ أن الأسعار ستنخفض. وقال دباغ إن التصدير سيبدأ، فيما أكد الدبّاغ أن الدعم مستمر.";
        let memo = std::cell::RefCell::new(SeedMemo::default());
        let v1 = format!("{filler}\n\n{name}\n\n{filler}");
        let (names, reused) = mentions_kept(&v1, &memo);
        assert_eq!(reused, 0);
        let want = vec![(
            "الدباغ".to_string(),
            vec![
                ("الدباغ".to_string(), MatchKind::Identity),
                ("الدباغ".to_string(), MatchKind::Identity),
                ("دباغ".to_string(), MatchKind::Article),
                ("الدباغ".to_string(), MatchKind::Identity),
            ],
        )];
        assert_eq!(names, want);
        // A letter typed after the last full stop, a new last word: every word keeps its answer
        // but that one and the word before it (the last word of the last version, which the
        // comparison of the two versions counts as changed).
        let v2 = format!("{v1}ب");
        let words = Document::new(&v2, Format::Plain).words.len();
        let (names, reused) = mentions_kept(&v2, &memo);
        assert_eq!(names, want);
        assert_eq!(reused, words - 2);
        // The title and given name gone: the seed entities differ, nothing is kept, and the
        // article variant after the verb is no mention of a seeded family name any more.
        let v3 = v2.replacen("وزير الزراعة سامر الدباغ", "المزارع", 1);
        let (names, reused) = mentions_kept(&v3, &memo);
        assert_eq!(reused, 0);
        assert_ne!(names, want);
        // Back, then a comma typed right before a mention: the word before the comma (the text
        // after it changed) and the mention (the text before it, which its answer reads) are
        // asked again, no other word.
        mentions_kept(&v2, &memo);
        let v4 = v2.replacen("وأضاف الدباغ", "وأضاف، الدباغ", 1);
        let (names, reused) = mentions_kept(&v4, &memo);
        assert_eq!(names, want);
        assert_eq!(reused, words - 2);
        // Random edits, each checked against the fresh pass.
        let pieces = [
            "الدباغ ",
            "دباغ ",
            "سامر ",
            "وزير ",
            "قال ",
            "، ",
            ".",
            "ب",
            " ",
            "\n\n",
        ];
        let mut text = v2;
        let mut next = crate::analysis::incremental::test_edits::xorshift(0x2545_F491_4F6C_DD1D);
        for _ in 0..80 {
            crate::analysis::incremental::test_edits::random_edit(&mut text, &pieces, 3, &mut next);
            mentions_kept(&text, &memo);
        }
    }

    #[test]
    fn kept_full_name_flags_are_the_flags_of_a_fresh_pass() {
        // A transliterated full name after a post (المدير) in its clause; filler paragraphs
        // around it so that an edit far away keeps the flags of the words near the name.
        let filler = "وتستمر أعمال الصيانة في الطريق الساحلي حتى نهاية الشهر المقبل بحسب البلدية.";
        let name = "وصرح المدير الإقليمي للمنظمة في جنيف ماركوس هيلدبراند بأن القافلة وصلت.";
        let memo = std::cell::RefCell::new(SeedMemo::default());
        let v1 = format!("{filler}\n\n{name}\n\n{filler}");
        assert_eq!(full_names_kept(&v1, &memo).0, ["هيلدبراند"]);
        // A letter typed in the last paragraph: the name's flags are kept, and still found.
        let v2 = format!("{v1}ب");
        let (found, (asked, words)) = full_names_kept(&v2, &memo);
        assert_eq!(found, ["هيلدبراند"]);
        // Only the words near the end are asked again: the new last word (ب) and the four before
        // it, whose reach of three words after them meets the change or the end.
        assert_eq!((asked, words), (5, 36));
        // The post replaced by a common noun, inside the name's reach: no full name.
        let v3 = v2.replacen("المدير الإقليمي", "الشاب الطويل", 1);
        assert_eq!(full_names_kept(&v3, &memo).0, Vec::<String>::new());
        // Back to the post: found again.
        assert_eq!(full_names_kept(&v2, &memo).0, ["هيلدبراند"]);
        // Twelve words put between the post and the name (its reach is twelve words back).
        let far = v2.replacen(
            "للمنظمة في جنيف",
            "للمنظمة التي تعمل منذ سنوات طويلة في مجال الإغاثة والتنمية في جنيف",
            1,
        );
        let (found, _) = full_names_kept(&far, &memo);
        assert_eq!(full_names_kept(&v2, &memo).0, ["هيلدبراند"]);
        assert_eq!(found, Vec::<String>::new());
        // Random edits, each checked against the fresh pass.
        let pieces = [
            "المدير ",
            "ماركوس ",
            "هيلدبراند ",
            "في ",
            ".",
            "، ",
            "\n\n",
            "ب",
            " ",
        ];
        let mut text = v2;
        let mut next = crate::analysis::incremental::test_edits::xorshift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..80 {
            crate::analysis::incremental::test_edits::random_edit(&mut text, &pieces, 3, &mut next);
            full_names_kept(&text, &memo);
        }
    }

    #[test]
    fn a_given_name_before_a_construct_of_common_nouns_is_a_verb() {
        // ناصر here is no given name but the verb: the lawyers' union council "backed" the strike.
        let src =
            "ناصر مجلس نقابة المحامين قرار الإضراب، وقال المجلس إن الانتخابات ستجري في الربيع.\n";
        let found = entities(src);
        assert!(
            !found
                .iter()
                .any(|(_, sp)| sp.iter().any(|(s, _)| s == "مجلس")),
            "{found:?}"
        );
        // A given name, a family name and a definite word after them stay a person.
        let person =
            "وقال ناصر حداد الرئيس السابق للنادي إن الموسم صعب.\nوأضاف حداد أن الفريق سيتحسن.\n";
        let found = entities(person);
        assert!(
            found
                .iter()
                .any(|(k, sp)| *k == NameKind::Person && sp.iter().any(|(s, _)| s == "حداد")),
            "{found:?}"
        );
    }

    #[test]
    fn a_given_name_and_its_definite_family_name_are_two_names() {
        // سالم is written only as a given name (the father's name after بنت, then before a family
        // name); السالم is the family name of someone else: two names, السالم not a spelling of
        // سالم (seen: the entity سالم has both its mentions).
        let src = "أكدت الدكتورة عائشة بنت سالم الحارثية أن الدورة ناجحة.\nوفازت المخرجة نوف السالم بالجائزة.\nوقال سالم المعشني إن الجمهور كبير.\n";
        let e = entities(src);
        assert!(
            e.contains(&(NameKind::Person, vec![("سالم".to_string(), 2)])),
            "{e:?}"
        );
        assert!(
            !e.iter().any(|(_, s)| s.iter().any(|(x, _)| x == "السالم")),
            "{e:?}"
        );
        // Written alone as well (وقال سالم إن), سالم is the name the story calls the person by,
        // and السالم is a second spelling of it.
        let src = "أكدت الدكتورة عائشة بنت سالم الحارثية أن الدورة ناجحة.\nوقال سالم إن الجمهور كبير.\nوأضاف السالم أن العمل يبدأ غدا.\n";
        assert_eq!(
            entities(src),
            vec![(
                NameKind::Person,
                vec![("سالم".to_string(), 2), ("السالم".to_string(), 1)]
            )]
        );
    }

    #[test]
    fn a_family_name_shaped_like_a_plural_after_a_post_and_a_given_name_is_a_name() {
        // Written for this test: بركات closes the name of a union's head after his given name,
        // and the story later writes it with the article after a defective verb (سعى, whose
        // feminine is سعت): one name spelled two ways.
        let src = "أكد رئيس النقابة ماجد بركات أن الانتخابات في موعدها. ثم سعى البركات إلى جمع \
                   التبرعات للنقابة.";
        assert!(
            spellings_of(src, NameKind::Person)
                .contains(&vec!["بركات".to_string(), "البركات".to_string()]),
            "{:?}",
            entities(src)
        );
        // A plural the clause goes on after is the verb's object, not a family name.
        let src = "وزّع الوزير جمال مساعدات على الأسر أمس.";
        assert!(
            !spellings_of(src, NameKind::Person)
                .iter()
                .any(|s| s.contains(&"مساعدات".to_string())),
            "{:?}",
            entities(src)
        );
    }

    #[test]
    fn a_definite_plural_the_lexicon_lacks_after_two_given_names_is_the_family_name() {
        // Written for this test: a three-part name whose family name has the shape of a definite
        // feminine plural the lexicon does not know.
        let src = "وروى أحد السكان، محمود سالم الدعجات، أنه انتظر ساعات أمام المركز.";
        assert_eq!(
            spellings_of(src, NameKind::Person),
            vec![vec!["الدعجات".to_string()]]
        );
        // A plural the lexicon knows after a given name is a common noun (زار سالم المخيمات).
        let src = "وزار سالم المخيمات أمس.";
        assert!(
            spellings_of(src, NameKind::Person).is_empty(),
            "{:?}",
            entities(src)
        );
    }

    #[test]
    fn a_definite_loanword_and_its_broken_plural_are_two_words_not_a_name() {
        // Written for this test: الفلتر and its plural الفلاتر (فعالل), neither in the lexicon.
        let src = "ارتفعت أسعار \"الفلاتر\" في الأسواق هذا الشهر. ويقول أحد التجار إن الفلتر \
                   الواحد صار يباع بضعف سعره، وإن الفلاتر المستوردة نفدت.";
        assert!(
            !entities(src)
                .iter()
                .any(|(_, s)| s.iter().any(|(x, _)| x == "الفلتر" || x == "الفلاتر")),
            "{:?}",
            entities(src)
        );
    }

    #[test]
    fn within_one_letter_keeps_the_lengths_next_to_a_key() {
        // Keys of 3, 4, 4, 5, 6 and 7 letters, by index in order of length.
        let keys = ["ترب", "ترمب", "طرمب", "ترامب", "تراامب", "ترااامب"];
        let lens: Vec<usize> = keys.iter().map(|k| k.chars().count()).collect();
        let sorted: Vec<usize> = (0..keys.len()).collect();
        let near = |len| within_one_letter(&sorted, |x| lens[x], len).collect::<Vec<_>>();
        assert_eq!(near(5), vec![1, 2, 3, 4]);
        assert_eq!(near(3), vec![0, 1, 2]);
        assert_eq!(near(7), vec![4, 5]);
        assert_eq!(near(1), Vec::<usize>::new());
        assert_eq!(near(9), Vec::<usize>::new());
        // A near variant of ترامب (ترمب: one long vowel dropped) is among those kept.
        let a: Vec<char> = keys[3].chars().collect();
        let b: Vec<char> = keys[1].chars().collect();
        assert!(near_variant(&a, &b));
    }

    #[test]
    fn a_spokesmans_bism_is_the_preposition_not_a_name() {
        // المتحدث باسم: "the spokesman for"; باسم is بـ + اسم here, however often it recurs.
        let e = entities(
            "وقال المتحدث باسم الوزارة إن الوزير سافر.\nوأكد المتحدث باسم الحكومة أن القرار نهائي.",
        );
        assert!(
            e.iter().all(|(_, sp)| sp.iter().all(|(s, _)| s != "باسم")),
            "{e:?}"
        );
        // The given name باسم is still a name: باسم الخطيب named twice is one person.
        let e = entities("وقال باسم الخطيب إن الوضع مستقر. وأكد الخطيب أن الأمر انتهى.");
        assert!(
            e.iter()
                .any(|(k, sp)| *k == NameKind::Person
                    && sp.iter().any(|(s, _)| s.contains("الخطيب"))),
            "{e:?}"
        );
    }

    #[test]
    fn family_names_from_titles_and_given_names() {
        let e = entities("أكد اللواء علي مملوك أن الوضع مستقر. وقال المملوك إن الأمر انتهى.");
        let p = e.iter().find(|(k, _)| *k == NameKind::Person).unwrap();
        assert_eq!(
            p.1,
            vec![("مملوك".to_string(), 1), ("المملوك".to_string(), 1)]
        );
    }

    #[test]
    fn an_ordinary_word_after_a_verb_is_not_a_person() {
        // قطاع after تلاه is the subject of the verb, an ordinary noun (a sector), not a person;
        // الحوثي after a given name is a name.
        let e = entities(
            "تلاه قطاع التجزئة بنسبة 6 في المئة، ثم تلاه قطاع الأسمنت. وقال المحلل إن قطاع البنوك مستقر. والتقى عبد الملك الحوثي الوفد.",
        );
        let names: Vec<&str> = e.iter().map(|(_, s)| s[0].0.as_str()).collect();
        assert!(!names.contains(&"قطاع"), "{e:?}");
        assert!(names.contains(&"الحوثي"), "{e:?}");
    }

    #[test]
    fn a_foreign_name_with_two_hamza_seats_is_a_person() {
        // Two hamza seats on a name outside the lexicon: one person spelled two ways, not an
        // organisation (the article is not what differs).
        let e = entities(
            "وقال أردوغان إن بلاده مستعدة. وأضاف اردوغان أن الحوار ممكن. ورد أردوغان على سؤال.",
        );
        assert!(
            e.iter().any(|(k, s)| *k == NameKind::Person
                && s == &vec![("أردوغان".to_string(), 2), ("اردوغان".to_string(), 1)]),
            "{e:?}"
        );
        assert!(!e.iter().any(|(k, _)| *k == NameKind::Org), "{e:?}");
    }

    #[test]
    fn title_nisba_then_name() {
        let e = entities("التقى الرئيس السوري بشار الأسد وفدا. وقال الأسد إن سورية بخير.");
        assert!(
            e.iter()
                .any(|(k, s)| *k == NameKind::Person && s[0] == ("الأسد".to_string(), 2)),
            "{e:?}"
        );
    }

    #[test]
    fn places_and_persian_letters() {
        let e = entities(
            "وصل الوفد إلى طهران. والتقى علي شمخاني في طهران. وقال شمخانی إن العلاقات جيدة.",
        );
        let p = e.iter().find(|(k, _)| *k == NameKind::Person).unwrap();
        assert_eq!(p.1.len(), 2);
        assert!(
            e.iter()
                .any(|(k, s)| *k == NameKind::Place && s == &vec![("طهران".to_string(), 2)])
        );
    }

    #[test]
    fn the_byte_test_lets_through_every_draft_with_a_persian_letter() {
        // Written for this test (invented people): a Persian yeh (ی) and kaf (ک) as typed on a
        // Persian keyboard, a kaf written as its presentation form (U+FB8F), and a draft with
        // Arabic letters, harakat, tatweel, Arabic-Indic digits and guillemets only.
        let cases = [
            ("وقال سامر يوسفی إن الاتفاق جيد.", true, true),
            ("زار كريم الحداد مدينة کرمان أمس.", true, true),
            ("زار كريم الحداد مدينة \u{FB8F}رمان أمس.", true, false),
            ("قالَ سامرُ يوسفُ ـ في ٣ أيام ـ: «الاتفاقُ جيدٌ».", false, false),
        ];
        for (src, may, has) in cases {
            let doc = Document::new(src, Format::Plain);
            let any = doc.words.iter().any(|w| has_persian_letter(&w.plain));
            assert_eq!(may_have_persian_letter(doc.prose()), may, "{src}");
            assert_eq!(any, has, "{src}");
        }
    }

    /// The first bucket key, letter by letter, kept to check the table of [`super::bucket_of`].
    fn bucket_by_match(k: &str) -> u64 {
        let mut bits = 0u64;
        for c in k.chars() {
            let c = match c {
                'ا' | 'و' | 'ي' => continue,
                'ج' | 'غ' | 'ك' | 'ق' | 'گ' | 'ڨ' | 'چ' => 'ك',
                'ط' => 'ت',
                'ص' | 'ث' | 'ز' | 'ذ' => 'س',
                'ڤ' => 'ف',
                c => c,
            };
            let bit = match c {
                '\u{0621}'..='\u{064A}' => c as u32 - 0x0621,
                _ => 63,
            };
            bits |= 1 << bit;
        }
        bits
    }

    #[test]
    fn bucket_table_merges_transliteration_letters_and_drops_long_vowels() {
        for c in ('\u{0600}'..='\u{06FF}').chain(['a', ' ', 'ـ', '\u{FEFB}']) {
            let k = c.to_string();
            assert_eq!(bucket_key_str(&k), bucket_by_match(&k), "{c:?}");
        }
        assert_eq!(bucket_key_str("غروس"), bucket_key_str("جروس"));
        assert_eq!(bucket_key_str("واطسون"), bucket_key_str("واتسن"));
        assert_ne!(bucket_key_str("ترامب"), bucket_key_str("ترمس"));
    }

    #[test]
    fn near_variants() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(near_variant(&c("ترامب"), &c("ترمب")));
        assert!(near_variant(&c("جاويد"), &c("غاويد")));
        assert!(!near_variant(&c("سلمان"), &c("سلطان")));
        assert!(near_variant(&c("بيلوتشي"), &c("بيللوتشي")));
        assert!(near_variant(&c("الجسمي"), &c("الجمسي")));
        // Transliteration classes at any position, in names of four letters or more.
        assert!(near_variant(&c("ترامب"), &c("طرامب")));
        assert!(near_variant(&c("سركيسيان"), &c("ثركيسيان")));
        assert!(near_variant(&c("فينر"), &c("ڤينر")));
        assert!(near_variant(&c("غروس"), &c("جروس")));
        // The letters for g outside the standard alphabet.
        assert!(near_variant(&c("الدكالي"), &c("الدگالي")));
        assert!(near_variant(&c("بوقرة"), &c("بوڨرة")));
        assert!(!near_variant(&c("سمير"), &c("سمين")));
        assert!(!near_variant(&c("فرس"), &c("ڤرس")));
        // ز for س or ث after a long vowel or at the end of a foreign name of five letters or
        // more, never at its start, nor in a short word, and not ذ for ص.
        assert!(near_variant(&c("مونتيروز"), &c("مونتيروس")));
        assert!(near_variant(&c("بيريزا"), &c("بيريثا")));
        assert!(!near_variant(&c("زانتوس"), &c("سانتوس")));
        assert!(!near_variant(&c("ازمه"), &c("اسمه")));
        assert!(!near_variant(&c("بيرزكا"), &c("بيرسكا")));
        assert!(!near_variant(&c("كاذيرو"), &c("كاصيرو")));
    }

    #[test]
    fn a_name_outside_the_lexicon_with_a_proclitic_and_with_ta_marbuta_is_checked() {
        // Written for this test: an invented town, first with ب + ة, then alone with ه.
        let src = "افتتح المعرض بتيزنيرة أمس.\n\nوقال الزوار إنهم سيعودون إلى تيزنيره قريباً.\n";
        let f = test_support::name_variant_findings(src);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&src[f[0].range.clone()], "تيزنيره");
    }

    #[test]
    fn a_place_found_in_the_story_takes_its_transliteration_variants() {
        // Written for this test: an invented island, twice after place nouns, then respelled
        // without its long vowel.
        let src = "وصل المهاجرون إلى جزيرة لامبيرونا فجراً. وقال رئيس بلدية لامبيرونا إن المركز مكتظ. وغادر قارب آخر لامبرونا مساءً.";
        let f = test_support::name_variant_findings(src);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&src[f[0].range.clone()], "لامبرونا");
        // A place after a proclitic, and a given name right before a person's family name, are
        // no variants of the place.
        let src = "زار الوزير لبنان أمس، وأكد دعم فرنسا للبنان. وقال الرئيس الفرنسي فرنسوا أولاند إن فرنسا ستساعد. وأضاف الأولاند أن الدعم مستمر.";
        let f = test_support::name_variant_findings(src);
        assert!(
            f.iter()
                .all(|x| !matches!(&src[x.range.clone()], "فرنسا" | "فرنسوا" | "للبنان")),
            "{f:?}"
        );
        // A post governing the country does not hide its respelling.
        let src = "فاز المنتخب على منتخب قيرغيزستان أمس. أما مدرب كيرغيزستان، الروسي فيكتور بيلوف، فقال إن فريقه تعب. وتراجعت قيرغيزستان إلى المركز الرابع.";
        let f = test_support::name_variant_findings(src);
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn a_foreign_name_with_z_and_with_s_is_one_name() {
        // Written for this test: a Portuguese family name heard with z and with s.
        let src = "قال المدرب البرازيلي باولو مونتيروز إن الفريق لعب جيداً. وأضاف مونتيروس أن المباراة كانت صعبة.";
        let f = test_support::name_variant_findings(src);
        assert_eq!(f.len(), 1, "{f:?}");
        let src = "رست السفينة في بورتيزا أمس، وغادرت بورتيسا صباح اليوم نحو الجنوب.";
        let f = test_support::name_variant_findings(src);
        assert_eq!(f.len(), 1, "{f:?}");
    }

    fn variants(src: &str) -> Vec<String> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        crate::analysis::analyze_text(src, Format::Plain, &p)
            .findings
            .into_iter()
            .filter(|f| f.rule == "name-variant")
            .map(|f| doc.source[f.range].to_string())
            .collect()
    }

    #[test]
    fn definite_and_construct_state_of_a_common_noun_is_not_a_variant() {
        // A title before an ordinary noun is weak evidence; the article on a word of the lexicon
        // is grammar.
        let src = "افتتح الوزير مهرجان الربيع أمس. وقال المنظمون إن المهرجان سيستمر أسبوعاً.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn foreign_name_with_and_without_the_article() {
        // غارنيتو is no Arabic word: with and without ال it is one outlet.
        let src = "ونشرت صحيفة الغارنيتو تقريراً أمس. وقال مراسل لـ«غارنيتو» إن الخبر صحيح.";
        assert_eq!(variants(src), ["غارنيتو"]);
        // A loanword used as a common noun has no name slot: quiet.
        let src = "جاءت الترويكا إلى أثينا. وقالت مصادر إن ترويكا جديدة ستتشكل.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn hamza_on_a_word_outside_the_lexicon() {
        let src = "أعلنت شركة إيروتاكس عن رحلات جديدة. وقال مدير ايروتاكس إن الأسعار ثابتة. وتملك إيروتاكس عشرين طائرة.";
        assert_eq!(variants(src), ["ايروتاكس"]);
    }

    #[test]
    fn transliteration_pair_outside_the_lexicon() {
        let src = "وصل الوفد برئاسة ارمين سركيسيان إلى العاصمة. وقال سركيسيان إن المحادثات جيدة. ورد ثركيسيان على الأسئلة.";
        assert_eq!(variants(src), ["ثركيسيان"]);
    }

    #[test]
    fn a_word_with_a_preposition_ends_a_full_name() {
        // لتقديم تعازيه: the name ended at عبد العزيز; تعازيه and تعزية are two ordinary words.
        let src =
            "وصل الأمير خالد بن عبد العزيز لتقديم تعازيه إلى الأسرة. وقال إن تعزية الأهالي واجب.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn construct_before_a_place_is_not_an_article_variant() {
        let src = "انتهت بطولة «سوبر» دبي أمس. وقال المدرب إن «السوبر» كان صعباً.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn nisba_family_name_after_a_verb_with_a_pronoun() {
        // نشره is a verb with its object pronoun: زهراني after it is no adjective of it.
        let src = "رحب خالد الزهراني بالقرار. وفي المقطع الذي نشره زهراني قال إنه سعيد.";
        assert_eq!(variants(src), ["زهراني"]);
        // After an indefinite noun the bare nisba is its adjective: quiet.
        let src = "رحب خالد الزهراني بالقرار. وقال إن رجلا زهرانيا حضر.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn adjective_of_a_post_before_the_name() {
        // الوطني agrees with الدفاع: it belongs to the post, and the name follows it.
        let src = "أكد وزير الدفاع الوطني فرحات الطرشاني، على جاهزية القوات. وأفاد طرشاني بأن الوضع مستقر.";
        assert_eq!(variants(src), ["طرشاني"]);
    }

    #[test]
    fn given_name_of_plural_shape_after_a_title() {
        let src = "أكد الوزير فرحات الطرشاني، على جاهزية القوات. وأفاد طرشاني بأن الوضع مستقر.";
        assert_eq!(variants(src), ["طرشاني"]);
        assert!(pronoun_suffixed("نشره"));
        assert!(!pronoun_suffixed("اتجاه"));
    }

    #[test]
    fn persian_letter_in_a_listed_common_word() {
        let src = "وصل الحجاج إلى المدينة أمس. وقال مسؤول في المدينة إن الزيارة ناجحة. وأضاف أن المدینة هادئة.";
        assert_eq!(variants(src), ["المدینة"]);
        // A particle with a Persian letter is left to the hygiene rule.
        let src = "جلس الوفد في القاعة. وتحدث الوزير فی القاعة نفسها.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn a_name_before_a_version_number_is_a_product() {
        // Written for this test: ويندوز is followed by its version in digits, as a product
        // is, and is no person.
        let src = "وأطلقت الشركة نظام ويندوز 12 أمس، وقالت إن ويندوز 12 أسرع من ويندوز 11.";
        assert!(
            !entities(src)
                .iter()
                .any(|(k, sp)| *k == NameKind::Person && sp.iter().any(|(s, _)| s == "ويندوز")),
            "{:?}",
            entities(src)
        );
        // Quiet test: a number after a comma follows a person's name.
        // A year after a name is no version (the games of a city).
        let games =
            "وتستعد مدينة سانتا كلارا لدورة سانتا كلارا 2036 بعد فوز سانتا كلارا 2036 بالتنظيم.";
        assert!(
            !entities(games)
                .iter()
                .all(|(_, sp)| sp.iter().all(|(s, _)| !s.contains("كلارا"))),
            "{:?}",
            entities(games)
        );
        let person = "وقال اللاعب أحمد فارس إن المباراة صعبة. وسجل فارس، 25 عاماً، هدفين.";
        let people = spellings_of(person, NameKind::Person);
        assert!(people.contains(&vec!["فارس".to_string()]), "{people:?}");
    }

    #[test]
    fn a_word_alone_in_quotation_marks_is_a_title() {
        let src = "وقال موقع \"بوصلة\" إن النتائج جيدة. وأوضح \"بوصلة\" أن التصويت انتهى. وأوضحت \"بوصله\" أنه تم العد.";
        assert_eq!(variants(src), ["بوصله"]);
        // The same ordinary noun written two ways outside quotation marks is no name.
        let src = "اشترى الرجل بوصلة جديدة. وقال إن بوصلة قديمة ضاعت. ثم وجد بوصله أخرى.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn article_on_a_name_whose_definite_form_is_no_word() {
        let src = "ونقلت الصحيفة عن أميت جاين، رئيس الشركة في الهند. وقال جاين إن الشركة نمت. وذكر الجاين أنه سعيد.";
        assert_eq!(variants(src), ["الجاين"]);
        // مسؤول is a common noun: its definite form is a word, so المسؤول is not a variant.
        let src = "وقال مسؤول إن الشركة نمت. وذكر المسؤول أن الأرباح زادت.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn full_name_in_apposition_after_a_post() {
        let src = "وقد أظهرت القنصلة الفخرية، فرانسواز أولسن، وهي تعترف بالبيع. ويشار إلى أن اولسن تشغل هذا المنصب منذ عام.";
        assert_eq!(variants(src), ["اولسن"]);
        // An ordinary word first (قال) is no foreign given name: no seed from the apposition.
        let doc = Document::new("وصل الوزير، قال سابقا، إلى المدينة.", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert!(!appositive_name(&cx, 2));
    }

    #[test]
    fn full_name_after_the_doctor_abbreviation() {
        let src = "عقدت اللجنة اجتماعها برئاسة د. سفر الهادي، في الكلية. وقال الهادي: إن الخطة جاهزة. وأضاف الهادى: إن اللجنة ستجتمع.";
        // Both spellings are words of the lexicon: only the abbreviation makes it a name.
        assert_ne!(ordinary_word("الهادى"), Lexical::Unknown);
        assert_eq!(variants(src), ["الهادى"]);
        // Without the dot د is no abbreviation: no seed from it.
        let doc = Document::new("قال د سفر الحلو، إن الخطة جاهزة.", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(doctor_abbreviation(&cx, 1), None);
    }

    #[test]
    fn a_listed_name_that_heads_a_construct_is_the_ordinary_word() {
        // Written for this test: فتح before السفارة، باب، تحقيقاً is "opening", never the party.
        let orgs = |src: &str| -> Vec<(NameKind, Vec<(String, usize)>)> {
            entities(src)
                .into_iter()
                .filter(|(k, _)| *k == NameKind::Org)
                .collect()
        };
        for src in [
            "طالب الوزير بإعادة فتح السفارة.",
            "وقررت الحكومة فتح باب الحوار.",
            "والقضاء فتح تحقيقاً في الحادث.",
            "وتم فتح معبر جديد قبل ساعات من فتح مكاتب البريد.",
        ] {
            assert_eq!(orgs(src), vec![], "{src}");
        }
        // The party: after حركة, after a verb, after في before a definite word, before a
        // nisba adjective and at the end of a sentence.
        let src = "وقال قيادي في حركة فتح إن الحوار مستمر. وأعلنت فتح رفضها للقرار، ونفى عضو في \
                   فتح الأسبوع الماضي ذلك، وردت فتح الفلسطينية على الاتهام، وهاجم الوزير فتح.";
        assert_eq!(
            orgs(src),
            vec![(NameKind::Org, vec![("فتح".to_string(), 5)])]
        );
    }

    #[test]
    fn a_listed_name_after_a_preposition_before_a_definite_noun_needs_the_party_named_elsewhere() {
        // Written for this test: في فتح المعابر is "in opening the crossings" when the story
        // never names the party; with حركة فتح elsewhere, في فتح الحكومة is the party.
        let orgs = |src: &str| -> Vec<(NameKind, Vec<(String, usize)>)> {
            entities(src)
                .into_iter()
                .filter(|(k, _)| *k == NameKind::Org)
                .collect()
        };
        let src = "وطالبت المنظمة بالإسراع في فتح المعابر أمام القوافل، وقالت إن فتح المعابر ضرورة.";
        assert_eq!(orgs(src), vec![], "{src}");
        let src = "وكانت حركة فتح قد رفضت القرار. وانتقد قياديون في فتح الحكومة الجديدة.";
        assert_eq!(
            orgs(src),
            vec![(NameKind::Org, vec![("فتح".to_string(), 2)])]
        );
    }

    #[test]
    fn a_derived_verbal_noun_after_a_full_name_is_the_object_not_the_family_name() {
        // Written for this test: الاتفاق after وزير الخارجية سامر عبد الرحيم is what he described,
        // and اتفاق later is the same common noun, not a second spelling of a name.
        let src = "ووصف وزير الخارجية سامر عبد الرحيم الاتفاق بأنه خطوة مهمة. وقال إن اتفاق السلام لم \
                   يكتمل، وإن الاتفاق يحتاج إلى دعم.";
        let all = entities(src);
        assert!(
            !all.iter()
                .any(|(_, sp)| sp.iter().any(|(s, _)| s.contains("اتفاق"))),
            "{all:?}"
        );
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        let doc = Document::new("كلمة", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        for w in ["الاتفاق", "الانسحاب", "الاستقرار", "الاجتماع", "الإعلان"]
        {
            assert!(definite_derived_verbal_noun(&cx, w), "{w}");
        }
        for w in ["الحلو", "السالم", "الأنصاري", "الخصاونة", "اتفاق"]
        {
            assert!(!definite_derived_verbal_noun(&cx, w), "{w}");
        }
    }

    #[test]
    fn a_detached_lam_before_the_addressee_ends_the_name() {
        // Written for this test: هذال is no listed given name, and لـ«الصباح» after the family
        // name is the paper he spoke to; the name ends before it, so the later hurried ى is a
        // variant of the family name.
        let src = "وقال المحامي هذال العنزي لـ«الصباح» إن موكله بريء. وأشار العنزى إلى أن الحكم قابل للطعن.";
        assert_eq!(variants(src), vec!["العنزى".to_string()]);
    }

    #[test]
    fn a_participles_plural_after_a_given_name_is_no_family_name() {
        // Written for this test: أسماء (a given name, and "names") heads a construct with the
        // plural المتهربين ("the evaders"), and وفاء with المقترضين: no person; the family name
        // after a post and given name (المحامية أسماء المحيسن) still is one.
        let src = "ونشرت الهيئة أسماء المتهربين من الضرائب، وطالبت بمتابعة وفاء المقترضين بديونهم. \
                   وقالت المحامية أسماء المحيسن إن القائمة دقيقة.";
        let all = entities(src);
        assert_eq!(
            all.iter()
                .filter(|(k, _)| *k == NameKind::Person)
                .map(|(_, sp)| sp.clone())
                .collect::<Vec<_>>(),
            vec![vec![("المحيسن".to_string(), 1)]],
            "{all:?}"
        );
        let doc = Document::new("كلمة", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        for w in ["المتهربين", "المقترضين", "المخالفين", "المواطنون"]
        {
            assert!(definite_participle_plural(&cx, w), "{w}");
        }
        for w in ["الحسين", "الأمين", "المحيسن", "المخالف", "المتهربات"]
        {
            assert!(!definite_participle_plural(&cx, w), "{w}");
        }
    }

    #[test]
    fn a_common_noun_with_a_ta_marbuta_slip_on_weak_evidence_is_no_name() {
        // Written for this test: قنبلة and قنبله are one common noun ("bomb"); the reporting verb
        // نقل before the slip is weak evidence, and no mention stands in a name slot.
        let src = "وعثرت الشرطة على قنبلة قرب السوق. ثم نقل قنبله \"صغيرة\" إلى المختبر، \
                   وفككت قنبلة ثانية.";
        let all = entities(src);
        assert!(
            !all.iter()
                .any(|(_, sp)| sp.iter().any(|(s, _)| s.starts_with("قنبل"))),
            "{all:?}"
        );
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn an_ordinary_word_after_a_given_name_by_chance_is_no_family_name() {
        // Written for this test: سامي is a given name, but شكل after it is the verb "formed", and
        // the story writes شكل alone as an adverb (بشكل) and heading a construct (شكل الحكومة).
        let src = "وقال الوزير إن سامي شكل لجنة جديدة. وتغير بشكل واضح شكل الحكومة بعد ذلك.";
        // After a verb, the definite word is the object of the verb, not a genitive.
        let subject = entities("وقال علي دهقاني إن الاتفاق قائم. وجدد دهقاني التأكيد على ذلك.");
        assert!(
            subject
                .iter()
                .any(|(k, sp)| *k == NameKind::Person && sp.iter().any(|(s, _)| s == "دهقاني")),
            "{subject:?}"
        );
        let all = entities(src);
        assert!(
            !all.iter().any(|(_, sp)| sp.iter().any(|(s, _)| s == "شكل")),
            "{all:?}"
        );
        // Quiet test: the same pair is read as a name when nothing shows the word ordinary.
        let named = entities("وقال الوزير إن سامي شكل وصل. وأضاف أن شكل سيعود غداً.");
        assert!(
            named
                .iter()
                .any(|(k, sp)| *k == NameKind::Person
                    && sp.iter().any(|(s, n)| s == "شكل" && *n == 2)),
            "{named:?}"
        );
    }

    #[test]
    fn a_compound_name_repeated_whole_is_not_a_construct() {
        // Written for this test: ماء العينين is a compound family name written twice whole after
        // and without the given name آمنة; its second word is part of the name, not a genitive.
        let src = "وقالت النائبة آمنة ماء العينين إن الحزب سيرد. وأضافت ماء العينين أن الرد قريب.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let all = detect(&cx);
        let seen: Vec<&Entity> = all
            .iter()
            .filter(|e| e.mentions.iter().any(|m| m.spelling.starts_with("ماء")))
            .collect();
        assert_eq!(
            seen.len(),
            1,
            "{:?}",
            all.iter().map(|e| e.spellings()).collect::<Vec<_>>()
        );
        assert!(
            all.iter().all(|e| !common_word_after_given(&cx, e)),
            "{:?}",
            all.iter().map(|e| e.spellings()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_doubled_head_of_a_title_is_part_of_the_title() {
        // Written for this test: ولي ولي العهد ("the deputy crown prince") twice after the same
        // full name; the pair فيصل ولي is no full name.
        let src = "استقبل الرئيس الأمير خالد بن فيصل ولي ولي العهد في القصر. وبحث الرئيس مع الأمير \
                   خالد بن فيصل ولي ولي العهد العلاقات الثنائية.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "ولي").unwrap();
        assert!(doubled_title_head(&cx, at));
        assert!(!doubled_title_head(&cx, at + 1));
        let all = entities(src);
        assert!(
            !all.iter().any(|(_, sp)| sp.iter().any(|(s, _)| s == "ولي")),
            "{all:?}"
        );
    }

    #[test]
    fn an_imperfect_verb_after_a_given_name_that_takes_an_object_is_no_family_name() {
        // Written for this test: سليم يريد عودة الفوضى is "Salim wants chaos back".
        let src = "ورد عليه زعيم الحزب المنافس: سليم يريد عودة الفوضى إلى الشارع.";
        let all = entities(src);
        assert!(
            !all.iter()
                .any(|(_, sp)| sp.iter().any(|(s, _)| s == "يريد")),
            "{all:?}"
        );
        // What the rule is quiet on was seen: the given name's seed is on يريد, which the rule
        // drops.
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "يريد").unwrap();
        let seed = title_seed(&cx, at - 1, &|_| false);
        assert_eq!(seed.map(|s| s.word), Some(at));
        assert!(seed.is_some_and(|s| inflected_non_name(&cx, &s)));
    }

    #[test]
    fn a_lead_noun_that_starts_with_a_proclitic_letter_is_read_whole() {
        // Written for this test: ولاية starts with a letter the conjunction و also has, and the
        // province's name is an ordinary word (النعامة "the ostrich") that only the lead noun
        // marks as a place.
        let src = "وزار الوزير ولاية النعامة أمس، ثم غادر ولاية النعامة مساء.";
        let places: Vec<_> = entities(src)
            .into_iter()
            .filter(|(k, _)| *k == NameKind::Place)
            .map(|(_, sp)| sp)
            .collect();
        assert_eq!(places, vec![vec![("النعامة".to_string(), 2)]]);
        assert_eq!(lead_key("ولايه", "لايه"), "ولايه");
        assert_eq!(lead_key("وبمدينه", "مدينه"), "مدينه");
        assert_eq!(lead_key("فريق", "ريق"), "ريق");
    }

    #[test]
    fn the_nisba_of_a_land_in_stan_after_a_title_is_no_name() {
        // Written for this test: the president is named by his country's nisba alone.
        let src = "وأعلن الرئيس الطاجيكي، الذي زار المدينة أمس، أن الوضع هادئ. وقال الرئيس \
                   الطاجيكي إن الحدود آمنة.";
        let persons: Vec<_> = entities(src)
            .into_iter()
            .filter(|(k, _)| *k == NameKind::Person)
            .collect();
        assert_eq!(persons, vec![]);
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc
            .words
            .iter()
            .position(|w| w.plain == "الطاجيكي")
            .unwrap();
        assert!(stan_nisba(&cx, at) && is_nisba_of_place(&cx, at));
        // A family name in ي whose stem is no land in ستان is not one.
        let doc = Document::new("وقال الرئيس السيسي إن", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(!stan_nisba(&cx, 2));
    }

    #[test]
    fn a_name_written_once_with_gaf_is_one_name() {
        // Written for this test: a family name spelled with ك, then with the Maghrebi گ.
        let src = "وقال المدير سعيد الهكاري إن الامتحانات مرت بسلام. وأكد الهگاري أن \
                   الغش تراجع.";
        let persons: Vec<_> = entities(src)
            .into_iter()
            .filter(|(k, _)| *k == NameKind::Person)
            .map(|(_, sp)| sp)
            .collect();
        assert_eq!(
            persons,
            vec![vec![("الهكاري".to_string(), 1), ("الهگاري".to_string(), 1)]]
        );
        assert_eq!(bucket_key_str("الهكاري"), bucket_key_str("الهگاري"));
    }

    #[test]
    fn a_ta_marbuta_family_name_before_a_post_in_apposition() {
        // Written for this test: the full name comes after a complement of the verb, with no
        // title before it and its post after a comma.
        let src = "وأوضح للصحيفة منير حمادة، نائب رئيس النقابة، أن الأسعار مستقرة. وأضاف حمادة \
                   أن الطلب زاد.";
        let persons: Vec<_> = entities(src)
            .into_iter()
            .filter(|(k, _)| *k == NameKind::Person)
            .map(|(_, sp)| sp)
            .collect();
        assert_eq!(persons, vec![vec![("حمادة".to_string(), 2)]]);
        // Without the post after it the ta marbuta word is not read as a family name here.
        let doc = Document::new("وأوضح للصحيفة منير حمادة الأمر أمس.", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "منير").unwrap();
        assert!(!ta_marbuta_family(&cx, at, at + 1));
    }

    #[test]
    fn a_participle_in_the_accusative_after_a_name_is_no_family_name() {
        // Written for this test: the circumstantial participle معقباً follows a name in أبو.
        let src = "وقال الناطق باسم الحزب سمير أبو طالع معقباً على القرار إن الأمر مرفوض.";
        let persons: Vec<_> = entities(src)
            .into_iter()
            .filter(|(k, _)| *k == NameKind::Person)
            .map(|(_, sp)| sp)
            .collect();
        assert_eq!(persons, vec![vec![("طالع".to_string(), 1)]]);
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert!(circumstantial_participle(&cx, "معقبا"));
        // A name ending in alef is no participle (its stem is no word starting with م).
        assert!(!circumstantial_participle(&cx, "ميرزا"));
    }

    /// The persons of `src` as (key, given names) pairs, and the keys of its places.
    fn persons_and_places(src: &str) -> (Vec<(String, Vec<String>)>, Vec<String>) {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let found = detect(&Context::new(&doc, &p));
        let persons = found
            .iter()
            .filter(|e| e.kind == NameKind::Person)
            .map(|e| (e.key.clone(), e.given.clone()))
            .collect();
        let places = found
            .iter()
            .filter(|e| e.kind == NameKind::Place)
            .map(|e| e.key.clone())
            .collect();
        (persons, places)
    }

    #[test]
    fn a_preposition_letter_on_a_foreign_given_name_is_no_place() {
        // Written for this test: كلاوس reads as ك + لاوس ("like Laos"), but it opens the
        // subject's name set off by commas, or follows a title.
        for src in [
            "وفي تصريح للإذاعة، اعتبر كلاوس فيبر، ممثل شركة سياحية، أن الموسم جيد. وتابع فيبر أن الحجوزات كثيرة.",
            "وقال الخبير كلاوس فيبر إن الموسم جيد. وتابع فيبر أن الحجوزات كثيرة.",
        ] {
            let (persons, places) = persons_and_places(src);
            assert!(!places.iter().any(|k| k == "لاوس"), "{src}");
            assert!(
                persons
                    .iter()
                    .any(|(k, g)| k == "فيبر" && g.contains(&"كلاوس".to_string())),
                "{src}: {persons:?}"
            );
        }
        // The country with a preposition letter stays a place.
        let (_, places) =
            persons_and_places("وقارن الوزير الوضع بما جرى في لاوس، وقال إن بلاده ليست كلاوس في هذا.");
        assert!(places.iter().any(|k| k == "لاوس"));
    }

    #[test]
    fn a_town_in_ta_marbuta_written_with_ha_is_a_possessed_noun() {
        // Written for this test: منوبه "his client" has the letters of the town منوبة.
        let src =
            "ترافع المحامي سامي العياري في حق منوبه أمام المحكمة، وقال إن منوبه بريء من التهمة.";
        let (_, places) = persons_and_places(src);
        assert!(!places.iter().any(|k| k == "منوبه"), "{places:?}");
        // The town written with ه after a preposition of place, or with ة, stays the town.
        let (_, places) = persons_and_places("وصل الوفد إلى منوبه صباحا، وزار مستشفى المدينة.");
        assert!(places.iter().any(|k| k == "منوبه"), "{places:?}");
        let (_, places) = persons_and_places("تشهد منوبة حركة تجارية كبيرة هذه الأيام.");
        assert!(places.iter().any(|k| k == "منوبه"), "{places:?}");
    }

    #[test]
    fn the_amazigh_ait_joins_the_family_name() {
        // Written for this test: آيت opens the family name آيت سعيد after the given name.
        let src =
            "وقال المدير الجهوي، كريم آيت سعيد، إن المحصول وفير. وأضاف آيت سعيد أن الأسعار مستقرة.";
        let (persons, _) = persons_and_places(src);
        assert!(
            persons
                .iter()
                .any(|(k, g)| k == "سعيد" && g.contains(&"كريم ايت".to_string())),
            "{persons:?}"
        );
        assert!(!persons.iter().any(|(k, _)| k == "ايت"), "{persons:?}");
    }

    #[test]
    fn a_definite_plural_of_a_trade_is_no_family_name() {
        // Written for this test: الفلاحين ("the farmers") is the object after a name.
        let doc = Document::new(
            "وطمأن الوزير سليم الحداد الفلاحين بأن الدعم قادم.",
            Format::Plain,
        );
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert!(definite_participle_plural(&cx, "الفلاحين"));
        // A singular of the same pattern is a family name's shape, and so is a short plural.
        assert!(!definite_participle_plural(&cx, "الفلاح"));
        assert!(!definite_participle_plural(&cx, "البحرين"));
    }

    #[test]
    fn a_name_in_abu_after_a_reporting_verb_is_the_speaker() {
        // Written for this test: the kunya is the subject, with no title or given name.
        let src = "ورد أبو صالحة بأن القرار خاطئ، ثم غادر أبو صالحة القاعة.";
        let persons: Vec<_> = entities(src)
            .into_iter()
            .filter(|(k, _)| *k == NameKind::Person)
            .map(|(_, sp)| sp)
            .collect();
        assert_eq!(persons, vec![vec![("صالحة".to_string(), 2)]]);
        // أبو before a definite noun is no kunya read here (the slot was seen).
        let doc = Document::new("وقال أبو الطلاب إن القرار خاطئ.", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(doc.words[1].plain, "أبو");
        assert!(!kunya_subject(&cx, 1));
    }

    #[test]
    fn a_foreign_name_the_lexicon_reads_only_bare_is_one_name_with_the_article() {
        // Written for this test: روشا is a word of the lexicon without the article, الروشا is
        // none; after an unlisted given name and then after a reporting verb, one name.
        let src = "قال المدافع ماركوس روشا إن الفريق جاهز للقاء.\n\n\
                   وأضاف الروشا أن اللاعبين في حالة جيدة.";
        let all: Vec<Vec<String>> = entities(src)
            .into_iter()
            .map(|(_, s)| s.into_iter().map(|(x, _)| x).collect())
            .collect();
        assert!(
            all.iter()
                .any(|e| e.contains(&"روشا".to_string()) && e.contains(&"الروشا".to_string())),
            "{all:?}"
        );
        // A noun of the lexicon has its definite form there too: no name from the article alone.
        let src = "قال المدافع إن الفريق جاهز للقاء.\n\nوأضاف الفريق أن فريق الشباب جاهز.";
        let all = entities(src);
        assert!(
            !all.iter()
                .flat_map(|(_, s)| s)
                .any(|(x, _)| x.contains("فريق")),
            "{all:?}"
        );
    }

    #[test]
    fn two_unknown_words_before_a_post_in_apposition_are_a_foreign_full_name() {
        // Written for this test: the post follows the name, once right after it and once after
        // a comma, and the verb before the name is no reporting verb.
        let persons = |src: &str| -> Vec<Vec<(String, usize)>> {
            entities(src)
                .into_iter()
                .filter(|(k, _)| *k == NameKind::Person)
                .map(|(_, sp)| sp)
                .collect()
        };
        let src = "وتجاهل فيليكس سوليتو المدير الفني للنادي الانتقادات. واختار سوليتو عشرين لاعبا.";
        assert_eq!(persons(src), vec![vec![("سوليتو".to_string(), 2)]]);
        let src = "وانتقدت ماريكا سوندستروم، رئيسة اتحاد المزارعين، القرار. ثم غادرت سوندستروم.";
        assert_eq!(persons(src), vec![vec![("سوندستروم".to_string(), 2)]]);
        // A family name the lexicon reads as a word with a proclitic (ك + وبر) between an
        // unknown given name and the post.
        let src = "ورفض هارالد كوبر مدرب المنتخب التعليق على الهزيمة. وغادر كوبر الملعب.";
        assert_eq!(persons(src), vec![vec![("كوبر".to_string(), 2)]]);
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "كوبر").unwrap();
        assert_ne!(ordinary_word_in(&cx, "كوبر"), Lexical::Unknown);
        assert!(known_family_before_post(&cx, at - 1, true));
        // No title after the two words, and none before: no name is read (the pair was seen).
        let src = "وتجاهل فيليكس سوليتو الانتقادات. واختار سوليتو عشرين لاعبا.";
        assert_eq!(persons(src), Vec::<Vec<(String, usize)>>::new());
        let doc = Document::new(src, Format::Plain);
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "فيليكس").unwrap();
        assert!(foreign_name_word(&cx, at) && foreign_name_word(&cx, at + 1));
        assert!(!post_in_apposition(&cx, at + 1));
    }

    #[test]
    fn two_unknown_words_after_a_title_in_their_clause_are_a_foreign_full_name() {
        // Written for this test: the post, its organisation and a bracketed acronym stand
        // between the title and the name, and a preposition follows the name.
        let persons = |src: &str| -> Vec<Vec<(String, usize)>> {
            entities(src)
                .into_iter()
                .filter(|(k, _)| *k == NameKind::Person)
                .map(|(_, sp)| sp)
                .collect()
        };
        let src = "وقالت المتحدثة باسم المفوضية الأوروبية للمساعدات (إيكو) مارينا سولبرغ في مؤتمر \
                   صحفي إن الشاحنات ستصل.";
        assert_eq!(persons(src), vec![vec![("سولبرغ".to_string(), 1)]]);
        // Before a verb in the future.
        let src = "وأعلن المبعوث الخاص هاينز هوفمان سيزور العاصمة الأسبوع المقبل.";
        assert_eq!(persons(src), vec![vec![("هوفمان".to_string(), 1)]]);
        // After a listed given name, a known word after the unknown family name goes on with
        // the clause (a verb before a place), not a second family name.
        let src = "وأكد مسؤول أن المبعوث جون هارتمان سيصل القاهرة غداً.";
        assert_eq!(persons(src), vec![vec![("هارتمان".to_string(), 1)]]);
        // A company name after its noun, and words of another sentence, are no person.
        let src = "وقال المدير التنفيذي لشركة جنرال موتورز في بيان إن المصنع سيغلق.";
        assert_eq!(persons(src), Vec::<Vec<(String, usize)>>::new());
        let src = "وقال الوزير إن المصنع سيغلق. ماريو ساليرنو في المدينة.";
        assert_eq!(persons(src), Vec::<Vec<(String, usize)>>::new());
        // What the last two are quiet on was seen: both runs have the shape of a name.
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "ماريو").unwrap();
        assert!(foreign_name_word(&cx, at) && foreign_name_word(&cx, at + 1));
        // A noun and its adjective in the accusative are no name (and were seen as a pair).
        let src = "وقال الوزير إن الإصلاح أصبح واقعا متجذرا في البلاد.";
        assert_eq!(persons(src), Vec::<Vec<(String, usize)>>::new());
        let doc = Document::new(src, Format::Plain);
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "واقعا").unwrap();
        assert!(foreign_name_word(&cx, at) && foreign_name_word(&cx, at + 1));
        assert!(accusative_pair(&cx, at));
        // A given name in يا (ماريا) is no accusative.
        let doc = Document::new("وقالت المتحدثة ماريا بتروفسكايا، إن", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(!accusative_pair(&cx, 2));
    }

    #[test]
    fn a_noun_with_a_possessive_pronoun_is_no_name() {
        // Written for this test: the title العقيد before بسيارته ("with his car") and the
        // reporting verb before أطفالهن ("their children").
        let doc = Document::new("كلمة", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        for w in ["بسيارته", "رحمته", "أطفالهن", "لأطفالهم", "سيارتها"]
        {
            assert!(possessed_noun(&cx, w), "{w}");
        }
        for w in ["شحاته", "طه", "مملوك", "الحلو"] {
            assert!(!possessed_noun(&cx, w), "{w}");
        }
        let src = "وغضب الرجل حين تجاوزه العقيد بسيارته سيارة جاره على الطريق.";
        let all = entities(src);
        assert!(
            !all.iter()
                .any(|(_, sp)| sp.iter().any(|(s, _)| s == "بسيارته")),
            "{all:?}"
        );
        // What the rule is quiet on was seen: the title's seed is on بسيارته, which it drops.
        let doc = Document::new(src, Format::Plain);
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "بسيارته").unwrap();
        let seed = title_seed(&cx, at - 1, &|_| false);
        assert_eq!(seed.map(|s| s.word), Some(at));
        assert!(seed.is_some_and(|s| inflected_non_name(&cx, &s)));
    }

    #[test]
    fn an_ordinary_word_after_a_verbal_noun_is_its_object_not_an_organisation() {
        // بتنظيم العمل: "by organising work"; العمل is the object of the verbal noun.
        let src = "صادق البرلمان على قانون يتعلق بتنظيم العمل عن بعد. وتبدأ أوقات العمل صباحاً، وتقل أيام العمل.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "العمل").unwrap();
        assert_eq!(doc.words[at - 1].plain, "بتنظيم");
        assert!(verbal_noun_object(&cx, "تنظيم", at));
        assert!(
            entities(src).iter().all(|(k, _)| *k != NameKind::Org),
            "{:?}",
            entities(src)
        );
        // A noun of an institution (حزب) names by its genitive: حزب العمل is an organisation.
        assert!(!verbal_noun_object(&cx, "حزب", at));
        let e = entities("وقال حزب العمل إن القانون منقوص. ورد حزب العمل على الحكومة.");
        assert!(
            e.contains(&(NameKind::Org, vec![("العمل".to_string(), 2)])),
            "{e:?}"
        );
    }

    #[test]
    fn a_verb_with_a_numeral_after_it_is_no_family_name() {
        // عمر "age" is also a given name; the verb after it takes the number as its object.
        let src = "وتوفي الشاعر نبيل الفاخوري عن عمر ناهز 80 عاماً. وكان الفاخوري قد بدأ الكتابة عن عمر يناهز 20 عاماً.";
        let e = entities(src);
        assert_eq!(
            e,
            vec![(NameKind::Person, vec![("الفاخوري".to_string(), 2)])]
        );
        // An age set off by a comma after a family name leaves the name a name.
        let e =
            entities("وقال الجريح سامر يمق، 45 عاماً، إن الإسعاف تأخر. وأضاف يمق أن المستشفى بعيد.");
        assert!(
            e.iter()
                .any(|(k, sp)| *k == NameKind::Person && sp.iter().any(|(s, _)| s == "يمق")),
            "{e:?}"
        );
    }

    #[test]
    fn a_conjugated_verb_or_an_adverb_is_not_a_family_name() {
        let doc = Document::new("", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        // Imperfect (يريد → أريد، تريد، نريد) and perfect (توفي → توفيت، توفينا، توفيتم).
        assert!(conjugated_verb(&cx, "يريد"));
        assert!(conjugated_verb(&cx, "يخطط"));
        assert!(conjugated_verb(&cx, "توفي"));
        assert!(!conjugated_verb(&cx, "مملوك"));
        assert!(!conjugated_verb(&cx, "الخطيب"));
        assert!(!conjugated_verb(&cx, "ميركل"));
        assert!(!conjugated_verb(&cx, "أولسن"));
        assert!(adverbial_accusative(&cx, "معقباً"));
        assert!(adverbial_accusative(&cx, "يوميًا"));
        // Without the tanween the alef may end a name (نيسا، كوستا).
        assert!(!adverbial_accusative(&cx, "معقبا"));
        assert!(!adverbial_accusative(&cx, "نيسا"));
        assert!(!adverbial_accusative(&cx, "كوستا"));
        // After a title (weak evidence), a verb is not the holder's name.
        let e = entities("وقال الوزير يريد أن يسافر. وأكد الوزير يريد أن يبقى.");
        assert!(
            e.iter().all(|(_, sp)| sp.iter().all(|(s, _)| s != "يريد")),
            "{e:?}"
        );
        // After a given name, a family name the lexicon also reads as a verb stays a name.
        let e = entities("وقال رياض يمق إن المحطة جاهزة. وأكد يمق أن العمل بدأ.");
        assert!(
            e.iter()
                .any(|(k, sp)| *k == NameKind::Person && sp.iter().any(|(s, _)| s == "يمق")),
            "{e:?}"
        );
        // After a given name, an adverbial accusative is not a family name.
        let e = entities("وقال سامي معقباً إن الأمر انتهى. ورد سامي معقباً على الوزير.");
        assert!(
            e.iter().all(|(_, sp)| sp.iter().all(|(s, _)| s != "معقبا")),
            "{e:?}"
        );
        // A family name in the same slot stays a name.
        let e = entities("وقال باسم الخطيب إن الوضع مستقر. وأكد الخطيب أن الأمر انتهى.");
        assert!(
            e.iter()
                .any(|(k, sp)| *k == NameKind::Person && sp.iter().any(|(s, _)| s == "الخطيب")),
            "{e:?}"
        );
    }

    #[test]
    fn a_preposition_on_a_definite_common_noun_is_no_name() {
        let doc = Document::new("", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        // للمنتخب: لـ + المنتخب (the team), a prepositional phrase.
        assert!(preposition_on_common_noun(&cx, "للمنتخب"));
        assert!(preposition_on_common_noun(&cx, "بالسيارة"));
        // No article, or a definite form the lexicon does not know: it may be a name.
        assert!(!preposition_on_common_noun(&cx, "لأردوغان"));
        assert!(!preposition_on_common_noun(&cx, "بالمرزوقي"));
        assert!(!preposition_on_common_noun(&cx, "المنتخب"));
    }

    #[test]
    fn a_preposition_on_the_head_of_a_construct_is_no_name() {
        // لعلاج الأمراض: لـ + علاج, the head of a construct with a definite noun after it.
        let src = "افتتح الوزير مركزا لعلاج الأمراض المزمنة. وقال لعلاج المرضى خطة واضحة.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = |w: &str| cx.doc.words.iter().position(|x| x.plain == w).unwrap();
        assert!(preposition_on_construct_head(&cx, at("لعلاج")));
        // A name after the preposition (no lexicon word), or no definite word after it: kept.
        let src = "قال مصدر لأردوغان الجديد إن الخطة جاهزة، وأرسل رسالة لعلاج.";
        let doc = Document::new(src, Format::Plain);
        let cx = Context::new(&doc, &p);
        let at = |w: &str| cx.doc.words.iter().position(|x| x.plain == w).unwrap();
        assert!(!preposition_on_construct_head(&cx, at("لأردوغان")));
        assert!(!preposition_on_construct_head(&cx, at("لعلاج")));
        assert!(
            entities("افتتح الوزير مركزا لعلاج الأمراض. وقال لعلاج المرضى خطة. ونقل للعلاج مريضا.")
                .iter()
                .all(|(_, sp)| !sp.iter().any(|(s, _)| s.contains("علاج")))
        );
    }

    #[test]
    fn a_post_then_two_words_is_given_and_family_name() {
        // فاضل is an ordinary word and not in the given-name list: the post before it makes
        // فاضل الزيدي a full name, and the later bare الزيدي a mention of it.
        let src = "وقال رئيس اللجنة، النائب فاضل الزيدي، إن القرار تأخر. وأضاف الزيدي أن البرلمان سيستضيف الوزير.";
        assert_eq!(
            entities(src)
                .into_iter()
                .filter(|(k, _)| *k == NameKind::Person)
                .collect::<Vec<_>>(),
            vec![(NameKind::Person, vec![("الزيدي".to_string(), 2)])]
        );
        // Such a full name is strong evidence: the family name without its article, although
        // both forms are words of the lexicon, is a second spelling of it.
        let src = "وقال رئيس اللجنة، النائب فاضل الزيدي، إن القرار تأخر. وأضاف الزيدي أن البرلمان سيستضيف الوزير. وقال زيدي إن الموعد لم يحدد.";
        assert_ne!(ordinary_word("زيدي"), Lexical::Unknown);
        assert_eq!(variants(src), ["زيدي"]);
        // A post, a word and a feminine noun (الوزير خطة الحكومة) is not a full name.
        let doc = Document::new("وعرض الوزير خطة الحكومة، أمس.", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(doc.words[3].plain, "الحكومة");
        assert!(!titled_full_name(&cx, 3));
    }

    #[test]
    fn a_definite_nisba_closing_a_three_part_name_is_the_family_name() {
        // Written for this test: سالم is a listed given name, زاهر (the father's name) is not, and
        // الصافي ("the pure") closes the name before its comma, so it is the family name and the
        // later الصافى a second spelling of it.
        let src =
            "وقال سالم زاهر الصافي، رئيس الغرفة، إن الصادرات ارتفعت. وأوضح الصافى أن الطلب تراجع.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(doc.words[3].plain, "الصافي");
        assert!(nasab_family(&cx, 1, 2));
        assert_eq!(variants(src), ["الصافى"]);
        // Written once, with the father's name a word of the lexicon, the family name stays a
        // person's name (the review sheet and the speaker reader read it).
        let src = "وقال سالم زاهر الصافي، رئيس الغرفة، إن الصادرات ارتفعت.";
        let got = entities(src);
        assert_eq!(got, [(NameKind::Person, vec![("الصافي".to_string(), 1)])]);
        // Where the name does not end after the nisba (a noun follows: the object), no.
        let doc = Document::new("استقبل سالم زاهر الصافي الوفد أمس.", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(!nasab_family(&cx, 1, 2));
    }

    #[test]
    fn two_words_of_the_lexicon_a_transposition_apart_are_two_words() {
        // Written for this test: الأنباء ("the news") closes an agency's name after وكالة, and
        // الأبناء ("the sons") two letters swapped is another word of the lexicon, no respelling.
        let src = "وقال المدير لوكالة الأنباء المحلية إن المشروع بدأ. وأضاف أن البرنامج يعلّم الأبناء حب البيئة.";
        assert_eq!(ordinary_word("الأبناء"), Lexical::Exact);
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn the_name_after_a_patronymic_is_a_name_whatever_its_shape() {
        // Written for this test: امحمد (a Maghrebi spelling of محمد, not in the list) after a
        // post, then ولد and الطالب ("the student" to the lexicon): الطالب is the family name, and
        // ولد الطالب alone later is the same person.
        let src = "وقال الوزير امحمد ولد الطالب إن الانتخابات في موعدها. وأضاف ولد الطالب أن اللجان جاهزة.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.contains(&vec!["الطالب".to_string()]), "{people:?}");
        // After a listed given name, ولد then a definite word of the lexicon.
        let listed = "وقال المدير أحمد ولد المختار إن الموسم جيد. وأكد ولد المختار أن الدعم قادم.";
        let people = spellings_of(listed, NameKind::Person);
        assert!(people.contains(&vec!["المختار".to_string()]), "{people:?}");
        // A nisba closing a name after بنت and a father's name the lexicon knows (خلفان).
        let nasab =
            "وقالت الوزيرة عائشة بنت خلفان الهنائي إن المدارس ستفتح. وأضافت الهنائي أن الكتب وصلت.";
        let people = spellings_of(nasab, NameKind::Person);
        assert!(people.contains(&vec!["الهنائي".to_string()]), "{people:?}");
    }

    #[test]
    fn a_mauritanian_patronymic_links_given_and_family_name() {
        // Written for this test: ولد ("son of") after the listed given name أحمد links it to the
        // father's name, as بن does, so بوسيفي is his family name and the later بوسيفى another
        // spelling of it.
        let src = "وقال المدير أحمد ولد بوسيفي إن الحملة بدأت. وأوضح ولد بوسيفى أن الصيد مستمر.";
        assert_eq!(
            entities(src)
                .into_iter()
                .filter(|(k, _)| *k == NameKind::Person)
                .count(),
            1
        );
        assert_eq!(variants(src), ["بوسيفى"]);
        // The ordinary ولد ("was born") after a verb's subject links nothing.
        let doc = Document::new("وقال إن الطفل ولد في المدينة.", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(given_chain(&cx, 2, 2).0.len(), 0);
    }

    #[test]
    fn a_hijri_month_after_its_noun_or_with_its_epithet_is_no_person() {
        // Written for this test: رمضان and شعبان are given names and months; after شهر or with
        // the month's epithet they are the month.
        let src = "وستفتح المساجد طوال شهر رمضان المبارك، وقال الإمام إن الأسعار ارتفعت في رمضان \
                   الكريم كما ارتفعت في شعبان المعظم، وإن رمضان الكريم شهر الخير.";
        assert_eq!(
            spellings_of(src, NameKind::Person),
            Vec::<Vec<String>>::new()
        );
        // Quiet test: the same given name with a family name is a person.
        let named = "وقال رمضان الحداد إن الموسم جيد. وأضاف الحداد أن الأسعار مستقرة.";
        assert_eq!(spellings_of(named, NameKind::Person), [["الحداد"]]);
    }

    #[test]
    fn an_ordinary_given_name_before_a_common_noun_is_the_common_word() {
        // Written for this test: تمام ("exactly"), يزيد ("increases") and أسماء ("names") are
        // listed given names and ordinary words; before a feminine noun (الساعة), a plural of
        // the pattern أفعال (الأعباء) or a participle's plural (الفائزين، الناشرين) they are the
        // common words, no person.
        let src = "وأعلنت اللجنة أسماء الفائزين في تمام الساعة الثامنة، وقالت إن القرار يزيد \
                   الأعباء على الناشرين. وستنشر أسماء الفائزين في تمام الساعة العاشرة لأن القرار \
                   يزيد الأعباء ووفاء الناشرين واجب.";
        assert_eq!(
            spellings_of(src, NameKind::Person),
            Vec::<Vec<String>>::new()
        );
        // Quiet test: in a list of names, with no preposition governing it, the pair is a name.
        let listed = "وحضر اللقاء سالم المطيري، ووفاء الساعة، وخالد العتيبي.";
        let people = spellings_of(listed, NameKind::Person);
        assert!(people.contains(&vec!["الساعة".to_string()]), "{people:?}");
        // Quiet test: after a post or a reporting verb the same pair is a name.
        let named = "وقال المحامي باسم العودة إن الجلسة تأجلت. وقال باسم العودة إن الحكم قريب.";
        assert_eq!(spellings_of(named, NameKind::Person), [["العودة"]]);
    }

    #[test]
    fn a_post_with_its_adjective_then_two_words_is_a_full_name() {
        // Written for this test: the nisba المعمارية agrees with the post, so the holder's name
        // starts after it; رشيدة (not in the given-name list) and قنديل ("lamp", a word of the
        // lexicon) are her given and family name, and the later قنديل after a reporting verb is her.
        let src =
            "وقالت المهندسة المعمارية رشيدة قنديل، إن المشروع تأخر. وأضافت قنديل أن العمل مستمر.";
        assert_eq!(ordinary_word("قنديل"), Lexical::Exact);
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(doc.words[4].plain, "قنديل");
        assert!(post_ends_before(&cx, 3));
        assert!(titled_full_name(&cx, 4));
        assert_eq!(
            entities(src)
                .into_iter()
                .filter(|(k, _)| *k == NameKind::Person)
                .collect::<Vec<_>>(),
            vec![(NameKind::Person, vec![("قنديل".to_string(), 2)])]
        );
        // A post, its adjective, a word and a feminine noun is no full name (ناقشت الوزيرة
        // الأردنية خطة الحكومة: the plan of the government).
        let doc = Document::new("ناقشت الوزيرة الأردنية خطة الحكومة، أمس.", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert_eq!(doc.words[4].plain, "الحكومة");
        assert!(post_ends_before(&cx, 3));
        assert!(!titled_full_name(&cx, 4));
        // A construct post with no adjective (رئيس الوزراء دشن) is not read through here.
        let doc = Document::new("وقال إن رئيس الوزراء دشن تطبيع الحياة.", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert_eq!(doc.words[5].plain, "تطبيع");
        assert!(!post_ends_before(&cx, 4));
    }

    #[test]
    fn a_masculine_word_after_a_feminine_reporting_verb_is_the_family_name_of_a_titled_woman() {
        // Written for this test: نزيهة ends in ta marbuta like many women's given names, and
        // الصافي is a word of the lexicon ("the pure"); the post and given name before it, and
        // قالت before it alone, make it her family name, so الصافى is a second spelling.
        let src = "قالت النائبة نزيهة الصافي: «لن نوافق على الموازنة». وقالت الصافي في تصريح إن اللجنة ستجتمع، وأضافت الصافى أن الحكومة لم ترد.";
        assert_eq!(ordinary_word("الصافي"), Lexical::Exact);
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(doc.words[8].plain, "وقالت");
        assert!(feminine_reporting_verb(&cx, 8));
        assert!(woman_speaker_alone(&cx, 9));
        assert_eq!(variants(src), ["الصافى"]);
        // A masculine verb (قال) or a root ending in ت (لفت) is no feminine form.
        let doc = Document::new("قال الصافي إن. ولفت الصافي إلى.", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(!feminine_reporting_verb(&cx, 0));
        assert!(!feminine_reporting_verb(&cx, 3));
        // Without a post and given name before the word anywhere, a feminine verb's subject
        // stays a common noun (the reports), whatever its spellings.
        let src = "وأكدت التقارير أن الأسعار ارتفعت. وذكرت التقارير أن الاسعار ستنخفض.";
        assert!(
            entities(src)
                .iter()
                .all(|(k, s)| *k != NameKind::Person || s.iter().all(|(x, _)| x != "التقارير"))
        );
    }

    #[test]
    fn a_surname_closing_an_apposition_and_back_as_a_speaker_is_a_family_name() {
        // Written for this test: the post's complement runs long (past the four words
        // `apposed_full_name` looks back), and the surname, a word of the lexicon (حداد
        // "blacksmith"), comes back as a speaker.
        let src = "حضر اللقاء مدير مكتب الجمعية الخيرية للأحياء الشرقية، نعيمة حداد. وأوضحت حداد أن الدعم وصل. ثم عادت حداد لتقول إن العمل مستمر.";
        assert_eq!(people(src), vec![vec![("حداد".to_string(), 3)]]);
        // The same pair with the surname never a speaker seeds nothing.
        let src = "حضر اللقاء مدير مكتب الجمعية الخيرية للأحياء الشرقية، نعيمة حداد. وأوضح المدير أن الدعم وصل.";
        assert!(people(src).is_empty(), "{:?}", people(src));
        // A pair that is not set off by a comma is no apposition.
        let doc = Document::new(
            "التقى الوفد نعيمة حداد. وأوضحت حداد أن الدعم وصل.",
            Format::Plain,
        );
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(doc.words[3].plain, "حداد");
        assert!(!resumed_surname(&cx, 3));
    }

    #[test]
    fn the_kept_surname_tests_give_the_seeds_a_fresh_pass_gives_when_a_far_paragraph_changes() {
        // Written for this test: each family name is seeded only because a paragraph far from
        // its full name writes it alone after a reporting verb (a story-wide set of subjects);
        // one keystroke there (أن → أنف, في → فيف: the name no longer ends before أن or في)
        // takes the seed away and the next (deleting it) brings it back. The per-word tests
        // are kept from the version before; the seeds and mentions must be the fresh pass's
        // every time.
        let filler = "وتراجعت الأسعار في الأسواق المحلية خلال الأسبوع الماضي.\n\n".repeat(6);
        let cases = [
            (
                "حضر الحفل مدير مكتب الرابطة الثقافية للأحياء الغربية، نعيمة حداد.",
                "وأوضحت حداد أن الدعم وصل.",
                "حداد",
                "حداد أن",
            ),
            (
                "وحضرت الجلسة النائبة وداد الخياط ثم غادرت.",
                "وقالت الخياط في تصريح إن اللجنة ستجتمع.",
                "الخياط",
                "الخياط في",
            ),
        ];
        let p = Profile::embedded();
        for (full, alone, family, anchor) in cases {
            let memo = std::cell::RefCell::new(SeedMemo::default());
            let detect_kept = |src: &str| {
                kept_equals_fresh(&p, &memo, src)
                    .iter()
                    .any(|e| e.kind == NameKind::Person && e.key == family)
            };
            let base = format!("{full}\n\n{filler}{alone}\n");
            let at = base.rfind(anchor).expect("anchor") + anchor.len();
            assert!(detect_kept(&base), "{family} seeded");
            let mut edited = base.clone();
            edited.insert(at, 'ف');
            assert!(
                !detect_kept(&edited),
                "{family} not seeded after {edited:?}"
            );
            assert!(memo.borrow().reused() > 0, "the steps were kept");
            assert!(detect_kept(&base), "{family} seeded again");
        }
    }

    #[test]
    fn the_kept_institution_starts_give_the_phrases_a_fresh_pass_gives_when_a_far_paragraph_changes()
     {
        // Written for this test: an authority named at the top and again, spelled with ه, at the
        // bottom; the phrase is a name only because the story writes it twice (a story-wide
        // grouping of occurrences). A comma typed after the far occurrence's head word breaks
        // it, and deleting it restores it; where each occurrence starts is kept per word.
        let filler = "وتراجعت الأسعار في الأسواق المحلية خلال الأسبوع الماضي.\n\n".repeat(6);
        let base = format!(
            "أعلنت هيئة الرقابة النهرية خطة جديدة.\n\n{filler}وأكد بيان لهيئه الرقابة النهرية أن الخطة تبدأ غدا.\n"
        );
        let p = Profile::embedded();
        let memo = std::cell::RefCell::new(SeedMemo::default());
        let detect_kept = |src: &str| {
            kept_equals_fresh(&p, &memo, src)
                .iter()
                .filter(|e| e.kind == NameKind::Org && e.key.starts_with("هيئه الرقابه"))
                .map(|e| e.mentions.len())
                .sum::<usize>()
        };
        let anchor = "لهيئه";
        let at = base.rfind(anchor).expect("anchor") + anchor.len();
        assert_eq!(detect_kept(&base), 2);
        let mut edited = base.clone();
        edited.insert(at, '،');
        assert_eq!(detect_kept(&edited), 0, "{edited:?}");
        assert!(memo.borrow().reused() > 0, "the steps were kept");
        assert_eq!(detect_kept(&base), 2);
    }

    /// The people of `src` as (key spellings, mentions) pairs, for the tests below.
    fn people(src: &str) -> Vec<Vec<(String, usize)>> {
        entities(src)
            .into_iter()
            .filter(|(k, _)| *k == NameKind::Person)
            .map(|(_, s)| s)
            .collect()
    }

    #[test]
    fn an_object_after_a_full_name_after_a_hollow_verb_is_no_third_name() {
        // زار loses its alif in زرت، زرنا: the paradigm test misses it, زارت does not.
        let src = "زار خالد حسن مستشفى الأطفال أمس. وقال حسن إن المستشفى يحتاج إلى دعم.";
        assert_eq!(people(src), vec![vec![("حسن".to_string(), 2)]]);
    }

    #[test]
    fn a_headline_post_before_an_imperfect_verb_is_its_subject_not_a_name() {
        // الوزير يزور المعرض: the post, a verb, its object. Read as a post and two name words,
        // المعرض became a family name, and the body's «معرض الكتاب» its bare variant.
        let src =
            "الوزير يزور المعرض\n\nزار الوزير سامر يوسف معرض الكتاب أمس. وقال يوسف إن الكتب كثيرة.";
        assert_eq!(people(src), vec![vec![("يوسف".to_string(), 2)]]);
        // A post without the article governs the noun after it, which only looks like a verb.
        let src = "قال رئيس تجمع المزارعين سامر يوسف إن الموسم جيد. وأضاف يوسف أن المطر كثير.";
        assert_eq!(people(src), vec![vec![("يوسف".to_string(), 2)]]);
        // A post and two unlisted name words still name the holder.
        let src = "قالت المهندسة شيخة المهيري إن العمل بدأ. وأضافت المهيري أن الموقع جاهز.";
        assert_eq!(people(src), vec![vec![("المهيري".to_string(), 2)]]);
    }

    #[test]
    fn a_family_name_resumed_as_a_speaker_in_a_hurried_spelling_is_the_same_person() {
        // Written for this test: the full name is given once after a post, and the reporting
        // verb's subject resumes it with a long vowel dropped (الشمراني/الشمرني) or a
        // transliteration letter swapped (القرعاوي/الكرعاوي): the respelling is flagged.
        let src =
            "قالت الطبيبة وداد الشمراني إن العيادة ستفتح غدا. وأوضحت الشمرني أن المواعيد محجوزة.";
        assert_eq!(variants(src), ["الشمرني"]);
        let src = "قال مدير المصنع كريم القرعاوي إن العمال عادوا. وأكد الكرعاوي أن الآلات تعمل.";
        assert_eq!(variants(src), ["الكرعاوي"]);
        // The speakers' table: the article on or off, a long vowel, a letter of one class; not a
        // word of three letters, nor a word apart by two letters.
        let t = ResumedSpellings::of(["الشمرني", "كرعاوي", "نور"].into_iter(), true);
        assert!(t.holds("الشمراني"));
        assert!(t.holds("شمرني"));
        assert!(t.holds("القرعاوي"));
        assert!(!t.holds("النور"));
        assert!(!t.holds("الشمراوي"));
        // The interned keys' answers, kept per key, are the same, asked once or twice.
        for k in [
            "الشمراني",
            "شمرني",
            "القرعاوي",
            "النور",
            "الشمراوي",
            "الشمراني",
        ] {
            assert_eq!(t.holds_key(Text::new(k)), t.holds(k), "{k}");
        }
        // A speaker two letters apart is another person: nothing flagged.
        let src = "قال مدير المصنع كريم القرعاوي إن العمال عادوا. وأكد الكرماني أن الآلات تعمل.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn an_ordinary_word_after_a_given_name_resumed_alone_as_a_speaker_is_the_family_name() {
        // الشمالي "northern" and بدوي "Bedouin" are words of the lexicon; written after a given
        // name that follows a post and then alone after a reporting verb, each is a family name,
        // and the other spelling of the resumption (ى for ي) is a variant of the same name.
        let src = "قال الخبير يوسف الشمالي إن المياه شحيحة هذا الصيف. وأضاف الشمالى أن الآبار جفت.";
        assert_eq!(variants(src), ["الشمالى"]);
        let src = "قال مدير المصنع كريم بدوي إن العمال عادوا. وأكد بدوي أن الآلات تعمل.";
        assert_eq!(
            people(src)
                .into_iter()
                .flatten()
                .filter(|(s, _)| s.contains("بدوي"))
                .map(|(_, n)| n)
                .sum::<usize>(),
            2,
            "{:?}",
            people(src)
        );
        // After a reporting verb, with no post: the same reading.
        let src = "وقال يوسف الشمالي إن المياه شحيحة. وتابع الشمالى أن الآبار جفت.";
        assert_eq!(variants(src), ["الشمالى"]);
        // The word is never resumed alone as a speaker: no evidence, no family name from here.
        let src = "قال الخبير يوسف الشمالي إن المياه شحيحة. وزار الوفد الحي الشمالى أمس.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn abd_joined_to_a_definite_word_is_a_fathers_name_before_the_family_name() {
        // Written for this test: the father's name عبدالمحسن written as one word, in no list,
        // between the given name and the family name: one person, named by the family name.
        let src = "وقال رئيس النادي ناصر عبدالمحسن الرشيدي في مؤتمر إن الموسم صعب. وأضاف الرشيدي أن الفريق جاهز.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.contains(&vec!["الرشيدي".to_string()]), "{people:?}");
        assert!(
            !people.iter().flatten().any(|s| s == "عبدالمحسن"),
            "{people:?}"
        );
    }

    #[test]
    fn abd_before_a_definite_word_is_a_compound_given_name() {
        // عبد الصمد is in no list: the compound itself makes الزموري the family name, and the
        // later الزمري (one long vowel less) a second spelling of it.
        let src = "وقال عبد الصمد الزموري إن الأشغال تسير. وأضاف الزمري أن المحطة جاهزة.";
        assert_eq!(variants(src), ["الزمري"]);
        // A definite word after عبد that ends the sentence is no family name to find.
        assert!(people("ورأى أن العمل عبد الحرية.").is_empty());
    }

    #[test]
    fn a_definite_word_the_lexicon_lacks_after_a_reporting_verb_is_a_family_name() {
        let src = "وقال الزموري إن الأشغال تسير. وأكد الزموري أن المحطة جاهزة.";
        assert_eq!(people(src), vec![vec![("الزموري".to_string(), 2)]]);
        // Common nouns in that slot are words of the lexicon: no person.
        let src = "وقال المتحدث إن الأشغال تسير. وأكدت الشركة أن المحطة جاهزة.";
        assert_ne!(ordinary_word("المتحدث"), Lexical::Unknown);
        assert!(people(src).is_empty(), "{:?}", people(src));
    }

    #[test]
    fn a_definite_ta_marbuta_word_the_lexicon_lacks_after_a_post_and_a_name_is_a_family_name() {
        // ديما is in no list; الطراونة is a family name with the article and ta marbuta, so the
        // full name is strong evidence and الطرانة (one long vowel less) is a second spelling.
        let src = "وكانت النائبة ديما الطراونة قد وجهت سؤالاً إلى الوزير. وقالت الطرانة للصحفيين إن الأزمة تتكرر.";
        assert_eq!(variants(src), ["الطرانة"]);
        // An ordinary definite noun in ta marbuta after a post and a word is not one.
        let doc = Document::new("وعرض الوزير خطة الحكومة، أمس.", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert!(!definite_ta_marbuta_family(&cx, 3));
    }

    #[test]
    fn a_masculine_nisba_after_a_feminine_noun_is_a_family_name() {
        let src = "قال رئيس الوزراء سعد الحريري، إن القرار نهائي. وأكد الحريري أن الحكومة باقية. ورفض الرئيس استقالة حريري مساء اليوم.";
        assert_eq!(variants(src), ["حريري"]);
        assert!(feminine_noun_before_masculine_nisba("استقالة", "حريري"));
        // After a masculine noun (قيادي حوثي) it may be the adjective; a feminine nisba agrees.
        assert!(!feminine_noun_before_masculine_nisba("قيادي", "حوثي"));
        assert!(!feminine_noun_before_masculine_nisba("حركة", "حوثيه"));
    }

    #[test]
    fn a_given_name_with_a_preposition_before_the_family_name_without_its_article_is_the_name() {
        // لسلمى كواري: ل governs the whole name of سلمى الكواري, whose family name lost its
        // article; it is no indefinite noun with its nisba adjective.
        let src = "توجت اللاعبة سلمى الكواري بلقب البطولة. ويعد اللقب الأول لسلمى كواري خارج بلادها. وقالت الكواري إن الفوز صعب.";
        assert_eq!(variants(src), ["كواري"]);
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = |w: &str| {
            doc.words
                .iter()
                .position(|x| x.plain.as_str() == w)
                .unwrap()
        };
        let mut pairs = None;
        assert!(given_with_preposition_of(
            &cx,
            at("لسلمى"),
            "كواري",
            &mut pairs
        ));
        // Another family name, or a given name the story does not write before الكواري: no.
        assert!(!given_with_preposition_of(
            &cx,
            at("لسلمى"),
            "حوثي",
            &mut pairs
        ));
        let doc = Document::new(
            "قالت سلمى الكواري إن الفوز صعب. وذهب اللقب لسعاد كواري.",
            Format::Plain,
        );
        let cx = Context::new(&doc, &p);
        let at = |w: &str| {
            doc.words
                .iter()
                .position(|x| x.plain.as_str() == w)
                .unwrap()
        };
        assert!(!given_with_preposition_of(
            &cx,
            at("لسعاد"),
            "كواري",
            &mut None
        ));
    }

    #[test]
    fn a_given_name_then_a_word_in_ta_marbuta_closing_the_apposition_is_a_full_name() {
        let src =
            "وقال رئيس السلطة، المهندس زياد عودة، إن نصيب الفرد تراجع. وأضاف عودة أن الحل ممكن.";
        assert!(
            entities(src).contains(&(NameKind::Person, vec![("عودة".to_string(), 2)])),
            "{:?}",
            entities(src)
        );
        let src =
            "وقال رئيس التجمع، نبيل حمادة، إن الزيادات كبيرة. وأوضح حمادة أن التجار يرفضونها.";
        assert!(
            entities(src).contains(&(NameKind::Person, vec![("حمادة".to_string(), 2)])),
            "{:?}",
            entities(src)
        );
        // The common noun عودة "return" elsewhere (حق العودة) is not the family name with the
        // article; right after a reporting verb it is.
        let src = "وقال رئيس السلطة، المهندس زياد عودة، إن نصيب الفرد تراجع. وأضاف عودة أن الحل ممكن، مطالبا بضمان حق العودة للاجئين.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        let src = "وقال رئيس السلطة، المهندس زياد عودة، إن نصيب الفرد تراجع. وأضاف عودة أن الحل ممكن. وأضاف العودة أن الموعد قريب.";
        assert_eq!(variants(src), ["العودة"]);
        // A given name as a subject and its object (ووقع خالد اتفاقية،): nothing sets it off.
        let doc = Document::new("ووقع خالد اتفاقية، ثم غادر.", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(doc.words[2].plain, "اتفاقية");
        assert!(!ta_marbuta_family(&cx, 1, 2));
    }

    #[test]
    fn a_nisba_before_the_addressee_or_the_time_closes_a_reported_subject() {
        // Invented: ضاري is no listed given name; after وقال المحامي the nisba before the
        // addressee, the time word or the preposition is his family name.
        for src in [
            "وقال المحامي ضاري المطيري لـ«القبس» إن موكله بريء.",
            "وقال المحامي ضاري المطيري أمس إن موكله بريء.",
            "وقال المحامي ضاري المطيري للصحفيين إن موكله بريء.",
        ] {
            assert_eq!(
                entities(src),
                vec![(NameKind::Person, vec![("المطيري".to_string(), 1)])],
                "{src}"
            );
        }
        let p = Profile::embedded();
        let src = "وقال المحامي ضاري المطيري في المحكمة إن موكله بريء.";
        let doc = Document::new(src, Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(nisba_closing_reported_subject(&cx, 1, 3));
        // The subject may open with the party the lawyer speaks for before his post.
        let doc = Document::new(
            "وقال دفاع المتهم المحامي ضاري المطيري لـ«القبس» إن موكله بريء.",
            Format::Plain,
        );
        let cx = Context::new(&doc, &p);
        assert!(nisba_closing_reported_subject(&cx, 3, 5));
        // A complementizer between the verb and the title opens the content: no subject there.
        let doc = Document::new("وقال إن المحامي ضاري المطيري في المحكمة.", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(!nisba_closing_reported_subject(&cx, 2, 4));
        // After a verb that takes an object, or before a word that is no addressee, time or
        // preposition, the nisba is not read so.
        let doc = Document::new("وافتتح المحافظ ضاري المطيري في المدينة.", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(!nisba_closing_reported_subject(&cx, 1, 3));
        let doc = Document::new(
            "وقال المحامي ضاري المطيري الجديد إن موكله بريء.",
            Format::Plain,
        );
        let cx = Context::new(&doc, &p);
        assert!(!nisba_closing_reported_subject(&cx, 1, 3));
    }

    #[test]
    fn a_place_nisba_right_after_a_reporting_verb_is_the_speakers_family_name() {
        let src = "وتحدثت الروائية المغربية ليلى الفاسي في الندوة. وقالت الفاسي إن الكتابة مهمة. وقالت فاسي للحضور إن الرواية انتهت.";
        assert_eq!(variants(src), ["فاسي"]);
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "فاسي").unwrap();
        assert!(speaker_nisba(&cx, at, true));
        // Without strong evidence for the person, or after a noun, it stays an adjective.
        assert!(!speaker_nisba(&cx, at, false));
        let doc = Document::new("والتقى كاتب فاسي بالحضور.", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(!speaker_nisba(&cx, 2, true));
    }

    #[test]
    fn a_nisba_agreeing_with_a_noun_is_not_the_agency_it_also_names() {
        let src = "باريس (الفرنسية) - قال رئيس الغرفة التونسية الفرنسية للتجارة إن الصادرات زادت. وأكدت وكالة الصحافة الفرنسية أن الاستثمارات الفرنسيه تراجعت. وذكرت الفرنسية أن الوزير وصل.";
        // The credit and the subject of ذكرت are the agency; the adjectives are not.
        assert!(
            entities(src).contains(&(NameKind::Org, vec![("الفرنسية".to_string(), 2)])),
            "{:?}",
            entities(src)
        );
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc
            .words
            .iter()
            .position(|w| w.plain == "الفرنسيه")
            .unwrap();
        assert!(agreeing_nisba(&cx, at));
        let credit = doc
            .words
            .iter()
            .position(|w| w.plain == "الفرنسية")
            .unwrap();
        assert!(!agreeing_nisba(&cx, credit));
    }

    #[test]
    fn two_words_set_off_by_commas_after_a_post_are_its_holders_full_name() {
        let src = "وقال رئيس لجنة المهرجانات، جورج حداد، إن الدورة ناجحة. وأضاف حداد أن التذاكر نفدت. وأكد الحداد أن اللجنة تفاوض.";
        assert_eq!(variants(src), ["الحداد"]);
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "حداد").unwrap();
        assert!(apposed_full_name(&cx, at));
        // A time adverbial set off after a post (وزير الخارجية، مساء أمس،) is no name.
        let src = "وقال وزير الخارجية، مساء أمس، إن الاتفاق قريب. وأكد الوزير أن المحادثات مستمرة.";
        let doc = Document::new(src, Format::Plain);
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == "أمس").unwrap();
        assert!(!apposed_full_name(&cx, at));
        assert!(entities(src).is_empty(), "{:?}", entities(src));
    }

    #[test]
    fn a_complementizer_after_a_name_is_not_part_of_it() {
        let src = "وقال سامي بن علي إن الاجتماع انتهى. وأكد بن علي بأن الموعد ثابت.";
        let got = entities(src);
        assert!(
            got.iter()
                .any(|(_, sp)| sp.iter().any(|(t, n)| t == "علي" && *n == 2)),
            "{got:?}"
        );
        assert!(
            got.iter()
                .all(|(_, sp)| sp.iter().all(|(t, _)| !t.contains("أن"))),
            "{got:?}"
        );
        assert!(!complementizer("بان"));
        // A place noun after a post introduces the place, not a person.
        let src = "وقال مدير شؤون مخيم النور العقيد سامي الخطيب إن الماء قليل. وفي سوق المخيم قال لاجئ إن الأسعار ارتفعت. وأكد سكان المخيم ذلك.";
        let got = entities(src);
        assert!(
            got.iter()
                .all(|(_, sp)| sp.iter().all(|(t, _)| !t.contains("مخيم"))),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(_, sp)| sp.iter().any(|(t, _)| t == "الخطيب")),
            "{got:?}"
        );
        assert!(complementizer("بأنها") && complementizer("لأن"));
    }

    #[test]
    fn an_indefinite_noun_before_an_indefinite_adjective_is_no_family_name() {
        // Written for this test: دعوى مدنية is "a civil lawsuit", the object of رفعت after the
        // actress's two names, and الدعوى later is the same noun with the article.
        let src = "رفعت الممثلة هالة سامي دعوى مدنية ضد شركة الإنتاج. وستنظر المحكمة في الدعوى \
                   الشهر المقبل.";
        assert_eq!(people(src), vec![vec![("سامي".to_string(), 1)]]);
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        // After a post without a given name: مدير قسم بنك حكومي is "the head of a department of
        // a state bank", an indefinite construct chain, not a post and a name.
        let src = "اعتقلت الشرطة أمس مدير قسم بنك حكومي في حمص. ولم يرد البنك على أسئلتنا.";
        assert!(people(src).is_empty(), "{:?}", people(src));
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        // Contrast: the adjective with the article describes the name (a definite noun), and
        // the family name stays.
        let doc = Document::new("قال هالة سامي دعوى مدنية والمدني", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert!(noun_with_indefinite_adjective(&cx, 3));
        assert!(!noun_with_indefinite_adjective(&cx, 4));
        assert!(!noun_with_indefinite_adjective(&cx, 2));
        // Where the name starts, right after a post, the nisba-shaped word is the family name;
        // a feminine nisba after a word not in ة or ى does not agree with it (بني عطية).
        let doc = Document::new(
            "قالت المهندسة ريم حلبي والنائب فادي بني عطية",
            Format::Plain,
        );
        let cx = Context::new(&doc, &p);
        assert!(!noun_with_indefinite_adjective(&cx, 2));
        assert!(!noun_with_indefinite_adjective(&cx, 6));
    }

    #[test]
    fn a_construct_after_a_two_name_subject_is_the_verbs_object() {
        // Written for this test: سجل سامر نبيل هدف التعادل is "Samer Nabil scored the
        // equaliser"; his two names make the subject, and هدف التعادل is the object.
        let src = "وبعد الاستراحة سجل سامر نبيل هدف التعادل برأسية. وقال المدرب إن الهدف جاء في \
                   وقته.";
        assert_eq!(people(src), vec![vec![("نبيل".to_string(), 1)]]);
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        // A compound name's second part is no genitive: جاد الله after two names goes on.
        let doc = Document::new("وقال سامر نبيل جاد الله إن", Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert!(!construct_after_full_name(&cx, 1, 3));
        let doc = Document::new("وقال سامر نبيل هدف التعادل", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(construct_after_full_name(&cx, 1, 3));
        // Without a verb before the names, the construct is still no third name word (an
        // adverb of time: مطلع الشوط "the start of the half").
        let doc = Document::new("، سامر نبيل مطلع الشوط", Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(construct_after_full_name(&cx, 0, 2));
    }

    #[test]
    fn a_complementizer_after_a_comma_is_no_given_name_of_an_apposed_name() {
        // Written for this test: بأن after the deputy's name set off by commas opens what he
        // replied, and المشروع is that clause's subject, not a family name.
        let src = "وردّ رئيس لجنة المال، النائب وليد كرم، بأن المشروع «لا يمس حقوق أحد»، وأضاف \
                   أن مشروع الموازنة جاهز.";
        assert_eq!(people(src), vec![vec![("كرم".to_string(), 1)]]);
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }
    #[test]
    fn an_east_asian_name_is_keyed_by_its_first_word() {
        // Written for this test: a Chinese name after a post in commas, its middle syllable
        // spelled like لي "for me", and the family name alone later.
        let src = "وقالت المديرة العامة للشركة، تشانغ لي هوا، في مؤتمر صحافي إن الإنتاج ارتفع. \
                   وأضافت تشانغ أن الشركة ستفتتح مصنعا جديدا.";
        let (persons, _) = persons_and_places(src);
        assert_eq!(
            persons,
            vec![("تشانغ".to_string(), vec!["لي هوا".to_string()])]
        );
        // A Korean name whose first syllable is itself a family name (جونغ) is one name keyed
        // by its first word, and the family name alone later is the same person.
        let (persons, _) = persons_and_places(
            "وقال الزعيم الكوري الشمالي كيم جونغ أون إن المحادثات مثمرة. وأضاف كيم أن بلاده لن تتراجع.",
        );
        assert_eq!(
            persons,
            vec![("كيم".to_string(), vec!["جونغ اون".to_string()])]
        );
        // A listed family name followed by a word of grammar opens no name.
        let (persons, _) = persons_and_places("وقال الرئيس كيم إن المحادثات ستستمر.");
        assert_eq!(persons.len(), 1);
        assert!(persons[0].1.is_empty());
    }

    #[test]
    fn a_place_after_a_foreign_given_name_after_a_post_is_the_family_name() {
        // Written for this test: a family name that is also a city (Florence), right after a
        // transliterated given name after a post and its nationality.
        let src = "وقال وزير المالية الإيطالي أندريا فلورنسا للصحافيين إن الميزانية متوازنة.";
        let (persons, _) = persons_and_places(src);
        assert_eq!(persons.len(), 1, "{persons:?}");
        assert_eq!(persons[0].0, "فلورنسا");
        // A place reached through a preposition stays a place.
        let (persons, places) =
            persons_and_places("وقال وزير المالية الإيطالي في فلورنسا إن الميزانية متوازنة.");
        assert!(persons.is_empty(), "{persons:?}");
        assert_eq!(places, ["فلورنسا"]);
    }
    #[test]
    fn bism_after_a_definite_noun_is_the_preposition_in_the_name_of() {
        // Written for this test: باسم after a verbal noun, also after a quoted one.
        for src in [
            "ورفضت الجمعية القتل باسم الدين، وأدانت الاستغلال باسم الوطن.",
            "وتكرر الحديث عن “التشهير” باسم المتهم في الصحف.",
        ] {
            let (persons, _) = persons_and_places(src);
            assert!(persons.is_empty(), "{src}: {persons:?}");
        }
        // The man of that name after a title, or after a construct that describes him, is
        // still named.
        for src in [
            "وقال المهندس باسم الحلبي إن المشروع تأخر. وأضاف باسم الحلبي أن العمل مستمر.",
            "وقال عالم الآثار باسم الحلبي إن النقوش نادرة. وأضاف الحلبي أن العمل مستمر.",
            "ووصل الشاب باسم الحلبي إلى المستشفى. وقال الحلبي إن الطريق كان مغلقا.",
        ] {
            let (persons, _) = persons_and_places(src);
            assert_eq!(
                persons,
                [("الحلبي".to_string(), vec!["باسم".to_string()])],
                "{src}"
            );
        }
    }

    #[test]
    fn a_month_or_time_noun_after_a_given_name_is_no_family_name() {
        // Written for this test: رمضان after a noun of time, a noun of time after a given name.
        let (persons, _) = persons_and_places("ويأمل السكان أن يمر منتصف رمضان بسلام.");
        assert!(persons.is_empty(), "{persons:?}");
        let src = "وسافرت معه زوجته سلمى أواخر العام الماضي إلى لندن.";
        let (persons, _) = persons_and_places(src);
        assert!(persons.iter().all(|(k, _)| k != "اواخر"), "{persons:?}");
        // The same given names with their family names.
        let src = "وقال رمضان السالمي إن الأسعار ارتفعت. وأضاف السالمي أن الرقابة ضعيفة.";
        let (persons, _) = persons_and_places(src);
        assert_eq!(
            persons,
            [("السالمي".to_string(), vec!["رمضان".to_string()])]
        );
        let src = "وقالت سلمى الحداد إن الرحلة طويلة. وأضافت الحداد أن الطقس سيئ.";
        let (persons, _) = persons_and_places(src);
        assert_eq!(persons, [("الحداد".to_string(), vec!["سلمي".to_string()])]);
    }

    #[test]
    fn an_imperfect_verb_given_name_before_a_noun_phrase_is_the_verb() {
        // Written for this test: يزيد "increases" before its object in construct.
        let (persons, _) = persons_and_places("وقال الباحث إن السهر يزيد خطر الإصابة بالسكري.");
        assert!(persons.is_empty(), "{persons:?}");
        // After a title, يزيد is the man's given name.
        let src =
            "وقال المدرب يزيد خطار للصحافيين إن المباراة صعبة. وأضاف خطار أن اللاعبين مستعدون.";
        let (persons, _) = persons_and_places(src);
        assert_eq!(persons, [("خطار".to_string(), vec!["يزيد".to_string()])]);
    }

    #[test]
    fn a_nationality_before_a_name_describes_that_name_not_the_word_before() {
        // Written for this test: حافظ is the verb, التونسي describes أيمن الشابي.
        let src = "فيما حافظ التونسي أيمن الشابي على الصدارة، وقال الشابي إن السباق صعب.";
        let (persons, _) = persons_and_places(src);
        assert_eq!(persons, [("الشابي".to_string(), vec!["ايمن".to_string()])]);
        // With no name after it, the nisba is the family name of حافظ.
        let src = "وقال حافظ التونسي إن السباق صعب. وأضاف التونسي أن المنافسة قوية.";
        let (persons, _) = persons_and_places(src);
        assert_eq!(persons, [("التونسي".to_string(), vec!["حافظ".to_string()])]);
    }

    #[test]
    fn a_town_after_a_described_foreign_given_name_is_the_family_name() {
        // Written for this test: a boxer's family name spelled like Florence.
        let src = "وفاز الملاكم الإيطالي ماتيو فلورنسا بالنزال، وقال فلورنسا إنه سعيد.";
        let (persons, places) = persons_and_places(src);
        assert_eq!(
            persons,
            [("فلورنسا".to_string(), vec!["ماتيو".to_string()])]
        );
        assert!(places.is_empty(), "{places:?}");
        // The nationality alone is the subject, and the town the verb's object.
        let (persons, places) = persons_and_places("وزار الإيطالي ماتيو فلورنسا أمس.");
        assert!(persons.iter().all(|(k, _)| k != "فلورنسا"), "{persons:?}");
        assert_eq!(places, ["فلورنسا"]);
    }

    #[test]
    fn a_noun_with_the_preposition_lam_after_a_given_name_is_no_family_name() {
        // Written for this test: the addressee right after a woman's given name.
        let src = "وقالت موظفة تدعى سارة لمراسل الصحيفة إن الانتظار طال.";
        let (persons, _) = persons_and_places(src);
        assert!(persons.iter().all(|(k, _)| k != "لمراسل"), "{persons:?}");
    }
    #[test]
    fn din_after_a_given_name_is_part_of_the_given_name() {
        // Written for this test: a laqab in الدين, then the family name with the article.
        let src =
            "وقال الباحث نور الدين الفرجاني إن المخطوطة نادرة. وأضاف الفرجاني أن فهرستها تأخرت.";
        let (persons, _) = persons_and_places(src);
        assert!(persons.iter().all(|(k, _)| k != "الدين"), "{persons:?}");
        assert!(persons.iter().any(|(k, _)| k == "الفرجاني"), "{persons:?}");
    }
    #[test]
    fn a_foreign_name_ends_before_a_preposition_on_a_definite_word() {
        // Written for this test: a prosecutor's transliterated name right before بالسجن.
        let src = "وطالبت المدعية العامة ماري لوران بالسجن خمس سنوات. وقالت لوران إن الأدلة كافية.";
        let (persons, _) = persons_and_places(src);
        assert!(persons.iter().any(|(k, _)| k == "لوران"), "{persons:?}");
    }
    #[test]
    fn a_word_with_grammar_no_family_name_carries_ends_the_name() {
        // Written for this test: رصيده "its tally" (a noun with the pronoun ه), سيقود "will
        // lead" (the future prefix on an imperfect) and بنحو "by about" (a preposition on a noun
        // before a numeral) right after given names are no family names.
        for (src, word) in [
            (
                "وبعد الفوز رفع الحسين رصيده إلى ثلاثين نقطة في الترتيب.",
                "رصيده",
            ),
            (
                "وأعلن النادي أن المساعد علي كاظم سيقود الفريق في المباراة المقبلة.",
                "سيقود",
            ),
            ("وقال المهندس إن الإنتاج يزيد بنحو 300 طن كل شهر.", "بنحو"),
        ] {
            let people = spellings_of(src, NameKind::Person);
            assert!(
                !people.iter().flatten().any(|s| s == word),
                "{src}: {people:?}"
            );
        }
        // Quiet test: a family name in the same slot, and one in ه written for ة, stay names.
        let src = "وقال الحسين رشيد إن الموسم انتهى، وأضاف رشيد أن الفريق جاهز.";
        assert!(
            spellings_of(src, NameKind::Person)
                .iter()
                .flatten()
                .any(|s| s == "رشيد")
        );
        let src = "وقال المدير سامي شحاته إن المصنع توقف، وأضاف شحاته أن العمال ينتظرون.";
        assert_eq!(spellings_of(src, NameKind::Person), [["شحاته"]]);
        // Nor is a foreign name in ه whose letters before it the lexicon knows only bare.
        let src = "وقال المتحدث فريديريك مونييه إن الإضراب مستمر. وأضاف مونييه أن الحوار توقف.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "مونييه"), "{people:?}");
    }

    #[test]
    fn a_construct_after_two_given_names_is_no_third_name() {
        // Written for this test: دور الابنة "the daughter's role" after the actress's two names.
        let src = "وأدت الممثلة الشابة سلمى عيسى دور الابنة ببراعة، وقالت عيسى إن الدور صعب.";
        let people = spellings_of(src, NameKind::Person);
        assert!(!people.iter().flatten().any(|s| s == "دور"), "{people:?}");
        // Quiet test: a third name word before a nisba is the family name.
        let src = "وقال سامر نبيل خليل الحلبي إن الفريق جاهز، وأضاف الحلبي أن المباراة صعبة.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "الحلبي"), "{people:?}");
    }

    #[test]
    fn a_foreign_word_after_a_place_or_numeral_noun_is_no_person() {
        // Written for this test: إقليم ألميريا is a province, ملايين يورو a sum, both after a
        // post in the clause, where a transliterated full name would be read.
        let src = "وقال رئيس اتحاد المزارعين في إقليم ألميريا، خوسيه مارتينيث، إن الموسم صعب، \
                   وأضاف مارتينيث أن الخسائر بلغت ملايين يورو في ألميريا.";
        let people = spellings_of(src, NameKind::Person);
        assert!(
            !people
                .iter()
                .flatten()
                .any(|s| s == "ألميريا" || s == "يورو"),
            "{people:?}"
        );
        // Quiet test: the official's transliterated full name is still a person.
        assert!(
            people.iter().flatten().any(|s| s == "مارتينيث"),
            "{people:?}"
        );
    }

    #[test]
    fn a_foreign_name_between_a_reporting_verb_and_a_profession_in_apposition_is_a_person() {
        // Written for this test: a botanist's transliterated name after قالت, set off by a comma
        // before her profession in construct (عالمة النبات), then her family name alone.
        let src = "«الجفاف يقتل البذور قبل أن تنبت»، قالت سونيتا كاليرو، عالمة النبات في جامعة \
                   محلية. وأشارت كاليرو إلى أن المطر تأخر.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "كاليرو"), "{people:?}");
        // The family name may be a word the lexicon knows (داس "trod") in that place.
        let src = "«الأسعار سترتفع»، قال نيلام داس، أستاذ الاقتصاد في جامعة محلية. وأضاف داس \
                   أن التضخم مستمر.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "داس"), "{people:?}");
        // Quiet test: a common noun phrase after the verb is no name though an apposition follows.
        let src = "قالت مصادر مطلعة، مسؤولة الملف في الوزارة، إن الاتفاق قريب.";
        let people = spellings_of(src, NameKind::Person);
        assert!(!people.iter().flatten().any(|s| s == "مطلعة"), "{people:?}");
    }

    #[test]
    fn an_east_asian_name_after_a_nationality_and_its_compass_point_is_a_person() {
        // Written for this test: a Korean violinist named after his nationality "South Korean",
        // family name first (بارك, also the verb "blessed"), then by his family name alone.
        let src = "يحيي الأمسية العازف الكوري الجنوبي بارك سو جين، ضيف المهرجان. وقال بارك إن \
                   الجمهور كان رائعا.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "بارك"), "{people:?}");
        // The family name written once with the article is the same name respelled.
        let src = "يحيي الأمسية العازف الكوري الجنوبي بارك سو جين، ضيف المهرجان. وقال البارك إن \
                   الجمهور كان رائعا.";
        let people = spellings_of(src, NameKind::Person);
        assert!(
            people
                .iter()
                .any(|p| p.iter().any(|s| s == "بارك") && p.iter().any(|s| s == "البارك")),
            "{people:?}"
        );
        // Quiet test: the verb بارك with no name run after it is no person.
        let src = "بارك الوفد الكوري الجنوبي الاتفاق، وقال إن الجمهور كان رائعا.";
        let people = spellings_of(src, NameKind::Person);
        assert!(!people.iter().flatten().any(|s| s == "بارك"), "{people:?}");
    }

    #[test]
    fn a_pair_joined_by_wa_on_a_hamza_is_two_names_not_a_full_name() {
        // Written for this test: two invented districts, "Tiskirt and Amzrou", written twice
        // as a pair: the second word is و + أمزرو, a second place, not a family name.
        let src = "وصلت القوافل إلى تيسكيرت وأمزرو صباحا. وعادت الحياة إلى تيسكيرت وأمزرو \
                   بعد الأمطار.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.is_empty(), "{people:?}");
        // Quiet test: a repeated pair whose second word starts with و as a letter of the name.
        let src = "وصل تيسكيرت وينتر صباحا. وغادر تيسكيرت وينتر بعد الظهر.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "وينتر"), "{people:?}");
    }

    #[test]
    fn the_third_word_of_a_titled_three_part_name_is_the_family_name_a_woman_is_resumed_by() {
        // Written for this test: a laboratory director named by given name, father's name
        // (عبدالعظيم, joined) and family name (الحداد, also "the blacksmith"), then by the
        // family name alone after a feminine reporting verb.
        let src = "وقالت الدكتورة سماح عبدالعظيم الحداد، مديرة المعمل، إن التحاليل انتهت. \
                   وأوضحت الحداد أن النتائج تعلن غدا.";
        let found = people(src);
        assert!(
            found
                .iter()
                .any(|p| p.iter().any(|(s, n)| s == "الحداد" && *n == 2)),
            "{found:?}"
        );
        // Quiet test: the family name is not resumed alone: no seed from this rule.
        let src = "وقالت الدكتورة سماح عبدالعظيم الحداد، مديرة المعمل، إن التحاليل انتهت.";
        let found = people(src);
        assert!(
            !found.iter().any(|p| p.iter().any(|(s, _)| s == "الحداد")),
            "{found:?}"
        );
    }

    #[test]
    fn a_long_name_with_two_sounds_written_otherwise_is_a_near_variant() {
        let v = |a: &str, b: &str| {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            near_variant(&a, &b)
        };
        // Velázquez in the seseo and the Castilian spelling: س/ث and a final ز/ث.
        assert!(v("فيلاسكيز", "فيلاثكيث"));
        // Quiet tests: a second difference outside the classes, or a short name, is no variant.
        assert!(!v("فيلاسكيز", "فيلامكيث"));
        assert!(!v("سانشيز", "سانشثث"));
    }

    #[test]
    fn lam_on_an_outlet_or_a_noun_after_a_name_is_the_addressee() {
        // Written for this test: لبي بي سي "to the BBC" after the minister's name, and لمراسل
        // "to the correspondent" after a passenger's given name, before a quoted outlet.
        let src = "وقال وزير المياه عبد الكريم سالم نور لبي بي سي إن الآبار جفت. وأضاف نور أن \
                   المطر تأخر.";
        let people = spellings_of(src, NameKind::Person);
        assert!(!people.iter().flatten().any(|s| s == "لبي"), "{people:?}");
        let src = "وقالت مسافرة تدعى هيلين لمراسل «الوكالة»: «الرحلة ألغيت». وأضافت هيلين \
                   لمراسل «الوكالة» أن الفندق ممتلئ.";
        let people = spellings_of(src, NameKind::Person);
        assert!(
            !people.iter().flatten().any(|s| s == "لمراسل"),
            "{people:?}"
        );
        // Quiet test: transliterated family names that start with ل stay names.
        let src = "وقال المخرج الفرنسي أنطوان لوروا، إن الفيلم صعب. وأضاف لوروا أن التصوير طال.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "لوروا"), "{people:?}");
        let src = "وقال المحلل هنريك لارسن، إن السوق تتغير. وأضاف لارسن أن الأسعار سترتفع.";
        let people = spellings_of(src, NameKind::Person);
        assert!(people.iter().flatten().any(|s| s == "لارسن"), "{people:?}");
    }
}
