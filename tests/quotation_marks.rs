//! Quotations as the review pass sees them, per quotation mark: what was extracted (range, marks,
//! closed), what kind it is (speech, partial quote, quoted text, name) and who it is attributed
//! to. Unlike a test that only says "no finding", each case here fails when the marks are not
//! recognised at all (a quiet result on a quotation that was never extracted is not quiet).

use isnad::analysis::quotes::{MarkKind, Quote, QuoteForm};
use isnad::analysis::{Analysis, analyze_text};
use isnad::profile::Profile;
use isnad::text::Format;

fn analysis(src: &str) -> Analysis {
    analyze_text(src, Format::Plain, &Profile::embedded())
}

/// (text of the quotation with its marks, mark kind, closed, form, speaker) per quotation.
fn seen(src: &str, q: &[Quote]) -> Vec<(String, MarkKind, bool, QuoteForm, Option<String>)> {
    q.iter()
        .map(|q| {
            (
                src[q.range.clone()].to_string(),
                q.kind,
                q.closed,
                q.form,
                q.attribution
                    .as_ref()
                    .and_then(|a| a.speaker.as_ref())
                    .map(|s| s.1.clone()),
            )
        })
        .collect()
}

#[test]
fn names_in_guillemets_are_extracted_as_names_not_speech() {
    let src = "ونقلت صحيفة «الأنباء» عن وكالة «كونا» أن البرلمان أقر الموازنة.";
    let a = analysis(src);
    assert!(a.findings.is_empty(), "{:?}", a.findings);
    // Who a name is "attributed" to is not asserted: names are not listed with speakers.
    let got: Vec<(String, MarkKind, bool, QuoteForm)> = seen(src, &a.quotes)
        .into_iter()
        .map(|(t, k, c, f, _)| (t, k, c, f))
        .collect();
    assert_eq!(
        got,
        [
            (
                "«الأنباء»".to_string(),
                MarkKind::Guillemet,
                true,
                QuoteForm::Name
            ),
            (
                "«كونا»".to_string(),
                MarkKind::Guillemet,
                true,
                QuoteForm::Name
            ),
        ]
    );
    assert!(a.quotes.iter().all(|q| !q.speech));
}

#[test]
fn attributed_speech_in_each_mark_is_extracted_attributed_and_quiet() {
    let cases = [
        (
            "وأكد وزير الداخلية سامي العتيبي أن «الأمن مستقر في كل مناطق البلاد منذ أشهر».",
            "«الأمن مستقر في كل مناطق البلاد منذ أشهر»",
            MarkKind::Guillemet,
            "وزير الداخلية سامي العتيبي",
        ),
        (
            "وقال رئيس الوزراء نادر الحلبي: “سنعرض الخطة على البرلمان خلال الأسبوع المقبل”.",
            "“سنعرض الخطة على البرلمان خلال الأسبوع المقبل”",
            MarkKind::Curly,
            "رئيس الوزراء نادر الحلبي",
        ),
        (
            "وقال رئيس الوزراء نادر الحلبي: ”سنعرض الخطة على البرلمان خلال الأسبوع المقبل“.",
            "”سنعرض الخطة على البرلمان خلال الأسبوع المقبل“",
            MarkKind::Curly,
            "رئيس الوزراء نادر الحلبي",
        ),
        (
            "وأضافت المتحدثة باسم الوزارة هالة النجار: \"لن تتوقف الرحلات خلال فترة الأعياد\".",
            "\"لن تتوقف الرحلات خلال فترة الأعياد\"",
            MarkKind::Straight,
            "المتحدثة باسم الوزارة هالة النجار",
        ),
    ];
    for (src, quote, kind, speaker) in cases {
        let a = analysis(src);
        assert!(a.findings.is_empty(), "{src}: {:?}", a.findings);
        assert_eq!(
            seen(src, &a.quotes),
            [(
                quote.to_string(),
                kind,
                true,
                QuoteForm::Speech,
                Some(speaker.to_string())
            )],
            "{src}"
        );
        assert!(a.quotes[0].speech, "{src}");
    }
}

#[test]
fn the_same_speech_with_no_attribution_is_flagged_at_its_marks() {
    // The speech of the case above, standing in a paragraph after a paraphrase: flagged, on the
    // quotation with its marks.
    let src = "وأضاف وزير الداخلية سامي العتيبي أن الحكومة ستنشر قوات إضافية.\n\n«الأمن مستقر في كل مناطق البلاد منذ أشهر»\n\n(وكالات)\n";
    let a = analysis(src);
    let got: Vec<(&str, &str)> = a
        .findings
        .iter()
        .map(|f| (f.rule, &src[f.range.clone()]))
        .collect();
    assert_eq!(
        got,
        [(
            "unattributed-quote",
            "«الأمن مستقر في كل مناطق البلاد منذ أشهر»"
        )]
    );
}
