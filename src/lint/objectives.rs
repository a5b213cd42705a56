//! Rules about objectives and the teams that own them.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Rule};
use crate::model::{Handbook, Objective};

fn at(hb: &Handbook, o: &Objective, rule: Rule, message: String, help: String) -> Diagnostic {
    Diagnostic::new(rule, hb.file_path(&o.meta), o.meta.title_pos, message).with_help(help)
}

/// `kr-count`: fewer than 2 or more than 5 key results.
pub fn kr_count(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    for o in &hb.objectives {
        let n = o.key_results.len();
        if (2..=5).contains(&n) || o.meta.misspelt("key_results") {
            continue;
        }
        let id = &o.meta.id;
        let (message, help) = if n < 2 {
            (
                match (n, lang) {
                    (1, _) => say!(
                        lang,
                        "objective `{id}` has 1 key result",
                        "Das Ziel `{id}` hat 1 Key Result"
                    ),
                    _ => say!(
                        lang,
                        "objective `{id}` has {n} key results",
                        "Das Ziel `{id}` hat {n} Key Results"
                    ),
                },
                say!(
                    lang,
                    "add key results until the objective is covered: 2 to 5 results show whether it was reached",
                    "Key Results ergänzen, bis das Ziel abgedeckt ist: 2 bis 5 Ergebnisse zeigen, ob es erreicht wurde"
                ),
            )
        } else {
            (
                say!(
                    lang,
                    "objective `{id}` has {n} key results",
                    "Das Ziel `{id}` hat {n} Key Results"
                ),
                say!(
                    lang,
                    "keep 2 to 5 key results: more spreads the focus; split the objective or drop the weakest results",
                    "2 bis 5 Key Results behalten: Mehr verteilt den Fokus; das Ziel teilen oder die schwächsten Ergebnisse streichen"
                ),
            )
        };
        out.push(at(hb, o, Rule::KrCount, message, help));
    }
}

/// `objective-no-kr`: no key results at all, so no progress.
pub fn objective_no_kr(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    for o in hb
        .objectives
        .iter()
        .filter(|o| o.key_results.is_empty() && !o.meta.misspelt("key_results"))
    {
        let id = &o.meta.id;
        out.push(at(
            hb,
            o,
            Rule::ObjectiveNoKr,
            say!(
                lang,
                "objective `{id}` has no key results, so it has no progress",
                "Das Ziel `{id}` hat keine Key Results und damit keinen Fortschritt"
            ),
            say!(
                lang,
                "add a `key_results:` list with 2 to 5 measurable results",
                "Eine Liste `key_results:` mit 2 bis 5 messbaren Ergebnissen ergänzen"
            ),
        ));
    }
}

/// `objective-has-number`: numbers belong to key results.
pub fn objective_has_number(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    for o in &hb.objectives {
        let Some(number) = first_number(&o.meta.title) else {
            continue;
        };
        let id = &o.meta.id;
        out.push(at(
            hb,
            o,
            Rule::ObjectiveHasNumber,
            say!(
                lang,
                "the title of objective `{id}` holds a number (`{number}`)",
                "Der Titel des Ziels `{id}` enthält eine Zahl (`{number}`)"
            ),
            say!(
                lang,
                "keep the objective qualitative and inspiring; put the number into a key result",
                "Das Ziel qualitativ und motivierend halten; die Zahl gehört in ein Key Result"
            ),
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
    let lang = hb.config.language;
    for o in &hb.objectives {
        // A misspelt `owner:` or `team:` is the cause; its unknown-field finding says so.
        let meant = o.meta.misspelt("owner") || o.meta.misspelt("team");
        if o.owner.is_some() || o.team.is_some() || meant {
            continue;
        }
        let id = &o.meta.id;
        out.push(at(
            hb,
            o,
            Rule::NoOwner,
            say!(
                lang,
                "objective `{id}` has no owner and no team",
                "Das Ziel `{id}` hat keine verantwortliche Person und kein Team"
            ),
            say!(
                lang,
                "add `owner: <name>` or `team: <team id>`",
                "`owner: <Name>` oder `team: <Id des Teams>` ergänzen"
            ),
        ));
        for &k in &o.key_results {
            let kr = &hb.key_results[k];
            if kr.owner.is_some() || kr.meta.misspelt("owner") {
                continue;
            }
            let id = &kr.meta.id;
            out.push(
                Diagnostic::new(
                    Rule::NoOwner,
                    hb.file_path(&kr.meta),
                    kr.meta.title_pos,
                    say!(
                        lang,
                        "key result `{id}` has no owner, and its objective has no owner and no team",
                        "Das Key Result `{id}` hat keine verantwortliche Person, und sein Ziel hat weder eine verantwortliche Person noch ein Team"
                    ),
                )
                .with_help(say!(
                    lang,
                    "add `owner: <name>` to the key result or to its objective",
                    "`owner: <Name>` beim Key Result oder bei seinem Ziel ergänzen"
                )),
            );
        }
    }
}

/// `too-many-objectives`: more than 5 objectives of one team in one cycle, reported on
/// the team's file.
pub fn too_many_objectives(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
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
        let (id, cycle) = (&team.meta.id, &hb.cycles[c].meta.id);
        out.push(
            Diagnostic::new(
                Rule::TooManyObjectives,
                hb.file_path(&team.meta),
                team.meta.title_pos,
                say!(
                    lang,
                    "team `{id}` has {n} objectives in cycle `{cycle}`",
                    "Das Team `{id}` hat {n} Ziele im Zyklus `{cycle}`"
                ),
            )
            .with_help(say!(
                lang,
                "at most 5 objectives per team and cycle keep the focus; merge objectives or move some to the next cycle",
                "Höchstens 5 Ziele je Team und Zyklus halten den Fokus; Ziele zusammenlegen oder einige in den nächsten Zyklus verschieben"
            )),
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
