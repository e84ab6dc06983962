//! Malformed protocol: the real `isnad` binary over stdio, fed one bad message at a time. After
//! each one the server must still answer a hover on a good Arabic draft and still publish that
//! draft's diagnostics (rule and range checked).

#[path = "support/rpc.rs"]
mod rpc;

use rpc::Client;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_isnad");
const GOOD_URI: &str = "file:///tmp/isnad-malformed/good.txt";
const OTHER_URI: &str = "file:///tmp/isnad-malformed/other.txt";

/// A dateline with its agency, an ordinary sentence, and on line 4 a quotation with no speaker
/// (29 UTF-16 units, all in the BMP).
const GOOD: &str = "دمشق - سانا\n\nوأقرت الحكومة خطة لدعم الزراعة والصناعة المحلية.\n\n«سنعيد التيار إلى كل الأحياء»\n";

/// The hover on the quotation of [`GOOD`] (line 4, English locale).
const NO_SPEAKER: &str = "No speaker found for this quotation";

/// A server with [`GOOD`] open (version 1) and its diagnostics checked.
struct Session {
    c: Client,
    version: i64,
}

fn start() -> Session {
    let mut c = Client::spawn(BIN);
    let r = c.initialize(Some(&["utf-16"]), Some("en-US"), json!({"debounceMs": 0}));
    assert_eq!(r["capabilities"]["positionEncoding"], "utf-16");
    c.open(GOOD_URI, "plaintext", 1, GOOD);
    let ds = c.diagnostics(GOOD_URI, 1);
    assert_good(&ds, "open");
    Session { c, version: 1 }
}

fn pos(line: u64, character: u64) -> Value {
    json!({"line": line, "character": character})
}

/// The one diagnostic of a draft whose quotation with no speaker sits on `line`, columns 0..29.
fn assert_quote_on(ds: &[Value], line: u64, label: &str) {
    assert_eq!(ds.len(), 1, "{label}: {ds:#?}");
    assert_eq!(ds[0]["code"], "unattributed-quote", "{label}");
    assert_eq!(ds[0]["severity"], 2, "{label}");
    assert_eq!(
        ds[0]["range"],
        json!({"start": pos(line, 0), "end": pos(line, 29)}),
        "{label}"
    );
}

fn assert_good(ds: &[Value], label: &str) {
    assert_quote_on(ds, 4, label);
}

fn hover_request(id: &str, uri: &str, line: u64, character: u64) -> String {
    format!(
        r#"{{"jsonrpc":"2.0","id":{id},"method":"textDocument/hover","params":{{"textDocument":{{"uri":"{uri}"}},"position":{{"line":{line},"character":{character}}}}}}}"#
    )
}

/// True when `m` is a response (to any id).
fn is_response(m: &Value) -> bool {
    m.get("id").is_some() && m.get("method").is_none()
}

impl Session {
    /// After a malformed input: the server answers a hover on [`GOOD`]'s quotation, takes a new
    /// version of the draft and publishes its diagnostics. Returns the messages that arrived
    /// meanwhile and were not consumed.
    fn assert_alive(&mut self, label: &str) -> Vec<Value> {
        let h = self.c.call(
            "textDocument/hover",
            json!({"textDocument": {"uri": GOOD_URI}, "position": pos(4, 3)}),
        );
        assert_eq!(h["contents"]["value"], NO_SPEAKER, "{label}: {h}");
        self.version += 1;
        self.c.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": GOOD_URI, "version": self.version},
                   "contentChanges": [{"text": GOOD}]}),
        );
        let ds = self.c.diagnostics(GOOD_URI, self.version);
        assert_good(&ds, label);
        self.c.take_backlog()
    }

    /// [`Session::assert_alive`], and no response arrived for any request sent before it.
    fn assert_alive_unanswered(&mut self, label: &str) {
        let seen = self.assert_alive(label);
        let answered: Vec<&Value> = seen.iter().filter(|m| is_response(m)).collect();
        assert!(answered.is_empty(), "{label}: {answered:#?}");
    }

    /// Sends `method` with `params` and returns the error object of the response.
    fn error_of(&mut self, method: &str, params: Value) -> Value {
        let r = self.c.request(method, params);
        assert!(r.get("result").is_none(), "{method}: {r}");
        r["error"].clone()
    }
}

#[test]
fn framing_errors_resynchronise_on_the_next_header() {
    let mut s = start();
    let hover = |id: u32| hover_request(&id.to_string(), GOOD_URI, 4, 3);
    let dropped: Vec<(&str, String)> = vec![
        (
            "garbage headers",
            "Garbage: yes\r\nthis is not a header at all\r\n\r\n".to_string(),
        ),
        ("a bare line of text", "hello server\n".to_string()),
        (
            "missing Content-Length",
            format!(
                "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}",
                hover(900)
            ),
        ),
        (
            "non-numeric Content-Length",
            format!("Content-Length: abc\r\n\r\n{}", hover(901)),
        ),
        (
            "negative Content-Length",
            format!(
                "Content-Length: -{}\r\n\r\n{}",
                hover(902).len(),
                hover(902)
            ),
        ),
        (
            "Content-Length too small",
            format!(
                "Content-Length: {}\r\n\r\n{}",
                hover(903).len() - 10,
                hover(903)
            ),
        ),
        (
            "Content-Length beyond any limit",
            format!("Content-Length: 99999999999999999999\r\n\r\n{}", hover(904)),
        ),
        ("a body with no header", hover(905)),
        (
            "an empty Content-Length",
            format!("Content-Length:\r\n\r\n{}", hover(906)),
        ),
    ];
    // A body after a good header that ends inside its JSON value cannot be parsed: JSON-RPC 2.0
    // answers it with a parse error (id null). A bad header frames no message: no answer.
    let unparsable = ["Content-Length too small"];
    for (label, bytes) in &dropped {
        s.c.write_unframed(bytes.as_bytes());
        if unparsable.contains(label) {
            let r = s.c.wait_for(|m| is_response(m) && m["id"].is_null());
            assert_eq!(r["error"]["code"], -32700, "{label}: {r}");
        }
        s.assert_alive_unanswered(label);
    }

    // A Content-Length too large: the message is read up to the end of its JSON value and
    // answered; the messages after it are not swallowed.
    let body = hover(907);
    s.c.write_unframed(format!("Content-Length: {}\r\n\r\n{body}", body.len() + 500).as_bytes());
    let r = s.c.wait_for(|m| m["id"] == 907);
    assert_eq!(r["result"]["contents"]["value"], NO_SPEAKER, "{r}");
    s.assert_alive_unanswered("Content-Length too large");

    // Two different Content-Length headers: the block is dropped and reading resumes at the
    // second header, which is right here.
    let body = hover(908);
    s.c.write_unframed(
        format!(
            "Content-Length: 7\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    );
    let r = s.c.wait_for(|m| m["id"] == 908);
    assert_eq!(r["result"]["contents"]["value"], NO_SPEAKER, "{r}");
    s.assert_alive_unanswered("duplicate Content-Length");

    // Two equal Content-Length headers and a lower-case one are fine.
    let body = hover(909);
    s.c.write_unframed(
        format!(
            "content-length: {0}\r\nContent-Length: {0}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    );
    let r = s.c.wait_for(|m| m["id"] == 909);
    assert_eq!(r["result"]["contents"]["value"], NO_SPEAKER, "{r}");

    // A didOpen whose Content-Length counts characters instead of bytes (too small for Arabic
    // text): dropped, so nothing is ever published for that draft.
    let open =
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument":
        {"uri": OTHER_URI, "languageId": "plaintext", "version": 1, "text": GOOD}}})
        .to_string();
    s.c.write_unframed(
        format!("Content-Length: {}\r\n\r\n{open}", open.chars().count()).as_bytes(),
    );
    let seen = s.assert_alive("Content-Length in characters");
    assert!(
        !seen.iter().any(|m| m["params"]["uri"] == OTHER_URI),
        "{seen:#?}"
    );
    let r = s.c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": OTHER_URI}, "position": pos(4, 3)}),
    );
    assert_eq!(r, Value::Null);
    assert!(s.c.shutdown().success());
}

#[test]
fn invalid_json_duplicated_keys_and_bad_ids_are_dropped_or_refused() {
    let mut s = start();
    let dropped: Vec<(&str, String)> = vec![
        ("not JSON", "{this is not json".to_string()),
        (
            "not JSON, brackets balanced",
            "{this is not json}".to_string(),
        ),
        ("truncated JSON", {
            let h = hover_request("910", GOOD_URI, 4, 3);
            h[..h.len() - 3].to_string()
        }),
        ("not JSON-RPC", r#"{"foo": 1}"#.to_string()),
        ("a JSON array", "[1, 2, 3]".to_string()),
        (
            "duplicated id",
            hover_request("911", GOOD_URI, 4, 3).replacen("\"id\":911", "\"id\":911,\"id\":912", 1),
        ),
        (
            "duplicated method",
            hover_request("913", GOOD_URI, 4, 3).replacen(
                "\"method\"",
                "\"method\":\"shutdown\",\"method\"",
                1,
            ),
        ),
        // A nested duplicated key: this change would blank the draft if it were applied.
        (
            "duplicated nested key",
            format!(
                r#"{{"jsonrpc":"2.0","method":"textDocument/didChange","params":{{"textDocument":{{"uri":"{GOOD_URI}","version":500,"version":501}},"contentChanges":[{{"text":"نص"}}]}}}}"#
            ),
        ),
        ("float id", hover_request("1.5", GOOD_URI, 4, 3)),
        (
            "float id without fraction",
            hover_request("7.0", GOOD_URI, 4, 3),
        ),
        ("exponent id", hover_request("1e30", GOOD_URI, 4, 3)),
        (
            "id above i64",
            hover_request("9223372036854775808", GOOD_URI, 4, 3),
        ),
        (
            "id below i64",
            hover_request("-9223372036854775809", GOOD_URI, 4, 3),
        ),
        (
            "huge integer id",
            hover_request("123456789012345678901234567890", GOOD_URI, 4, 3),
        ),
        ("boolean id", hover_request("true", GOOD_URI, 4, 3)),
        ("object id", hover_request("{\"n\":1}", GOOD_URI, 4, 3)),
        (
            "response with a float id",
            r#"{"jsonrpc":"2.0","id":2.5,"result":null}"#.to_string(),
        ),
        (
            "wrong jsonrpc version",
            hover_request("914", GOOD_URI, 4, 3).replacen("2.0", "1.0", 1),
        ),
        (
            "raw control character in a string",
            "{\"jsonrpc\":\"2.0\",\"method\":\"\u{1}\"}".to_string(),
        ),
    ];
    // A whole body that is not JSON is answered with ParseError, and JSON that is no message or a
    // rejected request (a JSON object with a string method and an id) with InvalidRequest, both
    // with id null (JSON-RPC 2.0) unless the id is readable; a notification or a response is dropped without an answer. A
    // body the reader's scanner cannot follow as one JSON value ("not JSON", "truncated JSON", a
    // raw control character in a string) is a framing error: where that message ends is unknown,
    // so the reader resynchronises, but the client still gets its ParseError.
    let unreadable = [
        "JSON-like, no colon",
        "not JSON",
        "not JSON, brackets balanced",
        "truncated JSON",
        "raw control character in a string",
    ];
    let requests = [
        "not JSON-RPC",
        "a JSON array",
        "duplicated id",
        "duplicated method",
        "float id",
        "float id without fraction",
        "exponent id",
        "id above i64",
        "id below i64",
        "huge integer id",
        "boolean id",
        "object id",
        "wrong jsonrpc version",
    ];
    for (label, body) in &dropped {
        s.c.send_raw(body.as_bytes());
        if requests.contains(label) {
            // A request whose id can be read without doubt (here only the one with the wrong
            // jsonrpc version) is answered with that id, so the client can match the error.
            let id = if *label == "wrong jsonrpc version" {
                json!(914)
            } else {
                Value::Null
            };
            let r = s.c.wait_for(|m| is_response(m) && m["id"] == id);
            assert_eq!(r["error"]["code"], -32600, "{label}: {r}");
            let msg = r["error"]["message"].as_str().unwrap();
            assert!(msg.starts_with("invalid request: "), "{label}: {msg}");
        }
        if unreadable.contains(label) {
            let r = s.c.wait_for(|m| is_response(m) && m["id"].is_null());
            assert_eq!(r["error"]["code"], -32700, "{label}: {r}");
            let msg = r["error"]["message"].as_str().unwrap();
            assert!(msg.starts_with("parse error: "), "{label}: {msg}");
        }
        s.assert_alive_unanswered(label);
    }
    let mut bad_utf8 =
        br#"{"jsonrpc":"2.0","id":915,"method":"textDocument/hover","params":"#.to_vec();
    bad_utf8.extend_from_slice(b"\"\xff\xfe\"}");
    s.c.send_raw(&bad_utf8);
    let r = s.c.wait_for(|m| is_response(m) && m["id"].is_null());
    assert_eq!(r["error"]["code"], -32700, "bytes that are not UTF-8: {r}");
    s.assert_alive_unanswered("bytes that are not UTF-8");

    // The limits of the id range are fine.
    for id in ["9223372036854775807", "-9223372036854775808", "\"نص\"", "0"] {
        s.c.send_raw(hover_request(id, GOOD_URI, 4, 3).as_bytes());
        let want: Value = serde_json::from_str(id).unwrap();
        let r = s.c.wait_for(|m| is_response(m) && m["id"] == want);
        assert_eq!(r["result"]["contents"]["value"], NO_SPEAKER, "{id}: {r}");
    }
    s.assert_alive("ids at the limits");
    assert!(s.c.shutdown().success());
}

#[test]
fn wrong_params_far_positions_old_versions_and_unknown_uris() {
    let mut s = start();
    // Wrong parameter types: an InvalidParams error for that request.
    let e = s.error_of(
        "textDocument/hover",
        json!({"textDocument": {"uri": GOOD_URI}, "position": "4:3"}),
    );
    assert_eq!(e["code"], -32602, "{e}");
    s.assert_alive("position as a string");
    let e = s.error_of(
        "textDocument/hover",
        json!({"textDocument": {"uri": GOOD_URI}, "position": {"line": -1, "character": 0}}),
    );
    assert_eq!(e["code"], -32602, "{e}");
    let e = s.error_of("textDocument/documentSymbol", json!([1, 2]));
    assert_eq!(e["code"], -32602, "{e}");
    let e = s.error_of(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": GOOD_URI}, "range": 7, "context": {"diagnostics": []}}),
    );
    assert_eq!(e["code"], -32602, "{e}");
    // A notification with wrong parameters is dropped without an answer.
    s.c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": GOOD_URI, "version": "two"}, "contentChanges": "x"}),
    );
    s.assert_alive_unanswered("didChange with wrong types");

    // Positions far outside the draft: clamped to its end, where there is nothing to say.
    for (line, character) in [
        (1_000_000, 0),
        (0, 4_000_000_000),
        (4_294_967_295, 4_294_967_295),
    ] {
        let h = s.c.call(
            "textDocument/hover",
            json!({"textDocument": {"uri": GOOD_URI}, "position": pos(line, character)}),
        );
        assert_eq!(h, Value::Null, "{line}:{character}");
    }
    let r = s.c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": GOOD_URI},
               "range": {"start": pos(900, 0), "end": pos(1_000_000, 5)},
               "context": {"diagnostics": []}}),
    );
    assert!(
        r.is_null()
            || r.as_array()
                .is_some_and(|a| a.iter().all(|a| a["kind"] != "quickfix")),
        "{r}"
    );
    // An edit far outside the draft is clamped to its end.
    s.version += 1;
    s.c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": GOOD_URI, "version": s.version}, "contentChanges": [
            {"range": {"start": pos(70_000, 3), "end": pos(90_000, 0)}, "text": "وأضاف: «كلام»\n"}
        ]}),
    );
    let ds = s.c.diagnostics(GOOD_URI, s.version);
    // The new quotation has its speaker (وأضاف); the old one is still flagged.
    assert_good(&ds, "edit clamped to the end");
    s.assert_alive("positions far outside");

    // A version going backwards is applied (the client is the authority on its text) and
    // published with the version it came with.
    let back = 1;
    s.c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": GOOD_URI, "version": back}, "contentChanges": [
            {"range": {"start": pos(1, 0), "end": pos(1, 0)}, "text": "\nسطر جديد\n"}
        ]}),
    );
    let ds = s.c.diagnostics(GOOD_URI, back);
    assert_quote_on(&ds, 6, "version backwards");
    let h = s.c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": GOOD_URI}, "position": pos(6, 3)}),
    );
    assert_eq!(h["contents"]["value"], NO_SPEAKER, "{h}");
    s.version += 1;
    s.c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": GOOD_URI, "version": s.version}, "contentChanges": [{"text": GOOD}]}),
    );
    assert_good(
        &s.c.diagnostics(GOOD_URI, s.version),
        "after version backwards",
    );
    s.assert_alive("version backwards");

    // An unknown URI: empty answers, nothing published.
    let nowhere = "file:///tmp/isnad-malformed/nowhere.txt";
    let h = s.c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": nowhere}, "position": pos(0, 0)}),
    );
    assert_eq!(h, Value::Null);
    s.c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": nowhere, "version": 2}, "contentChanges": [{"text": GOOD}]}),
    );
    s.c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": nowhere}}),
    );
    s.c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": nowhere}}),
    );
    let seen = s.assert_alive("unknown URI");
    assert!(
        !seen.iter().any(|m| m["params"]["uri"] == nowhere),
        "{seen:#?}"
    );

    // A closed URI: its diagnostics are cleared once, then it is unknown.
    s.c.open(OTHER_URI, "plaintext", 1, GOOD);
    assert_good(&s.c.diagnostics(OTHER_URI, 1), "other draft");
    s.c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": OTHER_URI}}),
    );
    let cleared = s.c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == OTHER_URI
    });
    assert_eq!(cleared["params"]["diagnostics"], json!([]));
    let h = s.c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": OTHER_URI}, "position": pos(4, 3)}),
    );
    assert_eq!(h, Value::Null);
    s.c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": OTHER_URI, "version": 2}, "contentChanges": [{"text": GOOD}]}),
    );
    s.c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": OTHER_URI}}),
    );
    let seen = s.assert_alive("closed URI");
    assert!(
        !seen.iter().any(|m| m["params"]["uri"] == OTHER_URI),
        "{seen:#?}"
    );
    assert!(s.c.shutdown().success());
}

/// A binary file opened in the editor (a zip's NUL bytes, with a stray «) is not analysed: one
/// warning at the top says it is no text draft; the quotation mark in it is not flagged. When the
/// buffer becomes text, it is checked as any draft.
#[test]
fn a_binary_buffer_gets_one_warning_and_no_findings() {
    let mut s = start();
    let uri = "file:///tmp/isnad-malformed/archive.txt";
    s.c.open(uri, "plaintext", 1, "PK\u{3}\u{4}\u{0}\u{0}«\u{1}\n");
    let ds = s.c.diagnostics(uri, 1);
    assert_eq!(ds.len(), 1, "{ds:#?}");
    assert_eq!(ds[0]["code"], "not-a-draft");
    assert_eq!(ds[0]["severity"], 2);
    assert_eq!(
        ds[0]["range"],
        json!({"start": pos(0, 0), "end": pos(0, 0)})
    );
    assert_eq!(
        ds[0]["message"],
        "binary file (contains NUL bytes); not a text draft; not checked"
    );
    s.c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": GOOD}]}),
    );
    assert_good(&s.c.diagnostics(uri, 2), "binary buffer made text");
    s.assert_alive("binary buffer");
    assert!(s.c.shutdown().success());
}

/// A 20 MB didOpen goes through the transport and is analysed. The bulk of the draft is Arabic
/// prose inside a fenced code block, which the analysis masks, so that a debug build analyses it
/// in a few seconds; the whole 20 MB still travel in one message and sit in the server's rope.
#[test]
fn a_20_mb_did_open_is_read_and_analysed() {
    let mut s = start();
    // A debug build analyses 20 MB in about 20 s alone; under a loaded machine that may triple.
    // The wait only detects a hang: the 5 MB throughput is measured by the benchmark.
    s.c.timeout = std::time::Duration::from_secs(600);
    let big_uri = "file:///tmp/isnad-malformed/big.md";
    let para = "وأشار المسؤول إلى أن الحكومة أقرت خطة لدعم الزراعة والصناعة المحلية.\n\n";
    let mut big = String::from("دمشق - سانا\n\n```text\n");
    while big.len() <= 20 << 20 {
        big.push_str(para);
    }
    big.push_str(
        "```\n\nوأقرت الحكومة خطة لدعم الزراعة والصناعة المحلية.\n\n«سنعيد التيار إلى كل الأحياء»\n",
    );
    let quote_line = big[..big.rfind('«').unwrap()].matches('\n').count() as u64;
    assert!(quote_line > 300_000, "{quote_line}");
    s.c.open(big_uri, "markdown", 1, &big);
    drop(big);
    let ds = s.c.diagnostics(big_uri, 1);
    assert_quote_on(&ds, quote_line, "20 MB draft");
    let h = s.c.call(
        "textDocument/hover",
        json!({"textDocument": {"uri": big_uri}, "position": pos(quote_line, 3)}),
    );
    assert_eq!(h["contents"]["value"], NO_SPEAKER, "{h}");
    s.assert_alive("20 MB didOpen");
    s.c.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": big_uri}}),
    );
    s.assert_alive("20 MB didClose");
    assert!(s.c.shutdown().success());
}

#[test]
fn unknown_commands_and_bad_arguments_are_errors() {
    let mut s = start();
    let e = s.error_of(
        "workspace/executeCommand",
        json!({"command": "isnad.nothing", "arguments": []}),
    );
    assert_eq!(e["code"], -32602, "{e}");
    assert_eq!(e["message"], "unknown command `isnad.nothing`");
    s.assert_alive("unknown command");

    for (command, args) in [
        ("isnad.review", json!([5])),
        ("isnad.review", json!(["file:///tmp/x.txt"])),
        (
            "isnad.review",
            json!([{"uri": GOOD_URI, "scope": "galaxy"}]),
        ),
        ("isnad.review", json!([{"uri": 17}])),
        ("isnad.review", json!([{"uri": GOOD_URI, "colour": "red"}])),
        ("isnad.addSpelling", json!([{}])),
        (
            "isnad.addSpelling",
            json!([{"uri": GOOD_URI, "house": 3, "variants": "x"}]),
        ),
        ("isnad.acceptName", json!([[1, 2]])),
        ("isnad.acceptName", json!([])),
    ] {
        let e = s.error_of(
            "workspace/executeCommand",
            json!({"command": command, "arguments": args}),
        );
        assert_eq!(e["code"], -32602, "{command} {args}: {e}");
        let msg = e["message"].as_str().unwrap();
        assert!(
            msg.starts_with(&format!("{command}: bad arguments")),
            "{command} {args}: {msg}"
        );
        s.assert_alive(&format!("{command} {args}"));
    }
    // Arguments that are not a list at all.
    let e = s.error_of(
        "workspace/executeCommand",
        json!({"command": "isnad.review", "arguments": {"uri": GOOD_URI}}),
    );
    assert_eq!(e["code"], -32602, "{e}");
    // The command still works with good arguments.
    let sheet = s.c.call(
        "workspace/executeCommand",
        json!({"command": "isnad.review", "arguments": [{"uri": GOOD_URI}]}),
    );
    assert!(
        sheet
            .as_str()
            .is_some_and(|t| t.contains("سنعيد التيار إلى كل الأحياء")),
        "{sheet}"
    );
    s.assert_alive("review with good arguments");
    assert!(s.c.shutdown().success());
}

/// `printf … | isnad lsp`: a client that writes initialize, initialized, shutdown and exit at once
/// without waiting for answers (which the LSP specification asks it to) still gets the
/// capabilities and a null answer to shutdown, and the server exits with status 0.
#[test]
fn a_client_that_pipelines_the_lifecycle_gets_every_answer() {
    let frame = |v: Value| {
        let body = v.to_string();
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    };
    let input = [
        json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}),
        json!({"jsonrpc": "2.0", "method": "exit"}),
    ]
    .into_iter()
    .map(frame)
    .collect::<String>();
    let (answers, text, status) = piped(input.as_bytes());
    assert_eq!(answers.len(), 2, "{text}");
    assert_eq!(answers[0]["id"], 1);
    assert_eq!(answers[0]["result"]["serverInfo"]["name"], "isnad");
    assert_eq!(
        answers[1],
        json!({"jsonrpc": "2.0", "id": 2, "result": null})
    );
    assert_eq!(status.code(), Some(0));
}

/// Writes `input` to `isnad lsp` at once, closes its input and returns every answer it wrote (as
/// JSON), its whole output and its exit status.
fn piped(input: &[u8]) -> (Vec<Value>, String, std::process::ExitStatus) {
    use std::io::Write;
    let mut child = std::process::Command::new(BIN)
        .arg("lsp")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn isnad lsp");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    let answers = text
        .split("Content-Length: ")
        .filter_map(|m| m.split_once("\r\n\r\n"))
        .map(|(_, body)| serde_json::from_str(body).expect("one JSON body"))
        .collect();
    (answers, text, out.status)
}

#[test]
fn a_request_cut_short_by_the_end_of_input_is_answered_with_a_parse_error() {
    // The header promises the whole initialize request; the input ends 40 bytes into it. The
    // client is told (-32700, id null: the id of a message that cannot be read is null) rather
    // than left waiting for an answer that never comes.
    let body =
        json!({"jsonrpc": "2.0", "id": 7, "method": "initialize", "params": {"capabilities": {}}})
            .to_string();
    let input = format!("Content-Length: {}\r\n\r\n{}", body.len(), &body[..40]);
    let (answers, text, _) = piped(input.as_bytes());
    assert_eq!(answers.len(), 1, "{text}");
    assert_eq!(answers[0]["id"], Value::Null);
    assert_eq!(answers[0]["error"]["code"], -32700);
    assert_eq!(
        answers[0]["error"]["message"],
        format!(
            "parse error: input ended 40 byte(s) into a message of {} byte(s); the message is dropped",
            body.len()
        )
    );
    // Input that ends between messages, after white space, is no unfinished message.
    let (answers, text, _) = piped(b"\r\n\r\n");
    assert!(answers.is_empty(), "{text}");
}
