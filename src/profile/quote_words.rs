//! The word lists that tell kinds of quotation apart (see `analysis::quotes::kind`): nouns that make
//! a quoted span a name or title (`data/quote_name_nouns.txt`), nouns that introduce quoted text
//! (`data/quote_text_nouns.txt`) and the particles that make a span a clause
//! (`data/clause_particles.txt`). Written for isnad from general Arabic newsroom vocabulary and
//! grammar; compiled in and stored as [`normalize::identity`] keys.

use crate::text::normalize;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const NAME_NOUNS: &str = include_str!("data/quote_name_nouns.txt");
const TEXT_NOUNS: &str = include_str!("data/quote_text_nouns.txt");
const CLAUSE_PARTICLES: &str = include_str!("data/clause_particles.txt");
const STANCE_VERBS: &str = include_str!("data/stance_verbs.txt");

/// The three lists as sets of identity keys.
#[derive(Debug, Default)]
pub struct QuoteWords {
    /// Nouns introducing a name or title (خطة، حملة، برنامج، مطعم ...).
    pub name_nouns: HashSet<String>,
    /// Nouns introducing quoted text (كلمات، المثل، المادة، القصيدة ...).
    pub text_nouns: HashSet<String>,
    /// Particles, pronouns and auxiliaries of a clause (أن، لن، قد، نحن ...).
    pub clause_particles: HashSet<String>,
    /// Forms of the verbs of stance (رحب، شجب، تعتبر ...) without object pronouns.
    pub stance_verbs: HashSet<String>,
}

/// The forms of each line of `stance_verbs.txt`: perfect + ت/وا/ا/تا, imperfect with ي/ت/ن and
/// ون/ان (but no bare we-form of three letters), and the extra forms as given.
fn stance_forms(data: &str) -> HashSet<String> {
    let mut out = HashSet::default();
    for line in data
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let fields: Vec<String> = line.split_whitespace().map(normalize::identity).collect();
        if let Some(p) = fields.first() {
            for suf in ["", "ت", "وا", "ا", "تا"] {
                out.insert(format!("{p}{suf}"));
            }
        }
        if let Some(stem) = fields.get(1).and_then(|i| i.strip_prefix('ي')) {
            for pre in ["ي", "ت", "ن"] {
                for suf in ["", "ون", "ان"] {
                    // A bare three-letter we-form (نصف half, نعد, نظن) has the shape of the
                    // commonest noun pattern and is far more often the noun: left out, as in
                    // the reporting verbs' forms (`profile::verb_forms`).
                    if pre == "ن" && suf.is_empty() && stem.chars().count() <= 2 {
                        continue;
                    }
                    out.insert(format!("{pre}{stem}{suf}"));
                }
            }
        }
        out.extend(fields.iter().skip(2).cloned());
    }
    out
}

fn set(data: &str) -> HashSet<String> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(normalize::identity)
        .collect()
}

/// The lists, built on first use from the embedded data files and shared for the life of the
/// process (constant data, like [`super::words::lexicon`]).
pub fn quote_words() -> &'static QuoteWords {
    static WORDS: OnceLock<QuoteWords> = OnceLock::new();
    WORDS.get_or_init(|| QuoteWords {
        name_nouns: set(NAME_NOUNS),
        text_nouns: set(TEXT_NOUNS),
        clause_particles: set(CLAUSE_PARTICLES),
        stance_verbs: stance_forms(STANCE_VERBS),
    })
}

impl QuoteWords {
    /// True when the identity key `key` (a word as written, clitics not stripped) is a form of a
    /// verb of stance, possibly after و/ف and with an object pronoun (وتعتبره، رحبت، سمّاه).
    pub fn is_stance_verb(&self, key: &str) -> bool {
        let bare = key
            .strip_prefix(['و', 'ف'])
            .filter(|b| b.chars().count() >= 2)
            .into_iter()
            .chain(std::iter::once(key));
        bare.into_iter().any(|b| {
            self.stance_verbs.contains(b)
                || ["هم", "ها", "ه"].iter().any(|p| {
                    b.strip_suffix(p).is_some_and(|s| {
                        s.chars().count() >= 2
                            && (self.stance_verbs.contains(s)
                                // The plural's alif is not written before a pronoun (وصفوها).
                                || s.ends_with('و') && self.stance_verbs.contains(&format!("{s}ا")))
                    })
                })
        })
    }

    /// True when one of the proclitic readings `readings` (identity keys, as given by
    /// `Word::key_readings`) is in `list`, also with the article ال removed.
    pub fn any_reading(
        list: &HashSet<String>,
        readings: &[(usize, crate::text::token::Reading<'_>)],
    ) -> bool {
        readings.iter().any(|(_, r)| {
            list.contains(r.as_str()) || r.strip_prefix("ال").is_some_and(|s| list.contains(s))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_keyed_by_identity() {
        let w = quote_words();
        // إستراتيجية is keyed with its hamza folded; ة folds to ه.
        assert!(w.name_nouns.contains("استراتيجيه"));
        assert!(w.text_nouns.contains("المثل"));
        assert!(w.clause_particles.contains("انه"));
        assert!(!w.name_nouns.contains("قال"));
        // وتعتبره: و + تعتبر + ه; رحبت: perfect + ت; سمّاه: an extra form + ه.
        assert!(w.is_stance_verb("ورحبت"));
        assert!(w.is_stance_verb("سماه"));
        assert!(w.is_stance_verb("يشجبون"));
        // وصفوها: وصفوا + ها, the plural's alif dropped before the pronoun.
        assert!(w.is_stance_verb("ووصفوها"));
        // وجّه takes words as its object (وجّه «انتقادات»); توجّه (to head for) is not generated.
        assert!(w.is_stance_verb("ووجه"));
        assert!(!w.is_stance_verb("توجه"));
        assert!(!w.is_stance_verb("رحلة"));
        // «أنفق نصف المبلغ»: the bare three-letter we-form is the noun (half); تصف and نصفه stay.
        assert!(!w.is_stance_verb("نصف"));
        assert!(!w.is_stance_verb("ونعد"));
        assert!(w.is_stance_verb("تصف"));
        assert!(w.is_stance_verb("نعتبر"));
    }
}
