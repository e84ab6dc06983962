//! The language server's keystroke analysis in process, for instruction counts under callgrind:
//! `valgrind --tool=callgrind --toggle-collect='keystroke::edits' target/release/examples/keystroke
//! DRAFT [EDITS]` (DRAFT from `python3 benches/fixtures.py draft DRAFT`). It opens the draft (one
//! `Incremental::analyze` from empty, the function `open`), then makes EDITS (default 20)
//! insertions of one letter (ب) at the end of the middle line, the edits of `benches/peers.py`
//! (the first non-empty line at or after the middle), each analysed incrementally (`edits`).
//! With `--check` every edit's analysis is compared with a from-scratch one (a panic if they
//! differ). With `--time` it also prints the wall time of the open and the median and p90 of the
//! edits' analyses, in milliseconds (in process: no transport, no JSON).
//! Prints the findings of the last version.
use isnad::analysis::incremental::Incremental;
use isnad::analysis::{Analysis, pipeline};
use isnad::profile::Profile;
use isnad::text::Format;
use std::sync::Arc;

/// The byte offset of the end of the first non-empty line at or after the middle line of `text`.
fn middle_line_end(text: &str) -> usize {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut at = 0;
    for (i, l) in lines.iter().enumerate() {
        if i >= lines.len() / 2 && !l.trim().is_empty() {
            return at + l.len();
        }
        at += l.len() + 1;
    }
    text.len()
}

/// The first analysis of the draft, from an empty state.
#[inline(never)]
fn open(inc: &mut Incremental, text: &str, p: &Arc<Profile>) -> Analysis {
    inc.analyze(text, Format::Markdown, p)
}

/// `n` keystrokes at the end of the middle line, each analysed; the findings of the last.
#[inline(never)]
fn edits(
    inc: &mut Incremental,
    text: &mut String,
    p: &Arc<Profile>,
    n: usize,
    check: bool,
    times: &mut Vec<f64>,
) -> usize {
    let mut last = 0;
    for _ in 0..n {
        let at = middle_line_end(text);
        text.insert(at, 'ب');
        let t = std::time::Instant::now();
        let a = std::hint::black_box(inc.analyze(text, Format::Markdown, p));
        times.push(t.elapsed().as_secs_f64() * 1e3);
        if check {
            let b = pipeline::analyze(text, Format::Markdown, p);
            assert!(format!("{a:?}") == format!("{b:?}"), "differs from scratch");
        }
        last = a.findings.len();
    }
    last
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.iter().any(|a| a == "--check");
    let rest: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let path = rest.first().map(|s| s.as_str()).unwrap_or("/tmp/draft.md");
    let n: usize = rest.get(1).and_then(|s| s.parse().ok()).unwrap_or(20);
    let mut text = std::fs::read_to_string(path).expect("draft");
    let p = Arc::new(Profile::embedded());
    let mut inc = Incremental::new();
    let t = std::time::Instant::now();
    let first = open(&mut inc, &text, &p).findings.len();
    let open_ms = t.elapsed().as_secs_f64() * 1e3;
    let mut times = Vec::with_capacity(n);
    let last = edits(&mut inc, &mut text, &p, n, check, &mut times);
    println!("{first} findings at open, {last} after {n} edits");
    if args.iter().any(|a| a == "--time") && !times.is_empty() {
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
        println!(
            "open {open_ms:.2} ms; edit median {:.3} ms, p90 {:.3} ms",
            at(0.5),
            at(0.9)
        );
        println!(
            "last edit: {} words tagged afresh, {} paragraphs reused, {} cue readings, {} inert \
             words, {} quotation kinds kept",
            inc.tagged(),
            inc.reused(),
            inc.readings_kept(),
            inc.inert_words_kept(),
            inc.kinds_kept()
        );
    }
}
