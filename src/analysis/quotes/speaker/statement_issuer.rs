//! The issuer of a statement restated by the definite noun «البيان» (وأصدرت الوزارة بياناً ...
//! وأضاف البيان أن): news copy names a statement with its issuer once and then lets «the
//! statement» speak, so the review sheet shows the statement with its issuer, «البيان (الوزارة)»
//! (issue 12).

use super::*;

/// The issuer of the statement that the definite noun البيان at word `k` refers back to, as text:
/// the nearest statement the story mentions before word `k` (at most 400 words back) whose issuer
/// is written beside it ([`issuer_at`]). Reason: the article on «البيان» points back to the
/// statement last mentioned, so its issuer is the issuer of that mention. A restated «البيان»
/// with no issuer beside it (وأضاف البيان، وجاء في البيان) is the same statement and the search
/// goes on before it; an indefinite statement (بيان، بياناً، بيانه) is a new one, so when its
/// issuer cannot be read the search stops. `None` when word `k` is not البيان (after an optional
/// و/ف) or no issuer is found.
pub(super) fn issuer_before(cx: &Context, persons: &[Range<usize>], k: usize) -> Option<String> {
    if k >= cx.doc.words.len() || bare_key(cx, k) != "البيان" {
        return None;
    }
    for j in (k.saturating_sub(400)..k).rev() {
        let key = bare_key(cx, j);
        let indefinite = matches!(key, "بيان" | "بيانا" | "بيانه" | "بيانها");
        if !(indefinite || key == "البيان") {
            continue;
        }
        match issuer_at(cx, persons, j) {
            Some(n) => return Some(flat_text(&n.text)),
            None if indefinite => return None,
            None => {}
        }
    }
    None
}

/// The issuer written beside the statement noun at word `j`: the subject of the reporting verb
/// a في-phrase of the noun depends on (وذكرت الهيئة في بيان، وقالت الشرطة في البيان), the author
/// after a verb of issuing (أصدر الأزهر بياناً), or the issuer in the genitive with ل or after
/// صادر عن (بيان لوزارة الدفاع، بيان صادر عن اللجنة). `None` when none is written there.
fn issuer_at(cx: &Context, persons: &[Range<usize>], j: usize) -> Option<Named> {
    if j > 0 && bare_key(cx, j - 1) == "في" && !breaks_phrase(gap(cx, j - 1, j)) {
        if let Some(v) = clause_verb_before(cx, j - 1)
            && let Read::Named(n) = read_cue(cx, persons, v, j - 1)
            && (plain_subject(cx, &n) || subject_up_to_phrase(cx, &n, j))
            && !statement_named(&n)
        {
            return Some(n);
        }
        if let Some(n) = issuer_before_comma(cx, persons, j) {
            return Some(n);
        }
    }
    if let Some(n) = author_of_text(cx, persons, j).filter(|n| !statement_named(n)) {
        return Some(n);
    }
    genitive_issuer(cx, persons, j)
}

/// True when the subject `n`, read after a reporting verb, ends right before the في of the
/// statement noun at word `j` and the reported clause opens right after that noun (وذكر خفر
/// السواحل في بيان أن). Reason: between a verb and its في-phrase of circumstance, with the
/// complementizer of its content right after the phrase, the words can only be the verb's
/// subject, so a definite noun there (خفر السواحل، الجيش) is the issuer though it is no post,
/// agency or listed body.
fn subject_up_to_phrase(cx: &Context, n: &Named, j: usize) -> bool {
    j >= 2
        && j + 1 < cx.doc.words.len()
        && n.range.end == cx.doc.words[j - 2].end()
        && !breaks_phrase(gap(cx, j, j + 1))
        && complementizer(cx, j + 1)
}

/// The issuer when the في-phrase of the statement noun at word `j` is set off by a comma after
/// the reporting verb's subject (وقالت لجنة السياسة النقدية في البنك، في بيان ...، إنها): the
/// subject of the reporting cue before the comma (at most eight words back), read before the
/// comma. Reason: a circumstance set off by commas after the subject still belongs to the verb
/// before it, so the statement is that subject's. `None` when no cue with a plainly named
/// subject ([`plain_subject`]) stands before the comma.
fn issuer_before_comma(cx: &Context, persons: &[Range<usize>], j: usize) -> Option<Named> {
    if j < 3 || !matches!(gap(cx, j - 2, j - 1).trim(), "،" | ",") {
        return None;
    }
    let v = clause_verb_before(cx, j - 2)?;
    if !cx.lex.words[v].is_cue() {
        return None;
    }
    match read_cue(cx, persons, v, j - 1) {
        Read::Named(n)
            if plain_subject(cx, &n)
                && !statement_named(&n)
                && n.range.end <= cx.doc.words[j - 2].end() =>
        {
            Some(n)
        }
        _ => None,
    }
}

/// The issuer after an indefinite statement noun at word `j` ([`noun_with_issuer`]: بيان لوزارة
/// الدفاع، بيان مشترك للوسطاء، بيان صادر عن اللجنة), read up to the end of its clause (at most
/// ten words). `None` when the noun has no such issuer.
fn genitive_issuer(cx: &Context, persons: &[Range<usize>], j: usize) -> Option<Named> {
    let n = cx.doc.words.len();
    let end = (j + 1..n.min(j + 11))
        .find(|&e| breaks_phrase(gap(cx, e - 1, e)))
        .unwrap_or(n.min(j + 11));
    if !noun_with_issuer(cx, j, end) {
        return None;
    }
    let issued_by = |m: usize| {
        matches!(cx.doc.words[m].key.as_str(), "صادر" | "صادره")
            && m + 1 < end
            && cx.doc.words[m + 1].key == "عن"
    };
    (j + 1..end.min(j + 3)).find_map(|m| {
        if issued_by(m) {
            read_np(cx, persons, m + 2, end)
        } else {
            read_np_after_lam(cx, persons, m, end)
        }
    })
}

/// The speaker when word `k`, right after a reporting verb (before `limit`), is an indefinite
/// statement noun in subject place with its issuer in the genitive with ل (وأفاد بلاغ للوزارة
/// أن، وقال بيان للجيش اللبناني إن، وذكر تقرير لمنظمة الصحة العالمية أن). Reason: a document that
/// is issued, not sent (بيان، بلاغ، تقرير، تعميم), takes ل of possession, not of an addressee,
/// so the body after ل is its author and the statement speaks for it. The speaker is the
/// statement in construct with its issuer (بلاغ الوزارة، بيان الجيش اللبناني), or the words as
/// written when an adjective stands between (بيان مشترك للوسطاء). `None` when word `k` is no
/// such noun (a preposition on it, the accusative ending of an object, بياناً), no issuer is
/// read, the word before is no verb (or a time word after one), or the clause goes on after the
/// issuer with more than the reported content.
pub(super) fn statement_with_issuer(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len());
    // (The subject of a verb: after a time word at most; after بحسب the noun is a fronted source,
    // read by [`fronted_source`].)
    let verb_before = |v: usize| cx.lex.words[v].verb() && cx.lex.words[v].phrase == 0;
    let after_verb =
        (k >= 1 && verb_before(k - 1)) || (k >= 2 && time_word(cx, k - 1) && verb_before(k - 2));
    if !after_verb
        || k + 1 >= limit
        || cx.lex.words[k].clitic > 0
        || !matches!(
            cx.doc.words[k].key.as_str(),
            "بيان" | "بلاغ" | "تقرير" | "تعميم"
        )
        || !noun_with_issuer(cx, k, limit)
    {
        return None;
    }
    let (m, issuer) = (k + 1..(k + 3).min(limit)).find_map(|m| {
        let n = read_np_after_lam(cx, persons, m, limit)
            .or_else(|| definite_after_lam(cx, m, limit))?;
        Some((m, n))
    })?;
    let mut after = cx
        .doc
        .words
        .partition_point(|w| w.end() <= issuer.range.end);
    // (The body's own genitive with ل goes on past what the reader took: للمديرية العامة للأمن
    // الوطني.)
    let stop = content_start(cx, after, limit);
    while after < stop
        && cx.doc.words[after].key.starts_with("لل")
        && !breaks_phrase(gap(cx, after - 1, after))
    {
        after = genitive_end(cx, after + 1, stop);
    }
    if !(after >= limit || complementizer(cx, after) || breaks_phrase(gap(cx, after - 1, after))) {
        return None;
    }
    let end = cx.doc.words[after - 1].end();
    let issuer_text = format!(
        "{}{}",
        issuer.text,
        cx.doc.source.get(issuer.range.end..end)?
    );
    let noun = cx.doc.words[k].range();
    let text = if m == k + 1 {
        // A bare body (للوزارة) refers back to the body the story named in full.
        let stem = cx.doc.words[m].key.strip_prefix("لل").unwrap_or("");
        let full = (after == m + 1 && definite_body_noun(cx, stem))
            .then(|| body_of_stem_before(cx, m, stem))
            .flatten();
        let noun = cx.doc.source.get(noun.clone())?;
        match full {
            Some(full) => format!("{noun} {issuer_text} ({full})"),
            None => format!("{noun} {issuer_text}"),
        }
    } else {
        cx.doc.source.get(noun.start..end)?.to_string()
    };
    Some(Named {
        range: noun.start..end,
        text,
        anonymous: false,
        title_only: false,
        name: None,
    })
}

/// The definite noun written with ل at word `m` (للجيش، للوسطاء: ل before the article drops its
/// alif), the definite words right after it (at most three: its adjectives, العامة) and the
/// genitives that go on from them before word `limit` ([`genitive_end`]), as the speaker with the article written back (الجيش اللبناني). Reason: a
/// body named by a definite noun that no list holds is still named by it and the words that
/// qualify it. `None` when word `m` is not لل + a stem of three letters or more.
fn definite_after_lam(cx: &Context, m: usize, limit: usize) -> Option<Named> {
    let w = cx.doc.words.get(m)?;
    if m >= limit
        || w.kind() != crate::text::WordKind::Arabic
        || !w.plain.starts_with("لل")
        || w.plain.chars().count() < 5
        || function(cx, m)
    {
        return None;
    }
    // Its definite adjectives (العامة، الجهوية), then a genitive's words.
    let stop = content_start(cx, m + 1, limit);
    let mut e = m + 1;
    while e < stop.min(m + 4)
        && arabic_body_name_word(cx, e)
        && cx.doc.words[e].key.starts_with("ال")
    {
        e += 1;
    }
    let a = w.byte_of_plain_letter(cx.doc.source, 2);
    let end = cx.doc.words[genitive_end(cx, e, stop) - 1].end();
    let rest = cx.doc.source.get(a..end)?;
    Some(Named {
        range: a..end,
        text: format!("ال{rest}"),
        anonymous: false,
        title_only: false,
        name: None,
    })
}

/// True when the phrase read as an issuer is itself a statement (البيان، بيان الهيئة): the
/// statement cannot be its own issuer.
fn statement_named(n: &Named) -> bool {
    n.text.split_whitespace().next().is_some_and(|w| {
        w.trim_start_matches(['و', 'ف']).starts_with("البيان") || w.starts_with("بيان")
    })
}

/// The issuer's text without a nested gloss: a one-word body shown with the body it refers back
/// to, «الوزارة (وزارة الصحة)», gives the body's full name, so that the statement reads
/// «البيان (وزارة الصحة)» and not a bracket inside a bracket.
fn flat_text(text: &str) -> String {
    if let Some((head, rest)) = text.split_once(" (")
        && !head.contains(' ')
        && let Some(inner) = rest.strip_suffix(')')
        && !inner.contains('(')
    {
        return inner.to_string();
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::super::tests::speaker_names;

    #[test]
    fn a_restated_statement_shows_the_body_that_issued_it() {
        // The issuer is the subject of the verb the في-phrase depends on.
        let s = speaker_names(
            "وذكرت هيئة الموانئ الشمالية في بيان أن السفينة رست. وأضاف البيان أن «الحمولة سليمة».",
        );
        assert_eq!(
            s.last(),
            Some(&Some("البيان (هيئة الموانئ الشمالية)".to_string()))
        );
    }

    #[test]
    fn a_statement_of_a_definite_body_before_its_content_names_it() {
        // The subject between the verb and «في بيان أن» is a definite noun no list holds.
        let s = speaker_names(
            "وذكر حرس الحدود في بيان أن الدورية أوقفت القارب. وأضاف البيان أن الركاب «بخير».",
        );
        assert_eq!(s.last(), Some(&Some("البيان (حرس الحدود)".to_string())));
    }

    #[test]
    fn a_statement_set_off_by_commas_is_the_subject_s() {
        let s = speaker_names(
            "وقالت لجنة الأسعار في الوزارة، في بيان عقب اجتماعها، إنها قررت تثبيت السعر. وأوضح البيان أن القرار «مؤقت».",
        );
        assert_eq!(s.last(), Some(&Some("البيان (لجنة الأسعار)".to_string())));
    }

    #[test]
    fn a_statement_with_its_issuer_in_the_genitive_names_it() {
        let s = speaker_names(
            "أغلقت السلطات الطريق الساحلي، حسب ما أفاد به بيان لوزارة النقل البحري.\nوجاء في البيان أن الإغلاق «إجراء احترازي مؤقت».",
        );
        assert_eq!(
            s.last(),
            Some(&Some("البيان (وزارة النقل البحري)".to_string()))
        );
    }

    #[test]
    fn a_statement_issued_by_a_named_body_after_a_verb_of_issuing() {
        let s = speaker_names(
            "وأصدرت نقابة المهندسين بياناً مساء الأحد. وشدد البيان على أن «الأجور لم تعد تكفي».",
        );
        assert_eq!(
            s.last(),
            Some(&Some("البيان (نقابة المهندسين)".to_string()))
        );
    }

    #[test]
    fn a_new_statement_whose_issuer_is_not_written_keeps_the_bare_noun() {
        // The nearest statement (بيان رسمي) has no issuer beside it: the earlier body's statement
        // is another one, and isnad does not guess.
        let s = speaker_names(
            "وذكرت هيئة الموانئ الشمالية في بيان أن السفينة رست. ثم صدر بيان رسمي آخر مساء. وأضاف البيان أن «الحمولة سليمة».",
        );
        assert_eq!(s.last(), Some(&Some("البيان".to_string())));
    }

    #[test]
    fn a_fronted_statement_issued_by_a_body_with_a_long_name_is_the_source() {
        // Invented: after بحسب, the statement and its issuer (صادر عن and a name of four words)
        // are the source of the partial quote.
        let s = speaker_names(
            "وبحسب بيان صادر عن المكتب الإعلامي لوزارة الصحة، فإن الاجتماع تناول «خطة مكافحة الوباء وتوزيع اللقاحات».",
        );
        assert_eq!(
            s,
            vec![Some("بيان صادر عن المكتب الإعلامي لوزارة الصحة".to_string())]
        );
    }

    #[test]
    fn a_time_phrase_after_the_issuer_is_no_part_of_the_source() {
        // Invented: الشهر الماضي says when the report was issued, not who issued it.
        let s = speaker_names(
            "وبحسب تقرير صادر عن البنك الدولي للإنشاء والتعمير الشهر الماضي، فإن النمو «سيتباطأ».",
        );
        assert_eq!(
            s,
            vec![Some(
                "تقرير صادر عن البنك الدولي للإنشاء والتعمير".to_string()
            )]
        );
    }

    #[test]
    fn a_statement_noun_after_the_verb_speaks_for_the_body_after_its_lam() {
        // Invented: بيان، بلاغ، تقرير with ل of the body that issued them, in subject place.
        assert_eq!(
            speaker_names(
                "وأفاد بيان للجيش اللبناني بأن الوحدات \"انتشرت في المنطقة الحدودية منذ الصباح\"."
            ),
            vec![Some("بيان الجيش اللبناني".to_string())]
        );
        assert_eq!(
            speaker_names("وأوضح بلاغ للمديرية أن الطريق «ستغلق ليلة السبت المقبل»."),
            vec![Some("بلاغ المديرية".to_string())]
        );
        assert_eq!(
            speaker_names("وذكر تقرير لوزارة الزراعة أن المحصول «تراجع إلى النصف هذا العام»."),
            vec![Some("تقرير وزارة الزراعة".to_string())]
        );
        // An adjective between the noun and its issuer: the words as written.
        assert_eq!(
            speaker_names("وقال بيان مشترك للنقابات إن الإضراب «سيستمر حتى الخميس»."),
            vec![Some("بيان مشترك للنقابات".to_string())]
        );
    }

    #[test]
    fn a_statement_of_a_bare_body_shows_the_body_named_before() {
        // Invented: للوزارة refers back to the ministry named in full; the body's own genitive
        // with ل (للأمن الوطني) is read whole.
        let s = speaker_names(
            "أعلنت وزارة الصحة والحماية الاجتماعية عن حملة جديدة.\n\nوأوضح بلاغ للوزارة أن الحملة «ستشمل كل الجهات».",
        );
        assert_eq!(
            s.last(),
            Some(&Some(
                "بلاغ الوزارة (وزارة الصحة والحماية الاجتماعية)".to_string()
            ))
        );
        assert_eq!(
            speaker_names(
                "وأفاد بلاغ للمديرية العامة للأمن الوطني بأن الموقوفين «كانوا مبحوثا عنهم»."
            ),
            vec![Some("بلاغ المديرية العامة للأمن الوطني".to_string())]
        );
    }

    #[test]
    fn a_statement_noun_as_the_object_is_no_speaker() {
        // Invented: بلاغاً is the accusative object of قدّم, its ل the party it went to; the
        // speaker is the subject.
        assert_eq!(
            speaker_names("وقال المحامي سمير الطاهري إنه قدم بلاغاً للنيابة لأن موكله «بريء تماماً»."),
            vec![Some("المحامي سمير الطاهري".to_string())]
        );
    }

    #[test]
    fn flat_text_drops_a_nested_gloss() {
        assert_eq!(super::flat_text("الوزارة (وزارة الصحة)"), "وزارة الصحة");
        assert_eq!(
            super::flat_text("منظمة الأمم المتحدة (يونيسف)"),
            "منظمة الأمم المتحدة (يونيسف)"
        );
        assert_eq!(super::flat_text("هيئة الموانئ"), "هيئة الموانئ");
    }
}
