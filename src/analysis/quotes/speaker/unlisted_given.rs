//! A holder's given name that no list or dictionary knows, after a post chain's definite word,
//! taking a family name with the article (issue 12, probe18): وقال رئيس اللجنة في المجلس البلدي
//! فلان الفلاني لـ«الصحيفة» إن.

use super::{bare_key, gap, unknown_word_whole};
use crate::analysis::Context;

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
}
