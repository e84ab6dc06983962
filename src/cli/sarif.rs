//! `isnad check --format sarif`: one SARIF 2.1.0 log (OASIS Static Analysis Results Interchange
//! Format) for GitHub code scanning and other SARIF viewers.
//!
//! The log is built from serde structs defined here, covering only the part of SARIF isnad writes
//! (tool and rules, results with regions, related locations and fixes, invocation notifications);
//! `tests/cli_sarif.rs` validates it against the official schema kept in `tests/data/`.
//!
//! Regions: the run's `columnKind` is `utf16CodeUnits` (SARIF's default, what GitHub and VS Code
//! expect), so `startColumn`/`endColumn` are 1-based UTF-16 code units from the start of the line
//! (a BOM at the start of the file not counted, as in the text output), `endColumn` the column after
//! the region, lines 1-based. Each region also carries `byteOffset`/`byteLength`: UTF-8 bytes from
//! the start of the file as read (BOM included), which is isnad's own unit. `charOffset` and
//! `charLength` are left out: SARIF counts them in "characters", a unit it does not tie to
//! `columnKind` as clearly as columns, and a consumer that misreads them would point at the wrong
//! place; line/column and byte offsets are exact.

use super::files::FileResult;
use crate::analysis::finding::Applicability;
use crate::analysis::{self, Finding, Lang, Severity};
use crate::text::LineIndex;
use serde::Serialize;
use std::io::{self, Write};

/// The `$schema` URI written in the log (the OASIS 2.1.0 errata 01 schema).
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The `uriBaseId` of relative artifact paths: the folder `isnad check` ran in.
pub const SRCROOT: &str = "%SRCROOT%";

/// A SARIF log (`sarifLog`): the version and one run.
#[derive(Serialize, Debug)]
pub struct Log {
    /// The schema URI.
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    /// Always "2.1.0".
    pub version: &'static str,
    /// One run of isnad.
    pub runs: Vec<Run>,
}

/// A `run`: the tool, the results, how columns are counted.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    /// isnad and its rules.
    pub tool: Tool,
    /// The base folder of relative paths (`%SRCROOT%` → `file:///…/`), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub original_uri_base_ids: Option<std::collections::BTreeMap<&'static str, ArtifactLocation>>,
    /// One invocation: whether every draft could be checked, and why not.
    pub invocations: Vec<Invocation>,
    /// Always "utf16CodeUnits".
    pub column_kind: &'static str,
    /// The findings.
    pub results: Vec<SarifResult>,
}

/// A `tool` with its `driver`.
#[derive(Serialize, Debug)]
pub struct Tool {
    /// isnad.
    pub driver: Driver,
}

/// A `toolComponent`: isnad, its version and its rules.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    /// "isnad".
    pub name: &'static str,
    /// The crate version.
    pub version: &'static str,
    /// Same as `version` (semver).
    pub semantic_version: &'static str,
    /// The project's home page.
    pub information_uri: &'static str,
    /// Every rule, in the order of [`analysis::RULES`]; results point at them by `ruleIndex`.
    pub rules: Vec<SarifRule>,
}

/// A `reportingDescriptor`: one rule.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SarifRule {
    /// The rule id (`name-variant`).
    pub id: &'static str,
    /// The id in UpperCamelCase (`NameVariant`), as SARIF suggests for `name`; left out when it
    /// would differ from the id only in case (`tatweel`), which the SARIF validator flags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The one-line summary in the output language.
    pub short_description: SarifText,
    /// The rule's documentation (`isnad explain RULE`): text and Markdown.
    pub help: Help,
    /// The rule's section of docs/rules.md.
    pub help_uri: String,
    /// The default level.
    pub default_configuration: Configuration,
}

/// A `message` (or `multiformatMessageString` without Markdown).
#[derive(Serialize, Debug, Clone)]
pub struct SarifText {
    /// Plain text.
    pub text: String,
}

/// A `multiformatMessageString` with text and Markdown.
#[derive(Serialize, Debug)]
pub struct Help {
    /// Plain text.
    pub text: String,
    /// The same in Markdown.
    pub markdown: String,
}

/// A `reportingConfiguration`: the default level of a rule.
#[derive(Serialize, Debug)]
pub struct Configuration {
    /// "error", "warning" or "note".
    pub level: &'static str,
}

/// An `invocation`.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Invocation {
    /// False when a path or a configuration could not be used or a draft could not be checked.
    pub execution_successful: bool,
    /// One error notification per such path.
    pub tool_execution_notifications: Vec<Notification>,
}

/// A `notification`: a file that could not be checked.
#[derive(Serialize, Debug)]
pub struct Notification {
    /// Always "error".
    pub level: &'static str,
    /// `path: reason`.
    pub message: SarifText,
}

/// A `result`: one finding.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    /// The rule id.
    pub rule_id: &'static str,
    /// Index of the rule in `tool.driver.rules`.
    pub rule_index: usize,
    /// "error", "warning" or "note" (information and hint).
    pub level: &'static str,
    /// The finding's message in the output language.
    pub message: SarifText,
    /// Where it is.
    pub locations: Vec<Location>,
    /// The other spellings of a name, the last speaker (`id` from 1).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<Location>,
    /// The finding's fixes, best first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<SarifFix>,
}

/// A `location`.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// Set on related locations (1, 2, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<usize>,
    /// The file and region.
    pub physical_location: PhysicalLocation,
    /// Set on related locations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<SarifText>,
}

/// A `physicalLocation`.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    /// The file.
    pub artifact_location: ArtifactLocation,
    /// The span.
    pub region: Region,
}

/// An `artifactLocation`: a URI, relative to `%SRCROOT%` when `uri_base_id` is set.
#[derive(Serialize, Debug, Clone)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactLocation {
    /// A percent-encoded URI reference.
    pub uri: String,
    /// `%SRCROOT%` for relative paths.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri_base_id: Option<&'static str>,
}

/// A text `region`: 1-based lines, 1-based UTF-16 columns (end exclusive), and the UTF-8 byte
/// offset and length.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    /// First line (1-based).
    pub start_line: usize,
    /// First column (1-based, UTF-16 code units).
    pub start_column: usize,
    /// Last line (1-based).
    pub end_line: usize,
    /// Column after the region (1-based, UTF-16 code units).
    pub end_column: usize,
    /// Byte offset of the region's start (0-based, UTF-8, BOM included).
    pub byte_offset: usize,
    /// Length in bytes.
    pub byte_length: usize,
}

/// A `fix`.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SarifFix {
    /// The fix's title.
    pub description: SarifText,
    /// The file's replacements.
    pub artifact_changes: Vec<ArtifactChange>,
    /// `{"applicability": "safe" | "unsafe" | "template"}` (see [`Applicability`]).
    pub properties: FixProperties,
}

/// The property bag of a fix.
#[derive(Serialize, Debug)]
pub struct FixProperties {
    /// "safe" (applied by `isnad check --fix`), "unsafe" (needs `--unsafe-fixes`) or "template"
    /// (a placeholder for the writer to complete, never applied by `--fix`).
    pub applicability: Applicability,
}

/// An `artifactChange`.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactChange {
    /// The file changed.
    pub artifact_location: ArtifactLocation,
    /// The edits.
    pub replacements: Vec<Replacement>,
}

/// A `replacement`: the region deleted (empty for an insertion) and the text put there.
#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Replacement {
    /// The bytes replaced.
    pub deleted_region: Region,
    /// The new text (absent for a pure deletion).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inserted_content: Option<SarifText>,
}

/// SARIF's level for a severity: error, warning, else note.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    }
}

/// `name-variant` → `NameVariant`.
fn camel(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// 1-based (line, UTF-16 column) of byte `offset` in `text` (clamped to the text; an offset inside
/// a character gives that character's column). A BOM at the start of the file is not counted.
pub fn utf16_position(text: &str, lines: &LineIndex, offset: usize) -> (usize, usize) {
    lines.utf16_position(text, offset)
}

/// The region of the byte range `range` (half-open) of `text`.
pub fn region(text: &str, lines: &LineIndex, range: &std::ops::Range<usize>) -> Region {
    let start = range.start.min(text.len());
    let end = range.end.clamp(start, text.len());
    let (start_line, start_column) = utf16_position(text, lines, start);
    let (end_line, end_column) = utf16_position(text, lines, end);
    Region {
        start_line,
        start_column,
        end_line,
        end_column,
        byte_offset: start,
        byte_length: end - start,
    }
}

/// Percent-encodes a path as a URI path (RFC 3986): unreserved characters and `/` are kept,
/// everything else (spaces, Arabic letters, `%`) is written as `%XX` of its UTF-8 bytes;
/// backslashes become `/`.
pub fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The artifact location of a draft shown as `display`: absolute paths as `file://` URIs, relative
/// ones (a leading `./` dropped) relative to `%SRCROOT%`.
pub fn artifact(display: &str) -> ArtifactLocation {
    if std::path::Path::new(display).is_absolute() {
        let p = encode_path(display);
        let p = if p.starts_with('/') {
            p
        } else {
            format!("/{p}")
        };
        return ArtifactLocation {
            uri: format!("file://{p}"),
            uri_base_id: None,
        };
    }
    ArtifactLocation {
        uri: encode_path(display.trim_start_matches("./")),
        uri_base_id: Some(SRCROOT),
    }
}

/// The rules of the driver, with summaries in `lang`.
pub fn rules(lang: Lang) -> Vec<SarifRule> {
    analysis::RULES
        .iter()
        .map(|r| r.meta())
        .map(|r| SarifRule {
            id: r.id.as_str(),
            name: Some(camel(r.id.as_str())).filter(|n| !n.eq_ignore_ascii_case(r.id.as_str())),
            short_description: SarifText {
                text: if lang == Lang::Ar {
                    r.summary_ar
                } else {
                    r.summary_en
                }
                .to_string(),
            },
            help: Help {
                text: r.doc.trim_end().to_string(),
                markdown: r.doc.trim_end().to_string(),
            },
            help_uri: analysis::doc_url(r.id.as_str()),
            default_configuration: Configuration {
                level: level(r.default_severity),
            },
        })
        .collect()
}

/// The region of a byte range in another draft, by that draft's shown path; `None` when it is not
/// known (the region is then line 1, column 1 with the byte offsets).
pub type OtherRegion<'a> = &'a dyn Fn(&str, &std::ops::Range<usize>) -> Option<Region>;

/// The SARIF result of finding `f` of the draft `r` (`lines` indexes `r.text`); `others` gives
/// the region of a range in another draft by its shown path (for related places in other
/// stories).
pub fn result(
    f: &Finding,
    r: &FileResult,
    lines: &LineIndex,
    others: OtherRegion,
    lang: Lang,
) -> SarifResult {
    let here = artifact(&r.display);
    let related = f
        .related
        .iter()
        .enumerate()
        .map(|(i, rel)| {
            let (loc, reg) = match rel.path.as_deref() {
                Some(p) if p != r.display => {
                    let reg = others(p, &rel.range).unwrap_or(Region {
                        start_line: 1,
                        start_column: 1,
                        end_line: 1,
                        end_column: 1,
                        byte_offset: rel.range.start,
                        byte_length: rel.range.len(),
                    });
                    (artifact(p), reg)
                }
                _ => (here.clone(), region(&r.text, lines, &rel.range)),
            };
            Location {
                id: Some(i + 1),
                physical_location: PhysicalLocation {
                    artifact_location: loc,
                    region: reg,
                },
                message: Some(SarifText {
                    text: rel.message.get(lang).to_string(),
                }),
            }
        })
        .collect();
    let fixes = f
        .fixes
        .iter()
        .map(|x| sarif_fix(x, &here, r, lines, lang))
        .collect();
    SarifResult {
        rule_id: f.rule,
        rule_index: analysis::RULES
            .iter()
            .position(|x| x.meta().id == f.rule)
            .unwrap_or(0),
        level: level(f.severity),
        message: SarifText {
            text: f.message.get(lang).to_string(),
        },
        locations: vec![Location {
            id: None,
            physical_location: PhysicalLocation {
                artifact_location: here,
                region: region(&r.text, lines, &f.range),
            },
            message: None,
        }],
        related_locations: related,
        fixes,
    }
}

/// The SARIF `fix` of fix `x` of a finding of draft `r` (`here`, its artifact; `lines` indexes
/// `r.text`): its title in `lang`, its edits as replacements, its applicability.
fn sarif_fix(
    x: &crate::analysis::Fix,
    here: &ArtifactLocation,
    r: &FileResult,
    lines: &LineIndex,
    lang: Lang,
) -> SarifFix {
    SarifFix {
        description: SarifText {
            text: x.title.get(lang).to_string(),
        },
        artifact_changes: vec![ArtifactChange {
            artifact_location: here.clone(),
            replacements: x
                .edits
                .iter()
                .map(|e| Replacement {
                    deleted_region: region(&r.text, lines, &e.range),
                    inserted_content: (!e.new_text.is_empty()).then(|| SarifText {
                        text: e.new_text.clone(),
                    }),
                })
                .collect(),
        }],
        properties: FixProperties {
            applicability: x.applicability,
        },
    }
}

/// The SARIF log of a check: `results` (findings already filtered by severity) and `errors`
/// ((path, message) of what could not be checked, as notifications), messages in `lang`.
pub fn log(results: &[FileResult], errors: &[(String, String)], lang: Lang) -> Log {
    let indexes: Vec<LineIndex> = results.iter().map(|r| LineIndex::new(&r.text)).collect();
    let others = |p: &str, range: &std::ops::Range<usize>| -> Option<Region> {
        let i = results.iter().position(|r| r.display == p)?;
        Some(region(&results[i].text, &indexes[i], range))
    };
    let mut out = Vec::new();
    let mut notes = notifications(errors, lang);
    for (r, lines) in results.iter().zip(&indexes) {
        let (found, note) = file_results(r, lines, &others, lang);
        out.extend(found);
        notes.extend(note);
    }
    assemble(out, notes, lang)
}

/// The notifications of the paths that could not be used: (path, message) in `errors`.
pub fn notifications(errors: &[(String, String)], lang: Lang) -> Vec<Notification> {
    errors
        .iter()
        .map(|(p, e)| Notification {
            level: "error",
            message: SarifText {
                text: format!("{p}: {}", super::output::file_error(e, lang)),
            },
        })
        .collect()
}

/// The SARIF results of one draft `r` (`lines` indexes `r.text`, `others` places related places
/// in other drafts), or its notification when it could not be checked.
pub fn file_results(
    r: &FileResult,
    lines: &LineIndex,
    others: OtherRegion,
    lang: Lang,
) -> (Vec<SarifResult>, Option<Notification>) {
    if let Some(e) = &r.error {
        let note = Notification {
            level: "error",
            message: SarifText {
                text: format!("{}: {}", r.display, super::output::file_error(e, lang)),
            },
        };
        return (Vec::new(), Some(note));
    }
    let found = r
        .findings
        .iter()
        .map(|f| result(f, r, lines, others, lang))
        .collect();
    (found, None)
}

/// The SARIF log of a check from its results and notifications (in output order).
///
/// Long: the one `Log` literal (tool, rules, base folder, invocation, results).
pub fn assemble(out: Vec<SarifResult>, notes: Vec<Notification>, lang: Lang) -> Log {
    let base = std::env::current_dir().ok().map(|d| {
        let p = encode_path(&d.to_string_lossy());
        let p = if p.starts_with('/') {
            p
        } else {
            format!("/{p}")
        };
        let p = if p.ends_with('/') { p } else { format!("{p}/") };
        std::collections::BTreeMap::from([(
            SRCROOT,
            ArtifactLocation {
                uri: format!("file://{p}"),
                uri_base_id: None,
            },
        )])
    });
    Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "isnad",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: env!("CARGO_PKG_REPOSITORY"),
                    rules: rules(lang),
                },
            },
            original_uri_base_ids: base,
            invocations: vec![Invocation {
                execution_successful: notes.is_empty(),
                tool_execution_notifications: notes,
            }],
            column_kind: "utf16CodeUnits",
            results: out,
        }],
    }
}

/// Writes the SARIF log of a check (see [`log`]) as pretty-printed JSON and a newline.
pub fn write(
    out: &mut impl Write,
    results: &[FileResult],
    errors: &[(String, String)],
    lang: Lang,
) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(results, errors, lang))?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_columns_count_astral_characters_twice_and_skip_the_bom() {
        // "قال 😀 «x»": the emoji is two UTF-16 code units, the Arabic letters one each.
        let t = "\u{FEFF}قال 😀 «x»\nب";
        let lines = LineIndex::new(t);
        let x = t.find('x').unwrap();
        assert_eq!(utf16_position(t, &lines, x), (1, 9));
        let r = region(t, &lines, &(x..x + 1));
        assert_eq!(
            r,
            Region {
                start_line: 1,
                start_column: 9,
                end_line: 1,
                end_column: 10,
                byte_offset: x,
                byte_length: 1
            }
        );
        let b = t.find('ب').unwrap();
        assert_eq!(utf16_position(t, &lines, b), (2, 1));
        // Past the end and inside a character: clamped, never a panic.
        assert_eq!(utf16_position(t, &lines, t.len() + 5), (2, 2));
        assert_eq!(utf16_position(t, &lines, b + 1), (2, 1));
    }

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            artifact("./أخبار/a b.md").uri,
            "%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/a%20b.md"
        );
        assert_eq!(artifact("stories/a.md").uri_base_id, Some(SRCROOT));
        assert_eq!(artifact("/tmp/x%.md").uri, "file:///tmp/x%25.md");
        assert_eq!(artifact("/tmp/x.md").uri_base_id, None);
        assert_eq!(camel("name-variant"), "NameVariant");
    }
}
