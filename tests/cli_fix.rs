//! `isnad check --fix`, `--unsafe-fixes` and `--diff` on a copy of the planted-faults draft (the
//! README's sample) in a temporary folder: exactly the fixed parts change, nothing else, only the
//! files that change are written, and a second run changes nothing.

use std::path::Path;
use std::time::{Duration, SystemTime};

#[path = "support/cli.rs"]
mod support;
use support::{TempDir, isnad, text, tmp};

fn planted() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drafts/planted-faults.md"),
    )
    .unwrap()
}

/// The planted draft with three hygiene faults pasted in: a right-to-left mark inside a word, a
/// Latin comma between Arabic words and a Persian yeh.
fn with_hygiene_faults(t: &str) -> String {
    let t2 = t
        .replacen("قطاع الكهرباء", "قطاع الكهر\u{200F}باء", 1)
        .replacen("مرحلة التنفيذ، في حين", "مرحلة التنفيذ, في حين", 1)
        .replacen("وعقد الوزير فياض", "وعقد الوزیر فياض", 1);
    assert_eq!(t2.matches(['\u{200F}', 'ی', ',']).count(), 3);
    t2
}

/// A folder with the faulty copy as story.md and an isnad.toml naming الفياض as a variant of the
/// house spelling فياض.
fn setup(name: &str) -> TempDir {
    let d = tmp(name);
    std::fs::write(d.join("story.md"), with_hygiene_faults(&planted())).unwrap();
    std::fs::write(
        d.join("isnad.toml"),
        "[spellings]\n\"فياض\" = [\"الفياض\"]\n",
    )
    .unwrap();
    d
}

#[test]
fn fix_applies_the_safe_fixes_only_and_a_second_run_changes_nothing() {
    let d = setup("safe");
    // A clean draft beside it is checked but never written.
    let clean = "قال وزير المالية سامر الخطيب إن الموازنة جاهزة.\n(المصدر: وكالة الأنباء)\n";
    std::fs::write(d.join("clean.md"), clean).unwrap();
    let old = SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(d.join("clean.md"))
        .unwrap()
        .set_modified(old)
        .unwrap();

    let out = isnad(&["check", "--fix", "story.md", "clean.md"], &d);
    // Two warnings are left: the unattributed quotation's and the missing credit's fixes are
    // templates or guesses only the writer can complete or confirm (never applied by --fix).
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "isnad: story.md: fixed 4 (invisible-char ×1, latin-punctuation ×1, lookalike-letter ×1, name-variant ×1)\n\
         isnad: fixed 4 in 1 file(s)\n"
    );
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("story.md:1:1: warning[missing-credit]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("story.md:9:1: warning[unattributed-quote]"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with(
            "0 error(s), 2 warning(s), 0 other in 2 file(s); \
             1 below --min-severity not shown (--min-severity information shows them)\n"
        ),
        "{stdout}"
    );
    // Exactly the planted draft again, with the house spelling: the three hygiene faults are gone
    // and nothing else moved.
    let fixed = std::fs::read_to_string(d.join("story.md")).unwrap();
    assert_eq!(fixed, planted().replacen("وأضاف الفياض", "وأضاف فياض", 1));
    // The clean file was not rewritten.
    assert_eq!(std::fs::read_to_string(d.join("clean.md")).unwrap(), clean);
    assert_eq!(
        std::fs::metadata(d.join("clean.md"))
            .unwrap()
            .modified()
            .unwrap(),
        old
    );

    // Twice: nothing left to fix, nothing written.
    let before = std::fs::metadata(d.join("story.md"))
        .unwrap()
        .modified()
        .unwrap();
    let again = isnad(&["check", "--fix", "story.md"], &d);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(text(&again.stderr), "isnad: fixed 0 in 0 file(s)\n");
    assert_eq!(std::fs::read_to_string(d.join("story.md")).unwrap(), fixed);
    assert_eq!(
        std::fs::metadata(d.join("story.md"))
            .unwrap()
            .modified()
            .unwrap(),
        before
    );
}

#[test]
fn unsafe_fixes_add_neither_the_attribution_nor_the_credit_template() {
    let d = setup("unsafe");
    let out = isnad(&["check", "--fix", "--unsafe-fixes", "story.md"], &d);
    // The body cites no agency, so the credit line would be the template «(المصدر: [الوكالة])»:
    // only the writer can complete it, so --fix never writes it, and the story is still flagged.
    // Nor does it write a speaker for the uncredited quotation: only the writer knows who spoke.
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert_eq!(
        text(&out.stderr),
        // The Persian yeh of «الوزیر فياض» is also a second spelling of the name: with unsafe
        // fixes the name's respelling (earlier in the text) takes it.
        "isnad: story.md: fixed 4 (invisible-char ×1, latin-punctuation ×1, name-variant ×2)\n\
         isnad: fixed 4 in 1 file(s)\n"
    );
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("story.md:1:1: warning[missing-credit]: No story credit"),
        "{stdout}"
    );
    assert!(
        stdout.ends_with(
            "\n0 error(s), 2 warning(s), 0 other in 1 file(s); \
             1 below --min-severity not shown (--min-severity information shows them)\n"
        ),
        "{stdout}"
    );
    let want = planted().replacen("وأضاف الفياض", "وأضاف فياض", 1);
    assert_eq!(std::fs::read_to_string(d.join("story.md")).unwrap(), want);
    let again = isnad(&["check", "--fix", "--unsafe-fixes", "story.md"], &d);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(d.join("story.md")).unwrap(), want);
}

#[test]
fn diff_shows_the_change_and_writes_nothing() {
    let d = setup("diff");
    let faulty = std::fs::read_to_string(d.join("story.md")).unwrap();
    let out = isnad(&["check", "--diff", "story.md"], &d);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(d.join("story.md")).unwrap(), faulty);
    let diff = text(&out.stdout);
    let lines: Vec<&str> = faulty.lines().collect();
    let fixed: Vec<String> = planted()
        .replacen("وأضاف الفياض", "وأضاف فياض", 1)
        .lines()
        .map(String::from)
        .collect();
    let want = format!(
        "--- a/story.md\n+++ b/story.md\n@@ -1,10 +1,10 @@\n-{}\n+{}\n \n-{}\n+{}\n \n {}\n \n-{}\n+{}\n \n {}\n \n",
        lines[0], fixed[0], lines[2], fixed[2], lines[4], lines[6], fixed[6], lines[8]
    );
    assert_eq!(diff, want);
    assert_eq!(
        text(&out.stderr),
        "isnad: story.md: would fix 4 (invisible-char ×1, latin-punctuation ×1, lookalike-letter ×1, name-variant ×1)\n\
         isnad: 1 more fix(es) need reading (name-variant ×1): \
         --diff --unsafe-fixes shows them, --fix --unsafe-fixes applies them\n"
    );
    // After --fix, --diff has nothing to show and exits 0.
    assert_eq!(
        isnad(&["check", "--fix", "story.md"], &d).status.code(),
        Some(1)
    );
    let none = isnad(&["check", "--diff", "story.md"], &d);
    assert_eq!(none.status.code(), Some(0));
    assert_eq!(text(&none.stdout), "");
    // Nothing is left that --unsafe-fixes would change: the attribution is the writer's.
    assert_eq!(text(&none.stderr), "");
}

#[test]
fn unsafe_fixes_alone_is_a_usage_error() {
    let d = setup("usage");
    let out = isnad(&["check", "--unsafe-fixes", "story.md"], &d);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "isnad: --unsafe-fixes goes with --fix or --diff\n"
    );
    let ar = isnad(&["check", "--lang", "ar", "--unsafe-fixes", "story.md"], &d);
    assert_eq!(ar.status.code(), Some(2));
    assert_eq!(
        text(&ar.stderr),
        "isnad: الخيار \u{200E}--unsafe-fixes يُستعمل مع \u{200E}--fix أو \u{200E}--diff\n"
    );
}

#[test]
fn a_draft_under_a_broken_isnad_toml_is_not_fixed_and_the_others_are() {
    // The newsroom turned the comma and letter fixes off, but its isnad.toml has a syntax error:
    // the embedded profile checks the draft, and its fixes (which the house turned off) are not
    // written. A draft in another folder, with no isnad.toml, is fixed as usual.
    let d = tmp("broken-toml");
    let house = d.join("house");
    let other = d.join("other");
    std::fs::create_dir_all(&house).unwrap();
    std::fs::create_dir_all(&other).unwrap();
    let draft = "قال الوزير سامر الخطيب, إن \"الحکومة تعمل\".\n(المصدر: وكالة الأنباء)\n";
    std::fs::write(house.join("a.md"), draft).unwrap();
    std::fs::write(other.join("b.md"), draft).unwrap();
    std::fs::write(
        house.join("isnad.toml"),
        "[rules]\nlatin-punctuation = \"off\"\nlookalike-letter = \"off\"\nbad = = 1\n",
    )
    .unwrap();

    let out = isnad(&["check", "--fix", "house", "other"], &d);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(house.join("a.md")).unwrap(), draft);
    assert_eq!(
        std::fs::read_to_string(other.join("b.md")).unwrap(),
        draft.replace(',', "،").replace('ک', "ك")
    );
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with(
            "isnad: house/a.md: not fixed: house/isnad.toml could not be used (fix its errors first)\n\
             isnad: other/b.md: fixed 2 (latin-punctuation ×1, lookalike-letter ×1)\n\
             isnad: fixed 2 in 1 file(s)\n"
        ),
        "{stderr}"
    );

    // --diff shows nothing for the draft under the broken file either.
    std::fs::write(other.join("b.md"), draft).unwrap();
    let out = isnad(&["check", "--diff", "house"], &d);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stdout), "");
    assert!(
        text(&out.stderr).starts_with(
            "isnad: house/a.md: not fixed: house/isnad.toml could not be used (fix its errors first)\n"
        ),
        "{}",
        text(&out.stderr)
    );
}
