//! Protocol tests: the real `isnad` binary spoken to over stdio with JSON-RPC.
//!
//! The draft has harakat (combining marks) and emoji (astral characters, two UTF-16 units each)
//! before a flagged name, so a wrong column unit shows up as a wrong range.

#[path = "support/rpc.rs"]
mod rpc;
#[path = "support/tempdir.rs"]
mod tempdir;
use tempdir::TempDir;

use isnad::analysis::Finding;
use isnad::profile::Profile;
use isnad::text::Format;
use rpc::Client;
use serde_json::{Value, json};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_isnad");
const URI: &str = "file:///tmp/isnad-test/draft.md";

/// Line 6 holds the variant «المملوك» after an emoji; line 2 has harakat; line 4 an anonymous
/// source; line 10 a quotation opening its own paragraph after a paraphrase.
const DRAFT: &str = "دمشق - سانا\n\nأكّد اللواءُ علي مملوك أن التعاون الأمنيَّ مستمر.\n\nوأجرى اللواء مملوك مباحثاتٍ في طهران، وقال مصدر مطلع إن الزيارة ناجحة.\n\nوقال 🚨 والمملوك 👍🏽 إن الأمن مستقر.\n\nوأضاف وزير الطاقة سامر الخطيب أن الشبكة ستعود للعمل.\n\n«سنعيد التيار الكهربائي إلى كل الأحياء خلال يومين»\n";

/// The core's findings for `text`, as the server should publish them.
fn analyze(text: &str, format: Format) -> Vec<Finding> {
    isnad::analysis::analyze_text(text, format, &Profile::embedded()).findings
}

/// (line, column) of byte `b` in `text`, columns in `enc`, computed independently of the server.
fn pos(text: &str, b: usize, enc: &str) -> (u64, u64) {
    let before = &text[..b];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let seg = &text[start..b];
    let col = match enc {
        "utf-8" => seg.len(),
        "utf-16" => seg.encode_utf16().count(),
        "utf-32" => seg.chars().count(),
        _ => unreachable!(),
    };
    (line as u64, col as u64)
}

fn range_of(d: &Value) -> ((u64, u64), (u64, u64)) {
    let r = &d["range"];
    let p = |p: &Value| {
        (
            p["line"].as_u64().unwrap(),
            p["character"].as_u64().unwrap(),
        )
    };
    (p(&r["start"]), p(&r["end"]))
}

/// Byte offset of LSP position `(line, col)` in `text` (columns in `enc`).
fn offset(text: &str, line: u64, col: u64, enc: &str) -> usize {
    let mut start = 0;
    for _ in 0..line {
        start += text[start..].find('\n').unwrap() + 1;
    }
    let mut units = 0;
    for (i, c) in text[start..].char_indices() {
        if units >= col || c == '\n' {
            return start + i;
        }
        units += match enc {
            "utf-8" => c.len_utf8() as u64,
            "utf-16" => c.len_utf16() as u64,
            _ => 1,
        };
    }
    text.len()
}

/// Applies LSP text edits (non-overlapping) to `text`.
fn apply(text: &str, edits: &[Value], enc: &str) -> String {
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            let ((l1, c1), (l2, c2)) = range_of(e);
            (
                offset(text, l1, c1, enc),
                offset(text, l2, c2, enc),
                e["newText"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (a, b, t) in spans {
        out.replace_range(a..b, &t);
    }
    out
}

fn code(d: &Value) -> &str {
    d["code"].as_str().unwrap()
}

fn find<'a>(ds: &'a [Value], rule: &str) -> &'a Value {
    ds.iter()
        .find(|d| code(d) == rule)
        .unwrap_or_else(|| panic!("no {rule} in {ds:#?}"))
}

fn start(encodings: Option<&[&str]>, locale: Option<&str>, options: Value) -> (Client, String) {
    let mut c = Client::spawn(BIN);
    let r = c.initialize(encodings, locale, options);
    let enc = r["capabilities"]["positionEncoding"]
        .as_str()
        .unwrap()
        .to_string();
    (c, enc)
}

#[test]
fn diagnostics_have_exact_ranges_in_every_encoding() {
    let findings = analyze(DRAFT, Format::Markdown);
    let rules: Vec<&str> = findings.iter().map(|f| f.rule).collect();
    assert!(rules.contains(&"name-variant"), "{rules:?}");
    assert!(rules.contains(&"unattributed-quote"), "{rules:?}");
    let name = DRAFT.rfind("المملوك").unwrap();
    for (offered, expected, variant) in [
        (
            Some(&["utf-16", "utf-32", "utf-8"][..]),
            "utf-8",
            ((6, 16), (6, 30)),
        ),
        (Some(&["utf-16", "utf-32"][..]), "utf-32", ((6, 8), (6, 15))),
        (Some(&["utf-16"][..]), "utf-16", ((6, 9), (6, 16))),
        (None, "utf-16", ((6, 9), (6, 16))),
    ] {
        let (mut c, enc) = start(offered, None, json!({"debounceMs": 0}));
        assert_eq!(enc, expected);
        c.open(URI, "markdown", 1, DRAFT);
        let ds = c.diagnostics(URI, 1);
        assert_eq!(ds.len(), findings.len(), "{enc}: {ds:#?}");
        for (d, f) in ds.iter().zip(&findings) {
            assert_eq!(code(d), f.rule);
            assert_eq!(d["source"], "isnad");
            assert_eq!(
                d["codeDescription"]["href"],
                isnad::analysis::doc_url(f.rule)
            );
            assert_eq!(
                range_of(d),
                (
                    pos(DRAFT, f.range.start, &enc),
                    pos(DRAFT, f.range.end, &enc)
                ),
                "{enc} {}",
                f.rule
            );
        }
        let v = find(&ds, "name-variant");
        assert_eq!(range_of(v), variant, "{enc}");
        assert_eq!(
            range_of(v),
            (
                pos(DRAFT, name, &enc),
                pos(DRAFT, name + "المملوك".len(), &enc)
            )
        );
        assert_eq!(v["severity"], 2);
        // The other spelling, as related information in the same document (line 2, after harakat).
        let rel = &v["relatedInformation"][0];
        assert_eq!(rel["location"]["uri"], URI);
        let first = DRAFT.find("مملوك").unwrap();
        assert_eq!(range_of(&rel["location"]).0, pos(DRAFT, first, &enc));
        // The fix travels in `data`, in the same encoding.
        let fix = &v["data"]["fixes"][0]["edits"][0];
        assert_eq!(range_of(fix), variant);
        assert_eq!(fix["newText"], "مملوك");
        assert!(c.shutdown().success());
    }
}

#[test]
fn crlf_and_bom_ranges() {
    let text = format!("\u{FEFF}{}", DRAFT.replace('\n', "\r\n"));
    let findings = analyze(&text, Format::Plain);
    assert!(findings.iter().any(|f| f.rule == "name-variant"));
    for enc in ["utf-8", "utf-16", "utf-32"] {
        let (mut c, got) = start(Some(&[enc]), None, json!({"debounceMs": 0}));
        assert_eq!(got, enc);
        c.open("file:///tmp/isnad-test/crlf.txt", "plaintext", 1, &text);
        let ds = c.diagnostics("file:///tmp/isnad-test/crlf.txt", 1);
        assert_eq!(ds.len(), findings.len());
        for (d, f) in ds.iter().zip(&findings) {
            assert_eq!(
                range_of(d),
                (pos(&text, f.range.start, enc), pos(&text, f.range.end, enc)),
                "{enc} {}",
                f.rule
            );
        }
    }
}

#[test]
fn incremental_edits_move_and_clear_diagnostics() {
    let (mut c, enc) = start(Some(&["utf-16"]), None, json!({"debounceMs": 0}));
    assert_eq!(enc, "utf-16");
    c.open(URI, "markdown", 1, DRAFT);
    let ds = c.diagnostics(URI, 1);
    assert_eq!(range_of(find(&ds, "name-variant")), ((6, 9), (6, 16)));
    assert!(ds.iter().any(|d| code(d) == "anonymous-source"));
    // Two changes in one notification, applied in order: insert "👍🏽 " (5 UTF-16 units) before
    // the 🚨 of line 6, then replace «مصدر مطلع» on line 4 (columns after the harakat of مباحثاتٍ).
    let line4 = DRAFT.lines().nth(4).unwrap();
    let a = line4.find("مصدر مطلع").unwrap();
    let a16 = line4[..a].encode_utf16().count() as u64;
    let b16 = a16 + "مصدر مطلع".encode_utf16().count() as u64;
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 6, "character": 5}, "end": {"line": 6, "character": 5}}, "text": "👍🏽 "},
            {"range": {"start": {"line": 4, "character": a16}, "end": {"line": 4, "character": b16}}, "text": "الوزير علي حيدر"}
        ]}),
    );
    let ds = c.diagnostics(URI, 2);
    assert_eq!(range_of(find(&ds, "name-variant")), ((6, 14), (6, 21)));
    assert!(!ds.iter().any(|d| code(d) == "anonymous-source"), "{ds:#?}");

    // A burst of edits: only results for the last version may come after it, and versions only
    // grow.
    for v in 3..=12 {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": v}, "contentChanges": [
                {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "ـ"}
            ]}),
        );
    }
    let ds = c.diagnostics(URI, 12);
    assert_eq!(range_of(find(&ds, "name-variant")), ((6, 14), (6, 21)));
    // Results of intermediate versions that arrived before version 12 came in version order...
    let before: Vec<i64> = c
        .take_backlog()
        .iter()
        .filter(|m| m["method"] == "textDocument/publishDiagnostics")
        .map(|m| m["params"]["version"].as_i64().unwrap())
        .collect();
    assert!(before.windows(2).all(|w| w[0] <= w[1]), "{before:?}");
    assert!(before.iter().all(|&v| (3..12).contains(&v)), "{before:?}");
    // ...and nothing comes after it.
    let later = c.drain(Duration::from_millis(300));
    assert!(
        later
            .iter()
            .all(|m| m["method"] != "textDocument/publishDiagnostics"),
        "{later:#?}"
    );

    // A full replacement without the variant.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 13}, "contentChanges": [
            {"text": DRAFT.replace("والمملوك", "ومملوك")}
        ]}),
    );
    let ds = c.diagnostics(URI, 13);
    assert!(!ds.iter().any(|d| code(d) == "name-variant"), "{ds:#?}");
    assert!(c.shutdown().success());
}

#[test]
fn quick_fix_applied_clears_the_diagnostic() {
    for enc in ["utf-8", "utf-32", "utf-16"] {
        let (mut c, got) = start(Some(&[enc]), Some("en"), json!({"debounceMs": 0}));
        assert_eq!(got, enc);
        c.open(URI, "markdown", 1, DRAFT);
        let ds = c.diagnostics(URI, 1);
        let v = find(&ds, "name-variant").clone();
        let actions = c.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI}, "range": v["range"], "context": {"diagnostics": [v]}}),
        );
        let actions = actions.as_array().unwrap();
        let fix = actions
            .iter()
            .find(|a| a["title"] == "Spell it “مملوك”")
            .unwrap_or_else(|| panic!("{actions:#?}"));
        assert_eq!(fix["kind"], "quickfix");
        assert_eq!(fix["isPreferred"], true);
        assert_eq!(fix["diagnostics"][0]["code"], "name-variant");
        let edits = fix["edit"]["changes"][URI].as_array().unwrap();
        let fixed = apply(DRAFT, edits, enc);
        assert!(fixed.contains("وقال 🚨 ومملوك 👍🏽 إن"), "{fixed}");
        assert_eq!(fixed, DRAFT.replace("والمملوك", "ومملوك"));

        // source.fixAll.isnad applies safe fixes only: a spelling chosen by majority (the only
        // fix here besides the attribution, also unsafe) is not one.
        let all = c.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                   "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
        );
        assert_eq!(all, json!([]), "{all:#?}");

        // The attribution fix for the quotation inserts before the opening mark.
        let q = find(&ds, "unattributed-quote").clone();
        let actions = c.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI}, "range": q["range"], "context": {"diagnostics": [q], "only": ["quickfix"]}}),
        );
        let qfix = &actions[0];
        let after = apply(DRAFT, qfix["edit"]["changes"][URI].as_array().unwrap(), enc);
        assert!(after.contains("\nقال "), "{after}");

        // Apply the name fix as the editor would: the diagnostic disappears.
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": edits.iter().map(|e| json!({"range": e["range"], "text": e["newText"]})).collect::<Vec<_>>()}),
        );
        let ds = c.diagnostics(URI, 2);
        assert!(!ds.iter().any(|d| code(d) == "name-variant"), "{ds:#?}");
        assert_eq!(ds.len(), analyze(&fixed, Format::Markdown).len(), "{ds:#?}");
        assert!(c.shutdown().success());
    }
}

#[test]
fn hover_on_name_and_quotation() {
    let (mut c, _) = start(Some(&["utf-16"]), Some("en-US"), json!({"debounceMs": 0}));
    c.open(URI, "markdown", 1, DRAFT);
    let ds = c.diagnostics(URI, 1);
    let h = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 6, "character": 11}}),
    );
    let text = h["contents"]["value"].as_str().unwrap();
    assert_eq!(h["contents"]["kind"], "markdown");
    assert!(text.contains("- مملوك ×2\n- المملوك ×1"), "{text}");
    assert_eq!(h["range"], find(&ds, "name-variant")["range"]);

    let h = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 10, "character": 3}}),
    );
    assert_eq!(
        h["contents"]["value"],
        "No speaker found for this quotation"
    );
    assert_eq!(h["range"], find(&ds, "unattributed-quote")["range"]);

    // Nothing to say on an ordinary word.
    let h = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 8, "character": 40}}),
    );
    assert_eq!(h, Value::Null);
    assert!(c.shutdown().success());

    // Arabic from the client's locale.
    let (mut c, _) = start(None, Some("ar-SY"), json!({"debounceMs": 0}));
    c.open(URI, "markdown", 1, DRAFT);
    let ds = c.diagnostics(URI, 1);
    assert!(
        find(&ds, "name-variant")["message"]
            .as_str()
            .unwrap()
            .contains("«المملوك»")
    );
    let h = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 10, "character": 3}}),
    );
    assert_eq!(h["contents"]["value"], "لم يُعثر على قائل لهذا الاقتباس");
    assert!(c.shutdown().success());
}

#[test]
fn document_symbols_give_the_review_outline() {
    let (mut c, enc) = start(Some(&["utf-16"]), Some("en"), json!({"debounceMs": 0}));
    c.open(URI, "markdown", 1, DRAFT);
    c.diagnostics(URI, 1);
    let syms = c.call(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    let names: Vec<&str> = syms
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["Speakers", "Sources and agencies", "Anonymous sources"]
    );
    let unnamed = &syms[0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "No speaker named")
        .expect("unattributed group")["children"][0];
    assert_eq!(
        unnamed["name"],
        "«سنعيد التيار الكهربائي إلى كل الأحياء خلال يومين»"
    );
    let q = DRAFT.find('«').unwrap();
    assert_eq!(range_of(unnamed).0, pos(DRAFT, q, &enc));
    let sources: Vec<&str> = syms[1]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(sources.contains(&"سانا"), "{sources:?}");
    let anon = &syms[2]["children"][0];
    assert_eq!(anon["name"], "مصدر مطلع");
    let a = DRAFT.find("مصدر مطلع").unwrap();
    assert_eq!(
        range_of(anon),
        (pos(DRAFT, a, &enc), pos(DRAFT, a + "مصدر مطلع".len(), &enc))
    );
    assert!(c.shutdown().success());
}

#[test]
fn settings_from_initialization_options_and_workspace_configuration() {
    let mut c = Client::spawn(BIN);
    c.settings = Value::Null;
    c.initialize(
        Some(&["utf-8"]),
        Some("en"),
        json!({"locale": "ar", "debounceMs": 0, "rules": {"anonymous-source": "off"}}),
    );
    c.open(URI, "markdown", 1, DRAFT);
    let ds = c.diagnostics(URI, 1);
    assert!(!ds.iter().any(|d| code(d) == "anonymous-source"));
    let v = find(&ds, "name-variant");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .starts_with("الاسم «المملوك» ورد"),
        "{v}"
    );

    // The client now answers workspace/configuration with other settings: re-analysed from
    // memory (the file does not exist on disk), same version, English, name-variant an error.
    c.settings = json!({"locale": "en", "debounceMs": 0, "rules": {"name-variant": "error"}});
    c.notify("workspace/didChangeConfiguration", json!({"settings": {}}));
    let ds = c.diagnostics(URI, 1);
    let v = find(&ds, "name-variant");
    assert_eq!(v["severity"], 1);
    assert!(
        v["message"].as_str().unwrap().starts_with("“المملوك”"),
        "{v}"
    );
    assert!(ds.iter().any(|d| code(d) == "anonymous-source"));

    // Bad values keep the last good state and are reported.
    c.settings = json!({"debounceMs": "soon", "rules": {"no-such-rule": "error"}});
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": null}),
    );
    let m = c.wait_for(|m| m["method"] == "window/showMessage");
    let text = m["params"]["message"].as_str().unwrap();
    assert!(
        text.contains("debounceMs") && text.contains("no-such-rule"),
        "{text}"
    );
    assert!(c.shutdown().success());
}

#[test]
fn survives_bad_input_and_follows_shutdown_rules() {
    let (mut c, _) = start(None, None, json!({"debounceMs": 0}));
    // Unknown document: an empty answer, no crash.
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.md"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(r["result"], Value::Null, "{r}");
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///nowhere.md", "version": 2}, "contentChanges": [{"text": "x"}]}),
    );
    // Malformed params: a JSON-RPC error.
    let r = c.request("textDocument/hover", json!({"textDocument": 5}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    // Not JSON at all, not JSON-RPC, and a notification with bad params: dropped and logged.
    c.send_raw(b"{this is not json");
    c.send_raw(br#"{"foo": 1}"#);
    c.notify("textDocument/didOpen", json!({"textDocument": {"uri": 3}}));
    // Unknown method.
    let r = c.request("isnad/nothing", json!({}));
    assert_eq!(r["error"]["code"], -32601, "{r}");
    // Edit ranges out of bounds are clamped.
    c.open(URI, "markdown", 1, DRAFT);
    c.diagnostics(URI, 1);
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 400, "character": 0}, "end": {"line": 500, "character": 9}}, "text": "\n(سانا)"},
            {"range": {"start": {"line": 6, "character": 900}, "end": {"line": 2, "character": 0}}, "text": ""}
        ]}),
    );
    let ds = c.diagnostics(URI, 2);
    assert!(ds.iter().any(|d| code(d) == "name-variant"));
    // Still answering.
    let syms = c.call(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(syms.is_array());
    // After shutdown, requests are refused and exit ends the process with status 0.
    let r = c.request("shutdown", Value::Null);
    assert_eq!(r["result"], Value::Null);
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(r["error"]["code"], -32600, "{r}");
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit().code(), Some(0));
}

#[test]
fn exit_without_shutdown_is_status_one() {
    let (mut c, _) = start(None, None, json!({}));
    c.notify("exit", Value::Null);
    assert_eq!(c.wait_exit().code(), Some(1));
    let (mut c, _) = start(None, None, json!({}));
    c.close_stdin();
    assert_eq!(c.wait_exit().code(), Some(1));
}

fn severity_of(ds: &[Value], rule: &str) -> Option<u64> {
    ds.iter()
        .find(|d| code(d) == rule)
        .map(|d| d["severity"].as_u64().unwrap())
}

/// The code actions the server offers for diagnostic `d` of `uri`.
fn actions_for(c: &mut Client, uri: &str, d: &Value) -> Vec<Value> {
    c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": [d], "only": ["quickfix"]}}),
    )
    .as_array()
    .unwrap()
    .clone()
}

fn action<'a>(actions: &'a [Value], title: &str) -> &'a Value {
    actions
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no action “{title}” in {actions:#?}"))
}

/// Runs the command an action carries; returns the response.
fn run_command(c: &mut Client, a: &Value) -> Value {
    c.request(
        "workspace/executeCommand",
        json!({"command": a["command"]["command"], "arguments": a["command"]["arguments"]}),
    )
}

/// Tells the server that `uri` (an `isnad.toml`) changed on disk (1 created, 2 changed, 3 deleted).
fn file_changed(c: &mut Client, uri: &str, kind: u64) {
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri, "type": kind}]}),
    );
}

#[test]
fn isnad_toml_found_by_walking_up_wins_over_editor_settings() {
    let dir = TempDir::new("lsp-walk");
    dir.write(
        "desk/isnad.toml",
        "# the desk's house style\n[rules]\nname-variant = \"hint\"\nanonymous-source = \"error\"\n",
    );
    let draft = dir.uri("desk/stories/2026/draft.md");
    dir.write("desk/stories/2026/draft.md", DRAFT);
    let mut c = Client::spawn(BIN);
    c.initialize(
        Some(&["utf-16"]),
        Some("en"),
        json!({"debounceMs": 0, "rules": {"name-variant": "error", "anonymous-source": "off", "unattributed-quote": "off"}}),
    );
    c.open(&draft, "markdown", 1, DRAFT);
    let ds = c.diagnostics(&draft, 1);
    // isnad.toml wins for the rules it sets; the editor fills in the one it leaves open.
    assert_eq!(severity_of(&ds, "name-variant"), Some(4), "{ds:#?}");
    assert_eq!(severity_of(&ds, "anonymous-source"), Some(1), "{ds:#?}");
    assert_eq!(severity_of(&ds, "unattributed-quote"), None, "{ds:#?}");

    // An untitled buffer has no isnad.toml: editor settings alone.
    c.open("untitled:Untitled-1", "markdown", 1, DRAFT);
    let ds = c.diagnostics("untitled:Untitled-1", 1);
    assert_eq!(severity_of(&ds, "name-variant"), Some(1), "{ds:#?}");
    assert_eq!(severity_of(&ds, "anonymous-source"), None, "{ds:#?}");
    assert!(c.shutdown().success());
}

#[test]
fn broken_isnad_toml_is_reported_and_the_last_good_one_stays() {
    let dir = TempDir::new("lsp-broken");
    let good = "# desk\n[rules]\nanonymous-source = \"off\"\n";
    dir.write("isnad.toml", good);
    let toml = dir.uri("isnad.toml");
    let draft = dir.uri("stories/draft.md");
    let mut c = Client::spawn(BIN);
    let init = c.initialize_in(
        Some(&["utf-16"]),
        Some("ar"),
        json!({"debounceMs": 0}),
        Some(&dir.uri("")),
    );
    let commands = &init["capabilities"]["executeCommandProvider"]["commands"];
    assert_eq!(
        commands,
        &json!(["isnad.addSpelling", "isnad.acceptName", "isnad.review"])
    );
    c.open(&draft, "markdown", 1, DRAFT);
    let ds = c.diagnostics(&draft, 1);
    assert_eq!(severity_of(&ds, "anonymous-source"), None, "{ds:#?}");
    // The server asked to watch every isnad.toml.
    let reg = c.server_request("client/registerCapability");
    let watch = &reg["params"]["registrations"][0];
    assert_eq!(watch["method"], "workspace/didChangeWatchedFiles");
    assert_eq!(
        watch["registerOptions"]["watchers"][0]["globPattern"],
        "**/isnad.toml"
    );
    // ... and every draft, for the workspace index.
    assert_eq!(
        watch["registerOptions"]["watchers"][1]["globPattern"],
        "**/*.{md,markdown,txt}"
    );

    let mut version = 1;
    for (text, lines, word) in [
        ("# desk\n[rules\nanonymous-source = \"off\"\n", &[1][..], ""),
        (
            "# desk\n[rules]\nanonymous-source = \"off\"\nno-such-rule = \"error\"\n",
            &[3],
            "no-such-rule",
        ),
        (
            "# desk\n[rules]\nanonymous-source = \"off\"\n\n[lexicon]\naccept = \"الجسمي\"\n",
            &[5],
            "",
        ),
        // Every error of the file, each a diagnostic on its line.
        (
            "# desk\n[rules]\nanonymous-source = \"off\"\nno-such-rule = \"error\"\ntatweel = \"loud\"\n",
            &[3, 4],
            "no-such-rule",
        ),
    ] {
        dir.write("isnad.toml", text);
        file_changed(&mut c, &toml, 2);
        let m = c.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == toml
        });
        let ds = m["params"]["diagnostics"].as_array().unwrap();
        assert_eq!(ds.len(), lines.len(), "{ds:#?}");
        for (d, line) in ds.iter().zip(lines) {
            assert_eq!(d["code"], "config");
            assert_eq!(d["source"], "isnad");
            assert_eq!(d["severity"], 1);
            assert_eq!(range_of(d).0.0, *line, "{text}: {ds:#?}");
        }
        let message = ds[0]["message"].as_str().unwrap();
        assert!(message.contains(word), "{message}");
        let shown = c.wait_for(|m| m["method"] == "window/showMessage");
        assert_eq!(shown["params"]["type"], 1);
        let text = shown["params"]["message"].as_str().unwrap();
        assert!(
            text.starts_with("إسناد: ") && text.contains("isnad.toml") && text.contains("سارية"),
            "{text}"
        );
        assert_eq!(
            text.contains("وأخطاء أخرى عددها 1: انظر ملاحظات الملف"),
            lines.len() == 2,
            "{text}"
        );
        // The previous configuration is still in force: anonymous-source stays off.
        version += 1;
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": draft, "version": version}, "contentChanges": [{"text": DRAFT}]}),
        );
        let ds = c.diagnostics(&draft, version);
        assert_eq!(severity_of(&ds, "anonymous-source"), None, "{ds:#?}");
        assert!(severity_of(&ds, "name-variant").is_some());
    }

    // Fixed: the diagnostic on isnad.toml goes, and the new configuration applies at once.
    dir.write("isnad.toml", "# desk\n[rules]\nname-variant = \"error\"\n");
    file_changed(&mut c, &toml, 2);
    let m = c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == toml
    });
    assert_eq!(m["params"]["diagnostics"], json!([]));
    let ds = c.diagnostics(&draft, version);
    assert_eq!(severity_of(&ds, "name-variant"), Some(1), "{ds:#?}");
    assert_eq!(severity_of(&ds, "anonymous-source"), Some(3), "{ds:#?}");

    // Deleted: back to the editor settings.
    std::fs::remove_file(dir.path("isnad.toml")).unwrap();
    file_changed(&mut c, &toml, 3);
    let ds = c.diagnostics(&draft, version);
    assert_eq!(severity_of(&ds, "name-variant"), Some(2), "{ds:#?}");
    assert!(c.shutdown().success());
}

#[test]
fn isnad_toml_open_in_the_editor_is_read_from_its_buffer() {
    let dir = TempDir::new("lsp-buffer");
    dir.write("isnad.toml", "[rules]\nanonymous-source = \"off\"\n");
    let toml = dir.uri("isnad.toml");
    let draft = dir.uri("draft.md");
    let (mut c, _) = start(Some(&["utf-8"]), Some("en"), json!({"debounceMs": 0}));
    c.open(&draft, "markdown", 1, DRAFT);
    let ds = c.diagnostics(&draft, 1);
    assert_eq!(severity_of(&ds, "anonymous-source"), None);
    c.open(&toml, "toml", 1, "[rules]\nanonymous-source = \"off\"\n");
    // A typo in the buffer (not saved): a versioned diagnostic on the buffer, in UTF-8 columns.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": toml, "version": 2}, "contentChanges": [{"text": "[rules]\nanonymous-source = \"of\"\n"}]}),
    );
    let ds = c.diagnostics(&toml, 2);
    assert_eq!(ds.len(), 1, "{ds:#?}");
    assert_eq!(range_of(&ds[0]), ((1, 0), (1, 16)));
    assert!(
        ds[0]["message"]
            .as_str()
            .unwrap()
            .contains("expected error, warning")
    );
    let shown = c.wait_for(|m| m["method"] == "window/showMessage");
    assert!(
        shown["params"]["message"]
            .as_str()
            .unwrap()
            .contains("last good configuration stays in force")
    );
    // Fixed in the buffer: cleared, and the drafts follow the buffer.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": toml, "version": 3}, "contentChanges": [{"text": "[rules]\nanonymous-source = \"error\"\n"}]}),
    );
    let m = c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == toml
    });
    assert_eq!(m["params"]["diagnostics"], json!([]));
    let ds = c.diagnostics(&draft, 1);
    assert_eq!(severity_of(&ds, "anonymous-source"), Some(1), "{ds:#?}");
    // The configuration file itself is never analysed as a draft.
    let h = c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": toml}, "position": {"line": 0, "character": 1}}),
    );
    assert_eq!(h, Value::Null);
    assert!(c.shutdown().success());
}

#[test]
fn add_spelling_command_keeps_comments_and_house_spelling_wins() {
    let dir = TempDir::new("lsp-spelling");
    let before = "# House style of the desk\n[rules]\ntatweel = \"off\"  # kashida is fine\n\n[spellings]\n# countries\n\"سورية\" = [\"سوريا\"]\n\n[lexicon]\naccept = [\"الجسمي\"]\n";
    dir.write("isnad.toml", before);
    let draft = dir.uri("stories/draft.md");
    let mut c = Client::spawn(BIN);
    c.initialize_in(
        Some(&["utf-16"]),
        Some("en"),
        json!({"debounceMs": 0}),
        Some(&dir.uri("")),
    );
    c.open(&draft, "markdown", 1, DRAFT);
    let ds = c.diagnostics(&draft, 1);
    let v = find(&ds, "name-variant").clone();
    let actions = actions_for(&mut c, &draft, &v);
    action(&actions, "Add “مملوك” to house spellings");
    action(&actions, "Never flag “المملوك”");
    // The newsroom prefers the minority spelling.
    let add = action(&actions, "Add “المملوك” to house spellings").clone();
    assert_eq!(add["command"]["command"], "isnad.addSpelling");
    assert_eq!(
        add["command"]["arguments"][0],
        json!({"uri": draft, "house": "المملوك", "variants": ["مملوك"]})
    );
    let r = run_command(&mut c, &add);
    assert!(r.get("error").is_none(), "{r}");
    assert_eq!(
        dir.read("isnad.toml"),
        "# House style of the desk\n[rules]\ntatweel = \"off\"  # kashida is fine\n\n[spellings]\n# countries\n\"سورية\" = [\"سوريا\"]\n\"المملوك\" = [\"مملوك\"]\n\n[lexicon]\naccept = [\"الجسمي\"]\n"
    );
    // Re-analysed from the buffer: the house spelling beats the majority.
    let ds = c.diagnostics(&draft, 1);
    let flagged: Vec<&Value> = ds.iter().filter(|d| code(d) == "name-variant").collect();
    assert_eq!(flagged.len(), 2, "{ds:#?}");
    for d in &flagged {
        let ((l, a), (_, b)) = range_of(d);
        let line = DRAFT.lines().nth(l as usize).unwrap();
        let units: Vec<u16> = line.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&units[a as usize..b as usize]).unwrap(),
            "مملوك"
        );
        assert_eq!(d["data"]["fixes"][0]["edits"][0]["newText"], "المملوك");
    }
    assert!(c.shutdown().success());
}

#[test]
fn house_commands_create_isnad_toml_at_the_workspace_root() {
    let dir = TempDir::new("lsp-create");
    let draft = dir.uri("stories/2026/draft.md");
    let mut c = Client::spawn(BIN);
    c.initialize_in(
        Some(&["utf-32"]),
        Some("en"),
        json!({"debounceMs": 0}),
        Some(&dir.uri("")),
    );
    c.open(&draft, "markdown", 1, DRAFT);
    let ds = c.diagnostics(&draft, 1);
    let v = find(&ds, "name-variant").clone();
    let actions = actions_for(&mut c, &draft, &v);
    let add = action(&actions, "Add “مملوك” to house spellings").clone();
    assert!(run_command(&mut c, &add).get("error").is_none());
    assert_eq!(
        dir.read("isnad.toml"),
        "[spellings]\n\"مملوك\" = [\"المملوك\"]\n"
    );
    let ds = c.diagnostics(&draft, 1);
    let d = find(&ds, "name-variant");
    assert_eq!(d["data"]["fixes"][0]["edits"][0]["newText"], "مملوك");

    // "Never flag": the name goes to [lexicon] accept, and the finding goes away.
    let actions = actions_for(&mut c, &draft, d);
    let never = action(&actions, "Never flag “المملوك”").clone();
    assert_eq!(never["command"]["command"], "isnad.acceptName");
    assert!(run_command(&mut c, &never).get("error").is_none());
    assert_eq!(
        dir.read("isnad.toml"),
        "[spellings]\n\"مملوك\" = [\"المملوك\"]\n\n[lexicon]\naccept = [\"المملوك\"]\n"
    );
    let ds = c.diagnostics(&draft, 1);
    assert!(!ds.iter().any(|d| code(d) == "name-variant"), "{ds:#?}");

    // Bad arguments and unknown commands are errors; nothing else is written.
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": "isnad.addSpelling", "arguments": [{"house": 3}]}),
    );
    assert_eq!(r["error"]["code"], -32602, "{r}");
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": "isnad.restart", "arguments": []}),
    );
    assert!(r.get("error").is_some(), "{r}");
    let files: Vec<String> = std::fs::read_dir(&dir.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(c.shutdown().success());
}

#[test]
fn ignore_rule_action_inserts_the_directive_and_removes_the_diagnostic() {
    let text = DRAFT.replace('\n', "\r\n");
    let uri = "file:///tmp/isnad-test/ignore.md";
    for enc in ["utf-16", "utf-8"] {
        let (mut c, _) = start(Some(&[enc]), Some("en"), json!({"debounceMs": 0}));
        c.open(uri, "markdown", 1, &text);
        let ds = c.diagnostics(uri, 1);
        for (rule, version) in [("unattributed-quote", 2), ("name-variant", 3)] {
            let current = if version == 2 {
                text.clone()
            } else {
                text.replacen(
                    "\r\n«",
                    "\r\n<!-- isnad-disable-next-line unattributed-quote -->\r\n«",
                    1,
                )
            };
            let ds_now = if version == 2 {
                ds.clone()
            } else {
                c.diagnostics(uri, 2)
            };
            let d = find(&ds_now, rule).clone();
            let actions = actions_for(&mut c, uri, &d);
            let ignore = action(&actions, &format!("Ignore {rule} here"));
            let edits = ignore["edit"]["changes"][uri].as_array().unwrap();
            assert_eq!(edits.len(), 1);
            assert_eq!(
                edits[0]["newText"],
                format!("<!-- isnad-disable-next-line {rule} -->\r\n")
            );
            let after = apply(&current, edits, enc);
            c.notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": edits.iter().map(|e| json!({"range": e["range"], "text": e["newText"]})).collect::<Vec<_>>()}),
            );
            if version == 3 {
                let ds = c.diagnostics(uri, 3);
                assert!(!ds.iter().any(|d| code(d) == rule), "{ds:#?}");
                assert!(!ds.iter().any(|d| code(d) == "unattributed-quote"));
                assert_eq!(ds.len(), analyze(&after, Format::Markdown).len());
                assert!(after.contains(
                    "\r\n<!-- isnad-disable-next-line name-variant -->\r\nوقال 🚨 والمملوك"
                ));
            } else {
                assert_eq!(
                    after,
                    current.replacen(
                        "\r\n«",
                        "\r\n<!-- isnad-disable-next-line unattributed-quote -->\r\n«",
                        1,
                    )
                );
            }
        }
        assert!(c.shutdown().success());
    }
}

/// The marker that makes a debug build of the server panic while checking a draft holding it
/// (see `isnad::report::guard::test_hook`).
#[cfg(debug_assertions)]
const PANIC_MARK: &str = "ZZ-TEST-PANIC-ZZ";

// The panic hook exists only in debug builds (`report::guard::test_hook`).
#[cfg(debug_assertions)]
#[test]
fn a_panic_while_checking_publishes_one_internal_error_and_the_server_keeps_serving() {
    let mut c = Client::spawn_env(BIN, &[("ISNAD_TEST_PANIC_ON", PANIC_MARK)]);
    c.initialize(Some(&["utf-16"]), Some("ar"), json!({"debounceMs": 0}));
    let bad = "file:///tmp/isnad-test/bad.md";
    c.open(bad, "markdown", 1, &format!("{DRAFT}\n{PANIC_MARK}\n"));
    let ds = c.diagnostics(bad, 1);
    assert_eq!(ds.len(), 1, "{ds:#?}");
    assert_eq!(range_of(&ds[0]), ((0, 0), (0, 0)));
    assert_eq!(ds[0]["severity"], 1);
    assert_eq!(ds[0]["source"], "isnad");
    assert_eq!(ds[0]["code"], "internal-error");
    assert_eq!(
        ds[0]["message"],
        format!(
            "خطأ داخلي أثناء الفحص (يُرجى الإبلاغ عنه مع رقم إصدار isnad: {})",
            env!("CARGO_PKG_VERSION")
        )
    );
    // Requests on the draft answer (empty), none fails.
    let at = json!({"textDocument": {"uri": bad}, "position": {"line": 6, "character": 9}});
    assert_eq!(c.call("textDocument/hover", at), Value::Null);
    assert_eq!(
        c.call(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": bad}})
        ),
        json!([])
    );
    let whole = json!({"start": {"line": 0, "character": 0}, "end": {"line": 20, "character": 0}});
    assert_eq!(
        c.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": bad}, "range": whole, "context": {"diagnostics": ds}})
        ),
        json!([])
    );
    assert_eq!(
        c.call(
            "textDocument/inlayHint",
            json!({"textDocument": {"uri": bad}, "range": whole})
        ),
        json!([])
    );
    // Another draft is checked as usual.
    let good = "file:///tmp/isnad-test/good.md";
    c.open(good, "markdown", 1, DRAFT);
    let ds = c.diagnostics(good, 1);
    assert_eq!(ds.len(), analyze(DRAFT, Format::Markdown).len());
    assert_eq!(code(find(&ds, "name-variant")), "name-variant");
    // The draft without the marker is checked again.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": bad, "version": 2}, "contentChanges": [{"text": DRAFT}]}),
    );
    let ds = c.diagnostics(bad, 2);
    assert_eq!(ds.len(), analyze(DRAFT, Format::Markdown).len());
    assert!(!ds.iter().any(|d| code(d) == "internal-error"));
    assert!(c.shutdown().success());
}

#[test]
fn neovim_0_7_ranges_get_every_action_with_clean_spellings() {
    // A ZWNJ inside the variant: the house-style actions offer it without.
    let text = DRAFT.replace("والمملوك", "والممل\u{200C}وك");
    let uri = "file:///tmp/isnad-test/nvim07.md";
    let (mut c, _) = start(Some(&["utf-16"]), Some("en"), json!({"debounceMs": 0}));
    c.open(uri, "markdown", 1, &text);
    let ds = c.diagnostics(uri, 1);
    let d = find(&ds, "name-variant").clone();
    // Neovim 0.7 sends the diagnostic back with byte columns, and the cursor as the range.
    let at = text.find("الممل\u{200C}وك").unwrap();
    let end = at + "الممل\u{200C}وك".len();
    let (l, a) = pos(&text, at, "utf-8");
    let (_, b) = pos(&text, end, "utf-8");
    assert_ne!(a, d["range"]["start"]["character"].as_u64().unwrap());
    let mut sent = d.clone();
    sent["range"] =
        json!({"start": {"line": l, "character": a}, "end": {"line": l, "character": b}});
    let cursor = json!({"start": d["range"]["start"], "end": d["range"]["start"]});
    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": cursor, "context": {"diagnostics": [sent]}}),
    );
    let titles: Vec<&str> = actions
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Spell it “مملوك”",
            "Add “مملوك” to house spellings",
            "Add “المملوك” to house spellings",
            "Never flag “المملوك”",
            "Ignore name-variant here",
            // source.fixAll.isnad: the ZWNJ (the name's spelling, chosen by majority, is unsafe).
            "Fix all spelling and character findings (1)",
        ]
    );
    let actions = actions.as_array().unwrap();
    assert_eq!(
        actions[1]["command"]["arguments"][0],
        json!({"uri": uri, "house": "مملوك", "variants": ["المملوك"]})
    );
    assert_eq!(
        actions[3]["command"]["arguments"][0],
        json!({"uri": uri, "name": "المملوك"})
    );
    let edits = actions[0]["edit"]["changes"][uri].as_array().unwrap();
    assert_eq!(
        edits,
        &vec![json!({"range": d["range"], "newText": "مملوك"})]
    );
    assert!(c.shutdown().success());
}

#[test]
fn fix_all_and_spell_every_variant_are_offered_once_and_no_diagnostic_carries_them() {
    let text = "أكد اللواء علي مملوك أن التعاون مستمر.\nوأجرى اللواء المملوك مباحثـات في طهران.\nوقال والمملوك إن الأمن مستقر.\nوأضاف مملوك أن الزيارة ناجحـة وكبيـرة.\n";
    let uri = "file:///tmp/isnad-test/once.txt";
    let (mut c, _) = start(Some(&["utf-16"]), Some("en"), json!({"debounceMs": 0}));
    c.open(uri, "plaintext", 1, text);
    let ds = c.diagnostics(uri, 1);
    let rules: Vec<&str> = ds.iter().map(code).collect();
    assert_eq!(
        rules.iter().filter(|r| **r == "tatweel").count(),
        3,
        "{ds:#?}"
    );
    assert_eq!(rules.iter().filter(|r| **r == "name-variant").count(), 2);
    // Each diagnostic carries its own fix, one edit.
    for d in &ds {
        let fixes = d["data"]["fixes"].as_array().unwrap();
        assert_eq!(fixes.len(), 1, "{d:#}");
        assert_eq!(fixes[0]["edits"].as_array().unwrap().len(), 1, "{d:#}");
    }
    let whole = json!({"start": {"line": 0, "character": 0}, "end": {"line": 4, "character": 0}});
    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": whole, "context": {"diagnostics": ds, "only": ["quickfix"]}}),
    );
    let actions = actions.as_array().unwrap();
    let count = |t: &str| actions.iter().filter(|a| a["title"] == t).count();
    assert_eq!(count("Fix all tatweel in this document (3)"), 1);
    assert_eq!(count("Fix all name-variant in this document (2)"), 1);
    assert_eq!(count("Spell every variant “مملوك” (2 places)"), 1);
    assert_eq!(count("Spell it “مملوك”"), 2);
    assert_eq!(count("Remove the tatweel"), 0);
    let every = action(actions, "Spell every variant “مملوك” (2 places)");
    let edits = every["edit"]["changes"][uri].as_array().unwrap();
    let variants: Vec<&Value> = ds.iter().filter(|d| code(d) == "name-variant").collect();
    assert_eq!(
        edits,
        &vec![
            json!({"range": variants[0]["range"], "newText": "مملوك"}),
            json!({"range": variants[1]["range"], "newText": "مملوك"}),
        ]
    );
    let all = action(actions, "Fix all tatweel in this document (3)");
    let edits = all["edit"]["changes"][uri].as_array().unwrap();
    assert_eq!(apply(text, edits, "utf-16"), text.replace('\u{640}', ""));
    assert!(c.shutdown().success());
}

#[test]
fn unknown_settings_are_named_in_one_message() {
    let mut c = Client::spawn(BIN);
    c.initialize(
        Some(&["utf-16"]),
        Some("en"),
        json!({"Rules": {"tatweel": "off"}, "debounce_ms": 50, "debounceMs": 0}),
    );
    let m = c.wait_for(|m| m["method"] == "window/showMessage");
    assert_eq!(m["params"]["type"], 2);
    assert_eq!(
        m["params"]["message"],
        "isnad: ignored settings: initializationOptions: unknown setting `Rules` (did you mean `rules`?); initializationOptions: unknown setting `debounce_ms` (did you mean `debounceMs`?)"
    );
    // Let the first pull (settings null) finish.
    for _ in 0..200 {
        if c.requests
            .iter()
            .any(|r| r["method"] == "workspace/configuration")
        {
            break;
        }
        c.drain(Duration::from_millis(50));
    }
    c.settings = json!({"inlay_hints": false, "debounceMs": "soon"});
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": null}),
    );
    let m = c.wait_for(|m| m["method"] == "window/showMessage");
    assert_eq!(
        m["params"]["message"],
        "isnad: ignored settings: unknown setting `inlay_hints` (did you mean `inlayHints`?); `debounceMs` must be a number of milliseconds ≥ 0, got \"soon\""
    );
    let more = c.drain(Duration::from_millis(300));
    assert!(
        !more.iter().any(|m| m["method"] == "window/showMessage"),
        "{more:#?}"
    );
    assert!(c.shutdown().success());
}

#[test]
fn config_path_names_the_isnad_toml_of_every_draft() {
    let dir = TempDir::new("lsp-configpath");
    dir.write("desk/isnad.toml", "[rules]\nanonymous-source = \"error\"\n");
    let draft = dir.uri("stories/draft.md");
    let mut c = Client::spawn(BIN);
    c.initialize_in(
        Some(&["utf-16"]),
        Some("en"),
        json!({"debounceMs": 0, "configPath": "desk/isnad.toml"}),
        Some(&dir.uri("")),
    );
    c.open(&draft, "markdown", 1, DRAFT);
    let ds = c.diagnostics(&draft, 1);
    assert_eq!(severity_of(&ds, "anonymous-source"), Some(1), "{ds:#?}");
    assert!(c.shutdown().success());

    // A configPath naming no file is reported, and the draft keeps the default severity.
    let mut c = Client::spawn(BIN);
    c.initialize_in(
        Some(&["utf-16"]),
        Some("en"),
        json!({"debounceMs": 0, "configPath": "desk/missing.toml"}),
        Some(&dir.uri("")),
    );
    let m = c.wait_for(|m| m["method"] == "window/showMessage");
    assert_eq!(
        m["params"]["message"],
        format!(
            "isnad: ignored settings: `configPath`: no isnad.toml at {} (house style from the editor settings only)",
            dir.path("desk/missing.toml").display()
        )
    );
    c.open(&draft, "markdown", 1, DRAFT);
    let ds = c.diagnostics(&draft, 1);
    assert_ne!(severity_of(&ds, "anonymous-source"), Some(1), "{ds:#?}");
    assert!(c.shutdown().success());
}

#[test]
fn house_commands_never_write_an_isnad_toml_open_in_the_editor_behind_its_back() {
    let dir = TempDir::new("lsp-applyedit");
    let before = "[rules]\ntatweel = \"off\"\n";
    dir.write("isnad.toml", before);
    let (draft, toml) = (dir.uri("draft.md"), dir.uri("isnad.toml"));

    // No workspace/applyEdit: the command fails with a message, the file is untouched.
    let mut c = Client::spawn(BIN);
    c.initialize_in(
        Some(&["utf-16"]),
        Some("en"),
        json!({"debounceMs": 0}),
        Some(&dir.uri("")),
    );
    c.open(&toml, "toml", 1, before);
    c.open(&draft, "markdown", 1, DRAFT);
    let ds = c.diagnostics(&draft, 1);
    let actions = actions_for(&mut c, &draft, find(&ds, "name-variant"));
    let never = action(&actions, "Never flag “المملوك”").clone();
    let r = run_command(&mut c, &never);
    assert_eq!(r["error"]["code"], -32803, "{r}");
    let shown = c.wait_for(|m| m["method"] == "window/showMessage");
    assert_eq!(shown["params"]["type"], 1);
    assert!(
        shown["params"]["message"]
            .as_str()
            .unwrap()
            .contains("is open in the editor, which does not accept edits from isnad"),
        "{shown}"
    );
    assert_eq!(dir.read("isnad.toml"), before);
    assert!(c.shutdown().success());

    // With workspace/applyEdit: the buffer gets the edit (versioned), the disk is untouched.
    let mut c = Client::spawn(BIN);
    c.initialize_with(json!({
        "processId": null,
        "rootUri": dir.uri(""),
        "locale": "en",
        "initializationOptions": {"debounceMs": 0},
        "capabilities": {
            "general": {"positionEncodings": ["utf-16"]},
            "workspace": {"applyEdit": true, "workspaceEdit": {"documentChanges": true}}
        }
    }));
    c.open(&toml, "toml", 1, before);
    c.open(&draft, "markdown", 1, DRAFT);
    let ds = c.diagnostics(&draft, 1);
    let actions = actions_for(&mut c, &draft, find(&ds, "name-variant"));
    let never = action(&actions, "Never flag “المملوك”").clone();
    let r = run_command(&mut c, &never);
    assert!(r.get("error").is_none(), "{r}");
    let edit = c
        .requests
        .iter()
        .find(|m| m["method"] == "workspace/applyEdit")
        .expect("workspace/applyEdit")
        .clone();
    let change = &edit["params"]["edit"]["documentChanges"][0];
    assert_eq!(change["textDocument"], json!({"uri": toml, "version": 1}));
    assert_eq!(
        change["edits"][0]["newText"],
        "[rules]\ntatweel = \"off\"\n\n[lexicon]\naccept = [\"المملوك\"]\n"
    );
    assert_eq!(dir.read("isnad.toml"), before);
    assert!(c.shutdown().success());
}

#[test]
fn a_cancelled_request_and_a_close_after_a_burst_of_edits() {
    // `$/cancelRequest` for a request in flight: it is answered (its result, or -32800 when
    // the cancel came first) and the server goes on. Then a burst of edits closed at once: the
    // last publication for the draft is the empty one of `didClose`, and no analysis of the
    // burst is published after it.
    let (mut c, _) = start(Some(&["utf-16"]), None, json!({"debounceMs": 0}));
    c.open(URI, "markdown", 1, DRAFT);
    assert!(!c.diagnostics(URI, 1).is_empty());
    let id = c.request_async(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    c.notify("$/cancelRequest", json!({"id": id}));
    let answer = c.wait_for(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none());
    assert!(
        answer.get("result").is_some() || answer["error"]["code"] == -32800,
        "{answer}"
    );
    for v in 2..=8 {
        c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": v}, "contentChanges": [
                {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "ب"}
            ]}),
        );
    }
    c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": URI}}),
    );
    let cleared = c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == URI
            && m["params"]["diagnostics"] == json!([])
    });
    assert_eq!(cleared["params"].get("version"), None, "{cleared}");
    // What was read before the clear (analyses of the burst published before the close came in,
    // on a slow machine) is no publication after it.
    drop(c.take_backlog());
    let later = c.drain(Duration::from_millis(300));
    assert!(
        later
            .iter()
            .all(|m| m["method"] != "textDocument/publishDiagnostics"),
        "{later:#?}"
    );
    // Still serving: a request is answered.
    let r = c.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(r.get("result").is_some() || r.get("error").is_some(), "{r}");
    assert!(c.shutdown().success());
}
