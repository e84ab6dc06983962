//! The one place where the core's byte ranges and LSP positions meet.
//!
//! The core reports half-open UTF-8 byte ranges into the document text exactly as the client sent
//! it (a leading BOM, if the client sent one, is an ordinary character of line 0). LSP positions are
//! (0-based line, 0-based column), where the column counts UTF-8 bytes, UTF-16 code units or Unicode
//! scalar values (UTF-32) from the start of the line, depending on the negotiated
//! `positionEncoding`. Lines end at `\n`, `\r\n` or a lone `\r` (ropey's `cr_lines`, as in LSP).
//!
//! Arabic letters and harakat (combining marks, each its own code point) are 2 UTF-8 bytes and one
//! UTF-16 unit each; an emoji is 4 bytes and two UTF-16 units (a surrogate pair). Conversions go
//! through ropey's char indices, so each is O(log n) in the document length.

use ropey::Rope;
use std::ops::Range;
use tower_lsp_server::ls_types::{self, Position, PositionEncodingKind};

/// The unit of a column in LSP positions, negotiated at `initialize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Encoding {
    /// Columns count UTF-8 bytes.
    Utf8,
    /// Columns count UTF-16 code units (the LSP default).
    #[default]
    Utf16,
    /// Columns count Unicode scalar values.
    Utf32,
}

impl Encoding {
    /// Chooses from the client's `general.positionEncodings`: UTF-8 when offered (no conversion
    /// needed), then UTF-32, else UTF-16 (which every client must support).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        let offered = offered.unwrap_or(&[]);
        if offered.contains(&PositionEncodingKind::UTF8) {
            Encoding::Utf8
        } else if offered.contains(&PositionEncodingKind::UTF32) {
            Encoding::Utf32
        } else {
            Encoding::Utf16
        }
    }

    /// The LSP kind to announce in `ServerCapabilities.positionEncoding`.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }
}

/// The LSP position of byte offset `byte` in `rope`. An offset past the end is clamped to the end;
/// an offset inside a multi-byte character is rounded down to that character's start.
pub fn to_position(rope: &Rope, byte: usize, enc: Encoding) -> Position {
    let byte = byte.min(rope.len_bytes());
    let ch = rope.byte_to_char(byte);
    let line = rope.char_to_line(ch);
    let line_char = rope.line_to_char(line);
    let col = match enc {
        Encoding::Utf8 => rope.char_to_byte(ch) - rope.line_to_byte(line),
        Encoding::Utf16 => rope.char_to_utf16_cu(ch) - rope.char_to_utf16_cu(line_char),
        Encoding::Utf32 => ch - line_char,
    };
    Position::new(line as u32, col as u32)
}

/// The LSP range of the half-open byte range `range` in `rope`.
pub fn to_lsp_range(rope: &Rope, range: &Range<usize>, enc: Encoding) -> ls_types::Range {
    ls_types::Range::new(
        to_position(rope, range.start, enc),
        to_position(rope, range.end.max(range.start), enc),
    )
}

/// A byte offset converted from an LSP position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Offset {
    /// Byte offset into the text, always on a character boundary.
    pub byte: usize,
    /// True when the position was out of bounds (line past the end, column past the line's end)
    /// or inside a character (a UTF-16 surrogate pair, a multi-byte UTF-8 sequence) and had to be
    /// clamped or rounded down.
    pub clamped: bool,
}

/// Number of chars of `line` (of `rope`) before its line break.
fn content_chars(rope: &Rope, line: usize) -> usize {
    let slice = rope.line(line);
    let mut n = slice.len_chars();
    if n > 0 && slice.char(n - 1) == '\n' {
        n -= 1;
    }
    if n > 0 && slice.char(n - 1) == '\r' {
        n -= 1;
    }
    n
}

/// The byte offset of LSP position `pos` in `rope`. A line past the last line gives the end of the
/// text; a column past the end of its line gives the end of the line (before the line break), as
/// the LSP specification asks; a column inside a character rounds down. `clamped` reports either.
pub fn to_offset(rope: &Rope, pos: Position, enc: Encoding) -> Offset {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return Offset {
            byte: rope.len_bytes(),
            clamped: true,
        };
    }
    let start = rope.line_to_char(line);
    let len = content_chars(rope, line);
    let end = start + len;
    let col = pos.character as usize;
    let (ch, clamped) = match enc {
        Encoding::Utf32 => (start + col.min(len), col > len),
        Encoding::Utf16 => {
            let base = rope.char_to_utf16_cu(start);
            let max = rope.char_to_utf16_cu(end) - base;
            let target = base + col.min(max);
            let ch = rope.utf16_cu_to_char(target);
            (ch, col > max || rope.char_to_utf16_cu(ch) != target)
        }
        Encoding::Utf8 => {
            let base = rope.char_to_byte(start);
            let max = rope.char_to_byte(end) - base;
            let target = base + col.min(max);
            let ch = rope.byte_to_char(target);
            (ch, col > max || rope.char_to_byte(ch) != target)
        }
    };
    Offset {
        byte: rope.char_to_byte(ch),
        clamped,
    }
}

/// The byte range of LSP range `range` in `rope` (see [`to_offset`]); an inverted range is
/// collapsed to its start. The flag is true when either end was clamped or the range inverted.
pub fn to_byte_range(rope: &Rope, range: ls_types::Range, enc: Encoding) -> (Range<usize>, bool) {
    let a = to_offset(rope, range.start, enc);
    let b = to_offset(rope, range.end, enc);
    if b.byte < a.byte {
        (a.byte..a.byte, true)
    } else {
        (a.byte..b.byte, a.clamped || b.clamped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Encoding; 3] = [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32];

    /// Column of byte `b` in `text` by brute force, for cross-checking.
    fn column(text: &str, b: usize, enc: Encoding) -> (u32, u32) {
        let before = &text[..b];
        let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        // A "\r\n" pair is one break: an offset right after '\r' is still on its line.
        let line = {
            let mut n = 0;
            let bytes = before.as_bytes();
            for (i, &c) in bytes.iter().enumerate() {
                if c == b'\n' || (c == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    n += 1;
                }
            }
            n
        };
        let seg = &text[line_start..b];
        let col = match enc {
            Encoding::Utf8 => seg.len(),
            Encoding::Utf16 => seg.encode_utf16().count(),
            Encoding::Utf32 => seg.chars().count(),
        };
        (line, col as u32)
    }

    #[test]
    fn harakat_emoji_and_name_columns() {
        // "خبرٌ 🚨 مملوك": ٌ is a combining mark (its own code point), 🚨 is astral.
        let text = "خبرٌ 🚨 مملوك";
        let rope = Rope::from_str(text);
        let b = text.find("مملوك").unwrap();
        assert_eq!(b, 4 * 2 + 1 + 4 + 1);
        assert_eq!(to_position(&rope, b, Encoding::Utf8), Position::new(0, 14));
        // خ ب ر ٌ (4 units) + space + 🚨 (2 units) + space.
        assert_eq!(to_position(&rope, b, Encoding::Utf16), Position::new(0, 8));
        assert_eq!(to_position(&rope, b, Encoding::Utf32), Position::new(0, 7));
        let end = b + "مملوك".len();
        let r = to_lsp_range(&rope, &(b..end), Encoding::Utf16);
        assert_eq!((r.start.character, r.end.character), (8, 13));
        for enc in ALL {
            let p = to_position(&rope, b, enc);
            assert_eq!(
                to_offset(&rope, p, enc),
                Offset {
                    byte: b,
                    clamped: false
                }
            );
        }
    }

    #[test]
    fn every_boundary_round_trips_with_crlf_bom_and_lone_cr() {
        let text = "\u{FEFF}قالَ «نصٌّ»\r\nسطر 👍🏽 ثانٍ\rثالث\n\nأخير";
        let rope = Rope::from_str(text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            for enc in ALL {
                let p = to_position(&rope, b, enc);
                let expected = column(text, b, enc);
                // An offset on the '\n' of "\r\n" is past the line content; skip the cross-check.
                if text.as_bytes().get(b) == Some(&b'\n')
                    && b > 0
                    && text.as_bytes()[b - 1] == b'\r'
                {
                    continue;
                }
                assert_eq!((p.line, p.character), expected, "byte {b} {enc:?}");
                let back = to_offset(&rope, p, enc);
                assert_eq!(back.byte, b, "byte {b} {enc:?}");
                assert!(!back.clamped);
            }
        }
    }

    #[test]
    fn bom_is_one_column_of_line_zero() {
        let text = "\u{FEFF}مملوك";
        let rope = Rope::from_str(text);
        assert_eq!(to_position(&rope, 3, Encoding::Utf16), Position::new(0, 1));
        assert_eq!(to_position(&rope, 3, Encoding::Utf8), Position::new(0, 3));
        assert_eq!(to_position(&rope, 3, Encoding::Utf32), Position::new(0, 1));
    }

    #[test]
    fn crlf_is_one_line_break() {
        let text = "أ\r\nب";
        let rope = Rope::from_str(text);
        let b = text.find('ب').unwrap();
        assert_eq!(to_position(&rope, b, Encoding::Utf16), Position::new(1, 0));
        // A column past the end of line 0 stops before "\r\n".
        let o = to_offset(&rope, Position::new(0, 40), Encoding::Utf16);
        assert_eq!(
            o,
            Offset {
                byte: 2,
                clamped: true
            }
        );
    }

    #[test]
    fn out_of_bounds_and_mid_character_positions_are_clamped() {
        let text = "🚨ب\nج";
        let rope = Rope::from_str(text);
        // Line past the end: end of text.
        assert_eq!(
            to_offset(&rope, Position::new(9, 0), Encoding::Utf16),
            Offset {
                byte: text.len(),
                clamped: true
            }
        );
        // Inside the surrogate pair: rounds down to the emoji's start.
        assert_eq!(
            to_offset(&rope, Position::new(0, 1), Encoding::Utf16),
            Offset {
                byte: 0,
                clamped: true
            }
        );
        // Inside the emoji's UTF-8 bytes.
        assert_eq!(
            to_offset(&rope, Position::new(0, 2), Encoding::Utf8),
            Offset {
                byte: 0,
                clamped: true
            }
        );
        // Inverted range collapses.
        let (r, bad) = to_byte_range(
            &rope,
            ls_types::Range::new(Position::new(1, 1), Position::new(0, 0)),
            Encoding::Utf32,
        );
        // (1,1) is after "ج" (bytes 7..9); the range collapses to it.
        assert_eq!(r, 9..9);
        assert!(bad);
        // Past-the-end byte offsets clamp to the end.
        assert_eq!(
            to_position(&rope, 999, Encoding::Utf16),
            Position::new(1, 1)
        );
    }

    #[test]
    fn negotiation_prefers_utf8_then_utf32() {
        use PositionEncodingKind as K;
        assert_eq!(
            Encoding::negotiate(Some(&[K::UTF16, K::UTF32, K::UTF8])),
            Encoding::Utf8
        );
        assert_eq!(
            Encoding::negotiate(Some(&[K::UTF16, K::UTF32])),
            Encoding::Utf32
        );
        assert_eq!(Encoding::negotiate(Some(&[K::UTF16])), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
