//! Prose ranges: which bytes of a draft are prose to be checked.
//!
//! Instead of cutting the file into pieces, isnad *masks* what is not prose: every byte of a code
//! block, inline code, front matter, HTML comment, HTML tag or URL is replaced by an ASCII space in
//! a copy of the text, while line breaks are kept. The masked copy has exactly the same length as
//! the original, so every byte offset found in it is an offset into the original file.
//!
//! Markdown is masked as a CommonMark renderer (and Hugo or Jekyll before it) would read it, so
//! that what is checked is what a reader of the rendered page sees:
//!
//! - front matter (`---` … `---`/`...`, or `+++` … `+++`) only from the first line and only when
//!   it is closed; a draft that opens with a `---` thematic break and never closes it is prose;
//! - Hugo shortcodes and Liquid tags (`{{< … >}}`, `{{% … %}}`, `{% … %}`, `{{ … }}`) are processed
//!   before the Markdown, so they are masked first, delimiters and parameters. The body of a paired
//!   shortcode (`{{% quote %}}…{{% /quote %}}`) is prose, since the site renders it as text; only
//!   the bodies of `highlight` (code shown as code) and Liquid `comment` (rendered as nothing) are
//!   masked;
//! - block structure follows CommonMark: block quotes and list items are containers, and inside
//!   them fenced code blocks (backticks or tildes, 3 or more, closed by a run at least as long, or
//!   by the end of their container), indented code blocks (4 columns, tabs at stops of 4; an
//!   indented line cannot interrupt a paragraph) and HTML blocks that start with `<script`,
//!   `<style`, `<pre>` or `<textarea` (to the line holding the end tag) are masked;
//! - inline, within a paragraph or heading: code spans (a run of n backticks is closed only by the
//!   next run of exactly n; an unmatched run is literal text), `<script>`/`<style>`/`<pre>`/
//!   `<textarea>` elements to their end tag, HTML tags and link targets.
//!
//! Every step is linear in the text: each line is read once, container nesting is capped at
//! [`MAX_NESTING`], and each search for a closing delimiter either moves past what it found or
//! is remembered as failed.

use regex::Regex;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// The format of a draft, which decides what is masked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: URLs, e-mail addresses and HTML comments are masked.
    Plain,
    /// Markdown: also front matter, shortcodes, code blocks, inline code, raw-text HTML elements,
    /// HTML tags and link targets (see the module doc).
    Markdown,
}

impl Format {
    /// The format for a file name: `.md`, `.markdown`, `.mdx` are Markdown, everything else plain.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") || lower.ends_with(".mdx") {
            Format::Markdown
        } else {
            Format::Plain
        }
    }
}

/// The deepest nesting of block quotes and list items that is followed; markers beyond it are
/// read as text. Real drafts nest a few levels; the cap keeps each line's cost bounded.
pub const MAX_NESTING: usize = 32;

// ASCII-only boundaries and classes: Unicode word boundaries would make the regex engine fall back
// to its slowest mode on Arabic text.
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:https?://|ftp://|www\.)[^\s<>\x22]+").unwrap());
static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u)[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+").unwrap()
});
static HTML_COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<!--.*?(?:-->|\z)").unwrap());
static HTML_TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>").unwrap());
static LINK_TARGET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\]\([^)\n]*\)").unwrap());
/// The start of a raw-text element (CommonMark HTML block type 1): its content is not text.
static RAW_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)<(script|style|pre|textarea)(?:>|/>|[ \t\r\n][^>]*>?|$)").unwrap()
});
/// The end tag of a raw-text element.
static RAW_CLOSE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i-u)</(script|style|pre|textarea)[ \t]*>").unwrap());
/// The closing tag of a Hugo `highlight` shortcode.
static HUGO_HIGHLIGHT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u)\{\{[<%][ \t]*/highlight[ \t]*[>%]\}\}").unwrap());
/// The closing tag of a Liquid `highlight` block.
static LIQUID_HIGHLIGHT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u)\{%-?[ \t]*endhighlight[ \t]*-?%\}").unwrap());
/// The closing tag of a Liquid `comment` block.
static LIQUID_COMMENT_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u)\{%-?[ \t]*endcomment[ \t]*-?%\}").unwrap());

/// Compiles every pattern the masking uses now rather than at its first use (each is compiled
/// once per process, about a million instructions apiece). The language server calls it while
/// the client is still starting, so the first draft it opens does not wait for them. Takes and
/// returns nothing; the masks are unchanged.
pub fn compile_patterns() {
    for re in [
        &URL,
        &EMAIL,
        &HTML_COMMENT,
        &HTML_TAG,
        &LINK_TARGET,
        &RAW_OPEN,
        &RAW_CLOSE,
        &HUGO_HIGHLIGHT_END,
        &LIQUID_HIGHLIGHT_END,
        &LIQUID_COMMENT_END,
    ] {
        LazyLock::force(re);
    }
}

/// The masked view of a draft (see the module doc), borrowing the draft when nothing in it is
/// masked.
#[derive(Clone, Debug)]
pub struct Masked<'a> {
    /// The text with non-prose bytes replaced by spaces; same byte length as the original. The
    /// draft itself (borrowed) when no byte was blanked, as in most plain-text drafts: a second
    /// copy of a 5 MB draft was 5 MB of the peak memory.
    pub text: Cow<'a, str>,
    /// The byte range (half-open) of Markdown front matter, delimiter lines included, if the draft
    /// has a closed one.
    pub front_matter: Option<Range<usize>>,
    /// Byte ranges (half-open) of HTML comments (for suppression directives), in order.
    pub comments: Vec<Range<usize>>,
}

/// True when `needle` occurs in `text`: `str::contains`, by the vectorised search of the `memchr`
/// crate (the standard one read a 57 KB draft byte by byte, five times per analysis, about a
/// fifth of the masking's cost per keystroke).
fn has(text: &str, needle: &str) -> bool {
    match needle.as_bytes() {
        [b] => memchr::memchr(*b, text.as_bytes()).is_some(),
        n => memchr::memmem::find(text.as_bytes(), n).is_some(),
    }
}

/// Blanks the bytes of `r` in `buf` (line breaks kept). `r` is clamped to the buffer.
fn blank(buf: &mut [u8], r: Range<usize>) {
    let end = r.end.min(buf.len());
    if r.start >= end {
        return;
    }
    for b in &mut buf[r.start..end] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// `buf`, a copy of `text` that [`blank`] changed only by turning whole characters into spaces,
/// as a string: `text` itself when no byte changed; else `text`'s bytes with the changed runs
/// (all spaces, between char boundaries of `text`) put in, so that only those runs are read
/// again, not the whole buffer (a draft's full UTF-8 validation was a tenth of the document
/// model's cost per keystroke). Any other `buf` (a run that is not spaces or not on char
/// boundaries, another length) is read as UTF-8, lossily: the answer is always `buf`'s bytes
/// when they are UTF-8.
fn blanked<'t>(text: &'t str, buf: &[u8]) -> Cow<'t, str> {
    let t = text.as_bytes();
    if t == buf {
        return Cow::Borrowed(text);
    }
    let lossy = || match std::str::from_utf8(buf) {
        Ok(s) => Cow::Owned(s.to_string()),
        Err(_) => Cow::Owned(String::from_utf8_lossy(buf).into_owned()),
    };
    if t.len() != buf.len() {
        return lossy();
    }
    let mut out = String::with_capacity(t.len());
    // `done`: the bytes before it are in `out`. Equal stretches are skipped 64 bytes at a time.
    let (mut done, mut i) = (0, 0);
    while i < t.len() {
        if t.get(i..i + 64)
            .is_some_and(|a| Some(a) == buf.get(i..i + 64))
        {
            i += 64;
            continue;
        }
        if t.get(i) == buf.get(i) {
            i += 1;
            continue;
        }
        // A changed run from `i` to `e`: spaces in `buf`, whole characters in `text`.
        let e = (i..t.len())
            .find(|&k| t.get(k) == buf.get(k))
            .unwrap_or(t.len());
        match (text.get(done..i), buf.get(i..e), text.get(i..e)) {
            (Some(kept), Some(run), Some(_)) if run.iter().all(|&b| b == b' ') => {
                out.push_str(kept);
                out.extend(std::iter::repeat_n(' ', e - i));
            }
            _ => return lossy(),
        }
        done = e;
        i = e;
    }
    match text.get(done..) {
        Some(rest) => out.push_str(rest),
        None => return lossy(),
    }
    Cow::Owned(out)
}

/// The byte ranges to blank in a Markdown buffer once its blocks and inline code are masked: link
/// targets (the `(...)` of `[text](target)`, after its parenthesis) and HTML tags, all found in
/// `buf` (a copy of `text` with whole characters blanked, read through [`blanked`]).
fn links_and_tags(text: &str, buf: &[u8]) -> Vec<Range<usize>> {
    let current = blanked(text, buf);
    let mut out: Vec<Range<usize>> = LINK_TARGET
        .find_iter(&current)
        .map(|m| m.start() + 1..m.end())
        .collect();
    if has(&current, "<") {
        out.extend(HTML_TAG.find_iter(&current).map(|m| m.range()));
    }
    out
}

/// Masks what is not prose in `text` (see [`Format`] and the module doc). Returns the masked copy
/// (same byte length; every offset in it is an offset into `text`), the front matter range and
/// the HTML comment ranges. Never panics; linear in the length of `text`.
///
/// Long: the order of the masking steps (front matter, blocks, comments, inline, URLs) is the contract, kept visible in one place.
pub fn mask(text: &str, format: Format) -> Masked<'_> {
    // The copy to blank, made on the first blanking (most plain-text drafts have none).
    let mut buf: Option<Vec<u8>> = None;
    let mut front_matter = None;
    let comments: Vec<Range<usize>> = if has(text, "<!--") {
        HTML_COMMENT.find_iter(text).map(|m| m.range()).collect()
    } else {
        Vec::new()
    };
    if format == Format::Markdown {
        let md = copied(&mut buf, text);
        let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        let mut body_start = bom;
        if let Some(fm) = find_front_matter(text, bom) {
            blank(md, fm.clone());
            body_start = fm.end;
            front_matter = Some(fm);
        }
        // Shortcodes and Liquid tags are expanded before the Markdown is read: mask them, and let
        // the block reader see them as ordinary (non-blank) text.
        let shortcodes = find_shortcodes(text, body_start);
        let view: Cow<str> = if shortcodes.is_empty() {
            Cow::Borrowed(text)
        } else {
            let mut v = text.as_bytes().to_vec();
            for r in &shortcodes {
                blank(md, r.clone());
                for b in &mut v[r.clone()] {
                    if *b != b'\n' && *b != b'\r' {
                        *b = b'x';
                    }
                }
            }
            // Every range starts and ends at an ASCII delimiter, so whole characters were replaced
            // by ASCII bytes and the copy is still UTF-8.
            Cow::Owned(
                String::from_utf8(v)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            )
        };
        let view: &str = if view.len() == text.len() {
            &view
        } else {
            text
        };
        let regions = mask_blocks(view, body_start, md);
        mask_inline(view, &regions, &comments, md);
        // Link targets and HTML tags are both found in the buffer as it is now, then blanked.
        for r in links_and_tags(text, md) {
            blank(md, r);
        }
    }
    for r in &comments {
        blank(copied(&mut buf, text), r.clone());
    }
    if has(text, "://") || has(text, "www.") || has(text, "WWW.") {
        for m in URL.find_iter(text) {
            // Stop a URL before closing Arabic quotation marks and guillemets.
            let end = m
                .as_str()
                .find(['«', '»', '“', '”'])
                .map_or(m.end(), |i| m.start() + i);
            blank(copied(&mut buf, text), m.start()..end);
        }
    }
    if has(text, "@") {
        for m in EMAIL.find_iter(text) {
            blank(copied(&mut buf, text), m.range());
        }
    }
    // Only whole UTF-8 sequences were blanked (every range above lies on char boundaries), so the
    // buffer is still valid UTF-8.
    // Nothing blanked (most plain-text drafts): the text itself, borrowed, neither copied nor
    // checked again.
    let text = match buf {
        Some(buf) => blanked(text, &buf),
        None => Cow::Borrowed(text),
    };
    Masked {
        text,
        front_matter,
        comments,
    }
}

/// The copy of `text` that `mask` blanks in `buf`, made on first use.
fn copied<'b>(buf: &'b mut Option<Vec<u8>>, text: &str) -> &'b mut Vec<u8> {
    buf.get_or_insert_with(|| text.as_bytes().to_vec())
}

/// The lines of `text` from byte `from`: (start, end of content without `\r\n`/`\n`, end with
/// the line break), all byte offsets.
fn lines_from(text: &str, from: usize) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let b = text.as_bytes();
    let mut pos = from.min(b.len());
    std::iter::from_fn(move || {
        if pos >= b.len() {
            return None;
        }
        let start = pos;
        let nl = memchr::memchr(b'\n', &b[start..]);
        let full = nl.map_or(b.len(), |i| start + i + 1);
        let mut end = nl.map_or(b.len(), |i| start + i);
        if end > start && b[end - 1] == b'\r' {
            end -= 1;
        }
        pos = full;
        Some((start, end, full))
    })
}

/// Front matter: a first line (after the BOM, at byte `bom`) of `---` or `+++`, up to and
/// including the next line of `---`/`...` (YAML) or `+++` (TOML). Trailing spaces are allowed on
/// both lines. `None` when the draft does not open that way or the block is never closed.
fn find_front_matter(text: &str, bom: usize) -> Option<Range<usize>> {
    let mut lines = lines_from(text, bom);
    let (s, e, _) = lines.next()?;
    let first = text.get(s..e)?.trim_end_matches([' ', '\t']);
    if first != "---" && first != "+++" {
        return None;
    }
    for (s, e, full) in lines {
        let t = text.get(s..e)?.trim_end_matches([' ', '\t']);
        if t == first || (first == "---" && t == "...") {
            return Some(bom..full);
        }
    }
    None
}

/// Start offsets of whitespace-only lines from byte `from`, in order.
fn blank_lines(text: &str, from: usize) -> Vec<usize> {
    lines_from(text, from)
        .filter(|&(s, e, _)| {
            text.as_bytes()[s..e]
                .iter()
                .all(|&c| c == b' ' || c == b'\t')
        })
        .map(|(s, _, _)| s)
        .collect()
}

/// Hugo shortcodes and Liquid tags from byte `from`: byte ranges (half-open, in order) to mask.
/// A tag must close before the next blank line, or it is text. The bodies of `highlight`
/// (Hugo or Liquid) and Liquid `comment` are masked with their tags when their closing tag exists.
///
/// Long: one scan for opening tags whose cases (Hugo, Liquid, paired bodies) share the position and the blank-line limit.
fn find_shortcodes(text: &str, from: usize) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    if !text
        .get(from..)
        .is_some_and(|t| has(t, "{{") || has(t, "{%"))
    {
        return out;
    }
    let blanks = blank_lines(text, from);
    // Per closing delimiter: the last closer found (start offset), or None once none is left.
    const CLOSERS: [&str; 4] = [">}}", "%}}", "%}", "}}"];
    let mut found: [Option<Option<usize>>; 4] = [None; 4];
    let mut ends: FxHashMap<u8, Vec<Range<usize>>> = FxHashMap::default();
    let mut i = from;
    while i < b.len() {
        let Some(off) = b[i..].iter().position(|&c| c == b'{') else {
            break;
        };
        let p = i + off;
        let rest = &b[p..];
        let (kind, open_len) = if rest.starts_with(b"{{<") {
            (0, 3)
        } else if rest.starts_with(b"{{%") {
            (1, 3)
        } else if rest.starts_with(b"{%") {
            (2, 2)
        } else if rest.starts_with(b"{{") {
            (3, 2)
        } else {
            i = p + 1;
            continue;
        };
        let search = p + open_len;
        let closer = match found[kind] {
            Some(Some(c)) if c >= search => Some(c),
            Some(None) => None,
            _ => {
                let c = text
                    .get(search..)
                    .and_then(|t| t.find(CLOSERS[kind]))
                    .map(|c| search + c);
                found[kind] = Some(c);
                c
            }
        };
        let next_blank = blanks[blanks.partition_point(|&s| s <= p)..]
            .first()
            .copied()
            .unwrap_or(b.len());
        let Some(c) = closer.filter(|&c| c < next_blank) else {
            i = p + 1;
            continue;
        };
        let mut end = c + CLOSERS[kind].len();
        // A paired shortcode whose body is not text.
        let inner = text.get(search..c).unwrap_or("");
        let name = inner
            .trim_start_matches(|ch: char| {
                ch == '-' || ch == '/' || ch == '*' || ch.is_whitespace()
            })
            .split(|ch: char| !ch.is_ascii_alphanumeric() && ch != '_')
            .next()
            .unwrap_or("");
        let body_end: Option<(u8, &LazyLock<Regex>)> = match (kind, name) {
            (0 | 1, "highlight") if !inner.trim_start().starts_with('/') => {
                Some((0, &HUGO_HIGHLIGHT_END))
            }
            (2, "highlight") => Some((1, &LIQUID_HIGHLIGHT_END)),
            (2, "comment") => Some((2, &LIQUID_COMMENT_END)),
            _ => None,
        };
        if let Some((key, re)) = body_end {
            let list = ends
                .entry(key)
                .or_insert_with(|| re.find_iter(text).map(|m| m.range()).collect());
            if let Some(r) = list.get(list.partition_point(|r| r.start < end)) {
                end = r.end;
            }
        }
        out.push(p..end);
        i = end;
    }
    out
}

/// A block container being read (CommonMark: block quote or list item).
#[derive(Clone, Copy, Debug)]
enum Container {
    Quote,
    /// A list item; `indent` columns (from the parent's content) carry a line into it.
    Item {
        indent: usize,
    },
}

/// The leaf block open at the end of the previous line.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Leaf {
    None,
    /// A paragraph, as its byte range so far.
    Paragraph {
        start: usize,
        end: usize,
    },
    /// A fenced code block opened by `len` of `ch`.
    Fenced {
        ch: u8,
        len: usize,
    },
    Indented,
    /// An HTML block that ends at a line holding `-->` (`comment`) or a raw-text end tag.
    Html {
        comment: bool,
    },
}

/// A position in a line: byte `pos` at real column `pcol`; `col` columns are consumed (less than
/// `pcol` only when a tab was partly consumed).
struct Cursor<'a> {
    b: &'a [u8],
    pos: usize,
    end: usize,
    col: usize,
    pcol: usize,
}

impl Cursor<'_> {
    /// Byte offset and column of the first non-space, non-tab byte (or the line end).
    fn next_nonspace(&self) -> (usize, usize) {
        let (mut j, mut c) = (self.pos, self.pcol);
        while j < self.end && matches!(self.b[j], b' ' | b'\t') {
            c += if self.b[j] == b'\t' { 4 - c % 4 } else { 1 };
            j += 1;
        }
        (j, c)
    }

    fn indent(&self) -> usize {
        self.next_nonspace().1.saturating_sub(self.col)
    }

    fn is_blank(&self) -> bool {
        self.next_nonspace().0 >= self.end
    }

    /// Consumes `n` columns of spaces and tabs (part of a tab when it spans more).
    fn advance_columns(&mut self, n: usize) {
        let target = self.col + n;
        while self.pcol < target && self.pos < self.end && matches!(self.b[self.pos], b' ' | b'\t')
        {
            let w = if self.b[self.pos] == b'\t' {
                4 - self.pcol % 4
            } else {
                1
            };
            if self.pcol + w > target {
                break;
            }
            self.pcol += w;
            self.pos += 1;
        }
        let partial = self.pos < self.end && self.b[self.pos] == b'\t' && self.pcol < target;
        self.col = if partial { target } else { self.pcol };
    }

    fn advance_to(&mut self, pos: usize, col: usize) {
        self.pos = pos;
        self.pcol = col;
        self.col = col;
    }

    /// Consumes one optional space or tab column (after `>` or a list marker).
    fn optional_space(&mut self) {
        if self.pos < self.end && matches!(self.b[self.pos], b' ' | b'\t') {
            self.advance_columns(1);
        }
    }
}

/// A fence opening at `nn` (backticks or tildes, 3 or more; a backtick fence's info string has
/// no backtick): the fence character and run length.
fn fence_open(b: &[u8], nn: usize, end: usize) -> Option<(u8, usize)> {
    let ch = *b.get(nn)?;
    if ch != b'`' && ch != b'~' {
        return None;
    }
    let n = b[nn..end].iter().take_while(|&&c| c == ch).count();
    if n < 3 || (ch == b'`' && b[nn + n..end].contains(&b'`')) {
        return None;
    }
    Some((ch, n))
}

/// Whether `b[nn..end]` is a run of `ch` (at least `min` long) followed only by spaces and tabs.
fn run_line(b: &[u8], nn: usize, end: usize, ch: u8, min: usize) -> bool {
    let n = b[nn..end].iter().take_while(|&&c| c == ch).count();
    n >= min && b[nn + n..end].iter().all(|&c| c == b' ' || c == b'\t')
}

/// A thematic break: 3 or more of `*`, `-` or `_` (one kind), spaces and tabs between.
fn thematic_break(b: &[u8], nn: usize, end: usize) -> bool {
    let ch = b[nn];
    if !matches!(ch, b'*' | b'-' | b'_') {
        return false;
    }
    let line = &b[nn..end];
    line.iter().all(|&c| c == ch || c == b' ' || c == b'\t')
        && line.iter().filter(|&&c| c == ch).count() >= 3
}

/// An ATX heading marker (1 to 6 `#` then a space, a tab or the line end).
fn atx_heading(b: &[u8], nn: usize, end: usize) -> bool {
    let n = b[nn..end].iter().take_while(|&&c| c == b'#').count();
    (1..=6).contains(&n) && (nn + n == end || matches!(b[nn + n], b' ' | b'\t'))
}

/// A list marker at `nn`: (marker length in bytes, whether it is an ordered marker not starting
/// at 1). Bullets `-`, `+`, `*`; ordered 1 to 9 digits then `.` or `)`. It must be followed by a
/// space, a tab or the line end.
fn list_marker(b: &[u8], nn: usize, end: usize) -> Option<(usize, bool)> {
    let (len, not_one) = match b[nn] {
        b'-' | b'+' | b'*' => (1, false),
        b'0'..=b'9' => {
            let digits = b[nn..end].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 9 || !matches!(b.get(nn + digits), Some(b'.' | b')')) {
                return None;
            }
            let one = b[nn..nn + digits].iter().rev().skip(1).all(|&c| c == b'0')
                && b[nn + digits - 1] == b'1';
            (digits + 1, !one)
        }
        _ => return None,
    };
    if nn + len < end && !matches!(b[nn + len], b' ' | b'\t') {
        return None;
    }
    Some((len, not_one))
}

/// The start of a CommonMark HTML block of type 1 (`<script`, `<pre`, `<style`, `<textarea`) or
/// 2 (`<!--`) at `nn`: `Some(true)` for a comment.
fn html_block_start(b: &[u8], nn: usize, end: usize) -> Option<bool> {
    let rest = &b[nn..end];
    if rest.starts_with(b"<!--") {
        return Some(true);
    }
    for name in [&b"script"[..], b"pre", b"style", b"textarea"] {
        let n = name.len() + 1;
        if rest.len() >= n
            && rest[1..n].eq_ignore_ascii_case(name)
            && rest
                .get(n)
                .is_none_or(|&c| matches!(c, b' ' | b'\t' | b'>'))
        {
            return Some(false);
        }
    }
    None
}

/// Reads an HTML block line from byte `from` to `end` (the line starts at `start`): masks it
/// when it is a raw-text block, up to the end tag when the line holds one. Returns whether the
/// block ends on this line.
fn html_line(
    view: &str,
    start: usize,
    from: usize,
    end: usize,
    comment: bool,
    buf: &mut [u8],
) -> bool {
    let line = view.get(from..end).unwrap_or("");
    if comment {
        return line.contains("-->");
    }
    match RAW_CLOSE.find(line) {
        Some(m) => {
            blank(buf, start..from + m.end());
            true
        }
        None => {
            blank(buf, start..end);
            false
        }
    }
}

/// Reads the block structure of `view` from byte `from` (CommonMark containers and leaves), masks
/// code blocks and raw-text HTML blocks in `buf`, and returns the byte ranges of paragraphs and
/// headings (where inline markup is read), in order.
///
/// Long: one CommonMark block reader: the open containers, the current leaf and the cursor are shared by every line, so its cases stay together in one loop.
fn mask_blocks(view: &str, from: usize, buf: &mut [u8]) -> Vec<Range<usize>> {
    let b = view.as_bytes();
    let mut regions = Vec::new();
    let mut containers: Vec<Container> = Vec::new();
    let mut leaf = Leaf::None;
    // Closes the open leaf (recording a paragraph) and the containers past `keep`.
    fn close(
        containers: &mut Vec<Container>,
        keep: usize,
        leaf: &mut Leaf,
        regions: &mut Vec<Range<usize>>,
    ) {
        containers.truncate(keep);
        if let Leaf::Paragraph { start, end } = *leaf {
            regions.push(start..end);
        }
        *leaf = Leaf::None;
    }
    for (start, end, _) in lines_from(view, from) {
        let mut cur = Cursor {
            b,
            pos: start,
            end,
            col: 0,
            pcol: 0,
        };
        let mut matched = 0;
        while matched < containers.len() {
            match containers[matched] {
                Container::Quote => {
                    let (nn, nc) = cur.next_nonspace();
                    if nc.saturating_sub(cur.col) > 3 || nn >= end || b[nn] != b'>' {
                        break;
                    }
                    cur.advance_to(nn + 1, nc + 1);
                    cur.optional_space();
                }
                Container::Item { indent } => {
                    if cur.is_blank() {
                    } else if cur.indent() >= indent {
                        cur.advance_columns(indent);
                    } else {
                        break;
                    }
                }
            }
            matched += 1;
        }
        let all_matched = matched == containers.len();
        if all_matched {
            match leaf {
                Leaf::Fenced { ch, len } => {
                    blank(buf, start..end);
                    let (nn, nc) = cur.next_nonspace();
                    if nc.saturating_sub(cur.col) <= 3 && run_line(b, nn, end, ch, len) {
                        leaf = Leaf::None;
                    }
                    continue;
                }
                Leaf::Indented => {
                    if cur.is_blank() || cur.indent() >= 4 {
                        blank(buf, start..end);
                        continue;
                    }
                    leaf = Leaf::None;
                }
                Leaf::Html { comment } => {
                    if html_line(view, start, start, end, comment, buf) {
                        leaf = Leaf::None;
                    }
                    continue;
                }
                Leaf::Paragraph { .. } if cur.is_blank() => {
                    close(&mut containers, matched, &mut leaf, &mut regions);
                    continue;
                }
                _ => {}
            }
        } else if !matches!(leaf, Leaf::Paragraph { .. }) {
            // Only a paragraph takes lazy continuation lines: anything else ends with its container.
            close(&mut containers, matched, &mut leaf, &mut regions);
        }
        // New block starts.
        let mut handled = false;
        loop {
            let (nn, nc) = cur.next_nonspace();
            if nn >= end {
                break;
            }
            let ind = nc.saturating_sub(cur.col);
            if ind >= 4 {
                if matches!(leaf, Leaf::Paragraph { .. }) {
                    break; // an indented line cannot interrupt a paragraph
                }
                close(&mut containers, matched, &mut leaf, &mut regions);
                leaf = Leaf::Indented;
                blank(buf, start..end);
                handled = true;
                break;
            }
            let c = b[nn];
            let paragraph_here = all_matched && matches!(leaf, Leaf::Paragraph { .. });
            if c == b'>' {
                if containers.len() >= MAX_NESTING && matched == containers.len() {
                    break;
                }
                close(&mut containers, matched, &mut leaf, &mut regions);
                containers.push(Container::Quote);
                matched = containers.len();
                cur.advance_to(nn + 1, nc + 1);
                cur.optional_space();
                continue;
            }
            if let Some((ch, len)) = fence_open(b, nn, end) {
                close(&mut containers, matched, &mut leaf, &mut regions);
                leaf = Leaf::Fenced { ch, len };
                blank(buf, start..end);
                handled = true;
                break;
            }
            if let Some(comment) = html_block_start(b, nn, end) {
                close(&mut containers, matched, &mut leaf, &mut regions);
                let skip = if comment { 4 } else { 1 };
                leaf = if html_line(view, start, nn + skip, end, comment, buf) {
                    Leaf::None
                } else {
                    Leaf::Html { comment }
                };
                handled = true;
                break;
            }
            if c == b'#' && atx_heading(b, nn, end) {
                close(&mut containers, matched, &mut leaf, &mut regions);
                regions.push(nn..end);
                handled = true;
                break;
            }
            if paragraph_here && (c == b'=' || c == b'-') && run_line(b, nn, end, c, 1) {
                // A setext heading underline: the paragraph above is the heading.
                close(&mut containers, matched, &mut leaf, &mut regions);
                handled = true;
                break;
            }
            if thematic_break(b, nn, end) {
                close(&mut containers, matched, &mut leaf, &mut regions);
                handled = true;
                break;
            }
            if let Some((len, not_one)) = list_marker(b, nn, end) {
                if containers.len() >= MAX_NESTING && matched == containers.len() {
                    break;
                }
                let after = nn + len;
                let (sp, sc) = {
                    let probe = Cursor {
                        b,
                        pos: after,
                        end,
                        col: nc + len,
                        pcol: nc + len,
                    };
                    probe.next_nonspace()
                };
                let empty = sp >= end;
                if paragraph_here && (empty || not_one) {
                    break; // cannot interrupt a paragraph
                }
                close(&mut containers, matched, &mut leaf, &mut regions);
                let spaces = sc - (nc + len);
                let padding = if empty || spaces > 4 {
                    cur.advance_to(after, nc + len);
                    if !empty {
                        cur.advance_columns(1);
                    }
                    len + 1
                } else {
                    cur.advance_to(sp, sc);
                    len + spaces
                };
                containers.push(Container::Item {
                    indent: ind + padding,
                });
                matched = containers.len();
                continue;
            }
            break;
        }
        if handled {
            continue;
        }
        let (nn, _) = cur.next_nonspace();
        if nn >= end {
            close(&mut containers, matched, &mut leaf, &mut regions);
        } else if let Leaf::Paragraph { end: e, .. } = &mut leaf {
            *e = end; // continuation, lazy when containers were left unmatched
        } else {
            close(&mut containers, matched, &mut leaf, &mut regions);
            leaf = Leaf::Paragraph { start: nn, end };
        }
    }
    close(&mut containers, 0, &mut leaf, &mut regions);
    regions
}

/// A backtick run in a paragraph: where it stands and how it counts as an opener (one shorter
/// when its first backtick is escaped by a backslash).
struct Run {
    start: usize,
    end: usize,
    open_start: usize,
}

/// Masks inline code spans and raw-text elements (`<script>` … `</script>` and the like) inside
/// each region (paragraphs and headings of `view`), reading left to right: whichever of a code
/// span, an HTML comment (`comments`) or a raw-text element starts first wins.
///
/// Long: one left-to-right scan in which a code span, a comment and a raw-text element compete for the same position.
fn mask_inline(view: &str, regions: &[Range<usize>], comments: &[Range<usize>], buf: &mut [u8]) {
    let b = view.as_bytes();
    // One vectorised byte search each ([`has`]; `str::contains` with a `char` reads the whole
    // text byte by byte in the standard library's slower loop).
    let has_tick = has(view, "`");
    let has_raw = has(view, "<");
    if !has_tick && !has_raw {
        return;
    }
    let mut runs: Vec<Run> = Vec::new();
    let mut next: Vec<Option<usize>> = Vec::new();
    let mut last: FxHashMap<usize, usize> = FxHashMap::default();
    let mut raws: Vec<(Range<usize>, Option<usize>)> = Vec::new();
    for region in regions {
        let Some(text) = view.get(region.clone()) else {
            continue;
        };
        runs.clear();
        if has_tick {
            let mut i = region.start;
            while i < region.end {
                if b[i] != b'`' {
                    i += 1;
                    continue;
                }
                let mut j = i;
                while j < region.end && b[j] == b'`' {
                    j += 1;
                }
                let slashes = b[region.start..i]
                    .iter()
                    .rev()
                    .take_while(|&&c| c == b'\\')
                    .count();
                let open_start = if slashes % 2 == 1 { i + 1 } else { i };
                runs.push(Run {
                    start: i,
                    end: j,
                    open_start,
                });
                i = j;
            }
        }
        // For each run, the next run whose full length equals its opener length.
        next.clear();
        next.resize(runs.len(), None);
        last.clear();
        for k in (0..runs.len()).rev() {
            let r = &runs[k];
            next[k] = last.get(&(r.end - r.open_start)).copied();
            last.insert(r.end - r.start, k);
        }
        raws.clear();
        if has_raw && text.contains('<') {
            // End tags by element, each list in order; one pointer per element moves forward as
            // the openers do, so each region is read once.
            let mut ends: [Vec<Range<usize>>; 4] = Default::default();
            for c in RAW_CLOSE.captures_iter(text) {
                if let (Some(all), Some(n)) = (c.get(0), c.get(1)) {
                    ends[raw_kind(n.as_str())]
                        .push(region.start + all.start()..region.start + all.end());
                }
            }
            let mut at = [0usize; 4];
            for c in RAW_OPEN.captures_iter(text) {
                let (Some(all), Some(n)) = (c.get(0), c.get(1)) else {
                    continue;
                };
                let open = region.start + all.start()..region.start + all.end();
                let k = raw_kind(n.as_str());
                while at[k] < ends[k].len() && ends[k][at[k]].start < open.end {
                    at[k] += 1;
                }
                raws.push((open, ends[k].get(at[k]).map(|r| r.end)));
            }
        }
        let mut ci = comments.partition_point(|c| c.end <= region.start);
        let (mut ri, mut wi) = (0, 0);
        let mut pos = region.start;
        loop {
            while ri < runs.len() && runs[ri].end <= pos {
                ri += 1;
            }
            while wi < raws.len() && raws[wi].0.start < pos {
                wi += 1;
            }
            while ci < comments.len() && comments[ci].start < pos {
                ci += 1;
            }
            let tick = runs.get(ri).map(|r| r.open_start);
            let raw = raws.get(wi).map(|r| r.0.start);
            let com = comments
                .get(ci)
                .map(|c| c.start)
                .filter(|&s| s < region.end);
            let first = [tick, raw, com].into_iter().flatten().min();
            let Some(at) = first else { break };
            if com == Some(at) {
                pos = comments[ci].end;
            } else if tick == Some(at) {
                let r = &runs[ri];
                match next[ri] {
                    Some(k) if r.end > r.open_start => {
                        blank(buf, r.open_start..runs[k].end);
                        pos = runs[k].end;
                    }
                    _ => pos = r.end,
                }
            } else {
                let (open, close) = &raws[wi];
                match close {
                    Some(c) => {
                        blank(buf, open.start..*c);
                        pos = *c;
                    }
                    None => pos = open.end,
                }
            }
        }
    }
}

/// The index (0 to 3) of a raw-text element name: script, style, pre, textarea (ASCII case
/// ignored).
fn raw_kind(name: &str) -> usize {
    ["script", "style", "pre", "textarea"]
        .iter()
        .position(|n| n.eq_ignore_ascii_case(name))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn has_is_contains() {
        let text = "قال: «نص» <!-- x --> http://a.b www. @ {{ {% <";
        for needle in [
            "<!--", "://", "www.", "WWW.", "@", "{{", "{%", "<", "«", "x", "y",
        ] {
            assert_eq!(has(text, needle), text.contains(needle), "{needle}");
            assert!(!has("", needle));
        }
        assert!(!has(text, "WWW.") && has(text, "<!--"));
    }

    #[test]
    fn a_blanked_copy_reads_as_the_bytes_it_holds() {
        // Whole characters blanked (Arabic, ASCII, a run at the very start and at the end): the
        // string is the buffer's bytes; a buffer changed otherwise is read as UTF-8 all the same.
        let text = "قال «الوزير» في [بيان](http://x.y) اليوم\nسطر`رمز`";
        let mut buf = text.as_bytes().to_vec();
        assert!(matches!(blanked(text, &buf), Cow::Borrowed(t) if t == text));
        let ranges = [
            0..4,
            text.find('«').unwrap()..text.find('«').unwrap() + 2,
            text.find('(').unwrap()..text.find(')').unwrap(),
            text.len() - 8..text.len(),
        ];
        for r in ranges {
            blank(&mut buf, r);
            let got = blanked(text, &buf);
            assert_eq!(got.as_bytes(), &buf[..]);
            assert!(matches!(got, Cow::Owned(_)));
        }
        // A byte changed to something other than a space, and a split character.
        let mut other = buf.clone();
        other[4] = b'x';
        assert_eq!(blanked(text, &other), String::from_utf8_lossy(&other));
        let mut split = text.as_bytes().to_vec();
        split[0] = b' ';
        assert_eq!(blanked(text, &split), String::from_utf8_lossy(&split));
    }

    /// The Markdown-masked copy of `src`.
    fn md(src: &str) -> String {
        mask(src, Format::Markdown).text.into_owned()
    }

    #[test]
    fn a_draft_with_nothing_to_mask_is_borrowed_not_copied() {
        let src = "قال الوزير إن المحادثات مستمرة.";
        assert!(matches!(mask(src, Format::Plain).text, Cow::Borrowed(t) if t == src));
        let with_url = "راجع https://example.com اليوم.";
        let m = mask(with_url, Format::Plain);
        assert!(matches!(m.text, Cow::Owned(_)));
        let blank = " ".repeat("https://example.com".len());
        assert_eq!(m.text, format!("راجع {blank} اليوم."));
    }

    /// `s` with every byte blanked but line breaks: what a masked stretch looks like.
    fn sp(s: &str) -> String {
        s.bytes()
            .map(|b| {
                if b == b'\n' || b == b'\r' {
                    b as char
                } else {
                    ' '
                }
            })
            .collect()
    }

    #[test]
    fn masks_markdown_code_and_urls_keeping_offsets() {
        let src =
            "---\ncredit: سانا\n---\nقال «نص» `«كود»` https://x.y/«a»\n```\n«بلا إغلاق\n```\nنهاية\n";
        let m = mask(src, Format::Markdown);
        assert_eq!(m.text.len(), src.len());
        assert!(m.front_matter.is_some());
        assert!(!m.text.contains("credit"));
        assert!(m.text.contains("قال «نص»"));
        assert!(!m.text.contains("كود"));
        assert!(!m.text.contains("بلا إغلاق"));
        assert!(m.text.contains("نهاية"));
        assert_eq!(m.text.matches('\n').count(), src.matches('\n').count());
    }

    #[test]
    fn plain_text_masks_comments_and_urls_only() {
        let src = "نص <!-- isnad-disable name-variant --> `كود` www.example.com";
        let m = mask(src, Format::Plain);
        assert!(m.text.contains("`كود`"));
        assert!(!m.text.contains("isnad-disable"));
        assert!(!m.text.contains("example"));
        assert_eq!(m.comments.len(), 1);
    }

    #[test]
    fn plain_text_keeps_every_markdown_construct_as_prose() {
        let src = "---\nقال «أ»\n---\n    «ب»\n```\n«ج»\n```\n<script>«د»</script>\n{{< tweet >}} `«هـ»`\n";
        let m = mask(src, Format::Plain);
        assert_eq!(m.text, src);
        assert_eq!(m.front_matter, None);
    }

    #[test]
    fn closed_front_matter_is_masked() {
        let fm = "---\ncredit: سانا\nالعنوان: خبر\n...\n";
        let src = format!("{fm}قال «نص»\n");
        let m = mask(&src, Format::Markdown);
        assert_eq!(m.text, format!("{}قال «نص»\n", sp(fm)));
        assert_eq!(m.front_matter, Some(0..fm.len()));

        let toml = "+++ \r\ntitle = \"خبر\"\n+++\n";
        let src = format!("\u{FEFF}{toml}نص\n");
        let m = mask(&src, Format::Markdown);
        assert_eq!(m.front_matter, Some(3..3 + toml.len()));
        assert_eq!(m.text, format!("\u{FEFF}{}نص\n", sp(toml)));
    }

    #[test]
    fn unclosed_front_matter_is_a_thematic_break_and_prose() {
        let src = "---\nقال الوزير «إن الخطة جاهزة».\n\nوأضاف أن العمل بدأ.\n";
        let m = mask(src, Format::Markdown);
        assert_eq!(m.front_matter, None);
        assert_eq!(m.text, src);
        // A `+++` opener closed only by `---` is not closed either.
        let src = "+++\nنص «أ»\n---\n";
        assert_eq!(mask(src, Format::Markdown).front_matter, None);
        assert_eq!(md(src), src);
        // Front matter starts at the first line only.
        let src = "نص\n---\na: b\n---\n";
        assert_eq!(mask(src, Format::Markdown).front_matter, None);
    }

    #[test]
    fn indented_code_blocks_are_masked() {
        let code = "    «قال أحد» = 1\n\t«تبويب»\n";
        let src = format!("قال الوزير:\n\n{code}نص بعده\n");
        assert_eq!(md(&src), format!("قال الوزير:\n\n{}نص بعده\n", sp(code)));
        // At the start of the draft and after a heading, no blank line is needed.
        let src = "    «كود»\n# عنوان\n    «كود ثان»\n";
        assert_eq!(
            md(src),
            format!("{}\n# عنوان\n{}\n", sp("    «كود»"), sp("    «كود ثان»"))
        );
    }

    #[test]
    fn three_spaces_and_paragraph_continuations_are_not_code() {
        let src = "   «نص بثلاث مسافات»\n";
        assert_eq!(md(src), src);
        // An indented line cannot interrupt a paragraph: it is the paragraph's text.
        let src = "قال الوزير\n    «إن الخطة جاهزة»\n";
        assert_eq!(md(src), src);
        // Nor can it interrupt a paragraph lazily continued in a block quote.
        let src = "> قال الوزير\n    «إن الخطة جاهزة»\n";
        assert_eq!(md(src), src);
    }

    #[test]
    fn fences_in_list_items_and_block_quotes_are_masked() {
        let fence = "  ```\n  «كود»\n\n  ```\n";
        let src = format!("- بند\n\n{fence}- بند ثان\n");
        assert_eq!(md(&src), format!("- بند\n\n{}- بند ثان\n", sp(fence)));
        // Content column 4 (`1.` and two spaces): a fence indented 4 spaces is still a fence.
        let fence = "    ~~~ نص\n    «كود»\n    ~~~~\n";
        let src = format!("1.  بند\n\n{fence}نص\n");
        assert_eq!(md(&src), format!("1.  بند\n\n{}نص\n", sp(fence)));
        // A fence inside a block quote, and one that its quote's end closes.
        let fence = "> ```\n> «كود»\n> ```\n";
        let src = format!("> قال\n{fence}> «نص»\n");
        assert_eq!(md(&src), format!("> قال\n{}> «نص»\n", sp(fence)));
        let src = "> ```\n> «كود»\n«نص»\n";
        assert_eq!(md(src), format!("{}«نص»\n", sp("> ```\n> «كود»\n")));
        // A fence inside a list item ends with the item.
        let src = "- ```\n  «كود»\n«نص»\n";
        assert_eq!(md(src), format!("{}«نص»\n", sp("- ```\n  «كود»\n")));
    }

    #[test]
    fn a_fence_closes_only_with_a_run_as_long_of_its_own_character() {
        let block = "````\n«أ»\n```\n~~~~\n«ب»\n````\n";
        let src = format!("{block}نص\n");
        assert_eq!(md(&src), format!("{}نص\n", sp(block)));
        // A fence indented 4 columns at the top level is indented code, not a fence; an
        // unclosed fence runs to the end of the draft.
        let src = "نص\n\n~~~\n«أ»\n    ~~~\n«ب»";
        assert_eq!(md(src), format!("نص\n\n{}", sp("~~~\n«أ»\n    ~~~\n«ب»")));
        // A backtick in a backtick fence's info string: not a fence, and the lone runs are text.
        let src = "``` a`b\n«نص»\n";
        assert_eq!(md(src), src);
    }

    #[test]
    fn raw_text_html_blocks_are_masked_to_their_end_tag() {
        let script = "<script>\nvar s = \"«قال أحد»\";\n</script>";
        let src = format!("قبل\n{script} بعد\n");
        assert_eq!(md(&src), format!("قبل\n{} بعد\n", sp(script)));
        let style = "<STYLE type=\"text/css\">\np::before { content: \"«أ»\" }\n</Style>";
        let src = format!("{style}\nنص\n");
        assert_eq!(md(&src), format!("{}\nنص\n", sp(style)));
        let pre = "  <pre>«أ»\n\n«ب»</pre>";
        let src = format!("{pre}\n");
        assert_eq!(md(&src), format!("{}\n", sp(pre)));
        // An unclosed one ends with its container (here the block quote).
        let src = "> <script>\n> «أ»\n\nنص «ب»\n";
        assert_eq!(md(src), format!("{}\nنص «ب»\n", sp("> <script>\n> «أ»\n")));
        // `<scripts>` is another tag: only the tag is masked.
        let src = "<scripts>«نص»\n";
        assert_eq!(md(src), format!("{}«نص»\n", sp("<scripts>")));
    }

    #[test]
    fn inline_raw_text_elements_are_masked() {
        let el = "<script>f(\"«أ»\")</script>";
        let src = format!("قال «نص» {el} انتهى\n");
        assert_eq!(md(&src), format!("قال «نص» {} انتهى\n", sp(el)));
        // Unclosed inline: only the tag.
        let src = "قال «نص» <style> «ب»\n";
        assert_eq!(md(src), format!("قال «نص» {} «ب»\n", sp("<style>")));
    }

    #[test]
    fn shortcodes_and_liquid_tags_are_masked_and_paired_bodies_are_prose() {
        let tweet = "{{< tweet user=\"سانا\" id=\"12\" >}}";
        let src = format!("{tweet}\nقال «نص»\n");
        assert_eq!(md(&src), format!("{}\nقال «نص»\n", sp(tweet)));
        let (open, close) = ("{{% quote author=\"أ\" %}}", "{{% /quote %}}");
        let src = format!("{open}«نص مقتبس»{close}\n");
        assert_eq!(md(&src), format!("{}«نص مقتبس»{}\n", sp(open), sp(close)));
        let src = "{% include x.html %} نص {{ page.title }} و{{ 'أ' | upcase }}\n";
        assert_eq!(
            md(src),
            format!(
                "{} نص {} و{}\n",
                sp("{% include x.html %}"),
                sp("{{ page.title }}"),
                sp("{{ 'أ' | upcase }}")
            )
        );
        // Code shown as code and Liquid comments: the body goes too.
        for block in [
            "{% highlight ruby %}\n«أ»\n\n{% endhighlight %}",
            "{%- comment -%}«أ»{% endcomment %}",
            "{{< highlight go >}}\n«أ»\n{{< /highlight >}}",
        ] {
            let src = format!("{block}\nنص\n");
            assert_eq!(md(&src), format!("{}\nنص\n", sp(block)), "{block}");
        }
    }

    #[test]
    fn unclosed_shortcodes_are_text() {
        let src = "قال {{< tweet «أ»\n\n>}} «ب»\n";
        assert_eq!(md(src), src);
        let src = "نص {% «أ» و { ب }\n";
        assert_eq!(md(src), src);
    }

    #[test]
    fn a_shortcode_line_does_not_end_a_paragraph() {
        // `{{< x >}}` reads as text to the block reader, so the indented line after it is
        // still the paragraph's text.
        let src = "{{< x >}}\n    «نص»\n";
        assert_eq!(md(src), format!("{}\n    «نص»\n", sp("{{< x >}}")));
    }

    #[test]
    fn code_spans_close_only_on_a_run_of_the_same_length() {
        let span = "`` أ ` «ب» ``";
        let src = format!("قال {span} ثم «ج»\n");
        assert_eq!(md(&src), format!("قال {} ثم «ج»\n", sp(span)));
        // Unmatched runs are text.
        let src = "نص `` «ب» ` انتهى\n";
        assert_eq!(md(src), src);
        // Two spans, and a run of three closed by three after a run of one.
        let src = "`«أ»` و ```«ب» ` ج``` د\n";
        assert_eq!(
            md(src),
            format!("{} و {} د\n", sp("`«أ»`"), sp("```«ب» ` ج```"))
        );
        // An escaped backtick opens nothing.
        let src = "نص \\`«أ» و\n";
        assert_eq!(md(src), src);
    }

    #[test]
    fn code_spans_stay_in_their_paragraph() {
        let src = "قال `«أ\nب»` انتهى\n";
        assert_eq!(md(src), format!("قال {} انتهى\n", sp("`«أ\nب»`")));
        let src = "قال `«أ»\n\nب` انتهى\n";
        assert_eq!(md(src), src);
        // A backtick in an HTML comment does not open a span.
        let src = "نص <!-- ` --> «أ» ` ب\n";
        assert_eq!(md(src), format!("نص {} «أ» ` ب\n", sp("<!-- ` -->")));
    }

    #[test]
    fn indented_code_in_a_list_item_counts_from_the_item_content() {
        let src = "- بند\n\n      «كود»\n    «نص البند»\n";
        assert_eq!(
            md(src),
            format!("- بند\n\n{}\n    «نص البند»\n", sp("      «كود»"))
        );
    }

    #[test]
    fn odd_inputs_keep_length_and_line_breaks() {
        let parts = [
            "---",
            "+++",
            "```",
            "~~~",
            "    ",
            "\t",
            "> ",
            "- ",
            "1. ",
            "`",
            "``",
            "\\",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "{{<",
            ">}}",
            "{%",
            "%}",
            "{{",
            "}}",
            "«أ»",
            "\r\n",
            "\n",
            "\u{FEFF}",
            "#",
            "=",
            "ب",
            "<pre",
            "\u{a0}",
        ];
        let mut seed: u64 = 7;
        for _ in 0..3000 {
            let mut s = String::new();
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(parts[(seed >> 33) as usize % parts.len()]);
            }
            let m = mask(&s, Format::Markdown);
            assert_eq!(m.text.len(), s.len(), "{s:?}");
            assert_eq!(
                m.text.match_indices(['\n', '\r']).collect::<Vec<_>>(),
                s.match_indices(['\n', '\r']).collect::<Vec<_>>(),
                "{s:?}"
            );
        }
        // Deep nesting is capped and harmless.
        let deep = format!("{}«أ»\n\n{}\n", ">".repeat(5000), "1. ".repeat(5000));
        assert_eq!(mask(&deep, Format::Markdown).text.len(), deep.len());
    }
}
