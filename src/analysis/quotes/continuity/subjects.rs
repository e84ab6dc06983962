//! Subjects a subjectless cue takes from its own sentence rather than from the previous turn, and
//! the speaker a repeated quotation takes from its attributed occurrence (issue 12, continuity).

use super::super::speaker::{
    Gender, Named, PhraseKind, bare_key, breaks_phrase, clause_verb_before, complementizer,
    cue_gender, function, gap, in_person, phrase_kind, post_gender, prepositional, read_np,
    starts_person,
};
use super::super::{Attribution, Quote, Via, inside_quote};
use super::{sentence_start, with_given_names};
use crate::analysis::Context;
use std::ops::Range;

/// How many words back [`shared_subject`] looks for the verb whose subject the cue shares.
const SHARED_SUBJECT_REACH: usize = 25;

/// True when word `v` is a verb by its conjugation ([`crate::analysis::names::conjugated_verb`]),
/// with or without a conjunction و/ف before it, and is no reporting cue, title, function word
/// or definite noun.
pub(super) fn plain_verb(cx: &Context, v: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(v), cx.lex.words.get(v)) else {
        return false;
    };
    if t.is_cue() || t.title > 0 || function(cx, v) || bare_key(cx, v).starts_with("ال") {
        return false;
    }
    let plain = w.plain.as_str();
    let stem = plain
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(plain);
    w.kind() == crate::text::WordKind::Arabic
        && (crate::analysis::names::conjugated_verb(cx, plain)
            || crate::analysis::names::conjugated_verb(cx, stem)
            || crate::analysis::names::defective_perfect(cx, plain)
            || crate::analysis::names::defective_perfect(cx, stem))
}

/// The relative words that open a clause of their own (its subject is their antecedent), as
/// identity keys: the closed class of Arabic relative pronouns, and حيث.
pub(super) const RELATIVES: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
    "حيث",
];

/// True when word `i` is a cue with no subject of its own that may share the subject of a clause
/// before it: a circumstantial participle (قائلاً، مضيفاً) or a reporting verb joined by و or ف
/// (وقال، فقالت), not an attribution phrase (بحسب). False for any other word or an index past the
/// end.
pub(super) fn subjectless_cue(cx: &Context, i: usize) -> bool {
    let (Some(t), Some(w)) = (cx.lex.words.get(i), cx.doc.words.get(i)) else {
        return false;
    };
    t.phrase == 0 && (t.participle() || (t.verb() && w.plain.starts_with(['و', 'ف'])))
}

/// The named subject a subjectless cue at word `i` shares with the verb before it in its
/// sentence: the cue is a circumstantial participle (قائلاً، مضيفاً) or a verb joined by و
/// (وقال), and the nearest verb before it (at most [`SHARED_SUBJECT_REACH`] words back) that is
/// no reporting cue has a person's name right after it (وأمر فلان بالتحقيق، قائلاً؛ ربط فلان بين
/// الأمرين وقال), or a body agreeing with the cue in gender ([`body_agrees`]: هنأ الاتحاد البطلة،
/// وقال; قدّرت المنظمة أن ...، محذرة), with no cue, complementizer (but before a participle) or
/// relative word between (each would open another clause whose subject the cue might share).
/// Reason: a circumstantial participle, and a verb coordinated with the verb before it that has
/// no subject of its own, take that verb's subject, whatever that verb means.
/// Words inside `quotes` are skipped. Returns the subject as the reader reads it from the word
/// after the verb up to the cue; `None` when there is no such verb, its subject holds no name, or
/// its gender disagrees with the cue's.
pub(super) fn shared_subject(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Named> {
    let i = phrase_verb(cx, i).unwrap_or(i);
    if !subjectless_cue(cx, i) {
        return None;
    }
    // (ف joins a verb that follows on from the one before it, فقالت, as و does.)
    let fa = cx.lex.words[i].verb() && cx.doc.words[i].plain.starts_with('ف');
    let participle = cx.lex.words[i].participle();
    let s = sentence_start(cx, i);
    let from = s.max(i.saturating_sub(SHARED_SUBJECT_REACH));
    // Past a complementizer (before a participle) only the main clause's verb, the one that
    // opens the sentence, may lend its subject: a verb inside the subject's name or an aside
    // (عبد، شفق) is none.
    let mut past_complementizer = false;
    for v in (from..i).rev() {
        let vw = &cx.doc.words[v];
        if inside_quote(quotes, vw.start(), vw.end()) {
            continue;
        }
        if complementizer(cx, v) {
            past_complementizer = true;
        }
        // A circumstantial participle is a complement of the main clause, not of a clause of
        // content (قدّرت المنظمة أن ...، محذرة): a complementizer before it does not open the
        // clause whose subject it takes.
        if RELATIVES.contains(&bare_key(cx, v)) {
            return relative_clause_subject(cx, persons, v, i);
        }
        if cx.lex.words[v].is_cue() || (complementizer(cx, v) && !participle) {
            return None;
        }
        // A given name read as a verb (سامر) is a word of the name, not its verb.
        let verb_form = plain_verb(cx, v) || super::kana_key(bare_key(cx, v));
        let opening = !verb_form && opening_word(cx, v);
        if v + 1 >= i
            || cx.lex.words[v].given > 0
            || in_person(cx, persons, v)
            || !(verb_form || opening)
            || breaks_phrase(gap(cx, v, v + 1))
        {
            continue;
        }
        let next = &cx.lex.words[v + 1];
        let body = next.org_noun() || next.agency().is_some();
        let named = next.given > 0 || starts_person(cx, persons, v + 1);
        let post = !body && !named && super::object_subject::post_head(cx, v + 1);
        if !(named || body || post) || prepositional(cx, persons, v + 1) || (opening && !post) {
            continue;
        }
        // A body is taken only as the subject of the verb that opens the sentence (هنأ الاتحاد
        // ...، وقال), after particles too (وفي البيان نفسه، لم تستبعد الجمعية ...، وقالت): the
        // organisation nouns also name things that do not speak (تحمل اسم «...»، خطة), which a
        // verb inside the sentence may have as its object or subject. So is a post.
        if (body || post || past_complementizer)
            && !super::possessor_subject::opens_after_particles(cx, v)
        {
            continue;
        }
        if post {
            return post_after_verb(cx, persons, v, i);
        }
        // After ف, a verb with an object pronoun or a verb of asking (سألها فلان ...، فقالت)
        // has as object the one who answers: the answer is not its subject's.
        if fa && (object_suffix(cx, v) || asking_verb(cx, v)) {
            return None;
        }
        return subject_after_verb(cx, persons, v, i, body);
    }
    None
}

/// The person a subjectless cue at word `i` (a circumstantial participle or a joined verb) takes
/// from the relative clause opened at word `r` before it (…، فلان الفلاني، الذي قدم عرضاً ...،
/// مبيناً أن): the person the pronoun, set off by a comma, stands for
/// ([`agreement::person_before_relative`]), when a verb opens the relative clause (a relative
/// clause of a verb has the pronoun for its subject), the pronoun's gender (التي feminine, الذي
/// masculine) is the cue's, no complementizer stands between the sentence's start and the
/// pronoun (a relative clause inside reported content describes someone the story only reports
/// on), and the person stands in subject place: right after a comma or a verb, a title of
/// address or post before the name aside (ويشارك ...، السيد فلان، الذي; not بالمهندس فلان، الذي,
/// a complement), with no other person named between the sentence's start and them. Reason: the
/// participle or verb with no subject of its own after a relative clause takes the subject of the
/// clause it follows, which here is the person just named, not the earlier speaker. `None`
/// otherwise.
fn relative_clause_subject(
    cx: &Context,
    persons: &[Range<usize>],
    r: usize,
    i: usize,
) -> Option<Named> {
    let feminine = match bare_key(cx, r) {
        "الذي" => false,
        "التي" => true,
        _ => return None,
    };
    let verb = |k: usize| plain_verb(cx, k) || cx.lex.words[k].verb();
    if r + 1 >= i || !verb(r + 1) || breaks_phrase(gap(cx, r, r + 1)) {
        return None;
    }
    if !super::agreement::cue_may_agree(cx, i, feminine) {
        return None;
    }
    let s = sentence_start(cx, r);
    if (s..r).any(|k| complementizer(cx, k)) {
        return None;
    }
    let np = super::agreement::person_before_relative(cx, persons, r)?;
    let mut a = cx.doc.word_index_at(np.range.start);
    // Titles of address and posts right before the name are the name's own (السيد فلان).
    while a > s && cx.lex.words[a - 1].title > 0 && gap(cx, a - 1, a).trim().is_empty() {
        a -= 1;
    }
    let subject_place = a > s
        && (matches!(gap(cx, a - 1, a).trim(), "،" | ",") || plain_verb(cx, a - 1))
        && !prepositional(cx, persons, a);
    let start = cx.doc.words.get(s)?.start();
    let other = persons
        .iter()
        .skip(persons.partition_point(|p| p.start < start))
        .take_while(|p| p.end <= cx.doc.words[a].start())
        .next()
        .is_some();
    (subject_place && !other).then_some(np)
}

/// The byte offset where the word after the one ending at byte `end` starts, when only spaces
/// stand between; `None` otherwise.
fn gap_end(cx: &Context, end: usize) -> Option<usize> {
    let k = cx.doc.words.partition_point(|w| w.end() <= end);
    let w = cx.doc.words.get(k)?;
    (k > 0 && gap(cx, k - 1, k).trim().is_empty()).then_some(w.start())
}

/// The verb the circumstance phrase at word `i` (في بيان، في بيانها، في منشور) follows at once
/// (ودعت في بيانها، وقال في بيان): a phrase of that kind belongs to the clause of the verb before
/// it and shares its subject (`speaker::clause_verb_before`), so the subject the verb shares with
/// an earlier verb of its sentence is the phrase's too. `None` for any other word, or when a word
/// (a subject of the verb's own) stands between the verb and the phrase.
fn phrase_verb(cx: &Context, i: usize) -> Option<usize> {
    let t = cx.lex.words.get(i)?;
    if t.phrase == 0 || phrase_kind(cx, i, usize::from(t.phrase)) != PhraseKind::Clause {
        return None;
    }
    clause_verb_before(cx, i).filter(|&v| v + 1 == i)
}

/// The subject [`shared_subject`] reads right after the verb at word `v` for the cue at word
/// `i` (`body`: the word after the verb is an organisation noun or an agency): a phrase naming
/// a person, or a body agreeing with the cue ([`body_agrees`]), that starts right after the
/// verb and ends before the word before the cue (the verb's clause goes on past its subject, an
/// object or a complement: a cue right after the name, بيني وبين, is a word of the same phrase
/// read as a verb), and whose post agrees in gender with the cue. `None` otherwise.
fn subject_after_verb(
    cx: &Context,
    persons: &[Range<usize>],
    v: usize,
    i: usize,
    body: bool,
) -> Option<Named> {
    let np = read_np(cx, persons, v + 1, i).or_else(|| mention_at(cx, persons, v + 1, i))?;
    let named = np.name.is_some()
        || (starts_person(cx, persons, v + 1) && !np.title_only)
        || (body && body_agrees(cx, v + 1, i));
    let end = cx.doc.words.partition_point(|w| w.end() <= np.range.end);
    if np.range.start != cx.doc.words[v + 1].start() || !named || np.anonymous || end + 1 >= i {
        return None;
    }
    if let (Some(here), Some(there)) = (cue_gender(cx, i), post_gender(cx, &np))
        && here != there
    {
        return None;
    }
    Some(np)
}

/// True when word `v` opens its clause ([`super::opens_clause`]: after a sentence start or a
/// fronted phrase and its comma) and is an Arabic word with no article (ال before an indefinite
/// word is the eighth form's, التمس) or prepositional clitic,
/// no function word, title, body or cue: the clause's verb when a post follows it (وخلال
/// الجلسة، التمس ممثل النيابة ...), whether or not the lexicon conjugates it. Reason: a clause
/// opens with its verb or its subject, and a word with no article before a post in construct is
/// no subject.
fn opening_word(cx: &Context, v: usize) -> bool {
    let (Some(w), Some(t)) = (cx.doc.words.get(v), cx.lex.words.get(v)) else {
        return false;
    };
    // A word in ال before an indefinite noun is no definite noun, which is never in construct:
    // it is a verb of the eighth form (التمس، التقى).
    let article = bare_key(cx, v).starts_with("ال")
        && cx
            .doc
            .words
            .get(v + 1)
            .is_none_or(|_| bare_key(cx, v + 1).starts_with("ال"));
    w.kind() == crate::text::WordKind::Arabic
        && !article
        && !w.plain.starts_with(['ل', 'ب', 'ك'])
        && !function(cx, v)
        && t.title == 0
        && !t.org_noun()
        && !t.is_cue()
        && super::opens_clause(cx, v)
}

/// The post right after the verb at word `v` that opens its sentence, for the subjectless cue at
/// word `i` ([`shared_subject`]): the post with its holder when the reader reads a name right
/// after the post (أمر وزير الداخلية فلان), else the post in construct alone (التمس ممثل النيابة العامة تشديد العقوبة،
/// معتبراً: `object_subject::construct_post`), cut before an object read into it, ending before
/// the word before the cue and agreeing with the cue in gender. Reason: the first noun phrase
/// after the verb that opens a sentence is its subject (verb, subject, object), and a post names
/// a person who acts and speaks, so a circumstantial participle of the clause takes it. `None`
/// otherwise.
fn post_after_verb(cx: &Context, persons: &[Range<usize>], v: usize, i: usize) -> Option<Named> {
    let start = cx.doc.words[v + 1].start();
    let post = super::object_subject::construct_post(cx, v + 1, i)?;
    // A holder in commas after the post is read by `post_apposition` (حمّل مدرب الفريق، فلان،).
    let after = cx.doc.words.partition_point(|w| w.end() <= post.range.end);
    if after > 0 && matches!(gap(cx, after - 1, after).trim(), "،" | ",") {
        return None;
    }
    // The holder's name right after the post (أمر وزير الداخلية فلان): the reader's phrase.
    let holder_at = gap_end(cx, post.range.end);
    let np = read_np(cx, persons, v + 1, i)
        .filter(|np| {
            !np.anonymous
                && np.range.start == start
                && np.name.as_ref().is_some_and(|r| Some(r.start) == holder_at)
        })
        .unwrap_or(post);
    let np = super::object_subject::cut_before_object(cx, persons, np);
    let end = cx.doc.words.partition_point(|w| w.end() <= np.range.end);
    if end + 1 >= i {
        return None;
    }
    if let (Some(here), Some(there)) = (cue_gender(cx, i), post_gender(cx, &np))
        && here != there
    {
        return None;
    }
    Some(np)
}

/// True when the body whose head noun is word `k` (an organisation noun or an agency: اتحاد،
/// منظمة، وزارة) agrees in gender with the subjectless cue at word `i` when the cue shows one: a
/// head ending in ة is feminine (جمعية، منظمة، وحدة), any other masculine (اتحاد، مجلس). Reason:
/// a participle or a verb with no subject of its own agrees with the subject it shares
/// (منظمة ... محذرة، اتحاد ... داعياً), so a cue of the other gender refers to someone else.
fn body_agrees(cx: &Context, k: usize, i: usize) -> bool {
    let Some(w) = cx.doc.words.get(k) else {
        return false;
    };
    let head = if w.plain.ends_with('ة') {
        Gender::Feminine
    } else {
        Gender::Masculine
    };
    cue_gender(cx, i).is_none_or(|g| g == head)
}

/// True when word `v` (a verb) ends in an attached object pronoun (ـه، ـها، ـهم، ـهما، ـهن،
/// ـني، ـنا، ـك): a closed class of suffixes.
fn object_suffix(cx: &Context, v: usize) -> bool {
    let p = cx.doc.words[v].plain.as_str();
    p.chars().count() >= 4
        && ["ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم"]
            .iter()
            .any(|s| p.ends_with(s))
}

/// True when word `v` is a form of سأل / استفسر / تساءل (to ask), with or without و/ف: a verb
/// whose object, not its subject, speaks next.
fn asking_verb(cx: &Context, v: usize) -> bool {
    let key = bare_key(cx, v);
    let stem = key
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(key);
    ["سال", "يسال", "تسال", "استفسر", "يستفسر", "تستفسر"]
        .iter()
        .any(|a| stem.starts_with(a))
}

/// The person a subject-first sentence opens with, for the subjectless cue at word `i` (a
/// circumstantial participle or a verb joined by و) in that sentence: the sentence's first word
/// starts a person mention (among `persons`, with the given names before it) and its predicate
/// follows it with no comma (فلان عاد ليؤكد أن ...، وقال), with no other cue between the mention
/// and the cue. Reason: a
/// verb joined to a subject-first clause with no subject of its own shares that clause's
/// subject. `None` otherwise.
pub(super) fn opening_subject(
    cx: &Context,
    persons: &[Range<usize>],
    quotes: &[Quote],
    i: usize,
) -> Option<Named> {
    let t = cx.lex.words.get(i)?;
    let w = cx.doc.words.get(i)?;
    if t.phrase > 0 || !(t.participle() || (t.verb() && w.plain.starts_with('و'))) {
        return None;
    }
    let s = sentence_start(cx, i);
    let start = cx.doc.words.get(s)?.start();
    // `with_given_names` reaches at most three words back: only a mention starting within three
    // words of the sentence's start can be extended to it (a cheap test before the extension).
    let reach = cx.doc.words.get(s + 3).map_or(usize::MAX, |w| w.start());
    // `persons` is sorted by start: the mentions starting in `start..=reach` are one run of it.
    let lo = persons.partition_point(|r| r.start < start);
    let hi = lo + persons[lo..].partition_point(|r| r.start <= reach);
    let r = persons[lo..hi]
        .iter()
        .map(|r| with_given_names(cx, r))
        .find(|r| r.start == start)?;
    // The predicate right after the name, with no comma: a verb or an indefinite noun, not a
    // title, a name or a word of another phrase.
    let after = cx.doc.words.partition_point(|w| w.end() <= r.end);
    if after == 0 || after + 1 >= i || breaks_phrase(gap(cx, after - 1, after)) {
        return None;
    }
    let pt = &cx.lex.words[after];
    if pt.title > 0
        || pt.given > 0
        || function(cx, after)
        || complementizer(cx, after)
        || bare_key(cx, after).starts_with("ال")
        || in_person(cx, persons, after)
        || cx.doc.words[after].plain.starts_with(['ل', 'ب', 'ك'])
    {
        return None;
    }
    if (after..i).any(|k| {
        let kw = &cx.doc.words[k];
        cx.lex.words[k].is_cue() && !inside_quote(quotes, kw.start(), kw.end())
    }) {
        return None;
    }
    let np = Named::whole_name(cx.doc.source, r)?;
    if let (Some(here), Some(there)) = (cue_gender(cx, i), post_gender(cx, &np))
        && here != there
    {
        return None;
    }
    Some(np)
}

/// The person mention the name detector found starting at word `k` (among `persons`, byte
/// ranges), when it ends before word `limit` and a comma follows it: the subject the reader did
/// not read as a phrase (وأمر فلان، بالتحقيق). `None` otherwise.
fn mention_at(cx: &Context, persons: &[Range<usize>], k: usize, limit: usize) -> Option<Named> {
    let start = cx.doc.words.get(k)?.start();
    // `persons` is sorted by start: the first mention starting at `start`, if any.
    let r = persons
        .get(persons.partition_point(|r| r.start < start))
        .filter(|r| r.start == start)?
        .clone();
    let last = cx.doc.words.partition_point(|w| w.end() <= r.end);
    if last == 0 || last >= limit || !gap(cx, last - 1, last).contains(['،', ',']) {
        return None;
    }
    Named::whole_name(cx.doc.source, r)
}

/// The subject fronted before the reporting verb at word `i` when the verb stands after a comma
/// and its sentence opens with a definite title (الشيخ فلان، أحد وجهاء المنطقة، قال): with no
/// cue or complementizer between the title and the verb, the phrase the title opens is the
/// verb's subject, set off from it by asides. Reason: in a subject-first clause the verb's
/// subject is the noun phrase that opens it, so the verb does not continue an earlier speaker's
/// turn. Returns `Some(Some(np))` when the reader reads the phrase from the title (up to the
/// first comma), `Some(None)` when it cannot (the speaker is unclear), `None` when the sentence
/// has not that shape.
pub(super) fn fronted_title_subject(
    cx: &Context,
    persons: &[Range<usize>],
    i: usize,
) -> Option<Option<Named>> {
    let t = cx.lex.words.get(i)?;
    if !t.verb() || t.phrase > 0 || i < 2 || !gap(cx, i - 1, i).contains(['،', ',']) {
        return None;
    }
    let s = sentence_start(cx, i);
    let head = cx.lex.words.get(s)?;
    // أحد / إحدى with a definite plural (أحد المشتكين): one of a group, the subject as a title is.
    let partitive = matches!(bare_key(cx, s), "احد" | "احدي")
        && s + 1 < i
        && bare_key(cx, s + 1).starts_with("ال");
    if s + 1 >= i
        || head.is_cue()
        || !(partitive || head.title > 0 && bare_key(cx, s).starts_with("ال"))
    {
        return None;
    }
    // Only asides between the phrase and the verb: no other clause.
    if (s..i).any(|k| cx.lex.words[k].is_cue() || complementizer(cx, k))
        || (s..i).any(|k| gap(cx, k, k + 1).contains([':', '«', '»', '"', '“', '”', '(']))
    {
        return None;
    }
    let comma = (s + 1..i)
        .find(|&k| gap(cx, k - 1, k).contains(['،', ',']))
        .unwrap_or(i);
    if partitive {
        return Some(partitive_apposition(cx, persons, comma, i));
    }
    Some(
        read_np(cx, persons, s, comma)
            .filter(|np| np.range.start == cx.doc.words[s].start() && !np.anonymous),
    )
}

/// The person named between commas from word `c` (the first word after the comma that closes a
/// fronted partitive, أحد المشتكين، فلان الفلاني، قال) up to the next comma before the verb at
/// word `i`. Reason: the apposition says which one of the group speaks; without a name there
/// the speaker is one the text does not name, so `None` (unclear).
fn partitive_apposition(
    cx: &Context,
    persons: &[Range<usize>],
    c: usize,
    i: usize,
) -> Option<Named> {
    if c >= i {
        return None;
    }
    let end = (c + 1..i)
        .find(|&k| gap(cx, k - 1, k).contains(['،', ',']))
        .unwrap_or(i);
    read_np(cx, persons, c, end).filter(|np| {
        np.name.is_some() && !np.anonymous && np.range.start == cx.doc.words[c].start()
    })
}

/// The text of quotation `q` between its marks, trimmed of spaces and closing punctuation.
fn inner_text<'t>(cx: &'t Context, q: &Quote) -> &'t str {
    cx.doc
        .prose()
        .get(q.inner.clone())
        .unwrap_or("")
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '،' | ',' | '…'))
}

/// Gives each quotation of `quotes` whose speaker is unclear or not found the attribution of
/// another quotation with the same words (of at least three words) whose speaker is named, when
/// all such quotations name the same speaker (by its text). Reason: a headline or pull-quote
/// repeats words the story attributes in its body, and the same words are the same person's.
pub(super) fn repeated_quotations(cx: &Context, quotes: &mut [Quote]) {
    // The quotations with the same text, in order, for each text a quotation asks about
    // (computed once: comparing each quotation with every other grew with the square of the
    // story's length). Only the quotations of one text can give each other their speaker, so
    // reading a text's list in order is reading the whole list and skipping the others; the
    // attributions themselves are read as they stand when each quotation's turn comes, as
    // before. A quotation's attribution changes only at its own turn, so the ones that ask are
    // known before the loop.
    let asks =
        |q: &Quote| q.words >= 3 && !q.attribution.as_ref().is_some_and(|a| a.speaker.is_some());
    let mut same: rustc_hash::FxHashMap<&str, Vec<usize>> = rustc_hash::FxHashMap::default();
    for q in quotes.iter().filter(|q| asks(q)) {
        same.entry(inner_text(cx, q)).or_default();
    }
    if same.is_empty() {
        return;
    }
    for (j, p) in quotes.iter().enumerate() {
        if let Some(list) = same.get_mut(inner_text(cx, p)) {
            list.push(j);
        }
    }
    for qi in 0..quotes.len() {
        let q = &quotes[qi];
        if q.words < 3 || q.attribution.as_ref().is_some_and(|a| a.speaker.is_some()) {
            continue;
        }
        let text = inner_text(cx, q);
        if text.is_empty() {
            continue;
        }
        let mut found: Option<&Attribution> = None;
        let mut agree = true;
        for &j in same.get(text).map_or(&[][..], Vec::as_slice) {
            if j == qi {
                continue;
            }
            let Some(a) = quotes[j]
                .attribution
                .as_ref()
                .filter(|a| a.speaker.is_some())
            else {
                continue;
            };
            match found {
                Some(f) if f.speaker.as_ref().map(|s| &s.1) != a.speaker.as_ref().map(|s| &s.1) => {
                    agree = false;
                }
                Some(_) => {}
                None => found = Some(a),
            }
        }
        if let Some(a) = found.filter(|_| agree).cloned() {
            quotes[qi].attribution = Some(Attribution {
                via: Via::RepeatedQuote,
                ..a
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::pointing_back::speakers;

    fn last(src: &str) -> Option<String> {
        speakers(src).last().cloned().flatten()
    }

    #[test]
    fn a_participle_after_a_relative_clause_takes_the_person_it_describes() {
        // Invented: a person set off by commas as the late subject of the sentence, then a
        // relative clause of a verb and a participle: the person speaks, not the earlier speaker.
        let got = last(
            "وقال الوزير سامر الحداد إن «المشروع يتقدم».\n\nويحضر الاجتماع بصفة مستشار من البنك الدولي، السيد كريم العلي، الذي عرض دراسة عن المياه الجوفية، مؤكدا أن «الآبار تجف».",
        );
        assert_eq!(got.as_deref(), Some("كريم العلي"));
        // A cue of the other gender does not take the person the pronoun stands for.
        let got = last(
            "وقال الوزير سامر الحداد إن «المشروع يتقدم».\n\nوشاركت في الندوة، الباحثة ليلى منصور، التي قدمت ورقة حول الأسواق، مؤكدا أن «الأسعار سترتفع».",
        );
        assert_ne!(got.as_deref(), Some("ليلى منصور"));
        // A person in a complement (after a preposition), or inside reported content, is not
        // the subject the participle takes.
        let got = last(
            "وقال الوزير سامر الحداد إن «المشروع يتقدم».\n\nوأشاد الوزير بالمهندس كريم العلي، الذي أشرف على البناء، مؤكدا أن «الجسر آمن».",
        );
        assert_ne!(got.as_deref(), Some("كريم العلي"));
        let got = last(
            "وقال الوزير سامر الحداد إن «المشروع يتقدم».\n\nوأوضح أن المهندس كريم العلي، الذي أشرف على البناء، غادر، مشيرا إلى أن «الجسر آمن».",
        );
        assert_ne!(got.as_deref(), Some("كريم العلي"));
    }

    #[test]
    fn a_verb_joined_to_kana_and_its_body_shares_that_subject() {
        // Invented: the body is the subject of كان (a pluperfect with or without قد); ودعت /
        // ودعا and the phrase right after it share it, in the gender of the body's head.
        for src in [
            "وقال مازن الكردي إن «الطرق مغلقة».\n\nوكانت هيئة الأرصاد قد نشرت توقعاتها صباح أمس، ودعت في بيانها السائقين إلى «تجنب الطرق الجبلية».",
            "وقال مازن الكردي إن «الطرق مغلقة».\n\nوكانت هيئة الأرصاد نشرت توقعاتها صباح أمس، ودعت السائقين إلى «تجنب الطرق الجبلية».",
        ] {
            assert_eq!(
                speakers(src).last().cloned().flatten().as_deref(),
                Some("هيئة الأرصاد"),
                "{src}"
            );
        }
        let s = speakers(
            "وقالت الوزيرة ليلى منصور إن «الرسوم ثابتة».\n\nوكان المجلس البلدي قد رفع رسوم النظافة الشهر الماضي، ودعا في بيانه السكان إلى «الدفع في الموعد».",
        );
        assert_eq!(
            s.last().cloned().flatten().as_deref(),
            Some("المجلس البلدي")
        );
        // A cue of the other gender does not share the body's subject.
        let s = speakers(
            "وقال مازن الكردي إن «الطرق مغلقة».\n\nوكانت هيئة الأرصاد قد نشرت توقعاتها صباح أمس، وقال في تصريح إن «الطرق الجبلية خطرة».",
        );
        assert_ne!(s.last().cloned().flatten().as_deref(), Some("هيئة الأرصاد"));
    }

    #[test]
    fn a_phrase_right_after_a_joined_verb_shares_the_subject_that_verb_shares() {
        // Invented: في بيانها / في منشور follows its verb at once; the verb joined by و shares
        // the body's subject of شكرت, never its object (المتبرعين).
        let s = speakers(
            "وقال مازن الكردي إن «الحملة ناجحة».\n\nمن جهتها، شكرت الجمعية الخيرية المتبرعين، ودعت في بيانها الشباب إلى «التطوع في الصيف».",
        );
        assert_eq!(
            s.last().cloned().flatten().as_deref(),
            Some("الجمعية الخيرية")
        );
    }

    #[test]
    fn a_participle_shares_the_subject_of_the_verb_before_it() {
        // زار has سامر الحلبي as its subject; قائلاً is his, not the earlier speaker's.
        assert_eq!(
            speakers(
                "وقال مازن الكردي إن الوضع صعب. وزار سامر الحلبي المستشفى أمس، قائلاً: «الأطباء يعملون بلا توقف»."
            ),
            vec![Some("سامر الحلبي".to_string())]
        );
    }

    #[test]
    fn a_verb_joined_by_wa_shares_the_subject_of_the_verb_before_it() {
        assert_eq!(
            speakers(
                "وقال مازن الكردي إن الوضع صعب. وفي تقريره الشهري جمع سامر الحلبي الأرقام كلها وقال إن «الصورة قاتمة»."
            ),
            vec![Some("سامر الحلبي".to_string())]
        );
    }

    #[test]
    fn a_cue_shares_the_subject_of_a_body_after_a_verb_that_is_not_speech() {
        // استقبل is no speech verb; its subject, the union, is the one وقال and داعياً continue.
        let s = speakers(
            "وقال مازن الكردي إن «الوضع صعب».\nوفي المساء، استقبل اتحاد الصحفيين وفداً من النقابات العربية، وقال في بيان إن «الزيارة ناجحة»، داعياً النقابات إلى «التعاون».",
        );
        assert_eq!(s.len(), 3, "{s:?}");
        for sp in &s[1..] {
            assert!(
                sp.as_deref()
                    .is_some_and(|t| t.starts_with("اتحاد الصحفيين")),
                "{s:?}"
            );
        }
    }

    #[test]
    fn a_participle_after_a_content_clause_shares_the_main_verb_s_body() {
        // قدّرت ... أن: the participle is the main clause's, feminine like هيئة.
        let s = speakers(
            "وقال مازن الكردي إن «الوضع صعب».\nوقدّرت هيئة الإغاثة أن آلاف الأسر فقدت منازلها، محذرة من أن «الشتاء سيزيد المعاناة».",
        );
        assert!(
            s[1].as_deref()
                .is_some_and(|t| t.starts_with("هيئة الإغاثة")),
            "{s:?}"
        );
        // A masculine verb does not agree with the feminine body: not its words.
        let s = speakers(
            "وقال مازن الكردي إن «الوضع صعب».\nوزارت هيئة الإغاثة المخيم أمس، وقال: «الشتاء سيزيد المعاناة».",
        );
        assert!(
            !s[1].as_deref().is_some_and(|t| t.starts_with("هيئة")),
            "{s:?}"
        );
    }

    #[test]
    fn a_verb_joined_to_a_weak_final_verb_shares_its_subject() {
        // Invented: بدا (its alif a و in بدوت) opens the clause whose subject وقال shares; the
        // earlier speaker does not carry on.
        assert_eq!(
            speakers(
                "وقال مازن الكردي إن «الفوز مستحق». في المقابل، بدا سامر الحلبي متأثرا بعد اللقاء، وقال إنه «قدم كل ما عنده»."
            ),
            vec![
                Some("مازن الكردي".to_string()),
                Some("سامر الحلبي".to_string())
            ]
        );
    }

    #[test]
    fn a_verb_joined_by_fa_shares_the_subject_of_the_verb_before_it() {
        // فقال follows on from ربط: the same subject, not the earlier speaker.
        let s = speakers(
            "وقال جون فريدمان إن «الوقت ضيق».\nوربط سامر الخطيب بين الأمرين، فقال: «هذا غير مقبول».",
        );
        assert_eq!(s.last().cloned().flatten(), Some("سامر الخطيب".to_string()));
    }

    #[test]
    fn a_verb_joined_to_a_subject_first_clause_shares_its_subject() {
        assert_eq!(
            speakers(
                "وقال مازن الكردي إن الخطة جاهزة. ليلى حداد عادت لتؤكد أن المشروع متأخر، وقالت: «لا أحد يعرف موعد الافتتاح»."
            ),
            vec![Some("ليلى حداد".to_string())]
        );
    }

    #[test]
    fn a_title_that_opens_the_sentence_is_the_subject_set_off_by_asides() {
        let s = speakers(
            "وقال مازن الكردي إن الخطة جاهزة. الشيخ سامر الحلبي، كبير وجهاء القرية، قال إن «الماء لم يصل منذ شهر».",
        );
        assert_eq!(s.len(), 1);
        let sp = s[0].clone().unwrap_or_default();
        assert!(sp.starts_with("الشيخ سامر"), "{sp}");
    }

    #[test]
    fn a_fronted_partitive_is_the_subject_named_by_its_apposition() {
        // أحد المتضررين opens the sentence and قال is its predicate: the one named between the
        // commas speaks, and وتابع goes on with him, not with the lawyer before.
        let s = speakers(
            "وقال المحامي أنس الخطيب إن «الحكم عادل».\n\nأحد المتضررين، سامر عبد الله الحلبي، قال إنه \"خسر كل مدخراته في المشروع\"، وتابع: \"لم نحصل على شيء\".",
        );
        assert_eq!(s.len(), 3);
        for sp in &s[1..] {
            assert!(sp.as_deref().is_some_and(|t| t.contains("سامر")), "{s:?}");
        }
        // With no name after it, the one of the group is not the lawyer either.
        let s = speakers(
            "وقال المحامي أنس الخطيب إن «الحكم عادل».\n\nأحد السكان، وهو صاحب متجر قديم، قال: \"خسرنا كل شيء في الحريق\".",
        );
        assert_ne!(s.last(), Some(&Some("المحامي أنس الخطيب".to_string())));
    }

    #[test]
    fn a_post_with_a_name_after_an_inverted_attribution_is_a_new_speaker() {
        // The nurse is a new person: not the earlier speaker's turn.
        let s = speakers(
            "وقال مازن الكردي إن الخطة جاهزة. «نغسل الثياب بماء المطر»، تقول الممرضة هالة بركات التي تسكن قرب النهر.",
        );
        assert_eq!(s.len(), 1);
        assert_ne!(s[0], Some("مازن الكردي".to_string()));
    }

    #[test]
    fn a_nationality_and_a_given_name_the_dictionary_knows_open_the_name() {
        // سام is also the word "poisonous": after the nisba it is still the coach's given name.
        assert_eq!(
            speakers(
                "أكد الأسترالي سام كولينز، المدير الفني لنادي الشباب، أن فريقه جاهز. وقال المدرب الأسترالي: «سنلعب للفوز»."
            ),
            vec![Some("المدرب الأسترالي (سام كولينز)".to_string())]
        );
    }

    #[test]
    fn a_headline_repeating_a_quotation_takes_its_speaker() {
        let s = speakers(
            "«لا نملك ما نشربه منذ أسبوع»\nوقال رئيس البلدية سامر الحلبي للصحفيين: «لا نملك ما نشربه منذ أسبوع».",
        );
        assert_eq!(s.len(), 2);
        assert!(s[1].is_some());
        assert_eq!(s[0], s[1]);
    }
}
