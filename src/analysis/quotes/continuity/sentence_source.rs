//! A phrase of sourcing that closes the quotation's sentence (issue 12, trail15): in «...»، وفق ما
//! صرح به مسؤول في الشرطة / وأضاف أن «...»، وفقاً لما قاله المدير فلان, the phrase after the last
//! comma names who said the sentence's words, even when a cue before the quotation has no subject
//! of its own (وأضاف، مؤكدة).

use super::super::speaker::{bare_key, gap, media_noun, outlet_phrase, phrase_kind};
use super::super::{Attribution, Quote, Via, inside_quote};
use super::{PhraseKind, cue_at};
use crate::analysis::Context;
use std::ops::Range;

/// True when attribution `a` names nobody at its own cue: its cue has no subject and the speaker
/// is unclear ([`Via::NoSubject`]) or carried over from a reporting clause of an earlier sentence
/// (the continued steps that cross a sentence). A speaker read at the cue, or carried from a
/// clause of the same sentence, is the sentence's own subject and stays.
pub(super) fn open_to_source(a: &Attribution) -> bool {
    matches!(
        a.via,
        Via::NoSubject
            | Via::ContinuedSameParagraph
            | Via::ContinuedEarlierParagraph
            | Via::ContinuedFar
            | Via::ContinuedPastAdjunct
    )
}

/// A phrase of sourcing closing a sentence, as [`closing_source`] finds it.
pub(super) struct Closing {
    /// The phrase's first word (index into `cx.doc.words`): بحسب، وفق، حسبما، كما.
    pub start: usize,
    /// The word the phrase is read at: the phrase itself, or the verb of saying after حسبما / كما.
    pub cue_word: usize,
    /// Byte range (half-open) of the attributing words, from the phrase's first word.
    pub cue: Range<usize>,
}

/// The phrase of sourcing that closes the sentence among words `close..end` (indexes into
/// `cx.doc.words`: the quotation's closing mark to its sentence's end): the last phrase there,
/// outside the quotations of `quotes`, whose speaker follows it (بحسب، حسب، وفق، وفقاً لـ، طبقاً
/// لـ، على حد قول / تعبير, or حسبما / كما + a verb of saying), set off from what comes before it
/// by a comma. Reason: a phrase of sourcing set off at the end of a sentence attributes the
/// whole sentence, the quotations in it included. `None` when there is none.
pub(super) fn closing_source(
    cx: &Context,
    quotes: &[Quote],
    close: usize,
    end: usize,
) -> Option<Closing> {
    let end = end.min(cx.doc.words.len());
    (close..end).rev().find_map(|j| {
        let t = &cx.lex.words[j];
        let phrase = t.phrase > 0
            && (outlet_phrase(cx, j) || bare_key(cx, j) == "علي")
            && phrase_kind(cx, j, usize::from(t.phrase)) == PhraseKind::Source;
        // حسبما / كما + a verb of saying: the verb is the cue, read with its subject after it.
        let before_verb = j > close
            && t.is_cue()
            && t.verb()
            && matches!(bare_key(cx, j - 1), "حسبما" | "كما")
            && !gap(cx, j - 1, j).contains(['،', ',', '.', ':']);
        let start = if before_verb { j - 1 } else { j };
        let set_off = start > 0 && gap(cx, start - 1, start).contains(['،', ',']);
        if !(phrase || before_verb) || !set_off {
            return None;
        }
        let w = &cx.doc.words[start];
        if inside_quote(quotes, w.start(), w.end()) {
            return None;
        }
        let (_, cue) = cue_at(cx, j, quotes)?;
        Some(Closing {
            start,
            cue_word: j,
            cue: w.start()..cue.end,
        })
    })
}

/// True when the source `found` (read at the closing phrase `c`) takes the quotation from
/// `own`, the attribution its own cue gave: always when `own` names nobody; when `own` carries a
/// speaker over from an earlier sentence, only when the source is no news outlet (وكالة، صحيفة،
/// قناة or a listed agency) and the phrase is a relative clause on ما with a verb of saying (وفق
/// ما صرح به فلان، حسبما أفاد فلان، كما قال فلان), whose subject said what ما stands for. Reason:
/// an outlet relays the words of the speaker the subjectless verb refers to (وأضاف أن «...»، وفق
/// ما ذكرت وكالة ...), and a bare phrase (بحسب الوزارة) may name that channel too; a verb of
/// saying with its own subject names the one who said them.
pub(super) fn takes_over(
    cx: &Context,
    own: &Attribution,
    found: &Attribution,
    c: &Closing,
) -> bool {
    let Some((range, _)) = found.speaker.as_ref() else {
        return false;
    };
    if !matches!(found.via, Via::Source | Via::AfterVerb) || range.start < c.cue.start {
        return false;
    }
    if own.speaker.is_none() {
        return true;
    }
    let first = cx.doc.word_index_at(range.start);
    let outlet = first < cx.lex.words.len()
        && (media_noun(bare_key(cx, first)) || cx.lex.words[first].agency().is_some());
    !outlet && relative_clause(cx, c)
}

/// True when the closing phrase `c` goes on with a relative clause on ما (بحسب ما، وفق ما، وفقاً
/// لما، حسبما، كما + a verb): its speaker is the subject of the clause's verb.
fn relative_clause(cx: &Context, c: &Closing) -> bool {
    c.cue_word > c.start
        || cx
            .doc
            .words
            .get(c.start + 1)
            .is_some_and(|w| matches!(w.key.as_str(), "ما" | "لما"))
}

#[cfg(test)]
mod tests {
    use super::super::super::speaker::tests::speaker_names;

    #[test]
    fn a_closing_relative_clause_of_saying_names_the_speaker_of_a_subjectless_cue() {
        // The cue before the quotation carries the earlier speaker over; the closing clause names
        // who said these words.
        assert_eq!(
            speaker_names(
                "وقال الوزير كمال ناصر إن الحكومة ستدعم المزارعين.\nوأضاف أن «الموسم سيكون أفضل»، وفقاً لما قاله المدير سامي الحلو."
            ),
            vec![Some("المدير سامي الحلو".into())]
        );
        // A verb and a participle with no subject of their own: the closing clause names the
        // speaker of both quotations of the sentence.
        assert_eq!(
            speaker_names(
                "ونفت أن تكون «استهدفت الباعة»، مؤكدة أن «الإغلاق مؤقت»، وفق ما صرح به مسؤول في البلدية."
            ),
            vec![
                Some("مسؤول في البلدية".into()),
                Some("مسؤول في البلدية".into())
            ]
        );
    }

    #[test]
    fn an_outlet_or_a_bare_phrase_after_a_subjectless_cue_is_the_channel() {
        // وفق ما ذكرت وكالة: the agency relays the words of the speaker before.
        assert_eq!(
            speaker_names(
                "وقال الوزير كمال ناصر إن الحكومة ستدعم المزارعين.\nوأضاف أن «الموسم سيكون أفضل»، وفق ما ذكرت وكالة الأنباء الرسمية."
            ),
            vec![Some("الوزير كمال ناصر".into())]
        );
        // بحسب الوزارة: a bare phrase may name the channel of the speaker the verb refers to.
        assert_eq!(
            speaker_names(
                "وقال الوزير كمال ناصر إن الحكومة ستدعم المزارعين.\nوأضاف أن «الموسم سيكون أفضل»، بحسب الوزارة."
            ),
            vec![Some("الوزير كمال ناصر".into())]
        );
        // A speaker read at the cue itself stays: the closing phrase names the channel.
        assert_eq!(
            speaker_names(
                "وقال الوزير كمال ناصر إن «الموسم سيكون أفضل»، بحسب ما أفاد مسؤول في مكتبه."
            ),
            vec![Some("الوزير كمال ناصر".into())]
        );
    }
}
