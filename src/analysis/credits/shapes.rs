//! The shapes of credit lines, bylines and datelines: `(رويترز)` on its own line or at the end of
//! the last one, `أنقرة، تركيا (CNN)--` and `دمشق /سانا/` at the head of the lede, `كتب: ...` and
//! `بغداد/ بقلم: ...` on a byline's line.
//!
//! They were regular expressions with counted repetitions of Unicode classes (`[^()\n]{1,60}`)
//! and Unicode word boundaries, whose automata took about 8 ms to build in every process that
//! read a story (most of a one-article `isnad check`, and of the server's first publish). The
//! same shapes are read here by an unbounded class (a cheap expression) with the count checked
//! afterwards, or by a scanner; the tests compare each with the original expression on generated
//! lines. A word character is the `regex` crate's Unicode `\w` (UTS#18 Annex C), asked of
//! `regex_syntax`.
//!
//! Every function takes one line (or paragraph) of text and returns byte offsets into it, ranges
//! half-open; `\s` is Unicode white space ([`char::is_whitespace`], the `regex` crate's `\s`).

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The longest content, in characters, of a bracketed credit: `(رويترز)` and `[أ ف ب]` are
/// credits, a bracketed sentence is not.
const CREDIT_CHARS: usize = 60;

/// `^\s*(?:\(([^()\n]+)\)|\[([^\[\]\n]+)\])`: a bracket opening the text; its content (group 1 or
/// 2) is checked against [`CREDIT_CHARS`] in code.
static OPENING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\(([^()\n]+)\)|\[([^\[\]\n]+)\])").unwrap());

/// `(?:\(([^()\n]+)\)|\[([^\[\]\n]+)\])\s*[.\-–—]*\s*$`: a bracket closing the text, before
/// nothing but white space, dots and dashes.
static CLOSING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\(([^()\n]+)\)|\[([^\[\]\n]+)\])\s*[.\-–—]*\s*$").unwrap());

/// Compiles [`OPENING`] and [`CLOSING`] now (see [`super::compile_patterns`]).
pub(super) fn compile_patterns() {
    LazyLock::force(&OPENING);
    LazyLock::force(&CLOSING);
}

/// The match of `re` when its bracket's content (group 1 or 2) has at most [`CREDIT_CHARS`]
/// characters.
fn short_bracket(re: &Regex, text: &str) -> Option<Range<usize>> {
    let c = re.captures(text)?;
    let inner = c.get(1).or_else(|| c.get(2))?;
    (inner.as_str().chars().count() <= CREDIT_CHARS).then(|| c.get(0).map(|m| m.range()))?
}

/// A credit in brackets opening `text` (after white space), of 1 to 60 characters without a
/// bracket or line break inside: the range from the start of `text` to the closing bracket
/// included; `None` when `text` does not open so. The same as the expression
/// `^\s*(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])`: the content cannot hold its own closing
/// bracket, so the first one closes it and the count can be checked after the match.
pub(super) fn opening(text: &str) -> Option<Range<usize>> {
    short_bracket(&OPENING, text)
}

/// A credit in brackets closing `text` (only white space, dots and dashes after it), of 1 to 60
/// characters without a bracket or line break inside: the range of the bracket to the end of
/// `text`; `None` when `text` does not end so. The same as the expression
/// `(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])\s*[.\-–—]*\s*$`: only the last bracket of the text
/// can close such a match, and its content cannot hold its own opening bracket, so there is one
/// candidate and the count can be checked after the match.
pub(super) fn closing(text: &str) -> Option<Range<usize>> {
    short_bracket(&CLOSING, text)
}

/// The end (byte offset) of a dateline in brackets at the head of `text`: up to 90 characters
/// without a full stop, line break or guillemet, then a bracket (`(` or `[`) of 1 to 45
/// characters without a parenthesis or line break, closed by `)` or `]`, then white space and a
/// separator (dashes, a colon or a slash): `أنقرة، تركيا (CNN)--`, `(أ ف ب) -`. The earliest
/// bracket wins, and in it the longest content that is followed by a separator, as the
/// expression `^[^.\n«»]{0,90}?[\(\[][^()\n]{1,45}[\)\]]\s*(?:[-–—]+|:|/)` reads it; `None`
/// when there is none.
pub(super) fn dateline_parens_end(text: &str) -> Option<usize> {
    for (k, (i, c)) in text.char_indices().enumerate() {
        if matches!(c, '(' | '[')
            && let Some(end) = bracket_then_separator(text, i + 1)
        {
            return Some(end);
        }
        if k == 90 || matches!(c, '.' | '\n' | '«' | '»') {
            return None;
        }
    }
    None
}

/// The first bracket at the head of `text` with nothing after it required: up to 90 characters
/// without a full stop, line break or guillemet, then `(` or `[`, 1 to 45 characters without a
/// parenthesis or line break, and `)` or `]`. Returns the byte offsets of the opening bracket and
/// of the end of the closing one (half-open); `None` when there is none. The caller decides
/// whether the words before it and in it are a place and an agency ([`dateline_parens_end`] is
/// the form with a separator after the bracket, which needs no such check).
pub(super) fn first_bracket(text: &str) -> Option<(usize, usize)> {
    for (k, (i, c)) in text.char_indices().enumerate() {
        if matches!(c, '(' | '[') {
            let rest = text.get(i + 1..)?;
            let (j, close) = rest
                .char_indices()
                .take(46)
                .find(|&(_, c)| matches!(c, '(' | ')' | ']' | '\n'))?;
            return (j > 0 && matches!(close, ')' | ']')).then(|| (i, i + 1 + j + 1));
        }
        if k == 90 || matches!(c, '.' | '\n' | '«' | '»') {
            return None;
        }
    }
    None
}

/// After an opening bracket (content starting at byte `from` of `text`): the end of the longest
/// content of 1 to 45 characters of `[^()\n]` closed by `)` or `]` and followed by
/// `\s*(?:[-–—]+|:|/)`; `None` when no length works.
fn bracket_then_separator(text: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    // Byte offset (in `rest`) after each content character, longest run first.
    let ends: Vec<usize> = rest
        .char_indices()
        .take_while(|&(_, c)| !matches!(c, '(' | ')' | '\n'))
        .take(45)
        .map(|(j, c)| j + c.len_utf8())
        .collect();
    ends.iter().rev().find_map(|&e| {
        let after = rest.get(e..)?;
        let close = after.strip_prefix([')', ']'])?;
        let sep = close.trim_start_matches(char::is_whitespace);
        let tail = if let Some(s) = sep.strip_prefix([':', '/']) {
            s
        } else {
            let s = sep.trim_start_matches(['-', '–', '—']);
            if s.len() == sep.len() {
                return None;
            }
            s
        };
        Some(text.len() - tail.len())
    })
}

/// A dateline with the agency between slashes at the head of `text` (`دمشق /سانا/`): 1 to 60
/// characters without a full stop, line break, guillemet, slash or colon, a slash, the agency
/// (1 to 30 characters without a slash or line break, white space around it not counted), a
/// slash and the white space after it. Returns the end of all that and the agency's range; `None`
/// when `text` does not open so. As the expression
/// `^[^.\n«»/:]{1,60}?/\s*([^/\n]{1,30}?)\s*/\s*` reads it (an agency of white space only is
/// its last white-space character).
pub(super) fn dateline_slashes(text: &str) -> Option<(usize, Range<usize>)> {
    let (k, (slash, _)) = text
        .char_indices()
        .enumerate()
        .find(|&(_, (_, c))| matches!(c, '.' | '\n' | '«' | '»' | '/' | ':'))?;
    if !(1..=60).contains(&k) || !text[slash..].starts_with('/') {
        return None;
    }
    let open = slash + 1;
    let second = open + text.get(open..)?.find('/')?;
    let between = &text[open..second];
    let lead = between.len() - between.trim_start_matches(char::is_whitespace).len();
    let trail = between.len() - between.trim_end_matches(char::is_whitespace).len();
    let agency = if lead == between.len() {
        // White space only: the group takes its last character back from the first `\s*`.
        let last = between.chars().next_back()?;
        second - last.len_utf8()..second
    } else {
        open + lead..second - trail
    };
    let inner = &text[agency.clone()];
    if inner.contains('\n') || inner.chars().count() > 30 {
        return None;
    }
    let after = &text[second + 1..];
    let end = text.len() - after.trim_start_matches(char::is_whitespace).len();
    Some((end, agency))
}

/// The byline cues that open a byline's line (`كتب: سامر يوسف`، `- بقلم ...`، `إعداد ...`); the
/// first [`CUES_AFTER_PLACE`] of them may also follow a place (`بغداد/ بقلم: ...`).
const BYLINE_CUES: &[&str] = &[
    "كتب",
    "كتبت",
    "بقلم",
    "إعداد",
    "اعداد",
    "تقرير",
    "مراسل",
    "مراسلنا",
    "مراسلة",
    "مراسلتنا",
    "ترجمة",
    "تحرير",
    "بواسطة",
    "متابعات",
    "متابعة",
    "خاص",
    "المصدر",
    "المصادر",
    "خدمة",
    "عن",
];

/// How many of [`BYLINE_CUES`], from the first, name a writer (كتب، كتبت، بقلم، إعداد، اعداد):
/// the cues of a byline that can share a line with an outlet's tag ([`byline_after_tag`]).
const WRITER_CUES: usize = 5;

/// True when `text` opens (after white space) with a writer's cue (the first [`WRITER_CUES`] of
/// [`BYLINE_CUES`]: كتب، كتبت، بقلم، إعداد) as a whole word: the line credits the story's writer,
/// whatever punctuation sets the name off (كتب - فلان:، كتب: فلان، كتبت ـ فلانة).
pub(super) fn writer_cue(text: &str) -> bool {
    BYLINE_CUES
        .get(..WRITER_CUES)
        .is_some_and(|cues| starts_with_word(text.trim_start_matches(char::is_whitespace), cues))
}

/// The byline that shares a header line with an outlet's tag or a dateline (`AHDATH.INFO - خاص -
/// بقلم: فلان`): the byte offset in `text` of a writer's cue (كتب، بقلم، إعداد) that follows a
/// dash, slash or bar with text before it, and the byte offset where that text ends (its
/// separator and spaces trimmed). Reason: the tag credits the outlet, the cue credits the writer;
/// an editor checks them as two credits. `None` when the line holds no such cue after a separator.
pub(super) fn byline_after_tag(text: &str) -> Option<(usize, usize)> {
    let cues = BYLINE_CUES.get(..WRITER_CUES)?;
    for (at, c) in text.char_indices() {
        if !matches!(c, '-' | '–' | '—' | '/' | '|') {
            continue;
        }
        let after = text.get(at + c.len_utf8()..)?;
        let rest = after.trim_start_matches(char::is_whitespace);
        let head = text.get(..at)?.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/' | '|')
        });
        if !head.trim().is_empty() && starts_with_word(rest, cues) {
            return Some((head.len(), text.len() - rest.len()));
        }
    }
    None
}

/// The cues of [`BYLINE_CUES`] that name the outlet's correspondent, which may follow من on a
/// credit's line (من مراسلنا في طرابلس "from our correspondent in Tripoli").
const CORRESPONDENT_CUES: &[&str] = &["مراسل", "مراسلنا", "مراسلة", "مراسلتنا"];

/// How many of [`BYLINE_CUES`], from the first, may follow a place on a byline's line.
const CUES_AFTER_PLACE: usize = 10;

/// The outlet tags that close a line (`... - متابعات`، `وكالات`، `خاص`).
const TAGS_AT_END: &[&str] = &["متابعات", "متابعة", "وكالات", "خاص"];

/// True for a word character (the `regex` crate's Unicode `\w`).
fn is_word(c: char) -> bool {
    regex_syntax::try_is_word_character(c).unwrap_or_else(|_| c.is_alphanumeric())
}

/// True when `text` starts with one of `words` as a whole word (no word character after it).
fn starts_with_word(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        text.strip_prefix(w)
            .is_some_and(|rest| !rest.chars().next().is_some_and(is_word))
    })
}

/// True when `text` is a byline's or outlet tag's line: after white space and an optional bullet
/// or dash, a byline cue ([`BYLINE_CUES`]) as a whole word, or a correspondent's cue after من
/// ([`CORRESPONDENT_CUES`]); or the line ends (white space aside) with an outlet tag
/// ([`TAGS_AT_END`]). As the expression
/// `^\s*[*•\-–—]?\s*(كتب|...|عن)\b|^\s*من\s+(مراسل|...)\b|(متابعات|متابعة|وكالات|خاص)\s*$`
/// reads it.
pub(super) fn byline_cue(text: &str) -> bool {
    let t = text.trim_start_matches(char::is_whitespace);
    let after_bullet = t
        .strip_prefix(['*', '•', '-', '–', '—'])
        .map(|r| r.trim_start_matches(char::is_whitespace));
    // «من مراسلنا في طرابلس»: the correspondent's cue after من ("from our correspondent").
    let after_from = t
        .strip_prefix("من")
        .filter(|r| r.starts_with(char::is_whitespace))
        .map(|r| r.trim_start_matches(char::is_whitespace));
    starts_with_word(t, BYLINE_CUES)
        || after_bullet.is_some_and(|r| starts_with_word(r, BYLINE_CUES))
        || after_from.is_some_and(|r| starts_with_word(r, CORRESPONDENT_CUES))
        || TAGS_AT_END
            .iter()
            .any(|w| text.trim_end_matches(char::is_whitespace).ends_with(w))
}

/// A run of 2 to 20 characters that are neither white space nor a separator (`/ - – — : ، .`)
/// opening `text`: the rest after it, or `None` (a longer run cannot stop at 20, since the next
/// character would have to be white space or a separator).
fn place_word(text: &str) -> Option<&str> {
    let n = text
        .char_indices()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '/' | '-' | '–' | '—' | ':' | '،' | '.'))
        .map_or(text.len(), |(i, _)| i);
    let chars = text[..n].chars().count();
    (2..=20).contains(&chars).then(|| &text[n..])
}

/// True when `text` is a byline's line that opens with a place: one or two words of 2 to 20
/// characters, a separator (`/ - – — ،`), then a byline cue (the first [`CUES_AFTER_PLACE`] of
/// [`BYLINE_CUES`]) as a whole
/// word (`بغداد/ بقلم: ...`، `القاهرة - كتب ...`); after من the place needs no separator before
/// the cue (`من طرابلس كتب ...`), the preposition setting it off as the dash does. As the expression
/// `^\s*[^\s/\-–—:،.]{2,20}(?:\s[^\s/\-–—:،.]{2,20})?\s*[/\-–—،]\s*(?:كتب|...|مراسلتنا)\b`
/// or `^\s*من\s+` and the same with `\s+` also allowed for the separator reads it.
pub(super) fn place_then_byline(text: &str) -> bool {
    let text = text.trim_start_matches(char::is_whitespace);
    // «من بيروت كتب فلان»: من before the place sets it off from the cue as a separator does.
    let after_from = text
        .strip_prefix("من")
        .filter(|r| r.starts_with(char::is_whitespace))
        .map(|r| r.trim_start_matches(char::is_whitespace));
    place_then_cue(text, false) || after_from.is_some_and(|r| place_then_cue(r, true))
}

/// True when `text` opens with one or two place words ([`place_word`]), then a separator (`/ -
/// – — ،`) or, when `spaced` (after من), white space alone, then a byline cue (the first
/// [`CUES_AFTER_PLACE`] of [`BYLINE_CUES`]) as a whole word.
fn place_then_cue(text: &str, spaced: bool) -> bool {
    let cues = &BYLINE_CUES[..CUES_AFTER_PLACE];
    let sep_then_cue = |rest: &str| {
        let r = rest.trim_start_matches(char::is_whitespace);
        if spaced && rest.len() > r.len() && starts_with_word(r, cues) {
            return true;
        }
        r.strip_prefix(['/', '-', '–', '—', '،'])
            .is_some_and(|r| starts_with_word(r.trim_start_matches(char::is_whitespace), cues))
    };
    let Some(rest) = place_word(text) else {
        return false;
    };
    let second = rest
        .chars()
        .next()
        .filter(|c| c.is_whitespace())
        .and_then(|c| place_word(&rest[c.len_utf8()..]));
    sep_then_cue(rest) || second.is_some_and(sep_then_cue)
}

/// The newsroom roles that open a credit of the people who made a story, other than the byline
/// cues of [`BYLINE_CUES`]: the interviewer (حاوره، حاورته، حوار، أجرى الحوار), the monitor or
/// compiler (رصد) and the coverage or supervision (تغطية، إشراف، تنسيق). They are also ordinary
/// words (حوار "dialogue", رصد "monitored"), so they credit only when a colon follows them within
/// four words (حاوره في فاس: ...). Written for isnad from Arabic newsroom usage.
const ROLE_CUES: &[&str] = &[
    "حاوره",
    "حاورته",
    "حاورها",
    "حاورتها",
    "حاورهم",
    "حاورتهم",
    "حوار",
    "أجرى",
    "أجرت",
    "رصد",
    "تغطية",
    "إشراف",
    "اشراف",
    "تنسيق",
];

/// True when `text` is a line crediting a role in making the story: after white space and an
/// optional bullet or dash, a role cue ([`ROLE_CUES`]) as a whole word, then at most three words
/// and a colon, then one to five words and nothing else (`حاوره في فاس: سامر يوسف`، `حوار: منى
/// علي`، `أجرى الحوار: ...`). A colon that ends a longer clause (رصد التقرير ...: «...») does not
/// make a credit.
pub(super) fn role_credit(text: &str) -> bool {
    let t = text
        .trim()
        .trim_start_matches(['*', '•', '-', '–', '—'])
        .trim_start();
    if !starts_with_word(t, ROLE_CUES) {
        return false;
    }
    let Some((head, tail)) = t.split_once(':') else {
        return false;
    };
    let after = tail.split_whitespace().count();
    head.split_whitespace().count() <= 4
        && (1..=5).contains(&after)
        && !tail.contains([':', '.', '«', '»', '"', '؟', '!'])
}

/// The words that open the note of the people who wrote and edited a wire story, in brackets at
/// its end (`(إعداد فلان للنشرة العربية - تحرير فلان)`، `(شارك في التغطية فلان)`), as Arabic wire
/// desks write it. Written for isnad from Arabic newsroom usage.
const DESK_NOTE_OPENERS: &[&str] = &[
    "إعداد",
    "اعداد",
    "تحرير",
    "تغطية",
    "شارك",
    "كتابة",
    "ترجمة",
    "تقرير",
];

/// The longest desk note, in characters: a note names a few people and desks, not a paragraph.
const DESK_NOTE_CHARS: usize = 200;

/// A wire desk's note closing `text`: a bracket before nothing but white space, dots and dashes,
/// of at most [`DESK_NOTE_CHARS`] characters without a bracket or line break inside, whose first
/// word is one of [`DESK_NOTE_OPENERS`]. Returns the range of the bracket to the end of `text`
/// (as [`closing`] does); `None` when `text` does not end so.
pub(super) fn desk_note(text: &str) -> Option<Range<usize>> {
    let c = CLOSING.captures(text)?;
    let inner = c.get(1).or_else(|| c.get(2))?;
    let content = inner.as_str().trim_start();
    (inner.as_str().chars().count() <= DESK_NOTE_CHARS
        && starts_with_word(content, DESK_NOTE_OPENERS))
    .then(|| c.get(0).map(|m| m.range()))?
}

/// The end-of-copy marks Arab wire services print under a story (KUNA's «(النهاية)», the
/// «انتهى» of SPA and other wires), with the hamza spelling typed for the second.
const END_MARKS: &[&str] = &["النهاية", "انتهى", "إنتهى", "انتهي"];

/// True when `text` (one paragraph) is only a wire's end-of-copy mark: one of [`END_MARKS`],
/// bare or in brackets or dashes (`(النهاية)`, `- انتهى -`), optionally followed by the desk's
/// initials (words of at most three letters and slashes: `ع ف / ب ح`). A wire prints the mark
/// to say the copy ends; it names no source, so it is no credit line and the credit may stand
/// above it.
pub(super) fn end_mark(text: &str) -> bool {
    let t = text.trim();
    let (mark, rest) = if let Some(inner) = t.strip_prefix(['(', '[']) {
        match inner.find([')', ']']) {
            Some(k) => (
                inner.get(..k).unwrap_or(""),
                inner.get(k + 1..).unwrap_or(""),
            ),
            None => return false,
        }
    } else {
        let bare = t.trim_start_matches(['-', '–', '—', '*']).trim_start();
        let end = bare
            .find(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '.'))
            .unwrap_or(bare.len());
        (bare.get(..end).unwrap_or(""), bare.get(end..).unwrap_or(""))
    };
    let rest = rest.trim_start_matches(['-', '–', '—', '.', ' ']);
    END_MARKS.contains(&mark.trim())
        && rest
            .split_whitespace()
            .all(|w| w == "/" || (w.chars().count() <= 3 && w.chars().all(char::is_alphabetic)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wire_end_mark_is_read_with_its_desk_initials_and_nothing_else() {
        for t in [
            "(النهاية)",
            " (النهاية) ع ف / ب ح",
            "- انتهى -",
            "انتهى",
            "[إنتهى].",
        ] {
            assert!(end_mark(t), "{t:?}");
        }
        for t in [
            "(رويترز)",
            "(النهاية) وقال الوزير إن العمل مستمر",
            "انتهى الاجتماع دون اتفاق.",
            "(النهاية",
            "",
        ] {
            assert!(!end_mark(t), "{t:?}");
        }
    }

    /// The original expressions, compiled only here to prove the shapes read the same.
    fn originals() -> [Regex; 6] {
        [
            Regex::new(r"^\s*(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])").unwrap(),
            Regex::new(r"(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])\s*[.\-–—]*\s*$").unwrap(),
            Regex::new(r"^[^.\n«»]{0,90}?[\(\[][^()\n]{1,45}[\)\]]\s*(?:[-–—]+|:|/)").unwrap(),
            Regex::new(r"^[^.\n«»/:]{1,60}?/\s*([^/\n]{1,30}?)\s*/\s*").unwrap(),
            Regex::new(r"^\s*[*•\-–—]?\s*(كتب|كتبت|بقلم|إعداد|اعداد|تقرير|ترجمة|تحرير|بواسطة|متابعات|متابعة|خاص|المصدر|المصادر|خدمة|مراسل|مراسلنا|مراسلة|مراسلتنا|عن)\b|^\s*من\s+(مراسل|مراسلنا|مراسلة|مراسلتنا)\b|(متابعات|متابعة|وكالات|خاص)\s*$").unwrap(),
            Regex::new(r"^\s*[^\s/\-–—:،.]{2,20}(?:\s[^\s/\-–—:،.]{2,20})?\s*[/\-–—،]\s*(?:كتب|كتبت|بقلم|إعداد|اعداد|تقرير|مراسل|مراسلنا|مراسلة|مراسلتنا)\b|^\s*من\s+[^\s/\-–—:،.]{2,20}(?:\s[^\s/\-–—:،.]{2,20})?(?:\s*[/\-–—،]\s*|\s+)(?:كتب|كتبت|بقلم|إعداد|اعداد|تقرير|مراسل|مراسلنا|مراسلة|مراسلتنا)\b").unwrap(),
        ]
    }

    /// Every shape agrees with its expression on `t`.
    fn agree(re: &[Regex; 6], t: &str) {
        assert_eq!(byline_cue(t), re[4].is_match(t), "byline cue {t:?}");
        assert_eq!(
            place_then_byline(t),
            re[5].is_match(t),
            "place then byline {t:?}"
        );
        assert_eq!(
            opening(t),
            re[0].find(t).map(|m| m.range()),
            "opening {t:?}"
        );
        assert_eq!(
            closing(t),
            re[1].find(t).map(|m| m.range()),
            "closing {t:?}"
        );
        assert_eq!(
            dateline_parens_end(t),
            re[2].find(t).map(|m| m.end()),
            "parens {t:?}"
        );
        let want = re[3]
            .captures(t)
            .map(|c| (c.get(0).unwrap().end(), c.get(1).unwrap().range()));
        assert_eq!(dateline_slashes(t), want, "slashes {t:?}");
    }

    #[test]
    fn credit_lines_and_datelines_of_real_shapes() {
        let re = originals();
        for t in [
            "(رويترز)",
            "  (أ ف ب)\n",
            "[أ ف ب] ",
            "وختم بالقول إن الاجتماع انتهى (رويترز).",
            "أنقرة، تركيا (CNN)-- أعلنت الحكومة",
            "(أ ف ب) - أعلنت الحكومة",
            "دمشق /سانا/ أعلنت وزارة الصحة",
            "دمشق / سانا / أعلنت",
            "بيروت (الوكالة الوطنية): قال الوزير",
            "(صورة أرشيفية)",
            "",
            "(",
            "()",
            "/ /",
            "كتب: سامر يوسف",
            " - بقلم سامر يوسف",
            "كتبتها الصحيفة",
            "تقريرها السنوي",
            "دمشق - متابعات",
            "الرياض - خاص ",
            "بغداد/ بقلم: سامر يوسف",
            "القاهرة - كتب أحمد",
            "الدار البيضاء – مراسلنا",
            "الدار البيضاء الكبرى – مراسلنا",
            "بغداد/ كتبها",
            "ب/ كتب",
        ] {
            agree(&re, t);
        }
        assert_eq!(closing("قال الوزير (رويترز)."), Some(20..35));
        assert_eq!(dateline_parens_end("أنقرة (CNN)-- أعلن"), Some(18));
        assert_eq!(
            dateline_slashes("دمشق /سانا/ أعلنت"),
            Some(("دمشق /سانا/ ".len(), 10..18))
        );
    }

    /// The characters and words the shapes turn on; the first 18 are brackets, slashes,
    /// dashes and a letter.
    const PIECES: &[&str] = &[
        "(",
        ")",
        "[",
        "]",
        "/",
        ":",
        ".",
        "-",
        "–",
        "—",
        "«",
        "»",
        " ",
        "\n",
        "\u{a0}",
        "س",
        "وكالة",
        "CNN",
        "كتب",
        "كتبت",
        "بقلم",
        "عن",
        "مراسلنا",
        "متابعات",
        "خاص",
        "ها",
        "،",
        "*",
        "•",
        "\t",
        "\u{64e}",
        "_",
        "1",
    ];

    /// The pieces of a byline's line: a place, a separator, a cue.
    const BYLINE: &[&str] = &[
        "س",
        " ",
        "/",
        "-",
        "–",
        "،",
        ":",
        "كتب",
        "بقلم",
        "مراسلنا",
        "ها",
        "1",
    ];

    /// Run lengths on both sides of the counts the shapes check (30, 45, 60, 90).
    const RUNS: &[usize] = &[29, 30, 31, 44, 45, 46, 59, 60, 61, 89, 90, 91];

    /// A fixed linear congruential sequence: `next(n)` is in `0..n`.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) as usize % n
        }
    }

    /// Generated line number `round`: every third one a byline's line (words of 1 to 22
    /// letters), the others pieces and long runs of a letter, every other one from the first 18
    /// pieces only, so that the bracket shapes match often.
    fn line(round: usize, rng: &mut Lcg) -> String {
        let mut t = String::new();
        if round % 3 == 2 {
            for _ in 0..2 + rng.next(6) {
                match rng.next(3) {
                    0 => t.push_str(&"س".repeat(1 + rng.next(22))),
                    _ => t.push_str(BYLINE[rng.next(BYLINE.len())]),
                }
            }
            return t;
        }
        let alphabet = if round % 2 == 0 { 18 } else { PIECES.len() };
        for _ in 0..1 + rng.next(10) {
            if rng.next(6) == 0 {
                t.push_str(&"س".repeat(RUNS[rng.next(RUNS.len())] - rng.next(3)));
            } else {
                t.push_str(PIECES[rng.next(alphabet)]);
            }
        }
        t
    }

    #[test]
    fn generated_lines_read_the_same_as_the_expressions() {
        let re = originals();
        let mut rng = Lcg(0x1234_5678);
        let mut seen = [0usize; 6];
        for round in 0..30_000 {
            let t = line(round, &mut rng);
            agree(&re, &t);
            for (i, r) in re.iter().enumerate() {
                seen[i] += usize::from(r.is_match(&t));
            }
        }
        // Each expression matched often enough for the comparison to mean something.
        assert!(seen.iter().all(|&n| n > 50), "{seen:?}");
    }

    #[test]
    fn role_credits_need_their_colon() {
        assert!(role_credit("حاوره في فاس: سامر يوسف"));
        assert!(role_credit("حوار: منى علي"));
        assert!(role_credit("- أجرى الحوار: سامر يوسف"));
        assert!(role_credit("رصد: سامر يوسف"));
        // The ordinary words, with no colon or with a clause after it, are not credits.
        assert!(!role_credit("حوار مع وزير الصحة"));
        assert!(!role_credit("رصد التقرير ارتفاع الأسعار في المدن الكبرى"));
        assert!(!role_credit(
            "حوار: «لن نتراجع» يقول الوزير في حديث طويل عن الأزمة"
        ));
        assert!(!role_credit("حواري: سامر"));
    }

    #[test]
    fn a_wire_desk_note_at_the_end() {
        let note = "(شارك في التغطية سامر يوسف - إعداد محمد عبد اللطيف للنشرة العربية - تحرير أحمد إلهامي)";
        assert!(note.chars().count() > CREDIT_CHARS);
        let text = format!("وانتهى الاجتماع دون اتفاق.\n{note}");
        assert_eq!(desk_note(&text), Some(text.len() - note.len()..text.len()));
        // A long bracket that does not open with a desk's word is an aside.
        let aside = "(وهي المرة الأولى التي يجتمع فيها الطرفان منذ أن انهارت المحادثات في العاصمة قبل ثلاثة أعوام كاملة)";
        assert_eq!(desk_note(aside), None);
    }
}
