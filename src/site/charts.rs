//! Charts as SVG, made at build time: a page needs no JavaScript to show them. Colours
//! come from CSS classes, so light, dark and print styles apply.

use std::fmt::Write;

use jiff::civil::Date;

use crate::progress::days_between;

/// Escapes text for SVG/HTML.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_esc(&mut out, s);
    out
}

/// Appends `text` to `out`, escaped for SVG/HTML (as [`esc`]).
pub(super) fn push_esc(out: &mut String, text: &str) {
    let mut written = 0;
    for (i, b) in text.bytes().enumerate() {
        let replacement = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[written..i]);
        out.push_str(replacement);
        written = i + 1;
    }
    out.push_str(&text[written..]);
}

/// A coordinate with one decimal, as `{:.1}` writes it but without the exact
/// float-to-decimal path, which dominates chart time on large handbooks (an exact half
/// such as 210.25 rounds away from zero here, to even there). Every coordinate of the
/// charts is written with it.
pub(super) struct F1(pub(super) f64);

impl std::fmt::Display for F1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let t = (fin(self.0) * 10.0).round() as i64;
        let sign = if t < 0 { "-" } else { "" };
        write!(
            f,
            "{sign}{}.{}",
            t.unsigned_abs() / 10,
            t.unsigned_abs() % 10
        )
    }
}

/// Appends `v` as [`F1`] writes it, without the formatting machinery (the dots and
/// lines of check-ins are most of a chart's numbers).
pub(super) fn push_f1(s: &mut String, v: f64) {
    let t = (fin(v) * 10.0).round() as i64;
    if t < 0 {
        s.push('-');
    }
    let t = t.unsigned_abs();
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = t / 10;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.push_str(std::str::from_utf8(&digits[at..]).unwrap_or("0"));
    s.push('.');
    s.push(char::from(b'0' + (t % 10) as u8));
}

/// The largest coordinate written: far beyond any chart, small enough to stay exact.
const MAX_COORD: f64 = 1e6;

/// A number as a chart may write it: NaN and infinity become 0 and coordinates stay
/// within ±1,000,000, so that no input makes an SVG a browser cannot draw. Every
/// computed number of a chart goes through it (or through [`F1`], which uses it).
fn fin(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(-MAX_COORD, MAX_COORD)
    } else {
        0.0
    }
}

/// What a check-in chart shows.
pub struct CheckinChart<'a> {
    pub label: &'a str,
    pub start: Date,
    pub end: Date,
    pub as_of: Date,
    pub baseline: Option<f64>,
    pub target: f64,
    /// `(date, value)` sorted by date.
    pub points: &'a [(Date, f64)],
    /// The trend (least-squares line of the check-ins) on the cycle's first and last
    /// day, when the key result has a forecast.
    pub trend: Option<(f64, f64)>,
    /// Formats a value for the axis labels and the description.
    pub fmt: &'a dyn Fn(f64) -> String,
    /// Formats a date for the axis labels and the description.
    pub day: &'a dyn Fn(Date) -> String,
    /// Legend words: actual, expected path, target, today, trend.
    pub words: [&'a str; 5],
}

const W: f64 = 640.0;
const H: f64 = 240.0;
const PAD_L: f64 = 56.0;
const PAD_R: f64 = 16.0;
const PAD_T: f64 = 16.0;
const PAD_B: f64 = 40.0;

/// The inputs of a [`CheckinChart`] kept within ±1e300, so that no difference of two
/// overflows; a value that is no number at all is not drawn.
struct Bounded {
    target: f64,
    baseline: Option<f64>,
    points: Vec<(Date, f64)>,
    trend: Option<(f64, f64)>,
}

impl Bounded {
    fn of(c: &CheckinChart<'_>) -> Bounded {
        let bounded = |v: f64| v.is_finite().then(|| v.clamp(-1e300, 1e300));
        Bounded {
            target: bounded(c.target).unwrap_or(0.0),
            baseline: c.baseline.and_then(bounded),
            points: c
                .points
                .iter()
                .filter_map(|&(d, v)| Some((d, bounded(v)?)))
                .collect(),
            trend: c.trend.and_then(|(a, b)| Some((bounded(a)?, bounded(b)?))),
        }
    }
}

/// Where dates and values go on the drawing: the cycle across, the values (with a
/// margin) upwards.
struct Frame {
    start: Date,
    span: f64,
    lo: f64,
    hi: f64,
    margin: f64,
}

impl Frame {
    fn new(c: &CheckinChart<'_>, b: &Bounded) -> Frame {
        let mut lo = b.target.min(b.baseline.unwrap_or(b.target));
        let mut hi = b.target.max(b.baseline.unwrap_or(b.target));
        let trend_ends = b.trend.iter().flat_map(|&(a, z)| [a, z]);
        for v in b.points.iter().map(|&(_, v)| v).chain(trend_ends) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if hi == lo {
            hi += 1.0;
            lo -= 1.0;
        }
        let margin = (hi - lo) * 0.08;
        Frame {
            start: c.start,
            span: days_between(c.start, c.end).max(1) as f64,
            lo: lo - margin,
            hi: hi + margin,
            margin,
        }
    }

    fn x(&self, d: Date) -> f64 {
        let share = (days_between(self.start, d) as f64 / self.span).clamp(-0.02, 1.02);
        fin(PAD_L + share * (W - PAD_L - PAD_R))
    }

    fn y(&self, v: f64) -> f64 {
        fin(PAD_T + (self.hi - v) / (self.hi - self.lo) * (H - PAD_T - PAD_B))
    }
}

/// A line chart of check-ins against the ideal line from baseline to target over the
/// cycle (or against the threshold for key results without a baseline).
pub fn checkin_chart(c: &CheckinChart<'_>) -> String {
    let b = Bounded::of(c);
    let f = Frame::new(c, &b);
    // Each check-in's date and value in words, written twice (description and dot).
    let labels: Vec<(String, String)> = b
        .points
        .iter()
        .map(|&(d, v)| ((c.day)(d), (c.fmt)(v)))
        .collect();
    let mut s = String::with_capacity(1536 + 160 * labels.len());
    let _ = write!(
        s,
        r#"<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label=""#
    );
    description(&mut s, c, &b, &labels);
    s.push_str(r#"" xmlns="http://www.w3.org/2000/svg"><title>"#);
    push_esc(&mut s, c.label);
    s.push_str("</title>");
    axes(&mut s, c, &f);
    guides(&mut s, c, &b, &f);
    checkins(&mut s, &b.points, &labels, &f);
    legend(&mut s, c, &b);
    s.push_str("</svg>");
    s
}

/// The chart in words, for those who do not see it, escaped for the attribute: the
/// check-ins, the target and where the trend ends.
fn description(s: &mut String, c: &CheckinChart<'_>, b: &Bounded, labels: &[(String, String)]) {
    push_esc(s, c.label);
    s.push_str(": ");
    push_esc(s, c.words[0]);
    s.push(' ');
    for (i, (day, value)) in labels.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        push_esc(s, day);
        s.push(' ');
        push_esc(s, value);
    }
    s.push_str(", ");
    push_esc(s, c.words[2]);
    s.push(' ');
    push_esc(s, &(c.fmt)(b.target));
    if let Some((_, end)) = b.trend {
        s.push_str(", ");
        push_esc(s, c.words[4]);
        s.push(' ');
        push_esc(s, &(c.day)(c.end));
        s.push(' ');
        push_esc(s, &(c.fmt)(end));
    }
}

/// The two axes, labelled with the cycle's first and last day and the highest and
/// lowest value.
fn axes(s: &mut String, c: &CheckinChart<'_>, f: &Frame) {
    let (x0, x1, yb) = (PAD_L, W - PAD_R, H - PAD_B);
    let _ = write!(
        s,
        r#"<line class="axis" x1="{x0}" y1="{yb}" x2="{x1}" y2="{yb}"/><line class="axis" x1="{x0}" y1="{PAD_T}" x2="{x0}" y2="{yb}"/>"#
    );
    for (x, anchor, day) in [(x0, "start", c.start), (x1, "end", c.end)] {
        let _ = write!(
            s,
            r#"<text class="tick" x="{x}" y="{}" text-anchor="{anchor}">{}</text>"#,
            H - 20.0,
            esc(&(c.day)(day))
        );
    }
    for v in [f.hi - f.margin, f.lo + f.margin] {
        let _ = write!(
            s,
            r#"<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>"#,
            PAD_L - 6.0,
            F1(f.y(v) + 4.0),
            esc(&(c.fmt)(v))
        );
    }
}

/// The target line, the expected path from baseline to target, today and the trend.
fn guides(s: &mut String, c: &CheckinChart<'_>, b: &Bounded, f: &Frame) {
    let (x0, x1, yb) = (PAD_L, W - PAD_R, H - PAD_B);
    let yt = f.y(b.target);
    let _ = write!(
        s,
        r#"<line class="target" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
        x0,
        F1(yt),
        x1,
        F1(yt)
    );
    if let Some(base) = b.baseline {
        let _ = write!(
            s,
            r#"<line class="ideal" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            F1(f.x(c.start)),
            F1(f.y(base)),
            F1(f.x(c.end)),
            F1(yt)
        );
    }
    if c.as_of >= c.start && c.as_of <= c.end {
        let tx = f.x(c.as_of);
        let _ = write!(
            s,
            r#"<line class="today" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            F1(tx),
            PAD_T,
            F1(tx),
            yb
        );
    }
    if let Some((a, z)) = b.trend {
        let _ = write!(
            s,
            r#"<line class="trend" x1="{}" y1="{}" x2="{}" y2="{}"><title>{}</title></line>"#,
            F1(f.x(c.start)),
            F1(f.y(a)),
            F1(f.x(c.end)),
            F1(f.y(z)),
            esc(c.words[4])
        );
    }
}

/// The check-ins as a line with a dot (and its value on hover) for each.
fn checkins(s: &mut String, points: &[(Date, f64)], labels: &[(String, String)], f: &Frame) {
    if points.is_empty() {
        return;
    }
    s.push_str(r#"<polyline class="actual" points=""#);
    for (i, &(d, v)) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        push_f1(s, f.x(d));
        s.push(',');
        push_f1(s, f.y(v));
    }
    s.push_str(r#""/>"#);
    for (&(d, v), (day, value)) in points.iter().zip(labels) {
        s.push_str(r#"<circle class="point" cx=""#);
        push_f1(s, f.x(d));
        s.push_str(r#"" cy=""#);
        push_f1(s, f.y(v));
        s.push_str(r#"" r="3.5"><title>"#);
        push_esc(s, day);
        s.push_str(": ");
        push_esc(s, value);
        s.push_str("</title></circle>");
    }
}

/// The legend below the chart, naming only the lines drawn.
fn legend(s: &mut String, c: &CheckinChart<'_>, b: &Bounded) {
    let ly = H - 6.0;
    let entries = [
        ("actual", c.words[0]),
        ("ideal", c.words[1]),
        ("target", c.words[2]),
        ("today", c.words[3]),
        ("trend", c.words[4]),
    ];
    let mut lx = PAD_L;
    for (class, word) in entries {
        if (class == "ideal" && b.baseline.is_none()) || (class == "trend" && b.trend.is_none()) {
            continue;
        }
        let _ = write!(
            s,
            r#"<line class="{}" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
            class,
            lx,
            F1(ly - 4.0),
            F1(lx + 18.0),
            F1(ly - 4.0)
        );
        let _ = write!(
            s,
            r#"<text class="tick" x="{}" y="{}">{}</text>"#,
            F1(lx + 22.0),
            ly,
            esc(word)
        );
        lx += 30.0 + 7.5 * word.chars().count() as f64;
    }
}

/// A share in [0, 1], as a bar shows it; what is no number counts as 0.
fn share(v: f64) -> f64 {
    if v.is_nan() {
        0.0
    } else {
        v.clamp(0.0, 1.0)
    }
}

/// One bar of a bar chart: a label, a share in [0, 1] and an optional marker.
pub struct Bar<'a> {
    pub label: &'a str,
    pub value: Option<f64>,
    pub marker: Option<f64>,
    /// CSS class of the bar (a status or band id).
    pub class: &'a str,
    pub text: String,
}

/// Horizontal bars, e.g. progress per team with the expected progress marked.
///
/// Narrower than the line chart (`BARS_W`) and shown at most 30rem wide, so that on a
/// phone its labels shrink to about 10 px instead of 6 px.
pub fn bar_chart(title: &str, bars: &[Bar<'_>]) -> String {
    const BARS_W: f64 = 440.0;
    let row = 28.0;
    let label_w = 150.0;
    let h = PAD_T + row * bars.len() as f64 + 8.0;
    let bw = BARS_W - label_w - 58.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="chart bars" viewBox="0 0 {BARS_W} {h}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg"><title>{}</title>"#,
        esc(&format!(
            "{title}: {}",
            bars.iter()
                .map(|b| format!("{} {}", b.label, b.text))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        esc(title)
    );
    for (i, b) in bars.iter().enumerate() {
        let top = PAD_T + row * i as f64;
        let label: String = if b.label.chars().count() > 22 {
            b.label.chars().take(21).collect::<String>() + "…"
        } else {
            b.label.to_string()
        };
        let _ = write!(
            s,
            r#"<text class="tick" x="{}" y="{}" text-anchor="end">{}</text>"#,
            F1(label_w - 8.0),
            F1(top + 15.0),
            esc(&label)
        );
        let _ = write!(
            s,
            r#"<rect class="track" x="{}" y="{}" width="{}" height="18" rx="3"/>"#,
            label_w,
            F1(top),
            F1(bw)
        );
        if let Some(v) = b.value {
            let _ = write!(
                s,
                r#"<rect class="bar {}" x="{}" y="{}" width="{}" height="18" rx="3"/>"#,
                esc(b.class),
                label_w,
                F1(top),
                F1(share(v) * bw)
            );
        }
        if let Some(m) = b.marker {
            let mx = label_w + share(m) * bw;
            let _ = write!(
                s,
                r#"<line class="expected" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
                F1(mx),
                F1(top - 3.0),
                F1(mx),
                F1(top + 21.0)
            );
        }
        let _ = write!(
            s,
            r#"<text class="tick" x="{}" y="{}">{}</text>"#,
            F1(label_w + bw + 8.0),
            F1(top + 15.0),
            esc(&b.text)
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn pushed_coordinates_match_f1() {
        for v in [
            0.0,
            -0.0,
            0.04,
            0.05,
            -0.05,
            1.25,
            210.25,
            -3.96,
            99.95,
            1e6,
            2e6,
            -2e6,
            f64::NAN,
            f64::INFINITY,
            123_456.789,
        ] {
            let mut s = String::new();
            push_f1(&mut s, v);
            assert_eq!(s, F1(v).to_string(), "{v}");
        }
    }

    #[test]
    fn one_decimal_matches_std() {
        for v in [
            0.0, 0.04, 0.05, 0.15, 1.25, -0.04, -0.06, -3.75, 123.456, 639.99, 16.0,
        ] {
            let ours = super::F1(v).to_string();
            let std = format!("{v:.1}");
            // Rounding half away from zero may differ from std's half-to-even on exact
            // halves; both are within 0.05 of the value, which is all a chart needs.
            let (a, b): (f64, f64) = (ours.parse().unwrap(), std.parse().unwrap());
            assert!((a - b).abs() <= 0.1 + 1e-9, "{v}: {ours} vs {std}");
            assert!((a - v).abs() <= 0.05 + 1e-9, "{v}: {ours}");
        }
        assert_eq!(super::F1(-0.04).to_string(), "0.0");
        assert_eq!(super::F1(12.34).to_string(), "12.3");
        assert_eq!(super::F1(-12.36).to_string(), "-12.4");
    }

    use super::*;

    #[test]
    fn checkin_chart_is_escaped_svg_with_every_point() {
        let pts = [
            (Date::constant(2026, 10, 5), 22.0),
            (Date::constant(2026, 11, 2), 27.0),
        ];
        let fmt = |v: f64| format!("{v}");
        let svg = checkin_chart(&CheckinChart {
            label: "NPS <B2B>",
            start: Date::constant(2026, 10, 1),
            end: Date::constant(2026, 12, 31),
            as_of: Date::constant(2026, 11, 23),
            baseline: Some(20.0),
            target: 35.0,
            points: &pts,
            trend: Some((20.5, 31.25)),
            fmt: &fmt,
            day: &|d: Date| d.strftime("%d.%m.%Y").to_string(),
            words: ["actual", "expected path", "target", "today", "trend"],
        });
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains("NPS &lt;B2B&gt;"));
        assert!(!svg.contains("<B2B>"));
        assert!(svg.contains(r#"class="ideal""#) && svg.contains(r#"class="today""#));
        // The trend line and its end in the description, dates as the language writes them.
        assert_eq!(
            svg.matches(r#"<line class="trend""#).count(),
            2,
            "line and legend"
        );
        assert!(svg.contains("trend 31.12.2026 31.25"), "{svg}");
        assert!(svg.contains("05.10.2026 22") && !svg.contains("2026-10-05"));
        // Without a forecast, no trend and no legend entry for it.
        let plain = checkin_chart(&CheckinChart {
            label: "x",
            start: Date::constant(2026, 10, 1),
            end: Date::constant(2026, 12, 31),
            as_of: Date::constant(2026, 11, 23),
            baseline: Some(20.0),
            target: 35.0,
            points: &pts,
            trend: None,
            fmt: &fmt,
            day: &|d: Date| d.to_string(),
            words: ["actual", "expected path", "target", "today", "trend"],
        });
        assert!(!plain.contains("trend"));
    }

    /// Every number in the geometry attributes of an SVG, as written.
    fn numbers(svg: &str) -> Vec<String> {
        const GEOMETRY: &[&str] = &[
            "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height", "viewBox",
            "points",
        ];
        let mut out = Vec::new();
        let mut rest = svg;
        while let Some(eq) = rest.find("=\"") {
            let name = rest[..eq].rsplit(' ').next().unwrap_or("");
            let value_end = rest[eq + 2..].find('"').unwrap() + eq + 2;
            if GEOMETRY.contains(&name) {
                out.extend(
                    rest[eq + 2..value_end]
                        .split([' ', ','])
                        .map(str::to_string),
                );
            }
            rest = &rest[value_end + 1..];
        }
        out
    }

    fn assert_drawable(svg: &str) {
        let lower = svg.to_ascii_lowercase();
        assert!(!lower.contains("nan") && !lower.contains("inf"), "{svg}");
        for n in numbers(svg) {
            let v: f64 = n.parse().unwrap_or_else(|_| panic!("`{n}` in {svg}"));
            assert!(v.is_finite() && v.abs() <= 1e6, "{n} in {svg}");
        }
    }

    #[test]
    fn no_input_writes_nan_or_infinity() {
        let fmt = |v: f64| crate::lang::number(v, crate::lang::Language::En);
        let extremes = [
            f64::MAX,
            -f64::MAX,
            f64::MIN_POSITIVE,
            1e308,
            -1e308,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0.0,
        ];
        for &target in &extremes {
            for &baseline in &extremes {
                let pts = [
                    (Date::constant(2026, 10, 5), f64::MAX),
                    (Date::constant(2026, 10, 6), -f64::MAX),
                    (Date::constant(2026, 10, 7), f64::NAN),
                    (Date::constant(2026, 11, 2), baseline),
                ];
                let svg = checkin_chart(&CheckinChart {
                    label: "x",
                    start: Date::constant(2026, 10, 1),
                    end: Date::constant(2026, 12, 31),
                    as_of: Date::constant(2026, 11, 23),
                    baseline: Some(baseline),
                    target,
                    points: &pts,
                    trend: Some((baseline, target)),
                    fmt: &fmt,
                    day: &|d: Date| d.to_string(),
                    words: ["actual", "expected path", "target", "today", "trend"],
                });
                assert_drawable(&svg);
            }
        }
        let bars: Vec<Bar<'_>> = extremes
            .iter()
            .map(|&v| Bar {
                label: "t",
                value: Some(v),
                marker: Some(v),
                class: "on-track",
                text: String::new(),
            })
            .collect();
        assert_drawable(&bar_chart("Teams", &bars));
    }

    #[test]
    fn bars_show_value_and_marker() {
        let svg = bar_chart(
            "Teams",
            &[Bar {
                label: "CX",
                value: Some(0.5),
                marker: Some(0.6),
                class: "at-risk",
                text: "50 %".into(),
            }],
        );
        assert!(svg.contains(r#"class="bar at-risk""#));
        assert!(svg.contains(r#"class="expected""#));
    }
}
