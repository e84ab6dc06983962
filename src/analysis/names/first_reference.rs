//! `first-reference`: a person called by family name or title alone before the story names them in
//! full.
#![doc = include_str!("first_reference.md")]

use super::given::{Lead, lead};
use super::{Mention, NameKind};
use crate::analysis::quotes::inside_quote;
use crate::analysis::{
    Context, Edit, Finding, Fix, Message, Related, RuleId, RuleMeta, Severity, finding,
};
use crate::text::chars;

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::FirstReference,
    default_severity: Severity::Information,
    summary_en: "A person named by family name or title before the full name",
    summary_ar: "شخص مذكور باسم العائلة أو اللقب قبل اسمه الكامل",
    doc: include_str!("first_reference.md"),
};

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
