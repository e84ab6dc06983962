//! Markdown masking end to end: what a Markdown renderer hides is not checked, and what it shows
//! is (issue 10, "Hides whole drafts").

use isnad::analysis::analyze_text;
use isnad::profile::Profile;
use isnad::text::Format;

/// An attributed story body with no credit.
const BODY: &str = "أكد وزير الطاقة سامر الخطيب أن الشبكة ستعود للعمل خلال أيام، وأن الفرق الفنية تعمل ليلاً ونهاراً في كل الأحياء المتضررة من العاصفة.\nوأضاف الخطيب أن الوزارة طلبت دعماً عاجلاً.\n";

/// A quotation with nobody to say it, in a paragraph of its own.
const LONE_QUOTE: &str = "«إن الحكومة ستعلن خطة جديدة للطاقة في الأسبوع المقبل بعد دراسة طويلة»";

/// Rule id and flagged text of each finding of `src` read as Markdown.
fn findings(src: &str) -> Vec<(&'static str, String)> {
    analyze_text(src, Format::Markdown, &Profile::embedded())
        .findings
        .into_iter()
        .map(|f| (f.rule, src.get(f.range).unwrap_or("").to_string()))
        .collect()
}

#[test]
fn a_leading_thematic_break_never_closed_is_checked_as_prose() {
    let src = format!("---\n\n{BODY}");
    let got = findings(&src);
    assert_eq!(got, [("missing-credit", "أكد".to_string())]);
}

#[test]
fn closed_front_matter_still_gives_its_credit() {
    let src = format!("---\ncredit: سانا\n---\n\n{BODY}");
    assert_eq!(findings(&src), []);
    let src = format!("---\ntitle: خبر\n---\n\n{BODY}");
    assert_eq!(findings(&src), [("missing-credit", "أكد".to_string())]);
}

#[test]
fn the_lone_quotation_is_flagged_as_prose() {
    // The control for the tests below: the same quotation, as text, is flagged.
    let src = format!("دمشق - سانا\n\n{BODY}\n{LONE_QUOTE}\n");
    let got = findings(&src);
    assert_eq!(got, [("unattributed-quote", LONE_QUOTE.to_string())]);
}

#[test]
fn quotations_in_code_script_and_shortcodes_raise_nothing() {
    for hidden in [
        format!("    {LONE_QUOTE}\n"),
        format!("<script>\nvar s = \"{LONE_QUOTE}\";\n</script>\n"),
        format!("<STYLE>\np::after {{ content: \"{LONE_QUOTE}\" }}\n</style>\n"),
        format!("- بند\n\n  ```\n  {LONE_QUOTE}\n  ```\n"),
        format!("{{{{< tweet text=\"{LONE_QUOTE}\" >}}}}\n"),
        format!("قال `` ` {LONE_QUOTE} `` ثم\n"),
    ] {
        let src = format!("دمشق - سانا\n\n{BODY}\n{hidden}");
        assert_eq!(findings(&src), [], "{hidden}");
    }
}

#[test]
fn a_paired_shortcode_body_is_prose() {
    let src = format!("دمشق - سانا\n\n{BODY}\n{{{{% quote %}}}}{LONE_QUOTE}{{{{% /quote %}}}}\n");
    let got = findings(&src);
    assert_eq!(got, [("unattributed-quote", LONE_QUOTE.to_string())]);
}
