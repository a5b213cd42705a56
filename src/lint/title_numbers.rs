//! `kr-title-numbers`: a key result's title states where it starts and ends ("from 20 to
//! 35", "von 8 % auf 5 %") or only where it ends ("auf 4,5", "to 80 %"), and those
//! numbers differ from its `baseline` or `target`.
//!
//! Reading a title (`stated`):
//! - a start and an end: "from X to Y", "von X auf Y", "X → Y" (also `->`);
//! - an end only: "to Y", "auf Y", when the title names a change ("raise … to 45",
//!   "… auf 4,5 steigern", "rises to 80 %");
//! - a bound, for threshold key results only: "above/below/under/over/at least X",
//!   "über/unter/mindestens/höchstens X" ("Keep CSAT above 4.5").
//!
//! Numbers: a decimal comma or point, thousands separated by `,` `.` `'` or `’`, a `%`,
//! a currency sign, `k` for thousands. A separator followed by exactly three digits is
//! ambiguous ("1,000", "1.000"): in an English phrase ("from … to", "to") a comma groups
//! thousands and a point is decimal, in a German one ("von … auf", "auf") a point groups
//! thousands and a comma is decimal; where both separators stand in one number, the last
//! one is the decimal separator. Arrows follow the handbook's language.
//!
//! Not read as a start or end: "in 2 of 3 regions", "3/5", "Top 5", "Q4", dates
//! ("bis 31.12.", "2026-12-31"), years, "3x", a relative change ("by 10 %", "um 10 %").
//!
//! Agreeing: equal after rounding the field to the precision written in the title ("4,5"
//! agrees with 4.46); a percentage in the title also agrees with a share in the field
//! ("auf 80 %" with `target: 0.8`).

use super::memo::Memo;
use crate::diagnostic::{Diagnostic, Rule};
use crate::lang::{number, number_with_decimals, Language};
use crate::model::{Handbook, Measure};

/// A number as a title writes it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Written {
    pub value: f64,
    /// Decimal places written ("4,5" → 1); negative for a `k` ("20k" → -3).
    pub decimals: i32,
    pub percent: bool,
}

impl Written {
    /// Whether a field's value is this number, at the precision written.
    pub fn agrees(&self, field: f64) -> bool {
        let same = |v: f64| {
            let scale = 10f64.powi(self.decimals);
            ((v * scale).round() - (self.value * scale).round()).abs() < 0.5
        };
        same(field) || (self.percent && same(field * 100.0))
    }

    fn show(&self, lang: Language) -> String {
        let n = number_with_decimals(self.value, self.decimals.max(0) as usize, lang);
        if self.percent {
            format!("{n} %")
        } else {
            n
        }
    }
}

/// What a title states about a key result's numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stated {
    /// "from X to Y", "von X auf Y", "X → Y".
    FromTo(Written, Written),
    /// "to Y", "auf Y".
    To(Written),
    /// "above X", "unter X": where a threshold lies.
    Bound(Written),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    En,
    De,
}

#[derive(Debug, Clone)]
enum Tok<'a> {
    Word(String),
    Num(&'a str, bool),
    Arrow,
}

/// Splits a title into words, numbers (raw, and whether a `%` follows) and arrows.
fn tokens(title: &str) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok> = Vec::new();
    for chunk in title.split_whitespace() {
        if matches!(chunk, "→" | "->" | "=>" | "⇒") {
            out.push(Tok::Arrow);
            continue;
        }
        if chunk == "%" || chunk.eq_ignore_ascii_case("prozent") || chunk == "percent" {
            if let Some(Tok::Num(_, p)) = out.last_mut() {
                *p = true;
            }
            continue;
        }
        // "20→35" and "20%→35%"
        if let Some((a, b)) = chunk.split_once('→') {
            push_chunk(&mut out, a);
            out.push(Tok::Arrow);
            push_chunk(&mut out, b);
            continue;
        }
        push_chunk(&mut out, chunk);
    }
    out
}

fn push_chunk<'a>(out: &mut Vec<Tok<'a>>, chunk: &'a str) {
    let trimmed = chunk.trim_matches(|c: char| {
        matches!(
            c,
            '(' | ')' | '[' | ']' | '"' | '„' | '“' | ',' | ';' | ':' | '!' | '?'
        )
    });
    // A sentence's full stop is no decimal point; "31.12." keeps its dots (a date).
    let trimmed = if trimmed.ends_with('.') && !trimmed[..trimmed.len() - 1].contains('.') {
        &trimmed[..trimmed.len() - 1]
    } else {
        trimmed
    };
    let core = trimmed.trim_start_matches(['$', '€', '£', '~', '≈', '+', '≥', '≤', '<', '>']);
    if core.starts_with(|c: char| c.is_ascii_digit()) {
        let percent = core.ends_with('%');
        out.push(Tok::Num(core.trim_end_matches('%'), percent));
    } else if !trimmed.is_empty() {
        out.push(Tok::Word(trimmed.to_lowercase()));
    }
}

/// Reads a number as written ("4,5", "1.000", "1,000.5", "20k", "35"); `None` for what
/// is no plain quantity (a date, a ratio, "3x", "2026-12-31").
fn parse(raw: &str, percent: bool, style: Style) -> Option<Written> {
    let mut s = raw;
    let mut mult_decimals = 0;
    if let Some(rest) = s.strip_suffix(['k', 'K']) {
        s = rest;
        mult_decimals = 3;
    }
    // A unit written on the number ("90s", "4h", "2min") is no part of it.
    let s = s.trim_end_matches(|c: char| c.is_alphabetic());
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'' | '’'))
    {
        return None;
    }
    if raw[s.len()..].starts_with(['x', 'X', '/', '-']) || raw.contains(['/', '-']) {
        return None;
    }
    let seps: Vec<(usize, char)> = s
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_digit())
        .collect();
    // Dates: "31.12." or "31.12.2026".
    if raw.matches('.').count() >= 2
        && raw
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| p.len() <= 2 || p.len() == 4)
        && raw.split('.').next().is_some_and(|d| d.len() <= 2)
    {
        return None;
    }
    let decimal_at = match seps.last() {
        None => None,
        Some(&(i, c)) => {
            let digits_after = s.len() - i - 1;
            let kinds: Vec<char> = seps.iter().map(|(_, c)| *c).collect();
            let mixed = kinds.iter().any(|k| *k != c);
            if c == '\'' || c == '’' {
                None
            } else if mixed {
                Some(i)
            } else if seps.len() > 1 {
                // "1.000.000" or "1,000,000": groups only.
                None
            } else if digits_after != 3 {
                Some(i)
            } else {
                // "1,000" or "1.000": the phrase's language decides.
                match (style, c) {
                    (Style::En, ',') | (Style::De, '.') => None,
                    _ => Some(i),
                }
            }
        }
    };
    let mut digits = String::with_capacity(s.len());
    let mut decimals = 0;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            digits.push(c);
            if decimal_at.is_some_and(|d| i > d) {
                decimals += 1;
            }
        } else if Some(i) == decimal_at {
            digits.push('.');
        }
    }
    let value: f64 = digits.parse().ok()?;
    Some(Written {
        value: value * 10f64.powi(mult_decimals),
        decimals: decimals - mult_decimals,
        percent,
    })
}

/// Words that say the title names a change, so that "to Y" / "auf Y" is its end.
#[rustfmt::skip]
const CHANGE_WORDS: &[&str] = &[
    "increase", "increases", "raise", "raises", "reduce", "reduces", "decrease",
    "decreases", "lower", "lowers", "grow", "grows", "improve", "improves", "boost",
    "boosts", "cut", "cuts", "lift", "lifts", "drop", "drops", "rise", "rises", "fall",
    "falls", "climb", "climbs", "shorten", "shortens", "bring", "brings", "get", "gets",
    "move", "moves", "go", "goes", "up", "down", "steigern", "steigert", "erhöhen",
    "erhöht", "senken", "senkt", "reduzieren", "reduziert", "verbessern", "verbessert",
    "verringern", "verringert", "verkürzen", "verkürzt", "steigt", "sinkt", "wächst",
    "wachsen", "anheben", "heben", "ausbauen", "bringen", "fällt", "ansteigen",
    "absenken", "erhöhung", "steigerung", "senkung", "reduzierung", "reduktion",
    "verbesserung", "verringerung", "verkürzung",
];

const START_WORDS: &[(&str, Style)] = &[("from", Style::En), ("von", Style::De)];
const END_WORDS: &[(&str, Style)] = &[("to", Style::En), ("auf", Style::De)];

#[rustfmt::skip]
const BOUND_WORDS: &[(&str, Style)] = &[
    ("above", Style::En), ("below", Style::En), ("under", Style::En), ("over", Style::En),
    ("least", Style::En), ("most", Style::En), ("über", Style::De), ("unter", Style::De),
    ("mindestens", Style::De), ("höchstens", Style::De), ("maximal", Style::De),
];

/// Words between a number and what follows that are its unit ("8 minutes", "4,2 Tage",
/// "CHF", "Punkte").
fn is_unit(w: &str) -> bool {
    w.len() <= 12
        && !matches!(
            w,
            "to" | "auf"
                | "from"
                | "von"
                | "of"
                | "der"
                | "des"
                | "by"
                | "um"
                | "bis"
                | "in"
                | "im"
        )
}

/// The number at `i`, if the token is one and stands as a quantity: not "2 of 3", not
/// "3/5", not a year next to another year.
fn quantity(toks: &[Tok], i: usize, style: Style) -> Option<Written> {
    let Tok::Num(raw, percent) = toks.get(i)? else {
        return None;
    };
    if let Some(Tok::Word(w)) = toks.get(i + 1) {
        if matches!(w.as_str(), "of" | "von" | "aus")
            && matches!(toks.get(i + 2), Some(Tok::Num(..)))
        {
            return None;
        }
    }
    if i > 0 {
        if let Some(Tok::Word(w)) = toks.get(i - 1) {
            if matches!(
                w.as_str(),
                "top"
                    | "tier"
                    | "q"
                    | "kw"
                    | "level"
                    | "stufe"
                    | "platz"
                    | "rang"
                    | "bis"
                    | "until"
                    | "by"
                    | "in"
                    | "im"
                    | "since"
                    | "seit"
            ) && !(*percent)
            {
                return None;
            }
        }
    }
    parse(raw, *percent, style)
}

fn is_year(w: &Written) -> bool {
    w.decimals == 0 && !w.percent && (1990.0..=2100.0).contains(&w.value)
}

/// Skips unit words after a number: the index of the next token that is no unit word.
fn skip_units(toks: &[Tok], mut j: usize, max: usize) -> usize {
    let mut n = 0;
    while n < max {
        match toks.get(j) {
            Some(Tok::Word(w)) if is_unit(w) => {
                j += 1;
                n += 1;
            }
            _ => break,
        }
    }
    j
}

/// What a title states about where its key result starts and ends; `lang` is the
/// handbook's language, for arrows.
pub fn stated(title: &str, lang: Language) -> Option<Stated> {
    let toks = tokens(title);
    let arrow_style = match lang {
        Language::De => Style::De,
        Language::En => Style::En,
    };
    let change = toks
        .iter()
        .any(|t| matches!(t, Tok::Word(w) if CHANGE_WORDS.contains(&w.as_str())));
    from_to(&toks)
        .or_else(|| arrow(&toks, arrow_style))
        .or_else(|| change.then(|| to_value(&toks)).flatten())
        .or_else(|| bound(&toks))
}

/// Where the number after the word at `i` starts: right after it, or after one more
/// word ("auf CHF 20").
fn number_after(toks: &[Tok], i: usize) -> usize {
    if matches!(toks.get(i + 1), Some(Tok::Num(..))) {
        i + 1
    } else {
        i + 2
    }
}

/// "from X to Y", "von X auf Y".
fn from_to(toks: &[Tok]) -> Option<Stated> {
    for (i, t) in toks.iter().enumerate() {
        let Tok::Word(w) = t else { continue };
        let Some(&(_, style)) = START_WORDS.iter().find(|(s, _)| s == w) else {
            continue;
        };
        // "von CHF 20" : a currency word may stand before the number.
        let a_at = if matches!(toks.get(i + 1), Some(Tok::Num(..))) {
            i + 1
        } else {
            skip_units(toks, i + 1, 1).min(i + 2)
        };
        let Some(a) = quantity(toks, a_at, style) else {
            continue;
        };
        let to_at = skip_units(toks, a_at + 1, 3);
        let Some(Tok::Word(to)) = toks.get(to_at) else {
            continue;
        };
        if !END_WORDS.iter().any(|(e, s)| e == to && *s == style) {
            continue;
        }
        let Some(b) = quantity(toks, number_after(toks, to_at), style) else {
            continue;
        };
        if is_year(&a) && is_year(&b) {
            continue;
        }
        // "von 8 % auf 5": the percent sign of one side holds for both.
        let (a, b) = share_percent(a, b);
        return Some(Stated::FromTo(a, b));
    }
    None
}

/// "X → Y".
fn arrow(toks: &[Tok], style: Style) -> Option<Stated> {
    // "Postgres 11 → 15 upgrade": an arrow between versions is no start and end of a
    // measure ("Migrated accounts 20 % → 60 %" is one).
    let versions = toks
        .iter()
        .any(|t| matches!(t, Tok::Word(w) if VERSION_WORDS.contains(&w.as_str())));
    for (i, t) in toks.iter().enumerate() {
        if !matches!(t, Tok::Arrow) || i == 0 {
            continue;
        }
        let a_at = (0..i).rev().find(|&k| matches!(toks[k], Tok::Num(..)));
        let Some(a) = a_at
            .filter(|&k| i - k <= 3)
            .and_then(|k| quantity(toks, k, style))
        else {
            continue;
        };
        let b_at = (i + 1..toks.len().min(i + 3)).find(|&k| matches!(toks[k], Tok::Num(..)));
        let Some(b) = b_at.and_then(|k| quantity(toks, k, style)) else {
            continue;
        };
        if versions && !a.percent && !b.percent {
            continue;
        }
        let (a, b) = share_percent(a, b);
        return Some(Stated::FromTo(a, b));
    }
    None
}

/// Words of moving software from one version to another, in both languages.
#[rustfmt::skip]
const VERSION_WORDS: &[&str] = &[
    "upgrade", "upgrades", "upgraded", "migrate", "migrated", "migration", "bump",
    "aktualisierung", "migrieren", "migriert", "umstellung",
];

/// "to Y", "auf Y", in a title that speaks of a change.
fn to_value(toks: &[Tok]) -> Option<Stated> {
    toks.iter().enumerate().find_map(|(i, t)| {
        let Tok::Word(w) = t else { return None };
        let &(_, style) = END_WORDS.iter().find(|(e, _)| e == w)?;
        let b = quantity(toks, number_after(toks, i), style).filter(|b| !is_year(b))?;
        Some(Stated::To(b))
    })
}

/// "above 4.5", "unter 60".
fn bound(toks: &[Tok]) -> Option<Stated> {
    toks.iter().enumerate().find_map(|(i, t)| {
        let Tok::Word(w) = t else { return None };
        let &(_, style) = BOUND_WORDS.iter().find(|(e, _)| e == w)?;
        let b = quantity(toks, number_after(toks, i), style).filter(|b| !is_year(b))?;
        Some(Stated::Bound(b))
    })
}

fn share_percent(a: Written, b: Written) -> (Written, Written) {
    let p = a.percent || b.percent;
    (Written { percent: p, ..a }, Written { percent: p, ..b })
}

/// What is wrong between a title's numbers and a key result's fields, if anything:
/// `(start disagrees, end disagrees)`.
pub fn disagreement(stated: Stated, measure: &Measure) -> Option<(bool, bool)> {
    match (stated, measure) {
        (Stated::FromTo(a, b), Measure::Numeric { baseline, target }) => {
            let (s, e) = (!a.agrees(*baseline), !b.agrees(*target));
            (s || e).then_some((s, e))
        }
        (Stated::To(b), Measure::Numeric { target, .. })
        | (
            Stated::FromTo(_, b) | Stated::To(b) | Stated::Bound(b),
            Measure::Threshold { target, .. },
        ) => (!b.agrees(*target)).then_some((false, true)),
        _ => None,
    }
}

/// `kr-title-numbers`: the numbers of a key result's title differ from its fields.
pub fn kr_title_numbers(hb: &Handbook, out: &mut Vec<Diagnostic>) {
    // One memo for each language: the same title reads differently in each.
    static MEMO_EN: Memo<String, Option<Stated>> = Memo::new();
    static MEMO_DE: Memo<String, Option<Stated>> = Memo::new();
    let lang = hb.config.language;
    let memo = match lang {
        Language::En => &MEMO_EN,
        Language::De => &MEMO_DE,
    };
    let measured: Vec<&crate::model::KeyResult> = hb
        .key_results
        .iter()
        .filter(|kr| !matches!(kr.measure, Measure::Milestone | Measure::Unmeasurable))
        .collect();
    let titles: Vec<&str> = measured.iter().map(|k| k.meta.title.as_str()).collect();
    let said = memo.all(&titles, |title| stated(title, lang));
    for (kr, s) in measured.into_iter().zip(said) {
        let Some(s) = s else {
            continue;
        };
        if disagreement(s, &kr.measure).is_none() {
            continue;
        }
        if let Some(d) = finding(hb, kr, &s) {
            out.push(d);
        }
    }
}

/// The finding on a key result whose title states `s`, which its fields contradict.
fn finding(hb: &Handbook, kr: &crate::model::KeyResult, s: &Stated) -> Option<Diagnostic> {
    let lang = hb.config.language;
    let id = &kr.meta.id;
    let (said, fields) = match (s, &kr.measure) {
        (Stated::FromTo(a, b), Measure::Numeric { baseline, target }) => {
            let (a, b) = (a.show(lang), b.show(lang));
            let (x, y) = (number(*baseline, lang), number(*target, lang));
            (
                say!(lang, "\"from {a} to {b}\"", "„von {a} auf {b}“"),
                say!(
                    lang,
                    "its baseline is {x} and its target {y}",
                    "`baseline` ist {x} und `target` {y}"
                ),
            )
        }
        (Stated::FromTo(_, b) | Stated::To(b), m)
        | (Stated::Bound(b), m @ Measure::Threshold { .. }) => {
            let y = match m {
                Measure::Numeric { target, .. } | Measure::Threshold { target, .. } => {
                    number(*target, lang)
                }
                _ => return None,
            };
            let b = b.show(lang);
            let said = match s {
                Stated::Bound(_) => say!(lang, "a threshold of {b}", "eine Schwelle von {b}"),
                _ => say!(lang, "\"to {b}\"", "„auf {b}“"),
            };
            (said, say!(lang, "its target is {y}", "`target` ist {y}"))
        }
        _ => return None,
    };
    let message = say!(
        lang,
        "the title of key result `{id}` says {said}, but {fields}",
        "Der Titel des Key Results `{id}` nennt {said}, aber {fields}"
    );
    let help = if matches!(s, Stated::FromTo(..)) && matches!(kr.measure, Measure::Numeric { .. }) {
        say!(
            lang,
            "update `baseline:` and `target:` to the numbers of the title, or the title to the fields",
            "`baseline:` und `target:` an die Zahlen des Titels anpassen oder den Titel an die Felder"
        )
    } else {
        say!(
            lang,
            "update `target:` to the number of the title, or the title to the field",
            "`target:` an die Zahl des Titels anpassen oder den Titel an das Feld"
        )
    };
    Some(
        Diagnostic::new(
            Rule::KrTitleNumbers,
            hb.file_path(&kr.meta),
            kr.meta.title_pos,
            message,
        )
        .with_help(help),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(value: f64, decimals: i32, percent: bool) -> Written {
        Written {
            value,
            decimals,
            percent,
        }
    }

    fn en(t: &str) -> Option<Stated> {
        stated(t, Language::En)
    }

    fn de(t: &str) -> Option<Stated> {
        stated(t, Language::De)
    }

    #[test]
    fn from_to_in_english() {
        assert_eq!(
            en("Raise NPS of B2B customers from 20 to 35"),
            Some(Stated::FromTo(w(20.0, 0, false), w(35.0, 0, false)))
        );
        assert_eq!(
            en("Reduce churn from 8 % to 5 %"),
            Some(Stated::FromTo(w(8.0, 0, true), w(5.0, 0, true)))
        );
        assert_eq!(
            en("Increase Day 7 retention rate from 30% to 45%."),
            Some(Stated::FromTo(w(30.0, 0, true), w(45.0, 0, true)))
        );
        assert_eq!(
            en("Median time-to-first-value drops from 4.2 days to 2.0 days"),
            Some(Stated::FromTo(w(4.2, 1, false), w(2.0, 1, false)))
        );
        assert_eq!(
            en("Active users from 1,000 to 2,500"),
            Some(Stated::FromTo(w(1000.0, 0, false), w(2500.0, 0, false)))
        );
        assert_eq!(
            en("Monthly active users from 20k to 35k"),
            Some(Stated::FromTo(w(20000.0, -3, false), w(35000.0, -3, false)))
        );
        assert_eq!(
            en("Revenue from $1,200.50 to $2,000"),
            Some(Stated::FromTo(w(1200.5, 2, false), w(2000.0, 0, false)))
        );
        assert_eq!(
            en("NPS 20 → 35"),
            Some(Stated::FromTo(w(20.0, 0, false), w(35.0, 0, false)))
        );
        assert_eq!(
            en("Postgres 11 → 15 upgrade"),
            None,
            "an arrow between versions states no measure"
        );
        assert_eq!(de("Upgrade von Java 11 → 21 im Backend"), None);
        assert_eq!(
            en("Migrated accounts 20 % → 60 %"),
            Some(Stated::FromTo(w(20.0, 0, true), w(60.0, 0, true)))
        );
        assert_eq!(
            en("Release frequency 2 → 4 per month"),
            Some(Stated::FromTo(w(2.0, 0, false), w(4.0, 0, false)))
        );
        assert_eq!(
            en("Wait time 8->2 minutes"),
            None,
            "an arrow needs spaces or the arrow sign"
        );
    }

    #[test]
    fn from_to_in_german() {
        assert_eq!(
            de("Kündigungsquote von 8 % auf 5 % senken"),
            Some(Stated::FromTo(w(8.0, 0, true), w(5.0, 0, true)))
        );
        assert_eq!(
            de("Zufriedenheit von 3,5 auf 4,2 steigern"),
            Some(Stated::FromTo(w(3.5, 1, false), w(4.2, 1, false)))
        );
        assert_eq!(
            de("Aktive Nutzer im Kundenportal von 21.000 auf 35.000 steigern"),
            Some(Stated::FromTo(w(21000.0, 0, false), w(35000.0, 0, false)))
        );
        assert_eq!(
            de("Umsatz von CHF 150'000 auf CHF 200'000"),
            Some(Stated::FromTo(w(150000.0, 0, false), w(200000.0, 0, false)))
        );
        assert_eq!(
            de("Wartezeit von 240 auf 90 Sekunden reduzieren"),
            Some(Stated::FromTo(w(240.0, 0, false), w(90.0, 0, false)))
        );
        assert_eq!(
            de("Kosten von 1.000,50 auf 800 senken"),
            Some(Stated::FromTo(w(1000.5, 2, false), w(800.0, 0, false)))
        );
        assert_eq!(
            de("NPS 12 → 25"),
            Some(Stated::FromTo(w(12.0, 0, false), w(25.0, 0, false)))
        );
        assert_eq!(
            de("Anteil von 8 auf 5 %"),
            Some(Stated::FromTo(w(8.0, 0, true), w(5.0, 0, true)))
        );
    }

    #[test]
    fn end_only() {
        assert_eq!(
            de("Erstlösungsquote auf 75 % steigern"),
            Some(Stated::To(w(75.0, 0, true)))
        );
        assert_eq!(
            de("CSAT auf 4,5 erhöhen"),
            Some(Stated::To(w(4.5, 1, false)))
        );
        assert_eq!(
            en("Raise retention to 80 %"),
            Some(Stated::To(w(80.0, 0, true)))
        );
        assert_eq!(
            en("Number of webinars rises to 10"),
            Some(Stated::To(w(10.0, 0, false)))
        );
        // No change named: "to" is a direction, not an end.
        assert_eq!(en("Distribute the survey to 500 customers"), None);
        assert_eq!(de("Newsletter an 500 Kunden senden"), None);
    }

    #[test]
    fn more_forms() {
        assert_eq!(
            en("NPS 20 -> 35"),
            Some(Stated::FromTo(w(20.0, 0, false), w(35.0, 0, false)))
        );
        assert_eq!(
            en("NPS of at least 30"),
            Some(Stated::Bound(w(30.0, 0, false)))
        );
        assert_eq!(
            de("Mindestens 30 Punkte im NPS"),
            Some(Stated::Bound(w(30.0, 0, false)))
        );
        assert_eq!(
            de("Erhöhung der Anzahl aktiver Nutzer auf 1.200"),
            Some(Stated::To(w(1200.0, 0, false)))
        );
        assert_eq!(
            en("Raise conversion from 2 percent to 3 percent"),
            Some(Stated::FromTo(w(2.0, 0, true), w(3.0, 0, true)))
        );
    }

    #[test]
    fn bounds() {
        assert_eq!(
            en("Keep CSAT above 4.5"),
            Some(Stated::Bound(w(4.5, 1, false)))
        );
        assert_eq!(
            de("Wartezeit an der Hotline unter 60 Sekunden"),
            Some(Stated::Bound(w(60.0, 0, false)))
        );
        assert_eq!(
            de("Zufriedenheit bleibt über 4,2"),
            Some(Stated::Bound(w(4.2, 1, false)))
        );
    }

    #[test]
    fn what_is_no_start_or_end() {
        for t in [
            "Live in 2 of 3 regions",
            "Top 5 in Hacker News",
            "3/5 teams use the new flow",
            "Alle Verträge bis 31.12. umstellen",
            "Launch in Q4",
            "Go live by 2026-12-31",
            "Grow revenue by 10 %",
            "Umsatz um 10 % steigern",
            "Roadmap from 2026 to 2027",
            "Reduce checkout steps 3x",
            "Hold 12 CX workshops",
            "",
            "→",
            "from to",
            "von 1.2.3 auf",
        ] {
            assert_eq!(en(t), None, "{t}");
            assert_eq!(de(t), None, "{t}");
        }
    }

    #[test]
    fn agreeing_at_the_precision_written() {
        assert!(w(4.5, 1, false).agrees(4.46));
        assert!(!w(4.5, 1, false).agrees(4.4));
        assert!(w(35.0, 0, false).agrees(34.6));
        assert!(!w(35.0, 0, false).agrees(34.4));
        assert!(w(80.0, 0, true).agrees(0.8));
        assert!(w(80.0, 0, true).agrees(80.0));
        assert!(!w(80.0, 0, false).agrees(0.8));
        assert!(w(20000.0, -3, false).agrees(20_400.0));
        assert!(w(1000.0, 0, false).agrees(1000.0));
    }

    #[test]
    fn disagreements_by_kind_of_key_result() {
        use crate::model::Keep;
        let from_to = Stated::FromTo(w(20.0, 0, false), w(35.0, 0, false));
        let numeric = |baseline, target| Measure::Numeric { baseline, target };
        assert_eq!(disagreement(from_to, &numeric(20.0, 35.0)), None);
        assert_eq!(
            disagreement(from_to, &numeric(18.0, 35.0)),
            Some((true, false))
        );
        assert_eq!(
            disagreement(from_to, &numeric(20.0, 40.0)),
            Some((false, true))
        );
        let threshold = Measure::Threshold {
            keep: Keep::Above,
            target: 35.0,
        };
        assert_eq!(
            disagreement(from_to, &threshold),
            None,
            "a threshold compares the end only"
        );
        assert_eq!(
            disagreement(
                Stated::Bound(w(4.5, 1, false)),
                &Measure::Threshold {
                    keep: Keep::Above,
                    target: 4.0
                }
            ),
            Some((false, true))
        );
        assert_eq!(
            disagreement(Stated::Bound(w(4.5, 1, false)), &numeric(3.0, 4.0)),
            None
        );
        assert_eq!(disagreement(from_to, &Measure::Milestone), None);
        assert_eq!(
            disagreement(Stated::To(w(80.0, 0, true)), &numeric(0.6, 0.8)),
            None
        );
    }
}
