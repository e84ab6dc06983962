//! The people behind a story's person names. Name detection groups the mentions of a family name
//! into one entity and records the given names written before them ([`Entity::given`]); one
//! family name may carry the given names of several people (نواف الكعبي and يوسف الكعبي, two
//! people of one family) or of one person written more or less fully (أحمد داود أوغلو and داود
//! أوغلو). [`People::of`] tells them apart, gives each person the fullest way the story writes
//! their name, and says which person a name written alone (a given name, or the family name)
//! stands for when exactly one person of the story carries it ([`People::named_by`]).
//!
//! Pure: a story's text and its entities in, byte ranges (UTF-8, half-open) of that text out.

use super::{Entity, NameKind};
use crate::text::normalize;
use std::ops::Range;

/// One person of a story: a person entity with one given name (or several ways of writing the
/// same given names), and the fullest mention the story writes.
#[derive(Clone, Debug)]
pub struct Person {
    /// Index of the family-name entity in the story's names.
    pub entity: usize,
    /// Byte range of the fullest mention as written: from the first given name's first letter
    /// (a conjunction و on it excluded) to the end of the family name (half-open).
    pub full: Range<usize>,
    /// Where the family name of the fullest mention starts (the given names end before it).
    pub family_start: usize,
    /// The given names of the fullest mention as comparable words ([`name_words`]).
    given: Vec<String>,
    /// Every way the story writes this person's given names, as comparable words.
    forms: Vec<Vec<String>>,
}

/// The people of a story's person entities (see the module's documentation).
#[derive(Clone, Debug, Default)]
pub struct People {
    persons: Vec<Person>,
    /// For each entity of the story (same index), the person each of its mentions names, in
    /// mention order; `None` for a mention no one person can be told for (a family name two
    /// people share written alone). Empty for an entity that is no family-name person.
    mention_person: Vec<Vec<Option<usize>>>,
}

/// Whether the identity key `k` is a link of a nasab (بن، ابن، بنت): it joins a father's name to
/// the given name and adds no name of its own, so محمد بن علي ياسين and محمد علي ياسين name the same
/// person. A closed class of Arabic naming.
fn nasab_link(k: &str) -> bool {
    matches!(k, "بن" | "ابن" | "بنت")
}

/// The words of a name (identity keys, in order) as compared between two ways of writing it:
/// nasab links dropped ([`nasab_link`]) and عبد joined to the word after it, the space in a
/// theophoric compound being a matter of spelling (عبد الله، عبدالله; عبد ربه، عبدربه).
fn name_words<'a>(keys: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut join = false;
    for k in keys {
        if nasab_link(k) {
            join = false;
            continue;
        }
        match out.last_mut() {
            Some(last) if join => last.push_str(k),
            _ => out.push(k.to_string()),
        }
        join = k == "عبد";
    }
    out
}

/// The comparable words of the text `s` (any spelling).
fn words_of(s: &str) -> Vec<String> {
    let keys: Vec<String> = s.split_whitespace().map(normalize::identity).collect();
    name_words(keys.iter().map(String::as_str))
}

/// Whether `a` and `b` (comparable words) may be one person's given names written more or less
/// fully: one is the start of the other (إبراهيم، إبراهيم حسن: more of the nasab) or its end
/// (داود، أحمد داود: the given name before a double family name dropped).
fn related(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty() && (long.starts_with(short) || long.ends_with(short))
}

/// The words of `text` written right before byte `at`, last first, at most `n`: each as its byte
/// start and the word, separated from the next by white space only and made of Arabic word
/// characters only (punctuation or a line of other text ends them).
fn words_before(text: &str, at: usize, n: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let Some(head) = text.get(..at) else {
        return out;
    };
    let mut end = head.len();
    while out.len() < n {
        let Some(rest) = head.get(..end) else { break };
        let trimmed = rest.trim_end_matches([' ', '\u{a0}', '\t']);
        if trimmed.len() == rest.len() {
            break;
        }
        let start = trimmed
            .char_indices()
            .rev()
            .take_while(|&(_, c)| crate::text::chars::is_arabic_word_char(c))
            .last()
            .map(|(i, _)| i);
        let Some(start) = start else { break };
        let Some(w) = trimmed.get(start..) else { break };
        out.push((start, w));
        end = start;
    }
    out
}

/// The given names of `e` (comparable words each, in the entity's order) and the byte start of
/// the one written right before the mention at `at` of `text`, with its index in `e.given`: the
/// longest whose words are the words before the mention (the first may carry a conjunction و,
/// left out of the start).
fn given_before(text: &str, at: usize, given_keys: &[Vec<String>]) -> Option<(usize, usize)> {
    let most = given_keys.iter().map(Vec::len).max().unwrap_or(0);
    let before = words_before(text, at, most);
    let mut best: Option<(usize, usize, usize)> = None;
    for (gi, g) in given_keys.iter().enumerate() {
        let n = g.len();
        let Some(taken) = before.get(..n) else {
            continue;
        };
        // Text order, first word first.
        let mut keys: Vec<String> = taken
            .iter()
            .rev()
            .map(|(_, w)| normalize::identity(w))
            .collect();
        let Some(&(mut start, first)) = taken.last() else {
            continue;
        };
        let mut ok = keys == *g;
        if !ok && let Some(bare) = keys.first().and_then(|k| k.strip_prefix('و')) {
            let bare = bare.to_string();
            if let Some(k0) = keys.first_mut() {
                *k0 = bare;
            }
            ok = keys == *g;
            start += first.chars().next().map_or(0, char::len_utf8);
        }
        if ok && best.is_none_or(|(_, _, len)| n > len) {
            best = Some((gi, start, n));
        }
    }
    best.map(|(gi, start, _)| (gi, start))
}

/// The given names of `e` (identity keys a word, in the entity's order) written right after the
/// mention ending at byte `end` of `text`, one space apart: the index in `given_keys` and the
/// byte end of the last given word, the longest that matches. Reason: an East Asian name writes
/// its given name after the family name (وانغ لي مينغ), so that mention is the full one.
fn given_after(text: &str, end: usize, given_keys: &[Vec<String>]) -> Option<(usize, usize)> {
    let rest = text.get(end..)?;
    let mut best: Option<(usize, usize, usize)> = None;
    for (gi, g) in given_keys.iter().enumerate() {
        let mut at = 0;
        let mut ok = !g.is_empty();
        for k in g {
            let Some(after) = rest.get(at..).and_then(|r| r.strip_prefix(' ')) else {
                ok = false;
                break;
            };
            let len = after
                .char_indices()
                .find(|&(_, c)| !crate::text::chars::is_arabic_word_char(c))
                .map_or(after.len(), |(i, _)| i);
            if after.get(..len).map(normalize::identity).as_deref() != Some(k.as_str()) {
                ok = false;
                break;
            }
            at += 1 + len;
        }
        if ok && best.is_none_or(|(_, _, n)| g.len() > n) {
            best = Some((gi, end + at, g.len()));
        }
    }
    best.map(|(gi, stop, _)| (gi, stop))
}

/// The full mention around the family-name mention at `at` (byte range of `text`; a family name
/// on العبد taken with its second half, [`super::sheet::theophoric_family_tail`]): the index in
/// `given_keys` of the given names written with it and the byte range of the whole name, given
/// names before it ([`given_before`], a kunya included: [`kunya_start`]) or, failing that, after
/// it ([`given_after`]); None when no given name is written with it.
fn full_mention(
    text: &str,
    at: Range<usize>,
    given_keys: &[Vec<String>],
) -> Option<(usize, usize, usize)> {
    if let Some((gi, start)) = given_before(text, at.start, given_keys) {
        // A family name on العبد runs on into its second half (سامر العبد الله).
        let end = super::sheet::theophoric_family_tail(text, at.clone()).map_or(at.end, |t| t.end);
        return Some((gi, kunya_start(text, start), end));
    }
    given_after(text, at.end, given_keys).map(|(gi, stop)| (gi, at.start, stop))
}

/// The start of the person's name whose given names start at byte `start` of `text`: the start
/// of أم or أبو written right before them (not أبي, also "my father"), with only spaces between (a conjunction و
/// or ف on it left out), else `start`. Reason: أم/أبو + a given name is a kunya, the name the
/// person goes by (أم سامر الحداد is Samer's mother, not Samer), so it belongs to the name.
fn kunya_start(text: &str, start: usize) -> usize {
    let Some(&(at, w)) = words_before(text, start, 1).first() else {
        return start;
    };
    let key = normalize::identity(w);
    let kunya = |k: &str| matches!(k, "ام" | "ابو");
    if kunya(&key) {
        at
    } else if key.strip_prefix(['و', 'ف']).is_some_and(kunya) {
        at + w.chars().next().map_or(0, char::len_utf8)
    } else {
        start
    }
}

/// Whether the person entity `e` of `text` is a given name of other people rather than a family
/// name: most of its mentions run on, with only a space between, into a mention of a person
/// whose given names hold `e`'s key (`starts`: where the story's person mentions start, sorted,
/// with the entity's index in `names`). A family name ends a person's name, so a word written
/// right before another family name whose given name it is (سامي in سامي الجابر) is that
/// person's given name, and the given names the names layer put before it are no one's.
fn given_name_of_others(
    text: &str,
    names: &[Entity],
    e: &Entity,
    starts: &[(usize, usize)],
) -> bool {
    let runs_on = e
        .mentions
        .iter()
        .filter(|m| {
            let rest = text.get(m.range.end..).unwrap_or("");
            let next = rest.trim_start_matches(' ');
            let at = m.range.end + (rest.len() - next.len());
            let from = starts.partition_point(|&(s, _)| s < at);
            next.len() < rest.len()
                && starts
                    .get(from..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|&&(s, _)| s == at)
                    .any(|&(_, f)| names.get(f).is_some_and(|f| f.given.contains(&e.key)))
        })
        .count();
    2 * runs_on > e.mentions.len()
}

/// Groups the given names `forms` (comparable words) into people: two given names are one
/// person's when every pair of their group is [`related`]; a group of names linked by relation
/// but not all related to each other (سليمان، سليمان هلال، هلال: a son and his father may be
/// meant) is no one person. Returns, for each given name, its group's index, or `None`.
fn group_given(forms: &[Vec<String>]) -> Vec<Option<usize>> {
    let n = forms.len();
    // Connected components by `related` (few given names per family name).
    let mut comp: Vec<usize> = (0..n).collect();
    for a in 0..n {
        for b in a + 1..n {
            if related(&forms[a], &forms[b]) {
                let (ca, cb) = (comp[a], comp[b]);
                for c in comp.iter_mut() {
                    if *c == cb {
                        *c = ca;
                    }
                }
            }
        }
    }
    let mut out = vec![None; n];
    for a in 0..n {
        let members: Vec<usize> = (0..n).filter(|&b| comp[b] == comp[a]).collect();
        let clear = members.iter().all(|&x| {
            members
                .iter()
                .all(|&y| x == y || related(&forms[x], &forms[y]))
        });
        if clear {
            out[a] = Some(comp[a]);
        }
    }
    out
}

impl People {
    /// The people of the person entities `names` of the story `text` (see the module's
    /// documentation). Linear in the mentions (each looks back over a few words).
    pub fn of(text: &str, names: &[Entity]) -> People {
        let mut out = People {
            persons: Vec::new(),
            mention_person: vec![Vec::new(); names.len()],
        };
        // Where the person mentions start, sorted.
        let mut starts: Vec<(usize, usize)> = names
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == NameKind::Person)
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.range.start, i)))
            .collect();
        starts.sort_unstable();
        for (ei, e) in names.iter().enumerate() {
            if e.kind == NameKind::Person
                && !e.given.is_empty()
                && !given_name_of_others(text, names, e, &starts)
            {
                out.add_entity(text, ei, e);
            }
        }
        out
    }

    /// Adds the people of the person entity `e` (index `ei`) of the story `text`: its given names
    /// grouped into people, the fullest mention of each, and the person of each mention.
    fn add_entity(&mut self, text: &str, ei: usize, e: &Entity) {
        // The given names as the text writes them (identity keys a word), and comparable.
        let raw: Vec<Vec<String>> = e
            .given
            .iter()
            .map(|g| g.split_whitespace().map(normalize::identity).collect())
            .collect();
        let forms: Vec<Vec<String>> = e.given.iter().map(|g| words_of(g)).collect();
        let mut group = group_given(&forms);
        // Given names that start with a nasab link (بن علي) were cut from the name they
        // follow, which no list held: no full name of anyone.
        for (g, r) in group.iter_mut().zip(&raw) {
            if r.first().is_some_and(|k| nasab_link(k)) {
                *g = None;
            }
        }
        // Each group's person: its index among `self.persons`, made at its first full mention.
        let mut person_of_group: Vec<Option<usize>> = vec![None; e.given.len()];
        let mut of_mention: Vec<Option<usize>> = Vec::with_capacity(e.mentions.len());
        let mut bare = Vec::new();
        for (mi, m) in e.mentions.iter().enumerate() {
            let Some((gi, start, stop)) = full_mention(text, m.range.clone(), &raw) else {
                of_mention.push(None);
                bare.push(mi);
                continue;
            };
            let Some(g) = group.get(gi).copied().flatten() else {
                of_mention.push(None);
                continue;
            };
            let p = match person_of_group.get(g).copied().flatten() {
                Some(p) => {
                    // The fullest mention: the one with the most given-name words.
                    if let Some(person) = self.persons.get_mut(p)
                        && forms[gi].len() > person.given.len()
                    {
                        person.full = start..stop;
                        person.family_start = m.range.start;
                        person.given = forms[gi].clone();
                    }
                    p
                }
                None => {
                    self.persons.push(Person {
                        entity: ei,
                        full: start..stop,
                        family_start: m.range.start,
                        given: forms[gi].clone(),
                        forms: (0..forms.len())
                            .filter(|&x| group.get(x).copied().flatten() == Some(g))
                            .map(|x| forms[x].clone())
                            .collect(),
                    });
                    if let Some(slot) = person_of_group.get_mut(g) {
                        *slot = Some(self.persons.len() - 1);
                    }
                    self.persons.len() - 1
                }
            };
            of_mention.push(Some(p));
        }
        // The family name alone names the one person the story gave it, when there is one.
        let mine: Vec<usize> = (0..self.persons.len())
            .filter(|&p| self.persons[p].entity == ei)
            .collect();
        let ambiguous = group.iter().any(Option::is_none);
        if let ([p], false) = (mine.as_slice(), ambiguous) {
            for mi in bare {
                if let Some(slot) = of_mention.get_mut(mi) {
                    *slot = Some(*p);
                }
            }
        }
        if let Some(slot) = self.mention_person.get_mut(ei) {
            *slot = of_mention;
        }
    }

    /// The person with index `p`.
    pub fn get(&self, p: usize) -> Option<&Person> {
        self.persons.get(p)
    }

    /// The number of people (person indices are `0..len()`).
    pub fn len(&self) -> usize {
        self.persons.len()
    }

    /// True when the story names no family-name person with given names.
    pub fn is_empty(&self) -> bool {
        self.persons.is_empty()
    }

    /// The person mention `m` of entity `e` names, as an index for [`People::get`]; `None` when
    /// the entity names no family-name person or the mention could be either of two people.
    pub fn of_mention(&self, e: usize, m: usize) -> Option<usize> {
        self.mention_person.get(e)?.get(m).copied().flatten()
    }

    /// The people entity `e` names, in order of first full mention.
    pub fn of_entity(&self, e: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.persons.len()).filter(move |&p| self.persons[p].entity == e)
    }

    /// The one person every mention of entity `e` names, when there is exactly one (the entity's
    /// family name is one person's in the story).
    pub fn sole(&self, e: usize) -> Option<usize> {
        let all = self.mention_person.get(e)?;
        let first = (*all.first()?)?;
        all.iter().all(|p| *p == Some(first)).then_some(first)
    }

    /// The fullest name `text` writes for the one person every mention of entity `e` names
    /// ([`People::sole`]), words joined by one space.
    pub fn sole_full(&self, text: &str, e: usize) -> Option<String> {
        self.sole(e).and_then(|p| self.full_text(text, p))
    }

    /// The fullest name of person `p` as `text` writes it, words joined by one space.
    pub fn full_text(&self, text: &str, p: usize) -> Option<String> {
        let r = self.persons.get(p)?.full.clone();
        let s = text.get(r)?;
        Some(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// The one person of the story `names` that the name `written` (a given name alone, خالد, or
    /// a family name alone, الشحي) stands for: the person whose given names start with those
    /// words, or whose family name they are. `None` when the words are no person's, when two
    /// people carry them (two people named خالد, a family name two people share, a given name
    /// written inside another person's full name) or when they name a person the story never
    /// writes in full: a name written alone is then left as written, never given to one of two.
    pub fn named_by(&self, names: &[Entity], written: &str) -> Option<usize> {
        let raw: Vec<String> = written
            .split_whitespace()
            .map(normalize::identity)
            .collect();
        if raw.is_empty() || raw.len() > 3 {
            return None;
        }
        let w = name_words(raw.iter().map(String::as_str));
        // Each candidate: a person, or `None` for a way the words could name someone no one
        // person stands for (which leaves the name as written).
        let mut found: Vec<Option<usize>> = Vec::new();
        let mut add = |c: Option<usize>| {
            if c.is_none() || !found.contains(&c) {
                found.push(c);
            }
        };
        for (ei, e) in names.iter().enumerate() {
            if e.kind != NameKind::Person {
                continue;
            }
            let family: Vec<String> = e.key.split_whitespace().map(str::to_string).collect();
            if family == raw {
                // A family name without given names is the written words themselves.
                if !e.given.is_empty() {
                    add(self.sole(ei));
                }
                continue;
            }
            for p in self.of_entity(ei) {
                let person = &self.persons[p];
                if person.forms.iter().any(|f| f.starts_with(&w)) {
                    add(Some(p));
                } else if person.forms.iter().any(|f| contains_run(f, &w)) {
                    add(None);
                }
            }
            // Given names of no one person (an ambiguous group) that carry the words.
            let owned = |g: &String| {
                let f = words_of(g);
                self.of_entity(ei)
                    .any(|p| self.persons[p].forms.contains(&f))
            };
            if e.given
                .iter()
                .any(|g| !owned(g) && contains_run(&words_of(g), &w))
            {
                add(None);
            }
        }
        match found.as_slice() {
            [Some(p)] => Some(*p),
            _ => None,
        }
    }

    /// The given names of person `p` as the fullest mention in `text` writes them, words joined
    /// by one space (محمد in محمد الجدعان).
    pub fn given_text(&self, text: &str, p: usize) -> Option<String> {
        let person = self.persons.get(p)?;
        let s = text.get(person.full.start..person.family_start)?;
        Some(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// The fullest name `text` writes for the one person the name `written` stands for
    /// ([`People::named_by`] over the story's `names`): خالد الشحي for خالد. `None` when the
    /// words are no one person's; the caller then shows them as written.
    pub fn fullest_for(&self, text: &str, names: &[Entity], written: &str) -> Option<String> {
        self.named_by(names, written)
            .and_then(|p| self.full_text(text, p))
    }
}

/// Whether `run` is a run of consecutive words of `words`.
fn contains_run(words: &[String], run: &[String]) -> bool {
    !run.is_empty() && words.windows(run.len()).any(|x| x == run)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::names::{MatchKind, Mention};

    /// A person entity of family name `key` with a mention at every whole-word occurrence of
    /// `key` in `text`, and the given names `given` (as written; stored as identity keys).
    fn person(text: &str, key: &str, given: &[&str]) -> Entity {
        let mentions = text
            .match_indices(key)
            .filter(|(at, _)| {
                let after = text[at + key.len()..].chars().next();
                let before = text[..*at].chars().next_back();
                !after.is_some_and(crate::text::chars::is_arabic_word_char)
                    && !before.is_some_and(crate::text::chars::is_arabic_word_char)
            })
            .map(|(at, w)| Mention {
                range: at..at + w.len(),
                spelling: w.into(),
                how: MatchKind::Identity,
            })
            .collect();
        Entity {
            kind: NameKind::Person,
            key: normalize::identity(key),
            mentions,
            family: true,
            listed: false,
            given: given.iter().map(|g| normalize::identity(g)).collect(),
        }
    }

    #[test]
    fn two_given_names_on_one_family_name_are_two_people() {
        let text = "فاز سامي العتيبي مع زميله رامي العتيبي، وقال العتيبي إن الفوز مستحق.";
        let names = [person(text, "العتيبي", &["سامي", "رامي"])];
        let people = People::of(text, &names);
        let p: Vec<usize> = people.of_entity(0).collect();
        assert_eq!(p.len(), 2);
        assert_eq!(
            people.full_text(text, p[0]).as_deref(),
            Some("سامي العتيبي")
        );
        assert_eq!(
            people.full_text(text, p[1]).as_deref(),
            Some("رامي العتيبي")
        );
        // The family name alone could be either: no one person.
        assert_eq!(people.of_mention(0, 0), Some(p[0]));
        assert_eq!(people.of_mention(0, 1), Some(p[1]));
        assert_eq!(people.of_mention(0, 2), None);
        assert_eq!(people.sole(0), None);
        // A given name alone is the one person who carries it; the shared family name is no one.
        assert_eq!(people.named_by(&names, "رامي"), Some(p[1]));
        assert_eq!(people.named_by(&names, "العتيبي"), None);
        assert_eq!(people.named_by(&names, "هاني"), None);
    }

    #[test]
    fn a_kunya_before_the_given_name_is_part_of_the_persons_name() {
        let text = "تحمل أم سامر الحداد الخبز إلى جاراتها، وتقول أم سامر الحداد إن الفرن بعيد.";
        let names = [person(text, "الحداد", &["سامر"])];
        let people = People::of(text, &names);
        let p = people.sole(0).expect("one person");
        assert_eq!(people.full_text(text, p).as_deref(), Some("أم سامر الحداد"));
        let text = "وقال سامر الحداد إن الفرن بعيد.";
        let names = [person(text, "الحداد", &["سامر"])];
        let people = People::of(text, &names);
        let p = people.sole(0).expect("one person");
        assert_eq!(people.full_text(text, p).as_deref(), Some("سامر الحداد"));
    }

    #[test]
    fn a_family_name_on_al_abd_runs_on_into_its_second_half() {
        // "Engineer Samer al-Abd Allah said ...": the full name ends after الله, not العبد.
        let text = "وقال المهندس سامر العبد الله إن المراكز جاهزة.";
        let names = [person(text, "العبد", &["سامر"])];
        let people = People::of(text, &names);
        let p = people.sole(0).expect("one person");
        assert_eq!(
            people.full_text(text, p).as_deref(),
            Some("سامر العبد الله")
        );
        // Before a comma the name ends at العبد.
        let text = "وقال سامر العبد، مدير المركز، إن العمل مستمر.";
        let names = [person(text, "العبد", &["سامر"])];
        let people = People::of(text, &names);
        let p = people.sole(0).expect("one person");
        assert_eq!(people.full_text(text, p).as_deref(), Some("سامر العبد"));
    }

    #[test]
    fn one_person_written_more_or_less_fully_is_one_person_under_the_fullest_form() {
        let text = "استقبل عبدالله بن فهد المري الوفد. وأكد عبد الله المري أن اللقاء مثمر. وقال المري إنه سعيد.";
        let names = [person(text, "المري", &["عبدالله بن فهد", "عبد الله"])];
        let people = People::of(text, &names);
        let p = people.sole(0).expect("one person");
        assert_eq!(
            people.full_text(text, p).as_deref(),
            Some("عبدالله بن فهد المري")
        );
        assert_eq!(people.named_by(&names, "المري"), Some(p));
        assert_eq!(people.named_by(&names, "عبد الله"), Some(p));
    }

    #[test]
    fn a_given_name_two_people_carry_stays_as_written() {
        // Two people named سعيد, of two families.
        let text = "التقى سعيد الهاشمي وسعيد البناء، وقال سعيد إن الاتفاق قريب.";
        let names = [
            person(text, "الهاشمي", &["سعيد"]),
            person(text, "البناء", &["سعيد"]),
        ];
        let people = People::of(text, &names);
        assert_eq!(people.full_text(text, 1).as_deref(), Some("سعيد البناء"));
        assert_eq!(people.named_by(&names, "سعيد"), None);
        assert_eq!(
            people
                .named_by(&names, "الهاشمي")
                .and_then(|p| people.full_text(text, p)),
            Some("سعيد الهاشمي".to_string())
        );
    }

    #[test]
    fn a_son_and_his_father_under_one_family_name_are_no_one_person() {
        // سليمان هلال (سليمان son of هلال), سليمان alone, هلال alone: father and son may be meant.
        let text = "وصل سليمان هلال النمر ثم سليمان النمر، وكان هلال النمر غائبا.";
        let names = [person(text, "النمر", &["سليمان هلال", "سليمان", "هلال"])];
        let people = People::of(text, &names);
        assert_eq!(people.of_entity(0).count(), 0);
        assert_eq!(people.named_by(&names, "هلال"), None);
        assert_eq!(people.named_by(&names, "النمر"), None);
    }
    #[test]
    fn an_east_asian_given_name_after_the_family_name_makes_the_full_name() {
        // Written for this test: the family name first, the given name after it.
        let text = "وقال المتحدث وانغ لي مينغ إن الوزارة ترحب. وأضاف وانغ أن الحوار مستمر.";
        let names = [person(text, "وانغ", &["لي مينغ"])];
        let people = People::of(text, &names);
        let p = people.sole(0).expect("one person");
        assert_eq!(people.full_text(text, p).as_deref(), Some("وانغ لي مينغ"));
        assert_eq!(people.named_by(&names, "وانغ"), Some(p));
    }
}
