//! `isnad report` end to end: the seed article's review data in JSON, the JSON validated against
//! `docs/report.schema.json`, Markdown golden files, `--output`, unreadable files, and the
//! folder-wide `name-variant` findings of `isnad check` on several files.
//!
//! Golden files live in `tests/golden/`; after a deliberate change, regenerate them with
//! `ISNAD_BLESS=1 cargo test --test report` and read the diff before committing.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn isnad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_isnad"))
        .args(args)
        .current_dir(root())
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[path = "support/cli.rs"]
mod support;
use support::tmp;

const SEED: &str = "tests/drafts/seed-syria-iran-security.txt";

#[test]
fn seed_report_lists_quotations_speakers_agencies_and_credit() {
    let out = isnad(&["report", "--format", "json", SEED]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    let story = &v["stories"][0];
    assert_eq!(story["path"], SEED);
    assert!(story["error"].is_null());
    // Quotations with their speakers.
    let quotes = story["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 5);
    assert!(quotes.iter().all(|q| q["attributed"] == true));
    assert!(
        quotes[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("«التعاون السوري")
    );
    assert_eq!(quotes[0]["speaker"], "اللواء مملوك");
    assert_eq!(quotes[0]["line"], 3);
    // The JSON holds each quotation whole, on one line (the Markdown golden file shows the first
    // eight words of the same quotation, cut with …).
    let seed = std::fs::read_to_string(root().join(SEED)).unwrap();
    for q in quotes {
        let (a, b) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        let whole = seed[a..b].split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(q["text"].as_str().unwrap(), whole);
    }
    assert!(quotes[0]["text"].as_str().unwrap().split(' ').count() > 8);
    let speakers: Vec<(&str, u64)> = story["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap(), s["quotes"].as_u64().unwrap()))
        .collect();
    // Speakers by the full name the story gives (main's 7ec4290).
    assert!(speakers.contains(&("علي مملوك", 4)), "{speakers:?}");
    assert!(speakers.iter().any(|s| s.0 == "علي شمخاني"), "{speakers:?}");
    // The two agencies cited in the body, and the credit line.
    let agencies: Vec<&str> = story["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(&agencies[..2], ["سانا", "فارس"]);
    let credits = story["credits"].as_array().unwrap();
    assert_eq!(credits.len(), 1);
    assert_eq!(credits[0]["kind"], "credit-line");
    assert_eq!(credits[0]["text"], "(سيرياهوم نيوز-وكالات-الوطن)");
    // Names in guillemets are listed apart from speech.
    let quoted: Vec<&str> = story["quoted_names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert!(quoted.contains(&"«سانا»") && quoted.contains(&"«فارس»"));
    // Byte offsets point at the text.
    let text = std::fs::read_to_string(root().join(SEED)).unwrap();
    let c = &credits[0];
    let (a, b) = (
        c["start"].as_u64().unwrap() as usize,
        c["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[a..b], "(سيرياهوم نيوز-وكالات-الوطن)");
    assert!(story["findings"].as_array().unwrap().is_empty());
}

#[test]
fn agencies_named_in_passing_are_not_listed_as_sources() {
    let d = tmp("agencies");
    let draft = d.join("story.txt");
    std::fs::write(
        &draft,
        "دمشق - سانا\n\nوقال مسؤول لرويترز إن البنك يدرس الطلب منذ أسابيع. وحمّل الزوار تطبيق بلومبرغ على هواتفهم.\n",
    )
    .unwrap();
    let out = isnad(&["report", "--format", "json", draft.to_str().unwrap()]);
    let v = json(&out);
    let agencies: Vec<(&str, u64)> = v["stories"][0]["agencies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["name"].as_str().unwrap(), a["lines"][0].as_u64().unwrap()))
        .collect();
    // The dateline's agency and the addressee of the statement; not the app named in passing.
    assert_eq!(agencies, [("سانا", 1), ("رويترز", 3)]);
}

#[test]
fn an_agency_cited_by_its_abbreviation_and_full_name_lists_both_forms() {
    let d = tmp("agency-forms");
    let draft = d.join("story.txt");
    std::fs::write(
        &draft,
        "و م ع\n\nقال الوزير لوكالة المغرب العربي للأنباء إن الحكومة ستعلن خطتها للنقل العام الأسبوع المقبل.\n",
    )
    .unwrap();
    let v = json(&isnad(&[
        "report",
        "--format",
        "json",
        draft.to_str().unwrap(),
    ]));
    let story = &v["stories"][0];
    // A header line with only the agency's abbreviation is a credit line, not a dateline.
    assert_eq!(story["credits"][0]["kind"], "credit-line");
    assert_eq!(story["credits"][0]["text"], "و م ع");
    let a = &story["agencies"][0];
    assert_eq!(a["name"], "لاماب");
    assert_eq!(a["count"], 2);
    let written: Vec<(&str, u64)> = a["written"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["text"].as_str().unwrap(), s["count"].as_u64().unwrap()))
        .collect();
    assert_eq!(written, [("و م ع", 1), ("وكالة المغرب العربي للأنباء", 1)]);
    // The sheet says how the text writes it, since neither form is the row's name.
    let md = stdout(&isnad(&["report", "--lang", "en", draft.to_str().unwrap()]));
    assert!(
        md.contains("- لاماب ×2 (lines 1، 3; written و م ع ×1، وكالة المغرب العربي للأنباء ×1)"),
        "{md}"
    );
}

// ---- A small JSON Schema checker for the subset docs/report.schema.json uses: type (a name or a
// list of names), const, enum, properties, required, additionalProperties: false, items,
// minItems, minimum and local $ref.

fn type_ok(v: &Value, t: &str) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_u64() || v.is_i64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        other => panic!("schema uses an unsupported type {other}"),
    }
}

fn validate(root: &Value, schema: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
    let s = schema.as_object().expect("schema is an object");
    for key in s.keys() {
        assert!(
            matches!(
                key.as_str(),
                "$schema"
                    | "$id"
                    | "$defs"
                    | "$ref"
                    | "title"
                    | "description"
                    | "type"
                    | "const"
                    | "enum"
                    | "properties"
                    | "required"
                    | "additionalProperties"
                    | "items"
                    | "minItems"
                    | "minimum"
            ),
            "schema keyword {key} not supported by this checker"
        );
    }
    if let Some(r) = s.get("$ref") {
        let name = r
            .as_str()
            .unwrap()
            .strip_prefix("#/$defs/")
            .expect("local $ref");
        validate(root, &root["$defs"][name], v, at, errors);
    }
    if let Some(t) = s.get("type") {
        let ok = match t {
            Value::String(t) => type_ok(v, t),
            Value::Array(ts) => ts.iter().any(|t| type_ok(v, t.as_str().unwrap())),
            _ => panic!("bad type"),
        };
        if !ok {
            errors.push(format!("{at}: expected type {t}, got {v}"));
            return;
        }
    }
    if let Some(c) = s.get("const")
        && v != c
    {
        errors.push(format!("{at}: expected {c}, got {v}"));
    }
    if let Some(e) = s.get("enum")
        && !e.as_array().unwrap().contains(v)
    {
        errors.push(format!("{at}: {v} not in {e}"));
    }
    if let Some(m) = s.get("minimum")
        && v.as_f64().is_some_and(|x| x < m.as_f64().unwrap())
    {
        errors.push(format!("{at}: {v} below {m}"));
    }
    if let Some(obj) = v.as_object() {
        let props = s.get("properties").and_then(Value::as_object);
        for r in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !obj.contains_key(r.as_str().unwrap()) {
                errors.push(format!("{at}: missing required key {r}"));
            }
        }
        for (k, x) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(ps) => validate(root, ps, x, &format!("{at}.{k}"), errors),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{at}: unexpected key {k}"))
                }
                None => {}
            }
        }
    }
    if let Some(arr) = v.as_array() {
        if let Some(m) = s.get("minItems")
            && (arr.len() as u64) < m.as_u64().unwrap()
        {
            errors.push(format!("{at}: fewer than {m} items"));
        }
        if let Some(items) = s.get("items") {
            for (i, x) in arr.iter().enumerate() {
                validate(root, items, x, &format!("{at}[{i}]"), errors);
            }
        }
    }
}

fn schema_errors(v: &Value) -> Vec<String> {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/report.schema.json")).unwrap(),
    )
    .unwrap();
    let mut errors = Vec::new();
    validate(&schema, &schema, v, "$", &mut errors);
    errors
}

#[test]
fn schema_checker_rejects_bad_reports() {
    let out = isnad(&["report", "--format", "json", SEED]);
    let mut v = json(&out);
    assert!(schema_errors(&v).is_empty());
    v["stories"][0]["quotes"][0]["line"] = Value::from("three");
    v["stories"][0]["extra"] = Value::from(1);
    v["version"] = Value::from(2);
    let e = schema_errors(&v);
    assert_eq!(e.len(), 3, "{e:?}");
}

/// An empty draft owes no credit: `check` is silent on it, and the review sheet says so instead of
/// "no story credit", which it keeps for a story long enough to owe one.
#[test]
fn an_empty_draft_is_not_reported_as_missing_its_credit() {
    let d = tmp("empty");
    std::fs::write(d.join("empty.md"), "").unwrap();
    let check = isnad(&["check", d.join("empty.md").to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0));
    assert_eq!(
        stdout(&check),
        "0 error(s), 0 warning(s), 0 other in 1 file(s)\n"
    );
    let md = stdout(&isnad(&["report", d.join("empty.md").to_str().unwrap()]));
    assert!(
        md.contains("### Credits\n\nNo credit, and none needed: too little text to be a story.\n"),
        "{md}"
    );
    assert!(!md.contains("No story credit"), "{md}");
    let v = json(&isnad(&[
        "report",
        "--format",
        "json",
        d.join("empty.md").to_str().unwrap(),
        SEED,
    ]));
    assert_eq!(v["stories"][0]["too_short_for_credit"], true);
    // The seed article has its credit: the field is left out.
    assert!(v["stories"][1].get("too_short_for_credit").is_none());
    assert!(!v["stories"][1]["credits"].as_array().unwrap().is_empty());
    // A story long enough to owe a credit, without one: still "no story credit", and the finding.
    let long = "أعلنت وزارة الصحة السورية افتتاح مستشفى جديد في مدينة حمص يضم مئتي سرير، وأوضحت الوزارة أن المستشفى سيخدم سكان الريف الشرقي للمحافظة، وأن العمل فيه يبدأ الشهر المقبل.\n";
    std::fs::write(d.join("long.md"), long).unwrap();
    let md = stdout(&isnad(&["report", d.join("long.md").to_str().unwrap()]));
    assert!(md.contains("**No story credit: no dateline"), "{md}");
    assert!(md.contains("missing-credit"), "{md}");
}

#[test]
fn the_speakers_note_stands_only_above_a_speakers_table() {
    // Written for this test: one quotation with no attribution at all, so the Speakers section
    // has no table, only the line that lists what it leaves out.
    let d = tmp("speakers-note");
    let story = "دمشق - سانا\nشهدت المدينة أمس ازدحاماً كبيراً قبل العيد.\n«الأسعار ارتفعت كثيراً هذا العام».\n";
    std::fs::write(d.join("s.md"), story).unwrap();
    let md = stdout(&isnad(&["report", d.join("s.md").to_str().unwrap()]));
    assert!(md.contains("### Speakers\n\nNot in this table: "), "{md}");
    assert!(!md.contains("One row per speaker"), "{md}");
    let html = stdout(&isnad(&[
        "report",
        "--format",
        "html",
        d.join("s.md").to_str().unwrap(),
    ]));
    assert!(
        html.contains("Speakers</span></h3>\n<p class=\"muted\">Not in this table: "),
        "{html}"
    );
    assert!(!html.contains("One row per speaker"), "{html}");
}

#[test]
fn the_summary_counts_unreadable_stories_and_a_joined_dateline_stays_whole() {
    // Written for this test: a dateline with no blank line after it (Markdown joins it to the
    // lede), and a file that is not UTF-8.
    let d = tmp("summary-line");
    let story = "دمشق - سانا\nافتتحت الوزارة أمس مدرسة جديدة في ريف المدينة.\nوقال المدير: «سنستقبل ألف طالب».\n";
    std::fs::write(d.join("a.md"), story).unwrap();
    std::fs::write(d.join("b.md"), b"\xff\xfe\x00bad").unwrap();
    let (a, b) = (d.join("a.md"), d.join("b.md"));
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let md = stdout(&isnad(&["report", a, b]));
    assert!(
        md.contains("\n2 stories (1 could not be read), 1 quotation.\n"),
        "{md}"
    );
    assert!(md.contains("- Dateline (line 1): `دمشق - سانا`"), "{md}");
    let one = stdout(&isnad(&["report", a]));
    assert!(one.contains("\n1 story, 1 quotation.\n"), "{one}");
    let ar = stdout(&isnad(&["report", "--lang", "ar", a, b]));
    assert!(
        ar.contains("عدد القصص: 2 (تعذّرت قراءة 1)، عدد الاقتباسات: 1."),
        "{ar}"
    );
    // Why the story could not be read is said in the sheet's language too.
    assert!(
        ar.contains("**تعذّرت قراءته**: نص بترميز UTF-16 (الأصغر أولاً)؛ احفظ المسودة بترميز UTF-8"),
        "{ar}"
    );
}

#[test]
fn json_report_matches_the_schema() {
    let d = tmp("schema");
    std::fs::write(d.join("bad.txt"), b"\xff\xfe not utf-8").unwrap();
    std::fs::write(
        d.join("a.txt"),
        "أكد اللواء علي مملوك أن التعاون مستمر. وقال مملوك إن الوضع مستقر.\n(سانا)\n",
    )
    .unwrap();
    std::fs::write(
        d.join("b.txt"),
        "التقى اللواء علي المملوك وفداً. وقال المملوك إن «العلاقات جيدة جداً بين البلدين».\n",
    )
    .unwrap();
    for paths in [
        vec![SEED.to_string()],
        vec!["tests/drafts".to_string()],
        vec![d.to_string_lossy().into_owned()],
    ] {
        for lang in ["en", "ar"] {
            let mut args = vec!["report", "--format", "json", "--lang", lang];
            args.extend(paths.iter().map(String::as_str));
            let out = isnad(&args);
            let v = json(&out);
            let e = schema_errors(&v);
            assert!(e.is_empty(), "{paths:?} {lang}: {e:#?}");
        }
    }
    // The folder with an unreadable file: listed with its reason, the others reviewed, across
    // stories the name spelled two ways.
    let out = isnad(&["report", "--format", "json", d.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    let stories = v["stories"].as_array().unwrap();
    assert_eq!(stories.len(), 3);
    let bad = stories
        .iter()
        .find(|s| s["path"].as_str().unwrap().ends_with("bad.txt"))
        .unwrap();
    assert!(bad["error"].as_str().unwrap().contains("UTF-8"));
    let across = v["across"].as_array().unwrap();
    assert_eq!(across.len(), 1, "{across:#?}");
    assert_eq!(across[0]["preferred"], "مملوك");
    let flagged: Vec<&str> = across[0]["stories"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["flagged"] == true)
        .map(|s| s["main"].as_str().unwrap())
        .collect();
    assert_eq!(flagged, ["المملوك"]);
}

/// Compares `got` with the golden file `name` (or writes it when ISNAD_BLESS is set).
fn golden(name: &str, got: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("ISNAD_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (ISNAD_BLESS=1 writes it)", path.display()));
    if want != got {
        let line = want
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(want.lines().count().min(got.lines().count()));
        panic!(
            "{name} differs from the golden file at line {}:\nwant: {:?}\ngot:  {:?}",
            line + 1,
            want.lines().nth(line),
            got.lines().nth(line)
        );
    }
}

#[test]
fn markdown_golden_seed_in_arabic() {
    let out = isnad(&["report", "--lang", "ar", SEED]);
    assert_eq!(out.status.code(), Some(0));
    golden("report-seed.ar.md", &stdout(&out));
}

#[test]
fn markdown_golden_drafts_folder_in_english() {
    let out = isnad(&["report", "--lang", "en", "tests/drafts"]);
    assert_eq!(out.status.code(), Some(0));
    golden("report-drafts.en.md", &stdout(&out));
}

#[test]
fn a_draft_given_as_the_output_is_not_overwritten() {
    let d = tmp("overwrite");
    let draft = d.join("d.md");
    let text = "قال الوزير سامر الخطيب إن «الخطة جاهزة».\n";
    std::fs::write(&draft, text).unwrap();
    let p = draft.to_str().unwrap();
    let out = isnad(&["report", "--lang", "en", "--output", p, p]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("would overwrite the draft"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&draft).unwrap(),
        text,
        "the draft is untouched"
    );
    // In Arabic too.
    let out = isnad(&["report", "--lang", "ar", "-o", p, p]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("سيكتب فوق المسودة"));
    assert_eq!(std::fs::read_to_string(&draft).unwrap(), text);
    // Another output file is written as before.
    let sheet = d.join("review.md");
    let out = isnad(&["report", "--lang", "en", "-o", sheet.to_str().unwrap(), p]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        std::fs::read_to_string(&sheet)
            .unwrap()
            .contains("سامر الخطيب")
    );
}

#[test]
fn output_file_and_html_page() {
    let d = tmp("output");
    let file = d.join("review.html");
    let out = isnad(&[
        "report",
        "--format",
        "html",
        "--output",
        file.to_str().unwrap(),
        SEED,
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty(), "nothing on stdout with --output");
    let html = std::fs::read_to_string(&file).unwrap();
    // English labels (LANG=C): a left-to-right page whose Arabic cells read right-to-left.
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    assert!(
        html.contains("<td dir=\"auto\">اللواء مملوك</td>"),
        "{html}"
    );
    assert!(html.contains("@media print"));
    for banned in ["<script", "<link", "src=", "url(", "http://", "@import"] {
        assert!(!html.contains(banned), "{banned} in a self-contained page");
    }
    assert!(html.contains("اللواء مملوك") && html.contains("شمخاني"));
    // Text is escaped.
    let d2 = tmp("escape");
    std::fs::write(
        d2.join("x.txt"),
        "قال الوزير <b>سامر</b> إن «الوضع جيد جداً في كل المناطق اليوم».\n",
    )
    .unwrap();
    let out = isnad(&[
        "report",
        "--format",
        "html",
        d2.join("x.txt").to_str().unwrap(),
    ]);
    let html = stdout(&out);
    assert!(!html.contains("<b>"));
    // A quoted name that is not speech keeps its line, as in the Markdown sheet.
    std::fs::write(
        d2.join("y.txt"),
        "أطلقت البلدية حملة «مدينتي أجمل» في الأحياء القديمة أمس.\n\nوقال رئيس البلدية سامر الخطيب إن «الحملة تستمر شهراً كاملاً».\n",
    )
    .unwrap();
    let out = isnad(&[
        "report",
        "--format",
        "html",
        d2.join("y.txt").to_str().unwrap(),
    ]);
    let html = stdout(&out);
    assert!(
        html.contains(
            "not speech</span>: <bdi>«مدينتي أجمل»</bdi> (<span class=\"en\" lang=\"en\">line</span> 1)</p>"
        ),
        "{html}"
    );
    // An unwritable output is an I/O error.
    let out = isnad(&["report", "--output", "/nonexistent-dir/x.md", SEED]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot write"));
}

#[test]
fn check_flags_a_name_spelled_differently_across_files() {
    let d = tmp("across");
    let a = "أكد اللواء علي مملوك أن التعاون مستمر. وقال مملوك إن الوضع مستقر في البلاد.\n(سانا)\n";
    let b = "وأجرى اللواء علي مملوك مباحثات في طهران. وأضاف مملوك أن الأمن مستقر.\n(سانا)\n";
    let c = "التقى اللواء علي المملوك وفداً. وقال المملوك إن العلاقات جيدة.\n(سانا)\n";
    std::fs::write(d.join("a.txt"), a).unwrap();
    std::fs::write(d.join("b.txt"), b).unwrap();
    std::fs::write(d.join("c.txt"), c).unwrap();
    let dir = d.to_str().unwrap();
    let out = isnad(&["check", "--format", "json", dir]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let files = v["files"].as_array().unwrap();
    let fc = files
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("c.txt"))
        .unwrap();
    let f = &fc["findings"][0];
    assert_eq!(f["rule"], "name-variant");
    let (s, e) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&c[s..e], "المملوك");
    assert!(f["related"][0]["path"].as_str().unwrap().ends_with("a.txt"));
    let total: usize = files
        .iter()
        .map(|f| f["findings"].as_array().unwrap().len())
        .sum();
    assert_eq!(total, 1, "{v:#}");
    // The text output gives the line in the other file.
    let out = isnad(&["check", dir]);
    let text = stdout(&out);
    assert!(text.contains("a.txt:1:"), "{text}");
    // One file alone: the single-story behaviour is unchanged.
    let out = isnad(&["check", d.join("c.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn report_follows_each_drafts_config_and_files_exclude_like_check() {
    let d = tmp("per-draft-config");
    let draft = "أكد وزير الطاقة سامر الخطيب أن الشبكة ستعود للعمل خلال أيام، وأن الفرق الفنية تعمل ليلاً ونهاراً في كل الأحياء المتضررة من العاصفة.\nوقال الخطيب إن الأضرار كبيرة.\n";
    for sub in ["a", "b", "b/archive"] {
        std::fs::create_dir_all(d.join(sub)).unwrap();
    }
    std::fs::write(d.join("a/one.txt"), draft).unwrap();
    std::fs::write(d.join("b/two.txt"), draft).unwrap();
    std::fs::write(d.join("b/archive/old.txt"), draft).unwrap();
    // The second folder turns the credit check into an error and excludes its archive; the first
    // has no isnad.toml.
    std::fs::write(
        d.join("b/isnad.toml"),
        "[rules]\nmissing-credit = \"error\"\n[files]\nexclude = [\"archive/**\"]\n",
    )
    .unwrap();
    let dir = d.to_str().unwrap();
    let out = isnad(&["report", "--format", "json", dir]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out);
    let stories: Vec<(String, String)> = v["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let f = &s["findings"][0];
            assert_eq!(f["rule"], "missing-credit");
            (
                s["path"].as_str().unwrap().to_string(),
                f["findings"][0]["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        stories,
        [
            (format!("{dir}/a/one.txt"), "warning".to_string()),
            (format!("{dir}/b/two.txt"), "error".to_string()),
        ]
    );
    // check agrees: same drafts, same severities.
    let out = isnad(&["check", "--format", "json", dir]);
    let v = json(&out);
    let checked: Vec<(String, String)> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["findings"][0]["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(checked, stories);
    // --config applies one isnad.toml to every draft, as in check.
    std::fs::write(
        d.join("strict.toml"),
        "[rules]\nmissing-credit = \"error\"\n",
    )
    .unwrap();
    let cfg = d.join("strict.toml");
    let out = isnad(&[
        "report",
        "--format",
        "json",
        "--config",
        cfg.to_str().unwrap(),
        dir,
    ]);
    let v = json(&out);
    let severities: Vec<&str> = v["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["findings"][0]["findings"][0]["severity"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(severities, ["error", "error", "error"]);
}
