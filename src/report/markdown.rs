//! A summary table for a pull request comment or `$GITHUB_STEP_SUMMARY`.

use super::summary_line;
use crate::diagnostic::{Diagnostic, Severity, Summary};
use crate::lang::Language;

/// Rows shown before "and N more"; a PR comment has a size limit.
const MAX_ROWS: usize = 200;

/// Escapes text for a Markdown table cell.
pub fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '`' => out.push_str("\\`"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '*' | '_' | '[' | ']' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a message for a table cell, keeping its `code` spans as code: ids, fields
/// and examples stay readable as code in a pull request comment.
pub fn cell_with_code(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest = s;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else {
            break;
        };
        out.push_str(&cell(&rest[..open]));
        let code = &rest[open + 1..open + 1 + len];
        out.push('`');
        out.push_str(&code.replace('|', "\\|").replace(['\n', '\r'], " "));
        out.push('`');
        rest = &rest[open + len + 2..];
    }
    out.push_str(&cell(rest));
    out
}

pub fn render(diags: &[Diagnostic], summary: &Summary, lang: Language) -> String {
    let mut out = String::from("## okrbook check\n\n");
    out.push_str(&summary_line(summary, lang));
    out.push_str("\n\n");
    if diags.is_empty() {
        return out;
    }
    out.push_str(&say!(
        lang,
        "| | Rule | File | Line | Message |\n|---|---|---|---:|---|\n",
        "| | Regel | Datei | Zeile | Meldung |\n|---|---|---|---:|---|\n"
    ));
    let mut ordered: Vec<&Diagnostic> = diags.iter().collect();
    ordered.sort_by_key(|d| d.severity != Severity::Error); // stable: errors first
    for d in ordered.iter().take(MAX_ROWS) {
        let badge = match (d.severity, lang) {
            (Severity::Error, Language::En) => "❌ error",
            (Severity::Warning, Language::En) => "⚠️ warning",
            (Severity::Error, Language::De) => "❌ Fehler",
            (Severity::Warning, Language::De) => "⚠️ Warnung",
        };
        let message = match &d.help {
            Some(h) => format!("{}\n{h}", d.message),
            None => d.message.clone(),
        };
        out.push_str(&format!(
            "| {badge} | `{}` | {} | {} | {} |\n",
            d.rule.id(),
            cell(&d.file),
            d.line,
            cell_with_code(&message)
        ));
    }
    if ordered.len() > MAX_ROWS {
        let more = ordered.len() - MAX_ROWS;
        out.push_str(&say!(
            lang,
            "\n… and {more} more; run `okrbook check` for all of them.\n",
            "\n… und {more} weitere; `okrbook check` zeigt alle.\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Pos, Rule};

    #[test]
    fn table_cells_are_escaped_and_errors_lead() {
        let diags = vec![
            Diagnostic::new(
                Rule::KrActivity,
                "content/a|b.md",
                Pos::new(4, 5),
                "use `x` <b>\nnot *y*",
            ),
            Diagnostic::new(
                Rule::BrokenRef,
                "content/z.md",
                Pos::line(9),
                "no team `cx`",
            ),
        ];
        let text = render(&diags, &Summary::of(&diags, 2), Language::En);
        let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("| ")).collect();
        assert_eq!(rows[0], "| | Rule | File | Line | Message |");
        assert_eq!(
            rows[1],
            "| ❌ error | `broken-ref` | content/z.md | 9 | no team `cx` |"
        );
        assert_eq!(
            rows[2],
            "| ⚠️ warning | `kr-activity` | content/a\\|b.md | 4 | use `x` &lt;b&gt;<br>not \\*y\\* |"
        );
    }

    #[test]
    fn long_lists_are_cut() {
        let diags: Vec<Diagnostic> = (1..=205)
            .map(|i| Diagnostic::new(Rule::KrCount, "content/a.md", Pos::line(i), "m"))
            .collect();
        let text = render(&diags, &Summary::of(&diags, 1), Language::En);
        assert_eq!(text.lines().filter(|l| l.starts_with("| ⚠️")).count(), 200);
        assert!(text.contains("… and 5 more"));
        let none = render(
            &[],
            &Summary {
                errors: 0,
                warnings: 0,
                documents: 3,
            },
            Language::En,
        );
        assert!(none.ends_with("okrbook: no findings in 3 documents\n\n"));
        assert!(!none.contains('|'));
    }
}
