//! Where a verb's subject ends and its object begins when both follow the verb (issue 12,
//! continuity): a subject read on into the object is cut back (وزير العدل | تشديد العقوبة،
//! الخارجية | السفير فلان), and an object that comes first leaves the subject after it (حضر حفل
//! الافتتاح | رئيس البلدية فلان).

use super::super::speaker::{
    Named, bare_key, breaks_phrase, function, gap, in_person, read_np, starts_person, unknown_word,
};
use super::super::{Quote, inside_quote};
use crate::analysis::Context;
use std::ops::Range;

/// Speaker `np` cut before the object its words ran on into: after a body (an organisation
/// noun, an agency or a nisba noun in ية: الخارجية) and a definite word, a definite title before
/// a name (واستدعت الخارجية السفير فلان: [`title_after_body`]; the name is the object's); after a
/// construct chain closed by its definite genitive, an indefinite ordinary word (وزير العدل
/// تشديد العقوبة: [`noun_after_closed_chain`], in a phrase with no name only). A name the phrase
/// holds must lie past the cut. `np` as it is otherwise, or for an unnamed source.
pub(super) fn cut_before_object(cx: &Context, persons: &[Range<usize>], np: Named) -> Named {
    if np.anonymous || np.range.is_empty() {
        return np;
    }
    let a = cx.doc.word_index_containing(np.range.start);
    let b = cx.doc.words.partition_point(|w| w.end() <= np.range.end);
    let cut = title_after_body(cx, persons, a, b)
        .map(|c| (c, false))
        .or_else(|| {
            np.name
                .is_none()
                .then(|| noun_after_closed_chain(cx, persons, a, b).map(|c| (c, true)))
                .flatten()
        });
    // A name the phrase holds must lie past the cut: it is the object's.
    let Some((c, post)) = cut.filter(|&(c, _)| {
        c > a
            && np
                .name
                .as_ref()
                .is_none_or(|r| r.start >= cx.doc.words[c].start())
    }) else {
        return np;
    };
    let range = np.range.start..cx.doc.words[c - 1].end();
    match Named::words_in(cx, range, false) {
        Some(mut cut) => {
            cut.title_only = post && (np.title_only || cx.lex.words[a].title > 0);
            cut
        }
        None => np,
    }
}

/// True when word `k` is a body's head: an organisation noun, an agency, or a ministry named by
/// its field alone (الخارجية، الداخلية، المالية: a closed class of Arabic usage, the feminine
/// nisba standing for وزارة …). Other definite nouns in ية name women as often (الروائية،
/// الإعلامية) and are not bodies.
fn body_word(cx: &Context, k: usize) -> bool {
    let t = &cx.lex.words[k];
    t.org_noun()
        || t.agency().is_some()
        || (t.title == 0 && matches!(bare_key(cx, k), "الخارجيه" | "الداخليه" | "الماليه"))
}

/// The word index, in words `a..b` whose first is a body ([`body_word`]), of a definite title
/// right after a definite word and followed by a name (a listed given name or a person mention):
/// `None` when there is none. Reason: a body is never in apposition with a person's post, so a
/// post with its holder after the body is another phrase, the verb's object (استدعت الخارجية
/// السفير فلان: the ministry summoned the ambassador).
fn title_after_body(cx: &Context, persons: &[Range<usize>], a: usize, b: usize) -> Option<usize> {
    if b <= a + 2 || !body_word(cx, a) {
        return None;
    }
    (a + 1..b.saturating_sub(1)).find(|&j| {
        cx.lex.words[j].title > 0
            && bare_key(cx, j).starts_with("ال")
            && bare_key(cx, j - 1).starts_with("ال")
            && gap(cx, j - 1, j).trim().is_empty()
            && (cx.lex.words[j + 1].given > 0 || starts_person(cx, persons, j + 1))
    })
}

/// The word index, in words `a..b` whose first is an indefinite head with no possessive pronoun,
/// of an indefinite ordinary
/// word right after the definite genitive that closes its construct chain (وزير العدل | تشديد
/// العقوبة; never a kunya or name particle, أبو، بن): a word with no article, no
/// prepositional or conjunctive clitic (ل، ب، ك، و، ف), known to the lexicon, no function word,
/// title, listed given name or word of a person mention. `None` when there is none. Reason: a
/// construct chain ends at its first definite noun (adjectives after it take the article too),
/// so an indefinite noun after it opens a new phrase, the verb's object, not more of the subject.
fn noun_after_closed_chain(
    cx: &Context,
    persons: &[Range<usize>],
    a: usize,
    b: usize,
) -> Option<usize> {
    // A construct: an indefinite head with no possessive pronoun (ابنته الكبرى is a noun and
    // its adjective), then its definite genitive.
    if bare_key(cx, a).starts_with("ال") || super::explicit_subject::possessed_word(cx, a) {
        return None;
    }
    let first_definite = (a + 1..b).find(|&j| bare_key(cx, j).starts_with("ال"))?;
    (first_definite + 1..b).find(|&k| {
        let w = &cx.doc.words[k];
        let t = &cx.lex.words[k];
        bare_key(cx, k - 1).starts_with("ال")
            && gap(cx, k - 1, k).trim().is_empty()
            && !matches!(bare_key(cx, k), "ابو" | "ام" | "ابن" | "بن" | "بنت" | "عبد")
            && w.kind() == crate::text::WordKind::Arabic
            && !bare_key(cx, k).starts_with("ال")
            && !w.plain.starts_with(['ل', 'ب', 'ك', 'و', 'ف'])
            && !function(cx, k)
            && t.title == 0
            && t.given == 0
            && !t.is_cue()
            && !in_person(cx, persons, k)
            && !unknown_word(cx, &w.plain)
    })
}

/// True when word `k` may head a post in construct (ممثل النيابة العامة): a title, or an
/// indefinite agent noun in م of four letters or more (ممثل، مندوب، مستشار) that the lexicon
/// knows, followed by a definite genitive with only a space between.
pub(super) fn post_head(cx: &Context, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    let genitive = k + 1 < cx.doc.words.len().min(cx.lex.words.len())
        && bare_key(cx, k + 1).starts_with("ال")
        && gap(cx, k, k + 1).trim().is_empty();
    t.title > 0
        || (genitive
            && !t.org_noun()
            && t.given == 0
            && w.plain.starts_with('م')
            && w.plain.chars().count() >= 4
            && !unknown_word(cx, &w.plain))
}

/// The post in construct read from word `k` ([`post_head`] at `k`), up to four words: the head
/// and the definite words after it with only spaces between (ممثل النيابة العامة), stopping
/// before word `limit`; a post with no name (`title_only`). `None` when word `k` heads no post.
pub(super) fn construct_post(cx: &Context, k: usize, limit: usize) -> Option<Named> {
    if !post_head(cx, k) {
        return None;
    }
    let mut e = k + 1;
    while e < limit.min(k + 4)
        && bare_key(cx, e).starts_with("ال")
        && gap(cx, e - 1, e).trim().is_empty()
    {
        e += 1;
    }
    let mut np = Named::words_in(
        cx,
        cx.doc.words[k].start()..cx.doc.words[e - 1].end(),
        false,
    )?;
    np.title_only = true;
    Some(np)
}

/// The subject after the object of the verb at word `i` that opens its clause (وحضر حفل
/// الافتتاح رئيس البلدية فلان، وقال): the verb is no reporting cue, the object is a construct of
/// an indefinite noun and one or two definite genitives (حفل الافتتاح) with no title, name,
/// body or clitic among them, and a post or person with a name follows it at once. Reason: a
/// construct chain closed by its definite genitive cannot run on into another noun, so the
/// person phrase after it is a new phrase, and a thing cannot hold the subject's place before a
/// named person who does the act (attending, opening): the person is the subject, set after the
/// object. `None` otherwise, or inside `quotes`.
pub(super) fn subject_after_object(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Named> {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    let w = cx.doc.words.get(i)?;
    if i + 3 >= n
        || cx.lex.words[i].is_cue()
        || !super::subjects::plain_verb(cx, i)
        || !super::possessor_subject::opens_after_particles(cx, i)
        || inside_quote(quotes, w.start(), w.end())
    {
        return None;
    }
    let plain_noun = |k: usize| {
        let t = &cx.lex.words[k];
        cx.doc.words[k].kind() == crate::text::WordKind::Arabic
            && t.title == 0
            && t.given == 0
            && !t.org_noun()
            && t.agency().is_none()
            && t.place == 0
            && !t.is_cue()
            && !function(cx, k)
            && !in_person(cx, persons, k)
            && !cx.doc.words[k].plain.starts_with(['ل', 'ب', 'ك'])
            && !breaks_phrase(gap(cx, k - 1, k))
    };
    // The object: an indefinite head, then one or two definite genitives.
    let head = i + 1;
    if !plain_noun(head)
        || bare_key(cx, head).starts_with("ال")
        || unknown_word(cx, &cx.doc.words[head].plain)
    {
        return None;
    }
    let mut k = head + 1;
    while k < n && k < head + 3 && plain_noun(k) && bare_key(cx, k).starts_with("ال") {
        k += 1;
    }
    if k == head + 1 || k + 1 >= n || breaks_phrase(gap(cx, k - 1, k)) {
        return None;
    }
    if !(cx.lex.words[k].title > 0 || starts_person(cx, persons, k)) {
        return None;
    }
    let np = read_np(cx, persons, k, n)?;
    (np.name.is_some() && !np.anonymous && np.range.start == cx.doc.words[k].start()).then_some(np)
}

#[cfg(test)]
mod tests {
    use super::super::pointing_back::speakers;

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn a_person_after_the_object_of_the_verb_is_its_subject() {
        // حفل الافتتاح is the object; the mayor after it attended and spoke, not the earlier
        // speaker.
        assert_eq!(
            speakers(
                "قال المدير العام للشركة سامي حداد إن «المشروع يسير كما خطط له».\n\n\
                 وحضر حفل الافتتاح رئيس البلدية كريم عواد، وقال إن «المدينة تستحق هذا المرفق منذ سنوات»."
            )[1],
            some("رئيس البلدية كريم عواد")
        );
    }

    #[test]
    fn a_body_and_then_a_post_with_a_name_are_subject_and_object() {
        // The ministry summoned the ambassador: the participle agrees with the ministry.
        assert_eq!(
            speakers(
                "قال المتحدث باسم الحكومة سمير نصار إن «العلاقات تمر بمرحلة صعبة».\n\n\
                 واستدعت الخارجية السفير جون سميث، مؤكدة أن «هذه التصريحات غير مقبولة على الإطلاق»."
            )[1],
            some("الخارجية")
        );
    }

    #[test]
    fn a_post_in_construct_opening_the_sentence_is_the_participles_subject() {
        // ممثل الادعاء العام asked for the sentence; the participle is his, and the verb's
        // object is not read into the post.
        let s = speakers(
            "وقال المحامي عادل منصور إن «موكله بريء».\n\n\
             وفي الجلسة، التمس ممثل الادعاء العام تغليظ الحكم، معتبرا أن «الجريمة هزت الرأي العام».",
        );
        assert_eq!(s[1], some("ممثل الادعاء العام"));
    }

    #[test]
    fn a_woman_s_role_noun_in_iya_is_no_body() {
        // الروائية is a woman, not a ministry: the post and name after her are hers.
        let s = speakers(
            "وقال الناشر سامي حداد إن «المعرض ناجح».\n\n\
             وقالت الروائية الجزائرية الدكتورة أمينة شيخ إن «الكتابة مقاومة يومية».",
        );
        assert_ne!(s[1], some("الروائية الجزائرية"));
    }
}
