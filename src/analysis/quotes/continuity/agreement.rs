//! Which party a subjectless cue refers to when two or three compete (issue 12, continuity,
//! probe12): the gender a person showed anywhere in the story, the subject place a relative
//! pronoun or a fronted pronoun fills, and a manner phrase whose adjective is no subject.

use super::super::speaker::{
    Gender, Named, Read, adverb, bare_key, breaks_phrase, complementizer, cue_gender, function,
    gap, in_person, name_particle, prepositional,
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

/// The gender the clauses of `reads` (word index of the cue, read) show for each last-name key
/// ([`genders_by_key`]), read once into `known` (as [`story_gender`] reads it).
pub(super) fn genders_of<'k>(
    cx: &Context,
    reads: &[(usize, Read)],
    known: &'k OnceCell<FxHashMap<Box<str>, Option<Gender>>>,
) -> &'k FxHashMap<Box<str>, Option<Gender>> {
    known.get_or_init(|| genders_by_key(cx, reads))
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
    let feminine = relative_pronoun_before(cx, i)?;
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

/// How many words an apposition between a name and the relative pronoun after it may have
/// (فلانة، إحدى الحاجزات، التي قالت) for [`named_antecedent`].
const ANTECEDENT_APPOSITION: usize = 4;

/// Whether the word right before the cue at word `i` (a word index, at least 3) is a relative
/// pronoun written against it with only white space between: `Some(true)` for التي (feminine),
/// `Some(false)` for الذي (masculine), `None` otherwise. Shared by [`titled_antecedent`] and
/// [`named_antecedent`], which find the person the pronoun stands for.
fn relative_pronoun_before(cx: &Context, i: usize) -> Option<bool> {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    if i < 3 || i >= n || !gap(cx, i - 1, i).trim().is_empty() {
        return None;
    }
    match bare_key(cx, i - 1) {
        "الذي" => Some(false),
        "التي" => Some(true),
        _ => None,
    }
}

/// False when the cue at word `i` shows a gender other than a relative pronoun's (`feminine`:
/// التي, else الذي): the verb agrees with the person the pronoun stands for.
pub(super) fn cue_may_agree(cx: &Context, i: usize, feminine: bool) -> bool {
    let want = if feminine {
        Gender::Feminine
    } else {
        Gender::Masculine
    };
    cue_gender(cx, i).is_none_or(|g| g == want)
}

/// The person a relative pronoun set off by a comma right before the cue at word `i` stands for
/// when a person mention ends right before that comma, or before one apposition between commas
/// (of at most [`ANTECEDENT_APPOSITION`] words, with no cue, verb, complementizer or quotation
/// mark: فلانة الفلانية، إحدى الحاجزات، التي قالت), and the pronoun's gender (التي feminine, الذي
/// masculine) is the cue's. `persons` are the person mentions (byte ranges, sorted by start).
/// Reason: a relative clause set off by a comma after a name describes that person, and its
/// pronoun is the subject of the verb after it, so the verb's words are that person's, whoever
/// spoke before. Returns the mention as a name; `None` otherwise.
pub(super) fn named_antecedent(cx: &Context, persons: &[Range<usize>], i: usize) -> Option<Named> {
    let feminine = relative_pronoun_before(cx, i)?;
    if !cue_may_agree(cx, i, feminine) {
        return None;
    }
    if !content_follows(cx, i) {
        return None;
    }
    person_before_relative(cx, persons, i - 1)
}

/// The person the relative pronoun at word `r`, set off by a comma, stands for: a person mention
/// (among `persons`, with the given names before it) or a run of name words from a listed given
/// name ending right before that comma, or before one apposition between commas (of at most
/// [`ANTECEDENT_APPOSITION`] words, with no cue, verb, complementizer or quotation mark: فلانة
/// الفلانية، إحدى الحاجزات، التي). Reason: a relative clause set off by a comma after a name
/// describes that person, and its pronoun stands for them. `None` otherwise.
pub(super) fn person_before_relative(
    cx: &Context,
    persons: &[Range<usize>],
    r: usize,
) -> Option<Named> {
    let i = r + 1;
    let comma = |k: usize| matches!(gap(cx, k - 1, k).trim(), "،" | ",");
    if r < 2 || i > cx.doc.words.len().min(cx.lex.words.len()) || !comma(r) {
        return None;
    }
    // The mention ending at word `e` (inclusive), if any, with the given names before it; else
    // a run of name words from a listed given name to word `e`.
    let mention_ending = |e: usize| {
        let end = cx.doc.words[e].end();
        persons
            .iter()
            .find(|r| r.end == end)
            .map(|r| super::with_given_names(cx, r))
            .or_else(|| given_name_run(cx, persons, e))
            .and_then(|r| Named::whole_name(cx.doc.source, r))
    };
    if let Some(m) = mention_ending(i - 2) {
        return Some(m);
    }
    // One apposition between commas: the words back to the comma that opens it.
    let mut a = i - 2;
    while a > 0 && !comma(a) {
        let t = &cx.lex.words[a];
        if i - 1 - a > ANTECEDENT_APPOSITION
            || t.is_cue()
            || t.verb()
            || complementizer(cx, a)
            || !gap(cx, a - 1, a).trim().is_empty()
        {
            return None;
        }
        a -= 1;
    }
    if a < 2 || i - 1 - a > ANTECEDENT_APPOSITION || cx.lex.words[a].is_cue() {
        return None;
    }
    mention_ending(a - 1)
}

/// True when the content of the cue at word `i` follows it within five words in its sentence (a
/// colon, a quotation mark or أن/إن, with no other verb before it: قالت في كلمتها:، تقول إنها):
/// the cue is a verb of saying there, not a verb with an object (نقلت روايته إلى ...).
fn content_follows(cx: &Context, i: usize) -> bool {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    for k in i + 1..(i + 6).min(n) {
        let g = gap(cx, k - 1, k);
        if g.contains([':', '«', '"', '“', '”']) || complementizer(cx, k) {
            return true;
        }
        if g.contains(['.', '\n', '!', '?', '؟'])
            || cx.lex.words[k].is_cue()
            || cx.lex.words[k].verb()
        {
            return false;
        }
    }
    false
}

/// How many words a name run read by [`given_name_run`] may have.
const NAME_RUN: usize = 4;

/// The bytes of a person's name ending at word `e`: a run of at most [`NAME_RUN`] words with only
/// spaces between, opening with a listed given name, each an Arabic word that is no title,
/// function word, cue, complementizer, place, agency or organisation noun, nor a word with a
/// prepositional clitic, and a word with the article only after a given name or a name particle
/// (نور الهدى، عبد المجيد، سلمى الخطيب). The earliest given name opens the run. Reason: such a
/// run is how a person's full name is written, also when the name detector left it untagged
/// (a compound with عبد or الله). `None` when no given name opens such a run.
fn given_name_run(cx: &Context, persons: &[Range<usize>], e: usize) -> Option<Range<usize>> {
    let ok = |k: usize| {
        let t = &cx.lex.words[k];
        let article = cx.doc.words[k].plain.starts_with("ال");
        cx.doc.words[k].kind() == crate::text::WordKind::Arabic
            && t.title == 0
            && !t.is_cue()
            && t.place == 0
            && t.agency().is_none()
            && !t.org_noun()
            && !function(cx, k)
            && !complementizer(cx, k)
            && !prepositional(cx, persons, k)
            && (!article || (k > 0 && (cx.lex.words[k - 1].given > 0 || name_particle(cx, k - 1))))
    };
    let mut best = None;
    let mut a = e;
    while e - a < NAME_RUN && ok(a) {
        if cx.lex.words[a].given > 0 {
            best = Some(a);
        }
        if a == 0 || !gap(cx, a - 1, a).trim().is_empty() {
            break;
        }
        a -= 1;
    }
    best.map(|b| cx.doc.words[b].start()..cx.doc.words[e].end())
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

/// The gender the cue at word `i` agrees with: [`cue_gender`]'s, or feminine for a reporting
/// verb in the imperfect with ت (تقول، تضيف) that opens its sentence. Reason: narration outside
/// quotation marks addresses no "you", so a ت-imperfect opening a sentence of the story is the
/// third person feminine, as `cue_gender` already reads it after و/ف; only inside a clause may the
/// bare form be a verb of the reported content with another subject. `None` when neither tells.
pub(super) fn cue_gender_here(cx: &Context, i: usize) -> Option<Gender> {
    let t = cx.lex.words.get(i)?;
    if let Some(g) = cue_gender(cx, i) {
        return Some(g);
    }
    let opens = i == 0 || super::sentence_start(cx, i) == i || super::after_dateline(cx, i);
    (t.verb()
        && t.phrase == 0
        && opens
        && bare_key(cx, i).strip_prefix('ت').is_some_and(|r| {
            crate::text::with_char_before('ي', r, |w| cx.profile.is_reporting_verb(w))
        }))
    .then_some(Gender::Feminine)
}

/// How many words after a cue [`plural_participle_after`] reads.
const PARTICIPLE_REACH: usize = 25;

/// True when the clause of the cue at word `i` goes on, within its sentence and before any
/// quotation mark, colon or other cue, with a circumstantial participle in the sound masculine
/// plural (محذرين، مؤكدين، مشيرين, after و/ف too: a listed participle whose accusative singular,
/// the stem with ا, is a cue). Reason: a circumstantial participle agrees in number with the
/// subject of the verb it follows, so a plural one says that subject is a group, whatever the
/// verb's singular form (a verb before its subject stays singular: وطالب الأهالي ...، محذرين).
pub(super) fn plural_participle_after(cx: &Context, i: usize) -> bool {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    for k in i + 1..n.min(i + 1 + PARTICIPLE_REACH) {
        let g = gap(cx, k - 1, k);
        if g.contains(['.', '\n', '!', '?', '؟', ':', '«', '"', '“']) || cx.lex.words[k].is_cue()
        {
            return false;
        }
        let key = cx.doc.words[k].key.as_str();
        let key = key
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 5)
            .unwrap_or(key);
        if key.strip_suffix("ين").is_some_and(|stem| {
            stem.chars().count() >= 3
                && crate::text::with_joined(stem, "ا", |p| cx.profile.is_participle(p))
        }) {
            return true;
        }
    }
    false
}

/// True when the speaker phrase `n` names no one and its head is one person: أحد/إحدى (one of a
/// group: أحد السكان), or a noun with no dual or plural ending whose sound masculine plural in ون
/// is a word of the dictionary (a participle or adjective of a person: مسؤول، موظف، شاهد; with
/// ة only when indefinite, موظفة، مواطنة, since a definite one may be a collective, المعارضة).
/// Reason: a plural pronoun subject (قالوا، وأضافوا، مشيرين) agrees in number with the people
/// it refers to, so it cannot refer back to one unnamed person; a broken plural (سكان، شهود)
/// has no such singular shape and is not refused.
pub(super) fn one_unnamed_person(cx: &Context, n: &Named) -> bool {
    use crate::analysis::names::{Lexical, ordinary_word_in};
    if n.name.is_some() {
        return false;
    }
    let k = cx.doc.word_index_containing(n.range.start);
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    if w.kind() != crate::text::WordKind::Arabic || t.org_noun() || t.agency().is_some() {
        return false;
    }
    let key = bare_key(cx, k);
    if matches!(key, "احد" | "احدى" | "احدي") {
        return true;
    }
    let plain = w
        .plain
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3);
    let plain = plain.unwrap_or(&w.plain);
    let definite = plain.starts_with("ال");
    let stem = plain.strip_prefix("ال").unwrap_or(plain);
    if ["ان", "ون", "ين", "ات"].iter().any(|s| stem.ends_with(s)) || stem.chars().count() < 3
    {
        return false;
    }
    let stem = match stem.strip_suffix('ة') {
        Some(_) if definite => return false,
        Some(m) => m,
        None => stem,
    };
    crate::text::with_joined(stem, "ون", |pl| {
        ordinary_word_in(cx, pl) != Lexical::Unknown
    })
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
    fn a_relative_pronoun_after_a_name_and_a_comma_is_that_persons_words() {
        // The relative clause describes the name before its comma (or before one apposition):
        // its verb's words are hers, not the earlier speaker's.
        let s = names(
            "وقال الوزير سامر الخطيب إن «الوضع صعب».\nواستمعت المحكمة إلى ليلى حداد، التي قالت إنها «دفعت كل شيء».",
        );
        assert_eq!(
            s,
            vec![Some("الوزير سامر الخطيب".into()), Some("ليلى حداد".into())]
        );
        let s = names(
            "وقال الوزير سامر الخطيب إن «الوضع صعب».\nواستمعت المحكمة إلى ليلى حداد، إحدى المشتريات، التي قالت إنها «دفعت كل شيء».",
        );
        assert_eq!(
            s,
            vec![Some("الوزير سامر الخطيب".into()), Some("ليلى حداد".into())]
        );
        // A relative verb with an object (نقلت روايته) is no verb of saying: no speaker from it.
        let s = names(
            "وقال الوزير سامر الخطيب إن «الوضع صعب».\nكما تحدث عن المترجمة كلير دوبوا، التي نقلت روايته إلى الفرنسية، وعن مشروعه الذي يصفه بأنه «رواية عن البحر».",
        );
        assert_eq!(s, vec![Some("الوزير سامر الخطيب".into()), None]);
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
    fn a_plural_participle_does_not_continue_one_person() {
        // محذرين agrees with the residents, the subject after طالب: not the mayor's words.
        let s = speakers(
            "وقال رئيس البلدية مازن الكردي إن «الطريق سيصلح قريباً».\nوطالب سكان الحي المجلس بإصلاح الطريق، محذرين من أن «الشتاء على الأبواب».",
        );
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(
            !s[1].1.as_deref().is_some_and(|t| t.contains("الكردي")),
            "{s:?}"
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
