//! A post named with no holder (وأكد الوالي، وقال وزير الصحة) that repeats a post the story gave a
//! named holder before (أشرف والي باتنة، فلان الفلاني، على ...) stands for that holder (speak44b,
//! probe42): the role anaphor of a post.

use super::super::speaker::{Named, bare_of, breaks_phrase, gap, in_person, read_np, unknown_word};
use super::{apposed_name, holder_after_post, same_title, without_article};
use crate::analysis::Context;
use std::ops::Range;

/// The proclitics a post's head may carry where the story names it (و، ف، ب، ل, with or without
/// the article): the closed class of one-letter proclitics of Arabic nouns.
const HEAD_FORMS: [&str; 10] = ["", "ال", "و", "وال", "ف", "فال", "ب", "بال", "ل", "لل"];

/// How many earlier mentions of a post [`earlier_holder`] reads (the nearest first).
const MENTIONS: usize = 12;

/// The person the title-only speaker `n` (a post alone: الوالي، وزير التنمية الحيوانية، الكاتب
/// العام) refers to when the story named that post earlier with its holder: each earlier mention
/// of the post's head noun (with or without the article, after a proclitic) that heads its own
/// post ([`same_title`]) and is followed by the words of `n` after its head (its genitive or
/// adjectives, the article aside: الوالي matches والي باتنة, وزير التنمية matches وزير التنمية
/// الحيوانية) is read for a holder: the speaker phrase the reader reads from it (`read_np`, up to
/// its sentence's end), else a name in apposition after it ([`apposed_name`]) or after its
/// complements ([`holder_after_post`]). Reason: a definite post, or the head of a construct post
/// with the article, refers back to the one person the story has given that post, as a pronoun
/// does. Only when the holders found are one person (each shares a word of its name with the next
/// nearer one); two people with that post leave it as written. Returns the post as written with the holder's name in brackets
/// (range: the post's); `None` otherwise.
pub(super) fn earlier_holder(cx: &Context, persons: &[Range<usize>], n: &Named) -> Option<Named> {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    let wi = cx.doc.word_index_containing(n.range.start);
    let we = cx.doc.words.partition_point(|w| w.end() <= n.range.end);
    let head = cx.doc.words.get(wi)?;
    if we <= wi || we > nw {
        return None;
    }
    // The head's key as the reader reads it (with the article or after و: والي, ووزير).
    let head_key = head
        .key_readings()
        .iter()
        .map(|(_, rd)| without_article(rd))
        .find(|rd| rd.chars().count() >= 3 && same_title(cx, wi, rd))?
        .to_string();
    let rest: Vec<&str> = (wi + 1..we)
        .map(|k| without_article(cx.doc.words[k].key.as_str()))
        .collect();
    let mut mentions: Vec<usize> = Vec::new();
    for f in HEAD_FORMS {
        let key = format!("{f}{head_key}");
        mentions.extend(
            cx.words_of_key(&key)
                .take_while(|&j| j < wi)
                .filter(|&j| same_title(cx, j, &head_key) && follows(cx, j, &rest)),
        );
    }
    mentions.sort_unstable();
    mentions.dedup();
    let mut holder: Option<Range<usize>> = None;
    for &j in mentions.iter().rev().take(MENTIONS) {
        let Some(h) = holder_at(cx, persons, j, j + 1 + rest.len()) else {
            continue;
        };
        match &holder {
            Some(first) if !same_person(cx, first, &h) => return None,
            // The earliest mention introduces the holder most fully.
            _ => holder = Some(h),
        }
    }
    n.with_holder(cx.doc.source, holder?)
}

/// True when the words right after word `j` (only spaces between) have, without the article, the
/// keys `rest` in order: the post's genitive or adjectives as the speaker phrase gives them.
fn follows(cx: &Context, j: usize, rest: &[&str]) -> bool {
    rest.iter().enumerate().all(|(o, key)| {
        let k = j + 1 + o;
        cx.doc.words.get(k).is_some_and(|w| {
            !breaks_phrase(gap(cx, k - 1, k)) && without_article(w.key.as_str()) == *key
        })
    })
}

/// How many words after a post's mention [`holder_at`] reads at most for its holder (a post
/// phrase, its holder's name and its asides fit well within it).
const HOLDER_REACH: usize = 40;

/// The holder's name (bytes) of the post mentioned at words `j..e`: the name inside the speaker
/// phrase the reader reads from word `j` to its sentence's end when it starts after the post's
/// head, else the name in apposition or after the post's complements. `None` when none is read.
fn holder_at(cx: &Context, persons: &[Range<usize>], j: usize, e: usize) -> Option<Range<usize>> {
    let head = cx.doc.words.get(j)?;
    // At most `HOLDER_REACH` words: a sentence with no end mark must not make each call read to
    // the story's end.
    let reach = (j + 1 + HOLDER_REACH).min(cx.doc.words.len());
    let limit = (j + 1..reach)
        .find(|&k| super::ends_sentence(gap(cx, k - 1, k)))
        .unwrap_or(reach);
    if let Some(np) = read_np(cx, persons, j, limit)
        && let Some(name) = np.name
        && name.start > head.start()
        && is_name(cx, persons, &name)
    {
        return Some(name);
    }
    let last = cx.doc.words.get(e.checked_sub(1)?)?;
    let post = Named {
        text: cx.doc.source.get(head.start()..last.end())?.to_string(),
        range: head.start()..last.end(),
        name: None,
        anonymous: false,
        title_only: true,
    };
    apposed_name(cx, persons, &post)
        .or_else(|| holder_after_post(cx, persons, &post))
        .and_then(|h| h.name)
        .filter(|name| is_name(cx, persons, name))
}

/// True when the words at byte range `r` read as a person's name: one of them is a person
/// mention's (`persons`), a listed given name or a word the dictionary does not know, there are
/// two words or more, the first is no verb (unless a given name or a mention's), and none is a
/// listed place nor is the first a noun of a place (ولاية شمال كردفان:
/// `names::is_place_noun`), and no word after the first opens with the conjunction و unless it is
/// a given name or a mention's. A post's complement names its domain, never its holder, and words
/// the reader ran into (a verb: المتحدث عاد; a conjunction joining a second clause: ووفي سياق
/// كلامه) are no name: the holder is taken only on such evidence.
pub(super) fn is_name(cx: &Context, persons: &[Range<usize>], r: &Range<usize>) -> bool {
    let a = cx.doc.word_index_at(r.start);
    let b = cx
        .doc
        .words
        .partition_point(|w| w.end() <= r.end)
        .min(cx.lex.words.len());
    let place = (a..b).any(|k| cx.lex.words[k].place > 0)
        || cx.doc.words.get(a).is_some_and(|w| {
            // (`bare_of` strips a و that may be the noun's own letter: ولاية.)
            [w.key.as_str(), bare_of(&w.key)]
                .iter()
                .any(|k| crate::analysis::names::is_place_noun(without_article(k)))
        });
    let named = (a..b).any(|k| {
        in_person(cx, persons, k)
            || cx.lex.words[k].given > 0
            || unknown_word(cx, &cx.doc.words[k].plain)
    });
    // A story introduces a holder with a full name: one word alone, or a run opening with a verb
    // that no list or mention makes a name, is words the reader ran into (المتحدث عاد ...).
    let verb_first = a < b
        && cx.lex.words[a].given == 0
        && !in_person(cx, persons, a)
        && (cx.lex.words[a].verb() || super::subjects::plain_verb(cx, a));
    // A word opening with the conjunction و after the first, no given name of the list nor a
    // mention's nor the patronymic ولد (سيدي محمد ولد الداه), joins a second clause or noun: the
    // reader ran past the name (عاد ووفي سياق كلامه).
    let conjunction_inside = (a + 1..b).any(|k| {
        cx.doc.words[k].plain.starts_with('و')
            && cx.doc.words[k].plain != "ولد"
            && cx.lex.words[k].given == 0
            && !in_person(cx, persons, k)
    });
    named && !place && !verb_first && !conjunction_inside && b >= a + 2
}

/// True when the names at byte ranges `a` and `b` share a word of three letters or more (by
/// key): the same person named twice (سيد أحمد ولد محمد الأمين، ولد محمد الأمين).
fn same_person(cx: &Context, a: &Range<usize>, b: &Range<usize>) -> bool {
    let long = |w: &&crate::text::Word| w.key.chars().count() >= 3;
    cx.doc.words_in(a.clone()).iter().filter(long).any(|x| {
        cx.doc
            .words_in(b.clone())
            .iter()
            .filter(long)
            .any(|y| x.key == y.key)
    })
}

#[cfg(test)]
mod tests {
    use super::super::pointing_back::speakers;

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn a_bare_post_is_the_holder_the_story_named_with_it_before() {
        // The definite head of a construct post named with its holder in apposition.
        let s = speakers(
            "افتتح محافظ الإسكندرية، كمال الدين الشاذلي، المعرض صباح اليوم.\n\n\
             وقال المحافظ إن \"المعرض يفتح أبوابه للجميع\".",
        );
        assert_eq!(s, vec![some("المحافظ (كمال الدين الشاذلي)")]);
        // The same construct post, repeated whole, after a verb of another kind.
        let s = speakers(
            "ترأس وزير الصحة العامة، الدكتور نبيل فرحات، اجتماع اللجنة.\n\n\
             وأكد وزير الصحة العامة أن \"اللقاحات متوفرة\"، مشيرا إلى أن \"الحملة تبدأ غدا\".",
        );
        assert_eq!(
            s,
            vec![
                some("وزير الصحة العامة (نبيل فرحات)"),
                some("وزير الصحة العامة (نبيل فرحات)")
            ]
        );
    }

    #[test]
    fn a_run_with_a_conjunction_after_a_post_is_no_holder() {
        // Written for this test: after «المتحدث» the words run into a clause joined by و (and a
        // misspelt ووسط); later «وقال المتحدث» has no holder to resume.
        let s = speakers(
            "وأوضح البيان أن المتحدث سار ووسط حديثه أشار إلى الاتفاق.

             وقال المتحدث إن \"الاتفاق قائم\".",
        );
        assert_eq!(s, vec![some("المتحدث")]);
        // Quiet test: the Mauritanian patronymic ولد inside the holder's name is no conjunction.
        let s = speakers(
            "وافتتح وزير المياه، السيد أحمد ولد الطالب، المحطة صباح اليوم.\n\n\
             وقال وزير المياه إن \"المحطة تخدم المدينة\".",
        );
        assert_eq!(s, vec![some("وزير المياه (أحمد ولد الطالب)")]);
    }

    #[test]
    fn a_bare_post_two_people_held_before_is_left_as_written() {
        // Two governors introduced: الوالي alone may be either.
        let s = speakers(
            "حضر الاجتماع والي باتنة، محمد الصالح بوعكاز، ووالي سطيف، عبد الحكيم شاطر.\n\n\
             وقال الوالي إن \"الموسم جيد\".",
        );
        assert_eq!(s, vec![some("الوالي")]);
        // One governor introduced by a verb of another kind, the post resumed by its head with
        // the article.
        let s = speakers(
            "وقد أشرف والي باتنة، محمد الصالح بوعكاز، على مراسم التشغيل.\n\n\
             وقال البروفيسور نور الدين بن زروق إن \"الوحدة جاهزة\".\n\n\
             وفي كلمة له بالمناسبة، دعا الوالي إلى \"ضمان استمرارية الخدمة\".",
        );
        assert_eq!(
            s.last().cloned().flatten().as_deref(),
            Some("الوالي (محمد الصالح بوعكاز)")
        );
    }
}
