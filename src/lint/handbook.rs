//! Rules that look across the whole handbook.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostic, Rule};
use crate::model::Handbook;

/// `orphan-principle`: no objective of the current cycle serves the principle. Where
/// cycles overlap on `as_of` (a yearly cycle and its quarters), every running cycle counts
/// as current: an objective of the year serves a principle as much as one of the quarter.
pub fn orphan_principle(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    let cycles = hb.cycles_now();
    if cycles.is_empty() {
        return;
    }
    let serving = hb.serving_now();
    let names: Vec<String> = cycles
        .iter()
        .map(|&c| format!("`{}`", hb.cycles[c].meta.id))
        .collect();
    let (first, all) = (&names[0], names.join(", "));
    let cycle = match names.len() {
        1 => say!(
            lang,
            "the current cycle {first}",
            "des laufenden Zyklus {first}"
        ),
        _ => say!(
            lang,
            "the running cycles {all}",
            "der laufenden Zyklen {all}"
        ),
    };
    for (i, p) in hb.principles.iter().enumerate() {
        if serving[i] > 0 {
            continue;
        }
        let id = &p.meta.id;
        out.push(
            Diagnostic::new(
                Rule::OrphanPrinciple,
                hb.file_path(&p.meta),
                p.meta.title_pos,
                say!(
                    lang,
                    "no objective of {cycle} serves the principle `{id}`",
                    "Kein Ziel {cycle} dient dem Prinzip `{id}`"
                ),
            )
            .with_help(say!(
                lang,
                "add `principles: [{id}]` to an objective it guides, or retire the principle",
                "`principles: [{id}]` bei einem Ziel ergänzen, das es leitet, oder das Prinzip aufgeben"
            )),
        );
    }
}

/// `principle-one-team`: every objective of the running cycles that serves the principle
/// belongs to one team, and none names a contributing team other than it. Customer
/// orientation is organised across departments, not left to one team.
pub fn principle_one_team(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let lang = hb.config.language;
    // principle → the owning team of each serving objective (None: no team), and
    // whether another team contributes to any of them.
    let mut serving: BTreeMap<usize, (BTreeSet<Option<usize>>, bool)> = BTreeMap::new();
    for o in hb.objectives.iter().filter(|o| hb.is_published(o)) {
        let Some(cycle) = hb.cycle_of(o) else {
            continue;
        };
        if hb.as_of < cycle.start || hb.as_of > cycle.end {
            continue;
        }
        let team = o.team.as_ref().and_then(|t| t.target);
        let others = o
            .contributors
            .iter()
            .any(|c| c.target.is_some() && c.target != team);
        for p in o.principles.iter().filter_map(|r| r.target) {
            let entry = serving.entry(p).or_default();
            entry.0.insert(team);
            entry.1 |= others;
        }
    }
    for (p, (teams, others)) in serving {
        let mut teams = teams.into_iter();
        let (Some(Some(team)), None, false) = (teams.next(), teams.next(), others) else {
            continue;
        };
        let (principle, team) = (&hb.principles[p], &hb.teams[team]);
        let (id, team) = (&principle.meta.id, &team.meta.id);
        out.push(
            Diagnostic::new(
                Rule::PrincipleOneTeam,
                hb.file_path(&principle.meta),
                principle.meta.title_pos,
                say!(
                    lang,
                    "only team `{team}` serves the principle `{id}` in the running cycle, with no other team contributing",
                    "Nur das Team `{team}` dient dem Prinzip `{id}` im laufenden Zyklus, kein anderes Team trägt bei"
                ),
            )
            .with_help(say!(
                lang,
                "customer orientation is organised across departments: name contributing teams (`contributors: [...]`) or let objectives of other teams serve `{id}` too",
                "Kundenorientierung wird über Abteilungen hinweg organisiert: beitragende Teams nennen (`contributors: [...]`) oder auch Ziele anderer Teams `{id}` dienen lassen"
            )),
        );
    }
}

/// The NPS-style metric a key result title names, if any: `nps` or `enps`.
pub fn nps_metric(title: &str) -> Option<&'static str> {
    // Every name below holds one of these in ASCII (and no other character lowers to
    // one of their letters): most titles are let go, in one pass, without being lowered.
    let b = title.as_bytes();
    let at = |i: usize, needle: &[u8]| {
        b.get(i..i + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    };
    let may_name = (0..b.len()).any(|i| match b[i].to_ascii_lowercase() {
        b'n' => at(i, b"nps") || at(i, b"net promoter"),
        b'w' => at(i, b"weiterempfehlung"),
        _ => false,
    });
    if !may_name {
        return None;
    }
    let lower = title.to_lowercase();
    let mut words = lower.split(|c: char| !c.is_alphanumeric());
    if words.any(|w| w == "enps") || lower.contains("employee net promoter") {
        return Some("enps");
    }
    let named = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "nps")
        || lower.contains("net promoter")
        || lower.contains("weiterempfehlungsrate")
        || lower.contains("weiterempfehlungsbereitschaft");
    named.then_some("nps")
}

/// Teams (by id) with an NPS-style key result, and those key results.
type NpsGroup<'a> = (BTreeSet<&'a str>, Vec<usize>);

/// `nps-everywhere`: the same NPS-style metric is a key result of more than 3 teams in
/// one cycle. Every key result involved is reported, so each team sees it.
pub fn nps_everywhere(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    // (cycle, metric) → the teams that have it and their key results
    let mut groups: BTreeMap<(usize, &str), NpsGroup> = BTreeMap::new();
    for (k, kr) in hb.key_results.iter().enumerate() {
        let Some(metric) = nps_metric(&kr.meta.title) else {
            continue;
        };
        let Some(o) = hb.objective_of(kr).filter(|o| hb.is_published(o)) else {
            continue;
        };
        let (Some(cycle), Some(team)) = (
            o.cycle.as_ref().and_then(|c| c.target),
            o.team.as_ref().filter(|t| t.target.is_some()),
        ) else {
            continue;
        };
        let g = groups.entry((cycle, metric)).or_default();
        g.0.insert(team.id.as_str());
        g.1.push(k);
    }
    for ((cycle, metric), (teams, krs)) in groups {
        if teams.len() <= 3 {
            continue;
        }
        let names: Vec<&str> = teams.into_iter().collect();
        let label = if metric == "enps" { "eNPS" } else { "NPS" };
        let (n, cycle, list) = (names.len(), &hb.cycles[cycle].meta.id, names.join(", "));
        let lang = hb.config.language;
        for k in krs {
            let kr = &hb.key_results[k];
            out.push(
                Diagnostic::new(
                    Rule::NpsEverywhere,
                    hb.file_path(&kr.meta),
                    kr.meta.title_pos,
                    say!(
                        lang,
                        "{n} teams have an {label} key result in cycle `{cycle}` ({list})",
                        "{n} Teams haben ein Key Result zum {label} im Zyklus `{cycle}` ({list})"
                    ),
                )
                .with_help(say!(
                    lang,
                    "not every team needs an {label} target: give teams the drivers they influence (first-contact resolution, onboarding time) and leave {label} to one owner",
                    "Nicht jedes Team braucht ein {label}-Ziel: Den Teams die Treiber geben, die sie beeinflussen (Erstlösungsquote, Dauer des Onboardings), und den {label} einer verantwortlichen Stelle überlassen"
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::nps_metric;

    #[test]
    fn nps_metrics_are_recognised() {
        assert_eq!(nps_metric("NPS der B2B-Kunden von 20 auf 35"), Some("nps"));
        assert_eq!(nps_metric("B2B-NPS auf 35 steigern"), Some("nps"));
        assert_eq!(nps_metric("Raise Net Promoter Score to 40"), Some("nps"));
        assert_eq!(
            nps_metric("Weiterempfehlungsrate auf 60 % steigern"),
            Some("nps")
        );
        assert_eq!(nps_metric("eNPS im Service auf 20"), Some("enps"));
        assert_eq!(nps_metric("NET PROMOTER Score über 40"), Some("nps"));
        assert_eq!(nps_metric("WEITEREMPFEHLUNGSRATE auf 60 %"), Some("nps"));
        assert_eq!(nps_metric("ENPS im Vertrieb halten"), Some("enps"));
        assert_eq!(nps_metric("Synapses ausbauen"), None);
        assert_eq!(nps_metric("Kündigungsquote senken"), None);
        assert_eq!(nps_metric("Synapse rollout"), None);
    }
}
