//! `presentation-form`: Arabic presentation forms from PDF copy-paste.
#![doc = include_str!("presentation_form.md")]

use super::{is_prose, names};
use crate::analysis::{Context, Edit, Finding, Fix, Message, RuleId, RuleMeta, Severity, finding};
use crate::text::chars::is_arabic_word_char;
use crate::text::normalize::fold_persian;
use unicode_normalization::UnicodeNormalization;

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::PresentationForm,
    default_severity: Severity::Warning,
    summary_en: "Arabic presentation forms (PDF copy-paste) instead of letters",
    summary_ar: "أشكال عرض عربية (منسوخة من PDF) بدل الحروف",
    doc: include_str!("presentation_form.md"),
};

/// The base letters for a presentation-form character (U+FB50–U+FDFF, U+FE70–U+FEFE), or `None`
/// when `c` is not one or has no decomposition (unassigned code points, noncharacters, ornate
/// parentheses, the tail fragment).
///
/// NFKC, restricted to this one character, with these exceptions: ﷼ (U+FDFC) becomes ريال with an
/// Arabic yeh (NFKC gives a Farsi yeh); ﷽ (U+FDFD), ﷾ (U+FDFE) and ﷿ (U+FDFF), which NFKC leaves
/// alone, are spelled out; the Koranic stop signs ﷰ ﷱ become صلى / قلى; an isolated or medial
/// haraka form (U+FE70–U+FE7F) becomes the bare combining mark (NFKC would put a space or a tatweel
/// before it). Persian letters that NFKC produces (ک from U+FB8E–U+FB91, ی from U+FBFC–U+FBFF)
/// are folded to the Arabic ones.
pub fn fold(c: char) -> Option<String> {
    let s = match c {
        '\u{FDFC}' => "ريال".to_string(),
        '\u{FDFD}' => "بسم الله الرحمن الرحيم".to_string(),
        '\u{FDFE}' => "سبحانه وتعالى".to_string(),
        '\u{FDFF}' => "عز وجل".to_string(),
        '\u{FDF0}' => "صلى".to_string(),
        '\u{FDF1}' => "قلى".to_string(),
        '\u{FDD0}'..='\u{FDEF}' => return None,
        '\u{FE70}'..='\u{FE7F}' => {
            let s: String = std::iter::once(c)
                .nfkc()
                .filter(|&d| d != ' ' && d != '\u{0640}')
                .collect();
            if s.is_empty() || s == c.to_string() {
                return None;
            }
            s
        }
        '\u{FB50}'..='\u{FDFF}' | '\u{FE80}'..='\u{FEFE}' => {
            let s: String = std::iter::once(c).nfkc().map(fold_persian).collect();
            if s == c.to_string() {
                return None;
            }
            s
        }
        _ => return None,
    };
    Some(s)
}

/// True for a presentation-form character this rule replaces (see [`fold`]).
pub fn is_target(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}') && fold(c).is_some()
}

/// Reports each run of consecutive presentation-form characters in prose, with the run written in
/// base letters as the fix. A ligature that stands for several words (ﷺ, ﷽) gets a space on a side
/// where it touches a letter, so that «محمدﷺ» becomes «محمد صلى الله عليه وسلم».
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let doc = cx.doc;
    let src = doc.source;
    // Every target is in U+FB50–U+FEFE, whose UTF-8 encoding starts with the byte EF.
    if !super::may_contain(src, &[0xEF], &[]) {
        return;
    }
    let mut iter = src.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if !is_target(c) || !is_prose(doc, start) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(p, d)) = iter.peek() {
            if !is_target(d) || !is_prose(doc, p) {
                break;
            }
            end = p + d.len_utf8();
            iter.next();
        }
        let bad = &src[start..end];
        let before = src[..start].chars().next_back();
        let after = src[end..].chars().next();
        let touches_letter = |s: Option<char>| s.is_some_and(is_arabic_word_char);
        let reversed = !touches_letter(before) && !touches_letter(after) && visual_order(bad);
        let logical: String = if reversed {
            bad.chars().rev().collect()
        } else {
            bad.to_string()
        };
        let new = base_letters(&logical, before, after);
        let what = names::describe_all(bad, 3);
        let (order_en, order_ar) = if reversed {
            (
                " (its letters are in visual order, reversed: the line's words may be reversed too; check it against the source)",
                " (حروفها بترتيب العرض، معكوسة: وقد تكون كلمات السطر معكوسة أيضاً؛ راجعها على المصدر)",
            )
        } else {
            ("", "")
        };
        let mut f = finding(
            &RULE,
            start..end,
            Message::new(
                format!(
                    "Arabic presentation forms ({what}), usually pasted from a PDF: search and name matching miss «{bad}»; write «{new}»{order_en}"
                ),
                format!(
                    "أشكال عرض عربية ({what})، منسوخة عادة من ملف PDF: البحث ومطابقة الأسماء لا يجدان «{bad}»؛ اكتبها «{new}»{order_ar}"
                ),
            ),
        );
        f.fixes.push(Fix {
            title: Message::new(
                format!("Write «{new}» in base letters"),
                format!("اكتبها «{new}» بالحروف الأساسية"),
            ),
            edits: vec![Edit {
                range: start..end,
                new_text: new,
            }],
            // Reversing the letters is a reading of the paste, not a character swap: an editor
            // confirms it (and the order of the line's words).
            applicability: if reversed {
                crate::analysis::finding::Applicability::Unsafe
            } else {
                crate::analysis::finding::Applicability::Safe
            },
        });
        out.push(f);
    }
}

/// The run `run` (presentation forms, in the order Arabic is written) in base letters ([`fold`]),
/// with `before` and `after` the characters around it in the text: a ligature that stands for
/// several words (ﷺ, ﷽) gets a space on a side where it touches a letter or another run.
fn base_letters(run: &str, before: Option<char>, after: Option<char>) -> String {
    let touches_letter = |s: Option<char>| s.is_some_and(is_arabic_word_char);
    let mut new = String::new();
    let mut prev = before;
    let mut chars = run.chars().peekable();
    while let Some(ch) = chars.next() {
        let base = fold(ch).unwrap_or_else(|| ch.to_string());
        let phrase = base.contains(' ');
        if phrase && touches_letter(prev) {
            new.push(' ');
        }
        new.push_str(&base);
        let next = chars.peek().copied().or(after);
        if phrase && (touches_letter(next) || next.is_some_and(|n| fold(n).is_some())) {
            new.push(' ');
        }
        prev = new.chars().next_back();
    }
    new
}

/// True when `word`, a run of presentation-form letters standing alone as a word (no Arabic letter
/// touching it on either side), is in visual order: of two letters or more, it starts with a final
/// or medial form or ends with an initial or medial form. Reason: in the order Arabic is written
/// a word's first letter has no letter before it to join (initial or isolated form) and its last
/// none after it (final or isolated), so those forms at the ends mean a PDF stored the glyphs
/// left to right as displayed, the letters reversed (ﺎﺒﺣﺮﻣ for مرحبا). The form is read from the
/// character's Unicode name ([`names::name`]).
fn visual_order(word: &str) -> bool {
    let form = |c: Option<char>| c.and_then(names::name).unwrap_or_default();
    let (first, last) = (form(word.chars().next()), form(word.chars().next_back()));
    word.chars().nth(1).is_some()
        && (first.ends_with(" FINAL FORM")
            || first.ends_with(" MEDIAL FORM")
            || last.ends_with(" INITIAL FORM")
            || last.ends_with(" MEDIAL FORM"))
}

#[cfg(test)]
mod tests {
    use super::fold;
    use crate::analysis::finding::Applicability;
    use crate::analysis::hygiene::testutil::{check_fixes, findings, spans};
    use crate::text::Format;

    const R: &str = "presentation-form";

    #[test]
    fn folds_letters_ligatures_and_special_cases() {
        assert_eq!(fold('\u{FEE3}').unwrap(), "م");
        assert_eq!(fold('\u{FEFB}').unwrap(), "لا");
        assert_eq!(fold('\u{FEF7}').unwrap(), "لأ");
        assert_eq!(fold('\u{FDFC}').unwrap(), "ريال");
        assert_eq!(fold('\u{FDFA}').unwrap(), "صلى الله عليه وسلم");
        assert_eq!(fold('\u{FDF2}').unwrap(), "الله");
        assert_eq!(fold('\u{FB8F}').unwrap(), "ك");
        assert_eq!(fold('\u{FBFD}').unwrap(), "ي");
        assert_eq!(fold('\u{FE76}').unwrap(), "\u{064E}");
        assert_eq!(fold('\u{FEFF}'), None);
        assert_eq!(fold('\u{FDD0}'), None);
        assert_eq!(fold('\u{FD3E}'), None);
        assert_eq!(fold('م'), None);
    }

    #[test]
    fn one_finding_per_run_with_exact_range() {
        // «محمد علي» as a PDF gives it, inside an otherwise normal sentence.
        let pdf = "\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA} \u{FECB}\u{FEE0}\u{FEF2}";
        let src = format!("وقال {pdf} إن الاتفاق نهائي.");
        let f = findings(&src, Format::Plain, R);
        assert_eq!(f.len(), 2);
        let start = "وقال ".len();
        assert_eq!(f[0].range, start..start + 12);
        assert_eq!(f[0].fixes[0].edits[0].new_text, "محمد");
        assert!(
            f[0].message
                .en()
                .contains("U+FEE3 ARABIC LETTER MEEM INITIAL FORM")
        );
        assert_eq!(f[1].fixes[0].edits[0].new_text, "علي");
        assert_eq!(
            check_fixes(&src, Format::Plain, R),
            "وقال محمد علي إن الاتفاق نهائي."
        );
    }

    #[test]
    fn rial_sign_and_honorific_ligatures() {
        let src = "بلغ السعر ٥٠ \u{FDFC} وقال النبي محمد\u{FDFA} في الحديث، وعبد\u{FDF2} حاضر.";
        let f = findings(src, Format::Plain, R);
        let new: Vec<&str> = f
            .iter()
            .map(|f| f.fixes[0].edits[0].new_text.as_str())
            .collect();
        assert_eq!(new, ["ريال", " صلى الله عليه وسلم", "الله"]);
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "بلغ السعر ٥٠ ريال وقال النبي محمد صلى الله عليه وسلم في الحديث، وعبدالله حاضر."
        );
    }

    #[test]
    fn lam_alef_ligature_inside_a_normal_word() {
        let src = "أعلن المجلس \u{FEFB}ئحة جديدة.";
        assert_eq!(spans(src, Format::Plain, R), ["\u{FEFB}"]);
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "أعلن المجلس لائحة جديدة."
        );
    }

    #[test]
    fn bom_base_letters_and_code_are_quiet() {
        let src = "\u{FEFF}أعلن المجلس لائحة جديدة.\n\n`\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA}`\n";
        assert!(findings(src, Format::Markdown, R).is_empty());
    }

    #[test]
    fn a_word_pasted_in_visual_order_is_read_back_in_an_unsafe_fix() {
        // مرحبا and الله, each a word of its own, as a PDF in visual order stores them: the letters reversed, the first
        // one in its final form.
        let src = "قال \u{FE8E}\u{FE92}\u{FEA3}\u{FEAE}\u{FEE3} \u{FEEA}\u{FEE0}\u{FEDF}\u{FE8D} أكبر.";
        let f = findings(src, Format::Plain, R);
        let fixes: Vec<(&str, Applicability)> = f
            .iter()
            .map(|f| (f.fixes[0].edits[0].new_text.as_str(), f.fixes[0].applicability))
            .collect();
        assert_eq!(
            fixes,
            [("مرحبا", Applicability::Unsafe), ("الله", Applicability::Unsafe)],
            "{f:?}"
        );
        assert!(f[0].message.en().contains("visual order"));
        // The same words in the order Arabic is written keep their safe fix.
        let src = "قال \u{FEE3}\u{FEAE}\u{FEA3}\u{FE92}\u{FE8E} \u{FE8D}\u{FEDF}\u{FEE0}\u{FEEA} أكبر.";
        let f = findings(src, Format::Plain, R);
        let fixes: Vec<(&str, Applicability)> = f
            .iter()
            .map(|f| (f.fixes[0].edits[0].new_text.as_str(), f.fixes[0].applicability))
            .collect();
        assert_eq!(fixes, [("مرحبا", Applicability::Safe), ("الله", Applicability::Safe)]);
    }
}
