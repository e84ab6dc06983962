//! The review sheet as JSON: the [`Report`] model serialized as one pretty-printed object, whose
//! shape is described by `docs/report.schema.json` (versioned by [`super::VERSION`]).

use super::Report;

/// Renders the report as one JSON object followed by a newline.
pub fn render(r: &Report) -> String {
    let mut s = serde_json::to_string_pretty(r).unwrap_or_else(|e| {
        // The model holds only strings, numbers, booleans and lists: serialization cannot fail.
        format!("{{\"error\": \"{e}\"}}")
    });
    s.push('\n');
    s
}
