//! Unicode names of the characters the hygiene rules report, so that a message can say exactly
//! which character it means ("U+06CC ARABIC LETTER FARSI YEH"): the text is invisible or looks like
//! its Arabic counterpart, so the code point is the only way to tell.

/// Names of the single characters the rules report (lookalikes, invisible characters,
/// punctuation, tatweel, ligatures of Forms-A).
const NAMES: &[(char, &str)] = &[
    ('\u{00AD}', "SOFT HYPHEN"),
    ('\u{061C}', "ARABIC LETTER MARK"),
    ('\u{0640}', "ARABIC TATWEEL"),
    ('\u{06A9}', "ARABIC LETTER KEHEH"),
    ('\u{06AA}', "ARABIC LETTER SWASH KAF"),
    ('\u{06BE}', "ARABIC LETTER HEH DOACHASHMEE"),
    ('\u{06C0}', "ARABIC LETTER HEH WITH YEH ABOVE"),
    ('\u{06C1}', "ARABIC LETTER HEH GOAL"),
    ('\u{06C2}', "ARABIC LETTER HEH GOAL WITH HAMZA ABOVE"),
    ('\u{06C3}', "ARABIC LETTER TEH MARBUTA GOAL"),
    ('\u{06CC}', "ARABIC LETTER FARSI YEH"),
    ('\u{06CD}', "ARABIC LETTER YEH WITH TAIL"),
    ('\u{06D0}', "ARABIC LETTER E"),
    ('\u{06D2}', "ARABIC LETTER YEH BARREE"),
    ('\u{06D3}', "ARABIC LETTER YEH BARREE WITH HAMZA ABOVE"),
    ('\u{06D5}', "ARABIC LETTER AE"),
    ('\u{200B}', "ZERO WIDTH SPACE"),
    ('\u{200C}', "ZERO WIDTH NON-JOINER"),
    ('\u{200D}', "ZERO WIDTH JOINER"),
    ('\u{200E}', "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', "RIGHT-TO-LEFT MARK"),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2060}', "WORD JOINER"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
    ('\u{FEFF}', "ZERO WIDTH NO-BREAK SPACE"),
    (',', "COMMA"),
    (';', "SEMICOLON"),
    ('?', "QUESTION MARK"),
    ('\u{FDF2}', "ARABIC LIGATURE ALLAH ISOLATED FORM"),
    ('\u{FDFA}', "ARABIC LIGATURE SALLALLAHOU ALAYHE WASALLAM"),
    ('\u{FDFB}', "ARABIC LIGATURE JALLAJALALOUHOU"),
    ('\u{FDFC}', "RIAL SIGN"),
    ('\u{FDFD}', "ARABIC LIGATURE BISMILLAH AR-RAHMAN AR-RAHEEM"),
    ('\u{FDFE}', "ARABIC LIGATURE SUBHAANAHU WA TAAALAA"),
    ('\u{FDFF}', "ARABIC LIGATURE AZZA WA JALL"),
];

/// Names of the isolated/medial harakat forms U+FE70–U+FE7F (index = code point − U+FE70).
const FE70: [&str; 16] = [
    "ARABIC FATHATAN ISOLATED FORM",
    "ARABIC TATWEEL WITH FATHATAN ABOVE",
    "ARABIC DAMMATAN ISOLATED FORM",
    "ARABIC TAIL FRAGMENT",
    "ARABIC KASRATAN ISOLATED FORM",
    "",
    "ARABIC FATHA ISOLATED FORM",
    "ARABIC FATHA MEDIAL FORM",
    "ARABIC DAMMA ISOLATED FORM",
    "ARABIC DAMMA MEDIAL FORM",
    "ARABIC KASRA ISOLATED FORM",
    "ARABIC KASRA MEDIAL FORM",
    "ARABIC SHADDA ISOLATED FORM",
    "ARABIC SHADDA MEDIAL FORM",
    "ARABIC SUKUN ISOLATED FORM",
    "ARABIC SUKUN MEDIAL FORM",
];

/// The letters of Presentation Forms-B from U+FE80 in block order, each with its number of forms
/// (isolated, final, initial, medial in that order).
const FORMS_B: &[(&str, u32)] = &[
    ("LETTER HAMZA", 1),
    ("LETTER ALEF WITH MADDA ABOVE", 2),
    ("LETTER ALEF WITH HAMZA ABOVE", 2),
    ("LETTER WAW WITH HAMZA ABOVE", 2),
    ("LETTER ALEF WITH HAMZA BELOW", 2),
    ("LETTER YEH WITH HAMZA ABOVE", 4),
    ("LETTER ALEF", 2),
    ("LETTER BEH", 4),
    ("LETTER TEH MARBUTA", 2),
    ("LETTER TEH", 4),
    ("LETTER THEH", 4),
    ("LETTER JEEM", 4),
    ("LETTER HAH", 4),
    ("LETTER KHAH", 4),
    ("LETTER DAL", 2),
    ("LETTER THAL", 2),
    ("LETTER REH", 2),
    ("LETTER ZAIN", 2),
    ("LETTER SEEN", 4),
    ("LETTER SHEEN", 4),
    ("LETTER SAD", 4),
    ("LETTER DAD", 4),
    ("LETTER TAH", 4),
    ("LETTER ZAH", 4),
    ("LETTER AIN", 4),
    ("LETTER GHAIN", 4),
    ("LETTER FEH", 4),
    ("LETTER QAF", 4),
    ("LETTER KAF", 4),
    ("LETTER LAM", 4),
    ("LETTER MEEM", 4),
    ("LETTER NOON", 4),
    ("LETTER HEH", 4),
    ("LETTER WAW", 2),
    ("LETTER ALEF MAKSURA", 2),
    ("LETTER YEH", 4),
    ("LIGATURE LAM WITH ALEF WITH MADDA ABOVE", 2),
    ("LIGATURE LAM WITH ALEF WITH HAMZA ABOVE", 2),
    ("LIGATURE LAM WITH ALEF WITH HAMZA BELOW", 2),
    ("LIGATURE LAM WITH ALEF", 2),
];

const FORM: [&str; 4] = ["ISOLATED", "FINAL", "INITIAL", "MEDIAL"];

fn forms_b_name(c: char) -> Option<String> {
    let mut cp = 0xFE80;
    for (letter, n) in FORMS_B {
        let k = c as u32;
        if k < cp + n {
            return Some(format!("ARABIC {letter} {} FORM", FORM[(k - cp) as usize]));
        }
        cp += n;
    }
    None
}

/// The Unicode name of `c` when this module knows it: the characters in its table, the
/// Presentation Forms-B letters and ligatures (U+FE70–U+FEFC) and Extended Arabic-Indic digits.
pub fn name(c: char) -> Option<String> {
    if let Some((_, n)) = NAMES.iter().find(|(k, _)| *k == c) {
        return Some((*n).to_string());
    }
    match c {
        '\u{06F0}'..='\u{06F9}' => {
            const DIGITS: [&str; 10] = [
                "ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
            ];
            Some(format!(
                "EXTENDED ARABIC-INDIC DIGIT {}",
                DIGITS[(c as u32 - 0x06F0) as usize]
            ))
        }
        '\u{FE70}'..='\u{FE7F}' => {
            let n = FE70[(c as u32 - 0xFE70) as usize];
            (!n.is_empty()).then(|| n.to_string())
        }
        '\u{FE80}'..='\u{FEFC}' => forms_b_name(c),
        _ => None,
    }
}

/// `U+XXXX NAME` (or `U+XXXX` alone when the name is not known here), e.g.
/// `U+06CC ARABIC LETTER FARSI YEH`.
pub fn describe(c: char) -> String {
    match name(c) {
        Some(n) => format!("U+{:04X} {n}", c as u32),
        None => format!("U+{:04X}", c as u32),
    }
}

/// [`describe`] for each distinct character of `s`, in order of first appearance, joined with
/// ", " (at most `max` of them, then "…").
pub fn describe_all(s: &str, max: usize) -> String {
    let mut seen: Vec<char> = Vec::new();
    for c in s.chars() {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    let mut parts: Vec<String> = seen.iter().take(max).map(|&c| describe(c)).collect();
    if seen.len() > max {
        parts.push("…".to_string());
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_lookalikes_invisibles_and_forms() {
        assert_eq!(describe('\u{06CC}'), "U+06CC ARABIC LETTER FARSI YEH");
        assert_eq!(describe('\u{200F}'), "U+200F RIGHT-TO-LEFT MARK");
        assert_eq!(describe('۴'), "U+06F4 EXTENDED ARABIC-INDIC DIGIT FOUR");
        assert_eq!(
            name('\u{FE80}').unwrap(),
            "ARABIC LETTER HAMZA ISOLATED FORM"
        );
        assert_eq!(name('\u{FE91}').unwrap(), "ARABIC LETTER BEH INITIAL FORM");
        assert_eq!(name('\u{FEE3}').unwrap(), "ARABIC LETTER MEEM INITIAL FORM");
        assert_eq!(name('\u{FEF2}').unwrap(), "ARABIC LETTER YEH FINAL FORM");
        assert_eq!(
            name('\u{FEFB}').unwrap(),
            "ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM"
        );
        assert_eq!(
            name('\u{FEFC}').unwrap(),
            "ARABIC LIGATURE LAM WITH ALEF FINAL FORM"
        );
        assert_eq!(describe('\u{FB8F}'), "U+FB8F");
        assert_eq!(
            describe_all("\u{200F}\u{200F}\u{200E}", 5),
            "U+200F RIGHT-TO-LEFT MARK, U+200E LEFT-TO-RIGHT MARK"
        );
    }
}
