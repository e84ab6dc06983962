//! The addressee written as a bare لـ before a quoted outlet name, right before the reported
//! content (issue 12, probe12): وقالت فلانة لـ«الصحيفة» إن ...

use super::{complementizer, gap};
use crate::analysis::Context;

/// True when word `e` is the preposition ل written alone (لـ, the tatweel dropped) with a name
/// in quotation marks right after it (at most four words) and a complementizer right after the
/// closing mark: لـ«الوسط» إن. Reason: ل before the name of a paper or channel after a verb of
/// saying marks to whom the words were said, and the content follows it, so the speaker's phrase
/// ended before the ل: whatever stands between the verb and it is the subject.
pub(super) fn quoted_addressee_then_content(cx: &Context, e: usize) -> bool {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    if e + 2 >= n || cx.doc.words[e].plain.as_str() != "ل" {
        return false;
    }
    let opens = gap(cx, e, e + 1).trim();
    if !matches!(opens, "«" | "\"" | "“") {
        return false;
    }
    let close = |g: &str| g.contains(['»', '"', '”']);
    (e + 1..(e + 5).min(n - 1))
        .find(|&c| close(gap(cx, c, c + 1)))
        .is_some_and(|c| complementizer(cx, c + 1))
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_names;

    #[test]
    fn a_name_before_a_quoted_addressee_is_the_speaker() {
        // رقية is no listed given name: the addressee لـ«الشروق» before إن ends the subject.
        // (The outlet's name in quotation marks is a quotation of its own; the speech is last.)
        let s = speaker_names(
            "وقالت المرشحة الخاسرة رقية الحداد لـ«الشروق» إن النتيجة «لم تكن مفاجئة».",
        );
        assert_eq!(
            s.last(),
            Some(&Some("المرشحة الخاسرة رقية الحداد".to_string()))
        );
    }
}
