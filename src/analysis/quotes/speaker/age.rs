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
/// to someone it has just introduced (issue 12, probe31). Also a noun of a person with only
/// adjectives after it ([`epithet_description`]: الطبيبة السورية، الأم الشابة). `None` otherwise.
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
    if let Some(found) = epithet_description(cx, j) {
        return Some(found);
    }
    let gender = match word(j + 1)?.key.as_str() {
        "البالغ" => Gender::Masculine,
        "البالغه" => Gender::Feminine,
        _ => {
            let g = person_noun_gender(bare_key(cx, j))?;
            return ((j..j + 2).all(spaced) && describing_word(cx, j + 1)).then_some((j + 2, g));
        }
    };
    age_tail(cx, j, j + 2).map(|end| (end, gender))
}

/// The end (word index, exclusive) of the age after البالغ(ة) at word `k - 1`, the description
/// starting at word `j`: optionally من العمر, a number in digits and a word of years (عاما، سنة،
/// سنوات، أعوام), with only spaces between the words from `j` on. `None` otherwise.
fn age_tail(cx: &Context, j: usize, k: usize) -> Option<usize> {
    let word = |k: usize| cx.doc.words.get(k);
    let spaced = |k: usize| k == 0 || gap(cx, k - 1, k).trim().is_empty();
    let mut k = k;
    if word(k)?.key.as_str() == "من" && word(k + 1)?.key.as_str() == "العمر" {
        k += 2;
    }
    if word(k)?.kind() != WordKind::Number {
        return None;
    }
    let unit = word(k + 1)?.key.as_str();
    let unit = unit.trim_end_matches(['ا', 'ً']);
    (matches!(unit, "عام" | "سنه" | "سنوات" | "اعوام") && (j..k + 2).all(spaced)).then_some(k + 2)
}

/// The end (word index, exclusive) and gender of an epithet standing for a person at word `j`:
/// a definite noun of a person ([`person_class_gender`]: الطبيبة، الأم، السيدة، المزارع) followed
/// by one to three definite adjectives ([`epithet_adjective`]: السورية، الأربعينية، الشابة) and
/// nothing that could be a name: the phrase ends at a function word (لـ، إن، في) or punctuation
/// other than a comma, which may open the name in apposition,
/// or runs on into البالغ(ة) and an age (اللاعبة الكولومبية البالغة 22 عاما, whatever its head
/// noun; the gender is then البالغ's). Reason: a definite noun of a person with only adjectives
/// and no name is an epithet by which copy refers back to someone it has just named (تعمل فلانة
/// ... وتقول الطبيبة السورية:), never a new speaker. `None` otherwise.
fn epithet_description(cx: &Context, j: usize) -> Option<(usize, Gender)> {
    let words = &cx.doc.words;
    let spaced = |k: usize| k == 0 || gap(cx, k - 1, k).trim().is_empty();
    let head = words.get(j)?;
    if head.kind() != WordKind::Arabic || !spaced(j) || cx.lex.words.get(j)?.given > 0 {
        return None;
    }
    let mut k = j + 1;
    while k < words.len() && k <= j + 3 && spaced(k) && epithet_adjective(cx, k) {
        k += 1;
    }
    if k == j + 1 {
        return None;
    }
    let age = match words.get(k).map(|w| w.key.as_str()) {
        Some("البالغ") => Some(Gender::Masculine),
        Some("البالغه") => Some(Gender::Feminine),
        _ => None,
    };
    if let Some(g) = age {
        let head_agrees = person_class_gender(bare_key(cx, j)).is_none_or(|h| h == g);
        return (spaced(k) && head_agrees && bare_key(cx, j).starts_with("ال"))
            .then(|| age_tail(cx, j, k + 1))
            .flatten()
            .map(|end| (end, g));
    }
    let Some(g) = person_class_gender(bare_key(cx, j)) else {
        return official_epithet(cx, j, k);
    };
    // A comma may open the name in apposition (قالت الكاتبة اللبنانية، فلانة الفلانية، إن): it
    // closes the epithet only before a function word (، خلال ندوة).
    let g_after = gap(cx, k - 1, k);
    let closed = k >= words.len()
        || super::function(cx, k)
        || (super::breaks_phrase(g_after) && !g_after.contains(['،', ',']))
        || words[k].plain.trim_end_matches('ـ') == "ل";
    closed.then_some((k, g))
}

/// The end (word `k`, past the adjectives) and gender of المسؤول or المسؤولة (also written
/// المسئول) at word `j` with one nisba of a place after it (المسؤول الأوكراني، المسؤولة
/// السعودية) and then a complementizer, a colon or the end of the sentence. Reason: copy
/// introduces an unnamed official indefinite (قال مسؤول أوكراني) and comes back to an official
/// it has named (نائب الوزير فلان ... وأضاف المسؤول الأوكراني أن) by the definite noun and the
/// country's nisba, so the epithet is the person just named; in a story that has an unnamed
/// official before it ([`unnamed_official_before`]) it may be that source, and it is left to the
/// post reading. `None` otherwise.
fn official_epithet(cx: &Context, j: usize, k: usize) -> Option<(usize, Gender)> {
    let g = match bare_key(cx, j) {
        "المسؤول" | "المسئول" => Gender::Masculine,
        "المسؤوله" | "المسئوله" => Gender::Feminine,
        _ => return None,
    };
    let words = &cx.doc.words;
    if k != j + 2 || !cx.lex.words.get(j + 1)?.place_nisba() {
        return None;
    }
    let g_after = gap(cx, k - 1, k);
    let closed = k >= words.len()
        || (g_after.trim().is_empty() && super::complementizer(cx, k))
        || g_after.contains([':', '.', '\n']);
    (closed && !unnamed_official_before(cx, j)).then_some((k, g))
}

/// True when one of the 400 words before word `j` is the indefinite noun مسؤول or مسؤولة (also
/// مسئول, after و/ف or not): an unnamed official the story introduced, whom a later «المسؤول +
/// nisba» may stand for. (A bounded look back: the cost stays linear in the text.)
fn unnamed_official_before(cx: &Context, j: usize) -> bool {
    (j.saturating_sub(400)..j).any(|x| {
        matches!(
            bare_key(cx, x),
            "مسؤول" | "مسئول" | "مسؤوله" | "مسئوله" | "مسؤولا" | "مسئولا"
        )
    })
}

/// True when word `k` is a definite adjective that can describe a person in an epithet: a nisba
/// (ending in ي or ية: السوري، الأربعينية، التشكيلية) or an adjective of age or former status
/// (الشاب، الشابة، العجوز، المسن، الصغير، الكبير، السابق، with their feminines), no title and no
/// given name. A closed class of Arabic adjectives of a person's origin, age and status, written
/// for isnad; the nisba is recognised by its ending, the adjectival suffix of Arabic grammar.
fn epithet_adjective(cx: &Context, k: usize) -> bool {
    let Some(t) = cx.lex.words.get(k) else {
        return false;
    };
    if cx.doc.words[k].kind() != WordKind::Arabic || t.title > 0 || t.given > 0 {
        return false;
    }
    let key = cx.doc.words[k].key.as_str();
    let Some(stem) = key.strip_prefix("ال") else {
        return false;
    };
    let masc = stem.strip_suffix('ه').unwrap_or(stem);
    let nisba = masc.ends_with('ي') && masc.chars().count() >= 4;
    nisba || t.place_nisba() || matches!(masc, "شاب" | "عجوز" | "مسن" | "صغير" | "كبير" | "سابق")
}

/// The gender of a definite noun of a person that copy uses as an epithet for someone it has
/// named (identity key `key`): a generic person noun ([`person_noun_gender`]), a kinship noun
/// (الأم، الأب، الابنة، الجدة، الشقيق ...) or a noun of occupation or condition (الطبيب، المعلم،
/// المزارع، العامل، الطالب، النازح، اللاعب ...), feminine with ة; `None` for any other word.
/// Closed classes of Arabic kinship nouns and of the common person nouns of feature copy,
/// written for isnad.
pub(in crate::analysis::quotes) fn person_class_gender(key: &str) -> Option<Gender> {
    if let Some(g) = person_noun_gender(key) {
        return Some(g);
    }
    match key {
        "الام" | "الابنه" | "البنت" | "الزوجه" | "الاخت" | "الجده" | "الوالده" =>
        {
            return Some(Gender::Feminine);
        }
        "الاب" | "الابن" | "الزوج" | "الاخ" | "الجد" | "الوالد" => {
            return Some(Gender::Masculine);
        }
        _ => {}
    }
    let (stem, g) = match key.strip_suffix('ه') {
        Some(stem) => (stem, Gender::Feminine),
        None => (key, Gender::Masculine),
    };
    matches!(
        stem,
        "الطبيب"
            | "الممرض"
            | "المعلم"
            | "المدرس"
            | "المزارع"
            | "العامل"
            | "الطالب"
            | "المهندس"
            | "السائق"
            | "التاجر"
            | "الصياد"
            | "الموظف"
            | "الناشط"
            | "الفنان"
            | "الكاتب"
            | "الشاعر"
            | "الروائي"
            | "الرسام"
            | "اللاعب"
            | "النازح"
            | "اللاجئ"
            | "اللاجي"
            | "الناجي"
            | "المتقاعد"
            | "الحارس"
            | "الشقيق"
    )
    .then_some(g)
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

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_names;

    #[test]
    fn an_epithet_with_adjectives_and_an_age_is_the_person_just_named() {
        // Invented: the nurse is the woman named in the sentence before, not a new speaker.
        let src = "تعمل سلوى حداد منذ عشر سنوات في مستشفى ريفي. وتقول الممرضة اللبنانية البالغة من العمر 45 عاما: «العمل هنا لا يتوقف ليلا ولا نهارا».";
        assert_eq!(speaker_names(src), [Some("سلوى حداد".to_string())]);
    }

    #[test]
    fn a_kinship_or_person_noun_with_adjectives_is_the_person_just_named() {
        let src = "تنتظر سعاد يوسف أمام باب المدرسة كل صباح.\nوتقول الأم العراقية: «لا أترك ابني يعود وحده».";
        assert_eq!(speaker_names(src), [Some("سعاد يوسف".to_string())]);
        let src = "تنتظر سعاد يوسف أمام باب المدرسة كل صباح. تقول السيدة الخمسينية لـ«الصحيفة» إن «الطريق خطر على الأطفال».";
        assert_eq!(
            speaker_names(src).last().cloned().flatten(),
            Some("سعاد يوسف".to_string())
        );
    }

    #[test]
    fn an_epithet_with_no_one_named_before_is_unclear_and_one_with_a_name_is_that_name() {
        let src = "وتقول الأم الشابة: «لا أترك ابني يعود وحده».";
        assert_eq!(speaker_names(src), [None]);
        let src = "وقالت الطبيبة السورية ريم حداد: «الامتحان تأخر كثيرا».";
        assert_eq!(
            speaker_names(src),
            [Some("الطبيبة السورية ريم حداد".to_string())]
        );
    }
}
