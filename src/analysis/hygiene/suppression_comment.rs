//! `suppression-comment`: a suppression comment that suppresses nothing because of a typo.
#![doc = include_str!("suppression_comment.md")]

use crate::analysis::suppress::Problem;
use crate::analysis::{Context, Edit, Finding, Fix, Message, RuleId, RuleMeta, Severity, finding};

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::SuppressionComment,
    default_severity: Severity::Warning,
    summary_en: "A suppression comment with a misspelled directive or rule id suppresses nothing",
    summary_ar: "تعليق إسكات فيه خطأ في اسم التوجيه أو القاعدة فلا يُسكت شيئاً",
    doc: include_str!("suppression_comment.md"),
};

/// Reports every [`Problem`] of the document's suppression comments (read once with the
/// document, `Context::directives`): a comment starting with `isnad` whose directive name is none
/// of the four, and a rule id that names no rule. The finding's range is the misspelled word (byte
/// range, half-open); when a directive name or rule id is within reach (three or two edits), the
/// fix writes it in its place.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    for p in cx.directives.problems() {
        let (range, near, what_en, what_ar) = match p {
            Problem::UnknownDirective { range, near } => (
                range,
                near,
                "is not a suppression directive of isnad (isnad-disable, isnad-enable, isnad-disable-next-line, isnad-disable-line), so the comment suppresses nothing",
                "ليس توجيه إسكات يعرفه isnad (isnad-disable، isnad-enable، isnad-disable-next-line، isnad-disable-line)، فالتعليق لا يُسكت شيئاً",
            ),
            Problem::UnknownRule { range, near } => (
                range,
                near,
                "is not a rule of isnad (`isnad rules` lists them), so the comment suppresses nothing under that name",
                "ليس قاعدة من قواعد isnad (يسردها الأمر `isnad rules`)، فالتعليق لا يُسكت شيئاً بهذا الاسم",
            ),
        };
        let typed = cx.doc.source.get(range.clone()).unwrap_or("");
        let (hint_en, hint_ar) = match near {
            Some(n) => (format!("; did you mean `{n}`?"), format!("؛ هل تقصد `{n}`؟")),
            None => (String::new(), String::new()),
        };
        let mut f = finding(
            &RULE,
            range.clone(),
            Message::new(
                format!("`{typed}` {what_en}{hint_en}"),
                format!("`{typed}` {what_ar}{hint_ar}"),
            ),
        );
        if let Some(n) = near {
            f.fixes.push(Fix {
                title: Message::new(format!("Write `{n}`"), format!("اكتب `{n}`")),
                edits: vec![Edit {
                    range: range.clone(),
                    new_text: (*n).to_string(),
                }],
                applicability: crate::analysis::finding::Applicability::Safe,
            });
        }
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;

    /// (rule, flagged text, fix's new text) of every `suppression-comment` finding.
    fn flagged(src: &str, f: Format) -> Vec<(String, Option<String>)> {
        analyze_text(src, f, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|x| x.rule == "suppression-comment")
            .map(|x| {
                (
                    src[x.range.clone()].to_string(),
                    x.fixes
                        .first()
                        .and_then(|fx| fx.edits.first())
                        .map(|e| e.new_text.clone()),
                )
            })
            .collect()
    }

    const BODY: &str = "\n«لن نتراجع عن القرار مهما كانت الضغوط علينا»\n";

    #[test]
    fn a_misspelled_rule_id_is_flagged_and_fixed() {
        for f in [Format::Plain, Format::Markdown] {
            let src = format!("<!-- isnad-disable-next-line unattributed-qoute -->{BODY}");
            assert_eq!(
                flagged(&src, f),
                vec![(
                    "unattributed-qoute".to_string(),
                    Some("unattributed-quote".to_string())
                )]
            );
            // The typo suppressed nothing: the quotation is still flagged.
            let rules: Vec<&str> = analyze_text(&src, f, &Profile::embedded())
                .findings
                .iter()
                .map(|x| x.rule)
                .collect();
            assert!(rules.contains(&"unattributed-quote"), "{rules:?}");
        }
    }

    #[test]
    fn a_misspelled_directive_is_flagged_and_suppresses_nothing() {
        let src = format!("<!-- isnad-disable-nextline unattributed-quote -->{BODY}");
        assert_eq!(
            flagged(&src, Format::Plain),
            vec![(
                "isnad-disable-nextline".to_string(),
                Some("isnad-disable-next-line".to_string())
            )]
        );
        let a = analyze_text(&src, Format::Plain, &Profile::embedded());
        assert!(a.findings.iter().any(|x| x.rule == "unattributed-quote"));
        // A word far from every directive gets no fix, only the finding.
        let far = format!("<!-- isnad please ignore this -->{BODY}");
        assert_eq!(flagged(&far, Format::Plain), vec![("isnad".to_string(), None)]);
    }

    #[test]
    fn a_correct_comment_and_other_comments_are_quiet() {
        let good = format!("<!-- isnad-disable-next-line unattributed-quote -->{BODY}");
        let a = analyze_text(&good, Format::Plain, &Profile::embedded());
        assert_eq!(a.findings.len(), 0, "{:?}", a.findings);
        // The directive was read (it is what silenced the quotation).
        let bare = analyze_text(BODY, Format::Plain, &Profile::embedded());
        assert!(bare.findings.iter().any(|x| x.rule == "unattributed-quote"));
        let other = format!("<!-- ملاحظة للمحرر: راجع الاقتباس -->{BODY}");
        assert!(flagged(&other, Format::Plain).is_empty());
        let several = format!("<!-- isnad-disable-line name-variant, tatwel -->{BODY}");
        assert_eq!(
            flagged(&several, Format::Plain),
            vec![("tatwel".to_string(), Some("tatweel".to_string()))]
        );
    }
}
