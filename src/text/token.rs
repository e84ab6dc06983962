//! Tokens: Arabic words (letters with their harakat, tatweel and any invisible character between
//! letters), Latin words, numbers. Punctuation and quotation marks are read from the text directly by
//! the modules that need them.

use super::chars::{digit_value, is_arabic_word_char, is_invisible};
use super::normalize;
use std::ops::Range;

/// What a [`Word`] is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    /// Arabic script letters (possibly with harakat, tatweel, invisible characters inside).
    Arabic,
    /// Latin letters (and digits after the first letter), e.g. CNN, AHDATH.
    Latin,
    /// Digits in any script, with inner . , ٫ ٬ separators.
    Number,
}

/// One word of the draft.
#[derive(Clone, Debug)]
pub struct Word {
    /// Byte range (half-open) in the original text.
    pub range: Range<usize>,
    /// Kind of word.
    pub kind: WordKind,
    /// The [`normalize::plain`] spelling (no harakat, tatweel, invisible characters).
    pub plain: String,
    /// The [`normalize::clean`] form (Persian letters and digits folded; clitics not stripped).
    pub clean: String,
    /// The [`normalize::identity`] key of the whole word (clitics not stripped).
    pub key: String,
}

/// The single-letter proclitics isnad strips from a word: و ف ب ل ك (conjunctions and prepositions).
pub const PROCLITICS: [char; 5] = ['و', 'ف', 'ب', 'ل', 'ك'];

impl Word {
    /// The readings of this word with proclitics stripped, as (number of plain letters stripped,
    /// remaining plain spelling), starting with the whole word. Conjunction و/ف may be followed by
    /// a preposition ب/ل/ك; ل before the article (لل) restores ال (للرئيس → الرئيس). A strip is only
    /// offered when at least 3 letters remain (Lucene-style length guard).
    pub fn proclitic_readings(&self) -> Vec<(usize, String)> {
        proclitic_readings(&self.plain, self.kind == WordKind::Arabic)
    }

    /// Like [`Word::proclitic_readings`] but on the identity key.
    pub fn key_readings(&self) -> Vec<(usize, String)> {
        proclitic_readings(&self.key, self.kind == WordKind::Arabic)
    }

    /// The byte offset in `source` where the `n`-th plain letter of this word starts (n = 0 is the
    /// word start); harakat and tatweel after a letter belong to that letter. Returns the word end
    /// when `n` is past the last letter.
    pub fn byte_of_plain_letter(&self, source: &str, n: usize) -> usize {
        let mut seen = 0;
        for (off, c) in source[self.range.clone()].char_indices() {
            if normalize::needs_plain(c.encode_utf8(&mut [0; 4])) {
                continue;
            }
            if seen == n {
                return self.range.start + off;
            }
            seen += 1;
        }
        self.range.end
    }
}

/// Readings of an Arabic word with proclitics stripped (see [`Word::proclitic_readings`]):
/// (number of letters stripped, remaining letters), the whole word first.
pub fn proclitic_readings(word: &str, arabic: bool) -> Vec<(usize, String)> {
    let mut out = vec![(0, word.to_string())];
    if !arabic {
        return out;
    }
    let chars: Vec<char> = word.chars().collect();
    let mut push = |n: usize, rest: String| {
        if rest.chars().count() >= 3 && !out.iter().any(|(_, s)| *s == rest) {
            out.push((n, rest));
        }
    };
    let mut i = 0;
    if chars.len() > 3 && matches!(chars[0], 'و' | 'ف') {
        i = 1;
        push(1, chars[1..].iter().collect());
    }
    if chars.len() > i + 3 && matches!(chars[i], 'ب' | 'ل' | 'ك') {
        if chars[i] == 'ل' && chars.get(i + 1) == Some(&'ل') {
            // لل = ل + ال with the alef dropped.
            let rest: String = std::iter::once('ا')
                .chain(chars[i + 1..].iter().copied())
                .collect();
            push(i + 1, rest);
        } else {
            push(i + 1, chars[i + 1..].iter().collect());
        }
    }
    out
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}')
}

/// Splits `masked` (see `prose::mask`) into words. Offsets are byte offsets into the text.
pub fn tokenize(masked: &str) -> Vec<Word> {
    let mut words = Vec::with_capacity(masked.len() / 8);
    let bytes = masked.as_bytes();
    let mut iter = masked.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if c.is_ascii() && !c.is_ascii_alphanumeric() {
            continue;
        }
        let kind = if is_arabic_word_char(c) {
            WordKind::Arabic
        } else if digit_value(c).is_some() {
            WordKind::Number
        } else if is_latin(c) {
            WordKind::Latin
        } else {
            continue;
        };
        let mut end = start + c.len_utf8();
        while let Some(&(pos, d)) = iter.peek() {
            let ok = match kind {
                WordKind::Arabic => {
                    is_arabic_word_char(d)
                        || (is_invisible(d) && next_is_arabic(masked, pos + d.len_utf8()))
                }
                WordKind::Latin => {
                    is_latin(d)
                        || d.is_ascii_digit()
                        || (d == '\'' && next_is(bytes, pos + 1, |b| b.is_ascii_alphabetic()))
                }
                WordKind::Number => {
                    digit_value(d).is_some()
                        || (matches!(d, '.' | ',' | '٫' | '٬')
                            && next_digit(masked, pos + d.len_utf8()))
                }
            };
            if !ok {
                break;
            }
            end = pos + d.len_utf8();
            iter.next();
        }
        let text = &masked[start..end];
        let plain = if kind == WordKind::Arabic && normalize::needs_plain(text) {
            normalize::plain(text)
        } else {
            text.to_string()
        };
        if kind == WordKind::Arabic && plain.is_empty() {
            continue;
        }
        let clean = normalize::clean(&plain);
        let key = normalize::identity_of_clean(&clean);
        words.push(Word {
            range: start..end,
            kind,
            plain,
            clean,
            key,
        });
    }
    words
}

fn next_is(bytes: &[u8], pos: usize, f: impl Fn(u8) -> bool) -> bool {
    bytes.get(pos).is_some_and(|&b| f(b))
}

fn next_is_arabic(s: &str, pos: usize) -> bool {
    s.get(pos..)
        .and_then(|r| r.chars().next())
        .is_some_and(is_arabic_word_char)
}

fn next_digit(s: &str, pos: usize) -> bool {
    s.get(pos..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| digit_value(c).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_harakat_and_clitics() {
        let src = "وَقَالَ اللواءُ مملوك: 3.5% من CNN «سانا»";
        let w = tokenize(src);
        let texts: Vec<&str> = w.iter().map(|w| &src[w.range.clone()]).collect();
        assert_eq!(
            texts,
            ["وَقَالَ", "اللواءُ", "مملوك", "3.5", "من", "CNN", "سانا"]
        );
        assert_eq!(w[0].plain, "وقال");
        assert_eq!(w[3].kind, WordKind::Number);
        assert_eq!(w[5].kind, WordKind::Latin);
    }

    #[test]
    fn proclitic_readings() {
        let w = &tokenize("وللرئيس")[0];
        let r: Vec<String> = w.proclitic_readings().into_iter().map(|(_, s)| s).collect();
        assert_eq!(r, ["وللرئيس", "للرئيس", "الرئيس"]);
        let w = &tokenize("ولد")[0];
        let r: Vec<String> = w.proclitic_readings().into_iter().map(|(_, s)| s).collect();
        assert_eq!(r, ["ولد"]);
    }

    #[test]
    fn plain_letter_offsets_skip_harakat() {
        let src = "وَمَمْلوك";
        let w = &tokenize(src)[0];
        assert_eq!(&src[w.byte_of_plain_letter(src, 1)..], "مَمْلوك");
    }
}
