//! A holder's given name that no list or dictionary knows, after a post chain's definite word,
//! taking a family name with the article (issue 12, probe18): وقال رئيس اللجنة في المجلس البلدي
//! فلان الفلاني لـ«الصحيفة» إن; and a given name that is also an ordinary word (issue 12, probe8,
//! probe18): في الاقتصاد السياسي فلانة الفلانية إن.

use super::{bare_key, function, gap, prepositional, unknown_word_whole};
use crate::analysis::Context;
use std::ops::Range;

/// True when word `m` (index into the document's words) is a word no dictionary knows whole and
/// no list holds as a given name, right after a definite word with only a space between (في
/// المجلس البلدي فلان الفلاني). Reason: a definite noun takes no indefinite genitive, so the
/// construct chain has ended there and the unknown word opens the holder's name, a given name the
/// lists lack; like a listed given name, it may then take a family name with the article. (After
/// an indefinite word, شركة فلان اليابانية, the definite word may be the company's adjective: not
/// taken.) False for `m == 0`.
pub(super) fn unlisted_given_after_definite(cx: &Context, m: usize) -> bool {
    m > 0
        && gap(cx, m - 1, m).trim().is_empty()
        && bare_key(cx, m - 1).starts_with("ال")
        && cx.lex.words[m].given == 0
        && unknown_word_whole(cx, &cx.doc.words[m].plain)
}

/// True when word `m` is a word the dictionary knows (no listed given name) right after a
/// definite word ([`written_definite`]: with the article, also after و, والتراث, but not a word
/// whose stem starts with و: والد) with only a space between,
/// followed by a definite word of four letters or more with only a space between (في المجلس
/// البلدي رغد العاني): the two words may be a given name that
/// is also an ordinary word and its family name. Reason: a definite noun takes no indefinite
/// genitive and its adjective is definite too, so an indefinite noun right after the post's
/// definite word starts something new; before the speech boundary (checked by the caller) that is
/// the holder's name, unless the noun is an adverbial noun of time or place in construct (نهاية
/// الأسبوع، عشية الانتخابات), a preposition's phrase (باسم الحكومة, the spokesman's
/// complement, also when the lists know باسم as a given name) or a function word. The
/// adverbial nouns are [`ADVERBIAL_NOUNS`]. False for `m == 0`.
pub(super) fn known_given_after_definite(cx: &Context, persons: &[Range<usize>], m: usize) -> bool {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    m > 0
        && m + 1 < n
        && gap(cx, m - 1, m).trim().is_empty()
        && gap(cx, m, m + 1).trim().is_empty()
        && written_definite(cx, m - 1)
        && cx.doc.words[m + 1].plain.starts_with("ال")
        && cx.doc.words[m + 1].plain.chars().count() >= 4
        && cx.lex.words[m].given == 0
        && !ADVERBIAL_NOUNS.contains(&bare_key(cx, m))
        && bare_key(cx, m) != "باسم"
        && !function(cx, m)
        && !prepositional(cx, persons, m)
}

/// True when word `x` is written with the article (الآثار), or is و + a definite word of five
/// letters or more that the dictionary knows without the و (والتراث: و + التراث). Reason: a
/// definite noun coordinated by و with the one before it (الآثار والتراث) is definite as well,
/// so the construct chain has ended at it as at the first; a word of the dictionary that only
/// begins like و + ال (والد، والدته) is refused, its remainder being no word or too short.
fn written_definite(cx: &Context, x: usize) -> bool {
    let p = cx.doc.words[x].plain.as_str();
    p.starts_with("ال")
        || p.strip_prefix('و').is_some_and(|r| {
            r.starts_with("ال")
                && crate::analysis::names::at_least_chars(r, 5)
                && !unknown_word_whole(cx, r)
        })
}

/// The nouns Arabic uses as adverbs of time or place in construct with a definite noun (ظروف
/// الزمان والمكان المضافة: نهاية الأسبوع، مطلع الشهر، يوم الخميس), as identity keys: a closed
/// grammatical class, those not already prepositions in `speaker::preposition_word`.
pub(super) const ADVERBIAL_NOUNS: &[&str] = &[
    "نهايه",
    "بدايه",
    "مطلع",
    "منتصف",
    "اواخر",
    "اوائل",
    "اواسط",
    "عشيه",
    "غداه",
    "صبيحه",
    "اثر",
    "قبيل",
    "بعيد",
    "طوال",
    "طيله",
    "ختام",
    "يوم",
    "ليله",
    "ساعه",
    "لحظه",
    "مده",
    "فتره",
    "مساء",
    "صباح",
    "ظهر",
    "عصر",
    "فجر",
    "قرب",
    "داخل",
    "خارج",
    "خلف",
    "فوق",
    "تحت",
    "جانب",
    "اطار",
    "هامش",
    "مستهل",
    "حين",
    "وقت",
];

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_names;

    #[test]
    fn an_unknown_given_name_after_the_chain_takes_a_family_name_with_the_article() {
        // كوستاس is in no list and no dictionary: after البلدي it opens the holder's name, and
        // الأحمر is its family name, closed by إن.
        let s = speaker_names(
            "وقال رئيس لجنة المرور في المجلس البلدي كوستاس الأحمر إن البلدية «ستغلق الشارع ليلاً».",
        );
        assert_eq!(
            s.last(),
            Some(&Some("رئيس لجنة المرور (كوستاس الأحمر)".to_string()))
        );
    }

    #[test]
    fn a_quoted_addressee_closes_the_holder_name_after_a_post_chain() {
        // The addressee لـ«الأيام» before إن comes after the whole subject: the name before it
        // is closed there (`post_chain::content_opens`).
        let s = speaker_names(
            "وقال رئيس لجنة المرور في المجلس البلدي كوستاس الأحمر لـ«الأيام» إن البلدية «ستغلق الشارع ليلاً».",
        );
        assert_eq!(
            s.last(),
            Some(&Some("رئيس لجنة المرور (كوستاس الأحمر)".to_string()))
        );
    }

    #[test]
    fn a_given_name_that_is_an_ordinary_word_after_the_chain_takes_its_family_name() {
        // غدير is a dictionary word (a pool) and no listed given name: after البيئية it opens the
        // holder's name, السامرائي its family name, closed by إن.
        let s = speaker_names(
            "وقالت الباحثة في الشؤون البيئية غدير السامرائي إن المياه «تتراجع كل صيف».",
        );
        assert_eq!(
            s.last(),
            Some(&Some("الباحثة (غدير السامرائي)".to_string()))
        );
    }

    #[test]
    fn an_adverbial_noun_after_the_chain_is_no_given_name() {
        // نهاية الأسبوع is a time adverb in construct, and باسم الحكومة the post's complement.
        for src in [
            "وقال المتحدث الرسمي نهاية الأسبوع إن الحكومة «لن تتراجع».",
            "وقال المتحدث الرسمي باسم الحكومة إن القرار «نهائي».",
        ] {
            let s = speaker_names(src);
            assert!(
                s.iter().all(|x| !x.as_deref().unwrap_or("").contains('(')
                    && !x.as_deref().unwrap_or("").starts_with("نهاية")),
                "{src}: {s:?}"
            );
        }
    }

    #[test]
    fn a_known_given_name_after_a_definite_noun_joined_by_waw_is_the_holder() {
        // والفنون is و + الفنون: the chain has ended there, and ليث الساعدي is the holder.
        let s = speaker_names(
            "وقال مدير دائرة الثقافة لشؤون المسرح والفنون ليث الساعدي، في كلمته: «المسرح يعود إلى جمهوره».",
        );
        assert!(
            s.last()
                .is_some_and(|x| x.as_deref().unwrap_or("").contains("ليث الساعدي")),
            "{s:?}"
        );
    }
}
