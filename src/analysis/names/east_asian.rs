//! East Asian full names, family name first: وانغ لي مينغ، هوانغ جيان مين، كيم جونغ أون.
//!
//! Chinese, Korean and Vietnamese names put the family name first and the given name after it, in
//! one or two syllables that Arabic copy writes as separate short words. The story's short
//! reference is then the first word (وأضاف وانغ), not the last, and a short syllable inside the
//! run (لي، هاي) is a syllable of the name, not a preposition with a pronoun or a clitic on a
//! stem. This module finds such runs where the names layer already read a person, so that the
//! family name (the first word) keys the person and the syllables after it are the given name.

use super::{NameKind, Seed, adjacent};
use crate::analysis::Context;
use crate::analysis::lexicon::shape;
use crate::text::WordKind;

/// Common family names of China, Korea and Vietnam as Arabic copy writes them, as identity keys
/// (ا for أ/إ/آ). The names are the most frequent by official counts (China's Ministry of Public
/// Security household-register ranking of 2020, Statistics Korea's 2015 census, and the commonest
/// Vietnamese family names), spelled as Xinhua's, CCTV's, KBS's and Arab wire services' Arabic
/// copy transliterates them (ng as نغ or نج, zh/ch as تش or ج); written for isnad. Names of one
/// or two letters that are everyday Arabic words (ما، هو، لو، وو، مو) are left out; لي (Li, Lee,
/// Lê) and شي (Xi) are kept, since a run is only read where a person was already found.
const FAMILY_NAMES: [&str; 64] = [
    "وانغ",
    "وانج",
    "لي",
    "تشانغ",
    "تشانج",
    "جانغ",
    "ليو",
    "تشن",
    "تشين",
    "يانغ",
    "يانج",
    "هوانغ",
    "هوانج",
    "تشاو",
    "جاو",
    "تشو",
    "جو",
    "شو",
    "سون",
    "قوه",
    "غوه",
    "لين",
    "شي",
    "قاو",
    "غاو",
    "لوه",
    "تشنغ",
    "ليانغ",
    "شيه",
    "سونغ",
    "تانغ",
    "هان",
    "فنغ",
    "دنغ",
    "بنغ",
    "تساو",
    "شياو",
    "تيان",
    "دونغ",
    "يوان",
    "تساي",
    "جيانغ",
    "ياو",
    "شن",
    "تشونغ",
    "منغ",
    "وين",
    "كيم",
    "بارك",
    "باك",
    "تشوي",
    "جونغ",
    "كانغ",
    "يون",
    "مون",
    "شين",
    "هونغ",
    "نغوين",
    "نجوين",
    "تران",
    "فام",
    "هوينه",
    "بوي",
    "نغو",
];

/// True when `key` (an identity key) is one of [`FAMILY_NAMES`]. Asked of every word of a story,
/// so a key longer than the longest name (five letters) is refused at once and the others are
/// looked up in a set built once ([`super::KeySet`]: a key filter, then a hash only for the keys
/// it lets through), not compared with 64 strings.
fn listed(key: &str) -> bool {
    static SET: std::sync::LazyLock<super::KeySet> =
        std::sync::LazyLock::new(|| super::KeySet::new(&FAMILY_NAMES));
    static LONGEST: std::sync::LazyLock<usize> =
        std::sync::LazyLock::new(|| FAMILY_NAMES.iter().map(|n| n.len()).max().unwrap_or(0));
    key.len() <= *LONGEST && SET.contains(key)
}

/// True when the identity key `key` is a listed East Asian family name, written alone or after a
/// conjunction و (ووانغ، وكيم) that is no letter of a listed name.
pub(crate) fn family_name(key: &str) -> bool {
    listed(key)
        || key
            .strip_prefix('و')
            .is_some_and(|rest| rest.chars().count() >= 2 && listed(rest))
}

/// True when `keys` (a name's words as identity keys, in order) is an East Asian full name written
/// family name first: two or three words, the first a listed family name ([`family_name`]), the
/// others shaped like syllables (two to four letters, or up to six ending in نغ/نج, without the
/// article), and not a family name that is also an Arabic word before a word the lexicon knows
/// (ولي عهد، لي صديق: [`reads_as_arabic`] with any word after it, as the spellings alone cannot
/// tell which word makes the phrase). Reason: the family name, not the last word, is then the name's short form.
/// Reads the spelling and the embedded lexicon (the report's speakers table has no word tags).
pub(crate) fn family_first(keys: &[String]) -> bool {
    let lexicon = crate::profile::words::lexicon();
    let Some(first) = keys.first() else {
        return false;
    };
    let first_is_word = lexicon.is_word(first);
    (2..=3).contains(&keys.len())
        && listed(first)
        && keys.iter().skip(1).all(|k| syllable_shape(k))
        && !keys
            .iter()
            .skip(1)
            .any(|k| reads_as_arabic(first_is_word, k, lexicon.is_word(k)))
}

/// True when `s` (a word as written or its identity key) has the shape of one syllable of an East
/// Asian given name: two to four letters, or five or six ending in نغ/نج (the -ng of Chinese and
/// Korean syllables: تشيانغ), without the article.
fn syllable_shape(s: &str) -> bool {
    let letters = s.chars().count();
    let ng = s.ends_with("نغ") || s.ends_with("نج");
    ((2..=4).contains(&letters) || (ng && letters <= 6)) && !s.starts_with("ال")
}

/// True when a family name that is also an Arabic word (`first_is_word`: لي "for me", ولي
/// "guardian") and a word after it (`second`, an identity key; `second_is_word`: the lexicon
/// knows it) read as an Arabic phrase (ولي عهد، لي صديق): the second is a known word and no listed
/// family name. The one test of [`family_first`] (spellings alone, any later word) and
/// [`arabic_phrase`] (a story's words, the word right after the family name only).
fn reads_as_arabic(first_is_word: bool, second: &str, second_is_word: bool) -> bool {
    first_is_word && second_is_word && !listed(second)
}

/// True when word `k` may be one syllable of an East Asian given name after the family name:
/// an Arabic word of two to four letters, or of five or six ending in نغ/نج (the -ng of Chinese
/// and Korean syllables: تشيانغ), without the article or ة, that is no reporting cue, title,
/// place, agency or unnamed source, and no function word unless it is itself a listed name (لي).
/// Reason: a Chinese, Korean or Vietnamese given name is one or two syllables, each written as a
/// short word; a longer word or a word of Arabic grammar ends the name.
fn syllable(cx: &Context, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    w.kind() == WordKind::Arabic
        && syllable_shape(&w.plain)
        && !w.plain.ends_with('ة')
        && !t.is_cue()
        && t.title == 0
        && t.place == 0
        && t.anonymous == 0
        && t.agency().is_none()
        && (!t.function() || listed(&w.key))
}

/// The last word of the East Asian full name whose family name is word `r`: `r` is a listed
/// family name ([`family_name`]) followed, one space apart, by one or two syllables
/// ([`syllable`]), and the word after them, if written next to them, is no further syllable
/// shaped like a name the lexicon does not know (a longer run is no East Asian name). None when
/// word `r` opens no such run. Word indices. Asked of every word: the family-name test is the
/// bit its spelling's tags keep ([`shape::EAST_ASIAN`], [`family_name`] of the key).
pub(crate) fn run_end(cx: &Context, r: usize) -> Option<usize> {
    let words = &cx.doc.words;
    let w = words.get(r)?;
    let listed = cx.lex.words.get(r)?.has_shape(shape::EAST_ASIAN);
    if w.kind() != WordKind::Arabic || !listed {
        return None;
    }
    let mut end = r;
    let next = |k: usize| k + 1 < words.len() && adjacent(cx, k, k + 1);
    while end < r + 2 && next(end) && syllable(cx, end + 1) {
        end += 1;
    }
    let longer = next(end)
        && syllable(cx, end + 1)
        && !cx.lex.words[end + 1].function()
        && super::ordinary_word_in(cx, &words[end + 1].plain) == super::Lexical::Unknown;
    (end > r && !longer && (!arabic_phrase(cx, r, end) || after_nationality(cx, r, end)))
        .then_some(end)
}

/// True when the run of words `r..=end` stands right after a nationality nisba
/// ([`super::nationality_before`]: الكوري الجنوبي) and every syllable after the family name has
/// two or three letters (بارك جي هون). Reason: the words in apposition after "the Korean ..."
/// name that person, and a listed family name followed by such short syllables is the
/// person's name there, though the lexicon reads each as a word (بارك "blessed", هون "ease").
fn after_nationality(cx: &Context, r: usize, end: usize) -> bool {
    super::nationality_before(cx, r)
        && (r + 1..=end).all(|k| {
            cx.doc
                .words
                .get(k)
                .is_some_and(|w| (2..=3).contains(&w.plain.chars().count()))
        })
}

/// Moves each person seed of `out` that lies in an East Asian full name ([`run_end`]) onto the
/// family name, its first word, and drops the seeds on its syllables. Reason: the family name
/// comes first in these names and is the name a story repeats alone (وأضاف وانغ), so it keys the
/// person; a seed on a syllable (مينغ) would list the given name as a person of its own. Linear in
/// the words; a story with no listed family name (most) allocates nothing and calls nothing per
/// word: [`run_end`]'s first test, the spelling's [`shape::EAST_ASIAN`] bit, is read here.
pub(super) fn reseat(cx: &Context, out: &mut Vec<Seed>) {
    let n = cx.doc.words.len();
    // Per word: the family name of the run it lies in (made at the first run found).
    let mut family_of: Vec<Option<usize>> = Vec::new();
    let mut moved: Vec<usize> = Vec::new();
    // A run starts after the end of the one before (لي in وانغ لي مينغ opens none).
    let mut r = 0;
    while r < n {
        let listed = cx
            .lex
            .words
            .get(r)
            .is_some_and(|t| t.has_shape(shape::EAST_ASIAN));
        let Some(end) = listed.then(|| run_end(cx, r)).flatten() else {
            r += 1;
            continue;
        };
        if family_of.is_empty() {
            family_of = vec![None; n];
        }
        for slot in family_of.iter_mut().take(end + 1).skip(r) {
            *slot = Some(r);
        }
        if in_name_slot(cx, r, end) {
            moved.push(r);
        }
        r = end + 1;
    }
    // No run found (a run sets its family name's own slot).
    if family_of.is_empty() {
        return;
    }
    out.retain(|s| {
        let family = (s.kind == NameKind::Person)
            .then(|| family_of.get(s.word).copied().flatten())
            .flatten();
        match family {
            Some(r) if r != s.word => {
                moved.push(r);
                false
            }
            _ => true,
        }
    });
    for r in moved {
        if !out
            .iter()
            .any(|s| s.word == r && s.kind == NameKind::Person)
        {
            out.push(Seed {
                word: r,
                kind: NameKind::Person,
                family: true,
            });
        }
    }
}

/// How many words before an East Asian name [`in_name_slot`] looks for the title of its clause.
const TITLE_REACH: usize = 12;

/// True when the East Asian full name at words `r..=end` stands where a person is named: right
/// after a reporting verb (وقال وانغ لي مينغ), right after a nationality nisba
/// ([`super::nationality_before`]) or with a title among the
/// twelve words before it in its clause (no full stop, colon, quotation mark or line break
/// between: المتحدث باسم الوزارة، وانغ لي مينغ،), and, always after a nationality with syllables
/// of two or three letters ([`after_nationality`]: المايسترو الكوري الجنوبي بارك جي هون), or else when the family name is also a word of Arabic grammar (لي "for me"), with a
/// syllable the lexicon does not know. Reason: a listed family name followed by short syllables
/// in a person's slot is that person's name, though no list holds the given name.
fn in_name_slot(cx: &Context, r: usize, end: usize) -> bool {
    let (words, tags) = (&cx.doc.words, &cx.lex.words);
    let text = cx.doc.prose();
    let clause_gap = |a: usize, b: usize| {
        !text
            .get(words[a].end()..words[b].start())
            .unwrap_or(".")
            .contains(['.', ':', ';', '؛', '«', '»', '"', '“', '”', '\n', '!', '؟'])
    };
    if r == 0 {
        return false;
    }
    let after_verb = adjacent(cx, r - 1, r) && tags[r - 1].is_cue() && tags[r - 1].verb();
    let titled = (r.saturating_sub(TITLE_REACH)..r)
        .rev()
        .take_while(|&t| clause_gap(t, t + 1))
        .any(|t| tags[t].title > 0);
    let unknown =
        |k: usize| super::ordinary_word_in(cx, &words[k].plain) == super::Lexical::Unknown;
    ((after_verb || titled || super::nationality_before(cx, r)) && (r + 1..=end).any(unknown))
        || after_nationality(cx, r, end)
}

/// True when the family name at word `r` is also an Arabic word (لي "for me", ولي "guardian",
/// كان) and the word right after it (`r + 1`, `end` being the run's last word) is a word the
/// lexicon knows that is no listed family name (ولي أمر، ولي عهد، قال لي صديق). Reason: there
/// the two words read as an Arabic phrase, and nothing but the spelling of the first speaks for a
/// name; a later syllable the lexicon happens to read (أون in كيم جونغ أون, after a syllable that
/// is itself a family name) makes no phrase with the first word.
fn arabic_phrase(cx: &Context, r: usize, end: usize) -> bool {
    let words = &cx.doc.words;
    let known = |k: usize| super::ordinary_word_in(cx, &words[k].plain) != super::Lexical::Unknown;
    let k = r + 1;
    k <= end
        && reads_as_arabic(
            cx.lex.words[r].function() || known(r),
            words[k].key.as_str(),
            known(k),
        )
}

/// The given name written after the family name at word `r` of an East Asian full name (its
/// syllables joined by one space, as written), or None when word `r` opens no such name.
pub(super) fn given_after(cx: &Context, r: usize) -> Option<String> {
    let end = run_end(cx, r)?;
    let parts: Vec<&str> = (r + 1..=end)
        .filter_map(|k| cx.doc.words.get(k).map(|w| w.plain.as_str()))
        .collect();
    Some(parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_family_name_is_found_alone_and_after_wa() {
        for name in FAMILY_NAMES {
            assert!(family_name(name), "{name}");
            assert!(family_name(&format!("و{name}")), "و{name}");
        }
        // Ordinary words and a bare و are no family names.
        for word in ["وزير", "قال", "و", "ولي عهد", ""] {
            assert!(!family_name(word), "{word}");
        }
        assert!(family_name("لي") && family_name("ولي"));
    }
}
