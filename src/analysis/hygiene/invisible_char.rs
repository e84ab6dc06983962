//! `invisible-char`: zero-width characters and bidi controls with no purpose in the draft.
#![doc = include_str!("invisible_char.md")]

use super::{Scan, is_non_arabic_only_letter, is_prose, lookalike_letter, names};
use crate::analysis::{Context, Edit, Finding, Fix, Message, RuleId, RuleMeta, Severity, finding};
use crate::text::chars::is_arabic_word_char;

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::InvisibleChar,
    default_severity: Severity::Warning,
    summary_en: "Zero-width or bidi control character with no purpose in the text",
    summary_ar: "محرف خفي (صفري العرض أو للتحكم بالاتجاه) لا حاجة إليه في النص",
    doc: include_str!("invisible_char.md"),
};

/// The invisible characters this rule knows, with their Arabic descriptions.
const INVISIBLES: &[(char, &str)] = &[
    ('\u{200B}', "مسافة صفرية العرض"),
    ('\u{200C}', "فاصل صفري العرض (مانع الوصل)"),
    ('\u{200D}', "واصل صفري العرض"),
    ('\u{200E}', "علامة الاتجاه من اليسار إلى اليمين"),
    ('\u{200F}', "علامة الاتجاه من اليمين إلى اليسار"),
    ('\u{202A}', "تضمين من اليسار إلى اليمين"),
    ('\u{202B}', "تضمين من اليمين إلى اليسار"),
    ('\u{202C}', "إنهاء التنسيق الاتجاهي"),
    ('\u{202D}', "فرض الاتجاه من اليسار إلى اليمين"),
    ('\u{202E}', "فرض الاتجاه من اليمين إلى اليسار"),
    ('\u{2066}', "عزل من اليسار إلى اليمين"),
    ('\u{2067}', "عزل من اليمين إلى اليسار"),
    ('\u{2068}', "عزل بحسب أول حرف قوي"),
    ('\u{2069}', "إنهاء العزل الاتجاهي"),
    ('\u{061C}', "علامة الحرف العربي"),
    ('\u{FEFF}', "علامة ترتيب البايتات"),
    ('\u{2060}', "واصل الكلمات"),
    ('\u{00AD}', "الشرطة اللينة"),
];

fn arabic_name(c: char) -> &'static str {
    INVISIBLES
        .iter()
        .find(|(k, _)| *k == c)
        .map_or("", |(_, n)| n)
}

/// True for a letter that only Persian, Urdu or Kurdish writing uses (the letters that
/// `lookalike-letter` replaces and those Arabic never uses): next to one, a ZWNJ is Persian
/// orthography (می‌شود، خانه‌ها).
fn is_persian_letter(c: char) -> bool {
    lookalike_letter::is_target(c) || is_non_arabic_only_letter(c)
}

/// True when the invisible character `c` at byte `at` is flagged: always for the zero-width space,
/// bidi marks, embeddings, overrides and isolates, the Arabic letter mark, the word joiner and the
/// soft hyphen; a byte-order mark except at offset 0; a ZWJ only next to an Arabic letter (it is
/// part of emoji sequences); a ZWNJ unless it sits in a Persian/Urdu run or next to a Persian
/// letter, where it carries meaning.
fn flagged(cx: &Context, scan: &Scan, at: usize, c: char) -> bool {
    let src = cx.doc.source;
    // `at` and `c` come from `char_indices` of `src`: both ends are char boundaries.
    let before = src[..at].chars().next_back();
    let after = src[at + c.len_utf8()..].chars().next();
    match c {
        '\u{FEFF}' => at != 0,
        '\u{200D}' => {
            before.is_some_and(is_arabic_word_char) || after.is_some_and(is_arabic_word_char)
        }
        '\u{200C}' => {
            let persian = before.is_some_and(is_persian_letter)
                || after.is_some_and(is_persian_letter)
                || cx
                    .doc
                    .word_containing(at)
                    .is_some_and(|i| scan.foreign_run[i]);
            !persian
        }
        _ => INVISIBLES.iter().any(|(k, _)| *k == c),
    }
}

/// Reports each run of consecutive flagged invisible characters in prose; the fix removes it.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let doc = cx.doc;
    let src = doc.source;
    // Every character of `INVISIBLES` starts with the byte E2 (U+2000–U+2FFF), EF (U+FEFF) or C2
    // (U+00AD), but U+061C.
    if !super::may_contain(src, &[0xE2, 0xEF, 0xC2], &['\u{061C}']) {
        return;
    }
    let scan = cx.scan();
    // Only the characters starting with one of those bytes are read (a lead byte is always a
    // character boundary), in text order.
    let mut starts: Vec<usize> = memchr::memchr3_iter(0xE2, 0xEF, 0xC2, src.as_bytes())
        .chain(src.match_indices('\u{061C}').map(|(p, _)| p))
        .collect();
    starts.sort_unstable();
    // End of the last run reported: a character inside it is not read again.
    let mut done = 0;
    for start in starts {
        let Some(c) = src.get(start..).and_then(|s| s.chars().next()) else {
            continue;
        };
        if start < done
            || !INVISIBLES.iter().any(|(k, _)| *k == c)
            || !is_prose(doc, start)
            || !flagged(cx, scan, start, c)
        {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(d) = src.get(end..).and_then(|s| s.chars().next()) {
            if !is_prose(doc, end) || !flagged(cx, scan, end, d) {
                break;
            }
            end += d.len_utf8();
        }
        done = end;
        let bad = &src[start..end];
        let what = names::describe_all(bad, 4);
        let mut ar: Vec<&str> = Vec::new();
        for c in bad.chars() {
            if !ar.contains(&arabic_name(c)) {
                ar.push(arabic_name(c));
            }
        }
        let n = bad.chars().count();
        let mut f = finding(
            &RULE,
            start..end,
            Message::new(
                format!(
                    "Invisible character{} {what}: no purpose here, and it breaks search and name matching; remove it",
                    if n > 1 { "s" } else { "" }
                ),
                format!(
                    "محرف خفي {what} ({}): لا حاجة إليه هنا، ويعطّل البحث ومطابقة الأسماء؛ احذفه",
                    ar.join("، ")
                ),
            ),
        );
        f.fixes.push(Fix {
            title: Message::new(
                format!(
                    "Remove the invisible character{}",
                    if n > 1 { "s" } else { "" }
                ),
                "احذف المحرف الخفي",
            ),
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
    use crate::analysis::hygiene::testutil::{check_fixes, findings};
    use crate::text::Format;

    const R: &str = "invisible-char";

    #[test]
    fn rlm_and_zwsp_inside_arabic_copy() {
        let src = "اعتقلت القوات الشاب أثناء خروجه من باب السلسلة أحد أبواب \u{200F}المسجد الأقصى، ونقلته إلى مر\u{200B}كز التحقيق.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 2);
        let rlm = src.find('\u{200F}').unwrap();
        assert_eq!(f[0].range, rlm..rlm + 3);
        assert!(f[0].message.en().contains("U+200F RIGHT-TO-LEFT MARK"));
        assert!(f[0].message.ar().contains("علامة الاتجاه من اليمين إلى اليسار"));
        assert!(f[1].message.en().contains("U+200B ZERO WIDTH SPACE"));
        assert_eq!(f[0].fixes[0].edits[0].new_text, "");
        let fixed = check_fixes(src, Format::Plain, R);
        assert_eq!(
            fixed,
            "اعتقلت القوات الشاب أثناء خروجه من باب السلسلة أحد أبواب المسجد الأقصى، ونقلته إلى مركز التحقيق."
        );
    }

    #[test]
    fn bidi_controls_around_a_latin_name_are_one_finding() {
        let src = "وقال المتحدث باسم \u{202B}\u{2066}Reuters\u{2069}\u{202C} إن الخبر صحيح.";
        let f = findings(src, Format::Plain, R);
        let spans: Vec<&str> = f.iter().map(|f| &src[f.range.clone()]).collect();
        assert_eq!(spans, ["\u{202B}\u{2066}", "\u{2069}\u{202C}"]);
        assert!(
            f[0].message
                .en()
                .contains("U+202B RIGHT-TO-LEFT EMBEDDING, U+2066 LEFT-TO-RIGHT ISOLATE")
        );
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "وقال المتحدث باسم Reuters إن الخبر صحيح."
        );
    }

    #[test]
    fn leading_bom_is_fine_inner_bom_and_soft_hyphen_are_not() {
        let src = "\u{FEFF}أعلنت الوزارة عن خطة\u{FEFF} جديدة للإسكان الاجتما\u{00AD}عي.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 2);
        assert!(f[0].range.start > 0);
        check_fixes(src, Format::Plain, R);
    }

    #[test]
    fn zwnj_in_persian_is_meaningful_in_arabic_it_is_not() {
        // A Persian quotation: the ZWNJ of می‌خواهیم and of ملت‌ها stays.
        let src = "وقال المرشد: «ما صلح می‌خواهیم برای ملت‌ها» في كلمته.";
        assert!(findings(src, Format::Plain, R).is_empty());
        // A ZWNJ inside an Arabic word is noise.
        let src = "أعلنت الحكو\u{200C}مة السورية عن خطة جديدة.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.en().contains("U+200C ZERO WIDTH NON-JOINER"));
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "أعلنت الحكومة السورية عن خطة جديدة."
        );
    }

    #[test]
    fn zwj_in_emoji_and_marks_in_code_are_left_alone() {
        let src = "تفاعل المتابعون مع المنشور 👨\u{200D}👩\u{200D}👧 بكثافة.\n\n`a\u{200F}b` و https://x.y/\u{200B}z\n";
        assert!(findings(src, Format::Markdown, R).is_empty());
        let src = "تفاعل المتابعون مع المنشو\u{200D}ر بكثافة.";
        assert_eq!(findings(src, Format::Plain, R).len(), 1);
    }
}
