//! GitHub Actions workflow commands: annotations on the pull request's diff.
//!
//! GitHub shows at most 10 error and 10 warning annotations per step, so errors come
//! first, each kind is cut at 10, and a notice says how many more there are.

use super::summary_line;
use crate::diagnostic::{Diagnostic, Severity, Summary};
use crate::lang::Language;

/// Annotations of one kind GitHub shows per step.
const PER_KIND: usize = 10;

/// Escapes a command's message as the Actions toolkit does.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=…`, `title=…`) as the Actions toolkit does.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn render(diags: &[Diagnostic], summary: &Summary, lang: Language) -> String {
    let mut out = String::new();
    for (severity, command) in [(Severity::Error, "error"), (Severity::Warning, "warning")] {
        let all: Vec<&Diagnostic> = diags.iter().filter(|d| d.severity == severity).collect();
        for d in all.iter().take(PER_KIND) {
            let mut props = format!("file={},line={}", escape_property(&d.file), d.line);
            if let Some(c) = d.column {
                props.push_str(&format!(",col={c}"));
            }
            props.push_str(&format!(
                ",title={}",
                escape_property(&format!("okrbook {}", d.rule.id()))
            ));
            let message = match &d.help {
                Some(h) => format!("{}\n{h}", d.message),
                None => d.message.clone(),
            };
            out.push_str(&format!("::{command} {props}::{}\n", escape_data(&message)));
        }
        if all.len() > PER_KIND {
            let more = all.len() - PER_KIND;
            let what = match (severity, more, lang) {
                (Severity::Error, 1, Language::En) => "error",
                (Severity::Error, _, Language::En) => "errors",
                (Severity::Warning, 1, Language::En) => "warning",
                (Severity::Warning, _, Language::En) => "warnings",
                (Severity::Error, _, Language::De) => "Fehler",
                (Severity::Warning, 1, Language::De) => "Warnung",
                (Severity::Warning, _, Language::De) => "Warnungen",
            };
            let notice = say!(
                lang,
                "{more} more {what} not shown as annotations (GitHub shows {PER_KIND} per step); run `okrbook check` for all of them",
                "{more} weitere {what} nicht als Anmerkung gezeigt (GitHub zeigt {PER_KIND} je Schritt); `okrbook check` zeigt alle"
            );
            out.push_str(&format!(
                "::notice title=okrbook::{}\n",
                escape_data(&notice)
            ));
        }
    }
    out.push_str(&summary_line(summary, lang));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Pos, Rule};

    #[test]
    fn escaping_follows_the_toolkit() {
        assert_eq!(escape_data("50 % done\r\nnext"), "50 %25 done%0D%0Anext");
        assert_eq!(escape_property("a:b,c%d\n"), "a%3Ab%2Cc%25d%0A");
    }

    #[test]
    fn errors_first_ten_per_kind_then_a_notice() {
        let mut diags = Vec::new();
        for i in 1..=12 {
            diags.push(Diagnostic::new(
                Rule::KrActivity,
                "content/a.md",
                Pos::new(i, 5),
                format!("w{i}"),
            ));
        }
        diags.push(Diagnostic::new(
            Rule::BrokenRef,
            "content/b, c:d.md",
            Pos::line(3),
            "50 %\nbroken",
        ));
        let s = Summary::of(&diags, 2);
        let text = render(&diags, &s, Language::En);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "::error file=content/b%2C c%3Ad.md,line=3,title=okrbook broken-ref::50 %25%0Abroken"
        );
        assert_eq!(
            lines[1],
            "::warning file=content/a.md,line=1,col=5,title=okrbook kr-activity::w1"
        );
        assert_eq!(
            lines.iter().filter(|l| l.starts_with("::warning")).count(),
            10
        );
        assert!(
            lines[11].starts_with("::notice title=okrbook::2 more warnings not shown"),
            "{}",
            lines[11]
        );
        assert_eq!(lines[12], "okrbook: 1 error and 12 warnings in 2 documents");
        assert_eq!(lines.len(), 13);
    }
}
