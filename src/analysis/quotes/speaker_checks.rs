//! Two last readings of the speakers the reader and continuity gave (issue 12, probe41): a
//! speaker phrase never opens with a preposition, and a bare definite unnamed-source noun
//! (وأضاف المسؤول) is the one unnamed source the story introduced before it with that noun.

use super::{Quote, Via, speaker};
use crate::analysis::Context;
use crate::text::normalize::identity;
use std::ops::Range;

/// Makes unclear (no speaker, no person) every attribution of `quotes` whose speaker phrase
/// opens with a preposition ([`speaker::opens_with_preposition`]: لخط الربط). Reason: a
/// prepositional phrase is a complement in its clause, never its subject, so a speaker read from
/// one is a misreading, and a blank beats a wrong name.
pub(super) fn unclear_after_preposition(
    cx: &Context,
    quotes: &mut [Quote],
    persons: &[Range<usize>],
) {
    for q in quotes.iter_mut() {
        let Some(at) = q.attribution.as_mut() else {
            continue;
        };
        let Some((r, _)) = &at.speaker else {
            continue;
        };
        if speaker::opens_with_preposition(cx, persons, r) {
            at.speaker = None;
            at.person = None;
            at.anonymous = false;
        }
    }
}

/// Gives every attribution of `quotes` whose speaker is one definite word, ال + a noun, named by
/// no person (المسؤول، المصدر), the unnamed source the story wrote before it with that noun as
/// its head (مسؤول في إدارة الشركة، مسؤولاً في نقابة ...), when exactly one such source stands
/// before it: an anonymous-source phrase of the credits scan or the anonymous speaker of a
/// quotation. The speaker becomes that source's phrase (its byte range and text), marked
/// anonymous, found by [`Via::RoleAnaphor`]. Reason: the article on the noun an indefinite
/// unnamed source was introduced with (قال مسؤول ... وأضاف المسؤول) is the article of anaphora,
/// pointing back to that source; with two such sources before it the noun is ambiguous and is
/// left as read. Linear in the sources and quotations after sorting them (one sweep, a map of
/// head nouns).
pub(super) fn unnamed_source_anaphor(cx: &Context, quotes: &mut [Quote]) {
    use std::collections::{BTreeMap, HashMap};
    // The sources, the credits scan's first, then the quotations' anonymous speakers, each kept
    // unless it overlaps one kept before (kept ranges never overlap, so the kept range with the
    // greatest start before a range's end is the only one it can overlap).
    let mut kept: BTreeMap<usize, (usize, String)> = BTreeMap::new();
    let mut keep = |r: &Range<usize>, t: &str| {
        let clash = kept
            .range(..r.end)
            .next_back()
            .is_some_and(|(_, (end, _))| *end > r.start);
        if !clash {
            kept.insert(r.start, (r.end, t.to_string()));
        }
    };
    for a in &cx.credits().anonymous {
        if let Some(t) = cx.doc.source.get(a.range.clone()) {
            keep(&a.range, t);
        }
    }
    for q in quotes.iter() {
        if let Some(at) = q.attribution.as_ref().filter(|at| at.anonymous)
            && let Some((r, t)) = &at.speaker
        {
            keep(r, t);
        }
    }
    if kept.is_empty() {
        return;
    }
    let mut sources: Vec<(Range<usize>, String)> =
        kept.into_iter().map(|(a, (b, t))| (a..b, t)).collect();
    sources.sort_by_key(|(r, _)| r.end);
    // The quotations to resolve, by where their speaker starts; the sources that end before it
    // are counted by head noun as the sweep goes.
    let mut asks: Vec<(usize, usize, String)> = quotes
        .iter()
        .enumerate()
        .filter_map(|(k, q)| {
            let at = q.attribution.as_ref()?;
            let (r, t) = at.speaker.as_ref()?;
            (!at.anonymous && at.person.is_none())
                .then(|| definite_noun(t).map(|noun| (r.start, k, noun)))?
        })
        .collect();
    asks.sort_by_key(|&(start, k, _)| (start, k));
    let mut heads: HashMap<String, (usize, usize)> = HashMap::new();
    let mut next = 0;
    for (start, k, noun) in asks {
        while let Some((_, t)) = sources.get(next).filter(|(r, _)| r.end <= start) {
            for key in head_keys(t) {
                heads.entry(key).or_insert((0, next)).0 += 1;
            }
            next += 1;
        }
        if let Some(&(1, i)) = heads.get(&noun)
            && let Some(at) = quotes[k].attribution.as_mut()
        {
            at.speaker = Some(sources[i].clone());
            at.anonymous = true;
            at.via = Via::RoleAnaphor;
        }
    }
}

/// Names the group behind every attribution of `quotes` whose speaker opens with a dual
/// partitive pronoun (أحدهما، إحداهما: "one of the two"): the nearest unnamed source before the
/// speaker (an anonymous-source phrase of the credits scan or the anonymous speaker of a
/// quotation), in its paragraph or the two before, whose first word is a dual noun (ان/ين),
/// the source as first written (no article) preferred to its definite mentions (المصدران). The
/// speaker is shown as the pronoun with that source in brackets (أحدهما (مصدران مطلعان)),
/// anonymous and named by no person, found by [`Via::RoleAnaphor`]. Reason: the pronoun suffix
/// refers to the pair just named, so the member is one of that unnamed pair, which is what the
/// reader can name; with no such pair the pronoun is left as read. The plural أحدهم is left as
/// read too: one of a crowd speaks for himself, and copy keeps him so.
pub(super) fn partitive_group(cx: &Context, quotes: &mut [Quote]) {
    if !quotes.iter().any(|q| {
        q.attribution
            .as_ref()
            .and_then(|at| at.speaker.as_ref())
            .is_some_and(|(_, t)| partitive_number(t) == Some(true))
    }) {
        return;
    }
    // The unnamed sources: the credits scan's phrases and the anonymous speakers of quotations.
    let mut sources: Vec<(Range<usize>, String)> = cx
        .credits()
        .anonymous
        .iter()
        .filter_map(|a| {
            Some((
                a.range.clone(),
                cx.doc.source.get(a.range.clone())?.to_string(),
            ))
        })
        .collect();
    sources.extend(quotes.iter().filter_map(|q| {
        let at = q.attribution.as_ref().filter(|at| at.anonymous)?;
        let (r, t) = at.speaker.as_ref()?;
        partitive_number(t)
            .is_none()
            .then(|| (r.clone(), t.clone()))
    }));
    for q in quotes.iter_mut() {
        let Some(at) = q.attribution.as_mut() else {
            continue;
        };
        let Some((r, t)) = &at.speaker else {
            continue;
        };
        if partitive_number(t) != Some(true) {
            continue;
        }
        let Some(here) = cx.doc.paragraph_of(r.start) else {
            continue;
        };
        let candidates = || {
            sources
                .iter()
                .filter(|(g, _)| g.end <= r.start)
                .filter(|(g, _)| cx.doc.paragraph_of(g.start).is_some_and(|p| p + 2 >= here))
                .filter(|(_, t)| t.split_whitespace().next().is_some_and(dual_noun))
        };
        // The group as introduced (no article) before its definite mentions (المصدران).
        let group = candidates()
            .filter(|(_, t)| !t.starts_with("ال"))
            .max_by_key(|(g, _)| g.end)
            .or_else(|| candidates().max_by_key(|(g, _)| g.end))
            .cloned();
        if let Some((_, g)) = group {
            let shown = format!("{t} ({g})");
            at.speaker = Some((r.clone(), shown));
            at.person = None;
            at.anonymous = true;
            at.via = Via::RoleAnaphor;
        }
    }
}

/// `Some(true)` when the first word of `t` (after و/ف) is a dual partitive pronoun (أحدهما،
/// إحداهما), `Some(false)` when it is a plural one (أحدهم، إحداهن، إحداهم، أحدهن), `None`
/// otherwise.
fn partitive_number(t: &str) -> Option<bool> {
    let first = identity(t.split_whitespace().next()?);
    let first = match first.strip_prefix(['و', 'ف']) {
        Some(r) if r.starts_with("اح") => r,
        _ => first.as_str(),
    };
    match first {
        "احدهما" | "احداهما" => Some(true),
        "احدهم" | "احداهن" | "احداهم" | "احدهن" => Some(false),
        _ => None,
    }
}

/// True when the word `w` has the ending of a dual noun (ان in the nominative, ين otherwise,
/// read on its identity key; the accusative alif and a comma are ignored).
fn dual_noun(w: &str) -> bool {
    let k = identity(w.trim_end_matches(['،', ',']));
    crate::analysis::names::at_least_chars(&k, 4) && (k.ends_with("ان") || k.ends_with("ين"))
}

/// The identity key of the noun of `t` when `t` is one word written with the article (المسؤول →
/// مسوول), of three letters or more after it; `None` otherwise.
fn definite_noun(t: &str) -> Option<String> {
    let t = t.trim();
    if t.contains(char::is_whitespace) {
        return None;
    }
    let noun = identity(t.strip_prefix("ال")?);
    (noun.chars().count() >= 3).then_some(noun)
}

/// The identity keys a phrase `t` is headed by: its first word's key, and that key without the
/// accusative's alif (مسؤولاً → مسوول); none for an empty phrase.
fn head_keys(t: &str) -> Vec<String> {
    let Some(first) = t.split_whitespace().next() else {
        return Vec::new();
    };
    let first = identity(first.trim_end_matches(['،', ',']));
    let bare = first.strip_suffix('ا').map(str::to_string);
    std::iter::once(first).chain(bare).collect()
}

#[cfg(test)]
mod tests {
    use super::super::speaker::tests::speakers;

    #[test]
    fn a_speaker_never_opens_with_a_preposition() {
        // The reader would take «لسد الوادي» for a name; a prepositional phrase is no subject.
        for s in [
            "وبحسب المهندس المسؤول عن الصيانة لسد الوادي، فإن التصدعات \"سطحية\".",
            "ووفق مديرة المدرسة في حي النور، فإن الطلاب \"عادوا إلى الصفوف\".",
        ] {
            for (_, sp, _) in speakers(s) {
                let sp = sp.unwrap_or_default();
                assert!(
                    !["ل", "ب", "ك", "في ", "عن ", "من "]
                        .iter()
                        .any(|p| sp.starts_with(p)),
                    "{s}: {sp}"
                );
            }
        }
    }

    #[test]
    fn a_definite_unnamed_noun_is_the_one_unnamed_source_before_it() {
        assert_eq!(
            speakers(
                "وقال مصدر في نقابة المعلمين، طلب عدم الكشف عن هويته، إن الإضراب \"مستمر\". وأضاف المصدر أن الوزارة \"لم ترد على المطالب\"."
            ),
            vec![
                (true, Some("مصدر في نقابة المعلمين".to_string()), true),
                (
                    true,
                    Some("مصدر في نقابة المعلمين، طلب عدم الكشف عن هويته".to_string()),
                    true
                ),
            ]
        );
        // The accusative after غير أن, and another noun (موظف).
        let read = speakers(
            "غير أن موظفاً في بلدية الميناء، رفض ذكر اسمه، قال إن العمال \"لم يتقاضوا رواتبهم\". وتابع الموظف أن الإدارة \"وعدت بالدفع\".",
        );
        assert_eq!(read.len(), 2);
        assert!(
            read[1]
                .1
                .as_deref()
                .is_some_and(|s| s.starts_with("موظفاً في بلدية الميناء"))
        );
        assert!(read[1].2);
    }

    #[test]
    fn one_of_a_dual_unnamed_source_is_that_source() {
        let read = speakers(
            "وقال مصدران أمنيان لوكالة محلية إن الهجوم \"كان متوقعا\".\n\nوقال أحدهما إن \"الحراسة لم تكن كافية\".",
        );
        assert_eq!(read.len(), 2);
        let (first, last) = (&read[0], &read[1]);
        assert!(first.2, "{read:?}");
        let group = first.1.clone().unwrap_or_default();
        assert_eq!(last.1, Some(format!("أحدهما ({group})")), "{read:?}");
        assert!(last.2);
        // A plural pronoun is left as read.
        let read = speakers(
            "وقال مصدران أمنيان لوكالة محلية إن الهجوم \"كان متوقعا\".\n\nوقال أحدهم إن \"الحراسة لم تكن كافية\".",
        );
        assert_eq!(read.last().and_then(|r| r.1.as_deref()), Some("أحدهم"));
    }

    #[test]
    fn a_definite_unnamed_noun_after_two_such_sources_is_left_as_read() {
        let read = speakers(
            "وقال مسؤول في وزارة النقل إن الطريق \"سيفتح غداً\". وقال مسؤول في البلدية إن الأشغال \"تأخرت\". وأضاف المسؤول أن الكلفة \"ارتفعت\".",
        );
        assert_eq!(read[2].1.as_deref(), Some("المسؤول"));
    }
}
