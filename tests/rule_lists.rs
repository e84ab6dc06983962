//! Everything that lists the rules is made from the registry (`isnad::analysis::RULES`, whose
//! order is `isnad rules`'): `docs/rules.md`, the `[rules]` section of `docs/isnad.schema.json`,
//! the `isnad.rules` setting of the VS Code extension's `package.json`, `RULE_IDS` in its
//! `src/logic.ts`, and a description per rule in its `package.nls*.json` (a new rule gets its
//! summary there, to be reworded by hand). Each test fails when a file is out of date;
//!
//! ```sh
//! ISNAD_BLESS=1 cargo test --test rule_lists
//! ```
//!
//! rewrites them (the one command to run after adding, removing or reordering a rule).

use isnad::analysis::RULES;
use std::path::PathBuf;

/// The registry's rule ids, in order.
fn ids() -> Vec<&'static str> {
    RULES.iter().map(|r| r.meta().id.as_str()).collect()
}

fn path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// Compares `rel`'s text with `expected`; rewrites the file instead under `ISNAD_BLESS=1`.
fn check_or_bless(rel: &str, expected: &str) {
    let p = path(rel);
    let on_disk = std::fs::read_to_string(&p).unwrap();
    if std::env::var_os("ISNAD_BLESS").is_some() {
        if on_disk != expected {
            std::fs::write(&p, expected).unwrap();
        }
        return;
    }
    assert!(
        on_disk == expected,
        "{rel} does not list the rules of the registry: run `ISNAD_BLESS=1 cargo test --test rule_lists`"
    );
}

/// The byte range of the inside of the object that follows the first `"properties": {` after
/// `anchor` in `text`: from after the `{` line to the start of the line of its closing `}`.
fn properties_body(text: &str, anchor: &str) -> std::ops::Range<usize> {
    let at = text.find(anchor).unwrap_or_else(|| panic!("no {anchor}"));
    let open = at + text[at..].find("\"properties\": {").unwrap() + "\"properties\": {".len();
    let mut depth = 1;
    let mut close = open;
    for (i, c) in text[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            close = open + i;
            break;
        }
    }
    let body_start = open + text[open..].find('\n').unwrap() + 1;
    let body_end = text[..close].rfind('\n').unwrap() + 1;
    body_start..body_end
}

/// `text` with the per-rule object after `anchor` (see [`properties_body`]) rebuilt: one entry
/// per rule of the registry, in order, each shaped like the first entry found there (its id
/// replaced).
fn regenerate_properties(text: &str, anchor: &str) -> String {
    let body = properties_body(text, anchor);
    let inside = &text[body.clone()];
    let first_line = inside.lines().next().unwrap();
    let indent = &first_line[..first_line.len() - first_line.trim_start().len()];
    let first_id = first_line.trim().trim_end_matches(": {").trim_matches('"');
    let end = inside.find(&format!("\n{indent}}}")).unwrap() + 1 + indent.len() + 1;
    let template = &inside[..end];
    let entries: Vec<String> = ids()
        .iter()
        .map(|id| {
            template
                .replace(&format!("\"{first_id}\""), &format!("\"{id}\""))
                .replace(
                    &format!("%config.rules.{first_id}%"),
                    &format!("%config.rules.{id}%"),
                )
        })
        .collect();
    format!(
        "{}{}\n{}",
        &text[..body.start],
        entries.join(",\n"),
        &text[body.end..]
    )
}

#[test]
fn docs_rules_md_is_made_from_the_registry() {
    check_or_bless("docs/rules.md", &isnad::analysis::rules_markdown());
}

#[test]
fn the_schema_lists_the_registry() {
    let text = std::fs::read_to_string(path("docs/isnad.schema.json")).unwrap();
    let expected = regenerate_properties(&text, "\"rules\": {");
    check_or_bless("docs/isnad.schema.json", &expected);
}

#[test]
fn the_vscode_setting_lists_the_registry_in_order() {
    let text = std::fs::read_to_string(path("editors/vscode/package.json")).unwrap();
    let expected = regenerate_properties(&text, "\"isnad.rules\": {");
    check_or_bless("editors/vscode/package.json", &expected);
}

#[test]
fn the_vscode_logic_lists_the_registry_in_order() {
    let text = std::fs::read_to_string(path("editors/vscode/src/logic.ts")).unwrap();
    let start_marker = "export const RULE_IDS: readonly string[] = [\n";
    let start = text.find(start_marker).unwrap() + start_marker.len();
    let end = start + text[start..].find("];").unwrap();
    let list: String = ids().iter().map(|id| format!("  '{id}',\n")).collect();
    let expected = format!("{}{}{}", &text[..start], list, &text[end..]);
    check_or_bless("editors/vscode/src/logic.ts", &expected);
}

/// `text` (a `package.nls*.json`) with a `config.rules.ID` entry added for each rule of the
/// registry that has none, from `summary` and the default severity named by `severity`, after
/// the last rule entry. Entries present are kept as written.
fn nls_with_every_rule(text: &str, summary: impl Fn(usize) -> String) -> String {
    let mut out = text.to_string();
    for (i, id) in ids().iter().enumerate() {
        let key = format!("\"config.rules.{id}\":");
        if out.contains(&key) {
            continue;
        }
        let last = out.rfind("\"config.rules.").unwrap();
        let line_end = last + out[last..].find('\n').unwrap();
        let line = format!("\n  {key} {},", serde_json::Value::from(summary(i)));
        out.insert_str(line_end, &line);
    }
    out
}

#[test]
fn the_vscode_descriptions_cover_the_registry() {
    let sev_ar = |s: &str| match s {
        "error" => "خطأ",
        "warning" => "تحذير",
        "information" => "معلومة",
        _ => "تلميح",
    };
    let en = std::fs::read_to_string(path("editors/vscode/package.nls.json")).unwrap();
    let expected = nls_with_every_rule(&en, |i| {
        let m = RULES[i].meta();
        format!(
            "{} (default: {}).",
            m.summary_en,
            m.default_severity.as_str()
        )
    });
    check_or_bless("editors/vscode/package.nls.json", &expected);
    let ar = std::fs::read_to_string(path("editors/vscode/package.nls.ar.json")).unwrap();
    let expected = nls_with_every_rule(&ar, |i| {
        let m = RULES[i].meta();
        format!(
            "{} (الافتراضي: {}).",
            m.summary_ar,
            sev_ar(m.default_severity.as_str())
        )
    });
    check_or_bless("editors/vscode/package.nls.ar.json", &expected);
}

#[test]
fn regenerating_a_list_replaces_every_entry_in_registry_order() {
    let text = "{\n  \"rules\": {\n    \"properties\": {\n      \"old\": {\n        \"d\": \"%config.rules.old%\"\n      },\n      \"gone\": {\n        \"d\": \"%config.rules.gone%\"\n      }\n    }\n  }\n}\n";
    let out = regenerate_properties(text, "\"rules\": {");
    let ids = ids();
    assert!(out.starts_with("{\n  \"rules\": {\n    \"properties\": {\n      \"unattributed-quote\": {\n        \"d\": \"%config.rules.unattributed-quote%\"\n      },\n"));
    assert!(out.ends_with(&format!(
        "      \"{}\": {{\n        \"d\": \"%config.rules.{}%\"\n      }}\n    }}\n  }}\n}}\n",
        ids[ids.len() - 1],
        ids[ids.len() - 1]
    )));
    assert!(!out.contains("gone"));
    assert_eq!(out.matches("%config.rules.").count(), ids.len());
}
