//! The story's own outlet written with ل (قال أحدهم لهسبريس، في تصريح للأيام): the addressee the
//! words were given to, never a speaker (issue 12, probe11).

use super::bare_key;
use crate::analysis::Context;
use crate::analysis::credits::CreditKind;

/// True when word `k` is ل (or لـ after و/ف) joined to a word that the story's own credit (its
/// dateline, credit line, byline or outlet tag) names, the outlet publishing the story. Reason:
/// a story quotes people speaking to its own outlet (قال لـ«الموقع»، في تصريح لهسبريس), so ل +
/// that outlet marks the addressee of the words, whatever the lists know of the outlet's name.
/// At least three letters must follow the ل, and a credit word that is a listed given name (a
/// reporter's) does not count.
pub(in crate::analysis::quotes) fn lam_of_story_outlet(cx: &Context, k: usize) -> bool {
    let key = bare_key(cx, k);
    let Some(rest) = key.strip_prefix('ل') else {
        return false;
    };
    if !crate::analysis::names::at_least_chars(rest, 3) {
        return false;
    }
    cx.credits().credits.iter().any(|c| {
        !matches!(c.kind, CreditKind::FrontMatter)
            && cx.doc.words_in(c.range.clone()).iter().any(|w| {
                w.key.as_str() == rest
                    && cx
                        .lex
                        .words
                        .get(cx.doc.word_index_at(w.start()))
                        .is_some_and(|t| t.given == 0)
            })
    })
}

#[cfg(test)]
mod tests {
    use crate::analysis::quotes::continuity::pointing_back::speakers;

    #[test]
    fn the_story_outlet_after_lam_is_the_addressee() {
        let s = speakers(
            "زيتونبريس - سليم الراشدي\nوتجمع الصيادون في الميناء، فيما قال أحدهم لزيتونبريس غاضباً: «لم نخرج إلى البحر منذ أسبوعين».",
        );
        assert_eq!(s, vec![Some("أحدهم".to_string())]);
    }
}
