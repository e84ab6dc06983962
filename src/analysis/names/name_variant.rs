//! `name-variant`: one name, several spellings in a story.
#![doc = include_str!("name_variant.md")]

use super::{Entity, MatchKind};
use crate::analysis::{Context, Edit, Finding, Fix, Message, Related, Rule, Severity, finding};
use crate::text::normalize;

/// The rule's description.
pub const RULE: Rule = Rule {
    id: "name-variant",
    default_severity: Severity::Warning,
    summary_en: "A name spelled in more than one way",
    summary_ar: "اسم مكتوب بأكثر من صيغة",
    doc: include_str!("name_variant.md"),
};

/// The preferred spelling of an entity: the house spelling when the profile has one for its key
/// (or for the key of any of its spellings), else the spelling used most, ties going to the first
/// mention.
pub fn preferred(cx: &Context, e: &Entity) -> String {
    super::across::preferred_spelling(cx.profile, &e.key, &e.spellings())
}

/// The edits that respell mention `m` as `pref`. A name of several words written with the same
/// number of words as `pref` is respelled word by word, only where a word differs (الإتحاد in
/// الإتحاد العام للشغل); any other mention is replaced whole (عبدالله → عبد الله).
fn respell(cx: &Context, m: &super::Mention, pref: &str) -> Vec<Edit> {
    let whole = || {
        vec![Edit {
            range: m.range.clone(),
            new_text: pref.to_string(),
        }]
    };
    if !m.spelling.contains(' ') {
        return whole();
    }
    let Some(text) = cx.doc.source.get(m.range.clone()) else {
        return whole();
    };
    let written: Vec<(usize, &str)> = text
        .split(char::is_whitespace)
        .scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let wanted: Vec<&str> = pref.split(' ').collect();
    if written.len() != wanted.len() {
        return whole();
    }
    written
        .iter()
        .zip(&wanted)
        .filter(|((_, w), p)| normalize::plain(w) != **p)
        .map(|((start, w), p)| Edit {
            range: m.range.start + start..m.range.start + start + w.len(),
            new_text: p.to_string(),
        })
        .collect()
}

/// Flags every mention whose spelling is not the preferred one. The finding covers the name as
/// written without its proclitics; fixes replace it, or every variant in the document.
pub fn check(cx: &Context, entities: &[Entity], out: &mut Vec<Finding>) {
    let mut flagged: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
    for e in entities {
        if cx.profile.accept.contains(e.key.as_str())
            || e.mentions.iter().any(|m| {
                cx.profile
                    .accept
                    .contains(normalize::identity(&m.spelling).as_str())
            })
        {
            continue;
        }
        let spellings = e.spellings();
        let house = cx.profile.house_spellings.contains_key(e.key.as_str())
            || spellings.iter().any(|(s, _)| {
                cx.profile
                    .house_spellings
                    .contains_key(normalize::identity(s).as_str())
            });
        if spellings.len() < 2 && !house {
            continue;
        }
        // Fuzzy-only variants need the main spelling to be used at least twice.
        let pref = preferred(cx, e);
        if spellings.len() == 1 && spellings[0].0 == pref {
            continue;
        }
        let pref_count = spellings
            .iter()
            .find(|(s, _)| *s == pref)
            .map_or(0, |(_, n)| *n);
        let all: Vec<Edit> = e
            .mentions
            .iter()
            .filter(|m| m.spelling != pref)
            .flat_map(|m| respell(cx, m, &pref))
            .collect();
        let others: String = spellings
            .iter()
            .map(|(s, n)| format!("{s} ×{n}"))
            .collect::<Vec<_>>()
            .join("، ");
        let mut first_flagged = true;
        // The first mention of each spelling, for related information.
        let firsts: Vec<(String, std::ops::Range<usize>)> = spellings
            .iter()
            .filter_map(|(sp, _)| {
                e.mentions
                    .iter()
                    .find(|x| x.spelling == *sp)
                    .map(|m| (sp.clone(), m.range.clone()))
            })
            .collect();
        for m in &e.mentions {
            if m.spelling == pref {
                continue;
            }
            if m.how == MatchKind::Fuzzy && pref_count < 1 {
                continue;
            }
            let message = if house {
                Message::new(
                    format!(
                        "“{}” is not the house spelling “{pref}” ({others})",
                        m.spelling
                    ),
                    format!("«{}» تخالف الصيغة المعتمدة «{pref}» ({others})", m.spelling),
                )
            } else {
                Message::new(
                    format!(
                        "“{}” is also spelled “{pref}” in this story ({others})",
                        m.spelling
                    ),
                    format!(
                        "«{}» مكتوب في القصة نفسها «{pref}» أيضاً ({others})",
                        m.spelling
                    ),
                )
            };
            let edits = respell(cx, m, &pref);
            let (Some(a), Some(b)) = (edits.first(), edits.last()) else {
                continue;
            };
            let range = a.range.start..b.range.end;
            // A mention two entities share (a given name inside a full name) is flagged once.
            if !flagged.insert((range.start, range.end)) {
                continue;
            }
            let mut f = finding(&RULE, range, message);
            for (s, _) in &spellings {
                if *s == m.spelling {
                    continue;
                }
                if let Some((_, first)) = firsts.iter().find(|(x, _)| x == s) {
                    f.related.push(Related {
                        range: first.clone(),
                        message: Message::new(
                            format!("spelled “{s}” here"),
                            format!("مكتوب «{s}» هنا"),
                        ),
                        path: None,
                    });
                }
            }
            f.fixes.push(Fix {
                title: Message::new(format!("Spell it “{pref}”"), format!("اكتبه «{pref}»")),
                edits,
            });
            // The fix-all rides on every finding of a name while it is small; beyond that only on the
            // first, so that a huge draft does not carry the same edit list thousands of times.
            if all.len() > 1 && (all.len() <= 50 || first_flagged) {
                f.fixes.push(Fix {
                    title: Message::new(
                        format!("Spell every variant “{pref}” ({} places)", all.len()),
                        format!("وحّد كل الصيغ على «{pref}» ({} مواضع)", all.len()),
                    ),
                    edits: all.clone(),
                });
            }
            first_flagged = false;
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Finding, analyze_text, apply_edits};
    use crate::profile::Profile;
    use crate::text::Format;

    fn variants(src: &str) -> Vec<Finding> {
        analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "name-variant")
            .collect()
    }

    #[test]
    fn article_on_family_name_flagged_with_exact_range_and_fix() {
        let src = "أكد اللواء علي مملوك أن التعاون مستمر.\nوأجرى اللواء مملوك مباحثات في طهران.\nوقال والمملوك إن الأمن مستقر.\n";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        let at = src.find("المملوك").unwrap();
        assert_eq!(f[0].range, at..at + "المملوك".len());
        assert_eq!(f[0].fixes[0].edits[0].new_text, "مملوك");
        let fixed = apply_edits(src, &f[0].fixes[0].edits);
        assert!(fixed.contains("ومملوك"));
        assert!(variants(&fixed).is_empty());
    }

    #[test]
    fn hamza_persian_and_transliteration_variants() {
        let src = "قال الرئيس التركي رجب طيب أردوغان إن بلاده مستعدة. وأضاف أردوغان أن الحوار ممكن. ورد اردوغان على سؤال.";
        let f = variants(src);
        assert_eq!(f.len(), 1);
        assert_eq!(&src[f[0].range.clone()], "اردوغان");
        let src = "التقى علي شمخاني الوفد. وقال شمخاني إن العلاقات جيدة. وأكد شمخانی ذلك.";
        let f = variants(src);
        assert_eq!(f.len(), 1);
        assert_eq!(&src[f[0].range.clone()], "شمخانی");
        let src = "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. وأضاف ترامب أنه سينسحب. ورد ترمب على الانتقادات.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&src[f[0].range.clone()], "ترمب");
    }

    #[test]
    fn listed_organisations_with_and_without_the_article() {
        let src = "نشر الفيديو على يوتيوب أمس. وحذف يوتيوب المقطع بعد ساعات، ثم أعاده اليوتيوب صباح اليوم.";
        let f = variants(src);
        assert_eq!(
            f.iter().map(|f| &src[f.range.clone()]).collect::<Vec<_>>(),
            ["اليوتيوب"]
        );
        assert_eq!(f[0].fixes[0].edits[0].new_text, "يوتيوب");
    }

    #[test]
    fn house_spelling_wins_over_the_majority() {
        let src = "قال الرئيس التركي رجب طيب اردوغان إن بلاده مستعدة. وأضاف اردوغان أن الحوار ممكن. ورد أردوغان على سؤال.";
        // Without house style the majority اردوغان wins and أردوغان is flagged.
        assert_eq!(
            variants(src)
                .iter()
                .map(|f| &src[f.range.clone()])
                .collect::<Vec<_>>(),
            ["أردوغان"]
        );
        let config =
            crate::profile::config::Config::parse("[spellings]\n\"أردوغان\" = []\n").unwrap();
        let profile = Profile::with_config(&config);
        let f: Vec<Finding> = analyze_text(src, Format::Plain, &profile)
            .findings
            .into_iter()
            .filter(|f| f.rule == "name-variant")
            .collect();
        assert_eq!(
            f.iter().map(|f| &src[f.range.clone()]).collect::<Vec<_>>(),
            ["اردوغان", "اردوغان"]
        );
        assert!(f.iter().all(|f| f.fixes[0].edits[0].new_text == "أردوغان"));
    }

    #[test]
    fn multi_word_house_spelling() {
        let config = crate::profile::config::Config::parse(
            "[spellings]\n\"فيصل المقداد\" = [\"فيصل مقداد\"]\n",
        )
        .unwrap();
        let profile = Profile::with_config(&config);
        let src = "التقى الوفد فيصل مقداد في دمشق. وقال فيصل المقداد إن اللقاء مثمر.";
        let f: Vec<Finding> = analyze_text(src, Format::Plain, &profile)
            .findings
            .into_iter()
            .filter(|f| f.rule == "name-variant")
            .collect();
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&src[f[0].range.clone()], "مقداد");
        assert_eq!(f[0].fixes[0].edits[0].new_text, "المقداد");
    }

    #[test]
    fn inflection_and_harakat_are_not_variants() {
        for src in [
            "قالت الحكومة السورية إن الجيش السوري تقدم. وزار الوفد سورية.",
            "قال الوزير خالد الأحمد إن الوضع جيد. وأضاف الأحمدُ أن العمل مستمر.",
            "قال المصري إن المنتخب المصري جاهز. وأكد مصريون ذلك.",
            "وصل الوفد إلى مصر. وقال مسؤول مصري إن الزيارة مهمة.",
        ] {
            assert!(variants(src).is_empty(), "{src}: {:?}", variants(src));
        }
    }
}
