//! What a check reports: [`Finding`]s with bilingual [`Message`]s and [`Fix`]es as byte edits.
//! Front ends only convert these; a finding never holds LSP positions.

use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::sync::Arc;

pub use crate::rules::Severity;

/// The language of user-facing text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Arabic.
    Ar,
}

impl Lang {
    /// `ar` for a locale starting with "ar" (ar, ar-SA, ar_EG.UTF-8), else `en`.
    pub fn from_locale(locale: &str) -> Lang {
        if locale.to_ascii_lowercase().starts_with("ar") {
            Lang::Ar
        } else {
            Lang::En
        }
    }
}

/// A user-facing text in English and Arabic.
///
/// Both texts live in one shared allocation (English, then Arabic), so a clone is a reference
/// count, not two copies: a rule that says the same thing at many places (`name-variant` on a
/// long draft) builds the message once and hands out clones. Serialized as `{"en": .., "ar": ..}`.
#[derive(Clone, PartialEq, Eq)]
pub struct Message {
    /// The English text followed by the Arabic text.
    text: Arc<str>,
    /// Byte length of the English text (a char boundary of `text`).
    split: usize,
}

impl Message {
    /// A message from its English and Arabic texts.
    pub fn new(en: impl AsRef<str>, ar: impl AsRef<str>) -> Message {
        let (en, ar) = (en.as_ref(), ar.as_ref());
        let mut both = String::with_capacity(en.len() + ar.len());
        both.push_str(en);
        both.push_str(ar);
        Message {
            text: Arc::from(both),
            split: en.len(),
        }
    }

    /// The English text.
    pub fn en(&self) -> &str {
        // `split` is the length of the English text pushed first: a char boundary.
        self.text.get(..self.split).unwrap_or_default()
    }

    /// The Arabic text.
    pub fn ar(&self) -> &str {
        self.text.get(self.split..).unwrap_or_default()
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => self.en(),
            Lang::Ar => self.ar(),
        }
    }
}

impl Default for Message {
    /// Empty English and Arabic texts.
    fn default() -> Message {
        Message::new("", "")
    }
}

impl std::fmt::Debug for Message {
    /// As a struct of the two texts: `Message { en: "..", ar: ".." }`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Message")
            .field("en", &self.en())
            .field("ar", &self.ar())
            .finish()
    }
}

/// The serialized form of a [`Message`]: its two texts.
#[derive(Serialize, Deserialize)]
#[serde(rename = "Message")]
struct MessageTexts<'a> {
    /// English text.
    #[serde(borrow)]
    en: std::borrow::Cow<'a, str>,
    /// Arabic text.
    #[serde(borrow)]
    ar: std::borrow::Cow<'a, str>,
}

impl Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        MessageTexts {
            en: self.en().into(),
            ar: self.ar().into(),
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Message, D::Error> {
        let t = MessageTexts::deserialize(deserializer)?;
        Ok(Message::new(t.en, t.ar))
    }
}

/// One replacement: the bytes `range` (half-open, UTF-8 offsets into the document) become
/// `new_text`. An empty range inserts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edit {
    /// Byte range replaced (half-open).
    pub range: Range<usize>,
    /// Replacement text.
    pub new_text: String,
}

/// Whether a fix may be applied without anyone reading it (`isnad check --fix` applies the safe
/// ones; `--unsafe-fixes` adds the others). The rule that makes the fix says which.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// Changes only what no reader would want kept: a wrong character for the right one that looks
    /// the same (hygiene), or a spelling the house list names as a variant of its house spelling.
    Safe,
    /// Changes the wording or needs the editor's judgement (an attribution, a credit line, a
    /// spelling chosen by majority). The default.
    #[default]
    Unsafe,
    /// Inserts a template with a placeholder only the writer can fill in (a credit line naming
    /// `[الوكالة]`), or a guess only the writer can confirm (the last speaker named, as the
    /// speaker of an uncredited quotation): offered in the editor as a suggestion to complete or
    /// confirm, never applied by `isnad check --fix`, not even with `--unsafe-fixes`, since the
    /// text it leaves may be wrong.
    Template,
}

/// A fix: a title and non-overlapping edits, sorted by start.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fix {
    /// What the fix does, shown in the editor's quick-fix menu and the CLI.
    pub title: Message,
    /// Edits to apply together.
    pub edits: Vec<Edit>,
    /// Whether the fix may be applied without reading it (see [`Applicability`]).
    #[serde(default)]
    pub applicability: Applicability,
}

/// A place related to a finding (another spelling of a name, the preceding speaker).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// Byte range (half-open) in the same document, or in `path` when set.
    pub range: Range<usize>,
    /// What this place is.
    pub message: Message,
    /// The other file, when the related place is in another story of the folder.
    pub path: Option<String>,
}

/// One finding of one rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable kebab-case rule id (e.g. `name-variant`).
    pub rule: &'static str,
    /// Severity after the profile's overrides.
    pub severity: Severity,
    /// Byte range (half-open) of the flagged text.
    pub range: Range<usize>,
    /// What is wrong, in English and Arabic.
    pub message: Message,
    /// Related places.
    pub related: Vec<Related>,
    /// Fixes, best first.
    pub fixes: Vec<Fix>,
}

/// Applies `edits` (non-overlapping, any order) to `text` and returns the new text. Edits whose
/// range is out of bounds or not on character boundaries are skipped.
pub fn apply_edits(text: &str, edits: &[Edit]) -> String {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut last = 0;
    for e in sorted {
        if e.range.start < last
            || e.range.end > text.len()
            || !text.is_char_boundary(e.range.start)
            || !text.is_char_boundary(e.range.end)
        {
            continue;
        }
        out.push_str(&text[last..e.range.start]);
        out.push_str(&e.new_text);
        last = e.range.end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_keeps_both_texts_and_serializes_as_before() {
        let m = Message::new("spelled “مملوك” here", "مكتوب «مملوك» هنا");
        assert_eq!(m.en(), "spelled “مملوك” here");
        assert_eq!(m.ar(), "مكتوب «مملوك» هنا");
        assert_eq!(m.get(Lang::Ar), "مكتوب «مملوك» هنا");
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(
            json,
            r#"{"en":"spelled “مملوك” here","ar":"مكتوب «مملوك» هنا"}"#
        );
        let back: Message = serde_json::from_str(&json).unwrap();
        assert_eq!(back, m);
        assert_eq!(
            format!("{:?}", Message::new("a", "ب")),
            r#"Message { en: "a", ar: "ب" }"#
        );
        // A clone shares the text; texts split differently are different messages.
        let c = m.clone();
        assert!(Arc::ptr_eq(&c.text, &m.text));
        assert_ne!(Message::new("ab", ""), Message::new("a", "b"));
        assert_eq!(Message::default().en(), "");
    }

    #[test]
    fn applies_edits_in_order() {
        let t = "قال مملوك والمملوك";
        let a = t.find("مملوك").unwrap();
        let b = t.rfind("المملوك").unwrap();
        let out = apply_edits(
            t,
            &[
                Edit {
                    range: b..b + "المملوك".len(),
                    new_text: "مملوك".into(),
                },
                Edit {
                    range: a..a,
                    new_text: "اللواء ".into(),
                },
            ],
        );
        assert_eq!(out, "قال اللواء مملوك ومملوك");
    }

    /// (rule, text flagged, applicability of its first fix) for every finding with a fix.
    fn applicabilities(
        src: &str,
        profile: &crate::profile::Profile,
    ) -> Vec<(&'static str, String, Applicability)> {
        crate::analysis::analyze_text(src, crate::text::Format::Plain, profile)
            .findings
            .into_iter()
            .filter_map(|f| {
                let a = f.fixes.first()?.applicability;
                Some((f.rule, src[f.range.clone()].to_string(), a))
            })
            .collect()
    }

    #[test]
    fn hygiene_fixes_are_safe_and_digit_style_is_not() {
        // A Persian yeh in an Arabic word and a kashida: characters, not wording.
        let src = "قال الوزیر إن الاجتمــاع سجّل ٢٣ إصابة و٤ وفيات منذ 15 آذار.";
        let p = crate::profile::Profile::embedded();
        let got = applicabilities(src, &p);
        // Which digits a story uses is the desk's choice, not a wrong character.
        assert_eq!(
            got,
            [
                ("lookalike-letter", "ی".to_string(), Applicability::Safe),
                ("tatweel", "ــ".to_string(), Applicability::Safe),
                ("mixed-digits", "15".to_string(), Applicability::Unsafe)
            ]
        );
    }

    #[test]
    fn a_house_spelling_fix_is_safe_only_when_the_house_list_names_the_variant() {
        let src = "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق قريب. وأضاف ترمب أن المفاوضات مستمرة. وكرر ترامب موقفه.";
        let p = crate::profile::Profile::embedded();
        // By majority: ترمب is respelled ترامب, but nobody listed it: unsafe.
        let nv: Vec<_> = applicabilities(src, &p)
            .into_iter()
            .filter(|g| g.0 == "name-variant")
            .collect();
        assert_eq!(
            nv,
            [("name-variant", "ترمب".to_string(), Applicability::Unsafe)]
        );
        let config =
            crate::profile::config::Config::parse("[spellings]\n\"ترمب\" = [\"ترامب\"]\n").unwrap();
        let p = crate::profile::Profile::with_config(&config);
        let nv: Vec<_> = applicabilities(src, &p)
            .into_iter()
            .filter(|g| g.0 == "name-variant")
            .collect();
        assert_eq!(
            nv,
            [
                ("name-variant", "ترامب".to_string(), Applicability::Safe),
                ("name-variant", "ترامب".to_string(), Applicability::Safe)
            ]
        );
    }

    #[test]
    fn lang_from_locale() {
        assert_eq!(Lang::from_locale("ar_SA.UTF-8"), Lang::Ar);
        assert_eq!(Lang::from_locale("en-US"), Lang::En);
    }
}
