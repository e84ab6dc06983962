//! A person's name read up to the speech boundary when the lexicons do not know its last words:
//! the family name after a lone given name (… جوزيف قسطنطين أن، … ميخائيل زيا، إن), and a foreign
//! name set off by commas after a post's complement (المسؤول عن المختبر، كوبيلاي أرسلان، إن).

use super::*;

/// How many words a family name after a lone given name may have (الياس أبو خليل).
const MAX_FAMILY: usize = 2;

/// How many words a name set off by commas may have (جان-بيير دو مارتان).
const MAX_SEGMENT: usize = 4;

/// The speaker `n` (read from a cue's subject, before word `limit`) with the family name that the
/// readers cut off: when its name is one word with no article ending the phrase (or, with no name
/// read, the phrase ends in a listed given name or the first word of a person), and the next one
/// or two words ([`family_word`]), only spaces between, run right up to the speech boundary (a
/// comma, a colon, a quotation mark, أن/إن, a preposition before the content, an addressee with
/// ل, an adjunct with في/خلال, or `limit`), they are added to the name. Reason: a proper noun
/// takes no genitive and no indefinite adjective, so between a given name and the speech
/// boundary a bare word that is no verb, preposition, adverb or time word can only be the rest
/// of the person's name, even when no list knows it. `n` unchanged otherwise.
pub(super) fn family_to_boundary(
    cx: &Context,
    persons: &[Range<usize>],
    n: Named,
    limit: usize,
) -> Named {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    let e = cx.doc.words.partition_point(|w| w.end() <= n.range.end);
    if n.anonymous || e == 0 || e >= limit || cx.doc.words[e - 1].end() != n.range.end {
        return n;
    }
    let first = e - 1;
    // The name read is that last word alone; or, in a phrase the reader gave no name (a
    // description: مدرب الفريق وخاله فلان), the last word is a given name or opens a person.
    let lone_name = match &n.name {
        Some(name) => name.start >= cx.doc.words[first].start(),
        None => cx.lex.words[first].given > 0 || starts_person(cx, persons, first),
    };
    let written_last = cx
        .doc
        .source
        .get(cx.doc.words[first].range())
        .is_some_and(|w| n.text.ends_with(w));
    if !lone_name || !written_last || bare_key(cx, first).starts_with("ال") {
        return n;
    }
    let name = cx.doc.words[first].start()..n.range.end;
    let mut b = e;
    while b < limit
        && b < e + MAX_FAMILY
        && gap(cx, b - 1, b).trim().is_empty()
        && family_word(cx, persons, b)
    {
        b += 1;
    }
    let closes = b > e
        && match post_chain::word_after_subject(cx, b, limit) {
            Err(verdict) => verdict,
            Ok(c) => post_chain::content_opens(cx, c),
        };
    if !closes {
        return n;
    }
    let end = cx.doc.words[b - 1].end();
    let Some(more) = cx.doc.source.get(n.range.end..end) else {
        return n;
    };
    Named {
        text: format!("{}{more}", n.text),
        range: n.range.start..end,
        name: Some(name.start..end),
        ..n
    }
}

/// True when word `x` may be a word of a family name after a given name: Arabic letters, three
/// or more, no article, and no reading the clause needs there: no function word, complementizer,
/// cue, title, place, body or agency, adverb, time word or preposition, no word written with the
/// accusative tanween (مجدداً، ضاحكاً), no noun with a possessive pronoun (يزيد عمقها: a verb and
/// its subject), no conjunction و, and no participle in م the dictionary
/// knows (a circumstantial قالت فلانة مبتسمة). The dictionary's other readings are not asked:
/// a foreign family name often reads as a noun with a suffix (صليبا، يوخنا).
fn family_word(cx: &Context, persons: &[Range<usize>], x: usize) -> bool {
    let (w, t) = (&cx.doc.words[x], &cx.lex.words[x]);
    let known = !unknown_word_whole(cx, &w.plain);
    w.kind() == crate::text::WordKind::Arabic
        && crate::analysis::names::at_least_chars(&w.plain, 3)
        && !bare_key(cx, x).starts_with("ال")
        && !(w.plain.starts_with('و') && t.given == 0)
        && !(known && w.plain.starts_with('م'))
        && !tanween(cx, x)
        && !(t.given == 0 && apposed_holder::possessed_noun(cx, x))
        && plain_noun(cx, x)
        && !prepositional(cx, persons, x)
}

/// True when word `x` is none of the closed classes that end a name: no function word,
/// complementizer, cue, title, place or its nisba, body, agency, adverb or time word.
fn plain_noun(cx: &Context, x: usize) -> bool {
    let t = &cx.lex.words[x];
    !function(cx, x)
        && !complementizer(cx, x)
        && !t.is_cue()
        && t.title == 0
        && t.place == 0
        && !t.place_nisba()
        && t.agency().is_none()
        && !t.org_noun()
        && !adverb(cx, x)
        && !time_word(cx, x)
        && !day_before_yesterday(cx, x)
}

/// The name set off by commas that starts at word `c` (after the comma that closes a post's
/// complement), read before `limit`: two to [`MAX_SEGMENT`] words ([`segment_word`]), only
/// spaces or a hyphen between (بيير-لوي), closed by a comma, a colon or أن/إن (at `limit`, a colon
/// before it). Reason: after the
/// comma that closes a post, an apposition of bare words that are no preposition, particle,
/// adverb, time word or accusative is the holder's name, whether or not the lists hold it (a
/// foreign name: it may read as a noun with a suffix, or its first letter as ب or ل). `None`
/// otherwise.
pub(super) fn name_segment(
    cx: &Context,
    persons: &[Range<usize>],
    c: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    let mut e = c;
    while e < limit
        && e < c + MAX_SEGMENT
        && (e == c || matches!(gap(cx, e - 1, e).trim(), "" | "-" | "‐"))
        && segment_word(cx, persons, e, limit)
    {
        e += 1;
    }
    if e < c + 2 {
        return None;
    }
    // (At `limit`, where the caller saw the quotation or the content start, the mark before it
    // closes the segment: …، فلان الفلاني: «…».)
    let g = gap(cx, e - 1, e);
    let closes = (e < limit && (g.trim().starts_with(['،', ',', ':']) || complementizer(cx, e)))
        || (e == limit && e < cx.doc.words.len() && !g.contains(['.', '\n']) && g.contains(':'));
    if !closes {
        return None;
    }
    let (a, b) = (cx.doc.words[c].start(), cx.doc.words[e - 1].end());
    Named::whole_name(&cx.doc.source, a..b)
}

/// True when word `x` (before `limit`) may stand in a name set off by commas: Arabic letters, no
/// article, no accusative tanween, no verb the dictionary knows (a clause that withholds the name,
/// طلب عدم نشر اسمه), no unnamed-source word, no accusative or possessive form of a known word, none of the closed classes of [`plain_noun`], and no
/// preposition on a word the dictionary knows unless the word is unknown to it as written or a
/// word unknown in every reading follows (بوراك أوزتورك: the ب is the name's own letter).
fn segment_word(cx: &Context, persons: &[Range<usize>], x: usize, limit: usize) -> bool {
    let w = &cx.doc.words[x];
    let foreign_next = x + 1 < limit
        && matches!(gap(cx, x, x + 1).trim(), "" | "-" | "‐")
        && unknown_word(cx, &cx.doc.words[x + 1].plain);
    let own =
        cx.lex.words[x].given > 0 || in_person(cx, persons, x) || unknown_word_whole(cx, &w.plain);
    w.kind() == crate::text::WordKind::Arabic
        && crate::analysis::names::at_least_chars(&w.plain, 2)
        && !bare_key(cx, x).starts_with("ال")
        && !(w.plain.starts_with('و') && !own)
        && !(cx.lex.words[x].verb() && !own)
        && cx.lex.words[x].anonymous == 0
        && !tanween(cx, x)
        && plain_noun(cx, x)
        && (own || foreign_next || !prepositional(cx, persons, x))
        && (own || foreign_next || !not_name_form(cx, persons, x))
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    fn first(s: &str) -> String {
        speakers(s)[0].1.clone().unwrap_or_default()
    }

    #[test]
    fn the_family_name_after_a_lone_given_name_runs_to_the_boundary() {
        for (s, family) in [
            (
                "وقال رئيس جمعية التجار المسيحيين جوزيف قسطنطين إن الأسواق \"تعاني من ركود طويل\".",
                "قسطنطين",
            ),
            (
                "وقالت الناطقة باسم البلدية، ميخائيلا زيا، إن العمل \"سيستأنف بعد العيد\".",
                "زيا",
            ),
            (
                "ويؤكد مدير المدرسة وعمها يوحنا شمعون أن الطلاب \"عادوا إلى الصفوف\".",
                "شمعون",
            ),
        ] {
            // (The family name is read with the name, whatever words the phrase shows before it.)
            let got = first(s);
            assert!(got.contains(family), "{s}: {got}");
        }
    }

    #[test]
    fn a_word_after_a_lone_name_that_is_no_name_stays_out() {
        // An adverb, a time word and a preposition after the name end it.
        for s in [
            "وقال جورج أمس إن الاجتماع \"كان مثمراً\".",
            "وقال جورج مجدداً إن الاجتماع \"كان مثمراً\".",
            "وقال جورج للصحفيين إن الاجتماع \"كان مثمراً\".",
        ] {
            assert_eq!(first(s), "جورج", "{s}");
        }
    }

    #[test]
    fn a_foreign_name_in_commas_after_a_post_s_complement_is_the_holder() {
        for (s, who) in [
            (
                "وقال المسؤول عن المختبر في الجامعة، كوبيلاي أرسلانوغلو، إن النتائج \"مشجعة\".",
                "كوبيلاي أرسلانوغلو",
            ),
            (
                "وقالت مديرة ورشة للخياطة في البلدة، بيرغول شاهينلر، إن الطلبات \"تراجعت كثيراً\".",
                "بيرغول شاهينلر",
            ),
            (
                "وقال العضو في المجلس البلدي، جان-لوك ميرانشون، إن الخطة \"غير واقعية\".",
                "جان-لوك ميرانشون",
            ),
        ] {
            assert_eq!(first(s), who, "{s}");
        }
    }
}
