//! A circumstantial participle after a relative clause on ما with its own subject («...»، وهو ما
//! نفاه فلان، مؤكداً أن): the participle describes that subject (issue 12, speakers).

use super::*;

/// The speaker of the participle at word `i` (index into `cx.doc.words`) when the clause right
/// before it, after a comma, is وهو / وهي / وهذا / وذلك + ما + a verb + its subject, and that
/// subject runs up to the comma before the participle: the subject as [`read_np`] reads it
/// (bytes), skipping one prepositional pronoun after the verb (عليه، له، إليه). Reason: a
/// circumstantial participle (حال) describes the subject of the clause it follows, and the
/// relative clause on ما (ما نفاه، ما اعترض عليه) has its own subject after its verb, so the
/// participle's speaker is that subject, not the speaker of the words ما refers to. `None`
/// otherwise.
pub(super) fn subject_of_ma_clause(
    cx: &Context,
    persons: &[Range<usize>],
    i: usize,
) -> Option<Named> {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    if i < 4 || i >= n || !gap(cx, i - 1, i).contains(['،', ',']) {
        return None;
    }
    // The clause's opening pronoun, at most 12 words back, after a comma, with no break between.
    let mut s = i - 1;
    loop {
        if i - s > 12 || s == 0 || breaks_phrase(gap(cx, s - 1, s)) {
            break;
        }
        s -= 1;
    }
    let opener = matches!(
        cx.doc.words[s].key.as_str(),
        "وهو" | "وهي" | "هو" | "هي" | "وهذا" | "هذا" | "وذلك" | "ذلك"
    );
    if !opener
        || s + 3 >= i
        || !gap(cx, s.saturating_sub(1), s).contains(['،', ','])
        || cx.doc.words[s + 1].key != "ما"
    {
        return None;
    }
    let v = s + 2;
    if function(cx, v) || bare_key(cx, v).starts_with("ال") {
        return None;
    }
    let mut k = v + 1;
    if k < i && prepositional_pronoun(cx, k) {
        k += 1;
    }
    let np = read_np(cx, persons, k, i)?;
    (np.range.end == cx.doc.words[i - 1].end()).then_some(np)
}

/// True when word `k` is a preposition with an attached pronoun (عليه، لها، إليه، منه، به، عنه):
/// a complement of the verb before it, never its subject.
fn prepositional_pronoun(cx: &Context, k: usize) -> bool {
    let key = cx.doc.words[k].key.as_str();
    ["علي", "عل", "ل", "الي", "ال", "من", "ب", "عن", "مع", "في"]
        .iter()
        .any(|p| {
            key.strip_prefix(p)
                .is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما" | "هن"))
        })
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_names;

    #[test]
    fn a_participle_after_wahuwa_ma_speaks_for_the_relative_clause_subject() {
        assert_eq!(
            speaker_names(
                "وقال المدير سامر يوسف: «لم نتأخر يوماً»، وهو ما نفاه النقابي كريم حداد، مؤكداً أن «الرواتب تأخرت شهرين»."
            ),
            vec![
                Some("المدير سامر يوسف".into()),
                Some("النقابي كريم حداد".into())
            ]
        );
        // A prepositional pronoun after the verb is its complement, not its subject.
        assert_eq!(
            speaker_names(
                "وقال المدير سامر يوسف: «لم نتأخر يوماً»، وهو ما اعترض عليه ممثل العمال، قائلاً إن «الرواتب تأخرت»."
            )[1],
            Some("ممثل العمال".into())
        );
    }
}
