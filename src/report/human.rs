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
    // Each file's line starts, found once: looking each finding's line up from the
    // start of its file took time in the product of findings and file size.
    let mut lines: Option<(&str, Vec<usize>)> = None;
    let mut columns = Columns::default();
    for d in diags {
        let line_text = sources.source(&d.file).and_then(|text| {
            if lines.as_ref().is_none_or(|(f, _)| *f != d.file) {
                let starts = std::iter::once(0)
                    .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                    .collect();
                lines = Some((d.file.as_str(), starts));
            }
            let starts = &lines.as_ref()?.1;
            let start = *starts.get(d.line as usize - 1)?;
            let end = starts.get(d.line as usize).map_or(text.len(), |&e| e - 1);
            text.get(start..end)
        });
        let span = line_text.map(|text| {
            let text = text.trim_end_matches('\r');
            let start = d.column.map(|c| columns.byte(text, c));
            let width = d.column.zip(d.end_column).map(|(c, e)| e.saturating_sub(c));
            (text, span(text, start, width))
        });
        out.push_str(&one(&renderer, d, span, lang));
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

/// Lines longer than this (in characters) are shown cut to the part around the finding.
const LONG_LINE: usize = 200;

/// One finding; `line` is the text of its line and the byte range to underline in it.
fn one(
    renderer: &Renderer,
    d: &Diagnostic,
    line: Option<(&str, std::ops::Range<usize>)>,
    lang: Language,
) -> String {
    let title = level(Some(d.severity), lang)
        .primary_title(d.message.as_str())
        .id(d.rule.id());
    let mut group = match line {
        Some((text, span)) if !text.trim().is_empty() && text.len() > LONG_LINE => {
            // A long line (a generated table, minified HTML) is cut to the part around
            // the finding, so that a report stays readable and its size bounded.
            let boundary = |mut i: usize, up: bool| {
                while !text.is_char_boundary(i) {
                    i = if up { i + 1 } else { i - 1 };
                }
                i
            };
            let from = boundary(span.start.saturating_sub(LONG_LINE / 2), false);
            let to = boundary((span.end + LONG_LINE / 2).min(text.len()), true);
            let part = format!(
                "{}{}{}",
                if from > 0 { "… " } else { "" },
                &text[from..to],
                if to < text.len() { " …" } else { "" }
            );
            let shift = if from > 0 { "… ".len() } else { 0 };
            let span = span.start - from + shift..span.end.min(to) - from + shift;
            let snippet = Snippet::source(part)
                .line_start(d.line as usize)
                .annotation(AnnotationKind::Primary.span(span));
            let mut group = title.element(snippet);
            if let Some(help) = &d.help {
                group = group.element(level(None, lang).message(help.as_str()));
            }
            // The place, with the column in the whole line (the part shown starts later),
            // where the renderer would put it for a snippet of the whole line.
            let text = renderer.render(&[group]);
            let pad = " ".repeat(d.line.to_string().len());
            return match text.split_once('\n') {
                Some((head, rest)) => format!("{head}\n{pad}--> {}\n{rest}", location(d)),
                None => text,
            };
        }
        Some((text, span)) if !text.trim().is_empty() => {
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

/// Byte offsets of (1-based, in characters) columns, counted on from the column asked
/// for before when it is on the same line: many findings on one long line then cost
/// the line once, not once each.
#[derive(Default)]
struct Columns {
    /// The line (where its text starts, and its length), a column and its byte offset.
    line: (usize, usize),
    column: u32,
    byte: usize,
}

impl Columns {
    fn byte(&mut self, line: &str, column: u32) -> usize {
        let key = (line.as_ptr() as usize, line.len());
        if self.line != key || column < self.column {
            *self = Columns {
                line: key,
                column: 1,
                byte: 0,
            };
        }
        for c in line[self.byte..].chars() {
            if self.column >= column {
                break;
            }
            self.byte += c.len_utf8();
            self.column += 1;
        }
        self.byte
    }
}

/// The byte range to underline: from the byte `start` of the finding's column for
/// `width` characters when it is known, else the word starting there, else the line's
/// text without its indentation.
fn span(line: &str, start: Option<usize>, width: Option<u32>) -> std::ops::Range<usize> {
    let column = start;
    let start = start.unwrap_or(line.len() - line.trim_start().len());
    if let Some(width) = width.filter(|&w| w > 0 && start < line.len()) {
        let stop = line[start..]
            .char_indices()
            .nth(width as usize)
            .map_or(line.len(), |(i, _)| start + i);
        return start..stop;
    }
    if start >= line.len() {
        let last = line.len() - line.chars().next_back().map_or(0, char::len_utf8);
        return last..line.len();
    }
    let rest = &line[start..];
    // The word is looked for in the next few hundred bytes only: on a long line without
    // spaces, many findings would otherwise each read to its end.
    let mut near = rest.len().min(LONG_LINE * 4);
    while !rest.is_char_boundary(near) {
        near -= 1;
    }
    let rest = &rest[..near];
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
    /// The byte range underlined for a finding at `column` up to `end` (characters).
    fn underline(line: &str, column: Option<u32>, end: Option<u32>) -> std::ops::Range<usize> {
        let start = column.map(|c| super::Columns::default().byte(line, c));
        super::span(
            line,
            start,
            column.zip(end).map(|(c, e)| e.saturating_sub(c)),
        )
    }

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
    fn many_findings_on_a_long_line_show_its_part_and_stay_fast() {
        let line = "[a](javascript:x)".repeat(25_000);
        let text = format!("---\ntitle: x\n---\n{line}\n");
        let sources = HashMap::from([("content/a.md", text.as_str())]);
        let diags: Vec<Diagnostic> = (0..1_000)
            .map(|i| {
                Diagnostic::new(
                    Rule::RawHtml,
                    "content/a.md",
                    Pos::new(4, 17 * 25 * i + 1),
                    "gone",
                )
                .with_help("h")
            })
            .collect();
        let s = Summary::of(&diags, 1);
        // Reading the 425 KB line for each finding took seconds; it is read once now
        // (benches/README.md measures the time; a test only sees that it ends).
        let out = render(&diags, &s, &sources, false, Language::En);
        assert!(out.len() < 1_000 * 800, "{} bytes", out.len());
        let last = out.rfind("--> content/a.md:4:424576").expect("the place");
        assert!(out[last..].contains("4 | … "), "{}", &out[last..]);
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
