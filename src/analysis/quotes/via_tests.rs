//! Which step found each speaker ([`super::Via`]): one small story per main step.

use crate::analysis::analyze_text;
use crate::profile::Profile;
use crate::text::Format;

/// Each quotation of `src`: its speaker's text (`None`: unclear or unattributed) and the id of
/// the step that found it (`None`: unattributed).
pub(super) fn vias(src: &str) -> Vec<(Option<String>, Option<&'static str>)> {
    analyze_text(src, Format::Plain, &Profile::embedded())
        .quotes
        .iter()
        .map(|q| match &q.attribution {
            Some(a) => (a.speaker.as_ref().map(|s| s.1.clone()), Some(a.via.id())),
            None => (None, None),
        })
        .collect()
}

fn one(speaker: &str, via: &'static str) -> (Option<String>, Option<&'static str>) {
    (Some(speaker.to_string()), Some(via))
}

#[test]
fn the_phrase_after_the_verb() {
    let s = vias("قال وزير الزراعة سليم حداد: «المحصول جيد هذا العام».");
    assert_eq!(s, vec![one("وزير الزراعة سليم حداد", "after-verb")]);
}

#[test]
fn a_foreign_name_alone_after_the_verb() {
    let s = vias("وأوضح غونزاليس أن اللاعب «جاهز تماماً منذ أسبوعين».");
    assert_eq!(s, vec![one("غونزاليس", "after-verb")]);
    // A known word there is no name: the verb's subject is left to the turn before.
    let s = vias("وأوضح مستدركاً أن اللاعب «جاهز تماماً منذ أسبوعين».");
    assert_ne!(
        s.first().and_then(|x| x.0.clone()),
        Some("مستدركاً".to_string())
    );
}

#[test]
fn the_subject_before_the_verb() {
    let s = vias("الوزير سليم حداد أكد أن «المحصول جيد هذا العام».");
    assert_eq!(s, vec![one("الوزير سليم حداد", "before-verb")]);
}

#[test]
fn the_source_of_a_phrase_of_sourcing() {
    let s = vias("والمحصول «جيد هذا العام ولا خوف على الأسعار»، بحسب وزير الزراعة سليم حداد.");
    assert_eq!(s, vec![one("وزير الزراعة سليم حداد", "source")]);
}

#[test]
fn a_label_before_a_colon() {
    let s = vias("وزير الزراعة سليم حداد: «المحصول جيد هذا العام».");
    assert_eq!(s, vec![one("وزير الزراعة سليم حداد", "label")]);
}

#[test]
fn a_participle_of_the_same_sentence() {
    let s = vias("وأكد سليم حداد أن الموسم ناجح، مشيراً إلى أن «المحصول جيد هذا العام».");
    assert_eq!(s, vec![one("سليم حداد", "continued-same-sentence")]);
}

#[test]
fn a_subjectless_cue_of_the_same_paragraph() {
    let s = vias("وأكد وزير الزراعة سليم حداد أن الموسم ناجح. وأضاف: «المحصول جيد هذا العام».");
    assert_eq!(
        s,
        vec![one("وزير الزراعة سليم حداد", "continued-same-paragraph")]
    );
}

#[test]
fn a_subjectless_cue_of_the_next_paragraph() {
    let s = vias("أكد وزير الزراعة سليم حداد أن الموسم ناجح.\n\nوأضاف: «المحصول جيد هذا العام».");
    assert_eq!(
        s,
        vec![one("وزير الزراعة سليم حداد", "continued-earlier-paragraph")]
    );
}

#[test]
fn a_post_whose_holder_the_next_sentence_names() {
    let s = vias(
        "وقال مدير الدفاع المدني: «أخمدنا الحريق قبل الفجر». وأضاف العميد كمال ناصيف أن الفرق ما زالت في الموقع.",
    );
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].1, Some("post-named-next"));
}

#[test]
fn a_quotation_right_after_another() {
    let s = vias("قال سليم حداد: «المحصول جيد هذا العام». «والأسعار مستقرة في الأسواق».");
    assert_eq!(
        s,
        vec![
            one("سليم حداد", "after-verb"),
            one("سليم حداد", "after-quote")
        ]
    );
}

#[test]
fn a_quotation_continued_from_an_open_one() {
    let s = vias(
        "قال سليم حداد: «المحصول جيد هذا العام، والأسعار مستقرة.\n\n«ولن نستورد القمح هذا الموسم».",
    );
    assert_eq!(
        s,
        vec![
            one("سليم حداد", "after-verb"),
            one("سليم حداد", "open-quote")
        ]
    );
}

#[test]
fn scripture() {
    let s = vias("قال تعالى: «وتعاونوا على البر والتقوى».");
    assert_eq!(s, vec![one("الله تعالى", "scripture")]);
}

#[test]
fn only_the_carried_steps_are_marked_for_the_editor() {
    use super::Via;
    assert!(Via::ContinuedEarlierParagraph.carried());
    assert!(Via::ContinuedSameParagraph.carried());
    assert!(!Via::ContinuedSameSentence.carried());
    assert!(!Via::AfterVerb.carried());
    assert_eq!(Via::ContinuedFar.id(), "continued-far");
}

/// A turn carried into a new paragraph whose sentence opens with another subject is not the
/// earlier speaker's: the cue joined to that verb shares its subject, a body included (a
/// subjectless وقال continues the subject of the clause before it, whatever its verb); the
/// same cue after a fronted phrase with no subject carries the turn on.
#[test]
fn another_subject_opening_the_new_paragraph_ends_the_earlier_turn() {
    let s = vias(
        "أكد وزير الزراعة سليم حداد أن الموسم ناجح.\n\nمن جهته، نظّم اتحاد الفلاحين وقفة أمام الوزارة، وقال: «المحصول لم يصل إلى الأسواق».",
    );
    assert_eq!(s, vec![one("اتحاد الفلاحين", "shared-subject")]);
    let s = vias(
        "أكد وزير الزراعة سليم حداد أن الموسم ناجح.\n\nوفي ختام المؤتمر، قال: «المحصول لم يصل إلى الأسواق بعد».",
    );
    assert_eq!(
        s,
        vec![one("وزير الزراعة سليم حداد", "continued-earlier-paragraph")]
    );
}

/// The same body taken up with a demonstrative (هذه الهيئة) is no other subject.
#[test]
fn the_speaker_taken_up_again_is_no_other_subject() {
    let s = vias(
        "أعلنت هيئة الطيران المدني أن الرحلة وصلت.\n\nوقالت هذه الهيئة في بيان إن الرحلة «حطت عند الساعة العاشرة صباحاً».",
    );
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].0.as_deref(), Some("هيئة الطيران المدني"));
}

#[test]
fn a_post_resolved_to_the_person_introduced_with_it() {
    let s =
        vias("قال وزير الزراعة سليم حداد إن الموسم ناجح.\n\nوقال الوزير: «المحصول جيد هذا العام».");
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].1, Some("earlier-title"));
    assert!(
        s[0].0.as_deref().is_some_and(|t| t.contains("حداد")),
        "{s:?}"
    );
}

#[test]
fn a_post_whose_holder_the_story_names_when_it_restates_the_post() {
    let s = vias(
        "وقال المتحدث باسم الشرطة: «أوقفنا ثلاثة مشتبه بهم». ولم يحدد المتحدث، رامي العطار، موعد المحاكمة.",
    );
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].1, Some("restated-post"));
    assert!(
        s[0].0.as_deref().is_some_and(|t| t.contains("رامي العطار")),
        "{s:?}"
    );
}

/// A quotation completing a verb of description with an object pronoun and its own subject is
/// that subject's words, not the main speaker's: an indefinite plural, a definite subject and a
/// ما-clause. Without a subject of its own the clause leaves the main speaker.
#[test]
fn the_subject_of_a_describing_clause() {
    let s = vias(
        "قال وزير المالية سليم حداد إن الحكومة ستخفض الضرائب، في خطوة وصفها اقتصاديون بأنها «مجازفة محسوبة» للميزانية.",
    );
    assert_eq!(s, vec![one("اقتصاديون", "describing-clause")]);
    let s = vias(
        "أعلن وزير التربية سليم حداد أن المدارس ستغلق أسبوعاً، في قرار وصفه الأهالي بأنه «مفاجئ وغير مدروس».",
    );
    assert_eq!(s, vec![one("الأهالي", "describing-clause")]);
    let s = vias(
        "وقال المدرب سامي خليل إن الفريق تحسن رغم ما وصفه مشجعون بـ«الأداء الباهت» في المباراة.",
    );
    assert_eq!(s, vec![one("مشجعون", "describing-clause")]);
    let s = vias("وقال المدرب سامي خليل إن الفريق تحسن في مباراة وصفها بأنها «الأصعب».");
    assert_eq!(s, vec![one("المدرب سامي خليل", "after-verb")]);
    let s = vias("وقال المدرب سامي خليل إن الفريق تحسن في مباراة وصفها أمس بأنها «الأصعب».");
    assert_eq!(s, vec![one("المدرب سامي خليل", "after-verb")]);
    assert_eq!(super::Via::DescribingClause.id(), "describing-clause");
}

/// An adjunct opened by a preposition between the verb of description and its بأن (ووصفته في
/// بيان بأنه) is no subject: the clause has none of its own and shares the sentence's.
#[test]
fn a_prepositional_adjunct_is_no_subject_of_a_describing_clause() {
    let s = vias(
        "قال الوزير سليم حداد إن «الخطة جاهزة».\nورفضت نقابة المهندسين الخطة، ووصفتها في بيان بأنها «ارتجالية ومتسرعة».",
    );
    assert_ne!(s.get(1), Some(&(None, Some("describing-clause"))), "{s:?}");
    assert_ne!(
        s.get(1).and_then(|x| x.0.as_deref()),
        Some("الوزير سليم حداد"),
        "{s:?}"
    );
}

/// A subject of the describing clause that cannot be named leaves the speaker unclear, never the
/// main speaker.
#[test]
fn an_unread_subject_of_a_describing_clause_is_unclear() {
    let s = vias(
        "وقال المدرب سامي خليل إن الفريق تحسن رغم ما وصفه كثير ممن تابعوا المباراة بـ«الأداء الباهت».",
    );
    assert_eq!(s, vec![(None, Some("describing-clause"))]);
}

#[test]
fn a_phrase_of_sourcing_closing_the_sentence_of_a_subjectless_cue() {
    let s = vias(
        "وقال وزير الزراعة سليم حداد إن الموسم ناجح.\nوأضاف أن «المحصول جيد هذا العام»، وفقاً لما قاله المهندس نبيل سعد.",
    );
    assert_eq!(s, vec![one("المهندس نبيل سعد", "sentence-source")]);
    assert_eq!(super::Via::SentenceSource.id(), "sentence-source");
}

#[test]
fn a_second_content_clause_after_wa_anna_names_no_speaker_for_the_participle() {
    // (وأن opens one more content clause of أوضح: its noun is said of, not speaking.)
    let s = vias(
        "وأوضح سامي الحداد أن الشركة تنفذ نحو ألف عملية يومياً، وأن متوسط زمن التوصيل داخل المدن انخفض كثيراً، مضيفاً: «المشكلة لم تكن يوماً في الطلب».",
    );
    assert_eq!(s, vec![one("سامي الحداد", "continued-same-sentence")]);
}

#[test]
fn a_verbal_noun_after_the_content_comma_opens_no_clause_for_the_participle() {
    // (وتشكيل لجنة is one more object of أمر بـ inside the content of قال.)
    let s = vias(
        "قال مدير التعليم بالمحافظة، سامي الحداد، إنه أمر بوقف صرف الوجبات، وتشكيل لجنة لفحص المخزون، مؤكداً: «لن نتهاون مع أي مورد».",
    );
    assert_eq!(s, vec![one("سامي الحداد", "continued-same-sentence")]);
}

#[test]
fn the_same_official_with_dhat_or_nafs_before_the_noun_continues_the_turn() {
    let s = vias(
        "وقال المتحدث باسم الشرطة كمال عيسى إن «التحقيق مستمر». وأضاف ذات المسؤول أن «المشتبه به اعترف».",
    );
    assert_eq!(
        s,
        vec![
            one("المتحدث باسم الشرطة كمال عيسى", "after-verb"),
            one("المتحدث باسم الشرطة كمال عيسى", "continued-same-paragraph"),
        ]
    );
    let s = vias(
        "وقال المتحدث باسم الشرطة كمال عيسى إن «التحقيق مستمر». وأضاف نفس المصدر أن «المشتبه به اعترف».",
    );
    assert_eq!(
        s[1],
        one("المتحدث باسم الشرطة كمال عيسى", "continued-same-paragraph")
    );
}

#[test]
fn a_ba_place_unknown_to_the_lists_before_an_apposed_name_is_no_speaker() {
    let s = vias(
        "وقال عضو نقابة الصيادين بطبلبة، سامي الحداد، إن «المراكب تدخل إلى الأعماق الممنوعة ليلا». وأضاف: «البحار الصغير عاد بشباك فارغة».",
    );
    assert_eq!(
        s,
        vec![
            one("سامي الحداد", "after-verb"),
            one("سامي الحداد", "continued-same-paragraph"),
        ]
    );
}

#[test]
fn a_lam_genitive_unknown_to_the_lists_before_an_apposed_name_is_no_speaker() {
    // لتمنراست is "of Tamanrasset", the council's place: the holder is the name after the comma.
    let s =
        vias("وقال رئيس المجلس الشعبي الولائي لتمنراست، سامي الحداد، إن الطريق «سيفتح قبل الصيف».");
    assert_eq!(s, vec![one("سامي الحداد", "after-verb")]);
}

#[test]
fn the_holder_after_a_post_s_place_and_a_dotted_title() {
    // بالوزارة is the post's place, no name; د. abbreviates the holder's title, its dot ends
    // no clause: the holder is the name after it. The reporting-clause reader reads the chain
    // through the dotted title itself (`post_chain::name_after_post_chain`), so the quotation
    // after إن takes its sentence's speaker; no later pass has to find the holder.
    let s = vias(
        "وقال مدير إدارة الامتحانات بالوزارة د. سامر الخطيب في تصريح صحفي إن الترتيبات «اكتملت».",
    );
    assert_eq!(
        s,
        vec![one(
            "مدير إدارة الامتحانات (سامر الخطيب)",
            "continued-same-sentence"
        )]
    );
}

#[test]
fn a_family_name_starting_with_waw_closes_the_apposition_after_a_given_name() {
    let s = vias(
        "وقالت خبيرة الأرصاد في مكتب الأرصاد الجوية، سارة ويلبي، إن الموجة «استثنائية في توقيتها».",
    );
    assert_eq!(s, vec![one("سارة ويلبي", "after-verb")]);
}

#[test]
fn a_partial_quote_after_a_purpose_verb_of_saying_and_its_subject_phrase() {
    // لـ + a reporting verb's imperfect before أن reports speech, so the span after أن and its
    // subject (a noun and its adjective) is a partial quote of the verb's subject.
    let s = vias("وعاد النائب سامي حداد ليؤكد أن الحل السريع «لا يحتمل التأجيل».");
    assert_eq!(s, vec![one("النائب سامي حداد", "before-verb")]);
}

#[test]
fn a_headline_label_of_a_group_names_the_headline_speech() {
    // Invented: the traders are the label's party; the و joining the label is left out.
    let s = vias(
        "الحكومة ترفع سعر الخبز.. والتجار: «الزيادة لا تغطي التكلفة»\n\nرفعت الحكومة سعر الخبز أمس.",
    );
    assert_eq!(s, vec![one("التجار", "label")]);
    let s = vias(
        "الحكومة ترفع سعر الخبز.. وأصحاب المخابز: «الزيادة لا تغطي التكلفة»\n\nرفعت الحكومة سعر الخبز أمس.",
    );
    assert_eq!(s, vec![one("أصحاب المخابز", "label")]);
}

#[test]
fn a_headline_post_label_takes_the_holder_the_body_names() {
    // Invented: the body names the director with the label's post.
    let s = vias(
        "شكاوى ضد فيلم جديد.. والمخرج: «لم أقصد الإساءة لأحد»\n\nتلقت النقابة شكاوى، ورد مخرج الفيلم سامي العدوي عليها في بيان طويل.",
    );
    assert_eq!(s[0], one("المخرج (سامي العدوي)", "label"));
}

#[test]
fn a_headline_setting_out_the_body_words_takes_their_speaker() {
    // Invented: the headline's three words open the director's quotation in the body.
    let s = vias(
        "شكاوى ضد فيلم جديد.. والمخرج: «القصة من خيالي»\n\nودافع مخرج الفيلم سامي العدوي عن عمله، قائلا إن «القصة من خيالي، ولا تقصد أحدا».",
    );
    assert_eq!(s.len(), 2);
    assert_eq!(s[0].0.as_deref(), Some("سامي العدوي"));
    assert_eq!(s[0].1, Some("repeated-quote"));
}

#[test]
fn a_short_headline_span_under_a_persons_name_is_their_speech() {
    // Invented: three words after a person's name and a colon in the headline, after «..» and
    // alone; the body names the person but does not quote the words again.
    let s = vias(
        "زلزال خفيف يضرب الساحل.. هيرنانديز: «لا خطر إطلاقا»\n\nقال الباحث خوان هيرنانديز إن الهزة سجلت فجرا.",
    );
    assert_eq!(s[0], one("هيرنانديز", "label"));
    let s = vias("هيرنانديز: «لا خطر إطلاقا»\n\nقال الباحث خوان هيرنانديز إن الهزة سجلت فجرا.");
    assert_eq!(s[0], one("هيرنانديز", "label"));
    let s = vias(
        "زلزال خفيف يضرب الساحل.. يوسف العمراني: «لا خطر إطلاقا»\n\nقال الباحث يوسف العمراني إن الهزة سجلت فجرا.",
    );
    assert_eq!(s[0], one("يوسف العمراني", "label"));
    // A work noun before the colon names no person: the span is left as it was read.
    let s = vias("مهرجان المدينة.. فيلم: «ليل طويل»\n\nافتتح المهرجان أمس بعرض فيلم جديد.");
    assert!(s.iter().all(|x| x.1 != Some("label")), "{s:?}");
}
