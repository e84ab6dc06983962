//! The `isnad.review` command: the fact-check review sheet (see [`crate::report`]) of the current
//! draft or of the whole workspace, as Markdown or as a self-contained right-to-left HTML page,
//! returned to the editor as a string.
//!
//! The server gathers the stories (each open draft from the editor's buffer, never from disk; the
//! other drafts of the workspace folders from disk), builds the sheet with [`report::review`] and
//! calls [`render`]; the rest of this module
//! is the command's arguments and how stories are named in the sheet.

use crate::report::{self, Report};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use tower_lsp_server::ls_types::Uri;

/// `workspace/executeCommand`: the review sheet. One optional argument, a [`ReviewArgs`] object;
/// the result is the sheet as a string.
pub const REVIEW: &str = "isnad.review";

/// Which stories the sheet covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// The draft named by [`ReviewArgs::uri`].
    #[default]
    Document,
    /// Every draft of the workspace folders (and the open drafts when there is no folder).
    Workspace,
}

/// The sheet's format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SheetFormat {
    /// Markdown ([`report::markdown`]).
    #[default]
    Markdown,
    /// One self-contained HTML page, `dir="rtl"` ([`report::html`]).
    Html,
}

/// Arguments of [`REVIEW`]: `{"uri"?: string, "scope"?: "document" | "workspace", "format"?:
/// "markdown" | "html"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewArgs {
    /// The draft (needed for the document scope; for the workspace scope, whose `isnad.toml`
    /// decides the house style).
    pub uri: Option<Uri>,
    /// When not given: the document when `uri` is given, else the workspace (so the command run
    /// with no arguments at all gives the sheet of the whole workspace, not an error).
    pub scope: Scope,
    /// Default: Markdown.
    pub format: SheetFormat,
}

/// [`ReviewArgs`] as the client sends it (the scope may be left out).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArgs {
    #[serde(default)]
    uri: Option<Uri>,
    #[serde(default)]
    scope: Option<Scope>,
    #[serde(default)]
    format: SheetFormat,
}

impl ReviewArgs {
    /// Reads the command's arguments: none, `null`, or one object. Errors: an unknown key or
    /// value, as serde_json words it.
    pub fn parse(args: &[serde_json::Value]) -> Result<ReviewArgs, String> {
        let raw = match args.first() {
            None | Some(serde_json::Value::Null) => RawArgs {
                uri: None,
                scope: None,
                format: SheetFormat::default(),
            },
            // serde_json names the Rust struct in a type error ("expected struct RawArgs"); the
            // client knows it as an object with these keys.
            Some(v) => serde_json::from_value::<RawArgs>(v.clone()).map_err(|e| {
                e.to_string()
                    .replace("struct RawArgs", "an object with `uri`, `scope`, `format`")
            })?,
        };
        let scope = raw.scope.unwrap_or(if raw.uri.is_some() {
            Scope::Document
        } else {
            Scope::Workspace
        });
        Ok(ReviewArgs {
            uri: raw.uri,
            scope,
            format: raw.format,
        })
    }
}

/// How a story is named in the sheet: its path relative to the workspace folder holding it, else
/// its file path, else (an untitled buffer) its URI.
pub fn display_name(uri: &Uri, path: Option<&Path>, folders: &[PathBuf]) -> String {
    let Some(path) = path else {
        return uri.as_str().to_string();
    };
    for f in folders {
        if let Ok(rel) = path.strip_prefix(f) {
            let base = f
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let rel = rel.to_string_lossy();
            return if folders.len() > 1 && !base.is_empty() {
                format!("{base}/{rel}")
            } else {
                rel.into_owned()
            };
        }
    }
    path.to_string_lossy().into_owned()
}

/// The review sheet `report` rendered as `format`.
pub fn render(report: &Report, format: SheetFormat) -> String {
    match format {
        SheetFormat::Markdown => report::markdown::render(report),
        SheetFormat::Html => report::html::render(report),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Lang;
    use serde_json::json;

    #[test]
    fn arguments_default_and_reject_unknown_values() {
        // No arguments: the whole workspace; a uri alone: that draft.
        let none = ReviewArgs::parse(&[]).unwrap();
        assert_eq!(
            (none.scope, none.uri, none.format),
            (Scope::Workspace, None, SheetFormat::Markdown)
        );
        assert_eq!(
            ReviewArgs::parse(&[json!(null)]).unwrap().scope,
            Scope::Workspace
        );
        let one = ReviewArgs::parse(&[json!({"uri": "file:///w/a.md"})]).unwrap();
        assert_eq!(one.scope, Scope::Document);
        let explicit = ReviewArgs::parse(&[json!({"scope": "document"})]).unwrap();
        assert_eq!((explicit.scope, explicit.uri), (Scope::Document, None));
        let a = ReviewArgs::parse(&[
            json!({"uri": "file:///w/a.md", "scope": "workspace", "format": "html"}),
        ])
        .unwrap();
        assert_eq!(a.scope, Scope::Workspace);
        assert_eq!(a.format, SheetFormat::Html);
        assert_eq!(a.uri.unwrap().as_str(), "file:///w/a.md");
        assert!(ReviewArgs::parse(&[json!({"format": "pdf"})]).is_err());
        assert!(ReviewArgs::parse(&[json!({"scop": "document"})]).is_err());
        // A wrong type names the object the client sends, not the Rust struct behind it.
        let typed = ReviewArgs::parse(&[json!("file:///w/a.md")]).unwrap_err();
        assert!(
            typed.contains("an object with `uri`, `scope`, `format`") && !typed.contains("RawArgs"),
            "{typed}"
        );
        assert_eq!(
            crate::lsp::commands::bad_arguments(Lang::Ar, "isnad.review", &typed)
                .split(": ")
                .take(2)
                .collect::<Vec<_>>(),
            ["isnad.review", "وسائط الأمر غير صالحة"]
        );
    }

    #[test]
    fn stories_are_named_relative_to_their_folder() {
        let uri: Uri = "file:///w/desk/a.md".parse().unwrap();
        let folders = [PathBuf::from("/w/desk")];
        assert_eq!(
            display_name(&uri, Some(Path::new("/w/desk/sub/a.md")), &folders),
            "sub/a.md"
        );
        let two = [PathBuf::from("/w/desk"), PathBuf::from("/w/wire")];
        assert_eq!(
            display_name(&uri, Some(Path::new("/w/wire/b.md")), &two),
            "wire/b.md"
        );
        assert_eq!(
            display_name(&uri, Some(Path::new("/else/c.md")), &folders),
            "/else/c.md"
        );
        let untitled: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(
            display_name(&untitled, None, &folders),
            "untitled:Untitled-1"
        );
    }

    #[test]
    fn renders_markdown_and_rtl_html() {
        let text =
            "دمشق - سانا\n\nأكد اللواء علي مملوك أن «التعاون مستمر بين البلدين في كل المجالات».\n";
        let sheet = |lang| {
            let source = report::Source {
                path: "a.md".into(),
                format: crate::text::Format::Markdown,
                text: Ok(text.to_string()),
                profile: std::sync::Arc::new(crate::profile::Profile::embedded()),
            };
            report::review(
                vec![source],
                lang,
                &crate::analysis::pipeline::Propagate,
                "",
            )
        };
        let md = render(&sheet(Lang::En), SheetFormat::Markdown);
        assert!(md.contains("مملوك"), "{md}");
        let html = render(&sheet(Lang::Ar), SheetFormat::Html);
        assert!(html.contains("dir=\"rtl\""));
    }
}
