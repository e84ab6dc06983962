//! Compound names written joined and spaced: عبد الله/عبدالله، أبو بكر/أبوبكر، ابن كيران/بنكيران.
//!
//! An Arabic compound name is a head noun (عبد "servant of", أبو/أبي/أبا "father of", ابن/بن "son
//! of") in construct with a second name. Copy writes it with or without the space between the two,
//! and the two forms name one person or place: a story that uses both is inconsistent. Both words
//! belong to the mention, so the fix respells the whole compound.

use super::{Entity, MatchKind, Mention, NameKind, adjacent, stem_range};
use crate::analysis::Context;
use crate::text::WordKind;
use crate::text::token::Text;
use rustc_hash::FxHashMap as HashMap;

/// Heads of compound names as identity keys, with the key they share in the compound's key: ابن
/// loses its alef between two names (علي بن أبي طالب) and joined (بنكيران), so ابن and بن are one.
/// بو is the Maghrebi and Gulf spoken form of أبو that family names keep (بوشهاب، بو شهاب), written
/// joined or spaced as أبو is; it keeps its own key, since أبو and بو are two spellings a story
/// may keep apart. العبد is عبد with the article that a family name built on a compound given name
/// takes (العبدالله، العبد الكريم: the family of عبد الله), written joined or spaced as عبد is. ود
/// ("son of") heads Sudanese place and family names (ود مدني/ودمدني), written both ways too. آيت
/// (أيت، ايت: "of the tribe of") heads Amazigh family names (آيت يحيى، أيت الطالب), whose head
/// copy spells with several hamza seats: the compound is one name however its head is spelled.
const HEADS: [(&str, &str); 10] = [
    ("عبد", "عبد"),
    ("العبد", "العبد"),
    ("ابو", "ابو"),
    ("ابي", "ابي"),
    ("ابا", "ابا"),
    ("ابن", "بن"),
    ("بن", "بن"),
    ("بو", "بو"),
    ("ود", "ود"),
    ("ايت", "ايت"),
];

/// The compound key of a head and a second part (identity keys): canonical head, then the part.
fn key(head: &str, part: &str) -> String {
    let canon = HEADS
        .iter()
        .find(|(h, _)| *h == head)
        .map_or(head, |(_, c)| *c);
    [canon, part].concat()
}

/// The compound key [`add`] gives a name of two words (`words`: identity keys) whose first is a
/// head of [`HEADS`] (أبو سمرة → ابوسمره، عبد الرزاق → عبدالرزاق), or None for any other name.
/// Reason: the compound written spaced and joined is one name with one key, so a reader holding
/// the spaced words can find the entity that lists both spellings.
pub(crate) fn joined_key(words: &[String]) -> Option<String> {
    let [head, part] = words else {
        return None;
    };
    HEADS
        .iter()
        .any(|(h, _)| h == head)
        .then(|| key(head, part))
}

/// True when an Arabic word's identity `key` may have a reading that starts with a head of
/// [`HEADS`]: a written reading starts after at most two proclitic letters (two bytes each), so
/// at byte 0, 2 or 4, and every head starts with عبد، العبد، اب، ايت، بن، بو or ود. A necessary
/// condition, checked before the word's readings are made (most words have no head); آيت's key
/// ايت starts with ا, as the heads in اب do.
fn may_hold_head(key: &str) -> bool {
    let b = key.as_bytes();
    [0, 2, 4].iter().any(|&at| {
        b.get(at..).is_some_and(|s| {
            s.starts_with("عبد".as_bytes())
                || s.starts_with("العبد".as_bytes())
                || s.starts_with("اب".as_bytes())
                || s.starts_with("بن".as_bytes())
                || s.starts_with("بو".as_bytes())
                || s.starts_with("ود".as_bytes())
                || s.starts_with("ايت".as_bytes())
        })
    })
}

/// True when the spelling of `w` alone lets [`add`] find a compound's head in it: an Arabic word
/// ([`may_hold_head`]) with a reading that starts with ع، ا، ب or و, ends its key, and is a head
/// of [`HEADS`] or a head followed by a part long enough to be a name ([`long_enough`]). Every
/// compound [`add`] finds needs this of its first word, so the lexicon tags each word with it
/// once ([`crate::analysis::lexicon::WordTags::compound_head`]) and a keystroke reuses the tags
/// of the words it did not touch; the scan passes over a word without it.
pub(crate) fn head_spelling(w: &crate::text::Word) -> bool {
    w.kind() == WordKind::Arabic
        && may_hold_head(&w.key)
        && w.key_readings().iter().any(|(_, r)| {
            let r = r.as_str();
            r.starts_with(['ع', 'ا', 'ب', 'و'])
                && w.key.ends_with(r)
                && HEADS
                    .iter()
                    .any(|(h, _)| *h == r || r.strip_prefix(h).is_some_and(long_enough))
        })
}

/// A second part long enough to be a name (three letters or more): a shorter rest of a joined
/// word is an ending (عبده، أبوه), not a name.
fn long_enough(part: &str) -> bool {
    part.chars().count() >= 3
}

/// Finds compound names that the story writes in two ways (joined and spaced, or with two spellings
/// of one part, عبد الإله/عبد الاله) and adds one entity for each. A compound the story writes one
/// way only adds nothing. Mentions cover the head and the second part (both words when spaced),
/// proclitics excluded.
///
/// Long: finding a compound's head, its spaced and joined spellings and the mentions share the word
/// and head offsets in one loop.
pub(crate) fn add(cx: &Context, entities: &mut Vec<Entity>) {
    let words = &cx.doc.words;
    let n = words.len();
    let mut found: HashMap<String, Vec<(Mention, bool)>> = HashMap::default();
    for i in 0..n {
        let w = &words[i];
        // (Test builds check the tag against the word's spelling.)
        debug_assert_eq!(
            cx.lex.words.get(i).is_some_and(|t| t.compound_head()),
            head_spelling(w)
        );
        if !cx.lex.words.get(i).is_some_and(|t| t.compound_head()) {
            continue;
        }
        for (k, r) in &cx.doc.words[i].key_readings() {
            // Every head starts with ع، ا، ب or و (العبد with ا, ود with و): most words are out
            // at once.
            if !r.starts_with(['ع', 'ا', 'ب', 'و']) || !w.key.ends_with(r.as_str()) {
                continue;
            }
            // The word as written from the head on, built only for a compound found.
            let plain_rest = || super::plain_text_after(w.plain, *k);
            // Spaced: the head alone, then the second part (with no clitic of its own).
            if HEADS.iter().any(|(h, _)| *h == r.as_str())
                && i + 1 < n
                && adjacent(cx, i, i + 1)
                && words[i + 1].kind() == WordKind::Arabic
                && long_enough(&words[i + 1].key)
            {
                let start = stem_range(cx, i, *k).start;
                found.entry(key(r, &words[i + 1].key)).or_default().push((
                    Mention {
                        range: start..words[i + 1].end(),
                        spelling: Text::new(&format!("{} {}", plain_rest(), words[i + 1].plain)),
                        how: MatchKind::Identity,
                    },
                    true,
                ));
                break;
            }
            // Joined: the head and the second part in one word.
            if let Some((h, part)) = HEADS
                .iter()
                .filter_map(|(h, _)| r.strip_prefix(h).map(|p| (*h, p)))
                .find(|(_, p)| long_enough(p))
                && !cx.lex.words[i].function()
            {
                found.entry(key(h, part)).or_default().push((
                    Mention {
                        range: stem_range(cx, i, *k),
                        spelling: plain_rest(),
                        how: MatchKind::Identity,
                    },
                    false,
                ));
                break;
            }
        }
    }
    let mut keys: Vec<&String> = found.keys().collect();
    keys.sort_by_key(|k| found[*k].first().map_or(0, |(m, _)| m.range.start));
    for k in keys {
        let ms = &found[k];
        let spaced = ms.iter().any(|(_, s)| *s);
        let joined = ms.iter().any(|(_, s)| !*s);
        let spellings = {
            let mut v: Vec<&str> = ms.iter().map(|(m, _)| m.spelling.as_str()).collect();
            v.sort_unstable();
            v.dedup();
            v.len()
        };
        // One spelling only, or the only difference is inside the word of a joined-only name (that
        // is an ordinary spelling variant, left to the rest of the detection).
        if spellings < 2 || (!spaced && joined) {
            continue;
        }
        let mentions: Vec<Mention> = ms.iter().map(|(m, _)| m.clone()).collect();
        let first = cx.doc.word_index_containing(mentions[0].range.start);
        let kind = if cx.lex.words.get(first).is_some_and(|t| t.place > 0) {
            NameKind::Place
        } else {
            NameKind::Person
        };
        entities.push(Entity {
            kind,
            key: k.clone(),
            mentions,
            family: false,
            listed: false,
            given: Vec::new(),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::apply_edits;
    use crate::analysis::names::test_support::name_variant_findings as variants;

    #[test]
    fn joined_and_spaced_compound_is_one_name() {
        let src = "استقبل الوزير عبد الرحيم ناصر الوفد. وقال عبد الرحيم إن الزيارة ناجحة، وأكد عبدالرحيم أن التعاون مستمر.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        let at = src.find("عبدالرحيم").unwrap();
        assert_eq!(f[0].range, at..at + "عبدالرحيم".len());
        assert_eq!(f[0].fixes[0].edits[0].new_text, "عبد الرحيم");
        let fixed = apply_edits(src, &f[0].fixes[0].edits);
        assert!(variants(&fixed).is_empty());
    }

    #[test]
    fn spaced_mention_covers_both_words() {
        let src = "زار أبوسمرة المدينة أمس. وقال أبوسمرة إن الوضع هادئ، ثم غادر أبو سمرة مساء.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        let at = src.find("أبو سمرة").unwrap();
        assert_eq!(f[0].range, at..at + "أبو سمرة".len());
        assert_eq!(f[0].fixes[0].edits[0].new_text, "أبوسمرة");
    }

    #[test]
    fn ibn_and_bin_joined() {
        let src = "قال رئيس الحكومة عبد الإله ابن كيران إن الإصلاح مستمر. وأضاف بنكيران أن الحوار مفتوح. وختم ابن كيران كلمته.";
        let f = variants(src);
        assert!(
            f.iter().any(|f| &src[f.range.clone()] == "بنكيران"),
            "{f:?}"
        );
    }

    #[test]
    fn bu_joined_and_spaced_is_one_name() {
        // Written for this test: a Maghrebi family name in بو, joined then spaced.
        let src = "قالت المديرة سلمى بوعزة إن المشروع تأخر. وأكدت بو عزة أن العمل سيستأنف.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        let at = src.find("بو عزة").unwrap();
        assert_eq!(f[0].range, at..at + "بو عزة".len());
        assert_eq!(f[0].fixes[0].edits[0].new_text, "بوعزة");
        // Written one way only, and a word that merely starts with بو (بوابة): quiet, though
        // the head was read in both.
        let src = "قالت سلمى بوعزة إن بوابة المصنع أغلقت، وأكدت بوعزة أن العمل سيستأنف.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
        assert!(super::may_hold_head("بوعزه") && super::may_hold_head("بوابه"));
    }

    #[test]
    fn a_family_name_in_al_abd_joined_and_spaced_is_one_name() {
        // Written for this test: the family name العبدالرحيم, joined after the given name, then
        // spaced once.
        let src = "قال اللاعب ماهر العبدالرحيم إن الفوز مستحق. وأكد العبدالرحيم أن الفريق جاهز، ويرى متابعون أن العبد الرحيم سيبقى.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        let at = src.find("العبد الرحيم").unwrap();
        assert_eq!(f[0].range, at..at + "العبد الرحيم".len());
        assert_eq!(f[0].fixes[0].edits[0].new_text, "العبدالرحيم");
    }

    #[test]
    fn a_place_in_wad_joined_and_spaced_is_one_name() {
        // Written for this test: a town in ود written spaced, then joined.
        let src = "وصلت القافلة إلى ود الحمراء أمس. وفي ودالحمراء، قال المسؤول إن الوضع هادئ.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&src[f[0].range.clone()], "ودالحمراء");
        // A word that merely starts with ود (وداع، ودمشق) pairs with nothing.
        let src = "ودع الوفد ود الحمراء، ثم زار ودمشق وداعا.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    #[test]
    fn one_way_only_is_quiet() {
        let src =
            "قال عبد الله إن الوفد وصل. وأكد عبد الله أن أبو بكر سيحضر، وقال أبو بكر إن ذلك صحيح.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }
}
