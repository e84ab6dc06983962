//! A guard in front of tower-lsp-server's reader.
//!
//! tower-lsp-server reads stdin through a `FramedRead`, which ends the stream after the first
//! decoding error: one message that is not JSON, a request id that is not a 64-bit integer, a
//! duplicated field, or a header it cannot parse would stop the server. This module re-frames the
//! client's bytes itself ([`Framer`]), forwards every well-formed message with a clean
//! `Content-Length` header, and drops (with a logged warning) anything else ([`check_message`]),
//! answering what JSON-RPC 2.0 says to answer: a whole body that is not JSON (-32700, id null),
//! JSON that is no message or a rejected request (-32600, with the message's id when it can be
//! read without doubt, else null) ([`rejection`]). A body the
//! framer cannot follow as one JSON value after a good header is a framing error (below): it is
//! answered with a parse error too (-32700, [`parse_error`]), since the client sent a message that
//! cannot be parsed, though where that message ends is unknown. A bad header is not answered: no
//! message was framed. Input that ends inside a message (a header or body cut short,
//! [`Framer::unfinished`]) is answered with a parse error, so the client is not left waiting.
//!
//! Framing errors never wedge the reader. A malformed header block (a line that is not
//! `Name: value`, a missing, non-numeric, negative, conflicting or oversized `Content-Length`)
//! and a body that is not one JSON value are dropped, and the reader *resynchronises*: it scans
//! forward for the next `Content-Length:` (ASCII case-insensitive) and reads a header from there.
//! The scan matches anywhere, not only at a line start, because a body that is cut short is glued
//! to the next header. A match inside a JSON string cannot be taken for a header: JSON strings hold
//! no raw line breaks, so its value never ends a header line with digits alone.
//!
//! The body is followed by a small JSON scanner (strings, escapes and bracket depth), so:
//! - a `Content-Length` too small leaves the JSON value unfinished: the frame is dropped and the
//!   reader resynchronises after it;
//! - a `Content-Length` too large does not swallow the messages that follow: the message is
//!   forwarded as soon as its JSON value is complete, and the first byte after the value that is
//!   not white space (normally the next `Content-Length:`) starts the next header;
//! - a byte that no JSON value can hold at that place (a raw line break inside a string, a letter
//!   outside one) ends the frame at once and starts a resynchronisation there.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tower_lsp_server::jsonrpc::{Request, Response};
use tracing::warn;

/// Largest message body accepted, in bytes (64 MiB). A header announcing more is malformed; its
/// bytes are skipped by the resynchronisation.
pub const MAX_BODY: usize = 64 << 20;

/// Largest header block accepted, in bytes; a longer one is malformed.
pub const MAX_HEADER: usize = 8 << 10;

/// What to look for when resynchronising (compared ASCII case-insensitively).
const NEEDLE: &[u8] = b"content-length:";

/// One result of [`Framer::next_event`].
#[derive(Debug, PartialEq, Eq)]
pub enum Event {
    /// The bytes of one complete JSON value framed by a good header (white space around it
    /// removed). Not yet checked as JSON-RPC: see [`check_message`].
    Message(Vec<u8>),
    /// Something was dropped or repaired; the English text says what (for the log).
    Notice(String),
    /// A body framed by a good header that is not one JSON value (a byte no JSON value can hold
    /// there, or the body ends inside its value): dropped, and the reader resynchronises; the
    /// English text says why. The client sent a message that cannot be parsed, which JSON-RPC 2.0
    /// answers with a parse error (-32700, id null: [`parse_error`]).
    Unparsable(String),
}

/// The state of the reader between two calls.
#[derive(Debug, Default)]
enum FrameState {
    /// At the start of a header block (white space is skipped first).
    #[default]
    Header,
    /// Skipping bytes until the next `Content-Length:`.
    Resync,
    /// Reading a body of `len` bytes that starts at `Framer::pos`.
    Body { len: usize, scan: ValueScanner },
    /// The body's JSON value ended before its `len` bytes: `left` bytes are still announced.
    Trailing { len: usize, left: usize },
}

/// Splits a byte stream into message bodies, resynchronising after any framing error (see the
/// module documentation). Feed it with [`Framer::push`] and drain it with [`Framer::next_event`].
#[derive(Debug, Default)]
pub struct Framer {
    buf: Vec<u8>,
    /// Start of the bytes not consumed yet, in `buf`.
    pos: usize,
    state: FrameState,
}

/// Where a header block parse stands.
enum Header {
    /// More bytes are needed.
    Incomplete,
    /// A good header block of `consumed` bytes (blank line included) announcing `len` bytes.
    Done { len: usize, consumed: usize },
    /// A malformed header block; the text says why.
    Bad(String),
}

/// RFC 7230 `tchar`: the bytes a header name may hold.
fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

fn shown(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).chars().take(80).collect()
}

/// Checks a header name (the bytes before the colon, or a whole partial line).
fn bad_name(name: &[u8]) -> Option<String> {
    if name.is_empty() || !name.iter().copied().all(is_token) {
        Some(format!("malformed header line {:?}", shown(name)))
    } else {
        None
    }
}

/// Parses the header block at the start of `bytes` (lines ending in LF or CRLF, ended by a blank
/// line). Fails early on the first bad line, even before the block is complete.
fn parse_header(bytes: &[u8]) -> Header {
    let mut len: Option<usize> = None;
    let mut i = 0;
    loop {
        let Some(nl) = bytes[i..].iter().position(|&b| b == b'\n') else {
            // A partial line: fail now if it can no longer become a header line.
            let partial = &bytes[i..];
            let name = match partial.iter().position(|&b| b == b':') {
                Some(colon) => &partial[..colon],
                None => partial,
            };
            let name = name.strip_suffix(b"\r").unwrap_or(name);
            if !name.is_empty()
                && let Some(e) = bad_name(name)
            {
                return Header::Bad(e);
            }
            if bytes.len() > MAX_HEADER {
                return Header::Bad(format!("header block longer than {MAX_HEADER} bytes"));
            }
            return Header::Incomplete;
        };
        let line = &bytes[i..i + nl];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        i += nl + 1;
        if i > MAX_HEADER {
            return Header::Bad(format!("header block longer than {MAX_HEADER} bytes"));
        }
        if line.is_empty() {
            return match len {
                Some(len) => Header::Done { len, consumed: i },
                None => Header::Bad("header block without Content-Length".to_string()),
            };
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return Header::Bad(format!("malformed header line {:?}", shown(line)));
        };
        let (name, value) = (&line[..colon], line[colon + 1..].trim_ascii());
        if let Some(e) = bad_name(name) {
            return Header::Bad(e);
        }
        if !name.eq_ignore_ascii_case(b"content-length") {
            continue;
        }
        let n = if !value.is_empty() && value.len() <= 20 && value.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(value)
                .ok()
                .and_then(|s| s.parse::<usize>().ok())
        } else {
            None
        };
        let Some(n) = n else {
            return Header::Bad(format!("bad Content-Length {:?}", shown(value)));
        };
        if n > MAX_BODY {
            return Header::Bad(format!("Content-Length {n} above the limit ({MAX_BODY})"));
        }
        match len {
            Some(old) if old != n => {
                return Header::Bad(format!("two different Content-Length headers ({old}, {n})"));
            }
            _ => len = Some(n),
        }
    }
}

/// Offset of the first `Content-Length:` (ASCII case-insensitive) in `bytes`.
fn find_content_length(bytes: &[u8]) -> Option<usize> {
    bytes
        .windows(NEEDLE.len())
        .position(|w| w.eq_ignore_ascii_case(NEEDLE))
}

/// An incremental scanner of one JSON object or array: follows strings, escapes and bracket
/// depth, and rejects bytes no JSON text can hold at their place.
#[derive(Debug, Default)]
struct ValueScanner {
    /// Bytes of the body scanned so far.
    at: usize,
    depth: usize,
    started: bool,
    in_str: bool,
    escape: bool,
}

/// What [`ValueScanner::run`] found.
enum Step {
    /// The value is not complete in the bytes given.
    More,
    /// The value ends at this offset (exclusive) of the body.
    Complete(usize),
    /// The byte at this offset of the body cannot be part of the value.
    Invalid(usize),
}

impl ValueScanner {
    /// Scans `body[self.at..]` (the bytes of the body received so far).
    fn run(&mut self, body: &[u8]) -> Step {
        while self.at < body.len() {
            let i = self.at;
            let b = body[i];
            self.at += 1;
            if !self.started {
                match b {
                    b' ' | b'\t' | b'\r' | b'\n' => {}
                    b'{' | b'[' => {
                        self.started = true;
                        self.depth = 1;
                    }
                    _ => return Step::Invalid(i),
                }
            } else if self.in_str {
                if self.escape {
                    self.escape = false;
                } else if b == b'\\' {
                    self.escape = true;
                } else if b == b'"' {
                    self.in_str = false;
                } else if b < 0x20 {
                    return Step::Invalid(i);
                }
            } else {
                match b {
                    b'"' => self.in_str = true,
                    b'{' | b'[' => self.depth += 1,
                    b'}' | b']' => {
                        self.depth -= 1;
                        if self.depth == 0 {
                            return Step::Complete(i + 1);
                        }
                    }
                    b' ' | b'\t' | b'\r' | b'\n' | b',' | b':' => {}
                    b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E' => {}
                    // The letters of true, false and null.
                    b't' | b'r' | b'u' | b'f' | b'a' | b'l' | b's' | b'n' => {}
                    _ => return Step::Invalid(i),
                }
            }
        }
        Step::More
    }
}

impl Framer {
    /// A framer with nothing buffered, expecting a header.
    pub fn new() -> Framer {
        Framer::default()
    }

    /// Appends `bytes` read from the client.
    pub fn push(&mut self, bytes: &[u8]) {
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes buffered and not consumed yet (a partial message, or garbage being skipped).
    pub fn pending(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// What the client left unfinished when its input ended, once [`Framer::next_event`] has
    /// returned `None`: a message whose header or body was cut short, as a sentence for the log
    /// and the parse error; `None` when the input ended between messages, after a body whose JSON
    /// was whole (a `Content-Length` that promised more is forgiven, as while reading), or while
    /// skipping garbage that was already reported.
    pub fn unfinished(&self) -> Option<String> {
        let pending = self.pending();
        match &self.state {
            FrameState::Header if pending > 0 => Some(format!(
                "input ended inside a message header ({pending} byte(s) dropped)"
            )),
            FrameState::Body { len, .. } => Some(format!(
                "input ended {pending} byte(s) into a message of {len} byte(s); the message is dropped"
            )),
            _ => None,
        }
    }

    /// The next message body or notice from the bytes pushed so far; `None` when more bytes are
    /// needed.
    ///
    /// Long: one state machine over the header and body of a frame; its states share the buffer.
    pub fn next_event(&mut self) -> Option<Event> {
        loop {
            match &mut self.state {
                FrameState::Header => {
                    while let Some(b' ' | b'\t' | b'\r' | b'\n') = self.buf.get(self.pos) {
                        self.pos += 1;
                    }
                    if self.pos == self.buf.len() {
                        return None;
                    }
                    match parse_header(&self.buf[self.pos..]) {
                        Header::Incomplete => return None,
                        Header::Done { len, consumed } => {
                            self.pos += consumed;
                            self.state = FrameState::Body {
                                len,
                                scan: ValueScanner::default(),
                            };
                        }
                        Header::Bad(why) => {
                            self.pos += 1;
                            self.state = FrameState::Resync;
                            return Some(Event::Notice(format!(
                                "{why}; skipping to the next Content-Length"
                            )));
                        }
                    }
                }
                FrameState::Resync => match find_content_length(&self.buf[self.pos..]) {
                    Some(p) => {
                        self.pos += p;
                        self.state = FrameState::Header;
                    }
                    None => {
                        // Keep what could be the start of a split `Content-Length:`.
                        let keep = NEEDLE.len() - 1;
                        self.pos = self.pos.max(self.buf.len().saturating_sub(keep));
                        return None;
                    }
                },
                FrameState::Body { len, scan } => {
                    let len = *len;
                    let avail = (self.buf.len() - self.pos).min(len);
                    match scan.run(&self.buf[self.pos..self.pos + avail]) {
                        Step::Complete(end) => {
                            let body = self.buf[self.pos..self.pos + end].to_vec();
                            self.pos += end;
                            self.state = if end < len {
                                FrameState::Trailing {
                                    len,
                                    left: len - end,
                                }
                            } else {
                                FrameState::Header
                            };
                            return Some(Event::Message(body));
                        }
                        Step::Invalid(at) => {
                            self.pos += at;
                            self.state = FrameState::Resync;
                            return Some(Event::Unparsable(format!(
                                "message body is not JSON (byte {at} of {len}); skipping to the \
                                 next Content-Length"
                            )));
                        }
                        Step::More if avail == len => {
                            self.pos += len;
                            self.state = FrameState::Resync;
                            return Some(Event::Unparsable(format!(
                                "message body of {len} bytes (its Content-Length) ends inside \
                                 its JSON value: the JSON is cut short, or the Content-Length \
                                 is too small; skipping to the next Content-Length"
                            )));
                        }
                        Step::More => return None,
                    }
                }
                FrameState::Trailing { len, left } => {
                    while *left > 0 {
                        match self.buf.get(self.pos) {
                            None => return None,
                            Some(b' ' | b'\t' | b'\r' | b'\n') => {
                                self.pos += 1;
                                *left -= 1;
                            }
                            Some(_) => {
                                let (len, left) = (*len, *left);
                                self.state = FrameState::Header;
                                return Some(Event::Notice(format!(
                                    "Content-Length {len} was {left} byte(s) longer than its \
                                     message; reading the next header"
                                )));
                            }
                        }
                    }
                    self.state = FrameState::Header;
                }
            }
        }
    }
}

/// A JSON value parsed with duplicated object keys rejected (serde_json keeps the last one
/// silently, and tower-lsp-server stops on a duplicated top-level field).
struct Unique(Value);

struct UniqueVisitor;

impl<'de> Visitor<'de> for UniqueVisitor {
    type Value = Unique;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Unique, E> {
        Ok(Unique(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Unique, E> {
        Ok(Unique(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Unique, E> {
        Ok(Unique(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Unique, E> {
        Ok(Unique(Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Unique, E> {
        Ok(Unique(Value::String(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Unique, E> {
        Ok(Unique(Value::String(v)))
    }
    fn visit_unit<E>(self) -> Result<Unique, E> {
        Ok(Unique(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Unique, E> {
        Ok(Unique(Value::Null))
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Unique, D::Error> {
        Unique::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unique, A::Error> {
        let mut items = Vec::new();
        while let Some(Unique(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Unique(Value::Array(items)))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Unique, A::Error> {
        let mut m = Map::new();
        while let Some(k) = map.next_key::<String>()? {
            if m.contains_key(&k) {
                return Err(de::Error::custom(format!("duplicated key {k:?}")));
            }
            let Unique(v) = map.next_value()?;
            m.insert(k, v);
        }
        Ok(Unique(Value::Object(m)))
    }
}

impl<'de> Deserialize<'de> for Unique {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Unique, D::Error> {
        d.deserialize_any(UniqueVisitor)
    }
}

/// Checks that `body` is a JSON-RPC 2.0 message tower-lsp-server decodes: UTF-8 JSON with no
/// duplicated key at any depth, an object with `"jsonrpc": "2.0"` and either a string `method`
/// (request or notification) or an `id` with a `result` or `error` (response); an `id`, when
/// present, an integer in the signed 64-bit range, a string or null. Returns the message's
/// [`Order`] (what [`read_input`] needs to keep the lifecycle in order), or `Err` with an English
/// reason.
pub fn check_message(body: &[u8]) -> Result<Order, String> {
    let text = std::str::from_utf8(body).map_err(|e| format!("body is not UTF-8: {e}"))?;
    let Unique(v) =
        serde_json::from_str::<Unique>(text).map_err(|e| format!("body is not valid JSON: {e}"))?;
    let Value::Object(m) = &v else {
        return Err("body is not a JSON object".to_string());
    };
    if m.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return Err("no \"jsonrpc\": \"2.0\"".to_string());
    }
    match m.get("id") {
        None | Some(Value::Null | Value::String(_)) => {}
        Some(Value::Number(n)) if n.as_i64().is_some() => {}
        Some(other) => {
            return Err(format!(
                "id {other} is not a 64-bit integer, a string or null"
            ));
        }
    }
    let request = m.get("method").is_some_and(Value::is_string);
    let response = m.contains_key("id") && (m.contains_key("result") || m.contains_key("error"));
    if !request && !response {
        return Err("neither a request (string method) nor a response".to_string());
    }
    // What tower-lsp-server itself will decode (its `Message` is a response or a request).
    if Response::deserialize(&v).is_err()
        && let Err(e) = Request::deserialize(&v)
    {
        return Err(format!("not a JSON-RPC message: {e}"));
    }
    let id = m.get("id").cloned();
    Ok(match (m.get("method").and_then(Value::as_str), id) {
        (Some("initialize"), Some(id)) => Order::Initialize(id),
        (Some("shutdown"), Some(id)) => Order::Shutdown(id),
        (Some("exit"), None) => Order::Exit,
        _ => Order::Other,
    })
}

/// Where a client's message stands in the server's lifecycle, as [`check_message`] reads it. The
/// LSP specification asks a client to wait for the answer to `initialize` before it sends
/// anything else, and to send `exit` after the answer to `shutdown`; a client that pipelines them
/// (`printf … | isnad lsp`, a scripted test) would otherwise see `initialize` cancelled by the
/// `exit` behind it and `shutdown` refused as "not initialized", because the server handles
/// requests concurrently. [`read_input`] therefore holds the messages after `initialize` until
/// its answer is out, and `exit` (or the end of input) until the answer to `shutdown` is out.
#[derive(Debug, Clone, PartialEq)]
pub enum Order {
    /// The `initialize` request, with its id.
    Initialize(Value),
    /// The `shutdown` request, with its id.
    Shutdown(Value),
    /// The `exit` notification.
    Exit,
    /// Any other message.
    Other,
}

/// True when `body` passes [`check_message`].
pub fn is_jsonrpc_message(body: &[u8]) -> bool {
    check_message(body).is_ok()
}

/// The frames (header and body) on their way to the client, written whole and in the order they
/// were handed over, each by whichever thread finds the output free: a thread that is no task of
/// the runtime (the analysis thread, the reader of stdin) writes its frame itself when nothing is
/// queued or being written ([`Output::send_now`], [`Output::turn`]), one `write` and no wake-up of
/// another thread; every other frame is queued for the writer thread ([`Output::send`],
/// [`Output::spawn_writer`]), which writes all that is queued and then flushes once. Tasks of the
/// runtime only queue, so a client that stops reading blocks no worker of the runtime.
pub struct Output {
    state: std::sync::Mutex<OutState>,
    /// Wakes the writer thread: a frame was queued, the output became free, or it was closed.
    wake: std::sync::Condvar,
    sink: std::sync::Mutex<Box<dyn std::io::Write + Send>>,
}

/// What [`Output`] guards: the frames queued for the writer thread, whether some thread is
/// writing (its frame goes before everything queued), and whether the output was closed or failed.
#[derive(Default)]
struct OutState {
    queue: std::collections::VecDeque<Vec<u8>>,
    busy: bool,
    closed: bool,
    failed: bool,
    /// The ids of client requests whose answers the reader of input waits for
    /// ([`Output::expect_answer`]), each with whether the answer went out.
    awaited: Vec<(Value, bool)>,
}

/// The right to write one frame now, before any frame handed over later ([`Output::turn`]). The
/// frame is written when the turn is written or dropped, whichever comes first.
pub struct Turn<'a> {
    out: &'a Output,
    frame: Option<Vec<u8>>,
}

impl Turn<'_> {
    /// Writes the frame (and flushes) on the calling thread.
    pub fn write(self) {}
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        if let Some(frame) = self.frame.take() {
            let ok = self.out.write_frames(std::slice::from_ref(&frame));
            self.out.release(ok);
        }
    }
}

impl Output {
    /// An output writing to `sink` (the client's stdout in `isnad lsp`), with no writer thread
    /// yet: see [`Output::spawn_writer`].
    pub fn new(sink: impl std::io::Write + Send + 'static) -> std::sync::Arc<Output> {
        std::sync::Arc::new(Output {
            state: std::sync::Mutex::new(OutState::default()),
            wake: std::sync::Condvar::new(),
            sink: std::sync::Mutex::new(Box::new(sink)),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, OutState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Starts the thread that writes the queued frames; it returns once the output is closed
    /// ([`Output::close`]) and everything queued is written, or once writing failed.
    pub fn spawn_writer(
        self: &std::sync::Arc<Self>,
    ) -> std::io::Result<std::thread::JoinHandle<()>> {
        let out = self.clone();
        std::thread::Builder::new()
            .name("isnad-output".to_string())
            .spawn(move || out.write_queued())
    }

    fn write_queued(&self) {
        loop {
            let frames: Vec<Vec<u8>> = {
                let mut st = self.lock();
                loop {
                    if st.failed || (st.closed && st.queue.is_empty() && !st.busy) {
                        return;
                    }
                    if !st.busy && !st.queue.is_empty() {
                        st.busy = true;
                        // The queue is empty now: a reader waiting for room may go on.
                        self.wake.notify_all();
                        break st.queue.drain(..).collect();
                    }
                    st = self.wake.wait(st).unwrap_or_else(|e| e.into_inner());
                }
            };
            let ok = self.write_frames(&frames);
            self.release(ok);
        }
    }

    /// Writes `frames` to the sink and flushes once; false when the sink failed.
    fn write_frames(&self, frames: &[Vec<u8>]) -> bool {
        let mut sink = self.sink.lock().unwrap_or_else(|e| e.into_inner());
        frames.iter().all(|f| sink.write_all(f).is_ok()) && sink.flush().is_ok()
    }

    /// Ends a write (`ok`: the sink took it): the writer thread may go on with the queue.
    fn release(&self, ok: bool) {
        let mut st = self.lock();
        st.busy = false;
        st.failed |= !ok;
        if !st.queue.is_empty() || st.closed || st.failed {
            self.wake.notify_all();
        }
    }

    /// Queues `frame` for the writer thread (after everything handed over before it). Dropped
    /// when writing has failed (the client is gone).
    pub fn send(&self, frame: Vec<u8>) {
        let mut st = self.lock();
        if st.failed {
            return;
        }
        st.queue.push_back(frame);
        if !st.busy {
            self.wake.notify_all();
        }
    }

    /// Takes the next place in the output for `frame`: a [`Turn`] to write it on the calling
    /// thread when nothing is queued or being written, else `None` (it is queued, as by
    /// [`Output::send`]). A caller may take its turn under a lock that orders its frame among
    /// others (a publication's "still current?" check) and write it after releasing the lock.
    /// Only for threads that may block on the client: not for tasks of the runtime.
    pub fn turn(&self, frame: Vec<u8>) -> Option<Turn<'_>> {
        let mut st = self.lock();
        if st.failed {
            return None;
        }
        if st.busy || !st.queue.is_empty() {
            st.queue.push_back(frame);
            self.wake.notify_all();
            return None;
        }
        st.busy = true;
        Some(Turn {
            out: self,
            frame: Some(frame),
        })
    }

    /// Writes `frame` on the calling thread when the output is free, else queues it
    /// ([`Output::turn`]).
    pub fn send_now(&self, frame: Vec<u8>) {
        if let Some(t) = self.turn(frame) {
            t.write();
        }
    }

    /// Blocks the calling thread while `limit` frames or more wait in the queue (the client is not
    /// reading its output as fast as it is written); returns at once when fewer wait, or when the
    /// output was closed or failed. For the reader of input only (no task of the runtime).
    pub fn wait_for_room(&self, limit: usize) {
        let mut st = self.lock();
        while st.queue.len() >= limit && !st.closed && !st.failed {
            st = self.wake.wait(st).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Notes that the reader of input will wait ([`Output::wait_for_answer`]) for the server's
    /// answer to the request with id `id`; call it before the request is handed to the server,
    /// so that an answer cannot go out unnoticed in between.
    pub fn expect_answer(&self, id: Value) {
        let mut st = self.lock();
        if !st.awaited.iter().any(|(a, _)| *a == id) {
            st.awaited.push((id, false));
        }
    }

    /// True while some answer is expected ([`Output::expect_answer`]): only then does
    /// [`forward_output`] read the ids of the server's messages.
    fn awaits_answers(&self) -> bool {
        !self.lock().awaited.is_empty()
    }

    /// Records that the server's answer to the request with id `id` went out (from
    /// [`forward_output`]) and wakes the reader of input if it waits for it.
    fn answered(&self, id: &Value) {
        let mut st = self.lock();
        let mut woke = false;
        for (a, done) in st.awaited.iter_mut() {
            if a == id {
                *done = true;
                woke = true;
            }
        }
        if woke {
            self.wake.notify_all();
        }
    }

    /// Blocks the calling thread (the reader of input only) until the answer to the request with
    /// id `id` went out, the output was closed or failed, `gone()` says the server stopped
    /// reading, or `limit` passed (a server that never answers must not hold the client's `exit`
    /// for ever). Forgets the expectation. Returns true when the answer went out.
    pub fn wait_for_answer(
        &self,
        id: &Value,
        limit: std::time::Duration,
        gone: impl Fn() -> bool,
    ) -> bool {
        let until = std::time::Instant::now() + limit;
        let mut st = self.lock();
        let answered = loop {
            match st.awaited.iter().find(|(a, _)| a == id) {
                None => break false,
                Some((_, true)) => break true,
                Some((_, false)) => {}
            }
            let now = std::time::Instant::now();
            if st.closed || st.failed || gone() || now >= until {
                break false;
            }
            let step = (until - now).min(std::time::Duration::from_millis(50));
            st = self
                .wake
                .wait_timeout(st, step)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        };
        st.awaited.retain(|(a, _)| a != id);
        answered
    }

    /// No more frames will be handed over: the writer thread writes what is queued and returns.
    pub fn close(&self) {
        self.lock().closed = true;
        self.wake.notify_all();
    }
}

/// The output of the running server (see [`set_direct`]).
static DIRECT: std::sync::OnceLock<std::sync::Arc<Output>> = std::sync::OnceLock::new();

/// Lets [`direct`] hand out `output`, where every message to the client goes (the server's own
/// output too, through [`forward_output`]): `isnad lsp` sets it once, so a publication of
/// diagnostics goes out as one frame made and written on the analysis thread, not through the
/// server's client handle, its JSON value and a second framing. Servers made in tests set none
/// and publish through their client handle.
pub fn set_direct(output: &std::sync::Arc<Output>) {
    let _ = DIRECT.set(output.clone());
}

/// The output set by [`set_direct`]; `None` when none was set.
pub fn direct() -> Option<&'static Output> {
    DIRECT.get().map(|o| &**o)
}

/// The framed `textDocument/publishDiagnostics` notification (JSON-RPC 2.0) for `params`, ready
/// for [`direct`]'s output: the same message the server's client handle sends, serialized in one
/// step. `None` when it cannot be serialized.
pub fn publish_frame(
    params: &tower_lsp_server::ls_types::PublishDiagnosticsParams,
) -> Option<Vec<u8>> {
    #[derive(serde::Serialize)]
    struct Notification<'a> {
        jsonrpc: &'static str,
        method: &'static str,
        params: &'a tower_lsp_server::ls_types::PublishDiagnosticsParams,
    }
    let body = serde_json::to_vec(&Notification {
        jsonrpc: "2.0",
        method: "textDocument/publishDiagnostics",
        params,
    })
    .ok()?;
    Some(framed(&body))
}

/// `body` framed with its `Content-Length` header.
fn framed(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// The answer to a message that [`check_message`] rejected for `why`, framed, with the message's
/// own id when it has a readable one ([`readable_id`]: the client can then match the error to
/// its request) and id null otherwise (the id of a message that cannot
/// be read is unknown), as JSON-RPC 2.0 asks:
/// - a body that is not JSON (nor UTF-8): ParseError (-32700);
/// - JSON that is no message at all (not an object, or an object with neither a `method` nor a
///   `result` or `error`), or a request (a string `method` and an `id` member): InvalidRequest
///   (-32600).
///
/// `None` for a notification (a `method` and no `id`) or a response (`result` or `error`), which
/// are never answered.
pub fn rejection(body: &[u8], why: &str) -> Option<Vec<u8>> {
    let mut id = Value::Null;
    let (code, message) = match serde_json::from_slice::<Value>(body) {
        Err(_) => (-32700, format!("parse error: {why}")),
        Ok(Value::Object(m)) => {
            let method = m.contains_key("method");
            let response = m.contains_key("result") || m.contains_key("error");
            let request = m.get("method").is_some_and(Value::is_string) && m.contains_key("id");
            if !request && (method || response) {
                return None;
            }
            id = readable_id(body).unwrap_or(Value::Null);
            (-32600, format!("invalid request: {why}"))
        }
        Ok(_) => (-32600, format!("invalid request: {why}")),
    };
    let answer = serde_json::json!({
        "jsonrpc": "2.0",
        "id": id,
        "error": {"code": code, "message": message}
    });
    Some(framed(answer.to_string().as_bytes()))
}

/// The `id` of the JSON object `body` when it can be read without doubt: the object has no
/// duplicated key (so one `id`) and the id is a string or an integer in the signed 64-bit range.
/// `None` otherwise (not JSON, not an object, no id, a duplicated key, a fraction or a huge number).
fn readable_id(body: &[u8]) -> Option<Value> {
    let Ok(Unique(Value::Object(m))) = serde_json::from_slice::<Unique>(body) else {
        return None;
    };
    m.get("id").filter(|v| v.is_string() || v.is_i64()).cloned()
}

/// The answer to a framed body that is not one JSON value ([`Event::Unparsable`], `why`): a
/// JSON-RPC 2.0 parse error (-32700) with id null, framed. Reason: the client sent something the
/// server cannot parse, and JSON-RPC 2.0 asks for this answer rather than silence, so a client
/// waiting on that request learns it was never read.
pub fn parse_error(why: &str) -> Vec<u8> {
    let answer = serde_json::json!({
        "jsonrpc": "2.0",
        "id": null,
        "error": {"code": -32700, "message": format!("parse error: {why}")}
    });
    framed(answer.to_string().as_bytes())
}

/// What to do with one event of the client's input: a message to hand to the server (framed
/// again with a fresh `Content-Length`), an answer to send the client (a rejection), or nothing
/// (logged).
enum Routed {
    Server(Vec<u8>, Order),
    Answer(Vec<u8>),
    Nothing,
}

/// Sorts one event of the client's input (see [`Routed`]), logging what is dropped.
fn route(event: Event) -> Routed {
    match event {
        Event::Notice(why) => {
            warn!("client input: {why}");
            Routed::Nothing
        }
        Event::Unparsable(why) => {
            warn!("client input: {why}");
            Routed::Answer(parse_error(&why))
        }
        Event::Message(body) => match check_message(&body) {
            Ok(order) => Routed::Server(framed(&body), order),
            Err(why) => {
                warn!(
                    "dropping a malformed JSON-RPC message ({why}): {:?}",
                    shown(&body)
                );
                rejection(&body, &why).map_or(Routed::Nothing, Routed::Answer)
            }
        },
    }
}

/// The answer to a message the client's input ended inside ([`Framer::unfinished`]), logged: a
/// parse error with id null (JSON-RPC 2.0: the id of a message that cannot be read is null), so a
/// client still reading its output learns that its last request will get no other answer.
/// `None` when nothing was left unfinished.
fn answer_unfinished(framer: &Framer) -> Option<Vec<u8>> {
    let why = framer.unfinished()?;
    warn!("client input: {why}");
    Some(parse_error(&why))
}

/// Copies framed messages from `input` to `output`, dropping malformed ones and resynchronising
/// after framing errors (see the module documentation); each forwarded message gets a fresh
/// `Content-Length` header. Returns when `input` ends or `output` is closed; `output` is then shut
/// down so the server sees the end of input. Nothing is answered: see [`filter_to`].
pub async fn filter<R, W>(input: R, output: W)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    filter_to(input, output, None).await;
}

/// [`filter`], and each rejected request is answered through `answers` (see [`rejection`]).
pub async fn filter_to<R, W>(mut input: R, mut output: W, answers: Option<&Output>)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut framer = Framer::new();
    let mut chunk = vec![0u8; 64 << 10];
    'read: loop {
        let n = match input.read(&mut chunk).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        framer.push(&chunk[..n]);
        while let Some(event) = framer.next_event() {
            match route(event) {
                Routed::Server(frame, _) => {
                    if output.write_all(&frame).await.is_err() || output.flush().await.is_err() {
                        break 'read;
                    }
                }
                Routed::Answer(answer) => {
                    if let Some(out) = answers {
                        out.send(answer);
                    }
                }
                Routed::Nothing => {}
            }
        }
    }
    if let (Some(answer), Some(out)) = (answer_unfinished(&framer), answers) {
        out.send(answer);
    }
    let _ = output.shutdown().await;
}

/// How many messages [`read_input`] hands to the server ahead of it (the channel's bound).
pub const INBOX_FRAMES: usize = 64;

/// How many frames may wait in [`Output`]'s queue for the client to read before [`read_input`]
/// stops reading input (see [`Output::wait_for_room`]).
pub const OUTPUT_FRAMES: usize = 256;

/// The reader of the client's input in `isnad lsp`, on a thread of its own (no task of the
/// runtime, no blocking pool): reads `input` (stdin), frames and checks each message as
/// [`filter_to`] does, and hands each good one, framed, to the server through `server` (read by
/// [`Inbox`]); a rejected request is answered on this thread through `answers`. Returns when
/// `input` ends or fails, or when the server stops reading; dropping `server` then ends the
/// server's input. Input is read only as fast as it is used: `server` holds at most
/// [`INBOX_FRAMES`] messages (the thread waits for room), and while [`OUTPUT_FRAMES`] frames wait
/// for the client to read its output (`answers`), no more input is read, so a client that sends
/// without reading fills its own pipe, not the server's memory.
pub fn read_input(
    mut input: impl std::io::Read,
    server: tokio::sync::mpsc::Sender<Vec<u8>>,
    answers: Option<&Output>,
) {
    let mut framer = Framer::new();
    let mut chunk = vec![0u8; 64 << 10];
    let mut life = Lifecycle::default();
    'read: loop {
        let n = match input.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        framer.push(&chunk[..n]);
        while let Some(event) = framer.next_event() {
            match route(event) {
                Routed::Server(frame, order) => {
                    if let Some(out) = answers {
                        out.wait_for_room(OUTPUT_FRAMES);
                        life.before(&order, out, &server);
                    }
                    if server.blocking_send(frame).is_err() {
                        break 'read;
                    }
                }
                Routed::Answer(answer) => {
                    if let Some(out) = answers {
                        out.send_now(answer);
                    }
                }
                Routed::Nothing => {}
            }
        }
    }
    if let (Some(answer), Some(out)) = (answer_unfinished(&framer), answers) {
        out.send_now(answer);
    }
    // The end of input ends the server: let a `shutdown` already handed over be answered first.
    if let Some(out) = answers {
        life.before(&Order::Exit, out, &server);
    }
}

/// How long the reader of input waits for the answer to `initialize` or `shutdown` before it hands
/// over what follows anyway ([`Lifecycle`]).
const LIFECYCLE_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// The answers [`read_input`] waits for to keep a pipelining client's lifecycle in order (see
/// [`Order`]): after `initialize`, its answer before any other message; before `exit` or the end
/// of input, the answer to `shutdown` if one was sent.
#[derive(Default)]
struct Lifecycle {
    /// The id of the `initialize` request handed over and not yet waited for.
    initialize: Option<Value>,
    /// The id of the `shutdown` request handed over and not yet waited for.
    shutdown: Option<Value>,
}

impl Lifecycle {
    /// Waits, before `order`'s message is handed to `server`, for the answers it must follow;
    /// then, for `initialize` and `shutdown`, notes that a later message waits for their answer
    /// (registered with `out` before the hand-over, so the answer cannot go out unnoticed).
    fn before(&mut self, order: &Order, out: &Output, server: &tokio::sync::mpsc::Sender<Vec<u8>>) {
        let gone = || server.is_closed();
        if let Some(id) = self.initialize.take()
            && !out.wait_for_answer(&id, LIFECYCLE_WAIT, gone)
        {
            warn!("no answer to initialize: handing over the client's next message anyway");
        }
        match order {
            Order::Exit => {
                if let Some(id) = self.shutdown.take() {
                    out.wait_for_answer(&id, LIFECYCLE_WAIT, gone);
                }
            }
            Order::Initialize(id) => {
                out.expect_answer(id.clone());
                self.initialize = Some(id.clone());
            }
            Order::Shutdown(id) => {
                out.expect_answer(id.clone());
                self.shutdown = Some(id.clone());
            }
            Order::Other => {}
        }
    }
}

/// The server's input as an [`AsyncRead`]: the framed messages [`read_input`] hands over, in
/// order; the end of input once its sender is gone.
pub struct Inbox {
    rx: tokio::sync::mpsc::Receiver<Vec<u8>>,
    /// The message being read and how much of it was read.
    current: Vec<u8>,
    at: usize,
}

impl Inbox {
    /// The reading end of `rx`.
    pub fn new(rx: tokio::sync::mpsc::Receiver<Vec<u8>>) -> Inbox {
        Inbox {
            rx,
            current: Vec::new(),
            at: 0,
        }
    }
}

impl AsyncRead for Inbox {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        use std::task::Poll;
        let this = &mut *self;
        while this.at == this.current.len() {
            match this.rx.poll_recv(cx) {
                Poll::Ready(Some(frame)) => {
                    this.current = frame;
                    this.at = 0;
                }
                Poll::Ready(None) => return Poll::Ready(Ok(())),
                Poll::Pending => return Poll::Pending,
            }
        }
        let n = buf.remaining().min(this.current.len() - this.at);
        buf.put_slice(&this.current[this.at..this.at + n]);
        this.at += n;
        Poll::Ready(Ok(()))
    }
}

/// The id of `body` when it is a response (an `id` and no `method`); `None` for a request, a
/// notification, or a body that is not JSON.
fn answer_id(body: &[u8]) -> Option<Value> {
    #[derive(serde::Deserialize)]
    struct Head {
        id: Option<Value>,
        method: Option<de::IgnoredAny>,
    }
    let head: Head = serde_json::from_slice(body).ok()?;
    if head.method.is_some() {
        return None;
    }
    head.id
}

/// Reads the server's framed messages from `server` and hands each one, whole, to `output`'s
/// writer thread, so that answers to malformed input go out between two messages, never inside
/// one. Returns when `server` ends.
pub async fn forward_output<R>(mut server: R, output: &Output)
where
    R: AsyncRead + Unpin,
{
    let mut framer = Framer::new();
    let mut chunk = vec![0u8; 64 << 10];
    loop {
        let n = match server.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        framer.push(&chunk[..n]);
        while let Some(event) = framer.next_event() {
            match event {
                Event::Message(body) => {
                    let awaited = output.awaits_answers().then(|| answer_id(&body)).flatten();
                    output.send(framed(&body));
                    // Recorded once queued, so the answer is out before the reader hands on more.
                    if let Some(id) = awaited {
                        output.answered(&id);
                    }
                }
                Event::Notice(why) | Event::Unparsable(why) => warn!("server output: {why}"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    /// Every event of `input` fed in one piece, then byte by byte; both must agree.
    fn events(input: &[u8]) -> Vec<Event> {
        let mut f = Framer::new();
        f.push(input);
        let mut whole = Vec::new();
        while let Some(e) = f.next_event() {
            whole.push(e);
        }
        let mut f = Framer::new();
        let mut bytewise = Vec::new();
        for b in input {
            f.push(std::slice::from_ref(b));
            while let Some(e) = f.next_event() {
                bytewise.push(e);
            }
        }
        // Notices may word the same fault from a shorter view; their number and place agree.
        let kinds = |es: &[Event]| -> Vec<Option<Vec<u8>>> {
            es.iter()
                .map(|e| match e {
                    Event::Message(b) => Some(b.clone()),
                    Event::Notice(_) | Event::Unparsable(_) => None,
                })
                .collect()
        };
        assert_eq!(
            kinds(&whole),
            kinds(&bytewise),
            "chunking changed the events"
        );
        whole
    }

    #[test]
    fn what_the_input_leaves_unfinished_at_its_end() {
        let unfinished = |input: &str| {
            let mut f = Framer::new();
            f.push(input.as_bytes());
            while f.next_event().is_some() {}
            f.unfinished()
        };
        let whole = frame(r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#);
        // Between messages, or after trailing white space: nothing is unfinished.
        assert_eq!(unfinished(""), None);
        assert_eq!(unfinished(&format!("{whole}\r\n")), None);
        // A header cut short, and a body cut short after a whole header.
        assert_eq!(
            unfinished(&format!("{whole}Content-Len")).as_deref(),
            Some("input ended inside a message header (11 byte(s) dropped)")
        );
        assert_eq!(
            unfinished("Content-Length: 30\r\n\r\n{\"jsonrpc\":").as_deref(),
            Some("input ended 11 byte(s) into a message of 30 byte(s); the message is dropped")
        );
        // A whole JSON value shorter than its Content-Length was already handed on.
        assert_eq!(unfinished("Content-Length: 30\r\n\r\n{}"), None);
    }

    /// The message bodies of `input`, as text, and the number of notices.
    fn messages(input: &str) -> (Vec<String>, usize) {
        let evs = events(input.as_bytes());
        let notices = evs
            .iter()
            .filter(|e| matches!(e, Event::Notice(_) | Event::Unparsable(_)))
            .count();
        let bodies = evs
            .into_iter()
            .filter_map(|e| match e {
                Event::Message(b) => Some(String::from_utf8(b).unwrap()),
                Event::Notice(_) | Event::Unparsable(_) => None,
            })
            .collect();
        (bodies, notices)
    }

    const A: &str =
        r#"{"jsonrpc":"2.0","method":"a","params":{"t":"قال «نص» 🚨 Content-Length: 3"}}"#;
    const B: &str = r#"{"jsonrpc":"2.0","id":2,"method":"b"}"#;

    #[test]
    fn recognises_jsonrpc_messages() {
        assert!(is_jsonrpc_message(
            br#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#
        ));
        assert!(is_jsonrpc_message(br#"{"jsonrpc":"2.0","method":"exit"}"#));
        assert!(is_jsonrpc_message(
            br#"{"jsonrpc":"2.0","id":"a","result":null}"#
        ));
        assert!(is_jsonrpc_message(
            br#"{"jsonrpc":"2.0","id":-9223372036854775808,"method":"x"}"#
        ));
        assert!(!is_jsonrpc_message(b"{not json"));
        assert!(!is_jsonrpc_message(br#"{"id":1,"method":"x"}"#));
        assert!(!is_jsonrpc_message(
            br#"{"jsonrpc":"2.0","id":{},"method":"x"}"#
        ));
        assert!(!is_jsonrpc_message(br#"{"jsonrpc":"2.0","id":1}"#));
        assert!(!is_jsonrpc_message(br#"[1,2]"#));
    }

    #[test]
    fn rejects_bad_ids_and_duplicated_keys() {
        for id in [
            "1.5",
            "1e30",
            "1.0",
            "9223372036854775808",
            "-9223372036854775809",
            "100000000000000000000000000000",
            "true",
            "[1]",
        ] {
            let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"method":"textDocument/hover"}}"#);
            let e = check_message(body.as_bytes()).unwrap_err();
            assert!(e.contains("64-bit"), "{id}: {e}");
        }
        let e = check_message(br#"{"jsonrpc":"2.0","id":1,"id":2,"method":"x"}"#).unwrap_err();
        assert!(e.contains("duplicated key \"id\""), "{e}");
        let e = check_message(br#"{"jsonrpc":"2.0","method":"x","params":{"a":[{"k":1,"k":2}]}}"#)
            .unwrap_err();
        assert!(e.contains("duplicated key \"k\""), "{e}");
        // The same keys in different objects are fine.
        check_message(br#"{"jsonrpc":"2.0","method":"x","params":{"k":{"k":1},"j":{"k":2}}}"#)
            .unwrap();
        let e = check_message(b"{\"jsonrpc\":\"2.0\",\"method\":\"\xff\"}").unwrap_err();
        assert!(e.contains("UTF-8"), "{e}");
    }

    #[test]
    fn good_frames_pass_unchanged() {
        let input = format!(
            "{}\r\n{}Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n{}",
            frame(A),
            frame(B),
            frame(A)
        );
        assert_eq!(messages(&input), (vec![A.into(), B.into(), A.into()], 0));
        // Lower-case header name, LF line ends, white space around the value.
        let input = format!("content-length:  {} \n\n{A}", A.len());
        assert_eq!(messages(&input), (vec![A.into()], 0));
        // Two equal Content-Length headers are one.
        let input = format!(
            "Content-Length: {0}\r\nContent-Length: {0}\r\n\r\n{A}",
            A.len()
        );
        assert_eq!(messages(&input), (vec![A.into()], 0));
    }

    #[test]
    fn garbage_and_bad_headers_resync_on_the_next_content_length() {
        let bad_headers = [
            "garbage line\r\n\r\n".to_string(),
            "garbage without line end".to_string(),
            "Content-Length: 12x\r\n\r\n{\"a\":1}".to_string(),
            "Content-Length: -5\r\n\r\n{}".to_string(),
            "Content-Length: \r\n\r\n{}".to_string(),
            "Content-Length: 99999999999999999999999\r\n\r\n{}".to_string(),
            format!("Content-Length: {}\r\n\r\n{{}}", MAX_BODY + 1),
            format!("Content-Type: x\r\n\r\n{B}"),
            B.to_string(),
            format!("Content Length: 40\r\n\r\n{B}"),
        ];
        for bad in &bad_headers {
            let input = format!("{}{bad}{}{}", frame(A), frame(B), frame(A));
            let (bodies, notices) = messages(&input);
            assert_eq!(bodies, vec![A, B, A], "{bad:?}");
            assert!(notices >= 1, "{bad:?}");
        }
        // Two different Content-Length headers: the block is dropped and reading resumes at the
        // second one, which here is right.
        let input = format!(
            "Content-Length: 3\r\nContent-Length: {}\r\n\r\n{B}{}",
            B.len(),
            frame(A)
        );
        assert_eq!(messages(&input), (vec![B.into(), A.into()], 1));
    }

    #[test]
    fn too_small_content_length_drops_one_message() {
        for short in [1, 10, B.len() - 1] {
            let input = format!("{}Content-Length: {short}\r\n\r\n{B}{}", frame(A), frame(A));
            assert_eq!(messages(&input), (vec![A.into(), A.into()], 1), "{short}");
        }
        // Arabic text counted in characters instead of bytes: too small, dropped.
        let chars = A.chars().count();
        let input = format!("Content-Length: {chars}\r\n\r\n{A}{}", frame(B));
        assert_eq!(messages(&input).0, vec![B.to_string()]);
        // Resynchronising through a body that holds `Content-Length:` in a string.
        let input = format!("garbage\r\n{A}{}", frame(B));
        assert_eq!(messages(&input), (vec![B.into()], 2));
    }

    #[test]
    fn too_large_content_length_keeps_the_message_and_the_next_ones() {
        for extra in [1, 40, 5000] {
            let input = format!(
                "Content-Length: {}\r\n\r\n{B}{}{}",
                B.len() + extra,
                frame(A),
                frame(B)
            );
            assert_eq!(messages(&input), (vec![B.into(), A.into(), B.into()], 1));
        }
        // Trailing white space inside the announced length is part of a good frame.
        let input = format!(
            "Content-Length: {}\r\n\r\n{B}\r\n  {}",
            B.len() + 4,
            frame(A)
        );
        assert_eq!(messages(&input), (vec![B.into(), A.into()], 0));
        // The message is handed over before the rest of the announced length arrives.
        let mut f = Framer::new();
        f.push(format!("Content-Length: {}\r\n\r\n{B}", B.len() + 100).as_bytes());
        assert_eq!(f.next_event(), Some(Event::Message(B.as_bytes().to_vec())));
        assert_eq!(f.next_event(), None);
    }

    #[test]
    fn bodies_that_are_not_json_are_dropped() {
        for body in [
            "{broken",
            "[1,2",
            "hello",
            "{\"a\":\"x\ny\"}",
            "{\"a\":1}}}",
        ] {
            let input = format!("{}{}{}", frame(A), frame(body), frame(B));
            let (bodies, _) = messages(&input);
            // A frame whose JSON ends early (`{"a":1}}}`) keeps its first value.
            let want: Vec<String> = if body.starts_with("{\"a\":1}") {
                vec![A.into(), "{\"a\":1}".into(), B.into()]
            } else {
                vec![A.into(), B.into()]
            };
            assert_eq!(bodies, want, "{body:?}");
        }
        // An empty body.
        let input = format!("Content-Length: 0\r\n\r\n{}", frame(B));
        assert_eq!(messages(&input).0, vec![B.to_string()]);
    }

    #[test]
    fn a_large_body_arrives_in_pieces() {
        let text = "قال «نص» 🚨\\n".repeat(200_000);
        let body = format!(r#"{{"jsonrpc":"2.0","method":"a","params":{{"t":"{text}"}}}}"#);
        let input = format!("{}{}", frame(&body), frame(B));
        let mut f = Framer::new();
        let mut got = Vec::new();
        for piece in input.as_bytes().chunks(65536) {
            f.push(piece);
            while let Some(e) = f.next_event() {
                got.push(e);
            }
        }
        assert_eq!(
            got,
            vec![
                Event::Message(body.into_bytes()),
                Event::Message(B.as_bytes().to_vec())
            ]
        );
    }

    #[tokio::test]
    async fn forwards_good_frames_and_drops_bad_ones() {
        let input = format!(
            "{}{}garbage line\r\n{}{}Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n{}",
            frame(A),
            frame("{broken"),
            frame(r#"{"foo":1}"#),
            frame(r#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#),
            frame(B)
        );
        let mut out = Vec::new();
        filter(input.as_bytes(), &mut out).await;
        assert_eq!(String::from_utf8(out).unwrap(), frame(A) + &frame(B));
    }

    #[test]
    fn rejected_requests_are_answered_with_their_id_or_null() {
        let answer = |body: &str| {
            let why = check_message(body.as_bytes()).unwrap_err();
            rejection(body.as_bytes(), &why).map(|a| String::from_utf8(a).unwrap())
        };
        let a = answer(r#"{"jsonrpc":"2.0","id":1.5,"method":"textDocument/hover"}"#).unwrap();
        let (head, body) = a.split_once("\r\n\r\n").unwrap();
        assert_eq!(head, format!("Content-Length: {}", body.len()));
        let v: Value = serde_json::from_str(body).unwrap();
        assert_eq!(v["id"], Value::Null);
        assert_eq!(v["error"]["code"], -32600);
        assert!(
            v["error"]["message"]
                .as_str()
                .unwrap()
                .starts_with("invalid request: id 1.5 is not"),
            "{v}"
        );
        assert!(answer(r#"{"jsonrpc":"2.0","id":1,"id":2,"method":"x"}"#).is_some());
        // A request rejected for something else than its id is answered with its id, so the
        // client can match the error to it; a duplicated id stays null (which one was meant?).
        let id_of = |body: &str| {
            let a = answer(body).unwrap();
            serde_json::from_str::<Value>(a.split_once("\r\n\r\n").unwrap().1).unwrap()["id"]
                .clone()
        };
        assert_eq!(id_of(r#"{"jsonrpc":"2.0","id":3}"#), Value::from(3));
        assert_eq!(
            id_of(r#"{"jsonrpc":"1.0","id":"a7","method":"x"}"#),
            Value::from("a7")
        );
        assert_eq!(
            id_of(r#"{"jsonrpc":"2.0","id":1,"id":2,"method":"x"}"#),
            Value::Null
        );
        assert!(answer(r#"{"jsonrpc":"1.0","id":3,"method":"x"}"#).is_some());
        // Notifications and responses are never answered.
        assert!(answer(r#"{"jsonrpc":"2.0","method":"x","params":{"a":1,"a":2}}"#).is_none());
        assert!(answer(r#"{"jsonrpc":"2.0","id":2.5,"result":null}"#).is_none());
        // A body that is not JSON is a parse error; JSON that is no message, an invalid request.
        let code = |body: &str| {
            let a = answer(body).unwrap();
            let v: Value = serde_json::from_str(a.split_once("\r\n\r\n").unwrap().1).unwrap();
            assert_eq!(v["id"], Value::Null);
            v["error"]["code"].as_i64().unwrap()
        };
        assert_eq!(code("{broken"), -32700);
        assert_eq!(code("[1]"), -32600);
        assert_eq!(code(r#"{"foo":1}"#), -32600);
        let not_utf8 = b"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xff\"}";
        let why = check_message(not_utf8).unwrap_err();
        assert!(
            String::from_utf8(rejection(not_utf8, &why).unwrap())
                .unwrap()
                .contains("-32700")
        );
    }

    /// What a [`Shared`] sink was given: the bytes, the length of each `write` call, and the
    /// number of flushes.
    type Written = (Vec<u8>, Vec<usize>, usize);

    /// A sink the tests can read back: every `write` call's bytes, and the flushes between.
    #[derive(Clone, Default)]
    struct Shared(std::sync::Arc<std::sync::Mutex<Written>>);

    impl std::io::Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            let mut g = self.0.lock().unwrap();
            g.0.extend_from_slice(b);
            g.1.push(b.len());
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.0.lock().unwrap().2 += 1;
            Ok(())
        }
    }

    impl Shared {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().0.clone()).unwrap()
        }
    }

    #[test]
    fn a_pipelining_client_waits_for_the_answers_to_initialize_and_shutdown() {
        // `printf … | isnad lsp`: initialize, initialized, shutdown and exit in one write. The
        // reader hands initialize over and holds initialized until initialize's answer is out;
        // it holds exit until shutdown's answer is out.
        let init = r#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#;
        let inited = r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let shut = r#"{"jsonrpc":"2.0","id":"s","method":"shutdown"}"#;
        let exit = r#"{"jsonrpc":"2.0","method":"exit"}"#;
        let input = frame(init) + &frame(inited) + &frame(shut) + &frame(exit);
        assert_eq!(
            check_message(init.as_bytes()),
            Ok(Order::Initialize(Value::from(1)))
        );
        assert_eq!(
            check_message(shut.as_bytes()),
            Ok(Order::Shutdown(Value::from("s")))
        );
        assert_eq!(check_message(exit.as_bytes()), Ok(Order::Exit));
        assert_eq!(check_message(inited.as_bytes()), Ok(Order::Other));
        let sink = Shared::default();
        let output = Output::new(sink.clone());
        let writer = output.spawn_writer().unwrap();
        let (tx, mut rx) = tokio::sync::mpsc::channel(INBOX_FRAMES);
        let out = output.clone();
        let reader = std::thread::spawn(move || {
            read_input(std::io::Cursor::new(input), tx, Some(&out));
        });
        let wait = std::time::Duration::from_millis(300);
        assert_eq!(rx.blocking_recv().unwrap(), frame(init).into_bytes());
        std::thread::sleep(wait);
        assert!(
            rx.try_recv().is_err(),
            "initialized was handed over before the answer"
        );
        // The server answers initialize (through forward_output, as `isnad lsp` does).
        let rt = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let answer = frame(r#"{"jsonrpc":"2.0","result":{"capabilities":{}},"id":1}"#);
        rt.block_on(forward_output(answer.as_bytes(), &output));
        assert_eq!(rx.blocking_recv().unwrap(), frame(inited).into_bytes());
        assert_eq!(rx.blocking_recv().unwrap(), frame(shut).into_bytes());
        std::thread::sleep(wait);
        assert!(
            rx.try_recv().is_err(),
            "exit was handed over before shutdown's answer"
        );
        rt.block_on(forward_output(
            frame(r#"{"jsonrpc":"2.0","result":null,"id":"s"}"#).as_bytes(),
            &output,
        ));
        assert_eq!(rx.blocking_recv().unwrap(), frame(exit).into_bytes());
        reader.join().unwrap();
        output.close();
        writer.join().unwrap();
        assert!(sink.text().contains(r#""id":"s""#));
    }

    #[tokio::test]
    async fn answers_go_out_between_whole_server_messages() {
        let sink = Shared::default();
        let output = Output::new(sink.clone());
        let writer = output.spawn_writer().unwrap();
        let server_out = format!("{}{}", frame(A), frame(B));
        let forward = forward_output(server_out.as_bytes(), &output);
        let input = format!(
            "{}{}",
            frame(r#"{"jsonrpc":"2.0","id":1e30,"method":"x"}"#),
            frame(B)
        );
        let mut to_server = Vec::new();
        let filter = filter_to(input.as_bytes(), &mut to_server, Some(&output));
        let ((), ()) = tokio::join!(forward, filter);
        output.close();
        writer.join().unwrap();
        assert_eq!(String::from_utf8(to_server).unwrap(), frame(B));
        let out = sink.text();
        let answer = r#"{"error":{"code":-32600,"message":"invalid request: id 1e+30 is not a 64-bit integer, a string or null"},"id":null,"jsonrpc":"2.0"}"#;
        // Each frame whole, in some order.
        assert_eq!(
            out.len(),
            frame(A).len() + frame(B).len() + frame(answer).len(),
            "{out}"
        );
        for f in [frame(A), frame(B), frame(answer)] {
            assert!(out.contains(&f), "{out}");
        }
    }

    #[test]
    fn a_body_that_is_no_json_is_answered_with_a_parse_error() {
        // A request with a bare word where a value belongs: the framer drops it at that byte; the
        // client is told (-32700, id null) and the next message still goes through.
        let sink = Shared::default();
        let output = Output::new(sink.clone());
        let input = format!(
            "{}{}",
            frame(r#"{"jsonrpc":"2.0","id":7,"method":نعم}"#),
            frame(B)
        );
        let (tx, mut rx) = tokio::sync::mpsc::channel(INBOX_FRAMES);
        read_input(input.as_bytes(), tx, Some(&output));
        assert_eq!(rx.try_recv().ok(), Some(frame(B).into_bytes()));
        assert!(rx.try_recv().is_err());
        // No writer thread: the reader wrote the answer itself, the output being free.
        let answer = sink.text();
        let body = answer.split_once("\r\n\r\n").unwrap().1;
        let v: Value = serde_json::from_str(body).unwrap();
        assert_eq!(v["error"]["code"], -32700);
        assert_eq!(v["id"], Value::Null);
    }

    #[tokio::test]
    async fn the_inbox_reads_the_frames_read_input_hands_over() {
        // The reader thread's frames reach the server's side whole and in order, a malformed
        // message dropped on the way, then the end of input.
        let input = format!(
            "{}garbage\r\n{}{}",
            frame(A),
            frame(r#"{"foo":1}"#),
            frame(B)
        );
        let (tx, rx) = tokio::sync::mpsc::channel(INBOX_FRAMES);
        let reader = std::thread::spawn(move || read_input(std::io::Cursor::new(input), tx, None));
        let mut got = Vec::new();
        let mut inbox = Inbox::new(rx);
        // A small buffer: a frame is read in several pieces.
        let mut buf = [0u8; 7];
        loop {
            let n = inbox.read(&mut buf).await.unwrap();
            if n == 0 {
                break;
            }
            got.extend_from_slice(&buf[..n]);
        }
        reader.join().unwrap();
        assert_eq!(String::from_utf8(got).unwrap(), frame(A) + &frame(B));
    }

    #[test]
    fn frames_go_out_whole_in_the_order_handed_over() {
        // Three threads hand over frames, by turn and by queue, while the writer thread writes:
        // each frame is written whole, and each thread's frames in its order.
        let sink = Shared::default();
        let output = Output::new(sink.clone());
        let writer = output.spawn_writer().unwrap();
        std::thread::scope(|s| {
            for t in 0..3 {
                let output = &output;
                s.spawn(move || {
                    for i in 0..200 {
                        let f = frame(&format!(r#"{{"t":{t},"i":{i},"pad":"{}"}}"#, "x".repeat(i)));
                        match (t + i) % 3 {
                            0 => output.send(f.into_bytes()),
                            1 => output.send_now(f.into_bytes()),
                            _ => {
                                if let Some(turn) = output.turn(f.into_bytes()) {
                                    turn.write();
                                }
                            }
                        }
                    }
                });
            }
        });
        output.close();
        writer.join().unwrap();
        let (bodies, notices) = messages(&sink.text());
        assert_eq!((bodies.len(), notices), (600, 0));
        for t in 0..3 {
            let order: Vec<u64> = bodies
                .iter()
                .map(|b| serde_json::from_str::<Value>(b).unwrap())
                .filter(|v| v["t"] == t)
                .map(|v| v["i"].as_u64().unwrap())
                .collect();
            assert_eq!(order, (0..200).collect::<Vec<u64>>());
        }
    }

    #[test]
    fn a_frame_written_on_its_turn_is_one_write_and_one_flush() {
        // The analysis thread's publication, the output free: the frame goes out in one `write`
        // call, flushed once, before a frame queued while it was being written.
        let sink = Shared::default();
        let output = Output::new(sink.clone());
        let turn = output.turn(frame(A).into_bytes()).unwrap();
        // Another frame while the turn is held: queued behind it, not written.
        assert!(output.turn(frame(B).into_bytes()).is_none());
        turn.write();
        assert_eq!(sink.0.lock().unwrap().1, vec![frame(A).len()]);
        assert_eq!(sink.0.lock().unwrap().2, 1);
        // The writer thread writes what was queued.
        let writer = output.spawn_writer().unwrap();
        output.close();
        writer.join().unwrap();
        assert_eq!(sink.text(), frame(A) + &frame(B));
    }

    #[test]
    fn the_reader_of_input_waits_while_the_client_does_not_read_its_output() {
        // No writer thread yet (a client that does not read): frames pile up in the queue.
        let sink = Shared::default();
        let output = Output::new(sink.clone());
        for _ in 0..3 {
            output.send(frame(A).into_bytes());
        }
        // Room below a higher limit: no wait.
        output.wait_for_room(4);
        // At the limit the reader waits until the writer has taken the queue.
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        let waiting = output.clone();
        let reader = std::thread::spawn(move || {
            waiting.wait_for_room(3);
            done_tx.send(()).unwrap();
        });
        assert!(
            done_rx
                .recv_timeout(std::time::Duration::from_millis(200))
                .is_err(),
            "the reader went on while three frames waited"
        );
        let writer = output.spawn_writer().unwrap();
        done_rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the reader goes on once the writer took the queue");
        reader.join().unwrap();
        output.close();
        writer.join().unwrap();
        assert_eq!(sink.text(), frame(A).repeat(3));
        // A failed or closed output never blocks the reader.
        output.wait_for_room(0);
    }
}
