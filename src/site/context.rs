//! What every page shares: the handbook, the UI strings, how pages link, the findings by
//! file, and the indexes of objectives by cycle and team; and the small views every page
//! kind uses (a link, progress numbers, a finding). Numbers are formatted here, in the
//! handbook's language, so templates stay simple.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashMapExt};

use serde::Serialize;

use super::charts::{self, Bar};
use super::i18n::{number, percent, Strings};
use super::urls::{doc_path, Linker};
use crate::config::Language;
use crate::diagnostic::Diagnostic;
use crate::model::{Computed, Handbook, KeyResult, Kind, Meta};

/// Text as HTML, its `code` spans as `<code>`: findings name fields, ids and examples
/// that way.
pub fn code_spans(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(len) = rest[open + 1..].find('`') else {
            break;
        };
        out.push_str(&charts::esc(&rest[..open]));
        out.push_str("<code>");
        out.push_str(&charts::esc(&rest[open + 1..open + 1 + len]));
        out.push_str("</code>");
        rest = &rest[open + len + 2..];
    }
    out.push_str(&charts::esc(rest));
    out
}

/// A link to another page.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub title: String,
    pub url: String,
}

/// `Serialize` for a view that shows its [`ProgressView`] (the field `numbers`) among its
/// own fields, as `#[serde(flatten)]` would, listing the other fields (all of them: the
/// compiler checks). Flattening hands every key of the view over as a borrowed string,
/// which Tera copies into a map grown from empty, one allocation per key; this writes
/// a struct of known size with static keys.
macro_rules! serialize_with_numbers {
    ($view:ident { $($field:ident),* $(,)? }) => {
        impl serde::Serialize for $view {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeStruct;
                let $view { $($field,)* numbers } = self;
                let len = [$(stringify!($field)),*].len() + $crate::site::context::ProgressView::FIELDS;
                let mut st = s.serialize_struct(stringify!($view), len)?;
                $(st.serialize_field(stringify!($field), $field)?;)*
                numbers.serialize_fields(&mut st)?;
                st.end()
            }
        }
    };
}
pub(crate) use serialize_with_numbers;

/// Progress numbers of anything that has them. Once its cycle has ended, a thing is
/// graded: it shows its score and band, and no status.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ProgressView {
    pub progress: Option<u32>,
    pub expected: Option<u32>,
    /// Status id (`on-track` …) and its label in the site's language; none once graded.
    pub status: Option<String>,
    pub status_label: Option<String>,
    /// The score as the language writes it (`0,7`), and as a number for sorting.
    pub score: Option<String>,
    pub score_value: Option<f64>,
    pub band: Option<String>,
    /// "Grün (0,7–1,0)", and the short "Grün".
    pub band_label: Option<String>,
    pub band_short: Option<String>,
    pub confidence: Option<u32>,
    /// "28 Tage ohne Check-in", when `stale-checkin` holds for a key result.
    pub stale: Option<String>,
}

impl ProgressView {
    /// How many fields [`ProgressView::serialize_fields`] writes.
    pub const FIELDS: usize = 11;

    /// Writes the fields into the struct `st` of a view that shows them.
    pub fn serialize_fields<S: serde::ser::SerializeStruct>(
        &self,
        st: &mut S,
    ) -> Result<(), S::Error> {
        let ProgressView {
            progress,
            expected,
            status,
            status_label,
            score,
            score_value,
            band,
            band_label,
            band_short,
            confidence,
            stale,
        } = self;
        st.serialize_field("progress", progress)?;
        st.serialize_field("expected", expected)?;
        st.serialize_field("status", status)?;
        st.serialize_field("status_label", status_label)?;
        st.serialize_field("score", score)?;
        st.serialize_field("score_value", score_value)?;
        st.serialize_field("band", band)?;
        st.serialize_field("band_label", band_label)?;
        st.serialize_field("band_short", band_short)?;
        st.serialize_field("confidence", confidence)?;
        st.serialize_field("stale", stale)
    }
}

/// A person's name, linked to their page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct PersonView {
    pub name: String,
    pub url: String,
}

/// A key result that needs attention, as the lists show it.
#[derive(Debug, Clone)]
pub struct AttentionView {
    pub kr: LinkView,
    pub objective: Option<LinkView>,
    pub owner: Option<PersonView>,
    /// `off-track`, `at-risk`, `stale` or `low-confidence`, and its words.
    pub concern: &'static str,
    pub concern_label: String,
    pub numbers: ProgressView,
    /// Days since the last check-in, and how the page says it ("12", "–").
    pub days: Option<i64>,
    pub days_label: String,
}

serialize_with_numbers!(AttentionView {
    kr,
    objective,
    owner,
    concern,
    concern_label,
    days,
    days_label
});

/// A check-in in a list of recent ones: its day, key result, value and note.
#[derive(Debug, Clone, Serialize)]
pub struct CheckinRow {
    pub date: String,
    pub kr: LinkView,
    pub value: String,
    pub note: Option<String>,
}

/// A finding as shown on the site.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub rule: String,
    pub severity: String,
    pub file: String,
    pub line: u32,
    /// Message and help as HTML: escaped, with their `code` spans as `<code>`.
    pub message: String,
    pub help: Option<String>,
    /// The page the finding concerns, if any.
    pub page: Option<String>,
    /// The source line in the repository, when `repo_url` is set.
    pub source: Option<String>,
}

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
    pub generation: u64,
    /// Every person named, by name, with their page's slug.
    pub people: HashMap<&'a str, &'a str>,
    /// The key results that need attention, worst first ([`Handbook::needs_attention`]).
    pub attention: Vec<crate::model::attention::Attention>,
    /// Per key result, its place in `attention` (`u32::MAX`: not there), so that a team
    /// or person page finds its own key results without reading the whole list.
    attention_rank: Vec<u32>,
    /// What each person owns among the published objectives and key results.
    pub owned: HashMap<&'a str, Owned>,
}

/// The published objectives and key results a person owns, in handbook order, and the
/// teams they lead (`true`) or belong to.
#[derive(Default)]
pub struct Owned {
    pub objectives: Vec<usize>,
    pub key_results: Vec<usize>,
    pub teams: Vec<(usize, bool)>,
}

fn owned(hb: &Handbook) -> HashMap<&str, Owned> {
    let mut owned: HashMap<&str, Owned> = HashMap::new();
    for (i, o) in hb.objectives.iter().enumerate() {
        if let Some(name) = o.owner.as_deref().filter(|_| hb.is_published(o)) {
            owned.entry(name).or_default().objectives.push(i);
        }
    }
    for (k, kr) in hb.key_results.iter().enumerate() {
        let published = hb.objective_of(kr).is_some_and(|o| hb.is_published(o));
        if let Some(name) = hb.kr_owner(kr).filter(|_| published) {
            owned.entry(name).or_default().key_results.push(k);
        }
    }
    for (t, team) in hb.teams.iter().enumerate() {
        if let Some(lead) = team.lead.as_deref() {
            owned.entry(lead).or_default().teams.push((t, true));
        }
        for m in team
            .members
            .iter()
            .filter(|m| team.lead.as_ref() != Some(m))
        {
            let teams = &mut owned.entry(m.as_str()).or_default().teams;
            if teams.last() != Some(&(t, false)) {
                teams.push((t, false));
            }
        }
    }
    owned
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
        let attention = hb.needs_attention();
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
            people: hb
                .people
                .iter()
                .map(|p| (p.name.as_str(), p.slug.as_str()))
                .collect(),
            attention_rank: {
                let mut rank = vec![u32::MAX; hb.key_results.len()];
                for (i, a) in attention.iter().enumerate() {
                    rank[a.kr] = u32::try_from(i).unwrap_or(u32::MAX);
                }
                rank
            },
            attention,
            owned: owned(hb),
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
        let status = c.status.filter(|_| c.score.is_none());
        ProgressView {
            progress: c.progress.map(percent),
            expected: c.expected.map(percent),
            status: status.map(|s| s.id().to_string()),
            status_label: status.map(|s| self.t(&format!("status.{}", s.id())).to_string()),
            score: c.score.map(|s| self.score(s)),
            score_value: c.score,
            band: c.band.map(|b| b.id().to_string()),
            band_label: c
                .band
                .map(|b| self.t(&format!("band.{}", b.id())).to_string()),
            band_short: c
                .band
                .map(|b| self.t(&format!("band.short.{}", b.id())).to_string()),
            confidence: c.confidence.map(percent),
            stale: None,
        }
    }

    /// A person's name with the link to their page.
    pub fn person(&self, from: &str, name: &str) -> PersonView {
        let slug = self.people.get(name).copied().unwrap_or("person");
        PersonView {
            name: name.to_string(),
            url: self.linker.href(from, &format!("people/{slug}/")),
        }
    }

    /// The key results that need attention among those `keep` lets through, worst first.
    pub fn attention_list(
        &self,
        from: &str,
        keep: impl Fn(&crate::model::attention::Attention) -> bool,
    ) -> Vec<AttentionView> {
        self.attention_top(from, usize::MAX, keep).0
    }

    /// The key results among `krs` that need attention, worst first: the list of a team
    /// or a person, found through each key result's place in the whole list.
    pub fn attention_of(&self, from: &str, krs: impl Iterator<Item = usize>) -> Vec<AttentionView> {
        let mut places: Vec<u32> = krs
            .map(|k| self.attention_rank[k])
            .filter(|&r| r != u32::MAX)
            .collect();
        places.sort_unstable();
        places.dedup();
        places
            .into_iter()
            .map(|r| self.attention_view(from, &self.attention[r as usize]))
            .collect()
    }

    /// The first `limit` of [`Ctx::attention_list`], and how many there are in all.
    pub fn attention_top(
        &self,
        from: &str,
        limit: usize,
        keep: impl Fn(&crate::model::attention::Attention) -> bool,
    ) -> (Vec<AttentionView>, usize) {
        let total = self.attention.iter().filter(|a| keep(a)).count();
        let views = self
            .attention
            .iter()
            .filter(|a| keep(a))
            .take(limit)
            .map(|a| self.attention_view(from, a))
            .collect();
        (views, total)
    }

    fn attention_view(&self, from: &str, a: &crate::model::attention::Attention) -> AttentionView {
        let hb = self.hb;
        let kr = &hb.key_results[a.kr];
        let concern = a.concern.id();
        AttentionView {
            kr: self.link(from, Kind::KeyResult, a.kr, &kr.meta),
            objective: kr
                .objective
                .map(|o| self.link(from, Kind::Objective, o, &hb.objectives[o].meta)),
            owner: hb.kr_owner(kr).map(|n| self.person(from, n)),
            concern,
            concern_label: self.t(&format!("attention.{concern}")).to_string(),
            numbers: self.kr_numbers(kr),
            days: a.days_since_checkin,
            days_label: a
                .days_since_checkin
                .map_or_else(|| "–".to_string(), |d| d.to_string()),
        }
    }

    /// The check-ins of key results `krs`, newest first, at most `limit`.
    pub fn checkin_rows(
        &self,
        from: &str,
        krs: impl Iterator<Item = usize>,
        limit: usize,
    ) -> Vec<CheckinRow> {
        let hb = self.hb;
        let mut all: Vec<(jiff::civil::Date, usize, usize)> = krs
            .flat_map(|k| {
                let dates = hb.key_results[k].checkins.iter().map(|c| c.date);
                dates.enumerate().map(move |(j, d)| (d, k, j))
            })
            .collect();
        all.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        all.into_iter()
            .take(limit)
            .map(|(date, k, j)| {
                let kr = &hb.key_results[k];
                let c = &kr.checkins[j];
                CheckinRow {
                    date: self.date(date),
                    kr: self.link(from, Kind::KeyResult, k, &kr.meta),
                    value: match (c.value, c.done) {
                        (Some(v), _) => self.value(v, kr.unit.as_deref()),
                        (None, Some(true)) => self.t("kr.done").to_string(),
                        _ => self.t("kr.open").to_string(),
                    },
                    note: c.note.clone(),
                }
            })
            .collect()
    }

    /// Progress over time of a group of objectives in one cycle, as a small chart.
    pub fn history_chart(&self, objectives: &[usize], cycle: usize) -> Option<String> {
        let cy = &self.hb.cycles[cycle];
        let points = crate::model::history::series(self.hb, objectives, cy.start, cy.end);
        let day = |d: jiff::civil::Date| self.date(d);
        super::history::chart(&super::history::History {
            title: self.t("chart.history"),
            start: cy.start,
            end: cy.end,
            points: &points,
            words: [self.t("chart.actual"), self.t("chart.expected_path")],
            day: &day,
        })
    }

    /// The cycles running on `as_of`.
    pub fn running(&self, cycle: usize) -> bool {
        let cy = &self.hb.cycles[cycle];
        cy.start <= self.hb.as_of && self.hb.as_of <= cy.end
    }

    /// A key result's numbers, with the mark of a stale check-in.
    pub fn kr_numbers(&self, kr: &KeyResult) -> ProgressView {
        ProgressView {
            stale: self
                .hb
                .stale_days(kr)
                .map(|n| self.t("kr.stale").replace("{n}", &n.to_string())),
            ..self.numbers(&kr.computed)
        }
    }

    /// A score with one decimal, as the language writes it (`0,7`, `0.7`).
    pub fn score(&self, s: f64) -> String {
        let text = format!("{s:.1}");
        match self.lang() {
            Language::De => text.replace('.', ","),
            Language::En => text,
        }
    }

    /// A date as the language writes it (`23.11.2026`, `2026-11-23`).
    pub fn date(&self, d: jiff::civil::Date) -> String {
        crate::lang::date(d, self.lang())
    }

    /// A value with its unit (`9,5 %`).
    pub fn value(&self, v: f64, unit: Option<&str>) -> String {
        crate::lang::with_unit(v, unit, self.lang())
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
        let source = self.hb.config.source_url(&d.file, d.line);
        FindingView {
            rule: d.rule.id().to_string(),
            severity: d.severity.as_str().to_string(),
            file: d.file.clone(),
            line: d.line,
            message: code_spans(&d.message),
            help: d.help.as_deref().map(code_spans),
            page,
            source,
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
                // A running cycle's bar is coloured by status, a graded one by band.
                class: c
                    .status
                    .map(|s| s.id())
                    .or(c.band.map(|b| b.id()))
                    .unwrap_or("none"),
                text: c
                    .progress
                    .map_or_else(|| "–".into(), |p| format!("{} %", percent(p))),
            })
            .collect();
        charts::bar_chart(self.t("chart.team_progress"), &bars)
    }
}
