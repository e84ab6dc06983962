//! A description with an age after a reporting verb (ويقول الشاب البالغ 24 عاما «...») points back
//! to the person just named (issue 12, probe18).

use super::super::speaker::{
    Gender, Named, Read, age_description, cue_gender, function, untagged_name_before,
};
use super::super::{Quote, inside_quote};
use super::{ends_sentence, gap, with_given_names};
use crate::analysis::Context;
use std::ops::Range;

/// What a subjectless-looking cue at word `i` takes when its subject is a description with an
/// age ([`age_description`] at word `i + 1`): the nearest person mentioned before the cue in its
/// own or the previous sentence whose gender, as a verb right before the mention shows it
/// ([`verb_gender`]) or its kunya ([`with_kunya`]), does not disagree with the description's,
/// as [`Read::Named`] (the mention with the given names or the kunya before it), else a kunya
/// or given name the name detector left untagged (`speaker::untagged_name_before`);
/// [`Read::Unclear`] when there is none. Reason: such a
/// description is the verb's explicit subject and refers back to a person just introduced (يقف
/// فلان خلف بسطة. ويقول الشاب البالغ 24 عاما), never to the speaker of an earlier turn. `None`
/// when word `i + 1` opens no such description or the cue's gender disagrees with it. Mentions
/// inside `quotes` are skipped.
pub(super) fn described_person(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Read> {
    if !cx.lex.words.get(i)?.verb() {
        return None;
    }
    let (_, g) = age_description(cx, i + 1)?;
    if cue_gender(cx, i).is_some_and(|c| c != g) {
        return None;
    }
    let p = previous_sentence_start(cx, quotes, i);
    let found = person_from(cx, persons, quotes, p, i, g)
        .or_else(|| paragraph_subject(cx, persons, quotes, p, i, g));
    Some(match found {
        Some(r) => Named::whole_name(cx.doc.source, r).map_or(Read::Unclear, Read::Named),
        None => Read::Unclear,
    })
}

/// The nearest person mentioned from word `p` up to the cue at word `i`, as
/// [`described_person`] takes it for a description of gender `g` (byte range of the mention with
/// its given names, laqab or kunya), else a name the detector left untagged there; `None` when
/// there is none. A verb with its possessed subject ([`verb_and_possessed_subject`]) is no person.
fn person_from(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    p: usize,
    i: usize,
    g: Gender,
) -> Option<Range<usize>> {
    let from = cx.doc.words[p].start();
    let to = cx.doc.words[i].start();
    let lo = persons.partition_point(|r| r.start < from);
    let hi = persons.partition_point(|r| r.start < to);
    let found = persons[lo..hi]
        .iter()
        .rev()
        .filter(|r| r.end <= to && !inside_quote(quotes, r.start, r.end))
        .map(|r| with_kunya(cx, with_laqab(cx, with_given_names(cx, r))))
        .find(|(r, kunya)| {
            let k = cx.doc.word_index_at(r.start);
            kunya.is_none_or(|h| h == g)
                && (k == 0 || verb_gender(cx, k - 1).is_none_or(|h| h == g))
                && !verb_and_possessed_subject(cx, r)
        });
    found.map(|(r, _)| r).or_else(|| {
        untagged_name_before(cx, persons, p, i, g, |k| {
            let w = &cx.doc.words[k];
            !inside_quote(quotes, w.start(), w.end())
                && (k == 0 || verb_gender(cx, k - 1).is_none_or(|h| h == g))
        })
    })
}

/// True when the mention `r` (byte range) is two words, an imperfect verb by its person prefixes
/// and a noun carrying a third-person possessive pronoun (يزيد عمقها "its depth exceeds":
/// `names::sheet::imperfect_paradigm`, `names::sheet::possessed_noun`). Reason: a family name
/// takes no possessive pronoun, so a given name spelled like an imperfect verb before such a noun
/// is that verb with its subject, not a person.
fn verb_and_possessed_subject(cx: &Context, r: &Range<usize>) -> bool {
    let words = cx.doc.words_in(r.clone());
    let [verb, noun] = words else {
        return false;
    };
    let verb = verb
        .plain
        .strip_prefix(['و', 'ف'])
        .filter(|v| v.chars().count() >= 3)
        .unwrap_or(&verb.plain);
    crate::analysis::names::sheet::imperfect_paradigm(verb)
        && crate::analysis::names::sheet::possessed_noun(&noun.plain)
}

/// The person the paragraph of the cue at word `i` opens with as the subject of its first verb
/// (يقطع فلان ...، ثلاث مرات أسبوعياً، الطريق ...), when that first sentence starts before word
/// `p` (the sentences [`person_from`] searched named no one) and the verb's form does not
/// disagree with the gender `g` of the description: byte range of the mention with its given
/// names. Reason: a story's paragraph that opens on a person as the subject of its first verb is
/// about that person, and a description with an age later in the paragraph (يقول الرجل
/// الستيني) refers back to them when no one was named since. `None` otherwise.
fn paragraph_subject(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    p: usize,
    i: usize,
    g: Gender,
) -> Option<Range<usize>> {
    let w = cx.doc.words.get(i)?;
    let para = cx.doc.paragraphs.get(cx.doc.paragraph_of(w.start())?)?;
    let v = cx.doc.word_index_at(para.start);
    let next = cx.doc.words.get(v + 1)?;
    if v + 1 >= p
        || !cx.lex.words.get(v)?.verb() && !super::subjects::plain_verb(cx, v)
        || verb_gender(cx, v).is_some_and(|h| h != g)
        || inside_quote(quotes, next.start(), next.end())
    {
        return None;
    }
    // The mention may start at a family name the given names before it complete.
    let reach = cx.doc.words.get(v + 3).map_or(usize::MAX, |w| w.start());
    let k = persons.partition_point(|r| r.start < next.start());
    persons[k..]
        .iter()
        .take_while(|r| r.start <= reach)
        .map(|r| with_given_names(cx, r))
        .find(|r| r.start == next.start() && !verb_and_possessed_subject(cx, r))
}

/// The mention `r` (byte range) widened over one word and a listed given name before it, with
/// only spaces between (محمد حاج علي, when the detector tagged علي alone): the word between
/// must have no article and be no particle, cue or title of its own spelling with the article,
/// so the three words chain a given name, a father's name or laqab and a family name, as an
/// Arabic full name does. `r` itself otherwise.
fn with_laqab(cx: &Context, r: Range<usize>) -> Range<usize> {
    let k = cx.doc.word_index_at(r.start);
    if k < 2 || k > cx.lex.words.len() {
        return r;
    }
    let spaced = |x: usize| gap(cx, x, x + 1).trim().is_empty();
    let middle = &cx.doc.words[k - 1];
    if middle.kind() == crate::text::WordKind::Arabic
        && !middle.key.starts_with("ال")
        && middle.plain.chars().count() >= 3
        && !function(cx, k - 1)
        && !cx.lex.words[k - 1].is_cue()
        && cx.lex.words[k - 2].given > 0
        && spaced(k - 2)
        && spaced(k - 1)
    {
        return cx.doc.words[k - 2].start()..r.end;
    }
    r
}

/// The mention `r` (byte range) widened to the kunya right before it (أم or أبو, "mother/father
/// of", with only a space between: أم فلان), with the gender the kunya gives; `r` itself and
/// `None` when no kunya stands there. Reason: a kunya is the first word of the name it opens, and
/// the person is then a woman (أم) or a man (أبو), whatever the name after it.
fn with_kunya(cx: &Context, r: Range<usize>) -> (Range<usize>, Option<Gender>) {
    let k = cx.doc.word_index_at(r.start);
    if k == 0 || !gap(cx, k - 1, k).trim().is_empty() {
        return (r, None);
    }
    let w = &cx.doc.words[k - 1];
    let g = match w.key.as_str() {
        "ام" => Gender::Feminine,
        "ابو" => Gender::Masculine,
        _ => return (r, None),
    };
    (w.start()..r.end, Some(g))
}

/// The first word (index) of the sentence before the one holding word `i`: the walk back counts
/// the sentence ends (. ! ? ؟ or a line break) between words outside `quotes` (a full stop inside
/// a quotation ends none of the story's sentences) and stops after the second; word 0 when there
/// are fewer.
fn previous_sentence_start(cx: &Context, quotes: &[Quote], i: usize) -> usize {
    let mut ends = 0;
    for k in (1..=i.min(cx.doc.words.len().saturating_sub(1))).rev() {
        let (a, b) = (cx.doc.words[k - 1].end(), cx.doc.words[k].start());
        if ends_sentence(gap(cx, k - 1, k)) && !inside_quote(quotes, a, b) {
            ends += 1;
            if ends == 2 {
                return k;
            }
        }
    }
    0
}

/// The gender a verb at word `v` shows for its subject, read from its form alone: an imperfect
/// with ي (يقف، ويقول) masculine, with ت after و/ف or at the clause's start (تنقل، وتضيف)
/// feminine, a perfect ending in ت feminine; `None` when word `v` is no verb or the form tells
/// nothing (a perfect without ت: its root may end in ت).
pub(super) fn verb_gender(cx: &Context, v: usize) -> Option<Gender> {
    let t = cx.lex.words.get(v)?;
    let plain = cx.doc.words.get(v)?.plain.as_str();
    let stem = plain
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(plain);
    if !t.verb() && !crate::analysis::names::conjugated_verb(cx, plain) {
        return None;
    }
    if stem.starts_with('ي') && !stem.ends_with(['ن', 'ا']) {
        Some(Gender::Masculine)
    } else if stem.starts_with('ت') && !stem.ends_with(['ن', 'ا']) {
        Some(Gender::Feminine)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::speaker::tests::speakers;

    #[test]
    fn a_description_with_an_age_names_the_person_just_introduced() {
        // The official spoke first; the vendor is introduced in the next paragraph, and the
        // description with his age refers back to him, not to the official's turn.
        let s = speakers(
            "وقال مدير البلدية جمال سلطان: \"الوضع صعب\".\nوفي السوق، يقف كريم الحوراني خلف عربة صغيرة. ويقول الشاب البالغ 27 عاما «تعلمت المهنة من أبي».",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].1.as_deref(), Some("كريم الحوراني"));
    }

    #[test]
    fn a_verb_and_its_possessed_subject_are_no_person_described() {
        // يزيد عمقها "its depth exceeds" is a verb and its subject, not a man named يزيد.
        let s = speakers(
            "وقال مدير البلدية جمال سلطان: \"الوضع صعب\".\nيقف سليم العمري قرب بئر يزيد عمقها على ثلاثين مترا. ويقول المزارع الخمسيني \"جفت البئر في الصيف\".",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].1.as_deref(), Some("سليم العمري"));
    }

    #[test]
    fn a_description_after_a_sentence_naming_no_one_refers_to_the_paragraphs_subject() {
        // The hospital addressed him with a pronoun only; the paragraph opened on him.
        let s = speakers(
            "وقال مدير البلدية جمال سلطان: \"الوضع صعب\".\n\nيقصد سليم العمري المستشفى كل أسبوع للعلاج. لكن الإدارة أبلغته أن مواعيده ستتغير. «لم يشرحوا لنا السبب»، يقول الرجل الستيني.",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].1.as_deref(), Some("سليم العمري"));
    }

    #[test]
    fn a_generic_noun_with_a_participle_names_the_person_just_introduced() {
        // الرجل العائد من ... describes the man introduced in the sentence before, not the
        // official who spoke first; the next subjectless cue goes on with him.
        let s = speakers(
            "وقال مدير المعبر جمال سلطان إن \"الإجراءات سريعة\".\nوعند البوابة، كان سليم الحوراني ينزل حقائبه من الشاحنة. ويقول الرجل العائد من بيروت: \"لم أر بيتي منذ عشر سنوات\". ويضيف: \"سأبدأ من جديد\".",
        );
        assert_eq!(s.len(), 3, "{s:?}");
        assert_eq!(s[1].1.as_deref(), Some("سليم الحوراني"));
        assert_eq!(s[2].1.as_deref(), Some("سليم الحوراني"));
        // A relative clause describes her as well; with no one introduced before, unclear.
        let s = speakers(
            "وقال مدير المعبر جمال سلطان إن \"الإجراءات سريعة\".\nوامتلأت الساحة بالحقائب منذ الصباح. وتقول المرأة التي وصلت فجرا: \"انتظرنا طويلا\".",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].1, None);
    }

    #[test]
    fn the_person_described_keeps_the_given_name_before_a_laqab() {
        // محمود حاج علي is one full name: the description names him whole, though the name
        // detector tags علي alone before the bracketed age.
        let s = speakers(
            "وقال مدير المعبر جمال سلطان إن \"الإجراءات سريعة\".\nوعند البوابة، كان محمود حاج علي (52 عاماً) ينزل حقائبه من الشاحنة. ويقول الرجل العائد من بيروت: \"لم أر بيتي منذ عشر سنوات\".",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].1.as_deref(), Some("محمود حاج علي"));
    }

    #[test]
    fn a_full_stop_inside_a_quotation_ends_no_sentence_of_the_story() {
        // The sentence before the description is the whole attribution of the runner, full stop
        // inside her words included: she is the person the description points back to.
        let s = speakers(
            "وقالت العداءة نوال الهاشمي: «ركضت بكل قوتي. لم أتوقع الفوز».\nوأضافت اللاعبة البالغة 22 عاماً: «سأعود أقوى في الموسم المقبل».",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].1.as_deref(), Some("نوال الهاشمي"));
    }

    #[test]
    fn a_description_set_off_by_a_comma_is_left_to_the_reader() {
        // The comma makes the age an apposition to المتهم, which the reader reads as the subject.
        let s = speakers(
            "وقال المحامي سمير الدباغ إن موكله «بريء».\nوقال المتهم، البالغ من العمر 48 سنة: «لم أسرق شيئاً».",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].1.as_deref(), Some("المتهم"));
    }

    #[test]
    fn a_kunya_before_the_mention_is_part_of_the_name_the_description_points_to() {
        // أم opens the woman's name (mother of سامي): the description names her whole, أم
        // included, not a man called سامي الخطيب.
        let s = speakers(
            "وقال مدير البلدية جمال سلطان: \"الوضع صعب\".\nتبيع أم سامي الخطيب الخبز أمام بيتها. وتقول المرأة البالغة 51 عاما «لم يبق لنا غير هذا».",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].1.as_deref(), Some("أم سامي الخطيب"));
    }

    #[test]
    fn a_description_with_an_age_and_no_person_before_it_is_unclear() {
        // No person is named in the sentence before: the speaker is unclear, not the official.
        let s = speakers(
            "وقال مدير البلدية جمال سلطان: \"الوضع صعب\".\nوامتلأت السوق بالباعة منذ الصباح. ويقول الشاب البالغ 27 عاما «تعلمت المهنة من أبي».",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert_eq!(s[1].1, None);
    }
}
