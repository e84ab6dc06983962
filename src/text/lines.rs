//! Byte offset → (line, column) for compiler-style output and the JSON format.
//!
//! Lines end at LF, CRLF or a lone CR (as in LSP). Lines and columns are 1-based; columns count
//! Unicode scalar values from the start of the line. A BOM at the start of the file is not counted.

/// Line starts of a text, for repeated position lookups.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    bom: usize,
}

/// True when one of the eight bytes of `x` is `b` (the classic zero-byte test on `x ^ b...b`).
fn has_byte(x: u64, b: u8) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let y = x ^ (LO * u64::from(b));
    y.wrapping_sub(LO) & !y & HI != 0
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            // Eight bytes at a time while they hold no CR or LF (most of a line).
            if let Some(chunk) = bytes.get(i..i + 8) {
                let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
                if !has_byte(x, b'\n') && !has_byte(x, b'\r') {
                    i += 8;
                    continue;
                }
            }
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        LineIndex { starts, bom }
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
        let col = text.get(start..offset).map_or(0, |s| s.chars().count());
        (line + 1, col + 1)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_found_eight_bytes_at_a_time_match_a_byte_scan() {
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
        assert!(has_byte(u64::from_le_bytes(*b"abcdefg\n"), b'\n'));
        assert!(!has_byte(u64::from_le_bytes(*b"abcdefgh"), b'\r'));
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
