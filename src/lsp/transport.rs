//! A guard in front of tower-lsp-server's reader.
//!
//! tower-lsp-server reads stdin through a `FramedRead`, which ends the stream after the first
//! decoding error: one message that is not JSON, a request id that is not a 64-bit integer, a
//! duplicated field, or a header it cannot parse would stop the server. This module re-frames the
//! client's bytes itself ([`Framer`]), forwards every well-formed message with a clean
//! `Content-Length` header, and drops (with a logged warning) anything else ([`check_message`]),
//! answering with id null what JSON-RPC 2.0 says to answer: a whole body that is not JSON
//! (-32700), JSON that is no message or a rejected request (-32600) ([`rejection`]). A body the
//! framer cannot follow as one JSON value after a good header is a framing error (below): it is
//! answered with a parse error too (-32700, [`parse_error`]), since the client sent a message that
//! cannot be parsed, though where that message ends is unknown. A bad header is not answered: no
//! message was framed.
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
                                "message body ends inside its JSON value (Content-Length {len} \
                                 too small?); skipping to the next Content-Length"
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
/// present, an integer in the signed 64-bit range, a string or null. Returns `Err` with an
/// English reason otherwise.
pub fn check_message(body: &[u8]) -> Result<(), String> {
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
    Ok(())
}

/// True when `body` passes [`check_message`].
pub fn is_jsonrpc_message(body: &[u8]) -> bool {
    check_message(body).is_ok()
}

/// Frames (header and body) on their way to the client's stdout, in the order sent; see
/// [`forward_output`] and [`write_out`].
pub type Outbox = tokio::sync::mpsc::Sender<Vec<u8>>;

/// The outbox of the running server's output (see [`set_direct`]), held weakly so that the
/// writer still ends when every other sender is gone.
static DIRECT: std::sync::OnceLock<tokio::sync::mpsc::WeakSender<Vec<u8>>> =
    std::sync::OnceLock::new();

/// Lets [`direct`] hand out `outbox`, the queue of framed messages to the client that
/// [`write_out`] writes (the server's own output goes there too, through [`forward_output`]):
/// `isnad lsp` sets it once, so a publication of diagnostics goes out as one frame made on the
/// analysis thread, not through the server's client handle, its JSON value and a second framing.
/// Servers made in tests set none and publish through their client handle.
pub fn set_direct(outbox: &Outbox) {
    let _ = DIRECT.set(outbox.downgrade());
}

/// The outbox set by [`set_direct`], while the writer still runs; `None` otherwise.
pub fn direct() -> Option<Outbox> {
    DIRECT.get()?.upgrade()
}

/// The framed `textDocument/publishDiagnostics` notification (JSON-RPC 2.0) for `params`, ready
/// for [`direct`]'s outbox: the same message the server's client handle sends, serialized in one
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

/// The answer to a message that [`check_message`] rejected for `why`, framed, with id null (the
/// id of a message that cannot be read is unknown), as JSON-RPC 2.0 asks:
/// - a body that is not JSON (nor UTF-8): ParseError (-32700);
/// - JSON that is no message at all (not an object, or an object with neither a `method` nor a
///   `result` or `error`), or a request (a string `method` and an `id` member): InvalidRequest
///   (-32600).
///
/// `None` for a notification (a `method` and no `id`) or a response (`result` or `error`), which
/// are never answered.
pub fn rejection(body: &[u8], why: &str) -> Option<Vec<u8>> {
    let (code, message) = match serde_json::from_slice::<Value>(body) {
        Err(_) => (-32700, format!("parse error: {why}")),
        Ok(Value::Object(m)) => {
            let method = m.contains_key("method");
            let response = m.contains_key("result") || m.contains_key("error");
            let request = m.get("method").is_some_and(Value::is_string) && m.contains_key("id");
            if !request && (method || response) {
                return None;
            }
            (-32600, format!("invalid request: {why}"))
        }
        Ok(_) => (-32600, format!("invalid request: {why}")),
    };
    let answer = serde_json::json!({
        "jsonrpc": "2.0",
        "id": null,
        "error": {"code": code, "message": message}
    });
    Some(framed(answer.to_string().as_bytes()))
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

/// [`filter`], and each rejected request is answered through `outbox` (see [`rejection`]).
pub async fn filter_to<R, W>(mut input: R, mut output: W, outbox: Option<Outbox>)
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
            match event {
                Event::Notice(why) => warn!("client input: {why}"),
                Event::Unparsable(why) => {
                    warn!("client input: {why}");
                    if let Some(outbox) = &outbox {
                        let _ = outbox.send(parse_error(&why)).await;
                    }
                }
                Event::Message(body) => {
                    if let Err(why) = check_message(&body) {
                        warn!(
                            "dropping a malformed JSON-RPC message ({why}): {:?}",
                            shown(&body)
                        );
                        if let Some(outbox) = &outbox
                            && let Some(answer) = rejection(&body, &why)
                        {
                            let _ = outbox.send(answer).await;
                        }
                        continue;
                    }
                    let header = format!("Content-Length: {}\r\n\r\n", body.len());
                    if output.write_all(header.as_bytes()).await.is_err()
                        || output.write_all(&body).await.is_err()
                        || output.flush().await.is_err()
                    {
                        break 'read;
                    }
                }
            }
        }
    }
    if framer.pending() > 0 {
        warn!(
            "client input ended inside a message ({} byte(s) dropped)",
            framer.pending()
        );
    }
    let _ = output.shutdown().await;
}

/// Reads the server's framed messages from `server` and puts each one, whole, in `outbox`, so
/// that answers from [`filter_to`] go out between two messages, never inside one. Returns when
/// `server` ends or the outbox is closed.
pub async fn forward_output<R>(mut server: R, outbox: Outbox)
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
                    if outbox.send(framed(&body)).await.is_err() {
                        return;
                    }
                }
                Event::Notice(why) | Event::Unparsable(why) => warn!("server output: {why}"),
            }
        }
    }
}

/// Writes the frames of `frames` to `out` in order, flushing when no other frame is waiting.
/// Returns when every sender is gone (after writing what they sent) or `out` fails.
pub async fn write_out<W>(mut frames: tokio::sync::mpsc::Receiver<Vec<u8>>, mut out: W)
where
    W: AsyncWrite + Unpin,
{
    while let Some(frame) = frames.recv().await {
        if out.write_all(&frame).await.is_err() {
            return;
        }
        if frames.is_empty() && out.flush().await.is_err() {
            return;
        }
    }
    let _ = out.flush().await;
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
    fn rejected_requests_are_answered_with_id_null() {
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

    #[tokio::test]
    async fn answers_go_out_between_whole_server_messages() {
        let (tx, rx) = tokio::sync::mpsc::channel(4);
        let server_out = format!("{}{}", frame(A), frame(B));
        let mut out = Vec::new();
        let writer = write_out(rx, &mut out);
        let forward = forward_output(server_out.as_bytes(), tx.clone());
        let input = format!(
            "{}{}",
            frame(r#"{"jsonrpc":"2.0","id":1e30,"method":"x"}"#),
            frame(B)
        );
        let mut to_server = Vec::new();
        let filter = filter_to(input.as_bytes(), &mut to_server, Some(tx));
        let ((), (), ()) = tokio::join!(writer, forward, filter);
        assert_eq!(String::from_utf8(to_server).unwrap(), frame(B));
        let out = String::from_utf8(out).unwrap();
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

    #[tokio::test]
    async fn a_body_that_is_no_json_is_answered_with_a_parse_error() {
        // A request with a bare word where a value belongs: the framer drops it at that byte; the
        // client is told (-32700, id null) and the next message still goes through.
        let (tx, mut rx) = tokio::sync::mpsc::channel(4);
        let input = format!(
            "{}{}",
            frame(r#"{"jsonrpc":"2.0","id":7,"method":نعم}"#),
            frame(B)
        );
        let mut to_server = Vec::new();
        filter_to(input.as_bytes(), &mut to_server, Some(tx)).await;
        assert_eq!(String::from_utf8(to_server).unwrap(), frame(B));
        let answer = String::from_utf8(rx.recv().await.unwrap()).unwrap();
        let body = answer.split_once("\r\n\r\n").unwrap().1;
        let v: Value = serde_json::from_str(body).unwrap();
        assert_eq!(v["error"]["code"], -32700);
        assert_eq!(v["id"], Value::Null);
        assert!(rx.recv().await.is_none());
    }
}
