//! `isnad check --format sarif`: the log validates against the official SARIF 2.1.0 schema kept in
//! `tests/data/` and carries the exact rules, regions (UTF-16 columns, UTF-8 byte offsets) and
//! fixes.
//!
//! The schema is checked by a small JSON Schema validator below, which knows every keyword the
//! SARIF schema uses and fails on any other, so nothing outside the repository is needed (the CI
//! machines have no JSON Schema package); its own tests show it rejects what the schema forbids.

use serde_json::{Value, json};
use std::path::Path;

#[path = "support/cli.rs"]
mod support;
use support::{isnad, tmp};

fn schema() -> Value {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sarif-schema-2.1.0.json");
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

// ---------------------------------------------------------------------------------------------
// A JSON Schema validator for the keywords of the SARIF schema.

/// Keywords that only annotate.
const ANNOTATIONS: [&str; 5] = ["$schema", "title", "description", "default", "definitions"];

/// Appends to `errors` every way `v` (at JSON pointer `at`) breaks `s`; `root` resolves `$ref`.
fn validate(root: &Value, s: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
    let Some(obj) = s.as_object() else {
        panic!("schema at {at} is not an object");
    };
    for (k, kv) in obj {
        match k.as_str() {
            k if ANNOTATIONS.contains(&k) => {}
            "$ref" => {
                let r = kv.as_str().unwrap();
                let target = root
                    .pointer(r.strip_prefix('#').unwrap())
                    .unwrap_or_else(|| panic!("unresolved $ref {r}"));
                validate(root, target, v, at, errors);
            }
            "type" => {
                let types: Vec<&str> = match kv {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(a) => a.iter().map(|t| t.as_str().unwrap()).collect(),
                    _ => panic!("bad type"),
                };
                let ok = types.iter().any(|t| match *t {
                    "object" => v.is_object(),
                    "array" => v.is_array(),
                    "string" => v.is_string(),
                    "boolean" => v.is_boolean(),
                    "null" => v.is_null(),
                    "number" => v.is_number(),
                    "integer" => v.is_i64() || v.is_u64(),
                    t => panic!("unknown type {t}"),
                });
                if !ok {
                    errors.push(format!("{at}: not of type {types:?}"));
                }
            }
            "properties" => {
                if let Some(o) = v.as_object() {
                    for (p, ps) in kv.as_object().unwrap() {
                        if let Some(pv) = o.get(p) {
                            validate(root, ps, pv, &format!("{at}/{p}"), errors);
                        }
                    }
                }
            }
            "additionalProperties" => {
                if let Some(o) = v.as_object() {
                    let known = obj.get("properties").and_then(Value::as_object);
                    for (p, pv) in o {
                        if known.is_some_and(|k| k.contains_key(p)) {
                            continue;
                        }
                        match kv {
                            Value::Bool(false) => {
                                errors.push(format!("{at}: property {p} is not allowed"))
                            }
                            Value::Bool(true) => {}
                            s => validate(root, s, pv, &format!("{at}/{p}"), errors),
                        }
                    }
                }
            }
            "required" => {
                if let Some(o) = v.as_object() {
                    for r in kv.as_array().unwrap() {
                        if !o.contains_key(r.as_str().unwrap()) {
                            errors.push(format!("{at}: missing required {r}"));
                        }
                    }
                }
            }
            "items" => {
                if let Some(a) = v.as_array() {
                    for (i, x) in a.iter().enumerate() {
                        validate(root, kv, x, &format!("{at}/{i}"), errors);
                    }
                }
            }
            "minItems" => {
                if let Some(a) = v.as_array()
                    && (a.len() as u64) < kv.as_u64().unwrap()
                {
                    errors.push(format!("{at}: fewer than {kv} items"));
                }
            }
            "uniqueItems" => {
                if let Some(a) = v.as_array()
                    && kv == &Value::Bool(true)
                {
                    for (i, x) in a.iter().enumerate() {
                        if a[..i].contains(x) {
                            errors.push(format!("{at}: item {i} repeats an earlier one"));
                        }
                    }
                }
            }
            "enum" => {
                if !kv.as_array().unwrap().contains(v) {
                    errors.push(format!("{at}: {v} not in {kv}"));
                }
            }
            "minimum" => {
                if let (Some(x), Some(m)) = (v.as_f64(), kv.as_f64())
                    && x < m
                {
                    errors.push(format!("{at}: {x} < minimum {m}"));
                }
            }
            "maximum" => {
                if let (Some(x), Some(m)) = (v.as_f64(), kv.as_f64())
                    && x > m
                {
                    errors.push(format!("{at}: {x} > maximum {m}"));
                }
            }
            "pattern" => {
                if let Some(t) = v.as_str()
                    && !regex::Regex::new(kv.as_str().unwrap()).unwrap().is_match(t)
                {
                    errors.push(format!("{at}: {t:?} does not match {kv}"));
                }
            }
            "format" => {
                if let Some(t) = v.as_str() {
                    let ok = match kv.as_str().unwrap() {
                        // A scheme, then no space or non-ASCII character (RFC 3986).
                        "uri" => {
                            t.split_once(':').is_some_and(|(scheme, _)| {
                                !scheme.is_empty()
                                    && scheme
                                        .chars()
                                        .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                            }) && t.chars().all(|c| c.is_ascii_graphic())
                        }
                        "uri-reference" => t.chars().all(|c| c.is_ascii_graphic()),
                        "date-time" | "uuid" => true,
                        f => panic!("unknown format {f}"),
                    };
                    if !ok {
                        errors.push(format!("{at}: {t:?} is not a {kv}"));
                    }
                }
            }
            "oneOf" | "anyOf" => {
                let passing = kv
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|sub| {
                        let mut e = Vec::new();
                        validate(root, sub, v, at, &mut e);
                        e.is_empty()
                    })
                    .count();
                if (k == "oneOf" && passing != 1) || (k == "anyOf" && passing == 0) {
                    errors.push(format!("{at}: {passing} alternatives of {k} match"));
                }
            }
            other => panic!("keyword {other} (at {at}) is not supported by this validator"),
        }
    }
}

/// The schema errors of `v` (empty when it validates).
fn schema_errors(v: &Value) -> Vec<String> {
    let s = schema();
    let mut e = Vec::new();
    validate(&s, &s, v, "", &mut e);
    e
}

#[test]
fn the_validator_rejects_what_the_schema_forbids() {
    let good =
        json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": []}]});
    assert_eq!(schema_errors(&good), Vec::<String>::new());
    let no_version = json!({"runs": []});
    assert_eq!(
        schema_errors(&no_version),
        [": missing required \"version\""]
    );
    let bad_level = json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
        "results": [{"message": {"text": "m"}, "level": "info"}]}]});
    assert_eq!(
        schema_errors(&bad_level),
        ["/runs/0/results/0/level: \"info\" not in [\"none\",\"note\",\"warning\",\"error\"]"]
    );
    let bad_column = json!({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}},
        "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "a b.md"}, "region": {"startColumn": 0}}}]}]}]});
    let e = schema_errors(&bad_column);
    assert!(
        e.contains(&"/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri: \"a b.md\" is not a \"uri-reference\"".to_string()),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|x| x.ends_with("region/startColumn: 0 < minimum 1")),
        "{e:?}"
    );
    let extra = json!({"version": "2.1.0", "runs": [], "extra": 1});
    assert_eq!(schema_errors(&extra), [": property extra is not allowed"]);
}

// ---------------------------------------------------------------------------------------------

/// A draft with a Persian yeh after an emoji (two UTF-16 code units, four UTF-8 bytes), a name
/// spelled two ways, no credit line and an anonymous source.
const DRAFT: &str = "أعلن وزير الطاقة سامر الخطيب 🙂 أن الوزیر سيزور المدينة.\nوقال الخطيب إن العمل مستمر. وأضاف مصدر مطلع أن الخطط جاهزة.\n";

fn results_of<'a>(log: &'a Value, rule: &str) -> Vec<&'a Value> {
    log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["ruleId"] == rule)
        .collect()
}

#[test]
fn sarif_log_validates_and_carries_rules_regions_and_fixes() {
    let d = tmp("log");
    std::fs::write(d.join("a.md"), DRAFT).unwrap();
    std::fs::write(d.join("bad.md"), b"ab\xffc").unwrap();
    let out = isnad(
        &[
            "check",
            "--format",
            "sarif",
            "--min-severity",
            "information",
            "a.md",
            "bad.md",
        ],
        &d,
    );
    // A file could not be read: exit 2, as for the other formats.
    assert_eq!(out.status.code(), Some(2));
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema_errors(&log), Vec::<String>::new());
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "isnad");
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), isnad::analysis::RULES.len());
    let nv = rules.iter().find(|r| r["id"] == "name-variant").unwrap();
    assert_eq!(nv["name"], "NameVariant");
    assert_eq!(
        nv["helpUri"],
        "https://github.com/isnad-dev/isnad/blob/main/docs/rules.md#name-variant"
    );
    assert_eq!(nv["defaultConfiguration"]["level"], "warning");
    assert_eq!(
        nv["shortDescription"]["text"],
        "A name spelled in more than one way"
    );
    assert!(
        nv["help"]["markdown"]
            .as_str()
            .unwrap()
            .starts_with("## What it flags")
    );
    // `tatweel` would be `Tatweel`: the name is left out (the validator flags id == name).
    let tatweel = rules.iter().find(|r| r["id"] == "tatweel").unwrap();
    assert_eq!(tatweel.get("name"), None);
    assert_eq!(
        run["invocations"][0],
        json!({"executionSuccessful": false, "toolExecutionNotifications": [
            {"level": "error", "message": {"text": "bad.md: invalid UTF-8 on line 1 (byte offset 2 in the file); save the draft as UTF-8"}}]})
    );

    // The Persian yeh: line 1, after «أعلن وزير الطاقة سامر الخطيب 🙂 أن الوزي» (the emoji is two
    // UTF-16 code units), byte offset in UTF-8.
    let yeh = results_of(&log, "lookalike-letter");
    assert_eq!(yeh.len(), 1);
    let at = DRAFT.find('ی').unwrap();
    let before: usize = DRAFT[..at].encode_utf16().count();
    assert_eq!(before, 39);
    assert_eq!(yeh[0]["level"], "warning");
    assert_eq!(
        yeh[0]["ruleIndex"],
        isnad::analysis::RULES
            .iter()
            .position(|r| r.meta().id == "lookalike-letter")
            .unwrap()
    );
    let region = json!({"startLine": 1, "startColumn": 40, "endLine": 1, "endColumn": 41,
        "byteOffset": at, "byteLength": 2});
    assert_eq!(
        yeh[0]["locations"][0]["physicalLocation"],
        json!({"artifactLocation": {"uri": "a.md", "uriBaseId": "%SRCROOT%"}, "region": region})
    );
    assert_eq!(
        yeh[0]["fixes"][0],
        json!({"description": {"text": "Replace «ی» with Arabic «ي»"},
            "artifactChanges": [{"artifactLocation": {"uri": "a.md", "uriBaseId": "%SRCROOT%"},
                "replacements": [{"deletedRegion": region, "insertedContent": {"text": "ي"}}]}],
            "properties": {"applicability": "safe"}})
    );

    // The missing credit line: the last line break becomes the credit line; with no agency cited
    // it is a template for the writer to complete, never applied by --fix.
    let credit = results_of(&log, "missing-credit");
    assert_eq!(credit.len(), 1);
    let rep = &credit[0]["fixes"][0]["artifactChanges"][0]["replacements"][0];
    assert_eq!(DRAFT.lines().nth(1).unwrap().encode_utf16().count(), 59);
    assert_eq!(
        rep,
        &json!({"deletedRegion": {"startLine": 2, "startColumn": 60, "endLine": 3, "endColumn": 1,
            "byteOffset": DRAFT.len() - 1, "byteLength": 1},
            "insertedContent": {"text": "\n\n(المصدر: [الوكالة])\n"}})
    );
    assert_eq!(
        credit[0]["fixes"][0]["properties"]["applicability"],
        "template"
    );

    // Information is a SARIF note.
    let anon = results_of(&log, "anonymous-source");
    assert_eq!(anon.len(), 1);
    assert_eq!(anon[0]["level"], "note");
    let m = DRAFT.find("مصدر مطلع").unwrap();
    assert_eq!(
        anon[0]["locations"][0]["physicalLocation"]["region"],
        json!({"startLine": 2, "startColumn": 35, "endLine": 2, "endColumn": 44,
            "byteOffset": m, "byteLength": "مصدر مطلع".len()})
    );
}

#[test]
fn sarif_in_arabic_and_with_related_places_in_another_story() {
    let d = tmp("ar");
    std::fs::create_dir_all(d.join("قصص")).unwrap();
    let a =
        "أعلن الرئيس الأمريكي دونالد ترامب خطة جديدة. وقال ترامب إن الخطة جاهزة.\n(المصدر: وكالة)\n";
    let b = "أعلن الرئيس الأمريكي دونالد ترمب خطة جديدة. وقال ترمب إن الخطة جاهزة. وأكد ترمب موقفه.\n(المصدر: وكالة)\n";
    std::fs::write(d.join("قصص/a b.md"), a).unwrap();
    std::fs::write(d.join("قصص/c.md"), b).unwrap();
    let out = isnad(
        &[
            "--lang",
            "ar",
            "check",
            "--format",
            "sarif",
            "--min-severity",
            "information",
            "قصص",
        ],
        &d,
    );
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(schema_errors(&log), Vec::<String>::new());
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert_eq!(
        rules[0]["shortDescription"]["text"],
        "اقتباس مباشر لم يُنسب إلى قائله"
    );
    // The story that departs from the folder's spelling points at the other story.
    let nv = results_of(&log, "name-variant");
    assert_eq!(nv.len(), 1);
    assert_eq!(
        nv[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "%D9%82%D8%B5%D8%B5/a%20b.md"
    );
    assert_eq!(
        nv[0]["relatedLocations"][0]["physicalLocation"],
        json!({"artifactLocation": {"uri": "%D9%82%D8%B5%D8%B5/c.md", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 1, "startColumn": 29, "endLine": 1, "endColumn": 33,
                "byteOffset": b.find("ترمب").unwrap(), "byteLength": "ترمب".len()}})
    );
    assert_eq!(
        nv[0]["relatedLocations"][0]["message"]["text"],
        "ورد بصيغة «ترمب» في تلك القصة"
    );
    // Arabic and space in paths are percent-encoded UTF-8.
    let uris: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(
        uris.iter()
            .all(|u| *u == "%D9%82%D8%B5%D8%B5/a%20b.md" || *u == "%D9%82%D8%B5%D8%B5/c.md"),
        "{uris:?}"
    );
}
