//! Inputs that once made isnad panic (issue 10, and the fuzzer's finds: see docs/fuzzing.md),
//! through the analysis and the review sheet, with the real results asserted.

use isnad::analysis::{Lang, analyze_text};
use isnad::profile::Profile;
use isnad::report;
use isnad::text::Format;

fn review(text: &str) -> report::Story {
    let profile = Profile::embedded();
    let a = analyze_text(text, Format::Plain, &profile);
    let inputs = [report::StoryInput {
        path: "draft.txt".to_string(),
        format: Format::Plain,
        content: Ok((text.to_string(), a)),
    }];
    report::build(&inputs, &profile, Lang::En)
        .stories
        .into_iter()
        .next()
        .expect("one story")
}

fn rules(text: &str, format: Format) -> Vec<&'static str> {
    analyze_text(text, format, &Profile::embedded())
        .findings
        .iter()
        .map(|f| f.rule)
        .collect()
}

#[test]
fn nested_quotation_is_one_attributed_quotation_in_the_review() {
    let text = "وقال الوزير: «إن ما نشرته وكالة «سانا» غير دقيق على الإطلاق».";
    let story = review(text);
    assert_eq!(story.quotes.len(), 1);
    let q = &story.quotes[0];
    assert_eq!(q.span.start, text.find('«').unwrap());
    assert_eq!(q.span.end, text.rfind('»').unwrap() + '»'.len_utf8());
    assert_eq!(q.span.line, 1);
    assert!(q.attributed);
    assert_eq!(q.speaker.as_deref(), Some("الوزير"));
    assert_eq!(q.cue.as_deref(), Some("وقال"));
    // The inner «سانا» is part of the quotation, not a quoted name of its own.
    assert!(story.quoted_names.is_empty());
    for format in [Format::Plain, Format::Markdown] {
        let r = rules(text, format);
        assert!(!r.contains(&"unattributed-quote"), "{r:?}");
        assert!(!r.contains(&"unbalanced-quote"), "{r:?}");
    }
}

#[test]
fn issue_crash_inputs_give_their_findings() {
    // (input, rules expected in plain text, in order of their start; too short for missing-credit)
    let cases: [(&str, &[&str]); 6] = [
        ("«أ «ب» ج»", &[]),
        ("\"«أ»\"", &[]),
        ("“التحالف“", &[]),
        ("\u{a0}شـغ", &["tatweel"]),
        ("رئيس\"کرئيس\"تابع", &["lookalike-letter"]),
        (
            "«وزیر وزير ووزير»مؤكدا",
            &["name-variant", "lookalike-letter"],
        ),
    ];
    let got: Vec<Vec<&str>> = cases.iter().map(|(t, _)| rules(t, Format::Plain)).collect();
    let want: Vec<Vec<&str>> = cases.iter().map(|(_, e)| e.to_vec()).collect();
    assert_eq!(got, want);
    for (text, _) in cases {
        let story = review(text);
        assert!(story.quotes.is_empty(), "{text:?}: {:?}", story.quotes);
        assert!(story.quoted_names.len() <= 1, "{text:?}");
    }
}

#[test]
fn a_variant_word_after_a_two_byte_space_is_flagged_on_its_own_characters() {
    // The fuzzer's find: a name of two words split by U+0085 (white space of two bytes); the
    // finding's range was counted as if every separator were one byte, and fell inside a letter.
    let text =
        "أعلنت وكالة\u{85} الاحمد عن رحلات جديدة إلى تركيا. وقالت وكالة الأحمد إن الأسعار ثابتة.";
    let a = analyze_text(text, Format::Plain, &Profile::embedded());
    let variants: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.rule == "name-variant")
        .map(|f| &text[f.range.clone()])
        .collect();
    assert_eq!(variants, ["الاحمد"]);
}

#[test]
fn a_name_mention_no_word_holds_is_kept_not_a_panic() {
    // Found by the fuzzer: a presentation-form ligature (ﷲ) and a word in presentation forms give
    // a mention that starts where no word does; the filter of ordinary words taken for people
    // looked at the word after the last one.
    let text = "\u{202f} [x](https://example.com/a?b=„c»)إن (أ فﷲ ب) قال وقالدمشق فارس ﺍﻟﻮﺯ";
    let f = analyze_text(text, Format::Plain, &Profile::embedded()).findings;
    let got: Vec<(&str, usize, usize)> = f
        .iter()
        .map(|f| (f.rule, f.range.start, f.range.end))
        .collect();
    assert_eq!(
        got,
        [
            ("unbalanced-quote", 36, 38),
            ("presentation-form", 50, 53),
            ("presentation-form", 91, 103)
        ]
    );
}
