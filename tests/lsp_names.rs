//! Protocol tests of names as symbols: `textDocument/definition`, `references`,
//! `documentHighlight`, `prepareRename`, `rename` (with and without change annotations, and its
//! refusals) and `workspace/symbol`, spoken to the real `isnad` binary over stdio, on Arabic drafts
//! that spell one name two ways (أردوغان/اردوغان), alone and in a workspace of several drafts.

#[path = "support/rpc.rs"]
mod rpc;
#[path = "support/tempdir.rs"]
mod tempdir;
use tempdir::TempDir;

use rpc::Client;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_isnad");

/// A dateline, then one name written with the hamza seat (line 2) and without it (line 3).
const DRAFT_A: &str = "أنقرة - الأناضول\n\nوقال الرئيس التركي أردوغان إن الاقتصاد قوي.\nوأضاف اردوغان أن التضخم سينخفض.\n";
/// The same name, twice with the hamza seat, and a place.
const DRAFT_B: &str =
    "وأكد الرئيس التركي أردوغان أن الحوار ممكن.\nورد أردوغان على سؤال حول اليونان.\n";
/// A story on disk only (never opened) naming him twice.
const DRAFT_C: &str = "إسطنبول - الأناضول\n\nوقال الرئيس التركي أردوغان إن الانتخابات ستجري في موعدها.\nوأضاف أردوغان أن المعارضة منقسمة.\n";
/// A person named by title and family name first, in full on line 1.
const DRAFT_FULL: &str = "أكد اللواء مملوك أن التعاون مستمر.\nوقال اللواء علي مملوك إن الوضع مستقر.\nوأضاف مملوك أن الأمن جيد.\n";

/// `initialize` + `initialized` with `encodings` offered, versioned edits (`documentChanges`),
/// change annotations when `annotations`, and `prepareRename` support.
fn start(encodings: &[&str], annotations: bool, locale: &str) -> (Client, Value) {
    let mut c = Client::spawn(BIN);
    let mut edit = json!({"documentChanges": true});
    if annotations {
        edit["changeAnnotationSupport"] = json!({"groupsOnLabel": true});
    }
    let init = c.initialize_with(json!({
        "processId": null,
        "rootUri": null,
        "locale": locale,
        "initializationOptions": {"debounceMs": 0},
        "capabilities": {
            "general": {"positionEncodings": encodings},
            "workspace": {"workspaceEdit": edit},
            "textDocument": {
                "rename": {"prepareSupport": true},
                "publishDiagnostics": {"versionSupport": true}
            }
        }
    }));
    (c, init)
}

fn range(l0: u64, c0: u64, l1: u64, c1: u64) -> Value {
    json!({"start": {"line": l0, "character": c0}, "end": {"line": l1, "character": c1}})
}

fn at(uri: &str, line: u64, character: u64) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

fn with(mut params: Value, key: &str, value: Value) -> Value {
    params[key] = value;
    params
}

/// `(uri, range)` of each location of a `references` answer.
fn locations(v: &Value) -> Vec<(String, Value)> {
    v.as_array()
        .unwrap_or_else(|| panic!("not a list: {v}"))
        .iter()
        .map(|l| (l["uri"].as_str().unwrap().to_string(), l["range"].clone()))
        .collect()
}

#[test]
fn a_name_spelled_two_ways_is_one_symbol_in_the_draft() {
    let (mut c, init) = start(&["utf-16"], true, "en");
    let caps = &init["capabilities"];
    assert_eq!(caps["definitionProvider"], true);
    assert_eq!(caps["referencesProvider"], true);
    assert_eq!(caps["documentHighlightProvider"], true);
    assert_eq!(caps["workspaceSymbolProvider"], true);
    assert_eq!(caps["renameProvider"], json!({"prepareProvider": true}));
    let uri = "untitled:Untitled-1";
    c.open(uri, "plaintext", 1, DRAFT_A);
    c.diagnostics(uri, 1);

    // On «اردوغان» (line 3): the definition is the first mention, «أردوغان» on line 2.
    let def = c.call("textDocument/definition", at(uri, 3, 8));
    assert_eq!(def, json!({"uri": uri, "range": range(2, 19, 2, 26)}));
    // References: both spellings, the declaration included or not as asked.
    let refs = c.call(
        "textDocument/references",
        with(
            at(uri, 2, 20),
            "context",
            json!({"includeDeclaration": true}),
        ),
    );
    assert_eq!(
        locations(&refs),
        [
            (uri.to_string(), range(2, 19, 2, 26)),
            (uri.to_string(), range(3, 6, 3, 13))
        ]
    );
    let refs = c.call(
        "textDocument/references",
        with(
            at(uri, 2, 20),
            "context",
            json!({"includeDeclaration": false}),
        ),
    );
    assert_eq!(locations(&refs), [(uri.to_string(), range(3, 6, 3, 13))]);
    // The cursor right after the word still names it.
    let h = c.call("textDocument/documentHighlight", at(uri, 3, 13));
    assert_eq!(
        h,
        json!([
            {"range": range(2, 19, 2, 26), "kind": 1},
            {"range": range(3, 6, 3, 13), "kind": 1}
        ])
    );
    // Off a name (on «الاقتصاد»): nothing.
    assert_eq!(
        c.call("textDocument/definition", at(uri, 2, 32)),
        Value::Null
    );
    assert_eq!(
        c.call("textDocument/documentHighlight", at(uri, 2, 32)),
        Value::Null
    );
    assert_eq!(
        c.call("textDocument/prepareRename", at(uri, 2, 32)),
        Value::Null
    );

    // Rename: the mention's range and text, then one annotated edit per mention spelled otherwise.
    let prep = c.call("textDocument/prepareRename", at(uri, 3, 8));
    assert_eq!(
        prep,
        json!({"range": range(3, 6, 3, 13), "placeholder": "اردوغان"})
    );
    let edit = c.call(
        "textDocument/rename",
        with(at(uri, 3, 8), "newName", json!("إردوغان")),
    );
    assert_eq!(
        edit,
        json!({
            "documentChanges": [{
                "textDocument": {"uri": uri, "version": 1},
                "edits": [
                    {"range": range(2, 19, 2, 26), "newText": "إردوغان", "annotationId": "isnad.respell"},
                    {"range": range(3, 6, 3, 13), "newText": "إردوغان", "annotationId": "isnad.respell"}
                ]
            }],
            "changeAnnotations": {
                "isnad.respell": {
                    "label": "Respell name",
                    "needsConfirmation": false,
                    "description": "أردوغان، اردوغان → إردوغان"
                }
            }
        })
    );

    // Refusals: a clear error (RequestFailed), never a crash.
    for (name, message) in [
        ("", "isnad: the new name is empty"),
        ("  ", "isnad: the new name is empty"),
        (
            "Erdogan",
            "isnad: «Erdogan» is not a name in Arabic letters (U+0045 `E`): write the name in Arabic letters, without digits, punctuation or tatweel",
        ),
        (
            "أردوغان،",
            "isnad: «أردوغان،» is not a name in Arabic letters (U+060C `،`): write the name in Arabic letters, without digits, punctuation or tatweel",
        ),
    ] {
        let r = c.request(
            "textDocument/rename",
            with(at(uri, 3, 8), "newName", json!(name)),
        );
        assert_eq!(r["error"]["code"], -32803, "{r}");
        assert_eq!(r["error"]["message"], message, "{r}");
    }
    let r = c.request(
        "textDocument/rename",
        with(at(uri, 2, 32), "newName", json!("أردوغان")),
    );
    assert_eq!(r["error"]["code"], -32803, "{r}");
    assert!(
        r["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("isnad: no name here"),
        "{r}"
    );
    // The server is still answering.
    let h = c.call("textDocument/documentHighlight", at(uri, 2, 20));
    assert_eq!(h.as_array().unwrap().len(), 2);
    assert!(c.shutdown().success());
}

#[test]
fn definition_goes_to_the_first_full_mention_in_utf8_columns() {
    let (mut c, init) = start(&["utf-8"], false, "ar");
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    let uri = "file:///tmp/isnad-names-full.txt";
    c.open(uri, "plaintext", 4, DRAFT_FULL);
    c.diagnostics(uri, 4);
    // From «مملوك» on line 2 (byte column 14) to «علي مملوك» on line 1 (bytes 22–39).
    let def = c.call("textDocument/definition", at(uri, 2, 14));
    assert_eq!(def, json!({"uri": uri, "range": range(1, 22, 1, 39)}));
    // Without the declaration, the full mention is left out.
    let refs = c.call(
        "textDocument/references",
        with(
            at(uri, 0, 22),
            "context",
            json!({"includeDeclaration": false}),
        ),
    );
    assert_eq!(
        locations(&refs),
        [
            (uri.to_string(), range(0, 20, 0, 30)),
            (uri.to_string(), range(2, 11, 2, 21))
        ]
    );
    // documentChanges without annotation support: plain versioned edits; the refusal in Arabic.
    let edit = c.call(
        "textDocument/rename",
        with(at(uri, 0, 22), "newName", json!("المملوك")),
    );
    let edits = &edit["documentChanges"][0]["edits"];
    assert_eq!(edit["documentChanges"][0]["textDocument"]["version"], 4);
    assert_eq!(edits.as_array().unwrap().len(), 3, "{edit}");
    assert_eq!(
        edits[1],
        json!({"range": range(1, 29, 1, 39), "newText": "المملوك"})
    );
    assert!(edit.get("changeAnnotations").is_none(), "{edit}");
    let r = c.request(
        "textDocument/rename",
        with(at(uri, 0, 22), "newName", json!("")),
    );
    assert_eq!(r["error"]["message"], "إسناد: الاسم الجديد فارغ", "{r}");
    assert!(c.shutdown().success());
}

#[test]
fn a_client_without_document_changes_gets_plain_edits() {
    let mut c = Client::spawn(BIN);
    let init = c.initialize(None, None, json!({"debounceMs": 0}));
    // No prepareRename support offered: a plain rename provider.
    assert_eq!(init["capabilities"]["renameProvider"], true);
    let uri = "file:///tmp/isnad-names-plain.txt";
    c.open(uri, "plaintext", 2, DRAFT_A);
    c.diagnostics(uri, 2);
    let edit = c.call(
        "textDocument/rename",
        with(at(uri, 2, 20), "newName", json!("أردوغان")),
    );
    assert_eq!(
        edit,
        json!({"changes": {uri: [{"range": range(3, 6, 3, 13), "newText": "أردوغان"}]}})
    );
    assert!(c.shutdown().success());
}

#[test]
fn references_and_symbols_reach_every_draft_of_the_workspace() {
    let dir = TempDir::new("names-ws");
    dir.write("a.txt", DRAFT_A);
    dir.write("b.txt", "نص قديم لا أسماء فيه.\n");
    dir.write("c.txt", DRAFT_C);
    let (a, b, c_uri) = (dir.uri("a.txt"), dir.uri("b.txt"), dir.uri("c.txt"));
    let mut c = Client::spawn(BIN);
    c.initialize_workspace(&[&dir.uri("")], Some("en"), json!({"debounceMs": 0}), true);
    c.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    // Two open drafts: b's buffer (not its old text on disk) is what counts.
    c.open(&a, "plaintext", 1, DRAFT_A);
    c.open(&b, "plaintext", 1, DRAFT_B);
    c.diagnostics(&a, 1);
    c.diagnostics(&b, 1);

    let refs = c.call(
        "textDocument/references",
        with(at(&a, 3, 8), "context", json!({"includeDeclaration": true})),
    );
    assert_eq!(
        locations(&refs),
        [
            (a.clone(), range(2, 19, 2, 26)),
            (a.clone(), range(3, 6, 3, 13)),
            (b.clone(), range(0, 19, 0, 26)),
            (b.clone(), range(1, 4, 1, 11)),
            (c_uri.clone(), range(2, 19, 2, 26)),
            (c_uri.clone(), range(3, 6, 3, 13)),
        ]
    );
    // From the other open draft, the first draft's spellings come back too.
    let refs = c.call(
        "textDocument/references",
        with(at(&b, 1, 6), "context", json!({"includeDeclaration": true})),
    );
    let uris: Vec<String> = locations(&refs).into_iter().map(|(u, _)| u).collect();
    assert_eq!(
        uris,
        [
            b.clone(),
            b.clone(),
            a.clone(),
            a.clone(),
            c_uri.clone(),
            c_uri.clone()
        ]
    );

    // workspace/symbol: one entry per draft, filtered by the query with its hamza folded.
    let syms = c.call("workspace/symbol", json!({"query": "اردوغان"}));
    let got: Vec<(String, String, i64, String)> = syms
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["location"]["uri"].as_str().unwrap().to_string(),
                s["location"]["range"]["start"]["line"].as_i64().unwrap(),
                s["containerName"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("أردوغان".to_string(), a.clone(), 2, "a.txt".to_string()),
            ("أردوغان".to_string(), b.clone(), 0, "b.txt".to_string()),
            ("أردوغان".to_string(), c_uri.clone(), 2, "c.txt".to_string()),
        ]
    );
    // Places are packages; an empty query lists every name.
    let all = c.call("workspace/symbol", json!({"query": ""}));
    let greece = all
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "اليونان")
        .unwrap_or_else(|| panic!("{all:#}"));
    assert_eq!(greece["kind"], 4, "{greece}");
    assert_eq!(greece["location"]["range"], range(1, 25, 1, 32));
    assert!(c.shutdown().success());
}

#[test]
fn references_leave_out_another_person_of_the_same_family_name() {
    // Two men of one family (given names سامر and خالد) in two drafts, and the first man again
    // in a third: references from the first reach the third, not the second.
    let dir = TempDir::new("names-family");
    let one = "وقال النائب سامر الحوراني إن المشروع متأخر.\nوأضاف الحوراني أن التمويل قائم.\n";
    let other = "وقال المهندس خالد الحوراني إن الطريق جاهز.\nوأكد الحوراني أن العمل انتهى.\n";
    let again = "وأكد النائب سامر الحوراني أن اللجنة ستجتمع.\nوقال الحوراني إن الموعد قريب.\n";
    dir.write("a.txt", one);
    dir.write("b.txt", other);
    dir.write("c.txt", again);
    let (a, c_uri) = (dir.uri("a.txt"), dir.uri("c.txt"));
    let mut c = Client::spawn(BIN);
    c.initialize_workspace(&[&dir.uri("")], Some("en"), json!({"debounceMs": 0}), true);
    c.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    c.open(&a, "plaintext", 1, one);
    c.diagnostics(&a, 1);
    let refs = c.call(
        "textDocument/references",
        with(at(&a, 1, 8), "context", json!({"includeDeclaration": true})),
    );
    assert_eq!(
        locations(&refs),
        [
            (a.clone(), range(0, 17, 0, 25)),
            (a.clone(), range(1, 6, 1, 14)),
            (c_uri.clone(), range(0, 17, 0, 25)),
            (c_uri.clone(), range(1, 5, 1, 13)),
        ],
        "{refs:#}"
    );
    assert!(c.shutdown().success());
}

/// The marker that makes a debug build of the server panic while checking a draft holding it, or
/// while answering a `workspace/symbol` query holding it (see `isnad::report::guard::test_hook`).
#[cfg(debug_assertions)]
const PANIC_MARK: &str = "ZZ-TEST-PANIC-ZZ";

// The panic hook exists only in debug builds (`report::guard::test_hook`).
#[cfg(debug_assertions)]
#[test]
fn a_panic_in_a_draft_or_a_request_leaves_the_name_requests_answering() {
    let mut c = Client::spawn_env(BIN, &[("ISNAD_TEST_PANIC_ON", PANIC_MARK)]);
    c.initialize(Some(&["utf-16"]), Some("en"), json!({"debounceMs": 0}));
    let bad = "file:///tmp/isnad-names-bad.txt";
    c.open(bad, "plaintext", 1, &format!("{DRAFT_A}{PANIC_MARK}\n"));
    let ds = c.diagnostics(bad, 1);
    assert_eq!(ds[0]["code"], "internal-error");
    // The draft could not be checked: no names, empty answers, a refused rename.
    let on_name = at(bad, 2, 20);
    assert_eq!(
        c.call("textDocument/definition", on_name.clone()),
        Value::Null
    );
    assert_eq!(
        c.call(
            "textDocument/references",
            with(
                on_name.clone(),
                "context",
                json!({"includeDeclaration": true})
            )
        ),
        Value::Null
    );
    assert_eq!(
        c.call("textDocument/documentHighlight", on_name.clone()),
        Value::Null
    );
    let r = c.request(
        "textDocument/rename",
        with(on_name, "newName", json!("أردوغان")),
    );
    assert_eq!(r["error"]["code"], -32803, "{r}");
    // A request that panics answers null; the next one is served.
    let good = "file:///tmp/isnad-names-good.txt";
    c.open(good, "plaintext", 1, DRAFT_B);
    c.diagnostics(good, 1);
    assert_eq!(
        c.call("workspace/symbol", json!({"query": PANIC_MARK})),
        Value::Null
    );
    let syms = c.call("workspace/symbol", json!({"query": "أردوغان"}));
    assert_eq!(syms[0]["location"]["uri"], good, "{syms}");
    assert_eq!(syms[0]["location"]["range"], range(0, 19, 0, 26));
    assert!(c.shutdown().success());
}
