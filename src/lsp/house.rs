//! Editing `isnad.toml` from the editor: the text transformations behind the `isnad.addSpelling`
//! and `isnad.acceptName` commands.
//!
//! Both work on the file's text with `toml_edit`, so every comment, blank line, key order and
//! quoting style the newsroom wrote is kept; only the entries touched change. The functions are
//! pure (text in, text out): the server decides where the text comes from and where it goes, and
//! checks the result with [`Config::parse`](crate::profile::config::Config::parse) before using it.
//!
//! Spellings are compared by their identity key ([`normalize::identity`]: hamza seats, ة/ه and
//! ى/ي folded), the same key the profile matches on, so `"أردوغان"` and `"اردوغان"` are one entry.

use crate::text::normalize;
use toml_edit::{Array, DocumentMut, Item, Key, Table, Value};

/// Why `isnad.toml` could not be edited. Messages are in English and Arabic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError {
    /// What went wrong, in English.
    pub en: String,
    /// What went wrong, in Arabic.
    pub ar: String,
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

impl std::error::Error for EditError {}

fn key(s: &str) -> String {
    normalize::identity(s.trim())
}

fn parse(text: &str) -> Result<DocumentMut, EditError> {
    text.parse::<DocumentMut>().map_err(|e| EditError {
        en: format!(
            "isnad.toml is not valid TOML; fix it first: {}",
            e.message()
        ),
        ar: format!(
            "ملف isnad.toml يحتاج إلى إصلاح أولاً: {}",
            crate::profile::config::arabic_toml_message(e.message().trim())
        ),
    })
}

fn not_table(name: &str) -> EditError {
    EditError {
        en: format!("`{name}` in isnad.toml is not a table"),
        ar: format!("`{name}` في isnad.toml ليس جدولاً"),
    }
}

fn not_array(name: &str) -> EditError {
    EditError {
        en: format!("`{name}` in isnad.toml is not an array of strings"),
        ar: format!("`{name}` في isnad.toml ليس قائمة نصوص"),
    }
}

/// The table `name` of `doc`, created at the end of the file (after a blank line) when missing.
fn table<'d>(
    doc: &'d mut DocumentMut,
    name: &str,
) -> Result<&'d mut dyn toml_edit::TableLike, EditError> {
    if !doc.contains_key(name) {
        let mut t = Table::new();
        if !doc.to_string().trim().is_empty() {
            t.decor_mut().set_prefix("\n");
        }
        // Place it after every existing table, so it is written at the end of the file.
        let last = doc
            .iter()
            .filter_map(|(_, item)| item.as_table().and_then(Table::position))
            .max()
            .map_or(0, |p| p + 1);
        t.set_position(Some(last));
        doc.insert(name, Item::Table(t));
    }
    doc.get_mut(name)
        .and_then(Item::as_table_like_mut)
        .ok_or_else(|| not_table(name))
}

/// The strings of an array value; `None` when it is not an array of strings.
fn strings(a: &Array) -> Option<Vec<String>> {
    a.iter().map(|v| v.as_str().map(str::to_string)).collect()
}

/// Appends `s` to `a`, laid out like the array: on its own line (with the indentation and trailing
/// comma of the last element) when the array is written one element per line, else after `, `.
fn push_like(a: &mut Array, s: &str) {
    let multiline = a.iter().last().is_some_and(|v| {
        v.decor()
            .prefix()
            .and_then(|p| p.as_str())
            .is_some_and(|p| p.contains('\n'))
    });
    if multiline {
        let prefix = a
            .iter()
            .last()
            .and_then(|v| v.decor().prefix())
            .and_then(|p| p.as_str())
            .unwrap_or("\n")
            .to_string();
        let mut v = Value::from(s);
        v.decor_mut().set_prefix(prefix);
        a.push_formatted(v);
    } else if a.is_empty() {
        a.push(s);
        if let Some(v) = a.get_mut(0) {
            v.decor_mut().set_prefix("");
        }
    } else {
        a.push(s);
    }
}

/// `text` (the contents of an `isnad.toml`, possibly empty) with `house` recorded as the house
/// spelling that replaces `variants`, in `[spellings]`:
///
/// - the table is created at the end of the file when missing;
/// - when `house` already has an entry, the variants it lacks are appended to its array, laid out
///   like the array; otherwise a new entry `"house" = ["variant", ...]` is added at the end of the
///   table;
/// - so that the configuration stays unambiguous (a name has one house spelling, and `isnad.toml`
///   with two entries for one name is an error), `house` and `variants` are removed from any other
///   entry's list, and an entry whose house spelling is one of `variants` is folded into the new one (its key and
///   its own variants become variants of `house`).
///
/// Variants equal to `house` as written and repeated variants are dropped. Fails when
/// `text` is not TOML or `[spellings]` is not a table of arrays of strings.
pub fn add_spelling(text: &str, house: &str, variants: &[String]) -> Result<String, EditError> {
    let house = house.trim();
    if house.is_empty() {
        return Err(EditError {
            en: "the house spelling is empty".to_string(),
            ar: "الصيغة المعتمدة فارغة".to_string(),
        });
    }
    let mut doc = parse(text)?;
    let spellings = table(&mut doc, "spellings")?;
    let house_key = key(house);
    let variant_keys: Vec<String> = variants.iter().map(|v| key(v)).collect();
    let entries = entries_of(spellings);
    // The table rebuilt in order; the house entry takes the place of the first entry it replaces
    // (keeping that entry's comments), or goes at the end.
    let mut out: Vec<(Key, Item)> = Vec::with_capacity(entries.len() + 1);
    let mut slot: Option<usize> = None;
    let mut inherited: Vec<String> = Vec::new();
    let renamed = |k: &Key| {
        if k.get() == house {
            k.clone()
        } else {
            Key::new(house).with_leaf_decor(k.leaf_decor().clone())
        }
    };
    for (k, mut item) in entries {
        let name = format!("spellings.{}", k.get());
        let list = item
            .as_array()
            .and_then(strings)
            .ok_or_else(|| not_array(&name))?;
        let kk = key(k.get());
        if kk == house_key || variant_keys.contains(&kk) {
            if kk != house_key {
                inherited.push(k.get().to_string());
            }
            match slot {
                None if kk == house_key => {
                    slot = Some(out.len());
                    out.push((renamed(&k), item));
                }
                None => {
                    slot = Some(out.len());
                    inherited.extend(list);
                    let mut empty = Value::Array(Array::new());
                    if let Some(old) = item.as_value() {
                        *empty.decor_mut() = old.decor().clone();
                    }
                    out.push((renamed(&k), Item::Value(empty)));
                }
                Some(_) => inherited.extend(list),
            }
        } else {
            if list
                .iter()
                .map(|v| key(v))
                .any(|k| k == house_key || variant_keys.contains(&k))
                && let Some(a) = item.as_array_mut()
            {
                remove_keys(a, &house_key, &variant_keys);
            }
            out.push((k, item));
        }
    }
    let slot = match slot {
        Some(i) => i,
        None => {
            out.push((Key::new(house), Item::Value(Value::Array(Array::new()))));
            out.len() - 1
        }
    };
    if let Some(a) = out[slot].1.as_array_mut() {
        add_new(a, variants.iter().chain(&inherited), house);
    }
    spellings.clear();
    for (k, item) in out {
        spellings.entry_format(&k).or_insert(item);
    }
    Ok(doc.to_string())
}

/// The entries of `table` in order, each key with its decoration and its item, copied.
fn entries_of(table: &dyn toml_edit::TableLike) -> Vec<(Key, Item)> {
    table
        .iter()
        .map(|(k, _)| k.to_string())
        .collect::<Vec<_>>()
        .iter()
        .filter_map(|k| table.get_key_value(k))
        .map(|(k, item)| (k.clone(), item.clone()))
        .collect()
}

/// Removes from `a` every string whose identity key is `house_key` or one of `variant_keys`; the
/// new first element loses the space that followed the removed one's comma.
fn remove_keys(a: &mut Array, house_key: &str, variant_keys: &[String]) {
    a.retain(|v| {
        v.as_str().is_none_or(|s| {
            let k = key(s);
            k != house_key && !variant_keys.contains(&k)
        })
    });
    if let Some(first) = a.get_mut(0)
        && first
            .decor()
            .prefix()
            .and_then(|p| p.as_str())
            .is_some_and(|p| !p.contains('\n'))
    {
        first.decor_mut().set_prefix("");
    }
}

/// Appends to `a` (laid out like its elements) each of `spellings`, trimmed, that is not empty,
/// not the house spelling `house` as written and not already there as written. A variant that
/// differs from the house spelling only where the identity key does not look (اردوغان for أردوغان)
/// is kept: the entry then says which spelling it replaces, though matching is by identity key.
fn add_new<'s>(a: &mut Array, spellings: impl Iterator<Item = &'s String>, house: &str) {
    let mut have: Vec<String> = strings(a).unwrap_or_default();
    for v in spellings {
        let v = v.trim();
        if v.is_empty() || v == house.trim() || have.iter().any(|h| h == v) {
            continue;
        }
        push_like(a, v);
        have.push(v.to_string());
    }
}

/// `text` (the contents of an `isnad.toml`, possibly empty) with `name` in `[lexicon] accept`
/// (names never flagged). The table and the array are created when missing; nothing changes when
/// the name (by identity key) is already there. Fails when `text` is not TOML or the entries are
/// not of the right type.
pub fn accept_name(text: &str, name: &str) -> Result<String, EditError> {
    let name = name.trim();
    if name.is_empty() {
        return Err(EditError {
            en: "the name is empty".to_string(),
            ar: "الاسم فارغ".to_string(),
        });
    }
    let mut doc = parse(text)?;
    let lexicon = table(&mut doc, "lexicon")?;
    if !lexicon.contains_key("accept") {
        lexicon.insert("accept", Item::Value(Value::Array(Array::new())));
    }
    let a = lexicon
        .get_mut("accept")
        .and_then(Item::as_array_mut)
        .ok_or_else(|| not_array("lexicon.accept"))?;
    let have = strings(a).ok_or_else(|| not_array("lexicon.accept"))?;
    if !have.iter().any(|s| key(s) == key(name)) {
        push_like(a, name);
    }
    Ok(doc.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::config::Config;

    fn v(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn adds_to_an_existing_table_keeping_comments_and_layout() {
        let before = "# House style of the desk\n[rules]\nname-variant = \"error\"   # we mean it\n\n[spellings]\n# countries\n\"سورية\" = [\"سوريا\"]\n\n[lexicon]\naccept = [\"الجسمي\"]\n";
        let after = add_spelling(before, "ترمب", &v(&["ترامب"])).unwrap();
        assert_eq!(
            after,
            "# House style of the desk\n[rules]\nname-variant = \"error\"   # we mean it\n\n[spellings]\n# countries\n\"سورية\" = [\"سوريا\"]\n\"ترمب\" = [\"ترامب\"]\n\n[lexicon]\naccept = [\"الجسمي\"]\n"
        );
        Config::parse(&after).unwrap();
    }

    #[test]
    fn appends_to_an_existing_array_in_its_layout() {
        let before = "[spellings]\n\"غوتيريش\" = [\"غوتيريس\"]  # UN chief\n";
        assert_eq!(
            add_spelling(before, "غوتيريش", &v(&["جوتيريش", "غوتيريس", "غوتيريش"])).unwrap(),
            "[spellings]\n\"غوتيريش\" = [\"غوتيريس\", \"جوتيريش\"]  # UN chief\n"
        );
        let before = "[spellings]\n\"غوتيريش\" = [\n  \"غوتيريس\",\n]\n";
        assert_eq!(
            add_spelling(before, "غوتيريش", &v(&["جوتيريش"])).unwrap(),
            "[spellings]\n\"غوتيريش\" = [\n  \"غوتيريس\",\n  \"جوتيريش\",\n]\n"
        );
        // سوريه and سورية share an identity key (they match alike), but the entry still records
        // the spelling it replaces, so that the file says what the desk decided.
        let before = "[spellings]\n\"سورية\" = [\"سوريا\"]\n";
        assert_eq!(
            add_spelling(before, "سورية", &v(&["سوريه"])).unwrap(),
            "[spellings]\n\"سورية\" = [\"سوريا\", \"سوريه\"]\n"
        );
        let before = "[spellings]\n\"أردوغان\" = []\n";
        assert_eq!(
            add_spelling(before, "أردوغان", &v(&["اردوغان"])).unwrap(),
            "[spellings]\n\"أردوغان\" = [\"اردوغان\"]\n"
        );
        // The house spelling itself, or a spelling already there, adds nothing.
        let before = "[spellings]\n\"أردوغان\" = [\"اردوغان\"]\n";
        assert_eq!(
            add_spelling(before, "أردوغان", &v(&["أردوغان", "اردوغان"])).unwrap(),
            before
        );
        // An empty array gets its first element without padding.
        let before = "[spellings]\n\"ترمب\" = []\n";
        assert_eq!(
            add_spelling(before, "ترمب", &v(&["ترامب"])).unwrap(),
            "[spellings]\n\"ترمب\" = [\"ترامب\"]\n"
        );
    }

    #[test]
    fn creates_the_table_or_the_file() {
        assert_eq!(
            add_spelling("", "مملوك", &v(&["المملوك"])).unwrap(),
            "[spellings]\n\"مملوك\" = [\"المملوك\"]\n"
        );
        let before = "# rules only\n[rules]\ntatweel = \"off\"\n";
        assert_eq!(
            add_spelling(before, "مملوك", &v(&["المملوك"])).unwrap(),
            "# rules only\n[rules]\ntatweel = \"off\"\n\n[spellings]\n\"مملوك\" = [\"المملوك\"]\n"
        );
    }

    #[test]
    fn choosing_the_other_spelling_swaps_the_entry() {
        // The desk had ترامب as house style; now ترمب wins: the entry is rewritten in place, its
        // comment kept, ترامب and its variants under ترمب.
        let before =
            "[spellings]\n# people\n\"ترامب\" = [\"ترمب\", \"ترامپ\"]\n\"سورية\" = [\"سوريا\"]\n";
        let after = add_spelling(before, "ترمب", &v(&["ترامب"])).unwrap();
        assert_eq!(
            after,
            "[spellings]\n# people\n\"ترمب\" = [\"ترامب\", \"ترامپ\"]\n\"سورية\" = [\"سوريا\"]\n"
        );
        // A house spelling listed as another entry's variant is taken out of that list.
        let before = "[spellings]\n\"سوريا\" = [\"سورية\", \"صوريا\"]\n";
        let after = add_spelling(before, "سورية", &[]).unwrap();
        assert_eq!(
            after,
            "[spellings]\n\"سوريا\" = [\"صوريا\"]\n\"سورية\" = []\n"
        );
        Config::parse(&after).unwrap();
    }

    #[test]
    fn a_variant_taken_from_another_entry_leaves_a_valid_file() {
        // A spelling listed under one house spelling is chosen as the variant of a new one: it
        // leaves the old entry's list, and the file stays one entry per name.
        let before = "[spellings]\n\"عبد الله\" = [\"عبدالله\", \"عبداللة\"]\n";
        let after = add_spelling(before, "عبدالله", &v(&["عبداللة"])).unwrap();
        Config::parse_all(&after).unwrap();
        let before = "[spellings]\n\"ترامب\" = [\"ترمب\"]\n";
        let after = add_spelling(before, "ترامپ", &v(&["ترمب"])).unwrap();
        Config::parse_all(&after).unwrap();
        let before = "[spellings]\n\"غوتيريش\" = [\"غوتيرش\", \"غوتريش\"]\n";
        let after = add_spelling(before, "جوتيريش", &v(&["غوتيرش"])).unwrap();
        assert_eq!(
            after,
            "[spellings]\n\"غوتيريش\" = [\"غوتريش\"]\n\"جوتيريش\" = [\"غوتيرش\"]\n"
        );
        Config::parse_all(&after).unwrap();
    }

    #[test]
    fn accept_list_is_created_or_extended() {
        assert_eq!(
            accept_name("", "الجسمي").unwrap(),
            "[lexicon]\naccept = [\"الجسمي\"]\n"
        );
        let before = "[lexicon]\n# agencies we cite\nagencies = [\"وكالة المدينة\"]\n";
        assert_eq!(
            accept_name(before, "الجسمي").unwrap(),
            "[lexicon]\n# agencies we cite\nagencies = [\"وكالة المدينة\"]\naccept = [\"الجسمي\"]\n"
        );
        let before = "[lexicon]\naccept = [\"الجسمي\"] # singers\n";
        assert_eq!(
            accept_name(before, "المملوك").unwrap(),
            "[lexicon]\naccept = [\"الجسمي\", \"المملوك\"] # singers\n"
        );
        assert_eq!(accept_name(before, "الجسمى").unwrap(), before);
    }

    #[test]
    fn refuses_broken_or_mistyped_files() {
        let e = add_spelling("[spellings\n", "سورية", &[]).unwrap_err();
        assert!(e.en.contains("not valid TOML"), "{e}");
        assert!(e.ar.contains("isnad.toml"));
        let e = add_spelling("spellings = 3\n", "سورية", &[]).unwrap_err();
        assert!(e.en.contains("`spellings`"), "{e}");
        let e = accept_name("[lexicon]\naccept = \"x\"\n", "سورية").unwrap_err();
        assert!(e.en.contains("lexicon.accept"), "{e}");
        assert!(add_spelling("", " ", &[]).is_err());
    }
}
