//! Document symbols: the fact-check review outline of a story.
//!
//! - Speakers, each with their quotations (quotations without a named speaker under their own
//!   entry);
//! - Sources and agencies: the story credits and every agency or outlet cited;
//! - Anonymous sources.
//!
//! Groups without entries are left out. Clients without hierarchical symbol support get the same
//! outline flattened, each entry naming its group as `containerName`.

use super::document::Snapshot;
use super::position::{self, Encoding};
use crate::analysis::credits::CreditKind;
use crate::analysis::quotes::{Attribution, Quote, QuoteForm};
use crate::analysis::{Analysis, Lang};
use crate::text::normalize;
use ropey::Rope;
use std::ops::Range;
use tower_lsp_server::ls_types::{DocumentSymbol, Location, SymbolInformation, SymbolKind, Uri};

/// An outline entry before conversion to LSP (byte ranges).
struct Node {
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    /// Whole extent (covers the children).
    range: Range<usize>,
    /// The part to select (inside `range`).
    selection: Range<usize>,
    children: Vec<Node>,
}

impl Node {
    fn leaf(name: String, detail: Option<String>, kind: SymbolKind, range: Range<usize>) -> Node {
        Node {
            name,
            detail,
            kind,
            selection: range.clone(),
            range,
            children: Vec::new(),
        }
    }

    /// A group spanning its children (which must not be empty), selecting the first one.
    fn group(name: String, detail: Option<String>, kind: SymbolKind, children: Vec<Node>) -> Node {
        let start = children.iter().map(|c| c.range.start).min().unwrap_or(0);
        let end = children.iter().map(|c| c.range.end).max().unwrap_or(0);
        let selection = children
            .first()
            .map_or(start..start, |c| c.selection.clone());
        Node {
            name,
            detail,
            kind,
            range: start..end,
            selection,
            children,
        }
    }

    #[allow(deprecated)]
    fn to_lsp(&self, rope: &Rope, enc: Encoding) -> DocumentSymbol {
        DocumentSymbol {
            name: self.name.clone(),
            detail: self.detail.clone(),
            kind: self.kind,
            tags: None,
            deprecated: None,
            range: position::to_lsp_range(rope, &self.range, enc),
            selection_range: position::to_lsp_range(rope, &self.selection, enc),
            children: (!self.children.is_empty())
                .then(|| self.children.iter().map(|c| c.to_lsp(rope, enc)).collect()),
        }
    }
}

/// A short one-line excerpt of `text`: whitespace collapsed, at most `max` characters.
fn excerpt(text: &str, max: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= max {
        joined
    } else {
        let cut: String = joined.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}

fn t(lang: Lang, en: &str, ar: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Ar => ar.to_string(),
    }
}

fn quote_node(q: &Quote, src: &str) -> Node {
    let inner = src.get(q.inner.clone()).unwrap_or("");
    let cue = q
        .attribution
        .as_ref()
        .and_then(|a| src.get(a.cue.clone()))
        .map(|c| c.trim().to_string());
    Node::leaf(
        format!("«{}»", excerpt(inner, 60)),
        cue,
        SymbolKind::STRING,
        q.range.clone(),
    )
}

fn credit_kind(kind: CreditKind, lang: Lang) -> String {
    match kind {
        CreditKind::Dateline => t(lang, "dateline", "سطر التاريخ والمكان"),
        CreditKind::CreditLine => t(lang, "credit line", "سطر المصدر"),
        CreditKind::Byline => t(lang, "byline", "التوقيع"),
        CreditKind::OutletTag => t(lang, "outlet tag", "وسم الوسيلة"),
        CreditKind::FrontMatter => t(lang, "front matter", "بيانات المستند"),
    }
}

/// Builds the outline of a snapshot (byte ranges): the speakers with their quotations, the
/// sources and agencies, the anonymous sources; a section with nothing in it is left out.
fn outline_nodes(snapshot: &Snapshot, lang: Lang) -> Vec<Node> {
    let a = &snapshot.analysis;
    let src = snapshot.rope.to_string();
    [
        speakers_section(a, &src, lang),
        sources_section(a, &src, lang),
        anonymous_section(a, &src, lang),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The key that groups quotation `q` (speaker phrase at `range`, byte range, written `name`)
/// under its speaker: the name entity mentioned in the phrase, or in the earlier mention a post
/// referring back to a person stands for (`Attribution::person`), else the identity key of the
/// phrase as written.
fn speaker_key(a: &Analysis, q: &Quote, range: &Range<usize>, name: &str) -> String {
    let at = q
        .attribution
        .as_ref()
        .and_then(Attribution::referred_person)
        .unwrap_or_else(|| range.clone());
    a.names
        .iter()
        .find(|e| {
            e.mentions
                .iter()
                .any(|m| at.start <= m.range.start && m.range.end <= at.end)
        })
        .map_or_else(|| normalize::identity(name), |e| e.key.clone())
}

/// The "Speakers" section: each speaker's quotations, grouped by the name entity mentioned in the
/// speaker span (else by the spelling's identity key), then the quotations whose speaker is
/// unclear and those with no speaker named; `None` when the story quotes no speech.
fn speakers_section(a: &Analysis, src: &str, lang: Lang) -> Option<Node> {
    let mut speakers: Vec<(String, String, Range<usize>, Vec<Node>)> = Vec::new();
    let mut unnamed: Vec<Node> = Vec::new();
    // Attributed, but the reporting clause does not tell who spoke.
    let mut unclear: Vec<Node> = Vec::new();
    // As in the review sheet: speech, partial quotes and quoted text, each once (the part of a
    // quotation continued from the paragraph before is the same quotation).
    for q in a
        .quotes
        .iter()
        .filter(|q| q.form != QuoteForm::Name && !q.continuation)
    {
        match q.attribution.as_ref().and_then(|at| at.speaker.as_ref()) {
            Some((range, name)) => {
                let key = speaker_key(a, q, range, name);
                match speakers.iter_mut().find(|s| s.0 == key) {
                    Some(s) => s.3.push(quote_node(q, src)),
                    None => {
                        speakers.push((key, name.clone(), range.clone(), vec![quote_node(q, src)]))
                    }
                }
            }
            None if q.attribution.is_some() => unclear.push(quote_node(q, src)),
            None => unnamed.push(quote_node(q, src)),
        }
    }
    let mut speaker_nodes: Vec<Node> = speakers
        .into_iter()
        .map(|(_, name, range, quotes)| {
            let n = quotes.len();
            let mut node = Node::group(
                name,
                Some(match lang {
                    Lang::En => format!("{n} quotation{}", if n == 1 { "" } else { "s" }),
                    Lang::Ar => format!("{n} اقتباس"),
                }),
                SymbolKind::OBJECT,
                quotes,
            );
            node.range = node.range.start.min(range.start)..node.range.end.max(range.end);
            node.selection = range;
            node
        })
        .collect();
    if !unclear.is_empty() {
        let n = unclear.len();
        speaker_nodes.push(Node::group(
            t(lang, "Speaker unclear", "القائل غير واضح"),
            Some(n.to_string()),
            SymbolKind::OBJECT,
            unclear,
        ));
    }
    if !unnamed.is_empty() {
        let n = unnamed.len();
        speaker_nodes.push(Node::group(
            t(lang, "No speaker named", "بلا قائل مسمّى"),
            Some(n.to_string()),
            SymbolKind::OBJECT,
            unnamed,
        ));
    }
    (!speaker_nodes.is_empty()).then(|| {
        Node::group(
            t(lang, "Speakers", "المتحدثون"),
            None,
            SymbolKind::NAMESPACE,
            speaker_nodes,
        )
    })
}

/// The "Sources and agencies" section: the story credits, then each agency cited with its
/// citations, in text order; `None` when there is neither.
fn sources_section(a: &Analysis, src: &str, lang: Lang) -> Option<Node> {
    let mut sources: Vec<Node> = a
        .credits
        .iter()
        .map(|c| {
            Node::leaf(
                excerpt(src.get(c.range.clone()).unwrap_or(""), 60),
                Some(credit_kind(c.kind, lang)),
                SymbolKind::EVENT,
                c.range.clone(),
            )
        })
        .collect();
    let mut agencies: Vec<(String, Vec<Node>)> = Vec::new();
    for m in &a.agencies {
        let leaf = Node::leaf(
            src.get(m.range.clone()).unwrap_or("").to_string(),
            None,
            SymbolKind::KEY,
            m.range.clone(),
        );
        match agencies.iter_mut().find(|(c, _)| *c == m.credit) {
            Some((_, v)) => v.push(leaf),
            None => agencies.push((m.credit.clone(), vec![leaf])),
        }
    }
    for (credit, mentions) in agencies {
        let n = mentions.len();
        sources.push(Node::group(
            credit,
            Some(match lang {
                Lang::En => format!("cited {n}×"),
                Lang::Ar => format!(
                    "ذُكرت {}",
                    crate::analysis::names::across::count_ar(n, "مرة", "مرتين", "مرات")
                ),
            }),
            SymbolKind::CONSTANT,
            mentions,
        ));
    }
    sources.sort_by_key(|n| n.range.start);
    (!sources.is_empty()).then(|| {
        Node::group(
            t(lang, "Sources and agencies", "المصادر والوكالات"),
            None,
            SymbolKind::NAMESPACE,
            sources,
        )
    })
}

/// The "Anonymous sources" section; `None` when the story has none.
fn anonymous_section(a: &Analysis, src: &str, lang: Lang) -> Option<Node> {
    let anonymous: Vec<Node> = a
        .anonymous
        .iter()
        .map(|s| {
            Node::leaf(
                src.get(s.range.clone()).unwrap_or("").to_string(),
                None,
                SymbolKind::FIELD,
                s.range.clone(),
            )
        })
        .collect();
    (!anonymous.is_empty()).then(|| {
        Node::group(
            t(lang, "Anonymous sources", "مصادر مجهولة"),
            Some(anonymous.len().to_string()),
            SymbolKind::NAMESPACE,
            anonymous,
        )
    })
}

/// The review outline as nested document symbols (ranges in `enc`).
pub fn document_symbols(snapshot: &Snapshot, enc: Encoding, lang: Lang) -> Vec<DocumentSymbol> {
    outline_nodes(snapshot, lang)
        .iter()
        .map(|n| n.to_lsp(&snapshot.rope, enc))
        .collect()
}

/// The same outline flattened for clients without hierarchical support.
pub fn symbol_information(
    snapshot: &Snapshot,
    uri: &Uri,
    enc: Encoding,
    lang: Lang,
) -> Vec<SymbolInformation> {
    #[allow(deprecated)]
    fn walk(
        n: &Node,
        parent: Option<&str>,
        rope: &Rope,
        uri: &Uri,
        enc: Encoding,
        out: &mut Vec<SymbolInformation>,
    ) {
        out.push(SymbolInformation {
            name: n.name.clone(),
            kind: n.kind,
            tags: None,
            deprecated: None,
            location: Location {
                uri: uri.clone(),
                range: position::to_lsp_range(rope, &n.selection, enc),
            },
            container_name: parent.map(str::to_string),
        });
        for c in &n.children {
            walk(c, Some(&n.name), rope, uri, enc, out);
        }
    }
    let mut out = Vec::new();
    for n in outline_nodes(snapshot, lang) {
        walk(&n, None, &snapshot.rope, uri, enc, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze_text;
    use crate::profile::Profile;
    use crate::text::Format;

    fn names(syms: &[DocumentSymbol]) -> Vec<String> {
        syms.iter().map(|s| s.name.clone()).collect()
    }

    #[test]
    fn partial_quotes_are_listed_under_their_speaker_and_names_are_not() {
        // As in the review sheet: the partial quote «متسرع» is the president's, under his entry;
        // the campaign's name is nobody's words and is not listed.
        let src = "قال الرئيس سامر الخطيب إن «الحكومة ماضية في الإصلاح رغم الصعوبات».\nووصف الخطيب القرار بأنه «متسرع».\nوأطلقت الوزارة حملة «معاً من أجل بيئة نظيفة» أمس.\n";
        let snap = Snapshot {
            version: 1,
            rope: Rope::from_str(src),
            analysis: analyze_text(src, Format::Plain, &Profile::embedded()),
            elsewhere: Vec::new(),
            internal_error: false,
            not_a_draft: false,
        };
        assert!(
            snap.analysis
                .quotes
                .iter()
                .any(|q| q.form == QuoteForm::Name)
        );
        let syms = document_symbols(&snap, Encoding::Utf16, Lang::En);
        let speakers = syms[0].children.as_ref().unwrap();
        assert_eq!(names(speakers), ["الرئيس سامر الخطيب"]);
        assert_eq!(
            names(speakers[0].children.as_ref().unwrap()),
            ["«الحكومة ماضية في الإصلاح رغم الصعوبات»", "«متسرع»"]
        );
    }

    #[test]
    fn outline_groups_speakers_sources_and_anonymous() {
        let src = "دمشق - سانا\nوأكد الوزير خالد الأحمد أن «الوضع تحت السيطرة تماماً الآن».\n«سنعيد بناء كل شيء قريباً جداً»، قال الوزير خالد الأحمد.\nوقال مصدر مطلع إن الاجتماع انتهى.\n";
        let snap = Snapshot {
            version: 1,
            rope: Rope::from_str(src),
            analysis: analyze_text(src, Format::Plain, &Profile::embedded()),
            elsewhere: Vec::new(),
            internal_error: false,
            not_a_draft: false,
        };
        let syms = document_symbols(&snap, Encoding::Utf16, Lang::En);
        assert_eq!(
            names(&syms),
            ["Speakers", "Sources and agencies", "Anonymous sources"]
        );
        let speakers = syms[0].children.as_ref().unwrap();
        assert_eq!(names(speakers), ["الوزير خالد الأحمد"]);
        let quotes = speakers[0].children.as_ref().unwrap();
        assert_eq!(
            names(quotes),
            [
                "«الوضع تحت السيطرة تماماً الآن»",
                "«سنعيد بناء كل شيء قريباً جداً»"
            ]
        );
        let sources = syms[1].children.as_ref().unwrap();
        assert!(
            names(sources).contains(&"سانا".to_string()),
            "{:?}",
            names(sources)
        );
        let anon = syms[2].children.as_ref().unwrap();
        assert_eq!(names(anon), ["مصدر مطلع"]);
        // Every child lies inside its parent, every selection inside its range.
        fn check(s: &DocumentSymbol) {
            assert!(
                s.range.start <= s.selection_range.start && s.selection_range.end <= s.range.end
            );
            for c in s.children.iter().flatten() {
                assert!(s.range.start <= c.range.start && c.range.end <= s.range.end);
                check(c);
            }
        }
        syms.iter().for_each(check);
        let uri: Uri = "file:///d.txt".parse().unwrap();
        let flat = symbol_information(&snap, &uri, Encoding::Utf16, Lang::Ar);
        assert_eq!(flat[0].name, "المتحدثون");
        assert_eq!(flat[1].container_name.as_deref(), Some("المتحدثون"));
    }
}
