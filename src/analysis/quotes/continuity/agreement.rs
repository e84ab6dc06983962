//! Which party a subjectless cue refers to when two or three compete (issue 12, continuity,
//! probe12): the gender a person showed anywhere in the story, the subject place a relative
//! pronoun or a fronted pronoun fills, and a manner phrase whose adjective is no subject.

use super::super::speaker::{
    Gender, Named, Read, adverb, bare_key, breaks_phrase, complementizer, function, gap, in_person,
    prepositional,
};
use super::named_gender;
use crate::analysis::Context;
use rustc_hash::FxHashMap;
use std::cell::OnceCell;
use std::ops::Range;

/// The key (hamza-folded, as written with its article) of the last word of the name in `n` (of
/// the whole phrase when the reader marked no name in it: a family name alone, الخطيب), or
/// `None` when `n` is a post alone or an unnamed source.
fn last_name_key<'t>(cx: &'t Context, n: &Named) -> Option<&'t str> {
    if n.title_only || n.anonymous {
        return None;
    }
    let r = n.name.clone().unwrap_or_else(|| n.range.clone());
    cx.doc.words_in(r).last().map(|w| w.key.as_str())
}

/// The gender of the person `n` named by the cue at word `cue`: the one that clause shows
/// ([`named_gender`]), else the one any other clause of `reads` (word index of the cue, read)
/// shows for a speaker whose name ends in the same word (وقال العموش ... وردّ العموش: the
/// second clause's verb shows no gender, the first's does). Reason: a person's gender does not
/// change within a story, so every verb that took them as its subject tells it, and a pronoun
/// subject (وأضافت، قالت) must agree with it. `None` when no clause tells, or two disagree (two
/// people of one family name).
///
/// What the other clauses tell is a function of the key alone (the reads are the story's), so it
/// is read for every key at once, in one walk over the reads on the first question, and kept in
/// `known` (a walk per key, or per cue, was quadratic in the story's length).
pub(super) fn story_gender(
    cx: &Context,
    reads: &[(usize, Read)],
    known: &OnceCell<FxHashMap<Box<str>, Option<Gender>>>,
    cue: usize,
    n: &Named,
) -> Option<Gender> {
    if let Some(g) = named_gender(cx, cue, n) {
        return Some(g);
    }
    let key = last_name_key(cx, n)?;
    known
        .get_or_init(|| genders_by_key(cx, reads))
        .get(key)
        .copied()
        .flatten()
}

/// For each last-name key of the clauses of `reads` (word index of the cue, read) that name a
/// speaker and show a gender ([`named_gender`]), that gender, or `None` when two of them disagree.
/// A key no clause shows a gender for is absent.
fn genders_by_key(cx: &Context, reads: &[(usize, Read)]) -> FxHashMap<Box<str>, Option<Gender>> {
    let mut found: FxHashMap<Box<str>, Option<Gender>> = FxHashMap::default();
    for (w, r) in reads {
        let Read::Named(m) = r else { continue };
        let Some(key) = last_name_key(cx, m) else {
            continue;
        };
        // Two clauses already disagree: nothing more to learn for this key.
        if found.get(key) == Some(&None) {
            continue;
        }
        if let Some(g) = named_gender(cx, *w, m) {
            match found.get_mut(key) {
                Some(f) => {
                    if *f != Some(g) {
                        *f = None;
                    }
                }
                None => {
                    found.insert(Box::from(key), Some(g));
                }
            }
        }
    }
    found
}

/// True when the cue at word `i` opens a relative clause (a relative pronoun right before it,
/// only a space between: النائبة فلانة التي قالت) whose antecedent, the word before the pronoun,
/// is no word of `turn`, the speaker the turn would continue with. Reason: a relative pronoun is
/// the subject of its clause and stands for the noun right before it, so the verb's subject is
/// that noun, not the story's last speaker; when the reader could not name the noun, the speaker
/// is unclear. Only when the antecedent is a person: one of the three words before the pronoun,
/// in one phrase with it, is a title, a given name or a person mention (النائبة فلانة التي);
/// after a thing (التصريحات التي تعتبر، عمله الذي يحث فيه) the verb may be passive or have its
/// own subject. (The relative pronouns are the closed class of the grammar.)
pub(super) fn relative_subject_elsewhere(
    cx: &Context,
    persons: &[Range<usize>],
    i: usize,
    turn: Option<&Named>,
) -> bool {
    if i < 2 || i >= cx.doc.words.len() || !gap(cx, i - 1, i).trim().is_empty() {
        return false;
    }
    let person = (i.saturating_sub(4)..i - 1)
        .rev()
        .take_while(|&k| k + 2 == i || !breaks_phrase(gap(cx, k, k + 1)))
        .any(|k| {
            let t = &cx.lex.words[k];
            t.title > 0 || t.given > 0 || in_person(cx, persons, k)
        });
    if !person {
        return false;
    }
    if !matches!(
        bare_key(cx, i - 1),
        "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللتين"
            | "اللذان"
            | "اللتان"
            | "اللواتي"
            | "اللاتي"
    ) {
        return false;
    }
    let bare = |k: &str| k.strip_prefix("ال").unwrap_or(k).to_string();
    let antecedent = bare(cx.doc.words[i - 2].key.as_str());
    !turn.is_some_and(|n| {
        cx.doc
            .words_in(n.range.clone())
            .iter()
            .any(|w| bare(w.key.as_str()) == antecedent)
    })
}

/// The person a relative pronoun right before the cue at word `i` stands for when a title and one
/// or two name words come right before the pronoun (بينهم النائبة فلانة الفلانية التي قالت):
/// the title, the words after it (the first without the article), only spaces between, none a
/// function word, a complementizer, an adverb, a cue, another title, a word with a prepositional
/// clitic (باسم), a place, an agency or an organisation noun, and the title's gender
/// (ة feminine) that of the pronoun (التي feminine, الذي masculine). Reason: a title is followed
/// by its holder's name, and the relative pronoun, the subject of its clause, stands for the noun
/// right before it, so the person so named is the speaker even when the name is one the lexicon
/// does not list. Returns the title and name (name: the words after the title); `None` otherwise.
pub(super) fn titled_antecedent(cx: &Context, persons: &[Range<usize>], i: usize) -> Option<Named> {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    if i < 3 || i >= n || !gap(cx, i - 1, i).trim().is_empty() {
        return None;
    }
    let feminine = match bare_key(cx, i - 1) {
        "الذي" => false,
        "التي" => true,
        _ => return None,
    };
    if !matches!(gap(cx, i - 2, i - 1).trim(), "" | "،" | ",") {
        return None;
    }
    let plain_word = |k: usize| {
        cx.doc.words[k].kind() == crate::text::WordKind::Arabic
            && gap(cx, k - 1, k).trim().is_empty()
            && cx.lex.words[k].title == 0
            && !cx.lex.words[k].is_cue()
            && !function(cx, k)
            && !complementizer(cx, k)
            && !adverb(cx, k)
            && !prepositional(cx, persons, k)
            && !cx.lex.words[k].org_noun()
            && cx.lex.words[k].place == 0
            && cx.lex.words[k].agency().is_none()
    };
    for t in (i.saturating_sub(4).max(1)..=i - 3).rev() {
        if cx.lex.words[t].title == 0 {
            continue;
        }
        let first = &cx.doc.words[t + 1];
        if first.key.starts_with("ال") || !(t + 1..i - 1).all(plain_word) {
            return None;
        }
        if cx.doc.words[t].plain.ends_with('ة') != feminine {
            return None;
        }
        let end = cx.doc.words[i - 2].end();
        let start = cx.doc.words[t].start();
        return Some(Named {
            text: cx.doc.source.get(start..end)?.to_string(),
            range: start..end,
            name: Some(first.start()..end),
            anonymous: false,
            title_only: false,
        });
    }
    None
}

/// True when the speaker `n` the reader named for the cue at word `i` is a one-word name right
/// after an indefinite noun carrying the preposition ب right after the cue (وتضيف بصوت متعب:),
/// with only spaces between. Reason: a ب phrase of manner (بصوت، بنبرة) takes its adjective right
/// after it, and an adjective that is also a given name (متعب، سعيد، كريم) is still the
/// adjective: the verb's subject comes before its adverbials, so none stands after them.
pub(super) fn manner_adjective(cx: &Context, i: usize, n: &Named) -> bool {
    let words = &cx.doc.words;
    let (m, f) = (i + 1, i + 2);
    if f >= words.len() || f >= cx.lex.words.len() || words[f].start() != n.range.start {
        return false;
    }
    if cx.doc.words_in(n.range.clone()).len() != 1
        || !gap(cx, i, m).trim().is_empty()
        || !gap(cx, m, f).trim().is_empty()
    {
        return false;
    }
    let p = words[m].plain.as_str();
    let Some(noun) = p.strip_prefix('ب') else {
        return false;
    };
    // Indefinite: no article and no pronoun suffix (بصوته refers to someone; بالصوت is definite).
    crate::analysis::names::at_least_chars(noun, 3)
        && !noun.starts_with("ال")
        && !noun.ends_with(['ه', 'ا', 'م'])
        && cx.lex.words[m].given == 0
        && cx.lex.words[m].title == 0
}

/// True when the verb at word `i` has its subject before it as a pronoun
/// (`pronoun_subject_before`: لكنها دعت، وهو يرى) and the speaker `n` the reader named starts
/// right after the verb. Reason: a verb whose subject is already expressed takes no second one,
/// so the noun right after it is its object (لكنها دعت اللجنة إلى ...: the committee is asked,
/// not asking), and the speaker is the one the pronoun refers to.
pub(super) fn object_after_pronoun_subject(cx: &Context, i: usize, n: &Named) -> bool {
    super::pronoun_subject_before(cx, i)
        && cx
            .doc
            .words
            .get(i + 1)
            .is_some_and(|w| w.start() == n.range.start)
}

/// The word after a circumstance of speech that opens at word `k` (في بيان، في رسالة مصورة،
/// في تصريح له) and ends right before a complementizer: في followed by one to three words with
/// only spaces between, then أن/إن/بأن. Reason: a circumstance of speech stands between a
/// verb's subject and the content it introduces (قالت «الشركة» في بيان إنها), so it leaves the
/// subject in its place. Returns the complementizer's index, or `k` when no such phrase opens
/// there.
pub(super) fn past_circumstance(cx: &Context, k: usize) -> usize {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    if k >= n || !matches!(cx.doc.words[k].key.as_str(), "في" | "وفي") {
        return k;
    }
    for j in k + 2..(k + 5).min(n) {
        if !gap(cx, j - 1, j).trim().is_empty() {
            return k;
        }
        if complementizer(cx, j) {
            return j;
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::super::super::speaker::tests::speakers;

    fn names(src: &str) -> Vec<Option<String>> {
        speakers(src).into_iter().map(|x| x.1).collect()
    }

    #[test]
    fn a_feminine_cue_does_not_continue_a_man_whose_gender_an_earlier_clause_showed() {
        // The last clause naming سامر (ورد) shows no gender; the first (وقال) does.
        let s = names(
            "وقال سامر الخطيب إن الحكومة «ستعمل على خفض الأسعار».\nورد الخطيب بأن الوعود «لم تتحقق بعد».\nوقالت إن الأسعار «لن تنخفض قريباً».",
        );
        assert_eq!(
            s,
            vec![Some("سامر الخطيب".into()), Some("الخطيب".into()), None]
        );
    }

    #[test]
    fn a_relative_clause_after_a_noun_the_reader_cannot_name_is_not_the_turn() {
        // A post with no name before the pronoun: its holder is unread, so the speaker is
        // unclear, not the minister whose turn it was.
        let s = names(
            "وقال الوزير سامر الخطيب إن «الوضع صعب».\nوحضر عدد من الأعضاء، بينهم رئيس اللجنة الذي قال إن السكان «ينتظرون منذ سنوات».",
        );
        assert_eq!(s, vec![Some("الوزير سامر الخطيب".into()), None]);
        // «عبلة» is no listed given name, but the title before it shows a person's name.
        let s = names(
            "وقال الوزير سامر الخطيب إن «الوضع صعب».\nوحضر عدد من الأعضاء، بينهم النائبة عبلة البرقاوي التي قالت إن السكان «ينتظرون منذ سنوات».",
        );
        assert_eq!(
            s,
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("النائبة عبلة البرقاوي".into())
            ]
        );
        // The same person named again before the pronoun keeps the turn.
        let s = names(
            "وقال الوزير سامر الخطيب إن «الوضع صعب».\nوكان الخطيب الذي قال إن الخطة «ستنجح» قد غادر القاعة.",
        );
        assert_eq!(
            s,
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("الوزير سامر الخطيب".into())
            ]
        );
    }

    #[test]
    fn a_quoted_name_after_the_verb_is_its_subject_across_a_circumstance_of_speech() {
        let s = names(
            "وقالت المحامية ليلى حداد إن الحكم «عادل».\nفي المقابل، قالت «ترانسكو» في بيان إنها «ستطعن في الحكم».",
        );
        assert_eq!(
            s,
            // (The quoted name itself is listed too, as the cue's subject.)
            vec![
                Some("المحامية ليلى حداد".into()),
                Some("ترانسكو".into()),
                Some("ترانسكو".into())
            ]
        );
    }

    #[test]
    fn a_participle_whose_root_opens_with_waw_keeps_its_gender() {
        // واصفاً is masculine: it cannot continue the woman who spoke last.
        let s = names("وقالت ليلى حداد إن الوضع «صعب»، واصفاً الخطة بأنها «فاشلة».");
        assert_eq!(s, vec![Some("ليلى حداد".into()), None]);
    }

    #[test]
    fn the_adjective_of_a_manner_phrase_is_not_the_speaker() {
        let s = names(
            "وقالت ليلى حداد إن «الوضع صعب».\nوتضيف بصوت متعب: «لم نعد نحتمل هذا الانتظار الطويل».",
        );
        assert_eq!(s, vec![Some("ليلى حداد".into()), Some("ليلى حداد".into())]);
    }

    #[test]
    fn the_noun_after_a_verb_with_a_fronted_pronoun_subject_is_its_object() {
        let s = names(
            "وقال الوزير سامر الخطيب إن «الوضع صعب».\nفي المقابل، قالت ليلى حداد إنها «تحترم القرار»، لكنها دعت اللجنة إلى «مراجعة كل الأرقام».",
        );
        assert_eq!(
            s,
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("ليلى حداد".into()),
                Some("ليلى حداد".into())
            ]
        );
    }
}
