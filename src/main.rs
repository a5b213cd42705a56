//! The `okrbook` command line: parses flags and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jiff::civil::Date;

use okrbook::diagnostic::Severity;
use okrbook::model::BuildOptions;
use okrbook::report::{self, Format, RenderOptions};

#[derive(Parser)]
#[command(
    name = "okrbook",
    version,
    about = "Turns a folder of OKRs and CX principles into a checked, linked handbook"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the handbook and write the site
    Build {
        /// The handbook root (the folder with okrbook.yaml and content/), or its content/ folder
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Where to write the site; a relative path is taken from the handbook root
        #[arg(long, default_value = "public")]
        out: PathBuf,
        /// Compute progress for this date (YYYY-MM-DD) instead of today
        #[arg(long, value_parser = parse_as_of)]
        as_of: Option<Date>,
        /// Include drafts in the site
        #[arg(long)]
        drafts: bool,
        /// Absolute URL the site is published at; links are relative without it
        #[arg(long)]
        base_url: Option<String>,
        /// Do not write the site when there are warnings, and exit with status 1
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Build the site into memory, serve it, and rebuild and reload on every save
    Serve {
        /// The handbook root (the folder with okrbook.yaml and content/), or its content/ folder
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Port to listen on; 0 picks a free one
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// Address to listen on; anything but 127.0.0.1 lets other machines read the handbook
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the browser
        #[arg(long)]
        open: bool,
        /// Compute progress for this date (YYYY-MM-DD) instead of today
        #[arg(long, value_parser = parse_as_of)]
        as_of: Option<Date>,
        /// Include drafts in the site
        #[arg(long)]
        drafts: bool,
        /// Milliseconds to wait for more changes before rebuilding
        #[arg(long, default_value_t = 20)]
        debounce: u64,
    },
    /// Report what a change does to the OKRs: BASE is a git revision or another handbook folder
    Diff {
        /// The state to compare with: a git revision (origin/main, HEAD~1) or a folder
        base: String,
        /// The handbook root (the folder with okrbook.yaml and content/), or its content/ folder
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Output format
        #[arg(long, default_value = "markdown", value_parser = ["markdown", "json"])]
        format: String,
        /// Where the preview site of this change is published, for links
        #[arg(long)]
        site_url: Option<String>,
        /// Compute progress for this date (YYYY-MM-DD) instead of today, for both states
        #[arg(long, value_parser = parse_as_of)]
        as_of: Option<Date>,
        /// Let drafts take part
        #[arg(long)]
        drafts: bool,
    },
    /// Write a small working handbook (English) into DIR to start from
    Init {
        /// Where to create the handbook; made if missing
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Write only a CI pipeline for an existing handbook (the repository root is DIR)
        #[arg(long, value_enum)]
        ci: Option<okrbook::init::Ci>,
    },
    /// Check the handbook and report findings with file and line
    Check {
        /// The handbook root (the folder with okrbook.yaml and content/), or its content/ folder
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Output format
        #[arg(long, default_value = "human", value_parser = parse_format)]
        format: Format,
        /// Exit with status 1 when there are warnings, too
        #[arg(long)]
        deny_warnings: bool,
        /// Compute progress for this date (YYYY-MM-DD) instead of today
        #[arg(long, value_parser = parse_as_of)]
        as_of: Option<Date>,
        /// Let drafts take part in roll-ups and cross-handbook rules
        #[arg(long)]
        drafts: bool,
        /// Report only findings on lines changed since this git revision (e.g. origin/main)
        #[arg(long, value_name = "BASE")]
        since: Option<String>,
    },
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|_| {
        format!(
            "unknown format `{s}`; use one of: {}",
            Format::ALL
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

fn parse_as_of(s: &str) -> Result<Date, String> {
    okrbook::fields::parse_date(s)
        .ok_or_else(|| format!("`{s}` is not a date; write YYYY-MM-DD, e.g. 2026-11-23"))
}

/// Rendering thousands of pages on all cores allocates many small strings at once;
/// mimalloc's per-thread heaps measured about a tenth faster than the system allocator
/// on the generated 1,000-objective handbook (see benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve {
            dir,
            port,
            bind,
            open,
            as_of,
            drafts,
            debounce,
        } => {
            let root = match okrbook::load::resolve_root(&dir) {
                Ok(r) => r,
                Err(e) => return fail(&e.to_string()),
            };
            let opts = okrbook::serve::ServeOptions {
                root,
                bind,
                port,
                open,
                build: BuildOptions { as_of, drafts },
                debounce: std::time::Duration::from_millis(debounce),
            };
            match okrbook::serve::run(opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&e.to_string()),
            }
        }
        Command::Diff {
            base,
            dir,
            format,
            site_url,
            as_of,
            drafts,
        } => diff(
            &base,
            &dir,
            &format,
            site_url.as_deref(),
            BuildOptions { as_of, drafts },
        ),
        Command::Init { dir, ci: Some(ci) } => match okrbook::init::init_ci(&dir, ci) {
            Ok(path) => {
                eprintln!("  created {}", dir.join(path).display());
                eprintln!("The pipeline installs okrbook with `cargo install`; see docs/ci.md.");
                ExitCode::SUCCESS
            }
            Err(e) => fail(&e.to_string()),
        },
        Command::Init { dir, ci: None } => {
            let today = jiff::Zoned::now().date();
            match okrbook::init::init(&dir, today) {
                Ok(files) => {
                    for f in &files {
                        eprintln!("  created {}", dir.join(f).display());
                    }
                    eprintln!(
                        "A new handbook is ready. Next: okrbook check {0}  ·  okrbook build {0}",
                        dir.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e.to_string()),
            }
        }
        Command::Build {
            dir,
            out,
            as_of,
            drafts,
            base_url,
            deny_warnings,
        } => build(
            &dir,
            &out,
            BuildOptions { as_of, drafts },
            base_url,
            deny_warnings,
        ),
        Command::Check {
            dir,
            format,
            deny_warnings,
            as_of,
            drafts,
            since,
        } => {
            let root = match okrbook::load::resolve_root(&dir) {
                Ok(r) => r,
                Err(e) => return fail(&e.to_string()),
            };
            let mut checked = match okrbook::check::check(&root, BuildOptions { as_of, drafts }) {
                Ok(c) => c,
                Err(e) => return fail(&e.to_string()),
            };
            if let Some(base) = since {
                let touched = match okrbook::git::touched_since(&root, &base) {
                    Ok(t) => t,
                    Err(e) => return fail(&format!("--since {base}: {e}")),
                };
                checked.diagnostics.retain(|d| match touched.get(&d.file) {
                    Some(None) => true,
                    Some(Some(lines)) => lines.contains(&d.line),
                    None => false,
                });
            }
            let summary = checked.summary();
            let sources = report::sources_for(&checked.handbook, &checked.diagnostics);
            let opts = RenderOptions {
                color: format == Format::Human && report::color_wanted(),
                tool_version: env!("CARGO_PKG_VERSION"),
            };
            let text = report::render(format, &checked.diagnostics, &summary, &sources, &opts);
            print(&text);
            let failed = checked
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error)
                || (deny_warnings && summary.warnings > 0);
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn build(
    dir: &std::path::Path,
    out: &std::path::Path,
    opts: BuildOptions,
    base_url: Option<String>,
    deny_warnings: bool,
) -> ExitCode {
    let started = std::time::Instant::now();
    let root = match okrbook::load::resolve_root(dir) {
        Ok(r) => r,
        Err(e) => return fail(&e.to_string()),
    };
    let checked = match okrbook::check::check(&root, opts) {
        Ok(c) => c,
        Err(e) => return fail(&e.to_string()),
    };
    let summary = checked.summary();
    if !checked.diagnostics.is_empty() {
        let sources = report::sources_for(&checked.handbook, &checked.diagnostics);
        let ropts = RenderOptions {
            color: report::color_wanted(),
            tool_version: env!("CARGO_PKG_VERSION"),
        };
        eprint!(
            "{}",
            report::render(
                Format::Human,
                &checked.diagnostics,
                &summary,
                &sources,
                &ropts
            )
        );
    }
    if summary.errors > 0 || (deny_warnings && summary.warnings > 0) {
        eprintln!("error: the site was not written; fix the findings above");
        return ExitCode::from(1);
    }
    let out = if out.is_absolute() {
        out.to_path_buf()
    } else {
        root.join(out)
    };
    let checked_at = started.elapsed();
    let site =
        match okrbook::site::Site::new(&root, &checked, &okrbook::site::SiteOptions { base_url }) {
            Ok(s) => s,
            Err(e) => return fail(&e.to_string()),
        };
    let pages = site.pages().len();
    let mut files = 0;
    let written: Result<(), BuildError> =
        okrbook::site::write::write_site_with(&out, &root, |staging| {
            files = site.render_all::<BuildError>(&|(path, bytes)| {
                staging.put(&path, &bytes).map_err(BuildError::from)
            })?;
            Ok(())
        });
    if let Err(e) = written {
        return fail(&e.to_string());
    }
    let rendered_at = started.elapsed();
    let total = started.elapsed();
    eprintln!(
        "built {pages} pages ({files} files) into {} in {} ms",
        out.display(),
        total.as_millis()
    );
    if std::env::var_os("OKRBOOK_TIMINGS").is_some() {
        eprintln!(
            "timings: check {} ms, render and write {} ms",
            checked_at.as_millis(),
            (rendered_at - checked_at).as_millis()
        );
    }
    ExitCode::SUCCESS
}

fn diff(
    base: &str,
    dir: &std::path::Path,
    format: &str,
    site_url: Option<&str>,
    opts: BuildOptions,
) -> ExitCode {
    let root = match okrbook::load::resolve_root(dir) {
        Ok(r) => r,
        Err(e) => return fail(&e.to_string()),
    };
    let new = match okrbook::check::check(&root, opts) {
        Ok(c) => c,
        Err(e) => return fail(&e.to_string()),
    };
    // Both states on the same day, so that only the change moves the numbers.
    let same_day = BuildOptions {
        as_of: Some(new.handbook.as_of),
        drafts: opts.drafts,
    };
    let base_path = std::path::Path::new(base);
    let old = if base_path.is_dir() {
        okrbook::load::resolve_root(base_path).and_then(|r| okrbook::check::check(&r, same_day))
    } else {
        let tmp = std::env::temp_dir().join(format!("okrbook-diff-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        if let Err(e) = okrbook::git::export(&root, base, &tmp) {
            let _ = std::fs::remove_dir_all(&tmp);
            return fail(&format!("cannot read {base} from git: {e}"));
        }
        let checked = okrbook::check::check(&tmp, same_day);
        let _ = std::fs::remove_dir_all(&tmp);
        checked
    };
    let old = match old {
        Ok(c) => c,
        Err(e) => return fail(&format!("{base}: {e}")),
    };
    let report = okrbook::diff::compare(&old, &new);
    let text = if format == "json" {
        let mut s = serde_json::to_string_pretty(&report).expect("the report serialises");
        s.push('\n');
        s
    } else {
        okrbook::diff::markdown(&report, site_url)
    };
    print(&text);
    ExitCode::SUCCESS
}

/// Writes the report; a closed pipe (`okrbook check | head`) is not an error.
fn print(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}

/// Why `build` could not write the site (not a finding: exit status 2).
#[derive(Debug, thiserror::Error)]
enum BuildError {
    #[error(transparent)]
    Site(#[from] okrbook::site::SiteError),
    #[error(transparent)]
    Write(#[from] okrbook::site::write::WriteError),
}
