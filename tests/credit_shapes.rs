//! Credit shapes of Arabic outlets that `missing-credit` once missed (issue 12, item 6), each in a
//! small invented story: with its credit the story is credited, and the same story with the
//! credit taken out is flagged. The stories and the credits were written for isnad from the way
//! Arabic wires and papers credit their copy (the catalogue of session 27), not from a test set.

use isnad::analysis::analyze_text;
use isnad::profile::Profile;
use isnad::text::Format;

/// A headline and a story of three paragraphs, a quotation with its speaker in the second.
const HEADLINE: &str = "حملة تطعيم موسعة ضد الحصبة في المدارس الابتدائية";
const LEDE: &str = "أطلقت وزارة الصحة، أمس الجمعة، حملة وطنية لتطعيم تلاميذ المدارس الابتدائية ضد الحصبة، تستمر ثلاثة أسابيع وتستهدف أكثر من مليون طفل.";
const BODY: &str = "وقالت مديرة برنامج التحصين الدكتورة سلوى العبيدي إن الحملة «ضرورية بعد تسجيل إصابات متفرقة في ثلاث محافظات خلال الشهرين الماضيين».\nودعت الوزارة أولياء الأمور إلى التعاون مع الفرق الطبية، مؤكدة أن اللقاح مجاني ومتوفر في جميع المراكز الصحية.\n";

/// True when `missing-credit` flags `src` (plain text).
fn flagged(src: &str) -> bool {
    analyze_text(src, Format::Plain, &Profile::embedded())
        .findings
        .iter()
        .any(|f| f.rule == "missing-credit")
}

/// The story with `credit` opening its lede.
fn with_lede_credit(credit: &str) -> String {
    format!("{HEADLINE}\n{credit}{LEDE}\n{BODY}")
}

/// The story with `line` on its own line under the headline.
fn with_header_line(line: &str) -> String {
    format!("{HEADLINE}\n{line}\n{LEDE}\n{BODY}")
}

/// The story with nothing crediting it.
fn uncredited() -> String {
    format!("{HEADLINE}\n{LEDE}\n{BODY}")
}

#[test]
fn the_story_without_its_credit_is_flagged() {
    assert!(flagged(&uncredited()));
}

#[test]
fn a_dateline_with_the_filing_date_and_no_agency_credits_the_story() {
    for credit in [
        "كيفة، 04/12/2026 - ",
        "دمشق 5 كانون الأول 2026 -- ",
        "الإسكندرية في 5 ديسمبر 2026 - ",
        "بيروت ٥ كانون الأول ٢٠٢٦ - ",
        "نابلس، الجمعة 5 كانون الأول 2026 - ",
        "الرياض 14 جمادى الآخرة 1448 هـ الموافق 5 ديسمبر 2026 م واس ",
    ] {
        assert!(!flagged(&with_lede_credit(credit)), "{credit:?}");
    }
    // A publication date is no dateline: the story is still flagged.
    for not_credit in ["السبت 5 ديسمبر 2026 - ", "في 5 ديسمبر 2026، "] {
        assert!(flagged(&with_lede_credit(not_credit)), "{not_credit:?}");
    }
}

#[test]
fn a_credit_on_the_headline_line_or_in_a_cell_of_a_header_line_credits_the_story() {
    for headline in [
        format!("{HEADLINE} - الرياض (واس)"),
        format!("{HEADLINE} | عمان - بترا"),
        format!("{HEADLINE} - دمشق - سانا"),
    ] {
        let src = format!("{headline}\n{LEDE}\n{BODY}");
        assert!(!flagged(&src), "{headline:?}");
    }
    let src = with_header_line("السبت 5 ديسمبر 2026 - 12:30 | كتب: سامح رشدي");
    assert!(!flagged(&src));
    for not_credit in [
        format!("{HEADLINE} | فيديو"),
        format!("{HEADLINE} - الحلقة الثانية"),
    ] {
        let src = format!("{not_credit}\n{LEDE}\n{BODY}");
        assert!(flagged(&src), "{not_credit:?}");
    }
    assert!(flagged(&with_header_line("آخر تحديث: 05/12/2026 - 14:20")));
}

#[test]
fn a_web_byline_and_a_correspondent_after_min_credit_the_story() {
    for line in [
        "بواسطة: ليلى العمري",
        "من طرابلس كتب مراد الشريف",
        "من بيروت، كتبت سهى يونس",
        "من مراسلنا في طرابلس",
    ] {
        assert!(!flagged(&with_header_line(line)), "{line:?}");
    }
}

/// A standfirst under the headline: a line that sums the story up and ends no sentence.
const STANDFIRST: &str =
    "الحملة تشمل جميع المحافظات وتستمر ثلاثة أسابيع وسط إقبال واسع من الأهالي على المراكز الصحية";

/// A headline of more than fifteen words, as some wires write them.
const LONG_HEADLINE: &str = "وزارة الصحة تطلق حملة وطنية موسعة لتطعيم تلاميذ المدارس الابتدائية ضد الحصبة في جميع المحافظات بعد تسجيل إصابات متفرقة";

#[test]
fn a_dateline_filling_its_own_line_under_the_headline_credits_the_story() {
    // session 28: SPA's own line (the agency's code ends it), a place and its date alone.
    for line in [
        "المدينة المنورة 3 رجب 1448 هـ الموافق 5 ديسمبر 2026 م واس",
        "الكويت 5 ديسمبر 2026 (كونا)",
        "دمشق 5 كانون الأول 2026",
    ] {
        assert!(!flagged(&with_header_line(line)), "{line:?}");
    }
    // A page's stamp is no dateline.
    for not_credit in [
        "تاريخ النشر 05/12/2026",
        "آخر تحديث 05/12/2026",
        "السبت 5 ديسمبر 2026",
    ] {
        assert!(flagged(&with_header_line(not_credit)), "{not_credit:?}");
    }
}

#[test]
fn a_place_and_the_papers_name_in_brackets_credit_the_story() {
    // session 28: Gulf dailies' own dateline (أبوظبي (الاتحاد)).
    for line in ["دبي (البيان)", "الشارقة «الخليج»", "القاهرة (الشروق)"]
    {
        assert!(!flagged(&with_header_line(line)), "{line:?}");
    }
    for not_credit in ["غزة (صور)", "بيروت (فيديو)", "دمشق (5 ديسمبر)"] {
        assert!(flagged(&with_header_line(not_credit)), "{not_credit:?}");
    }
}

#[test]
fn a_writers_name_and_post_credit_the_story_under_the_headline_or_its_standfirst() {
    // session 28: Independent Arabia's byline (a name, a post, a nationality).
    assert!(!flagged(&with_header_line("نادين الحكيم صحافية سورية")));
    let under_standfirst = |line: &str| format!("{HEADLINE}\n{STANDFIRST}\n{line}\n{LEDE}\n{BODY}");
    for line in ["سلمى يوسف كاتبة وصحافية لبنانية", "هشام العلوي مراسل"]
    {
        assert!(!flagged(&under_standfirst(line)), "{line:?}");
    }
    // The standfirst alone credits nothing, nor does a headline about a writer.
    assert!(flagged(&format!(
        "{HEADLINE}\n{STANDFIRST}\n{LEDE}\n{BODY}"
    )));
    assert!(flagged(&with_header_line(
        "سامر يوسف كاتب مصري يفوز بجائزة"
    )));
}

#[test]
fn a_dateline_under_a_long_headline_credits_the_story() {
    // session 28: LANA's dateline under a headline of seventeen words.
    for credit in ["طرابلس 05 ديسمبر 2026 (وال) - ", "عمّان (بترا) - "] {
        let src = format!("{LONG_HEADLINE}\n{credit}{LEDE}\n{BODY}");
        assert!(!flagged(&src), "{credit:?}");
    }
    assert!(flagged(&format!("{LONG_HEADLINE}\n{LEDE}\n{BODY}")));
}

/// The story with `line` on its own line at its foot.
fn with_last_line(line: &str) -> String {
    format!("{HEADLINE}\n{LEDE}\n{BODY}{line}\n")
}

#[test]
fn an_outlets_tag_made_of_a_press_noun_and_its_name_credits_the_story() {
    // session 29 (the kind of probe27 004): a portal's or paper's name under the headline.
    for line in [
        "بوابة الوفد",
        "موقع عرب 48",
        "جريدة الصباح الجديد",
        "بوابة فيتو",
    ] {
        assert!(!flagged(&with_header_line(line)), "{line:?}");
    }
    assert!(!flagged(&with_last_line("بوابة الشروق")));
    // A subheading naming what the story is about, which the body names again.
    let src =
        format!("{HEADLINE}\nموقع الحملة\n{LEDE}\n{BODY}وزار الوزير موقع الحملة في العاصمة.\n");
    assert!(flagged(&src));
}

#[test]
fn a_writers_name_with_the_city_in_brackets_or_an_initial_credits_the_story() {
    // session 29 (probe27 005 and 018): Saudi dailies' byline, Algerian dailies' initials.
    for line in [
        "فهد العتيبي (جدة)",
        "نواف بن سعد (المدينة المنورة)",
        "حسن آل مريع (أبها)",
        "حسان. م",
        "نادية ب.",
    ] {
        assert!(!flagged(&with_header_line(line)), "{line:?}");
    }
    for not_credit in ["الطبيب سامر يوسف (عمّان)", "سامر يوسف (أرشيفية)", "ب. 2"]
    {
        assert!(flagged(&with_header_line(not_credit)), "{not_credit:?}");
    }
}

#[test]
fn a_town_no_list_holds_before_the_writers_name_credits_the_story() {
    // session 29 (probe27 019): a regional correspondent's town, also a given name.
    assert!(!flagged(&with_header_line("بشار: كريمة بن عيسى")));
    for not_credit in ["الضحية: كريمة بن عيسى", "الضحية: سامر يوسف"]
    {
        assert!(flagged(&with_header_line(not_credit)), "{not_credit:?}");
    }
}

#[test]
fn a_sites_bare_address_credits_the_story() {
    // session 28's list of shapes left: a bare web domain at the foot or under the headline.
    assert!(!flagged(&with_last_line("www.alwasat-news.com")));
    assert!(!flagged(&with_header_line("www.hespress.com")));
    assert!(flagged(&with_last_line("www.moh.gov.jo")));
}

/// A headline put as a question (its first line ends with «؟»), then the place and the writer's
/// name on their own line: the credit is under the headline, not missing.
#[test]
fn a_writers_line_under_a_headline_put_as_a_question_credits_the_story() {
    let question = "حملة تطعيم ضد الحصبة في المدارس: وقاية للأطفال أم عبء على الأهالي؟";
    let credited = format!("{question}\nعمّان - ريم الحوراني\n{LEDE}\n{BODY}");
    assert!(!flagged(&credited));
    // Taken out, the story is flagged.
    let removed = format!("{question}\n{LEDE}\n{BODY}");
    assert!(flagged(&removed));
}
