//! Orthographic normalization in layers, used only to *group* spellings.
//!
//! A suggested fix never inserts one of these keys: it inserts a spelling that occurs in the text
//! or in the house list. The layers follow the consensus of the normalizers of pyarabic
//! (`pyarabic/araby.py`), CAMeL Tools (`dediac_ar`, `normalize_alef_ar`, arclean), Lucene's
//! `ArabicNormalizer` and `PersianNormalizer` and arabnamer, as surveyed in section A.3 of the
//! project's research notes (`../shared/research/arabic.md`, beside the repository and not part of
//! it), and avoid the traps found there (pyarabic's `normalize_alef` folds ى into ا, so مصطفى would
//! become مصطفا; here ى only ever becomes ي, and only in the identity key).
//!
//! - [`plain`]: the spelling as the reader sees it: diacritics (harakat), tatweel and invisible
//!   characters removed, presentation forms folded. Two mentions with different plain forms are
//!   spelled differently. Persian letters are kept, so شمخانی and شمخاني differ.
//! - [`clean`]: `plain` plus Persian/Urdu letters folded to Arabic (ی→ي, ک→ك, ے→ي, ۀ/ہ/ە→ه) and
//!   every digit to ASCII.
//! - [`identity`]: `clean` plus hamza-seated alefs (أ إ آ ٱ) → ا, ة → ه, ى → ي. Two mentions with the
//!   same identity key are the same word.
//! - [`skeleton`]: `identity` with inner long vowels dropped, doubled letters collapsed and the
//!   letters that transliterate one foreign sound merged (ج غ ق ك → ك, ط → ت, ڤ → ف, پ → ب, چ → ج). For
//!   transliterated foreign names only (ترامب/ترمب, غوتيريش/جوتيريش, بيلوتشي/بيللوتشي).

use super::chars::{digit_value, is_diacritic, is_invisible, is_tatweel};
use unicode_normalization::UnicodeNormalization;

/// Folds one presentation-form character (U+FB50–U+FDFF, U+FE70–U+FEFF) to its base letters,
/// appending them to `out`. ﷼ (U+FDFC) becomes ريال with an Arabic yeh (NFKC would give a Farsi yeh);
/// ﷽ (U+FDFD) is spelled out. Returns false when `c` is not a presentation form.
pub fn fold_presentation_form(c: char, out: &mut String) -> bool {
    match c {
        '\u{FDFC}' => out.push_str("ريال"),
        '\u{FDFD}' => out.push_str("بسم الله الرحمن الرحيم"),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => {
            if c == '\u{FEFF}' {
                return false;
            }
            let start = out.len();
            out.extend(std::iter::once(c).nfkc());
            // NFKC gives Persian letters for some forms (U+FB8E.. → ک, U+FBFC.. → ی): fold them.
            let folded: String = out[start..].chars().map(fold_persian).collect();
            out.truncate(start);
            out.push_str(&folded);
        }
        _ => return false,
    }
    true
}

/// Maps a Persian/Urdu letter to the Arabic letter an Arabic draft uses (ی→ي, ک→ك, ے→ي, ۀ/ہ/ە→ه,
/// ۃ→ة, گ stays); any other character is returned unchanged.
pub fn fold_persian(c: char) -> char {
    match c {
        '\u{06CC}' | '\u{06D2}' | '\u{06CE}' | '\u{06CD}' | '\u{06D0}' => 'ي',
        '\u{06A9}' | '\u{06AA}' => 'ك',
        '\u{06C0}' => 'ه',
        '\u{06C1}' | '\u{06D5}' => 'ه',
        '\u{06C3}' => 'ة',
        _ => c,
    }
}

fn push_plain(c: char, out: &mut String) {
    if is_diacritic(c) || is_tatweel(c) || is_invisible(c) {
        return;
    }
    if fold_presentation_form(c, out) {
        return;
    }
    out.push(c);
}

/// The spelling as a reader sees it: removes diacritics, tatweel and invisible characters and folds
/// presentation forms; combining hamza/madda after an alef, waw or yeh is composed first (NFC), so
/// ا + U+0654 reads as أ. Keeps Persian letters and digits as written.
pub fn plain(s: &str) -> String {
    if ascii_or_basic_arabic(s) {
        return s.to_owned();
    }
    plain_by_chars(s)
}

/// True when every character of `s` is ASCII or a basic Arabic letter (U+0621–U+063F,
/// U+0641–U+064A; in UTF-8 D8 A1–BF or D9 81–8A): no mark, tatweel, invisible character,
/// presentation form, Persian letter or non-ASCII digit, so [`plain`] and [`clean`] leave `s` as
/// it is. Most words and keys are such strings; checked on bytes.
pub fn ascii_or_basic_arabic(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            i += 1;
            continue;
        }
        match b.get(i..i + 2) {
            Some([0xD8, 0xA1..=0xBF] | [0xD9, 0x81..=0x8A]) => i += 2,
            _ => return false,
        }
    }
    true
}

/// The identity key of an [`ascii_or_basic_arabic`] string, folded on bytes: آ أ إ → ا, ة → ه,
/// ى → ي (each a two-byte letter replaced by a two-byte letter).
fn identity_of_basic(s: &str) -> String {
    let mut v = s.as_bytes().to_vec();
    let mut i = 0;
    while i + 1 < v.len() {
        match (v[i], v[i + 1]) {
            (0xD8, 0xA2 | 0xA3 | 0xA5) => v[i + 1] = 0xA7,
            (0xD8, 0xA9) => (v[i], v[i + 1]) = (0xD9, 0x87),
            (0xD9, 0x89) => v[i + 1] = 0x8A,
            _ => {}
        }
        i += if v[i] < 0x80 { 1 } else { 2 };
    }
    // Whole two-byte letters were replaced by two-byte letters: still UTF-8.
    String::from_utf8(v).unwrap_or_else(|_| s.chars().map(fold_identity_char).collect())
}

/// [`plain`] character by character (any text).
fn plain_by_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.chars().any(|c| matches!(c, '\u{0653}'..='\u{0655}')) {
        for c in s.nfc() {
            push_plain(c, &mut out);
        }
    } else {
        for c in s.chars() {
            push_plain(c, &mut out);
        }
    }
    out
}

/// The clean key: [`plain`] with Persian/Urdu letters folded to Arabic and digits to ASCII.
pub fn clean(s: &str) -> String {
    if ascii_or_basic_arabic(s) {
        return s.to_owned();
    }
    plain_by_chars(s)
        .chars()
        .map(|c| match digit_value(c) {
            Some(d) => char::from_digit(d, 10).unwrap_or(c),
            None => fold_persian(c),
        })
        .collect()
}

/// Folds the letters that the identity key treats as one: أ إ آ ٱ ٲ ٳ → ا, ة → ه, ى → ي.
pub fn fold_identity_char(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        _ => c,
    }
}

/// The identity key: [`clean`] plus hamza-seated alefs → ا, ة → ه, ى → ي. Clitics are not
/// stripped here: callers strip them from the token first (see `token::Word`).
pub fn identity(s: &str) -> String {
    if ascii_or_basic_arabic(s) {
        return identity_of_basic(s);
    }
    clean(s).chars().map(fold_identity_char).collect()
}

/// The consonant skeleton of an identity key, for transliterated foreign names: keeps the first
/// letter, drops later ا و ي, collapses doubled letters and merges ج غ ق ك, ت ط, ف ڤ, ب پ.
pub fn skeleton(identity_key: &str) -> String {
    let mut out = String::with_capacity(identity_key.len());
    let mut last = '\0';
    for (i, c) in identity_key.chars().enumerate() {
        let c = match c {
            'ج' | 'غ' | 'ق' | 'ك' | 'گ' | 'چ' => 'ك',
            'ط' => 'ت',
            'ڤ' => 'ف',
            'پ' => 'ب',
            _ => c,
        };
        if i > 0 && matches!(c, 'ا' | 'و' | 'ي') {
            continue;
        }
        if c == last {
            continue;
        }
        out.push(c);
        last = c;
    }
    out
}

/// True when `s` has any character that [`plain`] would change (a fast pre-check).
pub fn needs_plain(s: &str) -> bool {
    s.chars().any(|c| {
        is_diacritic(c)
            || is_tatweel(c)
            || is_invisible(c)
            || matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_strips_marks_keeps_persian() {
        assert_eq!(plain("مُحَمَّد"), "محمد");
        assert_eq!(plain("محمـــد"), "محمد");
        assert_eq!(plain("شمخانی"), "شمخانی");
        assert_eq!(plain("ا\u{0654}حمد"), "أحمد");
        assert_eq!(plain("مم\u{200F}لوك"), "مملوك");
    }

    #[test]
    fn clean_folds_persian_and_digits() {
        assert_eq!(clean("شمخانی"), "شمخاني");
        assert_eq!(clean("کيف"), "كيف");
        assert_eq!(clean("٢٠٢٦"), "2026");
        assert_eq!(clean("۲۰۲۶"), "2026");
        assert_eq!(clean("\u{FEF7}"), "لأ");
        assert_eq!(clean("\u{FDFC}"), "ريال");
        assert_eq!(clean("\u{FB8F}"), "ك");
    }

    #[test]
    fn identity_folds_hamza_ta_marbuta_alef_maqsura() {
        assert_eq!(identity("أردوغان"), identity("اردوغان"));
        assert_eq!(identity("إبراهيم"), "ابراهيم");
        assert_eq!(identity("حمزة"), identity("حمزه"));
        // مصطفى folds to مصطفي, never to مصطفا (the pyarabic trap).
        assert_eq!(identity("مصطفى"), "مصطفي");
        assert_ne!(identity("السوري"), identity("السورية"));
    }

    #[test]
    fn basic_fast_path_gives_the_character_by_character_keys() {
        // Every basic letter and printable ASCII character, and words with each folded letter.
        let letters: String = ('\u{0621}'..='\u{063F}')
            .chain('\u{0641}'..='\u{064A}')
            .chain(' '..='~')
            .collect();
        for s in [
            letters.as_str(),
            "أحمد إبراهيم آمال مدرسة مصطفى",
            "قال 2026 CNN",
            "",
            "ا",
        ] {
            assert!(ascii_or_basic_arabic(s), "{s:?}");
            assert_eq!(plain(s), plain_by_chars(s), "{s:?}");
            let slow_clean: String = plain_by_chars(s)
                .chars()
                .map(|c| match digit_value(c) {
                    Some(d) => char::from_digit(d, 10).unwrap_or(c),
                    None => fold_persian(c),
                })
                .collect();
            assert_eq!(clean(s), slow_clean, "{s:?}");
            let slow_identity: String = slow_clean.chars().map(fold_identity_char).collect();
            assert_eq!(identity(s), slow_identity, "{s:?}");
        }
        assert_eq!(identity("أحمد مدرسة مصطفى آمال"), "احمد مدرسه مصطفي امال");
        for s in ["مُحمد", "ی", "٢", "ـ", "\u{200F}", "ٱ", "\u{FEF7}"] {
            assert!(!ascii_or_basic_arabic(s), "{s:?}");
        }
    }

    #[test]
    fn skeleton_matches_transliterations() {
        assert_eq!(skeleton(&identity("ترامب")), skeleton(&identity("ترمب")));
        assert_eq!(
            skeleton(&identity("غوتيريش")),
            skeleton(&identity("جوتيريش"))
        );
        assert_eq!(
            skeleton(&identity("بيلوتشي")),
            skeleton(&identity("بيللوتشي"))
        );
        assert_ne!(skeleton(&identity("ترامب")), skeleton(&identity("بايدن")));
    }
}
