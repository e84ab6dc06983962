//! Sourcing: story credits (dateline, credit line, byline, outlet tag, front-matter field), the
//! agencies and outlets cited in the body, and anonymous sources. Shared by `missing-credit`,
//! `anonymous-source`, document symbols and the report.

crate::analysis::registry::rule_modules!(credits);

mod shapes;

use super::Context;
use super::lexicon::WordTags;
use crate::profile::lists;
use crate::text::{Format, WordKind};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Kind of story credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditKind {
    /// A dateline at the start: place (and date) with the agency (دمشق - سانا; أنقرة، تركيا (CNN)--).
    Dateline,
    /// A credit line: the agency in brackets at the start or end ((أ ف ب)، (وكالات)), or an
    /// agency named alone on a line of the header (و م ع).
    CreditLine,
    /// A byline (كتب: / بقلم / a reporter's name – outlet).
    Byline,
    /// An outlet tag (AHDATH.INFO, عين اليوم – متابعات).
    OutletTag,
    /// A credit field in Markdown front matter (credit:, source:, byline:, author:, المصدر:).
    FrontMatter,
}

impl CreditKind {
    /// True for a credit after which the story's first sentence starts, whatever came before:
    /// a dateline, or a credit line (an agency's name on its own line, which a wire story may
    /// carry where a dateline would be).
    pub fn heads_story(self) -> bool {
        matches!(self, CreditKind::Dateline | CreditKind::CreditLine)
    }

    /// "dateline", "credit-line", "byline", "outlet-tag" or "front-matter".
    pub fn as_str(self) -> &'static str {
        match self {
            CreditKind::Dateline => "dateline",
            CreditKind::CreditLine => "credit-line",
            CreditKind::Byline => "byline",
            CreditKind::OutletTag => "outlet-tag",
            CreditKind::FrontMatter => "front-matter",
        }
    }
}

/// A story credit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credit {
    /// Kind of credit.
    pub kind: CreditKind,
    /// Byte range (half-open) of the credit text.
    pub range: Range<usize>,
}

/// An agency or outlet named in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyMention {
    /// Byte range (half-open) of the name.
    pub range: Range<usize>,
    /// Its short credit form (سانا, رويترز, أ ف ب).
    pub credit: String,
    /// True when the text names it as a source of what it reports (see `cited_as_source`): in a
    /// story credit, in brackets or quotes, after an outlet noun (وكالة، صحيفة، مراسل), after a
    /// reporting verb or attribution phrase (ذكرت رويترز، بحسب رويترز, نقلت الصحيفة عن رويترز),
    /// or as the addressee of a statement (قال لرويترز). False for a passing mention.
    pub cited: bool,
    /// True when it is a news agency, a wire that supplies copy to other newsrooms (a listed
    /// agency, [`crate::profile::Agency::wire`], or وكالة الأنباء + a country); false for a
    /// newspaper, channel or site, listed or named by description (صحيفة «...»، قناة فرانس 2,
    /// an outlet quoted as addressee). Only a wire is offered as a story's credit line.
    pub wire: bool,
}

/// An anonymous-source phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnonymousSource {
    /// Byte range (half-open) of the phrase.
    pub range: Range<usize>,
}

/// What [`scan`] found.
#[derive(Clone, Debug, Default)]
pub struct CreditScan {
    /// Story credits.
    pub credits: Vec<Credit>,
    /// Agencies and outlets cited (in credits and in the body).
    pub agencies: Vec<AgencyMention>,
    /// Anonymous-source phrases.
    pub anonymous: Vec<AnonymousSource>,
}

static FRONT_MATTER_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?mi)^\s*(credit|credits|source|sources|byline|author|authors|agency|dateline|المصدر|المصادر|الكاتب|كتب|بقلم|الوكالة)\s*[:=]\s*\S").unwrap()
});
static LATIN_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z][A-Z0-9.\-_ ]{1,30}$").unwrap());
/// A dash between two parts of a line (a reporter's name – outlet), with its spaces when it has
/// them, or a run of tatweel standing alone between spaces (تونس ــ العربي الجديد): Arabic
/// typesetting sets a dash as kashida, while inside a word a tatweel only stretches it. Compiled
/// once (it was compiled on every call of `header_kind`).
static DASH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s[-–—]\s|[-–—]|\sـ+\s").unwrap());
/// A bracketed picture caption or note ((صورة أرشيفية)، (الصورة: ...)، (أرشيفية)، [فيديو]): it
/// describes an image or clip, so it is not a story credit even in a credit line's place.
static PICTURE_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[\(\[]\s*(?:ال)?(?:صورة|صوره|صور|أرشيفية|ارشيفية|أرشيف|ارشيف|فيديو|تصوير|رسم|إنفوغرافيك|انفوغرافيك|إنفوجرافيك|انفوجرافيك)(?:[\s:،\-–—)\]]|$)").unwrap()
});
/// A bracketed back-reference to a source named before ((المصدر نفسه)، (المصدر السابق)، (نفس
/// المصدر)): it points back to a credit or source already given, so it is no credit line and no
/// new unnamed source.
static SAME_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[\(\[]\s*(?:(?:ال)?مصدر\s+(?:نفسه|ذاته|السابق)|نفس\s+المصدر)\s*[\)\]]\s*$")
        .unwrap()
});
/// A picture caption or photo credit written without brackets (الصورة: ...، تصوير: ...):
/// it credits or describes an image, not the story, even when it names an agency (الصورة:
/// رويترز).
static PICTURE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[*•\-–—]?\s*(?:ال)?(?:صورة|صوره|تصوير)\s*[:\-–—]").unwrap());
/// A dateline whose agency stands between two slashes, the house form of the Gulf agencies (WAM,
/// QNA, BNA, ONA, SPA): `أبوظبي في 3 مايو / وام /`, `الدوحة /قنا/`. The part before the first slash
/// is the place and date; the part between the slashes is checked for an agency by the caller.
/// A run of tatweel standing alone between spaces is a dash too, as in [`DASH`].
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s?[-–—|/:]\s?|\sـ+\s").unwrap());

/// Compiles every pattern the credit scan uses now rather than at its first use (see
/// `analysis::compile_patterns`). Takes and returns nothing.
pub(crate) fn compile_patterns() {
    for re in [
        &FRONT_MATTER_CREDIT,
        &LATIN_TAG,
        &DASH,
        &PICTURE_NOTE,
        &SAME_SOURCE,
        &PICTURE_LINE,
        &SEPARATOR,
    ] {
        LazyLock::force(re);
    }
    shapes::compile_patterns();
}

fn word_count(cx: &Context, r: Range<usize>) -> usize {
    cx.doc
        .words_in(r)
        .iter()
        .filter(|w| w.kind() != WordKind::Number)
        .count()
}

fn has_agency(cx: &Context, r: Range<usize>) -> bool {
    let a = cx.doc.word_index_at(r.start);
    let b = cx.doc.words.partition_point(|w| w.end() <= r.end);
    (a..b).any(|i| cx.lex.words[i].agency().is_some())
}

/// True when the line at byte range `r` (half-open) names an agency or outlet as a credit does:
/// one of `agencies.txt` that is no ordinary word, or one whose name is also an ordinary word or
/// a place (`ambiguous_agencies.txt`: الخليج، الوطن، الرياض) where it stands as a whole part of
/// the line (between the line's edges, a separator - – — / : | ، or brackets and quotation
/// marks: `دبي - الخليج`، `(الوطن)`; a web domain's dot after it: `العربية.نت`) or after an outlet noun ([`credit_context`]: صحيفة الخليج).
/// Reason: a credit line names the outlet by itself, while a headline that uses such a word uses
/// it in its phrase, as the genitive of a noun (مدن الخليج "the Gulf's cities") or a noun's
/// subject, and names no outlet.
fn line_agency(cx: &Context, r: Range<usize>) -> bool {
    let a = cx.doc.word_index_at(r.start);
    let b = cx.doc.words.partition_point(|w| w.end() <= r.end);
    let src = cx.doc.prose();
    let edge = |gap: Option<&str>, at_end: bool| {
        gap.is_some_and(|g| {
            let g = g.trim_matches(|c: char| c.is_whitespace() || c == '*');
            let marks = [
                '-', '–', '—', '/', ':', '|', '،', '(', ')', '[', ']', '«', '»', '"', '“', '”', '.',
            ];
            g.is_empty()
                || if at_end {
                    g.starts_with(marks)
                } else {
                    g.ends_with(marks)
                }
        })
    };
    (a..b).any(|i| {
        let Some((len, idx)) = cx.lex.words[i].agency() else {
            return false;
        };
        let last = (i + usize::from(len)).min(b).saturating_sub(1).max(i);
        let span = cx.doc.words[i].start()..cx.doc.words[last].end();
        let ambiguous = cx
            .profile
            .agency_list
            .get(usize::from(idx))
            .is_some_and(|ag| ag.ambiguous);
        !ambiguous
            || (edge(src.get(r.start..span.start), false) && edge(src.get(span.end..r.end), true))
            || credit_context(cx, i, &span)
    })
}

/// The kind of the header line `t` (byte range `r`, half-open) that names an agency
/// ([`line_agency`]): a byline when a separator follows a first word that is no place (فلان -
/// رويترز), a credit line when the agency is all it holds ([`agency_only`]), else a dateline.
fn agency_line_kind(cx: &Context, t: &str, r: Range<usize>) -> CreditKind {
    let first = cx.doc.word_index_at(r.start);
    let place_first = cx.lex.words.get(first).is_some_and(|t| t.place > 0);
    if SEPARATOR.is_match(t) && !place_first {
        CreditKind::Byline
    } else if agency_only(cx, r) {
        CreditKind::CreditLine
    } else {
        CreditKind::Dateline
    }
}

/// True when every word of the header line `r` (byte range, half-open) belongs to one agency's
/// name and nothing else is written on it (و م ع، وكالة المغرب العربي للأنباء): a line that only
/// names the agency credits the story without saying where it was filed, so it is a credit line
/// (without brackets), not a dateline, which names a place.
fn agency_only(cx: &Context, r: Range<usize>) -> bool {
    let a = cx.doc.word_index_at(r.start);
    let b = cx.doc.words.partition_point(|w| w.end() <= r.end);
    let Some((len, _)) = cx.lex.words.get(a).and_then(|w| w.agency()) else {
        return false;
    };
    let last = a + usize::from(len);
    let rest = cx
        .doc
        .words
        .get(last.saturating_sub(1))
        .map_or(r.end, |w| w.end());
    a < b
        && last == b
        && cx
            .doc
            .prose()
            .get(rest..r.end)
            .is_some_and(|g| !g.chars().any(char::is_alphanumeric))
}

/// The byline cues that are also ordinary nouns (keys): a story's report, translation, editing,
/// follow-up, preparation, service, source, correspondent. Written for isnad from Arabic
/// newsroom usage, where a headline may open with the same noun as its label (تقرير: ...).
const NOUN_CUES: &[&str] = &[
    "تقرير",
    "ترجمه",
    "تحرير",
    "متابعه",
    "متابعات",
    "اعداد",
    "خدمه",
    "المصدر",
    "المصادر",
    "مراسل",
    "مراسله",
];

/// True when the header line at byte range `r` (half-open) opens with a byline cue that is also
/// an ordinary noun ([`NOUN_CUES`]: تقرير، ترجمة، متابعة) and goes on as a headline: two words or
/// more after it, no dash, slash or bar after it, no agency on the line, the first a dictionary word that is no listed given name,
/// title or outlet noun, and either that word a finite verb right after the cue, its subject
/// (تقرير يكشف حجم الخسائر), or a word of them the story uses again (تقرير: ارتفاع الحرارة في المدن). Reason: after a
/// byline's cue comes a name (the writer's, the outlet's, the desk's) that the story does not
/// use, while a headline's label is followed by a phrase made of the story's own words.
fn labelled_headline(cx: &Context, r: &Range<usize>) -> bool {
    let ws = cx.doc.words_in(r.clone());
    let first = cx.doc.word_index_at(r.start);
    if ws.len() < 3 || !NOUN_CUES.contains(&ws[0].key.as_str()) {
        return false;
    }
    // A line of parts set off by a dash, a slash or a bar is a credit's parts (المصدر أونلاين -
    // خاص), not a labelled headline, which sets its label off with a colon.
    let src = cx.doc.prose();
    let rest = src.get(ws[0].end()..r.end).unwrap_or("");
    if rest.contains(['-', '–', '—', '/', '|']) || cx.lex.words[first].agency().is_some() {
        return false;
    }
    let Some(tags) = cx.lex.words.get(first + 1..first + ws.len()) else {
        return false;
    };
    let (w1, t1) = (&ws[1], &tags[0]);
    let lexicon = crate::profile::words::lexicon();
    if ws.iter().any(|w| w.kind() != WordKind::Arabic)
        || tags.iter().any(|t| t.agency().is_some())
        || !(lexicon.is_word(&w1.plain) || t1.function())
        || t1.given > 0
        || t1.title > 0
        || outlet_noun(cx, first + 1)
    {
        return false;
    }
    // The noun as the subject of the verb after it, nothing between (تقرير يكشف): a sentence.
    let gap = src.get(ws[0].end()..w1.start()).unwrap_or("");
    let verb = gap.trim().is_empty() && finite_verb(cx, &w1.plain);
    verb || (first + 1..first + ws.len())
        .any(|k| !cx.lex.words[k].function() && !unshared(cx, k, 1))
}

/// The key under which two credit forms (`credit`, as [`AgencyMention::credit`] holds it) are one
/// outlet: the identity key without the article ال. Reason: Arabic copy writes a foreign outlet's
/// name with or without the definite article (الغارديان، لـ«غارديان») and both name the same
/// paper, so the review sheet and the missing-credit fix list it once.
pub fn outlet_key(credit: &str) -> String {
    let k = crate::text::normalize::identity(credit);
    match k.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => k,
    }
}

/// Finds credits, cited agencies and anonymous sources: the credits in reading order (front
/// matter, the house's own patterns, header lines and the lede's dateline, credit lines at the
/// end), then the agencies cited (knowing the credits) and the anonymous sources.
pub fn scan(cx: &Context) -> CreditScan {
    let mut credits = Vec::new();
    front_matter_credit(cx, &mut credits);
    pattern_credit(cx, &mut credits);
    header_credits(cx, &mut credits);
    end_credits(cx, &mut credits);
    domain_credits(cx, &mut credits);
    drop_nested(&mut credits);
    let agencies = agencies_cited(cx, &credits);
    CreditScan {
        agencies,
        anonymous: anonymous_sources(cx),
        credits,
    }
}

/// Pushes to `out` a site's bare web address ([`web_domain`]) standing alone on one of the
/// story's first four or last three non-blank lines, as an outlet's tag, unless a credit already
/// covers it. Reason: the text model masks an address as no prose, so such a line is no
/// paragraph the header and closing scans read, yet a news site signs its copy with it.
fn domain_credits(cx: &Context, out: &mut Vec<Credit>) {
    let src = cx.doc.source;
    // Each line's range without its line break and trailing spaces, when it is not blank.
    let filled = |start: usize, line: &str| {
        let r = start..start + line.trim_end().len();
        src.get(r.clone())
            .is_some_and(|l| !l.trim().is_empty())
            .then_some(r)
    };
    // The first four filled lines from the start, and the last three read back from the end, so
    // that the cost does not grow with the story (this runs at every keystroke).
    let mut head: Vec<Range<usize>> = Vec::with_capacity(4);
    let mut at = 0;
    for line in src.split_inclusive('\n') {
        if head.len() == 4 {
            break;
        }
        head.extend(filled(at, line));
        at += line.len();
    }
    let mut tail: Vec<Range<usize>> = Vec::with_capacity(3);
    let mut end = src.len();
    while end > 0 && tail.len() < 3 {
        // The line ending at `end` (its break included), as `split_inclusive` cuts it.
        let body_end = if src.as_bytes()[end - 1] == b'\n' {
            end - 1
        } else {
            end
        };
        let start = src.as_bytes()[..body_end]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        if let Some(line) = src.get(start..end) {
            tail.extend(filled(start, line));
        }
        end = start;
    }
    tail.reverse();
    for r in head.into_iter().chain(tail) {
        let Some(line) = src.get(r.clone()) else {
            continue;
        };
        let lead = line.len() - line.trim_start().len();
        let r = r.start + lead..r.end;
        if web_domain(line)
            && !out
                .iter()
                .any(|c| c.range.start < r.end && r.start < c.range.end)
        {
            out.push(Credit {
                kind: CreditKind::OutletTag,
                range: r,
            });
        }
    }
}

/// Removes from `credits` each credit whose byte range lies inside another's (a house pattern's
/// match, `غرفة الأخبار`, inside the credit line the built-in reading found, `غرفة الأخبار -
/// الوطن`): one credit line is one credit, listed once, by its longer reading. Credits are few (at
/// most one per header or closing line and one per pattern), so the pairwise test is cheap.
fn drop_nested(credits: &mut Vec<Credit>) {
    let ranges: Vec<Range<usize>> = credits.iter().map(|c| c.range.clone()).collect();
    let mut k = 0;
    credits.retain(|c| {
        let me = k;
        k += 1;
        !ranges.iter().enumerate().any(|(j, r)| {
            j != me
                && r.start <= c.range.start
                && c.range.end <= r.end
                && (r.len() > c.range.len() || j < me)
        })
    });
}

/// Pushes to `out` the credit field of a Markdown draft's front matter (`author:`, `source:` ...).
fn front_matter_credit(cx: &Context, out: &mut Vec<Credit>) {
    let src = cx.doc.source;
    if cx.doc.format == Format::Markdown
        && let Some(fm) = &cx.doc.masked.front_matter
        && let Some(c) = FRONT_MATTER_CREDIT.captures(src.get(fm.clone()).unwrap_or(""))
        && let (Some(key), Some(all)) = (c.get(1), c.get(0))
    {
        // The field from its key to the end of its line (the value whole, not its first letter).
        let text = src.get(fm.clone()).unwrap_or("");
        let line_end = text[all.end()..]
            .find(['\n', '\r'])
            .map_or(text.len(), |k| all.end() + k);
        let end = key.start() + text[key.start()..line_end].trim_end().len();
        out.push(Credit {
            kind: CreditKind::FrontMatter,
            range: fm.start + key.start()..fm.start + end,
        });
    }
}

/// Pushes to `out` the first match of the newsroom's own credit patterns (isnad.toml `[credit]
/// patterns`) on the first three or last three paragraphs.
fn pattern_credit(cx: &Context, out: &mut Vec<Credit>) {
    let (src, paras) = (cx.doc.source, &cx.doc.paragraphs);
    if !cx.profile.credit_patterns.is_empty() {
        let n = paras.len();
        for p in paras
            .iter()
            .take(3)
            .chain(paras.iter().skip(n.saturating_sub(3)))
        {
            let text = src.get(p.clone()).unwrap_or("");
            if let Some(m) = cx
                .profile
                .credit_patterns
                .iter()
                .find_map(|re| re.find(text))
            {
                out.push(Credit {
                    kind: CreditKind::CreditLine,
                    range: p.start + m.start()..p.start + m.end(),
                });
                break;
            }
        }
    }
}

/// Pushes to `out` the credits of the header lines (short lines before the lede, past a
/// headline) and the dateline that opens the lede.
fn header_credits(cx: &Context, out: &mut Vec<Credit>) {
    let paras = &header_units(cx);
    for (k, p) in paras.iter().enumerate().take(4) {
        let (heading, start, text) = header_line(cx, p);
        let r = start..start + text.len();
        let words = word_count(cx, r.clone());
        let short = words <= 8
            && (!text.trim_end().ends_with(['.', '؟', '!']) || initial_stop(text.trim_end()));
        if short && (words > 0 || LATIN_TAG.is_match(text.trim()) || web_domain(text)) {
            if let Some((tag, byline)) = tag_and_byline(cx, text, start) {
                out.extend([tag, byline]);
                continue;
            }
            let writer = || (k > 0 && writer_alone(cx, r.clone())).then_some(CreditKind::Byline);
            if let Some(kind) = header_kind(cx, text, r.clone()).or_else(writer) {
                out.push(Credit { kind, range: r });
                continue;
            }
            if k == 0 && words <= 4 && paras.len() > 2 {
                // A first line of a few words may be a headline; keep looking below it.
                continue;
            }
        }
        // A first line that ends a sentence is the lede, not a headline with a credit after it.
        let first_line = k == 0 && !text.trim_end().ends_with(['.', '؟', '!']);
        if let Some(c) = cell_credit(cx, text, start, first_line) {
            out.push(c);
            continue;
        }
        // A Markdown heading, or a first line of up to 15 words without a full stop above the
        // story, is the headline: the dateline is in the lede below it.
        let ends_sentence = text.trim_end().ends_with(['.', '؟', '!', ':']);
        let headline = heading
            || (k == 0
                && paras.len() > 1
                && (!ends_sentence || question_headline(text, words))
                && (words <= 15 || credit_below(cx, paras.get(1))));
        // A headline may name an outlet whose name is also a place or an ordinary word (الخليج،
        // الرياض), which `header_kind` reads as a credit: past the short header lines, the first
        // line is the lede only when a dateline opens it ([`lede_dateline`]); otherwise it is the
        // headline and the credit is looked for below it.
        if headline
            && (header_kind(cx, text, r.clone()).is_none()
                || (k == 0 && lede_dateline(cx, text, start).is_none()))
        {
            continue;
        }
        // A line with no words (a separator, an emoji) is not the lede either.
        if words == 0 {
            continue;
        }
        // The headline's standfirst: a second line that ends no sentence, above a short header
        // credit ([`standfirst`]).
        if k == 1 && !ends_sentence && standfirst(cx, text, start, paras.get(2)) {
            continue;
        }
        // A place and its date alone on their own line below the headline.
        if k > 0
            && let Some(len) = dated_line(cx, text, start)
        {
            out.push(Credit {
                kind: CreditKind::Dateline,
                range: start..start + len,
            });
            break;
        }
        // The lede itself may open with a dateline.
        if let Some((kind, len)) = lede_dateline(cx, text, start) {
            out.push(Credit {
                kind,
                range: start..start + len,
            });
        }
        break;
    }
}

/// True when the story's first line `text` (of `words` words) is a headline asking a question
/// (جدل في البرلمان: حماية للمواطن أم قيد على الابتكار؟): it ends with a question mark and holds
/// no full stop, exclamation or other question mark before it. Reason: a news lede states the
/// facts in a declarative sentence closed by a full stop, while a headline may be put as a
/// question; one question of at most fifteen words on the first line is the headline, and the
/// credit is looked for below it.
fn question_headline(text: &str, words: usize) -> bool {
    let Some(body) = text.trim_end().strip_suffix(['؟', '?']) else {
        return false;
    };
    words <= 15 && !body.contains(['.', '؟', '?', '!'])
}

/// True when `text` (trimmed) ends with a single letter and its full stop after white space
/// (نادية ب.): the stop marks an initial, not a sentence's end.
fn initial_stop(text: &str) -> bool {
    let Some(rest) = text.strip_suffix('.') else {
        return false;
    };
    let mut back = rest.chars().rev();
    back.next().is_some_and(char::is_alphabetic) && back.next().is_some_and(char::is_whitespace)
}

/// The header unit `p` (a byte range) as the header scan reads it: whether it is a Markdown
/// heading, and the start (a byte offset in the source) and text of the line without the
/// heading's marks, the emphasis around it ([`emphasis_inner`]) and a frame of vertical rules
/// ([`rule_frame`]).
fn header_line<'a>(cx: &Context<'_, 'a>, p: &Range<usize>) -> (bool, usize, &'a str) {
    let raw = cx.doc.source.get(p.clone()).unwrap_or("");
    let heading = raw
        .trim_start_matches('\u{FEFF}')
        .trim_start()
        .starts_with('#');
    let bare = raw.trim_start_matches(['#', ' ', '*', '>', '\u{FEFF}']);
    let opened = raw[..raw.len() - bare.len()].contains('*');
    let (off, text) = emphasis_inner(bare, opened);
    let start = p.start + (raw.len() - bare.len()) + off;
    match rule_frame(text) {
        Some((off, inner)) => (heading, start + off, inner),
        None => (heading, start, text),
    }
}

/// A header unit (byte range `p`) as the header scan reads it: trimmed of white space, a Markdown
/// heading's marks and a byte-order mark. Returns its start (a byte offset in the source) and its
/// text; `None` for no unit.
fn unit_text<'a>(cx: &Context<'_, 'a>, p: Option<&Range<usize>>) -> Option<(usize, &'a str)> {
    let raw = cx.doc.source.get(p?.clone())?;
    let bare = raw
        .trim_start_matches(['#', ' ', '*', '>', '\u{FEFF}'])
        .trim_end();
    Some((p?.start + (raw.len() - bare.len()), bare))
}

/// True when the header unit `next` (byte range), the line below the story's first line, opens
/// with a dateline ([`lede_dateline`]) or is a short credit line of its own (eight words at most,
/// no full stop, read as a credit by [`header_kind`]: كتب - هشام عبد التواب). Reason: a dateline
/// opens the lede and a byline stands under the headline, so the line above either is the headline
/// whatever its length (a wire's headline may run past fifteen words: السيطرة على حريق بوحدة
/// توليد ... في مناطق غرب طرابلس, then طرابلس 05 ديسمبر 2026 (وال) - تمكنت ...; a headline that
/// quotes its speaker grows by the quotation: ... وأصحاب المخابز: "الزيادة لا تغطي التكلفة").
fn credit_below(cx: &Context, next: Option<&Range<usize>>) -> bool {
    let Some((start, text)) = unit_text(cx, next) else {
        return false;
    };
    if text.is_empty() {
        return false;
    }
    if lede_dateline(cx, text, start).is_some() {
        return true;
    }
    short_credit_line(cx, start, text)
}

/// True when the header line `text` (starting at byte `start`) is a short credit line of its own:
/// one to eight words, no full stop or colon at its end, read as a credit by [`header_kind`]. A
/// colon may end a line opened by a writer's cue ([`shapes::writer_cue`]: كتبت - فلانة:): papers
/// set the byline off from the story with it, and a line of كتب and a name introduces the story
/// below, not a quotation.
fn short_credit_line(cx: &Context, start: usize, text: &str) -> bool {
    let r = start..start + text.len();
    (1..=8).contains(&word_count(cx, r.clone()))
        && !text.ends_with(['.', '؟', '!'])
        && (!text.ends_with(':') || shapes::writer_cue(text))
        && (header_kind(cx, text, r.clone()).is_some() || writer_alone(cx, r))
}

/// True when the line `text` (starting at byte `start`), the second of the story, below its
/// headline, is the standfirst (the deck that sums the story up under the headline): it opens with
/// no dateline, and the unit `next` below it is a short line (eight words at most, no full stop)
/// that reads as a header credit ([`header_kind`]: محمد شعبان صحافي مصري). Reason: web papers set
/// the standfirst between the headline and the byline, so a credit may stand on the third line;
/// the standfirst ends no sentence, where the lede does, and only a credit below it makes it one.
fn standfirst(cx: &Context, text: &str, start: usize, next: Option<&Range<usize>>) -> bool {
    if lede_dateline(cx, text, start).is_some() {
        return false;
    }
    unit_text(cx, next).is_some_and(|(at, line)| short_credit_line(cx, at, line))
}

/// True when the header line `t` (at byte range `r`) has a credit's own evidence: an agency
/// named as a credit names it ([`line_agency`]), a writer's or desk's cue
/// ([`shapes::byline_cue`], [`shapes::role_credit`]) or a credit line's opening
/// ([`shapes::opening`]); two short parts around a dash alone are not (عمّان - افتتحت الوزارة).
fn credit_evidence(cx: &Context, t: &str, r: &Range<usize>) -> bool {
    line_agency(cx, r.clone())
        || shapes::byline_cue(t)
        || shapes::role_credit(t)
        || shapes::opening(t).is_some()
}

/// The credit in one cell of a header line `text` (starting at byte `start`) split by vertical
/// rules (`السبت 5 ديسمبر 2026 - 12:30 | كتب: فلان`), or, when `headline` (the story's first
/// line), in the part after its last dash set off by white space (`عنوان الخبر - الرياض
/// (واس)`): a cell of at most eight words with a credit's own evidence ([`credit_evidence`]) that
/// reads as a header credit ([`header_kind`]). Reason: a web page's header line sets the date,
/// the section and the byline side by side between rules, and some desks write the dateline on
/// the headline's own line after a dash; each part is read on its own, and only an agency or a
/// writer's cue makes a part a credit, so a headline's own words never do. `None` otherwise.
fn cell_credit(cx: &Context, text: &str, start: usize, headline: bool) -> Option<Credit> {
    let cells: Vec<Range<usize>> = if text.contains('|') {
        let mut at = 0;
        text.split('|')
            .map(|c| {
                let r = at..at + c.len();
                at = r.end + 1;
                r
            })
            .collect()
    } else if headline {
        let m = DASH
            .find_iter(text)
            .filter(|m| m.as_str().starts_with(char::is_whitespace))
            .last()?;
        vec![m.end()..text.len()]
    } else {
        return None;
    };
    cells.into_iter().find_map(|c| {
        let cell = text.get(c.clone())?;
        let t = cell.trim();
        if t.is_empty() {
            return None;
        }
        let lead = cell.len() - cell.trim_start().len();
        let r = start + c.start + lead..start + c.start + lead + t.len();
        let n = word_count(cx, r.clone());
        let kind = ((1..=8).contains(&n) && credit_evidence(cx, t, &r))
            .then(|| header_kind(cx, t, r.clone()))??;
        Some(Credit { kind, range: r })
    })
}

/// A line `text` without the Markdown emphasis around it (`**(رويترز)**`، `_كتب: فلان_`): the run
/// of `*` or `_` opening it, and the run closing it when one opens it or `opened` says the caller
/// has already trimmed the opening run. Returns the byte offset in `text` of what is left and
/// that text, trimmed; `(0, text)` when no run opens or closes it. Reason: emphasis only sets a credit line in bold
/// or italics; the marks are no part of the credit, and a cue behind them (`_كتب`) is still a
/// cue.
fn emphasis_inner(text: &str, opened: bool) -> (usize, &str) {
    let t = text.trim_start();
    let body = t.trim_start_matches(['*', '_']);
    let marked = body.len() < t.len();
    let tail = body.trim_end();
    let inner = tail.trim_end_matches(['*', '_']);
    let closed = inner.len() < tail.len();
    if !(marked || opened && closed) {
        return (0, text);
    }
    let inner = if closed { inner } else { body };
    let shown = inner.trim();
    if shown.is_empty() {
        return (0, text);
    }
    (
        text.len() - body.len() + (inner.len() - inner.trim_start().len()),
        shown,
    )
}

/// The inside of a header line `text` set between two vertical rules (`| كتب فلان الفلاني |`),
/// or split by a third into two cells (`| كتب فلان | الجزائر |`: the writer and the place filed
/// from): its byte offset in `text` and the text without the outer rules and the blanks inside
/// them. Reason: some papers box the byline or the dateline between rules, which frame the credit
/// and are no part of it, and a rule between the writer and the place separates them as a dash
/// does; a table row of three cells or more has more rules than a credit's box. `None` when
/// `text` is not so framed.
fn rule_frame(text: &str) -> Option<(usize, &str)> {
    let t = text.trim_end();
    let open = text.len() - text.trim_start().len();
    let inner = t.get(open..)?.strip_prefix('|')?.strip_suffix('|')?;
    if inner.matches('|').count() > 1 || inner.split('|').any(|cell| cell.trim().is_empty()) {
        return None;
    }
    let lead = inner.len() - inner.trim_start().len();
    let inner = inner.trim();
    (!inner.is_empty()).then_some((open + 1 + lead, inner))
}

/// The byte ranges (half-open) read as header lines: the first four paragraphs, except that a
/// paragraph of several lines whose first line alone is a header credit ([`header_kind`]) with a
/// credit's own evidence (an agency, a writer's cue, a credit line's opening) gives that line and
/// then the rest. Reason: a writer puts
/// the dateline on its own line; Markdown joins a line to the next when no blank line separates
/// them (`دمشق - سانا` then the lede), which must not make the agency the lede's first word. In
/// plain text every line is already a paragraph, so nothing changes there.
fn header_units(cx: &Context) -> Vec<Range<usize>> {
    let (src, paras) = (cx.doc.source, &cx.doc.paragraphs);
    let mut out = Vec::with_capacity(5);
    for p in paras.iter().take(4) {
        let text = src.get(p.clone()).unwrap_or("");
        let first = text
            .find('\n')
            .map(|nl| (nl, text[..nl].trim_end_matches('\r')))
            .filter(|(nl, line)| *nl + 1 < text.len() && !line.trim().is_empty());
        if let Some((nl, line)) = first {
            let body = line.trim_start_matches(['#', ' ', '*', '>', '\u{FEFF}']);
            let r = p.start + line.len() - body.len()..p.start + line.len();
            // Only a line with a credit's own evidence (an agency, a writer's cue, a credit
            // line's opening), not one that merely has two short parts around a dash, which the
            // lede's first line may have too (عمّان - افتتحت الوزارة).
            let t = body.trim();
            if credit_evidence(cx, t, &r)
                && word_count(cx, r.clone()) <= 8
                && !t.ends_with(['.', '؟', '!'])
                && header_kind(cx, body, r).is_some()
            {
                out.push(p.start..p.start + line.len());
                out.push(p.start + nl + 1..p.end);
                continue;
            }
        }
        out.push(p.clone());
    }
    out
}

/// A header line `text` (starting at byte `start`) that holds an outlet's tag or a dateline and
/// then a writer's byline ([`shapes::byline_after_tag`]: `SAHIFA.INFO - خاص - بقلم: فلان`,
/// `بيروت - خاص - كتب: فلان`): the two credits, tag first. `None` when the line has no writer's
/// cue after a separator, or the part before it is no tag or dateline (a byline whose place comes
/// first, `دمشق/ بقلم: فلان`, stays one credit).
fn tag_and_byline(cx: &Context, text: &str, start: usize) -> Option<(Credit, Credit)> {
    let (head, cue) = shapes::byline_after_tag(text)?;
    let head_range = start..start + head;
    let kind = header_kind(cx, text.get(..head)?, head_range.clone())?;
    (kind != CreditKind::Byline).then(|| {
        (
            Credit {
                kind,
                range: head_range,
            },
            Credit {
                kind: CreditKind::Byline,
                range: start + cue..start + text.len(),
            },
        )
    })
}

/// Pushes to `out` the credit line among the last three paragraphs (a bracketed credit, an
/// agency, a byline cue or a signature on a short line), skipping picture captions and a wire's
/// end-of-copy mark.
fn end_credits(cx: &Context, out: &mut Vec<Credit>) {
    let (src, paras) = (cx.doc.source, &cx.doc.paragraphs);
    for p in paras.iter().rev().take(3) {
        let (off, text) = emphasis_inner(src.get(p.clone()).unwrap_or(""), false);
        let p = &(p.start + off..p.start + off + text.len());
        let words = word_count(cx, p.clone());
        // A picture caption on its own line is skipped: the credit may be above it.
        if (PICTURE_NOTE.is_match(text) || PICTURE_LINE.is_match(text)) && words <= 8 {
            continue;
        }
        // So is a wire's end-of-copy mark: it names no source.
        if shapes::end_mark(text) {
            continue;
        }
        // A back-reference to a source named before is skipped too.
        if SAME_SOURCE.is_match(text) {
            continue;
        }
        // A site's address or a paper's tag alone on the last lines (www.alwasat-news.com،
        // بوابة الشروق): the outlet signs the copy.
        if web_domain(text) || press_outlet_line(cx, text, p) {
            out.push(Credit {
                kind: CreditKind::OutletTag,
                range: p.clone(),
            });
            break;
        }
        if let Some(m) = shapes::desk_note(text) {
            out.push(Credit {
                kind: CreditKind::CreditLine,
                range: p.start + m.start..p.start + m.end,
            });
            break;
        }
        if let Some(m) = shapes::closing(text)
            && !PICTURE_NOTE.is_match(&text[m.clone()])
        {
            let inner = p.start + m.start..p.start + m.end;
            if word_count(cx, inner.clone()) <= 8 && !aside_after_prose(cx, p.start, &m) {
                out.push(Credit {
                    kind: CreditKind::CreditLine,
                    range: inner,
                });
                break;
            }
        }
        if let Some(m) = shapes::opening(text)
            && words <= 12
        {
            out.push(Credit {
                kind: CreditKind::CreditLine,
                range: p.start + m.start..p.start + m.end,
            });
            break;
        }
        if words <= 8
            && (line_agency(cx, p.clone())
                || shapes::byline_cue(text)
                || shapes::role_credit(text)
                || signature(cx, text, p)
                || name_and_place(cx, text, p.start))
            && !text.trim_end().ends_with('.')
        {
            out.push(Credit {
                kind: CreditKind::CreditLine,
                range: p.clone(),
            });
            break;
        }
        if words > 3 {
            break;
        }
    }
}

/// True when the agency mention at byte range `range` (half-open) of `src`, whose credit form is
/// `credit`, glosses the mention `last` just before it: the same agency, with only an opening
/// bracket or quotation mark between them (وكالة الأنباء الأردنية (بترا)، وكالة الأنباء السعودية
/// «واس»). Reason: the short form in brackets restates the name just given, so the story cites
/// the agency once there, not twice.
fn bracketed_gloss(src: &str, last: &AgencyMention, range: &Range<usize>, credit: &str) -> bool {
    last.credit == credit
        && last.range.end <= range.start
        && src
            .get(last.range.end..range.start)
            .is_some_and(|gap| matches!(gap.trim(), "(" | "«" | "\"" | "[" | "“"))
}

/// The agencies cited in the text, given the story's `credits`: a listed agency name that does
/// not go on into another body's name and, when it is also an ordinary word or place, stands
/// where an outlet is named.
fn agencies_cited(cx: &Context, credits: &[Credit]) -> Vec<AgencyMention> {
    let words = &cx.doc.words;
    let mut out = Vec::new();
    for i in marked(&cx.lex.words, |t| t.agency().is_some()) {
        let Some((len, idx)) = cx.lex.words[i].agency() else {
            continue;
        };
        let (len, idx) = (usize::from(len), usize::from(idx));
        let range = words[i].start()..words[i + len - 1].end();
        let agency = &cx.profile.agency_list[idx];
        let in_credit = credits
            .iter()
            .any(|c| c.range.start <= range.start && range.end <= c.range.end);
        // A name that is also a place, first in a credit and followed by its separator, is the
        // dateline's place (الرياض - واس: filed in Riyadh), not the paper of that name.
        if in_credit
            && agency.ambiguous
            && cx.lex.words[i].place > 0
            && place_slot(cx, credits, &range)
        {
            continue;
        }
        // A name that goes on into another body's name (الوكالة الفرنسية للتنمية، مركز الجزيرة
        // للدراسات) is not the agency; nor is a word inside a longer place's name (العربية in
        // الإمارات العربية المتحدة), in a credit or not.
        if (!in_credit && continues_other_name(cx, i, len)) || inside_place(cx, i) {
            continue;
        }
        // A name that is also an ordinary word or a place (الفرنسية the adjective, وام "and a
        // mother", بترا the city) is the agency only where an outlet is named.
        let strict = in_credit
            || credit_context(cx, i, &range)
            || after_attribution_phrase(cx, i)
            || sources_of(cx, i);
        if (agency.ambiguous || ordinary_form(cx, i, len)) && !strict {
            continue;
        }
        let cited = strict || cited_as_source(cx, i);
        if let Some(last) = out.last_mut()
            && bracketed_gloss(cx.doc.source, last, &range, &agency.credit)
        {
            last.cited |= cited;
            continue;
        }
        out.push(AgencyMention {
            range: range.clone(),
            credit: agency.credit.clone(),
            cited,
            wire: agency.wire,
        });
    }
    outlets_by_description(cx, &mut out);
    out
}

/// True when word `i` (an agency or outlet name) is the complement of a source noun in construct
/// right before it (مصادر الجزيرة، مصدر «النهار»): the sources of an outlet are its own sourcing,
/// so the outlet is named as the source of what they report, even where its name is also an
/// ordinary word (الجزيرة "the island").
fn sources_of(cx: &Context, i: usize) -> bool {
    i > 0
        && adjacent(cx, i - 1)
        && cx.doc.words[i - 1]
            .key_readings()
            .iter()
            .any(|(_, r)| matches!(r.as_str(), "مصادر" | "مصدر"))
}

/// True for the identity key (article stripped) of an outlet noun that is followed by the
/// outlet's own name rather than a description: newspapers, magazines, radio and television
/// stations (صحيفة، جريدة، مجلة، يومية، أسبوعية، إذاعة، قناة، فضائية، تلفزيون). A subset of
/// [`lists::outlet_nouns`], which also holds staff nouns and the ambiguous موقع، شبكة; written
/// for isnad from Arabic newsroom usage.
fn titled_outlet_noun(key: &str) -> bool {
    TITLED_OUTLET_NOUNS.contains(&key)
}

/// The identity keys of [`titled_outlet_noun`].
const TITLED_OUTLET_NOUNS: &[&str] = &[
    "صحيفه",
    "جريده",
    "مجله",
    "يوميه",
    "اسبوعيه",
    "اذاعه",
    "قناه",
    "فضائيه",
    "تلفزيون",
];

/// True when the spelling of `w` alone allows an outlet named by description to start at it
/// ([`outlets_by_description`]): its identity key ends in an agency noun ([`AGENCY_NOUNS`], for
/// [`national_agency`]) or in a newspaper or station noun ([`TITLED_OUTLET_NOUNS`], for
/// [`titled_outlet`]), or it is a detached ل ([`quoted_addressee`]). Each of the three needs one
/// of these, so the lexicon tags each word with this once
/// ([`crate::analysis::lexicon::WordTags::outlet_word`]), and a keystroke reuses the tags of the
/// words it did not touch.
pub(crate) fn outlet_spelling(w: &crate::text::Word) -> bool {
    let key = w.key.as_str();
    AGENCY_NOUNS
        .iter()
        .chain(TITLED_OUTLET_NOUNS)
        .any(|n| key.ends_with(n))
        || w.plain.trim_end_matches('ـ') == "ل"
}

/// The identity keys of [`agency_noun`] (وكالة، وكالات).
const AGENCY_NOUNS: &[&str] = &["وكاله", "وكالات"];

/// False when no proclitic reading of word `i`'s identity key, its article set aside, can be one
/// of `nouns`; true otherwise (a necessary condition, tested on bytes before the readings are
/// spelled out). Every reading is the key less its first letters, or ال before the key less its
/// first two (لل), so a reading less its article is always an end of the key.
fn key_may_end_in(cx: &Context, i: usize, nouns: &[&str]) -> bool {
    let key = cx.doc.words[i].key.as_str();
    nouns.iter().any(|n| key.ends_with(n))
}

/// The word `i` as written without the proclitics of its first reading (identity key) for which
/// `pred` holds: لإذاعة → إذاعة. Returns `None` when no reading holds. Used to print an outlet's
/// name without the preposition or conjunction it carries in the sentence.
fn reading_where(cx: &Context, i: usize, pred: impl Fn(&str) -> bool) -> Option<String> {
    let w = &cx.doc.words[i];
    let n = w
        .key_readings()
        .iter()
        .find(|(_, r)| pred(r.as_str()))
        .map(|(_, r)| r.as_str().chars().count())?;
    let plain = w.plain.as_str();
    let skip = plain.chars().count().checked_sub(n)?;
    let at = plain
        .char_indices()
        .nth(skip)
        .map_or(plain.len(), |(b, _)| b);
    plain.get(at..).map(str::to_string)
}

/// An outlet named in quotation marks after a detached ل (word `i`: ل or لـ) that closes a
/// reporting clause (كشف مصدر ... لـ«بوابة الأهرام» أن ...، قال لـ"الشرق" إن): the party a source
/// speaks to is the outlet that carried the words, and newsroom style quotes an outlet's name.
/// The name is one to four words with no punctuation ([`quoted_name_after`]), a reporting cue
/// stands in the clause before with no complementizer between ([`cue_before_in_clause`]), and no
/// relative clause follows ([`relative_after`]). Returns the byte range (half-open) of the name inside the
/// marks and the name as the credit; `None` otherwise.
fn quoted_addressee(cx: &Context, i: usize) -> Option<(Range<usize>, String)> {
    let words = &cx.doc.words;
    if !matches!(words[i].plain.trim_end_matches('ـ'), "ل") || i + 1 >= words.len() {
        return None;
    }
    let (name, credit) = quoted_name_after(cx, i, &['«', '"', '“'], &['»', '"', '”'])?;
    (cue_before_in_clause(cx, i, true) && !relative_after(cx, name.end)).then_some((name, credit))
}

/// A name in quotation marks right after word `i` (only spaces and one opening mark of `opening`
/// between; it closes at the first mark of `closing`): one to four words with no punctuation, as
/// an outlet's name is quoted (صحيفة «ليبراسيون»، لـ«بوابة الأهرام»). Returns the byte range
/// (half-open) inside the marks and the name trimmed; `None` otherwise.
fn quoted_name_after(
    cx: &Context,
    i: usize,
    opening: &[char],
    closing: &[char],
) -> Option<(Range<usize>, String)> {
    let words = &cx.doc.words;
    let src = cx.doc.prose();
    let gap = src.get(words[i].end()..words.get(i + 1)?.start())?;
    let trimmed = gap.trim();
    let mut marks = trimmed.chars();
    if !(marks.next().is_some_and(|c| opening.contains(&c)) && marks.next().is_none()) {
        return None;
    }
    let open = words[i].end() + gap.find(opening)?;
    let inner_start = open + src.get(open..)?.chars().next()?.len_utf8();
    let close = inner_start + src.get(inner_start..)?.find(closing)?;
    let inner = src.get(inner_start..close)?;
    let n = inner.split_whitespace().count();
    ((1..=4).contains(&n) && !inner.contains(['.', '،', ',', ':', '\n']))
        .then(|| (inner_start..close, inner.trim().to_string()))
}

/// True when the first word after byte `at` is a relative pronoun (الذي، التي، اللذان، الذين،
/// اللتان، اللاتي، اللواتي): a relative clause describes the quoted name as a thing the sentence is
/// about (التحرير الكامل لـ«...» الذي يضم), while an addressee closes its reporting clause.
fn relative_after(cx: &Context, at: usize) -> bool {
    let i = cx.doc.words.partition_point(|w| w.start() < at);
    cx.doc.words.get(i).is_some_and(|w| {
        matches!(
            w.plain.as_str(),
            "الذي" | "التي" | "الذين" | "اللذان" | "اللتان" | "اللاتي" | "اللواتي"
        )
    })
}

/// True when the outlet named at word `i` is named as the source of what the text reports:
/// [`cited_as_source`], or right after a verb of publishing or broadcasting whose subject it is
/// (نشرت، نشرته، بثت، أذاعت، أوردت): an outlet that published or aired a statement is its
/// source. The verbs are the Arabic verbs of publishing, written for isnad.
fn outlet_cited(cx: &Context, i: usize) -> bool {
    if cited_as_source(cx, i) {
        return true;
    }
    i > 0
        && adjacent(cx, i - 1)
        && cx.doc.words[i - 1].key_readings().iter().any(|(_, r)| {
            let r = r.as_str();
            ["نشرت", "نشر", "بثت", "بث", "اذاعت", "اذاع", "اوردت"]
                .iter()
                .any(|v| r == *v || r.strip_prefix(v).is_some_and(|p| matches!(p, "ه" | "ها")))
        })
}

/// A national news agency named by description at word `i`: وكالة الأنباء or وكالة أنباء, then
/// the nisba of a listed place (the lexicon's `place_nisba` tag) or a place, after at most one other definite
/// adjective (وكالة الأنباء الفلسطينية، وكالة أنباء البحرين، وكالة الأنباء الرسمية السورية),
/// since a news agency is named by its country. Returns the byte range (half-open) from the noun
/// to the last adjective or place and the credit, the phrase as written without proclitics;
/// `None` when no country is named (وكالة الأنباء الرسمية) or when a listed agency follows, in
/// brackets or not (وكالة الأنباء الفلسطينية (وفا)، ... السورية سانا): that mention names it.
fn national_agency(cx: &Context, i: usize) -> Option<(Range<usize>, String)> {
    let words = &cx.doc.words;
    let src = cx.doc.prose();
    if !(agency_noun(cx, i)
        && i + 2 < words.len()
        && adjacent(cx, i)
        && adjacent(cx, i + 1)
        && matches!(words[i + 1].key.as_str(), "الانباء" | "انباء"))
    {
        return None;
    }
    // The definite adjectives (two at most) or the place after الأنباء.
    let mut last = i + 1;
    let mut country = false;
    while last + 1 < words.len() && last < i + 3 && (last == i + 1 || adjacent(cx, last)) {
        let (w, t) = (&words[last + 1], &cx.lex.words[last + 1]);
        if w.kind() != WordKind::Arabic || t.agency().is_some() {
            break;
        }
        if t.place > 0 {
            last += usize::from(t.place);
            country = true;
            break;
        }
        if !(w.key.starts_with("ال") && w.key.ends_with("يه")) {
            break;
        }
        last += 1;
        // The country ends the name (وكالة الأنباء الفلسطينية | الرسمية).
        if t.place_nisba() {
            country = true;
            break;
        }
    }
    if last == i + 1 || last >= words.len() {
        return None;
    }
    let w = &words[last];
    let range = words[i].start()..w.end();
    // A listed agency right after, or in brackets right after.
    let after = src.get(w.end()..).unwrap_or("");
    let bracketed = after.trim_start_matches([' ', '\u{A0}']).starts_with('(');
    let next_ok = bracketed || adjacent(cx, last);
    let listed = next_ok
        && words
            .get(last + 1)
            .is_some_and(|_| cx.lex.words[last + 1].agency().is_some());
    if listed || !country {
        return None;
    }
    let noun = reading_where(cx, i, |r| r.strip_prefix("ال").unwrap_or(r) == "وكاله")?;
    let name = format!("{noun} {}", src.get(words[i + 1].start()..w.end())?);
    Some((range, name))
}

/// An outlet named after a newspaper, magazine or station noun at word `i`
/// ([`titled_outlet_noun`]): a name in quotation marks (صحيفة «ليبراسيون», up to four words), one
/// to three words the Arabic lexicon does not know and no list calls a place or given name, or
/// Latin words (صحيفة لوموند), with the channel's number when one follows (قناة فرانس 2); or, after a radio or television noun only, a country and its
/// definite nisba adjectives (إذاعة فرنسا الدولية، تلفزيون لبنان الرسمي). An outlet is named by a proper name; a city or
/// country after a newspaper noun or a canal noun (قناة السويس) is not one. Returns the byte
/// range (half-open) of the name (with the noun for a country's station) and its credit.
fn titled_outlet(cx: &Context, i: usize) -> Option<(Range<usize>, String)> {
    let words = &cx.doc.words;
    let src = cx.doc.prose();
    let noun_is = |f: &dyn Fn(&str) -> bool| {
        words[i]
            .key_readings()
            .iter()
            .any(|(_, r)| f(r.as_str().strip_prefix("ال").unwrap_or(r.as_str())))
    };
    if i + 1 >= words.len()
        || !key_may_end_in(cx, i, TITLED_OUTLET_NOUNS)
        || !noun_is(&titled_outlet_noun)
    {
        return None;
    }
    let radio = |r: &str| matches!(r, "اذاعه" | "تلفزيون");
    let gap = src.get(words[i].end()..words[i + 1].start())?;
    if matches!(gap.trim(), "«" | "\"" | "“" | "”") {
        return quoted_name_after(cx, i, &['«', '"', '“', '”'], &['»', '"', '“', '”']);
    }
    if !gap.chars().all(|c| c == ' ' || c == '\u{A0}') {
        return None;
    }
    let unknown = |k: usize| {
        let (w, t) = (&words[k], &cx.lex.words[k]);
        w.kind() == WordKind::Latin
            || w.kind() == WordKind::Arabic
                && t.place == 0
                && t.given == 0
                && !t.is_cue()
                && crate::analysis::names::ordinary_word_in(cx, &w.plain)
                    == crate::analysis::names::Lexical::Unknown
    };
    let mut last = i;
    while last + 1 < words.len() && last < i + 3 && adjacent(cx, last) && unknown(last + 1) {
        last += 1;
    }
    // A channel's number ends its name (قناة فرانس 2، قناة سامر 24): the name is the whole.
    if last > i
        && adjacent(cx, last)
        && words[last + 1].kind() == WordKind::Number
        && words[last + 1].plain.chars().count() <= 3
    {
        last += 1;
    }
    if last > i {
        let range = words[i + 1].start()..words[last].end();
        return src.get(range.clone()).map(|n| (range, n.to_string()));
    }
    let place = usize::from(cx.lex.words[i + 1].place);
    if !noun_is(&radio) || place == 0 || i + place >= words.len() {
        return None;
    }
    last = i + place;
    while last + 1 < words.len()
        && last < i + place + 2
        && adjacent(cx, last)
        && words[last + 1].key.starts_with("ال")
        && words[last + 1].kind() == WordKind::Arabic
        && !cx.lex.words[last + 1].is_cue()
        && (words[last + 1].key.ends_with("يه") || words[last + 1].key.ends_with('ي'))
    {
        last += 1;
    }
    let noun = reading_where(cx, i, |r| radio(r.strip_prefix("ال").unwrap_or(r)))?;
    let name = src.get(words[i + 1].start()..words[last].end())?;
    Some((
        words[i].start()..words[last].end(),
        format!("{noun} {name}"),
    ))
}

/// Pushes to `out` the agencies and outlets named by description rather than by a listed name
/// ([`national_agency`], [`titled_outlet`]), where no listed agency already stands; `out` stays in
/// text order. The mention is cited when the outlet is named as a source ([`outlet_cited`]). An
/// organisation whose name merely contains وكالة (وكالة الفضاء) is neither.
fn outlets_by_description(cx: &Context, out: &mut Vec<AgencyMention>) {
    let before = out.len();
    // A listed agency is found above; a word that is no outlet noun and no detached ل (the
    // cheap exact test of the word's tags, see [`outlet_spelling`]) starts no description.
    let n = cx.doc.words.len();
    for i in marked(&cx.lex.words[..n.min(cx.lex.words.len())], |t| {
        t.agency().is_none() && t.outlet_word()
    }) {
        // Only a national agency is a wire; a paper or a station, named or quoted, is not.
        let Some((range, credit, wire)) = national_agency(cx, i)
            .map(|(r, c)| (r, c, true))
            .or_else(|| titled_outlet(cx, i).map(|(r, c)| (r, c, false)))
            .or_else(|| quoted_addressee(cx, i).map(|(r, c)| (r, c, false)))
        else {
            continue;
        };
        if out
            .iter()
            .any(|m| m.range.start < range.end && range.start < m.range.end)
        {
            continue;
        }
        out.push(AgencyMention {
            range,
            credit,
            cited: outlet_cited(cx, i),
            wire,
        });
    }
    if out.len() > before {
        out.sort_by_key(|m| m.range.start);
    }
}

/// The indexes of the words whose tags pass `keep` (in order, each once), found by a search of
/// its own: the scans below have large loop bodies, and a tag test made inside them, at every
/// word, cost them several times what this tight search does. (A function of its own, not
/// inlined, so the search keeps one index and the test in registers: a few instructions a word;
/// few words pass, a dozen or so on a long story.)
#[inline(never)]
fn marked(tags: &[WordTags], keep: impl Fn(&WordTags) -> bool) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, t) in tags.iter().enumerate() {
        if keep(t) {
            out.push(i);
        }
    }
    out
}

/// The first word at or after `from` at which an unnamed-source phrase or a withholding clause
/// may start ([`may_start_source`]), or `n` (the word count) when none does: the search of
/// [`anonymous_sources`] over the words that start nothing, in a loop of its own (tight).
/// (Test builds check that no withholding clause starts at a word passed over.)
#[inline(never)]
fn next_source_start(cx: &Context, from: usize, n: usize) -> usize {
    let next = (from..n).find(|&i| may_start_source(cx, i)).unwrap_or(n);
    debug_assert!((from..next).all(|k| withheld_source(cx, k).is_none()));
    next
}

/// The anonymous sources: listed phrases and source nouns used as sources, extended over the
/// words that describe the source without naming it, unless a name follows.
fn anonymous_sources(cx: &Context) -> Vec<AnonymousSource> {
    let words = &cx.doc.words;
    let mut out: Vec<AnonymousSource> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // Every rule below needs the source-word tag on the word or the next one (a withholding
        // verb is a source word, see [`source_spelling`]): most words are out at once. (Test
        // builds check that no withholding clause starts at a word let go here.)
        if !may_start_source(cx, i) {
            i = next_source_start(cx, i, words.len());
            continue;
        }
        // A source described and then said to withhold its name: the whole description.
        if let Some((head, last)) = withheld_source(cx, i) {
            let (start, end) = (words[head].start(), words[last].end());
            while out.last().is_some_and(|p| p.range.start >= start) {
                out.pop();
            }
            match out.last_mut() {
                // No description was told apart: the clause goes with the source before it.
                Some(prev) if head == i && same_source_clause(cx, prev.range.end, i) => {
                    prev.range.end = end;
                }
                _ => out.push(AnonymousSource { range: start..end }),
            }
            i = last + 1;
            continue;
        }
        let Some((mut last, quantifier)) = source_phrase_at(cx, i) else {
            i += 1;
            continue;
        };
        // (المصدر نفسه) on its own line refers back to a source already given.
        // (Paragraphs are in order: the one holding the word is found by bisection.)
        let paras = &cx.doc.paragraphs;
        let para = paras
            .get(paras.partition_point(|p| p.end < words[i].range().end))
            .filter(|p| p.start <= words[i].range().start && p.len() <= 64);
        if para.is_some_and(|p| SAME_SOURCE.is_match(cx.doc.source.get(p.clone()).unwrap_or(""))) {
            i = last + 1;
            continue;
        }
        // A phrase ending in a preposition (مصدر في، مصادر مقربة من) takes the body after it,
        // its name going on in construct (مصدر في وزارة الأشغال, not مصدر في وزارة).
        if body_preposition(&words[last].key) && adjacent(cx, last) {
            last = body_after_preposition(cx, last).unwrap_or(last + 1);
        }
        // The outlet whose sources they are belongs to the phrase (مصادر الجزيرة في ...).
        let outlet = last == i && outlet_sources(cx, i);
        if outlet {
            last = i + cx.lex.words[i + 1]
                .agency()
                .map_or(1, |(n, _)| usize::from(n));
        }
        if !quantifier {
            last = source_modifiers(cx, last);
        }
        if named_source(cx, i, last, outlet) {
            i = last + 1;
            continue;
        }
        // ومصادر الجزيرة: the conjunction is not part of the phrase.
        let start = if outlet && words[i].key.starts_with(['و', 'ف']) {
            words[i].byte_of_plain_letter(cx.doc.source, 1)
        } else {
            words[i].start()
        };
        match out.last_mut() {
            Some(prev) if same_source_clause(cx, prev.range.end, i) => {
                prev.range.end = words[last].end();
            }
            _ => out.push(AnonymousSource {
                range: start..words[last].end(),
            }),
        }
        i = last + 1;
    }
    out
}

/// False when neither an unnamed-source phrase nor a withholding clause can start at word `i`
/// (the cheap exact test of the words' tags, see [`source_spelling`]): no listed phrase starts
/// there, and neither it nor the word after it has the source-word tag.
fn may_start_source(cx: &Context, i: usize) -> bool {
    let tags = &cx.lex.words;
    tags[i].anonymous > 0
        || tags[i].source_word()
        || tags.get(i + 1).is_some_and(|t| t.source_word())
}

/// True when the spelling of `w` alone allows the rules of [`anonymous_sources`] to start at it
/// or at the word before it, besides a listed phrase (`WordTags::anonymous`): a withholding verb
/// ([`WITHHOLD_VERBS`], after و or ف), مصدر/مصادر (an outlet's sources), أحد/إحدى/عدد (one of a
/// class), a source noun ([`lists::source_nouns`]), an Arabic word without the article in the
/// shape of a sound masculine plural of persons ([`plural_shape`], for [`persons_plural`]), or
/// آخر in its forms (the second word of "another X"). Every rule of the scan needs one of these, so a word without them, followed by a word
/// without them, starts nothing: the lexicon tags each word with this once
/// ([`crate::analysis::lexicon::WordTags::source_word`]), and a keystroke reuses the tags of the
/// words it did not touch.
pub(crate) fn source_spelling(w: &crate::text::Word) -> bool {
    let key = w.key.as_str();
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    WITHHOLD_VERBS.contains(&key)
        || WITHHOLD_VERBS.contains(&bare)
        || matches!(bare, "مصدر" | "مصادر" | "احد" | "احدي" | "عدد")
        || matches!(key, "اخر" | "اخري" | "اخرون" | "اخرين")
        || (w.kind() == WordKind::Arabic
            && !key.starts_with("ال")
            && plural_shape(&w.plain).is_some())
        || lists::source_nouns().contains(key)
}

/// True when word `i` is an indefinite noun followed by آخر (another: آخر، أخرى، آخرون، آخرين)
/// right after a reporting verb or participle or after an attribution phrase (وقال متابع آخر،
/// وكتب مشجع آخر; not after عن, which may belong to a verbal noun: البحث عن مدرب آخر). Reason:
/// "another X" as the subject of a reporting verb sets a new speaker beside one the story has
/// described and leaves them unnamed, so whatever the noun, the phrase is an unnamed source. The
/// noun is a plain Arabic word without the article, not a function word, cue, given name, place,
/// agency, or a noun of a work or text (يورد رواية أخرى: an account, the verb's object).
fn another_source(cx: &Context, i: usize) -> bool {
    let (w, t) = (&cx.doc.words[i], &cx.lex.words[i]);
    w.kind() == WordKind::Arabic
        && !w.key.starts_with("ال")
        && !t.function()
        && !t.is_cue()
        && t.given == 0
        && t.place == 0
        && t.agency().is_none()
        && adjacent(cx, i)
        && matches!(
            cx.doc.words[i + 1].key.as_str(),
            "اخر" | "اخري" | "اخرون" | "اخرين"
        )
        && !work_or_text_noun(cx, i)
        && (after_attribution_phrase(cx, i)
            || (i > 0 && adjacent(cx, i - 1) && {
                let prev = &cx.lex.words[i - 1];
                prev.verb() || prev.participle() || verb_with_object(cx, i - 1)
            }))
}

/// True when word `i` is a noun of a work or of quoted text (رواية، أغنية، مقطع، كلمات: the
/// quotation lists of [`crate::profile::quote_words`]), which names a text, never a person.
fn work_or_text_noun(cx: &Context, i: usize) -> bool {
    use crate::profile::quote_words::{QuoteWords, quote_words};
    let readings = cx.doc.words[i].key_readings();
    QuoteWords::any_reading(&quote_words().name_nouns, &readings)
        || QuoteWords::any_reading(&quote_words().text_nouns, &readings)
}

/// True when word `i` is one of a group with its pronoun attached (أحدهم، إحداهن، أحدهما،
/// إحداهما: "one of them"), after و or ف and ل، ب or ك at most. Reason: the pronoun closes the noun phrase and
/// points back to people the story has already introduced, so the word is an unnamed source only
/// where a source stands (قال أحدهم), and nothing after it describes it further (أقنعنا أحدهم
/// بالذهاب: an object and its complement; معبرين أحدهما يؤدي: a clause).
fn pronoun_quantifier(cx: &Context, i: usize) -> bool {
    let key = cx.doc.words[i].key.as_str();
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let quantifier = |k: &str| matches!(k, "احدهم" | "احدهما" | "احداهن" | "احداهما" | "احدهن");
    quantifier(bare) || bare.strip_prefix(['ل', 'ب', 'ك']).is_some_and(quantifier)
}

/// True when word `k` is a preposition with an attached pronoun (عليهم، عنه، بها، فيهم، لهم،
/// منهما): على، عن، ب، في، ل or من and ه، ها، هم، هما or هن, as identity keys.
fn prepositional_pronoun(cx: &Context, k: usize) -> bool {
    let key = cx.doc.words[k].key.as_str();
    ["علي", "عن", "ب", "في", "ل", "من"].iter().any(|p| {
        key.strip_prefix(p)
            .is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما" | "هن"))
    })
}

/// True when word `k` is a participle (its stem, the article set aside, opens with م and has four
/// letters or more: المجني، المشتبه، المفرج) that word `k + 1` completes with a preposition and a
/// pronoun ([`prepositional_pronoun`]: المجني عليهم، المشتبه بهم، المفرج عنهم). Reason: a
/// passive participle of a verb that takes its object through a preposition carries that
/// preposition and pronoun as part of its meaning (the wronged, the suspects, the released), so
/// cutting the phrase after the participle leaves a word that means nothing alone.
fn completed_participle(cx: &Context, k: usize) -> bool {
    let key = cx.doc.words[k].key.as_str();
    let stem = key.strip_prefix("ال").unwrap_or(key);
    stem.starts_with('م')
        && stem.chars().count() >= 4
        && adjacent(cx, k)
        && prepositional_pronoun(cx, k + 1)
}

/// The unnamed-source phrase that starts at word `i`, before its modifiers: the index of its last
/// word, and whether it is a pronoun quantifier ([`pronoun_quantifier`], which takes no
/// modifiers). A listed phrase (one of them only where a source stands), a source noun or a plural
/// of persons where a source stands, "another X" ([`another_source`]) or one of a class
/// ([`quantified_source`]); `None` when none starts there.
fn source_phrase_at(cx: &Context, i: usize) -> Option<(usize, bool)> {
    let listed = usize::from(cx.lex.words[i].anonymous);
    let quantifier = listed == 1 && pronoun_quantifier(cx, i);
    if quantifier && !source_position(cx, i) {
        return None;
    }
    let last = if listed > 0 {
        i + listed - 1
    } else if source_noun(cx, i) || (persons_plural(cx, i) && source_position(cx, i)) {
        i
    } else if another_source(cx, i) {
        i + 1
    } else {
        quantified_source(cx, i)?
    };
    Some((last, quantifier))
}

/// True when an unnamed-source phrase starting at word `i` describes the source whose phrase
/// ends at byte `prev_end` (مصدر من المديرية، فضّل عدم ذكر اسمه): it follows in the same sentence,
/// with at most four words between (the rest of the source's description) and no conjunction
/// before it. Reason: a clause saying that a source asked not to be named, set after the source
/// between commas, is that source's description, not a second source; و would add another one.
fn same_source_clause(cx: &Context, prev_end: usize, i: usize) -> bool {
    let words = &cx.doc.words;
    let Some(w) = words.get(i) else {
        return false;
    };
    let Some(gap) = cx.doc.prose().get(prev_end..w.start()) else {
        return false;
    };
    let from = words.partition_point(|x| x.start() < prev_end);
    !w.key.starts_with('و')
        && !gap.contains(['.', '؟', '?', '!', ':', '\n', '«', '"', '؛'])
        && from <= i
        && i - from <= 4
        && cx
            .lex
            .words
            .get(from..i)
            .is_some_and(|b| b.iter().all(|t| !t.is_cue() && !t.verb()))
}

/// True when the word at `i` (after its proclitics و ف ب ل ك and the article) is one of
/// [`lists::outlet_nouns`].
fn outlet_noun(cx: &Context, i: usize) -> bool {
    cx.doc.words[i].key_readings().iter().any(|(_, r)| {
        let r = r.as_str();
        lists::outlet_nouns().contains(r.strip_prefix("ال").unwrap_or(r))
    })
}

/// True when only blanks (no punctuation) separate word `a` from word `a + 1`.
fn adjacent(cx: &Context, a: usize) -> bool {
    let words = &cx.doc.words;
    a + 1 < words.len()
        && cx
            .doc
            .prose()
            .get(words[a].end()..words[a + 1].start())
            .is_some_and(|g| g.chars().all(char::is_whitespace))
}

/// True when the agency name of `len` words at `i` is also ordinary Arabic: every word is a word
/// of the Ayaspell lexicon or a place name (الفرنسية، الألمانية، وام "and a mother", فوات read as
/// ف + وات, اليوم السابع, بترا the city), unless it opens with the noun وكالة (the full name of
/// an agency, وكالة الأنباء الألمانية, is made of ordinary words).
fn ordinary_form(cx: &Context, i: usize, len: usize) -> bool {
    let words = &cx.doc.words;
    let Some(span) = words.get(i..i + len) else {
        return false;
    };
    if agency_noun(cx, i) {
        return false;
    }
    let lexicon = crate::profile::words::lexicon();
    span.iter().enumerate().all(|(k, w)| {
        w.kind() == WordKind::Arabic && (lexicon.is_word(&w.plain) || cx.lex.words[i + k].place > 0)
    })
}

/// True when the agency name of `len` words at `i` runs on into another body's name: the next
/// word, with no punctuation between, is a لل- complement other than للأنباء/للإعلام/للأخبار, ل
/// before a verbal noun (الوكالة الفرنسية للتنمية، الوكالة الفرنسية لمكافحة المنشطات، الجزيرة
/// للدراسات، العربية للطيران), or a numeral of up to three digits (فرانس 24: a broadcaster names
/// its channels by number). An agency's own name may end in للأنباء (وكالة رويترز للأنباء).
fn continues_other_name(cx: &Context, i: usize, len: usize) -> bool {
    let last = i + len - 1;
    if !adjacent(cx, last) {
        return false;
    }
    // A numeral right after the name (فرانس 2، فرانس 24) names a numbered channel of that
    // broadcaster, another outlet than the agency.
    let w = &cx.doc.words[last + 1];
    if w.kind() == WordKind::Number && w.plain.chars().count() <= 3 {
        return true;
    }
    let next = cx.doc.words[last + 1].key.as_str();
    // ل before a verbal noun of the derived forms (لمكافحة، لتنمية) complements a name as لل does.
    let verbal_noun =
        (next.starts_with("لم") || next.starts_with("لت")) && next.chars().count() >= 5;
    (next.starts_with("لل") || verbal_noun) && !matches!(next, "للانباء" | "للاعلام" | "للاخبار")
}

/// True when an attribution phrase (بحسب، وفق، نقلا عن، على ذمة) ends right before word `i`.
fn after_attribution_phrase(cx: &Context, i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|j| {
        let n = usize::from(cx.lex.words[j].phrase);
        n > 0 && j + n == i && adjacent(cx, i - 1)
    })
}

/// Is the agency name at word `i` named as a source? Besides the contexts of [`credit_context`]
/// and [`after_attribution_phrase`]: with the proclitic ل of the addressee (قال لرويترز، في تصريح
/// لفرانس برس), or in a clause opened by a reporting cue within the eight words before it, commas
/// allowed but no other punctuation (ذكرت رويترز، نقلت الصحيفة عن رويترز، أبلغ الوزير رويترز).
/// An agency named as a source is one that supplied the words or facts reported; an agency named
/// in a clause with no reporting cue (an app in a footer, a company's partner) is mentioned in
/// passing.
fn cited_as_source(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    if words[i].key.starts_with('ل')
        && !cx.profile.agency_phrases.starts_with(&words[i].key)
        && !after_staff_noun(cx, i)
    {
        return true;
    }
    cue_before_in_clause(cx, i, false)
}

/// True when a reporting cue stands among the eight words before word `i`, with nothing but
/// spaces and commas between (the same clause): the clause reports what a source said. With
/// `outside_content`, a complementizer (أن، إن، بأن) met before the cue answers false: the words
/// after it are the reported content, so a ل there belongs to that content (الموالية لـ«...»),
/// not to the reporting clause.
fn cue_before_in_clause(cx: &Context, i: usize, outside_content: bool) -> bool {
    let words = &cx.doc.words;
    let src = cx.doc.prose();
    let mut j = i;
    while j > 0 && i - j < 8 {
        let gap = src.get(words[j - 1].end()..words[j].start()).unwrap_or("");
        if !gap
            .chars()
            .all(|c| c == ' ' || c == '\u{A0}' || c == '،' || c == ',')
        {
            return false;
        }
        j -= 1;
        if cx.lex.words[j].is_cue() {
            return true;
        }
        if outside_content && matches!(words[j].plain.as_str(), "أن" | "إن" | "بأن" | "ان" | "بان")
        {
            return false;
        }
    }
    false
}

/// True when the word right before word `i` (no punctuation between) is a noun of the outlet's
/// staff, with or without the accusative ending (محرراً لمجلة، مراسلة لصحيفة): its ل then marks
/// whose staff the person is (the editor of the magazine), not the outlet spoken to. The nouns
/// (محرر، كاتب، رئيس تحرير، مراسل، مصور, masculine and feminine) are newsroom posts, written for
/// isnad from Arabic newsroom usage.
fn after_staff_noun(cx: &Context, i: usize) -> bool {
    if i == 0 || !adjacent(cx, i - 1) {
        return false;
    }
    cx.doc.words[i - 1].key_readings().iter().any(|(_, r)| {
        let r = r.as_str();
        let r = r.strip_prefix("ال").unwrap_or(r);
        let r = r.strip_suffix('ا').unwrap_or(r);
        matches!(
            r,
            "محرر"
                | "محرره"
                | "كاتب"
                | "كاتبه"
                | "تحرير"
                | "مراسل"
                | "مراسله"
                | "مصور"
                | "مصوره"
        )
    })
}

/// True when word `i` is مصدر or مصادر (after و or ف) in construct with a listed agency or outlet
/// right after it (مصادر الجزيرة، ومصدر «النهار»): the outlet's own unnamed sources.
fn outlet_sources(cx: &Context, i: usize) -> bool {
    let key = cx.doc.words[i].key.as_str();
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    matches!(bare, "مصدر" | "مصادر") && adjacent(cx, i) && cx.lex.words[i + 1].agency().is_some()
}

/// True when word `i` is an indefinite source noun ([`lists::source_nouns`]) used as a source: right
/// after a reporting verb or participle (قالت مصادر، أفاد شهود), after an attribution phrase
/// (بحسب مصادر، نقلا عن مسؤول), after عن in a clause opened by a reporting verb (نقلت الصحيفة عن
/// مسؤول), or, for مصدر/مصادر, followed by a place or body with ب (مصدر بالقصر). Elsewhere the
/// noun has its ordinary sense (مصدر دخل، مسؤول عن الملف).
fn source_noun(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    let key = words[i].key.as_str();
    // مصادر الجزيرة: an outlet's sources, in construct with its name, are sources wherever they
    // stand (a subject before its verb as well, with و or ف).
    if outlet_sources(cx, i) {
        return true;
    }
    if !lists::source_nouns().contains(key) {
        return false;
    }
    // مسؤول الإعلام في الحزب، خبير الاقتصاد الأميركي: a singular source noun in construct with a
    // definite noun names a position (a known person's post), not an unnamed source; a plural in
    // construct (خبراء الأمن) is still an unnamed group, and مصدر/مصادر are handled above.
    let singular = key.starts_with("مسؤول") || matches!(key, "خبير" | "ناشط" | "شاهد" | "دبلوماسي");
    if singular
        && adjacent(cx, i)
        && words[i + 1].key.starts_with("ال")
        && !words[i + 1].key.ends_with('ي')
        && !words[i + 1].key.ends_with("يه")
    {
        return false;
    }
    if matches!(key, "مصدر" | "مصادر")
        && adjacent(cx, i)
        && words[i + 1].key.starts_with("بال")
        && words[i + 1].kind() == WordKind::Arabic
    {
        return true;
    }
    source_position(cx, i)
}

/// True when word `i` stands where a source does: after an attribution phrase (بحسب، نقلا عن),
/// right after a reporting verb or participle (قالت مصادر), or after عن in a clause opened by a
/// reporting verb within the six words before it (نقلت الصحيفة عن مسؤول).
fn source_position(cx: &Context, i: usize) -> bool {
    let words = &cx.doc.words;
    if after_attribution_phrase(cx, i) {
        return true;
    }
    if i == 0 || !adjacent(cx, i - 1) {
        return false;
    }
    let prev = &cx.lex.words[i - 1];
    if prev.verb() || prev.participle() || verb_with_object(cx, i - 1) {
        return true;
    }
    if words[i - 1].key == "عن" {
        let mut j = i - 1;
        while j > 0 && i - j < 6 && adjacent(cx, j - 1) {
            j -= 1;
            if cx.lex.words[j].verb() || cx.lex.words[j].participle() {
                return true;
            }
        }
    }
    false
}

/// True when word `k` is a reporting verb with an object pronoun attached (نقلته، أكدته، ذكرها،
/// ونفاه: the verb of [`crate::profile::Profile::is_reporting_verb`], after و or ف at most, and
/// ه، ها، هم or هما). Reason: the pronoun is the verb's object (what was reported), so the verb's
/// subject, the source, still follows it (حديث عن تقدم نقلته مصادر مطلعة).
fn verb_with_object(cx: &Context, k: usize) -> bool {
    let w = &cx.doc.words[k];
    if w.kind() != WordKind::Arabic {
        return false;
    }
    let key = w.key.as_str();
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    [bare, key].iter().any(|form| {
        ["هما", "هم", "ها", "ه"].iter().any(|p| {
            form.strip_suffix(p)
                .is_some_and(|stem| stem.chars().count() >= 3 && cx.profile.is_reporting_verb(stem))
        })
    })
}

/// True when word `i` is an indefinite sound masculine plural of persons (محللون، مراقبين،
/// قانونيون، ناشطون): a word without the article or a prepositional proclitic (للصحفيين is the
/// addressee) ending in ون or ين, whose singular (the word without the ending) and whose other
/// case form (ين for ون, ون for ين) the Arabic lexicon both know exactly, whose singular has a
/// shape such plurals are built on (a participle in م of four letters or more, a nisba in ي of
/// four or more, or فاعل), and which does not conjugate as a verb (يقولون). Arabic forms the
/// sound masculine plural only for rational beings, and the shapes keep out singular words that
/// merely end so (فرعون، معاون); such a plural standing where a source does (قال محللون، بحسب
/// مراقبين) is a group of unnamed people: the commonest unnamed sourcing of the press.
fn persons_plural(cx: &Context, i: usize) -> bool {
    use crate::analysis::names::{Lexical, conjugated_verb, ordinary_word_in};
    let w = &cx.doc.words[i];
    if w.kind() != WordKind::Arabic || w.key.starts_with("ال") || cx.lex.words[i].given > 0 {
        return false;
    }
    let plural = |plain: &str| {
        let Some((stem, other)) = plural_shape(plain) else {
            return false;
        };
        ordinary_word_in(cx, plain) == Lexical::Exact
            && ordinary_word_in(cx, stem) == Lexical::Exact
            && ordinary_word_in(cx, &format!("{stem}{other}")) == Lexical::Exact
    };
    let plain = w.plain.as_str();
    // A prepositional proclitic on a plural (للصحفيين، بمسؤولين): the addressee or an object.
    let clitic = plain
        .strip_prefix(['ل', 'ب', 'ك'])
        .is_some_and(|rest| plural(rest) || plural(rest.strip_prefix('ل').unwrap_or(rest)));
    !clitic && plural(plain) && !conjugated_verb(cx, plain)
}

/// The singular and the other case ending of `plain` (a word as written) when it has the form of
/// a sound masculine plural of persons ([`persons_plural`]): it ends in ون or ين, and the
/// singular before the ending is a participle in م of four letters or more, a nisba in ي of four
/// or more, or فاعل. `None` otherwise. The shape only: the lexicon is not asked.
fn plural_shape(plain: &str) -> Option<(&str, &'static str)> {
    let (stem, other) = if let Some(stem) = plain.strip_suffix("ون") {
        (stem, "ين")
    } else {
        (plain.strip_suffix("ين")?, "ون")
    };
    let mut letters = stem.chars();
    let first = letters.next()?;
    let second = letters.next();
    let n = stem.chars().count();
    let shaped =
        ((first == 'م' || stem.ends_with('ي')) && n >= 4) || (n == 4 && second == Some('ا'));
    shaped.then_some((stem, other))
}

/// True when word `i` lies inside a place name of several words that starts before it (the
/// lexicon's place tag: العربية in الإمارات العربية المتحدة، المملكة العربية السعودية): the word
/// belongs to the place, not to an outlet spelled the same.
fn inside_place(cx: &Context, i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|j| usize::from(cx.lex.words[j].place) > i - j)
}

/// An unnamed person or group picked out of a class and used as a source: أحد or إحدى (one of)
/// in construct with a noun, or عدد من (a number of) and a noun, standing where a source does
/// ([`source_position`]) but not after a verb of considering (يعتبر أحد أخطر ...: "is considered
/// one of", a judgement, not a speaker): وقال أحد سكان الحي، نقلا عن أحد الأسرى، وأكد عدد من
/// الأهالي. "One of the residents" reports without naming anyone. (بعض, "some of", is left out:
/// it quantifies things as often as people, نقل بعض العروض.) The noun goes on in construct while
/// its words have no article (سكان حي الصفا: the construct chain ends at its first definite
/// word). Returns the index of the phrase's last word, or `None` (no such phrase, a name or a cue
/// after the quantifier, or not in a source's place).
fn quantified_source(cx: &Context, i: usize) -> Option<usize> {
    let words = &cx.doc.words;
    let key = words[i].key.as_str();
    let bare = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    let noun = match bare {
        "احد" | "احدي" => i + 1,
        "عدد" if words.get(i + 1).is_some_and(|w| w.key == "من") => i + 2,
        _ => return None,
    };
    if noun >= words.len() || !(i..noun).all(|k| adjacent(cx, k)) {
        return None;
    }
    let plain_noun = |k: usize| {
        let t = &cx.lex.words[k];
        words[k].kind() == WordKind::Arabic
            && t.given == 0
            && !particle(cx, k)
            && !t.is_cue()
            && t.agency().is_none()
            && t.anonymous == 0
    };
    let considering = i > 0 && {
        let k = words[i - 1].key.as_str();
        let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
        ["اعتبر", "يعتبر", "تعتبر"].iter().any(|v| k.starts_with(v))
    };
    if considering || !plain_noun(noun) || !source_position(cx, i) {
        return None;
    }
    let mut last = noun;
    while last < noun + 2
        && !words[last].key.starts_with("ال")
        && !possessive_suffix(&words[last].plain)
        && last + 1 < words.len()
        && adjacent(cx, last)
        && plain_noun(last + 1)
        && !matches!(words[last + 1].key.as_str(), "ان" | "بان" | "انه" | "بانه")
    {
        last += 1;
    }
    Some(last)
}

/// True when the word `plain` (as written) ends in an attached possessive pronoun that closes a
/// construct chain: ها، هم، هما، هن, or ه after the ي of a plural in construct (ممثليه، مواطنيه).
/// Reason: a pronoun is always the last term of a construct (أحد ممثليه "one of its
/// representatives"), so the noun after it starts a new phrase (أحد ممثليه | الحكومة). ه alone is
/// not taken (it is also ة written without its dots).
fn possessive_suffix(plain: &str) -> bool {
    ["ها", "هم", "هما", "هن"].iter().any(|s| plain.ends_with(s))
        || plain
            .strip_suffix("يه")
            .is_some_and(|stem| stem.chars().count() >= 3)
}

/// The verbs by which a source withholds its name (طلب، رفض، فضّل، اشترط: asked, refused,
/// preferred, made it a condition), as identity keys in the persons a news report uses (he, she,
/// the two, they). From general Arabic usage.
const WITHHOLD_VERBS: &[&str] = &[
    "طلب",
    "طلبت",
    "طلبا",
    "طلبتا",
    "طلبوا",
    "رفض",
    "رفضت",
    "رفضا",
    "رفضتا",
    "رفضوا",
    "فضل",
    "فضلت",
    "فضلا",
    "فضلتا",
    "فضلوا",
    "اشترط",
    "اشترطت",
    "اشترطوا",
];

/// The verbal nouns of disclosure that a withholding verb governs (ذكر، الكشف، نشر، الإشارة،
/// الإفصاح، الإعلان، تسمية: mention, disclose, publish, refer to, reveal, announce, name), as
/// identity keys. From general Arabic usage.
const DISCLOSURE_NOUNS: &[&str] = &[
    "ذكر",
    "الكشف",
    "كشف",
    "نشر",
    "الاشاره",
    "الافصاح",
    "الاعلان",
    "تسميه",
];

/// A clause in which a source withholds its name, at word `i`: a withholding verb
/// ([`WITHHOLD_VERBS`]), optionally عدم, a disclosure noun ([`DISCLOSURE_NOUNS`]), optionally عن
/// or إلى, and the name or identity with its pronoun (اسمه، اسمها، هويته، أسمائهم): طلب عدم ذكر
/// اسمه، رفضت الكشف عن هويتها، فضّل عدم الإشارة إلى اسمه. The source is the description before
/// the clause, back to the reporting cue, the complementizer or the عن that introduces it
/// (وقالت عاملة في مركز صحي، طلبت عدم ذكر اسمها، ...; غير أن تاجراً في السوق طلب عدم ذكر اسمه):
/// a source that asks not to be named is anonymous by its own request, and the editor needs the
/// whole description. Returns the indices of the description's first word (the clause's verb
/// when no description can be told) and of the name word; `None` when there is no such clause
/// or when a given name or an outlet stands in the description (the source is named).
fn withheld_source(cx: &Context, i: usize) -> Option<(usize, usize)> {
    let words = &cx.doc.words;
    let key_at = |k: usize| words.get(k).map(|w| w.key.as_str());
    let verb = key_at(i)?;
    let withholds = |v: &str| WITHHOLD_VERBS.contains(&v);
    if !(withholds(verb) || verb.strip_prefix(['و', 'ف']).is_some_and(withholds)) {
        return None;
    }
    let mut k = i + 1;
    if key_at(k) == Some("عدم") {
        k += 1;
    }
    if !key_at(k).is_some_and(|n| DISCLOSURE_NOUNS.contains(&n)) {
        return None;
    }
    if matches!(key_at(k + 1), Some("عن" | "الي")) {
        k += 1;
    }
    let name = key_at(k + 1)?;
    if !(name.starts_with("اسم") || name.starts_with("هوي") || name.starts_with("اسماء"))
    {
        return None;
    }
    let last = k + 1;
    if !(i..last).all(|j| adjacent(cx, j)) {
        return None;
    }
    // Back to the word after the cue, complementizer or عن, over at most ten words with blanks
    // or one comma between.
    let src = cx.doc.prose();
    let mut head = i;
    let mut commas = 0;
    let mut found = false;
    while head > 0 && i - head < 10 {
        let gap = src
            .get(words[head - 1].end()..words[head].start())
            .unwrap_or("");
        if gap.contains([',', '،']) {
            commas += 1;
        }
        if commas > 2
            || gap
                .chars()
                .any(|c| !(c.is_whitespace() || matches!(c, ',' | '،')))
        {
            break;
        }
        let (w, t) = (&words[head - 1], &cx.lex.words[head - 1]);
        if t.is_cue() || matches!(w.key.as_str(), "ان" | "بان" | "لان" | "عن") {
            found = true;
            break;
        }
        head -= 1;
    }
    if !found || head == i {
        return Some((i, last));
    }
    let named = (head..i).any(|j| {
        let t = &cx.lex.words[j];
        t.given > 0 || t.agency().is_some() || words[j].kind() != WordKind::Arabic
    });
    if named {
        return None;
    }
    if particle(cx, head) {
        return Some((i, last));
    }
    Some((head, last))
}

/// True when word `k` is an Arabic particle, preposition, pronoun or the like
/// ([`lists::arabic_function_words`], compared in its clean form), which no source's description
/// starts with.
fn particle(cx: &Context, k: usize) -> bool {
    let clean = crate::text::normalize::clean(&cx.doc.words[k].plain);
    lists::arabic_function_words().contains(clean.as_str())
}

/// Extends an anonymous-source phrase ending at word `last` over the words that describe the
/// source without naming it, with no punctuation between: nisba adjectives (شهود فلسطينيون،
/// مسؤول بالجيش الإسرائيلي), a body after في/من/لدى/داخل or with ب (مسؤول في البيت الأبيض،
/// مصدر بالقصر), grading adjectives (كبير، رفيع، بارز), the preposition and pronoun that complete
/// a participle ([`completed_participle`]: أحد المجني عليهم) and "did not name him" (لم تسمّه، لم
/// يكشف عن هويته). Takes and returns word indices of `cx.doc.words`: the new last word.
fn source_modifiers(cx: &Context, mut last: usize) -> usize {
    let words = &cx.doc.words;
    for _ in 0..8 {
        if !adjacent(cx, last) {
            break;
        }
        let key = words[last + 1].key.as_str();
        if words[last + 1].kind() != WordKind::Arabic || cx.lex.words[last + 1].is_cue() {
            break;
        }
        if completed_participle(cx, last) {
            last += 1;
        } else if body_preposition(key) && adjacent(cx, last + 1) {
            match body_after_preposition(cx, last + 1) {
                Some(end) => last = end,
                None => break,
            }
        } else if key.starts_with("بال") && key.chars().count() > 4 {
            last += 1;
        } else if key == "لم"
            && adjacent(cx, last + 1)
            && lists::unnamed_verbs().contains(words[last + 2].key.as_str())
        {
            return did_not_name(cx, last + 2);
        } else if describes_source(cx, last + 1) {
            last += 1;
        } else {
            break;
        }
    }
    last
}

/// True when the identity key `key` is a preposition that attaches an unnamed source to its body
/// (مسؤول في الوزارة، مصادر من الحزب، مصدر داخل الحكومة، مسؤول لدى الأمم المتحدة): في، من،
/// داخل، لدى (its key لدي, ى folded).
fn body_preposition(key: &str) -> bool {
    matches!(key, "في" | "من" | "داخل" | "لدي")
}

/// The body a source belongs to after the preposition at word `prep` (في/من/داخل/لدى), which is
/// adjacent to the next word: a place of several words taken whole (في البيت الأبيض), then its
/// name going on in construct or with adjectives (في وزارة المالية اليونانية، في جنوب لبنان).
/// Returns the index of the body's last word, or `None` when the next word is not Arabic or is
/// a reporting cue (no body: the phrase ends before the preposition).
fn body_after_preposition(cx: &Context, prep: usize) -> Option<usize> {
    let words = &cx.doc.words;
    let body = &cx.lex.words[prep + 1];
    if words[prep + 1].kind() != WordKind::Arabic || body.is_cue() {
        return None;
    }
    let n = usize::from(body.place).max(1);
    let mut last = if (prep + 1..prep + n).all(|k| adjacent(cx, k)) {
        prep + n
    } else {
        prep + 1
    };
    for _ in 0..3 {
        if !adjacent(cx, last) {
            break;
        }
        let w = &words[last + 1];
        let t = &cx.lex.words[last + 1];
        // (إلى has the key الي: a particle is no word of the body.)
        if w.kind() == WordKind::Arabic
            && !t.is_cue()
            && !particle(cx, last + 1)
            && (w.key.starts_with("ال") || t.place > 0)
            && !matches!(
                w.key.as_str(),
                "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللاتي" | "اللواتي"
            )
        {
            last += 1;
        } else {
            break;
        }
    }
    Some(specified_by_lam(cx, last).unwrap_or(last))
}

/// The last word of the complement of specification that names the body ending at word `last`
/// (الاتحاد الأردني لكرة القدم، مديرية التربية لولاية الجلفة): ل written on an indefinite
/// ordinary noun that is no outlet noun ([`lists::outlet_nouns`]), then a definite word, all with
/// no punctuation between, after a body whose last word is definite. Returns `None` when no such
/// complement follows. Reason: ل + an indefinite noun in construct with a definite genitive
/// states what the body is for, and belongs to its name; an addressee is written لل- (للصحفيين),
/// or names an outlet (لوكالة، لصحيفة), or is a name with no genitive (لعنب بلدي).
fn specified_by_lam(cx: &Context, last: usize) -> Option<usize> {
    let words = &cx.doc.words;
    if !words[last].key.starts_with("ال") || !adjacent(cx, last) || !adjacent(cx, last + 1) {
        return None;
    }
    let (lam, genitive) = (&words[last + 1], &words[last + 2]);
    let noun = lam.key.strip_prefix('ل')?;
    let plain_noun = lam.plain.strip_prefix('ل')?;
    let ok = lam.kind() == WordKind::Arabic
        && genitive.kind() == WordKind::Arabic
        && !cx.lex.words[last + 1].is_cue()
        && !cx.lex.words[last + 2].is_cue()
        && !plain_noun.starts_with('ل')
        && !plain_noun.starts_with("ال")
        && plain_noun.chars().count() >= 3
        && !lists::outlet_nouns().contains(noun)
        && crate::profile::words::lexicon().is_word(plain_noun)
        && genitive.key.starts_with("ال")
        && genitive.key.chars().count() >= 4;
    ok.then_some(last + 2)
}

/// The end of "did not name him" whose verb is word `verb` (after لم): the verb, then عن and
/// the name or identity it did not give when they follow with no punctuation (لم يكشف عن
/// هويته، لم يذكر اسمه). Returns the index of the clause's last word.
fn did_not_name(cx: &Context, verb: usize) -> usize {
    let words = &cx.doc.words;
    let mut last = verb;
    if adjacent(cx, last) && words[last + 1].key == "عن" && adjacent(cx, last + 1) {
        last += 1;
    }
    if adjacent(cx, last)
        && (words[last + 1].key.starts_with("اسم") || words[last + 1].key.starts_with("هوي"))
    {
        last += 1;
    }
    last
}

/// True when word `i` describes a source without naming it: a grading adjective (كبير، رفيع،
/// بارز، مطلعة، مقرب: [`lists::source_grades`]) or a nisba adjective (فلسطينيون، أمني) that is an ordinary word of the
/// lexicon, not a function word or a given name, since a source is graded and placed, and named
/// only by a name.
fn describes_source(cx: &Context, i: usize) -> bool {
    let w = &cx.doc.words[i];
    let t = &cx.lex.words[i];
    let bare = w.key.strip_prefix("ال").unwrap_or(&w.key);
    // A preposition on the article (للصحفيين) makes the word the addressee or an object, never
    // an adjective of the source: an adjective agreeing with an indefinite source has no article.
    if w.key.starts_with("لل") {
        return false;
    }
    lists::source_grades().contains(bare)
        || (!t.function()
            && t.given == 0
            && !bare.is_empty()
            && (bare.ends_with('ي')
                || bare.ends_with("يون")
                || bare.ends_with("يين")
                || bare.ends_with("يه"))
            && crate::profile::words::lexicon().is_word(&w.plain))
}

/// True when the source phrase of words `first..=last` is named beside it, so it is not
/// anonymous: a name in apposition before it (دانييل كولنبرغ، شاهد عيان), a given name or
/// يدعى/اسمه right after it (شاهد عيان يدعى سامي، مسؤول الإعلام أحمد) or a few words on, or
/// an outlet inside it (شاهد من رويترز) other than the outlet whose sources they are (`outlet`
/// true: the word after `first` is that outlet, مصادر الجزيرة). A source with a name is not
/// anonymous.
fn named_source(cx: &Context, first: usize, last: usize, outlet: bool) -> bool {
    let words = &cx.doc.words;
    let src = cx.doc.prose();
    // شاهد من رويترز: a witness identified by the outlet is the outlet's own reporter. The
    // outlet in construct with the source noun (`outlet`: مصادر الجزيرة) names whose sources
    // they are, not who they are.
    if (first..=last).any(|k| cx.lex.words[k].agency().is_some() && !(outlet && k == first + 1)) {
        return true;
    }
    // A given name a few words on, past a bracketed acronym and the body (مسؤول (بارع) في
    // الأحساء محمد): stop at أن/إن, a cue or other punctuation.
    let mut k = last;
    while k + 1 < words.len() && k < last + 5 {
        let gap = src.get(words[k].end()..words[k + 1].start()).unwrap_or("");
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '(' | ')'))
        {
            break;
        }
        k += 1;
        let t = &cx.lex.words[k];
        if t.given > 0 && k > last + 1 {
            return true;
        }
        if t.is_cue() || matches!(words[k].key.as_str(), "ان" | "بان" | "انه" | "بانه")
        {
            break;
        }
    }
    // Right after: a given name or "called" (with blanks or a comma between).
    if let Some(next) = words.get(last + 1) {
        let gap = src.get(words[last].end()..next.start()).unwrap_or("");
        if gap.trim().is_empty() || gap.trim() == "،" || gap.trim() == "," {
            let t = &cx.lex.words[last + 1];
            if t.given > 0 || lists::naming_words().contains(next.key.as_str()) {
                return true;
            }
        }
    }
    // Before: «NAME، شاهد عيان» — the phrase is an apposition to the name before the comma.
    if first == 0 {
        return false;
    }
    let gap = src
        .get(words[first - 1].end()..words[first].start())
        .unwrap_or("")
        .trim();
    if gap != "،" && gap != "," {
        return false;
    }
    let prev = &words[first - 1];
    let t = &cx.lex.words[first - 1];
    !t.function()
        && !t.is_cue()
        && t.place == 0
        && (t.given > 0
            || (prev.kind() == WordKind::Arabic
                && !crate::profile::words::lexicon().is_word(&prev.plain))
            || prev.kind() == WordKind::Latin)
}

/// True when `range` (half-open bytes, a listed place that is also an outlet's name) holds the
/// place slot of one of `credits`: it opens the credit (only spaces, a bullet or an opening
/// bracket before it) with a separator (- – — / : |) after it (الرياض - واس), it closes a byline
/// after its separator (عبدالكريم الحمد ـ الرياض: the writer's filing place), or the credit
/// names another agency or outlet, whose place it then is (عين اليوم – الرياض).
fn place_slot(cx: &Context, credits: &[Credit], range: &Range<usize>) -> bool {
    let src = cx.doc.prose();
    credits.iter().any(|c| {
        if !(c.range.start <= range.start && range.end <= c.range.end) {
            return false;
        }
        let opens = src.get(c.range.start..range.start).is_some_and(|b| {
            b.chars()
                .all(|ch| ch.is_whitespace() || matches!(ch, '(' | '*' | '•'))
        }) && src.get(range.end..c.range.end).is_some_and(|a| {
            a.trim_start_matches([' ', '\u{A0}'])
                .starts_with(['-', '–', '—', '/', ':', '|'])
        });
        // A byline's last part after its separator (عبدالكريم الحمد ـ الرياض): where the writer
        // filed from.
        let closes = c.kind == CreditKind::Byline
            && src
                .get(range.end..c.range.end)
                .is_some_and(|a| a.trim().is_empty())
            && src.get(c.range.start..range.start).is_some_and(|b| {
                let b = b.trim_end();
                b.ends_with(['-', '–', '—', 'ـ', '/', '،', ':'])
                    && word_count(cx, c.range.start..range.start) > 0
            });
        let words = &cx.doc.words;
        let a = words.partition_point(|w| w.end() <= c.range.start);
        let other = (a..words.len())
            .take_while(|&k| words[k].start() < c.range.end)
            .filter(|&k| !(words[k].start() >= range.start && words[k].end() <= range.end))
            .any(|k| {
                cx.lex.words[k].agency().is_some_and(|(_, idx)| {
                    !(cx.profile.agency_list[usize::from(idx)].ambiguous
                        && cx.lex.words[k].place > 0)
                })
            });
        opens || closes || other
    })
}

/// Is an ambiguous agency name (فارس، الوطن) used as an outlet here: after an outlet noun
/// (وكالة، صحيفة، قناة, [`lists::outlet_nouns`]), inside guillemets or quotes, or in parentheses?
fn credit_context(cx: &Context, i: usize, range: &Range<usize>) -> bool {
    let src = cx.doc.prose();
    let before = src
        .get(..range.start)
        .unwrap_or("")
        .trim_end_matches([' ', '\u{A0}']);
    let after = src
        .get(range.end..)
        .unwrap_or("")
        .trim_start_matches([' ', '\u{A0}']);
    if (before.ends_with(['«', '"', '“', '”', '(']) && after.starts_with(['»', '"', '“', '”', ')']))
        || (before.ends_with('(') && after.starts_with(')'))
        // Between two slashes, as the Gulf agencies write their dateline (/ وام /).
        || (before.ends_with('/') && after.starts_with('/'))
    {
        return true;
    }
    // An outlet noun before the name, with an opening quote mark between (صحيفة «الخبر»), or
    // before definite words that describe the outlet (وكالة الأنباء الرسمية السورية سانا). A
    // nisba adjective (الفرنسية، الألمانية) is an agency only after وكالة itself (الوكالة
    // الفرنسية): القناة الفرنسية is a French channel, not AFP.
    let nisba = cx.doc.words[i]
        .key_readings()
        .iter()
        .any(|(_, r)| r.starts_with("ال") && r.ends_with("يه"));
    let mut j = i;
    while j > 0 && i - j <= 4 {
        let gap = src
            .get(cx.doc.words[j - 1].end()..cx.doc.words[j].start())
            .unwrap_or("");
        if !gap
            .chars()
            .all(|c| c == ' ' || c == '\u{A0}' || matches!(c, '«' | '"' | '“'))
        {
            return false;
        }
        j -= 1;
        if nisba {
            return agency_noun(cx, j);
        }
        if outlet_noun(cx, j) {
            return true;
        }
        if !cx.doc.words[j].key.starts_with("ال") {
            return false;
        }
    }
    false
}

/// True when the word at `i` is وكالة or وكالات (with proclitics or the article).
fn agency_noun(cx: &Context, i: usize) -> bool {
    key_may_end_in(cx, i, AGENCY_NOUNS)
        && cx.doc.words[i].key_readings().iter().any(|(_, r)| {
            let r = r.as_str();
            AGENCY_NOUNS.contains(&r.strip_prefix("ال").unwrap_or(r))
        })
}

fn header_kind(cx: &Context, text: &str, r: Range<usize>) -> Option<CreditKind> {
    let t = text.trim();
    if site_address(t) {
        return Some(CreditKind::OutletTag);
    }
    if shapes::opening(t).is_some() && !PICTURE_NOTE.is_match(t) {
        return Some(CreditKind::CreditLine);
    }
    if PICTURE_LINE.is_match(t) {
        return None;
    }
    if shapes::role_credit(t) || writer_line(cx, text, &r) {
        return Some(CreditKind::Byline);
    }
    if shapes::byline_cue(t) && !labelled_headline(cx, &r) {
        // A place before the desk tag (`بيروت - خاص`) is the story's dateline: the tag says the
        // report is the outlet's own, the place says where it was filed.
        let place_first = cx
            .lex
            .words
            .get(cx.doc.word_index_at(r.start))
            .is_some_and(|w| w.place > 0);
        return Some(if place_first && SEPARATOR.is_match(t) {
            CreditKind::Dateline
        } else if t.contains("متابع") || t.contains("خاص") {
            CreditKind::OutletTag
        } else {
            CreditKind::Byline
        });
    }
    if shapes::place_then_byline(t) && {
        // The place is the first word, or the second after من (من بيروت كتب فلان).
        let i = cx.doc.word_index_at(r.start);
        let i = i + usize::from(cx.doc.words.get(i).is_some_and(|w| &*w.plain == "من"));
        cx.lex.words.get(i).is_some_and(|w| w.place > 0)
    } {
        return Some(CreditKind::Byline);
    }
    if line_agency(cx, r.clone()) {
        return Some(agency_line_kind(cx, t, r));
    }
    if place_and_outlet(cx, t, &r) {
        return Some(CreditKind::Dateline);
    }
    if let Some(kind) = signed_line(cx, t, &r) {
        return Some(kind);
    }
    if let Some(kind) = dash_credit(cx, text, &r) {
        return Some(kind);
    }
    // An outlet's tag and its desk: two short parts around a slash (السومرية نيوز/ رياضة).
    if let Some(kind) = desk_tag(cx, t, &r) {
        return Some(kind);
    }
    // A bare name of two to four words on its own line.
    bare_name_line(cx, t, &r).then_some(CreditKind::Byline)
}

/// True when the header line `t` (trimmed, at byte range `r`) is a bare name of two to four
/// Arabic words on its own line, starting with a listed given name or ending with a word no
/// dictionary holds that the story never uses again ([`name_alone`]); no bracket (a name and a
/// note, سامر يوسف (أرشيفية), is read elsewhere), nothing but white space between the words
/// ([`only_words`]), no reporting cue, and no function word but the given name's own words, a
/// particle between two parts (بن، أبو) and الله after a first word ([`theophoric`]); four words
/// only when a compound given name or a particle joins them (عبد الرحمن سامر الحسيني).
fn bare_name_line(cx: &Context, t: &str, r: &Range<usize>) -> bool {
    let wc = cx.doc.words_in(r.clone());
    if !(2..=4).contains(&wc.len())
        || !wc.iter().all(|w| w.kind() == WordKind::Arabic)
        || t.contains(['(', ')', '[', ']'])
    {
        return false;
    }
    let i = cx.doc.word_index_at(r.start);
    let t0 = &cx.lex.words[i];
    let n = wc.len();
    let joined = usize::from(t0.given) > 1 || wc.iter().any(|w| name_particle(&w.key));
    (n < 4 || joined)
        && only_words(cx, wc)
        && !cx.lex.words[i..i + n].iter().enumerate().any(|(k, t)| {
            let inner = k > 0 && k + 1 < n && name_particle(&wc[k].key);
            let named = k < usize::from(t0.given) || inner || (k > 0 && theophoric(&wc[k].key));
            (t.function() && !named) || t.is_cue()
        })
        && (t0.given > 0 || name_alone(cx, i + n - 1))
        // A word after the given name that is a verb's imperfect (ي، ت + a conjugated stem) or
        // carries a preposition on the article makes the line a clause (عبد الله يستقبل الضيوف),
        // not a name; a family name that also reads as a perfect (صافي) stays the name's.
        && !(i + usize::from(t0.given).max(1)..i + n).any(|k| {
            clause_word(cx, k)
                && (prepositional_article(&cx.doc.words[k].key)
                    || cx.doc.words[k].plain.starts_with(['ي', 'ت']))
        })
}

/// True when the header line `t` (trimmed) is an outlet's address: a Latin capital tag
/// (`AHDATH.INFO`, [`LATIN_TAG`]), an upper-case domain ending, or a bare web domain
/// ([`web_domain`]). Reason: a site signs its copy with its name or address.
fn site_address(t: &str) -> bool {
    LATIN_TAG.is_match(t)
        || t.contains(".INFO")
        || t.contains(".COM")
        || t.contains(".NET")
        || web_domain(t)
}

/// The kind of the header line `t` (at byte range `r`, trimmed) when it is a writer's name with
/// the city in brackets ([`name_and_bracketed_place`]) or with an initial ([`initialled_name`]),
/// a byline, or a press noun and the outlet's name ([`press_outlet_line`]), an outlet's tag;
/// `None` otherwise.
fn signed_line(cx: &Context, t: &str, r: &Range<usize>) -> Option<CreditKind> {
    if name_and_bracketed_place(cx, t, r) || initialled_name(cx, r) {
        Some(CreditKind::Byline)
    } else if press_outlet_line(cx, t, r) {
        Some(CreditKind::OutletTag)
    } else {
        None
    }
}

/// True when the header line `t` (at byte range `r`, trimmed) is a writer's name and, in brackets
/// ending the line, the place the story was filed from (فهد العتيبي (جدة)، نواف بن سعد (المدينة
/// المنورة)): a name of two to four words ([`byline_name`]) whose family name the story never uses
/// ([`unshared`]), then one listed place filling the bracket. Reason: Saudi dailies (Okaz,
/// Al-Riyadh, Al-Madina) sign a report with the reporter's name and the city in brackets, while a
/// person of the story is named again in it and a bracket after a name in a headline holds a
/// note (أرشيفية), an age or a club, not a place alone.
fn name_and_bracketed_place(cx: &Context, t: &str, r: &Range<usize>) -> bool {
    let Some(open) = t.find('(') else {
        return false;
    };
    let Some(inner) = t.get(open + 1..).and_then(|i| i.strip_suffix(')')) else {
        return false;
    };
    if inner.contains(['(', ')'])
        || t[..open].contains(|c: char| !c.is_alphabetic() && !c.is_whitespace())
    {
        return false;
    }
    let name = r.start..r.start + t[..open].trim_end().len();
    let n = cx.doc.words_in(name.clone()).len();
    let first = cx.doc.word_index_at(r.start);
    let places = cx.doc.words_in(r.start + open..r.end);
    let Some(p) = cx.lex.words.get(first + n) else {
        return false;
    };
    (2..=4).contains(&n)
        && (1..=3).contains(&places.len())
        && usize::from(p.place) == places.len()
        && places.iter().all(|w| w.kind() == WordKind::Arabic)
        && byline_name(cx, name)
        && unshared(cx, first + n - 1, 1)
}

/// True when the header line at byte range `r` is a writer's name with one part reduced to its
/// initial and a full stop, the family name (حسان. م، نادية ب.) or the given name (ع. بوزيد): two
/// words, one of them a single letter written against a full stop, the line a name
/// ([`byline_name`]). Reason: Algerian dailies sign reports with the reporter's given name and
/// the initial of the family name, and a headline never abbreviates a word to one letter; the
/// full stop sets the initial apart from a one-letter particle (و، ب) or a number's letter.
fn initialled_name(cx: &Context, r: &Range<usize>) -> bool {
    let ws = cx.doc.words_in(r.clone());
    if ws.len() != 2 || ws.iter().any(|w| w.kind() != WordKind::Arabic) {
        return false;
    }
    let src = cx.doc.source;
    let stop_after = |w: &crate::text::Word| src.get(w.end()..).is_some_and(|a| a.starts_with('.'));
    let single = |w: &crate::text::Word| w.plain.chars().count() == 1;
    let (a, b) = (&ws[0], &ws[1]);
    let shaped = if single(b) && !single(a) {
        // حسان. م or نادية ب. : the stop after the given name or after the initial.
        stop_after(a) || stop_after(b)
    } else {
        single(a) && !single(b) && stop_after(a)
    };
    shaped && byline_name(cx, r.clone())
}

/// The identity keys of the nouns that head a newspaper's or a news site's name in its own tag
/// (بوابة الوفد، موقع عرب 48، جريدة الصباح، صحيفة المدينة، مجلة المجلة): a closed class of Arabic
/// newsroom usage, written for isnad.
const PRESS_NOUNS: &[&str] = &["بوابه", "موقع", "صحيفه", "جريده", "مجله"];

/// True when the header line `t` (at byte range `r`, trimmed) is an outlet's tag made of a press
/// noun ([`PRESS_NOUNS`], bare: no article, no clitic) and the outlet's name, one to three words
/// (a number may end it: موقع عرب 48), alone on its line (no punctuation), no word of the name a
/// reporting cue, a title, a preposition on the article or a particle (a function word without
/// the article; اليوم with it is a name's word: أخبار اليوم), and the press noun used nowhere else
/// in the story, with or without the article or a proclitic ([`recurs`]). Reason: Egyptian portals
/// and many papers set their name under the headline (بوابة الوفد), as the wires set their code,
/// and the outlet that publishes a story is not in it; a headline or subheading made of the same
/// nouns (موقع الحادث، صحيفة الاتهام) names a thing the story is about, which its body names
/// again (وصلت الفرق إلى موقع الحادث، جاء في صحيفة الاتهام).
fn press_outlet_line(cx: &Context, t: &str, r: &Range<usize>) -> bool {
    let ws = cx.doc.words_in(r.clone());
    if !(2..=4).contains(&ws.len())
        || t.contains(|c: char| !c.is_alphanumeric() && !c.is_whitespace())
        || ws[0].kind() != WordKind::Arabic
        || !PRESS_NOUNS.contains(&ws[0].key.as_str())
        || ws[1].kind() == WordKind::Number
    {
        return false;
    }
    let first = cx.doc.word_index_at(r.start);
    let noun = ws[0].key.as_str();
    let name_ok = (first + 1..first + ws.len()).all(|k| {
        let (w, tg) = (&cx.doc.words[k], &cx.lex.words[k]);
        let key = w.key.as_str();
        !(tg.is_cue() || tg.title > 0 || tg.anonymous > 0)
            && !(tg.function() && !key.starts_with("ال"))
            && !prepositional_article(key)
    });
    name_ok && !recurs(cx, first, noun) && !recurs(cx, first, &format!("ال{noun}"))
}

/// True when the line `t` (trimmed) is a bare web domain and nothing else: an optional scheme and
/// `www.`, a name and a top-level domain, no path (`www.alwasat-news.com`، `hespress.com`), and no
/// label of a government, school, army, international body or association (gov، gouv، edu، mil،
/// int، org). Reason: a news site signs copy it publishes or sends with its own address, alone on
/// a line, as other outlets write their tag; an address a story gives its readers (a ministry's
/// site to apply on) belongs to the body it names, or comes with a sentence that introduces it.
fn web_domain(t: &str) -> bool {
    let d = t.trim().trim_end_matches('/');
    let d = d
        .strip_prefix("https://")
        .or_else(|| d.strip_prefix("http://"))
        .unwrap_or(d);
    let labels: Vec<&str> = d.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !l.starts_with('-')
        })
        && labels.last().is_some_and(|tld| {
            (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
        })
        && !labels.iter().any(|l| {
            matches!(
                l.to_ascii_lowercase().as_str(),
                "gov" | "gouv" | "edu" | "mil" | "int" | "org"
            )
        })
        && labels
            .iter()
            .filter(|l| !l.eq_ignore_ascii_case("www"))
            .count()
            >= 2
}

/// True when the header line `t` (at byte range `r`, trimmed) is a listed place and, in brackets,
/// one to three words that end the line (أبوظبي (الاتحاد)، دبي (البيان)): the place the
/// story was filed from and the paper that filed it, even when the paper's name is an ordinary
/// word. Reason: Gulf dailies set their own dateline on a line of its own under the headline, the
/// paper's name bracketed after the place, as the wires bracket theirs; a headline is a phrase,
/// not a place and a bracketed word. Not a bracket of figures (a date), of a particle (a function
/// word without the article: (أي ...)، (وهي ...); a frequent noun with it, البيان, may name a
/// paper), nor a picture's note (صور) or a desk's label (فيديو، تحديث: [`STORY_LABELS`]).
fn place_and_outlet(cx: &Context, t: &str, r: &Range<usize>) -> bool {
    let Some(open) = t.find('(') else {
        return false;
    };
    let Some(inner) = t.get(open + 1..).and_then(|i| i.strip_suffix(')')) else {
        return false;
    };
    if inner.contains(['(', ')']) || PICTURE_NOTE.is_match(&t[open..]) {
        return false;
    }
    let first = cx.doc.word_index_at(r.start);
    let place = cx.doc.words_in(r.start..r.start + open).len();
    let named = cx.doc.words_in(r.start + open..r.end).len();
    let Some(words) = cx.doc.words.get(first..first + place + named) else {
        return false;
    };
    let tags = &cx.lex.words[first..first + place + named];
    (1..=2).contains(&place)
        && (1..=3).contains(&named)
        && tags[0].place > 0
        && words[..place].iter().all(|w| w.kind() == WordKind::Arabic)
        && words[place..].iter().all(|w| {
            matches!(w.kind(), WordKind::Arabic | WordKind::Latin)
                && !STORY_LABELS.contains(&w.key.as_str())
                && !month_name(w)
        })
        && !tags[..place].iter().any(|t| t.function() || t.is_cue())
        && !(place..place + named).any(|k| tags[k].function() && !words[k].key.starts_with("ال"))
}

/// The kind of a header line `text` (at byte range `r`) made of two short parts around a dash:
/// a reporter's name and the outlet (a byline), or a listed place and an agency described or
/// named after it (بيروت - وكالة الأنباء المحلية، وهران - النهار أونلاين: the dateline, a place and
/// the outlet that filed from it, no person). `None` when the line has no dash, a part is longer
/// than four words, or a part is figures only (a time or a date names neither writer nor outlet).
fn dash_credit(cx: &Context, text: &str, r: &Range<usize>) -> Option<CreditKind> {
    let t = text.trim();
    let m = DASH.find(t)?;
    let (a, b) = (&t[..m.start()], &t[m.end()..]);
    if !(1..=4).contains(&a.split_whitespace().count())
        || !(1..=4).contains(&b.split_whitespace().count())
    {
        return None;
    }
    let lead = r.start + (text.len() - text.trim_start().len());
    let first = cx.doc.word_index_at(lead);
    let after = cx.doc.words_in(lead + m.end()..r.end);
    // A part of figures alone (a time, a date: آخر تحديث: 05/12/2026 - 14:20) names no one.
    let lettered = |ws: &[crate::text::Word]| ws.iter().any(|w| w.kind() != WordKind::Number);
    if !lettered(after) || !lettered(cx.doc.words_in(lead..lead + m.start())) {
        return None;
    }
    let agency_after = after.first().is_some_and(|w| {
        let k = cx.doc.word_index_at(w.start());
        agency_noun(cx, k) || cx.lex.words[k].agency().is_some()
    });
    let place_first = cx.lex.words.get(first).is_some_and(|w| w.place > 0);
    Some(if place_first && agency_after {
        CreditKind::Dateline
    } else {
        CreditKind::Byline
    })
}

/// True when word `last`, the last word of a header line of two or three words, makes the line a
/// name standing alone (a writer's byline, ريتا نجيم; an outlet's name, رووداو ديجيتال): the word
/// is not in the Ayaspell dictionary ([`crate::profile::words::lexicon`]) and no other word of
/// the story has its key, bare or after one or two proclitic letters (و ف ب ل ك). Reason: a
/// headline is made of the story's own words (its events and the names in them recur in the
/// body), while a byline names the writer and a tag the outlet, who are not in the story; a
/// family name or an outlet's foreign word is not a dictionary word, so a line of common words
/// (أزمة النفايات) stays a possible headline.
fn name_alone(cx: &Context, last: usize) -> bool {
    let Some(w) = cx.doc.words.get(last) else {
        return false;
    };
    if crate::profile::words::lexicon().is_word(&w.plain) {
        return false;
    }
    !recurs(cx, last, &w.key)
}

/// True when another word of the story than word `at` has the identity key `key`, bare or after
/// one or two proclitic letters (و ف ب ل ك).
fn recurs(cx: &Context, at: usize, key: &str) -> bool {
    let elsewhere = |k: &str| cx.words_of_key(k).any(|j| j != at);
    if elsewhere(key) {
        return true;
    }
    const PROCLITICS: [&str; 5] = ["و", "ف", "ب", "ل", "ك"];
    let mut with = String::with_capacity(key.len() + 4);
    for a in PROCLITICS {
        for b in std::iter::once("").chain(PROCLITICS) {
            with.clear();
            with.push_str(a);
            with.push_str(b);
            with.push_str(key);
            if elsewhere(&with) {
                return true;
            }
        }
    }
    false
}

/// True when no word of the `n` words from word `first` recurs in the story ([`recurs`]), with or
/// without the article (الزين، زين). Reason: a headline is made of the story's own words (its
/// events and the names in them come back in the body), while a byline names the writer, who is
/// not in the story, so a short line beside a place whose words the story never uses again is
/// the writer's name, even when each of its words is also a dictionary word (هاشم، الزين).
fn unshared(cx: &Context, first: usize, n: usize) -> bool {
    (first..first + n).all(|k| {
        let key = cx.doc.words[k].key.as_str();
        let bare = key.strip_prefix("ال").filter(|b| b.chars().count() >= 2);
        !recurs(cx, k, key)
            && bare.is_none_or(|b| !recurs(cx, k, b))
            && (bare.is_some() || !recurs(cx, k, &format!("ال{key}")))
    })
}

/// The kind of a header line `t` (at byte range `r`) made of two short parts around a slash
/// (`السومرية نيوز/ رياضة`): one to three words before it, one after, and no function word or
/// reporting cue among them. An outlet tag when the part after the slash is a dictionary word
/// (a desk: رياضة، اقتصاد، محليات), a byline otherwise (a place before a writer's name, بغداد/
/// فلان). Reason: a slash separates a header's parts, as a dash does (a place or outlet, then a
/// desk, a writer or an agency); a headline is a phrase, not two parts split by a slash. `None`
/// for any other line (a place before an agency between slashes is a dateline, read before).
fn desk_tag(cx: &Context, t: &str, r: &Range<usize>) -> Option<CreditKind> {
    let (a, b) = t.split_once('/')?;
    let (na, nb) = (a.split_whitespace().count(), b.split_whitespace().count());
    if !(1..=3).contains(&na) || nb != 1 || b.contains('/') {
        return None;
    }
    let i = cx.doc.word_index_at(r.start);
    let j = cx.doc.words.partition_point(|w| w.end() <= r.end);
    let words = cx.doc.words.get(i..j)?;
    let tags = cx.lex.words.get(i..j)?;
    if words.len() != na + nb
        || words.iter().any(|w| w.kind() != WordKind::Arabic)
        || tags.iter().any(|t| t.function() || t.is_cue())
    {
        return None;
    }
    let desk = words.last()?;
    Some(if crate::profile::words::lexicon().is_word(&desk.plain) {
        CreditKind::OutletTag
    } else {
        CreditKind::Byline
    })
}

/// True when the closing line `text` (at byte range `r`) is the writer's signature: an optional
/// dash, then two to four words of a name that opens with a given name, nothing else (- خالد
/// الدوس). Opinion pieces and letters are signed this way at the end instead of a byline on top.
fn signature(cx: &Context, text: &str, r: &Range<usize>) -> bool {
    let body = text
        .trim()
        .trim_start_matches(['-', '–', '—', '*', '•'])
        .trim();
    if body.is_empty() || body.ends_with(['.', '؟', '!', ':', '»', '"']) {
        return false;
    }
    let ws = cx.doc.words_in(r.clone());
    let first = cx.doc.word_index_at(r.start);
    if unlisted_signature(cx, r) {
        return true;
    }
    (2..=4).contains(&ws.len())
        && ws.iter().all(|w| w.kind() == WordKind::Arabic)
        && cx.lex.words[first].given > 0
        && !cx.doc.words[first].key.starts_with('و')
        && !cx.lex.words[first..first + ws.len()]
            .iter()
            .any(|t| t.function() || t.is_cue() || t.place > 0 || t.anonymous > 0)
}

/// True when the closing line at byte range `r` (half-open) is a writer's signature whose given
/// name no list holds: words shaped like a name ([`byline_name`]: a given name reduced to its
/// initial, ر. بوزيدي; a compound or a nasab joined by a name particle, عبد الحق الرامي، آمال بن
/// حمودة; a family name no dictionary holds) whose last word, the family name, the story never
/// uses again ([`unshared`]). Reason: Maghreb papers sign a report with the writer's name alone
/// on its last line, and a story names its people by their family name on second reference, so
/// a name whose family name appears nowhere else is the writer's, not a person of the story.
fn unlisted_signature(cx: &Context, r: &Range<usize>) -> bool {
    let n = cx.doc.words_in(r.clone()).len();
    let first = cx.doc.word_index_at(r.start);
    (2..=4).contains(&n) && byline_name(cx, r.clone()) && unshared(cx, first + n - 1, 1)
}

/// True when the bracket `m` (byte range in the paragraph starting at byte `at`) closes a
/// paragraph of prose and reads as an aside rather than a credit: words stand before it in the
/// paragraph, no agency, byline cue or outlet tag is inside it, and either a particle or pronoun
/// (a function word without the article) is inside ((وهي المرة الأولى هذا العام)، (أي نحو مليون
/// دولار)) or the bracket stands inside the last sentence ([`inside_sentence`]: تحمل عنوان (بيت
/// الجيران).). A credit in brackets names a source; an aside is a clause or part of one.
fn aside_after_prose(cx: &Context, at: usize, m: &Range<usize>) -> bool {
    let inner = at + m.start..at + m.end;
    if word_count(cx, at..inner.start) == 0 || has_agency(cx, inner.clone()) {
        return false;
    }
    let text = cx.doc.source.get(inner.clone()).unwrap_or("");
    let body = text.trim().trim_start_matches(['(', '[']);
    if shapes::byline_cue(body) || LATIN_TAG.is_match(body.trim_end_matches([')', ']', '.', ' '])) {
        return false;
    }
    if inside_sentence(cx.doc.source.get(at..inner.start).unwrap_or(""), text) {
        return true;
    }
    let first = cx.doc.word_index_at(inner.start);
    let n = cx.doc.words_in(inner).len();
    (first..first + n).any(|k| cx.lex.words[k].function() && !cx.doc.words[k].key.starts_with("ال"))
}

/// True when a bracket closing a paragraph (`bracket`: the bracket and what follows it to the
/// paragraph's end) stands inside the paragraph's last sentence: the prose `before` it ends in a
/// word, not in a sentence's end mark (. ؟ ! : …), and a full stop follows the bracket (تحمل عنوان
/// (بيت الجيران).). Reason: the full stop ends the sentence the bracket belongs to (a title, a
/// gloss or an address given in the sentence), while a story's credit line comes after its last
/// sentence has ended (... الجولة. (وكالات)) and names a source, which the caller checks first.
fn inside_sentence(before: &str, bracket: &str) -> bool {
    let prose = before.trim_end();
    let closed = bracket
        .trim_end()
        .trim_end_matches(['-', '–', '—', ' '])
        .ends_with('.');
    closed
        && prose.chars().next_back().is_some_and(char::is_alphanumeric)
        && !bracket.trim_end().ends_with("..")
}

/// True when the words of `range` are a person's name: two to four Arabic words, the first a given
/// name (after an optional honorific, د. or a listed title), none a function word, reporting cue,
/// place or anonymous source, nor a clause word ([`clause_word`]). A writer is credited by name.
fn person_name(cx: &Context, range: Range<usize>) -> bool {
    let ws = cx.doc.words_in(range.clone());
    let mut i = cx.doc.word_index_at(range.start);
    let mut n = ws.len();
    if n > 0 && (ws[0].plain == "د" || cx.lex.words[i].title > 0) {
        let t = usize::from(cx.lex.words[i].title).max(1);
        i += t;
        n = n.saturating_sub(t);
    }
    let Some(tags) = cx.lex.words.get(i..i + n) else {
        return false;
    };
    // The words of a compound given name (عبد المنعم) are the name's even where a word of it is
    // also a function word (عبد): only the words after it are asked.
    let given = usize::from(tags.first().map_or(0, |t| t.given));
    (2..=4).contains(&n)
        && cx.doc.words[i..i + n]
            .iter()
            .all(|w| w.kind() == WordKind::Arabic)
        && given > 0
        && !cx.doc.words[i].key.starts_with('و')
        && !tags.iter().enumerate().any(|(k, t)| {
            (t.function() && k >= given) || t.is_cue() || t.place > 0 || t.anonymous > 0
        })
        && !(i + given..i + n).any(|k| clause_word(cx, k))
}

/// True when word `k` belongs to a clause, not to a name: a word that is not a listed given name
/// and conjugates as a verb ([`crate::analysis::names::conjugated_verb`]: يعود، يلتقي), or one
/// that carries a preposition on the article (للمنتخب، بالفوز). Reason: a name is a string of
/// nouns that conjugates for no person and takes no preposition, so a line with a given name and
/// such a word is a sentence about that person (a headline, مصر: محمد صلاح يعود للمنتخب), not a
/// byline.
fn clause_word(cx: &Context, k: usize) -> bool {
    let (w, t) = (&cx.doc.words[k], &cx.lex.words[k]);
    let key = w.key.as_str();
    t.given == 0
        && (prepositional_article(key) || crate::analysis::names::conjugated_verb(cx, &w.plain))
}

/// True when the identity key `key` is a preposition (ل، ب، ك) written on the article and a word
/// of at least two more letters (للمنتخب، بالفوز، كالعادة): a prepositional phrase, never a name.
fn prepositional_article(key: &str) -> bool {
    ["لل", "بال", "كال"]
        .iter()
        .any(|p| key.starts_with(p) && key.chars().count() > 4)
}

/// The particles that build an Arabic personal name out of other names (the kunya أبو/أم, the
/// nasab بن/ابن/بنت, the family آل, the theophoric عبد), as identity keys: they are function
/// words elsewhere, but inside a name they join its parts. From the structure of Arabic names,
/// written for isnad.
fn name_particle(key: &str) -> bool {
    matches!(
        key,
        "ابو" | "ابي" | "ام" | "بن" | "ابن" | "بنت" | "ال" | "عبد"
    )
}

/// True when the identity key `key` is الله, the second half of a theophoric compound name
/// (عبد الله، حبيب الله، نصر الله، عطا الله، فضل الله). Reason: after a first name word الله joins
/// it into one given or family name; it is a function word elsewhere in a clause (إن شاء الله),
/// but on a line of a name it is the name's.
fn theophoric(key: &str) -> bool {
    key == "الله"
}

/// True when the words of `range` (byte range, half-open) are a writer's name standing alone
/// where only a credit stands (on its own line between the headline and the lede, or before a
/// separator and the town at the end): two or three words shaped like a name ([`name_shape`]), none
/// of which the story uses again ([`unshared`]), even when the lists and the lexicon mark none of
/// them as a name (لبيبة صعب، حبيب الله صافي). Reason: a headline or a standfirst is made of the
/// story's own words, which come back in the body, while the writer of the story is not one of
/// its people; a short line of name-shaped words the story never repeats, in the place of a
/// byline, names its writer.
fn writer_alone(cx: &Context, range: Range<usize>) -> bool {
    let ws = cx.doc.words_in(range.clone());
    let n = ws.len();
    only_words(cx, ws)
        && (2..=3).contains(&n)
        && !STORY_GENRES.contains(&ws[0].key.as_str())
        && !ws[n - 1].plain.ends_with('ة')
        && name_shape(cx, range.clone()).is_some()
        && unshared(cx, cx.doc.word_index_at(range.start), n)
}

/// True when the words `ws` (in order) have nothing between them but white space: no colon or dash
/// splitting a tag or a dateline from its part (صحيفة: الوفد، بشار: كريمة بن عيسى), no comma, no
/// full stop (harakat and tatweel may mark the letters). A bare name is its words alone.
fn only_words(cx: &Context, ws: &[crate::text::Word]) -> bool {
    ws.first().zip(ws.last()).is_some_and(|(a, z)| {
        cx.doc.prose().get(a.start()..z.end()).is_some_and(|t| {
            // Harakat and tatweel are marks on the letters.
            use crate::text::chars::{is_diacritic, is_tatweel};
            t.chars()
                .all(|c| c.is_alphabetic() || c.is_whitespace() || is_diacritic(c) || is_tatweel(c))
        })
    })
}

/// The nouns of a story's genre or section that a desk sets on a short line under the headline
/// (تقرير "report", تحليل "analysis", تحقيق "investigation", حوار/مقابلة "interview", رأي/مقال
/// "opinion", قراءة "reading", ملف "file", متابعة "follow-up", أخبار/خبر "news", تفاصيل "details",
/// قصة "story", شهادة "testimony", كواليس "behind the scenes"), as identity keys. A line opening
/// with one (تحليل إخباري، أخبار محلية) labels the story, it names no writer. A closed class of
/// newsroom usage, written for isnad. [`writer_alone`] also refuses a line whose last word is
/// written with a final ta marbuta (ة): after a noun that word is most often an adjective agreeing with it (تفاصيل صادمة),
/// and the lists still read a name whose family name ends so (ليلى عطية) by its listed given name.
const STORY_GENRES: &[&str] = &[
    "تقرير",
    "تحليل",
    "تحقيق",
    "حوار",
    "مقابله",
    "راي",
    "مقال",
    "قراءه",
    "ملف",
    "متابعه",
    "اخبار",
    "خبر",
    "تفاصيل",
    "قصه",
    "شهاده",
    "كواليس",
];

/// True when the words of `range` are shaped like a person's name, for a byline beside a place:
/// either a [`person_name`], or two to four Arabic words with evidence of a name and no sign of
/// a clause. Evidence: a listed given name first, or after the first word (the father's given
/// name standing as the family name: سهام كمال), a given name written as an initial (`ن.
/// بوعلام`) or a family name written so after a given name (`حسان. م`), a name particle joining two parts ([`name_particle`]: ندى أبو حيدر، ليلى بن عمار),
/// a word the Arabic lexicon does not know (a family or foreign name: ريتا شمعون), or a last
/// word with the article after a bare first, none used again by the story ([`unshared`]: هاشم
/// الزين). Signs of a
/// clause: a reporting cue, a place, a title, an agency, an unnamed source, a function word other
/// than a particle inside the name, a first word with the article or the conjunction و, or a
/// word that conjugates as a verb. A byline is a name and nothing else, so a short line of a
/// place and words of that shape is the writer's, while a headline (بيروت: غارات جديدة) has
/// ordinary words and no name evidence.
fn byline_name(cx: &Context, range: Range<usize>) -> bool {
    person_name(cx, range.clone()) || name_shape(cx, range) == Some(true)
}

/// The shape test behind [`byline_name`] for the words of `range` (byte range, half-open): `None`
/// when they cannot be a person's name (fewer than two or more than four Arabic words, or a sign
/// of a clause), else `Some(evidence)`, whether they also carry evidence of a name (see
/// [`byline_name`]). A line of name-shaped words with no such evidence (two given and family names
/// the lists and the lexicon do not mark: لبيبة صعب) is a writer's name only where its place says
/// so ([`writer_alone`]).
fn name_shape(cx: &Context, range: Range<usize>) -> Option<bool> {
    let ws = cx.doc.words_in(range.clone());
    let first = cx.doc.word_index_at(range.start);
    if !(2..=4).contains(&ws.len()) || ws.iter().any(|w| w.kind() != WordKind::Arabic) {
        return None;
    }
    let tags = cx.lex.words.get(first..first + ws.len())?;
    let src = cx.doc.prose();
    // A given name reduced to its initial: one letter and a full stop (ن. بوعلام).
    let initial = ws[0].plain.chars().count() == 1
        && src.get(ws[0].end()..).is_some_and(|r| r.starts_with('.'));
    let n = ws.len();
    // A family name reduced to its initial after a full given name, the full stop after either
    // (حسان. م، نادية ب.).
    let initial_last = n == 2
        && !initial
        && ws[1].plain.chars().count() == 1
        && [&ws[0], &ws[1]]
            .iter()
            .any(|w| src.get(w.end()..).is_some_and(|r| r.starts_with('.')));
    // A given name and a family name with the article (هاشم الزين), neither used again by the
    // story ([`unshared`]): the shape of a name, where a headline's noun phrase (غارات جديدة)
    // has no article on its last word or recurs in the body.
    let family = n >= 2
        && !ws[0].key.starts_with("ال")
        && ws[n - 1].key.starts_with("ال")
        && unshared(cx, first, n);
    let mut evidence = tags[0].given > 0 || initial || initial_last || family;
    for (k, (w, t)) in ws.iter().zip(tags).enumerate() {
        let key = w.key.as_str();
        if t.is_cue() || t.place > 0 || t.title > 0 || t.anonymous > 0 || t.agency().is_some() {
            return None;
        }
        if name_particle(key) {
            // A particle joins two parts of the name: never the last word.
            if k + 1 == n {
                return None;
            }
            evidence = true;
            continue;
        }
        if k > 0 && theophoric(key) {
            evidence = true;
            continue;
        }
        if t.function() && !(k == 0 && initial) && !(k + 1 == n && initial_last) {
            return None;
        }
        if k == 0 && (key.starts_with("ال") || (key.starts_with('و') && t.given == 0)) {
            return None;
        }
        // A listed given name is a name here even when it also conjugates as a verb (عادل،
        // سالم، شاكر): on a line with no other sign of a clause, the name reading stands.
        if t.given == 0
            && crate::analysis::names::conjugated_verb(cx, &w.plain)
            && !(k > 0 && first_person_only(cx, &w.plain))
        {
            return None;
        }
        if crate::analysis::names::ordinary_word_in(cx, &w.plain)
            == crate::analysis::names::Lexical::Unknown
        {
            evidence = true;
        }
        // An Arabic name's second part is often the father's given name: a listed given name
        // after the first word is evidence as one first is (سهام كمال, whose given name the
        // list lacks).
        if k > 0 && t.given > 0 {
            evidence = true;
        }
    }
    Some(evidence)
}

/// True when `plain` (a word as written, harakat removed) reads as a verb only as the first
/// person plural of the imperfect: it opens with ن and the lexicon does not know it with the
/// perfect endings ت، نا، تم (so it is no perfect such as نشر). Reason: a verb after a named
/// subject agrees with it in the third person (سامر يعود), so a word after a name whose only verb
/// reading is «we ...» (نصار read as «we become») is no predicate of that name: it is the family
/// name.
fn first_person_only(cx: &Context, plain: &str) -> bool {
    use crate::analysis::names::{Lexical, ordinary_word_in};
    plain.starts_with('ن')
        && !["ت", "نا", "تم"]
            .iter()
            .all(|end| ordinary_word_in(cx, &format!("{plain}{end}")) == Lexical::Exact)
}

/// True when the line `text` (starting at byte `at`) is a writer's name and a place, in either
/// order, around one separator (- – — ، : /): `سامر يوسف - فاس`، `فاس - سامر يوسف`، `الجزائر: سامر
/// يوسف`. The place is one to three words opening with a listed place; the name is a
/// [`byline_name`]. A reporter signs with the place the story was filed from.
fn name_and_place(cx: &Context, text: &str, at: usize) -> bool {
    let Some((k, sep)) = credit_separator(text) else {
        return false;
    };
    let (a, b) = (at..at + k, at + k + sep..at + text.len());
    let place = |r: Range<usize>| {
        let n = word_count(cx, r.clone());
        (1..=3).contains(&n)
            && cx
                .lex
                .words
                .get(cx.doc.word_index_at(r.start))
                .is_some_and(|t| t.place > 0)
            && cx
                .doc
                .words_in(r)
                .iter()
                .all(|w| w.kind() == WordKind::Arabic)
    };
    credit_separator(&text[k + sep..]).is_none()
        && (place(a.clone()) && byline_name(cx, b.clone())
            || byline_name(cx, a.clone()) && place(b.clone())
            || town_before_writer(cx, a.clone(), b.clone())
            || writer_before_town(cx, a, b))
}

/// True when the part `a` (byte range) of a credit line, before its separator, is a writer's name
/// standing alone ([`writer_alone`]: two or three name-shaped words the story never uses again)
/// and the part `b` after it is the town filed from: one word that is a listed place or reads as a
/// town no list holds ([`proper_town`]): `لبيبة صعب - هامبورغ`. Reason: DW Arabic and other
/// services sign a report at its end with the writer's name and the town, and a name the story
/// never repeats is the writer's, not one of its people; the lists hold only the larger towns.
fn writer_before_town(cx: &Context, a: Range<usize>, b: Range<usize>) -> bool {
    let town = cx.doc.words_in(b.clone());
    let i = cx.doc.word_index_at(b.start);
    town.len() == 1
        && town[0].kind() == WordKind::Arabic
        && (cx.lex.words[i].place > 0 || proper_town(cx, i))
        && writer_alone(cx, a)
}

/// True when word `i` reads as a town's name no list holds: a listed given name (many towns bear
/// one: بشار، سعيدة) or a word the Arabic lexicon does not know, and no reporting cue, function
/// word, title, agency or desk label ([`STORY_LABELS`]).
fn proper_town(cx: &Context, i: usize) -> bool {
    let (w, t) = (&cx.doc.words[i], &cx.lex.words[i]);
    (t.given > 0
        || crate::analysis::names::ordinary_word_in(cx, &w.plain)
            == crate::analysis::names::Lexical::Unknown)
        && !(t.is_cue() || t.function() || t.title > 0 || t.agency().is_some())
        && !STORY_LABELS.contains(&w.key.as_str())
}

/// True when the part `a` (byte range) of a header line, before its separator, is one word that
/// reads as a town no list holds as one, and the part `b` after it is a writer's name
/// ([`byline_name`]) of two words or more whose family name the story never uses ([`unshared`]):
/// `بشار: كريمة بن عيسى`، `سعيدة - سامر يوسف`. The town word is a proper noun: a listed given name
/// (many towns bear one: بشار، سعيدة) or a word the Arabic lexicon does not know, and no cue,
/// function word, title, agency or desk label ([`STORY_LABELS`]). Reason: a regional
/// correspondent signs with the town filed from and the name, and the lists hold only the larger
/// towns; a headline or a label before a name (الضحية: ...، عاجل: ...) is a dictionary noun,
/// and a person of the story is named again in it.
fn town_before_writer(cx: &Context, a: Range<usize>, b: Range<usize>) -> bool {
    let town = cx.doc.words_in(a.clone());
    let name = cx.doc.words_in(b.clone());
    if town.len() != 1 || name.len() < 2 || town[0].kind() != WordKind::Arabic {
        return false;
    }
    let last = cx.doc.word_index_at(b.start) + name.len() - 1;
    proper_town(cx, cx.doc.word_index_at(a.start)) && byline_name(cx, b) && unshared(cx, last, 1)
}

/// The posts of people who write for the press, as identity keys in the masculine (صحافي،
/// صحفي، كاتب، مراسل، إعلامي، محرر، باحث، محلل، أكاديمي، مترجم، روائي، مدوّن): the job
/// descriptions a web paper sets after its writer's name. A closed class of newsroom usage,
/// written for isnad.
const WRITER_POSTS: &[&str] = &[
    "صحافي",
    "صحفي",
    "كاتب",
    "مراسل",
    "اعلامي",
    "محرر",
    "باحث",
    "محلل",
    "اكاديمي",
    "مترجم",
    "روائي",
    "مدون",
];

/// True when the identity key `key` is a writer's post ([`WRITER_POSTS`]), masculine or feminine
/// (صحافي، صحافية).
fn writer_post(key: &str) -> bool {
    WRITER_POSTS.contains(&key.strip_suffix('ه').unwrap_or(key))
}

/// True when the header line at byte range `r` is a writer's name and the writer's post: a name of
/// two to four words ([`byline_name`]), a post ([`WRITER_POSTS`]: صحافي، كاتبة), then only more
/// posts after و and nisba adjectives of a country or a city, without the article (محمد شعبان
/// صحافي مصري، سلمى يوسف كاتبة وصحافية لبنانية). Reason: Independent Arabia and other web papers
/// sign with the writer's name and a job description instead of a cue; a headline puts a verb or
/// an event after a name, not a post and a nationality.
fn name_and_post(cx: &Context, r: &Range<usize>) -> bool {
    let ws = cx.doc.words_in(r.clone());
    if !(3..=7).contains(&ws.len()) || ws.iter().any(|w| w.kind() != WordKind::Arabic) {
        return false;
    }
    let Some(j) = ws.iter().position(|w| writer_post(&w.key)) else {
        return false;
    };
    let first = cx.doc.word_index_at(r.start);
    let nisba = |k: usize| {
        let key = ws[k].key.as_str();
        (key.ends_with('ي') || key.ends_with("يه"))
            && !key.starts_with("ال")
            && key.chars().count() >= 4
            && !cx.lex.words[first + k].function()
            && !cx.lex.words[first + k].is_cue()
    };
    if !(2..=4).contains(&j) {
        return false;
    }
    let name = r.start..ws[j - 1].end();
    (byline_name(cx, name.clone()) || writer_alone(cx, name))
        && (j + 1..ws.len())
            .all(|k| ws[k].key.strip_prefix('و').is_some_and(writer_post) || nisba(k))
}

/// The first separator of a credit's parts in `text`: its byte offset and length. One of - – — ،
/// : / anywhere, or a tatweel or a run of tatweel standing alone between spaces (بغداد ـ سامر
/// يوسف، تونس ــ العربي الجديد): many Arabic papers set the dash of a dateline as tatweel, while
/// inside a word a tatweel only stretches it. The same dash as `DASH` and `SEPARATOR`'s `\sـ+\s`.
fn credit_separator(text: &str) -> Option<(usize, usize)> {
    let mark = text
        .find(['-', '–', '—', '،', ':', '/'])
        .map(|k| (k, text[k..].chars().next().map_or(1, char::len_utf8)));
    let tatweel = text.match_indices('ـ').find_map(|(k, _)| {
        let rest = text.get(k..)?;
        let run = rest.len() - rest.trim_start_matches('ـ').len();
        (text[..k].ends_with(char::is_whitespace) && rest[run..].starts_with(char::is_whitespace))
            .then_some((k, run))
    });
    match (mark, tatweel) {
        (Some(m), Some(t)) => Some(if t.0 < m.0 { t } else { m }),
        (m, t) => m.or(t),
    }
}

/// True when the header line `text` (byte range `r`) credits the writer or the desk without a
/// byline cue: a place and a name around a separator ([`name_and_place`]), a name, من and a
/// listed place (سامر يوسف من عمّان: the writer and where the story was filed from), a name alone after an
/// honorific (د. سامر يوسف), a columnist's name before يكتب/تكتب (سامر يوسف يكتب:), or the desk
/// itself (فريق التحرير، المحرر الاقتصادي، محرر الشؤون الدولية).
fn writer_line(cx: &Context, text: &str, r: &Range<usize>) -> bool {
    if name_and_place(cx, text, r.start) || name_and_post(cx, r) {
        return true;
    }
    let ws = cx.doc.words_in(r.clone());
    let first = cx.doc.word_index_at(r.start);
    if ws.is_empty() || ws.len() > 5 {
        return false;
    }
    // The writer and the place filed from, joined by من (سامر يوسف من عمّان): a name of two or
    // three words, من, then one listed place that ends the line.
    let n = ws.len();
    if (4..=5).contains(&n)
        && ws[n - 2].key == "من"
        && cx.lex.words[first + n - 1].place > 0
        && text.trim_end().ends_with(ws[n - 1].plain.as_str())
        && byline_name(cx, r.start..ws[n - 3].end())
    {
        return true;
    }
    let honorific = ws[0].plain == "د" || cx.lex.words[first].title > 0;
    if honorific && person_name(cx, r.clone()) {
        return true;
    }
    // A column's head: the writer's name, then «writes» (يكتب، تكتب), and at most a colon.
    let last = &ws[ws.len() - 1];
    if matches!(last.key.as_str(), "يكتب" | "تكتب")
        && text
            .trim_end()
            .trim_end_matches(':')
            .trim_end()
            .ends_with(last.plain.as_str())
        && person_name(cx, r.start..last.start())
    {
        return true;
    }
    // The desk: an editor (محرر، المحرر) or a team of the editing (فريق/أسرة/هيئة التحرير).
    let head = ws[0].key.as_str();
    ws.len() <= 4
        && (matches!(head, "محرر" | "المحرر" | "محرره" | "المحرره")
            || ws.len() == 2 && matches!(head, "فريق" | "اسره" | "هيئه") && ws[1].key == "التحرير")
}

/// The end (byte offset in `text`, the lede starting at byte `start`) of a dateline whose agency
/// stands in brackets with no dash after it, as Xinhua's Arabic service and some papers write it
/// (`دمشق 9 أغسطس 2026 (شينخوا) تعيش ...`): one to six words before the bracket, the first a
/// listed place and none a reporting cue (month names are not checked as verbs: مارس "March"
/// conjugates as one), and an agency in the bracket; a date before the bracket ([`dated`]) stands
/// for the listed place. Reason: a place, a date and an agency in brackets opening the lede are the
/// dateline's parts whatever follows them; the place and the agency keep a bracketed aside in
/// the lede's first clause (a figure, a translation) from being read as one. `None` otherwise.
fn bare_bracket_dateline(cx: &Context, text: &str, start: usize) -> Option<usize> {
    let (open, mut end) = shapes::first_bracket(text)?;
    let mut agency = open..end;
    // The date in its own bracket before the agency's (الجزائر (5 ديسمبر) [واج]): the agency is
    // in the bracket right after it.
    if !has_agency(cx, start + open..start + end) && date_bracket(cx, start + open..start + end) {
        let rest = text.get(end..)?;
        let gap = rest.len() - rest.trim_start().len();
        let (o, e) = shapes::first_bracket(rest.get(gap..)?)?;
        if o != 0 {
            return None;
        }
        agency = end + gap..end + gap + e;
        end = agency.end;
    }
    let before = start..start + open;
    let n = word_count(cx, before.clone());
    let first = cx.doc.word_index_at(start);
    let words = cx.doc.words_in(before).len();
    let tags = cx.lex.words.get(first..first + words)?;
    let placed = tags.first().is_some_and(|t| t.place > 0) || dated(cx, first, words);
    let plain =
        (1..=6).contains(&n) && placed && (first..first + words).all(|k| !cx.lex.words[k].is_cue());
    (plain && has_agency(cx, start + agency.start..start + agency.end)).then_some(end)
}

/// True when the bracket at byte range `r` (half-open, brackets included) holds only a date: a
/// day's number and a month's name ([`MONTH_KEYS`]), then at most a year's number (`(5 ديسمبر)`,
/// `(5 ديسمبر 2026)`). Reason: some desks bracket the filing date between the place and the
/// agency's bracket; a date is part of a dateline, never a source.
fn date_bracket(cx: &Context, r: Range<usize>) -> bool {
    let ws = cx.doc.words_in(r);
    matches!(ws.len(), 2 | 3)
        && ws[0].kind() == WordKind::Number
        && month_name(&ws[1])
        && ws.get(2).is_none_or(|y| y.kind() == WordKind::Number)
}

/// True when a word before the first bracket of the lede `text` (starting at byte `start`) is a
/// reporting cue (قال، أكد، وفق). Reason: a dateline is nouns only (a place, a date, an agency),
/// so a cue there makes the bracket part of the lede's reporting clause.
fn cue_before_bracket(cx: &Context, text: &str, start: usize) -> bool {
    let Some(open) = text.find(['(', '[']) else {
        return false;
    };
    let first = cx.doc.word_index_at(start);
    let n = cx.doc.words_in(start..start + open).len();
    cx.lex
        .words
        .get(first..first + n)
        .is_some_and(|tags| tags.iter().any(|t| t.is_cue()))
}

/// True when word `w` is a month's name ([`MONTH_KEYS`], by its identity key).
fn month_name(w: &crate::text::Word) -> bool {
    MONTH_KEYS.contains(&crate::text::normalize::identity(&w.plain).as_str())
}

/// The names of the months as Arabic copy writes them (the Egyptian and Gulf forms of the
/// Gregorian months, the Maghreb's forms, the Levantine and Iraqi Syriac names, and the Hijri
/// months, whose two-word names (ربيع الأول، جمادى الآخرة، ذو الحجة) are listed by their first
/// word), as identity keys: a closed class, the calendar's own, written for isnad.
const MONTH_KEYS: &[&str] = &[
    "يناير",
    "فبراير",
    "مارس",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "جانفي",
    "فيفري",
    "افريل",
    "ماي",
    "جوان",
    "جويليه",
    "يوليوز",
    "غشت",
    "اوت",
    "شتنبر",
    "نونبر",
    "دجنبر",
    "كانون",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "اب",
    "ايلول",
    "تشرين",
    "محرم",
    "صفر",
    "ربيع",
    "جمادي",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو",
    "ذي",
];

/// True when the `n` words from word `first` (the words before a lede's bracket) end in a date:
/// a day's number, then a month's name ([`MONTH_KEYS`]), then at most a year's number (جيوتشيوان
/// 5 ديسمبر 2026). Reason: a dateline is a place and the date it was filed on, so a date before a
/// bracketed agency marks the words before it as a dateline even where the place is one no list
/// holds (a wire desk files from any town), while a lede's first clause does not stop at a date.
fn dated(cx: &Context, first: usize, n: usize) -> bool {
    let Some(words) = cx.doc.words.get(first..first + n) else {
        return false;
    };
    let tail = match words.last() {
        Some(w) if w.kind() == WordKind::Number => &words[..n - 1],
        _ => words,
    };
    let k = tail.len();
    // The place: one to three words before the day, none a function word or a verb (a lede's
    // clause that names a date, ارتفعت الأسعار في 3 مارس, is no dateline).
    let place = (first..first + k.saturating_sub(2))
        .all(|i| !cx.lex.words[i].function() && !finite_verb(cx, &cx.doc.words[i].plain));
    (3..=5).contains(&k)
        && place
        && month_name(&tail[k - 1])
        && tail[k - 2].kind() == WordKind::Number
}

/// The second words of the two-word month names (كانون الأول، تشرين الثاني، ربيع الآخر، جمادى
/// الأولى، ذو القعدة، ذي الحجة), as identity keys: the calendar's own closed class.
const MONTH_SECOND_WORDS: &[&str] = &[
    "الاول",
    "الثاني",
    "الاخر",
    "الاخره",
    "الاولي",
    "الثانيه",
    "القعده",
    "الحجه",
];

/// The number of words of the date that starts at word `k`, or `None`: a day's number and a
/// month's name ([`MONTH_KEYS`], with its second word for a two-word name, كانون الأول، جمادى
/// الآخرة), then at most a year's number and an era's letter (هـ، م); or three numbers joined by
/// a slash, a dash or a dot with nothing else between them (05/12/2026، 5-12-2026); and
/// after either, الموافق and a second date (the Hijri date and the Gregorian one it corresponds
/// to, as the Saudi and Gulf wires date their copy). Reason: these are the ways Arabic copy writes
/// a calendar date, Gregorian or Hijri, in Arabic or Latin digits.
fn date_len(cx: &Context, k: usize) -> Option<usize> {
    let words = &cx.doc.words;
    let src = cx.doc.source;
    let key = |i: usize| words.get(i).map(|w| w.key.as_str());
    let number = |i: usize| words.get(i).is_some_and(|w| w.kind() == WordKind::Number);
    if !number(k) {
        return None;
    }
    let joined = |i: usize| {
        number(i + 1)
            && matches!(
                src.get(words[i].end()..words[i + 1].start()),
                Some("/" | "-" | ".")
            )
    };
    // Day, month and year in figures: two figures joined are a range (2026-2027), not a date.
    let mut n = if joined(k) && joined(k + 1) { 3 } else { 1 };
    if n == 1 {
        if !words.get(k + 1).is_some_and(month_name) {
            return None;
        }
        n = 2;
        if key(k + 2).is_some_and(|s| MONTH_SECOND_WORDS.contains(&s)) {
            n += 1;
        }
        if number(k + n) {
            n += 1;
        }
    }
    if key(k + n).is_some_and(|s| matches!(s, "ه" | "م")) {
        n += 1;
    }
    if key(k + n) == Some("الموافق")
        && let Some(m) = date_len(cx, k + n + 1)
    {
        n += 1 + m;
    }
    Some(n)
}

/// A dateline that opens the lede `text` (starting at byte `start`) with a
/// place and the date it was filed on: one to three words of a place (the first not a weekday;
/// none a function word, a reporting cue or a finite verb; a comma may close them), the weekday
/// and في at most, a date ([`date_len`]), then a dash or a colon, an agency in brackets or between slashes, or a
/// listed agency's name (الرياض 14 جمادى الآخرة 1448 هـ الموافق 5 ديسمبر 2026 م واس) and white
/// space. Returns the byte length of the dateline in `text`, its separator and the white space
/// after it included. Reason: a lede is a verbal sentence whose first clause does not stop at a
/// date, so a place and a date set off before the lede are its dateline, the outlet's own report
/// when no agency follows (كيفة، 04/12/2026 - ), even from a town no list holds. The dateline may
/// also fill its line, ending with the agency's code (SPA's own line, مكة المكرمة 25 جمادى الآخرة
/// 1448 هـ الموافق 05 ديسمبر 2026 م واس); with `own_line` (a line below the headline, see
/// [`dated_line`]), with the date alone too.
fn dated_dateline(cx: &Context, text: &str, start: usize) -> Option<usize> {
    dated_dateline_in(cx, text, start, false)
}

/// A line below the headline `text` (starting at byte `start`) made of a dateline alone: a place
/// and the date it was filed on ([`dated_dateline`]), with or without the agency, and nothing
/// after it on the line (دمشق 5 كانون الأول 2026، كيفة، 04/12/2026). Returns the dateline's byte
/// length in `text`. Reason: a place and its full date set on their own line between the headline
/// and the lede say where and when the story was filed, as a dateline does; only the first line
/// could be a headline made of a place and a date (بيروت 4 آب), so the caller asks this below it.
/// The first word must be a listed place or a word no dictionary holds (an unlisted town, كيفة):
/// a page's stamp is made of dictionary words (تاريخ النشر 05/12/2026، آخر تحديث ...).
fn dated_line(cx: &Context, text: &str, start: usize) -> Option<usize> {
    let first = cx.doc.word_index_at(start);
    let w = cx.doc.words.get(first)?;
    if cx.lex.words[first].place == 0 && crate::profile::words::lexicon().is_word(&w.plain) {
        return None;
    }
    let line = text.trim_end();
    dated_dateline_in(cx, line, start, true).filter(|&len| len == line.len())
}

/// [`dated_dateline`], and with `own_line` a place and a date that fill `text` are one too.
fn dated_dateline_in(cx: &Context, text: &str, start: usize, own_line: bool) -> Option<usize> {
    let words = &cx.doc.words;
    let src = cx.doc.source;
    let first = cx.doc.word_index_at(start);
    let end = start + text.len();
    let w0 = words.get(first)?;
    if w0.start() >= end || crate::analysis::names::sheet::WEEKDAYS.contains(&w0.key.as_str()) {
        return None;
    }
    // The characters between word `i` and the next ("x" when there is no next word).
    let gap = |i: usize| match (words.get(i), words.get(i + 1)) {
        (Some(a), Some(b)) => src.get(a.end()..b.start()).unwrap_or("x"),
        _ => "x",
    };
    for p in 1..=3 {
        let place = (first..first + p).all(|i| {
            words.get(i).is_some_and(|w| w.kind() == WordKind::Arabic)
                && !cx.lex.words[i].function()
                && !cx.lex.words[i].is_cue()
                && !finite_verb(cx, &words[i].plain)
                && (i + 1 == first + p || gap(i).trim().is_empty())
        });
        if !place {
            return None;
        }
        let mut d = first + p;
        let before_date = gap(first + p - 1).trim();
        if !matches!(before_date, "" | "،" | ",") {
            return None;
        }
        // The weekday the date falls on (نابلس، الجمعة 5 كانون الأول 2026).
        if words
            .get(d)
            .is_some_and(|w| crate::analysis::names::sheet::WEEKDAYS.contains(&w.key.as_str()))
            && matches!(gap(d).trim(), "" | "،" | ",")
        {
            d += 1;
        }
        if words.get(d).is_some_and(|w| w.key == "في") {
            d += 1;
        }
        let Some(len) = date_len(cx, d) else {
            continue;
        };
        return after_date(cx, d + len, end, own_line).map(|e| e - start);
    }
    None
}

/// The end (a byte offset in the source) of a dateline whose date ends right before word `next`,
/// within the line that ends at byte `end`: after the date, an agency in brackets or between
/// slashes (four words at most) or a listed agency's name, then a dash or a colon and the white
/// space after it; or the agency alone followed by white space or ending the line; with
/// `own_line`, the line may also end right after the date. `None` when neither a separator nor an
/// agency follows the date, so a date inside the lede's first clause is left alone.
fn after_date(cx: &Context, next: usize, end: usize, own_line: bool) -> Option<usize> {
    let (words, src) = (&cx.doc.words, cx.doc.source);
    let date_end = words.get(next.checked_sub(1)?)?.end();
    let rest = |at: usize| src.get(at..end).unwrap_or("");
    let mut at = date_end;
    // An agency after the date: in brackets or between slashes, or its name bare.
    let r = rest(at);
    let t = r.trim_start();
    let lead = r.len() - t.len();
    if t.starts_with(['(', '[', '/']) {
        let close = match t.chars().next() {
            Some('(') => ')',
            Some('[') => ']',
            _ => '/',
        };
        let e = t.get(1..)?.find(close)?;
        let span = at + lead..at + lead + 1 + e + 1;
        if !has_agency(cx, span.clone()) || word_count(cx, span.clone()) > 4 {
            return None;
        }
        at = span.end;
    } else if lead > 0
        && let Some((n, _)) = words
            .get(next)
            .filter(|w| w.start() == at + lead)
            .and_then(|_| cx.lex.words[next].agency())
    {
        at = words.get(next + usize::from(n) - 1)?.end();
    }
    // The separator, or white space after the agency.
    let r = rest(at);
    let t = r.trim_start();
    let sep = t.len() - t.trim_start_matches(['-', '–', '—', 'ـ', ':']).len();
    let after = &t[sep..];
    if sep > 0 && after.starts_with(char::is_whitespace) {
        return Some(end - after.trim_start().len());
    }
    // The line ends after the agency (or, on a dateline's own line, after the date): the
    // dateline is the whole line.
    if t.is_empty() && (at > date_end || own_line) {
        return Some(end);
    }
    (at > date_end && sep == 0 && r.starts_with(char::is_whitespace)).then(|| end - t.len())
}

/// A dateline or credit at the head of the lede: `أنقرة، تركيا (CNN)--`, `(CNN)--`, `دمشق - سانا`,
/// `عبدالله البرقاوي- سبق- الرياض:`; never a prefix holding a reporting cue or a clause word
/// ([`clause_word`]). Returns the kind and the byte length of the credit part.
fn lede_dateline(cx: &Context, text: &str, start: usize) -> Option<(CreditKind, usize)> {
    // A reporting cue before the bracket opens the lede's own clause, not a dateline: the
    // attribution the unattributed-quote template writes (قال [المتحدث]: «...») or a speaker
    // glossed in brackets (قال (مصدر أمني): ...) is no place, date or agency.
    if let Some(end) = shapes::dateline_parens_end(text)
        && word_count(cx, start..start + end) <= 10
        && !cue_before_bracket(cx, text, start)
    {
        return Some((CreditKind::Dateline, end));
    }
    if let Some(end) = bare_bracket_dateline(cx, text, start) {
        return Some((CreditKind::Dateline, end));
    }
    if let Some((end, agency)) = shapes::dateline_slashes(text)
        && word_count(cx, start..start + end) <= 10
        && has_agency(cx, start + agency.start..start + agency.end)
    {
        return Some((CreditKind::Dateline, end));
    }
    if let Some(credit) = slash_set_off(cx, text, start) {
        return Some(credit);
    }
    if let Some(credit) = colon_set_off(cx, text, start) {
        return Some(credit);
    }
    if let Some(len) = dated_dateline(cx, text, start) {
        return Some((CreditKind::Dateline, len));
    }
    separator_dateline(cx, text, start)
}

/// The dateline that opens the lede `text` (starting at byte `start`) before a separator (- – —
/// : |): the prefix up to one of them within the first 10 words, the longest that reads as a
/// dateline (an agency in it, or a listed place first and at most four words), with no reporting
/// cue and no clause word. Returns the kind and the byte length of the credit part.
fn separator_dateline(cx: &Context, text: &str, start: usize) -> Option<(CreditKind, usize)> {
    // The longest prefix: a dateline is the place and agency before the lede's reporting
    // clause, so when the prefix up to a later separator holds a reporting verb (دمشق - قال
    // الوزير للصحفيين: «...»), the shorter prefix before it (دمشق -) is still the dateline.
    let mut ends = Vec::new();
    for m in SEPARATOR.find_iter(text) {
        if word_count(cx, start..start + m.start()) > 10 {
            break;
        }
        if !m.as_str().contains('/') {
            ends.push(m.end());
        }
    }
    let first = cx.doc.word_index_at(start);
    ends.into_iter().rev().find_map(|e| {
        let prefix = start..start + e;
        let words = cx.doc.words_in(prefix.clone());
        let tags = cx.lex.words.get(first..first + words.len())?;
        if words.is_empty() || tags.iter().any(|t| t.is_cue()) {
            return None;
        }
        // A verb or a preposition-led word (تستقبل جادة سوق عكاظ ... -) makes the prefix the
        // lede's first clause, even when an outlet's name stands in it: a dateline is a place,
        // a date and an agency, nouns only.
        // The words of a listed agency's name after its first (الوكالة الوطنية للإعلام) are the
        // name's, even one with a preposition on the article.
        let mut named = first;
        let clause = (first..first + words.len()).any(|k| {
            let t = &cx.lex.words[k];
            if let Some((len, _)) = t.agency() {
                named = named.max(k + usize::from(len));
            }
            k >= named && t.place == 0 && (clause_word(cx, k) || detached_preposition(cx, k))
        });
        if clause {
            return None;
        }
        (has_agency(cx, prefix) || tags[0].place > 0 && words.len() <= 4)
            .then_some((CreditKind::Dateline, e))
    })
}

/// True when word `k` is a one-letter preposition written as a word of its own, apart from its
/// noun (لـ«الوطن»، بـ«الكارثي», the tatweel is no letter of the word), and not after خاص (the
/// desk's «خاص لـ«إيلاف»», a credit's own words). Reason: لـ before an outlet names whom a
/// speaker talked to (the addressee: القاضي لـ«الوطن»: ...), and a dateline is a place, a date
/// and an agency, nouns only, so a prefix holding a preposition is a clause of the headline or
/// the lede.
fn detached_preposition(cx: &Context, k: usize) -> bool {
    matches!(cx.doc.words[k].plain.trim_end_matches('ـ'), "ل" | "ب")
        && !k
            .checked_sub(1)
            .and_then(|j| cx.doc.words.get(j))
            .is_some_and(|w| w.key.starts_with("خاص"))
}

/// The credit that opens the lede `text` (starting at byte `start`) set off by a slash: one to
/// three Arabic words with no punctuation between them, a slash written against the last word and
/// white space after it (`شفق نيوز/ أعلنت الوزارة ...`، `بغداد/ قال ...`). Returns the kind, a
/// dateline when the first word is a listed place and an outlet's tag otherwise, and the end of
/// the credit with the white space after the slash (byte offset in `text`). Reason: Iraqi and
/// Turkish wire copy sets the outlet or the place off from the lede with a slash, where a slash
/// inside a sentence joins two words without a space (أبريل/نيسان). `None` when a word of the
/// prefix is a reporting cue, a function word or a preposition written on the article (للوزارة):
/// a word that also conjugates as a verb is allowed, as outlets' names often do (شفق، فجر), but
/// not a verb followed by a definite noun, its subject (افتتح الوزير/).
fn slash_set_off(cx: &Context, text: &str, start: usize) -> Option<(CreditKind, usize)> {
    let slash = text.find('/')?;
    let prefix = text.get(..slash)?;
    let after = text.get(slash + 1..)?;
    if prefix.is_empty()
        || prefix.ends_with(char::is_whitespace)
        || !after.starts_with(char::is_whitespace)
        || prefix.contains(|c: char| c.is_ascii_punctuation() || "،؛«»“”:.".contains(c))
    {
        return None;
    }
    let words = cx.doc.words_in(start..start + slash);
    let first = cx.doc.word_index_at(start);
    let tags = cx.lex.words.get(first..first + words.len())?;
    let nouns = (1..=3).contains(&words.len())
        && words.iter().all(|w| w.kind() == WordKind::Arabic)
        && !tags.iter().any(|t| t.is_cue() || t.function())
        && !words.iter().any(|w| prepositional_article(&w.key))
        && !(words.len() > 1
            && words[1..].iter().any(|w| w.key.starts_with("ال"))
            && crate::analysis::names::conjugated_verb(cx, &words[0].plain));
    let end = slash + 1 + (after.len() - after.trim_start().len());
    nouns.then(|| {
        let kind = if tags[0].place > 0 {
            CreditKind::Dateline
        } else {
            CreditKind::OutletTag
        };
        (kind, end)
    })
}

/// The outlet's tag that opens the lede `text` (starting at byte `start`) set off by a colon or a
/// dash before the lede's verb: one or two Arabic nouns, then a colon written against the last
/// (`مباشر: ارتفعت أسعار ...`) or a dash with white space after it (`مباشر - أعلنت ...`), then a
/// verb, or a dateline ([`separator_dateline`]: `مباشر: الجزائر - أعلنت ...`, the outlet's tag
/// before the place the story was filed from). Returns an outlet tag (a dateline when the first
/// word is a listed place, or when a dateline follows the tag) and the end of the credit with the
/// white space after its separator (byte offset in `text`). Reason: Arabic news prose opens with
/// a verbal sentence and sets no colon or dash between a noun and the verb of its own sentence (a
/// colon follows a reporting cue, قال:، or introduces a list), so nouns set off before the lede's
/// first verb or before its dateline are no part of it: they tag the outlet or place the story
/// comes from. `None` when a word of the prefix is a reporting cue, a function word, a verb, a
/// preposition on the article or a desk's label of the story's kind ([`STORY_LABELS`]: عاجل:
/// says the news is breaking, not where it comes from), or neither a verb nor a dateline follows.
fn colon_set_off(cx: &Context, text: &str, start: usize) -> Option<(CreditKind, usize)> {
    let (cut, sep) = tag_separator(text)?;
    let prefix = text.get(..cut)?;
    let after = text.get(sep..)?;
    if prefix.is_empty()
        || !after.starts_with(char::is_whitespace)
        || prefix.contains(|c: char| c.is_ascii_punctuation() || "،؛«»“”.".contains(c))
    {
        return None;
    }
    let words = cx.doc.words_in(start..start + cut);
    let first = cx.doc.word_index_at(start);
    let n = words.len();
    let tags = cx.lex.words.get(first..first + n)?;
    let nouns = (1..=2).contains(&n)
        && words.iter().all(|w| w.kind() == WordKind::Arabic)
        && !tags.iter().any(|t| t.is_cue() || t.function())
        && !words.iter().any(|w| {
            prepositional_article(&w.key)
                || STORY_LABELS.contains(&w.key.as_str())
                || crate::analysis::names::conjugated_verb(cx, &w.plain)
        });
    // An agency before a dash is the dateline's agency (وطنية - ), read by `separator_dateline`.
    let dash = !text[cut..sep].contains(':');
    if !nouns || dash && has_agency(cx, start..start + cut) {
        return None;
    }
    let end = sep + (after.len() - after.trim_start().len());
    // A listed given name after the colon starts a name (الضحية: سامر يوسف), even one that also
    // conjugates as a verb (سامر، عادل).
    let verb = cx.doc.words.get(first + n).is_some_and(|w| {
        w.kind() == WordKind::Arabic
            && !cx.lex.words[first + n].function()
            && cx.lex.words[first + n].given == 0
            && finite_verb(cx, &w.plain)
    });
    let kind = if tags[0].place > 0 {
        CreditKind::Dateline
    } else {
        CreditKind::OutletTag
    };
    if verb {
        return Some((kind, end));
    }
    let (_, len) = separator_dateline(cx, text.get(end..)?, start + end)?;
    Some((CreditKind::Dateline, end + len))
}

/// The separator that sets a tag off from the lede in `text`: the first colon or dash. A colon
/// must be written against the word before it (`مباشر:`), a dash (- – —, or a run of tatweel)
/// stands between white space (`مباشر - `). Returns the end of the tag's words (byte offset in
/// `text`, white space before the separator excluded) and the end of the separator; `None` when
/// the first separator is neither.
fn tag_separator(text: &str) -> Option<(usize, usize)> {
    let k = text.find([':', '-', '–', '—', 'ـ'])?;
    let c = text[k..].chars().next()?;
    if c == ':' {
        return (!text[..k].ends_with(char::is_whitespace)).then_some((k, k + 1));
    }
    let run = text[k..].len() - text[k..].trim_start_matches(c).len();
    let before = text[..k].trim_end();
    (before.len() < k && text[k + run..].starts_with(char::is_whitespace))
        .then_some((before.len(), k + run))
}

/// The desk's labels of a story's kind or urgency that may open a lede before a colon or a dash
/// (عاجل "breaking", حصري/حصرياً/انفراد "exclusive", رسمياً "officially", تحديث/محدث "update",
/// فيديو, تصحيح/توضيح/تنويه "correction, clarification, notice"), as identity keys (not صور
/// "pictures", which is also Tyre, a dateline's place). They say
/// what the story is, not where it comes from, so they are never an outlet's tag. A closed class
/// of newsroom usage, written for isnad.
const STORY_LABELS: &[&str] = &[
    "عاجل",
    "حصري",
    "حصريا",
    "انفراد",
    "رسميا",
    "تحديث",
    "محدث",
    "فيديو",
    "تصحيح",
    "توضيح",
    "تنويه",
];

/// True when `plain` (a word as written) is a finite verb: one whose person paradigm the lexicon
/// holds ([`crate::analysis::names::conjugated_verb`]), or such a verb's perfect with the
/// feminine ت (ارتفعت، أعلنت), or the feminine perfect of a verb with a weak last letter, which
/// drops that letter before ت (قضت from قضى، دعت from دعا: [`crate::analysis::names::defective_perfect`]).
fn finite_verb(cx: &Context, plain: &str) -> bool {
    use crate::analysis::names::{conjugated_verb, defective_perfect};
    conjugated_verb(cx, plain)
        || plain.strip_suffix('ت').is_some_and(|stem| {
            let n = stem.chars().count();
            (n >= 3 && conjugated_verb(cx, stem))
                || (n == 2
                    && ["ى", "ا"].iter().any(|weak| {
                        crate::text::with_joined(stem, weak, |v| defective_perfect(cx, v))
                    }))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Context;
    use crate::profile::Profile;
    use crate::text::Document;

    fn credits(src: &str) -> Vec<(CreditKind, String)> {
        credits_in(src, Format::Plain)
    }

    #[test]
    fn an_outlet_tag_before_the_feminine_perfect_of_a_weak_verb() {
        // قضت (قضى), دعت (دعا): the weak last letter drops before ت; still the lede's verb.
        assert_eq!(
            credits(
                "جسر جديد فوق النهر\nرصيف - قضت المحكمة أمس بسجن المتهم عامين بتهمة الاحتيال.\n"
            ),
            [(CreditKind::OutletTag, "رصيف - ".to_string())]
        );
        assert_eq!(
            credits("جسر جديد فوق النهر\nرصيف - دعت النقابة أمس العمال إلى إضراب عام.\n"),
            [(CreditKind::OutletTag, "رصيف - ".to_string())]
        );
    }

    /// (kind, text) of every credit of `src` read as format `f`.
    fn credits_in(src: &str, f: Format) -> Vec<(CreditKind, String)> {
        let doc = Document::new(src, f);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        scan(&cx)
            .credits
            .into_iter()
            .map(|c| (c.kind, src[c.range].to_string()))
            .collect()
    }

    /// A lede of more than twenty words that names none of the words of the test lines above it.
    const LEDE: &str = "افتتحت السلطات المحلية صباح اليوم جسرا جديدا فوق النهر يربط ضفتيه بعد ثلاث سنوات من الأشغال، وحضر الافتتاح مئات من سكان المنطقة والقرى المجاورة.";

    #[test]
    fn a_place_and_its_date_set_off_before_the_lede_are_its_dateline_with_or_without_an_agency() {
        let dateline = |line: &str| {
            let src = format!("جسر جديد\n{line}{LEDE}\n");
            credits(&src)
        };
        for (line, credit) in [
            // A town no list holds, a comma and a date in figures (Mauritanian copy).
            ("كيفة، 04/12/2026 - ", "كيفة، 04/12/2026 - "),
            // A Levantine two-word month and a double dash.
            ("دمشق 5 كانون الأول 2026 -- ", "دمشق 5 كانون الأول 2026 -- "),
            // في before the date (Egyptian copy).
            (
                "الإسكندرية في 5 ديسمبر 2026 - ",
                "الإسكندرية في 5 ديسمبر 2026 - ",
            ),
            // Arabic-Indic digits.
            ("بيروت ٥ كانون الأول ٢٠٢٦ - ", "بيروت ٥ كانون الأول ٢٠٢٦ - "),
            // The weekday the date falls on.
            (
                "نابلس، الجمعة 5 كانون الأول 2026 - ",
                "نابلس، الجمعة 5 كانون الأول 2026 - ",
            ),
            // The Hijri date, the Gregorian one it matches, and the agency's bare code.
            (
                "الرياض 14 جمادى الآخرة 1448 هـ الموافق 5 ديسمبر 2026 م واس ",
                "الرياض 14 جمادى الآخرة 1448 هـ الموافق 5 ديسمبر 2026 م واس ",
            ),
            (
                "الرياض 14 جمادى الآخرة 1448هـ - ",
                "الرياض 14 جمادى الآخرة 1448هـ - ",
            ),
        ] {
            assert_eq!(
                dateline(line),
                [(CreditKind::Dateline, credit.to_string())],
                "{line:?}"
            );
        }
        // A weekday and a date are the page's publication date, not where the story was filed;
        // a preposition or a verb before the date makes it the lede's own clause.
        for line in [
            "السبت 5 ديسمبر 2026 - ",
            "منذ 5 ديسمبر 2026 - ",
            "ارتفعت الأسعار 5 ديسمبر - ",
            "الموسم الزراعي 2026-2027: ",
            "في 5 ديسمبر 2026، ",
        ] {
            assert_eq!(dateline(line), [], "{line:?}");
        }
    }

    #[test]
    fn a_dateline_may_fill_its_own_line_below_the_headline() {
        let line = |l: &str| credits(&format!("جسر جديد\n{l}\n{LEDE}\n"));
        let d = |t: &str| vec![(CreditKind::Dateline, t.to_string())];
        // The agency's bare code ends the line (SPA's own line).
        let spa = "المدينة المنورة 3 رجب 1448 هـ الموافق 5 ديسمبر 2026 م واس";
        assert_eq!(line(spa), d(spa));
        // A listed place and its date alone.
        assert_eq!(
            line("بيروت 5 كانون الأول 2026"),
            d("بيروت 5 كانون الأول 2026")
        );
        // A page's stamp of dictionary words is no place.
        assert_eq!(line("تاريخ النشر 05/12/2026"), []);
        // Over the lede with no headline above, a place and a date may be the headline.
        assert_eq!(credits(&format!("بيروت 4 آب 2020\n{LEDE}\n")), []);
    }

    #[test]
    fn a_place_and_the_papers_name_in_brackets_on_their_line_are_a_dateline() {
        let line = |l: &str| credits(&format!("جسر جديد\n{l}\n{LEDE}\n"));
        assert_eq!(
            line("حمص (العروبة)"),
            [(CreditKind::Dateline, "حمص (العروبة)".to_string())]
        );
        assert_eq!(
            line("دبي (البيان)"),
            [(CreditKind::Dateline, "دبي (البيان)".to_string())]
        );
        // A picture's note, a desk's label, a date: no paper.
        for l in ["حمص (صور)", "حمص (فيديو)", "حمص (5 ديسمبر)"] {
            assert_eq!(line(l), [], "{l:?}");
        }
    }

    #[test]
    fn a_byline_below_the_standfirst_is_read_whatever_sets_the_name_off() {
        // كتب with a dash, a tatweel dash or a colon, and the colon after the name that sets the
        // byline off from the story: each is the writer's credit under the standfirst.
        let deck =
            "الجسر يختصر الطريق بين الضفتين إلى ربع ساعة ويخدم عشرات القرى المجاورة في الريف";
        for line in [
            "كتبت - ليلى الحداد:",
            "كتب ـ وليد الصافي",
            "كتب: وليد الصافي",
            "كتب وليد الصافي:",
        ] {
            let got = credits(&format!("جسر جديد\n{deck}\n\n{line}\n\n{LEDE}\n"));
            assert_eq!(got.len(), 1, "{line:?}: {got:?}");
            assert_eq!(got[0].0, CreditKind::Byline, "{line:?}");
        }
        // A label before a quotation ends with a colon too, but opens with no writer's cue.
        assert_eq!(
            credits(&format!("جسر جديد\n{deck}\n\nرئيس البلدية:\n\n{LEDE}\n")),
            []
        );
    }

    #[test]
    fn a_writers_name_and_post_are_a_byline_also_below_the_standfirst() {
        let b = |t: &str| vec![(CreditKind::Byline, t.to_string())];
        assert_eq!(
            credits(&format!("جسر جديد\nوليد الصافي صحافي سوري\n{LEDE}\n")),
            b("وليد الصافي صحافي سوري")
        );
        let deck =
            "الجسر يختصر الطريق بين الضفتين إلى ربع ساعة ويخدم عشرات القرى المجاورة في الريف";
        assert_eq!(
            credits(&format!(
                "جسر جديد\n{deck}\nليلى الحداد كاتبة وصحافية أردنية\n{LEDE}\n"
            )),
            b("ليلى الحداد كاتبة وصحافية أردنية")
        );
        // The standfirst with no credit below it; a name with a verb after the post.
        assert_eq!(credits(&format!("جسر جديد\n{deck}\n{LEDE}\n")), []);
        assert_eq!(
            credits(&format!(
                "جسر جديد\nوليد الصافي كاتب سوري يفوز بجائزة\n{LEDE}\n"
            )),
            []
        );
    }

    #[test]
    fn a_writers_name_no_list_holds_alone_under_the_headline_is_a_byline() {
        let b = |t: &str| vec![(CreditKind::Byline, t.to_string())];
        // Given and family names that the lists do not hold and the lexicon also knows as words;
        // a theophoric compound (حبيب الله), and a listed compound (عبد الله) before a family name
        // that also reads as a verb; a name and a post after it.
        for line in [
            "جيهان خوري",
            "حبيب الله زريق",
            "عطا الله حمدان",
            "عبد الله صافي",
            "جيهان فضل الله",
        ] {
            assert_eq!(
                credits(&format!("جسر جديد فوق النهر\n{line}\n{LEDE}\n")),
                b(line)
            );
        }
        assert_eq!(
            credits(&format!(
                "جسر جديد فوق النهر\nجيهان خوري صحافية لبنانية\n{LEDE}\n"
            )),
            b("جيهان خوري صحافية لبنانية")
        );
        // A story's genre or section, a noun and its adjective, and words the lede uses again
        // are no writer's name; nor is the story's first line, its headline.
        for line in [
            "تحليل إخباري",
            "أخبار محلية",
            "تفاصيل صادمة",
            "السلطات المحلية",
            "عبد الله يستقبل الضيوف",
        ] {
            let src = format!("جسر جديد فوق النهر\n{line}\n{LEDE}\n");
            assert_eq!(credits(&src), [], "{line}");
        }
        // A name joined by a particle or after a listed compound given name, four words at most.
        for line in ["سلمى بن عمار", "عبد الرحمن سامر الحسيني"] {
            assert_eq!(
                credits(&format!("جسر جديد فوق النهر\n{line}\n{LEDE}\n")),
                b(line)
            );
        }
    }

    #[test]
    fn a_writers_name_and_the_town_at_the_end_are_a_credit() {
        // A town no list holds (a word the lexicon does not know) or a listed place after the
        // name.
        for line in ["جيهان خوري - هامبورغ", "حبيب الله زريق - بيروت"]
        {
            let src = format!("جسر جديد فوق النهر\n{LEDE}\n{line}\n");
            assert_eq!(credits(&src), [(CreditKind::CreditLine, line.to_string())]);
        }
        // A genre label before the town names no writer.
        let label = format!("جسر جديد فوق النهر\n{LEDE}\nتحليل إخباري - هامبورغ\n");
        assert_eq!(credits(&label), []);
    }

    #[test]
    fn a_standfirst_quoting_what_a_speaker_told_the_paper_is_no_dateline() {
        // لـ before the paper names whom the speaker talked to: the line is the standfirst, and
        // the writer's name stands below it.
        let deck = "المهندس سامر لـ«الوطن»: الجسر يختصر الطريق بين الضفتين إلى ربع ساعة";
        assert_eq!(
            credits(&format!(
                "جسر جديد فوق النهر\n{deck}\nهاني العطار\n{LEDE}\n"
            )),
            [(CreditKind::Byline, "هاني العطار".to_string())]
        );
    }

    #[test]
    fn a_dateline_below_a_headline_of_any_length_is_read() {
        let head = "افتتاح جسر جديد فوق النهر يربط الضفتين بعد ثلاث سنوات من الأشغال بحضور مئات من سكان المنطقة والقرى المجاورة";
        assert_eq!(
            credits(&format!("{head}\nحمص 5 ديسمبر 2026 (سانا) - {LEDE}\n")),
            [(
                CreditKind::Dateline,
                "حمص 5 ديسمبر 2026 (سانا) -".to_string()
            )]
        );
        assert_eq!(credits(&format!("{head}\n{LEDE}\n")), []);
    }

    #[test]
    fn a_byline_below_a_long_headline_that_quotes_its_speaker_is_read() {
        // Sixteen words: the headline's own twelve and the quotation it gives its speaker.
        let head = "البلدية ترفع رسوم جمع النفايات في الأحياء الشرقية إلى دينارين.. والسكان: \"الرسوم لا تناسب دخلنا\"";
        assert_eq!(
            credits(&format!("{head}\nكتب - سامي العبيدي\n{LEDE}\n")),
            [(CreditKind::Byline, "كتب - سامي العبيدي".to_string())]
        );
        // Seen: without the byline the same headline is no credit, and the lede has none.
        assert_eq!(credits(&format!("{head}\n{LEDE}\n")), []);
    }

    #[test]
    fn a_credit_in_a_cell_of_the_headline_or_of_a_header_line_is_read_on_its_own() {
        // Headlines of more than eight words, too long to be read whole as a credit line.
        let header = |first: &str, second: &str| {
            let src = format!("{first}\n{second}{LEDE}\n");
            credits(&src)
        };
        assert_eq!(
            header(
                "افتتاح جسر جديد يربط ضفتي النهر أمام حركة السيارات - الرياض (واس)",
                ""
            ),
            [(CreditKind::Dateline, "الرياض (واس)".to_string())]
        );
        assert_eq!(
            header(
                "افتتاح جسر جديد يربط ضفتي النهر أمام حركة السيارات | عمان - بترا",
                ""
            ),
            [(CreditKind::Dateline, "عمان - بترا".to_string())]
        );
        assert_eq!(
            header("جسر جديد", "السبت 5 ديسمبر 2026 - 12:30 | كتب: سامح رشدي\n"),
            [(CreditKind::Byline, "كتب: سامح رشدي".to_string())]
        );
        // A headline's last part with no agency and no writer's cue is the headline's.
        assert_eq!(
            header(
                "افتتاح جسر جديد يربط ضفتي النهر أمام حركة السيارات | فيديو",
                ""
            ),
            []
        );
        assert_eq!(
            header(
                "افتتاح جسر جديد يربط ضفتي النهر أمام حركة السيارات - الحلقة الثانية",
                ""
            ),
            []
        );
        assert_eq!(header("جسر جديد", "القسم: اقتصاد | 5 ديسمبر 2026\n"), []);
        // Two parts around a dash, one of them figures only, are a time stamp, not a byline.
        assert_eq!(header("جسر جديد", "آخر تحديث: 05/12/2026 - 14:20\n"), []);
    }

    #[test]
    fn a_web_byline_and_a_correspondent_after_min_are_bylines() {
        for line in [
            "بواسطة: ليلى العمري",
            "من طرابلس كتب مراد الشريف",
            "من بيروت، كتبت سهى يونس",
            "من مراسلنا في طرابلس",
        ] {
            let src = format!("جسر جديد\n{line}\n{LEDE}\n");
            assert_eq!(
                credits(&src),
                [(CreditKind::Byline, line.to_string())],
                "{line:?}"
            );
        }
        // من before a place and a verb that is no writer's cue is the lede's clause.
        let src = format!("جسر جديد\nمن طرابلس وصل الوفد\n{LEDE}\n");
        assert_eq!(credits(&src), []);
    }

    #[test]
    fn a_date_before_a_bracketed_agency_makes_a_dateline_of_an_unlisted_place() {
        let src = format!("جسر جديد\nدونغشينغ 3 مارس 2026 (شينخوا) {LEDE}\n");
        assert_eq!(
            credits(&src),
            [(
                CreditKind::Dateline,
                "دونغشينغ 3 مارس 2026 (شينخوا)".to_string()
            )]
        );
        // A clause that names a date is no dateline.
        let clause = format!("جسر جديد\nافتتحت السلطات في 3 مارس (شينخوا) {LEDE}\n");
        assert!(credits(&clause).is_empty(), "{:?}", credits(&clause));
    }

    #[test]
    fn a_byline_between_vertical_rules_is_a_byline() {
        let src = format!("جسر جديد فوق النهر\n| كتب سامر يوسف |\n{LEDE}\n");
        assert_eq!(
            credits(&src),
            [(CreditKind::Byline, "كتب سامر يوسف".to_string())]
        );
        // A table row has more rules than a frame.
        assert_eq!(rule_frame("| كتب | سامر | بيروت |"), None);
        assert_eq!(rule_frame("|  كتب سامر |"), Some((3, "كتب سامر")));
    }

    #[test]
    fn a_place_and_words_the_story_never_uses_again_are_a_byline() {
        let src = format!("طرابلس: هاشم العطار\n{LEDE}\n");
        assert_eq!(
            credits(&src),
            [(CreditKind::Byline, "طرابلس: هاشم العطار".to_string())]
        );
        // A headline's words come back in the story.
        let headline = format!("طرابلس: جسر جديد\n{LEDE}\n");
        assert!(credits(&headline).is_empty(), "{:?}", credits(&headline));
    }

    #[test]
    fn a_noun_set_off_by_a_colon_before_the_ledes_verb_is_a_tag() {
        let src = format!("جسر جديد فوق النهر\nرصيف: {LEDE}\n");
        assert_eq!(
            credits(&src),
            [(CreditKind::OutletTag, "رصيف: ".to_string())]
        );
        // A cue before the colon, or no verb after it, is no tag.
        let cue = format!("جسر جديد فوق النهر\nقال: {LEDE}\n");
        assert!(credits(&cue).is_empty(), "{:?}", credits(&cue));
        let list = format!("جسر جديد فوق النهر\nالكلفة: خمسة ملايين دينار، {LEDE}\n");
        assert!(credits(&list).is_empty(), "{:?}", credits(&list));
    }

    #[test]
    fn a_place_and_an_agency_described_after_a_dash_is_a_dateline() {
        // Written for this test: no person signs «بيروت - وكالة الأنباء المحلية».
        let src = format!("جسر جديد فوق النهر\nبيروت - وكالة الأنباء المحلية\n{LEDE}\n");
        assert_eq!(
            credits(&src),
            [(
                CreditKind::Dateline,
                "بيروت - وكالة الأنباء المحلية".to_string()
            )]
        );
        // A place and a reporter's name stay a byline.
        let src = format!("جسر جديد فوق النهر\nبيروت - سامر يوسف\n{LEDE}\n");
        assert_eq!(
            credits(&src),
            [(CreditKind::Byline, "بيروت - سامر يوسف".to_string())]
        );
    }

    #[test]
    fn a_headline_naming_an_outlet_that_is_also_a_place_is_no_lede() {
        // الخليج is a newspaper's name too; the headline is not the lede, the byline is below it.
        let src = format!(
            "ارتفاع أسعار الرحلات بين الخليج والمغرب العربي خلال موسم الصيف المقبل\nبيروت - سامر يوسف\n{LEDE}\n"
        );
        assert_eq!(
            credits(&src),
            [(CreditKind::Byline, "بيروت - سامر يوسف".to_string())]
        );
    }

    #[test]
    fn a_writers_name_alone_on_the_last_line_is_a_signature() {
        for name in ["ر. بوحلفاية", "عبد الرزاق المشماشي", "نوال بن دحمان"]
        {
            assert_eq!(
                credits(&format!("جسر جديد فوق النهر\n{LEDE}\n{name}\n")),
                [(CreditKind::CreditLine, name.to_string())],
                "{name}"
            );
        }
        // A person of the story, named again by the family name, is no signature.
        let person = "جسر جديد فوق النهر\nقالت نوال بن دحمان إن الجسر الجديد سيختصر الطريق إلى المدينة ساعة كاملة كل يوم للعمال والتلاميذ.\nوأضافت بن دحمان أن الأشغال تأخرت عاماً بسبب الأمطار.\nنوال بن دحمان\n";
        assert!(credits(person).is_empty(), "{:?}", credits(person));
    }

    #[test]
    fn an_outlet_tag_before_a_dateline_or_a_dash_is_a_credit_and_a_label_is_not() {
        assert_eq!(
            credits(&format!("جسر جديد فوق النهر\nرصيف: الجزائر - {LEDE}\n")),
            [(CreditKind::Dateline, "رصيف: الجزائر - ".to_string())]
        );
        assert_eq!(
            credits(&format!("جسر جديد فوق النهر\nرصيف - {LEDE}\n")),
            [(CreditKind::OutletTag, "رصيف - ".to_string())]
        );
        // «Breaking», «officially»: the story's kind, not its source.
        for label in ["عاجل: ", "عاجل - ", "رسمياً: "] {
            let src = format!("جسر جديد فوق النهر\n{label}{LEDE}\n");
            assert!(credits(&src).is_empty(), "{label}: {:?}", credits(&src));
        }
    }

    #[test]
    fn a_byline_boxed_with_its_place_is_a_byline() {
        let src = format!("جسر جديد فوق النهر\n| كتب سامر يوسف | الجزائر |\n{LEDE}\n");
        assert_eq!(
            credits(&src),
            [(CreditKind::Byline, "كتب سامر يوسف | الجزائر".to_string())]
        );
        assert_eq!(
            rule_frame("| كتب سامر | الجزائر |"),
            Some((2, "كتب سامر | الجزائر"))
        );
        // An empty cell is a table's, not a credit's box.
        assert_eq!(rule_frame("| كتب سامر | |"), None);
    }

    #[test]
    fn a_bracketed_date_before_the_agencys_bracket_is_a_dateline() {
        let src = format!("جسر جديد فوق النهر\nالجزائر (5 ديسمبر) [واج] {LEDE}\n");
        assert_eq!(
            credits(&src),
            [(CreditKind::Dateline, "الجزائر (5 ديسمبر) [واج]".to_string())]
        );
        // A bracket after the date that names no agency is no dateline.
        let aside = format!("جسر جديد فوق النهر\nالجزائر (5 ديسمبر) (صباحاً) {LEDE}\n");
        assert!(credits(&aside).is_empty(), "{:?}", credits(&aside));
    }

    #[test]
    fn an_agencys_name_with_a_preposition_is_no_clause_of_the_lede() {
        let src = format!("جسر جديد فوق النهر\nبيروت - الوكالة الوطنية للإعلام - {LEDE}\n");
        assert_eq!(
            credits(&src),
            [(
                CreditKind::Dateline,
                "بيروت - الوكالة الوطنية للإعلام - ".to_string()
            )]
        );
    }

    #[test]
    fn emphasis_around_a_credit_line_does_not_hide_it() {
        let top = format!("# جسر جديد فوق النهر\n\n_كتب: سامر يوسف_\n\n{LEDE}\n");
        assert_eq!(
            credits_in(&top, Format::Markdown),
            [(CreditKind::Byline, "كتب: سامر يوسف".to_string())]
        );
        let end = format!("# جسر جديد فوق النهر\n\n{LEDE}\n\n**(رويترز)**\n");
        assert_eq!(
            credits_in(&end, Format::Markdown),
            [(CreditKind::CreditLine, "(رويترز)".to_string())]
        );
        assert_eq!(emphasis_inner("**(رويترز)** ", false), (2, "(رويترز)"));
        assert_eq!(emphasis_inner("(رويترز)**", true), (0, "(رويترز)"));
        assert_eq!(emphasis_inner("كتب سامر", false), (0, "كتب سامر"));
    }

    #[test]
    fn the_tight_searches_find_the_words_a_test_at_every_word_finds() {
        // `marked` and `next_source_start` stand in for a tag test made at every word of the
        // scans' loops: the same words, in order, found by a search of their own.
        let src = "قال مصدر مطلع لوكالة رويترز إن صحيفة الأهرام نشرت الخبر، وذكرت مصادر أخرى رفضت \
                   الكشف عن اسمها أن قناة الجزيرة بثت التقرير نقلا عن وكالة سانا.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let tags = &cx.lex.words;
        let agency = |t: &WordTags| t.agency().is_some();
        let outlet = |t: &WordTags| t.agency().is_none() && t.outlet_word();
        for test in [&agency as &dyn Fn(&WordTags) -> bool, &outlet] {
            let each: Vec<usize> = (0..tags.len()).filter(|&i| test(&tags[i])).collect();
            assert_eq!(marked(tags, test), each);
            assert!(!each.is_empty());
        }
        let n = doc.words.len();
        for from in 0..=n {
            let each = (from..n).find(|&i| may_start_source(&cx, i)).unwrap_or(n);
            assert_eq!(next_source_start(&cx, from, n), each);
        }
        assert!(next_source_start(&cx, 0, n) < n);
    }

    /// The words of `src` (as written) whose lexicon tags satisfy `tag`.
    fn tagged_words(src: &str, tag: fn(&WordTags) -> bool) -> Vec<&str> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        doc.words
            .iter()
            .zip(&cx.lex.words)
            .filter(|(_, t)| tag(t))
            .map(|(w, _)| &src[w.range()])
            .collect()
    }

    #[test]
    fn the_words_a_source_can_start_at_are_tagged_by_their_spelling() {
        // بين and الصحفيين end in ين but have no plural's shape without the article.
        let src = "وقال محللون بين الصحفيين ومصدر آخر، طلب عدم ذكر اسمه، إن الحكومة تأخرت.";
        let tagged = tagged_words(src, WordTags::source_word);
        assert_eq!(tagged, ["محللون", "ومصدر", "آخر", "طلب"]);
    }

    #[test]
    fn the_words_an_outlet_description_can_start_at_are_tagged_by_their_spelling() {
        let src = "وقال للصحيفة لـ«النهار» إن وكالة الأنباء القطرية وإذاعة لندن نقلتا الخبر.";
        let tagged = tagged_words(src, WordTags::outlet_word);
        assert_eq!(tagged, ["للصحيفة", "لـ", "وكالة", "وإذاعة"]);
    }

    #[test]
    fn the_shape_of_a_sound_masculine_plural_of_persons() {
        assert_eq!(plural_shape("محللون"), Some(("محلل", "ين")));
        assert_eq!(plural_shape("شاهدين"), Some(("شاهد", "ون")));
        assert_eq!(plural_shape("قانونيون"), Some(("قانوني", "ين")));
        // Too short for a participle in م, or no plural ending.
        assert_eq!(plural_shape("مين"), None);
        assert_eq!(plural_shape("بين"), None);
        assert_eq!(plural_shape("محلل"), None);
        // فرعون: its stem فرع has none of the shapes these plurals are built on.
        assert_eq!(plural_shape("فرعون"), None);
    }

    #[test]
    fn another_source_starts_at_a_word_its_spelling_does_not_tag() {
        // متابع carries no tag of its own: the scan reads it because آخر after it does.
        let src = "وكتب متابع آخر أن الحفل تأخر ساعة.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert!(!cx.lex.words[1].source_word() && cx.lex.words[2].source_word());
        assert_eq!(anonymous(src), ["متابع آخر"]);
    }

    #[test]
    fn a_source_and_its_asking_not_to_be_named_are_one_source() {
        let one =
            "وقال مسؤول في وزارة الصحة بالعاصمة، طلب عدم الكشف عن اسمه، إن المخزون يكفي شهراً.";
        assert_eq!(
            anonymous(one),
            vec!["مسؤول في وزارة الصحة بالعاصمة، طلب عدم الكشف عن اسمه".to_string()]
        );
        // Two sources joined by و stay two.
        let two = "وقالت مصادر طبية ومصادر أمنية إن عدد الجرحى ارتفع.";
        assert_eq!(
            anonymous(two),
            vec!["مصادر طبية".to_string(), "ومصادر أمنية".to_string()]
        );
    }

    #[test]
    fn a_listed_source_takes_its_body_whole_with_its_construct_and_its_lam_of_purpose() {
        let src = "وقال مصدر في هيئة الموانئ البحرية لـ«الصباح» إن الرصيف مغلق. وأشارت مصادر \
                   في قطاع النسيج إلى أن الأسعار سترتفع. وأكد مصدر في \
                   النادي الأهلي لرياضة السباحة للصحفيين أن المدرب باق. وقال مصدر في النقابة \
                   لوكالة الأنباء إن الإضراب مستمر.";
        assert_eq!(
            anonymous(src),
            vec![
                "مصدر في هيئة الموانئ البحرية".to_string(),
                "مصادر في قطاع النسيج".to_string(),
                "مصدر في النادي الأهلي لرياضة السباحة".to_string(),
                "مصدر في النقابة".to_string(),
            ]
        );
    }

    #[test]
    fn a_tatweel_or_a_run_of_it_between_spaces_separates_a_credits_parts() {
        // بغداد is 10 bytes, then a space: the dash starts at byte 11.
        assert_eq!(credit_separator("بغداد ـ سامر يوسف"), Some((11, 2)));
        assert_eq!(credit_separator("بغداد ــ سامر يوسف"), Some((11, 4)));
        // Inside a word a tatweel only stretches it; the first real mark is the separator.
        assert_eq!(credit_separator("محمـــد سامي"), None);
        assert_eq!(credit_separator("محمـد: سامي"), Some((10, 1)));
    }

    #[test]
    fn an_agency_glossed_by_its_short_form_in_brackets_is_cited_once() {
        // Written for this test: the full name, then the short form in brackets, is one
        // citation; another agency later is another.
        let src = "عمّان - أفادت وكالة الأنباء الأردنية (بترا) بأن الطقس بارد.\n\nوقالت رويترز إن الأمطار ستهطل غداً.\n";
        assert_eq!(
            agencies(src),
            [
                t("وكالة الأنباء الأردنية", "بترا", true),
                t("رويترز", "رويترز", true)
            ]
        );
    }

    #[test]
    fn a_header_line_joined_to_the_lede_by_markdown_is_still_a_header() {
        // No blank line after the dateline: Markdown makes one paragraph of the three lines, but
        // the first line is the whole dateline (was «عمّان -», the agency read as the lede).
        let src = "عمّان - بترا\nافتتحت وزارة الصحة اليوم مستشفى جديداً في الزرقاء.\nوقال الوزير: «سنفتتح غيره قريباً».\n";
        for f in [Format::Markdown, Format::Plain] {
            assert_eq!(
                credits_in(src, f),
                [(CreditKind::Dateline, "عمّان - بترا".to_string())],
                "{f:?}"
            );
        }
        // A first line that is the lede's own start is left in its paragraph.
        let lede = "عمّان - افتتحت وزارة الصحة اليوم\nمستشفى جديداً في الزرقاء.\n";
        let doc = Document::new(lede, Format::Markdown);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        assert_eq!(header_units(&cx), vec![0..lede.len() - 1]);
    }

    #[test]
    fn a_front_matter_credit_is_its_whole_field() {
        let src =
            "---\ntitle: خطة الخبز\nauthor: سامي العتيبي  \n---\n\nأعلنت الحكومة خطة جديدة.\n";
        assert_eq!(
            credits_in(src, Format::Markdown),
            [(CreditKind::FrontMatter, "author: سامي العتيبي".to_string())]
        );
    }

    #[test]
    fn a_dateline_before_a_reporting_clause_with_a_colon() {
        // The colon closes the reporting clause, not the dateline: the dateline is the place
        // (and agency) before the first dash.
        let lede = "دمشق - قال وزير الخارجية فيصل المقداد للصحفيين: «لن نقبل بأي شروط مسبقة».";
        assert_eq!(
            credits(lede),
            vec![(CreditKind::Dateline, "دمشق - ".to_string())]
        );
        let lede = "دمشق - سانا: قال وزير الخارجية فيصل المقداد للصحفيين: «لن نقبل بأي شروط».";
        assert_eq!(
            credits(lede),
            vec![(CreditKind::Dateline, "دمشق - سانا: ".to_string())]
        );
        // A reporting clause before any dash is no dateline.
        let lede = "قال وزير الخارجية فيصل المقداد - للصحفيين: «لن نقبل بأي شروط».";
        assert!(credits(lede).is_empty());
    }

    #[test]
    fn dateline_below_a_headline() {
        let lede = "عمان - أعلن رئيس الوزراء الأردني بشر الخصاونة، اليوم الأحد، خطة جديدة لدعم أسعار الخبز في المملكة.";
        let body =
            "وقال الخصاونة إن الخطة تبدأ الشهر المقبل وتشمل كل المحافظات في المملكة دون استثناء.";
        for title in [
            "# الحكومة تعلن خطة لدعم الخبز",
            "# عنوان",
            "الحكومة تعلن خطة جديدة لدعم أسعار الخبز في كل المحافظات",
        ] {
            let doc_text = format!("{title}\n\n{lede}\n\n{body}\n");
            let doc = Document::new(&doc_text, Format::Markdown);
            let p = Profile::embedded();
            let cx = Context::new(&doc, &p);
            let c = scan(&cx).credits;
            assert_eq!(c.len(), 1, "{title}");
            assert_eq!(&doc_text[c[0].range.clone()], "عمان - ", "{title}");
        }
    }

    #[test]
    fn a_headline_put_as_a_question_has_the_credit_below_it() {
        let head = "خلاف في المجلس البلدي حول الحدائق العامة: متنفس للسكان أم عبء على الميزانية؟";
        let lede = "ناقش المجلس البلدي، مساء الاثنين، خطة لتوسيع الحدائق العامة في الأحياء الشرقية.";
        let body = "وقال رئيس المجلس نادر الفاخوري إن الخطة تحتاج إلى تمويل إضافي هذا العام.";
        let credited = format!("{head}\nطرابلس - سلمى الدباغ\n{lede}\n{body}\n");
        let doc = Document::new(&credited, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let c = scan(&cx).credits;
        let shown: Vec<&str> = c.iter().map(|c| &credited[c.range.clone()]).collect();
        assert_eq!(shown, vec!["طرابلس - سلمى الدباغ"]);
        // The same story without the line under the question credits nothing.
        let bare = format!("{head}\n{lede}\n{body}\n");
        let doc = Document::new(&bare, Format::Plain);
        let cx = Context::new(&doc, &p);
        assert!(scan(&cx).credits.is_empty());
        // Two sentences on the first line are a lede, not a question headline.
        assert!(!question_headline("انعقد المجلس. هل يقر الخطة؟", 6));
        assert!(question_headline("متنفس للسكان أم عبء على الميزانية؟", 6));
    }

    #[test]
    fn agency_between_slashes_is_a_dateline() {
        let body = "\nافتتح وزير الصحة مستشفى جديداً في المدينة يضم ثلاثمئة سرير.\nوأضاف أن العمل بدأ قبل عامين.";
        for (lede, credit) in [
            (
                "أبوظبي في 3 مايو / وام / افتتح",
                "أبوظبي في 3 مايو / وام / ",
            ),
            ("الدوحة في 3 مايو /قنا/ افتتح", "الدوحة في 3 مايو /قنا/ "),
            (
                "المنامة في 3 مايو/ بنا / افتتح",
                "المنامة في 3 مايو/ بنا / ",
            ),
        ] {
            let src = format!("{lede} الوزير المستشفى.{body}");
            assert_eq!(
                credits(&src),
                [(CreditKind::Dateline, credit.to_string())],
                "{lede}"
            );
        }
        // A date written with slashes is not an agency credit.
        let src = format!("عمّان في 3/5/2024 افتتح الوزير المستشفى.{body}");
        assert!(credits(&src).is_empty());
        // An outlet or a place set off from the lede by a slash and a space.
        let src = format!("فجر نيوز/ افتتح الوزير المستشفى.{body}");
        assert_eq!(
            credits(&src),
            [(CreditKind::OutletTag, "فجر نيوز/ ".to_string())]
        );
        let src = format!("بغداد/ افتتح الوزير المستشفى.{body}");
        assert_eq!(
            credits(&src),
            [(CreditKind::Dateline, "بغداد/ ".to_string())]
        );
        // A slash joining two words, or after a clause, sets nothing off.
        assert!(credits(&format!("منذ أبريل/نيسان افتتح الوزير المستشفى.{body}")).is_empty());
        assert!(credits(&format!("افتتح الوزير/ المستشفى أمس.{body}")).is_empty());
    }

    #[test]
    fn a_house_pattern_inside_a_credit_line_is_one_credit() {
        let src = "قال الوزير إن العمل في المشروع مستمر منذ أشهر وإن الافتتاح قريب.\nغرفة الأخبار - الوطن\n";
        let doc = Document::new(src, Format::Plain);
        let mut p = Profile::embedded();
        p.credit_patterns.push(Regex::new("^غرفة الأخبار").unwrap());
        let cx = Context::new(&doc, &p);
        let found: Vec<(CreditKind, &str)> = scan(&cx)
            .credits
            .into_iter()
            .map(|c| (c.kind, &src[c.range]))
            .collect();
        assert_eq!(found, vec![(CreditKind::CreditLine, "غرفة الأخبار - الوطن")]);
    }

    #[test]
    fn a_bracketed_agency_after_the_place_and_date_is_a_dateline_without_a_dash() {
        let src = "بكين 3 مارس 2026 (شينخوا) أعلنت السلطات الصينية إغلاق ثلاثة موانئ بسبب العاصفة.\n";
        assert_eq!(
            credits(src),
            vec![(
                CreditKind::Dateline,
                "بكين 3 مارس 2026 (شينخوا)".to_string()
            )]
        );
        // A bracket that names no agency, or a lede that does not open with a place, is the
        // first clause's aside.
        let src = "القاهرة (العاصمة) شهدت أمس أمطاراً غزيرة أغرقت الشوارع الرئيسية.\n";
        assert_eq!(credits(src), vec![]);
        let src = "أعلنت الشركة (رويترز) أرباحاً قياسية في الربع الثالث من العام.\n";
        assert_eq!(credits(src), vec![]);
    }

    #[test]
    fn datelines_bylines_and_credit_lines() {
        let body = "\nأعلنت الوزارة أن العمل بدأ في المشروع الجديد أمس بحضور عدد من المسؤولين.\nوأضافت أن المرحلة الثانية تبدأ الشهر المقبل.";
        assert_eq!(
            credits(&format!("دمشق - سانا{body}"))[0].0,
            CreditKind::Dateline
        );
        assert_eq!(
            credits(&format!(
                "بيروت، لبنان (CNN)-- أعلنت الوزارة أن العمل بدأ.{body}"
            ))[0]
                .0,
            CreditKind::Dateline
        );
        assert_eq!(
            credits(&format!("كتب: سامر يوسف{body}"))[0].0,
            CreditKind::Byline
        );
        assert_eq!(
            credits(&format!("ريم العلي – الشرق اليوم{body}"))[0].0,
            CreditKind::Byline
        );
        assert_eq!(
            credits(&format!("{body}\n(أ ف ب)"))[0].0,
            CreditKind::CreditLine
        );
        assert_eq!(credits(&format!("{body}\n(وكالات)"))[0].1, "(وكالات)");
        assert!(credits(body).is_empty());
    }

    #[test]
    fn a_run_of_tatweel_between_spaces_is_a_header_dash() {
        // Written for this test: the house dash of many Arabic papers is a kashida run.
        let body = "\nأعلنت الوزارة أن العمل بدأ في المشروع الجديد أمس بحضور عدد من المسؤولين.\nوأضافت أن المرحلة الثانية تبدأ الشهر المقبل.";
        for head in ["ريم العلي ــ الشرق اليوم", "ريم العلي ـ الشرق اليوم"]
        {
            assert_eq!(
                credits(&format!("{head}{body}")),
                vec![(CreditKind::Byline, head.to_string())]
            );
        }
        // The lede's dateline set off the same way.
        let lede = "القاهرة ــ أعلنت الوزارة أن العمل بدأ في المشروع الجديد أمس.\nوأضافت أن المرحلة الثانية تبدأ الشهر المقبل.";
        assert_eq!(
            credits(lede),
            vec![(CreditKind::Dateline, "القاهرة ــ ".to_string())]
        );
        // A tatweel inside words only stretches them: a headline so written is no credit.
        assert!(credits(&format!("مـبـاراة حـاسـمـة{body}")).is_empty());
    }

    #[test]
    fn a_place_and_a_slash_before_a_byline_cue() {
        let body = "\nأعلنت الوزارة أن العمل بدأ في المشروع الجديد أمس بحضور عدد من المسؤولين.\nوأضافت أن المرحلة الثانية تبدأ الشهر المقبل.";
        let c = credits(&format!("دمشق/ بقلم: سامر يوسف{body}"));
        assert_eq!(c[0].0, CreditKind::Byline);
        assert_eq!(c[0].1, "دمشق/ بقلم: سامر يوسف");
        // A line that does not open with a place is not read as a dateline and a byline.
        assert!(credits(&format!("الخطة/ بقلم التاريخ{body}")).is_empty());
    }

    #[test]
    fn an_outlet_named_by_an_ordinary_word_counts_only_standing_alone() {
        // الخليج is a paper and the Gulf: in the headline's phrase it is the Gulf.
        let body = "\n\nخلصت دراسة نشرتها مجلة علمية إلى أن مدن الخليج الساحلية ستشهد صيفا أشد حرا.\nودعت الدراسة إلى تعديل ساعات العمل.";
        assert!(credits(&format!("ارتفاع الحرارة في مدن الخليج{body}")).is_empty());
        assert!(credits(&format!("دراسة: مدن الخليج{body}")).is_empty());
        // Standing alone as a part of the line, or after an outlet noun, it is the paper.
        assert_eq!(
            credits(&format!("دبي - الخليج{body}")),
            vec![(CreditKind::Dateline, "دبي - الخليج".to_string())]
        );
        assert_eq!(
            credits(&format!("دبي - العربية.نت{body}")),
            vec![(CreditKind::Dateline, "دبي - العربية.نت".to_string())]
        );
        assert_eq!(
            credits(&format!("المصدر: صحيفة الخليج{body}")),
            vec![(CreditKind::Byline, "المصدر: صحيفة الخليج".to_string())]
        );
    }

    #[test]
    fn a_headline_labelled_with_a_cue_noun_is_no_byline() {
        // تقرير: labels a headline made of the story's words, or heads a sentence with a verb.
        let body = "\n\nأظهر تقرير رسمي ارتفاع الحرارة في المدن الساحلية خلال الصيف الماضي.\nوقالت الوزارة إن الخسائر كبيرة.";
        assert!(credits(&format!("تقرير: ارتفاع الحرارة في المدن{body}")).is_empty());
        assert!(credits(&format!("تقرير يكشف حجم الخسائر{body}")).is_empty());
        // After the cue, a writer's name the story does not use is the byline.
        assert_eq!(
            credits(&format!("تقرير: سامر يوسف{body}")),
            vec![(CreditKind::Byline, "تقرير: سامر يوسف".to_string())]
        );
        // A credit's parts set off by a dash stay a credit.
        assert_eq!(
            credits(&format!("المصدر أونلاين - خاص{body}")),
            vec![(CreditKind::OutletTag, "المصدر أونلاين - خاص".to_string())]
        );
        // A place, then an outlet whose name is an ordinary word with a web suffix: a dateline.
        assert_eq!(
            credits(&format!("وهران - النهار أونلاين{body}")),
            vec![(CreditKind::Dateline, "وهران - النهار أونلاين".to_string())]
        );
        // The writer, من and the place filed from.
        assert_eq!(
            credits(&format!("سامر يوسف من الرياض{body}")),
            vec![(CreditKind::Byline, "سامر يوسف من الرياض".to_string())]
        );
        assert_eq!(
            credits(&format!("متابعة: قسم الأخبار المحلية{body}")),
            vec![(
                CreditKind::OutletTag,
                "متابعة: قسم الأخبار المحلية".to_string()
            )]
        );
    }

    #[test]
    fn a_tag_and_a_byline_on_one_line_are_two_credits() {
        // The tag credits the outlet, بقلم credits the writer: two credits an editor checks apart.
        let body = "\nأعلنت الوزارة أن العمل بدأ في المشروع الجديد أمس بحضور عدد من المسؤولين.\nوأضافت أن المرحلة الثانية تبدأ الشهر المقبل.";
        assert_eq!(
            credits(&format!("SAHIFA.INFO - خاص - بقلم: سامر يوسف{body}")),
            vec![
                (CreditKind::OutletTag, "SAHIFA.INFO - خاص".to_string()),
                (CreditKind::Byline, "بقلم: سامر يوسف".to_string()),
            ]
        );
        assert_eq!(
            credits(&format!("بيروت - خاص - كتب: سامر يوسف{body}")),
            vec![
                (CreditKind::Dateline, "بيروت - خاص".to_string()),
                (CreditKind::Byline, "كتب: سامر يوسف".to_string()),
            ]
        );
        // A byline line stays one credit, its place included.
        assert_eq!(
            credits(&format!("دمشق/ بقلم: سامر يوسف{body}")),
            vec![(CreditKind::Byline, "دمشق/ بقلم: سامر يوسف".to_string())]
        );
    }

    #[test]
    fn a_place_and_a_name_of_any_shape_is_a_byline() {
        let body = "\nأعلنت البلدية أن أعمال الصيانة في الشارع الرئيسي تبدأ الأسبوع المقبل وتستمر شهراً.\nوأضافت أن السير سيحوّل إلى الطرق الفرعية.";
        // Place, colon, a name joined by the kunya أبو: the given name is an ordinary word.
        let c = credits(&format!("طرابلس: منى أبو شقرا{body}"));
        assert_eq!(
            c,
            [(CreditKind::Byline, "طرابلس: منى أبو شقرا".to_string())]
        );
        // Place, colon, the initial of the given name and the family name.
        let c = credits(&format!("الرباط: س. الطاهري{body}"));
        assert_eq!(c, [(CreditKind::Byline, "الرباط: س. الطاهري".to_string())]);
        // Writer, dash, place on the last line: a nasab بن between the given and family names.
        let c = credits(&format!("{}\nسلمى بن يوسف – عمان", &body[1..]));
        assert_eq!(
            c,
            [(CreditKind::CreditLine, "سلمى بن يوسف – عمان".to_string())]
        );
        // A family name the lexicon does not know is evidence of a name.
        let c = credits(&format!("{}\nجورجيت كرباجيان - بيروت", &body[1..]));
        assert_eq!(
            c,
            [(
                CreditKind::CreditLine,
                "جورجيت كرباجيان - بيروت".to_string()
            )]
        );
        // A family name whose only verb reading is the first person (نصّار as «we become»)
        // stays the name; a third-person verb after the given name makes a headline.
        let c = credits(&format!("باريس: سامي نصّار{body}"));
        assert_eq!(c, [(CreditKind::Byline, "باريس: سامي نصّار".to_string())]);
        assert!(credits(&format!("بيروت: سامر يعود{body}")).is_empty());
        // A headline of a place and ordinary words is no byline, nor a particle left hanging.
        assert!(credits(&format!("بيروت: غارات جديدة{body}")).is_empty());
        assert!(credits(&format!("بيروت: اعتقال صحافيين{body}")).is_empty());
        assert!(credits(&format!("{}\nزحمة سير خانقة - بيروت", &body[1..])).is_empty());
        assert!(credits(&format!("{}\nالمدينة القديمة - بيروت", &body[1..])).is_empty());
    }

    fn agencies(src: &str) -> Vec<(String, String, bool)> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        scan(&cx)
            .agencies
            .into_iter()
            .map(|a| (src[a.range].to_string(), a.credit, a.cited))
            .collect()
    }

    fn anonymous(src: &str) -> Vec<String> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        scan(&cx)
            .anonymous
            .into_iter()
            .map(|a| src[a.range].to_string())
            .collect()
    }

    fn t(a: &str, credit: &str, cited: bool) -> (String, String, bool) {
        (a.to_string(), credit.to_string(), cited)
    }

    #[test]
    fn agencies_and_outlets_named_by_description() {
        // A national news agency named by its country, with its listed short name in brackets:
        // the short name is the credit.
        assert_eq!(
            agencies("وقال المتحدث في تصريح لوكالة الأنباء الفلسطينية (وفا) إن المعبر أغلق."),
            [t("وفا", "وفا", true)]
        );
        // Without brackets: the phrase itself, cited after a verb of publishing.
        assert_eq!(
            agencies("وجاء في بيان نشرته وكالة الأنباء الكينية أن الانتخابات أرجئت."),
            [t("وكالة الأنباء الكينية", "وكالة الأنباء الكينية", true)]
        );
        // An adjective of a quality names no country.
        assert!(agencies("وقالت وكالة الأنباء الرسمية إن الطريق أغلق.").is_empty());
        // A newspaper named by a word the lexicon does not know, in quotes or not.
        assert_eq!(
            agencies("ونقلت صحيفة «لاغازيتا» عن مسؤول في النادي أن الصفقة أنجزت."),
            [t("لاغازيتا", "لاغازيتا", true)]
        );
        assert_eq!(
            agencies("وذكرت صحيفة كوريري أن الحكومة تدرس الخطة."),
            [t("كوريري", "كوريري", true)]
        );
        assert_eq!(
            agencies("وذكرت صحيفة Corriere della Sera أن الحكومة تدرس الخطة."),
            [t("Corriere della Sera", "Corriere della Sera", true)]
        );
        // A station named by its country, after a radio noun only.
        assert_eq!(
            agencies("وقال الوزير لإذاعة كندا الدولية إن المفاوضات مستمرة."),
            [t("لإذاعة كندا الدولية", "إذاعة كندا الدولية", true)]
        );
        // A canal, a city after a newspaper noun, an agency of another kind: not outlets.
        assert!(agencies("وعبرت السفينة قناة السويس أمس بعد انتظار طويل.").is_empty());
        assert!(agencies("وقالت وكالة الفضاء إن الإطلاق تأجل.").is_empty());
        assert!(agencies("ووزعت صحيفة المدينة على القراء مجاناً.").is_empty());
        // ل after a newsroom post says whose staff the person is: the magazine he edits is named,
        // not cited; the same ل after a verb of speech is the outlet spoken to.
        assert_eq!(
            agencies("وعمل الشاعر محرراً لمجلة «الأفق» قبل أن يعتقل عام 2019."),
            [t("الأفق", "الأفق", false)]
        );
        assert_eq!(
            agencies("وقال الشاعر لمجلة «الأفق» إن السجن لم يكسره."),
            [t("الأفق", "الأفق", true)]
        );
        // An outlet in quotation marks after a detached ل that closes a reporting clause.
        assert_eq!(
            agencies("وكشف مسؤول في الوزارة لـ«بوابة المساء» أن الخطة تأجلت."),
            [t("بوابة المساء", "بوابة المساء", true)]
        );
        // Without a reporting cue in the clause, a quoted name after ل is no outlet cited.
        assert!(agencies("وانضم الفريق لـ«بوابة المساء» قبل عامين.").is_empty());
        // Inside the reported content (after أن), or a place a relative clause describes.
        assert!(agencies("وقال الضابط إن القوات الموالية لـ«المجلس العسكري» انسحبت.").is_empty());
        assert!(
            agencies("ونقلت الإذاعة عن الحكومة التحرير الكامل لـ«إقليم الشمال» الذي يضم ثلاث مدن.")
                .iter()
                .all(|a| a.1 != "إقليم الشمال")
        );
        // An outlet's sources: the outlet is cited, and the sources are unnamed.
        let src = "ومصادر الجزيرة في مدينة نابلس أكدت أن الاقتحام استمر ساعتين.";
        assert_eq!(agencies(src), [t("الجزيرة", "الجزيرة", true)]);
        assert_eq!(anonymous(src), ["مصادر الجزيرة في مدينة نابلس"]);
    }

    #[test]
    fn the_place_of_a_dateline_is_not_the_paper_of_that_name() {
        let src = "الرياض - واس\nأعلنت الوزارة أن المعرض يفتتح غداً في العاصمة بمشاركة واسعة.\n";
        assert_eq!(agencies(src), [t("واس", "واس", true)]);
        // The place after the outlet: the outlet alone is cited.
        let src =
            "عين اليوم – الرياض\nأعلنت الوزارة أن المعرض يفتتح غداً في العاصمة بمشاركة واسعة.\n";
        let got: Vec<String> = agencies(src).into_iter().map(|a| a.1).collect();
        assert_eq!(got, ["عين اليوم"]);
        // The paper named after its noun is still the paper.
        assert_eq!(
            agencies("وذكرت صحيفة الرياض أن المعرض يفتتح غداً.")
                .iter()
                .map(|a| a.1.as_str())
                .collect::<Vec<_>>(),
            ["الرياض"]
        );
    }

    #[test]
    fn a_word_of_a_longer_place_is_not_the_outlet() {
        assert!(
            agencies("أبوظبي، الإمارات العربية المتحدة (رويترز) - أعلنت الحكومة خطة جديدة.")
                .iter()
                .all(|(_, credit, _)| credit != "العربية"),
        );
        assert!(
            agencies("وزار الوزير المملكة العربية السعودية أمس.")
                .iter()
                .all(|(_, credit, _)| credit != "العربية"),
        );
    }

    #[test]
    fn an_agency_alone_on_a_header_line_is_a_credit_line() {
        let body = "\nقال الوزير إن الحكومة ستعلن خطتها الجديدة للنقل العام الأسبوع المقبل.\nوأضاف أن العمل يبدأ في الربيع.";
        // Only the agency's abbreviation: no place, so no dateline.
        assert_eq!(
            credits(&format!("و م ع{body}")),
            [(CreditKind::CreditLine, "و م ع".to_string())]
        );
        // Its full name alone is the same.
        assert_eq!(
            credits(&format!("وكالة المغرب العربي للأنباء{body}"))[0].0,
            CreditKind::CreditLine
        );
        // With the place it was filed from, it is a dateline.
        assert_eq!(
            credits(&format!("الرباط - و م ع{body}"))[0].0,
            CreditKind::Dateline
        );
        assert!(CreditKind::CreditLine.heads_story() && !CreditKind::Byline.heads_story());
    }

    #[test]
    fn petra_the_city_is_not_the_agency() {
        assert!(
            agencies("زار السياح عمان والعقبة وبترا ووادي رم في جولة استمرت أسبوعاً.").is_empty()
        );
        assert!(agencies("وتشمل الجولة مدن جرش، بترا، العقبة، مادبا.").is_empty());
        assert_eq!(
            credits(
                "عمان - بترا\nأعلنت الحكومة أن الجولة تشمل مدن جرش والعقبة ومادبا هذا العام.\nوأضافت أن العمل يبدأ غداً."
            ),
            [(CreditKind::Dateline, "عمان - بترا".to_string())]
        );
        assert_eq!(
            agencies("وقال الوزير لوكالة الأنباء الأردنية (بترا) إن الموسم بدأ."),
            // The short form in brackets glosses the name: one citation.
            [t("لوكالة الأنباء الأردنية", "بترا", true)]
        );
    }

    #[test]
    fn german_and_french_adjectives_are_not_agencies() {
        assert!(agencies("وقعت الشركة الألمانية عقداً مع الحكومة الفرنسية أمس.").is_empty());
        assert!(agencies("وتحدث الضيف بالفرنسية ثم بالألمانية أمام الجمهور.").is_empty());
        assert!(
            agencies("وقالت صحيفة «لوسوار» اليومية الناطقة بالفرنسية إن الحكومة ستستقيل.")
                .iter()
                .all(|a| a.1 != "فرانس برس")
        );
        assert!(agencies("ومولت الوكالة الفرنسية للتنمية بناء المدرسة الجديدة.").is_empty());
        assert!(agencies("وأعلنت الوكالة الفرنسية لمكافحة المنشطات إيقاف العداء.").is_empty());
        assert_eq!(
            agencies("وقال الوزير لوكالة الأنباء الألمانية إن الاتفاق قريب."),
            [t("لوكالة الأنباء الألمانية", "د ب أ", true)]
        );
        assert_eq!(
            agencies("وقال الناطق للوكالة الفرنسية إن الهدنة صامدة."),
            [t("الفرنسية", "فرانس برس", true)]
        );
        assert_eq!(
            agencies("وذكرت وكالة الصحافة الفرنسية أن الرحلة ألغيت."),
            [t("وكالة الصحافة الفرنسية", "فرانس برس", true)]
        );
    }

    #[test]
    fn agencies_named_in_passing_are_not_cited() {
        assert_eq!(
            agencies(
                "وقال مسؤول لرويترز إن البنك يدرس الطلب. وحمّل الزوار تطبيق بلومبرغ على هواتفهم."
            ),
            [t("لرويترز", "رويترز", true), t("بلومبرغ", "بلومبرغ", false)]
        );
        assert_eq!(
            agencies("ونقلت الصحيفة عن رويترز أن المحادثات توقفت."),
            [t("رويترز", "رويترز", true)]
        );
        assert_eq!(
            agencies("وقال شاهد من رويترز ووكالة الأنباء الفرنسية إن الطائرة هبطت."),
            [
                t("رويترز", "رويترز", true),
                t("ووكالة الأنباء الفرنسية", "فرانس برس", true)
            ]
        );
        assert_eq!(
            agencies("وأفادت وكالة الأنباء الرسمية السورية سانا بأن الطريق فُتح."),
            [t("سانا", "سانا", true)]
        );
        assert_eq!(
            agencies("ونشرت صحيفة «الخبر» الجزائرية الرسالة كاملة."),
            [t("الخبر", "الخبر", true)]
        );
        assert!(agencies("وبثت القناة الفرنسية تقريراً عن الحادث.").is_empty());
        // الجزيرة للدراسات is a research centre, not the channel.
        assert!(agencies("وأصدر مركز الجزيرة للدراسات تقريراً جديداً.").is_empty());
    }

    #[test]
    fn a_picture_caption_is_not_a_credit_line() {
        let body = "أعلنت الوزارة أن العمل بدأ في المشروع الجديد أمس بحضور عدد من المسؤولين.\nوأضافت أن المرحلة الثانية تبدأ الشهر المقبل.";
        assert!(credits(&format!("{body}\n(صورة أرشيفية)")).is_empty());
        assert!(
            credits(&format!(
                "(صورة أرشيفية)\n{body}\nوقال إن الكلفة عالية جداً على الجميع."
            ))
            .is_empty()
        );
        assert_eq!(
            credits(&format!("{body}\n(أ ف ب)\n(صورة أرشيفية)")),
            [(CreditKind::CreditLine, "(أ ف ب)".to_string())]
        );
    }

    #[test]
    fn a_wire_end_mark_is_no_credit_and_the_credit_above_it_counts() {
        let body = "أعلنت البلدية أن أعمال الصيانة بدأت في الحي الشرقي صباح أمس.\nوأضافت أن الأعمال تستمر أسبوعين.";
        assert!(credits(&format!("{body}\n(النهاية)")).is_empty());
        assert!(credits(&format!("{body}\n(النهاية) س ع / م ك")).is_empty());
        assert_eq!(
            credits(&format!("{body}\n(قنا)\n(النهاية)")),
            [(CreditKind::CreditLine, "(قنا)".to_string())]
        );
    }

    #[test]
    fn a_signature_at_the_end_is_a_byline() {
        let body = "أعلنت الوزارة أن العمل بدأ في المشروع الجديد أمس بحضور عدد من المسؤولين.\nوأضافت أن المرحلة الثانية تبدأ الشهر المقبل.";
        assert_eq!(
            credits(&format!("{body}\n- سامي العتيبي")),
            [(CreditKind::CreditLine, "- سامي العتيبي".to_string())]
        );
        assert!(credits(&format!("{body}\n- حفظ الله البلاد")).is_empty());
    }

    #[test]
    fn unnamed_sources_of_every_form() {
        assert_eq!(
            anonymous("وقال مصدر بالقصر إن الملك سيلقي خطاباً."),
            ["مصدر بالقصر"]
        );
        assert_eq!(anonymous("وقالت مصادر إن المفاوضات توقفت."), ["مصادر"]);
        assert_eq!(
            anonymous("ونقلت الصحيفة عن مسؤول في البيت الأبيض لم تسمّه قوله إن القرار نهائي."),
            ["مسؤول في البيت الأبيض لم تسمّه"]
        );
        assert_eq!(
            anonymous("وقال مسؤول لدى الحكومة السورية إن الاتفاق قريب."),
            ["مسؤول لدى الحكومة السورية"]
        );
        assert_eq!(
            anonymous("وقال مسؤول بالجيش الإسرائيلي إن القصف استهدف مخزناً."),
            ["مسؤول بالجيش الإسرائيلي"]
        );
        assert_eq!(
            anonymous("وقال شهود فلسطينيون إن الجرافات هدمت منزلين."),
            ["شهود فلسطينيون"]
        );
        assert_eq!(
            anonymous("وقال مسؤولون في وزارة المالية اليونانية إن الدفعة وصلت."),
            ["مسؤولون في وزارة المالية اليونانية"]
        );
        assert_eq!(
            anonymous("ونقلت الوكالة عن مصادر إيرانية مسؤولة أن الاتفاق قريب."),
            ["مصادر إيرانية مسؤولة"]
        );
        assert_eq!(
            anonymous("وأفاد مصدر أمني رفيع بأن التحقيق بدأ."),
            ["مصدر أمني رفيع"]
        );
    }

    #[test]
    fn one_of_a_class_used_as_a_source_is_anonymous() {
        assert_eq!(
            anonymous("وقال أحد سكان حي النخيل إن المياه انقطعت ليلاً."),
            ["أحد سكان حي النخيل"]
        );
        assert_eq!(
            anonymous("ونقلت الوكالة عن أحد الأسرى قوله إن المعاملة تحسنت."),
            ["أحد الأسرى"]
        );
        assert_eq!(
            anonymous("وأكد عدد من الأهالي أن الطريق أغلق منذ الصباح."),
            ["عدد من الأهالي"]
        );
        // Not a source's place, a judgement, or named beside it.
        assert!(anonymous("وأصيب أحد الجنود في الانفجار.").is_empty());
        assert!(anonymous("ويعتبر أحد أقدم الجسور في المدينة.").is_empty());
        assert!(anonymous("وقال أحد مؤسسي الحزب سامر يوسف إن المؤتمر تأجل.").is_empty());
    }

    #[test]
    fn a_plural_of_persons_where_a_source_stands_is_anonymous() {
        assert_eq!(anonymous("ويقول محللون إن الأسعار سترتفع."), ["محللون"]);
        assert_eq!(
            anonymous("وبحسب مراقبين دوليين فإن الانتخابات جرت بهدوء."),
            ["مراقبين دوليين"]
        );
        // A verb, a singular ending in ون, a plural that is no source's.
        assert!(anonymous("وقال إنهم يقولون ما يريدون.").is_empty());
        assert!(anonymous("وأقر البرلمان قانون العمل الجديد.").is_empty());
        assert!(anonymous("والتقى الوزير مهندسين في الموقع.").is_empty());
        assert!(anonymous("وقال للصحفيين إن الأسعار سترتفع.").is_empty());
        assert!(anonymous("وقال معاون الوزير إن الأسعار سترتفع.").is_empty());
    }

    #[test]
    fn a_source_that_withholds_its_name_is_its_whole_description() {
        assert_eq!(
            anonymous("وقالت ممرضة في مستشفى المدينة، طلبت عدم ذكر اسمها، إن الأدوية نفدت."),
            ["ممرضة في مستشفى المدينة، طلبت عدم ذكر اسمها"]
        );
        assert_eq!(
            anonymous("غير أن بائعاً في سوق الخضار فضل عدم الإشارة إلى اسمه قال إن الأسعار ارتفعت."),
            ["بائعاً في سوق الخضار فضل عدم الإشارة إلى اسمه"]
        );
        // A subject before its verb, the withholding between commas: one source.
        assert_eq!(
            anonymous("وكان مصدر في وزارة النقل، طلب عدم ذكر اسمه، قد أكد أن الطريق أغلق."),
            ["مصدر في وزارة النقل، طلب عدم ذكر اسمه"]
        );
        // No description to tell: the clause alone.
        assert_eq!(
            anonymous("وأوضح، رافضاً التعليق، أن موظفاً رفض الكشف عن هويته."),
            ["موظفاً رفض الكشف عن هويته"]
        );
        // Named in the description: not anonymous.
        assert!(anonymous("وقال سامر يوسف، الذي طلب عدم نشر صورته، إن الأسعار ارتفعت.").is_empty());
    }

    #[test]
    fn named_sources_and_ordinary_nouns_are_not_anonymous() {
        assert!(anonymous("وقال يوهانس برانتنر، شاهد عيان، إن الدخان غطى الشارع.").is_empty());
        assert!(anonymous("وقال شاهد عيان يدعى سامر إن الدخان غطى الشارع.").is_empty());
        assert!(anonymous("والنفط مصدر الدخل الأول، والوزير مسؤول عن الملف.").is_empty());
        assert!(anonymous("وقال مسؤول الإعلام في الحزب إن المؤتمر تأجل.").is_empty());
        assert!(anonymous("وقال شاهد من رويترز إن الطائرة هبطت.").is_empty());
        assert!(anonymous("وأكد مسؤول (هيئة) في الطائف سامي العتيبي أن العمل بدأ.").is_empty());
    }

    /// The body of a story under the credits of the table below: three paragraphs of prose, no
    /// credit of their own.
    const STORY: &str = "أعلنت وزارة الصحة أن حملة التطعيم الجديدة تبدأ الأسبوع المقبل في جميع المحافظات بمشاركة مئات الفرق الطبية.\nوأضافت الوزارة في بيانها أن الحملة تستهدف الأطفال دون سن الخامسة وتستمر عشرة أيام كاملة.\nوأشارت إلى أن اللقاحات وصلت إلى المراكز الصحية منذ يومين.";

    /// The credit forms of Arabic outlets, each above, opening or below the same story.
    /// Long: one row per form of the table; the rows are data, not steps.
    #[test]
    fn story_credits_of_the_arabic_press() {
        let lede = STORY.split_once('\n').map_or(STORY, |(l, _)| l);
        let rest = STORY.split_once('\n').map_or("", |(_, r)| r);
        // (credit, where: 0 its own line on top, 1 opening the lede, 2 its own line at the end,
        // 3 closing the last paragraph; kind; the credit's text as found).
        use CreditKind::*;
        let table: &[(&str, u8, CreditKind, &str)] = &[
            ("القاهرة - أ ش أ", 0, Dateline, "القاهرة - أ ش أ"),
            ("الرباط (رويترز) - ", 1, Dateline, "الرباط (رويترز) -"),
            ("بيروت ـ «الحياة»: ", 1, Dateline, "بيروت ـ «الحياة»: "),
            (
                "عمّان 12 آذار (بترا) -- ",
                1,
                Dateline,
                "عمّان 12 آذار (بترا) --",
            ),
            ("غزة/ الأناضول", 0, Dateline, "غزة/ الأناضول"),
            (
                "إسطنبول/ سامر يوسف/ الأناضول",
                0,
                Dateline,
                "إسطنبول/ سامر يوسف/ الأناضول",
            ),
            (
                "الكويت في 3 مايو /كونا/ -- ",
                1,
                Dateline,
                "الكويت في 3 مايو /كونا/ ",
            ),
            ("كتب: سامر يوسف", 0, Byline, "كتب: سامر يوسف"),
            ("بقلم/ د. سامر يوسف", 0, Byline, "بقلم/ د. سامر يوسف"),
            (
                "سامر يوسف - الشرق الأوسط",
                0,
                Byline,
                "سامر يوسف - الشرق الأوسط",
            ),
            ("مراسل الجزيرة نت", 0, Byline, "مراسل الجزيرة نت"),
            ("خاص - العربية.نت", 0, OutletTag, "خاص - العربية.نت"),
            // A place before the desk's tag: the dateline of an exclusive report.
            ("بيروت - خاص", 0, Dateline, "بيروت - خاص"),
            // Kinds that were missed: a place and a name around a colon, a name after an
            // honorific, an interviewer, a columnist's head, the desk.
            ("الجزائر: سامر يوسف", 0, Byline, "الجزائر: سامر يوسف"),
            ("د. سامر يوسف", 0, Byline, "د. سامر يوسف"),
            ("حاوره: سامر يوسف", 0, Byline, "حاوره: سامر يوسف"),
            (
                "أجرى الحوار: سامر يوسف",
                0,
                Byline,
                "أجرى الحوار: سامر يوسف",
            ),
            ("سامر يوسف يكتب:", 0, Byline, "سامر يوسف يكتب:"),
            ("فريق التحرير", 0, Byline, "فريق التحرير"),
            ("المحرر الاقتصادي", 0, Byline, "المحرر الاقتصادي"),
            // A compound given name with عبد the list lacks; a lone tatweel as the dash; the
            // Lebanese agency's dateline tag.
            (
                "الجزائر: عبد المنعم الزين",
                0,
                Byline,
                "الجزائر: عبد المنعم الزين",
            ),
            ("بغداد ـ سامر يوسف", 0, Byline, "بغداد ـ سامر يوسف"),
            // A given name the list lacks, then the father's given name, which also
            // conjugates as a verb (عادلت، عادلنا).
            ("الرباط: هيام عادل", 0, Byline, "الرباط: هيام عادل"),
            ("وطنية - ", 1, Dateline, "وطنية - "),
            // At the end.
            ("وكالات", 2, CreditLine, "وكالات"),
            (
                "المصدر: وكالة الأنباء الألمانية",
                2,
                CreditLine,
                "المصدر: وكالة الأنباء الألمانية",
            ),
            (
                "نقلاً عن موقع الجزيرة نت",
                2,
                CreditLine,
                "نقلاً عن موقع الجزيرة نت",
            ),
            ("(أ ف ب، رويترز)", 2, CreditLine, "(أ ف ب، رويترز)"),
            ("ترجمة: سامر يوسف", 2, CreditLine, "ترجمة: سامر يوسف"),
            ("— سكاي نيوز عربية", 2, CreditLine, "— سكاي نيوز عربية"),
            (" (بي بي سي)", 3, CreditLine, "(بي بي سي)"),
            // Kinds that were missed: the writer and the place, an interviewer, a wire desk's
            // note longer than a bracketed credit.
            ("سامر يوسف - فاس", 2, CreditLine, "سامر يوسف - فاس"),
            ("فاس - سامر يوسف", 2, CreditLine, "فاس - سامر يوسف"),
            (
                "حاوره في فاس: سامر يوسف",
                2,
                CreditLine,
                "حاوره في فاس: سامر يوسف",
            ),
            (
                "(شارك في التغطية سامر يوسف - إعداد محمد عبد اللطيف للنشرة العربية - تحرير أحمد إلهامي)",
                2,
                CreditLine,
                "(شارك في التغطية سامر يوسف - إعداد محمد عبد اللطيف للنشرة العربية - تحرير أحمد إلهامي)",
            ),
        ];
        for &(credit, at, kind, found) in table {
            let src = match at {
                0 => format!("{credit}\n{STORY}"),
                1 => format!("{credit}{lede}\n{rest}"),
                2 => format!("{STORY}\n{credit}"),
                _ => format!("{STORY}{credit}"),
            };
            assert_eq!(credits(&src), [(kind, found.to_string())], "{credit}");
        }
    }

    #[test]
    fn a_back_reference_to_the_same_source_is_no_credit_and_no_unnamed_source() {
        let body = "قال الوزير سامر الخطيب إن الحكومة ستفتح الطرق غداً أمام المسافرين القادمين من الشمال والجنوب.\nوأضاف أن العمل سيستمر طوال الأسبوع المقبل في كل المحافظات.";
        assert!(credits(&format!("{body}\n(المصدر نفسه)")).is_empty());
        assert!(anonymous(&format!("{body}\n(المصدر نفسه)")).is_empty());
    }

    #[test]
    fn photo_credits_captions_asides_and_lists_are_not_story_credits() {
        for tail in [
            "\n(صورة أرشيفية)",
            "\n(تصوير: سامر يوسف)",
            "\nتصوير: سامر يوسف",
            "\nالصورة: رويترز",
            "\nالقاهرة، الإسكندرية، أسوان",
            // An aside in brackets closing the last paragraph is a clause, not a credit.
            " (وهي المرة الأولى هذا العام)",
        ] {
            assert!(credits(&format!("{STORY}{tail}")).is_empty(), "{tail}");
        }
        for head in [
            "الصورة: رويترز",
            "القاهرة، الإسكندرية، أسوان",
            "حوار مع وزير الصحة",
        ] {
            assert!(credits(&format!("{head}\n{STORY}")).is_empty(), "{head}");
        }
        // صور the city (Tyre) opens a dateline; it is not a picture.
        assert_eq!(
            credits(&format!("صور - سامر يوسف\n{STORY}"))[0].0,
            CreditKind::Byline
        );
    }

    #[test]
    fn a_bracket_inside_the_last_sentence_is_no_credit_line() {
        // A title in brackets before the sentence's full stop belongs to the sentence.
        let title =
            format!("{STORY}\nوتعرض الفرقة مسرحيتها الجديدة التي تحمل عنوان (بيت الجيران).");
        assert!(credits(&title).is_empty(), "{:?}", credits(&title));
        let site = format!("{STORY}\nوللتسجيل يمكن زيارة موقع الجائزة (example-award.org).");
        assert!(credits(&site).is_empty(), "{:?}", credits(&site));
        // A credit line after the sentence has ended, or an agency before the stop, is one.
        assert_eq!(
            credits(&format!("{STORY}\nوتستمر الحملة عشرة أيام. (وكالات)")),
            vec![(CreditKind::CreditLine, "(وكالات)".to_string())]
        );
        assert_eq!(
            credits(&format!("{STORY}\nوتستمر الحملة عشرة أيام (رويترز).")),
            vec![(CreditKind::CreditLine, "(رويترز).".to_string())]
        );
    }

    #[test]
    fn a_headline_with_a_verb_is_no_byline() {
        // Country, colon, a person and what they do: a headline, not a name and a place.
        let headline = format!("تونس: سامر الخطيب يعود للمنتخب\n\n{STORY}");
        assert!(credits(&headline).is_empty(), "{:?}", credits(&headline));
        // A place, a colon and a name is still the writer's line.
        assert_eq!(
            credits(&format!("تونس: سامر الخطيب\n\n{STORY}")),
            vec![(CreditKind::Byline, "تونس: سامر الخطيب".to_string())]
        );
    }

    #[test]
    fn a_name_alone_on_the_first_line_is_a_byline_and_a_headline_is_not() {
        let body = "\n\nعادت شاحنات النظافة إلى شوارع المدينة بعد اتفاق البلدية مع الشركة على دفع المستحقات.\n\nوقال رئيس البلدية إن العمل يعود كاملاً الأسبوع المقبل.";
        // A given name the list lacks and a family name no dictionary holds, found nowhere in the
        // story: the writer's name.
        assert_eq!(
            credits(&format!("جوليا قرنفيل{body}")),
            [(CreditKind::Byline, "جوليا قرنفيل".to_string())]
        );
        // An outlet's name of foreign words.
        assert_eq!(
            credits(&format!("بلدتي ديجيتال{body}")),
            [(CreditKind::Byline, "بلدتي ديجيتال".to_string())]
        );
        // A headline of dictionary words stays a possible headline: no credit.
        let headline = format!("عودة شاحنات النظافة{body}");
        assert!(credits(&headline).is_empty(), "{:?}", credits(&headline));
        // The last word is no dictionary word but the story names it: a headline about him.
        let about = "\n\nوصل الوزير قرنفيل إلى المدينة أمس في زيارة تستمر يومين يلتقي فيها رئيس البلدية.\n\nوقال قرنفيل إن الزيارة تبحث ملف النفايات.";
        let headline = format!("زيارة قرنفيل{about}");
        assert!(credits(&headline).is_empty(), "{:?}", credits(&headline));
        // Also after a proclitic: «لقرنفيل» in the story is the same word.
        let headline = format!(
            "زيارة قرنفيل{}",
            about.replace("وقال قرنفيل", "ونُقل لقرنفيل")
        );
        assert!(credits(&headline).is_empty(), "{:?}", credits(&headline));
    }

    #[test]
    fn an_outlet_and_its_desk_around_a_slash_is_an_outlet_tag() {
        let body = "\n\nفاز فريق الميناء على ضيفه الطلبة بهدفين مقابل هدف في المباراة التي أقيمت مساء أمس.\n\nوقال مدرب الميناء إن الفوز جاء في وقته.";
        assert_eq!(
            credits(&format!("الرافدين نيوز/ رياضة{body}")),
            [(CreditKind::OutletTag, "الرافدين نيوز/ رياضة".to_string())]
        );
        // A sentence before the slash is no outlet's name: not a tag.
        let line = format!("الحكومة تعلن خطة جديدة/ اقتصاد{body}");
        assert!(credits(&line).is_empty(), "{:?}", credits(&line));
    }

    #[test]
    fn a_lede_opening_with_a_verb_has_no_dateline() {
        // The outlet's name (عكاظ, the market) inside the lede's first clause makes no dateline.
        let lede = "يستقبل سوق عكاظ في دورته الجديدة (2015 - 2016) زوارا من كل المناطق بعشرات المعارض المتنوعة والأجنحة المتخصصة للحرفيين.\nوأضافت الوزارة أن المعارض تستمر شهرا.";
        assert!(credits(lede).is_empty(), "{:?}", credits(lede));
        assert_eq!(
            credits(&format!("الرياض - واس\n{STORY}"))[0].0,
            CreditKind::Dateline
        );
    }

    #[test]
    fn an_outlet_with_and_without_its_article_is_one_key() {
        assert_eq!(outlet_key("الغارديان"), outlet_key("غارديان"));
        assert_ne!(outlet_key("الغارديان"), outlet_key("التايمز"));
    }

    #[test]
    fn a_numbered_channel_is_not_the_agency() {
        // فرانس 24 is a channel of its own, not فرانس برس.
        let a = agencies("وقالت الوزيرة في مقابلة بثتها قناة فرانس 24 إن الحوار مستمر.");
        assert!(a.iter().all(|(_, c, _)| c != "فرانس برس"), "{a:?}");
        // The channel's number is part of its name.
        let c = agencies("وذكرت قناة لوفيغارو 2 أن الحوار مستمر.");
        assert_eq!(c, vec![t("لوفيغارو 2", "لوفيغارو 2", true)]);
        // A byline's closing place is where the writer filed from, not the paper of that name.
        let b = agencies(&format!("سامر الخطيب - الرياض\n{STORY}"));
        assert!(b.iter().all(|(_, c, _)| c != "الرياض"), "{b:?}");
    }

    #[test]
    fn unnamed_source_phrases_are_read_whole() {
        // A participle with its preposition and pronoun is one description.
        assert_eq!(
            anonymous("وقال أحد المعتدى عليهم إن الشرطة وصلت متأخرة."),
            vec!["أحد المعتدى عليهم"]
        );
        // A possessive pronoun closes the construct: the noun after it is not the source's.
        assert_eq!(
            anonymous("وقال أحد مساعديه الوزارة ستعلن القرار غدا."),
            vec!["أحد مساعديه"]
        );
        // A reporting verb with its object pronoun still has the source as its subject.
        assert_eq!(
            anonymous("وتحدثت الصحف عن خطة جديدة أكدتها مصادر حكومية مطلعة."),
            vec!["مصادر حكومية مطلعة"]
        );
        // The addressee after the source is not part of it.
        assert_eq!(
            anonymous("وحضر الاجتماع عدد من التجار، وقال أحدهم للصحفيين: «الأسعار ترتفع كل يوم»."),
            vec!["أحدهم"]
        );
    }

    #[test]
    fn another_person_where_a_source_stands_is_unnamed() {
        assert_eq!(
            anonymous("وقال موظف آخر إن الرواتب تأخرت شهرين."),
            vec!["موظف آخر"]
        );
        // Not where a source stands: a thing, the object of a verb.
        assert!(anonymous("وافتتح الوزير مستشفى آخر في الجنوب.").is_empty());
        // The experts of the press are a source noun where a source stands.
        assert_eq!(anonymous("ويقول خبراء إن الأسعار سترتفع."), vec!["خبراء"]);
        assert!(anonymous("واستعانت الشركة بآراء خبراء من الخارج.").is_empty());
        // A singular in construct with a definite noun is a post: كتب خبير الاقتصاد is someone.
        assert!(anonymous("وكتب خبير الاقتصاد الأميركي أن الأزمة ستطول.").is_empty());
        // Another account is a text, not a person; the search for another coach is no source.
        assert!(anonymous("ويورد المؤرخ رواية أخرى للحادثة.").is_empty());
        assert!(anonymous("وطالب الأعضاء بالبحث عن مدرب آخر.").is_empty());
    }

    #[test]
    fn one_of_them_is_a_source_only_where_a_source_stands() {
        // Not the subject of a reporting verb: an object, a clause, a preposition's complement.
        for src in [
            "وافتتح الوزير جسرين أحدهما يربط ضفتي النهر.",
            "وأقنع الوسطاء أحدهم بالعودة إلى بيته.",
            "ولا فضل لأحدهم على الآخر.",
        ] {
            assert!(anonymous(src).is_empty(), "{src}: {:?}", anonymous(src));
        }
        assert_eq!(
            anonymous("وتجمع العمال أمام المصنع، وكتب أحدهم بالطباشير: «نريد أجورنا»."),
            vec!["أحدهم"]
        );
    }

    /// The credits of a story of a headline, `line` on its own line below it, the test lede and
    /// `body` (written for these tests; people and outlets' reports invented).
    fn below_headline(line: &str, body: &str) -> Vec<(CreditKind, String)> {
        credits(&format!("جسر جديد فوق النهر\n{line}\n{LEDE}\n{body}"))
    }

    #[test]
    fn a_press_noun_and_the_outlets_name_alone_on_a_line_are_its_tag() {
        for line in ["بوابة الوفد", "موقع عرب 48", "جريدة الصباح الجديد"]
        {
            assert_eq!(
                below_headline(line, ""),
                [(CreditKind::OutletTag, line.to_string())],
                "{line:?}"
            );
        }
        // At the foot of the story too.
        let src = format!("جسر جديد فوق النهر\n{LEDE}\nبوابة الوفد\n");
        assert_eq!(
            credits(&src),
            [(CreditKind::OutletTag, "بوابة الوفد".to_string())]
        );
        // The same nouns naming what the story is about, which the body names again, and a
        // press noun with a verb's subject.
        let site = "وقال المهندس المسؤول من موقع المشروع إن العمل ينتهي في الصيف.\n";
        assert_eq!(below_headline("موقع المشروع", site), []);
        let sheet = "وقال المحامي إن موكله ينكر ما جاء في صحيفة الاتهام كله.\n";
        assert_eq!(below_headline("صحيفة الاتهام", sheet), []);
        assert_eq!(below_headline("صحيفة: الوفد", ""), []);
    }

    #[test]
    fn a_writers_name_and_the_city_in_brackets_are_a_byline() {
        for line in ["فهد العتيبي (جدة)", "نواف بن سعد (المدينة المنورة)"]
        {
            assert_eq!(
                below_headline(line, ""),
                [(CreditKind::Byline, line.to_string())],
                "{line:?}"
            );
        }
        // A post before the name, a picture's note in the bracket, or a person the story names
        // again: no byline.
        assert_eq!(below_headline("الطبيب سامر يوسف (عمّان)", ""), []);
        assert_eq!(below_headline("سامر يوسف (أرشيفية)", ""), []);
        let again = "وقال الساكن فهد العتيبي إن الجسر تأخر كثيرا.\n";
        assert_eq!(below_headline("فهد العتيبي (جدة)", again), []);
    }

    #[test]
    fn a_given_name_and_the_initial_of_the_family_name_are_a_byline() {
        for line in ["حسان. م", "نادية ب."] {
            assert_eq!(
                below_headline(line, ""),
                [(CreditKind::Byline, line.to_string())],
                "{line:?}"
            );
        }
        // A letter and a figure name no one.
        assert_eq!(below_headline("ب. 2", ""), []);
    }

    #[test]
    fn a_town_no_list_holds_before_a_writers_name_is_a_byline() {
        // بشار is a listed given name and a town no list holds as a place.
        let line = "بشار: كريمة بن عيسى";
        assert_eq!(
            below_headline(line, ""),
            [(CreditKind::Byline, line.to_string())]
        );
        // A dictionary noun as label, or a person the story names again.
        assert_eq!(below_headline("الضحية: كريمة بن عيسى", ""), []);
        // A given name after a label is no lede's verb (سامر also conjugates), so the label is
        // no outlet's tag set off before the lede.
        assert_eq!(below_headline("الضحية: سامر يوسف", ""), []);
        let again = "وقالت المهندسة كريمة بن عيسى إن الجسر يخدم القرى.\n";
        assert_eq!(below_headline(line, again), []);
    }

    #[test]
    fn a_sites_bare_address_alone_on_a_line_is_its_tag() {
        for line in ["www.alwasat-news.com", "https://hespress.com/"] {
            assert_eq!(
                below_headline(line, ""),
                [(CreditKind::OutletTag, line.to_string())],
                "{line:?}"
            );
            let src = format!("جسر جديد فوق النهر\n{LEDE}\n{line}\n");
            assert_eq!(
                credits(&src),
                [(CreditKind::OutletTag, line.to_string())],
                "{line:?}"
            );
        }
        // A ministry's address, or one with a path, is not the outlet's.
        let src = format!("جسر جديد فوق النهر\n{LEDE}\nwww.mpw.gov.jo\n");
        assert_eq!(credits(&src), []);
        assert!(!web_domain("www.example.com/news/1"));
        assert!(!web_domain("www"));
        assert!(web_domain("alwasat.ly"));
    }
}
