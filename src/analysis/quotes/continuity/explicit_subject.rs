//! A subject after a reporting verb that the reader could not read (issue 12, UNCLEAR15): what
//! follows a verb that takes its content only through a preposition or أن is its subject, so a
//! noun there that does not name the last speaker again makes the speaker unclear rather than
//! carried over ([`super::unread_subject_after`] asks these questions).

use super::super::speaker::{
    Named, adverb, bare_key, breaks_phrase, complementizer, function, gap, in_person, starts_person,
};
use super::{article_less, has_article_less_key};
use crate::analysis::Context;
use std::ops::Range;

/// True when the reporting verb at word `i` is one that takes its content only through a
/// preposition or a complementizer, never through a noun object (قال، أضاف، أشار إلى، لفت إلى،
/// شدد على، صرّح بـ، أعرب عن، عبّر عن، نوّه إلى، أردف، أفاد بـ; perfect and imperfect, either gender, after
/// و/ف): a noun right after such a verb can only be its subject (ويشير التقرير إلى أن). Keys are
/// hamza-folded (أشار → اشار). A closed class of the grammar of these verbs, written for isnad.
pub(super) fn content_by_particle(cx: &Context, i: usize) -> bool {
    let key = bare_key(cx, i);
    super::super::speaker::pointing_verb_key(key)
        || matches!(
            key,
            "قال"
                | "قالت"
                | "يقول"
                | "تقول"
                | "اضاف"
                | "اضافت"
                | "يضيف"
                | "تضيف"
                | "شدد"
                | "شددت"
                | "يشدد"
                | "تشدد"
                | "صرح"
                | "صرحت"
                | "يصرح"
                | "تصرح"
                | "اعرب"
                | "اعربت"
                | "يعرب"
                | "تعرب"
                | "اردف"
                | "اردفت"
                | "يردف"
                | "تردف"
                | "افاد"
                | "افادت"
                | "يفيد"
                | "تفيد"
                | "عبر"
                | "عبرت"
                | "يعبر"
                | "تعبر"
        )
}

/// True when the definite noun at word `k`, the subject of a reporting verb, refers back to the
/// speaker `n` rather than bringing in someone new: it names a word of the speaker's phrase again
/// without the article (الوزير after وزير الخارجية فلان, المصدر after مصدر مطلع, المسؤول after
/// مسؤول في الشرطة), it is followed by an adjective of sameness (المصدر ذاته، المسؤول نفسه), it
/// is a noun of an unnamed source (المصدر، المصادر: the source already quoted), or it is a generic
/// noun for a person (الرجل، المرأة، الشاب، الفتاة), which news copy uses only for someone already
/// named. Any other definite noun there (التقرير، الأم)
/// is a subject of its own that the reader did not name.
pub(super) fn anaphor_of(cx: &Context, k: usize, n: &Named) -> bool {
    let key = article_less(bare_key(cx, k));
    let same = k + 1 < cx.doc.words.len()
        && gap(cx, k, k + 1).trim().is_empty()
        && matches!(
            cx.doc.words[k + 1].key.as_str(),
            "ذاته" | "ذاتها" | "نفسه" | "نفسها" | "عينه" | "عينها"
        );
    same || crate::profile::lists::source_nouns().contains(key)
        || has_article_less_key(cx, n, key)
        || matches!(
            key,
            "رجل" | "مراه" | "مرأه" | "شاب" | "شابه" | "فتاه" | "فتي" | "سيده"
        )
}

/// True when word `k` is نفس or ذات ("the same") before a definite noun with only a space between
/// (نفس المصدر، ذات المسؤول): the phrase refers back to the speaker named before, so after a
/// reporting verb it is that speaker again, not a subject of its own.
pub(super) fn sameness_before(cx: &Context, k: usize) -> bool {
    k + 1 < cx.doc.words.len()
        && matches!(bare_key(cx, k), "نفس" | "ذات")
        && gap(cx, k, k + 1).trim().is_empty()
        && cx.doc.words[k + 1].key.starts_with("ال")
}

/// The Arabic honorifics of address (ألقاب المخاطبة: سمو، معالي، سعادة، فخامة، سيادة، جلالة،
/// سماحة، دولة، نيافة، غبطة، قداسة), each as its stem before ة with whether it is written with
/// ة (سمو and معالي are not). They are the styles by which a ruler, a minister, an ambassador, a
/// president, a prime minister or a prelate is addressed; a closed class of Arabic protocol,
/// written for isnad from the styles of address of Arab states and churches.
const HONORIFICS: [(&str, bool); 11] = [
    ("سمو", false),
    ("معالي", false),
    ("سعاد", true),
    ("فخام", true),
    ("سياد", true),
    ("جلال", true),
    ("سماح", true),
    ("دول", true),
    ("نياف", true),
    ("غبط", true),
    ("قداس", true),
];

/// True when the identity key `key` (hamza-folded, ة as ه, no conjunction) is an honorific of
/// address standing alone ([`HONORIFICS`]: معالي، سعاده، سمو): the style of address of the post
/// or name that follows it.
pub(in crate::analysis::quotes) fn honorific_of_address(key: &str) -> bool {
    HONORIFICS.iter().any(|&(stem, ta)| {
        key.strip_prefix(stem)
            .is_some_and(|r| r == if ta { "ه" } else { "" })
    })
}

/// True when the identity key `key` (hamza-folded, ة as ه) is an honorific of address with a
/// possessive pronoun ([`HONORIFICS`] with ت for their ة: سموه، معاليه، سعادته، فخامتها): such a
/// word stands for the person it is said of, the one already named, so after a reporting verb it
/// is that speaker again, unlike any other noun with a possessive pronoun (زميلته، محاميه), which
/// names someone related to them.
pub(super) fn honorific(key: &str) -> bool {
    // With or without a conjunction (ومعاليه); فخامته keeps its ف.
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    [key, bare].iter().any(|k| {
        HONORIFICS.iter().any(|&(stem, ta)| {
            k.strip_prefix(stem)
                .and_then(|r| if ta { r.strip_prefix('ت') } else { Some(r) })
                .is_some_and(|r| matches!(r, "ه" | "ها" | "هم"))
        })
    })
}

/// True when word `k` names the speaker `n` again: its key without the article is, without the
/// article, the key of a word of the speaker's phrase or of the text the reader gave the speaker
/// (a post resolved to its holder carries the holder's name in brackets, رئيس اللجنة (فلان
/// فلانة), so a family name alone after the verb, وقال فلانة, is that holder again).
pub(super) fn names_speaker_again(cx: &Context, k: usize, n: &Named) -> bool {
    let Some(w) = cx.doc.words.get(k) else {
        return false;
    };
    let key = article_less(w.key.as_str());
    has_article_less_key(cx, n, key)
        || n.text
            .split(|c: char| !crate::text::chars::is_arabic_word_char(c))
            .filter(|s| !s.is_empty())
            .any(|s| article_less(&crate::text::normalize::identity(s)) == key)
}

/// True when the identity key `key` ends with a possessive pronoun (ه، ها، هم، هما، هن) on a
/// noun: what stands before the suffix is at least two letters and no preposition or particle
/// that takes a pronoun (فيها، عليه، منهم، لديها، عنده، إليه، لكنه), so the word is a noun with a
/// pronoun of its possessor (زميلته، حديثه). Written as the key spells it (hamza-folded, ة as ه:
/// a word whose plain form ends in ة is no possessed noun, which the caller checks).
pub(super) fn possessed_noun(key: &str) -> bool {
    ["هما", "هم", "هن", "ها", "ه"].iter().any(|p| {
        key.strip_suffix(p).is_some_and(|stem| {
            stem.chars().nth(1).is_some()
                && !matches!(
                    stem,
                    "في" | "علي"
                        | "عن"
                        | "من"
                        | "مع"
                        | "لدي"
                        | "عند"
                        | "الي"
                        | "امام"
                        | "خلف"
                        | "بين"
                        | "حول"
                        | "ضد"
                        | "نحو"
                        | "دون"
                        | "عبر"
                        | "لكن"
                        | "ان"
                        | "بان"
                        | "لان"
                        | "كان"
                        | "وفي"
                        | "فان"
                        | "وان"
                )
        })
    })
}

/// How many words the subject read by [`noun_phrase`] may hold.
const SUBJECT_WORDS: usize = 5;

/// The subject noun phrase that starts at word `k`, right after a reporting verb that takes no
/// noun object, which the reader could not name ([`super::unread_subject_after`]): the words
/// from `k` up to, not including, the first that is a function word (a preposition, a relative
/// pronoun: التي، الذي), a complementizer, a cue, an adverb, or carries a prepositional clitic
/// ل/ب, and before any punctuation (a comma, a colon, a quotation mark); at most
/// [`SUBJECT_WORDS`] words. A noun right after such a verb is its subject, and the subject is the
/// noun with its genitives and adjectives (ويشير التقرير إلى، وكتبت غرفة طوارئ المدينة في،
/// وقال المصرف الذي), so it names the speaker as the text does. `None` when word `k` is a noun
/// with a possessive pronoun ([`possessed_noun`]: زميلته names someone by their tie to another,
/// not who they are) and no name right after it (`persons`: the person mentions, byte ranges,
/// sorted; رئيسته فلانة الفلانية is read whole), a bare definite noun of kinship or a generic noun for a person
/// ([`kin_or_person_noun`]: الأم، الرجل), a phrase followed by a comma and a name (its
/// apposition, where the subject goes on) or no word can be read.
pub(super) fn noun_phrase(cx: &Context, persons: &[Range<usize>], k: usize) -> Option<Named> {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    let first = cx.doc.words.get(k)?;
    if k >= n {
        return None;
    }
    // A post with a possessive pronoun names its holder when the holder's name follows it at
    // once (رئيسته فلانة الفلانية); alone it names someone only by their tie to another.
    if possessed_word(cx, k)
        && !(k + 1 < n
            && gap(cx, k, k + 1).trim().is_empty()
            && (starts_person(cx, persons, k + 1) || cx.lex.words[k + 1].given > 0))
    {
        return None;
    }
    let mut last = k;
    for j in k + 1..(k + SUBJECT_WORDS).min(n) {
        let w = &cx.doc.words[j];
        if !gap(cx, j - 1, j).trim().is_empty()
            || w.kind() != crate::text::WordKind::Arabic
            || function(cx, j)
            || complementizer(cx, j)
            || cx.lex.words[j].is_cue()
            || adverb(cx, j)
            || w.plain.starts_with(['ل', 'ب'])
        {
            break;
        }
        last = j;
    }
    if last == k && kin_or_person_noun(first.key.as_str()) {
        return None;
    }
    if apposed_name_ahead(cx, persons, last) {
        return apposition_after(cx, persons, last);
    }
    let range = first.start()..cx.doc.words[last].end();
    Named::words_in(cx, range, false)
}

/// True when the text `g` between two words is a comma alone (with spaces).
fn comma(g: &str) -> bool {
    matches!(g.trim(), "،" | ",")
}

/// The apposition set off by commas right after the subject phrase ending at word `last` when
/// it names a person (وعبّر شقيق المريض، المتبرع فلان الفلاني، عن سعادته): the reader's phrase
/// from the word after the comma, holding a name, closed by a comma, a complementizer or a
/// preposition. Reason: a noun phrase between commas right after a subject restates that
/// subject, so the person it names is the one who speaks. `None` when no comma follows `last` at
/// once, or the words after it are not such a phrase.
fn apposition_after(cx: &Context, persons: &[Range<usize>], last: usize) -> Option<Named> {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    let k = last + 1;
    if k >= n || !comma(gap(cx, last, k)) {
        return None;
    }
    let limit = (k + CLAUSE_WORDS).min(n);
    let np = super::super::speaker::read_np(cx, persons, k, limit).filter(|np| {
        np.name.is_some() && !np.anonymous && np.range.start == cx.doc.words[k].start()
    })?;
    // The apposition's closing comma may stand a word or two past what the reader took (a
    // family name that is also a time word: فلان الخميس).
    let after = cx.doc.words.partition_point(|w| w.end() <= np.range.end);
    let closed = (after..(after + 3).min(n))
        .take_while(|&m| !breaks_phrase(gap(cx, m - 1, m)) || comma(gap(cx, m - 1, m)))
        .any(|m| comma(gap(cx, m - 1, m)))
        || (after < n && (complementizer(cx, after) || function(cx, after)));
    closed.then_some(np)
}

/// True when the identity key `key` is a definite noun of kinship or a generic noun for a person
/// (الأم، الأب، الابن، الزوجة، الشقيق، الرجل، المرأة ...): alone, with no genitive or name after
/// it, such a noun refers back to someone already named, whom the noun does not say, so it names
/// no speaker by itself. A closed class of Arabic kinship and person nouns, written for isnad.
fn kin_or_person_noun(key: &str) -> bool {
    matches!(
        key,
        "الام"
            | "الاب"
            | "الابن"
            | "الابنه"
            | "البنت"
            | "الزوج"
            | "الزوجه"
            | "الاخ"
            | "الاخت"
            | "الجد"
            | "الجده"
            | "العم"
            | "العمه"
            | "الخال"
            | "الخاله"
            | "الوالد"
            | "الوالده"
            | "الشقيق"
            | "الشقيقه"
            | "الطفل"
            | "الطفله"
    ) || generic_person_noun(key)
}

/// True when the identity key `key` is a definite generic noun for a grown person (الرجل،
/// المرأة، الشاب، الشابة، الفتاة، الفتى، السيدة): news copy uses one for someone it has named
/// already, never for a new speaker. The closed class is `speaker::person_noun_gender`'s (with
/// each noun's gender); continuity's `generic_person` and [`kin_or_person_noun`] read it.
pub(super) fn generic_person_noun(key: &str) -> bool {
    super::super::speaker::person_noun_gender(key).is_some()
}

/// True when the subject phrase `np` read by [`noun_phrase`] names a person by name: one of its
/// words is in a person mention (`persons`, byte ranges, sorted), is a listed given name, or is
/// unknown to the Arabic lexicon (Ayaspell) with and without the article, as a foreign or rare
/// name is (وقالت دانا ليفين). A named person is known to be someone who speaks, so the turn
/// can pass on from them as from any speaker the reader named.
pub(super) fn names_someone(cx: &Context, persons: &[Range<usize>], np: &Named) -> bool {
    use crate::analysis::names::{Lexical, ordinary_word_in};
    let a = cx.doc.word_index_at(np.range.start);
    let b = cx.doc.words.partition_point(|w| w.end() <= np.range.end);
    (a..b.min(cx.lex.words.len())).any(|j| {
        let p = cx.doc.words[j].plain.as_str();
        in_person(cx, persons, j)
            || cx.lex.words[j].given > 0
            || (ordinary_word_in(cx, p) == Lexical::Unknown
                && p.strip_prefix("ال")
                    .is_none_or(|r| ordinary_word_in(cx, r) == Lexical::Unknown))
    })
}

/// How many words after a subject phrase [`apposed_name_ahead`] looks through.
const CLAUSE_WORDS: usize = 16;

/// True when, in the clause after word `last` (up to a complementizer, a colon, a quotation mark
/// that opens no name after a noun introducing one, or a sentence end, at most [`CLAUSE_WORDS`] words), a comma is followed within two words by a
/// name: a person mention's start, a listed given name or a word the Arabic lexicon does not know
/// (قال كبير المحللين في المجموعة، البريطاني فلان، إن). A name set off by a comma after a
/// subject and its complements is the subject's apposition, so the subject goes on past what
/// [`noun_phrase`] read, and the reader cannot tell who it is.
fn apposed_name_ahead(cx: &Context, persons: &[Range<usize>], last: usize) -> bool {
    use crate::analysis::names::{Lexical, ordinary_word_in};
    let n = cx.doc.words.len().min(cx.lex.words.len());
    let name_at = |m: usize| {
        m < n && {
            let w = &cx.doc.words[m];
            starts_person(cx, persons, m)
                || cx.lex.words[m].given > 0
                || (w.kind() == crate::text::WordKind::Arabic
                    && !function(cx, m)
                    && ordinary_word_in(cx, w.plain.as_str()) == Lexical::Unknown)
        }
    };
    for m in last + 1..(last + 1 + CLAUSE_WORDS).min(n) {
        let g = gap(cx, m - 1, m);
        // A quotation mark ends the clause, unless it opens a name after a noun that introduces
        // one (مجموعة «...»، وكالة «...»).
        let opens_name = cx.lex.words[m - 1].org_noun() && !g.contains(['.', ':', '\n']);
        if g.contains(['.', ':', '\n', '؛'])
            || (g.contains(['«', '"', '“', '”']) && !opens_name)
            || complementizer(cx, m)
            || cx.lex.words[m].is_cue()
        {
            return false;
        }
        if g.contains(['،', ','])
            && (name_at(m) || (name_at(m + 1) && !gap(cx, m, m + 1).contains(['،', ','])))
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{honorific, honorific_of_address, possessed_noun};

    #[test]
    fn an_honorific_with_a_pronoun_is_told_from_other_possessed_nouns() {
        assert!(honorific("سموه"));
        assert!(honorific("ومعاليه"));
        assert!(honorific("فخامتها"));
        assert!(honorific("وسعادته"));
        assert!(honorific("غبطته"));
        assert!(!honorific("زميلته"));
        assert!(!honorific("سمو"));
        // سعادة without the ت of its ة, or with a second suffix, is no honorific with a pronoun.
        assert!(!honorific("سعاده"));
        assert!(!honorific("دولتهما"));
    }

    #[test]
    fn an_honorific_alone_is_told_from_other_words_of_its_stem() {
        assert!(honorific_of_address("سعاده"));
        assert!(honorific_of_address("معالي"));
        assert!(honorific_of_address("سمو"));
        assert!(!honorific_of_address("سعادته"));
        assert!(!honorific_of_address("دولي"));
        assert!(!honorific_of_address("سماحت"));
    }

    #[test]
    fn a_preposition_with_a_pronoun_is_no_possessed_noun() {
        assert!(possessed_noun("زميلته"));
        assert!(possessed_noun("حديثها"));
        assert!(!possessed_noun("فيها"));
        assert!(!possessed_noun("عليه"));
        assert!(!possessed_noun("لكنه"));
        assert!(!possessed_noun("ه"));
    }
}

/// True when word `k` is a noun with a possessive pronoun ([`possessed_noun`] on its key) whose
/// stem without the pronoun, of at least four letters, is a word of the Arabic lexicon
/// (Ayaspell), as written or with the ت before the pronoun back to ة (زميلته → زميلة): a name
/// that merely ends in ه (كاوه) is no possessed noun.
pub(super) fn possessed_word(cx: &Context, k: usize) -> bool {
    use crate::analysis::names::{Lexical, ordinary_word_in};
    let Some(w) = cx.doc.words.get(k) else {
        return false;
    };
    let plain = w.plain.as_str();
    if plain.ends_with('ة') || !possessed_noun(w.key.as_str()) {
        return false;
    }
    // A stem of at least four letters: a shorter one is as often a name ending in ه (كاوه).
    let known = |s: &str| s.chars().nth(3).is_some() && ordinary_word_in(cx, s) != Lexical::Unknown;

    ["هما", "هم", "هن", "ها", "ه"].iter().any(|p| {
        plain.strip_suffix(p).is_some_and(|stem| {
            known(stem)
                || stem
                    .strip_suffix('ت')
                    .is_some_and(|b| known(&format!("{b}ة")))
        })
    })
}
