//! What a word's spelling alone says to the name layer's per-word tests: the
//! [`crate::analysis::lexicon::shape`] bits of the name layer, worked out once per spelling and
//! profile by the lexicon's memo (`lexicon::spelled`) and read from the word's tags, so that the
//! seeds pass, asked of every word, reads one bit instead of the word's letters and readings.
//!
//! Invariant: each bit is exactly the part of its test that reads the word's spelling (plain
//! form, key, key readings) and the Arabic lexicon, nothing of the words around nor of the
//! tags; the tests still ask their other conditions themselves
//! (`tests::shape_bits_are_the_tests_of_the_spelling`).

use super::{
    at_least_chars, dual_place_noun, has_article, is_org_lead, is_place_noun, lead_key,
    looks_common, preposition_with_pronoun,
};
use crate::analysis::lexicon::shape;
use crate::text::Word;

/// The name layer's [`shape`] bits of `w`'s spelling: [`shape::NAMEABLE`],
/// [`shape::NOT_COMMON`], [`shape::FOREIGN`], [`shape::TA_MARBUTA`], [`shape::LEAD`],
/// [`shape::EAST_ASIAN`], [`shape::NAME_HEAD`] and [`shape::NAME_HEADS`] (see each).
pub(crate) fn spelling_shape(w: &Word) -> u16 {
    // A Persian/Urdu lookalike letter (عزیز، الحکومة) is the Arabic letter typed on another
    // keyboard: the spelling's shape is that of the word in Arabic letters (the key has them).
    let clean = w.clean();
    if clean.as_ref() != w.plain.as_str() {
        let mut arabic = w.clone();
        arabic.plain = crate::text::token::Text::new(&clean);
        return shape_of(&arabic);
    }
    shape_of(w)
}

/// [`spelling_shape`] of a word whose plain spelling has no lookalike letter to fold.
fn shape_of(w: &Word) -> u16 {
    let plain = w.plain.as_str();
    let mut bits = 0;
    let prep = preposition_with_pronoun(plain);
    if plain.len() >= 6 && !prep {
        bits |= shape::NAMEABLE;
    }
    if !looks_common(plain) && !has_article(w) {
        bits |= shape::NOT_COMMON;
    }
    if !prep && foreign_spelling(plain) {
        bits |= shape::FOREIGN;
    }
    if super::ta_marbuta_spelling(w).is_some() {
        bits |= shape::TA_MARBUTA;
    }
    if lead_spelling(w) {
        bits |= shape::LEAD;
    }
    if super::east_asian::family_name(w.key.as_str()) {
        bits |= shape::EAST_ASIAN;
    }
    bits | head_bits(w)
}

/// [`shape::NAME_HEAD`] and [`shape::NAME_HEADS`] of `w`: a reading of its key for which
/// `name_variant::name_head` holds, asked for one name or for several.
fn head_bits(w: &Word) -> u16 {
    let mut bits = 0;
    for (_, r) in w.key_readings().iter() {
        if super::name_variant::name_head(r.as_str(), false) {
            bits |= shape::NAME_HEAD;
        }
        if super::name_variant::name_head(r.as_str(), true) {
            bits |= shape::NAME_HEADS;
        }
    }
    bits
}

/// True when `w` may lead a place or an organisation named by the word after it in
/// `names::listed_seeds`: its [`lead_key`] is a place noun (مدينة) or an organisation's head noun
/// (حركة), or it is the dual of a place noun in construct ([`dual_place_noun`]: مدينتي). The words
/// after it decide the rest.
fn lead_spelling(w: &Word) -> bool {
    let readings = w.key_readings();
    let stripped = readings.last().map(|(_, r)| r.as_str()).unwrap_or_default();
    let key = lead_key(w.key.as_str(), stripped);
    is_place_noun(key) || is_org_lead(key) || dual_place_noun(w).is_some()
}

/// True when `plain` (a word as written) has the letters of a transliterated name's word for
/// [`super::foreign_name_word`]: no article, three letters or more, a long vowel letter (ا، و، ي)
/// after the first letter, and not an imperfect verb in the plural (ي or ت ... وا). The
/// preposition with a pronoun is asked apart (its answer is shared with [`shape::NAMEABLE`]).
fn foreign_spelling(plain: &str) -> bool {
    let mut rest = plain.chars();
    rest.next();
    !plain.starts_with("ال")
        && at_least_chars(plain, 3)
        && rest.any(|c| matches!(c, 'ا' | 'و' | 'ي'))
        && !(plain.starts_with(['ي', 'ت']) && plain.ends_with("وا"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Context;
    use crate::profile::Profile;
    use crate::text::{Document, Format};

    /// The bit of word `plain` of `src` in its tags.
    fn bit_of(src: &str, plain: &str, bit: u16) -> bool {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = doc.words.iter().position(|w| w.plain == plain).unwrap();
        cx.lex.words[at].has_shape(bit)
    }

    #[test]
    fn shape_bits_are_the_tests_of_the_spelling() {
        let src = "قال عليه الصلاة إن كارين تعمل في المدرسة مع يكتبوا ومنه سامي الخالدية ليقول: عبر عن رأيه، قاطعه أحدهم: لا يخفي قلقه.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        // Each word's bits are the spelling's, whatever the words around.
        for (w, t) in doc.words.iter().zip(&cx.lex.words) {
            let plain = w.plain.as_str();
            let name_bits = [
                shape::NAMEABLE,
                shape::NOT_COMMON,
                shape::FOREIGN,
                shape::TA_MARBUTA,
                shape::LEAD,
                shape::EAST_ASIAN,
            ];
            for bit in name_bits {
                assert_eq!(t.has_shape(bit), spelling_shape(w) & bit != 0, "{plain}");
            }
            assert_eq!(
                t.has_shape(shape::NAMEABLE),
                plain.len() >= 6 && !preposition_with_pronoun(plain),
                "{plain}"
            );
            assert_eq!(
                t.has_shape(shape::NOT_COMMON),
                !looks_common(plain) && !has_article(w),
                "{plain}"
            );
            assert_eq!(
                t.has_shape(shape::TA_MARBUTA),
                super::super::ta_marbuta_spelling(w).is_some(),
                "{plain}"
            );
        }
        // A preposition with a pronoun is no name's word; a short word neither.
        assert!(!bit_of(src, "عليه", shape::NAMEABLE));
        assert!(!bit_of(src, "ومنه", shape::NAMEABLE));
        assert!(bit_of(src, "كارين", shape::NAMEABLE));
        // A transliterated name has a long vowel after its first letter; a plural imperfect
        // (يكتبوا) and a definite word do not count.
        assert!(bit_of(src, "كارين", shape::FOREIGN));
        assert!(bit_of(src, "سامي", shape::FOREIGN));
        assert!(!bit_of(src, "يكتبوا", shape::FOREIGN));
        assert!(!bit_of(src, "المدرسة", shape::FOREIGN));
        // A common noun's ending or the article.
        assert!(!bit_of(src, "الصلاة", shape::NOT_COMMON));
        assert!(!bit_of(src, "المدرسة", shape::NOT_COMMON));
        assert!(bit_of(src, "كارين", shape::NOT_COMMON));
        // A place noun and an organisation's head noun lead a name; the dual of a place noun in
        // construct too.
        let leads = "زار مدينة حلب ثم مدينتي حمص وحماة وحركة النهضة وبيتها";
        for lead in ["مدينة", "مدينتي", "وحركة"] {
            assert!(bit_of(leads, lead, shape::LEAD), "{lead}");
        }
        for other in ["حلب", "زار", "وبيتها"] {
            assert!(!bit_of(leads, other, shape::LEAD), "{other}");
        }
        // A listed East Asian family name, alone or after و, is the spelling's bit; the words
        // around it are not.
        let asian = "استقبل الرئيس ووانغ يي ثم قال كيم هيون إن تشانغ المدير سافر أمس";
        for family in ["ووانغ", "كيم", "تشانغ"] {
            assert!(bit_of(asian, family, shape::EAST_ASIAN), "{family}");
        }
        for other in ["الرئيس", "يي", "قال", "هيون", "المدير", "أمس"] {
            assert!(!bit_of(asian, other, shape::EAST_ASIAN), "{other}");
        }
    }

    #[test]
    fn name_head_bits_are_the_test_of_the_key_readings() {
        // Heads of one name (a place noun, an organisation's head noun, a field, after و or ب),
        // of several (a dual in ي or ا, a plural in ات) and words that head none.
        let src = "وزار الوفد محافظتي الشمال والجنوب ثم ولايات الساحل وحقل الشرارة وبمدينة \
                   صفاقس ومطارها، وقالت شركتا النفط إن مصرف لبنان سيرد غدا على أسئلة الصحفيين.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let head = |w: &Word, several: bool| {
            w.key_readings()
                .iter()
                .any(|(_, r)| super::super::name_variant::name_head(r.as_str(), several))
        };
        for (w, t) in doc.words.iter().zip(&cx.lex.words) {
            let plain = w.plain.as_str();
            assert_eq!(t.has_shape(shape::NAME_HEAD), head(w, false), "{plain}");
            assert_eq!(t.has_shape(shape::NAME_HEADS), head(w, true), "{plain}");
        }
        for one in ["وحقل", "وبمدينة", "مصرف", "محافظتي", "ولايات", "شركتا"]
        {
            assert!(bit_of(src, one, shape::NAME_HEAD), "{one}");
        }
        for several in ["محافظتي", "ولايات", "شركتا"] {
            assert!(bit_of(src, several, shape::NAME_HEADS), "{several}");
        }
        for single in ["وحقل", "وبمدينة", "مصرف"] {
            assert!(!bit_of(src, single, shape::NAME_HEADS), "{single}");
        }
        for other in ["وزار", "الوفد", "الشمال", "وقالت", "الصحفيين", "ومطارها"]
        {
            assert!(!bit_of(src, other, shape::NAME_HEAD), "{other}");
        }
    }

    #[test]
    fn speaker_shape_bits_are_the_tests_of_the_spelling() {
        let src = "قال إن كارين تعمل في المدرسة ليقول: عبر عن رأيه، قاطعه أحدهم: لا يخفي قلقه.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        for (w, t) in doc.words.iter().zip(&cx.lex.words) {
            assert_eq!(
                t.has_shape(shape::CONTEXT_CUE),
                crate::analysis::quotes::context_cue_spelling(w, &p),
                "{}",
                w.plain.as_str()
            );
        }
        // The verbs read in context: لـ + a reporting verb, عبر، قاطعه، يخفي; not an ordinary word.
        for cue in ["ليقول", "عبر", "قاطعه", "يخفي"] {
            assert!(bit_of(src, cue, shape::CONTEXT_CUE), "{cue}");
        }
        for other in ["المدرسة", "كارين", "قلقه", "رأيه"] {
            assert!(!bit_of(src, other, shape::CONTEXT_CUE), "{other}");
        }
        // The speaker layer's bits are its spelling's too.
        for (w, t) in doc.words.iter().zip(&cx.lex.words) {
            let speaker_bits = crate::analysis::quotes::spelling_shape(w, &p);
            for bit in [shape::CONTEXT_CUE, shape::TOPIC, shape::KANA] {
                assert_eq!(
                    t.has_shape(bit),
                    speaker_bits & bit != 0,
                    "{}",
                    w.plain.as_str()
                );
            }
        }
        // A verb may open a topic clause; a function word, a complementizer, an adverb or a
        // definite word may not, كان may (with و).
        let topics = "وكان الوزير قد قال أمس إن الحكومة في وضع صعب، وأظهر فلان موقفه";
        for open in ["وكان", "قال", "وأظهر", "صعب"] {
            assert!(bit_of(topics, open, shape::TOPIC), "{open}");
        }
        for other in ["الوزير", "قد", "أمس", "إن", "الحكومة", "في"] {
            assert!(!bit_of(topics, other, shape::TOPIC), "{other}");
        }
        assert!(bit_of(topics, "وكان", shape::KANA));
        assert!(!bit_of(topics, "قال", shape::KANA));
    }
}
