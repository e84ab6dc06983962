//! Speed of the embedded Arabic lexicon (`isnad::profile::words`): one lookup per word, for words
//! found exactly, with clitics, only after folding, and not found (the slowest path: both maps are
//! walked for every prefix the word starts with); and the cost of building the lexicon from the
//! embedded bytes (what the first lookup of a process pays). Issue 11 budget: well under 1 µs a
//! word; the process start of `isnad check` may gain at most 20 ms.

use isnad::profile::words::{Lexicon, lexicon};

fn main() {
    divan::main();
}

const EXACT: &[&str] = &["محكمة", "ارتفاع", "الاتحاد", "إصدار", "توتر", "الأسد"];
const CLITICS: &[&str] = &["وبالمحكمة", "للاتحاد", "ومحكمته", "فسيكتبونها"];
const FOLDED: &[&str] = &["الاسرة", "اكتوبر", "الاسد", "مستشفي"];
const UNKNOWN: &[&str] = &["ترامب", "بيتسبرج", "ساندبرج", "واطسون", "وبالترامبيين"];

fn per_word(bencher: divan::Bencher, words: &'static [&'static str]) {
    let lex: &Lexicon = lexicon();
    bencher
        .counter(divan::counter::ItemsCount::new(words.len()))
        .bench(|| {
            for w in words {
                divan::black_box(lex.lookup(divan::black_box(w)));
            }
        });
}

/// Words that the dictionary has as written.
#[divan::bench]
fn lookup_exact(bencher: divan::Bencher) {
    per_word(bencher, EXACT);
}

/// Words with proclitics and enclitic pronouns.
#[divan::bench]
fn lookup_with_clitics(bencher: divan::Bencher) {
    per_word(bencher, CLITICS);
}

/// Words found only after folding hamza seats, ة/ه, ى/ي (the exact map is tried first).
#[divan::bench]
fn lookup_folded(bencher: divan::Bencher) {
    per_word(bencher, FOLDED);
}

/// Foreign names the dictionary does not have.
#[divan::bench]
fn lookup_unknown(bencher: divan::Bencher) {
    per_word(bencher, UNKNOWN);
}

/// Words with harakat and tatweel (stripped first, into a stack buffer).
#[divan::bench]
fn lookup_with_harakat(bencher: divan::Bencher) {
    per_word(bencher, &["مَحْكَمَةٌ", "الاتحـــاد", "وَبِالمَحْكَمَةِ"]);
}

/// Building the lexicon from the embedded bytes, as the first `lexicon()` call does.
#[divan::bench]
fn load() -> Lexicon {
    Lexicon::load_embedded()
}
