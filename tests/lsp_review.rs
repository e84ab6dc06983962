//! Protocol tests of the fact-check review in the editor: the `isnad.review` command, the speaker
//! inlay hints, and the workspace index behind cross-story `name-variant` (with `$/progress`),
//! spoken to the real `isnad` binary over stdio in temporary workspace folders.

#[path = "support/rpc.rs"]
mod rpc;
#[path = "support/tempdir.rs"]
mod tempdir;
use tempdir::TempDir;

use rpc::Client;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_isnad");

/// A seed-style story: a dateline, two speakers (مملوك and شمخاني), two agencies (سانا, فارس),
/// and a last quotation nobody is credited with.
const SEED: &str = "دمشق - سانا\n\nأجرى اللواء علي مملوك مباحثات مع علي شمخاني في طهران، وفق وكالة «سانا».\n\nوأكد اللواء مملوك أن «التعاون السوري الإيراني في مجال مكافحة الإرهاب يصب في دعم الأمن الإقليمي».\n\nوأضاف شمخاني وفق «فارس»: «بلاده مستمرة بدعم سورية في حربها ضد الإرهاب».\n\n«للأسف، يلعب بعض جيران سورية دوراً في ساحة أعداء استقرار وأمن المنطقة»\n";

/// Three stories about one person: two spell him مملوك, the third المملوك.
const STORY_A: &str =
    "دمشق - سانا\n\nأكد اللواء علي مملوك أن التعاون مستمر. وقال مملوك إن الوضع مستقر في البلاد.\n";
const STORY_B: &str =
    "دمشق - سانا\n\nوأجرى اللواء علي مملوك مباحثات في طهران. وأضاف مملوك أن الأمن مستقر.\n";
const STORY_C: &str =
    "دمشق - سانا\n\nالتقى اللواء علي المملوك وفداً. وقال المملوك إن العلاقات جيدة.\n";

fn review(c: &mut Client, args: Value) -> Value {
    c.request(
        "workspace/executeCommand",
        json!({"command": "isnad.review", "arguments": [args]}),
    )
}

fn labels(hints: &Value) -> Vec<String> {
    hints
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["label"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn review_command_returns_the_sheet_from_the_buffer_as_markdown_or_rtl_html() {
    let dir = TempDir::new("review-sheet");
    // On disk, an older text of the draft: the review must use the buffer.
    dir.write("desk/seed.md", "دمشق - سانا\n\nنص قديم محفوظ على القرص.\n");
    dir.write("desk/other.md", STORY_A);
    let seed = dir.uri("desk/seed.md");
    let mut c = Client::spawn(BIN);
    let init = c.initialize_workspace(&[&dir.uri("desk")], Some("en"), json!({}), false);
    let commands = &init["capabilities"]["executeCommandProvider"]["commands"];
    assert!(
        commands
            .as_array()
            .unwrap()
            .contains(&json!("isnad.review")),
        "{commands}"
    );
    for vscode_only in [
        "isnad.restart",
        "isnad.fixAll",
        "isnad.showInstallHelp",
        "isnad.showReview",
    ] {
        assert!(
            !commands.as_array().unwrap().contains(&json!(vscode_only)),
            "{commands}"
        );
    }
    c.open(&seed, "markdown", 1, SEED);

    let r = review(&mut c, json!({"uri": seed}));
    let md = r["result"].as_str().unwrap_or_else(|| panic!("{r}"));
    assert!(
        md.starts_with(
            "<!-- isnad review sheet: not a draft, skipped by isnad check -->\n# Fact-check review"
        ),
        "{md}"
    );
    for needle in [
        "seed.md",
        "مملوك",
        "شمخاني",
        "سانا",
        "فارس",
        "**unattributed**",
    ] {
        assert!(md.contains(needle), "no {needle} in {md}");
    }
    assert!(!md.contains("نص قديم"), "stale disk text in {md}");
    assert!(!md.contains("other.md"), "{md}");
    // Speakers with their quotations.
    let speakers = &md[md.find("### Speakers").unwrap()..];
    assert!(speakers.contains("| علي مملوك | 1 |"), "{speakers}");
    assert!(speakers.contains("| علي شمخاني | 1 |"), "{speakers}");

    let r = review(&mut c, json!({"uri": seed, "format": "html"}));
    let html = r["result"].as_str().unwrap_or_else(|| panic!("{r}"));
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    // English labels: a left-to-right page with right-to-left Arabic cells (issue 15).
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"), "{html}");
    assert!(html.contains("<td dir=\"auto\">"), "{html}");
    assert!(html.contains("شمخاني") && html.contains("فارس"));

    // The workspace: the open draft from its buffer, the other story from disk.
    let r = review(
        &mut c,
        json!({"uri": seed, "scope": "workspace", "format": "markdown"}),
    );
    let ws = r["result"].as_str().unwrap_or_else(|| panic!("{r}"));
    assert!(
        ws.contains("## other.md") && ws.contains("## seed.md"),
        "{ws}"
    );
    assert!(!ws.contains("نص قديم"), "{ws}");

    // With no argument at all, the sheet of the whole workspace (not an error).
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": "isnad.review", "arguments": []}),
    );
    let all = r["result"].as_str().unwrap_or_else(|| panic!("{r}"));
    assert!(
        all.contains("## other.md") && all.contains("## seed.md"),
        "{all}"
    );

    // An unopened draft of the workspace is read from disk.
    let r = review(&mut c, json!({"uri": dir.uri("desk/other.md")}));
    assert!(r["result"].as_str().unwrap().contains("## other.md"), "{r}");

    // Bad arguments are refused with a clear error, and the server keeps running.
    let r = review(&mut c, json!({"scope": "document"}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    let r = review(&mut c, json!({"uri": seed, "format": "pdf"}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    let r = review(&mut c, json!({"uri": dir.uri("desk/missing.md")}));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    // No progress was offered, so none was started.
    assert!(
        !c.requests
            .iter()
            .any(|r| r["method"] == "window/workDoneProgress/create")
    );
    assert!(c.shutdown().success());
}

#[test]
fn workspace_review_includes_an_open_draft_never_saved() {
    // A new draft typed in the editor (never saved) in a folder of the workspace is one of its
    // stories, in path order with the saved ones (docs/editors.md: "saved or not").
    let dir = TempDir::new("review-unsaved");
    dir.write("desk/b.md", STORY_A);
    let mut c = Client::spawn(BIN);
    c.initialize_workspace(&[&dir.uri("desk")], Some("en"), json!({}), false);
    c.open(&dir.uri("desk/a-new.md"), "markdown", 1, SEED);
    c.open(&dir.uri("desk/c-new.md"), "markdown", 1, SEED);
    for args in [json!({"scope": "workspace"}), json!(null)] {
        let r = review(&mut c, args);
        let ws = r["result"].as_str().unwrap_or_else(|| panic!("{r}"));
        let at = |name: &str| ws.find(name).unwrap_or_else(|| panic!("no {name} in {ws}"));
        assert!(
            at("## a-new.md") < at("## b.md") && at("## b.md") < at("## c-new.md"),
            "{ws}"
        );
        assert!(ws.contains("3 stories"), "{ws}");
    }
    assert!(c.shutdown().success());
}

#[test]
fn inlay_hints_name_the_speaker_by_default_and_can_be_turned_off() {
    let uri = "file:///tmp/isnad-review-hints/seed.md";
    let whole = json!({"start": {"line": 0, "character": 0}, "end": {"line": 20, "character": 0}});
    let params = json!({"textDocument": {"uri": uri}, "range": whole});

    let mut c = Client::spawn(BIN);
    c.initialize(Some(&["utf-16"]), Some("en"), json!({}));
    c.open(uri, "markdown", 1, SEED);
    let hints = c.call("textDocument/inlayHint", params.clone());
    let l = labels(&hints);
    assert_eq!(l, ["— اللواء مملوك", "— شمخاني", "— ?"], "{hints:#}");
    // After the closing mark of the unattributed quotation (line 8, UTF-16 columns).
    let last = SEED.lines().nth(8).unwrap();
    assert_eq!(hints[2]["position"]["line"], 8);
    assert_eq!(
        hints[2]["position"]["character"],
        last.encode_utf16().count()
    );
    assert_eq!(hints[2]["tooltip"], "No speaker found for this quotation");
    assert!(c.shutdown().success());

    // Arabic labels for an Arabic editor.
    let mut c = Client::spawn(BIN);
    c.initialize(Some(&["utf-16"]), Some("ar"), json!({}));
    c.open(uri, "markdown", 1, SEED);
    let l = labels(&c.call("textDocument/inlayHint", params.clone()));
    assert_eq!(l, ["← اللواء مملوك", "← شمخاني", "← ؟"]);
    assert!(c.shutdown().success());

    // Off by setting.
    let mut c = Client::spawn(BIN);
    c.initialize(Some(&["utf-16"]), Some("en"), json!({"inlayHints": false}));
    c.open(uri, "markdown", 1, SEED);
    let hints = c.call("textDocument/inlayHint", params);
    assert_eq!(hints, json!([]));
    assert!(c.shutdown().success());
}

/// The cross-story `name-variant` diagnostic of `ds` (related information in another file).
fn cross<'a>(ds: &'a [Value], this: &str) -> Option<&'a Value> {
    ds.iter().find(|d| {
        d["code"] == "name-variant"
            && d["relatedInformation"]
                .as_array()
                .is_some_and(|r| r.iter().any(|r| r["location"]["uri"] != this))
    })
}

#[test]
fn workspace_index_flags_a_name_spelled_differently_in_an_unopened_story() {
    let dir = TempDir::new("review-index");
    dir.write("stories/a.md", STORY_A);
    dir.write("stories/b.md", STORY_B);
    dir.write("stories/c.md", STORY_C);
    // Not indexed: a hidden folder, and a draft the house style leaves out.
    dir.write(".archive/old.md", STORY_C);
    dir.write("stories/drafts/skip.md", STORY_C);
    dir.write("isnad.toml", "[files]\nexclude = [\"stories/drafts/**\"]\n");
    let c_uri = dir.uri("stories/c.md");
    let mut c = Client::spawn(BIN);
    c.initialize_workspace(&[&dir.uri("")], Some("en"), json!({"debounceMs": 0}), true);
    c.open(&c_uri, "markdown", 1, STORY_C);

    // The background scan reports its progress.
    let begin =
        c.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "begin");
    assert_eq!(begin["params"]["token"], "isnad/index");
    let end = c.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    assert_eq!(
        end["params"]["value"]["message"], "3 drafts indexed",
        "{end}"
    );
    assert!(
        c.requests
            .iter()
            .any(|r| r["method"] == "window/workDoneProgress/create"
                && r["params"]["token"] == "isnad/index")
    );

    // Once indexed, the open draft's spelling is flagged against the stories on disk.
    let m = c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == c_uri
            && m["params"]["version"] == 1
            && cross(m["params"]["diagnostics"].as_array().unwrap(), &c_uri).is_some()
    });
    let ds = m["params"]["diagnostics"].as_array().unwrap().clone();
    let d = cross(&ds, &c_uri).unwrap();
    assert_eq!(d["severity"], 2);
    assert!(d["message"].as_str().unwrap().contains("“مملوك”"), "{d:#}");
    // On «المملوك», line 2, after "التقى اللواء علي " (17 UTF-16 units).
    assert_eq!(d["range"]["start"], json!({"line": 2, "character": 17}));
    assert_eq!(d["range"]["end"], json!({"line": 2, "character": 24}));
    let related = d["relatedInformation"].as_array().unwrap();
    let a = related
        .iter()
        .find(|r| r["location"]["uri"] == dir.uri("stories/a.md"))
        .unwrap_or_else(|| panic!("{related:#?}"));
    // «مملوك» in a.md, line 2 after "أكد اللواء علي " (15 units).
    assert_eq!(
        a["location"]["range"],
        json!({"start": {"line": 2, "character": 15}, "end": {"line": 2, "character": 20}})
    );
    assert!(
        related
            .iter()
            .any(|r| r["location"]["uri"] == dir.uri("stories/b.md"))
    );
    // The fix respells every mention in this draft.
    let edits = &d["data"]["fixes"][0]["edits"];
    assert_eq!(edits.as_array().unwrap().len(), 2, "{d:#}");
    assert_eq!(edits[0]["newText"], "مملوك");

    // The other stories are deleted: the watched-file events take them out of the index and the
    // finding goes away.
    c.take_backlog();
    dir.remove("stories/a.md");
    dir.remove("stories/b.md");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [
            {"uri": dir.uri("stories/a.md"), "type": 3},
            {"uri": dir.uri("stories/b.md"), "type": 3}
        ]}),
    );
    c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == c_uri
            && cross(m["params"]["diagnostics"].as_array().unwrap(), &c_uri).is_none()
    });

    // A new story spelling him مملوك, seen through the watcher, brings it back.
    dir.write("stories/a.md", STORY_A);
    dir.write("stories/b.md", STORY_B);
    c.take_backlog();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [
            {"uri": dir.uri("stories/a.md"), "type": 1},
            {"uri": dir.uri("stories/b.md"), "type": 1}
        ]}),
    );
    c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == c_uri
            && cross(m["params"]["diagnostics"].as_array().unwrap(), &c_uri).is_some()
    });
    assert!(c.shutdown().success());
}

#[test]
fn open_drafts_are_indexed_from_their_buffers() {
    let dir = TempDir::new("review-buffers");
    // On disk, b spells him like c: nothing to flag from disk alone.
    dir.write("b.md", STORY_C);
    dir.write("c.md", STORY_C);
    dir.write("a.md", STORY_A);
    let (a, b, c_uri) = (dir.uri("a.md"), dir.uri("b.md"), dir.uri("c.md"));
    let mut c = Client::spawn(BIN);
    c.initialize_workspace(&[&dir.uri("")], Some("en"), json!({"debounceMs": 0}), true);
    // Let the background scan finish first: this test is about buffers against disk, not about
    // edits made while the folder is still being indexed.
    c.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    c.open(&c_uri, "markdown", 1, STORY_C);
    c.diagnostics(&c_uri, 1);
    // In the editor, b now spells him مملوك (unsaved): with a, that is the folder's spelling, and
    // c is flagged from b's buffer.
    c.open(&b, "markdown", 1, STORY_B);
    let m = c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == c_uri
            && cross(m["params"]["diagnostics"].as_array().unwrap(), &c_uri).is_some()
    });
    let ds = m["params"]["diagnostics"].as_array().unwrap().clone();
    let related = cross(&ds, &c_uri).unwrap()["relatedInformation"].clone();
    assert!(
        related
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["location"]["uri"] == b),
        "{related:#}"
    );
    assert!(
        related
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["location"]["uri"] == a),
        "{related:#}"
    );
    // Closing b without saving: the index reads b from disk again, and c is quiet.
    c.take_backlog();
    c.notify("textDocument/didClose", json!({"textDocument": {"uri": b}}));
    c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == c_uri
            && cross(m["params"]["diagnostics"].as_array().unwrap(), &c_uri).is_none()
    });
    assert!(c.shutdown().success());
}

// The panic hook exists only in debug builds (`report::guard::test_hook`).
#[cfg(debug_assertions)]
#[test]
fn a_draft_whose_check_panics_is_left_out_of_the_index_and_listed_in_the_review() {
    const MARK: &str = "ZZ-TEST-PANIC-ZZ";
    let dir = TempDir::new("review-panic");
    dir.write("stories/a.md", STORY_A);
    dir.write("stories/b.md", STORY_B);
    dir.write("stories/x.md", &format!("{STORY_A}\n{MARK}\n"));
    dir.write("stories/c.md", STORY_C);
    let c_uri = dir.uri("stories/c.md");
    let mut c = Client::spawn_env(BIN, &[("ISNAD_TEST_PANIC_ON", MARK)]);
    c.initialize_workspace(&[&dir.uri("")], Some("en"), json!({"debounceMs": 0}), true);
    c.open(&c_uri, "markdown", 1, STORY_C);
    // The batch goes on past the draft that panics: three of the four drafts are indexed.
    let end = c.wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end");
    assert_eq!(
        end["params"]["value"]["message"], "3 drafts indexed",
        "{end}"
    );
    // And the open draft is flagged against the good ones.
    c.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == c_uri
            && cross(m["params"]["diagnostics"].as_array().unwrap(), &c_uri).is_some()
    });
    // The workspace review lists the draft as not checked, and the others as usual.
    let r = review(&mut c, json!({"scope": "workspace"}));
    let md = r["result"].as_str().unwrap_or_else(|| panic!("{r}"));
    let message = format!(
        "internal error while checking (please report it, with the isnad version: {})",
        env!("CARGO_PKG_VERSION")
    );
    assert!(md.contains(&message), "{md}");
    for name in ["a.md", "b.md", "c.md", "x.md"] {
        assert!(md.contains(name), "no {name} in {md}");
    }
    assert!(c.shutdown().success());
}

/// A story with no credit line: `missing-credit` flags it (a warning by default).
const UNCREDITED: &str = "أكد وزير الطاقة سامر الخطيب أن الشبكة ستعود للعمل خلال أيام، وأن الفرق الفنية تعمل ليلاً ونهاراً في كل الأحياء المتضررة من العاصفة.\n\nوقال الخطيب إن الأضرار كبيرة.\n";

/// The section of the review sheet `md` about the story `name` (from its `## name` heading to the
/// next story's).
fn section<'a>(md: &'a str, name: &str) -> &'a str {
    let heading = format!("\n## {name}\n");
    let start = md
        .find(&heading)
        .unwrap_or_else(|| panic!("no {name} in {md}"));
    let rest = &md[start + heading.len()..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn workspace_review_checks_each_draft_with_its_own_isnad_toml() {
    let dir = TempDir::new("review-own-profile");
    dir.write("desk/a/one.md", UNCREDITED);
    dir.write("desk/b/two.md", UNCREDITED);
    dir.write("desk/b/archive/old.md", UNCREDITED);
    // Only folder b makes a missing credit an error, and leaves its archive out.
    dir.write(
        "desk/b/isnad.toml",
        "[rules]\nmissing-credit = \"error\"\n[files]\nexclude = [\"archive/**\"]\n",
    );
    let mut c = Client::spawn(BIN);
    c.initialize_workspace(&[&dir.uri("desk")], Some("en"), json!({}), false);
    let r = review(&mut c, json!({"scope": "workspace"}));
    let md = r["result"].as_str().unwrap_or_else(|| panic!("{r}"));
    let one = section(md, "a/one.md");
    assert!(one.contains("#### `missing-credit` (1)"), "{one}");
    assert!(one.contains("(warning):"), "{one}");
    let two = section(md, "b/two.md");
    assert!(two.contains("#### `missing-credit` (1)"), "{two}");
    assert!(
        two.contains("(error):") && !two.contains("(warning):"),
        "{two}"
    );
    assert!(!md.contains("old.md"), "{md}");
    // The review of one draft uses its own isnad.toml too.
    let r = review(&mut c, json!({"uri": dir.uri("desk/b/two.md")}));
    let md = r["result"].as_str().unwrap_or_else(|| panic!("{r}"));
    assert!(section(md, "b/two.md").contains("(error):"), "{md}");
    assert!(c.shutdown().success());
}

#[test]
fn review_of_open_drafts_without_a_workspace_folder_honours_files_exclude() {
    let dir = TempDir::new("review-open-exclude");
    dir.write("b/two.md", UNCREDITED);
    dir.write("b/archive/old.md", UNCREDITED);
    dir.write("c/three.md", UNCREDITED);
    dir.write(
        "b/isnad.toml",
        "[rules]\nmissing-credit = \"error\"\n[files]\nexclude = [\"archive/**\"]\n",
    );
    let mut c = Client::spawn(BIN);
    c.initialize_in(Some(&["utf-16"]), Some("en"), json!({}), None);
    for rel in ["b/two.md", "b/archive/old.md", "c/three.md"] {
        c.open(&dir.uri(rel), "markdown", 1, UNCREDITED);
    }
    let r = review(&mut c, json!({"scope": "workspace"}));
    let md = r["result"].as_str().unwrap_or_else(|| panic!("{r}"));
    // Stories without a workspace folder are named by their paths.
    let two = section(md, &dir.0.join("b/two.md").to_string_lossy());
    assert!(two.contains("(error):"), "{two}");
    let three = section(md, &dir.0.join("c/three.md").to_string_lossy());
    assert!(
        three.contains("(warning):") && !three.contains("(error):"),
        "{three}"
    );
    assert!(!md.contains("old.md"), "{md}");
    assert!(c.shutdown().success());
}
