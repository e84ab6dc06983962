//! Rendering findings: compiler-style text and the JSON object described in README.md.

use super::files::FileResult;
use crate::analysis::{Finding, Lang, Severity};
use crate::report::{LabelForm, severity_label};
use crate::text::{LineIndex, chars};
use serde_json::{Value, json};
use std::io::{self, Write};

/// One finding as the JSON format's object (UTF-8 byte offsets, 1-based lines, columns in Unicode
/// scalar values): [`FindingOut`] as a `Value`.
pub fn finding_json(f: &Finding, text: &str, lines: &LineIndex, lang: Lang) -> Value {
    serde_json::to_value(FindingOut::new(f, text, lines, lang)).unwrap_or(Value::Null)
}

/// One finding as the JSON format writes it, borrowed from the finding and serialized straight to
/// the output (no `Value` tree per finding). The fields are in alphabetical order, the order of a
/// `serde_json` object's keys, so [`finding_json`] and the written bytes agree.
#[derive(serde::Serialize)]
pub struct FindingOut<'a> {
    /// 1-based column (Unicode scalar values) of the start.
    column: usize,
    /// Byte offset (exclusive) of the end.
    end: usize,
    /// 1-based column of the end.
    end_column: usize,
    /// 1-based line of the end.
    end_line: usize,
    /// The fixes, each a title and its edits.
    fixes: Vec<FixOut<'a>>,
    /// 1-based line of the start.
    line: usize,
    /// The message in the language asked for.
    message: &'a str,
    /// The related places.
    related: Vec<RelatedOut<'a>>,
    /// The rule id.
    rule: &'a str,
    /// The severity's name.
    severity: &'a str,
    /// Byte offset of the start.
    start: usize,
}

/// A related place of a [`FindingOut`]: byte range, message, and path when in another file.
#[derive(serde::Serialize)]
struct RelatedOut<'a> {
    end: usize,
    message: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    start: usize,
}

/// A fix of a [`FindingOut`]: its edits and title.
#[derive(serde::Serialize)]
struct FixOut<'a> {
    edits: Vec<EditOut<'a>>,
    title: &'a str,
}

/// An edit of a [`FixOut`]: byte range and the text put in its place.
#[derive(serde::Serialize)]
struct EditOut<'a> {
    end: usize,
    new_text: &'a str,
    start: usize,
}

impl<'a> FindingOut<'a> {
    /// The JSON form of `f` in `text` (positions from `lines`, the index of `text`), messages in
    /// `lang`.
    pub fn new(f: &'a Finding, text: &str, lines: &LineIndex, lang: Lang) -> FindingOut<'a> {
        let (line, column) = lines.position(text, f.range.start);
        let (end_line, end_column) = lines.position(text, f.range.end);
        FindingOut {
            column,
            end: f.range.end,
            end_column,
            end_line,
            fixes: f
                .fixes
                .iter()
                .map(|x| FixOut {
                    edits: x
                        .edits
                        .iter()
                        .map(|e| EditOut {
                            end: e.range.end,
                            new_text: &e.new_text,
                            start: e.range.start,
                        })
                        .collect(),
                    title: x.title.get(lang),
                })
                .collect(),
            line,
            message: f.message.get(lang),
            related: f
                .related
                .iter()
                .map(|r| RelatedOut {
                    end: r.range.end,
                    message: r.message.get(lang),
                    path: r.path.as_deref(),
                    start: r.range.start,
                })
                .collect(),
            rule: f.rule,
            severity: f.severity.as_str(),
            start: f.range.start,
        }
    }
}

/// Writes exactly one JSON object: `{"files": [...], "version": 1}` (keys in alphabetical order);
/// unreadable paths appear with `"error"` and no findings. Findings are written one at a time, so
/// memory does not grow with the output.
pub fn write_json(
    out: &mut impl Write,
    results: &[FileResult],
    errors: &[(String, String)],
    lang: Lang,
) -> io::Result<()> {
    out.write_all(b"{\"files\":[")?;
    let mut first = true;
    let mut sep = |out: &mut dyn Write| -> io::Result<()> {
        if !std::mem::replace(&mut first, false) {
            out.write_all(b",")?;
        }
        Ok(())
    };
    for (path, e) in errors {
        sep(out)?;
        serde_json::to_writer(&mut *out, &error_json(path, e, lang))?;
    }
    for r in results {
        sep(out)?;
        json_file(out, r, lang)?;
    }
    out.write_all(b"],\"version\":1}\n")
}

/// The JSON entry of a path or draft that could not be checked: `{"path": path, "error": e}`,
/// the message in `lang` ([`file_error`]), as the findings' messages are.
pub fn error_json(path: &str, e: &str, lang: Lang) -> serde_json::Value {
    json!({"path": path, "error": file_error(e, lang)})
}

/// Writes one draft's entry of the JSON output (see [`write_json`]), with no separator: `{"path",
/// "error"}` when it could not be checked, else `{"findings": [...], "path"}`.
pub fn json_file(out: &mut impl Write, r: &FileResult, lang: Lang) -> io::Result<()> {
    if let Some(e) = &r.error {
        return serde_json::to_writer(&mut *out, &error_json(&r.display, e, lang))
            .map_err(io::Error::from);
    }
    out.write_all(b"{\"findings\":[")?;
    // Lines are indexed only for a draft with findings (most drafts of a folder have none).
    if !r.findings.is_empty() {
        let lines = LineIndex::new(&r.text);
        for (i, f) in r.findings.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            serde_json::to_writer(&mut *out, &FindingOut::new(f, &r.text, &lines, lang))?;
        }
    }
    out.write_all(b"],\"path\":")?;
    serde_json::to_writer(&mut *out, &r.display)?;
    out.write_all(b"}")
}

/// Display width of a text for the caret line: combining marks and invisible characters take none.
fn width(s: &str) -> usize {
    s.chars()
        .filter(|&c| !chars::is_diacritic(c) && !chars::is_invisible(c) && c != '\u{FEFF}')
        .count()
}

/// The part of a long line shown around a span: up to 60 characters either side, cut at spaces.
fn excerpt(
    text: &str,
    line: std::ops::Range<usize>,
    span: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    const SIDE: usize = 60;
    let start = span.start.clamp(line.start, line.end);
    let end = span.end.clamp(start, line.end);
    let mut a = start;
    for (n, (i, _)) in text
        .get(line.start..start)
        .unwrap_or("")
        .char_indices()
        .rev()
        .enumerate()
    {
        if n >= SIDE {
            break;
        }
        a = line.start + i;
    }
    let mut b = end;
    for (n, (i, c)) in text
        .get(end..line.end)
        .unwrap_or("")
        .char_indices()
        .enumerate()
    {
        if n >= SIDE.max(end - start) {
            break;
        }
        b = end + i + c.len_utf8();
    }
    // Start and end on word boundaries when the cut is inside the line.
    if a > line.start
        && let Some(sp) = text.get(a..start).and_then(|t| t.find(' '))
    {
        a += sp + 1;
    }
    if b < line.end
        && let Some(sp) = text.get(end..b).and_then(|t| t.rfind(' '))
    {
        b = end + sp;
    }
    a..b
}

/// Counts of the findings written by [`text_file`], for the summary line ([`text_summary`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Information and hints.
    pub other: usize,
    /// Findings below the `--min-severity` threshold, not written.
    pub hidden: usize,
    /// The lowest severity among those findings: the `--min-severity` that shows them all.
    pub hidden_floor: Option<crate::rules::Severity>,
}

impl Tally {
    /// Adds `o`'s counts to these.
    pub fn add(&mut self, o: Tally) {
        self.errors += o.errors;
        self.warnings += o.warnings;
        self.other += o.other;
        self.hidden += o.hidden;
        self.hidden_floor = self.hidden_floor.max(o.hidden_floor);
    }
}

/// What the summary line of the text output counts besides findings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Drafts: found in folders or named (read or not; a path that does not exist counts).
    pub files: usize,
    /// Drafts that could not be read or checked.
    pub unread: usize,
    /// Folders named on the command line with no draft in them.
    pub empty_folders: usize,
    /// `isnad.toml` files that could not be used (their drafts were checked with the default
    /// profile).
    pub configs: usize,
}

/// The 1-based (line, column) of a byte offset in another draft, by that draft's shown path; `None`
/// when it is not known (the place is then given in the draft that refers to it).
pub type OtherPosition<'a> = &'a dyn Fn(&str, usize) -> Option<(usize, usize)>;

/// Writes compiler-style findings: `path:line:col: severity[rule]: message`, the source line with
/// the span marked, related places and the suggested fix; then a summary line. Every error of
/// `errors` is a path that could not be used ([`write_text_counted`] when some are `isnad.toml`
/// errors).
pub fn write_text(
    out: &mut impl Write,
    results: &[FileResult],
    errors: &[(String, String)],
    lang: Lang,
) -> io::Result<()> {
    write_text_counted(out, results, errors, path_counts(errors, 0), lang)
}

/// [`write_text`] with the summary line's counts of the errors given: `paths`, the counts of the
/// errors that are not drafts' ([`path_counts`]), to which the drafts of `results` are added
/// ([`text_summary`]).
pub fn write_text_counted(
    out: &mut impl Write,
    results: &[FileResult],
    errors: &[(String, String)],
    paths: Counts,
    lang: Lang,
) -> io::Result<()> {
    text_errors(out, errors, lang)?;
    // Line indexes of every file, for related places in other files.
    let indexes: Vec<LineIndex> = results.iter().map(|r| LineIndex::new(&r.text)).collect();
    let others = |p: &str, at: usize| {
        let i = results.iter().position(|r| r.display == p)?;
        Some(indexes[i].position(&results[i].text, at))
    };
    let mut tally = Tally::default();
    for (r, lines) in results.iter().zip(&indexes) {
        tally.add(text_file(out, r, lines, &others, lang)?);
    }
    let mut counts = paths;
    counts.files += results.len();
    counts.unread += results.iter().filter(|r| r.error.is_some()).count();
    text_summary(out, tally, counts, lang)
}

/// The counts of the summary line for the errors of a run that are not drafts' own: `paths`, the
/// paths named or found that could not be used (a folder with no draft counts as such, any other
/// path as a draft that could not be checked), and `configs`, the number of `isnad.toml` files
/// that could not be used.
pub fn path_counts(paths: &[(String, String)], configs: usize) -> Counts {
    let mut counts = Counts {
        configs,
        ..Counts::default()
    };
    for (_, e) in paths {
        if crate::drafts::is_no_drafts(e) {
            counts.empty_folders += 1;
        } else {
            counts.files += 1;
            counts.unread += 1;
        }
    }
    counts
}

/// The end of the message of an `isnad.toml` error in the list of errors, in `lang`.
pub fn config_note(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "(the drafts were checked with the default profile)",
        Lang::Ar => "(فُحصت المسودات بالإعدادات الافتراضية)",
    }
}

/// Writes the errors of paths that could not be used, one line each: `path: error: message`.
pub fn text_errors(
    out: &mut impl Write,
    errors: &[(String, String)],
    lang: Lang,
) -> io::Result<()> {
    for (path, e) in errors {
        let label = if lang == Lang::Ar { "خطأ" } else { "error" };
        writeln!(out, "{path}: {label}: {}", file_error(e, lang))?;
    }
    Ok(())
}

/// Writes the findings of one draft `r` in the compiler style of [`write_text`] (or its error
/// line); `lines` indexes `r.text`, `others` places related places in other drafts. Returns the
/// counts of the findings written.
pub fn text_file(
    out: &mut impl Write,
    r: &FileResult,
    lines: &LineIndex,
    others: OtherPosition,
    lang: Lang,
) -> io::Result<Tally> {
    let mut tally = Tally {
        hidden: r.hidden,
        hidden_floor: r.hidden_floor,
        ..Tally::default()
    };
    if let Some(e) = &r.error {
        let label = if lang == Lang::Ar { "خطأ" } else { "error" };
        writeln!(out, "{}: {label}: {}", r.display, file_error(e, lang))?;
        return Ok(tally);
    }
    for f in &r.findings {
        match f.severity {
            Severity::Error => tally.errors += 1,
            Severity::Warning => tally.warnings += 1,
            _ => tally.other += 1,
        }
        text_finding(out, r, f, lines, others, lang)?;
    }
    Ok(tally)
}

/// Writes finding `f` of draft `r` in the compiler style: the location line, the source line
/// (cut around the finding, with … where cut) under a gutter, the ^ marker, the related places
/// (in other drafts through `others`) and the first fix; then a blank line.
fn text_finding(
    out: &mut impl Write,
    r: &FileResult,
    f: &Finding,
    lines: &LineIndex,
    others: OtherPosition,
    lang: Lang,
) -> io::Result<()> {
    let (line, col) = lines.position(&r.text, f.range.start);
    writeln!(
        out,
        "{}:{}:{}: {}[{}]: {}",
        r.display,
        line,
        col,
        severity_label(f.severity, lang, LabelForm::Tag),
        f.rule,
        f.message.get(lang)
    )?;
    let full = lines.line_range(&r.text, line - 1);
    let lr = excerpt(&r.text, full.clone(), f.range.clone());
    let ellipsis_start = if lr.start > full.start { "…" } else { "" };
    let ellipsis_end = if lr.end < full.end { "…" } else { "" };
    let src_line = format!(
        "{ellipsis_start}{}{ellipsis_end}",
        r.text.get(lr.clone()).unwrap_or("")
    );
    let gutter = line.to_string().len();
    let pre = width(
        r.text
            .get(lr.start..f.range.start.max(lr.start))
            .unwrap_or(""),
    ) + ellipsis_start.chars().count();
    let span_end = f.range.end.min(lr.end).max(f.range.start);
    let span = width(
        r.text
            .get(f.range.start.min(span_end)..span_end)
            .unwrap_or(""),
    )
    .max(1);
    writeln!(out, "{:gutter$} |", "")?;
    writeln!(out, "{line} | {}", src_line.trim_start_matches('\u{FEFF}'))?;
    writeln!(
        out,
        "{:gutter$} | {}{}",
        "",
        " ".repeat(pre),
        "^".repeat(span)
    )?;
    for rel in &f.related {
        let (rl, rc) = match rel.path.as_deref() {
            Some(p) if p != r.display => others(p, rel.range.start),
            _ => None,
        }
        .unwrap_or_else(|| lines.position(&r.text, rel.range.start));
        let where_ = rel.path.as_deref().unwrap_or(&r.display);
        writeln!(
            out,
            "{:gutter$} = {}: {where_}:{rl}:{rc}",
            "",
            rel.message.get(lang)
        )?;
    }
    for fix in &f.fixes {
        let label = if lang == Lang::Ar {
            "إصلاح"
        } else {
            "fix"
        };
        writeln!(out, "{:gutter$} = {label}: {}", "", fix.title.get(lang))?;
    }
    writeln!(out)?;
    Ok(())
}

/// Writes the summary line of the text output: the findings counted in `tally`, the drafts of
/// `counts` and those that could not be checked; folders with no draft and `isnad.toml` files
/// that could not be used are said apart (they are not drafts).
pub fn text_summary(
    out: &mut impl Write,
    tally: Tally,
    counts: Counts,
    lang: Lang,
) -> io::Result<()> {
    let Tally {
        errors: n_err,
        warnings: n_warn,
        other: n_other,
        hidden,
        hidden_floor,
    } = tally;
    // The threshold that shows the hidden findings: the lowest severity among them (information
    // for the default rules), not always hint.
    let floor = hidden_floor.map_or("hint", |s| s.as_str());
    let Counts {
        files,
        unread,
        empty_folders,
        configs,
    } = counts;
    if lang == Lang::Ar {
        write!(
            out,
            "الأخطاء: {n_err}، التحذيرات: {n_warn}، الملاحظات: {n_other}، الملفات: {files}"
        )?;
        if unread > 0 {
            write!(out, "، ملفات تعذّر فحصها: {unread}")?;
        }
        if empty_folders > 0 {
            write!(out, "، مجلدات بلا مسودات: {empty_folders}")?;
        }
        if configs > 0 {
            write!(out, "، ملفات isnad.toml تعذّر استعمالها: {configs}")?;
        }
        if hidden > 0 {
            write!(
                out,
                "، نتائج دون الحد لم تُعرض: {hidden} (الخيار --min-severity {floor} يعرضها)"
            )?;
        }
    } else {
        write!(
            out,
            "{n_err} error(s), {n_warn} warning(s), {n_other} other in {files} file(s)"
        )?;
        if unread > 0 {
            write!(out, "; {unread} could not be checked")?;
        }
        if empty_folders > 0 {
            write!(out, "; {empty_folders} folder(s) with no draft")?;
        }
        if configs > 0 {
            write!(
                out,
                "; {configs} isnad.toml could not be used (default profile)"
            )?;
        }
        if hidden > 0 {
            write!(
                out,
                "; {hidden} below --min-severity not shown (--min-severity {floor} shows them)"
            )?;
        }
    }
    writeln!(out)
}

pub use crate::report::file_error;

#[cfg(test)]
mod tests {
    #[test]
    fn a_finding_is_written_with_its_keys_in_order_and_its_positions() {
        use crate::analysis::finding::{Applicability, Edit, Fix, Message, Related};
        use crate::analysis::{Finding, Lang, Severity};
        let text = "قال\nالرئيس مملوك";
        let f = Finding {
            rule: "name-variant",
            severity: Severity::Warning,
            range: 20..30,
            message: Message::new("Name \"x\"", "الاسم"),
            related: vec![
                Related {
                    range: 0..6,
                    message: Message::new("here", "هنا"),
                    path: None,
                },
                Related {
                    range: 2..4,
                    message: Message::new("there", "هناك"),
                    path: Some("b.md".into()),
                },
            ],
            fixes: vec![Fix {
                title: Message::new("Use مملوك", "استخدم مملوك"),
                edits: vec![Edit {
                    range: 20..30,
                    new_text: "مملوك".into(),
                }],
                applicability: Applicability::Unsafe,
            }],
        };
        let lines = crate::text::LineIndex::new(text);
        let out = super::FindingOut::new(&f, text, &lines, Lang::En);
        let written = serde_json::to_string(&out).unwrap_or_default();
        assert_eq!(
            written,
            concat!(
                r#"{"column":8,"end":30,"end_column":13,"end_line":2,"#,
                r#""fixes":[{"edits":[{"end":30,"new_text":"مملوك","start":20}],"title":"Use مملوك"}],"#,
                r#""line":2,"message":"Name \"x\"","#,
                r#""related":[{"end":6,"message":"here","start":0},"#,
                r#"{"end":4,"message":"there","path":"b.md","start":2}],"#,
                r#""rule":"name-variant","severity":"warning","start":20}"#
            )
        );
        // The `Value` form lists the same keys in the same order.
        let value = super::finding_json(&f, text, &lines, Lang::En);
        assert_eq!(serde_json::to_string(&value).unwrap_or_default(), written);
    }

    #[test]
    fn path_errors_count_as_drafts_or_empty_folders() {
        use super::{Counts, path_counts};
        let errors = [
            (
                "gone.md".to_string(),
                "no such file or directory".to_string(),
            ),
            (
                "empty".to_string(),
                "no drafts (.md, .markdown, .txt) in this folder".to_string(),
            ),
        ];
        assert_eq!(
            path_counts(&errors, 1),
            Counts {
                files: 1,
                unread: 1,
                empty_folders: 1,
                configs: 1
            }
        );
        assert_eq!(path_counts(&[], 0), Counts::default());
    }

    #[test]
    fn file_errors_in_arabic() {
        use super::file_error;
        use crate::analysis::Lang;
        assert_eq!(
            file_error(
                "UTF-16 (little-endian) text; save the draft as UTF-8",
                Lang::Ar
            ),
            "نص بترميز UTF-16 (الأصغر أولاً)؛ احفظ المسودة بترميز UTF-8"
        );
        assert_eq!(
            file_error(
                "invalid UTF-8 on line 2 (byte offset 12 in the file); save the draft as UTF-8",
                Lang::Ar
            ),
            "ترميز UTF-8 غير صالح في السطر 2 (عند البايت 12 من بداية الملف، والعدّ من الصفر)؛ احفظ المسودة بترميز UTF-8"
        );
        assert_eq!(
            file_error("a FIFO (named pipe), not a text draft; skipped", Lang::Ar),
            "أنبوب مسمّى (FIFO)، وليس مسودة نصية؛ تُرك"
        );
        assert_eq!(
            file_error("no such file or directory", Lang::Ar),
            "لا يوجد ملف أو مجلد بهذا الاسم"
        );
        // English is unchanged, and so is a message with no translation.
        assert_eq!(
            file_error("permission denied", Lang::En),
            "permission denied"
        );
        assert_eq!(file_error("something new", Lang::Ar), "something new");
        assert_eq!(
            file_error("no drafts (.md, .txt) in this folder", Lang::Ar),
            "لا مسودات (.md, .txt) في هذا المجلد"
        );
    }
}
