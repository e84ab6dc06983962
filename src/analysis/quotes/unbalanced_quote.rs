//! `unbalanced-quote`: a quotation mark that pairs with nothing.
#![doc = include_str!("unbalanced_quote.md")]

use crate::analysis::{Context, Finding, Message, RuleId, RuleMeta, Severity, finding};

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::UnbalancedQuote,
    default_severity: Severity::Error,
    summary_en: "A quotation mark with no partner in its paragraph",
    summary_ar: "علامة تنصيص بلا نظير في فقرتها",
    doc: include_str!("unbalanced_quote.md"),
};

/// Flags every stray mark of `quotes`; the finding covers the mark itself (one character).
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let quotes = cx.quotes();
    for s in &quotes.stray {
        let m = s.mark;
        // A two-sided mark (" or a curly mark) with nothing but punctuation after it up to the end
        // of its paragraph ends a quotation whose opening is missing, whatever the pairing said.
        let para_end = cx
            .doc
            .paragraph_of(s.at)
            .map_or(cx.doc.source.len(), |p| cx.doc.paragraphs[p].end);
        let after = cx
            .doc
            .prose()
            .get(s.at + m.len_utf8()..para_end)
            .unwrap_or("");
        let ends_paragraph =
            matches!(m, '"' | '“' | '”') && !after.chars().any(|c| c.is_alphanumeric());
        let msg = if s.opening && !ends_paragraph {
            Message::new(
                format!("Opening quotation mark {m} is never closed in this paragraph"),
                format!("علامة التنصيص {m} مفتوحة ولا تُغلق في هذه الفقرة"),
            )
        } else {
            Message::new(
                format!("Closing quotation mark {m} has no opening mark"),
                format!("علامة الإغلاق {m} بلا علامة افتتاح"),
            )
        };
        out.push(finding(&RULE, s.at..s.at + m.len_utf8(), msg));
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;

    fn stray(src: &str) -> Vec<std::ops::Range<usize>> {
        analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "unbalanced-quote")
            .map(|f| f.range)
            .collect()
    }

    #[test]
    fn unclosed_guillemet_is_flagged_at_the_mark() {
        let src = "وقال الوزير: «سنعيد بناء ما تهدم، وأضاف أن العمل يبدأ غداً.\nفقرة أخرى.";
        let at = src.find('«').unwrap();
        assert_eq!(stray(src), vec![at..at + 2]);
    }

    #[test]
    fn closing_without_opening() {
        let src = "قال إن العمل انتهى» أمس.";
        let at = src.find('»').unwrap();
        assert_eq!(stray(src), vec![at..at + 2]);
    }

    #[test]
    fn straight_quote_ending_a_paragraph_is_reported_as_a_closer() {
        let src = "وقال الوزير إن العمل مستمر حتى النهاية\".\nفقرة أخرى.";
        let f: Vec<_> = analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "unbalanced-quote")
            .collect();
        assert_eq!(f.len(), 1);
        assert!(
            f[0].message.en().starts_with("Closing quotation mark"),
            "{}",
            f[0].message.en()
        );
    }

    #[test]
    fn balanced_and_continued_quotes_are_quiet() {
        assert!(stray("قال: ”نص مقلوب الاتجاه“ و“نص عادي” و”نص ثالث”.").is_empty());
        assert!(stray("قال: «سطر أول من كلام طويل\n«وسطر ثان منه»").is_empty());
        assert!(stray("قال: \"نص بعلامات مستقيمة\" انتهى.").is_empty());
    }
}
