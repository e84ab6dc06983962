//! The fact-check review sheet (`isnad report`): for each story, the credits found, every quotation
//! and who said it, the speakers, every name with all its spellings, the agencies and outlets
//! cited, the anonymous sources and the findings of every check by rule; for several stories, also
//! the names spelled differently across them.
//!
//! [`review`] runs the stories through the pipeline and [`build_each`] turns their analyses into a [`Report`], a plain serde-serializable model; [`markdown`],
//! [`json`] and [`html`] render it. Offsets in the model are UTF-8 byte offsets into the story as
//! read, half-open; lines and columns are 1-based, columns in Unicode scalar values. The JSON
//! schema is `docs/report.schema.json`.

pub mod guard;
pub mod html;
pub mod json;
pub mod markdown;
mod speakers;

use crate::analysis::names::across;
use crate::analysis::names::people::People;
use crate::analysis::names::{Entity, NameKind};
use crate::analysis::quotes::QuoteForm;
use crate::analysis::{Analysis, Lang, RULES, Severity, pipeline};
use crate::profile::Profile;
use crate::text::{Format, LineIndex, normalize};
use serde::Serialize;
use std::sync::Arc;

/// Version of the report's JSON shape; bumped on any incompatible change.
pub const VERSION: u32 = 1;

/// The whole review sheet.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Shape version ([`VERSION`]).
    pub version: u32,
    /// Language of the messages and labels (`en` or `ar`).
    pub lang: Lang,
    /// One entry per story, in the order the files were given (folders sorted).
    pub stories: Vec<Story>,
    /// Names spelled differently across stories (empty for one story).
    pub across: Vec<CrossNameRow>,
    /// Why an `isnad.toml` could not be used, one message per file in `lang` (its stories were
    /// reviewed with the default profile, not the newsroom's); empty, and left out of the JSON,
    /// when every configuration was read. Set by the caller that loaded the configurations.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub config_errors: Vec<String>,
}

/// One story's review.
#[derive(Clone, Debug, Serialize)]
pub struct Story {
    /// Path as given on the command line (or the folder joined with the file's path below it).
    pub path: String,
    /// Why the story could not be read; when set, every list below is empty.
    pub error: Option<String>,
    /// Story credits (dateline, credit line, byline, outlet tag, front-matter field).
    pub credits: Vec<CreditRow>,
    /// Quotations in order: speech, partial quotes and quoted text.
    pub quotes: Vec<QuoteRow>,
    /// Spans in quotation marks that are names or titles (agencies, papers, works, plans,
    /// slogans), terms or scare quotes.
    pub quoted_names: Vec<Span>,
    /// Speakers with their number of quotations, most quoted first.
    pub speakers: Vec<Speaker>,
    /// People, places and organisations with every spelling.
    pub names: Vec<Name>,
    /// Agencies and outlets cited, in order of first citation.
    pub agencies: Vec<AgencyRow>,
    /// Anonymous sources: the unnamed-sourcing phrases, and the speakers of quotations marked
    /// anonymous that no phrase covers, in text order ([`anonymous_ranges`]).
    pub anonymous: Vec<Span>,
    /// Findings of every check, grouped by rule (in the order of `isnad rules`).
    pub findings: Vec<RuleFindings>,
    /// True when the draft has no credit and too little prose to owe one (fewer than
    /// `missing_credit::STORY_WORDS` Arabic words: an empty draft, a note), as `missing-credit`
    /// judges it; written in JSON only when true.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub too_short_for_credit: bool,
}

/// A piece of the story: its text, line and byte range.
#[derive(Clone, Debug, Serialize)]
pub struct Span {
    /// The text as written.
    pub text: String,
    /// 1-based line of its start.
    pub line: usize,
    /// UTF-8 byte offset of its start.
    pub start: usize,
    /// UTF-8 byte offset just past its end (half-open).
    pub end: usize,
}

/// A story credit.
#[derive(Clone, Debug, Serialize)]
pub struct CreditRow {
    /// `dateline`, `credit-line`, `byline`, `outlet-tag` or `front-matter`.
    pub kind: &'static str,
    /// Where and what.
    #[serde(flatten)]
    pub span: Span,
}

/// A quotation listed on the sheet: speech, a partial quote or quoted text.
#[derive(Clone, Debug, Serialize)]
pub struct QuoteRow {
    /// The quotation from its opening mark; `text` holds its first words (at most eight, then …).
    #[serde(flatten)]
    pub span: Span,
    /// `speech` (a person's or a body's words, whole), `partial` (a fragment of someone's words
    /// inside a sentence about them) or `text` (lyrics, a legal article, an excerpt, a proverb).
    pub kind: &'static str,
    /// True when a reader can tell who said it.
    pub attributed: bool,
    /// The speaker as the attribution names it, when found (a given or family name written alone
    /// stays as written: putting it to the story's fuller name is a guess that named wrong words on
    /// held-out copy; the speakers and People tables give each person's fullest name).
    pub speaker: Option<String>,
    /// True when the speaker is an unnamed source (مصدر عسكري، شهود عيان).
    pub anonymous: bool,
    /// The attributing words (قال، مؤكداً، وفق ...); empty for a quotation that continues the one
    /// before or follows a cue and colon in the previous paragraph.
    pub cue: Option<String>,
    /// How the speaker was found, as a kebab-case step id (`after-verb`, `source`,
    /// `continued-same-paragraph` ...: [`crate::analysis::quotes::Via::id`]); `None` when the
    /// quotation is not attributed.
    pub via: Option<&'static str>,
    /// True when a speaker is named and was carried over from an earlier reporting clause or
    /// paragraph ([`crate::analysis::quotes::Via::carried`]): the sheet marks it "continued" for
    /// the editor to check. Not in the JSON (`via` says it).
    #[serde(skip)]
    pub carried: bool,
}

/// A speaker and how many quotations are theirs.
#[derive(Clone, Debug, Serialize)]
pub struct Speaker {
    /// The speaker: the person's fullest name the quotations or the story give (علي مملوك), else
    /// the preferred spelling of the family name (مملوك), else the words naming the speaker
    /// (وزير الخارجية). A family name two people of the story share, used alone, is shown as
    /// written, apart from both.
    pub name: String,
    /// Number of quotations.
    pub quotes: usize,
}

/// A spelling of a name and how often it is used.
#[derive(Clone, Debug, Serialize)]
pub struct Spelling {
    /// The spelling as a reader sees it (harakat and tatweel removed).
    pub text: String,
    /// Number of mentions.
    pub count: usize,
    /// True when it is not the preferred spelling.
    pub variant: bool,
}

/// A person, place or organisation of a story.
#[derive(Clone, Debug, Serialize)]
pub struct Name {
    /// `person`, `place` or `org`.
    pub kind: &'static str,
    /// The preferred spelling (house spelling, else the lexicon's standard one where it tells
    /// two spellings apart, else the most used, ties to the first:
    /// `names::across::preferred_spelling`).
    pub preferred: String,
    /// Every spelling, in order of first mention.
    pub spellings: Vec<Spelling>,
    /// Total number of mentions.
    pub mentions: usize,
    /// 1-based line of the first mention.
    pub line: usize,
    /// For a person, the name in full as the story gives it (given names and family name, as
    /// written: رنا الشكعة, its family name in the preferred spelling), when it gives more than
    /// the family name; written in JSON only then.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
}

/// An agency or outlet the story cites as a source (a credit, or named as the source of what it
/// reports; passing mentions are left out).
#[derive(Clone, Debug, Serialize)]
pub struct AgencyRow {
    /// Its short credit form (سانا، رويترز، أ ف ب).
    pub name: String,
    /// Number of citations.
    pub count: usize,
    /// 1-based lines of the citations, without repeats.
    pub lines: Vec<usize>,
    /// The forms the text writes it in (harakat, tatweel and inner runs of spaces removed), with
    /// their counts, in order of first citation: و م ع and وكالة المغرب العربي للأنباء for
    /// the row named لاماب. `variant` is always false: an agency's abbreviation and its full
    /// name are two ways of citing it, not a misspelling.
    pub written: Vec<Spelling>,
}

/// The findings of one rule in a story.
#[derive(Clone, Debug, Serialize)]
pub struct RuleFindings {
    /// Rule id.
    pub rule: &'static str,
    /// The findings, in text order.
    pub findings: Vec<FindingRow>,
}

/// One finding.
#[derive(Clone, Debug, Serialize)]
pub struct FindingRow {
    /// `error`, `warning`, `information` or `hint`.
    pub severity: Severity,
    /// The message in the report's language.
    pub message: String,
    /// The flagged text, its line and byte range.
    #[serde(flatten)]
    pub span: Span,
    /// 1-based column (Unicode scalar values) of its start.
    pub column: usize,
}

/// A name spelled differently across stories.
#[derive(Clone, Debug, Serialize)]
pub struct CrossNameRow {
    /// `person`, `place` or `org`.
    pub kind: &'static str,
    /// The folder's preferred spelling.
    pub preferred: String,
    /// Every spelling across the stories with its total count, most used first.
    pub spellings: Vec<Spelling>,
    /// The stories that use the name.
    pub stories: Vec<CrossStory>,
}

/// One story's use of a [`CrossNameRow`].
#[derive(Clone, Debug, Serialize)]
pub struct CrossStory {
    /// The story's path.
    pub path: String,
    /// The spelling the story uses most.
    pub main: String,
    /// Spellings in this story with their counts.
    pub spellings: Vec<Spelling>,
    /// 1-based line of the first mention of `main`.
    pub line: usize,
    /// True when `isnad check` flags this story's spelling (`name-variant`).
    pub flagged: bool,
}

/// One story to put in the report: its path, format and either its text and analysis or the
/// reason it could not be read.
pub struct StoryInput {
    /// Path as shown.
    pub path: String,
    /// Format the story was read as.
    pub format: Format,
    /// The text and its analysis, or why the file could not be read.
    pub content: Result<(String, Analysis), String>,
}

fn kind_str(k: NameKind) -> &'static str {
    k.as_str()
}

/// How many words of a quotation the Markdown and HTML sheets show (the JSON has it whole).
const QUOTE_WORDS: usize = 8;

/// The first `n` words of `s`, with … when cut; line breaks become spaces.
fn first_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > n {
        format!("{}…", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}

fn span(text: &str, lines: &LineIndex, r: std::ops::Range<usize>) -> Span {
    Span {
        text: text
            .get(r.clone())
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        line: lines.line_of(r.start) + 1,
        start: r.start,
        end: r.end,
    }
}

fn spellings_of(list: &[(String, usize)], preferred: &str) -> Vec<Spelling> {
    let many = list.len() > 1;
    list.iter()
        .map(|(s, n)| Spelling {
            text: s.clone(),
            count: *n,
            variant: many && s != preferred,
        })
        .collect()
}

/// The person entity that the speaker phrase at byte range `r` of `text` names: the last of its
/// person mentions inside `r` that stands in apposition, not in the genitive. In Arabic a noun
/// without the article directly before a name is in construct state with it (معاون ماكرون,
/// «Macron's aide»), so when such a noun is the whole phrase before the name, the name is someone
/// else's; titles with the article (الوزير فياض), posts with their complement (وزير المالية
/// خالد المنصوري) and given names keep the person. `None` otherwise: the speakers table then
/// lists the phrase as written rather than the wrong person.
#[cfg(test)]
fn person_in(text: &str, names: &[Entity], r: &std::ops::Range<usize>) -> Option<usize> {
    PersonMentions::of(names).person_in(&Profile::embedded(), text, names, r)
}

/// The mentions of the people among a story's names, sorted by start byte: `(start, end,
/// index into the names)`. Lets [`PersonMentions::person_in`] look only at the mentions inside a
/// speaker phrase, so listing every quotation's speaker stays linear in the story.
struct PersonMentions(Vec<(usize, usize, usize)>, Vec<(usize, usize)>);

impl PersonMentions {
    /// The index of `names`' person mentions (byte ranges of the story's text).
    fn of(names: &[Entity]) -> Self {
        let mut v: Vec<(usize, usize, usize)> = names
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == NameKind::Person)
            .flat_map(|(i, e)| {
                e.mentions
                    .iter()
                    .map(move |m| (m.range.start, m.range.end, i))
            })
            .collect();
        v.sort_unstable();
        // The other names' mentions (places, bodies), for [`PersonMentions::construct_chain`].
        let mut others: Vec<(usize, usize)> = names
            .iter()
            .filter(|e| e.kind != NameKind::Person)
            .flat_map(|e| e.mentions.iter().map(|m| (m.range.start, m.range.end)))
            .collect();
        others.sort_unstable();
        PersonMentions(v, others)
    }

    /// Whether `before`, the words of a speaker phrase from byte `from` of the story up to a person
    /// mention, is a chain of two or three nouns in construct state that governs the name as its
    /// last genitive: every word an ordinary word of the lexicon without the article, none a
    /// name particle (بن، أبو، ولد) or a given name, place or agency of `profile`'s lists (سعيد بن
    /// مفرح الغامدي is one man's name), the last one not inside another name
    /// (فريق حملة ماكرون «Macron's campaign team», محامي عائلة الضحية; but وزير خارجية فرنسا جان
    /// إيف لودريان ends with a place, whose holder the name is). Reason: a noun without the
    /// article before a name is in construct state with it, and a chain of such nouns is one
    /// phrase whose head is its first noun, so the name is a dependent (the team's, the family's
    /// person), not the speaker.
    fn construct_chain(&self, profile: &Profile, from: usize, before: &str) -> bool {
        let words: Vec<&str> = before.split_whitespace().collect();
        if !(2..=3).contains(&words.len())
            || !before.ends_with(char::is_whitespace)
            || words.iter().any(|w| {
                use crate::profile::vocab::{AGENCY, GIVEN, PLACE};
                let key = normalize::identity(w);
                !w.chars().all(crate::text::chars::is_arabic_word_char)
                    || definite(w)
                    || preposition_with_pronoun(w)
                    || !crate::profile::words::lexicon().is_word(w)
                    || matches!(
                        key.as_str(),
                        "ابو"
                            | "ابي"
                            | "ابا"
                            | "ام"
                            | "ابن"
                            | "بن"
                            | "بنت"
                            | "ال"
                            | "عبد"
                            | "ولد"
                    )
                    || profile.flags(&key) & (AGENCY | GIVEN | PLACE) != 0
            })
        {
            return false;
        }
        let Some(last) = words.last() else {
            return false;
        };
        let Some(at) = before.rfind(last).map(|i| from + i) else {
            return false;
        };
        let k = self.1.partition_point(|&(s, _)| s <= at);
        !k.checked_sub(1)
            .and_then(|i| self.1.get(i))
            .is_some_and(|&(_, end)| end > at)
    }

    /// [`person_in`]'s answer: the person of `names` (the list this index was built from) with the
    /// last mention inside byte range `r` of `text` that is not in the genitive. The last, because
    /// a speaker phrase ends with its holder's name after the post and its complement (الناطق باسم
    /// الرئاسة نبيل أبو ردينة: باسم, also a given name, is not the speaker; رئيس أركان الجيش
    /// الأفغاني الجنرال شريف يافتالي: the army's nationality is not the person).
    fn person_in(
        &self,
        profile: &Profile,
        text: &str,
        names: &[Entity],
        r: &std::ops::Range<usize>,
    ) -> Option<usize> {
        let from = self.0.partition_point(|&(s, _, _)| s < r.start);
        self.0
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&(s, _, _)| s < r.end)
            .filter(|&&(s, end, e)| {
                // From the start of the phrase's first word: a phrase read after ل (للشيخ)
                // starts at the article the clitic took in, which tells it is definite.
                let from = word_start(text, r.start);
                let before = text.get(from..s).unwrap_or("");
                end <= r.end
                    && names.get(e).is_some_and(|ent| {
                        !(genitive_of(before) || self.construct_chain(profile, from, before))
                            || given_name_of(ent, before)
                    })
            })
            .map(|&(_, _, e)| e)
            .last()
    }
}

/// The byte offset where the word of `text` holding byte `at` starts: `at` itself when it is
/// not a char boundary preceded by a letter of an Arabic word (a phrase starting inside a word
/// after its clitics).
fn word_start(text: &str, at: usize) -> usize {
    let Some(head) = text.get(..at) else {
        return at;
    };
    head.char_indices()
        .rev()
        .take_while(|&(_, c)| crate::text::chars::is_arabic_word_char(c))
        .last()
        .map_or(at, |(i, _)| i)
}

impl PersonMentions {
    /// The person that person `e` of the story `text` stands for in the speakers table, and the
    /// name as written in full when it is another: when a mention of `e` is followed, with only a
    /// space between, by a mention of another person `f` (بهروز بوجاني, a given name the lists do
    /// not know), `e` is `f`'s given name, since one person's name runs on word after word while
    /// two people are joined by و or punctuation; `(f, Some("بهروز بوجاني"))`. Both must be
    /// mentioned twice or more in `names` (a word taken for a name once is too uncertain to
    /// join), and `f` must have no given names of its own in the story (بيلاوال بوتو beside
    /// بينظير بوتو: a family name two people share) and be no ordinary word of the lexicon (an
    /// adverb or adjective taken for a name after the person's, رسمياً، العلمي). `(e, None)`
    /// otherwise.
    fn named_with(&self, text: &str, names: &[Entity], e: usize) -> (usize, Option<String>) {
        let twice = |x: usize| names.get(x).is_some_and(|n| n.mentions.len() >= 2);
        let family = |x: usize| {
            names.get(x).is_some_and(|n| {
                n.given.is_empty()
                    && n.mentions.iter().all(|m| {
                        text.get(m.range.clone())
                            .is_none_or(|w| !crate::profile::words::lexicon().is_word(w))
                    })
            })
        };
        if !twice(e) {
            return (e, None);
        }
        self.0
            .iter()
            .filter(|&&(_, _, x)| x == e)
            .find_map(|&(s, end, _)| {
                let after = self.0.partition_point(|&(t, _, _)| t < end);
                let &(t, t_end, f) = self.0.get(after)?;
                let gap = text.get(end..t)?;
                (f != e
                    && twice(f)
                    && family(f)
                    && !gap.is_empty()
                    && gap.chars().all(|c| c == ' '))
                .then(|| (f, text.get(s..t_end).map(one_line)))
            })
            .unwrap_or((e, None))
    }

    /// The person whose post the speaker phrase at byte range `r` of `text` is, when it names
    /// no one and is no name itself (its first word is an ordinary word of the lexicon, as a post
    /// is, no given name of `profile`'s list and no أبو/أم/ابن of a kunya or nasab, أبو فلان
    /// being a person, not a post): the one person, named twice or with given names, named
    /// right after the same words elsewhere in the story, with only definite words (titles and
    /// their adjectives) or the person's given names between
    /// (شيخ المعهد الإمام أحمد الطيب, then شيخ المعهد alone). A post followed by a name in
    /// apposition is that person's post, so the post alone later refers back to them; a post
    /// the story gives to two people is left as written. `(person, None)`.
    fn post_holder(
        &self,
        text: &str,
        profile: &Profile,
        names: &[Entity],
        r: &std::ops::Range<usize>,
    ) -> Option<(usize, Option<String>)> {
        let phrase = text.get(r.clone())?.trim();
        let first = phrase.split_whitespace().next()?;
        let first = normalize::identity(first);
        let first = first.strip_prefix('و').unwrap_or(&first);
        if !phrase.contains(' ')
            || !crate::profile::words::lexicon().is_word(first)
            || profile.flags(first) & crate::profile::vocab::GIVEN != 0
            || matches!(first, "ابو" | "ابي" | "ام" | "ابن" | "بن" | "بنت")
        {
            return None;
        }
        let mut holder = None;
        for (at, _) in text.match_indices(phrase) {
            let end = at + phrase.len();
            let next = self.0.partition_point(|&(t, _, _)| t < end);
            let Some(&(t, _, f)) = self.0.get(next) else {
                continue;
            };
            let Some(between) = text.get(end..t) else {
                continue;
            };
            let ent = names.get(f)?;
            let apposed = (ent.mentions.len() >= 2 || !ent.given.is_empty())
                && between.starts_with(' ')
                && between.split_whitespace().count() <= 4
                && between.split_whitespace().all(|w| {
                    w.chars().all(crate::text::chars::is_arabic_word_char)
                        && (definite(w) || ent.given.contains(&normalize::identity(w)))
                });
            if !apposed {
                continue;
            }
            match holder {
                None => holder = Some(f),
                Some(h) if h != f => return None,
                Some(_) => {}
            }
        }
        holder.map(|f| (f, None))
    }
}

/// Whether `before` (the words of a speaker phrase before a mention of `e`) is one of the person's
/// given names as the story writes them (جيمس in جيمس كومي): a given name is no noun in construct.
fn given_name_of(e: &Entity, before: &str) -> bool {
    let key = normalize::identity(before.trim());
    e.given.iter().any(|g| *g == key)
}

/// Whether a name preceded, inside its speaker phrase, by `before` is the genitive of a noun in
/// construct state (see [`person_in`]): `before` is one word, with no article (ال, also after
/// و) and no punctuation after it.
/// A preposition carrying a pronoun (فيها، له، عنه) or a noun made definite by a clitic before its
/// article (للشيخ) is no noun in construct: the name after it keeps the person.
fn genitive_of(before: &str) -> bool {
    let t = before.trim();
    !t.is_empty()
        && before.ends_with(char::is_whitespace)
        && !t.contains(char::is_whitespace)
        && t.chars().all(crate::text::chars::is_arabic_word_char)
        && !definite(t)
        && !preposition_with_pronoun(t)
}

/// Whether the word `w` carries the article, after و/ف and a prepositional clitic (الشيخ،
/// والشيخ، بالشيخ، للشيخ: ل before the article drops its alif). Takes the word as written.
fn definite(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    if w.starts_with("لل") {
        return true;
    }
    let w = w.strip_prefix(['ب', 'ك', 'ل']).unwrap_or(w);
    w.starts_with("ال")
}

/// Whether the word `w` (as written, harakat allowed) is a preposition with an attached pronoun
/// (فيها، له، عنه، منهم، عليه، معها، لديه، إليه): the complement of the verb standing between the
/// verb and its subject (يقول فيها الوزير), never a word of the subject's noun phrase. The
/// prepositions and pronoun suffixes are closed classes of Arabic grammar, written for isnad.
fn preposition_with_pronoun(w: &str) -> bool {
    let key = normalize::identity(w);
    ["في", "ل", "ب", "عن", "من", "علي", "الي", "مع", "لدي", "عند"]
        .iter()
        .any(|p| {
            key.strip_prefix(p)
                .is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما" | "هن"))
        })
}

/// The speaker phrase `name` as the sheet shows it (words separated by single spaces), without
/// the words the reader took in at its edges that cannot belong to a noun phrase naming someone:
/// a preposition with an attached pronoun before it (يقول فيها بوجاني: the verb's complement,
/// [`preposition_with_pronoun`]) and an indefinite accusative after it (تحدث الوزير مطولاً: an
/// adverb of manner, [`manner_adverb`]). A phrase of one word is kept as it is.
fn as_named(profile: &Profile, name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1 && words.first().is_some_and(|w| preposition_with_pronoun(w)) {
        words.remove(0);
    }
    // After أبو/أم/بن the word is the second half of a kunya or a nasab (أبو سمرا), a name.
    let name_link = |w: &str| {
        matches!(
            normalize::identity(w).as_str(),
            "ابو" | "ابي" | "ابا" | "ام" | "بن" | "ابن" | "بنت"
        )
    };
    // After a given name, or a word no dictionary knows (a foreign given name), a word in ا
    // without the tanween is the family name (جوزف صليبا، نينوس يوخنا), not an adverb: a name
    // takes no adverb inside the subject, and the reader ends the subject at the boundary.
    // (A word of an adverb's shapes stays an adverb: a nisba in يا or a participle in م, رسميا،
    // مطولا.)
    // (A closed-class adverb of time or addition, سابقاً، أخيراً، أيضاً, is an adverb after any
    // word: the verb's, never a family name.)
    let adverb_shape = |w: &str| {
        let plain = normalize::plain(w);
        let bare = plain.strip_prefix(['و', 'ف']).unwrap_or(&plain);
        plain.starts_with('م')
            || plain.ends_with("يا")
            || crate::analysis::quotes::adverb_key(&normalize::identity(bare))
    };
    let given_before = |words: &[&str]| {
        words.len() >= 2
            && !words
                .last()
                .is_some_and(|w| w.contains('\u{064B}') || adverb_shape(w))
            && words.get(words.len() - 2).is_some_and(|w| {
                let plain = normalize::plain(w);
                profile.flags(&normalize::identity(&plain)) & crate::profile::vocab::GIVEN != 0
                    || (!definite(&plain) && !crate::profile::words::lexicon().is_word(&plain))
            })
    };
    while words.len() > 1
        && words.last().is_some_and(|w| manner_adverb(profile, w))
        && !words
            .get(words.len().saturating_sub(2))
            .is_some_and(|w| name_link(w))
        && !given_before(&words)
    {
        words.pop();
    }
    words.join(" ")
}

/// Whether the word `w` (as written) ending a speaker phrase is an indefinite accusative adverb
/// (مطولاً، مجدداً، حالياً): a name is definite and an adjective agrees with it in definiteness,
/// so an indefinite accusative after it is no part of the phrase but an adverb of the verb. Such a
/// word has no article, ends in the accusative alif (with or without tanween), and is an ordinary
/// word of the lexicon that is neither a place nor a given name (سوريا، رضا keep their alif) in
/// `profile`'s lists.
fn manner_adverb(profile: &Profile, w: &str) -> bool {
    let plain = normalize::plain(w);
    let profile_flags = profile.flags(&normalize::identity(&plain));
    !definite(&plain)
        && plain.chars().count() > 4
        && plain.ends_with('ا')
        && profile_flags & (crate::profile::vocab::PLACE | crate::profile::vocab::GIVEN) == 0
        && crate::profile::words::lexicon().is_word(&plain)
}

/// The review of one story: the draft at `path` (its `text`, analysed as `a` with `profile`),
/// every line number 1-based, messages in `lang`.
fn story(
    path: &str,
    text: &str,
    format: Format,
    a: &Analysis,
    profile: &Profile,
    lang: Lang,
) -> Story {
    let lines = LineIndex::new(text);
    let too_short_for_credit = a.credits.is_empty()
        && !crate::analysis::credits::missing_credit::expects_credit(&crate::text::Document::new(
            text, format,
        ));
    let credits = a
        .credits
        .iter()
        .map(|c| CreditRow {
            kind: c.kind.as_str(),
            span: span(text, &lines, c.range.clone()),
        })
        .collect();
    let persons = People::of(text, &a.names);
    let (quotes, quoted_names, speakers, quoted) = quote_rows(text, &lines, a, profile, &persons);
    let names = name_rows(text, &lines, a, profile, &persons, &quoted);
    let agencies = agency_rows(text, &lines, a, profile);
    let anonymous = anonymous_ranges(a)
        .into_iter()
        .map(|r| span(text, &lines, r))
        .collect();
    let findings = group_findings(text, &lines, &a.findings, lang);
    Story {
        path: path.to_string(),
        error: None,
        credits,
        quotes,
        quoted_names,
        speakers,
        names,
        agencies,
        anonymous,
        findings,
        too_short_for_credit,
    }
}

/// `s` on one line: its words joined by single spaces.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The speaker of quotation `q` of `text`, when its attribution names one: where to look for the
/// person it stands for (the phrase itself, or the earlier mention a post referring back to
/// someone stands for), the phrase as written on one line, and that earlier mention's words.
fn quote_speaker(
    text: &str,
    q: &crate::analysis::quotes::Quote,
) -> Option<(std::ops::Range<usize>, String, Option<String>)> {
    let at = q.attribution.as_ref()?;
    let (r, name) = at.speaker.as_ref()?;
    let back = at.referred_person();
    Some((
        back.clone().unwrap_or(r.clone()),
        one_line(name),
        back.and_then(|p| text.get(p)).map(one_line),
    ))
}

/// The quotations of a story, listed: speech, partial quotes and quoted text with their speakers
/// and attributing words (a quotation's text cut to its first 8 words); the quoted names, titles
/// and terms apart; and the speakers (a person's full name as the story gives it, else the
/// preferred spelling of the family name, else the words as written) with their number of
/// quotations (a quotation set again, or the rest of one left open in the paragraph before,
/// counted once), most quoted first, ties in order of first quotation, one row per person
/// ([`speakers::SpeakerTable::finish`]); and the people quoted ([`Quoted`]).
fn quote_rows(
    text: &str,
    lines: &LineIndex,
    a: &Analysis,
    profile: &Profile,
    persons: &People,
) -> (Vec<QuoteRow>, Vec<Span>, Vec<Speaker>, Quoted) {
    let mut quotes = Vec::new();
    let mut quoted_names = Vec::new();
    let mut table = speakers::SpeakerTable::new(a, persons);
    let set_again = set_again(text, &a.quotes);
    for (qi, q) in a.quotes.iter().enumerate() {
        // Speech, partial quotes and quoted text are listed with their speakers; names, titles,
        // terms and scare quotes are not.
        let kind = match q.form {
            QuoteForm::Speech => "speech",
            QuoteForm::Partial => "partial",
            QuoteForm::Text => "text",
            QuoteForm::Name => {
                quoted_names.push(span(text, lines, q.range.clone()));
                continue;
            }
        };
        let mut s = span(text, lines, q.range.clone());
        // The whole quotation on one line (the JSON contract); the sheets show its first words
        // ([`QUOTE_WORDS`]).
        s.text = one_line(text.get(q.range.clone()).unwrap_or(""));
        let speaker = quote_speaker(text, q);
        let cue = q
            .attribution
            .as_ref()
            .map(|at| one_line(text.get(at.cue.clone()).unwrap_or("")));
        // A quotation set again (a pull quote, a headline repeating the body) is listed, but
        // counted once for its speaker, with the quotation it repeats.
        let repeats = q
            .attribution
            .as_ref()
            .is_some_and(|at| at.via == crate::analysis::quotes::Via::RepeatedQuote)
            || set_again.get(qi).copied().unwrap_or(false)
            // The rest of a quotation left open in the paragraph before is that quotation, counted
            // with it.
            || q.continuation;
        if let Some((r, name, back)) = speaker.as_ref().filter(|_| !repeats) {
            let named = q
                .attribution
                .as_ref()
                .and_then(|at| at.person.clone())
                .and_then(|p| Some((p.clone(), one_line(text.get(p)?))));
            table.count(
                text,
                a,
                profile,
                r,
                &as_named(profile, back.as_ref().unwrap_or(name)),
                named,
                q.attribution.as_ref().is_some_and(|at| at.anonymous),
            );
        }
        quotes.push(QuoteRow {
            span: s,
            kind,
            attributed: q.attribution.is_some(),
            anonymous: q.attribution.as_ref().is_some_and(|at| at.anonymous),
            via: q.attribution.as_ref().map(|at| at.via.id()),
            carried: q
                .attribution
                .as_ref()
                .is_some_and(|at| at.speaker.is_some() && at.via.carried()),
            speaker: speaker.map(|(_, n, _)| as_named(profile, &n)),
            cue,
        });
    }
    let quoted = std::mem::take(&mut table.quoted);
    let alone = std::mem::take(&mut table.alone);
    let (speakers, people) = table.finish();
    (quotes, quoted_names, speakers, (quoted, people, alone))
}

/// The words of quotation text `s` for comparing quotations: split at spaces, punctuation
/// trimmed from each end, empty ones dropped.
fn quote_words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Per quotation of `quotes` (of `text`, in order), true when it is set again: its words (three
/// to sixty, [`quote_words`]: a pull quote or headline is short) occur in a row inside another
/// attributed quotation's words (not itself attributed as a repetition), longer, or the same and
/// earlier (a pull quote or a headline repeating the body), in the same voice ([`same_voice`]).
/// Candidates are the quotations holding its first two words in a row (at most eight looked
/// at), so the cost stays linear in the quotations' text.
fn set_again(text: &str, quotes: &[crate::analysis::quotes::Quote]) -> Vec<bool> {
    let words: Vec<Vec<&str>> = quotes
        .iter()
        .map(|q| quote_words(text.get(q.inner.clone()).unwrap_or("")))
        .collect();
    let mut holders: std::collections::HashMap<(&str, &str), Vec<usize>> =
        std::collections::HashMap::new();
    for (i, w) in words.iter().enumerate() {
        // A pull quote attributed as the repetition of another (`Via::RepeatedQuote`) is counted
        // with the one it repeats: it holds no other, or both copies would go uncounted.
        if quotes[i]
            .attribution
            .as_ref()
            .is_none_or(|at| at.via == crate::analysis::quotes::Via::RepeatedQuote)
        {
            continue;
        }
        for t in w.windows(2) {
            let list = holders.entry((t[0], t[1])).or_default();
            if list.last() != Some(&i) {
                list.push(i);
            }
        }
    }
    let inside = |small: &[&str], big: &[&str]| big.windows(small.len()).any(|t| t == small);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let (Some(a), Some(b)) = (w.first(), w.get(1)) else {
                return false;
            };
            (3..=60).contains(&w.len())
                && holders.get(&(*a, *b)).is_some_and(|list| {
                    list.iter().filter(|&&j| j != i).take(8).any(|&j| {
                        let o = &words[j];
                        (o.len() > w.len() || (o.len() == w.len() && j < i))
                            && inside(w, o)
                            && same_voice(text, &quotes[i], &quotes[j])
                    })
                })
        })
        .collect()
}

/// True when quotation `q` of `text` may be the words of quotation `holder` set again: `q` names
/// no speaker of its own, or `holder` names none, or `q` stands on the story's first line and
/// that line ends with no full stop (a headline, whose label may be a post or a group: والمؤلف:
/// «...»), or their speakers (each as written
/// and as the person it refers back to) share a word of three letters or more, the article
/// aside. Reason: a pull quote or a headline repeats its speaker's words; a fragment one source
/// is quoted saying («حليف رئيسي», from a named official's aide) that another speaker's longer
/// quotation also holds is two people's words, and each is counted for its own speaker.
fn same_voice(
    text: &str,
    q: &crate::analysis::quotes::Quote,
    holder: &crate::analysis::quotes::Quote,
) -> bool {
    let voice = |q: &crate::analysis::quotes::Quote| -> Option<Vec<String>> {
        let (_, name, back) = quote_speaker(text, q)?;
        let mut words = Vec::new();
        for w in quote_words(&name)
            .into_iter()
            .chain(back.as_deref().map(quote_words).unwrap_or_default())
        {
            let bare = w
                .strip_prefix("ال")
                .filter(|b| b.chars().count() >= 3)
                .unwrap_or(w);
            if bare.chars().count() >= 3 {
                words.push(bare.to_string());
            }
        }
        Some(words)
    };
    let first_line = text.split('\n').next().unwrap_or("");
    let headline =
        q.range.start < first_line.len() && !first_line.trim_end().ends_with(['.', '!', '؟', '?']);
    match (voice(q), voice(holder)) {
        (Some(a), Some(b)) => headline || a.iter().any(|w| b.contains(w)),
        _ => true,
    }
}

/// The people the quotations of a story are attributed to: the indices into its names of those
/// the names layer found, the people of the speakers table (one per row naming a person), and
/// the places a quotation names its speaker by a given name alone that stands for one person
/// ([`speakers::SpeakerTable::alone`]).
type Quoted = (
    Vec<usize>,
    Vec<speakers::QuotedPerson>,
    Vec<(usize, std::ops::Range<usize>)>,
);

/// The names of a story `text` worth listing, with their kinds, spellings (the preferred one
/// first), number of mentions, first line and, for a person, the full name the story gives; then
/// the people the quotations name whom the names do not hold.
/// `quoted`: the people a quotation is attributed to ([`Quoted`]), listed even when named once,
/// with the fullest name their quotations give.
///
/// Long: one pass over the entities; the filters that leave a row out (struck, folded into a
/// person, listed under an earlier entity of the same family name, inside a longer name) and the
/// shapes of row (one per person of a shared family name, one for an entity) read the same
/// sheet, people and uses, which a split would pass around as a dozen arguments.
fn name_rows(
    text: &str,
    lines: &LineIndex,
    a: &Analysis,
    profile: &Profile,
    persons: &People,
    quoted: &Quoted,
) -> Vec<Name> {
    // Names said twice or more, names said once that are in the lists or introduced with a given
    // name, and speakers (a reporting clause names them); another word taken for a name once from
    // its context alone is too uncertain to list.
    let (indices, people, alone) = quoted;
    let mut people = people.clone();
    speakers::tie_to_names(text, &a.names, &mut people);
    // The story's orthography, read once for every row's preferred spelling.
    let conventions = across::Conventions::of(text);
    let mut is_quoted = vec![false; a.names.len()];
    for &i in indices {
        if let Some(q) = is_quoted.get_mut(i) {
            *q = true;
        }
    }
    // A family name the story gives to two people or more (نواف الكعبي، يوسف الكعبي) is listed
    // as one row per person, and one for the mentions of the family name alone.
    let several = |i: usize| persons.of_entity(i).next().is_some() && persons.sole(i).is_none();
    // Rows naming no one or repeating a person named in full, venues read as people: `sheet`.
    let person_full = |i: usize| {
        a.names.get(i).filter(|e| e.kind == NameKind::Person)?;
        if several(i) {
            return None;
        }
        from_speakers(&people, i).or_else(|| persons.sole_full(text, i))
    };
    let sheet = crate::analysis::names::sheet::read(
        text,
        &a.names,
        &|k: &str| profile.given_names.contains(k),
        &person_full,
    );
    let institution = crate::analysis::names::sheet::institutions(
        text,
        &a.names,
        &|k: &str| profile.flags(k) & crate::profile::vocab::ORG_NOUN != 0,
        &|k: &str| profile.flags(k) & crate::profile::vocab::TITLE != 0,
    );
    let (extra_of_person, extra_of_entity, folded) =
        alone_uses(text, &a.names, persons, &sheet, alone);
    let (same_as, later) = same_family(&a.names, &several, &sheet.strike);
    // The mentions a row shows when they are not the entity's own: the whole name as written
    // (عبد الرؤوف، محمد السادس، a given name joined by و alone: `sheet::shown_mentions`), and an
    // organisation or place written only inside an agency's name, the agency (`agency_mentions`).
    // A place named in several words cut into one-word entities (نيو ساوث ويلز) is one row, its
    // first word's, showing the whole name (`sheet::place_runs`).
    let runs = crate::analysis::names::sheet::place_runs(text, &a.names);
    let whole: Vec<Option<crate::analysis::names::sheet::Shown>> = a
        .names
        .iter()
        .zip(runs.shown)
        .map(|(e, run)| {
            run.or_else(|| {
                crate::analysis::names::sheet::shown_mentions(text, e, &|k: &str| {
                    profile.given_names.contains(k)
                })
            })
            .or_else(|| agency_mentions(text, &a.agencies, e))
        })
        .collect();
    let mut agency_shown: Vec<usize> = Vec::new();
    let mut out: Vec<Name> = Vec::new();
    for (i, e) in a.names.iter().enumerate() {
        let group = || std::iter::once(i).chain(later[i].iter().copied());
        let listed = group().any(|x| {
            a.names.get(x).is_some_and(|f| {
                f.mentions.len() >= 2 || f.listed || !f.given.is_empty() || is_quoted[x]
            })
        });
        if !listed
            || same_as[i].is_some()
            || sheet.strike[i]
            || sheet.fold_into[i].is_some()
            || runs.tail[i]
            || folded[i]
            || inside_longer_name(&a.names, e)
            || inside_compound_name(&a.names, e)
        {
            continue;
        }
        let kind = if sheet.place[i] {
            NameKind::Place
        } else if institution[i] {
            NameKind::Org
        } else {
            e.kind
        };
        if several(i) {
            for (p, mine) in people_of(persons, i, e) {
                let extra = p.and_then(|p| extra_of_person.get(p));
                let full = p.and_then(|p| persons.full_text(text, p));
                let extra = extra.map_or(&[][..], Vec::as_slice);
                out.push(name_row(
                    (profile, conventions),
                    (text, lines),
                    kind,
                    &e.key,
                    &mine,
                    extra,
                    full,
                ));
            }
            continue;
        }
        let mut extra: Vec<(usize, String)> = Vec::new();
        let mut all: Vec<&crate::analysis::names::Mention> = Vec::new();
        let mut full = None;
        for x in group() {
            extra.extend(extra_of_entity.get(x).into_iter().flatten().cloned());
            if let Some(v) = persons.sole(x).and_then(|p| extra_of_person.get(p)) {
                extra.extend(v.iter().cloned());
            }
            let shown = whole.get(x).and_then(Option::as_ref);
            let written = match shown {
                Some(w) => w.mentions.as_slice(),
                None => a.names.get(x).map_or(&[][..], |f| f.mentions.as_slice()),
            };
            for m in written {
                if !all.iter().any(|n| n.range.end == m.range.end) {
                    all.push(m);
                }
            }
            if !shown.is_some_and(|w| w.alone) {
                full = full.or_else(|| person_full(x));
            }
        }
        // An agency's name shown for two entities (فرانس، برس) is one row.
        let agency = whole
            .get(i)
            .and_then(Option::as_ref)
            .is_some_and(|w| w.alone)
            && e.kind != NameKind::Person;
        if agency {
            if all.iter().all(|m| agency_shown.contains(&m.range.start)) {
                continue;
            }
            agency_shown.extend(all.iter().map(|m| m.range.start));
        }
        extra.sort();
        extra.dedup_by_key(|(at, _)| *at);
        all.sort_by_key(|m| m.range.start);
        let kind = if agency { NameKind::Org } else { kind };
        out.push(name_row(
            (profile, conventions),
            (text, lines),
            kind,
            &e.key,
            &all,
            &extra,
            full,
        ));
    }
    out.extend(speakers::people_rows(text, &people, &a.names, |at| {
        lines.line_of(at) + 1
    }));
    out
}

/// The fullest name of person `i` of a story's names from the speakers table's `people`, when
/// every row tied to them is a way of naming it (two rows with different given names: two people
/// under one family name, no one full name).
fn from_speakers(people: &[speakers::QuotedPerson], i: usize) -> Option<String> {
    let keys = |s: &str| {
        s.split_whitespace()
            .map(normalize::identity)
            .collect::<Vec<_>>()
    };
    let rows: Vec<&speakers::QuotedPerson> =
        people.iter().filter(|p| p.entity == Some(i)).collect();
    let top = rows
        .iter()
        .max_by_key(|p| p.full.split_whitespace().count())?;
    let top_keys = keys(&top.full);
    (top_keys.len() > 1 && rows.iter().all(|p| top_keys.ends_with(&keys(&p.full))))
        .then(|| top.full.clone())
}

/// Two person entities of `names` with one family name (one found with given names, one as a
/// speaker's name) are one person's row, unless the name is several people's (`several`) or
/// struck (`strike`): for each entity, the earlier entity whose row it is listed in, and for each
/// entity the later ones listed in its row.
fn same_family(
    names: &[Entity],
    several: &dyn Fn(usize) -> bool,
    strike: &[bool],
) -> (Vec<Option<usize>>, Vec<Vec<usize>>) {
    let mut same_as: Vec<Option<usize>> = vec![None; names.len()];
    let mut later: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
    let mut first_of: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (j, e) in names.iter().enumerate() {
        if e.kind != NameKind::Person || several(j) || strike.get(j).copied().unwrap_or(false) {
            continue;
        }
        match first_of.get(e.key.as_str()) {
            Some(&i) => {
                same_as[j] = Some(i);
                later[i].push(j);
            }
            None => {
                first_of.insert(&e.key, j);
            }
        }
    }
    (same_as, later)
}

/// The rows of entity `e` (index `i`) whose family name several people of `persons` carry: each
/// person with their mentions, then `None` with the mentions no one person can be told for (the
/// family name written alone), when there are any.
fn people_of<'e>(
    persons: &People,
    i: usize,
    e: &'e Entity,
) -> Vec<(Option<usize>, Vec<&'e crate::analysis::names::Mention>)> {
    let of = |who: Option<usize>| -> Vec<&'e crate::analysis::names::Mention> {
        e.mentions
            .iter()
            .enumerate()
            .filter(|(m, _)| persons.of_mention(i, *m) == who)
            .map(|(_, m)| m)
            .collect()
    };
    let mut out: Vec<_> = persons
        .of_entity(i)
        .map(|p| (Some(p), of(Some(p))))
        .collect();
    let rest = of(None);
    if !rest.is_empty() {
        out.push((None, rest));
    }
    out
}

/// One row of the names table: an entity of kind `kind` and identity key `key`, from its
/// `mentions` (their spellings, the preferred one by [`across::preferred_spelling_in`] in the
/// story's `conventions`: `profile`'s
/// house list, the lexicon's standard spelling, else the most used), the uses of a given name
/// written alone for the same person (`extra`: byte start and spelling, counted as spellings that
/// are no variant), the full name `full` when it says more than the preferred spelling (its last
/// words respelled so: [`respelled_full_name`]), and the line (`lines`) of the first of them.
/// A spelling is shown with the shaddas its mentions in `text` write ([`with_shadda`]).
fn name_row(
    (profile, conventions): (&Profile, across::Conventions),
    (text, lines): (&str, &LineIndex),
    kind: NameKind,
    key: &str,
    mentions: &[&crate::analysis::names::Mention],
    extra: &[(usize, String)],
    full: Option<String>,
) -> Name {
    let mut list: Vec<(String, usize)> = Vec::new();
    for m in mentions {
        match list.iter_mut().find(|(s, _)| *s == m.spelling) {
            Some((_, n)) => *n += 1,
            None => list.push((m.spelling.to_string(), 1)),
        }
    }
    let preferred = across::preferred_spelling_in(profile, key, &list, conventions);
    let full = full.map(|f| respelled_full_name(f, &list, &preferred));
    let full = full.map(|f| respelled_given_name(f, extra, (profile, conventions)));
    let mut spellings = spellings_of(&list, &preferred);
    for s in &mut spellings {
        s.text = with_shadda(text, mentions, &s.text);
    }
    let preferred = with_shadda(text, mentions, &preferred);
    // A given name written alone is another way of naming the person, no variant spelling.
    for (_, s) in extra {
        match spellings.iter_mut().find(|x| x.text == *s) {
            Some(x) => x.count += 1,
            None => spellings.push(Spelling {
                text: s.clone(),
                count: 1,
                variant: false,
            }),
        }
    }
    let first = mentions
        .iter()
        .map(|m| m.range.start)
        .chain(extra.iter().map(|(at, _)| *at))
        .min()
        .unwrap_or(0);
    Name {
        kind: kind_str(kind),
        spellings,
        full_name: full.filter(|f| normalize::identity(f) != normalize::identity(&preferred)),
        preferred,
        mentions: mentions.len() + extra.len(),
        line: lines.line_of(first) + 1,
    }
}

/// The spelling `plain` (a mention's spelling, no harakat) as the mentions of that spelling
/// among `mentions` write it in `text` with their shaddas kept (عمّان), when they all write the
/// same shaddas; else `plain`. Reason: a shadda writes a doubled letter and tells one name from
/// another (عمّان the city, عُمان the sultanate), so the table shows it as the story does; the
/// vowel marks are left out, as spellings are told apart without them.
fn with_shadda(text: &str, mentions: &[&crate::analysis::names::Mention], plain: &str) -> String {
    const SHADDA: char = '\u{0651}';
    let mut shown: Option<String> = None;
    for m in mentions.iter().filter(|m| m.spelling == plain) {
        let Some(written) = text.get(m.range.clone()) else {
            return plain.to_string();
        };
        if !written.contains(SHADDA) {
            return plain.to_string();
        }
        let form = written
            .split(SHADDA)
            .map(normalize::plain)
            .collect::<Vec<_>>()
            .join("\u{0651}");
        if form.replace(SHADDA, "") != plain {
            return plain.to_string();
        }
        match &shown {
            Some(s) if *s != form => return plain.to_string(),
            Some(_) => {}
            None => shown = Some(form),
        }
    }
    shown.unwrap_or_else(|| plain.to_string())
}

/// The full name `full` (words joined by one space) with its last words respelled in the
/// row's `preferred` spelling when they are another of the row's `spellings` (وليد الحلبى shown
/// as وليد الحلبي when الحلبي is preferred), else `full` unchanged. Reason: the Name column and the
/// Spellings column of one row must not disagree on which spelling is the standard one.
fn respelled_full_name(full: String, spellings: &[(String, usize)], preferred: &str) -> String {
    for (s, _) in spellings {
        if s == preferred || s.is_empty() {
            continue;
        }
        let Some(head) = full.strip_suffix(s.as_str()) else {
            continue;
        };
        if head.is_empty() || head.ends_with(' ') {
            return format!("{head}{preferred}");
        }
    }
    full
}

/// The full name `full` (words joined by one space) with its first word, the given name,
/// respelled in the spelling the story's `conventions` and `profile` prefer among it and the uses
/// of the same given name written alone for the person (`extra`: byte start and spelling; those
/// of another identity key are not counted), by [`across::preferred_spelling_in`] (احمد ناصر shown
/// as أحمد ناصر when the story also writes أحمد alone for him). Reason: the Name column and the
/// Spellings column of one row must not disagree on which spelling of the given name is the
/// standard one, as [`respelled_full_name`] keeps them agreeing on the family name.
fn respelled_given_name(
    full: String,
    extra: &[(usize, String)],
    (profile, conventions): (&Profile, across::Conventions),
) -> String {
    let Some((given, rest)) = full.split_once(' ') else {
        return full;
    };
    let key = normalize::identity(given);
    let mut list: Vec<(String, usize)> = vec![(given.to_string(), 1)];
    for (_, s) in extra {
        if s.contains(' ') || normalize::identity(s) != key {
            continue;
        }
        match list.iter_mut().find(|(x, _)| x == s) {
            Some((_, n)) => *n += 1,
            None => list.push((s.clone(), 1)),
        }
    }
    if list.len() < 2 {
        return full;
    }
    let preferred = across::preferred_spelling_in(profile, &key, &list, conventions);
    if preferred == given {
        return full;
    }
    format!("{preferred} {rest}")
}

/// Uses of a name in a story, by person or entity: byte start and spelling of each.
type Uses = Vec<Vec<(usize, String)>>;

/// The uses of a given name written alone (byte start and spelling) that the names table counts
/// in the row of the one person they stand for, by person of `persons` and by entity of `names`
/// (a fold to an entity that is one row), and which entities are so folded (their own rows left
/// out): a one-word person row the sheet folds (`sheet.fold_into`) or whose word
/// [`People::named_by`] gives one person, and a quotation's speaker named so (`alone`: person
/// and byte range, from the speakers table).
fn alone_uses(
    text: &str,
    names: &[Entity],
    persons: &People,
    sheet: &crate::analysis::names::sheet::SheetNames,
    alone: &[(usize, std::ops::Range<usize>)],
) -> (Uses, Uses, Vec<bool>) {
    let several = |i: usize| persons.of_entity(i).next().is_some() && persons.sole(i).is_none();
    let mut extra_of_person: Vec<Vec<(usize, String)>> = vec![Vec::new(); persons.len()];
    let mut extra_of_entity: Vec<Vec<(usize, String)>> = vec![Vec::new(); names.len()];
    let mut folded = vec![false; names.len()];
    for (j, e) in names.iter().enumerate() {
        if sheet.strike[j] || !crate::analysis::names::sheet::alone_given(text, e) {
            continue;
        }
        let person = persons
            .named_by(&names, &e.key)
            .filter(|&p| persons.get(p).is_some_and(|x| x.entity != j));
        let uses = e
            .mentions
            .iter()
            .map(|m| (m.range.start, m.spelling.to_string()));
        match (person, sheet.fold_into[j]) {
            (Some(p), _) => {
                if let Some(v) = extra_of_person.get_mut(p) {
                    v.extend(uses);
                }
                folded[j] = true;
            }
            (None, Some(i)) => {
                // A use written right before the holder's own mention is a word of the full
                // name (رشيد in رشيد أيت الطالب: `sheet::inner_name_words`), not a use alone.
                let holder: rustc_hash::FxHashSet<usize> = names
                    .get(i)
                    .map(|h| h.mentions.iter().map(|hm| hm.range.start).collect())
                    .unwrap_or_default();
                let alone_uses: Vec<(usize, String)> = e
                    .mentions
                    .iter()
                    .filter(|m| {
                        !crate::analysis::names::sheet::after_one_space(text, m)
                            .is_some_and(|at| holder.contains(&at))
                    })
                    .map(|m| (m.range.start, m.spelling.to_string()))
                    .collect();
                match persons.sole(i) {
                    Some(p) => extra_of_person.get_mut(p),
                    None if !several(i) => extra_of_entity.get_mut(i),
                    None => None,
                }
                .into_iter()
                .for_each(|v| v.extend(alone_uses.iter().cloned()));
                folded[j] = true;
            }
            (None, None) => {}
        }
    }
    for (p, r) in alone {
        if let Some(v) = extra_of_person.get_mut(*p) {
            if !v.iter().any(|(at, _)| *at == r.start) {
                v.push((r.start, normalize::plain(text.get(r.clone()).unwrap_or(""))));
            }
        }
    }
    (extra_of_person, extra_of_entity, folded)
}

/// True when `e` is a one-word place or organisation whose every mention lies inside a mention of
/// a place or organisation of several words among `names` (غينيا inside بابوا غينيا الجديدة، الشيوخ
/// inside مجلس الشيوخ): the names table lists the longer name only. Reason: a word of a longer
/// name is not a name by itself in that phrase, so listing it beside the phrase shows the editor
/// a name the story never uses. People are kept (a family name inside a compound or full name
/// has its own row).
fn inside_longer_name(names: &[Entity], e: &Entity) -> bool {
    if e.kind == NameKind::Person || e.key.contains(' ') || e.mentions.is_empty() {
        return false;
    }
    let longer: Vec<&std::ops::Range<usize>> = names
        .iter()
        .filter(|x| x.kind != NameKind::Person && x.key.contains(' '))
        .flat_map(|x| x.mentions.iter().map(|m| &m.range))
        .collect();
    e.mentions.iter().all(|m| {
        longer
            .iter()
            .any(|r| r.start <= m.range.start && m.range.end <= r.end && **r != m.range)
    })
}

/// True when `e` is a one-word person whose every mention lies inside a mention, written with a
/// space, of a compound person name among `names` (سمرة inside أبو سمرة، كيران inside ابن كيران:
/// an entity whose key has no space but whose mention has two words). Reason: the second part of
/// a compound (أبو، عبد، ابن + a name) names no one alone; the compound is the person's name, and
/// its own row already counts these mentions with its joined spellings.
fn inside_compound_name(names: &[Entity], e: &Entity) -> bool {
    if e.kind != NameKind::Person || e.key.contains(' ') || e.mentions.is_empty() {
        return false;
    }
    let compound = |m: &crate::analysis::names::Mention| {
        m.spelling.contains(' ')
            && crate::analysis::names::compound::joined_key(
                &m.spelling
                    .split_whitespace()
                    .map(normalize::identity)
                    .collect::<Vec<_>>(),
            )
            .is_some()
    };
    let spans: Vec<&std::ops::Range<usize>> = names
        .iter()
        .filter(|x| x.kind == NameKind::Person && !x.key.contains(' '))
        .flat_map(|x| x.mentions.iter().filter(|m| compound(m)).map(|m| &m.range))
        .collect();
    !spans.is_empty()
        && e.mentions.iter().all(|m| {
            spans
                .iter()
                .any(|r| r.start <= m.range.start && m.range.end <= r.end && **r != m.range)
        })
}

/// The byte length of the proclitic written on the first word of an agency's name, given `lead`,
/// the text from the name's start to the start of a name word inside it: the letters before that
/// word when it starts inside the first word (لفرانس برس: ل), else one of ل ب ك before a word the
/// lexicon knows (لوكالة: ل). Reason: a name is listed as the story writes it, without the
/// preposition written on it.
fn agency_proclitic(lead: &str) -> usize {
    if !lead.contains(' ') {
        return lead.len();
    }
    let first = lead.split(' ').next().unwrap_or("");
    let Some(c) = first
        .chars()
        .next()
        .filter(|c| matches!(c, 'ل' | 'ب' | 'ك'))
    else {
        return 0;
    };
    let rest = first.get(c.len_utf8()..).unwrap_or("");
    let plain = normalize::plain(rest);
    let known = rest.chars().count() >= 4
        && crate::analysis::names::ordinary_word(&plain)
            != crate::analysis::names::Lexical::Unknown;
    if known { c.len_utf8() } else { 0 }
}

/// The mentions of the place or organisation `e` of `text` when every one lies inside a longer
/// agency or outlet name of `agencies` (فرانس inside فرانس برس، واشنطن inside واشنطن بوست): each
/// widened to that name (byte range and plain spelling), with [`Shown::alone`] set so the row is
/// listed once, as an organisation; `None` otherwise. Reason: a word of an agency's name is not a
/// name by itself in that phrase; the phrase is the name the story uses.
///
/// [`Shown::alone`]: crate::analysis::names::sheet::Shown::alone
fn agency_mentions(
    text: &str,
    agencies: &[crate::analysis::credits::AgencyMention],
    e: &Entity,
) -> Option<crate::analysis::names::sheet::Shown> {
    if e.kind == NameKind::Person || e.mentions.is_empty() {
        return None;
    }
    let mentions = e
        .mentions
        .iter()
        .map(|m| {
            let r = agencies
                .iter()
                .map(|g| &g.range)
                .find(|r| r.start <= m.range.start && m.range.end <= r.end && **r != m.range)?;
            let start = r.start + agency_proclitic(text.get(r.start..m.range.start)?);
            Some(crate::analysis::names::Mention {
                range: start..r.end,
                spelling: crate::text::token::Text::new(&normalize::plain(text.get(start..r.end)?)),
                how: m.how,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(crate::analysis::names::sheet::Shown {
        mentions,
        alone: true,
    })
}

/// The byte ranges of a story's anonymous sources, in text order: the unnamed-sourcing phrases
/// of `a.anonymous` (`anonymous-source`), and the speaker of every quotation marked anonymous
/// that no such phrase overlaps and that holds no name the names layer found (وذكر مصور: «...»:
/// the quotation row says «anonymous source», so the sheet's list of anonymous sources holds it
/// too). A speaker carried over from an earlier clause is listed once, where it was named. A
/// quotation the sheet lists as a name, title or term (`QuoteForm::Name`) has no speaker on the
/// sheet, so whatever its attribution reads is no source of the story and is not listed.
fn anonymous_ranges(a: &Analysis) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> =
        a.anonymous.iter().map(|x| x.range.clone()).collect();
    let phrases = out.len();
    for q in a.quotes.iter().filter(|q| q.form != QuoteForm::Name) {
        let Some(at) = q.attribution.as_ref().filter(|at| at.anonymous) else {
            continue;
        };
        let Some((r, _)) = &at.speaker else { continue };
        let overlaps = |x: &std::ops::Range<usize>| x.start < r.end && r.start < x.end;
        // A speaker holding a name the names layer found (a person, a body, a place) is named,
        // whatever the flag says: it is no anonymous source.
        let named = a
            .names
            .iter()
            .any(|e| e.mentions.iter().any(|m| overlaps(&m.range)));
        if !named && !out[..phrases].iter().any(overlaps) && !out[phrases..].contains(r) {
            out.push(r.clone());
        }
    }
    out.sort_by_key(|r| (r.start, r.end));
    out
}

/// The agencies the story `text` cites as sources, each with its number of citations, its lines
/// and the forms it is written in.
fn agency_rows(text: &str, lines: &LineIndex, a: &Analysis, profile: &Profile) -> Vec<AgencyRow> {
    // Only agencies the story cites as sources: a passing mention (an app footer naming the BBC)
    // is not a source an editor has to check.
    // One outlet written with and without its article (الغارديان، لـ«غارديان») is one row, under
    // the form first cited (`credits::outlet_key`).
    let mut agencies: Vec<AgencyRow> = Vec::new();
    for m in a.agencies.iter().filter(|m| m.cited) {
        let line = lines.line_of(m.range.start) + 1;
        let key = crate::analysis::credits::outlet_key(&m.credit);
        let form = written_form(text.get(m.range.clone()).unwrap_or(""));
        let form = without_proclitic(profile, &m.credit, &form).unwrap_or(form);
        let x = match agencies
            .iter()
            .position(|x| crate::analysis::credits::outlet_key(&x.name) == key)
        {
            Some(at) => &mut agencies[at],
            None => {
                agencies.push(AgencyRow {
                    name: m.credit.clone(),
                    count: 0,
                    lines: Vec::new(),
                    written: Vec::new(),
                });
                let last = agencies.len() - 1;
                &mut agencies[last]
            }
        };
        x.count += 1;
        if !x.lines.contains(&line) {
            x.lines.push(line);
        }
        match x.written.iter_mut().find(|s| s.text == form) {
            Some(s) => s.count += 1,
            None => x.written.push(Spelling {
                text: form,
                count: 1,
                variant: false,
            }),
        }
    }
    agencies
}

/// `s` as a reader sees it ([`normalize::plain`]: no harakat, tatweel or invisible format
/// characters), runs of white space as one space, trimmed.
fn written_form(s: &str) -> String {
    normalize::plain(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `form` (an agency's name as written, words joined by one space) without the preposition or
/// conjunction written on its first word (لوكالة المغرب العربي للأنباء → وكالة المغرب العربي
/// للأنباء; وسانا → سانا; للألمانية → الألمانية, where ل and the article's alef merge), when what
/// is left is the row's `credit` form or one of `profile`'s agency names (compared by identity
/// keys); `None` when no such clitic is there. The clitics are the one-letter proclitics of
/// Arabic orthography (و، ف، ب، ل، ك), one or two of them.
fn without_proclitic(profile: &Profile, credit: &str, form: &str) -> Option<String> {
    use crate::text::normalize::identity;
    let mut words = form.split(' ');
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let credit_key = identity(credit);
    let known = |stem: &str| {
        let joined = std::iter::once(stem)
            .chain(rest.iter().copied())
            .collect::<Vec<_>>()
            .join(" ");
        let phrase: crate::profile::Phrase = std::iter::once(stem)
            .chain(rest.iter().copied())
            .map(|w| crate::text::token::Text::from(identity(w).as_str()))
            .collect();
        (identity(&joined) == credit_key || profile.agencies.contains_key(&phrase))
            .then_some(joined)
    };
    for (i, c) in first.char_indices().take(2) {
        if !matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
            break;
        }
        let stem = first
            .get(i + c.len_utf8()..)
            .filter(|s| s.chars().count() >= 2)?;
        if let Some(found) = known(stem) {
            return Some(found);
        }
        // ل before the article: لل + the rest stands for ل + ال + the rest.
        if c == 'ل'
            && let Some(after) = stem.strip_prefix('ل')
            && let Some(found) = known(&format!("ال{after}"))
        {
            return Some(found);
        }
    }
    None
}

impl AgencyRow {
    /// True when the text writes the agency in some form other than its short credit form
    /// (`name`), so that the sheet should say how it is written.
    pub fn written_otherwise(&self) -> bool {
        self.written.iter().any(|s| s.text != self.name)
    }

    /// What the sheet adds to the row in `lang` (Markdown and HTML alike, not escaped): "written
    /// و م ع ×1، وكالة المغرب العربي للأنباء ×1" ("كُتبت …" in Arabic), or `None` when every form
    /// is the row's name ([`AgencyRow::written_otherwise`]).
    pub(crate) fn written_note(&self, lang: Lang) -> Option<String> {
        self.written_otherwise().then(|| {
            format!(
                "{} {}",
                label(lang, "written", "كُتبت"),
                spellings_text(&self.written, lang, |t| t.to_string())
            )
        })
    }
}

fn group_findings(
    text: &str,
    lines: &LineIndex,
    findings: &[crate::analysis::Finding],
    lang: Lang,
) -> Vec<RuleFindings> {
    let mut out = Vec::new();
    for rule in RULES.iter().map(|r| r.meta()) {
        let mut list: Vec<&crate::analysis::Finding> =
            findings.iter().filter(|f| f.rule == rule.id).collect();
        if list.is_empty() {
            continue;
        }
        list.sort_by_key(|f| (f.range.start, f.range.end));
        out.push(RuleFindings {
            rule: rule.id.as_str(),
            findings: list
                .into_iter()
                .map(|f| {
                    let mut s = span(text, lines, f.range.clone());
                    s.text = first_words(&s.text, 8);
                    FindingRow {
                        severity: f.severity,
                        message: f.message.get(lang).to_string(),
                        column: lines.position(text, f.range.start).1,
                        span: s,
                    }
                })
                .collect(),
        });
    }
    out
}

/// One story for [`review`]: its path as shown, its format, its text (or why it could not be
/// read) and the profile that applies to its path (its own `isnad.toml`).
pub struct Source {
    /// Path as shown.
    pub path: String,
    /// Format the story is read as.
    pub format: Format,
    /// The text, or why the file could not be read.
    pub text: Result<String, String>,
    /// The profile of this story.
    pub profile: Arc<Profile>,
}

/// The review sheet of `sources` (in order), messages in `lang`: [`review_with`] over texts at
/// hand (the editor's open drafts).
pub fn review(
    sources: Vec<Source>,
    lang: Lang,
    contain: &(impl pipeline::Contain + Sync),
    internal_error: &str,
) -> Report {
    let entries: Vec<Entry> = sources
        .iter()
        .map(|s| Entry {
            path: s.path.clone(),
            format: s.format,
            profile: s.profile.clone(),
        })
        .collect();
    let load = |i: usize| sources[i].text.clone();
    review_with(&entries, &load, lang, contain, internal_error, &|| {})
}

/// One story for [`review_with`]: its path as shown, its format and the profile that applies to
/// its path (its own `isnad.toml`); its text is read by the caller's `load`.
pub struct Entry {
    /// Path as shown.
    pub path: String,
    /// Format the story is read as.
    pub format: Format,
    /// The profile of this story.
    pub profile: Arc<Profile>,
}

/// What the review keeps of one story between the pipeline's two passes.
struct Kept {
    story: Story,
    fingerprint: u64,
    /// (start, 1-based line) of every name mention of the story's summary, by start (`u32`, as
    /// the summary's ranges: held for every story of the folder).
    lines: Box<[(u32, u32)]>,
}

/// A 64-bit fingerprint of a story's text, to tell whether it changed between two readings.
fn fingerprint(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// The review sheet of `entries` (in order), messages in `lang`, the text of story `i` from
/// `load(i)` (`Err`: why it could not be read): every story through the pipeline for several
/// drafts ([`pipeline::analyze_set`] under `contain`, on every core, each story with its own
/// profile; its review rows built while its text is at hand, then the text dropped), the names
/// spelled differently across stories listed. A story with cross-story findings is read and
/// analysed again to list them (an error when its text changed meanwhile). A story whose analysis
/// or review panicked is listed with `internal_error` as its error; the others are reviewed.
/// `tick` is called once per story analysed.
pub fn review_with(
    entries: &[Entry],
    load: &(dyn Fn(usize) -> Result<String, String> + Sync),
    lang: Lang,
    contain: &(impl pipeline::Contain + Sync),
    internal_error: &str,
    tick: &(dyn Fn() + Sync),
) -> Report {
    let drafts = drafts_of(entries);
    let set = pipeline::analyze_set(
        &drafts,
        load,
        |i, text, a, summary| {
            let starts = mention_lines(text, summary);
            Kept {
                story: story(
                    &entries[i].path,
                    text,
                    entries[i].format,
                    &a,
                    &entries[i].profile,
                    lang,
                ),
                fingerprint: fingerprint(text),
                lines: starts,
            }
        },
        true,
        contain,
        tick,
    );
    let mut kept: Vec<Result<Kept, String>> = set
        .kept
        .into_iter()
        .map(|k| {
            k.map_err(|e| match e {
                pipeline::Failed::Read(m) => m,
                pipeline::Failed::Panicked => internal_error.to_string(),
            })
        })
        .collect();
    let redo = Redo {
        drafts: &drafts,
        load,
        contain,
        internal_error,
        lang,
    };
    for (i, cross) in set.cross.into_iter().enumerate() {
        if !cross.is_empty() {
            redo.story(i, cross, &mut kept[i]);
        }
    }
    let line_of = |si: usize, at: usize| -> usize {
        let Ok(k) = &kept[si] else { return 1 };
        k.lines
            .binary_search_by_key(&at, |&(s, _)| s as usize)
            .map_or(1, |j| k.lines[j].1 as usize)
    };
    let across = cross_rows(&set.across, |si| entries[si].path.clone(), line_of);
    let stories = kept
        .into_iter()
        .zip(entries)
        .map(|(k, e)| match k {
            Ok(k) => k.story,
            Err(m) => failed(&e.path, m, lang),
        })
        .collect();
    Report {
        version: VERSION,
        lang,
        stories,
        across,
        config_errors: Vec::new(),
    }
}

/// The pipeline's view of `entries`: path, format and profile of each, in order.
fn drafts_of(entries: &[Entry]) -> Vec<pipeline::Draft<'_>> {
    entries
        .iter()
        .map(|e| pipeline::Draft {
            path: &e.path,
            format: e.format,
            profile: &e.profile,
        })
        .collect()
}

/// (start, 1-based line) of every name mention of a story's `summary` (its text `text`), by
/// start, for the cross-story rows once the text is dropped. A line past `u32::MAX` (never: the
/// summary's offsets are `u32`) is saturated.
fn mention_lines(text: &str, summary: &pipeline::Summary) -> Box<[(u32, u32)]> {
    let lines = LineIndex::new(text);
    let mut starts: Vec<(u32, u32)> = summary
        .names
        .iter()
        .flat_map(|e| e.mentions.iter())
        .map(|m| {
            let line = lines.line_of(m.start as usize) + 1;
            (m.start, u32::try_from(line).unwrap_or(u32::MAX))
        })
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts.into_boxed_slice()
}

/// What pass 2 of [`review_with`] needs to review a story again with its cross-story findings.
struct Redo<'a, C> {
    drafts: &'a [pipeline::Draft<'a>],
    load: &'a (dyn Fn(usize) -> Result<String, String> + Sync),
    contain: &'a C,
    internal_error: &'a str,
    lang: Lang,
}

impl<C: pipeline::Contain> Redo<'_, C> {
    /// Story `i` read and analysed again under the guard, its `cross` findings merged, and its
    /// rows in `kept` replaced; an error there when its text changed since pass 1 or the review
    /// panicked. Nothing for a story that already failed.
    fn story(
        &self,
        i: usize,
        cross: Vec<crate::analysis::Finding>,
        kept: &mut Result<Kept, String>,
    ) {
        let Ok(k) = kept else { return };
        let d = &self.drafts[i];
        let again = (self.load)(i).and_then(|text| {
            if fingerprint(&text) != k.fingerprint {
                return Err("the draft changed while it was checked; check it again".to_string());
            }
            self.contain
                .run(d.path, || {
                    self.contain.before(&text);
                    let mut a = pipeline::analyze(&text, d.format, d.profile);
                    pipeline::merge_cross(&text, &mut a.findings, cross);
                    story(d.path, &text, d.format, &a, d.profile, self.lang)
                })
                .ok_or_else(|| self.internal_error.to_string())
        });
        match again {
            Ok(s) => k.story = s,
            Err(e) => *kept = Err(e),
        }
    }
}

/// Builds the report over `inputs` (in order) with `profile` for every story, messages in
/// `lang`: [`build_each`] with no cross-story groups, the analyses as given (for several stories
/// read from files, [`review`] runs the pipeline, each story with its own profile).
pub fn build(inputs: &[StoryInput], profile: &Profile, lang: Lang) -> Report {
    let each: Vec<&Profile> = vec![profile; inputs.len()];
    build_each(inputs, &each, &[], lang)
}

/// Builds the report over `inputs` (in order), whose analyses have been through the pipeline
/// (for several stories, [`pipeline::analyze_set`], which adds the cross-story findings), story
/// `i` with `profiles[i]`, messages in `lang`. `groups` are the names spelled differently across
/// stories ([`pipeline::Set::across`], story indices into `inputs`); those that are inconsistent
/// are listed. A story whose review panics is listed with [`guard::internal_error`] as its error
/// (the panic is printed once on standard error); the others are reviewed. Panics if `profiles`
/// is shorter than `inputs`, or a group names a story that is not a readable input.
pub fn build_each(
    inputs: &[StoryInput],
    profiles: &[&Profile],
    groups: &[across::CrossName],
    lang: Lang,
) -> Report {
    let mut stories = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        match &input.content {
            Err(e) => stories.push(failed(&input.path, e.clone(), lang)),
            Ok((text, a)) => {
                let one =
                    guard::run(|| story(&input.path, text, input.format, a, profiles[i], lang));
                stories.push(one.unwrap_or_else(|p| {
                    guard::eprint(&input.path, &p);
                    failed(&input.path, guard::internal_error(lang), lang)
                }));
            }
        }
    }
    let line_of = |si: usize, at: usize| {
        let (text, _) = inputs[si].content.as_ref().unwrap();
        LineIndex::new(text).line_of(at) + 1
    };
    let across = cross_rows(groups, |si| inputs[si].path.clone(), line_of);
    Report {
        version: VERSION,
        lang,
        stories,
        across,
        config_errors: Vec::new(),
    }
}

/// The rows of the names spelled differently across stories: the inconsistent groups of
/// `groups`, each story part with its path (`path_of(story index)`) and the 1-based line of its
/// first mention (`line_of(story index, byte offset)`).
fn cross_rows(
    groups: &[across::CrossName],
    path_of: impl Fn(usize) -> String,
    line_of: impl Fn(usize, usize) -> usize,
) -> Vec<CrossNameRow> {
    groups
        .iter()
        .filter(|g| g.inconsistent())
        .map(|g| CrossNameRow {
            kind: kind_str(g.kind),
            preferred: g.preferred.clone(),
            spellings: spellings_of(&g.spellings, &g.preferred),
            stories: g
                .stories
                .iter()
                .enumerate()
                .map(|(pi, p)| CrossStory {
                    path: path_of(p.story),
                    main: p.main.clone(),
                    spellings: spellings_of(&p.spellings, &g.preferred),
                    line: line_of(p.story, p.first.start),
                    flagged: g.flagged.contains(&pi),
                })
                .collect(),
        })
        .collect()
}

/// A file's error message (from the command line's `files::read`, `files::collect` or the panic
/// guard, always written in English there) in `lang`: the known messages are translated whole or by their leading
/// phrase, with the English detail (a byte offset, a byte order) kept; an unknown message is
/// returned unchanged. Used by the command line's text and JSON outputs and by the review sheet
/// (a story that could not be read says why in the sheet's language).
pub fn file_error(e: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return e.to_string();
    }
    const WHOLE: [(&str, &str); 5] = [
        ("no such file or directory", "لا يوجد ملف أو مجلد بهذا الاسم"),
        ("permission denied", "لا إذن بقراءته"),
        (
            "binary file (contains NUL bytes); not a text draft",
            "ملف ثنائي (فيه بايتات NUL)، وليس مسودة نصية",
        ),
        ("a folder, not a draft", "مجلد، وليس مسودة"),
        ("is a directory", "مجلد، وليس مسودة"),
    ];
    if let Some((_, ar)) = WHOLE.iter().find(|(en, _)| *en == e) {
        return (*ar).to_string();
    }
    if let Some(rest) = e.strip_prefix("UTF-16 (")
        && let Some(order) = rest.strip_suffix(") text; save the draft as UTF-8")
    {
        let order = match order {
            "little-endian" => "الأصغر أولاً",
            "big-endian" => "الأكبر أولاً",
            other => other,
        };
        return format!("نص بترميز UTF-16 ({order})؛ احفظ المسودة بترميز UTF-8");
    }
    if let Some(kind) = e.strip_suffix(", not a text draft; skipped") {
        let kind = match kind {
            "a FIFO (named pipe)" => "أنبوب مسمّى (FIFO)",
            "a socket" => "مقبس (socket)",
            "a device" => "ملف جهاز",
            other => other,
        };
        return format!("{kind}، وليس مسودة نصية؛ تُرك");
    }
    if let Some(exts) = e
        .strip_prefix("no drafts (")
        .and_then(|r| r.strip_suffix(") in this folder"))
    {
        return format!("لا مسودات ({exts}) في هذا المجلد");
    }
    if let Some(rest) = e.strip_prefix("cannot write the fixed draft: ") {
        return format!("تعذّرت كتابة المسودة المصلحة: {}", file_error(rest, lang));
    }
    if let Some(rest) = e.strip_prefix("invalid UTF-8 on line ")
        && let Some(place) = rest.strip_suffix(" in the file); save the draft as UTF-8")
        && let Some((line, at)) = place.split_once(" (byte offset ")
    {
        return format!(
            "ترميز UTF-8 غير صالح في السطر {line} (عند البايت {at} من بداية الملف، والعدّ من الصفر)؛ احفظ المسودة بترميز UTF-8"
        );
    }
    e.to_string()
}

/// The entry of a story that could not be reviewed: its path and `error` (English, said in
/// `lang`: [`file_error`]), every list empty.
fn failed(path: &str, error: String, lang: Lang) -> Story {
    Story {
        path: path.to_string(),
        error: Some(file_error(&error, lang)),
        credits: Vec::new(),
        quotes: Vec::new(),
        quoted_names: Vec::new(),
        speakers: Vec::new(),
        names: Vec::new(),
        agencies: Vec::new(),
        anonymous: Vec::new(),
        findings: Vec::new(),
        too_short_for_credit: false,
    }
}

/// Labels of the report in English and Arabic.
pub(crate) fn label(lang: Lang, en: &'static str, ar: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ar => ar,
    }
}

/// The label of a credit kind.
pub(crate) fn credit_label(kind: &str, lang: Lang) -> &'static str {
    match kind {
        "dateline" => label(lang, "Dateline", "سطر المكان والمصدر"),
        "credit-line" => label(lang, "Credit line", "سطر المصدر"),
        "byline" => label(lang, "Byline", "توقيع الكاتب"),
        "outlet-tag" => label(lang, "Outlet tag", "وسم الوسيلة"),
        _ => label(lang, "Front-matter credit", "حقل المصدر"),
    }
}

/// The label of a name kind.
pub(crate) fn kind_label(kind: &str, lang: Lang) -> &'static str {
    match kind {
        "person" => label(lang, "person", "شخص"),
        "place" => label(lang, "place", "مكان"),
        _ => label(lang, "organisation", "جهة"),
    }
}

/// How a severity is spelled in English (Arabic has one spelling: خطأ، تحذير، معلومة، تلميح).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelForm {
    /// The whole word, for prose (the review sheet): `information`.
    Word,
    /// The compiler-style tag before `[rule]` in `isnad check`'s text output: `info`.
    Tag,
}

/// The label of a severity in `lang`: `error`, `warning`, `information` (`info` in the
/// [`LabelForm::Tag`] form), `hint`, or the Arabic word. The JSON and SARIF outputs do not use it
/// (they keep [`Severity::as_str`] and SARIF levels).
pub fn severity_label(s: Severity, lang: Lang, form: LabelForm) -> &'static str {
    match s {
        Severity::Error => label(lang, "error", "خطأ"),
        Severity::Warning => label(lang, "warning", "تحذير"),
        Severity::Information if form == LabelForm::Tag => label(lang, "info", "معلومة"),
        Severity::Information => label(lang, "information", "معلومة"),
        Severity::Hint => label(lang, "hint", "تلميح"),
    }
}

/// "name ×3, **other ×1** (variant)": the spellings as one line of text, variants marked by `mark`.
pub(crate) fn spellings_text(
    list: &[Spelling],
    lang: Lang,
    mark: impl Fn(&str) -> String,
) -> String {
    list.iter()
        .map(|s| {
            let t = format!("{} ×{}", s.text, s.count);
            if s.variant {
                format!("{} ({})", mark(&t), label(lang, "variant", "صيغة مختلفة"))
            } else {
                t
            }
        })
        .collect::<Vec<_>>()
        .join("، ")
}

/// The report's summary line in `r.lang`, without markup: how many stories (and, when some
/// could not be read, how many), and how many quotations. English `2 stories, 9 quotations.`,
/// `3 stories (1 could not be read), 5 quotations.`; Arabic `عدد القصص: 2، عدد الاقتباسات: 9.`.
/// Shared by the Markdown and HTML sheets.
pub(crate) fn summary_line(r: &Report) -> String {
    let failed = r.stories.iter().filter(|s| s.error.is_some()).count();
    let quotes: usize = r.stories.iter().map(|s| s.quotes.len()).sum();
    let n = r.stories.len();
    match r.lang {
        Lang::En => {
            let unread = if failed > 0 {
                format!(" ({failed} could not be read)")
            } else {
                String::new()
            };
            format!(
                "{}{unread}, {}.",
                plural(n, "story", "stories"),
                plural(quotes, "quotation", "quotations")
            )
        }
        Lang::Ar => {
            let unread = if failed > 0 {
                format!(" (تعذّرت قراءة {failed})")
            } else {
                String::new()
            };
            format!("عدد القصص: {n}{unread}، عدد الاقتباسات: {quotes}.")
        }
    }
}

/// "1 story", "3 stories": an English count with its noun.
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod quote_list_tests {
    use super::*;

    fn story_of(src: &str) -> Story {
        let p = Profile::embedded();
        let a = crate::analysis::analyze_text(src, Format::Plain, &p);
        let input = StoryInput {
            path: "a.txt".into(),
            format: Format::Plain,
            content: Ok((src.to_string(), a)),
        };
        build(&[input], &p, Lang::En).stories.remove(0)
    }

    #[test]
    fn an_agency_is_listed_as_written_without_the_clitic_on_it() {
        let p = Profile::embedded();
        // A preposition on the full name, the conjunction on the short form, ل merged with the
        // article's alef: each is cut, what is left is a name of the list.
        assert_eq!(
            without_proclitic(&p, "لاماب", "لوكالة المغرب العربي للأنباء").as_deref(),
            Some("وكالة المغرب العربي للأنباء")
        );
        assert_eq!(
            without_proclitic(&p, "سانا", "وسانا").as_deref(),
            Some("سانا")
        );
        assert_eq!(
            without_proclitic(&p, "د ب أ", "للألمانية").as_deref(),
            Some("الألمانية")
        );
        // No clitic: nothing to cut; a word that only starts with a clitic letter stays whole.
        assert_eq!(without_proclitic(&p, "سانا", "سانا"), None);
        assert_eq!(without_proclitic(&p, "وات", "وات"), None);
        let s = story_of(
            "دمشق - سانا\n\nوقال المدير لرويترز إن المحطة تعمل بكامل طاقتها منذ أمس، وأكد لرويترز أن الصيانة انتهت.",
        );
        let rows: Vec<(&str, usize, Vec<(&str, usize)>)> = s
            .agencies
            .iter()
            .map(|a| {
                let w = a
                    .written
                    .iter()
                    .map(|w| (w.text.as_str(), w.count))
                    .collect();
                (a.name.as_str(), a.count, w)
            })
            .collect();
        // لرويترز twice is رويترز twice: the sheet adds nothing to the row's name.
        assert_eq!(
            rows,
            [
                ("سانا", 1, vec![("سانا", 1)]),
                ("رويترز", 2, vec![("رويترز", 2)])
            ]
        );
        assert!(s.agencies.iter().all(|a| !a.written_otherwise()));
    }

    #[test]
    fn a_speaker_carried_into_the_next_paragraph_is_marked_continued() {
        let src = "قال وزير الزراعة سليم حداد: «المحصول جيد هذا العام».\n\nوأضاف: «ولن نستورد القمح هذا الموسم».";
        let p = Profile::embedded();
        let a = crate::analysis::analyze_text(src, Format::Plain, &p);
        let input = StoryInput {
            path: "a.txt".into(),
            format: Format::Plain,
            content: Ok((src.to_string(), a)),
        };
        let r = build(&[input], &p, Lang::En);
        let rows: Vec<(Option<&str>, bool)> = r.stories[0]
            .quotes
            .iter()
            .map(|q| (q.via, q.carried))
            .collect();
        assert_eq!(
            rows,
            vec![
                (Some("after-verb"), false),
                (Some("continued-earlier-paragraph"), true)
            ]
        );
        let md = super::markdown::render(&r);
        assert!(md.contains("| وأضاف (continued) |"), "{md}");
        assert!(md.contains("| قال |"), "{md}");
        let html = super::html::render(&r);
        assert!(
            html.contains("وأضاف <span class=\"muted\"><span class=\"en\" lang=\"en\">(continued)</span></span>"),
            "{html}"
        );
        let json = serde_json::to_value(&r.stories[0].quotes[1]).unwrap();
        assert_eq!(json["via"], "continued-earlier-paragraph");
        assert!(json.get("carried").is_none());
    }

    #[test]
    fn the_names_table_shows_the_standard_spelling_in_both_columns() {
        // Twice the hurried ى, once the nisba's ي: the row prefers الحلبي, and the full name,
        // first written with ى, is shown with the preferred family name.
        let src = "قال الخبير عادل الحلبى إن الأسعار ارتفعت. وأضاف الحلبى أن الطلب قوي. وأكد الحلبي أن السوق هادئة.";
        let s = story_of(src);
        let rows: Vec<(&str, Option<&str>, Vec<(&str, usize, bool)>)> = s
            .names
            .iter()
            .map(|n| {
                (
                    n.preferred.as_str(),
                    n.full_name.as_deref(),
                    n.spellings
                        .iter()
                        .map(|x| (x.text.as_str(), x.count, x.variant))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![(
                "الحلبي",
                Some("عادل الحلبي"),
                vec![("الحلبى", 2, true), ("الحلبي", 1, false)]
            )]
        );
    }

    #[test]
    fn a_country_inside_a_longer_country_is_listed_once() {
        let src = "وصل الوزير إلى بابوا غينيا الجديدة أمس، وقال إن بابوا غينيا الجديدة شريك مهم.";
        let p = Profile::embedded();
        let a = crate::analysis::analyze_text(src, Format::Plain, &p);
        // The analysis holds both the country and the word inside it ...
        let keys: Vec<&str> = a.names.iter().map(|e| e.key.as_str()).collect();
        assert!(keys.contains(&"غينيا"), "{keys:?}");
        // ... and the review sheet lists the country only.
        let s = story_of(src);
        let rows: Vec<(&str, &str, usize)> = s
            .names
            .iter()
            .map(|n| (n.preferred.as_str(), n.kind, n.mentions))
            .collect();
        assert_eq!(rows, vec![("بابوا غينيا الجديدة", "place", 2)]);
    }

    #[test]
    fn the_speaker_is_the_name_that_ends_the_post() {
        // باسم (also a given name, here a person of the story listed first) inside the post is
        // not the spokesman: the name that ends the phrase is.
        use crate::analysis::names::{MatchKind, Mention};
        let src = "وقال الناطق باسم الرئاسة نبيل أبو ردينة إن «الوضع خطير».";
        let at = |w: &str| src.find(w).unwrap()..src.find(w).unwrap() + w.len();
        let person = |key: &str| Entity {
            kind: NameKind::Person,
            key: key.to_string(),
            mentions: vec![Mention {
                range: at(key),
                spelling: key.into(),
                how: MatchKind::Identity,
            }],
            family: true,
            listed: false,
            given: Vec::new(),
        };
        let names = vec![person("باسم"), person("ردينة")];
        let phrase = at("الناطق باسم الرئاسة نبيل أبو ردينة");
        assert_eq!(person_in(src, &names, &phrase), Some(1));
        // A phrase holding only the first mention names that person.
        assert_eq!(person_in(src, &names, &at("الناطق باسم")), Some(0));
    }

    #[test]
    fn a_name_in_the_genitive_of_a_speaker_phrase_is_not_the_speaker() {
        // مستشار المنصوري is the minister's adviser: the speakers table must not count the
        // adviser's words under the minister, who is listed under his name.
        assert!(!genitive_of(""));
        assert!(!genitive_of("الوزير "));
        assert!(!genitive_of("وزير المالية خالد "));
        assert!(!genitive_of("وزير، "));
        assert!(genitive_of("معاون "));
        let src = "وقال وزير المالية خالد المنصوري إن «الخطة جاهزة».\nوقال مستشار المنصوري للصحفيين إن «الموعد لم يحدد».\n";
        let a = crate::analysis::analyze_text(src, Format::Plain, &Profile::embedded());
        let phrase = |p: &str| {
            let at = src.find(p).unwrap();
            at..at + p.len()
        };
        let minister = person_in(src, &a.names, &phrase("وزير المالية خالد المنصوري"));
        assert!(
            minister.is_some_and(|e| a.names[e].key == "المنصوري"),
            "{minister:?}"
        );
        assert_eq!(person_in(src, &a.names, &phrase("مستشار المنصوري")), None);
    }

    #[test]
    fn a_name_at_the_end_of_a_chain_of_nouns_in_construct_is_not_the_speaker() {
        // Written for this test: the campaign team of the candidate speaks, not the candidate
        // (فريق حملة الخطيب); the foreign minister of a country is the man named after it.
        let src = "وقال المرشح سامر الخطيب إن «البرنامج جاهز».\nوقال فريق حملة الخطيب في بيان إن «الأرقام مشجعة».\nوقال وزير خارجية فرنسا جان لودريان إن «الحوار ممكن».\n";
        let a = crate::analysis::analyze_text(src, Format::Plain, &Profile::embedded());
        let phrase = |p: &str| {
            let at = src.find(p).unwrap();
            at..at + p.len()
        };
        let candidate = person_in(src, &a.names, &phrase("المرشح سامر الخطيب"));
        assert!(
            candidate.is_some_and(|e| a.names[e].key == "الخطيب"),
            "{candidate:?}"
        );
        assert_eq!(person_in(src, &a.names, &phrase("فريق حملة الخطيب")), None);
        let minister = person_in(src, &a.names, &phrase("وزير خارجية فرنسا جان لودريان"));
        assert!(
            minister.is_some_and(|e| a.names[e].key.ends_with("لودريان")),
            "{minister:?} {:?}",
            a.names.iter().map(|n| &n.key).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_preposition_with_a_pronoun_or_a_definite_title_is_no_noun_in_construct() {
        assert!(!genitive_of("فيها "));
        assert!(!genitive_of("عنه "));
        assert!(!genitive_of("للشيخ "));
        assert!(!genitive_of("بالدكتور "));
        assert!(genitive_of("صديق "));
        assert!(genitive_of("فيلم "));
    }

    #[test]
    fn the_speaker_as_named_drops_a_complement_before_and_an_adverb_after() {
        let p = Profile::embedded();
        assert_eq!(as_named(&p, "فيها المحامية نور"), "المحامية نور");
        assert_eq!(as_named(&p, "عنه الوزير"), "الوزير");
        assert_eq!(as_named(&p, "الوزير مطولاً"), "الوزير");
        assert_eq!(as_named(&p, "المدرب مجددا"), "المدرب");
        // After a given name, an adverb of time is still the verb's, not a family name.
        assert_eq!(as_named(&p, "سمير سابقا"), "سمير");
        assert_eq!(as_named(&p, "سمير أخيرا"), "سمير");
        // A place or a given name ending in alif stays; so does a one-word phrase.
        assert_eq!(as_named(&p, "سفير سوريا"), "سفير سوريا");
        assert_eq!(as_named(&p, "الشيخ رضا"), "الشيخ رضا");
        assert_eq!(as_named(&p, "فيها"), "فيها");
        assert_eq!(as_named(&p, "أبو سمرا"), "أبو سمرا");
        assert_eq!(as_named(&p, "ولية أمر"), "ولية أمر");
        // A word that only starts like a preposition with a pronoun is kept.
        assert_eq!(as_named(&p, "منها الحربي"), "الحربي");
        assert_eq!(as_named(&p, "منهل الحربي"), "منهل الحربي");
    }

    #[test]
    fn a_titled_family_name_after_lam_is_counted_under_the_person() {
        // للشيخ is ل before the article: الشيخ ناصر is the sheikh named in full before, one row.
        let src = "وقال الشيخ سالم ناصر إن «الوقف سيعيد بناء المدرسة».\nونقل الموقع تصريحات للشيخ ناصر قال فيها إن «العمل يبدأ في الربيع».\n";
        let s = story_of(src);
        let said: Vec<Option<&str>> = s.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        let rows = speaker_rows(&s);
        assert_eq!(rows, vec![("سالم ناصر", 2)], "{said:?}");
    }

    #[test]
    fn a_post_referring_back_is_counted_under_the_person_it_stands_for() {
        // The minister is named once in full, then referred to by her post two paragraphs on:
        // one speaker, two quotations, not a second row for «الوزيرة (روحو)».
        let src = "قالت وزيرة الطاقة هالة شيخ روحو إن «الأسعار لن ترتفع هذا الشهر».\nوانخفض سعر النفط في الأسواق العالمية أمس.\nوأكدت الوزيرة، الخميس، في تصريح للصحفيين أن «القرار النهائي بيد الحكومة».\n";
        let s = story_of(src);
        let said: Vec<Option<&str>> = s.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(
            said[1].is_some_and(|t| t.starts_with("الوزيرة")),
            "{said:?}"
        );
        let rows = speaker_rows(&s);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert_eq!(rows[0].1, 2, "{rows:?}");
        assert!(rows[0].0.contains("روحو"), "{rows:?}");
    }

    #[test]
    fn a_speaker_named_once_is_listed_among_the_people() {
        // Named once, after a long post and a title: the reporting clause makes him a person
        // worth listing for the editor, though his name occurs only once.
        let src = "وقال المشرف العام على البرنامج الوطني للحرف الدكتور جاسر الحربش إن «الجائزة ستعلن في الصيف».\n";
        let s = story_of(src);
        assert_eq!(s.quotes.len(), 1);
        let people: Vec<(&str, &str)> = s
            .names
            .iter()
            .map(|n| (n.kind, n.preferred.as_str()))
            .collect();
        assert!(
            people
                .iter()
                .any(|(k, n)| *k == "person" && n.contains("الحربش")),
            "{people:?}"
        );
    }

    #[test]
    fn a_speaker_apposed_to_a_post_is_a_person_though_every_word_is_a_dictionary_word() {
        // Written for this test: حميد ("praiseworthy") and سلام ("peace") are both dictionary
        // words and حميد is no listed given name; the post after the name (الأمين العام) makes
        // the speaker a person, listed with his two mentions (not listed before). The story's
        // first quotation has an unnamed speaker, who is no row.
        let src = "وقال مصدر مطلع إن «الاجتماع تأجل».\n\nوقال حميد سلام الأمين العام للنقابة إن «الإضراب مستمر».\n\nوأضاف سلام أن «المفاوضات متوقفة».\n";
        let s = story_of(src);
        let said: Vec<Option<&str>> = s.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert_eq!(said[1], Some("حميد سلام"), "{said:?}");
        let people: Vec<(&str, &str, usize)> = s
            .names
            .iter()
            .filter(|n| n.kind == "person")
            .map(|n| {
                (
                    n.preferred.as_str(),
                    n.full_name.as_deref().unwrap_or(""),
                    n.mentions,
                )
            })
            .collect();
        assert_eq!(people, vec![("سلام", "حميد سلام", 2)], "{people:?}");
    }

    /// The speakers table of `s` as (name, number of quotations) rows.
    fn speaker_rows(s: &Story) -> Vec<(&str, usize)> {
        s.speakers
            .iter()
            .map(|r| (r.name.as_str(), r.quotes))
            .collect()
    }

    /// The person rows of `s` as (preferred spelling, spellings) pairs.
    fn person_rows(s: &Story) -> Vec<(&str, Vec<&str>)> {
        s.names
            .iter()
            .filter(|n| n.kind == "person")
            .map(|n| {
                (
                    n.preferred.as_str(),
                    n.spellings.iter().map(|x| x.text.as_str()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn a_compound_name_written_spaced_and_joined_is_one_row() {
        // Written for this test: a kunya family name (أبو سمرة) written spaced after the given
        // name and once joined; its second word alone names no one, so one row.
        let src = "قال خالد أبو سمرة إن المشروع سيكتمل العام المقبل.\n\nوأضاف أبو سمرة: «نحن جاهزون للعمل».\n\nوأكد أبوسمرة أن التمويل متوفر.\n";
        let s = story_of(src);
        let rows = person_rows(&s);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert!(rows[0].1.contains(&"أبوسمرة"), "{rows:?}");
        // A speaker named by a compound of عبد (عبد الرزاق) is the compound's row, not a second
        // row beside the one that lists the joined spelling.
        let src = "يقف محمود عبد الرزاق أمام فرنه في المدينة القديمة.\n\nيقول عبد الرزاق: «تعلمت هذه الصنعة من أبي».\n\nويرى عبدالرزاق أن المهنة باقية.\n\nوأضاف عبد الرزاق أن الزبائن قلوا.\n";
        let s = story_of(src);
        let rows = person_rows(&s);
        let named = rows.iter().filter(|(p, _)| *p == "عبد الرزاق").count();
        assert_eq!(named, 1, "{rows:?}");
        // Quiet test: a family name also written alone outside the compound keeps its row.
        let src = "قال خالد أبو سمرة إن المشروع سيكتمل.\n\nوقالت الباحثة سمرة إن الدراسة انتهت.\n\nوأضافت سمرة أن النتائج جيدة.\n";
        let s = story_of(src);
        let rows = person_rows(&s);
        assert!(rows.iter().any(|(p, _)| *p == "سمرة"), "{rows:?}");
    }

    #[test]
    fn a_name_is_shown_with_the_shadda_the_story_writes() {
        // Written for this test: عمّان (the city) is written with its shadda each time; the
        // table shows it so, not as عمان (the sultanate's spelling without marks).
        let src = "وصل الوفد إلى عمّان أمس، وغادر عمّان صباح اليوم إلى بغداد.";
        let s = story_of(src);
        let shown: Vec<(&str, Vec<&str>)> = s
            .names
            .iter()
            .map(|n| {
                (
                    n.preferred.as_str(),
                    n.spellings.iter().map(|x| x.text.as_str()).collect(),
                )
            })
            .collect();
        assert!(shown.contains(&("عمّان", vec!["عمّان"])), "{shown:?}");
        // Quiet test: a spelling written once with and once without the shadda is shown plain.
        let mixed = "وصل الوفد إلى عمّان أمس، وغادر عمان صباح اليوم إلى بغداد.";
        let s = story_of(mixed);
        assert!(s.names.iter().any(|n| n.preferred == "عمان"));
    }

    #[test]
    fn a_full_name_shows_the_given_name_in_the_preferred_spelling() {
        // Written for this test: the full mention writes احمد with no hamza seat, the uses of the
        // given name alone for the same person write أحمد; the Name column shows the standard
        // spelling its Spellings column counts.
        let src = "وقال المدير احمد ناصر: «المشروع بدأ». وأضاف ناصر: «التمويل متوفر». وقال أحمد: «العمل مستمر». وأكد أحمد أن «النتائج جيدة».";
        let s = story_of(src);
        let full: Vec<Option<&str>> = s.names.iter().map(|n| n.full_name.as_deref()).collect();
        assert_eq!(full, vec![Some("أحمد ناصر")]);
    }

    #[test]
    fn a_speaker_is_shown_by_the_full_name_the_story_gives() {
        // Named in full once, then by the family name: one row, under the full name.
        let src = "وقالت الروائية ريم نصار إن «الرواية ولدت من صورة قديمة».\nوأضافت نصار أن «الترجمة ستصدر العام المقبل».\n";
        let s = story_of(src);
        let rows = speaker_rows(&s);
        assert_eq!(rows, vec![("ريم نصار", 2)]);
        let e = crate::analysis::analyze_text(src, Format::Plain, &Profile::embedded());
        let nassar = e
            .names
            .iter()
            .position(|n| n.key == "نصار")
            .expect("the person is found");
        let people = People::of(src, &e.names);
        let full = people.sole(nassar).and_then(|p| people.full_text(src, p));
        assert_eq!(full.as_deref(), Some("ريم نصار"));
        // Never named in full: no full name to show.
        let bare = "وقالت نصار إن «الرواية ولدت من صورة قديمة».\nوأضافت نصار أن «الترجمة ستصدر».\n";
        let b = crate::analysis::analyze_text(bare, Format::Plain, &Profile::embedded());
        let people = People::of(bare, &b.names);
        assert!(
            b.names
                .iter()
                .enumerate()
                .filter(|(_, n)| n.key == "نصار")
                .all(|(i, _)| people.sole(i).is_none())
        );
    }

    #[test]
    fn a_person_named_in_full_then_by_family_name_is_one_speaker() {
        // جيمس is a given name, not a noun in construct with كومي: both quotations are his.
        let src = "واشنطن - رويترز\n\nقال جيمس كومي: «الأمر خطير».\n\nوقال كومي: «لن نتراجع».\n";
        let s = story_of(src);
        let rows = speaker_rows(&s);
        assert_eq!(rows, vec![("جيمس كومي", 2)]);
    }

    #[test]
    fn speech_partial_quotes_and_quoted_text_are_listed_names_are_not() {
        let src = "وقال الوزير: «سنفتح المعبر غداً أمام الشاحنات».\nووصف الوزير الوضع بـ«الكارثي».\nوكما يقول المثل: «من جدّ وجد».\nوأطلقت الوزارة حملة «معاً من أجل بيئة نظيفة» أمس.\n";
        let s = story_of(src);
        let listed: Vec<(&str, usize, bool)> = s
            .quotes
            .iter()
            .map(|q| (q.kind, q.span.start, q.attributed))
            .collect();
        let at = |needle: &str| src.find(needle).unwrap();
        assert_eq!(
            listed,
            vec![
                ("speech", at("«سنفتح"), true),
                ("partial", at("«الكارثي"), true),
                ("text", at("«من جدّ"), true),
            ]
        );
        let names: Vec<usize> = s.quoted_names.iter().map(|n| n.start).collect();
        assert_eq!(names, vec![at("«معاً")]);
    }

    #[test]
    fn a_name_running_on_into_another_persons_name_is_one_speaker() {
        // كاوه, a given name the lists do not know, runs on into رستمي: one person, one row.
        let src = "وقال الصحفي كاوه رستمي إن «المخيم مكتظ بالعائلات».\nوأضاف رستمي أن «الطعام لا يكفي الجميع».\nوقال كاوه للإذاعة إن «الوضع يزداد صعوبة».\n";
        let s = story_of(src);
        let said: Vec<Option<&str>> = s.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(said.len(), 3, "{said:?}");
        assert_eq!(speaker_rows(&s), vec![("كاوه رستمي", 3)], "{said:?}");
    }

    #[test]
    fn a_post_given_with_a_name_then_alone_is_that_person() {
        // عميد الكلية is named in apposition once; alone later it refers back to him.
        let src = "وقال عميد الكلية الدكتور سمير حداد إن «الامتحانات ستؤجل أسبوعاً».\nوانتهى الاجتماع مساءً.\nوأكد عميد الكلية أن «القرار نهائي ولا رجعة فيه».\n";
        let s = story_of(src);
        let said: Vec<Option<&str>> = s.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert_eq!(speaker_rows(&s), vec![("سمير حداد", 2)], "{said:?}");
        // Given to two people, the post alone is left as written.
        let two = "وقال عميد الكلية الدكتور سمير حداد إن «الامتحانات ستؤجل».\nوكان عميد الكلية الدكتور رامي نصار قد رفض التأجيل.\nوأكد عميد الكلية أن «القرار نهائي».\n";
        let s = story_of(two);
        let rows = speaker_rows(&s);
        assert!(rows.contains(&("عميد الكلية", 1)), "{rows:?}");
    }

    #[test]
    fn a_partial_quote_with_no_speaker_is_not_called_unattributed() {
        // The check flags speech only: a fragment with no speaker is listed without the bold
        // "unattributed" the check would have to back.
        let src = "وعاد المهندس إلى القرية بعد عشر سنين، وانتهى به المطاف في البيت الذي \"ظن أنه سيبقى مهجوراً إلى الأبد\".\n";
        let s = story_of(src);
        let listed: Vec<(&str, bool)> = s.quotes.iter().map(|q| (q.kind, q.attributed)).collect();
        assert_eq!(listed, vec![("partial", false)]);
        let p = Profile::embedded();
        let a = crate::analysis::analyze_text(src, Format::Plain, &p);
        assert!(a.findings.iter().all(|f| f.rule != "unattributed-quote"));
        let input = StoryInput {
            path: "a.txt".into(),
            format: Format::Plain,
            content: Ok((src.to_string(), a)),
        };
        let md = markdown::render(&build(std::slice::from_ref(&input), &p, Lang::En));
        assert!(md.contains("| no speaker named |"), "{md}");
        assert!(!md.contains("**unattributed**"), "{md}");
        // The label is explained under the table; the two labels not shown are not.
        assert!(
            md.contains("\n- no speaker named: a fragment or a quoted text"),
            "{md}"
        );
        assert!(!md.contains("- unattributed:"), "{md}");
        assert!(!md.contains("- speaker unclear:"), "{md}");
        let html = html::render(&build(std::slice::from_ref(&input), &p, Lang::Ar));
        assert!(
            html.contains("<p class=\"muted\">لم يُذكر قائله: مقطع أو نص مقتبس"),
            "{html}"
        );
    }

    #[test]
    fn a_quotation_running_on_into_the_next_paragraph_counts_once_for_its_speaker() {
        let src = "وقالت سعاد المنصوري (40 عاماً) إحدى سكان القرية «هذا يوم لن أنساه.\nلا أجد كلمات تصف ما أشعر به».\nوأضافت: «سأعود إلى بيتي غداً».\n";
        let s = story_of(src);
        let rows: Vec<(&str, Option<&str>)> = s
            .quotes
            .iter()
            .map(|q| (q.kind, q.speaker.as_deref()))
            .collect();
        assert_eq!(
            rows,
            vec![
                ("speech", Some("سعاد المنصوري")),
                ("speech", Some("سعاد المنصوري")),
                ("speech", Some("سعاد المنصوري")),
            ]
        );
        let table: Vec<(&str, usize)> = s
            .speakers
            .iter()
            .map(|r| (r.name.as_str(), r.quotes))
            .collect();
        assert_eq!(table, vec![("سعاد المنصوري", 2)]);
    }

    #[test]
    fn a_pull_quote_above_the_quotation_it_repeats_is_counted_once_not_never() {
        let src = "تعيش البلدة أزمة حادة منذ أسابيع.\n\n«الناس ينامون في الشوارع والحدائق العامة»\n\nوناشد المجلس المحلي المنظمات الدولية التدخل، مضيفاً: «الناس ينامون في الشوارع والحدائق العامة».\n\nوأضاف: «المخابز أغلقت أبوابها منذ يومين».\n";
        let s = story_of(src);
        assert_eq!(s.quotes.len(), 3);
        assert!(
            s.quotes
                .iter()
                .all(|q| q.speaker.as_deref() == Some("المجلس المحلي")),
            "{:?}",
            s.quotes
        );
        let table: Vec<(&str, usize)> = s
            .speakers
            .iter()
            .map(|r| (r.name.as_str(), r.quotes))
            .collect();
        assert_eq!(table, vec![("المجلس المحلي", 2)]);
    }

    #[test]
    fn an_unnamed_speaker_marked_anonymous_is_in_the_list_of_anonymous_sources() {
        let src = "وقال مصدر عسكري: «القوات تتقدم نحو الجسر منذ الفجر».\nوذكر مصور لوكالة الأنباء: «نرى الدخان يتصاعد من التلال القريبة».\nوأضاف: «الطريق مغلق تماما منذ الصباح».\n";
        let s = story_of(src);
        let marked: Vec<bool> = s.quotes.iter().map(|q| q.anonymous).collect();
        assert_eq!(marked, vec![true, true, true]);
        // The phrase مصدر عسكري and the speaker مصور, each once (the third quotation is the
        // photographer's turn carried on).
        let listed: Vec<(&str, usize)> = s
            .anonymous
            .iter()
            .map(|x| (x.text.as_str(), x.line))
            .collect();
        assert_eq!(listed, vec![("مصدر عسكري", 1), ("مصور", 2)]);
    }

    #[test]
    fn the_subject_of_a_quoted_name_is_no_anonymous_source() {
        // «نوفا» is the group's name, listed apart: the words before it are no source of the
        // story, and a body named is no unnamed source anyway.
        let src = "وأعلنت إدارة مجموعة «نوفا» البرازيلية أمس أنها تعرضت لهجوم إلكتروني.\nوقال مصدر أمني: «الهجوم بدأ ليلاً واستمر حتى الصباح».\n";
        let s = story_of(src);
        assert_eq!(s.quoted_names.len(), 1);
        let listed: Vec<(&str, usize)> = s
            .anonymous
            .iter()
            .map(|x| (x.text.as_str(), x.line))
            .collect();
        assert_eq!(listed, vec![("مصدر أمني", 2)]);
    }

    #[test]
    fn an_unnamed_source_is_shown_as_anonymous() {
        let src = "وقال مصدر عسكري: «القوات تتقدم نحو الجسر منذ الفجر».\nوقال الوزير: «سنفتح المعبر غداً أمام الشاحنات».\n";
        let s = story_of(src);
        let listed: Vec<(Option<&str>, bool)> = s
            .quotes
            .iter()
            .map(|q| (q.speaker.as_deref(), q.anonymous))
            .collect();
        assert_eq!(
            listed,
            vec![(Some("مصدر عسكري"), true), (Some("الوزير"), false)]
        );
        let p = Profile::embedded();
        let a = crate::analysis::analyze_text(src, Format::Plain, &p);
        let input = StoryInput {
            path: "a.txt".into(),
            format: Format::Plain,
            content: Ok((src.to_string(), a)),
        };
        for lang in [Lang::En, Lang::Ar] {
            let r = build(std::slice::from_ref(&input), &p, lang);
            let md = markdown::render(&r);
            let html = html::render(&r);
            let note = if lang == Lang::En {
                "anonymous source"
            } else {
                "مصدر مجهول"
            };
            assert!(
                html.contains("مصدر عسكري <span class=\"muted\">(") && html.contains(note),
                "{html}"
            );
            assert!(md.contains(&format!("| مصدر عسكري ({note}) |")), "{md}");
            assert!(!md.contains(&format!("الوزير ({note})")), "{md}");
            let json = serde_json::to_value(&r).unwrap();
            assert_eq!(json["stories"][0]["quotes"][0]["anonymous"], true);
        }
    }
}
