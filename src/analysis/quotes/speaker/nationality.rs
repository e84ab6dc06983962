//! A speaker introduced by a nationality nisba before a foreign name the dictionary does not know
//! (قال الهولندي فلان فلانسن مدرب الفريق إن ...): the nisba opens the name, whatever apposition
//! follows it (issue 12, speakers).

use super::*;

/// How many words after the nisba's name the clause's content may start (a post in construct
/// in apposition: حارس النادي، مدافع الفريق الأول).
const APPOSITION_REACH: usize = 4;

/// The subject opened at word `k` by a definite nationality nisba (الهولندي، الألمانية), read
/// before the phrase reader: the one to three name-shaped words right after the nisba, with only
/// spaces between, up to the last that is a listed given name or a word the dictionary does not
/// know (at least one of them unknown), are the person's name, when the clause's content (أن/إن,
/// a colon or a quotation mark) starts within [`APPOSITION_REACH`] words after them with no
/// punctuation, cue or function word between. Reason: a nationality nisba heading a verb's
/// subject describes the person whose name comes right after it, so the foreign words that
/// follow it are that name, and the known noun after the name is a post in apposition, not part
/// of it. Word indices are into `cx.doc.words`, `limit` exclusive; `persons` are the person
/// mentions (byte ranges). Returns the phrase from the nisba to the name's end (bytes), with
/// the name's byte range; `None` otherwise.
pub(super) fn name_after_nationality(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    if k + 1 >= limit || !cx.lex.words[k].place_nisba() || !bare_key(cx, k).starts_with("ال") {
        return None;
    }
    let name_word = |e: usize| {
        let w = &cx.doc.words[e];
        let t = &cx.lex.words[e];
        w.kind() == crate::text::WordKind::Arabic
            && !w.plain.starts_with("ال")
            && !function(cx, e)
            && !complementizer(cx, e)
            && !t.is_cue()
            && t.place == 0
            && name_shaped(cx, persons, e)
    };
    let mut e = k + 1;
    while e < limit && e < k + 4 && !breaks_phrase(gap(cx, e - 1, e)) && name_word(e) {
        e += 1;
    }
    // The name ends at its last listed given name or unknown word: a known word after it is
    // the post in apposition (مدافع الفريق).
    let named = |x: usize| cx.lex.words[x].given > 0 || unknown_word(cx, &cx.doc.words[x].plain);
    while e > k + 1 && !named(e - 1) {
        e -= 1;
    }
    if e == k + 1 || !(k + 1..e).any(|x| unknown_word(cx, &cx.doc.words[x].plain)) {
        return None;
    }
    // The content follows the name, or the post in apposition after it.
    let content = (e..(e + APPOSITION_REACH + 1).min(limit + 1)).find(|&c| {
        c >= limit || complementizer(cx, c) || gap(cx, c - 1, c).contains([':', '«', '"', '“', '”'])
    })?;
    let clean = (e..content.min(limit)).all(|c| {
        !gap(cx, c - 1, c).contains(['.', '!', '?', '؟', '\n', '،', ','])
            && !cx.lex.words[c].is_cue()
            && !function(cx, c)
    });
    if !clean {
        return None;
    }
    nisba_and_name(cx, k, e)
}

/// The speaker in an apposition opened by a definite nationality nisba at word `k` and closed by a
/// comma (قال المحلل في شركة «...» في لندن، البريطاني فلان فلانسن، إن): one to three name-shaped
/// words after the nisba, with only spaces between, up to a comma (or a colon), at least one a
/// listed given name, a person mention's word or a word the dictionary does not know. Reason: a
/// nisba set off by commas after a post describes the holder whose name it opens, and the comma
/// closes the apposition, so the words between are that name. Word indices into
/// `cx.doc.words`, `limit` exclusive; returns the phrase from the nisba to the name's end (bytes)
/// with the name's byte range; `None` otherwise.
pub(super) fn nisba_apposition(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    if k + 1 >= limit || !cx.lex.words[k].place_nisba() || !bare_key(cx, k).starts_with("ال") {
        return None;
    }
    let mut e = k + 1;
    while e < limit && e < k + 4 && gap(cx, e - 1, e).trim().is_empty() {
        let w = &cx.doc.words[e];
        let t = &cx.lex.words[e];
        let word = w.kind() == crate::text::WordKind::Arabic
            && !w.plain.starts_with("ال")
            && !t.is_cue()
            && t.place == 0
            && !complementizer(cx, e)
            && name_shaped(cx, persons, e);
        if !word {
            return None;
        }
        e += 1;
    }
    let closed = e < limit && matches!(gap(cx, e - 1, e).trim(), "،" | "," | ":");
    let named = (k + 1..e).any(|x| {
        cx.lex.words[x].given > 0
            || in_person(cx, persons, x)
            || unknown_word(cx, &cx.doc.words[x].plain)
    });
    if e == k + 1 || !closed || !named {
        return None;
    }
    nisba_and_name(cx, k, e)
}

/// The speaker phrase of a nisba at word `k` and the name after it, words `k + 1..e` (word
/// indices, `e` exclusive, `k + 1 < e`): the phrase from the nisba to the name's end and the
/// name's own range (bytes). `None` when a word index lies outside the document.
fn nisba_and_name(cx: &Context, k: usize, e: usize) -> Option<Named> {
    let a = cx.doc.words.get(k)?.start();
    let b = cx.doc.words.get(e.checked_sub(1)?)?.end();
    let name = cx.doc.words.get(k + 1)?.start()..b;
    Some(Named {
        range: a..b,
        text: cx.doc.source.get(a..b)?.to_string(),
        anonymous: false,
        title_only: false,
        name: Some(name),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{one, speaker_names};

    #[test]
    fn a_nationality_nisba_opens_the_foreign_name_before_a_post_in_apposition() {
        assert_eq!(
            one("وقال الهولندي يوهانس فيرخوفن حارس الفريق إن «الملعب كان صعبا علينا»."),
            Some("الهولندي يوهانس فيرخوفن".into())
        );
    }

    #[test]
    fn a_nisba_apposition_after_a_long_post_names_its_holder() {
        // The post runs through a quoted firm, its ل complement and a place; the nisba between
        // commas opens the holder's name.
        // (The firm's name in quotation marks is a name of its own; the speech is last.)
        let s = speaker_names(
            "وقال كبير محللي الأسواق في شركة «بلو ستار» للاستشارات في باريس، الفرنسي جان دوبون، إن «الأسعار سترتفع».",
        );
        assert_eq!(s.last(), Some(&Some("الفرنسي جان دوبون".to_string())));
        let s = speaker_names(
            "وقال المؤسس المشارك لـ«نوفا تك»، الهولندي ماركو فان دايك، لصحيفة محلية إن شركته «تعاونت مع الجميع».",
        );
        assert_eq!(s.last(), Some(&Some("الهولندي ماركو فان دايك".to_string())));
    }

    #[test]
    fn an_adjective_after_the_nisba_leaves_the_phrase_to_the_reader() {
        // The word after the nisba has the article: no name opens there, and the phrase reader
        // reads the whole subject, adjective and name.
        assert_eq!(
            one("وقال الهولندي المخضرم يوهانس فيرخوفن إن «الملعب كان صعبا علينا»."),
            Some("الهولندي المخضرم يوهانس فيرخوفن".into())
        );
    }
}
