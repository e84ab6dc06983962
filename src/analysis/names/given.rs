//! What comes before a person's family name: the given names that make a mention full (علي مملوك،
//! عبد الله البرقاوي), a title or reporting verb that leaves it alone (اللواء مملوك، وقال مملوك), or
//! anything else. Name detection reads it to record each person's given names
//! (`Entity::given`), and the `first-reference` rule to find a person called by family name before
//! the full name.

use super::{Mention, adjacent, is_nisba};
use crate::analysis::Context;
use std::ops::Range;

/// What precedes a family-name mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Lead {
    /// Given names (علي، عبد الله، محمد بن): the byte range of the given-name chain as written,
    /// proclitics excluded (half-open), ending where the family name starts.
    Full(Range<usize>),
    /// A title or a reporting verb right before: the family name stands alone.
    Alone,
    /// Anything else (a word that may be a given name isnad does not know, as in أنغيلا ميركل; a
    /// common word that happens to match the name): not a short reference.
    Other,
}

/// The given name (if any) ending right before word `k`: the index of its first word.
fn given_ending_at(cx: &Context, k: usize) -> Option<usize> {
    let tags = &cx.lex.words;
    (k.saturating_sub(3)..k).find(|&s| {
        tags[s].given > 0
            && s + usize::from(tags[s].given) == k
            && (s + 1..k).all(|x| adjacent(cx, x - 1, x))
    })
}

/// True when word `link` is a nasab link (بن، ابن، بنت) and the word right before it can be the
/// person's own given name, whatever the list or the lexicon says of it: an Arabic word of three
/// letters or more, written next to the link, without the article or a preposition written on
/// it, and no title, cue, verb (a reporting verb, or a verb by its conjugation: حضر ابن فلان) or
/// function word (نورة in الدكتورة نورة بنت حمد العفالق). Reason: a
/// nasab link between two names joins a given name to the father's name, so the word before it
/// is a name too (many women's names, نورة، وفاء، أمل, are also common nouns), while the noun ابن
/// "son" follows a verb or a preposition, not a name. The caller asks it only when a given name
/// of the list follows the link.
fn nasab_head(cx: &Context, link: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let Some(h) = link.checked_sub(1) else {
        return false;
    };
    let (w, t) = (&words[h], &tags[h]);
    matches!(words[link].plain.as_str(), "بن" | "ابن" | "بنت")
        && adjacent(cx, h, link)
        && w.kind() == crate::text::WordKind::Arabic
        && w.plain.chars().count() >= 3
        && !super::has_article(w)
        && !super::preposition_on_word(&w.plain)
        && t.title == 0
        && t.given == 0
        && !t.function()
        && !t.is_cue()
        && !t.verb()
        && !super::conjugated_verb(cx, w.plain.strip_prefix(['و', 'ف']).unwrap_or(&w.plain))
}

/// Where the given names start before the family name at word `i` when a name no list holds
/// stands right before it by its place: the father's name of a three-part name closed by a nisba
/// (الباجي قايد السبسي: [`super::nasab_family`]), the name before ولد/منت opening an apposition
/// (، سيدي ولد الطالب أعمر،: [`super::patronymic_apposition`]), or the father's name before a
/// compound family name ([`compound_father`]: آمنة الطيب عبد الرحيم). `None` otherwise.
fn father_start(cx: &Context, i: usize) -> Option<usize> {
    let f = i.checked_sub(1)?;
    given_ending_at(cx, f)
        .filter(|&s| i >= 2 && super::nasab_family(cx, s, f))
        .or_else(|| compound_father(cx, i))
        .or_else(|| (i >= 2 && super::patronymic_apposition(cx, i - 2) == Some(i)).then(|| i - 2))
}

/// The index of the father's name before the compound family name whose mention starts at word
/// `i` (at عبد, ولد or منت, or at the word after them: الرحيم of عبد الرحيم, الناجم of ولد الناجم), when [`super::compound_family_after`]
/// reads that word and the compound as the end of one name, a given name of the list ends right
/// before the father's name, and the father's name is no title, cue, verb or function word.
/// Reason: in a chain of names (given, father's, grandfather's or family name) the word between a
/// given name and a compound family name is the father's name, whatever the lists say of it.
fn compound_father(cx: &Context, i: usize) -> Option<usize> {
    let words = &cx.doc.words;
    let opens = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| matches!(w.plain.as_str(), "عبد" | "ولد" | "منت"))
    };
    let (f, seed) = if opens(i) {
        (i.checked_sub(1)?, i + 1)
    } else if i >= 2 && opens(i - 1) {
        (i - 2, i)
    } else {
        return None;
    };
    let t = cx.lex.words.get(f)?;
    (super::compound_family_after(cx, f) == Some(seed)
        && given_ending_at(cx, f).is_some()
        && t.title == 0
        && !t.is_cue()
        && !t.verb()
        && !t.function())
    .then_some(f)
}

/// True when word `j` lies inside a title phrase (رئيس مكتب الأمن الوطني).
fn in_title(cx: &Context, j: usize) -> bool {
    let tags = &cx.lex.words;
    (j.saturating_sub(5)..=j).any(|s| tags[s].title > 0 && s + usize::from(tags[s].title) > j)
}

/// The start of word `s` without a conjunction و that is not part of the given name (وعلي → علي).
fn given_start(cx: &Context, s: usize) -> usize {
    let w = &cx.doc.words[s];
    let whole_is_given = cx.profile.given_names.contains(&w.key)
        || cx
            .profile
            .given_name_phrases
            .longest_match(&w.key, |k| {
                cx.doc.words.get(s + 1 + k).map(|x| x.key.as_str())
            })
            .is_some();
    if w.key.starts_with('و') && !whole_is_given {
        w.byte_of_plain_letter(cx.doc.source, 1)
    } else {
        w.start()
    }
}

/// What precedes the mention `m` of a family name (a mention found by [`super::detect`]).
pub(crate) fn lead(cx: &Context, m: &Mention) -> Lead {
    let words = &cx.doc.words;
    let i = cx.doc.word_index_containing(m.range.start);
    if i >= words.len() || words[i].start() != m.range.start {
        // A proclitic on the family name itself (ومملوك، بشكل): no given name before it, and too
        // often a common word (بشكل is not the family name شكل).
        return Lead::Other;
    }
    let mut k = i;
    let mut chain_start = None;
    for _ in 0..6 {
        if k == 0 || !adjacent(cx, k - 1, k) {
            break;
        }
        if let Some(s) = given_ending_at(cx, k) {
            k = s;
            chain_start = Some(given_start(cx, s));
            continue;
        }
        // A father's name, or a name before ولد/منت, right before the family name ([`father_start`]).
        if k == i
            && let Some(s) = father_start(cx, i)
        {
            k = s;
            chain_start = Some(given_start(cx, s));
            continue;
        }
        let p = words[k - 1].plain.as_str();
        if matches!(p, "بن" | "ابن" | "بنت" | "آل") && chain_start.is_some() {
            k -= 1;
            // The person's own name before the link, one no list holds (نورة بنت حمد).
            if p != "آل" && nasab_head(cx, k) {
                k -= 1;
                chain_start = Some(given_start(cx, k));
            }
            continue;
        }
        // The Amazigh آيت right before the family name after a given name (مراد آيت يحيى): the
        // link is the family name's first word and the given names stand before it
        // ([`super::amazigh_link`]).
        if k == i
            && k >= 2
            && super::amazigh_link(cx, k - 1)
            && given_ending_at(cx, k - 1).is_some()
        {
            k -= 1;
            continue;
        }
        // The Mauritanian ولد/منت after a given name (أحمد ولد بوسيفي): the given name before the
        // link is the person's ([`super::patronymic_after_given`]).
        if super::patronymic_after_given(cx, k - 1) {
            k -= 1;
            continue;
        }
        if k >= 2
            && matches!(words[k - 2].plain.as_str(), "عبد" | "أبو" | "ابو")
            && adjacent(cx, k - 2, k - 1)
        {
            k -= 2;
            chain_start = Some(words[k].start());
            continue;
        }
        break;
    }
    if let Some(s) = chain_start {
        return Lead::Full(s..m.range.start);
    }
    short_reference(cx, i)
}

/// What precedes the family name at word `i` when no given name does: [`Lead::Alone`] after a
/// title or a reporting verb (the short references of news copy), else [`Lead::Other`].
fn short_reference(cx: &Context, i: usize) -> Lead {
    let words = &cx.doc.words;
    if i == 0 || !adjacent(cx, i - 1, i) {
        return Lead::Other;
    }
    // A given name right after (المطرب العراقي كاظم الساهر، جبران خليل جبران): this word is not
    // the family name standing alone.
    if i + 1 < words.len() && adjacent(cx, i, i + 1) && cx.lex.words[i + 1].given > 0 {
        return Lead::Other;
    }
    // The short references of news copy: a title (اللواء مملوك، الرئيس السوري الأسد) or a
    // reporting verb (وقال مملوك) right before the family name.
    let mut j = i - 1;
    for _ in 0..2 {
        if j > 0 && is_nisba(&words[j].plain) && adjacent(cx, j - 1, j) {
            j -= 1;
        }
    }
    let t = &cx.lex.words[j];
    if in_title(cx, j) || (j == i - 1 && t.verb()) {
        Lead::Alone
    } else {
        Lead::Other
    }
}

/// The given names written right before the mention `m` of a family name (علي in علي مملوك,
/// عبد الله in عبد الله البرقاوي), proclitics excluded, single-spaced; `None` when there are none.
pub(crate) fn given_names(cx: &Context, m: &Mention) -> Option<String> {
    match lead(cx, m) {
        Lead::Full(r) => Some(
            cx.doc
                .source
                .get(r)
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::names::{NameKind, detect};
    use crate::profile::Profile;
    use crate::text::{Document, Format};

    /// The given names and the lead of each mention of the person `family` in `src`.
    fn leads(src: &str, family: &str) -> Vec<(Option<String>, Lead)> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let e = detect(&cx)
            .into_iter()
            .find(|e| e.kind == NameKind::Person && e.key == family)
            .unwrap_or_else(|| {
                let keys: Vec<String> = detect(&cx).into_iter().map(|e| e.key).collect();
                panic!("no person {family} in {keys:?}")
            });
        e.mentions
            .iter()
            .map(|m| (given_names(&cx, m), lead(&cx, m)))
            .collect()
    }

    #[test]
    fn a_father_s_name_before_a_compound_family_name_is_a_given_name() {
        // Written for this test: a given name of the list, a father's name no list holds, then
        // a theophoric compound or the Mauritanian ولد and the family name.
        let src = "وقالت سلمى الطيب عبد الرحيم إن الأسعار ارتفعت. وأكدت عبد الرحيم أن السوق هادئة.";
        let l = leads(src, "الرحيم");
        assert_eq!(l[0].0.as_deref(), Some("سلمى الطيب عبد"), "{l:?}");
        let src = "وقال أحمد لمين ولد الشيباني إن الموسم جيد. وأضاف ولد الشيباني أن الطلب كبير.";
        let l = leads(src, "الشيباني");
        assert_eq!(l[0].0.as_deref(), Some("أحمد لمين ولد"), "{l:?}");
    }

    #[test]
    fn given_names_before_a_family_name() {
        let src = "قال اللواء مملوك إن الوضع هادئ. وأكد علي مملوك أن الحدود آمنة.";
        let l = leads(src, "مملوك");
        assert_eq!(l.len(), 2);
        assert_eq!(l[0], (None, Lead::Alone));
        let at = src.find("علي").unwrap();
        assert_eq!(
            l[1],
            (Some("علي".to_string()), Lead::Full(at..at + "علي ".len()))
        );
    }

    #[test]
    fn the_name_before_a_nasab_link_is_a_given_name_the_list_lacks() {
        // Written for this test: لطيفة, حصة and مساعد are names no list holds (حصة "share" and
        // مساعد "assistant" are common words too); the listed father's name after بنت/بن makes
        // the word before the link the person's own name.
        let src = "أكدت الدكتورة لطيفة بنت راشد السبيعي أن العيادة جاهزة. وأضافت السبيعي أن \
                   المواعيد متاحة.";
        let l = leads(src, "السبيعي");
        assert_eq!(l[0].0.as_deref(), Some("لطيفة بنت راشد"), "{l:?}");
        let src = "وصرحت المستشارة حصة بنت عيسى الكواري بأن الخطة جاهزة.";
        let l = leads(src, "الكواري");
        assert_eq!(l[0].0.as_deref(), Some("حصة بنت عيسى"), "{l:?}");
        let src = "وأعلن الشاعر مساعد بن فهد الرشيدي أن الديوان صدر.";
        let l = leads(src, "الرشيدي");
        assert_eq!(l[0].0.as_deref(), Some("مساعد بن فهد"), "{l:?}");
        // After a verb, ابن is the noun "son": the verb is no name.
        let src = "وحضر ابن خالد الكواري الحفل. وقال خالد الكواري إن الحفل نجح.";
        let l = leads(src, "الكواري");
        assert_eq!(l[0].0.as_deref(), Some("خالد"), "{l:?}");
    }

    #[test]
    fn a_name_before_ould_in_an_apposition_is_the_given_name() {
        // Written for this test: between commas after a post, a word no list holds (سيدي، عيشة)
        // before ولد/منت and a family name of one or two words is the holder's given name.
        let src = "وأوضح رئيس التعاونية، سيدي ولد البشير أعمر، أن الموسم جيد. وأضاف ولد البشير \
                   أعمر أن الأسعار مرتفعة.";
        let l = leads(src, "البشير");
        assert_eq!(l[0].0.as_deref(), Some("سيدي ولد"), "{l:?}");
        let src = "وقالت مديرة المدرسة، عيشة منت المختار، إن الدروس بدأت.";
        let l = leads(src, "المختار");
        assert_eq!(l[0].0.as_deref(), Some("عيشة منت"), "{l:?}");
        let src = "وقال نائب العمدة، اباه ولد سيدي محمود، إن الطريق مغلق.";
        let l = leads(src, "سيدي");
        assert_eq!(l[0].0.as_deref(), Some("اباه ولد"), "{l:?}");
    }

    #[test]
    fn compound_given_name_behind_a_conjunction() {
        // The conjunction و is not part of the given names.
        let src = "التقى الوزير وعبد الله البرقاوي الوفد. وقال البرقاوي إن اللقاء مثمر.";
        let l = leads(src, "البرقاوي");
        assert_eq!(l[0].0.as_deref(), Some("عبد الله"));
    }
}
