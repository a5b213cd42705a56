//! Rules that look across the whole handbook.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostic::{Diagnostic, Rule};
use crate::model::Handbook;

/// `orphan-principle`: no objective of the current cycle serves the principle. Where
/// cycles overlap on `as_of` (a yearly cycle and its quarters), every running cycle counts
/// as current: an objective of the year serves a principle as much as one of the quarter.
pub fn orphan_principle(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    let cycles = hb.cycles_now();
    if cycles.is_empty() {
        return;
    }
    let serving = hb.serving_now();
    let names: Vec<String> = cycles
        .iter()
        .map(|&c| format!("`{}`", hb.cycles[c].meta.id))
        .collect();
    let cycle = match names.len() {
        1 => format!("the current cycle {}", names[0]),
        _ => format!("the running cycles {}", names.join(", ")),
    };
    for (i, p) in hb.principles.iter().enumerate() {
        if serving[i] > 0 {
            continue;
        }
        out.push(
            Diagnostic::new(
                Rule::OrphanPrinciple,
                hb.file_path(&p.meta),
                p.meta.title_pos,
                format!(
                    "no objective of {cycle} serves the principle `{}`",
                    p.meta.id
                ),
            )
            .with_help(format!(
                "add `principles: [{}]` to an objective it guides, or retire the principle",
                p.meta.id
            )),
        );
    }
}

/// The NPS-style metric a key result title names, if any: `nps` or `enps`.
pub fn nps_metric(title: &str) -> Option<&'static str> {
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
        for k in krs {
            let kr = &hb.key_results[k];
            out.push(
                Diagnostic::new(
                    Rule::NpsEverywhere,
                    hb.file_path(&kr.meta),
                    kr.meta.title_pos,
                    format!(
                        "{} teams have an {label} key result in cycle `{}` ({})",
                        names.len(),
                        hb.cycles[cycle].meta.id,
                        names.join(", ")
                    ),
                )
                .with_help(format!("not every team needs an {label} target: give teams the drivers they influence (first-contact resolution, onboarding time) and leave {label} to one owner")),
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
        assert_eq!(nps_metric("Kündigungsquote senken"), None);
        assert_eq!(nps_metric("Synapse rollout"), None);
    }
}
