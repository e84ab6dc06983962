//! The name at the end of a post chain (issue 12, probe16): وقال [post chain] [name] إن — the
//! canonical wire attribution, where the post runs on through complements, a coordinated second
//! post, a quoted body name and a title of address before the holder's name.

use super::*;

/// How many words after its head a post chain may run before the name starts (a post in
/// construct, its complement, a second post joined by و and a title of address: المستشار في
/// مكتب رئيس مجلس الوزراء والمتحدث الرسمي باسم وزارة الخارجية الدكتور ...).
const MAX_CHAIN: usize = 20;

/// How many words a holder's name may have (given name, particles, family names: فلان بن فلان
/// الفلاني).
const MAX_NAME: usize = 5;

/// The prepositions that open a post's complement (في الوزارة، لدى الأمم المتحدة، عن الحزب، من
/// أصل ...، على البرنامج، إلى المنطقة), as identity keys: the closed class of Arabic prepositions
/// a post takes its domain with.
const COMPLEMENT_PREPOSITIONS: &[&str] = &["في", "لدي", "عن", "من", "علي", "الي"];

/// The speaker of a post chain that starts at word `k` and names its holder before the clause's
/// content, read before word `limit`: the post (a title, or a noun the dictionary knows heading a
/// construct), then words that continue a post (titles, also joined by و; definite words;
/// complements opened by a preposition or ل; places; a body's name in quotation marks or an
/// acronym in brackets), then a name of two to five words closed by the speech boundary (a
/// comma, a colon, a quotation mark, أن/إن, an addressee with ل, a circumstance of speech or an
/// adjunct with في/خلال). A name starts only where the construct chain has ended: after a title
/// of address or any definite word, or after a quoted name or an acronym. Reason: a construct
/// chain ends at its first definite noun, and a definite noun takes no indefinite genitive, so
/// words shaped like a name after it, ending the subject at the speech boundary, are the
/// holder's name in apposition to the whole post, however long the post is. The chain fails
/// (no speaker) at punctuation, a cue, a verb, a complementizer, مع (another party), and at an
/// indefinite common noun right after a definite word, which starts the verb's object. The
/// speaker's words run from the title of address before the name (if any) to the name's end.
/// `None` when no such name is found.
pub(super) fn name_after_post_chain(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    if k + 2 >= limit || !post_head(cx, persons, k) {
        return None;
    }
    // A verb of stance takes an object that may hold a name (انتقد الوزير قرار رئيس الحكومة
    // فلان): the chain reader is for verbs of saying.
    if k > 0 && crate::profile::quote_words::quote_words().is_stance_verb(&cx.doc.words[k - 1].key)
    {
        return None;
    }
    let mut m = k + 1;
    // True when the construct chain has ended before word `m` (a definite word, a title, a
    // quoted name or an acronym): a name may start there.
    let mut ended = bare_key(cx, k).starts_with("ال") || cx.lex.words[k].title > 0;
    // The closing mark right before word `m` when it follows a quoted name or an acronym just
    // read whole.
    let mut closed: Option<&[char]> = None;
    // True while the post is plain: no complement, quoted name or acronym in it (وزير الداخلية
    // اليمني العميد ...), so the whole post is shown before the name.
    let mut plain = true;
    while m < limit && m <= k + MAX_CHAIN {
        let g = gap(cx, m - 1, m).trim();
        let was_closed = closed.take();
        // (The dot of a dotted title, د. فلان, is part of the title, no break.)
        let quiet = match was_closed {
            Some(c) => !g.is_empty() && g.chars().all(|ch| c.contains(&ch)),
            None => g.is_empty() || (g == "." && super::np::dotted_title(cx, m - 1)),
        };
        // A body's name in quotation marks or an acronym in brackets inside the post (في مجموعة
        // «فلان كابيتال»، للطفولة (يونيسف)): its words are the body's, read whole.
        if was_closed.is_none()
            && let Some(close) = opening_mark(g)
        {
            let e = (m..limit.min(m + 6)).find(|&e| gap(cx, e, e + 1).trim().starts_with(close))?;
            m = e + 1;
            ended = true;
            closed = Some(close);
            plain = false;
            continue;
        }
        if !quiet {
            // The chain closed by a comma after a complement: a nisba apposition names its
            // holder (في مجموعة «...» للاستشارات في لندن، البريطاني فلان فلانسن، إن).
            let rest = was_closed.map_or(g, |c| g.trim_start_matches(c).trim());
            if !plain && matches!(rest, "،" | ",") {
                return super::nationality::nisba_apposition(cx, persons, m, limit)
                    .or_else(|| named_apposition(cx, persons, m, limit));
            }
            return None;
        }
        let t = &cx.lex.words[m];
        if t.is_cue() || t.verb() || complementizer(cx, m) || bare_key(cx, m) == "مع" {
            return None;
        }
        if ended
            && name_start(cx, m)
            && let Some(e) = name_end(cx, persons, m, limit, was_closed.is_some())
        {
            return holder(cx, plain.then_some(k), m, e);
        }
        if !post_word(cx, persons, m) {
            return None;
        }
        plain &= !(function(cx, m)
            || prepositional(cx, persons, m)
            || COMPLEMENT_PREPOSITIONS.contains(&bare_key(cx, m))
            || bare_key(cx, m) == "باسم");
        ended = chain_ends_at(cx, m, ended) || super::np::dotted_title(cx, m);
        m += 1;
    }
    None
}

/// The post `n` read from word `k` with no name (and no unnamed source), named by the holder
/// found after its chain ([`name_after_post_chain`]) or in an apposition
/// ([`apposed_post_chain`]) before `limit`: the post as read with the name in brackets
/// (المستشار (فلان الفلاني)), or `n` itself named when its words already hold the name. A name
/// that `n` read in the genitive of its complement is no holder ([`past_genitive_name`]), and
/// an unnamed description is named by a holder whose name a title of address opens
/// ([`titled_holder_of_description`]). `None` when `n` has a name or no holder is found.
pub(super) fn holder_of_read_post(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    n: &Named,
    limit: usize,
) -> Option<Named> {
    if n.name.is_some() {
        return past_genitive_name(cx, persons, k, n, limit);
    }
    if n.anonymous {
        return titled_holder_of_description(cx, persons, k, n, limit);
    }
    let holder = name_after_post_chain(cx, persons, k, limit)
        .or_else(|| apposed_post_chain(cx, persons, n, limit))
        .or_else(|| apposed_after_second_post(cx, persons, n, limit))?;
    let named = match holder.name.clone() {
        Some(h) if n.range.start <= h.start && h.end <= n.range.end => Some(Named {
            name: Some(h),
            title_only: false,
            ..n.clone()
        }),
        Some(h) => n.with_holder(cx.doc.source, h),
        None => None,
    };
    Some(named.unwrap_or(holder))
}

/// The holder named after the chain of the speaker phrase `n` read from word `k`, when the name
/// `n` holds is the genitive of an indefinite noun of its post ([`genitive_name`]: في إقليم
/// فلانستان، جامعة الملك فلان) and the chain read before `limit` ends in another name after it
/// ([`name_after_post_chain`], also in an apposition between commas: رئيس الاتحاد في إقليم
/// فلانستان، فلان الفلاني، إن). Reason: a name in the genitive of an indefinite noun completes
/// that noun, the place or the institution it names after its eponym, so the person the post
/// belongs to is the name that closes the whole subject. The name between commas right after
/// the genitive is read as an apposition's name (`np::apposition_name_end`) when the chain
/// reader does not read it. Returns the holder as the chain reads it (the title of address and
/// the name); `None` otherwise.
pub(super) fn past_genitive_name(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    n: &Named,
    limit: usize,
) -> Option<Named> {
    let name = n.name.clone()?;
    if n.anonymous || !genitive_name(cx, persons, k, &name) {
        return None;
    }
    let holder = name_after_post_chain(cx, persons, k, limit)
        .or_else(|| name_between_commas_after(cx, persons, &name, limit))?;
    holder
        .name
        .as_ref()
        .is_some_and(|h| h.start >= name.end)
        .then_some(holder)
}

/// The name set off by commas right after the byte range `name` (…، فلان الفلاني،), read before
/// `limit` as an apposition's name (`np::apposition_name_end`): at least two words, closed by
/// a comma. `None` otherwise.
fn name_between_commas_after(
    cx: &Context,
    persons: &[Range<usize>],
    name: &Range<usize>,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    let x = cx.doc.words.partition_point(|w| w.end() <= name.end);
    if x == 0 || x >= limit || !matches!(gap(cx, x - 1, x).trim(), "،" | ",") {
        return None;
    }
    let e = super::np::apposition_name_end(cx, persons, x, x, limit);
    if e < x + 2 || e >= limit || !matches!(gap(cx, e - 1, e).trim(), "،" | ",") {
        return None;
    }
    Named::whole_name(
        cx.doc.source,
        cx.doc.words[x].start()..cx.doc.words[e - 1].end(),
    )
}

/// True when the name at byte range `name` stands right after (only a space between) an
/// indefinite common noun, or after a title with the article that itself follows such a noun
/// (إقليم فلانستان، جامعة الملك فلان), that noun being a word of the post after its head, word
/// `k`: the noun has no article, is no title, given name, place, verb, function word,
/// prepositional phrase or person mention. Such a noun is in construct, and the name after it
/// is its genitive. (A name right after the verb or the post's head is the subject's own.)
fn genitive_name(cx: &Context, persons: &[Range<usize>], k: usize, name: &Range<usize>) -> bool {
    let a = cx.doc.word_index_containing(name.start);
    let indefinite_noun = |x: usize| {
        let t = &cx.lex.words[x];
        x > k
            && !t.is_cue()
            && !t.verb()
            && cx.doc.words[x].kind() == crate::text::WordKind::Arabic
            && !bare_key(cx, x).starts_with("ال")
            && t.title == 0
            && t.given == 0
            && t.place == 0
            && t.agency().is_none()
            && !function(cx, x)
            && !prepositional(cx, persons, x)
            && !in_person(cx, persons, x)
            && !name_particle(cx, x)
            && !COMPLEMENT_PREPOSITIONS.contains(&bare_key(cx, x))
    };
    let quiet = |x: usize| gap(cx, x, x + 1).trim().is_empty();
    a >= 1
        && a < cx.lex.words.len()
        && quiet(a - 1)
        && (indefinite_noun(a - 1) || (a >= 2 && a - 2 > k && eponym_title(cx, persons, a - 1)))
}

/// True when word `t` is a title with the article, written without a proclitic (الملك، الأمير),
/// right after (only a space between) an indefinite common noun that is no title (جامعة الملك،
/// مستشفى الأمير): a title in the genitive of such a noun opens the name of the eponym the
/// institution is named after.
fn eponym_title(cx: &Context, persons: &[Range<usize>], t: usize) -> bool {
    let b = t - 1;
    let tb = &cx.lex.words[b];
    cx.lex.words[t].title > 0
        && !tb.is_cue()
        && !tb.verb()
        && cx.doc.words[t].plain.starts_with("ال")
        && gap(cx, b, t).trim().is_empty()
        && cx.doc.words[b].kind() == crate::text::WordKind::Arabic
        && !bare_key(cx, b).starts_with("ال")
        && tb.title == 0
        && tb.given == 0
        && tb.place == 0
        && !function(cx, b)
        && !prepositional(cx, persons, b)
        && !in_person(cx, persons, b)
        && !name_particle(cx, b)
        && !COMPLEMENT_PREPOSITIONS.contains(&bare_key(cx, b))
}

/// The holder of an unnamed description `n` read from word `k` (أستاذ الثروة السمكية، with no
/// article on its head), named after the description's chain before `limit` by a name that a
/// title of address with the article opens (أستاذ ... بجامعة ... الدكتور فلان الفلاني إن), or,
/// when the description's head is no unnamed-source noun ([`position_head`]: عضو، صاحب), by a
/// name with no title that reads as a person's ([`person_shaped`]) and no relative pronoun
/// before it: the description with the name in brackets. Reason: a title of address (الدكتور، المهندس) opens the name of the person
/// it addresses, and a noun of membership or position (عضو لجنة ... فلان الفلاني إن) is
/// followed by its holder's name in apposition when the subject ends in one, while an
/// unnamed-source noun (مصدر، مسؤول) is used to withhold the name. `None` otherwise.
fn titled_holder_of_description(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    n: &Named,
    limit: usize,
) -> Option<Named> {
    let holder = name_after_post_chain(cx, persons, k, limit)?;
    let h = holder.name.clone()?;
    let a = cx.doc.word_index_containing(h.start);
    if a == 0 || a >= cx.lex.words.len() || h.start < n.range.end {
        return None;
    }
    let titled = cx.lex.words[a - 1].title > 0
        && cx.doc.words[a - 1].plain.starts_with("ال")
        && gap(cx, a - 1, a).trim().is_empty();
    // A relative clause in the chain (أحد أفراد الجالية الذين حضروا الجلسة) describes the noun
    // with a verb and its complements, which are no name.
    let relative = (k..a).any(|x| super::relative_word(cx, x));
    let head_fits = position_head(cx, k) || after_definite_thing(cx, persons, k, a);
    let shaped = person_shaped(cx, persons, &h) || after_body_name(cx, k, a);
    if !titled && (relative || !(head_fits && shaped)) {
        return None;
    }
    n.with_holder(cx.doc.source, h)
}

/// True when the name starting at word `a` follows, with only a space between, a definite word
/// of the chain after the description's head `k` that names no person (no title, given name or
/// person mention: بالمركز، الأرصاد), and the head is a noun of expertise or description
/// (خبير) rather than one the reader takes for an unnamed source (`speaker::unnamed_head`:
/// مصدر، مسؤول، شاهد). Reason: a definite noun governs no genitive, and a noun that names no
/// person takes no name in apposition, so the name after it stands in apposition to the head of
/// the subject (خبير الأرصاد بالمركز فلان الفلاني أن): the expert is named, not withheld. After
/// a title (مقرب من الرئيس فلان) the name would be that title's.
fn after_definite_thing(cx: &Context, persons: &[Range<usize>], k: usize, a: usize) -> bool {
    if a < k + 2 || a >= cx.doc.words.len() || super::unnamed_head(cx, k) {
        return false;
    }
    let x = a - 1;
    let p = cx.doc.words[x].plain.as_str();
    let p = p.strip_prefix(['و', 'ف']).unwrap_or(p);
    let t = &cx.lex.words[x];
    ["ال", "بال", "لل"].iter().any(|d| p.starts_with(d))
        && gap(cx, x, a).trim().is_empty()
        && cx.doc.words[x].kind() == crate::text::WordKind::Arabic
        && t.title == 0
        && t.given == 0
        && !in_person(cx, persons, x)
}

/// True when word `k`, the head of an unnamed description, is no unnamed-source noun: neither
/// the start of a listed anonymous-source phrase, nor a noun the reader takes for an unnamed
/// source (`speaker::unnamed_head`: مسؤول، مصدر، شهود), nor one of `lists::source_nouns`
/// (`data/source_nouns.txt`: خبير، دبلوماسي). Such a head is a noun of membership or position
/// (عضو، صاحب، أستاذ), which names a person only by the name that follows it.
fn position_head(cx: &Context, k: usize) -> bool {
    cx.lex.words[k].anonymous == 0
        && !super::unnamed_head(cx, k)
        && !crate::profile::lists::source_nouns().contains(bare_key(cx, k))
}

/// True when the name starting at word `a` follows, after the description's head `k` and one
/// word at least, the end of a body's proper name: a closing quotation mark (في بنك «فلان
/// كابيتال» فلانة), a word the dictionary does not know (في مصرف إيتاو فلانة) or a listed
/// body ([`ends_agency`]). Reason: the body the description's complement names is named once,
/// so a second run of words shaped like a name right after its name is no company's name but
/// the holder's, even when no list knows its words.
fn after_body_name(cx: &Context, k: usize, a: usize) -> bool {
    a >= k + 2
        && a < cx.doc.words.len()
        && (gap(cx, a - 1, a).trim().ends_with(['»', '”', '"'])
            || (gap(cx, a - 1, a).trim().is_empty()
                && (unknown_word(cx, &cx.doc.words[a - 1].plain) || ends_agency(cx, a - 1))))
}

/// True when the name at byte range `h` reads as a person's: one of its words is a listed given
/// name or a person mention the detector found, or its last word carries the article (a family
/// name, الزوي), the shape of an Arab given name and family name. A run of foreign words with
/// no such word may be a company's name (تويوتا موتورز).
fn person_shaped(cx: &Context, persons: &[Range<usize>], h: &Range<usize>) -> bool {
    let a = cx.doc.word_index_containing(h.start);
    let e = cx.doc.words.partition_point(|w| w.end() <= h.end);
    e > a
        && e <= cx.lex.words.len()
        && ((a..e).any(|x| cx.lex.words[x].given > 0 || in_person(cx, persons, x))
            || cx.doc.words[e - 1].plain.starts_with("ال"))
}

/// The speaker named in an apposition between commas after the post `n` (a phrase with no name):
/// a segment that opens with a title and runs as a post chain to a name closed by a comma (وقال
/// المدير، المهندس من أصل هندي فلان الفلاني، بعد الإقلاع:), read by [`name_after_post_chain`]
/// before `limit`. Reason: an apposition restates who the noun before it is, here with a title, a
/// description and the name. `None` otherwise.
pub(super) fn apposed_post_chain(
    cx: &Context,
    persons: &[Range<usize>],
    n: &Named,
    limit: usize,
) -> Option<Named> {
    let x = cx.doc.words.partition_point(|w| w.end() <= n.range.end);
    if x == 0 || x >= limit.min(cx.lex.words.len()) {
        return None;
    }
    if !matches!(gap(cx, x - 1, x).trim(), "،" | ",") || cx.lex.words[x].title == 0 {
        return None;
    }
    let a = name_after_post_chain(cx, persons, x, limit)?;
    let e = cx.doc.words.partition_point(|w| w.end() <= a.range.end);
    matches!(gap(cx, e - 1, e).trim(), "،" | ",").then_some(a)
}

/// How many words a second post joined by و after the subject may run before the comma that
/// opens the apposition naming its holder (والرئيسة التنفيذية للشركة الأم في الخليج،).
const MAX_SECOND_POST: usize = 8;

/// The speaker named in an apposition between commas after a second post joined by و to the
/// phrase `n` (a phrase with no name): `n` is followed, with only spaces between, by و + a title
/// and up to [`MAX_SECOND_POST`] words with no cue, verb or complementizer, then a comma, then
/// a title of address with the article whose chain ends in a name ([`name_after_post_chain`])
/// closed by a comma, a colon or أن/إن before `limit` (المؤسسة والرئيسة التنفيذية للشركة،
/// المهندسة فلانة الفلانية، إن). Reason: posts joined by و before one singular verb are held by
/// one person, and the titled name set off by commas after them restates who that person is.
/// `None` otherwise.
fn apposed_after_second_post(
    cx: &Context,
    persons: &[Range<usize>],
    n: &Named,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    let x = cx.doc.words.partition_point(|w| w.end() <= n.range.end);
    if x == 0
        || x + 1 >= limit
        || !gap(cx, x - 1, x).trim().is_empty()
        || !cx.doc.words[x].plain.starts_with('و')
        || cx.lex.words[x].title == 0
    {
        return None;
    }
    let mut c = x + 1;
    loop {
        if c >= limit || c > x + MAX_SECOND_POST {
            return None;
        }
        let g = gap(cx, c - 1, c).trim();
        if matches!(g, "،" | ",") {
            break;
        }
        let t = &cx.lex.words[c];
        if !g.is_empty() || t.is_cue() || t.verb() || complementizer(cx, c) {
            return None;
        }
        c += 1;
    }
    if cx.lex.words[c].title == 0 || !cx.doc.words[c].plain.starts_with("ال") {
        return None;
    }
    let a = name_after_post_chain(cx, persons, c, limit)?;
    let e = cx.doc.words.partition_point(|w| w.end() <= a.range.end);
    let closed =
        e < limit && (matches!(gap(cx, e - 1, e).trim(), "،" | "," | ":") || complementizer(cx, e));
    closed.then_some(a)
}

/// The speaker phrase with a name read at word `m`, right after the comma that closes a post
/// chain with a complement (في شركة «...» في باريس، فلان الفلاني، إن), when a comma, a colon or
/// أن/إن closes it before `limit` and it is no unnamed source. Reason: a name set off by commas
/// after a post is the post's holder in apposition. `None` otherwise.
pub(super) fn named_apposition(
    cx: &Context,
    persons: &[Range<usize>],
    m: usize,
    limit: usize,
) -> Option<Named> {
    let a = read_np(cx, persons, m, limit)?;
    if a.name.is_none() && !a.anonymous && a.range.start == cx.doc.words[m].start() {
        return titled_name_to_comma(cx, persons, m, limit);
    }
    if a.name.is_none() || a.anonymous || a.range.start != cx.doc.words[m].start() {
        return None;
    }
    let e = cx.doc.words.partition_point(|w| w.end() <= a.range.end);
    let closed = e < limit.min(cx.doc.words.len())
        && (matches!(gap(cx, e - 1, e).trim(), "،" | "," | ":") || complementizer(cx, e));
    closed.then_some(a)
}

/// The name after a title of address with the article at word `m` (المهندس، الدكتورة) that
/// opens an apposition: two or three words right after the title, with no article but on the
/// last, no function word, cue, verb or preposition, one of them a listed given name, a person
/// mention or a word the dictionary does not know, closed by a comma or أن/إن before `limit`
/// (…، المهندس فلان فلانوغلو، فإن). Reason: a title of address names the person it addresses,
/// so the words it heads up to the apposition's closing comma are that person's name, even when
/// one of them reads as an ordinary word with a pronoun (a name such as أمره). Returns the title
/// with the name; `None` otherwise.
fn titled_name_to_comma(
    cx: &Context,
    persons: &[Range<usize>],
    m: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    let len = usize::from(cx.lex.words.get(m)?.title);
    if len == 0 || !bare_key(cx, m).starts_with("ال") {
        return None;
    }
    let f = m + len;
    let word_ok = |x: usize| {
        let t = &cx.lex.words[x];
        cx.doc.words[x].kind() == crate::text::WordKind::Arabic
            && gap(cx, x - 1, x).trim().is_empty()
            && t.title == 0
            && !t.is_cue()
            && !t.verb()
            && !function(cx, x)
            && !complementizer(cx, x)
            && !prepositional(cx, persons, x)
    };
    let e = (f + 2..=f + 3).find(|&e| {
        e < limit
            && (matches!(gap(cx, e - 1, e).trim(), "،" | ",")
                || (gap(cx, e - 1, e).trim().is_empty() && complementizer(cx, e)))
            && (f..e).all(word_ok)
            && (f..e - 1).all(|x| !bare_key(cx, x).starts_with("ال"))
            && (f..e).any(|x| named(cx, persons, x))
    })?;
    holder(cx, None, f, e)
}

/// The closing mark of the quotation mark or bracket in gap `g` when it opens a span there
/// (« “ " ( alone, or after a space), else `None`.
fn opening_mark(g: &str) -> Option<&'static [char]> {
    match g {
        "«" => Some(&['»']),
        "“" | "”" => Some(&['”', '“']),
        "\"" => Some(&['"']),
        "(" => Some(&[')']),
        _ => None,
    }
}

/// True when word `k` may head a post: a title, or an Arabic word the dictionary knows that is no
/// given name, place, body, agency, unnamed source, function word, preposition, cue or verb.
pub(super) fn post_head(cx: &Context, persons: &[Range<usize>], k: usize) -> bool {
    let t = &cx.lex.words[k];
    if t.title > 0 {
        return true;
    }
    cx.doc.words[k].kind() == crate::text::WordKind::Arabic
        && t.given == 0
        && t.place == 0
        && t.anonymous == 0
        && t.agency().is_none()
        && !t.org_noun()
        && !t.is_cue()
        && !t.verb()
        && !function(cx, k)
        && !prepositional(cx, persons, k)
        && !complementizer(cx, k)
        && !in_person(cx, persons, k)
        && !unknown_word(cx, &cx.doc.words[k].plain)
}

/// True when the construct chain has ended at word `m` (`before`: it had ended at the word before
/// `m`): at a definite word (also with a preposition written on it: بالمركز، للشركة, the
/// noun of a complement that is definite), a title, a place, the last word of a listed body or
/// agency ([`ends_agency`]: حركة حماس) or a word the dictionary does not know (a proper
/// name is definite without the article), or at an indefinite adjective of relation after an
/// indefinite word (من أصل هندي: a noun in construct takes its adjective only after its
/// genitive, so the adjective closes the chain). A preposition or an indefinite noun opens it
/// again.
fn chain_ends_at(cx: &Context, m: usize, before: bool) -> bool {
    let t = &cx.lex.words[m];
    let key = bare_key(cx, m);
    // (A preposition written on a definite noun, بالمركز، للشركة, leaves it definite.)
    let plain = cx.doc.words[m].plain.as_str();
    let plain = plain.strip_prefix(['و', 'ف']).unwrap_or(plain);
    key.starts_with("ال")
        || (["بال", "لل", "كال"].iter().any(|a| plain.starts_with(a)) && plain.chars().count() >= 5)
        || t.title > 0
        || t.place > 0
        || ends_agency(cx, m)
        || unknown_word(cx, &cx.doc.words[m].plain)
        || (!before
            && m > 0
            && key.chars().count() >= 4
            && !function(cx, m)
            && !COMPLEMENT_PREPOSITIONS.contains(&key)
            && !bare_key(cx, m - 1).starts_with("ال")
            && !COMPLEMENT_PREPOSITIONS.contains(&bare_key(cx, m - 1))
            && (key.ends_with('ي') || key.ends_with("يه")))
}

/// True when word `m` is the last word of a listed agency (الأمم المتحدة) that starts at most
/// [`MAX_NAME`] words before it with only spaces between, or is a listed one-word organisation
/// (`data/organisations.txt`: حماس، يونيسف, listed with or without the article, read without
/// its proclitics). Reason: the proper name of a body is definite without the article, as a
/// place's is, so a noun in construct with it (حركة حماس، مبعوث اليونيسف) closes the construct
/// chain there.
fn ends_agency(cx: &Context, m: usize) -> bool {
    let orgs = &cx.profile.organisations;
    let w = &cx.doc.words[m];
    let listed = |r: &str| {
        orgs.contains(r)
            || r.strip_prefix("ال").is_some_and(|b| orgs.contains(b))
            || crate::text::with_joined("ال", r, |d| orgs.contains(d))
    };
    if w.kind() == crate::text::WordKind::Arabic
        && w.key_readings().iter().any(|(n, r)| {
            (*n == 0 || w.key.starts_with(['و', 'ف', 'ب', 'ل'])) && listed(r.as_str())
        })
    {
        return true;
    }
    (m.saturating_sub(MAX_NAME)..=m).any(|x| {
        cx.lex.words[x]
            .agency()
            .is_some_and(|(len, _)| x + usize::from(len) == m + 1)
            && (x..m).all(|y| gap(cx, y, y + 1).trim().is_empty())
    })
}

/// True when word `m` continues a post: a title (a second post, a title of address, also after
/// و), a definite word, a place, an agency, a complement's preposition or a word with ل/ب
/// (لوزارة، بالإنابة), or an indefinite noun after a word without the article (a construct
/// member: مكتب رئيس مجلس; an adjective: من أصل هندي). An indefinite common noun right after a
/// definite word cannot be its genitive or adjective (a definite noun governs no genitive, and an
/// adjective agrees with it in definiteness): it starts something else.
fn post_word(cx: &Context, persons: &[Range<usize>], m: usize) -> bool {
    let t = &cx.lex.words[m];
    let w = &cx.doc.words[m];
    if w.kind() != crate::text::WordKind::Arabic {
        return false;
    }
    if t.title > 0 || t.place > 0 || bare_key(cx, m).starts_with("ال") || t.agency().is_some() {
        return true;
    }
    if COMPLEMENT_PREPOSITIONS.contains(&bare_key(cx, m)) || bare_key(cx, m) == "باسم" {
        return true;
    }
    if function(cx, m) {
        return false;
    }
    if prepositional(cx, persons, m) {
        return w.plain.starts_with(['ل', 'ب']);
    }
    // The eponym of an institution in the post (جامعة الملك فلان): a given name or a person
    // after a title in the genitive of an indefinite noun belongs to the institution's name.
    if m >= 2
        && eponym_title(cx, persons, m - 1)
        && gap(cx, m - 1, m).trim().is_empty()
        && (t.given > 0 || in_person(cx, persons, m))
    {
        return true;
    }
    !bare_key(cx, m - 1).starts_with("ال")
}

/// True when word `m` may start a holder's name: an Arabic word with no article (nor a
/// preposition before one: لل، بال), no conjunction, and no title, place, agency, function word
/// or addressee (the run's first word must also be [`named`], see [`name_end`]). A word that only reads as ل or
/// ب + a stem (ليندا) may be a name here: the run's closing at the speech boundary decides. A
/// word starting with و is refused unless the lists hold it whole as a given name (وليد، وائل):
/// there the و is the name's own first letter, not the conjunction that would join a second
/// post or party to the chain.
fn name_start(cx: &Context, m: usize) -> bool {
    let t = &cx.lex.words[m];
    let w = &cx.doc.words[m];
    w.kind() == crate::text::WordKind::Arabic
        && !w.plain.starts_with("ال")
        && (!w.plain.starts_with('و') || cx.profile.given_names.contains(w.key.as_str()))
        && w.plain.chars().count() >= 3
        && t.title == 0
        && t.place == 0
        && t.agency().is_none()
        && !t.is_cue()
        && !function(cx, m)
        && !adverb(cx, m)
        && !["لل", "بال", "كال"].iter().any(|a| w.plain.starts_with(a))
        && !lam_of_addressee(cx, m)
}

/// True when word `x` is evidence of a person's name: a listed given name, a person mention, or
/// a word the dictionary does not know (a foreign name).
fn named(cx: &Context, persons: &[Range<usize>], x: usize) -> bool {
    cx.lex.words[x].given > 0
        || in_person(cx, persons, x)
        || unknown_word(cx, &cx.doc.words[x].plain)
}

/// The end (word index, exclusive) of the holder's name starting at word `m`: two to
/// [`MAX_NAME`] name words with only spaces between (words without the article or و, and, after
/// a given name or particle, a family name with the article), closed by the speech
/// boundary ([`closes_subject`]), the first or the second of them [`named`], or the first a
/// particle (عبد، أبو), or the run opened right after a dotted title (د. فلان الفلاني: then its
/// second word may be a definite family name), or, with `after_body`, right after the closing
/// mark of a body's name quoted in the post ([`after_quoted_body`]: في موقع «...» فلان الفلاني).
/// The caller asks only where the construct chain has ended: a word the
/// dictionary knows after a preposition or an indefinite noun is the complement's (في جزيرة
/// فلانة). The longest closed run wins. `None` when no run closes.
fn name_end(
    cx: &Context,
    persons: &[Range<usize>],
    m: usize,
    limit: usize,
    after_body: bool,
) -> Option<usize> {
    let arabic = cx.lex.words[m].given > 0 || name_particle(cx, m);
    // A dotted title right before the name (د. فلان) says a person's name follows, whatever the
    // dictionary reads its words as. (Not any title with the article: المتحدث باسم الشرطة.)
    let titled = (m > 0 && super::np::dotted_title(cx, m - 1))
        || (after_body && after_quoted_body(cx, persons, m));
    // A given name that is also an ordinary word, with its family name, right after the chain's
    // definite word (`known_given_after_definite`): read as two words only.
    let known = super::unlisted_given::known_given_after_definite(cx, persons, m);
    let mut e = m + 1;
    while e < limit && e < m + MAX_NAME && gap(cx, e - 1, e).trim().is_empty() {
        let t = &cx.lex.words[e];
        let w = &cx.doc.words[e];
        // (After the first word, a family name may be a word the dictionary knows: حداد.)
        let plain_name = !w.plain.starts_with("ال") && !w.plain.starts_with('و');
        // (So may a given name the lists lack right after the chain's definite word:
        // `unlisted_given_after_definite`.)
        let unlisted =
            e == m + 1 && (known || super::unlisted_given::unlisted_given_after_definite(cx, m));
        let family = (arabic
            || unlisted
            || (titled && e == m + 1)
            || name_particle(cx, e - 1)
            || in_person(cx, persons, e))
            && w.plain.starts_with("ال")
            && w.plain.chars().count() >= 4
            && t.title == 0
            && t.place == 0
            && !t.place_nisba();
        let ok = w.kind() == crate::text::WordKind::Arabic
            && t.title == 0
            && !t.is_cue()
            && !function(cx, e)
            && !complementizer(cx, e)
            && !adverb(cx, e)
            && (!prepositional(cx, persons, e) || name_particle(cx, e - 1))
            && (plain_name || family);
        if !ok {
            break;
        }
        e += 1;
    }
    (m + 2..=e).rev().find(|&end| {
        !name_particle(cx, end - 1)
            && (named(cx, persons, m)
                || titled
                || name_particle(cx, m)
                || (m + 1 < end && named(cx, persons, m + 1))
                || (known && end == m + 2))
            && (closes_subject(cx, end, limit) || (end < limit && ba_object(cx, persons, end)))
    })
}

/// True when word `m`, right after the closing mark of a body's name quoted (or an acronym
/// bracketed) in a post's complement, may open its holder's name whatever the dictionary reads
/// it as: no time word or adverbial noun of time or place (صباح، مساء، يوم: a time phrase may
/// stand there, مراسل «القناة» صباح اليوم) and no word with a preposition on it (a further
/// complement of the post: شركة «...» لبيانات الشحن). Reason: a body's proper name is definite and ends
/// the construct chain, and a body is named once, so the words shaped like a name right after
/// its closing mark, closed by the speech boundary, are the post holder's name (المتنبئ في موقع
/// «...» فلان الفلاني إن), as after a dotted title.
fn after_quoted_body(cx: &Context, persons: &[Range<usize>], m: usize) -> bool {
    !time_word(cx, m)
        && !super::unlisted_given::ADVERBIAL_NOUNS.contains(&bare_key(cx, m))
        && !prepositional(cx, persons, m)
}

/// True when the subject ends before word `e` (read before `limit`): the end of the clause, a
/// comma, a colon or a quotation mark, the content (أن، إن, or a preposition before it), an
/// addressee with ل (لمراسل وكالة ...), a circumstance of speech (في بيان) or an adjunct opened
/// by في or خلال, after at most two time adverbs. A name governs no complement, so what follows
/// it belongs to the verb.
pub(super) fn closes_subject(cx: &Context, e: usize, limit: usize) -> bool {
    match word_after_subject(cx, e, limit) {
        Err(verdict) => verdict,
        Ok(c) => content_opens(cx, c),
    }
}

/// What follows a subject ending before word `e` (read before `limit`): `Err(true)` at the end of
/// the clause or after a comma, colon or quotation mark (`Err(false)` when `e` is past `limit`),
/// `Err(false)` after any other mark, `Err(true)` when only time adverbs (at most two) are left
/// before `limit`, else `Ok` with the first word after those adverbs, for the caller to judge.
/// Shared by [`closes_subject`] and the phrase reader's `closes_name_run`.
pub(super) fn word_after_subject(cx: &Context, e: usize, limit: usize) -> Result<usize, bool> {
    if e >= limit || gap(cx, e - 1, e).contains(['،', ',', ':', '«', '"', '“']) {
        return Err(e <= limit);
    }
    if !gap(cx, e - 1, e).trim().is_empty() {
        return Err(false);
    }
    let mut c = e;
    while c < limit && c < e + 2 && (adverb(cx, c) || day_before_yesterday(cx, c)) {
        c += 1;
    }
    if c >= limit {
        return Err(true);
    }
    Ok(c)
}

/// True when word `c` opens what the verb governs after its subject: أن/إن, a preposition before
/// the content, a circumstance of speech (في بيان), an adjunct opened by في or خلال, or an addressee
/// with ل, also a bare لـ before an outlet's name in quotation marks and then the content
/// (لـ«الصحيفة» إن: `quoted_addressee_then_content`), since the addressee comes after the whole
/// subject.
pub(super) fn content_opens(cx: &Context, c: usize) -> bool {
    let circumstance = cx.lex.words[c].phrase > 0
        && phrase_kind(cx, c, usize::from(cx.lex.words[c].phrase)) == PhraseKind::Clause;
    complementizer(cx, c)
        || preposition_then_content(cx, c)
        || circumstance
        || matches!(cx.doc.words[c].key.as_str(), "في" | "خلال")
        || lam_of_addressee(cx, c)
        || super::quoted_addressee::quoted_addressee_then_content(cx, c)
}

/// The speaker named at words `m..e`: from the post's first word `post` when the post is plain
/// (no complement: وزير الداخلية اليمني العميد فلان), else from the title of address right before
/// the name (if any), to the name's end, the name being `m..e`. `None` when the bytes cannot be
/// cut.
fn holder(cx: &Context, post: Option<usize>, m: usize, e: usize) -> Option<Named> {
    let from = if let Some(k) = post {
        k
    } else if m > 0 && cx.lex.words[m - 1].title > 0 && bare_key(cx, m - 1).starts_with("ال") {
        m - 1
    } else {
        m
    };
    let w = &cx.doc.words[from];
    let a = w.byte_of_plain_letter(cx.doc.source, usize::from(cx.lex.words[from].clitic));
    let a = if a < w.end() { a } else { w.start() };
    let (s, b) = (cx.doc.words[m].start(), cx.doc.words[e - 1].end());
    Some(Named {
        range: a..b,
        text: cx.doc.source.get(a..b)?.to_string(),
        anonymous: false,
        title_only: false,
        name: Some(s..b),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn a_name_after_a_quoted_body_in_the_post_is_its_holder() {
        // صقر، غيث، نجم are ordinary words no list holds as given names: after the quoted name
        // of the site, channel or paper the post works for, they open the holder's name.
        for (s, who) in [
            (
                "قال المتنبئ الجوي في موقع \"أرصاد الخليج\" صقر الدوسري إن الموجة \"ستنحسر الخميس\".",
                "صقر الدوسري",
            ),
            (
                "وقال المحلل العسكري في قناة «الشرق» غيث الحمداني إن الهجوم «كان متوقعاً».",
                "غيث الحمداني",
            ),
            (
                "وأكد الكاتب في صحيفة “الأيام” نجم الربيعي أن الحكومة “تأخرت كثيراً”.",
                "نجم الربيعي",
            ),
        ] {
            // (The quoted body's name is listed too, with no speaker: the speech is the last.)
            let read = speakers(s);
            let last = read.last().and_then(|r| r.1.clone()).unwrap_or_default();
            assert!(last.contains(who), "{s}: {last}");
        }
    }

    #[test]
    fn a_titled_name_between_commas_after_a_post_is_its_holder() {
        // أمره reads as أمر + ه, but after المهندس and before the closing comma it is a name.
        let read = speakers(
            "وبحسب مدير الشركة النمساوية المالكة لخط السكة، المهندس أمره شتاينغر، فإن التأخير \"سببه الثلوج\".",
        );
        let last = read.last().and_then(|r| r.1.clone()).unwrap_or_default();
        assert!(last.contains("أمره شتاينغر"), "{last}");
    }

    #[test]
    fn a_time_phrase_after_a_quoted_body_is_no_holder() {
        // صباح اليوم is when the words were said: the post stays unnamed.
        let read = speakers("وقال مراسل قناة «الشرق» صباح اليوم إن القصف «لم يتوقف».");
        assert_ne!(read[0].1.as_deref(), Some("صباح اليوم"));
        // ... nor is a further complement with ل (the holder between the commas may go unread:
        // unclear, never the complement).
        let read = speakers(
            "وقال كبير الباحثين في مؤسسة \"نورديكا\" لتحليلات الطاقة، سفين هولم، إن الأسعار \"ستتراجع\".",
        );
        let last = read.last().and_then(|r| r.1.clone()).unwrap_or_default();
        assert!(!last.starts_with('ل'), "{last}");
    }

    #[test]
    fn an_institution_s_eponym_in_the_post_is_not_its_holder() {
        // فيصل names the university after a king; the holder is the titled name at the end.
        assert_eq!(
            speakers(
                "أما نائب رئيس جامعة الملك فيصل للعلوم التطبيقية الدكتور سامر الخطيب، فقال إن الجامعة «تعمل على خطة جديدة»."
            ),
            vec![(true, Some("الدكتور سامر الخطيب".to_string()), false)]
        );
    }

    #[test]
    fn a_place_in_the_genitive_of_the_post_is_not_its_holder_even_unread() {
        // The apposition's name is read between its commas when the chain reader cannot.
        assert_eq!(
            speakers(
                "وسلم رئيس اتحاد كرة اليد في إقليم كوردستان، دلشاد جمال، الكأس لقائد الفريق، معربا عن أمله في أن «يستمر هذا المستوى»."
            ),
            vec![(true, Some("دلشاد جمال".to_string()), false)]
        );
    }

    #[test]
    fn a_place_in_the_genitive_of_the_post_is_not_its_holder() {
        // The word after إقليم names the region; the holder stands between the commas.
        assert_eq!(
            speakers(
                "وسلم رئيس اتحاد كرة اليد في إقليم زاغروستان، سامر الخطيب، الكأس لقائد الفريق، معربا عن أمله في أن «يستمر هذا المستوى»."
            ),
            vec![(true, Some("سامر الخطيب".to_string()), false)]
        );
    }

    #[test]
    fn a_name_without_title_after_a_noun_of_membership_names_it() {
        // عضو is a noun of membership, no unnamed-source noun: the name that ends the subject
        // is its holder's.
        assert_eq!(
            speakers("وقال عضو لجنة الطاقة بمجلس النواب سالم الورفلي إن «الإنتاج تراجع»."),
            vec![(
                true,
                Some("عضو لجنة الطاقة (سالم الورفلي)".to_string()),
                false
            )]
        );
    }

    #[test]
    fn a_relative_clause_after_a_description_is_no_name() {
        // حضروا الجلسة is the relative clause's verb and object, not a holder's name.
        assert_eq!(
            speakers(
                "وقال أحد أفراد الجالية الذين حضروا الجلسة للصحفيين إن كثيرين «ما زالوا خائفين»."
            ),
            vec![(true, Some("أحد أفراد الجالية".to_string()), true)]
        );
    }

    #[test]
    fn a_name_after_an_unnamed_source_noun_does_not_name_it() {
        // مسؤول withholds the name: the source stays unnamed.
        assert_eq!(
            speakers("وقال مسؤول في وزارة الطاقة بمجلس النواب سالم الورفلي إن «الإنتاج تراجع»."),
            vec![(true, Some("مسؤول في وزارة الطاقة".to_string()), true)]
        );
    }

    #[test]
    fn a_titled_name_after_a_description_names_it() {
        // أستاذ ... is an indefinite description, but the titled name after its complement is
        // the person it describes.
        assert_eq!(
            speakers(
                "وقال أستاذ الاقتصاد الزراعي بجامعة قناة السويس الدكتور سامر الخطيب إن الأسعار «سترتفع في الربيع»."
            ),
            vec![(
                true,
                Some("أستاذ الاقتصاد الزراعي (سامر الخطيب)".to_string()),
                false
            )]
        );
    }

    #[test]
    fn a_long_post_chain_with_a_second_post_ends_in_the_holders_name() {
        assert_eq!(
            speakers(
                "وقال المستشار في مكتب رئيس الوزراء والمتحدث الرسمي باسم وزارة النقل الأردنية الدكتور خالد بن سعيد العمري، في ندوة عقدت أمس، إن الطرق «ستفتح قريباً»."
            ),
            vec![(
                true,
                Some("المستشار (خالد بن سعيد العمري)".to_string()),
                false
            )]
        );
    }

    #[test]
    fn a_foreign_name_after_a_post_and_its_complement_is_the_speaker() {
        // نائبة heads a construct (the deputy of the envoy); the unknown name closed by إن is the
        // holder's, not an unnamed official's.
        assert_eq!(
            speakers(
                "وقالت نائبة المندوب لدى الأمم المتحدة ليندا كارمايكل إن القرار «لا يعاقب الشعب»."
            ),
            vec![(true, Some("ليندا كارمايكل".to_string()), false)]
        );
    }

    #[test]
    fn the_addressee_after_the_name_closes_it() {
        assert_eq!(
            speakers(
                "وقال أستاذ الفيزياء في جامعة أنقرة البروفيسور مراد يلدريم لمراسل الأناضول إن «الذعر ليس مطلوباً»."
            ),
            vec![(true, Some("البروفيسور مراد يلدريم".to_string()), false)]
        );
    }

    #[test]
    fn a_body_name_in_curly_quotes_inside_the_post_is_read_whole() {
        let s = speakers(
            "«الاستثمار سيتضاعف»، هكذا علق الباحث في شركة “نورث بريدج” توماس كيلر، مشيراً إلى الاتفاق.",
        );
        assert_eq!(s[0], (true, Some("الباحث (توماس كيلر)".to_string()), false));
    }

    #[test]
    fn an_apposition_with_a_title_and_a_description_names_the_post() {
        assert_eq!(
            speakers(
                "وقال القائد، الضابط من أصل إيطالي ماركو بيلوني، بعد الهبوط: \"كانت الرحلة هادئة\"."
            ),
            vec![(true, Some("ماركو بيلوني".to_string()), false)]
        );
    }

    #[test]
    fn a_name_between_commas_after_a_post_with_a_complement_is_its_holder() {
        // The chain runs through the quoted firm and a place to the comma; the name set off by
        // commas after it is the holder's.
        let s = speakers(
            "وقال كبير محللي الأسواق في شركة «بلو ستار» للاستشارات في باريس، جان دوبون، إن «الأسعار سترتفع».",
        );
        assert_eq!(
            s.last().map(|x| x.1.clone()),
            Some(Some("جان دوبون".to_string()))
        );
    }

    #[test]
    fn a_plain_post_is_kept_before_the_name() {
        // No complement in the post: the whole post is shown with the name.
        let s = speakers("وقال وزير المالية اللبناني السابق الدكتور جورج قرم إن العجز «لا يحتمل».");
        assert_eq!(s.len(), 1);
        let sp = s[0].1.clone().unwrap_or_default();
        assert!(sp.ends_with("جورج قرم"), "{sp}");
    }

    #[test]
    fn a_known_word_after_a_preposition_does_not_open_a_name() {
        // في جزيرة قرقنة is the complement's place: the verb after التي has no speaker phrase.
        let s = speakers(
            "وفازت الروائية سلمى بن عاشور بالجائزة عن روايتها «بيت على حافة الملح»، التي تروي سيرة أجيال من عائلة صيادين في جزيرة قرقنة.",
        );
        assert!(
            s.iter().all(|x| x.1.as_deref() != Some("جزيرة قرقنة")),
            "{s:?}"
        );
    }

    #[test]
    fn an_indefinite_noun_after_a_definite_post_ends_the_chain() {
        // قرار after الوزير starts the object: no name is looked for past it.
        let s = speakers("وقال الوزير قرار رئيس البلدية سمير الخطيب، إن «القرار متسرع».");
        assert!(
            s.iter().all(|x| x.1.as_deref() != Some("سمير الخطيب")),
            "{s:?}"
        );
    }
    #[test]
    fn a_name_after_an_expert_and_a_definite_complement_with_ba_is_the_holder() {
        // بالمعهد is ب + a definite noun: the chain has ended, and the name is the expert's.
        let s =
            speakers("وأوضح خبير الزلازل في الهيئة بالمعهد سالم الحارثي أن الهزة «لم تسبب أضراراً».");
        let sp = s[0].1.clone().unwrap_or_default();
        assert!(sp.ends_with("سالم الحارثي"), "{s:?}");
    }

    #[test]
    fn an_unnamed_source_keeps_its_name_withheld_after_a_complement() {
        let s = speakers("وقال مسؤول بالوزارة أحمد سالم إن «المفاوضات متعثرة».");
        assert!(
            s.iter()
                .all(|x| !x.1.as_deref().unwrap_or("").contains("أحمد")),
            "{s:?}"
        );
    }

    #[test]
    fn a_nasab_with_a_listed_father_after_a_post_s_complement_is_read_whole() {
        assert_eq!(
            speakers("وقال المدير المالي بالشركة خالد بن علي الهاشمي إن «الأرباح ارتفعت»."),
            vec![(
                true,
                Some("المدير المالي (خالد بن علي الهاشمي)".to_string()),
                false
            )]
        );
    }

    #[test]
    fn a_dotted_title_inside_a_post_chain_opens_the_holder_s_name() {
        let s = speakers(
            "وقال المدير الطبي لمستشفى المدينة بالمحافظة د. كمال الفرجاني في مؤتمر صحفي إن «الحالات تراجعت».",
        );
        assert_eq!(
            s,
            vec![(
                true,
                Some("المدير الطبي (كمال الفرجاني)".to_string()),
                false
            )]
        );
    }

    #[test]
    fn a_listed_body_closes_the_construct_chain_before_the_holder_s_name() {
        // حماس is a body's proper name, definite without the article: the chain ends there, and
        // the name after it (its و the name's own) is the holder's.
        let s =
            speakers("وقال القيادي في حركة حماس وائل أبو حمدان إن الحركة «لن تشارك في الانتخابات».");
        let sp = s[0].1.clone().unwrap_or_default();
        assert!(sp.contains("وائل أبو حمدان"), "{s:?}");
    }

    #[test]
    fn a_foreign_name_after_a_quoted_body_names_the_description() {
        // The bank is named in quotation marks; the unlisted name after it is the economist's.
        let s = speakers(
            "ورأت كبيرة الاقتصاديين في بنك «بريدج كابيتال» إيلاريا مونتي أن الأسواق «ستهدأ قريباً».",
        );
        let sp = s.last().and_then(|x| x.1.clone()).unwrap_or_default();
        assert!(sp.contains("إيلاريا مونتي"), "{s:?}");
    }

    #[test]
    fn a_given_name_starting_with_waw_after_the_chain_is_the_holder() {
        // The و of وائل is the name's own letter: the name closes the chain before إن.
        let s = speakers("وقال القيادي في حزب الوسط وائل أبو حمدان إن الحزب «لن يقاطع الانتخابات».");
        let sp = s[0].1.clone().unwrap_or_default();
        assert!(sp.contains("وائل أبو حمدان"), "{s:?}");
    }

    #[test]
    fn a_titled_name_in_commas_after_a_second_post_joined_by_waw_is_the_holder() {
        let s = speakers(
            "وقالت المؤسسة والمديرة الفنية للمصنع، المهندسة هند العتيبي، إن «الخط الجديد سيعمل قريباً».",
        );
        let sp = s[0].1.clone().unwrap_or_default();
        assert!(sp.contains("هند العتيبي"), "{s:?}");
    }
}
