//! The committed lexicon data (`src/profile/data/ayaspell/`) is what the generator
//! (`tools/gen_lexicon.rs`) makes from the Debian package `hunspell-ar`.
//!
//! The check needs the package (`/usr/share/hunspell/ar.aff`, `ar.dic`) and an optimized build
//! (the expansion makes six million forms: minutes unoptimized):
//! `cargo test --release --test lexicon_data`. Without either it prints why it skipped.

#[allow(dead_code)]
#[path = "../tools/gen_lexicon.rs"]
mod gen_lexicon;

use std::path::Path;

#[test]
fn committed_lexicon_matches_generator_output() {
    let aff = Path::new("/usr/share/hunspell/ar.aff");
    let dic = Path::new("/usr/share/hunspell/ar.dic");
    if !aff.exists() || !dic.exists() {
        eprintln!("note: hunspell-ar is not installed; lexicon regeneration check skipped");
        return;
    }
    if cfg!(debug_assertions) {
        eprintln!(
            "note: lexicon regeneration check skipped in a debug build; run \
             `cargo test --release --test lexicon_data`"
        );
        return;
    }
    let read = |p: &Path| std::fs::read_to_string(p).expect("readable dictionary file");
    let generated = gen_lexicon::generate(&read(aff), &read(dic)).expect("generator runs");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(gen_lexicon::DATA_DIR);
    let committed = |name: &str| std::fs::read(dir.join(name)).expect("committed data file");
    assert!(
        generated.exact == committed("exact.fst"),
        "exact.fst differs: regenerate"
    );
    assert!(
        generated.exact_masks == committed("exact.masks"),
        "exact.masks differs"
    );
    assert!(
        generated.folded == committed("folded.fst"),
        "folded.fst differs"
    );
    assert!(
        generated.folded_masks == committed("folded.masks"),
        "folded.masks differs"
    );
    assert_eq!(
        generated.affixes.as_bytes(),
        committed("affixes.tsv").as_slice()
    );
    assert_eq!(generated.stems, 170_757);
}
