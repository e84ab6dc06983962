//! `suppression-comment`: a suppression comment that suppresses nothing, because of a typo or
//! because a directive is placed where no finding of its rules is.
#![doc = include_str!("suppression_comment.md")]

use crate::analysis::suppress::Problem;
use crate::analysis::{Context, Edit, Finding, Fix, Message, RuleId, RuleMeta, Severity, finding};

/// The rule's description.
pub const RULE: RuleMeta = RuleMeta {
    id: RuleId::SuppressionComment,
    default_severity: Severity::Warning,
    summary_en: "A suppression comment that suppresses nothing: a misspelled directive or rule id, or a directive with no finding of its rules where it applies",
    summary_ar: "تعليق إسكات لا يُسكت شيئاً: خطأ في اسم التوجيه أو القاعدة، أو توجيه لا ملاحظة من قواعده حيث يسري",
    doc: include_str!("suppression_comment.md"),
};

/// Reports every [`Problem`] of the document's suppression comments (read once with the
/// document, `Context::directives`): a comment starting with `isnad` whose directive name is none
/// of the four, and a rule id that names no rule. The finding's range is the misspelled word (byte
/// range, half-open); when a directive name or rule id is within reach (three or two edits), the
/// fix writes it in its place.
pub fn check(cx: &Context, out: &mut Vec<Finding>) {
    for p in cx.directives.problems() {
        let (range, near, what_en, what_ar) = match p {
            Problem::UnknownDirective { range, near } => (
                range,
                near,
                "is not a suppression directive of isnad (isnad-disable, isnad-enable, isnad-disable-next-line, isnad-disable-line), so the comment suppresses nothing",
                "ليس توجيه إسكات يعرفه isnad (isnad-disable، isnad-enable، isnad-disable-next-line، isnad-disable-line)، فالتعليق لا يُسكت شيئاً",
            ),
            Problem::UnknownRule { range, near } => (
                range,
                near,
                "is not a rule of isnad (`isnad rules` lists them), so the comment suppresses nothing under that name",
                "ليس قاعدة من قواعد isnad (يسردها الأمر `isnad rules`)، فالتعليق لا يُسكت شيئاً بهذا الاسم",
            ),
        };
        let typed = cx.doc.source.get(range.clone()).unwrap_or("");
        let (hint_en, hint_ar) = match near {
            Some(n) => (format!("; did you mean `{n}`?"), format!("؛ هل تقصد `{n}`؟")),
            None => (String::new(), String::new()),
        };
        let mut f = finding(
            &RULE,
            range.clone(),
            Message::new(
                format!("`{typed}` {what_en}{hint_en}"),
                format!("`{typed}` {what_ar}{hint_ar}"),
            ),
        );
        if let Some(n) = near {
            f.fixes.push(Fix {
                title: Message::new(format!("Write `{n}`"), format!("اكتب `{n}`")),
                edits: vec![Edit {
                    range: range.clone(),
                    new_text: (*n).to_string(),
                }],
                applicability: crate::analysis::finding::Applicability::Safe,
            });
        }
        out.push(f);
    }
}

/// Rules whose findings can come from outside the draft's own analysis (the cross-story
/// `name-variant` of a folder or workspace), so that a directive naming them may be used later.
const FOUND_ELSEWHERE: [&str; 1] = ["name-variant"];

/// Adds to `findings` (of the document and profile of `cx`, after suppression) a finding for each
/// directive naming its rules (`isnad-disable-next-line RULE`, `isnad-disable-line RULE`,
/// `isnad-disable RULE`) that turned off no finding (`used[i]` false for directive `i`, as
/// `Directives::suppressors` counts them), when every rule it names is a rule of isnad that the
/// profile keeps on and whose findings all come from the draft itself. The range is the whole
/// comment (bytes, half-open); its one fix, unsafe (the writer may rather move the comment),
/// deletes the comment, and the `isnad-enable RULE` that closes it alone (see [`deletion`]). Reason: a directive placed anywhere but before the finding (a story-level finding such as
/// `missing-credit` sits on the story's first word) silently suppresses nothing, and the writer
/// believes it does.
pub(crate) fn unused(cx: &Context, used: &[bool], findings: &mut Vec<Finding>) {
    let Some(severity) =
        crate::analysis::pipeline::severity_of(cx.profile, RULE.id.as_str(), RULE.default_severity)
    else {
        return;
    };
    for d in cx.directives.named_directives() {
        let applies = |r: &String| {
            RuleId::parse(r).is_some()
                && !FOUND_ELSEWHERE.contains(&r.as_str())
                && crate::analysis::pipeline::severity_of(cx.profile, r, Severity::Warning)
                    .is_some()
        };
        if used.get(d.index).copied().unwrap_or(true) || !d.rules.iter().all(applies) {
            continue;
        }
        let ids = d.rules.join(", ");
        let (where_en, where_ar) = match d.line {
            Some(l) => (
                format!("on line {}, the only line it applies to", l + 1),
                format!("في السطر {}، وهو السطر الوحيد الذي يسري عليه", l + 1),
            ),
            None => (
                "after it (up to its isnad-enable, or the end of the draft)".to_string(),
                "بعده (حتى تعليق isnad-enable المقابل أو نهاية المسودة)".to_string(),
            ),
        };
        // Where a story-level finding sits is said only for the rule that has one.
        let (story_en, story_ar) = if d.rules.iter().any(|r| r == "missing-credit") {
            (
                " (a story's `missing-credit` is on its first word)",
                " (ملاحظة `missing-credit` على أول كلمة في القصة)",
            )
        } else {
            ("", "")
        };
        let mut f = finding(
            &RULE,
            d.comment.clone(),
            Message::new(
                format!(
                    "This comment suppresses nothing: no `{ids}` finding {where_en}; put it before the finding{story_en}, or delete it"
                ),
                format!(
                    "هذا التعليق لا يُسكت شيئاً: لا ملاحظة `{ids}` {where_ar}؛ ضعه قبل الملاحظة{story_ar}، أو احذفه"
                ),
            ),
        );
        f.severity = severity;
        let mut edits = vec![deletion(cx.doc.source, d.comment)];
        edits.extend(d.closer.map(|c| deletion(cx.doc.source, c)));
        f.fixes.push(Fix {
            title: Message::new(
                if d.closer.is_some() {
                    "Delete this comment and its isnad-enable"
                } else {
                    "Delete this comment"
                },
                if d.closer.is_some() {
                    "احذف هذا التعليق وتعليق isnad-enable المقابل"
                } else {
                    "احذف هذا التعليق"
                },
            ),
            edits,
            applicability: crate::analysis::finding::Applicability::Unsafe,
        });
        findings.push(f);
    }
}

/// The edit that deletes the comment at byte range `comment` (half-open, on char boundaries) of
/// `source`: with its whole line(s) and the line break after them when nothing but spaces and
/// tabs shares its lines (so no empty line is left in its place; with the blank line above it too
/// when a blank line or the end of the text is below it), else with the spaces and tabs after it
/// when it opens its line, or before it otherwise.
pub(crate) fn deletion(source: &str, comment: &std::ops::Range<usize>) -> Edit {
    let blank = |c: char| c == ' ' || c == '\t';
    let before = source.get(..comment.start).unwrap_or("");
    let after = source.get(comment.end..).unwrap_or("");
    let head = before.trim_end_matches(blank);
    let tail = after.trim_start_matches(blank);
    let line_begins = head.is_empty() || head.ends_with('\n');
    let line_ends = tail.is_empty() || tail.starts_with(['\n', '\r']);
    let range = if line_begins && line_ends {
        let rest = tail
            .strip_prefix("\r\n")
            .or_else(|| tail.strip_prefix('\n'))
            .or_else(|| tail.strip_prefix('\r'))
            .unwrap_or(tail);
        // Set apart by a blank line above and a blank line (or the end) below: the blank line
        // above goes too, so no double blank line (or trailing one) is left.
        let blank_below = rest.is_empty() || rest.starts_with(['\n', '\r']);
        let above = if head.ends_with("\r\n\r\n") {
            2
        } else if head.ends_with("\n\n") {
            1
        } else {
            0
        };
        let start = if blank_below { head.len() - above } else { head.len() };
        start..source.len() - rest.len()
    } else if line_begins {
        comment.start..source.len() - tail.len()
    } else {
        head.len()..comment.end
    };
    Edit {
        range,
        new_text: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;

    /// (rule, flagged text, fix's new text) of every `suppression-comment` finding.
    fn flagged(src: &str, f: Format) -> Vec<(String, Option<String>)> {
        analyze_text(src, f, &Profile::embedded())
            .findings
            .into_iter()
            .filter(|x| x.rule == "suppression-comment")
            .map(|x| {
                (
                    src[x.range.clone()].to_string(),
                    x.fixes
                        .first()
                        .and_then(|fx| fx.edits.first())
                        .map(|e| e.new_text.clone()),
                )
            })
            .collect()
    }

    const BODY: &str = "\n«لن نتراجع عن القرار مهما كانت الضغوط علينا»\n";

    #[test]
    fn a_misspelled_rule_id_is_flagged_and_fixed() {
        for f in [Format::Plain, Format::Markdown] {
            let src = format!("<!-- isnad-disable-next-line unattributed-qoute -->{BODY}");
            assert_eq!(
                flagged(&src, f),
                vec![(
                    "unattributed-qoute".to_string(),
                    Some("unattributed-quote".to_string())
                )]
            );
            // The typo suppressed nothing: the quotation is still flagged.
            let rules: Vec<&str> = analyze_text(&src, f, &Profile::embedded())
                .findings
                .iter()
                .map(|x| x.rule)
                .collect();
            assert!(rules.contains(&"unattributed-quote"), "{rules:?}");
        }
    }

    #[test]
    fn a_misspelled_directive_is_flagged_and_suppresses_nothing() {
        let src = format!("<!-- isnad-disable-nextline unattributed-quote -->{BODY}");
        assert_eq!(
            flagged(&src, Format::Plain),
            vec![(
                "isnad-disable-nextline".to_string(),
                Some("isnad-disable-next-line".to_string())
            )]
        );
        let a = analyze_text(&src, Format::Plain, &Profile::embedded());
        assert!(a.findings.iter().any(|x| x.rule == "unattributed-quote"));
        // A word far from every directive gets no fix, only the finding.
        let far = format!("<!-- isnad please ignore this -->{BODY}");
        assert_eq!(flagged(&far, Format::Plain), vec![("isnad".to_string(), None)]);
    }

    #[test]
    fn a_correct_comment_and_other_comments_are_quiet() {
        let good = format!("<!-- isnad-disable-next-line unattributed-quote -->{BODY}");
        let a = analyze_text(&good, Format::Plain, &Profile::embedded());
        assert_eq!(a.findings.len(), 0, "{:?}", a.findings);
        // The directive was read (it is what silenced the quotation).
        let bare = analyze_text(BODY, Format::Plain, &Profile::embedded());
        assert!(bare.findings.iter().any(|x| x.rule == "unattributed-quote"));
        let other = format!("<!-- ملاحظة للمحرر: راجع الاقتباس -->{BODY}");
        assert!(flagged(&other, Format::Plain).is_empty());
        let several = format!("<!-- isnad-disable-line name-variant, tatwel -->{BODY}");
        assert_eq!(
            flagged(&several, Format::Plain),
            vec![("tatwel".to_string(), Some("tatweel".to_string()))]
        );
    }

    /// The rules of every finding of `src` (plain text, the embedded profile).
    fn rules_of(src: &str) -> Vec<&'static str> {
        analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .iter()
            .map(|x| x.rule)
            .collect()
    }

    #[test]
    fn a_line_directive_that_suppresses_nothing_is_flagged_on_the_whole_comment() {
        // The directive is two lines above the quotation, so it applies to the blank line.
        let comment = "<!-- isnad-disable-next-line unattributed-quote -->";
        let src = format!("{comment}\n{BODY}");
        assert_eq!(flagged(&src, Format::Plain), vec![(comment.to_string(), Some(String::new()))]);
        assert!(rules_of(&src).contains(&"unattributed-quote"));
        let a = analyze_text(&src, Format::Plain, &Profile::embedded());
        let f = a.findings.iter().find(|x| x.rule == "suppression-comment").unwrap();
        assert_eq!(f.range, 0..comment.len());
        assert!(f.message.en().contains("line 2"), "{}", f.message.en());
        assert!(!f.message.en().contains("missing-credit"), "{}", f.message.en());
        // Right above the quotation it suppresses it, and is not flagged.
        let src = format!("{comment}{BODY}");
        assert_eq!(flagged(&src, Format::Plain), vec![]);
        assert!(!rules_of(&src).contains(&"unattributed-quote"));
    }

    #[test]
    fn a_story_level_finding_is_suppressed_from_the_line_above_the_story_only() {
        // missing-credit is on the story's first word: the directive above the first line
        // suppresses it; the same directive at the end of the story suppresses nothing.
        let story = "ارتفعت أسعار الخبز في العاصمة للمرة الثالثة هذا العام، وسط شكاوى من المواطنين.\n\nوقال وزير التجارة سامر يوسف إن الحكومة ستدعم الأفران الصغيرة خلال الأشهر المقبلة.";
        assert!(rules_of(story).contains(&"missing-credit"));
        let comment = "<!-- isnad-disable-next-line missing-credit -->";
        let above = format!("{comment}\n{story}\n");
        assert!(!rules_of(&above).contains(&"missing-credit"));
        assert_eq!(flagged(&above, Format::Plain), vec![]);
        let below = format!("{story}\n{comment}\n");
        assert!(rules_of(&below).contains(&"missing-credit"));
        assert_eq!(flagged(&below, Format::Plain), vec![(comment.to_string(), Some(String::new()))]);
    }

    #[test]
    fn an_unused_directive_for_a_rule_found_across_stories_or_every_rule_is_left_alone() {
        // name-variant may be found across the stories of a folder, after this draft's own
        // analysis; a directive with no rule id is about every rule.
        let story = "(وكالات)\nارتفعت أسعار الخبز في العاصمة للمرة الثالثة هذا العام.\n";
        for comment in [
            "<!-- isnad-disable-next-line name-variant -->",
            "<!-- isnad-disable-next-line -->",
        ] {
            let src = format!("{comment}\n{story}");
            assert_eq!(flagged(&src, Format::Plain), vec![], "{comment}");
            assert_eq!(rules_of(&src), Vec::<&str>::new(), "{comment}");
        }
    }

    #[test]
    fn a_block_directive_that_suppresses_nothing_is_flagged_too() {
        let story = "ارتفعت أسعار الخبز في العاصمة للمرة الثالثة هذا العام، وسط شكاوى من المواطنين.\n\nوقال وزير التجارة سامر يوسف إن الحكومة ستدعم الأفران الصغيرة خلال الأشهر المقبلة.";
        let comment = "<!-- isnad-disable missing-credit -->";
        // At the end of the story it comes after the finding on the first word.
        let below = format!("{story}\n\n{comment}\n");
        assert!(rules_of(&below).contains(&"missing-credit"));
        assert_eq!(flagged(&below, Format::Plain), vec![(comment.to_string(), Some(String::new()))]);
        let a = analyze_text(&below, Format::Plain, &Profile::embedded());
        let f = a.findings.iter().find(|x| x.rule == "suppression-comment").unwrap();
        assert!(f.message.en().contains("up to its isnad-enable"), "{}", f.message.en());
        // Before the story it suppresses the finding, and is not flagged.
        let above = format!("{comment}\n{story}\n");
        assert!(!rules_of(&above).contains(&"missing-credit"));
        assert_eq!(flagged(&above, Format::Plain), vec![]);
    }

    /// `src` with the edits of the first fix of its `suppression-comment` finding applied.
    fn deleted(src: &str) -> String {
        let a = analyze_text(src, Format::Plain, &Profile::embedded());
        let f = a.findings.iter().find(|x| x.rule == "suppression-comment").unwrap();
        let fix = &f.fixes[0];
        assert_eq!(fix.applicability, crate::analysis::finding::Applicability::Unsafe);
        let mut out = src.to_string();
        for e in fix.edits.iter().rev() {
            out.replace_range(e.range.clone(), &e.new_text);
        }
        out
    }

    #[test]
    fn the_fix_of_a_directive_that_suppresses_nothing_deletes_it_with_its_line() {
        let story = "ارتفعت أسعار الخبز في العاصمة للمرة الثالثة هذا العام.\n\nوقال وزير التجارة سامر يوسف إن الحكومة ستدعم الأفران.";
        // Alone on its line: the line goes, with its line break.
        let src = format!("{story}\n<!-- isnad-disable-next-line missing-credit -->\nانتهى\n");
        assert_eq!(deleted(&src), format!("{story}\nانتهى\n"));
        // After text on its line: the comment and the space before it go.
        let src = format!("{story} <!-- isnad-disable-line missing-credit -->\n");
        assert_eq!(deleted(&src), format!("{story}\n"));
        // Set apart by blank lines (or at the end after one), the blank line above goes too.
        let src = format!("{story}\n\n<!-- isnad-disable-line missing-credit -->\n");
        assert_eq!(deleted(&src), format!("{story}\n"));
        let src = format!("{story}\n\n<!-- isnad-disable-line missing-credit -->\n\nانتهى\n");
        assert_eq!(deleted(&src), format!("{story}\n\nانتهى\n"));
        // A block that suppresses nothing goes with the isnad-enable that closes it alone.
        let src = format!(
            "{story}\n<!-- isnad-disable missing-credit -->\nانتهى\n<!-- isnad-enable missing-credit -->\n"
        );
        assert_eq!(deleted(&src), format!("{story}\nانتهى\n"));
        let a = analyze_text(&src, Format::Plain, &Profile::embedded());
        let f = a.findings.iter().find(|x| x.rule == "suppression-comment").unwrap();
        assert_eq!(f.fixes[0].title.en(), "Delete this comment and its isnad-enable");
        assert_eq!(f.fixes[0].title.ar(), "احذف هذا التعليق وتعليق isnad-enable المقابل");
    }

    #[test]
    fn a_bare_isnad_enable_closing_other_blocks_is_kept() {
        // The bare isnad-enable also closes the block for unattributed-quote (which suppresses
        // the uncredited quotation): only the unused disable comment is deleted.
        let story = "ارتفعت أسعار الخبز في العاصمة للمرة الثالثة هذا العام.\n«لن نتراجع عن القرار مهما كانت الضغوط علينا»";
        let src = format!("{story}\n");
        assert!(rules_of(&src).contains(&"unattributed-quote"));
        let src = format!(
            "<!-- isnad-disable unattributed-quote -->\n{story}\n<!-- isnad-disable missing-credit -->\nانتهى\n<!-- isnad-enable -->\n"
        );
        let out = deleted(&src);
        assert_eq!(
            out,
            format!("<!-- isnad-disable unattributed-quote -->\n{story}\nانتهى\n<!-- isnad-enable -->\n")
        );
    }
}
