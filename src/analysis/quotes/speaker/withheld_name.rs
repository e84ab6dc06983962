//! An aside that withholds the speaker's name (رفض ذكر اسمه، فضلت عدم كشف هويتها، طلب عدم نشر
//! اسمه): neither its verb nor its verbal noun is a reporting cue (issue 12, speakers).

use super::*;

/// True when word `k` (index into `cx.doc.words`) is the speaker's name or identity with a
/// pronoun (اسمه، اسمها، اسميهما، هويته).
fn own_name(cx: &Context, k: usize) -> bool {
    let key = cx.doc.words[k].key.as_str();
    ["اسم", "هويت", "هوية"].iter().any(|p| {
        key.strip_prefix(p)
            .is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما" | "يهما" | "هن"))
    })
}

/// True when word `k` is a verb of refusing, asking or preferring (رفض، طلب، فضّل، اشترط), in
/// the perfect or the imperfect, with or without و/ف.
fn withholding_verb(cx: &Context, k: usize) -> bool {
    let key = bare_key(cx, k);
    let stem = key.strip_prefix(['ي', 'ت']).unwrap_or(key);
    let stem = stem.strip_suffix('ت').unwrap_or(stem);
    matches!(stem, "رفض" | "طلب" | "فضل" | "شترط" | "اشترط")
}

/// True when the cue at word `i` (index into `cx.doc.words`) belongs to an aside that withholds
/// the speaker's name: a verbal noun right after a verb of refusing, asking or preferring or
/// after عدم, followed by اسم / هوية + pronoun (رفض ذكر اسمه، طلب عدم نشر اسمه), or that verb
/// itself before such a verbal noun. Reason: such an aside says why a speaker goes unnamed and
/// reports no words, so neither its verb nor its verbal noun (ذكر، نشر، كشف) opens a reporting
/// clause of its own.
pub(super) fn withheld_name_noun(cx: &Context, i: usize) -> bool {
    let n = cx.doc.words.len();
    let tight = |a: usize| a + 1 < n && gap(cx, a, a + 1).trim().is_empty();
    // The verbal noun at `m`, its object after it, and the word before it.
    let noun_at = |m: usize| {
        m >= 1
            && m + 1 < n
            && tight(m - 1)
            && tight(m)
            && own_name(cx, m + 1)
            && (bare_key(cx, m - 1) == "عدم" || withholding_verb(cx, m - 1))
    };
    if noun_at(i) {
        return true;
    }
    // The verb itself: رفض ذكر اسمه، طلب عدم نشر اسمه.
    withholding_verb(cx, i)
        && (noun_at(i + 1)
            || (i + 2 < n && tight(i) && bare_key(cx, i + 1) == "عدم" && noun_at(i + 2)))
}

/// The first word (index into `cx.doc.words`) of an aside that withholds the speaker's name and
/// ends right before word `i`, written without commas: a verb of refusing, asking or preferring,
/// عدم or not, a verbal noun, عن or not, and اسم / هوية + pronoun (طلب عدم ذكر اسمه، رفض الكشف
/// عن هويته), only spaces between (the caller reads the gap after it). Reason: such an aside is a relative clause describing the
/// unnamed source before it, so the subject of the verb at `i` stands before the aside. `None`
/// when the words before `i` are not such an aside.
pub(super) fn aside_before(cx: &Context, i: usize) -> Option<usize> {
    let tight = |a: usize| gap(cx, a, a + 1).trim().is_empty();
    let m = i.checked_sub(1)?;
    if !own_name(cx, m) {
        return None;
    }
    let mut noun = m.checked_sub(1)?;
    if bare_key(cx, noun) == "عن" {
        noun = noun.checked_sub(1)?;
    }
    let mut v = noun.checked_sub(1)?;
    if bare_key(cx, v) == "عدم" {
        v = v.checked_sub(1)?;
    }
    ((v..m).all(tight) && withholding_verb(cx, v)).then_some(v)
}

#[cfg(test)]
mod tests {
    use super::super::tests::one;

    #[test]
    fn the_verbal_noun_of_a_withheld_name_opens_no_clause() {
        assert_eq!(
            one("وقالت معلمة في المدرسة، رفضت ذكر اسمها، إن الطلاب «يحتاجون إلى وقت أطول»."),
            Some("معلمة في المدرسة".into())
        );
    }

    #[test]
    fn the_verb_of_a_withheld_name_opens_no_clause() {
        assert_eq!(
            one("وقال سائق في المحطة، رفض ذكر اسمه: «ننتظر منذ الفجر»."),
            Some("سائق في المحطة".into())
        );
    }
}
