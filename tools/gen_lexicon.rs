//! Generator of the embedded Arabic lexicon (`src/profile/data/ayaspell/`) from Ayaspell, the
//! Arabic Hunspell dictionary (Debian package `hunspell-ar`: `/usr/share/hunspell/ar.aff`, `ar.dic`).
//!
//! Run: `apt-get install -y hunspell-ar && cargo run --release --example gen_lexicon`
//! (optional arguments: `AFF DIC OUT_DIR`; or `--lookup`, which reads words on standard input and
//! prints each with the embedded lexicon's verdict, `E`, `F` or `-`). Output is deterministic: the same input gives the same
//! bytes, which the `lexicon_data` test checks against the committed files.
//!
//! What it computes, following Hunspell's affix semantics for this dictionary (`FLAG long`, `AF`
//! aliases, no compounding, no `COMPLEXPREFIXES`, so one prefix and at most two suffixes):
//! - every stem of `ar.dic` with the characters of `IGNORE` (harakat, tatweel) removed; lines that
//!   are not Arabic letters only (a few stray file names in the list) are skipped;
//! - the stem, the stem with one suffix of its flags, and with a second suffix that the first one's
//!   continuation class allows (conditions and strip strings applied as Hunspell does);
//! - for each such form, the prefixes allowed: a prefix flag of the stem, or of the continuation
//!   class of either suffix (Hunspell's "conditional affixes");
//! - the form is split into prefix (as added), middle and outer suffix (the second suffix, as
//!   added, or none): the middle is a key of `exact.fst`, whose value is the id of a record of
//!   `exact.masks`: for each outer suffix of `affixes.tsv` (`exact-suffix`), the mask of the
//!   prefixes (`exact-prefix`) allowed with it; the same with `isnad::profile::words::fold` applied
//!   to all three gives `folded.fst` and `folded.masks`.
//!
//! A surface word is then accepted iff it splits as prefix + middle + suffix with the prefix's bit
//! set in the middle's mask for that suffix: exactly the set of words Hunspell's affix expansion
//! generates.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

/// The generated files (see `src/profile/words.rs` for their format) and counts for the report.
pub struct Generated {
    /// `exact.fst`: middle of a form (without proclitic prefix and outer suffix) -> mask-pair id.
    pub exact: Vec<u8>,
    /// `exact.masks`: per id, for each outer suffix in table order, the mask of the prefixes
    /// allowed with it (little-endian u128 each).
    pub exact_masks: Vec<u8>,
    /// `folded.fst`: the same, keys and affixes folded.
    pub folded: Vec<u8>,
    /// `folded.masks`: the mask pairs of `folded.fst`.
    pub folded_masks: Vec<u8>,
    /// `affixes.tsv`: `exact-prefix`, `exact-suffix`, `folded-prefix`, `folded-suffix` lines, each
    /// table in bit order (sorted), the empty affix written `0`.
    pub affixes: String,
    /// Number of stems read.
    pub stems: usize,
    /// Number of (middle, outer suffix) forms generated before prefixing.
    pub forms: usize,
    /// Number of keys of `exact.fst`.
    pub keys: usize,
}

type Flag = [char; 2];

#[derive(Clone, Debug)]
enum Cond {
    Any,
    In(Vec<char>),
    NotIn(Vec<char>),
}

impl Cond {
    fn matches(&self, c: char) -> bool {
        match self {
            Cond::Any => true,
            Cond::In(set) => set.contains(&c),
            Cond::NotIn(set) => !set.contains(&c),
        }
    }
}

#[derive(Clone, Debug)]
struct Rule {
    strip: Vec<char>,
    add: Vec<char>,
    cont: Vec<Flag>,
    cond: Vec<Cond>,
}

#[derive(Clone, Debug, Default)]
struct Class {
    cross: bool,
    rules: Vec<Rule>,
}

struct Aff {
    ignore: Vec<char>,
    aliases: Vec<Vec<Flag>>,
    pfx: HashMap<Flag, Class>,
    sfx: HashMap<Flag, Class>,
}

fn strip_ignored(s: &str, ignore: &[char]) -> String {
    s.chars().filter(|c| !ignore.contains(c)).collect()
}

fn parse_long_flags(s: &str) -> Vec<Flag> {
    let chars: Vec<char> = s.chars().collect();
    chars
        .chunks(2)
        .filter(|c| c.len() == 2)
        .map(|c| [c[0], c[1]])
        .collect()
}

fn parse_cond(s: &str) -> Result<Vec<Cond>, String> {
    if s == "." {
        return Ok(vec![]);
    }
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '.' => out.push(Cond::Any),
            '[' => {
                let neg = it.peek() == Some(&'^');
                if neg {
                    it.next();
                }
                let mut set = Vec::new();
                loop {
                    match it.next() {
                        Some(']') => break,
                        Some(x) => set.push(x),
                        None => return Err(format!("unclosed [ in condition {s}")),
                    }
                }
                out.push(if neg { Cond::NotIn(set) } else { Cond::In(set) });
            }
            _ => out.push(Cond::In(vec![c])),
        }
    }
    Ok(out)
}

type RawRule = (bool, Flag, String, String, String);

fn parse_aff(text: &str) -> Result<Aff, String> {
    let mut aff = Aff {
        ignore: Vec::new(),
        aliases: Vec::new(),
        pfx: HashMap::new(),
        sfx: HashMap::new(),
    };
    // Rules still expected per (is prefix, flag), so a header is told from a rule.
    let mut pending: HashMap<(bool, Flag), usize> = HashMap::new();
    let mut af_count_seen = false;
    let mut raw_rules: Vec<RawRule> = Vec::new();
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        match fields.first().copied() {
            Some("FLAG") if fields.get(1) != Some(&"long") => {
                return Err("only FLAG long is supported".into());
            }
            Some("IGNORE") => {
                aff.ignore = fields
                    .get(1)
                    .map(|s| s.chars().collect())
                    .unwrap_or_default();
            }
            Some("AF") => {
                if !af_count_seen {
                    af_count_seen = true;
                } else if let Some(f) = fields.get(1) {
                    aff.aliases.push(parse_long_flags(f));
                }
            }
            Some(kind @ ("PFX" | "SFX")) if fields.len() >= 4 => {
                let is_pfx = kind == "PFX";
                let Some(&flag) = parse_long_flags(fields[1]).first() else {
                    return Err(format!("bad flag in {line}"));
                };
                let left = pending.get(&(is_pfx, flag)).copied().unwrap_or(0);
                if left == 0 {
                    let count: usize = fields[3]
                        .parse()
                        .map_err(|_| format!("bad affix header {line}"))?;
                    pending.insert((is_pfx, flag), count);
                    let table = if is_pfx { &mut aff.pfx } else { &mut aff.sfx };
                    table.entry(flag).or_default().cross = fields[2] == "Y";
                } else {
                    pending.insert((is_pfx, flag), left - 1);
                    // A rule without a condition (one line of the file) matches anything.
                    let cond = fields.get(4).copied().unwrap_or(".").to_string();
                    raw_rules.push((is_pfx, flag, fields[2].into(), fields[3].into(), cond));
                }
            }
            _ => {}
        }
    }
    let ignore = aff.ignore.clone();
    for (is_pfx, flag, strip, add, cond) in raw_rules {
        let (add, cont) = match add.split_once('/') {
            Some((a, c)) => (a.to_string(), resolve_flags(c, &aff.aliases)?),
            None => (add, Vec::new()),
        };
        let z = |s: &str| -> Vec<char> {
            if s == "0" {
                Vec::new()
            } else {
                strip_ignored(s, &ignore).chars().collect()
            }
        };
        let rule = Rule {
            strip: z(&strip),
            add: z(&add),
            cont,
            cond: parse_cond(&strip_ignored(&cond, &ignore))?,
        };
        let table = if is_pfx { &mut aff.pfx } else { &mut aff.sfx };
        table.entry(flag).or_default().rules.push(rule);
    }
    Ok(aff)
}

fn resolve_flags(s: &str, aliases: &[Vec<Flag>]) -> Result<Vec<Flag>, String> {
    if aliases.is_empty() {
        return Ok(parse_long_flags(s));
    }
    let n: usize = s.parse().map_err(|_| format!("bad AF alias {s}"))?;
    aliases
        .get(n.wrapping_sub(1))
        .cloned()
        .ok_or_else(|| format!("AF alias {n} out of range"))
}

/// Applies a suffix rule to `word`, or `None` when its strip or condition does not match.
fn apply_sfx(rule: &Rule, word: &[char]) -> Option<Vec<char>> {
    if rule.strip.len() >= word.len() || !word.ends_with(&rule.strip) {
        return None;
    }
    if rule.cond.len() > word.len() {
        return None;
    }
    let tail = &word[word.len() - rule.cond.len()..];
    if !rule.cond.iter().zip(tail).all(|(c, &x)| c.matches(x)) {
        return None;
    }
    let mut out = word[..word.len() - rule.strip.len()].to_vec();
    out.extend_from_slice(&rule.add);
    Some(out)
}

/// Applies a prefix rule to `word`: returns the rest after the added prefix (the word with the
/// strip removed), or `None` when its strip or condition does not match.
fn apply_pfx<'a>(rule: &Rule, word: &'a [char]) -> Option<&'a [char]> {
    if rule.strip.len() >= word.len() || !word.starts_with(&rule.strip) {
        return None;
    }
    if rule.cond.len() > word.len() {
        return None;
    }
    if !rule.cond.iter().zip(word).all(|(c, &x)| c.matches(x)) {
        return None;
    }
    Some(&word[rule.strip.len()..])
}

/// Interns affix strings (prefixes or suffixes as added) to small ids, at most 128.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
    names: Vec<String>,
}

impl Interner {
    fn id(&mut self, s: &str) -> Result<u32, String> {
        if let Some(&i) = self.ids.get(s) {
            return Ok(i);
        }
        let i = self.names.len() as u32;
        if i >= 128 {
            return Err("more than 128 distinct affixes".into());
        }
        self.ids.insert(s.to_string(), i);
        self.names.push(s.to_string());
        Ok(i)
    }
}

/// Sorts a table of affix strings (after `map`, deduplicated) and returns it with, for each old
/// id, its new bit.
fn sorted_table(names: &[String], map: impl Fn(&str) -> String) -> (Vec<String>, Vec<u32>) {
    let table: Vec<String> = names
        .iter()
        .map(|n| map(n))
        .collect::<BTreeSet<String>>()
        .into_iter()
        .collect();
    let remap = names
        .iter()
        .map(|n| table.binary_search(&map(n)).unwrap_or(0) as u32)
        .collect();
    (table, remap)
}

fn remap_mask(mask: u128, remap: &[u32]) -> u128 {
    let mut out = 0u128;
    for (old, &new) in remap.iter().enumerate() {
        if new < 128 && mask & (1u128 << old) != 0 {
            out |= 1u128 << new;
        }
    }
    out
}

/// Most outer suffixes (the empty one included) a middle can record.
const MAX_SFX: usize = 16;

/// Per outer-suffix bit, the mask of prefixes allowed with that suffix on a middle.
type Masks = [u128; MAX_SFX];

/// Builds one (fst map, mask table) pair from `middle -> masks`; a record of the table is the
/// first `n_sfx` prefix masks, little-endian u128 each.
fn build_map(items: HashMap<String, Masks>, n_sfx: usize) -> Result<(Vec<u8>, Vec<u8>), String> {
    let records: Vec<Masks> = items
        .values()
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut keys: Vec<(String, Masks)> = items.into_iter().collect();
    keys.sort_unstable();
    let mut b = fst::MapBuilder::memory();
    for (k, v) in &keys {
        let id = records.binary_search(v).unwrap_or(0) as u64;
        b.insert(k, id).map_err(|e| e.to_string())?;
    }
    let mut masks = Vec::with_capacity(records.len() * n_sfx * 16);
    for rec in records {
        for m in rec.iter().take(n_sfx) {
            masks.extend_from_slice(&m.to_le_bytes());
        }
    }
    Ok((b.into_inner().map_err(|e| e.to_string())?, masks))
}

/// Runs the generator on the text of an `.aff` and a `.dic` file; errors name the line or alias
/// that could not be read.
pub fn generate(aff_text: &str, dic_text: &str) -> Result<Generated, String> {
    let aff = parse_aff(aff_text)?;
    let is_pfx = |f: &Flag| aff.pfx.contains_key(f);
    let mut pfx_ids = Interner::default();
    let mut sfx_ids = Interner::default();
    pfx_ids.id("")?;
    sfx_ids.id("")?;
    // middle (form without its proclitic prefix and outer suffix) -> (prefix ids, suffix ids).
    let mut middles: HashMap<String, Masks> = HashMap::new();
    let mut stems = 0usize;
    let mut forms_n = 0usize;
    for line in dic_text.lines().skip(1) {
        let entry = line.split(['\t', ' ']).next().unwrap_or("");
        let (word, flags) = match entry.split_once('/') {
            Some((w, f)) => (w, resolve_flags(f, &aff.aliases)?),
            None => (entry, Vec::new()),
        };
        let word = strip_ignored(word, &aff.ignore);
        if word.is_empty() || !word.chars().all(isnad::text::chars::is_arabic_letter) {
            continue;
        }
        stems += 1;
        let stem: Vec<char> = word.chars().collect();
        let stem_pfx: Vec<Flag> = flags.iter().copied().filter(is_pfx).collect();
        // (middle, outer suffix as added, prefix flags allowed, whether a suffix was used)
        let mut forms: Vec<(Vec<char>, Vec<char>, Vec<Flag>, bool)> =
            vec![(stem.clone(), Vec::new(), stem_pfx.clone(), false)];
        for f1 in flags.iter().filter(|f| aff.sfx.contains_key(*f)) {
            let class1 = &aff.sfx[f1];
            for r1 in &class1.rules {
                let Some(form1) = apply_sfx(r1, &stem) else {
                    continue;
                };
                let mut allowed1 = stem_pfx.clone();
                allowed1.extend(r1.cont.iter().copied().filter(is_pfx));
                if !class1.cross {
                    allowed1.clear();
                }
                for f2 in r1.cont.iter().filter(|f| aff.sfx.contains_key(*f)) {
                    let class2 = &aff.sfx[f2];
                    for r2 in &class2.rules {
                        if apply_sfx(r2, &form1).is_none() {
                            continue;
                        }
                        let middle = form1[..form1.len() - r2.strip.len()].to_vec();
                        let mut allowed2 = allowed1.clone();
                        allowed2.extend(r2.cont.iter().copied().filter(is_pfx));
                        if !class2.cross {
                            allowed2.clear();
                        }
                        forms.push((middle, r2.add.clone(), allowed2, true));
                    }
                }
                forms.push((form1, Vec::new(), allowed1, true));
            }
        }
        for (middle, suffix, allowed, with_sfx) in forms {
            forms_n += 1;
            let sid = sfx_ids.id(&suffix.iter().collect::<String>())?;
            let mut record = |rest: &[char], pid: u32| {
                if rest.is_empty() {
                    return;
                }
                let e = middles.entry(rest.iter().collect()).or_default();
                e[sid as usize] |= 1u128 << pid;
            };
            record(&middle, 0);
            let mut full = middle.clone();
            full.extend_from_slice(&suffix);
            let mut seen: Vec<Flag> = Vec::new();
            for p in allowed {
                if seen.contains(&p) {
                    continue;
                }
                seen.push(p);
                let class = &aff.pfx[&p];
                if with_sfx && !class.cross {
                    continue;
                }
                for rule in &class.rules {
                    if rule.add.is_empty() || rule.strip.len() > middle.len() {
                        continue;
                    }
                    if apply_pfx(rule, &full).is_some() {
                        let pid = pfx_ids.id(&rule.add.iter().collect::<String>())?;
                        record(&middle[rule.strip.len()..], pid);
                    }
                }
            }
        }
    }
    let fold = isnad::profile::words::fold;
    let (exact_pfx, pfx_remap) = sorted_table(&pfx_ids.names, |s| s.to_string());
    let (exact_sfx, sfx_remap) = sorted_table(&sfx_ids.names, |s| s.to_string());
    let (folded_pfx, mut fpfx_remap) = sorted_table(&pfx_ids.names, fold);
    // The question particle أ (and آ, question + article) is left out of folded matching: without
    // its hamza, أل "for?" reads as the article ال and أ as part of the word, so every ال + noun + ي
    // (a nisba family name such as الشمري) would pass as أل + noun + "my".
    for (old, name) in pfx_ids.names.iter().enumerate() {
        if name.starts_with(['أ', 'آ']) {
            fpfx_remap[old] = u32::MAX;
        }
    }
    let (folded_sfx, fsfx_remap) = sorted_table(&sfx_ids.names, fold);
    if exact_sfx.len() > MAX_SFX || sfx_ids.names.len() > MAX_SFX {
        return Err(format!(
            "{} outer suffixes: more than {MAX_SFX}",
            sfx_ids.names.len()
        ));
    }
    let mut exact: HashMap<String, Masks> = HashMap::with_capacity(middles.len());
    let mut folded: HashMap<String, Masks> = HashMap::new();
    for (middle, masks) in middles {
        let mut e: Masks = [0; MAX_SFX];
        let f = folded.entry(fold(&middle)).or_default();
        for (old, &m) in masks.iter().enumerate() {
            if m == 0 {
                continue;
            }
            let (Some(&new), Some(&fnew)) = (sfx_remap.get(old), fsfx_remap.get(old)) else {
                continue;
            };
            e[new as usize] |= remap_mask(m, &pfx_remap);
            f[fnew as usize] |= remap_mask(m, &fpfx_remap);
        }
        exact.insert(middle, e);
    }
    let keys = exact.len();
    let (exact_fst, exact_masks) = build_map(exact, exact_sfx.len())?;
    let (folded_fst, folded_masks) = build_map(folded, folded_sfx.len())?;
    let mut affixes = String::new();
    for (kind, table) in [
        ("exact-prefix", &exact_pfx),
        ("exact-suffix", &exact_sfx),
        ("folded-prefix", &folded_pfx),
        ("folded-suffix", &folded_sfx),
    ] {
        for p in table.iter() {
            let p = if p.is_empty() { "0" } else { p };
            affixes.push_str(&format!("{kind}\t{p}\n"));
        }
    }
    Ok(Generated {
        exact: exact_fst,
        exact_masks,
        folded: folded_fst,
        folded_masks,
        affixes,
        stems,
        forms: forms_n,
        keys,
    })
}

/// Where the committed data lives, relative to the crate root.
pub const DATA_DIR: &str = "src/profile/data/ayaspell";

#[allow(dead_code)]
fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--lookup") {
        // Prints each word of standard input with the embedded lexicon's verdict: E (exact),
        // F (folded) or - (not a word); used to compare with `hunspell -l`.
        let lex = isnad::profile::words::lexicon();
        for line in std::io::stdin().lines() {
            let word = line.map_err(|e| e.to_string())?;
            let verdict = match lex.lookup(&word) {
                Some(isnad::profile::words::Match::Exact) => "E",
                Some(isnad::profile::words::Match::Folded) => "F",
                None => "-",
            };
            println!("{word}\t{verdict}");
        }
        return Ok(());
    }
    let aff = args
        .first()
        .cloned()
        .unwrap_or_else(|| "/usr/share/hunspell/ar.aff".into());
    let dic = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "/usr/share/hunspell/ar.dic".into());
    let out: PathBuf = args
        .get(2)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(DATA_DIR));
    let read = |p: &str| {
        std::fs::read_to_string(p).map_err(|e| format!("{p}: {e} (apt-get install hunspell-ar)"))
    };
    let g = generate(&read(&aff)?, &read(&dic)?)?;
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(out.join(name), bytes).map_err(|e| format!("{name}: {e}"))
    };
    write("exact.fst", &g.exact)?;
    write("exact.masks", &g.exact_masks)?;
    write("folded.fst", &g.folded)?;
    write("folded.masks", &g.folded_masks)?;
    write("affixes.tsv", g.affixes.as_bytes())?;
    eprintln!(
        "{} stems, {} forms, {} keys; exact.fst {} bytes, folded.fst {} bytes, masks {} + {} bytes",
        g.stems,
        g.forms,
        g.keys,
        g.exact.len(),
        g.folded.len(),
        g.exact_masks.len(),
        g.folded_masks.len()
    );
    Ok(())
}
