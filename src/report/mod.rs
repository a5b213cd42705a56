//! The output formats of `okrbook check`: one module per format, all reading the same
//! sorted findings.

mod github;
mod gitlab;
mod human;
mod markdown;
mod sarif;

use std::collections::HashMap;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Summary};
use crate::lang::Language;

pub use github::escape_data as github_escape_data;
pub use github::escape_property as github_escape_property;
pub use gitlab::fingerprint;
pub use markdown::cell as markdown_cell;
pub use markdown::cell_with_code as markdown_cell_with_code;

/// How `okrbook check` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Github,
    Sarif,
    Markdown,
    Rdjsonl,
    Gitlab,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Human,
        Format::Json,
        Format::Github,
        Format::Sarif,
        Format::Markdown,
        Format::Rdjsonl,
        Format::Gitlab,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Json => "json",
            Format::Github => "github",
            Format::Sarif => "sarif",
            Format::Markdown => "markdown",
            Format::Rdjsonl => "rdjsonl",
            Format::Gitlab => "gitlab",
        }
    }
}

/// An unknown `--format` name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown format `{0}`")]
pub struct UnknownFormat(pub String);

impl std::str::FromStr for Format {
    type Err = UnknownFormat;
    fn from_str(s: &str) -> Result<Self, UnknownFormat> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// The text of a file by its path relative to the handbook root, for source snippets.
pub trait SourceLookup {
    fn source(&self, file: &str) -> Option<&str>;
}

/// The handbook's texts by path, borrowed: what the human format quotes lines from.
impl SourceLookup for HashMap<&str, &str> {
    fn source(&self, file: &str) -> Option<&str> {
        self.get(file).copied()
    }
}

/// The texts of the files that `diags` point into, by path, without copying them.
pub fn sources_for<'a>(
    hb: &'a crate::model::Handbook,
    diags: &[Diagnostic],
) -> HashMap<&'a str, &'a str> {
    let wanted: std::collections::HashSet<&str> = diags.iter().map(|d| d.file.as_str()).collect();
    hb.files
        .iter()
        .filter(|f| wanted.contains(f.path.as_str()))
        .map(|f| (f.path.as_str(), &*f.text))
        .collect()
}

pub struct RenderOptions {
    pub color: bool,
    pub tool_version: &'static str,
    /// The handbook's language, for the words around the findings.
    pub lang: Language,
}

/// Colour for the terminal: only on a terminal, never with `NO_COLOR`, always with
/// `CLICOLOR_FORCE`/`FORCE_COLOR`.
pub fn color_wanted() -> bool {
    use std::io::IsTerminal;
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    if set("NO_COLOR") {
        return false;
    }
    if set("CLICOLOR_FORCE") || set("FORCE_COLOR") {
        return true;
    }
    std::io::stdout().is_terminal()
}

/// Renders the findings in `format`; the text ends with a newline.
pub fn render(
    format: Format,
    diags: &[Diagnostic],
    summary: &Summary,
    sources: &dyn SourceLookup,
    opts: &RenderOptions,
) -> String {
    let lang = opts.lang;
    match format {
        Format::Human => human::render(diags, summary, sources, opts.color, lang),
        Format::Json => json(diags, summary),
        Format::Github => github::render(diags, summary, lang),
        Format::Sarif => sarif::render(diags, opts.tool_version, lang),
        Format::Markdown => markdown::render(diags, summary, lang),
        Format::Rdjsonl => rdjsonl(diags),
        Format::Gitlab => gitlab::render(diags),
    }
}

/// The documented object (docs/cli.md): `{"diagnostics": [...], "summary": {...}}`.
fn json(diags: &[Diagnostic], summary: &Summary) -> String {
    #[derive(Serialize)]
    struct Report<'a> {
        diagnostics: &'a [Diagnostic],
        summary: &'a Summary,
    }
    let mut s = serde_json::to_string_pretty(&Report {
        diagnostics: diags,
        summary,
    })
    .expect("findings serialise");
    s.push('\n');
    s
}

/// reviewdog's rdjsonl: one `Diagnostic` message of its `rdf` schema per line.
fn rdjsonl(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        let mut start = serde_json::json!({ "line": d.line });
        if let Some(c) = d.column {
            start["column"] = c.into();
        }
        let message = match &d.help {
            Some(h) => format!("{}\n{}", d.message, h),
            None => d.message.clone(),
        };
        let line = serde_json::json!({
            "message": message,
            "location": {"path": d.file, "range": {"start": start}},
            "severity": match d.severity {
                crate::diagnostic::Severity::Error => "ERROR",
                crate::diagnostic::Severity::Warning => "WARNING",
            },
            "source": {"name": "okrbook"},
            "code": {"value": d.rule.id()},
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

/// "1 error", "2 Warnungen".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "1 error and 2 warnings in 42 documents", in the handbook's language.
pub fn totals(summary: &Summary, lang: Language) -> String {
    let docs = match lang {
        Language::En => count(summary.documents, "document", "documents"),
        Language::De => count(summary.documents, "Dokument", "Dokumenten"),
    };
    let (e, w) = match lang {
        Language::En => (
            count(summary.errors, "error", "errors"),
            count(summary.warnings, "warning", "warnings"),
        ),
        Language::De => (
            count(summary.errors, "Fehler", "Fehler"),
            count(summary.warnings, "Warnung", "Warnungen"),
        ),
    };
    say!(lang, "{e} and {w} in {docs}", "{e} und {w} in {docs}")
}

/// The one-line summary every text format ends with.
pub fn summary_line(summary: &Summary, lang: Language) -> String {
    if summary.errors == 0 && summary.warnings == 0 {
        let docs = match lang {
            Language::En => count(summary.documents, "document", "documents"),
            Language::De => count(summary.documents, "Dokument", "Dokumenten"),
        };
        return say!(
            lang,
            "okrbook: no findings in {docs}",
            "okrbook: keine Befunde in {docs}"
        );
    }
    format!("okrbook: {}", totals(summary, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::ALL {
            assert_eq!(f.name().parse::<Format>(), Ok(f));
        }
        assert!("yaml".parse::<Format>().is_err());
        assert!("JSON".parse::<Format>().is_err());
    }

    #[test]
    fn summary_wording() {
        let s = |errors, warnings, documents| {
            summary_line(
                &Summary {
                    errors,
                    warnings,
                    documents,
                },
                Language::En,
            )
        };
        assert_eq!(s(0, 0, 1), "okrbook: no findings in 1 document");
        assert_eq!(
            s(1, 2, 42),
            "okrbook: 1 error and 2 warnings in 42 documents"
        );
        let de = Summary {
            errors: 1,
            warnings: 2,
            documents: 1,
        };
        assert_eq!(
            summary_line(&de, Language::De),
            "okrbook: 1 Fehler und 2 Warnungen in 1 Dokument"
        );
    }
}
