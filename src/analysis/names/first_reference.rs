//! `first-reference`: a person called by family name or title alone before the story names them in
//! full.
#![doc = include_str!("first_reference.md")]

use super::{Mention, NameKind, adjacent, is_nisba};
use crate::analysis::quotes::inside_quote;
use crate::analysis::{
    Context, Edit, Finding, Fix, Message, Related, RuleId, RuleMeta, Severity, finding,
};
use crate::text::chars;
use std::ops::Range;

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::FirstReference,
    default_severity: Severity::Information,
    summary_en: "A person named by family name or title before the full name",
    summary_ar: "شخص مذكور باسم العائلة أو اللقب قبل اسمه الكامل",
    doc: include_str!("first_reference.md"),
};

/// What precedes a family-name mention.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Lead {
    /// Given names (علي، عبد الله، محمد بن): the byte range of the given-name chain as written,
    /// proclitics excluded (half-open), ending where the family name starts.
    Full(Range<usize>),
    /// A title or a reporting verb right before: the family name stands alone.
    Alone,
    /// Anything else (a word that may be a given name isnad does not know, as in أنغيلا ميركل; a
    /// common word that happens to match the name): not a short reference.
    Other,
}

/// The given name (if any) ending right before word `k`: the index of its first word.
fn given_ending_at(cx: &Context, k: usize) -> Option<usize> {
    let tags = &cx.lex.words;
    (k.saturating_sub(3)..k).find(|&s| {
        tags[s].given > 0
            && s + usize::from(tags[s].given) == k
            && (s + 1..k).all(|x| adjacent(cx, x - 1, x))
    })
}

/// True when word `j` lies inside a title phrase (رئيس مكتب الأمن الوطني).
fn in_title(cx: &Context, j: usize) -> bool {
    let tags = &cx.lex.words;
    (j.saturating_sub(5)..=j).any(|s| tags[s].title > 0 && s + usize::from(tags[s].title) > j)
}

/// The start of word `s` without a conjunction و that is not part of the given name (وعلي → علي).
fn given_start(cx: &Context, s: usize) -> usize {
    let w = &cx.doc.words[s];
    let whole_is_given = cx.profile.given_names.contains(&w.key)
        || cx
            .profile
            .given_name_phrases
            .longest_match(&w.key, |k| {
                cx.doc.words.get(s + 1 + k).map(|x| x.key.as_str())
            })
            .is_some();
    if w.key.starts_with('و') && !whole_is_given {
        w.byte_of_plain_letter(cx.doc.source, 1)
    } else {
        w.range.start
    }
}

/// What precedes the mention `m` of a family name.
fn lead(cx: &Context, m: &Mention) -> Lead {
    let words = &cx.doc.words;
    let i = cx.doc.word_index_containing(m.range.start);
    if i >= words.len() || words[i].range.start != m.range.start {
        // A proclitic on the family name itself (ومملوك، بشكل): no given name before it, and too
        // often a common word (بشكل is not the family name شكل).
        return Lead::Other;
    }
    let mut k = i;
    let mut chain_start = None;
    for _ in 0..6 {
        if k == 0 || !adjacent(cx, k - 1, k) {
            break;
        }
        if let Some(s) = given_ending_at(cx, k) {
            k = s;
            chain_start = Some(given_start(cx, s));
            continue;
        }
        let p = words[k - 1].plain.as_str();
        if matches!(p, "بن" | "ابن" | "بنت" | "آل") && chain_start.is_some() {
            k -= 1;
            continue;
        }
        if k >= 2
            && matches!(words[k - 2].plain.as_str(), "عبد" | "أبو" | "ابو")
            && adjacent(cx, k - 2, k - 1)
        {
            k -= 2;
            chain_start = Some(words[k].range.start);
            continue;
        }
        break;
    }
    if let Some(s) = chain_start {
        return Lead::Full(s..m.range.start);
    }
    if i == 0 || !adjacent(cx, i - 1, i) {
        return Lead::Other;
    }
    // A given name right after (المطرب العراقي كاظم الساهر، جبران خليل جبران): this word is not
    // the family name standing alone.
    if i + 1 < words.len() && adjacent(cx, i, i + 1) && cx.lex.words[i + 1].given > 0 {
        return Lead::Other;
    }
    // The short references of news copy: a title (اللواء مملوك، الرئيس السوري الأسد) or a
    // reporting verb (وقال مملوك) right before the family name.
    let mut j = i - 1;
    for _ in 0..2 {
        if j > 0 && is_nisba(&words[j].plain) && adjacent(cx, j - 1, j) {
            j -= 1;
        }
    }
    let t = &cx.lex.words[j];
    if in_title(cx, j) || (j == i - 1 && t.verb) {
        Lead::Alone
    } else {
        Lead::Other
    }
}

/// The given names written right before the mention `m` of a family name (علي in علي مملوك,
/// عبد الله in عبد الله البرقاوي), proclitics excluded, single-spaced; `None` when there are none.
pub(super) fn given_names(cx: &Context, m: &Mention) -> Option<String> {
    match lead(cx, m) {
        Lead::Full(r) => Some(
            cx.doc
                .source
                .get(r)
                .unwrap_or("")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
        ),
        _ => None,
    }
}

/// True when byte `at` lies in a heading: a Markdown heading line, or a short first line without a
/// full stop (a headline) when the story goes on below it. `at` is a byte offset into the source.
pub(super) fn in_heading(cx: &Context, at: usize) -> bool {
    let Some(pi) = cx.doc.paragraph_of(at) else {
        return false;
    };
    let para = cx.doc.paragraphs[pi].clone();
    let text = cx.doc.source.get(para.clone()).unwrap_or("").trim();
    if text.starts_with('#') {
        return true;
    }
    pi == 0
        && cx.doc.paragraphs.len() > 1
        && cx.doc.words_in(para).len() <= 15
        && !text.ends_with(|c: char| chars::is_sentence_end(c) && c != '\n')
}

/// Flags the first mention of each person when it is by family name or title alone and a later
/// mention gives the full name. The finding covers the family name as written (proclitics
/// excluded); the fix inserts the given names of the first full mention before it.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let (entities, quotes) = (cx.names(), &cx.quotes().quotes[..]);
    let src = cx.doc.source;
    for e in entities
        .iter()
        .filter(|e| e.kind == NameKind::Person && e.family)
    {
        let mut body = e.mentions.iter().filter(|m| {
            !in_heading(cx, m.range.start) && !inside_quote(quotes, m.range.start, m.range.end)
        });
        // Only a first mention by family name or title alone matters: look no further otherwise.
        let Some(first) = body.next() else { continue };
        if lead(cx, first) != Lead::Alone {
            continue;
        }
        let mentions: Vec<(&Mention, Lead)> = std::iter::once((first, Lead::Alone))
            .chain(body.map(|m| (m, lead(cx, m))))
            .collect();
        let (first, _) = &mentions[0];
        // Full mentions: (mention, start of its given names, the given names as written).
        let fulls: Vec<(&Mention, usize, String)> = mentions
            .iter()
            .filter_map(|(m, l)| match l {
                Lead::Full(r) => Some((
                    *m,
                    r.start,
                    src.get(r.clone())
                        .unwrap_or("")
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                )),
                _ => None,
            })
            .collect();
        let Some((full, full_start, given)) = fulls.first() else {
            continue;
        };
        // Two people with this family name (حافظ الأسد، بشار الأسد): which one is meant is unclear.
        let key = |s: &str| crate::text::normalize::identity(s);
        if fulls.iter().any(|(_, _, g)| key(g) != key(given)) {
            continue;
        }
        let mut f = finding(
            &RULE,
            first.range.clone(),
            Message::new(
                format!(
                    "“{}” is named in full (“{given} {}”) only later: give the full name at first reference",
                    first.spelling, full.spelling
                ),
                format!(
                    "«{}» لا يُذكر باسمه الكامل («{given} {}») إلا لاحقاً: اذكر الاسم الكامل عند أول ورود",
                    first.spelling, full.spelling
                ),
            ),
        );
        f.related.push(Related {
            range: *full_start..full.range.end,
            message: Message::new("named in full here", "الاسم الكامل هنا"),
            path: None,
        });
        f.fixes.push(Fix {
            title: Message::new(
                format!("Write “{given} {}”", first.spelling),
                format!("اكتب «{given} {}»", first.spelling),
            ),
            edits: vec![Edit {
                range: first.range.start..first.range.start,
                new_text: format!("{given} "),
            }],
            applicability: crate::analysis::finding::Applicability::Unsafe,
        });
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Finding, analyze_text, apply_edits};
    use crate::profile::Profile;
    use crate::text::Format;

    fn flagged(src: &str) -> Vec<Finding> {
        analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "first-reference")
            .collect()
    }

    #[test]
    fn title_alone_before_full_name_is_flagged_and_fixed() {
        let src = "وأجرى اللواء مملوك مباحثات في طهران أمس.\nوأكد رئيس مكتب الأمن الوطني اللواء علي مملوك أن التعاون مستمر.\n";
        let f = flagged(src);
        assert_eq!(f.len(), 1, "{f:?}");
        let at = src.find("مملوك").unwrap();
        assert_eq!(f[0].range, at..at + "مملوك".len());
        assert_eq!(f[0].severity, crate::analysis::Severity::Information);
        let fixed = apply_edits(src, &f[0].fixes[0].edits);
        assert!(
            fixed.starts_with("وأجرى اللواء علي مملوك مباحثات"),
            "{fixed}"
        );
        assert!(flagged(&fixed).is_empty());
        let rel = &f[0].related[0];
        assert_eq!(&src[rel.range.clone()], "علي مملوك");
    }

    #[test]
    fn verb_subject_before_full_name_is_flagged() {
        let src = "وقال شمخاني إن العلاقات جيدة بين البلدين.\nوكان أمين المجلس علي شمخاني قد وصل إلى دمشق.\n";
        let f = flagged(src);
        assert_eq!(f.len(), 1, "{f:?}");
        let fixed = apply_edits(src, &f[0].fixes[0].edits);
        assert!(fixed.starts_with("وقال علي شمخاني إن"), "{fixed}");
    }

    #[test]
    fn compound_given_name_is_inserted_whole() {
        let src = "وأعلن الوزير البرقاوي أن المشروع انتهى.\nوكان الوزير عبد الله البرقاوي قد زار الموقع أمس.\n";
        let f = flagged(src);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].fixes[0].edits[0].new_text, "عبد الله ");
    }

    #[test]
    fn quiet_when_the_first_mention_is_full() {
        for src in [
            "أكد اللواء علي مملوك أن التعاون مستمر.\nوأجرى اللواء مملوك مباحثات في طهران.\nوقال مملوك إن الوضع مستقر.\n",
            "قال الرئيس السوري بشار الأسد إن الحرب انتهت. وأضاف الأسد أن الإعمار بدأ.",
            "وقال وعلي مملوك يتحدث إن الوضع مستقر. ورد مملوك على الأسئلة.",
        ] {
            assert!(flagged(src).is_empty(), "{src}: {:?}", flagged(src));
        }
    }

    #[test]
    fn quiet_without_a_full_mention_or_with_two_people() {
        for src in [
            // Never named in full: nothing to insert.
            "وأجرى اللواء مملوك مباحثات في طهران. وقال مملوك إن الوضع مستقر.",
            // Two people of one family: which one the first mention means is unclear.
            "وقال الرئيس الأسد إن الحرب انتهت. وكان حافظ الأسد قد حكم طويلاً، ثم خلفه بشار الأسد.",
            // A headline names him briefly; the lede gives the full name.
            "مملوك: التعاون مع إيران مستمر\nأكد اللواء علي مملوك أن التعاون مستمر. وقال مملوك إن الوضع مستقر.",
            // A nisba adjective before a name, a common word with a proclitic.
            "وغنى المطرب العراقي كاظم الساهر قصيدة للشاعر كريم العراقي أمس. وقال الشاعر كريم العراقي إنه سعيد.",
            "وتحاول الحكومة بشكل يائس إقناع الناخبين. وقال النائب حسين شكل إن الخطة فاشلة.",
            // Inside a quotation the speaker's words are his own.
            "وقال الوزير: «لقد التقيت اللواء مملوك أمس في دمشق وبحثنا الملف».\nوأكد اللواء علي مملوك ذلك.",
        ] {
            assert!(flagged(src).is_empty(), "{src}: {:?}", flagged(src));
        }
    }
}
