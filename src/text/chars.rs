//! Character classes of Arabic script as isnad uses them.
//!
//! Ranges come from the Unicode Arabic blocks (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF,
//! presentation forms U+FB50–U+FDFF and U+FE70–U+FEFF) of the Unicode Standard's code charts, and
//! the format characters from its general category Cf; section A.1 of the project's research notes
//! (`../shared/research/arabic.md`, beside the repository and not part of it) lists where each kind
//! of variant comes from.

/// True for a combining Arabic mark: harakat, tanween, shadda, sukun, superscript alef, the
/// combining hamza/madda (U+0653–U+0655) and Quranic annotation marks.
pub fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}')
}

/// True for tatweel (kashida, U+0640).
pub fn is_tatweel(c: char) -> bool {
    c == '\u{0640}'
}

/// True for an invisible format character that has no place inside a word of an Arabic draft:
/// zero-width space/joiners, bidi marks, embeddings, overrides and isolates, the Arabic letter mark,
/// a byte-order mark and a soft hyphen.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}' | '\u{00AD}' | '\u{2060}')
}

/// True for a base letter of Arabic script (including Persian/Urdu letters and presentation
/// forms), not a mark, digit or punctuation.
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}' | '\u{066F}' | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}' | '\u{06EF}' | '\u{06FA}'..='\u{06FC}' | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}' | '\u{FB50}'..='\u{FDFB}' | '\u{FE70}'..='\u{FEFC}')
}

/// True for any character that belongs inside an Arabic word: a letter, a diacritic, tatweel, or an
/// invisible format character sitting between letters (kept so that the hygiene rules can see it).
pub fn is_arabic_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_diacritic(c) || is_tatweel(c)
}

/// The value 0–9 of an ASCII, Arabic-Indic (U+0660–U+0669) or Extended Arabic-Indic
/// (U+06F0–U+06F9) digit, or `None`.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// True for a quotation mark isnad tracks: « » ‹ › “ ” „ and the ASCII double quote.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '‹' | '›' | '“' | '”' | '„' | '"')
}

/// True for a sentence terminator: . ! ? ؟ (and the Arabic full stop U+06D4).
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '؟' | '\u{06D4}')
}

/// True for a Persian or Urdu letter that has an Arabic counterpart which an Arabic draft should use
/// (ی ک ے ۀ ہ ە ۃ ي-with-marks): Persian keyboards, Iranian agency copy and PDFs bring them (section
/// A.1 of the research notes, `../shared/research/arabic.md`).
pub fn is_persian_lookalike(c: char) -> bool {
    matches!(
        c,
        '\u{06CC}'
            | '\u{06A9}'
            | '\u{06D2}'
            | '\u{06C0}'
            | '\u{06C1}'
            | '\u{06D5}'
            | '\u{06C3}'
            | '\u{06CE}'
            | '\u{06CD}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_arabic_letter('م'));
        assert!(is_arabic_letter('ی'));
        assert!(!is_arabic_letter('\u{064E}'));
        assert!(is_diacritic('\u{064E}'));
        assert!(is_tatweel('ـ'));
        assert!(is_invisible('\u{200F}'));
        assert!(is_invisible('\u{200C}'));
        assert_eq!(digit_value('٣'), Some(3));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('x'), None);
        assert!(is_quote_mark('«'));
        assert!(is_sentence_end('؟'));
    }
}
