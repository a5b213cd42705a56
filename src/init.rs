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
    #[error(
        "--install-from `{0}` is neither git+URL@TAG nor an https:// address of a .tar.gz archive"
    )]
    Source(String),
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
                "# Site settings; every key is optional.\n\
                 title: Our OKR handbook\n\
                 language: en\n\
                 default_cycle: {cycle}\n"
            ),
        ),
        (
            ".gitignore".into(),
            "# The built site (okrbook build) and the copy kept for the next build\n/public/\n/.public.okrbook-spare/\n".into(),
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
            "content/teams/product.md".into(),
            "---\ntitle: Product\nlead: Robin Diaz\nmembers: [Robin Diaz]\n---\n\
             The team that builds the help centre with Support.\n"
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
                 contributors: [product]\n\
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

/// Adds `/public/` to an existing `.gitignore` unless it ignores the folder already;
/// `true` when the file was changed.
fn add_to_gitignore(path: &Path) -> Result<bool, InitError> {
    let io = |source| InitError::Io {
        path: path.to_path_buf(),
        source,
    };
    let text = std::fs::read_to_string(path).map_err(io)?;
    let ignored = text
        .lines()
        .map(str::trim)
        .any(|l| matches!(l, "public" | "public/" | "/public" | "/public/"));
    if ignored {
        return Ok(false);
    }
    let sep = if text.is_empty() || text.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    let more = format!("{sep}# The built site (okrbook build)\n/public/\n");
    std::fs::write(path, text + &more).map_err(io)?;
    Ok(true)
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
            // A repository's own ignore file is kept; the built site is added to it.
            if add_to_gitignore(&dest)? {
                written.push(format!("{path} (added /public/)"));
            }
            continue;
        }
        write_file(&dest, text)?;
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

/// The CI systems `okrbook init --ci` writes a pipeline for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Ci {
    Github,
    Gitlab,
}

/// Where a pipeline gets okrbook from. okrbook is not published on crates.io, so the
/// team names its source: a git repository and tag to build from, or a release archive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Install {
    /// `cargo install --git URL --tag TAG`, cached between runs.
    Git { url: String, tag: String },
    /// A `.tar.gz` archive with the `okrbook` binary at its top.
    Archive { url: String },
    /// Not said yet: the pipeline stops with a message pointing at the line to change.
    Placeholder,
}

impl Install {
    /// Reads `--install-from`: `git+URL@TAG`, or an `https://…/….tar.gz` address.
    pub fn parse(source: Option<&str>) -> Result<Install, InitError> {
        let Some(source) = source else {
            return Ok(Install::Placeholder);
        };
        let safe = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&()*+,;=%".contains(c))
                && !s.contains(['\'', '"', '$', '`'])
        };
        if let Some(rest) = source.strip_prefix("git+") {
            if let Some((url, tag)) = rest.rsplit_once('@') {
                if safe(url) && safe(tag) && !tag.contains('/') {
                    return Ok(Install::Git {
                        url: url.to_string(),
                        tag: tag.to_string(),
                    });
                }
            }
        } else if source.starts_with("https://")
            && (source.ends_with(".tar.gz") || source.ends_with(".tgz"))
            && safe(source)
        {
            return Ok(Install::Archive {
                url: source.to_string(),
            });
        }
        Err(InitError::Source(source.to_string()))
    }

    /// The steps of a GitHub Actions job that put `okrbook` on the PATH.
    fn github_steps(&self) -> String {
        match self {
            Install::Git { url, tag } => format!(
                r#"      - name: Cache okrbook
        id: okrbook-cache
        uses: actions/cache@v4
        with:
          path: ~/.cargo/bin/okrbook
          key: okrbook-${{{{ runner.os }}}}-{tag}

      - name: Install okrbook {tag}
        if: steps.okrbook-cache.outputs.cache-hit != 'true'
        run: cargo install --locked --git {url} --tag {tag} okrbook
"#
            ),
            Install::Archive { url } => format!(
                r#"      - name: Install okrbook
        run: |
          mkdir -p "$HOME/.local/bin"
          curl --fail --silent --show-error --location "{url}" | tar -xz -C "$HOME/.local/bin" okrbook
          echo "$HOME/.local/bin" >> "$GITHUB_PATH"
"#
            ),
            Install::Placeholder => r#"      # CHANGE-ME: say where this pipeline gets okrbook (it is not on crates.io). Replace
      # the `run:` below with one of
      #   cargo install --locked --git https://YOUR-GIT-HOST/okrbook --tag vX.Y.Z okrbook
      #   curl -fsSL https://YOUR-HOST/okrbook-x86_64-unknown-linux-gnu.tar.gz | tar -xz -C "$HOME/.local/bin" okrbook
      # or write this file again with `okrbook init --ci github --install-from SOURCE`.
      - name: Install okrbook
        run: |
          echo "::error::okrbook is not installed yet: edit the step marked CHANGE-ME in .github/workflows/okrbook.yml"
          exit 1
"#
            .to_string(),
        }
    }

    /// The `default:` part of a GitLab pipeline: image, cache and install commands.
    fn gitlab_default(&self) -> String {
        match self {
            Install::Git { url, tag } => format!(
                r#"default:
  image: rust:latest
  cache:
    key: okrbook-{tag}
    paths: [.okrbook-bin/]
  before_script:
    - cargo install --locked --root .okrbook-bin --git {url} --tag {tag} okrbook
    - export PATH="$PWD/.okrbook-bin/bin:$PATH"
"#
            ),
            Install::Archive { url } => format!(
                r#"default:
  image: debian:stable-slim
  before_script:
    - apt-get update -qq && apt-get install -y -qq curl ca-certificates git > /dev/null
    - curl --fail --silent --show-error --location "{url}" | tar -xz -C /usr/local/bin okrbook
"#
            ),
            Install::Placeholder => r#"# CHANGE-ME: say where this pipeline gets okrbook (it is not on crates.io). Replace the
# before_script below with one of
#   cargo install --locked --root .okrbook-bin --git https://YOUR-GIT-HOST/okrbook --tag vX.Y.Z okrbook
#   curl -fsSL https://YOUR-HOST/okrbook-x86_64-unknown-linux-gnu.tar.gz | tar -xz -C /usr/local/bin okrbook
# or write this file again with `okrbook init --ci gitlab --install-from SOURCE`.
default:
  image: rust:latest
  before_script:
    - echo "okrbook is not installed yet; edit the lines marked CHANGE-ME in .gitlab-ci.yml" && exit 1
"#
            .to_string(),
        }
    }
}

/// The pipeline file for `ci`: its path below the repository root and its text.
pub fn ci_file(ci: Ci, install: &Install) -> (&'static str, String) {
    match ci {
        Ci::Github => {
            let steps = install.github_steps();
            (
                ".github/workflows/okrbook.yml",
                format!(
                    r#"# okrbook: check the handbook, annotate the pull request, summarise what the
# change does to the OKRs, and keep the built site as an artifact.
name: okrbook

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  handbook:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # okrbook diff and --since read the base branch from git

{steps}
      - name: Annotate findings on the lines this change touched
        if: github.event_name == 'pull_request'
        run: okrbook check . --format github --since "origin/${{{{ github.base_ref }}}}"

      - name: All findings in the job summary
        if: always()
        run: okrbook check . --format markdown >> "$GITHUB_STEP_SUMMARY"

      - name: What this change does to the OKRs
        if: github.event_name == 'pull_request'
        run: okrbook diff "origin/${{{{ github.base_ref }}}}" . >> "$GITHUB_STEP_SUMMARY"

      - name: Build the site (fails on errors)
        run: okrbook build . --out public

      - name: Keep the site
        uses: actions/upload-artifact@v4
        with:
          name: handbook-site
          path: public
"#
                ),
            )
        }
        Ci::Gitlab => {
            let default = install.gitlab_default();
            (
                ".gitlab-ci.yml",
                format!(
                    r#"# okrbook: check the handbook (Code Quality widget), note what a merge request does
# to the OKRs, and keep the built site as an artifact.
stages: [check, build]

{default}
okrbook:check:
  stage: check
  variables:
    GIT_DEPTH: 0 # okrbook diff reads the target branch from git
  script:
    - okrbook check . --format gitlab > gl-code-quality-report.json || true
    - okrbook check .
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json

okrbook:diff:
  stage: check
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: 0
  script:
    - git fetch origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
    - okrbook diff "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME" . > okr-diff.md
    - cat okr-diff.md
    # With a project access token in OKRBOOK_NOTE_TOKEN (scope api), the report
    # becomes a note on the merge request.
    - >
      if [ -n "$OKRBOOK_NOTE_TOKEN" ]; then
      curl --fail --silent --request POST --header "PRIVATE-TOKEN: $OKRBOOK_NOTE_TOKEN"
      --data-urlencode "body@okr-diff.md"
      "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes" > /dev/null;
      fi
  artifacts:
    paths: [okr-diff.md]

okrbook:build:
  stage: build
  script:
    - okrbook build . --out public
  artifacts:
    paths: [public]
"#
                ),
            )
        }
    }
}

/// What `init --ci` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrittenCi {
    /// The pipeline's path below the repository root.
    pub path: String,
    /// The install step is a placeholder the team still has to fill in.
    pub placeholder: bool,
}

/// Writes the pipeline for `ci` into `dir` (the repository root); never overwrites.
/// `install_from` is `--install-from`: where the pipeline gets okrbook.
pub fn init_ci(dir: &Path, ci: Ci, install_from: Option<&str>) -> Result<WrittenCi, InitError> {
    let install = Install::parse(install_from)?;
    let (path, text) = ci_file(ci, &install);
    let dest = dir.join(path);
    if dest.exists() {
        return Err(InitError::Exists(dir.to_path_buf(), path.into()));
    }
    write_file(&dest, &text)?;
    Ok(WrittenCi {
        path: path.to_string(),
        placeholder: install == Install::Placeholder,
    })
}

/// Writes a file, making its folders first.
fn write_file(dest: &Path, text: &str) -> Result<(), InitError> {
    let io = |source| InitError::Io {
        path: dest.to_path_buf(),
        source,
    };
    if let Some(parent) = dest.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    std::fs::write(dest, text).map_err(io)
}
