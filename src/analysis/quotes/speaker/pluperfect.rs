//! The subject of كان in a pluperfect reporting clause whose subject holds a complement or an
//! aside (وكانت الهيئة في المدينة قد حذرت، وكان مصدر، طلب عدم ذكر اسمه، قد أكد) (issue 12,
//! speakers).

use super::*;

/// How many words may stand between كان and قد.
const SUBJECT_REACH: usize = 30;

/// The speaker of the reporting verb at word `i` (index into `cx.doc.words`) when it is the
/// perfect of a pluperfect frame كان + subject + قد + verb whose subject the shorter readings
/// ([`kana_subject`]) did not take: word `i - 1` is قد, and a كان / كانت that opens its clause
/// stands at most [`SUBJECT_REACH`] words before it, in the same sentence, with no complementizer
/// between. Reason: كان ... قد + perfect frames its subject, so the words between كان and قد are
/// the verb's subject, never a speaker named in an earlier sentence. Returns the noun phrase read
/// after كان (bytes, as [`read_np`] reads it, ending before قد; a post named by the holder its
/// chain ends in before قد, as a subject after a verb is: `post_chain::holder_of_read_post`,
/// وكان الشريك في «...» فلان الفلاني قد قال) as `Read::Named`, or
/// `Read::Unclear` when words stand there but no speaker phrase can be read from them; `None`
/// when the verb is not in that frame or nothing stands between كان and قد.
pub(super) fn subject_of_kana_frame(
    cx: &Context,
    persons: &[Range<usize>],
    i: usize,
) -> Option<Read> {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    if i < 3 || i >= n || cx.lex.words[i].clitic > 0 || bare_key(cx, i - 1) != "قد" {
        return None;
    }
    let q = i - 1;
    let mut k = q;
    loop {
        if k == 0 || q - k >= SUBJECT_REACH {
            return None;
        }
        if gap(cx, k - 1, k).contains(['.', '\n', '!', '?', '؟', ':', '؛']) {
            return None;
        }
        k -= 1;
        if matches!(bare_key(cx, k), "كان" | "كانت") {
            break;
        }
        if complementizer(cx, k) {
            return None;
        }
    }
    // كان opens its clause: the first word of a sentence, after و/ف, or after a comma.
    let key = cx.doc.words[k].key.as_str();
    let opens = k == 0
        || key.starts_with(['و', 'ف'])
        || gap(cx, k - 1, k).contains(['.', '\n', '،', ',', '!', '؟', ':']);
    if !opens || k + 1 >= q {
        return None;
    }
    Some(match read_np(cx, persons, k + 1, q) {
        Some(np) if np.range.end <= cx.doc.words[q].start() => {
            Read::Named(post_chain::holder_of_read_post(cx, persons, k + 1, &np, q).unwrap_or(np))
        }
        _ => Read::Unclear,
    })
}

/// The speaker of the circumstantial participle at word `i` (معتبراً، مؤكدة) whose sentence opens
/// with the pluperfect frame كان + subject + قد + verb (وكانت النيابة قد التمست عشر سنوات،
/// معتبرة أن؛ وكان النائب فلان، عضو المجلس، قد تقدم بطلب، معتبراً أنه): the subject of كان as
/// [`subject_of_kana_frame`] reads it, when no other verb, relative ما / الذي or pronoun clause
/// stands between the frame's verb and the participle. Reason: a circumstantial participle describes the subject of its
/// clause's verb, and in the frame that subject stands between كان and قد, whatever the verb
/// (a verb of speech or not). `None` when the sentence (at most forty words back, to a sentence
/// end) does not open with كان / كانت, or the frame names no one.
pub(super) fn participle_of_kana_frame(
    cx: &Context,
    persons: &[Range<usize>],
    i: usize,
) -> Option<Named> {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    if i >= n {
        return None;
    }
    let mut s = i;
    while s > 0 && i - s < 40 && !gap(cx, s - 1, s).contains(['.', '\n', '!', '?', '؟', ':', '؛'])
    {
        s -= 1;
    }
    let key = bare_key(cx, s);
    let key = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    if !matches!(key, "كان" | "كانت") {
        return None;
    }
    let q = (s + 2..i.saturating_sub(1)).find(|&q| bare_key(cx, q) == "قد")?;
    // (Another verb after the frame's verb, or a relative clause, has a subject of its own
    // the participle may describe: وهو ما نفاه المتحدث، واصفاً.)
    if (q + 2..i).any(|x| {
        cx.lex.words[x].verb()
            || matches!(
                bare_key(cx, x),
                "ما" | "الذي" | "التي" | "الذين" | "وهو" | "وهي" | "هو" | "هي"
            )
    }) {
        return None;
    }
    match subject_of_kana_frame(cx, persons, q + 1)? {
        Read::Named(np) => Some(np),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_names;

    #[test]
    fn the_subject_of_kana_with_a_complement_says_the_pluperfect_words() {
        // The body before its place complement is the subject; the nurse quoted before is not.
        assert_eq!(
            speaker_names(
                "وقالت ممرضة في المستشفى إن «الأسرّة امتلأت».\nوكانت البلدية في المدينة قد حذرت من أن «السيول قادمة»."
            ),
            vec![Some("ممرضة في المستشفى".into()), Some("البلدية".into())]
        );
    }

    #[test]
    fn a_post_between_kana_and_qad_is_named_by_its_holder() {
        // The post's complement holds a quoted company name; the name before قد is the holder.
        // (The company's name in its marks is listed as a quotation of its own before the
        // words: only the words' speaker is asked here.)
        let s = speaker_names(
            "وكان الشريك في «الأفق للاستثمار» سامر الخطيب قد قال في بيان إن الصندوق «يراهن على فريق صغير».",
        );
        assert_eq!(s.last(), Some(&Some("الشريك (سامر الخطيب)".to_string())));
    }

    #[test]
    fn an_aside_between_kana_and_qad_leaves_the_subject_before_it() {
        assert_eq!(
            speaker_names(
                "وقال المزارع سامر يوسف إن «الأرض عطشى».\nوكان مسؤول في وزارة الزراعة، طلب عدم ذكر اسمه، قد أكد أن المخزون «في أدنى مستوياته»."
            )[1],
            Some("مسؤول في وزارة الزراعة".into())
        );
    }
}
