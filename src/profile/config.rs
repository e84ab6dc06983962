//! `isnad.toml`: a newsroom's house style, found by walking up from the draft.
//!
//! ```toml
//! [rules]                      # severity per rule: error, warning, information, hint, or off
//! name-variant = "error"
//! anonymous-source = "off"
//!
//! [spellings]                  # house spelling = the variants it replaces
//! "سورية" = ["سوريا"]
//! "ترمب" = ["ترامب"]
//! "الأمم المتحدة" = []          # a house spelling with no listed variant still wins
//!
//! [lexicon]                    # words added to the embedded lists
//! reporting_verbs = ["استطرد"]
//! titles = ["المستشار الأول"]
//! agencies = ["وكالة الأنباء المحلية"]
//! places = ["كفرنبل"]
//! anonymous_sources = ["مصدر في البلدية"]
//! given_names = ["هينغامه"]
//! accept = ["الجسمي"]          # names never to flag
//!
//! [credit]                     # extra credit-line patterns (regular expressions)
//! patterns = ["^خاص بـ"]
//!
//! [files]                      # which files `isnad check FOLDER` reads (globs, relative to isnad.toml)
//! include = ["**/*.md", "**/*.txt"]
//! exclude = ["archive/**"]
//! ```
//!
//! Parsing is strict: an unknown section or key, a wrong type, an unknown rule id or severity, or an
//! invalid pattern is an error naming the line and the key.

use super::Profile;
use crate::rules::{RuleId, Severity};
use crate::text::normalize;
use crate::text::token::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file name isnad looks for.
pub const FILE_NAME: &str = "isnad.toml";

/// A rule's level in `[rules]`: a severity or `off`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// The rule reports at this severity.
    On(Severity),
    /// The rule is disabled.
    Off,
}

impl Level {
    /// Parses error, warning, information (info), hint or off.
    pub fn parse(s: &str) -> Option<Level> {
        if s.eq_ignore_ascii_case("off") {
            return Some(Level::Off);
        }
        Severity::parse(s).map(Level::On)
    }
}

/// The `[lexicon]` section: the words a newsroom adds to the embedded lists, and the names it
/// accepts as written. (Not the lexicon of ordinary Arabic words, `profile::words::Lexicon`.)
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ExtraWords {
    /// Extra reporting verbs (any form; matched as written, with و/ف).
    #[serde(default)]
    pub reporting_verbs: Vec<String>,
    /// Extra titles and honorifics.
    #[serde(default)]
    pub titles: Vec<String>,
    /// Extra agencies and outlets (short credit form).
    #[serde(default)]
    pub agencies: Vec<String>,
    /// Extra place names.
    #[serde(default)]
    pub places: Vec<String>,
    /// Extra anonymous-source phrases.
    #[serde(default)]
    pub anonymous_sources: Vec<String>,
    /// Extra given names.
    #[serde(default)]
    pub given_names: Vec<String>,
    /// Names never to flag as variants.
    #[serde(default)]
    pub accept: Vec<String>,
}

/// The `[credit]` section.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct CreditConfig {
    /// Regular expressions; a line at the start or end of a story matching one is a credit line.
    #[serde(default)]
    pub patterns: Vec<String>,
}

/// The `[files]` section.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Files {
    /// Globs of drafts to read in folders (relative to the folder of `isnad.toml`).
    #[serde(default)]
    pub include: Vec<String>,
    /// Globs to skip.
    #[serde(default)]
    pub exclude: Vec<String>,
}

impl Files {
    /// True when these globs let the draft at `path` through: `path` is taken relative to `root`
    /// (the folder of `isnad.toml`; symbolic links resolved), must match an `include` glob when
    /// there are any, and must match no `exclude` glob. Globs that do not parse are ignored.
    /// Shared by `isnad check`/`isnad report` on folders and the language server's workspace index.
    pub fn lets_through(&self, root: &Path, path: &Path) -> bool {
        if self.include.is_empty() && self.exclude.is_empty() {
            return true;
        }
        let abs = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let rel = abs.strip_prefix(root).unwrap_or(&abs);
        let set = |globs: &[String]| {
            let mut b = globset::GlobSetBuilder::new();
            for g in globs {
                if let Ok(g) = globset::Glob::new(g) {
                    b.add(g);
                }
            }
            b.build().ok()
        };
        if !self.include.is_empty() && !set(&self.include).is_some_and(|s| s.is_match(rel)) {
            return false;
        }
        !set(&self.exclude).is_some_and(|s| s.is_match(rel))
    }
}

/// A parsed `isnad.toml`.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Severity or `off` per rule id.
    #[serde(default)]
    pub rules: BTreeMap<String, String>,
    /// House spelling → the variants it replaces.
    #[serde(default)]
    pub spellings: BTreeMap<String, Vec<String>>,
    /// Extra words (the `[lexicon]` section).
    #[serde(default)]
    pub lexicon: ExtraWords,
    /// Extra credit-line patterns.
    #[serde(default)]
    pub credit: CreditConfig,
    /// Files to include and exclude.
    #[serde(default)]
    pub files: Files,
}

/// An error in `isnad.toml`, with the 1-based line and column when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The file, when read from disk.
    pub path: Option<PathBuf>,
    /// 1-based line of the error (0 when unknown).
    pub line: usize,
    /// 1-based column (0 when unknown).
    pub column: usize,
    /// Byte range (half-open) of the offending text in the file, when known.
    pub range: Option<std::ops::Range<usize>>,
    /// What is wrong, naming the key, in English.
    pub message: String,
    /// The same in Arabic (what the Arabic interface prints): written with the message for isnad's
    /// own checks, translated by [`arabic_toml_message`] for the TOML reader's (English details
    /// such as value types are kept in parentheses).
    pub message_ar: String,
}

impl ConfigError {
    /// The message in Arabic when `arabic`, else in English.
    pub fn message_in(&self, arabic: bool) -> &str {
        if arabic {
            &self.message_ar
        } else {
            &self.message
        }
    }

    /// `path:line:column: message` (or `path: message` when the line is unknown) in Arabic when
    /// `arabic`, else in English (the `Display` form).
    pub fn located(&self, arabic: bool) -> String {
        let path = self
            .path
            .as_deref()
            .map_or_else(|| FILE_NAME.to_string(), |p| p.display().to_string());
        let message = self.message_in(arabic);
        if self.line > 0 {
            format!("{path}:{}:{}: {message}", self.line, self.column)
        } else {
            format!("{path}: {message}")
        }
    }
}

/// The TOML reader's English `message`, with a hint added where a list was expected and one
/// text given (the commonest slip: `"سورية" = "سوريا"` for `"سورية" = ["سوريا"]`): `; write
/// ["سوريا"]`; and where a key was written in Arabic without quotes (`سوريا = [...]`, which TOML
/// reads as an invalid bare key), how to write it. Any other message is returned as it is.
fn english_toml_message(message: &str) -> String {
    let hint = message
        .strip_prefix("invalid type: string ")
        .and_then(|r| r.strip_suffix(", expected a sequence"))
        .map(|v| format!("; write [{v}]"))
        .or_else(|| {
            message.starts_with("invalid unquoted key").then(|| {
                "; a key in Arabic goes between quotes: \"سورية\" = [\"سوريا\"]".to_string()
            })
        });
    format!("{message}{}", hint.unwrap_or_default())
}

/// The Arabic name of a kind of TOML value as the `serde` reader describes it (`a sequence`,
/// `string "سوريا"`, `integer `1``), with the value itself kept when it is given; a description
/// it does not know is returned as written.
fn value_kind_ar(described: &str) -> String {
    let d = described
        .trim()
        .trim_start_matches("a ")
        .trim_start_matches("an ");
    let (kind, value) = d.split_once(' ').unwrap_or((d, ""));
    let kind = match kind {
        "sequence" => "قائمة بين قوسين [ ]",
        "string" => "نص بين علامتي تنصيص",
        "integer" => "عدد",
        "floating" => "عدد عشري",
        "boolean" => "true أو false",
        "map" => "جدول",
        _ => return described.trim().to_string(),
    };
    let value = value.trim_start_matches("point").trim();
    if value.is_empty() {
        kind.to_string()
    } else {
        format!("{kind} {value}")
    }
}

/// The Arabic form of an error message of the TOML reader (`toml` and `serde`, which write English):
/// an unknown key, a value of the wrong type and a missing key are translated with their English
/// details kept; any other message is a TOML syntax error, said in Arabic with the reader's English
/// words after it.
pub fn arabic_toml_message(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (key, expected) = match rest.split_once(", expected ") {
            Some((key, expected)) => (key, Some(expected.trim_start_matches("one of "))),
            None => (rest.split(", ").next().unwrap_or(rest), None),
        };
        return match expected {
            Some(expected) => format!("مفتاح غير معروف {key}؛ المفاتيح المعروفة هنا: {expected}"),
            None => format!("مفتاح غير معروف {key}؛ لا مفاتيح هنا"),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return format!(
                "قيمة من نوع غير صالح: المتوقع {}، والمكتوب {}",
                value_kind_ar(expected),
                value_kind_ar(found)
            );
        }
        return format!("قيمة من نوع غير صالح ({rest})");
    }
    if let Some(rest) = message.strip_prefix("invalid value: ") {
        return format!("قيمة غير صالحة ({rest})");
    }
    if let Some(key) = message.strip_prefix("missing field ") {
        return format!("مفتاح ناقص {key}");
    }
    if let Some(key) = message.strip_prefix("duplicate key") {
        return format!("مفتاح مكرر{key}");
    }
    if let Some(said) = arabic_syntax_message(message) {
        return format!("ليس نص TOML صالحاً: {said}");
    }
    format!("ليس نص TOML صالحاً ({message})")
}

/// The Arabic form of the TOML reader's commonest syntax errors (`toml_parser`'s messages: what is
/// wrong, then `, expected` and what it looked for), the slips a newsroom makes when it edits
/// `isnad.toml` by hand: a list or table left open, an Arabic key without quotes, a value without
/// quotes, a missing comma or `=`. `None` for any other message (said with the reader's English
/// words instead).
fn arabic_syntax_message(message: &str) -> Option<String> {
    let (head, expected) = match message.split_once(", expected ") {
        Some((head, expected)) => (head, Some(expected)),
        None => (message, None),
    };
    let head_ar = match head {
        "unclosed array" => "قائمة لم تُغلق",
        "unclosed table" => "عنوان جدول لم يُغلق",
        "unclosed array table" => "عنوان جدول [[ ]] لم يُغلق",
        "unclosed inline table" => "جدول { } لم يُغلق",
        "invalid unquoted key" => {
            "مفتاح غير صالح: المفتاح بالعربية يُكتب بين علامتي تنصيص (\"سورية\" = [\"سوريا\"])"
        }
        "string values must be quoted" => "القيمة النصية تُكتب بين علامتي تنصيص",
        "missing comma between array elements" => "تنقص فاصلة بين عناصر القائمة",
        "extra comma in array" => "فاصلة زائدة في القائمة",
        "key with no value" => "مفتاح بلا قيمة",
        "missing value" | "missing value for key" => "قيمة ناقصة",
        "missing assignment between key-value pairs" => "تنقص علامة = بين المفتاح وقيمته",
        "unexpected key or value" => "مفتاح أو قيمة بعد نهاية السطر المتوقعة",
        "unexpected content" => "نص في غير موضعه",
        "missing opening quote" => "تنقص علامة التنصيص الأولى",
        _ => return None,
    };
    let expected_ar = expected.map(|e| match e {
        "letters, numbers, `-`, `_`" => "حروف لاتينية أو أرقام أو `-` أو `_`".to_string(),
        "literal string" => "نص بين علامتي تنصيص".to_string(),
        "newline, `#`" => "سطر جديد أو `#`".to_string(),
        "value" => "قيمة".to_string(),
        other => other.to_string(),
    });
    Some(match expected_ar {
        Some(e) => format!("{head_ar}، المتوقع {e}"),
        None => head_ar.to_string(),
    })
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.located(false))
    }
}

impl std::error::Error for ConfigError {}

/// True when `s` can match a name in a draft: one to six words of Arabic letters (harakat, tatweel
/// and invisible characters allowed: they are removed before matching), separated by spaces.
fn matchable_spelling(s: &str) -> bool {
    use crate::text::chars::{is_arabic_letter, is_diacritic, is_invisible, is_tatweel};
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| is_arabic_letter(c) || is_diacritic(c) || is_tatweel(c) || is_invisible(c))
                && w.chars().any(is_arabic_letter)
        })
}

fn position(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Finds the byte range of `key` as a table key inside section `[section]` of `text`.
fn key_range(text: &str, section: &str, key: &str) -> Option<std::ops::Range<usize>> {
    let header = format!("[{section}]");
    let start = text.find(&header)?;
    let rest = &text[start..];
    let end = rest[header.len()..]
        .find("\n[")
        .map_or(text.len(), |e| start + header.len() + e);
    let body = &text[start..end];
    for quoted in [format!("\"{key}\""), format!("'{key}'"), key.to_string()] {
        let mut from = 0;
        while let Some(i) = body[from..].find(&quoted) {
            let at = start + from + i;
            let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
            if text[line_start..at].trim().is_empty() {
                return Some(at..at + quoted.len());
            }
            from += i + quoted.len();
        }
    }
    None
}

/// An error on `key` of `[section]` in `text`, placed at the key (line and column 1-based; 0 when
/// the key is not found).
fn key_error(
    text: &str,
    section: &str,
    key: &str,
    message: String,
    message_ar: String,
) -> ConfigError {
    let range = key_range(text, section, key);
    let (line, column) = range.as_ref().map_or((0, 0), |r| position(text, r.start));
    ConfigError {
        path: None,
        line,
        column,
        range,
        message,
        message_ar,
    }
}

/// The errors of `[rules]` (an unknown rule, a level that is not one) into `errors`.
fn rule_errors(config: &Config, text: &str, errors: &mut Vec<ConfigError>) {
    for (rule, level) in &config.rules {
        if RuleId::parse(rule).is_none() {
            let known = RuleId::IDS;
            // A rule id two edits or less from a known one is a typo of it.
            let near = crate::text::distance::closest(rule, known, 2, |s| s.to_lowercase());
            let (hint_en, hint_ar) = match near {
                Some(n) => (format!("did you mean `{n}`? "), format!("هل تقصد `{n}`؟ ")),
                None => (String::new(), String::new()),
            };
            errors.push(key_error(
                text,
                "rules",
                rule,
                format!(
                    "unknown rule `{rule}` in [rules]; {hint_en}known rules: {}",
                    known.join(", ")
                ),
                format!(
                    "قاعدة غير معروفة `{rule}` في [rules]؛ {hint_ar}القواعد المعروفة: {}",
                    known.join(", ")
                ),
            ));
            continue;
        }
        if Level::parse(level).is_none() {
            errors.push(key_error(
                text,
                "rules",
                rule,
                format!(
                    "`{rule}` = \"{level}\": expected error, warning, information, hint or off"
                ),
                format!(
                    "`{rule}` = \"{level}\": مستوى غير معروف؛ المستويات: error أو warning أو information أو hint أو off"
                ),
            ));
        }
    }
}

/// The errors of `[spellings]` (an empty spelling, one that can never match a name) into
/// `errors`.
fn spelling_errors(config: &Config, text: &str, errors: &mut Vec<ConfigError>) {
    for (house, variants) in &config.spellings {
        if house.trim().is_empty() || variants.iter().any(|v| v.trim().is_empty()) {
            errors.push(key_error(
                text,
                "spellings",
                house,
                format!("empty spelling in [spellings] `{house}`"),
                format!("كتابة فارغة في [spellings] `{house}`"),
            ));
            continue;
        }
        // Names are found among Arabic words: a spelling with any other character, or longer
        // than a name, is never matched, and silence would hide the mistake.
        if let Some(bad) = std::iter::once(house)
            .chain(variants)
            .find(|s| !matchable_spelling(s))
        {
            errors.push(key_error(
            text,
                "spellings",
                house,
                format!(
                    "[spellings] `{house}`: “{bad}” can never match a name: a spelling is one to six Arabic words, with no Latin letters, digits or punctuation"
                ),
                format!(
                    "[spellings] `{house}`: «{bad}» لا يطابق اسماً أبداً: الكتابة من كلمة عربية إلى ست كلمات، بلا حروف لاتينية ولا أرقام ولا علامات ترقيم"
                ),
            ));
        }
    }
}

/// The errors of `[credit] patterns` (invalid regular expressions) and `[files]` (invalid globs)
/// into `errors`.
fn pattern_and_glob_errors(config: &Config, text: &str, errors: &mut Vec<ConfigError>) {
    for p in &config.credit.patterns {
        if let Ok(re) = regex::Regex::new(p)
            && let Some((en, ar)) = credits_everything(&re)
        {
            errors.push(key_error(
                text,
                "credit",
                "patterns",
                format!("[credit] patterns: `{p}` {en}, so every story would count as credited"),
                format!("[credit] patterns: `{p}` {ar}، فتُعدّ كل قصة منسوبة إلى مصدر"),
            ));
        }
        if regex::Regex::new(p).is_err() {
            let (en, ar) = regex_problem(p);
            errors.push(key_error(
                text,
                "credit",
                "patterns",
                format!("[credit] patterns: invalid regular expression `{p}`: {en}"),
                format!("[credit] patterns: تعبير نمطي غير صالح `{p}`: {ar}"),
            ));
        }
    }
    for g in config.files.include.iter().chain(&config.files.exclude) {
        if let Err(e) = globset::Glob::new(g) {
            errors.push(key_error(
                text,
                "files",
                if config.files.include.contains(g) {
                    "include"
                } else {
                    "exclude"
                },
                format!("[files]: invalid glob `{g}`: {e}"),
                format!("[files]: نمط ملفات غير صالح `{g}`: {e}"),
            ));
        }
    }
}

/// An ordinary sentence of news prose with no credit in it (a reporting clause), written for
/// isnad: a credit pattern that matches it would match the body of nearly every story.
const PLAIN_PROSE: &str = "وقال الوزير إن العمل في المشروع مستمر منذ أشهر.";

/// Why the credit pattern `re` would credit every story, in English and Arabic: it matches the
/// empty text (and so every paragraph), or it matches [`PLAIN_PROSE`]. `None` for a pattern that
/// needs something a credit line has. Reason: `[credit] patterns` adds to what counts as a
/// credit, and `missing-credit` is silent on a story with one, so a pattern that matches any text
/// turns the rule off without saying so.
fn credits_everything(re: &regex::Regex) -> Option<(&'static str, &'static str)> {
    if re.is_match("") {
        Some(("matches the empty text", "يطابق النص الفارغ"))
    } else if re.is_match(PLAIN_PROSE) {
        Some((
            "matches ordinary prose («وقال الوزير إن العمل في المشروع مستمر منذ أشهر.»)",
            "يطابق نثراً عادياً («وقال الوزير إن العمل في المشروع مستمر منذ أشهر.»)",
        ))
    } else {
        None
    }
}

/// Why `pattern`, which `regex` refused, is not a regular expression: a one-line reason in English
/// and in Arabic, with the 1-based character position in the pattern where the parser stopped
/// (the `regex` crate's own message spans three lines with a caret that Arabic text misplaces).
/// The reasons are the parse errors of `regex_syntax`; kinds without an Arabic wording get a
/// general one, and a pattern that parses but is too large to compile says so.
fn regex_problem(pattern: &str) -> (String, String) {
    use regex_syntax::ast::ErrorKind as K;
    let (kind, column) = match regex_syntax::ast::parse::Parser::new().parse(pattern) {
        Err(e) => (e.kind().clone(), e.span().start.column),
        Ok(_) => {
            return (
                "it is valid syntax but too large or uses an unsupported feature".to_string(),
                "صيغته سليمة لكنه أكبر من المسموح أو يستعمل ميزة غير مدعومة".to_string(),
            );
        }
    };
    let ar = match kind {
        K::GroupUnclosed => "قوس مجموعة «(» لم يُغلق",
        K::GroupUnopened => "قوس إغلاق «)» بلا قوس فتح",
        K::ClassUnclosed => "قوس مجموعة حروف «[» لم يُغلق",
        K::ClassRangeInvalid => "مدى حروف بدايته بعد نهايته",
        K::RepetitionMissing => "علامة تكرار (* أو + أو ? أو {}) بلا شيء قبلها",
        K::RepetitionCountUnclosed | K::RepetitionCountDecimalEmpty => {
            "عدد التكرار بين {} غير مكتمل"
        }
        K::RepetitionCountInvalid => "عدد التكرار الأدنى أكبر من الأقصى",
        K::EscapeUnrecognized => "شرطة مائلة عكسية قبل حرف لا معنى لتهريبه",
        K::EscapeUnexpectedEof => "شرطة مائلة عكسية في آخر النمط",
        K::GroupNameInvalid | K::GroupNameEmpty | K::GroupNameUnexpectedEof => {
            "اسم مجموعة غير صالح"
        }
        K::GroupNameDuplicate { .. } => "اسم مجموعة مكرر",
        _ => "صيغة غير صالحة",
    };
    (
        format!("{kind} (character {column})"),
        format!("{ar} (الحرف {column})"),
    )
}

/// The errors of `[spellings]` entries that contradict each other into `errors`: a spelling
/// (house or variant) of one entry that has the identity key of a spelling of another entry
/// (`normalize::identity`: the same name up to hamza, ta marbuta, alef maqsura and the like). A
/// name has one house spelling, so only one of the two entries could apply; which one would
/// depend on the order of the keys. The error is put on the entry written later in the file.
fn conflicting_spelling_errors(config: &Config, text: &str, errors: &mut Vec<ConfigError>) {
    let key = |s: &str| normalize::identity(s.trim());
    let mut owner: std::collections::HashMap<String, &str> = Default::default();
    let mut entries: Vec<(&String, &Vec<String>)> = config.spellings.iter().collect();
    entries.sort_by_key(|(house, _)| key_range(text, "spellings", house).map(|r| r.start));
    for (house, variants) in entries {
        let mut reported = false;
        for s in std::iter::once(house).chain(variants) {
            let k = key(s);
            if k.is_empty() {
                continue;
            }
            match owner.get(k.as_str()) {
                Some(&other) if other != house.as_str() => {
                    if !reported {
                        errors.push(key_error(
                            text,
                            "spellings",
                            house,
                            format!(
                                "[spellings] `{house}`: “{s}” is the same name as a spelling of `{other}`; a name has one house spelling, so keep one of the two entries"
                            ),
                            format!(
                                "[spellings] `{house}`: «{s}» هو الاسم نفسه في مدخل `{other}`؛ للاسم كتابة معتمدة واحدة، فأبقِ أحد المدخلين"
                            ),
                        ));
                        reported = true;
                    }
                }
                Some(_) => {}
                None => {
                    owner.insert(k, house.as_str());
                }
            }
        }
    }
}

/// The first of `errors` ([`Config::parse_all`] never returns an empty list; a generic error
/// stands in if it did).
fn first_error(errors: Vec<ConfigError>) -> ConfigError {
    errors.into_iter().next().unwrap_or(ConfigError {
        path: None,
        line: 0,
        column: 0,
        range: None,
        message: "invalid isnad.toml".to_string(),
        message_ar: "ملف isnad.toml غير صالح".to_string(),
    })
}

/// The most type errors and unknown keys [`Config::parse_all`] reports before it stops reading.
pub const MAX_TYPE_ERRORS: usize = 20;

/// Deserializes `text` into a [`Config`]. On a type error or an unknown key (an error with a byte
/// span, while the text is still valid TOML) it records the error, blanks the whole lines of the
/// offending key or value (spaces, line breaks kept, so every later offset and line stays the same)
/// and reads again, up to [`MAX_TYPE_ERRORS`] times. Returns the configuration read from what was left
/// (`None` when the text is not valid TOML or the limit was reached) and the errors, in order.
fn parse_blanking(text: &str) -> (Option<Config>, Vec<ConfigError>) {
    let mut errors = Vec::new();
    let mut current = text.to_string();
    loop {
        let e = match toml::from_str::<Config>(&current) {
            Ok(config) => return (Some(config), errors),
            Err(e) => e,
        };
        let range = e.span();
        let (line, column) = range.as_ref().map_or((0, 0), |r| position(text, r.start));
        errors.push(ConfigError {
            path: None,
            line,
            column,
            range: range.clone(),
            message: english_toml_message(e.message().trim()),
            message_ar: arabic_toml_message(e.message().trim()),
        });
        // A syntax error (the text is no TOML) or an error without a place stops the reading.
        let Some(r) = range.filter(|r| r.start < r.end && r.end <= current.len()) else {
            return (None, errors);
        };
        // Only the file as written can be no TOML: each blanked text was checked when made.
        if (errors.len() == 1 && current.parse::<toml::Table>().is_err())
            || errors.len() >= MAX_TYPE_ERRORS
        {
            return (None, errors);
        }
        // The whole lines of the offending key or value, so that no half of it is left behind.
        let start = current
            .get(..r.start)
            .and_then(|b| b.rfind('\n'))
            .map_or(0, |i| i + 1);
        let end = current
            .get(r.end..)
            .and_then(|a| a.find('\n'))
            .map_or(current.len(), |i| r.end + i);
        // An unknown table ([bogus]) goes with its keys: blanking its header alone would move them
        // into the table above and report each of them as unknown too.
        let end = if current.get(start..).is_some_and(is_table_header) {
            table_end(&current, end)
        } else {
            end
        };
        let Some(blanked) = current.get(start..end).map(|lines| {
            lines
                .chars()
                .map(|c| {
                    if c == '\n' {
                        "\n".to_string()
                    } else {
                        " ".repeat(c.len_utf8())
                    }
                })
                .collect::<String>()
        }) else {
            return (None, errors);
        };
        let mut next = current.clone();
        next.replace_range(start..end, &blanked);
        // Blanking must leave valid TOML; if it does not, the reading stops here.
        if next.parse::<toml::Table>().is_err() {
            return (None, errors);
        }
        current = next;
    }
}

/// True when the first line of `from` is a TOML table header (`[name]`, `[a.b]`, `[[name]]`,
/// with an optional comment after it), not a line of an array value (which would have a comma or a
/// quoted string: the headers isnad reads have bare keys).
fn is_table_header(from: &str) -> bool {
    let line = from.lines().next().unwrap_or("");
    let line = line.split('#').next().unwrap_or("").trim();
    line.starts_with('[') && line.ends_with(']') && !line.contains([',', '"', '\''])
}

/// The byte offset where the table whose header ends its line at `header_end` ends: the line
/// break before the next table header, or the end of `text`.
fn table_end(text: &str, header_end: usize) -> usize {
    let mut at = header_end;
    while let Some(rest) = text.get(at..) {
        let Some(nl) = rest.find('\n') else {
            return text.len();
        };
        let next_line = at + nl + 1;
        if text.get(next_line..).is_some_and(is_table_header) {
            return at + nl;
        }
        at = next_line;
    }
    text.len()
}

/// A short reason for the I/O error `e` of reading a configuration file, in English and Arabic
/// ("no such file", "permission denied", "a folder, not a file"); the system's text otherwise.
fn io_reason(e: &std::io::Error) -> (String, String) {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => ("no such file".into(), "لا يوجد ملف بهذا الاسم".into()),
        ErrorKind::PermissionDenied => ("permission denied".into(), "لا إذن بقراءته".into()),
        ErrorKind::IsADirectory => ("a folder, not a file".into(), "مجلد وليس ملفاً".into()),
        ErrorKind::InvalidData => (
            "not UTF-8 text (save isnad.toml as UTF-8)".into(),
            "ليس نصاً بترميز UTF-8 (احفظ isnad.toml بترميز UTF-8)".into(),
        ),
        _ => (e.to_string(), e.to_string()),
    }
}

impl Config {
    /// Parses and validates the text of an `isnad.toml`; the first error (see [`Config::parse_all`]).
    pub fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse_all(text).map_err(first_error)
    }

    /// Parses and validates the text of an `isnad.toml`. Returns every error, in file order
    /// (never an empty list), each naming its line, column and key: a TOML syntax error stops the
    /// reading (one error); a value of the wrong type or an unknown key is reported and the rest
    /// of the file read on without it (up to [`MAX_TYPE_ERRORS`]); and the values of the file are
    /// all checked (an unknown rule, a bad level, a spelling that can never match, an invalid
    /// regular expression or glob).
    pub fn parse_all(text: &str) -> Result<Config, Vec<ConfigError>> {
        let (parsed, mut errors) = parse_blanking(text);
        let Some(config) = parsed else {
            return Err(errors);
        };
        rule_errors(&config, text, &mut errors);
        spelling_errors(&config, text, &mut errors);
        conflicting_spelling_errors(&config, text, &mut errors);
        pattern_and_glob_errors(&config, text, &mut errors);
        errors.sort_by_key(|e| (e.line, e.column));
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(errors)
        }
    }

    /// Reads and parses `path`. I/O errors and parse errors carry the path.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        Config::load_all(path).map_err(first_error)
    }

    /// Reads and parses `path`, with every error ([`Config::parse_all`]); an I/O error is the
    /// only one. Each error carries the path.
    pub fn load_all(path: &Path) -> Result<Config, Vec<ConfigError>> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            vec![ConfigError {
                path: Some(path.to_path_buf()),
                line: 0,
                column: 0,
                range: None,
                message: format!("cannot read: {}", io_reason(&e).0),
                message_ar: format!("تعذّرت قراءته: {}", io_reason(&e).1),
            }]
        })?;
        Config::parse_all(&text).map_err(|mut errors| {
            for e in &mut errors {
                e.path = Some(path.to_path_buf());
            }
            errors
        })
    }

    /// The level set for `rule`, if any.
    pub fn level(&self, rule: &str) -> Option<Level> {
        self.rules.get(rule).and_then(|l| Level::parse(l))
    }
}

/// The nearest `isnad.toml` in `start` (a file's folder, or the file itself's folder) or any folder
/// above it; `None` when there is none up to the filesystem root.
pub fn discover(start: &Path) -> Option<PathBuf> {
    let mut dir = if start.is_dir() {
        start.to_path_buf()
    } else {
        start.parent()?.to_path_buf()
    };
    if dir.as_os_str().is_empty() {
        dir = PathBuf::from(".");
    }
    let mut dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    loop {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if !dir.pop() {
            return None;
        }
    }
}

impl Profile {
    /// The embedded profile merged with `config`: severities, house spellings (each variant's and
    /// the house spelling's identity key → the house spelling), accepted names, extra words and
    /// credit patterns.
    pub fn with_config(config: &Config) -> Profile {
        let mut p = Profile::embedded();
        p.apply(config);
        p
    }

    /// Merges `config` into this profile (see [`Profile::with_config`]).
    pub fn apply(&mut self, config: &Config) {
        for (rule, level) in &config.rules {
            match Level::parse(level) {
                Some(Level::Off) => {
                    self.severities.insert(rule.clone(), None);
                }
                Some(Level::On(s)) => {
                    self.severities.insert(rule.clone(), Some(s));
                }
                None => {}
            }
        }
        let key = |s: &str| Text::from(normalize::identity(s.trim()));
        for (house, variants) in &config.spellings {
            let house = house.trim().to_string();
            self.house_spellings.insert(key(&house), house.clone());
            for v in variants {
                self.house_spellings.insert(key(v), house.clone());
            }
        }
        for a in &config.lexicon.accept {
            self.accept.insert(key(a));
        }
        let lx = &config.lexicon;
        for v in &lx.reporting_verbs {
            self.reporting_verbs.insert(key(v));
        }
        for t in &lx.titles {
            self.titles.insert_text(t);
        }
        for pl in &lx.places {
            self.places.insert_text(pl);
        }
        for a in &lx.anonymous_sources {
            self.anonymous.insert_text(a);
        }
        for g in &lx.given_names {
            if g.contains(' ') {
                self.given_name_phrases.insert_text(g);
            } else {
                self.given_names.insert(key(g));
            }
        }
        for a in &lx.agencies {
            let idx = self.agency_list.len();
            self.agency_list.push(super::Agency {
                credit: a.trim().to_string(),
                ambiguous: false,
                // The house lists the agencies it takes copy from: each may credit a story.
                wire: true,
            });
            self.agency_phrases.insert_text(a);
            self.agencies
                .insert(a.split_whitespace().map(key).collect(), idx);
        }
        self.credit_patterns.extend(
            config
                .credit
                .patterns
                .iter()
                .filter_map(|p| regex::Regex::new(p).ok()),
        );
        self.reindex();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_section() {
        let c = Config::parse(
            "# house style\n[rules]\nname-variant = \"error\"\nanonymous-source = \"off\"\n\n[spellings]\n\"سورية\" = [\"سوريا\"]\n\n[lexicon]\naccept = [\"الجسمي\"]\n\n[credit]\npatterns = [\"^خاص\"]\n\n[files]\nexclude = [\"archive/**\"]\n",
        )
        .unwrap();
        assert_eq!(c.level("name-variant"), Some(Level::On(Severity::Error)));
        assert_eq!(c.level("anonymous-source"), Some(Level::Off));
        assert_eq!(c.spellings["سورية"], vec!["سوريا".to_string()]);
        let p = Profile::with_config(&c);
        assert_eq!(p.severities.get("anonymous-source"), Some(&None));
        assert_eq!(
            p.house_spellings
                .get(normalize::identity("سوريا").as_str())
                .map(String::as_str),
            Some("سورية")
        );
    }

    #[test]
    fn an_unknown_table_is_one_error_with_its_keys() {
        // [bogus] with a key under it, then a good table: the key is not reported again as an
        // unknown top-level key, and the good table is still read.
        let text = "[bogus]\nx = 1\ny = 2\n[rules]\nname-variant = \"error\"\n";
        let errors = Config::parse_all(text).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].line, errors[0].column), (1, 2));
        assert!(errors[0].message.starts_with("unknown field `bogus`"));
        // A table header is told from a line of an array value.
        assert!(is_table_header("[files]  # globs\n"));
        assert!(is_table_header("[[a.b]]"));
        assert!(!is_table_header("[\"a\", \"b\"],"));
        assert_eq!(table_end(text, 7), 19);
        assert_eq!(table_end("[a]\nx = 1", 3), 9);
    }

    #[test]
    fn errors_have_an_arabic_message() {
        let e = Config::parse("[rules]\nno-such-rule = \"warning\"\n").unwrap_err();
        assert!(
            e.message_ar
                .starts_with("قاعدة غير معروفة `no-such-rule` في [rules]؛ القواعد المعروفة: "),
            "{}",
            e.message_ar
        );
        assert_eq!(e.message_in(false), e.message);
        assert_eq!(e.located(true), format!("isnad.toml:2:1: {}", e.message_ar));
        let e = Config::parse("[house]\n").unwrap_err();
        assert_eq!(
            e.message_ar,
            "مفتاح غير معروف `house`؛ المفاتيح المعروفة هنا: `rules`, `spellings`, `lexicon`, `credit`, `files`"
        );
        assert_eq!(
            arabic_toml_message("invalid type: sequence, expected a string"),
            "قيمة من نوع غير صالح: المتوقع نص بين علامتي تنصيص، والمكتوب قائمة بين قوسين [ ]"
        );
        let e = Config::parse("[spellings]\n\"سورية\" = \"سوريا\"\n").unwrap_err();
        assert_eq!(
            e.message_ar,
            "قيمة من نوع غير صالح: المتوقع قائمة بين قوسين [ ]، والمكتوب نص بين علامتي تنصيص \"سوريا\""
        );
        assert_eq!(
            e.message,
            "invalid type: string \"سوريا\", expected a sequence; write [\"سوريا\"]"
        );
        assert_eq!(
            arabic_toml_message("unclosed array, expected `]`"),
            "ليس نص TOML صالحاً: قائمة لم تُغلق، المتوقع `]`"
        );
        // A syntax error the table does not know keeps the reader's English words.
        assert_eq!(
            arabic_toml_message("invalid hexadecimal number"),
            "ليس نص TOML صالحاً (invalid hexadecimal number)"
        );
        // An Arabic key without quotes, the commonest slip, says how to write it.
        let e = Config::parse("[spellings]\nسوريا = [\"سورية\"]\n").unwrap_err();
        assert_eq!(
            e.message_ar,
            "ليس نص TOML صالحاً: مفتاح غير صالح: المفتاح بالعربية يُكتب بين علامتي تنصيص (\"سورية\" = [\"سوريا\"])، المتوقع حروف لاتينية أو أرقام أو `-` أو `_`"
        );
        assert_eq!(
            e.message,
            "invalid unquoted key, expected letters, numbers, `-`, `_`; a key in Arabic goes between quotes: \"سورية\" = [\"سوريا\"]"
        );
        let e = Config::parse("[rules]\nname-variant = error\n").unwrap_err();
        assert_eq!(
            e.message_ar,
            "ليس نص TOML صالحاً: القيمة النصية تُكتب بين علامتي تنصيص، المتوقع نص بين علامتي تنصيص"
        );
    }

    #[test]
    fn spelling_that_can_never_match_is_an_error() {
        let e = Config::parse("[spellings]\n\"Trump\" = [\"ترامب\"]\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("`Trump`") && e.message.contains("can never match"));
        let e = Config::parse("[spellings]\n\"ترامب\" = [\"ترمب.\"]\n").unwrap_err();
        assert!(e.message.contains("“ترمب.”"), "{}", e.message);
        assert!(Config::parse("[spellings]\n\"فيصل المقداد\" = [\"فيصل مقداد\"]\n").is_ok());
    }

    #[test]
    fn an_invalid_pattern_says_why_on_one_line_in_both_languages() {
        let e = Config::parse("[credit]\npatterns = [\"^(واس\"]\n").unwrap_err();
        assert_eq!(
            e.message,
            "[credit] patterns: invalid regular expression `^(واس`: unclosed group (character 2)"
        );
        assert_eq!(
            e.message_ar,
            "[credit] patterns: تعبير نمطي غير صالح `^(واس`: قوس مجموعة «(» لم يُغلق (الحرف 2)"
        );
        let e = Config::parse("[credit]\npatterns = [\"خاص*{2\"]\n").unwrap_err();
        assert!(!e.message_ar.contains('\n'), "{}", e.message_ar);
        assert!(e.message_ar.ends_with("(الحرف 5)"), "{}", e.message_ar);
    }

    #[test]
    fn a_pattern_that_matches_any_text_is_an_error() {
        let e = Config::parse("[credit]\npatterns = [\"\"]\n").unwrap_err();
        assert_eq!(
            e.message,
            "[credit] patterns: `` matches the empty text, so every story would count as credited"
        );
        let e = Config::parse("[credit]\npatterns = [\".\"]\n").unwrap_err();
        assert!(
            e.message.contains("matches ordinary prose"),
            "{}",
            e.message
        );
        assert!(
            e.message_ar.contains("فتُعدّ كل قصة منسوبة"),
            "{}",
            e.message_ar
        );
        assert!(Config::parse("[credit]\npatterns = [\"^خاص بـ\", \"^المصدر:\"]\n").is_ok());
    }

    #[test]
    fn two_entries_for_one_name_are_an_error_on_the_later_one() {
        // إردوغان and أردوغان differ only by the hamza's seat: one name, two house spellings.
        let text = "[spellings]\n\"أردوغان\" = [\"اردوغان\"]\n\"إردوغان\" = [\"اردغان\"]\n";
        let errors = Config::parse_all(text).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].line, errors[0].column), (3, 1));
        assert_eq!(
            errors[0].message,
            "[spellings] `إردوغان`: “إردوغان” is the same name as a spelling of `أردوغان`; a name has one house spelling, so keep one of the two entries"
        );
        // A variant listed under two entries is the same mistake.
        let text = "[spellings]\n\"سورية\" = [\"سوريا\"]\n\"سوريّا\" = [\"سوريا\"]\n";
        assert!(Config::parse_all(text).is_err());
        // The house spelling repeated among its own variants is harmless.
        assert!(Config::parse_all("[spellings]\n\"سورية\" = [\"سورية\", \"سوريا\"]\n").is_ok());
    }

    #[test]
    fn a_value_of_the_wrong_type_does_not_hide_the_other_errors() {
        // A spelling given as a string where a list is expected (line 2), an unknown key (line 4)
        // and an unknown rule (line 6): all three, in file order, each at its line.
        let text = "[spellings]\n\"سورية\" = \"سوريا\"\n[files]\nexlude = [\"a/**\"]\n[rules]\nno-such-rule = \"warning\"\n";
        let errors = Config::parse_all(text).unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 4, 6], "{errors:?}");
        assert!(errors[2].message.contains("no-such-rule"), "{errors:?}");
        // A syntax error still stops the reading: one error.
        let errors = Config::parse_all("[rules\nname-variant = 1\n").unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        // A well-formed file with only a type error is still an error, not a silent default.
        assert!(Config::parse_all("[spellings]\n\"سورية\" = \"سوريا\"\n").is_err());
    }

    #[test]
    fn errors_name_line_and_key() {
        let e = Config::parse("[rules]\nname-variant = \"error\"\nno-such-rule = \"warning\"\n")
            .unwrap_err();
        assert_eq!((e.line, e.column), (3, 1));
        assert!(
            e.message.contains("unknown rule `no-such-rule`"),
            "{}",
            e.message
        );
        let e = Config::parse("[rules]\nname-variant = \"loud\"\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(
            e.message.contains("expected error, warning"),
            "{}",
            e.message
        );
        let e = Config::parse("[spelings]\n").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.message.contains("spelings"), "{}", e.message);
        let e = Config::parse("[lexicon]\naccept = \"الجسمي\"\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(
            e.message.contains("sequence") || e.message.contains("array"),
            "{}",
            e.message
        );
        let e = Config::parse("[rules\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = Config::parse("[credit]\npatterns = [\"(\"]\n").unwrap_err();
        assert_eq!(e.line, 2);
    }

    #[test]
    fn every_error_of_a_well_formed_file_is_reported_in_file_order() {
        let text = "[spellings]\n\"Trump\" = [\"ترامب\"]\n\n[rules]\nname-variant = \"loud\"\nno-such-rule = \"warning\"\n\n[files]\nexclude = [\"a/{b\"]\n";
        let errors = Config::parse_all(text).unwrap_err();
        let places: Vec<(usize, usize)> = errors.iter().map(|e| (e.line, e.column)).collect();
        assert_eq!(places, [(2, 1), (5, 1), (6, 1), (9, 1)], "{errors:#?}");
        assert!(
            errors[0].message.contains("`Trump`"),
            "{}",
            errors[0].message
        );
        assert!(
            errors[1].message.contains("\"loud\""),
            "{}",
            errors[1].message
        );
        assert!(errors[2].message.contains("unknown rule `no-such-rule`"));
        assert!(
            errors[3].message.contains("invalid glob `a/{b`"),
            "{}",
            errors[3].message
        );
        // `parse` gives the first of them.
        assert_eq!(Config::parse(text).unwrap_err(), errors[0]);
        // A syntax error stops the reading: one error.
        assert_eq!(Config::parse_all("[rules\nx = 1\n").unwrap_err().len(), 1);
    }

    #[test]
    fn discovery_walks_up() {
        let root = std::env::temp_dir().join(format!("isnad-discover-{}", std::process::id()));
        let deep = root.join("desk/stories/2026");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(root.join("desk").join(FILE_NAME), "[rules]\n").unwrap();
        std::fs::write(deep.join("a.md"), "x").unwrap();
        let found = discover(&deep.join("a.md")).unwrap();
        assert_eq!(
            found,
            std::fs::canonicalize(root.join("desk").join(FILE_NAME)).unwrap()
        );
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_missing_configuration_file_is_said_in_words_not_the_system_code() {
        let path = std::env::temp_dir().join("isnad-no-such-config-7f3a.toml");
        let e = Config::load(&path).unwrap_err();
        assert_eq!(e.message, "cannot read: no such file");
        assert_eq!(e.message_ar, "تعذّرت قراءته: لا يوجد ملف بهذا الاسم");
        assert_eq!(e.path.as_deref(), Some(path.as_path()));
    }
}
