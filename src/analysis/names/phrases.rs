//! Names of several words: organisations and institutions (الاتحاد العام التونسي للشغل، الأمم
//! المتحدة، اللجنة الوطنية للإشراف على الانتخابات) and people named in full with a given name
//! (ليلى الزمراني/ليلي الزمراني).
//!
//! The phrase is one entity; a mention covers all its words, and a word written with another hamza
//! seat, ta marbuta or alef maqsura is the variant (the finding and its fix narrow to that word).

use super::{Entity, KeySet, MatchKind, Mention, NameKind, adjacent, stem_range};
use crate::analysis::Context;
use crate::text::token::Text;
use crate::text::{Word, WordKind, normalize};
use rustc_hash::FxHashMap as HashMap;

/// Nouns that head the name of an institution, as identity keys without the article: what follows
/// them, as definite words, is the rest of the name (الاتحاد الأوروبي، مجلس الأمن، الحزب الاشتراكي).
const HEADS: [&str; 33] = [
    "اتحاد",
    "حزب",
    "لجنه",
    "منظمه",
    "هيئه",
    "مجلس",
    "جمعيه",
    "وزاره",
    "معهد",
    "محكمه",
    "امم",
    "جامعه",
    "وكاله",
    "حركه",
    "جبهه",
    "مصرف",
    "بنك",
    "صندوق",
    "مؤسسه",
    "منطقه",
    "مكتب",
    "برلمان",
    "نقابه",
    "اكاديميه",
    "مديريه",
    "اداره",
    "رابطه",
    "غرفه",
    "شركه",
    "تحالف",
    "ائتلاف",
    "قوات",
    "جيش",
];

/// True for a key of [`HEADS`]: a [`KeySet`] lookup instead of up to 33 string comparisons, asked
/// for every word followed by a definite word.
fn is_head(bare: &str) -> bool {
    static SET: std::sync::LazyLock<KeySet> = std::sync::LazyLock::new(|| KeySet::new(&HEADS));
    SET.contains(bare)
}

/// True when word `i` may continue an institution's name: a definite word (الأوروبي، للشغل) that
/// is not in [`CLAUSE_WORDS`], or the preposition على before one (للإشراف على الانتخابات), never a
/// reporting cue or a title.
fn continues(cx: &Context, i: usize) -> bool {
    let Some(w) = cx.doc.words.get(i) else {
        return false;
    };
    let t = &cx.lex.words[i];
    if w.kind() != WordKind::Arabic || t.is_cue() || t.title > 0 {
        return false;
    }
    if w.plain == "على" {
        return cx
            .doc
            .words
            .get(i + 1)
            .is_some_and(|n| n.key.starts_with("ال") || n.key.starts_with("لل"));
    }
    (w.key.starts_with("ال") || w.key.starts_with("لل"))
        && !(t.function() && is_clause_word(&w.key))
}

/// Definite function words that start a clause or an adjunct after a noun, never the next word of
/// its name: relative pronouns (الاتحاد الذي ...) and words of time (الحزب اليوم، المجلس الماضي), as
/// identity keys.
const CLAUSE_WORDS: [&str; 26] = [
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
    "الا",
    "الي",
    "اليوم",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "السنه",
    "الشهر",
    "الاسبوع",
    "الماضي",
    "المقبل",
    "الحالي",
    "الجاري",
    "المزيد",
    "العديد",
];

/// True for a key of [`CLAUSE_WORDS`] (a [`KeySet`] lookup, as [`is_head`]).
fn is_clause_word(key: &str) -> bool {
    static SET: std::sync::LazyLock<KeySet> =
        std::sync::LazyLock::new(|| KeySet::new(&CLAUSE_WORDS));
    SET.contains(key)
}

/// One written occurrence of a phrase: its words, borrowed from the document, with the first
/// word's identity key and plain spelling as the phrase reads them (clitics stripped), and the
/// byte where the phrase starts. It holds no vector of its own: the keys, spellings and ends of
/// the other words are the words' own ([`Occurrence::key`], [`Occurrence::plain`]).
struct Occurrence<'a> {
    /// The phrase's words, the first one included (at least one).
    words: &'a [Word],
    /// The first word's key and spelling as the phrase reads them.
    head_key: &'a str,
    head_plain: &'a str,
    start: usize,
}

impl<'a> Occurrence<'a> {
    /// How many words the phrase has.
    fn len(&self) -> usize {
        self.words.len()
    }

    /// The identity key of word `j` of the phrase (`j < len()`; the first word without its
    /// clitics).
    fn key(&self, j: usize) -> &'a str {
        match j {
            0 => self.head_key,
            _ => self.words.get(j).map_or("", |w| w.key.as_str()),
        }
    }

    /// The plain spelling of word `j` of the phrase (as [`Occurrence::key`]).
    fn plain(&self, j: usize) -> &'a str {
        match j {
            0 => self.head_plain,
            _ => self.words.get(j).map_or("", |w| w.plain.as_str()),
        }
    }

    /// How many words from the start `self` and `other` share (equal keys), up to the shorter.
    fn shared_keys(&self, other: &Occurrence) -> usize {
        (0..self.len().min(other.len()))
            .take_while(|&k| self.key(k) == other.key(k))
            .count()
    }

    /// The keys of the first `len` words joined with spaces (an entity's key).
    fn joined_keys(&self, len: usize) -> String {
        let mut out = String::new();
        for j in 0..len {
            if j > 0 {
                out.push(' ');
            }
            out.push_str(self.key(j));
        }
        out
    }

    /// The mention of the phrase's first `len` words (`1 <= len <= len()`).
    fn mention(&self, len: usize) -> Mention {
        let mut spelling = String::new();
        for j in 0..len {
            if j > 0 {
                spelling.push(' ');
            }
            spelling.push_str(self.plain(j));
        }
        Mention {
            range: self.start..self.words.get(len - 1).map_or(self.start, |w| w.end()),
            spelling: Text::new(&spelling),
            how: MatchKind::Identity,
        }
    }
}

/// Adds one entity per phrase that the story writes twice or more with the same words (identity
/// keys) but a different spelling of one of them. Among occurrences with the same first two words,
/// the phrase is the longest run of words two such occurrences share with a spelling difference
/// inside it. Phrases whose every mention another entity already covers are skipped.
fn add_phrases(entities: &mut Vec<Entity>, occ: &[Occurrence], kind: NameKind) {
    let mut groups: HashMap<(&str, &str), Vec<&Occurrence>> = HashMap::default();
    for o in occ {
        groups.entry((o.key(0), o.key(1))).or_default().push(o);
    }
    let mut out: Vec<Entity> = Vec::new();
    for (_, g) in groups {
        if g.len() < 2 {
            continue;
        }
        // The longest shared run with a spelling difference inside it. Two phrases that share
        // their first words and then go on differently name two institutions (الاتحاد التونسي
        // للشغل، الاتحاد التونسي للفلاحة): one must be the other or its start.
        let mut best = 0;
        let mut reference = 0;
        for a in 0..g.len() {
            for b in a + 1..g.len() {
                let (x, y) = (&g[a], &g[b]);
                let l = x.shared_keys(y);
                let prefix = l == x.len().min(y.len());
                if prefix && l > best && (0..l).any(|k| x.plain(k) != y.plain(k)) {
                    best = l;
                    reference = if x.len() >= y.len() { a } else { b };
                }
            }
        }
        if best < 2 {
            continue;
        }
        let r = g[reference];
        let key = r.joined_keys(best);
        let mentions: Vec<Mention> = g
            .iter()
            .filter(|o| o.len() >= best && o.shared_keys(r) == o.len().min(r.len()))
            .map(|o| o.mention(best))
            .collect();
        out.push(Entity {
            kind,
            key,
            mentions,
            family: false,
            listed: false,
            given: Vec::new(),
        });
    }
    out.sort_by_key(|e| e.mentions[0].range.start);
    entities.extend(out);
}

/// Adds the institutions whose multi-word name the story spells in two ways (a hamza, ta marbuta or
/// alef maqsura in one of its words): a head noun from [`HEADS`] (with or without the article and
/// a proclitic) followed by one to five definite words; then those it names twice or more with one
/// spelling ([`add_repeated_institutions`]). The occurrences are found once for both.
pub(crate) fn add_institutions(cx: &Context, entities: &mut Vec<Entity>, starts: Option<&[u8]>) {
    let occ = institution_occurrences(cx, starts);
    add_phrases(entities, &occ, NameKind::Org);
    add_repeated_institutions(entities, &occ);
}

/// Every written occurrence of an institution's name in the story ([`institution_at`] of every
/// word), in text order. `starts` (one flag per word, non-zero where [`institution_at`] finds
/// one: an open draft keeps them per word, `names::reuse::Kept::flags`) lets only those words be
/// read again; `None` reads every word.
fn institution_occurrences<'a>(cx: &'a Context, starts: Option<&[u8]>) -> Vec<Occurrence<'a>> {
    let n = cx.doc.words.len();
    match starts {
        Some(f) => (0..n)
            .filter(|&i| f.get(i).is_some_and(|&x| x != 0))
            .filter_map(|i| institution_at(cx, i))
            .collect(),
        None => (0..n).filter_map(|i| institution_at(cx, i)).collect(),
    }
}

/// True when an occurrence of an institution's name starts at word `i` ([`institution_at`]).
pub(super) fn institution_starts_at(cx: &Context, i: usize) -> bool {
    institution_at(cx, i).is_some()
}

/// How many words after word `i` [`institution_at`] reads: the five words after the head, and
/// the word after the last of them (a continuing على asks whether the next word is definite).
pub(super) const INSTITUTION_AFTER: usize = 6;

/// The occurrence of an institution's name that starts at word `i`, if any: a head noun from
/// [`HEADS`] (with or without the article and a proclitic) followed by one to five definite
/// words (or على before one). Reads words `i` to `i + INSTITUTION_AFTER` only (their spelling,
/// key, kind, tags and the text between them).
fn institution_at<'a>(cx: &'a Context, i: usize) -> Option<Occurrence<'a>> {
    let words = &cx.doc.words;
    let n = words.len();
    let w = words.get(i)?;
    if w.kind() != WordKind::Arabic
        || i + 1 >= n
        || !continues(cx, i + 1)
        || !adjacent(cx, i, i + 1)
    {
        return None;
    }
    let readings = w.key_readings();
    // A reading written in the word is a slice of its key (`as_borrowed`), so the keys and
    // spellings below are borrowed from the words.
    let (k, r) = readings.iter().find_map(|(k, r)| {
        let r = r.as_borrowed()?;
        let bare = r.strip_prefix("ال").unwrap_or(r);
        (is_head(bare) && w.key.ends_with(r) && r.chars().count() <= 8).then_some((*k, r))
    })?;
    let mut j = i + 1;
    while j < n && j <= i + 5 && adjacent(cx, j - 1, j) && continues(cx, j) {
        j += 1;
    }
    // A phrase does not end on the preposition على.
    if j > i + 1 && words[j - 1].plain == "على" {
        j -= 1;
    }
    (j - i >= 2).then(|| Occurrence {
        words: &words[i..j],
        head_key: r,
        head_plain: super::plain_after(&w.plain, k),
        start: stem_range(cx, i, k).start,
    })
}

/// Adds the institutions the story names twice or more with one spelling (وزارة الصحة … وزارة
/// الصحة): among the occurrences `occ` of [`institution_occurrences`] with the same first two words,
/// the name is the words all of them share from the start, and each occurrence is a mention. A
/// name the story spells in two ways is left to [`add_institutions`], and a phrase whose every
/// mention another entity already covers is skipped. Reason: a head noun such as وزارة، منظمة،
/// الأمم with the definite words in construct or agreement after it is one proper name in Arabic
/// news (الأمم المتحدة, not الأمم and المتحدة), and a phrase written once may be a description
/// (مجلس الإدارة الجديد), while one repeated word for word is the name the story uses.
fn add_repeated_institutions(entities: &mut Vec<Entity>, occ: &[Occurrence]) {
    let mut groups: HashMap<(&str, &str), Vec<&Occurrence>> = HashMap::default();
    for o in occ {
        groups.entry((o.key(0), o.key(1))).or_default().push(o);
    }
    // The ranges other entities' mentions cover, made when a group first asks.
    let covered: std::cell::OnceCell<rustc_hash::FxHashSet<(usize, usize)>> =
        std::cell::OnceCell::new();
    let covers = |m: &Mention| {
        covered
            .get_or_init(|| {
                entities
                    .iter()
                    .flat_map(|e| e.mentions.iter().map(|m| (m.range.start, m.range.end)))
                    .collect()
            })
            .contains(&(m.range.start, m.range.end))
    };
    let mut out: Vec<Entity> = Vec::new();
    for (_, g) in groups {
        let Some(first) = g
            .first()
            .filter(|_| g.len() >= 2 && names_one_body(g[0].key(0)))
        else {
            continue;
        };
        // The words every occurrence shares from the start (two at least: the group's key).
        let len = g.iter().map(|o| o.shared_keys(first)).min().unwrap_or(0);
        if len < 2 {
            continue;
        }
        let mentions: Vec<Mention> = g.iter().map(|o| o.mention(len)).collect();
        if mentions.iter().any(|m| m.spelling != mentions[0].spelling)
            || mentions.iter().all(covers)
        {
            continue;
        }
        out.push(Entity {
            kind: NameKind::Org,
            key: first.joined_keys(len),
            mentions,
            family: false,
            listed: false,
            given: Vec::new(),
        });
    }
    out.sort_by_key(|e| e.mentions[0].range.start);
    entities.extend(out);
}

/// True when the head key `head` (an identity key of [`HEADS`], with or without the article or
/// a proclitic ل) names one body, false for the plural قوات "forces" and the verbal noun إدارة
/// "managing, administration". Reason: a plural or a verbal noun in construct describes a group or
/// an activity (قوات الأمن "the security forces", إدارة المشاريع "project management") far more
/// often than it titles an institution, so a repeated phrase under them is no name on its own.
fn names_one_body(head: &str) -> bool {
    let bare = head
        .strip_prefix('ل')
        .filter(|b| b.starts_with("ال"))
        .unwrap_or(head);
    let bare = bare.strip_prefix("ال").unwrap_or(bare);
    !matches!(bare, "قوات" | "اداره")
}

/// Adds the listed places of several words (الولايات المتحدة، مكة المكرمة، أديس أبابا; the
/// profile's places, tagged on their first word by the lexicon), one entity per place (its words'
/// identity keys), every occurrence a mention of the whole phrase, proclitics excluded. Reason:
/// a place named in several words is one name, and neither of its words alone (المتحدة، أبابا)
/// names it, so the review sheet lists it as the list writes it.
pub(crate) fn add_listed_places(cx: &Context, entities: &mut Vec<Entity>) {
    let words = &cx.doc.words;
    let mut out: Vec<Entity> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let len = usize::from(cx.lex.words.get(i).map_or(0, |t| t.place));
        if len < 2 || w.kind() != WordKind::Arabic {
            continue;
        }
        let Some(last) = words.get(i + len - 1) else {
            continue;
        };
        // The reading the place list matches, to leave its proclitics out (بالولايات).
        let rest = |k: usize| words.get(i + 1 + k).map(|x| x.key.as_str());
        let readings = w.key_readings();
        let Some((k, first_key)) = readings
            .iter()
            .find(|(_, r)| cx.profile.places.longest_match(r, rest) == Some(len))
        else {
            continue;
        };
        let key = std::iter::once(first_key.as_str())
            .chain(words[i + 1..i + len].iter().map(|x| x.key.as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        // ل before the article is written لل: the article's alef, restored in the reading
        // (للمملكة → المملكة), is restored in the spelling too.
        let written = super::plain_after(&w.plain, *k);
        let first_word = match first_key.as_borrowed() {
            Some(_) => written.to_string(),
            None => format!("ا{written}"),
        };
        let spelling = std::iter::once(first_word.as_str())
            .chain(words[i + 1..i + len].iter().map(|x| x.plain.as_str()))
            .collect::<Vec<_>>()
            .join(" ");
        let mention = Mention {
            range: stem_range(cx, i, *k).start..last.end(),
            spelling: Text::new(&spelling),
            how: MatchKind::Identity,
        };
        match out.iter_mut().find(|e| e.key == key) {
            Some(e) => e.mentions.push(mention),
            None => out.push(Entity {
                kind: NameKind::Place,
                key,
                mentions: vec![mention],
                family: false,
                listed: true,
                given: Vec::new(),
            }),
        }
    }
    entities.extend(out);
}

/// Adds the people the story names in full (a given name of the lists, then a family name) with
/// two spellings of the given name: ليلى الزمراني and ليلي الزمراني are one woman, since a given
/// name and a family name together identify a person and only the spelling of the given name
/// differs. Mentions cover the given name only (the family name has its own entity).
pub(crate) fn add_full_names(cx: &Context, entities: &mut Vec<Entity>) {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    let n = words.len();
    let mut groups: HashMap<(String, String), Vec<Mention>> = HashMap::default();
    for i in 0..n.saturating_sub(1) {
        let w = &words[i];
        if tags[i].given != 1 || w.kind() != WordKind::Arabic || !adjacent(cx, i, i + 1) {
            continue;
        }
        let next = &words[i + 1];
        let tn = &tags[i + 1];
        if next.kind() != WordKind::Arabic
            || tn.function()
            || tn.is_cue()
            || tn.title > 0
            || tn.given > 0
            || next.plain.chars().count() < 3
        {
            continue;
        }
        // The given name's reading: a conjunction و is its only proclitic.
        let k =
            usize::from(w.key.starts_with('و') && !cx.profile.given_names.contains(w.key.as_str()));
        let plain = super::plain_text_after(w.plain, k);
        groups
            .entry((normalize::identity(&plain), next.key.as_str().to_owned()))
            .or_default()
            .push(Mention {
                range: stem_range(cx, i, k),
                spelling: plain,
                how: MatchKind::Identity,
            });
    }
    let mut out: Vec<Entity> = groups
        .into_iter()
        .filter(|(_, ms)| ms.iter().any(|m| m.spelling != ms[0].spelling))
        .map(|((given, _), mentions)| Entity {
            kind: NameKind::Person,
            key: given,
            mentions,
            family: false,
            listed: false,
            given: Vec::new(),
        })
        .collect();
    out.sort_by_key(|e| e.mentions[0].range.start);
    entities.extend(out);
}

/// Per word of the story: true when a mention of one of `entities` spans exactly that word (its
/// byte range is the word's range), the test `add_first_names` asks of each one-word mention.
fn words_mentioned(cx: &Context, entities: &[Entity]) -> Vec<bool> {
    let words = &cx.doc.words;
    let mut out = vec![false; words.len()];
    for m in entities.iter().flat_map(|e| &e.mentions) {
        // A mention that starts where a word starts is found at that word (words are sorted and
        // do not overlap), so a mention equal to a word's range marks that word.
        let i = cx.doc.word_index_containing(m.range.start);
        if let (Some(w), Some(slot)) = (words.get(i), out.get_mut(i))
            && w.range() == m.range
        {
            *slot = true;
        }
    }
    out
}

/// Adds the first names that the story spells in two ways before one family name: جاويد كريم and
/// غاويد كريم are one man, since the family name ties the two mentions to one person and the first
/// names differ only as transliterations (or hamza, ة/ه, ى/ي) do. The family name must be one that
/// name detection already holds as a person's family name.
///
/// Long: the two tables (word to family entity, family entity to first names) are built and read in
/// one function, each step a few lines.
pub(crate) fn add_first_names(cx: &Context, entities: &mut Vec<Entity>) {
    let words = &cx.doc.words;
    let tags = &cx.lex.words;
    // Only a family name can take first names: without one there is nothing to add.
    if !entities
        .iter()
        .any(|e| e.kind == NameKind::Person && e.family && !e.mentions.is_empty())
    {
        return;
    }
    // Per word: the family-name entity it is a mention of (the last one listing it), or NONE
    // (four bytes a word: the table is filled for every word of the story).
    const NONE: u32 = u32::MAX;
    let mut family_at: Vec<u32> = vec![NONE; words.len()];
    for (e, ent) in entities.iter().enumerate() {
        if ent.kind == NameKind::Person && ent.family {
            for m in &ent.mentions {
                if let Some(slot) = family_at.get_mut(cx.doc.word_index_containing(m.range.start)) {
                    *slot = u32::try_from(e).unwrap_or(NONE);
                }
            }
        }
    }
    // Family entity -> the words of first names written right before it (word indexes).
    let mut firsts: HashMap<usize, Vec<usize>> = HashMap::default();
    for i in 0..words.len().saturating_sub(1) {
        let e = family_at[i + 1];
        if e == NONE {
            continue;
        }
        let e = e as usize;
        let w = &words[i];
        let t = &tags[i];
        if w.kind() != WordKind::Arabic
            || t.function()
            || t.is_cue()
            || t.title > 0
            || family_at[i] != NONE
            || !adjacent(cx, i, i + 1)
            || w.key.chars().count() < 3
        {
            continue;
        }
        firsts.entry(e).or_default().push(i);
    }
    let mut out = Vec::new();
    // Per word: whether a mention of an entity spans exactly that word, made at the first cluster
    // that asks (a byte a word; a set of every mention's range held 3.3 MB of a 5 MB draft's peak).
    let mut mentioned: Option<Vec<bool>> = None;
    for (_, at) in firsts {
        // Every mention a cluster makes is spelled as one of these words: when all are spelled
        // alike (most family names, asked first), no cluster has two spellings to add.
        if at
            .windows(2)
            .all(|p| words[p[0]].plain.as_str() == words[p[1]].plain.as_str())
        {
            continue;
        }
        // (word index, identity key)
        let list: Vec<(usize, Vec<char>)> = at
            .iter()
            .map(|&i| (i, words[i].key.chars().collect()))
            .collect();
        // Equal keys always fall in one cluster (a key's first occurrence heads it or joins the
        // cluster of an earlier key, and takes every later occurrence along), so the clusters are
        // made over the distinct keys, in order of first occurrence: linear in the mentions, and
        // quadratic only in the distinct first names written before one family name.
        let mut distinct: Vec<Vec<usize>> = Vec::new();
        let mut seen: HashMap<&[char], usize> = HashMap::default();
        for (k, (_, key)) in list.iter().enumerate() {
            let d = *seen.entry(key.as_slice()).or_insert_with(|| {
                distinct.push(Vec::new());
                distinct.len() - 1
            });
            distinct[d].push(k);
        }
        let mut used = vec![false; distinct.len()];
        for a in 0..distinct.len() {
            if used[a] {
                continue;
            }
            let mut cluster = distinct[a].clone();
            let x = &list[distinct[a][0]].1;
            for b in a + 1..distinct.len() {
                let y = &list[distinct[b][0]].1;
                if !used[b] && x.len().max(y.len()) >= 4 && super::near_variant(x, y) {
                    cluster.extend_from_slice(&distinct[b]);
                    used[b] = true;
                }
            }
            // In text order, as the occurrences were met.
            cluster.sort_unstable();
            let a = cluster[0];
            let mentions: Vec<Mention> = cluster
                .iter()
                .map(|&k| {
                    let i = list[k].0;
                    Mention {
                        range: words[i].range(),
                        spelling: words[i].plain,
                        how: MatchKind::Fuzzy,
                    }
                })
                .collect();
            let mut spellings: Vec<&str> = mentions.iter().map(|m| m.spelling.as_str()).collect();
            spellings.sort_unstable();
            spellings.dedup();
            if spellings.len() < 2 {
                continue;
            }
            // A given name already found as a name of its own (two hamza seats or ى/ي on a word
            // outside the lexicon) is one entity, not two.
            // (Asked of a table of the words every mention spans exactly, made once: each cluster
            // against every mention of the story was quadratic in a long draft.)
            let mentioned = mentioned.get_or_insert_with(|| words_mentioned(cx, entities));
            let known = cluster
                .iter()
                .any(|&k| mentioned.get(list[k].0).copied().unwrap_or(false));
            if known {
                continue;
            }
            out.push(Entity {
                kind: NameKind::Person,
                key: list[a].1.iter().collect(),
                mentions,
                family: false,
                listed: false,
                given: Vec::new(),
            });
        }
    }
    out.sort_by_key(|e| e.mentions[0].range.start);
    entities.extend(out);
}

#[cfg(test)]
mod tests {
    use crate::analysis::apply_edits;
    use crate::analysis::names::test_support::name_variant_findings as variants;

    #[test]
    fn hamza_inside_an_institution_name_flags_that_word() {
        let src = "دعا الإتحاد العام للفلاحين إلى إضراب. وقال مسؤول في الاتحاد العام للفلاحين إن القرار نهائي، ورحب الاتحاد العام للفلاحين بالحوار.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        let at = src.find("الإتحاد").unwrap();
        assert_eq!(f[0].range, at..at + "الإتحاد".len());
        assert_eq!(f[0].fixes[0].edits[0].new_text, "الاتحاد");
        let fixed = apply_edits(src, &f[0].fixes[0].edits);
        assert!(variants(&fixed).is_empty(), "{:?}", variants(&fixed));
    }

    #[test]
    fn a_given_name_spelled_two_ways_is_one_entity() {
        use crate::analysis::{Context, names::detect};
        use crate::profile::Profile;
        use crate::text::{Document, Format};
        let src = "لم تنتظر ليلي الحسيني طويلاً. وقالت ليلى الحسيني إن المشروع بدأ. وأضافت ليلى الحسيني أن العمل مستمر.";
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        let at = src.find("ليلي").unwrap();
        let holding: Vec<_> = detect(&cx)
            .into_iter()
            .filter(|e| e.mentions.iter().any(|m| m.range.start == at))
            .collect();
        assert_eq!(holding.len(), 1, "{holding:?}");
        assert_eq!(variants(src).len(), 1);
    }

    #[test]
    fn later_word_of_a_long_name() {
        let src = "أعلنت الهيئة العليا للإشراف على الانتخابات النتائج. وطعن حزب في قرار الهيئة العليا للاشراف على الانتخابات أمس. وردت الهيئة العليا للإشراف على الانتخابات ببيان.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&src[f[0].range.clone()], "للاشراف");
        assert_eq!(f[0].fixes[0].edits[0].new_text, "للإشراف");
    }

    #[test]
    fn given_name_spelled_two_ways_in_a_full_name() {
        let src = "افتتحت ليلي الحسناوي متجرها. وقالت ليلى الحسناوي إن العمل شاق، وأضافت ليلى الحسناوي أنها سعيدة.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&src[f[0].range.clone()], "ليلي");
        assert_eq!(f[0].fixes[0].edits[0].new_text, "ليلى");
    }

    #[test]
    fn first_name_transliterated_two_ways_before_one_family_name() {
        let src = "قال المهندس جاويد برهاني إن المشروع جاهز. وأضاف جاويد برهاني أن العمل بدأ. وختم غاويد برهاني حديثه.";
        let f = variants(src);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(&src[f[0].range.clone()], "غاويد");
        assert_eq!(f[0].fixes[0].edits[0].new_text, "جاويد");
    }

    #[test]
    fn first_name_spelled_alike_before_one_family_name_is_no_variant() {
        // The words before the family name are all spelled alike: no cluster is made of them.
        let src = "قال المهندس جاويد برهاني إن المشروع جاهز. وأضاف جاويد برهاني أن العمل بدأ. وختم جاويد برهاني حديثه.";
        assert!(variants(src).is_empty(), "{:?}", variants(src));
    }

    /// The entities of `src` (embedded profile) whose key has a space: the names of several words.
    fn phrase_entities(src: &str) -> Vec<crate::analysis::names::Entity> {
        use crate::analysis::{Context, names::detect};
        use crate::profile::Profile;
        use crate::text::{Document, Format};
        let doc = Document::new(src, Format::Plain);
        let p = Profile::embedded();
        let cx = Context::new(&doc, &p);
        detect(&cx)
            .into_iter()
            .filter(|e| e.key.contains(' '))
            .collect()
    }

    #[test]
    fn an_institution_repeated_word_for_word_is_one_name() {
        let src = "أعلنت وزارة الزراعة خطة للري. وقالت وزارة الزراعة إن الموسم جيد.";
        let e = phrase_entities(src);
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].kind, super::NameKind::Org);
        assert_eq!(e[0].key, "وزاره الزراعه");
        let first = src.find("وزارة").unwrap();
        let second = src.rfind("وزارة").unwrap();
        let ranges: Vec<_> = e[0].mentions.iter().map(|m| m.range.clone()).collect();
        let len = "وزارة الزراعة".len();
        assert_eq!(ranges, vec![first..first + len, second..second + len]);
        assert!(variants(src).is_empty());
    }

    #[test]
    fn forces_and_managing_repeated_are_no_name() {
        let src = "انتشرت قوات الشرطة في الساحة. وأغلقت قوات الشرطة الطريق، ثم تولت إدارة المدرسة الأمر، وطلبت إدارة المدرسة الهدوء.";
        let e = phrase_entities(src);
        assert!(e.is_empty(), "{e:?}");
        // Both phrases were seen as institution occurrences (a head noun and a definite word).
        use crate::analysis::Context;
        let doc = crate::text::Document::new(src, crate::text::Format::Plain);
        let p = crate::profile::Profile::embedded();
        let cx = Context::new(&doc, &p);
        let heads: Vec<&str> = super::institution_occurrences(&cx, None)
            .iter()
            .map(|o| o.key(0))
            .collect();
        assert_eq!(heads, vec!["قوات", "قوات", "اداره", "اداره"]);
    }

    #[test]
    fn a_listed_place_of_two_words_is_one_name_with_lam_lam() {
        let src = "سافر الوفد إلى الولايات المتحدة أمس. وقال مسؤول إن للولايات المتحدة مصالح كثيرة.";
        let e = phrase_entities(src);
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].kind, super::NameKind::Place);
        assert!(e[0].listed);
        let spellings = e[0].spellings();
        assert_eq!(spellings, vec![("الولايات المتحدة".to_string(), 2)]);
        let first = src.find("الولايات").unwrap();
        // The second mention starts at the written lam of the article (للولايات: after the ل).
        let second = src.find("للولايات").unwrap() + "ل".len();
        let ranges: Vec<_> = e[0].mentions.iter().map(|m| m.range.start).collect();
        assert_eq!(ranges, vec![first, second]);
        assert!(variants(src).is_empty());
    }

    #[test]
    fn one_spelling_of_an_institution_is_quiet() {
        let src = "قال الاتحاد الأوروبي إن العقوبات مستمرة. وأكد الاتحاد الأوروبي ذلك.";
        assert!(variants(src).is_empty());
    }
}
