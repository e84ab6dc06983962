//! Quotations: pairing the marks, telling speech from names and scare quotes, and finding who said
//! it. Shared by `unattributed-quote`, `unbalanced-quote`, hover, document symbols and the report.
//!
//! Marks: « » and ‹ › pair with each other; the curly marks U+201C/U+201D pair with each other in
//! any orientation (”…“, “…”, ”…” and “…“ all occur in Arabic copy, a side effect of right-to-left
//! typing), and „ opens a pair closed by either; the ASCII " opens and closes alike. Pairing is per
//! paragraph; a quotation left open at the end of a paragraph continues when the next paragraph
//! opens with the same mark (Arabic press convention for multi-paragraph quotations).

mod continuity;
pub mod kind;
pub(crate) mod memo;
#[cfg(test)]
mod referent_tests;
pub mod sentence;
mod speaker;
pub(crate) use speaker::adverb_key;
mod speaker_checks;
#[cfg(test)]
mod via_tests;
crate::analysis::registry::rule_modules!(quotes);

pub use continuity::speaker_before;

/// True when the spelling of `w` (its key and plain form, with `profile`'s reporting verbs) may be
/// one of the reporting verbs the turn reader knows only in its context (عبر عن، لـ + verb before a
/// colon, قاطعه before a colon, لا يخفي before a colon, جاء فيه after a statement, قالها after a
/// quotation): the part of
/// each of those tests that reads the word itself, false when none can hold at the word. Asked
/// once per spelling and profile by the lexicon (`lexicon::shape::CONTEXT_CUE`).
pub(crate) fn context_cue_spelling(
    w: &crate::text::Word,
    profile: &crate::profile::Profile,
) -> bool {
    speaker::context_verb_spelling(w.key.as_str(), w.plain.as_str())
        || continuity::purpose_verb_spelling(w.key.as_str(), profile)
        || speaker::quotation_pronoun_spelling(w.key.as_str(), profile)
}

/// The speaker layer's `lexicon::shape` bits of the spelling of `w`: [`shape::TOPIC`] when it may
/// open a topic clause (`continuity::topic_verb_spelling`), [`shape::KANA`] when it is كان or كانت
/// (`continuity::kana_spelling`), [`shape::CONTEXT_CUE`] when [`context_cue_spelling`].
///
/// [`shape::TOPIC`]: crate::analysis::lexicon::shape::TOPIC
/// [`shape::KANA`]: crate::analysis::lexicon::shape::KANA
/// [`shape::CONTEXT_CUE`]: crate::analysis::lexicon::shape::CONTEXT_CUE
pub(crate) fn spelling_shape(w: &crate::text::Word, profile: &crate::profile::Profile) -> u16 {
    use crate::analysis::lexicon::shape;
    let bit = |on: bool, b: u16| if on { b } else { 0 };
    bit(context_cue_spelling(w, profile), shape::CONTEXT_CUE)
        | bit(continuity::topic_verb_spelling(w), shape::TOPIC)
        | bit(continuity::kana_spelling(w), shape::KANA)
}

use super::Context;
use sentence::sentence_breaks;
use std::ops::Range;

/// Kind of quotation mark pair.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// « » (and ‹ ›).
    Guillemet,
    /// “ ” „ in any orientation.
    Curly,
    /// ASCII ".
    Straight,
}

/// The first bytes of the UTF-8 form of every quotation mark of [`mark_kind`]: `"`, 0xC2 (« »)
/// and 0xE2 (‹ › „ “ ”).
const MARK_LEADS: [u8; 3] = [b'"', 0xC2, 0xE2];

fn mark_kind(c: char) -> Option<(MarkKind, Option<bool>)> {
    // (kind, Some(true) = opener only, Some(false) = closer only, None = either)
    match c {
        '«' | '‹' => Some((MarkKind::Guillemet, Some(true))),
        '»' | '›' => Some((MarkKind::Guillemet, Some(false))),
        '„' => Some((MarkKind::Curly, Some(true))),
        '“' | '”' => Some((MarkKind::Curly, None)),
        '"' => Some((MarkKind::Straight, None)),
        _ => None,
    }
}

/// Who a quotation is attributed to and by which words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// Byte range (half-open) of the attributing words (the verb, participle or phrase).
    pub cue: Range<usize>,
    /// Byte range and text of the speaker as named in the text; `None` when the reporting clause
    /// does not tell who spoke (the speaker is unclear).
    pub speaker: Option<(Range<usize>, String)>,
    /// True when the speaker is an unnamed source (مصدر عسكري، شهود عيان).
    pub anonymous: bool,
    /// Byte range (half-open) of the person's name the speaker stands for: inside `speaker`'s range
    /// when the phrase holds the name, or an earlier mention when the phrase is a post or role that
    /// refers back to someone already named (الوزيرة for «الوزيرة هالة روحو» two paragraphs up).
    /// `None` when the speaker holds no name (a title only, an unnamed source) or is unclear.
    pub person: Option<Range<usize>>,
    /// How the speaker was found (or, when `speaker` is `None`, which step gave up on it).
    pub via: Via,
}

/// How the speaker of an attribution was found: one variant per step of the quotation reader
/// and of speaker continuity that sets or replaces a speaker. Shown in the report JSON as
/// `"via"` ([`Via::id`]), and on the review sheet as a "continued" note when the speaker was
/// carried over from an earlier clause ([`Via::carried`]), so an editor knows which speakers
/// to check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// The noun phrase after the reporting verb or participle at the cue (قال الوزير فلان).
    AfterVerb,
    /// The subject before the reporting verb (الوزير فلان قال).
    BeforeVerb,
    /// The source after a phrase of sourcing (بحسب X، وفق X، نقلاً عن X، عن X قوله).
    Source,
    /// A name or post and a colon alone before the quotation (وزير الطاقة: «...»).
    Label,
    /// A pull quote standing as a subheading: the clause opening the paragraph under it.
    Heading,
    /// Quoted text credited to the noun of text that introduces it (كلمات الأغنية، البند 73).
    TextSource,
    /// Scripture: an epithet of God after the verb (قال تعالى).
    Scripture,
    /// A cue inside the quotation, between commas («...»، قال فلان، «...»).
    Inside,
    /// The subject of the main clause after a fronted phrase holding the cue (في حديثه ...، قال فلان).
    MainClause,
    /// The subject of another verb of the cue's own sentence that the subjectless cue shares.
    SharedSubject,
    /// A titled antecedent the subjectless cue agrees with in its own sentence.
    Antecedent,
    /// The person after a contrastive particle in the cue's sentence (أما فلان فقال).
    Contrast,
    /// The person named last, which a pronoun in the phrase points back at (ونقلت عنه قوله).
    PronounPhrase,
    /// A post-only speaker named by the name set off by commas after the post.
    ApposedName,
    /// A post-only speaker named by the holder's name after the post's complements.
    HolderAfterPost,
    /// A post-only speaker resolved to the person introduced earlier with that post.
    EarlierTitle,
    /// A post-only speaker resolved through an epithet (an apposed or earlier epithet's holder).
    Epithet,
    /// A role noun or generic person noun (الرجل) referring back to the person in focus.
    RoleAnaphor,
    /// A body named after a person (مؤسسة فلان): the holder after the eponym.
    EponymHolder,
    /// A subjectless cue (a participle, a second verb) carrying on the speaker a reporting clause
    /// of its own sentence named (قال فلان مؤكداً: «...»).
    ContinuedSameSentence,
    /// A subjectless cue carrying on the speaker of a reporting clause of an earlier sentence of
    /// the same paragraph.
    ContinuedSameParagraph,
    /// A subjectless cue carrying on the speaker of a reporting clause one or two paragraphs back.
    ContinuedEarlierParagraph,
    /// A subjectless cue carrying on a speaker further back, past paragraphs that only describe them.
    ContinuedFar,
    /// As [`Via::ContinuedFar`], the cue's sentence opening with an adjunct about that speaker.
    ContinuedPastAdjunct,
    /// A subjectless cue taking the person the story introduced just before it with an
    /// apposition of وهو/وهي (ومن بين الحضور فلانة، وهي طالبة ... وقالت).
    Introduced,
    /// A subjectless cue whose speaker continuity could not tell (only with no speaker).
    NoSubject,
    /// The speaker of the quotation just before, only punctuation or و between them.
    AfterQuote,
    /// A quotation continued from one left open at the end of the previous paragraph.
    OpenQuote,
    /// A paragraph of speech between two paragraphs of the same speaker's statement.
    SpeechParagraph,
    /// A numbered item of a list set out one quotation per paragraph, continuing the item
    /// numbered one less in the paragraph before («1- ...» then «2- ...»).
    ListItem,
    /// A post-only speaker whose holder is named in the next sentence (وأضاف العميد فلان).
    PostNamedNext,
    /// A post-only speaker whose holder is named where the story restates the post (المتحدث، فلان،).
    RestatedPost,
    /// The speaker of another occurrence of the same quoted words, or of the quotation a pull
    /// quote repeats a passage of. The review sheet's speakers table counts such a repetition
    /// once, with the quotation it repeats.
    RepeatedQuote,
    /// The subject of a verb of description with an object pronoun whose بـ/بأنه complement
    /// the quotation is (في خطوة وصفها محللون بأنها «...»).
    DescribingClause,
    /// The source of a phrase of sourcing closing the quotation's sentence, taken over a cue
    /// with no subject of its own («...»، وفق ما صرح به فلان; وأضاف أن «...»، وفقاً لما قاله فلان).
    SentenceSource,
}

impl Via {
    /// The kebab-case id of the step, as shown in the report JSON (`after-verb`, `continued-far`).
    pub fn id(self) -> &'static str {
        match self {
            Via::AfterVerb => "after-verb",
            Via::BeforeVerb => "before-verb",
            Via::Source => "source",
            Via::Label => "label",
            Via::Heading => "heading",
            Via::TextSource => "text-source",
            Via::Scripture => "scripture",
            Via::Inside => "inside",
            Via::MainClause => "main-clause",
            Via::SharedSubject => "shared-subject",
            Via::Antecedent => "antecedent",
            Via::Contrast => "contrast",
            Via::PronounPhrase => "pronoun-phrase",
            Via::ApposedName => "apposed-name",
            Via::HolderAfterPost => "holder-after-post",
            Via::EarlierTitle => "earlier-title",
            Via::Epithet => "epithet",
            Via::RoleAnaphor => "role-anaphor",
            Via::EponymHolder => "eponym-holder",
            Via::Introduced => "introduced",
            Via::NoSubject => "no-subject",
            Via::ContinuedSameSentence => "continued-same-sentence",
            Via::ContinuedSameParagraph => "continued-same-paragraph",
            Via::ContinuedEarlierParagraph => "continued-earlier-paragraph",
            Via::ContinuedFar => "continued-far",
            Via::ContinuedPastAdjunct => "continued-past-adjunct",
            Via::AfterQuote => "after-quote",
            Via::OpenQuote => "open-quote",
            Via::SpeechParagraph => "speech-paragraph",
            Via::ListItem => "list-item",
            Via::PostNamedNext => "post-named-next",
            Via::RestatedPost => "restated-post",
            Via::RepeatedQuote => "repeated-quote",
            Via::DescribingClause => "describing-clause",
            Via::SentenceSource => "sentence-source",
        }
    }

    /// True when the speaker was carried over from an earlier reporting clause or paragraph
    /// rather than read at the quotation's own cue: the continuity steps, a paragraph of speech
    /// between two of the same statement, and a pronoun pointing back at the person named last.
    pub fn carried(self) -> bool {
        matches!(
            self,
            Via::ContinuedSameParagraph
                | Via::ContinuedEarlierParagraph
                | Via::ContinuedFar
                | Via::ContinuedPastAdjunct
                | Via::Introduced
                | Via::SpeechParagraph
                | Via::ListItem
                | Via::PronounPhrase
        )
    }

    /// [`Via::AfterVerb`] when the speaker phrase (byte range `speaker`) starts at or after the
    /// cue's start (byte `cue`), [`Via::BeforeVerb`] when it stands before it.
    fn at_cue(speaker: Option<&Range<usize>>, cue: usize) -> Via {
        match speaker {
            Some(r) if r.start < cue => Via::BeforeVerb,
            _ => Via::AfterVerb,
        }
    }
}

impl Attribution {
    /// The attribution of a reporting clause whose attributing words lie at byte range `cue` and
    /// whose speaker the reader gave as `speaker` (`None`: unclear), found by step `via`.
    fn of(cue: Range<usize>, speaker: Option<speaker::Named>, via: Via) -> Attribution {
        Attribution {
            cue,
            anonymous: speaker.as_ref().is_some_and(|n| n.anonymous),
            person: speaker.as_ref().and_then(|n| n.name.clone()),
            speaker: speaker.map(|n| (n.range, n.text)),
            via,
        }
    }

    /// The attribution of a reporting clause at byte range `cue` whose speaker the reader read at
    /// the cue itself (`None`: unclear): [`Via::AfterVerb`] or [`Via::BeforeVerb`] by where the
    /// speaker phrase stands.
    fn at_cue(cue: Range<usize>, speaker: Option<speaker::Named>) -> Attribution {
        let via = Via::at_cue(speaker.as_ref().map(|n| &n.range), cue.start);
        Attribution::of(cue, speaker, via)
    }

    /// The earlier mention (byte range, half-open) a post in the speaker phrase refers back to
    /// ([`Attribution::person`] when it lies outside the phrase); `None` when the phrase names
    /// the person itself, holds no name, or the speaker is unclear.
    pub fn referred_person(&self) -> Option<Range<usize>> {
        let (r, _) = self.speaker.as_ref()?;
        self.person.clone().filter(|p| !r.contains(&p.start))
    }
}

/// What a quotation is, which decides whether it is listed with a speaker and whether
/// `unattributed-quote` may fire on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum QuoteForm {
    /// A person's or a body's words, whole. Listed; `unattributed-quote` fires when it has no
    /// attribution.
    Speech,
    /// A fragment of someone's words inside a sentence about them (وصف الوضع بـ«الكارثي»). Listed
    /// with its speaker; never flagged.
    Partial,
    /// Quoted text: lyrics, a legal article, an excerpt, a proverb. Listed with its source when the
    /// text gives one; never flagged.
    Text,
    /// A name or title (plan, campaign, programme, book, film, shop, slogan, label), a term or a
    /// scare quote. Not listed, no speaker.
    #[default]
    Name,
}

/// One quotation.
#[derive(Clone, Debug)]
pub struct Quote {
    /// Byte range (half-open) from the opening mark to after the closing mark (or the paragraph end
    /// when unclosed).
    pub range: Range<usize>,
    /// Byte range of the text between the marks.
    pub inner: Range<usize>,
    /// Kind of marks.
    pub kind: MarkKind,
    /// True when the closing mark was found.
    pub closed: bool,
    /// True when the span reads as speech (not a name, title or scare quote): `form` is
    /// [`QuoteForm::Speech`].
    pub speech: bool,
    /// What the quotation is.
    pub form: QuoteForm,
    /// Number of words inside.
    pub words: usize,
    /// The attribution, when one was found (speech only).
    pub attribution: Option<Attribution>,
    /// True when this quotation continues one left open in the previous paragraph.
    pub continuation: bool,
    /// True when it was left open at the end of its paragraph and continued in the next.
    pub continues: bool,
    /// For quoted text introduced by a noun of text (المثل، كلمات الأغنية، المادة 12), the index in
    /// `doc.words` of that noun.
    pub source: Option<usize>,
    /// For a partial quote, the index in `doc.words` of the verb of speech or stance of its
    /// sentence (رحب، اعتبر، وصف، هذا ما أعلنه).
    pub stance: Option<usize>,
}

/// A quotation mark that pairs with nothing, or a guillemet used the wrong way round (»...» or
/// «...«), which pairs by its shape but is still a wrong mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StrayMark {
    /// Byte offset of the mark.
    pub at: usize,
    /// The mark.
    pub mark: char,
    /// True for an opening mark never closed (or used as a closing one), false for a closing mark
    /// never opened (or used as an opening one).
    pub opening: bool,
}

/// The quotations of a document.
#[derive(Clone, Debug, Default)]
pub struct Quotes {
    /// Quotations in order of their opening mark.
    pub quotes: Vec<Quote>,
    /// Marks that pair with nothing.
    pub stray: Vec<StrayMark>,
}

/// Pairs the marks and classifies and attributes every quotation of the document.
pub fn extract(cx: &Context) -> Quotes {
    extract_with(cx, &[])
}

/// Like [`extract`], with the byte ranges (sorted) of the people's names the name detector found,
/// so that a quotation introduced by a pronoun (ونقلت عنه قوله) or continuing a speaker's turn
/// (وأضاف: «...») is credited to the person last named.
pub fn extract_with(cx: &Context, persons: &[Range<usize>]) -> Quotes {
    let text = cx.doc.prose();
    let mut out = Quotes::default();
    let mut carry: Option<MarkKind> = None;
    for (pi, para) in cx.doc.paragraphs.iter().enumerate() {
        let body = text.get(para.clone()).unwrap_or("");
        let mut pairing = Pairing {
            body,
            start: para.start,
            // With an odd number of ASCII marks one of them pairs with nothing, so their shape
            // decides.
            odd_straight: body.matches('"').count() % 2 == 1,
            stack: Vec::new(),
            continuation_open: None,
        };
        // Only the characters a mark can start with are looked at, in order (every other
        // character is no mark: `tests::every_mark_starts_with_a_byte_looked_for`). The bytes
        // looked for are ASCII or UTF-8 lead bytes, so `off` is a char boundary.
        for off in
            memchr::memchr3_iter(MARK_LEADS[0], MARK_LEADS[1], MARK_LEADS[2], body.as_bytes())
        {
            if let Some(c) = body.get(off..).and_then(|s| s.chars().next()) {
                pairing.mark(off, c, &mut carry, &mut out);
            }
        }
        carry = pairing.close_at_paragraph_end(cx, pi, para.end, &mut out);
    }
    out.quotes = drop_nested(std::mem::take(&mut out.quotes));
    for q in &mut out.quotes {
        q.words = cx.doc.words_in(q.inner.clone()).iter().count();
    }
    kind::classify_with(cx, &mut out.quotes, cx.cue_reads_of(persons));
    continuity::attribute(cx, &mut out.quotes, persons);
    credit_describing_clause(cx, &mut out.quotes, persons);
    credit_headline_person_labels(cx, &mut out.quotes, persons);
    credit_labels(cx, &mut out.quotes, persons);
    credit_headline_labels(cx, &mut out.quotes, persons);
    credit_stance(cx, &mut out.quotes, persons);
    credit_headings(cx, &mut out.quotes, persons);
    credit_sources(cx, &mut out.quotes);
    credit_scripture(cx, &mut out.quotes);
    speaker_checks::unclear_after_preposition(cx, &mut out.quotes, persons);
    speaker_checks::unnamed_source_anaphor(cx, &mut out.quotes);
    speaker_checks::partitive_group(cx, &mut out.quotes);
    out
}

/// The pairing of the quotation marks of one paragraph.
struct Pairing<'t> {
    /// The paragraph's prose.
    body: &'t str,
    /// Byte offset of the paragraph in the document.
    start: usize,
    /// True when the paragraph has an odd number of ASCII marks (one of them pairs with nothing).
    odd_straight: bool,
    /// The marks open: (kind, byte offset, mark).
    stack: Vec<(MarkKind, usize, char)>,
    /// Byte offset of the mark that opens the paragraph and continues a quotation carried from
    /// the previous one.
    continuation_open: Option<usize>,
}

impl Pairing<'_> {
    /// Reads the character `c` at byte `off` of the paragraph: a mark opens or closes a
    /// quotation (pushed to `out.quotes`) or is stray (`out.stray`); `carry` is the kind of a
    /// quotation carried from the previous paragraph, cleared when this mark closes it.
    fn mark(&mut self, off: usize, c: char, carry: &mut Option<MarkKind>, out: &mut Quotes) {
        let Some((kind, dir)) = mark_kind(c) else {
            return;
        };
        let body = self.body;
        let at = self.start + off;
        let top_same = self.stack.iter().rposition(|(k, _, _)| *k == kind);
        let closes = match dir {
            // A « glued to the word before it and followed by a space closes the one open (a
            // reversed mark: «...«).
            Some(true) => top_same.is_some() && closer_shaped(body, off, c),
            // A » with none open, glued to the word after it, opens (a reversed mark: »...»).
            Some(false) => top_same.is_some() || !opener_shaped(body, off, c),
            None if self.odd_straight && c == '"' && opener_shaped(body, off, c) => false,
            None if top_same.is_none() && *carry == Some(kind) && kind == MarkKind::Straight => {
                straight_closes_carried(body, off)
            }
            None => top_same.is_some(),
        };
        // A guillemet used the wrong way round still pairs, and is still reported.
        if dir.is_some() && closes == dir.unwrap_or(false) {
            out.stray.push(StrayMark {
                at,
                mark: c,
                opening: dir == Some(true),
            });
        }
        if closes {
            self.close(off, c, kind, top_same, carry, out);
        } else {
            if self.stack.is_empty()
                && *carry == Some(kind)
                && body.get(..off).is_some_and(|b| b.trim().is_empty())
            {
                self.continuation_open = Some(at);
            }
            self.stack.push((kind, at, c));
        }
    }

    /// The closing mark `c` of `kind` at byte `off` of the paragraph: closes the last one of its
    /// kind open (`top_same`, an index into the stack; what was opened inside it and never
    /// closed is stray), else a quotation carried from the previous paragraph (`carry`, cleared)
    /// when it is the paragraph's first mark of its kind; else it is stray.
    fn close(
        &mut self,
        off: usize,
        c: char,
        kind: MarkKind,
        top_same: Option<usize>,
        carry: &mut Option<MarkKind>,
        out: &mut Quotes,
    ) {
        let at = self.start + off;
        if let Some(pos) = top_same {
            // Anything opened inside and never closed is stray.
            for (_, o, m) in self.stack.drain(pos + 1..) {
                out.stray.push(StrayMark {
                    at: o,
                    mark: m,
                    opening: true,
                });
            }
            let Some((_, open_at, open_mark)) = self.stack.pop() else {
                return;
            };
            let close_end = at + c.len_utf8();
            let cont = self.continuation_open == Some(open_at);
            out.quotes.push(new_quote(
                open_at,
                open_mark.len_utf8(),
                at,
                close_end,
                kind,
                true,
                cont,
            ));
        } else if *carry == Some(kind) && off == first_mark_offset(self.body, kind) {
            // Closes a quotation carried from the previous paragraph. No opening mark in this
            // paragraph: the text starts at the paragraph.
            out.quotes.push(new_quote(
                self.start,
                0,
                at,
                at + c.len_utf8(),
                kind,
                true,
                true,
            ));
            *carry = None;
        } else {
            out.stray.push(StrayMark {
                at,
                mark: c,
                opening: false,
            });
        }
    }

    /// The marks left open at the end (byte `para_end`) of paragraph `pi`: the outermost one, alone,
    /// continues into the next paragraph when that one reopens or closes it (a quotation up to
    /// the paragraph's end); any other is stray, and its quotation is still listed, running to
    /// where the words most likely end. Returns the kind of the quotation carried on, if any.
    fn close_at_paragraph_end(
        self,
        cx: &Context,
        pi: usize,
        para_end: usize,
        out: &mut Quotes,
    ) -> Option<MarkKind> {
        let text = cx.doc.prose();
        let mut carry = None;
        let next_opens = cx.doc.paragraphs.get(pi + 1).map(|n| {
            let t = text.get(n.clone()).unwrap_or("").trim_start();
            let first = t.chars().next();
            first
                .and_then(mark_kind)
                .map(|(k, d)| (k, d != Some(false)))
        });
        let stack = &self.stack;
        for (i, (kind, open_at, m)) in stack.iter().enumerate() {
            let outermost_last = i == 0 && stack.len() == 1;
            let continued =
                outermost_last && matches!(next_opens, Some(Some((k, true))) if k == *kind);
            // A quotation also continues when the next paragraph closes it without reopening.
            let closed_next = outermost_last
                && !continued
                && next_para_closes(text, cx.doc.paragraphs.get(pi + 1), *kind);
            if continued || closed_next {
                let mut q = new_quote(
                    *open_at,
                    m.len_utf8(),
                    para_end,
                    para_end,
                    *kind,
                    false,
                    self.continuation_open == Some(*open_at),
                );
                q.continues = true;
                out.quotes.push(q);
                carry = Some(*kind);
            } else {
                out.stray.push(StrayMark {
                    at: *open_at,
                    mark: *m,
                    opening: true,
                });
                // The writer forgot the closing mark: the quotation is still listed, its text
                // running to where the words most likely end. A mark with no word after it in its
                // paragraph (a closing mark whose opening one is missing, «…الأوسط".») quotes
                // nothing: it stays a stray mark and no quotation.
                let start = open_at + m.len_utf8();
                let end = unclosed_end(cx, start, para_end);
                if !text
                    .get(start..end)
                    .is_some_and(|t| t.chars().any(char::is_alphanumeric))
                {
                    continue;
                }
                out.quotes.push(new_quote(
                    *open_at,
                    m.len_utf8(),
                    end,
                    end,
                    *kind,
                    false,
                    false,
                ));
            }
        }
        carry
    }
}

/// Scripture: a quotation whose reporting verb is followed by an epithet of God standing for His
/// name (قال تعالى، يقول سبحانه، قال عز وجل) quotes the Quran. It is quoted text, never flagged, and
/// its source is God, named by the epithet (shown as «الله تعالى»), whatever the reader took for a
/// subject before the verb.
fn credit_scripture(cx: &Context, quotes: &mut [Quote]) {
    for q in quotes.iter_mut() {
        let Some(at) = q.attribution.as_mut() else {
            continue;
        };
        let i = cx.doc.word_index_at(at.cue.start);
        let Some(next) = cx.doc.words.get(i + 1) else {
            continue;
        };
        if next.end() > q.range.start
            || cx
                .doc
                .prose()
                .get(at.cue.end..next.start())
                .is_none_or(|g| !g.trim().is_empty())
        {
            continue;
        }
        // The epithet, and the verb of the two-word one (عز وجل، جل جلاله).
        let second = cx.doc.words.get(i + 2).map(|w| w.plain.as_str());
        let end = match (next.plain.as_str(), second) {
            ("تعالى" | "سبحانه" | "تبارك", _) => next.end(),
            ("عز", Some("وجل")) | ("جل", Some("جلاله" | "شأنه")) => {
                cx.doc.words[i + 2].end()
            }
            _ => continue,
        };
        let Some(epithet) = cx.doc.prose().get(next.start()..end) else {
            continue;
        };
        at.speaker = Some((next.start()..end, format!("الله {epithet}")));
        at.via = Via::Scripture;
        q.form = QuoteForm::Text;
        q.speech = false;
    }
}

/// A short quotation (one to three words) in the headline (the document's first paragraph) set
/// right after a label that names a person and a colon (كوفالسكي: "..."، نيزك في آدرار..
/// فلان: "...") is that person's speech, whatever its words: a headline puts the speaker's name
/// and a colon in place of a reporting verb, so a span too short to read as speech by its shape
/// is the named person's words. The label is read as [`speaker::label_before_colon`] does and
/// must hold a name (a post alone, a body or a work noun before the colon leaves the span as it
/// was read).
fn credit_headline_person_labels(cx: &Context, quotes: &mut [Quote], persons: &[Range<usize>]) {
    let Some(head_end) = cx.doc.paragraphs.first().map(|p| p.end) else {
        return;
    };
    for q in quotes.iter_mut() {
        if q.range.start >= head_end {
            break;
        }
        if matches!(q.form, QuoteForm::Speech | QuoteForm::Partial)
            || !q.closed
            || !(1..4).contains(&q.words)
        {
            continue;
        }
        let Some(n) = speaker::label_before_colon(cx, persons, q.range.start) else {
            continue;
        };
        if n.name.is_none() {
            continue;
        }
        q.form = QuoteForm::Speech;
        q.speech = true;
        q.attribution = Some(Attribution::of(n.range.clone(), Some(n), Via::Label));
    }
}

/// Speech no reporting clause attributes, introduced by a speaker's name or title and a colon
/// alone (وزير الطاقة: «...»), is that speaker's ([`speaker::label_before_colon`]). A label that
/// opens its line (a list of reactions after «على النحو التالي:») names the speaker of its line
/// even when a cue before the list gave the words to another: each line of such a list is headed
/// by its own speaker.
fn credit_labels(cx: &Context, quotes: &mut [Quote], persons: &[Range<usize>]) {
    for q in quotes.iter_mut() {
        if q.form != QuoteForm::Speech {
            continue;
        }
        if let Some(n) = speaker::label_before_colon(cx, persons, q.range.start)
            && (q.attribution.is_none() || opens_line(cx, n.range.start))
        {
            q.attribution = Some(Attribution::of(n.range.clone(), Some(n), Via::Label));
        }
    }
}

/// Speech in the headline (the document's first paragraph) set under a label and a colon with no
/// person's name in it (وأصحاب المخابز: "..."، والمؤلف: "...": [`speaker::headline_label`], or a
/// post the speaker reader read alone, [`speaker::label_before_colon`]) is the words of that
/// label's party: of the speaker the body gives for the same words when it quotes them again in a
/// longer quotation (the headline sets out the body's words in short), else of the one person the
/// body names with the label's post ([`speaker::label_post_holder`]: «المؤلف (فلان الفلاني)»),
/// else of the label as written.
fn credit_headline_labels(cx: &Context, quotes: &mut [Quote], persons: &[Range<usize>]) {
    let Some(head_end) = cx.doc.paragraphs.first().map(|p| p.end) else {
        return;
    };
    let heads = quotes.partition_point(|q| q.range.start < head_end);
    let wanted = |q: &Quote| {
        q.form == QuoteForm::Speech
            && q.attribution.as_ref().is_none_or(|a| {
                a.via == Via::Label && a.person.is_none() && !a.anonymous && a.speaker.is_some()
            })
    };
    if !quotes[..heads].iter().any(wanted) {
        return;
    }
    let snapshot: Vec<Quote> = quotes.to_vec();
    for q in quotes[..heads].iter_mut() {
        if !wanted(q) {
            continue;
        }
        let again = snapshot
            .iter()
            .filter(|o| o.range != q.range && o.words > q.words && kind::words_said_again(cx, q, o))
            .find_map(|o| o.attribution.as_ref().filter(|a| a.speaker.is_some()));
        if let Some(a) = again {
            q.attribution = Some(Attribution {
                via: Via::RepeatedQuote,
                ..a.clone()
            });
            continue;
        }
        let label = speaker::headline_label(cx, persons, q.range.start);
        let holder = label
            .as_ref()
            .filter(|(words, _)| words.len() == 1)
            .and_then(|(words, _)| speaker::label_post_holder(cx, persons, words.start));
        let holder_name = holder.as_ref().and_then(|h| cx.doc.source.get(h.clone()));
        match (q.attribution.as_mut(), label) {
            // A post the reader read: its holder, when the body names one.
            (Some(a), _) => {
                if let (Some((_, text)), Some(name)) = (a.speaker.as_mut(), holder_name) {
                    *text = format!("{text} ({name})");
                    a.person = holder;
                }
            }
            (None, Some((_, label))) => {
                let Some(text) = cx.doc.source.get(label.clone()) else {
                    continue;
                };
                let shown = match holder_name {
                    Some(name) => format!("{text} ({name})"),
                    None => text.to_string(),
                };
                q.attribution = Some(Attribution {
                    cue: label.clone(),
                    speaker: Some((label, shown)),
                    anonymous: false,
                    person: holder,
                    via: Via::Label,
                });
            }
            (None, None) => {}
        }
    }
}

/// True when byte offset `at` of the prose opens its line: only spaces stand between it and the
/// line break before it (or the start of the text).
fn opens_line(cx: &Context, at: usize) -> bool {
    let prose = cx.doc.prose();
    let before = prose.get(..at).unwrap_or("");
    let line = before.rsplit('\n').next().unwrap_or(before);
    line.trim().is_empty()
}

/// A partial quote no reporting clause attributes is the words of the subject of the verb of
/// speech or stance it completes (رحبت الوزيرة «بأول إشارة إيجابية»، «...» هذا ما أعلنه فلان): the
/// subject after the verb, else before it; when neither is named it is attributed with its speaker
/// unclear, never left as unattributed.
fn credit_stance(cx: &Context, quotes: &mut [Quote], persons: &[Range<usize>]) {
    for q in quotes.iter_mut() {
        let Some(i) = q.stance.filter(|_| q.attribution.is_none()) else {
            continue;
        };
        let Some(verb) = cx.doc.words.get(i) else {
            continue;
        };
        // The subject stands between the verb and the quotation, or after the verb that follows
        // the quotation, up to the end of its clause.
        let limit = if verb.start() < q.range.start {
            cx.doc.word_index_at(q.range.start)
        } else {
            (i + 12).min(cx.doc.words.len())
        };
        let named = match speaker::subject_after(cx, persons, i + 1, limit) {
            speaker::Read::Named(n) => Some(n),
            speaker::Read::Pronoun => speaker::subject_before(cx, persons, i),
            speaker::Read::Unclear => None,
        };
        q.attribution = Some(Attribution::at_cue(verb.range(), named));
    }
}

/// A quotation that completes, with بـ or بأن(ه/ها/هم), a verb of description or stance
/// carrying an object pronoun whose own subject follows it (في خطوة وصفها محللون بأنها «...»،
/// بسبب ما وصفه نقاد بـ«...») is the words of that subject, not of the sentence's main speaker:
/// the verb with the resumptive pronoun heads its own clause, and بـ/بأن + quotation is that
/// verb's second complement, so the quotation reports the clause's subject. A subject that cannot
/// be named (an unknown word) leaves the speaker unclear; a clause with no subject of its own
/// (وصفها بأنها «...») changes nothing.
fn credit_describing_clause(cx: &Context, quotes: &mut [Quote], persons: &[Range<usize>]) {
    let prose = cx.doc.prose();
    for q in quotes.iter_mut() {
        if !matches!(q.form, QuoteForm::Speech | QuoteForm::Partial) {
            continue;
        }
        let o = cx.doc.word_index_at(q.range.start);
        let Some(c) = o.checked_sub(1) else { continue };
        let comp = &cx.doc.words[c];
        // بـ or بأن(ه/ها/هم/هما) right before the opening mark (only spaces or a tatweel between).
        let glued = prose
            .get(comp.end()..q.range.start)
            .is_some_and(|g| g.chars().all(|ch| ch.is_whitespace() || ch == 'ـ'));
        let is_comp = matches!(
            comp.plain.as_str(),
            "ب" | "بأن" | "بأنه" | "بأنها" | "بأنهم" | "بأنهما"
        );
        if !glued || !is_comp {
            continue;
        }
        // The verb, at most four words before the complement, with no punctuation in between.
        let Some(v) = (c.saturating_sub(5)..c)
            .rev()
            .find(|&k| describing_verb(cx, k))
        else {
            continue;
        };
        // No word between, or only a preposition with its pronoun (وصفته فيه بأنه): the subject
        // is in the verb, the clause names none of its own.
        // Only adverbs between (وصفها أمس بأنها) are no subject either, nor an adjunct opened by
        // a preposition (ووصفته في بيان بأنه): a subject after the verb comes before the adjunct.
        if v + 1 >= c
            || (v + 2 == c && preposition_with_pronoun(&cx.doc.words[v + 1].plain))
            || (v + 1..c).all(|k| speaker::adverb(cx, k))
            || continuity::fronted_preposition(cx, v + 1)
        {
            continue;
        }
        let clause_gap = prose
            .get(cx.doc.words[v].end()..comp.start())
            .is_none_or(|g| g.contains(['،', ',', '.', ':', '؛', '\n', '«', '»', '"', '“', '”']));
        if clause_gap {
            continue;
        }
        // The reader sees بأن(ه/ها) as the complementizer that ends the subject (a bare plural
        // right before it, نقاد بأنها, is a subject too); words it cannot read as a subject are
        // still the clause's own subject, so the speaker is unclear, never the main speaker.
        let named = match speaker::subject_after(cx, persons, v + 1, c + 1) {
            speaker::Read::Named(n) => Some(n),
            _ => match speaker::subject_after(cx, persons, v + 1, c) {
                speaker::Read::Named(n) => Some(n),
                _ => lone_subject(cx, persons, v + 1, c),
            },
        };
        let cue = cx.doc.words[v].start()..comp.end();
        q.attribution = Some(Attribution::of(cue, named, Via::DescribingClause));
    }
}

/// The one word `k` standing alone between a verb with an object pronoun and its بـ/بأن
/// complement (word `c`), when it is an ordinary noun of the lexicon (نقاد، الباحثون): with the
/// object in the pronoun and the second complement after it, that slot holds only the verb's
/// subject, an unnamed group or person (marked anonymous). `None` for an adverb, a function
/// word, a preposition with its pronoun, a word outside the lexicon or a longer gap.
fn lone_subject(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    c: usize,
) -> Option<speaker::Named> {
    use crate::analysis::names::{Lexical, ordinary_word_in};
    if k + 1 != c
        || speaker::adverb(cx, k)
        || speaker::function(cx, k)
        || speaker::prepositional(cx, persons, k)
    {
        return None;
    }
    let w = cx.doc.words.get(k)?;
    let plain = w.plain.as_str();
    let known = |p: &str| ordinary_word_in(cx, p) != Lexical::Unknown;
    if !(known(plain) || plain.strip_prefix("ال").is_some_and(known)) {
        return None;
    }
    Some(speaker::Named {
        range: w.range(),
        text: cx.doc.source.get(w.range())?.to_string(),
        anonymous: true,
        title_only: false,
        name: None,
    })
}

/// True when the plain word `plain` is a preposition carrying an attached pronoun (فيه، عنها،
/// لهم، عليه، إليها): a closed class, never a subject.
fn preposition_with_pronoun(plain: &str) -> bool {
    ["هما", "هم", "هن", "ها", "ه"].iter().any(|p| {
        plain.strip_suffix(p).is_some_and(|head| {
            matches!(
                head,
                "في" | "ل" | "ب" | "عن" | "من" | "علي" | "إلي" | "الي" | "مع" | "لدي" | "عند"
            )
        })
    })
}

/// True when word `k` is a verb of description or stance (`stance_verbs.txt`: وصف، سمى، اتهم
/// ...) carrying an object pronoun (وصفها، ووصفه، سماهم): without و/ف and the pronoun
/// ه/ها/هم/هما, a listed verb of at least three letters.
fn describing_verb(cx: &Context, k: usize) -> bool {
    let Some(w) = cx.doc.words.get(k) else {
        return false;
    };
    // The word as written, and without a conjunction (وصفها is وصف + ها, ووصفها و + وصفها).
    let key = w.key.as_str();
    let forms = [Some(key), key.strip_prefix(['و', 'ف'])];
    forms.into_iter().flatten().any(|bare| {
        ["هما", "هم", "ها", "ه"].iter().any(|p| {
            bare.strip_suffix(p).is_some_and(|v| {
                v.chars().count() >= 3
                    && crate::profile::quote_words::quote_words().is_stance_verb(v)
            })
        })
    })
}

/// A quotation standing alone as a subheading (a pull quote) that repeats a passage of the story
/// (`kind::repeated_at`) is the words of that passage: the speaker of the quotation holding it,
/// or nobody's when the passage is the story's own text. Any other is the words of the speaker the
/// paragraph under it reports first: the reporting clause of that paragraph's first sentence (its
/// speaker unclear when the clause names none). With no reporting clause there, it stays
/// unattributed. A quotation with no label whose only sign of a pull quote was that clause
/// (`kind::shown_pull_quote` false) is speech when the clause names no speaker.
fn credit_headings(cx: &Context, quotes: &mut [Quote], persons: &[Range<usize>]) {
    let snapshot: Vec<Quote> = quotes.to_vec();
    for q in quotes.iter_mut() {
        if q.attribution.is_some()
            || q.form != QuoteForm::Text
            || !kind::is_heading(cx, &snapshot, q)
        {
            continue;
        }
        // A pull quote that repeats a passage of the story has the words of that passage: its
        // quotation's speaker when the passage is quoted, else nobody's (the story's own words).
        let alone = kind::stands_alone(cx, q);
        let repeats = if alone {
            kind::repetitions(cx, &snapshot, q)
        } else {
            Vec::new()
        };
        if !repeats.is_empty() {
            // The quotations holding a repeated passage; the first with a speaker gives it.
            let holders = repeats
                .iter()
                .filter_map(|&at| kind::holder(&snapshot, q, at));
            let found: Vec<&Attribution> = holders.filter_map(|o| o.attribution.as_ref()).collect();
            q.attribution = found
                .iter()
                .find(|a| a.speaker.is_some())
                .or(found.first())
                .map(|&a| Attribution {
                    via: Via::RepeatedQuote,
                    ..a.clone()
                });
            continue;
        }
        // The first reporting cue of the first sentence of the paragraph under it.
        let Some((sentence, Some(i))) = cx
            .doc
            .paragraph_of(q.range.start)
            .and_then(|pi| kind::next_first_sentence(cx, &snapshot, pi))
        else {
            continue;
        };
        let len = usize::from(cx.lex.words[i].phrase.max(1));
        let last = (i + len - 1).min(cx.doc.words.len() - 1);
        let cue = cx.doc.words[i].start()..cx.doc.words[last].end();
        let named = match speaker::read_cue(cx, persons, i, sentence.end) {
            speaker::Read::Named(n) => Some(n),
            // No speaker named there (وتشير الأرقام، وتبلغ نسبة ...): the paragraph under it
            // does not introduce whose words these are, so a quotation standing alone that
            // nothing else shows to be a pull quote (it repeats nothing, as read above) is the
            // story's own speech.
            _ if alone && !kind::too_short_to_tell(q) => {
                q.form = QuoteForm::Speech;
                continue;
            }
            _ => None,
        };
        q.attribution = Some(Attribution::of(cue, named, Via::Heading));
    }
}

/// Quoted text introduced by a noun of text is credited to its source as the text gives it (كلمات
/// الأغنية، مقولة الإمام الأوزاعي، البند 73 من قانون ...): the noun phrase is the speaker, unless the
/// reporting clause already names a speaker at or after that noun (كما يقول الشاعر أحمد شوقي) or
/// the noun stands alone (شدد على القول «...»: the subject of the verb said it).
fn credit_sources(cx: &Context, quotes: &mut [Quote]) {
    let snapshot: Vec<(Range<usize>, QuoteForm)> =
        quotes.iter().map(|q| (q.range.clone(), q.form)).collect();
    for q in quotes.iter_mut() {
        let Some(k) = q.source else { continue };
        let Some(noun) = cx.doc.words.get(k) else {
            continue;
        };
        let named_after = q.attribution.as_ref().is_some_and(|a| {
            a.speaker
                .as_ref()
                .is_some_and(|(r, _)| r.start >= noun.start() && r.start < q.range.start)
        });
        if named_after || medium_of_named_speaker(cx, q, k) {
            continue;
        }
        // A bare noun (المقولة، القول، هذه الكلمات) says what the words are, not whose; a noun
        // followed by the quoted name of its work (أغنية «...») is named by it.
        // A noun after the quotation that takes it up names who repeats it, even alone (ردد
        // المحتجون هذا الهتاف).
        let after = noun.start() >= q.range.end;
        if let Some(sp) = kind::source_phrase(cx, k, q.range.start)
            .map(|sp| with_quoted_name(cx, &snapshot, sp, q.range.start))
            && (after || sp.1.split_whitespace().nth(1).is_some())
        {
            q.attribution = Some(Attribution {
                cue: noun.range(),
                speaker: Some(sp),
                anonymous: false,
                person: None,
                via: Via::TextSource,
            });
        }
    }
}

/// True when the noun of text at word `k` is governed by في written alone before it (وصفت فلانة
/// اللوحة، في نص ضمن الكتاب، بـ«...»، قال في كلمة «...») and the reporting clause of `q` already
/// names a speaker. Reason: a text noun after في says where the words were written or spoken, the
/// medium, while the clause's own subject is who wrote or spoke them.
fn medium_of_named_speaker(cx: &Context, q: &Quote, k: usize) -> bool {
    let named = q.attribution.as_ref().is_some_and(|a| a.speaker.is_some());
    named
        && k > 0
        && cx.doc.words[k - 1].key.as_str() == "في"
        && cx.doc.words[k - 1].end() <= cx.doc.words[k].start()
}

/// The source phrase `sp` (byte range, text) extended through the quoted name that follows it with
/// nothing but spaces between, or that it runs into (أغنية «يا ليل» for the noun أغنية), when that
/// name closes before byte `open`; `sp` unchanged otherwise. `quotes`: (range, form) of every quotation, in order.
fn with_quoted_name(
    cx: &Context,
    quotes: &[(Range<usize>, QuoteForm)],
    sp: (Range<usize>, String),
    open: usize,
) -> (Range<usize>, String) {
    // The name opens inside the phrase (the phrase may run over its words) or right after it.
    let k = quotes.partition_point(|(r, _)| r.start <= sp.0.start);
    let Some((r, QuoteForm::Name)) = quotes.get(k) else {
        return sp;
    };
    let spaces = r.start <= sp.0.end
        || cx
            .doc
            .prose()
            .get(sp.0.end..r.start)
            .is_some_and(|g| g.trim().is_empty());
    match cx.doc.source.get(sp.0.start..r.end) {
        Some(text) if spaces && r.end <= open => (sp.0.start..r.end, text.to_string()),
        _ => sp,
    }
}

/// True when the mark `c` at byte `off` of `body` is shaped like an opening mark: at the start or
/// after a space, a tatweel, an opening bracket or a colon, or after a one-letter proclitic (ب و ل
/// ف ك) that starts a word, and followed directly by a letter.
fn opener_shaped(body: &str, off: usize, c: char) -> bool {
    let before = body.get(..off).unwrap_or("");
    let mut back = before.chars().rev();
    let prev = back.next();
    let next = body
        .get(off + c.len_utf8()..)
        .and_then(|a| a.chars().next());
    let opens_word =
        |p: Option<char>| p.is_none_or(|p| p.is_whitespace() || matches!(p, 'ـ' | '(' | '[' | ':'));
    let lead = opens_word(prev)
        || (prev.is_some_and(|p| matches!(p, 'ب' | 'و' | 'ل' | 'ف' | 'ك'))
            && opens_word(back.next()));
    lead && next.is_some_and(char::is_alphabetic)
}

/// True when the mark `c` at byte `off` of `body` is shaped like a closing mark: right after a
/// letter, a digit or a full stop, and followed by a space, punctuation or the end of the text.
fn closer_shaped(body: &str, off: usize, c: char) -> bool {
    let prev = body.get(..off).and_then(|b| b.chars().next_back());
    let next = body
        .get(off + c.len_utf8()..)
        .and_then(|a| a.chars().next());
    prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | '!' | '؟' | '?'))
        && next.is_none_or(|n| n.is_whitespace() || matches!(n, '.' | '،' | ',' | ':' | '؛'))
}

/// Where the text of a quotation whose closing mark is missing most likely ends: the byte offset
/// (exclusive, trailing spaces left out) of the first of these after `start` (the byte after its
/// opening mark) and before `para_end`: the next quotation mark, the end of the first sentence,
/// or a comma before a reporting cue (`... ، وأضاف`), where the narrator takes over again.
fn unclosed_end(cx: &Context, start: usize, para_end: usize) -> usize {
    let text = cx.doc.prose();
    let body = text.get(start..para_end).unwrap_or("");
    let mut end = body
        .char_indices()
        .find(|(_, c)| mark_kind(*c).is_some())
        .map_or(para_end, |(o, _)| start + o);
    if let Some(b) = sentence::first_break(text, start..end) {
        end = b;
    }
    let w0 = cx.doc.word_index_at(start);
    for i in w0..cx.doc.word_index_at(end) {
        let w = &cx.doc.words[i];
        if i > w0 && cx.lex.words[i].is_cue() {
            let gap_start = cx.doc.words[i - 1].end();
            if let Some(g) = text.get(gap_start..w.start())
                && let Some(o) = g.find(['،', ','])
            {
                end = gap_start + o;
                break;
            }
        }
    }
    // `end` is a char boundary: a mark, a terminator or a comma found in `text`, or `para_end`.
    start + text.get(start..end).map_or(0, |t| t.trim_end().len())
}

fn first_mark_offset(body: &str, kind: MarkKind) -> usize {
    body.char_indices()
        .find(|(_, c)| mark_kind(*c).is_some_and(|(k, _)| k == kind))
        .map_or(usize::MAX, |(o, _)| o)
}

/// True when the paragraph `next` (a byte range of the prose `text`; `None` past the last one)
/// closes a quotation of `kind` left open at the end of the paragraph before it without reopening
/// it: its first mark of that kind is a closing one (», ”, or an ASCII mark that
/// [`straight_closes_carried`] reads as closing).
fn next_para_closes(text: &str, next: Option<&Range<usize>>, kind: MarkKind) -> bool {
    let Some(n) = next else { return false };
    let body = text.get(n.clone()).unwrap_or("");
    for (off, c) in body.char_indices() {
        if let Some((k, d)) = mark_kind(c)
            && k == kind
        {
            return d == Some(false)
                || (d.is_none() && kind == MarkKind::Curly && c == '”')
                || (kind == MarkKind::Straight && straight_closes_carried(body, off));
        }
    }
    false
}

/// True when the ASCII mark at byte `off` of the paragraph `body` closes a quotation carried from
/// the paragraph before: it is the paragraph's first ASCII mark, the paragraph has an odd number
/// of them (one pairs with nothing inside it), and it is shaped like a closing mark (glued to the
/// word before it). Arabic copy often opens a long quotation in one paragraph and closes it in
/// the next without reopening it (`وأضاف: "... الأطراف.` then `أما ... المدنيين".`).
fn straight_closes_carried(body: &str, off: usize) -> bool {
    body.find('"') == Some(off)
        && body.matches('"').count() % 2 == 1
        && closer_shaped(body, off, '"')
}

/// Sorts quotations by their opening mark (the outer one first when two open at the same byte)
/// and drops every quotation that lies inside another: a quotation or quoted name nested in a
/// quotation (`«إن ما نشرته وكالة «سانا» غير دقيق»`) is part of the outer quotation's text.
fn drop_nested(mut quotes: Vec<Quote>) -> Vec<Quote> {
    quotes.sort_by_key(|q| (q.range.start, std::cmp::Reverse(q.range.end)));
    let mut kept: Vec<Quote> = Vec::with_capacity(quotes.len());
    for q in quotes {
        if kept.last().is_some_and(|o| q.range.end <= o.range.end) {
            continue;
        }
        kept.push(q);
    }
    kept
}

/// A quotation from the opening mark at byte `open` (`open_len` bytes long; 0 for a continuation
/// with no opening mark in its paragraph) to the closing mark at `close` (ending at `close_end`).
fn new_quote(
    open: usize,
    open_len: usize,
    close: usize,
    close_end: usize,
    kind: MarkKind,
    closed: bool,
    continuation: bool,
) -> Quote {
    let inner_start = (open + open_len).min(close);
    Quote {
        range: open..close_end,
        inner: inner_start..close,
        kind,
        closed,
        speech: false,
        form: QuoteForm::Name,
        words: 0,
        attribution: None,
        continuation,
        continues: false,
        source: None,
        stance: None,
    }
}

/// True when the bytes `a..b` lie inside the text of one of `quotes` (sorted by start). Looks at
/// the few quotations opening before `a` only, so the cost does not grow with the document.
pub(crate) fn inside_quote(quotes: &[Quote], a: usize, b: usize) -> bool {
    let k = quotes.partition_point(|q| q.inner.start <= a);
    quotes[..k]
        .iter()
        .rev()
        .take(4)
        .any(|q| q.inner.start <= a && b <= q.inner.end)
}

/// The quotation whose range contains byte `at`, if any.
pub fn quote_at(quotes: &[Quote], at: usize) -> Option<&Quote> {
    quotes
        .iter()
        .find(|q| q.range.start <= at && at < q.range.end.max(q.range.start + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Context;
    use crate::profile::Profile;
    use crate::text::{Document, Format};

    #[test]
    fn every_mark_starts_with_a_byte_looked_for() {
        let mut marks = 0;
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            if mark_kind(c).is_some() {
                let mut buf = [0; 4];
                let first = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(MARK_LEADS.contains(&first), "{c:?}");
                marks += 1;
            }
        }
        assert_eq!(marks, 8);
    }

    fn quotes_of(src: &str) -> Quotes {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        extract(&cx)
    }

    #[test]
    fn a_text_noun_after_fi_is_the_medium_of_the_named_speaker() {
        // Invented: في نص نشرته مجلة الفنون says where the critic wrote the words; she wrote them.
        let src = "افتتح المعرض أمس في عمان.\nوكانت الناقدة سلمى الأحمد قد وصفت اللوحة، في نص نشرته مجلة الفنون، بـ«الشاهد الصامت على المدينة».";
        let got = super::speaker::tests::speaker_names(src);
        assert!(
            got.last()
                .cloned()
                .flatten()
                .is_some_and(|s| s.contains("سلمى الأحمد")),
            "{got:?}"
        );
    }

    #[test]
    fn pairs_guillemets_and_curly_marks_in_any_orientation() {
        let q = quotes_of("قال «نص أول» ثم ”نص ثان“ و“ثالث“.");
        assert_eq!(q.quotes.len(), 3);
        assert!(q.stray.is_empty());
    }

    #[test]
    fn attributes_by_verb_before_and_after() {
        let q = quotes_of(
            "وأكد الوزير خالد الأحمد أن «الوضع تحت السيطرة تماماً الآن».\n«سنعيد بناء كل شيء قريباً جداً»، قال الوزير.",
        );
        assert!(q.quotes[0].attribution.is_some());
        let sp = q.quotes[0]
            .attribution
            .as_ref()
            .unwrap()
            .speaker
            .as_ref()
            .unwrap();
        assert_eq!(sp.1, "الوزير خالد الأحمد");
        assert!(q.quotes[1].attribution.is_some());
    }

    #[test]
    fn names_in_guillemets_are_not_speech() {
        let src = "ذكرت وكالة «سانا» أن صحيفة «الوطن الجديدة اليوم الصباحية» نشرت.";
        let q = quotes_of(src);
        // Both marked spans were seen, and neither is speech.
        let seen: Vec<(&str, bool)> = q
            .quotes
            .iter()
            .map(|q| (&src[q.inner.clone()], q.speech))
            .collect();
        assert_eq!(
            seen,
            [("سانا", false), ("الوطن الجديدة اليوم الصباحية", false)]
        );
    }

    #[test]
    fn multi_paragraph_quotation_continues() {
        let q = quotes_of(
            "وقال الوزير: «هذا أول سطر من كلام طويل\n«وهذا سطر ثان من الكلام نفسه حتى النهاية»",
        );
        assert!(q.stray.is_empty(), "{:?}", q.stray);
        assert!(q.quotes.iter().all(|q| q.attribution.is_some()));
    }

    #[test]
    fn straight_quotation_closed_in_the_next_paragraph_continues() {
        // Opened in one paragraph and closed, without reopening, in the next: one quotation in
        // two parts, both attributed, and no mark reported.
        let src = "وقال المدير: \"سنفتتح الجسر الجديد في الربيع المقبل.\nأما الطريق الدائري فسيكتمل بعد عامين\".";
        let q = quotes_of(src);
        assert!(q.stray.is_empty(), "{:?}", q.stray);
        assert_eq!(q.quotes.len(), 2, "{:?}", q.quotes);
        let open = src.find('"').unwrap();
        let close = src.rfind('"').unwrap();
        let para2 = src.find('\n').unwrap() + 1;
        assert_eq!(q.quotes[0].range.start, open);
        assert!(q.quotes[0].continues);
        assert_eq!(q.quotes[1].range, para2..close + 1);
        assert!(q.quotes.iter().all(|q| q.attribution.is_some()));
        assert_eq!(quote_rules(src), vec![]);
        // The next paragraph's mark opens a quotation of its own (glued to the word after it):
        // the first one is never closed and is still reported.
        let src = "وقال المدير: \"سنفتتح الجسر الجديد في الربيع المقبل.\nوأضاف أن \"الطريق سيكتمل بعد عامين.";
        let open = src.find('"').unwrap();
        assert!(
            quote_rules(src).contains(&("unbalanced-quote", open..open + 1)),
            "{:?}",
            quote_rules(src)
        );
    }

    fn rules_of(src: &str) -> Vec<(&'static str, Range<usize>)> {
        crate::analysis::analyze_text(src, Format::Plain, &Profile::embedded())
            .findings
            .into_iter()
            .map(|f| (f.rule, f.range))
            .collect()
    }

    fn quote_rules(src: &str) -> Vec<(&'static str, Range<usize>)> {
        rules_of(src)
            .into_iter()
            .filter(|(r, _)| r.ends_with("-quote"))
            .collect()
    }

    #[test]
    fn nested_quotation_belongs_to_the_outer_one() {
        // Regression (issue 10): the inner quoted name made the pairing slice backwards.
        let src = "وقال الوزير: «إن ما نشرته وكالة «سانا» غير دقيق على الإطلاق».";
        let q = quotes_of(src);
        assert_eq!(q.quotes.len(), 1, "{:?}", q.quotes);
        assert!(q.stray.is_empty());
        let open = src.find('«').unwrap();
        let close = src.rfind('»').unwrap();
        let quote = &q.quotes[0];
        assert_eq!(quote.range, open..close + '»'.len_utf8());
        assert_eq!(quote.inner, open + 2..close);
        assert!(quote.closed && quote.speech);
        let speaker = &quote
            .attribution
            .as_ref()
            .unwrap()
            .speaker
            .as_ref()
            .unwrap()
            .1;
        assert_eq!(speaker, "الوزير");
        assert_eq!(quote_rules(src), vec![]);
    }

    #[test]
    fn nested_guillemets_and_mixed_marks_are_one_quotation() {
        let src = "«أ «ب» ج»";
        let q = quotes_of(src);
        assert_eq!(q.quotes.len(), 1);
        assert_eq!(q.quotes[0].range, 0..src.len());
        assert_eq!(q.quotes[0].inner, 2..src.len() - 2);
        assert!(q.stray.is_empty());
        assert_eq!(quote_rules(src), vec![]);

        let src = "\"«أ»\"";
        let q = quotes_of(src);
        assert_eq!(q.quotes.len(), 1);
        assert_eq!(q.quotes[0].kind, MarkKind::Straight);
        assert_eq!(q.quotes[0].range, 0..src.len());
        assert_eq!(q.quotes[0].inner, 1..src.len() - 1);
        assert_eq!(quote_rules(src), vec![]);
    }

    #[test]
    fn same_curly_mark_opens_and_closes() {
        // Regression (issue 10): the inner text started two bytes after a three-byte mark.
        let src = "“التحالف“";
        let q = quotes_of(src);
        assert_eq!(q.quotes.len(), 1);
        assert_eq!(q.quotes[0].range, 0..src.len());
        assert_eq!(q.quotes[0].inner, 3..src.len() - 3);
        assert_eq!(q.quotes[0].words, 1);
        assert!(!q.quotes[0].speech);
        assert_eq!(quote_rules(src), vec![]);
        let src = "قال «نص» و‹اسم› و„كلمة“.";
        let q = quotes_of(src);
        let inner: Vec<&str> = q.quotes.iter().map(|q| &src[q.inner.clone()]).collect();
        assert_eq!(inner, ["نص", "اسم", "كلمة"]);
    }

    #[test]
    fn title_word_overlapping_the_name() {
        // Regression (issue 10): a title word ending after the name's start sliced backwards.
        let src = "رئيس\"کرئيس\"تابع";
        let q = quotes_of(src);
        assert_eq!(q.quotes.len(), 1);
        assert_eq!(q.quotes[0].range, 8..20);
        assert_eq!(q.quotes[0].inner, 9..19);
        assert!(!q.quotes[0].speech);
        assert!(
            rules_of(src).contains(&("lookalike-letter", 9..11)),
            "{:?}",
            rules_of(src)
        );
        assert_eq!(quote_rules(src), vec![]);

        let src = "«وزیر وزير ووزير»مؤكدا";
        let q = quotes_of(src);
        assert_eq!(q.quotes.len(), 1);
        let close = src.find('»').unwrap();
        assert_eq!(q.quotes[0].range, 0..close + 2);
        assert_eq!(q.quotes[0].words, 3);
        assert!(!q.quotes[0].speech);
        assert!(
            rules_of(src).contains(&("lookalike-letter", 6..8)),
            "{:?}",
            rules_of(src)
        );
        assert_eq!(quote_rules(src), vec![]);
    }

    #[test]
    fn a_quotation_whose_closing_mark_is_missing_is_still_listed() {
        // The closing mark is missing: the words end at the first full stop, the mark stays stray
        // and the quotation is not flagged as unattributed on top of it.
        let src = "وقال وزير المالية سامي النجار: «إن الموازنة الجديدة تحمي الفقراء من الغلاء. وأضاف أن العجز سيتراجع.";
        let q = quotes_of(src);
        let open = src.find('«').unwrap();
        let stop = src.find('.').unwrap();
        assert_eq!(q.quotes.len(), 1, "{:?}", q.quotes);
        assert_eq!(q.quotes[0].range, open..stop);
        assert!(!q.quotes[0].closed && q.quotes[0].speech);
        let who = q.quotes[0]
            .attribution
            .as_ref()
            .and_then(|a| a.speaker.clone());
        assert_eq!(
            who.map(|s| s.1).as_deref(),
            Some("وزير المالية سامي النجار")
        );
        assert_eq!(q.stray.len(), 1);
        assert_eq!(
            quote_rules(src),
            vec![("unbalanced-quote", open..open + '«'.len_utf8())]
        );
        // Before a comma and a reporting cue the narrator speaks again; a later quotation starts
        // at its own mark.
        let src =
            "وأضاف المحلل \"هذه قرارات لا قيمة لها، وتابع \"أغلب من نالوا الرتب مطلوبون للقضاء\".";
        let q = quotes_of(src);
        let first = src.find('"').unwrap();
        let comma = src.find('،').unwrap();
        let second = src[first + 1..].find('"').unwrap() + first + 1;
        let ranges: Vec<Range<usize>> = q.quotes.iter().map(|q| q.range.clone()).collect();
        assert_eq!(ranges, vec![first..comma, second..src.len() - 1]);
        assert!(!q.quotes[0].closed && q.quotes[1].closed);
    }

    #[test]
    fn a_mark_with_no_word_after_it_quotes_nothing() {
        // Written for this test: the opening mark is missing, and the straight closing mark at the
        // paragraph's end (read as opening, since none is open) has no word after it.
        let src = "وقال الوزير إن الموازنة الجديدة تحمي الفقراء\".\n\nوأضاف أن العجز سيتراجع.";
        let q = quotes_of(src);
        assert!(q.quotes.is_empty(), "{:?}", q.quotes);
        let at = src.find('"').unwrap();
        assert_eq!(q.stray.len(), 1);
        assert_eq!(q.stray[0].at, at);
        assert_eq!(quote_rules(src), vec![("unbalanced-quote", at..at + 1)]);
    }

    #[test]
    fn reversed_guillemets_pair_by_their_shape() {
        // »...»: a closing guillemet glued to the next word opens when none is open.
        let src = "وندد الوزير بـ»الهجوم الجبان» على المدرسة.";
        let q = quotes_of(src);
        assert_eq!(q.quotes.len(), 1);
        assert_eq!(&src[q.quotes[0].inner.clone()], "الهجوم الجبان");
        // The reversed mark is still reported as a closing mark with no opening one.
        let first = src.find('»').unwrap();
        assert_eq!(
            q.stray,
            vec![StrayMark {
                at: first,
                mark: '»',
                opening: false
            }]
        );
        // «...«: an opening guillemet glued to the word before closes the one open.
        let src = "ووصف الوزير الوضع بأنه «كارثي« في الجنوب.";
        let q = quotes_of(src);
        assert_eq!(q.quotes.len(), 1);
        assert_eq!(&src[q.quotes[0].inner.clone()], "كارثي");
        let last = src.rfind('«').unwrap();
        assert_eq!(
            q.stray,
            vec![StrayMark {
                at: last,
                mark: '«',
                opening: true
            }]
        );
    }

    #[test]
    fn paraphrase_paragraph_then_quote_is_unattributed() {
        let q = quotes_of(
            "وأضاف الوزير أن الحكومة ستعمل على ذلك.\n«لن نتراجع عن هذا القرار أبداً مهما حدث»",
        );
        assert!(q.quotes[0].speech);
        assert!(q.quotes[0].attribution.is_none());
    }
}
