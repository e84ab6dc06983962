//! Cues inside a relative clause set off by commas before a quotation (issue 12, probe11): in
//! قال فلان إن الشاهد، الذي استمعت إليه المحكمة وفق قواعد حماية الشهود، «...», neither the verb
//! nor the وفق phrase of the aside introduces the quotation.

use super::super::speaker::{bare_key, gap};
use super::super::{Quote, inside_quote};
use crate::analysis::Context;

/// How many words back from a cue [`inside_relative_aside`] looks for the relative pronoun.
const REACH: usize = 12;

/// True when the cue at word `i` lies in a relative clause (الذي، التي، الذين ...) opened after a
/// comma and closed by the comma right before the quotation that opens at word `open`, with no
/// other comma or sentence end between the pronoun and the cue (marks between two words of a
/// quotation of `quotes`, a quoted name such as «سامر ع.», are the quotation's own). Reason: a relative clause set
/// off by commas describes the noun before it, so its verb and its circumstance phrases (أشارت
/// إليه، وفق القانون) belong to that description; the quotation after the closing comma goes
/// on with the clause the aside interrupted, and is attributed by the cue before the aside.
pub(super) fn inside_relative_aside(cx: &Context, quotes: &[Quote], i: usize, open: usize) -> bool {
    let nw = cx.doc.words.len();
    if open == 0 || open > nw || i >= open || !gap(cx, open - 1, open).contains(['،', ',']) {
        return false;
    }
    // Nothing but the closing comma and the quotation mark between the aside and the quotation.
    if gap(cx, open - 1, open)
        .chars()
        .any(|c| c.is_alphanumeric() || matches!(c, '.' | '!' | '?' | '؟' | ':'))
    {
        return false;
    }
    let mut r = i;
    loop {
        if matches!(
            bare_key(cx, r),
            "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللواتي" | "اللاتي"
        ) {
            return r > 0 && gap(cx, r - 1, r).contains(['،', ',']);
        }
        if r == 0 || i - r >= REACH {
            return false;
        }
        let quoted = |k: usize| {
            let w = &cx.doc.words[k];
            inside_quote(quotes, w.start(), w.end())
        };
        let g = gap(cx, r - 1, r);
        let stop = if quoted(r - 1) || quoted(r) {
            g.contains(['\n'])
        } else {
            g.contains(['،', ',', '.', '!', '?', '؟', ':', '\n', '«', '"'])
        };
        if stop {
            return false;
        }
        r -= 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::pointing_back::speakers;

    #[test]
    fn a_source_phrase_inside_a_relative_aside_does_not_attribute_the_quotation() {
        let s = speakers(
            "وقال المحامي سامر الخطيب إن الشاهد، الذي سمته المحكمة «س. م.» وفق قواعد حماية الشهود، «لم يرَ شيئاً تلك الليلة».",
        );
        assert_eq!(
            s.last().cloned().flatten().as_deref(),
            Some("المحامي سامر الخطيب")
        );
    }

    #[test]
    fn a_source_phrase_outside_an_aside_still_attributes() {
        // No relative clause: the وفق phrase before the quotation names its source.
        let s = speakers(
            "وتراجعت الأسعار هذا الأسبوع، ووفق نقابة التجار، «لن تعود إلى ما كانت عليه قريباً».",
        );
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].as_deref(), Some("نقابة التجار"));
    }
}
