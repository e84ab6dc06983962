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

/// The three lists as sets of identity keys.
#[derive(Debug, Default)]
pub struct QuoteWords {
    /// Nouns introducing a name or title (خطة، حملة، برنامج، مطعم ...).
    pub name_nouns: HashSet<String>,
    /// Nouns introducing quoted text (كلمات، المثل، المادة، القصيدة ...).
    pub text_nouns: HashSet<String>,
    /// Particles, pronouns and auxiliaries of a clause (أن، لن، قد، نحن ...).
    pub clause_particles: HashSet<String>,
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
    })
}

impl QuoteWords {
    /// True when one of the proclitic readings `readings` (identity keys, as given by
    /// `Word::key_readings`) is in `list`, also with the article ال removed.
    pub fn any_reading(list: &HashSet<String>, readings: &[(usize, crate::text::token::Text)]) -> bool {
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
    }
}
