//! The Speakers table of a story's review sheet and the people it adds to the names table.
//!
//! [`SpeakerTable::count`] files each quotation under the person its speaker phrase names (as the
//! reader read the name, or the person of the names layer it stands for), else under the phrase
//! as written; [`SpeakerTable::finish`] then joins the rows that name one person in several ways:
//! a later mention by the family name (one or more words: أبو صالحة، آل ثاني، الشكعة) with the
//! row of the fuller name it ends (يزن أبو صالحة), under the fullest name, while a family name
//! two people of the story share stays a row of its own. Every offset is a UTF-8 byte offset
//! into the story's text, ranges half-open.

use super::{PersonMentions, Speaker, as_named, definite};
use crate::analysis::Analysis;
use crate::analysis::names::people::People;
use crate::analysis::names::{Entity, NameKind, across, east_asian};
use crate::profile::Profile;
use crate::text::normalize;
use std::collections::HashMap;
use std::ops::Range;

/// One row of the speakers table while it is built.
struct Row {
    /// What joins two quotations in this row: `person:` and the name's identity keys for a
    /// person, else the phrase's identity key.
    key: String,
    /// The name shown.
    display: String,
    /// Number of quotations.
    count: usize,
    /// The identity keys of the words of the person's name as this row's quotations give it
    /// (the family name alone for a quotation naming the person by it); `None` for a phrase that
    /// names no person (a post, a body, an unnamed source).
    words: Option<Vec<String>>,
    /// The person of the story's names the row stands for, as an index into them.
    entity: Option<usize>,
    /// The family name's preferred spelling, shown instead of `display` when the family name is
    /// shared by two people of the table (for a row of the family name alone).
    family: Option<String>,
    /// True when the row's name looks like a person's ([`looks_like_person`]; always for a
    /// person of the names): only such a row adds a person to the names table.
    person: bool,
}

/// A person a speakers row names, for the names table: the person of the story's names it
/// stands for (index), the fullest name the quotations give, and the family name's words as
/// identity keys (the shortest way the quotations name the person).
#[derive(Clone, Debug)]
pub(super) struct QuotedPerson {
    /// Index into the story's names, when the names layer found the person.
    pub entity: Option<usize>,
    /// The fullest name (given names and family name) as written, words joined by one space.
    pub full: String,
    /// The family name as identity keys, one a word.
    pub family: Vec<String>,
}

/// The speakers table of a story while its quotations are listed, in order of first quotation;
/// a person's family-name display computed once (their spellings are counted over every
/// mention); and the indices into the names of the people quoted.
pub(super) struct SpeakerTable<'p> {
    rows: Vec<Row>,
    at: HashMap<String, usize>,
    person_rows: HashMap<usize, String>,
    /// The story's orthographic conventions, for the preferred spelling of a family name (read
    /// once, on the first person row).
    conventions: std::cell::OnceCell<across::Conventions>,
    people: PersonMentions,
    /// The people behind the story's person names.
    persons: &'p People,
    /// Indices into the story's names of the people a quotation is attributed to.
    pub quoted: Vec<usize>,
    /// The places where a quotation names its speaker by a name written alone (a given name)
    /// that the names layer does not hold and that stands for one person of `persons`: the
    /// person's index and the byte range of the name, without repeats.
    pub alone: Vec<(usize, Range<usize>)>,
}

/// The identity keys of the words of `s`, one a word.
fn keys(s: &str) -> Vec<String> {
    s.split_whitespace().map(normalize::identity).collect()
}

/// Whether the identity key `k` joins the word after it into one name: the first half of a
/// kunya, a nasab or a family (أبو، أم، ابن، بن، بنت، آل) or of a name of God's servant (عبد).
/// The second word alone names no one (صالحة of أبو صالحة), so a name is never cut between them.
/// A closed class of Arabic naming, written for isnad.
fn links_next(k: &str) -> bool {
    matches!(
        k,
        "ابو" | "ابي" | "ابا" | "ام" | "ابن" | "بن" | "بنت" | "ال" | "عبد"
    )
}

/// Whether the identity key `k` is the name of God, الله, which closes a theophoric compound
/// name (سيف الله، نصر الله، عبد الله) and names no one alone: it joins the word before it.
/// Grammar of Arabic naming, written for isnad.
fn links_previous(k: &str) -> bool {
    k == "الله"
}

/// Whether `short` (identity keys) is a way of naming the person whose name is `long`: a proper
/// suffix of it that does not start inside a two-word name part ([`links_next`], [`links_previous`]):
/// يزن أبو صالحة is named later أبو صالحة (a family name of two words) or الشكعة of رنا الشكعة,
/// never صالحة, and سيف الله never الله. An East Asian name written family name first (وانغ لي
/// مينغ: [`east_asian::family_first`]) is named by its first word alone.
fn names_by_family(long: &[String], short: &[String]) -> bool {
    if east_asian::family_first(long) {
        return long
            .first()
            .is_some_and(|f| short == std::slice::from_ref(f));
    }
    long.len() > short.len()
        && !short.is_empty()
        && long.ends_with(short)
        && !short.first().is_some_and(|k| links_previous(k))
        && long
            .get(long.len() - short.len() - 1)
            .is_none_or(|k| !links_next(k))
}

/// The family name within the name `words` (identity keys): its last word, with the word before
/// it when that one joins it ([`links_next`]: أبو صالحة، عبد الله) or the last word joins the one
/// before ([`links_previous`]: سيف الله); the first word of an East Asian name written family name
/// first ([`east_asian::family_first`]: وانغ of وانغ لي مينغ).
fn family_of(words: &[String]) -> Vec<String> {
    // An East Asian name puts the family name first (وانغ لي مينغ).
    if east_asian::family_first(words) {
        return words.get(..1).unwrap_or_default().to_vec();
    }
    let n = words.len();
    let joined = |i: usize| {
        words.get(i).is_some_and(|k| links_next(k))
            || words.get(i + 1).is_some_and(|k| links_previous(k))
    };
    let from = if n >= 2 && joined(n - 2) {
        n - 2
    } else {
        n.saturating_sub(1)
    };
    words.get(from..).unwrap_or_default().to_vec()
}

/// The name a speaker phrase gives person `e` of `names` (`cx`: the profile, the story's text,
/// its names and `e`) when it says more than the family name `family` (identity keys): `n`, the
/// name the reader read (its first given name at byte `from`), with its keys, when it is the
/// person's full name in the story (`base`) or carries given names of its own (another person
/// sharing the family name), or an East Asian name read whole, family name first (وانغ لي مينغ:
/// [`east_asian::family_first`]); None otherwise.
fn fuller_name(
    (profile, text, names, e): (&Profile, &str, &[Entity], usize),
    base: &str,
    family: &[String],
    from: usize,
    n: String,
) -> Option<(String, Vec<String>)> {
    let nk = keys(&n);
    if east_asian::family_first(&nk) && family.len() == 1 && nk.first() == family.first() {
        return Some((n, nk));
    }
    let words: Vec<&str> = n.split_whitespace().collect();
    let extra = words.get(..words.len().checked_sub(family.len())?)?;
    (nk.ends_with(family)
        && nk.len() > family.len()
        && !names_by_family(&keys(base), &nk)
        && (nk == keys(base) || given_names(profile, text, names, Some(e), from, extra)))
    .then_some((n, nk))
}

/// Whether the words `extra` (as written), which the reader read before the family name of
/// person `e` of `names` at byte `from` of `text`, are that person's given names: each is an
/// Arabic word that is no function word, title, place or agency in `profile`'s lists, and each is
/// a given name of the list or no ordinary word of the lexicon, unless the name stands right
/// after a title (الدكتورة رنا الشكعة), the one place where a given name that is also an ordinary
/// word (رنا، يزن) cannot be read as one. A word of the sentence the reader took in before the
/// name (السجن عزيمة بوجاني) is none of these. A word with the article is a given name only as
/// the second half of a compound one ([`compound_half`]); a given name after و (هيرلي وستيف
/// تشين) joins a second person to the first; the family name of another person of the story
/// named in full (أولاند in أولاند إثر) is not this one's given name. عبد before a word with the
/// article is the first half of a compound given name (عبد اللطيف), though عبد is an ordinary word.
fn given_names(
    profile: &Profile,
    text: &str,
    names: &[Entity],
    e: Option<usize>,
    from: usize,
    extra: &[&str],
) -> bool {
    use crate::profile::vocab::{AGENCY, FUNCTION, GIVEN, PLACE, TITLE};
    let after_title = text
        .get(..from)
        .and_then(|b| b.split_whitespace().next_back())
        .is_some_and(|w| profile.flags(&normalize::identity(w)) & TITLE != 0);
    let given_of = |k: &str| {
        profile.flags(k) & GIVEN != 0
            || e.and_then(|e| names.get(e))
                .is_some_and(|ent| ent.given.iter().any(|g| g == k))
    };
    let someone_else = |k: &str| {
        names.iter().enumerate().any(|(i, x)| {
            Some(i) != e && x.kind == NameKind::Person && x.key == k && !x.given.is_empty()
        })
    };
    !extra.is_empty()
        && extra.iter().enumerate().all(|(i, w)| {
            let k = normalize::identity(w);
            let flags = profile.flags(&k);
            let before = i.checked_sub(1).and_then(|j| extra.get(j));
            if definite(w) {
                // الله of هبة الله is also a function word: as a compound's half it is a name.
                return compound_half(before.copied(), &k);
            }
            w.chars().all(crate::text::chars::is_arabic_word_char)
                && flags & (FUNCTION | TITLE | PLACE | AGENCY) == 0
                && !(i > 0 && k.strip_prefix('و').is_some_and(given_of))
                && !someone_else(&k)
                && (given_of(&k)
                    || after_title
                    || !crate::profile::words::lexicon().is_word(w)
                    || (k == "عبد" && extra.get(i + 1).is_some_and(|n| definite(n))))
        })
}

/// The person's name at byte range `person` of `text`, read inside the speaker phrase at `phrase`,
/// widened to the given names written right before it in the phrase (at most three words that
/// pass [`given_names`] for `names`' people): a reader that took only the family name
/// (المهندسة هبة الله العموش read as العموش) loses the given names a full name carries. The
/// range itself when no word before it is a given name.
fn with_given_names(
    profile: &Profile,
    text: &str,
    names: &[Entity],
    phrase: &Range<usize>,
    person: Range<usize>,
) -> Range<usize> {
    let Some(before) = text.get(phrase.start.min(person.start)..person.start) else {
        return person;
    };
    // The words before the name, with their byte offsets in `text`; `before` is a subslice.
    let base = phrase.start.min(person.start);
    let words: Vec<(usize, &str)> = before
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - before.as_ptr() as usize + base, w))
        .collect();
    // Only a space between the words taken and the name (no comma, no quotation mark).
    if !before.ends_with(' ') && !before.is_empty() {
        return person;
    }
    let mut best = person.start;
    for take in 1..=3.min(words.len()) {
        let Some(tail) = words.get(words.len() - take..) else {
            break;
        };
        let extra: Vec<&str> = tail.iter().map(|&(_, w)| w).collect();
        let from = tail.first().map_or(person.start, |&(at, _)| at);
        if given_names(profile, text, names, None, from, &extra) {
            best = from;
        }
    }
    best..person.end
}

/// Whether the word with the article whose identity key is `k`, after the word `before`, is the
/// second half of a compound given name: after عبد (عبد الرحمن), or الله and الدين after a first
/// half (هبة الله، صلاح الدين), theophoric and honorific compounds that are one given name.
fn compound_half(before: Option<&str>, k: &str) -> bool {
    before.is_some_and(|b| normalize::identity(b) == "عبد" || matches!(k, "الله" | "الدين"))
}

/// Whether the person's name at byte range `person` of `text`, inside the speaker phrase at
/// `phrase`, names the speaker: the words before it in the phrase are none, or end with a title
/// or a definite word (الناطق باسم الرئاسة نبيل أبو ردينة), not a noun in construct with it
/// (صحيفة افغي: the paper of someone, [`super::genitive_of`]) nor an opening quotation mark
/// (تنظيم «داعش»: a body's name quoted).
fn names_the_speaker(text: &str, phrase: &Range<usize>, person: &Range<usize>) -> bool {
    let Some(before) = text.get(phrase.start.min(person.start)..person.start) else {
        return false;
    };
    !super::genitive_of(before) && !before.contains(['«', '"', '“', '”', '»'])
}

/// Whether the name `full` (words as written) that the reader read as a person's looks like one in
/// `profile`'s lists and the lexicon: it does not end on the first half of a two-word part
/// ([`links_next`]: صالح بن is a name cut short), holds no agency, place or body noun (أبو, the
/// first word of أبو ظبي, is looked at as a name's link only), and has a
/// mark of a name: a kunya, nasab or family part (أبو، بن، آل), a given name of the list, or a
/// word the lexicon does not know. A phrase of ordinary words only (رسائل صوتية متداولة، جرى
/// تدريب) is one the reader took for a name, not a person.
fn looks_like_person(profile: &Profile, full: &str) -> bool {
    use crate::profile::vocab::{AGENCY, GIVEN, ORG_NOUN, PLACE};
    let words: Vec<&str> = full.split_whitespace().collect();
    let keys: Vec<String> = words.iter().map(|w| normalize::identity(w)).collect();
    let Some(last) = keys.last() else {
        return false;
    };
    !links_next(last)
        && keys
            .iter()
            .filter(|k| !links_next(k))
            .all(|k| profile.flags(k) & (AGENCY | PLACE | ORG_NOUN) == 0)
        && (keys
            .iter()
            .any(|k| links_next(k) || profile.flags(k) & GIVEN != 0)
            || words
                .iter()
                .any(|w| !crate::profile::words::lexicon().is_word(w)))
}

/// Whether the name the reader read at byte range `pr` of `text` stands in apposition with a
/// post: the word right before it is a title of `profile`'s lists, after a space or a comma
/// (الوزير حميد شباط، الوزير، حميد شباط), or the word right after it is one, after a space or a comma (حميد شباط
/// الأمين العام، حميد شباط، الأمين العام). Reason: a post in apposition describes a person, so
/// a name the reader took with one is a person's name even when every word of it is also a
/// dictionary word and no list holds its given name.
fn beside_a_post(profile: &Profile, text: &str, pr: &Range<usize>) -> bool {
    use crate::profile::vocab::TITLE;
    let titled = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        !w.is_empty() && profile.flags(&normalize::identity(w)) & TITLE != 0
    };
    let before = text.get(..pr.start).is_some_and(|b| {
        b.ends_with(' ')
            && !b.trim_end().ends_with(['.', ':', '\n'])
            && b.split_whitespace().next_back().is_some_and(titled)
    });
    let after = text.get(pr.end..).is_some_and(|a| {
        let a = a.strip_prefix(['،', ',']).unwrap_or(a);
        a.starts_with(' ') && a.split_whitespace().next().is_some_and(titled)
    });
    before || after
}

/// Whether person `e` of `names` is a name of one word with no family name that the speaker
/// phrase at byte range `r` of `text` writes with one more word after it (الخبير يوسف الشمالي,
/// where the names layer holds يوسف alone): the row is then read from the phrase, not from the
/// given name. Reason: a speaker phrase runs to the end of the speaker's name, so the word the
/// reader took after a given name is the family name that the names layer could not confirm, and
/// a row under the given name alone would name the speaker short.
fn given_name_cut(text: &str, names: &[Entity], e: usize, r: &Range<usize>) -> bool {
    let Some(ent) = names.get(e) else {
        return false;
    };
    let one_word = |rest: &str| {
        let rest = rest.trim();
        !rest.is_empty()
            && rest
                .chars()
                .all(|c| c.is_alphabetic() || ('\u{064B}'..='\u{065F}').contains(&c))
    };
    // Mentions are in text order (`Entity::mentions`): only those starting inside the phrase.
    let from = ent.mentions.partition_point(|m| m.range.start < r.start);
    !ent.family
        && ent.given.is_empty()
        && ent.mentions[from..]
            .iter()
            .take_while(|m| m.range.start < r.end)
            .any(|m| m.range.end < r.end && text.get(m.range.end..r.end).is_some_and(one_word))
}

/// The row of a quotation whose speaker phrase at byte range `r` of `text` names no person of the
/// story's names: keyed by the person's name the reader read (`named`) when the phrase names the
/// speaker by it ([`names_the_speaker`]; never for an unnamed source, `anonymous`), shown by it
/// when it looks like a person's name in `profile`'s lists ([`looks_like_person`]), else keyed
/// and shown as the phrase (`shown`).
fn phrase_row(
    profile: &Profile,
    text: &str,
    r: &Range<usize>,
    shown: &str,
    named: Option<(Range<usize>, String)>,
    anonymous: bool,
) -> Row {
    match named.filter(|(pr, _)| !anonymous && names_the_speaker(text, r, pr)) {
        Some((pr, n)) => {
            // The row joins by the name either way; it is shown by it, and the person listed,
            // only when the name looks like a person's (a bare family name of ordinary words,
            // شباط, still joins the full name it ends).
            let nk = keys(&n);
            let person = looks_like_person(profile, &n) || beside_a_post(profile, text, &pr);
            Row {
                key: format!("person:{}", nk.join(" ")),
                display: if person {
                    normalize::plain(&n)
                } else {
                    shown.to_string()
                },
                count: 1,
                words: Some(nk),
                entity: None,
                family: None,
                person,
            }
        }
        None => Row {
            key: normalize::identity(shown),
            display: shown.to_string(),
            count: 1,
            words: None,
            entity: None,
            family: None,
            person: false,
        },
    }
}

/// For each of `rows`, the row it is counted under (its own index, or the one row with a fuller
/// name it is a way of naming, [`names_by_family`]) and whether its name is a family name that
/// rows with different fuller names end in (two people sharing it), by index.
///
/// A row in `ambiguous` (by index) is never joined and counts as shared: its family name is
/// carried by two people of the story, whether or not both are quoted.
fn joins(rows: &[Row], ambiguous: &[bool]) -> (Vec<usize>, Vec<bool>) {
    let n = rows.len();
    let words = |x: usize| rows.get(x).and_then(|r| r.words.as_deref()).unwrap_or(&[]);
    // Rows by the last word of their name: a name ends the names it is a way of naming, so
    // only rows sharing its last word are looked at (linear in the rows for distinct names).
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    for x in 0..n {
        if let Some(last) = words(x).last() {
            by_last.entry(last.as_str()).or_default().push(x);
        }
    }
    let mut into: Vec<Option<usize>> = vec![None; n];
    let mut shared = vec![false; n];
    for b in 0..n {
        if ambiguous.get(b).copied().unwrap_or(false) {
            shared[b] = true;
            continue;
        }
        let bw = words(b);
        let Some(last) = bw.last() else { continue };
        let fuller: Vec<usize> = by_last
            .get(last.as_str())
            .into_iter()
            .flatten()
            .copied()
            .filter(|&x| names_by_family(words(x), bw))
            .collect();
        // The fullest of them, the first on a tie; every other must be a way of naming it.
        let Some(&top) = fuller.iter().max_by_key(|&&x| (words(x).len(), n - x)) else {
            continue;
        };
        if fuller
            .iter()
            .all(|&x| x == top || names_by_family(words(top), words(x)))
        {
            into[b] = Some(top);
        } else {
            shared[b] = true;
        }
    }
    // A row joins the fullest row; that row joins nothing (it has no fuller row).
    let roots: Vec<usize> = (0..n)
        .map(|mut x| {
            for _ in 0..n {
                match into.get(x).copied().flatten() {
                    Some(y) => x = y,
                    None => break,
                }
            }
            x
        })
        .collect();
    (roots, shared)
}

impl<'p> SpeakerTable<'p> {
    /// An empty table for the story analysed in `a`, whose people are `persons`.
    pub(super) fn new(a: &Analysis, persons: &'p People) -> Self {
        SpeakerTable {
            rows: Vec::new(),
            at: HashMap::new(),
            person_rows: HashMap::new(),
            conventions: std::cell::OnceCell::new(),
            people: PersonMentions::of(&a.names),
            persons,
            quoted: Vec::new(),
            alone: Vec::new(),
        }
    }

    /// Counts one quotation of `text` (analysed in `a`) for the speaker phrase at byte range `r`
    /// (`shown`: the words to list when the phrase names no person; `named`: the byte range and
    /// words of the person's name as the reader read it, when it did; `anonymous`: the speaker
    /// is an unnamed source, whose words name no one): under the person the phrase
    /// names, by the name as this quotation gives it (a family name alone counted for now under
    /// the person's full name as the story gives it, else the preferred spelling of the family
    /// name), else under the reader's name, else under `shown`.
    pub(super) fn count(
        &mut self,
        text: &str,
        a: &Analysis,
        profile: &Profile,
        r: &Range<usize>,
        shown: &str,
        named: Option<(Range<usize>, String)>,
        anonymous: bool,
    ) {
        let person = self
            .people
            .person_in(profile, text, &a.names, r)
            .filter(|&e| !given_name_cut(text, &a.names, e, r))
            .map(|e| self.people.named_with(text, &a.names, e))
            .or_else(|| self.people.post_holder(text, profile, &a.names, r));
        let named = named
            .map(|(pr, n)| {
                let pr = with_given_names(profile, text, &a.names, r, pr);
                let n = text.get(pr.clone()).map_or(n, super::one_line);
                (pr, as_named(profile, &n))
            })
            .filter(|(_, n)| !n.is_empty());
        // A name written alone (a given name, or a family name the names layer holds without
        // given names) that stands for one person the story names in full is that person.
        let alone = match person {
            None => named.as_ref().and_then(|(pr, n)| {
                if crate::analysis::names::sheet::after_name_particle(text, pr.start) {
                    return None;
                }
                let p = self.persons.named_by(&a.names, n)?;
                if !self.alone.iter().any(|(_, x)| x == pr) {
                    self.alone.push((p, pr.clone()));
                }
                Some(p)
            }),
            // A one-word person the names layer holds without given names, never beside a name
            // particle (بنت سالم: a father's name), nor another entity of the same family name.
            Some((e, _)) => a
                .names
                .get(e)
                .filter(|ent| crate::analysis::names::sheet::alone_given(text, ent))
                .and_then(|ent| {
                    let p = self.persons.named_by(&a.names, &ent.key)?;
                    let other = a.names.get(self.persons.get(p)?.entity)?;
                    (other.key != ent.key).then_some(p)
                }),
        };
        if let Some(p) = alone
            && let (Some(who), Some(full)) = (self.persons.get(p), self.persons.full_text(text, p))
        {
            self.quoted.push(who.entity);
            let nk = keys(&full);
            self.add(Row {
                key: format!("person:{}", nk.join(" ")),
                display: full,
                count: 1,
                words: Some(nk),
                entity: Some(who.entity),
                family: None,
                person: true,
            });
            return;
        }
        let row = match person {
            Some((e, pair)) => {
                self.quoted.push(e);
                let Some(row) = self.person_row(text, a, profile, e, pair, named) else {
                    return;
                };
                row
            }
            None => phrase_row(profile, text, r, shown, named, anonymous),
        };
        self.add(row);
    }

    /// Counts `row`'s quotation under the row with its key, or adds it.
    fn add(&mut self, row: Row) {
        match self.at.get(&row.key) {
            Some(&at) => {
                if let Some(old) = self.rows.get_mut(at) {
                    old.count += 1;
                    old.entity = old.entity.or(row.entity);
                }
            }
            None => {
                self.at.insert(row.key.clone(), self.rows.len());
                self.rows.push(row);
            }
        }
    }

    /// The row of a quotation whose speaker phrase names person `e` of `a`'s names (`pair`: the
    /// full name written as another person's mention runs on into this one's, from
    /// [`PersonMentions::named_with`]) and whose person the reader read as `named` (byte range
    /// and words, given names widened): under that name when it gives the person's given names
    /// (the full name, or given names of its own: another person sharing the family name), else
    /// under the family name, shown as the person's full name in the story when it has one.
    /// `None` when `e` is not one of the names.
    fn person_row(
        &mut self,
        text: &str,
        a: &Analysis,
        profile: &Profile,
        e: usize,
        pair: Option<String>,
        named: Option<(Range<usize>, String)>,
    ) -> Option<Row> {
        let ent = a.names.get(e)?;
        let base = self
            .person_rows
            .entry(e)
            .or_insert_with(|| self.persons.sole_full(text, e).or(pair).unwrap_or_default())
            .clone();
        let conventions = *self
            .conventions
            .get_or_init(|| across::Conventions::of(text));
        let preferred =
            across::preferred_spelling_in(profile, &ent.key, &ent.spellings(), conventions);
        let mut family = keys(&ent.key);
        // A family name after أبو/بن/آل ... is a name of two words (أبو حمدة), though the names
        // layer keeps its second word: the row is keyed and shown by both.
        let mut link = None;
        if let Some((_, n)) = &named {
            let words: Vec<&str> = n.split_whitespace().collect();
            let nk = keys(n);
            let before = nk.len().checked_sub(family.len() + 1);
            if let Some(b) = before.filter(|_| nk.ends_with(&family)) {
                if let (Some(k), Some(w)) = (nk.get(b), words.get(b)) {
                    if links_next(k) {
                        family.insert(0, k.clone());
                        link = Some(normalize::plain(w));
                    }
                }
            }
        }
        let shown_family = match &link {
            Some(l) => format!("{l} {preferred}"),
            None => preferred.clone(),
        };
        let base = if base == preferred || base.is_empty() {
            shown_family.clone()
        } else {
            base
        };
        let fuller = named.and_then(|(pr, n)| {
            let whole = (profile, text, a.names.as_slice(), e);
            fuller_name(whole, &base, &family, pr.start, n)
        });
        Some(match fuller {
            Some((n, nk)) => Row {
                key: format!("person:{}", nk.join(" ")),
                display: normalize::plain(&n),
                count: 1,
                words: Some(nk),
                entity: Some(e),
                family: None,
                person: true,
            },
            None => Row {
                key: format!("person:{}", family.join(" ")),
                family: Some(shown_family),
                display: base,
                count: 1,
                words: Some(family),
                entity: Some(e),
                person: true,
            },
        })
    }

    /// The speakers, most quoted first (ties in order of first quotation), one row per person:
    /// a row naming a person by a family name ([`names_by_family`]) is joined to the one row
    /// with a fuller name ending in it, under the fullest name; when two rows with different
    /// fuller names end in it (two people sharing a family name), it stays apart, under the
    /// family name as written. With the people the rows name, for the names table.
    pub(super) fn finish(self) -> (Vec<Speaker>, Vec<QuotedPerson>) {
        let rows = self.rows;
        // A family name written alone that two people of the story carry (النائبة سارة المومني …
        // الوزير خالد المومني … قال المومني) cannot be told for either: a blank beats a wrong
        // name, so its row stays apart under the family name, even when only one of the two
        // is quoted elsewhere.
        // People by family-name entity, counted once (asking `of_entity` per row would read
        // every person for every row).
        let mut carriers: HashMap<usize, usize> = HashMap::new();
        for p in 0..self.persons.len() {
            if let Some(who) = self.persons.get(p) {
                *carriers.entry(who.entity).or_default() += 1;
            }
        }
        let ambiguous: Vec<bool> = rows
            .iter()
            .map(|r| {
                r.words.as_ref().is_some_and(|w| w.len() == 1)
                    && r.entity
                        .is_some_and(|e| carriers.get(&e).is_some_and(|&c| c >= 2))
            })
            .collect();
        let (roots, shared) = joins(&rows, &ambiguous);
        // (root, count, members), in order of first quotation.
        let mut groups: Vec<(usize, usize, Vec<usize>)> = Vec::new();
        let mut group_of: HashMap<usize, usize> = HashMap::new();
        for (x, &r) in roots.iter().enumerate() {
            let c = rows.get(x).map_or(0, |row| row.count);
            let at = *group_of.entry(r).or_insert_with(|| {
                groups.push((r, 0, Vec::new()));
                groups.len() - 1
            });
            if let Some(g) = groups.get_mut(at) {
                g.1 += c;
                g.2.push(x);
            }
        }
        let mut people = Vec::new();
        let mut speakers = Vec::new();
        for (g, count, members) in groups {
            let Some(row) = rows.get(g) else { continue };
            let is_shared = shared.get(g).copied().unwrap_or(false);
            let display = match &row.family {
                Some(f) if is_shared => f.clone(),
                _ => row.display.clone(),
            };
            let entity = members
                .iter()
                .find_map(|&x| rows.get(x).and_then(|r| r.entity));
            // A root row not shown by a person's name lists no person (the names layer's own
            // row, if any, keeps its full name).
            if let Some(words) = row.words.as_ref().filter(|_| !is_shared && row.person) {
                // The shortest way a member row names the person is the family name.
                let family = members
                    .iter()
                    .filter_map(|&x| rows.get(x).and_then(|r| r.words.clone()))
                    .filter(|w| w.len() < words.len())
                    .min_by_key(Vec::len)
                    .unwrap_or_else(|| family_of(words));
                people.push(QuotedPerson {
                    entity,
                    full: display.clone(),
                    family,
                });
            }
            speakers.push(Speaker {
                name: display,
                quotes: count,
            });
        }
        speakers.sort_by_key(|s| std::cmp::Reverse(s.quotes));
        (speakers, people)
    }
}

/// Gives each of `people` that the speakers table could not tie to a person of the story's
/// `names` the person whose key is the family name, or the compound's joined key when the family
/// name is a compound written spaced (عبد الرزاق: the entity عبدالرزاق that lists both spellings,
/// [`compound::joined_key`](crate::analysis::names::compound::joined_key)), else the person whose
/// every mention lies inside a place where `text` writes the family name (عمار inside بن عمار: the
/// names layer took the second word of a nasab), so the names table shows that person under the
/// full name rather than listing them twice.
pub(super) fn tie_to_names(text: &str, names: &[Entity], people: &mut [QuotedPerson]) {
    let words = arabic_words(text);
    let person = |e: &Entity| e.kind == NameKind::Person && !e.mentions.is_empty();
    for p in people.iter_mut().filter(|p| p.entity.is_none()) {
        let spans: Vec<Range<usize>> = occurrences(text, &words, &p.family)
            .into_iter()
            .map(|(at, s)| at..at + s.len())
            .collect();
        let family = p.family.join(" ");
        let joined = crate::analysis::names::compound::joined_key(&p.family);
        let by_key = names.iter().position(|e| {
            person(e) && (e.key == family || joined.as_deref() == Some(e.key.as_str()))
        });
        p.entity = by_key.or_else(|| {
            names.iter().position(|e| {
                person(e)
                    && e.mentions.iter().all(|m| {
                        spans
                            .iter()
                            .any(|s| s.start <= m.range.start && m.range.end <= s.end)
                    })
            })
        });
    }
}

/// The names-table rows of the people the speakers table names whom the story's names do not
/// hold (not tied to one by [`tie_to_names`]): a speaker
/// is evidence of a person, unless its name has a numeral (a description by age: البالغة 24 عاماً). Each row has the family name as the story spells it (`preferred`,
/// the most used spelling), its spellings counted over the words of `text`, the full name when
/// the story gives more, and the line (`line_of(byte)`) of its first mention. A speaker named by
/// one name alone, with no given name, that is the key of an organisation or place of the
/// story's `names` (وقالت سوناطراك after شركة سوناطراك) gives no row: a body speaks through the
/// verbs a person does, and the story named it as that body (a person's full name, خالد
/// الأحمدي, is kept though a place shares its family name).
pub(super) fn people_rows(
    text: &str,
    people: &[QuotedPerson],
    names: &[Entity],
    line_of: impl Fn(usize) -> usize,
) -> Vec<super::Name> {
    let mut out: Vec<super::Name> = Vec::new();
    let words = arabic_words(text);
    let body = |p: &QuotedPerson| {
        let family = p.family.join(" ");
        keys(&p.full) == p.family
            && names
                .iter()
                .any(|e| e.kind != NameKind::Person && !e.mentions.is_empty() && e.key == family)
    };
    for p in people.iter().filter(|p| p.entity.is_none() && !body(p)) {
        // A name is written without numerals: a speaker phrase with a number in it (اللاعبة
        // البالغة 24 عاماً) describes someone by age or count and names no one.
        if out.iter().any(|n| n.full_name.as_deref() == Some(&p.full))
            || p.full.chars().any(|c| c.is_numeric())
        {
            continue;
        }
        let found = occurrences(text, &words, &p.family);
        let Some(&(first, _)) = found.first() else {
            continue;
        };
        let mut list: Vec<(String, usize)> = Vec::new();
        for (_, s) in &found {
            match list.iter_mut().find(|(t, _)| t == s) {
                Some((_, c)) => *c += 1,
                None => list.push((s.clone(), 1)),
            }
        }
        let preferred = list
            .iter()
            .enumerate()
            .max_by_key(|&(i, (_, c))| (*c, std::cmp::Reverse(i)))
            .map(|(_, (s, _))| s.clone())
            .unwrap_or_default();
        out.push(super::Name {
            kind: NameKind::Person.as_str(),
            spellings: super::spellings_of(&list, &preferred),
            full_name: (keys(&p.full) != p.family).then(|| p.full.clone()),
            preferred,
            mentions: found.len(),
            line: line_of(first),
        });
    }
    out
}

/// The places in `text` (its Arabic words `words`, from [`arabic_words`]) where the name whose
/// identity keys are `name` is written, its words separated by white space only (its first
/// word may carry و or ف): each as the byte offset of the name's first letter and the name as a
/// reader sees it (harakat and tatweel removed, words joined by one space), in text order.
fn occurrences(text: &str, words: &[(usize, &str)], name: &[String]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let Some(first) = name.first() else {
        return out;
    };
    for (i, &(at, w)) in words.iter().enumerate() {
        let k = normalize::identity(w);
        let clitic = k
            .strip_prefix(['و', 'ف'])
            .is_some_and(|rest| rest == first && k != *first);
        if k != *first && !clitic {
            continue;
        }
        let Some(rest) = words.get(i + 1..i + name.len()) else {
            continue;
        };
        let rest_ok = rest
            .iter()
            .zip(name.iter().skip(1))
            .all(|(&(_, w), k)| normalize::identity(w) == *k)
            && words.get(i..i + name.len()).is_some_and(|ws| {
                ws.windows(2).all(|p| {
                    text.get(p[0].0 + p[0].1.len()..p[1].0)
                        .is_some_and(|gap| gap.chars().all(char::is_whitespace))
                })
            });
        if !rest_ok {
            continue;
        }
        // Drop the clitic: its letter is one char of two bytes (و and ف are U+0648 and U+0641).
        let (at, w) = if clitic {
            let skip = w.chars().next().map_or(0, char::len_utf8);
            (at + skip, w.get(skip..).unwrap_or(w))
        } else {
            (at, w)
        };
        let mut spelled = vec![normalize::plain(w)];
        spelled.extend(rest.iter().map(|&(_, w)| normalize::plain(w)));
        out.push((at, spelled.join(" ")));
    }
    out
}

/// The Arabic words of `text` (runs of Arabic letters, harakat and tatweel) with their byte
/// offsets, in order.
fn arabic_words(text: &str) -> Vec<(usize, &str)> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (crate::text::chars::is_arabic_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, text.get(s..i).unwrap_or("")));
                start = None;
            }
            _ => {}
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Lang;
    use crate::report::{Story, StoryInput, build};
    use crate::text::Format;

    fn story_of(src: &str) -> Story {
        let p = Profile::embedded();
        let a = crate::analysis::analyze_text(src, Format::Plain, &p);
        let input = StoryInput {
            path: "a.txt".into(),
            format: Format::Plain,
            content: Ok((src.to_string(), a)),
        };
        build(&[input], &p, Lang::En).stories.remove(0)
    }

    /// The speakers table of `s` as (name, number of quotations) rows.
    fn rows(s: &Story) -> Vec<(&str, usize)> {
        s.speakers
            .iter()
            .map(|r| (r.name.as_str(), r.quotes))
            .collect()
    }

    /// The quotations' speakers as named, to show in a failed assertion.
    fn said(s: &Story) -> Vec<Option<&str>> {
        s.quotes.iter().map(|q| q.speaker.as_deref()).collect()
    }

    /// The people of the names table of `s`: (name shown, spellings with counts).
    fn people(s: &Story) -> Vec<(&str, Vec<(&str, usize)>)> {
        s.names
            .iter()
            .filter(|n| n.kind == "person")
            .map(|n| {
                (
                    n.full_name.as_deref().unwrap_or(&n.preferred),
                    n.spellings
                        .iter()
                        .map(|x| (x.text.as_str(), x.count))
                        .collect(),
                )
            })
            .collect()
    }

    fn k(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| normalize::identity(w)).collect()
    }

    #[test]
    fn a_quotation_set_again_is_listed_but_counted_once() {
        // A pull quote repeating the minister's quotation (and a headline quoting his words) is
        // listed with his name, and his row counts his one statement.
        let src = "الخطيب: «لا نملك ما يكفي من الأدوية لمرضى السرطان»\n\nقال وزير الصحة سامر الخطيب إن المستشفيات تعمل بطاقتها الكاملة، وأضاف: «لا نملك ما يكفي من الأدوية لمرضى السرطان في الشمال».\n\n«لا نملك ما يكفي من الأدوية لمرضى السرطان»\n\nوتابع الخطيب: «طلبنا مساعدة عاجلة من منظمة الصحة العالمية».";
        let s = story_of(src);
        assert_eq!(s.quotes.len(), 4, "{:?}", said(&s));
        assert!(
            s.quotes.iter().all(|q| q.speaker.is_some()),
            "{:?}",
            said(&s)
        );
        assert_eq!(rows(&s), vec![("سامر الخطيب", 2)], "{:?}", said(&s));
    }

    #[test]
    fn a_fragment_another_speaker_also_says_is_not_set_again() {
        // The unnamed source's three words recur inside the analyst's longer quotation: two
        // people's words, each counted for its own speaker.
        let src = "وقال مصدر مطلع إن الاتفاق يمنح البلاد صفة «شريك أمني دائم» خلال العام المقبل.\n\nوقال الباحث كريم الدباغ: «صفة شريك أمني دائم تعني دعما عسكريا أكبر للبلاد».\n";
        let s = story_of(src);
        assert_eq!(
            said(&s),
            vec![Some("مصدر مطلع"), Some("الباحث كريم الدباغ")]
        );
        assert_eq!(rows(&s), vec![("مصدر مطلع", 1), ("كريم الدباغ", 1)]);
    }

    #[test]
    fn a_family_name_two_people_carry_is_its_own_row_even_when_one_is_unquoted() {
        // Two people share القاسمي; only the first is quoted by name. The family name alone
        // could be either, so it is not filed under the first.
        let src = "وقالت النائبة سلمى القاسمي إن «الخطة جاءت متأخرة عامين».\nورد الوزير مهند القاسمي على النائبة في الجلسة نفسها.\n«سننفذ الخطة كاملة قبل نهاية العام»، قال القاسمي.\n";
        let s = story_of(src);
        assert_eq!(
            said(&s),
            vec![Some("النائبة سلمى القاسمي"), Some("القاسمي")]
        );
        assert_eq!(rows(&s), vec![("سلمى القاسمي", 1), ("القاسمي", 1)]);
        // With one القاسمي in the story, the family name alone is that person.
        let one = "وقالت النائبة سلمى القاسمي إن «الخطة جاءت متأخرة عامين».\nوعلق الوزير على كلمة النائبة في الجلسة نفسها.\n«لن نقبل بأقل من خطة كاملة»، قالت القاسمي.\n";
        assert_eq!(rows(&story_of(one)), vec![("سلمى القاسمي", 2)]);
    }

    #[test]
    fn a_row_is_not_cut_to_the_given_name_the_phrase_goes_past() {
        // العربي is a nisba the lists keep out of name slots after a title: the names layer holds
        // سامر alone, but the speaker phrase reads سامر العربي, and the row keeps both words.
        let s = story_of("قال المهندس سامر العربي إن «الجسر سيفتح أمام السيارات الشهر المقبل».");
        let r = rows(&s);
        assert!(!r.iter().any(|(n, _)| *n == "سامر"), "{r:?} {:?}", said(&s));
    }

    #[test]
    fn a_given_name_alone_is_the_one_person_who_carries_it_and_two_people_get_a_row_each() {
        let src = "فاز العداء ياسر القاسمي بالمركز الأول، وحل زميله مهند القاسمي ثانيا.\nوقال ياسر: «السباق كان صعبا».\nوقال مهند: «سأعود أقوى في الموسم المقبل».\n";
        let s = story_of(src);
        // The quotations keep the attribution's words; the speakers table files them by person.
        assert_eq!(said(&s), vec![Some("ياسر"), Some("مهند")]);
        assert_eq!(rows(&s), vec![("ياسر القاسمي", 1), ("مهند القاسمي", 1)]);
        // One family name, two people: a row each, with the given name used alone counted.
        assert_eq!(
            people(&s),
            vec![
                ("ياسر القاسمي", vec![("القاسمي", 1), ("ياسر", 1)]),
                ("مهند القاسمي", vec![("القاسمي", 1), ("مهند", 1)]),
            ]
        );
    }

    #[test]
    fn a_given_name_two_people_carry_stays_as_written() {
        let src = "التقى الوزير ياسر القاسمي بالسفير ياسر الحمدان في الرباط.\nوقال ياسر: «اللقاء كان مثمرا».\n";
        let s = story_of(src);
        assert_eq!(said(&s), vec![Some("ياسر")]);
        assert_eq!(rows(&s), vec![("ياسر", 1)]);
    }

    #[test]
    fn a_family_name_alone_is_filed_under_the_full_name() {
        let src =
            "أعلن المدرب ياسر القاسمي تشكيلة الفريق.\nوقال القاسمي: «اللاعبون جاهزون للمباراة».\n";
        let s = story_of(src);
        assert_eq!(said(&s), vec![Some("القاسمي")]);
        assert_eq!(rows(&s), vec![("ياسر القاسمي", 1)]);
        assert_eq!(people(&s), vec![("ياسر القاسمي", vec![("القاسمي", 2)])]);
    }

    #[test]
    fn an_east_asian_name_is_named_by_its_first_word() {
        // Written for this test: a Chinese name, family name first.
        let full = k(&["تشانغ", "لي", "هوا"]);
        assert_eq!(family_of(&full), k(&["تشانغ"]));
        assert!(names_by_family(&full, &k(&["تشانغ"])));
        assert!(!names_by_family(&full, &k(&["هوا"])));
        // A family name that is also an Arabic word, before a known word, is no name.
        assert_eq!(family_of(&k(&["ولي", "عهد"])), k(&["عهد"]));
        // A name of the Arab order keeps its last word as the family name.
        assert_eq!(family_of(&k(&["رنا", "الشكعة"])), k(&["الشكعة"]));
    }

    #[test]
    fn a_family_name_is_a_proper_suffix_not_cut_inside_a_kunya() {
        let full = k(&["يزن", "أبو", "صالحة"]);
        assert!(names_by_family(&full, &k(&["أبو", "صالحة"])));
        assert!(!names_by_family(&full, &k(&["صالحة"])));
        assert!(!names_by_family(&full, &full));
        assert!(names_by_family(&k(&["رنا", "الشكعة"]), &k(&["الشكعة"])));
        assert!(!names_by_family(&k(&["رنا", "الشكعة"]), &k(&["الخطيب"])));
        assert!(!names_by_family(
            &k(&["محمد", "عبد", "الله"]),
            &k(&["الله"])
        ));
        assert_eq!(
            family_of(&k(&["يزن", "أبو", "صالحة"])),
            k(&["أبو", "صالحة"])
        );
        assert_eq!(family_of(&k(&["سجى", "دويكات"])), k(&["دويكات"]));
        assert_eq!(family_of(&k(&["دويكات"])), k(&["دويكات"]));
    }

    #[test]
    fn the_name_of_god_closes_a_compound_and_is_no_family_name_alone() {
        // Written for this test: a speaker called نصر الله (no other name) is named by both
        // words, so أبو عبد الله elsewhere in the story is not counted as his mention.
        assert_eq!(family_of(&k(&["نصر", "الله"])), k(&["نصر", "الله"]));
        assert!(!names_by_family(
            &k(&["رامي", "نصر", "الله"]),
            &k(&["الله"])
        ));
        assert!(names_by_family(
            &k(&["رامي", "نصر", "الله"]),
            &k(&["نصر", "الله"])
        ));
        let text = "وقال مقاتل يدعى نصر الله إن المعركة مستمرة. وكتب أبو عبد الله رسالة.";
        let found = occurrences(text, &arabic_words(text), &family_of(&k(&["نصر", "الله"])));
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn a_name_is_found_where_the_story_writes_it_also_after_waw() {
        let text = "قال كريم أبو حمدة إن الأمر انتهى، وأبو حمدة نفسه غادر. أبو  حمدة عاد.";
        let found = occurrences(text, &arabic_words(text), &k(&["أبو", "حمدة"]));
        let at = |w: &str| text.find(w).unwrap();
        assert_eq!(
            found,
            vec![
                (at("أبو حمدة إن"), "أبو حمدة".to_string()),
                (at("أبو حمدة نفسه"), "أبو حمدة".to_string()),
                (at("أبو  حمدة عاد"), "أبو حمدة".to_string()),
            ]
        );
        // A word that only ends like the name is not it.
        let other = "قال الأبو حمدة";
        assert!(occurrences(other, &arabic_words(other), &k(&["أبو", "حمدة"])).is_empty());
    }

    #[test]
    fn a_two_word_family_name_later_is_the_same_speaker_under_the_full_name() {
        let src = "وقال رئيس النقابة، كريم أبو حمدة، إن «الإضراب سيستمر حتى نهاية الشهر».\nوردت الوزارة ببيان مقتضب.\nورد أبو حمدة بأن «البيان لا يجيب عن مطالبنا».\n";
        let s = story_of(src);
        assert_eq!(said(&s), vec![Some("كريم أبو حمدة"), Some("أبو حمدة")]);
        assert_eq!(rows(&s), vec![("كريم أبو حمدة", 2)], "{:?}", said(&s));
        // The speaker is a person of the names table, shown by the full name; the spellings are
        // the names layer's, which keeps the word after أبو.
        let p = people(&s);
        assert_eq!(p, vec![("كريم أبو حمدة", vec![("حمدة", 2)])]);
    }

    #[test]
    fn a_speaker_the_names_hold_as_an_organisation_is_no_person_row() {
        // Written for this test: "The company Telmira signed a contract, and Telmira said ...":
        // the speaker's name is the organisation the story named with its noun.
        let text = "وقعت شركة تيلميرا عقدا جديدا، وقالت تيلميرا إن التوريد يبدأ قريبا.";
        let at = text.find("تيلميرا").expect("the name");
        let body = Entity {
            kind: NameKind::Org,
            key: "تيلميرا".into(),
            mentions: vec![crate::analysis::names::Mention {
                range: at..at + "تيلميرا".len(),
                spelling: "تيلميرا".into(),
                how: crate::analysis::names::MatchKind::Identity,
            }],
            family: false,
            listed: false,
            given: Vec::new(),
        };
        let quoted = || QuotedPerson {
            entity: None,
            full: "تيلميرا".into(),
            family: k(&["تيلميرا"]),
        };
        assert!(people_rows(text, &[quoted()], &[body.clone()], |_| 1).is_empty());
        // Quiet test: a speaker named with a given name is a person whatever shares the name.
        let full = QuotedPerson {
            full: "سامر تيلميرا".into(),
            ..quoted()
        };
        assert_eq!(people_rows(text, &[full], &[body], |_| 1).len(), 1);
        // Quiet test: without the organisation among the names, the speaker is a person row.
        assert_eq!(people_rows(text, &[quoted()], &[], |_| 1).len(), 1);
    }

    #[test]
    fn a_speaker_the_names_do_not_hold_is_a_person_of_the_names_table() {
        let text = "قالت سلمى أبو شقرة إن الطريق مغلق،\nوأكدت أبو شقرة أن العمل مستمر.";
        let quoted = QuotedPerson {
            entity: None,
            full: "سلمى أبو شقرة".into(),
            family: k(&["أبو", "شقرة"]),
        };
        let rows = people_rows(text, &[quoted], &[], |at| if at < 60 { 1 } else { 2 });
        let got: Vec<(&str, &str, Option<&str>, usize, usize, Vec<(&str, usize)>)> = rows
            .iter()
            .map(|n| {
                (
                    n.kind,
                    n.preferred.as_str(),
                    n.full_name.as_deref(),
                    n.mentions,
                    n.line,
                    n.spellings
                        .iter()
                        .map(|x| (x.text.as_str(), x.count))
                        .collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![(
                "person",
                "أبو شقرة",
                Some("سلمى أبو شقرة"),
                2,
                1,
                vec![("أبو شقرة", 2)]
            )]
        );
    }

    #[test]
    fn a_titled_full_name_then_the_family_name_is_one_row_under_the_full_name() {
        // نور is an ordinary word too; after the title it is her given name.
        let src = "وقالت المهندسة نور الزعبي إن «المشروع سينجز في موعده».\nوأكدت الزعبي أن «التمويل متوفر بالكامل».\n";
        let s = story_of(src);
        assert_eq!(rows(&s), vec![("نور الزعبي", 2)], "{:?}", said(&s));
        let p = people(&s);
        assert!(p.iter().any(|(n, _)| *n == "نور الزعبي"), "{p:?}");
    }

    #[test]
    fn two_people_sharing_a_family_name_stay_apart() {
        // Two brothers: each named in full is a row of his own; the family name alone could be
        // either, so it stays a row of its own under the name as written.
        let src = "وقال أحمد الخطيب إن «المحل أغلق منذ الصيف».\nوقال شقيقه سامر الخطيب إن «الديون تراكمت علينا».\nوقال الخطيب إن «البلدية لم تساعدنا».\n";
        let s = story_of(src);
        assert_eq!(
            rows(&s),
            vec![("أحمد الخطيب", 1), ("سامر الخطيب", 1), ("الخطيب", 1)],
            "{:?}",
            said(&s)
        );
        // Each named in full, then one of them by the family name once more: still apart.
        let src = "وقال أحمد الخطيب إن «المحل أغلق منذ الصيف».\nوقال شقيقه سامر الخطيب إن «الديون تراكمت علينا».\nوأضاف سامر الخطيب أن «البلدية لم تساعدنا».\n";
        let s = story_of(src);
        assert_eq!(
            rows(&s),
            vec![("سامر الخطيب", 2), ("أحمد الخطيب", 1)],
            "{:?}",
            said(&s)
        );
    }

    #[test]
    fn a_compound_given_name_is_part_of_the_full_name() {
        // هبة الله is one given name: الله is its second half, not an article word of the sentence.
        let src = "وقالت الدكتورة هبة الله الريماوي إن «العيادة تستقبل المرضى يومياً».\nوأضافت الريماوي أن «الأدوية وصلت أمس».\n";
        let s = story_of(src);
        assert_eq!(rows(&s), vec![("هبة الله الريماوي", 2)], "{:?}", said(&s));
    }

    #[test]
    fn a_name_in_construct_after_a_body_is_not_a_person_row() {
        // صحيفة النهار: the paper is the speaker; its name is no person for the names table.
        let text = "قال الدكتور سمير حداد";
        let phrase = text.find("الدكتور").unwrap()..text.len();
        assert!(names_the_speaker(
            text,
            &phrase,
            &(text.find("سمير").unwrap()..text.len())
        ));
        let text = "وذكرت صحيفة مرسال أن «الاتفاق وقع».";
        let phrase = text.find("صحيفة").unwrap()..text.find(" أن").unwrap();
        let person = text.find("مرسال").unwrap()..text.find(" أن").unwrap();
        assert!(!names_the_speaker(text, &phrase, &person));
        let text = "وقال تنظيم «الحراس» إن";
        let phrase = text.find("تنظيم").unwrap()..text.find(" إن").unwrap();
        let person = text.find("الحراس").unwrap()..text.find("»").unwrap();
        assert!(!names_the_speaker(text, &phrase, &person));
    }
}
