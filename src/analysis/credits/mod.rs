//! Sourcing: story credits (dateline, credit line, byline, outlet tag, front-matter field), the
//! agencies and outlets cited in the body, and anonymous sources. Shared by `missing-credit`,
//! `anonymous-source`, document symbols and the report.

pub mod anonymous_source;
pub mod missing_credit;

use super::Context;
use crate::text::{Format, WordKind};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Kind of story credit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CreditKind {
    /// A dateline at the start: place (and date) with the agency (دمشق - سانا; أنقرة، تركيا (CNN)--).
    Dateline,
    /// A credit line in brackets at the start or end ((أ ف ب)، (وكالات)).
    CreditLine,
    /// A byline (كتب: / بقلم / a reporter's name – outlet).
    Byline,
    /// An outlet tag (AHDATH.INFO, عين اليوم – متابعات).
    OutletTag,
    /// A credit field in Markdown front matter (credit:, source:, byline:, author:, المصدر:).
    FrontMatter,
}

impl CreditKind {
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
static BRACKET_CREDIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])").unwrap());
static BRACKET_CREDIT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\([^()\n]{1,60}\)|\[[^\[\]\n]{1,60}\])\s*[.\-–—]*\s*$").unwrap()
});
static DATELINE_PARENS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.\n«»]{0,90}?[\(\[][^()\n]{1,45}[\)\]]\s*(?:[-–—]+|:|/)").unwrap()
});
static LATIN_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Z][A-Z0-9.\-_ ]{1,30}$").unwrap());
static BYLINE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[*•\-–—]?\s*(كتب|كتبت|بقلم|إعداد|اعداد|تقرير|ترجمة|تحرير|متابعات|متابعة|خاص|المصدر|المصادر|خدمة|مراسل|مراسلنا|مراسلة|عن)\b|(متابعات|متابعة|وكالات|خاص)\s*$").unwrap()
});
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s?[-–—|/:]\s?").unwrap());

fn word_count(cx: &Context, r: Range<usize>) -> usize {
    cx.doc
        .words_in(r)
        .iter()
        .filter(|w| w.kind != WordKind::Number)
        .count()
}

fn has_agency(cx: &Context, r: Range<usize>) -> bool {
    let a = cx.doc.word_index_at(r.start);
    let b = cx.doc.words.partition_point(|w| w.range.end <= r.end);
    (a..b).any(|i| cx.lex.words[i].agency.is_some())
}

/// Finds credits, cited agencies and anonymous sources.
pub fn scan(cx: &Context) -> CreditScan {
    let mut out = CreditScan::default();
    let src = cx.doc.source;
    if cx.doc.format == Format::Markdown
        && let Some(fm) = &cx.doc.masked.front_matter
        && let Some(m) = FRONT_MATTER_CREDIT.find(src.get(fm.clone()).unwrap_or(""))
    {
        out.credits.push(Credit {
            kind: CreditKind::FrontMatter,
            range: fm.start + m.start()..fm.start + m.end(),
        });
    }
    let paras = &cx.doc.paragraphs;
    // The newsroom's own credit patterns (isnad.toml [credit] patterns), on the first and last lines.
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
                out.credits.push(Credit {
                    kind: CreditKind::CreditLine,
                    range: p.start + m.start()..p.start + m.end(),
                });
                break;
            }
        }
    }
    // Header lines at the start: short lines before the lede.
    for (k, p) in paras.iter().enumerate().take(4) {
        let heading = src
            .get(p.clone())
            .unwrap_or("")
            .trim_start_matches('\u{FEFF}')
            .trim_start()
            .starts_with('#');
        let text = src
            .get(p.clone())
            .unwrap_or("")
            .trim_start_matches(['#', ' ', '*', '>', '\u{FEFF}']);
        let start = p.end - text.len();
        let r = start..p.end;
        let words = word_count(cx, r.clone());
        let short = words <= 8 && !text.trim_end().ends_with(['.', '؟', '!']);
        if short && (words > 0 || LATIN_TAG.is_match(text.trim())) {
            if let Some(kind) = header_kind(cx, text, r.clone()) {
                out.credits.push(Credit { kind, range: r });
                continue;
            }
            if k == 0 && words <= 4 && paras.len() > 2 {
                // A first line of a few words may be a headline; keep looking below it.
                continue;
            }
        }
        // A Markdown heading, or a first line of up to 15 words without a full stop above the
        // story, is the headline: the dateline is in the lede below it.
        let headline = heading
            || (k == 0
                && paras.len() > 1
                && words <= 15
                && !text.trim_end().ends_with(['.', '؟', '!', ':']));
        if headline && header_kind(cx, text, r.clone()).is_none() {
            continue;
        }
        // A line with no words (a separator, an emoji) is not the lede either.
        if words == 0 {
            continue;
        }
        // The lede itself may open with a dateline.
        if let Some((kind, len)) = lede_dateline(cx, text, start) {
            out.credits.push(Credit {
                kind,
                range: start..start + len,
            });
        }
        break;
    }
    // Credit lines at the end.
    for p in paras.iter().rev().take(3) {
        let text = src.get(p.clone()).unwrap_or("");
        let words = word_count(cx, p.clone());
        if let Some(m) = BRACKET_CREDIT_END.find(text) {
            let inner = p.start + m.start()..p.start + m.end();
            if word_count(cx, inner.clone()) <= 8 {
                out.credits.push(Credit {
                    kind: CreditKind::CreditLine,
                    range: inner,
                });
                break;
            }
        }
        if let Some(m) = BRACKET_CREDIT.find(text)
            && words <= 12
        {
            out.credits.push(Credit {
                kind: CreditKind::CreditLine,
                range: p.start + m.start()..p.start + m.end(),
            });
            break;
        }
        if words <= 8
            && (has_agency(cx, p.clone()) || BYLINE_CUE.is_match(text))
            && !text.trim_end().ends_with('.')
        {
            out.credits.push(Credit {
                kind: CreditKind::CreditLine,
                range: p.clone(),
            });
            break;
        }
        if words > 3 {
            break;
        }
    }
    // Agencies cited.
    let words = &cx.doc.words;
    for (i, t) in cx.lex.words.iter().enumerate() {
        let Some((len, idx)) = t.agency else { continue };
        let (len, idx) = (usize::from(len), idx as usize);
        let range = words[i].range.start..words[i + len - 1].range.end;
        let agency = &cx.profile.agency_list[idx];
        let in_credit = out
            .credits
            .iter()
            .any(|c| c.range.start <= range.start && range.end <= c.range.end);
        if agency.ambiguous && !in_credit && !credit_context(cx, i, &range) {
            continue;
        }
        out.agencies.push(AgencyMention {
            range,
            credit: agency.credit.clone(),
        });
    }
    // Anonymous sources.
    let mut i = 0;
    while i < words.len() {
        let n = usize::from(cx.lex.words[i].anonymous);
        if n > 0 {
            let start = words[i].range.start;
            // A phrase ending in a preposition (مصدر في، مصادر مقربة من) takes the word after it.
            let mut last = i + n - 1;
            if matches!(words[last].plain.as_str(), "في" | "من" | "داخل" | "لدى")
                && last + 1 < words.len()
            {
                let gap = cx
                    .doc
                    .prose()
                    .get(words[last].range.end..words[last + 1].range.start)
                    .unwrap_or("");
                if gap.trim().is_empty() {
                    last += 1;
                }
            }
            out.anonymous.push(AnonymousSource {
                range: start..words[last].range.end,
            });
            i = last + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Is an ambiguous agency name (فارس، الوطن) used as an outlet here: after وكالة/صحيفة/قناة, inside
/// guillemets or quotes, or in parentheses?
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
    {
        return true;
    }
    i > 0 && cx.lex.words[i - 1].org_noun
}

fn header_kind(cx: &Context, text: &str, r: Range<usize>) -> Option<CreditKind> {
    let t = text.trim();
    if LATIN_TAG.is_match(t) || t.contains(".INFO") || t.contains(".COM") || t.contains(".NET") {
        return Some(CreditKind::OutletTag);
    }
    if BRACKET_CREDIT.is_match(t) {
        return Some(CreditKind::CreditLine);
    }
    if BYLINE_CUE.is_match(t) {
        return Some(if t.contains("متابع") || t.contains("خاص") {
            CreditKind::OutletTag
        } else {
            CreditKind::Byline
        });
    }
    if has_agency(cx, r.clone()) {
        let first = cx.doc.word_index_at(r.start);
        let place_first = cx.lex.words.get(first).is_some_and(|t| t.place > 0);
        return Some(if SEPARATOR.is_match(t) && !place_first {
            CreditKind::Byline
        } else {
            CreditKind::Dateline
        });
    }
    // A reporter's name – outlet: two short parts around a dash.
    if let Some(m) = Regex::new(r"\s[-–—]\s|[-–—]").ok()?.find(t) {
        let (a, b) = (&t[..m.start()], &t[m.end()..]);
        if (1..=4).contains(&a.split_whitespace().count())
            && (1..=4).contains(&b.split_whitespace().count())
        {
            return Some(CreditKind::Byline);
        }
    }
    // A bare name of two or three words on its own line, starting with a given name or the article.
    let wc = cx.doc.words_in(r.clone());
    if (2..=3).contains(&wc.len()) && wc.iter().all(|w| w.kind == WordKind::Arabic) {
        let i = cx.doc.word_index_at(r.start);
        let t0 = &cx.lex.words[i];
        if t0.given > 0
            && !cx.lex.words[i..i + wc.len()]
                .iter()
                .any(|t| t.function || t.is_cue())
        {
            return Some(CreditKind::Byline);
        }
    }
    None
}

/// A dateline or credit at the head of the lede: `أنقرة، تركيا (CNN)--`, `(CNN)--`, `دمشق - سانا`,
/// `عبدالله البرقاوي- سبق- الرياض:`. Returns the kind and the byte length of the credit part.
fn lede_dateline(cx: &Context, text: &str, start: usize) -> Option<(CreditKind, usize)> {
    if let Some(m) = DATELINE_PARENS.find(text)
        && word_count(cx, start..start + m.end()) <= 10
    {
        return Some((CreditKind::Dateline, m.end()));
    }
    // Prefix up to the last of the first separators (- – — :) within the first 12 words.
    let mut end = None;
    for m in SEPARATOR.find_iter(text) {
        let s = m.start();
        if word_count(cx, start..start + s) > 10 {
            break;
        }
        if m.as_str().contains('/') {
            continue;
        }
        end = Some(m.end());
    }
    let e = end?;
    let prefix = start..start + e;
    let words = cx.doc.words_in(prefix.clone());
    if words.is_empty() {
        return None;
    }
    let first = cx.doc.word_index_at(start);
    let cue = cx.lex.words[first..first + words.len()]
        .iter()
        .any(|t| t.is_cue());
    if cue {
        return None;
    }
    if has_agency(cx, prefix.clone()) || cx.lex.words[first].place > 0 && words.len() <= 4 {
        return Some((CreditKind::Dateline, e));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Context;
    use crate::profile::Profile;
    use crate::text::Document;

    fn credits(src: &str) -> Vec<(CreditKind, String)> {
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        scan(&cx)
            .credits
            .into_iter()
            .map(|c| (c.kind, src[c.range].to_string()))
            .collect()
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
}
