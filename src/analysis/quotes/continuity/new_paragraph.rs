//! A turn carried into a new paragraph whose sentence opens with another subject (issue 12,
//! VIA14): the speaker of a subjectless cue is unclear rather than carried over.

use super::super::speaker::{
    Named, bare_key, complementizer, function, gap, preposition_word, prepositional, starts_person,
};
use super::{article_less, article_less_keys, sentence_start};
use crate::analysis::Context;
use std::ops::Range;

/// How many words of the opening clause (the verb, then its subject) are read for a subject.
const SUBJECT_WORDS: usize = 3;

/// How many words a fronted phrase set off by a comma may hold at the opening of the sentence
/// (من جهته، في المقابل، وفي الوقت نفسه،).
const FRONTED_WORDS: usize = 4;

/// True when the sentence of the subjectless cue at word `i` opens with a subject of its own
/// other than `n`, the speaker the turn would carry over from an earlier paragraph: after the
/// sentence's opening particles (a preposition among them must open a fronted phrase closed by a
/// comma: its nouns are complements, not subjects), a fronted phrase set off by a comma (at most [`FRONTED_WORDS`]
/// words) and كان/كانت, one of the first [`SUBJECT_WORDS`] words before the cue and before any
/// complementizer (the reported content after أن has subjects of its own) starts a person mention or is
/// a title, an agency or a body noun (وكتبت غرفة الطوارئ ...، من جهته، أهدى اللاعب فلان ...) that
/// shares no word (without the article) with `n`. Reason: a paragraph break ends the stretch in
/// which a pronoun subject most readily refers back to the last speaker, and a subject named at
/// the opening of the new paragraph's sentence is then the most salient one, so a later
/// subjectless cue in that sentence cannot be told to be the earlier speaker's.
pub(super) fn other_subject_opens(
    cx: &Context,
    persons: &[Range<usize>],
    n: &Named,
    i: usize,
) -> bool {
    let nw = cx.doc.words.len().min(cx.lex.words.len());
    if i >= nw {
        return false;
    }
    let s = sentence_start(cx, i);
    let skip = |mut k: usize| {
        while k < i && function(cx, k) {
            k += 1;
        }
        k
    };
    let mut k = skip(s);
    // A preposition among the opening words opens an adjunct (وبعد كلمة المديرة ...), whose
    // nouns are its complements, not a subject, unless a comma closes it.
    let adjunct = (s..k).any(|j| {
        let p = cx.doc.words[j].plain.as_str();
        preposition_word(
            p.strip_prefix(['و', 'ف'])
                .filter(|r| r.chars().count() >= 2)
                .unwrap_or(p),
        )
    });
    match (k..(k + FRONTED_WORDS).min(i)).find(|&j| gap(cx, j, j + 1).contains(['،', ','])) {
        Some(c) => k = skip(c + 1),
        None if adjunct => return false,
        None => {}
    }
    if k < i && matches!(bare_key(cx, k), "كان" | "كانت") {
        k += 1;
    }
    let keys = article_less_keys(cx, n);
    (k..(k + SUBJECT_WORDS).min(i))
        .take_while(|&j| !complementizer(cx, j))
        .any(|j| {
            let t = &cx.lex.words[j];
            let key = cx.doc.words[j].key.as_str();
            let subject = t.title > 0
                || t.agency().is_some()
                || t.org_noun()
                || crate::profile::lists::source_nouns().contains(key)
                || starts_person(cx, persons, j);
            if !subject || prepositional(cx, persons, j) {
                return false;
            }
            // The subject's words: a person mention's, else the noun and the word after it.
            let at = cx.doc.words[j].start();
            let p = persons.partition_point(|r| r.end <= at);
            let words = match persons.get(p).filter(|r| r.start >= at) {
                Some(r) => cx.doc.words_in(r.clone()),
                None => &cx.doc.words[j..(j + 2).min(i)],
            };
            !words
                .iter()
                .any(|w| keys.iter().any(|k| k == article_less(w.key.as_str())))
        })
}
