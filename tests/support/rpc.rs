//! A minimal JSON-RPC client for `isnad lsp` over stdio, shared by the protocol tests and the
//! benchmark. It answers the server's own requests (`workspace/configuration` with the settings
//! in [`Client::settings`], anything else with `null`).

#![allow(dead_code)]

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

/// How long to wait for any expected message, by default: a hang detector, not a speed measure
/// (speed is measured by the benchmarks).
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// A running `isnad lsp` process.
pub struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Value>,
    next_id: i64,
    /// Messages read but not yet consumed by a wait.
    backlog: Vec<Value>,
    /// The value returned for `workspace/configuration` items (section `isnad`).
    pub settings: Value,
    /// Every `window/showMessage` received.
    pub shown: Vec<Value>,
    /// Every request the server sent (`client/registerCapability`, `workspace/configuration` ...).
    pub requests: Vec<Value>,
    /// How long a wait lasts before the test fails as hung ([`TIMEOUT`] unless a test with a very
    /// large input raises it, so that a loaded machine does not fail it).
    pub timeout: Duration,
}

impl Client {
    /// Spawns `bin lsp` with stderr discarded unless `ISNAD_TEST_STDERR` is set.
    pub fn spawn(bin: &str) -> Client {
        Client::spawn_env(bin, &[])
    }

    /// Like [`Client::spawn`], with the environment variables `env` (name, value) set for the
    /// server (e.g. `ISNAD_TEST_PANIC_ON`, which debug builds of the server honour).
    pub fn spawn_env(bin: &str, env: &[(&str, &str)]) -> Client {
        let mut cmd = Command::new(bin);
        cmd.envs(env.iter().copied());
        cmd.arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(if std::env::var_os("ISNAD_TEST_STDERR").is_some() {
                Stdio::inherit()
            } else {
                Stdio::null()
            });
        let mut child = cmd.spawn().expect("spawn isnad lsp");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = None;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(v) = line.strip_prefix("Content-Length:") {
                        len = v.trim().parse::<usize>().ok();
                    }
                }
                let Some(len) = len else { return };
                let mut body = vec![0; len];
                if r.read_exact(&mut body).is_err() {
                    return;
                }
                let Ok(v) = serde_json::from_slice::<Value>(&body) else {
                    return;
                };
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        Client {
            child,
            stdin,
            rx,
            next_id: 1,
            backlog: Vec::new(),
            timeout: TIMEOUT,
            settings: Value::Null,
            shown: Vec::new(),
            requests: Vec::new(),
        }
    }

    /// Writes raw bytes as one framed message body.
    pub fn send_raw(&mut self, body: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        write!(stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        stdin.write_all(body).unwrap();
        stdin.flush().unwrap();
    }

    /// Sends one JSON-RPC message.
    pub fn send(&mut self, msg: &Value) {
        let body = serde_json::to_vec(msg).unwrap();
        self.send_raw(&body);
    }

    /// Sends a notification.
    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its id.
    pub fn request_async(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        id
    }

    /// Sends a request and waits for the whole response object (`result` or `error`).
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.request_async(method, params);
        self.wait_for(|m| m.get("id") == Some(&json!(id)) && m.get("method").is_none())
    }

    /// Sends a request and returns its `result`, panicking on an error response.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let r = self.request(method, params);
        assert!(r.get("error").is_none(), "{method} failed: {r}");
        r["result"].clone()
    }

    fn answer_server_request(&mut self, m: &Value) {
        self.requests.push(m.clone());
        let result = match m["method"].as_str() {
            Some("workspace/configuration") => {
                let n = m["params"]["items"].as_array().map_or(1, Vec::len);
                Value::Array(vec![self.settings.clone(); n])
            }
            // Only sent to a client that offers `workspace.applyEdit` (see `initialize_with`).
            Some("workspace/applyEdit") => json!({"applied": true}),
            _ => Value::Null,
        };
        let id = m["id"].clone();
        self.send(&json!({"jsonrpc": "2.0", "id": id, "result": result}));
    }

    /// Next message from the server within `timeout`, answering server requests on the way.
    fn next(&mut self, timeout: Duration) -> Option<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.rx.recv_timeout(left) {
                Ok(m) => {
                    if m.get("method").is_some() && m.get("id").is_some() {
                        self.answer_server_request(&m);
                        continue;
                    }
                    if m["method"] == "window/showMessage" {
                        self.shown.push(m.clone());
                    }
                    return Some(m);
                }
                Err(RecvTimeoutError::Timeout) | Err(RecvTimeoutError::Disconnected) => {
                    return None;
                }
            }
        }
    }

    /// Waits for the first message matching `pred` (looking at the backlog first).
    pub fn wait_for(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.backlog.iter().position(&pred) {
            return self.backlog.remove(i);
        }
        let deadline = Instant::now() + self.timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let Some(m) = self.next(left) else {
                panic!("timed out; backlog: {:#?}", self.backlog);
            };
            if pred(&m) {
                return m;
            }
            self.backlog.push(m);
        }
    }

    /// Waits for the server's first request with `method` (answered on the way, as every server
    /// request is) and returns it; messages read meanwhile go to the backlog. A request the server
    /// sends from a task of its own (a registration after `initialized`) may come after other
    /// messages, so a test waits for it rather than looking for it at once.
    pub fn server_request(&mut self, method: &str) -> Value {
        let deadline = Instant::now() + self.timeout;
        loop {
            if let Some(r) = self.requests.iter().find(|r| r["method"] == method) {
                return r.clone();
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.next(left) {
                Some(m) => self.backlog.push(m),
                None => {
                    if let Some(r) = self.requests.iter().find(|r| r["method"] == method) {
                        return r.clone();
                    }
                    panic!(
                        "timed out waiting for {method}; requests: {:#?}",
                        self.requests
                    );
                }
            }
        }
    }

    /// The messages read but not consumed so far, in arrival order.
    pub fn take_backlog(&mut self) -> Vec<Value> {
        std::mem::take(&mut self.backlog)
    }

    /// Every message arriving within `window` (plus the backlog), consumed.
    pub fn drain(&mut self, window: Duration) -> Vec<Value> {
        let mut out = std::mem::take(&mut self.backlog);
        while let Some(m) = self.next(window) {
            out.push(m);
        }
        out
    }

    /// Waits for `publishDiagnostics` of `uri` tagged with `version`; returns the diagnostics.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let m = self.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        m["params"]["diagnostics"].as_array().unwrap().clone()
    }

    /// `initialize` + `initialized` with the given position encodings (`None`: the field is not
    /// sent), locale and initialization options; returns the `initialize` result.
    pub fn initialize(
        &mut self,
        encodings: Option<&[&str]>,
        locale: Option<&str>,
        options: Value,
    ) -> Value {
        self.initialize_in(encodings, locale, options, None)
    }

    /// Like [`Client::initialize`], with `rootUri` set to `root` and, when it is set, dynamic
    /// registration of `workspace/didChangeWatchedFiles` offered.
    pub fn initialize_in(
        &mut self,
        encodings: Option<&[&str]>,
        locale: Option<&str>,
        options: Value,
        root: Option<&str>,
    ) -> Value {
        let mut general = json!({});
        if let Some(e) = encodings {
            general["positionEncodings"] = json!(e);
        }
        let params = json!({
            "processId": null,
            "rootUri": root,
            "locale": locale,
            "initializationOptions": options,
            "capabilities": {
                "general": general,
                "workspace": {
                    "configuration": true,
                    "didChangeConfiguration": {"dynamicRegistration": false},
                    "didChangeWatchedFiles": {"dynamicRegistration": root.is_some()},
                    "workspaceEdit": {"documentChanges": false}
                },
                "textDocument": {
                    "synchronization": {"dynamicRegistration": false},
                    "publishDiagnostics": {"relatedInformation": true, "versionSupport": true, "dataSupport": true},
                    "hover": {"contentFormat": ["markdown", "plaintext"]},
                    "documentSymbol": {"hierarchicalDocumentSymbolSupport": true},
                    "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix", "source", "source.fixAll"]}}}
                }
            }
        });
        let r = self.call("initialize", params);
        self.notify("initialized", json!({}));
        r
    }

    /// `initialize` + `initialized` for a workspace of `folders` (file URIs; the first is also
    /// `rootUri`), UTF-16 positions, with dynamic file watching offered and, when
    /// `work_done_progress` is set, server-initiated `$/progress` (`window.workDoneProgress`).
    pub fn initialize_workspace(
        &mut self,
        folders: &[&str],
        locale: Option<&str>,
        options: Value,
        work_done_progress: bool,
    ) -> Value {
        let folders: Vec<Value> = folders
            .iter()
            .map(|f| json!({"uri": f, "name": f.rsplit('/').next().unwrap_or(f)}))
            .collect();
        let params = json!({
            "processId": null,
            "rootUri": folders.first().map(|f| f["uri"].clone()),
            "workspaceFolders": folders,
            "locale": locale,
            "initializationOptions": options,
            "capabilities": {
                "general": {"positionEncodings": ["utf-16"]},
                "window": {"workDoneProgress": work_done_progress},
                "workspace": {
                    "configuration": true,
                    "workspaceFolders": true,
                    "didChangeConfiguration": {"dynamicRegistration": false},
                    "didChangeWatchedFiles": {"dynamicRegistration": true},
                    "inlayHint": {"refreshSupport": true}
                },
                "textDocument": {
                    "publishDiagnostics": {"relatedInformation": true, "versionSupport": true, "dataSupport": true},
                    "inlayHint": {"dynamicRegistration": false}
                }
            }
        });
        let r = self.call("initialize", params);
        self.notify("initialized", json!({}));
        r
    }

    /// `initialize` (with `params` as given, e.g. to offer `workspace.applyEdit`) + `initialized`;
    /// returns the `initialize` result. A `workspace/applyEdit` request from the server is then
    /// answered `{"applied": true}` (the edit is recorded in [`Client::requests`]).
    pub fn initialize_with(&mut self, params: Value) -> Value {
        let r = self.call("initialize", params);
        self.notify("initialized", json!({}));
        r
    }

    /// The server's process id (to read its memory from `/proc`).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The server's peak resident memory so far in bytes (`VmHWM` of `/proc/PID/status`; Linux
    /// only, `None` elsewhere or once the process has gone).
    pub fn peak_rss(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    }

    /// Opens a document.
    pub fn open(&mut self, uri: &str, language: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}),
        );
    }

    /// Closes stdin (the server sees end of input).
    pub fn close_stdin(&mut self) {
        self.stdin.take();
    }

    /// Waits for the process to end (at most [`TIMEOUT`]).
    pub fn wait_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            assert!(Instant::now() < deadline, "server did not exit");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// `shutdown` then `exit`; returns the exit status.
    pub fn shutdown(&mut self) -> ExitStatus {
        let r = self.request("shutdown", Value::Null);
        assert_eq!(r["result"], Value::Null, "{r}");
        self.notify("exit", Value::Null);
        self.wait_exit()
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A generated Arabic news draft of about `words` words: paragraphs with quotations and their
/// speakers, names (one spelled two ways), agencies and an anonymous source, ending with a credit.
pub fn generated_draft(words: usize) -> String {
    const PARAS: [&str; 6] = [
        "وأكد وزير الخارجية فيصل المقداد أن «الحوار السياسي هو الطريق الوحيد لحل الأزمة في المنطقة كلها».",
        "وأضاف المقداد خلال مؤتمر صحفي في دمشق أن الاتصالات مع الدول المجاورة مستمرة وأن الوفود ستلتقي الأسبوع المقبل لبحث ملفات التعاون الاقتصادي والأمني.",
        "وذكرت وكالة «سانا» أن الاجتماع تناول أوضاع اللاجئين وإعادة الإعمار وتأمين الطرق الدولية بين المحافظات.",
        "وقال مصدر مطلع إن الجولة المقبلة من المباحثات ستعقد في مسقط بمشاركة ممثلين عن الأمم المتحدة.",
        "من جهته قال رئيس الوزراء حسين عرنوس: «نعمل على تحسين الخدمات الأساسية للمواطنين في كل المدن والقرى».",
        "وأشار عرنوس إلى أن الحكومة أقرت خطة لدعم الزراعة والصناعة المحلية وتوفير فرص العمل للشباب خلال العام الحالي.",
    ];
    let mut out = String::from("دمشق - سانا\n\n");
    let mut n = 0;
    let mut i = 0;
    while n < words {
        let p = PARAS[i % PARAS.len()];
        out.push_str(p);
        out.push_str("\n\n");
        n += p.split_whitespace().count();
        i += 1;
    }
    out.push_str("وختم المقداد بأن البلاد منفتحة على كل المبادرات.\n");
    out
}

impl Client {
    /// Writes `bytes` to the server's stdin as they are, with no framing (for malformed-input
    /// tests).
    pub fn write_unframed(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).unwrap();
        stdin.flush().unwrap();
    }
}
