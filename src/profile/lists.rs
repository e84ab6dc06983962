//! Small closed word lists used by one check each, kept as data (`data/*.txt`, one entry per line,
//! `#` comments; each file's header says what it is and where it comes from), all written for
//! isnad. Compiled in; each is built once per process on first use, and its entries are compared
//! exactly with the form its header names (a word's clean form, [`crate::text::normalize::clean`],
//! or identity key, [`crate::text::normalize::identity`]), not folded further.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// The entries of a list: trimmed lines, blank lines and `#` comments skipped.
fn set(data: &'static str) -> HashSet<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

macro_rules! list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static HashSet<&'static str> {
            static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
            SET.get_or_init(|| set(include_str!($file)))
        }
    };
}

list!(
    /// Frequent Persian and Urdu function words, clean forms (است، را، براي ...), none a common
    /// Arabic word: `data/persian_function_words.txt` (used by `analysis::hygiene`).
    persian_function_words,
    "data/persian_function_words.txt"
);
list!(
    /// Frequent Arabic function words, clean forms (في، على، التي، قال ...), none a common Persian
    /// word: `data/arabic_function_words.txt` (used by `analysis::hygiene`).
    arabic_function_words,
    "data/arabic_function_words.txt"
);
list!(
    /// Nouns naming an outlet or its staff before the outlet's name, identity keys without the
    /// article (وكاله، صحيفه، مراسل ...): `data/outlet_nouns.txt` (used by `analysis::credits`).
    outlet_nouns,
    "data/outlet_nouns.txt"
);
list!(
    /// Indefinite nouns standing for an unnamed source, identity keys (مصدر، مسؤول، شهود ...):
    /// `data/source_nouns.txt` (used by `analysis::credits`).
    source_nouns,
    "data/source_nouns.txt"
);
list!(
    /// Verbs of "did not name" after لم, identity keys (تسمه، يذكر، تكشف ...):
    /// `data/unnamed_verbs.txt` (used by `analysis::credits`).
    unnamed_verbs,
    "data/unnamed_verbs.txt"
);
list!(
    /// Adjectives that grade or place an unnamed source (كبير، رفيعه، مطلعون، مقرب، اخري ...),
    /// identity keys without the article: `data/source_grades.txt` (used by `analysis::credits`).
    source_grades,
    "data/source_grades.txt"
);
list!(
    /// Words that give the name of the person a source noun stands for (يدعي، اسمها، واسمه ...),
    /// identity keys: `data/naming_words.txt` (used by `analysis::credits` and the speaker reader, `analysis::quotes::speaker`).
    naming_words,
    "data/naming_words.txt"
);
list!(
    /// Credit forms of agencies and outlets that are also ordinary words, given names, places or
    /// adjectives (فارس، بنا، الوطن، العمانيه ...), identity keys, some of two words (الشرق
    /// الاوسط): `data/ambiguous_agencies.txt` (used by [`crate::profile::Profile::embedded`] to
    /// mark an [`crate::profile::Agency`] ambiguous, which `analysis::credits` counts only in a
    /// credit context).
    ambiguous_agencies,
    "data/ambiguous_agencies.txt"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_read_without_their_headers() {
        let all = [
            (persian_function_words(), 35, "براي"),
            (arabic_function_words(), 32, "وأضاف"),
            (outlet_nouns(), 24, "مراسلون"),
            (source_nouns(), 18, "خبراء"),
            (unnamed_verbs(), 14, "يكشف"),
            (source_grades(), 17, "مطلعه"),
            (naming_words(), 16, "الملقبه"),
        ];
        for (set, len, word) in all {
            assert_eq!(set.len(), len);
            assert!(set.contains(word), "{word}");
            assert!(!set.iter().any(|w| w.starts_with('#') || w.contains(' ')));
        }
        assert!(persian_function_words().is_disjoint(arabic_function_words()));
    }

    #[test]
    fn ambiguous_agencies_are_credit_forms_of_the_agency_list() {
        let set = ambiguous_agencies();
        assert_eq!(set.len(), 30);
        assert!(set.contains("الشرق الاوسط") && set.contains("فارس"));
        // Each entry is the identity key of an agency's credit form (first form of its line).
        let credits: Vec<String> = include_str!("data/agencies.txt")
            .lines()
            .chain(include_str!("data/outlets.txt").lines())
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split('|').next())
            .map(|c| crate::text::normalize::identity(c.trim()))
            .collect();
        for w in set {
            assert!(
                credits.iter().any(|c| c == w),
                "{w} is no agency's credit form"
            );
        }
        let profile = crate::profile::Profile::embedded();
        let ambiguous: Vec<&str> = profile
            .agency_list
            .iter()
            .filter(|a| a.ambiguous)
            .map(|a| a.credit.as_str())
            .collect();
        assert_eq!(ambiguous.len(), 30);
        assert!(ambiguous.contains(&"بنا") && ambiguous.contains(&"الشرق الأوسط"));
        assert!(!ambiguous.contains(&"سانا") && !ambiguous.contains(&"رويترز"));
    }
}
