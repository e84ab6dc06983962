//! Prose ranges: which bytes of a draft are prose to be checked.
//!
//! Instead of cutting the file into pieces, isnad *masks* what is not prose: every byte of a code
//! block, inline code, front matter, HTML comment, HTML tag or URL is replaced by an ASCII space in
//! a copy of the text, while line breaks are kept. The masked copy has exactly the same length as
//! the original, so every byte offset found in it is an offset into the original file.

use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The format of a draft, which decides what is masked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: URLs, e-mail addresses and HTML comments are masked.
    Plain,
    /// Markdown: also fenced code blocks, inline code, front matter, HTML tags and link targets.
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
static INLINE_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(`+)[^`\n][^\n]*?(?:`+)").unwrap());
static LINK_TARGET: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\]\([^)\n]*\)").unwrap());

/// The masked view of a draft (see the module doc).
#[derive(Clone, Debug)]
pub struct Masked {
    /// The text with non-prose bytes replaced by spaces; same byte length as the original.
    pub text: String,
    /// The byte range (half-open) of Markdown front matter, if the draft has one.
    pub front_matter: Option<Range<usize>>,
    /// Byte ranges (half-open) of HTML comments (for suppression directives), in order.
    pub comments: Vec<Range<usize>>,
}

fn blank(buf: &mut [u8], r: Range<usize>) {
    for b in &mut buf[r] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// Masks what is not prose in `text` (see [`Format`]). Offsets in the result equal offsets in `text`.
pub fn mask(text: &str, format: Format) -> Masked {
    let mut buf = text.as_bytes().to_vec();
    let mut front_matter = None;
    let comments: Vec<Range<usize>> = if text.contains("<!--") {
        HTML_COMMENT.find_iter(text).map(|m| m.range()).collect()
    } else {
        Vec::new()
    };
    if format == Format::Markdown {
        // Front matter: a first line of --- (or +++) up to the next such line.
        let body_start = text.strip_prefix('\u{FEFF}').map_or(0, |_| 3);
        let rest = &text[body_start..];
        for fence in ["---", "+++"] {
            if rest.starts_with(fence) && rest[3..].starts_with(['\n', '\r']) {
                let mut pos = body_start + 3;
                let mut end = text.len();
                for line in text[pos..].split_inclusive('\n') {
                    let t = line.trim_end();
                    pos += line.len();
                    if t == fence || (fence == "---" && t == "...") {
                        end = pos;
                        break;
                    }
                }
                front_matter = Some(body_start..end);
                blank(&mut buf, body_start..end);
                break;
            }
        }
        // Fenced code blocks.
        let mut offset = 0;
        let mut open: Option<(usize, String)> = None;
        for line in text.split_inclusive('\n') {
            let t = line.trim_start_matches(' ');
            let indent_ok = line.len() - t.len() <= 3;
            match &open {
                None if indent_ok && (t.starts_with("```") || t.starts_with("~~~")) => {
                    let ch = t.as_bytes()[0];
                    let n = t.bytes().take_while(|&b| b == ch).count();
                    open = Some((offset, std::iter::repeat_n(ch as char, n).collect()));
                }
                Some((start, fence))
                    if indent_ok
                        && t.trim_end().starts_with(fence.as_str())
                        && t.trim_end()
                            .chars()
                            .all(|c| c == fence.chars().next().unwrap_or('`')) =>
                {
                    blank(&mut buf, *start..offset + line.len());
                    open = None;
                }
                _ => {}
            }
            offset += line.len();
        }
        if let Some((start, _)) = open {
            blank(&mut buf, start..text.len());
        }
        let current = String::from_utf8_lossy(&buf).into_owned();
        let inline_code = if current.contains('`') {
            INLINE_CODE.find_iter(&current).collect()
        } else {
            Vec::new()
        };
        for m in inline_code {
            blank(&mut buf, m.range());
        }
        for m in LINK_TARGET.find_iter(&current) {
            blank(&mut buf, m.start() + 1..m.end());
        }
        let tags = if current.contains('<') {
            HTML_TAG.find_iter(&current).collect()
        } else {
            Vec::new()
        };
        for m in tags {
            blank(&mut buf, m.range());
        }
    }
    for r in &comments {
        blank(&mut buf, r.clone());
    }
    if text.contains("://") || text.contains("www.") || text.contains("WWW.") {
        for m in URL.find_iter(text) {
            // Stop a URL before closing Arabic quotation marks and guillemets.
            let end = text[m.range()]
                .find(['«', '»', '“', '”'])
                .map_or(m.end(), |i| m.start() + i);
            blank(&mut buf, m.start()..end);
        }
    }
    if text.contains('@') {
        for m in EMAIL.find_iter(text) {
            blank(&mut buf, m.range());
        }
    }
    // Only whole UTF-8 sequences were blanked (every range above lies on char boundaries), so the
    // buffer is still valid UTF-8.
    let text = String::from_utf8(buf)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Masked {
        text,
        front_matter,
        comments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
