//! The subject of a clause-opening verb read from the clause's shape when the reader reads no
//! name in it: the noun phrase between the verb and an object that carries its pronoun (لم يخف
//! فلان، وهو ...، فرحته), so that a later subjectless cue does not reach back past it to an
//! earlier speaker (issue 12, continuity).

use super::super::speaker::{
    Gender, Named, adverb, bare_key, breaks_phrase, complementizer, function, gap, prepositional,
};
use super::super::{Quote, inside_quote};
use super::{explicit_subject, opens_clause, subjects};
use crate::analysis::Context;
use std::ops::Range;

/// How many words the subject of [`possessor_subject`] may hold.
const SUBJECT_WORDS: usize = 5;

/// How many words an aside (، وهو ...،) between the subject and its object may hold.
const ASIDE_WORDS: usize = 14;

/// True when word `v` opens its clause ([`opens_clause`]), or stands after one or two particles
/// that stand only before a verb ([`verbal_particle`]: لم، لن، قد، ولم) of which the first opens
/// it: a particle set between a fronted phrase's comma and the verb (وبين الحضور، لم يخف فلان)
/// leaves the verb first in its clause, as it does at the sentence's start.
pub(super) fn opens_after_particles(cx: &Context, v: usize) -> bool {
    let mut k = v;
    for _ in 0..=2 {
        if opens_clause(cx, k) {
            return true;
        }
        if k == 0 || !verbal_particle(cx, k - 1) || breaks_phrase(gap(cx, k - 1, k)) {
            return false;
        }
        k -= 1;
    }
    false
}

/// True when word `k` is a particle that stands only before a verb, after an optional و/ف: the
/// particles of negation لم، لن and of assertion قد، لقد, and لا، ما, which negate a verb when
/// one follows (the closed class of حروف تدخل على الفعل of the standard grammar).
pub(super) fn verbal_particle(cx: &Context, k: usize) -> bool {
    matches!(particle_key(cx, k), "لم" | "لن" | "قد" | "لقد" | "لا" | "ما")
}

/// The key of word `k` without و/ف before a particle of two letters or more (ولم، فلن), which
/// [`bare_key`] keeps on so short a word.
fn particle_key<'a>(cx: &'a Context, k: usize) -> &'a str {
    let key = bare_key(cx, k);
    key.strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(key)
}

/// True when word `v` is a verb: a reporting verb, a verb by its conjugation
/// ([`subjects::plain_verb`]), or an imperfect
/// (ي، ت، ن، أ) right after لم or لن, which stand only before a verb (لم يخف، لن تتخلى) whatever
/// the lexicon makes of the word.
fn verb_at(cx: &Context, v: usize) -> bool {
    let t = &cx.lex.words[v];
    if (t.is_cue() && t.verb()) || subjects::plain_verb(cx, v) {
        return true;
    }
    let Some(w) = cx.doc.words.get(v) else {
        return false;
    };
    v > 0
        && matches!(particle_key(cx, v - 1), "لم" | "لن")
        && !breaks_phrase(gap(cx, v - 1, v))
        && w.plain.starts_with(['ي', 'ت', 'ن', 'أ'])
        && crate::analysis::names::at_least_chars(&w.plain, 3)
}

/// The gender the possessive pronoun of word `k` shows: ـه masculine, ـها feminine; `None` for
/// any other ending (a plural or dual pronoun, or none).
fn pronoun_gender(cx: &Context, k: usize) -> Option<Gender> {
    let key = cx.doc.words.get(k)?.key.as_str();
    if key.ends_with("ها") {
        Some(Gender::Feminine)
    } else if key.ends_with("هم") || key.ends_with("هن") || key.ends_with("هما") {
        None
    } else if key.ends_with('ه') {
        Some(Gender::Masculine)
    } else {
        None
    }
}

/// True when word `k` may be a word of a subject noun phrase: Arabic letters, no function word,
/// complementizer, adverb, reporting cue or word with a prepositional clitic (ب ل ك), no noun
/// with the accusative ending written (قراراً: an object), no noun with a possessive pronoun
/// (the object that closes the phrase), and no word joined by و (a new clause or a second
/// object).
fn subject_word(cx: &Context, persons: &[Range<usize>], k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    let plain = w.plain.as_str();
    w.kind() == crate::text::WordKind::Arabic
        && !t.is_cue()
        && !plain.starts_with('و')
        && !accusative(cx, k)
        && !function(cx, k)
        && !complementizer(cx, k)
        && !adverb(cx, k)
        && !explicit_subject::possessed_word(cx, k)
        && !prepositional(cx, persons, k)
}

/// True when word `k` shows the accusative ending of an indefinite noun: the tanween written
/// (قراراً), or, with no harakat, a final ا after a stem the lexicon knows (قرارا) on a word that
/// is no given name (رضا). Such a noun is the verb's object, no word of its subject.
fn accusative(cx: &Context, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    let plain = w.plain.as_str();
    if plain.ends_with('\u{064B}') || plain.ends_with("اً") {
        return true;
    }
    t.given == 0
        && plain.strip_suffix('ا').is_some_and(|stem| {
            crate::analysis::names::at_least_chars(stem, 3)
                && crate::analysis::names::ordinary_word_in(cx, stem)
                    != crate::analysis::names::Lexical::Unknown
        })
}

/// True when word `k` is the object that carries its subject's pronoun: a noun with a singular
/// possessive pronoun ([`explicit_subject::possessed_word`]: فرحته، سعادتها، ركابها) that is no
/// cue, has no prepositional clitic and is not joined by و, agreeing with the verb at word `v`
/// when the verb shows a gender.
fn possessed_object(cx: &Context, persons: &[Range<usize>], v: usize, k: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(k), cx.lex.words.get(k)) else {
        return false;
    };
    let Some(g) = pronoun_gender(cx, k) else {
        return false;
    };
    !t.is_cue()
        && !w.plain.starts_with('و')
        && explicit_subject::possessed_word(cx, k)
        && !prepositional(cx, persons, k)
        && super::age_description::verb_gender(cx, v).is_none_or(|vg| vg == g)
}

/// The word after an aside that opens at word `k` with هو/هي after a comma (، وهو أستاذ متقاعد
/// من ...،) and closes with a comma within [`ASIDE_WORDS`] words, with no sentence end, colon or
/// quotation mark inside; `None` when word `k` opens no such aside.
fn after_aside(cx: &Context, k: usize) -> Option<usize> {
    let n = cx.doc.words.len();
    if k == 0 || k >= n || !matches!(gap(cx, k - 1, k).trim(), "،" | ",") {
        return None;
    }
    if !matches!(bare_key(cx, k), "وهو" | "وهي" | "هو" | "هي") {
        return None;
    }
    for j in k + 1..(k + ASIDE_WORDS).min(n) {
        let g = gap(cx, j - 1, j);
        if g.contains(['.', '\n', '!', '?', '؟', ':', '«', '»', '"', '“', '”']) {
            return None;
        }
        if matches!(g.trim(), "،" | ",") {
            return Some(j);
        }
    }
    None
}

/// The subject of the verb at word `v` read from the shape of its clause, when the verb opens
/// its clause ([`opens_after_particles`]): one to [`SUBJECT_WORDS`]
/// words of a noun phrase ([`subject_word`]) right after it, with only spaces between, followed
/// by a noun that carries a singular possessive pronoun agreeing with the verb
/// ([`possessed_object`]: لم يخف فلان الفلاني فرحته، دعت شركة الطيران ركابها), right after the
/// phrase or after an aside between commas that opens with هو/هي ([`after_aside`]: لم تخف فلانة،
/// وهي معلمة من ...، سعادتها). Reason: in a verb-first clause whose object carries a pronoun, the
/// noun phrase between the verb and that object is the verb's subject, the pronoun's antecedent,
/// whether or not the reader knows its words as a name; so a later cue with no subject of its own
/// refers to it, not to an earlier speaker. Returns the phrase (its words as written); `None`
/// when the clause has not that shape, or word `v` is inside `quotes`.
pub(super) fn possessor_subject(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    v: usize,
) -> Option<Named> {
    let n = cx.doc.words.len().min(cx.lex.words.len());
    let t = cx.lex.words.get(v)?;
    let w = cx.doc.words.get(v)?;
    // The cheap tests of the word itself first: this is asked at every word of the draft.
    if v + 2 >= n
        || t.title > 0
        || t.given > 0
        || t.place > 0
        || t.org_noun()
        || t.agency().is_some()
        || !t.has_shape(crate::analysis::lexicon::shape::TOPIC)
        || breaks_phrase(gap(cx, v, v + 1))
        || !verb_at(cx, v)
        || !subject_word(cx, persons, v + 1)
    {
        return None;
    }
    let mut end = v + 2;
    while end < n && end - (v + 1) < SUBJECT_WORDS && !breaks_phrase(gap(cx, end - 1, end)) {
        if possessed_object(cx, persons, v, end) {
            break;
        }
        if !subject_word(cx, persons, end) {
            return None;
        }
        end += 1;
    }
    let object = if end < n && !breaks_phrase(gap(cx, end - 1, end)) {
        end
    } else {
        after_aside(cx, end)?
    };
    if !possessed_object(cx, persons, v, object)
        || !opens_after_particles(cx, v)
        || inside_quote(quotes, w.start(), w.end())
    {
        return None;
    }
    let range = cx.doc.words[v + 1].start()..cx.doc.words[end - 1].end();
    Named::words_in(cx, range, false)
}

#[cfg(test)]
mod tests {
    use super::super::super::speaker::tests::speaker_names;

    /// The paragraph every test opens with: an official's quotation, the turn a later
    /// subjectless cue would wrongly continue.
    const OFFICIAL: &str = "وقال مدير المدرسة، سامي العلي، إن الصفوف الجديدة «جاهزة منذ أيام».\n";

    fn second(src: &str) -> Option<String> {
        let s = speaker_names(&format!("{OFFICIAL}{src}"));
        assert_eq!(s.len(), 2, "{s:?}");
        s[1].clone()
    }

    #[test]
    fn an_unread_name_before_the_object_with_its_pronoun_is_the_subject() {
        // A negated verb after a fronted phrase, a name the lists do not hold, an aside.
        assert_eq!(
            second(
                "وبين الأهالي، لم يخف أكلي أمزيان، وهو تاجر من حي الزيتون، ارتياحه، وقال: «انتظرنا هذا طويلا».",
            )
            .as_deref(),
            Some("أكلي أمزيان")
        );
        // و before لم, an unlisted name, no aside.
        assert_eq!(
            second("ولم يخف أكلي أمزيان ارتياحه، وقال: «انتظرنا هذا طويلا».").as_deref(),
            Some("أكلي أمزيان")
        );
        // A perfect verb, a woman, no aside.
        assert_eq!(
            second("في الساحة، أخفت ثيزيري آيت منصور دموعها، وقالت: «الطريق ما زال طويلا».")
                .as_deref(),
            Some("ثيزيري آيت منصور")
        );
        // A body the lists do not hold, its object carrying its pronoun.
        assert_eq!(
            second(
                "دعت شركة النقل البحري زبائنها إلى تأكيد حجوزاتهم، وقالت في بيان: «الرحلات ستعود قريبا».",
            )
            .as_deref(),
            Some("شركة النقل البحري")
        );
        // A reporting verb whose subject is a common noun.
        assert_eq!(
            second("أبدى المزارع ارتياحه للقرار، وقال: «كنا ننتظر هذا منذ سنوات».").as_deref(),
            Some("المزارع")
        );
    }

    #[test]
    fn an_object_right_after_the_verb_leaves_the_turn_to_the_speaker() {
        // The noun after the verb is its object, its subject a pronoun: the official again.
        for src in [
            "ورفض الاقتراح الجديد بشدة، وقال: «لن نقبل بأقل من ذلك».",
            "وأكد التزامه بالخطة، وقال: «لن نقبل بأقل من ذلك».",
            "ووضع في حسابه كل الاحتمالات، وقال: «لن نقبل بأقل من ذلك».",
            "واستقبل ضيفا رافقه إلى المدرسة، وقال: «لن نقبل بأقل من ذلك».",
        ] {
            assert_eq!(second(src).as_deref(), Some("سامي العلي"), "{src}");
        }
    }
}
