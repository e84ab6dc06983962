//! A new user's first hour (issue 15, item 7): `--lang` before or after the subcommand, an empty
//! folder as a usage error in English and Arabic, `isnad rules --format json`, and the VS Code
//! extension's rule list (package.json, its messages and `src/logic.ts`) checked against it.

use serde_json::{Value, json};
use std::path::PathBuf;

#[path = "support/cli.rs"]
mod support;
use support::{isnad, text, tmp};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn lang_goes_before_or_after_the_subcommand() {
    let d = root();
    let before = isnad(&["--lang", "ar", "rules"], &d);
    let after = isnad(&["rules", "--lang", "ar"], &d);
    assert_eq!(before.status.code(), Some(0), "{}", text(&before.stderr));
    assert_eq!(before.stdout, after.stdout);
    assert_eq!(
        text(&before.stdout).lines().next().unwrap(),
        "unattributed-quote   warning      اقتباس مباشر لم يُنسب إلى قائله"
    );
    let check_before = isnad(
        &["--lang", "ar", "check", "tests/drafts/planted-faults.md"],
        &d,
    );
    let check_after = isnad(
        &["check", "tests/drafts/planted-faults.md", "--lang", "ar"],
        &d,
    );
    assert_eq!(check_before.status.code(), Some(1));
    assert_eq!(check_before.stdout, check_after.stdout);
    assert!(
        text(&check_before.stdout).ends_with(
            "الأخطاء: 0، التحذيرات: 3، الملاحظات: 0، الملفات: 1، \
             نتائج دون الحد لم تُعرض: 1 (الخيار --min-severity information يعرضها)\n"
        ),
        "{}",
        text(&check_before.stdout)
    );
    // And for report.
    let r = isnad(
        &["--lang", "ar", "report", "tests/drafts/planted-faults.md"],
        &d,
    );
    assert!(
        text(&r.stdout).starts_with(
            "<!-- isnad review sheet: not a draft, skipped by isnad check -->\n# ورقة التدقيق"
        ),
        "{}",
        text(&r.stdout)
    );
}

/// The sample draft has one information finding (an anonymous source) under the default
/// threshold: the summary says it was not shown and how to show it, and shows it as "1 other" once
/// the threshold lets it through (then says nothing is hidden).
#[test]
fn the_summary_says_what_the_threshold_hid() {
    let d = root();
    let default = isnad(&["check", "tests/drafts/planted-faults.md"], &d);
    assert!(
        text(&default.stdout).ends_with(
            "0 error(s), 3 warning(s), 0 other in 1 file(s); \
             1 below --min-severity not shown (--min-severity information shows them)\n"
        ),
        "{}",
        text(&default.stdout)
    );
    let all = isnad(
        &[
            "check",
            "--min-severity",
            "hint",
            "tests/drafts/planted-faults.md",
        ],
        &d,
    );
    let out = text(&all.stdout);
    assert!(
        out.ends_with("0 error(s), 3 warning(s), 1 other in 1 file(s)\n"),
        "{out}"
    );
    assert!(out.contains("anonymous-source"), "{out}");
}

#[test]
fn an_empty_folder_is_a_usage_error_in_english_and_arabic() {
    let d = tmp("empty");
    std::fs::create_dir_all(d.join("drafts")).unwrap();
    std::fs::write(d.join("drafts/notes.rtf"), "x").unwrap();
    let en = isnad(&["check", "drafts"], &d);
    assert_eq!(en.status.code(), Some(2));
    assert_eq!(
        text(&en.stdout),
        "drafts: error: no drafts (.md, .markdown, .txt) in this folder\n\
         0 error(s), 0 warning(s), 0 other in 0 file(s); 1 folder(s) with no draft\n"
    );
    let ar = isnad(&["check", "--lang", "ar", "drafts"], &d);
    assert_eq!(ar.status.code(), Some(2));
    assert_eq!(
        text(&ar.stdout),
        "drafts: خطأ: لا مسودات (.md, .markdown, .txt) في هذا المجلد\n\
         الأخطاء: 0، التحذيرات: 0، الملاحظات: 0، الملفات: 0، مجلدات بلا مسودات: 1\n"
    );
    let json = isnad(&["check", "--format", "json", "drafts"], &d);
    assert_eq!(json.status.code(), Some(2));
    assert_eq!(
        serde_json::from_slice::<Value>(&json.stdout).unwrap(),
        json!({"files": [{"path": "drafts", "error": "no drafts (.md, .markdown, .txt) in this folder"}], "version": 1})
    );
    // --ext that finds the file: no longer empty.
    let rtf = isnad(&["check", "--ext", "rtf", "drafts"], &d);
    assert_eq!(rtf.status.code(), Some(0));
    // isnad report too.
    let report = isnad(&["report", "drafts"], &d);
    assert_eq!(report.status.code(), Some(2));
    assert_eq!(
        text(&report.stderr),
        "isnad: drafts: no drafts (.md, .markdown, .txt) in this folder\n"
    );
}

fn rules_json() -> Value {
    let out = isnad(&["rules", "--format", "json"], &root());
    assert_eq!(out.status.code(), Some(0));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn rules_as_json() {
    let v = rules_json();
    assert_eq!(v["version"], 1);
    let rules = v["rules"].as_array().unwrap();
    assert_eq!(rules.len(), isnad::analysis::RULES.len());
    assert_eq!(
        rules[0],
        json!({"id": "unattributed-quote", "default_severity": "warning",
            "summary": {"en": "A direct quotation with no speaker", "ar": "اقتباس مباشر لم يُنسب إلى قائله"},
            "doc_url": "https://github.com/isnad-dev/isnad/blob/main/docs/rules.md#unattributed-quote"})
    );
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let registry: Vec<&str> = isnad::analysis::RULES
        .iter()
        .map(|r| r.meta().id.as_str())
        .collect();
    assert_eq!(ids, registry);
    // --markdown and --format markdown are the same text.
    let a = isnad(&["rules", "--markdown"], &root());
    let b = isnad(&["rules", "--format", "markdown"], &root());
    assert_eq!(a.stdout, b.stdout);
    assert!(text(&a.stdout).contains("## unattributed-quote"));
}

/// The string literals of `export const NAME ... = [ ... ];` in a TypeScript file.
fn ts_string_array(src: &str, name: &str) -> Vec<String> {
    let at = src
        .find(&format!("export const {name}"))
        .unwrap_or_else(|| panic!("no {name}"));
    let open = at + src[at..].find("= [").unwrap() + 3;
    let close = open + src[open..].find("];").unwrap();
    src[open..close]
        .split(',')
        .map(|s| s.trim().trim_matches('\'').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn the_vscode_rule_list_matches_isnad_rules() {
    let v = rules_json();
    let mut ids: Vec<String> = v["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    let vscode = root().join("editors/vscode");

    // logic.ts
    let logic = std::fs::read_to_string(vscode.join("src/logic.ts")).unwrap();
    let mut listed = ts_string_array(&logic, "RULE_IDS");
    listed.sort();
    assert_eq!(listed, ids, "editors/vscode/src/logic.ts RULE_IDS");
    let severities = ts_string_array(&logic, "RULE_SEVERITIES");
    assert_eq!(
        severities,
        ["error", "warning", "information", "hint", "off"]
    );

    // package.json: one setting per rule, each with the five severities.
    let pkg: Value =
        serde_json::from_str(&std::fs::read_to_string(vscode.join("package.json")).unwrap())
            .unwrap();
    let conf = &pkg["contributes"]["configuration"];
    let props = if conf.is_array() {
        &conf[0]["properties"]
    } else {
        &conf["properties"]
    };
    let rules = props["isnad.rules"]["properties"].as_object().unwrap();
    let mut keys: Vec<String> = rules.keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, ids, "editors/vscode/package.json isnad.rules");
    for (id, r) in rules {
        assert_eq!(r["enum"], json!(severities), "{id}");
        assert_eq!(r["description"], format!("%config.rules.{id}%"));
    }

    // Their descriptions, in English and Arabic, and the default severity they state.
    let nls: Value =
        serde_json::from_str(&std::fs::read_to_string(vscode.join("package.nls.json")).unwrap())
            .unwrap();
    let nls_ar: Value =
        serde_json::from_str(&std::fs::read_to_string(vscode.join("package.nls.ar.json")).unwrap())
            .unwrap();
    let ar_names = [
        ("error", "خطأ"),
        ("warning", "تحذير"),
        ("information", "معلومة"),
        ("hint", "تلميح"),
    ];
    for r in v["rules"].as_array().unwrap() {
        let id = r["id"].as_str().unwrap();
        let sev = r["default_severity"].as_str().unwrap();
        let en = nls[format!("config.rules.{id}")]
            .as_str()
            .unwrap_or_else(|| panic!("package.nls.json lacks {id}"));
        let ar = nls_ar[format!("config.rules.{id}")]
            .as_str()
            .unwrap_or_else(|| panic!("package.nls.ar.json lacks {id}"));
        if let Some(i) = en.find("(default: ") {
            assert_eq!(&en[i..], format!("(default: {sev})."), "{id}");
        }
        if let Some(i) = ar.find("(الافتراضي: ") {
            let name = ar_names.iter().find(|(s, _)| *s == sev).unwrap().1;
            assert_eq!(&ar[i..], format!("(الافتراضي: {name})."), "{id}");
        }
    }
}

#[test]
fn the_pre_commit_hooks_run_isnad_check() {
    let hooks = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    let field = |name: &str| -> Vec<String> {
        hooks
            .lines()
            .filter_map(|l| l.trim().trim_start_matches("- ").strip_prefix(name))
            .map(|v| v.trim().to_string())
            .collect()
    };
    assert_eq!(field("id:"), ["isnad", "isnad-fix"]);
    assert_eq!(field("language:"), ["rust", "rust"]);
    assert_eq!(
        field("types_or:"),
        ["[markdown, plain-text]", "[markdown, plain-text]"]
    );
    let entries = field("entry:");
    assert_eq!(entries, ["isnad check", "isnad check --fix"]);
    // Run each entry as pre-commit would: the entry, then the staged file names.
    let d = tmp("hooks");
    std::fs::write(
        d.join("a.md"),
        "قال الوزیر إن الخطة جاهزة.\n(المصدر: وكالة الأنباء)\n",
    )
    .unwrap();
    let run = |entry: &str| {
        let mut words = entry.split(' ');
        assert_eq!(words.next(), Some("isnad"));
        let mut args: Vec<&str> = words.collect();
        args.push("a.md");
        isnad(&args, &d)
    };
    assert_eq!(run(&entries[0]).status.code(), Some(1));
    let fixed = run(&entries[1]);
    assert_eq!(fixed.status.code(), Some(0), "{}", text(&fixed.stdout));
    assert_eq!(
        std::fs::read_to_string(d.join("a.md")).unwrap(),
        "قال الوزير إن الخطة جاهزة.\n(المصدر: وكالة الأنباء)\n"
    );
    assert_eq!(run(&entries[0]).status.code(), Some(0));
}
