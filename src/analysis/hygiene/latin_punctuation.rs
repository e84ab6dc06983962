//! `latin-punctuation`: Latin `,` `;` `?` in Arabic text.
#![doc = include_str!("latin_punctuation.md")]

use super::{is_prose, names};
use crate::analysis::{Context, Edit, Finding, Fix, Message, RuleId, RuleMeta, Severity, finding};
use crate::text::chars::{digit_value, is_arabic_word_char, is_invisible};

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::LatinPunctuation,
    default_severity: Severity::Warning,
    summary_en: "Latin comma, semicolon or question mark in Arabic text",
    summary_ar: "فاصلة أو فاصلة منقوطة أو علامة استفهام لاتينية في نص عربي",
    doc: include_str!("latin_punctuation.md"),
};

/// The Arabic mark for a Latin one, with both marks' Arabic names.
fn arabic_mark(c: char) -> Option<(char, &'static str, &'static str)> {
    match c {
        ',' => Some(('،', "فاصلة لاتينية", "الفاصلة العربية")),
        ';' => Some(('؛', "فاصلة منقوطة لاتينية", "الفاصلة المنقوطة العربية")),
        '?' => Some(('؟', "علامة استفهام لاتينية", "علامة الاستفهام العربية")),
        _ => None,
    }
}

/// Marks skipped when looking for the letter before a mark: closing quotes and brackets, sentence
/// punctuation and the percent signs.
fn skippable_before(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '»' | '”' | '"' | '’' | '\'' | '%' | '٪' | '?' | '؟' | '!' | '.' | '،'
    )
}

/// The nearest letter before `at` on the same line, skipping spaces, digits, invisible characters
/// and [`skippable_before`] marks (at most 40 characters back).
fn letter_before(src: &str, at: usize) -> Option<char> {
    // `at` is a char boundary: every caller takes it from `char_indices` of `src`.
    for c in src[..at].chars().rev().take(40) {
        if c == '\n' || c == '\r' {
            return None;
        }
        if c.is_whitespace() || digit_value(c).is_some() || skippable_before(c) || is_invisible(c) {
            continue;
        }
        return Some(c);
    }
    None
}

/// The first character after `at` that is not horizontal space, an invisible character or an
/// opening quote/bracket.
fn first_after(src: &str, at: usize) -> Option<char> {
    src[at..].chars().find(|&c| {
        !(matches!(c, ' ' | '\t' | '\u{A0}' | '«' | '“' | '"' | '‘' | '(' | '[') || is_invisible(c))
    })
}

/// True when the mark `c` at byte `at` (in the masked prose `src`) stands in Arabic text:
///
/// - `,` and `;`: the nearest letter before is Arabic (spaces, digits, closing quotes and brackets
///   skipped) and an Arabic word follows (spaces and opening quotes skipped), or an Arabic letter
///   touches it on the left and a space then a number follow (`القاهرة, 2-3-2019`). Never between
///   two digits (1,000), so numbers keep their separators.
/// - `?`: the nearest letter before is Arabic and what follows is the end of the text, a space or
///   line break, a closing quote, bracket or punctuation, or an Arabic letter (not a Latin letter,
///   digit, `=` or `/`, as in a query string).
fn in_arabic_text(src: &str, at: usize, c: char) -> bool {
    // `at` comes from `char_indices` and `c` (, ; ?) is one byte: `at + 1` is a boundary too.
    if !letter_before(src, at).is_some_and(is_arabic_word_char) {
        return false;
    }
    let prev = src[..at].chars().next_back();
    let next = src[at + 1..].chars().next();
    let digit = |x: Option<char>| x.is_some_and(|x| digit_value(x).is_some());
    if digit(prev) && digit(next) {
        return false;
    }
    match c {
        '?' => match next {
            None => true,
            Some(n) => {
                n.is_whitespace()
                    || matches!(n, '»' | '”' | '"' | ')' | ']' | '!' | '?' | '.' | '؟' | '،')
                    || is_arabic_word_char(n)
            }
        },
        _ => {
            first_after(src, at + 1).is_some_and(is_arabic_word_char)
                || (prev.is_some_and(is_arabic_word_char)
                    && next.is_some_and(|n| matches!(n, ' ' | '\u{A0}'))
                    && first_after(src, at + 1).is_some_and(|n| digit_value(n).is_some()))
        }
    }
}

/// True when the character just before byte `at` of `src` (a char boundary) is an Arabic
/// letter: the word a mark at `at` would attach to.
fn letter_touches(src: &str, at: usize) -> bool {
    src.get(..at)
        .and_then(|s| s.chars().next_back())
        .is_some_and(is_arabic_word_char)
}

/// Reports each Latin `,` `;` `?` that stands in Arabic text (see the rule doc); the fix writes
/// the Arabic mark. Code, URLs and other masked regions are skipped.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let doc = cx.doc;
    let prose = doc.prose();
    if !super::may_contain(prose, b",;?", &[]) {
        return;
    }
    // Only the marks are read: each is one ASCII byte, always a character boundary, found by
    // `memchr` in text order (decoding every character of a long draft cost more than the rest).
    for at in memchr::memchr3_iter(b',', b';', b'?', prose.as_bytes()) {
        let c = char::from(prose.as_bytes()[at]);
        let Some((ar, latin_name, arabic_name)) = arabic_mark(c) else {
            continue;
        };
        if !is_prose(doc, at) || !in_arabic_text(prose, at, c) {
            continue;
        }
        let what = names::describe(c);
        let (where_en, where_ar) = if c == '?' {
            ("in an Arabic sentence", "في جملة عربية")
        } else {
            ("in Arabic text", "في نص عربي")
        };
        let mut f = finding(
            &RULE,
            at..at + 1,
            Message::new(
                format!("Latin «{c}» ({what}) {where_en}: write the Arabic «{ar}»"),
                format!("{latin_name} «{c}» ({what}) {where_ar}: اكتب {arabic_name} «{ar}»"),
            ),
        );
        // Spaces typed before a comma or semicolon go with it: Arabic punctuation attaches to the
        // word before it (مزمنة , وخضع -> مزمنة، وخضع). They are ASCII, so `from` is a boundary.
        let spaces = prose.as_bytes()[..at]
            .iter()
            .rev()
            .take_while(|b| **b == b' ')
            .count();
        let from = if c == '?' || !letter_touches(prose, at - spaces) {
            at
        } else {
            at - spaces
        };
        f.fixes.push(Fix {
            title: Message::new(format!("Write «{ar}»"), format!("اكتب «{ar}»")),
            edits: vec![Edit {
                range: from..at + 1,
                new_text: ar.to_string(),
            }],
            applicability: crate::analysis::finding::Applicability::Safe,
        });
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::hygiene::testutil::{check_fixes, findings, spans};
    use crate::text::Format;

    const R: &str = "latin-punctuation";

    #[test]
    fn commas_between_arabic_words() {
        let src = "وأوضح أن المريض يعاني من أمراض مزمنة , وخضع لعملية جراحية, وتم على الفور عزله.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 2);
        let k = src.find(',').unwrap();
        assert_eq!(f[0].range, k..k + 1);
        assert_eq!(f[0].fixes[0].edits[0].new_text, "،");
        // The space typed before the comma goes with it; the finding stays on the comma.
        assert_eq!(f[0].fixes[0].edits[0].range, k - 1..k + 1);
        assert!(f[0].message.en().contains("U+002C COMMA"));
        assert!(f[0].message.ar().contains("الفاصلة العربية «،»"));
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "وأوضح أن المريض يعاني من أمراض مزمنة، وخضع لعملية جراحية، وتم على الفور عزله."
        );
    }

    #[test]
    fn semicolon_question_mark_and_numbers_before() {
        let src = "تراوحت الأعمار بين 101 إلى 119, علاوة على ذلك; فيما سأل الوزير: هل انتهت الأزمة?\nالقاهرة, 2-3-2019 (أ ف ب)";
        assert_eq!(spans(src, Format::Plain, R), [",", ";", "?", ","]);
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "تراوحت الأعمار بين 101 إلى 119، علاوة على ذلك؛ فيما سأل الوزير: هل انتهت الأزمة؟\nالقاهرة، 2-3-2019 (أ ف ب)"
        );
    }

    #[test]
    fn marks_next_to_invisible_characters() {
        // Copy where a CMS put right-to-left marks around the punctuation.
        let src = "وضربت موجة من الجفاف الطاحن\u{200F}, اجتاحت إثيوبيا وكينيا.";
        assert_eq!(spans(src, Format::Plain, R), [","]);
        check_fixes(src, Format::Plain, R);
    }

    #[test]
    fn question_mark_before_closing_quote() {
        let src = "وتساءل: «من يتحمل المسؤولية?» ثم غادر.";
        assert_eq!(spans(src, Format::Plain, R), ["?"]);
        check_fixes(src, Format::Plain, R);
    }

    #[test]
    fn numbers_latin_text_urls_and_code_are_left_alone() {
        let src = "بلغ المؤشر 9,098.27 نقطة وارتفع 31,3% ونقلت عن Reuters, Bloomberg and AP أن \"Why?\" سؤال. \
                   وقال مسؤول لـCNN, إن الزيارة تمت. راجع https://example.com/a?b=ج,د والرقم 1, 2, 3 فقط.";
        assert!(
            findings(src, Format::Plain, R).is_empty(),
            "{:?}",
            spans(src, Format::Plain, R)
        );
        let src =
            "قال الوزير كلاماً واضحاً.\n\n```\nإذا كان س, ص; ع?\n```\n\nوالدالة `f(أ, ب)` تعمل.\n";
        assert!(findings(src, Format::Markdown, R).is_empty());
    }
}
