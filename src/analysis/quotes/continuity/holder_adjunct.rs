//! The holder of a post-only speaker named in the next sentence with a comma adjunct of
//! occasion after the name (issue 12, probe13): وقال مدير الإدارة إن «...». وأوضح المهندس فلان
//! الفلاني، في تصريح للصحيفة، أن «...» — the adjunct says where he spoke, not who he is.

use super::super::speaker::{bare_key, complementizer, gap, starts_person};
use crate::analysis::Context;
use std::ops::Range;

/// How many words the subject before the adjunct may hold (a rank and a name of four words).
const SUBJECT_WORDS: usize = 8;

/// How many words the comma adjunct may hold (في تصريح خاص لوكالة الأنباء السعودية).
const ADJUNCT_WORDS: usize = 10;

/// The index of the word that ends the subject opened at word `s` (exclusive) when that subject
/// is closed by a comma adjunct of occasion right before a complementizer: a comma after at
/// most [`SUBJECT_WORDS`] words, then a phrase whose first word (without و) is one of the
/// prepositions of occasion في، خلال، أثناء، عبر (the standard grammar's prepositions and
/// adverbs of circumstance), of at most [`ADJUNCT_WORDS`] words with no person mention and no
/// reporting verb or participle (its head may be a phrase of occasion such as في تصريح لـ),
/// closed by a comma right before أن/إن. `None` otherwise. `nw` bounds the word indexes.
/// Reason: a phrase opened by a preposition of occasion and set off by commas is an adverbial
/// of the verb (where, when or to whom the person spoke); it adds no post or description to
/// the subject, so the subject before it is the whole subject.
pub(super) fn subject_before_adjunct(
    cx: &Context,
    persons: &[Range<usize>],
    s: usize,
    nw: usize,
) -> Option<usize> {
    let comma = |a: usize, b: usize| gap(cx, a, b).contains(['،', ',']);
    let e = (s + 1..(s + SUBJECT_WORDS + 1).min(nw)).find(|&e| comma(e - 1, e))?;
    let first = bare_key(cx, e);
    let first = first.strip_prefix('و').unwrap_or(first);
    if !matches!(first, "في" | "خلال" | "اثناء" | "عبر") {
        return None;
    }
    let k = (e + 1..(e + ADJUNCT_WORDS + 1).min(nw)).find(|&k| comma(k - 1, k))?;
    if !complementizer(cx, k)
        || (e..k).any(|j| {
            starts_person(cx, persons, j)
                || cx
                    .lex
                    .words
                    .get(j)
                    .is_none_or(|w| w.verb() || w.participle())
        })
    {
        return None;
    }
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::super::pointing_back::speakers;

    #[test]
    fn a_comma_adjunct_after_the_name_keeps_the_holder() {
        let s = speakers(
            "وقال مدير دائرة المياه في المحافظة إن «الضخ سيعود مساء الغد». وأوضح المهندس سامر عيد الحلبي، في حديث للإذاعة المحلية، أن «الأعطال كانت في محطتين».",
        );
        assert_eq!(s.len(), 2);
        let sp = s[0].clone().unwrap_or_default();
        assert!(sp.starts_with("مدير دائرة المياه"), "{sp}");
        assert!(sp.ends_with(" (سامر عيد الحلبي)"), "{sp}");
    }

    #[test]
    fn an_apposition_of_a_post_after_the_name_is_no_adjunct() {
        // رئيس النقابة after the comma is a post of his own: another person, not the holder.
        let s = speakers(
            "وقال مدير دائرة المياه في المحافظة إن «الضخ سيعود مساء الغد». وأوضح سامر الحلبي، رئيس نقابة السباكين، أن «الأعطال كانت في محطتين».",
        );
        assert_eq!(s.len(), 2);
        let sp = s[0].clone().unwrap_or_default();
        assert!(sp.starts_with("مدير دائرة المياه"), "{sp}");
        assert!(!sp.contains('('), "{sp}");
    }
}
