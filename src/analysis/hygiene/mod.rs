//! Text hygiene checks for pasted wire copy (issue 6): characters that look right on screen but
//! are wrong underneath, and break search, name matching and the archive.
//!
//! - [`lookalike_letter`]: Persian/Urdu letters and digits inside Arabic words (ی ک ہ ۀ ے ۰–۹ ...);
//! - [`presentation_form`]: Arabic presentation forms from PDF copy-paste (ﻣﺤﻤﺪ, ﻻ, ﷺ, ﷼);
//! - [`invisible_char`]: zero-width characters and bidi controls with no purpose in the draft;
//! - [`tatweel`]: kashida (U+0640) stretching a word;
//! - [`mixed_digits`]: Western and Arabic-Indic digits in one story;
//! - [`latin_punctuation`]: Latin `,` `;` `?` between Arabic words;
//! - [`suppression_comment`]: an `isnad-disable` comment that suppresses nothing: a typo (a
//!   misspelled directive or rule id), or a directive with no finding where it applies (reported
//!   after suppression, by `pipeline::settle`).
//!
//! Every rule works on byte offsets of `cx.doc.source` (half-open UTF-8 ranges) and skips what is
//! not prose (code, URLs, comments, front matter), which the masked copy `cx.doc.prose()` blanks.
//! Every finding carries its own fix as byte edits; the "fix all" of a rule is computed when asked
//! for (see [`crate::analysis::fix::fix_all`]), never copied into each finding. The rules share one
//! [`Scan`] of the document ([`Context::scan`]).

crate::analysis::registry::rule_modules!(hygiene);
pub mod names;

use super::Context;
use crate::profile::lists;
use crate::text::normalize::fold_persian;
use crate::text::{Document, WordKind};

/// True when the byte at `at` is prose: not blanked in the masked copy (code, URL, comment, front
/// matter). A blanked byte is a space in `doc.prose()` but not in `doc.source`.
pub fn is_prose(doc: &Document, at: usize) -> bool {
    let m = doc.prose().as_bytes();
    let s = doc.source.as_bytes();
    at < s.len() && !(m[at] == b' ' && s[at] != b' ')
}

/// True when `text` may hold a character this check looks for: a byte of `leads` (the first byte of
/// the UTF-8 encoding of every character of a block, e.g. `0xEF` for U+F000–U+FFFF) or one of
/// `chars`. A false answer proves that no such character is there, so a check that reads every
/// character returns at once on a draft without any (most drafts). Uses `memchr`, many times
/// faster than decoding the characters; cost linear in the text.
pub fn may_contain(text: &str, leads: &[u8], chars: &[char]) -> bool {
    let bytes = text.as_bytes();
    let by_lead = match *leads {
        [] => false,
        [a] => memchr::memchr(a, bytes).is_some(),
        [a, b] => memchr::memchr2(a, b, bytes).is_some(),
        [a, b, c] => memchr::memchr3(a, b, c, bytes).is_some(),
        _ => leads.iter().any(|&l| memchr::memchr(l, bytes).is_some()),
    };
    by_lead || chars.iter().any(|&c| text.contains(c))
}

/// Digit style of a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DigitStyle {
    /// ASCII 0–9.
    Western,
    /// Arabic-Indic ٠–٩ (U+0660–U+0669).
    ArabicIndic,
}

impl DigitStyle {
    /// The digit of value `d` (0–9) in this style.
    pub fn digit(self, d: u32) -> char {
        let base = match self {
            DigitStyle::Western => '0' as u32,
            DigitStyle::ArabicIndic => 0x0660,
        };
        char::from_u32(base + d).unwrap_or('?')
    }
}

/// A letter of Persian, Urdu or Kurdish with no use in Arabic copy (پ چ ژ گ, Urdu ٹ ڈ ڑ ں ھ ہ ۂ
/// ے ۓ, Kurdish ڕ ڵ ۆ ێ ۇ): strong evidence that the words around it are not Arabic. (Neither a
/// Persian nor an Arabic keyboard types the Urdu ہ ۂ ے ۓ; inside an Arabic run `lookalike-letter`
/// still replaces them.)
pub fn is_non_arabic_only_letter(c: char) -> bool {
    matches!(
        c,
        '\u{067E}' // پ PEH
            | '\u{0686}' // چ TCHEH
            | '\u{0698}' // ژ JEH
            | '\u{06AF}' // گ GAF
            | '\u{0679}' // ٹ TTEH
            | '\u{0688}' // ڈ DDAL
            | '\u{0691}' // ڑ RREH
            | '\u{06BA}' // ں NOON GHUNNA
            | '\u{06BE}' // ھ HEH DOACHASHMEE
            | '\u{06C1}' // ہ HEH GOAL
            | '\u{06C2}' // ۂ HEH GOAL WITH HAMZA ABOVE
            | '\u{06D2}' // ے YEH BARREE
            | '\u{06D3}' // ۓ YEH BARREE WITH HAMZA ABOVE
            | '\u{0695}' // ڕ REH WITH SMALL V BELOW
            | '\u{06B5}' // ڵ LAM WITH SMALL V
            | '\u{06C6}' // ۆ OE
            | '\u{06CE}' // ێ YEH WITH SMALL V
            | '\u{06C7}' // ۇ U
    )
}

/// Letters Arabic copy uses where Persian and Urdu use other code points: ي ك ة ى. A run of words
/// holding one of these is not Persian text.
fn is_arabic_only_letter(c: char) -> bool {
    matches!(c, '\u{064A}' | '\u{0643}' | '\u{0629}' | '\u{0649}')
}

/// Characters that close a run of words for the Persian-run test: line breaks, sentence ends,
/// quotation marks, brackets, colons and semicolons.
fn is_run_boundary(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '.'
            | '!'
            | '?'
            | '؟'
            | '\u{06D4}'
            | ':'
            | ';'
            | '؛'
            | '«'
            | '»'
            | '“'
            | '”'
            | '„'
            | '"'
            | '‹'
            | '›'
            | '('
            | ')'
            | '['
            | ']'
    )
}

/// Evidence one word gives about the language of its run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lean {
    None,
    Arabic,
    /// Persian/Urdu; `strong` when the sign is not a mere lookalike letter (a letter Arabic never
    /// uses, a Persian function word, a ZWNJ between letters, Persian digits).
    Persian {
        strong: bool,
    },
}

fn lean(doc: &Document, i: usize) -> (Lean, bool) {
    let w = &doc.words[i];
    let text = doc.source.get(w.range()).unwrap_or("");
    let arabic_letter = text.chars().any(is_arabic_only_letter);
    if w.kind() == WordKind::Number {
        let persian = text.chars().any(|c| matches!(c, '\u{06F0}'..='\u{06F9}'));
        return (
            if persian {
                Lean::Persian { strong: true }
            } else {
                Lean::None
            },
            false,
        );
    }
    if w.kind() != WordKind::Arabic {
        return (Lean::None, false);
    }
    let clean = w.clean();
    let clean = clean.as_ref();
    if lists::persian_function_words().contains(clean)
        || text.chars().any(is_non_arabic_only_letter)
    {
        return (Lean::Persian { strong: true }, arabic_letter);
    }
    let zwnj = text
        .char_indices()
        .any(|(k, c)| c == '\u{200C}' && k > 0 && k + 3 < text.len());
    if zwnj {
        return (Lean::Persian { strong: true }, arabic_letter);
    }
    let article = ["ال", "وال", "بال", "فال", "كال", "لل"]
        .iter()
        .any(|p| clean.starts_with(p))
        && clean.chars().count() >= 4;
    if lists::arabic_function_words().contains(clean) || article {
        return (Lean::Arabic, arabic_letter);
    }
    if text.chars().any(|c| fold_persian(c) != c) {
        return (Lean::Persian { strong: false }, arabic_letter);
    }
    (Lean::None, arabic_letter)
}

/// Precomputed views shared by the hygiene rules.
pub struct Scan {
    /// One entry per word of the document: true when the word lies in a run of Persian, Urdu or
    /// Kurdish text (see [`Scan::new`]).
    pub foreign_run: Vec<bool>,
    /// The digit style most numbers of the story use (Western or Arabic-Indic), ties going to the
    /// style of the first number; `None` when the story has no such number.
    pub majority_digits: Option<DigitStyle>,
    /// Numbers (word indices) counted for the digit styles, with their style.
    pub numbers: Vec<(usize, DigitStyle)>,
}

impl Scan {
    /// Computes the shared views.
    ///
    /// **Persian/Urdu runs.** The words are cut into runs at line breaks, sentence ends, quotation
    /// marks, brackets, colons and semicolons. A run is foreign (Persian, Urdu or Kurdish) text
    /// when (1) none of its words holds an Arabic-only letter (ي ك ة ى), (2) at least one word
    /// carries a strong sign (a letter Arabic never uses — پ چ ژ گ ٹ ڈ ڑ ں ھ ہ ے ڕ ڵ ۆ ێ —, a
    /// Persian function word such as است، این، را، که، از، برای, a ZWNJ between letters, or
    /// Persian digits), and (3) the words leaning Persian (strong signs or lookalike letters ی ک ہ
    /// ...) are at least two and outnumber the words leaning Arabic (the article ال, Arabic
    /// function words such as في، على، إلى، أن، التي, even in a Persian-keyboard spelling).
    /// Lookalike letters alone never make a run foreign: Arabic typed on a Persian keyboard is
    /// exactly what `lookalike-letter` must catch.
    ///
    /// **Digits.** The numbers counted (in prose, not beside a Latin word, not a list marker) and
    /// the style most of them use, ties going to the first number's.
    pub fn new(cx: &Context) -> Scan {
        let (numbers, majority_digits) = numbers(cx.doc);
        Scan {
            foreign_run: foreign_runs(cx.doc),
            majority_digits,
            numbers,
        }
    }
}

/// True for a character that makes a draft worth cutting into Persian runs: the ZWNJ, a Persian
/// digit, a Persian lookalike letter ([`fold_persian`]) or a letter Arabic never uses
/// ([`is_non_arabic_only_letter`]). Every such character is in U+0680–U+06FF, or is پ, ٹ or the
/// ZWNJ (tested in `persianish_chars_start_with_the_bytes_searched`).
fn persianish_char(c: char) -> bool {
    c == '\u{200C}'
        || matches!(c, '\u{06F0}'..='\u{06F9}')
        || fold_persian(c) != c
        || is_non_arabic_only_letter(c)
}

/// One flag per word of `doc`: true when the word lies in a run of Persian, Urdu or Kurdish text
/// (see [`Scan::new`]).
fn foreign_runs(doc: &Document) -> Vec<bool> {
    let n = doc.words.len();
    let mut foreign_run = vec![false; n];
    let prose = doc.prose();
    let mut start = 0;
    // The runs only matter to words with a lookalike letter, a ZWNJ or Persian digits: a draft
    // with none of them (almost every Arabic draft) skips the pass.
    // Every such character is in U+0680–U+06FF (lead bytes DA, DB) but پ and ٹ, or is the ZWNJ
    // (lead byte E2): the byte search proves most drafts have none.
    // So only the characters starting with one of those bytes are decoded (a lead byte is always
    // a character boundary), and پ ٹ are searched for by their UTF-8 bytes (D9 BE, D9 B9: D9
    // only ever leads a character, so the two bytes are the letter), without decoding the text.
    let src = doc.source.as_bytes();
    let persianish = ["\u{067E}", "\u{0679}"]
        .iter()
        .any(|c| memchr::memmem::find(src, c.as_bytes()).is_some())
        || memchr::memchr3_iter(0xDA, 0xDB, 0xE2, doc.source.as_bytes()).any(|at| {
            doc.source
                .get(at..)
                .and_then(|s| s.chars().next())
                .is_some_and(persianish_char)
        });
    let n_runs = if persianish { n } else { 0 };
    for i in 0..=n_runs {
        let boundary = i == n_runs
            || (i > 0
                && prose
                    .get(doc.words[i - 1].end()..doc.words[i].start())
                    .unwrap_or("")
                    .chars()
                    .any(is_run_boundary));
        if !boundary || i == start {
            continue;
        }
        let (mut persian, mut strong, mut arabic, mut arabic_letter) = (0, false, 0, false);
        for k in start..i {
            let (l, a) = lean(doc, k);
            arabic_letter |= a;
            match l {
                Lean::Persian { strong: s } => {
                    persian += 1;
                    strong |= s;
                }
                Lean::Arabic => arabic += 1,
                Lean::None => {}
            }
        }
        if !arabic_letter && strong && persian >= 2 && persian > arabic {
            foreign_run[start..i].iter_mut().for_each(|x| *x = true);
        }
        start = i;
    }
    foreign_run
}

/// The numbers of `doc` counted for the digit styles (word index, style): in prose, not next to a
/// Latin word, not a list marker; and the style most of them use (ties to the first number's),
/// `None` when there is none.
fn numbers(doc: &Document) -> (Vec<(usize, DigitStyle)>, Option<DigitStyle>) {
    let mut numbers = Vec::new();
    for (i, w) in doc.words.iter().enumerate() {
        if w.kind() != WordKind::Number || !is_prose(doc, w.start()) {
            continue;
        }
        if latin_neighbour(doc, w.range())
            || list_marker(doc, w.range())
            || unit_exponent(doc, w.start())
        {
            continue;
        }
        let first = doc
            .source
            .get(w.range())
            .unwrap_or("")
            .chars()
            .next()
            .unwrap_or(' ');
        let style = match first {
            '0'..='9' => DigitStyle::Western,
            '\u{0660}'..='\u{0669}' => DigitStyle::ArabicIndic,
            _ => continue,
        };
        numbers.push((i, style));
    }
    let west = numbers
        .iter()
        .filter(|(_, s)| *s == DigitStyle::Western)
        .count();
    let east = numbers.len() - west;
    let majority_digits = match west.cmp(&east) {
        _ if numbers.is_empty() => None,
        std::cmp::Ordering::Greater => Some(DigitStyle::Western),
        std::cmp::Ordering::Less => Some(DigitStyle::ArabicIndic),
        std::cmp::Ordering::Equal => Some(numbers[0].1),
    };
    (numbers, majority_digits)
}

/// True when the digits at byte `start` are written onto a word of two or more letters with no
/// space (متر٢, كم٢, سم٣): the power of a unit, not a number of the story, so its style says
/// nothing about how the story writes numbers. A proclitic alone or in a cluster (و٤، وب١٥، ل٣)
/// glued to a number leaves it a number.
fn unit_exponent(doc: &Document, start: usize) -> bool {
    let before = doc.source.get(..start).unwrap_or("");
    let letters: Vec<char> = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .take(3)
        .collect();
    letters.len() >= 2
        && !letters
            .iter()
            .all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
}

/// True when the nearest non-space character on either side of `r`, on the same line, is a Latin
/// letter or a hyphen after a Latin letter (F-16, iPhone 15, 5G, COVID-19).
fn latin_neighbour(doc: &Document, r: std::ops::Range<usize>) -> bool {
    let src = doc.prose();
    let before = src
        .get(..r.start)
        .unwrap_or("")
        .trim_end_matches([' ', '\t', '\u{A0}']);
    let before = before.strip_suffix('-').unwrap_or(before);
    let after = src
        .get(r.end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t', '\u{A0}']);
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    latin(before.chars().next_back()) || latin(after.chars().next())
}

/// True for a Markdown ordered-list marker (`1.` or `1)` at the start of a line, after indentation).
fn list_marker(doc: &Document, r: std::ops::Range<usize>) -> bool {
    if doc.format != crate::text::Format::Markdown {
        return false;
    }
    let src = doc.source;
    let (Some(before), Some(after)) = (src.get(..r.start), src.get(r.end..)) else {
        return false;
    };
    // After the last '\n' (one byte) before the range: a char boundary.
    let line_start = before.rfind('\n').map_or(0, |p| p + 1);
    before[line_start..].trim().is_empty() && (after.starts_with(". ") || after.starts_with(") "))
}

#[cfg(test)]
pub(crate) mod testutil {
    //! Helpers for the hygiene rules' unit tests.
    use crate::analysis::{Finding, analyze_text, apply_edits};
    use crate::profile::Profile;
    use crate::text::Format;

    /// The findings of `rule` on `src`.
    pub fn findings(src: &str, format: Format, rule: &str) -> Vec<Finding> {
        analyze_text(src, format, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }

    /// The flagged texts of `rule` on `src`.
    pub fn spans(src: &str, format: Format, rule: &str) -> Vec<String> {
        findings(src, format, rule)
            .iter()
            .map(|f| src[f.range.clone()].to_string())
            .collect()
    }

    /// Applies each finding's own fix in turn and checks that the text changes only inside the
    /// edited ranges and that exactly that finding disappears; then applies the fix-all (when
    /// there are two or more findings) and checks that no finding of `rule` is left. Returns the
    /// text after fix-all (or after the single fix).
    pub fn check_fixes(src: &str, format: Format, rule: &str) -> String {
        let fs = findings(src, format, rule);
        assert!(!fs.is_empty(), "no {rule} finding in {src:?}");
        let all_rules = |t: &str| -> Vec<&'static str> {
            analyze_text(t, format, &Profile::embedded())
                .findings
                .into_iter()
                .filter(|f| f.rule != rule)
                .map(|f| f.rule)
                .collect()
        };
        for f in &fs {
            let fix = &f.fixes[0];
            let fixed = apply_edits(src, &fix.edits);
            let e = &fix.edits[0];
            assert_eq!(fix.edits.len(), 1, "one edit per finding");
            assert_eq!(&fixed[..e.range.start], &src[..e.range.start]);
            assert_eq!(
                &fixed[e.range.start + e.new_text.len()..],
                &src[e.range.end..]
            );
            let after = findings(&fixed, format, rule);
            assert_eq!(after.len(), fs.len() - 1, "{fixed:?}");
            assert!(
                !after.iter().any(|g| g.range.start == f.range.start),
                "{fixed:?}"
            );
            // Hygiene fixes never create or remove findings of other rules (short of a change
            // that was wrong to begin with).
            assert_eq!(
                all_rules(&fixed).len(),
                all_rules(src).len(),
                "other rules changed: {fixed:?}"
            );
        }
        if fs.len() < 2 {
            assert_eq!(fs[0].fixes.len(), 1, "no fix-all for a single finding");
            return apply_edits(src, &fs[0].fixes[0].edits);
        }
        // Each finding carries only its own fix; the fix-all is computed on demand.
        assert!(fs.iter().all(|f| f.fixes.len() == 1), "one fix per finding");
        let every = analyze_text(src, format, &Profile::embedded()).findings;
        let all = crate::analysis::fix::fix_all(&every, rule)
            .expect("a fix-all for two or more findings");
        assert_eq!(
            all.title.en(),
            format!("Fix all {rule} in this document ({})", fs.len())
        );
        assert_eq!(all.edits.len(), fs.len());
        let fixed = apply_edits(src, &all.edits);
        assert!(findings(&fixed, format, rule).is_empty(), "{fixed:?}");
        fixed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persianish_chars_start_with_the_bytes_searched() {
        // `foreign_runs` decodes only characters whose first byte is DA, DB or E2, and looks for
        // پ and ٹ by name: every character `persianish_char` accepts must be one of those.
        let mut found = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if !persianish_char(c) {
                continue;
            }
            found += 1;
            let mut buf = [0u8; 4];
            let lead = c.encode_utf8(&mut buf).as_bytes()[0];
            assert!(
                matches!(lead, 0xDA | 0xDB | 0xE2) || c == '\u{067E}' || c == '\u{0679}',
                "{c:?} starts with {lead:#x}"
            );
        }
        // ZWNJ, ten Persian digits, and 26 letters: 11 lookalikes ([`fold_persian`]) and 18
        // letters Arabic never uses, three of them both (ہ ے ێ).
        assert_eq!(found, 1 + 10 + 26);
    }

    #[test]
    fn may_contain_finds_a_lead_byte_or_a_character_and_only_those() {
        // Tatweel (U+0640) by character; ﻣ (U+FEE3) by its lead byte EF; ZWNJ by E2.
        assert!(may_contain("مقابـل", &[], &['\u{0640}']));
        assert!(!may_contain("مقابل", &[], &['\u{0640}']));
        assert!(may_contain("ﻣﺤﻤﺪ", &[0xEF], &[]));
        assert!(may_contain("می\u{200C}شود", &[0xDA, 0xDB, 0xE2], &[]));
        // Plain Arabic (lead bytes D8, D9) holds none of EF, E2, DA, DB.
        assert!(!may_contain(
            "قال الوزير إن المحادثات مستمرة.",
            &[0xEF, 0xE2, 0xDA, 0xDB],
            &[]
        ));
        assert!(!may_contain("", &[0xEF], &['\u{061C}']));
    }
    use crate::analysis::fix::fix_all;
    use crate::profile::Profile;
    use crate::text::Format;

    fn foreign_words(src: &str) -> Vec<String> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let scan = Scan::new(&cx);
        doc.words
            .iter()
            .zip(&scan.foreign_run)
            .filter(|(_, f)| **f)
            .map(|(w, _)| src[w.range()].to_string())
            .collect()
    }

    #[test]
    fn quoted_persian_phrase_is_a_foreign_run() {
        let src = "وردد المتظاهرون هتاف «ما به دنبال جنگ نیستیم» أمام السفارة.";
        assert_eq!(foreign_words(src), ["ما", "به", "دنبال", "جنگ", "نیستیم"]);
    }

    #[test]
    fn urdu_phrase_is_a_foreign_run() {
        let src = "وكتب على لافتة: «یہ ہمارا ملک ہے» بالأردية.";
        assert_eq!(foreign_words(src), ["یہ", "ہمارا", "ملک", "ہے"]);
    }

    #[test]
    fn arabic_typed_on_a_persian_keyboard_is_not_foreign() {
        // Lookalike letters everywhere, but Arabic words and no Persian-only sign.
        assert!(foreign_words("وقال رئیس الوزراء إن الحکومة ستجتمع فی دمشق.").is_empty());
        assert!(foreign_words("رئیس ایران").is_empty());
        // A Persian-only letter in an Arabic sentence with ي/ك/ة stays Arabic.
        assert!(foreign_words("وصل الرئيس إلى گلستان صباح اليوم.").is_empty());
    }

    #[test]
    fn fix_all_is_computed_on_demand_for_two_or_more() {
        let one = "قال الوزیر إن العمل مستمر.";
        let a =
            crate::analysis::analyze_text(one, Format::Plain, &crate::profile::Profile::embedded());
        let f = testutil::findings(one, Format::Plain, "lookalike-letter");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fixes.len(), 1);
        assert!(fix_all(&a.findings, "lookalike-letter").is_none());
        let two = "قال الوزیر إن العمل مستمر فی دمشق.";
        let a =
            crate::analysis::analyze_text(two, Format::Plain, &crate::profile::Profile::embedded());
        let f = testutil::findings(two, Format::Plain, "lookalike-letter");
        assert_eq!(f.len(), 2);
        // No finding carries another finding's edits.
        assert!(
            f.iter()
                .all(|f| f.fixes.len() == 1 && f.fixes[0].edits.len() == 1)
        );
        let all = fix_all(&a.findings, "lookalike-letter").unwrap();
        assert_eq!(
            all.title.en(),
            "Fix all lookalike-letter in this document (2)"
        );
        assert_eq!(
            all.title.ar(),
            "أصلح كل مواضع lookalike-letter في هذا المستند (2)"
        );
        let ye = two.find("ی").unwrap();
        let fi = two.find("فی").unwrap() + "ف".len();
        assert_eq!(
            all.edits
                .iter()
                .map(|e| (e.range.clone(), e.new_text.as_str()))
                .collect::<Vec<_>>(),
            [(ye..ye + 2, "ي"), (fi..fi + 2, "ي")]
        );
        assert_eq!(
            crate::analysis::apply_edits(two, &all.edits),
            "قال الوزير إن العمل مستمر في دمشق."
        );
    }

    #[test]
    fn fix_all_leaves_out_suppressed_findings() {
        let src = "قال الوزیر إن العمل مستمر.\n<!-- isnad-disable-next-line lookalike-letter -->\nفی دمشق وفی حلب.\nوأکد ذلك.";
        let a =
            crate::analysis::analyze_text(src, Format::Plain, &crate::profile::Profile::embedded());
        let f = testutil::findings(src, Format::Plain, "lookalike-letter");
        let spans: Vec<&str> = f.iter().map(|f| &src[f.range.clone()]).collect();
        assert_eq!(spans, ["ی", "ک"]);
        let all = fix_all(&a.findings, "lookalike-letter").unwrap();
        assert_eq!(all.edits.len(), 2);
        assert_eq!(
            all.title.en(),
            "Fix all lookalike-letter in this document (2)"
        );
    }
}
