//! The Arabic text model: prose ranges, words, sentences, paragraphs, line positions and
//! normalization keys. Works on `&str` and reports byte ranges (half-open, UTF-8 offsets into the
//! text as given). No LSP types, no I/O, no async.

pub mod chars;
pub mod distance;
pub mod intern;
pub mod lines;
pub mod normalize;
pub mod prose;
pub mod token;

pub use lines::LineIndex;
pub use prose::Format;
pub use token::{Word, WordKind};

use std::ops::Range;

/// A draft read into the text model. Built once per analysis; cheap relative to the checks.
#[derive(Debug)]
pub struct Document<'a> {
    /// The text exactly as given (a leading BOM included).
    pub source: &'a str,
    /// Plain text or Markdown.
    pub format: Format,
    /// The masked copy (same length as `source`) with non-prose blanked: see [`prose`].
    pub masked: prose::Masked<'a>,
    /// Words in order (Arabic, Latin, numbers), from the masked copy.
    pub words: Vec<Word>,
    /// Paragraph byte ranges (half-open, trimmed of line breaks), in order. In plain text every
    /// non-empty line is a paragraph (wire copy puts one paragraph per line); in Markdown, blocks
    /// separated by blank lines, headings and list items.
    pub paragraphs: Vec<Range<usize>>,
    /// Byte offset → line/column conversion, indexed on first use ([`Document::lines`]): only
    /// suppression comments ask for it, and the command line indexes the lines of its output
    /// itself (a 5 MB draft's lines were indexed three times).
    lines: std::cell::OnceCell<LineIndex>,
}

impl<'a> Document<'a> {
    /// Reads `source` as a draft of the given format.
    pub fn new(source: &'a str, format: Format) -> Document<'a> {
        Document::new_with(source, format, |masked, _| token::tokenize(masked))
    }

    /// [`Document::new`] with the words made by `words` from the masked text and its paragraphs
    /// (byte ranges as in [`Document::paragraphs`]). `words` must return what
    /// [`token::tokenize`] returns on the masked text (the incremental analysis tokenizes only
    /// the paragraphs it has not seen: every word lies inside a paragraph, the text between
    /// paragraphs being white space).
    pub fn new_with(
        source: &'a str,
        format: Format,
        words: impl FnOnce(&str, &[Range<usize>]) -> Vec<Word>,
    ) -> Document<'a> {
        let masked = prose::mask(source, format);
        let paragraphs = paragraphs(&masked.text, format);
        let words = words(&masked.text, &paragraphs);
        Document {
            source,
            format,
            masked,
            words,
            paragraphs,
            lines: std::cell::OnceCell::new(),
        }
    }

    /// The line index of the source text (byte offset → line/column), made on the first call.
    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(self.source))
    }

    /// The masked text (prose only, same offsets as `source`).
    pub fn prose(&self) -> &str {
        &self.masked.text
    }

    /// Index of the first word whose start is at or after `byte`.
    pub fn word_index_at(&self, byte: usize) -> usize {
        self.words.partition_point(|w| w.start() < byte)
    }

    /// Index of the word containing byte `at`, or of the first word after it (the number of words
    /// when there is none).
    pub fn word_index_containing(&self, at: usize) -> usize {
        self.words.partition_point(|w| w.end() <= at)
    }

    /// Index of the word containing byte `at`, if a word does.
    pub fn word_containing(&self, at: usize) -> Option<usize> {
        let i = self.word_index_containing(at);
        (i < self.words.len() && self.words[i].start() <= at).then_some(i)
    }

    /// The words lying entirely inside the byte range `r`.
    pub fn words_in(&self, r: Range<usize>) -> &[Word] {
        let a = self.word_index_at(r.start);
        let b = self.words.partition_point(|w| w.end() <= r.end);
        if a >= b { &[] } else { &self.words[a..b] }
    }

    /// The index of the paragraph containing `byte`, if any.
    pub fn paragraph_of(&self, byte: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end < byte);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= byte).then_some(i)
    }
}

/// Calls `f` with `a` followed by `b` (a candidate spelling built from two parts, such as a stem
/// and an ending) and returns its answer. The joined text is written into a buffer on the stack
/// when it has at most [`JOIN_BYTES`] bytes, so asking the lexicon about a conjugated form costs no
/// allocation; a longer one is a `String`.
pub fn with_joined<R>(a: &str, b: &str, f: impl FnOnce(&str) -> R) -> R {
    let n = a.len() + b.len();
    let mut buf = [0u8; JOIN_BYTES];
    if let Some(out) = buf.get_mut(..n) {
        let (head, tail) = out.split_at_mut(a.len());
        head.copy_from_slice(a.as_bytes());
        tail.copy_from_slice(b.as_bytes());
        // Two strings joined are valid UTF-8; the check cannot fail.
        if let Ok(s) = std::str::from_utf8(out) {
            return f(s);
        }
    }
    f(&[a, b].concat())
}

/// The longest text [`with_joined`] builds on the stack, in bytes (32 Arabic letters).
pub const JOIN_BYTES: usize = 64;

/// [`with_joined`] with a character before `rest` (a prefix letter: يقول from ي and قول).
pub fn with_char_before<R>(c: char, rest: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut tmp = [0u8; 4];
    with_joined(c.encode_utf8(&mut tmp), rest, f)
}

/// Paragraph ranges of a masked text (see [`Document::paragraphs`]).
pub fn paragraphs(masked: &str, format: Format) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut cur: Option<Range<usize>> = None;
    let mut pos = 0;
    for line in lines_inclusive(masked) {
        let body = line.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let trimmed = body.trim();
        let start = pos + lead;
        let end = pos + lead + body.trim_start().trim_end().len();
        pos += line.len();
        if trimmed.is_empty() {
            if let Some(p) = cur.take() {
                out.push(p);
            }
            continue;
        }
        let block_start = format == Format::Plain
            || trimmed.starts_with('#')
            || trimmed.starts_with("- ")
            || trimmed.starts_with("* ")
            || trimmed.starts_with("> ")
            // An ordered list item (`12. `): asked only of a line that opens with a digit, so a
            // line of prose is not searched for ". " (the same answer: the item's number is
            // the non-empty run of digits before the first ". ").
            || (trimmed.as_bytes().first().is_some_and(u8::is_ascii_digit)
                && trimmed
                    .split_once(". ")
                    .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())));
        let after_heading = cur
            .as_ref()
            .is_some_and(|p| masked.get(p.clone()).unwrap_or("").starts_with('#'));
        match &mut cur {
            Some(p) if !block_start && !after_heading => p.end = end,
            _ => {
                if let Some(p) = cur.take() {
                    out.push(p);
                }
                cur = Some(start..end);
            }
        }
    }
    if let Some(p) = cur {
        out.push(p);
    }
    out
}

/// The lines of `text`, each with its line break (`\n`) when it has one: what
/// `str::split_inclusive('\n')` gives, found by the vectorised byte search of `memchr` (the
/// standard library's search for a `char` reads the text byte by byte in a slower loop).
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|k| k + 1)
        .chain(std::iter::once(text.len()));
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let end = ends.next()?;
            // The end of the text right after a line break (or an empty text) ends no line.
            if end > at {
                let line = text.get(at..end);
                at = end;
                return line;
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_inclusive_is_split_inclusive() {
        for t in [
            "",
            "\n",
            "\n\n",
            "سطر",
            "سطر\n",
            "سطر\nثان",
            "\nسطر\r\n\nثان\n",
            "أ\n\nب\n\n",
        ] {
            let want: Vec<&str> = t.split_inclusive('\n').collect();
            assert_eq!(lines_inclusive(t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    /// A stem and an ending are joined on the stack (قال + ت), and a text longer than
    /// `JOIN_BYTES` still comes whole.
    #[test]
    fn joined_spellings() {
        assert_eq!(with_joined("قال", "ت", str::to_string), "قالت");
        assert_eq!(with_char_before('ي', "قول", str::to_string), "يقول");
        let long = "ا".repeat(JOIN_BYTES);
        assert_eq!(with_joined(&long, "ب", |s| s.len()), JOIN_BYTES * 2 + 2);
    }

    #[test]
    fn plain_paragraphs_are_lines() {
        let src = "سطر أول.\r\n\r\n  سطر ثانٍ  \nثالث";
        let d = Document::new(src, Format::Plain);
        let ps: Vec<&str> = d.paragraphs.iter().map(|r| &src[r.clone()]).collect();
        assert_eq!(ps, ["سطر أول.", "سطر ثانٍ", "ثالث"]);
    }

    /// `common_word_ends` as it was written before its pointer fast path: every word compared
    /// by its strings.
    fn common_word_ends_by_strings(
        old_prose: &str,
        a: &[Word],
        new_prose: &str,
        b: &[Word],
    ) -> (usize, usize) {
        let (ap, bp) = (old_prose.as_bytes(), new_prose.as_bytes());
        let m = a.len().min(b.len());
        let same =
            |x: &Word, y: &Word| x.kind() == y.kind() && x.plain == y.plain && x.key == y.key;
        let head = common_start(ap, bp);
        let within = |w: &[Word], len: usize| {
            w.partition_point(|x| x.range().start <= head)
                .saturating_sub(1)
                .max(usize::from(len <= head) * w.len())
        };
        let last = if a.len() == b.len() {
            m
        } else {
            m.saturating_sub(1)
        };
        let bound = m
            .min(last)
            .min(within(a, ap.len()))
            .min(within(b, bp.len()));
        let start = (0..bound)
            .take_while(|&i| same(&a[i], &b[i]) && a[i].range() == b[i].range())
            .count();
        let tail = common_end(ap, bp);
        let (from_a, from_b) = (ap.len() - tail, bp.len() - tail);
        let end = (1..=m)
            .take_while(|&t| {
                let (x, y) = (&a[a.len() - t], &b[b.len() - t]);
                same(x, y)
                    && x.start() >= from_a
                    && y.start() >= from_b
                    && x.start() - from_a == y.start() - from_b
                    && x.end() - from_a == y.end() - from_b
            })
            .count();
        (start, end)
    }

    /// The common words found by comparing interned entries first are those found by comparing
    /// strings, after letters typed, deleted or replaced anywhere in a short story (and with a
    /// word given an equal spelling from another entry, which only the strings match).
    #[test]
    fn common_word_ends_compare_entries_then_strings() {
        let story =
            "قال وزير الزراعة سامر الخطيب إن الموسم جيد.\nوأضاف أن «الأمطار كانت كافية هذا العام».";
        let old = token::tokenize(story);
        let chars: Vec<(usize, char)> = story.char_indices().collect();
        let mut edits: Vec<String> = Vec::new();
        for (k, &(at, c)) in chars.iter().enumerate() {
            let next = chars.get(k + 1).map_or(story.len(), |p| p.0);
            edits.push(format!("{}ب{}", &story[..at], &story[at..]));
            edits.push(format!("{}{}", &story[..at], &story[next..]));
            edits.push(format!("{} {}", &story[..at], &story[at..]));
            if c != 'ا' {
                edits.push(format!("{}ا{}", &story[..at], &story[next..]));
            }
        }
        edits.push(String::new());
        edits.push(story.to_string());
        for new_text in &edits {
            let new = token::tokenize(new_text);
            let want = common_word_ends_by_strings(story, &old, new_text, &new);
            assert_eq!(
                common_word_ends(story, &old, new_text, &new, |_, _| true),
                want,
                "{new_text}"
            );
        }
        // A word whose spelling is an equal string interned on another thread (another entry):
        // the same by its strings.
        let mut copied = old.clone();
        let spelling = copied[1].plain.as_str();
        copied[1].plain = std::thread::spawn(move || intern::Text::new(spelling))
            .join()
            .unwrap();
        assert!(!copied[1].plain.same_entry(&old[1].plain));
        let want = common_word_ends_by_strings(story, &old, story, &copied);
        assert_eq!(want, (old.len(), old.len()));
        assert_eq!(
            common_word_ends(story, &old, story, &copied, |_, _| true),
            want
        );
    }

    #[test]
    fn markdown_paragraphs_join_soft_wraps() {
        let src = "# عنوان\nسطر\nمتصل\n\n- بند\n- بند ثان\n";
        let d = Document::new(src, Format::Markdown);
        let ps: Vec<&str> = d.paragraphs.iter().map(|r| &src[r.clone()]).collect();
        assert_eq!(ps, ["# عنوان", "سطر\nمتصل", "- بند", "- بند ثان"]);
    }
}

/// The length in bytes of the longest common start of `a` and `b` (compared 64 bytes at a time,
/// then byte by byte).
pub(crate) fn common_start(a: &[u8], b: &[u8]) -> usize {
    let m = a.len().min(b.len());
    let mut k = 0;
    while k + 64 <= m && a.get(k..k + 64) == b.get(k..k + 64) {
        k += 64;
    }
    while k < m && a.get(k) == b.get(k) {
        k += 1;
    }
    k
}

/// The length in bytes of the longest common end of `a` and `b` (compared 64 bytes at a time,
/// then byte by byte).
pub(crate) fn common_end(a: &[u8], b: &[u8]) -> usize {
    let m = a.len().min(b.len());
    let (x, y) = (a.len(), b.len());
    let mut k = 0;
    while k + 64 <= m && a.get(x - k - 64..x - k) == b.get(y - k - 64..y - k) {
        k += 64;
    }
    while k < m && a.get(x - k - 1) == b.get(y - k - 1) {
        k += 1;
    }
    k
}

/// The number of words at the start and at the end that an earlier version of a text (masked
/// text `old_prose`, words `old`) and a newer one (`new_prose`, `new`) have in common, for
/// keeping what was computed per word. A word is common at the start when it has the same byte
/// range, spelling, key and kind in both, `also(i, i)` holds, it is the last word in both or in
/// neither, and the bytes from the text's start up to the next word (or the text's end) are the
/// same in both; at the end, the same with its range moved by the difference in text length,
/// `also(i, j)` for its indices in the old and the new words, and the bytes from the word to the
/// text's end the same in both. Both counts are at most the shorter word count.
pub fn common_word_ends(
    old_prose: &str,
    old: &[Word],
    new_prose: &str,
    new: &[Word],
    also: impl Fn(usize, usize) -> bool,
) -> (usize, usize) {
    let (a, b) = (old, new);
    let (ap, bp) = (old_prose.as_bytes(), new_prose.as_bytes());
    let m = a.len().min(b.len());
    // Spellings and keys are interned: equal ones are nearly always one pointer.
    let same = |x: &Word, y: &Word| x.kind() == y.kind() && x.plain == y.plain && x.key == y.key;
    let head = common_start(ap, bp);
    // The tests that hold for a first run of indexes and fail for every later one are counted
    // once, by bisection, as a bound on the run (the words are in text order, so where the next
    // word starts only grows): the next word starting within the common bytes, in each text,
    // and being the last word in both or in neither (which fails first at the shorter one's
    // last word when the counts differ).
    let within = |w: &[Word], len: usize| {
        w.partition_point(|x| x.range().start <= head)
            .saturating_sub(1)
            .max(usize::from(len <= head) * w.len())
    };
    let last = if a.len() == b.len() {
        m
    } else {
        m.saturating_sub(1)
    };
    let bound = m
        .min(last)
        .min(within(a, ap.len()))
        .min(within(b, bp.len()));
    // Two words with the same length, kind and interned entries (pointers compared,
    // `Word::same_entries`) are the same word; others are compared by their strings. (Plain
    // loops: this runs at every keystroke over every word but those around the edit.)
    let mut start = 0;
    while start < bound {
        let (x, y) = (&a[start], &b[start]);
        let alike =
            x.start() == y.start() && (x.same_entries(y) || (same(x, y) && x.end() == y.end()));
        if !alike || !also(start, start) {
            break;
        }
        start += 1;
    }
    let tail = common_end(ap, bp);
    // Where the common end starts in each text.
    let (from_a, from_b) = (ap.len() - tail, bp.len() - tail);
    let mut end = 0;
    while end < m {
        let (i, j) = (a.len() - end - 1, b.len() - end - 1);
        let (x, y) = (&a[i], &b[j]);
        // At the same place from the common end (the ends follow when the lengths are equal).
        let placed =
            x.start() >= from_a && y.start() >= from_b && x.start() - from_a == y.start() - from_b;
        let alike =
            placed && (x.same_entries(y) || (same(x, y) && x.end() - from_a == y.end() - from_b));
        if !alike || !also(i, j) {
            break;
        }
        end += 1;
    }
    (start, end)
}
