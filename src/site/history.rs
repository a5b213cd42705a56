//! The small chart of progress over time that objectives, teams and cycles show: the
//! progress as it stood on each check-in day, against the expected progress (the
//! diagonal from the cycle's start to its end). SVG made at build time; no script.

use std::fmt::Write;

use jiff::civil::Date;

use super::charts::{esc, push_esc, push_f1, F1};
use crate::progress::days_between;

const W: f64 = 320.0;
const H: f64 = 120.0;
const PAD_L: f64 = 46.0;
const PAD_R: f64 = 8.0;
const PAD_T: f64 = 8.0;
const PAD_B: f64 = 22.0;

/// What the chart shows.
pub struct History<'a> {
    /// The chart's title, e.g. "Fortschritt im Zeitverlauf".
    pub title: &'a str,
    pub start: Date,
    pub end: Date,
    /// Progress in [0, 1] by day, oldest first.
    pub points: &'a [(Date, f64)],
    /// Words for the legend: actual, expected.
    pub words: [&'a str; 2],
    /// Formats a day for the labels.
    pub day: &'a dyn Fn(Date) -> String,
}

/// The chart, or `None` with fewer than two points (nothing to draw over time).
pub fn chart(h: &History<'_>) -> Option<String> {
    if h.points.len() < 2 {
        return None;
    }
    let pct = |p: f64| format!("{} %", crate::lang::percent(p));
    let mut s = String::with_capacity(1024 + 48 * h.points.len());
    let _ = write!(
        s,
        r#"<svg class="chart history" viewBox="0 0 {W} {H}" role="img" aria-label=""#
    );
    // The description: "title: day value, day value, …", escaped for the attribute.
    push_esc(&mut s, h.title);
    s.push_str(": ");
    for (i, &(d, p)) in h.points.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        push_esc(&mut s, &(h.day)(d));
        s.push(' ');
        push_esc(&mut s, &pct(p));
    }
    s.push_str(r#"" xmlns="http://www.w3.org/2000/svg"><title>"#);
    push_esc(&mut s, h.title);
    s.push_str("</title>");
    axes(&mut s, h);
    s.push_str(r#"<polyline class="actual" points=""#);
    for (i, &(d, p)) in h.points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        push_f1(&mut s, x(h, d));
        s.push(',');
        push_f1(&mut s, y(p));
    }
    s.push_str(r#""/>"#);
    if let Some(&(d, p)) = h.points.last() {
        let _ = write!(
            s,
            r#"<circle class="point" cx="{}" cy="{}" r="3"><title>{} {}: {}</title></circle>"#,
            F1(x(h, d)),
            F1(y(p)),
            esc(h.words[0]),
            esc(&(h.day)(d)),
            pct(p)
        );
    }
    s.push_str("</svg>");
    Some(s)
}

/// Where a day goes across: the cycle's first day left, its last right.
fn x(h: &History<'_>, d: Date) -> f64 {
    let span = days_between(h.start, h.end).max(1) as f64;
    PAD_L + (days_between(h.start, d) as f64 / span).clamp(0.0, 1.0) * (W - PAD_L - PAD_R)
}

/// Where a progress goes upwards: 0 at the bottom, 1 at the top; what is no number
/// counts as 0.
fn y(p: f64) -> f64 {
    let p = if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    };
    PAD_T + (1.0 - p) * (H - PAD_T - PAD_B)
}

/// The axes with 0 % and 100 % and the cycle's first and last day, and the expected
/// path from 0 to 100 %.
fn axes(s: &mut String, h: &History<'_>) {
    let (x0, x1, yb, yt) = (PAD_L, W - PAD_R, H - PAD_B, PAD_T);
    let _ = write!(
        s,
        r#"<line class="axis" x1="{x0}" y1="{yb}" x2="{x1}" y2="{yb}"/><line class="axis" x1="{x0}" y1="{yt}" x2="{x0}" y2="{yb}"/>"#
    );
    for (p, label) in [(0.0, "0 %"), (1.0, "100 %")] {
        let _ = write!(
            s,
            r#"<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>"#,
            F1(PAD_L - 4.0),
            F1(y(p) + 4.0),
            label
        );
    }
    for (d, anchor, at) in [(h.start, "start", x0), (h.end, "end", x1)] {
        let _ = write!(
            s,
            r#"<text class="tick" x="{}" y="{}" text-anchor="{}">{}</text>"#,
            F1(at),
            F1(H - 6.0),
            anchor,
            esc(&(h.day)(d))
        );
    }
    let _ = write!(
        s,
        r#"<line class="ideal" x1="{}" y1="{}" x2="{}" y2="{}"><title>{}</title></line>"#,
        F1(x0),
        F1(y(0.0)),
        F1(x1),
        F1(y(1.0)),
        esc(h.words[1])
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_the_points_against_the_diagonal() {
        let d = |m, day| Date::new(2026, m, day).unwrap();
        let fmt = |x: Date| x.to_string();
        let points = [(d(10, 1), 0.0), (d(10, 31), 0.1), (d(11, 15), 0.32)];
        let svg = chart(&History {
            title: "Progress over time",
            start: d(10, 1),
            end: d(12, 31),
            points: &points,
            words: ["Actual", "Expected"],
            day: &fmt,
        })
        .unwrap();
        assert!(svg.starts_with("<svg class=\"chart history\""));
        assert!(svg.contains(
            "aria-label=\"Progress over time: 2026-10-01 0 %, 2026-10-31 10 %, 2026-11-15 32 %\""
        ));
        assert!(
            svg.contains("<polyline class=\"actual\" points=\"46.0,98.0 "),
            "{svg}"
        );
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
        assert!(chart(&History {
            points: &points[..1],
            ..History {
                title: "x",
                start: d(10, 1),
                end: d(12, 31),
                points: &points,
                words: ["a", "b"],
                day: &fmt
            }
        })
        .is_none());
    }
}
