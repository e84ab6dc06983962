//! `tatweel`: kashida (U+0640) stretching a word.
#![doc = include_str!("tatweel.md")]

use super::is_prose;
use crate::analysis::{Context, Edit, Finding, Fix, Message, RuleId, RuleMeta, Severity, finding};
use crate::text::chars::{is_arabic_letter, is_diacritic, is_tatweel};

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::Tatweel,
    default_severity: Severity::Information,
    summary_en: "Kashida (tatweel) stretching a word",
    summary_ar: "تطويل (كشيدة) داخل كلمة",
    doc: include_str!("tatweel.md"),
};

/// The nearest character before `at` that is neither a diacritic nor a tatweel.
/// `at` must be a char boundary of `src` (the caller takes it from `char_indices`).
fn letter_before(src: &str, at: usize) -> Option<char> {
    src[..at]
        .chars()
        .rev()
        .find(|&c| !is_diacritic(c) && !is_tatweel(c))
}

/// The nearest character from `at` on that is neither a diacritic nor a tatweel.
/// `at` must be a char boundary of `src` (the caller takes it from `char_indices`).
fn letter_after(src: &str, at: usize) -> Option<char> {
    src[at..]
        .chars()
        .find(|&c| !is_diacritic(c) && !is_tatweel(c))
}

/// Reports each run of tatweel with an Arabic letter on both sides (diacritics aside): مقابـــل،
/// الـعدد. A tatweel that joins a clitic to a number, a quotation mark or a Latin word (لـ«الشرق
/// الأوسط»، الـ100، لـCNN), ends an abbreviation (1436 هـ) or stands alone as a dash (ــ) is the
/// ordinary typographic use and is left alone.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let doc = cx.doc;
    let src = doc.source;
    const TATWEEL: char = '\u{0640}';
    // End of the last run read: a tatweel inside it is not read again.
    let mut done = 0;
    // Only the tatweels are visited (a vectorised search for its two bytes; a tatweel cannot
    // overlap another), in text order.
    for start in memchr::memmem::find_iter(src.as_bytes(), "\u{0640}".as_bytes()) {
        if start < done || !is_prose(doc, start) {
            continue;
        }
        let mut end = start + TATWEEL.len_utf8();
        while src.get(end..).is_some_and(|s| s.starts_with(is_tatweel)) {
            end += TATWEEL.len_utf8();
        }
        done = end;
        let inside = letter_before(src, start).is_some_and(is_arabic_letter)
            && letter_after(src, end).is_some_and(is_arabic_letter);
        if !inside {
            continue;
        }
        // The word around the run, for the message.
        // After the whitespace character before the run (which may be more than one byte: a
        // no-break space U+00A0, U+202F, U+3000, a line separator U+2028 ...).
        let w0 = src[..start]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(p, c)| p + c.len_utf8());
        let w1 = src[end..]
            .find(|c: char| c.is_whitespace())
            .map_or(src.len(), |p| end + p);
        let word = src[w0..w1].trim_matches(|c: char| !is_arabic_letter(c) && !is_tatweel(c));
        let fixed: String = word.chars().filter(|&c| !is_tatweel(c)).collect();
        let n = src[start..end].chars().count();
        let mut f = finding(
            &RULE,
            start..end,
            Message::new(
                format!(
                    "Kashida (U+0640 ARABIC TATWEEL{}) stretches «{word}»: news copy is not justified with kashida, and it breaks search; write «{fixed}»",
                    if n > 1 {
                        format!(" ×{n}")
                    } else {
                        String::new()
                    }
                ),
                format!(
                    "تطويل (كشيدة، U+0640 ARABIC TATWEEL{}) في «{word}»: لا يُستعمل التطويل في النص الصحفي، ويعطّل البحث؛ اكتبها «{fixed}»",
                    if n > 1 {
                        format!(" ×{n}")
                    } else {
                        String::new()
                    }
                ),
            ),
        );
        f.fixes.push(Fix {
            title: Message::new("Remove the kashida", "احذف التطويل"),
            edits: vec![Edit {
                range: start..end,
                new_text: String::new(),
            }],
            applicability: crate::analysis::finding::Applicability::Safe,
        });
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::Severity;
    use crate::analysis::hygiene::testutil::{check_fixes, findings, spans};
    use crate::text::Format;

    const R: &str = "tatweel";

    #[test]
    fn kashida_inside_words() {
        let src = "وبلغ عدد الصفقات 1.61 مليون صفقة مقابـــل 2.15 مليون، وبلغ الـعدد الإجمالي للمشتركين ألفاً.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 2);
        let k = src.find('ـ').unwrap();
        assert_eq!(f[0].range, k..k + 6);
        assert_eq!(f[0].severity, Severity::Information);
        assert!(f[0].message.en().contains("«مقابـــل»"));
        assert!(f[0].message.en().contains("«مقابل»"));
        assert_eq!(spans(src, Format::Plain, R)[1], "ـ");
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "وبلغ عدد الصفقات 1.61 مليون صفقة مقابل 2.15 مليون، وبلغ العدد الإجمالي للمشتركين ألفاً."
        );
    }

    #[test]
    fn kashida_with_harakat() {
        let src = "قال محمـَّـد إن الوضع مستقر.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 2);
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "قال محمَّد إن الوضع مستقر."
        );
    }

    #[test]
    fn typographic_tatweel_is_left_alone() {
        let src = "وقال في تصريح لـ«الشرق الأوسط» إن الساعات الـ48 الماضية شهدت هدوءاً، وقال مسؤول لـCNN إن \
                   الانتخابات تجري في 25 شوال 1436 هـ الموافق 10 أغسطس ــ وفقاً للجنة ــ بحضور المراقبين، \
                   وأوضح لـ ”عين اليوم” أن العمل مستمر.";
        assert!(findings(src, Format::Plain, R).is_empty());
    }

    #[test]
    fn no_break_space_before_the_word() {
        // Regression (issue 10): a multi-byte space before the word made the word start inside it.
        for space in ["\u{a0}", "\u{202F}", "\u{3000}", "\u{2028}"] {
            let src = format!("{space}شـغل");
            let f = findings(&src, Format::Plain, R);
            assert_eq!(f.len(), 1, "{space:?}");
            let k = space.len() + "ش".len();
            assert_eq!(f[0].range, k..k + "ـ".len());
            assert!(f[0].message.en().contains("«شـغل»"), "{}", f[0].message.en());
            assert!(f[0].message.en().contains("write «شغل»"));
            assert_eq!(check_fixes(&src, Format::Plain, R), format!("{space}شغل"));
        }
        // The issue's shortest input: the same, with nothing after the letter.
        let f = findings("\u{a0}شـغ", Format::Plain, R);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].range, 4..6);
        assert!(f[0].message.en().contains("«شـغ»"));
    }

    #[test]
    fn code_is_skipped() {
        let src = "نص عادي.\n\n```\nمحمـــد\n```\n";
        assert!(findings(src, Format::Markdown, R).is_empty());
    }
}
