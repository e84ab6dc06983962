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
/// `None` otherwise.
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
        _ => return None,
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
