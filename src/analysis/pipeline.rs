//! The pipeline every front end runs, for one draft ([`analyze`]) and for several ([`analyze_set`]):
//! the command line (`isnad check`, `isnad report`), the language server's diagnostics, its
//! workspace index ([`names()`]) and its review sheet. Each step is written once, here:
//!
//! 1. the rules run on each draft with its own profile (the house style of its `isnad.toml`);
//! 2. severities: the profile's overrides, a disabled rule's findings dropped ([`severity_of`]);
//! 3. suppression: the draft's `<!-- isnad-disable ... -->` comments (`settle`);
//! 4. the cross-story step: `name-variant` across the drafts of a set
//!    ([`crate::analysis::names::across`]), each draft's cross-story findings from its own profile,
//!    made to agree with its in-story fixes and merged into its findings ([`merge_cross`]);
//! 5. the stable order of findings: start offset, then rule id, then end offset ([`sort`]).
//!
//! Several drafts ([`analyze_set`]) go through in two passes so that memory does not grow with
//! the folder's text: each draft is read (by the front end's `load`), analysed and handed to the
//! front end's `keep` in parallel on rayon's pool, then its text and analysis are dropped and
//! only its [`Summary`] (the names that can take part across stories, its conventions and
//! suppression comments) stays; the cross-story step then runs once over the summaries. The
//! front end merges each draft's cross-story findings ([`merge_cross`]) when it has the text
//! again ([`analyze_texts`] when every text is at hand).
//!
//! Panics: the pipeline does no I/O, so it does not report a panic itself; a front end passes a
//! [`Contain`] that runs each draft's analysis and the cross-story step apart and reports a panic
//! its own way (standard error for the command line, the log for the server).

use super::names::across::{self, Conventions, CrossName, Name, NameRef, StoryNames};
use super::names::{self, Entity};
use super::suppress::Directives;
use super::{Analysis, Context, Finding, Severity};
use crate::profile::Profile;
use crate::text::{Document, Format, LineIndex};

/// How a front end runs one step of [`analyze_set`] (one draft's analysis, or the cross-story
/// step) so that a panic in it does not stop the others.
pub trait Contain {
    /// Runs `f` and returns its value; `None` when it panicked (the front end has reported the
    /// panic, naming `what`: the draft's path, or "names across stories").
    fn run<T>(&self, what: &str, f: impl FnOnce() -> T) -> Option<T>;

    /// Called inside [`Contain::run`] with a draft's text just before it is analysed (test hooks
    /// of debug builds that panic on a chosen text). Does nothing by default.
    fn before(&self, text: &str) {
        let _ = text;
    }
}

/// No containment: a panic goes up to the caller (tests, and callers that contain the whole run).
pub struct Propagate;

impl Contain for Propagate {
    fn run<T>(&self, _what: &str, f: impl FnOnce() -> T) -> Option<T> {
        Some(f())
    }
}

/// The one-draft pipeline: analyses `text` as a draft of `format` with `profile` (every rule, the
/// profile's severities and disabled rules, the draft's suppression comments, findings in the
/// stable order of [`sort`]). Byte ranges are UTF-8 offsets into `text`, half-open.
pub fn analyze(text: &str, format: Format, profile: &Profile) -> Analysis {
    super::analyze_text(text, format, profile)
}

/// The names of `text` (a draft of `format`, with `profile`) exactly as [`analyze`] finds them
/// (`Analysis::names`), without running the rules: what the language server's workspace index
/// keeps of a draft it does not show.
pub fn names(text: &str, format: Format, profile: &Profile) -> Vec<Entity> {
    let doc = Document::new(text, format);
    names::detect(&Context::new(&doc, profile))
}

/// The severity of rule `rule` under `profile`: the profile's override, else `default`; `None`
/// when the profile turns the rule off.
pub fn severity_of(profile: &Profile, rule: &str, default: Severity) -> Option<Severity> {
    match profile.severities.get(rule) {
        Some(None) => None,
        Some(Some(s)) => Some(*s),
        None => Some(default),
    }
}

/// Steps 2, 3 and 5 for one draft's in-story `findings` (of the document and profile of `cx`):
/// each finding takes the profile's severity for its rule, findings of disabled rules and
/// findings the draft's suppression comments cover are dropped, a `lookalike-letter` finding
/// inside a `name-variant` one is dropped (one slip, one finding:
/// `lookalike_letter::drop_inside_name_variants`), and the rest are sorted.
///
/// A directive naming its rules that suppressed none of them is then reported
/// (`suppression_comment::unused`).
pub(crate) fn settle(cx: &Context, findings: &mut Vec<Finding>) {
    let mut used = vec![false; cx.directives.len()];
    findings.retain_mut(|f| {
        let Some(sev) = severity_of(cx.profile, f.rule, f.severity) else {
            return false;
        };
        f.severity = sev;
        // The line index is asked for only when there are directives (see `Document::lines`).
        if cx.directives.is_empty() {
            return true;
        }
        let mut kept = true;
        for i in cx
            .directives
            .suppressors(f.rule, f.range.start, cx.doc.lines())
        {
            used[i] = true;
            kept = false;
        }
        kept
    });
    super::hygiene::lookalike_letter::drop_inside_name_variants(cx.doc.source, findings);
    super::hygiene::suppression_comment::unused(cx, &used, findings);
    sort(findings);
}

/// Sorts findings by start offset, then rule id, then end offset (stable: findings equal on all
/// three keep their order).
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (a.range.start, a.rule, a.range.end).cmp(&(b.range.start, b.rule, b.range.end))
    });
}

/// Adds the cross-story findings `cross` of one draft (text `source`, findings `findings`) to its
/// findings: each first makes the in-story `name-variant` fixes agree with it
/// ([`across::agree`]), then is added; the findings are then sorted ([`sort`]).
pub fn merge_cross(source: &str, findings: &mut Vec<Finding>, cross: Vec<Finding>) {
    if cross.is_empty() {
        return;
    }
    for f in cross {
        across::agree(source, findings, &f);
        findings.push(f);
    }
    sort(findings);
}

/// The cross-story `name-variant` findings of `stories`, each story's from its own profile
/// (`profiles[i]` for `stories[i]`: [`across::across`] runs once per distinct profile, by
/// address, and keeps the findings of the stories with that profile). Returns one list per story,
/// in text order. Nothing for fewer than two stories.
pub fn cross_findings<N: NameRef>(
    stories: &[StoryNames<N>],
    profiles: &[&Profile],
) -> Vec<Vec<Finding>> {
    let mut out: Vec<Vec<Finding>> = vec![Vec::new(); stories.len()];
    if stories.len() < 2 {
        return out;
    }
    let mut done: Vec<*const Profile> = Vec::new();
    for &p in profiles {
        if done.contains(&(p as *const Profile)) {
            continue;
        }
        done.push(p);
        for (si, f) in across::across(p, stories) {
            if std::ptr::eq(profiles[si], p) {
                out[si].push(f);
            }
        }
    }
    out
}

/// What the cross-story step needs of one draft once its text, document and analysis are dropped:
/// its names, its orthographic conventions and its suppression comments. Built by
/// [`analyze_summarized`]; small (no text; the names in their compact form, [`Name`]).
#[derive(Debug)]
pub struct Summary {
    /// The names that can take part across stories (those of `Analysis::names` that
    /// [`across::confident`] keeps, in order, as compact [`Name`]s), byte ranges into the draft's
    /// text. Empty for a text of 4 GiB or more (its ranges do not fit [`Name`]'s `u32`).
    pub names: Box<[Name]>,
    /// Its orthographic conventions (read from the text). Left at the default by
    /// [`analyze_set`] for a set of one draft, which has no cross-story step to read them.
    pub conventions: Conventions,
    /// Its suppression comments with its line index (for line-scoped ones); `None` when the draft
    /// has no HTML comment at all (most drafts: boxed, so they pay one word).
    suppress: Option<Box<(Directives, LineIndex)>>,
}

impl Summary {
    /// True when the draft's suppression comments turn `rule` off at byte offset `at`.
    pub fn suppresses(&self, rule: &str, at: usize) -> bool {
        self.suppress
            .as_ref()
            .is_some_and(|b| b.0.suppresses(rule, at, &b.1))
    }
}

/// The one-draft pipeline of [`analyze`] with the draft's [`Summary`]: the document is built once
/// for both. Byte ranges are UTF-8 offsets into `text`, half-open.
pub fn analyze_summarized(text: &str, format: Format, profile: &Profile) -> (Analysis, Summary) {
    summarized(text, format, profile, true)
}

/// [`analyze_summarized`], reading the text's orthographic conventions only when `conventions`
/// is true (else `Summary::conventions` is the default): a pass over every byte of the text that
/// only the cross-story step reads.
fn summarized(
    text: &str,
    format: Format,
    profile: &Profile,
    conventions: bool,
) -> (Analysis, Summary) {
    let doc = Document::new(text, format);
    let analysis = super::analyze(&doc, profile);
    let suppress = (!doc.masked.comments.is_empty())
        .then(|| Box::new((Directives::parse(&doc), doc.lines().clone())));
    // Only the names that can take part across stories are kept (the others are most of them),
    // compact, in a list of the exact size: the summaries of a whole folder are held at once.
    let names: Box<[Name]> = analysis
        .names
        .iter()
        .filter(|e| across::confident(e))
        .map(Name::of)
        .collect::<Option<Box<[Name]>>>()
        .unwrap_or_default();
    let summary = Summary {
        names,
        conventions: if conventions {
            Conventions::of(text)
        } else {
            Conventions::default()
        },
        suppress,
    };
    (analysis, summary)
}

/// One draft of a set: how it is named, read and checked (its text is read by the front end's
/// `load`, see [`analyze_set`]).
#[derive(Clone, Copy)]
pub struct Draft<'a> {
    /// How the draft is named: in the related places of other drafts' cross-story findings
    /// (`Related::path`) and to [`Contain::run`].
    pub path: &'a str,
    /// Its format.
    pub format: Format,
    /// The profile that applies to its path (its own `isnad.toml`).
    pub profile: &'a Profile,
}

/// Why a draft of a set has no result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failed {
    /// Its text could not be read: the front end's message.
    Read(String),
    /// Its analysis panicked (the front end's [`Contain`] has reported it).
    Panicked,
}

/// What [`analyze_set`] returns.
#[derive(Debug)]
pub struct Set<T> {
    /// One entry per draft, in the order given: what the front end kept of it (`keep`), or why
    /// there is nothing.
    pub kept: Vec<Result<T, Failed>>,
    /// One list per draft, in the order given: its cross-story findings (sorted by start offset,
    /// its profile's severity, its suppression comments applied), to merge into its findings
    /// with [`merge_cross`] (which needs the text). Empty for a draft that failed.
    pub cross: Vec<Vec<Finding>>,
    /// The names spelled differently across the drafts (the inconsistent groups of
    /// [`across::groups`], with the profile of the first draft analysed), when asked for;
    /// `StoryPart::story` is an index into the drafts given.
    pub across: Vec<CrossName>,
    /// True when the cross-story step panicked (no cross-story finding nor group was found).
    pub cross_failed: bool,
}

/// The pipeline for several drafts, on every core of rayon's current pool, in two passes.
///
/// 1. Each draft in parallel: its text from `load(i)` (the front end's reading; an `Err` message
///    becomes [`Failed::Read`]), then, under `contain`, [`analyze_summarized`] and
///    `keep(i, text, analysis, summary)`: what the front end keeps of the draft (its findings,
///    rendered or not). The text, document and analysis are then dropped, so memory holds one
///    draft per thread plus what is kept and the summaries. `tick()` is called once per draft
///    done (progress).
/// 2. With two or more drafts analysed, the cross-story step once over the summaries, under
///    `contain`: [`cross_findings`] (suppression comments applied from the summaries) and, when
///    `groups` is true, the inconsistent groups of [`across::groups`].
///
/// The results are in the order of `drafts` whatever the number of threads, and the same as
/// analysing the drafts one by one. Merging each draft's cross-story findings into its findings
/// ([`merge_cross`]) is left to the front end, which has the text.
pub fn analyze_set<T, L, K, C>(
    drafts: &[Draft],
    load: L,
    keep: K,
    groups: bool,
    contain: &C,
    tick: &(dyn Fn() + Sync),
) -> Set<T>
where
    T: Send,
    L: Fn(usize) -> Result<String, String> + Sync,
    K: Fn(usize, &str, Analysis, &Summary) -> T + Sync,
    C: Contain + Sync,
{
    use rayon::prelude::*;
    // One draft alone has no cross-story step ([`cross_step`]): its conventions are not read.
    let across = drafts.len() >= 2;
    // Straight into two lists in draft order (no third list of pairs held beside them).
    let (kept, summaries): (Vec<Result<T, Failed>>, Vec<Option<Summary>>) = drafts
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
            let out = match load(i) {
                Err(e) => Err(Failed::Read(e)),
                Ok(text) => contain
                    .run(d.path, || {
                        contain.before(&text);
                        let (a, s) = summarized(&text, d.format, d.profile, across);
                        (keep(i, &text, a, &s), s)
                    })
                    .ok_or(Failed::Panicked),
            };
            tick();
            match out {
                Ok((t, s)) => (Ok(t), Some(s)),
                Err(e) => (Err(e), None),
            }
        })
        .unzip();
    let mut set = Set {
        kept,
        cross: vec![Vec::new(); drafts.len()],
        across: Vec::new(),
        cross_failed: false,
    };
    cross_step(drafts, &summaries, groups, contain, &mut set);
    set
}

/// Pass 2 of [`analyze_set`]: with two or more drafts analysed (those with a summary in
/// `summaries`, one entry per draft of `drafts`), the cross-story step once, under `contain`:
/// each draft's cross-story findings into `set.cross` (suppression comments applied from its
/// summary) and, when `groups` is true, the inconsistent groups into `set.across` (story indices into
/// `drafts`); a panic sets `set.cross_failed`.
fn cross_step<T, C: Contain>(
    drafts: &[Draft],
    summaries: &[Option<Summary>],
    groups: bool,
    contain: &C,
    set: &mut Set<T>,
) {
    let readable: Vec<usize> = (0..drafts.len())
        .filter(|&i| summaries[i].is_some())
        .collect();
    if readable.len() < 2 {
        return;
    }
    let stories: Vec<StoryNames<Name>> = readable
        .iter()
        .filter_map(|&i| {
            let s = summaries[i].as_ref()?;
            Some(StoryNames {
                path: drafts[i].path,
                text: "",
                format: drafts[i].format,
                entities: &s.names,
                conventions: Some(s.conventions),
            })
        })
        .collect();
    let profiles: Vec<&Profile> = readable.iter().map(|&i| drafts[i].profile).collect();
    let found = contain.run("names across stories", || {
        let found = cross_findings(&stories, &profiles);
        let mut kept = Vec::new();
        if groups {
            // Only the inconsistent names are listed: the others are not kept.
            across::groups_each(profiles[0], &stories, |g| {
                if g.inconsistent() {
                    kept.push(g);
                }
            });
        }
        let groups = kept;
        (found, groups)
    });
    match found {
        Some((found, mut groups)) => {
            for (si, mut cross) in found.into_iter().enumerate() {
                let i = readable[si];
                // The stories were given without their text, so their suppression comments are
                // applied here, from the summaries (as `across::across` does from the text).
                if let Some(s) = &summaries[i] {
                    cross.retain(|f| !s.suppresses(f.rule, f.range.start));
                }
                set.cross[i] = cross;
            }
            for g in &mut groups {
                for p in &mut g.stories {
                    p.story = readable[p.story];
                }
            }
            set.across = groups;
        }
        None => set.cross_failed = true,
    }
}

/// [`analyze_set`] over drafts whose texts are at hand (`texts[i]` for `drafts[i]`, `Err` with
/// the message when it could not be read), with each draft's cross-story findings merged into its
/// analysis ([`merge_cross`]): one analysis per draft, in order (`Err` when it could not be read or
/// its analysis panicked), the groups when `groups` is true, and whether the cross-story step
/// panicked. For front ends that keep every analysis anyway (the editor's review sheet, tests).
pub fn analyze_texts<C: Contain + Sync>(
    drafts: &[Draft],
    texts: &[Result<&str, String>],
    groups: bool,
    contain: &C,
) -> Set<Analysis> {
    let mut set = analyze_set(
        drafts,
        |i| texts[i].clone().map(str::to_string),
        |_, _, a, _| a,
        groups,
        contain,
        &|| {},
    );
    for (i, (k, cross)) in set.kept.iter_mut().zip(&mut set.cross).enumerate() {
        if let (Ok(a), Ok(text)) = (k, &texts[i]) {
            merge_cross(text, &mut a.findings, std::mem::take(cross));
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::names::NameKind;
    use crate::profile::config::Config;

    const A: &str = "أكد اللواء علي مملوك أن التعاون مستمر. وقال مملوك إن الوضع مستقر في البلاد.\n";
    const B: &str = "وأجرى اللواء علي مملوك مباحثات في طهران. وأضاف مملوك أن الأمن مستقر.\n";
    const C: &str = "التقى اللواء علي المملوك وفداً. وقال المملوك إن العلاقات جيدة.\n";

    fn draft<'a>(
        path: &'a str,
        text: Option<&'a str>,
        profile: &'a Profile,
    ) -> (Draft<'a>, Option<&'a str>) {
        (
            Draft {
                path,
                format: Format::Plain,
                profile,
            },
            text,
        )
    }

    /// The set pipeline over `drafts` (each with its text, `None`: unreadable), cross-story
    /// findings merged.
    fn run(drafts: &[(Draft, Option<&str>)], groups: bool) -> Set<Analysis> {
        let d: Vec<Draft> = drafts.iter().map(|x| x.0).collect();
        let t: Vec<Result<&str, String>> = drafts
            .iter()
            .map(|x| x.1.ok_or_else(|| "unreadable".to_string()))
            .collect();
        analyze_texts(&d, &t, groups, &Propagate)
    }

    #[test]
    fn a_set_adds_the_cross_story_finding_to_the_draft_it_concerns() {
        let p = Profile::embedded();
        let drafts = [
            draft("a.txt", Some(A), &p),
            draft("broken.txt", None, &p),
            draft("b.txt", Some(B), &p),
            draft("c.txt", Some(C), &p),
        ];
        let set = run(&drafts, true);
        assert!(!set.cross_failed);
        assert_eq!(
            set.kept[1].as_ref().err(),
            Some(&Failed::Read("unreadable".into()))
        );
        let c = set.kept[3].as_ref().unwrap();
        let cross: Vec<&Finding> = c
            .findings
            .iter()
            .filter(|f| f.related.iter().any(|r| r.path.is_some()))
            .collect();
        assert_eq!(cross.len(), 1, "{:?}", c.findings);
        assert_eq!(cross[0].rule, "name-variant");
        assert_eq!(&C[cross[0].range.clone()], "المملوك");
        assert_eq!(cross[0].related[0].path.as_deref(), Some("a.txt"));
        // The other drafts use the folder's spelling: no cross-story finding there.
        for i in [0, 2] {
            let a = set.kept[i].as_ref().unwrap();
            assert!(
                a.findings
                    .iter()
                    .all(|f| f.related.iter().all(|r| r.path.is_none())),
                "{:?}",
                a.findings
            );
        }
        // The group names drafts by their index in the set (the unreadable one counted).
        let g = set
            .across
            .iter()
            .find(|g| g.inconsistent())
            .expect("a group");
        let mut stories: Vec<usize> = g.stories.iter().map(|s| s.story).collect();
        stories.sort();
        assert_eq!(stories, [0, 2, 3]);
        // One draft alone: the one-draft pipeline, nothing across.
        let one = run(&drafts[3..], true);
        assert_eq!(
            one.kept[0].as_ref().unwrap().findings.len(),
            analyze(C, Format::Plain, &p).findings.len()
        );
        assert!(one.across.is_empty());
    }

    #[test]
    fn a_set_keeps_only_the_names_spelled_differently() {
        // سورية is spelled one way in the three drafts: grouped, but not kept for the report.
        let p = Profile::embedded();
        let a = "أكد اللواء علي مملوك أن التعاون مستمر في سورية. وقال مملوك إن الوضع مستقر.\n";
        let b = "وأجرى اللواء علي مملوك مباحثات في طهران وسورية. وأضاف مملوك أن الأمن مستقر.\n";
        let c = "التقى اللواء علي المملوك وفداً في سورية. وقال المملوك إن العلاقات جيدة.\n";
        let drafts = [
            draft("a.txt", Some(a), &p),
            draft("b.txt", Some(b), &p),
            draft("c.txt", Some(c), &p),
        ];
        let set = run(&drafts, true);
        let kept: Vec<(NameKind, &str, Vec<usize>)> = set
            .across
            .iter()
            .map(|g| {
                (
                    g.kind,
                    g.preferred.as_str(),
                    g.stories.iter().map(|s| s.story).collect(),
                )
            })
            .collect();
        assert_eq!(kept, [(NameKind::Person, "مملوك", vec![0, 1, 2])]);
    }

    #[test]
    fn each_draft_gets_its_cross_story_findings_from_its_own_profile() {
        let plain = Profile::embedded();
        let quiet =
            Profile::with_config(&Config::parse("[rules]\nname-variant = \"off\"\n").unwrap());
        // c.txt's own isnad.toml turns name-variant off; a.txt and b.txt keep the defaults.
        let drafts = [
            draft("a.txt", Some(A), &plain),
            draft("b.txt", Some(B), &plain),
            draft("c.txt", Some(C), &quiet),
        ];
        let set = run(&drafts, false);
        let c = set.kept[2].as_ref().unwrap();
        assert!(
            c.findings.iter().all(|f| f.rule != "name-variant"),
            "{:?}",
            c.findings
        );
        // With the default profile everywhere the finding is there.
        let drafts = [
            draft("a.txt", Some(A), &plain),
            draft("b.txt", Some(B), &plain),
            draft("c.txt", Some(C), &plain),
        ];
        let set = run(&drafts, false);
        let c = set.kept[2].as_ref().unwrap();
        assert_eq!(
            c.findings
                .iter()
                .filter(|f| f.rule == "name-variant")
                .count(),
            1
        );
    }

    #[test]
    fn a_suppression_comment_in_a_draft_drops_its_cross_story_finding() {
        // The stories reach the cross-story step without their texts: c.md's comment is read
        // from its summary.
        let p = Profile::embedded();
        let c = format!("<!-- isnad-disable name-variant -->\n{C}");
        let drafts = [
            draft("a.md", Some(A), &p),
            draft("b.md", Some(B), &p),
            draft("c.md", Some(c.as_str()), &p),
        ];
        let d: Vec<Draft> = drafts.iter().map(|x| x.0).collect();
        let texts: Vec<Result<String, String>> = drafts
            .iter()
            .map(|x| Ok(x.1.unwrap().to_string()))
            .collect();
        let set = analyze_set(
            &d,
            |i| texts[i].clone(),
            |_, _, _, _| (),
            false,
            &Propagate,
            &|| {},
        );
        assert!(set.cross.iter().all(Vec::is_empty), "{:?}", set.cross);
        // Without the comment, c.md gets one, on its first المملوك.
        let set = run(&[drafts[0], drafts[1], draft("c.md", Some(C), &p)], false);
        let cross: Vec<&Finding> = set.kept[2]
            .as_ref()
            .unwrap()
            .findings
            .iter()
            .filter(|f| f.rule == "name-variant" && f.related.iter().any(|r| r.path.is_some()))
            .collect();
        assert_eq!(cross.len(), 1);
        assert_eq!(&C[cross[0].range.clone()], "المملوك");
    }

    #[test]
    fn a_summary_keeps_the_names_that_take_part_across_stories() {
        // علي مملوك (a general named in full) takes part; the ministry's spokesman has no name.
        let p = Profile::embedded();
        let (a, s) = analyze_summarized(A, Format::Plain, &p);
        assert_eq!(
            s.names.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(),
            a.names
                .iter()
                .filter(|e| across::confident(e))
                .map(|e| e.key.as_str())
                .collect::<Vec<_>>()
        );
        assert!(
            s.names
                .iter()
                .any(|e| e.mentions.iter().any(|m| &A[m.range()] == "مملوك")),
            "{:?}",
            s.names
        );
        assert!(!s.suppresses("name-variant", 0));
    }

    #[test]
    fn names_are_the_analysis_names() {
        let p = Profile::embedded();
        let keys = |v: &[Entity]| -> Vec<(String, usize)> {
            v.iter()
                .map(|e| (e.key.clone(), e.mentions.len()))
                .collect()
        };
        let full = analyze(A, Format::Plain, &p);
        assert!(!full.names.is_empty());
        assert_eq!(keys(&names(A, Format::Plain, &p)), keys(&full.names));
    }

    #[test]
    fn settle_applies_overrides_and_suppression_then_sorts() {
        let bare = "وقال الوزير: «سنفتح المعبر غداً أمام الشاحنات».\n\n«الوضع صعب جداً في كل المناطق ولا نعرف متى ينتهي».\n";
        let text = "وقال الوزير: «سنفتح المعبر غداً أمام الشاحنات».\n<!-- isnad-disable-next-line unattributed-quote -->\n«الوضع صعب جداً في كل المناطق ولا نعرف متى ينتهي».\n";
        let p = Profile::embedded();
        assert_eq!(
            severity_of(&p, "tatweel", Severity::Information),
            Some(Severity::Information)
        );
        let off = Profile::with_config(&Config::parse("[rules]\ntatweel = \"off\"\n").unwrap());
        assert_eq!(severity_of(&off, "tatweel", Severity::Information), None);
        // Without the comment the quotation is flagged; with it, it is not.
        let flagged: Vec<&str> = analyze(bare, Format::Markdown, &p)
            .findings
            .iter()
            .map(|f| f.rule)
            .collect();
        assert!(flagged.contains(&"unattributed-quote"), "{flagged:?}");
        let a = analyze(text, Format::Markdown, &p);
        assert!(
            a.findings.iter().all(|f| f.rule != "unattributed-quote"),
            "{:?}",
            a.findings
        );
        let starts: Vec<usize> = a.findings.iter().map(|f| f.range.start).collect();
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted);
    }
}
