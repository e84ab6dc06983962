//! Kinds of quotation: what a span in quotation marks is, which decides whether the review sheet
//! lists it with a speaker and whether `unattributed-quote` may fire on it ([`QuoteForm`]).
//!
//! The decision reads linguistic cues around and inside the span, in this order:
//! - a quotation continuing one left open in the previous paragraph is speech;
//! - a quotation that is a whole paragraph (a subheading or pull quote) is quoted text, or a name
//!   when it is shaped like a title;
//! - right after a noun that introduces a name (وكالة «سانا»، خطة «...»، الفيلم المثير للجدل «...») it
//!   is a name or title, and so are the same words quoted elsewhere in the story with no reporting
//!   cue before them ([`named_again`]); so is a span after the noun عنوان (بعنوان «...»), after a
//!   work noun with its author's pronoun (روايتها الجديدة «...»), after a noun of talk and its
//!   preposition of address (في حديث إلى «...»: the party spoken to) and after a channel of speech
//!   and في/على (على حسابه في «...»: the platform);
//! - when a noun of quoted text (كلمات الأغنية، المثل، المادة 17، القصيدة) is nearer before it than any
//!   reporting verb, it is quoted text;
//! - a span of four words or more is speech when it opens its sentence or follows a colon, a comma, a
//!   reporting cue or أن/إن; inside a clause (بـ«...»، أنه «...»، قرار «...») it is a partial quote when
//!   the sentence has a verb of speech or stance, else a name when shaped like a title;
//! - a shorter span is a name when all its words are names, speech after a reporting cue and a
//!   colon, a partial quote when its sentence has a verb of speech or stance (وصف الوضع بـ«الكارثي»)
//!   and otherwise a name, a term or a scare quote.

use super::sentence::sentence_breaks;
use super::{Quote, QuoteForm, inside_quote};
use crate::analysis::Context;
use crate::analysis::names::{Lexical, ordinary_word_in};
use crate::profile::quote_words::{QuoteWords, quote_words};
use crate::text::token::WordKind;
use std::ops::Range;

/// What comes right before the opening mark, in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lead {
    /// Nothing, an ellipsis or another quotation: the span opens a stretch of words of its own.
    Start,
    /// A colon (وقال: «...»).
    Colon,
    /// A comma (تقول الوزيرة، «...»).
    Comma,
    /// A reporting cue or a bare complementizer (قال «...»، قائلاً «...»، أن «...»، في بيان «...»).
    Cue,
    /// Any other word: the span sits inside a clause (وصفه بـ«...»، أنه «...»، وعدّها «...»).
    Inside,
}

/// Sets `form` (and `speech`) on every quotation of `quotes` (sorted by opening mark, not nested).
///
/// With `memo`, an open draft's memo of this analysis (`memo::CueReads`; `None` from the command
/// line), the quotations far from the edit take their kind as the draft's last version read it
/// (`memo::CueReads::kept_kinds`; test builds read them again and check), and this version's
/// kinds are noted for the next.
pub(crate) fn classify_with(
    cx: &Context,
    quotes: &mut [Quote],
    memo: Option<&super::memo::CueReads>,
) {
    let mut forms = Vec::with_capacity(quotes.len());
    let mut sources = Vec::with_capacity(quotes.len());
    let kept = memo.and_then(|m| m.kept_kinds(cx, quotes));
    let mut read = Vec::with_capacity(quotes.len());
    {
        let all: &[Quote] = quotes;
        let mut breaks: Option<(usize, Vec<usize>)> = None;
        let mut prev: Option<(usize, QuoteForm)> = None;
        for (qi, q) in all.iter().enumerate() {
            let known = kept.as_ref().and_then(|k| k.get(qi).copied().flatten());
            let (mut form, source, verb) = match known {
                Some(k) if !cfg!(debug_assertions) => k,
                _ => {
                    let pi = cx.doc.paragraph_of(q.range.start);
                    let para = pi.map_or(q.range.start..q.range.start, |p| {
                        cx.doc.paragraphs[p].clone()
                    });
                    if let Some(p) = pi
                        && breaks.as_ref().is_none_or(|(b, _)| *b != p)
                    {
                        breaks = Some((p, sentence_breaks(cx, &para, all)));
                    }
                    let br: &[usize] = breaks.as_ref().map_or(&[], |(_, b)| b);
                    let sent = sentence_of(br, &para, &q.range);
                    let fresh = kind_of(cx, all, qi, sent);
                    if let Some(k) = known {
                        assert_eq!(k, fresh, "quotation {qi}: kept kind differs");
                    }
                    fresh
                }
            };
            read.push((form, source, verb));
            sources.push((source, verb));
            // و«...» right after a quoted name or term is another of the same (بتهم «...» و«...»),
            // unless it is shaped like a clause: words after a quoted outlet's name and a comma
            // (في تصريحات لصحيفة «...»، «...») are the speaker's, not another name.
            if let Some((end, QuoteForm::Name)) = prev {
                // Quotations do not nest (see `drop_nested`), so the previous one ends first.
                let gap = cx.doc.prose().get(end..q.range.start).unwrap_or("").trim();
                let listed = gap == "و" || gap == "،" || gap == "، و";
                if listed && !q.continuation && (q.words < 4 || title_like(cx, quote_words(), q)) {
                    form = QuoteForm::Name;
                }
            }
            prev = Some((q.range.end, form));
            forms.push(form);
        }
        said_again(cx, all, &mut forms);
        named_again(cx, all, &mut forms);
        left_open_is_speech(all, &mut forms);
    }
    if let Some(m) = memo {
        m.note_kinds(quotes, read);
    }
    for ((q, form), (source, verb)) in quotes.iter_mut().zip(forms).zip(sources) {
        q.form = form;
        q.speech = form == QuoteForm::Speech;
        q.source = source.filter(|_| form == QuoteForm::Text);
        q.stance = verb.filter(|_| form == QuoteForm::Partial);
    }
}

/// Turns into speech the partial quotes of `all` (forms in `forms`, one per quotation, in order)
/// left open at the end of their paragraph whose words go on in the next one (the next quotation
/// is its continuation). Reason: a partial quote is a fragment inside a sentence and closes in it;
/// words that run on past the paragraph are the speaker's whole statement, however the sentence
/// before led into them (قالت فلانة (35 عاماً) إحدى الساكنات «... ⏎ ...»).
fn left_open_is_speech(all: &[Quote], forms: &mut [QuoteForm]) {
    for (qi, q) in all.iter().enumerate() {
        if !q.closed
            && forms[qi] == QuoteForm::Partial
            && all.get(qi + 1).is_some_and(|n| n.continuation)
        {
            forms[qi] = QuoteForm::Speech;
        }
    }
}

/// Turns into speech the short quotations of `all` (forms in `forms`, one per quotation, in order)
/// read as names that stand in the headline (the document's first paragraph) right after a colon
/// and whose words, two or more, the story quotes again in a row inside a longer quotation read
/// as speech or a partial quote ([`words_said_again`]). Reason: a headline's «label: "..."» sets
/// out in short the words the body quotes in full (والمؤلف: "الشخصيات من خيالي" over قائلا إن
/// "الشخصيات من خيالي، والعمل ..."), so the span is those words, not a name. Reads only the
/// headline's quotations against the others: linear in the quotations.
fn said_again(cx: &Context, all: &[Quote], forms: &mut [QuoteForm]) {
    let Some(head) = cx.doc.paragraphs.first() else {
        return;
    };
    for qi in 0..all.len() {
        let q = &all[qi];
        if q.range.start >= head.end {
            break;
        }
        let colon = cx
            .doc
            .prose()
            .get(head.start..q.range.start)
            .is_some_and(|b| b.trim_end().ends_with(':'));
        if forms[qi] != QuoteForm::Name || q.words < 2 || !colon {
            continue;
        }
        let said = all.iter().zip(forms.iter()).any(|(o, f)| {
            matches!(f, QuoteForm::Speech | QuoteForm::Partial)
                && o.words > q.words
                && words_said_again(cx, q, o)
        });
        if said {
            forms[qi] = QuoteForm::Speech;
        }
    }
}

/// True when the words of quotation `q` occur in a row, by their identity keys, among the words
/// of quotation `o`.
pub(crate) fn words_said_again(cx: &Context, q: &Quote, o: &Quote) -> bool {
    let mine: Vec<_> = cx
        .doc
        .words_in(q.inner.clone())
        .iter()
        .map(|w| w.key)
        .collect();
    let theirs: Vec<_> = cx
        .doc
        .words_in(o.inner.clone())
        .iter()
        .map(|w| w.key)
        .collect();
    !mine.is_empty() && theirs.windows(mine.len()).any(|t| t == mine.as_slice())
}

/// Turns into names the quotations of `all` (forms in `forms`, one per quotation, in order) whose
/// words are those of a quotation the story sets, before or after them, right after a noun that
/// names something (منظمة «الخوذ البيضاء» … منذ تأسيس «الخوذ البيضاء»; a headline «ضوء في الطابق
/// الثالث» يفوز … and توّج فيلم «ضوء في الطابق الثالث» in the body). Reason: once a story names a
/// body, a work or a place with a quoted span, the same words in quotation marks elsewhere in it
/// designate the same thing, not a fragment of what someone said. Partial quotes turn into names
/// wherever they stand; speech only when no reporting cue comes before it in its paragraph (a
/// headline or a sentence led by the title: words after قال are someone's, even a title's words).
/// Only spans of at most twelve words shaped like a title ([`title_like`]) are compared, by their
/// word keys; the naming one must be a name introduced by its noun ([`name_noun_before`]). Linear
/// in the quotations (two passes).
fn named_again(cx: &Context, all: &[Quote], forms: &mut [QuoteForm]) {
    let lists = quote_words();
    let key_of = |q: &Quote| -> String {
        let words = cx.doc.words_in(q.inner.clone());
        let mut k = String::new();
        for w in words {
            if !k.is_empty() {
                k.push(' ');
            }
            k.push_str(&w.key);
        }
        k
    };
    let para_start = |q: &Quote| {
        cx.doc
            .paragraph_of(q.range.start)
            .map_or(0, |p| cx.doc.word_index_at(cx.doc.paragraphs[p].start))
    };
    let mut named: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (q, form) in all.iter().zip(forms.iter()) {
        if *form == QuoteForm::Name && q.words > 0 && title_like(cx, lists, q) {
            let w_open = cx.doc.word_index_at(q.range.start);
            if name_noun_before(cx, lists, q, para_start(q), w_open) {
                named.insert(key_of(q));
            }
        }
    }
    if named.is_empty() {
        return;
    }
    for (q, form) in all.iter().zip(forms.iter_mut()) {
        let turn = match *form {
            QuoteForm::Partial => true,
            QuoteForm::Speech => {
                let w_open = cx.doc.word_index_at(q.range.start);
                !q.continuation && !(para_start(q)..w_open).any(|i| is_cue_word(cx, all, i))
            }
            _ => false,
        };
        if turn && q.words > 0 && title_like(cx, lists, q) && named.contains(&key_of(q)) {
            *form = QuoteForm::Name;
        }
    }
}

/// What quotation `qi` of `all` (in the sentence `sent`, byte range) is by itself and with the
/// quotation before it ([`form_of`], then [`work_named_before`]), before the listing of names
/// that [`classify_with`] applies: the form, the noun of text it is taken from, the verb of
/// stance of a partial quote (word indexes).
fn kind_of(
    cx: &Context,
    all: &[Quote],
    qi: usize,
    sent: Range<usize>,
) -> (QuoteForm, Option<usize>, Option<usize>) {
    let q = &all[qi];
    let (mut form, mut source, verb) = form_of(cx, all, q, sent.clone());
    if form == QuoteForm::Speech
        && let Some(p) = qi.checked_sub(1).and_then(|p| all.get(p))
        && let Some(noun) = work_named_before(cx, all, p, q, sent.start)
    {
        form = QuoteForm::Text;
        source = Some(noun);
    }
    (form, source, verb)
}

/// Words quoted right after the quoted name of a work, a campaign or a programme and a colon
/// (ردد الجمهور مطلع أغنية «...» الشهيرة: «...»): a colon after a named thing introduces its own
/// words, the lines of a song or the text of a slogan, so the quotation is quoted text from it,
/// not someone's speech. `prev` is the quotation
/// before `q`; it must be a name introduced by a name noun (`quote_name_nouns.txt`, not a title),
/// in the same sentence (from byte `sent_start`), followed by at most two words (an adjective:
/// الشهيرة) and the colon, with no reporting cue before `q` in the sentence (قال لصحيفة «...»: «...»
/// is the speaker's). Returns the index in `doc.words` of the noun, the source of the text.
fn work_named_before(
    cx: &Context,
    all: &[Quote],
    prev: &Quote,
    q: &Quote,
    sent_start: usize,
) -> Option<usize> {
    if prev.range.start < sent_start || prev.range.end > q.range.start || !prev.closed {
        return None;
    }
    let gap = cx.doc.prose().get(prev.range.end..q.range.start)?.trim();
    let words = gap.strip_suffix(':')?;
    if words.contains(['.', '،', ',', ':', '؛', '\n']) || words.split_whitespace().count() > 2 {
        return None;
    }
    let lists = quote_words();
    let noun = cx.doc.word_index_at(prev.range.start).checked_sub(1)?;
    let w = cx.doc.words.get(noun)?;
    let glued = cx
        .doc
        .prose()
        .get(w.end()..prev.range.start)
        .is_some_and(|g| g.trim().is_empty());
    let w_sent = cx.doc.word_index_at(sent_start);
    let w_open = cx.doc.word_index_at(q.range.start);
    let reported = (w_sent..w_open).any(|i| is_cue_word(cx, all, i));
    (glued
        && w.start() >= sent_start
        && cx.lex.words[noun].title == 0
        && is_name_noun(cx, lists, noun)
        && !reported)
        .then_some(noun)
}

/// The sentence (half-open byte range) of the quotation `q` in the paragraph `para`, given the
/// paragraph's sentence breaks `br` (sorted byte offsets of terminators).
fn sentence_of(br: &[usize], para: &Range<usize>, q: &Range<usize>) -> Range<usize> {
    let start = br
        .iter()
        .rev()
        .find(|&&b| b < q.start)
        .map_or(para.start, |b| b + 1);
    let end = br.iter().find(|&&b| b >= q.end).map_or(para.end, |b| *b);
    start..end.max(start)
}

/// The form of `q` in its sentence `sent`; for quoted text introduced by a noun of text, the
/// index of that noun's word; and the index of the nearest verb of speech or stance in the
/// sentence (before the quotation, else just after it).
fn form_of(
    cx: &Context,
    all: &[Quote],
    q: &Quote,
    sent: Range<usize>,
) -> (QuoteForm, Option<usize>, Option<usize>) {
    let mut source = None;
    let mut verb = None;
    let form = form_and_source(cx, all, q, sent, &mut source, &mut verb);
    (form, source, verb)
}

fn form_and_source(
    cx: &Context,
    all: &[Quote],
    q: &Quote,
    sent: Range<usize>,
    source: &mut Option<usize>,
    verb: &mut Option<usize>,
) -> QuoteForm {
    if q.continuation {
        return QuoteForm::Speech;
    }
    let lists = quote_words();
    let title = title_like(cx, lists, q);
    let first_name = first_is_name(cx, lists, q);
    if is_heading(cx, all, q) {
        return if title && first_name {
            QuoteForm::Name
        } else {
            QuoteForm::Text
        };
    }
    if legal_provision(cx, q) {
        return QuoteForm::Name;
    }
    let w_sent = cx.doc.word_index_at(sent.start);
    let w_open = cx.doc.word_index_at(q.range.start);
    let cue_before = (w_sent..w_open)
        .rev()
        .find(|&i| speech_or_stance(cx, lists, all, i));
    *verb = cue_before.or_else(|| cue_after(cx, lists, all, q, sent.end));
    let cue = verb.is_some();
    if let Some(form) = written_form(cx, all, q, w_sent..w_open, source) {
        return form;
    }
    if names_something(cx, all, q, w_sent, w_open, cue_before) {
        return QuoteForm::Name;
    }
    // The verb of a relative clause «written on it» (لافتة كتب عليها: «...») is not a cue before
    // the noun: it belongs to the noun's clause.
    let written_on =
        |c: usize| c + 2 == w_open && matches!(cx.doc.words[c + 1].key.as_str(), "عليه" | "عليها");
    // A noun of text with the preposition ب and no article after a verb of speech (ردّ بعبارة
    // مقتضبة: «...»، ختم كلمته بعبارة: «...») says how the verb's subject spoke, its instrument:
    // the words are the subject's, not a text with a source of its own.
    let instrument = |t: usize| cue_before.is_some_and(|c| c < t) && indefinite_with_ba(cx, t);
    let text_first = text_noun(cx, lists, all, w_sent, w_open)
        .filter(|&t| cue_before.is_none_or(|c| c < t || written_on(c)) && !instrument(t));
    let name_before = name_noun_before(cx, lists, q, w_sent, w_open);
    // كلمات الأغنية «...»، مقطع من الأغنية «...»: a noun of text with the work it belongs to is
    // still text.
    if let Some(t) = text_first
        && (!name_before || t + 3 >= w_open)
    {
        *source = Some(t);
        return QuoteForm::Text;
    }
    if let Some(repeated_by) = text_by_its_frame(cx, all, q, sent.start, w_open) {
        *source = repeated_by;
        return QuoteForm::Text;
    }
    // A span shaped like a clause in a sentence of speech is words, even after a noun (ويرى أنه لو
    // سُمّي التصحيف «تغييراً وتبديلاً، جاز»).
    // (A purpose verb of saying, ليؤكد أن, reports the clause after أن too: `purpose_verb_in`.)
    let cue_or_purpose = cue || purpose_verb_in(cx, all, w_sent, w_open);
    if !first_name && predicate_after_complementizer(cx, q, w_open, cue_or_purpose) {
        return QuoteForm::Partial;
    }
    if name_before && (title || !cue || construct_name_before(cx, lists, q, w_open)) {
        return QuoteForm::Name;
    }
    let lead = lead_of(cx, all, q, sent.start, w_open);
    if q.words >= 4 {
        return long_span_form(lead, title, first_name, cue);
    }
    short_span_form(cx, all, q, w_sent..w_open, lead, title, (cue_before, *verb))
}

/// True when the quotation `q` (opening at word `w_open`) is one to four words right after the
/// verb of speech `cue_before` (word index), only spaces between, and a colon follows its closing
/// mark (وتابع «أبو سامر»: إن ...). Reason: the colon after a verb of speech opens the words it
/// reports, so the short span between the verb and the colon is the verb's subject, a name some
/// papers set in quotation marks, not words anyone said.
fn subject_before_colon(cx: &Context, q: &Quote, w_open: usize, cue_before: Option<usize>) -> bool {
    let words = &cx.doc.words;
    let prose = cx.doc.prose();
    (1..=4).contains(&q.words)
        && cue_before.is_some_and(|c| c + 1 == w_open)
        && w_open
            .checked_sub(1)
            .and_then(|b| prose.get(words[b].end()..q.range.start))
            .is_some_and(|g| g.chars().all(char::is_whitespace))
        && prose
            .get(q.range.end..)
            .is_some_and(|t| t.trim_start_matches([' ', '\t']).starts_with(':'))
}

/// True when the quotation `q` (opening at word `w_open`) is one or two words right after a
/// kinship noun with a possessive pronoun (وشقيقها "واثق"، ابنه «سامر»، لأخيها «...») or after a
/// partitive of people (إحدى الفتيات «أفراح»، أحد الشبان «...»), only spaces between. Reason: a
/// kinship noun or a partitive stands for one person, and the short span that follows it with no
/// verb or preposition is that person's name in apposition, not words anyone said. The kinship
/// nouns are a closed class of Arabic grammar.
fn person_apposed(cx: &Context, q: &Quote, w_open: usize) -> bool {
    let Some(b) = w_open.checked_sub(1) else {
        return false;
    };
    let words = &cx.doc.words;
    if !(1..=2).contains(&q.words)
        || !cx
            .doc
            .prose()
            .get(words[b].end()..q.range.start)
            .is_some_and(|g| g.chars().all(char::is_whitespace))
    {
        return false;
    }
    let key = words[b].key.as_str();
    let partitive = b
        .checked_sub(1)
        .is_some_and(|a| matches!(words[a].key.as_str(), "احد" | "احدي" | "واحد" | "واحدي"))
        && key.starts_with("ال")
        && key.chars().count() >= 5;
    // A place spelled like a kinship noun with its pronoun (جدة، the city) is no relative.
    partitive
        || (kin_with_pronoun(key)
            && cx.lex.words[b].place == 0
            && !predicate_of_kin_construct(cx, q, b))
}

/// True when the kinship noun at word `b` is the genitive of an indefinite noun that opens the
/// clause of a complementizer right before it (إن عملية ابنها «...»), and the quotation `q`
/// closes that clause (a comma, full stop or other sentence mark, a line break or the end after
/// it). Reason: after أنّ/إنّ and its subject the clause still needs its predicate, and a span
/// that ends the clause stands there: it is what was said of the subject, not the relative's
/// name (a name in apposition leaves the predicate to follow: إن عملية ابنها «سامر» تأجلت).
fn predicate_of_kin_construct(cx: &Context, q: &Quote, b: usize) -> bool {
    let words = &cx.doc.words;
    let closes = cx.doc.prose().get(q.range.end..).is_none_or(|t| {
        let t = t.trim_start_matches([' ', '\t']);
        t.is_empty() || t.starts_with(['.', '،', ',', '؛', ';', '\n', '!', '؟', '?'])
    });
    closes
        && b >= 2
        && super::speaker::complementizer(cx, b - 2)
        && !words[b - 1].key.starts_with("ال")
        && words[b - 1].kind() == crate::text::WordKind::Arabic
        && !cx.lex.words[b - 1].function()
        && cx
            .doc
            .prose()
            .get(words[b - 2].end()..words[b].start())
            .is_some_and(|g| g.chars().all(|c| !breaks(c)))
}

/// True for a character that breaks a phrase between two words (punctuation, a mark, a line
/// break): what [`predicate_of_kin_construct`] allows no more than letters and spaces against.
fn breaks(c: char) -> bool {
    !(c.is_alphanumeric() || c.is_whitespace() || c == '\u{640}')
}

/// True when the identity key `key` is a kinship noun with a possessive pronoun, after و/ف/ل/ب
/// or none (شقيقها، وابنته، لأخيها، زوجها، والدته): the closed class أخ، أخت، شقيق، ابن، بنت،
/// نجل، زوج، والد، أب، أم، عم، خال، جد، حفيد and their feminines.
fn kin_with_pronoun(key: &str) -> bool {
    const KIN: [&str; 26] = [
        "اخ",
        "اخو",
        "اخي",
        "اخت",
        "شقيق",
        "شقيقت",
        "ابن",
        "ابنت",
        "بنت",
        "نجل",
        "نجلت",
        "زوج",
        "زوجت",
        "والد",
        "والدت",
        "اب",
        "ابو",
        "ابي",
        "ام",
        "عم",
        "عمت",
        "خال",
        "خالت",
        "جد",
        "جدت",
        "حفيد",
    ];
    let bodies = [
        Some(key),
        key.strip_prefix(['و', 'ف', 'ل', 'ب']),
        key.strip_prefix("ول").or_else(|| key.strip_prefix("وب")),
    ];
    bodies.into_iter().flatten().any(|k| {
        ["هما", "هم", "ها", "ه"]
            .iter()
            .any(|p| k.strip_suffix(p).is_some_and(|stem| KIN.contains(&stem)))
    })
}

/// True when the closed quotation `q`, opening its sentence, is one definite word (ال, no
/// proclitic) and the verb of speech or stance `verb` (a word index) follows its closing mark
/// with only spaces between («التمييز» تؤيد الحكم، «الصحة» تحذر من ...). Reason: a partial quote
/// is the object or complement of a verb of stance and comes after it (اعتبر القرار «انتهاكاً»),
/// while a definite noun that opens the sentence right before the verb is its subject, a body
/// named by its short form in quotation marks (محكمة التمييز، وزارة الصحة), so the span is a
/// name.
fn body_subject_before_verb(cx: &Context, q: &Quote, verb: Option<usize>) -> bool {
    let words = &cx.doc.words;
    let w_open = cx.doc.word_index_at(q.range.start);
    let w_close = cx.doc.word_index_at(q.range.end);
    q.closed
        && q.words == 1
        && verb == Some(w_close)
        && words.get(w_open).is_some_and(|w| {
            w.end() <= q.range.end && w.plain.starts_with("ال") && w.plain.chars().count() >= 4
        })
        && words.get(w_close).is_some_and(|v| {
            cx.doc
                .prose()
                .get(q.range.end..v.start())
                .is_some_and(|g| g.trim().is_empty() && !g.contains('\n'))
        })
}

/// Quoted text told by what frames the span `q` (sentence from byte `sent_start`, first word
/// at or after the mark `w_open`) rather than by a noun of text: graffiti ([`written_on_surface`])
/// and proverbs ([`proverb_before_colon`]) have no source of their own (the wall is where the
/// words were written, a proverb belongs to no one): `Some(None)`; a phrase the next sentence
/// takes up as a chant or saying ([`taken_up_after`]): `Some` of who repeats it, if named.
/// `None` when the span is not framed so.
fn text_by_its_frame(
    cx: &Context,
    all: &[Quote],
    q: &Quote,
    sent_start: usize,
    w_open: usize,
) -> Option<Option<usize>> {
    let w_sent = cx.doc.word_index_at(sent_start);
    if written_on_surface(cx, all, w_sent, w_open).is_some()
        || proverb_before_colon(cx, q, w_sent, w_open).is_some()
    {
        return Some(None);
    }
    taken_up_after(cx, all, q, sent_start)
}

/// True when the identity key `key` (article stripped) is a noun of a repeated utterance: a chant,
/// a slogan, a phrase or saying (هتاف، شعار، عبارة، جملة، كلمات، مقولة، نداء). A closed list of
/// Arabic nouns, written for isnad.
fn utterance_noun(key: &str) -> bool {
    matches!(
        key,
        "هتاف"
            | "هتافات"
            | "شعار"
            | "شعارات"
            | "عباره"
            | "جمله"
            | "كلمات"
            | "مقوله"
            | "نداء"
    )
}

/// When the closed quotation `q` opens its sentence (from byte `sent_start`) and the next
/// sentence of the paragraph takes it up as a chant, slogan or saying, within its first four
/// words: a demonstrative and a noun of utterance (ردد المحتجون هذا الهتاف، تتردد هذه العبارة)
/// or an indefinite noun of utterance opening it (عبارة تتكرر على ألسنة سكان القرى). The words
/// are a phrase people repeat, quoted text, never one person's unattributed speech. Returns
/// `Some` with the word index of who repeats it when the sentence names them: the subject right
/// after its opening verb (ردد المحتجون), or the noun after على لسان/ألسنة; `Some(None)` when it
/// does not; `None` when the quotation is not taken up so.
fn taken_up_after(
    cx: &Context,
    all: &[Quote],
    q: &Quote,
    sent_start: usize,
) -> Option<Option<usize>> {
    let text = cx.doc.prose();
    let words = &cx.doc.words;
    if !q.closed || !text.get(sent_start..q.range.start)?.trim().is_empty() {
        return None;
    }
    let j = cx.doc.word_index_at(q.range.end);
    let gap = text.get(q.range.end..words.get(j)?.start())?;
    if gap.trim() != "." || gap.contains('\n') {
        return None;
    }
    let bare = |k: usize| -> Option<String> {
        let w = words.get(k)?;
        let r = w.key_readings();
        let key = r
            .iter()
            .find(|(_, r)| utterance_noun(r.as_str().strip_prefix("ال").unwrap_or(r.as_str())))?;
        Some(key.1.as_str().to_string())
    };
    let end = (j + 4).min(words.len());
    let demonstrative = (j..end.saturating_sub(1)).find(|&k| {
        matches!(words[k].plain.trim_start_matches(['و', 'ف']), "هذا" | "هذه")
            && bare(k + 1).is_some_and(|b| b.starts_with("ال"))
            && !between_has_break(cx, k, words[k + 1].start())
    });
    let opening_noun = bare(j).is_some_and(|b| !b.starts_with("ال"));
    if demonstrative.is_none() && !opening_noun {
        return None;
    }
    if (j..end).any(|k| inside_quote(all, words[k].start(), words[k].end())) {
        return None;
    }
    // Who repeats it: the noun after على لسان / على ألسنة, else the subject after the verb that
    // opens the sentence, before the demonstrative.
    let tongue = (j + 1..(j + 8).min(words.len()).saturating_sub(1)).find(|&k| {
        words[k - 1].plain == "على"
            && words[k]
                .key_readings()
                .iter()
                .any(|(_, r)| matches!(r.as_str(), "لسان" | "السنه"))
            && !between_has_break(cx, k, words[k + 1].start())
    });
    let subject = demonstrative.and_then(|d| {
        // (`function` also marks frequent nouns such as المحتجون, so the subject is asked only to
        // be a definite word that is no cue and no relative pronoun.)
        (d == j + 2
            && !cx.lex.words[j].function()
            && words[j + 1].key.starts_with("ال")
            && words[j + 1].kind() == crate::text::WordKind::Arabic
            && !cx.lex.words[j + 1].is_cue()
            && !matches!(
                words[j + 1].key.as_str(),
                "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللاتي" | "اللواتي"
            ))
        .then_some(j + 1)
    });
    Some(tongue.map(|k| k + 1).or(subject))
}

/// The form of `q` when it is written on a thing the sentence describes ([`written_on_object`];
/// `words` are the word indices from the sentence's start to the opening mark): a label of one to
/// three words is a name; a longer inscription is quoted text, whose `source` is the surface when
/// a noun of text names it (لافتة كتب عليها: «...»). `None` when it is not so written.
fn written_form(
    cx: &Context,
    all: &[Quote],
    q: &Quote,
    words: Range<usize>,
    source: &mut Option<usize>,
) -> Option<QuoteForm> {
    if !written_on_object(cx, all, words.start, words.end) {
        return None;
    }
    if q.words < 4 {
        return Some(QuoteForm::Name);
    }
    *source = text_noun(cx, quote_words(), all, words.start, words.end);
    Some(QuoteForm::Text)
}

/// True when the span opening at word `w_open` (sentence from word `w_sent`) is what is written
/// on a thing the sentence describes: right before it (a colon may stand between) a participle of
/// writing (مكتوب، منقوش, feminine too) or a verb of writing with no conjunction (كتب، كُتبت، خُطّ،
/// نُقش) that follows a noun with nothing between, then على with a pronoun (عليه، عليها) or with
/// one noun (على رأسه). Reason: a verb clause joined to an indefinite noun with no conjunction is
/// a relative clause describing it (لافتة كتب عليها «...»: a sign on which was written), and the
/// participle says the same; the words are a label, a caption or an inscription on the object,
/// not anyone's speech. «وكتب على حسابه: «...»» (a conjunction: a new clause with its own subject)
/// is not read so, nor is a channel of speech (حساب، صفحة, see [`writing_surface`]).
fn written_on_object(cx: &Context, all: &[Quote], w_sent: usize, w_open: usize) -> bool {
    let words = &cx.doc.words;
    let Some(before) = w_open.checked_sub(1) else {
        return false;
    };
    // على + pronoun (one word) or على + one noun.
    let (prep, v) = match words.get(before).map(|w| w.key.as_str()) {
        Some("عليه" | "عليها" | "عليهم" | "عليهما") => {
            (before, before.checked_sub(1))
        }
        _ => match before.checked_sub(1) {
            Some(p) if words[p].key == "علي" || words[p].plain == "على" => {
                let noun = &words[before];
                if channel_of_speech(&noun.key)
                    || cx.lex.words[before].function()
                    || noun.kind() != crate::text::WordKind::Arabic
                {
                    return false;
                }
                (p, p.checked_sub(1))
            }
            _ => return false,
        },
    };
    let Some(v) = v.filter(|&v| v >= w_sent) else {
        return false;
    };
    if between_has_break(cx, v, words[prep].start())
        || inside_quote(all, words[v].start(), words[v].end())
    {
        return false;
    }
    // Only spaces or a colon between the preposition phrase and the opening mark.
    let Some(gap) = words
        .get(w_open)
        .and_then(|w| cx.doc.prose().get(words[before].end()..w.start()))
    else {
        return false;
    };
    if !gap
        .chars()
        .all(|c| c.is_whitespace() || c == ':' || "«\"“”'‹»".contains(c))
    {
        return false;
    }
    let key = words[v].key.as_str();
    let participle = matches!(
        key.strip_prefix('و').unwrap_or(key),
        "مكتوب" | "مكتوبه" | "منقوش" | "منقوشه" | "مخطوط" | "مخطوطه"
    );
    if participle {
        return true;
    }
    let verb = writing_verb(key, false);
    // A verb: a relative clause only right after a noun (no conjunction, no punctuation).
    verb && v.checked_sub(1).is_some_and(|n| {
        n >= w_sent
            && words[n].kind() == crate::text::WordKind::Arabic
            && !cx.lex.words[n].function()
            && !cx.lex.words[n].is_cue()
            && !between_has_break(cx, n, words[v].start())
            && !inside_quote(all, words[n].start(), words[n].end())
    })
}

/// True when the identity key `key` is a perfect verb of writing by hand (كتب، خطّ، نقش) in the
/// masculine or feminine singular (كتبت), or with `plural` in the masculine plural too (كتبوا):
/// a closed list of Arabic verbs, written for isnad.
fn writing_verb(key: &str, plural: bool) -> bool {
    ["كتب", "خط", "نقش"].iter().any(|stem| {
        key.strip_prefix(stem)
            .is_some_and(|end| end.is_empty() || end == "ت" || (plural && end == "وا"))
    })
}

/// True when the identity key `key`, a possessive pronoun or ta marbuta at its end aside
/// (حسابه، صفحتها، منصة، قناته), is a channel of speech a person writes on in their own name
/// (حساب، صفحة، منصة، موقع، قناة، مدونة): what is written there is the writer's speech, not a
/// label on a thing. A closed list written for isnad; ta marbuta is folded to ه in keys, and
/// before a pronoun it is written ت.
fn channel_of_speech(key: &str) -> bool {
    matches!(
        key.trim_end_matches(['ه', 'ا']).trim_end_matches('ت'),
        "حساب" | "صفح" | "منص" | "موقع" | "قنا" | "مدون"
    )
}

/// True when the identity key `key` (article stripped) is a surface that words are written or
/// painted on by hand (جدار، حائط، لوحة، يافطة، ورقة، سبورة، قميص، واجهة): text on it is
/// writing, not anyone's speech. A closed list of Arabic nouns of writing surfaces, written for
/// isnad; channels of speech (حساب، صفحة، منصة) are not surfaces.
fn writing_surface(key: &str) -> bool {
    matches!(
        key,
        "جدار"
            | "جدران"
            | "حائط"
            | "حيطان"
            | "لوحه"
            | "لوح"
            | "يافطه"
            | "ورقه"
            | "سبوره"
            | "قميص"
            | "قمصان"
            | "واجهه"
            | "باب"
    )
}

/// The word index of the writing surface when the span opening at word `w_open` (sentence from
/// word `w_sent`) is text written on one: a verb of writing (كتب، خطّ، نقش, its feminine and
/// plural) stands before the span in the sentence, and the preposition على stands before a
/// surface noun ([`writing_surface`]) in the same stretch (وعلى جدار المدرسة كتب أحدهم بالفحم:
/// «...»، خطّ طلاب على السبورة: «...»). What is written on a wall or a board is graffiti or a
/// sign, quoted text whose writer is usually unknown, not a person's speech.
fn written_on_surface(cx: &Context, all: &[Quote], w_sent: usize, w_open: usize) -> Option<usize> {
    let words = &cx.doc.words;
    let writes = (w_sent..w_open).any(|i| {
        let key = words[i].key.as_str();
        let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
        writing_verb(bare, true) && !inside_quote(all, words[i].start(), words[i].end())
    });
    if !writes {
        return None;
    }
    (w_sent..w_open.saturating_sub(1)).find_map(|i| {
        let on = words[i].plain.trim_start_matches(['و', 'ف']) == "على";
        let surface = words[i + 1].key_readings().iter().any(|(_, r)| {
            let r = r.as_str();
            writing_surface(r.strip_prefix("ال").unwrap_or(r))
        });
        (on && surface && !between_has_break(cx, i, words[i + 1].start())).then_some(i + 1)
    })
}

/// The word index of the noun مثل "proverb" when the span `q` (opening at word `w_open`,
/// sentence from word `w_sent`) follows it, one or two indefinite adjectives and a colon (بترديد
/// مثل شعبي قديم: «...»). Alone, مثل is also the preposition "like", which takes its object
/// right after it; followed by indefinite adjectives and a colon it can only be the noun, and
/// a proverb is quoted text.
fn proverb_before_colon(cx: &Context, q: &Quote, w_sent: usize, w_open: usize) -> Option<usize> {
    let last = w_open.checked_sub(1).filter(|&l| l >= w_sent)?;
    let words = &cx.doc.words;
    let gap = cx.doc.prose().get(words[last].end()..q.range.start)?;
    if gap.trim() != ":" {
        return None;
    }
    let m = (last.saturating_sub(2).max(w_sent)..last).find(|&k| {
        words[k]
            .key_readings()
            .iter()
            .any(|(_, r)| matches!(r.as_str(), "مثل" | "مثلا"))
    })?;
    (m + 1..=last)
        .all(|k| {
            let (w, t) = (&words[k], &cx.lex.words[k]);
            w.kind() == crate::text::WordKind::Arabic
                && !w.key.starts_with("ال")
                && !t.function()
                && !t.is_cue()
                && t.place == 0
                && t.given == 0
                && !between_has_break(cx, k - 1, w.start())
        })
        .then_some(m)
}

/// True when word `t` carries the preposition ب (after an optional و/ف) on a word without the
/// article: بعبارة، بكلمات.
fn indefinite_with_ba(cx: &Context, t: usize) -> bool {
    let Some(w) = cx.doc.words.get(t) else {
        return false;
    };
    let p = w.plain.strip_prefix(['و', 'ف']).unwrap_or(&w.plain);
    p.strip_prefix('ب')
        .is_some_and(|r| r.chars().count() >= 3 && !r.starts_with("ال"))
}

/// The word index of a verb of speech or stance within the three words after the closing mark of
/// the closed quotation `q`, before the sentence's end (byte `sent_end`); `None` for an open
/// quotation or when there is none.
fn cue_after(
    cx: &Context,
    lists: &QuoteWords,
    all: &[Quote],
    q: &Quote,
    sent_end: usize,
) -> Option<usize> {
    if !q.closed {
        return None;
    }
    let w_close = cx.doc.word_index_at(q.range.end);
    let w_end = cx.doc.word_index_at(sent_end);
    (w_close..w_end.min(w_close + 3)).find(|&i| speech_or_stance(cx, lists, all, i))
}

/// The form of a span of four words or more, by what leads to it (`lead`): whole speech after
/// the sentence's start, a colon, a comma or a cue (a name when it is `title`-like, starts with a
/// name and no `cue` is near); inside a clause, a partial quote, or a name when title-like.
fn long_span_form(lead: Lead, title: bool, first_name: bool, cue: bool) -> QuoteForm {
    match lead {
        Lead::Start | Lead::Colon | Lead::Comma | Lead::Cue => {
            if title && first_name && !cue {
                QuoteForm::Name
            } else {
                QuoteForm::Speech
            }
        }
        Lead::Inside if cue => QuoteForm::Partial,
        Lead::Inside if title || first_name => QuoteForm::Name,
        Lead::Inside => QuoteForm::Partial,
    }
}

/// The form of a span of under four words: whole speech only next to a reporting cue that
/// attributes it (قال: «...»، «...»، قال); a verb of stance or a cue further away makes it a
/// partial quote, unless it is a body named right before its verb
/// ([`body_subject_before_verb`]); else a name. `before` holds the indices of the words from the
/// sentence's start to the opening mark (a cue there reports the span); `verbs` the nearest verb
/// of speech or stance before the span and the one [`form_and_source`] settled on (before,
/// else just after it).
fn short_span_form(
    cx: &Context,
    all: &[Quote],
    q: &Quote,
    before: Range<usize>,
    lead: Lead,
    title: bool,
    (cue_before, verb): (Option<usize>, Option<usize>),
) -> QuoteForm {
    if lead == Lead::Start && cue_before.is_none() && body_subject_before_verb(cx, q, verb) {
        return QuoteForm::Name;
    }
    let cue = verb.is_some();
    let reported_before = before.into_iter().any(|i| is_cue_word(cx, all, i));
    let w_close = cx.doc.word_index_at(q.range.end);
    let reported_after = q.closed
        && cx.doc.words.get(w_close).is_some_and(|_| {
            let gap = cx.doc.prose().get(q.range.end..).unwrap_or("").trim_start();
            gap.starts_with(['،', ','])
                && (w_close..(w_close + 2).min(cx.doc.words.len())).any(|i| is_cue_word(cx, all, i))
        });
    match lead {
        Lead::Colon if reported_before => QuoteForm::Speech,
        Lead::Start | Lead::Comma if reported_after && !title => QuoteForm::Speech,
        _ if cue => QuoteForm::Partial,
        _ => QuoteForm::Name,
    }
}

/// True when a word from `w_sent` up to word `w_open` (word indices, half-open), outside the
/// quotations `all`, is لـ + the imperfect of a reporting verb before a colon or its أن clause
/// ([`super::continuity::purpose_verb`]: عاد فلان ليؤكد أن). Reason: the particle of purpose
/// attaches the verb of saying to the clause before it and reports its subject's words as the
/// verb itself would, so after أن and its subject a span is that clause's predicate. (Only there:
/// a span after an indefinite noun, نظام «...», stays its name.)
fn purpose_verb_in(cx: &Context, all: &[Quote], w_sent: usize, w_open: usize) -> bool {
    (w_sent..w_open.min(cx.doc.words.len())).any(|i| {
        super::continuity::purpose_verb(cx, i)
            && !inside_quote(all, cx.doc.words[i].start(), cx.doc.words[i].end())
    })
}

/// True when the span opening at word `w_open` is the predicate of a clause opened by a
/// complementizer (أنّ، إنّ، بأن، فإن) within the six words before it, whose subject stands between
/// them with nothing but spaces: one definite noun (فإن القرار «...»، بأن الفريق «...»), or, in a
/// sentence with a verb of speech or stance (`cue`), a noun phrase of two to four words (up to
/// ten with no verb among them: أن مشروعات الري الجديدة في محافظات الشمال والجنوب «...»), a
/// construct or a noun with its complement (أن نجاح الخطة «...»، إن المشاركة في المهرجان «...»)
/// or a copula (وأنه كان «...»), ending on a definite word or the copula. After أنّ and its subject
/// the span stands where the predicate of the reported clause goes, so it is someone's words, not
/// a name; a phrase ending on an indefinite noun (أن الحكومة أطلقت حملة «...») leaves the span that
/// noun's name.
/// How many words back from a quotation [`predicate_after_complementizer`] looks for the
/// complementizer: the subject between them has at most ten words (a longer one is read only
/// without a verb in it).
const LONG_SUBJECT_REACH: usize = 11;

fn predicate_after_complementizer(cx: &Context, q: &Quote, w_open: usize, cue: bool) -> bool {
    if w_open < 2 || w_open > cx.doc.words.len() {
        return false;
    }
    let words = &cx.doc.words;
    for back in 2..=LONG_SUBJECT_REACH {
        let Some(c) = w_open.checked_sub(back) else {
            return false;
        };
        if !words_only_before(cx, words[c].end(), q) || cx.lex.words[c].is_cue() {
            return false;
        }
        let opens =
            super::speaker::complementizer(cx, c) || matches!(words[c].key.as_str(), "فان" | "وان");
        if !opens {
            continue;
        }
        let subject = c + 1..w_open;
        if back == 2 {
            // One noun: definite, not a particle (الذي، اليوم are listed function words, but so is
            // الوزارة: a definite word of four letters or more that is not a relative pronoun).
            let n = &words[c + 1];
            let t = &cx.lex.words[c + 1];
            let particle = t.function()
                && (n.key.chars().count() < 5
                    || matches!(
                        n.key.as_str(),
                        "الذي" | "التي" | "الذين" | "اللذين" | "اللتين"
                    ));
            return n.key.starts_with("ال") && !particle && !t.is_cue() || copula(&n.key) && cue;
        }
        if !cue {
            return false;
        }
        let first = &words[c + 1];
        let last = w_open - 1;
        let construct = !first.key.starts_with("ال") && construct_chain(cx, c + 2, w_open);
        let heads = first.key.starts_with("ال") || construct || copula(&first.key);
        // (ل before the article drops its alif, للوكالة = ل + الوكالة: the phrase still ends on a
        // definite noun, its complement with ل.)
        let definite_lam = |k: &str| k.starts_with("لل") && k.chars().count() >= 5;
        // (The last word may be joined by و: في محافظات الوسطى والظاهرة.)
        let last_key = words[last].key.as_str();
        let last_key = last_key
            .strip_prefix('و')
            .filter(|r| r.starts_with("ال"))
            .unwrap_or(last_key);
        let ends = last_key.starts_with("ال")
            || (construct && possessed_noun(cx, last))
            || definite_lam(&words[last].key)
            || copula(&words[last].key);
        let clean = subject
            .clone()
            .all(|k| !cx.lex.words[k].is_cue() && !super::speaker::complementizer(cx, k));
        // A subject of more than five words (a noun with its adjectives and a place complement
        // listing places) holds no verb: past five words a verb inside would make the words
        // before the span a clause of their own, whose object the span may name.
        // A verb after a relative pronoun (التي تديرها المنظمة، الذي تعمل عليه الحكومة) belongs to
        // the subject's relative clause, not to a clause of its own.
        let verbless = back <= 6
            || subject.clone().all(|k| {
                !(cx.lex.words[k].verb()
                    || crate::analysis::names::conjugated_verb(cx, words[k].plain.as_str()))
                    || (c + 1..k).any(|r| relative_pronoun(&words[r].key))
            });
        return heads && ends && clean && verbless;
    }
    false
}

/// True when the prose from byte `from` to the opening of `q` holds words, spaces and the opening
/// mark only (no punctuation): what [`predicate_after_complementizer`] reads the subject across.
fn words_only_before(cx: &Context, from: usize, q: &Quote) -> bool {
    cx.doc.prose().get(from..q.range.start).is_some_and(|g| {
        g.chars().all(|ch| {
            matches!(ch, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
                || ch.is_alphanumeric()
                || ch.is_whitespace()
                || matches!(ch, '«' | '"' | '\u{640}')
        })
    })
}

/// True when the words from `from` on (before `end`) complete a construct whose head stands
/// just before `from`: a definite genitive at once (نجاح الخطة) or after one or two more
/// indefinite nouns of the chain (مراكز علاج الكوليرا، وحدة تنسيق عمليات الإغاثة). Reason: in a
/// construct chain only the last noun carries the article, and the whole chain is one noun phrase.
fn construct_chain(cx: &Context, from: usize, end: usize) -> bool {
    let words = &cx.doc.words;
    for k in from..(from + 3).min(end) {
        let key = words[k].key.as_str();
        if key.starts_with("ال") || possessed_noun(cx, k) {
            return true;
        }
        let t = &cx.lex.words[k];
        if words[k].kind() != crate::text::WordKind::Arabic
            || t.function()
            || t.is_cue()
            || t.verb()
            || ["بال", "لل", "كال"].iter().any(|a| key.starts_with(a))
        {
            return false;
        }
    }
    false
}

/// True when word `k`, the genitive of an indefinite noun before it, is a noun with a possessive
/// pronoun (ابنها، وزارته، حكومتهم): an Arabic word ending in ه، ها، هم، هما or هن after two
/// letters or more, no cue or function word. Reason: a noun in construct with a pronoun is
/// definite, so it closes a construct chain as a definite genitive does (عملية ابنها = the
/// operation of her son); right after an indefinite noun it is that noun's genitive, though the
/// dictionary may also read it as a verb with an object pronoun (زوّجها، أبّنها).
fn possessed_noun(cx: &Context, k: usize) -> bool {
    let (w, t) = (&cx.doc.words[k], &cx.lex.words[k]);
    let plain = w.plain.as_str();
    w.kind() == crate::text::WordKind::Arabic
        && ["هما", "ها", "هم", "هن", "ه"].iter().any(|suf| {
            plain
                .strip_suffix(suf)
                .is_some_and(|stem| stem.chars().count() >= 2)
        })
        && !t.function()
        && !t.is_cue()
}

/// True when the identity key `key` is a relative pronoun (الذي، التي، الذين، اللذين، اللتين،
/// اللواتي، اللاتي): the verb after one opens a relative clause describing the noun before it.
fn relative_pronoun(key: &str) -> bool {
    matches!(
        key,
        "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللواتي" | "اللاتي"
    )
}

/// True when the identity key `key` (و/ف and a future س allowed) is a copula of a reported
/// clause (كان، يكون، ليس، أصبح): after one the span is the clause's predicate.
fn copula(key: &str) -> bool {
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let bare = bare
        .strip_prefix('س')
        .filter(|b| b.starts_with(['ي', 'ت']))
        .unwrap_or(bare);
    matches!(
        bare,
        "كان"
            | "كانت"
            | "يكون"
            | "تكون"
            | "ليس"
            | "ليست"
            | "اصبح"
            | "اصبحت"
            | "يصبح"
            | "تصبح"
    )
}

/// True when word `j` is a word that names with a preposition written after it (ما يسمى بـ،
/// المعروف بـ، الملقب بـ، يدعى بـ): a noun before a detached ب is otherwise the subject or object
/// of the sentence (وصف الوزير الخطة بـ«...»), and the span its complement, not its name. A
/// closed list of the Arabic verbs and participles of naming, as identity keys with the article
/// and و/ف stripped.
fn names_with_preposition(cx: &Context, j: usize) -> bool {
    cx.doc.words[j].key_readings().iter().any(|(_, r)| {
        let r = r.as_str();
        matches!(
            r.strip_prefix("ال").unwrap_or(r),
            "يسمي"
                | "تسمي"
                | "سمي"
                | "سميت"
                | "مسمي"
                | "مسماه"
                | "معروف"
                | "معروفه"
                | "يعرف"
                | "تعرف"
                | "عرف"
                | "عرفت"
                | "ملقب"
                | "ملقبه"
                | "يلقب"
                | "تلقب"
                | "لقب"
                | "يدعي"
                | "تدعي"
                | "مدعو"
                | "مدعوه"
        )
    })
}

/// True when `q` names a party rather than quoting it: a span right after a preposition written
/// apart and followed by a colon or comma, the addressee of a statement (قال لـ«الشرق الأوسط»: ...),
/// or by the complementizer of the reported clause or the reporting verb (قال مسؤول لـ«الصباح» إن
/// ...، وفي تصريحات لـ«الصباح» قال ...: a complementizer or a verb cannot follow a fragment of
/// words governed by ل, so the span is whom the words were said to); the outlet in construct
/// after a source noun (مصادر «الصباح»، مصدر «الصباح»: whose sources they are),
/// or a span between a reporting verb and أن/إن, the speaker itself (وأوضحت «بوصلة» أن ...); the
/// topic of أما before a reporting verb with ف (أما «الأخبار» فكتبت أن ...: the topic is the verb's
/// subject); or a span after في set off by a comma before a reporting verb (وفي «نداء الوطن»، اعتبر
/// ...: where the words appeared, a paper, not the words).
fn names_party(cx: &Context, all: &[Quote], q: &Quote, w_open: usize) -> bool {
    if q.words >= 4 || !q.closed {
        return false;
    }
    let Some(prev) = w_open.checked_sub(1).and_then(|j| cx.doc.words.get(j)) else {
        return false;
    };
    let text = cx.doc.prose();
    let after = text.get(q.range.end..).unwrap_or("").trim_start();
    // The word before the opening mark, written right before it.
    let prev_touches = text
        .get(prev.end()..q.range.start)
        .is_some_and(|g| g.trim().is_empty());
    let w_close = cx.doc.word_index_at(q.range.end);
    // The word after the closing mark, when only spaces stand between them.
    let next = cx.doc.words.get(w_close).filter(|n| {
        n.start() >= q.range.end
            && text
                .get(q.range.end..n.start())
                .is_some_and(|g| g.trim().is_empty())
    });
    let complementizer_or_verb = next.is_some_and(|n| {
        matches!(
            n.plain.as_str(),
            "أن" | "إن" | "أنه" | "أنها" | "بأن" | "إنه" | "إنها" | "بأنه" | "بأنها"
        ) || cx.lex.words[w_close].verb() && is_cue_word(cx, all, w_close)
    });
    let addressee = matches!(prev.plain.trim_end_matches('ـ'), "ل" | "ول")
        && prev_touches
        && (after.starts_with([':', '،', ',']) || complementizer_or_verb || listed_outlet(cx, q));
    let sources_of = prev_touches
        && prev
            .key_readings()
            .iter()
            .any(|(_, r)| matches!(r.as_str(), "مصادر" | "مصدر"));
    let speaker = cx.lex.words[w_open - 1].verb()
        && is_cue_word(cx, all, w_open - 1)
        && next.is_some_and(|n| matches!(n.plain.as_str(), "أن" | "إن" | "أنه" | "أنها" | "بأن"));
    let next_is_cue = |from: usize, with_fa: bool| {
        (from..(from + 2).min(cx.doc.words.len())).any(|i| {
            let w = &cx.doc.words[i];
            w.start() >= q.range.end
                && (!with_fa || w.plain.starts_with('ف'))
                && cx.lex.words[i].verb()
                && is_cue_word(cx, all, i)
        })
    };
    let topic = matches!(prev.plain.as_str(), "أما" | "وأما" | "اما" | "واما")
        && next.is_some()
        && next_is_cue(w_close, true);
    let place_of_words = matches!(prev.plain.as_str(), "في" | "وفي")
        && prev_touches
        && after.starts_with(['،', ','])
        && next_is_cue(w_close, false);
    addressee
        || sources_of
        || speaker
        || topic
        || place_of_words
        || (prev_touches && (talked_to(cx, w_open) || posted_on(cx, w_open)))
}

/// True when the words of the span `q`, two or more, are whole an agency or outlet of the lists
/// (`agencies.txt`, `outlets.txt`: «الشرق الأوسط»، «نداء الوطن»). Reason: after ل (كشفت مصادر
/// لـ«الشرق الأوسط» معلومات ...) a listed outlet is the party the words went to, not a fragment of
/// anyone's words, whatever follows it; a one-word outlet is often an ordinary word in scare
/// quotes (أساء لـ«الوطن»), so it is left to the other tests.
fn listed_outlet(cx: &Context, q: &Quote) -> bool {
    let words = cx.doc.words_in(q.inner.clone());
    let Some(first) = words.first().filter(|_| words.len() >= 2) else {
        return false;
    };
    cx.profile
        .agency_phrases
        .longest_match(&first.key, |j| words.get(1 + j).map(|w| w.key.as_str()))
        == Some(words.len())
}

/// True when `q` (sentence from word `w_sent`, opening at word `w_open`; `cue_before`, the
/// nearest verb of speech or stance before it) names something by its own shape or by its
/// neighbours: a short span of names only (داعش، «إير فرانس»، الشاعر «محمد بنيس»), an acronym
/// spelled out, a hashtag, a quoted party, a title after a colon or after عنوان, a person's name
/// after a kinship noun, a subject before a colon.
fn names_something(
    cx: &Context,
    all: &[Quote],
    q: &Quote,
    w_sent: usize,
    w_open: usize,
    cue_before: Option<usize>,
) -> bool {
    (q.words < 4 && (q.words == 0 || all_names(cx, q)))
        || spelled_acronym(cx, q)
        || hashtag(cx, q)
        || names_party(cx, all, q, w_open)
        || title_after_colon(cx, q, w_sent, w_open, cue_before.is_some())
        || person_apposed(cx, q, w_open)
        || subject_before_colon(cx, q, w_open, cue_before)
        || titled(cx, q, w_open)
        || named_where_used(cx, q, w_sent, w_open)
}

/// True when a naming verb or participle (ما يسمى، ما يعرف، المعروف: [`names_with_preposition`]'s
/// list) stands before the opening mark of `q` (opening at word `w_open`, its sentence from word
/// `w_sent`) across a locative adjunct of a preposition of place and one or two words (في نجران،
/// لدى الصيادين، عند أهل القرية), no punctuation between, with or without a preposition written
/// apart before the mark (ما يعرف في المغرب بـ«...»): ما يسمى في نجران «عرائش العنب». Reason: the
/// adjunct says where the name is in use, and the span is still the naming verb's second object,
/// the name, not anyone's words.
fn named_where_used(cx: &Context, q: &Quote, w_sent: usize, w_open: usize) -> bool {
    let words = &cx.doc.words;
    let detached = |j: usize| matches!(words[j].plain.trim_end_matches('ـ'), "ب" | "وب");
    let skip = usize::from(w_open.checked_sub(1).is_some_and(detached));
    let locative = |j: usize| matches!(words[j].plain.as_str(), "في" | "لدى" | "عند" | "بين");
    (1..=2).any(|len| {
        let Some(prep) = w_open.checked_sub(skip + len + 1) else {
            return false;
        };
        let Some(verb) = prep.checked_sub(1) else {
            return false;
        };
        verb >= w_sent
            && locative(prep)
            && names_with_preposition(cx, verb)
            && !between_has_break(cx, verb, q.range.start)
            && (prep + 1..w_open - skip)
                .all(|k| !cx.lex.words[k].is_cue() && !cx.lex.words[k].function())
    })
}

/// True when the noun عنوان "title" (بعنوان، تحت عنوان، حمل عنوان، عنوانه) stands right before the
/// opening mark of the closed quotation `q` (opening at word `w_open`), only spaces between: ندوة
/// بعنوان «…»، مقال بعنوان «الدعم الذي لا يصل». Reason: the span in apposition to the noun
/// "title" is the title it names, whatever its shape (a title may be a clause), not anyone's words.
fn titled(cx: &Context, q: &Quote, w_open: usize) -> bool {
    let Some(p) = w_open.checked_sub(1) else {
        return false;
    };
    let w = &cx.doc.words[p];
    q.closed
        && cx
            .doc
            .prose()
            .get(w.end()..q.range.start)
            .is_some_and(|g| g.trim().is_empty())
        && w.key_readings()
            .iter()
            .any(|(_, r)| matches!(r.as_str(), "عنوان" | "عنوانه" | "عنوانها"))
}

/// True when the word before the opening mark at word `w_open` is a preposition of address (ل
/// written apart, إلى، مع) after a noun of talk or the verb تحدث, at most one word (its adjective,
/// no cue or verb) between them with no punctuation: في حديث إلى «…»، في تصريحات خاصة لـ«…»، في اتصال هاتفي مع
/// «…»، تحدثت إلى «…». Reason: a noun of talk with its preposition of address names the party the
/// words were said to (a paper, a channel), so the span there is that party's name, not a fragment
/// of anyone's words. The nouns and the verb are a closed class of Arabic, written for isnad: حديث،
/// تصريح، تصريحات، مقابلة، حوار، اتصال، لقاء، سؤال، مكالمة, with a possessive pronoun or not.
fn talked_to(cx: &Context, w_open: usize) -> bool {
    let Some(p) = w_open.checked_sub(1) else {
        return false;
    };
    if !matches!(
        cx.doc.words[p].plain.trim_end_matches('ـ'),
        "ل" | "إلى" | "الى" | "مع"
    ) {
        return false;
    }
    let talk = |j: usize| {
        cx.doc.words[j].key_readings().iter().any(|(_, r)| {
            let r = r.strip_prefix("ال").unwrap_or(r);
            let bare = ["ها", "هم", "ه"]
                .iter()
                .find_map(|x| r.strip_suffix(x).filter(|b| b.chars().count() >= 3))
                .unwrap_or(r)
                .trim_end_matches(['ه', 'ت']);
            matches!(
                bare,
                "حديث"
                    | "تصريح"
                    | "تصريحا"
                    | "مقابل"
                    | "حوار"
                    | "اتصال"
                    | "لقاء"
                    | "سؤال"
                    | "مكالم"
            ) || matches!(
                r,
                "تحدث"
                    | "تحدثت"
                    | "يتحدث"
                    | "تتحدث"
                    | "تحدثوا"
                    | "يتحدثون"
                    | "متحدثا"
                    | "متحدثه"
            )
        })
    };
    let joined = |a: usize, b: usize| !between_has_break(cx, a, cx.doc.words[b].start());
    (1..=2).any(|back| {
        p.checked_sub(back).is_some_and(|j| {
            talk(j)
                && joined(j, p)
                && (back == 1 || {
                    // (خاصة is also the adverb "especially", a function word.)
                    let t = &cx.lex.words[j + 1];
                    !t.is_cue() && !t.verb()
                })
        })
    })
}

/// True when the word before the opening mark at word `w_open` is في، على or عبر right after a
/// channel of speech ([`channel_of_speech`]: حسابه في «…»، صفحتها على «…»، قناته عبر «…»), only a
/// space between. Reason: the preposition after a person's account, page or channel names the
/// platform it is on, so the span is the platform's name, not anyone's words.
fn posted_on(cx: &Context, w_open: usize) -> bool {
    let Some(p) = w_open.checked_sub(1) else {
        return false;
    };
    if !matches!(cx.doc.words[p].plain.as_str(), "في" | "على" | "عبر") {
        return false;
    }
    p.checked_sub(1).is_some_and(|j| {
        !between_has_break(cx, j, cx.doc.words[p].start())
            && cx.doc.words[j]
                .key_readings()
                .iter()
                .any(|(_, r)| channel_of_speech(r.strip_prefix("ال").unwrap_or(r)))
    })
}

/// True when word `i` is a reporting cue (verb, participle or attribution phrase) outside every
/// quotation of `all`.
fn is_cue_word(cx: &Context, all: &[Quote], i: usize) -> bool {
    let (Some(t), Some(w)) = (cx.lex.words.get(i), cx.doc.words.get(i)) else {
        return false;
    };
    t.is_cue() && !inside_quote(all, w.start(), w.end())
}

/// True when word `i` tells that its sentence reports someone's words or stance: a reporting cue
/// (see [`is_cue_word`]), a verb of stance (`stance_verbs.txt`: رحب، شجب، وتعتبره ...), a
/// reporting verb with an object pronoun (أعلنه) or the
/// feminine of a listed participle followed by the particle it governs (مشددة على، نافية أن).
fn speech_or_stance(cx: &Context, lists: &QuoteWords, all: &[Quote], i: usize) -> bool {
    if is_cue_word(cx, all, i) {
        return true;
    }
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    if inside_quote(all, w.start(), w.end()) {
        return false;
    }
    if lists.is_stance_verb(&w.key) {
        return true;
    }
    // A reporting verb with an object pronoun (هذا ما أعلنه، ذكرها).
    let bare = w.key.strip_prefix(['و', 'ف']).unwrap_or(&w.key);
    if ["ه", "ها", "هم"].iter().any(|p| {
        bare.strip_suffix(p).is_some_and(|v| {
            v.chars().count() >= 3
                && (cx.profile.is_reporting_verb(v)
                    // The plural's alif is not written before a pronoun (اتهموها).
                    || v.ends_with('و') && cx.profile.is_reporting_verb(&format!("{v}ا")))
        })
    }) {
        return true;
    }
    // مشددة، نافية، مضيفة: the masculine accusative (مشدداً) is the listed participle; the feminine is
    // read only before أن/على/إلى/عن, where a noun (مدينة، مقرة) would not stand.
    let governs = cx.doc.words.get(i + 1).is_some_and(|n| {
        matches!(
            n.plain.as_str(),
            "أن" | "إن" | "أنه" | "أنها" | "بأن" | "على" | "إلى" | "الى" | "عن"
        )
    });
    governs
        && w.key.strip_suffix('ه').is_some_and(|stem| {
            let stem = stem.strip_prefix('و').unwrap_or(stem);
            cx.profile.is_participle(&format!("{stem}ا"))
        })
}

/// The word introducing the quotation that opens at word `w_open` as quoted text (sentence from
/// word `w_sent`): the nearest noun of quoted text among the four words before it (يقول المثل
/// «...»، مقطع من الأغنية «...»), or, after the verb نصّ (to stipulate, whose subject is always a
/// text: ينص على أن «...»), the nearest noun of quoted text among the ten words before the verb (المادة
/// 12 من الدستور التي تنص على أن «...»).
fn text_noun(
    cx: &Context,
    lists: &QuoteWords,
    all: &[Quote],
    w_sent: usize,
    w_open: usize,
) -> Option<usize> {
    // A relative clause «in which came» or «written on it» (مقطعاً من الرواية جاء فيه: «...»، رسالة
    // ورد فيها: «...»، لافتة كتب عليها: «...») stands between the noun of text and its words: the
    // noun is looked for before it, and there a thing with a name (a sign, a banner, a programme:
    // `quote_name_nouns.txt`) is the source of the text too, since what is written on it or came in
    // it is its text, not anyone's speech.
    let relative = w_open >= w_sent + 3
        && (matches!(cx.doc.words[w_open - 1].key.as_str(), "فيه" | "فيها")
            && matches!(cx.doc.words[w_open - 2].key.as_str(), "جاء" | "ورد")
            || matches!(cx.doc.words[w_open - 1].key.as_str(), "عليه" | "عليها")
                && matches!(cx.doc.words[w_open - 2].key.as_str(), "كتب" | "كتبت"));
    let before = if relative { w_open - 2 } else { w_open };
    let near = w_sent.max(before.saturating_sub(4));
    // A noun of text is preferred to a named thing (مقطعاً من الرواية جاء فيه: the excerpt).
    let named_thing = |i: usize| {
        relative
            && QuoteWords::any_reading(&lists.name_nouns, &cx.doc.words[i].key_readings())
            && !inside_quote(all, cx.doc.words[i].start(), cx.doc.words[i].end())
    };
    if let Some(t) = (near..before)
        .rev()
        .find(|&i| is_text_noun(cx, lists, all, i))
        .or_else(|| (near..before).rev().find(|&i| named_thing(i)))
    {
        return Some(t);
    }
    // Farther back, a noun of text whose reference runs up to the span in numbers, من and definite
    // words with no punctuation (الفصل 490 من القانون الجنائي المغربي: «...»): the reference to
    // the text is one phrase, however long.
    let reference = |k: usize| {
        (k + 1..before).all(|j| {
            let w = &cx.doc.words[j];
            let t = &cx.lex.words[j];
            !t.is_cue()
                && !between_has_break(cx, j - 1, w.start())
                && (w.plain.chars().all(char::is_numeric)
                    || w.plain == "من"
                    || w.key.starts_with("ال"))
        })
    };
    if let Some(t) = (w_sent.max(before.saturating_sub(10))..near)
        .rev()
        .find(|&k| is_text_noun(cx, lists, all, k) && reference(k))
    {
        return Some(t);
    }
    // The verb نصّ within the ten words before the span: its subject, a text, stands before it
    // (المادة 12 التي تنص على أن «...») or after it (تنص المادة 222 من القانون: «...»).
    let far = w_sent.max(w_open.saturating_sub(10));
    let verb = (far..w_open).rev().find(|&i| {
        let key = cx.doc.words[i].key.as_str();
        let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
        matches!(bare, "ينص" | "تنص" | "نصت" | "ينصان" | "تنصان")
    })?;
    (w_sent.max(verb.saturating_sub(10))..verb)
        .rev()
        .find(|&i| is_text_noun(cx, lists, all, i))
        .or_else(|| (verb + 1..w_open).find(|&i| is_text_noun(cx, lists, all, i)))
}

/// True when the span `q` follows a colon and, within the four words before it with no other
/// punctuation, a titling noun (عنوان، بعنوان، شعار، وسم، هاشتاغ, with a pronoun or not), in a
/// sentence with no verb of speech or stance before the span (`cue_before`): ندوة بعنوان: «...»،
/// وكان شعار المنتدى هذا العام: «...». A colon after a noun of titling introduces the title it
/// names, not anyone's words; after قال (وقال ... في حفل إطلاق الشعار: «...») the words are the
/// speaker's. A closed list of the Arabic nouns of titling, as identity keys, proclitics stripped;
/// the perfect of the verb of headlining (عنون) anywhere before the colon in the sentence.
fn title_after_colon(
    cx: &Context,
    q: &Quote,
    w_sent: usize,
    w_open: usize,
    cue_before: bool,
) -> bool {
    let Some(last) = w_open.checked_sub(1).filter(|&l| l >= w_sent) else {
        return false;
    };
    let text = cx.doc.prose();
    let gap = text
        .get(cx.doc.words[last].end()..q.range.start)
        .unwrap_or("");
    if cue_before || gap.trim() != ":" {
        return false;
    }
    let titling = |j: usize| {
        cx.doc.words[j].key_readings().iter().any(|(_, r)| {
            matches!(
                r.as_str(),
                "عنوان"
                    | "عنوانه"
                    | "عنوانها"
                    | "شعار"
                    | "شعاره"
                    | "شعارها"
                    | "وسم"
                    | "هاشتاغ"
                    | "هاشتاج"
            )
        })
    };
    // A verb of headlining (عنون: to give a page or an article its headline) takes the headline
    // as its object anywhere in its sentence: «وعنونت الصحيفة صفحتها الأولى أمس: «...»».
    let headlines = |j: usize| {
        cx.doc.words[j]
            .key_readings()
            .iter()
            .any(|(_, r)| matches!(r.as_str(), "عنون" | "عنونت" | "عنونوا"))
    };
    (w_sent.max(w_open.saturating_sub(4))..w_open)
        .rev()
        .take_while(|&j| j == last || !between_has_break(cx, j, cx.doc.words[last].start()))
        .any(titling)
        || (w_sent..w_open).any(headlines)
}

/// The words naming the source of quoted text from its noun at word `k` up to the opening mark at
/// byte `open`: the noun without a prepositional proclitic (بالبند → البند), then its construct
/// chain (كلمات الأغنية، مقولة الإمام الأوزاعي، المادة 12 من الدستور): numbers, the genitive after a
/// noun without the article, من and its noun, names or titles, and the word after a title. It stops at
/// punctuation, a verb or an ordinary word after a definite one (كلمات الأغنية | التحية); a source
/// after the quotation (its noun at or after `open`) is not bounded by `open`. Returns the byte
/// range (half-open) and its text.
pub(crate) fn source_phrase(cx: &Context, k: usize, open: usize) -> Option<(Range<usize>, String)> {
    let text = cx.doc.prose();
    let head = cx.doc.words.get(k)?;
    // Leave out a proclitic before the article: بالبند، وللمادة are البند، المادة.
    let src = text.get(head.range())?;
    let mut start = head.start();
    for (o, c) in src.char_indices() {
        let rest = src.get(o..).unwrap_or("");
        if rest.starts_with("ال") || !matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل') || o > 4 {
            if rest.starts_with("ال") {
                start = head.start() + o;
            }
            break;
        }
    }
    let mut end = head.end();
    let mut definite = text.get(start..end).is_some_and(|h| h.starts_with("ال"));
    let mut j = k + 1;
    // A source named after the quotation (ردد المحتجون هذا الهتاف) is not bounded by it.
    let limit = if head.start() >= open {
        usize::MAX
    } else {
        open
    };
    while j < cx.doc.words.len() && j <= k + 7 {
        let w = &cx.doc.words[j];
        if w.end() > limit || between_has_break(cx, j - 1, w.start()) {
            break;
        }
        let t = &cx.lex.words[j];
        let number = w.plain.chars().all(|c| c.is_numeric());
        let name = t.title > 0 || t.given > 0 || t.place > 0 || {
            w.kind() == crate::text::WordKind::Arabic
                && ordinary_word_in(cx, &w.plain) == Lexical::Unknown
        };
        let of = w.plain == "من" && j + 1 < cx.doc.words.len();
        let content = !t.function() && !t.is_cue() && !t.verb();
        let genitive = !definite && content;
        // A title is followed by the name of the one who holds it (الإمام الشافعي).
        let titled = content && cx.lex.words[j - 1].title > 0;
        if !(number || name || of || genitive || titled) || (t.is_cue() && !name) {
            break;
        }
        end = w.end();
        definite = !of && !number && w.plain.starts_with("ال");
        if of || number {
            definite = false;
        }
        j += 1;
    }
    // A chain never ends on من.
    let words = cx.doc.words_in(start..end);
    let end = match words.last() {
        Some(l) if l.plain == "من" => words
            .get(words.len().wrapping_sub(2))
            .map_or(end, |w| w.end()),
        _ => end,
    };
    let phrase = text.get(start..end)?.to_string();
    Some((start..end, phrase))
}

/// True when word `i` is a noun of quoted text (see `data/quote_text_nouns.txt`) outside every
/// quotation of `all`.
fn is_text_noun(cx: &Context, lists: &QuoteWords, all: &[Quote], i: usize) -> bool {
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    // An indefinite accusative (مقطعاً، نصاً) is the noun with its case ending.
    let accusative = w
        .key
        .strip_suffix('ا')
        .filter(|k| k.chars().count() >= 2)
        .is_some_and(|k| lists.text_nouns.contains(k));
    // عبارة عن is the idiom "amounts to" (المبلغ عبارة عن «نثريات»), not a quoted expression.
    let amounts_to =
        w.key.ends_with("عباره") && cx.doc.words.get(i + 1).is_some_and(|n| n.key == "عن");
    !cx.lex.words[i].is_cue()
        && !amounts_to
        && (QuoteWords::any_reading(&lists.text_nouns, &w.key_readings()) || accusative)
        && !inside_quote(all, w.start(), w.end())
}

/// True when word `i` introduces a name: an outlet, organisation or work noun (`org_nouns.txt`),
/// a noun of `quote_name_nouns.txt`, or a title (الشهيد «...»).
fn is_name_noun(cx: &Context, lists: &QuoteWords, i: usize) -> bool {
    let (Some(t), Some(w)) = (cx.lex.words.get(i), cx.doc.words.get(i)) else {
        return false;
    };
    t.org_noun()
        || t.title > 0
        || QuoteWords::any_reading(&lists.name_nouns, &w.key_readings())
        || {
            // org_nouns.txt lists most nouns without the article: الفيلم «...» as well as فيلم «...».
            let readings = w.key_readings();
            readings.iter().any(|(_, r)| {
                r.strip_prefix("ال")
                    .is_some_and(|s| s.chars().count() >= 3 && cx.profile.org_nouns.contains(s))
            })
        }
}

/// True when a noun introducing a name stands right before the opening mark of `q`, or a definite
/// one before it with at most two definite words between (الفيلم المثير للجدل «...»), with no
/// punctuation between. Not when the noun follows a demonstrative (أن هذا القرار «...»: the span is
/// said of the noun, not its name) or the span opens with a preposition (a complement, not a name).
fn name_noun_before(
    cx: &Context,
    lists: &QuoteWords,
    q: &Quote,
    w_sent: usize,
    w_open: usize,
) -> bool {
    let first = cx.doc.words.get(w_open).filter(|w| w.start() < q.inner.end);
    // A span opening with a preposition or an indefinite accusative (انتهاكاً، خطأً) is a complement
    // or a predicate, not a name.
    let complement = first.is_some_and(|w| {
        cx.doc
            .source
            .get(w.range())
            .is_some_and(|s| s.contains('\u{064B}'))
            || matches!(
                w.plain.as_str(),
                "في" | "من" | "إلى" | "الى" | "على" | "عن" | "مع" | "حول"
            )
            || w.plain.starts_with("بال")
            || w.plain.starts_with("بأ")
            || w.plain.starts_with("لل")
            || purpose_lam(&w.plain)
    });
    if complement {
        return false;
    }
    // A preposition written apart (ما يسمى بـ «...»، المعروف بـ«...») is skipped.
    let detached = |j: usize| {
        matches!(
            cx.doc.words[j].plain.trim_end_matches('ـ'),
            "ب" | "ل" | "وب" | "ول"
        )
    };
    let skip = usize::from(w_open.checked_sub(1).is_some_and(detached));
    for back in 1..=3 {
        let Some(j) = w_open.checked_sub(back + skip) else {
            return false;
        };
        if j < w_sent || between_has_break(cx, j, q.range.start) {
            return false;
        }
        let w = &cx.doc.words[j];
        // A title names the person whose name follows it directly (الشهيد «...»).
        let title = cx.lex.words[j].title > 0 && back == 1 && skip == 0;
        // After a detached preposition only a naming word counts (يسمى بـ، المعروف بـ): in ندد
        // المجلس بـ«...» the noun before is the subject.
        // After أن/إن the possessed noun is the subject of the reported clause and the span its
        // predicate (قالت إن فيلمها «رسالة حب إلى البحر»): words, not a title.
        let possessed = skip == 0
            && possessed_name_noun(cx, lists, j)
            && !j.checked_sub(1).is_some_and(|k| {
                matches!(
                    cx.doc.words[k].plain.as_str(),
                    "أن" | "إن" | "بأن" | "ان" | "وأن" | "وإن" | "لأن"
                )
            });
        let noun = possessed
            || if skip == 1 {
                names_with_preposition(cx, j)
            } else {
                cx.lex.words[j].title == 0 && is_name_noun(cx, lists, j)
            } && (back == 1 || w.plain.starts_with("ال"));
        if title || noun {
            let demonstrative = j.checked_sub(1).is_some_and(|k| {
                matches!(
                    cx.doc.words[k].plain.trim_start_matches(['و', 'ف']),
                    "هذا" | "هذه" | "ذلك" | "تلك" | "هذين" | "هاتين" | "هؤلاء"
                )
            });
            return !demonstrative;
        }
        let t = &cx.lex.words[j];
        let definite = w.plain.starts_with("ال") || w.plain.starts_with("لل");
        if !definite || t.is_cue() || t.function() {
            return false;
        }
    }
    false
}

/// True when the word right before the opening mark (word index `w_open`) is a naming noun
/// (`is_name_noun`, not a title) without the article, a possessive pronoun or a preposition
/// (حملة «...»، ضمن برنامج «...»), only spaces between, and the span `q` of two words or more.
/// Reason: a bare noun followed
/// directly by a quoted span is in the construct state with it, so the span is the genitive that
/// names the noun's referent, even in a sentence of speech; a definite noun (اعتبر الخطة «...»)
/// can instead be a verb's object with the span its predicate, which this does not take. Nouns of
/// content ([`CONTENT_NOUNS`]: بتهمة «...»، عملية «...»، وثائق «...») are left out: their genitive
/// is what the charge, the act or the paper says, which may be someone's words.
fn construct_name_before(cx: &Context, lists: &QuoteWords, q: &Quote, w_open: usize) -> bool {
    // One word after a bare noun may be its indefinite adjective (حملة «ممنهجة»), not a name.
    if q.words < 2 {
        return false;
    }
    let Some(j) = w_open.checked_sub(1) else {
        return false;
    };
    let (Some(w), Some(t), Some(next)) = (
        cx.doc.words.get(j),
        cx.lex.words.get(j),
        cx.doc.words.get(w_open),
    ) else {
        return false;
    };
    // No word stands between them (`next` is the span's first word), so no break is all.
    let glued = !between_has_break(cx, j, next.start());
    // One conjunction, then one preposition, before the article (وبالحملة، كالبرنامج).
    let plain = w.plain.strip_prefix(['و', 'ف']).unwrap_or(&w.plain);
    let plain = plain.strip_prefix(['ب', 'ك']).unwrap_or(plain);
    let definite = |p: &str| p.starts_with("ال") || p.starts_with("لل");
    glued
        && t.title == 0
        && !definite(plain)
        && !definite(&w.plain)
        && !possessed_name_noun(cx, lists, j)
        && QuoteWords::any_reading(&lists.name_nouns, &w.key_readings())
        && !QuoteWords::any_reading(content_nouns(), &w.key_readings())
}

/// [`CONTENT_NOUNS`] as identity keys, built on first use.
fn content_nouns() -> &'static rustc_hash::FxHashSet<String> {
    static KEYS: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        CONTENT_NOUNS
            .iter()
            .map(|n| crate::text::normalize::identity(n))
            .collect()
    })
}

/// Nouns of `quote_name_nouns.txt` whose quoted genitive is as often their content (a charge's
/// wording, a term's or a theory's sense, a document's text, an operation or a current described:
/// لعملية «تضييق ممنهج») as a proper name (عملية «عاصفة الحزم»، تيار «المستقبل»): the words may be a
/// speaker's, so they keep the older reading (a name only with no cue in the sentence). Written
/// for isnad from the list's own entries.
const CONTENT_NOUNS: &[&str] = &[
    "تهمة",
    "تهم",
    "بتهمة",
    "مصطلح",
    "مفهوم",
    "نظرية",
    "ظاهرة",
    "تيار",
    "وثيقة",
    "وثائق",
    "عملية",
    "سياسة",
    "رؤية",
    "عقيدة",
    "مبدأ",
];

/// True when word `i` is a noun of `quote_name_nouns.txt` with a possessive pronoun (روايتها،
/// ألبومه، فيلمهم: ta marbuta is written ت before the pronoun), which makes it definite as the
/// article does, so definite adjectives may stand between it and the span it names (روايتها
/// الجديدة «…»). Reason: a work noun owned by its author and followed by the quoted span names the
/// work, not words of the author's.
fn possessed_name_noun(cx: &Context, lists: &QuoteWords, i: usize) -> bool {
    cx.doc.words.get(i).is_some_and(|w| {
        w.key_readings().iter().any(|(_, r)| {
            ["ها", "هم", "ه"].iter().any(|x| {
                r.strip_suffix(x)
                    .filter(|b| b.chars().count() >= 3 && !b.starts_with("ال"))
                    .is_some_and(|b| {
                        let marbuta = b.strip_suffix('ت').map(|c| format!("{c}ه"));
                        lists.name_nouns.contains(b)
                            || marbuta.is_some_and(|m| lists.name_nouns.contains(&m))
                    })
            })
        })
    })
}

/// True when `plain` is the lam of purpose on a verbal noun of the patterns تفعيل or إفعال
/// (لتحديد، لتوفير، لإنهاء، لإجراء): "in order to", which opens a complement of purpose, the
/// tail of a clause, and never a name. The patterns are those of Arabic morphology, written for
/// isnad; a word of another shape after ل (لبنان، لجنة) is left alone.
fn purpose_lam(plain: &str) -> bool {
    let c: Vec<char> = plain.chars().collect();
    c.len() == 6
        && c[0] == 'ل'
        && ((c[1] == 'ت' && c[4] == 'ي') || (matches!(c[1], 'إ' | 'ا') && c[4] == 'ا'))
}

/// True when the first word inside `q` is a noun that names something (برنامج، خطة، يوم، «التحالف
/// من أجل ...»).
fn first_is_name(cx: &Context, lists: &QuoteWords, q: &Quote) -> bool {
    let i = cx.doc.word_index_at(q.inner.start);
    cx.doc.words.get(i).is_some_and(|w| w.start() < q.inner.end)
        && is_name_noun(cx, lists, i)
        && cx.lex.words[i].title == 0
}

/// True when `q` is shaped like a name or title rather than a clause: at most twelve words, no
/// sentence punctuation inside and none of the particles, pronouns or auxiliaries of a clause
/// (`clause_particles.txt`: أن، لن، قد، نحن، كان ...).
fn title_like(cx: &Context, lists: &QuoteWords, q: &Quote) -> bool {
    if q.words > 12 {
        return false;
    }
    let Some(inner) = cx.doc.prose().get(q.inner.clone()) else {
        return false;
    };
    if inner.contains(['.', '،', ',', '!', '?', '؟', ':', '؛']) {
        return false;
    }
    !cx.doc.words_in(q.inner.clone()).iter().any(|w| {
        let readings = w.key_readings();
        // Only و/ف are stripped: بأن and لكي are listed as they are.
        readings
            .iter()
            .filter(|(n, r)| *n == 0 || (*n == 1 && w.key.starts_with(['و', 'ف']) && !r.is_empty()))
            .any(|(_, r)| lists.clause_particles.contains(r.as_str()))
    })
}

/// True when the quoted span `q` designates a legal provision by its number: its first word is
/// المادة/الفصل/البند/الفقرة (with or without the article) and its second a number, in at most
/// twelve words with no sentence punctuation (استند الحكم إلى «المادة 625 من قانون العقوبات»).
/// Reason: a provision's designation is a reference label, cited like a title, not anyone's words;
/// the provision's own text comes after a colon (quoted text), which this does not take.
fn legal_provision(cx: &Context, q: &Quote) -> bool {
    if q.words > 12 {
        return false;
    }
    let inner = cx.doc.prose().get(q.inner.clone()).unwrap_or("");
    if inner.contains([':', '.', '،', ',', '؛', '!', '?', '؟']) {
        return false;
    }
    let words = cx.doc.words_in(q.inner.clone());
    let (Some(first), Some(second)) = (words.first(), words.get(1)) else {
        return false;
    };
    let head = first.plain.strip_prefix("ال").unwrap_or(&first.plain);
    // After the number only the law it belongs to (من ...) or مكرر: «المادة 12 لا تنطبق» is a
    // sentence about the provision, someone's words.
    let tail_ok = words
        .get(2)
        .is_none_or(|w| matches!(w.plain.as_str(), "من" | "مكرر" | "مكررا"));
    matches!(head, "مادة" | "فصل" | "بند" | "فقرة") && second.kind() == WordKind::Number && tail_ok
}

/// True when every word of `q` that is not a function word is a name: unknown to the Arabic
/// lexicon (داعش، ميسترال), a Latin or other non-Arabic word, or a listed place, given name,
/// agency or title (a span of titles designates someone; it is not anyone's words).
fn all_names(cx: &Context, q: &Quote) -> bool {
    let i = cx.doc.word_index_at(q.inner.start);
    let words = cx.doc.words_in(q.inner.clone());
    let mut content = 0;
    for (k, w) in words.iter().enumerate() {
        // (`words_in` and `word_index_at` agree on the first word; checked all the same.)
        let Some(t) = cx.lex.words.get(i + k) else {
            break;
        };
        if t.function() {
            continue;
        }
        content += 1;
        let listed = t.place > 0 || t.given > 0 || t.agency().is_some() || t.title > 0;
        let arabic = w.kind() == crate::text::WordKind::Arabic;
        if !(listed || !arabic || ordinary_word_in(cx, &w.plain) == Lexical::Unknown) {
            return false;
        }
    }
    content > 0
}

/// True when the span of `q` is a hashtag: one to four words with a `#` written against a word
/// and no white space on its other side inside the span («#عزام_يتخبط»، "عزام#يخطط"). Reason: a
/// hashtag labels a topic or a campaign on social media; quoted, it names the tag, it is nobody's
/// words. A `#` standing alone between spaces (a number sign) does not count.
fn hashtag(cx: &Context, q: &Quote) -> bool {
    let Some(inner) = cx.doc.source.get(q.inner.clone()) else {
        return false;
    };
    let words = inner.split_whitespace().count();
    (1..=4).contains(&words)
        && inner
            .split_whitespace()
            .any(|w| w.contains('#') && w.chars().filter(|c| *c != '#').any(char::is_alphabetic))
}

/// True when the span of `q` is two to four words that are all Arabic spellings of the names of
/// Latin letters (إف بي آي، سي إن إن، بي بي سي، سي. آي. إيه, dotted or not): letters spelled out form an acronym, the name of a
/// body, never a quotation of someone's words. Numbers may stand beside the letters («إي إف -
/// 671»، «إف 16»): letters and a number make a designation (a flight, a model, a unit), not words
/// either; the letters then still number two or more, so a lone «في 2020» (في is both the letter V
/// and the preposition) is not one. The letter names are the alphabet's, compared by identity key
/// (hamza seats folded).
fn spelled_acronym(cx: &Context, q: &Quote) -> bool {
    let words = cx.doc.words_in(q.inner.clone());
    let mut letters = words
        .iter()
        .filter(|w| w.kind() != crate::text::WordKind::Number);
    let count = letters.clone().count();
    (2..=4).contains(&count)
        && words.len() - count <= 2
        && letters.all(|w| {
            matches!(
                w.key.as_str(),
                "اي" | "ايه"
                    | "بي"
                    | "سي"
                    | "دي"
                    | "اف"
                    | "جي"
                    | "اتش"
                    | "جيه"
                    | "كيه"
                    | "ام"
                    | "ان"
                    | "او"
                    | "كيو"
                    | "ار"
                    | "اس"
                    | "تي"
                    | "يو"
                    | "في"
                    | "اكس"
                    | "واي"
                    | "زد"
                    | "ال"
                    | "دبليو"
            )
        })
}

/// What precedes the opening mark of `q` in its sentence (starting at byte `sent_start`); `w_open`
/// is the index of the first word at or after the mark.
fn lead_of(cx: &Context, all: &[Quote], q: &Quote, sent_start: usize, w_open: usize) -> Lead {
    let text = cx.doc.prose();
    let before = text.get(sent_start..q.range.start).unwrap_or("").trim_end();
    let Some(last) = before.chars().next_back() else {
        return Lead::Start;
    };
    match last {
        ':' => return Lead::Colon,
        '،' | ',' => return Lead::Comma,
        // An ellipsis or the closing mark of another quotation: «...».. «...».
        '.' | '…' | '»' | '"' | '“' | '”' | '›' => return Lead::Start,
        _ => {}
    }
    let Some(j) = w_open.checked_sub(1) else {
        return Lead::Start;
    };
    let w = &cx.doc.words[j];
    if w.end() > q.range.start {
        return Lead::Inside;
    }
    // A bare complementizer (أن، إن، بأن): the quotation is the whole reported clause.
    let bare = matches!(
        w.plain.trim_start_matches(['و', 'ف']),
        "أن" | "إن" | "ان" | "أنّ" | "إنّ" | "بأن" | "بان" | "بأنّ"
    );
    // The last word of a cue: a verb or participle, or the end of a phrase (في بيان، نقلاً عن).
    let t = &cx.lex.words[j];
    let phrase_end = (j.saturating_sub(3)..=j).any(|k| {
        let p = usize::from(cx.lex.words[k].phrase);
        p > 0 && k + p == j + 1
    });
    let cue_end =
        (t.verb() || t.participle() || phrase_end) && !inside_quote(all, w.start(), w.end());
    if bare || cue_end {
        Lead::Cue
    } else {
        Lead::Inside
    }
}

/// A quotation that is its paragraph's whole text, after at most a short label ending in a colon
/// (`أحداث 1 مايو: "..."`), with nothing after the closing mark: a subheading or pull quote of a web
/// article, not a sentence of the story. `all`: every quotation of the document, in order.
///
/// A quotation alone in its paragraph with no label is a pull quote only when something shows it
/// is one: it has fewer than three words (too short to tell), or it repeats two content words in
/// a row of the story around it ([`repeated_at`]), or the first sentence of the paragraph under
/// it reports speech ([`next_reports`]), whose speaker `credit_headings` then gives it. Reason: a
/// pull quote is set beside the passage it repeats or the speaker it introduces; a quotation that
/// stands alone with neither is the story's own speech, and unattributed when nothing credits it.
/// Right after a paragraph whose last sentence reports speech (وأضاف فلان أن ...) it is speech,
/// unless it repeats a passage of another quotation ([`repeats_a_quotation`]).
pub(crate) fn is_heading(cx: &Context, all: &[Quote], q: &Quote) -> bool {
    if !q.closed {
        return false;
    }
    let Some(pi) = cx.doc.paragraph_of(q.range.start) else {
        return false;
    };
    let para = &cx.doc.paragraphs[pi];
    let text = cx.doc.prose();
    let Some(after) = text.get(q.range.end..para.end).map(str::trim) else {
        return false;
    };
    if !after.is_empty() {
        return false;
    }
    let Some(before) = text.get(para.start..q.range.start).map(str::trim) else {
        return false;
    };
    // A paraphrase paragraph before (وأضاف فلان أن ...) makes it an unattributed quotation instead.
    let prev_reports = pi > 0 && {
        let p = &cx.doc.paragraphs[pi - 1];
        let breaks = sentence_breaks(cx, p, &[]);
        // The last sentence of the previous paragraph (a final full stop does not count).
        let last = breaks
            .iter()
            .rev()
            .find(|&&b| b + 1 < p.end)
            .map_or(p.start, |b| b + 1);
        (cx.doc.word_index_at(last)..cx.doc.word_index_at(p.end)).any(|i| cx.lex.words[i].is_cue())
    };
    let label_words = cx.doc.words_in(para.start..q.range.start).len();
    let w_para = cx.doc.word_index_at(para.start);
    // An item of a numbered list set out one quotation per paragraph is no pull quote.
    before.is_empty()
        && pi > 0
        && numbered_after(cx, all, q).is_none()
        && if prev_reports {
            repeats_a_quotation(cx, all, q)
        } else {
            shown_pull_quote(cx, all, q) || next_reports(cx, all, q, pi)
        }
        || (before.ends_with(':') && label_words <= 6 && !before.contains(['.', '،']))
            && (w_para..w_para + label_words).all(|k| !cx.lex.words[k].is_cue())
}

/// The quotation of `all` (every quotation of the document, in order) whose numbered list `q`
/// continues: `q` stands alone in its paragraph and opens with a list number `n` of 2 or more
/// ([`list_number`]), and the quotation just before it stands alone in the paragraph just before
/// and opens with `n - 1`. `None` otherwise. Such a quotation is a list item set out one per
/// paragraph (a statement's points), not a pull quote or subheading: those carry no number.
pub(crate) fn numbered_after<'a>(cx: &Context, all: &'a [Quote], q: &Quote) -> Option<&'a Quote> {
    let at = all.partition_point(|x| x.range.start < q.range.start);
    let p = all.get(at.checked_sub(1)?)?;
    let text = cx.doc.prose();
    let n = list_number(text.get(q.range.clone())?)?;
    let pi = cx.doc.paragraph_of(q.range.start)?;
    (n >= 2
        && list_number(text.get(p.range.clone())?)? + 1 == n
        && cx.doc.paragraph_of(p.range.start)? + 1 == pi
        && stands_alone(cx, q)
        && stands_alone(cx, p))
    .then_some(p)
}

/// The list number a quotation (its text with the marks, e.g. `«2- نص»`) opens with: one to three
/// digits (ASCII, Arabic-Indic or Eastern Arabic-Indic) after the opening mark and any spaces,
/// then `-`, `–`, `.` or `)`. `None` when it opens otherwise.
pub(crate) fn list_number(quote: &str) -> Option<u32> {
    let mut chars = quote.chars().skip(1).skip_while(|c| *c == ' ');
    let mut n = 0u32;
    let mut digits = 0;
    for c in chars.by_ref() {
        let d = match c {
            '0'..='9' => c as u32 - '0' as u32,
            '\u{660}'..='\u{669}' => c as u32 - 0x660,
            '\u{6F0}'..='\u{6F9}' => c as u32 - 0x6F0,
            '-' | '\u{2013}' | '.' | ')' if digits > 0 => return Some(n),
            _ => return None,
        };
        digits += 1;
        if digits > 3 {
            return None;
        }
        n = n * 10 + d;
    }
    None
}

/// True when closed quotation `q` is the whole text of its paragraph (nothing but spaces before
/// its opening mark and after its closing one): a pull quote, a subheading, or a line of speech.
pub(crate) fn stands_alone(cx: &Context, q: &Quote) -> bool {
    let Some(pi) = cx.doc.paragraph_of(q.range.start) else {
        return false;
    };
    let para = &cx.doc.paragraphs[pi];
    let text = cx.doc.prose();
    let blank = |r: Range<usize>| text.get(r).is_some_and(|t| t.trim().is_empty());
    q.closed && blank(para.start..q.range.start) && blank(q.range.end..para.end)
}

/// How many paragraphs before and after a quotation standing alone in its paragraph
/// [`repeats_nearby`] searches for its words: a pull quote is set beside the passage it repeats.
/// The language server's kept kinds (`memo`) read a window this wide around such a quotation.
pub(crate) const PULL_QUOTE_REACH: usize = 6;

/// True when quotation `q`, standing alone in its paragraph, shows by itself that it is a pull
/// quote or subheading: it has fewer than three words (too short to tell), or it repeats two
/// content words in a row of the story around it ([`repeated_at`]; `all`: every quotation of
/// the document, in order).
pub(crate) fn shown_pull_quote(cx: &Context, all: &[Quote], q: &Quote) -> bool {
    too_short_to_tell(q) || repeated_at(cx, all, q).is_some()
}

/// True when quotation `q` has fewer than three words: standing alone in its paragraph, too short
/// to tell a pull quote or subheading from speech, so it is taken for one ([`shown_pull_quote`]).
pub(crate) fn too_short_to_tell(q: &Quote) -> bool {
    q.words < 3
}

/// The byte offset of the first of two words in a row of quotation `q` (standing alone in its
/// paragraph), each a content word of four letters or more, where they occur in a row again, by
/// their identity keys, outside it in the [`PULL_QUOTE_REACH`] paragraphs before or after (even
/// inside another quotation there: the passage it repeats, unless that quotation of `all` stands
/// alone in its paragraph too); `None` when they do not.
/// Reason: a pull quote repeats a passage of the story it is set in (إرادة المساس بالرئيس over
/// «يندد بإرادة المساس بالرئيس»); of two quotations that stand alone with the same words, one is
/// the speech the other repeats, so neither shows the other to be a pull quote. Reads a bounded
/// window, so it stays linear in the text.
pub(crate) fn repeated_at(cx: &Context, all: &[Quote], q: &Quote) -> Option<usize> {
    repetitions(cx, all, q).into_iter().next()
}

/// Every place [`repeated_at`] could give: the byte offsets of the first word of each two words
/// in a row of quotation `q` (standing alone in its paragraph) that occur in a row again outside
/// it within [`PULL_QUOTE_REACH`] paragraphs, those before it first, then those after, each in
/// order, leaving out those inside another quotation of `all` that stands alone in its paragraph
/// ([`stands_alone`]). Empty when there are none. Reads the same bounded window.
pub(crate) fn repetitions(cx: &Context, all: &[Quote], q: &Quote) -> Vec<usize> {
    let Some(pi) = cx.doc.paragraph_of(q.range.start) else {
        return Vec::new();
    };
    let content = |w: &crate::text::Word| w.key.as_str().chars().count() >= 4;
    let inner = cx.doc.words_in(q.inner.clone());
    let pairs: Vec<_> = inner
        .windows(2)
        .filter(|t| content(&t[0]) && content(&t[1]))
        .map(|t| (t[0].key, t[1].key))
        .collect();
    let paras = &cx.doc.paragraphs;
    let (Some(first), Some(last)) = (
        paras.get(pi.saturating_sub(PULL_QUOTE_REACH)),
        paras.get((pi + PULL_QUOTE_REACH).min(paras.len().saturating_sub(1))),
    ) else {
        return Vec::new();
    };
    if pairs.is_empty() {
        return Vec::new();
    }
    let found = |r: Range<usize>| {
        cx.doc
            .words_in(r)
            .windows(2)
            .filter(|t| pairs.contains(&(t[0].key, t[1].key)))
            .map(|t| t[0].start())
            .collect::<Vec<_>>()
    };
    let mut out = found(first.start..q.range.start);
    out.extend(found(q.range.end..last.end));
    out.retain(|&at| !holder(all, q, at).is_some_and(|o| stands_alone(cx, o)));
    out
}

/// The quotation of `all` (every quotation of the document, in order of their opening marks)
/// other than `q` whose text (between its marks) holds byte offset `at`: the innermost, among the
/// eight that open last at or before it (a bound, so the search stays constant); `None` when none
/// of them holds it.
pub(crate) fn holder<'a>(all: &'a [Quote], q: &Quote, at: usize) -> Option<&'a Quote> {
    let n = all.partition_point(|o| o.inner.start <= at);
    all[..n]
        .iter()
        .rev()
        .take(8)
        .find(|o| o.range != q.range && at < o.inner.end)
}

/// True when quotation `q`, standing alone in its paragraph, repeats two content words in a row of
/// another quotation of `all` (every quotation of the document, in order) within
/// [`PULL_QUOTE_REACH`] paragraphs ([`repeated_at`]). Reason: a speaker's own words set again
/// in a paragraph of their own are a pull quote of that quotation, even right after a paragraph
/// reporting speech (وأضاف: «لا نملك ما يكفي من الأدوية لمرضى السرطان» then «لا نملك ما يكفي
/// من الأدوية»), not a second statement.
pub(crate) fn repeats_a_quotation(cx: &Context, all: &[Quote], q: &Quote) -> bool {
    repetitions(cx, all, q)
        .into_iter()
        .any(|at| holder(all, q, at).is_some())
}

/// The first sentence of the paragraph after paragraph `pi`, as word indexes (half-open), with
/// the index of its first reporting cue outside quotations (`all`: every quotation of the
/// document, in order), if any: where the paragraph under a pull quote reports its speaker.
/// `None` when paragraph `pi` is the last.
pub(crate) fn next_first_sentence(
    cx: &Context,
    all: &[Quote],
    pi: usize,
) -> Option<(Range<usize>, Option<usize>)> {
    let next = cx.doc.paragraphs.get(pi + 1)?;
    let breaks = sentence_breaks(cx, next, all);
    let first_end = breaks.first().map_or(next.end, |b| *b);
    let words = cx.doc.word_index_at(next.start)..cx.doc.word_index_at(first_end);
    let cue = words.clone().find(|&i| {
        let w = &cx.doc.words[i];
        cx.lex.words[i].is_cue() && !inside_quote(all, w.start(), w.end())
    });
    Some((words, cue))
}

/// True when the first sentence of the paragraph after paragraph `pi` (that of quotation `q`)
/// holds a reporting cue outside quotations ([`next_first_sentence`]; `all`: every quotation of
/// the document, in order) and a content word of `q` (four letters or more, not a function word,
/// by identity key): the paragraph under a pull quote that reports what its speaker said about the
/// same thing (وأكد الوزير أمام النواب أنه لم يخالف القانون under «لم أخالف القانون يوماً»).
/// Reason: a speaker reported under a quotation about something else («الوضع يتدهور» over «وقال
/// الوزير إن المستشفيات خرجت عن الخدمة») is not shown to have said it.
fn next_reports(cx: &Context, all: &[Quote], q: &Quote, pi: usize) -> bool {
    let Some((sentence, Some(_))) = next_first_sentence(cx, all, pi) else {
        return false;
    };
    let content =
        |i: usize| cx.doc.words[i].key.as_str().chars().count() >= 4 && !cx.lex.words[i].function();
    let inner = cx.doc.word_index_at(q.inner.start)..cx.doc.word_index_at(q.inner.end);
    sentence.into_iter().any(|i| {
        content(i)
            && inner
                .clone()
                .any(|k| content(k) && cx.doc.words[k].key == cx.doc.words[i].key)
    })
}

/// True when the text between the end of word `word` and byte `at` holds punctuation or a line
/// break (the word and what follows are not one phrase).
pub(crate) fn between_has_break(cx: &Context, word: usize, at: usize) -> bool {
    let end = cx.doc.words[word].end();
    cx.doc
        .prose()
        .get(end..at)
        .unwrap_or("")
        .chars()
        .any(|c| matches!(c, '.' | '،' | ',' | ':' | '\n' | '؛'))
}

#[cfg(test)]
mod tests {
    use crate::analysis::quotes::QuoteForm;
    use crate::analysis::{Finding, analyze_text};
    use crate::profile::Profile;
    use crate::text::Format;

    #[test]
    fn the_party_spoken_to_after_a_noun_of_talk_is_a_name() {
        // Written for this test: the paper after «في حديث إلى», «في تصريحات خاصة لـ», «في اتصال
        // هاتفي مع» and «تحدثت إلى» is whom the words were said to; the words after أن are speech.
        let (forms, _) = kinds(
            "وقال الخبير سامر يوسف، في حديث إلى «الرأي»، إن الأسعار «سترتفع مجدداً مع بداية الشتاء».",
        );
        assert_eq!(forms[0], (QuoteForm::Name, "الرأي".to_string()));
        assert_ne!(forms[1].0, QuoteForm::Name);
        let (forms, _) = kinds(
            "وأوضح المدرب في تصريحات خاصة لـ\"الأيام\" عقب المباراة أن الفريق «قدّم أفضل ما لديه».",
        );
        assert_eq!(forms[0], (QuoteForm::Name, "الأيام".to_string()));
        let (forms, _) = kinds(
            "وفي اتصال هاتفي مع «الأخبار»، قال أحد المزارعين إن المحصول «لم يكن جيداً هذا العام».",
        );
        assert_eq!(forms[0], (QuoteForm::Name, "الأخبار".to_string()));
        let (forms, _) =
            kinds("وبحسب مصادر قضائية تحدثت إلى «نداء الوطن»، فإن الملف «سيحال إلى القضاء قريباً».");
        assert_eq!(forms[0], (QuoteForm::Name, "نداء الوطن".to_string()));
        // إلى after a verb of calling is what is called for, not an addressee.
        let (forms, _) =
            kinds("ودعا الاتحاد العام للعمال إلى «إضراب شامل» في كل المصانع يوم الأحد المقبل.");
        assert_eq!(forms[0], (QuoteForm::Partial, "إضراب شامل".to_string()));
    }

    #[test]
    fn a_bare_naming_noun_before_the_span_names_it_even_in_a_sentence_of_speech() {
        // Written for this test: حملة، شعار and كتاب without the article, right before the span,
        // are in the construct state with it: the span is the campaign's, the slogan's or the
        // book's name though a verb of speech stands in the sentence.
        let (forms, _) = kinds(
            "وقال المدير سامر يوسف إن البلدية ستطلق الشهر المقبل حملة «نظّف حيّك» في الأحياء الشعبية.",
        );
        assert_eq!(forms[0], (QuoteForm::Name, "نظّف حيّك".to_string()));
        let (forms, _) = kinds(
            "وأوضحت النقابة أنها ستنظم وقفة يوم الأحد تحت شعار «الأجر قبل الشكر» أمام مقر الوزارة.",
        );
        assert_eq!(forms[0], (QuoteForm::Name, "الأجر قبل الشكر".to_string()));
        let (forms, _) =
            kinds("وقال الباحث سامر يوسف، مؤلف كتاب «مدن لا تنام»، إن المدينة «تغيرت كثيراً».");
        assert_eq!(forms[0], (QuoteForm::Name, "مدن لا تنام".to_string()));
        assert_ne!(forms[1].0, QuoteForm::Name);
        // A noun of content: what the papers are, in the lawyer's words, is his.
        let (forms, _) =
            kinds("وقال المحامي سامر يوسف إن الشركة قدمت للمحكمة وثائق «لا قيمة قانونية لها».");
        assert_eq!(
            forms[0],
            (QuoteForm::Partial, "لا قيمة قانونية لها".to_string())
        );
    }

    #[test]
    fn a_legal_provision_cited_by_its_number_is_a_name() {
        // Written for this test: «المادة 12 من قانون العمل» and «الفصل 88» designate provisions;
        // the judge's words after قال are speech, and a provision's text after its colon is not a
        // designation.
        let (forms, _) = kinds(
            "وقال القاضي سامر يوسف إن المحكمة طبقت «المادة 12 من قانون العمل» لأن المتهم «لم يدفع الأجور».",
        );
        assert_eq!(
            forms[0],
            (QuoteForm::Name, "المادة 12 من قانون العمل".to_string())
        );
        assert_ne!(forms[1].0, QuoteForm::Name);
        let (forms, _) = kinds("وتابعت النيابة المتهمين بمقتضى \"الفصل 88\" من القانون الجنائي.");
        assert_eq!(forms[0], (QuoteForm::Name, "الفصل 88".to_string()));
        let (forms, _) =
            kinds("وتنص المادة على ما يلي: «المادة 5: يعاقب كل من يتلف مرفقاً عاماً بالسجن».");
        assert_ne!(forms[0].0, QuoteForm::Name);
        // A sentence about the provision is the lawyer's words.
        let (forms, _) = kinds("وقال المحامي سامر يوسف: «المادة 12 لا تنطبق على موكلي».");
        assert_ne!(forms[0].0, QuoteForm::Name);
    }

    #[test]
    fn the_platform_of_an_account_or_a_page_is_a_name() {
        // Written for this test: «في «إكس»» after حسابه and «على "فيسبوك"» after صفحته name
        // where the words were posted; the words after the colon are the minister's.
        let (forms, _) =
            kinds("وكتب الوزير على حسابه في «إكس»: «لن نتراجع عن دعم المزارعين مهما كانت الظروف».");
        assert_eq!(forms[0], (QuoteForm::Name, "إكس".to_string()));
        assert_eq!(forms[1].0, QuoteForm::Speech);
        let (forms, _) =
            kinds("وقالت البلدية في بيان نشرته على صفحتها على \"فيسبوك\" إن الطريق «سيفتح غداً».");
        assert_eq!(forms[0], (QuoteForm::Name, "فيسبوك".to_string()));
    }

    #[test]
    fn a_work_with_its_authors_pronoun_and_adjectives_names_the_quoted_title() {
        // Written for this test: «روايتها الجديدة «…»» and «ألبومه الأخير "…"» name works; the
        // author's words after قالت are speech.
        let (forms, _) = kinds(
            "وقعت الكاتبة سلمى يوسف روايتها الجديدة «بيت على التلة» وسط حضور كبير، وقالت إن الكتابة «علاج للذاكرة».",
        );
        assert_eq!(forms[0], (QuoteForm::Name, "بيت على التلة".to_string()));
        assert_ne!(forms[1].0, QuoteForm::Name);
        let (forms, _) =
            kinds("وأطلق المغني سامر يوسف ألبومه الأخير \"مراكب\" في حفل أقيم مساء الجمعة.");
        assert_eq!(forms[0], (QuoteForm::Name, "مراكب".to_string()));
        // After أن/إن the work is the subject and the span says what it is: the author's words.
        let (forms, _) = kinds(
            "وقالت المخرجة سلمى يوسف إن فيلمها «رسالة حب إلى صيادي المدينة»، مشيرة إلى أن حملتها «ركزت على الشباب».",
        );
        assert_eq!(forms[0].0, QuoteForm::Partial);
        assert_eq!(forms[1].0, QuoteForm::Partial);
    }

    #[test]
    fn a_span_after_the_noun_title_is_a_title_whatever_its_shape() {
        // Written for this test: a title may be a clause («الدعم الذي لا يصل») or open with a
        // preposition («على خطى الأجداد»); after بعنوان it is the title, not anyone's words.
        let (forms, _) = kinds(
            "وكتب الباحث سامر يوسف في مقال نشرته الصحيفة بعنوان «الدعم الذي لا يصل» أن الأسر «تدفع الثمن».",
        );
        assert_eq!(forms[0], (QuoteForm::Name, "الدعم الذي لا يصل".to_string()));
        assert_ne!(forms[1].0, QuoteForm::Name);
        let (forms, _) = kinds(
            "وأعلن المدير عن إطلاق مسلك سياحي جديد تحت عنوان «على خطى الأجداد» يربط القرى الجبلية.",
        );
        assert_eq!(forms[0], (QuoteForm::Name, "على خطى الأجداد".to_string()));
    }

    /// (form, inner text) of every quotation of `src`, and its `unattributed-quote` findings.
    fn kinds(src: &str) -> (Vec<(QuoteForm, String)>, Vec<Finding>) {
        let a = analyze_text(src, Format::Plain, &Profile::embedded());
        let forms = a
            .quotes
            .iter()
            .map(|q| (q.form, src[q.inner.clone()].to_string()))
            .collect();
        let f = a
            .findings
            .into_iter()
            .filter(|f| f.rule == "unattributed-quote")
            .collect();
        (forms, f)
    }

    #[test]
    fn a_span_after_a_subject_with_a_relative_clause_is_the_predicate() {
        // Invented: the subject after أن holds a relative clause (الذي تعد له ...، التي
        // تديرها ...) and a construct chain (مخيمات إيواء النازحين); the span stands where the
        // predicate goes, so it is a partial quote, not the name of the noun before it.
        let (forms, _) = kinds(
            "زار المبعوث الأممي مارك فيلدمان العاصمة أمس، حاملا رسالة من نيويورك مفادها أن مؤتمر المانحين الذي تعد له المنظمة مطلع العام المقبل «مرهون بوقف إطلاق النار».\n\nوقالت سلمى العتيبي، منسقة الإغاثة في الهلال الأحمر، إن مخيمات إيواء النازحين التي تديرها الجمعية الخيرية \"تعمل فوق طاقتها\"، وأضافت أن الوضع صعب.\n",
        );
        assert_eq!(
            forms.iter().map(|f| f.0).collect::<Vec<_>>(),
            vec![QuoteForm::Partial, QuoteForm::Partial],
            "{forms:?}"
        );
    }

    #[test]
    fn a_short_span_between_a_verb_of_speech_and_its_colon_is_the_subject() {
        // «أبو سامر» sits between وتابع and the colon: the subject, in quotation marks. The
        // words after the colon are speech; a short span after the verb with no colon stays a
        // partial quote.
        let src = "وقال المتحدث باسم البلدية نادر أبو سامر إن «الطرق ستفتح غدا».\nوتابع «أبو سامر»: «لن نترك الأهالي وحدهم في الشتاء».\nووصف المتحدث الوضع بأنه «صعب» أمس.\n";
        let (forms, f) = kinds(src);
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Partial, "الطرق ستفتح غدا".to_string()),
                (QuoteForm::Name, "أبو سامر".to_string()),
                (
                    QuoteForm::Speech,
                    "لن نترك الأهالي وحدهم في الشتاء".to_string()
                ),
                (QuoteForm::Partial, "صعب".to_string()),
            ]
        );
        assert!(f.is_empty());
    }

    #[test]
    fn a_title_in_the_headline_named_by_its_noun_in_the_body_is_a_name() {
        // The headline's «قمر فوق المدينة القديمة» is the film the body names with فيلم: a name,
        // not unattributed speech. The same words after قال and a colon stay the director's
        // speech, and a quotation the story never names stays speech.
        let src = "«قمر فوق المدينة القديمة» يحصد جائزة المهرجان\n\nفاز فيلم «قمر فوق المدينة القديمة» للمخرجة ليلى حداد بالجائزة الكبرى.\n\nوقالت حداد: «قمر فوق المدينة القديمة».\n\n«سنعود إلى المدينة القديمة كل صيف» تزين جدار المقهى.\n";
        let (forms, f) = kinds(src);
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Name, "قمر فوق المدينة القديمة".to_string()),
                (QuoteForm::Name, "قمر فوق المدينة القديمة".to_string()),
                (QuoteForm::Speech, "قمر فوق المدينة القديمة".to_string()),
                (
                    QuoteForm::Speech,
                    "سنعود إلى المدينة القديمة كل صيف".to_string()
                ),
            ]
        );
        // The last one is speech the paragraph credits to nobody: the rule fires there only.
        // (Not «...» كتبها أحد الزوار: a verb of saying with ـها after the quotation credits it to
        // its subject, `speaker::quotation_pronoun_verb`.)
        assert_eq!(f.len(), 1);
        assert_eq!(
            &src[f[0].range.clone()],
            "«سنعود إلى المدينة القديمة كل صيف»"
        );
    }

    #[test]
    fn a_short_span_after_a_kinship_noun_or_a_partitive_is_a_persons_name() {
        let src = "أكد المتحدث باسم الجامعة سامي الخطيب أن الطالبة ريم وشقيقها \"ماهر\" قبلا في كلية الطب.\nونشرت إحدى الطالبات «سلوى» مقطعا تتهم فيه المدرسة بالإهمال.\nووصف الوزير الوضع بـ«الكارثي» أمس.\n";
        let (forms, f) = kinds(src);
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Name, "ماهر".to_string()),
                (QuoteForm::Name, "سلوى".to_string()),
                (QuoteForm::Partial, "الكارثي".to_string()),
            ]
        );
        assert!(f.is_empty());
        assert!(super::kin_with_pronoun("لاخيها"));
        assert!(super::kin_with_pronoun("ووالدته"));
        assert!(!super::kin_with_pronoun("الوزير"));
    }

    #[test]
    fn spelled_letters_with_a_number_are_a_designation_not_words() {
        let src = "وقالت الهيئة في بيان إن الرحلة «إي إف - 671» المقبلة من دبي هبطت عند الساعة السادسة.\n";
        let (forms, f) = kinds(src);
        assert_eq!(forms, vec![(QuoteForm::Name, "إي إف - 671".to_string())]);
        assert!(f.is_empty());
        // Letter names inside a clause with a number are still words.
        let (forms, _) = kinds("وقال المذيع إن «سي إن إن نشرت 3 تقارير عن الحادث».\n");
        assert_ne!(forms[0].0, QuoteForm::Name);
    }

    #[test]
    fn a_quoted_hashtag_is_a_name_and_never_unattributed() {
        let src = "وانتشر وسم «#الخبز_للجميع» على المنصات، ثم ظهر وسم آخر هو \"المدرسة#تنتظر\" بعد يومين.\nوقال الوزير إن «الأسعار ستبقى كما هي حتى نهاية العام».\n";
        let (forms, f) = kinds(src);
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Name, "#الخبز_للجميع".to_string()),
                (QuoteForm::Name, "المدرسة#تنتظر".to_string()),
                (
                    QuoteForm::Speech,
                    "الأسعار ستبقى كما هي حتى نهاية العام".to_string()
                ),
            ]
        );
        assert!(f.is_empty(), "{f:?}");
        // A number sign standing alone is no hashtag: the words are still speech.
        let (forms, _) = kinds("وقال المدرب إن «اللاعب # 10 سيعود قريباً إلى التدريبات».\n");
        assert_eq!(forms[0].0, QuoteForm::Speech);
    }

    #[test]
    fn a_short_span_after_a_complementizer_and_its_noun_is_a_partial_quote() {
        let (forms, _) = kinds("وبحسب النائب سامر الخطيب، فإن المشروع «جاء متأخراً» عن موعده.");
        assert_eq!(forms, vec![(QuoteForm::Partial, "جاء متأخراً".to_string())]);
        // A span after a preposition, with no complementizer before its noun, still names.
        let (forms, _) = kinds("وزار الوفد المصنع «النور» في المدينة.");
        assert_eq!(forms, vec![(QuoteForm::Name, "النور".to_string())]);
    }

    #[test]
    fn a_quoted_paper_as_topic_of_amma_or_after_fi_is_a_name() {
        // أما «الصباح» فكتبت أن ...: the topic of أما is the subject of the verb with ف.
        let (forms, _) = kinds("أما «الصباح» فكتبت أن «الخطة وضعت في الأدراج منذ الصيف الماضي».");
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Name, "الصباح".to_string()),
                (
                    QuoteForm::Speech,
                    "الخطة وضعت في الأدراج منذ الصيف الماضي".to_string()
                )
            ]
        );
        // وفي «الصباح»، اعتبر ...: the paper where the words appeared.
        let (forms, _) =
            kinds("وفي «الصباح»، اعتبر النائب سامر يوسف أن الحكومة «تؤجل الحل منذ سنوات».");
        assert_eq!(forms[0], (QuoteForm::Name, "الصباح".to_string()));
        // A short span after في with no reporting verb after its comma is not given this reading:
        // the form is whatever the other tests decide, here not a name of this kind.
        assert!(!names_party_in("وفي «الصباح»، المزيد من الأخبار اليومية."));
    }

    /// [`names_party`] on the first quotation of `src`.
    fn names_party_in(src: &str) -> bool {
        let doc = crate::text::Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = crate::analysis::Context::new(&doc, &p);
        let a = analyze_text(src, Format::Plain, &p);
        let q = &a.quotes[0];
        let w_open = doc.word_index_at(q.range.start + 1);
        super::names_party(&cx, &a.quotes, q, w_open)
    }

    #[test]
    fn spelled_latin_letters_are_an_acronym_not_words() {
        let (forms, _) =
            kinds("وقال مسؤول في مكتب التحقيقات الاتحادي «إف بي آي» إن التحقيق ما زال مستمراً.");
        assert_eq!(forms, vec![(QuoteForm::Name, "إف بي آي".to_string())]);
    }

    #[test]
    fn a_quoted_name_after_a_bloc_is_a_name() {
        // A parliamentary bloc (كتلة) is a body like a party: the span after it is its name.
        let (forms, _) =
            kinds("وقالت النائبة عن كتلة «الأفق» نوارة بلقاسمي إن «المشروع يحتاج إلى مراجعة».");
        assert_eq!(forms[0], (QuoteForm::Name, "الأفق".to_string()));
    }

    #[test]
    fn an_outlet_as_addressee_or_as_owner_of_sources_is_a_name() {
        // لـ«...» before the complementizer or the reporting verb: whom the words were said to.
        let (forms, _) = kinds("وقال مسؤول في الوزارة لـ«الصباح الجديد» إن الطريق سيفتح غداً.");
        assert_eq!(forms, vec![(QuoteForm::Name, "الصباح الجديد".to_string())]);
        let (forms, _) = kinds("وفي تصريحات لـ«الصباح الجديد» قال الوزير إن الطريق سيفتح غداً.");
        assert_eq!(forms, vec![(QuoteForm::Name, "الصباح الجديد".to_string())]);
        // The sources of an outlet.
        let (forms, _) = kinds("وتحدثت مصادر «الصباح الجديد» عن خلاف داخل الحكومة.");
        assert_eq!(forms, vec![(QuoteForm::Name, "الصباح الجديد".to_string())]);
        // A listed outlet after ل, with the verb's object after it: the addressee.
        let (forms, _) = kinds("وكشفت مصادر أمنية لـ«الشرق الأوسط» تفاصيل جديدة عن الهجوم.");
        assert_eq!(forms, vec![(QuoteForm::Name, "الشرق الأوسط".to_string())]);
        // A fragment after ل that ends its clause is still a partial quote.
        let (forms, _) = kinds("وقال الوزير إن البلاد تعرضت لـ«مؤامرة كبرى».");
        assert_eq!(forms, vec![(QuoteForm::Partial, "مؤامرة كبرى".to_string())]);
    }

    #[test]
    fn a_chant_or_saying_taken_up_by_the_next_sentence_is_quoted_text() {
        let src = "«نريد ماء لا خطباً». ردد المزارعون هذا الهتاف أمام مبنى البلدية.";
        let a = analyze_text(src, Format::Plain, &Profile::embedded());
        assert_eq!(a.quotes[0].form, QuoteForm::Text);
        let speaker = a.quotes[0]
            .attribution
            .as_ref()
            .and_then(|t| t.speaker.clone());
        assert_eq!(speaker.map(|(_, s)| s), Some("المزارعون".to_string()));
        assert!(a.findings.iter().all(|f| f.rule != "unattributed-quote"));
        let src = "«البحر لا يرحم أحداً». عبارة تتكرر على ألسنة صيادي الميناء القديم.";
        let a = analyze_text(src, Format::Plain, &Profile::embedded());
        assert_eq!(a.quotes[0].form, QuoteForm::Text);
        let speaker = a.quotes[0]
            .attribution
            .as_ref()
            .and_then(|t| t.speaker.clone());
        assert_eq!(speaker.map(|(_, s)| s), Some("صيادي الميناء".to_string()));
        // A next sentence that does not take the words up leaves them speech.
        let (forms, f) = kinds("«نريد ماء لا خطباً». وأغلق المزارعون الطريق أمام مبنى البلدية.");
        assert_eq!(forms[0].0, QuoteForm::Speech);
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn graffiti_proverbs_and_dotted_acronyms_are_not_speech() {
        // Words written on a wall are graffiti, quoted text: never an unattributed quotation.
        let (forms, f) =
            kinds("وعلى جدار المستشفى المهدم كتب أحدهم بالطلاء الأحمر: «سنعود مهما طال الغياب».");
        assert_eq!(
            forms,
            vec![(QuoteForm::Text, "سنعود مهما طال الغياب".to_string())]
        );
        assert!(f.is_empty());
        // On an account, writing is the writer's speech.
        let (forms, _) =
            kinds("وكتب الوزير سامر يوسف على حسابه في منصة إكس: «سنعيد فتح المعبر غداً».");
        assert_eq!(forms[0].0, QuoteForm::Speech);
        // An indefinite proverb with its adjectives before a colon.
        let (forms, f) = kinds(
            "ويرد البائع على الزبائن بمثل شعبي قديم: «اللي بيته من زجاج لا يرمي الناس بالحجارة».",
        );
        assert_eq!(forms[0].0, QuoteForm::Text);
        assert!(f.is_empty());
        // The letters of an acronym spelled with dots name a body.
        let (forms, _) = kinds("وتضع «سي. آي. إيه» هؤلاء على رأس قائمتها منذ سنوات.");
        assert_eq!(forms, vec![(QuoteForm::Name, "سي. آي. إيه".to_string())]);
    }

    #[test]
    fn names_of_campaigns_plans_and_slogans_are_names() {
        for (src, inner) in [
            (
                "أطلقت الوزارة حملة «معاً من أجل بيئة نظيفة» في العاصمة.",
                "معاً من أجل بيئة نظيفة",
            ),
            (
                "وعرضت الحكومة خطة «الطاقة النظيفة لكل بيت ريفي» على النواب.",
                "الطاقة النظيفة لكل بيت ريفي",
            ),
            (
                "ورفع المحتجون لافتة «الأرض لمن يزرعها» أمام المبنى.",
                "الأرض لمن يزرعها",
            ),
            (
                "وتنظم الجامعة «برنامج القيادات الشابة للعمل التطوعي» مطلع الشهر.",
                "برنامج القيادات الشابة للعمل التطوعي",
            ),
            (
                "وعرض في الفيلم الوثائقي الجديد «رحلة إلى آخر الصحراء الكبرى» مشاهد نادرة.",
                "رحلة إلى آخر الصحراء الكبرى",
            ),
            // A document named after its noun, inside a speaker's sentence.
            (
                "وأوضح المسؤول أن وثيقة «سياسة المياه الوطنية» ستنشر الشهر المقبل.",
                "سياسة المياه الوطنية",
            ),
            // A naming verb with its preposition written apart.
            (
                "واجتمع أعضاء ما يسمى بـ «اللجنة العليا للإنقاذ» مساء أمس.",
                "اللجنة العليا للإنقاذ",
            ),
            // The verbal noun of naming (أطلق عليها تسمية «...»): what follows is the name given.
            (
                "وتقع القرية في سهل يطلق عليه السكان تسمية «وادي الزيتون» منذ قرون.",
                "وادي الزيتون",
            ),
            // The addressee of a statement, and a person's name after a title.
            (
                "وقال الوزير لـ «الأخبار اليومية»: إن المعبر سيفتح.",
                "الأخبار اليومية",
            ),
            (
                "وكرّم المهرجان الشاعر «محمد بنيس» في حفل الافتتاح.",
                "محمد بنيس",
            ),
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(forms, vec![(QuoteForm::Name, inner.to_string())], "{src}");
            assert!(findings.is_empty(), "{src}");
        }
    }

    #[test]
    fn words_written_on_a_thing_described_are_a_label_not_speech() {
        // A relative clause with no conjunction after a noun, and a participle of writing.
        let (forms, f) = kinds(
            "ونشرت الصحيفة رسماً لرجل يحمل حقيبة كتب عليها «الديون» وخلفه جدار مكتوب عليه «ممنوع الاقتراب».\n",
        );
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Name, "الديون".to_string()),
                (QuoteForm::Name, "ممنوع الاقتراب".to_string()),
            ]
        );
        assert!(f.is_empty());
        // A longer inscription is quoted text, with no speaker and no finding.
        let (forms, f) =
            kinds("ورفع المحتجون لافتة كبيرة كتب عليها: «لن نغادر أرضنا مهما طال الحصار».\n");
        assert_eq!(
            forms,
            vec![(
                QuoteForm::Text,
                "لن نغادر أرضنا مهما طال الحصار".to_string()
            )]
        );
        assert!(f.is_empty());
        // With a conjunction, the verb opens a clause of its own: the writer's words.
        let (forms, _) = kinds(
            "وقال الوزير إن الطريق سيفتح غدا، وكتب على صفحته: «نعمل ليل نهار من أجل الأهالي».\n",
        );
        assert_eq!(forms[0].0, QuoteForm::Speech);
    }

    #[test]
    fn a_quotation_running_on_into_the_next_paragraph_is_speech() {
        let src = "وقالت سعاد المنصوري (40 عاماً) إحدى سكان القرية «هذا يوم لن أنساه.\nلا أجد كلمات تصف ما أشعر به».\n";
        let (forms, f) = kinds(src);
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Speech, "هذا يوم لن أنساه.".to_string()),
                (QuoteForm::Speech, "لا أجد كلمات تصف ما أشعر به".to_string()),
            ]
        );
        assert!(f.is_empty());
    }

    #[test]
    fn a_span_quoted_again_after_the_story_named_it_is_the_same_name() {
        let src = "وأعلنت جمعية «الأيادي الخضراء» العاملة في الإغاثة مقتل أحد متطوعيها، وهو الأول منذ تأسيس «الأيادي الخضراء» عام 2010.\n";
        let (forms, f) = kinds(src);
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Name, "الأيادي الخضراء".to_string()),
                (QuoteForm::Name, "الأيادي الخضراء".to_string()),
            ]
        );
        assert!(f.is_empty());
        // The same words after a verb of stance, with no earlier name, stay a partial quote.
        let src = "ووصف الناطق الجمعية بأنها «الأيادي الخضراء» للمنطقة كلها.\n";
        let (forms, _) = kinds(src);
        assert_eq!(
            forms,
            vec![(QuoteForm::Partial, "الأيادي الخضراء".to_string())]
        );
    }

    #[test]
    fn a_quoted_definite_word_right_before_its_verb_is_a_body_named() {
        // Invented headlines: the court's and the ministry's short names, subjects of the verb
        // of stance or speech that follows them.
        for (src, inner) in [
            ("«التمييز» تؤيد حبس موظف سابق خمس سنوات.", "التمييز"),
            ("«الصحة» تحذر من موجة إنفلونزا جديدة.", "الصحة"),
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(forms, vec![(QuoteForm::Name, inner.to_string())], "{src}");
            assert!(findings.is_empty(), "{src}");
        }
        // Set off by a comma, the word is the words the verb reports.
        let (forms, _) = kinds("«الكارثي»، هكذا وصف الوزير الوضع في المدينة.");
        assert_eq!(forms, vec![(QuoteForm::Partial, "الكارثي".to_string())]);
    }

    #[test]
    fn fragment_after_a_verb_of_speech_or_stance_is_a_partial_quote() {
        for (src, inner) in [
            ("ووصف الوزير الوضع في المدينة بـ«الكارثي».", "الكارثي"),
            (
                "واعتبر السفير القرار «انتهاكاً للقانون الدولي».",
                "انتهاكاً للقانون الدولي",
            ),
            (
                "ورحبت الوزيرة «بأول إشارة إيجابية» من الجانبين.",
                "بأول إشارة إيجابية",
            ),
            ("وتعتبره الحكومة «خطأً فادحاً» لا يغتفر.", "خطأً فادحاً"),
            // The subject before a detached preposition is not the name of the span.
            (
                "ونددت الهيئة بـ «الظروف القاسية» في السجون.",
                "الظروف القاسية",
            ),
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(
                forms,
                vec![(QuoteForm::Partial, inner.to_string())],
                "{src}"
            );
            assert!(findings.is_empty(), "{src}");
        }
    }

    #[test]
    fn a_partial_quote_is_the_words_of_the_subject_of_its_verb() {
        for (src, who) in [
            // The subject after a verb of stance.
            (
                "ورحبت وزيرة الخارجية سلمى الحداد «بأول خطوة جادة» نحو الحل.",
                Some("وزيرة الخارجية سلمى الحداد"),
            ),
            // After the quotation: هذا ما أعلنه فلان.
            (
                "«لن نبيع الأرض» هذا ما أعلنه رئيس البلدية كمال يوسف أمس.",
                Some("رئيس البلدية كمال يوسف"),
            ),
            // No subject in reach: attributed, speaker unclear.
            ("وتعتبره «خطأً فادحاً» لا يغتفر.", None),
        ] {
            let a = analyze_text(src, Format::Plain, &Profile::embedded());
            assert_eq!(a.quotes.len(), 1, "{src}");
            assert_eq!(a.quotes[0].form, QuoteForm::Partial, "{src}");
            let at = a.quotes[0].attribution.as_ref().expect(src);
            let sp = at.speaker.as_ref().map(|(_, s)| s.as_str());
            assert_eq!(sp, who, "{src}");
        }
    }

    #[test]
    fn a_subject_ending_on_a_definite_noun_with_lam_leaves_the_predicate_words() {
        // المدير العام للشركة ends on ل + الشركة: the span after it is the reported predicate.
        let src = "وأوضح المتحدث أن المدير العام للشركة «جاهز لزيارة المصنع في أي يوم».";
        let a = analyze_text(src, Format::Plain, &Profile::embedded());
        assert_eq!(a.quotes.len(), 1, "{src}");
        assert_eq!(a.quotes[0].form, QuoteForm::Partial, "{src}");
        let at = a.quotes[0].attribution.as_ref().expect(src);
        assert_eq!(
            at.speaker.as_ref().map(|(_, s)| s.as_str()),
            Some("المتحدث")
        );
    }

    #[test]
    fn a_span_before_a_reporting_verb_with_a_pronoun_is_words() {
        let (forms, findings) = kinds("«لن نبيع الأرض» هذا ما أعلنه رئيس البلدية أمس.");
        assert_eq!(
            forms,
            vec![(QuoteForm::Partial, "لن نبيع الأرض".to_string())]
        );
        assert!(findings.is_empty());
        // Right before «، قال» a short span is whole speech.
        let (forms, findings) = kinds("«لن نبيع الأرض»، قال رئيس البلدية أمس.");
        assert_eq!(forms, vec![(QuoteForm::Speech, "لن نبيع الأرض".to_string())]);
        assert!(findings.is_empty());
    }

    #[test]
    fn a_clause_after_a_quoted_outlet_and_a_comma_is_speech() {
        let src = "وقال المدرب في حديث لصحيفة «الأيام الرياضية»، «لن نفرط في اللقب هذا الموسم مهما كانت الظروف».";
        let (forms, findings) = kinds(src);
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Name, "الأيام الرياضية".to_string()),
                (
                    QuoteForm::Speech,
                    "لن نفرط في اللقب هذا الموسم مهما كانت الظروف".to_string()
                )
            ]
        );
        assert!(findings.is_empty(), "{findings:?}");
        // A list of quoted names stays a list of names.
        let (forms, _) = kinds("ووجهت النيابة إليه تهم «التحريض» و«نشر أخبار كاذبة عن الدولة».");
        assert!(
            forms.iter().all(|(f, _)| *f == QuoteForm::Name),
            "{forms:?}"
        );
    }

    #[test]
    fn a_short_term_with_no_verb_of_speech_is_a_name() {
        let (forms, _) = kinds("وسيطر تنظيم «داعش» على القرية، ثم انسحب «المقاتلون» منها.");
        assert_eq!(
            forms,
            vec![
                (QuoteForm::Name, "داعش".to_string()),
                (QuoteForm::Name, "المقاتلون".to_string())
            ]
        );
    }

    #[test]
    fn proverbs_lyrics_and_legal_articles_are_quoted_text() {
        for (src, inner) in [
            (
                "وكما يقول المثل الشعبي: «من جدّ وجد ومن زرع حصد».",
                "من جدّ وجد ومن زرع حصد",
            ),
            (
                "ورددت كلمات الأغنية «بلادي بلادي لك حبي وفؤادي» في الساحة.",
                "بلادي بلادي لك حبي وفؤادي",
            ),
            (
                "وتنص المادة 12: «لا يجوز توقيف أي شخص دون أمر قضائي».",
                "لا يجوز توقيف أي شخص دون أمر قضائي",
            ),
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(forms, vec![(QuoteForm::Text, inner.to_string())], "{src}");
            assert!(findings.is_empty(), "{src}");
        }
    }

    /// (form, speaker) of every quotation of `src`.
    fn sources(src: &str) -> Vec<(QuoteForm, Option<String>)> {
        analyze_text(src, Format::Plain, &Profile::embedded())
            .quotes
            .iter()
            .map(|q| {
                let who = q.attribution.as_ref().and_then(|a| a.speaker.clone());
                (q.form, who.map(|(_, s)| s))
            })
            .collect()
    }

    #[test]
    fn words_after_the_quoted_name_of_a_work_and_a_colon_are_its_text() {
        let src = "وردد الجمهور مطلع أغنية «يا ليل الصب» الشهيرة: «يا ليل الصب متى غده، أقيام الساعة موعده».";
        assert_eq!(
            sources(src),
            vec![
                (QuoteForm::Name, None),
                (QuoteForm::Text, Some("أغنية «يا ليل الصب»".to_string())),
            ]
        );
        assert!(kinds(src).1.is_empty());
        // After a reporting verb, the words after an outlet's quoted name are the speaker's.
        let src =
            "وقال الوزير سامر الخطيب لصحيفة «الأيام»: «لن نتراجع عن هذا القرار مهما كانت الضغوط».";
        assert_eq!(
            sources(src)[1],
            (QuoteForm::Speech, Some("الوزير سامر الخطيب".to_string()))
        );
    }

    #[test]
    fn an_excerpt_introduced_by_jaa_fihi_is_quoted_text() {
        // «in which came»: the words are the excerpt's, not anyone's speech, and never flagged.
        let src = "وقرأ الكاتب خلال الأمسية مقطعاً من كتابه الجديد جاء فيه: «كانت المدينة تنام على صوت البحر وتستيقظ على صوت الباعة».";
        let (forms, findings) = kinds(src);
        assert_eq!(forms[0].0, QuoteForm::Text);
        assert!(findings.is_empty());
        assert_eq!(
            sources(src),
            vec![(QuoteForm::Text, Some("مقطعاً من كتابه".to_string()))]
        );
    }

    #[test]
    fn quoted_text_is_credited_to_the_source_the_text_gives() {
        for (src, source) in [
            // The work a line of a song belongs to; the source before the reporting verb's subject.
            (
                "وتحيي كلمات النشيد الجديد «كل أم صبرت على الغياب».",
                "كلمات النشيد",
            ),
            (
                "ويردد الجمهور مقطع من القصيدة «يا وطني لن ننساك أبداً».",
                "مقطع من القصيدة",
            ),
            (
                "ونسأل الله ألا تصدق فينا مقولة الإمام الشافعي: «ما جادلت جاهلاً إلا غلبني».",
                "مقولة الإمام الشافعي",
            ),
            // The law that stipulates it, several words before the verb نصّ.
            (
                "واحتج المحامي بالمادة 40 من قانون العمل التي تنص على أن «لا يجوز فصل العامل دون إنذار».",
                "المادة 40 من قانون العمل",
            ),
        ] {
            assert_eq!(
                sources(src),
                vec![(QuoteForm::Text, Some(source.to_string()))],
                "{src}"
            );
        }
        // A bare noun of text names no source: the reporting clause's speaker is kept.
        assert_eq!(
            sources("وشدد الوزير على القول «لن نتراجع عن الإصلاح مهما كلفنا»."),
            vec![(QuoteForm::Text, Some("الوزير".to_string()))]
        );
        // A speaker the reporting clause names at the noun of text is kept whole.
        assert_eq!(
            sources("وكما قال الشاعر أحمد شوقي: «وما نيل المطالب بالتمني ولكن تؤخذ الدنيا غلابا»."),
            vec![(QuoteForm::Text, Some("الشاعر أحمد شوقي".to_string()))]
        );
    }

    #[test]
    fn scripture_after_an_epithet_of_god_is_quoted_text_from_god() {
        let src =
            "وفي الصبر قال تعالى: «واصبر وما صبرك إلا بالله»، ويقول الخطيب إن الصبر مفتاح الفرج.";
        assert_eq!(
            sources(src),
            vec![(QuoteForm::Text, Some("الله تعالى".to_string()))]
        );
        let src = "ويقول عز وجل: «وتعاونوا على البر والتقوى».";
        assert_eq!(
            sources(src),
            vec![(QuoteForm::Text, Some("الله عز وجل".to_string()))]
        );
    }

    #[test]
    fn speech_after_a_cue_is_speech_and_unattributed_speech_is_flagged() {
        let (forms, findings) = kinds("وقال الوزير: «سنفتح المعبر غداً».");
        assert_eq!(
            forms,
            vec![(QuoteForm::Speech, "سنفتح المعبر غداً".to_string())]
        );
        assert!(findings.is_empty());
        let src = "انتهى الاجتماع مساء أمس دون بيان. «سنعود إلى طاولة المفاوضات في الأسبوع المقبل» وغادر الوفد.\n";
        let (forms, findings) = kinds(src);
        assert_eq!(forms[0].0, QuoteForm::Speech);
        assert_eq!(findings.len(), 1);
        let open = src.find('«').unwrap();
        let close = src.find('»').unwrap() + '»'.len_utf8();
        assert_eq!(findings[0].range, open..close);
    }

    #[test]
    fn an_abbreviation_does_not_cut_the_speaker_off_the_quotation() {
        let src = "وقال مسؤول سابق في سي.آي.إيه إن التعاون مستمر. «لن نتخلى عن شركائنا في المنطقة مهما حدث»";
        let (forms, findings) = kinds(src);
        assert_eq!(forms[0].0, QuoteForm::Speech);
        assert!(findings.is_empty(), "{findings:?}");
        // «...».. «...»: an ellipsis between two quotations of one speaker does not end the sentence.
        let src =
            "وقال الوزير: «الوضع صعب جداً في كل المحافظات».. «لكننا سنتجاوز هذه المرحلة معاً بلا شك».";
        let (forms, findings) = kinds(src);
        assert_eq!(forms.len(), 2);
        assert_eq!(forms[1].0, QuoteForm::Speech);
        assert!(findings.is_empty(), "{findings:?}");
    }

    #[test]
    fn a_pull_quote_subheading_is_the_words_of_the_speaker_the_paragraph_under_it_reports() {
        let src = "بدأت المحاكمة صباح أمس في العاصمة.\n\n«لم أخالف القانون يوماً في حياتي»\n\nوأكد وزير العدل رامي سعيد أمام النواب أنه لم يخالف القانون.";
        assert_eq!(
            sources(src),
            vec![(QuoteForm::Text, Some("وزير العدل رامي سعيد".to_string()))]
        );
    }

    #[test]
    fn a_whole_paragraph_quotation_that_repeats_the_story_around_it_is_a_pull_quote() {
        let src = "تعيش المدينة أزمة إنسانية حادة منذ أسابيع.\n\n«الناس ينامون في الشوارع والحدائق العامة»\n\nوتستمر الأزمة.\n\nوناشد المجلس المحلي المنظمات الدولية، مضيفاً أن «الناس ينامون في الشوارع».";
        let (forms, findings) = kinds(src);
        assert_eq!(forms.len(), 2);
        assert_eq!(
            forms[0],
            (
                QuoteForm::Text,
                "الناس ينامون في الشوارع والحدائق العامة".to_string()
            )
        );
        assert_eq!(forms[1].0, QuoteForm::Speech);
        assert!(findings.is_empty(), "{findings:?}");
    }

    #[test]
    fn a_quotation_alone_repeating_the_quotation_just_reported_is_its_pull_quote() {
        // After a paragraph that reports speech, a quotation alone is speech (here flagged)
        // unless it sets again words of a quotation: then it is that quotation's pull quote.
        let said = "قال وزير الصحة سامر الخطيب إن المستشفيات تعمل بطاقتها الكاملة، وأضاف: «لا نملك ما يكفي من الأدوية لمرضى السرطان في الشمال».";
        let src = format!(
            "{said}\n\n«لا نملك ما يكفي من الأدوية لمرضى السرطان»\n\nوتابع الخطيب أن الوزارة طلبت المساعدة."
        );
        let (forms, findings) = kinds(&src);
        assert_eq!(forms.len(), 2);
        assert_eq!(forms[1].0, QuoteForm::Text);
        assert!(findings.is_empty(), "{findings:?}");
        let sp = sources(&src);
        assert_eq!(
            sp[1],
            (QuoteForm::Text, Some("وزير الصحة سامر الخطيب".to_string()))
        );
        // Words he did not say before are his speech left unattributed.
        let src = format!(
            "{said}\n\n«سنفتح ثلاثة مراكز جديدة للعلاج قبل نهاية العام»\n\nوتابع الخطيب أن الوزارة طلبت المساعدة."
        );
        let (forms, findings) = kinds(&src);
        assert_eq!(forms[1].0, QuoteForm::Speech);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].range.start, src.rfind('«').unwrap());
    }

    #[test]
    fn two_quotations_standing_alone_with_the_same_words_do_not_excuse_each_other() {
        // One of them is the speech the other repeats: nothing credits it, so it is flagged.
        let q = "«لن نترك أي مدينة خلفنا وسنبدأ بالعاصمة قبل نهاية الشهر»";
        let src = format!(
            "تتواصل المعارك في البلاد منذ أشهر.\n\n{q}\n\nوتستمر الأزمة في الأحياء الشرقية.\n\n{q}\n"
        );
        let (forms, findings) = kinds(&src);
        assert_eq!(forms.len(), 2);
        assert_eq!(forms[0].0, QuoteForm::Speech);
        assert!(!findings.is_empty(), "{findings:?}");
        assert_eq!(findings[0].range.start, src.find('«').unwrap());
    }

    #[test]
    fn a_whole_paragraph_quotation_nothing_repeats_or_reports_is_unattributed_speech() {
        let src = "تعيش المدينة أزمة إنسانية حادة منذ أسابيع.\n\n«لن نغادر بيوتنا مهما اشتد القصف على الأحياء»\n\nوتستمر الأزمة في الأحياء الشرقية.";
        let (forms, findings) = kinds(src);
        assert_eq!(
            forms,
            vec![(
                QuoteForm::Speech,
                "لن نغادر بيوتنا مهما اشتد القصف على الأحياء".to_string()
            )]
        );
        assert_eq!(findings.len(), 1);
        let open = src.find('«').unwrap();
        assert_eq!(findings[0].range.start, open);
    }

    #[test]
    fn a_whole_paragraph_quotation_over_a_paragraph_that_names_no_speaker_is_unattributed_speech() {
        // تشير here has a subject that does not speak (the figures): the paragraph under the
        // quotation does not say whose words they are.
        let src = "ارتفعت أسعار الخبز في العاصمة للمرة الثالثة هذا العام.\n\n«لم نعد قادرين على شراء ما يكفي لأطفالنا»\n\nوتشير الأرقام الرسمية إلى أن التضخم بلغ عشرة في المئة.";
        let (forms, findings) = kinds(src);
        assert_eq!(
            forms,
            vec![(
                QuoteForm::Speech,
                "لم نعد قادرين على شراء ما يكفي لأطفالنا".to_string()
            )]
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].range.start, src.find('«').unwrap());
        // The same quotation over a paragraph that names who said something about the same
        // thing (يكفي) is her pull quote.
        let src = src.replace(
            "وتشير الأرقام الرسمية إلى أن التضخم بلغ عشرة في المئة",
            "وقالت المعلمة سعاد يوسف إن راتبها لم يعد يكفي لإطعام أطفالها",
        );
        assert_eq!(
            sources(&src),
            vec![(QuoteForm::Text, Some("المعلمة سعاد يوسف".to_string()))]
        );
    }

    #[test]
    fn a_whole_paragraph_quotation_over_a_speaker_who_said_something_else_is_unattributed() {
        let src = "تتواصل المعارك في المدينة لليوم الخامس.\n\n«الوضع الإنساني يتدهور ساعة بعد ساعة»\n\nوقال وزير الصحة هيثم إبراهيم إن المستشفيات الرئيسية خرجت عن الخدمة.";
        let (forms, findings) = kinds(src);
        assert_eq!(
            forms[0],
            (
                QuoteForm::Speech,
                "الوضع الإنساني يتدهور ساعة بعد ساعة".to_string()
            )
        );
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].range.start, src.find('«').unwrap());
    }

    #[test]
    fn a_pull_quote_has_the_speaker_of_the_passage_it_repeats_or_none() {
        // It repeats the story's own sentence: quoted text with no speaker, although the
        // paragraph under it reports someone.
        let src = "ارتفعت أسعار الخبز في تونس للمرة الثالثة هذا العام.\n\n«ارتفعت أسعار الخبز في تونس للمرة الثالثة»\n\nوقال رئيس غرفة المخابز محمد بوعنان إن الطحين نادر.";
        assert_eq!(sources(src), vec![(QuoteForm::Text, None)]);
        // It repeats a quotation: that quotation's speaker.
        let src = "وقال الوزير أيمن الصفدي: «لن نقبل بأي حل يفرض على الشعب الفلسطيني».\n\nوعُقد الاجتماع في عمّان بحضور وزراء الخارجية العرب.\n\n«حل يفرض على الشعب الفلسطيني»\n\nوتستمر المشاورات غداً.";
        let got = sources(src);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1], (QuoteForm::Text, got[0].1.clone()));
        assert!(
            got[0].1.as_deref().is_some_and(|s| s.contains("الصفدي")),
            "{got:?}"
        );
    }

    #[test]
    fn a_whole_paragraph_quotation_of_two_words_is_too_short_to_tell_and_stays_a_heading() {
        let src = "تعيش المدينة أزمة إنسانية حادة منذ أسابيع.\n\n«الصمت القاتل»\n\nوتستمر الأزمة في الأحياء الشرقية.";
        let (forms, findings) = kinds(src);
        assert_eq!(forms, vec![(QuoteForm::Text, "الصمت القاتل".to_string())]);
        assert!(findings.is_empty(), "{findings:?}");
    }

    #[test]
    fn a_long_verbless_subject_after_a_complementizer_leaves_the_span_a_predicate() {
        // Eight words of subject: a noun, its genitive and adjective, and places joined by و.
        let (forms, findings) = kinds(
            "وقالت الوزيرة سلمى حداد إن البرنامج ناجح، موضحة أن مشروعات الري الجديدة في محافظات الشمال والجنوب والوسط «تحتاج إلى عمال متخصصين».",
        );
        assert_eq!(
            forms,
            vec![(QuoteForm::Partial, "تحتاج إلى عمال متخصصين".to_string())]
        );
        assert!(findings.is_empty());
        // Ending on an indefinite noun, the words leave the span that noun's name.
        let (forms, _) = kinds(
            "وقالت الوزيرة سلمى حداد إن البرنامج ناجح، موضحة أن الوزارة أطلقت في محافظات الشمال والجنوب والوسط حملة «صيف آمن».",
        );
        assert_eq!(forms[0].0, QuoteForm::Name);
    }

    #[test]
    fn a_purpose_verb_of_saying_makes_the_sentence_report_speech() {
        // لـ + the imperfect of a reporting verb before its أن clause reports speech as the verb
        // does: after أن and its subject (a noun and its adjective) the span is the predicate.
        let (forms, findings) =
            kinds("وعاد النائب سامي حداد ليؤكد أن الحل السريع «لا يحتمل التأجيل».");
        assert_eq!(
            forms,
            vec![(QuoteForm::Partial, "لا يحتمل التأجيل".to_string())]
        );
        assert!(findings.is_empty());
        // With no verb of saying in the sentence the span after the noun and adjective names it.
        let (forms, _) = kinds("وعاد النائب سامي حداد ليشرح أن الحل السريع «لا يحتمل التأجيل».");
        assert_eq!(forms[0].0, QuoteForm::Name);
        // After an indefinite noun the span is still that noun's name.
        let (forms, _) = kinds(
            "وعاد سامي حداد ليؤكد أن الوزارة ستعتمد من الشهر المقبل نظام «البطاقة الذكية» الذي يطبع لكل أسرة رقماً.",
        );
        assert_eq!(forms[0].0, QuoteForm::Name);
    }

    #[test]
    fn a_span_after_a_complementizer_and_its_subject_phrase_is_a_partial_quote() {
        for (src, inner) in [
            // A definite subject that the lists also know as a frequent word.
            (
                "وأكدت الوزيرة منى علي أن الوزارة «مستعدة لكل الحلول».",
                "مستعدة لكل الحلول",
            ),
            // A noun with its complement, a construct, and a copula.
            (
                "وقالت المغنية منى علي إن المشاركة في المهرجان «حلم قديم».",
                "حلم قديم",
            ),
            (
                "ورأى الخبير سامر يوسف أن نجاح الخطة «مرهون بخفض الأسعار».",
                "مرهون بخفض الأسعار",
            ),
            (
                "وعبر المدرب سامر يوسف عن فخره، وأنه كان «إنجازاً كبيراً».",
                "إنجازاً كبيراً",
            ),
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(
                forms,
                vec![(QuoteForm::Partial, inner.to_string())],
                "{src}"
            );
            assert!(findings.is_empty(), "{src}");
        }
        // A subject phrase ending on an indefinite noun that introduces names leaves the span its
        // name.
        let (forms, _) = kinds("وقال الوزير إن الحكومة أطلقت حملة «بيئة نظيفة لكل حي».");
        assert_eq!(
            forms,
            vec![(QuoteForm::Name, "بيئة نظيفة لكل حي".to_string())]
        );
    }

    #[test]
    fn a_construct_closed_by_a_possessive_pronoun_is_the_subject_before_the_span() {
        // Invented: عملية ابنها is definite through its pronoun, so the span after it is the
        // predicate of the reported clause, a partial quote.
        let (forms, _) = kinds("وتقول سعاد الكبير إن عملية ابنها «تأجلت مرتين».");
        assert_eq!(forms, vec![(QuoteForm::Partial, "تأجلت مرتين".to_string())]);
    }

    #[test]
    fn a_name_in_use_somewhere_is_named_across_the_place_adjunct() {
        // Written for this test: the naming verb, a locative adjunct, then the span.
        for src in [
            "وقال المهندس سامر حداد إن المزارعين يبنون بهذه الطريقة ما يسمى في الجنوب «سقائف الكرم».",
            "وأوضح الباحث أن الصيادين يستعملون ما يعرف لدى أهل الساحل بـ«شباك الليل» منذ عقود.",
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(forms.len(), 1, "{src}");
            assert_eq!(forms[0].0, QuoteForm::Name, "{src}");
            assert!(findings.is_empty(), "{src}");
        }
        // Quiet test: a name before the adjunct, no naming verb, leaves the span the speaker's words.
        let src = "وقال المهندس سامر حداد لدى وصوله «سنبدأ العمل في الربيع المقبل».";
        let (forms, _) = kinds(src);
        assert_eq!(forms.len(), 1, "{src}");
        assert_ne!(forms[0].0, QuoteForm::Name, "{src}");
    }

    #[test]
    fn a_span_after_a_detached_preposition_is_named_only_by_a_naming_word() {
        // وصف الخطة بـ«...»: the noun before بـ is the verb's object; the span is its description.
        let (forms, _) = kinds("وكان الوزير سامر يوسف قد وصف الخطة بـ«الطموحة».");
        assert_eq!(forms, vec![(QuoteForm::Partial, "الطموحة".to_string())]);
        // ما بات يعرف بـ«...»: a naming verb before بـ makes the span a name.
        let (forms, findings) =
            kinds("وتغيرت المنطقة كثيراً منذ ما بات يعرف بـ«الربيع العربي» قبل عقد.");
        assert_eq!(forms, vec![(QuoteForm::Name, "الربيع العربي".to_string())]);
        assert!(findings.is_empty());
    }

    #[test]
    fn partial_quotes_after_verbs_of_charge_and_criticism() {
        for (src, inner) in [
            // A plural verb with an object pronoun drops the alif of its ending (اتهموها).
            (
                "وحمّل ناشطون الحكومة مسؤولية الأزمة، واتهموها بـ«الإهمال والتقصير» في إدارة الملف.",
                "الإهمال والتقصير",
            ),
            (
                "ووجّه النائب سامر يوسف «انتقادات حادة» إلى الحكومة.",
                "انتقادات حادة",
            ),
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(
                forms,
                vec![(QuoteForm::Partial, inner.to_string())],
                "{src}"
            );
            assert!(findings.is_empty(), "{src}");
        }
    }

    #[test]
    fn names_of_operations_works_and_terms_are_not_speech() {
        for src in [
            "وبدأ الجيش عملية «درع الشمال الحصين» فجر الثلاثاء على الحدود.",
            "ويعرض المهرجان فيلم «حين يعود المطر إلى القرية» في افتتاحه مساء الخميس.",
            "وانتشر على مواقع التواصل وسم «لا لغلاء الأسعار في رمضان» خلال ساعات.",
            "ونظم النادي ندوة تحت عنوان «الشباب وسوق العمل في زمن الذكاء الاصطناعي» مساء أمس.",
            "ورفضت الفصائل ما يسمى «صفقة القرن» التي طرحتها الإدارة الأميركية السابقة.",
            "وأطلقت الوزارة تطبيق «صحتي أولاً» لحجز المواعيد إلكترونياً.",
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(forms.len(), 1, "{src}");
            assert_eq!(forms[0].0, QuoteForm::Name, "{src}");
            assert!(findings.is_empty(), "{src}");
        }
    }

    #[test]
    fn text_written_on_a_thing_or_stipulated_by_an_article_is_quoted_text() {
        for (src, inner) in [
            (
                "ورفع المشجعون لافتة ضخمة جاء فيها: «نحن معك حتى النهاية يا فريقنا».",
                "نحن معك حتى النهاية يا فريقنا",
            ),
            (
                "وعلى باب الورشة علقت لافتة كتب عليها: «هنا نصنع الأمل بأيدينا».",
                "هنا نصنع الأمل بأيدينا",
            ),
            // A reference to a legal text, however long its chain, and an expression quoted.
            (
                "الفصل 490 من القانون الجنائي المغربي: «يعاقب بالحبس كل من ارتكب فعلاً مخلاً بالحياء».",
                "يعاقب بالحبس كل من ارتكب فعلاً مخلاً بالحياء",
            ),
            (
                "وحملت اللافتات عبارات مثل: «لا للغلاء ونعم للكرامة».",
                "لا للغلاء ونعم للكرامة",
            ),
            (
                "وكتبت على الجدار عبارة «البلد ليس للبيع» بخط أحمر عريض.",
                "البلد ليس للبيع",
            ),
            // نصّ before its subject, the article.
            (
                "وتنص المادة 222 من القانون الجنائي: «يعاقب بالحبس كل من أفطر علناً في نهار رمضان».",
                "يعاقب بالحبس كل من أفطر علناً في نهار رمضان",
            ),
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(forms, vec![(QuoteForm::Text, inner.to_string())], "{src}");
            assert!(findings.is_empty(), "{src}");
        }
    }

    #[test]
    fn a_title_after_a_noun_of_titling_and_a_colon_is_a_name() {
        for (src, inner) in [
            (
                "وتصدر وسم على تويتر بعنوان: «لا للتطبيع مع الاحتلال».",
                "لا للتطبيع مع الاحتلال",
            ),
            (
                "وكان شعار المنتدى هذا العام: «نحو مدن ذكية وصديقة للبيئة».",
                "نحو مدن ذكية وصديقة للبيئة",
            ),
            // A verb of headlining takes the headline, however far before the colon.
            (
                "وعنونت صحيفة الأيام صفحتها الأولى صباح أمس: «الفريق يعود بطلاً».",
                "الفريق يعود بطلاً",
            ),
        ] {
            let (forms, findings) = kinds(src);
            assert_eq!(forms, vec![(QuoteForm::Name, inner.to_string())], "{src}");
            assert!(findings.is_empty(), "{src}");
        }
        // عبارة عن "amounts to": the span after it is the speaker's word.
        let (forms, _) = kinds("وقال الوزير سامر يوسف إن المبلغ المرصود عبارة عن «نثريات» لا أكثر.");
        assert_eq!(forms[0].0, QuoteForm::Partial);
        // After a verb of speech, the words after the colon are the speaker's.
        let (forms, _) =
            kinds("وقال رئيس الحملة سامر يوسف في حفل إطلاق الشعار: «نريد أن نصل إلى كل بيت».");
        assert_eq!(forms[0].0, QuoteForm::Speech);
        // Speech after a colon with no speaker is still flagged.
        let (forms, findings) =
            kinds("وفي المؤتمر الصحفي: «لن نسمح بتكرار ما حدث في الشهر الماضي».");
        assert_eq!(forms[0].0, QuoteForm::Speech);
        assert_eq!(findings.len(), 1);
    }
}
