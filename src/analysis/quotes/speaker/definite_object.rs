//! A second definite noun after the subject that is no adjective of it opens the verb's object
//! (probe42 004, 020): ووصفت الوزارة البرنامج … بـ«…»، دعا الوالي الطاقم الطبي إلى «…».

use super::*;

/// True when word `m`, definite and written right after the definite head of the phrase at word
/// `k = m - 1` (no conjunction, no pause between), cannot be that word's adjective and so starts
/// the object of the verb before the head, read before `end_limit`. Its stem (after ال,
/// without a final ة) has three letters or more, is no title, place, person, time word or given name, and
/// either does not agree with a feminine noun before it (a noun in ة, no title or person, and a
/// word with no feminine or plural ending and no elative shape: الهيئة المشروع), or is
/// noun-shaped ([`adjective_shaped`] is false) with a preposition after it and its own
/// adjectives (the verb's complement: البرنامج في بيان). After a verb that takes an object (urging, stance: دعا، وصف), an adjective-shaped
/// word of the فاعل/فعيل patterns followed by its own nisba and a preposition is an object too.
/// Reason: a noun with the article cannot head a construct state, so a second definite noun is
/// either the first one's adjective, agreeing with it and shaped as an adjective (nisba,
/// participle, elative, العام), or the verb's object. Pure: reads keys and tags.
pub(super) fn opens_object(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    m: usize,
    end_limit: usize,
) -> bool {
    // (Only right after the head: after a construct chain an adjective may agree with any of
    // its nouns, فرع النقابة التابع.)
    if m != k + 1 || m >= end_limit.min(cx.doc.words.len()) {
        return false;
    }
    let (prev, here) = (&cx.doc.words[m - 1], &cx.doc.words[m]);
    if !here.plain.starts_with("ال") || breaks_phrase(gap(cx, m - 1, m)) {
        return false;
    }
    let Some(head) = bare_key(cx, m - 1).strip_prefix("ال") else {
        return false;
    };
    let t = &cx.lex.words[m];
    let Some(stem) = here.key.strip_prefix("ال") else {
        return false;
    };
    if t.title > 0
        || t.place > 0
        || t.place_nisba()
        || t.given > 0
        || in_person(cx, persons, m)
        || time_word(cx, m)
        || cx.profile.given_names.contains(stem)
        || !crate::analysis::names::at_least_chars(stem, 3)
        || prev.kind() != crate::text::WordKind::Arabic
    {
        return false;
    }
    // A feminine noun (no title, no person) takes only a feminine or plural adjective, or an
    // elative.
    let feminine_head =
        head.ends_with('ه') && cx.lex.words[m - 1].title == 0 && !in_person(cx, persons, m - 1);
    if feminine_head && !feminine_or_plural(stem) && !elative_shaped(stem) {
        return true;
    }
    let after = preposition_after(cx, persons, m, end_limit);
    if !adjective_shaped(stem) {
        return after;
    }
    after && takes_object(cx, k) && own_nisba_then_preposition(cx, persons, m, end_limit)
}

/// True when the identity key stem `stem` (a definite word without ال; ة is read as ه in keys)
/// has the shape of an adjective: a nisba (…ي، …يه، …يون، …يين، …يان), a participle of the
/// derived forms (م… of four letters or more), an elative (أفعل, فعلى: ا… of three or four
/// letters, a final ى or ا), the فاعل and فعيل patterns (four letters with ا second or ي third:
/// السابق، الجديد, also with ة), فعول without ة (الصبور) or a doubled فاعّ (العام، الخاص).
fn adjective_shaped(stem: &str) -> bool {
    let fem = stem.ends_with('ه');
    let base = stem.strip_suffix('ه').unwrap_or(stem);
    let c: Vec<char> = base.chars().collect();
    let n = c.len();
    ["ي", "يون", "يين", "يان", "يتان", "يات"]
        .iter()
        .any(|e| base.ends_with(e))
        || (c.first() == Some(&'م') && n >= 4)
        || (c.first() == Some(&'ا') && (n == 3 || n == 4))
        || base.ends_with(['ى', 'ا'])
        || (n == 4 && (c[1] == 'ا' || c[2] == 'ي'))
        || (n == 4 && c[2] == 'و' && !fem)
        || (n == 3 && c[1] == 'ا')
}

/// True when the identity key stem `stem` has the shape of an elative (أفعل: ا… of three or four
/// letters), which a feminine noun may take unchanged (الهيئة الأعلى).
fn elative_shaped(stem: &str) -> bool {
    stem.starts_with('ا') && matches!(stem.chars().count(), 3 | 4)
}

/// True when the identity key stem `stem` ends as a feminine or a plural word may (ة، ات، ى،
/// ا، اء، ون، ين): such a word may agree with a feminine noun or a plural of people.
fn feminine_or_plural(stem: &str) -> bool {
    ["ه", "ات", "ى", "ا", "اء", "ون", "ين"]
        .iter()
        .any(|e| stem.ends_with(e))
}

/// True when, after word `m` and at most two definite words (its own adjectives), a
/// preposition opens the next word before `end_limit`: a preposition written alone (في، إلى،
/// على، عن، من) or a بـ/لـ written on or before the next word.
fn preposition_after(cx: &Context, persons: &[Range<usize>], m: usize, end_limit: usize) -> bool {
    let limit = end_limit.min(cx.doc.words.len());
    let mut x = m + 1;
    while x < limit && x <= m + 3 && !breaks_phrase(gap(cx, x - 1, x)) {
        let p = cx.doc.words[x].plain.as_str();
        if matches!(p, "في" | "إلى" | "الى" | "على" | "عن" | "من" | "بـ" | "لـ")
            || (prepositional(cx, persons, x) && !complementizer(cx, x))
        {
            return true;
        }
        if !p.starts_with("ال") {
            return false;
        }
        x += 1;
    }
    false
}

/// True when the word before the phrase's head `k` is a verb that takes an object before its
/// complement: a verb of urging (دعا، حث، طالب) or of stance (وصف، انتقد).
fn takes_object(cx: &Context, k: usize) -> bool {
    k > 0
        && (super::np::urging_or_demanding_verb(cx, k - 1)
            || crate::profile::quote_words::quote_words().is_stance_verb(&cx.doc.words[k - 1].key))
}

/// True when word `m` is followed at once by a definite nisba (its own adjective: الطاقم الطبي)
/// and then by a preposition ([`preposition_after`]).
fn own_nisba_then_preposition(
    cx: &Context,
    persons: &[Range<usize>],
    m: usize,
    end_limit: usize,
) -> bool {
    let n = m + 1;
    n < end_limit.min(cx.doc.words.len())
        && !breaks_phrase(gap(cx, m, n))
        && cx.doc.words[n].key.strip_prefix("ال").is_some_and(|s| {
            let s = s.strip_suffix('ه').unwrap_or(s);
            s.ends_with('ي') && crate::analysis::names::at_least_chars(s, 3)
        })
        && preposition_after(cx, persons, n, end_limit)
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_names;

    #[test]
    fn a_second_definite_noun_that_is_no_adjective_is_the_object() {
        for (s, who) in [
            (
                "ووصفت الهيئة المشروع في بلاغ صدر مساء الأحد بـ«الخطوة الجريئة».",
                "الهيئة",
            ),
            ("وانتقدت النقابة القرار في بيانها بـ«المجحف».", "النقابة"),
            (
                "ودعا المحافظ الكادر الهندسي إلى «الإسراع في إصلاح الجسر».",
                "المحافظ",
            ),
            (
                "وحث العمدة السكان المحليين على «ترشيد استهلاك المياه».",
                "العمدة",
            ),
        ] {
            assert_eq!(speaker_names(s), vec![Some(who.to_string())], "{s}");
        }
    }

    #[test]
    fn a_verb_of_attributing_a_cause_reports_its_subject() {
        // عزا، أرجع (data/reporting_verbs.txt): the span after إلى is the subject's stated
        // cause; the object before it is no part of the subject.
        for (s, who) in [
            (
                "وعزت البلدية تأخر الأشغال إلى «سوء الأحوال الجوية».",
                "البلدية",
            ),
            ("وأرجع المدرب الخسارة إلى «الإرهاق».", "المدرب"),
        ] {
            assert_eq!(speaker_names(s), vec![Some(who.to_string())], "{s}");
        }
    }

    #[test]
    fn a_post_s_adjectives_stay_in_the_subject() {
        for (s, who) in [
            (
                "وقال الوزير المفوض إن المفاوضات «متواصلة».",
                "الوزير المفوض",
            ),
            ("وقال الأمين العام إن الاجتماع «كان مثمراً».", "الأمين العام"),
            (
                "وقال الناطق الرسمي إن الحادث «قيد التحقيق».",
                "الناطق الرسمي",
            ),
            (
                "وقالت الوزارة الوصية في بيان إن القرار «نهائي».",
                "الوزارة الوصية",
            ),
            (
                "وقالت المحكمة العليا في حكمها إن الطعن «مرفوض».",
                "المحكمة العليا",
            ),
            (
                "وقال المدرب الجديد في مؤتمر صحفي إن الفريق «جاهز».",
                "المدرب الجديد",
            ),
        ] {
            assert_eq!(speaker_names(s), vec![Some(who.to_string())], "{s}");
        }
    }
}
