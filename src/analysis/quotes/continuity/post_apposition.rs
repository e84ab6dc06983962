//! The subject a subjectless cue shares with the clause before it in its sentence when that
//! subject is a post whose holder is named in commas after it (issue 12): «مدرب الفريق، التونسي
//! فلان، لم يخف ارتياحه، وقال: ...» and «حمّل مدرب الفريق، فلان الفلاني، التحكيم المسؤولية، وقال
//! إن ...». The post alone names nobody, and the reader of the cue stops at its comma.

use super::super::speaker::{
    Named, bare_key, breaks_phrase, complementizer, cue_gender, function, gap, holder_in_commas,
    post_gender, prepositional, read_np,
};
use super::super::{Quote, inside_quote};
use super::sentence_start;
use super::subjects::{self, plain_verb};
use crate::analysis::Context;
use std::ops::Range;

/// The subject a subjectless cue at word `i` (a verb joined by و, or a circumstantial participle)
/// shares with the clause its sentence opens with, when that clause is a post with its holder in
/// commas, before or after its verb:
/// - subject first: the sentence opens with a post (a title word) that the reader reads up to a
///   comma, the holder's name follows in commas ([`holder_in_commas`]), and the predicate's verb
///   comes next (لم يخف، أبدى), or the reader reads the post and the name together and the verb
///   follows with no comma;
/// - verb first: the nearest verb before the cue that is no reporting cue has the post right
///   after it, and the holder in commas after the post.
///
/// Reason: a verb joined to the clause before it with no subject of its own takes that clause's
/// subject, and an apposition in commas after a post says who holds the post. No cue,
/// complementizer or relative word may stand between the clause's verb and the cue (each opens
/// another clause whose subject the cue might share), and the cue's gender must agree with the
/// post's. Returns the subject as the reader reads it (the apposition alone when the reader
/// took the name from the commas), or the post with the holder's name in brackets (المدرب
/// (فلان)), named by the holder; `None` when the sentence has not that shape.
pub(super) fn post_apposition_subject(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Named> {
    if !subjects::subjectless_cue(cx, i) {
        return None;
    }
    let s = sentence_start(cx, i);
    let (np, verb) =
        subject_first(cx, persons, s, i).or_else(|| verb_first(cx, persons, quotes, s, i))?;
    // Nothing between the clause's verb and the cue opens another clause.
    if (verb..i).any(|k| {
        let kw = &cx.doc.words[k];
        !inside_quote(quotes, kw.start(), kw.end())
            && (cx.lex.words[k].is_cue()
                || complementizer(cx, k)
                || subjects::RELATIVES.contains(&bare_key(cx, k)))
    }) {
        return None;
    }
    if let (Some(here), Some(there)) = (cue_gender(cx, i), post_gender(cx, &np))
        && here != there
    {
        return None;
    }
    Some(np)
}

/// The post and holder that open the sentence starting at word `s`, before its verb, the cue
/// being word `i`: returns the subject and the verb's word index.
fn subject_first(
    cx: &Context,
    persons: &[Range<usize>],
    s: usize,
    i: usize,
) -> Option<(Named, usize)> {
    let head = cx.lex.words.get(s)?;
    if head.title == 0 || head.is_cue() || prepositional(cx, persons, s) {
        return None;
    }
    let np = read_np(cx, persons, s, i)?;
    if np.anonymous || np.range.start < cx.doc.words[s].start() {
        return None;
    }
    let (np, end, comma) = with_apposed_holder(cx, persons, np, s, i)?;
    // The predicate follows: a verb, or a particle of negation or of the perfect before one.
    let v = if matches!(bare_key(cx, end), "لم" | "لن" | "لا" | "ما" | "قد") {
        end + 1
    } else {
        end
    };
    let g = gap(cx, end - 1, end).trim();
    let closed = if comma {
        matches!(g, "،" | ",")
    } else {
        g.is_empty()
    };
    (closed
        && v + 1 < i
        && (end..v).all(|x| !breaks_phrase(gap(cx, x, x + 1)))
        && plain_verb(cx, v))
    .then_some((np, v))
}

/// The post after the nearest verb before the cue at word `i` in the sentence starting at word
/// `s`, with its holder in commas: returns the subject and the verb's word index.
fn verb_first(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    s: usize,
    i: usize,
) -> Option<(Named, usize)> {
    let v = (s..i).rev().find(|&v| {
        let vw = &cx.doc.words[v];
        !inside_quote(quotes, vw.start(), vw.end())
            && cx.lex.words[v].given == 0
            && plain_verb(cx, v)
    })?;
    if v + 1 >= i
        || breaks_phrase(gap(cx, v, v + 1))
        || cx.lex.words[v + 1].title == 0
        || function(cx, v + 1)
        || prepositional(cx, persons, v + 1)
    {
        return None;
    }
    let np = read_np(cx, persons, v + 1, i)?;
    if np.anonymous || np.range.start < cx.doc.words[v + 1].start() {
        return None;
    }
    let (np, end, comma) = with_apposed_holder(cx, persons, np, v + 1, i)?;
    // The clause goes on past its subject (an object, a complement) before the cue.
    (comma && end + 1 < i).then_some((np, v))
}

/// The post `n` read from word `k` (before word `limit`) with its holder: `n` itself when the
/// reader named the holder (in the post's own words, or in commas after it, where the reader
/// gives the apposition alone), or the post named by the holder in commas after it
/// ([`holder_in_commas`]). Returns the subject, the word index after it, and `true` when the
/// name stood in commas after the post (a comma then closes the apposition). `None` when `n`
/// names nobody and no holder follows it.
fn with_apposed_holder(
    cx: &Context,
    persons: &[Range<usize>],
    n: Named,
    k: usize,
    limit: usize,
) -> Option<(Named, usize, bool)> {
    let end = cx.doc.words.partition_point(|w| w.end() <= n.range.end);
    if end >= limit || end == 0 {
        return None;
    }
    if n.name.is_some() {
        let apposed = n.range.start > cx.doc.words[k].start()
            && matches!(gap(cx, end - 1, end).trim(), "،" | ",");
        return Some((n, end, apposed));
    }
    if !matches!(gap(cx, end - 1, end).trim(), "،" | ",") {
        return None;
    }
    let h = holder_in_commas(cx, persons, end, limit)?;
    let after = cx.doc.words.partition_point(|w| w.end() <= h.range.end);
    let named = n.with_holder(cx.doc.source, h.name?)?;
    Some((named, after, true))
}

#[cfg(test)]
mod tests {
    use super::super::super::speaker::tests::speaker_names;

    #[test]
    fn a_post_first_with_a_nisba_and_name_in_commas_speaks_for_the_joined_verb() {
        let s = speaker_names(
            "مدرب النادي، المغربي سمير الوزاني، لم يخف غضبه بعد المباراة، وقال في المؤتمر الصحفي: «لم نستحق الخسارة».",
        );
        // (The reader gives the apposition alone, as it does after a cue.)
        assert_eq!(s, vec![Some("سمير الوزاني".to_string())]);
    }

    #[test]
    fn a_post_after_the_verb_with_its_holder_in_commas_speaks_for_the_joined_verb() {
        let s = speaker_names(
            "في المقابل، حمّل مدرب النادي الأهلي، كمال الدين الزياتي، الحكم جزءا من المسؤولية، وقال إن اللاعبين «قدموا كل ما لديهم».",
        );
        assert_eq!(s, vec![Some("كمال الدين الزياتي".to_string())]);
    }

    #[test]
    fn the_dot_of_a_one_letter_title_in_the_apposition_ends_no_sentence() {
        // د. abbreviates الدكتور: the participle's sentence still opens with دافع.
        let s = speaker_names(
            "وقال سامي الخطيب إن الوضع صعب. في المقابل، دافع رئيس النادي، د. كمال الزياتي، عن القرار، مؤكداً أن «الموسم لم ينته بعد».",
        );
        assert_eq!(s, vec![Some("د. كمال الزياتي".to_string())]);
        // Also when the verb's content holds a quotation before the participle.
        let s = speaker_names(
            "وقال سامي الخطيب إن الوضع صعب. في المقابل، دافع رئيس النادي، د. كمال الزياتي، عن القرار، ووصفه بأنه «صعب ومؤلم»، مؤكداً أن «الموسم لم ينته بعد».",
        );
        assert_eq!(s.len(), 2);
        assert!(
            s.iter()
                .all(|x| x.as_deref().is_some_and(|x| x.contains("كمال الزياتي"))),
            "{s:?}"
        );
    }

    #[test]
    fn a_relative_clause_between_leaves_the_joined_verb_alone() {
        // التي opens a clause of its own: what follows may be its subject's.
        let s = speaker_names(
            "مدرب النادي، المغربي سمير الوزاني، التقى اللاعب الذي فاز بالسباق، وقال: «كان السباق صعباً».",
        );
        assert_eq!(s, vec![None]);
    }
}
