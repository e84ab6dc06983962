//! Golden tests over the drafts shipped in `tests/drafts/`: the published seed article is quiet; the
//! planted draft gives exactly its planted findings, and each warning's fix makes it disappear.

use isnad::analysis::{Finding, Severity, analyze_text, apply_edits};
use isnad::profile::Profile;
use isnad::text::Format;

fn draft(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/drafts/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn findings(text: &str, format: Format) -> Vec<Finding> {
    analyze_text(text, format, &Profile::embedded()).findings
}

#[test]
fn published_seed_article_has_no_findings_at_all() {
    let text = draft("seed-syria-iran-security.txt");
    let f = findings(&text, Format::Plain);
    assert!(
        f.is_empty(),
        "{:#?}",
        f.iter()
            .map(|f| (f.rule, &text[f.range.clone()]))
            .collect::<Vec<_>>()
    );
}

#[test]
fn seed_article_review_data() {
    let text = draft("seed-syria-iran-security.txt");
    let a = analyze_text(&text, Format::Plain, &Profile::embedded());
    // Speakers of the speech quotations: مملوك and شمخاني.
    let speakers: Vec<String> = a
        .quotes
        .iter()
        .filter(|q| q.speech)
        .filter_map(|q| {
            q.attribution
                .as_ref()?
                .speaker
                .as_ref()
                .map(|s| s.1.clone())
        })
        .collect();
    assert!(speakers.iter().any(|s| s.contains("مملوك")), "{speakers:?}");
    assert!(
        speakers.iter().any(|s| s.contains("شمخاني")),
        "{speakers:?}"
    );
    let agencies: Vec<&str> = a.agencies.iter().map(|m| m.credit.as_str()).collect();
    assert!(
        agencies.contains(&"سانا") && agencies.contains(&"فارس"),
        "{agencies:?}"
    );
    assert_eq!(a.credits.len(), 1);
    assert_eq!(
        &text[a.credits[0].range.clone()],
        "(سيرياهوم نيوز-وكالات-الوطن)"
    );
}

#[test]
fn planted_draft_gives_exactly_its_planted_findings() {
    let text = draft("planted-faults.md");
    let f = findings(&text, Format::Markdown);
    let got: Vec<(&str, &str)> = f.iter().map(|f| (f.rule, &text[f.range.clone()])).collect();
    assert_eq!(
        got,
        [
            ("missing-credit", "أكد"),
            ("name-variant", "الفياض"),
            (
                "unattributed-quote",
                "«لن نقبل بعد اليوم بأي تأخير في دفع مستحقات المتعهدين»"
            ),
            ("anonymous-source", "مصدر مطلع"),
        ]
    );
    assert_eq!(f[3].severity, Severity::Information);
}

#[test]
fn each_planted_warning_has_a_fix_that_clears_it() {
    let text = draft("planted-faults.md");
    for f in findings(&text, Format::Markdown) {
        if f.severity > Severity::Warning {
            continue;
        }
        let fix = f
            .fixes
            .first()
            .unwrap_or_else(|| panic!("{} has no fix", f.rule));
        let fixed = apply_edits(&text, &fix.edits);
        let after = findings(&fixed, Format::Markdown);
        assert!(
            !after.iter().any(|g| g.rule == f.rule),
            "{} still flagged after its fix:\n{fixed}",
            f.rule
        );
        // Nothing else appears.
        assert!(after.len() < findings(&text, Format::Markdown).len());
    }
}

#[test]
fn fixes_insert_real_spellings_not_keys() {
    let text = draft("planted-faults.md");
    let f = findings(&text, Format::Markdown);
    let nv = f.iter().find(|f| f.rule == "name-variant").unwrap();
    assert_eq!(nv.fixes[0].edits[0].new_text, "فياض");
    let uq = f.iter().find(|f| f.rule == "unattributed-quote").unwrap();
    assert_eq!(uq.fixes[0].edits[0].new_text, "قال فياض: ");
}
