//! Interned strings: [`Text`], the spelling and key type of a [`Word`](super::Word) and of the
//! profile's word lists. Each distinct string is stored once per thread, for the life of the
//! process, and a `Text` is a one-word reference to it, so a document of N words holds 2 × 8
//! bytes of spellings per word whatever their length, and tokenizing allocates only for a
//! spelling the thread has not seen before.
//!
//! The table only grows: it holds every distinct spelling the thread has read (the vocabulary of
//! the drafts checked, a few megabytes for a newsroom's archive). Two `Text`s are equal when
//! their strings are (interned on different threads, the same string may have two copies).

use std::borrow::Borrow;
use std::cell::RefCell;
use std::hash::{Hash, Hasher};

/// An interned, immutable string (see the module documentation): 8 bytes, `Copy`, dereferences
/// to `str`; hashed, compared and ordered as its `str`, so a `HashSet<Text>` is looked up with a
/// `&str`.
#[derive(Clone, Copy)]
pub struct Text(&'static Entry);

/// One interned string, with what its proclitic readings ([`super::token::proclitic_readings`],
/// read as an Arabic word) need, worked out once when the string is interned: a word's readings
/// are then served at every call without counting its letters again ([`Text::readings`]).
#[derive(Clone)]
struct Entry {
    /// The string.
    s: &'static str,
    /// How many readings the string has after the whole string (0 to 2); reading `j` (from 1)
    /// strips `j` two-byte letters, and is the rest of the string but for a last reading that is
    /// [`Entry::restored`].
    more: u8,
    /// The last reading when it is ل + ال written لل with the article's alef restored
    /// (للرئيس → الرئيس), interned: it is not written in the string.
    restored: Option<Text>,
}

/// The empty string's entry (not in any table).
static EMPTY: Entry = Entry {
    s: "",
    more: 0,
    restored: None,
};

/// The strings one thread has interned, by content, and the derived strings remembered for some
/// of them ([`Text::with_derived`]).
#[derive(Default)]
struct Table {
    set: rustc_hash::FxHashSet<Text>,
    /// A string derived from an interned one, by the address of the interned one's pointer (never
    /// freed, so never reused).
    derived: rustc_hash::FxHashMap<usize, Text>,
    /// The unused rest of the current chunk of string bytes: strings are copied one after the
    /// other into chunks of [`CHUNK`] bytes kept for the process's life (one allocation per chunk,
    /// not per string: a spelling of 12 bytes costs 12 bytes, not a heap block of 32).
    bytes: &'static mut [u8],
    /// The unused rest of the current chunk of [`SLOTS`] entries (a `Text` points to one of them).
    slots: &'static mut [Entry],
}

/// Bytes in a chunk of interned strings; a string longer than a quarter of it gets its own block.
const CHUNK: usize = 16 * 1024;
/// String references in a chunk of them.
const SLOTS: usize = 1024;

impl Table {
    /// The `Text` of `s` (not empty): the one in the set, else a new copy, added to the set.
    fn intern(&mut self, s: &str) -> Text {
        if let Some(&found) = self.set.get(s) {
            return found;
        }
        let text = self.store(s);
        self.set.insert(text);
        text
    }

    /// A copy of `s` for the process's life, with a reference to it: the `Text` of `s` (not yet
    /// in the set). Its proclitic readings are read here, once (a لل reading is interned first).
    fn store(&mut self, s: &str) -> Text {
        let (more, restored) = match super::token::extra_readings(s) {
            (more, Some(r)) => (more, Some(self.intern(&r))),
            (more, None) => (more, None),
        };
        let stored: &'static str = if s.len() > CHUNK / 4 {
            Box::leak(Box::from(s))
        } else {
            if self.bytes.len() < s.len() {
                self.bytes = Box::leak(vec![0u8; CHUNK].into_boxed_slice());
            }
            let (head, tail) = std::mem::take(&mut self.bytes).split_at_mut(s.len());
            self.bytes = tail;
            head.copy_from_slice(s.as_bytes());
            // A copy of a `str`'s bytes is UTF-8 (checked once per new spelling).
            match std::str::from_utf8(head) {
                Ok(copy) => copy,
                Err(_) => Box::leak(Box::from(s)),
            }
        };
        let entry = Entry {
            s: stored,
            more,
            restored,
        };
        if self.slots.is_empty() {
            self.slots = Box::leak(vec![EMPTY.clone(); SLOTS].into_boxed_slice());
        }
        match std::mem::take(&mut self.slots).split_first_mut() {
            Some((slot, rest)) => {
                self.slots = rest;
                *slot = entry;
                Text(slot)
            }
            None => Text(Box::leak(Box::new(entry))),
        }
    }
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

impl Text {
    /// The `Text` of `s`: the thread's copy of `s`, made (one string and one pointer stored for
    /// good) when the thread has not interned `s` before.
    pub fn new(s: &str) -> Text {
        if s.is_empty() {
            return Text(&EMPTY);
        }
        TABLE.with(|t| t.borrow_mut().intern(s))
    }

    /// The `Text` of `s` with the `Text` that `derive` makes of it (a key of the spelling `s`):
    /// `derive` runs once per distinct `s` on a thread (at every call for the empty string), its
    /// result remembered. `derive` must
    /// depend on `s` only, and be the same function at every call on a thread (there is one
    /// remembered result per string: the tokenizer's identity key).
    pub(super) fn with_derived(s: &str, derive: impl FnOnce(&str) -> Text) -> (Text, Text) {
        if s.is_empty() {
            return (Text(&EMPTY), derive(s));
        }
        // The string and its derived string, found in one visit of the table when both are known.
        let (text, known) = TABLE.with(|t| {
            let mut t = t.borrow_mut();
            let text = t.intern(s);
            let at = std::ptr::from_ref(text.0) as usize;
            (text, t.derived.get(&at).copied())
        });
        if let Some(d) = known {
            return (text, d);
        }
        let at = std::ptr::from_ref(text.0) as usize;
        // Made with the table free: `derive` interns its result.
        let d = derive(s);
        TABLE.with(|t| t.borrow_mut().derived.insert(at, d));
        (text, d)
    }

    /// The string.
    #[inline]
    pub fn as_str(&self) -> &'static str {
        self.0.s
    }

    /// What the string's proclitic readings after the whole string are, as its entry keeps them
    /// (see [`Entry`]): how many (0 to 2; reading `j` from 1 strips `j` two-byte letters), and the
    /// interned last reading when it is a لل reading, not written in the string.
    #[inline]
    pub(super) fn extra_readings(&self) -> (usize, Option<Text>) {
        (usize::from(self.0.more), self.0.restored)
    }

    /// True when `self` and `other` are the one interned string (one pointer compared, no
    /// byte): then they are equal. Equal strings interned on different threads fail it (two
    /// copies); `==` compares their bytes then.
    #[inline]
    pub fn same_entry(&self, other: &Text) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Default for Text {
    /// The empty string.
    fn default() -> Text {
        Text(&EMPTY)
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.0.s
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.0.s
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.0.s
    }
}

impl Hash for Text {
    /// Hashed as its `str` (so that [`Borrow<str>`] lookups work).
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.s.hash(state);
    }
}

impl PartialEq for Text {
    #[inline]
    fn eq(&self, other: &Text) -> bool {
        std::ptr::eq(self.0, other.0) || *self.0.s == *other.0.s
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    /// Ordered as its `str`.
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.0.s.cmp(other.0.s)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.0.s, f)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::new(s)
    }
}

impl From<&String> for Text {
    fn from(s: &String) -> Text {
        Text::new(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::new(&s)
    }
}

impl From<std::borrow::Cow<'_, str>> for Text {
    fn from(s: std::borrow::Cow<'_, str>) -> Text {
        Text::new(&s)
    }
}

impl From<Text> for String {
    fn from(t: Text) -> String {
        t.0.s.to_string()
    }
}

impl FromIterator<char> for Text {
    /// The `Text` of the characters collected (built in a `String` first).
    fn from_iter<I: IntoIterator<Item = char>>(iter: I) -> Text {
        Text::new(&iter.into_iter().collect::<String>())
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == &**other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == &**other
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        *self == **other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_strings_share_one_copy_on_a_thread() {
        let a = Text::new("الرئيس");
        let b = Text::from(String::from("الرئيس"));
        assert!(std::ptr::eq(a.0, b.0));
        assert!(a.same_entry(&b));
        assert_eq!(a, b);
        assert_eq!(a, "الرئيس");
        assert_eq!(std::mem::size_of::<Text>(), 8);
        assert_ne!(a, Text::new("رئيس"));
        assert_eq!(Text::new(""), Text::default());
        assert_eq!(Text::default().as_str(), "");
    }

    #[test]
    fn strings_copied_into_chunks_stay_apart_and_whole() {
        // More strings and slots than one chunk holds, and a string longer than a quarter chunk.
        let long = "ب".repeat(CHUNK);
        let made: Vec<(String, Text)> = (0..3 * SLOTS)
            .map(|i| format!("كلمة{i}"))
            .chain([long.clone(), "ا".into()])
            .map(|s| {
                let t = Text::new(&s);
                (s, t)
            })
            .collect();
        for (s, t) in &made {
            assert_eq!(t.as_str(), s);
            assert!(std::ptr::eq(Text::new(s).0, t.0));
        }
        let starts: std::collections::HashSet<*const u8> =
            made.iter().map(|(_, t)| t.as_str().as_ptr()).collect();
        assert_eq!(starts.len(), made.len());
        assert_eq!(Text::new(&long).len(), CHUNK * 2);
    }

    #[test]
    fn a_derived_string_is_made_once_per_string() {
        let calls = std::cell::Cell::new(0);
        let fold = |s: &str| {
            calls.set(calls.get() + 1);
            Text::new(&s.replace('أ', "ا"))
        };
        let (a, ka) = Text::with_derived("أحمد", fold);
        let (b, kb) = Text::with_derived("أحمد", fold);
        assert_eq!((a, ka), (b, kb));
        assert_eq!(ka, "احمد");
        assert_eq!(calls.get(), 1);
        let (_, kc) = Text::with_derived("أمل", fold);
        assert_eq!(kc, "امل");
        assert_eq!(calls.get(), 2);
    }

    #[test]
    fn looked_up_and_ordered_as_str() {
        let mut set: std::collections::HashSet<Text> = std::collections::HashSet::new();
        set.insert(Text::new("قال"));
        assert!(set.contains("قال"));
        assert!(!set.contains("قالت"));
        let mut v = [Text::new("ب"), Text::new("ا"), Text::new("ت")];
        v.sort();
        assert_eq!(v.map(|t| t.as_str()), ["ا", "ب", "ت"]);
        let k: Text = "أحمد".chars().filter(|&c| c != 'أ').collect();
        assert_eq!(k, "حمد");
    }

    #[test]
    fn texts_made_on_two_threads_are_equal() {
        let a = Text::new("مملوك");
        let b = std::thread::spawn(|| Text::new("مملوك"))
            .join()
            .unwrap_or_default();
        assert_eq!(a, b);
        let mut h1 = rustc_hash::FxHasher::default();
        let mut h2 = rustc_hash::FxHasher::default();
        a.hash(&mut h1);
        b.hash(&mut h2);
        assert_eq!(h1.finish(), h2.finish());
    }
}
