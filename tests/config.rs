//! `isnad.toml` from the command line, the JSON Schema against the config structs, and
//! `docs/rules.md` against the rules' documentation.

use isnad::profile::config::Config;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

const STORY: &str = "أكد وزير الخارجية السوري فيصل المقداد أن سوريا ترحب بالمبادرة.\nوقال المقداد إن سوريا مستعدة للحوار. وأضاف المقداد أن سورية لن تقبل الشروط.\n(سانا)\n";

#[path = "support/cli.rs"]
mod support;
use support::tmp;

fn check_json(dir: &PathBuf, args: &[&str]) -> (Option<i32>, Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .arg("check")
        .arg("--format")
        .arg("json")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (
        out.status.code(),
        v,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn spans(v: &Value, text: &str, rule: &str) -> Vec<String> {
    v["files"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| {
            text[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize]
                .to_string()
        })
        .collect()
}

#[test]
fn house_spelling_found_by_walking_up_overrides_the_majority() {
    let d = tmp("house");
    std::fs::create_dir_all(d.join("desk/2026")).unwrap();
    std::fs::write(d.join("desk/2026/story.txt"), STORY).unwrap();
    // Without isnad.toml: سوريا (2) is the majority, سورية is the variant... but they are different
    // identity keys, so isnad alone does not group them.
    let (_, v, _) = check_json(&d, &["desk/2026/story.txt"]);
    assert!(spans(&v, STORY, "name-variant").is_empty());
    // With the house spelling سورية, both mentions of سوريا are flagged and fixed to سورية.
    std::fs::write(
        d.join("desk/isnad.toml"),
        "# house style\n[spellings]\n\"سورية\" = [\"سوريا\"]\n",
    )
    .unwrap();
    let (code, v, _) = check_json(&d, &["desk/2026/story.txt"]);
    assert_eq!(code, Some(1));
    assert_eq!(spans(&v, STORY, "name-variant"), ["سوريا", "سوريا"]);
    assert_eq!(
        v["files"][0]["findings"][0]["fixes"][0]["edits"][0]["new_text"],
        "سورية"
    );
}

#[test]
fn rules_section_sets_severity_and_turns_rules_off() {
    let d = tmp("rules");
    let text = "أعلنت الوزارة أن العمل بدأ في المشروع الجديد أمس بحضور عدد من المسؤولين والخبراء في المدينة.\nوقال مصدر مطلع إن المرحلة الثانية تبدأ قريباً.\n";
    std::fs::write(d.join("a.txt"), text).unwrap();
    std::fs::write(
        d.join("isnad.toml"),
        "[rules]\nmissing-credit = \"off\"\nanonymous-source = \"error\"\n",
    )
    .unwrap();
    let (code, v, _) = check_json(&d, &["a.txt"]);
    assert_eq!(code, Some(1));
    let f = &v["files"][0]["findings"];
    assert_eq!(f.as_array().unwrap().len(), 1, "{f}");
    assert_eq!(f[0]["rule"], "anonymous-source");
    assert_eq!(f[0]["severity"], "error");
}

#[test]
fn broken_config_is_a_clear_error_and_the_draft_is_still_checked() {
    let d = tmp("broken");
    std::fs::write(d.join("a.txt"), STORY).unwrap();
    std::fs::write(
        d.join("isnad.toml"),
        "[rules]\nname-variant = \"error\"\nnot-a-rule = \"warning\"\n",
    )
    .unwrap();
    let (code, v, err) = check_json(&d, &["a.txt"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("isnad.toml:3:1: unknown rule `not-a-rule`"),
        "{err}"
    );
    assert!(
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["path"] == "a.txt" && f["findings"].is_array())
    );
}

#[test]
fn explicit_config_flag_wins_and_must_exist() {
    let d = tmp("explicit");
    std::fs::write(d.join("a.txt"), STORY).unwrap();
    std::fs::write(
        d.join("house.toml"),
        "[spellings]\n\"سورية\" = [\"سوريا\"]\n",
    )
    .unwrap();
    let (_, v, _) = check_json(&d, &["--config", "house.toml", "a.txt"]);
    assert_eq!(spans(&v, STORY, "name-variant").len(), 2);
    let (code, _, err) = check_json(&d, &["--config", "missing.toml", "a.txt"]);
    assert_eq!(code, Some(2));
    assert_eq!(err, "isnad: missing.toml: cannot read: no such file\n");
    // In the language of the run, as the errors of an isnad.toml found beside the drafts are.
    let (code, _, err) = check_json(&d, &["--lang", "ar", "--config", "missing.toml", "a.txt"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "isnad: missing.toml: تعذّرت قراءته: لا يوجد ملف بهذا الاسم\n"
    );
}

#[test]
fn files_section_filters_folders() {
    let d = tmp("files");
    std::fs::create_dir_all(d.join("archive")).unwrap();
    std::fs::write(d.join("a.md"), STORY).unwrap();
    std::fs::write(d.join("archive/old.md"), STORY).unwrap();
    std::fs::write(
        d.join("isnad.toml"),
        "[files]\nexclude = [\"archive/**\"]\n",
    )
    .unwrap();
    let (_, v, _) = check_json(&d, &["."]);
    let paths: Vec<&str> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["./a.md"]);
}

#[test]
fn accept_list_silences_a_name() {
    let d = tmp("accept");
    let text = "قال الوزير خالد الأحمد إن العمل مستمر. وأضاف الأحمد أن الخطة جاهزة. وأكد الاحمد ذلك.\n(سانا)\n";
    std::fs::write(d.join("a.txt"), text).unwrap();
    let (_, v, _) = check_json(&d, &["a.txt"]);
    assert_eq!(spans(&v, text, "name-variant"), ["الاحمد"]);
    std::fs::write(d.join("isnad.toml"), "[lexicon]\naccept = [\"الأحمد\"]\n").unwrap();
    let (_, v, _) = check_json(&d, &["a.txt"]);
    assert!(spans(&v, text, "name-variant").is_empty());
}

fn object_keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    k.sort();
    k
}

#[test]
fn json_schema_matches_the_config_structs() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/docs/isnad.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let structs = serde_json::to_value(Config::default()).unwrap();
    let props = &schema["properties"];
    assert_eq!(
        object_keys(props),
        object_keys(&structs),
        "top-level sections"
    );
    for section in ["lexicon", "credit", "files"] {
        assert_eq!(
            object_keys(&props[section]["properties"]),
            object_keys(&structs[section]),
            "[{section}]"
        );
        assert_eq!(props[section]["additionalProperties"], false);
    }
    // Every rule id is a property of [rules], with the levels the parser accepts.
    let rule_ids: Vec<String> = {
        let mut v: Vec<String> = isnad::analysis::RULES
            .iter()
            .map(|r| r.meta().id.to_string())
            .collect();
        v.sort();
        v
    };
    let schema_rules = object_keys(&props["rules"]["properties"]);
    for id in &rule_ids {
        assert!(
            schema_rules.contains(id),
            "rule {id} missing from the schema"
        );
    }
    for level in props["rules"]["properties"]["name-variant"]["enum"]
        .as_array()
        .unwrap()
    {
        let toml = format!("[rules]\nname-variant = \"{}\"\n", level.as_str().unwrap());
        assert!(Config::parse(&toml).is_ok(), "{toml}");
    }
}

#[test]
fn docs_rules_md_matches_the_rules() {
    let on_disk =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).unwrap();
    assert!(
        on_disk == isnad::analysis::rules_markdown(),
        "docs/rules.md is out of date: run `ISNAD_BLESS=1 cargo test --test rule_lists`"
    );
}
