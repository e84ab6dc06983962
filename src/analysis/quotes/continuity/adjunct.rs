//! A fronted adjunct about the speaker before a subjectless cue (وفي مقابلة أجرتها معه صحيفة
//! ...، يقول: «...»): the turn reaches back over quiet paragraphs as when the cue opens its
//! sentence (issue 12, continuity).

use super::super::speaker::{Gender, Named, bare_key, starts_person};
use super::{article_less_keys, refers_to};
use crate::analysis::Context;
use std::ops::Range;

/// How many words a fronted adjunct may hold before the cue.
const ADJUNCT_WORDS: usize = 12;

/// True when words `s..i` (indexes; `s` the sentence's first word, `i` the cue) are a fronted
/// adjunct of occasion that refers to the speaker `n` (gender `gender`) and names no one else:
/// its first word, without و, is one of the prepositions of occasion في، خلال، أثناء، عبر (of
/// the standard grammar's prepositions and adverbs of circumstance), it holds at most
/// [`ADJUNCT_WORDS`] words, no person mention and no reporting cue, and it refers to `n` by
/// their name or a pronoun of their gender (معه، لها; [`refers_to`]). Reason: the nouns of a
/// phrase opened by a preposition are its genitives, and a relative clause inside it has its
/// own subject, so such a phrase puts no subject before the cue; when it refers to the speaker
/// the cue's pronoun subject is that speaker, as when the cue opens its sentence.
pub(super) fn fronted_adjunct_about(
    cx: &Context,
    persons: &[Range<usize>],
    n: &Named,
    gender: Option<Gender>,
    s: usize,
    i: usize,
) -> bool {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    if s >= i || i > nw || i - s > ADJUNCT_WORDS {
        return false;
    }
    let first = bare_key(cx, s);
    let first = first.strip_prefix('و').unwrap_or(first);
    if !matches!(first, "في" | "خلال" | "اثناء" | "عبر") {
        return false;
    }
    if (s..i).any(|j| starts_person(cx, persons, j) || cx.lex.words[j].is_cue()) {
        return false;
    }
    let keys = article_less_keys(cx, n);
    refers_to(cx, &keys, gender, s..i)
}

#[cfg(test)]
mod tests {
    use super::super::super::speaker::tests::speaker_names;

    #[test]
    fn an_interview_with_him_fronted_before_the_cue_keeps_his_turn() {
        let src = "ويقول الكاتب سامر الخطيب: «الكتابة مقاومة».\n\
                   ولد الخطيب في حمص وعاش فيها طفولته.\n\
                   ودرس الخطيب الأدب في دمشق وعمل فيها مدرسا.\n\
                   ونشر الخطيب روايته الأولى بعد عودته إلى حمص.\n\
                   وفي حوار أجرته معه صحيفة الوطن يقول: «لم أتوقف عن الكتابة يوما».";
        assert_eq!(
            speaker_names(src),
            vec![
                Some("الكاتب سامر الخطيب".to_string()),
                Some("الكاتب سامر الخطيب".to_string())
            ]
        );
    }
}
