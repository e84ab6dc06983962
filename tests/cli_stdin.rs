//! `isnad check -` and `isnad report -`: a draft on standard input, `--stdin-filename` for its
//! `isnad.toml`, its format and its name, the fixed draft on standard output with `--fix`, and bad
//! input (empty, invalid UTF-8, UTF-16) answered without a panic.

#[path = "support/cli.rs"]
mod support;
use support::{isnad_stdin as isnad, text, tmp};

/// A Persian yeh in prose and another in a Markdown code span (not prose in a .md draft).
const DRAFT: &str = "قال الوزیر إن الخطة جاهزة، وكتب `الوزیر` في الرمز.\n(المصدر: وكالة الأنباء)\n";

#[test]
fn check_reads_standard_input() {
    let d = tmp("plain");
    let out = isnad(&["check", "--format", "json", "-"], &d, DRAFT.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], "<stdin>");
    // Without a file name the draft is plain text: both Persian letters are flagged.
    let rules: Vec<(&str, u64)> = v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["start"].as_u64().unwrap()))
        .collect();
    let first = DRAFT.find('ی').unwrap() as u64;
    let second = DRAFT.rfind('ی').unwrap() as u64;
    assert_eq!(
        rules,
        [("lookalike-letter", first), ("lookalike-letter", second)]
    );
}

#[test]
fn no_path_reads_a_piped_draft_and_null_stdin_is_a_usage_error() {
    let d = tmp("nopath");
    // `isnad check < draft` and `cat draft | isnad report`: standard input is a pipe.
    let out = isnad(&["check", "--format", "json"], &d, DRAFT.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], "<stdin>");
    assert_eq!(v["files"][0]["findings"].as_array().unwrap().len(), 2);
    let report = isnad(&["report", "--format", "json"], &d, DRAFT.as_bytes());
    assert_eq!(report.status.code(), Some(0), "{}", text(&report.stderr));
    // Nothing to read (standard input is /dev/null): a usage error that says what to name.
    let none = std::process::Command::new(env!("CARGO_BIN_EXE_isnad"))
        .args(["check"])
        .current_dir(&d)
        .env("LANG", "C")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(2));
    assert!(
        text(&none.stderr).contains("name the drafts to check"),
        "{}",
        text(&none.stderr)
    );
}

#[test]
fn stdin_filename_gives_the_format_the_isnad_toml_and_the_name() {
    let d = tmp("named");
    std::fs::create_dir_all(d.join("desk/stories")).unwrap();
    let args = [
        "check",
        "--format",
        "json",
        "-",
        "--stdin-filename",
        "desk/stories/today.md",
    ];
    // As Markdown: the code span is not prose, one finding.
    let out = isnad(&args, &d, DRAFT.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["path"], "desk/stories/today.md");
    let f = v["files"][0]["findings"].as_array().unwrap();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0]["rule"], "lookalike-letter");
    assert_eq!(f[0]["start"], DRAFT.find('ی').unwrap());
    // The isnad.toml above that path turns the rule off: nothing left, exit 0.
    std::fs::write(
        d.join("desk/isnad.toml"),
        "[rules]\nlookalike-letter = \"off\"\n",
    )
    .unwrap();
    let out = isnad(&args, &d, DRAFT.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert_eq!(
        text(&out.stdout),
        "{\"files\":[{\"findings\":[],\"path\":\"desk/stories/today.md\"}],\"version\":1}\n"
    );
    // The file named is never read: it does not exist.
    assert!(!d.join("desk/stories/today.md").exists());
}

#[test]
fn fix_on_standard_input_prints_the_fixed_draft() {
    let d = tmp("fix");
    let out = isnad(
        &["check", "--fix", "-", "--stdin-filename", "x.md"],
        &d,
        DRAFT.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0));
    // Only the prose letter is fixed; the code span is left alone.
    assert_eq!(
        text(&out.stdout),
        "قال الوزير إن الخطة جاهزة، وكتب `الوزیر` في الرمز.\n(المصدر: وكالة الأنباء)\n"
    );
    // What was fixed is said on standard error, as for a file.
    assert_eq!(
        text(&out.stderr),
        "isnad: x.md: fixed 1 (lookalike-letter ×1)\n\
         isnad: fixed 1 in 1 file(s)\n\
         0 error(s), 0 warning(s), 0 other in 1 file(s)\n"
    );
    assert!(!d.join("x.md").exists(), "nothing is written");
    // --diff on standard input: the diff, named after --stdin-filename.
    let out = isnad(
        &["check", "--diff", "-", "--stdin-filename", "x.md"],
        &d,
        DRAFT.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout)
            .starts_with("--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,2 @@\n-قال الوزیر إن الخطة جاهزة"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn bad_standard_input_is_reported_not_a_panic() {
    let d = tmp("bad");
    let empty = isnad(&["check", "-"], &d, b"");
    assert_eq!(empty.status.code(), Some(0));
    assert_eq!(
        text(&empty.stdout),
        "0 error(s), 0 warning(s), 0 other in 1 file(s)\n"
    );
    let bad = isnad(&["check", "-"], &d, b"\xd9\x82\xff\xd9");
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        text(&bad.stdout),
        "<stdin>: error: invalid UTF-8 on line 1 (byte offset 2 in the file); save the draft as UTF-8\n\
         0 error(s), 0 warning(s), 0 other in 1 file(s); 1 could not be checked\n"
    );
    let utf16: Vec<u8> = "قال".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let mut with_bom = vec![0xFF, 0xFE];
    with_bom.extend(utf16);
    let out = isnad(&["--lang", "ar", "check", "-"], &d, &with_bom);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stdout)
            .starts_with("<stdin>: خطأ: نص بترميز UTF-16 (الأصغر أولاً)؛ احفظ المسودة بترميز UTF-8\n"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(text(&bad.stderr), "");
}

#[test]
fn dash_with_other_paths_and_stdin_filename_without_dash_are_usage_errors() {
    let d = tmp("usage");
    std::fs::write(d.join("a.md"), DRAFT).unwrap();
    let out = isnad(&["check", "-", "a.md"], &d, b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "isnad: `-` reads one draft from standard input: name no other file or folder with it\n"
    );
    let out = isnad(&["check", "--lang", "ar", "-", "a.md"], &d, b"");
    assert_eq!(
        text(&out.stderr),
        "isnad: «-» يقرأ مسودة واحدة من الدخل القياسي: لا تذكر معه ملفاً أو مجلداً آخر\n"
    );
    let out = isnad(&["report", "a.md", "--stdin-filename", "a.md"], &d, b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "isnad: --stdin-filename names the draft read from standard input: give `-` as the path\n"
    );
}

#[test]
fn report_reads_standard_input() {
    let d = tmp("report");
    let out = isnad(
        &[
            "report",
            "--format",
            "json",
            "-",
            "--stdin-filename",
            "story.md",
        ],
        &d,
        "أكد وزير الطاقة سامر الخطيب أن الشبكة ستعود للعمل خلال أيام.\nوقال الخطيب: «الفرق الفنية تعمل ليلاً ونهاراً في كل الأحياء المتضررة من العاصفة».\n(المصدر: وكالة الأنباء)\n"
            .as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let story = &v["stories"][0];
    assert_eq!(story["path"], "story.md");
    assert_eq!(story["quotes"][0]["speaker"], "الخطيب");
    assert_eq!(story["quotes"][0]["line"], 2);
}
