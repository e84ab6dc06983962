//! A tidy test, as rust-analyzer keeps them: no function in `src/` is longer than
//! [`MAX_LINES`] lines unless its doc comment says why in a `Long:` line (ARCHITECTURE.md, "Where
//! is ...": "why a function is longer than about 80 lines").
//!
//! A function's length runs from its `fn` line to its closing brace, both included. The body is
//! found by counting braces outside comments, string literals (raw ones too) and character
//! literals. Functions being split by work under way elsewhere are listed in [`PENDING`]; each
//! entry must still be long (so the list only shrinks).

use std::path::{Path, PathBuf};

/// The longest a function may be without a `Long:` line.
const MAX_LINES: usize = 80;

/// (file under `src/`, function name): long functions without a `Long:` line, left to the work
/// that owns their module (split them there, then remove them here). Empty since the quotation
/// reader and the tokenizer were split (2026-12-02); keep it so.
const PENDING: &[(&str, &str)] = &[];

/// A function found in a file: its name, first line (1-based), length in lines and whether its
/// doc comment has a `Long:` line.
#[derive(Debug)]
struct Function {
    name: String,
    line: usize,
    lines: usize,
    long_reason: bool,
}

/// The name of the function declared on `line`, if it declares one (`pub(crate) async fn x(`).
fn declared(line: &str) -> Option<&str> {
    let mut t = line.trim_start();
    for prefix in ["pub(crate) ", "pub(super) ", "pub(self) ", "pub "] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest;
            break;
        }
    }
    for prefix in ["const ", "async ", "unsafe "] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest;
        }
    }
    let rest = t.strip_prefix("fn ")?;
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// The 0-based index of the line holding the brace that closes the body of the function declared
/// on line `from` of `lines`; `None` for a declaration without a body (`fn f();`).
fn body_end(lines: &[&str], from: usize) -> Option<usize> {
    let text = lines[from..].join("\n");
    let b = text.as_bytes();
    let (mut i, mut line, mut depth, mut started) = (0, from, 0usize, false);
    let newlines = |a: usize, z: usize| b[a..z].iter().filter(|&&c| c == b'\n').count();
    while i < b.len() {
        match b[i] {
            b'\n' => line += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(b.len(), |n| i + n);
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = text[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
                line += newlines(i, end);
                i = end;
                continue;
            }
            b'r' if (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_'))
                && matches!(b.get(i + 1), Some(b'"' | b'#')) =>
            {
                let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                if b.get(i + 1 + hashes) == Some(&b'"') {
                    let close = format!("\"{}", "#".repeat(hashes));
                    let open = i + 2 + hashes;
                    let end = text[open..]
                        .find(&close)
                        .map_or(b.len(), |n| open + n + close.len());
                    line += newlines(i, end);
                    i = end;
                    continue;
                }
            }
            b'"' => {
                let mut k = i + 1;
                while k < b.len() && b[k] != b'"' {
                    k += if b[k] == b'\\' { 2 } else { 1 };
                }
                let end = (k + 1).min(b.len());
                line += newlines(i, end);
                i = end;
                continue;
            }
            b'\'' => {
                // A character literal ('x', '\n', '«'), or a lifetime ('a) left alone.
                if b.get(i + 1) == Some(&b'\\') {
                    i = text[i + 2..].find('\'').map_or(b.len(), |n| i + 2 + n + 1);
                    continue;
                }
                let c = text[i + 1..].chars().next().map_or(1, char::len_utf8);
                if b.get(i + 1 + c) == Some(&b'\'') {
                    i += c + 2;
                    continue;
                }
            }
            b';' if !started => return None,
            b'{' => {
                depth += 1;
                started = true;
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                if started && depth == 0 {
                    return Some(line);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Every function with a body in `text`.
fn functions(text: &str) -> Vec<Function> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let Some(name) = declared(l) else { continue };
        let Some(end) = body_end(&lines, i) else {
            continue;
        };
        let doc = lines[..i]
            .iter()
            .rev()
            .take_while(|l| {
                let t = l.trim_start();
                t.starts_with("///") || t.starts_with("#[")
            })
            .any(|l| l.contains("Long:"));
        out.push(Function {
            name: name.to_string(),
            line: i + 1,
            lines: end - i + 1,
            long_reason: doc,
        });
    }
    out
}

/// Every `.rs` file below `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn no_function_is_long_without_a_reason() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut unexplained = Vec::new();
    let mut pending_seen = Vec::new();
    let mut seen = 0;
    for path in rust_files(&src) {
        let rel = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path).unwrap();
        for f in functions(&text) {
            seen += 1;
            if f.lines <= MAX_LINES || f.long_reason {
                continue;
            }
            if PENDING.contains(&(rel.as_str(), f.name.as_str())) {
                pending_seen.push((rel.clone(), f.name.clone()));
                continue;
            }
            unexplained.push(format!(
                "src/{rel}:{} `{}`: {} lines",
                f.line, f.name, f.lines
            ));
        }
    }
    assert!(
        seen > 1000,
        "only {seen} functions found: the reader is broken"
    );
    assert!(
        unexplained.is_empty(),
        "functions over {MAX_LINES} lines without a `Long:` line in their doc comment (split \
         them, or say why they are long):\n{}",
        unexplained.join("\n")
    );
    for (file, name) in PENDING {
        assert!(
            pending_seen.iter().any(|(f, n)| f == file && n == name),
            "`{name}` in src/{file} is no longer long (or gone): remove it from PENDING"
        );
    }
}

#[test]
fn the_reader_measures_bodies_past_strings_comments_and_characters() {
    let text = "/// A.\n/// Long: because.\npub(crate) fn a() {\n    let s = \"}\"; // }\n    let c = '{';\n    let r = r#\"}\"#;\n    /* } */\n    if true { let _x: &'static str = \"\\\"\"; }\n}\nfn decl();\nasync fn b<'a>(x: &'a str) -> char {\n    '}'\n}\n";
    let f = functions(text);
    let got: Vec<(&str, usize, usize, bool)> = f
        .iter()
        .map(|f| (f.name.as_str(), f.line, f.lines, f.long_reason))
        .collect();
    assert_eq!(got, [("a", 3, 7, true), ("b", 11, 3, false)]);
}
