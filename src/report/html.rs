//! The review sheet as one self-contained HTML page: `dir="rtl"`, `lang="ar"` (in English
//! `dir="ltr"`, `lang="en"`, with `dir="auto"` table cells so Arabic content reads right-to-left),
//! inline CSS, no scripts and no external assets, and a print style sheet (tables kept whole where
//! they fit, stories starting on a new page, no background colours needed to read it).

use super::{LabelForm, Report, Spelling, Story, credit_label, kind_label, label, severity_label};
use crate::analysis::{Lang, Severity};
use std::fmt::Write;

/// Escapes text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Arial", sans-serif;
  font-size: 16px; line-height: 1.7; color: #1a1a1a; background: #fff; margin: 0 auto;
  max-width: 1100px; padding: 1.5rem 2rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; border-bottom: 3px solid #1f4e79; padding-bottom: .3rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding: .3rem .6rem; background: #eef3f8;
  border-inline-start: 5px solid #1f4e79; }
h3 { font-size: 1.1rem; margin: 1.3rem 0 .4rem; color: #1f4e79; }
h4 { font-size: 1rem; margin: .8rem 0 .3rem; }
p.summary { color: #444; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; }
th, td { border: 1px solid #c8d0d8; padding: .3rem .55rem; text-align: start; vertical-align: top; }
th { background: #f3f5f7; font-weight: 600; white-space: nowrap; }
td.num { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; width: 4.5em; }
ul { margin: .2rem 0 .6rem; padding-inline-start: 1.4rem; }
.path, code, .rule { direction: ltr; unicode-bidi: isolate; font-family: "DejaVu Sans Mono", monospace;
  font-size: .9em; }
.missing, .unattributed { color: #a4161a; font-weight: 700; }
.variant { color: #a4161a; font-weight: 700; }
.flag { color: #a4161a; }
.error { color: #a4161a; } .warning { color: #8a5a00; } .information, .hint { color: #2b5f8a; }
.muted { color: #666; }
.en { direction: ltr; unicode-bidi: isolate; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-before: page; background: none; border-inline-start: 4pt solid #000; }
  h2:first-of-type { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
  a { color: inherit; text-decoration: none; }
}
"#;

struct Html {
    out: String,
    lang: Lang,
}

impl Html {
    /// The direction attribute of blocks of running text: left-to-right when the labels are English.
    fn dir(&self) -> &'static str {
        match self.lang {
            Lang::En => " dir=\"ltr\" lang=\"en\"",
            Lang::Ar => "",
        }
    }

    /// An opening list tag (left-to-right lists of English sentences when the labels are English).
    fn ul(&self) -> String {
        format!("<ul{}>", self.dir())
    }

    fn l(&self, en: &'static str, ar: &'static str) -> &'static str {
        label(self.lang, en, ar)
    }

    /// A heading or label text: marked as English (left-to-right) when the labels are English.
    fn text(&self, en: &'static str, ar: &'static str) -> String {
        match self.lang {
            Lang::En => format!("<span class=\"en\" lang=\"en\">{}</span>", escape(en)),
            Lang::Ar => escape(ar),
        }
    }

    fn spellings(&self, list: &[Spelling]) -> String {
        list.iter()
            .map(|s| {
                let t = format!("{} ×{}", escape(&s.text), s.count);
                if s.variant {
                    format!(
                        "<span class=\"variant\">{t}</span> <span class=\"muted\">({})</span>",
                        self.text("variant", "صيغة مختلفة")
                    )
                } else {
                    t
                }
            })
            .collect::<Vec<_>>()
            .join("، ")
    }

    fn table_head(&mut self, cols: &[(&'static str, &'static str)]) {
        let _ = write!(self.out, "<table><thead><tr>");
        for (en, ar) in cols {
            let t = self.text(en, ar);
            let _ = write!(self.out, "<th>{t}</th>");
        }
        let _ = writeln!(self.out, "</tr></thead><tbody>");
    }

    fn story(&mut self, s: &Story) {
        let _ = writeln!(
            self.out,
            "<section><h2><bdi class=\"path\">{}</bdi></h2>",
            escape(&s.path)
        );
        if let Some(e) = &s.error {
            let t = self.text("Could not be read", "تعذّرت قراءته");
            let _ = writeln!(
                self.out,
                "<p class=\"missing\">{t}: <span class=\"en\">{}</span></p></section>",
                escape(e)
            );
            return;
        }
        self.credits_section(s);
        self.quotations_section(s);
        self.speakers_section(s);
        self.names_section(s);
        self.agencies_section(s);
        self.anonymous_section(s);
        self.findings_section(s);
    }

    /// Writes the Credits section of story `s`: the credits (datelines, credit lines, bylines, outlet tags), or a line saying there are none.
    fn credits_section(&mut self, s: &Story) {
        let h = self.text("Credits", "المصادر والتوقيع");
        let _ = writeln!(self.out, "<h3>{h}</h3>");
        if s.too_short_for_credit {
            let t = self.text(
                "No credit, and none needed: too little text to be a story.",
                "لا مصدر، ولا حاجة إليه: النص أقصر من أن يكون قصة.",
            );
            let _ = writeln!(self.out, "<p>{t}</p>");
        } else if s.credits.is_empty() {
            let t = self.text(
                "No story credit: no dateline, credit line, byline or outlet tag.",
                "لا مصدر للقصة: لا سطر مكان ومصدر ولا سطر مصدر ولا توقيع ولا وسم وسيلة.",
            );
            let _ = writeln!(self.out, "<p class=\"missing\">{t}</p>");
        } else {
            let _ = writeln!(self.out, "{}", self.ul());
            for c in &s.credits {
                let kind = escape(credit_label(c.kind, self.lang));
                let line = self.l("line", "السطر");
                let _ = writeln!(
                    self.out,
                    "<li>{kind} <span class=\"muted\">({line} {})</span>: <bdi>{}</bdi></li>",
                    c.span.line,
                    escape(&c.span.text)
                );
            }
            let _ = writeln!(self.out, "</ul>");
        }
    }

    /// Writes the Quotations section of story `s`: the quotations with speaker and attributing words, then the quoted names that are not speech.
    ///
    /// Long: one table row per quotation, its speaker cell in four states (unattributed speech, no
    /// speaker named, speaker unclear, named or anonymous) written where the row is.
    fn quotations_section(&mut self, s: &Story) {
        let h = self.text("Quotations", "الاقتباسات");
        let _ = writeln!(self.out, "<h3>{h}</h3>");
        if s.quotes.is_empty() {
            let t = self.text("No quotations.", "لا اقتباسات.");
            let _ = writeln!(self.out, "<p class=\"muted\">{t}</p>");
        } else {
            self.table_head(&[
                ("Line", "السطر"),
                ("Quotation", "الاقتباس"),
                ("Speaker as named", "القائل كما سُمّي"),
                ("Attributing words", "كلمات الإسناد"),
            ]);
            for q in &s.quotes {
                let (speaker, cue) = if !q.attributed && q.kind == "speech" {
                    (
                        format!(
                            "<span class=\"unattributed\">{}</span>",
                            self.text("unattributed", "غير منسوب")
                        ),
                        String::new(),
                    )
                } else if !q.attributed {
                    // A partial quote or quoted text with no speaker: `unattributed-quote` flags speech
                    // only, so the sheet does not call it unattributed where the check is quiet.
                    (
                        format!(
                            "<span class=\"muted\">{}</span>",
                            self.text("no speaker named", "لم يُذكر قائله")
                        ),
                        String::new(),
                    )
                } else {
                    (
                        q.speaker.as_deref().map_or_else(
                            || {
                                format!(
                                    "<span class=\"muted\">{}</span>",
                                    self.text("speaker unclear", "القائل غير واضح")
                                )
                            },
                            |sp| {
                                if q.anonymous {
                                    format!(
                                        "{} <span class=\"muted\">({})</span>",
                                        escape(sp),
                                        self.text("anonymous source", "مصدر مجهول")
                                    )
                                } else {
                                    escape(sp)
                                }
                            },
                        ),
                        match q.cue.as_deref() {
                            Some(c) if !c.is_empty() && q.carried => format!(
                                "{} <span class=\"muted\">{}</span>",
                                escape(c),
                                self.text("(continued)", "(متابعة)")
                            ),
                            Some(c) if !c.is_empty() => escape(c),
                            _ => format!(
                                "<span class=\"muted\">{}</span>",
                                self.text("(continued)", "(متابعة)")
                            ),
                        },
                    )
                };
                let _ = writeln!(
                    self.out,
                    "<tr><td class=\"num\">{}</td><td>{}</td><td>{speaker}</td><td>{cue}</td></tr>",
                    q.span.line,
                    escape(&super::first_words(&q.span.text, super::QUOTE_WORDS))
                );
            }
            let _ = writeln!(self.out, "</tbody></table>");
            for (en, ar) in super::markdown::label_notes(&s.quotes) {
                let t = self.text(en, ar);
                let _ = writeln!(self.out, "<p class=\"muted\">{t}</p>");
            }
        }
        if !s.quoted_names.is_empty() {
            let t = self.text(
                "In quotation marks but not speech",
                "بين علامات التنصيص وليست كلاماً منقولاً",
            );
            let list: Vec<String> = s
                .quoted_names
                .iter()
                .map(|q| {
                    format!(
                        "<bdi>{}</bdi> ({} {})",
                        escape(&q.text),
                        self.text("line", "السطر"),
                        q.line
                    )
                })
                .collect();
            let _ = writeln!(self.out, "<p class=\"muted\">{t}: {}</p>", list.join("، "));
        }
    }

    /// Writes the Speakers section of story `s`: the speakers with their number of quotations, one
    /// row per person, under the note that says so (nothing when there are none); see
    /// `markdown::SPEAKERS_NOTE`.
    fn speakers_section(&mut self, s: &Story) {
        let rest = super::markdown::left_out(&s.quotes, self.lang);
        if !s.speakers.is_empty() || rest.is_some() {
            let h = self.text("Speakers", "القائلون");
            let _ = writeln!(self.out, "<h3>{h}</h3>");
        }
        if !s.speakers.is_empty() {
            // The note explains the table's rows: only above a table.
            let (en, ar) = super::markdown::SPEAKERS_NOTE;
            let t = self.text(en, ar);
            let _ = writeln!(self.out, "<p class=\"muted\">{t}</p>");
            self.table_head(&[("Speaker", "القائل"), ("Quotations", "الاقتباسات")]);
            for sp in &s.speakers {
                let _ = writeln!(
                    self.out,
                    "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
                    escape(&sp.name),
                    sp.quotes
                );
            }
            let _ = writeln!(self.out, "</tbody></table>");
        }
        if let Some(rest) = rest {
            let _ = writeln!(self.out, "<p class=\"muted\">{}</p>", escape(&rest));
        }
    }

    /// Writes the Names section of story `s`: the people, places and organisations with their spellings.
    fn names_section(&mut self, s: &Story) {
        let h = self.text("People, places and organisations", "الأشخاص والأماكن والجهات");
        let _ = writeln!(self.out, "<h3>{h}</h3>");
        if s.names.is_empty() {
            let t = self.text("No names found.", "لم يُعثر على أسماء.");
            let _ = writeln!(self.out, "<p class=\"muted\">{t}</p>");
        } else {
            self.table_head(&[
                ("Name", "الاسم"),
                ("Kind", "النوع"),
                ("Spellings", "الصيغ"),
                ("First line", "أول سطر"),
            ]);
            for n in &s.names {
                let kind = escape(kind_label(n.kind, self.lang));
                let _ = writeln!(
                    self.out,
                    "<tr><td>{}</td><td>{kind}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                    escape(n.full_name.as_deref().unwrap_or(&n.preferred)),
                    self.spellings(&n.spellings),
                    n.line
                );
            }
            let _ = writeln!(self.out, "</tbody></table>");
        }
    }

    /// Writes the Agencies section of story `s`: the agencies and outlets cited, with their lines.
    fn agencies_section(&mut self, s: &Story) {
        let h = self.text("Agencies and outlets cited", "الوكالات والوسائل المذكورة");
        let _ = writeln!(self.out, "<h3>{h}</h3>");
        if s.agencies.is_empty() {
            let t = self.text("None.", "لا شيء.");
            let _ = writeln!(self.out, "<p class=\"muted\">{t}</p>");
        } else {
            let _ = writeln!(self.out, "{}", self.ul());
            for a in &s.agencies {
                let lines: Vec<String> = a.lines.iter().map(|n| n.to_string()).collect();
                let lbl = if a.lines.len() == 1 {
                    self.l("line", "السطر")
                } else {
                    self.l("lines", "الأسطر")
                };
                let written = a
                    .written_note(self.lang)
                    .map_or(String::new(), |w| format!("; {}", escape(&w)));
                let _ = writeln!(
                    self.out,
                    "<li>{} ×{} <span class=\"muted\">({lbl} {}{written})</span></li>",
                    escape(&a.name),
                    a.count,
                    lines.join("، ")
                );
            }
            let _ = writeln!(self.out, "</ul>");
        }
    }

    /// Writes the Anonymous sources section of story `s`: the anonymous sources, with their lines.
    fn anonymous_section(&mut self, s: &Story) {
        let h = self.text("Anonymous sources", "المصادر المجهّلة");
        let _ = writeln!(self.out, "<h3>{h}</h3>");
        if s.anonymous.is_empty() {
            let t = self.text("None.", "لا شيء.");
            let _ = writeln!(self.out, "<p class=\"muted\">{t}</p>");
        } else {
            let _ = writeln!(self.out, "{}", self.ul());
            for a in &s.anonymous {
                let lbl = self.l("line", "السطر");
                let _ = writeln!(
                    self.out,
                    "<li><span class=\"muted\">{lbl} {}:</span> {}</li>",
                    a.line,
                    escape(&a.text)
                );
            }
            let _ = writeln!(self.out, "</ul>");
        }
    }

    /// Writes the Findings section of story `s`: the findings grouped by rule.
    fn findings_section(&mut self, s: &Story) {
        let h = self.text("Findings by rule", "الملاحظات حسب القاعدة");
        let _ = writeln!(self.out, "<h3>{h}</h3>");
        if s.findings.is_empty() {
            let t = self.text("No findings.", "لا ملاحظات.");
            let _ = writeln!(self.out, "<p class=\"muted\">{t}</p>");
        }
        for g in &s.findings {
            let _ = writeln!(
                self.out,
                "<h4{}><code class=\"rule\">{}</code> ({})</h4>{}",
                self.dir(),
                g.rule,
                g.findings.len(),
                self.ul()
            );
            for f in &g.findings {
                let class = match f.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Information => "information",
                    Severity::Hint => "hint",
                };
                let lbl = self.l("line", "السطر");
                let sev = escape(severity_label(f.severity, self.lang, LabelForm::Word));
                let msg = escape(&f.message);
                let _ = writeln!(
                    self.out,
                    "<li><span class=\"muted\">{lbl} {}:{}</span> <span class=\"{class}\">{sev}</span>: {msg}</li>",
                    f.span.line, f.column
                );
            }
            let _ = writeln!(self.out, "</ul>");
        }
        let _ = writeln!(self.out, "</section>");
    }

    /// Writes the "Names across stories" section of `r`: each name spelled differently from one
    /// story to another, its spellings per story, or a line saying there is none.
    fn across_section(&mut self, r: &Report) {
        let t = self.text("Names across stories", "الأسماء عبر القصص");
        let _ = writeln!(self.out, "<section><h2>{t}</h2>");
        if r.across.is_empty() {
            let t = self.text(
                "No name is spelled differently from one story to another.",
                "لا اسم مكتوب بصيغة مختلفة من قصة إلى أخرى.",
            );
            let _ = writeln!(self.out, "<p class=\"muted\">{t}</p>");
        } else {
            self.table_head(&[
                ("Name", "الاسم"),
                ("Kind", "النوع"),
                ("Story", "القصة"),
                ("Spellings", "الصيغ"),
            ]);
            for g in &r.across {
                let n = g.stories.len();
                for (k, st) in g.stories.iter().enumerate() {
                    let lead = if k == 0 {
                        format!(
                            "<td rowspan=\"{n}\">{}</td><td rowspan=\"{n}\">{}</td>",
                            escape(&g.preferred),
                            escape(kind_label(g.kind, self.lang))
                        )
                    } else {
                        String::new()
                    };
                    let flag = if st.flagged {
                        format!(
                            " <span class=\"flag\">— {}</span>",
                            self.text("flagged", "مُنبَّه عليها")
                        )
                    } else {
                        String::new()
                    };
                    let _ = writeln!(
                        self.out,
                        "<tr>{lead}<td><bdi class=\"path\">{}:{}</bdi></td><td>{}{flag}</td></tr>",
                        escape(&st.path),
                        st.line,
                        self.spellings(&st.spellings)
                    );
                }
            }
            let _ = writeln!(self.out, "</tbody></table>");
        }
        let _ = writeln!(self.out, "</section>");
    }
}

/// Renders the report as a self-contained HTML page.
pub fn render(r: &Report) -> String {
    let mut h = Html {
        out: String::new(),
        lang: r.lang,
    };
    let title = h.l("Fact-check review", "ورقة التدقيق");
    let page_dir = match r.lang {
        Lang::En => "lang=\"en\" dir=\"ltr\"",
        Lang::Ar => "lang=\"ar\" dir=\"rtl\"",
    };
    let _ = write!(
        h.out,
        "<!DOCTYPE html>\n<html {page_dir}>\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"isnad {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        env!("CARGO_PKG_VERSION"),
        escape(title)
    );
    let t = h.text("Fact-check review", "ورقة التدقيق");
    let _ = writeln!(h.out, "<h1>{t}</h1>");
    if !r.config_errors.is_empty() {
        let t = h.text(
            "Reviewed with the default profile, not the newsroom's: an isnad.toml could not be used.",
            "رُوجعت بالإعدادات الافتراضية لا بإعدادات غرفة الأخبار: تعذّر استعمال ملف isnad.toml.",
        );
        let _ = writeln!(h.out, "<p{}><strong>{t}</strong></p>\n<ul>", h.dir());
        for e in &r.config_errors {
            let _ = writeln!(h.out, "<li{}>{}</li>", h.dir(), escape(e));
        }
        let _ = writeln!(h.out, "</ul>");
    }
    let summary = match r.lang {
        Lang::En => format!(
            "<span class=\"en\" lang=\"en\">{}</span>",
            escape(&super::summary_line(r))
        ),
        Lang::Ar => escape(&super::summary_line(r)),
    };
    let _ = writeln!(h.out, "<p class=\"summary\">{summary}</p>");
    for s in &r.stories {
        h.story(s);
    }
    if r.stories.len() > 1 {
        h.across_section(r);
    }
    let _ = writeln!(h.out, "</body>\n</html>");
    if r.lang == Lang::En {
        // A left-to-right page: each table cell takes the direction of its first strong letter, so
        // Arabic quotations, names and spellings read right-to-left (text is escaped, so "<td" is
        // always a tag).
        return h
            .out
            .replace("<td>", "<td dir=\"auto\">")
            .replace("<td rowspan", "<td dir=\"auto\" rowspan");
    }
    h.out
}
