//! `anonymous-source`: unnamed sourcing, for the review pass.
#![doc = include_str!("anonymous_source.md")]

use crate::analysis::{Context, Finding, Message, RuleId, RuleMeta, Severity, finding};

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::AnonymousSource,
    default_severity: Severity::Information,
    summary_en: "Unnamed sourcing (for the review pass)",
    summary_ar: "مصدر مجهّل (لمراجعة التدقيق)",
    doc: include_str!("anonymous_source.md"),
};

/// Reports every anonymous-source phrase; the finding covers the phrase.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let scan = cx.credits();
    for a in &scan.anonymous {
        let phrase = cx.doc.source.get(a.range.clone()).unwrap_or("");
        out.push(finding(
            &RULE,
            a.range.clone(),
            Message::new(
                format!("Anonymous source “{phrase}”: name it, or say why it cannot be named"),
                format!("مصدر مجهّل «{phrase}»: سمِّه أو اذكر سبب حجب اسمه"),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;

    #[test]
    fn reports_unnamed_sources_with_exact_range() {
        let src = "وقال مصدر أمني إن الانفجار وقع ليلاً. وأفادت مصادر مطلعة بأن التحقيق بدأ.";
        let f: Vec<_> = analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "anonymous-source")
            .collect();
        let spans: Vec<&str> = f.iter().map(|f| &src[f.range.clone()]).collect();
        assert_eq!(spans, ["مصدر أمني", "مصادر مطلعة"]);
        assert!(
            f.iter()
                .all(|f| f.severity == crate::analysis::Severity::Information)
        );
    }

    #[test]
    fn a_named_witness_is_not_flagged_but_unnamed_witnesses_are() {
        let src = "وقال يوهانس برانتنر، شاهد عيان، إن النيران اشتعلت فجأة. وقال شهود فلسطينيون إن الجرافات وصلت فجراً.";
        let spans: Vec<&str> = analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "anonymous-source")
            .map(|f| &src[f.range])
            .collect();
        assert_eq!(spans, ["شهود فلسطينيون"]);
    }
}
