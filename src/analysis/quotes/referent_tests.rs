//! Who a bare title or a later cue points back to, and cues that report no speech (issue 12,
//! speakers): one small invented story per kind of mistake.

use crate::analysis::analyze_text;
use crate::analysis::quotes::QuoteForm;
use crate::profile::Profile;
use crate::text::Format;

use crate::analysis::quotes::continuity::pointing_back::speakers;

#[test]
fn a_feminine_title_points_back_to_the_woman_introduced_with_it() {
    // المخرجة is the feminine of the listed المخرج: the film's director named with لـ before.
    let s = speakers(
        "فاز الفيلم «بيت الريح» للمخرجة منى الحداد بالجائزة الكبرى في المهرجان.\n\nوأوضحت المخرجة أن فريق العمل «بذل جهدا كبيرا طوال العام الماضي».\n",
    );
    // (The film's name in guillemets is a quotation too, with no speaker.)
    assert_eq!(s.last(), Some(&Some("المخرجة (منى الحداد)".into())));
}

#[test]
fn a_bare_body_noun_points_back_to_a_body_with_a_foreign_name() {
    // أمنستي is no Arabic word: the one body named منظمة + a transliterated name.
    let s = speakers(
        "قالت منظمة أمنستي يوم الثلاثاء إن السلطات اعتقلت عشرات الناشطين.\n\nودعت المنظمة مجلس الأمن إلى التحقيق، وقالت إن \"الاعتقالات تعسفية ويجب أن تتوقف فورا\".\n",
    );
    assert_eq!(s, vec![Some("المنظمة (منظمة أمنستي)".into())]);
}

#[test]
fn a_negated_verb_of_replying_opens_no_turn() {
    // لم يرد: the spokesman said nothing; the official before the withheld-name aside speaks.
    let s = speakers(
        "ولم يرد متحدث باسم وزارة الخارجية على طلب للتعليق. لكن مسؤولا في وزارة الداخلية طلب عدم ذكر اسمه قال إن الوزارة \"تراجع كل الشكاوى\".\n",
    );
    assert_eq!(s.len(), 1);
    let got = s[0].clone().unwrap_or_default();
    assert!(got.starts_with("مسؤولا في وزارة الداخلية"), "{got}");
    // Alone, the negated verb gives its subject no words.
    let s = speakers(
        "وقال سامر الخطيب إن الموقف واضح.\n\nولم تعلق الوزارة على ذلك. وجاء في الرسالة أن الطلب \"مرفوض لأسباب فنية\".\n",
    );
    assert_ne!(s.first().cloned().flatten(), Some("الوزارة".into()));
}

#[test]
fn a_construct_chain_before_the_content_is_the_subject() {
    // أكد takes either a noun or an أنّ clause: the chain before أنها is its subject.
    let s = speakers(
        "وقال الأمين العام للاتحاد سالم خلف إن القرار \"خطوة جيدة\".\n\nوأكدت غرفة تجارة وصناعة البحرين في بيان أنها \"تدعم كل تنظيم عادل\".\n",
    );
    assert_eq!(s[1], Some("غرفة تجارة وصناعة البحرين".into()));
    // وصف takes its object before بأنّ: the noun there is no subject.
    let s = speakers(
        "وأعلنت وزارة الداخلية في بيان أنها أوقفت ثلاثة أشخاص، ووصفت عصابات تهريب البشر بأنها «شبكات خطيرة تتاجر بالأرواح».\n",
    );
    assert_ne!(s[0], Some("عصابات تهريب البشر".into()));
}

#[test]
fn a_purpose_fragment_after_a_name_noun_is_a_partial_quote() {
    // «لتحديد ...» opens with the lam of purpose: the tail of the أن clause, not the site's name.
    let a = analyze_text(
        "وأضاف الخطيب أن الفريق سيجري تحاليل على عظام عثر عليها في الموقع «لتحديد التواريخ بدقة أكبر خلال الأشهر المقبلة».\n",
        Format::Plain,
        &Profile::embedded(),
    );
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].form, QuoteForm::Partial);
}
