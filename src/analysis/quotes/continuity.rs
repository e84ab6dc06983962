//! Speaker continuity and title resolution: who said a quotation whose reporting clause does not
//! name its speaker.
//!
//! [`attribute`] finds each quotation's reporting clause (before it in its sentence, right after
//! it, inside it, in the sentence before, or a paragraph that ends with a cue and a colon) and
//! reads it with the reader of [`super::speaker`]. A cue with no explicit subject (وأضاف،
//! وتابع، مشيراً) takes the speaker of the previous reporting clause in the story
//! ([`Clauses::continuing`]), never the last noun; a bare title (السفير) resolves to the person the
//! story introduced with it ([`resolve_title`]). When nothing can be told the speaker is `None`
//! (unclear), not a guess.

use super::speaker::{
    Gender, Named, PhraseKind, Read, adverb, answering_inna, bare_key, breaks_phrase,
    complementizer, covered, cue_gender, cue_plural, describes_noun_before, dotted_title,
    ends_its_sentence, function, gap, in_person, interrupting_verb, lam_of_addressee,
    name_particle, not_name_form, outlet_phrase, phrase_kind, post_gender, preposition_on_noun,
    preposition_verb, prepositional, question_or_condition, read_cue, read_np, relay_aside,
    source_head, starts_person, statement_relative, subject_after, unknown_word,
};
use super::{Attribution, Quote, QuoteForm, Via, inside_quote, sentence_breaks};
use crate::analysis::lexicon::RangeTest;
use crate::analysis::{Context, KeyTest};
use std::ops::Range;

mod adjunct;
mod age_description;
mod agreement;
mod epithet;
mod explicit_subject;
pub(super) use explicit_subject::honorific_of_address;
mod holder_adjunct;
mod introduced;
mod new_paragraph;
mod object_subject;
mod possessor_subject;
mod post_anaphor;
mod post_apposition;
mod post_holder;
mod purpose_content;
mod relative_aside;
mod restated_post;
mod sentence_source;
mod subjects;

/// The nearest reporting verb before word `i` in the same sentence (at most 15 words back, no
/// sentence end between).
fn verb_before_in_sentence(cx: &Context, i: usize) -> Option<usize> {
    let mut k = i;
    while k > 0 && i - k < 15 {
        // (The dot of a one-letter title, م. فلان, ends no sentence.)
        if ends_sentence(gap(cx, k - 1, k)) && !dotted_title(cx, k - 1) {
            return None;
        }
        k -= 1;
        if cx.lex.words[k].verb() && !covered(cx, k) {
            return Some(k);
        }
    }
    None
}

/// True when word `i` opens a clause: the first word of a sentence, the first after one or two
/// particles (وقد، ثم), or the first after a short fronted phrase and a comma (من جهته، بدوره،
/// وفي المقابل،), all of which leave the verb first.
fn opens_clause(cx: &Context, i: usize) -> bool {
    opens_clause_past(cx, i, FRONTED_CHAIN)
}

/// How many words a fronted prepositional phrase set off by a comma may hold before the clause
/// it opens (وفي ورشة ضيقة عند مدخل السوق القديم قرب الجامع الكبير، يصلح فلان ...: a place
/// with its description): the phrase's nouns are genitives and its adjectives theirs, so however long it
/// is it puts no subject before the verb.
const FRONTED_WORDS: usize = 10;

/// How many fronted adverbials of place or time set off by commas [`opens_clause`] passes over
/// before the one that opens the sentence (على الدرج، بعد انتهاء العرض، كانت فلانة).
const FRONTED_CHAIN: usize = 2;

/// [`opens_clause`], passing over up to `chain` more fronted prepositional phrases
/// ([`fronted_preposition`]) each set off by a comma: adverbials of place and time may stand
/// one after another at the head of a sentence (على الدرج، بعد انتهاء العرض،), and none of them
/// takes a part in the clause's subject, so the verb after the last comma still comes first.
fn opens_clause_past(cx: &Context, i: usize, chain: usize) -> bool {
    let ends = ends_sentence;
    if i == 0 || ends(gap(cx, i - 1, i)) || after_dateline(cx, i) {
        return true;
    }
    // After one or two particles (وقد، ثم، ولم) the verb still comes first.
    let mut k = i;
    while k > 0 && i - k < 2 && function(cx, k - 1) && !breaks_phrase(gap(cx, k - 1, k)) {
        k -= 1;
        if k == 0 || ends(gap(cx, k - 1, k)) {
            return true;
        }
    }
    if !matches!(gap(cx, i - 1, i).trim(), "،" | ",") {
        return false;
    }
    // At most three words before the comma, all in the same sentence and phrase, or up to
    // [`FRONTED_WORDS`] when they are a fronted prepositional phrase ([`fronted_preposition`]).
    let mut k = i - 1;
    for words in 1..=FRONTED_WORDS {
        if k == 0 || ends(gap(cx, k - 1, k)) {
            // A reporting verb opening the phrase makes it a clause, not a fronted adjunct: the
            // word after its comma stands in apposition to the verb's subject (وقال فلان، ممثل
            // نقابة ...), it does not open a clause of its own (issue 12, probe31). Not a word
            // that is also a preposition of place (وبين, read as the verb بيّن after و) when the
            // word after the comma is a particle of negation or a verb: neither stands in
            // apposition to a noun, so the phrase is the preposition's (وبين المرضى، لم يخف).
            if cx.lex.words[k].is_cue()
                && cx.lex.words[k].verb()
                && !(fronted_preposition(cx, k) && negation_or_verb(cx, i))
            {
                return false;
            }
            return words <= 3 || fronted_preposition(cx, k);
        }
        if breaks_phrase(gap(cx, k - 1, k)) {
            // The phrase is itself fronted after an earlier one and its comma.
            return chain > 0
                && matches!(gap(cx, k - 1, k).trim(), "،" | ",")
                && fronted_preposition(cx, k)
                && opens_clause_past(cx, k, chain - 1);
        }
        k -= 1;
    }
    false
}

/// True when word `i` is a particle that stands only before a verb (لم، لن، قد, after و/ف:
/// [`possessor_subject::verbal_particle`]) or a verb by its conjugation
/// ([`subjects::plain_verb`]): a word that opens a clause, never one in apposition.
fn negation_or_verb(cx: &Context, i: usize) -> bool {
    possessor_subject::verbal_particle(cx, i) || subjects::plain_verb(cx, i)
}

/// True when word `k` is a preposition or adverb of place or time (في، على، خلال، بعد، قبل، عقب،
/// منذ، وسط، بين، أمام، خلف، وراء، داخل، خارج، قرب، عند، لدى، تحت، فوق، حول, after و/ف) that opens a
/// fronted adverbial phrase (وفي نصف النهائي الآخر، تغلبت فلانة; وبين المدعوين إلى الحفل، جلس
/// فلان): an adverbial set off by a comma at the head of a sentence takes no part in the clause's
/// subject, whatever its length, so the verb after the comma still comes first. (The list is the
/// common prepositions of place and time and the adverbs of place, ظروف المكان, of Modern
/// Standard Arabic grammar, not drawn from any corpus.)
pub(super) fn fronted_preposition(cx: &Context, k: usize) -> bool {
    let Some(w) = cx.doc.words.get(k) else {
        return false;
    };
    let p = match w.plain.strip_prefix(['و', 'ف']) {
        Some(rest) if crate::analysis::names::at_least_chars(rest, 2) => rest,
        _ => w.plain.as_str(),
    };
    matches!(
        p,
        "في" | "على"
            | "خلال"
            | "بعد"
            | "قبل"
            | "عقب"
            | "منذ"
            | "وسط"
            | "بين"
            | "أمام"
            | "امام"
            | "خلف"
            | "وراء"
            | "داخل"
            | "خارج"
            | "قرب"
            | "عند"
            | "لدى"
            | "تحت"
            | "فوق"
            | "حول"
    )
}

/// True when word `i` is the first word after a dateline (الدوحة في 1 ديسمبر /قنا/ تأهلت ...): the
/// dateline is a heading of the story, so its first sentence starts there.
fn after_dateline(cx: &Context, i: usize) -> bool {
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    cx.credits().credits.iter().any(|c| {
        c.kind.heads_story()
            && c.range.end <= w.start()
            && cx
                .doc
                .prose()
                .get(c.range.end..w.start())
                .is_some_and(|g| g.chars().all(|ch| !alphanumeric(ch)))
    })
}

/// `ch.is_alphanumeric()`, answered without the Unicode table for ASCII and the Arabic letters
/// U+0621..=U+064A (all alphabetic), which are most of what is asked: the same answer for every
/// character (`tests::alphanumeric_is_the_standard_one`), at a fraction of the cost.
#[inline]
fn alphanumeric(ch: char) -> bool {
    ch.is_ascii_alphanumeric() || ('\u{0621}'..='\u{064A}').contains(&ch) || ch.is_alphanumeric()
}

/// A clause that opens with a verb and its subject, a person or a body (أظهر فلان الفلاني ...،
/// وأنهى فلان كلمته، وكررت المستشارة فلانة معارضتها، من جهته، وجه حزب «الأمل» نداء): the subject
/// is the one the story now follows, so a later cue with no subject of its own (قائلاً، وأضاف)
/// refers to it, not to the speaker of an earlier reporting clause. The verb may stand after
/// particles that follow a fronted phrase (وبين الحضور، لم تخف فلانة فرحتها:
/// [`possessor_subject::opens_after_particles`]). كان/كانت opening the clause
/// is such a verb too (وكانت المتطوعة فلانة تفرز الملابس، وقالت): its subject is the clause's, and
/// كان followed by قد and a reporting verb is read before as the pluperfect ([`pluperfect_subject`]). Returns the subject read at
/// word `i + 1`: a full name, a post or an organisation with a name (تنظيم «داعش»), or a lone
/// word the name detector tagged as a person. `None` when word `i` does not open such a clause.
fn topic_subject(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Named> {
    let n = cx.doc.words.len();
    if i + 1 >= n {
        return None;
    }
    let t = &cx.lex.words[i];
    let w = &cx.doc.words[i];
    let next = &cx.lex.words[i + 1];
    // A person, or a description of one right before the name (`person_after_verb`).
    // Asked last, once every cheaper test below has passed (this is asked for every word).
    let person = || person_after_verb(cx, persons, i);
    // What `person()` needs at the least: asked before the tests that read the words' keys.
    let may_be_person = || {
        next.given > 0 || starts_person(cx, persons, i + 1) || bare_key(cx, i + 1).starts_with("ال")
    };
    let body = next.org_noun() || next.agency().is_some();
    // A verb spelled as a given name (أشرف، أمين) is the verb when a post follows it at once (أشرف
    // والي الولاية على ...) and the lexicon conjugates it: a name is set before its post, not
    // after it with no comma between. Not after a title (د. حسن الأمين): there it is the name.
    let after_title = || i > 0 && (dotted_title(cx, i - 1) || cx.lex.words[i - 1].title > 0);
    let verb_not_name = || next.title > 0 && !after_title() && subjects::plain_verb(cx, i);
    // Pure tests, cheapest first (`opens_clause` reads the words before and the datelines). The
    // tests of the word's spelling alone are one bit ([`topic_verb_spelling`]).
    if !t.has_shape(crate::analysis::lexicon::shape::TOPIC)
        || t.title > 0
        || t.place > 0
        || (t.given > 0 && !verb_not_name())
        || t.agency().is_some()
        || t.org_noun()
        || !(body || next.title > 0 || may_be_person())
        || in_person(cx, persons, i)
        || breaks_phrase(gap(cx, i, i + 1))
        || !(body || next.title > 0 || person())
        || !possessor_subject::opens_after_particles(cx, i)
        || inside_quote(quotes, w.start(), w.end())
    {
        return None;
    }
    if next.org_noun()
        && next.agency().is_none()
        && let Some(body) = body_with_quoted_name(cx, i + 1)
    {
        return Some(body);
    }
    topic_np(cx, persons, i + 1)
}

/// The subject of a topic clause read at word `k` ([`topic_subject`], [`fronted_topic`]): a
/// name first (two words or more, or one the name detector tagged as a person and that reads
/// as a name, not an ordinary word it may have mistaken), a post or a body then a name (وكررت
/// المستشارة الألمانية فلانة), or a post with no name (وطلب وزير الدفاع ...), followed and resolved
/// later to the person introduced with it. A body with no name is not: the organisation nouns
/// include things that do not speak (خطة، قانون، فيلم). `None` for an unnamed source or a
/// phrase that does not start at word `k`.
fn topic_np(cx: &Context, persons: &[Range<usize>], k: usize) -> Option<Named> {
    let np = read_np(cx, persons, k, cx.doc.words.len())?;
    if np.anonymous || np.range.start != cx.doc.words.get(k)?.start() {
        return None;
    }
    match np.name.clone() {
        Some(name) if name.start == np.range.start => (cx.doc.words_in(name.clone()).len() >= 2
            || (starts_person(cx, persons, k) && looks_like_name(cx, persons, &name)))
        .then_some(np),
        Some(name) => looks_like_name(cx, persons, &name).then_some(np),
        None => (cx.lex.words[k].title > 0 && np.title_only).then_some(np),
    }
}

/// A sentence that opens with a person named with or without a post and goes on with a clause
/// about them (الطالب الأردني فلان الفلاني حصل على قبول ...، لكنه ...): the fronted noun phrase
/// is the subject, the topic of the sentence, so a later cue with no subject of its own
/// (ويقول، وتضيف) refers to that person, as after a verb and its subject ([`topic_subject`]).
/// Returns the person read at word `i` when word `i` opens a sentence (the story's first word,
/// after a sentence end or a line, or after a dateline), is a post, a given name or the start
/// of a person mention, the phrase names someone, and the sentence goes on after it with a
/// word that is no cue (whose own clause reads its subject) and no colon or quotation mark
/// between. `None` otherwise, or inside a quotation.
fn fronted_topic(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Named> {
    let t = cx.lex.words.get(i)?;
    let w = cx.doc.words.get(i)?;
    // The cheap tests first: this runs at every word of the draft.
    if !(t.title > 0 || t.given > 0 || starts_person(cx, persons, i)) {
        return None;
    }
    // (The dot of a one-letter title, د. فلان, ends no sentence.)
    let opens = i == 0
        || (ends_sentence(gap(cx, i - 1, i)) && !dotted_title(cx, i - 1))
        || after_dateline(cx, i);
    if !opens
        || t.is_cue()
        || t.org_noun()
        || t.agency().is_some()
        || function(cx, i)
        || complementizer(cx, i)
        || inside_quote(quotes, w.start(), w.end())
    {
        return None;
    }
    let np = topic_np(cx, persons, i)?;
    np.name.as_ref()?;
    let j = cx.doc.words.partition_point(|x| x.end() <= np.range.end);
    let next = cx.lex.words.get(j)?;
    let g = gap(cx, j.checked_sub(1)?, j);
    (!ends_sentence(g) && !g.contains([':', '«', '"', '“', '”']) && !next.is_cue()).then_some(np)
}

/// True when a person stands right after the verb at word `i`: a given name or a person mention
/// at word `i + 1`, or a definite description of one before the name (العداءة القطرية مريم ...),
/// or a post with its complement and the name set off after it by a comma (المفوض الأوروبي
/// للتجارة، فلان الفلاني، عن ...: a name in apposition names the post's holder). The name starts
/// within five words of the verb, with no function word and no break before it but that comma.
fn person_after_verb(cx: &Context, persons: &[Range<usize>], i: usize) -> bool {
    let n = cx.doc.words.len();
    cx.lex.words[i + 1].given > 0
        || starts_person(cx, persons, i + 1)
        || (bare_key(cx, i + 1).starts_with("ال")
            && (i + 2..(i + 6).min(n)).any(|k| {
                (cx.lex.words[k].given > 0 || starts_person(cx, persons, k))
                    && (i + 1..k).all(|j| {
                        let g = gap(cx, j, j + 1);
                        !function(cx, j)
                            && (!breaks_phrase(g) || (j + 1 == k && k > i + 3 && g.trim() == "،"))
                    })
            }))
}

/// A body named in quotation marks right after its noun at word `k` (وتبنى تنظيم «الفجر» الهجوم):
/// the marks show a proper name, so the body is named, from its noun to the closing mark; the
/// words after the closing mark are the verb's object. `None` when no quoted name follows.
fn body_with_quoted_name(cx: &Context, k: usize) -> Option<Named> {
    let n = cx.doc.words.len();
    let i = k.checked_sub(1)?;
    if gap(cx, i + 1, i + 2).trim() == "«"
        && let Some(c) = (i + 2..(i + 7).min(n)).find(|&c| gap(cx, c, c + 1).contains('»'))
        && (i + 2..c).all(|x| !breaks_phrase(gap(cx, x, x + 1)))
    {
        let a = cx.doc.words[i + 1].start();
        let close = cx.doc.words[c].end();
        let b = cx
            .doc
            .source
            .get(close..)
            .and_then(|r| r.find('»'))
            .map_or(close, |o| close + o + '»'.len_utf8());
        let quoted = cx.doc.words[i + 2].start()..close;
        return Some(Named {
            text: cx.doc.source.get(a..b)?.to_string(),
            range: a..b,
            anonymous: false,
            title_only: false,
            name: Some(quoted),
        });
    }
    None
}

/// The topic fronted by أما at word `i` (أما مدرب الفريق الضيف، فقد قال: «...»): the noun phrase
/// after أما, up to the comma, the ف that answers it or a relative clause that describes it, is
/// what the answering clause is about, so
/// a cue with no subject of its own there (قال، فاعتبر) refers to it. Returns the phrase read at
/// word `i + 1` when it is named (a person, a post or a body, not a prepositional phrase and not
/// an unnamed source); `None` when word `i` is not أما or nothing speaker-like follows it.
fn amma_topic(cx: &Context, persons: &[Range<usize>], quotes: &[Quote], i: usize) -> Option<Named> {
    let w = cx.doc.words.get(i)?;
    if !matches!(w.plain.as_str(), "أما" | "وأما" | "اما" | "واما")
        || i + 1 >= cx.doc.words.len()
        || breaks_phrase(gap(cx, i, i + 1))
        || function(cx, i + 1)
        || prepositional(cx, persons, i + 1)
        || inside_quote(quotes, w.start(), w.end())
    {
        return None;
    }
    if let Some(np) = read_np(cx, persons, i + 1, cx.doc.words.len()) {
        // The phrase ends at the comma or right before the answering ف.
        let last = cx.doc.words.partition_point(|x| x.end() <= np.range.end);
        // ... or before a relative clause that describes it (أما فلان الذي ...، فعلق).
        let closed = last >= cx.doc.words.len()
            || matches!(gap(cx, last - 1, last).trim(), "،" | ",")
            || cx.doc.words[last].plain.starts_with('ف')
            || (matches!(bare_key(cx, last), "الذي" | "التي")
                && !breaks_phrase(gap(cx, last - 1, last)));
        let t = &cx.lex.words[i + 1];
        let speaker_like = np.name.is_some() || t.title > 0 || t.org_noun() || t.agency().is_some();
        if closed && speaker_like && !np.anonymous && np.range.start == cx.doc.words[i + 1].start()
        {
            return Some(np);
        }
    }
    // A description the reader does not take for a speaker alone (أما مدرب الفريق الضيف، ف...):
    // an indefinite noun heading a construct (not a time or a definite noun: أما اليوم، ف...), up
    // to four content words closed by a comma and an answering ف.
    if bare_key(cx, i + 1).starts_with("ال") || adverb(cx, i + 1) {
        return None;
    }
    let mut k = i + 1;
    while k < cx.doc.words.len() && k <= i + 4 {
        let t = &cx.lex.words[k];
        if function(cx, k) || t.is_cue() || t.verb() || prepositional(cx, persons, k) {
            return None;
        }
        let g = gap(cx, k, k + 1);
        if breaks_phrase(g) {
            let answered = matches!(g.trim(), "،" | ",")
                && cx
                    .doc
                    .words
                    .get(k + 1)
                    .is_some_and(|x| x.plain.starts_with('ف'));
            let range = cx.doc.words[i + 1].start()..cx.doc.words[k].end();
            return answered.then(|| Named {
                text: cx.doc.source.get(range.clone()).unwrap_or("").to_string(),
                range,
                anonymous: false,
                title_only: false,
                name: None,
            });
        }
        k += 1;
    }
    None
}

/// True when the cue at word `i`, read as `read`, is the verb of a clause that an earlier
/// reporting verb of the same sentence reports: its subject stands before it, right after أن/إن
/// (وقال الوزير إن الجيش حذر من ...، مشيراً ...). That subject is part of what was said, not a
/// new speaker for the cues that follow, unless the clause brings a quotation of its own before
/// the next cue (ذكر التقرير أن فلاناً قال إن «...»).
fn reported_clause(cx: &Context, quotes: &[Quote], i: usize, read: &Read) -> bool {
    let Read::Named(n) = read else {
        return false;
    };
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    if n.range.end > w.start() {
        return false;
    }
    let s = cx.doc.word_index_containing(n.range.start);
    // أن/إن, also after و (وأن), with a demonstrative between it and the subject (أن هذه المرحلة).
    let opens = |k: usize| {
        complementizer(cx, k)
            || cx.doc.words[k]
                .key
                .strip_prefix(['و', 'ف'])
                .is_some_and(|r| matches!(r, "ان" | "بان" | "انه" | "انها"))
    };
    let c = match s {
        0 => return false,
        _ if opens(s - 1) => s - 1,
        1 => return false,
        _ if function(cx, s - 1) && opens(s - 2) && !breaks_phrase(gap(cx, s - 2, s - 1)) => s - 2,
        _ => return false,
    };
    // A reporting verb earlier in the sentence (reported content runs long: up to 40 words).
    let reported = (c.saturating_sub(40)..c)
        .rev()
        .take_while(|&k| !ends_sentence(gap(cx, k, k + 1)))
        .any(|k| cx.lex.words[k].verb() && !covered(cx, k));
    if breaks_phrase(gap(cx, s - 1, s)) || !reported {
        return false;
    }
    // The clause's own quotation: the next one, in the same sentence, with no cue before it.
    let next = quotes.partition_point(|q| q.range.start < w.end());
    let own = quotes[next..]
        .iter()
        .find(|q| q.form != QuoteForm::Name)
        .is_some_and(|q| {
            let qw = cx.doc.word_index_at(q.range.start);
            qw <= i + 40
                && (i + 1..qw.min(cx.doc.words.len()))
                    .all(|k| !ends_sentence(gap(cx, k - 1, k)) && cue_at(cx, k, quotes).is_none())
                && !ends_sentence(gap(cx, qw.saturating_sub(1).max(i), qw))
        });
    !own
}

/// True when the speaker phrase `n` opens with a sound masculine plural, definite or not
/// (المسؤولون، المحتجين، محللون): a group of people, not one person. A name is never taken for
/// one (ياسين), nor a word whose singular is not a word (الأمين).
fn sound_plural(cx: &Context, n: &Named) -> bool {
    let k = cx.doc.word_index_containing(n.range.start);
    let Some(w) = cx.doc.words.get(k) else {
        return false;
    };
    if n.name.as_ref().is_some_and(|m| m.start <= w.start()) {
        return false;
    }
    if cx.lex.words[k].given > 0 {
        return false;
    }
    // The singular must be a word of its own (مسؤول، متظاهر), which الأمين or الحسين are not.
    let key = bare_key(cx, k);
    let plain = w.plain.strip_prefix(['و', 'ف']).unwrap_or(&w.plain);
    let singular = |x: &str| {
        let x = x.strip_prefix("ال").unwrap_or(x);
        x.strip_suffix("ون")
            .or_else(|| x.strip_suffix("ين"))
            .map(str::to_string)
    };
    let (Some(sk), Some(sp)) = (singular(key), singular(plain)) else {
        return false;
    };
    sk.chars().count() >= 3 && (cx.profile.titles.contains_word(&sk) || !unknown_word(cx, &sp))
}

/// The subject of كان at word `i` opening a clause when a reporting verb in the pluperfect
/// follows it ([`pluperfect_cue`]): كان before its subject and then قد with a reporting verb
/// (وكان فلان، قد قال إن) is that verb in the pluperfect, so the subject of كان, a name with or
/// without its post, is the speaker. `None` otherwise, or inside a quotation.
fn pluperfect_subject(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Named> {
    let n = cx.doc.words.len();
    let w = cx.doc.words.get(i + 1)?;
    // The cheap test first (one bit of the spelling's, [`kana_spelling`]): this runs at every
    // word of the draft.
    if !cx.lex.words[i].has_shape(crate::analysis::lexicon::shape::KANA)
        || !opens_clause(cx, i)
        || inside_quote(quotes, w.start(), w.end())
    {
        return None;
    }
    let np = read_np(cx, persons, i + 1, n)?;
    (np.name.is_some() && !np.anonymous && np.range.start == w.start() && pluperfect_cue(cx, &np))
        .then_some(np)
}

/// True when `key` (an identity key, و/ف taken off as [`bare_key`] does) is كان or كانت, also
/// after a second و or ف: a word of that key is كان or كانت (after و or ف or alone).
fn kana_key(key: &str) -> bool {
    let key = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    matches!(key, "كان" | "كانت")
}

/// True when the spelling of `w` may open a topic clause ([`topic_subject`]): an Arabic word of
/// three letters or more, no function word unless كان, no complementizer, adverb or word with
/// the article (after و/ف): the tests of the word itself that `topic_subject` asks, answered
/// once per spelling (`lexicon::shape::TOPIC`).
pub(super) fn topic_verb_spelling(w: &crate::text::Word) -> bool {
    let bare = super::speaker::bare_of(w.key.as_str());
    w.kind() == crate::text::WordKind::Arabic
        && crate::analysis::names::at_least_chars(&w.plain, 3)
        && !(super::speaker::function_plain(&w.plain) && !kana_key(bare))
        && !super::speaker::complementizer_key(bare)
        && !super::speaker::adverb_key(bare)
        && !bare.starts_with("ال")
}

/// True when the spelling of `w` is كان or كانت ([`kana_key`] of its key without و/ف): the test of
/// the word itself that [`pluperfect_subject`] asks first (`lexicon::shape::KANA`).
pub(super) fn kana_spelling(w: &crate::text::Word) -> bool {
    kana_key(super::speaker::bare_of(w.key.as_str()))
}

/// True when the subject `np` of a كان (وكان، فكان، كانت ...; its caller, [`pluperfect_subject`],
/// has checked the word with [`kana_spelling`]) is followed, after at most a comma and قد, by a reporting
/// verb (وكان مدير المرصد فلان، قد قال إن): كان ... قد قال is the pluperfect of قال, whose subject
/// is the subject of كان. After قد the word is a verb even when the lexicon also reads it as a
/// noun (قد طلب، قد شارك): قد stands only before a verb.
fn pluperfect_cue(cx: &Context, np: &Named) -> bool {
    let mut k = cx.doc.words.partition_point(|w| w.end() <= np.range.end);
    if let Some(q) = qad_after_aside(cx, k) {
        k = q;
    }
    let qad = k < cx.doc.words.len() && matches!(bare_key(cx, k), "قد" | "وقد");
    if qad {
        k += 1;
    }
    k < cx.doc.words.len()
        && (cx.lex.words[k].verb() || (qad && verb_after_qad(cx, k)))
        && !gap(cx, k - 1, k).contains(['.', '\n', '!', '?', '؟', ':'])
}

/// The word index of قد closing an aside set off by commas that opens at word `k`, the word after
/// the subject of كان (وكان النائب فلان، عضو مجلس النواب عن الدائرة، قد تقدم): the aside runs at
/// most fifteen words to a comma with قد right after it, with no sentence end between. Reason: in
/// كان + subject + قد + verb, an apposition between commas describes the subject (a post, an age,
/// a relative clause) and the frame closes at قد, so the subject before the aside is the verb's.
/// `None` when word `k` does not follow a comma or no such قد closes the aside.
fn qad_after_aside(cx: &Context, k: usize) -> Option<usize> {
    let n = cx.doc.words.len();
    if k == 0 || k >= n || gap(cx, k - 1, k).trim() != "،" {
        return None;
    }
    let c = (k + 1..n.min(k + 16)).find(|&c| breaks_phrase(gap(cx, c - 1, c)))?;
    (gap(cx, c - 1, c).trim() == "،" && matches!(bare_key(cx, c), "قد" | "وقد")).then_some(c)
}

/// True when word `k`, right after قد, can be the verb قد stands before: an Arabic word with
/// no article that is no function word, joined to قد by a space alone.
fn verb_after_qad(cx: &Context, k: usize) -> bool {
    let w = &cx.doc.words[k];
    k > 0
        && w.kind() == crate::text::WordKind::Arabic
        && !bare_key(cx, k).starts_with("ال")
        && !function(cx, k)
        && gap(cx, k - 1, k).trim().is_empty()
}

/// True when the cue at word `cue` is a verb in the masculine (قال، يقول) and the speaker phrase
/// `n`, read before it, opens with a feminine noun in ة, an ordinary word that is no post, given
/// name or person (صحيفة الغارديان يقول): a subject before its verb agrees with it in gender
/// (الصحيفة تقول), so a masculine verb after the noun says the noun is not its subject and the
/// reader took the wrong one. (A masculine name in ة, حمادة, is no word of the dictionary.)
fn masculine_verb_feminine_noun(
    cx: &Context,
    persons: &[Range<usize>],
    cue: usize,
    n: &Named,
) -> bool {
    // The word holding the phrase's start (a phrase may start after a proclitic: ووزير → وزير),
    // not the first word starting at or after it.
    let k = cx.doc.word_index_containing(n.range.start);
    let (Some(t), Some(c)) = (cx.lex.words.get(k), cx.doc.words.get(cue)) else {
        return false;
    };
    let w = &cx.doc.words[k];
    cx.lex.words[cue].verb()
        && n.range.end <= c.start()
        && cue_gender(cx, cue) == Some(Gender::Masculine)
        && !n.anonymous
        && w.kind() == crate::text::WordKind::Arabic
        && w.plain.ends_with('ة')
        && t.title == 0
        && t.given == 0
        && !in_person(cx, persons, k)
        && !unknown_word(cx, &w.plain)
}

/// True when nothing that could be the subject of the verb at word `i` follows it: a colon or an
/// opening quotation mark comes right after it (يقول: «...»، يقول «...»). A verb whose subject
/// is neither before it (a noun it does not agree with) nor after it has a pronoun subject.
fn subject_not_after(cx: &Context, i: usize) -> bool {
    i < cx.doc.words.len()
        && gap(cx, i, i + 1)
            .trim_start()
            .starts_with([':', '«', '"', '“'])
}

/// True when the clause of the cue at word `i`, read as `read`, ends the last speaker's turn
/// without naming a speaker, so a later subjectless cue cannot reach back over it: a masculine
/// verb with a feminine noun after it (يقول صحيفة الغارديان) has a subject the reader did not read
/// ([`masculine_verb_feminine_noun`]).
fn ends_turn(cx: &Context, persons: &[Range<usize>], i: usize, read: &Read) -> bool {
    match read {
        Read::Named(np) => masculine_verb_feminine_noun(cx, persons, i, np),
        Read::Pronoun | Read::Unclear => false,
    }
}

/// The reporting clauses of a document: every cue outside quotations, in order, with what it says
/// about its speaker. Built once per document; [`Clauses::continuing`] answers continuity.
pub(super) struct Clauses {
    /// (word index of the cue, read), in word order.
    reads: Vec<(usize, Read)>,
    /// Word indexes (sorted) of the reads that are topic subjects ([`topic_subject`]), not cues.
    topics: Vec<usize>,
    /// Word indexes (sorted) of the cues whose subject is a noun phrase the reader could not name
    /// and took by its place after the verb ([`turn_end`], [`explicit_subject::noun_phrase`]),
    /// when the phrase names no person ([`explicit_subject::names_someone`]).
    explicit: Vec<usize>,
    /// Word index of the first reporting clause (not a topic) that names its speaker.
    first_named: Option<usize>,
    /// The gender the clauses show for each last-name key (`None`: two disagree), read for
    /// every key on the first question (`agreement::story_gender`).
    genders: std::cell::OnceCell<rustc_hash::FxHashMap<Box<str>, Option<Gender>>>,
    /// [`Clauses::continuing`]'s answers by the cue's word index, as the index into `reads` of
    /// the clause that named the speaker: the attribution of one cue asks it up to three times
    /// (the relative-subject test, the subject-between test, the speaker), and the answer is a
    /// function of the document and these clauses alone.
    continued: std::cell::RefCell<rustc_hash::FxHashMap<usize, Option<usize>>>,
    /// [`with_resumed_family`]'s table, read on its first question: for each key (less و/ف,
    /// [`bare_key`]) of a word that ends a named read's phrase starting in it, the largest start
    /// of such a phrase. A function of the document and these clauses alone.
    resumed: std::cell::OnceCell<rustc_hash::FxHashMap<Box<str>, usize>>,
}

/// The subject of the reporting verb at word `i` read after a pronoun complement (تعهد فيها
/// الزعيم الكوري الشمالي، كتب عنه الناقد فلان), up to word `limit`: a preposition carrying a
/// pronoun may stand between a verb and its subject, so a post or a name right after it is the
/// subject, not someone the turn should skip. `None` when word `i` is no such verb or no post or
/// name follows the complement.
fn subject_after_complement(
    cx: &Context,
    persons: &[Range<usize>],
    i: usize,
    limit: usize,
) -> Option<Named> {
    let n = limit.min(cx.doc.words.len());
    if !cx.lex.words.get(i)?.verb() || i + 2 >= n {
        return None;
    }
    let complement = matches!(
        cx.doc.words[i + 1].key.as_str(),
        "فيه"
            | "فيها"
            | "عليه"
            | "عليها"
            | "منه"
            | "منها"
            | "عنه"
            | "عنها"
            | "له"
            | "لها"
    );
    if !complement || breaks_phrase(gap(cx, i, i + 1)) || breaks_phrase(gap(cx, i + 1, i + 2)) {
        return None;
    }
    let next = &cx.lex.words[i + 2];
    if !(next.title > 0 || next.given > 0 || starts_person(cx, persons, i + 2)) {
        return None;
    }
    let np = read_np(cx, persons, i + 2, n)?;
    (np.range.start == cx.doc.words[i + 2].start() && !np.anonymous).then_some(np)
}

/// What the clause of the verb at word `i` reads as when the subject the reader took before it
/// does not agree with it ([`ends_turn`]), given the `reads` of the clauses before it: with no
/// subject after the verb either ([`subject_not_after`]), its pronoun subject continues the turn
/// of the last named speaker when that one is a man ([`Read::Pronoun`]); else the subject is one
/// the reader did not read and the turn ends ([`Read::Unclear`]).
fn misread_subject(cx: &Context, reads: &[(usize, Read)], i: usize) -> Read {
    let masculine_before = reads.iter().rev().find_map(|(c, r)| match r {
        Read::Named(n) => Some(named_gender(cx, *c, n) == Some(Gender::Masculine)),
        Read::Pronoun | Read::Unclear => None,
    });
    if subject_not_after(cx, i) && masculine_before == Some(true) {
        Read::Pronoun
    } else {
        Read::Unclear
    }
}

/// The clause of the cue at word `i`, read as `read` after the `reads` before it, as it bears on
/// the turn: a subject the reader took that does not agree with the verb ([`ends_turn`]) makes it
/// [`misread_subject`]'s answer, and a subject after the verb the reader could not read
/// ([`unread_subject_after`], against the last speaker named) takes the turn: the noun phrase
/// there ([`explicit_subject::noun_phrase`]), or [`Read::Unclear`] when it cannot be read.
fn turn_end(
    cx: &Context,
    persons: &[Range<usize>],
    reads: &[(usize, Read)],
    i: usize,
    read: Read,
) -> Read {
    if ends_turn(cx, persons, i, &read) {
        return misread_subject(cx, reads, i);
    }
    if read == Read::Pronoun
        && let Some(Read::Named(last)) = reads
            .iter()
            .rev()
            .map(|(_, r)| r)
            .find(|r| *r != &Read::Pronoun)
        && unread_subject_after(cx, persons, i, last)
    {
        return explicit_subject::noun_phrase(cx, persons, i + 1)
            .map_or(Read::Unclear, Read::Named);
    }
    read
}

/// The gender of the speaker a clause named: the one its cue agrees with (وقالت ليلى →
/// feminine; وقالت السفير → feminine too, a woman holding a post named in the masculine), else
/// its post's.
fn named_gender(cx: &Context, cue: usize, n: &Named) -> Option<Gender> {
    cue_gender(cx, cue).or_else(|| post_gender(cx, n))
}

/// The cue at word `i` read up to word `limit`, where the first quotation after it that is not a
/// name (from index `next` of `quotes` on) opens, and, when that read is a phrase with no name
/// stopped by that quotation set inside it ([`quoted_inside_phrase`]: مدير دار «النخيل» للنشر،
/// فلان), read on to the quotation after, as that one's attribution reads it: the phrase that
/// names someone from the same start on replaces the read cut short.
fn past_quoted_name(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
    next: usize,
    limit: usize,
) -> Read {
    let read = read_clause(cx, persons, quotes, i, limit);
    let Some(f) = quotes[next..]
        .iter()
        .position(|q| q.form != QuoteForm::Name)
        .map(|p| next + p)
    else {
        return read;
    };
    let Read::Named(np) = &read else {
        return read;
    };
    if np.name.is_some() || !quoted_inside_phrase(cx, np, &quotes[f]) {
        return read;
    }
    let further = quotes[f + 1..]
        .iter()
        .find(|q| q.form != QuoteForm::Name)
        .map_or(cx.doc.words.len(), |q| {
            cx.doc.word_index_at(q.range.start).max(i + 1)
        });
    match read_clause(cx, persons, quotes, i, further) {
        Read::Named(whole)
            if whole.name.is_some() && !whole.anonymous && whole.range.start >= np.range.start =>
        {
            Read::Named(whole)
        }
        _ => read,
    }
}

/// True when quotation `q` is a name in quotation marks set inside the speaker phrase `np` that
/// the reader read up to it (مدير دار «النخيل» للنشر، فلان الفلاني، إن): the phrase ends right
/// before the opening mark with only spaces between, the quotation holds one to four words, and
/// a word follows its closing mark after only a space, so the phrase goes on past it. Reason:
/// words quoted as speech are opened by a complementizer, a colon or a comma and close a clause,
/// while a body's name set in quotation marks stands in the noun phrase it completes, between
/// the noun it follows and the complement after it.
fn quoted_inside_phrase(cx: &Context, np: &Named, q: &Quote) -> bool {
    let prose = cx.doc.prose();
    let spaces = |r: Range<usize>| {
        r.start <= r.end
            && prose
                .get(r)
                .is_some_and(|t| !t.is_empty() && t.chars().all(char::is_whitespace))
    };
    let w = cx.doc.word_index_at(q.range.end);
    q.closed
        && (1..=4).contains(&q.words)
        && spaces(np.range.end..q.range.start)
        && w < cx.doc.words.len()
        && spaces(q.range.end..cx.doc.words[w].start())
        && cx.doc.words[w].kind() == crate::text::WordKind::Arabic
        && !complementizer(cx, w)
        && !cx.lex.words[w].is_cue()
}

/// Which of the turn reader's tests gave a word's own read ([`Own`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Step {
    /// A pluperfect subject ([`pluperfect_subject`]).
    Pluperfect,
    /// A topic subject ([`topic_subject`], [`amma_topic`]).
    Topic,
    /// A reporting clause, read before the clauses before it are asked ([`turn_end`]).
    Clause,
}

/// What the turn reader (`Clauses::new`) reads at one word by itself: which test read something
/// there and the read, before the reads of the words before it are asked. A function of the
/// word's window (see `memo::Inert`), so an open draft keeps it from one version to the next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Own {
    /// The test that read it.
    pub step: Step,
    /// The read.
    pub read: Read,
}

/// The turn reader's own read at word `i` ([`Own`]): [`word_read`]'s, dropped (`None`) when the
/// subject it names lies in one of the story's credits (`speaker::credit_span::inside_credit`).
/// Reason: a byline's or a credit line's name is the writer's or the desk's (هسبريس - فلان
/// الفلاني، بقلم فلان), a heading set apart from the story's sentences, so the writer never
/// speaks the story's quotations and a pronoun subject never refers back to them.
fn own_read(cx: &Context, persons: &[Range<usize>], quotes: &[Quote], i: usize) -> Option<Own> {
    let own = word_read(cx, persons, quotes, i)?;
    match &own.read {
        Read::Named(np) if super::speaker::credit_span::inside_credit(cx, np) => None,
        _ => Some(own),
    }
}

/// `read` of the cue at word `i`, a subject read before the cue cut before the object its words
/// ran on into ([`object_subject::cut_before_object`]): the subject of a participle or a joined
/// verb is the first phrase after the clause's verb, never the object after it. Any other read
/// as it is.
fn before_cue_cut(cx: &Context, persons: &[Range<usize>], read: Read, i: usize) -> Read {
    match read {
        Read::Named(n)
            if cx
                .doc
                .words
                .get(i)
                .is_some_and(|w| n.range.end <= w.start()) =>
        {
            Read::Named(object_subject::cut_before_object(cx, persons, n))
        }
        other => other,
    }
}

/// The subject of a topic clause that word `i` opens: [`topic_subject`], [`amma_topic`],
/// [`fronted_topic`] or a subject after the verb's object
/// ([`object_subject::subject_after_object`]) (at a word that is no cue, or the verb عبر "to
/// cross"), cut before an object read into it ([`object_subject::cut_before_object`]), else, at a verb that
/// is no cue, the subject its object's pronoun points to
/// ([`possessor_subject::possessor_subject`]); `None` when word `i` opens no topic clause.
fn topic_read(cx: &Context, persons: &[Range<usize>], quotes: &[Quote], i: usize) -> Option<Named> {
    let cue = cx.lex.words[i].is_cue();
    if (!cue || crossing_verb(cx, i))
        && let Some(np) = topic_subject(cx, persons, quotes, i)
            .or_else(|| amma_topic(cx, persons, quotes, i))
            .or_else(|| fronted_topic(cx, persons, quotes, i))
            .or_else(|| object_subject::subject_after_object(cx, persons, quotes, i))
    {
        return Some(object_subject::cut_before_object(cx, persons, np));
    }
    if cue {
        return None;
    }
    possessor_subject::possessor_subject(cx, persons, quotes, i)
}

/// What the turn reader reads for the cue at word `i` whose clause names no subject: the subject
/// its own sentence gives ([`own_sentence_subject`]), else, for a reporting verb whose object
/// carries its subject's pronoun (أبدى فلان ارتياحه), that subject, whether or not the reader
/// reads it as a name ([`possessor_subject::possessor_subject`]), else [`Read::Pronoun`].
fn pronoun_read(cx: &Context, persons: &[Range<usize>], quotes: &[Quote], i: usize) -> Read {
    let read = own_sentence_subject(cx, persons, quotes, i).unwrap_or(Read::Pronoun);
    if read == Read::Pronoun
        && cx.lex.words[i].verb()
        && let Some(np) = possessor_subject::possessor_subject(cx, persons, quotes, i)
    {
        return Read::Named(np);
    }
    read
}

/// The turn reader's read at word `i` before credits are set aside ([`own_read`]): a pluperfect
/// or topic subject, else the clause of a cue outside `quotes`, read up to the next quotation
/// that is not a name, with the tests that drop it or make it subjectless; `None` when the word
/// reads as nothing.
fn word_read(cx: &Context, persons: &[Range<usize>], quotes: &[Quote], i: usize) -> Option<Own> {
    let n = cx.doc.words.len();
    let t = &cx.lex.words[i];
    let own = |step, read| Some(Own { step, read });
    if let Some(np) = pluperfect_subject(cx, persons, quotes, i) {
        return own(Step::Pluperfect, Read::Named(np));
    }
    if let Some(np) = topic_read(cx, persons, quotes, i) {
        return own(Step::Topic, Read::Named(np));
    }
    if !reads_as_cue(cx, i) || unread(cx, i) {
        return None;
    }
    let w = &cx.doc.words[i];
    if inside_quote(quotes, w.start(), w.end()) {
        return None;
    }
    // Read up to the next quotation, as the quotation's own attribution reads it, so that the
    // turn passes on the same speaker (the name after a post before a colon).
    let next = quotes.partition_point(|q| q.range.start < w.end());
    let limit = quotes[next..]
        .iter()
        .find(|q| q.form != QuoteForm::Name)
        .map_or(n, |q| cx.doc.word_index_at(q.range.start).max(i + 1));
    let past = || past_quoted_name(cx, persons, quotes, i, next, limit);
    let mut read = transmitted_from(cx, persons, i)
        .map_or_else(|| before_cue_cut(cx, persons, past(), i), Read::Named);
    if read == Read::Pronoun
        && let Some(n) = subject_after_complement(cx, persons, i, limit)
    {
        read = Read::Named(n);
    }
    if read == Read::Pronoun {
        read = pronoun_read(cx, persons, quotes, i);
    }
    // A source phrase after a reporting verb in the same sentence (أضاف الوزير، بحسب وكالة
    // سانا، أن) names the outlet, not the speaker: it does not take the turn.
    if t.phrase > 0
        && (outlet_phrase(cx, i) || relay_aside(cx, i))
        && verb_before_in_sentence(cx, i).is_some()
    {
        read = Read::Pronoun;
    }
    // A relative clause whose antecedent the reader cannot name (الخبراء الذين اعتبروا)
    // describes a noun: it neither names a speaker nor ends a turn.
    if !matches!(read, Read::Named(_))
        && i > 0
        && matches!(
            bare_key(cx, i - 1),
            "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللواتي" | "اللاتي"
        )
    {
        return None;
    }
    // A subject after كان in a question or a condition (ما إذا كان الدواء يقلل، هل كان فلان
    // قال) is asked or supposed about, not reported: the clause neither names a speaker nor
    // ends a turn.
    if let Read::Named(np) = &read
        && np.range.end <= w.start()
    {
        let s = cx.doc.word_index_containing(np.range.start);
        if s > 1
            && matches!(bare_key(cx, s - 1), "كان" | "كانت")
            && !breaks_phrase(gap(cx, s - 1, s))
            && question_or_condition(cx, s - 2)
        {
            return None;
        }
    }
    // A reported clause names no speaker, but a plural one still ends a singular turn.
    if reported_clause(cx, quotes, i, &read) {
        read = Read::Pronoun;
    }
    own(Step::Clause, read)
}

impl Clauses {
    /// Reads every cue of the document outside `quotes`: each word's own read ([`own_read`]),
    /// then, for a clause, what the clauses before make of it ([`turn_end`]).
    /// An open draft's words that read as nothing in its last version, far from the edit, are
    /// not read again, and the own reads of those that read something there are taken from it
    /// (`memo::CueReads::kept_words`; test builds read them and check that they read the same).
    pub(super) fn new(cx: &Context, persons: &[Range<usize>], quotes: &[Quote]) -> Clauses {
        let n = cx.doc.words.len();
        let mut reads = Vec::new();
        let mut topics = Vec::new();
        let mut explicit = Vec::new();
        let memo = cx.cue_reads_of(persons);
        let kept = memo
            .and_then(|m| m.kept_words(cx, quotes))
            .unwrap_or_default();
        let mut owns = Vec::new();
        let mut known = kept.own.into_iter().peekable();
        for i in 0..n {
            if !cfg!(debug_assertions) && kept.inert.get(i) == Some(&true) {
                continue;
            }
            while known.next_if(|(w, _)| *w < i).is_some() {}
            let own = match known.next_if(|(w, _)| *w == i).map(|(_, k)| k) {
                Some(k) => {
                    if cfg!(debug_assertions) {
                        let fresh = own_read(cx, persons, quotes, i);
                        assert_eq!(fresh.as_ref(), Some(&k), "word {i}'s kept read differs");
                    }
                    k
                }
                None => match own_read(cx, persons, quotes, i) {
                    Some(own) => own,
                    None => continue,
                },
            };
            if memo.is_some() {
                owns.push((i, own.clone()));
            }
            let Own { step, read } = own;
            if step == Step::Topic {
                topics.push(i);
            }
            if step != Step::Clause {
                reads.push((i, read));
                continue;
            }
            let was_pronoun = read == Read::Pronoun;
            let read = turn_end(cx, persons, &reads, i, read);
            if was_pronoun
                && matches!(&read, Read::Named(np) if !explicit_subject::names_someone(cx, persons, np))
            {
                explicit.push(i);
            }
            reads.push((i, read));
        }
        if cfg!(debug_assertions)
            && let Some((w, _)) = reads
                .iter()
                .find(|(w, _)| kept.inert.get(*w) == Some(&true))
        {
            panic!("word {w} was kept as reading nothing, but reads a clause");
        }
        if let Some(m) = memo {
            m.note_clauses(owns, quotes);
        }
        let first_named = reads
            .iter()
            .find(|(w, r)| matches!(r, Read::Named(_)) && topics.binary_search(w).is_err())
            .map(|(w, _)| *w);
        Clauses {
            reads,
            topics,
            explicit,
            first_named,
            genders: Default::default(),
            continued: Default::default(),
            resumed: Default::default(),
        }
    }

    /// What the attribution pass reads of these clauses, borrowed (`memo::StoryRef`; the
    /// genders by key read now if not yet asked).
    fn story(&self, cx: &Context) -> super::memo::StoryRef<'_> {
        super::memo::StoryRef {
            reads: &self.reads,
            topics: &self.topics,
            explicit: &self.explicit,
            first_named: self.first_named,
            genders: agreement::genders_of(cx, &self.reads, &self.genders),
        }
    }

    /// What the attribution pass read of these clauses (`memo::Story`), taken out of them.
    fn into_story(self, cx: &Context) -> super::memo::Story {
        agreement::genders_of(cx, &self.reads, &self.genders);
        super::memo::Story {
            genders: self.genders.into_inner().unwrap_or_default(),
            reads: self.reads,
            topics: self.topics,
            explicit: self.explicit,
            first_named: self.first_named,
        }
    }

    /// The speaker of the last reporting clause that names one before word `i`; `None` when the
    /// cue at `i` shows a gender (وأضافت، مشيراً) the speaker does not have, since a pronoun
    /// subject agrees with the person it refers to.
    /// Returns the word index of the cue of the clause that named the speaker, and the speaker.
    /// Kept per word `i` for the analysis (test builds read it again and check).
    fn continuing(&self, cx: &Context, i: usize) -> Option<(usize, &Named)> {
        let kept = self.continued.borrow().get(&i).copied();
        let at = match kept {
            Some(at) => {
                if cfg!(debug_assertions) {
                    assert_eq!(at, self.continuing_at(cx, i), "kept turn at {i} differs");
                }
                at
            }
            None => {
                let at = self.continuing_at(cx, i);
                self.continued.borrow_mut().insert(i, at);
                at
            }
        };
        match &self.reads[at?] {
            (w, Read::Named(n)) => Some((*w, n)),
            _ => None,
        }
    }

    /// [`Clauses::continuing`] computed: the index into `reads` of the clause that named the
    /// speaker the cue at word `i` continues with, `None` when none.
    fn continuing_at(&self, cx: &Context, i: usize) -> Option<usize> {
        let k = self.reads.partition_point(|(w, _)| *w < i);
        // A turn reaches back over at most 200 clauses with no subject of their own.
        let here_gender = agreement::cue_gender_here(cx, i);
        let singular_here = here_gender.is_some();
        let para = |w: usize| {
            cx.doc
                .words
                .get(w)
                .and_then(|w| cx.doc.paragraph_of(w.start()))
        };
        let mut named = self.reads[..k]
            .iter()
            .enumerate()
            .rev()
            .take(200)
            // A topic subject (a verb's subject that did not speak) is followed within its
            // paragraph only: past it, the story's reporting clauses carry the turn. When no
            // reporting clause before it names anyone, it is the only one the story has
            // introduced, and it carries the turn further.
            .filter(|(_, (w, _))| {
                self.topics.binary_search(w).is_err()
                    || para(*w) == para(i)
                    || self.first_named.is_none_or(|f| f > *w)
            })
            // A singular cue does not continue the turn of a group (قالوا ... وأضاف): a plural
            // clause with no subject of its own ends the search.
            // A subject taken by its place after the verb alone (`explicit`) is followed within
            // its sentence only: what it is (a person, a body, a text) is not known, and past its
            // sentence a pronoun subject may as well refer to someone else; there it ends the
            // search as an unclear subject does.
            .map_while(|(at, (w, r))| {
                let unread_here =
                    self.explicit.binary_search(w).is_ok() && sentence_start(cx, i) > *w;
                (!(singular_here && cue_plural(cx, *w)) && *r != Read::Unclear && !unread_here)
                    .then_some((at, w, r))
            })
            .filter_map(|(at, w, r)| match r {
                Read::Named(n) => Some((at, (*w, n))),
                Read::Pronoun | Read::Unclear => None,
            });
        let (at, (cue, n)) = agreeing_speaker(cx, self, here_gender, i, &mut named)?;
        // A pronominal partitive (أحدهم، إحداهن: one of a group just mentioned) picks out a
        // member the story does not name or follow: past the paragraph that introduced it, a
        // pronoun subject does not refer back to it.
        if indefinite_partitive(cx, n) && para(cue) != para(i) {
            return None;
        }
        // A singular cue (وأضاف، وأضافت) cannot refer back to people named by a sound masculine
        // plural (المسؤولون، المحتجين): a verb before its subject is singular, but a pronoun
        // subject agrees in number.
        if singular_here && sound_plural(cx, n) {
            return None;
        }
        // A plural cue (وتابعوا), or a verb whose clause goes on with a plural circumstantial
        // participle (وطالب ...، محذرين), cannot refer back to one person (a name, a singular
        // post, or one unnamed person: `agreement::one_unnamed_person`).
        if i < cx.lex.words.len()
            && (cue_plural(cx, i) || agreement::plural_participle_after(cx, i))
            && (n.name.is_some()
                || post_gender(cx, n).is_some()
                || agreement::one_unnamed_person(cx, n))
        {
            return None;
        }
        Some(at)
    }
}

/// The speaker a cue of gender `here` (`None`: the cue shows none) continues among `named`, the
/// speakers of the earlier reporting clauses, nearest first (index into the reads, word index of
/// the clause's cue, speaker): the nearest, when the cue shows no gender or the story shows none
/// for them ([`agreement::story_gender`]) or the same; else, past speakers the story shows to be
/// of the other gender, the nearest one it shows to be of the cue's, named in the paragraph of
/// the cue (word `i`). Reason: a pronoun subject
/// agrees in gender with the person it refers to, so a feminine verb (وأضافت) after a man's words
/// goes back to the woman who spoke before him, and a masculine one after a woman's to the man;
/// `None` (unclear) when no earlier speaker is known to agree, or the nearest that may agree is
/// of a gender the story does not tell.
fn agreeing_speaker<'n>(
    cx: &Context,
    clauses: &Clauses,
    here: Option<Gender>,
    i: usize,
    named: &mut impl Iterator<Item = (usize, (usize, &'n Named))>,
) -> Option<(usize, (usize, &'n Named))> {
    let first = named.next()?;
    let gender = |(cue, n): (usize, &Named)| {
        agreement::story_gender(cx, &clauses.reads, &clauses.genders, cue, n)
    };
    let Some(here) = here else {
        return Some(first);
    };
    match gender(first.1) {
        Some(there) if there != here => {}
        _ => return Some(first),
    }
    // Only within the cue's paragraph: past a paragraph break the person the verb agrees with
    // may be one the reader did not read (measured: going back a paragraph gave more wrong
    // speakers than right ones).
    let para = |w: usize| {
        cx.doc
            .words
            .get(w)
            .and_then(|w| cx.doc.paragraph_of(w.start()))
    };
    let here_para = para(i)?;
    for cand in named {
        if para(cand.1.0) != Some(here_para) {
            return None;
        }
        match gender(cand.1) {
            Some(there) if there == here => return Some(cand),
            Some(_) => {}
            None => return None,
        }
    }
    None
}

/// True when the reporting verb at word `i` is one that takes no noun object (قال، أضاف، كتب and
/// the verbs that take their content through a preposition, أشار إلى، لفت إلى، شدد على ...:
/// [`explicit_subject::content_by_particle`]; any person and tense, after و/ف) and a noun follows
/// it with only a space between that is no word of `n`, the speaker the turn would continue:
/// after such a verb a noun can only be its subject (وقالت فلانة فلانية، قال كبير المحللين، وكتبت
/// غرفة طوارئ المدينة، ويشير التقرير إلى، قالت زميلته), so when the reader names none, the clause
/// has a subject the reader could not read, and the speaker is unclear rather than the previous
/// one (the same person named again, وأضاف فلان, is still theirs). After قال/أضاف and the verbs
/// of content by preposition a definite noun is such a subject unless it refers back
/// ([`explicit_subject::anaphor_of`]: الرجل، المصدر after مصدر مطلع), and so is a noun with a
/// possessive pronoun unless it is an honorific of address ([`explicit_subject::honorific`]:
/// سموه); after كتب, which may take an object, a definite noun is one only right after a
/// quotation ([`after_quotation`]) and a possessed noun never (كتب رسالته). Not such a noun
/// either: a function word, a complementizer, a cue, a time word or adverb ([`adverb`]), a
/// preposition with a pronoun (فيها), a word with the ل of an addressee or the ب of manner
/// (لقناة، بلهجة), a noun with the accusative ending written (رداً), a word that is not Arabic
/// letters, or a person mention ending in ه (`persons`: the person mentions, byte ranges, sorted;
/// كاوه is a name, not a possessed noun: [`explicit_subject::possessed_word`]).
fn unread_subject_after(cx: &Context, persons: &[Range<usize>], i: usize, n: &Named) -> bool {
    let k = i + 1;
    if k >= cx.doc.words.len().min(cx.lex.words.len()) || !gap(cx, i, k).trim().is_empty() {
        return false;
    }
    let by_particle = explicit_subject::content_by_particle(cx, i);
    let takes_no_object = by_particle || matches!(bare_key(cx, i), "كتب" | "كتبت");
    let plain = cx.doc.words[k].plain.as_str();
    let key = bare_key(cx, k);
    let t = &cx.lex.words[k];
    let definite = key.starts_with("ال");
    // A definite noun takes no pronoun suffix, and a final ة is no suffix either; a preposition
    // with a pronoun (فيها) is no noun (tested on the whole key: `bare_key` takes ف off فيها).
    let raw = cx.doc.words[k].key.as_str();
    let suffixed = !definite
        && !plain.ends_with('ة')
        && ["ه", "ها", "هم", "هما", "هن"]
            .iter()
            .any(|p| raw.ends_with(p));
    // A person mention is a name that ends in ه (كاوه), not a possessed noun.
    let possessed = || explicit_subject::possessed_word(cx, k) && !in_person(cx, persons, k);
    // Pure tests, the word's own spelling and tags first: the tests that read the speaker's
    // phrase (`names_speaker_again`, `anaphor_of`) are asked only of a word that passes them
    // (most words after a reporting verb are a complementizer or a function word).
    takes_no_object
        && plain.chars().all(crate::text::chars::is_arabic_word_char)
        && !plain.starts_with(['ل', 'ب'])
        && !plain.ends_with('\u{064B}')
        && !plain.ends_with("اً")
        && !t.is_cue()
        && !function(cx, k)
        && !complementizer(cx, k)
        && !adverb(cx, k)
        && !pronoun_complement(cx, k)
        && !explicit_subject::sameness_before(cx, k)
        && !pronoun_subject_before(cx, i)
        // (و on a definite noun right after the verb opens a واو الحال clause: no subject.)
        && !super::speaker::circumstantial_waw(cx, k)
        && (!suffixed || (by_particle && !explicit_subject::honorific(key) && possessed()))
        && (!definite
            || after_quotation(cx, i)
            || (by_particle && !explicit_subject::anaphor_of(cx, k, n)))
        && !explicit_subject::names_speaker_again(cx, k, n)
}

/// True when the cue at word `i` follows the closing mark of a quotation with at most a comma
/// between and the word after it is a definite noun followed by a word with no article, no
/// prepositional clitic, that is no function word, complementizer, adverb or cue («...»، تقول
/// المعلمة فلانة): an attribution after the quotation has its words already, so the only noun
/// the verb can still take is its subject; an adjective agrees with a definite noun in taking
/// the article, so the indefinite word after it is a name, and the post with a name introduces a
/// new person ([`unread_subject_after`]); a bare definite noun (الرجل) refers back instead.
fn after_quotation(cx: &Context, i: usize) -> bool {
    let (k, n) = (i + 1, i + 2);
    n < cx.doc.words.len().min(cx.lex.words.len())
        && i > 0
        && {
            let g = gap(cx, i - 1, i);
            g.contains(['»', '”', '"']) && !g.contains(['.', '\n', ':', '؛'])
        }
        && gap(cx, k, n).trim().is_empty()
        && cx.doc.words[n].kind() == crate::text::WordKind::Arabic
        && !bare_key(cx, n).starts_with("ال")
        && !cx.doc.words[n].plain.starts_with(['ل', 'ب', 'ك'])
        && !function(cx, n)
        && !complementizer(cx, n)
        && !adverb(cx, n)
        && !cx.lex.words[n].is_cue()
}

/// True when the verb at word `i` has its subject before it as a pronoun, right before it with
/// only a space between: an independent pronoun (هو، وهي) or one suffixed to أن/إن/لأن/لكن/كأن
/// (كما أنه كتب، لكنها قالت). A verb whose subject comes first has it already, so a noun after it
/// is its object (كتب رسائل), not a subject the reader could not read.
fn pronoun_subject_before(cx: &Context, i: usize) -> bool {
    if i == 0 || i >= cx.doc.words.len() || !gap(cx, i - 1, i).trim().is_empty() {
        return false;
    }
    // Keys are hamza-folded (أنه → انه). A closed class of the grammar, written for isnad: the
    // third-person pronouns and the particles of the inna family with a third-person suffix.
    matches!(
        bare_key(cx, i - 1),
        "هو" | "هي"
            | "وهو"
            | "وهي"
            | "فهو"
            | "فهي"
            | "انه"
            | "انها"
            | "لانه"
            | "لانها"
            | "لكنه"
            | "لكنها"
            | "كانه"
            | "كانها"
    )
}

/// True when the cue at word `i` is read by no clause of its own: part of a longer phrase
/// (`covered`), a verbal noun ([`verbal_noun_object`]) or the verb عبر "to cross"
/// ([`crossing_verb`]).
fn unread(cx: &Context, i: usize) -> bool {
    covered(cx, i) || verbal_noun_object(cx, i) || crossing_verb(cx, i)
}

/// True when word `i` is a form of the verb عبر (عبر، عبرت، يعبر، تعبر، عبروا، يعبرون, after an
/// optional و/ف) and its sentence, up to its end, a colon or a quotation mark, has no عن
/// (عائلة عبرت ثلاث حدود، ثم عبرت الصحراء قبل أن تصل). Reason: عبّر "to express" reports
/// speech only with عن (عبّر عن قلقه) or before the words themselves, while unvoweled عبر with
/// a direct object and no عن is عَبَر "to cross", which reports nothing: its subject is read as
/// any other verb's, a topic (`own_read`). A quotation mark right after a preposition (عبرت
/// الطيور الصحراء مروراً بـ«الممر الأخضر») opens a quoted name or term governed by that
/// preposition, not the words the verb reports, so the search reads past it. Reads at most 20
/// words.
fn crossing_verb(cx: &Context, i: usize) -> bool {
    if !matches!(
        bare_key(cx, i),
        "عبر" | "عبرت" | "عبروا" | "يعبر" | "تعبر" | "يعبرون" | "نعبر"
    ) {
        return false;
    }
    let nw = cx.doc.words.len();
    for k in i + 1..(i + 21).min(nw) {
        let g = gap(cx, k - 1, k);
        if g.contains(':') || (g.contains(['«', '"', '“']) && !preposition_before_mark(cx, k - 1))
        {
            return false;
        }
        if g.contains(['.', '\n', '!', '?', '؟']) {
            return true;
        }
        if bare_key(cx, k) == "عن" {
            return false;
        }
    }
    i + 21 > nw
}

/// True when word `j` is a preposition written apart before a quotation mark (بـ«...»، في «...»،
/// إلى «...»): the quotation it governs is a complement of the clause, a quoted name or term.
fn preposition_before_mark(cx: &Context, j: usize) -> bool {
    matches!(
        bare_key(cx, j),
        "ب" | "ل" | "ك" | "في" | "من" | "الى" | "إلى" | "على" | "نحو" | "حتى"
    )
}

/// True when the cue at word `i` is the object of a verb that takes a verbal noun (رفض وصف
/// الوضع، حاول شرح الموقف، يواصل نفي التهم): right after such a verb, with nothing between, a
/// cue word is a verbal noun, and the noun after it is its object, not a speaker, so the clause
/// names nobody and does not take the turn.
fn verbal_noun_object(cx: &Context, i: usize) -> bool {
    i > 0
        && i < cx.doc.words.len()
        && gap(cx, i - 1, i).trim().is_empty()
        && matches!(
            bare_key(cx, i - 1),
            "رفض"
                | "رفضت"
                | "يرفض"
                | "ترفض"
                | "حاول"
                | "حاولت"
                | "يحاول"
                | "تحاول"
                | "واصل"
                | "واصلت"
                | "يواصل"
                | "تواصل"
                | "تجنب"
                | "تجنبت"
                | "يتجنب"
                | "قرر"
                | "قررت"
                | "يقرر"
                | "اعاد"
                | "اعادت"
                | "يعيد"
                | "تعيد"
        )
}

/// True when the sentence of the cue at word `i` opens with a contrastive particle and a noun
/// that speaks, a post, an agency, an unnamed source or a given name (غير أن مصدراً ...، قال إن؛
/// إلا أن المسؤول ... أكد؛ لكن الوزير ... أضاف), and no other cue stands
/// between: the noun after the particle is the subject of the sentence, and the cue is its
/// predicate, so the cue's subject is that noun, not the speaker of an earlier clause. A pronoun
/// after the particle (لكنه) refers back and does not count. Returns the noun's word index;
/// `None` when the sentence has not that shape.
fn contrast_subject(cx: &Context, i: usize) -> Option<usize> {
    let s = sentence_start(cx, i);
    let noun_at = match bare_key(cx, s) {
        "غير" | "الا" | "بيد" if s + 1 < i && complementizer(cx, s + 1) => s + 2,
        "لكن" => s + 1,
        _ => return None,
    };
    // The noun must be one that speaks: a post, an agency, an unnamed source or a person.
    let t = &cx.lex.words[noun_at.min(i)];
    (noun_at < i
        && !function(cx, noun_at)
        && !complementizer(cx, noun_at)
        && !t.is_cue()
        && (t.title > 0 || t.agency().is_some() || t.anonymous > 0 || t.given > 0)
        // (Only the noun's own clause, before the first comma: the asides after it describe the
        // noun, تحدث شرط عدم ذكر اسمه.)
        && !(noun_at + 1..i)
            .take_while(|&k| !gap(cx, k - 1, k).contains(['،', ',']))
            .any(|k| cx.lex.words[k].is_cue() && !covered(cx, k)))
    .then_some(noun_at)
}

/// The person named right after a contrastive particle that opens the sentence of the
/// subjectless cue at word `i` (لكن فلانة عادت لتسأل ...، قائلة: ; غير أن فلاناً رد ...، مضيفاً):
/// the noun governed by لكن / غير أن / إلا أن is the subject of the sentence, so a cue with no
/// subject of its own later in that sentence refers to it, not to the previous speaker. The noun
/// must be a person mention that reads as a name, with no other person mention, complementizer
/// or quotation between its end and the cue (a verb of purpose, لتسأل, shares the subject). Returns the name (range and name: the
/// mention's bytes); `None` otherwise.
fn contrast_person(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Named> {
    // The particle opens the sentence or, after a comma, the last clause before the cue (...»،
    // لكن فلاناً قاطعها متهماً): the noun it governs is the subject of that clause too.
    let s = sentence_start(cx, i);
    let particle = |p: usize| match bare_key(cx, p) {
        "غير" | "الا" | "بيد" if p + 1 < i && complementizer(cx, p + 1) => Some(p + 2),
        "لكن" => Some(p + 1),
        _ => None,
    };
    let noun_at = particle(s).or_else(|| {
        (s + 1..i)
            .rev()
            .find(|&p| gap(cx, p - 1, p).contains(['،', ',']))
            .and_then(particle)
    })?;
    if noun_at >= i || breaks_phrase(gap(cx, noun_at - 1, noun_at)) {
        return None;
    }
    let start = cx.doc.words.get(noun_at)?.start();
    // A family name alone that is also a word (حداد) or that the name detector did not tag
    // (a nisba: الشرقاوي) is a name when the story gave it earlier right after a given name
    // (سلمى حداد).
    let key = cx.doc.words[noun_at].key.as_str();
    let introduced = || {
        cx.key_firsts(KeyTest::AfterGivenName, key, |k| {
            cx.lex.words.get(k - 1).is_some_and(|t| t.given > 0)
                && gap(cx, k - 1, k).trim().is_empty()
        })
        .any_before(noun_at)
    };
    // `persons` is sorted by start: the first mention starting at `start`, if any.
    let first = persons
        .get(persons.partition_point(|r| r.start < start))
        .filter(|r| r.start == start);
    let r = match first {
        Some(r) if looks_like_name(cx, persons, r) || introduced() => r.clone(),
        None if introduced() => cx.doc.words[noun_at].range(),
        _ => return None,
    };
    let after = cx.doc.words.partition_point(|w| w.end() <= r.end);
    let clear = (after..i).all(|k| {
        let w = &cx.doc.words[k];
        !in_person(cx, persons, k)
            && !complementizer(cx, k)
            && !inside_quote(quotes, w.start(), w.end())
            && !gap(cx, k.max(1) - 1, k).contains(['«', '"', '“', ':'])
    });
    if !clear {
        return None;
    }
    Named::whole_name(cx.doc.source, r)
}

/// True when the speaker phrase `n` opens with a pronominal partitive: أحدهم، أحدهما، إحداهن،
/// إحداهما، إحداهم (one of them), a word that denotes an unnamed member of a group.
fn indefinite_partitive(cx: &Context, n: &Named) -> bool {
    let wi = cx.doc.word_index_at(n.range.start);
    wi < cx.doc.words.len()
        && matches!(
            bare_key(cx, wi),
            "احدهم" | "احدهما" | "احداهن" | "احداهما" | "احداهم" | "احدهن"
        )
}

/// The first cue among words `a..b` (indexes into `doc.words`) that is not inside a quotation
/// nor part of a longer phrase: returns its word index and byte range.
pub(super) fn find_cue(
    cx: &Context,
    a: usize,
    b: usize,
    quotes: &[Quote],
) -> Option<(usize, Range<usize>)> {
    (a..b.min(cx.doc.words.len())).find_map(|i| cue_at(cx, i, quotes))
}

/// True for word `i` read as a reporting cue: a cue of the lexicon, or a verb known only in its
/// context (عبر عن، لـ + verb before a colon, قاطعه before a colon, جاء فيه after a statement).
fn reads_as_cue(cx: &Context, i: usize) -> bool {
    let t = &cx.lex.words[i];
    // The verbs known only in context are asked only of a spelling that may be one (one bit).
    t.is_cue() || (t.has_shape(crate::analysis::lexicon::shape::CONTEXT_CUE) && context_verb(cx, i))
}

/// True for word `i` read as one of the reporting verbs known only in context, of
/// [`reads_as_cue`].
fn context_verb(cx: &Context, i: usize) -> bool {
    preposition_verb(cx, i)
        || purpose_verb(cx, i)
        || interrupting_verb(cx, i)
        || super::speaker::negated_hiding_verb(cx, i)
        || statement_relative(cx, i)
        || super::speaker::quotation_pronoun_verb(cx, i)
}

fn cue_at(cx: &Context, i: usize, quotes: &[Quote]) -> Option<(usize, Range<usize>)> {
    let t = &cx.lex.words[i];
    if !reads_as_cue(cx, i)
        || bracketed_alone(cx, i)
        || covered(cx, i)
        || verbal_noun_after_preposition(cx, i)
        || crossing_verb(cx, i)
    {
        return None;
    }
    let w = &cx.doc.words[i];
    if inside_quote(quotes, w.start(), w.end()) {
        return None;
    }
    let len = usize::from(t.phrase.max(1));
    let end = cx.doc.words[(i + len - 1).min(cx.doc.words.len() - 1)]
        .range()
        .end;
    Some((i, w.start()..end))
}

/// True when word `i` stands alone between round brackets (رئيس إدارة الكوارث (آفاد) في
/// ...): a word bracketed after a noun is that noun's acronym or gloss, never a reporting verb,
/// though it may be spelled as one (آفاد as أفاد).
fn bracketed_alone(cx: &Context, i: usize) -> bool {
    i > 0
        && gap(cx, i - 1, i).trim_end().ends_with('(')
        && gap(cx, i, i + 1).trim_start().starts_with(')')
}

/// True when word `i`, read as a reporting verb (no phrase), stands right after a preposition
/// that governs a noun (في، على، عن، إلى، مع، حول، خلال، منذ ..., alone or after و/ف), only
/// spaces between: a preposition governs a noun in the genitive and never a verb, so the word is
/// a verbal noun spelled like the verb (أشارت إلى تنقّل خيمة، في قول الشاعر) and reports nothing.
/// من and حتى are left out: من is also the relative «who» (من قال إن) and حتى takes a verb
/// (حتى يقول).
fn verbal_noun_after_preposition(cx: &Context, i: usize) -> bool {
    let t = &cx.lex.words[i];
    if t.phrase > 0 || !t.verb() {
        return false;
    }
    let Some(b) = i.checked_sub(1) else {
        return false;
    };
    let plain = cx.doc.words[b].plain.as_str();
    let bare = plain
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(plain);
    // [`speaker::preposition_word`]'s list without من and حتى (above) and without بعد، قبل، بين
    // and عبر, which this test was not measured on.
    let governs_noun = |p: &str| {
        super::speaker::preposition_word(p)
            && !matches!(p, "من" | "حتى" | "بعد" | "قبل" | "بين" | "عبر")
    };
    (governs_noun(plain) || governs_noun(bare)) && gap(cx, b, i).chars().all(char::is_whitespace)
}

/// True for word `i` = لـ + a present-tense reporting verb right before a colon (لتقول:، ليضيف:)
/// or a complementizer ([`purpose_content::content_after`]: عاد فلان ليؤكد أن):
/// the particle of purpose attaches the verb to the clause before it, whose subject says the words
/// after the colon (وقفت فلانة أمام الباب لتقول: «...»).
pub(super) fn purpose_verb(cx: &Context, i: usize) -> bool {
    let w = &cx.doc.words[i];
    let colon_after = |end: usize| {
        cx.doc
            .prose()
            .get(end..)
            .is_some_and(|t| t.trim_start().starts_with(':'))
    };
    // A verb of asking or telling takes its addressee as object before the colon (ليسأل الوزير:،
    // لتقول للحضور:): the object is one word joined to the verb, and the colon after it still
    // introduces the subject's words.
    let object_then_colon = || {
        cx.doc.words.get(i + 1).is_some_and(|o| {
            o.kind() == crate::text::WordKind::Arabic
                && !breaks_phrase(gap(cx, i, i + 1))
                && colon_after(o.end())
        })
    };
    // The verb's spelling first (this is asked at every word), then what follows it.
    purpose_verb_spelling(w.key.as_str(), cx.profile)
        && (colon_after(w.end()) || object_then_colon() || purpose_content::content_after(cx, i))
}

/// True when `key` (a word's identity key) is لـ (after an optional و or ف) on a present-tense
/// reporting verb of `profile` of three letters or more (ليقول، لتضيف، وليؤكد): the spelling
/// [`purpose_verb`] asks of its word before its context.
pub(super) fn purpose_verb_spelling(key: &str, profile: &crate::profile::Profile) -> bool {
    ["ول", "فل", "ل"]
        .iter()
        .find_map(|p| key.strip_prefix(p))
        .is_some_and(|rest| {
            rest.starts_with(['ي', 'ت'])
                && rest.chars().count() >= 3
                && profile.is_reporting_verb(rest)
        })
}

/// The clause of the cue at word `i` read up to word `limit`: the reader's reading
/// ([`read_cue`]), or, where the reader finds no subject it can name, one of the subjects it
/// leaves unread: a paper named in quotation marks right after the verb ([`quoted_name_subject`],
/// among `quotes`), a kunya right after the verb ([`kunya_subject`]) or the subject of the verb
/// that a purpose verb attaches to ([`purpose_subject`]).
fn read_clause(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
    limit: usize,
) -> Read {
    let mut read = read_cue(cx, persons, i, limit);
    if let Read::Named(n) = &read
        && (agreement::manner_adjective(cx, i, n)
            || agreement::object_after_pronoun_subject(cx, i, n)
            || quoted_words_of_other_clause(cx, quotes, i, n))
    {
        read = Read::Pronoun;
    }
    if matches!(read, Read::Named(_)) {
        return read;
    }
    if let Some(n) = quoted_name_subject(cx, quotes, i) {
        return Read::Named(n);
    }
    if read != Read::Pronoun {
        return read;
    }
    kunya_subject(cx, i, limit)
        .or_else(|| purpose_subject(cx, persons, i))
        .map_or(read, Read::Named)
}

/// True when the speaker `n` read for the cue at word `i` lies inside the marks of a quotation
/// that does not hold the cue, and is only part of its words (الإجابة "... بما فيها كازامانس"،
/// مضيفاً): the words between quotation marks are what someone said, not the clause that reports
/// them, so none of them is the subject of a cue outside the marks. A name quoted alone (قالت
/// «الخبر» إن) and quoted names inside a phrase are the phrase's own words, and stay.
fn quoted_words_of_other_clause(cx: &Context, quotes: &[Quote], i: usize, n: &Named) -> bool {
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    let k = quotes.partition_point(|q| q.inner.start <= n.range.start);
    quotes[..k].iter().rev().take(4).any(|q| {
        q.form != QuoteForm::Name
            && q.inner.start <= n.range.start
            && n.range.end <= q.inner.end
            && cx.doc.source.get(q.inner.clone()).map(str::trim)
                != cx.doc.source.get(n.range.clone())
            && !(q.inner.start <= w.start() && w.end() <= q.inner.end)
    })
}

/// The name in quotation marks right after the feminine reporting verb at word `i` when the
/// content or its source follows the closing mark (كتبت «الأخبار» أن، ذكرت «الجمهورية» أن، نقلت
/// «الديار» عن): the name, up to four words, quoted as a name (not speech), with only spaces
/// between the verb and the opening mark and a complementizer or عن right after the closing
/// mark. Reason: in a verb-first clause the subject follows the verb, and a verb of saying
/// followed by its content (أن) or its source (عن) leaves no other place for the quoted name than
/// the subject; the verb's feminine agrees with the noun understood before such a name (صحيفة،
/// قناة، وكالة), while a masculine verb may be followed by a book or a work quoted as a name
/// (يعتبر «القاموس» أن), whose words the story only reports. Returns the name between the
/// marks; `None` otherwise.
fn quoted_name_subject(cx: &Context, quotes: &[Quote], i: usize) -> Option<Named> {
    let w = cx.doc.words.get(i)?;
    if !cx.lex.words.get(i)?.verb() || cue_gender(cx, i) != Some(Gender::Feminine) {
        return None;
    }
    // A source phrase fronted before the verb and set off by a comma (وعلى لسان فلان، نقلت «الشرق»
    // أن) names whose words they are: the paper only carries them. (The segment before the
    // comma, twenty words back at most.)
    if i > 0 && gap(cx, i - 1, i).contains(['،', ',']) {
        for k in (i.saturating_sub(20)..i).rev() {
            if k + 1 < i && gap(cx, k, k + 1).contains(['.', '\n', '!', '?', '؟', '،', ',']) {
                break;
            }
            if cx.lex.words[k].phrase > 0 {
                return None;
            }
        }
    }
    let k = quotes.partition_point(|q| q.range.start < w.end());
    let q = quotes.get(k)?;
    if q.form != QuoteForm::Name
        || !q.closed
        || q.words == 0
        || q.words > 4
        || !cx
            .doc
            .source
            .get(w.end()..q.range.start)?
            .chars()
            .all(char::is_whitespace)
    {
        return None;
    }
    let after = cx.doc.words.partition_point(|x| x.start() < q.range.end);
    let next = cx.doc.words.get(after)?;
    if !cx
        .doc
        .source
        .get(q.range.end..next.start())?
        .trim()
        .is_empty()
        || !(complementizer(cx, agreement::past_circumstance(cx, after))
            || matches!(next.plain.as_str(), "عن" | "نقلا" | "نقلاً"))
    {
        return None;
    }
    let inner = q.inner.clone();
    Some(Named {
        text: cx.doc.source.get(inner.clone())?.trim().to_string(),
        name: Some(inner.clone()),
        range: inner,
        anonymous: false,
        title_only: false,
    })
}

/// The kunya (أم يزن، أبو عبد الله) right after the reporting verb at word `i`, read before word
/// `limit`: أم/أبو followed by a name, with nothing between the verb and its words, whose head
/// agrees with the verb (وقالت أم ...، قال أبو ...). Reason: a kunya (mother/father of X) is a
/// person's name, so right after a verb it is the verb's subject, though أم alone is also the
/// conjunction "or" and both heads are function words to the reader. Returns the head and the
/// name after it (عبد with the word after it); `None` otherwise.
fn kunya_subject(cx: &Context, i: usize, limit: usize) -> Option<Named> {
    let n = limit.min(cx.doc.words.len());
    if !cx.lex.words.get(i)?.verb() || i + 2 >= n {
        return None;
    }
    let head = match cx.doc.words[i + 1].key.as_str() {
        "ام" => Gender::Feminine,
        "ابو" => Gender::Masculine,
        _ => return None,
    };
    if cue_gender(cx, i) != Some(head)
        || breaks_phrase(gap(cx, i, i + 1))
        || breaks_phrase(gap(cx, i + 1, i + 2))
        || cx.doc.words[i + 2].kind() != crate::text::WordKind::Arabic
    {
        return None;
    }
    // عبد is a function word to the reader but opens a theophoric name (أبو عبد الله).
    let last = if cx.doc.words[i + 2].key.as_str() == "عبد" {
        if i + 3 >= n || breaks_phrase(gap(cx, i + 2, i + 3)) {
            return None;
        }
        i + 3
    } else {
        i + 2
    };
    if function(cx, last) || complementizer(cx, last) || cx.lex.words[last].is_cue() {
        return None;
    }
    let range = cx.doc.words[i + 1].start()..cx.doc.words[last].end();
    Some(Named {
        text: cx.doc.source.get(range.clone())?.to_string(),
        name: Some(range.clone()),
        range,
        anonymous: false,
        title_only: false,
    })
}

/// The subject of the verb that the purpose verb at word `i` ([`purpose_verb`]: قبل أن تتدخل
/// فلانة لتقول:) attaches to: the nearest person or post before it in the same clause (at most
/// eight words back, no punctuation between) that stands right after a verb (a feminine perfect
/// too: تدخلت فلانة), read up to word `i`, or that opens its sentence right before the verb the
/// purpose verb follows (فلان عاد ليؤكد أن), read up to that verb. Reason: لـ + imperfect states
/// the purpose of the clause before it, and shares that clause's subject, which a verb-first
/// clause puts right after its verb and a subject-first clause right before it. `None` when no
/// such subject is found or its post disagrees with the purpose verb's person prefix.
fn purpose_subject(cx: &Context, persons: &[Range<usize>], i: usize) -> Option<Named> {
    if i >= cx.doc.words.len() || !purpose_verb(cx, i) {
        return None;
    }
    for s in (i.saturating_sub(8)..i).rev() {
        if breaks_phrase(gap(cx, s, s + 1)) {
            return None;
        }
        let t = &cx.lex.words[s];
        let w = &cx.doc.words[s];
        // A word the dictionary does not know, right before the purpose verb, is a name too.
        let bare_name = s + 1 == i
            && w.kind() == crate::text::WordKind::Arabic
            && !function(cx, s)
            && unknown_word(cx, w.plain.as_str());
        // (A definite noun that opens the sentence right before the verb is its subject too,
        // a family name the name detector missed among them: المنصوري عاد ليؤكد.)
        let opening_definite = s + 2 == i
            && purpose_content::opens_sentence(cx, s)
            && bare_key(cx, s).starts_with("ال")
            && !function(cx, s);
        if !(t.title > 0
            || t.given > 0
            || starts_person(cx, persons, s)
            || bare_name
            || opening_definite)
        {
            continue;
        }
        // The subject stands right after its verb (قبل أن تتدخل فلانة لتقول) or, in a clause
        // that opens with its subject, right before it (فلان عاد ليؤكد أن).
        let verb_at = |k: usize| {
            cx.lex.words[k].verb()
                || crate::analysis::names::conjugated_verb(cx, cx.doc.words[k].plain.as_str())
                || purpose_content::hollow_perfect(cx, k)
                || purpose_content::feminine_perfect(cx, k)
        };
        // (A post there is left to the readers of posts, which look for its holder after it.)
        let fronted = s + 2 == i
            && t.title == 0
            && verb_at(s + 1)
            && purpose_content::opens_sentence(cx, s)
            && !breaks_phrase(gap(cx, s, s + 1));
        if !fronted && (s == 0 || breaks_phrase(gap(cx, s - 1, s)) || !verb_at(s - 1)) {
            continue;
        }
        let np = match read_np(cx, persons, s, if fronted { s + 1 } else { i }) {
            Some(np) if np.range.start == w.start() => np,
            _ if bare_name => Named {
                text: w.plain.as_str().to_string(),
                name: Some(w.range()),
                range: w.range(),
                anonymous: false,
                title_only: false,
            },
            _ => return None,
        };
        if np.anonymous {
            return None;
        }
        // The purpose verb's prefix shows its person: ت a woman (or a body), ي a man.
        let rest = ["ول", "فل", "ل"]
            .iter()
            .find_map(|p| cx.doc.words[i].key.as_str().strip_prefix(p))?;
        let here = if rest.starts_with('ت') {
            Gender::Feminine
        } else {
            Gender::Masculine
        };
        return match post_gender(cx, &np) {
            Some(g) if g != here => None,
            _ => Some(np),
        };
    }
    None
}

/// The last cue among words `a..b` outside quotations (the one nearest to `b`), leaving out a
/// cue in a relative aside closed right before word `b` ([`relative_aside::inside_relative_aside`]).
/// Both tests are pure, so the aside is asked only of the words that are cues (the cheaper
/// order, the same answer).
fn last_cue(cx: &Context, a: usize, b: usize, quotes: &[Quote]) -> Option<(usize, Range<usize>)> {
    (a..b.min(cx.doc.words.len())).rev().find_map(|i| {
        cue_at(cx, i, quotes).filter(|_| !relative_aside::inside_relative_aside(cx, quotes, i, b))
    })
}

/// The person named last before byte `at` and not before `floor`: (range, text).
fn person_before(cx: &Context, persons: &[Range<usize>], floor: usize, at: usize) -> Option<Named> {
    let k = persons.partition_point(|r| r.start < at);
    let r = persons[..k]
        .iter()
        .rev()
        .find(|r| looks_like_name(cx, persons, r))
        .filter(|r| r.start >= floor)?
        .clone();
    Named::whole_name(cx.doc.source, r)
}

/// True when the byte range `r` (a person mention) reads as a name: two words or more, or one
/// word that is a given name or unknown to the dictionary (the name detector also tags ordinary
/// words such as عليه).
/// Asked many times of the same mentions by the readers of titles and epithets, it is kept per
/// range for the analysis (`memo::range_fact`).
pub(super) fn looks_like_name(cx: &Context, persons: &[Range<usize>], r: &Range<usize>) -> bool {
    let asked = || looks_like_name_asked(cx, persons, r);
    super::memo::range_fact(cx, RangeTest::LooksLikeName, persons, r, asked)
}

/// [`looks_like_name`] computed, not taken from the analysis's kept answers.
fn looks_like_name_asked(cx: &Context, persons: &[Range<usize>], r: &Range<usize>) -> bool {
    let ws = cx.doc.words_in(r.clone());
    let a = cx.doc.word_index_at(r.start);
    (0..ws.len()).all(|o| !function(cx, a + o) && !prepositional(cx, persons, a + o))
        && (ws.len() >= 2
            || (0..ws.len())
                .any(|o| cx.lex.words[a + o].given > 0 || unknown_word(cx, &ws[o].plain)))
}

/// True when word `j`'s key, without the article, is `head_key`, and the word heads its post:
/// a title noun governed in construct by another title right before it (نائب رئيس الهيئة،
/// مساعد وزير الدفاع) names another post, since the deputy of a head is not the head.
fn same_title(cx: &Context, j: usize, head_key: &str) -> bool {
    let governed = j > 0
        && cx.lex.words.get(j - 1).is_some_and(|t| t.title > 0)
        && gap(cx, j - 1, j).trim().is_empty();
    !governed
        && cx.doc.words.get(j).is_some_and(|w| {
            w.key_readings()
                .iter()
                .any(|(_, rd)| rd.strip_prefix("ال").unwrap_or(rd) == head_key)
        })
}

/// True when word `j` is the title `head_key` heading its post ([`same_title`]) and, when the
/// post to resolve names its domain in a genitive (`genitive`: the key of the word after an
/// indefinite head, رئيس لجنة المرافق), that same word follows it: the head of one committee is
/// not the head of a board (رئيس مجلس الإدارة).
fn same_post(cx: &Context, j: usize, head_key: &str, genitive: Option<&str>) -> bool {
    same_title(cx, j, head_key)
        && genitive.is_none_or(|g| {
            j + 1 < cx.doc.words.len()
                && gap(cx, j, j + 1).trim().is_empty()
                && without_article(bare_key(cx, j + 1)) == without_article(g)
        })
}

/// `key` without the article ال (وزير الخارجية and وزير خارجية البلاد name one domain).
fn without_article(key: &str) -> &str {
    key.strip_prefix("ال").unwrap_or(key)
}

/// True when a word of `x`'s phrase outside its name is the title `head_key` (أعلن نائب وزير
/// الدفاع، يوسف العلي: the clause introduced the person with that title), with the genitive
/// `genitive` after it when given ([`same_post`]).
fn introduced_with(cx: &Context, x: &Named, head_key: &str, genitive: Option<&str>) -> bool {
    let Some(name) = &x.name else {
        return false;
    };
    let a = cx.doc.word_index_at(x.range.start);
    (a..cx.doc.words.len())
        .take_while(|&j| cx.doc.words[j].end() <= x.range.end)
        .filter(|&j| !name.contains(&cx.doc.words[j].start()))
        .any(|j| same_post(cx, j, head_key, genitive))
}

/// True when the person mention starting at word `pi` has the title `head_key` right before it:
/// only post words between, a place complement of the post (السفير المصري في باريس سامر الخطيب),
/// or one comma before the name (نائب الوزير، سامر الخطيب), since all of these belong to the post.
/// A form of address or a rank may stand between that comma and the name (وزير الصيد، السيد
/// فلان؛ رئيس النادي، الدكتور فلان): it opens the name, so the post before the comma is still the
/// name's ([`titles_then_name`]).
fn title_before(cx: &Context, pi: usize, head_key: &str, genitive: Option<&str>) -> bool {
    let mut j = pi;
    while j > 0 && pi - j < 8 {
        j -= 1;
        let g = gap(cx, j, j + 1);
        if breaks_phrase(g)
            && !(matches!(g.trim(), "،" | ",") && (j + 1 == pi || titles_then_name(cx, j + 1, pi)))
        {
            return false;
        }
        if cx.lex.words[j].is_cue() {
            return false;
        }
        if same_post(cx, j, head_key, genitive) {
            return true;
        }
        // A preposition is part of the post only when a place follows it (في باريس، لدى بلجيكا).
        if function(cx, j) && !(j + 1 < pi && cx.lex.words[j + 1].place > 0) {
            return false;
        }
    }
    false
}

/// True when words `a..pi` are all titles (a form of address or a rank: السيد، الدكتور، المحامية)
/// written with nothing but spaces between them and the name at word `pi`: a title before a name
/// belongs to the name it opens, so it does not part the name from a post set off before it.
fn titles_then_name(cx: &Context, a: usize, pi: usize) -> bool {
    a < pi
        && pi - a <= 2
        && (a..pi).all(|x| {
            cx.lex.words.get(x).is_some_and(|t| t.title > 0) && gap(cx, x, x + 1).trim().is_empty()
        })
}

/// The person mention `r` extended back over the given names right before it (يوسف before
/// العلي), and over a patronymic particle with the given name before it (محمد ولد before سيدي;
/// بن، ابن، بنت، ولد، منت): the name detector may tag only the family name of a full name, and a
/// nasab chain names one person.
fn with_given_names(cx: &Context, r: &Range<usize>) -> Range<usize> {
    let mut a = cx.doc.word_index_at(r.start);
    let first = a;
    let given = |k: usize| cx.lex.words[k].given > 0 && gap(cx, k, k + 1).trim().is_empty();
    let particle = |k: usize| {
        matches!(
            cx.doc.words[k].key.as_str(),
            "بن" | "ابن" | "بنت" | "ولد" | "منت"
        ) && gap(cx, k, k + 1).trim().is_empty()
    };
    while a > 0 && first - a < 4 {
        if given(a - 1) {
            a -= 1;
        } else if a >= 2 && particle(a - 1) && given(a - 2) {
            a -= 2;
        } else {
            break;
        }
    }
    cx.doc
        .words
        .get(a)
        .map_or(r.start, |w| w.start().min(r.start))..r.end
}

/// The key of the genitive after the head word `wi` of the title-only speaker `n` when the head
/// is indefinite, in construct (رئيس لجنة ...: لجنه): the post's domain, which a person
/// introduced with the same post names too ([`same_post`]). `None` for a definite head (الرئيس
/// الأفغاني: adjectives follow) or a head alone.
fn construct_genitive(cx: &Context, wi: usize, n: &Named) -> Option<String> {
    let head = cx.doc.words.get(wi)?;
    let next = cx.doc.words.get(wi + 1)?;
    (!head.key.starts_with("ال")
        && next.end() <= n.range.end
        && gap(cx, wi, wi + 1).trim().is_empty())
    .then(|| bare_key(cx, wi + 1).to_string())
}

/// A title-only speaker (الرئيس الأفغاني، العميد) resolved to the person the story introduced
/// with the same title before byte `at` (text: the post, then the name in brackets; range: the
/// post's): the last one among the names of earlier reporting clauses whose phrase holds the
/// title, and the person mentions with the title's head word right before them (see
/// [`title_before`]) or right after them (حميد شباط، الأمين العام). A person mention that is a
/// word of a clause's post (باسم in الناطق باسم الوزارة) is not a candidate.
fn resolve_title(
    cx: &Context,
    persons: &[Range<usize>],
    clauses: &Clauses,
    n: &Named,
    at: usize,
) -> Option<Named> {
    let wi = cx.doc.word_index_containing(n.range.start);
    let head = cx.doc.words.get(wi)?;
    let head_key = head.key.strip_prefix("ال").unwrap_or(&head.key).to_string();
    if head_key.chars().count() < 3 {
        return None;
    }
    let genitive = construct_genitive(cx, wi, n);
    let genitive = genitive.as_deref();
    let ci = clauses
        .reads
        .partition_point(|(w, _)| cx.doc.words[*w].start() < at);
    let named: Vec<&Named> = clauses.reads[..ci]
        .iter()
        .rev()
        .take(60)
        .filter_map(|(_, r)| match r {
            Read::Named(x) if x.name.is_some() => Some(x),
            _ => None,
        })
        .collect();
    let k = persons.partition_point(|r| r.start < at);
    // A person mention is a candidate when it looks like a name and is no word of a clause's
    // post. Asked only of the candidates the loop below reaches: the tests are pure and the sort
    // is stable, so testing after sorting keeps the order testing before it gives.
    let mention_ok = |r: &Range<usize>| {
        looks_like_name(cx, persons, r)
            && !named.iter().any(|x| {
                x.range.contains(&r.start) && x.name.as_ref().is_some_and(|m| !m.contains(&r.start))
            })
    };
    // (range of the name, the clause that named it; `None` for a person mention)
    let mut cands: Vec<(Range<usize>, Option<&Named>)> = persons[..k]
        .iter()
        .rev()
        .take(60)
        .map(|r| (with_given_names(cx, r), None))
        .collect();
    cands.extend(
        named
            .iter()
            .filter_map(|x| Some((x.name.clone()?, Some(*x)))),
    );
    cands.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let nisbas = title_nisbas(cx, wi, n);
    for (r, clause) in cands {
        if (clause.is_none() && !mention_ok(&r)) || !nisbas_before(cx, &nisbas, &r, clause) {
            continue;
        }
        if r.start >= n.range.start && r.start < n.range.end {
            continue;
        }
        // Introduced with the title by its clause (asked when reached, as the mentions' test).
        let introduced = clause.is_some_and(|x| introduced_with(cx, x, &head_key, genitive));
        let pi = cx.doc.word_index_at(r.start);
        let after = cx.doc.words.partition_point(|w| w.end() <= r.end);
        let title_after = after > 0
            && (after..(after + 2).min(cx.doc.words.len())).any(|j| {
                let g = gap(cx, j - 1, j).trim();
                (g.is_empty() || g == "،" || g == ",") && same_post(cx, j, &head_key, genitive)
            });
        if introduced || title_after || title_before(cx, pi, &head_key, genitive) {
            // The post as written, with the person it refers to: الرئيس الأفغاني (أشرف غني).
            return n.with_holder(cx.doc.source, with_resumed_family(cx, clauses, r));
        }
    }
    None
}

/// The name at byte range `r` widened by the word right after it (only a space between) when a
/// reporting clause of the story has that word alone as its subject (نور الدين أبكر … وقال
/// أبكر): the name as the story gives it in full. Reason: a person named in full is resumed by
/// the family name alone, so a word the story uses alone as a speaker, written right after the
/// given names, is the family name that ends the name, even when the dictionary also knows it as
/// a word (أبكر "earlier"). `r` unchanged otherwise.
fn with_resumed_family(cx: &Context, clauses: &Clauses, r: Range<usize>) -> Range<usize> {
    let j = cx.doc.words.partition_point(|w| w.end() <= r.end);
    if j == 0 || j >= cx.doc.words.len() || !gap(cx, j - 1, j).trim().is_empty() {
        return r;
    }
    let key = bare_key(cx, j);
    let after = cx.doc.words[j].end();
    // Some read's phrase of one word of this key starts at `after` or later: the largest start
    // by key, tabled once per story (a scan of every read at each question grew with the square
    // of the story's length).
    let resumed = resumed_starts(cx, clauses)
        .get(key)
        .is_some_and(|&start| start >= after);
    if resumed { r.start..after } else { r }
}

/// [`Clauses::resumed`], built on first use: for every named read whose phrase starts in word
/// `x` and ends with it, the largest phrase start by [`bare_key`] of word `x`.
fn resumed_starts<'c>(
    cx: &Context,
    clauses: &'c Clauses,
) -> &'c rustc_hash::FxHashMap<Box<str>, usize> {
    clauses.resumed.get_or_init(|| {
        let mut starts: rustc_hash::FxHashMap<Box<str>, usize> = Default::default();
        for (_, read) in &clauses.reads {
            let Read::Named(np) = read else {
                continue;
            };
            let x = cx.doc.word_index_containing(np.range.start);
            if x < cx.doc.words.len() && np.range.end == cx.doc.words[x].end() {
                let start = starts
                    .entry(bare_key(cx, x).into())
                    .or_insert(np.range.start);
                *start = (*start).max(np.range.start);
            }
        }
        starts
    })
}

/// The identity keys of the nisba adjectives (الروسي، الأفغاني) in the title-only speaker `n`,
/// whose head is word `head`.
fn title_nisbas(cx: &Context, head: usize, n: &Named) -> Vec<String> {
    let words = &cx.doc.words;
    (head + 1..words.len())
        .take_while(|&j| words[j].end() <= n.range.end)
        .filter(|&j| crate::analysis::names::is_nisba(&words[j].plain))
        .map(|j| words[j].key.as_str().to_string())
        .collect()
}

/// True when the candidate name `r` for a title-only speaker was introduced with every nisba
/// adjective of the title (`nisbas`): one of the five words before the name, a word of the
/// apposition a comma opens right after it (فلانة، نائبة رئيس المفوضية الأوروبية،) or that a post
/// noun with no proclitic opens right after it with no comma (فلان المتحدث الرسمي لوزارة
/// الخارجية: a post after a name is its apposition, written with or without commas; للرئيس
/// الروسي after a name is an addressee, another person), or a word of its clause's phrase. A nisba in a title (الرئيس الروسي) narrows it to the holder of that country's
/// post, so it refers to a person introduced with the same nisba (الرئيس الروسي فلان), never to
/// another president named nearby (رئيس الاتحاد الدولي فلان). True when the title has no nisba.
fn nisbas_before(
    cx: &Context,
    nisbas: &[String],
    r: &Range<usize>,
    clause: Option<&Named>,
) -> bool {
    if nisbas.is_empty() {
        return true;
    }
    let words = &cx.doc.words;
    let pi = cx.doc.word_index_at(r.start);
    let window = words.get(pi.saturating_sub(5)..pi).unwrap_or(&[]);
    // The apposition after the name: from a comma right after it to the next punctuation.
    let after = words.partition_point(|w| w.end() <= r.end);
    let src = cx.doc.prose();
    let opens = after > 0
        && after < words.len()
        && src
            .get(words[after - 1].end()..words[after].start())
            .is_some_and(|g| {
                g.trim() == "،"
                    || g.trim() == ","
                    || (g.trim().is_empty()
                        && cx.lex.words.get(after).is_some_and(|t| t.title > 0)
                        && !words[after].plain.starts_with(['ل', 'ب', 'ك']))
            });
    let mut apposition: &[crate::text::Word] = &[];
    if opens {
        let mut e = after;
        while e + 1 < words.len()
            && e - after < 12
            && src
                .get(words[e].end()..words[e + 1].start())
                .is_some_and(|g| g.trim().is_empty())
        {
            e += 1;
        }
        apposition = words.get(after..=e).unwrap_or(&[]);
    }
    let in_clause = |k: &str| {
        clause.is_some_and(|x| {
            let a = cx.doc.word_index_at(x.range.start);
            words
                .iter()
                .skip(a)
                .take_while(|w| w.end() <= x.range.end)
                .any(|w| w.key.as_str() == k)
        })
    };
    nisbas.iter().all(|k| {
        window
            .iter()
            .chain(apposition)
            .any(|w| w.key.as_str() == k.as_str() || nisba_of_noun(k, w.key.as_str()))
            || in_clause(k)
    })
}

/// True when the nisba adjective with identity key `nisba` (الأممي، الروسي) is the adjective of
/// the noun with key `noun` (الأمم in الأمم المتحدة; a country in ا or يا, أمريكا، روسيا) or the
/// same nisba in the other gender (الأممية): a nisba stands for the body or country it is made
/// from, so «المبعوث الأممي» is the envoy the story introduced as the envoy of the United Nations.
/// Keys are the lexicon's identity keys (article and final ي/يه compared as written there).
fn nisba_of_noun(nisba: &str, noun: &str) -> bool {
    let Some(stem) = nisba
        .strip_prefix("ال")
        .and_then(|n| n.strip_suffix("يه").or_else(|| n.strip_suffix('ي')))
    else {
        return false;
    };
    if stem.chars().count() < 3 {
        return false;
    }
    let w = noun.strip_prefix("ال").unwrap_or(noun);
    w == stem
        || w.strip_suffix('ا') == Some(stem)
        || w.strip_suffix("يا") == Some(stem)
        || w.strip_suffix("يه").or_else(|| w.strip_suffix('ي')) == Some(stem)
}

/// The paragraph of the last quotation attributed to each speaker so far, keyed by the byte
/// offset where the clause that named the speaker names them (the speaker range's start): filled
/// in quotation order by [`attribute`], read by [`speaker_of`] to let a turn run on as long as
/// its quotations do. Also remembers, per (paragraph, speaker start), whether the paragraph only
/// describes that speaker ([`describes_only`]), so each paragraph is read once per speaker.
#[derive(Default)]
struct Turns {
    last: std::cell::RefCell<std::collections::HashMap<usize, usize>>,
    quiet: std::cell::RefCell<std::collections::HashMap<(usize, usize), bool>>,
}

impl Turns {
    /// The paragraph index of the last quotation given to the speaker named at byte `start`.
    fn last(&self, start: usize) -> Option<usize> {
        self.last.borrow().get(&start).copied()
    }

    /// Records that a quotation in paragraph `para` was given to the speaker named at `start`.
    fn note(&self, start: usize, para: usize) {
        let mut m = self.last.borrow_mut();
        let e = m.entry(start).or_insert(para);
        *e = (*e).max(para);
    }

    /// True when every paragraph of `between` (indexes) only describes the speaker `n`, whose
    /// gender is `gender` ([`describes_only`]); each answer is computed once and kept.
    fn quiet_between(
        &self,
        cx: &Context,
        persons: &[Range<usize>],
        clauses: &Clauses,
        n: &Named,
        gender: Option<Gender>,
        between: Range<usize>,
    ) -> bool {
        between.into_iter().all(|p| {
            if let Some(&q) = self.quiet.borrow().get(&(p, n.range.start)) {
                return q;
            }
            let q = describes_only(cx, persons, clauses, n, gender, p);
            self.quiet.borrow_mut().insert((p, n.range.start), q);
            q
        })
    }
}

/// How many paragraphs back a cue with no subject of its own may find its speaker.
const MAX_TURN_PARAGRAPHS: usize = 2;

/// How many paragraphs back it may find them when every paragraph between only describes the
/// speaker ([`describes_only`]).
const MAX_QUIET_TURN_PARAGRAPHS: usize = 6;

/// The keys of the words of speaker phrase `n`, each without the article ال: what
/// [`refers_to`] matches a later mention against (الوزير and وزير name the same post).
fn article_less_keys(cx: &Context, n: &Named) -> Vec<String> {
    cx.doc
        .words_in(n.range.clone())
        .iter()
        .map(|w| article_less(w.key.as_str()).to_string())
        .collect()
}

/// True when a word of the speaker phrase `n` has, without the article, the key `key`: what
/// `article_less_keys(cx, n).contains(key)` answers, with no list made (asked at every clause).
fn has_article_less_key(cx: &Context, n: &Named, key: &str) -> bool {
    cx.doc
        .words_in(n.range.clone())
        .iter()
        .any(|w| article_less(w.key.as_str()) == key)
}

/// Key `k` without the article ال (the whole key when it has none).
fn article_less(k: &str) -> &str {
    k.strip_prefix("ال").unwrap_or(k)
}

/// True when one of words `words` (indexes) names the speaker again (its key, without the
/// article, is one of `keys`) or is a pronoun of their gender `gender`: هو or a word ending in ـه
/// for a man (a man when the gender is not known), هي or a word ending in ـها for a woman.
fn refers_to(cx: &Context, keys: &[String], gender: Option<Gender>, words: Range<usize>) -> bool {
    let bare = |k: &str| k.strip_prefix("ال").unwrap_or(k).to_string();
    let feminine = gender == Some(Gender::Feminine);
    words.into_iter().any(|j| {
        let Some(w) = cx.doc.words.get(j) else {
            return false;
        };
        let p = w.plain.as_str();
        let p = p
            .strip_prefix('و')
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(p);
        keys.contains(&bare(w.key.as_str()))
            || if feminine {
                p == "هي" || (p.ends_with("ها") && p.chars().count() >= 4)
            } else {
                p == "هو" || (p.ends_with('ه') && !p.ends_with("اه") && p.chars().count() >= 3)
            }
    })
}

/// True when paragraph `p` (an index into `doc.paragraphs`) only describes the speaker `n`: no
/// clause of it opens with a verb and another subject ([`topic_subject`]), and no person, post
/// or agency other than `n` (a mention sharing a word with `n` is them named again) stands in
/// subject place in it, that is as the first or second content word of a sentence (a fronted
/// subject, or the subject right after the verb that opens it) with no preposition right
/// before, or right after a complementizer (أن فلان); and it refers to `n`: it names them again
/// or holds a pronoun of their gender `gender` (هو or a word ending in ـه for a man, هي or ـها
/// for a woman; a man when the gender is not known). A pronoun subject refers back to the most
/// salient person, and a paragraph that keeps referring to the speaker and takes no other
/// subject keeps them the most salient one, however long it is; `false` when the paragraph does
/// not exist.
fn describes_only(
    cx: &Context,
    persons: &[Range<usize>],
    clauses: &Clauses,
    n: &Named,
    gender: Option<Gender>,
    p: usize,
) -> bool {
    let Some(para) = cx.doc.paragraphs.get(p) else {
        return false;
    };
    let keys = article_less_keys(cx, n);
    let shares = |r: &Range<usize>| {
        cx.doc
            .words_in(r.clone())
            .iter()
            .any(|w| keys.iter().any(|k| k == article_less(w.key.as_str())))
    };
    let a = cx.doc.word_index_at(para.start);
    let b = cx.doc.word_index_at(para.end).min(cx.lex.words.len());
    let t0 = clauses.topics.partition_point(|&w| w < a);
    let other_topic = clauses.topics[t0..]
        .iter()
        .take_while(|&&w| w < b)
        .any(|w| {
            let k = clauses.reads.partition_point(|(r, _)| r < w);
            clauses
                .reads
                .get(k)
                .is_some_and(|(_, r)| matches!(r, Read::Named(x) if !shares(&x.range)))
        });
    if other_topic {
        return false;
    }
    if !refers_to(cx, &keys, gender, a..b) {
        return false;
    }
    let (mut content, mut after_function) = (0, false);
    for j in a..b {
        if j == a || gap(cx, j - 1, j).contains(['.', '!', '?', '؟', '\n']) {
            (content, after_function) = (0, false);
        }
        if function(cx, j) {
            after_function = true;
            continue;
        }
        content += 1;
        let subject = (content <= 2 && !after_function) || (j > a && complementizer(cx, j - 1));
        after_function = false;
        if !subject {
            continue;
        }
        let t = &cx.lex.words[j];
        let w = &cx.doc.words[j];
        if (t.title > 0 || t.agency().is_some()) && !shares(&w.range()) {
            return false;
        }
        if starts_person(cx, persons, j) {
            let at = w.range().start;
            let pi = persons.partition_point(|r| r.end <= at);
            if persons
                .get(pi)
                .is_some_and(|r| looks_like_name(cx, persons, r) && !shares(r))
            {
                return false;
            }
        }
    }
    true
}

/// Resolves a read at the cue at word `i` to a speaker and the step that found it: a named read
/// as is, found by step `via` (a title-only one resolved to the person introduced with that
/// title, by that step), else the speaker of the previous reporting clause (a `Continued*`
/// [`Via`]); `None` when the story has none (unclear).
fn speaker_of(
    cx: &Context,
    persons: &[Range<usize>],
    clauses: &Clauses,
    turns: &Turns,
    read: &Read,
    i: usize,
    via: Via,
) -> Option<(Named, Via)> {
    let (cue, n, via) = match read {
        Read::Unclear => return None,
        Read::Named(n) => (i, n.clone(), via),
        Read::Pronoun => {
            let (cue, n) = clauses.continuing(cx, i)?;
            // A turn does not run on for ever: past a few paragraphs with none of the speaker's
            // quotations, the speaker is unclear. Each quotation of the turn carries it on
            // (وتابع «...» ¶ وأضاف «...» ¶ وأوضح «...»: a speech quoted paragraph after
            // paragraph), so the distance is counted from the last quotation given to the
            // speaker, not from the clause that named them.
            let here = cx.doc.paragraph_of(cx.doc.words.get(i)?.start())?;
            let named = cx.doc.paragraph_of(n.range.start)?;
            let there = turns.last(n.range.start).map_or(named, |p| p.max(named));
            // Further back only when the cue opens its sentence (ويقول: «...»: nothing before
            // it can be a subject) and every paragraph between only describes the speaker.
            let far = here.saturating_sub(there);
            let s = sentence_start(cx, i);
            if far > MAX_TURN_PARAGRAPHS
                && !(far <= MAX_QUIET_TURN_PARAGRAPHS
                    && ((s..i).all(|j| function(cx, j))
                        || adjunct::fronted_adjunct_about(
                            cx,
                            persons,
                            n,
                            named_gender(cx, cue, n),
                            s,
                            i,
                        ))
                    && turns.quiet_between(
                        cx,
                        persons,
                        clauses,
                        n,
                        named_gender(cx, cue, n),
                        there + 1..here,
                    ))
            {
                return None;
            }
            if let Some(own) = own_subject_instead(cx, persons, clauses, n, cue, i) {
                return own;
            }
            // Past the near paragraphs, either the cue opens its sentence or an adjunct about
            // the speaker does (the test above let it through).
            let far = (far > MAX_TURN_PARAGRAPHS).then(|| !(s..i).all(|j| function(cx, j)));
            let via = continued_via(cx, cue, i, far);
            // Carried into a new paragraph whose sentence opens with another subject, the
            // speaker cannot be told (`new_paragraph::other_subject_opens`).
            if via != Via::ContinuedSameSentence
                && via != Via::ContinuedSameParagraph
                && new_paragraph::other_subject_opens(cx, persons, n, i)
            {
                return None;
            }
            (cue, n.clone(), via)
        }
    };
    Some(resolved(cx, persons, clauses, n, cue, via))
}

/// What the subjectless-read cue at word `i` gives instead of carrying on `n`, the speaker named
/// at the cue at word `cue`, when a noun after the verb that the reader did not read is the
/// verb's own subject ([`unread_subject_after`]) and does not name the speaker's holder again
/// (وقال فلانة after a post resolved to فلان فلانة): `Some` of the speaker as the text names it
/// ([`explicit_subject::noun_phrase`], found by [`Via::AfterVerb`]) or `Some(None)` (unclear)
/// when it cannot be read; `None` when the turn may go on.
fn own_subject_instead(
    cx: &Context,
    persons: &[Range<usize>],
    clauses: &Clauses,
    n: &Named,
    cue: usize,
    i: usize,
) -> Option<Option<(Named, Via)>> {
    if !unread_subject_after(cx, persons, i, n) {
        return None;
    }
    let holder = resolved(
        cx,
        persons,
        clauses,
        n.clone(),
        cue,
        Via::ContinuedSameSentence,
    )
    .0;
    if explicit_subject::names_speaker_again(cx, i + 1, &holder) {
        return None;
    }
    Some(
        explicit_subject::noun_phrase(cx, persons, i + 1)
            .map(|np| resolved(cx, persons, clauses, np, i, Via::AfterVerb)),
    )
}

/// The person a speaker `n` (read at, or carried on to, the cue at word `cue`, by step `via`)
/// stands for, and the step that found them: a post resolved to its holder (an apposed name,
/// the holder after the post, the person introduced earlier with it, an epithet's holder, the
/// person in focus), a body named after a person to that person, a generic person noun to the
/// person in focus, else `n` completed to the full name the story gives. A speaker carried over
/// ([`Via::carried`]) keeps its continuity step.
fn resolved(
    cx: &Context,
    persons: &[Range<usize>],
    clauses: &Clauses,
    n: Named,
    cue: usize,
    via: Via,
) -> (Named, Via) {
    let by = |step: Via| if via.carried() { via } else { step };
    if n.title_only {
        return apposed_name(cx, persons, &n)
            .map(|h| (h, by(Via::ApposedName)))
            .or_else(|| holder_after_post(cx, persons, &n).map(|h| (h, by(Via::HolderAfterPost))))
            .or_else(|| {
                resolve_title(cx, persons, clauses, &n, n.range.start)
                    .map(|h| (h, by(Via::EarlierTitle)))
            })
            .or_else(|| epithet_holder(cx, persons, &n).map(|h| (h, by(Via::Epithet))))
            .or_else(|| {
                post_anaphor::earlier_holder(cx, persons, &n)
                    .or_else(|| role_anaphor(cx, persons, clauses, &n, cue))
                    .map(|h| (h, by(Via::RoleAnaphor)))
            })
            .unwrap_or((n, via));
    }
    if let Some(h) = holder_after_eponym(cx, persons, &n) {
        return (h, by(Via::EponymHolder));
    }
    // A generic noun for a person (الرجل، المرأة) refers back to the person in focus.
    if generic_person(cx, &n)
        && let Some(r) = role_anaphor(cx, persons, clauses, &n, cue)
    {
        return (r, by(Via::RoleAnaphor));
    }
    if let Some(h) = epithet::apposed_epithet_holder(cx, persons, &n)
        .or_else(|| focus_epithet_holder(cx, clauses, &n, cue))
    {
        return (h, by(Via::Epithet));
    }
    // A bare body noun (الوزارة) is resolved by the reader (`speaker::body_named_before`).
    (full_name(cx, persons, clauses, &n).unwrap_or(n), via)
}

/// The continuity step that carries the speaker named by the clause at word `named` on to the
/// subjectless cue at word `i`: [`Via::ContinuedSameSentence`] when both stand in one sentence,
/// [`Via::ContinuedSameParagraph`] when both stand in one paragraph,
/// [`Via::ContinuedEarlierParagraph`] when the clause is within [`MAX_TURN_PARAGRAPHS`] back, and
/// past that [`Via::ContinuedPastAdjunct`] when `far` says an adjunct about the speaker opened the
/// cue's sentence (`Some(true)`), else [`Via::ContinuedFar`].
fn continued_via(cx: &Context, named: usize, i: usize, far: Option<bool>) -> Via {
    let para = |w: usize| {
        cx.doc
            .words
            .get(w)
            .and_then(|w| cx.doc.paragraph_of(w.start()))
    };
    match far {
        Some(true) => Via::ContinuedPastAdjunct,
        Some(false) => Via::ContinuedFar,
        None if named >= sentence_start(cx, i) => Via::ContinuedSameSentence,
        None if para(named) == para(i) => Via::ContinuedSameParagraph,
        None => Via::ContinuedEarlierParagraph,
    }
}

/// The person a title-only speaker phrase `n` stands in apposition with later in its own clause:
/// after the post and its complements, a comma and a name followed by a comma, a complementizer
/// or a cue (قال الرئيس التنفيذي لشركة «...»، المشغلة للمحطة، مارتن هولم، إن ...). A name set off
/// by commas after a post names the post's holder, so the post is not resolved to an earlier
/// person. Each stretch between commas before the name must be a complement of the post: one
/// opening with a preposition, a particle or a verb is an aside (في مؤتمر مع نظيره فلان) that
/// may bring in another person, and ends the search, as do a sentence end, a colon, a bracket, a
/// quotation opened after anything but a noun that introduces a name or a word with a
/// prepositional clitic (لشركة «...»), a cue and a complementizer. The name is a stretch of one
/// to four words between commas each of which is a person mention's, a given name or a word the
/// dictionary does not know. Reads at most twelve words after `n`. Returns the post with the name in
/// brackets (range: the post's; name: the name's byte range); `None` when no such name follows.
fn apposed_name(cx: &Context, persons: &[Range<usize>], n: &Named) -> Option<Named> {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    let first = cx
        .doc
        .words
        .partition_point(|w| w.range().end <= n.range.end);
    if first == 0 {
        return None;
    }
    for k in first..(first + 12).min(nw) {
        let g = gap(cx, k - 1, k);
        if g.contains(['.', '\n', '!', '?', '؟', ':', '؛', ';', '(', ')']) {
            return None;
        }
        let opens = g.contains(['«', '"', '“']);
        if opens
            && !(cx.lex.words.get(k - 1).is_some_and(|t| t.org_noun())
                || prepositional(cx, persons, k - 1))
        {
            return None;
        }
        let t = &cx.lex.words[k];
        if t.is_cue() || complementizer(cx, k) {
            return None;
        }
        if !g.contains(['،', ',']) {
            continue;
        }
        // The stretch after the comma, up to the next comma, complementizer or cue (at most
        // four words), is a name when every word of it is a person mention's, a given name or a
        // word the dictionary does not know.
        let e = (k + 1..(k + 5).min(nw))
            .find(|&e| {
                breaks_phrase(gap(cx, e - 1, e))
                    || complementizer(cx, e)
                    || cx.lex.words[e].is_cue()
            })
            .unwrap_or(nw.min(k + 5));
        let closed = e >= nw
            || gap(cx, e - 1, e).contains(['،', ','])
            || complementizer(cx, e)
            || cx.lex.words[e].is_cue();
        let name_like = |j: usize| {
            !function(cx, j)
                && !prepositional(cx, persons, j)
                && (in_person(cx, persons, j)
                    || cx.lex.words[j].given > 0
                    || unknown_word(cx, &cx.doc.words[j].plain))
        };
        if closed
            && ((k..e).all(name_like)
                || (k == first && e == k + 2 && two_word_name(cx, persons, k)))
        {
            let r = cx.doc.words[k].range().start..cx.doc.words[e - 1].range().end;
            return n.with_holder(cx.doc.source, r);
        }
        if function(cx, k) || prepositional(cx, persons, k) || t.verb() {
            return None;
        }
    }
    None
}

/// True when words `k` and `k + 1`, set off by commas right after a post, have the shape of a
/// given name and a family name: a first word with no article, clitic, pronoun or accusative
/// ending that is no adverb, title, place or function word, and a second word that is a person
/// mention's, a given name, a word the dictionary does not know, or a definite word that is no
/// time word, title, place or nisba of a place (مدير المعرض، وسيم العمر، إن). Reason: an
/// apposition of two such words after a post names its holder even when the dictionary also
/// reads them as words (وسيم "handsome", العمر "the age"); time phrases and prepositional asides
/// (صباح اليوم، عقب اللقاء) have other shapes.
fn two_word_name(cx: &Context, persons: &[Range<usize>], k: usize) -> bool {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    if k + 1 >= nw || breaks_phrase(gap(cx, k, k + 1)) {
        return false;
    }
    let plain_word = |j: usize| {
        let t = &cx.lex.words[j];
        cx.doc.words[j].kind() == crate::text::WordKind::Arabic
            && cx.doc.words[j].plain.chars().count() >= 2
            && !function(cx, j)
            && !prepositional(cx, persons, j)
            && !adverb(cx, j)
            && !complementizer(cx, j)
            && !t.is_cue()
            && t.title == 0
            && t.place == 0
            && !t.place_nisba()
            && t.agency().is_none()
            && !t.org_noun()
            && t.anonymous == 0
    };
    let second = &cx.doc.words[k + 1];
    plain_word(k)
        && plain_word(k + 1)
        && !bare_key(cx, k).starts_with("ال")
        && !bare_key(cx, k).ends_with('ا')
        && !not_name_form(cx, persons, k)
        && !not_name_form(cx, persons, k + 1)
        && !super::speaker::time_word(cx, k + 1)
        && (in_person(cx, persons, k + 1)
            || cx.lex.words[k + 1].given > 0
            || unknown_word(cx, &second.plain)
            || bare_key(cx, k + 1).starts_with("ال"))
}

/// The holder of the title-only post `n`, named later in its own clause after the post's
/// complements: the field or body the post belongs to, an abbreviation in brackets (المتحدثة
/// باسم المكتب (أوتشا) فلانة فلان في ...، الباحثة في الاقتصاد السياسي فلانة فلان أن، الوزير في
/// الحكومة المعترف بها دولياً فلان فلان). Reason: an Arabic post is followed by its complements
/// and then by its holder's name in apposition, with or without a comma, so the first name that
/// can start there is the holder's. A name can start after a comma, a closing bracket, a
/// definite word (the article ends a construct chain: الاقتصاد السياسي فلانة; also with a joined
/// preposition, [`clitic_article`]: بالوزارة السيد فلان) or an adverb in
/// the accusative (دولياً), but not right after an indefinite noun, whose genitive it would be
/// (جزر مارشال، باسم فلان). The search stops at what ends the clause's subject or brings in
/// someone else: a sentence end, a colon, a quotation mark, a cue, a complementizer, a verb, a
/// preposition other than في (مع نظيره، خلال لقائه), the ل of an addressee (لقناة) and another
/// post (حكومة الرئيس فلان: the name is that post's); a title where a name can start (also after
/// a one-word place: بلدية المدينة المهندس فلان) is the holder's own, and the name follows it;
/// so is a dotted title (د. فلان: [`dotted_title`]), whose dot ends no clause. The name is two to four words with no
/// punctuation between, none a function word, a place or a dictionary word with the article
/// (the verb's object: الهجوم) unless a name particle (عبد) comes before it, and at least one a
/// person mention's, a given name or a word the dictionary knows in no reading (foreign names
/// may read as a clitic and a word: كارين). Reads at most fourteen words after `n`. Returns the
/// post with the name in brackets (range: the post's; name: the name's byte range); `None`
/// otherwise.
fn holder_after_post(cx: &Context, persons: &[Range<usize>], n: &Named) -> Option<Named> {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    let first = cx
        .doc
        .words
        .partition_point(|w| w.range().end <= n.range.end);
    if first == 0 || first >= nw {
        return None;
    }
    let mut bracket = false;
    for k in first..(first + 14).min(nw) {
        let g = gap(cx, k - 1, k);
        // (The dot of د. or م. before the name abbreviates a title: it ends no clause.)
        if g.contains([
            '.', '\n', '!', '?', '؟', ':', '؛', ';', '«', '»', '"', '“', '”',
        ]) && !dotted_title(cx, k - 1)
        {
            return None;
        }
        if g.contains('(') {
            bracket = true;
        }
        let closed_bracket = g.contains(')');
        if closed_bracket {
            bracket = false;
        }
        if ends_holder_search(cx, k) {
            return None;
        }
        if bracket {
            continue;
        }
        let prev = bare_key(cx, k - 1);
        let may_start = g.contains(['،', ','])
            || closed_bracket
            || prev.starts_with("ال")
            || clitic_article(prev)
            || cx.lex.words[k - 1].place == 1
            || (prev.ends_with("يا") && !unknown_word(cx, &cx.doc.words[k - 1].plain));
        // A title where a name can start is the holder's own (a rank or a profession: المهندس
        // فلان); elsewhere it is another post of the complement, whose holder the name after it
        // would be (حكومة الرئيس فلان).
        let title = if dotted_title(cx, k) {
            1
        } else {
            usize::from(cx.lex.words[k].title)
        };
        if title > 0 && !may_start {
            return None;
        }
        let k = k + title;
        let run = (k < nw && (title > 0 || may_start))
            .then(|| holder_run(cx, persons, k, title > 0))
            .flatten();
        let Some(e) = run else {
            if title > 0 {
                return None;
            }
            continue;
        };
        let r = cx.doc.words[k].range().start..cx.doc.words[e - 1].range().end;
        return n.with_holder(cx.doc.source, r);
    }
    None
}

/// True when the word key `key` (without و/ف) is a preposition written joined to the article
/// (بالوزارة، للبنين، كالعادة): the article makes the noun definite as it does alone, so a
/// construct chain ends there and a name or a rank after it (مدير الإعلام بالوزارة السيد فلان)
/// can be the post holder's, not a genitive of the noun. The ل of ل + ال drops the alif (لل).
/// At least two letters must follow the prefix, so a short word that only starts so (لله) is not
/// taken.
fn clitic_article(key: &str) -> bool {
    ["بال", "كال", "لل"].iter().any(|p| {
        key.strip_prefix(p)
            .is_some_and(|r| crate::analysis::names::at_least_chars(r, 2))
    })
}

/// The holder of a post whose complement is a body named after a person (مدير مدرسة فلان بن فلان
/// الثانوية الدكتور فلان الفلاني), for a speaker phrase `n` whose name the reader took from the
/// body's name: a name right after an organisation noun in construct is the body's eponym, not
/// the speaker, and a rank or a form of address (السيد، الدكتور) followed by a name later in the
/// same phrase introduces the post's holder ([`holder_after_post`]). Returns the phrase with the
/// holder's name in brackets (range: the phrase's; name: the holder's byte range); `None` when
/// the name does not follow an organisation noun or no title and name follow.
fn holder_after_eponym(cx: &Context, persons: &[Range<usize>], n: &Named) -> Option<Named> {
    let name = n.name.as_ref()?;
    if n.anonymous || name.start <= n.range.start || name.end != n.range.end {
        return None;
    }
    let ni = cx.doc.word_index_at(name.start);
    if ni == 0
        || !cx.lex.words.get(ni - 1).is_some_and(|t| t.org_noun())
        || !gap(cx, ni - 1, ni).trim().is_empty()
    {
        return None;
    }
    let h = holder_after_post(cx, persons, n)?;
    let hi = cx.doc.word_index_at(h.name.as_ref()?.start);
    (hi > 0 && cx.lex.words[hi - 1].title > 0).then_some(h)
}

/// The end (exclusive word index) of the name run that starts at word `k` for
/// [`holder_after_post`]: two to four words with no punctuation between, the first no
/// preposition on a definite noun ([`preposition_on_noun`]: بالوزارة، للشؤون, the post's place
/// or genitive, with which no name opens), none a function word,
/// a place, a title, a cue, a verb, a complementizer or a dictionary word with the article (the
/// verb's object: الهجوم) unless a name particle (عبد) comes before it, and at least one a person
/// mention's, a given name or a word the dictionary knows in no reading. `after_title`: the run
/// follows a title, and nothing but a space may stand between them. `None` when no run starts
/// at `k`.
fn holder_run(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    after_title: bool,
) -> Option<usize> {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    let surely_name = |j: usize| {
        in_person(cx, persons, j)
            || cx.lex.words[j].given > 0
            || unknown_word(cx, &cx.doc.words[j].plain)
    };
    // A word that may belong to a name run.
    // A particle of descent (بن، بنت) or عبد inside the run, with name words on both sides.
    let inner_particle = |j: usize| (k + 1..j).any(|x| name_particle(cx, x));
    let in_run = |j: usize| {
        // بن/بنت/عبد inside a run binds the next word into the name (عزة بنت خلفان): there it is
        // the particle of a name, not the ordinary word it may also spell (بنت "she built").
        if j > k && name_particle(cx, j) {
            return true;
        }
        // After a chain of descent, a definite nisba is the family name that closes it
        // (فلانة بنت فلان الرواحية), not the verb's object.
        if inner_particle(j) && crate::analysis::names::is_nisba(&cx.doc.words[j].plain) {
            return true;
        }
        // After two plain name words, a definite nisba right before the stop that bounds the
        // subject is the family name (فلان فلان الفلاني بالقرار، ... الفلاني إن).
        if j >= k + 2 && super::speaker::family_nisba_before_stop(cx, persons, k, j) {
            return true;
        }
        let t = &cx.lex.words[j];
        let definite_word = bare_key(cx, j).starts_with("ال")
            && !surely_name(j)
            && !(j > 0 && name_particle(cx, j - 1));
        // (A preposition written apart, لـ"الصحيفة", or on a definite noun, للصحيفة، بالوزارة,
        // opens the addressee or a complement after the name: no word of it.)
        !function(cx, j)
            && t.place == 0
            && t.title == 0
            && !t.is_cue()
            && !t.verb()
            && !complementizer(cx, j)
            && !definite_word
            && !super::speaker::lone_proclitic(cx, j)
            && !super::speaker::preposition_on_noun(cx, persons, j)
    };
    // A name never opens with a preposition on a noun (بالوزارة، لولاية): such a word is the
    // post's place or genitive, and the holder's name, if any, comes after it.
    if k == 0
        || k >= nw
        || !in_run(k)
        || preposition_on_noun(cx, persons, k)
        || (after_title && breaks_phrase(gap(cx, k - 1, k)) && !dotted_title(cx, k - 1))
    {
        return None;
    }
    // A given name right after a person mention starts someone else's name: two names in a
    // row are not one.
    let e = (k + 1..(k + 4).min(nw))
        .find(|&e| {
            breaks_phrase(gap(cx, e - 1, e))
                || !in_run(e)
                || (in_person(cx, persons, e - 1) && cx.lex.words[e].given > 0)
                || (e >= k + 3 && super::speaker::family_nisba_before_stop(cx, persons, k, e - 1))
        })
        .unwrap_or((k + 4).min(nw));
    // A chain of descent (فلان بن فلان) is built only of names, so it is one even when the
    // lists know none of its words.
    (e >= k + 2 && ((k..e).any(surely_name) || inner_particle(e - 1))).then_some(e)
}

/// True when word `k`, after a title-only post, ends the search for its holder
/// ([`holder_after_post`]): a cue, a complementizer, a verb, the ل of an addressee,
/// or a function word other than في and a preposition carrying a pronoun.
fn ends_holder_search(cx: &Context, k: usize) -> bool {
    let t = &cx.lex.words[k];
    t.is_cue()
        || complementizer(cx, k)
        || t.verb()
        || lam_of_addressee(cx, k)
        || (function(cx, k) && bare_key(cx, k) != "في" && !pronoun_complement(cx, k))
}

/// True when word `k` is a preposition carrying a pronoun (بها، فيه، عليهم): the complement of
/// a participle that describes the noun before it (الحكومة المعترف بها), not a new party.
fn pronoun_complement(cx: &Context, k: usize) -> bool {
    let key = bare_key(cx, k);
    ["ب", "ل", "في", "علي", "عن", "من"].iter().any(|p| {
        key.strip_prefix(p)
            .is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما" | "هن"))
    })
}

/// True when the speaker phrase `n` is one definite generic noun for a person (الرجل، المرأة،
/// الشاب، الفتاة): news copy uses such a noun for someone it has already named, never for a new
/// speaker, so it refers back like a bare post ([`role_anaphor`]).
fn generic_person(cx: &Context, n: &Named) -> bool {
    let wi = cx.doc.word_index_containing(n.range.start);
    n.name.is_none()
        && !n.anonymous
        && cx.doc.words_in(n.range.clone()).len() == 1
        && wi < cx.doc.words.len()
        && explicit_subject::generic_person_noun(bare_key(cx, wi))
}

/// A speaker named by a family name alone that is also an ordinary word (العلي "the high", which
/// the reader does not take for a name but the name detector tags as a person) completed with the
/// given names the story introduced the person with (المايسترو نزار العلي): news copy gives the
/// full name at the first mention and the family name after, so the earlier mention of the same
/// word with given names before it is the same person, and alone the word does not read as one.
/// Returns the speaker as written with the full name in brackets (text: «العلي (نزار العلي)»,
/// range: the speaker's); `None` when the speaker is not such a word, no earlier mention (among
/// the last 60 before it) is fuller, or a reporting clause named the person in full (the review
/// sheet already shows the full name).
fn full_name(
    cx: &Context,
    persons: &[Range<usize>],
    clauses: &Clauses,
    n: &Named,
) -> Option<Named> {
    let k0 = cx.doc.word_index_containing(n.range.start);
    if n.name.is_some()
        || n.anonymous
        || cx.doc.words_in(n.range.clone()).len() != 1
        || !in_person(cx, persons, k0)
    {
        return None;
    }
    let name = n.range.clone();
    let ws = cx.doc.words_in(name.clone());
    if ws.len() != 1 {
        return None;
    }
    let key = &ws[0].key;
    let k = persons.partition_point(|r| r.start < name.start);
    let full = persons[..k].iter().rev().take(60).find_map(|r| {
        let rw = cx.doc.words_in(r.clone());
        if rw.len() != 1 || rw[0].key != *key {
            return None;
        }
        let f = with_given_names(cx, r);
        (f.start < r.start).then_some(f)
    })?;
    // A reporting clause that named the person in full (its cue within 40 words of the name)
    // already shows the full name.
    let fw = cx.doc.word_index_at(full.start);
    let from = clauses.reads.partition_point(|(w, _)| *w + 40 < fw);
    let named_in_full = clauses.reads[from..]
        .iter()
        .take_while(|(w, _)| *w <= fw + 40)
        .any(|(_, r)| match r {
            Read::Named(x) => x
                .name
                .as_ref()
                .is_some_and(|m| m.start <= full.start && full.end <= m.end),
            _ => false,
        });
    if named_in_full {
        return None;
    }
    let text = cx.doc.source.get(full)?;
    Some(Named {
        text: format!("{} ({text})", n.text),
        ..n.clone()
    })
}

/// A title-only speaker phrase `n` made of a role noun and a nationality (المدرب الإسباني،
/// اللاعبة المغربية) resolved to the one person the story introduced, before `n`, with that
/// nationality right before the name (الإسباني فلان، المهاجم المالي فلان): news copy refers back
/// to a person by their role and their nationality once it has given the nationality with the
/// name, so the nisba picks out that person even when the role noun differs (المدير الفني, then
/// المدرب). The nisba must stand right before the name (the words before the name's given names),
/// or with one title or nisba between (الإسبانية المخضرمة فلانة), in the same phrase. When two
/// different people (by the last word of the name) were introduced with the nisba, or none, the
/// phrase stays as it is: `None`. Returns the phrase with the name in brackets (range: the
/// phrase's; name: the name's byte range).
fn epithet_holder(cx: &Context, persons: &[Range<usize>], n: &Named) -> Option<Named> {
    let words = cx.doc.words_in(n.range.clone());
    let a = cx.doc.word_index_containing(n.range.start);
    if words.len() < 2 || words.len() > 4 || cx.lex.words.get(a)?.title == 0 {
        return None;
    }
    // The nisba of the phrase: a definite word after the role noun, a nisba of a listed place.
    let nisba = (a + 1..a + words.len())
        .find(|&j| cx.lex.words[j].place_nisba() && bare_key(cx, j).starts_with("ال"))
        .map(|j| bare_key(cx, j))?;
    let k = persons.partition_point(|r| r.start < n.range.start);
    let mut found: Option<(Range<usize>, &str)> = None;
    for r in persons[..k].iter().rev().take(60) {
        let r = with_given_names(cx, r);
        let mut pi = cx.doc.word_index_at(r.start);
        // A one-word mention that does not read as a name alone may still follow a foreign
        // given name ([`foreign_given_name`]), tested below on the two words.
        if pi == 0 {
            continue;
        }
        let alone = looks_like_name(cx, persons, &r);
        // Foreign given names the lists do not know are part of the name (الإسباني خوسيه فلان).
        let first = pi;
        while pi > 0
            && first - pi < 2
            && !breaks_phrase(gap(cx, pi - 1, pi))
            && !function(cx, pi - 1)
            && unknown_word(cx, &cx.doc.words[pi - 1].plain)
        {
            pi -= 1;
        }
        if pi == 0 {
            continue;
        }
        let r = cx.doc.words[pi].start()..r.end;
        // The nisba right before the name, or with one title or nisba between.
        let before = |j: usize| bare_key(cx, j) == nisba && !breaks_phrase(gap(cx, j, j + 1));
        let introduced = before(pi - 1)
            || (pi >= 2
                && before(pi - 2)
                && !breaks_phrase(gap(cx, pi - 1, pi))
                && (cx.lex.words[pi - 1].title > 0 || cx.lex.words[pi - 1].place_nisba()));
        let given = pi >= 2 && before(pi - 2) && foreign_given_name(cx, pi - 1, pi);
        if !(introduced && alone) && !given {
            continue;
        }
        // The foreign given name is the name's first word.
        let r = if given && !(introduced && alone) {
            cx.doc.words[pi - 1].start()..r.end
        } else {
            r
        };
        let last = cx.doc.words_in(r.clone()).last().map(|w| w.key.as_str())?;
        match &found {
            Some((_, l)) if *l != last => return None,
            Some(_) => {}
            None => found = Some((r, last)),
        }
    }
    let (r, _) = found?;
    n.with_holder(cx.doc.source, r)
}

/// A definite noun and a place nisba (التقني الفرنسي) that the lists do not know as a title,
/// said of the person whose turn it is: the speaker of the previous reporting clause, when the
/// story introduced that person with the same nisba right before the name ([`nisba_intro`]:
/// الفرنسي فلان الفلاني). Reason: news copy restates the speaker in focus by a role and the
/// nationality it gave with the name, and the nationality and the turn together pick out that
/// person; a body with a nisba (an organisation noun, an agency, a place) is never such a
/// restatement. Returns the phrase with the name as introduced in brackets; `None` otherwise.
fn focus_epithet_holder(cx: &Context, clauses: &Clauses, n: &Named, cue: usize) -> Option<Named> {
    if n.name.is_some() || n.anonymous || n.title_only {
        return None;
    }
    let a = cx.doc.word_index_containing(n.range.start);
    let b = cx.doc.words.partition_point(|w| w.end() <= n.range.end);
    let t = cx.lex.words.get(a)?;
    if b != a + 2
        || !bare_key(cx, a).starts_with("ال")
        || t.org_noun()
        || t.agency().is_some()
        || t.place > 0
        || t.place_nisba()
        || t.anonymous > 0
        || !cx.lex.words.get(a + 1)?.place_nisba()
    {
        return None;
    }
    let (_, prev) = clauses.continuing(cx, cue)?;
    let last = cx.doc.words_in(prev.name.clone()?).last()?.key.as_str();
    let intro = nisba_intro(cx, bare_key(cx, a + 1), last, a)?;
    n.with_holder(cx.doc.source, intro)
}

/// The byte range of the name, ending in a word whose key is `last`, that a word before word
/// `before` introduces with the nisba `nisba` right before it (الفرنسي فلان الفلاني): the nisba,
/// then one to three words of the name with nothing but spaces between and no function word,
/// title or cue among them. The nearest such name (at most 400 words back); `None` when there is
/// none.
fn nisba_intro(cx: &Context, nisba: &str, last: &str, before: usize) -> Option<Range<usize>> {
    let words = &cx.doc.words;
    (1..before.min(words.len()))
        .rev()
        .take(400)
        .filter(|&j| words[j].key.as_str() == last)
        .find_map(|j| {
            let p = (j.saturating_sub(3)..j)
                .rev()
                .take_while(|&p| !breaks_phrase(gap(cx, p, p + 1)))
                .find(|&p| bare_key(cx, p) == nisba)?;
            let plain = (p + 1..=j).all(|x| {
                !function(cx, x) && cx.lex.words[x].title == 0 && !cx.lex.words[x].is_cue()
            });
            plain.then(|| words[p + 1].start()..words[j].end())
        })
}

/// True when word `g`, between a nationality nisba and the person mention starting at word `pi`
/// (البرتغالي روي فلان), is the person's given name although the dictionary knows it as another
/// word (روي "he narrates", جون): one Arabic word with no article, no prepositional clitic and no
/// punctuation on either side, that is no title, nisba, function word or complementizer. Reason:
/// a nationality nisba opens the name of the person it describes, so the one word between it and
/// the family name belongs to that name.
fn foreign_given_name(cx: &Context, g: usize, pi: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(g), cx.lex.words.get(g)) else {
        return false;
    };
    g + 1 == pi
        && w.kind() == crate::text::WordKind::Arabic
        && !breaks_phrase(gap(cx, g, pi))
        && !bare_key(cx, g).starts_with("ال")
        && !w.plain.starts_with(['ل', 'ب', 'ك'])
        && t.title == 0
        && !t.place_nisba()
        && !function(cx, g)
        && !complementizer(cx, g)
}

/// A bare definite post or role noun of one word (اللاعب، المتحدث) named by the clause whose cue
/// is word `cue`, when no earlier clause introduced anyone with it: news copy refers back with
/// such a noun to the person whose turn it is, so it resolves to the speaker of the previous
/// reporting clause, in the same or the previous paragraph, when that clause named a person with
/// no post of their own (a post of their own would make the noun another person's role; a form
/// of address, السيد، is no post). المتحدث alone means the one speaking and resolves whatever the
/// person's post. When the noun is itself the subject kept for a verb that is no cue, the clause
/// before that one is the previous. A role noun the lists do not hold as a title, right before
/// the previous speaker's name ([`role_before_name`]: السائق سامر يوسف), is a post of their own
/// too, so a post named next (مدير المحطة) is someone else's. `None` otherwise.
fn role_anaphor(
    cx: &Context,
    persons: &[Range<usize>],
    clauses: &Clauses,
    n: &Named,
    cue: usize,
) -> Option<Named> {
    let wi = cx.doc.word_index_containing(n.range.start);
    let words = cx.doc.words_in(n.range.clone()).len();
    // Also an indefinite post with the genitive of another person (معاون ماكرون): an epithet
    // of the person in focus, as a bare definite post is.
    let definite_one = words == 1 && bare_key(cx, wi).starts_with("ال");
    let construct = words == 2 && n.title_only && !bare_key(cx, wi).starts_with("ال");
    if !(definite_one || construct) {
        return None;
    }
    let (mut c, mut prev) = clauses.continuing(cx, cue)?;
    // The noun may be the subject of a verb that is no cue (وأرجع المتحدث النقص إلى ...،
    // داعياً), kept as the clause's topic: the person it refers to is the one before it.
    if prev.range == n.range {
        (c, prev) = clauses.continuing(cx, c)?;
    }
    let name = prev.name.clone()?;
    if prev.title_only || prev.anonymous {
        return None;
    }
    // A post noun agrees in gender with the person who holds it: a feminine post (النائبة)
    // does not refer back to a man, nor a masculine one to a woman.
    if let (Some(post), Some(person)) = (
        post_gender(cx, n),
        agreement::story_gender(cx, &clauses.reads, &clauses.genders, c, prev),
    ) && post != person
    {
        return None;
    }
    let a = cx.doc.word_index_at(prev.range.start);
    // A form of address (السيد، السيدة) is no post.
    let own_post = (a..cx.doc.words.len())
        .take_while(|&j| cx.doc.words[j].end() <= prev.range.end)
        .any(|j| {
            cx.lex.words[j].title > 0
                && !name.contains(&cx.doc.words[j].start())
                && !matches!(bare_key(cx, j), "السيد" | "السيده")
        })
        || role_before_name(cx, persons, a, &name);
    // المتحدث alone (not المتحدث باسم) is "the one speaking": it refers to the current speaker
    // whatever post they hold.
    let discourse = matches!(bare_key(cx, wi), "المتحدث" | "المتحدثه");
    let here = cx.doc.paragraph_of(n.range.start)?;
    let there = cx.doc.paragraph_of(prev.range.start)?;
    if (own_post && !discourse) || here.saturating_sub(there) > 1 {
        return None;
    }
    let text = cx.doc.source.get(name.clone())?;
    Some(Named {
        text: format!("{} ({text})", n.text),
        name: Some(name),
        range: n.range.clone(),
        anonymous: false,
        title_only: false,
    })
}

/// True when the word right before the name `name` (a byte range), inside a speaker phrase that
/// starts at word `a`, is a definite role noun the lists do not hold as a title (السائق سامر
/// يوسف، الطالبة ليلى حداد): a dictionary word with the article, no form of address, nisba,
/// place or person mention. Reason: a role noun before a name is that person's own role, so
/// another role named next (مدير المحطة) is someone else's, as a listed post would be.
fn role_before_name(cx: &Context, persons: &[Range<usize>], a: usize, name: &Range<usize>) -> bool {
    let first = cx.doc.word_index_at(name.start);
    if first <= a || first == 0 {
        return false;
    }
    let j = first - 1;
    let (Some(w), Some(t)) = (cx.doc.words.get(j), cx.lex.words.get(j)) else {
        return false;
    };
    let key = bare_key(cx, j);
    key.starts_with("ال")
        && !matches!(key, "السيد" | "السيده")
        && !crate::analysis::names::is_nisba(&w.plain)
        && t.place == 0
        && !t.place_nisba()
        && !in_person(cx, persons, j)
        && !breaks_phrase(gap(cx, j, first))
        && crate::profile::words::lexicon().is_word(&w.plain)
}

/// An attribution inside the quotation, between commas ("...، تقول ليلى الزمراني، ..."): a
/// reporting verb right after a comma inside the marks, whose subject is named and followed by a
/// comma or the closing mark.
fn inside_attribution(
    cx: &Context,
    persons: &[Range<usize>],
    q: &Quote,
) -> Option<(Range<usize>, Named)> {
    let a = cx.doc.word_index_at(q.inner.start);
    let b = cx.doc.words.partition_point(|w| w.end() <= q.inner.end);
    for i in a.saturating_add(1)..b {
        let t = &cx.lex.words[i];
        if !t.verb() || t.clitic > 0 || !gap(cx, i - 1, i).contains(['،', ',']) {
            continue;
        }
        if let Read::Named(n) = subject_after(cx, persons, i + 1, b) {
            let last = cx.doc.words.partition_point(|w| w.end() <= n.range.end);
            let after_ok = last >= b || gap(cx, last.saturating_sub(1), last).contains(['،', ',']);
            if after_ok {
                return Some((cx.doc.words[i].range(), n));
            }
        }
    }
    None
}

/// True when the cue at word `i` is a source phrase that names its source after it (بحسب، وفق،
/// وفقاً لـ، طبقاً لـ، نقلاً عن) with no reporting verb before it in its sentence, and the reader read no
/// source there: such a phrase always brings its own source, so when that source cannot be read
/// the speaker is unclear, never the last speaker. Not after ما and a verb with no subject of its
/// own (بحسب ما كتب), whose pronoun refers back to the speaker.
fn unread_source(cx: &Context, i: usize) -> bool {
    let first = source_head(cx, i);
    let len = usize::from(cx.lex.words[i].phrase);
    if len == 0
        || !matches!(first, "حسب" | "وفق" | "وفقا" | "طبقا" | "نقلا")
        || verb_before_in_sentence(cx, i).is_some()
    {
        return false;
    }
    // بحسب ما كتب: a verb with no subject of its own after ما refers back to the speaker.
    let after = |k: usize| cx.doc.words.get(k).map(|w| w.plain.as_str());
    // ما ends the phrase (بحسب ما) or follows it (وفقاً لما is one word).
    let ma = [i + len - 1, i + len]
        .into_iter()
        .find(|&k| k > i && after(k).is_some_and(|w| w == "ما" || w == "لما"));
    let own_verb = ma.is_some_and(|m| {
        cx.lex.words.get(m + 1).is_some_and(|t| t.verb())
            && (m + 2 >= cx.doc.words.len()
                || breaks_phrase(gap(cx, m + 1, m + 2))
                || function(cx, m + 2)
                || prepositional(cx, &[], m + 2))
    });
    !own_verb
}

/// True when the clause of the cue at word `i` (ذكرت البلدية في بيان، قال) comes right after a
/// marker of a change of party and a comma (من جهته، من جانبها، بدوره، ...): the
/// marker announces that another party now speaks, so a cue with no subject of its own there does
/// not continue the last speaker's turn.
fn turn_shift(cx: &Context, i: usize) -> bool {
    // The first word of the cue's clause (ذكرت in ذكرت البلدية في بيان): at most six words back,
    // no punctuation between.
    let mut i = i;
    let first = i.saturating_sub(6);
    while i > first && i > 0 && !breaks_phrase(gap(cx, i - 1, i)) {
        i -= 1;
    }
    let Some(m) = i.checked_sub(1) else {
        return false;
    };
    if !matches!(gap(cx, m, i).trim(), "،" | ",") {
        return false;
    }
    let key = bare_key(cx, m);
    let bi = key.strip_prefix("ب").unwrap_or(key);
    matches!(bi, "دوره" | "دورها" | "دورهم")
        || (matches!(
            key,
            "جهته" | "جهتها" | "جهتهم" | "جانبه" | "جانبها" | "جانبهم"
        ) && m > 0
            && matches!(bare_key(cx, m - 1), "من" | "ومن")
            && !breaks_phrase(gap(cx, m - 1, m)))
}

/// True when the cue at word `i` opens a relative clause right after its relative pronoun and does
/// not agree with it in gender (روايته التي كتب في مقدمتها، الكاتب الذي قالت عنه): the verb's
/// subject is then neither the antecedent nor plainly the last speaker but someone the pronoun
/// in the verb refers to, which only the wider story tells, so the speaker is unclear.
fn relative_with_other_subject(cx: &Context, i: usize) -> bool {
    let Some(r) = i.checked_sub(1) else {
        return false;
    };
    if breaks_phrase(gap(cx, r, i)) {
        return false;
    }
    let relative = match bare_key(cx, r) {
        "الذي" => Gender::Masculine,
        "التي" => Gender::Feminine,
        _ => return false,
    };
    cue_gender(cx, i).is_some_and(|g| g != relative)
}

/// The noun phrase between عن at word `an` and قوله at word `i` when the reader names no one in
/// it (نقلت الصحيفة عن أوساط رئيس الحكومة قولها): two to five words with nothing between them, none
/// a function word, a cue or a preposition-led word. Reason: قوله's pronoun refers to the one the
/// words are transmitted from, which is the whole genitive phrase after عن, even when it names a
/// circle or a group rather than a person. `None` when the words are not such a phrase.
fn genitive_after_an(cx: &Context, an: usize, i: usize) -> Option<Named> {
    let (a, b) = (an + 1, i);
    if b <= a + 1 || b - a > 5 || b > cx.doc.words.len() {
        return None;
    }
    let plain = (a..b).all(|k| {
        cx.doc.words[k].kind() == crate::text::WordKind::Arabic
            && !function(cx, k)
            && !cx.lex.words[k].is_cue()
            && !breaks_phrase(gap(cx, k, k + 1))
            && !cx.doc.words[k].plain.starts_with("لل")
            && !cx.doc.words[k].plain.starts_with("بال")
    });
    if !plain {
        return None;
    }
    let range = cx.doc.words[a].start()..cx.doc.words[b - 1].end();
    Named::words_in(cx, range, false)
}

/// The unnamed source between عن at word `an` and قوله at word `i` written as an indefinite noun
/// with a place complement (عن موظف في البلدية قوله، عن فني من الشركة، تحدث شريطة ...، قوله، عن
/// مندوبين اثنين في «أوبك+» قولهما): the noun, the number two when it follows (a dual source),
/// في / من / لدى and one to four words (a quoted name among them keeps its marks), ending right
/// before `i` (the cue, or a relative clause of not naming) or at a comma that
/// opens an aside closed by a comma before the cue. Reason: what stands after عن before قوله is
/// the one the words come from, and an indefinite noun placed only by where it works is a source
/// left unnamed, whatever its noun (موظف، مساعد، دبلوماسي). Returns it as an anonymous speaker
/// (byte range of the phrase); `None` when the words are not so shaped.
fn unnamed_source_after_an(cx: &Context, an: usize, i: usize) -> Option<Named> {
    let a = an + 1;
    // A name quoted inside the place (في «أوبك+») does not end it.
    let quoted_name = |g: &str| {
        g.contains(['«', '»'])
            && g.chars()
                .all(|c| c.is_whitespace() || matches!(c, '«' | '»' | '+'))
    };
    let b = (a..i)
        .find(|&k| breaks_phrase(gap(cx, k, k + 1)) && !quoted_name(gap(cx, k, k + 1)))
        .map_or(i, |k| k + 1);
    if b < a + 3 || b - a > 6 || (b < i && !gap(cx, i - 1, i).contains(['،', ','])) {
        return None;
    }
    let head = &cx.doc.words[a];
    let indefinite = head.kind() == crate::text::WordKind::Arabic
        && !head.plain.starts_with("ال")
        && cx.lex.words[a].clitic == 0
        && !function(cx, a)
        && !cx.lex.words[a].is_cue();
    // The number two follows its noun (مندوبين اثنين، مصدرين اثنين) before the place.
    let two = matches!(
        cx.doc.words[a + 1].key.as_str(),
        "اثنين" | "اثنان" | "اثنتين" | "اثنتان"
    );
    let p = if two { a + 2 } else { a + 1 };
    if p + 1 >= b {
        return None;
    }
    let place = matches!(cx.doc.words[p].plain.as_str(), "في" | "من" | "لدى");
    let rest = (p + 1..b).all(|k| {
        cx.doc.words[k].kind() == crate::text::WordKind::Arabic
            && !function(cx, k)
            && !cx.lex.words[k].is_cue()
    });
    if !(indefinite && place && rest) {
        return None;
    }
    // A quoted name closing the place keeps its closing mark.
    let last = cx.doc.words[b - 1].end();
    let tail = gap(cx, b - 1, b);
    let end = match tail.find('»') {
        Some(x) if quoted_name(tail) => last + x + '»'.len_utf8(),
        _ => last,
    };
    let range = head.start()..end;
    Some(Named {
        text: cx.doc.source.get(range.clone())?.to_string(),
        name: None,
        range,
        anonymous: true,
        title_only: false,
    })
}

/// The speaker of قوله/قولها/قولهم at word `i` when the clause transmits words from someone with
/// عن (نقلت الوكالة عن الوزير فلان قوله، ونقل بيان للمنظمة عن ممثلها، الدكتور فلان، قوله): the
/// possessive pronoun of قوله refers to the one the words are transmitted from, named after عن
/// (at most twelve words back, same sentence), not to the subject of the verb. Returns the phrase
/// after عن when the reader names one, else the last person named between عن and the cue; `None`
/// when the cue is not such a word or no عن stands before it.
fn transmitted_from(cx: &Context, persons: &[Range<usize>], i: usize) -> Option<Named> {
    if cx.lex.words.get(i)?.phrase != 1
        || !matches!(bare_key(cx, i), "قوله" | "قولها" | "قولهم" | "قولهما")
    {
        return None;
    }
    let an = an_before_qawl(cx, i, i)?;
    // An عن inside an aside set off by commas right before the cue (تحدث شريطة عدم الكشف عن
    // هويته،) belongs to the aside; the عن of transmitting stands before the aside.
    let an = match aside_start(cx, persons, an, i) {
        Some(s) => an_before_qawl(cx, s, i).unwrap_or(an),
        None => an,
    };
    if an + 1 >= i {
        return None;
    }
    let end = not_naming_clause(cx, an + 1, i);
    match read_np(cx, persons, an + 1, end) {
        Some(n) if !n.title_only || n.anonymous => Some(n),
        np => {
            let Some(p) =
                person_before(cx, persons, cx.doc.words[an].end(), cx.doc.words[i].start())
            else {
                // No person: a post after عن is left to the paragraph's reading (its holder may
                // be named in it); a phrase the reader cannot read is the speaker itself.
                return match np {
                    Some(_) => None,
                    None => genitive_after_an(cx, an, end)
                        .or_else(|| unnamed_source_after_an(cx, an, end)),
                };
            };
            // With the given names the name detector left out (ليلى before الزمراني).
            let r = with_given_names(cx, &p.range);
            Some(Named {
                text: cx.doc.source.get(r.clone())?.to_string(),
                name: Some(r.clone()),
                range: r,
                ..p
            })
        }
    }
}

/// Where the source after عن ends among words `a..i`: at لم + a verb of not naming (لم تسمه،
/// لم يسمهما، لم تذكر), the relative clause that describes an unnamed source (عن مندوبين اثنين لم
/// تسمهما قولهما), else at word `i`. Reason: an indefinite noun takes a relative clause with no
/// relative pronoun, and that clause describes the source without being part of its name.
fn not_naming_clause(cx: &Context, a: usize, i: usize) -> usize {
    (a + 1..i)
        .find(|&k| {
            cx.doc.words[k].key == "لم"
                && k + 1 < i
                && crate::profile::lists::unnamed_verbs().contains(cx.doc.words[k + 1].key.as_str())
        })
        .unwrap_or(i)
}

/// The word index of the nearest عن before word `from`, in the sentence of the cue at word `i`
/// and at most `REACH` words before the cue, or of لسان in على لسان ("on the tongue of"), which
/// names whom the words are transmitted from as عن does (ونقلت الصحيفة على لسان مسؤول قوله); the
/// source starts at the word after it. `None` when a sentence end or a colon comes first.
fn an_before_qawl(cx: &Context, from: usize, i: usize) -> Option<usize> {
    const REACH: usize = 20;
    let mut k = from;
    loop {
        if k == 0 || i - k >= REACH || gap(cx, k - 1, k).contains(['.', '\n', '!', '?', '؟', ':'])
        {
            return None;
        }
        k -= 1;
        let plain = cx.doc.words[k].plain.as_str();
        if plain == "عن"
            || (plain == "لسان"
                && k > 0
                && matches!(cx.doc.words[k - 1].plain.as_str(), "على" | "علي")
                && !breaks_phrase(gap(cx, k - 1, k)))
        {
            return Some(k);
        }
    }
}

/// When word `an` stands inside a stretch set off by commas that ends right before the cue at
/// word `i` (عن فلان، تحدث شريطة عدم الكشف عن هويته، قوله) and that stretch is no apposition,
/// returns its first word index: an apposition renaming the source opens with a title or a name
/// (عن ممثلها، الدكتور فلان، قوله), anything else set off there is a clause describing the source,
/// so an عن inside it is no part of the transmitting phrase. `None` otherwise.
fn aside_start(cx: &Context, persons: &[Range<usize>], an: usize, i: usize) -> Option<usize> {
    let comma = |k: usize| gap(cx, k - 1, k).contains(['،', ',']);
    if an == 0 || !comma(i) {
        return None;
    }
    let s = (1..=an).rev().find(|&k| comma(k))?;
    let w = cx.lex.words.get(s)?;
    let start = cx.doc.words.get(s)?.start();
    let named = w.title > 0 || w.given > 0 || persons.iter().any(|p| p.contains(&start));
    (s < an && !named && !cx.doc.words[s].plain.starts_with("ال")).then_some(s)
}

/// The attribution at byte range `cue` of the speaker `found` with the step that found it; when
/// `found` is `None` (unclear), the step `unclear` that gave up on it.
fn attribution(cue: Range<usize>, found: Option<(Named, Via)>, unclear: Via) -> Attribution {
    match found {
        Some((n, via)) => Attribution::of(cue, Some(n), via),
        None => Attribution::of(cue, None, unclear),
    }
}

/// What the subjectless cue at word `i` (read as [`Read::Pronoun`]) takes from its own sentence
/// before any earlier turn: the person a description with an age points back to
/// ([`age_description::described_person`]), the subject of the verb it shares its subject with
/// ([`subjects::shared_subject`], [`subjects::opening_subject`]), else the subject fronted before it
/// ([`subjects::fronted_title_subject`], [`Read::Unclear`] when the reader cannot read that
/// one). `None` when its sentence gives it no subject, and the turn continues.
fn own_sentence_subject(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Read> {
    if let Some(r) = age_description::described_person(cx, persons, quotes, i) {
        return Some(r);
    }
    if let Some(n) = subjects::shared_subject(cx, persons, quotes, i)
        .or_else(|| subjects::opening_subject(cx, persons, quotes, i))
        .or_else(|| post_apposition::post_apposition_subject(cx, persons, quotes, i))
    {
        return Some(Read::Named(n));
    }
    subjects::fronted_title_subject(cx, persons, i).map(|f| f.map_or(Read::Unclear, Read::Named))
}

/// True when the text `g` between two words holds a sentence end: . ! ? ؟ or a line break.
/// Read byte by byte (this runs for most gaps of a story at every keystroke): the ASCII marks
/// are single bytes, and ؟ (U+061F) is the pair D8 9F, a 9F byte after D8 being that character
/// and no other.
fn ends_sentence(g: &str) -> bool {
    let b = g.as_bytes();
    b.iter().enumerate().any(|(k, &c)| {
        matches!(c, b'.' | b'\n' | b'!' | b'?') || (c == 0x9F && k > 0 && b[k - 1] == 0xD8)
    })
}

/// The word index of the first word of the sentence holding word `i`: the first word after a
/// sentence end (. ! ? ؟ or a line break) before it, or word 0. Found by searching the masked
/// text backwards for the last sentence-end byte before the word ([`last_sentence_end`]) and
/// passing over those inside a word (the . of 3.5) and the dot of a one-letter title
/// (`speaker::dotted_title`: د. فلان, whose dot abbreviates الدكتور before a name and ends no
/// sentence, as `sentence.rs` reads it too), rather than gap by gap: the first word after the
/// last gap holding a sentence end. Test builds check it against the walk over the gaps.
fn sentence_start(cx: &Context, i: usize) -> usize {
    let words = &cx.doc.words;
    let k = i.min(words.len().saturating_sub(1));
    let prose = cx.doc.prose().as_bytes();
    let mut to = words.get(k).map_or(0, |w| w.start());
    let s = loop {
        let Some(b) = prose.get(..to).and_then(last_sentence_end) else {
            break 0;
        };
        // The words starting at or before byte `b`; `b` lies before word `k`, so `j <= k`.
        let j = words.partition_point(|w| w.start() <= b);
        match j.checked_sub(1) {
            // Before the first word: no gap holds a sentence end.
            None => break 0,
            // The dot of a one-letter title (د. فلان): the gaps before it are searched.
            Some(p) if words[p].end() <= b && dotted_title(cx, p) => to = words[p].start(),
            // In the gap between words `j - 1` and `j`.
            Some(p) if words[p].end() <= b => break j,
            // Inside word `j - 1`: the gaps before it are searched.
            Some(p) => to = words[p].start(),
        }
    };
    debug_assert_eq!(s, {
        let mut k = k;
        while k > 0 && (!ends_sentence(gap(cx, k - 1, k)) || dotted_title(cx, k - 1)) {
            k -= 1;
        }
        k
    });
    s
}

/// The index of the last byte of `b` that ends a sentence as [`ends_sentence`] reads a gap: . !
/// ? or a line break, or the 9F byte of ؟ (the pair D8 9F); `None` when there is none.
fn last_sentence_end(b: &[u8]) -> Option<usize> {
    let ascii = memchr::memrchr3(b'.', b'\n', b'!', b);
    // A ? or ؟ after the last ASCII mark is searched for from the end back to that mark only;
    // a 9F byte not after D8 is another character's, passed over (searched before it).
    let from = ascii.map_or(0, |a| a + 1);
    let mut end = b.len();
    while let Some(q) = b
        .get(from..end)
        .and_then(|r| memchr::memrchr2(b'?', 0x9F, r))
        .map(|q| q + from)
    {
        if b[q] == b'?' || (q > 0 && b[q - 1] == 0xD8) {
            return Some(q);
        }
        end = q;
    }
    ascii
}

/// True when the person mention `p` (bytes) stands where a subject does in the sentence starting
/// at word `s` whose cue is word `i`: right before the cue with no punctuation between (a subject
/// fronted before its verb), after a complementizer (أن، بأن، إنه) at most six words back with no
/// reporting verb between (the subject of the reported clause), or within six words of a post
/// that opens the sentence (a fronted subject introduced by its post).
fn subject_place(cx: &Context, s: usize, i: usize, p: &Range<usize>) -> bool {
    let a = cx.doc.word_index_at(p.start);
    let b = cx.doc.words.partition_point(|w| w.end() <= p.end);
    if a == 0 || b == 0 || a < s {
        return false;
    }
    if b == i && !breaks_phrase(gap(cx, b - 1, i)) {
        return true;
    }
    if cx.lex.words[s].title > 0 && a - s <= 6 && (s..a).all(|j| !cx.lex.words[j].is_cue()) {
        return true;
    }
    (a.saturating_sub(6).max(s)..a)
        .rev()
        .take_while(|&j| !cx.lex.words[j].is_cue() || complementizer(cx, j))
        .any(|j| complementizer(cx, j))
}

/// Where a quotation sits in its paragraph: byte offsets of its paragraph, its sentence and the
/// sentence before it, and the word indexes the search for its cue starts and stops at.
struct Place {
    /// Byte range (half-open) of the paragraph.
    para: Range<usize>,
    /// Byte offset where the quotation's sentence starts.
    sent_start: usize,
    /// Byte offset where the quotation's sentence ends (its break, or the paragraph's end).
    sent_end: usize,
    /// Byte offset where the sentence before starts (the paragraph's start when there is none).
    prev_start: usize,
    /// Word indexes at the sentence's start, the opening mark, the closing mark and the sentence's end.
    w_sent: usize,
    w_open: usize,
    w_close: usize,
    w_end: usize,
}

impl Place {
    /// The place of quotation `q` in paragraph `para` (bytes), whose sentence breaks (byte offsets,
    /// sorted) are `breaks`.
    fn of(cx: &Context, para: Range<usize>, breaks: &[usize], q: &Quote) -> Place {
        let sent_start = breaks
            .iter()
            .rev()
            .find(|&&b| b < q.range.start)
            .map_or(para.start, |b| b + 1);
        let sent_end = breaks
            .iter()
            .find(|&&b| b >= q.range.end)
            .map_or(para.end, |b| *b);
        let prev_start = breaks
            .iter()
            .rev()
            .find(|&&b| b < sent_start.saturating_sub(1))
            .map_or(para.start, |b| b + 1);
        Place {
            sent_start,
            sent_end,
            prev_start,
            w_sent: cx.doc.word_index_at(sent_start),
            w_open: cx.doc.word_index_at(q.range.start),
            w_close: cx.doc.word_index_at(q.range.end),
            w_end: cx.doc.word_index_at(sent_end),
            para,
        }
    }
}

/// What one paragraph's quotations share: the paragraph's index, its sentence breaks (byte
/// offsets) and the cue of the paragraph before when that one ends with a cue and a colon.
struct ParaState {
    pi: usize,
    breaks: Vec<usize>,
    colon_cue: Option<(usize, Range<usize>)>,
}

/// The reader of one document's attributions: the document, its people (byte ranges, sorted),
/// its reporting clauses and its quotations as paired (before any attribution).
struct Attributor<'x, 'd, 'a> {
    cx: &'x Context<'d, 'a>,
    persons: &'x [Range<usize>],
    clauses: &'x Clauses,
    quotes: &'x [Quote],
    /// The paragraph each speaker was last given a quotation in.
    turns: Turns,
}

impl Attributor<'_, '_, '_> {
    /// The attribution the cue at word `i` (bytes `cue`) gives, reading its clause up to word
    /// `limit`; `para_start` is the byte offset of the quotation's paragraph. The speaker is
    /// `None` (unclear) when the clause names none and the turn cannot be continued.
    /// Long: one ordered chain of the tests a cue's clause goes through (its own subject, a
    /// fronted phrase, a contrastive subject, continuity); the order decides which test wins,
    /// and splitting it would hide that order across functions.
    fn resolve(&self, para_start: usize, i: usize, cue: Range<usize>, limit: usize) -> Attribution {
        let (cx, persons, clauses) = (self.cx, self.persons, self.clauses);
        let t = &cx.lex.words[i];
        let turns = &self.turns;
        // The step of a speaker read at this cue: the source of a phrase of sourcing, else the
        // subject after or before the verb.
        let source =
            t.phrase > 0 && phrase_kind(cx, i, usize::from(t.phrase)) == PhraseKind::Source;
        let at = |n: &Named| {
            if source && n.range.start >= cue.start {
                Via::Source
            } else {
                Via::at_cue(Some(&n.range), cue.start)
            }
        };
        // A pronoun in the phrase (ونقلت عنه قوله) points back at the person named last, unless
        // the phrase is fronted before a clause that names its speaker (في حديثه، قال فلان).
        if t.phrase > 0
            && phrase_kind(cx, i, usize::from(t.phrase)) == PhraseKind::Pronoun
            && let Some((j, n)) = self.main_clause_subject(i)
        {
            let main = Read::Named(n);
            let found = speaker_of(cx, persons, clauses, turns, &main, j, Via::MainClause);
            return attribution(cue, found, Via::MainClause);
        }
        if t.phrase > 0 && phrase_kind(cx, i, usize::from(t.phrase)) == PhraseKind::Pronoun {
            let sp = person_before(cx, persons, para_start, cue.start)
                .map(|n| (n, Via::PronounPhrase))
                .or_else(|| {
                    speaker_of(
                        cx,
                        persons,
                        clauses,
                        turns,
                        &Read::Pronoun,
                        i,
                        Via::NoSubject,
                    )
                });
            return attribution(cue, sp, Via::NoSubject);
        }
        if let Some(n) = transmitted_from(cx, persons, i) {
            let found = speaker_of(cx, persons, clauses, turns, &Read::Named(n), i, Via::Source);
            return attribution(cue, found, Via::Source);
        }
        let mut read = before_cue_cut(
            cx,
            persons,
            read_clause(cx, persons, self.quotes, i, limit),
            i,
        );
        let mut via = match &read {
            Read::Named(n) => at(n),
            Read::Pronoun => Via::NoSubject,
            Read::Unclear => Via::at_cue(None, cue.start),
        };
        if let Read::Named(n) = &read
            && masculine_verb_feminine_noun(cx, persons, i, n)
        {
            // Nothing after the verb can be its subject (يقول: «...»): its subject is a pronoun,
            // which refers back to the speaker in focus when that speaker is a man, the gender
            // the verb shows; else who spoke cannot be told.
            let carried = subject_not_after(cx, i)
                .then(|| clauses.continuing(cx, i))
                .flatten()
                .filter(|(c, n)| named_gender(cx, *c, n) == Some(Gender::Masculine))
                .is_some();
            if !carried {
                return attribution(cue, None, via);
            }
            read = Read::Pronoun;
            via = Via::NoSubject;
        }
        if read == Read::Pronoun
            && let Some(n) = subject_after_complement(cx, persons, i, limit)
        {
            via = at(&n);
            read = Read::Named(n);
        }
        if read == Read::Pronoun {
            match own_sentence_subject(cx, persons, self.quotes, i) {
                Some(Read::Unclear) => return attribution(cue, None, Via::SharedSubject),
                Some(r) => (read, via) = (r, Via::SharedSubject),
                None => {}
            }
        }
        if read == Read::Pronoun
            && let Some((j, n)) = self.main_clause_subject(i)
        {
            let main = Read::Named(n);
            let found = speaker_of(cx, persons, clauses, turns, &main, j, Via::MainClause);
            return attribution(cue, found, Via::MainClause);
        }
        if read == Read::Pronoun
            && let Some(n) = agreement::titled_antecedent(cx, persons, i)
                .or_else(|| agreement::named_antecedent(cx, persons, i))
        {
            (read, via) = (Read::Named(n), Via::Antecedent);
        }
        if read == Read::Pronoun
            && (relative_with_other_subject(cx, i)
                || agreement::relative_subject_elsewhere(
                    cx,
                    persons,
                    i,
                    clauses.continuing(cx, i).map(|c| c.1),
                )
                || turn_shift(cx, i)
                || unread_source(cx, i))
        {
            return attribution(cue, None, via);
        }
        if read == Read::Pronoun
            && let Some(n) = contrast_person(cx, persons, self.quotes, i)
        {
            (read, via) = (Read::Named(n), Via::Contrast);
        }
        if read == Read::Pronoun
            && let Some(k) = contrast_subject(cx, i)
            && !self.spoke_in_sentence(k, i)
        {
            return attribution(cue, None, via);
        }
        if read == Read::Pronoun && describes_noun_before(cx, persons, i) {
            return attribution(cue, None, via);
        }
        if read == Read::Pronoun && (self.other_subject_between(i) || self.body_opens_sentence(i)) {
            return attribution(cue, None, via);
        }
        if read == Read::Pronoun
            && let Some(a) = self.introduced(i, &cue)
        {
            return a;
        }
        // A source phrase after a verb with a named subject in the same sentence leaves the
        // speaker to the verb (أضاف اللواء مملوك وفق «فارس»: ...).
        if t.phrase > 0
            && (outlet_phrase(cx, i) || relay_aside(cx, i))
            && let Some(v) = verb_before_in_sentence(cx, i)
            && let Read::Named(n) = read_cue(cx, persons, v, i)
        {
            via = Via::at_cue(Some(&n.range), cx.doc.words[v].start());
            read = Read::Named(n);
        }
        attribution(
            cue,
            speaker_of(cx, persons, clauses, turns, &read, i, via),
            via,
        )
    }

    /// True when the speaker the subjectless cue at word `i` would continue was named, in the
    /// cue's own sentence, by a phrase that starts at word `k` (لكن رئيس الاتحاد، فلان، وصف ...،
    /// وقال): the subject after a contrastive particle spoke through an earlier verb of the
    /// sentence, and a verb joined to that one shares its subject, so the turn goes on with it.
    fn spoke_in_sentence(&self, k: usize, i: usize) -> bool {
        let cx = self.cx;
        let (Some(w), Some((c, n))) = (cx.doc.words.get(k), self.clauses.continuing(cx, i)) else {
            return false;
        };
        n.range.start == w.start() && c >= sentence_start(cx, i)
    }

    /// The attribution the subjectless cue at word `i` (bytes `cue`) takes from a person
    /// introduced with وهو/وهي since the speaker the turn would continue with
    /// ([`introduced::introduced_person`]): that person ([`Via::Introduced`]), or unclear when two
    /// agree with the cue; `None` when no such person stands between.
    fn introduced(&self, i: usize, cue: &Range<usize>) -> Option<Attribution> {
        let (cx, persons, clauses) = (self.cx, self.persons, self.clauses);
        let last = clauses.continuing(cx, i).map(|c| c.1);
        let found = introduced::introduced_person(cx, persons, self.quotes, last, i)?;
        let found = found.map(|n| resolved(cx, persons, clauses, n, i, Via::Introduced));
        Some(attribution(cue.clone(), found, Via::NoSubject))
    }

    /// True when a person other than the speaker the turn would continue with is named in subject
    /// place in the sentence of the subjectless cue at word `i` (a verb, not a circumstantial
    /// participle), after that speaker: after a complementizer (وأفاد فلان بأن مدير مكتبه، فلان،
    /// كان على علم وقال له), right before the cue (وكان ... الوزير فلان أعلن), or after a post that
    /// opens the sentence (ووزير الثقافة، فلان، الذي ...، قال). A pronoun subject refers back to the
    /// most salient person, and a person just introduced as a subject is as salient as the one
    /// whose turn it was, so the speaker cannot be told. A person named inside a quotation, or one
    /// sharing a word with the speaker (the same person named again), does not count.
    fn other_subject_between(&self, i: usize) -> bool {
        let cx = self.cx;
        if cx.lex.words.get(i).is_none_or(|t| t.participle()) {
            return false;
        }
        let Some((_, n)) = self.clauses.continuing(cx, i) else {
            return false;
        };
        let Some(w) = cx.doc.words.get(i) else {
            return false;
        };
        let s = sentence_start(cx, i);
        let from = n.range.end.max(cx.doc.words[s].start());
        let keys: Vec<&str> = cx
            .doc
            .words_in(n.range.clone())
            .iter()
            .map(|w| w.key.as_str())
            .collect();
        let k = self.persons.partition_point(|p| p.start < from);
        self.persons[k..]
            .iter()
            .take_while(|p| p.end <= w.start())
            .any(|p| {
                subject_place(cx, s, i, p)
                    && looks_like_name(cx, self.persons, p)
                    && !inside_quote(self.quotes, p.start, p.end)
                    && !cx
                        .doc
                        .words_in(p.clone())
                        .iter()
                        .any(|pw| keys.contains(&pw.key.as_str()))
            })
    }

    /// True when the sentence of the subjectless cue at word `i` opens with another verb whose
    /// subject, right after it, is a body, a post or a person (وأمر العبادي ... قائلاً، ويدرس مجلس الأمن قراراً ... يطالب، ونعت رابطة
    /// الأدباء في بيان ...) that shares no word with the speaker the turn would continue with. A
    /// pronoun subject later in a sentence refers most readily to that sentence's own subject, so
    /// the earlier speaker cannot be told to be the one meant. (A body with no name does not take
    /// the turn either, see [`topic_subject`]: the noun may be something that does not speak.)
    fn body_opens_sentence(&self, i: usize) -> bool {
        let cx = self.cx;
        let s = sentence_start(cx, i);
        // After one or two particles (وقد، ولم) the verb still opens the sentence.
        let v = (s..(s + 3).min(i)).find(|&k| !function(cx, k)).unwrap_or(i);
        if v + 1 >= i || i >= cx.doc.words.len() {
            return false;
        }
        let (t, w, next) = (&cx.lex.words[v], &cx.doc.words[v], &cx.lex.words[v + 1]);
        let verb_like = w.kind() == crate::text::WordKind::Arabic
            && w.plain.chars().count() >= 3
            && !t.is_cue()
            && !complementizer(cx, v)
            && !adverb(cx, v)
            && t.title == 0
            && t.place == 0
            && t.given == 0
            && t.agency().is_none()
            && !t.org_noun()
            && !bare_key(cx, v).starts_with("ال")
            && !in_person(cx, self.persons, v)
            && !breaks_phrase(gap(cx, v, v + 1));
        let body = (next.org_noun()
            || next.agency().is_some()
            || next.title > 0
            || starts_person(cx, self.persons, v + 1))
            && !prepositional(cx, self.persons, v + 1);
        // No other cue between: the sentence's reporting clause is the one at `i`.
        if !verb_like || !body || (v + 1..i).any(|k| cx.lex.words[k].is_cue()) {
            return false;
        }
        let Some((_, n)) = self.clauses.continuing(cx, i) else {
            return false;
        };
        // Keys without the article: وزير الخارجية and الوزير name the same post.
        let bare = |k: &str| k.strip_prefix("ال").unwrap_or(k).to_string();
        let keys: Vec<String> = cx
            .doc
            .words_in(n.range.clone())
            .iter()
            .map(|w| bare(w.key.as_str()))
            .collect();
        let subject_end = (v + 4).min(i);
        !(v + 1..subject_end).any(|k| keys.contains(&bare(cx.doc.words[k].key.as_str())))
    }

    /// The speaker of the main clause when the subjectless cue at word `i` stands in a phrase
    /// fronted before it (في حديثه عما وصفه بـ«...»، قال فلان إن ...): the sentence opens with a
    /// preposition and a noun carrying a pronoun (في حديثه، خلال كلمته، وفي تصريحاته), and right
    /// after the phrase's comma a reporting verb names its speaker. A fronted phrase belongs to
    /// the clause that follows it, so its pronouns point forward to that clause's subject, not
    /// back to the last speaker. Returns the word index of the main verb and its speaker; `None`
    /// when the sentence has not that shape.
    fn main_clause_subject(&self, i: usize) -> Option<(usize, Named)> {
        let cx = self.cx;
        let n = cx.doc.words.len();
        let s = sentence_start(cx, i);
        // The cue is the fronted phrase itself (في حديثه) or stands inside it (ما وصفه).
        if s + 1 >= n || i < s {
            return None;
        }
        let fronted = matches!(
            bare_key(cx, s),
            "في" | "خلال" | "اثناء" | "لدى" | "ولدى" | "وفي" | "وخلال" | "واثناء"
        ) && {
            let k = cx.doc.words[s + 1].key.as_str();
            k.ends_with('ه') || k.ends_with("ها") || k.ends_with("هم")
        };
        if !fronted || (s < i && cx.lex.words[s].is_cue()) {
            return None;
        }
        // The first comma after the cue outside quotations, within the sentence.
        let mut k = i + 1;
        while k < n && k <= i + 40 {
            let g = gap(cx, k - 1, k);
            if g.contains(['.', '\n', '!', '?', '؟', ':']) {
                return None;
            }
            let w = &cx.doc.words[k];
            if !inside_quote(self.quotes, w.start(), w.end()) && g.contains(['،', ',']) {
                if !cx.lex.words[k].verb() || covered(cx, k) {
                    return None;
                }
                let end = (k + 1..n)
                    .find(|&e| ends_sentence(gap(cx, e - 1, e)))
                    .unwrap_or(n);
                return match read_cue(cx, self.persons, k, end) {
                    Read::Named(np) if !np.anonymous => Some((k, np)),
                    _ => None,
                };
            }
            if cx.lex.words[k].is_cue() && !inside_quote(self.quotes, w.start(), w.end()) {
                return None;
            }
            k += 1;
        }
        None
    }

    /// The attribution of quotation `q` by a clause of its own sentence: the nearest cue before
    /// it (in «ذكرت وكالة ... ونقلت عنه قوله: «...»» the cue is عنه قوله, not ذكرت), else a cue
    /// right after its closing mark («...»، قال فلان / هذا ما قاله فلان), else one inside it
    /// between commas.
    fn own_sentence(&self, q: &Quote, p: &Place) -> Option<Attribution> {
        let cx = self.cx;
        if let Some((i, cue)) = last_cue(cx, p.w_sent, p.w_open, self.quotes) {
            let own = self.resolve(p.para.start, i, cue, p.w_open);
            return Some(self.closing_source(q, p, own));
        }
        if !q.closed {
            return None;
        }
        if let Some((i, cue)) = find_cue(cx, p.w_close, p.w_end, self.quotes) {
            let own = self.resolve(p.para.start, i, cue, p.w_end);
            return Some(self.closing_source(q, p, own));
        }
        inside_attribution(cx, self.persons, q)
            .map(|(cue, n)| Attribution::of(cue, Some(n), Via::Inside))
    }

    /// The attribution of quotation `q` (at place `p`) given `own`, the one its own cue gave:
    /// the source of a phrase of sourcing closing its sentence when `own` names nobody at its cue
    /// and the phrase may take over ([`sentence_source::takes_over`]), else `own`.
    fn closing_source(&self, q: &Quote, p: &Place, own: Attribution) -> Attribution {
        if !q.closed || !sentence_source::open_to_source(&own) {
            return own;
        }
        let Some(c) = sentence_source::closing_source(self.cx, self.quotes, p.w_close, p.w_end)
        else {
            return own;
        };
        if c.cue.start < own.cue.end {
            return own;
        }
        let found = self.resolve(p.para.start, c.cue_word, c.cue.clone(), p.w_end);
        if sentence_source::takes_over(self.cx, &own, &found, &c) {
            Attribution {
                via: Via::SentenceSource,
                cue: c.cue,
                ..found
            }
        } else {
            own
        }
    }

    /// The attribution of quotation `q` by a clause around its sentence: the next sentence when
    /// `q` stands alone and that sentence points back at it (هكذا لخص فلان ...), the sentence just
    /// before in the same paragraph, or the paragraph before when it ends with a cue and a colon.
    fn nearby(&self, q: &Quote, p: &Place, st: &ParaState) -> Option<Attribution> {
        let (cx, breaks) = (self.cx, &st.breaks[..]);
        if q.closed
            && alone_in_sentence(cx, p.sent_start, p.sent_end, q)
            && let Some((i, cue)) =
                pointing_back_cue(cx, p.sent_end, p.para.end, breaks, self.quotes)
        {
            let next_end = breaks
                .iter()
                .find(|&&b| b > p.sent_end)
                .map_or(p.para.end, |b| *b);
            return Some(self.resolve(p.para.start, i, cue, cx.doc.word_index_at(next_end)));
        }
        if p.sent_start > p.para.start
            && let Some((i, cue)) = find_cue(
                cx,
                cx.doc.word_index_at(p.prev_start),
                p.w_sent,
                self.quotes,
            )
            && !belief_verb(cx, i)
        {
            return Some(self.resolve(p.para.start, i, cue, p.w_sent));
        }
        if p.sent_start == p.para.start
            && let Some((i, cue)) = st.colon_cue.clone()
        {
            return Some(self.resolve(p.para.start, i, cue, cx.doc.word_index_at(p.para.start)));
        }
        None
    }
}

/// True when word `i` is a verb of belief or fear (اعتقد، ظن، خشي, in the perfect or the
/// imperfect, with و/ف: ويخشى، يعتقدون، ظنت). Reason: these verbs report what their subject thinks
/// or fears, a thought with its content in its own أن clause, not words spoken (ويخشى مختصون أن
/// ...), so a quotation in the next sentence is not theirs: DESIGN.md asks for a reporting clause
/// before it. Verbs from the stance list (`stance_verbs.txt`) that name no speech act.
fn belief_verb(cx: &Context, i: usize) -> bool {
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    let key = w.key.as_str();
    let bare = key
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 2);
    [Some(key), bare].into_iter().flatten().any(|k| {
        // The person prefix of the imperfect, then the endings of person and number.
        let stem = k.strip_prefix(['ي', 'ت', 'ن']).unwrap_or(k);
        let stems = [k, stem];
        stems.iter().any(|s| {
            let s = ["ون", "ين", "ان", "وا", "تا", "ت", "ا"]
                .iter()
                .find_map(|e| s.strip_suffix(e).filter(|r| r.chars().count() >= 2))
                .unwrap_or(s);
            matches!(s, "خشي" | "خش" | "اعتقد" | "عتقد" | "ظن")
        })
    })
}

/// The attribution quotation `qi` of `quotes` takes from the one before it when only punctuation
/// stands between them («...».. «...»): a quotation following an attributed one continues the
/// same turn. `None` otherwise.
fn after_punctuation(cx: &Context, quotes: &[Quote], qi: usize) -> Option<Attribution> {
    let (p, q) = (quotes.get(qi.checked_sub(1)?)?, quotes.get(qi)?);
    let between = cx
        .doc
        .prose()
        .get(p.range.end..q.range.start)
        .unwrap_or("x");
    let only_marks = between.chars().all(|c| {
        matches!(c, '.' | '،' | ',' | '؛' | ';' | '…') || (c.is_whitespace() && c != '\n')
    });
    (p.attribution.is_some() && p.speech && p.range.end <= q.range.start && only_marks)
        .then(|| p.attribution.clone())
        .flatten()
        .map(|a| Attribution {
            via: Via::AfterQuote,
            ..a
        })
}

/// The attribution quotation `qi` of `quotes` (starting at byte `sent_start`'s sentence) takes
/// from an earlier one: a continuation of a quotation left open in the previous paragraph takes
/// its speaker (unclear when none), and a quotation right after an attributed one in the same
/// sentence (و«...») shares its speaker. `None` otherwise.
fn carried_over(quotes: &[Quote], qi: usize, sent_start: usize) -> Option<Attribution> {
    let q = quotes.get(qi)?;
    if q.continuation {
        return Some(
            quotes[..qi]
                .iter()
                .rev()
                .find(|p| p.continues)
                .and_then(|p| p.attribution.clone())
                .map_or(
                    Attribution {
                        cue: q.range.start..q.range.start,
                        speaker: None,
                        anonymous: false,
                        person: None,
                        via: Via::OpenQuote,
                    },
                    |a| Attribution {
                        via: Via::OpenQuote,
                        ..a
                    },
                ),
        );
    }
    let p = quotes.get(qi.checked_sub(1)?)?;
    (p.attribution.is_some() && p.range.end >= sent_start && p.range.end <= q.range.start)
        .then(|| p.attribution.clone())
        .flatten()
        .map(|a| Attribution {
            via: Via::AfterQuote,
            ..a
        })
}

/// Attributes every quotation of `quotes` (sorted by opening mark): finds its reporting clause
/// (before it in its sentence, right after it, inside it, in the sentence before, or a paragraph
/// ending with a cue and a colon), reads the speaker, and falls back on speaker continuity.
/// `persons`: byte ranges (sorted) of the people the name detector found.
/// An open draft's quotations before the edit whose record still holds (`memo::AttrRecord`)
/// take the last version's attribution instead (test builds attribute them again and check).
pub(super) fn attribute(cx: &Context, quotes: &mut [Quote], persons: &[Range<usize>]) {
    let snapshot: Vec<Quote> = quotes.to_vec();
    let clauses = Clauses::new(cx, persons, &snapshot);
    let memo = cx.cue_reads_of(persons).filter(|m| m.keeping());
    let kept = memo.and_then(|m| m.kept_attributions(cx, &snapshot, clauses.story(cx)));
    let reader = Attributor {
        cx,
        persons,
        clauses: &clauses,
        quotes: &snapshot,
        turns: Turns::default(),
    };
    let mut state: Option<ParaState> = None;
    // What this pass gives each quotation (noted for the next version), whether every one so
    // far got what the last version's pass gave it, and how many were taken from it.
    let mut given: Vec<Option<Attribution>> = Vec::new();
    let mut same = true;
    let mut reused = 0;
    for qi in 0..quotes.len() {
        let q = &snapshot[qi];
        let Some(pi) = cx.doc.paragraph_of(q.range.start) else {
            if memo.is_some() {
                given.push(quotes[qi].attribution.clone());
            }
            same = same
                && kept
                    .as_ref()
                    .is_some_and(|k| k.gave(qi, &quotes[qi].attribution));
            continue;
        };
        let last = kept.as_ref().filter(|_| same).and_then(|k| k.get(qi));
        let found = match last {
            Some(a) => {
                if cfg!(debug_assertions) {
                    let fresh = attribution_of(&reader, quotes, qi, pi, &mut state);
                    assert_eq!(&fresh, a, "quotation {qi}'s kept attribution differs");
                }
                reused += 1;
                a.clone()
            }
            None => attribution_of(&reader, quotes, qi, pi, &mut state),
        };
        same = same && kept.as_ref().is_some_and(|k| k.gave(qi, &found));
        if let Some((r, _)) = found.as_ref().and_then(|a| a.speaker.as_ref()) {
            reader.turns.note(r.start, pi);
        }
        if memo.is_some() {
            given.push(found.clone());
        }
        quotes[qi].attribution = found;
    }
    if let Some(m) = memo {
        m.count_kept_attributions(reused);
        let story = clauses.into_story(cx);
        m.note_attributions(super::memo::AttrRecord::new(cx, &snapshot, given, story));
    }
    post_holder::holders_named_next(cx, quotes, persons);
    restated_post::holders_restated(cx, quotes, persons);
    subjects::repeated_quotations(cx, quotes);
}

/// The attribution `reader` gives quotation `qi` of `quotes` (those before it attributed), in
/// paragraph `pi`, with `state` the shared facts of the paragraph of the last quotation read
/// (renewed when `pi` is another).
fn attribution_of(
    reader: &Attributor,
    quotes: &[Quote],
    qi: usize,
    pi: usize,
    state: &mut Option<ParaState>,
) -> Option<Attribution> {
    let (cx, snapshot, clauses) = (reader.cx, reader.quotes, reader.clauses);
    let q = &snapshot[qi];
    let para = cx.doc.paragraphs[pi].clone();
    if state.as_ref().is_none_or(|s| s.pi != pi) {
        *state = Some(ParaState {
            pi,
            breaks: sentence_breaks(cx, &para, snapshot),
            colon_cue: pi
                .checked_sub(1)
                .and_then(|b| para_colon_cue(cx, b, snapshot)),
        });
    }
    let st = state.as_ref()?;
    let place = Place::of(cx, para, &st.breaks, q);
    let found = reader
        .own_sentence(q, &place)
        .or_else(|| after_punctuation(cx, quotes, qi))
        .or_else(|| reader.nearby(q, &place, st))
        .or_else(|| carried_over(quotes, qi, place.sent_start))
        .or_else(|| speech_paragraph(cx, clauses, quotes, qi, pi))
        .or_else(|| list_item(cx, quotes, qi));
    found.map(|a| without_content_speaker(cx, a))
}

/// Attribution `a` with its speaker made unclear (speaker and person `None`, still attributed)
/// when the speaker's first word is فإن ([`answering_inna`]): فإن opens the content that answers
/// a fronted phrase (ووفق ما صرح به فلان، فإن بلاده «...»), so words from it on are what was said,
/// never who said it, and whichever step read them, the reader could not tell the speaker.
fn without_content_speaker(cx: &Context, mut a: Attribution) -> Attribution {
    let first = a
        .speaker
        .as_ref()
        .map(|(r, _)| cx.doc.word_index_containing(r.start));
    if first.is_some_and(|k| answering_inna(cx, k)) {
        a.speaker = None;
        a.person = None;
        a.anonymous = false;
    }
    a
}

/// The attribution quotation `qi` of `quotes` (in paragraph `pi`) takes when it is a paragraph
/// of its own between two paragraphs of one speech: the paragraph before ends with an attributed
/// quotation of speech opened by a colon, and the paragraph after opens with a cue that has no subject of its own
/// (وأضاف، وتابع). News copy sets a long statement out paragraph by paragraph, and a cue with no
/// subject right after continues the speaker before it, so the paragraph between is that same
/// speaker's. `None` otherwise (the quotation stays unattributed).
fn speech_paragraph(
    cx: &Context,
    clauses: &Clauses,
    quotes: &[Quote],
    qi: usize,
    pi: usize,
) -> Option<Attribution> {
    let (p, q) = (quotes.get(qi.checked_sub(1)?)?, quotes.get(qi)?);
    let prose = cx.doc.prose();
    let only_marks = |r: Range<usize>| {
        prose
            .get(r)
            .is_some_and(|t| t.chars().all(|c| !c.is_alphanumeric()))
    };
    let para = cx.doc.paragraphs.get(pi)?;
    let before = cx.doc.paragraphs.get(pi.checked_sub(1)?)?;
    let after = cx.doc.paragraphs.get(pi + 1)?;
    let alone = q.closed
        && q.speech
        && only_marks(para.start..q.range.start)
        && only_marks(q.range.end..para.end);
    // The quotation before is direct speech opened by a colon (قال فلان: «...»), the way a
    // statement set out paragraph by paragraph begins; one after أن reports a clause, and does
    // not run on into the next paragraph.
    let colon = prose
        .get(before.start..p.range.start)
        .is_some_and(|t| t.trim_end().ends_with(':'));
    let ends_before = p.speech
        && colon
        && p.range.end <= before.end
        && p.range.start >= before.start
        && only_marks(p.range.end..before.end);
    let speaker = p.attribution.as_ref().filter(|a| a.speaker.is_some())?;
    // The first or second word of the next paragraph is a cue the reader found no subject for,
    // and that cue continues this speaker: a pronoun subject agrees with the person it refers
    // to, so a feminine cue (وقالت) after a man's words starts someone else's turn, whose name
    // the reader could not read ([`Clauses::continuing`] refuses a speaker of the other gender).
    let first = cx.doc.word_index_at(after.start);
    let same = |n: &Named| {
        let overlaps = |r: &Range<usize>| n.range.start < r.end && r.start < n.range.end;
        speaker.speaker.as_ref().is_some_and(|(r, _)| overlaps(r))
            || speaker
                .person
                .as_ref()
                .is_some_and(|x| n.range.start <= x.start && x.end <= n.range.end)
    };
    let continued = (first..(first + 2).min(cx.doc.words.len()))
        .take_while(|&k| cx.doc.words[k].start() < after.end)
        .any(|k| {
            let c = clauses.reads.partition_point(|(w, _)| *w < k);
            clauses
                .reads
                .get(c)
                .is_some_and(|(w, r)| *w == k && *r == Read::Pronoun)
                && clauses.continuing(cx, k).is_some_and(|(_, n)| same(n))
        });
    (alone && ends_before && continued).then(|| Attribution {
        via: Via::SpeechParagraph,
        ..speaker.clone()
    })
}

/// The attribution quotation `qi` of `quotes` takes when it is an item of a numbered list set out
/// one quotation per paragraph ([`super::kind::numbered_after`]) and the item before is attributed.
/// A statement's demands or points are set out so under one reporting clause (وحددت اللجنة مطالبها
/// في ست نقاط: «1- ...» «2- ...»), and the number says the item goes on with the list the clause
/// introduced. `None` otherwise.
fn list_item(cx: &Context, quotes: &[Quote], qi: usize) -> Option<Attribution> {
    let q = quotes.get(qi)?;
    let p = super::kind::numbered_after(cx, quotes, q)?;
    (q.speech && p.speech)
        .then(|| p.attribution.clone())
        .flatten()
        .map(|a| Attribution {
            via: Via::ListItem,
            ..a
        })
}

/// True when the sentence `sent_start..sent_end` (bytes) holds nothing but quotation `q` and
/// punctuation.
fn alone_in_sentence(cx: &Context, sent_start: usize, sent_end: usize, q: &Quote) -> bool {
    let prose = cx.doc.prose();
    let only_marks = |r: Range<usize>| {
        prose
            .get(r)
            .is_some_and(|t| t.chars().all(|c| !c.is_alphanumeric()))
    };
    sent_start <= q.range.start
        && q.range.end <= sent_end
        && only_marks(sent_start..q.range.start)
        && only_marks(q.range.end..sent_end)
}

/// The cue of the sentence after the break at byte `sent_end` (paragraph ending at byte
/// `para_end`) when that sentence opens with a demonstrative pointing back at the words just
/// quoted (هكذا، بهذه العبارة، بهذا، بتلك، بذلك) and has a cue within its next four words: (word
/// index, byte range of the cue). A demonstrative at the head of a clause refers to the discourse
/// just before it, so the verb it introduces reports the preceding quotation.
fn pointing_back_cue(
    cx: &Context,
    sent_end: usize,
    para_end: usize,
    breaks: &[usize],
    quotes: &[Quote],
) -> Option<(usize, Range<usize>)> {
    if sent_end >= para_end {
        return None;
    }
    let next_end = breaks
        .iter()
        .find(|&&b| b > sent_end)
        .map_or(para_end, |b| *b);
    let w = cx.doc.word_index_at(sent_end);
    let w_end = cx.doc.word_index_at(next_end);
    let first = (w..w_end).find(|&k| cx.doc.words[k].start() > sent_end)?;
    if !matches!(
        bare_key(cx, first),
        "هكذا" | "بهذه" | "بهذا" | "بتلك" | "بذلك" | "كذا" | "بهذي"
    ) {
        return None;
    }
    find_cue(cx, first + 1, (first + 5).min(w_end), quotes)
}

/// When paragraph `pi` ends with a colon after a cue in its last sentence, that cue: (word index,
/// byte range).
fn para_colon_cue(cx: &Context, pi: usize, quotes: &[Quote]) -> Option<(usize, Range<usize>)> {
    let para = &cx.doc.paragraphs[pi];
    let text = cx.doc.prose().get(para.clone()).unwrap_or("").trim_end();
    if !text.ends_with(':') {
        return None;
    }
    let breaks = sentence_breaks(cx, para, quotes);
    let start = breaks
        .iter()
        .rev()
        .find(|&&b| b + 1 < para.end && text.get(b - para.start..).is_none_or(|t| t.trim() != ":"))
        .map_or(para.start, |b| b + 1);
    find_cue(
        cx,
        cx.doc.word_index_at(start),
        cx.doc.word_index_at(para.end),
        quotes,
    )
}

/// The nearest speaker named by a reporting clause before byte `at`, looking back at most three
/// paragraphs: (byte range, text) of the speaker, e.g. `وزير الطاقة سامر الخطيب` in
/// `وأضاف وزير الطاقة سامر الخطيب أن ...`, and the word index of the verb that names them.
/// `None` when no clause in reach names one. Read with the names layer's person mentions, as
/// the quotations are, so a family name the dictionary also knows (كريم بدوي) is not cut off.
pub fn speaker_before(cx: &Context, at: usize) -> Option<(Range<usize>, String, usize)> {
    let para = cx.doc.paragraph_of(at).unwrap_or(0);
    let floor = cx
        .doc
        .paragraphs
        .get(para.saturating_sub(3))
        .map_or(0, |p| p.start);
    let end = cx.doc.word_index_at(at);
    let start = cx.doc.word_index_at(floor);
    (start..end)
        .rev()
        .filter(|&i| cx.lex.words[i].verb() && !covered(cx, i))
        .find_map(|i| match read_cue(cx, cx.persons(), i, end) {
            Read::Named(n) if !ends_its_sentence(cx, &n) => Some((n.range, n.text, i)),
            Read::Named(_) | Read::Pronoun | Read::Unclear => None,
        })
}

#[cfg(test)]
mod tests {
    use super::super::speaker::tests::{one, speakers};

    #[test]
    fn a_long_fronted_place_leaves_the_verb_and_its_subject_first() {
        // Invented: eight and nine words of place before the comma; the craftsman named after
        // the verb, not the official quoted before, says the next words of his paragraph.
        for place in [
            "وفي ورشة ضيقة عند مدخل السوق القديم بمدينة صفاقس",
            "في ورشة ضيقة عند مدخل السوق القديم قرب الجامع الكبير",
        ] {
            let src = format!(
                "وقال رئيس البلدية سامي العلي: «السوق سيرمم قريبا».\n\n{place}، يصلح الحرفي منير الزواري أحذية زبائنه منذ الفجر. «لم يعد الشباب يتعلمون هذه المهنة»، يقول بأسف."
            );
            let s = speakers(&src);
            assert_eq!(
                s[1].1.as_deref(),
                Some("الحرفي منير الزواري"),
                "{place}: {s:?}"
            );
        }
    }

    #[test]
    fn a_post_and_its_name_in_apposition_after_a_verb_hold_the_turn() {
        // Invented: دافع is no verb of speech, but its subject, a post named in apposition, is
        // the subject the coordinated وقال shares, not the minister quoted before.
        let s = speakers(
            "وقال الوزير أحمد الخطيب: «نعمل على حل الأزمة».\n\nدافع المفوض الأوروبي للطاقة، يوهان كراوس، عن القرار، وقال في بيان إن «الاتحاد لن يتراجع عن خططه».",
        );
        let last = s.last().and_then(|(_, n, _)| n.clone()).unwrap_or_default();
        assert!(last.contains("يوهان كراوس"), "{last}");
    }

    #[test]
    fn the_subject_of_kana_before_an_aside_and_qad_speaks_the_participles_words() {
        // Invented: the deputy's post between commas stands between the subject of كان and قد;
        // the participle and the next subjectless cue are his, not the council's before.
        let s = speakers(
            "وقال المجلس الأعلى في بيان إن «حرية الإبداع مكفولة للجميع».\n\nوكان النائب كمال عبد الرحيم، عضو مجلس النواب عن الدائرة، قد تقدم بطلب إحاطة بشأن المسلسل، معتبرا أنه «يسيء إلى أهل الصعيد». وقال في تصريحات صحفية: «أهالي الصعيد ليسوا مادة للسخرية».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|(_, n, _)| n).collect();
        assert_eq!(names[1].as_deref(), Some("النائب كمال عبد الرحيم"));
        assert_eq!(names[2].as_deref(), Some("النائب كمال عبد الرحيم"));
    }

    #[test]
    fn a_post_in_construct_resolves_only_to_the_same_domain() {
        // Invented: the head of a committee is not the head of a board named before; with the
        // same genitive the post is the person introduced with it.
        let src = "وقال وزير المالية رئيس مجلس إدارة البنك سامر الخطيب إن «الأسعار مستقرة».\n\nمن جهته، انتقد رئيس لجنة الموازنة بمجلس النواب توقيت القرار، وقال إن «الأسر تتحمل الكثير».";
        let got = speakers(src);
        assert!(
            got[1].1.as_deref().is_none_or(|s| !s.contains("الخطيب")),
            "{got:?}"
        );
        let src = "وقال رئيس لجنة الموازنة سامر الخطيب إن «الأسعار مستقرة».\n\nوأضاف رئيس لجنة الموازنة أن «الأسر تتحمل الكثير».";
        let got = speakers(src);
        assert!(
            got[1].1.as_deref().is_some_and(|s| s.contains("الخطيب")),
            "{got:?}"
        );
    }

    /// The gaps of «قال الوزير، هل انتهى الأمر؟ نعم.»: the comma ends no sentence, the Arabic
    /// question mark and the full stop do; ٟ (D9 9F, a 9F byte after another lead) is no mark.
    #[test]
    fn sentence_ends_are_read_by_bytes() {
        assert!(!super::ends_sentence("، "));
        assert!(super::ends_sentence("؟ "));
        assert!(super::ends_sentence(". "));
        assert!(super::ends_sentence(" \n"));
        assert!(!super::ends_sentence("ٟ "));
        assert!(!super::ends_sentence(""));
    }

    #[test]
    fn alphanumeric_is_the_standard_one() {
        // Every character, the fast path's ranges and the rest alike.
        for ch in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            assert_eq!(super::alphanumeric(ch), ch.is_alphanumeric(), "{ch:?}");
        }
    }

    #[test]
    fn numbered_items_one_per_paragraph_continue_the_list_of_the_first() {
        // The third item repeats «أقسام الطوارئ» of the lead, as a pull quote would, and is still an
        // item of the list.
        let list = "وقالت نقابة الأطباء في بيان إن الأطباء في أقسام الطوارئ «صبروا طويلاً»، وحددت مطالبها في ثلاث نقاط:\n\n«1- صرف الرواتب المتأخرة دفعة واحدة دون أي تأخير.»\n\n«2- توفير الحماية للأطباء في المستشفيات العامة.»\n\n«٣- زيادة عدد الأطباء في أقسام الطوارئ.»\n";
        let union = Some("نقابة الأطباء".to_string());
        assert_eq!(
            speakers(list),
            vec![
                (true, union.clone(), false),
                (true, union.clone(), false),
                (true, union.clone(), false),
                (true, union, false),
            ]
        );
        // A number that does not follow the one before (3 after 1), or an item after a paragraph
        // of prose, continues no list: the quotation stays unattributed.
        let broken = "وقالت نقابة الأطباء في بيان إن مطالبها محددة في نقطتين:\n\n«1- صرف الرواتب المتأخرة دفعة واحدة دون أي تأخير.»\n\n«3- زيادة عدد الأطباء في أقسام الطوارئ.»\n\nويعمل الأطباء منذ أشهر دون رواتب.\n\n«2- توفير الحماية للأطباء في المستشفيات العامة.»\n";
        let s = speakers(broken);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0], (true, Some("نقابة الأطباء".to_string()), false));
        assert_eq!(s[1].0, false);
        assert_eq!(s[2].0, false);
        assert_eq!(super::super::kind::list_number("«12) نص»"), Some(12));
        assert_eq!(super::super::kind::list_number("« ٤. نص»"), Some(4));
        assert_eq!(super::super::kind::list_number("«2026 عام»"), None);
        assert_eq!(super::super::kind::list_number("«نص»"), None);
    }

    #[test]
    fn continuity_takes_the_last_speaker_not_the_last_noun() {
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوالتقى الصحفيون بالشاهد يوسف العلي في موقع الحادث.\nوأضاف: «علينا أن نعمل معاً من أجل تجاوز هذه الأزمة».",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
        // A participle with no subject of its own takes the verb's subject.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب، مشيراً إلى أن «الحل لن يأتي قبل نهاية العام».",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
    }

    #[test]
    fn a_new_speaker_resets_continuity() {
        let s = speakers(
            "وقال الوزير سامر الخطيب: «سنبدأ العمل غداً في كل المناطق».\nمن جهته، قال النائب عمر الحسن: «هذه الخطة لن تنجح دون تمويل كاف».\nوتابع: «نحتاج إلى ميزانية أكبر بكثير من هذه».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names,
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("النائب عمر الحسن".into()),
                Some("النائب عمر الحسن".into())
            ]
        );
    }

    #[test]
    fn attribution_after_the_quote() {
        assert_eq!(
            one("«سنعيد بناء كل شيء في وقت قريب جداً»، قال الوزير سامر الخطيب."),
            Some("الوزير سامر الخطيب".into())
        );
        assert_eq!(
            one("«لن نغادر هذه الأرض مهما طال الزمن»، هذا ما قاله المزارع حسن كرار."),
            Some("المزارع حسن كرار".into())
        );
    }

    #[test]
    fn no_speaker_is_read_from_inside_quotation_marks() {
        // The word before the participle closes the earlier quotation: the participle's
        // subject is the verb's, not a word the speaker said.
        let s = speakers(
            "وقال رئيس اللجنة، سامر الخطيب، إن \"الصناديق وصلت إلى كل القرى، بما فيها كازامانس\"، مضيفا \"ننتظر النتائج غدا\".",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(names[1], names[0]);
        assert_ne!(names[1], Some("كازامانس".into()));
    }

    #[test]
    fn the_speaker_noun_as_subject_of_another_verb_is_the_last_speaker() {
        // المتحدث opens a clause whose verb is no cue; the participle after it reports.
        let s = speakers(
            "وقال سامر الخطيب، اليوم في تصريح للإذاعة، إن \"المواطن يتعب كثيرا\".\nوأرجع المتحدث ذلك إلى \"ديون الشركة\"، داعيا الوزارة إلى \"التدخل العاجل\".",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names.last(),
            Some(&Some("المتحدث (سامر الخطيب)".to_string()))
        );
    }

    #[test]
    fn a_role_with_the_nationality_given_before_the_name_is_the_speaker_in_focus() {
        let s = speakers(
            "لم يخف مدرب النادي، الإيطالي ماركو بيانكي، غضبه من الهزيمة.\nوقال بيانكي إن \"المباراة كانت صعبة\".\nوأضاف المتسابق الإيطالي أن فريقه \"سيعود أقوى في المباراة المقبلة\".",
        );
        assert_eq!(s[1].1, Some("المتسابق الإيطالي (ماركو بيانكي)".to_string()));
        // Another person spoke in between: the restated role is not resolved.
        let s = speakers(
            "قال مدرب النادي، الإيطالي ماركو بيانكي، إن \"المباراة كانت صعبة\".\nوقال قائد الفريق سامر الخطيب إن \"الجمهور ساعدنا\".\nوأضاف المتسابق الإيطالي أن فريقه \"سيعود أقوى في المباراة المقبلة\".",
        );
        assert_eq!(s[2].1, Some("المتسابق الإيطالي".to_string()));
    }

    #[test]
    fn attribution_inside_the_quote() {
        assert_eq!(
            one("\"هذا القرار سيغير حياتنا، تقول ليلى الزمراني، ولن نعود إلى الوراء\"."),
            Some("ليلى الزمراني".into())
        );
    }

    #[test]
    fn cues_like_zada() {
        assert_eq!(
            one("وزاد الوزير سامر الخطيب: «لن نقبل بأي تسوية على حساب حقوقنا»."),
            Some("الوزير سامر الخطيب".into())
        );
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nواستطرد: «لكننا سنجد حلاً في الأيام المقبلة».\nوختم بالقول: «لن نترك أحداً خلفنا في هذه المعركة».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names,
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("الوزير سامر الخطيب".into())
            ]
        );
    }

    #[test]
    fn a_title_after_the_comma_of_a_post_keeps_the_post_with_the_name() {
        // The post was introduced with a form of address between its comma and the name.
        let s = speakers(
            "افتتح وزير الزراعة، السيد سامر الخطيب، معرض التمور في المدينة.\nوأكد الوزير أن الحكومة «ستدعم الفلاحين هذا العام».",
        );
        assert_eq!(s, vec![(true, Some("الوزير (سامر الخطيب)".into()), false)]);
        // So was a rank, in the clause of an earlier quotation.
        let s = speakers(
            "وقال رئيس النادي، الدكتور سامر الخطيب، إن الفريق «يحتاج إلى دعم».\nوأضاف الرئيس أن اللاعبين «تعبوا كثيرا».",
        );
        assert_eq!(s[1].1, Some("الرئيس (سامر الخطيب)".into()));
    }

    #[test]
    fn a_feminine_post_does_not_refer_back_to_a_man() {
        let s = speakers(
            "قال المهندس عن بلدية الميناء كريم الصافي إن «الطريق ستفتح قريبا».\nأما النائبة فاعتبرت أن «الطريق لن تفتح قبل الصيف المقبل».",
        );
        assert_eq!(s.last().map(|x| x.1.clone()), Some(Some("النائبة".into())));
    }

    #[test]
    fn title_resolved_to_the_person_introduced_with_it() {
        let s = speakers(
            "وقال الرئيس الأفغاني سامر الخطيب إن الحكومة مستعدة للحوار.\nوأوضح الرئيس الأفغاني أن «القرار جاء بعد مشاورات طويلة مع العلماء».",
        );
        assert_eq!(
            s,
            vec![(true, Some("الرئيس الأفغاني (سامر الخطيب)".into()), false)]
        );
        // The title's nisba picks the person introduced with it, not another president nearby.
        let text = "أعلن رئيس الاتحاد الدولي للسباحة سامر الخطيب للرئيس الروسي بوريس يلتسن أن البطولة في موسكو.";
        let doc = crate::text::Document::new(text, crate::text::Format::Plain);
        let profile = crate::profile::Profile::embedded();
        let cx = crate::analysis::Context::new(&doc, &profile);
        let range_of = |n: &str| {
            let a = text.find(n).expect("the name");
            a..a + n.len()
        };
        let nisbas = vec![
            doc.words
                .iter()
                .find(|w| w.plain.as_str() == "الروسي")
                .unwrap()
                .key
                .as_str()
                .to_string(),
        ];
        assert!(super::nisbas_before(
            &cx,
            &nisbas,
            &range_of("بوريس يلتسن"),
            None
        ));
        assert!(!super::nisbas_before(
            &cx,
            &nisbas,
            &range_of("سامر الخطيب"),
            None
        ));
        assert!(super::nisbas_before(
            &cx,
            &[],
            &range_of("سامر الخطيب"),
            None
        ));
        // The nisba in the apposition after the name.
        let text = "وقالت ليلى الخطيب، نائبة رئيس الحكومة الروسية، إن الموعد ثابت.";
        let doc = crate::text::Document::new(text, crate::text::Format::Plain);
        let cx = crate::analysis::Context::new(&doc, &profile);
        let a = text.find("ليلى الخطيب").unwrap();
        let k = doc
            .words
            .iter()
            .find(|w| w.plain.as_str() == "الروسية")
            .unwrap();
        let k = vec![k.key.as_str().to_string()];
        assert!(super::nisbas_before(
            &cx,
            &k,
            &(a..a + "ليلى الخطيب".len()),
            None
        ));
    }

    #[test]
    fn the_turn_a_cue_continues_and_the_name_test_are_kept_for_the_analysis() {
        // Written for this test (invented people): a named clause, then two subjectless cues
        // whose pronoun subject carries the engineer's turn on.
        let text = "قال المهندس رامي العطار: «بدأنا العمل». وأضاف: «سننتهي قريباً». \
            وتابع: «الكلفة معقولة». ووقفت سلمى الحداد لتقول: «نحن مستعدون».";
        let doc = crate::text::Document::new(text, crate::text::Format::Plain);
        let profile = crate::profile::Profile::embedded();
        let cx = crate::analysis::Context::new(&doc, &profile);
        let persons = cx.persons();
        let quotes = cx.quotes().quotes.clone();
        let clauses = super::Clauses::new(&cx, persons, &quotes);
        let wi = |p: &str| {
            doc.words
                .iter()
                .position(|w| w.plain.as_str() == p)
                .unwrap()
        };
        let engineer = |(cue, n): (usize, &super::Named)| (cue, n.text.clone());
        let expected = Some((wi("قال"), "المهندس رامي العطار".to_string()));
        // Asked twice of each cue: the kept answer is the one read, and it is kept once per cue.
        for cue in ["وأضاف", "وتابع", "وتابع", "وأضاف"] {
            let got = clauses.continuing(&cx, wi(cue)).map(engineer);
            assert_eq!(got, expected, "{cue}");
            let at = clauses.continuing_at(&cx, wi(cue));
            assert_eq!(at.map(|k| clauses.reads[k].0), Some(wi("قال")), "{cue}");
        }
        assert_eq!(clauses.continued.borrow().len(), 2);
        // A two-word name reads as a name, asked once or twice (kept: asked with the story's
        // own person mentions).
        let a = text.find("رامي العطار").unwrap();
        let name = a..a + "رامي العطار".len();
        for _ in 0..2 {
            assert!(super::looks_like_name(&cx, persons, &name));
        }
    }

    #[test]
    fn a_post_restated_names_a_holder_written_with_a_patronymic() {
        // Written for this test: the name detector may tag the family name only (سالم); the
        // holder named by the restated post is the whole nasab chain after السيد.
        assert_eq!(
            super::pointing_back::speakers(
                "افتتح وزير الصحة، السيد أحمد ولد سالم، المستشفى الجديد أمس.\nوأكد الوزير أن المستشفى \"سيخدم آلاف المرضى\"."
            ),
            vec![Some("الوزير (أحمد ولد سالم)".into())]
        );
    }

    #[test]
    fn a_feminine_verb_after_idh_does_not_carry_a_man_s_turn() {
        // تقول after إذ is the third person feminine: the official's turn does not go on to it,
        // and who she is cannot be told from the clause (unclear, not the man).
        assert_eq!(
            super::pointing_back::speakers(
                "وقال مسؤول في وزارة الاقتصاد إن الفرق \"سطرت أكثر من 300 محضر\".\nولا تخفي المعلمة ريما حداد قلقها من موسم الأقساط، إذ تقول \"راتبي كله يذهب إلى القسط\"."
            ),
            vec![Some("مسؤول في وزارة الاقتصاد".into()), None]
        );
        // A woman's turn goes on to it.
        assert_eq!(
            super::pointing_back::speakers(
                "وقالت الوزيرة ريم سالم إن الفرق \"سطرت أكثر من 300 محضر\"، إذ تقول \"الراتب لا يكفي\"."
            ),
            vec![
                Some("الوزيرة ريم سالم".into()),
                Some("الوزيرة ريم سالم".into())
            ]
        );
    }

    #[test]
    fn a_post_right_after_the_name_without_commas_introduces_its_holder() {
        // The official introduced with the post after his name and no comma is the one the
        // restated post refers back to; the nisba of the post (الرسمي) is in that apposition.
        assert_eq!(
            super::pointing_back::speakers(
                "أكد الدكتور سالم الكعبي المتحدث الرسمي لوزارة الخارجية أن قطر \"ستواصل جهودها\".\nوأعلن المتحدث الرسمي أن الدوحة تستضيف اجتماعا، موضحا أن الاجتماع \"يركز على التعليم\"."
            ),
            vec![
                Some("الدكتور سالم الكعبي".into()),
                Some("المتحدث الرسمي (سالم الكعبي)".into())
            ]
        );
    }

    #[test]
    fn source_phrase_after_a_named_verb_leaves_the_speaker_to_the_verb() {
        assert_eq!(
            one("وأضاف الوزير سامر الخطيب، بحسب وكالة الأنباء الرسمية: «لن نتراجع عن هذا القرار»."),
            Some("الوزير سامر الخطيب".into())
        );
    }

    #[test]
    fn quotation_after_quotation_continues_the_turn() {
        let s = speakers(
            "وقال الوزير سامر الخطيب: «سنواصل العمل حتى النهاية مهما كلف الأمر».. «ولن نتراجع عن أي خطوة اتخذناها».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names,
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("الوزير سامر الخطيب".into())
            ]
        );
    }

    #[test]
    fn concluding_cue_takes_the_speaker_before() {
        let s = speakers(
            "وقالت ليلى الزمراني إن العمل صعب.\nوخلصت إلى أن «الحل هو أن نعمل معاً دون توقف».",
        );
        assert_eq!(s, vec![(true, Some("ليلى الزمراني".into()), false)]);
    }

    #[test]
    fn each_subjectless_clause_carries_the_turn_on() {
        // Four paragraphs of one speech: the turn is counted from its last clause.
        let s = speakers(
            "وقال الوزير سامر الخطيب «إن اللجنة ستعلن قريبا».\nوتابع «أن المحامي سيترأس اللجنة».\nوأضاف «أن هؤلاء المسؤولين كانوا ضمن الفريق».\nوأوضح «أن اللجنة سيكون لها وزنها».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(names, vec![Some("الوزير سامر الخطيب".into()); 4]);
    }

    #[test]
    fn kana_qad_with_a_cue_names_the_speaker() {
        // وكان فلان، قد قال: the subject of كان said it; وأوضح in the next paragraph is his.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوكان مدير المرصد يوسف العلي، قد قال إن الطائرات قصفت المدينة.\nوأوضح أن «المنطقة تعرضت لهجمات».",
        );
        assert_eq!(
            s,
            vec![(true, Some("مدير المرصد يوسف العلي".into()), false)]
        );
    }

    #[test]
    fn the_subject_of_kana_in_an_embedded_question_takes_no_turn() {
        // Invented: ما إذا كان الدواء يقلل asks whether the drug reduces; the drug says nothing,
        // so وقالت goes on with the researcher.
        let s = speakers(
            "وقالت الباحثة سلمى النجار إن النتائج «مشجعة».\nلكنها نبهت إلى أن الدراسة لم تقس ما إذا كان الدواء يقلل فعلا من الوفيات، وقالت: «هذا هو السؤال الأهم».",
        );
        assert_eq!(
            s,
            vec![
                (true, Some("الباحثة سلمى النجار".into()), false),
                (true, Some("الباحثة سلمى النجار".into()), false)
            ]
        );
    }

    #[test]
    fn a_masculine_verb_does_not_take_a_feminine_noun_for_its_subject() {
        // يقول cannot have صحيفة for its subject: the man interviewed is not named here, and the
        // turn does not pass to the paper either.
        let s = speakers(
            "وفي مقابلة أجرتها معه صحيفة الغارديان يقول: «كنت وما زلت صحفياً».\nوتابع: «لن أتوقف عن الكتابة».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(names, vec![None, None]);
        // قالت with the same noun reads it.
        let s = speakers("وقالت صحيفة الغارديان إن «الوضع صعب».");
        assert_eq!(s, vec![(true, Some("صحيفة الغارديان".into()), false)]);
        // A man's name in ة after يقول is read as its subject.
        let s = speakers("وفي مقابلة معه يقول حمادة: «كنت وما زلت صحفياً».");
        assert_eq!(s[0].1, Some("حمادة".into()));
    }

    #[test]
    fn a_body_opening_the_sentence_makes_a_later_subjectless_cue_unclear() {
        // يطالب may have the council (or its draft) for its subject, not the envoy.
        let s = speakers(
            "قال المبعوث الأممي سامر الخطيب إن الهدنة ضرورية.\nويدرس مجلس الأمن قراراً أعدته فرنسا يطالب «بوقف القتال فوراً في كل المدن».",
        );
        assert_eq!(s, vec![(true, None, false)]);
        // قائلاً shares the subject of وأمر, a person other than the last speaker: that
        // person's ([`subjects::shared_subject`]).
        let s = speakers(
            "قال الوزير سامر الخطيب إنه التقى رئيس الحكومة يوسف العلي.\nوأمر العلي، بالتحقيق فيما جرى، قائلاً إن الأمر خطير. وأمر أيضاً «بوقف العمل في المصنع فوراً».",
        );
        assert_eq!(s, vec![(true, Some("العلي".into()), false)]);
        // The same person named again after the verb goes on with the turn, named as the
        // sentence of the participle names him.
        let s = speakers(
            "قال الوزير سامر الخطيب إنه التقى رئيس الحكومة يوسف العلي.\nوأمر الخطيب، بالتحقيق فيما جرى، قائلاً إن الأمر خطير. وأمر أيضاً «بوقف العمل في المصنع فوراً».",
        );
        assert_eq!(s, vec![(true, Some("الخطيب".into()), false)]);
        // The post of the speaker himself opening the sentence is his: it resolves to him.
        let s = speakers(
            "قال المبعوث الأممي سامر الخطيب إن الهدنة ضرورية.\nوعاد المبعوث إلى العاصمة، مطالباً «بوقف القتال فوراً في كل المدن».",
        );
        assert_eq!(s, vec![(true, Some("المبعوث (سامر الخطيب)".into()), false)]);
    }

    #[test]
    fn a_fronted_phrase_takes_the_subject_of_the_clause_after_its_comma() {
        // وصفه in the phrase before the comma points forward to سامر الخطيب, not back to يوسف العلي.
        let s = speakers(
            "قال النائب يوسف العلي إن الجلسة تأجلت.\nوفي حديثه عما وصفه بـ«الأزمة الأخطر منذ سنوات»، قال الوزير سامر الخطيب إن الحكومة ستتحرك.",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
        // Also when the fronted phrase is itself the cue (في حديثه).
        let s = speakers(
            "قال النائب يوسف العلي إن الجلسة تأجلت.\nوفي حديثه عن «الأزمة الأخطر منذ سنوات»، قال الوزير سامر الخطيب إن الحكومة ستتحرك.",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
        // Without a named subject after the comma the phrase's pronoun refers back as before.
        let s = speakers(
            "قال الوزير سامر الخطيب إن الجلسة تأجلت.\nوفي حديثه عما وصفه بـ«الأزمة الأخطر منذ سنوات»، أكد أن الحكومة ستتحرك.",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
    }

    #[test]
    fn a_subject_after_a_pronoun_complement_is_read() {
        // الزعيم الكوري الشمالي is the subject of تعهد, after فيها; the last speaker is not.
        let s = speakers(
            "قال الرئيس سامر الخطيب إن القمة نجحت.\nووقع الطرفان وثيقة تعهد فيها الزعيم الكوري الشمالي بـ«نزع كامل للسلاح النووي».",
        );
        assert_eq!(s, vec![(true, Some("الزعيم الكوري الشمالي".into()), false)]);
    }

    #[test]
    fn a_paragraph_of_speech_between_two_of_the_same_speaker_is_theirs() {
        let s = speakers(
            "وقال الوزير سامر الخطيب: «سنبدأ العمل غداً في كل المناطق».\n«نحن لا نطلب المستحيل، نطلب وقتاً كافياً».\nوأضاف أن الخطة جاهزة.",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names,
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("الوزير سامر الخطيب".into())
            ]
        );
        // After a clause reported with أن the speech does not run on.
        let s = speakers(
            "وأكد الوزير سامر الخطيب أن «العمل سيبدأ غداً في كل المناطق».\n«نحن لا نطلب المستحيل، نطلب وقتاً كافياً».\nوأضاف أن الخطة جاهزة.",
        );
        assert_eq!(s[1], (false, None, false));
        // Without a subjectless cue after it the paragraph is nobody's the reader can tell.
        let s = speakers(
            "وقال الوزير سامر الخطيب: «سنبدأ العمل غداً في كل المناطق».\n«نحن لا نطلب المستحيل، نطلب وقتاً كافياً».\nوقال النائب يوسف العلي إن الخطة جاهزة.",
        );
        assert_eq!(s[1], (false, None, false));
    }

    #[test]
    fn a_feminine_cue_after_a_mans_speech_paragraph_starts_another_turn() {
        // وقالت opens the next paragraph but its subject, a foreign given name the reader cannot
        // read (آن is also the noun «moment»), is a woman: the cue does not continue the man, so
        // the paragraph of speech between is nobody's the reader can tell.
        let src = "وقال التاجر سامر الحداد: «الطلب يرتفع كل يوم في الأسواق».\n«الأسعار ستبقى مرتفعة حتى نهاية العام المقبل».\nوقالت آن دوبوا، مديرة شركة للنقل، إن الشركات ترحب بالخطوة.";
        let s = speakers(src);
        assert_eq!(s[0].1.as_deref(), Some("التاجر سامر الحداد"));
        assert_eq!(s[1], (false, None, false));
        // With a masculine cue the paragraph stays the man's.
        let s = speakers(&src.replace("وقالت آن دوبوا، مديرة", "وأضاف أن مديرة"));
        assert_eq!(s[1].1.as_deref(), Some("التاجر سامر الحداد"));
    }

    #[test]
    fn a_masculine_verb_with_no_subject_after_it_continues_a_man() {
        // Nothing follows يقول but the colon: its subject is the pronoun of معه, the man whose
        // turn it is, and the next cue goes on with him.
        let s = speakers(
            "وقال الكاتب سامر الخطيب إن الرواية اكتملت.\nوفي مقابلة أجرتها معه صحيفة الغارديان يقول: «كنت وما زلت صحفياً».\nوتابع: «لن أتوقف عن الكتابة».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names,
            vec![
                Some("الكاتب سامر الخطيب".into()),
                Some("الكاتب سامر الخطيب".into())
            ]
        );
        // A woman's turn does not agree with يقول: who spoke cannot be told.
        let s = speakers(
            "وقالت الكاتبة سلمى الخطيب إن الرواية اكتملت.\nوفي مقابلة أجرتها معه صحيفة الغارديان يقول: «كنت وما زلت صحفياً».\nوتابع: «لن أتوقف عن الكتابة».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(names, vec![None, None]);
        // A subject after the verb is not passed over (يقول صحفي آخر).
        let s = speakers(
            "وقال الكاتب سامر الخطيب إن الرواية اكتملت.\nوفي مقابلة أجرتها صحيفة الغارديان يقول صحفي آخر: «كنت وما زلت صحفياً».",
        );
        assert_eq!(s[0].1, Some("صحفي آخر".into()));
    }

    #[test]
    fn a_turn_does_not_run_on_for_ever() {
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوشهدت المدينة أمطاراً غزيرة.\nوأغلقت المدارس أبوابها.\nوتضررت الطرق كثيراً.\nوأضاف: «علينا أن نعمل معاً من أجل تجاوز هذه الأزمة».",
        );
        assert_eq!(s, vec![(true, None, false)]);
    }

    #[test]
    fn feminine_cue_does_not_continue_a_masculine_speaker() {
        // وأضافت cannot refer back to الوزير: the speaker is unclear, not the minister.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوأضافت: «علينا أن نعمل معاً من أجل تجاوز هذه الأزمة».",
        );
        assert_eq!(s, vec![(true, None, false)]);
        // وأضافت after وقالت الوزيرة continues her turn.
        let s = speakers(
            "وقالت الوزيرة سلمى الخطيب إن الوضع صعب.\nوأضافت: «علينا أن نعمل معاً من أجل تجاوز هذه الأزمة».",
        );
        assert_eq!(s, vec![(true, Some("الوزيرة سلمى الخطيب".into()), false)]);
        // A masculine participle does not continue a feminine post either.
        let s = speakers(
            "وقالت الوزيرة سلمى الخطيب إن الوضع صعب، مشيراً إلى أن «الحل لن يأتي قبل نهاية العام».",
        );
        assert_eq!(s, vec![(true, None, false)]);
    }

    #[test]
    fn the_cues_gender_chooses_the_earlier_speaker_it_agrees_with() {
        // Invented: in one paragraph a woman, then a man spoke; a feminine cue goes back to her,
        // and a masculine cue after a man and then a woman goes back to him.
        let name = |src: &str| speakers(src).last().and_then(|x| x.1.clone());
        assert_eq!(
            name(
                "قالت الطبيبة سلمى حداد إن «المستشفى ممتلئ». وقال المهندس سامر يوسف إن «الطريق مقطوعة». وأضافت: «نحتاج إلى أدوية»."
            )
            .as_deref(),
            Some("الطبيبة سلمى حداد")
        );
        assert_eq!(
            name(
                "وقال المزارع كريم العلي إن «المحصول جيد»، فيما أوضحت الوزيرة هند الراشد أن «الأسعار ثابتة». وأضاف أن «المطر تأخر»."
            )
            .as_deref(),
            Some("المزارع كريم العلي")
        );
        // Past a paragraph break the verb's person may be one the reader did not read: unclear.
        assert_eq!(
            name(
                "قالت الطبيبة سلمى حداد إن «المستشفى ممتلئ». وقال المهندس سامر يوسف إن «الطريق مقطوعة».\n\nوأضافت: «نحتاج إلى أدوية»."
            ),
            None
        );
        // No earlier speaker of the cue's gender: unclear.
        assert_eq!(
            name("وقال المهندس سامر يوسف إن «الطريق مقطوعة». وأضافت: «نحتاج إلى أدوية»."),
            None
        );
    }

    #[test]
    fn genitive_after_a_preposition_is_not_the_subject() {
        // سامر الخطيب is the owner of the house after إلى منزل, not the one who spoke.
        let s = speakers(
            "قال يوسف العلي إن الوضع صعب.\nوأشار إلى منزل سامر الخطيب قائلاً: «البيت مفتوح للجميع في كل وقت».",
        );
        assert_eq!(s, vec![(true, Some("يوسف العلي".into()), false)]);
    }

    #[test]
    fn singular_cue_does_not_continue_a_group() {
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوقال السكان إن المياه مقطوعة منذ أيام.\nوأضاف: «لن ننتظر أكثر من ذلك».",
        );
        assert_eq!(s, vec![(true, Some("السكان".into()), false)]);
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوقالوا إن المياه مقطوعة منذ أيام.\nوأضاف: «لن ننتظر أكثر من ذلك».",
        );
        assert_eq!(s, vec![(true, None, false)]);
    }

    #[test]
    fn a_new_subject_takes_the_turn() {
        // وأنهى يوسف العلي كلمته قائلاً: the participle's subject is يوسف العلي, not the minister.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوأنهى يوسف العلي كلمته قائلاً: «سنعود إلى بيوتنا قريباً».",
        );
        assert_eq!(s, vec![(true, Some("يوسف العلي".into()), false)]);
    }

    #[test]
    fn expressed_without_shadda_is_a_cue() {
        let s = speakers(
            "وقال يوسف العلي إن الوضع صعب.\nوكان الوزير سامر الخطيب قد عبر عن أسفه، واعتبر أن القرار «خطأ كبير».",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
    }

    #[test]
    fn kana_qad_with_a_verb_the_lexicon_also_reads_as_a_noun() {
        // Invented: طلب is also a noun (a request), but after قد it can only be the verb, so the
        // subject of كان is the subject of the subjectless واعتبر joined to it.
        let s = speakers(
            "وكان المدرب البرتغالي جواو مارتينيز قد طلب تعزيز خط الدفاع، واعتبر في مؤتمر صحفي أن الفريق يعاني \"ضعفا كبيرا في الهجوم\".",
        );
        assert_eq!(
            s,
            vec![(true, Some("المدرب البرتغالي جواو مارتينيز".into()), false)]
        );
    }

    #[test]
    fn a_byline_writer_is_never_carried_to_a_quotation() {
        // Invented: the writer of the byline is no speaker; with no other clause naming one,
        // the feminine وصفته has no speaker isnad can name.
        let s = speakers(
            "ممرضون يضربون ثلاثة أيام\n\nهسبريس - خالد بنعلي\n\nبدأ إضراب وطني، دعت إليه النقابة المستقلة للممرضين، احتجاجا على ما وصفته بـ\"الإهمال المتعمد\" لمطالبهم.",
        );
        assert!(
            s.iter()
                .all(|x| x.1.as_deref().is_none_or(|n| !n.contains("بنعلي"))),
            "{s:?}"
        );
    }

    #[test]
    fn relative_clause_verb_takes_the_antecedent() {
        let s = speakers(
            "قال يوسف العلي إن الوضع صعب.\nوشارك في الندوة الأستاذ الجامعي محمد فقيهي، الذي اعتبر أن الحملة «هادئة حتى الآن».",
        );
        assert_eq!(s, vec![(true, Some("محمد فقيهي".into()), false)]);
    }

    #[test]
    fn plural_cue_does_not_continue_one_person() {
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوتابعوا أن «الحل لن يأتي قبل نهاية العام».",
        );
        assert_eq!(s, vec![(true, None, false)]);
    }

    #[test]
    fn continuity_reads_the_clause_as_its_own_quotation_does() {
        // The turn passes the speaker as read for the first quotation (the name after the post),
        // not a longer or shorter reading of the same clause.
        let s = speakers(
            "وقال المتحدث باسم الوزارة، كون فوكنر: «هذه المعلومات خاطئة تماماً».\nوأضاف أن «القوات لم تقصف أي موقع في المنطقة».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names,
            vec![Some("كون فوكنر".into()), Some("كون فوكنر".into())]
        );
    }

    #[test]
    fn title_resolved_across_a_place_complement_and_an_apposition() {
        // The post's place complement (في باريس) sits between the title and the name.
        let s = speakers(
            "وقال السفير المصري في باريس يوسف العلي إن العلاقات جيدة.\nوأضاف السفير: «لا توجد أي مواعيد محددة حتى الآن».",
        );
        assert_eq!(s, vec![(true, Some("السفير (يوسف العلي)".into()), false)]);
        // The name in apposition between commas after the post.
        let s = speakers(
            "وأعلن نائب وزير الدفاع، يوسف العلي، أن الجيش مستعد.\nوقال نائب وزير الدفاع إن «القوات لن تنسحب من مواقعها».",
        );
        assert_eq!(
            s,
            vec![(true, Some("نائب وزير الدفاع (يوسف العلي)".into()), false)]
        );
    }

    #[test]
    fn a_word_of_the_post_is_not_the_person_it_resolves_to() {
        // باسم is a given name, but in الناطق الرسمي باسم الوزارة it is a word of the post.
        let s = speakers(
            "وقال الناطق الرسمي باسم وزارة الدفاع الوطني العقيد يوسف العلي إن الوضع هادئ.\nوأوضح الناطق الرسمي باسم وزارة الدفاع الوطني أن «القوات ستبقى في مواقعها».",
        );
        assert_eq!(
            s,
            vec![(
                true,
                Some("الناطق الرسمي باسم وزارة الدفاع الوطني (يوسف العلي)".into()),
                false
            )]
        );
    }

    #[test]
    fn the_subject_of_any_verb_takes_the_turn() {
        // A post and a name after a verb that is not a cue: وقالت refers to her (and could not
        // refer to the minister anyway).
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوكررت المستشارة ليلى الزمراني رفضها للخطة. وقالت إن «الحل في الحوار وحده».",
        );
        assert_eq!(
            s,
            vec![(true, Some("المستشارة ليلى الزمراني".into()), false)]
        );
        // After a fronted phrase and a comma, the verb still opens the clause.
        let s = speakers(
            "وقالت الوزيرة سلمى الخطيب إن الوضع صعب.\nمن جهته، وجه يوسف العلي نداء إلى المنظمات الدولية، مشيرا إلى أن «الأدوية نفدت من المستشفيات».",
        );
        assert_eq!(s, vec![(true, Some("يوسف العلي".into()), false)]);
    }

    #[test]
    fn a_post_apposed_to_a_reporting_verbs_subject_opens_no_clause() {
        // ممثل after «وقال فلان،» is his post in apposition, not a verb with the union for its
        // subject: the next subjectless cue goes on with him.
        let s = speakers(
            "وقال سامر الخطيب، ممثل نقابة «النور» في عمان، إن «المعلمين لا يطلبون المستحيل». وأضاف: «إذا لم تستجب الوزارة فسنمدد الإضراب».",
        );
        let last = s.last().and_then(|x| x.1.as_deref());
        assert_eq!(last, Some("سامر الخطيب"), "{s:?}");
    }

    #[test]
    fn a_topic_subject_is_followed_within_its_paragraph() {
        // يوسف العلي is the subject of a verb that is not a cue, in the paragraph before: the
        // cue continues the minister's turn.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوزار يوسف العلي المدينة أمس.\nوأضاف: «علينا أن نعمل معاً من أجل تجاوز هذه الأزمة».",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
        // In the same paragraph he is the one who goes on.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الوضع صعب.\nوزار يوسف العلي المدينة أمس. وأضاف: «علينا أن نعمل معاً من أجل تجاوز هذه الأزمة».",
        );
        assert_eq!(s, vec![(true, Some("يوسف العلي".into()), false)]);
    }

    #[test]
    fn a_clause_inside_what_was_said_does_not_take_the_turn() {
        // الجيش is the subject of a clause the minister reports: قائلاً still refers to him.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الجيش حذر من التصعيد، مشيراً إلى أن القوات جاهزة، قائلاً: «لن نسمح بأي اعتداء على حدودنا».",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
        // A reported clause with a quotation of its own is that speaker's turn.
        let s = speakers(
            "وذكر التقرير أن سامر الخطيب قال إن «الطائرة سقطت في البحر».\nوأضاف: «لم ينج أحد من الركاب».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names,
            vec![Some("سامر الخطيب".into()), Some("سامر الخطيب".into())]
        );
    }

    #[test]
    fn a_bare_role_noun_refers_back_to_the_speaker() {
        // اللاعب was never used as a post before: it is the player who just spoke.
        let s = speakers(
            "وقال يوسف العلي إن المباراة ستكون صعبة.\nوصرح اللاعب للصحفيين: «سنلعب من أجل الفوز فقط».",
        );
        assert_eq!(s, vec![(true, Some("اللاعب (يوسف العلي)".into()), false)]);
        // After a speaker introduced with a post of his own, it may be someone else: unresolved.
        let s = speakers(
            "وقال الوزير يوسف العلي إن المباراة ستكون صعبة.\nوصرح اللاعب للصحفيين: «سنلعب من أجل الفوز فقط».",
        );
        assert_eq!(s, vec![(true, Some("اللاعب".into()), false)]);
    }

    #[test]
    fn a_post_of_a_place_is_a_new_person_not_the_one_in_focus() {
        // مدير المحطة has a holder of his own whom the story does not name: not the driver.
        let s = speakers(
            "وقال السائق سامر يوسف إن الطابور طويل.\nوقال مدير المحطة للصحفيين: «الوقود يصل مساء اليوم».",
        );
        assert_eq!(s, vec![(true, Some("مدير المحطة".into()), false)]);
    }

    #[test]
    fn the_turn_passes_after_particles_and_to_a_post() {
        // وقد before the verb: يوسف العلي still opens the clause as its subject.
        let s = speakers(
            "وقالت الوزيرة سلمى الخطيب إن الوضع صعب.\nوقد رحب يوسف العلي بالزيارة، قائلاً إن «الأبواب مفتوحة للجميع».",
        );
        assert_eq!(s, vec![(true, Some("يوسف العلي".into()), false)]);
        // A post with no name as the subject, resolved to the person introduced with it.
        let s = speakers(
            "أعلن وزير الدفاع يوسف العلي أن الجيش جاهز. وقالت الوزيرة سلمى الخطيب إن الوضع صعب.\nوطالب وزير الدفاع أمس بدعم الخطة، محذراً من أن «التأخير سيكلف البلاد كثيراً».",
        );
        assert_eq!(
            s,
            vec![(true, Some("وزير الدفاع (يوسف العلي)".into()), false)]
        );
    }

    #[test]
    fn a_relative_clause_does_not_end_the_turn() {
        let s = speakers(
            "وأوضح الوزير سامر الخطيب أن القرار جاء بعد مشاورات مع الخبراء الذين اعتبروا أن الخطة ضرورية.\nوقال إن «الحكومة ستبدأ التنفيذ غداً».",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
    }

    #[test]
    fn a_reported_clause_after_wa_anna_and_a_demonstrative() {
        let s = speakers(
            "وقالت الصحيفة إن المشروع كبير، وأن هذه المرحلة تعد حاسمة للبلاد.\nوشددت على أهمية القناة، وقالت: «لا أحد ينكر حجم الإنجاز».",
        );
        assert_eq!(s, vec![(true, Some("الصحيفة".into()), false)]);
    }

    #[test]
    fn a_singular_cue_does_not_continue_a_sound_plural() {
        // The verb before المسؤولون is singular (يقول), but وأضاف cannot refer back to them.
        let s = speakers(
            "ويقول المسؤولون في الولاية إن الوضع تحت السيطرة.\nوأضاف: «لن نسمح بأي فوضى في الشوارع».",
        );
        assert_eq!(s, vec![(true, None, false)]);
        // الأمين is not a plural.
        let s = speakers(
            "وقال الأمين العام للحزب إن الوضع تحت السيطرة.\nوأضاف: «لن نسمح بأي فوضى في الشوارع».",
        );
        assert_eq!(s, vec![(true, Some("الأمين العام للحزب".into()), false)]);
    }
}

#[cfg(test)]
mod bodies {
    use super::super::speaker::tests::speakers;

    #[test]
    fn a_dual_source_after_an_takes_qawlahuma_past_a_clause_of_not_naming() {
        // قولهما: the dual pronoun refers to the two sources after عن; لم تسمهما describes them.
        let s = speakers(
            "ونقلت وكالة الأنباء عن دبلوماسيين اثنين في «مجموعة السبع» لم تسمهما قولهما إن المحادثات «تقدمت كثيراً خلال الليل».",
        );
        assert_eq!(
            s.last(),
            Some(&(
                true,
                Some("دبلوماسيين اثنين في «مجموعة السبع»".into()),
                true
            ))
        );
        let s =
            speakers("ونقلت الإذاعة عن مسؤولين اثنين لم تسمهما قولهما إن الطريق «سيفتح صباح الغد».");
        assert_eq!(s, vec![(true, Some("مسؤولين اثنين".into()), true)]);
    }

    #[test]
    fn the_topic_fronted_by_amma_is_the_speaker_of_the_answering_clause() {
        // The cue after أما ...، ف has no subject of its own: it refers to the fronted topic, not
        // to the last speaker.
        let s = speakers(
            "وقال الحارس يوسف العلي إن المباراة كانت صعبة.\nأما مدرب الفريق الضيف، فقد قال: «لعبنا جيداً لكن الحظ لم يحالفنا».",
        );
        assert_eq!(s, vec![(true, Some("مدرب الفريق الضيف".into()), false)]);
        let s = speakers(
            "وقال الحارس يوسف العلي إن المباراة كانت صعبة.\nأما الوزير سامر الخطيب، فقال: «لعبنا جيداً لكن الحظ لم يحالفنا».",
        );
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
        // The topic described by a relative clause before the answering ف.
        let s = speakers(
            "وقال الحارس يوسف العلي إن المباراة كانت صعبة.\nأما المدرب سامر الخطيب الذي قاد الفريق عشر سنوات فعلق بأن «الفريق يحتاج إلى وقت».",
        );
        assert_eq!(s, vec![(true, Some("المدرب سامر الخطيب".into()), false)]);
        // A fronted time (أما اليوم) is no speaker: the turn stays with the one who spoke.
        let s = speakers(
            "وقال الحارس يوسف العلي إن المباراة كانت صعبة.\nأما اليوم، فقال: «لعبنا جيداً لكن الحظ لم يحالفنا».",
        );
        assert_eq!(s, vec![(true, Some("الحارس يوسف العلي".into()), false)]);
    }

    #[test]
    fn qawluhu_after_an_is_the_words_of_the_one_they_are_transmitted_from() {
        // The pronoun of قوله refers to the person after عن, not to the statement that relays it;
        // the turn then passes to her.
        let s = speakers(
            "ونقل بيان للجمعية عن رئيستها في المدينة، السيدة ليلى الزمراني، قولها إن «المساعدات لم تصل بعد».\nوأضافت: «ننتظر منذ شهر كامل».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names,
            vec![Some("ليلى الزمراني".into()), Some("ليلى الزمراني".into())]
        );
        let s = speakers("ونقلت الوكالة عن الوزير سامر الخطيب قوله إن «الحدود ستفتح غداً».");
        assert_eq!(s, vec![(true, Some("الوزير سامر الخطيب".into()), false)]);
    }

    #[test]
    fn a_person_word_after_a_name_word_continues_the_name_despite_a_pronoun_ending() {
        // زاده reads as زاد + ه, but the name detector holds it and it follows a name word.
        let s = speakers(
            "وقال الباحث رضا حسن زاده إن «النتائج أولية».\nووفق ما نقلته صحيفة الأيام، فإن حسن زاده وصف التقرير بأنه «متسرع».",
        );
        let names: Vec<Option<String>> = s.into_iter().map(|x| x.1).collect();
        assert_eq!(
            names,
            vec![Some("الباحث رضا حسن زاده".into()), Some("حسن زاده".into())]
        );
    }

    #[test]
    fn an_an_inside_an_aside_before_qawluhu_is_not_the_transmitting_one() {
        // «عن هويته» sits in the clause describing the source; the words are the technician's.
        let s = speakers(
            "ونقل الموقع عن فني في المطار، طلب إخفاء اسمه خوفاً من العقاب، قوله إن «الرحلات ستتأخر أسبوعاً».",
        );
        assert_eq!(s, vec![(true, Some("فني في المطار".into()), true)]);
        let s = speakers(
            "ونقلت القناة عن مترجم في السفارة، تحدث شريطة عدم الكشف عن هويته، قوله إن «الوفد غادر».",
        );
        assert_eq!(s, vec![(true, Some("مترجم في السفارة".into()), true)]);
    }

    #[test]
    fn a_topic_subject_carries_the_turn_when_no_clause_named_anyone_before() {
        // The story introduced her as the subject of a verb that is not a cue; no reporting clause
        // named anyone before, so وقالت two paragraphs on refers to her.
        let s = speakers(
            "وفازت الكاتبة سلمى الخطيب بالجائزة الأولى للقصة القصيرة.\nوحضر الحفل عدد كبير من الأدباء.\nوقالت في كلمتها: «أهدي هذا الفوز إلى كل من علمني القراءة».",
        );
        assert_eq!(s, vec![(true, Some("الكاتبة سلمى الخطيب".into()), false)]);
    }

    #[test]
    fn the_one_speaking_refers_back_to_the_current_speaker() {
        // المتحدث alone is the one speaking, even after a person introduced with a post.
        let s = speakers(
            "وقال الوزير يوسف العلي إن المباراة ستكون صعبة.\nويضيف المتحدث: «سنلعب من أجل الفوز فقط».",
        );
        assert_eq!(s, vec![(true, Some("المتحدث (يوسف العلي)".into()), false)]);
        // السيد is a form of address, not a post of his own: اللاعب is still him.
        let s = speakers(
            "وقال السيد يوسف العلي إن المباراة ستكون صعبة.\nوصرح اللاعب للصحفيين: «سنلعب من أجل الفوز فقط».",
        );
        assert_eq!(s, vec![(true, Some("اللاعب (يوسف العلي)".into()), false)]);
    }

    #[test]
    fn a_relative_clause_with_a_subject_of_its_own_is_unclear() {
        // كتب does not agree with التي: its subject is the novel's author, not the last speaker.
        let s = speakers(
            "وقال الكاتب يوسف العلي إن المعرض ناجح.\nويعرض الجناح روايته الأولى التي كتب في مقدمتها: «المدينة لا تنام أبداً».",
        );
        assert_eq!(s, vec![(true, None, false)]);
    }

    #[test]
    fn the_first_sentence_after_a_dateline_introduces_its_subject() {
        // The dateline is a heading: تأهلت opens the story's first clause, and the athlete,
        // described before her name, is the one the story follows.
        let s = speakers(
            "الرباط (وكالات) - تأهلت العداءة المغربية سلمى الخطيب إلى نهائي السباق بعد فوز كبير.\nوقالت في تصريح للصحفيين: «لم أتوقع هذا الزمن في التصفيات».",
        );
        assert_eq!(
            s,
            vec![(true, Some("العداءة المغربية سلمى الخطيب".into()), false)]
        );
    }

    #[test]
    fn after_min_jihatihi_the_last_speaker_does_not_go_on() {
        // من جهتها announces another party: the cue whose subject the reader cannot name is
        // unclear, not the man who spoke before.
        let s = speakers(
            "وقال المزارع يوسف العلي إن البيت هدم.\nمن جهته، قال في بيان إن «الأوامر نهائية وصدرت بعد الإجراءات».",
        );
        assert_eq!(s, vec![(true, None, false)]);
        let s = speakers(
            "وقال المزارع يوسف العلي إن البيت هدم.\nبدوره، قال: «لم نتلق أي إنذار قبل الهدم».",
        );
        assert_eq!(s, vec![(true, None, false)]);
    }

    #[test]
    fn a_family_name_that_is_an_ordinary_word_is_completed_with_its_given_names() {
        // السعيد ("the happy") alone does not read as a name: the sheet gives the full name the
        // story introduced.
        let s = speakers(
            "وأحيت الفرقة الحفل بقيادة المايسترو فادي السعيد.\nوقال السعيد في تصريح: «أردنا أن نقدم التراث بروح جديدة».",
        );
        assert_eq!(s, vec![(true, Some("السعيد (فادي السعيد)".into()), false)]);
        // A family name that reads as a name stays as written.
        let s = speakers(
            "وأحيت الفرقة الحفل بقيادة المايسترو فادي العتيبي.\nوقال العتيبي في تصريح: «أردنا أن نقدم التراث بروح جديدة».",
        );
        assert_eq!(s, vec![(true, Some("العتيبي".into()), false)]);
    }

    #[test]
    fn a_source_phrase_whose_source_cannot_be_read_is_unclear() {
        // وفقاً لـ brings its own source: the subject of its relative clause (نشره مركز محلي), never
        // the last speaker.
        let s = speakers(
            "وقال المزارع يوسف العلي إن البيت هدم.\nووفقاً لما نشره مركز محلي، فإن «أكثر من مئة منزل مهددة بالهدم».",
        );
        assert_eq!(s, vec![(true, Some("مركز محلي".into()), false)]);
        // بحسب ما كتب: the verb's pronoun subject is the one speaking.
        let s = speakers(
            "وقال المزارع يوسف العلي إن البيت هدم.\nوالسلطات «تتجاهل» شكاوى السكان بحسب ما كتب.",
        );
        assert_eq!(s, vec![(true, Some("المزارع يوسف العلي".into()), false)]);
    }

    #[test]
    fn a_bare_body_noun_stands_for_the_body_named_in_full_before() {
        // الوزارة refers back to the ministry named in full; the authority named in between has
        // another head noun.
        let s = speakers(
            "أعلنت وزارة الزراعة الأردنية أن خطة الري جاهزة.\nوحذرت هيئة المياه من الجفاف.\nوقالت الوزارة في بيان إن «المياه لن تنقطع عن المزارعين هذا الصيف».",
        );
        assert_eq!(
            s,
            vec![(true, Some("الوزارة (وزارة الزراعة الأردنية)".into()), false)]
        );
        // A subjectless cue that continues the body's turn names it the same way.
        let s = speakers(
            "أعلنت وزارة الزراعة الأردنية أن خطة الري جاهزة.\nوقالت الوزارة إن الخطة جاهزة.\nوأضافت: «لن تنقطع المياه عن أي مزرعة في الصيف المقبل».",
        );
        assert_eq!(
            s,
            vec![(true, Some("الوزارة (وزارة الزراعة الأردنية)".into()), false)]
        );
        // With no body of that kind named before, the noun stays as written.
        let s = speakers(
            "أعلنت هيئة المياه أن خطة الري جاهزة.\nوقالت الوزارة في بيان إن «المياه لن تنقطع عن المزارعين هذا الصيف».",
        );
        assert_eq!(s, vec![(true, Some("الوزارة".into()), false)]);
    }
}

#[cfg(test)]
mod crossing {
    use super::super::speaker::tests::speakers;

    #[test]
    fn abara_with_an_object_and_no_an_is_to_cross_and_names_no_speaker() {
        // Invented: the headline's عبرت الحدود reports nothing; «تقول» has no subject and the
        // headline's noun is no speaker to carry (it gave «مغربية» before).
        assert_eq!(
            speakers("عائلة مغربية عبرت الحدود بحثاً عن عمل\n\nتقول اليوم: «الأوراق أهم من الطعام»."),
            vec![(true, None, false)]
        );
        // The crossing verb's subject is the person the story follows, as any verb's is.
        assert_eq!(
            speakers(
                "عبرت سلمى الحداد الحدود مع أطفالها قبل عامين.\nتقول اليوم: «الأوراق أهم من الطعام»."
            ),
            vec![(true, Some("سلمى الحداد".to_string()), false)]
        );
        // With عن it is عبّر "to express", a cue with its subject.
        assert_eq!(
            speakers("عبرت سلمى الحداد عن أملها في «العودة قريبا»."),
            vec![(true, Some("سلمى الحداد".to_string()), false)]
        );
        // Invented: عبرت من … مروراً بـ«…» crosses; the term after the preposition is no
        // words it reports, so the partial quote is the researcher's, the subject of يرى.
        assert_eq!(
            speakers(
                "ويرى الباحث كريم الأيوبي أن الطيور عبرت من الشمال مروراً بـ«الممر الأخضر» في الجنوب."
            ),
            vec![(true, Some("الباحث كريم الأيوبي".to_string()), false)]
        );
    }
}

#[cfg(test)]
pub(in crate::analysis::quotes) mod pointing_back {
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;

    /// Each quotation of `src`: its speaker's text (`None`: unclear or unattributed). Shared by
    /// the quotation tests of `quotes` (`referent_tests`, `speaker::own_outlet`).
    pub(in crate::analysis::quotes) fn speakers(src: &str) -> Vec<Option<String>> {
        analyze_text(src, Format::Plain, &Profile::embedded())
            .quotes
            .iter()
            .map(|q| {
                q.attribution
                    .as_ref()
                    .and_then(|a| a.speaker.as_ref().map(|s| s.1.clone()))
            })
            .collect()
    }

    #[test]
    fn a_quoted_name_inside_the_subject_does_not_cut_the_speaker_carried_on() {
        // «النخيل» is the publisher's name inside the subject; مضيفاً carries on the holder
        // named after it, not the post cut at the quotation mark.
        assert_eq!(
            speakers(
                "في حين قال مدير دار «النخيل» للنشر، سامر الخطيب، إن «الأسعار مرتفعة»، مضيفاً: «منحنا خصماً للطلبة»."
            ),
            vec![
                Some("مدير دار".to_string()),
                Some("سامر الخطيب".to_string()),
                Some("سامر الخطيب".to_string())
            ]
        );
    }

    #[test]
    fn an_earlier_title_shows_the_family_name_the_story_resumes() {
        // أبكر is also a word ("earlier"), but the story resumes the minister by it alone.
        assert_eq!(
            speakers(
                "أعلن وزير التربية الدكتور نور الدين أبكر، اليوم، نتيجة الامتحانات في مؤتمر صحفي.\n\n\
                 وقال أبكر إن «النتائج جيدة».\n\n\
                 وأضاف الوزير: «لن نتهاون مع الغش»."
            ),
            vec![
                Some("أبكر".to_string()),
                Some("الوزير (نور الدين أبكر)".to_string())
            ]
        );
    }

    #[test]
    fn a_verbal_noun_after_a_preposition_is_no_reporting_verb() {
        // تنقّل after إلى is the verbal noun «moving about», spelled like تنقل «she relays».
        let src = "قالت الوزيرة سلمى حداد إن المعرض «يفتح أبوابه للجميع». كما أشارت إلى تنقّل المعرض بين المدن، \"فمن الشمال إلى الجنوب نحمل الكتاب إلى كل قارئ في البلاد\".";
        let a = analyze_text(src, Format::Plain, &Profile::embedded());
        let cues: Vec<&str> = a
            .quotes
            .iter()
            .map(|q| q.attribution.as_ref().map_or("", |at| &src[at.cue.clone()]))
            .collect();
        assert_eq!(cues, ["قالت", "أشارت"]);
        assert_eq!(
            speakers(src),
            [
                Some("الوزيرة سلمى حداد".to_string()),
                Some("الوزيرة سلمى حداد".to_string())
            ]
        );
    }

    #[test]
    fn a_quotation_after_a_sentence_of_fear_or_belief_is_not_its_subjects() {
        // يخشى reports a fear: the quotation in the next sentence has no reporting clause.
        let src = "زار الصحفي كريم الدباغ المتحف.\n\nويخشى خبراء أن تكون القطع قد بيعت خارج البلاد. «بيع هذه القطع خسارة لا تعوض للذاكرة الوطنية كلها».";
        let doc = analyze_text(src, Format::Plain, &Profile::embedded());
        assert_eq!(doc.quotes.len(), 1);
        assert!(doc.quotes[0].attribution.is_none());
        // A reporting verb in the sentence before still gives its speaker.
        let said = src.replace("ويخشى", "ويقول");
        assert_eq!(speakers(&said), [Some("خبراء".to_string())]);
        // The verbs of belief and fear, and no other.
        let src = "ويخشى يعتقدون ظنت وخشيت اعتقد وقال يظهر";
        let doc = crate::text::Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = crate::analysis::Context::new(&doc, &p);
        let got: Vec<bool> = (0..doc.words.len())
            .map(|i| super::belief_verb(&cx, i))
            .collect();
        assert_eq!(got, [true, true, true, true, true, false, false]);
    }

    #[test]
    fn a_demonstrative_in_the_next_sentence_attributes_a_lone_quote() {
        assert_eq!(
            speakers(
                "كان الجو بارداً في الصباح الباكر. «لن نترك أرضنا مهما حدث». بهذه العبارة اختصر المزارع خالد السعدي موقف أهل القرية."
            ),
            vec![Some("المزارع خالد السعدي".to_string())]
        );
        assert_eq!(
            speakers(
                "كان الجو بارداً في الصباح الباكر. «لن نترك أرضنا مهما حدث». هكذا لخص المزارع خالد السعدي موقف أهل القرية."
            ),
            vec![Some("المزارع خالد السعدي".to_string())]
        );
        // Without the demonstrative the next sentence does not speak for the quotation.
        assert_eq!(
            speakers(
                "كان الجو بارداً في الصباح الباكر. «لن نترك أرضنا مهما حدث». لخص المزارع خالد السعدي موقف أهل القرية."
            ),
            vec![None]
        );
    }

    #[test]
    fn a_purpose_particle_before_a_reporting_verb_and_a_colon_is_a_cue() {
        assert_eq!(
            speakers("وقفت ليلى حداد أمام المستشفى لتقول: «لم يسألنا أحد عن رأينا»."),
            vec![Some("ليلى حداد".to_string())]
        );
        // An addressee between the verb and the colon (ليسأل الوزير:) keeps the cue.
        assert_eq!(
            speakers("وعاد النائب سامر الخطيب ليسأل الوزير: «من يضمن وصول المساعدات في موعدها؟»"),
            vec![Some("النائب سامر الخطيب".to_string())]
        );
        // Without the colon لتقول is not read as introducing the words that follow.
        assert_eq!(
            speakers("وقفت الممرضة ليلى حداد أمام المستشفى لتقول «لا» للجميع."),
            vec![None]
        );
    }

    #[test]
    fn a_person_introduced_as_a_subject_in_between_makes_the_turn_unclear() {
        // After بأن a new person is the subject of the reported clause: وقال له may be theirs.
        assert_eq!(
            speakers(
                "وأفاد الوزير سامر الخطيب بأن مدير مكتبه، مايك بومبيو، كان على علم بالزيارة وقال له «هذه تجربة جيدة»."
            ),
            vec![None]
        );
        // With no one in between the turn goes on.
        assert_eq!(
            speakers(
                "وأفاد الوزير سامر الخطيب بأن الزيارة كانت ناجحة وقال للصحفيين «هذه تجربة جيدة»."
            ),
            vec![Some("الوزير سامر الخطيب".to_string())]
        );
    }

    #[test]
    fn a_person_named_outside_subject_place_does_not_take_the_turn() {
        // In a genitive (في عهد الرئيس ...) a person is no subject: the speaker goes on.
        assert_eq!(
            speakers(
                "وشددت الوزيرة ليلى حداد على أهمية القناة في عهد السفير مايك بومبيو، وقالت: «سنواصل العمل»."
            ),
            vec![Some("الوزيرة ليلى حداد".to_string())]
        );
        // A circumstantial participle shares the subject of its main verb.
        assert_eq!(
            speakers(
                "وقال الوزير سامر الخطيب إن الوزير مايك بومبيو سيزور المدينة، مضيفاً «ستكون زيارة مهمة»."
            ),
            vec![Some("الوزير سامر الخطيب".to_string())]
        );
    }

    #[test]
    fn a_fronted_subject_in_between_takes_the_turn() {
        // The fronted subject, set off from its verb by asides, is read: it takes the turn.
        assert_eq!(
            speakers(
                "وقال الوزير سامر الخطيب إن المهرجان ناجح.\nووزير الثقافة، مايك بومبيو، الذي افتتح المهرجان، قال «هذه ليلة للجميع»."
            ),
            vec![Some("وزير الثقافة، مايك بومبيو".to_string())]
        );
    }

    #[test]
    fn a_verb_right_after_an_indefinite_noun_describes_it() {
        // فتوى ... تعلن: the verb's subject is the fatwa, not the minister whose turn it was.
        assert_eq!(
            speakers(
                "وقال الوزير سامر الخطيب إن الوضع صعب.\nوأصدر المجلس فتوى من سبع نقاط تعلن أن «الهجمات حرام»."
            ),
            vec![None]
        );
        // With a resumptive pronoun (يقول فيها) the noun is the occasion: the turn goes on.
        assert_eq!(
            speakers("وقال الوزير سامر الخطيب إن الوضع صعب.\nوفي مقابلة يقول فيها «الهجمات حرام»."),
            vec![Some("الوزير سامر الخطيب".to_string())]
        );
    }
}

#[cfg(test)]
mod carried_turns {
    use super::pointing_back::speakers;

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn a_turn_runs_on_over_paragraphs_that_only_describe_the_speaker() {
        // Three paragraphs about the writer, with no other subject: ويقول is still his.
        assert_eq!(
            speakers(
                "قال الكاتب سامر الخطيب: «الكتابة حياتي».\n\nويعيش الخطيب في قرية صغيرة قرب البحر.\n\nوهو يكتب كل صباح قبل أن يخرج إلى الحقل.\n\nولا يملك هاتفاً في بيته.\n\nويقول: «لا أحتاج إلى أكثر من قلم»."
            ),
            vec![some("الكاتب سامر الخطيب"), some("الكاتب سامر الخطيب")]
        );
        // Another person fronted as a subject in between: the pronoun may be his.
        assert_eq!(
            speakers(
                "قال الكاتب سامر الخطيب: «الكتابة حياتي».\n\nويعيش الخطيب في قرية صغيرة قرب البحر.\n\nوجاره عماد حداد يزوره كل أسبوع.\n\nولا يملك هاتفاً ولا حاسوباً منذ سنوات.\n\nويقول: «لا أحتاج إلى أكثر من قلم»."
            ),
            vec![some("الكاتب سامر الخطيب"), None]
        );
        // A cue that does not open its sentence stays within two paragraphs.
        assert_eq!(
            speakers(
                "قال الكاتب سامر الخطيب: «الكتابة حياتي».\n\nويعيش الخطيب في قرية صغيرة قرب البحر.\n\nوهو يكتب كل صباح قبل أن يخرج إلى الحقل.\n\nولا يملك هاتفاً في بيته.\n\nوفي رسالة إلى أصدقائه يقول: «لا أحتاج إلى أكثر من قلم»."
            ),
            vec![some("الكاتب سامر الخطيب"), None]
        );
    }

    #[test]
    fn a_post_with_a_name_in_apposition_is_that_person() {
        // (The company's name in guillemets is listed too: the speech is the last quotation.)
        assert_eq!(
            speakers(
                "وقال المدير التنفيذي لشركة «نور»، المالكة للمصنع، كريم بولس، إن «الإنتاج سيبدأ قريباً»."
            )
            .last(),
            Some(&some("المدير التنفيذي (كريم بولس)"))
        );
    }

    #[test]
    fn a_deputy_is_not_the_head_a_bare_title_names() {
        // نائب رئيس الهيئة is not الرئيس: the bare title stays unresolved.
        assert_eq!(
            speakers(
                "وقال نائب رئيس الهيئة سامر الخطيب إن «العمل مستمر».\n\nوقال الرئيس: «لن نتوقف»."
            ),
            vec![some("نائب رئيس الهيئة سامر الخطيب"), some("الرئيس")]
        );
        assert_eq!(
            speakers("وقال رئيس الهيئة سامر الخطيب إن «العمل مستمر».\n\nوقال الرئيس: «لن نتوقف»."),
            vec![
                some("رئيس الهيئة سامر الخطيب"),
                some("الرئيس (سامر الخطيب)")
            ]
        );
    }

    #[test]
    fn one_of_them_is_not_carried_past_its_paragraph() {
        assert_eq!(
            speakers(
                "واستمعت المحكمة إلى ثلاثة شهود، قال أحدهم إن «التعليمات كانت شفهية».\n\nونفى المتهم كل التهم.\n\nوأضاف: «أنا بريء»."
            ),
            vec![some("أحدهم"), None]
        );
        // Within its paragraph the same witness goes on.
        assert_eq!(
            speakers(
                "واستمعت المحكمة إلى ثلاثة شهود، قال أحدهم إن «التعليمات كانت شفهية»، وأضاف: «لم أر شيئاً»."
            ),
            vec![some("أحدهم"), some("أحدهم")]
        );
    }
}

#[cfg(test)]
mod subjects_in_between {
    use super::pointing_back::speakers;

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn a_verbal_noun_after_refused_names_no_speaker() {
        // وصف after رفض is a verbal noun: الوضع is its object, and وقال is still the minister's.
        assert_eq!(
            speakers(
                "وأكد الوزير سامر الخطيب أن الأرقام صحيحة، لكنه رفض وصف الوضع بـ«الكارثة»، وقال: «نحن نعمل ليلاً ونهاراً»."
            )
            .last(),
            Some(&some("الوزير سامر الخطيب"))
        );
    }

    #[test]
    fn a_noun_after_a_contrastive_particle_is_the_subject_of_the_cue() {
        // غير أن مدير المستشفى ... قال: the director spoke, not the minister.
        assert_eq!(
            speakers(
                "وقال الوزير سامر الخطيب إن الوضع مستقر.\nغير أن مدير المستشفى، الذي تحدث من دون ذكر اسمه، قال إن «الأرقام أعلى بكثير»."
            )
            .last(),
            Some(&None)
        );
        // A noun that does not speak (الأرقام) leaves the turn to the minister.
        assert_eq!(
            speakers(
                "وقال الوزير سامر الخطيب إن الوضع مستقر.\nلكن الأرقام ارتفعت أمس، وأضاف: «سنراجعها»."
            )
            .last(),
            Some(&some("الوزير سامر الخطيب"))
        );
        // A pronoun after the particle (لكنه) refers back to the minister.
        assert_eq!(
            speakers("وقال الوزير سامر الخطيب إن الوضع مستقر.\nلكنه قال إن «الأرقام أعلى بكثير».")
                .last(),
            Some(&some("الوزير سامر الخطيب"))
        );
    }

    #[test]
    fn a_verb_joined_to_the_cue_of_the_noun_after_a_contrastive_particle_goes_on_with_it() {
        // The noun after لكن / غير أن spoke through an earlier cue of the sentence (انتقد، وصفت):
        // the joined verb shares that subject.
        for (src, who) in [
            (
                "وقال الوزير سامر الخطيب إن «الوضع مستقر».\n\nلكن رئيس نقابة الأطباء، كريم العلي، انتقد القرار بشدة، وقال إن «المستشفيات تعاني».",
                "كريم العلي",
            ),
            (
                "وقال الوزير سامر الخطيب إن «الوضع مستقر».\n\nغير أن مديرة المدرسة، هند الراشد، انتقدت الخطة بشدة، وقالت إن «الطلاب لم يستعدوا».",
                "هند الراشد",
            ),
        ] {
            let got = speakers(src).last().cloned().flatten();
            assert!(
                got.as_deref().is_some_and(|g| g.contains(who)),
                "{src}: {got:?}"
            );
        }
    }
}

#[cfg(test)]
mod unread_subjects {
    use super::super::speaker::tests::{speaker_names as names, speakers};

    #[test]
    fn a_kunya_after_the_verb_is_its_subject() {
        // The body's words, then a mother named by her kunya: her words are hers, also after a
        // subjectless وأضافت, not the body's.
        assert_eq!(
            names(
                "وقالت الهيئة في بيان إن القافلة «ستصل خلال يومين».\nوقالت أم سليم، وهي أرملة تعيل ثلاثة أطفال، إنها لم تتلق شيئاً. وأضافت: «لا أعرف كيف سأطعم أولادي هذا الشتاء»."
            ),
            vec![Some("الهيئة".into()), Some("أم سليم".into())]
        );
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن «الخطة جاهزة».\nوقال أبو عبد الله إن «الخبز لم يصل إلى الحي منذ أسبوع»."
            ),
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("أبو عبد الله".into())
            ]
        );
        // A masculine verb does not take أم for its subject: the kunya is not read.
        assert_eq!(kunya_heads("وقال أم لم يقل إن «الخبز لم يصل»."), vec![None]);
    }

    /// The quoted name read as the subject of the verb `verb` (as written) in `text` (a test of
    /// [`super::quoted_name_subject`] alone).
    fn quoted_names(text: &str, verb: &str) -> Vec<Option<String>> {
        at_verb(text, verb, |cx, i| {
            vec![super::quoted_name_subject(cx, &cx.quotes().quotes, i).map(|n| n.text)]
        })
    }

    /// Whether the word `verb` (as written) of `text` is read as a purpose verb (a test of
    /// [`super::purpose_verb`] alone).
    fn purpose(text: &str, verb: &str) -> bool {
        at_verb(text, verb, super::purpose_verb)
    }

    /// `test` asked of the word `verb` (as written) of `text`, analysed with the embedded profile
    /// (the verb's word index is given to `test`). Panics when `text` has no such word.
    pub(super) fn at_verb<R>(
        text: &str,
        verb: &str,
        test: impl Fn(&crate::analysis::Context, usize) -> R,
    ) -> R {
        let doc = crate::text::Document::new(text, crate::text::Format::Plain);
        let profile = crate::profile::Profile::embedded();
        let cx = crate::analysis::Context::new(&doc, &profile);
        let i = (0..doc.words.len())
            .find(|&i| doc.words[i].plain.as_str() == verb)
            .expect("the verb");
        test(&cx, i)
    }

    #[test]
    fn a_verb_of_interrupting_before_a_colon_is_a_cue() {
        assert_eq!(
            names(
                "وتحدث الوزير عن الخطة، وهنا قاطعه النائب سامر الخطيب: «هذه الأرقام قديمة يا معالي الوزير»."
            ),
            vec![Some("النائب سامر الخطيب".to_string())]
        );
        // Without a colon, or with a comma before it, the verb introduces no words.
        assert!(interrupting(
            "وقاطعه النائب سامر: «هذه الأرقام قديمة»",
            "وقاطعه"
        ));
        assert!(!interrupting(
            "وقاطعه النائب سامر أكثر من مرة «هذه الأرقام قديمة»",
            "وقاطعه"
        ));
        assert!(!interrupting(
            "وقاطعه النائب سامر، ثم قال: «هذه الأرقام قديمة»",
            "وقاطعه"
        ));
        // A verb of asking with its object pronoun before a colon is one too.
        assert!(interrupting(
            "وبكت الشاهدة حين سألها القاضي سامر الخطيب: «هل رأيته؟»",
            "سألها"
        ));
        // A verb of boycotting (قاطع الانتخابات) has no pronoun object and is no cue.
        assert!(!interrupting("وقاطع الحزب الانتخابات: «لن نشارك»", "وقاطع"));
    }

    /// Whether the word `verb` (as written) of `text` is read as a verb of interrupting before a
    /// colon (a test of [`super::interrupting_verb`] alone).
    fn interrupting(text: &str, verb: &str) -> bool {
        at_verb(text, verb, super::interrupting_verb)
    }

    #[test]
    fn a_statement_in_which_came_words_is_its_issuers() {
        // The words are the statement's, not the previous speaker's: its issuer's.
        let got = speakers(
            "وقال الوزير سامر الخطيب: «الخطة جاهزة».\nوأصدرت النقابة بياناً على موقعها جاء فيه: «نرفض هذه الخطة جملة وتفصيلاً».",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].1, Some("النقابة".into()));
        // A statement passed around, not issued (تداول): attributed, speaker unclear.
        let got = speakers(
            "وقال الوزير سامر الخطيب: «الخطة جاهزة».\nوتداول ناشطون بياناً على مواقع التواصل جاء فيه: «نرفض هذه الخطة جملة وتفصيلاً».",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].1, None);
        assert!(got[1].0, "the statement's words are attributed");
        // With no statement noun before جاء فيه the reporting verb before it names the speaker.
        let got = speakers(
            "وقال الوزير سامر الخطيب: «الخطة جاهزة».\nوأعلنت النقابة موقفها في اجتماع طويل جداً جاء فيه: «نرفض هذه الخطة جملة وتفصيلاً».",
        );
        assert_eq!(got[1].1, Some("النقابة".into()));
    }

    #[test]
    fn a_purpose_verb_may_take_its_addressee_before_the_colon() {
        assert!(purpose("وعاد النائب ليسأل الوزير: «من يضمن ذلك؟»", "ليسأل"));
        assert!(purpose("وعاد النائب ليسأل: «من يضمن ذلك؟»", "ليسأل"));
        // A verb of opening is no verb of speech, its object and colon notwithstanding.
        assert!(!purpose(
            "وعاد النائب ليفتح الباب: «الأولوية للمياه»",
            "ليفتح"
        ));
        // Two words before the colon, or a comma after the object: no cue.
        assert!(!purpose(
            "وعاد النائب ليسأل الوزير الجديد: «من يضمن ذلك؟»",
            "ليسأل"
        ));
        assert!(!purpose(
            "وعاد النائب ليسأل، الوزير: «من يضمن ذلك؟»",
            "ليسأل"
        ));
    }

    /// The kunya read at the first cue of `text` (a test of [`super::kunya_subject`] alone).
    fn kunya_heads(text: &str) -> Vec<Option<String>> {
        let doc = crate::text::Document::new(text, crate::text::Format::Plain);
        let profile = crate::profile::Profile::embedded();
        let cx = crate::analysis::Context::new(&doc, &profile);
        let i = (0..doc.words.len())
            .find(|&i| cx.lex.words[i].verb())
            .expect("a cue");
        vec![super::kunya_subject(&cx, i, doc.words.len()).map(|n| n.text)]
    }

    #[test]
    fn a_purpose_verb_takes_the_subject_of_the_verb_before_it() {
        // لتقول states the purpose of تتدخل, whose subject is the woman named after it, not the
        // minister who answered before.
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن «الخطة جاهزة».\nوحين سئل عن الموعد، أجاب الوزير بأن العمل «سيبدأ قريباً»، قبل أن تتدخل المديرة ليلى حداد لتقول: «الأولوية للمياه»."
            ),
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("الوزير (سامر الخطيب)".into()),
                Some("المديرة ليلى حداد".into())
            ]
        );
        // A surname the dictionary does not know, right after the verb, is its subject.
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن «الخطة جاهزة».\nوأجاب الوزير بأن العمل «سيبدأ قريباً»، قبل أن تتدخل زعيتري لتقول: «الأولوية للمياه»."
            )
            .last(),
            Some(&Some("زعيتري".into()))
        );
        // A feminine perfect (تدخلت: تدخل with the feminine ت) is the verb the subject follows.
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن «الخطة جاهزة».\nوحين سئل عن الموعد، أجاب الوزير بأن العمل «سيبدأ قريباً»، ثم تدخلت المديرة ليلى حداد لتقول: «الأولوية للمياه»."
            )
            .last(),
            Some(&Some("المديرة ليلى حداد".into()))
        );
        // A subject-first clause: the definite noun that opens the sentence right before the
        // verb is the subject, and the verb coordinated after the purpose clause shares it.
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن «الخطة جاهزة».\nالقباني عاد ليؤكد أن المحافظة «لا تملك عصا سحرية»، وقال: «سنرى من يصدق في النهاية»."
            ),
            vec![
                Some("الوزير سامر الخطيب".into()),
                Some("القباني".into()),
                Some("القباني".into())
            ]
        );
        // No verb before the name: the purpose verb names nobody, and the turn goes on.
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن «الخطة جاهزة».\nوبعد كلمة المديرة ليلى حداد ليضيف: «الأولوية للمياه»."
            )
            .last(),
            Some(&Some("الوزير سامر الخطيب".into()))
        );
    }

    #[test]
    fn a_paper_quoted_as_a_name_after_the_verb_is_its_subject() {
        // The paper named in marks between كتبت and أن is the one that wrote, not the source
        // another paper quoted before it.
        // (The papers' names are quotations too: the words are the second and the fourth.)
        let s = names(
            "صحيفة «الفجر» نقلت عن مصادر حكومية أن الخطة «جاهزة».\nفيما كتبت «المساء» أن الخلاف «ما زال قائماً».",
        );
        assert_eq!(s.len(), 4);
        assert_eq!(s[1], Some("مصادر حكومية".into()));
        assert_eq!(s[3], Some("المساء".into()));
        // A source fronted before the verb: the paper only carries the words.
        let s = names(
            "صحيفة «الفجر» نقلت عن مصادر حكومية أن الخطة «جاهزة».\nوعلى لسان رئيس اللجنة، نقلت «المساء» أن اللجنة «ستجتمع غداً».",
        );
        assert_ne!(s.last(), Some(&Some("المساء".into())));
        // A plan named after أعلنت, with no content after it, is no subject.
        assert_eq!(
            names("وقالت الوزيرة سلمى الخطيب إن «الخطة جاهزة».\nوأعلنت «خطة الطوارئ» أمس، وأضافت: «سنبدأ غداً».")
                .last(),
            Some(&Some("الوزيرة سلمى الخطيب".into()))
        );
        // A work named after a masculine verb is what the story reports on, not a speaker.
        assert_eq!(
            quoted_names("ويعتبر «المعجم الكبير» أن «الكلمة دخيلة».", "ويعتبر"),
            vec![None]
        );
        assert_eq!(
            quoted_names("وكتبت «المساء» أن «الخلاف قائم».", "وكتبت"),
            vec![Some("المساء".into())]
        );
        // A source phrase earlier in the sentence, not fronted before this verb, leaves the paper
        // the subject; one fronted before it and set off by a comma does not.
        assert_eq!(
            quoted_names(
                "ونقلت الوكالة عن مصدر قوله إن الوضع «هادئ»، فيما ذكرت «المساء» أن «الخلاف قائم».",
                "ذكرت"
            ),
            vec![Some("المساء".into())]
        );
        assert_eq!(
            quoted_names(
                "وعلى لسان رئيس اللجنة، نقلت «المساء» أن اللجنة «ستجتمع غداً».",
                "نقلت"
            ),
            vec![None]
        );
    }

    #[test]
    fn the_phrase_after_an_is_the_speaker_of_qawluhu() {
        // قولها refers to the circle the words are transmitted from, not to the deputy named in
        // the paragraph before.
        assert_eq!(
            names(
                "وقال النائب سمير الحداد إن «الحكومة مقصرة».\nونقلت الصحيفة عن أوساط رئيس الحكومة قولها إن «لا تعيينات قريبة»."
            ),
            vec![
                Some("النائب سمير الحداد".into()),
                Some("أوساط رئيس الحكومة".into())
            ]
        );
    }
}

#[cfg(test)]
mod holders {
    use super::super::speaker::tests::speaker_names as names;

    // Where the reader itself reads the holder's name after the post's complement
    // (`np::Phrase::name_after_chain`), the speaker is that name alone; `holder_after_post` is
    // what names the person where the reader stops at the post (the tests after this one).
    #[test]
    fn the_holder_named_after_the_posts_complements_is_the_speaker() {
        // After the body's full name and its abbreviation in brackets.
        assert_eq!(
            names(
                "وقالت المتحدثة باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) ماريكا لوفنبرغ في مؤتمر صحفي إن «المساعدات لا تصل إلى المخيمات»."
            ),
            vec![Some("ماريكا لوفنبرغ".into())]
        );
        // After a participle with its complement and an adverb; the verb's object after the
        // name is not part of it, and a name particle binds the word after it.
        assert_eq!(
            names(
                "ووصف وزير الخارجية في الحكومة المعترف بها دولياً عبد الرحيم الشامي الاتفاق بأنه «خطوة أولى نحو السلام»."
            ),
            vec![Some("عبد الرحيم الشامي".into())]
        );
        // A subjectless cue after it continues the holder.
        assert_eq!(
            names(
                "وقالت المتحدثة باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) ماريكا لوفنبرغ في مؤتمر صحفي إن الوضع صعب. وتابعت: «المساعدات لا تصل إلى المخيمات»."
            ),
            vec![Some("ماريكا لوفنبرغ".into())]
        );
    }

    #[test]
    fn a_title_where_a_name_can_start_is_the_holders_own() {
        // After a one-word place, المهندس opens the holder's name.
        assert_eq!(
            names(
                "واتهم رئيس لجنة الأسعار في بلدية صيدا المهندس كريم حداد التجار بـ«رفع الأسعار دون أي مبرر»."
            ),
            vec![Some("كريم حداد".into())]
        );
    }

    #[test]
    fn the_holders_name_stops_where_another_name_starts() {
        // The object of انتقد follows the holder's name: a given name after a family name starts
        // another person.
        assert_eq!(
            names(
                "وانتقد الباحث في الاقتصاد السياسي كريم حداد نبيل العلي بسبب «تصريحاته المتسرعة حول الأزمة»."
            ),
            vec![Some("الباحث (كريم حداد)".into())]
        );
    }

    #[test]
    fn a_name_right_after_the_holders_name_is_another_person() {
        // The object of وصف follows the holder's name: نبيل العلي is the man described, not the
        // speaker (`np::Phrase::name_after_chain`).
        assert_eq!(
            names("ووصف الباحث في الاقتصاد السياسي كريم حداد نبيل العلي بـ«المتسرع»."),
            vec![Some("الباحث (كريم حداد)".into())]
        );
    }

    #[test]
    fn no_holder_past_another_party_or_an_addressee() {
        // مع brings in another party, whose name is not the post's holder; لقناة marks the
        // addressee; a body's name after an indefinite noun is its genitive.
        assert_eq!(
            names(
                "وقالت المتحدثة باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في مؤتمر صحفي مع وزير الصحة ماركو فيليني إن «المساعدات لا تصل».\n\nوقالت الباحثة في معهد كارنيغي إن «الأزمة طويلة».\n\nوقال الخبير في الاقتصاد الزراعي في تصريح لقناة الجزيرة نيكولا برونو إن «الأسعار سترتفع»."
            ),
            vec![
                Some("المتحدثة باسم مكتب الأمم المتحدة".into()),
                Some("الباحثة".into()),
                Some("الخبير".into())
            ]
        );
    }
}

#[cfg(test)]
mod unread_subject {
    use super::super::speaker::tests::speaker_names as names;

    #[test]
    fn a_noun_after_qala_is_a_subject_even_when_it_cannot_be_read() {
        // دانا is also a dictionary word: the reader names no subject, but after قالت a noun is
        // its subject, so neither quotation is the minister's.
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن الوضع صعب في الأسواق.\nوقالت دانا فيشر، كبيرة المحللين في بنك كومرتس، في مذكرة: «الأسعار سترتفع قبل نهاية العام».\nوتابعت أن الطلب «لن يتراجع في الشتاء»."
            ),
            vec![Some("دانا فيشر".to_string()); 2]
        );
    }

    #[test]
    fn an_adverb_or_an_addressee_after_qala_leaves_the_turn_on() {
        let minister = Some("الوزير سامر الخطيب".to_string());
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن الوضع صعب في الأسواق.\nوقال أيضاً: «سنراقب الأسعار كل يوم».\nوقال لقناة محلية: «لا داعي للقلق الآن»."
            ),
            vec![minister.clone(), minister]
        );
    }

    #[test]
    fn a_definite_noun_after_a_verb_of_content_by_preposition_is_its_own_speaker() {
        // يشير takes its content with إلى: التقرير is its subject, not an object, and it is not
        // the minister named before.
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن الوضع صعب في الأسواق.\nويشير التقرير إلى أن «الأسعار سترتفع قبل الشتاء»."
            ),
            vec![Some("التقرير".to_string())]
        );
    }

    #[test]
    fn a_possessed_noun_or_a_kinship_noun_after_qala_is_someone_unnamed() {
        // زميلته is the minister's colleague and الأم someone named before: neither is the
        // minister, and neither says who speaks.
        assert_eq!(
            names(
                "وقال الوزير سامر الخطيب إن الوضع صعب في الأسواق.\nوقالت زميلته في الوزارة: «لم نتوقع هذا الارتفاع».\nتقول الأم التي وصلت أمس: «لم نجد خبزاً»."
            ),
            vec![None, None]
        );
    }

    #[test]
    fn an_honorific_after_the_verb_is_the_speaker_again() {
        let prince = Some("الأمير فيصل بن سلطان".to_string());
        assert_eq!(
            names(
                "وقال الأمير فيصل بن سلطان إن المهرجان ناجح.\nوأشار سموه إلى أن «الدورة المقبلة ستكون أكبر»."
            ),
            vec![prince]
        );
    }

    #[test]
    fn a_verb_of_expressing_with_its_own_subject_ends_the_turn() {
        // عبّر takes its content through عن: the noun after it is its subject, and the وقال of
        // its sentence is that subject's, not the doctor's named before.
        let s = names(
            "من جهته، أكد رئيس الفريق الطبي الدكتور فهد العفالق أن العملية نجحت، قائلا: «كانت عملية دقيقة».\n\nوعبّر شقيق المريض عن سعادته بنجاح العملية، وقال: «لم أتردد لحظة».",
        );
        assert_eq!(s.len(), 2);
        assert_eq!(s[1], Some("شقيق المريض".to_string()));
    }

    #[test]
    fn the_named_apposition_of_a_subject_after_a_verb_of_expressing_speaks() {
        // The donor named between commas restates شقيق المريض: he is the one who speaks.
        let s = names(
            "من جهته، أكد رئيس الفريق الطبي الدكتور فهد العفالق أن العملية نجحت، قائلا: «كانت عملية دقيقة».\n\nوعبّر شقيق المريض، المتبرع سامي الحربي، عن سعادته بنجاح العملية، وقال: «لم أتردد لحظة».",
        );
        assert_eq!(s.len(), 2);
        let sp = s[1].clone().unwrap_or_default();
        assert!(sp.contains("سامي الحربي"), "{sp}");
    }

    #[test]
    fn saadatuhu_after_the_verb_is_the_titled_speaker_again() {
        // سعادته is the style of address of the minister of state named before, as معاليه is.
        let sheikh = Some("الشيخ خالد بن سالم آل ثاني".to_string());
        assert_eq!(
            names(
                "وأكد سعادة الشيخ خالد بن سالم آل ثاني، وزير الدولة، أن «العلاقات بين البلدين متينة».\n\nوأضاف سعادته أن «التعاون سيتسع في العام المقبل»."
            ),
            vec![sheikh.clone(), sheikh]
        );
    }

    #[test]
    fn a_subject_read_by_its_place_is_followed_within_its_sentence_only() {
        // غرفة طوارئ المدينة is read only by its place after كتبت: the bare في منشور of its
        // sentence takes it, but the next sentence's subjectless وأضافت reaches back neither to
        // it nor past it to the minister.
        assert_eq!(
            names(
                "وقالت الوزيرة سلمى الحداد إن الوضع صعب في المدينة.\nوكتبت غرفة طوارئ المدينة في منشور على فيسبوك: «المياه ستعود غداً».\nوأضافت أن «الفرق تعمل طوال الليل»."
            ),
            vec![Some("غرفة طوارئ المدينة".to_string()), None]
        );
    }

    #[test]
    fn a_noun_after_a_verb_whose_pronoun_subject_comes_first_is_its_object() {
        // كما أنه كتب مقالات: the subject (the pronoun of أنه) comes before كتب, so مقالات is what
        // he wrote and the writer's turn goes on to the bare يقول.
        assert_eq!(
            names(
                "وقال الكاتب سامر الخطيب إن روايته الجديدة لم تكتمل بعد.\nويعيش الخطيب في قرية صغيرة، كما أنه كتب مقالات كثيرة عن البحر.\nويقول: «البحر علمني الصبر»."
            ),
            vec![Some("الكاتب سامر الخطيب".to_string())]
        );
    }
}

#[cfg(test)]
mod titles_for_persons {
    use super::pointing_back::speakers;

    #[test]
    fn a_given_name_spelled_like_a_verb_after_the_verb_or_a_title_is_the_subject() {
        // أمل is "hoped" and a woman's given name: after قالت, or after the title الطالبة, it
        // opens the subject's name; the reporting verb stays قالت.
        assert_eq!(
            speakers("وقالت الطالبة أمل عثمان: «لن نترك الجامعة قبل الامتحان»."),
            vec![Some("الطالبة أمل عثمان".to_string())]
        );
        // Right after the verb the reader no longer cuts the name to «عثمان»; it cannot yet read
        // the whole name there and says it cannot tell (left for the speaker reader).
        assert_eq!(
            speakers("وقالت أمل عثمان إن «الجامعة ستفتح أبوابها غدا»."),
            vec![None]
        );
        // As a verb after its subject it is still a cue.
        assert_eq!(
            speakers("وكانت الوزيرة هدى سالم قد أملت أن «تنتهي الأزمة قريبا»."),
            vec![Some("الوزيرة هدى سالم".to_string())]
        );
    }

    #[test]
    fn a_name_can_follow_a_preposition_joined_to_the_article() {
        // بالوزارة is definite: the rank and the name after it are the post holder's.
        assert_eq!(
            speakers(
                "وقال مدير إدارة الإحصاء بالوزارة السيد سامي خليل العتيبي، في تصريح للصحيفة، إن التقرير «يصدر كل شهر»."
            ),
            vec![Some("مدير إدارة الإحصاء (سامي خليل العتيبي)".to_string())]
        );
        assert!(super::clitic_article("بالوزاره"));
        assert!(super::clitic_article("للبنين"));
        assert!(!super::clitic_article("لله"));
        assert!(!super::clitic_article("بيت"));
    }

    #[test]
    fn a_chain_of_descent_is_a_name_after_a_post() {
        // الممرضة is no listed title, and بنت inside the run is the particle, not a verb; the
        // nisba after the chain closes the name. The turn of the post's holder runs on (وتابعت).
        assert_eq!(
            speakers(
                "من جهتها، قالت رئيسة قسم الإرشاد في المبادرة المتطوعة نجمة بنت خميس الكعبية إن القسم ينشر كتيباً، وتابعت: \"الطلاب يتفاعلون بسرعة\"."
            ),
            vec![Some("رئيسة قسم الإرشاد (نجمة بنت خميس الكعبية)".to_string())]
        );
    }

    #[test]
    fn a_role_and_a_nationality_refer_to_the_one_person_given_that_nationality() {
        let s = speakers(
            "وأشاد الفرنسي جان دوبوا، المدير الفني لنادي الوحدة، بلاعبيه. وقال دوبوا: «قدمنا مباراة جيدة». وأكد المدرب الفرنسي أن الفريق «سيتحسن».",
        );
        assert_eq!(
            s,
            vec![
                Some("دوبوا".to_string()),
                Some("المدرب الفرنسي (جان دوبوا)".to_string())
            ]
        );
        // Two Frenchmen named: the epithet does not tell which, and stays as written.
        let s = speakers(
            "وأشاد الفرنسي جان دوبوا، المدير الفني لنادي الوحدة، بلاعبيه، فيما غاب الفرنسي بيير لامبير عن المباراة. وقال دوبوا: «قدمنا مباراة جيدة». وأكد المدرب الفرنسي أن الفريق «سيتحسن».",
        );
        assert_eq!(s[1], Some("المدرب الفرنسي".to_string()));
        // Nobody named with the nationality: stays as written.
        let s = speakers(
            "وأشاد المدير الفني لنادي الوحدة بلاعبيه. وأكد المدرب الفرنسي أن الفريق «سيتحسن».",
        );
        assert_eq!(s, vec![Some("المدرب الفرنسي".to_string())]);
    }

    #[test]
    fn a_verb_after_a_long_fronted_prepositional_phrase_opens_the_clause() {
        // فازت ليلى حداد opens its clause after a four-word fronted phrase, so وكتبت is hers.
        assert_eq!(
            speakers(
                "وقالت سلمى العلي إن الموسم صعب. وفي الجولة الأخيرة من الدوري، فازت ليلى حداد على منافستها، وكتبت على حسابها: «شكراً لكم»."
            ),
            vec![Some("ليلى حداد".to_string())]
        );
    }

    #[test]
    fn a_school_named_after_a_person_is_not_the_speaker() {
        // مدرسة heads the name of a body as مستشفى does.
        assert_eq!(
            speakers(
                "وقال مدير مدرسة طارق بن زياد الإعدادية للبنات السيد وليد كامل الشمراني إن الطالبات «مستعدات للامتحان»."
            ),
            vec![Some("السيد وليد كامل الشمراني".to_string())]
        );
    }

    #[test]
    fn the_person_after_a_contrastive_particle_is_the_subject_of_a_later_cue() {
        // لكن حداد: حداد is the subject of the sentence, so قائلة is hers, not the minister's.
        let s = speakers(
            "وقالت سلمى حداد إن الخطة متأخرة. وقال الوزير سامر الخطيب إن الخطة جاهزة. لكن حداد عادت لتسأل عن التمويل، قائلة: «من أين المال؟».",
        );
        assert_eq!(s, vec![Some("حداد".to_string())]);
        // Never introduced with given names, حداد is a word, and who spoke stays unclear.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الخطة جاهزة. لكن حداد عادت لتسأل عن التمويل، قائلة: «من أين المال؟».",
        );
        assert_eq!(s, vec![None]);
    }

    #[test]
    fn a_contrastive_particle_after_a_comma_gives_its_clause_a_subject() {
        // لكن opens the sentence's last clause: the participle there is فريدمان's, not the
        // speaker of the clause before the comma.
        let s = speakers(
            "وقال جون فريدمان إن «الوقت ضيق». وعادت سلمى حداد لتطلب الكلمة، فقالت: «هذا غير مقبول»، لكن فريدمان قاطعها متهماً لندن بـ«التضليل».",
        );
        assert_eq!(
            s,
            vec![
                Some("جون فريدمان".to_string()),
                Some("سلمى حداد".to_string()),
                Some("فريدمان".to_string())
            ]
        );
    }

    #[test]
    fn a_body_named_after_a_person_is_not_the_speaker() {
        // خالد بن الوليد names the hospital; the doctor after it holds the post.
        assert_eq!(
            speakers(
                "ومن جهته، قال مدير مستشفى خالد بن الوليد العام للأطفال الدكتور فادي سمير الحلبي إن القسم «يعمل بلا توقف»."
            ),
            vec![Some(
                "مدير مستشفى خالد بن الوليد العام (فادي سمير الحلبي)".to_string()
            )]
        );
    }

    #[test]
    fn a_nisba_title_resolves_to_the_envoy_of_its_body() {
        // الأممي is the adjective of الأمم: the UN envoy introduced by name in the lead.
        let src = "اجتمع الوزير سالم الحربي اليوم مع السيد جون ماكلاود المبعوث الخاص لأمين عام الأمم المتحدة إلى اليمن.\n\nمن جانبه، أعرب المبعوث الأممي عن تقديره للدور القطري، وقال في تصريح للصحفيين: «الدوحة قادرة على جمع الأطراف».";
        assert_eq!(
            super::super::speaker::tests::one(src),
            Some("المبعوث الأممي (جون ماكلاود)".into())
        );
        assert!(super::nisba_of_noun("الاممي", "الامم"));
        assert!(super::nisba_of_noun("الروسي", "روسيا"));
        assert!(!super::nisba_of_noun("الروسي", "الرواية"));
    }

    #[test]
    fn two_words_between_commas_after_a_post_name_its_holder() {
        let one = super::super::speaker::tests::one;
        assert_eq!(
            one("وقال مدير المعرض، وسيم العمر، إن عدد الدور «تضاعف»."),
            Some("مدير المعرض (وسيم العمر)".into())
        );
        // A time phrase between commas names no one.
        assert_eq!(
            one("وقال مدير المعرض، صباح اليوم، إن عدد الدور «تضاعف»."),
            Some("مدير المعرض".into())
        );
    }
}

#[cfg(test)]
mod bare_cues {
    use super::pointing_back::speakers;

    #[test]
    fn a_fronted_adverb_of_place_leaves_the_verb_first() {
        // داخل opens an adverbial of place of five words before the comma: وقف opens the clause
        // and its subject is the one وقال continues, not the lawyer of the paragraph before.
        let s = speakers(
            "وقالت المحامية ليلى حداد إن الحكم عادل.\n\nوداخل قاعة الجلسات الكبرى في القصر، وقف المتقاعد سالم العلي، وقال: «خسرت كل مدخراتي».",
        );
        assert_eq!(s, vec![Some("المتقاعد سالم العلي".into())]);
    }

    #[test]
    fn a_verb_spelled_as_a_given_name_before_a_post_opens_the_topic_clause() {
        // أشرف is also a given name; before the post والي it is the verb whose subject the
        // story's first bare cue, وأكد, continues.
        let s = speakers(
            "نواذيبو، 5 نوفمبر 2026 - أشرف والي داخلت نواذيبو، السيد محمد ولد أحمد سالم، اليوم الخميس، على افتتاح مدرسة جديدة في المدينة. وأكد في كلمة بالمناسبة أن الدولة «ستدعم التعليم في كل الولايات».",
        );
        assert_eq!(s.len(), 1);
        assert!(s[0].is_some(), "{s:?}");
        // A given name after a title, before a family name that is also a post word, is no verb.
        let s = speakers("وقال مدير الإدارة د. حسن الأمين في تصريح إن الامتحانات «ستبدأ في موعدها».");
        assert_ne!(s, vec![Some("الأمين".into())]);
        // With another person named as a subject in between, the bare cue stays unclear (one of
        // the same gender: a woman there would leave the minister the only one وأكد agrees with).
        let s = speakers(
            "أشرف الوزير سامر الحلبي اليوم على افتتاح مدرسة جديدة. وحضر المدير كريم حداد الحفل. وأكد أن الدولة «ستدعم التعليم في كل الولايات».",
        );
        assert_ne!(s, vec![Some("الوزير سامر الحلبي".into())]);
    }

    #[test]
    fn a_word_alone_in_brackets_is_no_cue() {
        // (آفاد) is the agency's acronym, spelled as the verb أفاد: the cue is the أفاد before.
        let s = speakers(
            "من جانبه، أفاد رئيس فرع إدارة الكوارث (آفاد) في المدينة، سامر الحلبي، أن «المساكن بنيت وفق أعلى المعايير».",
        );
        assert!(s[0].as_deref().is_some_and(|t| t.contains("سامر")), "{s:?}");
    }

    #[test]
    fn two_fronted_adverbials_leave_kana_first_and_its_subject_the_topic() {
        // على الدرج and بعد انتهاء العرض are both fronted adverbials: كانت opens the clause, and
        // the bare قالت of the next sentence is the teacher's, not the director's.
        let s = speakers(
            "وقال المدير سامر الخطيب إن «الإقبال كبير».\n\nعلى الدرج، بعد انتهاء العرض، كانت ليلى حداد، وهي مدرسة من طرابلس، ما تزال تبكي. قالت: «رأيت جدي في كل لقطة».",
        );
        assert_eq!(s.last(), Some(&Some("ليلى حداد".into())));
    }

    #[test]
    fn a_governor_after_a_fronted_phrase_is_the_topic_of_the_bare_cue() {
        // والي (a wilaya's governor) is a post: the clause it is the subject of takes the turn.
        let s = speakers(
            "وقال المدير سامر الخطيب إن «الوضع صعب».\n\nمن جانبه، وجه والي الولاية بتشكيل لجنة لحصر الخسائر، وقال خلال تفقده الموقع إن «الحكومة لن تترك المتضررين».",
        );
        assert_ne!(s.last(), Some(&Some("المدير سامر الخطيب".into())));
    }

    #[test]
    fn kana_opening_a_clause_makes_its_subject_the_topic() {
        let s = speakers(
            "وقال المدير سامر الخطيب إن الحملة ناجحة.\n\nوفي مقر الجمعية، كانت المتطوعة ليلى حداد ترتب الصناديق مع زميلاتها، وقالت: «نعمل منذ الفجر».",
        );
        assert_eq!(s, vec![Some("المتطوعة ليلى حداد".into())]);
        // كان ... قد with a reporting verb is still the pluperfect of that verb.
        let s = speakers(
            "وكان المدير سامر الخطيب قد قال إن الحملة «ناجحة».\nوأضاف: «سنكررها العام المقبل».",
        );
        assert_eq!(
            s,
            vec![
                Some("المدير سامر الخطيب".into()),
                Some("المدير سامر الخطيب".into())
            ]
        );
    }

    #[test]
    fn a_family_name_on_al_abd_is_read_whole_as_the_speaker() {
        // "The young man Firas al-Abd Allah said ... and al-Abd Allah added ...": the speaker's
        // family name runs on into الله, on the first quotation and the one continued.
        let s = speakers(
            "وقال الشاب فراس العبد الله إن «العودة صعبة».\nوأضاف العبد الله: «الأرض تحتاج سنوات».",
        );
        assert_eq!(
            s,
            vec![
                Some("الشاب فراس العبد الله".into()),
                Some("العبد الله".into())
            ]
        );
    }

    #[test]
    fn a_person_fronted_at_the_head_of_a_sentence_is_its_topic() {
        // The student opens the sentence as its subject: ويقول refers to him, not to the
        // minister of the paragraph before.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن المنح زادت.\n\nالطالب الأردني خالد العتيبي حصل على منحة للدراسة في ألمانيا، لكنه لم يسافر بعد. ويقول: «انتظرت خمسة أشهر».",
        );
        assert_eq!(s, vec![Some("الطالب الأردني خالد العتيبي".into())]);
        // After the dot of a one-letter title (د.) no sentence opens: the name is still the
        // post's, read with it.
        let s = speakers(
            "من جهتها، قالت مديرة المعهد د. ليلى حداد إن «التسجيل مفتوح»، مضيفة: «سنقبل مئة طالب».",
        );
        assert_eq!(
            s,
            vec![
                Some("مديرة المعهد د. ليلى حداد".into()),
                Some("مديرة المعهد د. ليلى حداد".into())
            ]
        );
    }

    #[test]
    fn a_plural_cue_does_not_continue_one_unnamed_person() {
        for src in [
            "وقال موظف في البلدية إن الشارع أغلق منذ الصباح. وقالوا: «لن يفتح قبل المساء».",
            "وقال أحد السكان إن الشارع أغلق منذ الصباح، وأضافوا: «لن يفتح قبل المساء».",
            "وقالت موظفة في البلدية إن الشارع أغلق منذ الصباح. وقالوا: «لن يفتح قبل المساء».",
        ] {
            assert_eq!(speakers(src), vec![None], "{src}");
        }
        // A group, named by a broken or a sound plural, is continued.
        for src in [
            "وقال سكان في الحي إن الشارع أغلق منذ الصباح، وأضافوا: «لن يفتح قبل المساء».",
            "وقال مسؤولون في البلدية إن الشارع أغلق منذ الصباح، وأضافوا: «لن يفتح قبل المساء».",
        ] {
            assert!(speakers(src)[0].is_some(), "{src}");
        }
    }

    #[test]
    fn a_singular_cue_does_not_continue_an_indefinite_sound_plural() {
        // محللون is a group: مضيفاً, one man, cannot refer back to it.
        let s = speakers("وقال محللون إن السوق متقلبة، مضيفاً: «الأسعار سترتفع».");
        assert_eq!(s, vec![None]);
        // The plural cue goes on with them.
        let s = speakers("وقال محللون إن السوق متقلبة، مضيفين: «الأسعار سترتفع».");
        assert!(s[0].is_some());
    }

    #[test]
    fn a_ta_imperfect_opening_its_sentence_is_feminine() {
        // تقول opening a sentence of the story is she says: it cannot continue a man's turn.
        let s = speakers("قال سامر الخطيب إن الورشة قديمة.\n\nتقول: «كان أبي يبيع للسياح».");
        assert_eq!(s, vec![None]);
        let s = speakers("قالت ليلى حداد إن الورشة قديمة.\n\nتقول: «كان أبي يبيع للسياح».");
        assert_eq!(s, vec![Some("ليلى حداد".into())]);
    }

    #[test]
    fn a_bare_cue_after_a_second_person_named_as_a_subject_stays_unclear() {
        // Quiet: two men named, the adviser as the subject of the reported clause in the same
        // sentence; وأضاف may be either, so no speaker is given.
        let s = speakers(
            "وقال الوزير سامر الخطيب إن الخطة جاهزة، وأكد أن مستشاره خالد العتيبي سيتابعها، وأضاف: «سنبدأ غدا».",
        );
        assert_eq!(s, vec![None]);
    }
}
