//! A person the story introduces with an apposition of وهو/وهي (ومن بين الحضور فلانة، وهي طالبة
//! ...; بحسب فلان، وهو مزارع ...) as the subject a later subjectless cue continues (speak43b,
//! probe41): the earlier speaker is no longer the one a pronoun subject refers to.

use super::super::speaker::{
    Gender, Named, bare_key, breaks_phrase, complementizer, function, gap, unknown_word,
};
use super::super::{Quote, inside_quote};
use super::{
    agreement, article_less, article_less_keys, looks_like_name, sentence_start, without_article,
};
use crate::analysis::Context;
use std::ops::Range;

/// The gender the apposition opened at word `k` gives the person before it: وهو (he) for a man,
/// وهي (she) for a woman, when the word after it, joined by a space alone, is an Arabic word that
/// may open a description of a person (طالبة، مزارع، يعمل): not ما or a relative word (وهو ما
/// أكده، وهي التي: a clause about what was said), a complementizer, nor a noun of a place
/// (`names::is_place_noun`: وهي مدينة، وهي قرية: the apposition describes a place, and a place
/// is never a speaker). `None` for any other word.
fn apposition_gender(cx: &Context, k: usize) -> Option<Gender> {
    let g = match cx.doc.words.get(k)?.plain.as_str() {
        "وهو" => Gender::Masculine,
        "وهي" => Gender::Feminine,
        _ => return None,
    };
    let next = cx.doc.words.get(k + 1)?;
    let opens_description = next.kind() == crate::text::WordKind::Arabic
        && gap(cx, k, k + 1).trim().is_empty()
        && !matches!(bare_key(cx, k + 1), "ما" | "مما" | "الذي" | "التي")
        && !crate::analysis::names::is_place_noun(bare_key(cx, k + 1))
        && !complementizer(cx, k + 1);
    opens_description.then_some(g)
}

/// How many words a name the name detector did not find may hold before the apposition
/// ([`name_before`]).
const NAME_WORDS: usize = 4;

/// The name that ends right before the comma at the end of word `last`: the person mention
/// (`persons`) ending there with the given names before it, else the run of up to
/// [`NAME_WORDS`] words back to the first that has the article, is a function word, a cue or a
/// place, or follows a break, when the run holds two words or more and opens with a given name
/// or a word the dictionary does not know, as a foreign given name is (ماريا فرناندا حداد after
/// الزوار الأوائل; هدى فلان after بحسب): a family name is often an ordinary word the name
/// detector does not take (حداد). `None` otherwise.
fn name_before(cx: &Context, persons: &[Range<usize>], last: usize) -> Option<Range<usize>> {
    let end = cx.doc.words.get(last)?.end();
    let p = persons.partition_point(|r| r.end < end);
    if let Some(r) = persons.get(p).filter(|r| r.end == end) {
        return Some(super::with_given_names(cx, r));
    }
    let mut a = last;
    while a > 0 && last - (a - 1) < NAME_WORDS && !breaks_phrase(gap(cx, a - 1, a)) {
        let t = &cx.lex.words[a - 1];
        if bare_key(cx, a - 1).starts_with("ال")
            || function(cx, a - 1)
            || t.is_cue()
            || t.place > 0
            || cx.doc.words[a - 1].kind() != crate::text::WordKind::Arabic
        {
            break;
        }
        a -= 1;
    }
    let opens_name = cx.lex.words[a].given > 0 || unknown_word(cx, &cx.doc.words[a].plain);
    (a < last && opens_name).then(|| cx.doc.words[a].start()..end)
}

/// The person introduced at the apposition that word `k` opens (وهو/وهي after a comma,
/// [`apposition_gender`]) and their gender: the name before the comma ([`name_before`]) when it
/// reads as a name ([`looks_like_name`]), stands outside `quotes` and outside reported content
/// (no complementizer, أن/إن, between its sentence's start and it: the subject of a clause of
/// what someone said is no participant the story follows), and neither holds a place nor follows
/// a noun of a place (مدينة ريو برانكو): a place is never a speaker. `None` otherwise.
fn introduced_at(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    k: usize,
) -> Option<(Range<usize>, Gender)> {
    let g = apposition_gender(cx, k)?;
    let last = k.checked_sub(1)?;
    if !matches!(gap(cx, last, k).trim(), "،" | ",") {
        return None;
    }
    let r = name_before(cx, persons, last)?;
    let a = cx.doc.word_index_at(r.start);
    let s = sentence_start(cx, a);
    let place_noun_before =
        a > 0 && crate::analysis::names::is_place_noun(without_article(bare_key(cx, a - 1)));
    if inside_quote(quotes, r.start, r.end)
        || place_noun_before
        || (a..k).any(|j| cx.lex.words[j].place > 0)
        || (s..a).any(|j| complementizer(cx, j))
        || !looks_like_name(cx, persons, &r)
    {
        return None;
    }
    Some((r, g))
}

/// What the subjectless cue at word `i` takes from a person introduced between `last`, the
/// speaker the turn would continue with (`None`: no such speaker), and the cue: each name after
/// `last` and in the cue's paragraph or the sentence before the cue's, introduced with وهو/وهي
/// ([`introduced_at`]) in the gender the cue shows (`agreement::cue_gender_here`), sharing no
/// word with `last`. `Some(Some(np))` when exactly one such person is found, `Some(None)`
/// (unclear) when two or more are, `None` when none is or the cue shows no gender. Reason: a
/// person newly named and described with وهو/وهي is the participant the story now follows, the
/// topic a pronoun subject continues when the verb agrees with them, so the earlier speaker is
/// no longer the one a subjectless cue refers to.
pub(super) fn introduced_person(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    last: Option<&Named>,
    i: usize,
) -> Option<Option<Named>> {
    let here = agreement::cue_gender_here(cx, i)?;
    let cue = cx.doc.words.get(i)?.start();
    let s = sentence_start(cx, i);
    let before = if s > 0 { sentence_start(cx, s - 1) } else { s };
    let para = cx
        .doc
        .paragraph_of(cue)
        .and_then(|p| cx.doc.paragraphs.get(p));
    let mut from = cx.doc.words.get(before)?.start();
    if let Some(p) = para {
        from = from.min(p.start);
    }
    if let Some(n) = last {
        from = from.max(n.range.end);
    }
    let keys = last.map(|n| article_less_keys(cx, n)).unwrap_or_default();
    let first_word = cx.doc.word_index_at(from);
    let mut found = (first_word.max(1)..i)
        .filter(|&k| matches!(cx.doc.words[k].plain.as_str(), "وهو" | "وهي"))
        .filter_map(|k| introduced_at(cx, persons, quotes, k))
        .filter(|(r, g)| {
            *g == here
                && r.start >= from
                && !cx
                    .doc
                    .words_in(r.clone())
                    .iter()
                    .any(|w| keys.iter().any(|k| k == article_less(w.key.as_str())))
        });
    let (first, _) = found.next()?;
    if found.next().is_some() {
        return Some(None);
    }
    Some(Named::whole_name(cx.doc.source, first))
}

#[cfg(test)]
mod tests {
    use crate::analysis::quotes::via_tests::vias;

    fn last(src: &str) -> (Option<String>, Option<&'static str>) {
        vias(src).pop().unwrap_or_default()
    }

    #[test]
    fn a_person_introduced_with_wa_hiya_speaks_the_next_subjectless_cue() {
        // Invented: a woman introduced in a sentence with no reporting verb, then وقالت; the
        // earlier speaker is a woman too, but the new one is the topic.
        let s = vias(
            "وقالت مديرة المدرسة هند الراشد إن «العام كان صعباً».\n\nومن بين المشاركات رنا العمري، وهي معلمة في الثلاثين جاءت من قرية مجاورة. وقالت: «تعلمت الكثير». وأضافت: «سأعود العام المقبل».",
        );
        assert_eq!(
            s[1],
            (Some("رنا العمري".into()), Some("introduced")),
            "{s:?}"
        );
        assert_eq!(s[2].0.as_deref(), Some("رنا العمري"), "{s:?}");
        // A foreign given name the dictionary does not know opens the name, and the apposition
        // may stand in the cue's own sentence, after بحسب.
        let got = last(
            "وقال رئيس البلدية سامر الحسن إن «الخدمات تحسنت».\n\nلكن النقل يبقى مشكلة بحسب خوسيه بيريز، وهو سائق حافلة وأب لطفلين، يقول: «أنتظر ساعات كل يوم».",
        );
        assert_eq!(got.0.as_deref(), Some("خوسيه بيريز"), "{got:?}");
    }

    #[test]
    fn an_introduced_person_of_the_other_gender_or_in_reported_content_takes_no_turn() {
        // The cue is feminine, the man introduced is not its subject: the speaker goes on.
        let got = last(
            "وقالت الوزيرة ليلى منصور إن «المشروع بدأ».\n\nومن بين الحضور عماد يوسف، وهو مهندس جاء من العاصمة. وقالت: «سنكمل العمل».",
        );
        assert_eq!(got.0.as_deref(), Some("الوزيرة ليلى منصور"), "{got:?}");
        // A person introduced inside what the speaker said is part of it.
        let got = last(
            "وقال النائب سامر الخطيب إن عماد يوسف، وهو موظف سابق، غادر البلاد. وأضاف: «لن نتركه».",
        );
        assert_eq!(got.0.as_deref(), Some("النائب سامر الخطيب"), "{got:?}");
        // وهو ما opens no description of a person.
        let got = last(
            "وقال النائب سامر الخطيب إن «الأسعار مرتفعة».\n\nوارتفع سعر الخبز في مدينة العقبة، وهو ما أثار غضب السكان. وقال: «سنتابع الأمر».",
        );
        assert_eq!(got.0.as_deref(), Some("النائب سامر الخطيب"), "{got:?}");
    }

    #[test]
    fn a_place_described_with_wa_hiya_takes_no_turn() {
        // A town the dictionary does not know, described as a town: the minister goes on.
        let got = last(
            "وقالت الوزيرة سلمى داود إن «الوفد وصل».\n\nووصل الوفد إلى ريو برانكو، وهي مدينة برازيلية على الحدود. وقالت: «استقبلونا بحفاوة».",
        );
        assert_eq!(got.0.as_deref(), Some("الوزيرة سلمى داود"), "{got:?}");
        // The same with a town whose name opens with a word read as a given name, in one
        // paragraph and across one.
        let got = last(
            "وقالت الوزيرة سلمى داود إن «الوفد وصل».\n\nووصل الوفد إلى سيدي علي، وهي بلدة ساحلية صغيرة. وقالت: «استقبلونا بحفاوة».",
        );
        assert_eq!(got.0.as_deref(), Some("الوزيرة سلمى داود"), "{got:?}");
        let got = last(
            "وقالت الوزيرة سلمى داود إن «الوفد وصل». ووصل الوفد إلى ريو برانكو، وهي مدينة برازيلية. وقالت: «استقبلونا بحفاوة».",
        );
        assert_eq!(got.0.as_deref(), Some("الوزيرة سلمى داود"), "{got:?}");
    }

    #[test]
    fn two_people_introduced_in_the_cues_gender_leave_it_unclear() {
        let got = last(
            "وقال النائب سامر الخطيب إن «الأسعار مرتفعة».\n\nومن بين الحضور عماد يوسف، وهو مهندس، وكريم الزعبي، وهو طبيب من المدينة. وقال: «نريد حلولاً».",
        );
        assert_eq!(got.0, None, "{got:?}");
    }
}
