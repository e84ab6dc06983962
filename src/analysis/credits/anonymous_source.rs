//! `anonymous-source`: unnamed sourcing, for the review pass.
#![doc = include_str!("anonymous_source.md")]

use crate::analysis::{Context, Finding, Message, RuleId, RuleMeta, Severity, finding};

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::AnonymousSource,
    default_severity: Severity::Information,
    summary_en: "Unnamed sourcing (for the review pass)",
    summary_ar: "مصدر مجهّل (لمراجعة التدقيق)",
    doc: include_str!("anonymous_source.md"),
};

/// Reports every anonymous-source phrase; the finding covers the phrase (bytes, half-open). Its
/// advice follows what the sentence already says ([`withheld`]): name the source or say why it
/// is unnamed; say why it asked not to be named; or, with the reason given, check that it holds.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let scan = cx.credits();
    for a in &scan.anonymous {
        let phrase = cx.doc.source.get(a.range.clone()).unwrap_or("");
        let message = match withheld(cx, a.range.start) {
            Withheld::Not => Message::new(
                format!("Anonymous source “{phrase}”: name it, or say why it cannot be named"),
                format!("مصدر مجهّل «{phrase}»: سمِّه أو اذكر سبب حجب اسمه"),
            ),
            Withheld::Asked => Message::new(
                format!(
                    "Anonymous source “{phrase}”: the story says it asked not to be named; say why (not authorised to speak, its safety ...)"
                ),
                format!(
                    "مصدر مجهّل «{phrase}»: تذكر القصة أنه طلب حجب اسمه؛ اذكر السبب (غير مخوّل بالتصريح، سلامته ...)"
                ),
            ),
            Withheld::Reason => Message::new(
                format!(
                    "Anonymous source “{phrase}”, with the reason its name is withheld: check that the reason holds"
                ),
                format!("مصدر مجهّل «{phrase}» مع سبب حجب اسمه: تحقّق من أن السبب قائم"),
            ),
        };
        out.push(finding(&RULE, a.range.clone(), message));
    }
}

/// What the sentence of an anonymous source says about its name being withheld.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Withheld {
    /// Nothing.
    Not,
    /// That the source asked not to be named, or refused (رفض الكشف عن اسمه، فضّل عدم ذكر هويته).
    Asked,
    /// Why, too (لأنه غير مخوّل بالتصريح، لحساسية الموضوع، كونه غير مخوّل).
    Reason,
}

/// How many words from the start of an anonymous-source phrase [`withheld`] reads, at most, within
/// its sentence: the apposition that says why a source is unnamed is in it or right after it.
const WITHHELD_REACH: usize = 16;

/// What the words from byte `start` (the start of an anonymous-source phrase, which may hold
/// «رفض الكشف عن اسمه» itself), up to the end of its sentence and at most [`WITHHELD_REACH`]
/// words, say about the source's name: [`Withheld::Asked`]
/// when a verbal noun of disclosure (الكشف، ذكر، نشر، الإفصاح، إعلان) is followed by a noun of name
/// or identity with its pronoun (اسمه، هويتها، أسمائهم); [`Withheld::Reason`] when, after that, a
/// word of cause (لأنه، كونه، لعدم، نظراً، بسبب، لحساسية) or of authorisation (مخوّل، مخولين) follows.
/// Identity keys of the words (hamza forms, ta marbuta, alef maqsura folded); the word lists are
/// the closed classes of Arabic verbal nouns of disclosure, causal particles with their pronouns,
/// and the participle مخوّل, written for isnad from newsroom usage (the formula «طلب عدم الكشف عن
/// اسمه لأنه غير مخوّل بالتصريح»).
fn withheld(cx: &Context, start: usize) -> Withheld {
    let text = cx.doc.prose();
    let stop = text
        .get(start..)
        .and_then(|rest| rest.find(['.', '\n', '؟', '!', '?']))
        .map_or(text.len(), |k| start + k);
    let words = cx.doc.words_in(start..stop);
    let keys = words.iter().take(WITHHELD_REACH).map(|w| w.key.as_str());
    let disclosure = ["الكشف", "كشف", "ذكر", "نشر", "الافصاح", "افصاح", "اعلان", "الاعلان"];
    let cause = [
        "لانه", "لانها", "لانهم", "لكونه", "لكونها", "لكونهم", "كونه", "كونها", "كونهم", "لعدم",
        "نظرا", "بسبب", "لحساسيه", "لدواع", "لاسباب",
    ];
    let mut state = 0u8;
    for k in keys {
        let bare = k.strip_prefix('و').unwrap_or(k);
        state = match state {
            0 if disclosure.contains(&bare) => 1,
            1 if ["اسم", "هويت", "اسماء", "هويات"]
                .iter()
                .any(|p| bare.starts_with(p) && bare.len() > p.len()) =>
            {
                2
            }
            2 if cause.contains(&bare) || bare.starts_with("مخول") => return Withheld::Reason,
            s => s,
        };
    }
    if state == 2 {
        Withheld::Asked
    } else {
        Withheld::Not
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;

    #[test]
    fn reports_unnamed_sources_with_exact_range() {
        let src = "وقال مصدر أمني إن الانفجار وقع ليلاً. وأفادت مصادر مطلعة بأن التحقيق بدأ.";
        let f: Vec<_> = analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "anonymous-source")
            .collect();
        let spans: Vec<&str> = f.iter().map(|f| &src[f.range.clone()]).collect();
        assert_eq!(spans, ["مصدر أمني", "مصادر مطلعة"]);
        assert!(
            f.iter()
                .all(|f| f.severity == crate::analysis::Severity::Information)
        );
    }

    #[test]
    fn a_named_witness_is_not_flagged_but_unnamed_witnesses_are() {
        let src = "وقال يوهانس برانتنر، شاهد عيان، إن النيران اشتعلت فجأة. وقال شهود فلسطينيون إن الجرافات وصلت فجراً.";
        let spans: Vec<&str> = analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "anonymous-source")
            .map(|f| &src[f.range])
            .collect();
        assert_eq!(spans, ["شهود فلسطينيون"]);
    }

    /// The messages of the anonymous-source findings of `src` (English).
    fn advice(src: &str) -> Vec<String> {
        analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "anonymous-source")
            .map(|f| f.message.en().to_string())
            .collect()
    }

    #[test]
    fn the_advice_follows_what_the_sentence_says_about_the_withheld_name() {
        let m = advice("وقال مسؤول رفيع، طلب عدم الكشف عن اسمه لأنه غير مخوّل بالتصريح، إن الاجتماع تأجل.");
        assert_eq!(m.len(), 1);
        assert!(m[0].contains("check that the reason holds"), "{m:?}");
        let m = advice("وقال مسؤول رفيع، طلب عدم الكشف عن هويته، إن الاجتماع تأجل.");
        assert_eq!(m.len(), 1);
        assert!(m[0].contains("asked not to be named; say why"), "{m:?}");
        let m = advice("وقال مصدر مطلع إن الاجتماع تأجل. ورفض الوزير الكشف عن اسم المرشح لأنه لم يحسم.");
        assert_eq!(m.len(), 1);
        assert!(m[0].contains("name it, or say why"), "{m:?}");
    }
}
