//! Findings for the terminal, like rustc: the rule, the place, the source line with a
//! caret under the column, and the help line.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{summary_line, totals, SourceLookup};
use crate::diagnostic::{Diagnostic, Severity, Summary};
use crate::lang::Language;

/// The level words of the report: rustc's in English, translated in German.
fn level(severity: Option<Severity>, lang: Language) -> Level<'static> {
    let level = match severity {
        Some(Severity::Error) => Level::ERROR,
        Some(Severity::Warning) => Level::WARNING,
        None => Level::HELP,
    };
    match lang {
        Language::En => level,
        Language::De => level.with_name(match severity {
            Some(Severity::Error) => "Fehler",
            Some(Severity::Warning) => "Warnung",
            None => "Hinweis",
        }),
    }
}

pub fn render(
    diags: &[Diagnostic],
    summary: &Summary,
    sources: &dyn SourceLookup,
    color: bool,
    lang: Language,
) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diags {
        out.push_str(&one(&renderer, d, sources, lang));
        out.push_str("\n\n");
    }
    let severity = match (summary.errors, summary.warnings) {
        (0, 0) => None,
        (0, _) => Some(Severity::Warning),
        _ => Some(Severity::Error),
    };
    match severity {
        Some(severity) => {
            let text = totals(summary, lang);
            out.push_str(&renderer.render(&[Group::with_title(
                level(Some(severity), lang).primary_title(say!(
                    lang,
                    "okrbook found {text}",
                    "okrbook fand {text}"
                )),
            )]));
        }
        None => out.push_str(&summary_line(summary, lang)),
    }
    out.push('\n');
    out
}

fn one(renderer: &Renderer, d: &Diagnostic, sources: &dyn SourceLookup, lang: Language) -> String {
    let title = level(Some(d.severity), lang)
        .primary_title(d.message.as_str())
        .id(d.rule.id());
    let line_text = sources
        .source(&d.file)
        .and_then(|text| text.lines().nth(d.line as usize - 1))
        .map(|l| l.trim_end_matches('\r'));
    let mut group = match line_text {
        Some(text) if !text.trim().is_empty() => {
            let span = underline(text, d.column, d.end_column);
            let marks = d
                .mark
                .as_deref()
                .map_or_else(Vec::new, |m| marked(text, span.end, m));
            title.element(
                Snippet::source(text)
                    .line_start(d.line as usize)
                    .path(d.file.as_str())
                    .annotation(AnnotationKind::Primary.span(span))
                    .annotations(marks.into_iter().map(|r| AnnotationKind::Context.span(r))),
            )
        }
        _ => title.element(annotate_snippets::Origin::path(location(d))),
    };
    if let Some(help) = &d.help {
        group = group.element(level(None, lang).message(help.as_str()));
    }
    renderer.render(&[group])
}

/// Where the pieces of `mark` ("Anzahl … Workshops") stand in `line`, in order, after
/// byte `from`; pieces not found are left out (the message quotes them anyway).
fn marked(line: &str, from: usize, mark: &str) -> Vec<std::ops::Range<usize>> {
    let mut at = from.min(line.len());
    let mut out = Vec::new();
    for piece in mark.split('…').map(str::trim).filter(|p| !p.is_empty()) {
        if let Some(i) = line.get(at..).and_then(|rest| rest.find(piece)) {
            out.push(at + i..at + i + piece.len());
            at += i + piece.len();
        }
    }
    out
}

/// `content/x.md:12:5`, as terminals and editors turn into links.
fn location(d: &Diagnostic) -> String {
    match d.column {
        Some(c) => format!("{}:{}:{c}", d.file, d.line),
        None => format!("{}:{}", d.file, d.line),
    }
}

/// The byte range to underline: from the (1-based, in characters) column to the end
/// column when it is known, else the word starting at the column, else the line's text
/// without its indentation.
fn underline(line: &str, column: Option<u32>, end: Option<u32>) -> std::ops::Range<usize> {
    let byte_at = |c: u32| {
        line.char_indices()
            .nth(c.saturating_sub(1) as usize)
            .map_or(line.len(), |(i, _)| i)
    };
    let start = match column {
        Some(c) => byte_at(c),
        None => line.len() - line.trim_start().len(),
    };
    if let Some(end) = end.filter(|_| start < line.len()) {
        let stop = byte_at(end);
        if stop > start {
            return start..stop;
        }
    }
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
        let text = render(&[d], &s, &sources(), false, Language::En);
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
    fn caret_covers_exactly_a_list_item() {
        let line = "owners: [a, Alex Morgan]";
        assert_eq!(&line[underline(line, Some(10), Some(11))], "a");
        assert_eq!(&line[underline(line, Some(13), Some(24))], "Alex Morgan");
        // Without an end, a word: the old behaviour for findings without one.
        assert_eq!(&line[underline(line, Some(13), None)], "Alex");
    }

    #[test]
    fn caret_counts_characters_not_bytes() {
        let line = "  - title: Größe über 5";
        let r = underline(line, Some(18), None);
        assert_eq!(&line[r], "über");
        assert_eq!(&line[underline(line, None, None)], "- title: Größe über 5");
        assert_eq!(underline("abc", Some(99), None), 2..3);
        assert_eq!(underline("", Some(1), None), 0..0);
    }

    #[test]
    fn missing_source_or_line_prints_the_place_only() {
        let d = Diagnostic::new(Rule::Io, "content/gone.md", Pos::line(7), "cannot read");
        let s = Summary::of(std::slice::from_ref(&d), 1);
        let text = render(
            std::slice::from_ref(&d),
            &s,
            &HashMap::new(),
            false,
            Language::En,
        );
        assert!(
            text.starts_with("error[io]: cannot read\n--> content/gone.md:7\n"),
            "{text}"
        );
        let far = Diagnostic {
            file: "content/objectives/x.md".into(),
            line: 999,
            ..d
        };
        let text = render(&[far], &s, &sources(), false, Language::En);
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
        let plain = render(
            std::slice::from_ref(&d),
            &s,
            &sources(),
            false,
            Language::En,
        );
        assert!(plain.contains("keep: above"), "{plain}");
        assert!(!plain.contains('\u{1b}'));
        let styled = render(&[d], &s, &sources(), true, Language::En);
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
            render(&[], &s, &HashMap::new(), false, Language::En),
            "okrbook: no findings in 5 documents\n"
        );
    }
}
