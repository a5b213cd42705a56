//! Rules about objectives and the teams that own them.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Rule};
use crate::model::{Handbook, Objective};

fn at(hb: &Handbook, o: &Objective, rule: Rule, message: String, help: &str) -> Diagnostic {
    Diagnostic::new(rule, hb.file_path(&o.meta), o.meta.title_pos, message).with_help(help)
}

/// `kr-count`: fewer than 2 or more than 5 key results.
pub fn kr_count(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    for o in &hb.objectives {
        let n = o.key_results.len();
        if (2..=5).contains(&n) {
            continue;
        }
        let (message, help) = if n < 2 {
            (
                format!("objective `{}` has {n} key result{}", o.meta.id, if n == 1 { "" } else { "s" }),
                "add key results until the objective is covered: 2 to 5 results show whether it was reached",
            )
        } else {
            (
                format!("objective `{}` has {n} key results", o.meta.id),
                "keep 2 to 5 key results: more spreads the focus; split the objective or drop the weakest results",
            )
        };
        out.push(at(hb, o, Rule::KrCount, message, help));
    }
}

/// `objective-no-kr`: no key results at all, so no progress.
pub fn objective_no_kr(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    for o in hb.objectives.iter().filter(|o| o.key_results.is_empty()) {
        out.push(at(
            hb,
            o,
            Rule::ObjectiveNoKr,
            format!(
                "objective `{}` has no key results, so it has no progress",
                o.meta.id
            ),
            "add a `key_results:` list with 2 to 5 measurable results",
        ));
    }
}

/// `objective-has-number`: numbers belong to key results.
pub fn objective_has_number(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    for o in &hb.objectives {
        let Some(number) = first_number(&o.meta.title) else {
            continue;
        };
        out.push(at(
            hb,
            o,
            Rule::ObjectiveHasNumber,
            format!(
                "the title of objective `{}` holds a number (`{}`)",
                o.meta.id, number
            ),
            "keep the objective qualitative and inspiring; put the number into a key result",
        ));
    }
}

/// The first number standing as a word of its own in `title` ("2027", "24/7", "3,5 %"),
/// as written; digits inside a name ("B2B", "Q4", "CO2-neutral", "Web3") are not one.
fn first_number(title: &str) -> Option<&str> {
    let mut rest = title;
    let mut before: Option<char> = None;
    while let Some(i) = rest.find(|c: char| c.is_ascii_digit()) {
        let prev = rest[..i].chars().next_back().or(before);
        let len = rest[i..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len() - i);
        let number = rest[i..i + len].trim_end_matches(['.', ',']);
        let next = rest[i + number.len()..].chars().next();
        if !prev.is_some_and(char::is_alphabetic) && !next.is_some_and(char::is_alphabetic) {
            return Some(number);
        }
        before = number.chars().next_back();
        rest = &rest[i + number.len()..];
    }
    None
}

/// `no-owner`: nobody to ask. A key result inherits its objective's owner and team.
pub fn no_owner(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    for o in &hb.objectives {
        if o.owner.is_some() || o.team.is_some() {
            continue;
        }
        out.push(at(
            hb,
            o,
            Rule::NoOwner,
            format!("objective `{}` has no owner and no team", o.meta.id),
            "add `owner: <name>` or `team: <team id>`",
        ));
        for &k in &o.key_results {
            let kr = &hb.key_results[k];
            if kr.owner.is_none() {
                out.push(
                    Diagnostic::new(
                        Rule::NoOwner,
                        hb.file_path(&kr.meta),
                        kr.meta.title_pos,
                        format!("key result `{}` has no owner, and its objective has no owner and no team", kr.meta.id),
                    )
                    .with_help("add `owner: <name>` to the key result or to its objective"),
                );
            }
        }
    }
}

/// `too-many-objectives`: more than 5 objectives of one team in one cycle, reported on
/// the team's file.
pub fn too_many_objectives(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let mut counts: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for o in hb.objectives.iter().filter(|o| hb.is_published(o)) {
        let team = o.team.as_ref().and_then(|t| t.target);
        let cycle = o.cycle.as_ref().and_then(|c| c.target);
        if let (Some(t), Some(c)) = (team, cycle) {
            *counts.entry((t, c)).or_default() += 1;
        }
    }
    for ((t, c), n) in counts {
        if n <= 5 {
            continue;
        }
        let team = &hb.teams[t];
        out.push(
            Diagnostic::new(
                Rule::TooManyObjectives,
                hb.file_path(&team.meta),
                team.meta.title_pos,
                format!("team `{}` has {n} objectives in cycle `{}`", team.meta.id, hb.cycles[c].meta.id),
            )
            .with_help("at most 5 objectives per team and cycle keep the focus; merge objectives or move some to the next cycle"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::first_number;

    #[test]
    fn numbers_are_words_of_their_own() {
        let cases = [
            ("Bis Ende 2027 der beste Versorger", Some("2027")),
            ("Service 24/7 für alle", Some("24")),
            ("Top 3 in customer ratings.", Some("3")),
            ("3,5 % weniger Beschwerden", Some("3,5")),
            ("Wachstum um 10.", Some("10")),
            ("B2B customers love our onboarding", None),
            ("Q4-Ziele für die CO2-neutrale Lieferung", None),
            ("Web3 and B2B2C, but 5 teams", Some("5")),
            ("1st class service", None),
            ("Kunden erleben uns als fair", None),
            ("", None),
        ];
        for (title, want) in cases {
            assert_eq!(first_number(title), want, "{title}");
        }
    }
}
