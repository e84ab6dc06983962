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

/// True when word `k` is ل joined to a single word no list, dictionary or person mention knows
/// (ليورونيوز، لموزاييك), standing right after a verb of speech (`k - 1` a cue) and right before
/// the reported content (أن/إن or a colon). Reason: after قال the slot before the content holds
/// the subject or the addressee; a subject is named in full at first mention (two words or a
/// listed given name) and a later bare family name is the last word of a mention the story gave
/// in full, so a lone unknown word carrying ل there is the outlet the words were said to, an
/// addressee, not the speaker. `persons` are the story's person mentions (byte ranges, sorted);
/// a one-word mention there is the name detector's guess at the same unknown word and counts
/// for nothing.
pub(in crate::analysis::quotes) fn lam_of_unlisted_outlet(
    cx: &Context,
    persons: &[std::ops::Range<usize>],
    k: usize,
) -> bool {
    use super::{breaks_phrase, complementizer, gap, surname_in_story, unknown_word_whole};
    let n = cx.doc.words.len().min(cx.lex.words.len());
    if k == 0 || k + 1 >= n {
        return false;
    }
    let w = &cx.doc.words[k];
    let t = &cx.lex.words[k];
    let rest = w.plain.strip_prefix('ل').unwrap_or("");
    rest.chars().count() >= 4
        && !rest.starts_with('ل')
        && w.kind() == crate::text::WordKind::Arabic
        && t.given == 0
        && t.place == 0
        && t.title == 0
        && cx.lex.words[k - 1].is_cue()
        && gap(cx, k - 1, k).trim().is_empty()
        && !breaks_phrase(gap(cx, k - 1, k))
        && !in_long_mention(cx, persons, k)
        && !surname_in_story(cx, persons, k)
        && !after_first_name_elsewhere(cx, persons, k)
        && unknown_word_whole(cx, &w.plain)
        && unknown_word_whole(cx, rest)
        && (complementizer(cx, k + 1) || gap(cx, k, k + 1).trim() == ":")
}

/// True when the spelling of word `k` stands elsewhere in the story right after a first name: a
/// listed given name, a word of a person mention or a word the dictionary does not know, with
/// only a space between (توماس لوفيفر ... قال لوفيفر). Reason: a family name that starts with ل
/// is introduced once after its bearer's first name, which an outlet never is. Reads the words of
/// the key (`Context::words_of_key`); asked only for the rare word [`lam_of_unlisted_outlet`] tests.
fn after_first_name_elsewhere(cx: &Context, persons: &[std::ops::Range<usize>], k: usize) -> bool {
    use super::{gap, in_person, unknown_word};
    let key = cx.doc.words[k].key.as_str();
    let n = cx.doc.words.len().min(cx.lex.words.len());
    cx.words_of_key(key).any(|j| {
        j != k
            && (1..n).contains(&j)
            && cx.doc.words[j].key.as_str() == key
            && gap(cx, j - 1, j).trim().is_empty()
            && (cx.lex.words[j - 1].given > 0
                || in_person(cx, persons, j - 1)
                || unknown_word(cx, &cx.doc.words[j - 1].plain))
    })
}

/// True when word `k` lies in a person mention of `persons` (byte ranges, sorted) that has two
/// words or more.
fn in_long_mention(cx: &Context, persons: &[std::ops::Range<usize>], k: usize) -> bool {
    let w = cx.doc.words[k].range();
    let i = persons.partition_point(|r| r.end <= w.start);
    persons
        .get(i)
        .is_some_and(|r| r.start < w.end && cx.doc.words_in(r.clone()).len() >= 2)
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

    #[test]
    fn an_unlisted_outlet_after_lam_is_the_addressee() {
        // Invented: «لنوفاميديا» is ل + an outlet no list knows, between the verb and إن; the
        // speaker is the subject named before the verb, not the outlet.
        let s = speakers(
            "أما المزارع سليم الراشدي، الذي يملك حقلا قرب النهر، فقال لنوفاميديا إن «الموسم ضاع».",
        );
        assert_eq!(s, vec![Some("المزارع سليم الراشدي".to_string())]);
        let s = speakers(
            "وعبر المدرب كمال العتيبي عن رضاه بالنتيجة، وقال لراديوتاك إن فريقه «لعب جيدا».",
        );
        assert_eq!(s, vec![Some("المدرب كمال العتيبي".to_string())]);
        // A family name that starts with ل, introduced after its first name, is the subject.
        let s = speakers(
            "وشارك في الحفل العازف الفرنسي بيير لوماندان. ومن جهته، قال لوماندان إن «الجمهور رائع».",
        );
        assert_eq!(s, vec![Some("لوماندان".to_string())]);
    }
}
