//! A guard in front of tower-lsp-server's reader.
//!
//! tower-lsp-server reads stdin through a `FramedRead`, which ends the stream after the first
//! decoding error: one message that is not JSON, or JSON that is not a JSON-RPC message, would stop
//! the server. This module re-frames the client's bytes itself, forwards every well-formed message
//! unchanged, and drops (with a logged warning) anything else: a body that is not JSON, a message
//! without `jsonrpc: "2.0"`, a request id that is neither number, string nor null, a frame without
//! `Content-Length`.

use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tracing::warn;

/// Largest message body accepted, in bytes; a larger frame is skipped.
pub const MAX_BODY: usize = 256 << 20;

/// True when `body` is a JSON-RPC 2.0 message tower-lsp-server can decode: an object with
/// `"jsonrpc": "2.0"` and either a string `method` (request or notification) or an `id` with a
/// `result` or `error` (response); any `id` a number, string or null.
pub fn is_jsonrpc_message(body: &[u8]) -> bool {
    let Ok(Value::Object(m)) = serde_json::from_slice::<Value>(body) else {
        return false;
    };
    if m.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return false;
    }
    let id_ok = match m.get("id") {
        None | Some(Value::Null | Value::Number(_) | Value::String(_)) => true,
        Some(_) => false,
    };
    let request = m.get("method").is_some_and(Value::is_string);
    let response = m.contains_key("id") && (m.contains_key("result") || m.contains_key("error"));
    id_ok && (request || response)
}

/// Copies framed messages from `input` to `output`, dropping malformed ones (see the module
/// documentation). Returns when `input` ends or `output` is closed; `output` is then shut down so
/// the server sees the end of input.
pub async fn filter<R, W>(input: R, mut output: W)
where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(input);
    let mut line = Vec::new();
    let mut body = Vec::new();
    'frames: loop {
        let mut len: Option<usize> = None;
        loop {
            line.clear();
            match reader.read_until(b'\n', &mut line).await {
                Ok(0) | Err(_) => break 'frames,
                Ok(_) => {}
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim();
            if text.is_empty() {
                if len.is_some() {
                    break;
                }
                continue;
            }
            if let Some((name, value)) = text.split_once(':') {
                if name.trim().eq_ignore_ascii_case("content-length") {
                    len = value.trim().parse().ok();
                    if len.is_none() {
                        warn!("ignoring a bad Content-Length header: {text:?}");
                    }
                }
            } else {
                warn!("ignoring a line outside any message header: {text:?}");
            }
        }
        let len = len.unwrap_or(0);
        if len > MAX_BODY {
            warn!("skipping a {len}-byte message (limit {MAX_BODY})");
            let mut rest = (&mut reader).take(len as u64);
            if tokio::io::copy(&mut rest, &mut tokio::io::sink())
                .await
                .is_err()
            {
                break;
            }
            continue;
        }
        body.resize(len, 0);
        if reader.read_exact(&mut body).await.is_err() {
            break;
        }
        if !is_jsonrpc_message(&body) {
            let shown: String = String::from_utf8_lossy(&body).chars().take(200).collect();
            warn!("dropping a malformed JSON-RPC message: {shown:?}");
            continue;
        }
        let header = format!("Content-Length: {len}\r\n\r\n");
        if output.write_all(header.as_bytes()).await.is_err()
            || output.write_all(&body).await.is_err()
            || output.flush().await.is_err()
        {
            break;
        }
    }
    let _ = output.shutdown().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    #[test]
    fn recognises_jsonrpc_messages() {
        assert!(is_jsonrpc_message(
            br#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#
        ));
        assert!(is_jsonrpc_message(br#"{"jsonrpc":"2.0","method":"exit"}"#));
        assert!(is_jsonrpc_message(
            br#"{"jsonrpc":"2.0","id":"a","result":null}"#
        ));
        assert!(!is_jsonrpc_message(b"{not json"));
        assert!(!is_jsonrpc_message(br#"{"id":1,"method":"x"}"#));
        assert!(!is_jsonrpc_message(
            br#"{"jsonrpc":"2.0","id":{},"method":"x"}"#
        ));
        assert!(!is_jsonrpc_message(br#"{"jsonrpc":"2.0","id":1}"#));
        assert!(!is_jsonrpc_message(br#"[1,2]"#));
    }

    #[tokio::test]
    async fn forwards_good_frames_and_drops_bad_ones() {
        let good1 = r#"{"jsonrpc":"2.0","method":"a","params":{"t":"قال «نص» 🚨"}}"#;
        let good2 = r#"{"jsonrpc":"2.0","id":2,"method":"b"}"#;
        let input = format!(
            "{}{}garbage line\r\n{}Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n{}",
            frame(good1),
            frame("{broken"),
            frame(r#"{"foo":1}"#),
            frame(good2)
        );
        let mut out = Vec::new();
        filter(input.as_bytes(), &mut out).await;
        assert_eq!(
            String::from_utf8(out).unwrap(),
            frame(good1) + &frame(good2)
        );
    }
}
