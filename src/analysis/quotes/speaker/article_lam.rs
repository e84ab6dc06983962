//! A given name whose article is written ل in Maghrebi copy (لحسن for الحسن, لحسين, لعربي) right
//! after the verb, with its family name: وقال لحسن فلان، رئيس جمعية …، إن.

use super::*;

/// The given names, as identity keys without the article, that Arabic writes with the article
/// (الحسن، الحسين، العربي، المهدي …: adjectives and participles used as names) and Maghrebi copy
/// writes with its article as ل (لحسن، لحسين، لعربي). A closed class of the language: a name
/// that never takes the article (محمد، أحمد) after ل is the addressee (وأكد لمحمد حسين أن).
const ARTICLE_NAMES: [&str; 12] = [
    "حسن",
    "حسين",
    "عربي",
    "مهدي",
    "هاشمي",
    "طاهر",
    "بشير",
    "صادق",
    "مختار",
    "حبيب",
    "عياشي",
    "هادي",
];

/// The speaker when word `k`, right after the reporting verb (`k == j`, the word after it), is
/// ل glued to a listed given name, followed (only a space between) by one bare word (a family
/// name: no article, و, preposition, function word, cue, adverb, time word or verb), and then by
/// a comma opening an apposed post (a title) or by the content (أن/إن, a colon), before `limit`:
/// the two words,
/// as a named person. Reason: in Maghrebi spelling the article of a given name is written ل
/// (لحسن = الحسن), and an addressee لـ would leave the verb with no subject while a family
/// name, an apposed post and the content follow as they follow a subject; a ل-word before a
/// definite word (لحسن الحظ) or before the content at once stays an adjunct. `None` otherwise.
pub(super) fn name_with_lam_article(
    cx: &Context,
    persons: &[Range<usize>],
    j: usize,
    k: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    if k != j || k + 2 > limit || k + 2 >= cx.doc.words.len() {
        return None;
    }
    let (w, f) = (&cx.doc.words[k], &cx.doc.words[k + 1]);
    let given = w.plain.starts_with('ل')
        && w.key
            .strip_prefix('ل')
            .is_some_and(|r| ARTICLE_NAMES.contains(&r) && cx.profile.given_names.contains(r));
    let family = gap(cx, k, k + 1).trim().is_empty()
        && f.kind() == crate::text::WordKind::Arabic
        && crate::analysis::names::at_least_chars(&f.plain, 3)
        && !f.plain.starts_with("ال")
        && !f.plain.starts_with('و')
        && !function(cx, k + 1)
        && !prepositional(cx, persons, k + 1)
        && !cx.lex.words[k + 1].is_cue()
        && !adverb(cx, k + 1)
        && !time_word(cx, k + 1)
        && !crate::analysis::names::conjugated_verb(cx, f.plain.as_str());
    if !given || !family {
        return None;
    }
    let g = gap(cx, k + 1, k + 2);
    let closes = if g.contains(['،', ',']) {
        cx.lex.words[k + 2].title > 0
    } else {
        g.contains(':') || (g.trim().is_empty() && complementizer(cx, k + 2))
    };
    if !closes {
        return None;
    }
    let range = w.start()..f.end();
    Some(Named {
        text: cx.doc.source.get(range.clone())?.to_string(),
        name: Some(range.clone()),
        range,
        anonymous: false,
        title_only: false,
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn a_given_name_with_the_article_written_lam_is_the_subject() {
        let s = "وقال لحسين أوبلعيد، رئيس تعاونية النحالين في القرية، إن الموسم \"كان جافاً\".";
        assert_eq!(speakers(s)[0].1.as_deref(), Some("لحسين أوبلعيد"), "{s}");
    }

    #[test]
    fn lam_before_a_name_that_takes_no_article_is_the_addressee() {
        // محمد never takes the article: لمحمد حسين is whom the minister spoke to.
        let s = "وأكد لمحمد حسين، وزير الخارجية، أن بلاده \"ملتزمة بالاتفاق\".";
        let got = speakers(s)[0].1.clone().unwrap_or_default();
        assert!(!got.contains("لمحمد"), "{got}");
    }

    #[test]
    fn lam_before_a_known_word_stays_an_adjunct() {
        // لحسن الحظ is "fortunately": the verb's subject is its pronoun, not a name.
        let s = "وقال لحسن الحظ إن الحريق \"لم يصل إلى البيوت\".";
        let got = speakers(s)[0].1.clone().unwrap_or_default();
        assert!(!got.contains("لحسن"), "{got}");
    }
}
