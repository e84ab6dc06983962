//! `isnad check` and `isnad report` over folders on several threads (issue 14, item 4): the output
//! is in the order of the drafts and the same bytes whatever `--jobs`; the cross-story finding is
//! found once the drafts' texts are dropped; no progress bar unless standard error is a terminal;
//! the summary line counts drafts only. Each test runs the real binary in a fresh folder.

use serde_json::Value;
use std::path::Path;

#[path = "support/cli.rs"]
mod support;
use support::{isnad, text, tmp};

/// Six drafts in `stories/`: three name the same general (the third spells him المملوك), two lack
/// a credit line, one is credited.
fn stories(d: &Path) {
    let s = d.join("stories");
    std::fs::create_dir_all(&s).unwrap();
    let drafts = [
        (
            "1-a.md",
            "أكد اللواء علي مملوك أن التعاون مستمر. وقال مملوك إن الوضع مستقر في البلاد.\n",
        ),
        (
            "2-b.md",
            "وأجرى اللواء علي مملوك مباحثات في طهران. وأضاف مملوك أن الأمن مستقر.\n",
        ),
        (
            "3-c.md",
            "التقى اللواء علي المملوك وفداً. وقال المملوك إن العلاقات جيدة.\n",
        ),
        (
            "4-d.md",
            "أعلنت وزارة الكهرباء أن الشبكة ستعود للعمل خلال أيام في كل الأحياء المتضررة من العاصفة، وأن الفرق تعمل ليلاً ونهاراً.\n",
        ),
        (
            "5-e.md",
            "دمشق - سانا\n\nقال الوزير إن الشبكة تعمل ليلاً ونهاراً في المدن كلها.\n",
        ),
        (
            "6-f.md",
            "ذكرت مصادر أن المفاوضات تعثرت مجدداً بعد جولة طويلة من المحادثات في العاصمة، وأن الوفد غادر.\n",
        ),
    ];
    for (name, text) in drafts {
        std::fs::write(s.join(name), text).unwrap();
    }
}

#[test]
fn output_is_in_draft_order_and_the_same_bytes_whatever_the_threads() {
    let d = tmp("jobs");
    stories(&d);
    for format in ["text", "json", "sarif"] {
        let run = |jobs: &str| {
            let out = isnad(
                &[
                    "check",
                    "-j",
                    jobs,
                    "--min-severity",
                    "hint",
                    "--format",
                    format,
                    "stories",
                ],
                &d,
            );
            assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
            assert_eq!(text(&out.stderr), "");
            out.stdout
        };
        let one = run("1");
        assert_eq!(run("2"), one, "{format}: -j 2 differs from -j 1");
        assert_eq!(run("3"), one, "{format}: -j 3 differs from -j 1");
    }
    let out = isnad(
        &[
            "check",
            "-j",
            "2",
            "--format",
            "json",
            "--min-severity",
            "hint",
            "stories",
        ],
        &d,
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "stories/1-a.md",
            "stories/2-b.md",
            "stories/3-c.md",
            "stories/4-d.md",
            "stories/5-e.md",
            "stories/6-f.md"
        ]
    );
    // Findings of several drafts, each draft's in text order.
    let with: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["findings"].as_array().unwrap().is_empty())
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert!(with.len() >= 3, "{with:?}");
    for f in v["files"].as_array().unwrap() {
        let starts: Vec<u64> = f["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["start"].as_u64().unwrap())
            .collect();
        assert!(starts.is_sorted(), "{starts:?}");
    }
}

#[test]
fn the_cross_story_finding_names_places_in_drafts_no_longer_in_memory() {
    let d = tmp("cross");
    stories(&d);
    let out = isnad(&["check", "-j", "2", "stories"], &d);
    assert_eq!(out.status.code(), Some(1));
    let t = text(&out.stdout);
    // The finding of 3-c.md, with the first mention of مملوك in 1-a.md (line 1, column 16) and
    // 2-b.md (line 1, column 18): both read again after the cross-story step.
    let block = "stories/3-c.md:1:18: warning[name-variant]: “المملوك” is spelled “مملوك” in other stories of this folder (مملوك ×4 in 2 stories; المملوك ×2 here).\n  |\n1 | التقى اللواء علي المملوك وفداً. وقال المملوك إن العلاقات جيدة.\n  |                  ^^^^^^^\n  = spelled “مملوك” in that story: stories/1-a.md:1:16\n  = spelled “مملوك” in that story: stories/2-b.md:1:18\n  = fix: Spell it “مملوك” in this story, as in the others (2 places)\n";
    assert!(t.contains(block), "{t}");
    // The report lists the name across stories with the line of each story's first mention.
    let r = isnad(&["report", "-j", "2", "--format", "json", "stories"], &d);
    assert_eq!(r.status.code(), Some(0), "{}", text(&r.stderr));
    let v: Value = serde_json::from_slice(&r.stdout).unwrap();
    let row = &v["across"][0];
    assert_eq!(row["preferred"], "مملوك");
    let flagged: Vec<(&str, bool)> = row["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap(), s["flagged"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        flagged,
        [
            ("stories/1-a.md", false),
            ("stories/2-b.md", false),
            ("stories/3-c.md", true)
        ]
    );
    let one = isnad(&["report", "-j", "1", "--format", "json", "stories"], &d);
    assert_eq!(one.stdout, r.stdout);
}

#[test]
fn no_progress_bar_when_standard_error_is_not_a_terminal_or_with_quiet() {
    let d = tmp("quiet");
    stories(&d);
    for args in [
        &["check", "stories"][..],
        &["check", "--quiet", "stories"],
        &["check", "-q", "-j", "2", "stories"],
        &["report", "--quiet", "stories"],
    ] {
        let out = isnad(args, &d);
        assert_eq!(text(&out.stderr), "", "{args:?}");
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
    // --quiet is in the help of both commands.
    for cmd in ["check", "report"] {
        let help = text(&isnad(&[cmd, "--help"], &d).stdout);
        assert!(help.contains("-q, --quiet"), "{help}");
        assert!(help.contains("-j, --jobs <N>"), "{help}");
    }
}

#[test]
fn the_summary_counts_drafts_and_says_a_broken_config_apart() {
    let d = tmp("counts");
    std::fs::create_dir_all(d.join("proj")).unwrap();
    std::fs::create_dir_all(d.join("empty")).unwrap();
    std::fs::write(
        d.join("proj/a.md"),
        "دمشق - سانا\n\nقال الوزير إن العمل مستمر.\n",
    )
    .unwrap();
    std::fs::write(d.join("proj/isnad.toml"), "[rules\n").unwrap();
    let out = isnad(&["check", "proj"], &d);
    assert_eq!(out.status.code(), Some(2));
    // The isnad.toml is named as the user would (relative to the current folder), not counted as
    // a file.
    assert_eq!(
        text(&out.stdout),
        "proj/isnad.toml:1:7: error: unclosed table, expected `]` (the drafts were checked with the default profile)\n\
         0 error(s), 0 warning(s), 0 other in 1 file(s); 1 isnad.toml could not be used (default profile)\n"
    );
    let json = isnad(&["check", "--format", "json", "proj"], &d);
    assert_eq!(
        text(&json.stderr),
        "isnad: proj/isnad.toml:1:7: unclosed table, expected `]` (the drafts were checked with the default profile)\n"
    );
    let ar = isnad(&["check", "--lang", "ar", "proj"], &d);
    // In Arabic the whole line is Arabic but for the TOML reader's own words, kept in parentheses.
    assert_eq!(
        text(&ar.stdout),
        "proj/isnad.toml:1:7: خطأ: ليس نص TOML صالحاً: عنوان جدول لم يُغلق، المتوقع `]` (فُحصت المسودات بالإعدادات الافتراضية)\n\
         الأخطاء: 0، التحذيرات: 0، الملاحظات: 0، الملفات: 1، ملفات isnad.toml تعذّر استعمالها: 1\n"
    );
    // From inside the project, the file is named from there.
    let inside = isnad(&["check", "a.md"], &d.join("proj"));
    assert!(
        text(&inside.stdout).starts_with("isnad.toml:1:7: error: unclosed table"),
        "{}",
        text(&inside.stdout)
    );
    // A folder with no draft and a missing draft beside a good one: one draft that could not be
    // checked, the folder said apart.
    std::fs::remove_file(d.join("proj/isnad.toml")).unwrap();
    let mixed = isnad(&["check", "empty", "proj", "gone.md"], &d);
    assert_eq!(mixed.status.code(), Some(2));
    assert!(
        text(&mixed.stdout).ends_with(
            "0 error(s), 0 warning(s), 0 other in 2 file(s); 1 could not be checked; 1 folder(s) with no draft\n"
        ),
        "{}",
        text(&mixed.stdout)
    );
}

#[test]
fn a_sheet_written_into_the_folder_under_review_is_not_reviewed_by_the_next_run() {
    let d = tmp("own-sheet");
    stories(&d);
    for _ in 0..2 {
        let out = isnad(&["report", "-o", "stories/review.md", "stories"], &d);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    let sheet = std::fs::read_to_string(d.join("stories/review.md")).unwrap();
    assert!(sheet.contains("1-a.md"), "{sheet}");
    assert!(!sheet.contains("## stories/review.md"), "{sheet}");
    assert!(!sheet.contains("review.md"), "{sheet}");
    // The sheet starts with its marker, so `check` of the folder skips it and says so; named on
    // the command line it is checked.
    assert!(
        sheet.starts_with("<!-- isnad review sheet: not a draft, skipped by isnad check -->\n# Fact-check review\n"),
        "{sheet}"
    );
    let drafts = std::fs::read_dir(d.join("stories"))
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            let name = name.to_string_lossy();
            name.ends_with(".md") && name != "review.md"
        })
        .count();
    let check = isnad(&["check", "stories"], &d);
    assert_eq!(
        text(&check.stderr),
        "isnad: stories/review.md: a review sheet written by isnad report, not a draft: skipped (name it to check it)\n"
    );
    assert!(
        text(&check.stdout).contains(&format!(" in {drafts} file(s)")),
        "{}",
        text(&check.stdout)
    );
    let named = isnad(&["check", "stories/review.md"], &d);
    assert!(
        text(&named.stdout).contains(" in 1 file(s)"),
        "{}",
        text(&named.stdout)
    );
    assert_eq!(text(&named.stderr), "");
    // A draft found in the folder given as the output is refused too: nothing is written.
    let before = std::fs::read(d.join("stories/1-a.md")).unwrap();
    let over = isnad(&["report", "-o", "stories/1-a.md", "stories"], &d);
    assert_eq!(over.status.code(), Some(2), "{}", text(&over.stderr));
    assert!(
        text(&over.stderr).ends_with(
            "isnad: the report would overwrite the draft stories/1-a.md; nothing was written (give --output another file)\n"
        ),
        "{}",
        text(&over.stderr)
    );
    assert_eq!(std::fs::read(d.join("stories/1-a.md")).unwrap(), before);
    // `-o` naming a folder: the error says to name a file in it, and nothing is written.
    let folder = isnad(&["report", "-o", "stories", "stories/1-a.md"], &d);
    assert_eq!(folder.status.code(), Some(2), "{}", text(&folder.stderr));
    assert_eq!(
        text(&folder.stderr),
        "isnad: cannot write stories: a folder, not a file (name a file in it: stories/review.md)\n"
    );
}
