//! What rules learn from a title alone, kept for the life of the process: `serve`
//! checks the whole handbook after every save, and all titles but the edited ones are
//! the same as before. A build reads each title once, in parallel.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{LazyLock, Mutex};

use rayon::prelude::*;

/// Entries kept at most; past it the memo starts afresh (a long session of renames).
const LIMIT: usize = 500_000;

pub struct Memo<K, V> {
    map: LazyLock<Mutex<HashMap<K, V>>>,
}

impl<K: Hash + Eq + Clone + Send + Sync, V: Clone + Send + Sync> Memo<K, V> {
    pub const fn new() -> Self {
        Memo {
            map: LazyLock::new(|| Mutex::new(HashMap::new())),
        }
    }

    /// `f(key)` for every key, in order: known keys from the memo, the others worked
    /// out in parallel and remembered.
    pub fn all(&self, keys: Vec<K>, f: impl Fn(&K) -> V + Sync) -> Vec<V> {
        let mut map = self
            .map
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if map.len() > LIMIT {
            map.clear();
        }
        let missing: Vec<&K> = keys.iter().filter(|k| !map.contains_key(*k)).collect();
        let fresh: Vec<(K, V)> = missing.par_iter().map(|k| ((*k).clone(), f(k))).collect();
        map.extend(fresh);
        keys.iter().map(|k| map[k].clone()).collect()
    }
}
