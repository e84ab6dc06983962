//! Build script: decodes the committed Ayaspell finite-state maps (`src/profile/data/ayaspell/
//! exact.fst`, `folded.fst`) into a flat automaton over letters that `profile::words` walks
//! without `fst`'s per-byte node decoding (written to `OUT_DIR` as `exact.nodes`, `folded.nodes`,
//! with the maps' key counts in `exact.keys`, `folded.keys`; nothing is committed, the `.fst` files
//! stay the source of truth).
//!
//! Every key of the maps is a string of characters of the Arabic block (U+0600–U+06FF; the build
//! stops otherwise), so a transition reads one whole character, stored as one byte (its code point
//! less U+0600). Layout of a `.nodes` file, one record per state at a character boundary, the root
//! at offset 0, states in breadth-first order from the root (the states a walk reads first lie
//! together):
//! - byte 0: the number of transitions `n` (at most 127), with the high bit set when the state is
//!   dense (see below);
//! - bytes 1..3: a little-endian `u16`, 0 when the state is not final, else its final output + 1;
//! - a sparse state: `n` bytes, the transitions' characters (code point − U+0600), in increasing
//!   order; a dense state (at least [`DENSE`] transitions, all on U+0620–U+065F, the letters): a
//!   little-endian `u64` whose bit `c − 0x20` is set for each character `c` with a transition;
//! - `n` little-endian `u32`s: per transition, its target's byte offset in the low
//!   [`TARGET_BITS`] bits and its output (the sum of the map's outputs along the character's
//!   bytes) in the high 10 bits.
//!
//! The map's outputs are record ids (a few hundred at most): a value that does not fit stops the
//! build, so a walk of these records gives exactly the map's outputs.

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::Path;

/// Fewest transitions of a state written dense (a bitmap of its letters instead of a list).
const DENSE: usize = 8;

/// Bits of a transition word that hold the target's offset; the high 10 bits hold the output.
const TARGET_BITS: u32 = 22;

fn main() {
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for side in ["exact", "folded"] {
        let src = format!("src/profile/data/ayaspell/{side}.fst");
        println!("cargo:rerun-if-changed={src}");
        let bytes = std::fs::read(&src).unwrap_or_else(|e| panic!("reading {src}: {e}"));
        let nodes = decode(&bytes);
        std::fs::write(Path::new(&out_dir).join(format!("{side}.nodes")), nodes)
            .expect("writing the decoded lexicon");
        // The number of keys, so the binary need not embed the `.fst` to answer `Lexicon::len`.
        let keys = fst::raw::Fst::new(bytes.as_slice())
            .expect("committed lexicon fst is valid")
            .len() as u64;
        std::fs::write(
            Path::new(&out_dir).join(format!("{side}.keys")),
            keys.to_le_bytes(),
        )
        .expect("writing the lexicon's key count");
    }
    println!("cargo:rerun-if-changed=build.rs");
}

/// One transition over a whole character: its code point less U+0600, the map's outputs summed
/// along its bytes, and the state (fst address) it reaches.
type CharTrans = (u8, u64, usize);

/// The transitions over whole characters from the state at `addr` (a character boundary), by
/// following each lead byte through its continuation bytes; sorted by character.
fn char_transitions(fst: &fst::raw::Fst<&[u8]>, addr: usize) -> Vec<CharTrans> {
    let mut out = Vec::new();
    // (state, bytes read so far, output so far)
    let mut stack: Vec<(usize, Vec<u8>, u64)> = vec![(addr, Vec::new(), 0)];
    while let Some((at, bytes, sum)) = stack.pop() {
        let node = fst.node(at);
        if !bytes.is_empty() {
            let want = match bytes[0] {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            if bytes.len() == want {
                let c = std::str::from_utf8(&bytes)
                    .ok()
                    .and_then(|s| s.chars().next())
                    .expect("lexicon keys are UTF-8");
                let cp = c as u32;
                assert!(
                    (0x0600..=0x06FF).contains(&cp),
                    "a lexicon key has a character outside the Arabic block: {c:?}"
                );
                out.push(((cp - 0x0600) as u8, sum, at));
                continue;
            }
            assert!(!node.is_final(), "a lexicon key ends inside a character");
        }
        for t in node.transitions() {
            let mut next = bytes.clone();
            next.push(t.inp);
            stack.push((t.addr, next, sum + t.out.value()));
        }
    }
    out.sort_unstable();
    out
}

/// The flat records (see the module comment) of the map in `bytes`.
fn decode(bytes: &[u8]) -> Vec<u8> {
    let fst = fst::raw::Fst::new(bytes).expect("committed lexicon fst is valid");
    // First pass: the states at character boundaries, breadth-first from the root, each once
    // (the map is a DAG), with their transitions over whole characters.
    let mut seen: HashSet<usize> = HashSet::new();
    let mut order: Vec<(usize, Vec<CharTrans>)> = Vec::new();
    let mut queue: VecDeque<usize> = VecDeque::new();
    let root = fst.root().addr();
    queue.push_back(root);
    seen.insert(root);
    while let Some(addr) = queue.pop_front() {
        let trans = char_transitions(&fst, addr);
        assert!(
            trans.len() <= 255,
            "a lexicon state with more than 255 transitions"
        );
        for &(_, _, to) in &trans {
            if seen.insert(to) {
                queue.push_back(to);
            }
        }
        order.push((addr, trans));
    }
    // Second pass: each state's offset, in that order.
    let mut offsets: HashMap<usize, u32> = HashMap::new();
    let mut at: u64 = 0;
    for (addr, trans) in &order {
        offsets.insert(*addr, u32::try_from(at).expect("offset fits"));
        let labels = if dense(trans) { 8 } else { trans.len() as u64 };
        at += 3 + labels + 4 * trans.len() as u64;
    }
    assert!(at < (1 << TARGET_BITS), "decoded lexicon too large");
    let mut out: Vec<u8> = Vec::with_capacity(at as usize);
    for (addr, trans) in &order {
        let node = fst.node(*addr);
        let dense = dense(trans);
        out.push(trans.len() as u8 | if dense { 0x80 } else { 0 });
        let fin: u16 = if node.is_final() {
            u16::try_from(node.final_output().value() + 1).expect("final output fits a u16")
        } else {
            0
        };
        out.extend_from_slice(&fin.to_le_bytes());
        if dense {
            let bits = trans.iter().fold(0u64, |m, &(c, _, _)| m | 1 << (c - 0x20));
            out.extend_from_slice(&bits.to_le_bytes());
        } else {
            for &(c, _, _) in trans {
                out.push(c);
            }
        }
        for &(_, value, to) in trans {
            assert!(
                value < (1 << (32 - TARGET_BITS)),
                "transition output too large"
            );
            let word = offsets[&to] | ((value as u32) << TARGET_BITS);
            out.extend_from_slice(&word.to_le_bytes());
        }
    }
    assert_eq!(out.len() as u64, at);
    out
}

/// True when a state with these transitions is written dense: at least [`DENSE`] of them, all on
/// the letters U+0620–U+065F.
fn dense(trans: &[CharTrans]) -> bool {
    trans.len() >= DENSE && trans.iter().all(|&(c, _, _)| (0x20..0x60).contains(&c))
}
