//! Throughput of full analysis on real Arabic prose: every article of `../shared/corpus/dev`
//! (published wire copy), analysed one by one, and the same copy concatenated into one 5 MB file to
//! show that cost grows linearly. Falls back to the drafts in `tests/drafts/` when the corpus is not
//! beside the repository. DESIGN.md budget: at least 50 MB/s, a 2,000-word article under 1 ms.

use divan::counter::BytesCount;
use isnad::analysis::analyze_text;
use isnad::profile::Profile;
use isnad::text::Format;
use std::sync::LazyLock;

fn main() {
    divan::main();
}

static ARTICLES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            let mut paths: Vec<_> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            paths
                .into_iter()
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .collect()
        })
        .unwrap_or_default();
    if texts.is_empty() {
        let drafts = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/drafts");
        for f in ["seed-syria-iran-security.txt", "planted-faults.md"] {
            texts.push(std::fs::read_to_string(format!("{drafts}/{f}")).unwrap());
        }
    }
    texts
});

static PROFILE: LazyLock<Profile> = LazyLock::new(Profile::embedded);

/// Every corpus article analysed separately (the editor's and the CLI's usual case).
#[divan::bench]
fn corpus_articles(bencher: divan::Bencher) {
    let total: usize = ARTICLES.iter().map(|a| a.len()).sum();
    bencher.counter(BytesCount::new(total)).bench(|| {
        for a in ARTICLES.iter() {
            divan::black_box(analyze_text(a, Format::Plain, &PROFILE));
        }
    });
}

/// One article of about 2,000 words (the seed article repeated), the DESIGN.md "under 1 ms" case.
#[divan::bench]
fn article_2000_words(bencher: divan::Bencher) {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/drafts/seed-syria-iran-security.txt"
    ))
    .unwrap();
    let mut text = String::new();
    while text.split_whitespace().count() < 2000 {
        text.push_str(&seed);
        text.push('\n');
    }
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| divan::black_box(analyze_text(&text, Format::Plain, &PROFILE)));
}

/// The corpus concatenated to 5 MB in one document: linear growth, no quadratic path.
#[divan::bench(sample_count = 5)]
fn one_5mb_document(bencher: divan::Bencher) {
    let mut text = String::new();
    while text.len() < 5 * 1024 * 1024 {
        for a in ARTICLES.iter() {
            text.push_str(a);
            text.push('\n');
        }
    }
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| divan::black_box(analyze_text(&text, Format::Plain, &PROFILE)));
}
