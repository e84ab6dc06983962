//! The name right after a noun with a possessive pronoun (تقول معلمتها فلانة الفلانية:), whatever
//! the dictionary reads its words as.

use super::*;

/// How many words the name after the possessed noun may have.
const MAX_NAME: usize = 3;

/// The speaker when word `k` is a noun with a possessive pronoun
/// ([`possessed`]: زميلتها، معلمهم), optionally with a place complement
/// (في + a definite word: زميله في الجريدة), followed by two to [`MAX_NAME`] bare indefinite
/// words, only spaces between, that close the phrase (a comma, a colon, a bracket, أن/إن, or a
/// colon or quotation mark before `limit`): those words, as a named person. Each word is Arabic,
/// with no article, و, preposition, tanween, possessive pronoun, and is no function word, cue,
/// title, place, adverb, time word or verb. Reason: a noun with a possessive pronoun is
/// definite and can be in construct with nothing, so an indefinite word after it is neither its
/// genitive nor its adjective (an adjective agrees in definiteness): the indefinite words that
/// follow it up to the boundary are its apposition, the person's name, even when the dictionary
/// reads them as words (أمينة، سهام). `None` otherwise.
pub(super) fn name_after_possessed(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    if k + 2 > limit
        || cx.doc.words[k].kind() != crate::text::WordKind::Arabic
        || cx.lex.words[k].given > 0
        || in_person(cx, persons, k)
        || !possessed(cx, k)
    {
        return None;
    }
    // (A place complement of the noun: زميله في الجريدة فلان.)
    let mut f = k + 1;
    if f + 1 < limit
        && bare_key(cx, f) == "في"
        && cx.doc.words[f + 1].plain.starts_with("ال")
        && !function(cx, f + 1)
    {
        f += 2;
    }
    if !(k..f).all(|x| gap(cx, x, x + 1).trim().is_empty()) {
        return None;
    }
    let mut e = f;
    while e < limit
        && e < f + MAX_NAME
        && (e == f || gap(cx, e - 1, e).trim().is_empty())
        && bare_indefinite(cx, persons, e)
    {
        e += 1;
    }
    if e < f + 2 {
        return None;
    }
    let g = gap(cx, e - 1, e);
    let closes = if e < limit {
        g.trim().starts_with(['،', ',', ':', '(']) || (g.trim().is_empty() && complementizer(cx, e))
    } else {
        e < cx.doc.words.len() && !g.contains(['.', '\n']) && g.contains([':', '«', '"', '“'])
    };
    if !closes {
        return None;
    }
    let range = cx.doc.words[f].start()..cx.doc.words[e - 1].end();
    Some(Named {
        text: cx.doc.source.get(range.clone())?.to_string(),
        name: Some(range.clone()),
        range,
        anonymous: false,
        title_only: false,
    })
}

/// True when word `k` is a noun with a possessive pronoun: [`apposed_holder::possessed_noun`],
/// or a feminine noun whose ة became ت before the pronoun (معلمتهم، زميلتها) and the dictionary
/// knows the noun with its ة (معلمة).
fn possessed(cx: &Context, k: usize) -> bool {
    if apposed_holder::possessed_noun(cx, k) {
        return true;
    }
    let p = cx.doc.words[k].plain.as_str();
    ["هما", "هم", "ها", "ه"].iter().any(|suf| {
        p.strip_suffix(suf)
            .and_then(|stem| stem.strip_suffix('ت'))
            .is_some_and(|base| {
                crate::analysis::names::at_least_chars(base, 3)
                    && !unknown_word(cx, &format!("{base}ة"))
            })
    })
}

/// True when word `x` is a bare indefinite word that may stand in a name: Arabic letters, three
/// or more, no article, no و, no preposition (unless the dictionary does not know the word as
/// written: بوشامة keeps its ب), no accusative tanween, no possessive pronoun on a
/// known stem, and none of the closed classes (function word, complementizer, cue, title,
/// place or its nisba, body, adverb, time word, verb the lexicon conjugates).
fn bare_indefinite(cx: &Context, persons: &[Range<usize>], x: usize) -> bool {
    let (w, t) = (&cx.doc.words[x], &cx.lex.words[x]);
    w.kind() == crate::text::WordKind::Arabic
        && crate::analysis::names::at_least_chars(&w.plain, 3)
        && !w.plain.starts_with("ال")
        && !w.plain.starts_with('و')
        && !tanween(cx, x)
        && (t.given > 0 || !apposed_holder::possessed_noun(cx, x))
        && (!prepositional(cx, persons, x) || unknown_word_whole(cx, &w.plain))
        && !function(cx, x)
        && !complementizer(cx, x)
        && !t.is_cue()
        && t.title == 0
        && t.place == 0
        && !t.place_nisba()
        && t.agency().is_none()
        && !t.org_noun()
        && t.anonymous == 0
        && !adverb(cx, x)
        && !time_word(cx, x)
        && !crate::analysis::names::conjugated_verb(cx, w.plain.as_str())
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn indefinite_words_after_a_possessed_noun_are_its_name() {
        for (s, who) in [
            (
                "تقول جارتها نادية بلقاسمي (40 عاما): «لم ننم منذ ثلاث ليال».",
                "نادية بلقاسمي",
            ),
            (
                "وقال زميله في المصنع جمال حداوي إن العمال \"لم يتقاضوا أجورهم\".",
                "جمال حداوي",
            ),
        ] {
            assert_eq!(speakers(s)[0].1.as_deref(), Some(who), "{s}");
        }
    }

    #[test]
    fn a_possessed_noun_before_an_adjunct_names_no_one() {
        // بصوت is a preposition's phrase: no name follows the noun.
        let s = "وقالت والدته بصوت خافت: «لم يعد إلى البيت منذ يومين».";
        let got = speakers(s)[0].1.clone().unwrap_or_default();
        assert!(!got.contains("بصوت"), "{got}");
    }
}
