//! Text hygiene checks for pasted wire copy (issue 6): lookalike letters, presentation forms,
//! invisible characters, tatweel, mixed digits, Latin punctuation. Being built.

use super::{Context, Finding};

/// Runs every hygiene rule.
pub fn check_all(cx: &Context, out: &mut Vec<Finding>) {
    let _ = (cx, out);
}
