//! The rows of the review sheet's People table that are not names, or not the kind name detection
//! gave them, judged on the whole story once every entity is known: a verb read as a family name
//! (مالم تكن، إنه توفي، يجب أن), a common noun that governs a genitive (رئيس مجلس الوزراء), the
//! words of a foreign organisation's name read as people (هيومن رايتس ووتش), a venue read as a
//! person (استاد ويمبلي), and a given name used alone for the one person the story names in full
//! with it (بهروز … بهروز بوجاني). Name detection keeps these entities (the speaker reader and
//! the name-variant check read them); only the sheet's rows change.

use super::{Entity, Lexical, NameKind, ordinary_word};
use crate::text::normalize;
use crate::text::token::Text;
use std::ops::Range;

/// What the sheet does with each entity of a story (indexes as in the entity list).
#[derive(Debug, Default)]
pub struct SheetNames {
    /// True for an entity whose row an editor would strike: it names no one.
    pub strike: Vec<bool>,
    /// True for a person entity the sheet lists as a place (a venue: استاد ويمبلي).
    pub place: Vec<bool>,
    /// For an entity folded into another row: that row's entity index (the sheet lists the
    /// person once, in that row).
    pub fold_into: Vec<Option<usize>>,
}

/// Particles that only a verb follows (the jussive لم and its fused spelling مالم = ما لم, the
/// subjunctive لن، كي، لكي، the future سوف, and قد، لقد), as identity keys. Source: the closed
/// class of verbal particles of Arabic grammar (حروف الجزم والنصب، قد، سوف).
const VERB_PARTICLES: [&str; 8] = ["لم", "مالم", "لن", "كي", "لكي", "سوف", "قد", "لقد"];

/// Of [`VERB_PARTICLES`], those that take only the imperfect (the jussive and subjunctive
/// particles and سوف), as identity keys.
const IMPERFECT_PARTICLES: [&str; 6] = ["لم", "مالم", "لن", "كي", "لكي", "سوف"];

/// A complementizer with its subject pronoun written on it (إنه، أنها، لأنه), as identity keys.
/// Source: the particles إن/أن/لأن with the third-person pronouns ه and ها.
const COMPLEMENTIZER_PRONOUNS: [&str; 6] = ["انه", "انها", "لانه", "لانها", "بانه", "بانها"];

/// Nouns of a sports venue after which the venue's name follows (استاد ويمبلي، ملعب أنفيلد), as
/// identity keys. Source: the words for stadium in Arabic sports copy (استاد and its variant ستاد,
/// ملعب).
const VENUE_NOUNS: [&str; 3] = ["استاد", "ستاد", "ملعب"];

/// The days of the week with the article, as identity keys: a date, not a genitive, follows a
/// subject (قال عباس الخميس), and a weekday before a date makes a credit line a publication date
/// (السبت 5 ديسمبر 2026), not a place's dateline (`credits`). Source: the seven Arabic weekday
/// names.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
];

/// The particles of compound Arabic names (بن، ابن، بنت، ولد، أبو، آل، عبد), as identity keys.
/// Source: the nasab (بن، ابن، بنت، and ولد in Mauritanian names), the kunya (أبو) and the family
/// (آل) particles, and the theophoric عبد.
const NAME_PARTICLES: [&str; 7] = ["بن", "ابن", "بنت", "ولد", "ابو", "ال", "عبد"];

/// Nouns of a kind of institution that head its name in construct (كلية كينغز كوليدج، جامعة
/// جورج تاون، مستشفى الملك فهد), as identity keys, beside the profile's organisation nouns.
/// Source: the nouns for college, university, institute, school, hospital, academy and airport.
const INSTITUTION_NOUNS: [&str; 7] = [
    "كليه",
    "جامعه",
    "معهد",
    "مدرسه",
    "مستشفي",
    "اكاديميه",
    "مطار",
];

/// The copular verbs (كان وأخواتها: كان، أصبح، أضحى، أمسى، ظل، بات، صار، ليس، ما زال) in their
/// third-person perfect and imperfect forms, as written. Source: the closed class of "kana and her
/// sisters" of Arabic grammar; a verb that only links a subject to its predicate is never a name.
const COPULAS: [&str; 40] = [
    "كان",
    "كانت",
    "كانوا",
    "كانا",
    "كانتا",
    "يكون",
    "تكون",
    "يكونوا",
    "أصبح",
    "أصبحت",
    "أصبحوا",
    "يصبح",
    "تصبح",
    "أضحى",
    "أضحت",
    "أمسى",
    "أمست",
    "ظل",
    "ظلت",
    "ظلوا",
    "يظل",
    "تظل",
    "بات",
    "باتت",
    "باتوا",
    "يبيت",
    "تبيت",
    "صار",
    "صارت",
    "صاروا",
    "يصير",
    "تصير",
    "ليس",
    "ليست",
    "ليسوا",
    "مازال",
    "مازالت",
    "زال",
    "زالت",
    "يزال",
];

/// Definite nouns that name a kind of person by age, sex or kinship (الطفل، الشباب، المرأة،
/// الأم), as written. Source: the closed class of Arabic generic person nouns (a child, a youth, a
/// man, a woman, a mother ...), which say what someone is, never who: after a word that is both a
/// given name and a common noun (عمر "age", أمل "hope") they are its genitive (عمر الطفل "the
/// child's age"), not a family name.
pub(super) const GENERIC_PERSON_NOUNS: [&str; 26] = [
    "الطفل",
    "الطفلة",
    "الأطفال",
    "الرضيع",
    "الرضع",
    "الصبي",
    "الصبية",
    "الولد",
    "الأولاد",
    "البنت",
    "البنات",
    "الفتى",
    "الفتاة",
    "الشاب",
    "الشابة",
    "الشباب",
    "الرجل",
    "الرجال",
    "المرأة",
    "النساء",
    "الأم",
    "الأب",
    "الابن",
    "الابنة",
    "الزوج",
    "الزوجة",
];

/// Nouns that head a construct and name a direction, a position or a rank, never a person (جنوب
/// مدينة حيفا، أول مباراة), as written. Source: the closed class of Arabic adverbial nouns of place
/// (ظروف المكان: جنوب، شمال، شرق، غرب، وسط، قرب، أمام، خلف، فوق، تحت، بين، حول) and the
/// elatives of order أول and آخر.
const HEAD_ADVERBS: [&str; 14] = [
    "جنوب", "شمال", "شرق", "غرب", "وسط", "قرب", "أمام", "خلف", "فوق", "تحت", "بين", "حول", "أول",
    "آخر",
];

/// The greetings made of a time noun that is also a given name and a definite noun (صباح الخير،
/// مساء النور), as (given name, word) identity keys. Source: the Arabic greetings of the morning and
/// evening and their replies.
const GREETINGS: [(&str, &str); 4] = [
    ("صباح", "الخير"),
    ("صباح", "النور"),
    ("مساء", "الخير"),
    ("مساء", "النور"),
];

/// Definite nouns of a day that follow صباح or مساء in a time phrase (صباح الغد "tomorrow
/// morning", مساء اليوم), as written. Source: اليوم، الغد، الأمس، البارحة and the weekdays
/// ([`WEEKDAYS`]).
const DAY_NOUNS: [&str; 4] = ["اليوم", "الغد", "الأمس", "البارحة"];

/// Nouns of a settlement or an administrative unit after which its name follows (بلدية بوفاريك،
/// مدينة حلب، ولاية البليدة), as identity keys. Source: the Arabic words for city, town, village,
/// municipality, governorate, province, region and camp.
const SETTLEMENT_NOUNS: [&str; 9] = [
    "مدينه",
    "بلده",
    "قريه",
    "بلديه",
    "محافظه",
    "ولايه",
    "اقليم",
    "منطقه",
    "مخيم",
];

/// Nouns of a built place after which its name follows in construct (معبر رفح، جسر الملك حسين،
/// شارع الحمرا، ميدان التحرير), as identity keys. Source: the Arabic words for a border crossing,
/// a bridge, a port, a street, a square and a road.
const FACILITY_NOUNS: [&str; 7] = ["معبر", "جسر", "ميناء", "شارع", "ميدان", "ساحه", "طريق"];

/// The pronoun-suffixed forms of the preposition إلى (إليه "to it", إليها ...), as identity keys.
/// Source: إلى with the third-person pronouns ه، ها، هما، هم، هن. A word followed by one of them is
/// a participle governing it (المشار إليه "the one referred to"), and a name governs no
/// complement of its own.
const ILA_PRONOUNS: [&str; 5] = ["اليه", "اليها", "اليهما", "اليهم", "اليهن"];

/// The third-person pronoun suffixes a noun takes (زميله، زميلها، زملائهم), as written. Source:
/// the attached possessive pronouns of Arabic (ه، ها، هما، هم، هن).
const POSSESSIVE_SUFFIXES: [&str; 5] = ["هما", "هم", "هن", "ها", "ه"];

/// Quotation marks a word may stand in (قالوا إنه "يخطط").
const QUOTE_MARKS: [char; 6] = ['"', '“', '”', '«', '»', '\''];

/// True for a letter of a word (harakat and tatweel included).
fn word_char(c: char) -> bool {
    c.is_alphabetic() || ('\u{064B}'..='\u{0652}').contains(&c) || c == '\u{0640}'
}

/// The word of `text` written before byte `at`, across spaces and quotation marks only; `None`
/// when `at` is inside a word (a proclitic is written on the mention), when other punctuation or a
/// line break comes first, or at the start.
fn word_before(text: &str, at: usize) -> Option<&str> {
    let before = text.get(..at)?;
    let gap_start = before
        .trim_end_matches(|c: char| c == ' ' || c == '\u{a0}' || QUOTE_MARKS.contains(&c))
        .len();
    if gap_start == before.len() {
        return None;
    }
    let head = before.get(..gap_start)?;
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| word_char(c))
        .last()
        .map(|(i, _)| i)?;
    head.get(start..)
}

/// The word of `text` written after byte `at`, separated from it by spaces only; `None` when
/// punctuation, a quotation mark or a line break comes first, or at the end.
fn word_after(text: &str, at: usize) -> Option<&str> {
    let after = text.get(at..)?;
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    if rest.len() == after.len() {
        return None;
    }
    let end = rest
        .char_indices()
        .find(|&(_, c)| !word_char(c))
        .map_or(rest.len(), |(i, _)| i);
    rest.get(..end).filter(|w| !w.is_empty())
}

/// True when the lexicon knows `plain` exactly.
fn exact(plain: &str) -> bool {
    ordinary_word(plain) == Lexical::Exact
}

/// True when `plain` is an imperfect verb by its person prefixes: the lexicon knows it and the
/// same stem with every other prefix of أ ت ن ي (تكن → أكن، نكن، يكن). Reason: a verb conjugates
/// for person, a name does not.
pub(crate) fn imperfect_paradigm(plain: &str) -> bool {
    let mut chars = plain.chars();
    let first = chars.next();
    let stem = chars.as_str();
    matches!(first, Some('أ' | 'ت' | 'ن' | 'ي'))
        && stem.chars().nth(1).is_some()
        // A stem led by a proclitic letter lets the lexicon read the other persons as clitic +
        // word (نوليه as ن + وليه: يوليه "he entrusts him"), not as one verb.
        && !stem.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
        && exact(plain)
        && ['أ', 'ت', 'ن', 'ي']
            .iter()
            .filter(|&&c| Some(c) != first)
            .all(|c| exact(&format!("{c}{stem}")))
}

/// True when `plain` is a verb by its person forms: an imperfect by its prefixes
/// ([`imperfect_paradigm`]) or a perfect whose suffixed form with ت the lexicon knows (توفي →
/// توفيت), or a defective perfect ([`defective_perfect`]: دعا → دعت). Reason: as
/// [`imperfect_paradigm`]; the one suffix is enough here because the caller has already found a
/// verb's place in the clause.
pub(super) fn verb_paradigm(plain: &str) -> bool {
    imperfect_paradigm(plain)
        || (plain.chars().nth(2).is_some()
            && exact(plain)
            && (exact(&format!("{plain}ت")) || defective_perfect(plain)))
}

/// True when `plain` (three letters or more, known to the lexicon) ends in ا or ى and the lexicon
/// knows its stem without that letter with the feminine ت and with the plural وا (دعا → دعت،
/// دعوا; قضى → قضت، قضوا). Reason: a defective verb drops its final long vowel before the
/// suffixes of person, so its perfect never takes ت after the alef (دعات is no form), and the
/// test of the suffixed form must be made on the stem.
fn defective_perfect(plain: &str) -> bool {
    let Some(stem) = plain.strip_suffix(['ا', 'ى']) else {
        return false;
    };
    stem.chars().nth(1).is_some() && exact(&format!("{stem}ت")) && exact(&format!("{stem}وا"))
}

/// True when `key` (a word, any spelling) has the identity key of one of `list`.
fn key_in(word: &str, list: &[&str]) -> bool {
    let k = normalize::identity(&normalize::plain(word));
    list.contains(&k.as_str())
}

/// True when a mention of `e` is a verb by its syntax: it stands right after a particle that only
/// a verb follows ([`VERB_PARTICLES`]; an imperfect after لم، لن، سوف …), or it is a verb by its
/// person forms ([`verb_paradigm`]) after a complementizer carrying its subject pronoun (إنه
/// توفي) or, for an entity never written after a given name, an imperfect verb taking a clause of
/// أن (يجب أن). Reason: these particles govern
/// verbs only, and a pronoun subject or an أن clause needs a verb beside it, so the word there is
/// the verb, never a person's name.
fn verb_in_its_clause(text: &str, e: &Entity) -> bool {
    e.mentions.iter().any(|m| {
        let w = m.spelling.as_str();
        if w.contains(' ') || !exact(w) {
            return false;
        }
        let before = word_before(text, m.range.start);
        let particle = before.is_some_and(|b| key_in(b, &VERB_PARTICLES))
            && (!before.is_some_and(|b| key_in(b, &IMPERFECT_PARTICLES))
                || w.starts_with(['أ', 'ت', 'ن', 'ي']));
        let pronoun =
            before.is_some_and(|b| key_in(b, &COMPLEMENTIZER_PRONOUNS)) && verb_paradigm(w);
        // Only for a word never written after a given name: a family name may spell a verb, and
        // a named subject takes an أن clause (رياض يمق أن …).
        let clause = e.given.is_empty()
            && word_after(text, m.range.end).is_some_and(|a| key_in(a, &["ان", "بان"]))
            && imperfect_paradigm(w);
        particle || pronoun || clause
    })
}

/// True when every mention of `e` is one word joined to the word before it by a hashtag's mark (#
/// or _, no space: عزام#يتخبط، #عزام_يتخبط) and is an imperfect verb by its person prefixes
/// ([`imperfect_paradigm`]). Reason: a hashtag writes a phrase with its spaces replaced by # or _,
/// often a subject and its verb ("Azzam is floundering"); a word there that conjugates for person
/// is that verb, and a name's words are not conjugated.
fn hashtag_verb(text: &str, e: &Entity) -> bool {
    !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            let w = m.spelling.as_str();
            let joined = text
                .get(..m.range.start)
                .and_then(|b| b.chars().next_back())
                .is_some_and(|c| c == '#' || c == '_');
            joined && !w.contains(' ') && imperfect_paradigm(w)
        })
}

/// True when `e` is a common noun heading a construct: a word of the lexicon without the article
/// that some mention writes right before a definite word of the lexicon (مجلس الوزراء، طلب
/// اللاعب) that is no nisba (الحضري could be a family name) and no weekday, and that no mention
/// writes before a clause mark. Reason: a noun governing a genitive is never last in its clause,
/// while a family name ends the name and often the clause, so a word that always runs on and once
/// governs a definite noun is that noun.
fn construct_head(text: &str, e: &Entity) -> bool {
    let word_ok = |w: &str| !w.contains(' ') && !w.starts_with("ال") && exact(w);
    if !e.mentions.iter().all(|m| word_ok(&m.spelling)) {
        return false;
    }
    let runs_on = |m: &super::Mention| word_after(text, m.range.end).is_some();
    let governs = |m: &super::Mention| {
        word_after(text, m.range.end).is_some_and(|a| {
            let p = normalize::plain(a);
            p.starts_with("ال")
                && p.chars().nth(3).is_some()
                && !p.ends_with('ي')
                && !p.ends_with("ية")
                && !key_in(&p, &WEEKDAYS)
                && exact(&p)
        })
    };
    e.mentions.iter().all(runs_on) && e.mentions.iter().any(governs)
}

/// True when a mention of `e` stands right after a venue noun ([`VENUE_NOUNS`]: استاد “ويمبلي”).
/// Reason: the noun names the kind of place and the word after it is that place's name.
fn venue_name(text: &str, e: &Entity) -> bool {
    e.mentions
        .iter()
        .any(|m| word_before(text, m.range.start).is_some_and(|b| key_in(b, &VENUE_NOUNS)))
}

/// True when `word` (as written) has the identity key of a word of `list` (written words).
pub(super) fn written_in(word: &str, list: &[&str]) -> bool {
    let k = normalize::identity(&normalize::plain(word));
    list.iter()
        .any(|w| normalize::identity(&normalize::plain(w)) == k)
}

/// True when every mention of `e` is one word that no name can be, whatever stands beside it: a
/// copular verb ([`COPULAS`]: وصالح باتت وشيكة), a generic person noun ([`GENERIC_PERSON_NOUNS`]:
/// عمر الطفل), an adverbial noun or elative heading a construct ([`HEAD_ADVERBS`]: جنوب مدينة،
/// نيمار أول مباراة), a nisba in the sound plural with the article (الفلسطينيون), an imperfect
/// verb under لام التعليل (لأطمئن: [`imperfect_paradigm`]), or a noun carrying both a
/// prepositional proclitic (ب، ل، ك) and a possessive pronoun ([`POSSESSIVE_SUFFIXES`]: بزميليه
/// "with his two colleagues") that the lexicon knows with and without the proclitic. Reason: a
/// copula links a subject to its predicate, a generic person noun or a plural nisba says what
/// someone is, never who, an adverbial noun locates and an elative ranks, a verb conjugates, and a
/// name takes neither a preposition written on it nor a possessive pronoun.
fn never_a_name(e: &Entity) -> bool {
    let word = |w: &str| {
        if w.contains(' ') {
            return false;
        }
        if written_in(w, &COPULAS)
            || written_in(w, &GENERIC_PERSON_NOUNS)
            || written_in(w, &HEAD_ADVERBS)
        {
            return true;
        }
        let p = normalize::plain(w);
        // A nisba in the sound masculine plural with the article names a people or a group
        // (الفلسطينيون، السوريين), never one person.
        let nisba_plural = p.starts_with("ال")
            && p.chars().count() >= 7
            && (p.ends_with("يون") || p.ends_with("يين"))
            && exact(&p);
        // لام التعليل on an imperfect verb (لأطمئن "to reassure myself"): it governs verbs only.
        let purpose_verb = p
            .strip_prefix('ل')
            .is_some_and(|v| !v.starts_with('ل') && imperfect_paradigm(v));
        if nisba_plural || purpose_verb {
            return true;
        }
        if possessed_noun(&p) {
            return true;
        }
        let Some(rest) = p.strip_prefix(['ب', 'ل', 'ك']) else {
            return false;
        };
        !rest.starts_with("ال")
            && rest.chars().count() >= 4
            && POSSESSIVE_SUFFIXES
                .iter()
                .any(|x| rest.strip_suffix(x).is_some_and(|s| s.chars().count() >= 2))
            && exact(&p)
            && exact(rest)
    };
    !e.listed && !e.mentions.is_empty() && e.mentions.iter().all(|m| word(&m.spelling))
}

/// True when `plain` is a noun carrying a possessive pronoun of the third person other than ه
/// alone (ها، هما، هم، هن: حديثها "her talk", مصيرهم "their fate"), known to the lexicon with
/// the pronoun and without it, on a stem of three letters or more. Reason: a name takes no
/// possessive pronoun, so a word after a name that carries one is the noun of the next phrase
/// (ختمت فلانة حديثها), not a family name; ه alone is left out, as many family names end in ه
/// written for ة (حماده، شحاته).
pub(crate) fn possessed_noun(plain: &str) -> bool {
    ["هما", "هم", "هن", "ها"].iter().any(|x| {
        plain
            .strip_suffix(x)
            .is_some_and(|stem| stem.chars().count() >= 3 && exact(stem))
    }) && exact(plain)
}

/// True when the mention `m` of `text` is followed by إلى with a pronoun ([`ILA_PRONOUNS`]: عبد
/// المنعم المشار إليه "the Abd al-Munim referred to"). Reason: a participle governs its
/// preposition, a name governs none, so the word is the participle qualifying what stands before
/// it.
fn governs_ilayhi(text: &str, m: &super::Mention) -> bool {
    !m.spelling.contains(' ')
        && word_after(text, m.range.end).is_some_and(|a| key_in(a, &ILA_PRONOUNS))
}

/// True when every mention of `e` is a participle governing إليه ([`governs_ilayhi`]): the
/// entity names no one. (When only some are, the row lists the others: [`shown_mentions`].)
fn participle_with_complement(text: &str, e: &Entity) -> bool {
    !e.listed && !e.mentions.is_empty() && e.mentions.iter().all(|m| governs_ilayhi(text, m))
}

/// True when `e` is one mention of a definite participle of a derived verb (ال + م + three letters
/// or more, no nisba ending ية: المشتري، المتحرش) that the lexicon knows, written after باسم as
/// its only given name (يُسجَّل الذهب باسم المشتري). Reason: باسم is both a given name and the
/// preposition ب + اسم "in the name of", which governs the noun after it; a participle names a
/// role (the buyer), so a person named once by باسم and a role is that phrase, not a name.
fn in_the_name_of(e: &Entity) -> bool {
    let [m] = e.mentions.as_slice() else {
        return false;
    };
    let p = normalize::plain(&m.spelling);
    e.kind == NameKind::Person
        && !e.listed
        && e.given.len() == 1
        && e.given[0] == normalize::identity("باسم")
        && p.starts_with("الم")
        && p.chars().count() >= 6
        && !p.ends_with("ية")
        && !p.contains(' ')
        && exact(&p)
}

/// True when every mention of `e` is the conjunction و written on a given name of the lists
/// (`given_name`, identity keys) after another given name (محمد وأحمد). Reason: و joins two
/// names; a family name is never written with a conjunction on it, so these are two people.
fn joined_given_name(e: &Entity, given_name: &dyn Fn(&str) -> bool) -> bool {
    !e.listed
        && !e.given.is_empty()
        && !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            let k = normalize::identity(&normalize::plain(&m.spelling));
            !given_name(&k) && k.strip_prefix('و').is_some_and(|r| given_name(r))
        })
}

/// True when `e` is a person whose every mention is the second word of a greeting of
/// [`GREETINGS`] (صباح الخير) or a day noun ([`DAY_NOUNS`], a weekday: صباح الغد) written after
/// صباح or مساء as its given name. Reason: صباح and مساء are given names and the nouns "morning"
/// and "evening"; with الخير or النور after them they are the greeting, with a day the time
/// phrase, not a person.
fn greeting(e: &Entity) -> bool {
    e.kind == NameKind::Person
        && !e.listed
        && !e.mentions.is_empty()
        && !e.given.is_empty()
        && e.given.iter().all(|g| {
            let day = written_in(&e.key, &DAY_NOUNS) || key_in(&e.key, &WEEKDAYS);
            GREETINGS.iter().any(|(first, second)| {
                *g == normalize::identity(first) && (e.key == normalize::identity(second) || day)
            })
        })
}

/// True when a mention of `e` stands right after a noun of a settlement or an administrative
/// unit ([`SETTLEMENT_NOUNS`], a proclitic و ف ب ل on it allowed: ببلدية بوفاريك). Reason: the
/// noun names the kind of place and the word after it, in construct, is that place's name.
fn settlement_name(text: &str, e: &Entity) -> bool {
    e.mentions.iter().any(|m| {
        word_before(text, m.range.start).is_some_and(|b| {
            let k = normalize::identity(&normalize::plain(b));
            let noun = |r: &str| SETTLEMENT_NOUNS.contains(&r);
            noun(&k)
                || k.strip_prefix(['و', 'ف', 'ب', 'ل'])
                    .is_some_and(|r| noun(r) || r.strip_prefix(['ب', 'ل']).is_some_and(noun))
        })
    })
}

/// True when `e` is a person with given names whose every mention is written right after one of
/// its given names, itself right after a noun of a built place ([`FACILITY_NOUNS`], a proclitic
/// و ف ب ل on it allowed: عبر معبر جابر الحدودي). Reason: the noun names the kind of place and
/// the words after it, in construct, are that place's name (and its adjective), not a person's.
fn facility_name(text: &str, e: &Entity) -> bool {
    let facility = |w: &str| {
        let k = normalize::identity(&normalize::plain(w));
        FACILITY_NOUNS.contains(&k.as_str())
            || k.strip_prefix(['و', 'ف', 'ب', 'ل'])
                .is_some_and(|r| FACILITY_NOUNS.contains(&r))
    };
    e.kind == NameKind::Person
        && !e.listed
        && !e.given.is_empty()
        && !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            let Some(given) = word_before(text, m.range.start) else {
                return false;
            };
            // `given` is a slice of `text`: its start is its offset.
            let at = given.as_ptr() as usize - text.as_ptr() as usize;
            key_in(
                given,
                &e.given.iter().map(String::as_str).collect::<Vec<_>>(),
            ) && word_before(text, at).is_some_and(facility)
        })
}

/// The sheet's reading of the entities `names` of the story `text` (see [`SheetNames`]);
/// `given_name` is true for the identity key of a given name of the lists; `full_name` gives the
/// full name the sheet shows for entity j (a speaker's name), if any.
///
/// An entity whose key is a given name of the lists, or that is written after a name particle
/// ([`NAME_PARTICLES`]), is never struck.
/// A person entity is struck when it is a verb ([`verb_in_its_clause`]), a word no name can be
/// ([`never_a_name`]), the phrase باسم + a definite noun ([`in_the_name_of`]) or a greeting
/// ([`greeting`]) or a built place's name after its noun ([`facility_name`]);
/// any entity when every mention is a verb joined into a hashtag ([`hashtag_verb`]); any entity when
/// every mention is a participle governing إليه ([`participle_with_complement`]); one with no given name
/// also when it is a construct head ([`construct_head`]) or a nisba adjective agreeing with the
/// definite noun before it ([`agreeing_nisba`]) or a later word of a name in quotation marks
/// ([`inside_quoted_name`]), or when every mention is a word the lexicon does not know
/// written right after a foreign word of an organisation's name or of another struck word
/// (هيومن رايتس ووتش): a foreign organisation's name runs on word by word, and a person is tied
/// to a body by a post or a preposition, never written right after its name. A person entity is
/// listed as a place after a venue noun ([`venue_name`]) or a settlement noun ([`settlement_name`]). A one-word person entity spelled one way
/// whose key is the one given name of exactly one person named in full is folded into that
/// person's row (its own row is left out): a first name used alone refers to the one person the story gave it.
pub fn read(
    text: &str,
    names: &[Entity],
    given_name: &dyn Fn(&str) -> bool,
    full_name: &dyn Fn(usize) -> Option<String>,
) -> SheetNames {
    let n = names.len();
    let mut out = SheetNames {
        strike: vec![false; n],
        place: vec![false; n],
        fold_into: vec![None; n],
    };
    let lone = lone_person;
    // A given name of the lists (أحمد، محمد) or a word after a name particle (أبو عابد، ولد
    // أحمد) is a name whatever else its letters could spell: no strike rule reads it.
    let name_word = |e: &Entity| {
        given_name(&e.key)
            || e.mentions.iter().any(|m| {
                word_before(text, m.range.start).is_some_and(|b| key_in(b, &NAME_PARTICLES))
            })
    };
    for (i, e) in names.iter().enumerate() {
        if name_word(e) {
            continue;
        }
        // A verb's place in its clause outweighs a given name met by chance before it (عزام#يخطط).
        let verb = e.kind == NameKind::Person && !e.listed && verb_in_its_clause(text, e);
        let not_a_name = (e.kind == NameKind::Person && never_a_name(e))
            || facility_name(text, e)
            || participle_with_complement(text, e)
            || in_the_name_of(e)
            || greeting(e)
            || hashtag_verb(text, e);
        let adjective = lone(e) && (agreeing_nisba(text, e) || inside_quoted_name(text, e));
        if verb || not_a_name || adjective || (lone(e) && construct_head(text, e)) {
            out.strike[i] = true;
        } else if lone(e) && (venue_name(text, e) || settlement_name(text, e)) {
            out.place[i] = true;
        }
    }
    for (i, e) in names.iter().enumerate() {
        if nisba_adjective(text, e) {
            out.strike[i] = true;
        }
    }
    organisation_words(text, names, &mut out.strike);
    first_names_alone(text, names, full_name, &out.strike, &mut out.fold_into);
    inner_name_words(text, names, &out.strike, &mut out.fold_into);
    out
}

/// True when `e` is an organisation of one word that is a nisba adjective with the article
/// (الفرنسية, an agency's credit form) and every mention stands right after a noun it can
/// qualify, written with no clitic of its own: a word with the article (الشرطة الفرنسية، وزارة
/// الخارجية الفرنسية), a noun with a possessive pronoun (بنظيرته الفرنسية), a name in quotation
/// marks (مجموعة «رينو» الفرنسية) or a foreign word the lexicon does not know (رولان غاروس
/// الفرنسية). Reason: an adjective follows the noun it agrees with; only where no noun stands
/// before it (ذكرت الفرنسية، للفرنسية) does the bare adjective stand for the agency.
fn nisba_adjective(text: &str, e: &Entity) -> bool {
    let key = e.key.as_str();
    e.kind == NameKind::Org
        && !key.contains(' ')
        && key.starts_with("ال")
        && (key.ends_with('ي') || key.ends_with("يه"))
        && !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            let before = text.get(..m.range.start).unwrap_or("");
            // A clitic written on the mention (للفرنسية): no noun before it in the phrase.
            if before.chars().next_back().is_some_and(word_char) {
                return false;
            }
            let gap = before.trim_end_matches([' ', '\u{a0}']);
            if gap.len() < before.len() && gap.ends_with(['»', '"', '”', '“']) {
                return true;
            }
            word_before(text, m.range.start).is_some_and(|b| {
                let p = normalize::plain(b);
                let bare = p.strip_prefix(['و', 'ف']).unwrap_or(&p);
                let bare = bare.strip_prefix(['ب', 'ك', 'ل']).unwrap_or(bare);
                p.starts_with("ال")
                    || bare.starts_with("ال")
                    || p.starts_with("لل")
                    || p.ends_with("ته")
                    || p.ends_with("تها")
                    || ordinary_word(&p) == Lexical::Unknown
            })
        })
}

/// True when every mention of `e` is one word, a nisba adjective with the article that the
/// lexicon knows (ال + a stem in ي: الأممي، الإنجليزي، العادي), with no clitic written on it,
/// right after a word with the article (المبعوث الأممي "the UN envoy", المواطن العادي).
/// Reason: an adjective follows the definite noun it agrees with, so there it qualifies that
/// noun and names no one; a nisba-shaped family name the lexicon does not know (الرئيس السيسي)
/// is left to the names layer, and the caller asks this only of a person never written with a
/// given name.
fn agreeing_nisba(text: &str, e: &Entity) -> bool {
    !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            let p = normalize::plain(&m.spelling);
            let before = text.get(..m.range.start).unwrap_or("");
            !p.contains(' ')
                && p.starts_with("ال")
                && p.ends_with('ي')
                && p.chars().count() >= 5
                && exact(&p)
                && !before.chars().next_back().is_some_and(word_char)
                && word_before(text, m.range.start)
                    .is_some_and(|b| normalize::plain(b).starts_with("ال"))
        })
}

/// True when every mention of `e` is the second, third or fourth word of a span of two to four
/// words in quotation marks on one line («سيفاكس إيرلاينز»، "سترايك هارد"): the span's opening
/// mark is one to three words before the mention, its closing mark right after it or one word
/// after, so a quoted saying that runs on (وعند فلان الخبر اليقين) is left alone.
/// Reason: copy puts the names of bodies, works and campaigns in quotation marks, not people's
/// names, so a word inside such a name carries that name on; the caller asks this only of a
/// person never written with a given name, and a given name of the lists is never struck.
fn inside_quoted_name(text: &str, e: &Entity) -> bool {
    const OPEN: [char; 3] = ['«', '"', '“'];
    const CLOSE: [char; 3] = ['»', '"', '”'];
    let words = |s: &str| s.split_whitespace().count();
    !e.mentions.is_empty()
        && e.mentions.iter().all(|m| {
            let (Some(before), Some(after)) = (text.get(..m.range.start), text.get(m.range.end..))
            else {
                return false;
            };
            let Some(open) =
                before.rfind(|c: char| OPEN.contains(&c) || CLOSE.contains(&c) || c == '\n')
            else {
                return false;
            };
            let Some(close) =
                after.find(|c: char| OPEN.contains(&c) || CLOSE.contains(&c) || c == '\n')
            else {
                return false;
            };
            let opener = before[open..]
                .chars()
                .next()
                .is_some_and(|c| OPEN.contains(&c));
            let closer = after[close..]
                .chars()
                .next()
                .is_some_and(|c| CLOSE.contains(&c));
            let (lead, tail) = (&before[open..], &after[..close]);
            let lead = lead
                .get(lead.chars().next().map_or(0, char::len_utf8)..)
                .unwrap_or("");
            // A straight quotation mark opens and closes alike: it opens where a word follows it
            // with no space, and closes where it follows a word with no space.
            let straight_ok = !(before[open..].starts_with('"')
                && lead.starts_with(char::is_whitespace))
                && !(after[close..].starts_with('"') && tail.ends_with(char::is_whitespace));
            opener
                && closer
                && straight_ok
                && (1..=3).contains(&words(lead))
                && words(tail) <= 1
                && words(lead) + words(tail) <= 3
                && !lead.ends_with(char::is_alphanumeric)
        })
}

/// True for a person entity with no given name that is in no list.
fn lone_person(e: &Entity) -> bool {
    e.kind == NameKind::Person && e.given.is_empty() && !e.listed
}

/// Marks in `strike` (one flag per entity of `names`) the person entities whose every mention is a
/// word the lexicon does not know written right after a foreign word of an organisation's name,
/// or after another word so marked (هيومن رايتس ووتش). Reason: a foreign organisation's name runs
/// on word by word, and a person is tied to a body by a post or a preposition, never written right
/// after its name.
fn organisation_words(text: &str, names: &[Entity], strike: &mut [bool]) {
    // Ends of the foreign words of organisations' names, grown by the person words that run on.
    let foreign = |s: &str| !s.contains(' ') && ordinary_word(s) == Lexical::Unknown;
    let mut ends: Vec<usize> = names
        .iter()
        .filter(|e| e.kind == NameKind::Org)
        .flat_map(|e| e.mentions.iter())
        .filter(|m| foreign(&m.spelling))
        .map(|m| m.range.end)
        .collect();
    for _ in 0..4 {
        let mut grew = false;
        for (i, e) in names.iter().enumerate() {
            if strike[i] || !lone_person(e) || e.mentions.is_empty() {
                continue;
            }
            let runs_on = e.mentions.iter().all(|m| {
                foreign(&m.spelling)
                    && m.range.start > 0
                    && text.get(m.range.start - 1..m.range.start) == Some(" ")
                    && ends.contains(&(m.range.start - 1))
            });
            if runs_on {
                strike[i] = true;
                ends.extend(e.mentions.iter().map(|m| m.range.end));
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
}

/// A place named in several words that name detection cut into one-word entities (نيو ساوث
/// ويلز: a place نيو, a person ساوث, a place ويلز): see [`place_runs`].
#[derive(Debug, Default)]
pub struct PlaceRuns {
    /// True for an entity that is only the inner or last word of such a place: it has no row.
    pub tail: Vec<bool>,
    /// For the place entity that opens such a place: its mentions, each widened over the words
    /// that run on after it (byte range and plain spelling), with [`Shown::alone`] false.
    pub shown: Vec<Option<Shown>>,
}

/// For [`place_runs`]: per entity of `names`, true when it runs on after a one-word place of
/// `text` (before the check that each run names one place).
fn run_on_words(text: &str, names: &[Entity]) -> Vec<bool> {
    let mut tail = vec![false; names.len()];
    let one_word = |e: &Entity| !e.key.contains(' ') && !e.mentions.is_empty();
    // Ends of the mentions of one-word places, then of the words that run on after them.
    let mut ends: rustc_hash::FxHashSet<usize> = names
        .iter()
        .filter(|e| e.kind == NameKind::Place && one_word(e))
        .flat_map(|e| e.mentions.iter().map(|m| m.range.end))
        .collect();
    if ends.is_empty() {
        return tail;
    }
    // The keys of the one-word places: a person whose "given name" is one of them was read from
    // the place's first word (نيو ساوث: a given name نيو).
    let place_keys: Vec<&str> = names
        .iter()
        .filter(|e| e.kind == NameKind::Place && one_word(e))
        .map(|e| e.key.as_str())
        .collect();
    // Ends of the mentions that run on: a place runs on only after such a word, never right
    // after the place that opens the name (two places side by side are two names: آسيا
    // الإمارات).
    let mut tail_ends: rustc_hash::FxHashSet<usize> = Default::default();
    for _ in 0..4 {
        let mut grew = false;
        for (i, e) in names.iter().enumerate() {
            let person = e.kind == NameKind::Person
                && !e.listed
                && e.given.iter().all(|g| place_keys.contains(&g.as_str()))
                && ordinary_word(&e.key) == Lexical::Unknown;
            let runs_on_kind = (e.kind == NameKind::Place || person) && one_word(e);
            if tail[i] || !runs_on_kind {
                continue;
            }
            let before = if e.kind == NameKind::Place {
                &tail_ends
            } else {
                &ends
            };
            let after_place = e.mentions.iter().all(|m| {
                m.range.start > 0
                    && text.get(m.range.start - 1..m.range.start) == Some(" ")
                    && before.contains(&(m.range.start - 1))
            });
            if after_place {
                tail[i] = true;
                ends.extend(e.mentions.iter().map(|m| m.range.end));
                tail_ends.extend(e.mentions.iter().map(|m| m.range.end));
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    tail
}

/// The places of `text` named in several words that `names` cut into one-word entities. A
/// one-word place entity opens a run; an entity runs on when every mention of it is written
/// right after (one space) a mention of the run's place or of another entity that runs on, and
/// it is a person whose word the lexicon does not know (a transliteration: ساوث، هامبشير), with no
/// given name but the place's first word, or a one-word place after such a word (ويلز). Reason: a foreign place name keeps its
/// parts together (نيو ساوث ويلز، نيو هامبشير، سان دييغو), while a person is tied to a place by
/// a preposition or a post (رئيس بلدية طرابلس رياض يمق), never written after it with nothing
/// between: a word that always follows a place's name is that name's next word, and the row
/// shows the whole name. Linear in the mentions (four rounds at most).
pub fn place_runs(text: &str, names: &[Entity]) -> PlaceRuns {
    let n = names.len();
    let mut out = PlaceRuns {
        tail: run_on_words(text, names),
        shown: (0..n).map(|_| None).collect(),
    };
    if !out.tail.contains(&true) {
        return out;
    }
    // Twice: the runs of the heads whose every mention runs on into one name, then again with
    // only the tails those runs cover (a tail after a head that names two places, نيو هامبشير
    // and نيو مكسيكو, keeps its own row, and so does that head).
    for _ in 0..2 {
        let (shown, covered) = widen_runs(text, names, &out.tail);
        out.shown = shown;
        let mut changed = false;
        for (i, e) in names.iter().enumerate() {
            if out.tail[i]
                && !e.mentions.iter().all(|m| {
                    covered
                        .iter()
                        .any(|r| r.start < m.range.start && m.range.end <= r.end)
                })
            {
                out.tail[i] = false;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    out
}

/// For [`place_runs`]: each one-word place entity of `names` that is no tail (`tail`) and whose
/// every mention runs on over tail mentions into one name (one identity key), its widened
/// mentions; and the widened ranges of those heads.
fn widen_runs(
    text: &str,
    names: &[Entity],
    tail: &[bool],
) -> (Vec<Option<Shown>>, Vec<std::ops::Range<usize>>) {
    // Where each tail mention starts, and where it ends.
    let tails: rustc_hash::FxHashMap<usize, usize> = names
        .iter()
        .enumerate()
        .filter(|(i, _)| tail[*i])
        .flat_map(|(_, e)| e.mentions.iter().map(|m| (m.range.start, m.range.end)))
        .collect();
    let mut shown: Vec<Option<Shown>> = (0..names.len()).map(|_| None).collect();
    let mut covered = Vec::new();
    for (i, e) in names.iter().enumerate() {
        if tail[i] || e.kind != NameKind::Place || e.key.contains(' ') {
            continue;
        }
        let mentions: Option<Vec<super::Mention>> = e
            .mentions
            .iter()
            .map(|m| {
                let mut end = m.range.end;
                while let Some(&next) = tails.get(&(end + 1)) {
                    end = next;
                }
                let t = text.get(m.range.start..end).filter(|_| end > m.range.end)?;
                Some(super::Mention {
                    range: m.range.start..end,
                    spelling: Text::new(&normalize::plain(t)),
                    how: m.how,
                })
            })
            .collect();
        let Some(mentions) = mentions else {
            continue;
        };
        let key = |m: &super::Mention| {
            m.spelling
                .split_whitespace()
                .map(normalize::identity)
                .collect::<Vec<_>>()
        };
        if mentions.is_empty() || mentions.iter().any(|m| key(m) != key(&mentions[0])) {
            continue;
        }
        covered.extend(mentions.iter().map(|m| m.range.clone()));
        shown[i] = Some(Shown {
            mentions,
            alone: false,
        });
    }
    (shown, covered)
}

/// Sets in `fold_into` (one slot per entity of `names`) the row a first name used alone belongs
/// to: a one-word person entity, not struck (`strike`), spelled one way and never beside a name
/// particle, whose key is the one given name of exactly one person named in full (`full_name`:
/// the full name the sheet shows for entity j, if any). Reason: a first
/// name used alone refers to the one person the story gave it.
fn first_names_alone(
    text: &str,
    names: &[Entity],
    full_name: &dyn Fn(usize) -> Option<String>,
    strike: &[bool],
    fold_into: &mut [Option<usize>],
) {
    for (i, e) in names.iter().enumerate() {
        if strike[i] || !alone_given(text, e) {
            continue;
        }
        let mut holders = names.iter().enumerate().filter(|(j, f)| {
            // The given names the entity holds, else the full name the sheet shows for it (a
            // speaker's name from the quotations): one given name before one family name.
            let one_given = if f.given.is_empty() {
                full_name(*j).is_some_and(|full| {
                    let words: Vec<String> = full
                        .split_whitespace()
                        .map(|w| normalize::identity(&normalize::plain(w)))
                        .collect();
                    words.len() == 2 && words[0] == e.key
                })
            } else {
                f.given.len() == 1 && f.given[0] == e.key
            };
            *j != i && f.kind == NameKind::Person && one_given
        });
        if let (Some((j, _)), None) = (holders.next(), holders.next()) {
            fold_into[i] = Some(j);
        }
    }
}

/// Folds into `fold_into` each person entity of `names` (one word, not struck, not folded yet)
/// every mention of which is written right before a mention of one other person entity, with
/// one space between and no more mentions than that entity has: the father's name of a
/// Mauritanian name (أحمد in محمد ولد أحمد سالم), the first word of an Amazigh family name (آيت
/// in آيت يحيى), a foreign given name (تاكاشي in تاكاشي موريتا). Reason: two people are never
/// written side by side without a conjunction or a punctuation mark, so a name written each time
/// right before another person's name is a word of that person's name, and its row would split
/// one person in two. A name word the story spells two ways (ليلي and ليلى before الزمراني) keeps
/// its row: the row is where the editor sees the second spelling that `name-variant` warns about,
/// and the holder's row shows the family name's spellings only. Byte offsets of `text`; linear
/// in the mentions.
fn inner_name_words(
    text: &str,
    names: &[Entity],
    strike: &[bool],
    fold_into: &mut [Option<usize>],
) {
    let mut starts: rustc_hash::FxHashMap<usize, usize> = rustc_hash::FxHashMap::default();
    for (j, f) in names.iter().enumerate() {
        if f.kind == NameKind::Person && !strike[j] {
            for m in &f.mentions {
                starts.insert(m.range.start, j);
            }
        }
    }
    for (i, e) in names.iter().enumerate() {
        if e.kind != NameKind::Person
            || strike[i]
            || fold_into[i].is_some()
            || e.key.contains(' ')
            || e.mentions.is_empty()
            || spelled_two_ways(e)
        {
            continue;
        }
        let mut holder = None;
        let all = e.mentions.iter().all(|m| {
            let next = after_one_space(text, m).and_then(|at| starts.get(&at).copied());
            match (next, holder) {
                (Some(j), None) if j != i => {
                    holder = Some(j);
                    true
                }
                (Some(j), Some(h)) => j == h,
                _ => false,
            }
        });
        if let (true, Some(j)) = (all, holder)
            && names[j].mentions.len() >= e.mentions.len()
            && fold_into[j] != Some(i)
        {
            fold_into[i] = Some(j);
        }
    }
}

/// The byte offset right after the one space that follows mention `m` in `text`, where a
/// mention written right after it starts; `None` when no space follows at once.
pub(crate) fn after_one_space(text: &str, m: &super::Mention) -> Option<usize> {
    text.get(m.range.end..)
        .filter(|rest| rest.starts_with(' '))
        .map(|_| m.range.end + 1)
}

/// True when the mentions of `e` are written in two spellings or more once harakat are set aside
/// (ليلي and ليلى; أنيس and انيس).
fn spelled_two_ways(e: &Entity) -> bool {
    let first = e.mentions.first().map(|m| normalize::plain(&m.spelling));
    e.mentions
        .iter()
        .any(|m| Some(normalize::plain(&m.spelling)) != first)
}

/// For each entity of `names` (same index), true for a person whose every mention, with the
/// given names, the words of a nasab (بن، ابن، بنت، آل) and the titles (`title` on identity
/// keys: الملك، الأمير) written before it, stands right after a noun without the article that
/// heads an institution's name (`org_noun` on identity keys, or [`INSTITUTION_NOUNS`]; a
/// proclitic و ف ب ل on it allowed): كلية كينغز كوليدج، مطار رفيق الحريري، مركز الملك فلان.
/// Reason: such a noun in construct is followed by the institution's name, so the words after it
/// name the institution (an eponym with its title), not a person; the sheet lists them as an
/// organisation. With the article (رئيس المؤسسة مسعود الترهوني) the noun is complete and the name
/// after it is a person in apposition.
pub fn institutions(
    text: &str,
    names: &[Entity],
    org_noun: &dyn Fn(&str) -> bool,
    title: &dyn Fn(&str) -> bool,
) -> Vec<bool> {
    let noun = |b: &str| {
        let k = normalize::identity(&normalize::plain(b));
        let noun =
            |r: &str| !r.starts_with("ال") && (org_noun(r) || INSTITUTION_NOUNS.contains(&r));
        noun(&k) || k.strip_prefix(['و', 'ف', 'ب', 'ل']).is_some_and(noun)
    };
    names
        .iter()
        .map(|e| {
            // The first words of the name whose second word this is, where a noun heads it.
            let firsts: Vec<String> = e
                .mentions
                .iter()
                .filter_map(|m| second_word_of_name(text, m, &noun))
                .collect();
            e.kind == NameKind::Person
                && !e.listed
                && !e.mentions.is_empty()
                && e.mentions.iter().all(|m| {
                    // Back over the given names written before the mention.
                    let mut at = m.range.start;
                    for _ in 0..5 {
                        let Some(b) = word_before(text, at) else {
                            break;
                        };
                        let k = normalize::identity(&normalize::plain(b));
                        let is_given = e.given.iter().any(|g| g.split_whitespace().any(|w| w == k))
                            || matches!(k.as_str(), "بن" | "ابن" | "بنت" | "ال")
                            || title(&k);
                        if !is_given {
                            break;
                        }
                        at = b.as_ptr() as usize - text.as_ptr() as usize;
                    }
                    word_before(text, at).is_some_and(noun)
                        || (at == m.range.start && same_name_again(text, m, &firsts))
                })
        })
        .collect()
}

/// The identity key of the word before mention `m` of `text` when `m` is a word the lexicon does
/// not know (a foreign word: نيوز، كابيتال) written right after one word without the article that
/// itself follows a noun heading an institution's name (`noun`, given the word as written: وكالة
/// شفق نيوز، صندوق «نما كابيتال»), else None. Reason: the noun in construct takes the
/// institution's whole name, and a foreign word that carries the name on (News, Capital,
/// Tribune) is that name's second word, not a person's family name; a person's family name
/// comes after a given name, which is read before this.
fn second_word_of_name(
    text: &str,
    m: &super::Mention,
    noun: &dyn Fn(&str) -> bool,
) -> Option<String> {
    if m.spelling.contains(' ') || ordinary_word(&m.spelling) != Lexical::Unknown {
        return None;
    }
    let first = word_before(text, m.range.start)?;
    if normalize::plain(first).starts_with("ال") {
        return None;
    }
    let at = first.as_ptr() as usize - text.as_ptr() as usize;
    word_before(text, at)
        .is_some_and(noun)
        .then(|| normalize::identity(&normalize::plain(first)))
}

/// True when mention `m` of `text` is a foreign word written right after one of `firsts` (identity
/// keys, a proclitic و ف then ل ب on it allowed), the first words of an institution's name whose
/// second word it is where a noun heads it ([`second_word_of_name`]), or that second word itself
/// there: the name written again without its noun (لشفق نيوز after وكالة شفق نيوز). Reason: a
/// name repeated is the same name.
fn same_name_again(text: &str, m: &super::Mention, firsts: &[String]) -> bool {
    !firsts.is_empty()
        && !m.spelling.contains(' ')
        && ordinary_word(&m.spelling) == Lexical::Unknown
        && word_before(text, m.range.start).is_some_and(|b| {
            let k = normalize::identity(&normalize::plain(b));
            let bare = k.strip_prefix(['و', 'ف']).unwrap_or(&k);
            let bare = bare.strip_prefix(['ل', 'ب']).unwrap_or(bare);
            firsts.iter().any(|f| *f == k || f == bare)
        })
}

/// Ordinal adjectives with the article, one to ten (الأول … العاشر), as written. Source: the
/// Arabic ordinals; after a given name they make a regnal name (محمد السادس، بنديكت السادس عشر
/// starts so too), whose ordinal alone names no one.
const ORDINALS: [&str; 10] = [
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];

/// The second halves of compound given names (نور الدين، صلاح الدين، سيف الله), as identity keys.
/// Source: the compounds of a noun with الدين "the faith" and الله "God" of Arabic naming.
const COMPOUND_TAILS: [&str; 2] = ["الدين", "الله"];

/// The mentions an entity's row shows, when they differ from the entity's own: see
/// [`shown_mentions`].
#[derive(Debug)]
pub struct Shown {
    /// The mentions to count and spell (byte ranges in the story, plain spellings).
    pub mentions: Vec<super::Mention>,
    /// True when the row is the name as shown, with no fuller name: a given name joined by و to
    /// another is a second person, whose "full name" would join the two.
    pub alone: bool,
}

/// The mentions the sheet's row for entity `e` of `text` shows, or `None` when they are the
/// entity's own: a mention of a person written right after a word that belongs to the same name
/// is widened to take that word in (byte range and spelling), the theophoric عبد before a definite
/// word (عبد الرؤوف), a given name of `e` before an ordinal of [`ORDINALS`] (محمد السادس) and
/// a given name of `e` (the last word of one) before الدين or الله ([`COMPOUND_TAILS`]: صلاح
/// الدين); a
/// participle governing إليه ([`governs_ilayhi`]) is left out when other mentions remain (عبد
/// المنعم، المشار إليه: the row is عبد المنعم); and a person whose every mention is و on a given
/// name of the lists (`given_name`, identity keys: محمد وأحمد) is shown as that given name alone,
/// without the و ([`joined_given_name`], [`Shown::alone`]). Reason: عبد + a divine epithet is one
/// compound name whose second half alone names no one (so are نور الدين and سيف الله), an
/// ordinal after a given name is part of a
/// regnal name, a participle is no name, and و joins two people.
pub fn shown_mentions(text: &str, e: &Entity, given_name: &dyn Fn(&str) -> bool) -> Option<Shown> {
    if e.kind == NameKind::Person && joined_given_name(e, given_name) {
        let mentions = e
            .mentions
            .iter()
            .map(|m| {
                let w = 'و'.len_utf8();
                super::Mention {
                    range: m.range.start + w..m.range.end,
                    spelling: Text::new(m.spelling.get(w..).unwrap_or(&m.spelling)),
                    how: m.how,
                }
            })
            .collect();
        return Some(Shown {
            mentions,
            alone: true,
        });
    }
    let dropped: Vec<super::Mention> = e
        .mentions
        .iter()
        .filter(|m| !governs_ilayhi(text, m))
        .cloned()
        .collect();
    if !dropped.is_empty() && dropped.len() < e.mentions.len() {
        return Some(Shown {
            mentions: dropped,
            alone: false,
        });
    }
    if e.kind != NameKind::Person || e.key.contains(' ') {
        return None;
    }
    let ordinal = written_in(&e.key, &ORDINALS);
    let mut widened = false;
    let out: Vec<super::Mention> = e
        .mentions
        .iter()
        .map(|m| match widened_mention(text, e, ordinal, m) {
            Some(w) => {
                widened = true;
                w
            }
            None => m.clone(),
        })
        .collect();
    widened.then_some(Shown {
        mentions: out,
        alone: false,
    })
}

/// Mention `m` of the person entity `e` of `text` widened to take in the word before it that
/// belongs to the same name (the theophoric عبد before a definite word, a given name of `e` before
/// an ordinal when `ordinal`, a given name before الدين or الله) or the second half after a family
/// name on العبد ([`theophoric_family_tail`]); `None` when it stays as written. See
/// [`shown_mentions`] for the reasons.
fn widened_mention(
    text: &str,
    e: &Entity,
    ordinal: bool,
    m: &super::Mention,
) -> Option<super::Mention> {
    let lead = word_before(text, m.range.start).filter(|b| {
        let k = normalize::identity(&normalize::plain(b));
        let start = b.as_ptr() as usize - text.as_ptr() as usize;
        let spaced = text
            .get(start + b.len()..m.range.start)
            .is_some_and(|g| !g.is_empty() && g.chars().all(|c| c == ' '));
        let own = normalize::identity(&m.spelling);
        spaced
            && ((k == "عبد" && m.spelling.starts_with("ال"))
                || (ordinal && e.given.contains(&k))
                || (COMPOUND_TAILS.contains(&own.as_str())
                    && e.given
                        .iter()
                        .any(|g| g.split_whitespace().last() == Some(k.as_str()))))
    });
    if let Some(b) = lead {
        let start = b.as_ptr() as usize - text.as_ptr() as usize;
        return Some(super::Mention {
            range: start..m.range.end,
            spelling: Text::new(&format!("{} {}", normalize::plain(b), m.spelling)),
            how: m.how,
        });
    }
    let tail = theophoric_family_tail(text, m.range.clone())?;
    let tail_plain = normalize::plain(text.get(tail.clone()).unwrap_or(""));
    Some(super::Mention {
        range: m.range.start..tail.end,
        spelling: Text::new(&format!("{} {}", m.spelling, tail_plain)),
        how: m.how,
    })
}

/// The byte range of `text` after `at` (a name mention's byte range) that holds the second half
/// of a family name built on a theophoric given name: when the mention is العبد (as an identity
/// key) and the word written after it, separated from it by spaces only, is definite (الله،
/// الرحمن، الكريم) and four letters or more, that word's half-open byte range; `None` otherwise.
/// Reason: a Levantine family name built on a theophoric given name keeps the article on عبد and
/// writes the compound spaced (سامر العبد الله: the family of عبد الله), and العبد alone ("the
/// servant") names no one, so the row and the full name show the whole compound.
pub(crate) fn theophoric_family_tail(text: &str, at: Range<usize>) -> Option<Range<usize>> {
    let written = text.get(at.clone())?;
    if normalize::identity(&normalize::plain(written)) != "العبد" {
        return None;
    }
    let tail = word_after(text, at.end)?;
    let plain = normalize::plain(tail);
    if !(plain.starts_with("ال") && plain.chars().count() >= 4) {
        return None;
    }
    let start = tail.as_ptr() as usize - text.as_ptr() as usize;
    Some(start..start + tail.len())
}

/// True when the word of `text` starting at byte `at` stands right after a name particle
/// ([`NAME_PARTICLES`]: بنت سالم, أبو عابد): it is the second half of a compound name, a father's
/// or a kunya's, not a first name used alone.
pub fn after_name_particle(text: &str, at: usize) -> bool {
    word_before(text, at).is_some_and(|b| key_in(b, &NAME_PARTICLES))
}

/// True when the person entity `e` of the story `text` may be a first name used alone: one word
/// with no given name, in no list, spelled one way (a first name spelled two ways, ليلى، ليلي,
/// keeps its row, whose spellings the editor checks) and never beside a name particle (a word
/// beside one is part of a compound name: أبو عابد، محمد ولد أحمد).
pub fn alone_given(text: &str, e: &Entity) -> bool {
    let first = e.mentions.first().map(|m| m.spelling.as_str());
    lone_person(e)
        && !e.key.contains(' ')
        && e.mentions
            .iter()
            .all(|m| Some(m.spelling.as_str()) == first)
        && !e.mentions.iter().any(|m| {
            word_before(text, m.range.start).is_some_and(|b| key_in(b, &NAME_PARTICLES))
                || word_after(text, m.range.end).is_some_and(|a| key_in(a, &NAME_PARTICLES))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::names::{MatchKind, Mention};

    /// No given names listed (the rules' own words are tested).
    fn no_given(_: &str) -> bool {
        false
    }

    /// No full names from the quotations.
    fn no_full(_: usize) -> Option<String> {
        None
    }

    #[test]
    fn a_defective_perfect_is_a_verb_by_its_person_forms() {
        // Written for this test: دعا and سعى drop their final vowel before ت and وا (دعت، سعوا).
        assert!(verb_paradigm("دعا"));
        assert!(verb_paradigm("سعى"));
        // A noun in ى whose stem takes no person suffix is no verb.
        assert!(!verb_paradigm("مستشفى"));
    }

    #[test]
    fn a_name_written_each_time_before_another_persons_name_is_part_of_it() {
        // Written for this test: the father's name أحمد always stands before سالم.
        let text =
            "وقال المدير، محمد ولد أحمد سالم، إن العمل مستمر. وأضاف ولد أحمد سالم أن الصندوق جاهز.";
        let names = vec![
            person(text, "سالم", "سالم", &["محمد ولد احمد"]),
            person(text, "احمد", "أحمد", &[]),
        ];
        let sheet = read(text, &names, &no_given, &no_full);
        assert_eq!(sheet.fold_into, vec![None, Some(0)]);
        // A name also written alone, or with a conjunction between, keeps its row.
        let text = "التقى أحمد سالم بالوفد، ثم قال أحمد إن اللقاء مثمر.";
        let names = vec![
            person(text, "سالم", "سالم", &[]),
            person(text, "احمد", "أحمد", &[]),
        ];
        let sheet = read(text, &names, &no_given, &no_full);
        assert_eq!(sheet.fold_into, vec![None, None]);
        // A given name spelled two ways before the family name keeps its row, which shows both
        // spellings (the name-variant warning's evidence).
        let text = "قالت ليلي المنصوري إن المشروع بدأ. وأكدت ليلى المنصوري أن التمويل جاهز.";
        let mut given = person(text, "ليلي", "ليلي", &[]);
        given
            .mentions
            .extend(person(text, "ليلي", "ليلى", &[]).mentions);
        given.mentions.sort_by_key(|m| m.range.start);
        let names = vec![person(text, "المنصوري", "المنصوري", &["ليلي"]), given];
        assert!(spelled_two_ways(&names[1]));
        let sheet = read(text, &names, &no_given, &no_full);
        assert_eq!(sheet.fold_into, vec![None, None]);
    }

    #[test]
    fn a_foreign_place_of_several_words_is_one_row() {
        // Written for this test: نيو (a place), ساوث (read as a person, "given name" نيو) and
        // ويلز (a place) are one state's name wherever the story writes them.
        let text = "اندلعت حرائق في ولاية نيو ساوث ويلز، وقال حاكم نيو ساوث ويلز إن الوضع خطير.";
        let names = vec![
            entity(text, "نيو", "نيو", NameKind::Place, &[]),
            person(text, "ساوث", "ساوث", &["نيو"]),
            entity(text, "ويلز", "ويلز", NameKind::Place, &[]),
        ];
        let runs = place_runs(text, &names);
        assert_eq!(runs.tail, vec![false, true, true]);
        let shown = runs.shown[0].as_ref().unwrap();
        let spelled: Vec<&str> = shown.mentions.iter().map(|m| &*m.spelling).collect();
        assert_eq!(spelled, vec!["نيو ساوث ويلز", "نيو ساوث ويلز"]);
        let at = text.find("نيو").unwrap();
        assert_eq!(shown.mentions[0].range, at..at + "نيو ساوث ويلز".len());
        // Two places side by side are two names, and a head that runs on into two names
        // (نيو هامبشير، نيو مكسيكو) keeps its words' rows.
        let text = "زار الوفد آسيا الإمارات ثم عاد إلى آسيا الإمارات.";
        let names = vec![
            entity(text, "اسيا", "آسيا", NameKind::Place, &[]),
            entity(text, "الامارات", "الإمارات", NameKind::Place, &[]),
        ];
        let runs = place_runs(text, &names);
        assert_eq!(runs.tail, vec![false, false]);
        assert!(runs.shown.iter().all(Option::is_none));
        let text = "فاز في نيو هامبشير ثم في نيو مكسيكو، وعاد إلى نيو هامبشير.";
        let names = vec![
            entity(text, "نيو", "نيو", NameKind::Place, &[]),
            person(text, "هامبشير", "هامبشير", &[]),
            person(text, "مكسيكو", "مكسيكو", &[]),
        ];
        let runs = place_runs(text, &names);
        assert_eq!(runs.tail, vec![false, false, false]);
        assert!(runs.shown.iter().all(Option::is_none));
    }

    /// A person entity of `key` with a mention at every occurrence of `word` in `text`.
    fn person(text: &str, key: &str, word: &str, given: &[&str]) -> Entity {
        entity(text, key, word, NameKind::Person, given)
    }

    fn entity(text: &str, key: &str, word: &str, kind: NameKind, given: &[&str]) -> Entity {
        let mentions: Vec<Mention> = text
            .match_indices(word)
            .filter(|(at, _)| {
                // Whole words only.
                let before = text[..*at].chars().next_back();
                let after = text[at + word.len()..].chars().next();
                !before.is_some_and(word_char) && !after.is_some_and(word_char)
            })
            .map(|(at, w)| Mention {
                range: at..at + w.len(),
                spelling: w.into(),
                how: MatchKind::Identity,
            })
            .collect();
        assert!(!mentions.is_empty(), "{word} is in the sentence");
        Entity {
            kind,
            key: key.to_string(),
            mentions,
            family: false,
            listed: false,
            given: given.iter().map(|g| g.to_string()).collect(),
        }
    }

    #[test]
    fn a_nisba_after_the_noun_it_qualifies_is_no_organisation_row() {
        // After a definite noun and after a quoted name: the adjective of that noun.
        let s = "أعلنت الشرطة الفرنسية توقيف رجل، وقالت شركة «أوريون» الفرنسية إن الإنتاج توقف.";
        let e = entity(s, "الفرنسيه", "الفرنسية", NameKind::Org, &[]);
        assert!(nisba_adjective(s, &e));
        assert!(read(s, &[e], &no_given, &no_full).strike[0]);
        // After a verb, the bare adjective names the agency.
        let s = "وذكرت الفرنسية أن الاجتماع انتهى.";
        let e = entity(s, "الفرنسيه", "الفرنسية", NameKind::Org, &[]);
        assert!(!nisba_adjective(s, &e));
    }

    #[test]
    fn a_name_after_an_institution_noun_in_construct_is_the_institution() {
        let s = "درس في كلية ماونت هوليوك قبل أن يعود.";
        let e = person(s, "هوليوك", "هوليوك", &["ماونت"]);
        assert_eq!(institutions(s, &[e], &|_| false, &|_| false), vec![true]);
        // With the article the noun is complete: the name after it is its head, a person.
        let s = "قال عميد الكلية ماونت هوليوك إن التسجيل بدأ.";
        let e = person(s, "هوليوك", "هوليوك", &["ماونت"]);
        assert_eq!(institutions(s, &[e], &|_| false, &|_| false), vec![false]);
    }

    #[test]
    fn an_eponym_with_its_title_after_an_institution_noun_is_the_institution() {
        // "He was treated at the King Fahd Hospital": a titled eponym names the hospital.
        let s = "عولج في مستشفى الملك فهد ثم عاد إلى بيته.";
        let e = person(s, "فهد", "فهد", &[]);
        let title = |k: &str| k == "الملك";
        assert_eq!(institutions(s, &[e], &|_| false, &title), vec![true]);
        // Quiet test: after a definite noun the title opens a person in apposition.
        let s = "وقال رئيس المستشفى الأمير فهد إن العلاج مجاني.";
        let e = person(s, "فهد", "فهد", &[]);
        let title = |k: &str| k == "الامير";
        assert_eq!(institutions(s, &[e], &|_| false, &title), vec![false]);
    }

    #[test]
    fn a_foreign_word_two_words_after_an_institution_noun_is_the_institution() {
        // "The official told the Nabd News agency ...": نيوز carries the agency's name on.
        let s = "وقال المسؤول لوكالة نبض نيوز إن الحريق أخمد.";
        let e = person(s, "نيوز", "نيوز", &[]);
        assert_eq!(
            institutions(s, &[e], &|k| k == "وكاله", &|_| false),
            vec![true]
        );
        // Written again without its noun, in a dateline, it is the same name.
        let s = "نبض نيوز/ قال المسؤول لوكالة نبض نيوز إن الحريق أخمد.";
        let e = person(s, "نيوز", "نيوز", &[]);
        assert_eq!(
            institutions(s, &[e], &|k| k == "وكاله", &|_| false),
            vec![true]
        );
        // Quiet test: after a definite genitive the noun's name is complete, and the foreign
        // word after it is a person in apposition ("the agency's director, Karwan").
        let s = "وقال مدير وكالة الأنباء كاروان إن الحريق أخمد.";
        let e = person(s, "كاروان", "كاروان", &[]);
        assert_eq!(
            institutions(s, &[e], &|k| k == "وكاله", &|_| false),
            vec![false]
        );
    }

    #[test]
    fn the_words_beside_a_mention_are_read_across_spaces_and_quotation_marks() {
        let s = "قالوا إنه \"يخطط\" للسفر، ثم عاد.";
        let at = s.find("يخطط").unwrap();
        assert_eq!(word_before(s, at), Some("إنه"));
        assert_eq!(
            word_after(s, s.find("للسفر").unwrap() + "للسفر".len()),
            None
        );
        assert_eq!(
            word_after(s, s.find("ثم").unwrap() + "ثم".len()),
            Some("عاد")
        );
        // A proclitic written on the mention: no word before.
        let c = "وصل وسامر";
        assert_eq!(word_before(c, c.find("سامر").unwrap()), None);
    }

    #[test]
    fn a_word_after_a_particle_that_governs_verbs_is_a_verb() {
        // "The contractor will not pay unless the sums are in the budget."
        let s = "لن يدفع المقاول شيئا مالم تكن المبالغ مرصودة في الموازنة.";
        let e = person(s, "تكن", "تكن", &[]);
        assert!(verb_in_its_clause(s, &e));
        let r = read(s, &[e], &no_given, &no_full);
        assert_eq!(r.strike, vec![true]);
        // A family name after a reporting verb is not touched.
        let n = "وقال سامر خوري إن المبالغ مرصودة، وأكد خوري ذلك.";
        let k = person(n, "خوري", "خوري", &["سامر"]);
        assert!(!verb_in_its_clause(n, &k));
        assert_eq!(read(n, &[k], &no_given, &no_full).strike, vec![false]);
    }

    #[test]
    fn an_imperfect_verb_taking_an_clause_is_a_verb() {
        // "The committee says the company must pay its workers."
        let s = "وترى اللجنة أن الشركة يجب أن تدفع لعمالها، وأن المدير يجب أن يعتذر.";
        let e = person(s, "يجب", "يجب", &[]);
        assert!(verb_in_its_clause(s, &e));
        // A family name spelling a verb, after its given name, before the أن of a reporting verb.
        let n = "وأكد المهندس سامي يمق أن الطريق سيفتح، وأضاف يمق أن العمل مستمر.";
        let k = person(n, "يمق", "يمق", &["سامي"]);
        assert!(!verb_in_its_clause(n, &k));
        assert_eq!(read(n, &[k], &no_given, &no_full).strike, vec![false]);
    }

    #[test]
    fn a_noun_governing_a_definite_genitive_is_no_name() {
        // "The deputy head of the council of ministers met the head of the council of ministers."
        let s = "التقى نائب رئيس مجلس الوزراء أمس رئيس مجلس الوزراء في القصر.";
        let e = person(s, "مجلس", "مجلس", &[]);
        assert!(construct_head(s, &e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
        // A family name before a weekday, and at a clause end, stays.
        let n = "وقال الوزير حداد الخميس إن الخطة جاهزة، وأضاف حداد.";
        let k = person(n, "حداد", "حداد", &[]);
        assert!(!construct_head(n, &k));
    }

    #[test]
    fn the_words_of_a_foreign_organisations_name_are_no_people() {
        // "Amnesty International condemned ...", the organisation's two foreign words.
        let s = "ودانت منظمة أمنستي إنترناشونال الحكم، وطالبت أمنستي إنترناشونال بالإفراج عنه.";
        let org = entity(s, "امنستي", "أمنستي", NameKind::Org, &[]);
        let p = person(s, "انترناشونال", "إنترناشونال", &[]);
        let r = read(s, &[org, p], &no_given, &no_full);
        assert_eq!(r.strike, vec![false, true]);
        // A person named after a post (not right after a foreign organisation word) stays.
        let n = "وقال وزير الخارجية لافروف إن الحوار مستمر، وأضاف لافروف أنه متفائل.";
        let org = entity(n, "الخارجيه", "الخارجية", NameKind::Org, &[]);
        let p = person(n, "لافروف", "لافروف", &[]);
        assert_eq!(
            read(n, &[org, p], &no_given, &no_full).strike,
            vec![false, false]
        );
    }

    #[test]
    fn a_name_after_a_venue_noun_is_a_place() {
        // "The two teams meet at Anfield stadium on Sunday."
        let s = "يلتقي الفريقان على ملعب أنفيلد الأحد، وتمتلئ مدرجات أنفيلد عادة.";
        let e = person(s, "انفيلد", "أنفيلد", &[]);
        let r = read(s, &[e], &no_given, &no_full);
        assert_eq!((r.strike, r.place), (vec![false], vec![true]));
    }

    #[test]
    fn a_first_name_alone_is_the_person_named_in_full_with_it() {
        // "Farzad Rahimi wrote from his cell ... Farzad says ..."
        let s = "كتب فرزاد رحيمي من زنزانته رسالة طويلة. ويقول فرزاد إن رحيمي لم ييأس.";
        let first = person(s, "فرزاد", "فرزاد", &[]);
        let full = person(s, "رحيمي", "رحيمي", &["فرزاد"]);
        assert!(first.mentions.len() == 2 && full.mentions.len() == 2);
        let r = read(s, &[first, full], &no_given, &no_full);
        assert_eq!(r.fold_into, vec![Some(1), None]);
        assert_eq!(r.strike, vec![false, false]);
        // Spelled two ways, the first name keeps its row (the editor checks its spellings).
        let v = "قالت ليلى نصار إن الحي هادئ. وتقول ليلي إن الناس عادوا.";
        let mut first = person(v, "ليلي", "ليلى", &[]);
        first
            .mentions
            .extend(person(v, "ليلي", "ليلي", &[]).mentions);
        let full = person(v, "نصار", "نصار", &["ليلي"]);
        assert_eq!(
            read(v, &[first, full], &no_given, &no_full).fold_into,
            vec![None, None]
        );
        // The full name known from the quotations only (the family entity holds no given name).
        let q = "ويقول فرزاد إن السجن قاس. وكتب فرزاد رحيمي من زنزانته: «لن أتوقف». ويضيف فرزاد أنه صابر.";
        let first = person(q, "فرزاد", "فرزاد", &[]);
        let family = person(q, "رحيمي", "رحيمي", &[]);
        let shown = |j: usize| (j == 1).then(|| "فرزاد رحيمي".to_string());
        assert_eq!(
            read(q, &[first, family], &no_given, &shown).fold_into,
            vec![Some(1), None]
        );
    }

    #[test]
    fn a_name_after_a_verb_and_before_an_clause_is_kept() {
        // "Nouliyeh added that ...": the name's first letter is a person prefix, the stem is led
        // by و (a clitic letter), so it is not read as a verb.
        let s = "وأضافت نوليه أن الحرارة ترتفع، وقالت نوليه إن الأمر خطير.";
        let e = person(s, "نوليه", "نوليه", &[]);
        assert!(!verb_in_its_clause(s, &e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![false]);
    }

    #[test]
    fn a_word_of_a_compound_name_is_not_folded_as_a_first_name() {
        // "Coach Jamal Abu Abed blamed the referee", the kunya أبو عابد.
        let s = "وحمل المدرب جمال أبو عابد الحكم المسؤولية، وقال أبو عابد إن فريقه تعب.";
        let kunya = person(s, "عابد", "عابد", &[]);
        let referee = person(s, "الحكم", "الحكم", &["عابد"]);
        assert_eq!(
            read(s, &[kunya.clone(), referee.clone()], &no_given, &no_full).fold_into,
            vec![None, None]
        );
        // Nor is it struck as a noun governing الحكم, after the particle أبو.
        assert!(construct_head(s, &kunya));
        assert_eq!(
            read(s, &[kunya, referee], &no_given, &no_full).strike,
            vec![false, false]
        );
        // A given name of the lists before an أن clause is a name, not the verb its letters spell.
        let g = "وقال الوزير أحمد أن الدولة لن تترك المزارعين، وأضاف أحمد أن الدعم قادم.";
        let ahmad = person(g, "احمد", "أحمد", &[]);
        assert!(verb_in_its_clause(g, &ahmad));
        assert_eq!(
            read(g, &[ahmad], &|k: &str| k == "احمد", &no_full).strike,
            vec![false]
        );
    }

    #[test]
    fn a_perfect_verb_after_a_complementizer_with_its_pronoun_is_a_verb() {
        // "The family said he died in hospital", the verb after إنه; a given name before it elsewhere.
        let s = "وقالت العائلة إنه توفي في المستشفى، وإن سامر توفي بعد أيام.";
        let e = person(s, "توفي", "توفي", &["سامر"]);
        assert!(verb_in_its_clause(s, &e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
    }

    #[test]
    fn a_copula_or_a_generic_person_noun_after_a_given_name_is_no_family_name() {
        // "Observers say the envoy's mission and Khaled's have become hard": a copula.
        let s = "ويرى المراقبون أن مهمة المبعوث وخالد باتت صعبة.";
        let e = person(s, "باتت", "باتت", &["خالد"]);
        assert!(never_a_name(&e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
        // "The child's age must reach six months": عمر "age" governs الطفل.
        let s = "ويجب أن يبلغ عمر الطفل ستة أشهر قبل التطعيم، ثم يراجع الطبيب نمو الطفل.";
        let e = person(s, "الطفل", "الطفل", &["عمر"]);
        assert!(never_a_name(&e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
        // A family name beside them stays.
        let n = "وقال سامر خوري إن المهمة باتت صعبة.";
        let k = person(n, "خوري", "خوري", &["سامر"]);
        assert!(!never_a_name(&k));
        assert_eq!(read(n, &[k], &no_given, &no_full).strike, vec![false]);
    }

    #[test]
    fn a_later_word_of_a_quoted_name_is_no_person() {
        // "The company «Nova Airlines» said ...; «Nova Airlines» suspended its flights."
        let s = "وقالت شركة «نوفا إيرلاينز» إنها علقت رحلاتها، وأكدت «نوفا إيرلاينز» ذلك.";
        let e = person(s, "ايرلاينز", "إيرلاينز", &[]);
        assert!(inside_quoted_name(s, &e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
        // Quiet test: a quoted saying that runs on past the name is no name of a body.
        let s = "ويقال «وعند نوفاك الخبر اليقين»، وهو مثل قديم.";
        let e = person(s, "نوفاك", "نوفاك", &[]);
        assert!(!inside_quoted_name(s, &e));
        // Quiet test: a family name outside quotation marks stays.
        let s = "وقال سامر نوفاك إن «الرحلات علقت»، وأكد نوفاك ذلك.";
        let e = person(s, "نوفاك", "نوفاك", &[]);
        assert!(!inside_quoted_name(s, &e));
    }

    #[test]
    fn a_nisba_adjective_after_a_definite_noun_is_no_person() {
        // "The UN envoy met the ministers; the UN envoy then left": the adjective qualifies
        // the envoy.
        let s = "والتقى المبعوث الأممي الوزراء، ثم غادر المبعوث الأممي العاصمة.";
        let e = person(s, "الاممي", "الأممي", &[]);
        assert!(agreeing_nisba(s, &e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
        // Quiet test: a family name of nisba shape the lexicon does not know stays.
        let s = "وقال الرئيس الغنوشي إن الحوار مستمر، وأكد الرئيس الغنوشي ذلك.";
        let e = person(s, "الغنوشي", "الغنوشي", &[]);
        assert!(!agreeing_nisba(s, &e));
    }

    #[test]
    fn a_word_with_a_preposition_and_a_possessive_pronoun_is_no_family_name() {
        // "Samer Nassar met his two colleagues in the office."
        let s = "والتقى سامر نصار بزميليه في المكتب.";
        let e = person(s, "بزميليه", "بزميليه", &["سامر", "نصار"]);
        assert!(never_a_name(&e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
        // "Samira Nassar ended her talk by saying": a possessive pronoun on a noun.
        let s = "وختمت سميرة نصار حديثها بالقول إن العمل مستمر.";
        let e = person(s, "حديثها", "حديثها", &["سميرة", "نصار"]);
        assert!(never_a_name(&e));
        // A family name that starts with ب but carries no pronoun stays.
        let n = "والتقى الوزير سامر بشارة في المكتب.";
        let k = person(n, "بشاره", "بشارة", &["سامر"]);
        assert!(!never_a_name(&k));
    }

    #[test]
    fn a_participle_governing_ilayhi_is_no_name() {
        // "As stated in the book of Abd al-Munim referred to above."
        let s = "كما ورد في كتاب عبد المنعم المشار إليه سابقا.";
        let e = entity(s, "المشار", "المشار", NameKind::Org, &[]);
        assert!(participle_with_complement(s, &e));
        assert_eq!(
            read(s, &[e.clone()], &no_given, &no_full).strike,
            vec![true]
        );
        // Joined to the name before it, the row keeps that name only.
        let mut joined = e;
        joined
            .mentions
            .extend(entity(s, "المشار", "عبد المنعم", NameKind::Org, &[]).mentions);
        assert!(!participle_with_complement(s, &joined));
        let shown = shown_mentions(s, &joined, &no_given).expect("participle left out");
        assert_eq!(
            shown
                .mentions
                .iter()
                .map(|m| m.spelling.as_str())
                .collect::<Vec<_>>(),
            vec!["عبد المنعم"]
        );
        let n = "وقال الباحث سامر المشار إن الكتاب نفد.";
        let k = person(n, "المشار", "المشار", &["سامر"]);
        assert!(!participle_with_complement(n, &k));
    }

    #[test]
    fn bism_before_a_definite_noun_named_once_is_in_the_name_of() {
        // "The property is registered in the buyer's name at the land office."
        let s = "ويسجل العقار باسم المشتري لدى دائرة الأراضي.";
        let e = person(s, "المشتري", "المشتري", &["باسم"]);
        assert!(in_the_name_of(&e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
        // A person named twice keeps the row, and so does a family name that is no participle.
        let n = "والتقى الوزير باسم الخطيب، وقال الخطيب إن اللقاء مثمر.";
        let k = person(n, "الخطيب", "الخطيب", &["باسم"]);
        assert!(!in_the_name_of(&k));
        let n = "وسدد لاعب الفريق باسم الشريف كرة قوية.";
        let k = person(n, "الشريف", "الشريف", &["باسم"]);
        assert!(!in_the_name_of(&k));
    }

    #[test]
    fn a_given_name_joined_by_wa_is_a_second_person() {
        // "The two brothers Muhammad and Ahmad were wounded."
        let s = "وأصيب الشقيقان محمد وأحمد في القصف.";
        let e = person(s, "واحمد", "وأحمد", &["محمد"]);
        let given = |k: &str| k == "محمد" || k == "احمد" || k == "سامر";
        assert!(joined_given_name(&e, &given));
        let shown = shown_mentions(s, &e, &given).expect("shown alone");
        assert!(shown.alone);
        assert_eq!(shown.mentions[0].spelling, "أحمد");
        assert_eq!(s.get(shown.mentions[0].range.clone()), Some("أحمد"));
        // A family name that starts with و (وهبة) stays.
        let n = "وقال الباحث سامر وهبة إن الأسعار ارتفعت.";
        let k = person(n, "وهبه", "وهبة", &["سامر"]);
        assert!(!joined_given_name(&k, &given));
    }

    #[test]
    fn a_regnal_name_and_a_theophoric_family_name_are_shown_whole() {
        // "King Hassan the Third received ... and Hassan the Third said ..."
        let s = "استقبل الملك حسن الثالث الوفد، وقال حسن الثالث إن العلاقات متينة.";
        let e = person(s, "الثالث", "الثالث", &["حسن"]);
        let w = shown_mentions(s, &e, &no_given).expect("widened").mentions;
        assert_eq!(
            w.iter().map(|m| m.spelling.as_str()).collect::<Vec<_>>(),
            vec!["حسن الثالث", "حسن الثالث"]
        );
        assert_eq!(s.get(w[0].range.clone()), Some("حسن الثالث"));
        // "Salma Abd al-Raouf said ... and Abd al-Raouf added ..."
        let s = "وقالت الباحثة سلمى عبد الرؤوف إن الأسعار ترتفع، وأضافت عبد الرؤوف أن الأسر تعاني.";
        let e = person(s, "الرؤوف", "الرؤوف", &["سلمى"]);
        let w = shown_mentions(s, &e, &no_given).expect("widened").mentions;
        assert_eq!(
            w.iter().map(|m| m.spelling.as_str()).collect::<Vec<_>>(),
            vec!["عبد الرؤوف", "عبد الرؤوف"]
        );
        // "Nour al-Din said ...": the compound with الدين is shown whole.
        let s = "وقال المؤرخ نور الدين إن المخطوط نادر، وأضاف نور الدين أنه محفوظ.";
        let e = person(s, "الدين", "الدين", &["نور"]);
        let w = shown_mentions(s, &e, &no_given).expect("widened").mentions;
        assert_eq!(w[1].spelling, "نور الدين");
        // "Engineer Samer al-Abd Allah said ... and al-Abd Allah added ...": the family name
        // built on عبد الله keeps its second half, widened forward from العبد.
        let s = "وقال المهندس سامر العبد الله إن المراكز جاهزة، وأضاف العبد الله: «سنستلم القمح».";
        let e = person(s, "العبد", "العبد", &["سامر"]);
        let w = shown_mentions(s, &e, &no_given).expect("widened").mentions;
        assert_eq!(
            w.iter().map(|m| m.spelling.as_str()).collect::<Vec<_>>(),
            vec!["العبد الله", "العبد الله"]
        );
        assert_eq!(s.get(w[1].range.clone()), Some("العبد الله"));
        // العبد before punctuation or an indefinite word is not widened.
        let n = "وقال سامر العبد، وكرر العبد كلامه.";
        assert!(shown_mentions(n, &person(n, "العبد", "العبد", &["سامر"]), &no_given).is_none());
        // An ordinary family name is shown as written.
        let n = "وقال سامر خوري إن الخطة جاهزة.";
        assert!(shown_mentions(n, &person(n, "خوري", "خوري", &["سامر"]), &no_given).is_none());
    }

    #[test]
    fn an_adverbial_noun_a_plural_nisba_or_a_purpose_verb_is_no_name() {
        // "The village lies south of the city of Haifa."
        let s = "وتقع القرية جنوب مدينة حيفا، وتبعد عنها جنوب غرب عشرة كيلومترات.";
        let e = person(s, "جنوب", "جنوب", &[]);
        assert!(never_a_name(&e));
        // "The player Samer played his first match."
        let s = "وخاض اللاعب سامر أول مباراة له منذ الإصابة.";
        assert!(never_a_name(&person(s, "اول", "أول", &["سامر"])));
        // "The Palestinians mark the day every year."
        let s = "ويحيي الفلسطينيون هذا اليوم كل عام.";
        assert!(never_a_name(&person(s, "الفلسطينيون", "الفلسطينيون", &[])));
        // "I called every morning to reassure myself": لـ on an imperfect verb.
        let s = "كنت أتصل كل صباح لأطمئن على الأولاد.";
        assert!(never_a_name(&person(s, "لاطمئن", "لأطمئن", &["صباح"])));
        // A family name stays.
        let n = "وقال سامر الحسيني إن الأمر انتهى.";
        assert!(!never_a_name(&person(n, "الحسيني", "الحسيني", &["سامر"])));
    }

    #[test]
    fn a_greeting_is_no_person() {
        // "He greeted them: good morning."
        let s = "ودخل القاعة وقال للحاضرين صباح الخير ثم جلس.";
        let e = person(s, "الخير", "الخير", &["صباح"]);
        assert!(greeting(&e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
        // "Ice is expected on the roads tomorrow morning": a time phrase.
        let t = "ويتوقع تشكل الجليد على الطرقات صباح الغد في المرتفعات.";
        assert!(greeting(&person(t, "الغد", "الغد", &["صباح"])));
        // A family name after the given name صباح stays.
        let n = "واستقبل الشيخ صباح الخالد الوفد.";
        assert!(!greeting(&person(n, "الخالد", "الخالد", &["صباح"])));
    }

    #[test]
    fn a_verb_joined_into_a_hashtag_is_no_name() {
        // "Campaigners launched the tag Samer#is-floundering": the verb of the hashtag's phrase.
        let s = "أطلق مغردون وسم \"سامر#يتخبط\" بعد قرار الوزير.";
        let e = person(s, "يتخبط", "يتخبط", &["سامر"]);
        assert!(hashtag_verb(s, &e));
        assert_eq!(read(s, &[e], &no_given, &no_full).strike, vec![true]);
        let u = "أطلق مغردون وسم #سامر_يتخبط بعد قرار الوزير.";
        assert!(hashtag_verb(u, &person(u, "يتخبط", "يتخبط", &["سامر"])));
        // The same verb after a space is not read by this rule, nor a name in a hashtag.
        let t = "وقال إن الفريق يتخبط منذ أسابيع.";
        assert!(!hashtag_verb(t, &person(t, "يتخبط", "يتخبط", &[])));
        let n = "أطلق مغردون وسم #سامر_الحلبي بعد قرار الوزير.";
        assert!(!hashtag_verb(n, &person(n, "الحلبي", "الحلبي", &["سامر"])));
    }

    #[test]
    fn a_name_after_a_crossing_noun_names_the_crossing() {
        let s = "وعاد اللاجئون عبر معبر سالم الشمالي بعد إغلاق دام شهرين.";
        let e = person(s, "الشمالي", "الشمالي", &["سالم"]);
        assert!(facility_name(s, &e));
        let r = read(s, &[e], &no_given, &no_full);
        assert_eq!(r.strike, vec![true]);
        let t = "وقال سالم الشمالي إن المعبر مغلق.";
        assert!(!facility_name(
            t,
            &person(t, "الشمالي", "الشمالي", &["سالم"])
        ));
    }

    #[test]
    fn a_name_after_a_settlement_noun_is_a_place() {
        // "Several neighbourhoods of the municipality of Bouzarek have had no water."
        let s = "تعيش أحياء ببلدية بوزريك منذ أيام بلا ماء، وقال سكان بوزريك إن الصهاريج تأخرت.";
        let e = person(s, "بوزريك", "بوزريك", &[]);
        assert!(settlement_name(s, &e));
        let r = read(s, &[e], &no_given, &no_full);
        assert_eq!((r.strike, r.place), (vec![false], vec![true]));
    }
}
