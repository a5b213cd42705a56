//! Which key results need attention: in a cycle running on `as_of`, those off track or at
//! risk, those whose check-ins went stale, and those whose owner's confidence is low.

use super::{Handbook, Status};
use crate::progress::days_between;

/// Why a key result needs attention, worst first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Concern {
    OffTrack,
    AtRisk,
    Stale,
    LowConfidence,
}

impl Concern {
    /// The id used in templates and data (`off-track`, `stale` …).
    pub fn id(self) -> &'static str {
        match self {
            Concern::OffTrack => "off-track",
            Concern::AtRisk => "at-risk",
            Concern::Stale => "stale",
            Concern::LowConfidence => "low-confidence",
        }
    }
}

/// One key result that needs attention.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Attention {
    /// Index into `Handbook::key_results`.
    pub kr: usize,
    /// The worst of its concerns.
    pub concern: Concern,
    /// Days since its latest check-in; `None` when it has none.
    pub days_since_checkin: Option<i64>,
}

impl Handbook {
    /// Every key result of a cycle running on `as_of` that needs attention (published
    /// objectives only), worst first: off track, at risk, stale, low confidence; within
    /// one concern, the larger gap to the expected progress first, then the longer
    /// silence, then by title.
    pub fn needs_attention(&self) -> Vec<Attention> {
        let mut out: Vec<(Attention, f64)> = Vec::new();
        for (k, kr) in self.key_results.iter().enumerate() {
            let Some(o) = self.objective_of(kr).filter(|o| self.is_published(o)) else {
                continue;
            };
            let Some(cycle) = self.cycle_of(o) else {
                continue;
            };
            if self.as_of < cycle.start || self.as_of > cycle.end {
                continue;
            }
            let c = &kr.computed;
            let concern = match c.status {
                Some(Status::OffTrack) => Some(Concern::OffTrack),
                Some(Status::AtRisk) => Some(Concern::AtRisk),
                _ if self.stale_days(kr).is_some() => Some(Concern::Stale),
                _ if c
                    .confidence
                    .is_some_and(|x| x < self.config.attention_confidence) =>
                {
                    Some(Concern::LowConfidence)
                }
                _ => None,
            };
            let Some(concern) = concern else {
                continue;
            };
            let gap = c.expected.unwrap_or(0.0) - c.progress.unwrap_or(0.0);
            let days_since_checkin = kr
                .latest_checkin()
                .map(|x| days_between(x.date, self.as_of));
            out.push((
                Attention {
                    kr: k,
                    concern,
                    days_since_checkin,
                },
                gap,
            ));
        }
        out.sort_by(|(a, ga), (b, gb)| {
            let silence = |x: &Attention| x.days_since_checkin.unwrap_or(i64::MAX);
            a.concern
                .cmp(&b.concern)
                .then(gb.total_cmp(ga))
                .then(silence(b).cmp(&silence(a)))
                .then_with(|| {
                    let (ka, kb) = (&self.key_results[a.kr].meta, &self.key_results[b.kr].meta);
                    (&ka.title, &ka.id).cmp(&(&kb.title, &kb.id))
                })
        });
        out.into_iter().map(|(a, _)| a).collect()
    }
}
