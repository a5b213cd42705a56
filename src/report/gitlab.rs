//! GitLab Code Quality: a JSON array of issues, each with a stable fingerprint.

use std::collections::HashMap;

use serde_json::json;

use crate::diagnostic::{Diagnostic, Severity};

/// FNV-1a, 64 bit: small, stable across platforms and releases.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The fingerprint of a finding: rule, file and message, not the line, so that a
/// finding keeps its fingerprint when lines above it move.
pub fn fingerprint(d: &Diagnostic) -> String {
    let key = format!("{}\u{0}{}\u{0}{}", d.rule.id(), d.file, d.message);
    format!("{:016x}", fnv1a(key.as_bytes()))
}

pub fn render(diags: &[Diagnostic]) -> String {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let issues: Vec<serde_json::Value> = diags
        .iter()
        .map(|d| {
            let base = fingerprint(d);
            // The same finding twice in a file: number the repeats, in file order.
            let n = seen.entry(base.clone()).or_insert(0);
            *n += 1;
            let fp = if *n == 1 {
                base
            } else {
                format!("{:016x}", fnv1a(format!("{base}#{n}").as_bytes()))
            };
            let description = match &d.help {
                Some(h) => format!("{} ({h})", d.message),
                None => d.message.clone(),
            };
            json!({
                "description": description,
                "check_name": d.rule.id(),
                "fingerprint": fp,
                "severity": match d.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                },
                "location": {"path": d.file, "lines": {"begin": d.line}},
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&issues).expect("issues serialise");
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Pos, Rule};

    #[test]
    fn fingerprints_survive_moved_lines_and_differ_otherwise() {
        let d = Diagnostic::new(Rule::KrActivity, "content/a.md", Pos::new(4, 5), "m");
        let moved = Diagnostic {
            line: 40,
            ..d.clone()
        };
        assert_eq!(fingerprint(&d), fingerprint(&moved));
        assert_ne!(
            fingerprint(&d),
            fingerprint(&Diagnostic {
                file: "content/b.md".into(),
                ..d.clone()
            })
        );
        assert_ne!(
            fingerprint(&d),
            fingerprint(&Diagnostic {
                message: "n".into(),
                ..d.clone()
            })
        );
        assert_ne!(
            fingerprint(&d),
            fingerprint(&Diagnostic {
                rule: Rule::KrCount,
                ..d.clone()
            })
        );
        assert_eq!(fingerprint(&d).len(), 16);
    }

    #[test]
    fn repeated_findings_get_distinct_fingerprints() {
        let d = Diagnostic::new(Rule::KrActivity, "content/a.md", Pos::new(4, 5), "m");
        let again = Diagnostic {
            line: 9,
            ..d.clone()
        };
        let v: serde_json::Value = serde_json::from_str(&render(&[d, again])).unwrap();
        let a = v[0]["fingerprint"].as_str().unwrap();
        let b = v[1]["fingerprint"].as_str().unwrap();
        assert_ne!(a, b);
        assert_eq!(v[0]["severity"], "minor");
        assert_eq!(v[0]["location"]["lines"]["begin"], 4);
        assert_eq!(v[1]["check_name"], "kr-activity");
    }
}
