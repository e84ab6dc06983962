//! A person described through an unnamed member of a group: a noun in construct with أحد/إحدى
//! and the group (والدة أحد المصابين، محامي إحدى الضحايا), an anonymous speaker as written.

use super::*;

/// The speaker when the words from `k` (before `limit`) are an indefinite noun (no article, no
/// preposition written on it, no participle or accusative ending),
/// then أحد or إحدى, then a definite noun of the group, only spaces between, and the phrase ends
/// there (a comma, a colon, a quotation mark, أن/إن, or `limit`): the three words, anonymous.
/// Reason: the noun is in construct with "one of" a group (والدة أحد المصابين "the mother of one
/// of the injured"), so it describes a person only by relation to an unnamed member of the
/// group: a definite speaker who is named by no one, an unnamed source as written, not a
/// phrase to read a name in. `None` otherwise.
pub(super) fn relative_of_one(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    if k + 3 > limit || !(k..k + 2).all(|x| gap(cx, x, x + 1).trim().is_empty()) {
        return None;
    }
    let head = &cx.doc.words[k];
    // (The word as written: a noun in و, والدة، وكيل, keeps its first letter.)
    let noun = head.kind() == crate::text::WordKind::Arabic
        && !head.plain.starts_with("ال")
        && !function(cx, k)
        && !prepositional(cx, persons, k)
        && !complementizer(cx, k)
        && !cx.lex.words[k].is_cue()
        && cx.lex.words[k].given == 0
        && !adverb(cx, k)
        && !time_word(cx, k)
        && !cx.lex.words[k].participle()
        && !head.plain.ends_with('ا')
        && !tanween(cx, k);
    let group = bare_key(cx, k + 2);
    if !noun
        || !matches!(cx.doc.words[k + 1].key.as_str(), "احد" | "احدي")
        || !group.starts_with("ال")
        || function(cx, k + 2)
        || cx.lex.words[k + 2].is_cue()
    {
        return None;
    }
    let e = k + 3;
    let closes = e >= limit || {
        let g = gap(cx, k + 2, e);
        g.contains(['،', ',', ':', '«', '"', '“']) || complementizer(cx, e)
    };
    // (A name after the comma is the relative's own, apposed: left to the holder readers.)
    let named_after = e < limit
        && gap(cx, k + 2, e).contains(['،', ','])
        && (cx.lex.words[e].given > 0
            || persons.iter().any(|r| r.start == cx.doc.words[e].start()));
    if !closes || named_after {
        return None;
    }
    Named::words_in(cx, head.start()..cx.doc.words[k + 2].end(), true)
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn a_relative_of_one_of_a_group_is_an_unnamed_speaker() {
        for (s, who) in [
            (
                "وقال شقيق أحد المفقودين، وهو يحمل صورته: «لم نسمع عنه شيئاً منذ شهر».",
                "شقيق أحد المفقودين",
            ),
            (
                "وقالت محامية إحدى العاملات إن موكلتها \"لم تتقاض أجرها منذ أشهر\".",
                "محامية إحدى العاملات",
            ),
        ] {
            let read = speakers(s);
            assert_eq!(read[0].1.as_deref(), Some(who), "{s}");
            assert!(read[0].2, "anonymous: {s}");
        }
        // Quiet test: a participle before أحد is the verb's adjunct, not a relative.
        let s = "وقال مخاطبا أحد الصحافيين: «لن أجيب عن هذا السؤال».";
        let got = speakers(s)[0].1.clone().unwrap_or_default();
        assert!(!got.contains("مخاطبا"), "{got}");
    }
}
