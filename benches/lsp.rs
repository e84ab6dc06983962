//! Language-server timings through the real binary over stdio (release build under `cargo bench`):
//!
//! - `keystroke_to_diagnostics`: one incremental `didChange` (one letter typed or deleted) on a
//!   generated ~5,000-word Arabic draft until the `publishDiagnostics` for that version is read
//!   back, with `debounceMs` 0. DESIGN.md budget: under 5 ms.
//! - `startup_to_initialize`: spawning `isnad lsp` until the `initialize` answer is read. Budget:
//!   under 20 ms.
//! - `analyse_and_convert`: the in-process part of a keystroke (analysis of the whole draft and
//!   conversion of the findings to LSP diagnostics), for comparison.
//!
//! Run: `cargo bench --bench lsp`.

#[path = "../tests/support/rpc.rs"]
mod rpc;

use isnad::analysis::{Lang, analyze_text};
use isnad::lsp::{diagnostics, position::Encoding};
use isnad::profile::Profile;
use isnad::text::Format;
use rpc::Client;
use serde_json::json;
use std::cell::RefCell;

const BIN: &str = env!("CARGO_BIN_EXE_isnad");
const URI: &str = "file:///bench/draft.md";
const WORDS: usize = 5_000;

fn main() {
    let draft = rpc::generated_draft(WORDS);
    eprintln!(
        "draft: {} words, {} bytes, {} lines",
        draft.split_whitespace().count(),
        draft.len(),
        draft.lines().count()
    );
    divan::main();
}

#[divan::bench(sample_count = 300, sample_size = 1)]
fn keystroke_to_diagnostics(bencher: divan::Bencher) {
    let draft = rpc::generated_draft(WORDS);
    let mut c = Client::spawn(BIN);
    c.initialize(Some(&["utf-16"]), Some("en"), json!({"debounceMs": 0}));
    c.open(URI, "markdown", 1, &draft);
    let first = c.diagnostics(URI, 1);
    assert!(!first.is_empty());
    let state = RefCell::new((c, 1i64));
    bencher.bench_local(|| {
        let (c, version) = &mut *state.borrow_mut();
        *version += 1;
        // Type «و» at the start of line 2, then delete it on the next keystroke.
        let change = if *version % 2 == 0 {
            json!({"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 0}}, "text": "و"})
        } else {
            json!({"range": {"start": {"line": 2, "character": 0}, "end": {"line": 2, "character": 1}}, "text": ""})
        };
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": *version}, "contentChanges": [change]}),
        );
        c.diagnostics(URI, *version).len()
    });
    let (mut c, _) = state.into_inner();
    assert!(c.shutdown().success());
}

#[divan::bench(sample_count = 40, sample_size = 1)]
fn startup_to_initialize(bencher: divan::Bencher) {
    bencher.bench_local(|| {
        let mut c = Client::spawn(BIN);
        let r = c.call(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {"general": {"positionEncodings": ["utf-16"]}}}),
        );
        assert_eq!(r["capabilities"]["positionEncoding"], "utf-16");
        // Returned, so the process is killed after the sample is taken.
        c
    });
}

#[divan::bench(sample_count = 100)]
fn analyse_and_convert(bencher: divan::Bencher) {
    let draft = rpc::generated_draft(WORDS);
    let profile = Profile::embedded();
    let rope = ropey::Rope::from_str(&draft);
    let uri = URI.parse().unwrap();
    bencher.bench_local(|| {
        let text = rope.to_string();
        let a = analyze_text(&text, Format::Markdown, &profile);
        diagnostics::to_diagnostics(&a, &rope, Encoding::Utf16, Lang::En, &uri, 1).len()
    });
}
