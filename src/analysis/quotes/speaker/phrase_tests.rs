//! Tests of the speaker phrase's reading (where it starts and stops, what it includes), on
//! sentences written for isnad.

use super::tests::speaker_names;

#[test]
fn a_function_word_written_with_final_alif_maqsura_is_still_a_function_word() {
    // Egyptian house style writes final ي as ى: فى، الذى، التى، هى، أى are the function words.
    for w in ["فى", "الذى", "التى", "هى", "أى", "وفى"] {
        assert!(super::function_plain(w), "{w}");
    }
    assert!(super::preposition_word("فى"));
    // Names ending in ى are no function words, and the given name علي is not read as على.
    for w in ["مصطفى", "موسى", "يحيى", "علي", "ليلى"] {
        assert!(!super::function_plain(w), "{w}");
    }
}

#[test]
fn a_cue_before_fi_written_with_alif_maqsura_has_no_subject_after_it() {
    // Invented: after the verb, فى opens a complement; the subject is the one carried from the
    // sentence before, as with في, never «فى ...».
    let pairs = [
        (
            "رفضت هيئة التحكيم الطعن المقدم من النادي. وأوضحت فى قرارها أن «اللوائح واضحة ولا تحتمل التأويل».",
            "رفضت هيئة التحكيم الطعن المقدم من النادي. وأوضحت في قرارها أن «اللوائح واضحة ولا تحتمل التأويل».",
        ),
        (
            "وقال المهندس كريم سالم إن العمل مستمر. وأضاف فى تصريحات صحفية أن «المرحلة الثانية تبدأ الشهر المقبل».",
            "وقال المهندس كريم سالم إن العمل مستمر. وأضاف في تصريحات صحفية أن «المرحلة الثانية تبدأ الشهر المقبل».",
        ),
    ];
    for (egyptian, standard) in pairs {
        let got = speaker_names(egyptian);
        assert!(
            !got.iter().flatten().any(|s| s.starts_with("فى")),
            "{got:?}"
        );
        assert_eq!(got, speaker_names(standard), "{egyptian}");
    }
}

#[test]
fn a_verb_of_saying_with_ha_after_a_quotation_reports_it_and_its_subject_speaks() {
    // Invented: the pronoun ـها of قالها، يقولها، رددها، قالتها points back to the words just
    // quoted; the subject after the verb said them.
    let cases = [
        (
            "«لن نترك أرضنا مهما حدث»، قالها الحاج محمود سالم وهو ينظر إلى الحقل.",
            "محمود سالم",
        ),
        (
            "«البحر لا يرحم أحداً»، يقولها الصياد مراد التونسي كل صباح.",
            "مراد التونسي",
        ),
        (
            "\"الأسعار تضاعفت في شهر واحد\"، رددها أحد التجار أمام المحل.",
            "أحد التجار",
        ),
        (
            "«سنعود إلى بيوتنا قريباً»، قالتها سعاد الخطيب بصوت متهدج.",
            "سعاد الخطيب",
        ),
    ];
    for (src, who) in cases {
        let got = speaker_names(src);
        assert_eq!(got.len(), 1, "{src}");
        assert!(
            got[0].as_deref().is_some_and(|s| s.contains(who)),
            "{src}: {got:?}"
        );
    }
}

#[test]
fn a_plural_verb_of_saying_with_ha_is_read_without_its_alif() {
    // Before the pronoun the plural's alif is not written: قالوا → قالوها، ردّدوا → رددوها.
    let p = crate::profile::Profile::embedded();
    for key in ["قالوها", "وقالوها", "رددوها", "يرددونها", "قالها", "رددتها"]
    {
        assert!(super::quotation_pronoun_spelling(key, &p), "{key}");
    }
    assert!(!super::quotation_pronoun_spelling("ولدوها", &p));
}

#[test]
fn an_institution_noun_in_construct_with_a_place_and_an_adjective_is_one_body() {
    // Invented: a place ending in alif (ليبيا، سوريا، كينيا) is the genitive of the body's
    // noun, not an accusative; the body's adjective follows, and an aside in commas may stand
    // between it and أنه.
    let cases = [
        (
            "وأعلن مصرف ليبيا المركزي، في بيان نشره على صفحته، أنه «بدأ توزيع السيولة على المصارف».",
            "مصرف ليبيا المركزي",
        ),
        (
            "وقال بنك سوريا الدولي إن «الفروع ستفتح أبوابها يوم السبت».",
            "بنك سوريا الدولي",
        ),
        (
            "وأكدت هيئة كينيا الوطنية للطرق، في بيان، أنها «أنهت صيانة الجسر».",
            "هيئة كينيا الوطنية",
        ),
    ];
    for (src, who) in cases {
        let got = speaker_names(src);
        assert_eq!(got.len(), 1, "{src}");
        assert!(
            got[0].as_deref().is_some_and(|s| s.starts_with(who)),
            "{src}: {got:?}"
        );
    }
}

#[test]
fn the_official_with_a_country_nisba_is_the_official_just_named() {
    // Invented: the deputy minister is named, then referred to as المسؤول الأوكراني.
    let src = "من جهته، أشاد نائب وزير الخارجية، السيد بيترو شيفتشينكو، بالتعاون بين البلدين.\nوأضاف المسؤول الأوكراني أن «الصادرات الزراعية ارتفعت هذا العام».";
    let got = speaker_names(src);
    assert!(
        got.last()
            .and_then(|s| s.as_deref())
            .is_some_and(|s| s.contains("شيفتشينكو")),
        "{got:?}"
    );
    // An unnamed official introduced before: the epithet may be that source, never the
    // minister named in the same story.
    let src = "وقال مسؤول سعودي إن الوزير فهد العتيبي سيزور المنطقة.\nوأضاف المسؤول السعودي أن «الزيارة ستبدأ الأحد».";
    let got = speaker_names(src);
    assert!(
        !got.iter().flatten().any(|s| s.contains("العتيبي")),
        "{got:?}"
    );
}

#[test]
fn an_indefinite_subject_between_a_verb_of_pointing_and_ila_anna_is_the_speaker() {
    // Invented: أشار and لفت take no object; the indefinite phrase before إلى أن speaks.
    let got = speaker_names("وأشار سكان في الحي إلى أن «المياه مقطوعة منذ أسبوع».");
    assert_eq!(got, [Some("سكان في الحي".to_string())]);
    let got = speaker_names("ولفتت ممرضات في المستشفى إلى أن «المناوبات طويلة جداً».");
    assert_eq!(got, [Some("ممرضات في المستشفى".to_string())]);
}

#[test]
fn one_word_between_a_verb_of_pointing_and_ila_anna_is_no_unnamed_source() {
    // Invented: a lone word that is no plural of persons may be a family name; it is never read
    // as an unnamed source.
    let got = super::tests::speakers("وأشار كامل إلى أن «الطريق مغلق منذ الصباح».");
    assert!(!got.iter().any(|s| s.2), "{got:?}");
    // A plural of persons alone speaks as a group.
    let got = speaker_names("وأشار مزارعون إلى أن «الموسم كان ضعيفاً».");
    assert_eq!(got, [Some("مزارعون".to_string())]);
}
