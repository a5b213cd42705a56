//! The pipeline `check`, `build` and `serve` share: load → model → lint.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Summary};
use crate::load::{self, LoadError};
use crate::model::{self, BuildOptions, Handbook};

/// A loaded, computed and linted handbook.
#[derive(Debug)]
pub struct Checked {
    pub handbook: Handbook,
    /// Sorted by file, line, rule; levels of `okrbook.yaml` and `allow` lists applied.
    pub diagnostics: Vec<Diagnostic>,
    /// Markdown documents read under `content/`.
    pub documents: usize,
}

impl Checked {
    pub fn summary(&self) -> Summary {
        Summary::of(&self.diagnostics, self.documents)
    }
}

/// Reads the handbook at `root` (already resolved with `load::resolve_root`) and checks it.
pub fn check(root: &Path, opts: BuildOptions) -> Result<Checked, LoadError> {
    Ok(check_loaded(load::load(root)?, opts))
}

/// Checks a handbook already read from disk (by `load::load` or `load::load_cached`).
pub fn check_loaded(loaded: load::Loaded, opts: BuildOptions) -> Checked {
    check_cached(loaded, opts, None)
}

/// [`check_loaded`], reusing the fields of unchanged documents (for `serve`).
pub fn check_cached(
    loaded: load::Loaded,
    opts: BuildOptions,
    cache: Option<&mut model::ExtractCache>,
) -> Checked {
    let documents = loaded
        .files
        .iter()
        .filter(|f| f.path.starts_with("content/"))
        .count();
    let (handbook, mut diagnostics) = model::build_cached(loaded, opts, cache);
    let mut phases = crate::timings::Phases::start("check");
    crate::lint::run(&handbook, &mut diagnostics);
    phases.mark("lint");
    if handbook
        .config
        .severity(crate::diagnostic::Rule::PathCollision)
        .is_some()
    {
        diagnostics.extend(crate::site::plan::collisions(&handbook));
    }
    phases.mark("path collisions");
    let diagnostics = crate::lint::finish(&handbook.config, Some(&handbook), diagnostics);
    phases.mark("levels and allow lists");
    drop(phases);
    Checked {
        handbook,
        diagnostics,
        documents,
    }
}
