//! `data/okrs.csv`: one row per key result of a published objective, for spreadsheets
//! (RFC 4180, UTF-8, a header row). Numbers are written with a point, as in the JSON.

use crate::model::{Handbook, Measure};

/// The columns, in order.
pub const HEADER: [&str; 17] = [
    "cycle",
    "team",
    "objective_id",
    "objective_title",
    "key_result_id",
    "title",
    "owner",
    "unit",
    "baseline",
    "target",
    "current",
    "progress",
    "expected",
    "status",
    "forecast",
    "confidence",
    "last_checkin",
];

/// The CSV document.
pub fn okrs_csv(hb: &Handbook) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing into memory cannot fail; a failure here would be a bug, not a user error.
    let _ = w.write_record(HEADER);
    let num = |v: Option<f64>| v.map(plain).unwrap_or_default();
    for o in hb.objectives.iter().filter(|o| hb.is_published(o)) {
        for &k in &o.key_results {
            let kr = &hb.key_results[k];
            let (baseline, target) = match kr.measure {
                Measure::Numeric { baseline, target } => (Some(baseline), Some(target)),
                Measure::Threshold { target, .. } => (None, Some(target)),
                _ => (None, None),
            };
            let c = &kr.computed;
            let _ = w.write_record([
                o.cycle.as_ref().map_or("", |r| r.id.as_str()),
                o.team.as_ref().map_or("", |r| r.id.as_str()),
                &o.meta.id,
                &o.meta.title,
                &kr.meta.id,
                &kr.meta.title,
                hb.kr_owner(kr).unwrap_or(""),
                kr.unit.as_deref().unwrap_or(""),
                &num(baseline),
                &num(target),
                &num(c.current),
                &num(c.progress),
                &num(c.expected),
                c.status.map_or("", |s| s.id()),
                &num(c.forecast),
                &num(c.confidence),
                &kr.latest_checkin()
                    .map(|x| x.date.to_string())
                    .unwrap_or_default(),
            ]);
        }
    }
    w.into_inner().unwrap_or_default()
}

/// A number with a point and at most nine decimals, no grouping (`0.32`, `1800`).
fn plain(v: f64) -> String {
    let r = (v * 1e9).round() / 1e9;
    let s = format!("{r}");
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}
