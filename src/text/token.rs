//! Tokens: Arabic words (letters with their harakat, tatweel and any invisible character between
//! letters), Latin words, numbers. Punctuation and quotation marks are read from the text directly by
//! the modules that need them.

use super::chars::{digit_value, is_arabic_word_char, is_invisible};
use super::normalize;
use compact_str::CompactString;
use std::ops::Range;

/// A short string stored inline (Arabic words fit in 24 bytes), so tokenizing a draft does not
/// allocate once per word.
pub type Text = CompactString;

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
    pub plain: Text,
    /// The [`normalize::identity`] key of the whole word (clitics not stripped).
    pub key: Text,
}

/// The [`normalize::clean`] form of a plain spelling: borrowed when it has no digit or Persian
/// letter to fold (most words), owned otherwise.
fn clean_of(plain: &str) -> std::borrow::Cow<'_, str> {
    if plain
        .chars()
        .any(|c| digit_value(c).is_some() || super::chars::is_persian_lookalike(c))
    {
        std::borrow::Cow::Owned(normalize::clean(plain))
    } else {
        std::borrow::Cow::Borrowed(plain)
    }
}

impl Word {
    /// The [`normalize::clean`] form of [`Word::plain`] (Persian letters and digits folded; clitics
    /// not stripped), computed on demand: a document holds one `Word` per word, so it is not stored.
    pub fn clean(&self) -> std::borrow::Cow<'_, str> {
        clean_of(&self.plain)
    }

    /// The readings of this word with proclitics stripped, as (number of plain letters stripped,
    /// remaining plain spelling), starting with the whole word. Conjunction و/ف may be followed by
    /// a preposition ب/ل/ك; ل before the article (لل) restores ال (للرئيس → الرئيس). A strip is only
    /// offered when at least 3 letters remain (Lucene-style length guard).
    pub fn proclitic_readings(&self) -> Readings<'_> {
        proclitic_readings(&self.plain, self.kind == WordKind::Arabic)
    }

    /// Like [`Word::proclitic_readings`] but on the identity key.
    pub fn key_readings(&self) -> Readings<'_> {
        proclitic_readings(&self.key, self.kind == WordKind::Arabic)
    }

    /// The byte offset in `source` where the `n`-th plain letter of this word starts (n = 0 is the
    /// word start); harakat and tatweel after a letter belong to that letter. Returns the word end
    /// when `n` is past the last letter.
    pub fn byte_of_plain_letter(&self, source: &str, n: usize) -> usize {
        let mut seen = 0;
        for (off, c) in source.get(self.range.clone()).unwrap_or("").char_indices() {
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

/// One reading of a word with proclitics stripped: the rest of the word, borrowed from it, except
/// for ل + ال written لل, where the article's alef is restored (للرئيس → الرئيس) and the text is
/// owned. Dereferences to `str`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reading<'a>(std::borrow::Cow<'a, str>);

impl Reading<'_> {
    /// The reading's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Reading<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Reading<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Reading<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Reading<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

/// Up to three readings of a word: (letters stripped, remaining letters), the whole word first. A
/// fixed array of borrowed slices, so producing them neither allocates nor copies (but for لل).
#[derive(Clone, Debug, Default)]
pub struct Readings<'a> {
    items: [(usize, Reading<'a>); 3],
    len: usize,
}

impl<'a> Readings<'a> {
    fn push(&mut self, n: usize, rest: Reading<'a>) {
        if self.len < 3 && !self.items[..self.len].iter().any(|(_, s)| *s == rest) {
            self.items[self.len] = (n, rest);
            self.len += 1;
        }
    }
}

impl<'a> std::ops::Deref for Readings<'a> {
    type Target = [(usize, Reading<'a>)];
    fn deref(&self) -> &[(usize, Reading<'a>)] {
        &self.items[..self.len]
    }
}

impl<'r, 'a> IntoIterator for &'r Readings<'a> {
    type Item = &'r (usize, Reading<'a>);
    type IntoIter = std::slice::Iter<'r, (usize, Reading<'a>)>;
    fn into_iter(self) -> Self::IntoIter {
        self.items[..self.len].iter()
    }
}

impl<'a> IntoIterator for Readings<'a> {
    type Item = (usize, Reading<'a>);
    type IntoIter = std::iter::Take<std::array::IntoIter<(usize, Reading<'a>), 3>>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter().take(self.len)
    }
}

/// Readings of an Arabic word with proclitics stripped (see [`Word::proclitic_readings`]):
/// (number of letters stripped, remaining letters borrowed from `word`), the whole word first.
pub fn proclitic_readings(word: &str, arabic: bool) -> Readings<'_> {
    let mut out = Readings::default();
    out.push(0, Reading(std::borrow::Cow::Borrowed(word)));
    if !arabic {
        return out;
    }
    // Letters counted up to five: every test below compares with at most five.
    let count = word.chars().take(5).count();
    let mut it = word.char_indices();
    let Some((_, c0)) = it.next() else { return out };
    let mut i = 0;
    let mut at = 0;
    if count > 3 && matches!(c0, 'و' | 'ف') {
        i = 1;
        at = c0.len_utf8();
        // `at` is the end of the first char: a char boundary.
        out.push(1, Reading(std::borrow::Cow::Borrowed(&word[at..])));
    }
    let rest = &word[at..];
    let mut rc = rest.chars();
    let ci = rc.next();
    if count > i + 3 && matches!(ci, Some('ب' | 'ل' | 'ك')) {
        // The letters after the preposition: at least count - i - 1 of them.
        let after = &rest[ci.map_or(0, char::len_utf8)..];
        let left = count - i - 1;
        if ci == Some('ل') && after.starts_with('ل') {
            // لل = ل + ال with the alef dropped.
            if left + 1 >= 3 {
                let mut t = String::with_capacity(after.len() + 2);
                t.push('ا');
                t.push_str(after);
                out.push(i + 1, Reading(std::borrow::Cow::Owned(t)));
            }
        } else if left >= 3 {
            out.push(i + 1, Reading(std::borrow::Cow::Borrowed(after)));
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
            Text::from(normalize::plain(text))
        } else {
            Text::from(text)
        };
        if kind == WordKind::Arabic && plain.is_empty() {
            continue;
        }
        let clean = clean_of(&plain);
        // Most words have no letter the identity key folds: share the clean form then.
        let key: Text = if clean.chars().any(|c| normalize::fold_identity_char(c) != c) {
            clean.chars().map(normalize::fold_identity_char).collect()
        } else {
            Text::from(clean.as_ref())
        };
        words.push(Word {
            range: start..end,
            kind,
            plain,
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
        let r: Vec<String> = w
            .proclitic_readings()
            .into_iter()
            .map(|(_, s)| s.to_string())
            .collect();
        assert_eq!(r, ["وللرئيس", "للرئيس", "الرئيس"]);
        let w = &tokenize("ولد")[0];
        let r: Vec<String> = w
            .proclitic_readings()
            .into_iter()
            .map(|(_, s)| s.to_string())
            .collect();
        assert_eq!(r, ["ولد"]);
    }

    #[test]
    fn plain_letter_offsets_skip_harakat() {
        let src = "وَمَمْلوك";
        let w = &tokenize(src)[0];
        assert_eq!(&src[w.byte_of_plain_letter(src, 1)..], "مَمْلوك");
    }
}
