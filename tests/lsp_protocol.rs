//! Protocol tests: the real `isnad` binary spoken to over stdio with JSON-RPC.
//!
//! The draft has harakat (combining marks) and emoji (astral characters, two UTF-16 units each)
//! before a flagged name, so a wrong column unit shows up as a wrong range.

#[path = "support/rpc.rs"]
mod rpc;

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

        // source.fixAll.isnad gives the same text.
        let all = c.call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                   "context": {"diagnostics": [], "only": ["source.fixAll"]}}),
        );
        let all = all.as_array().unwrap();
        assert_eq!(all.len(), 1, "{all:#?}");
        assert_eq!(all[0]["kind"], "source.fixAll.isnad");
        assert_eq!(
            apply(
                DRAFT,
                all[0]["edit"]["changes"][URI].as_array().unwrap(),
                enc
            ),
            fixed
        );

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
        v["message"].as_str().unwrap().starts_with("«المملوك»"),
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
