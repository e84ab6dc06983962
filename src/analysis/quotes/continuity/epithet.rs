//! A definite epithet that refers back to the person the story introduced with it in apposition
//! (فلانة الفلانية، الشابة المغربية ... ثم: تقول المقاولة المغربية الشابة) (issue 12, continuity).

use super::super::speaker::{Named, bare_key, breaks_phrase, gap};
use super::with_given_names;
use crate::analysis::Context;
use std::ops::Range;

/// How many person mentions back [`apposed_epithet_holder`] looks.
const MENTIONS_BACK: usize = 60;

/// The person a definite epithet speaker `n` (two to four words, each with the article, one of
/// them a nisba of a listed place, and no name: المقاولة المغربية الشابة) refers back to: the
/// nearest earlier person mention followed by a comma and an apposition of one to three
/// definite words (فلانة الفلانية، الشابة المغربية المتألقة) that shares the nisba and at least
/// one more word with `n`. Reason: a story that introduces a person with an epithet set off by a
/// comma after the name refers back to them with that epithet, and a place nisba with a second
/// word of the same epithet does not describe another person by chance. Returns the epithet
/// with the name in brackets (range: `n`'s; name: the mention's byte range); `None` otherwise.
pub(super) fn apposed_epithet_holder(
    cx: &Context,
    persons: &[Range<usize>],
    n: &Named,
) -> Option<Named> {
    if n.name.is_some() || n.anonymous {
        return None;
    }
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    let a = cx.doc.word_index_containing(n.range.start);
    let b = cx
        .doc
        .words
        .partition_point(|w| w.end() <= n.range.end)
        .min(nw);
    let len = b.saturating_sub(a);
    if !(2..=4).contains(&len) || (a..b).any(|j| !bare_key(cx, j).starts_with("ال")) {
        return None;
    }
    let keys: Vec<&str> = (a..b).map(|j| bare_key(cx, j)).collect();
    let nisba: Vec<&str> = (a..b)
        .filter(|&j| cx.lex.words[j].place_nisba())
        .map(|j| bare_key(cx, j))
        .collect();
    if nisba.is_empty() {
        return None;
    }
    let k = persons.partition_point(|r| r.start < n.range.start);
    for r in persons[..k].iter().rev().take(MENTIONS_BACK) {
        let r = with_given_names(cx, r);
        let after = cx.doc.words.partition_point(|w| w.end() <= r.end);
        if after == 0 || after >= nw || after >= a {
            continue;
        }
        let g = gap(cx, after - 1, after).trim();
        if g != "،" && g != "," {
            continue;
        }
        let mut e = after;
        while e < nw
            && e < after + 3
            && e < a
            && (e == after || !breaks_phrase(gap(cx, e - 1, e)))
            && bare_key(cx, e).starts_with("ال")
        {
            e += 1;
        }
        let epithet: Vec<&str> = (after..e).map(|j| bare_key(cx, j)).collect();
        let shared = epithet.iter().filter(|x| keys.contains(x)).count();
        if shared >= 2 && epithet.iter().any(|x| nisba.contains(x)) {
            return n.with_holder(cx.doc.source, r);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::super::speaker::tests::speaker_names;

    #[test]
    fn an_epithet_refers_back_to_the_person_introduced_with_it() {
        let src = "افتتحت سلمى الوردي، الطبيبة التونسية الشابة، عيادة جديدة في باريس.\n\
                   وتقول الطبيبة التونسية إن «العمل هنا صعب لكنه ممتع».";
        assert_eq!(
            speaker_names(src),
            vec![Some("الطبيبة التونسية (سلمى الوردي)".to_string())]
        );
    }
}
