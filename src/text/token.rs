//! Tokens: Arabic words (letters with their harakat, tatweel and any invisible character between
//! letters), Latin words, numbers. Punctuation and quotation marks are read from the text directly by
//! the modules that need them.

use super::chars::{digit_value, is_arabic_word_char, is_invisible};
use super::normalize;
use std::ops::Range;

/// A word's spelling or key: an interned string, 8 bytes, so tokenizing a draft allocates only for
/// a spelling not seen before (see [`super::intern`]).
pub use super::intern::Text;

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

/// One word of the draft: 24 bytes (a document holds one per word), its byte range kept as a
/// `u32` start and a 30-bit length that shares a `u32` with the kind ([`Word::range`],
/// [`Word::kind`]). So a word starts and ends before 4 GiB and is shorter than 1 GiB: the
/// tokenizer makes no word past those bounds ([`Word::new`]).
#[derive(Clone, Debug)]
pub struct Word {
    /// Byte offset of the word's start in the original text.
    start: u32,
    /// Length in bytes (low 30 bits) and [`WordKind`] (high 2 bits, [`WordKind::bits`]).
    len_kind: u32,
    /// The [`normalize::plain`] spelling (no harakat, tatweel, invisible characters).
    pub plain: Text,
    /// The [`normalize::identity`] key of the whole word (clitics not stripped).
    pub key: Text,
}

/// The bits of [`Word::len_kind`] that hold the length; the kind is above them.
const LEN_BITS: u32 = 30;
/// The mask of the length bits of [`Word::len_kind`].
const LEN_MASK: u32 = (1 << LEN_BITS) - 1;

impl WordKind {
    /// The kind as the two high bits of [`Word::len_kind`].
    const fn bits(self) -> u32 {
        (match self {
            WordKind::Arabic => 0,
            WordKind::Latin => 1,
            WordKind::Number => 2,
        }) << LEN_BITS
    }
}

impl Word {
    /// The word at byte range `range` (half-open) of the text, of kind `kind`, with its plain
    /// spelling and identity key. `None` when the range does not fit a `Word`: it ends past
    /// 4 GiB (`u32::MAX`), is 1 GiB long or longer, or is reversed.
    pub fn new(range: Range<usize>, kind: WordKind, plain: Text, key: Text) -> Option<Word> {
        let start = u32::try_from(range.start).ok()?;
        u32::try_from(range.end).ok()?;
        let len = u32::try_from(range.end.checked_sub(range.start)?).ok()?;
        (len <= LEN_MASK).then_some(Word {
            start,
            len_kind: len | kind.bits(),
            plain,
            key,
        })
    }

    /// Byte range (half-open) of the word in the original text.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start()..self.end()
    }

    /// Byte offset of the word's start in the original text.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Byte offset just past the word's end in the original text.
    #[inline]
    pub fn end(&self) -> usize {
        self.start as usize + (self.len_kind & LEN_MASK) as usize
    }

    /// True when `self` and `other` have the same length and kind and the same interned
    /// spelling and key entries ([`Text::same_entry`]: pointers compared, no byte): then their
    /// lengths, kinds, spellings and keys are equal (their starts are not compared). Words with
    /// equal spellings may still fail it; the callers then compare the strings.
    #[inline]
    pub fn same_entries(&self, other: &Word) -> bool {
        self.len_kind == other.len_kind
            && self.plain.same_entry(&other.plain)
            && self.key.same_entry(&other.key)
    }

    /// Kind of word.
    #[inline]
    pub fn kind(&self) -> WordKind {
        match self.len_kind >> LEN_BITS {
            0 => WordKind::Arabic,
            1 => WordKind::Latin,
            _ => WordKind::Number,
        }
    }

    /// The same word at byte range `range` (its spelling, key and kind kept): `None` when the
    /// range does not fit a `Word` (see [`Word::new`]).
    pub fn moved(&self, range: Range<usize>) -> Option<Word> {
        Word::new(range, self.kind(), self.plain, self.key)
    }
}

/// The [`normalize::clean`] form of a plain spelling: borrowed when it has no digit or Persian
/// letter to fold (most words), owned otherwise.
fn clean_of(plain: &str) -> std::borrow::Cow<'_, str> {
    if normalize::ascii_or_basic_arabic(plain) {
        return std::borrow::Cow::Borrowed(plain);
    }
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
    /// Served from what the interned spelling keeps ([`Text::readings`]), not worked out again.
    #[inline]
    pub fn proclitic_readings(&self) -> Readings<'_> {
        self.plain.readings(self.kind() == WordKind::Arabic)
    }

    /// Like [`Word::proclitic_readings`] but on the identity key.
    #[inline]
    pub fn key_readings(&self) -> Readings<'_> {
        self.key.readings(self.kind() == WordKind::Arabic)
    }

    /// The byte offset in `source` where the `n`-th plain letter of this word starts (n = 0 is the
    /// word start); harakat and tatweel after a letter belong to that letter. Returns the word end
    /// when `n` is past the last letter.
    pub fn byte_of_plain_letter(&self, source: &str, n: usize) -> usize {
        let mut seen = 0;
        for (off, c) in source.get(self.range()).unwrap_or("").char_indices() {
            if normalize::needs_plain(c.encode_utf8(&mut [0; 4])) {
                continue;
            }
            if seen == n {
                return self.start() + off;
            }
            seen += 1;
        }
        self.end()
    }
}

/// One reading of a word with proclitics stripped: the rest of the word, borrowed from it, except
/// for ل + ال written لل, where the article's alef is restored (للرئيس → الرئيس) and the text is
/// not written in the word (interned, or owned when the readings were worked out from a plain
/// `str`). Dereferences to `str`; compared, hashed and printed as that `str`.
#[derive(Clone, Default)]
pub struct Reading<'a>(Spelled<'a>);

/// Where a [`Reading`]'s text is.
#[derive(Clone)]
enum Spelled<'a> {
    /// A slice of the word read.
    Written(&'a str),
    /// The لل reading, interned ([`Text::readings`]).
    Restored(&'static str),
    /// The لل reading, owned ([`proclitic_readings`] of a plain `str`).
    Made(Box<str>),
}

impl Default for Spelled<'_> {
    fn default() -> Self {
        Spelled::Written("")
    }
}

impl<'a> Reading<'a> {
    /// The reading's text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Spelled::Written(s) => s,
            Spelled::Restored(s) => s,
            Spelled::Made(s) => s,
        }
    }

    /// The reading as a slice of the text it was read from, valid as long as that text: `Some`
    /// for every reading but the لل one (its restored alef is not written), `None` for that one.
    #[inline]
    pub fn as_borrowed(&self) -> Option<&'a str> {
        match self.0 {
            Spelled::Written(s) => Some(s),
            Spelled::Restored(_) | Spelled::Made(_) => None,
        }
    }
}

impl std::ops::Deref for Reading<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Reading<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Reading<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Reading<'_> {
    fn eq(&self, other: &Reading<'_>) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Reading<'_> {}

impl PartialEq<str> for Reading<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Reading<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Up to three readings of a word: (letters stripped, remaining letters), the whole word first. A
/// fixed array of borrowed slices, so producing them neither allocates nor copies (but for لل).
#[derive(Clone, Debug, Default)]
pub struct Readings<'a> {
    items: [(usize, Reading<'a>); 3],
    len: usize,
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
///
/// Works on bytes: every proclitic is a two-byte letter, so a strip ends on a char boundary. The
/// readings are always distinct (each strip is a shorter suffix, and the لل reading starts with an
/// alef, which no other reading does), so none is checked against the others.
#[inline]
pub fn proclitic_readings(word: &str, arabic: bool) -> Readings<'_> {
    let mut out = Readings::default();
    out.items[0] = (0, Reading(Spelled::Written(word)));
    out.len = 1;
    // Most words start with no proclitic letter: one reading, found without counting letters
    // (and, inlined, without copying the readings out of a call).
    if arabic
        && matches!(
            word.as_bytes(),
            [0xD9, 0x88 | 0x81 | 0x84 | 0x83, ..] | [0xD8, 0xA8, ..]
        )
    {
        add_proclitic_readings(word, &mut out);
    }
    out
}

/// The readings after the whole word (see [`proclitic_readings`]) of an Arabic `word` that starts
/// with a proclitic letter, pushed onto `out` (which holds the whole word only).
#[inline(never)]
fn add_proclitic_readings<'a>(word: &'a str, out: &mut Readings<'a>) {
    const WAW: [u8; 2] = [0xD9, 0x88]; // و
    const FA: [u8; 2] = [0xD9, 0x81]; // ف
    const BA: [u8; 2] = [0xD8, 0xA8]; // ب
    const LAM: [u8; 2] = [0xD9, 0x84]; // ل
    const KAF: [u8; 2] = [0xD9, 0x83]; // ك
    let b = word.as_bytes();
    // Letters counted up to five: every test below compares with at most five.
    let mut count = 0;
    for &x in b {
        if x & 0xC0 != 0x80 {
            count += 1;
            if count == 5 {
                break;
            }
        }
    }
    let first = |at: usize| -> [u8; 2] {
        match b.get(at..at + 2) {
            Some(&[x, y]) => [x, y],
            _ => [0, 0],
        }
    };
    let mut i = 0;
    let mut at = 0;
    let c0 = first(0);
    if count > 3 && (c0 == WAW || c0 == FA) {
        i = 1;
        at = 2;
        // The two bytes of و/ف end on a char boundary; `get` keeps the slice checked.
        if let Some(rest) = word.get(at..) {
            out.items[out.len] = (1, Reading(Spelled::Written(rest)));
            out.len += 1;
        }
    }
    let ci = first(at);
    // `count > i + 3` leaves at least three letters after the preposition.
    if count > i + 3 && (ci == BA || ci == LAM || ci == KAF) {
        let Some(after) = word.get(at + 2..) else {
            return;
        };
        let reading = if ci == LAM && first(at + 2) == LAM {
            // لل = ل + ال with the alef dropped.
            let mut t = String::with_capacity(after.len() + 2);
            t.push('ا');
            t.push_str(after);
            Spelled::Made(t.into_boxed_str())
        } else {
            Spelled::Written(after)
        };
        out.items[out.len] = (i + 1, Reading(reading));
        out.len += 1;
    }
}

/// What [`proclitic_readings`] gives for `word` read as an Arabic word, after the whole word: how
/// many readings (0 to 2; reading `j`, from 1, strips `j` two-byte letters and is the rest of
/// `word` unless it is the لل one), and the last reading's text when it is the لل one (not
/// written in `word`). Kept with each interned string ([`super::intern`]), read by
/// [`Text::readings`].
pub(super) fn extra_readings(word: &str) -> (u8, Option<String>) {
    let readings = proclitic_readings(word, true);
    let more = readings.len().saturating_sub(1);
    let restored = match readings.last() {
        Some((_, r)) if more > 0 && r.as_borrowed().is_none() => Some(r.as_str().to_string()),
        _ => None,
    };
    (u8::try_from(more).unwrap_or(0), restored)
}

impl Text {
    /// The [`proclitic_readings`] of this string, the whole string first, read as an Arabic word
    /// when `arabic` (else the whole string only): the same readings, served from what the string's
    /// interned entry keeps (no letter counted, no allocation), each a slice of the interned
    /// string (so valid for the process's life) but the لل one, which is interned too.
    #[inline]
    pub fn readings(&self, arabic: bool) -> Readings<'static> {
        let word = self.as_str();
        let mut out = Readings::default();
        out.items[0] = (0, Reading(Spelled::Written(word)));
        out.len = 1;
        if !arabic {
            return out;
        }
        let (more, restored) = self.extra_readings();
        if more > 0 {
            add_kept_readings(word, more, restored, &mut out);
        }
        out
    }
}

/// The readings after the whole word that [`Text::readings`] serves: `more` of them (1 or 2),
/// reading `j` the rest of `word` after `j` two-byte letters, or `restored` for the last one when
/// given (the لل reading).
#[inline(never)]
fn add_kept_readings(
    word: &'static str,
    more: usize,
    restored: Option<Text>,
    out: &mut Readings<'static>,
) {
    for j in 1..=more.min(2) {
        let text = match restored {
            Some(r) if j == more => Spelled::Restored(r.as_str()),
            // Each stripped letter is two bytes, so `2 * j` is a char boundary (`get` keeps it
            // checked).
            _ => match word.get(2 * j..) {
                Some(rest) => Spelled::Written(rest),
                None => return,
            },
        };
        out.items[out.len] = (j, Reading(text));
        out.len += 1;
    }
}

fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}')
}

/// The word made of the [`basic_arabic`] text `text` at byte range `range`: nothing for `plain`
/// or `clean` to change, so the text is both, and the key folds at most a hamza seat, ة or ى.
/// `folds` says whether it has a letter the key folds ([`needs_identity_fold`]). `None` when the
/// range does not fit a `Word` ([`Word::new`]).
fn basic_word(text: &str, range: Range<usize>, folds: bool) -> Option<Word> {
    // A folded key is made once per distinct spelling on the thread (a story repeats its words).
    let (plain, key) = if folds {
        Text::with_derived(text, fold_basic_key)
    } else {
        let plain = Text::from(text);
        (plain, plain)
    };
    Word::new(range, WordKind::Arabic, plain, key)
}

/// The identity key of a [`basic_arabic`] text, folded on bytes in a stack buffer (آ أ إ → ا,
/// ة → ه, ى → ي: a two-byte letter for a two-byte letter), so a short key is built without a
/// heap allocation or a character-by-character push.
fn fold_basic_key(text: &str) -> Text {
    let b = text.as_bytes();
    let mut buf = [0u8; 64];
    let Some(out) = buf.get_mut(..b.len()) else {
        return text.chars().map(normalize::fold_identity_char).collect();
    };
    out.copy_from_slice(b);
    for pair in out.chunks_exact_mut(2) {
        match (pair[0], pair[1]) {
            (0xD8, 0xA2 | 0xA3 | 0xA5) => pair[1] = 0xA7,
            (0xD8, 0xA9) => (pair[0], pair[1]) = (0xD9, 0x87),
            (0xD9, 0x89) => pair[1] = 0x8A,
            _ => {}
        }
    }
    match std::str::from_utf8(out) {
        Ok(key) => Text::from(key),
        Err(_) => text.chars().map(normalize::fold_identity_char).collect(),
    }
}

/// Splits `masked` (see `prose::mask`) into words. Offsets are byte offsets into the text.
///
/// Most words are runs of basic Arabic letters ended by a space or punctuation: those are read
/// two bytes at a time, without decoding characters ([`basic_run_end`]); any other word is read
/// character by character ([`word_end`], then [`make_word`]). A word that does not fit a
/// [`Word`] (ending past 4 GiB, or 1 GiB long) is left out.
pub fn tokenize(masked: &str) -> Vec<Word> {
    let mut words = Vec::with_capacity(masked.len() / 8);
    let bytes = masked.as_bytes();
    // `pos` is always a char boundary: it moves by whole characters.
    let mut pos = 0;
    while pos < bytes.len() {
        let b0 = bytes[pos];
        if b0 < 0x80 && !b0.is_ascii_alphanumeric() {
            pos += 1;
            continue;
        }
        if let Some((end, folds)) = basic_run_end(masked, pos)
            && let Some(text) = masked.get(pos..end)
        {
            words.extend(basic_word(text, pos..end, folds));
            pos = end;
            continue;
        }
        let Some(c) = char_at(masked, pos) else {
            break;
        };
        let start = pos;
        pos += c.len_utf8();
        let Some(kind) = kind_of(c) else {
            continue;
        };
        pos = word_end(masked, kind, pos);
        if let Some(word) = masked
            .get(start..pos)
            .and_then(|text| make_word(text, kind, start..pos))
        {
            words.push(word);
        }
    }
    // The capacity was a guess of one word per 8 bytes; Arabic prose has about one per 11, so a
    // long text gives its spare capacity back (a 5 MB draft: 4 MB of a 16 MB vector, a tenth of
    // `isnad check`'s peak). A short text keeps it: the spare is small, and the copy is not paid
    // per keystroke.
    if words.capacity() - words.len() > SPARE_WORDS {
        words.shrink_to_fit();
    }
    words
}

/// The unused capacity, in words, beyond which [`tokenize`] gives it back (about 100 KB).
const SPARE_WORDS: usize = 4096;

/// The character starting at byte `at` of `s`, if `at` is a char boundary inside `s`.
fn char_at(s: &str, at: usize) -> Option<char> {
    s.get(at..).and_then(|r| r.chars().next())
}

/// The end (exclusive byte offset) of the word of basic Arabic letters starting at byte `pos` of
/// `masked`, when the word is such a run from start to end: `None` when `pos` starts no basic
/// letter, or when the run is followed by a character that continues an Arabic word (a haraka,
/// tatweel, another Arabic letter, an invisible character), which the character path reads.
/// With the end, whether the run has a letter its identity key folds ([`needs_identity_fold`]),
/// found in the same pass over its pairs of bytes.
fn basic_run_end(masked: &str, pos: usize) -> Option<(usize, bool)> {
    let mut pairs = 0;
    let mut folds = false;
    let mut after_taa = false;
    for p in masked.as_bytes().get(pos..)?.chunks_exact(2) {
        let letter = matches!(p, [0xD8, 0xA1..=0xBF] | [0xD9, 0x81..=0x8A]);
        // A letter right after a taa marbuta starts the next word ([`glued_after_taa`]).
        if after_taa && letter {
            return Some((pos + 2 * pairs, true));
        }
        after_taa = pairs > 0 && p == [0xD8, 0xA9];
        match p {
            [0xD8, 0xA2 | 0xA3 | 0xA5 | 0xA9] | [0xD9, 0x89] => folds = true,
            [0xD8, 0xA1..=0xBF] | [0xD9, 0x81..=0x8A] => {}
            _ => break,
        }
        pairs += 1;
    }
    if pairs == 0 {
        return None;
    }
    let end = pos + 2 * pairs;
    let ends = char_at(masked, end).is_none_or(|d| !is_arabic_word_char(d) && !is_invisible(d));
    ends.then_some((end, folds))
}

/// The kind of word the character `c` starts, or `None` when it starts none (ASCII punctuation,
/// spaces, marks of other scripts).
fn kind_of(c: char) -> Option<WordKind> {
    if c.is_ascii() && !c.is_ascii_alphanumeric() {
        None
    } else if is_arabic_word_char(c) {
        Some(WordKind::Arabic)
    } else if digit_value(c).is_some() {
        Some(WordKind::Number)
    } else if is_latin(c) {
        Some(WordKind::Latin)
    } else {
        None
    }
}

/// True when the character `d` at byte `at` of `masked` continues a word of kind `kind`: Arabic
/// letters and marks (an invisible character only before another Arabic letter), Latin letters
/// and digits (an apostrophe only before a Latin letter), digits (a decimal or thousands
/// separator only before another digit).
fn continues(masked: &str, kind: WordKind, at: usize, d: char) -> bool {
    let after = at + d.len_utf8();
    match kind {
        WordKind::Arabic => {
            (is_arabic_word_char(d) || (is_invisible(d) && next_is_arabic(masked, after)))
                && !glued_after_taa(masked, at, d)
        }
        WordKind::Latin => {
            is_latin(d)
                || d.is_ascii_digit()
                || (d == '\'' && next_is(masked.as_bytes(), at + 1, |b| b.is_ascii_alphabetic()))
        }
        WordKind::Number => {
            digit_value(d).is_some()
                || (matches!(d, '.' | ',' | '٫' | '٬') && next_digit(masked, after))
        }
    }
}

/// The end (exclusive byte offset) of the word of kind `kind` whose first character ends at byte
/// `from` of `masked`: the characters that [`continue`](continues) it are taken.
fn word_end(masked: &str, kind: WordKind, from: usize) -> usize {
    let mut end = from;
    while let Some(d) = char_at(masked, end) {
        if !continues(masked, kind, end, d) {
            break;
        }
        end += d.len_utf8();
    }
    end
}

/// True when the Arabic letter `d` at byte `at` of `masked` follows a taa marbuta (harakat
/// between allowed) that itself follows a letter: ة is written only at the end of a word, so a
/// letter after it starts the next word, glued to it when a space or a line break was lost (a
/// heading run into the text: «بلاغ لمركز الهيئةوقال والد ...»).
fn glued_after_taa(masked: &str, at: usize, d: char) -> bool {
    if !super::chars::is_arabic_letter(d) {
        return false;
    }
    let Some(before) = masked.get(..at) else {
        return false;
    };
    let mut back = before
        .chars()
        .rev()
        .skip_while(|&c| super::chars::is_diacritic(c));
    back.next() == Some('ة')
        && back
            .next()
            .is_some_and(|c| super::chars::is_arabic_letter(c) || super::chars::is_diacritic(c))
}

/// The word of kind `kind` written `text` at byte range `range`, with its plain spelling and
/// identity key; `None` for an Arabic word with no letter left once harakat, tatweel and
/// invisible characters are removed.
fn make_word(text: &str, kind: WordKind, range: Range<usize>) -> Option<Word> {
    if kind == WordKind::Arabic && basic_arabic(text) {
        return basic_word(text, range, needs_identity_fold(text));
    }
    let plain = if kind == WordKind::Arabic && normalize::needs_plain(text) {
        Text::from(normalize::plain(text))
    } else {
        Text::from(text)
    };
    if kind == WordKind::Arabic && plain.is_empty() {
        return None;
    }
    let clean = clean_of(&plain);
    // Most words have no letter the identity key folds: share the clean form then.
    let key: Text = if clean.chars().any(|c| normalize::fold_identity_char(c) != c) {
        clean.chars().map(normalize::fold_identity_char).collect()
    } else {
        Text::from(clean.as_ref())
    };
    Word::new(range, kind, plain, key)
}

/// True when `text` is made only of the Arabic base letters U+0621–U+063F and U+0641–U+064A (in
/// UTF-8, D8 A1–BF and D9 81–8A): no harakat, tatweel, invisible character, Persian letter, digit
/// or presentation form, so [`normalize::plain`] and [`normalize::clean`] leave it as it is. Most
/// words of a draft are such words.
fn basic_arabic(text: &str) -> bool {
    let b = text.as_bytes();
    !b.is_empty()
        && b.len().is_multiple_of(2)
        && b.chunks_exact(2)
            .all(|p| matches!(p, [0xD8, 0xA1..=0xBF] | [0xD9, 0x81..=0x8A]))
}

/// True when a [`basic_arabic`] text has a letter that [`normalize::fold_identity_char`] changes:
/// آ أ إ (U+0622, U+0623, U+0625), ة (U+0629) or ى (U+0649).
fn needs_identity_fold(text: &str) -> bool {
    text.as_bytes()
        .chunks_exact(2)
        .any(|p| matches!(p, [0xD8, 0xA2 | 0xA3 | 0xA5 | 0xA9] | [0xD9, 0x89]))
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

    /// A long text keeps no more than `SPARE_WORDS` of unused capacity: five words of 16 bytes
    /// each on average, where the first guess was one word per 8 bytes.
    #[test]
    fn long_text_gives_back_spare_capacity() {
        let text = "أعلنت الحكومة الانتقالية استئناف المفاوضات\n".repeat(10_000);
        let words = tokenize(&text);
        assert_eq!(words.len(), 50_000);
        assert!(words.capacity() - words.len() <= SPARE_WORDS);
        // The first word of the second line: أعلنت, five letters of two bytes.
        assert_eq!(words[5].range(), 81..91);
    }

    #[test]
    fn words_keep_harakat_and_clitics() {
        let src = "وَقَالَ اللواءُ مملوك: 3.5% من CNN «سانا»";
        let w = tokenize(src);
        let texts: Vec<&str> = w.iter().map(|w| &src[w.range()]).collect();
        assert_eq!(
            texts,
            ["وَقَالَ", "اللواءُ", "مملوك", "3.5", "من", "CNN", "سانا"]
        );
        assert_eq!(w[0].plain, "وقال");
        assert_eq!(w[3].kind(), WordKind::Number);
        assert_eq!(w[5].kind(), WordKind::Latin);
    }

    #[test]
    fn a_letter_after_taa_marbuta_starts_the_next_word() {
        // A heading glued to the sentence under it, once in basic letters and once with a haraka.
        for src in ["زيارة المدرسةوقال المدير", "زيارة المدرسةُوقال المدير"]
        {
            let texts: Vec<String> = tokenize(src)
                .iter()
                .map(|w| src[w.range()].to_string())
                .collect();
            assert_eq!(texts[1].trim_end_matches('\u{64F}'), "المدرسة", "{src}");
            assert_eq!(texts[2], "وقال", "{src}");
            assert_eq!(texts.len(), 4, "{src}");
        }
        // A word that is only ة, or ends in it, stays whole.
        let src = "ة مدرسة";
        assert_eq!(tokenize(src).len(), 2);
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

    /// The first, char-based version of [`super::proclitic_readings`], kept to check that the
    /// byte-based one gives the same readings.
    fn readings_by_chars(word: &str) -> Vec<(usize, String)> {
        let mut out = vec![(0, word.to_string())];
        let count = word.chars().take(5).count();
        let mut it = word.char_indices();
        let Some((_, c0)) = it.next() else { return out };
        let mut i = 0;
        let mut at = 0;
        if count > 3 && matches!(c0, 'و' | 'ف') {
            i = 1;
            at = c0.len_utf8();
            out.push((1, word[at..].to_string()));
        }
        let rest = &word[at..];
        let ci = rest.chars().next();
        if count > i + 3 && matches!(ci, Some('ب' | 'ل' | 'ك')) {
            let after = &rest[ci.map_or(0, char::len_utf8)..];
            if ci == Some('ل') && after.starts_with('ل') {
                out.push((i + 1, format!("ا{after}")));
            } else {
                out.push((i + 1, after.to_string()));
            }
        }
        out
    }

    #[test]
    fn byte_readings_match_char_readings() {
        let heads = [
            "", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ول", "لل", "ولل", "وك", "فب", "بل",
        ];
        let stems = [
            "",
            "ا",
            "ال",
            "لد",
            "رئيس",
            "الرئيس",
            "لرئيس",
            "كتاب",
            "ب",
            "é",
            "ببب",
            "لل",
        ];
        for h in heads {
            for st in stems {
                let w = format!("{h}{st}");
                let got: Vec<(usize, String)> = super::proclitic_readings(&w, true)
                    .into_iter()
                    .map(|(n, r)| (n, r.to_string()))
                    .collect();
                assert_eq!(got, readings_by_chars(&w), "{w}");
            }
        }
        // A word of another script keeps its one reading.
        assert_eq!(super::proclitic_readings("wall", false).len(), 1);
        let r: Vec<String> = super::proclitic_readings("فللرئيس", true)
            .into_iter()
            .map(|(_, s)| s.to_string())
            .collect();
        assert_eq!(r, ["فللرئيس", "للرئيس", "الرئيس"]);
        // Every reading but the لل one is a slice of the word.
        let rs = super::proclitic_readings("وللرئيس", true);
        let borrowed: Vec<Option<&str>> = rs.iter().map(|(_, r)| r.as_borrowed()).collect();
        assert_eq!(borrowed, [Some("وللرئيس"), Some("للرئيس"), None]);
    }

    /// The readings of `w` served from its interned entry ([`Text::readings`]), checked against
    /// those worked out from the string ([`super::proclitic_readings`]): the same texts and
    /// counts, written in the spelling (a slice of the interned string) or not (the لل one)
    /// alike, and the whole word only when not read as Arabic. Returns (letters stripped, text,
    /// written) per reading.
    fn served_readings(w: &str) -> Vec<(usize, String, bool)> {
        let text = Text::new(w);
        let kept = text.readings(true);
        let view = |r: &Readings<'_>| -> Vec<(usize, String, bool)> {
            r.iter()
                .map(|(n, r)| (*n, r.to_string(), r.as_borrowed().is_some()))
                .collect()
        };
        assert_eq!(
            view(&kept),
            view(&super::proclitic_readings(w, true)),
            "{w}"
        );
        for (_, r) in &kept {
            if let Some(b) = r.as_borrowed() {
                let end = text.as_str().as_ptr() as usize + text.len();
                assert_eq!(
                    b.as_ptr() as usize + b.len(),
                    end,
                    "{w}: a slice of the spelling"
                );
            }
        }
        assert_eq!(text.readings(false).len(), 1, "{w}");
        view(&kept)
    }

    /// The readings an interned spelling keeps ([`Text::readings`], what [`Word::key_readings`]
    /// and [`Word::proclitic_readings`] serve) are those worked out from the string
    /// ([`served_readings`]), on this thread and on a fresh one, and through tokenized words.
    #[test]
    fn kept_readings_are_the_readings_worked_out() {
        let heads = [
            "", "و", "ف", "ب", "ل", "ك", "وب", "فل", "ول", "لل", "ولل", "فلل", "وك", "فب", "بل",
            "وو", "ا",
        ];
        let stems = [
            "",
            "ا",
            "ال",
            "لد",
            "رئيس",
            "الرئيس",
            "لرئيس",
            "كتاب",
            "ب",
            "é",
            "ببب",
            "لل",
            "للل",
            "قال",
            "وزير",
        ];
        let same = served_readings;
        let mut here = Vec::new();
        for h in heads {
            for st in stems {
                here.push(same(&format!("{h}{st}")));
            }
        }
        let there = std::thread::spawn(move || {
            let mut v = Vec::new();
            for h in heads {
                for st in stems {
                    v.push(same(&format!("{h}{st}")));
                }
            }
            v
        })
        .join()
        .unwrap_or_default();
        assert_eq!(here, there);
        // Through a word: the key's readings and the spelling's.
        let words = tokenize("وللرئيس فقال");
        let keys: Vec<Vec<String>> = words
            .iter()
            .map(|w| {
                w.key_readings()
                    .iter()
                    .map(|(_, r)| r.to_string())
                    .collect()
            })
            .collect();
        assert_eq!(
            keys,
            [vec!["وللرئيس", "للرئيس", "الرئيس"], vec!["فقال", "قال"]]
        );
        let plain: Vec<usize> = words.iter().map(|w| w.proclitic_readings().len()).collect();
        assert_eq!(plain, [3, 2]);
    }

    /// The first, character-by-character tokenizer, kept to check that the byte fast path of
    /// [`tokenize`] splits every text the same way (it shares only [`kind_of`] and [`continues`],
    /// the rules of what starts and continues a word).
    fn tokenize_by_chars(masked: &str) -> Vec<Word> {
        let mut words = Vec::with_capacity(masked.len() / 8);
        let mut iter = masked.char_indices().peekable();
        while let Some((start, c)) = iter.next() {
            let Some(kind) = kind_of(c) else {
                continue;
            };
            let mut end = start + c.len_utf8();
            while let Some(&(pos, d)) = iter.peek() {
                if !continues(masked, kind, pos, d) {
                    break;
                }
                end = pos + d.len_utf8();
                iter.next();
            }
            if let Some(w) = word_by_chars(&masked[start..end], kind, start..end) {
                words.push(w);
            }
        }
        words
    }

    /// The word of [`tokenize_by_chars`] (kind `kind`, text `text` at `range`), its plain
    /// spelling and key folded character by character; `None` for an Arabic word with no letter.
    fn word_by_chars(text: &str, kind: WordKind, range: Range<usize>) -> Option<Word> {
        if kind == WordKind::Arabic && basic_arabic(text) {
            // Nothing for `plain` or `clean` to change: the text is both, and the key folds at
            // most a hamza seat, ة or ى.
            let plain = Text::from(text);
            let key = if needs_identity_fold(text) {
                text.chars().map(normalize::fold_identity_char).collect()
            } else {
                plain.clone()
            };
            return Word::new(range, kind, plain, key);
        }
        // Any other word: the same construction as the tokenizer's (its char-by-char part is
        // the basic case above).
        make_word(text, kind, range)
    }

    #[test]
    fn a_word_is_24_bytes_and_keeps_its_range_and_kind() {
        assert_eq!(std::mem::size_of::<Word>(), 24);
        let words = tokenize("قال CNN ١٢٣");
        let got: Vec<_> = words.iter().map(|w| (w.range(), w.kind())).collect();
        assert_eq!(
            got,
            [
                (0..6, WordKind::Arabic),
                (7..10, WordKind::Latin),
                (11..17, WordKind::Number)
            ]
        );
        assert_eq!((words[1].start(), words[1].end()), (7, 10));
        let t = Text::from("قال");
        // A range past 4 GiB, 1 GiB long or reversed does not fit.
        assert!(Word::new(0..(1usize << 32), WordKind::Arabic, t, t).is_none());
        assert!(Word::new(0..(1usize << 30), WordKind::Arabic, t, t).is_none());
        assert!(Word::new(6..3, WordKind::Arabic, t, t).is_none());
        let last = Word::new(10..(1usize << 30) - 1 + 10, WordKind::Number, t, t);
        assert_eq!(
            last.map(|w| (w.end(), w.kind())),
            Some(((1 << 30) + 9, WordKind::Number))
        );
        let moved = words[1]
            .moved(100..103)
            .map(|w| (w.range(), w.kind(), w.plain));
        assert_eq!(moved, Some((100..103, WordKind::Latin, Text::from("CNN"))));
    }

    #[test]
    fn byte_fast_path_splits_as_the_character_tokenizer() {
        let texts = [
            "وَقَالَ اللواءُ مملوك: 3.5% من CNN «سانا»",
            "قال الرئيس، إن المحكمة أجلت الجلسة.",
            "كلمة\u{200C}ثانية و\u{200F} نهاية\u{200B}",
            "الأمـــم المتحدة ی کتاب ١٢٣ 4,5 abc'd CNNسانا سانا123 ﻻ ٱلله",
            "مصر\u{064E}ية،الإسرائيلية؛«حماس»\nجديد\r\nسطر",
            "ب",
            "",
            "ك\u{0654}ل آخر\u{00AD}",
            "Aé ما١٢ ا",
        ];
        let flat = |w: Vec<Word>| -> Vec<(Range<usize>, WordKind, String, String)> {
            w.into_iter()
                .map(|w| (w.range(), w.kind(), w.plain.to_string(), w.key.to_string()))
                .collect()
        };
        for t in texts {
            assert_eq!(flat(tokenize(t)), flat(tokenize_by_chars(t)), "{t:?}");
        }
        // Every prefix of a mixed text, cut on char boundaries.
        let mixed = texts.join(" ");
        for (at, _) in mixed.char_indices() {
            let t = &mixed[..at];
            assert_eq!(flat(tokenize(t)), flat(tokenize_by_chars(t)), "{t:?}");
        }
    }

    #[test]
    fn plain_and_key_of_every_kind_of_arabic_word() {
        // Base letters only (the fast path), with hamza seats, ة and ى, and with harakat,
        // tatweel, a Persian letter, an invisible character and a presentation form.
        let src = "قال أحمد إن مدرسة مصطفى آمنة، مُحَمَّد محمـــد شمخانی مم\u{200F}لوك ﻻ ٱلله";
        let words = tokenize(src);
        assert_eq!(words.len(), 12);
        for w in &words {
            let text = &src[w.range()];
            assert_eq!(w.plain, normalize::plain(text), "{text}");
            assert_eq!(w.key, normalize::identity(text), "{text}");
        }
        assert!(basic_arabic("مصطفى"));
        assert!(!basic_arabic("مُحَمَّد"));
        assert!(!basic_arabic("محمـد"));
        assert!(!basic_arabic("شمخانی"));
        assert_eq!(words[1].key, "احمد");
        assert_eq!(words[4].key, "مصطفي");
        assert_eq!(words[5].key, "امنه");
    }

    #[test]
    fn clean_form_folds_persian_letters_and_digits_only() {
        use std::borrow::Cow;
        assert!(matches!(clean_of("محمد"), Cow::Borrowed("محمد")));
        assert_eq!(clean_of("شمخانی"), "شمخاني");
        assert_eq!(clean_of("كورونا١٩"), "كورونا19");
        assert_eq!(clean_of("عام۲۰"), "عام20");
        // ې (U+06D0) is no lookalike isnad folds in a word: the word stays as written.
        assert!(matches!(clean_of("بې"), Cow::Borrowed(_)));
    }

    #[test]
    fn plain_letter_offsets_skip_harakat() {
        let src = "وَمَمْلوك";
        let w = &tokenize(src)[0];
        assert_eq!(&src[w.byte_of_plain_letter(src, 1)..], "مَمْلوك");
    }
}
