//! The holder of a post-only speaker, named in the sentence right after the quotation (issue 12,
//! probe11): وقال مدير الدفاع المدني: «...». وأضاف العميد فلان الفلاني أن ... — the post spoke,
//! and the next clause names its holder.

use super::super::speaker::{
    Gender, Named, bare_key, breaks_phrase, complementizer, cue_gender, function, gap, post_gender,
    read_np,
};
use super::super::{Quote, Via};
use crate::analysis::Context;
use std::ops::Range;

/// Verbs that by their meaning continue a turn already under way (added, went on, concluded,
/// resumed, digressed, went further), with their feminine forms, as identity keys without و/ف.
/// The list is the continuation verbs of Modern Standard Arabic reporting prose, written for
/// isnad, not drawn from any corpus.
const CONTINUING: &[&str] = &[
    "اضاف",
    "اضافت",
    "تابع",
    "تابعت",
    "ختم",
    "ختمت",
    "استطرد",
    "استطردت",
    "اردف",
    "اردفت",
    "استدرك",
    "استدركت",
    "استانف",
    "استانفت",
    "زاد",
    "زادت",
];

/// How many definite words (a rank, a profession, a post and its definite adjective: اللواء،
/// الطبيب، المحامي العام) may stand between the continuing verb and the holder's name.
const MAX_TITLE_WORDS: usize = 2;

/// Gives every quotation attributed to a post alone (no name, no unnamed source) the holder's
/// name when the quotation ends its sentence (or the same verb's content coordinated by وإن
/// after it does) and the next sentence, in the same paragraph, opens
/// (or the next paragraph opens) with a verb that continues a turn ([`CONTINUING`]: وأضاف، وتابع، وختم) whose subject is at
/// most [`MAX_TITLE_WORDS`] definite words (a rank, a profession) and a person's name the story has not mentioned
/// before. Reason: a verb of continuation says its subject goes on speaking, and a news story
/// that quotes a post first often names its holder in the clause that continues the turn (وقال
/// مدير الإدارة: «...». وأضاف العميد فلان ...); a name already met in the story is someone
/// already introduced, and a verb whose gender disagrees with the post's has another subject,
/// so neither is taken. The speaker text becomes "post (name)" (the speaker range stays the
/// post's; `person` is the name's byte range); every quotation whose speaker is the same post
/// phrase (same byte range, a turn carried on) takes it too.
pub(super) fn holders_named_next(cx: &Context, quotes: &mut [Quote], persons: &[Range<usize>]) {
    let longest = persons.iter().map(|p| p.len()).max().unwrap_or(0);
    name_post_holders(cx, quotes, Via::PostNamedNext, false, |_, q, r, text| {
        holder_in_next_sentence(cx, persons, longest, q, r, text)
    });
}

/// Finds, for each post-only speaker phrase (byte range `r`, text `text`) of a named quotation
/// with no person yet (not anonymous, unless `unnamed_too`: an unnamed source's phrase too), its holder's name with `holder` (given all the
/// quotations, the quotation, the phrase's range and text; the first found per phrase; byte
/// range of the name), then names every quotation whose speaker is that phrase
/// «post (name)» ([`Named::with_holder`]) with the name as its person. One pass over the
/// quotations to apply (a quotation's speaker is one post phrase, so at most one name applies
/// to it): linear in the story, not its square. A quotation so named records step `via`, unless
/// its post was carried over from an earlier clause ([`Via::carried`]), which it keeps. Shared by
/// [`holders_named_next`] and [`super::restated_post::holders_restated`].
pub(super) fn name_post_holders(
    cx: &Context,
    quotes: &mut [Quote],
    via: Via,
    unnamed_too: bool,
    mut holder: impl FnMut(&[Quote], &Quote, &Range<usize>, &str) -> Option<Range<usize>>,
) {
    let mut found: rustc_hash::FxHashMap<Range<usize>, Range<usize>> =
        rustc_hash::FxHashMap::default();
    let all: &[Quote] = quotes;
    for q in all {
        let Some(a) = q.attribution.as_ref() else {
            continue;
        };
        let Some((r, text)) = a.speaker.as_ref() else {
            continue;
        };
        if (a.anonymous && !unnamed_too) || a.person.is_some() || found.contains_key(r) {
            continue;
        }
        if let Some(name) = holder(all, q, r, text) {
            found.insert(r.clone(), name);
        }
    }
    if found.is_empty() {
        return;
    }
    for q in quotes.iter_mut() {
        let Some(a) = q.attribution.as_mut() else {
            continue;
        };
        if a.person.is_some() {
            continue;
        }
        let Some((r, text)) = a.speaker.as_ref() else {
            continue;
        };
        let Some(name) = found.get(r) else {
            continue;
        };
        let title = Named {
            range: r.clone(),
            text: text.clone(),
            anonymous: false,
            title_only: true,
            name: None,
        };
        if let Some(n) = title.with_holder(&cx.doc.source, name.clone()) {
            a.speaker = Some((n.range, n.text));
            a.person = Some(name.clone());
            a.anonymous = false;
            if !a.via.carried() {
                a.via = via;
            }
        }
    }
}

/// True when a word before word `before` has the key of word `surname` (the last word of a
/// name): a surname already met belongs to someone already introduced, so the name is not new
/// to the story. Word indices; `before` is exclusive.
pub(super) fn surname_met_before(cx: &Context, surname: usize, before: usize) -> bool {
    let key = bare_key(cx, surname);
    (0..before).any(|j| bare_key(cx, j) == key)
}

/// The byte range of the name of the holder of post `post` (byte range `r`, text `text`), the
/// speaker of quotation `q`, when the sentence after `q` opens a continued turn naming a person
/// for the first time (see [`holders_named_next`]); `None` otherwise, and when `post` is not a
/// post (its first word is no title, or a person mention lies inside it). `longest` is the
/// length in bytes of the longest range of `persons` (sorted by start).
fn holder_in_next_sentence(
    cx: &Context,
    persons: &[Range<usize>],
    longest: usize,
    q: &Quote,
    r: &Range<usize>,
    text: &str,
) -> Option<Range<usize>> {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    let head = cx.doc.word_index_containing(r.start);
    // A mention overlapping `r` starts before `r.end` and, being at most `longest` long, after
    // `r.start - longest`: one run of `persons`, which is sorted by start.
    let lo = persons.partition_point(|p| p.start + longest <= r.start);
    let hi = lo + persons[lo..].partition_point(|p| p.start < r.end);
    if cx.lex.words.get(head)?.title == 0
        || persons[lo..hi]
            .iter()
            .any(|p| p.start < r.end && r.start < p.end)
    {
        return None;
    }
    let v = word_after_sentence(cx, q)?;
    let continuing = CONTINUING.contains(&bare_key(cx, v));
    let ranked = if continuing {
        None
    } else {
        Some(ranked_newcomer(cx, v)?)
    };
    let post = Named {
        range: r.clone(),
        text: text.to_string(),
        anonymous: false,
        title_only: true,
        name: None,
    };
    if let (Some(a), Some(b)) = (cue_gender(cx, v), post_gender(cx, &post))
        && a != b
    {
        return None;
    }
    if cue_gender(cx, v).is_none() && post_gender(cx, &post) == Some(Gender::Feminine) {
        return None;
    }
    // The subject runs from the word after the verb to a complementizer, a colon or a
    // quotation mark (at most eight words); the reader reads it, and it must be a name with at
    // most two words before it (a rank, a profession, a post and its adjective), filling the
    // whole subject (nothing after the name: no apposition bringing in a post of its own).
    let limit = named_with_epithet(cx, v)
        .or_else(|| super::holder_adjunct::subject_before_adjunct(cx, persons, v + 1, nw))
        .or_else(|| {
            (v + 2..(v + 10).min(nw)).find(|&e| {
                complementizer(cx, e) || gap(cx, e - 1, e).contains([':', '«', '"', '“'])
            })
        })?;
    if (v + 1..limit).any(|e| breaks_phrase(gap(cx, e - 1, e)) || function(cx, e)) {
        return None;
    }
    let n = read_np(cx, persons, v + 1, limit)?;
    let name = n.name.clone()?;
    let first = cx.doc.words.get(v + 1)?;
    let last = cx.doc.words.get(limit - 1)?;
    let before_name = cx.doc.words_in(first.start()..name.start).len();
    if n.anonymous
        || n.title_only
        || n.range.start != first.start()
        || name.end != last.end()
        || before_name > MAX_TITLE_WORDS
        || ranked.is_some_and(|words| before_name != words)
    {
        return None;
    }
    // The name is someone new to the story: no word before the verb shares its last word (a
    // surname already met belongs to someone already introduced).
    if surname_met_before(cx, limit - 1, v) {
        return None;
    }
    Some(name)
}

/// How many words the relative clause of an epithet apposition may have (الذي تولى المنصب قبل
/// عام) before its closing comma.
const MAX_RELATIVE_WORDS: usize = 8;

/// The end (exclusive word index) of a name of two or three words right after the continuing
/// verb at word `v`, when a comma sets off after it an epithet of a definite noun and a
/// definite nisba (الدبلوماسي المالي، الطبيبة التونسية: a place's nisba, or any nisba after
/// a noun that is no title), optionally followed by a relative
/// clause (الذي/التي ...) of at most [`MAX_RELATIVE_WORDS`] words with no cue in it, and a comma
/// then a complementizer close the apposition (وأضاف فلان الفلاني، الدبلوماسي المالي الذي تولى
/// المنصب قبل عام، أن ...). `None` otherwise. Reason: an epithet of nationality describes the
/// person the verb names, it gives them no office of their own, so it does not make them
/// someone other than the post's holder, as a post in apposition would.
fn named_with_epithet(cx: &Context, v: usize) -> Option<usize> {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    let comma = |e: usize| matches!(gap(cx, e - 1, e).trim(), "،" | ",");
    let c = (v + 2..(v + 5).min(nw)).find(|&e| breaks_phrase(gap(cx, e - 1, e)))?;
    if !comma(c) || c + 2 >= nw || breaks_phrase(gap(cx, c, c + 1)) {
        return None;
    }
    // The nisba of a listed place, or any nisba after a noun that is no title (a profession
    // or a status: الدبلوماسي المالي): a title with a nisba may be an office (المدير التنفيذي).
    let nisba = cx.lex.words[c + 1].place_nisba()
        || (crate::analysis::names::is_nisba(&cx.doc.words[c + 1].plain)
            && cx.lex.words[c].title == 0);
    if !bare_key(cx, c).starts_with("ال") || !bare_key(cx, c + 1).starts_with("ال") || !nisba {
        return None;
    }
    let mut close = c + 2;
    if !comma(close) {
        if !matches!(bare_key(cx, close), "الذي" | "التي") {
            return None;
        }
        close = (close + 1..(close + 1 + MAX_RELATIVE_WORDS).min(nw))
            .find(|&e| breaks_phrase(gap(cx, e - 1, e)))?;
        if !comma(close) || (c + 2..close).any(|x| cx.lex.words[x].is_cue()) {
            return None;
        }
    }
    complementizer(cx, close).then_some(c)
}

/// The first word after quotation `q` when `q` ends its sentence and that word opens the next
/// one, in the same paragraph (a sentence end between) or at the head of the next paragraph,
/// with nothing else between; or, when the same verb's content goes on after `q` with a clause
/// coordinated by وإن / وبأن (no cue, quotation or colon in it), the first word of the sentence
/// after that clause. `None` otherwise.
fn word_after_sentence(cx: &Context, q: &Quote) -> Option<usize> {
    let v = cx.doc.words.partition_point(|w| w.start() < q.range.end);
    // (A content clause coordinated by وإن / وأن after the quotation, وإن فرق المتابعة رصدت
    // ...، is more of the same verb's content: the sentence after it is still the next one.)
    let pq0 = cx.doc.paragraph_of(q.range.start)?;
    let gap = super::super::speaker::gap;
    if let Some(w) = cx.doc.words.get(v)
        && matches!(w.key.as_str(), "وان" | "وبان")
        && cx
            .doc
            .prose()
            .get(q.range.end..w.start())
            .is_some_and(|g| g.trim().trim_start_matches(['،', ',']).trim().is_empty())
    {
        let end = (v + 1..cx.doc.words.len().min(v + 40)).find(|&e| {
            let g = gap(cx, e - 1, e);
            g.contains(['.', '!', '؟', '?', '\n', '«', '"', '“', ':'])
        })?;
        let g = gap(cx, end - 1, end);
        if g.contains(['«', '"', '“', ':'])
            || (v..end).any(|x| cx.lex.words[x].is_cue())
            || cx.doc.paragraph_of(cx.doc.words[end - 1].start())? != pq0
        {
            return None;
        }
        let pv = cx.doc.paragraph_of(cx.doc.words.get(end)?.start())?;
        return (pv <= pq0 + 1 && end < cx.lex.words.len()).then_some(end);
    }
    let pq = cx.doc.paragraph_of(q.range.start)?;
    let pv = cx.doc.paragraph_of(cx.doc.words.get(v)?.start())?;
    if v >= cx.lex.words.len() || pv > pq + 1 {
        return None;
    }
    let between = cx.doc.prose().get(q.range.end..cx.doc.words[v].start())?;
    // A short tail of the quoted clause after the quotation, with no punctuation, cue or content
    // of its own (إن موكلته «فوجئت» بالنسخة المعروضة.), ends the same sentence: the sentence after
    // it is still the next one.
    if pv == pq && between.trim().is_empty() {
        let end =
            (v + 1..cx.doc.words.len().min(v + 8)).find(|&e| breaks_phrase(gap(cx, e - 1, e)))?;
        let g = gap(cx, end - 1, end);
        let ends =
            g.contains(['.', '!', '؟', '?', '\n']) && !g.contains(['«', '"', '“', ':', '،', ',']);
        if !ends
            || (v..end).any(|x| cx.lex.words[x].is_cue() || complementizer(cx, x))
            || end >= cx.lex.words.len()
            || cx.doc.paragraph_of(cx.doc.words[end].start())? > pq + 1
        {
            return None;
        }
        return Some(end);
    }
    let ends = if pv == pq {
        ['.', '!', '؟', '?'].as_slice()
    } else {
        ['\n'].as_slice()
    };
    (between.contains(ends) && !between.chars().any(char::is_alphanumeric)).then_some(v)
}

/// How many words may stand before the name in the subject of word `v`, the first of the
/// sentence after a post-only speaker's quotation (in the same paragraph or opening the next),
/// when `v` is a reporting verb (أكد، أوضح) that does not continue a turn by its meaning: one
/// when the word after it is a rank or honorific of one word (العميد، اللواء), else none (the
/// name right after the verb); the caller checks that a person's name follows and fills the
/// subject. `None` when `v` is no such verb. Reason: a person who enters the story with a name
/// and at most a rank, with no post of their own, in the sentence right after a post spoke, is
/// that post's holder: a new participant is introduced with what they are.
fn ranked_newcomer(cx: &Context, v: usize) -> Option<usize> {
    let (t, r) = (cx.lex.words.get(v)?, cx.lex.words.get(v + 1)?);
    if !(t.verb() && t.phrase == 0 && gap(cx, v, v + 1).trim().is_empty()) {
        return None;
    }
    Some(usize::from(
        r.title == 1 && bare_key(cx, v + 1).starts_with("ال"),
    ))
}

#[cfg(test)]
mod tests {
    use super::super::pointing_back::speakers;

    #[test]
    fn a_continuing_verb_names_the_post_holder_after_the_quotation() {
        let s = speakers(
            "وقال مدير مستشفى الرحمة في المدينة: «استقبلنا عشرين جريحاً منذ الصباح». وأضاف الطبيب يوسف قرداحي أن «الأسرة كلها مشغولة».",
        );
        assert_eq!(s.len(), 2);
        let sp = s[0].clone().unwrap_or_default();
        assert!(sp.starts_with("مدير مستشفى الرحمة"), "{sp}");
        assert!(sp.ends_with(" (يوسف قرداحي)"), "{sp}");
    }

    #[test]
    fn a_name_already_met_is_not_the_post_holder() {
        // قرداحي was introduced before: the continuing verb's subject is someone already known.
        let s = speakers(
            "زار يوسف قرداحي المدينة أمس. وقال مدير مستشفى الرحمة: «استقبلنا عشرين جريحاً منذ الصباح». وأضاف يوسف قرداحي أن «الأسرة كلها مشغولة».",
        );
        assert!(!s.is_empty());
        assert_eq!(s[0].as_deref(), Some("مدير مستشفى الرحمة"));
    }

    #[test]
    fn a_verb_that_does_not_continue_names_no_holder() {
        // وقالت with a feminine subject after a masculine post: another speaker, and قال is no
        // verb of continuation.
        let s = speakers(
            "وقال مدير مستشفى الرحمة: «استقبلنا عشرين جريحاً منذ الصباح». وقالت سلمى الحايك إن «الأسرة كلها مشغولة».",
        );
        assert!(!s.is_empty());
        assert_eq!(s[0].as_deref(), Some("مدير مستشفى الرحمة"));
    }

    #[test]
    fn the_holder_may_be_named_at_the_head_of_the_next_paragraph() {
        let s = speakers(
            "وصرح قائد الشرطة في المحافظة بأن الطرق آمنة، وقال: «أغلقنا ثلاثة معابر».\nوتابع المقدم رامي الشوفي أن «الدوريات ستستمر حتى الفجر».",
        );
        assert!(!s.is_empty());
        let sp = s[0].clone().unwrap_or_default();
        assert!(sp.starts_with("قائد الشرطة"), "{sp}");
        assert!(sp.ends_with("رامي الشوفي)"), "{sp}");
    }

    #[test]
    fn a_rank_alone_after_a_post_names_its_holder() {
        // أكد does not continue a turn by its meaning, but a person brought in with a rank alone
        // right after the post spoke is the post's holder.
        let s = speakers(
            "وحذر قائد فوج الإطفاء في المنطقة من إشعال النار، وقال: «معظم الحرائق يشعلها الإهمال». وأكد العقيد نبيل حداد أن فرقه جاهزة.",
        );
        assert_eq!(s.len(), 1);
        let sp = s[0].clone().unwrap_or_default();
        assert!(sp.starts_with("قائد فوج الإطفاء"), "{sp}");
        assert!(sp.ends_with(" (نبيل حداد)"), "{sp}");
    }

    #[test]
    fn a_post_of_their_own_after_a_verb_that_does_not_continue_is_another_speaker() {
        // رئيس البلدية is a post of its own: the person it introduces is someone else.
        let s = speakers(
            "وحذر قائد فوج الإطفاء في المنطقة من إشعال النار، وقال: «معظم الحرائق يشعلها الإهمال». وأكد رئيس البلدية نبيل حداد أن الطرق مفتوحة.",
        );
        assert_eq!(s.len(), 1);
        let sp = s[0].clone().unwrap_or_default();
        assert!(sp.starts_with("قائد فوج الإطفاء"), "{sp}");
        assert!(!sp.contains('('), "{sp}");
    }

    #[test]
    fn a_bare_new_name_after_a_post_names_its_holder() {
        let s = speakers(
            "وأرجع رئيس مصلحة الطرق في الإقليم التأخير إلى الأمطار، وقال: «الآلات تعطلت مرتين». وأوضح منير بن عاشور أن الأشغال ستنتهي قريباً.",
        );
        assert_eq!(s.len(), 1);
        let sp = s[0].clone().unwrap_or_default();
        assert!(sp.starts_with("رئيس مصلحة الطرق"), "{sp}");
        assert!(sp.ends_with(" (منير بن عاشور)"), "{sp}");
    }

    #[test]
    fn an_adjective_of_level_after_a_definite_post_is_no_name() {
        // الجهوي qualifies the post (its administrative level): the post names no one, and the
        // new name in the continuing clause is its holder.
        let s = speakers(
            "وقال المدير الجهوي للفلاحة بالولاية إن «المحصول فاق التوقعات». وأضاف رشيد بلقاسمي أن «التخزين يبقى مشكلة».",
        );
        assert_eq!(s.len(), 2);
        let sp = s[0].clone().unwrap_or_default();
        assert!(sp.starts_with("المدير الجهوي"), "{sp}");
        assert!(sp.ends_with(" (رشيد بلقاسمي)"), "{sp}");
    }

    #[test]
    fn a_bare_new_name_heading_the_next_paragraph_after_coordinated_content_names_the_holder() {
        // وإن ... goes on with the same verb's content; the next paragraph opens with a reporting
        // verb and a name new to the story.
        let s = speakers(
            "وقال المتحدث باسم هيئة المياه إن الضخ «سيعود مساء اليوم»، وإن الفرق أصلحت الخط الرئيسي.\nوأوضح نبيل الزعبي أن الأعطال «كانت متوقعة».",
        );
        assert!(!s.is_empty());
        assert_eq!(
            s[0].as_deref(),
            Some("المتحدث باسم هيئة المياه (نبيل الزعبي)")
        );
    }

    #[test]
    fn a_short_tail_after_the_quotation_still_ends_its_sentence() {
        // بعد صدوره ends the quoted clause; the next sentence names the lawyer.
        let s = speakers(
            "وقال محامي المغنية إن موكلته «صُدمت من القرار» بعد صدوره. وأضاف المحامي رامي بن سالم، في اتصال هاتفي، أن «الطعن جاهز».",
        );
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].as_deref(), Some("محامي المغنية (رامي بن سالم)"));
    }

    #[test]
    fn an_epithet_apposition_after_the_continuing_verbs_name_keeps_the_holder() {
        // الدبلوماسي المالي describes the new name, it gives no office of its own.
        let s = speakers(
            "وقال رئيس لجنة الوساطة في الجلسة الختامية إن القارة «تدفع الثمن». وأضاف سيدو تراوري، الدبلوماسي المالي الذي تولى المنصب قبل عام، أن «الحوار هو الحل».",
        );
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].as_deref(), Some("رئيس لجنة الوساطة (سيدو تراوري)"));
    }

    #[test]
    fn a_post_in_apposition_after_the_continuing_verbs_name_names_no_holder() {
        // وزير الخارجية is an office of its own: the name may be another party's.
        let s = speakers(
            "وقال رئيس لجنة الوساطة في الجلسة الختامية إن القارة «تدفع الثمن». وأضاف سيدو تراوري، وزير الخارجية المالي، أن «الحوار هو الحل».",
        );
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].as_deref(), Some("رئيس لجنة الوساطة"));
    }

    #[test]
    fn a_tail_with_a_clause_of_its_own_names_no_holder() {
        // The comma opens a clause of its own (وإنها ستطعن) after the tail: not taken.
        let s = speakers(
            "وقال محامي المغنية إن موكلته «صُدمت من القرار» بعد صدوره، وإنها ستطعن في الحكم خلال أيام قليلة. وأضاف المحامي رامي بن سالم أن «الطعن جاهز».",
        );
        assert_eq!(s[0].as_deref(), Some("محامي المغنية"));
    }

    #[test]
    fn a_cue_in_the_coordinated_content_names_no_holder() {
        // The clause after وإن brings in another speaker: the next name is not the post's.
        let s = speakers(
            "وقال المتحدث باسم هيئة المياه إن الضخ «سيعود مساء اليوم»، وإن الفرق قالت إن الخط أصلح.\nوأوضح نبيل الزعبي أن الأعطال «كانت متوقعة».",
        );
        assert!(!s.is_empty());
        assert_eq!(s[0].as_deref(), Some("المتحدث باسم هيئة المياه"));
    }
}
