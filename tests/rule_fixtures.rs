//! One fixture per rule of the registry, on short Arabic drafts written for these tests:
//!
//! - a draft where the rule fires: the exact findings of the whole analysis (rule, byte range,
//!   the flagged text) and the exact fixes (edits, replacement text, applicability);
//! - applying each fix and analysing again removes that finding and adds none;
//! - a published-copy negative (a clean wire-style paragraph with a credit) on which no rule
//!   fires, with a check that the construct the rule is quiet on was seen (the quotation was
//!   extracted and attributed, the name detected with one spelling, the credit found ...), and a
//!   contrast: one small edit of that same paragraph makes the rule fire at the edit, so the rule
//!   did look at it.
//!
//! The tests iterate `isnad::analysis::RULES`: a rule added to the registry without a fixture
//! here fails `every_rule_has_a_fixture`.

use isnad::analysis::hygiene::DigitStyle;
use isnad::analysis::names::NameKind;
use isnad::analysis::{
    Analysis, Context, Finding, RULES, RuleId, analyze_text, apply_edits, finding::Applicability,
};
use isnad::profile::Profile;
use isnad::text::{Document, Format};
use std::ops::Range;

/// A fix expected on a finding: its edits (byte range replaced, new text) and applicability.
struct ExpectFix {
    edits: &'static [(Range<usize>, &'static str)],
    applicability: Applicability,
}

/// A fix as compared: its edits (byte range, new text) and applicability.
type FixShape<'a> = (Vec<(Range<usize>, &'a str)>, Applicability);

/// A draft on which `rule` fires once and no other rule fires.
struct Fires {
    src: &'static str,
    /// Byte range (half-open) of the finding.
    range: Range<usize>,
    /// The text at `range`.
    flagged: &'static str,
    /// The finding's fixes, in order; empty when the rule offers none.
    fixes: &'static [ExpectFix],
}

/// A published-copy paragraph on which no rule fires.
struct Quiet {
    src: &'static str,
    /// Asserts that the construct the rule is quiet on was seen.
    seen: fn(&str, &Analysis),
    /// (from, to, flagged): replacing the first `from` by `to` makes the rule fire once, on the
    /// text `flagged`.
    contrast: (&'static str, &'static str, &'static str),
}

struct Fixture {
    rule: RuleId,
    fires: Fires,
    quiet: Quiet,
}

const CREDIT: &str = "\n\n(وكالات)\n";

fn analysis(src: &str) -> Analysis {
    analyze_text(src, Format::Plain, &Profile::embedded())
}

fn findings(src: &str) -> Vec<Finding> {
    analysis(src).findings
}

/// (rule, byte range, flagged text) of every finding, for readable failures.
fn summary(src: &str, f: &[Finding]) -> Vec<(&'static str, Range<usize>, String)> {
    f.iter()
        .map(|f| {
            (
                f.rule,
                f.range.clone(),
                src.get(f.range.clone())
                    .unwrap_or("<not a char boundary>")
                    .to_string(),
            )
        })
        .collect()
}

fn fixtures() -> Vec<Fixture> {
    vec![
        Fixture {
            rule: RuleId::UnattributedQuote,
            fires: Fires {
                src: "وأضاف وزير الزراعة كمال الحسيني أن موسم القمح سيبدأ مبكراً هذا العام.\n\n«سنوزع البذور على المزارعين مجاناً في كل المحافظات»\n\n(وكالات)\n",
                range: 128..223,
                flagged: "«سنوزع البذور على المزارعين مجاناً في كل المحافظات»",
                fixes: &[ExpectFix {
                    edits: &[(128..128, "قال وزير الزراعة كمال الحسيني: ")],
                    applicability: Applicability::Unsafe,
                }],
            },
            quiet: Quiet {
                src: "عمّان - بترا\n\nوأكد وزير الزراعة كمال الحسيني أن «موسم القمح سيبدأ مبكراً هذا العام في كل المحافظات».\n",
                seen: |src, a| {
                    assert_eq!(a.quotes.len(), 1);
                    let q = &a.quotes[0];
                    assert!(q.speech && q.closed);
                    assert_eq!(
                        &src[q.range.clone()],
                        "«موسم القمح سيبدأ مبكراً هذا العام في كل المحافظات»"
                    );
                    let at = q.attribution.as_ref().expect("attributed");
                    assert_eq!(&src[at.cue.clone()], "وأكد");
                    assert_eq!(
                        at.speaker.as_ref().map(|s| s.1.as_str()),
                        Some("وزير الزراعة كمال الحسيني")
                    );
                    assert!(!at.anonymous);
                },
                // The attribution moved to a paragraph of its own, before the quotation.
                contrast: (
                    "أن «موسم",
                    "أن الموسم قريب.\n\n«موسم",
                    "«موسم القمح سيبدأ مبكراً هذا العام في كل المحافظات»",
                ),
            },
        },
        Fixture {
            rule: RuleId::UnbalancedQuote,
            fires: Fires {
                src: "وقال وزير النقل كمال الحسيني: «سنفتتح الطريق الجديد الشهر المقبل، وأضاف أن الأعمال شارفت على الانتهاء.\n\n(وكالات)\n",
                range: 54..56,
                flagged: "«",
                fixes: &[],
            },
            quiet: Quiet {
                src: "عمّان - بترا\n\nوقال وزير النقل كمال الحسيني: «سنفتتح الطريق الجديد الشهر المقبل»، وأضاف أن الأعمال شارفت على الانتهاء.\n",
                seen: |src, a| {
                    assert_eq!(a.quotes.len(), 1);
                    let q = &a.quotes[0];
                    assert!(q.closed);
                    assert_eq!(&src[q.range.clone()], "«سنفتتح الطريق الجديد الشهر المقبل»");
                    assert_eq!(&src[q.inner.clone()], "سنفتتح الطريق الجديد الشهر المقبل");
                },
                contrast: ("«سنفتتح", "سنفتتح", "»"),
            },
        },
        Fixture {
            rule: RuleId::NameVariant,
            fires: Fires {
                src: "قال وزير المالية ياسر القباني إن العجز تراجع. وأضاف القباني أن الإيرادات ارتفعت، وأوضح قباني أن الدين مستقر.\n\n(وكالات)\n",
                range: 159..169,
                flagged: "قباني",
                fixes: &[ExpectFix {
                    edits: &[(159..169, "القباني")],
                    applicability: Applicability::Unsafe,
                }],
            },
            quiet: Quiet {
                src: "عمّان - بترا\n\nقال وزير المالية ياسر القباني إن عجز الموازنة تراجع خلال الربع الأول. وأضاف القباني أن الإيرادات الضريبية ارتفعت، وأوضح القباني أن الدين العام مستقر.\n",
                seen: |src, a| {
                    let e = a
                        .names
                        .iter()
                        .find(|e| {
                            e.mentions
                                .iter()
                                .any(|m| src[m.range.clone()].contains("القباني"))
                        })
                        .expect("القباني detected");
                    assert_eq!(e.mentions.len(), 3, "{e:?}");
                    let spellings: Vec<String> = e.spellings().into_iter().map(|s| s.0).collect();
                    assert_eq!(spellings.len(), 1, "{spellings:?}");
                    assert!(spellings[0].ends_with("القباني"), "{spellings:?}");
                },
                contrast: ("وأوضح القباني", "وأوضح قباني", "قباني"),
            },
        },
        Fixture {
            rule: RuleId::FirstReference,
            fires: Fires {
                src: "وأجرى اللواء حداد مباحثات في عمّان مع نظيره الأردني. وأكد رئيس الأركان اللواء سمير حداد أن التعاون مستمر.\n\n(وكالات)\n",
                range: 24..32,
                flagged: "حداد",
                fixes: &[ExpectFix {
                    edits: &[(24..24, "سمير ")],
                    applicability: Applicability::Unsafe,
                }],
            },
            quiet: Quiet {
                src: "عمّان - بترا\n\nأكد رئيس هيئة الأركان اللواء سمير حداد أن التعاون العسكري مع العراق مستمر. وأجرى اللواء حداد مباحثات مع نظيره العراقي في بغداد أمس.\n",
                seen: |src, a| {
                    let e = a
                        .names
                        .iter()
                        .find(|e| {
                            e.mentions
                                .iter()
                                .any(|m| src[m.range.clone()].contains("حداد"))
                        })
                        .expect("حداد detected");
                    assert!(e.given.iter().any(|g| g == "سمير"), "{e:?}");
                    let texts: Vec<&str> =
                        e.mentions.iter().map(|m| &src[m.range.clone()]).collect();
                    assert_eq!(texts.len(), 2, "{texts:?}");
                    assert!(texts.iter().all(|t| t.ends_with("حداد")), "{texts:?}");
                },
                // The full name moved after the short one.
                contrast: (
                    "رئيس هيئة الأركان اللواء سمير حداد أن التعاون العسكري مع العراق مستمر. وأجرى اللواء حداد",
                    "اللواء حداد أن التعاون العسكري مع العراق مستمر. وأجرى رئيس هيئة الأركان اللواء سمير حداد",
                    "حداد",
                ),
            },
        },
        Fixture {
            rule: RuleId::MissingCredit,
            fires: Fires {
                src: "أعلنت وزارة الصحة السورية افتتاح مستشفى جديد في مدينة حمص يضم مئتي سرير، بحسب ما ذكرت وكالة «سانا» الرسمية.\n\nوأوضحت الوزارة أن المستشفى سيخدم سكان الريف الشرقي للمحافظة، وأن العمل فيه يبدأ الشهر المقبل.\n",
                range: 0..10,
                flagged: "أعلنت",
                fixes: &[ExpectFix {
                    edits: &[(368..369, "\n(سانا)\n")],
                    applicability: Applicability::Unsafe,
                }],
            },
            quiet: Quiet {
                src: "أعلنت وزارة الصحة السورية افتتاح مستشفى جديد في مدينة حمص يضم مئتي سرير، وأوضحت الوزارة أن المستشفى سيخدم سكان الريف الشرقي للمحافظة، وأن العمل فيه يبدأ الشهر المقبل.\n\n(سانا)\n",
                seen: |src, a| {
                    assert_eq!(a.credits.len(), 1);
                    assert_eq!(&src[a.credits[0].range.clone()], "(سانا)");
                },
                // missing-credit's finding sits on the first word of the story.
                contrast: ("\n\n(سانا)\n", "\n", "أعلنت"),
            },
        },
        Fixture {
            rule: RuleId::AnonymousSource,
            fires: Fires {
                src: "وقال مصدر مطلع إن الاجتماع تأجل إلى الأسبوع المقبل.\n\n(وكالات)\n",
                range: 9..26,
                flagged: "مصدر مطلع",
                fixes: &[],
            },
            quiet: Quiet {
                src: "عمّان - بترا\n\nوقال مسؤول في وزارة الداخلية سامي العتيبي إن الاجتماع تأجل إلى الأسبوع المقبل.\n",
                seen: |src, a| {
                    // The official was named: a person with a given name, right after the post.
                    assert!(a.anonymous.is_empty());
                    let e = a
                        .names
                        .iter()
                        .find(|e| e.key == "العتيبي")
                        .expect("العتيبي");
                    assert_eq!(e.given, ["سامي"]);
                    let m: Vec<&str> = e.mentions.iter().map(|m| &src[m.range.clone()]).collect();
                    assert_eq!(m, ["العتيبي"]);
                    assert_eq!(e.kind, NameKind::Person);
                },
                contrast: (
                    "مسؤول في وزارة الداخلية سامي العتيبي",
                    "مسؤول في وزارة الداخلية",
                    "مسؤول في وزارة الداخلية",
                ),
            },
        },
        Fixture {
            rule: RuleId::LookalikeLetter,
            fires: Fires {
                src: "وقال الوزیر إن الاجتماع انتهى.\n\n(وكالات)\n",
                range: 17..19,
                flagged: "ی",
                fixes: &[ExpectFix {
                    edits: &[(17..19, "ي")],
                    applicability: Applicability::Safe,
                }],
            },
            quiet: Quiet {
                src: "طهران - أ ف ب\n\nورفع المحتجون لافتة كتب عليها «ما به دنبال جنگ نیستیم» أمام مبنى البرلمان.\n",
                seen: |src, a| {
                    // The quoted slogan was read as a Persian run, word by word.
                    let q = a.quotes.first().expect("the slogan is a quotation");
                    assert_eq!(&src[q.inner.clone()], "ما به دنبال جنگ نیستیم");
                    let doc = Document::new(src, Format::Plain);
                    let profile = Profile::embedded();
                    let cx = Context::new(&doc, &profile);
                    let foreign: Vec<&str> = doc
                        .words
                        .iter()
                        .zip(&cx.scan().foreign_run)
                        .filter(|(_, f)| **f)
                        .map(|(w, _)| &src[w.range.clone()])
                        .collect();
                    assert_eq!(foreign, ["ما", "به", "دنبال", "جنگ", "نیستیم"]);
                },
                contrast: ("مبنى", "مبنی", "ی"),
            },
        },
        Fixture {
            rule: RuleId::PresentationForm,
            fires: Fires {
                src: "وقال ﻣﺤﻤﺪ إن الاجتماع انتهى.\n\n(وكالات)\n",
                range: 9..21,
                flagged: "ﻣﺤﻤﺪ",
                fixes: &[ExpectFix {
                    edits: &[(9..21, "محمد")],
                    applicability: Applicability::Safe,
                }],
            },
            quiet: Quiet {
                // The ornate parentheses lie in the presentation-forms block but are not letters.
                src: "القاهرة - أ ش أ\n\nوتلا الإمام في خطبة الجمعة قوله تعالى ﴿وتعاونوا على البر والتقوى﴾ أمام المصلين.\n",
                seen: |src, a| {
                    assert!(src.contains('\u{FD3E}') && src.contains('\u{FD3F}'));
                    assert_eq!(a.credits.len(), 1);
                },
                contrast: ("البر", "ﺍﻟﺒﺮ", "ﺍﻟﺒﺮ"),
            },
        },
        Fixture {
            rule: RuleId::InvisibleChar,
            fires: Fires {
                src: "وصل الوفد إلى \u{200F}المسجد الأقصى صباح اليوم.\n\n(وكالات)\n",
                range: 25..28,
                flagged: "\u{200F}",
                fixes: &[ExpectFix {
                    edits: &[(25..28, "")],
                    applicability: Applicability::Safe,
                }],
            },
            quiet: Quiet {
                // A byte-order mark at the very start of the file.
                src: "\u{FEFF}الرياض - واس\n\nوصل الوفد إلى المدينة المنورة صباح اليوم في زيارة تستمر يومين.\n",
                seen: |src, a| {
                    assert!(src.starts_with('\u{FEFF}'));
                    // The dateline right after the mark was still found.
                    assert_eq!(a.credits.len(), 1);
                    assert_eq!(a.credits[0].range.start, 3, "{:?}", a.credits);
                },
                contrast: ("المدينة", "\u{FEFF}المدينة", "\u{FEFF}"),
            },
        },
        Fixture {
            rule: RuleId::Tatweel,
            fires: Fires {
                src: "بلغت الصفقات مليون صفقة مقابـــل مليونين أمس.\n\n(وكالات)\n",
                range: 52..58,
                flagged: "ـــ",
                fixes: &[ExpectFix {
                    edits: &[(52..58, "")],
                    applicability: Applicability::Safe,
                }],
            },
            quiet: Quiet {
                // A tatweel joining the article to a number is typography.
                src: "بيروت - الوكالة الوطنية\n\nوشارك في السباق أكثر من الـ100 متسابق من لبنان وسوريا والأردن.\n",
                seen: |src, a| {
                    assert!(src.contains("الـ100"));
                    assert_eq!(a.credits.len(), 1);
                },
                contrast: ("متسابق", "متسـابق", "ـ"),
            },
        },
        Fixture {
            rule: RuleId::MixedDigits,
            fires: Fires {
                src: "سجلت الوزارة ٢٣ إصابة جديدة و٤ وفيات منذ 15 آذار.\n\n(وكالات)\n",
                range: 74..76,
                flagged: "15",
                fixes: &[ExpectFix {
                    edits: &[(74..76, "١٥")],
                    applicability: Applicability::Unsafe,
                }],
            },
            quiet: Quiet {
                src: "دمشق - سانا\n\nسجلت وزارة الصحة ٢٣ إصابة جديدة و٤ وفيات منذ ١٥ آذار.\n",
                seen: |src, _| {
                    // All three numbers were counted, in one style.
                    let doc = Document::new(src, Format::Plain);
                    let profile = Profile::embedded();
                    let cx = Context::new(&doc, &profile);
                    let numbers: Vec<(&str, DigitStyle)> = cx
                        .scan()
                        .numbers
                        .iter()
                        .map(|(i, s)| (&src[doc.words[*i].range.clone()], *s))
                        .collect();
                    assert_eq!(numbers.len(), 3, "{numbers:?}");
                    assert!(numbers.iter().all(|n| n.1 == DigitStyle::ArabicIndic));
                    assert_eq!(cx.scan().majority_digits, Some(DigitStyle::ArabicIndic));
                },
                contrast: ("١٥", "15", "15"),
            },
        },
        Fixture {
            rule: RuleId::LatinPunctuation,
            fires: Fires {
                src: "وأوضح الطبيب أن المريض يعاني من أمراض مزمنة , وخضع لعملية جراحية.\n\n(وكالات)\n",
                range: 80..81,
                flagged: ",",
                fixes: &[ExpectFix {
                    edits: &[(80..81, "،")],
                    applicability: Applicability::Safe,
                }],
            },
            quiet: Quiet {
                // A Latin comma between digits is a thousands separator.
                src: "الكويت - كونا\n\nوبلغت كلفة المشروع 1,250 مليون دولار وفق بيان الوزارة.\n",
                seen: |src, a| {
                    assert!(src.contains("1,250"));
                    assert_eq!(a.credits.len(), 1);
                },
                contrast: ("المشروع 1", "المشروع, 1", ","),
            },
        },
    ]
}

fn fixture(rule: RuleId) -> Fixture {
    fixtures()
        .into_iter()
        .find(|f| f.rule == rule)
        .unwrap_or_else(|| panic!("no fixture for `{rule}`: add one to tests/rule_fixtures.rs"))
}

#[test]
fn every_rule_has_a_fixture() {
    let all = fixtures();
    for r in RULES {
        let id = r.meta().id;
        assert_eq!(
            all.iter().filter(|f| f.rule == id).count(),
            1,
            "`{id}` needs exactly one fixture in tests/rule_fixtures.rs"
        );
    }
    assert_eq!(all.len(), RULES.len());
    assert_eq!(RULES.len(), RuleId::ALL.len());
}

#[test]
fn each_rule_fires_on_its_fixture_with_the_exact_range_and_fix() {
    for r in RULES {
        let id = r.meta().id;
        let fx = fixture(id).fires;
        let f = findings(fx.src);
        assert_eq!(
            summary(fx.src, &f),
            [(id.as_str(), fx.range.clone(), fx.flagged.to_string())],
            "`{id}`"
        );
        assert_eq!(f[0].severity, r.meta().default_severity, "`{id}`");
        let got: Vec<FixShape> = f[0]
            .fixes
            .iter()
            .map(|x| {
                (
                    x.edits
                        .iter()
                        .map(|e| (e.range.clone(), e.new_text.as_str()))
                        .collect(),
                    x.applicability,
                )
            })
            .collect();
        let want: Vec<FixShape> = fx
            .fixes
            .iter()
            .map(|x| (x.edits.to_vec(), x.applicability))
            .collect();
        assert_eq!(got, want, "`{id}` fixes");
    }
}

#[test]
fn each_fix_removes_exactly_its_own_finding() {
    let mut with_fix = 0;
    for r in RULES {
        let id = r.meta().id;
        let fx = fixture(id).fires;
        let f = findings(fx.src);
        assert_eq!(f.len(), 1, "`{id}`: {:?}", summary(fx.src, &f));
        for fix in &f[0].fixes {
            with_fix += 1;
            let fixed = apply_edits(fx.src, &fix.edits);
            assert_ne!(fixed, fx.src, "`{id}`: the fix changes nothing");
            let after = findings(&fixed);
            assert!(
                after.is_empty(),
                "`{id}`: after its fix «{}»:\n{fixed}\n{:?}",
                fix.title.en,
                summary(&fixed, &after)
            );
        }
    }
    // Every fix the fixtures expect was applied (a new rule's fixture needs no count here).
    let expected: usize = fixtures().iter().map(|f| f.fires.fixes.len()).sum();
    assert_eq!(with_fix, expected);
    assert!(with_fix >= RULES.len() / 2, "{with_fix} fixes tried");
}

#[test]
fn published_copy_is_quiet_and_its_constructs_were_seen() {
    for r in RULES {
        let id = r.meta().id;
        let q = fixture(id).quiet;
        let a = analysis(q.src);
        assert!(
            a.findings.is_empty(),
            "`{id}` published copy: {:?}",
            summary(q.src, &a.findings)
        );
        (q.seen)(q.src, &a);
    }
}

#[test]
fn one_edit_of_the_published_copy_makes_the_rule_fire_there() {
    for r in RULES {
        let id = r.meta().id;
        let q = fixture(id).quiet;
        let (from, to, flagged) = q.contrast;
        assert!(q.src.contains(from), "`{id}`: no «{from}»");
        let edited = q.src.replacen(from, to, 1);
        let f: Vec<Finding> = findings(&edited)
            .into_iter()
            .filter(|f| f.rule == id)
            .collect();
        let got: Vec<&str> = f.iter().map(|f| &edited[f.range.clone()]).collect();
        assert_eq!(got, [flagged], "`{id}` on:\n{edited}");
    }
}

#[test]
fn fixtures_are_plain_text_with_their_credit() {
    // The fires drafts carry a credit line so that missing-credit stays out of them; the one that
    // tests missing-credit has none.
    for f in fixtures() {
        assert_eq!(
            f.fires.src.ends_with(CREDIT),
            f.rule != RuleId::MissingCredit,
            "`{}`",
            f.rule
        );
    }
}
