//! The holder of a post-only speaker, named later where the story restates the post with its
//! holder's name in apposition (issue 12, probe12): وقال المتحدث باسم الوزارة إن «...». ولم يحدد
//! المتحدث، فلان الفلاني، موعداً — or — وأكد فلان الفلاني، المتحدث باسم الوزارة، أن ...

use super::super::speaker::{
    Gender, Named, bare_key, breaks_phrase, function, gap, identifying_word, post_gender, read_np,
};
use super::super::{Quote, Via};
use crate::analysis::Context;
use std::ops::Range;

/// The general nouns a story restates any post with (the official), masculine and feminine, as
/// identity keys: the words of Modern Standard Arabic news prose for "the official", written for
/// isnad, not drawn from any corpus.
const OFFICIAL: &[(&str, Gender)] = &[
    ("المسؤول", Gender::Masculine),
    ("المسئول", Gender::Masculine),
    ("المسؤوله", Gender::Feminine),
    ("المسئوله", Gender::Feminine),
];

/// How many words a holder's name may have in the apposition (given name, particles, family
/// names: محمد ولد عبد الله).
const MAX_NAME_WORDS: usize = 5;

/// Gives every quotation attributed to a post alone (no name, no unnamed source) the holder's
/// name when, later in the same paragraph or in the next, before anyone else is quoted, the story
/// restates the post with a name in apposition between commas: the post's own head noun with the
/// article or the general «المسؤول» followed by «، name،» (ولم يحدد المتحدث، فلان، موعداً), or a
/// name followed by «، » and the post's head noun (وأكد فلان، المتحدث باسم ...، أن). Reason: the
/// definite article on a post noun already used refers back to the post's holder, and an
/// apposition between commas says who that same person is. Limits: the name must be new to the
/// story (its last word not met before the post), a general «المسؤول» must agree with the post's
/// gender, and the search stops at the first other mention of the same head noun that is not such
/// an apposition (another post of the same kind, such as المتحدث باسم الجيش, makes the reference
/// ambiguous) and at the first quotation attributed to another speaker. The speaker text becomes
/// "post (name)" (the speaker range stays the post's; `person` is the name's byte range) on every
/// quotation whose speaker is the same post phrase (same byte range).
pub(super) fn holders_restated(cx: &Context, quotes: &mut [Quote], persons: &[Range<usize>]) {
    // The quotations' speaker phrases, sorted by start, made once: each post searches only
    // those after it (the first that is another speaker's), not every quotation of the story.
    let speakers = speakers_by_start(quotes);
    let mentions = Overlaps::of(persons);
    super::post_holder::name_post_holders(cx, quotes, Via::RestatedPost, true, |_, q, r, text| {
        let unnamed = q.attribution.as_ref().is_some_and(|a| a.anonymous);
        restated_holder(cx, persons, &mentions, &speakers, r, text, unnamed)
    });
}

/// Byte ranges (half-open) sorted by start, with the greatest end among each range and those
/// before it: whether any range overlaps a given one is a binary search, not a walk.
struct Overlaps {
    /// (start, greatest end of the ranges up to this one), by start.
    ends: Vec<(usize, usize)>,
}

impl Overlaps {
    /// The index of `ranges` (any order).
    fn of(ranges: &[Range<usize>]) -> Overlaps {
        let mut ends: Vec<(usize, usize)> = ranges.iter().map(|p| (p.start, p.end)).collect();
        ends.sort_unstable();
        let mut most = 0;
        for e in &mut ends {
            most = most.max(e.1);
            e.1 = most;
        }
        Overlaps { ends }
    }

    /// True when one of the ranges overlaps `r` (starts before `r` ends and ends after `r`
    /// starts).
    fn any_overlaps(&self, r: &Range<usize>) -> bool {
        let before_end = self.ends.partition_point(|e| e.0 < r.end);
        before_end > 0 && self.ends[before_end - 1].1 > r.start
    }
}

/// The byte ranges of the speaker phrases of `quotes` (those attributed with a speaker), sorted
/// by start (a stable sort: equal starts keep the quotations' order).
fn speakers_by_start(quotes: &[Quote]) -> Vec<Range<usize>> {
    let mut speakers: Vec<Range<usize>> = quotes
        .iter()
        .filter_map(|q| q.attribution.as_ref()?.speaker.as_ref())
        .map(|(s, _)| s.clone())
        .collect();
    speakers.sort_by_key(|s| s.start);
    speakers
}

/// The byte range of the holder's name of the post at byte range `r` (text `text`), found after
/// the post as [`holders_restated`] says; `None` when the post is no post (its first word is no
/// title, or a person mention lies inside it) or no restatement with a new name is found. An
/// unnamed source (`unnamed`: مسؤولة في الوزارة، خبيرة الأرصاد في المركز) is such a post when
/// its head is one indefinite singular noun: the same noun restated with the article and a name
/// in apposition (المسؤولة، فلانة الفلانية،) refers back to the one person it described, so the
/// story names its source after all. `mentions` indexes `persons` ([`Overlaps`]); `speakers` are the byte ranges of every quotation's speaker
/// phrase, sorted by start ([`speakers_by_start`]): the search stops at the first after the post
/// that is another speaker's.
fn restated_holder(
    cx: &Context,
    persons: &[Range<usize>],
    mentions: &Overlaps,
    speakers: &[Range<usize>],
    r: &Range<usize>,
    text: &str,
    unnamed: bool,
) -> Option<Range<usize>> {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    let head = cx.doc.word_index_containing(r.start);
    let post = cx.lex.words.get(head)?.title > 0 || (unnamed && singular_indefinite(cx, head));
    if !post || mentions.any_overlaps(r) {
        return None;
    }
    let post = Named {
        range: r.clone(),
        text: text.to_string(),
        anonymous: false,
        title_only: true,
        name: None,
    };
    let gender = post_gender(cx, &post);
    let head_key = bare_key(cx, head);
    let definite = if head_key.starts_with("ال") {
        head_key.to_string()
    } else {
        format!("ال{head_key}")
    };
    let same_head = |j: usize| bare_key(cx, j) == definite;
    let official = |j: usize| {
        OFFICIAL
            .iter()
            .any(|(k, g)| bare_key(cx, j) == *k && gender.is_none_or(|pg| pg == *g))
    };
    let from = cx.doc.words.partition_point(|w| w.start() < r.end);
    let stop = search_end(cx, speakers, r, |j| j < nw && (same_head(j) || official(j)))?;
    for j in from..nw {
        if j >= stop {
            return None;
        }
        // (The one bare key of the word, compared with the restated noun and the general
        // «المسؤول»: cheaper than asking both tests, this runs at every word of the search.)
        let key = bare_key(cx, j);
        if key != definite && !OFFICIAL.iter().any(|(k, _)| key == *k) {
            continue;
        }
        if !(same_head(j) || official(j)) {
            continue;
        }
        if let Some(name) = name_after(cx, persons, j).or_else(|| name_before(cx, persons, j))
            && new_to_story(cx, head, &name)
        {
            return Some(name);
        }
        if same_head(j) {
            return None;
        }
    }
    None
}

/// The word index (exclusive) where the search for the holder of the post at byte range `r`
/// ends: the end of the paragraph after the post's, or the first speaker phrase of `speakers`
/// (sorted by start, [`speakers_by_start`]) after the post that is another speaker's, whichever
/// comes first. A speaker phrase that opens with the restated noun (`restates`, asked of its
/// first word's index: وأوضح المتحدث، فلان، أن «...») is the restatement's own clause, not
/// another speaker. `None` when `r` lies in no paragraph.
fn search_end(
    cx: &Context,
    speakers: &[Range<usize>],
    r: &Range<usize>,
    restates: impl Fn(usize) -> bool,
) -> Option<usize> {
    let pr = cx.doc.paragraph_of(r.start)?;
    // (`speakers` is sorted by start: the first one after the post that passes is the nearest.)
    let after = speakers.partition_point(|s| s.start < r.end);
    let other = speakers[after..]
        .iter()
        .filter(|s| *s != r)
        .find(|s| !restates(cx.doc.word_index_containing(s.start)))
        .map_or(usize::MAX, |s| s.start);
    // The words up to the end of the next paragraph (every word lies in a paragraph), and
    // before the other speaker.
    let last = cx.doc.paragraphs.get(pr + 1).map_or(usize::MAX, |p| p.end);
    Some(
        cx.doc
            .words
            .partition_point(|w| w.start() <= last && w.start() < other),
    )
}

/// The byte range of the name in apposition after the restated post noun at word `j`: «j، name،»
/// with a comma on both sides, the name read whole by the phrase reader (no title, at most
/// [`MAX_NAME_WORDS`] words). `None` otherwise.
fn name_after(cx: &Context, persons: &[Range<usize>], j: usize) -> Option<Range<usize>> {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    if j + 1 >= nw || !comma_only(gap(cx, j, j + 1)) {
        return None;
    }
    let a = if identifying_word(cx, j + 1) && gap(cx, j + 1, j + 2).trim().is_empty() {
        j + 2
    } else {
        j + 1
    };
    let end = (a + 1..=(a + MAX_NAME_WORDS).min(nw))
        .find(|&e| e == nw || breaks_phrase(gap(cx, e - 1, e)))?;
    if end == nw || !comma_only(gap(cx, end - 1, end)) {
        return None;
    }
    whole_name(cx, persons, a, end)
}

/// True when word `k` is one indefinite singular noun: no article, no dual or plural ending
/// (ان، ون، ين، ات), Arabic letters. An unnamed source so written is one person.
fn singular_indefinite(cx: &Context, k: usize) -> bool {
    let key = bare_key(cx, k);
    cx.doc.words[k].kind() == crate::text::WordKind::Arabic
        && !key.starts_with("ال")
        && !["ان", "ون", "ين", "ات"].iter().any(|s| key.ends_with(s))
}

/// The byte range of the name right before the restated post noun at word `j` when a comma
/// alone stands between them and the name opens its clause (after a verb, a conjunction or
/// punctuation): «name، j ...». `None` otherwise.
fn name_before(cx: &Context, persons: &[Range<usize>], j: usize) -> Option<Range<usize>> {
    if j < 2 || !comma_only(gap(cx, j - 1, j)) || !bare_key(cx, j).starts_with("ال") {
        return None;
    }
    // The name runs back from the comma to a break or a verb (at most MAX_NAME_WORDS words).
    let mut s = j - 1;
    while s > 0
        && j - s < MAX_NAME_WORDS
        && !breaks_phrase(gap(cx, s - 1, s))
        && !cx.lex.words[s - 1].verb()
        && !function(cx, s - 1)
    {
        s -= 1;
    }
    let opens = s == 0 || breaks_phrase(gap(cx, s - 1, s)) || cx.lex.words[s - 1].verb();
    if !opens {
        return None;
    }
    whole_name(cx, persons, s, j)
}

/// The byte range of the name when words `a..b` read as a person's name and nothing else (the
/// phrase reader gives a name covering every word, with no title before it).
fn whole_name(cx: &Context, persons: &[Range<usize>], a: usize, b: usize) -> Option<Range<usize>> {
    let n = read_np(cx, persons, a, b)?;
    let name = n.name.clone()?;
    let first = cx.doc.words.get(a)?;
    let last = cx.doc.words.get(b - 1)?;
    (!n.anonymous
        && !n.title_only
        && name.start == first.start()
        && name.end == last.end()
        && cx.lex.words.get(a).is_some_and(|t| t.title == 0))
    .then_some(name)
}

/// True when the name at byte range `name` is new to the story at the post's first word `head`:
/// no word before the post has the name's last word as its key (a surname already met belongs to
/// someone already introduced).
fn new_to_story(cx: &Context, head: usize, name: &Range<usize>) -> bool {
    let words = cx.doc.words_in(name.clone());
    let Some(last) = words.last() else {
        return false;
    };
    let k = cx.doc.word_index_containing(last.start());
    !super::post_holder::surname_met_before(cx, k, head)
}

/// True for a gap between two words that holds a comma and nothing else but spaces.
fn comma_only(g: &str) -> bool {
    let t = g.trim();
    t == "،" || t == ","
}

#[cfg(test)]
mod tests {
    use super::super::pointing_back::speakers;
    use super::Overlaps;

    #[test]
    fn overlaps_says_what_a_walk_over_the_ranges_says() {
        // Nested, touching, empty and unsorted ranges.
        let ranges = [10..20, 12..14, 30..30, 25..40, 0..3, 41..42];
        let index = Overlaps::of(&ranges);
        for start in 0..45 {
            for end in start..46 {
                let r = start..end;
                let walk = ranges.iter().any(|p| p.start < r.end && r.start < p.end);
                assert_eq!(index.any_overlaps(&r), walk, "{r:?}");
            }
        }
        assert!(index.any_overlaps(&(14..15)) && !index.any_overlaps(&(20..25)));
        assert!(!Overlaps::of(&[]).any_overlaps(&(0..10)));
    }

    #[test]
    fn another_speaker_quoted_before_the_restatement_ends_the_search() {
        let s = speakers(
            "وقال الناطق باسم وزارة النقل إن الحافلات «ستعود الأسبوع المقبل». وقالت الوزيرة هالة داود إن الطرق «مزدحمة». ولم يذكر الناطق، رامي السعدي، أسباب التأخير.",
        );
        assert_eq!(
            s,
            vec![
                Some("الناطق باسم وزارة النقل".to_string()),
                Some("الوزيرة هالة داود".to_string())
            ]
        );
    }

    #[test]
    fn the_post_noun_restated_with_a_name_between_commas_names_the_holder() {
        let s = speakers(
            "وقال الناطق باسم وزارة النقل إن الحافلات «ستعود الأسبوع المقبل». ولم يذكر الناطق، رامي السعدي، أسباب التأخير.",
        );
        assert_eq!(
            s,
            vec![Some("الناطق باسم وزارة النقل (رامي السعدي)".to_string())]
        );
    }

    #[test]
    fn the_official_restates_any_post() {
        let s = speakers(
            "قالت مديرة مدرسة الأمل في البلدة إن الدروس «ستستأنف غداً». وأضافت المسؤولة، هدى الزعبي، في حديث للإذاعة، أن الصفوف «جاهزة».",
        );
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].as_deref(), Some("مديرة مدرسة الأمل (هدى الزعبي)"));
    }

    #[test]
    fn a_name_followed_by_the_post_noun_names_the_holder() {
        let s = speakers(
            "وقال الناطق باسم وزارة النقل إن الحافلات «ستعود الأسبوع المقبل». ولم يذكر رامي السعدي، الناطق باسم الوزارة، أسباب التأخير.",
        );
        assert_eq!(
            s,
            vec![Some("الناطق باسم وزارة النقل (رامي السعدي)".to_string())]
        );
    }

    #[test]
    fn a_masculine_official_does_not_restate_a_feminine_post() {
        let s = speakers(
            "قالت مديرة مدرسة الأمل في البلدة إن الدروس «ستستأنف غداً». وكان المسؤول، سمير الزعبي، قد زار المدرسة.",
        );
        assert_eq!(s, vec![Some("مديرة مدرسة الأمل".to_string())]);
    }

    #[test]
    fn another_post_of_the_same_noun_ends_the_search() {
        // الناطق باسم الشرطة is another spokesman: the later الناطق may be either.
        let s = speakers(
            "وقال الناطق باسم وزارة النقل إن الحافلات «ستعود الأسبوع المقبل». وقال الناطق باسم الشرطة إن الطرق مفتوحة. ولم يذكر الناطق، رامي السعدي، أسباب التأخير.",
        );
        assert!(!s.is_empty());
        assert_eq!(s[0].as_deref(), Some("الناطق باسم وزارة النقل"));
    }

    #[test]
    fn a_name_met_before_the_post_is_not_its_holder() {
        let s = speakers(
            "زار رامي السعدي المحطة أمس. وقال الناطق باسم وزارة النقل إن الحافلات «ستعود الأسبوع المقبل». ولم يذكر الناطق، رامي السعدي، أسباب التأخير.",
        );
        assert_eq!(s, vec![Some("الناطق باسم وزارة النقل".to_string())]);
    }

    #[test]
    fn the_restatements_own_quotation_is_no_other_speaker() {
        // The second quotation is said in the restating clause itself: it does not end the
        // search before the restatement.
        let s = speakers(
            "وقال الناطق باسم هيئة الطوارئ إن «الحصيلة مرشحة للارتفاع». وأوضح الناطق، رامي السعدي، أن قرى عدة «دمرت بالكامل».",
        );
        assert_eq!(
            s[0].as_deref(),
            Some("الناطق باسم هيئة الطوارئ (رامي السعدي)")
        );
    }

    #[test]
    fn an_unnamed_source_restated_with_a_name_is_named() {
        let s = speakers(
            "وقالت خبيرة الزلازل في المرصد إن الهزات \"ستتواصل أياماً\". وأوضحت الخبيرة، نوال الحمادي، أن \"الصدع نشط منذ سنوات\".",
        );
        assert_eq!(
            s[0].as_deref(),
            Some("خبيرة الزلازل في المرصد (نوال الحمادي)")
        );
    }

    #[test]
    fn she_is_before_the_name_identifies_the_restated_noun() {
        let s = speakers(
            "وقالت مسؤولة في مكتب الإغاثة للصحفيين إن كثيرين «فقدوا منازلهم». وأوضحت المسؤولة، وهي هالة الراشد، أن الفرق ستعمل ليلاً، وتابعت: «رأيت أطفالاً ينامون في العراء».",
        );
        assert_eq!(
            s,
            vec![
                Some("مسؤولة في مكتب الإغاثة (هالة الراشد)".to_string()),
                Some("هالة الراشد".to_string())
            ]
        );
    }
}
