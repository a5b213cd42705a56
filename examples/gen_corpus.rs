//! Writes a synthetic okrbook handbook for benchmarks and profiling.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- DIR N [--seed S] [--force]
//! ```
//!
//! The handbook has the four quarters of 2026 as cycles (Q4 running on its
//! `today: 2026-11-23`), N/5 teams, 12 principles and N objectives with four key
//! results each and weekly check-ins: about 4 KB per objective file. It has no errors,
//! and a small, fixed share of warnings so that the lint rules have work: activity key
//! results, objectives with 1 or 6 key results, key results without a target, stale
//! check-ins and unknown-field typos.
//!
//! Same arguments, same bytes: every choice comes from one seeded SplitMix64. Only std,
//! so the generator neither depends on nor changes with the code it benchmarks.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// `writeln!` into a `String`, which cannot fail.
macro_rules! put {
    ($dst:expr, $($arg:tt)*) => {{
        let _ = writeln!($dst, $($arg)*);
    }};
}

// Shares of findings injected on purpose; everything else is a clean, realistic OKR.
/// Key results named as activities (`kr-activity`).
const ACTIVITY_RATE: f64 = 0.03;
/// Key results without target, threshold or `done` (`kr-not-measurable`).
const NOT_MEASURABLE_RATE: f64 = 0.01;
/// Key results whose check-ins stopped more than 14 days ago (`stale-checkin`), as a
/// share of all key results; only key results of the running cycle can be stale.
const STALE_RATE: f64 = 0.01;
/// Objectives with 1 or 6 key results (`kr-count`).
const ODD_KR_COUNT_RATE: f64 = 0.01;
/// Objectives with a misspelt field (`unknown-field`).
const TYPO_RATE: f64 = 0.005;
/// Most objectives have this many key results.
const KRS_PER_OBJECTIVE: usize = 4;
/// Teams are sized so that none has more objectives than this in one cycle
/// (`too-many-objectives` fires above 5).
const MAX_OBJECTIVES_PER_TEAM: usize = 5;

/// The handbook's `today:`, as a day of 2026 (2026-11-23).
const TODAY: u32 = 327;
const MONTH_DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// A day of 2026 (1 = 2026-01-01) as `YYYY-MM-DD`; every date of the handbook is in 2026.
fn date(mut day: u32) -> String {
    let mut month = 0;
    while day > MONTH_DAYS[month] {
        day -= MONTH_DAYS[month];
        month += 1;
    }
    format!("2026-{:02}-{:02}", month + 1, day)
}

struct Cycle {
    id: &'static str,
    title: &'static str,
    start: u32,
    end: u32,
    /// Share of the objectives: most work is in the running quarter.
    share: f64,
}

#[rustfmt::skip]
const CYCLES: [Cycle; 4] = [
    Cycle { id: "2026-q1", title: "Q1 2026", start: 1, end: 90, share: 0.12 },
    Cycle { id: "2026-q2", title: "Q2 2026", start: 91, end: 181, share: 0.14 },
    Cycle { id: "2026-q3", title: "Q3 2026", start: 182, end: 273, share: 0.18 },
    Cycle { id: "2026-q4", title: "Q4 2026", start: 274, end: 365, share: 0.56 },
];

/// SplitMix64: tiny, fast, and the same sequence on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 32) * n as u64) >> 32) as usize
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn between(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }

    fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

#[rustfmt::skip]
const FIRST_NAMES: [&str; 40] = [
    "Anna", "Jonas", "Lea", "Lukas", "Mia", "Felix", "Emma", "Paul", "Sofia", "Noah",
    "Hannah", "Elias", "Clara", "Ben", "Marie", "Leon", "Laura", "David", "Nora", "Tim",
    "Sarah", "Jan", "Julia", "Finn", "Lina", "Max", "Eva", "Tom", "Ida", "Oskar", "Maya",
    "Samuel", "Helena", "Adam", "Zoe", "Erik", "Amira", "Omar", "Chloe", "Mateo",
];

#[rustfmt::skip]
const LAST_NAMES: [&str; 40] = [
    "Schmidt", "Weber", "Fischer", "Meyer", "Wagner", "Becker", "Hoffmann", "Koch",
    "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Braun", "Zimmermann", "Hartmann",
    "Lange", "Krause", "Lehmann", "Walter", "Peters", "Jansen", "Berg", "Larsen", "Novak",
    "Moreau", "Rossi", "Garcia", "Silva", "Kowalski", "Dubois", "Costa", "Nielsen",
    "Yilmaz", "Popescu", "Horvat", "Murphy", "Brown", "Evans", "Kaya",
];

#[rustfmt::skip]
const AREAS: [&str; 16] = [
    "Customer Care", "Billing", "Onboarding", "Field Service", "Digital Channels",
    "Customer Success", "Retention", "Complaints", "Logistics", "Self-Service",
    "Sales Support", "Partner Management", "Product Support", "Service Quality", "Returns",
    "Community",
];

#[rustfmt::skip]
const REGIONS: [&str; 16] = [
    "North", "South", "East", "West", "Central", "Berlin", "Hamburg", "Munich", "Vienna",
    "Zurich", "Nordics", "Benelux", "France", "Iberia", "UK", "Online",
];

/// Where a metric is measured; appended to titles. Empty: the whole business.
#[rustfmt::skip]
const SEGMENTS: [&str; 20] = [
    "for B2B customers", "for new customers", "in the mobile app", "in chat support",
    "in the web shop", "for premium accounts", "in the DACH region", "for small businesses",
    "in phone support", "for enterprise accounts", "in the Nordics",
    "for returning customers", "across all channels", "for first-time buyers",
    "in the partner channel", "for private customers", "in the self-service portal",
    "in France", "for public-sector clients", "",
];

struct Principle {
    id: &'static str,
    title: &'static str,
    summary: &'static str,
}

#[rustfmt::skip]
const PRINCIPLES: [Principle; 12] = [
    Principle { id: "facts-over-activities", title: "Facts over activities", summary: "We measure what changes for customers, not how busy we are." },
    Principle { id: "customer-first", title: "Customer first", summary: "Every decision starts with what the customer needs." },
    Principle { id: "one-voice", title: "One voice", summary: "Customers hear the same answer on every channel." },
    Principle { id: "fix-root-causes", title: "Fix root causes", summary: "We remove the reason for a contact, not just the contact." },
    Principle { id: "effortless-service", title: "Effortless service", summary: "Getting help takes as little time and effort as possible." },
    Principle { id: "keep-promises", title: "Keep promises", summary: "We promise what we can deliver, and deliver what we promise." },
    Principle { id: "measure-what-matters", title: "Measure what matters", summary: "Few metrics, clearly defined, reviewed every week." },
    Principle { id: "listen-and-act", title: "Listen and act", summary: "Feedback is only worth something when it leads to change." },
    Principle { id: "proactive-care", title: "Proactive care", summary: "We tell customers about a problem before they have to ask." },
    Principle { id: "empowered-frontline", title: "Empowered frontline", summary: "The person on the line may solve the problem on the spot." },
    Principle { id: "plain-language", title: "Plain language", summary: "We write so that everybody understands us the first time." },
    Principle { id: "close-the-loop", title: "Close the loop", summary: "Every customer who gave feedback hears what we did with it." },
];

/// A metric a key result can move, with a plausible range and step.
struct Metric {
    name: &'static str,
    unit: &'static str,
    /// Higher is better.
    up: bool,
    /// Range of baselines.
    lo: f64,
    hi: f64,
    /// Range of the planned change in one quarter.
    step: (f64, f64),
    /// Decimals written.
    dec: usize,
    /// Upper bound of any value (100 for shares).
    max: f64,
}

const fn m(
    name: &'static str,
    unit: &'static str,
    up: bool,
    range: (f64, f64),
    step: (f64, f64),
    dec: usize,
    max: f64,
) -> Metric {
    Metric {
        name,
        unit,
        up,
        lo: range.0,
        hi: range.1,
        step,
        dec,
        max,
    }
}

#[rustfmt::skip]
const METRICS: [Metric; 26] = [
    m("first-contact resolution", "%", true, (45.0, 75.0), (4.0, 15.0), 0, 100.0),
    m("customer satisfaction (CSAT)", "points", true, (3.4, 4.2), (0.2, 0.6), 1, 5.0),
    m("self-service rate", "%", true, (20.0, 50.0), (5.0, 15.0), 0, 100.0),
    m("renewal rate", "%", true, (70.0, 88.0), (2.0, 8.0), 1, 100.0),
    m("share of tickets solved within one day", "%", true, (40.0, 70.0), (5.0, 20.0), 0, 100.0),
    m("app store rating", "stars", true, (3.2, 4.3), (0.2, 0.5), 1, 5.0),
    m("trial-to-paid conversion", "%", true, (8.0, 20.0), (1.0, 5.0), 1, 100.0),
    m("share of monthly active users", "%", true, (30.0, 60.0), (3.0, 10.0), 0, 100.0),
    m("repeat purchase rate", "%", true, (15.0, 35.0), (2.0, 8.0), 1, 100.0),
    m("helpfulness rating of help-centre articles", "%", true, (50.0, 75.0), (5.0, 15.0), 0, 100.0),
    m("on-time delivery rate", "%", true, (80.0, 94.0), (2.0, 5.0), 1, 100.0),
    m("monthly recurring revenue", "kEUR", true, (120.0, 900.0), (15.0, 90.0), 0, 1e9),
    m("customer health score", "points", true, (55.0, 75.0), (4.0, 12.0), 0, 100.0),
    m("share of customers on annual plans", "%", true, (20.0, 45.0), (3.0, 10.0), 0, 100.0),
    m("employee engagement score", "points", true, (60.0, 75.0), (3.0, 8.0), 0, 100.0),
    m("average handling time", "min", false, (6.0, 14.0), (1.0, 3.0), 1, 1e9),
    m("churn rate", "%", false, (3.0, 9.0), (0.5, 2.5), 1, 100.0),
    m("time to first response", "h", false, (4.0, 30.0), (2.0, 10.0), 0, 1e9),
    m("ticket backlog", "tickets", false, (200.0, 2000.0), (80.0, 600.0), 0, 1e9),
    m("complaint rate", "%", false, (1.0, 5.0), (0.3, 1.5), 1, 100.0),
    m("repeat contact rate", "%", false, (12.0, 30.0), (3.0, 8.0), 0, 100.0),
    m("time to onboard", "days", false, (10.0, 30.0), (3.0, 10.0), 0, 1e9),
    m("invoice error rate", "%", false, (1.0, 4.0), (0.3, 1.5), 1, 100.0),
    m("call abandonment rate", "%", false, (5.0, 15.0), (1.5, 5.0), 1, 100.0),
    m("time to resolution", "h", false, (20.0, 80.0), (5.0, 25.0), 0, 1e9),
    m("escalations to second-level support", "per week", false, (20.0, 120.0), (5.0, 30.0), 0, 1e9),
];

const INCREASE_TITLES: [&str; 6] = [
    "Raise {m} {seg} from {b} to {t}",
    "Increase {m} {seg} from {b} to {t}",
    "Lift {m} {seg} from {b} to {t}",
    "Grow {m} {seg} to {t}",
    "{M} {seg} reaches {t}",
    "{M} {seg} rises from {b} to {t}",
];

const DECREASE_TITLES: [&str; 5] = [
    "Reduce {m} {seg} from {b} to {t}",
    "Cut {m} {seg} from {b} to {t}",
    "Lower {m} {seg} to {t}",
    "Bring {m} {seg} down from {b} to {t}",
    "{M} {seg} falls from {b} to {t}",
];

const ABOVE_TITLES: [&str; 2] = ["Keep {m} {seg} above {t}", "{M} {seg} stays above {t}"];
const BELOW_TITLES: [&str; 2] = ["Keep {m} {seg} below {t}", "{M} {seg} stays below {t}"];
const VAGUE_TITLES: [&str; 3] = ["Improve {m} {seg}", "Better {m} {seg}", "Work on {m} {seg}"];

const MILESTONE_TITLES: [&str; 8] = [
    "Contracts can be cancelled online {seg}",
    "Refunds are paid out automatically {seg}",
    "Every complaint {seg} has a named owner",
    "Invoices are available in the customer portal {seg}",
    "Appointments can be booked online {seg}",
    "Order status is visible in real time {seg}",
    "Chat support is available on weekends {seg}",
    "Customers {seg} are told about outages before they call",
];

/// Activities and outputs rather than results: what `kr-activity` is there to catch.
/// `unit` empty: a milestone ("launch the thing"), else a count of things done.
const ACTIVITIES: [(&str, &str); 8] = [
    ("Hold {n} customer workshops {seg}", "workshops"),
    ("Run {n} usability tests {seg}", "tests"),
    ("Conduct {n} customer interviews {seg}", "interviews"),
    (
        "Organise {n} trainings for service staff {seg}",
        "trainings",
    ),
    ("Create {n} new help-centre articles {seg}", "articles"),
    ("Launch the new onboarding {seg}", ""),
    ("Implement the new ticket routing {seg}", ""),
    ("Introduce a customer advisory board {seg}", ""),
];

const OBJECTIVE_TITLES: [&str; 18] = [
    "Customers {seg} get help at the first contact",
    "Doing business with us {seg} feels effortless",
    "Customers {seg} stay because they want to",
    "Complaints {seg} turn into loyalty",
    "Service {seg} feels personal again",
    "Customers {seg} trust our invoices",
    "Onboarding {seg} is a pleasure",
    "Nobody {seg} has to ask twice",
    "Our frontline {seg} solves problems without escalation",
    "Customers {seg} find answers on their own",
    "Deliveries {seg} arrive when we promised",
    "Loyal customers {seg} grow with us",
    "Customers {seg} understand what they pay for",
    "Feedback {seg} leads to visible change",
    "Waiting {seg} becomes the exception",
    "We earn recommendations {seg}",
    "Renewals {seg} are a formality",
    "Problems {seg} are fixed at the root",
];

const SENTENCES: [&str; 20] = [
    "Customers told us in interviews and survey comments that this is where we lose them.",
    "The numbers from the last two quarters show the same pattern in every region.",
    "Most of the contacts we receive here could be avoided if we got the first answer right.",
    "We agreed with the neighbouring teams that we own this topic end to end.",
    "Success means that customers notice the difference without us having to explain it.",
    "We will review the key results every Monday in the team meeting and adjust our plan.",
    "The biggest risk is that we fix symptoms in one channel and move the problem to another.",
    "Data comes from the CRM export and the monthly survey; both are refreshed every week.",
    "We keep the scope small on purpose so that we can finish what we start.",
    "Frontline staff proposed most of the ideas behind this objective.",
    "If we reach this, we free time for the conversations that really need a person.",
    "The work depends on the platform team, which has agreed to reserve capacity for us.",
    "Last quarter we learned that training alone does not change the numbers.",
    "We compare ourselves with the best team in the company, not with the average.",
    "Customers with the longest history with us are also the ones who complain the least.",
    "A simpler process helps new colleagues as much as it helps our customers.",
    "We share progress openly in the company newsletter at the end of every month.",
    "Where the data is unclear, we talk to customers before we decide.",
    "This objective continues the work we started in the previous quarter.",
    "Everything we do here should still make sense a year from now.",
];

const NOTES: [&str; 16] = [
    "New call script in place since Monday",
    "Holiday season slowed us down",
    "Pilot with two teams looks promising",
    "Numbers from the CRM export, not yet cleaned",
    "Backlog cleared after the release",
    "Waiting for IT to change the routing rules",
    "Better than expected after the price change",
    "Measured over the last four weeks",
    "Two colleagues on sick leave this week",
    "Survey response rate was low this time",
    "Fixed the duplicate tickets in the report",
    "Campaign started on Tuesday, first effects visible",
    "Flat week, no changes rolled out",
    "Regional rollout finished",
    "Data source switched to the new dashboard",
    "Reviewed with the team lead, plan unchanged",
];

/// Misspelt keys that okrbook should flag with a did-you-mean.
const TYPOS: [(&str, &str); 3] = [
    ("owner", "ownr"),
    ("contributors", "contributers"),
    ("principles", "principels"),
];

fn person(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(&FIRST_NAMES), rng.pick(&LAST_NAMES))
}

/// Fills a title template and normalises the spaces an empty segment leaves behind.
fn fill(template: &str, metric: &str, seg: &str, b: &str, t: &str) -> String {
    let mut cap = metric.to_string();
    if let Some(first) = cap.get(..1) {
        let upper = first.to_uppercase();
        cap.replace_range(..1, &upper);
    }
    let s = template
        .replace("{M}", &cap)
        .replace("{m}", metric)
        .replace("{seg}", seg)
        .replace("{b}", b)
        .replace("{t}", t)
        .replace("{n}", t);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A number as YAML writes it: `dec` decimals, without a trailing `.0`.
fn num(v: f64, dec: usize) -> String {
    let s = format!("{v:.dec$}");
    match s.strip_suffix(".0") {
        Some(whole) => whole.to_string(),
        None => s,
    }
}

/// A number with its unit, as a title shows it.
fn with_unit(v: &str, unit: &str) -> String {
    match unit {
        "%" => format!("{v}%"),
        _ => format!("{v} {unit}"),
    }
}

/// `v` rounded to `dec` (0 to 2) decimals. No `powf` or `powi` anywhere: their results may
/// differ between platforms' maths libraries, and the output must not.
fn round(v: f64, dec: usize) -> f64 {
    let f = [1.0, 10.0, 100.0][dec];
    (v * f).round() / f
}

#[derive(Clone, Copy, PartialEq)]
enum KrKind {
    Increase,
    Decrease,
    Threshold,
    Milestone,
    Activity,
    NotMeasurable,
}

fn kr_kind(rng: &mut Rng) -> KrKind {
    let r = rng.unit();
    if r < ACTIVITY_RATE {
        return KrKind::Activity;
    }
    if r < ACTIVITY_RATE + NOT_MEASURABLE_RATE {
        return KrKind::NotMeasurable;
    }
    match rng.below(100) {
        0..70 => KrKind::Increase,
        70..85 => KrKind::Decrease,
        85..95 => KrKind::Threshold,
        _ => KrKind::Milestone,
    }
}

/// Check-in days: weekly from the cycle's start (shifted by a few days per key result),
/// up to `as_of` or the cycle's end, or up to `last` for a stale key result.
fn checkin_days(rng: &mut Rng, cycle: &Cycle, stale: bool) -> Vec<u32> {
    let mut last = cycle.end.min(TODAY);
    if stale {
        last = TODAY - 15 - rng.below(21) as u32;
    }
    let mut day = cycle.start + rng.below(5) as u32;
    let mut days = Vec::with_capacity(14);
    while day <= last {
        days.push(day);
        day += 7;
    }
    days
}

/// Confidence in tenths, drifting week by week.
struct Confidence(i32);

impl Confidence {
    fn step(&mut self, rng: &mut Rng) -> String {
        self.0 = (self.0 + rng.below(3) as i32 - 1).clamp(1, 10);
        if self.0 == 10 {
            "1.0".to_string()
        } else {
            format!("0.{}", self.0)
        }
    }
}

fn note(rng: &mut Rng) -> String {
    if rng.chance(0.25) {
        format!(", note: \"{}\"", rng.pick(&NOTES))
    } else {
        String::new()
    }
}

/// Writes one key result of `kind` as an item of `key_results`.
fn write_kr(out: &mut String, rng: &mut Rng, cycle: &Cycle, kind: KrKind, stale: bool) {
    let metric = match kind {
        KrKind::Increase => loop {
            let m = &METRICS[rng.below(METRICS.len())];
            if m.up {
                break m;
            }
        },
        KrKind::Decrease => loop {
            let m = &METRICS[rng.below(METRICS.len())];
            if !m.up {
                break m;
            }
        },
        _ => &METRICS[rng.below(METRICS.len())],
    };
    // Some metrics read oddly with a customer segment ("engagement for new customers").
    let seg = rng.pick(&SEGMENTS);
    let seg = if metric.name.starts_with("employee") || metric.name.starts_with("app store") {
        ""
    } else {
        seg
    };
    let days = checkin_days(rng, cycle, stale);
    let length = (cycle.end - cycle.start) as f64;
    let mut conf = Confidence(5 + rng.below(4) as i32);
    let owner = rng.chance(0.25).then(|| person(rng));
    let weight = rng.chance(0.1);
    let mut fields = String::new();
    let mut checkins = String::new();
    let title;
    match kind {
        KrKind::Increase | KrKind::Decrease | KrKind::NotMeasurable => {
            let dec = metric.dec;
            let base = round(rng.between(metric.lo, metric.hi), dec);
            // Never more than 60 % of the baseline, so a falling metric stays above zero.
            let mut step = round(
                rng.between(metric.step.0, metric.step.1).min(base * 0.6),
                dec,
            );
            if step == 0.0 {
                step = [1.0, 0.1, 0.01][dec];
            }
            let target = if metric.up {
                (base + step).min(metric.max)
            } else {
                base - step
            };
            let (b, t) = (num(base, dec), num(target, dec));
            // Where the key result ends up at the end of the cycle, as a share of the way
            // from baseline to target; a stale one must stay below its target.
            let reach = if stale {
                rng.between(0.2, 0.9)
            } else {
                // Between 0 and 1.15, most often around 0.7 to 1.
                let u = 1.0 - rng.unit();
                (1.0 - u * u) * 1.15
            };
            if kind == KrKind::NotMeasurable {
                title = fill(rng.pick(&VAGUE_TITLES), metric.name, seg, "", "");
            } else {
                let templates: &[&str] = if metric.up {
                    &INCREASE_TITLES
                } else {
                    &DECREASE_TITLES
                };
                title = fill(
                    rng.pick(templates),
                    metric.name,
                    seg,
                    &with_unit(&b, metric.unit),
                    &with_unit(&t, metric.unit),
                );
            }
            put!(fields, "    unit: \"{}\"", metric.unit);
            put!(fields, "    baseline: {b}");
            if kind != KrKind::NotMeasurable {
                put!(fields, "    target: {t}");
                if rng.chance(0.1) {
                    let dir = if metric.up { "increase" } else { "decrease" };
                    put!(fields, "    direction: {dir}");
                }
            }
            for &day in &days {
                let elapsed = (day - cycle.start) as f64 / length;
                let share = reach * elapsed + rng.between(-0.06, 0.06);
                let v = round(base + (target - base) * share, dec).clamp(0.0, metric.max);
                let (c, n) = (conf.step(rng), note(rng));
                put!(
                    checkins,
                    "      - {{date: {}, value: {}, confidence: {c}{n}}}",
                    date(day),
                    num(v, dec)
                );
            }
        }
        KrKind::Threshold => {
            let dec = metric.dec;
            let target = round(rng.between(metric.lo, metric.hi), dec);
            let (keep, templates) = if metric.up {
                ("above", &ABOVE_TITLES)
            } else {
                ("below", &BELOW_TITLES)
            };
            let t = num(target, dec);
            title = fill(
                rng.pick(templates),
                metric.name,
                seg,
                "",
                &with_unit(&t, metric.unit),
            );
            put!(fields, "    keep: {keep}");
            put!(fields, "    target: {t}");
            put!(fields, "    unit: \"{}\"", metric.unit);
            // Mostly on the right side of the threshold, sometimes not.
            let bias = rng.between(-0.3, 0.8);
            let sign = if metric.up { 1.0 } else { -1.0 };
            for &day in &days {
                let off = (bias + rng.between(-0.5, 0.5)) * metric.step.0 * sign;
                let v = round(target + off, dec).clamp(0.0, metric.max);
                let (c, n) = (conf.step(rng), note(rng));
                put!(
                    checkins,
                    "      - {{date: {}, value: {}, confidence: {c}{n}}}",
                    date(day),
                    num(v, dec)
                );
            }
        }
        KrKind::Milestone | KrKind::Activity => {
            let (template, unit) = if kind == KrKind::Activity {
                rng.pick(&ACTIVITIES)
            } else {
                (rng.pick(&MILESTONE_TITLES), "")
            };
            if unit.is_empty() {
                title = fill(template, "", seg, "", "");
                write_milestone(&mut fields, &mut checkins, rng, cycle, &days, &mut conf);
            } else {
                let target = 4 + rng.below(20);
                title = fill(template, "", seg, "", &target.to_string());
                put!(fields, "    unit: \"{unit}\"");
                put!(fields, "    target: {target}");
                let reach = rng.between(0.3, 1.1);
                for &day in &days {
                    let elapsed = (day - cycle.start) as f64 / length;
                    let v = (target as f64 * reach * elapsed).floor();
                    let (c, n) = (conf.step(rng), note(rng));
                    put!(
                        checkins,
                        "      - {{date: {}, value: {v}, confidence: {c}{n}}}",
                        date(day)
                    );
                }
            }
        }
    }
    put!(out, "  - title: {title}");
    if let Some(owner) = owner {
        put!(out, "    owner: {owner}");
    }
    out.push_str(&fields);
    if weight {
        put!(out, "    weight: 2");
    }
    if !checkins.is_empty() {
        put!(out, "    checkins:");
        out.push_str(&checkins);
    }
}

/// A milestone: `done:` plus check-ins that flip to done on the day it was reached.
fn write_milestone(
    fields: &mut String,
    checkins: &mut String,
    rng: &mut Rng,
    cycle: &Cycle,
    days: &[u32],
    conf: &mut Confidence,
) {
    let p_done = if cycle.end < TODAY { 0.65 } else { 0.3 };
    let done_from = if days.len() > 1 && rng.chance(p_done) {
        days.len() / 2 + rng.below(days.len() - days.len() / 2)
    } else {
        usize::MAX
    };
    let done = done_from < days.len();
    put!(fields, "    done: {done}");
    for (i, &day) in days.iter().enumerate() {
        let (c, n) = (conf.step(rng), note(rng));
        put!(
            checkins,
            "      - {{date: {}, done: {}, confidence: {c}{n}}}",
            date(day),
            i >= done_from
        );
    }
}

/// Two to four sentences.
fn paragraph(rng: &mut Rng) -> String {
    let n = 2 + rng.below(3);
    let p: Vec<&str> = (0..n).map(|_| rng.pick(&SENTENCES)).collect();
    p.join(" ")
}

/// The objective file's body: a paragraph or two, with a relative link and a wiki link to
/// one of its principles.
fn write_body(out: &mut String, rng: &mut Rng, principle: &Principle) {
    let first = paragraph(rng);
    put!(
        out,
        "{first} It puts [{}](../../../principles/{}.md) into practice.",
        principle.title,
        principle.id
    );
    if rng.chance(0.6) {
        let second = paragraph(rng);
        put!(
            out,
            "\n{second} How we measure it is described in [[{}]].",
            principle.id
        );
    } else {
        put!(out, "\nSee [[{}]] for how we measure it.", principle.id);
    }
}

struct Plan {
    cycle: usize,
    team: usize,
    parent: Option<usize>,
}

/// Which cycle, team and parent each objective gets. Ids grow through the year, so a
/// parent (always an earlier objective, preferably of the same cycle) never forms a loop.
fn plan(rng: &mut Rng, n: usize, teams: usize) -> Vec<Plan> {
    let mut counts: Vec<usize> = CYCLES
        .iter()
        .map(|c| (n as f64 * c.share) as usize)
        .collect();
    counts[3] = n - counts[..3].iter().sum::<usize>();
    let mut plans = Vec::with_capacity(n);
    for (c, &count) in counts.iter().enumerate() {
        let first = plans.len();
        let mut load = vec![0usize; teams];
        for _ in 0..count {
            // A random team with room left; teams × 5 ≥ n, so there always is one.
            let mut team = rng.below(teams);
            while load[team] >= MAX_OBJECTIVES_PER_TEAM {
                team = (team + 1) % teams;
            }
            load[team] += 1;
            let i = plans.len();
            let parent = if (i + 1) % 10 != 0 {
                None
            } else if i > first {
                Some(first + rng.below(i - first))
            } else {
                Some(rng.below(i))
            };
            plans.push(Plan {
                cycle: c,
                team,
                parent,
            });
        }
    }
    plans
}

struct Writer {
    root: PathBuf,
    dirs: HashSet<PathBuf>,
    files: u64,
    bytes: u64,
}

impl Writer {
    fn write(&mut self, rel: &str, text: &str) -> io::Result<()> {
        let path = self.root.join(rel);
        if let Some(dir) = path.parent() {
            if !self.dirs.contains(dir) {
                fs::create_dir_all(dir)?;
                self.dirs.insert(dir.to_path_buf());
            }
        }
        fs::write(&path, text)?;
        self.files += 1;
        self.bytes += text.len() as u64;
        Ok(())
    }
}

fn generate(w: &mut Writer, n: usize, seed: u64) -> io::Result<()> {
    let mut rng = Rng(seed);
    let teams = n.div_ceil(MAX_OBJECTIVES_PER_TEAM).max(1);
    let team_width = teams.to_string().len().max(4);
    let obj_width = n.to_string().len().max(6);
    let team_id = |t: usize| format!("team-{:0team_width$}", t + 1);
    let obj_id = |o: usize| format!("o-{:0obj_width$}", o + 1);

    w.write(
        "okrbook.yaml",
        &format!(
            "{MARKER} (n: {n}, seed: {seed}); safe to delete.\n\
             title: \"CX handbook benchmark ({n} objectives)\"\n\
             language: en\n\
             today: {}\n",
            date(TODAY)
        ),
    )?;
    w.write(
        "content/_index.md",
        "---\ntitle: Customer experience handbook\n---\n\
         This handbook collects the objectives and key results of every team, the cycles they\n\
         belong to, and the principles of customer experience they serve. It was generated for\n\
         benchmarks; the people, teams and numbers in it are made up.\n",
    )?;

    for c in &CYCLES {
        w.write(
            &format!("content/cycles/{}.md", c.id),
            &format!(
                "---\ntitle: {}\nstart: {}\nend: {}\n---\nObjectives and key results for {}.\n",
                c.title,
                date(c.start),
                date(c.end),
                c.title
            ),
        )?;
    }

    for p in &PRINCIPLES {
        let mut s = String::with_capacity(1024);
        put!(s, "---\ntitle: {}\nsummary: {}\n---", p.title, p.summary);
        put!(s, "{}\n\n## In practice\n", p.summary);
        put!(s, "{} {}\n", rng.pick(&SENTENCES), rng.pick(&SENTENCES));
        put!(s, "## How we measure it\n");
        put!(s, "{} {}", rng.pick(&SENTENCES), rng.pick(&SENTENCES));
        w.write(&format!("content/principles/{}.md", p.id), &s)?;
    }

    // The first teams are departments; most later teams belong to an earlier one.
    let departments = (teams / 20).max(1);
    for t in 0..teams {
        let group = t / (AREAS.len() * REGIONS.len());
        let mut title = format!(
            "{} {}",
            AREAS[t % AREAS.len()],
            REGIONS[t / AREAS.len() % REGIONS.len()]
        );
        if group > 0 {
            let _ = write!(title, " {}", group + 1);
        }
        let mut s = String::with_capacity(512);
        put!(s, "---\ntitle: {title}\nlead: {}", person(&mut rng));
        let members: Vec<String> = (0..3 + rng.below(5)).map(|_| person(&mut rng)).collect();
        put!(s, "members: [{}]", members.join(", "));
        if t >= departments && rng.chance(0.7) {
            put!(s, "parent: {}", team_id(rng.below(t)));
        }
        put!(
            s,
            "---\nThe {title} team looks after its customers from the first contact to renewal."
        );
        w.write(&format!("content/teams/{}.md", team_id(t)), &s)?;
    }

    let plans = plan(&mut rng, n, teams);
    let running_share = CYCLES
        .iter()
        .filter(|c| c.start <= TODAY && TODAY <= c.end)
        .map(|c| c.share)
        .sum::<f64>();
    // Only numeric key results (about 82 % of all) of the running cycle are made stale.
    let stale_rate = STALE_RATE / (running_share * 0.82).max(0.01);
    let mut s = String::with_capacity(8192);
    for (i, p) in plans.iter().enumerate() {
        let cycle = &CYCLES[p.cycle];
        let running = cycle.start <= TODAY && TODAY <= cycle.end;
        let typo = rng.chance(TYPO_RATE).then(|| rng.pick(&TYPOS));
        let key = |k: &'static str| match typo {
            Some((right, wrong)) if right == k => wrong,
            _ => k,
        };
        s.clear();
        put!(s, "---");
        // No digits in objective titles, not even in "B2B": `objective-has-number` is
        // not among the findings this corpus plants.
        let seg = loop {
            let seg = rng.pick(&SEGMENTS);
            if !seg.contains(|c: char| c.is_ascii_digit()) {
                break seg;
            }
        };
        put!(
            s,
            "title: {}",
            fill(rng.pick(&OBJECTIVE_TITLES), "", seg, "", "")
        );
        put!(s, "cycle: {}", cycle.id);
        put!(s, "team: {}", team_id(p.team));
        put!(s, "{}: {}", key("owner"), person(&mut rng));
        if teams > 1 {
            let mut ids = Vec::new();
            for _ in 0..1 + rng.below(2) {
                let t = rng.below(teams);
                let id = team_id(t);
                if t != p.team && !ids.contains(&id) {
                    ids.push(id);
                }
            }
            if !ids.is_empty() {
                put!(s, "{}: [{}]", key("contributors"), ids.join(", "));
            }
        }
        if let Some(parent) = p.parent {
            put!(s, "parent: {}", obj_id(parent));
        }
        // Round robin for the first principle, so every principle is served in every cycle.
        let mut principles = vec![i % PRINCIPLES.len()];
        for _ in 0..rng.below(3) {
            let x = rng.below(PRINCIPLES.len());
            if !principles.contains(&x) {
                principles.push(x);
            }
        }
        let ids: Vec<&str> = principles.iter().map(|&x| PRINCIPLES[x].id).collect();
        put!(s, "{}: [{}]", key("principles"), ids.join(", "));
        let kind = ["aspirational", "committed"][rng.chance(0.4) as usize];
        put!(s, "kind: {kind}");
        let krs = if rng.chance(ODD_KR_COUNT_RATE) {
            [1, 6][rng.below(2)]
        } else {
            KRS_PER_OBJECTIVE
        };
        put!(s, "key_results:");
        for _ in 0..krs {
            let kind = kr_kind(&mut rng);
            let numeric = matches!(kind, KrKind::Increase | KrKind::Decrease);
            let stale = running && numeric && rng.chance(stale_rate);
            write_kr(&mut s, &mut rng, cycle, kind, stale);
        }
        put!(s, "---");
        write_body(&mut s, &mut rng, &PRINCIPLES[principles[0]]);
        w.write(
            &format!(
                "content/objectives/{}/{}/{}.md",
                cycle.id,
                team_id(p.team),
                obj_id(i)
            ),
            &s,
        )?;
    }
    Ok(())
}

/// First line of `okrbook.yaml`; `--force` only clears folders that start with it.
const MARKER: &str = "# Generated by examples/gen_corpus.rs";

const USAGE: &str = "usage: gen_corpus DIR N [--seed S] [--force]

Writes a synthetic okrbook handbook with N objectives into DIR.
  --seed S   seed of the generator (default 1); same arguments, same bytes
  --force    write into a non-empty DIR; a DIR made by gen_corpus has its content/ removed
             first, any other DIR is written over in place and keeps its other files";

struct Args {
    dir: PathBuf,
    n: usize,
    seed: u64,
    force: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut positional = Vec::new();
    let mut seed = 1;
    let mut force = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => return Err(String::new()),
            "--force" => force = true,
            "--seed" => {
                let v = args.next().ok_or("--seed needs a value")?;
                seed = v
                    .parse()
                    .map_err(|_| format!("--seed: `{v}` is not a number"))?;
            }
            _ if a.starts_with("--seed=") => {
                let v = &a["--seed=".len()..];
                seed = v
                    .parse()
                    .map_err(|_| format!("--seed: `{v}` is not a number"))?;
            }
            _ if a.starts_with('-') && a.len() > 1 => return Err(format!("unknown option `{a}`")),
            _ => positional.push(a),
        }
    }
    let [dir, n] =
        <[String; 2]>::try_from(positional).map_err(|_| "expected DIR and N".to_string())?;
    let n = n.parse().map_err(|_| format!("N: `{n}` is not a number"))?;
    Ok(Args {
        dir: dir.into(),
        n,
        seed,
        force,
    })
}

/// Makes sure `dir` may be written: absent or empty, or `--force`.
fn prepare(dir: &Path, force: bool) -> Result<(), String> {
    let empty = match fs::read_dir(dir) {
        Ok(mut entries) => entries.next().is_none(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => true,
        Err(e) => return Err(format!("{}: {e}", dir.display())),
    };
    if empty {
        return Ok(());
    }
    if !force {
        return Err(format!(
            "{} is not empty; use --force to write into it",
            dir.display()
        ));
    }
    let ours = fs::read_to_string(dir.join("okrbook.yaml")).is_ok_and(|s| s.starts_with(MARKER));
    if ours {
        // Objectives of a larger earlier run would otherwise stay and change the corpus.
        match fs::remove_dir_all(dir.join("content")) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => {
                return Err(format!("{}: {e}", dir.join("content").display()))
            }
            _ => {}
        }
    } else {
        eprintln!(
            "note: {} was not made by gen_corpus; its other files are kept",
            dir.display()
        );
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("gen_corpus: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = prepare(&args.dir, args.force) {
        eprintln!("gen_corpus: {e}");
        return ExitCode::from(2);
    }
    let started = Instant::now();
    let mut w = Writer {
        root: args.dir.clone(),
        dirs: HashSet::new(),
        files: 0,
        bytes: 0,
    };
    if let Err(e) = generate(&mut w, args.n, args.seed) {
        eprintln!("gen_corpus: writing {}: {e}", args.dir.display());
        return ExitCode::from(1);
    }
    println!(
        "wrote {} files, {} bytes ({:.1} MB) to {} in {:.2} s",
        w.files,
        w.bytes,
        w.bytes as f64 / 1e6,
        args.dir.display(),
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
