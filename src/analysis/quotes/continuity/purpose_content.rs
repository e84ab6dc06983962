//! A purpose verb of saying followed by its content (issue 12, probe12): عاد الوزير ليؤكد أن
//! الوزارة «...» — the subject of the verb before the purpose verb says the content.

use super::super::speaker::{breaks_phrase, complementizer, gap};
use crate::analysis::Context;

/// True when word `i` (لـ + a present-tense verb, checked by the caller) is followed at once, with
/// no punctuation between, by a complementizer that opens reported content (ليؤكد أن، لتوضح
/// بأن، ليقول إن). Reason: لـ + imperfect states the purpose of the clause before it and shares
/// that clause's subject, and a verb of saying whose content follows as an أن clause reports
/// that subject's words just as when a colon follows it.
pub(super) fn content_after(cx: &Context, i: usize) -> bool {
    i + 1 < cx.doc.words.len().min(cx.lex.words.len())
        && !breaks_phrase(gap(cx, i, i + 1))
        && (complementizer(cx, i + 1) || addressee_then_content(cx, i))
}

/// How many words an addressee with ل may have between a purpose verb and its content
/// (لوكالة فرانس برس، للصحفيين، لقناة «الحدث»): the outlet lists' longest names.
const MAX_ADDRESSEE_WORDS: usize = 4;

/// True when the word after the purpose verb at word `i` is the ل of an addressee (an outlet,
/// an agency or a noun of the press: [`super::super::speaker::lam_of_addressee`]) and a
/// complementizer follows within [`MAX_ADDRESSEE_WORDS`] words, with no punctuation, cue or verb
/// between (عاد فلان ليؤكد لوكالة فرانس برس أن ...). Reason: the one spoken to stands between a
/// verb of saying and its content as an object of the verb, so the أن clause after it is still
/// that verb's content.
fn addressee_then_content(cx: &Context, i: usize) -> bool {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    if i + 2 >= nw || !super::super::speaker::lam_of_addressee(cx, i + 1) {
        return false;
    }
    for j in i + 2..(i + 2 + MAX_ADDRESSEE_WORDS).min(nw) {
        if breaks_phrase(gap(cx, j - 1, j)) {
            return false;
        }
        if complementizer(cx, j) {
            return true;
        }
        let t = &cx.lex.words[j];
        if t.is_cue() || t.verb() {
            return false;
        }
    }
    false
}

/// True when word `k` is the perfect of a hollow verb (عاد، قام، زار، عادت): three letters with
/// alif in the middle (a conjunction و/ف before, the feminine ت after, allowed) whose
/// first-person forms, the alif dropped (عدت، عدنا), the dictionary knows exactly. Reason: a
/// hollow verb loses its long vowel before a consonant suffix, so a word with those forms is that
/// verb, where a noun of the same shape (دار، باب) has none; the conjugation test of the lexicon
/// (قرأ → قرأت، قرأنا) misses such verbs since their stem changes.
pub(super) fn hollow_perfect(cx: &Context, k: usize) -> bool {
    use crate::analysis::names::{Lexical, ordinary_word_in};
    let Some(w) = cx.doc.words.get(k) else {
        return false;
    };
    let p = w.plain.as_str();
    let p = p.strip_suffix('ت').unwrap_or(p);
    let stem: Vec<char> = p.chars().collect();
    let stem = match stem.as_slice() {
        [c1, 'ا', c3] => [*c1, *c3],
        ['و' | 'ف', c1, 'ا', c3] => [*c1, *c3],
        _ => return false,
    };
    let exact = |end: &str| {
        let form: String = stem.iter().collect::<String>() + end;
        ordinary_word_in(cx, &form) == Lexical::Exact
    };
    exact("ت") && exact("نا")
}

/// True when word `k` is a feminine perfect verb (تدخلت، وأعلنت): without a conjunction و/ف and
/// its final ت, a masculine perfect the lexicon conjugates
/// ([`crate::analysis::names::conjugated_verb`]: تدخل → تدخلت، تدخلنا). Reason: the feminine
/// perfect is the masculine stem with ت, a form the conjugation test of the whole word misses.
pub(super) fn feminine_perfect(cx: &Context, k: usize) -> bool {
    let Some(w) = cx.doc.words.get(k) else {
        return false;
    };
    let Some(stem) = w.plain.as_str().strip_suffix('ت') else {
        return false;
    };
    let conj = |p: &str| p.chars().count() >= 3 && crate::analysis::names::conjugated_verb(cx, p);
    conj(stem) || stem.strip_prefix(['و', 'ف']).is_some_and(conj)
}

/// True when word `k` opens its sentence: the document's first word, or a word after a sentence
/// end (. ! ? ؟) or a line break.
pub(super) fn opens_sentence(cx: &Context, k: usize) -> bool {
    k == 0 || gap(cx, k - 1, k).contains(['.', '!', '?', '؟', '\n'])
}

#[cfg(test)]
mod tests {
    use super::super::pointing_back::speakers;

    #[test]
    fn the_subject_before_a_purpose_verb_says_the_content() {
        let s = speakers(
            "وقال الناطق باسم البلدية إن الطرق «مفتوحة». وفي المساء عاد نبيل القاسمي ليؤكد أن الفرق «تعمل طوال الليل».",
        );
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].as_deref(), Some("نبيل القاسمي"));
    }

    #[test]
    fn an_addressee_between_the_purpose_verb_and_its_content_keeps_the_verbs_subject() {
        // لوكالة الأنباء is the one spoken to: the أن clause after it is still ليؤكد's content,
        // and the quotation in it is not the next clause's unnamed diplomat's.
        let s = speakers(
            "وقال وزير المالية نبيل القاسمي إن الموازنة «متوازنة». وعاد القاسمي ليؤكد لوكالة فرانس برس أن الحكومة «ستراجع الضرائب»، فيما قال مسؤول طلب عدم الكشف عن اسمه إن الوزارة «تأخرت».",
        );
        assert_eq!(
            s,
            vec![
                Some("وزير المالية نبيل القاسمي".to_string()),
                Some("القاسمي".to_string()),
                Some("مسؤول طلب عدم الكشف".to_string()),
            ]
        );
        assert!(content(
            "وعاد القاسمي ليؤكد للصحفيين أن الحكومة جاهزة.",
            "ليؤكد"
        ));
        // A verb between the addressee and أن: the content is that verb's.
        assert!(!content(
            "وعاد القاسمي ليؤكد للصحفيين الذين سألوا أن الحكومة جاهزة.",
            "ليؤكد"
        ));
    }

    /// Whether the word `verb` (as written) of `text` is followed by content
    /// ([`super::content_after`] alone).
    fn content(text: &str, verb: &str) -> bool {
        super::super::unread_subjects::at_verb(text, verb, super::content_after)
    }

    #[test]
    fn a_hollow_perfect_is_a_verb_and_a_noun_of_its_shape_is_not() {
        let at = |text: &str, word: &str| {
            let doc = crate::text::Document::new(text, crate::text::Format::Plain);
            let profile = crate::profile::Profile::embedded();
            let cx = crate::analysis::Context::new(&doc, &profile);
            let i = (0..doc.words.len())
                .find(|&i| doc.words[i].plain.as_str() == word)
                .expect("the word");
            super::hollow_perfect(&cx, i)
        };
        assert!(at("ثم عاد المدير إلى مكتبه.", "عاد"));
        assert!(at("وقام المدير بجولة.", "وقام"));
        assert!(at("ثم عادت المديرة إلى مكتبها.", "عادت"));
        assert!(!at("احترق باب المدرسة.", "باب"));
    }

    #[test]
    fn only_a_complementizer_right_after_is_content() {
        assert!(content("وعاد نبيل القاسمي ليؤكد أن الفرق جاهزة.", "ليؤكد"));
        assert!(content(
            "ثم وقفت سلمى الحايك لتوضح بأن القرار نهائي.",
            "لتوضح"
        ));
        // An object after the verb, or a comma before أن: no content of the purpose verb.
        assert!(!content("وعاد نبيل القاسمي ليؤكد التزامه بالخطة.", "ليؤكد"));
        assert!(!content(
            "وعاد نبيل القاسمي ليؤكد، أن الفرق جاهزة.",
            "ليؤكد"
        ));
    }
}
