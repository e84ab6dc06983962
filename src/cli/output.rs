//! Rendering findings: compiler-style text and the JSON object described in README.md.

use super::files::FileResult;
use crate::analysis::{Finding, Lang, Severity};
use crate::report::{LabelForm, severity_label};
use crate::text::{LineIndex, chars};
use serde_json::{Value, json};
use std::io::{self, Write};

/// One finding as the JSON format's object (UTF-8 byte offsets, 1-based lines, columns in Unicode
/// scalar values).
pub fn finding_json(f: &Finding, text: &str, lines: &LineIndex, lang: Lang) -> Value {
    let (line, column) = lines.position(text, f.range.start);
    let (end_line, end_column) = lines.position(text, f.range.end);
    json!({
        "rule": f.rule,
        "severity": f.severity.as_str(),
        "message": f.message.get(lang),
        "start": f.range.start,
        "end": f.range.end,
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "related": f.related.iter().map(|r| {
            let mut o = json!({"start": r.range.start, "end": r.range.end, "message": r.message.get(lang)});
            if let Some(p) = &r.path { o["path"] = json!(p); }
            o
        }).collect::<Vec<_>>(),
        "fixes": f.fixes.iter().map(|x| json!({
            "title": x.title.get(lang),
            "edits": x.edits.iter().map(|e| json!({"start": e.range.start, "end": e.range.end, "new_text": e.new_text})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
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
        serde_json::to_writer(&mut *out, &json!({"path": path, "error": e}))?;
    }
    for r in results {
        sep(out)?;
        if let Some(e) = &r.error {
            serde_json::to_writer(&mut *out, &json!({"path": r.display, "error": e}))?;
            continue;
        }
        let lines = LineIndex::new(&r.text);
        out.write_all(b"{\"findings\":[")?;
        for (i, f) in r.findings.iter().enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            serde_json::to_writer(&mut *out, &finding_json(f, &r.text, &lines, lang))?;
        }
        out.write_all(b"],\"path\":")?;
        serde_json::to_writer(&mut *out, &r.display)?;
        out.write_all(b"}")?;
    }
    out.write_all(b"],\"version\":1}\n")
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

/// Writes compiler-style findings: `path:line:col: severity[rule]: message`, the source line with
/// the span marked, related places and the suggested fix; then a summary line.
///
/// Long: one finding's compiler-style block (location, source line, marker, related places, fix) written in output order.
pub fn write_text(
    out: &mut impl Write,
    results: &[FileResult],
    errors: &[(String, String)],
    lang: Lang,
) -> io::Result<()> {
    let (mut n_err, mut n_warn, mut n_other) = (0, 0, 0);
    for (path, e) in errors {
        let label = if lang == Lang::Ar { "خطأ" } else { "error" };
        writeln!(out, "{path}: {label}: {}", file_error(e, lang))?;
    }
    // Line indexes of every file, for related places in other files.
    let indexes: Vec<LineIndex> = results.iter().map(|r| LineIndex::new(&r.text)).collect();
    let by_path = |p: &str| results.iter().position(|r| r.display == p);
    for (ri, r) in results.iter().enumerate() {
        if let Some(e) = &r.error {
            let label = if lang == Lang::Ar { "خطأ" } else { "error" };
            writeln!(out, "{}: {label}: {}", r.display, file_error(e, lang))?;
            continue;
        }
        let lines = &indexes[ri];
        for f in &r.findings {
            match f.severity {
                Severity::Error => n_err += 1,
                Severity::Warning => n_warn += 1,
                _ => n_other += 1,
            }
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
                let other = rel.path.as_deref().and_then(by_path).unwrap_or(ri);
                let (rl, rc) = indexes[other].position(&results[other].text, rel.range.start);
                let where_ = rel.path.as_deref().unwrap_or(&r.display);
                writeln!(
                    out,
                    "{:gutter$} = {}: {where_}:{rl}:{rc}",
                    "",
                    rel.message.get(lang)
                )?;
            }
            if let Some(fix) = f.fixes.first() {
                let label = if lang == Lang::Ar {
                    "إصلاح"
                } else {
                    "fix"
                };
                writeln!(out, "{:gutter$} = {label}: {}", "", fix.title.get(lang))?;
            }
            writeln!(out)?;
        }
    }
    let unread = errors.len() + results.iter().filter(|r| r.error.is_some()).count();
    let files = results.len() + errors.len();
    if lang == Lang::Ar {
        write!(
            out,
            "الأخطاء: {n_err}، التحذيرات: {n_warn}، الملاحظات: {n_other}، الملفات: {files}"
        )?;
        if unread > 0 {
            write!(out, "، تعذّر فحصه: {unread}")?;
        }
    } else {
        write!(
            out,
            "{n_err} error(s), {n_warn} warning(s), {n_other} other in {files} file(s)"
        )?;
        if unread > 0 {
            write!(out, "; {unread} could not be checked")?;
        }
    }
    writeln!(out)
}

/// A file's error message (from `files::read`, `files::collect` or the panic guard, always written
/// in English there) in `lang`: the known messages are translated whole or by their leading
/// phrase, with the English detail (a byte offset, a byte order) kept; an unknown message is
/// returned unchanged. The JSON output keeps the English text.
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
    if let Some(rest) = e.strip_prefix("invalid UTF-8 at byte ")
        && let Some(at) = rest.strip_suffix("; save the draft as UTF-8")
    {
        return format!("ترميز UTF-8 غير صالح عند البايت {at}؛ احفظ المسودة بترميز UTF-8");
    }
    e.to_string()
}

#[cfg(test)]
mod tests {
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
                "invalid UTF-8 at byte 12; save the draft as UTF-8",
                Lang::Ar
            ),
            "ترميز UTF-8 غير صالح عند البايت 12؛ احفظ المسودة بترميز UTF-8"
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
