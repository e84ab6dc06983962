//! Runs the in-process analysis over every dev article one by one, for instruction counts under
//! callgrind: `valgrind --tool=callgrind --toggle-collect='analyze_dev::pass' \
//! target/release/examples/analyze_dev [DIR]`. One warm-up pass first (lazy lexicons loaded),
//! then one measured pass (`pass`). DIR defaults to `../shared/corpus/dev`; reads `*.txt` in
//! file-name order. Prints the number of articles, bytes and findings. The measured pass uses a
//! reindexed copy of the profile (same lists, a new generation), so the lexicon tags the warm-up
//! left in the thread's memo (`analysis::lexicon`, shared across analyses) are not read: the pass
//! costs what a fresh process analysing the folder pays. `--warm` measures with the warm-up's
//! profile instead (every spelling already tagged).
use isnad::analysis::analyze_text;
use isnad::profile::Profile;
use isnad::text::Format;

#[inline(never)]
fn pass(texts: &[String], profile: &Profile) -> usize {
    let mut n = 0;
    for t in texts {
        n += std::hint::black_box(analyze_text(t, Format::Plain, profile))
            .findings
            .len();
    }
    n
}

/// The same work as `pass`, outside the measured function: lazy statics and lexicons load here.
#[inline(never)]
fn warm_up(texts: &[String], profile: &Profile) -> usize {
    texts
        .iter()
        .map(|t| {
            std::hint::black_box(analyze_text(t, Format::Plain, profile))
                .findings
                .len()
        })
        .sum()
}

fn main() {
    let warm_memo = std::env::args().any(|a| a == "--warm");
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with("--"))
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev").into());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let profile = Profile::embedded();
    let warm = warm_up(&texts, &profile);
    let mut fresh = profile.clone();
    if !warm_memo {
        fresh.reindex();
    }
    let n = pass(&texts, &fresh);
    let bytes: usize = texts.iter().map(String::len).sum();
    println!(
        "{} articles, {bytes} bytes, {n} findings (warm-up {warm})",
        texts.len()
    );
}
