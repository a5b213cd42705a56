//! Findings for the terminal, like rustc: the rule, the place, the source line with a
//! caret under the column, and the help line.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{summary_line, SourceLookup};
use crate::diagnostic::{Diagnostic, Severity, Summary};

pub fn render(
    diags: &[Diagnostic],
    summary: &Summary,
    sources: &dyn SourceLookup,
    color: bool,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diags {
        out.push_str(&one(&renderer, d, sources));
        out.push_str("\n\n");
    }
    let level = match (summary.errors, summary.warnings) {
        (0, 0) => None,
        (0, _) => Some(Level::WARNING),
        _ => Some(Level::ERROR),
    };
    match level {
        Some(level) => {
            let line = summary_line(summary);
            let text = line.strip_prefix("okrbook: ").unwrap_or(&line);
            out.push_str(&renderer.render(&[Group::with_title(
                level.primary_title(format!("okrbook found {text}")),
            )]));
        }
        None => out.push_str(&summary_line(summary)),
    }
    out.push('\n');
    out
}

fn one(renderer: &Renderer, d: &Diagnostic, sources: &dyn SourceLookup) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.primary_title(d.message.as_str()).id(d.rule.id());
    let line_text = sources
        .source(&d.file)
        .and_then(|text| text.lines().nth(d.line as usize - 1))
        .map(|l| l.trim_end_matches('\r'));
    let mut group = match line_text {
        Some(text) if !text.trim().is_empty() => {
            let span = underline(text, d.column);
            title.element(
                Snippet::source(text)
                    .line_start(d.line as usize)
                    .path(d.file.as_str())
                    .annotation(AnnotationKind::Primary.span(span)),
            )
        }
        _ => title.element(annotate_snippets::Origin::path(location(d))),
    };
    if let Some(help) = &d.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    renderer.render(&[group])
}

/// `content/x.md:12:5`, as terminals and editors turn into links.
fn location(d: &Diagnostic) -> String {
    match d.column {
        Some(c) => format!("{}:{}:{c}", d.file, d.line),
        None => format!("{}:{}", d.file, d.line),
    }
}

/// The byte range to underline: the word starting at the (1-based, in characters)
/// column, or the line's text without its indentation when there is no column.
fn underline(line: &str, column: Option<u32>) -> std::ops::Range<usize> {
    let start = match column {
        Some(c) => line
            .char_indices()
            .nth(c.saturating_sub(1) as usize)
            .map_or(line.len(), |(i, _)| i),
        None => line.len() - line.trim_start().len(),
    };
    if start >= line.len() {
        let last = line.char_indices().last().map_or(0, |(i, _)| i);
        return last..line.len();
    }
    let rest = &line[start..];
    let len = match column {
        Some(_) => rest
            .find(|c: char| c.is_whitespace() || c == ':')
            .filter(|&n| n > 0)
            .unwrap_or(rest.trim_end().len().max(1)),
        None => rest.trim_end().len(),
    };
    start..start + len.max(rest.chars().next().map_or(1, char::len_utf8))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Pos, Rule};
    use std::collections::HashMap;

    fn sources() -> HashMap<&'static str, &'static str> {
        HashMap::from([(
            "content/objectives/x.md",
            "---\ntitle: Zufriedene Kunden\nkey_results:\n  - title: 12 Workshops durchführen\n\tkeep: above\n  - title: Größe über 5\n---\n",
        )])
    }

    #[test]
    fn rustc_like_text_with_caret_and_help() {
        let d = Diagnostic::new(
            Rule::KrActivity,
            "content/objectives/x.md",
            Pos::new(4, 5),
            "key result `x-kr1` describes an activity",
        )
        .with_help("name the change you want to see");
        let s = Summary::of(std::slice::from_ref(&d), 3);
        let text = render(&[d], &s, &sources(), false);
        let expected = "\
warning[kr-activity]: key result `x-kr1` describes an activity
 --> content/objectives/x.md:4:5
  |
4 |   - title: 12 Workshops durchführen
  |     ^^^^^
  |
  = help: name the change you want to see

warning: okrbook found 0 errors and 1 warning in 3 documents
";
        assert_eq!(text, expected, "\n{text}");
    }

    #[test]
    fn caret_counts_characters_not_bytes() {
        let line = "  - title: Größe über 5";
        let r = underline(line, Some(18));
        assert_eq!(&line[r], "über");
        assert_eq!(&line[underline(line, None)], "- title: Größe über 5");
        assert_eq!(underline("abc", Some(99)), 2..3);
        assert_eq!(underline("", Some(1)), 0..0);
    }

    #[test]
    fn missing_source_or_line_prints_the_place_only() {
        let d = Diagnostic::new(Rule::Io, "content/gone.md", Pos::line(7), "cannot read");
        let s = Summary::of(std::slice::from_ref(&d), 1);
        let text = render(std::slice::from_ref(&d), &s, &HashMap::new(), false);
        assert!(
            text.starts_with("error[io]: cannot read\n--> content/gone.md:7\n"),
            "{text}"
        );
        let far = Diagnostic {
            file: "content/objectives/x.md".into(),
            line: 999,
            ..d
        };
        let text = render(&[far], &s, &sources(), false);
        assert!(text.contains("--> content/objectives/x.md:999\n"), "{text}");
    }

    #[test]
    fn tabs_and_colour() {
        let d = Diagnostic::new(
            Rule::UnknownField,
            "content/objectives/x.md",
            Pos::new(5, 2),
            "`keep` here",
        );
        let s = Summary::of(std::slice::from_ref(&d), 1);
        let plain = render(std::slice::from_ref(&d), &s, &sources(), false);
        assert!(plain.contains("keep: above"), "{plain}");
        assert!(!plain.contains('\u{1b}'));
        let styled = render(&[d], &s, &sources(), true);
        assert!(styled.contains('\u{1b}'), "colour codes when asked");
    }

    #[test]
    fn no_findings() {
        let s = Summary {
            errors: 0,
            warnings: 0,
            documents: 5,
        };
        assert_eq!(
            render(&[], &s, &HashMap::new(), false),
            "okrbook: no findings in 5 documents\n"
        );
    }
}
