//! Throughput of full analysis on real Arabic prose: every article of `../shared/corpus/dev`
//! (published wire copy), analysed one by one, and the 5 MB fixture of `benches/fixtures.py big`
//! (the articles joined with blank lines and repeated) as one document to show that cost grows
//! linearly. Falls back to the drafts in `tests/drafts/` when the corpus is not
//! beside the repository. DESIGN.md budget: at least 50 MB/s, a 2,000-word article under 1 ms.
//!
//! Before the timings, the memory budgets of issue 10 are measured: peak RSS (`VmHWM`) of `isnad
//! check`, text and JSON output, on the 5 MB file of `benches/fixtures.py big` and on a 44 KB file
//! with 8,000 findings of one rule (`مـنـه ` repeated: tatweel; at the default severity and at `--min-severity hint`), each
//! budget 100 MB. Each case runs `isnad::cli::check` in a fresh child process (this benchmark
//! binary, re-run with `ISNAD_BUDGET_CHILD`), output to /dev/null; the files are written to a
//! temporary folder at benchmark time. Linux only (reads /proc/self/status). Exits 1 when a case is over budget.
//! `ISNAD_SKIP_BUDGETS=1` skips the budgets (timings only).

use divan::counter::BytesCount;
use isnad::analysis::analyze_text;
use isnad::profile::Profile;
use isnad::text::Format;
use std::sync::LazyLock;

fn main() {
    if let Ok(spec) = std::env::var(BUDGET_CHILD) {
        std::process::exit(budget_child(&spec));
    }
    if std::env::var_os(SKIP_BUDGETS).is_none() {
        budgets();
    }
    divan::main();
}

const BUDGET_CHILD: &str = "ISNAD_BUDGET_CHILD";
/// Set (to anything) to skip the memory budgets and run only the timings, e.g. to alternate
/// timing runs of two builds quickly.
const SKIP_BUDGETS: &str = "ISNAD_SKIP_BUDGETS";
/// Peak RSS budget of `isnad check` in the two cases, in KiB.
const BUDGET_KIB: u64 = 100 * 1024;

/// In the child: `FORMAT:SEVERITY:PATH`; runs `isnad check` on PATH and prints `VmHWM <KiB>` on
/// standard error.
fn budget_child(spec: &str) -> i32 {
    use isnad::cli::{CheckArgs, LangArg, OutputFormat, SeverityArg};
    let mut parts = spec.splitn(3, ':');
    let (Some(format), Some(severity), Some(path)) = (parts.next(), parts.next(), parts.next())
    else {
        return 3;
    };
    let args = CheckArgs {
        paths: vec![path.into()],
        format: if format == "json" {
            OutputFormat::Json
        } else {
            OutputFormat::Text
        },
        lang: Some(LangArg::En),
        min_severity: if severity == "hint" {
            SeverityArg::Hint
        } else {
            SeverityArg::Warning
        },
        ext: vec!["md".into(), "markdown".into(), "txt".into()],
        config: None,
        ..Default::default()
    };
    let status = isnad::cli::check(&args);
    let hwm = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .unwrap_or(0);
    eprintln!("VmHWM {hwm}");
    i32::from(status)
}

/// Measures and prints the peak RSS of each budget case (see the module documentation).
fn budgets() {
    if !std::path::Path::new("/proc/self/status").exists() {
        println!("memory budgets: skipped (no /proc/self/status)");
        return;
    }
    let dir = std::env::temp_dir().join(format!("isnad-budgets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = big_fixture();
    let big_path = dir.join("joined-5mb.txt");
    std::fs::write(&big_path, &big).unwrap();
    drop(big);
    // 4,000 words with two tatweels each, ten to a line: 8,000 tatweel findings in 44,000 bytes.
    let tatweel: String = (1..=4000)
        .map(|i| {
            if i % 10 == 0 {
                "مـنـه\n"
            } else {
                "مـنـه "
            }
        })
        .collect();
    let tatweel_path = dir.join("tatweel-8000.txt");
    std::fs::write(&tatweel_path, &tatweel).unwrap();
    let me = std::env::current_exe().unwrap();
    let cases = [
        ("5 MB corpus file", "text", "warning", &big_path),
        ("5 MB corpus file", "json", "warning", &big_path),
        (
            "44 KB, 8,000 tatweel findings",
            "text",
            "warning",
            &tatweel_path,
        ),
        (
            "44 KB, 8,000 tatweel findings",
            "text",
            "hint",
            &tatweel_path,
        ),
        (
            "44 KB, 8,000 tatweel findings",
            "json",
            "hint",
            &tatweel_path,
        ),
    ];
    let mut over = 0;
    for (name, format, severity, path) in cases {
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let out = std::process::Command::new(&me)
            .env(
                BUDGET_CHILD,
                format!("{format}:{severity}:{}", path.display()),
            )
            .stdout(std::process::Stdio::null())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        let hwm: Option<u64> = err
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM "))
            .and_then(|v| v.parse().ok());
        over += usize::from(hwm.is_none_or(|kib| kib > BUDGET_KIB));
        match hwm {
            Some(kib) => println!(
                "memory budget: isnad check --format {format} --min-severity {severity}, {name} ({size} bytes): peak RSS {:.1} MB (budget {} MB) {}",
                kib as f64 / 1024.0,
                BUDGET_KIB / 1024,
                if kib <= BUDGET_KIB {
                    "ok"
                } else {
                    "OVER BUDGET"
                }
            ),
            None => println!("memory budget: {name} ({format}): no figure ({err})"),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    if over > 0 {
        eprintln!("memory budget: {over} case(s) over budget or unmeasured");
        std::process::exit(1);
    }
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

/// Size of the 5 MB fixture, in bytes (5 MiB).
const BIG_BYTES: usize = 5 * 1024 * 1024;

/// The 5 MB fixture exactly as `python3 benches/fixtures.py big` writes it (issue 14, item 5): the
/// articles stripped of surrounding white space (empty ones skipped), in file-name order, whole
/// articles added over and over while the count (each article's bytes plus two for the blank
/// line) is under 5 MiB, joined with a blank line ("\n\n") and ended with "\n". Empty when there
/// is no article.
fn big_fixture() -> String {
    let arts: Vec<&str> = ARTICLES
        .iter()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .collect();
    if arts.is_empty() {
        return String::new();
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut n = 0;
    while n < BIG_BYTES {
        for a in &arts {
            if n >= BIG_BYTES {
                break;
            }
            parts.push(a);
            n += a.len() + 2;
        }
    }
    let mut text = parts.join("\n\n");
    text.push('\n');
    text
}

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

/// The 5 MB fixture ([`big_fixture`], as `benches/fixtures.py big`) in one document: linear
/// growth, no quadratic path.
#[divan::bench(sample_count = 5)]
fn one_5mb_document(bencher: divan::Bencher) {
    let text = big_fixture();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| divan::black_box(analyze_text(&text, Format::Plain, &PROFILE)));
}
