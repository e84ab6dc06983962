//! The review sheet as Markdown (the default of `isnad report`): one section per story, tables for
//! quotations, speakers and names, and a closing section for names across stories.

use super::{
    LabelForm, QuoteRow, Report, Story, credit_label, kind_label, label, severity_label,
    spellings_text,
};
use crate::analysis::Lang;
use std::fmt::Write;

/// Escapes text for a Markdown table cell: `|` and backslashes escaped, line breaks as spaces.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

/// Under the title, once, a note that the sheet was made with the default profile, then one item per
/// error of the `isnad.toml` files that could not be used, in the report's language; nothing when
/// every configuration was read.
fn config_notes(out: &mut String, r: &Report) {
    if r.config_errors.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "**{}**\n",
        label(
            r.lang,
            "Reviewed with the default profile, not the newsroom's: an isnad.toml could not be used.",
            "رُوجعت بالإعدادات الافتراضية لا بإعدادات غرفة الأخبار: تعذّر استعمال ملف isnad.toml."
        )
    );
    for e in &r.config_errors {
        let _ = writeln!(out, "- {}", e.replace(['\n', '\r'], " "));
    }
    out.push('\n');
}

/// Renders the report as Markdown.
pub fn render(r: &Report) -> String {
    let lang = r.lang;
    let l = |en, ar| label(lang, en, ar);
    let mut out = String::new();
    // The marker first: a later `isnad check` of the folder the sheet is saved in skips it.
    let _ = writeln!(out, "{}", crate::drafts::SHEET_MARKER);
    let _ = writeln!(out, "# {}\n", l("Fact-check review", "ورقة التدقيق"));
    config_notes(&mut out, r);
    let _ = writeln!(out, "{}\n", super::summary_line(r));
    for s in &r.stories {
        story(&mut out, s, lang);
    }
    if r.stories.len() > 1 {
        let _ = writeln!(
            out,
            "## {}\n",
            l("Names across stories", "الأسماء عبر القصص")
        );
        if r.across.is_empty() {
            let _ = writeln!(
                out,
                "{}\n",
                l(
                    "No name is spelled differently from one story to another.",
                    "لا اسم مكتوب بصيغة مختلفة من قصة إلى أخرى."
                )
            );
        } else {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |\n|---|---|---|---|",
                l("Name", "الاسم"),
                l("Kind", "النوع"),
                l("Story", "القصة"),
                l("Spellings", "الصيغ")
            );
            for g in &r.across {
                for (k, st) in g.stories.iter().enumerate() {
                    let name = if k == 0 {
                        cell(&g.preferred)
                    } else {
                        String::new()
                    };
                    let kind = if k == 0 { kind_label(g.kind, lang) } else { "" };
                    let flag = if st.flagged {
                        format!(" — **{}**", l("flagged", "مُنبَّه عليها"))
                    } else {
                        String::new()
                    };
                    let _ = writeln!(
                        out,
                        "| {name} | {kind} | {}:{} | {}{flag} |",
                        cell(&st.path),
                        st.line,
                        cell(&spellings_text(&st.spellings, lang, |t| format!("**{t}**")))
                    );
                }
            }
            out.push('\n');
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn story(out: &mut String, s: &Story, lang: Lang) {
    let l = |en, ar| label(lang, en, ar);
    let _ = writeln!(out, "## {}\n", s.path);
    if let Some(e) = &s.error {
        let _ = writeln!(out, "**{}**: {e}\n", l("Could not be read", "تعذّرت قراءته"));
        return;
    }
    credits_section(out, s, lang);
    quotations_section(out, s, lang);
    speakers_section(out, s, lang);
    names_section(out, s, lang);
    agencies_section(out, s, lang);
    anonymous_section(out, s, lang);
    findings_section(out, s, lang);
}

/// Writes the Credits section of story `s` to `out` in `lang`: the credits (datelines, credit lines, bylines, outlet tags), or a line saying there are none.
fn credits_section(out: &mut String, s: &Story, lang: Lang) {
    let l = |en, ar| label(lang, en, ar);
    let _ = writeln!(out, "### {}\n", l("Credits", "المصادر والتوقيع"));
    if s.too_short_for_credit {
        let _ = writeln!(
            out,
            "{}\n",
            l(
                "No credit, and none needed: too little text to be a story.",
                "لا مصدر، ولا حاجة إليه: النص أقصر من أن يكون قصة."
            )
        );
    } else if s.credits.is_empty() {
        let _ = writeln!(
            out,
            "**{}**\n",
            l(
                "No story credit: no dateline, credit line, byline or outlet tag.",
                "لا مصدر للقصة: لا سطر مكان ومصدر ولا سطر مصدر ولا توقيع ولا وسم وسيلة."
            )
        );
    } else {
        for c in &s.credits {
            let _ = writeln!(
                out,
                "- {} ({} {}): `{}`",
                credit_label(c.kind, lang),
                l("line", "السطر"),
                c.span.line,
                c.span.text.replace('`', "'")
            );
        }
        out.push('\n');
    }
}

/// The line above the Speakers table, in English and Arabic: why a speaker named two ways in the
/// Quotations table (with a title, by the family name) is one row there, and why a repeated
/// quotation is not counted twice. Shared with the HTML page.
pub(super) const SPEAKERS_NOTE: (&str, &str) = (
    "One row per speaker: a person named in several ways in the quotations (with a title, by the family name) is counted once, under the person's name; a quotation set again (a pull quote, a headline repeating the body) is counted once.",
    "سطر لكل قائل: من سُمّي بصيغ مختلفة في الاقتباسات (بلقبه أو باسم عائلته) يُعدّ مرة واحدة باسمه؛ والاقتباس المكرر (اقتباس بارز أو عنوان يكرر المتن) يُعدّ مرة واحدة.",
);

/// What each of the Quotations table's three speaker labels means, in English and Arabic, in
/// the order the table can show them: (unattributed, no speaker named, speaker unclear).
/// Shared with the HTML page.
const LABEL_NOTES: [(&str, &str); 3] = [
    (
        "unattributed: speech that no reporting words introduce, before, after or inside it (the check flags it as unattributed-quote; a speaker it names from earlier in the story is only a suggestion).",
        "غير منسوب: كلام منقول لا تقدّمه عبارة إسناد قبله ولا بعده ولا في أثنائه (يشير إليه الفحص بقاعدة unattributed-quote؛ وما يذكره من قائل سابق في القصة مجرد اقتراح).",
    ),
    (
        "no speaker named: a fragment or a quoted text (a partial quote, lyrics, an excerpt) whose source the text does not give; not a fault in itself.",
        "لم يُذكر قائله: مقطع أو نص مقتبس (اقتباس جزئي، كلمات أغنية، مقتطف) لا يذكر النص مصدره؛ وليس خطأً في ذاته.",
    ),
    (
        "speaker unclear: the quotation is attributed (the words in the last column introduce it), but isnad cannot tell to whom; check it by hand.",
        "القائل غير واضح: الاقتباس منسوب (تقدّمه كلمات الإسناد في العمود الأخير)، لكن «إسناد» لم يتبيّن قائله؛ راجعه يدوياً.",
    ),
];

/// The explanations (English, Arabic) of the speaker labels that `quotes` shows, in the order of
/// [`LABEL_NOTES`]; empty when every quotation has a named speaker.
pub(super) fn label_notes(quotes: &[QuoteRow]) -> Vec<(&'static str, &'static str)> {
    let used = [
        quotes.iter().any(|q| !q.attributed && q.kind == "speech"),
        quotes.iter().any(|q| !q.attributed && q.kind != "speech"),
        quotes.iter().any(|q| q.attributed && q.speaker.is_none()),
    ];
    LABEL_NOTES
        .iter()
        .zip(used)
        .filter(|(_, u)| *u)
        .map(|(n, _)| *n)
        .collect()
}

/// Writes the Quotations section of story `s` to `out` in `lang`: the quotations with speaker and attributing words, then the quoted names that are not speech.
fn quotations_section(out: &mut String, s: &Story, lang: Lang) {
    let l = |en, ar| label(lang, en, ar);
    let _ = writeln!(out, "### {}\n", l("Quotations", "الاقتباسات"));
    if s.quotes.is_empty() {
        let _ = writeln!(out, "{}\n", l("No quotations.", "لا اقتباسات."));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---|---|---|",
            l("Line", "السطر"),
            l("Quotation", "الاقتباس"),
            l("Speaker as named", "القائل كما سُمّي"),
            l("Attributing words", "كلمات الإسناد")
        );
        for q in &s.quotes {
            let (speaker, cue) = if !q.attributed && q.kind == "speech" {
                (
                    format!("**{}**", l("unattributed", "غير منسوب")),
                    String::new(),
                )
            } else if !q.attributed {
                // A partial quote or quoted text with no speaker: `unattributed-quote` flags speech
                // only, so the sheet does not call it unattributed where the check is quiet.
                (
                    l("no speaker named", "لم يُذكر قائله").to_string(),
                    String::new(),
                )
            } else {
                (
                    q.speaker.as_deref().map_or_else(
                        || l("speaker unclear", "القائل غير واضح").to_string(),
                        |sp| {
                            if q.anonymous {
                                format!("{} ({})", cell(sp), l("anonymous source", "مصدر مجهول"))
                            } else {
                                cell(sp)
                            }
                        },
                    ),
                    match q.cue.as_deref() {
                        Some(c) if !c.is_empty() && q.carried => {
                            format!("{} {}", cell(c), l("(continued)", "(متابعة)"))
                        }
                        Some(c) if !c.is_empty() => cell(c),
                        _ => l("(continued)", "(متابعة)").to_string(),
                    },
                )
            };
            let _ = writeln!(
                out,
                "| {} | {} | {speaker} | {cue} |",
                q.span.line,
                cell(&super::first_words(&q.span.text, super::QUOTE_WORDS))
            );
        }
        out.push('\n');
        for (en, ar) in label_notes(&s.quotes) {
            let _ = writeln!(out, "- {}", l(en, ar));
        }
        if !label_notes(&s.quotes).is_empty() {
            out.push('\n');
        }
    }
    if !s.quoted_names.is_empty() {
        let list: Vec<String> = s
            .quoted_names
            .iter()
            .map(|q| format!("{} ({} {})", q.text, l("line", "السطر"), q.line))
            .collect();
        let _ = writeln!(
            out,
            "{}: {}\n",
            l(
                "In quotation marks but not speech",
                "بين علامات التنصيص وليست كلاماً منقولاً"
            ),
            list.join("، ")
        );
    }
}

/// Writes the Speakers section of story `s` to `out` in `lang`: the speakers with their number of
/// quotations, one row per person, then the quotations the table does not count ([`left_out`]);
/// nothing when there are neither. The Quotations table names each
/// speaker as the story does (الوزير فياض); this table counts the person once, under the name
/// the report model chose (فياض), and says so above the table.
fn speakers_section(out: &mut String, s: &Story, lang: Lang) {
    let l = |en, ar| label(lang, en, ar);
    let rest = left_out(&s.quotes, lang);
    if !s.speakers.is_empty() || rest.is_some() {
        let _ = writeln!(out, "### {}\n", l("Speakers", "القائلون"));
    }
    if !s.speakers.is_empty() {
        // The note explains the table's rows: only above a table.
        let _ = writeln!(out, "{}\n", l(SPEAKERS_NOTE.0, SPEAKERS_NOTE.1));
        let _ = writeln!(
            out,
            "| {} | {} |\n|---|---|",
            l("Speaker", "القائل"),
            l("Quotations", "الاقتباسات")
        );
        for sp in &s.speakers {
            let _ = writeln!(out, "| {} | {} |", cell(&sp.name), sp.quotes);
        }
        out.push('\n');
    }
    if let Some(rest) = rest {
        let _ = writeln!(out, "{rest}\n");
    }
}

/// The quotations of `quotes` that the Speakers table does not count, in `lang`, as one sentence
/// under it: how many, and on which lines, have their speaker unclear, no speaker named (a
/// fragment or quoted text) or no attribution (speech), with the Quotations table's labels; `None`
/// when every quotation has a named speaker. The table alone would let an editor who works down
/// it as the list of people to check miss the quotations whose speaker isnad could not name,
/// the ones that most need a look. Shared with the HTML page.
pub(super) fn left_out(quotes: &[QuoteRow], lang: Lang) -> Option<String> {
    let l = |en, ar| label(lang, en, ar);
    let kinds: [(&str, fn(&QuoteRow) -> bool); 3] = [
        (l("speaker unclear", "القائل غير واضح"), |q| {
            q.attributed && q.speaker.is_none()
        }),
        (l("no speaker named", "لم يُذكر قائله"), |q| {
            !q.attributed && q.kind != "speech"
        }),
        (l("unattributed", "غير منسوب"), |q| {
            !q.attributed && q.kind == "speech"
        }),
    ];
    let parts: Vec<String> = kinds
        .iter()
        .filter_map(|(name, is)| {
            let mut lines: Vec<usize> = quotes
                .iter()
                .filter(|q| is(q))
                .map(|q| q.span.line)
                .collect();
            let n = lines.len();
            lines.dedup();
            let which = if lines.len() == 1 {
                l("line", "السطر")
            } else {
                l("lines", "الأسطر")
            };
            let list: Vec<String> = lines.iter().map(usize::to_string).collect();
            (n > 0).then(|| format!("{name}: {n} ({which} {})", list.join(l(", ", "، "))))
        })
        .collect();
    (!parts.is_empty()).then(|| {
        format!(
            "{} {}.",
            l("Not in this table:", "ليست في هذا الجدول:"),
            parts.join(l("; ", "؛ "))
        )
    })
}

/// Writes the Names section of story `s` to `out` in `lang`: the people, places and organisations with their spellings.
fn names_section(out: &mut String, s: &Story, lang: Lang) {
    let l = |en, ar| label(lang, en, ar);
    let _ = writeln!(
        out,
        "### {}\n",
        l("People, places and organisations", "الأشخاص والأماكن والجهات")
    );
    if s.names.is_empty() {
        let _ = writeln!(out, "{}\n", l("No names found.", "لم يُعثر على أسماء."));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---|---|---|",
            l("Name", "الاسم"),
            l("Kind", "النوع"),
            l("Spellings", "الصيغ"),
            l("First line", "أول سطر")
        );
        for n in &s.names {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                cell(n.full_name.as_deref().unwrap_or(&n.preferred)),
                kind_label(n.kind, lang),
                cell(&spellings_text(&n.spellings, lang, |t| format!("**{t}**"))),
                n.line
            );
        }
        out.push('\n');
    }
}

/// Writes the Agencies section of story `s` to `out` in `lang`: the agencies and outlets cited, with their lines.
fn agencies_section(out: &mut String, s: &Story, lang: Lang) {
    let l = |en, ar| label(lang, en, ar);
    let _ = writeln!(
        out,
        "### {}\n",
        l("Agencies and outlets cited", "الوكالات والوسائل المذكورة")
    );
    if s.agencies.is_empty() {
        let _ = writeln!(out, "{}\n", l("None.", "لا شيء."));
    } else {
        for a in &s.agencies {
            let lines: Vec<String> = a.lines.iter().map(|n| n.to_string()).collect();
            let written = a
                .written_note(lang)
                .map_or(String::new(), |w| format!("; {w}"));
            let _ = writeln!(
                out,
                "- {} ×{} ({} {}{written})",
                a.name,
                a.count,
                if a.lines.len() == 1 {
                    l("line", "السطر")
                } else {
                    l("lines", "الأسطر")
                },
                lines.join("، ")
            );
        }
        out.push('\n');
    }
}

/// Writes the Anonymous sources section of story `s` to `out` in `lang`: the anonymous sources, with their lines.
fn anonymous_section(out: &mut String, s: &Story, lang: Lang) {
    let l = |en, ar| label(lang, en, ar);
    let _ = writeln!(out, "### {}\n", l("Anonymous sources", "المصادر المجهّلة"));
    if s.anonymous.is_empty() {
        let _ = writeln!(out, "{}\n", l("None.", "لا شيء."));
    } else {
        for a in &s.anonymous {
            let _ = writeln!(out, "- {} {}: {}", l("line", "السطر"), a.line, a.text);
        }
        out.push('\n');
    }
}

/// Writes the Findings section of story `s` to `out` in `lang`: the findings grouped by rule.
fn findings_section(out: &mut String, s: &Story, lang: Lang) {
    let l = |en, ar| label(lang, en, ar);
    let _ = writeln!(
        out,
        "### {}\n",
        l("Findings by rule", "الملاحظات حسب القاعدة")
    );
    if s.findings.is_empty() {
        let _ = writeln!(out, "{}\n", l("No findings.", "لا ملاحظات."));
    } else {
        for g in &s.findings {
            let _ = writeln!(out, "#### `{}` ({})\n", g.rule, g.findings.len());
            for f in &g.findings {
                let _ = writeln!(
                    out,
                    "- {} {}:{} ({}): {}",
                    l("line", "السطر"),
                    f.span.line,
                    f.column,
                    severity_label(f.severity, lang, LabelForm::Word),
                    f.message.replace('\n', " ")
                );
            }
            out.push('\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Span;

    fn row(line: usize, kind: &'static str, attributed: bool, speaker: Option<&str>) -> QuoteRow {
        QuoteRow {
            span: Span {
                text: "«نص»".into(),
                line,
                start: 0,
                end: 0,
            },
            kind,
            attributed,
            speaker: speaker.map(str::to_string),
            anonymous: false,
            cue: None,
            via: None,
            carried: false,
        }
    }

    #[test]
    fn the_quotations_the_speakers_table_leaves_out_are_counted_under_it() {
        let quotes = vec![
            row(2, "speech", true, Some("الوزير")),
            row(3, "speech", true, None),
            row(3, "partial", true, None),
            row(5, "speech", true, None),
            row(7, "partial", false, None),
            row(9, "speech", false, None),
        ];
        assert_eq!(
            left_out(&quotes, Lang::En).as_deref(),
            Some(
                "Not in this table: speaker unclear: 3 (lines 3, 5); no speaker named: 1 (line 7); unattributed: 1 (line 9)."
            )
        );
        assert_eq!(
            left_out(&quotes[..2], Lang::Ar).as_deref(),
            Some("ليست في هذا الجدول: القائل غير واضح: 1 (السطر 3).")
        );
        assert_eq!(left_out(&quotes[..1], Lang::En), None);
    }
}
