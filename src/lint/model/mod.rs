//! A linear model of English key-result titles, learned from the labelled collection
//! (`tests/data/key-results/collection.jsonl`): the second reader of `kr-activity`.
//!
//! The hand-written rules of `activity.rs` are precise on the phrasings they were written
//! for and silent on others. The model reads every title by its words, its word pairs and
//! its first and last words, and gives the chance that the title names work rather than a
//! result; a second set of weights tells which kind of work. It is consulted only where
//! the rules found nothing, and only for English titles (the collection holds too few
//! German activities to learn from).
//!
//! The weights in `weights.tsv` are made by `cargo run --release --example kr_model --
//! --write` from the collection's development splits (the held-aside splits are never
//! read), and a test makes them again and compares. Training is logistic regression with
//! an L2 penalty, minimised by L-BFGS: deterministic, a second or two.

use std::collections::HashMap;
use std::sync::LazyLock;

/// `feature<TAB>activity<TAB>imperative<TAB>deliverable<TAB>output-count<TAB>habit`; the
/// intercepts are on the line of the feature name `(bias)`; comment lines start with "# ".
const WEIGHTS: &str = include_str!("weights.tsv");

/// The kinds of work the second set of weights tells apart, in the order of the columns.
pub const KINDS: [&str; 4] = ["imperative", "deliverable", "output-count", "habit"];

/// Strength of the penalty: the inverse of the L2 weight, as in the usual formulation
/// `|w|² / 2C + Σ log-loss`.
pub const PENALTY_C: f64 = 1.0;

/// A feature must occur in at least this many training titles to get a weight.
pub const MIN_TITLES: usize = 2;

/// One word or sign of a title: its lower-case form (numbers as `0`) and where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    /// Byte range in the title as written.
    pub span: std::ops::Range<usize>,
    /// A word (letters or digits), not a sign.
    pub word: bool,
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The tokens of a title: runs of letters and digits (a number such as `1.5` or `2,000`
/// becomes `0`, inside a word too: `Q3` is `q0`), and every other sign but white space.
pub fn tokens(title: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(title.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !word_char(c) {
            out.push(Token {
                text: c.to_lowercase().collect(),
                span: start..end_of(i + 1),
                word: false,
            });
            i += 1;
            continue;
        }
        let mut text = String::new();
        while i < chars.len() && word_char(chars[i].1) {
            if chars[i].1.is_ascii_digit() {
                while chars.get(i).is_some_and(|c| c.1.is_ascii_digit()) {
                    i += 1;
                }
                // Decimal and thousands separators between digits stay in the number.
                while chars.get(i).is_some_and(|c| c.1 == '.' || c.1 == ',')
                    && chars.get(i + 1).is_some_and(|c| c.1.is_ascii_digit())
                {
                    i += 1;
                    while chars.get(i).is_some_and(|c| c.1.is_ascii_digit()) {
                        i += 1;
                    }
                }
                text.push('0');
            } else {
                text.extend(chars[i].1.to_lowercase());
                i += 1;
            }
        }
        out.push(Token {
            text,
            span: start..end_of(i),
            word: true,
        });
    }
    out
}

/// The features of a title, each once: every token, every pair of neighbouring tokens,
/// the first and the last word and the first two words.
pub fn features(title: &str) -> Vec<String> {
    features_of(&tokens(title))
}

fn features_of(toks: &[Token]) -> Vec<String> {
    let mut f: Vec<String> = toks.iter().map(|t| t.text.clone()).collect();
    f.extend(
        toks.windows(2)
            .map(|p| format!("{}_{}", p[0].text, p[1].text)),
    );
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.word)
        .map(|t| t.text.as_str())
        .collect();
    if let (Some(first), Some(last)) = (words.first(), words.last()) {
        f.push(format!("FIRST={first}"));
        f.push(format!("LAST={last}"));
    }
    if words.len() > 1 {
        f.push(format!("FIRST2={}_{}", words[0], words[1]));
    }
    f.sort_unstable();
    f.dedup();
    f
}

/// Prepositions that end the words naming a thing ("Videos for …", "Artikel über …").
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "for", "of", "with", "to", "in", "on", "by", "at", "from", "about", "across", "into",
    "via", "per", "through", "within", "during", "für", "von", "mit", "zu", "zum", "zur",
    "über", "auf", "bei", "im",
];

/// Weights of one feature: the activity model's, then one per kind.
type Row = [f64; 1 + KINDS.len()];

/// The learned weights.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    bias: Row,
    weights: HashMap<String, Row>,
}

/// What the model says of one title.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The chance that the title names work, 0..1.
    pub activity: f64,
    /// The most likely kind of work (an entry of `KINDS`).
    pub kind: &'static str,
    /// The word of the title that speaks most for work, as written; empty when no word
    /// but words of grammar does.
    pub evidence: String,
    /// What the title's words add to the odds of work, beyond the share of work among
    /// the titles learned from (log-odds): near 0 when the model knows few of the words.
    pub signal: f64,
}

/// English and German words of grammar: articles, pronouns, prepositions, conjunctions
/// and quantifiers. They weigh in the model's sum but are never shown as its evidence.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
    "with", "without", "from", "into", "onto", "over", "under", "per", "via", "as", "than",
    "about", "across", "after", "before", "between", "through", "within", "during", "until",
    "all", "each", "every", "any", "some", "no", "none", "both", "either", "most", "more",
    "less", "few", "many", "much", "this", "that", "these", "those", "which", "who", "whom",
    "whose", "what", "where", "when", "how", "why", "it", "its", "we", "our", "us", "they",
    "their", "them", "you", "your", "he", "she", "his", "her", "i", "my", "is", "are", "was",
    "were", "be", "been", "being", "will", "would", "shall", "should", "so", "not", "also",
    "only", "just", "least", "up", "out", "e", "g", "etc", "ie",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "und", "oder", "mit", "von", "zu", "zum", "zur", "im", "am", "auf", "für",
    "bei", "aus", "nach", "pro", "je", "alle", "jede", "jeden", "jeder", "wir", "unsere",
    "unser", "ist", "sind",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice",
    "eins", "zwei", "drei", "vier", "fünf", "zehn",
];

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

impl Model {
    /// Reads the weights' table; the error names the line.
    pub fn parse(tsv: &str) -> Result<Model, String> {
        let mut bias = None;
        let mut weights = HashMap::new();
        for (n, line) in tsv.lines().enumerate() {
            // Comments start with "# "; a feature never holds a space ("#" and "#_of" are
            // features: signs are tokens too).
            if line.is_empty() || line.starts_with("# ") {
                continue;
            }
            let mut cells = line.split('\t');
            let name = cells.next().unwrap_or_default();
            let mut row: Row = [0.0; 1 + KINDS.len()];
            for slot in &mut row {
                let cell = cells
                    .next()
                    .ok_or(format!("line {}: too few columns", n + 1))?;
                *slot = cell
                    .parse()
                    .map_err(|_| format!("line {}: `{cell}` is no number", n + 1))?;
            }
            if name == "(bias)" {
                bias = Some(row);
            } else {
                weights.insert(name.to_string(), row);
            }
        }
        Ok(Model {
            bias: bias.ok_or("no `(bias)` line")?,
            weights,
        })
    }

    /// The table `parse` reads, features in byte order, weights to six decimals.
    pub fn to_tsv(&self) -> String {
        let mut names: Vec<&String> = self.weights.keys().collect();
        names.sort();
        let row = |name: &str, r: &Row| {
            let cells: Vec<String> = r.iter().map(|w| format!("{w:.6}")).collect();
            format!("{name}\t{}\n", cells.join("\t"))
        };
        let mut out =
            String::from("# feature\tactivity\timperative\tdeliverable\toutput-count\thabit\n");
        out.push_str(&row("(bias)", &self.bias));
        for name in names {
            out.push_str(&row(name, &self.weights[name]));
        }
        out
    }

    /// The largest difference between two models' weights (a feature one lacks counts as 0).
    pub fn max_difference(&self, other: &Model) -> f64 {
        let diff = |a: &Row, b: &Row| {
            a.iter()
                .zip(b)
                .map(|(x, y)| (x - y).abs())
                .fold(0.0, f64::max)
        };
        let zero: Row = [0.0; 1 + KINDS.len()];
        let one_way = |a: &Model, b: &Model| {
            a.weights
                .iter()
                .map(|(k, r)| diff(r, b.weights.get(k).unwrap_or(&zero)))
                .fold(0.0, f64::max)
        };
        diff(&self.bias, &other.bias)
            .max(one_way(self, other))
            .max(one_way(other, self))
    }

    /// The model's reading of a title.
    pub fn read(&self, title: &str) -> Reading {
        let toks = tokens(title);
        let mut z = self.bias;
        for f in features_of(&toks) {
            if let Some(w) = self.weights.get(&f) {
                for (s, x) in z.iter_mut().zip(w) {
                    *s += x;
                }
            }
        }
        let kind = (1..z.len())
            .max_by(|&a, &b| z[a].total_cmp(&z[b]))
            .map_or(KINDS[0], |k| KINDS[k - 1]);
        // The word whose own weight (alone, or as first or last word) speaks most for work;
        // words of grammar ("and", "with") are no evidence a reader could act on. The words
        // before the first preposition name the thing; a word of its modifiers is shown only
        // when none of them speaks for work ("… videos for all new features").
        let words: Vec<&Token> = toks.iter().filter(|t| t.word).collect();
        let head = words
            .iter()
            .position(|t| PREPOSITIONS.contains(&t.text.as_str()))
            .unwrap_or(words.len());
        let own = |f: &str| self.weights.get(f).map_or(0.0, |r| r[0]);
        let weight = |i: usize, t: &Token| {
            let mut w = own(&t.text);
            if i == 0 {
                w += own(&format!("FIRST={}", t.text));
            }
            if i + 1 == words.len() {
                w += own(&format!("LAST={}", t.text));
            }
            w
        };
        let best_in = |range: std::ops::Range<usize>| {
            let mut best: Option<(f64, &Token)> = None;
            for i in range {
                let t = words[i];
                if FUNCTION_WORDS.contains(&t.text.as_str()) || t.text == "0" {
                    continue;
                }
                let w = weight(i, t);
                if w > 0.0 && best.is_none_or(|(b, _)| w > b) {
                    best = Some((w, t));
                }
            }
            best
        };
        let best = best_in(0..head).or_else(|| best_in(0..words.len()));
        Reading {
            activity: sigmoid(z[0]),
            signal: z[0] - self.bias[0],
            kind,
            evidence: best.map_or_else(String::new, |(_, t)| title[t.span.clone()].to_string()),
        }
    }
}

/// The model shipped with okrbook.
pub fn shipped() -> &'static Model {
    static MODEL: LazyLock<Model> =
        LazyLock::new(|| Model::parse(WEIGHTS).expect("weights.tsv is made by kr_model --write"));
    &MODEL
}

/// One labelled title to learn from: whether it names work, and which kind (an entry of
/// `KINDS`, or `None` for a result).
pub struct Example<'a> {
    pub title: &'a str,
    pub kind: Option<&'a str>,
}

/// Learns the weights from labelled titles.
pub fn train(examples: &[Example]) -> Model {
    // Features seen in at least MIN_TITLES titles, numbered in byte order.
    let feats: Vec<Vec<String>> = examples.iter().map(|e| features(e.title)).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for f in feats.iter().flatten() {
        *seen.entry(f).or_default() += 1;
    }
    let mut names: Vec<&str> = seen
        .iter()
        .filter(|&(_, &n)| n >= MIN_TITLES)
        .map(|(&f, _)| f)
        .collect();
    names.sort_unstable();
    let index: HashMap<&str, u32> = names
        .iter()
        .enumerate()
        .map(|(i, &f)| (f, i as u32))
        .collect();
    let rows: Vec<Vec<u32>> = feats
        .iter()
        .map(|fs| {
            fs.iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect()
        })
        .collect();

    let mut columns: Vec<Vec<f64>> = Vec::new();
    let activity: Vec<(usize, bool)> = examples
        .iter()
        .enumerate()
        .map(|(i, e)| (i, e.kind.is_some()))
        .collect();
    columns.push(logistic(&rows, &activity, names.len()));
    for kind in KINDS {
        let of_kind: Vec<(usize, bool)> = examples
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.kind.map(|k| (i, k == kind)))
            .collect();
        columns.push(logistic(&rows, &of_kind, names.len()));
    }
    let row_at = |j: usize| -> Row {
        let mut r: Row = [0.0; 1 + KINDS.len()];
        for (slot, col) in r.iter_mut().zip(&columns) {
            *slot = col[j];
        }
        r
    };
    Model {
        bias: row_at(names.len()),
        weights: names
            .iter()
            .enumerate()
            .map(|(j, f)| (f.to_string(), row_at(j)))
            .collect(),
    }
}

/// Weights (the last one the intercept) of an L2-penalised logistic regression over the
/// given rows and labels.
fn logistic(rows: &[Vec<u32>], labelled: &[(usize, bool)], n: usize) -> Vec<f64> {
    let objective = |w: &[f64], grad: &mut [f64]| -> f64 {
        let mut loss = 0.0;
        for (g, x) in grad.iter_mut().zip(w).take(n) {
            *g = x / PENALTY_C;
            loss += x * x / (2.0 * PENALTY_C);
        }
        grad[n] = 0.0;
        for &(i, positive) in labelled {
            let z = w[n] + rows[i].iter().map(|&j| w[j as usize]).sum::<f64>();
            let y = if positive { 1.0 } else { -1.0 };
            // log(1 + e^(-yz)), written to stay finite for large |z|.
            let m = -y * z;
            loss += if m > 0.0 {
                m + (-m).exp().ln_1p()
            } else {
                m.exp().ln_1p()
            };
            let d = -y * sigmoid(m);
            for &j in &rows[i] {
                grad[j as usize] += d;
            }
            grad[n] += d;
        }
        loss
    };
    lbfgs(objective, vec![0.0; n + 1])
}

/// Minimises a smooth convex function by limited-memory BFGS (ten pairs of history) with
/// a backtracking line search.
fn lbfgs(f: impl Fn(&[f64], &mut [f64]) -> f64, mut x: Vec<f64>) -> Vec<f64> {
    const HISTORY: usize = 10;
    const MAX_STEPS: usize = 1000;
    let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(p, q)| p * q).sum::<f64>();
    let mut g = vec![0.0; x.len()];
    let mut fx = f(&x, &mut g);
    let mut pairs: std::collections::VecDeque<(Vec<f64>, Vec<f64>, f64)> = Default::default();
    for _ in 0..MAX_STEPS {
        if g.iter().fold(0.0f64, |m, v| m.max(v.abs())) < 1e-6 {
            break;
        }
        // Two-loop recursion: d = -H g.
        let mut q = g.clone();
        let mut alphas = Vec::with_capacity(pairs.len());
        for (s, y, rho) in pairs.iter().rev() {
            let a = rho * dot(s, &q);
            q.iter_mut().zip(y).for_each(|(qi, yi)| *qi -= a * yi);
            alphas.push(a);
        }
        if let Some((s, y, _)) = pairs.back() {
            let gamma = dot(s, y) / dot(y, y);
            q.iter_mut().for_each(|qi| *qi *= gamma);
        } else {
            let norm = dot(&g, &g).sqrt().max(1e-12);
            q.iter_mut().for_each(|qi| *qi /= norm);
        }
        for ((s, y, rho), a) in pairs.iter().zip(alphas.iter().rev()) {
            let b = rho * dot(y, &q);
            q.iter_mut().zip(s).for_each(|(qi, si)| *qi += (a - b) * si);
        }
        let d: Vec<f64> = q.iter().map(|v| -v).collect();
        let slope = dot(&g, &d);
        if slope >= 0.0 {
            pairs.clear();
            continue;
        }
        let mut step = 1.0;
        let mut next = vec![0.0; x.len()];
        let mut g_next = vec![0.0; x.len()];
        let f_next = loop {
            next.iter_mut()
                .zip(&x)
                .zip(&d)
                .for_each(|((n, xi), di)| *n = xi + step * di);
            let fn_ = f(&next, &mut g_next);
            if fn_ <= fx + 1e-4 * step * slope || step < 1e-10 {
                break fn_;
            }
            step *= 0.5;
        };
        let s: Vec<f64> = next.iter().zip(&x).map(|(a, b)| a - b).collect();
        let y: Vec<f64> = g_next.iter().zip(&g).map(|(a, b)| a - b).collect();
        let sy = dot(&s, &y);
        if sy > 1e-12 {
            if pairs.len() == HISTORY {
                pairs.pop_front();
            }
            pairs.push_back((s, y, 1.0 / sy));
        }
        let done = (fx - f_next).abs() <= 1e-10 * fx.abs().max(1.0);
        x = next;
        g = g_next;
        fx = f_next;
        if done {
            break;
        }
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_become_zero_and_signs_stand_alone() {
        let t: Vec<String> = tokens("Raise NPS from 2,000.5 to 35% in Q3")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(t, ["raise", "nps", "from", "0", "to", "0", "%", "in", "q0"]);
    }

    #[test]
    fn spans_point_at_the_words_as_written() {
        let title = "Überarbeite die FAQ";
        let t = tokens(title);
        assert_eq!(&title[t[0].span.clone()], "Überarbeite");
        assert_eq!(t[0].text, "überarbeite");
    }

    #[test]
    fn features_hold_words_pairs_and_the_ends() {
        let f = features("Hold 12 workshops");
        for want in [
            "hold",
            "0",
            "workshops",
            "hold_0",
            "0_workshops",
            "FIRST=hold",
            "LAST=workshops",
            "FIRST2=hold_0",
        ] {
            assert!(f.contains(&want.to_string()), "{want} missing from {f:?}");
        }
    }

    #[test]
    fn the_table_reads_back_as_written() {
        let m = shipped();
        let again = Model::parse(&m.to_tsv()).unwrap();
        assert!(m.max_difference(&again) < 1e-6);
    }

    #[test]
    fn a_sign_is_a_feature_and_a_comment_needs_its_space() {
        let m = Model::parse("# a comment\n(bias)\t0\t0\t0\t0\t0\n#\t2\t0\t0\t0\t0\n").unwrap();
        assert!(m.read("# of demos").activity > 0.8);
    }

    #[test]
    fn the_evidence_is_a_word_of_the_thing_named_before_its_modifiers() {
        let m =
            Model::parse("(bias)\t0\t0\t0\t0\t0\nvideos\t1\t0\t0\t0\t0\nfeatures\t2\t0\t0\t0\t0\n")
                .unwrap();
        assert_eq!(m.read("Videos for all new features").evidence, "Videos");
        assert_eq!(m.read("Updates for all new features").evidence, "features");
        assert_eq!(m.read("Updates for all new tools").evidence, "");
    }

    #[test]
    fn a_broken_table_names_its_line() {
        let err = Model::parse("(bias)\t0\t0\t0\t0\t0\nhold\t1\tx\t0\t0\t0\n").unwrap_err();
        assert_eq!(err, "line 2: `x` is no number");
        let err = Model::parse("(bias)\t0\t0\n").unwrap_err();
        assert_eq!(err, "line 1: too few columns");
    }

    #[test]
    fn training_separates_a_small_sample() {
        let data = [
            ("Hold 12 workshops", Some("output-count")),
            ("Hold 3 workshops for sales", Some("output-count")),
            ("Write the onboarding guide", Some("imperative")),
            ("Write a pricing FAQ", Some("imperative")),
            ("Raise NPS from 20 to 35", None),
            ("Raise the share of self-service orders", None),
        ];
        let examples: Vec<Example> = data
            .iter()
            .map(|&(title, kind)| Example { title, kind })
            .collect();
        let m = train(&examples);
        assert!(m.read("Hold 5 workshops").activity > 0.5);
        assert!(m.read("Raise NPS to 40").activity < 0.5);
        assert_eq!(m.read("Write the guide").kind, "imperative");
        assert_eq!(m.read("Hold 5 workshops").evidence, "Hold");
    }
}
