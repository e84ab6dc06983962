//! How far apart two short strings are, for "did you mean ...?" suggestions: a mistyped rule id
//! (`isnad explain`) or editor setting name (the language server's settings warnings). One edit
//! distance for both front ends.

/// Levenshtein distance between `a` and `b`, in characters (insertions, deletions and
/// substitutions each cost 1). Linear memory, quadratic time in the lengths: only for short
/// strings such as ids and setting names.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

/// The one of `candidates` closest to `typed` by [`edit_distance`] after `fold` is applied to both
/// (for example lowercasing), when at most `max` edits away; ties go to the earlier candidate.
/// `None` when no candidate is that close.
pub fn closest<'c>(
    typed: &str,
    candidates: &[&'c str],
    max: usize,
    fold: impl Fn(&str) -> String,
) -> Option<&'c str> {
    let typed = fold(typed);
    candidates
        .iter()
        .map(|c| (edit_distance(&typed, &fold(c)), *c))
        .filter(|(d, _)| *d <= max)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_count_characters_not_bytes() {
        assert_eq!(edit_distance("tatweel", "tatweel"), 0);
        assert_eq!(edit_distance("name-varient", "name-variant"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        // Arabic letters are one character each (two bytes in UTF-8).
        assert_eq!(edit_distance("مملوك", "المملوك"), 2);
    }

    #[test]
    fn the_closest_candidate_within_reach() {
        let ids = ["name-variant", "first-reference", "tatweel"];
        let same = |s: &str| s.to_string();
        assert_eq!(closest("tatwel", &ids, 3, same), Some("tatweel"));
        assert_eq!(closest("colour", &ids, 3, same), None);
        let keys = ["rules", "debounceMs"];
        let fold = |s: &str| s.to_lowercase().replace('_', "");
        assert_eq!(closest("debounce_ms", &keys, 2, fold), Some("debounceMs"));
        assert_eq!(closest("Rules", &keys, 2, fold), Some("rules"));
    }
}
