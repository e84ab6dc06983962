//! Who an epithet standing for a person (الطبيبة السورية، السيدة الأربعينية) refers back to,
//! beyond the person mentions: a kunya or a listed given name with the word after it, which the
//! name detector may leave untagged (أم كريم، جاسم عودة), and whether the epithet's head noun
//! introduced a named person earlier (الفنانة المغربية فلانة), when the post machinery resolves it.
//! Read by the reader (`speaker.rs`) and by continuity (`continuity::age_description`).

use super::{Gender, bare_key, breaks_phrase, function, gap, prepositional};
use crate::analysis::Context;
use crate::text::WordKind;
use std::ops::Range;

/// How many words back before a person mention [`head_introduced_name`] looks for the head noun
/// (the noun and up to three adjectives: الفنانة المغربية الشابة فلانة).
const HEAD_BACK: usize = 4;

/// How many person mentions back [`head_introduced_name`] looks.
const MENTIONS_BACK: usize = 60;

/// True when the head noun of the epithet at word `j` (its identity key without و/ف) stood
/// before an earlier person mention (`persons`, byte ranges sorted by start) with only words and
/// spaces between, at most [`HEAD_BACK`] words back: الفنانة المغربية نجاة عتابو ... وأوضحت
/// الفنانة المغربية. Reason: the story then introduced that person with the same noun, which is
/// a post restated, and the reader's post steps (the holder introduced earlier with it) name
/// them; the epithet is not left to the nearest person.
pub(in crate::analysis::quotes) fn head_introduced_name(
    cx: &Context,
    persons: &[Range<usize>],
    j: usize,
) -> bool {
    let Some(at) = cx.doc.words.get(j).map(|w| w.start()) else {
        return false;
    };
    let head = bare_key(cx, j);
    let before = persons.partition_point(|r| r.start < at);
    persons[..before].iter().rev().take(MENTIONS_BACK).any(|r| {
        let m = cx.doc.word_index_at(r.start);
        (1..=HEAD_BACK)
            .take_while(|&d| m >= d && !breaks_phrase(gap(cx, m - d, m - d + 1)))
            .any(|d| bare_key(cx, m - d) == head)
    })
}

/// The byte range of the nearest name before word `to` and from word `from` on (half-open word
/// range) that the name detector may not have tagged: a kunya (أم or أبو) and the word after it,
/// of gender `g` (أم feminine, أبو masculine), or a listed given name and the word after it (جاسم
/// عودة); the word after must be an Arabic word with no article that is no function word and no
/// preposition on a noun (فيصل بمحافظة is a place and its genitive), with only a space between. `agrees` is asked of the name's first word (the caller's test of the
/// gender a verb before it shows, and of quotations). Reason: a kunya or a given name followed by
/// a second name is how copy names a person, whether or not the detector knew the second word.
/// `None` when there is none.
pub(in crate::analysis::quotes) fn untagged_name_before(
    cx: &Context,
    persons: &[Range<usize>],
    from: usize,
    to: usize,
    g: Gender,
    agrees: impl Fn(usize) -> bool,
) -> Option<Range<usize>> {
    let words = &cx.doc.words;
    let second = |k: usize| {
        words.get(k).is_some_and(|w| {
            w.kind() == WordKind::Arabic
                && !w.key.starts_with("ال")
                && w.plain.chars().count() >= 3
                && !function(cx, k)
                && !prepositional(cx, persons, k)
                && cx
                    .lex
                    .words
                    .get(k)
                    .is_some_and(|t| !t.is_cue() && t.title == 0)
                && gap(cx, k - 1, k).trim().is_empty()
        })
    };
    (from..to.min(cx.lex.words.len()))
        .rev()
        .filter(|&k| k + 1 < to)
        .find(|&k| {
            let kunya = match words[k].key.as_str() {
                "ام" => Some(Gender::Feminine),
                "ابو" => Some(Gender::Masculine),
                _ => None,
            };
            let named = match kunya {
                Some(h) => h == g,
                None => cx.lex.words[k].given > 0,
            };
            named && second(k + 1) && agrees(k)
        })
        .map(|k| words[k].start()..words[k + 1].end())
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_names;

    #[test]
    fn an_epithet_refers_back_to_a_kunya_or_a_given_name_the_detector_missed() {
        // Invented: أم كريم and جاسم عودة name the person the epithet describes.
        let src =
            "تنتظر أم كريم أمام باب المدرسة كل صباح. وتقول السيدة الأربعينية: «لا أترك ابني وحده».";
        assert_eq!(speaker_names(src), [Some("أم كريم".to_string())]);
        // ناصر بمدينة is a quarter's name and its place, not a person.
        let src = "تنتظر أم وليد كل صباح أمام مدرسة في حي ناصر بمدينة إربد. وتقول السيدة الخمسينية: «لا أترك ابني وحده».";
        assert_eq!(speaker_names(src), [Some("أم وليد".to_string())]);
        let src = "يقف جاسم عودة على حافة القناة الجافة. يقول الصياد الخمسيني: «هذا قارب أبي».";
        assert_eq!(speaker_names(src), [Some("جاسم عودة".to_string())]);
    }

    #[test]
    fn an_epithet_whose_head_introduced_a_name_is_that_person() {
        // Invented: الفنانة المغربية introduced سلمى البناني; the same noun later is her, though
        // another name stands nearer.
        let src = "أكدت الفنانة المغربية سلمى البناني أمس أن مهرجان الربيع فضاء للقاء.\nوأوضحت الفنانة المغربية، خلال ندوة صحفية، أن «الحفلات كثيرة هذا العام».";
        let got = speaker_names(src);
        assert!(
            got.last()
                .cloned()
                .flatten()
                .is_some_and(|s| s.contains("البناني")),
            "{got:?}"
        );
    }
}
