//! The second word of a two-word name that the dictionary also reads as an ordinary word, in the
//! two places where nothing else can stand between the first name and what follows: after a
//! definite first name read right after a title, before the clause's content, when the word also
//! reads as ب + a word (العميد الطاهر بشير إن), and after a foreign first name, before the post in apposition (يوهانس كلاين كبير خبراء
//! السلع); and a body's name quoted after its head noun with any pair of marks (منظمة "أطباء بلا
//! حدود") (issue 12, speakers).

use super::*;

/// True when word `m` (index into `cx.doc.words`), which the caller found readable as ب or ك +
/// a word, is rather a whole word standing as the family name after the definite first name at
/// word `m - 1`: the caller read that first name right after a title (`after_title`, العميد
/// الطاهر) and the clause's content, a circumstance of speech or an addressee starts right after
/// word `m` (`content_next`). The word must be a noun or adjective the dictionary knows whole
/// (it takes the article: بشير → البشير, while بصراحة، بوضوح do not), with no conjunction, not
/// ending in ة or a pronoun form (name_shaped), and no place, body, unnamed source or addressee.
/// Reason: a definite noun governs no genitive and the clause's content follows at once, so a
/// word that is a whole noun here continues the name (العميد الطاهر بشير إن), while a manner
/// phrase with ب (بصراحة) is no such noun.
pub(super) fn family_after_definite_first(
    cx: &Context,
    persons: &[Range<usize>],
    m: usize,
    after_title: bool,
    content_next: bool,
) -> bool {
    use crate::analysis::names::{Lexical, ordinary_word_in};
    let n = cx.doc.words.len().min(cx.lex.words.len());
    if !(after_title && content_next && m >= 1 && m < n) {
        return false;
    }
    let t = &cx.lex.words[m];
    let plain = cx.doc.words[m].plain.as_str();
    plain.starts_with(['ب', 'ك'])
        && plain.chars().count() >= 4
        && !plain.ends_with('ة')
        && bare_key(cx, m - 1).starts_with("ال")
        && !bare_key(cx, m - 1).ends_with('ي')
        && cx.lex.words[m - 1].title == 0
        && gap(cx, m - 1, m).trim().is_empty()
        && name_shaped(cx, persons, m)
        && !lam_of_addressee(cx, m)
        && t.place == 0
        && t.agency().is_none()
        && !t.org_noun()
        && t.anonymous == 0
        && !unnamed_head(cx, m)
        && ordinary_word_in(cx, &format!("ال{plain}")) != Lexical::Unknown
}

/// True when the words from `e` (index into `cx.doc.words`, before `limit`) open a post in
/// apposition right after a name, with only a space before: a title (كبير المحللين is read
/// through its definite genitive), a definite word that is no function word or cue (المحلل
/// لدى), or one or two indefinite words that reach a definite word (كبير خبراء السلع), all with
/// no punctuation between (none of them written with ل, which would open an addressee). `stance` is true when the verb before the phrase is a verb of stance,
/// which takes an object after its subject (وصف فلان قرار البنك): then only a title counts.
/// Reason: a transliterated first name is followed by its family name, and after the two comes
/// the post that describes the person; the word between the first name and that post is the
/// family name, whatever the dictionary reads it as.
pub(super) fn post_in_apposition_at(cx: &Context, e: usize, limit: usize, stance: bool) -> bool {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    if e == 0 || e >= limit || !gap(cx, e - 1, e).trim().is_empty() {
        return false;
    }
    let noun = |j: usize| {
        cx.doc.words[j].kind() == crate::text::WordKind::Arabic
            && !function(cx, j)
            && !cx.lex.words[j].is_cue()
            && !complementizer(cx, j)
            && !adverb(cx, j)
            && !cx.doc.words[j].plain.starts_with('و')
    };
    if cx.lex.words[e].title > 0 && noun(e) {
        return true;
    }
    if stance {
        return false;
    }
    let definite = |j: usize| bare_key(cx, j).starts_with("ال") && noun(j);
    if definite(e) {
        return true;
    }
    // One or two indefinite nouns in construct, up to their definite genitive.
    (e + 1..(e + 3).min(limit)).any(|d| {
        definite(d)
            && (e..d).all(|j| {
                noun(j)
                    && !bare_key(cx, j).starts_with("ال")
                    && !cx.doc.words[j].plain.starts_with('ل')
                    && !cx.doc.words[j].plain.ends_with('ا')
                    && gap(cx, j, j + 1).trim().is_empty()
            })
    })
}

/// The closing mark that matches the opening quotation mark the gap `g` between two words ends
/// with (» for «, ” for “, " for "), or `None` when `g` (trimmed) is no lone opening mark.
/// Reason: a body's name is quoted with any of the three pairs (منظمة «أطباء بلا حدود»، منظمة
/// "أطباء بلا حدود"), so the phrase reader takes the words up to the matching mark, whichever.
pub(super) fn opening_mark(g: &str) -> Option<char> {
    match g.trim() {
        "«" => Some('»'),
        "“" => Some('”'),
        "\"" => Some('"'),
        _ => None,
    }
}

/// True when the gap `g` before word `m` is a lone closing mark (», ” or ") of a quoted name
/// opened inside the phrase that starts at word `k` (an opening mark of the same pair in a gap
/// between words `k` and `m`): the mark closes the name and does not end the phrase.
pub(super) fn closes_quoted_name(cx: &Context, g: &str, k: usize, m: usize) -> bool {
    let open = match g.trim() {
        "»" => '«',
        "”" => '“',
        "\"" => '"',
        _ => return false,
    };
    if m <= k {
        return false;
    }
    if open == '"' {
        // The straight mark opens and closes alike: it closes when an odd number of them
        // stand between the phrase's start and this one.
        return (k + 1..m)
            .map(|c| gap(cx, c - 1, c).matches('"').count())
            .sum::<usize>()
            % 2
            == 1;
    }
    (k + 1..m).any(|c| gap(cx, c - 1, c).contains(open))
}

/// The closing mark that the text `t` of a phrase still lacks: » when it has more « than », ”
/// when more “ than ”, " when an odd number of "; `None` when every quoted name in it is closed.
pub(super) fn unclosed_mark(t: &str) -> Option<char> {
    if t.matches('«').count() > t.matches('»').count() {
        Some('»')
    } else if t.matches('“').count() > t.matches('”').count() {
        Some('”')
    } else if t.matches('"').count() % 2 == 1 {
        Some('"')
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{one, speakers};

    #[test]
    fn an_ordinary_word_after_a_definite_first_name_and_before_the_content_is_the_family_name() {
        // Written for this test: بشير and بليغ also read as ب + a word; بصراحة is a manner.
        assert_eq!(
            one("وقال المتحدث باسم الشرطة العقيد الصادق بشير في بيان إن \"الطريق مفتوح\"."),
            Some("المتحدث باسم الشرطة العقيد الصادق بشير".into())
        );
        assert_eq!(
            one("وقال العميد المختار بليغ إن \"الوضع هادئ\"."),
            Some("العميد المختار بليغ".into())
        );
        assert_eq!(
            one("وقال العميد المختار بصراحة إن \"الوضع هادئ\"."),
            Some("العميد المختار".into())
        );
    }

    #[test]
    fn a_body_name_in_straight_or_curly_quotes_after_its_head_noun_is_read_with_it() {
        // Written for this test; the speech is the last quotation of each sentence.
        let last = |src: &str| speakers(src).last().and_then(|s| s.1.clone());
        assert_eq!(
            last("وقالت جمعية \"أصدقاء الوادي\" في بيان إن المشروع \"يهدد النهر\"."),
            Some("جمعية \"أصدقاء الوادي\"".into())
        );
        assert_eq!(
            last("وكانت منظمة “أطباء الريف” قد حذرت من أن العيادات “تعمل بلا أدوية”."),
            Some("منظمة “أطباء الريف”".into())
        );
    }

    #[test]
    fn a_word_between_a_foreign_first_name_and_a_post_is_the_family_name() {
        assert_eq!(
            one("وقال توبياس كلاين كبير محللي الأسواق لدى المصرف \"الطلب ضعيف\"."),
            Some("توبياس كلاين".into())
        );
        assert_eq!(
            one("وقال توبياس كلاين المحلل لدى المصرف \"الطلب ضعيف\"."),
            Some("توبياس كلاين".into())
        );
    }
}
