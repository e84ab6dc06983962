//! Sentences inside a paragraph: where a full stop, question or exclamation mark ends one.
//!
//! A dot is not a sentence end when it belongs to a word: the dots of a dotted abbreviation
//! (سي.آي.إيه، أ.ف.ب، U.S.), the dot after a one-letter abbreviation (د. سامر، م. خالد), a decimal
//! point (3.5) or an ellipsis (.. or ...), which marks a pause or an omission inside a sentence.

use super::{Quote, inside_quote};
use crate::analysis::Context;
use std::ops::Range;

/// Byte offsets of the sentence terminators (`.` `!` `?` `؟` `۔`) in the paragraph `para` (a
/// half-open byte range of the document's prose), in order, leaving out those inside one of
/// `quotes` (sorted by start) and the dots that are not sentence ends (see the module doc).
/// An open draft keeps them per paragraph text between versions (`memo::CueReads::breaks`).
pub(crate) fn sentence_breaks(cx: &Context, para: &Range<usize>, quotes: &[Quote]) -> Vec<usize> {
    cx.cue_reads()
        .breaks(cx, para, quotes, || breaks_of(cx, para, quotes))
}

/// [`sentence_breaks`], computed.
fn breaks_of(cx: &Context, para: &Range<usize>, quotes: &[Quote]) -> Vec<usize> {
    let text = cx.doc.prose();
    let mut out = Vec::new();
    let Some(body) = text.get(para.clone()) else {
        return out;
    };
    // The terminators are found with `memchr`, without decoding the characters: `.` `!` `?` are
    // ASCII, `؟` (U+061F) is D8 9F and `۔` (U+06D4) DB 94 in UTF-8, and a byte below 0x80 or a
    // lead byte is always a character boundary. Found apart, then put back in text order.
    let bytes = body.as_bytes();
    let mut marks: Vec<(usize, char)> = memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .map(|off| (off, char::from(bytes[off])))
        .chain(memchr::memmem::find_iter(bytes, "؟").map(|off| (off, '؟')))
        .chain(memchr::memmem::find_iter(bytes, "\u{06D4}").map(|off| (off, '\u{06D4}')))
        .collect();
    marks.sort_unstable();
    for (off, c) in marks {
        let at = para.start + off;
        if inside_quote(quotes, at, at + 1) {
            continue;
        }
        // `off` is the offset of a `.` of `body`, so both slices are on char boundaries.
        if c == '.' && !dot_ends_sentence(&body[..off], &body[off + 1..]) {
            continue;
        }
        out.push(at);
    }
    out
}

/// Byte offset of the first sentence terminator in `range` of `text` that ends a sentence (see
/// the module doc), if any.
pub(crate) fn first_break(text: &str, range: Range<usize>) -> Option<usize> {
    let body = text.get(range.clone())?;
    body.char_indices().find_map(|(off, c)| {
        let at = range.start + off;
        // `at` comes from `char_indices` of a slice of `text`, so both slices are on boundaries.
        let ends = crate::text::chars::is_sentence_end(c)
            && (c != '.' || dot_ends_sentence(&text[..at], &text[at + 1..]));
        ends.then_some(at)
    })
}

/// True when a dot between `before` and `after` (the text on each side of it) ends a sentence:
/// false inside an ellipsis, between digits, before a letter with no space (a dotted abbreviation)
/// and after a one-letter word or the last part of a dotted abbreviation (أ.ف.ب. ، U.S.).
fn dot_ends_sentence(before: &str, after: &str) -> bool {
    let prev = before.chars().next_back();
    let next = after.chars().next();
    // An ellipsis: .. or ... (the marks of an omission or a pause, also between two quotations of
    // one speaker: «...».. «...»).
    if prev == Some('.') || next == Some('.') {
        return false;
    }
    if prev.is_some_and(|c| c.is_numeric()) && next.is_some_and(|c| c.is_numeric()) {
        return false;
    }
    // A dot glued to the next letter is inside a word: سي.آي.إيه، أ.ف.ب، U.S., العربية.نت; but
    // between two Arabic words of four letters or more it ends a sentence whose space was lost
    // (no abbreviation part or Arabic domain ending is that long: الاجتماع.وأضاف).
    if next.is_some_and(char::is_alphabetic) {
        return arabic_run(before.chars().rev()) >= 4 && arabic_run(after.chars()) >= 4;
    }
    // The word before the dot, up to a space or a dot; harakat and tatweel are not letters.
    let word = before
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace() && *c != '.')
        .filter(|&c| alphabetic(c))
        .count();
    let glued_to_dot = before
        .trim_end_matches(|c: char| !c.is_whitespace() && c != '.')
        .ends_with('.');
    // د. or م. (a one-letter abbreviation), or the last part of a dotted one (سي.آي.إيه.).
    !(word == 1 || (glued_to_dot && word > 0))
}

/// `char::is_alphabetic`, answered without the Unicode tables for ASCII and the Arabic letters
/// ء–غ and ف–ي (U+0621–U+063A, U+0641–U+064A, all of them alphabetic), the characters of nearly
/// every word before a dot.
fn alphabetic(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        _ => c.is_alphabetic(),
    }
}

/// Number of Arabic letters at the start of `chars` (harakat and tatweel skipped, not counted).
fn arabic_run(chars: impl Iterator<Item = char>) -> usize {
    use crate::text::chars::{is_arabic_letter, is_arabic_word_char};
    chars
        .take_while(|c| is_arabic_word_char(*c))
        .filter(|c| is_arabic_letter(*c))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::Profile;
    use crate::text::{Document, Format};

    fn breaks(src: &str) -> Vec<usize> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let para = cx.doc.paragraphs[0].clone();
        sentence_breaks(&cx, &para, &[])
    }

    #[test]
    fn alphabetic_agrees_with_the_unicode_tables() {
        // Every character of the first blocks of the BMP, Arabic included, and a few beyond.
        for c in ('\0'..='\u{08FF}').chain(['\u{FB50}', '\u{FEFF}', '\u{1F600}']) {
            assert_eq!(alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
        assert!(alphabetic('م') && alphabetic('a') && !alphabetic('.') && !alphabetic('٣'));
    }

    #[test]
    fn question_marks_and_the_urdu_full_stop_end_sentences_not_dots_of_abbreviations() {
        let src = "هل وصل؟ نعم. وصل د. سامر إلى U.S. أمس! ثم غادر۔ انتهى";
        let at = |s: &str| src.find(s).unwrap();
        assert_eq!(breaks(src), vec![at("؟"), at(". وصل"), at("! ثم"), at("۔")]);
    }

    #[test]
    fn abbreviations_decimals_and_ellipses_do_not_end_a_sentence() {
        let src = "قال مسؤول في سي.آي.إيه إن النمو بلغ 3.5 بالمئة وفق أ.ف.ب. ثم التقى د. سامر نظيره من U.S. في الصباح.. وغادر... ثم عاد. وانتهى";
        // Only the dot after عاد ends a sentence.
        let end = src.find("عاد.").unwrap() + "عاد".len();
        assert_eq!(breaks(src), vec![end]);
    }

    #[test]
    fn a_dot_glued_between_two_long_arabic_words_ends_a_sentence() {
        let src = "انتهى الاجتماع.وأضاف الوزير أن موقع العربية.نت نشر الخبر";
        let end = src.find("الاجتماع.").unwrap() + "الاجتماع".len();
        assert_eq!(breaks(src), vec![end]);
    }

    #[test]
    fn full_stops_and_question_marks_end_sentences() {
        let src = "وصل الوفد. هل يتفقون؟ ربما!";
        let a = src.find('.').unwrap();
        let b = src.find('؟').unwrap();
        let c = src.find('!').unwrap();
        assert_eq!(breaks(src), vec![a, b, c]);
    }
}
