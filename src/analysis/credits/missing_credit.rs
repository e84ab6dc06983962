//! `missing-credit`: a story with no dateline, credit line, byline or outlet tag.
#![doc = include_str!("missing_credit.md")]

use crate::analysis::{
    Context, Edit, Finding, Fix, Message, Related, RuleId, RuleMeta, Severity, finding,
};

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::MissingCredit,
    default_severity: Severity::Warning,
    summary_en: "A story with no dateline, credit line, byline or outlet tag",
    summary_ar: "قصة بلا سطر مصدر أو توقيع",
    doc: include_str!("missing_credit.md"),
};

/// The placeholder of the template credit line `(المصدر: [الوكالة])` that the fix inserts when
/// the body cites no agency: the writer types the source's name over it.
pub const PLACEHOLDER: &str = "[الوكالة]";

/// The fewest Arabic words a draft needs to be a story that owes a credit.
pub const STORY_WORDS: usize = 20;

/// True when `doc` has enough prose to be a story ([`STORY_WORDS`] Arabic words or more) and so
/// owes a credit; a note or an empty draft does not. `missing-credit` and the review sheet's
/// Credits section both ask this.
pub fn expects_credit(doc: &crate::text::Document) -> bool {
    doc.words
        .iter()
        .filter(|w| w.kind() == crate::text::WordKind::Arabic)
        .take(STORY_WORDS)
        .count()
        >= STORY_WORDS
}

/// Flags a document with prose but no story credit. The finding covers the first word of the
/// story; its fixes are an unsafe one that appends a credit line naming the news agencies the
/// body cites as sources ([`super::AgencyMention::cited`] and [`super::AgencyMention::wire`]), in
/// order of first citation, when there are any, and always the template to complete (two fixes,
/// so the editor prefers neither: a cited agency is a guess at the supplier): an agency merely mentioned (an app named in a footer) is
/// not offered, because a credit line must not name a source the story did not use, and neither
/// is a newspaper or channel the body cites (a station that aired footage, the papers a press
/// review describes), because a credit line names the wire or desk that supplied the copy, and a
/// paper or channel supplies none to another newsroom.
///
/// A credit that still holds the template's placeholder ([`PLACEHOLDER`]) credits nothing: a story
/// must not go out saying «[الوكالة]». When every credit is such a template, the finding covers
/// the placeholder (the first one) and asks for the source's name, with no fix (only the writer
/// knows it). So the template fix moves the finding from the story's first word to the
/// placeholder, and typing the agency over it clears it.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    let scan = cx.credits();
    let src = cx.doc.source;
    let placeholder = |c: &super::Credit| {
        src.get(c.range.clone())
            .and_then(|t| t.find(PLACEHOLDER))
            .map(|k| c.range.start + k..c.range.start + k + PLACEHOLDER.len())
    };
    if scan.credits.iter().any(|c| placeholder(c).is_none()) {
        return;
    }
    if let Some(range) = scan.credits.iter().find_map(placeholder) {
        out.push(finding(
            &RULE,
            range,
            Message::new(
                "The credit line still holds the placeholder [الوكالة]: write the source's name",
                "سطر المصدر ما زال يحمل العبارة المؤقتة [الوكالة]: اكتب اسم المصدر",
            ),
        ));
        return;
    }
    if !expects_credit(cx.doc) {
        return;
    }
    let Some(first) = cx.doc.words.first() else {
        return;
    };
    let (names, related) = cited_agencies(cx, &scan.agencies);
    let mut f = finding(&RULE, first.range(), describe(&names));
    f.related = related;
    if !names.is_empty() {
        f.fixes
            .push(cited_credit_line(cx, &format!("({})", names.join("، "))));
    }
    // Always offered: the agencies the body cites are a guess at the story's supplier (a
    // CNN story citing SPA once, a paper's own reporter quoting an agency), so with them the
    // template is the other choice and neither is the editor's preferred fix.
    f.fixes.push(template_credit_line(cx));
    out.push(f);
}

/// The credit form of each news agency the body cites as a source (`agencies` whose `cited` and
/// `wire` are set),
/// once each in order of first citation (forms equal but for the article ال are one), and beside each the place of its first citation: the
/// credit form (د ب أ) is often not what the body wrote (وفقاً للألمانية).
fn cited_agencies<'s>(
    cx: &Context,
    agencies: &'s [super::AgencyMention],
) -> (Vec<&'s str>, Vec<Related>) {
    let mut names: Vec<&str> = Vec::new();
    let mut related: Vec<Related> = Vec::new();
    // One outlet written with and without its article (الغارديان، لـ«غارديان») is named once.
    let key = super::outlet_key;
    let mut keys: Vec<String> = Vec::new();
    for a in agencies.iter().filter(|a| a.cited && a.wire) {
        let k = key(&a.credit);
        if !keys.contains(&k) {
            keys.push(k);
            names.push(&a.credit);
            let written = cx.doc.source.get(a.range.clone()).unwrap_or("");
            related.push(Related {
                range: a.range.clone(),
                message: Message::new(
                    format!("cited here as “{written}” ({})", a.credit),
                    format!("منقول عنها هنا «{written}» ({})", a.credit),
                ),
                path: None,
            });
        }
    }
    (names, related)
}

/// The finding's message: no credit, and when the body cites news agencies (`names`, credit
/// forms), which ones (a paper or channel the story reports on is not said to be cited). The body citing an agency for a claim does not credit the story, but it tells the
/// writer what the credit line probably is.
fn describe(names: &[&str]) -> Message {
    if names.is_empty() {
        return Message::new(
            "No story credit: add a dateline, a credit line or a byline",
            "لا مصدر للقصة: أضف سطر مكان ومصدر أو سطر مصدر أو توقيعاً",
        );
    }
    let cited = names.join("، ");
    Message::new(
        format!(
            "No story credit: the body cites {cited} but the story has no dateline, credit line or byline"
        ),
        format!(
            "لا مصدر للقصة: المتن ينقل عن {cited} لكن القصة بلا سطر مكان ومصدر أو سطر مصدر أو توقيع"
        ),
    )
}

/// The unsafe fix that appends the credit line `line` naming the agencies the body cites
/// ([`append_credit_line`]), titled so that the writer sees it is the body's citation, not a
/// known supplier: a story may cite an agency for one claim and come from elsewhere.
fn cited_credit_line(cx: &Context, line: &str) -> Fix {
    let mut fix = append_credit_line(cx, line);
    fix.title = Message::new(
        format!("Add the credit line {line} at the end (the agency the body cites: check that it supplied the story)"),
        format!("أضف سطر المصدر {line} في النهاية (الوكالة التي ينقل عنها المتن: تحقق من أنها مصدر القصة)"),
    );
    fix
}

/// The template credit line `(المصدر: [الوكالة])` appended as [`append_credit_line`] does, for a
/// story whose body cites no agency: a [`Applicability::Template`] fix, offered in the editor as
/// a suggestion the writer completes by typing the source over the placeholder, never applied by
/// `isnad check --fix` (not even with `--unsafe-fixes`). Reason: only the writer knows the
/// story's source, and a story saying «[الوكالة]» is no more credited than one saying nothing.
///
/// [`Applicability::Template`]: crate::analysis::finding::Applicability::Template
fn template_credit_line(cx: &Context) -> Fix {
    let line = format!("(المصدر: {PLACEHOLDER})");
    let mut fix = append_credit_line(cx, &line);
    fix.title = Message::new(
        format!("Add a credit line to complete: {line} (type the source over {PLACEHOLDER})"),
        format!("أضف سطر مصدر لتكمله: {line} (اكتب اسم المصدر مكان {PLACEHOLDER})"),
    );
    fix.applicability = crate::analysis::finding::Applicability::Template;
    fix
}

/// The unsafe fix that appends the credit line `line` after the story's last non-blank
/// character (replacing the trailing blanks, byte range to the end of the source), with the
/// draft's line ending, a blank line before it in Markdown (a single line break would join the
/// paragraph above), and a final line break when the draft had one.
fn append_credit_line(cx: &Context, line: &str) -> Fix {
    let src = cx.doc.source;
    let trimmed_end = src.trim_end_matches([' ', '\t', '\n', '\r']).len();
    let nl = if src.contains("\r\n") { "\r\n" } else { "\n" };
    let tail = &src[trimmed_end..];
    let sep = if cx.doc.format == crate::text::Format::Markdown {
        format!("{nl}{nl}")
    } else {
        nl.to_string()
    };
    let new_text = format!("{sep}{line}{}", if tail.is_empty() { "" } else { nl });
    Fix {
        title: Message::new(
            format!("Add the credit line {line} at the end"),
            format!("أضف سطر المصدر {line} في النهاية"),
        ),
        edits: vec![Edit {
            range: trimmed_end..src.len(),
            new_text,
        }],
        applicability: crate::analysis::finding::Applicability::Unsafe,
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{Finding, analyze_text, apply_edits};
    use crate::profile::Profile;
    use crate::text::Format;

    fn missing(src: &str) -> Vec<Finding> {
        analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|f| f.rule == "missing-credit")
            .collect()
    }

    const BODY: &str = "أعلنت وزارة الصحة أن حملة التلقيح الوطنية بدأت صباح اليوم في كل المحافظات بمشاركة آلاف الفرق الطبية المتنقلة.\nوذكرت وكالة «سانا» أن الحملة تستمر أسبوعين وتشمل الأطفال دون سن الخامسة في المدن والأرياف.\n";

    #[test]
    fn flags_story_without_credit_and_fix_names_cited_agency() {
        let f = missing(BODY);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].range, 0.."أعلنت".len());
        let fixed = apply_edits(BODY, &f[0].fixes[0].edits);
        assert!(fixed.ends_with("\n(سانا)\n"), "{fixed}");
        assert!(missing(&fixed).is_empty());
        // The cited agency is a guess at the story's supplier: the template is the other choice.
        use crate::analysis::finding::Applicability;
        assert_eq!(f[0].fixes.len(), 2);
        assert_eq!(f[0].fixes[0].applicability, Applicability::Unsafe);
        assert_eq!(f[0].fixes[1].applicability, Applicability::Template);
        let template = apply_edits(BODY, &f[0].fixes[1].edits);
        assert!(template.ends_with("\n(المصدر: [الوكالة])\n"), "{template}");
    }

    #[test]
    fn credited_stories_are_quiet() {
        assert!(missing(&format!("دمشق - سانا\n{BODY}")).is_empty());
        assert!(missing(&format!("{BODY}(أ ف ب)\n")).is_empty());
        assert!(missing(&format!("كتب: سامر يوسف\n{BODY}")).is_empty());
    }

    fn fix_title(src: &str) -> String {
        let f = missing(src);
        assert_eq!(f.len(), 1, "{src}");
        f[0].fixes[0].title.en().to_string()
    }

    #[test]
    fn fix_names_only_agencies_cited_as_sources() {
        let body = "وصل الوفد إلى العقبة وبترا صباح اليوم في زيارة تستمر ثلاثة أيام للاطلاع على المشاريع السياحية.\nووقعت الشركة الألمانية عقداً مع الحكومة الفرنسية، وتحدث المدير بالفرنسية أمام الحضور.\nومولت الوكالة الفرنسية للتنمية جزءاً من المشروع.\n";
        assert_eq!(
            fix_title(body),
            "Add a credit line to complete: (المصدر: [الوكالة]) (type the source over [الوكالة])"
        );
        let cited = format!("{body}وقال المدير لوكالة الأنباء الألمانية إن العمل يبدأ قريباً.\n");
        assert_eq!(fix_title(&cited), "Add the credit line (د ب أ) at the end (the agency the body cites: check that it supplied the story)");
        // The citation is shown beside the finding, as the body wrote it.
        let f = missing(&cited);
        assert_eq!(f[0].related.len(), 1);
        let r = &f[0].related[0];
        let written = cited.get(r.range.clone()).unwrap();
        let at = cited.find("لوكالة الأنباء الألمانية").unwrap();
        assert!(
            r.range.start >= at && written.ends_with("الألمانية"),
            "{written}"
        );
        assert_eq!(r.message.en(), format!("cited here as “{written}” (د ب أ)"));
    }

    #[test]
    fn a_paper_or_channel_the_body_cites_is_not_offered_as_the_credit_line() {
        // Written for this test: the minister spoke to a paper and a station aired the launch;
        // neither supplied the copy, so the fix asks for the source, and the message names no
        // citation. A wire the body cites is offered, once.
        let body = "أعلنت وزارة الصحة أن حملة التلقيح الوطنية بدأت صباح اليوم في كل المحافظات بمشاركة آلاف الفرق الطبية المتنقلة.\nوقال الوزير لصحيفة «المساء» إن الحملة تستمر أسبوعين في المدن والأرياف.\nوأضاف لـ«مساء» أن الأطفال دون الخامسة يتلقون الجرعة الأولى، فيما بثت قناة فرانس 2 لقطات من مراكز التلقيح.\n";
        assert_eq!(
            fix_title(body),
            "Add a credit line to complete: (المصدر: [الوكالة]) (type the source over [الوكالة])"
        );
        let f = missing(body);
        assert_eq!(
            f[0].message.en(),
            "No story credit: add a dateline, a credit line or a byline"
        );
        assert!(f[0].related.is_empty());
        let wired =
            format!("{body}وذكرت وكالة الأنباء الأردنية أن الجرعات وصلت إلى المحافظات كلها.\n");
        assert_eq!(fix_title(&wired), "Add the credit line (بترا) at the end (the agency the body cites: check that it supplied the story)");
        assert_eq!(
            missing(&wired)[0].message.en(),
            "No story credit: the body cites بترا but the story has no dateline, credit line or byline"
        );
    }

    #[test]
    fn the_template_attribution_at_the_top_is_no_dateline() {
        // Written for this test: the unattributed-quote template put before a quotation that
        // opens the story (قال [المتحدث]: «...») is a reporting clause, not a place and an agency
        // in brackets, so the story still has no credit and the placeholder is still asked for.
        let src = "قال [المتحدث]: «سنعيد فتح المحال غداً إذا هدأ الوضع في الشارع».\n\nوكانت المحال أغلقت أبوابها منذ ثلاثة أيام في وسط المدينة.\n";
        let a = analyze_text(src, Format::Plain, &Profile::embedded());
        assert!(a.credits.is_empty(), "{:?}", a.credits);
        let rules: Vec<(&str, usize)> =
            a.findings.iter().map(|f| (f.rule, f.range.start)).collect();
        let at = src.find("[المتحدث]").unwrap();
        assert!(rules.contains(&("missing-credit", 0)), "{rules:?}");
        assert!(rules.contains(&("unattributed-quote", at)), "{rules:?}");
        // A dateline with its agency in brackets stays one.
        let dated = "دمشق (سانا) - «سنعيد فتح المحال غداً إذا هدأ الوضع في الشارع».\n";
        assert!(missing(dated).is_empty());
    }

    #[test]
    fn the_template_credit_asks_for_the_source_until_it_is_filled_in() {
        // A credit line that still says [الوكالة] names no source: the story cannot go out so.
        let body = "وصل الوفد إلى العقبة صباح اليوم في زيارة تستمر ثلاثة أيام للاطلاع على المشاريع السياحية الجديدة في المحافظة ولقاء المسؤولين فيها.\n";
        let f = missing(body);
        assert_eq!(f.len(), 1);
        // A suggestion to complete: never applied by `isnad check --fix`, even unsafe.
        use crate::analysis::finding::Applicability;
        assert_eq!(f[0].fixes[0].applicability, Applicability::Template);
        assert!(!crate::analysis::fix::allowed(
            Applicability::Template,
            true
        ));
        let fixed = apply_edits(body, &f[0].fixes[0].edits);
        assert!(fixed.ends_with("\n(المصدر: [الوكالة])\n"), "{fixed}");
        let f = missing(&fixed);
        assert_eq!(f.len(), 1);
        let at = fixed.find("[الوكالة]").unwrap();
        assert_eq!(f[0].range, at..at + "[الوكالة]".len());
        assert!(f[0].fixes.is_empty());
        assert!(f[0].message.en().contains("placeholder [الوكالة]"));
        let filled = fixed.replace("[الوكالة]", "بترا");
        assert!(missing(&filled).is_empty(), "{filled}");
        // A real credit elsewhere in the story is enough.
        assert!(missing(&format!("عمان - بترا\n{fixed}")).is_empty());
    }

    #[test]
    fn a_picture_caption_does_not_credit_the_story() {
        let src = format!("{BODY}(صورة أرشيفية)\n");
        assert_eq!(fix_title(&src), "Add the credit line (سانا) at the end (the agency the body cites: check that it supplied the story)");
    }
}
