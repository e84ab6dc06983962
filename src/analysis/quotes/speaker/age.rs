//! A description with an age (الشاب البالغ 24 عاما) read as a phrase of its own (issue 12,
//! probe18): the reader leaves it to continuity, which finds the person it points back to.

use super::{Gender, bare_key, gap};
use crate::analysis::Context;
use crate::text::WordKind;

/// The end (word index, exclusive) and gender of a description with an age starting at word
/// `j`: a definite noun (الشاب، المرأة، اللاعب), البالغ or البالغة, optionally من العمر, a number
/// in digits and a word of years (عاما، سنة، سنوات، أعوام). The gender is the one البالغ(ة)
/// agrees in; only spaces stand between the words and before the noun. Reason: البالغ with an age is an adjective phrase describing the noun before it,
/// so the words are one description of a person, never a post followed by its holder's name.
/// Also a generic noun for a person ([`person_noun_gender`]: الرجل، المرأة) followed by a word
/// that describes it ([`describing_word`]: الرجل القادم من ...، المرأة التي ...), ending after
/// that word, with the noun's gender: such a noun with a description is how news copy comes back
/// to someone it has just introduced (issue 12, probe31). `None` otherwise.
pub(in crate::analysis::quotes) fn age_description(
    cx: &Context,
    j: usize,
) -> Option<(usize, Gender)> {
    let word = |k: usize| cx.doc.words.get(k);
    let head = word(j)?;
    if head.kind() != WordKind::Arabic || !bare_key(cx, j).starts_with("ال") {
        return None;
    }
    // Only spaces between the words, and between the word before and the head: set off by a
    // comma (قال المتهم، البالغ من العمر 52 سنة:) the age is an apposition to a subject the
    // reader reads itself.
    let spaced = |k: usize| k == 0 || gap(cx, k - 1, k).trim().is_empty();
    let gender = match word(j + 1)?.key.as_str() {
        "البالغ" => Gender::Masculine,
        "البالغه" => Gender::Feminine,
        _ => {
            let g = person_noun_gender(bare_key(cx, j))?;
            return ((j..j + 2).all(spaced) && describing_word(cx, j + 1)).then_some((j + 2, g));
        }
    };
    let mut k = j + 2;
    if word(k)?.key.as_str() == "من" && word(k + 1)?.key.as_str() == "العمر" {
        k += 2;
    }
    if word(k)?.kind() != WordKind::Number {
        return None;
    }
    let unit = word(k + 1)?.key.as_str();
    let unit = unit.trim_end_matches(['ا', 'ً']);
    (matches!(unit, "عام" | "سنه" | "سنوات" | "اعوام") && (j..k + 2).all(spaced))
        .then_some((k + 2, gender))
}

/// The gender of a definite generic noun for a grown person, by identity key (الرجل، الشاب،
/// الفتى: masculine; المرأة، الشابة، الفتاة، السيدة: feminine); `None` for any other word. News
/// copy uses one for someone it has named already, never for a new speaker. A closed class
/// written for isnad, read by continuity's generic-person tests too.
pub(in crate::analysis::quotes) fn person_noun_gender(key: &str) -> Option<Gender> {
    match key {
        "الرجل" | "الشاب" | "الفتي" => Some(Gender::Masculine),
        "المراه" | "المرأه" | "الشابه" | "الفتاه" | "السيده" => {
            Some(Gender::Feminine)
        }
        _ => None,
    }
}

/// True when word `k` (right after a generic person noun) describes that person rather than
/// naming a rank or a post: a relative pronoun (الذي، التي) or a definite active participle that
/// is no title, of the measure فاعل (القادم، العائد) or a derived one opening with م (المقيم،
/// المنحدر), but no ordinal (الرجل الثاني في الحزب is a rank, "the number two"). Reason: a
/// participle or relative clause after الرجل/المرأة tells what the person does or where they come
/// from, as copy does when it returns to someone it has just described.
fn describing_word(cx: &Context, k: usize) -> bool {
    let Some(w) = cx.doc.words.get(k) else {
        return false;
    };
    if w.kind() != WordKind::Arabic || cx.lex.words.get(k).is_none_or(|t| t.title > 0) {
        return false;
    }
    let key = bare_key(cx, k);
    if matches!(key, "الذي" | "التي") {
        return true;
    }
    let Some(stem) = key.strip_prefix("ال") else {
        return false;
    };
    let letters: Vec<char> = stem.chars().collect();
    let ordinal = matches!(
        stem,
        "ثاني" | "ثالث" | "رابع" | "خامس" | "سادس" | "سابع" | "ثامن" | "تاسع" | "عاشر"
    );
    let faail = letters.len() == 4 && letters[1] == 'ا';
    let derived = letters.len() >= 4 && letters[0] == 'م';
    !ordinal && (faail || derived)
}
