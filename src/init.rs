//! `okrbook init`: a small, working English handbook to start from.
//!
//! The handbook has one cycle (the quarter of the given date), one team, one principle
//! and two objectives with check-ins on the quarter's first day and on the given date,
//! so that `okrbook check` finds nothing and `okrbook build` shows real progress.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

/// Why `init` wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{0} already holds a handbook ({1} exists); okrbook init never overwrites files")]
    Exists(PathBuf, String),
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The quarter `date` falls in: its id (`2026-q4`), title, first and last day.
pub fn quarter_of(date: Date) -> (String, String, Date, Date) {
    let q = (date.month() - 1) / 3 + 1;
    let year = date.year();
    let start = Date::new(year, (q - 1) * 3 + 1, 1).expect("the first day of a quarter exists");
    let end = Date::new(year, q * 3, 1)
        .expect("the last month of a quarter exists")
        .last_of_month();
    (format!("{year}-q{q}"), format!("Q{q} {year}"), start, end)
}

/// The files of a new handbook for the quarter of `today`, as (path, text).
pub fn files(today: Date) -> Vec<(String, String)> {
    let (cycle, title, start, end) = quarter_of(today);
    // The second check-in must not come before the first.
    let later = today.max(start);
    let objective =
        |file: &str, body: &str| (format!("content/objectives/{file}.md"), body.to_string());
    vec![
        (
            "okrbook.yaml".into(),
            format!(
                "# Site settings; every key is optional. See docs/format.md of okrbook.\n\
                 title: Our OKR handbook\n\
                 language: en\n\
                 default_cycle: {cycle}\n"
            ),
        ),
        (
            ".gitignore".into(),
            "# The built site (okrbook build)\n/public/\n".into(),
        ),
        (
            "content/_index.md".into(),
            format!(
                "---\ntitle: Our OKR handbook\n---\n\
                 This handbook holds our objectives and key results, the teams that own them and\n\
                 the principles they serve. Every page is built from a Markdown file under\n\
                 `content/`; change a file, run `okrbook build`, and the site follows.\n\n\
                 Start with the [current cycle](cycles/{cycle}.md) or read\n\
                 [[results-over-activities]].\n"
            ),
        ),
        (
            format!("content/cycles/{cycle}.md"),
            format!("---\ntitle: {title}\nstart: {start}\nend: {end}\n---\nWhat we focus on this quarter.\n"),
        ),
        (
            "content/teams/support.md".into(),
            "---\ntitle: Customer Support\nlead: Alex Morgan\nmembers: [Alex Morgan, Sam Lee]\n---\n\
             The team that answers our customers' questions.\n"
                .into(),
        ),
        (
            "content/principles/results-over-activities.md".into(),
            "---\ntitle: Results over activities\nsummary: We measure what changes for customers, not the work we did.\n---\n\
             A key result says what will be different for customers when we succeed. Counting\n\
             workshops held or mails sent tells us we were busy, not that we helped.\n"
                .into(),
        ),
        objective(
            "fast-answers",
            &format!(
                "---\ntitle: Customers get answers quickly\ncycle: {cycle}\nteam: support\nowner: Alex Morgan\n\
                 principles: [results-over-activities]\nkey_results:\n\
                 \x20 - title: Median first response time falls from 8 to 2 hours\n\
                 \x20   unit: h\n    baseline: 8\n    target: 2\n    checkins:\n\
                 \x20     - {{date: {start}, value: 8, confidence: 0.7}}\n\
                 \x20     - {{date: {later}, value: 6, confidence: 0.7}}\n\
                 \x20 - title: Share of tickets solved at first contact rises from 60 % to 75 %\n\
                 \x20   unit: \"%\"\n    baseline: 60\n    target: 75\n    checkins:\n\
                 \x20     - {{date: {start}, value: 60}}\n\
                 \x20     - {{date: {later}, value: 64}}\n\
                 ---\nSlow answers are the most common complaint in our surveys.\n"
            ),
        ),
        objective(
            "self-service",
            &format!(
                "---\ntitle: Customers solve common problems on their own\ncycle: {cycle}\nteam: support\n\
                 owner: Sam Lee\nprinciples: [results-over-activities]\nkey_results:\n\
                 \x20 - title: Tickets about passwords fall from 300 to 100 a month\n\
                 \x20   baseline: 300\n    target: 100\n    checkins:\n\
                 \x20     - {{date: {start}, value: 300}}\n\
                 \x20     - {{date: {later}, value: 240}}\n\
                 \x20 - title: Share of readers who find the help centre helpful stays above 80 %\n\
                 \x20   keep: above\n    unit: \"%\"\n    target: 80\n    checkins:\n\
                 \x20     - {{date: {start}, value: 71}}\n\
                 \x20     - {{date: {later}, value: 78}}\n\
                 ---\nSee also [[fast-answers]].\n"
            ),
        ),
    ]
}

/// Writes a new handbook into `dir` (made if missing); refuses when `okrbook.yaml` or
/// `content/` is already there. Returns the files written.
pub fn init(dir: &Path, today: Date) -> Result<Vec<String>, InitError> {
    for existing in ["okrbook.yaml", "content"] {
        if dir.join(existing).exists() {
            return Err(InitError::Exists(dir.to_path_buf(), existing.into()));
        }
    }
    let files = files(today);
    let mut written = Vec::new();
    for (path, text) in &files {
        let dest = dir.join(path);
        if path == ".gitignore" && dest.exists() {
            continue; // a repository's own ignore file stays as it is
        }
        let io = |source| InitError::Io {
            path: dest.clone(),
            source,
        };
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(io)?;
        }
        std::fs::write(&dest, text).map_err(io)?;
        written.push(path.clone());
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters() {
        let d = |y, m, day| Date::new(y, m, day).unwrap();
        let (id, title, start, end) = quarter_of(d(2026, 11, 24));
        assert_eq!((id.as_str(), title.as_str()), ("2026-q4", "Q4 2026"));
        assert_eq!((start, end), (d(2026, 10, 1), d(2026, 12, 31)));
        assert_eq!(quarter_of(d(2027, 1, 1)).0, "2027-q1");
        assert_eq!(quarter_of(d(2027, 2, 14)).3, d(2027, 3, 31));
        assert_eq!(quarter_of(d(2028, 6, 30)).3, d(2028, 6, 30));
        assert_eq!(quarter_of(d(2028, 9, 30)).0, "2028-q3");
    }
}
