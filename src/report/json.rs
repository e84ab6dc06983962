//! The review sheet as JSON: the [`Report`] model serialized as one pretty-printed object, whose
//! shape is described by `docs/report.schema.json` (versioned by [`super::VERSION`]).

use super::Report;

/// Writes the report to `out` as one JSON object followed by a newline, byte for byte what
/// [`render`] returns, without holding the whole text (a folder's report can be larger than the
/// folder). Errors: those of `out`.
pub fn write(r: &Report, out: &mut impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, r)?;
    out.write_all(b"\n")
}

/// Renders the report as one JSON object followed by a newline.
pub fn render(r: &Report) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_else(|e| {
        // The model holds only strings, numbers, booleans and lists: serialization cannot fail.
        format!("{{\"error\": \"{e}\"}}")
    });
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Lang;

    #[test]
    fn written_is_rendered() {
        let p = crate::profile::Profile::embedded();
        let text = "قال الوزير: «سنفتح المعبر غداً».\n";
        let a = crate::analysis::pipeline::analyze(text, crate::text::Format::Plain, &p);
        let input = super::super::StoryInput {
            path: "a.txt".into(),
            format: crate::text::Format::Plain,
            content: Ok((text.to_string(), a)),
        };
        let r = super::super::build(&[input], &p, Lang::En);
        let mut out = Vec::new();
        write(&r, &mut out).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), render(&r));
        assert!(render(&r).ends_with("}\n"));
    }
}
