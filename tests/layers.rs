//! The layers of ARCHITECTURE.md, enforced (as rust-analyzer's tidy test does): every `crate::`
//! path (also `use crate::{a, b}` and `super::super::` paths that leave a layer) in `src/` is read,
//! and an edge to a layer the file's layer may not import fails the test.
//!
//! ```text
//!   cli        lsp          (top: never import each other)
//!      \      /
//!       report
//!         |
//!      analysis
//!         |
//!      profile
//!      /     \
//!   text    rules           (ground: import nothing of the crate)
//! ```
//!
//! Also: only `src/main.rs` starts the language server, and a check family's detection
//! (`analysis/<family>/mod.rs`) does not call into the family's rules.

use std::path::{Path, PathBuf};

/// The layers a layer may import (besides itself), lowest first.
const ALLOWED: &[(&str, &[&str])] = &[
    ("text", &[]),
    ("rules", &[]),
    ("profile", &["text", "rules"]),
    ("analysis", &["text", "rules", "profile"]),
    // Finding and decoding drafts (I/O), shared by the front ends; added by the pipeline work.
    ("drafts", &["text", "rules", "profile", "analysis"]),
    (
        "report",
        &["text", "rules", "profile", "analysis", "drafts"],
    ),
    (
        "cli",
        &["text", "rules", "profile", "analysis", "drafts", "report"],
    ),
    (
        "lsp",
        &["text", "rules", "profile", "analysis", "drafts", "report"],
    ),
];

/// Edges that exist today and are being removed by work in progress: `(from file, to layer or
/// module)`.
const TOLERATED: &[(&str, &str)] = &[];

/// The module path of a file under `src/` (`src/lsp/server.rs` → `[lsp, server]`,
/// `src/lsp/mod.rs` → `[lsp]`, `src/rules.rs` → `[rules]`).
fn module_path(rel: &str) -> Vec<String> {
    let rel = rel.trim_start_matches("src/").trim_end_matches(".rs");
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

/// The identifiers a path starting at byte `at` of `line` names first: one for `IDENT`, several
/// for `{a, b::c, self}` (the first identifier of each item).
fn first_idents(line: &str, at: usize) -> Vec<String> {
    let rest = line.get(at..).unwrap_or("");
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    if let Some(inner) = rest.strip_prefix('{') {
        let inner = &inner[..inner.find('}').unwrap_or(inner.len())];
        inner
            .split(',')
            .map(ident)
            .filter(|s| !s.is_empty())
            .collect()
    } else {
        vec![ident(rest)]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect()
    }
}

/// The crate paths of one file's code (comment lines skipped), as module paths from the crate
/// root, only as deep as needed: `[top]` or `[top, second]`. `module` is the file's module path.
fn references(module: &[String], text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        // `crate::X` and `crate::{X, Y}`.
        let mut from = 0;
        while let Some(i) = line.get(from..).and_then(|l| l.find("crate::")) {
            let at = from + i;
            from = at + "crate::".len();
            // Not part of a longer identifier (`$crate::` included: it is a macro's own crate).
            if line[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$')
            {
                continue;
            }
            let heads = first_idents(line, from);
            for h in heads {
                let second = line
                    .get(from + h.len()..)
                    .and_then(|r| r.strip_prefix("::"))
                    .map(|r| first_idents(r, 0))
                    .and_then(|v| v.into_iter().next());
                out.push(std::iter::once(h).chain(second).collect());
            }
        }
        // `super::super::X`: resolved against the file's module path.
        let mut from = 0;
        while let Some(i) = line.get(from..).and_then(|l| l.find("super::")) {
            let at = from + i;
            let mut k = 0;
            let mut end = at;
            while line.get(end..).is_some_and(|r| r.starts_with("super::")) {
                k += 1;
                end += "super::".len();
            }
            from = end;
            if line[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            // Inside `#[cfg(test)] mod tests` a `super` names the file's own module, so this can
            // resolve one level too high: there it names no layer and is ignored.
            let base = module.len().saturating_sub(k);
            let path: Vec<String> = module[..base].to_vec();
            for h in first_idents(line, end) {
                let mut p = path.clone();
                p.push(h);
                out.push(p.into_iter().take(2).collect());
            }
        }
    }
    out
}

/// The forbidden edges of `files` (`(path under the crate, text)`), as `from -> to` lines.
fn forbidden_edges(files: &[(String, String)]) -> Vec<String> {
    let mut bad = Vec::new();
    for (rel, text) in files {
        let module = module_path(rel);
        let layer = module.first().cloned().unwrap_or_default();
        let is_bin = rel == "src/main.rs";
        // Only the binary's entry point starts the server.
        if !is_bin
            && text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .any(|l| l.contains("lsp::run("))
            && layer != "lsp"
        {
            bad.push(format!(
                "{rel} -> lsp::run (only src/main.rs starts the server)"
            ));
        }
        if is_bin || rel == "src/lib.rs" {
            continue;
        }
        let Some((_, allowed)) = ALLOWED.iter().find(|(l, _)| *l == layer) else {
            bad.push(format!("{rel}: not in a known layer"));
            continue;
        };
        for path in references(&module, text) {
            let to = &path[0];
            // Only the layers matter here (`super::x` inside a layer, `crate::y!` macros ...).
            let is_layer = ALLOWED.iter().any(|(l, _)| l == to);
            if !is_layer || *to == layer || allowed.contains(&to.as_str()) {
                continue;
            }
            if TOLERATED.contains(&(rel.as_str(), to.as_str())) {
                continue;
            }
            bad.push(format!("{rel} -> {to}"));
        }
        // A family's detection does not call into its rules (the rules use the detection).
        if module.len() == 2 && module[0] == "analysis" && rel.ends_with("/mod.rs") {
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for rule in rule_modules(&module[1]) {
                    let used = line.contains(&format!("{rule}::"))
                        && !line.trim_start().starts_with("pub mod ");
                    if used && !TOLERATED.contains(&(rel.as_str(), rule.as_str())) {
                        bad.push(format!("{rel} -> {rule} (a rule of its own family)"));
                    }
                }
            }
        }
    }
    bad.sort();
    bad.dedup();
    bad
}

/// The module names of the rules of check family `family`, read from the registry's ids
/// (`name-variant` → `name_variant`) and kept when `src/analysis/<family>/<module>.rs` exists.
fn rule_modules(family: &str) -> Vec<String> {
    isnad::rules::RuleId::ALL
        .iter()
        .map(|r| r.as_str().replace('-', "_"))
        .filter(|m| {
            root()
                .join(format!("src/analysis/{family}/{m}.rs"))
                .exists()
        })
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, as `(path relative to the crate, text)`.
fn rust_files(dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            let rel = p
                .strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, std::fs::read_to_string(&p).unwrap()));
        }
    }
}

#[test]
fn no_layer_imports_a_layer_above_it() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    assert!(files.len() > 40, "src/ was read");
    assert_eq!(forbidden_edges(&files), Vec::<String>::new());
}

fn file(rel: &str, text: &str) -> (String, String) {
    (rel.to_string(), text.to_string())
}

#[test]
fn a_planted_forbidden_edge_fails() {
    let files = [
        // profile reaching up into analysis, as it did for `Severity`.
        file("src/profile/mod.rs", "use crate::analysis::Severity;\n"),
        // The ground importing anything of the crate.
        file("src/rules.rs", "use crate::text::Document;\n"),
        // cli and lsp importing each other, also through a group and `super::super`.
        file("src/cli/mod.rs", "use crate::{analysis, lsp::run};\n"),
        file("src/lsp/names.rs", "use super::super::cli::files;\n"),
        // Starting the server anywhere but the binary.
        file("src/report/mod.rs", "fn f() { crate::lsp::run(); }\n"),
        // analysis reaching up into report.
        file(
            "src/analysis/names/across.rs",
            "let s = crate::report::plural(2);\n",
        ),
        // Detection calling its own family's rule.
        file(
            "src/analysis/quotes/mod.rs",
            "let q = unbalanced_quote::check(cx, out);\n",
        ),
    ];
    assert_eq!(
        forbidden_edges(&files),
        [
            "src/analysis/names/across.rs -> report",
            "src/analysis/quotes/mod.rs -> unbalanced_quote (a rule of its own family)",
            "src/cli/mod.rs -> lsp",
            "src/lsp/names.rs -> cli",
            "src/profile/mod.rs -> analysis",
            "src/report/mod.rs -> lsp",
            "src/report/mod.rs -> lsp::run (only src/main.rs starts the server)",
            "src/rules.rs -> text",
        ]
    );
}

#[test]
fn allowed_edges_and_comments_pass() {
    let files = [
        file("src/main.rs", "fn main() { isnad::lsp::run(); }\n"),
        file(
            "src/analysis/mod.rs",
            "use crate::profile::Profile;\nuse crate::rules::RuleId;\npub mod registry;\n",
        ),
        file(
            "src/analysis/hygiene/tatweel.rs",
            "use super::super::Context;\n",
        ),
        file(
            "src/cli/mod.rs",
            "// crate::lsp is started by main.rs\nuse crate::report;\n",
        ),
        file(
            "src/text/mod.rs",
            "macro_rules! m { () => { $crate::text::x() } }\n",
        ),
    ];
    assert_eq!(forbidden_edges(&files), Vec::<String>::new());
}
