//! The newsroom profile: the embedded default lexicons (data files under `src/profile/data/`,
//! compiled in with `include_str!`), later merged with a project's `isnad.toml`.
//!
//! Every list is written for isnad from newsroom usage (see `research/arabic.md` B–D), except
//! `countries_ar.csv`, which is umpirsky/country-list's Arabic country names under the MIT licence
//! (`countries_ar.LICENSE.txt`). Entries are stored as [`normalize::identity`] keys, so hamza
//! seats, ة/ه and ى/ي spellings all match.

use crate::analysis::Severity;
use crate::text::normalize;
use std::collections::{HashMap, HashSet};

const REPORTING_VERBS: &str = include_str!("data/reporting_verbs.txt");
const ATTRIBUTION_PHRASES: &str = include_str!("data/attribution_phrases.txt");
const TITLES: &str = include_str!("data/titles.txt");
const AGENCIES: &str = include_str!("data/agencies.txt");
const ANONYMOUS: &str = include_str!("data/anonymous_sources.txt");
const ORG_NOUNS: &str = include_str!("data/org_nouns.txt");
const GIVEN_NAMES: &str = include_str!("data/given_names.txt");
const PLACES: &str = include_str!("data/places.txt");
const COUNTRIES_CSV: &str = include_str!("data/countries_ar.csv");
const FUNCTION_WORDS: &str = include_str!("data/function_words.txt");

/// A sequence of identity keys (one per word), e.g. `["علي", "حد", "قوله"]`.
pub type Phrase = Vec<String>;

/// A set of multi-word phrases indexed by their first word's key.
#[derive(Clone, Debug, Default)]
pub struct PhraseSet {
    by_first: HashMap<String, Vec<Phrase>>,
}

impl PhraseSet {
    /// Adds a phrase given as text (words separated by spaces; Arabic words are keyed with
    /// [`normalize::identity`], a trailing ـ or "لـ" marker is dropped).
    pub fn insert_text(&mut self, text: &str) {
        let words: Phrase = text
            .split_whitespace()
            .map(|w| normalize::identity(w.trim_end_matches('ـ')))
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

    /// True when a one-word phrase equal to `key` is in the set.
    pub fn contains_word(&self, key: &str) -> bool {
        self.by_first
            .get(key)
            .is_some_and(|l| l.iter().any(|p| p.len() == 1))
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
}

/// The lexicons and house style the checks use.
#[derive(Clone, Debug)]
pub struct Profile {
    /// Identity keys of reporting-verb forms (perfect, imperfect; masc./fem.; plural/dual).
    pub reporting_verbs: HashSet<String>,
    /// Identity keys of circumstantial participles (مؤكدا، مضيفا ...), with and without tanween alef.
    pub participles: HashSet<String>,
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
    pub org_nouns: HashSet<String>,
    /// Identity keys of given names (single words; compound names like عبد الله as phrases too).
    pub given_names: HashSet<String>,
    /// Compound given names as phrases (عبد الله).
    pub given_name_phrases: PhraseSet,
    /// Place names (countries, capitals, cities, regions), as phrases of identity keys.
    pub places: PhraseSet,
    /// Function words and frequent words that are never names, as [`normalize::clean`] forms (not
    /// identity keys: على is a preposition, علي a given name).
    pub function_words: HashSet<String>,
    /// House spellings: identity key → the house spelling (from `isnad.toml [spellings]`).
    pub house_spellings: HashMap<String, String>,
    /// Names never to flag (identity keys, from `isnad.toml [lexicon] accept`).
    pub accept: HashSet<String>,
    /// Severity overrides per rule id: `None` turns the rule off.
    pub severities: HashMap<String, Option<Severity>>,
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Generated forms of a regular verb line (see `data/reporting_verbs.txt`).
fn verb_forms(line: &str, verbs: &mut HashSet<String>, participles: &mut HashSet<String>) {
    let fields: Vec<&str> = line.split_whitespace().collect();
    let key = |s: &str| normalize::identity(s);
    if let Some(&p) = fields.first().filter(|p| **p != "-") {
        let p = key(p);
        let weak = p.ends_with('ي') || p.ends_with('ا');
        verbs.insert(p.clone());
        if !weak {
            for suf in ["ت", "وا", "ا", "تا"] {
                verbs.insert(format!("{p}{suf}"));
            }
        }
    }
    if let Some(&i) = fields.get(1).filter(|i| **i != "-") {
        let i = key(i);
        verbs.insert(i.clone());
        if let Some(stem) = i.strip_prefix('ي') {
            verbs.insert(format!("ت{stem}"));
            verbs.insert(format!("ن{stem}"));
            if !(i.ends_with('ي') || i.ends_with('و')) {
                verbs.insert(format!("{i}ون"));
                verbs.insert(format!("{i}ان"));
            }
        }
    }
    if let Some(&m) = fields.get(2).filter(|m| **m != "-") {
        let m = key(m);
        for suf in ["", "ا", "ه", "ين", "يا", "يه"] {
            participles.insert(format!("{m}{suf}"));
        }
    }
    for extra in fields.iter().skip(3) {
        let e = key(extra);
        if e.starts_with('م')
            || e.ends_with("يا")
            || e.starts_with("داع")
            || e.starts_with("ناف")
            || e.starts_with("راو")
        {
            participles.insert(e);
        } else {
            verbs.insert(e);
        }
    }
}

impl Default for Profile {
    fn default() -> Profile {
        Profile::embedded()
    }
}

impl Profile {
    /// The default profile built from the embedded data files.
    pub fn embedded() -> Profile {
        let mut reporting_verbs = HashSet::new();
        let mut participles = HashSet::new();
        for l in lines(REPORTING_VERBS) {
            verb_forms(l, &mut reporting_verbs, &mut participles);
        }
        let mut attribution_phrases = PhraseSet::default();
        for l in lines(ATTRIBUTION_PHRASES) {
            attribution_phrases.insert_text(l);
        }
        let mut titles = PhraseSet::default();
        for l in lines(TITLES) {
            titles.insert_text(l);
        }
        let mut agencies = HashMap::new();
        let mut agency_phrases = PhraseSet::default();
        let mut agency_list = Vec::new();
        const AMBIGUOUS: [&str; 17] = [
            "فارس",
            "سبا",
            "بنا",
            "وفا",
            "قنا",
            "وال",
            "صفا",
            "معا",
            "الوطن",
            "الحياه",
            "الخليج",
            "الغد",
            "الخبر",
            "الرياض",
            "الجزيره",
            "العربيه",
            "الشرق الاوسط",
        ];
        for l in lines(AGENCIES) {
            let forms: Vec<&str> = l.split('|').map(str::trim).collect();
            let idx = agency_list.len();
            let credit = forms[0].to_string();
            let ambiguous = AMBIGUOUS.contains(&normalize::identity(&credit).as_str())
                || [
                    "مهر",
                    "تاس",
                    "اكي",
                    "افي",
                    "انسا",
                    "الفرنسيه",
                    "الالمانيه",
                    "العمانيه",
                    "وكالات",
                    "سبق",
                    "الاهرام",
                    "النهار",
                    "عكاظ",
                    "التايمز",
                    "الشروق",
                ]
                .contains(&normalize::identity(&credit).as_str());
            agency_list.push(Agency { credit, ambiguous });
            for f in forms {
                agency_phrases.insert_text(f);
                let phrase: Phrase = f.split_whitespace().map(normalize::identity).collect();
                agencies.insert(phrase, idx);
            }
        }
        let mut anonymous = PhraseSet::default();
        for l in lines(ANONYMOUS) {
            anonymous.insert_text(l);
        }
        let org_nouns = lines(ORG_NOUNS).map(normalize::identity).collect();
        let mut given_names = HashSet::new();
        let mut given_name_phrases = PhraseSet::default();
        for l in lines(GIVEN_NAMES) {
            if l.contains(' ') {
                given_name_phrases.insert_text(l);
            } else {
                given_names.insert(normalize::identity(l));
            }
        }
        let mut places = PhraseSet::default();
        for l in lines(PLACES) {
            places.insert_text(l);
        }
        for l in COUNTRIES_CSV.lines().skip(1) {
            if let Some((_, name)) = l.split_once(',') {
                let name = name.trim().trim_matches('"');
                if !name.is_empty() {
                    places.insert_text(name);
                }
            }
        }
        // Clean forms, plus identity keys (so انها matches أنها) unless the key is a given name's
        // (على and علي share the key علي).
        let mut function_words: HashSet<String> = HashSet::new();
        for l in lines(FUNCTION_WORDS) {
            function_words.insert(normalize::clean(l));
            let id = normalize::identity(l);
            if !given_names.contains(&id) {
                function_words.insert(id);
            }
        }
        Profile {
            reporting_verbs,
            participles,
            attribution_phrases,
            titles,
            agencies,
            agency_phrases,
            agency_list,
            anonymous,
            org_nouns,
            given_names,
            given_name_phrases,
            places,
            function_words,
            house_spellings: HashMap::new(),
            accept: HashSet::new(),
            severities: HashMap::new(),
        }
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
        for v in ["مؤكداً", "مضيفا", "داعياً", "لافتاً", "مشددة", "قائلا"]
        {
            assert!(p.is_participle(&normalize::identity(v)), "{v}");
        }
        assert!(p.given_names.contains(&normalize::identity("علي")));
        assert!(p.places.contains_word(&normalize::identity("طهران")));
        assert!(p.places.contains_word(&normalize::identity("سوريا")));
        assert!(p.agencies.contains_key(&vec![normalize::identity("سانا")]));
        assert!(p.titles.contains_word(&normalize::identity("اللواء")));
        assert!(p.anonymous.starts_with(&normalize::identity("مصادر")));
    }
}
