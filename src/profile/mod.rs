//! The newsroom profile: the embedded default lexicons (data files under `src/profile/data/`,
//! compiled in with `include_str!`), later merged with a project's `isnad.toml`.
//!
//! Every list is written for isnad from newsroom usage (each file's header says what it holds),
//! except `countries_ar.csv`, which is umpirsky/country-list's Arabic country names under the MIT
//! licence (`countries_ar.LICENSE.txt`), and the Ayaspell-derived lexicon in `data/ayaspell/`
//! (MPL-1.1, see `words`). Entries are stored as [`normalize::identity`] keys, so hamza
//! seats, ة/ه and ى/ي spellings all match.

pub mod config;
pub mod lists;
pub mod quote_words;
pub mod words;

use crate::rules::Severity;
use crate::text::normalize;
use crate::text::token::Text;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

const REPORTING_VERBS: &str = include_str!("data/reporting_verbs.txt");
const ATTRIBUTION_PHRASES: &str = include_str!("data/attribution_phrases.txt");
const TITLES: &str = include_str!("data/titles.txt");
const AGENCIES: &str = include_str!("data/agencies.txt");
const OUTLETS: &str = include_str!("data/outlets.txt");
const ANONYMOUS: &str = include_str!("data/anonymous_sources.txt");
const ORG_NOUNS: &str = include_str!("data/org_nouns.txt");
const GIVEN_NAMES: &str = include_str!("data/given_names.txt");
const PLACES: &str = include_str!("data/places.txt");
const COUNTRIES_CSV: &str = include_str!("data/countries_ar.csv");
const FUNCTION_WORDS: &str = include_str!("data/function_words.txt");
const ORGANISATIONS: &str = include_str!("data/organisations.txt");

/// A sequence of identity keys (one per word), e.g. `["علي", "حد", "قوله"]`.
pub type Phrase = Vec<Text>;

/// A set of multi-word phrases indexed by their first word's key.
#[derive(Clone, Debug, Default)]
pub struct PhraseSet {
    by_first: HashMap<Text, Vec<Phrase>>,
}

impl PhraseSet {
    /// Adds a phrase given as text (words separated by spaces; Arabic words are keyed with
    /// [`normalize::identity`], a trailing ـ or "لـ" marker is dropped).
    pub fn insert_text(&mut self, text: &str) {
        let words: Phrase = text
            .split_whitespace()
            .map(|w| Text::from(normalize::identity(w.trim_end_matches('ـ'))))
            .filter(|w| !w.is_empty())
            .collect();
        if let Some(first) = words.first().cloned() {
            let list = self.by_first.entry(first).or_default();
            if !list.contains(&words) {
                list.push(words);
                list.sort_by_key(|p| std::cmp::Reverse(p.len()));
            }
        }
    }

    /// The longest phrase whose first word is `first` and whose following words equal `rest`'s
    /// first keys; returns its length in words.
    pub fn longest_match<'k>(
        &self,
        first: &str,
        rest: impl Fn(usize) -> Option<&'k str>,
    ) -> Option<usize> {
        let list = self.by_first.get(first)?;
        'outer: for p in list {
            for (i, w) in p.iter().enumerate().skip(1) {
                if rest(i - 1) != Some(w.as_str()) {
                    continue 'outer;
                }
            }
            return Some(p.len());
        }
        None
    }

    /// The length in words of the set's longest phrase (0 for an empty set). Walks the set.
    pub fn longest(&self) -> usize {
        self.by_first
            .values()
            .flat_map(|l| l.first())
            .map(Vec::len)
            .max()
            .unwrap_or(0)
    }

    /// True when a one-word phrase equal to `key` is in the set.
    pub fn contains_word(&self, key: &str) -> bool {
        self.by_first
            .get(key)
            .is_some_and(|l| l.iter().any(|p| p.len() == 1))
    }

    /// The first words of every phrase.
    pub fn first_words(&self) -> impl Iterator<Item = &Text> {
        self.by_first.keys()
    }

    /// True when some phrase starts with `key`.
    pub fn starts_with(&self, key: &str) -> bool {
        self.by_first.contains_key(key)
    }
}

/// One news agency or outlet.
#[derive(Clone, Debug)]
pub struct Agency {
    /// The short form used in a credit line (سانا, رويترز, أ ف ب).
    pub credit: String,
    /// True when the name is also an ordinary word or given name (فارس, سبأ): it only counts in a
    /// credit context (dateline, bracketed credit, after وكالة, inside guillemets).
    pub ambiguous: bool,
    /// True for a news agency (a wire, `agencies.txt`: رويترز، سانا، وكالات), which supplies copy
    /// to other newsrooms and so may be a story's credit line; false for a newspaper, channel or
    /// site (`outlets.txt`: الجزيرة، الأهرام), which a story may cite but which credits no copy
    /// it did not publish itself.
    pub wire: bool,
}

/// The lexicons and house style the checks use.
#[derive(Clone, Debug)]
pub struct Profile {
    /// Identity keys of reporting-verb forms (perfect, imperfect; masc./fem.; plural/dual).
    pub reporting_verbs: HashSet<Text>,
    /// Identity keys of circumstantial participles (مؤكدا، مضيفا ...), with and without tanween alef.
    pub participles: HashSet<Text>,
    /// Attribution phrases (بحسب، وفق، نقلا عن، على حد قوله ...).
    pub attribution_phrases: PhraseSet,
    /// Titles and honorifics (الرئيس، اللواء، وزير الخارجية ...).
    pub titles: PhraseSet,
    /// Agency and outlet names (all spellings) → index into `agency_list`.
    pub agencies: HashMap<Phrase, usize>,
    /// Agency names as a phrase set, for matching.
    pub agency_phrases: PhraseSet,
    /// The agencies and outlets.
    pub agency_list: Vec<Agency>,
    /// Anonymous-source phrases.
    pub anonymous: PhraseSet,
    /// Nouns that introduce a name in guillemets (وكالة، صحيفة، فيلم ...).
    pub org_nouns: HashSet<Text>,
    /// Identity keys of given names (single words; compound names like عبد الله as phrases too).
    pub given_names: HashSet<Text>,
    /// Compound given names as phrases (عبد الله).
    pub given_name_phrases: PhraseSet,
    /// Place names (countries, capitals, cities, regions), as phrases of identity keys.
    pub places: PhraseSet,
    /// Institutions, organisations, companies and platforms (identity keys of one-word names).
    pub organisations: HashSet<Text>,
    /// Function words and frequent words that are never names, as [`normalize::clean`] forms (not
    /// identity keys: على is a preposition, علي a given name).
    pub function_words: HashSet<Text>,
    /// House spellings: identity key → the house spelling (from `isnad.toml [spellings]`).
    pub house_spellings: HashMap<Text, String>,
    /// Names never to flag (identity keys, from `isnad.toml [lexicon] accept`).
    pub accept: HashSet<Text>,
    /// Severity overrides per rule id: `None` turns the rule off.
    pub severities: HashMap<String, Option<Severity>>,
    /// Extra credit-line patterns (from `isnad.toml [credit] patterns`).
    pub credit_patterns: Vec<regex::Regex>,
    /// One lookup for all lists: key → the [`vocab`] flags of the lists it is in (or starts a
    /// phrase of). Rebuilt by [`Profile::reindex`] whenever a list changes.
    pub vocab: HashMap<Text, u16>,
    /// The stems a place's nisba adjective is formed on (what the analysis's lexicon tagging,
    /// `lexicon::place_nisba`, looks a word's stem up in): for every one-word place key P, P itself, P
    /// without ال, P without a final ا, P without ال and a final يه, and P without a final يا.
    /// Rebuilt by [`Profile::reindex`] with [`Profile::vocab`].
    pub nisba_stems: HashSet<Text>,
    /// One bit per [`vocab_bit`] value (65,536 bits), set for every key of [`Profile::vocab`]: a
    /// key whose bit is clear is in no list, and [`Profile::flags`] answers it without hashing.
    /// Rebuilt by [`Profile::reindex`] with [`Profile::vocab`]; empty before (every key is then
    /// looked up).
    vocab_bits: Box<[u64]>,
    /// A number of this profile's lists as they stand, distinct from every other profile's and
    /// from the same profile's before a change: set anew by [`Profile::reindex`] (so by every
    /// change, which must reindex), kept by a clone (same lists). What keys the lexicon tags
    /// shared across analyses (`analysis::lexicon`), so that a changed profile never reads a tag
    /// of its old lists. Read with [`Profile::generation`].
    generation: u64,
}

/// The next [`Profile::generation`] to give (0 is none: no reindexed profile has it).
static NEXT_GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The bit of `key` in [`Profile`]'s vocabulary filter: 0..65,536, from its byte length, its second
/// and fourth bytes (which tell its first two Arabic letters) and its last byte.
#[inline]
fn vocab_bit(key: &str) -> usize {
    let b = key.as_bytes();
    let at = |i: usize| usize::from(b.get(i).copied().unwrap_or(0));
    let last = usize::from(b.last().copied().unwrap_or(0));
    (b.len().wrapping_mul(0x9E37) ^ (at(1) << 8 | last) ^ at(3).wrapping_mul(0x2F1)) & 0xFFFF
}

/// Flags of [`Profile::vocab`]: which lists a key is in, or starts a phrase of.
pub mod vocab {
    /// A reporting-verb form.
    pub const VERB: u16 = 1;
    /// A circumstantial participle.
    pub const PARTICIPLE: u16 = 1 << 1;
    /// A noun that introduces a name.
    pub const ORG_NOUN: u16 = 1 << 2;
    /// A function word (clean or identity form).
    pub const FUNCTION: u16 = 1 << 3;
    /// The first word of an attribution phrase.
    pub const ATTRIBUTION: u16 = 1 << 4;
    /// The first word of a title.
    pub const TITLE: u16 = 1 << 5;
    /// The first word of an anonymous-source phrase.
    pub const ANONYMOUS: u16 = 1 << 6;
    /// The first word of a place name.
    pub const PLACE: u16 = 1 << 7;
    /// The first word of an agency name.
    pub const AGENCY: u16 = 1 << 8;
    /// A given name, or the first word of a compound given name.
    pub const GIVEN: u16 = 1 << 9;
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Generated forms of a regular verb line (see `data/reporting_verbs.txt`).
fn verb_forms(line: &str, verbs: &mut HashSet<Text>, participles: &mut HashSet<Text>) {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let key = |s: &str| normalize::identity(s);
    let (mut v, mut pa): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    if let Some(&p) = fields.first().filter(|p| **p != "-") {
        let p = key(p);
        let weak = p.ends_with('ي') || p.ends_with('ا');
        v.push(p.clone());
        if !weak {
            for suf in ["ت", "وا", "ا", "تا"] {
                v.push(format!("{p}{suf}"));
            }
        }
    }
    if let Some(&i) = fields.get(1).filter(|i| **i != "-") {
        let i = key(i);
        v.push(i.clone());
        if let Some(stem) = i.strip_prefix('ي') {
            v.push(format!("ت{stem}"));
            // The we-form of a hollow, assimilated or doubled verb has three letters, the shape
            // of the commonest noun pattern (نصف half, نصر victory and a given name, نعد): such a
            // word in copy is far more often the noun, so only longer we-forms are cues.
            if stem.chars().count() > 2 {
                v.push(format!("ن{stem}"));
            }
            if !(i.ends_with('ي') || i.ends_with('و')) {
                v.push(format!("{i}ون"));
                v.push(format!("{i}ان"));
            }
        }
    }
    if let Some(&m) = fields.get(2).filter(|m| **m != "-") {
        let m = key(m);
        // Only the accusative (مؤكداً، مضيفاً): the bare and feminine forms are ordinary words
        // too often (مدينة، مصر، هاتف، معبر، مقر، مشير).
        pa.push(format!("{m}ا"));
    }
    for extra in fields.iter().skip(3) {
        let e = key(extra);
        if e.starts_with('م')
            || e.ends_with("يا")
            || e.starts_with("داع")
            || e.starts_with("ناف")
            || e.starts_with("راو")
        {
            if e.ends_with('ا') {
                pa.push(e);
            }
        } else {
            v.push(e);
        }
    }
    verbs.extend(v.into_iter().map(Text::from));
    participles.extend(pa.into_iter().map(Text::from));
}

impl Default for Profile {
    fn default() -> Profile {
        Profile::embedded()
    }
}

/// The phrases of the data file `text`, one per line.
fn phrase_set(text: &str) -> PhraseSet {
    let mut set = PhraseSet::default();
    for l in lines(text) {
        set.insert_text(l);
    }
    set
}

/// The agencies of `agencies.txt` (wires) and then the outlets of `outlets.txt`: each form's
/// identity-key phrase to the agency's index, every form as a phrase, and the agencies (credit
/// form first; those of `ambiguous_agencies.txt` marked, the wires marked `wire`).
fn embedded_agencies() -> (HashMap<Phrase, usize>, PhraseSet, Vec<Agency>) {
    let mut agencies = HashMap::default();
    let mut agency_phrases = PhraseSet::default();
    let mut agency_list = Vec::new();
    let wires = lines(AGENCIES).map(|l| (l, true));
    for (l, wire) in wires.chain(lines(OUTLETS).map(|l| (l, false))) {
        let forms: Vec<&str> = l.split('|').map(str::trim).collect();
        let idx = agency_list.len();
        let credit = forms[0].to_string();
        let ambiguous = lists::ambiguous_agencies().contains(normalize::identity(&credit).as_str());
        agency_list.push(Agency {
            credit,
            ambiguous,
            wire,
        });
        for f in forms {
            agency_phrases.insert_text(f);
            let phrase: Phrase = f
                .split_whitespace()
                .map(|w| Text::from(normalize::identity(w)))
                .collect();
            agencies.insert(phrase, idx);
        }
    }
    (agencies, agency_phrases, agency_list)
}

/// True when the one-word place whose identity key is `key` is spelled with a final ة in
/// `places.txt` (منوبة، أريانة): identity keys fold ة into ه, and a reader that meets the key
/// written with ه may ask how the list writes the town. Built once from the embedded list.
pub(crate) fn place_in_ta_marbuta(key: &str) -> bool {
    static KEYS: std::sync::OnceLock<HashSet<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        PLACES
            .lines()
            .map(str::trim)
            .filter(|l| l.ends_with('ة') && !l.contains(' '))
            .map(normalize::identity)
            .collect()
    })
    .contains(key)
}

/// The places of `places.txt` and the country names of `countries_ar.csv`.
fn embedded_places() -> PhraseSet {
    let mut places = phrase_set(PLACES);
    for l in COUNTRIES_CSV.lines().skip(1) {
        if let Some((_, name)) = l.split_once(',') {
            let name = name.trim().trim_matches('"');
            if !name.is_empty() {
                places.insert_text(name);
            }
        }
    }
    places
}

/// The function words of `function_words.txt`: clean forms, plus identity keys (so انها matches
/// أنها) unless the key is one of `given_names` (على and علي share the key علي).
fn embedded_function_words(given_names: &HashSet<Text>) -> HashSet<Text> {
    let mut function_words: HashSet<Text> = HashSet::default();
    for l in lines(FUNCTION_WORDS) {
        function_words.insert(Text::from(normalize::clean(l)));
        let id = Text::from(normalize::identity(l));
        if !given_names.contains(&id) {
            function_words.insert(id);
        }
    }
    function_words
}

impl Profile {
    /// The default profile built from the embedded data files (one list per file, see
    /// `src/profile/data/`), with no house style.
    pub fn embedded() -> Profile {
        let mut reporting_verbs = HashSet::default();
        let mut participles = HashSet::default();
        for l in lines(REPORTING_VERBS) {
            verb_forms(l, &mut reporting_verbs, &mut participles);
        }
        let (agencies, agency_phrases, agency_list) = embedded_agencies();
        let org_nouns = lines(ORG_NOUNS)
            .map(|l| Text::from(normalize::identity(l)))
            .collect();
        let mut given_names = HashSet::default();
        let mut given_name_phrases = PhraseSet::default();
        for l in lines(GIVEN_NAMES) {
            if l.contains(' ') {
                given_name_phrases.insert_text(l);
            } else {
                given_names.insert(Text::from(normalize::identity(l)));
            }
        }
        let function_words = embedded_function_words(&given_names);
        let organisations = lines(ORGANISATIONS)
            .filter(|l| !l.contains(' '))
            .map(|l| Text::from(normalize::identity(l)))
            .collect();
        Profile {
            organisations,
            reporting_verbs,
            participles,
            attribution_phrases: phrase_set(ATTRIBUTION_PHRASES),
            titles: phrase_set(TITLES),
            agencies,
            agency_phrases,
            agency_list,
            anonymous: phrase_set(ANONYMOUS),
            org_nouns,
            given_names,
            given_name_phrases,
            places: embedded_places(),
            function_words,
            house_spellings: HashMap::default(),
            accept: HashSet::default(),
            severities: HashMap::default(),
            credit_patterns: Vec::new(),
            vocab: HashMap::default(),
            nisba_stems: HashSet::default(),
            vocab_bits: Box::default(),
            generation: 0,
        }
        .reindexed()
    }

    fn reindexed(mut self) -> Profile {
        self.reindex();
        self
    }

    /// Rebuilds [`Profile::vocab`] from the lists and gives the profile a new
    /// [`Profile::generation`]; call after changing any list (the tags an analysis remembers
    /// across documents are keyed by the generation: without a reindex they would answer for the
    /// old lists).
    pub fn reindex(&mut self) {
        // A new number for every reindex in the process (a 64-bit count never wraps).
        self.generation = NEXT_GENERATION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut v: HashMap<Text, u16> = HashMap::default();
        let mut add = |k: &Text, f: u16| *v.entry(k.clone()).or_default() |= f;
        self.reporting_verbs
            .iter()
            .for_each(|k| add(k, vocab::VERB));
        self.participles
            .iter()
            .for_each(|k| add(k, vocab::PARTICIPLE));
        self.org_nouns.iter().for_each(|k| add(k, vocab::ORG_NOUN));
        self.function_words
            .iter()
            .for_each(|k| add(k, vocab::FUNCTION));
        self.attribution_phrases
            .first_words()
            .for_each(|k| add(k, vocab::ATTRIBUTION));
        self.titles.first_words().for_each(|k| add(k, vocab::TITLE));
        self.anonymous
            .first_words()
            .for_each(|k| add(k, vocab::ANONYMOUS));
        self.places.first_words().for_each(|k| add(k, vocab::PLACE));
        self.agency_phrases
            .first_words()
            .for_each(|k| add(k, vocab::AGENCY));
        self.given_names.iter().for_each(|k| add(k, vocab::GIVEN));
        self.given_name_phrases
            .first_words()
            .for_each(|k| add(k, vocab::GIVEN));
        let mut bits = vec![0u64; 1 << 10];
        for k in v.keys() {
            let bit = vocab_bit(k);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        self.vocab_bits = bits.into_boxed_slice();
        self.vocab = v;
        let mut stems = HashSet::default();
        for p in self.places.first_words() {
            if !self.places.contains_word(p) {
                continue;
            }
            let p = p.as_str();
            let bare = p.strip_prefix("ال");
            stems.insert(Text::from(p));
            stems.extend(bare.map(Text::from));
            stems.extend(p.strip_suffix('ا').map(Text::from));
            stems.extend(bare.and_then(|b| b.strip_suffix("يه")).map(Text::from));
            stems.extend(p.strip_suffix("يا").map(Text::from));
        }
        self.nisba_stems = stems;
    }

    /// The [`vocab`] flags of `key` (0 when it is in no list). Most words are in no list: their
    /// bit in `vocab_bits` is clear, and they are answered without hashing.
    pub fn flags(&self, key: &str) -> u16 {
        let bit = vocab_bit(key);
        if self
            .vocab_bits
            .get(bit / 64)
            .is_some_and(|w| w >> (bit % 64) & 1 == 0)
        {
            return 0;
        }
        self.vocab.get(key).copied().unwrap_or(0)
    }

    /// The number of this profile's lists as they stand (never 0): two profiles of one
    /// generation have the same lists (one is a clone of the other, neither changed since); a
    /// profile gets a new one at every [`Profile::reindex`].
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// True when `key` (an identity key without clitics) is a reporting verb form.
    pub fn is_reporting_verb(&self, key: &str) -> bool {
        self.reporting_verbs.contains(key)
    }

    /// True when `key` is a circumstantial participle cue (مؤكدا، مضيفا ...).
    pub fn is_participle(&self, key: &str) -> bool {
        self.participles.contains(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vocabulary_filter_lets_every_listed_key_through() {
        let p = Profile::embedded();
        assert!(!p.vocab.is_empty());
        for (k, f) in &p.vocab {
            assert_eq!(p.flags(k), *f, "{k}");
        }
        // A verb form is flagged as one, a word of no list (and the empty key) is not.
        assert_ne!(p.flags(&normalize::identity("قال")) & vocab::VERB, 0);
        assert_eq!(p.flags(&normalize::identity("برتقالة")), 0);
        assert_eq!(p.flags(""), 0);
    }

    #[test]
    fn three_letter_we_forms_are_not_cues() {
        // «أنفق نصف الميزانية» (half) and the given name نصر are no reporting verbs; the longer
        // we-forms (نؤكد، نطالب) and every other person of يصف and يصر still are.
        let p = Profile::embedded();
        for form in ["نصف", "نصر", "نعد"] {
            assert!(!p.reporting_verbs.contains(form), "{form}");
        }
        for form in ["نؤكد", "نطالب", "يصف", "تصف", "وصف", "يصر"] {
            assert!(p.reporting_verbs.contains(form), "{form}");
        }
    }

    #[test]
    fn embedded_lexicons_load() {
        let p = Profile::embedded();
        for v in [
            "قال",
            "قالت",
            "اكد",
            "اكدت",
            "يؤكد",
            "تؤكد",
            "اضافوا",
            "نفت",
            "دعت",
            "يقول",
        ] {
            assert!(p.is_reporting_verb(&normalize::identity(v)), "{v}");
        }
        for v in ["مؤكداً", "مضيفا", "داعياً", "لافتاً", "مشدداً", "قائلا"]
        {
            assert!(p.is_participle(&normalize::identity(v)), "{v}");
        }
        assert!(p.given_names.contains(normalize::identity("علي").as_str()));
        assert!(p.places.contains_word(&normalize::identity("طهران")));
        assert!(p.places.contains_word(&normalize::identity("سوريا")));
        assert!(
            p.agencies
                .contains_key(&vec![Text::from(normalize::identity("سانا"))])
        );
        assert!(p.titles.contains_word(&normalize::identity("اللواء")));
        assert!(p.anonymous.starts_with(&normalize::identity("مصادر")));
    }
}
