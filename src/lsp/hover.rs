//! Hover and inlay hints: on a name, every spelling used in the document with its count; on a
//! quotation, its speaker and attributing words, or that none was found. Arabic or English.

use super::document::Snapshot;
use super::position::{self, Encoding};
use crate::analysis::Lang;
use crate::analysis::names::people::People;
use crate::analysis::names::{Entity, NameKind, across};
use crate::analysis::quotes::{self, Quote};
use crate::profile::Profile;
use std::ops::Range;
use tower_lsp_server::ls_types::{
    Hover, HoverContents, InlayHint, InlayHintKind, InlayHintLabel, InlayHintTooltip,
    MarkupContent, MarkupKind,
};

fn kind_name(kind: NameKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (NameKind::Person, Lang::En) => "person",
        (NameKind::Place, Lang::En) => "place",
        (NameKind::Org, Lang::En) => "organisation",
        (NameKind::Person, Lang::Ar) => "شخص",
        (NameKind::Place, Lang::Ar) => "مكان",
        (NameKind::Org, Lang::Ar) => "مؤسسة",
    }
}

/// The entity with a mention covering byte `at`, with that mention's range; when several do,
/// the one mentioned most often.
pub fn entity_at(names: &[Entity], at: usize) -> Option<(&Entity, Range<usize>)> {
    names
        .iter()
        .filter_map(|e| {
            e.mentions
                .iter()
                .find(|m| m.range.start <= at && at < m.range.end)
                .map(|m| (e, m.range.clone()))
        })
        .min_by_key(|(e, _)| std::cmp::Reverse(e.mentions.len()))
}

/// The person whose given name (in [`Entity::given`], as an identity key) is written at byte `at`
/// of `source`, right before one of the person's mentions (محمد in محمد الجدعان, or either word of
/// عبد الفتاح before السيسي): a given name is part of the full name, so hovering it shows the
/// person. Returns the entity and the range (half-open bytes) from the given name's word to the
/// end of the mention; `None` when the word is no given name of a person mentioned right after it.
pub fn given_name_at<'e>(
    names: &'e [Entity],
    source: &str,
    at: usize,
) -> Option<(&'e Entity, Range<usize>)> {
    let before = source.get(..at)?;
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    names
        .iter()
        .filter(|e| e.kind == NameKind::Person && !e.given.is_empty())
        .find_map(|e| {
            let m = e
                .mentions
                .iter()
                .find(|m| m.range.start > at && m.range.start - start <= 80)?;
            let between = source.get(start..m.range.start)?;
            let words: Vec<&str> = between.split_whitespace().collect();
            let whole = crate::text::normalize::identity(&words.join(" "));
            let given = |k: &str| e.given.iter().any(|g| g == k);
            (!words.is_empty()
                && (given(&whole)
                    || words
                        .iter()
                        .all(|w| given(&crate::text::normalize::identity(w)))))
            .then(|| (e, start..m.range.end))
        })
}

/// The hover text (Markdown) for a name: its heading is the spelling `name-variant` would have
/// the story use under `profile` in a story written by `conventions` (house spelling, else the
/// lexicon's standard one, else the most used, ties to the first written;
/// [`across::preferred_spelling_in`]), after the person's given names `given` when the hovered
/// mention names one person the story writes in full ([`person_at`]: محمد الجدعان, not
/// الجدعان), then every spelling with its count.
pub fn name_text(
    e: &Entity,
    given: Option<&str>,
    profile: &Profile,
    conventions: across::Conventions,
    lang: Lang,
) -> String {
    let spellings = e.spellings();
    let family = across::preferred_spelling_in(profile, &e.key, &spellings, conventions);
    let main = match given {
        Some(g) => format!("{g} {family}"),
        None => family,
    };
    let n = e.mentions.len();
    let list: String = spellings
        .iter()
        .map(|(s, c)| format!("\n- {s} ×{c}"))
        .collect();
    match lang {
        Lang::En => format!(
            "**{main}** ({}, {n} mention{})\n\nSpellings in this document:{list}",
            kind_name(e.kind, lang),
            if n == 1 { "" } else { "s" }
        ),
        Lang::Ar => format!(
            "**{main}** ({}، ذُكر {})\n\nالصيغ المستخدمة في هذا المستند:{list}",
            kind_name(e.kind, lang),
            crate::analysis::names::across::count_ar(n, "مرة", "مرتين", "مرات")
        ),
    }
}

/// The given names of the person that the mention of `e` ending at byte `end` of `source` names
/// (`persons`: the people of the story's `names`), as the story's fullest mention of them writes
/// them: a family name two people of the story carry, written alone, names no one person
/// (`None`), nor does a name the story never writes in full.
pub fn person_at(
    names: &[Entity],
    persons: &People,
    source: &str,
    e: &Entity,
    end: usize,
) -> Option<String> {
    let ei = names.iter().position(|x| std::ptr::eq(x, e))?;
    let mi = e.mentions.iter().position(|m| m.range.end == end)?;
    persons
        .of_mention(ei, mi)
        .and_then(|p| persons.given_text(source, p))
}

/// The hover text (Markdown) for a quotation of `source`: its speaker as the attribution writes
/// it (as the review sheet's quotations do; the People table gives each person's fullest name),
/// and the attributing words.
pub fn quote_text(q: &Quote, source: &str, lang: Lang) -> String {
    // Speech, partial quotes and quoted text have a speaker or source; a name or title has none.
    if q.form == quotes::QuoteForm::Name {
        return match lang {
            Lang::En => "Quotation marks around a name or title, not speech".into(),
            Lang::Ar => "علامتا تنصيص حول اسم أو عنوان، لا كلام منقول".into(),
        };
    }
    match &q.attribution {
        Some(a) => {
            let cue = source.get(a.cue.clone()).unwrap_or("").trim();
            let who = a.speaker.as_ref().map(|(_, name)| name.to_string());
            match (who, lang) {
                (Some(name), Lang::En) => {
                    format!("Quotation by **{name}**\n\nAttributed by: «{cue}»")
                }
                (Some(name), Lang::Ar) => {
                    format!("اقتباس على لسان **{name}**\n\nعبارة الإسناد: «{cue}»")
                }
                (None, Lang::En) => {
                    format!("Quotation introduced by «{cue}»; speaker unclear")
                }
                (None, Lang::Ar) => format!("اقتباس تسبقه «{cue}»، والقائل غير واضح"),
            }
        }
        None => match lang {
            Lang::En => "No speaker found for this quotation".into(),
            Lang::Ar => "لم يُعثر على قائل لهذا الاقتباس".into(),
        },
    }
}

/// The hover at byte `at` of the snapshot: the name there, the quotation around it, or both
/// (name first); `None` when neither. `markdown` selects the content format; `profile` (the
/// draft's house style) picks the name's heading spelling.
pub fn hover(
    snapshot: &Snapshot,
    profile: &Profile,
    at: usize,
    enc: Encoding,
    lang: Lang,
    markdown: bool,
) -> Option<Hover> {
    let a = &snapshot.analysis;
    let text = std::cell::OnceCell::new();
    let source = || text.get_or_init(|| snapshot.rope.to_string());
    let name = entity_at(&a.names, at).or_else(|| given_name_at(&a.names, source(), at));
    let quote = quotes::quote_at(&a.quotes, at);
    let people = std::cell::OnceCell::new();
    let persons = || people.get_or_init(|| People::of(source(), &a.names));
    let mut parts = Vec::new();
    let mut range: Option<Range<usize>> = None;
    if let Some((e, r)) = &name {
        let person = person_at(&a.names, persons(), source(), e, r.end);
        let conventions = across::Conventions::of(source());
        parts.push(name_text(e, person.as_deref(), profile, conventions, lang));
        range = Some(r.clone());
    }
    if let Some(q) = quote {
        parts.push(quote_text(q, source(), lang));
        range.get_or_insert(q.range.clone());
    }
    let range = range?;
    let mut value = parts.join("\n\n---\n\n");
    if !markdown {
        value = value.replace("**", "");
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: if markdown {
                MarkupKind::Markdown
            } else {
                MarkupKind::PlainText
            },
            value,
        }),
        range: Some(position::to_lsp_range(&snapshot.rope, &range, enc)),
    })
}

/// Whether quotation `q` gets an inlay hint: speech always (`?` when nobody is credited), and a
/// partial quote or quoted text when it is attributed, as the review sheet lists them with their
/// speaker or source (an unattributed one is never flagged, so a `?` on it would be noise).
fn hinted(q: &Quote) -> bool {
    q.speech
        || (matches!(q.form, quotes::QuoteForm::Partial | quotes::QuoteForm::Text)
            && q.attribution.is_some())
}

/// Inlay hints after the closing mark of every speech quotation, and of every attributed partial
/// quote or quoted text (`hinted`) (the last paragraph of a multi-paragraph one), naming its
/// speaker: `— speaker` (English) or `← speaker` (Arabic), and
/// `— speaker unclear` / `← القائل غير واضح` when the quotation is attributed but the clause does
/// not tell who spoke, and `— ?` / `← ؟` when it is unattributed. Only quotations whose last byte
/// lies in the half-open byte range `visible`.
pub fn inlay_hints(
    snapshot: &Snapshot,
    visible: Range<usize>,
    enc: Encoding,
    lang: Lang,
) -> Vec<InlayHint> {
    let (arrow, unknown, unclear) = match lang {
        Lang::En => ("—", "?", "speaker unclear"),
        Lang::Ar => ("←", "؟", "القائل غير واضح"),
    };
    let source = snapshot.rope.to_string();
    let text_of = |r: &Range<usize>| source.get(r.clone()).unwrap_or("").to_string();
    snapshot
        .analysis
        .quotes
        .iter()
        .filter(|q| hinted(q) && !q.continues && visible.contains(&q.range.end.saturating_sub(1)))
        .map(|q| {
            let cue = q.attribution.as_ref().map(|a| text_of(&a.cue));
            let who = q
                .attribution
                .as_ref()
                .and_then(|a| a.speaker.as_ref())
                .map(|(_, name)| name.to_string());
            let (who, tooltip) = match (who, cue) {
                (Some(name), Some(cue)) => (
                    name.clone(),
                    match lang {
                        Lang::En => format!("Speaker: {name} (attributed by «{cue}»)"),
                        Lang::Ar => format!("القائل: {name} (بحسب «{cue}»)"),
                    },
                ),
                (_, Some(cue)) => (
                    unclear.to_string(),
                    match lang {
                        Lang::En => {
                            format!("Introduced by «{cue}», but the speaker is unclear")
                        }
                        Lang::Ar => format!("يسبقه «{cue}» لكن القائل غير واضح"),
                    },
                ),
                (_, None) => (
                    unknown.to_string(),
                    match lang {
                        Lang::En => "No speaker found for this quotation".to_string(),
                        Lang::Ar => "لم يُعثر على قائل لهذا الاقتباس".to_string(),
                    },
                ),
            };
            InlayHint {
                position: position::to_position(&snapshot.rope, q.range.end, enc),
                label: InlayHintLabel::String(format!("{arrow} {who}")),
                kind: Some(InlayHintKind::PARAMETER),
                text_edits: None,
                tooltip: Some(InlayHintTooltip::String(tooltip)),
                padding_left: Some(true),
                padding_right: None,
                data: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyze_text;
    use crate::text::Format;
    use ropey::Rope;
    use tower_lsp_server::ls_types::HoverContents;

    fn snap(src: &str) -> Snapshot {
        Snapshot {
            version: 1,
            rope: Rope::from_str(src),
            analysis: analyze_text(src, Format::Plain, &Profile::embedded()),
            elsewhere: Vec::new(),
            internal_error: false,
            not_a_draft: false,
        }
    }

    fn text(h: Hover) -> String {
        match h.contents {
            HoverContents::Markup(m) => m.value,
            _ => panic!(),
        }
    }

    #[test]
    fn hover_on_name_lists_spellings() {
        let src = "أكد اللواء علي مملوك أن التعاون مستمر.\nوأجرى اللواء مملوك مباحثات في طهران.\nوقال والمملوك إن الأمن مستقر.\n";
        let s = snap(src);
        let at = src.rfind("المملوك").unwrap() + 2;
        let h = hover(
            &s,
            &Profile::embedded(),
            at,
            Encoding::Utf16,
            Lang::En,
            true,
        )
        .unwrap();
        assert_eq!(h.range.unwrap().start.line, 2);
        assert_eq!(
            text(h),
            "**علي مملوك** (person, 3 mentions)\n\nSpellings in this document:\n- مملوك ×2\n- المملوك ×1"
        );
        let h = hover(
            &s,
            &Profile::embedded(),
            at,
            Encoding::Utf16,
            Lang::Ar,
            false,
        )
        .unwrap();
        assert!(text(h).starts_with("علي مملوك (شخص، ذُكر 3 مرات)"));
        assert!(hover(&s, &Profile::embedded(), 0, Encoding::Utf16, Lang::En, true).is_none());
    }

    #[test]
    fn the_heading_is_the_spelling_the_story_should_use_not_the_last_one() {
        // One mention each: the tie goes to the first written, and a Persian yeh never heads.
        let src = "قال سامر فياض إن الطريق مقطوع.\n\nوأضاف فیاض أن الإصلاح يبدأ غداً.\n";
        let s = snap(src);
        let at = src.find("فیاض").unwrap() + 2;
        let t = text(
            hover(
                &s,
                &Profile::embedded(),
                at,
                Encoding::Utf16,
                Lang::En,
                true,
            )
            .unwrap(),
        );
        assert!(t.starts_with("**سامر فياض** (person, 2 mentions)"), "{t}");
        assert!(t.ends_with("- فياض ×1\n- فیاض ×1"), "{t}");
    }

    #[test]
    fn the_heading_is_the_person_of_the_mention_and_a_shared_family_name_stays_bare() {
        let src = "فاز العداء ياسر القاسمي بالمركز الأول، وحل زميله مهند القاسمي ثانيا.\nوهنأ المدرب القاسمي على الفوز.\n";
        let s = snap(src);
        let heading = |at: usize| {
            let t =
                text(hover(&s, &Profile::embedded(), at, Encoding::Utf8, Lang::En, true).unwrap());
            t.split("** (")
                .next()
                .unwrap_or("")
                .trim_start_matches("**")
                .to_string()
        };
        assert_eq!(heading(src.find("القاسمي").unwrap() + 2), "ياسر القاسمي");
        assert_eq!(heading(src.find("مهند").unwrap() + 2), "مهند القاسمي");
        // The family name alone could be either of them.
        assert_eq!(heading(src.rfind("القاسمي").unwrap() + 2), "القاسمي");
    }

    #[test]
    fn inlay_hints_and_hover_name_the_speaker_as_the_attribution_writes_it() {
        let src =
            "أعلن المدرب ياسر القاسمي تشكيلة الفريق.\nوقال ياسر: «اللاعبون جاهزون للمباراة».\n";
        let s = snap(src);
        let hints = inlay_hints(&s, 0..src.len(), Encoding::Utf16, Lang::En);
        let labels: Vec<String> = hints
            .iter()
            .map(|h| match &h.label {
                InlayHintLabel::String(l) => l.clone(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(labels, ["— ياسر"]);
        let at = src.find("اللاعبون").unwrap();
        let t = text(hover(&s, &Profile::embedded(), at, Encoding::Utf8, Lang::En, true).unwrap());
        assert!(t.starts_with("Quotation by **ياسر**"), "{t}");
    }

    #[test]
    fn hover_on_a_given_name_shows_the_person() {
        let src =
            "قال وزير المالية محمد الجدعان إن العجز تراجع.\nوأضاف الجدعان أن الإنفاق سيرتفع.\n";
        let s = snap(src);
        let at = src.find("محمد").unwrap() + 2;
        let h = hover(&s, &Profile::embedded(), at, Encoding::Utf8, Lang::En, true).unwrap();
        assert!(
            text(h.clone()).starts_with("**محمد الجدعان** (person, 2 mentions)"),
            "{}",
            text(h)
        );
        // The range runs from the given name to the end of the family name.
        let r = h.range.unwrap();
        assert_eq!(r.start.character as usize, src.find("محمد").unwrap());
        assert_eq!(r.end.character as usize, src.find(" إن").unwrap());
        // A word that is no given name of the person after it shows nothing.
        let at = src.find("المالية").unwrap() + 2;
        assert!(hover(&s, &Profile::embedded(), at, Encoding::Utf8, Lang::En, true).is_none());
    }

    #[test]
    fn partial_quotes_with_a_speaker_get_a_hint_unattributed_ones_do_not() {
        let src = "ووصف الوزير خالد الأحمد الوضع بـ«الكارثي» أمس.\nوانتشرت عبارة «الصبر مفتاح الفرج» بين الناس.\n";
        let s = snap(src);
        let q = &s.analysis.quotes;
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].form, quotes::QuoteForm::Partial);
        let labels: Vec<String> = inlay_hints(&s, 0..src.len(), Encoding::Utf16, Lang::En)
            .into_iter()
            .map(|h| match h.label {
                InlayHintLabel::String(s) => s,
                _ => panic!(),
            })
            .collect();
        assert_eq!(labels, ["— الوزير خالد الأحمد"]);
    }

    #[test]
    fn hover_on_quotes_names_speaker_or_its_absence() {
        let src = "وأكد الوزير خالد الأحمد أن «الوضع تحت السيطرة تماماً الآن».\nوأضاف وزير الطاقة سامر الخطيب أن الشبكة ستعود للعمل.\n«سنعيد التيار الكهربائي إلى كل الأحياء خلال يومين»\n";
        let s = snap(src);
        let first = src.find("الوضع").unwrap();
        let t = text(
            hover(
                &s,
                &Profile::embedded(),
                first,
                Encoding::Utf8,
                Lang::En,
                true,
            )
            .unwrap(),
        );
        assert_eq!(
            t,
            "Quotation by **الوزير خالد الأحمد**\n\nAttributed by: «وأكد»"
        );
        let second = src.find("سنعيد").unwrap();
        let t = text(
            hover(
                &s,
                &Profile::embedded(),
                second,
                Encoding::Utf8,
                Lang::Ar,
                true,
            )
            .unwrap(),
        );
        assert_eq!(t, "لم يُعثر على قائل لهذا الاقتباس");
        let hints = inlay_hints(&s, 0..src.len(), Encoding::Utf16, Lang::En);
        let labels: Vec<String> = hints
            .iter()
            .map(|h| match &h.label {
                InlayHintLabel::String(s) => s.clone(),
                _ => panic!(),
            })
            .collect();
        assert_eq!(labels, ["— الوزير خالد الأحمد", "— ?"]);
        let tip = match &hints[1].tooltip {
            Some(InlayHintTooltip::String(t)) => t.clone(),
            _ => panic!(),
        };
        assert_eq!(tip, "No speaker found for this quotation");
        let ar: Vec<String> = inlay_hints(&s, 0..src.len(), Encoding::Utf16, Lang::Ar)
            .into_iter()
            .map(|h| match h.label {
                InlayHintLabel::String(s) => s,
                _ => panic!(),
            })
            .collect();
        assert_eq!(ar, ["← الوزير خالد الأحمد", "← ؟"]);
    }
}
