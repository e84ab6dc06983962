//! The `isnad check` command line: output formats, exit status and bad input. Each test runs the
//! real binary on files it writes to a fresh temporary folder.

use serde_json::Value;
use std::process::{Command, Output};

#[path = "support/cli.rs"]
mod support;
use support::{isnad, text, tmp};

const DRAFT: &str = "أكد وزير الطاقة سامر الخطيب أن الشبكة ستعود للعمل خلال أيام، وأن الفرق الفنية تعمل ليلاً ونهاراً في كل الأحياء المتضررة من العاصفة.\nوقال الخطيب إن الأضرار كبيرة. وأضاف الخطيب أن الوزارة طلبت دعماً عاجلاً.\n";

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn json_output_has_the_documented_shape() {
    let d = tmp("json");
    std::fs::write(d.join("a.txt"), DRAFT).unwrap();
    let out = isnad(&["check", "--format", "json", "a.txt"], &d);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["version"], 1);
    let f = &v["files"][0];
    assert_eq!(f["path"], "a.txt");
    let finding = &f["findings"][0];
    assert_eq!(finding["rule"], "missing-credit");
    assert_eq!(finding["severity"], "warning");
    assert_eq!(finding["start"], 0);
    assert_eq!(finding["end"], "أكد".len());
    assert_eq!(
        (finding["line"].as_u64(), finding["column"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(
        (finding["end_line"].as_u64(), finding["end_column"].as_u64()),
        (Some(1), Some(4))
    );
    let edit = &finding["fixes"][0]["edits"][0];
    assert_eq!(edit["new_text"], "\n(المصدر: [الوكالة])\n");
    assert!(finding["related"].is_array());
}

#[test]
fn clean_file_exit_zero_and_empty_findings() {
    let d = tmp("clean");
    std::fs::write(d.join("ok.md"), format!("دمشق - سانا\n\n{DRAFT}")).unwrap();
    let out = isnad(&["check", "--format", "json", "ok.md"], &d);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(json(&out)["files"][0]["findings"], serde_json::json!([]));
}

#[test]
fn min_severity_filters_output_and_exit_status() {
    let d = tmp("sev");
    std::fs::write(
        d.join("a.txt"),
        format!("بيروت - وكالات\n{DRAFT}وقال مصدر مطلع إن الإصلاح بدأ.\n"),
    )
    .unwrap();
    let warn = isnad(&["check", "--format", "json", "a.txt"], &d);
    assert_eq!(warn.status.code(), Some(0));
    assert_eq!(
        json(&warn)["files"][0]["findings"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let info = isnad(
        &[
            "check",
            "--format",
            "json",
            "--min-severity",
            "information",
            "a.txt",
        ],
        &d,
    );
    assert_eq!(info.status.code(), Some(1));
    assert_eq!(
        json(&info)["files"][0]["findings"][0]["rule"],
        "anonymous-source"
    );
}

#[test]
fn text_output_is_compiler_style_in_both_languages() {
    let d = tmp("text");
    std::fs::write(d.join("a.txt"), DRAFT).unwrap();
    let en = String::from_utf8(isnad(&["check", "a.txt"], &d).stdout).unwrap();
    assert!(
        en.starts_with("a.txt:1:1: warning[missing-credit]: No story credit"),
        "{en}"
    );
    assert!(en.contains("  | ^^^\n"), "{en}");
    assert!(en.contains("= fix: Add a credit line to complete"), "{en}");
    let ar = String::from_utf8(isnad(&["check", "--lang", "ar", "a.txt"], &d).stdout).unwrap();
    assert!(ar.contains("تحذير[missing-credit]: لا مصدر للقصة"), "{ar}");
    let env_ar = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .args(["check", "a.txt"])
        .current_dir(&d)
        .env("LANG", "ar_SA.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(env_ar.stdout)
            .unwrap()
            .contains("لا مصدر للقصة")
    );
}

#[test]
fn bad_inputs_are_reported_and_the_other_files_still_checked() {
    let d = tmp("bad");
    std::fs::write(
        d.join("bad-utf8.txt"),
        b"\xd9\x82\xd8\xa7\xd9\x84 \xff\xfe rest",
    )
    .unwrap();
    std::fs::write(d.join("binary.txt"), [0u8, 1, 2, 3, 0, 255]).unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("good.txt"), DRAFT).unwrap();
    let out = isnad(
        &[
            "check",
            "--format",
            "json",
            "bad-utf8.txt",
            "binary.txt",
            "empty.txt",
            "missing.txt",
            "good.txt",
        ],
        &d,
    );
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let files = v["files"].as_array().unwrap();
    let by = |p: &str| {
        files
            .iter()
            .find(|f| f["path"] == p)
            .unwrap_or_else(|| panic!("{p} missing"))
    };
    assert_eq!(
        by("bad-utf8.txt")["error"],
        "invalid UTF-8 on line 1 (byte offset 7 in the file); save the draft as UTF-8"
    );
    assert!(
        by("binary.txt")["error"]
            .as_str()
            .unwrap()
            .starts_with("binary file")
    );
    assert_eq!(by("missing.txt")["error"], "no such file or directory");
    assert_eq!(by("empty.txt")["findings"], serde_json::json!([]));
    assert_eq!(by("good.txt")["findings"][0]["rule"], "missing-credit");
    assert!(by("bad-utf8.txt").get("findings").is_none());
}

/// Errors come in the order the command named the files, whatever the error (a path that does
/// not exist, a file that cannot be decoded), in the text and JSON output of `check` and on the
/// standard error of `report`.
#[test]
fn errors_follow_the_order_of_the_command_line() {
    let d = tmp("error-order");
    std::fs::write(d.join("bad.md"), [0xFF, 0xFE, 0x00, 0xD8, b'x', 0]).unwrap();
    std::fs::write(d.join("good.md"), DRAFT).unwrap();
    let args = ["zz-missing.md", "bad.md", "good.md", "aa-missing.md"];
    let out = isnad(
        &[&["check", "--min-severity", "error"][..], &args[..]].concat(),
        &d,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stdout),
        "zz-missing.md: error: no such file or directory\n\
         bad.md: error: UTF-16 (little-endian) text; save the draft as UTF-8\n\
         aa-missing.md: error: no such file or directory\n\
         0 error(s), 0 warning(s), 0 other in 4 file(s); 3 could not be checked; \
         1 below --min-severity not shown (--min-severity warning shows them)\n"
    );
    let out = isnad(
        &[&["check", "--format", "json"][..], &args[..]].concat(),
        &d,
    );
    let paths: Vec<String> = json(&out)["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths, args);
    // With --lang ar, the JSON errors are in Arabic, as the findings' messages are.
    let out = isnad(
        &[
            &["check", "--format", "json", "--lang", "ar"][..],
            &args[..],
        ]
        .concat(),
        &d,
    );
    let errors: Vec<String> = json(&out)["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f["error"].as_str().map(str::to_string))
        .collect();
    assert_eq!(
        errors,
        [
            "لا يوجد ملف أو مجلد بهذا الاسم",
            "نص بترميز UTF-16 (الأصغر أولاً)؛ احفظ المسودة بترميز UTF-8",
            "لا يوجد ملف أو مجلد بهذا الاسم",
        ]
    );
    let out = isnad(
        &[&["report", "--format", "json"][..], &args[..]].concat(),
        &d,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "isnad: zz-missing.md: no such file or directory\n\
         isnad: bad.md: UTF-16 (little-endian) text; save the draft as UTF-8\n\
         isnad: aa-missing.md: no such file or directory\n"
    );
}

#[test]
fn folders_recurse_by_extension_and_report_empty_folders() {
    let d = tmp("folder");
    std::fs::create_dir_all(d.join("stories/sub")).unwrap();
    std::fs::create_dir_all(d.join("empty")).unwrap();
    std::fs::write(d.join("stories/a.md"), DRAFT).unwrap();
    std::fs::write(d.join("stories/sub/b.txt"), DRAFT).unwrap();
    std::fs::write(d.join("stories/notes.rtf"), DRAFT).unwrap();
    let out = isnad(&["check", "--format", "json", "stories"], &d);
    let v = json(&out);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["stories/a.md", "stories/sub/b.txt"]);
    let rtf = isnad(
        &["check", "--format", "json", "--ext", "rtf", "stories"],
        &d,
    );
    assert_eq!(json(&rtf)["files"].as_array().unwrap().len(), 1);
    // A folder with no draft is a usage error (issue 15).
    let empty = isnad(&["check", "empty"], &d);
    assert_eq!(empty.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&empty.stdout),
        "empty: error: no drafts (.md, .markdown, .txt) in this folder\n0 error(s), 0 warning(s), 0 other in 0 file(s); 1 folder(s) with no draft\n"
    );
}

#[test]
fn crlf_and_bom_keep_byte_offsets_and_columns() {
    let d = tmp("crlf");
    let text = format!("\u{FEFF}{}", DRAFT.replace('\n', "\r\n"));
    std::fs::write(d.join("a.txt"), &text).unwrap();
    let v = json(&isnad(&["check", "--format", "json", "a.txt"], &d));
    let f = &v["files"][0]["findings"][0];
    assert_eq!(f["start"], 3);
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(1), Some(1))
    );
    let fix = &f["fixes"][0]["edits"][0];
    assert_eq!(fix["new_text"], "\r\n(المصدر: [الوكالة])\r\n");
}

#[test]
fn ten_megabyte_file_is_checked() {
    let d = tmp("big");
    let mut big = String::from("دمشق - سانا\n");
    while big.len() < 10 * 1024 * 1024 {
        big.push_str(DRAFT);
    }
    std::fs::write(d.join("big.txt"), &big).unwrap();
    let out = isnad(&["check", "--format", "json", "big.txt"], &d);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn rules_and_explain() {
    let d = tmp("rules");
    let rules = String::from_utf8(isnad(&["rules"], &d).stdout).unwrap();
    for id in [
        "unattributed-quote",
        "unbalanced-quote",
        "name-variant",
        "missing-credit",
        "anonymous-source",
    ] {
        assert!(rules.contains(id), "{rules}");
    }
    let explain = isnad(&["explain", "name-variant"], &d);
    assert_eq!(explain.status.code(), Some(0));
    assert!(
        String::from_utf8(explain.stdout)
            .unwrap()
            .contains("## What it flags")
    );
    let unknown = isnad(&["explain", "no-such-rule"], &d);
    assert_eq!(unknown.status.code(), Some(2));
    let usage = isnad(&["check"], &d);
    assert_eq!(usage.status.code(), Some(2));
}

#[cfg(debug_assertions)]
fn isnad_env(args: &[&str], dir: &std::path::Path, env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_isnad"));
    c.args(args).current_dir(dir).env("LANG", "C");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

/// A draft with no source credit: one `missing-credit` warning at its first word.
const UNCREDITED: &str = DRAFT;

#[cfg(debug_assertions)]
#[test]
fn a_panic_in_one_draft_is_reported_and_the_others_are_checked() {
    let d = tmp("panic");
    std::fs::write(d.join("a.txt"), UNCREDITED).unwrap();
    std::fs::write(d.join("b.txt"), "قال الوزير كلاماً عن زلزال_مفتعل هنا.\n").unwrap();
    std::fs::write(d.join("c.txt"), UNCREDITED).unwrap();
    let env = [("ISNAD_TEST_PANIC_ON", "زلزال_مفتعل")];
    let out = isnad_env(&["check", "."], &d, &env);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        text.contains(&format!(
            "./b.txt: error: internal error while checking (please report it, with the isnad version: {version})"
        )),
        "{text}"
    );
    assert!(
        text.contains("./a.txt:1:1: warning[missing-credit]"),
        "{text}"
    );
    assert!(
        text.contains("./c.txt:1:1: warning[missing-credit]"),
        "{text}"
    );
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(
        err.contains("isnad: ./b.txt: internal error: panicked at src/report/guard.rs:"),
        "{err}"
    );
    // The default panic message is not printed.
    assert!(!err.contains("thread 'main' panicked"), "{err}");

    let out = isnad_env(
        &["check", "--format", "json", "--lang", "ar", "."],
        &d,
        &env,
    );
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let files = v["files"].as_array().unwrap();
    let b = files.iter().find(|f| f["path"] == "./b.txt").unwrap();
    assert_eq!(
        b["error"],
        format!("خطأ داخلي أثناء الفحص (يُرجى الإبلاغ عنه مع رقم إصدار isnad: {version})")
    );
    let a = files.iter().find(|f| f["path"] == "./a.txt").unwrap();
    assert_eq!(a["findings"][0]["rule"], "missing-credit");

    // The report lists the draft with the error, reviews the others and exits 2.
    let out = isnad_env(&["report", "--format", "json", "."], &d, &env);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let stories = v["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 3);
    assert_eq!(
        stories[1]["error"],
        format!(
            "internal error while checking (please report it, with the isnad version: {version})"
        )
    );
    assert_eq!(stories[0]["findings"][0]["rule"], "missing-credit");
    assert_eq!(stories[2]["findings"][0]["rule"], "missing-credit");
}

#[cfg(unix)]
#[test]
fn symlinks_to_folders_are_walked_once() {
    let d = tmp("symlinks");
    std::fs::create_dir_all(d.join("desk")).unwrap();
    std::fs::write(d.join("desk/a.txt"), UNCREDITED).unwrap();
    std::os::unix::fs::symlink(".", d.join("desk/x")).unwrap();
    std::os::unix::fs::symlink(".", d.join("desk/y")).unwrap();
    std::os::unix::fs::symlink("..", d.join("desk/up")).unwrap();
    let out = isnad(&["check", "--format", "json", "desk"], &d);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["desk/a.txt"]);
    // A link to another folder is followed (once).
    let other = tmp("symlinks-other");
    std::fs::write(other.join("b.txt"), UNCREDITED).unwrap();
    std::os::unix::fs::symlink(&other, d.join("desk/other")).unwrap();
    std::os::unix::fs::symlink(&other, d.join("desk/other2")).unwrap();
    let v = json(&isnad(&["check", "--format", "json", "desk"], &d));
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["desk/a.txt", "desk/other/b.txt"]);
}

#[cfg(unix)]
#[test]
fn fifos_are_skipped_never_opened() {
    let d = tmp("fifo");
    std::fs::write(d.join("a.txt"), UNCREDITED).unwrap();
    let made = Command::new("mkfifo")
        .arg(d.join("story.txt"))
        .status()
        .unwrap();
    assert!(made.success());
    // In a folder: skipped with a note, the other draft checked, exit status from its findings.
    let out = isnad(&["check", "."], &d);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(
        err.contains("isnad: ./story.txt: a FIFO (named pipe), not a text draft; skipped"),
        "{err}"
    );
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(
        text.contains("./a.txt:1:1: warning[missing-credit]"),
        "{text}"
    );
    // Named on the command line: an error, not a hang.
    let out = isnad(&["check", "story.txt", "a.txt"], &d);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout.clone()).unwrap();
    assert!(
        text.contains("story.txt: error: a FIFO (named pipe), not a text draft; skipped"),
        "{text}"
    );
    assert!(
        text.contains("a.txt:1:1: warning[missing-credit]"),
        "{text}"
    );
    let out = isnad(&["report", "--format", "json", "story.txt"], &d);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        json(&out)["stories"][0]["error"],
        "a FIFO (named pipe), not a text draft; skipped"
    );
}

#[test]
fn utf16_drafts_are_named_with_the_fix() {
    let d = tmp("utf16");
    let units: Vec<u16> = "قال الوزير إن الشبكة تعمل.\n".encode_utf16().collect();
    let mut le_bom = vec![0xFF, 0xFE];
    let mut be_bom = vec![0xFE, 0xFF];
    let mut le = Vec::new();
    for u in &units {
        le_bom.extend(u.to_le_bytes());
        be_bom.extend(u.to_be_bytes());
        le.extend(u.to_le_bytes());
    }
    std::fs::write(d.join("le-bom.txt"), &le_bom).unwrap();
    std::fs::write(d.join("be-bom.txt"), &be_bom).unwrap();
    std::fs::write(d.join("le.txt"), &le).unwrap();
    std::fs::write(d.join("bin.txt"), [0u8, 0, 1, 2, 0, 0, 3, 0]).unwrap();
    let out = isnad(&["check", "--format", "json", "."], &d);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let error_of = |p: &str| {
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"] == p)
            .map(|f| f["error"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(
        error_of("./le-bom.txt"),
        "UTF-16 (little-endian) text; save the draft as UTF-8"
    );
    assert_eq!(
        error_of("./be-bom.txt"),
        "UTF-16 (big-endian) text; save the draft as UTF-8"
    );
    assert_eq!(
        error_of("./le.txt"),
        "UTF-16 (little-endian) text; save the draft as UTF-8"
    );
    assert_eq!(
        error_of("./bin.txt"),
        "binary file (contains NUL bytes); not a text draft"
    );
}

#[test]
fn file_errors_and_summary_in_arabic_and_a_broken_config_exits_2_in_report_too() {
    let d = tmp("arabic-errors");
    let units: Vec<u16> = "قال الوزير إن الشبكة تعمل.\n".encode_utf16().collect();
    let mut le_bom = vec![0xFF, 0xFE];
    for u in &units {
        le_bom.extend(u.to_le_bytes());
    }
    std::fs::write(d.join("utf16.txt"), &le_bom).unwrap();
    std::fs::write(
        d.join("story.txt"),
        "دمشق - سانا\nقال الوزير إن الشبكة تعمل.\n",
    )
    .unwrap();
    let out = isnad(&["check", "--lang", "ar", "."], &d);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("./utf16.txt: خطأ: نص بترميز UTF-16 (الأصغر أولاً)؛ احفظ المسودة بترميز UTF-8"),
        "{text}"
    );
    assert!(
        text.trim_end().ends_with("الملفات: 2، ملفات تعذّر فحصها: 1"),
        "{text}"
    );
    let out = isnad(&["check", "."], &d);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.trim_end()
            .ends_with("in 2 file(s); 1 could not be checked"),
        "{text}"
    );

    // A broken isnad.toml: both commands say so, fall back to the default profile and exit 2.
    let c = tmp("broken-config");
    std::fs::write(c.join("isnad.toml"), "[rules]\nnme-variant = \"off\"\n").unwrap();
    std::fs::write(
        c.join("story.txt"),
        "دمشق - سانا\nقال الوزير إن الشبكة تعمل.\n",
    )
    .unwrap();
    let check = isnad(&["check", "story.txt"], &c);
    let report = isnad(&["report", "story.txt"], &c);
    assert_eq!(check.status.code(), Some(2));
    assert_eq!(report.status.code(), Some(2));
    let err = String::from_utf8_lossy(&report.stderr);
    assert!(err.contains("nme-variant"), "{err}");
    let sheet = String::from_utf8_lossy(&report.stdout);
    assert!(sheet.contains("story.txt"));
    // The sheet says so too, under its title: it is read away from the terminal.
    assert!(
        sheet.starts_with(
            "<!-- isnad review sheet: not a draft, skipped by isnad check -->\n# Fact-check review\n\n**Reviewed with the default profile, not the newsroom's: an \
             isnad.toml could not be used.**\n\n- isnad.toml:2:1: unknown rule `nme-variant` in [rules]"
        ),
        "{sheet}"
    );
    let json = isnad(&["report", "--format", "json", "story.txt"], &c);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let errors = v["config_errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .as_str()
            .unwrap()
            .starts_with("isnad.toml:2:1: unknown rule `nme-variant`"),
        "{errors:?}"
    );
}

/// Every error of a broken `isnad.toml` is reported, each with its line and column, in `check`'s
/// output, in `--config`'s error and on `report`'s standard error; the summary counts the file once.
#[test]
fn every_error_of_a_broken_config_is_reported_with_line_and_column() {
    let c = tmp("config-errors");
    std::fs::write(
        c.join("isnad.toml"),
        "[rules]\nnme-variant = \"off\"\ntatweel = \"loud\"\n\n[spellings]\n\"Trump\" = [\"ترامب\"]\n",
    )
    .unwrap();
    std::fs::write(
        c.join("story.txt"),
        "دمشق - سانا\nقال الوزير إن الشبكة تعمل.\n",
    )
    .unwrap();
    let out = isnad(&["check", "story.txt"], &c);
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<String> = text(&out.stdout).lines().map(str::to_string).collect();
    let places: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.strip_prefix("isnad.toml:"))
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    assert_eq!(places, ["2:1", "3:1", "6:1"], "{lines:#?}");
    assert!(
        lines[0].contains("unknown rule `nme-variant` in [rules]; did you mean `name-variant`?"),
        "{lines:#?}"
    );
    assert!(lines[1].contains("`tatweel` = \"loud\""), "{lines:#?}");
    assert!(lines[2].contains("`Trump`"), "{lines:#?}");
    assert!(
        lines
            .last()
            .unwrap()
            .ends_with("; 1 isnad.toml could not be used (default profile)"),
        "{lines:#?}"
    );
    let out = isnad(&["report", "story.txt"], &c);
    let err = text(&out.stderr);
    assert_eq!(err.matches("isnad: isnad.toml:").count(), 3, "{err}");
    let out = isnad(&["check", "--config", "isnad.toml", "story.txt"], &c);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    let places: Vec<&str> = err
        .lines()
        .filter_map(|l| l.strip_prefix("isnad: isnad.toml:"))
        .map(|l| l.split(": ").next().unwrap())
        .collect();
    assert_eq!(places, ["2:1", "3:1", "6:1"], "{err}");
}

#[test]
fn a_reader_that_closed_the_pipe_is_no_crash() {
    // `isnad explain … | head` closes the pipe before isnad writes: every command that prints
    // must end quietly, with its usual status and no panic message.
    let d = tmp("closed-pipe");
    std::fs::write(d.join("a.txt"), DRAFT).unwrap();
    let runs: [(&[&str], i32); 5] = [
        (&["explain", "name-variant"], 0),
        (&["rules"], 0),
        (&["check", "a.txt"], 1),
        (&["report", "a.txt"], 0),
        (&["check", "--format", "json", "a.txt"], 1),
    ];
    for (args, code) in runs {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = support::command(args, &d)
            .stdout(std::process::Stdio::from(writer))
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let err = text(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    }
}
