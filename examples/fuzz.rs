//! A structure-aware fuzzer for isnad that runs on the stable toolchain (see docs/fuzzing.md).
//!
//! Each iteration builds one draft from the seed corpus (`fuzz/seeds/`, plus a few built-in
//! lines) with random mutations aimed at what breaks Arabic text handling: quotation marks of every
//! kind (nested too), harakat, tatweel, ZWJ/ZWNJ and bidi marks, emoji, Persian letters,
//! presentation forms, BOM, NUL, CRLF, no-break spaces, Markdown fences, front matter, shortcodes,
//! suppression comments, truncation at random character boundaries and splices of two drafts.
//! Then it runs, each under `catch_unwind`:
//!
//! * the analysis of the draft as plain text and as Markdown, the fixes applied, the review
//!   sheet (Markdown, JSON, HTML) and the CLI's text and JSON output;
//! * the language server's edit path: the draft opened as an LSP document, random incremental
//!   edits in UTF-16 positions (valid ones, checked against a client-side copy, and some out of
//!   range or inside a surrogate pair), analysis, diagnostics, hover, inlay hints and symbols.
//!
//! On a panic the input is written to `target/fuzz-crashes/` and the command that replays it is
//! printed; the run goes on and exits with status 1 at the end.
//!
//! Usage: `cargo run --release --example fuzz -- [--seconds N] [--seed S] [--seeds DIR]
//! [--iterations N] [--replay FILE]`.

use isnad::analysis::{self, Analysis, Lang, apply_edits};
use isnad::cli::files::FileResult;
use isnad::cli::output;
use isnad::lsp::document::{OpenDraft as LspDocument, Snapshot};
use isnad::lsp::position::{self, Encoding};
use isnad::lsp::{diagnostics, hover, symbols};
use isnad::profile::Profile;
use isnad::report;
use isnad::text::{Format, LineIndex};
use ropey::Rope;
use serde_json::{Value, json};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tower_lsp_server::ls_types::{
    Position, Range as LspRange, TextDocumentContentChangeEvent, Uri,
};

/// xorshift64*: fast, deterministic, good enough for choosing mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // splitmix64 of the seed, never zero.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Pieces inserted by the mutator.
#[rustfmt::skip]
const TOKENS: &[&str] = &[
    // Quotation marks of every kind.
    "«", "»", "“", "”", "„", "‹", "›", "\"", "'", "‘", "’", "«»", "“”", "\"\"",
    // Harakat, superscript alef, tatweel runs.
    "\u{064B}", "\u{064C}", "\u{064D}", "\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}",
    "\u{0670}", "\u{0640}", "\u{0640}\u{0640}\u{0640}", "ـ",
    // Invisible and bidi characters.
    "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{202A}", "\u{202B}", "\u{202C}",
    "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{061C}", "\u{FEFF}",
    "\u{00AD}",
    // Spaces and line breaks.
    " ", "  ", "\u{00A0}", "\u{202F}", "\u{3000}", "\u{2028}", "\u{2029}", "\t", "\n", "\n\n",
    "\r\n", "\r", "\r\n\r\n", "\u{0085}", "\u{000B}", "\u{000C}",
    // Emoji, including multi-scalar ones.
    "😀", "👍🏽", "🇸🇾", "👨‍👩‍👧", "❤️",
    // Persian/Urdu letters and digits, presentation forms.
    "ی", "ک", "ە", "ہ", "ۀ", "۱۲۳", "٠١٢", "2024", "٤٥٪", "ﺍﻟﻮﺯﺍﺭﺓ", "ﻻ", "ﷲ", "ﷺ",
    // Punctuation that matters to the rules.
    ".", "،", ",", ";", "؛", "?", "؟", ":", "!", "(", ")", "-", "–", "—", "...", "…", "/",
    "3.5", "أ.ف.ب",
    // Words: cues, titles, agencies, names, anonymous sources.
    "قال", "وقال", "وأضاف", "أضاف:", "مؤكدا", "ونقلت عنه قوله", "بحسب", "وفق", "الوزير",
    "الرئيس", "اللواء", "وزير", "رئيس", "وكالة", "سانا", "رويترز", "فارس", "مصدر مطلع",
    "مصادر مطلعة", "أفادت تقارير", "عبد الله", "عبدالله", "ترامب", "ترمب", "غوتيريش", "جوتيريش",
    "مملوك", "المملوك", "علي", "الأحمد", "الاحمد", "إن", "أن", "الذي", "في", "من", "إلى",
    "دمشق", "مدينة", "(أ ف ب)", "(وكالات)", "دمشق - سانا\n", "كتب: ", "بقلم ", "- متابعة",
    "CNN", "Reuters", "AFP",
    // Markdown.
    "```\n", "```", "~~~\n", "`", "``", "---\n", "---", "+++\n", "# ", "> ", "- ", "* ", "1. ",
    "    ", "[x](https://example.com/a?b=«c»)", "https://example.com/", "<https://x.y>",
    "<!-- isnad-disable -->", "<!-- isnad-enable -->",
    "<!-- isnad-disable-next-line unattributed-quote -->",
    "<!-- isnad-disable-line name-variant tatweel -->", "<!-- isnad-disable unknown-rule -->",
    "<!--", "-->", "<script>", "</script>", "<style>", "<pre>", "</pre>", "<b>", "{{< tweet >}}",
    "{{% quote %}}", "{{% /quote %}}", "title: x\n", "credit: وكالات\n",
    // Oddities.
    "\0", "\u{FFFD}", "\u{10FFFF}", "\u{0301}", "e\u{0301}", "\u{1F}", "\\", "&amp;",
];

/// Built-in lines, so the fuzzer has material even without a seed directory.
const BUILTIN: &[&str] = &[
    "وقال الوزير: «إن ما نشرته وكالة «سانا» غير دقيق على الإطلاق».",
    "«أ «ب» ج»",
    "\"«أ»\"",
    "“التحالف“",
    "\u{a0}شـغ",
    "رئيس\"کرئيس\"تابع",
    "«وزیر وزير ووزير»مؤكدا",
    "قال «نص أول» ثم ”نص ثان“ و“ثالث“.",
    "---\ntitle: x\n---\n\nنص «قصير جدا هنا الآن».",
];

const MARKS: &[char] = &['«', '»', '“', '”', '„', '‹', '›', '"', '\''];

/// A character boundary of `s` chosen at random (0 and `s.len()` included).
fn boundary(rng: &mut Rng, s: &str) -> usize {
    if s.is_empty() {
        return 0;
    }
    let mut at = rng.below(s.len() + 1);
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Two character boundaries of `s` in order, at most `max` bytes apart (roughly).
fn span(rng: &mut Rng, s: &str, max: usize) -> (usize, usize) {
    let a = boundary(rng, s);
    let mut b = (a + rng.below(max + 1)).min(s.len());
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    (a, b.max(a))
}

/// A random scalar value, most often from the Arabic blocks.
fn random_char(rng: &mut Rng) -> char {
    let ranges: &[(u32, u32)] = &[
        (0x0600, 0x06FF),
        (0x0750, 0x077F),
        (0x08A0, 0x08FF),
        (0xFB50, 0xFDFF),
        (0xFE70, 0xFEFF),
        (0x2000, 0x206F),
        (0x0020, 0x007E),
        (0x0000, 0x001F),
        (0x1F300, 0x1FAFF),
        (0x0000, 0x10FFFF),
    ];
    let (lo, hi) = *rng.pick(ranges);
    let v = lo + (rng.next() % u64::from(hi - lo + 1)) as u32;
    char::from_u32(v).unwrap_or('\u{FFFD}')
}

/// Applies one random mutation to `s`.
fn mutate(rng: &mut Rng, s: &mut String, corpus: &[String]) {
    match rng.below(12) {
        0..=2 => {
            let at = boundary(rng, s);
            let t = *rng.pick(TOKENS);
            s.insert_str(at, t);
        }
        3 => {
            let (a, b) = span(rng, s, 24);
            s.replace_range(a..b, "");
        }
        4 => {
            // Wrap a span in a pair of marks (nested quotations, mixed pairs).
            let (a, b) = span(rng, s, 80);
            let close = *rng.pick(MARKS);
            let open = *rng.pick(MARKS);
            s.insert(b, close);
            s.insert(a, open);
        }
        5 => {
            // Replace a quotation mark by another kind.
            let marks: Vec<usize> = s
                .char_indices()
                .filter(|(_, c)| MARKS.contains(c))
                .map(|(i, _)| i)
                .collect();
            if !marks.is_empty() {
                let at = *rng.pick(&marks);
                let len = s[at..].chars().next().map_or(0, char::len_utf8);
                let mut buf = [0; 4];
                s.replace_range(at..at + len, rng.pick(MARKS).encode_utf8(&mut buf));
            }
        }
        6 => {
            // Splice in a piece of another draft.
            let other = rng.pick(corpus);
            let (a, b) = span(rng, other, 200);
            let piece = other[a..b].to_string();
            let at = boundary(rng, s);
            s.insert_str(at, &piece);
        }
        7 => {
            // Duplicate a span.
            let (a, b) = span(rng, s, 60);
            let piece = s[a..b].to_string();
            s.insert_str(b, &piece);
        }
        8 => {
            let at = boundary(rng, s);
            s.insert(at, random_char(rng));
        }
        9 => {
            // Truncate at a character boundary.
            let at = boundary(rng, s);
            s.truncate(at);
        }
        10 => {
            // Insert a combining mark or invisible character after every letter of a span.
            let (a, b) = span(rng, s, 30);
            let mark = *rng.pick(&["\u{064E}", "\u{0640}", "\u{200C}", "\u{200F}", "\u{0651}"]);
            let piece: String = s[a..b]
                .chars()
                .flat_map(|c| std::iter::once(c.to_string()).chain(Some(mark.to_string())))
                .collect();
            s.replace_range(a..b, &piece);
        }
        _ => {
            // Line endings: LF to CRLF or CR throughout.
            let to = *rng.pick(&["\r\n", "\r", "\n\n"]);
            *s = s.replace('\n', to);
        }
    }
}

/// A dense draft of 5 to 300 random pieces (marks, words, line breaks, Markdown) joined mostly
/// by spaces: many quotation marks, cues and names close together.
fn soup(rng: &mut Rng) -> String {
    let mut s = String::new();
    for _ in 0..5 + rng.below(296) {
        let piece: &str = rng.pick::<&str>(TOKENS);
        s.push_str(piece);
        if !rng.chance(4) {
            s.push(' ');
        }
    }
    s
}

/// One draft: a seed (or a splice of two), or one in eight a [`soup`], mutated 0 to 12 times.
fn draft(rng: &mut Rng, corpus: &[String]) -> String {
    let mut s = if rng.chance(8) {
        soup(rng)
    } else {
        rng.pick(corpus).clone()
    };
    if rng.chance(4) {
        let other = rng.pick(corpus);
        let a = boundary(rng, &s);
        let b = boundary(rng, other);
        s = format!("{}{}", &s[..a], &other[b..]);
    }
    let n = rng.below(13);
    for _ in 0..n {
        mutate(rng, &mut s, corpus);
    }
    if s.len() > 64 * 1024 {
        let at = boundary(rng, &s[..64 * 1024]);
        s.truncate(at);
    }
    s
}

/// Everything a front end does with one analysis: apply the fixes, build the review sheet and
/// render the CLI output. Only panics matter here; the results are dropped.
fn consume(text: &str, format: Format, a: Analysis, profile: &Profile) {
    for f in &a.findings {
        assert!(
            f.range.start <= f.range.end
                && text.is_char_boundary(f.range.start)
                && text.is_char_boundary(f.range.end),
            "finding {} has range {:?} off the text's characters",
            f.rule,
            f.range
        );
        for fix in &f.fixes {
            let _ = apply_edits(text, &fix.edits);
        }
    }
    for q in &a.quotes {
        assert!(
            q.range.start <= q.inner.start
                && q.inner.start <= q.inner.end
                && q.inner.end <= q.range.end
                && text.get(q.range.clone()).is_some()
                && text.get(q.inner.clone()).is_some(),
            "quotation {:?} / {:?} off the text",
            q.range,
            q.inner
        );
    }
    let lines = LineIndex::new(text);
    for f in &a.findings {
        let _ = output::finding_json(f, text, &lines, Lang::Ar);
    }
    let result = FileResult {
        display: "draft".to_string(),
        text: text.to_string(),
        findings: a.findings.clone(),
        error: None,
        format,
        names: a.names.clone(),
        hidden: 0,
        hidden_floor: None,
    };
    let mut sink = Vec::new();
    let _ = output::write_text(&mut sink, std::slice::from_ref(&result), &[], Lang::En);
    let inputs = [report::StoryInput {
        path: "draft".to_string(),
        format,
        content: Ok((text.to_string(), a)),
    }];
    let r = report::build(&inputs, profile, Lang::Ar);
    let _ = report::markdown::render(&r);
    let _ = report::json::render(&r);
    let _ = report::html::render(&r);
}

/// Analyses `text` as plain text and as Markdown, with everything downstream.
fn run_analysis(text: &str, profile: &Profile) {
    for format in [Format::Plain, Format::Markdown] {
        let a = analysis::analyze_text(text, format, profile);
        consume(text, format, a, profile);
    }
}

/// A UTF-16 position of char index `ci` in `rope`.
fn utf16_position(rope: &Rope, ci: usize) -> Position {
    let line = rope.char_to_line(ci);
    let line_start = rope.line_to_char(line);
    let col = rope.char_to_utf16_cu(ci) - rope.char_to_utf16_cu(line_start);
    Position::new(line as u32, col as u32)
}

/// `ci`, or the char before it when `ci` is the `\n` of a CRLF (no position lies inside a line
/// break).
fn off_crlf(rope: &Rope, ci: usize) -> usize {
    if ci > 0 && ci < rope.len_chars() && rope.char(ci) == '\n' && rope.char(ci - 1) == '\r' {
        ci - 1
    } else {
        ci
    }
}

/// One random edit against `rope`: (change, Some(char range, text) when the edit is valid and
/// its effect on the client's copy is known).
fn random_edit(
    rng: &mut Rng,
    rope: &Rope,
    corpus: &[String],
) -> (
    TextDocumentContentChangeEvent,
    Option<(usize, usize, String)>,
) {
    let n = rope.len_chars();
    let text = match rng.below(6) {
        0 => String::new(),
        1 => {
            let other = rng.pick(corpus);
            let (a, b) = span(rng, other, 120);
            other[a..b].to_string()
        }
        2 => random_char(rng).to_string(),
        _ => {
            let mut t = String::new();
            for _ in 0..1 + rng.below(3) {
                let piece: &str = rng.pick::<&str>(TOKENS);
                t.push_str(piece);
            }
            t
        }
    };
    if rng.chance(40) {
        // Replace the whole text.
        return (
            TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text: text.clone(),
            },
            Some((0, n, text)),
        );
    }
    if rng.chance(8) {
        // A position the client should never send: past the end, inside a surrogate pair, a
        // start after the end.
        let line = rng.below(rope.len_lines() + 3) as u32;
        let pick = |rng: &mut Rng| match rng.below(3) {
            0 => rng.below(8) as u32,
            1 => rng.below(200) as u32,
            _ => u32::MAX - rng.below(2) as u32,
        };
        let a = Position::new(line, pick(rng));
        let b = Position::new(rng.below(rope.len_lines() + 3) as u32, pick(rng));
        return (
            TextDocumentContentChangeEvent {
                range: Some(LspRange::new(a, b)),
                range_length: None,
                text,
            },
            None,
        );
    }
    let a = off_crlf(rope, rng.below(n + 1));
    // Mostly short deletions, sometimes across lines.
    let len = if rng.chance(5) {
        rng.below(400)
    } else {
        rng.below(6)
    };
    let b = off_crlf(rope, (a + len).min(n)).max(a);
    let change = TextDocumentContentChangeEvent {
        range: Some(LspRange::new(
            utf16_position(rope, a),
            utf16_position(rope, b),
        )),
        range_length: None,
        text: text.clone(),
    };
    (change, Some((a, b, text)))
}

/// The edit path of the language server: open `text`, apply `edits` random edits in UTF-16
/// positions, checking the document against a client-side copy, analyse and convert everything
/// to LSP types. Returns the replay record (initial text and edits).
fn run_edits(
    rng: &mut Rng,
    text: &str,
    corpus: &[String],
    profile: &Arc<Profile>,
    log: &Mutex<Value>,
) {
    let markdown = rng.chance(2);
    let (lang_id, path) = if markdown {
        ("markdown", "/d/draft.md")
    } else {
        ("plaintext", "/d/draft.txt")
    };
    let mut doc = LspDocument::new(text, 1, lang_id, path);
    let mut client = doc.rope.clone();
    let mut edits_log = Vec::new();
    *log.lock().unwrap() = json!({"language": lang_id, "text": text, "edits": []});
    let rounds = 1 + rng.below(4);
    for round in 0..rounds {
        let n = 1 + rng.below(12);
        for _ in 0..n {
            let (change, effect) = random_edit(rng, &doc.rope, corpus);
            edits_log.push(serde_json::to_value(&change).unwrap_or(Value::Null));
            log.lock().unwrap()["edits"] = Value::Array(edits_log.clone());
            let version = doc.version + 1;
            doc.apply_changes(std::slice::from_ref(&change), version, Encoding::Utf16);
            match effect {
                Some((a, b, t)) => {
                    client.remove(a..b);
                    client.insert(a, &t);
                    assert!(
                        client == doc.rope,
                        "server copy differs from the client's after a valid edit"
                    );
                }
                None => client = doc.rope.clone(),
            }
        }
        if round + 1 < rounds && rng.chance(2) {
            continue;
        }
        let source = doc.rope.to_string();
        // The server's incremental analysis (the facts of the versions analysed before kept in
        // the document) must be exactly the analysis from scratch.
        let a = doc
            .incremental
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .analyze(&source, doc.format, profile);
        let scratch = analysis::analyze_text(&source, doc.format, profile);
        assert!(
            format!("{a:?}") == format!("{scratch:?}"),
            "the incremental analysis differs from the analysis from scratch"
        );
        let uri: Uri = "file:///d/draft.md".parse().expect("a valid URI");
        let enc = *rng.pick(&[Encoding::Utf16, Encoding::Utf8, Encoding::Utf32]);
        let _ = diagnostics::to_diagnostics(&a, &doc.rope, enc, Lang::En, &uri, doc.version);
        let snapshot = Snapshot {
            version: doc.version,
            rope: doc.rope.clone(),
            analysis: a,
            elsewhere: Vec::new(),
            internal_error: false,
            not_a_draft: false,
        };
        let len = source.len();
        for _ in 0..4 {
            let at = rng.below(len + 2);
            let _ = hover::hover(&snapshot, profile, at, enc, Lang::Ar, rng.chance(2));
            let p = position::to_position(&snapshot.rope, at.min(len), enc);
            let _ = position::to_offset(&snapshot.rope, p, enc);
        }
        let _ = hover::inlay_hints(&snapshot, 0..len, enc, Lang::En);
        let _ = symbols::document_symbols(&snapshot, enc, Lang::Ar);
        let _ = symbols::symbol_information(&snapshot, &uri, enc, Lang::En);
    }
}

/// The location of the last panic, recorded by the panic hook.
static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

struct Options {
    seconds: u64,
    seed: u64,
    iterations: Option<u64>,
    seeds: PathBuf,
    replay: Option<PathBuf>,
}

fn parse_args() -> Options {
    let mut o = Options {
        seconds: 60,
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_secs()),
        iterations: None,
        seeds: Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds"),
        replay: None,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--seconds" => o.seconds = value.parse().expect("--seconds N"),
            "--seed" => o.seed = value.parse().expect("--seed S (an integer)"),
            "--iterations" => o.iterations = Some(value.parse().expect("--iterations N")),
            "--seeds" => o.seeds = PathBuf::from(value),
            "--replay" => o.replay = Some(PathBuf::from(value)),
            "-h" | "--help" => {
                println!(
                    "usage: fuzz [--seconds N] [--seed S] [--iterations N] [--seeds DIR] [--replay FILE]"
                );
                std::process::exit(0);
            }
            other => panic!("unknown option {other}"),
        }
        i += 2;
    }
    o
}

/// The seed drafts: every file of `dir`, then the built-in lines.
fn load_corpus(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(&p) {
                out.push(t);
            }
        }
    }
    out.extend(BUILTIN.iter().map(|s| s.to_string()));
    out
}

/// Replays a crash file: a `.txt` is analysed (both formats); a `.json` edit record is applied
/// to an LSP document and analysed. Panics propagate, with their backtrace.
fn replay(path: &Path, profile: &Profile) {
    let data = std::fs::read(path).expect("readable crash file");
    if path.extension().is_some_and(|e| e == "json") {
        let v: Value = serde_json::from_slice(&data).expect("a JSON edit record");
        let text = v["text"].as_str().unwrap_or("");
        let lang = v["language"].as_str().unwrap_or("plaintext");
        let mut doc = LspDocument::new(text, 1, lang, "/d/draft");
        for e in v["edits"].as_array().into_iter().flatten() {
            let change: TextDocumentContentChangeEvent =
                serde_json::from_value(e.clone()).expect("an edit");
            let version = doc.version + 1;
            doc.apply_changes(&[change], version, Encoding::Utf16);
        }
        let source = doc.rope.to_string();
        let a = analysis::analyze_text(&source, doc.format, profile);
        consume(&source, doc.format, a, profile);
    } else {
        let text = String::from_utf8(data).expect("UTF-8 crash file");
        run_analysis(&text, profile);
    }
    println!("replayed {} without a panic", path.display());
}

fn main() {
    let o = parse_args();
    let profile = Arc::new(Profile::embedded());
    if let Some(p) = &o.replay {
        replay(p, &profile);
        return;
    }
    let corpus = load_corpus(&o.seeds);
    let crash_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-crashes");
    panic::set_hook(Box::new(|info| {
        let loc = info
            .location()
            .map_or(String::new(), |l| format!("{}:{}", l.file(), l.line()));
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        *LAST_PANIC.lock().unwrap_or_else(|e| e.into_inner()) = Some(format!("{loc}: {msg}"));
    }));
    println!(
        "fuzz: seed {} , {} seed drafts, {} s{}",
        o.seed,
        corpus.len(),
        o.seconds,
        o.iterations
            .map_or(String::new(), |n| format!(", at most {n} iterations"))
    );
    let start = Instant::now();
    let budget = Duration::from_secs(o.seconds);
    let mut rng = Rng::new(o.seed);
    let (mut execs, mut edit_runs, mut crashes) = (0u64, 0u64, 0u64);
    let log = Mutex::new(Value::Null);
    while start.elapsed() < budget && o.iterations.is_none_or(|n| execs < n) {
        let text = draft(&mut rng, &corpus);
        execs += 1;
        let edits = rng.chance(3);
        let result = if edits {
            edit_runs += 1;
            let mut sub = Rng::new(rng.next());
            panic::catch_unwind(AssertUnwindSafe(|| {
                run_edits(&mut sub, &text, &corpus, &profile, &log)
            }))
        } else {
            panic::catch_unwind(AssertUnwindSafe(|| run_analysis(&text, &profile)))
        };
        if result.is_err() {
            crashes += 1;
            let _ = std::fs::create_dir_all(&crash_dir);
            let what = LAST_PANIC
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .take()
                .unwrap_or_default();
            let file = if edits {
                let f = crash_dir.join(format!("crash-{}-{execs}.json", o.seed));
                let record = log.lock().unwrap_or_else(|e| e.into_inner()).clone();
                let _ = std::fs::write(&f, serde_json::to_string_pretty(&record).unwrap());
                f
            } else {
                let f = crash_dir.join(format!("crash-{}-{execs}.txt", o.seed));
                let _ = std::fs::write(&f, &text);
                f
            };
            println!("PANIC at {what}");
            println!(
                "  input: {}\n  reproduce: cargo run --release --example fuzz -- --replay {}",
                file.display(),
                file.display()
            );
        }
        if execs % 20_000 == 0 {
            println!(
                "  {execs} inputs ({edit_runs} edit sessions), {crashes} panics, {:.0} s",
                start.elapsed().as_secs_f64()
            );
        }
    }
    println!(
        "fuzz: {execs} inputs ({edit_runs} edit sessions) in {:.1} s, {crashes} panics (seed {})",
        start.elapsed().as_secs_f64(),
        o.seed
    );
    if crashes > 0 {
        std::process::exit(1);
    }
}
