//! Byte offset → (line, column) for compiler-style output and the JSON format.
//!
//! Lines end at LF, CRLF or a lone CR (as in LSP). Lines and columns are 1-based; columns count
//! Unicode scalar values from the start of the line. A BOM at the start of the file is not counted.

/// Line starts of a text, for repeated position lookups.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    bom: usize,
    /// Checkpoints inside lines longer than [`MARK_STRIDE`] bytes, in text order: so that a column
    /// is counted from the nearest checkpoint, not from the line start (many findings on one long
    /// line would otherwise cost the square of its length).
    marks: Vec<Mark>,
}

/// A char boundary inside a long line, with the characters and UTF-16 code units from the line's
/// start (after the BOM on the first line) up to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    byte: usize,
    chars: usize,
    utf16: usize,
}

/// Bytes between two checkpoints of a long line (and the shortest line that gets any).
const MARK_STRIDE: usize = 4096;

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        // The CRs and LFs found by a vectorised byte search (most of a text is neither); a CR
        // starts a line unless an LF follows it (CRLF ends one line, at its LF).
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes.get(i) == Some(&b'\n') || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        let marks = marks(text, &starts, bom);
        LineIndex { starts, bom, marks }
    }

    /// The checkpoint nearest before `offset` that is inside the line whose counting starts at
    /// `start` (`None` when there is none: the column is counted from `start`).
    fn mark_before(&self, start: usize, offset: usize) -> Option<Mark> {
        let i = self.marks.partition_point(|m| m.byte <= offset);
        let m = *self.marks.get(i.checked_sub(1)?)?;
        (m.byte >= start).then_some(m)
    }

    /// The 0-based line containing byte `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// Byte offset where 0-based `line` starts (the text length past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts
            .get(line)
            .copied()
            .unwrap_or(*self.starts.last().unwrap_or(&0))
    }

    /// Number of lines (at least 1).
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Always false: a text has at least one (possibly empty) line.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// 1-based (line, column) of byte `offset` in `text`; the column counts Unicode scalar values.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let mut start = self.starts[line];
        if line == 0 {
            start = start.max(self.bom.min(offset));
        }
        if !text.is_char_boundary(offset) {
            return (line + 1, 1);
        }
        let (from, before) = self
            .mark_before(start, offset)
            .map_or((start, 0), |m| (m.byte, m.chars));
        let col = before + text.get(from..offset).map_or(0, |s| s.chars().count());
        (line + 1, col + 1)
    }

    /// 1-based (line, UTF-16 column) of byte `offset` in `text` (clamped to the text; an offset
    /// inside a character gives that character's column). A BOM at the start is not counted.
    pub fn utf16_position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let mut start = self.starts[line];
        if line == 0 {
            start = start.max(self.bom.min(offset));
        }
        let (from, before) = self
            .mark_before(start, offset)
            .map_or((start, 0), |m| (m.byte, m.utf16));
        // Whole characters up to the offset (checked slicing: an offset that is not a char
        // boundary stops at the character containing it).
        let col: usize = text
            .get(from..)
            .unwrap_or("")
            .char_indices()
            .take_while(|(i, c)| from + i + c.len_utf8() <= offset)
            .map(|(_, c)| c.len_utf16())
            .sum();
        (line + 1, before + col + 1)
    }

    /// The byte range (half-open) of 0-based `line`'s text, without its line break.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.line_start(line);
        let end = self.starts.get(line + 1).copied().unwrap_or(text.len());
        let body = text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r']);
        start..start + body.len()
    }
}

/// The checkpoints of `text`'s lines longer than [`MARK_STRIDE`] bytes (`starts`: the line starts;
/// `bom`: the bytes of a BOM, not counted on the first line): one at the first char boundary at or
/// after every [`MARK_STRIDE`] bytes of such a line. Linear in the text; none for ordinary copy.
fn marks(text: &str, starts: &[usize], bom: usize) -> Vec<Mark> {
    let mut out = Vec::new();
    for (line, &s) in starts.iter().enumerate() {
        let end = starts.get(line + 1).copied().unwrap_or(text.len());
        let s = if line == 0 { s.max(bom.min(end)) } else { s };
        if end.saturating_sub(s) <= MARK_STRIDE {
            continue;
        }
        let (mut at, mut chars, mut utf16) = (s, 0, 0);
        loop {
            let mut next = at + MARK_STRIDE;
            while next < end && !text.is_char_boundary(next) {
                next += 1;
            }
            if next >= end {
                break;
            }
            let Some(part) = text.get(at..next) else {
                break;
            };
            for c in part.chars() {
                chars += 1;
                utf16 += c.len_utf16();
            }
            out.push(Mark {
                byte: next,
                chars,
                utf16,
            });
            at = next;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_found_by_a_byte_search_match_a_byte_scan() {
        let naive = |t: &str| -> Vec<usize> {
            let b = t.as_bytes();
            let mut v = vec![0];
            for i in 0..b.len() {
                if b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                    v.push(i + 1);
                }
            }
            v
        };
        let base = "قال الوزير\r\nإن x\ry\n\nاللجنة ستجتمع\r\r\nغدا";
        for (at, _) in base.char_indices() {
            for t in [&base[at..], &base[..at]] {
                assert_eq!(LineIndex::new(t).starts, naive(t), "{t:?}");
            }
        }
        assert_eq!(LineIndex::new("").starts, vec![0]);
    }

    #[test]
    fn columns_on_long_lines_equal_counting_from_the_line_start() {
        // Lines long enough to get checkpoints, with 1-, 2-, 3- and 4-byte characters (a BOM,
        // Arabic with harakat, an emoji: two UTF-16 units), line breaks of every kind.
        let unit = "قَالَ x 😀 € ";
        let long: String = unit.repeat(1200);
        let text = format!("\u{FEFF}{long}\r\n{long}\rقصير\n{long}");
        let li = LineIndex::new(&text);
        assert!(li.marks.len() > 10, "{}", li.marks.len());
        let naive = |offset: usize| -> ((usize, usize), (usize, usize)) {
            let offset = offset.min(text.len());
            let line = li.line_of(offset);
            let mut start = li.starts[line];
            if line == 0 {
                start = start.max(3.min(offset));
            }
            let col = text.get(start..offset).map_or(0, |s| s.chars().count());
            let col16: usize = text
                .get(start..)
                .unwrap_or("")
                .char_indices()
                .take_while(|(i, c)| start + i + c.len_utf8() <= offset)
                .map(|(_, c)| c.len_utf16())
                .sum();
            ((line + 1, col + 1), (line + 1, col16 + 1))
        };
        for offset in (0..text.len() + 3).step_by(7).chain([0, 1, 3, text.len()]) {
            let (chars, utf16) = naive(offset);
            if text.is_char_boundary(offset.min(text.len())) {
                assert_eq!(li.position(&text, offset), chars, "{offset}");
            }
            assert_eq!(li.utf16_position(&text, offset), utf16, "{offset}");
        }
        // Ordinary copy gets no checkpoint.
        assert!(
            LineIndex::new("قال الوزير إن الاجتماع انتهى.\n")
                .marks
                .is_empty()
        );
    }

    #[test]
    fn positions_with_crlf_bom_and_harakat() {
        let t = "\u{FEFF}أ\r\nقَالَ x\rب";
        let li = LineIndex::new(t);
        assert_eq!(li.len(), 3);
        assert_eq!(li.position(t, 3), (1, 1));
        let x = t.find('x').unwrap();
        assert_eq!(li.position(t, x), (2, 7)); // harakat are scalar values too
        let b = t.find('ب').unwrap();
        assert_eq!(li.position(t, b), (3, 1));
        assert_eq!(&t[li.line_range(t, 1)], "قَالَ x");
    }
}
