//! What the templates see: plain serialisable data built from the model for one page.
//! Numbers are formatted here, in the handbook's language, so templates stay simple.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::charts::{self, Bar, CheckinChart};
use super::i18n::{number, percent, Strings};
use super::urls::{doc_path, person_slug, Linker};
use crate::config::Language;
use crate::diagnostic::Diagnostic;
use crate::model::{Computed, Handbook, Keep, KeyResult, Kind, Measure, Meta, ObjectiveKind};

/// A link to another page.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub title: String,
    pub url: String,
}

/// Progress numbers of anything that has them.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ProgressView {
    pub progress: Option<u32>,
    pub expected: Option<u32>,
    /// Status id (`on-track` …) and its label in the site's language.
    pub status: Option<String>,
    pub status_label: Option<String>,
    pub score: Option<String>,
    pub band: Option<String>,
    pub band_label: Option<String>,
    pub confidence: Option<u32>,
}

/// A finding as shown on the site.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub rule: String,
    pub severity: String,
    pub file: String,
    pub line: u32,
    pub message: String,
    pub help: Option<String>,
    /// The page the finding concerns, if any.
    pub page: Option<String>,
    /// The source line in the repository, when `repo_url` is set.
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckinView {
    pub date: String,
    pub value: String,
    pub confidence: Option<u32>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct KeyResultView {
    pub id: String,
    pub title: String,
    pub url: String,
    pub owner: Option<String>,
    pub measure: &'static str,
    /// "20 → 27 → 35 Punkte", in words fit for the measure.
    pub values: String,
    pub weight: String,
    #[serde(flatten)]
    pub numbers: ProgressView,
    pub last_checkin: Option<String>,
    pub checkins: Vec<CheckinView>,
    pub chart: Option<String>,
    pub findings: Vec<FindingView>,
    pub objective: Option<LinkView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ObjectiveView {
    pub id: String,
    pub title: String,
    pub url: String,
    pub owner: Option<String>,
    pub team: Option<LinkView>,
    pub contributors: Vec<LinkView>,
    pub cycle: Option<LinkView>,
    pub kind: String,
    pub draft: bool,
    #[serde(flatten)]
    pub numbers: ProgressView,
    pub last_checkin: Option<String>,
    pub parent: Option<LinkView>,
    pub children: Vec<LinkView>,
    pub principles: Vec<LinkView>,
    pub key_results: Vec<KeyResultView>,
    pub findings: Vec<FindingView>,
    pub body: String,
}

/// Recently drawn charts of one thread, keyed by build generation and key result.
type RecentCharts = std::collections::VecDeque<((u64, usize), Option<String>)>;

/// Everything a page builder needs, shared by all pages of one build.
pub struct Ctx<'a> {
    pub hb: &'a Handbook,
    pub strings: Strings,
    pub linker: Linker,
    /// Findings by file.
    pub findings: HashMap<&'a str, Vec<&'a Diagnostic>>,
    /// Where each file's document has its page, for links from findings.
    pub page_of_file: HashMap<usize, String>,
    /// Index of each file in `hb.files`, by path (findings name their file by path).
    file_index: HashMap<&'a str, usize>,
    /// Published objectives per cycle, sorted by team, title and id (see [`Ctx::new`]).
    pub by_cycle: Vec<Vec<usize>>,
    /// Per principle, the published objectives of the cycles running now that serve it
    /// ([`Handbook::serving_now`]).
    pub serving_now: Vec<usize>,
    /// Published objectives per owning team, in the same order.
    pub by_team: Vec<Vec<usize>>,
    /// Published objectives per contributing team, in the same order.
    pub by_contributor: Vec<Vec<usize>>,
    /// Tells the pages of one build from another's (for per-thread caches).
    generation: u64,
}

impl<'a> Ctx<'a> {
    /// Builds the shared page data once, with the objective indexes every page reads,
    /// so that no page has to scan or sort all objectives again.
    pub fn new(
        hb: &'a Handbook,
        strings: Strings,
        linker: Linker,
        findings: HashMap<&'a str, Vec<&'a Diagnostic>>,
        page_of_file: HashMap<usize, String>,
    ) -> Ctx<'a> {
        let mut sorted: Vec<(&str, &str, &str, usize)> = hb
            .objectives
            .iter()
            .enumerate()
            .filter(|(_, o)| hb.is_published(o))
            .map(|(i, o)| {
                let team = o.team.as_ref().map_or("", |t| t.id.as_str());
                (team, o.meta.title.as_str(), o.meta.id.as_str(), i)
            })
            .collect();
        sorted.sort_unstable();
        let mut by_cycle = vec![Vec::new(); hb.cycles.len()];
        let mut by_team = vec![Vec::new(); hb.teams.len()];
        let mut by_contributor = vec![Vec::new(); hb.teams.len()];
        for &(_, _, _, i) in &sorted {
            let o = &hb.objectives[i];
            if let Some(cy) = o.cycle.as_ref().and_then(|c| c.target) {
                by_cycle[cy].push(i);
            }
            if let Some(t) = o.team.as_ref().and_then(|t| t.target) {
                by_team[t].push(i);
            }
            for t in o.contributors.iter().filter_map(|r| r.target) {
                if by_contributor[t].last() != Some(&i) {
                    by_contributor[t].push(i);
                }
            }
        }
        Ctx {
            hb,
            strings,
            linker,
            findings,
            page_of_file,
            file_index: hb
                .files
                .iter()
                .enumerate()
                .map(|(i, f)| (f.path.as_str(), i))
                .collect(),
            by_cycle,
            serving_now: hb.serving_now(),
            by_team,
            by_contributor,
            generation: {
                static BUILDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
                BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            },
        }
    }

    pub fn lang(&self) -> Language {
        self.hb.config.language
    }

    pub fn num(&self, v: f64) -> String {
        number(v, self.lang())
    }

    pub fn t<'s>(&'s self, key: &'s str) -> &'s str {
        self.strings.get(key)
    }

    pub fn link(&self, from: &str, kind: Kind, index: usize, meta: &Meta) -> LinkView {
        LinkView {
            title: meta.title.clone(),
            url: self.linker.href(from, &doc_path(self.hb, kind, index)),
        }
    }

    pub fn numbers(&self, c: &Computed) -> ProgressView {
        ProgressView {
            progress: c.progress.map(percent),
            expected: c.expected.map(percent),
            status: c.status.map(|s| s.id().to_string()),
            status_label: c
                .status
                .map(|s| self.strings.get(&format!("status.{}", s.id())).to_string()),
            score: c.score.map(|s| format!("{s:.1}")),
            band: c.band.map(|b| b.id().to_string()),
            band_label: c
                .band
                .map(|b| self.strings.get(&format!("band.{}", b.id())).to_string()),
            confidence: c.confidence.map(percent),
        }
    }

    /// Findings on lines `lines` of `file` (all of the file's when `None`).
    pub fn findings_at(
        &self,
        from: &str,
        file: &str,
        lines: Option<std::ops::RangeInclusive<u32>>,
    ) -> Vec<FindingView> {
        self.findings
            .get(file)
            .map(|v| {
                v.iter()
                    .filter(|d| lines.as_ref().is_none_or(|r| r.contains(&d.line)))
                    .map(|d| self.finding(from, d))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn finding(&self, from: &str, d: &Diagnostic) -> FindingView {
        let page = self
            .file_index
            .get(d.file.as_str())
            .and_then(|i| self.page_of_file.get(i))
            .map(|p| self.linker.href(from, p));
        let source = self
            .hb
            .config
            .repo_url
            .as_ref()
            .map(|r| format!("{}/{}#L{}", r.trim_end_matches('/'), d.file, d.line));
        FindingView {
            rule: d.rule.id().to_string(),
            severity: d.severity.as_str().to_string(),
            file: d.file.clone(),
            line: d.line,
            message: d.message.clone(),
            help: d.help.clone(),
            page,
            source,
        }
    }

    fn kr_values(&self, kr: &KeyResult) -> String {
        let unit = kr
            .unit
            .as_deref()
            .map(|u| format!(" {u}"))
            .unwrap_or_default();
        let cur = kr.computed.current.map(|c| self.num(c));
        match kr.measure {
            Measure::Numeric { baseline, target } => format!(
                "{} → {} → {}{unit}",
                self.num(baseline),
                cur.unwrap_or_else(|| "–".into()),
                self.num(target)
            ),
            Measure::Threshold { keep, target } => {
                let word = if keep == Keep::Above {
                    self.t("kr.keep_above")
                } else {
                    self.t("kr.keep_below")
                };
                format!(
                    "{} {}{unit} · {} {}{unit}",
                    word,
                    self.num(target),
                    self.t("kr.current"),
                    cur.unwrap_or_else(|| "–".into())
                )
            }
            Measure::Milestone => {
                if kr.computed.progress == Some(1.0) {
                    self.t("kr.done").to_string()
                } else {
                    self.t("kr.open").to_string()
                }
            }
            Measure::Unmeasurable => self.t("kr.unmeasurable").to_string(),
        }
    }

    /// The chart of key result `k`, from a small per-thread cache: pages are planned so
    /// that an objective's page and its key results' pages are rendered one after the
    /// other, and all of them show the same charts.
    fn cached_chart(&self, k: usize) -> Option<String> {
        thread_local! {
            static RECENT: std::cell::RefCell<RecentCharts> =
                const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
        }
        let key = (self.generation, k);
        if let Some(hit) = RECENT.with(|r| {
            r.borrow()
                .iter()
                .find(|(id, _)| *id == key)
                .map(|(_, c)| c.clone())
        }) {
            return hit;
        }
        let chart = self.chart(k);
        RECENT.with(|r| {
            let mut r = r.borrow_mut();
            if r.len() >= 12 {
                r.pop_front();
            }
            r.push_back((key, chart.clone()));
        });
        chart
    }

    /// The check-in chart of a numeric or threshold key result.
    fn chart(&self, k: usize) -> Option<String> {
        let hb = self.hb;
        let kr = &hb.key_results[k];
        let cycle = hb.objective_of(kr).and_then(|o| hb.cycle_of(o));
        let (cy, baseline, target) = match (cycle, kr.measure) {
            (Some(cy), Measure::Numeric { baseline, target }) => (cy, Some(baseline), target),
            (Some(cy), Measure::Threshold { target, .. }) => (cy, None, target),
            _ => return None,
        };
        let points: Vec<(jiff::civil::Date, f64)> = kr
            .checkins_by_date()
            .iter()
            .filter_map(|c| c.value.map(|v| (c.date, v)))
            .collect();
        let fmt = |v: f64| self.num(v);
        Some(charts::checkin_chart(&CheckinChart {
            label: &kr.meta.title,
            start: cy.start,
            end: cy.end,
            as_of: hb.as_of,
            baseline,
            target,
            points: &points,
            fmt: &fmt,
            words: [
                self.t("chart.actual"),
                self.t("chart.ideal"),
                self.t("chart.target"),
                self.t("chart.today"),
            ],
        }))
    }

    /// A key result as pages show it; `with_history` adds the check-in list (its own
    /// page), `with_chart` the check-in chart (its page and its objective's page).
    pub fn key_result(
        &self,
        from: &str,
        k: usize,
        with_history: bool,
        with_chart: bool,
    ) -> KeyResultView {
        let hb = self.hb;
        let kr = &hb.key_results[k];
        let objective = kr
            .objective
            .map(|o| self.link(from, Kind::Objective, o, &hb.objectives[o].meta));
        let by_date = kr.checkins_by_date();
        let checkins: Vec<CheckinView> = if with_history {
            by_date
                .iter()
                .rev()
                .map(|c| CheckinView {
                    date: c.date.to_string(),
                    value: match (c.value, c.done) {
                        (Some(v), _) => self.num(v),
                        (None, Some(true)) => self.t("kr.done").to_string(),
                        (None, Some(false)) => self.t("kr.open").to_string(),
                        (None, None) => "–".into(),
                    },
                    confidence: c.confidence.map(percent),
                    note: c.note.clone(),
                })
                .collect()
        } else {
            Vec::new()
        };
        let chart = if with_chart {
            self.cached_chart(k)
        } else {
            None
        };
        let file = &hb.files[kr.meta.file].path;
        // Findings about an inline key result stand between its title and the next item.
        let lines = if kr.objective_ref.is_some() {
            None
        } else {
            Some(kr.meta.title_pos.line..=kr_last_line(hb, k))
        };
        KeyResultView {
            id: kr.meta.id.clone(),
            title: kr.meta.title.clone(),
            url: self.linker.href(from, &doc_path(hb, Kind::KeyResult, k)),
            owner: hb.kr_owner(kr).map(str::to_string),
            measure: match kr.measure {
                Measure::Numeric { .. } => "numeric",
                Measure::Threshold { .. } => "threshold",
                Measure::Milestone => "milestone",
                Measure::Unmeasurable => "unmeasurable",
            },
            values: self.kr_values(kr),
            weight: self.num(kr.weight),
            numbers: self.numbers(&kr.computed),
            last_checkin: by_date.last().map(|c| c.date.to_string()),
            checkins,
            chart,
            findings: self.findings_at(from, file, lines),
            objective,
        }
    }

    /// An objective as pages show it; `full` (its own page) adds its key results with
    /// their charts and its children, which lists of objectives leave out.
    pub fn objective(&self, from: &str, i: usize, full: bool) -> ObjectiveView {
        let hb = self.hb;
        let o = &hb.objectives[i];
        let team_link = |r: &crate::model::Ref| {
            r.target
                .map(|t| self.link(from, Kind::Team, t, &hb.teams[t].meta))
        };
        // Lists of objectives (cycle, team, principle pages) show no key results.
        let key_results: Vec<KeyResultView> = if full {
            o.key_results
                .iter()
                .map(|&k| self.key_result(from, k, false, true))
                .collect()
        } else {
            Vec::new()
        };
        let last_checkin = o
            .key_results
            .iter()
            .filter_map(|&k| hb.key_results[k].checkins.iter().map(|c| c.date).max())
            .max()
            .map(|d| d.to_string());
        let file = &hb.files[o.meta.file].path;
        let first_kr_line = o
            .key_results
            .iter()
            .map(|&k| hb.key_results[k].meta.title_pos.line)
            .filter(|&l| l > o.meta.title_pos.line)
            .min();
        ObjectiveView {
            id: o.meta.id.clone(),
            title: o.meta.title.clone(),
            url: self.linker.href(from, &doc_path(hb, Kind::Objective, i)),
            owner: o.owner.clone(),
            team: o.team.as_ref().and_then(team_link),
            contributors: o.contributors.iter().filter_map(team_link).collect(),
            cycle: o
                .cycle
                .as_ref()
                .and_then(|c| c.target)
                .map(|c| self.link(from, Kind::Cycle, c, &hb.cycles[c].meta)),
            kind: match o.kind {
                ObjectiveKind::Committed => self.t("objective.committed").to_string(),
                ObjectiveKind::Aspirational => self.t("objective.aspirational").to_string(),
            },
            draft: o.meta.draft,
            numbers: self.numbers(&o.computed),
            last_checkin,
            parent: o
                .parent
                .as_ref()
                .and_then(|p| p.target)
                .map(|p| self.link(from, Kind::Objective, p, &hb.objectives[p].meta)),
            children: if full {
                self.objective_links(from, &o.children)
            } else {
                Vec::new()
            },
            principles: o
                .principles
                .iter()
                .filter_map(|p| {
                    p.target
                        .map(|t| self.link(from, Kind::Principle, t, &hb.principles[t].meta))
                })
                .collect(),
            key_results,
            findings: if full {
                // Findings about the objective itself: everything before its first key result.
                self.findings_at(from, file, first_kr_line.map(|l| 0..=l - 1))
            } else {
                Vec::new()
            },
            body: String::new(),
        }
    }

    pub fn objective_links(&self, from: &str, ids: &[usize]) -> Vec<LinkView> {
        let mut v: Vec<(usize, LinkView)> = ids
            .iter()
            .filter(|&&c| self.hb.is_published(&self.hb.objectives[c]))
            .map(|&c| {
                (
                    c,
                    self.link(from, Kind::Objective, c, &self.hb.objectives[c].meta),
                )
            })
            .collect();
        v.sort_by(|a, b| a.1.title.cmp(&b.1.title));
        v.into_iter().map(|(_, l)| l).collect()
    }

    /// Published objectives of a cycle, sorted by team and title.
    pub fn cycle_objectives(&self, cycle: usize) -> Vec<usize> {
        self.by_cycle.get(cycle).cloned().unwrap_or_default()
    }

    /// Progress per team in a cycle as a bar chart.
    pub fn team_chart(&self, cycle: usize) -> String {
        let hb = self.hb;
        let mut teams: BTreeMap<&str, usize> = BTreeMap::new();
        for i in self.cycle_objectives(cycle) {
            if let Some(t) = hb.objectives[i].team.as_ref().and_then(|t| t.target) {
                teams.insert(&hb.teams[t].meta.title, t);
            }
        }
        let rows: Vec<(String, Computed)> = teams
            .iter()
            .map(|(name, &t)| (name.to_string(), hb.team_progress(t, cycle)))
            .collect();
        let bars: Vec<Bar<'_>> = rows
            .iter()
            .map(|(name, c)| Bar {
                label: name,
                value: c.progress,
                marker: c.expected,
                class: c.status.map_or("none", |s| s.id()),
                text: c
                    .progress
                    .map_or_else(|| "–".into(), |p| format!("{} %", percent(p))),
            })
            .collect();
        charts::bar_chart(self.t("chart.team_progress"), &bars)
    }
}

/// The last line that belongs to an inline key result: the line before the next key
/// result of the same objective, or the end of the front matter.
fn kr_last_line(hb: &Handbook, k: usize) -> u32 {
    let kr = &hb.key_results[k];
    let next = kr.objective.and_then(|o| {
        hb.objectives[o]
            .key_results
            .iter()
            .map(|&j| &hb.key_results[j])
            .filter(|j| {
                j.meta.file == kr.meta.file && j.meta.title_pos.line > kr.meta.title_pos.line
            })
            .map(|j| j.meta.title_pos.line)
            .min()
    });
    next.map_or(kr.meta.body_line.saturating_sub(1), |l| l - 1)
}

/// A person's page path.
pub fn person_path(name: &str) -> String {
    format!("people/#{}", person_slug(name))
}
