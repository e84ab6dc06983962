//! `mixed-digits`: Western and Arabic-Indic digits in one story.
#![doc = include_str!("mixed_digits.md")]

use super::DigitStyle;
use crate::analysis::{Context, Edit, Finding, Fix, Message, RuleId, RuleMeta, Severity, finding};
use crate::text::chars::digit_value;

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::MixedDigits,
    default_severity: Severity::Information,
    summary_en: "Western and Arabic-Indic digits mixed in one story",
    summary_ar: "أرقام غربية وأرقام هندية مختلطة في قصة واحدة",
    doc: include_str!("mixed_digits.md"),
};

/// `number` written in `style`: each digit converted; when converting to Western digits the Arabic
/// decimal and thousands separators (٫ ٬) become `.` and `,`; other characters are kept.
pub fn convert(number: &str, style: DigitStyle) -> String {
    number
        .chars()
        .map(|c| match (digit_value(c), c, style) {
            (Some(d), _, _) => style.digit(d),
            (None, '٫', DigitStyle::Western) => '.',
            (None, '٬', DigitStyle::Western) => ',',
            _ => c,
        })
        .collect()
}

/// Reports every number written in the minority style when the story uses both (see
/// [`super::Scan::numbers`] for which numbers count); the fix writes it in the majority style.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let scan = cx.scan();
    let Some(major) = scan.majority_digits else {
        return;
    };
    let total = scan.numbers.len();
    let in_major = scan.numbers.iter().filter(|(_, s)| *s == major).count();
    if in_major == total {
        return;
    }
    let (major_en, major_ar, minor_en, minor_ar) = match major {
        DigitStyle::Western => (
            "Western digits (0–9)",
            "الأرقام الغربية (0–9)",
            "Arabic-Indic digits",
            "أرقام هندية",
        ),
        DigitStyle::ArabicIndic => (
            "Arabic-Indic digits (٠–٩)",
            "الأرقام الهندية (٠–٩)",
            "Western digits",
            "أرقام غربية",
        ),
    };
    for &(i, style) in &scan.numbers {
        if style == major {
            continue;
        }
        let r = cx.doc.words[i].range();
        let number = cx.doc.source.get(r.clone()).unwrap_or("");
        let new = convert(number, major);
        let mut f = finding(
            &RULE,
            r.clone(),
            Message::new(
                format!(
                    "{minor_en} «{number}» in a story that writes {in_major} of its {total} numbers in {major_en}: write «{new}»"
                ),
                format!(
                    "{minor_ar} «{number}» في قصة تكتب {in_major} من أرقامها الـ{total} بـ{major_ar}: اكتبه «{new}»"
                ),
            ),
        );
        f.fixes.push(Fix {
            title: Message::new(format!("Write «{new}»"), format!("اكتبه «{new}»")),
            edits: vec![Edit {
                range: r,
                new_text: new,
            }],
            applicability: crate::analysis::finding::Applicability::Unsafe,
        });
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::convert;
    use crate::analysis::Severity;
    use crate::analysis::hygiene::DigitStyle;
    use crate::analysis::hygiene::testutil::{check_fixes, findings, spans};
    use crate::text::Format;

    const R: &str = "mixed-digits";

    #[test]
    fn converts_digits_and_arabic_separators() {
        assert_eq!(convert("1,250.5", DigitStyle::ArabicIndic), "١,٢٥٠.٥");
        assert_eq!(convert("٣٫٥", DigitStyle::Western), "3.5");
        assert_eq!(convert("١٬٠٠٠", DigitStyle::Western), "1,000");
    }

    #[test]
    fn minority_numbers_take_the_majority_style() {
        let src = "أعلنت الوزارة تسجيل ٢٣ إصابة جديدة و٤ وفيات، ليرتفع العدد إلى ١٬٢٥٠ إصابة منذ 15 آذار.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 1);
        let k = src.find("15").unwrap();
        assert_eq!(f[0].range, k..k + 2);
        assert_eq!(f[0].severity, Severity::Information);
        assert_eq!(f[0].fixes[0].edits[0].new_text, "١٥");
        assert!(f[0].message.en().contains("3 of its 4 numbers"));
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "أعلنت الوزارة تسجيل ٢٣ إصابة جديدة و٤ وفيات، ليرتفع العدد إلى ١٬٢٥٠ إصابة منذ ١٥ آذار."
        );
    }

    #[test]
    fn one_finding_per_minority_number_with_fix_all() {
        let src = "ارتفع المؤشر 1.2% إلى 9,381 نقطة في 22 يوليو بعد تراجعه ٣٫٥% و٢٠٠ نقطة، مقابل 7 صفقات.";
        assert_eq!(spans(src, Format::Plain, R), ["٣٫٥", "٢٠٠"]);
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "ارتفع المؤشر 1.2% إلى 9,381 نقطة في 22 يوليو بعد تراجعه 3.5% و200 نقطة، مقابل 7 صفقات."
        );
    }

    #[test]
    fn the_power_of_a_unit_is_no_number_of_the_story() {
        // ٢ of متر٢ and كم٢ is a unit's power: 2 numbers in Arabic-Indic (٥, ٣٠٠) against 3 in
        // Western digits, so the two Arabic-Indic ones are the minority, as the story reads.
        let src = "بنت البلدية 66 منزلا على مساحة ٣٠٠ متر٢ لكل منزل، و٥ مدارس على 9.8 كم٢ خلال 14 شهرا.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(
            f.iter().map(|f| &src[f.range.clone()]).collect::<Vec<_>>(),
            ["٣٠٠", "٥"]
        );
        assert!(f[0].message.en().contains("3 of its 5 numbers"));
        assert_eq!(f[1].fixes[0].edits[0].new_text, "5");
    }

    #[test]
    fn one_style_latin_codes_and_list_markers_are_quiet() {
        let src = "وصلت ٣ طائرات F-16 ومقاتلات من طراز 5G وهاتف iPhone 15 إلى القاعدة عام ٢٠٢٤.";
        assert!(findings(src, Format::Plain, R).is_empty());
        let src = "1. وصلت ٣ طائرات إلى القاعدة عام ٢٠٢٤.\n2. غادرت ٥ طائرات.\n";
        assert!(findings(src, Format::Markdown, R).is_empty());
        let src = "وصلت 3 طائرات إلى القاعدة عام 2024.";
        assert!(findings(src, Format::Plain, R).is_empty());
    }
}
