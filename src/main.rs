//! The `okrbook` command line: parses flags and calls the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use jiff::civil::Date;

use okrbook::check::Checked;
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
        /// Absolute http(s) URL the site is published at; links are relative without it
        #[arg(long, value_parser = parse_base_url)]
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
        /// Address to listen on (an IP address or `localhost`); anything but the
        /// loopback address lets other machines read the handbook
        #[arg(long, default_value = "127.0.0.1", value_parser = parse_bind)]
        bind: std::net::IpAddr,
        /// Another host name the preview answers to (for --bind 0.0.0.0); may be repeated
        #[arg(long = "allowed-host", value_name = "NAME")]
        allowed_hosts: Vec<String>,
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
        #[arg(long, value_parser = parse_base_url)]
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
        /// How the pipeline gets okrbook: `git+URL@TAG` to build it from a repository, or
        /// the URL of a release archive (.tar.gz) holding the `okrbook` binary
        #[arg(long, value_name = "SOURCE", requires = "ci")]
        install_from: Option<String>,
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

fn parse_base_url(s: &str) -> Result<String, String> {
    if okrbook::config::is_web_url(s) {
        Ok(s.to_string())
    } else {
        Err(format!(
            "`{s}` is not an absolute http:// or https:// address; write the whole address, e.g. https://intranet.example.com/okr/"
        ))
    }
}

fn parse_bind(s: &str) -> Result<std::net::IpAddr, String> {
    if s.eq_ignore_ascii_case("localhost") {
        return Ok(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
    }
    s.parse().map_err(|_| {
        format!("`{s}` is not an IP address; write e.g. 127.0.0.1, ::1, 0.0.0.0 or localhost")
    })
}

/// Rendering thousands of pages on all cores allocates many small strings at once;
/// mimalloc's per-thread heaps measured about a tenth faster than the system allocator
/// on the generated 1,000-objective handbook (see benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Serve {
            dir,
            port,
            bind,
            allowed_hosts,
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
                allowed_hosts,
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
        Command::Init {
            dir,
            ci: Some(ci),
            install_from,
        } => init_ci(&dir, ci, install_from.as_deref()),
        Command::Init { dir, ci: None, .. } => init(&dir),
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
        } => check(
            &dir,
            format,
            BuildOptions { as_of, drafts },
            since.as_deref(),
            deny_warnings,
        ),
    }
}

/// Resolves DIR to the handbook root and checks the handbook; an error here is exit 2.
fn checked(dir: &Path, opts: BuildOptions) -> Result<(PathBuf, Checked), ExitCode> {
    let root = okrbook::load::resolve_root(dir).map_err(|e| fail(&e.to_string()))?;
    let checked = okrbook::check::check(&root, opts).map_err(|e| fail(&e.to_string()))?;
    Ok((root, checked))
}

fn render_options(checked: &Checked, color: bool) -> RenderOptions {
    RenderOptions {
        color,
        tool_version: env!("CARGO_PKG_VERSION"),
        lang: checked.handbook.config.language,
    }
}

fn check(
    dir: &Path,
    format: Format,
    opts: BuildOptions,
    since: Option<&str>,
    deny_warnings: bool,
) -> ExitCode {
    let (root, mut checked) = match checked(dir, opts) {
        Ok(c) => c,
        Err(code) => return code,
    };
    if let Some(base) = since {
        let touched = match okrbook::git::touched_since(&root, base) {
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
    let opts = render_options(&checked, format == Format::Human && report::color_wanted());
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

fn build(
    dir: &Path,
    out: &Path,
    opts: BuildOptions,
    base_url: Option<String>,
    deny_warnings: bool,
) -> ExitCode {
    let started = std::time::Instant::now();
    let (root, checked) = match checked(dir, opts) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let lang = checked.handbook.config.language;
    if !findings_allow_a_site(&checked, deny_warnings) {
        return ExitCode::from(1);
    }
    let out = if out.is_absolute() {
        out.to_path_buf()
    } else {
        root.join(out)
    };
    let checked_at = started.elapsed();
    let site_opts = okrbook::site::SiteOptions { base_url };
    let site = match okrbook::site::Site::new(&root, &checked, &site_opts) {
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
    let total = started.elapsed();
    let (out, ms) = (out.display(), total.as_millis());
    eprintln!(
        "{}",
        okrbook::say!(
            lang,
            "built {pages} pages ({files} files) into {out} in {ms} ms",
            "{pages} Seiten ({files} Dateien) in {ms} ms nach {out} geschrieben"
        )
    );
    okrbook::timings::build_total(checked_at, total);
    ExitCode::SUCCESS
}

/// Prints the findings of a build; whether they let the site be written (no errors, and
/// no warnings with `--deny-warnings`), saying so when not.
fn findings_allow_a_site(checked: &okrbook::check::Checked, deny_warnings: bool) -> bool {
    let summary = checked.summary();
    if !checked.diagnostics.is_empty() {
        let sources = report::sources_for(&checked.handbook, &checked.diagnostics);
        let ropts = render_options(checked, report::color_wanted());
        let text = report::render(
            Format::Human,
            &checked.diagnostics,
            &summary,
            &sources,
            &ropts,
        );
        eprint!("{text}");
    }
    if summary.errors > 0 || (deny_warnings && summary.warnings > 0) {
        eprintln!(
            "{}",
            okrbook::say!(
                checked.handbook.config.language,
                "error: the site was not written; fix the findings above",
                "Fehler: Die Website wurde nicht geschrieben; bitte die Befunde oben beheben"
            )
        );
        return false;
    }
    true
}

fn diff(
    base: &str,
    dir: &Path,
    format: &str,
    site_url: Option<&str>,
    opts: BuildOptions,
) -> ExitCode {
    let (root, new) = match checked(dir, opts) {
        Ok(c) => c,
        Err(code) => return code,
    };
    // Both states on the same day, so that only the change moves the numbers.
    let same_day = BuildOptions {
        as_of: Some(new.handbook.as_of),
        drafts: opts.drafts,
    };
    let base_path = Path::new(base);
    let old = if base_path.is_dir() {
        okrbook::load::resolve_root(base_path).and_then(|r| okrbook::check::check(&r, same_day))
    } else {
        // A private folder of its own, made safely: no other user can swap its files.
        let tmp = match tempfile::Builder::new().prefix("okrbook-diff-").tempdir() {
            Ok(t) => t,
            Err(e) => return fail(&format!("cannot make a temporary folder: {e}")),
        };
        if let Err(e) = okrbook::git::export(&root, base, tmp.path()) {
            return fail(&format!("cannot read {base} from git: {e}"));
        }
        okrbook::check::check(tmp.path(), same_day)
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
        okrbook::diff::markdown(&report, site_url, new.handbook.config.language)
    };
    print(&text);
    ExitCode::SUCCESS
}

fn init(dir: &Path) -> ExitCode {
    let today = jiff::Zoned::now().date();
    match okrbook::init::init(dir, today) {
        Ok(files) => {
            for f in &files {
                eprintln!("  created {}", dir.join(f).display());
            }
            let d = dir.display();
            eprintln!("A new handbook is ready. Next:");
            eprintln!(
                "  okrbook serve {d}    preview the site at http://127.0.0.1:3000/ while you edit"
            );
            eprintln!("  okrbook check {d}    list the findings with file and line");
            eprintln!("  okrbook build {d}    write the site into {d}/public/");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
}

fn init_ci(dir: &Path, ci: okrbook::init::Ci, install_from: Option<&str>) -> ExitCode {
    match okrbook::init::init_ci(dir, ci, install_from) {
        Ok(written) => {
            eprintln!("  created {}", dir.join(&written.path).display());
            if written.placeholder {
                eprintln!(
                    "The pipeline does not yet know where to get okrbook: replace the line marked \
                     CHANGE-ME, or run again with --install-from (see docs/ci.md)."
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e.to_string()),
    }
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
