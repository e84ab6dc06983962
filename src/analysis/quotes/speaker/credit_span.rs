//! A story's credit (dateline, credit line, byline, outlet tag) is never the subject of a
//! reporting verb (issue 12, probe18): وطنية - حذّرت المصلحة من ...

use super::Named;
use crate::analysis::Context;

/// True when the speaker phrase `n` (byte range in the source) overlaps one of the story's
/// credits (`Context::credits`: a dateline, a credit line, a byline, an outlet tag, a front-matter
/// field). Reason: a credit is a heading set before or after the story's sentences (وطنية -، دمشق
/// - سانا), not a word of the clause after it, so a verb after a dateline's dash has its subject
/// after it or none.
pub(in crate::analysis::quotes) fn inside_credit(cx: &Context, n: &Named) -> bool {
    cx.credits()
        .credits
        .iter()
        .any(|c| c.range.start < n.range.end && n.range.start < c.range.end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_names;

    #[test]
    fn a_dateline_agency_is_not_the_subject_of_the_verb_after_it() {
        // The agency of the dateline stands before the verb after a dash: it is the story's
        // credit, not the verb's subject, so the speaker is unclear rather than «وطنية».
        let s = speaker_names(
            "وطنية - نبهت دائرة الرصد في الهيئة العامة للملاحة من موجة حر \"تمتد حتى الأحد\" في البقاع.",
        );
        assert_eq!(s, vec![None]);
    }
}
