//! The holder named in apposition after a whole post phrase (probe42 001, 008, 015; probe37
//! 008; probe40 012): وقال [post, its genitives, its لـ/في/لدى/عن/من complements and its
//! adjectives]، [title of address] [name] [her affiliation]، [adjuncts] إن … — the name set off
//! by commas after the post, however long the post's description, is who speaks.

use super::*;

/// How many words the phrase from the post's head to the speech boundary may have.
const MAX_PHRASE: usize = 28;

/// How many words a holder's name may have (given name, particles, family names).
const MAX_NAME: usize = 5;

/// The speaker of the phrase that starts at the post head at word `k` (read before word
/// `limit`), when its first comma closes the post and the segment after it is a person's name,
/// or when a name follows the place of the post's complement ([`name_after_place`]): the name,
/// with its titles of address. The phrase must run from
/// the head to the speech boundary (أن/إن/بأن, a colon or a quotation mark) with no verb, cue
/// or sentence end in it. The segment after the comma is an optional title of address with the
/// article (الباحثة، الدكتور، السيد), then one to [`MAX_NAME`] name words ([`name_run`]), then
/// nothing or an adjunct opened by a preposition (من جامعة …); the segments after it up to the
/// boundary are adjuncts of the verb (في تصريحات لوكالة …). Reason: a post noun's complements (a
/// genitive, لـ/في/لدى/عن/من with their bodies, nisba and participle adjectives) all belong to
/// the post, so the first comma after them closes the post, and a person's name set off by
/// commas right after it is the apposition that says who holds the whole post; its words are
/// never a complement of the post, which has ended. `None` otherwise.
pub(super) fn holder_after_post_phrase(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    limit: usize,
) -> Option<Named> {
    let limit = limit.min(cx.doc.words.len()).min(cx.lex.words.len());
    if k + 2 >= limit || !post_chain::post_head(cx, persons, k) {
        return None;
    }
    let (b, commas) = boundary(cx, persons, k, limit)?;
    // The name between commas after the post (…، الدكتورة فلانة الفلانية، إن), else the name
    // right after the post's place complement (في سفارة … لدى الكويت فلان فلانيث لـ… إن).
    // (A one-word post before the comma, المتحدث، فلان، is read by the phrase reader.)
    let between_commas = commas[0].and_then(|c1| {
        if c1 == k + 1 || named_before_comma(cx, persons, k, c1) {
            return None;
        }
        let end2 = commas[1].unwrap_or(b);
        let (n, e) = titled_name(cx, persons, c1, end2)?;
        rest_is_adjunct(cx, persons, e, end2).then_some((c1, n, e, commas[1]))
    });
    let (f, n, e, after) = between_commas.or_else(|| {
        let (m, e) = name_after_place(cx, persons, k, commas[0].unwrap_or(b))?;
        Some((m, m, e, commas[0]))
    })?;
    // Every later segment is an adjunct of the verb (a circumstance, an addressee).
    let mut c = after;
    while let Some(s) = c {
        if s >= b {
            break;
        }
        let next = (s + 1..b).find(|&x| comma_before(cx, x)).unwrap_or(b);
        if !adjunct_word(cx, persons, s) {
            return None;
        }
        c = (next < b).then_some(next);
    }
    named_words(cx, f, n, e)
}

/// The speech boundary after the post head at word `k`, before `limit`: the first word that is
/// a complementizer, or that a colon or an opening quotation mark precedes, with the first two
/// commas between the head and it (word indices after the comma). `None` at a sentence end, a
/// bracket, a verb or a cue first (a noun of speech after a preposition, في تصريحات, is an
/// adjunct and read past, also when `limit` is such a noun: the boundary is then `limit`), or
/// when no boundary comes within [`MAX_PHRASE`] words. A circumstantial participle after a
/// comma is the boundary (…، فلان، مضيفاً أن), and so is `limit` when the content opens there
/// ([`content_at_limit`]).
fn boundary(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    limit: usize,
) -> Option<(usize, [Option<usize>; 2])> {
    let mut commas = [None; 2];
    let mut n = 0;
    let last = limit.min(k + MAX_PHRASE);
    for j in k + 1..last {
        let g = gap(cx, j - 1, j);
        if g.contains([
            '.', '؛', ';', '!', '?', '؟', '\n', '(', ')', '[', ']', '–', '—',
        ]) {
            return None;
        }
        if g.contains([':', '«', '"', '“', '”']) || complementizer(cx, j) {
            return Some((j, commas));
        }
        if g.contains(['،', ',']) {
            if n < 2 {
                commas[n] = Some(j);
            }
            n += 1;
        }
        let t = &cx.lex.words[j];
        // (A circumstantial participle after a comma, …، فلان، مضيفاً أن, opens a clause of its
        // own: the subject has ended before it. A definite one, المقيم في باريس, describes the
        // holder and goes on with the phrase.)
        if t.participle()
            && t.phrase == 0
            && g.contains(['،', ','])
            && !bare_key(cx, j).starts_with("ال")
        {
            return Some((j, commas));
        }
        // (A noun of speech after a preposition, في تصريحات، خلال حديثه، is the verb's adjunct.)
        let adjunct_noun = function(cx, j - 1) || prepositional(cx, persons, j);
        if (t.verb() && !name_particle(cx, j)) || (t.is_cue() && !adjunct_noun) {
            return None;
        }
    }
    if content_at_limit(cx, k, last, limit) {
        return Some((limit, commas));
    }
    // The reading stops before a noun of speech or a phrase of circumstance the caller took for
    // the next cue (…، في تصريحات لوكالة …، إن): the adjunct it opens closes the subject.
    let noun_of_speech = last == limit
        && limit < cx.doc.words.len().min(cx.lex.words.len())
        && (cx.lex.words[limit].phrase > 0
            || (cx.lex.words[limit].is_cue()
                && !cx.lex.words[limit].verb()
                && function(cx, limit - 1)
                && gap(cx, limit - 1, limit).trim().is_empty()));
    noun_of_speech.then_some((limit, commas))
}

/// True when the reading reached `limit` (`last == limit`, past the post head at word `k`) and
/// the content opens there: a colon right before word `limit`, or word `limit` a complementizer
/// (a quotation mark alone may open a partial quote after the verb's object: وصف … بـ«…»). Reason: the caller's `limit` is the word where the quotation
/// or the clause's content starts, so the mark before it is the speech boundary the loop never
/// reached (قالت صاحبة مصنع …، فلانة الفلانية: «…»).
fn content_at_limit(cx: &Context, k: usize, last: usize, limit: usize) -> bool {
    last == limit
        && limit > k + 1
        && limit < cx.doc.words.len().min(cx.lex.words.len())
        && !gap(cx, limit - 1, limit).contains(['.', '؛', ';', '!', '?', '؟', '\n'])
        && (gap(cx, limit - 1, limit).contains(':') || complementizer(cx, limit))
}

/// The name (word range `m..e`) right after a place that ends a complement of the post starting
/// at word `k`, in the words before `end`: after a preposition of the post's complement (في،
/// لدى، عن، من، إلى، على), a listed place (its last word right before `m`, only a space
/// between), then a run of name words ([`name_run`], one of them named), then nothing or an
/// adjunct of the verb (لـ«…»، لصحيفة …، في تصريح). Reason: a place name is definite and ends
/// the construct chain, and a place takes no name after it, so the name-shaped words that
/// follow it, closing the subject, are the holder's name in apposition to the whole post.
/// `None` otherwise.
fn name_after_place(
    cx: &Context,
    persons: &[Range<usize>],
    k: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let mut complement = false;
    for m in k + 1..end {
        if matches!(bare_key(cx, m), "في" | "لدي" | "عن" | "من" | "الي" | "علي") {
            complement = true;
            continue;
        }
        if !complement || !gap(cx, m - 1, m).trim().is_empty() || !place_ends_at(cx, m - 1) {
            continue;
        }
        if let Some(e) = name_run(cx, persons, m, end, false)
            && rest_is_adjunct(cx, persons, e, end)
        {
            return Some((m, e));
        }
    }
    None
}

/// True when a listed place name (one word or more, only spaces between) ends at word `x`.
fn place_ends_at(cx: &Context, x: usize) -> bool {
    (x.saturating_sub(3)..=x).any(|y| {
        usize::from(cx.lex.words[y].place) == x + 1 - y
            && (y..x).all(|z| gap(cx, z, z + 1).trim().is_empty())
    })
}

/// True when the words from the post head `k` to the comma before word `c` end in a person's
/// name: a listed given name right before the comma, or a person mention of two words or more
/// ending there (قال الدكتور فلان الفلاني، المتحدث باسم …،). Then the segment after the comma
/// describes the named person; it names no holder.
fn named_before_comma(cx: &Context, persons: &[Range<usize>], k: usize, c: usize) -> bool {
    let x = c - 1;
    if x <= k {
        return false;
    }
    if cx.lex.words[x].given > 0 {
        return true;
    }
    let w = cx.doc.words[x].range();
    let i = persons.partition_point(|r| r.end <= w.start);
    persons.get(i).is_some_and(|r| {
        r.start < w.end
            && r.start > cx.doc.words[k].start()
            && cx.doc.words_in(r.clone()).len() >= 2
    })
}

/// True when a comma stands right before word `x`.
fn comma_before(cx: &Context, x: usize) -> bool {
    x > 0 && gap(cx, x - 1, x).contains(['،', ','])
}

/// The name (word range `f..e`, after the titles) of the segment that starts at word `c` and
/// ends before word `end`: titles with the article (السيد، الدكتورة، also two: السيد المهندس),
/// then a run of name words ([`name_run`]). `None` when no name opens the segment.
fn titled_name(
    cx: &Context,
    persons: &[Range<usize>],
    c: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let mut f = c;
    while f < end && f < c + 2 && address_title(cx, f) {
        f += usize::from(cx.lex.words[f].title);
    }
    let titled = f > c;
    let e = name_run(cx, persons, f, end, titled)?;
    Some((f, e))
}

/// The titles of address, professional honorifics and military ranks that stand before a
/// person's name in an apposition (…، الدكتورة فلانة، …), as identity keys: the closed subset of
/// `data/titles.txt` that addresses a person rather than naming a post (المتحدث، الأمين العام
/// name a post, whose holder the apposition does not give).
const ADDRESS_TITLES: &[&str] = &[
    "السيد",
    "السيده",
    "الانسه",
    "الدكتور",
    "الدكتوره",
    "البروفيسور",
    "الاستاذ",
    "الاستاذه",
    "المهندس",
    "المهندسه",
    "المحامي",
    "المحاميه",
    "الشيخ",
    "الشيخه",
    "الحاج",
    "الحاجه",
    "الباحث",
    "الباحثه",
    "الفنان",
    "الفنانه",
    "الشاعر",
    "الشاعره",
    "الصحفي",
    "الصحفيه",
    "اللواء",
    "العميد",
    "العقيد",
    "المقدم",
    "الرائد",
    "النقيب",
    "الملازم",
    "المشير",
    "الجنرال",
];

/// True when word `x` is a title of address written with the article ([`ADDRESS_TITLES`]:
/// السيد، الدكتورة، الباحثة).
fn address_title(cx: &Context, x: usize) -> bool {
    cx.lex.words[x].title > 0 && ADDRESS_TITLES.contains(&bare_key(cx, x))
}

/// The end (word index, exclusive) of the run of name words from word `f` before `end`: words
/// with no title, cue, verb, function word, preposition, place or conjunction; the first
/// without the article unless it is a listed given name with it (الهادي، المختار); a later word
/// with the article only as a family name (four letters or more). The run has two words or more
/// and opens with a listed given name, a person mention or a word the dictionary does not know
/// (after a particle, عبد، ولد, the word after it), or follows a title of address (`titled`: two words or more, or one such word). `None`
/// otherwise.
fn name_run(
    cx: &Context,
    persons: &[Range<usize>],
    f: usize,
    end: usize,
    titled: bool,
) -> Option<usize> {
    let mut e = f;
    let mut named = false;
    while e < end && e < f + MAX_NAME {
        if (e > f && !gap(cx, e - 1, e).trim().is_empty()) || !name_word(cx, persons, e, e == f) {
            break;
        }
        // (The first word, or the one after a particle, عبد الله، ولد فلان: a common noun
        // first, بائع خضر, is a description, not a name.)
        if e == f || (e == f + 1 && name_particle(cx, f)) {
            named |= cx.lex.words[e].given > 0
                || in_person(cx, persons, e)
                || unknown_word(cx, &cx.doc.words[e].plain)
                || given_with_article(cx, e);
        }
        e += 1;
    }
    let len = e - f;
    // (After a title of address, name-shaped words are a name: it addresses a person.)
    ((len >= 2 && (named || titled)) || (titled && named && len == 1)).then_some(e)
}

/// True when word `x` may be a word of a person's name (`first`: its first word).
fn name_word(cx: &Context, persons: &[Range<usize>], x: usize, first: bool) -> bool {
    let t = &cx.lex.words[x];
    let w = &cx.doc.words[x];
    let definite = w.plain.starts_with("ال");
    w.kind() == crate::text::WordKind::Arabic
        && t.title == 0
        && t.place == 0
        && t.agency().is_none()
        && !t.is_cue()
        && (!t.verb() || name_particle(cx, x))
        && (!function(cx, x) || name_particle(cx, x))
        && !complementizer(cx, x)
        && !adverb(cx, x)
        && !time_word(cx, x)
        && (t.given > 0 || !prepositional(cx, persons, x))
        && (!w.plain.starts_with('و') || t.given > 0 || name_particle(cx, x))
        && !not_name_form(cx, persons, x)
        && (t.given > 0 || !possessed_noun(cx, x))
        && if first {
            !definite || given_with_article(cx, x)
        } else {
            !definite || w.plain.chars().count() >= 4
        }
}

/// True when word `x` ends in a possessive pronoun (ـه، ـها، ـهم، ـهما) after a stem of three
/// letters or more the dictionary knows (رفيق دربه، زميلها): a noun with its possessor, which
/// describes a person and is no word of a name.
pub(super) fn possessed_noun(cx: &Context, x: usize) -> bool {
    let p = cx.doc.words[x].plain.as_str();
    ["هما", "هم", "ها", "ه"].iter().any(|suf| {
        p.strip_suffix(suf).is_some_and(|stem| {
            crate::analysis::names::at_least_chars(stem, 3) && !unknown_word(cx, stem)
        })
    })
}

/// True when word `x` is a listed given name written with the article (الهادي، المختار، الطاهر:
/// the Maghreb spelling of a given name that is an adjective).
fn given_with_article(cx: &Context, x: usize) -> bool {
    cx.doc.words[x].key.strip_prefix("ال").is_some_and(|r| {
        crate::analysis::names::at_least_chars(r, 3) && cx.profile.given_names.contains(r)
    })
}

/// True when the words from `e` to `end` are nothing, or open with a preposition: the name's
/// own adjunct (من جامعة …، في الوزارة).
fn rest_is_adjunct(cx: &Context, persons: &[Range<usize>], e: usize, end: usize) -> bool {
    e >= end || adjunct_word(cx, persons, e)
}

/// True when word `x` opens an adjunct: a preposition or particle written alone (في، من، خلال،
/// عقب) or a word with a prepositional proclitic (لوكالة، بمناسبة).
fn adjunct_word(cx: &Context, persons: &[Range<usize>], x: usize) -> bool {
    function(cx, x) || prepositional(cx, persons, x) || time_word(cx, x)
}

/// The speaker named at words `f..e`, its name at words `n..e` (`f ≤ n`: the titles of address
/// before the name, الدكتورة، السيد, are shown with it). The post itself is not shown: the name
/// is who speaks, as for a name read after a post elsewhere. `None` when the bytes cannot be cut.
fn named_words(cx: &Context, f: usize, n: usize, e: usize) -> Option<Named> {
    let a = cx.doc.words[f].start();
    let b = cx.doc.words[e - 1].end();
    Some(Named {
        range: a..b,
        text: cx.doc.source.get(a..b)?.to_string(),
        anonymous: false,
        title_only: false,
        name: Some(cx.doc.words[n].start()..b),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::speakers;

    #[test]
    fn the_name_in_commas_after_a_long_post_is_its_holder() {
        for (s, who) in [
            (
                "وقال المدير الجهوي للتجهيز بولاية الكاف، المختار الفرشيشي، إن الطريق \"ستفتح قريبا\".",
                "المختار الفرشيشي",
            ),
            (
                "وأوضح رئيس مصلحة الأرشيف بجامعة الزيتونة، سامي بن عمار، أن الوثائق \"نادرة\".",
                "سامي بن عمار",
            ),
            (
                "وقالت نائبة الرئيس المكلفة بالشؤون الثقافية للجمعية عن فرع بنزرت، الدكتورة رحاب الكافي من جامعة قرطاج، إن المهرجان \"سيقام في موعده\".",
                "الدكتورة رحاب الكافي",
            ),
            (
                "وأكد عميد كلية الآداب الظهرانية، منصف الفيتوري، أن الامتحانات \"ستجرى في ظروف عادية\".",
                "منصف الفيتوري",
            ),
        ] {
            let read = speakers(s);
            let got = read[0].1.clone().unwrap_or_default();
            assert_eq!(got, who, "{s}");
        }
    }

    #[test]
    fn the_holder_before_a_colon_or_a_participle_is_the_speaker() {
        // The colon before the quotation and a participle after the holder's comma close the
        // phrase: the holder in commas is who speaks, not the post before it.
        for (s, who) in [
            (
                "قالت مديرة مخبز للحلويات في الحي القديم، ميرال دوغان: \"نبيع نصف ما كنا نبيعه\".",
                "ميرال دوغان",
            ),
            (
                "\"البحر لم يعد كما كان\"، يقول رئيس نقابة البحارة في الميناء، موسى ديارا، مضيفا أن الأسعار \"ترتفع كل شهر\".",
                "موسى ديارا",
            ),
        ] {
            let got = speakers(s)[0].1.clone().unwrap_or_default();
            assert_eq!(got, who, "{s}");
        }
    }

    #[test]
    fn a_post_and_a_second_post_in_commas_name_no_holder() {
        // The segment after the comma is another post, not a name: the reader leaves it.
        let s = "وقال المدير الجهوي للتجهيز بولاية الكاف، رئيس اللجنة الفنية، إن الطريق \"ستفتح قريبا\".";
        let got = speakers(s)[0].1.clone().unwrap_or_default();
        assert!(!got.contains("رئيس اللجنة الفنية)"), "{got}");
    }
}
