//! `lookalike-letter`: Persian/Urdu letters and digits inside Arabic text.
#![doc = include_str!("lookalike_letter.md")]

use super::{DigitStyle, is_prose, names};
use crate::analysis::{Context, Edit, Finding, Fix, Message, RuleId, RuleMeta, Severity, finding};
use crate::text::WordKind;
use crate::text::chars::{digit_value, is_diacritic, is_invisible, is_tatweel};
use std::collections::HashSet;

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::LookalikeLetter,
    default_severity: Severity::Warning,
    summary_en: "Persian/Urdu letter or digit inside Arabic text",
    summary_ar: "حرف أو رقم فارسي أو أردو داخل نص عربي",
    doc: include_str!("lookalike_letter.md"),
};

/// A lookalike letter: the Arabic letter that replaces it, the Arabic letter that replaces it at
/// the end of a word when the story spells that word so elsewhere, and its Arabic description.
struct Lookalike {
    c: char,
    arabic: char,
    final_alt: Option<char>,
    ar: &'static str,
}

const LOOKALIKES: &[Lookalike] = &[
    Lookalike {
        c: '\u{06CC}',
        arabic: 'ي',
        final_alt: Some('ى'),
        ar: "الياء الفارسية",
    },
    Lookalike {
        c: '\u{06A9}',
        arabic: 'ك',
        final_alt: None,
        ar: "الكاف الفارسية",
    },
    Lookalike {
        c: '\u{06AA}',
        arabic: 'ك',
        final_alt: None,
        ar: "الكاف المزخرفة",
    },
    Lookalike {
        c: '\u{06D2}',
        arabic: 'ي',
        final_alt: Some('ى'),
        ar: "الياء في الأردو (يائے بڑی)",
    },
    Lookalike {
        c: '\u{06D3}',
        arabic: 'ئ',
        final_alt: None,
        ar: "الياء في الأردو بهمزة",
    },
    Lookalike {
        c: '\u{06CD}',
        arabic: 'ي',
        final_alt: Some('ى'),
        ar: "الياء ذات الذيل",
    },
    Lookalike {
        c: '\u{06D0}',
        arabic: 'ي',
        final_alt: Some('ى'),
        ar: "حرف E (بشتو/أويغور)",
    },
    Lookalike {
        c: '\u{06C0}',
        arabic: 'ه',
        final_alt: Some('ة'),
        ar: "الهاء الفارسية بياء فوقها",
    },
    Lookalike {
        c: '\u{06C1}',
        arabic: 'ه',
        final_alt: Some('ة'),
        ar: "الهاء في الأردو (ہ)",
    },
    Lookalike {
        c: '\u{06C2}',
        arabic: 'ه',
        final_alt: Some('ة'),
        ar: "الهاء في الأردو بهمزة",
    },
    Lookalike {
        c: '\u{06C3}',
        arabic: 'ة',
        final_alt: None,
        ar: "التاء المربوطة في الأردو",
    },
    Lookalike {
        c: '\u{06D5}',
        arabic: 'ه',
        final_alt: Some('ة'),
        ar: "حرف AE الكردي",
    },
    Lookalike {
        c: '\u{06BE}',
        arabic: 'ه',
        final_alt: None,
        ar: "الهاء في الأردو ذات العينين",
    },
];

fn lookalike(c: char) -> Option<&'static Lookalike> {
    LOOKALIKES.iter().find(|l| l.c == c)
}

fn is_persian_digit(c: char) -> bool {
    matches!(c, '\u{06F0}'..='\u{06F9}')
}

/// True for a character this rule replaces: a lookalike letter or a Persian digit.
pub fn is_target(c: char) -> bool {
    is_persian_digit(c) || lookalike(c).is_some()
}

/// The Arabic spelling of `word` (plain letters) with every lookalike letter folded to its usual
/// Arabic counterpart.
pub(crate) fn fold_word(word: &str) -> String {
    word.chars()
        .map(|c| lookalike(c).map_or(c, |l| l.arabic))
        .collect()
}

/// Reports each run of consecutive lookalike letters inside an Arabic word, and each run of
/// Persian digits, outside Persian/Urdu/Kurdish runs of text (see [`super::Scan::new`]). Each finding's
/// range is the run (half-open byte range of `cx.doc.source`) and its safe fix the Arabic
/// replacement of the run.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let doc = cx.doc;
    let src = doc.source;
    // Every lookalike letter and Persian digit is in U+0680–U+06FF (lead bytes DA, DB).
    if !super::may_contain(src, &[0xDA, 0xDB], &[]) {
        return;
    }
    let scan = cx.scan();
    let mut spellings: Option<HashSet<&str>> = None;
    let digit_style = scan.majority_digits.unwrap_or(DigitStyle::ArabicIndic);
    let mut iter = src.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if !is_target(c) || !is_prose(doc, start) {
            continue;
        }
        let Some(wi) = doc.word_containing(start) else {
            continue;
        };
        let word = &doc.words[wi];
        let digits = is_persian_digit(c);
        if scan.foreign_run[wi] || (digits != (word.kind() == WordKind::Number)) {
            continue;
        }
        let end = if digits {
            run_end(&mut iter, start + c.len_utf8(), word.end())
        } else {
            word_span_end(&mut iter, src, start + c.len_utf8(), word.end())
        };
        let bad = &src[start..end];
        let mut ambiguous = false;
        let new = if digits {
            arabic_digits(bad, digit_style)
        } else {
            let spellings = spellings.get_or_insert_with(|| story_spellings(doc));
            // Is the run's last letter the word's last letter (marks and tatweel aside)?
            let at_end = src[end..word.end()]
                .chars()
                .all(|c| is_diacritic(c) || is_tatweel(c) || is_invisible(c));
            ambiguous = at_end && final_letter_ambiguous(bad, &word.plain);
            arabic_letters(bad, &word.plain, at_end, spellings)
        };
        let fixed_word = format!(
            "{}{new}{}",
            &src[word.start()..start],
            &src[end..word.end()]
        );
        let message = describe(bad, digits, &src[word.range()], &fixed_word);
        let mut f = finding(&RULE, start..end, message);
        f.fixes.push(Fix {
            title: Message::new(
                format!("Replace «{bad}» with Arabic «{new}»"),
                format!("استبدل «{bad}» بالعربي «{new}»"),
            ),
            edits: vec![Edit {
                range: start..end,
                new_text: new,
            }],
            applicability: if ambiguous {
                crate::analysis::finding::Applicability::Unsafe
            } else {
                crate::analysis::finding::Applicability::Safe
            },
        });
        out.push(f);
    }
}

/// Extends a run of Persian digits that so far ends at byte `end`, taking from `iter` (the
/// source's `char_indices`, just past the run) every Persian digit of the number ending at
/// `word_end`, with the separators between them (۱۲٫۵ is one run). Returns the run's end
/// (exclusive byte offset, after its last Persian digit).
fn run_end(
    iter: &mut std::iter::Peekable<std::str::CharIndices>,
    mut end: usize,
    word_end: usize,
) -> usize {
    while let Some(&(p, d)) = iter.peek() {
        if p >= word_end {
            break;
        }
        if is_persian_digit(d) {
            end = p + d.len_utf8();
        }
        iter.next();
    }
    end
}

/// The end of the span of a word's lookalike letters that starts with the lookalike letter just
/// before byte `end`: the exclusive byte offset after the word's last lookalike letter (the word
/// ends at `word_end`), so that a word typed on a Persian keyboard (کریمی) is one finding with one
/// fix, whatever Arabic letters stand between its lookalikes. Advances `iter` (the source's
/// `char_indices`) past the span.
fn word_span_end(
    iter: &mut std::iter::Peekable<std::str::CharIndices>,
    src: &str,
    end: usize,
    word_end: usize,
) -> usize {
    let last = src
        .get(end..word_end)
        .and_then(|rest| {
            rest.char_indices()
                .rfind(|&(_, d)| lookalike(d).is_some())
                .map(|(k, d)| end + k + d.len_utf8())
        })
        .unwrap_or(end);
    while iter.peek().is_some_and(|&(p, _)| p < last) {
        iter.next();
    }
    last
}

/// The run of Persian digits (and separators) `bad` written with the story's digits `style`;
/// separators are kept as they are.
fn arabic_digits(bad: &str, style: DigitStyle) -> String {
    bad.chars()
        .map(|d| match digit_value(d) {
            Some(v) => style.digit(v),
            None => d,
        })
        .collect()
}

/// True when the last letter of the run `bad` (ending the word whose plain letters are `plain`)
/// has a word-final alternative (ی → ي or ى, ہ → ه or ة) and the word is an Arabic word of the
/// Ayaspell lexicon, as written, with either letter (علی → علي or على; مدرسہ → مدرسه or مدرسة).
/// Reason: the final letter then carries meaning (a name or a preposition, a pronoun or a ta
/// marbuta) that the text around it cannot settle for sure, so its fix is unsafe: the writer
/// chooses. A word that reads with one letter only (شمخانی → شمخاني) keeps a safe fix.
fn final_letter_ambiguous(bad: &str, plain: &str) -> bool {
    use crate::profile::words::{Match, lexicon};
    let Some(alt) = bad
        .chars()
        .last()
        .and_then(lookalike)
        .and_then(|l| l.final_alt)
    else {
        return false;
    };
    let usual = fold_word(plain);
    let mut other = usual.clone();
    other.pop();
    other.push(alt);
    lexicon().lookup(&usual) == Some(Match::Exact) && lexicon().lookup(&other) == Some(Match::Exact)
}

/// The plain spellings of the story's Arabic words, against which a word-final lookalike is
/// resolved (see [`arabic_letters`]).
fn story_spellings<'a>(doc: &'a crate::text::Document) -> HashSet<&'a str> {
    doc.words
        .iter()
        .filter(|w| w.kind() == WordKind::Arabic)
        .map(|w| w.plain.as_str())
        .collect()
}

/// The span `bad` of the word whose plain letters are `plain` (from its first lookalike letter to
/// its last) in Arabic letters: each lookalike letter folded, every other character kept. When the
/// span ends the word (`at_end`) and its last letter has a word-final alternative (ی → ي or ى,
/// ہ → ه or ة), the alternative is chosen, when the story never spells the folded word with the
/// usual letter, if the story spells it with the alternative elsewhere (`spellings`: a story is
/// consistent with itself) or [`final_alt_reading`] says the word is a particle written so
/// (إلی → إلى، حتی → حتى).
fn arabic_letters(bad: &str, plain: &str, at_end: bool, spellings: &HashSet<&str>) -> String {
    let n = bad.chars().count();
    bad.chars()
        .enumerate()
        .map(|(k, c)| match lookalike(c) {
            None => c,
            Some(l) => match l.final_alt {
                Some(alt) if at_end && k + 1 == n => {
                    let usual = fold_word(plain);
                    let mut other = usual.clone();
                    other.pop();
                    other.push(alt);
                    let unwritten = !spellings.contains(usual.as_str());
                    if unwritten && (spellings.contains(other.as_str()) || final_alt_reading(&other))
                    {
                        alt
                    } else {
                        l.arabic
                    }
                }
                _ => l.arabic,
            },
        })
        .collect()
}

/// The particles of Arabic written with a final alif maqsura whose spelling with ي is no name
/// (إلى، حتى، لدى، متى، سوى، بلى، عسى; not على, whose ي spelling is the name علي), a closed class
/// from the grammar, written for isnad.
const MAQSURA_PARTICLES: &[&str] = &["إلى", "الى", "حتى", "لدى", "متى", "سوى", "بلى", "عسى"];

/// True when a word whose final Persian ی reads `other` with ى should take that alternative
/// when the story does not settle it: `other` is one of [`MAQSURA_PARTICLES`].
/// Reason: Persian writes one letter for both, and a particle whose ي spelling names no one is
/// the particle (إلی is إلى, not إليّ "to me"). Where both readings are common words (علی: على or
/// the name علي) the usual letter stays, with an unsafe fix ([`final_letter_ambiguous`]).
fn final_alt_reading(other: &str) -> bool {
    MAQSURA_PARTICLES.contains(&other)
}

/// The finding's message for the run `bad` (Persian digits when `digits`, else lookalike
/// letters) in the word `word_text`, which should read `fixed_word`; the Arabic text names each
/// distinct letter.
fn describe(bad: &str, digits: bool, word_text: &str, fixed_word: &str) -> Message {
    let targets: String = if digits {
        bad.to_string()
    } else {
        bad.chars().filter(|&c| lookalike(c).is_some()).collect()
    };
    let what = names::describe_all(&targets, 4);
    if digits {
        return Message::new(
            format!("Persian digits ({what}) in Arabic text: write «{fixed_word}»"),
            format!("أرقام فارسية ({what}) في نص عربي: اكتبها «{fixed_word}»"),
        );
    }
    let mut ar_names: Vec<&str> = Vec::new();
    for c in targets.chars() {
        let n = lookalike(c).map_or("", |l| l.ar);
        if !ar_names.contains(&n) {
            ar_names.push(n);
        }
    }
    let (letter, harf) = if what.contains(", ") {
        ("letters", "حروف فارسية/أردية")
    } else {
        ("letter", "حرف فارسي/أردي")
    };
    Message::new(
        format!(
            "Persian/Urdu {letter} {what} in the Arabic word «{word_text}»: write «{fixed_word}»"
        ),
        format!(
            "{harf} {what} ({}) في الكلمة العربية «{word_text}»: اكتبها «{fixed_word}»",
            ar_names.join("، ")
        ),
    )
}

/// Drops from `findings` (one draft's, after suppression; byte ranges of `source`) each
/// `lookalike-letter` finding whose range lies inside the range of a `name-variant` finding on a
/// word that is no dictionary word once its letters are folded to Arabic (a name: مهدوی, not
/// وزیر). Reason: a name written with a Persian
/// letter beside its Arabic-letter spelling is one slip that both rules see; the `name-variant`
/// finding says more (the story's other spelling, where it stands) and its fix, safe when the two
/// spellings differ only by lookalike letters ([`differs_only_by_lookalikes`]), writes the same
/// Arabic letters, so one finding is enough. Linear in the findings after a sort of the
/// name-variant ranges.
pub(crate) fn drop_inside_name_variants(source: &str, findings: &mut Vec<Finding>) {
    if !findings.iter().any(|f| f.rule == RuleId::LookalikeLetter.as_str()) {
        return;
    }
    // A flagged word that is a dictionary word once its letters are Arabic (وزیر → وزير) may be
    // no name at all: the letter's own finding stays there.
    let common = |r: &std::ops::Range<usize>| {
        source.get(r.clone()).is_none_or(|t| {
            let folded = fold_word(&crate::text::normalize::plain(t));
            crate::analysis::names::ordinary_word(&folded) == crate::analysis::names::Lexical::Exact
        })
    };
    let mut names: Vec<std::ops::Range<usize>> = findings
        .iter()
        .filter(|f| f.rule == RuleId::NameVariant.as_str())
        .map(|f| f.range.clone())
        .filter(|r| !common(r))
        .collect();
    if names.is_empty() {
        return;
    }
    names.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    // The widest end reached by the ranges that start at or before each range's start.
    let mut reach = Vec::with_capacity(names.len());
    let mut far = 0;
    for r in &names {
        far = far.max(r.end);
        reach.push(far);
    }
    findings.retain(|f| {
        if f.rule != RuleId::LookalikeLetter.as_str() {
            return true;
        }
        let k = names.partition_point(|r| r.start <= f.range.start);
        k == 0 || reach[k - 1] < f.range.end
    });
}

/// True when `written` and `other` have as many letters and differ only where `written` has a
/// lookalike letter of this rule and `other` the Arabic letter that replaces it (its usual one or,
/// for ی, the final ى: مهدوی and مهدوي). Such a pair is one spelling typed on two keyboards: no
/// choice of spelling is involved.
pub(crate) fn differs_only_by_lookalikes(written: &str, other: &str) -> bool {
    written.chars().count() == other.chars().count()
        && written != other
        && written.chars().zip(other.chars()).all(|(a, b)| {
            a == b || lookalike(a).is_some_and(|l| l.arabic == b || l.final_alt == Some(b))
        })
}

#[cfg(test)]
mod tests {
    use crate::analysis::hygiene::testutil::{check_fixes, findings, spans};
    use crate::text::Format;

    const R: &str = "lookalike-letter";

    #[test]
    fn persian_yeh_and_keheh_in_arabic_words() {
        let src = "وقال أمين المجلس الأعلى للأمن القومي علي شمخانی إن طهران لن تقبل بذلک.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 2);
        let yeh = src.find('ی').unwrap();
        assert_eq!(f[0].range, yeh..yeh + 2);
        assert_eq!(f[0].fixes[0].edits[0].new_text, "ي");
        assert!(f[0].message.en().contains("U+06CC ARABIC LETTER FARSI YEH"));
        assert!(f[0].message.en().contains("«شمخاني»"));
        assert!(f[0].message.ar().contains("الياء الفارسية"));
        let kaf = src.find('ک').unwrap();
        assert_eq!(f[1].range, kaf..kaf + 2);
        assert_eq!(f[1].fixes[0].edits[0].new_text, "ك");
        let fixed = check_fixes(src, Format::Plain, R);
        assert_eq!(
            fixed,
            "وقال أمين المجلس الأعلى للأمن القومي علي شمخاني إن طهران لن تقبل بذلك."
        );
    }

    #[test]
    fn a_name_variant_carries_the_persian_letter_of_a_name_alone() {
        use crate::analysis::finding::Applicability;
        let src = "قال الدبلوماسي بهرام رستمی إن المفاوضات مستمرة فی العاصمة.\nوأضاف رستمي أن الوفد سيعود.\nوتابع رستمي أن الاتفاق ممكن.";
        // A common word written both ways keeps its letter's finding (وزیر is وزير, no name).
        let common = "«وزیر وزير ووزير»مؤكدا";
        assert_eq!(spans(common, Format::Plain, R), vec!["ی".to_string()]);
        // The name's Persian letter is left to name-variant; فی, no name, keeps its own finding.
        assert_eq!(spans(src, Format::Plain, R), vec!["ی".to_string()]);
        let f = findings(src, Format::Plain, R);
        let fi = src.find("فی").unwrap() + "ف".len();
        assert_eq!(f[0].range, fi..fi + 2);
        let nv = findings(src, Format::Plain, "name-variant");
        assert_eq!(nv.len(), 1);
        let at = src.find("رستمی").unwrap();
        assert_eq!(nv[0].range, at..at + "رستمی".len());
        assert_eq!(nv[0].fixes[0].edits[0].new_text, "رستمي");
        assert_eq!(nv[0].fixes[0].applicability, Applicability::Safe);
        assert!(super::differs_only_by_lookalikes("رستمی", "رستمي"));
        assert!(!super::differs_only_by_lookalikes("رستمي", "رستمی"));
        assert!(super::differs_only_by_lookalikes("مصطفی", "مصطفى"));
        assert!(!super::differs_only_by_lookalikes("رستمی", "رستمن"));
    }

    #[test]
    fn consecutive_lookalikes_are_one_finding() {
        let src = "وسأل الصحفي کیف سيتم ذلك؟";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 1);
        assert_eq!(&src[f[0].range.clone()], "کی");
        assert!(
            f[0].message
                .en()
                .contains("U+06A9 ARABIC LETTER KEHEH, U+06CC ARABIC LETTER FARSI YEH")
        );
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "وسأل الصحفي كيف سيتم ذلك؟"
        );
    }

    #[test]
    fn a_word_typed_on_a_persian_keyboard_is_one_finding() {
        // Every lookalike of one word is one mistake (the word was typed on a Persian keyboard),
        // so one finding covers them, from the first to the last, with one fix for the word.
        let src = "قال الوزير علی کریمی إن الاجتماع انتهى.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 2);
        let ali = src.find("ی").unwrap();
        assert_eq!(f[0].range, ali..ali + 2);
        let karimi = src.find("کریمی").unwrap();
        assert_eq!(f[1].range, karimi..karimi + "کریمی".len());
        assert_eq!(f[1].fixes[0].edits[0].new_text, "كريمي");
        assert!(f[1].message.en().starts_with(
            "Persian/Urdu letters U+06A9 ARABIC LETTER KEHEH, U+06CC ARABIC LETTER FARSI YEH in the Arabic word «کریمی»: write «كريمي»"
        ));
        assert!(f[1].message.ar().contains("الكاف الفارسية، الياء الفارسية"));
        assert_eq!(
            check_fixes(src, Format::Plain, R),
            "قال الوزير علي كريمي إن الاجتماع انتهى."
        );
    }

    #[test]
    fn a_final_letter_that_reads_two_ways_gets_an_unsafe_fix() {
        use crate::analysis::finding::Applicability;
        // علی reads علي (a name) or على (a preposition): the writer chooses.
        let src = "قال الرئیس علی إن الوضع مستقر.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 2, "{f:?}");
        let ali = src.find("علی").unwrap() + "عل".len();
        assert_eq!(f[1].range, ali..ali + 2);
        assert_eq!(f[1].fixes[0].applicability, Applicability::Unsafe);
        // The ی of الرئیس is not final: safe.
        assert_eq!(f[0].fixes[0].applicability, Applicability::Safe);
        // شمخانی reads one way only: safe.
        let g = findings("وقال علي شمخانی إن طهران لن تقبل.", Format::Plain, R);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].fixes[0].applicability, Applicability::Safe);
        assert!(super::final_letter_ambiguous("ی", "علی"));
        assert!(!super::final_letter_ambiguous("ی", "شمخانی"));
    }

    #[test]
    fn a_final_persian_yeh_is_alif_maqsura_in_a_particle() {
        // A particle whose ي spelling names no one takes ى; a name, and على (also the name
        // علي), keep ي.
        for (src, word, fixed) in [
            ("وصل الوفد إلی المدينة صباحا.", "إلی", "ى"),
            ("انتظر الركاب حتی الصباح.", "حتی", "ى"),
            ("وقال الدبلوماسي فرهاد رستمی إن الحوار مستمر.", "رستمی", "ي"),
            ("وشدد الوزير علی أهمية الحوار.", "علی", "ي"),
        ] {
            let at = src.find(word).unwrap();
            let f = findings(src, Format::Plain, R);
            let finding = f
                .iter()
                .find(|x| x.range.start >= at && x.range.end <= at + word.len())
                .unwrap_or_else(|| panic!("no finding in {word}: {f:?}"));
            assert_eq!(finding.fixes[0].edits[0].new_text, fixed, "{word}");
        }
    }

    #[test]
    fn final_yeh_follows_the_storys_own_spelling() {
        // The story writes على elsewhere and never علي: a final ی in علی is an alef maqsura.
        let src = "وأكد على ضرورة الحوار، وشدد علی أهمية التهدئة.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f[0].fixes[0].edits[0].new_text, "ى");
        // Without that evidence the default is ي (Lucene's choice): شمخانی → شمخاني.
        let src = "وشدد علی أهمية التهدئة.";
        assert_eq!(
            findings(src, Format::Plain, R)[0].fixes[0].edits[0].new_text,
            "ي"
        );
    }

    #[test]
    fn urdu_heh_and_yeh_barree_in_arabic_words() {
        let src = "وصرح وزیر الخارجية بأن المباحثات كانت صريحہ.";
        let s = spans(src, Format::Plain, R);
        assert_eq!(s, ["ی", "ہ"]);
        check_fixes(src, Format::Plain, R);
    }

    #[test]
    fn quoted_persian_phrase_is_left_alone() {
        let src = "ورفع المحتجون لافتة كتب عليها «ما به دنبال جنگ نیستیم» أمام مبنى البرلمان.";
        assert!(findings(src, Format::Plain, R).is_empty());
        // The same phrase with a Persian-keyboard Arabic word in the sentence around it.
        let src = "ورفع المحتجون لافتة کتب عليها «ما به دنبال جنگ نیستیم».";
        assert_eq!(spans(src, Format::Plain, R), ["ک"]);
    }

    #[test]
    fn persian_line_quoting_a_post_is_left_alone() {
        let src = "وكتب وزير الخارجية الإيراني على منصة إكس:\nایران هرگز به دنبال سلاح هسته‌ای نبوده است\nوأضاف أن بلاده ملتزمة بالاتفاق.\n";
        assert!(findings(src, Format::Plain, R).is_empty());
        assert!(findings(src, Format::Plain, "invisible-char").is_empty());
    }

    #[test]
    fn persian_digits_follow_the_storys_digits() {
        let src = "قتل ۱۲ شخصاً في الهجوم الذي وقع عام 2024، وأصيب 30 آخرون.";
        let f = findings(src, Format::Plain, R);
        assert_eq!(f.len(), 1);
        assert_eq!(&src[f[0].range.clone()], "۱۲");
        assert_eq!(f[0].fixes[0].edits[0].new_text, "12");
        assert!(
            f[0].message
                .en()
                .contains("U+06F1 EXTENDED ARABIC-INDIC DIGIT ONE")
        );
        check_fixes(src, Format::Plain, R);
        // With no other digits, the Arabic-Indic counterpart.
        let src = "قتل ۱۲ شخصاً في الهجوم.";
        assert_eq!(
            findings(src, Format::Plain, R)[0].fixes[0].edits[0].new_text,
            "١٢"
        );
    }

    #[test]
    fn code_and_urls_are_skipped() {
        let src = "راجع الملف `کتاب.txt` والرابط https://example.com/کتاب هنا.\n\n```\nکیف\n```\n";
        assert!(findings(src, Format::Markdown, R).is_empty());
    }

    #[test]
    fn clean_arabic_is_quiet() {
        let src =
            "دمشق - سانا\nأكد وزير الخارجية أن سوريا ستواصل التنسيق مع إيران في مكافحة الإرهاب.\n";
        assert!(findings(src, Format::Plain, R).is_empty());
    }
}
