//! The language server's incremental analysis (`analysis::incremental`) is exactly the analysis
//! from scratch (`pipeline::analyze`): many random edits (insertions, deletions, paragraph splits
//! and joins, quotation marks, edits inside words, Markdown blocks and comments) to drafts written
//! for this test, and after every edit the two results are compared whole (findings with their
//! fixes, quotations with their speakers, names, credits, agencies, anonymous sources: what the
//! diagnostics, hover and review sheet show).

use isnad::analysis::incremental::Incremental;
use isnad::analysis::pipeline;
use isnad::profile::Profile;
use isnad::text::Format;
use std::sync::Arc;

/// Drafts written for this test: news copy with datelines, credits, titles, full and partial
/// names, quotations in several marks with speakers before, after and inside, a continued turn,
/// anonymous sources, Markdown headings, lists, a code fence and a suppression comment.
const DRAFTS: &[&str] = &[
    "# الحكومة تعلن خطة للمياه\n\nعمّان - (رويترز) - قال وزير المياه الأردني محمد النجار يوم الأحد إن الحكومة ستطلق خطة جديدة.\n\nوأضاف النجار في مؤتمر صحفي: «لن نسمح بهدر قطرة واحدة بعد اليوم».\n\n«الوضع صعب لكنه ليس ميؤوسا منه»، قال المتحدث باسم الوزارة عمر سلامة.\n\nوقال مصدر مطلع طلب عدم ذكر اسمه إن الخطة تأخرت شهرين.\n\n- البند الأول: حفر آبار\n- البند الثاني: تحلية مياه البحر\n\n```\nقال «ليس هذا اقتباسا»\n```\n\n<!-- isnad-disable anonymous-source -->\nوأكدت الوزيرة السابقة هالة زواتي أن «الحلول موجودة».\n",
    "بيروت - أ ف ب\n\nأعلن رئيس الوزراء اللبناني نجيب ميقاتي أن الحكومة باقية، مشيرة إلى أن الانتخابات في موعدها.\n\nوقال ميقاتي للصحفيين: \"نحن لا نهرب من المسؤولية\".\n\nمن جهته، قال الرئيس ميشال عون إن “الحوار هو الطريق الوحيد”، مضيفا أن البلاد تحتاج إلى إصلاحات.\n\nوذكرت وكالة الأنباء الرسمية أن وزير الخارجية عبد الله بو حبيب التقى نظيره الفرنسي.\n\nوتابع بو حبيب: «سنواصل العمل مع شركائنا».\n\nبقلم: سارة الخوري\n",
    "وأعلن في مؤتمر صحفي عقده مساء أمس في العاصمة وسط حضور كبير من الصحفيين رئيس\nالوزراء أن الوفد وصل، وقال المتحدث\nباسم الحكومة إن المفاوضات ستستمر حتى نهاية الأسبوع المقبل في القاهرة.\nوأعلنت الوزيرة في مؤتمر صحفي عقدته مساء أمس في العاصمة رحيلها مشيرة\nإلى أن الوقت حان، ووصل وفد رفيع يرأسه وزير الخارجية قادما من المملكة العربية\nالسعودية أمس على حد\nقوله.\n",
    "القاهرة - قالت الناطقة باسم الحكومة المصرية إن «الأسعار ستستقر» خلال أشهر.\nوأوضح الدكتور أحمد الطيب، شيخ الأزهر، أن التعليم أولوية.\n«نعمل ليل نهار»، أكد محافظ القاهرة خالد عبد العال، لافتاً إلى أن المشروعات مستمرة.\nونقلت صحيفة الأهرام عن مسؤول لم تسمه قوله إن التمويل متوفر.\nحميد شباط الأمين العام للحزب قال: «لا تراجع».\nوقال شباط إن المؤتمر يعقد في الرباط.\n",
];

/// Pieces the edits insert: letters, words, quotation marks, punctuation, line breaks, Markdown.
const PIECES: &[&str] = &[
    "ب",
    "ا",
    "ل",
    "ي",
    "\u{064E}",
    "\u{0640}",
    "\u{200C}",
    " ",
    "،",
    ".",
    ":",
    "«",
    "»",
    "“",
    "”",
    "\"",
    "\n",
    "\n\n",
    "\r\n",
    "قال",
    " قال ",
    " وأضاف ",
    "الوزير ",
    " محمد النجار",
    "وزير ",
    " الخارجية",
    " إن ",
    "«نعم» ",
    " رويترز",
    "- ",
    "# ",
    "```\n",
    "<!-- ",
    " -->",
    "باسم ",
    "المتحدث ",
    "مصدر مطلع",
    "مشيرة إلى",
    "١٢",
    "3.5",
    "نجيب ",
    "ميقاتي",
    "بقلم: ",
];

/// xorshift64*: deterministic edits.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A char boundary of `s` near a random byte.
fn boundary(rng: &mut Rng, s: &str) -> usize {
    let mut at = rng.below(s.len() + 1);
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One random edit of `s`: an insertion, a deletion (of a few characters or up to a line), a
/// paragraph split at a space, a paragraph join (a line break removed), or a piece moved.
fn edit(rng: &mut Rng, s: &mut String) {
    match rng.below(6) {
        0 | 1 => {
            let at = boundary(rng, s);
            s.insert_str(at, PIECES[rng.below(PIECES.len())]);
        }
        2 => {
            let a = boundary(rng, s);
            let span = if rng.below(4) == 0 { 80 } else { 8 };
            let mut b = (a + 1 + rng.below(span)).min(s.len());
            while !s.is_char_boundary(b) {
                b += 1;
            }
            s.replace_range(a..b, "");
        }
        3 => {
            // Split a paragraph at a space.
            let spaces: Vec<usize> = s.match_indices(' ').map(|(i, _)| i).collect();
            if !spaces.is_empty() {
                let at = spaces[rng.below(spaces.len())];
                s.replace_range(at..at + 1, if rng.below(2) == 0 { "\n" } else { "\n\n" });
            }
        }
        4 => {
            // Join: a line break becomes a space.
            let breaks: Vec<usize> = s.match_indices('\n').map(|(i, _)| i).collect();
            if !breaks.is_empty() {
                let at = breaks[rng.below(breaks.len())];
                s.replace_range(at..at + 1, " ");
            }
        }
        _ => {
            // Typing inside a word: a letter after an Arabic letter.
            let letters: Vec<usize> = s
                .char_indices()
                .filter(|(_, c)| ('\u{0621}'..='\u{064A}').contains(c))
                .map(|(i, c)| i + c.len_utf8())
                .collect();
            if !letters.is_empty() {
                let at = letters[rng.below(letters.len())];
                s.insert(at, ['ة', 'ى', 'ء', 'ن'][rng.below(4)]);
            }
        }
    }
}

#[test]
fn incremental_analysis_is_the_analysis_from_scratch_after_every_edit() {
    let profile = Arc::new(Profile::embedded());
    let mut compared = 0;
    // Words the turn reader knew from the version before to read as nothing (test builds read
    // them again and panic if one reads a clause): the edits must exercise that memo.
    let mut inert = 0;
    // Quotations whose kind was known from the version before (checked the same way).
    let mut kinds = 0;
    for (d, draft) in DRAFTS.iter().enumerate() {
        for format in [Format::Markdown, Format::Plain] {
            let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (d as u64 * 31 + format as u64 + 1));
            let mut inc = Incremental::new();
            let mut text = draft.to_string();
            for step in 0..120 {
                if step > 0 {
                    // Mostly one keystroke, sometimes several edits between two analyses.
                    for _ in 0..1 + usize::from(rng.below(4) == 0) * rng.below(5) {
                        edit(&mut rng, &mut text);
                    }
                }
                let a = inc.analyze(&text, format, &profile);
                let b = pipeline::analyze(&text, format, &profile);
                assert_eq!(
                    format!("{a:#?}"),
                    format!("{b:#?}"),
                    "draft {d} ({format:?}) step {step}: {text:?}"
                );
                compared += 1;
                inert += inc.inert_words_kept();
                kinds += inc.kinds_kept();
            }
            // The kept facts are those of the last version only: one entry per distinct paragraph.
            let doc = isnad::text::Document::new(&text, format);
            let distinct: std::collections::HashSet<&str> = doc
                .paragraphs
                .iter()
                .filter_map(|p| text.get(p.clone()))
                .collect();
            assert_eq!(inc.len(), distinct.len());
        }
    }
    assert_eq!(compared, DRAFTS.len() * 2 * 120);
    assert!(inert > 1000, "{inert} words known inert");
    assert!(kinds > 100, "{kinds} kinds of quotations known");
}

#[test]
fn a_profile_with_a_rule_off_is_not_served_the_facts_of_another() {
    let plain = Arc::new(Profile::embedded());
    let config = isnad::profile::config::Config::parse("[rules]\ntatweel = \"off\"\n")
        .expect("a valid configuration");
    let off = Arc::new(Profile::with_config(&config));
    let text = "قال الوزير محمد النجار إن الاجتمــاع ناجح.\n\nوأضاف النجار أن التنفيذ يبدأ غدا.";
    let mut inc = Incremental::new();
    let mut tatweel = Vec::new();
    for p in [&plain, &off, &plain] {
        let a = inc.analyze(text, Format::Plain, p);
        let b = pipeline::analyze(text, Format::Plain, p);
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
        tatweel.push(a.findings.iter().filter(|f| f.rule == "tatweel").count());
    }
    assert_eq!(tatweel, [1, 0, 1]);
}

#[test]
fn a_word_typed_into_a_source_or_an_outlet_is_read_again() {
    // The anonymous-source and outlet scans skip words by their lexicon tags, which a keystroke
    // reuses for the words it did not touch: typing محللون letter by letter, then آخر after a
    // noun, then a station noun before a quoted name, must tag the new words and find the source and
    // the outlet as an analysis from scratch does.
    let profile = Arc::new(Profile::embedded());
    let mut inc = Incremental::new();
    let mut text = String::from(
        "وقال  إن الأسعار ارتفعت.\n\nوكتب متابع  أن الحفل تأخر.\n\nوذكرت  «صوت الساحل» أن الوفد وصل.\n",
    );
    let steps: [(&str, &str); 3] = [
        ("وقال ", "محللون"),
        ("وكتب متابع ", "آخر"),
        ("وذكرت ", "إذاعة"),
    ];
    for (after, word) in steps {
        for c in word.chars() {
            let at = text.find(after).expect("anchor") + after.len();
            // Insert after what was typed so far.
            let typed = text[at..].chars().take_while(|c| *c != ' ').count();
            let at = at + text[at..].char_indices().nth(typed).map_or(0, |(b, _)| b);
            text.insert(at, c);
            let a = inc.analyze(&text, Format::Plain, &profile);
            let b = pipeline::analyze(&text, Format::Plain, &profile);
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "{text:?}");
        }
    }
    let a = inc.analyze(&text, Format::Plain, &profile);
    let anonymous: Vec<&str> = a.anonymous.iter().map(|s| &text[s.range.clone()]).collect();
    assert_eq!(anonymous, ["محللون", "متابع آخر"]);
    let agencies: Vec<&str> = a.agencies.iter().map(|m| &text[m.range.clone()]).collect();
    assert_eq!(agencies, ["صوت الساحل"]);
}

#[test]
fn a_word_typed_far_from_a_construct_description_is_read_again() {
    // `np::construct_description` reads a word right after an indefinite description head (رجل
    // أعمال، وكيل أعمال) as its genitive only when the word is used nowhere else in the story
    // but after the same head: a question about the whole story, not about the words around
    // the cue. Typing that word letter by letter in a paragraph far from the quotation, then
    // deleting it, must give the analysis from scratch at every keystroke, the cue's reading being
    // kept from the version before (test builds check every kept reading against a fresh one).
    let profile = Arc::new(Profile::embedded());
    let filler = "وتراجعت الأسعار في الأسواق المحلية خلال الأسبوع الماضي.\n\n".repeat(4);
    let cases: [(&str, &str); 4] = [
        (
            "وقال رجل أعمال سامر الخطيب إن «السوق راكدة منذ أشهر».",
            "أعمال",
        ),
        ("وقال وكيل أعمال المغني إن موكله «لم يوقع أي عقد».", "أعمال"),
        ("وكتب خبير اقتصاد نادر الصالح أن «الخطة لن تنجح».", "اقتصاد"),
        ("وقال تاجر قماش رامي العطار: «البضاعة لم تصل».", "قماش"),
    ];
    for format in [Format::Plain, Format::Markdown] {
        for (quote, word) in cases {
            let base = format!("{quote}\n\n{filler}وتوقف البناء  في المدينة القديمة.\n");
            let at = base.find("البناء ").expect("anchor") + "البناء ".len();
            let mut inc = Incremental::new();
            let mut text = base.clone();
            let mut kept = 0;
            let mut check = |text: &str, inc: &mut Incremental| {
                let a = inc.analyze(text, format, &profile);
                let b = pipeline::analyze(text, format, &profile);
                assert_eq!(format!("{a:?}"), format!("{b:?}"), "{format:?}: {text:?}");
                kept += inc.readings_kept();
            };
            check(&text, &mut inc);
            // Typed letter by letter after البناء, then deleted from its end.
            let mut typed = 0;
            for c in word.chars() {
                text.insert(at + typed, c);
                typed += c.len_utf8();
                check(&text, &mut inc);
            }
            while typed > 0 {
                let c = text[..at + typed].chars().next_back().expect("a letter");
                typed -= c.len_utf8();
                text.remove(at + typed);
                check(&text, &mut inc);
            }
            assert_eq!(text, base);
            assert!(kept > 0, "{format:?} {quote}: no reading kept");
        }
    }
}
