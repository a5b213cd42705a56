//! What rules learn from a title alone, kept for the life of the process: `serve`
//! checks the whole handbook after every save, and all titles but the edited ones are
//! the same as before. A build reads each title once, in parallel.

use std::borrow::Borrow;
use std::hash::Hash;

use foldhash::{HashMap, HashMapExt};
use std::sync::{LazyLock, Mutex, MutexGuard};

use rayon::prelude::*;

/// Entries kept at most; past it the memo starts afresh (a long session of renames).
const LIMIT: usize = 500_000;

/// Keys are hashed with foldhash, not SipHash: a rebuild of a large handbook looks up
/// tens of thousands of titles in each memo.
pub struct Memo<K, V> {
    map: LazyLock<Mutex<HashMap<K, V>>>,
}

impl<K: Hash + Eq + Send + Sync, V: Clone + Send + Sync> Memo<K, V> {
    pub const fn new() -> Self {
        Memo {
            map: LazyLock::new(|| Mutex::new(HashMap::new())),
        }
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<K, V>> {
        self.map
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// `f(key)` for every key, in order: known keys from the memo, the others worked
    /// out in parallel and remembered (only they are copied). The lock is not held
    /// while rayon works: a worker waiting for its tasks may run another handbook's
    /// rule meanwhile, and that rule takes the same lock.
    pub fn all<Q>(&self, keys: &[&Q], f: impl Fn(&Q) -> V + Sync) -> Vec<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ToOwned<Owned = K> + Sync + ?Sized,
    {
        // Known keys are answered in one look-up each; the places of the others are
        // kept and filled once their values are worked out.
        let (mut out, missing): (Vec<Option<V>>, Vec<usize>) = {
            let map = self.lock();
            let out: Vec<Option<V>> = keys.iter().map(|&k| map.get(k).cloned()).collect();
            let missing = (0..keys.len()).filter(|&i| out[i].is_none()).collect();
            (out, missing)
        };
        let fresh: Vec<(usize, V)> = missing.into_par_iter().map(|i| (i, f(keys[i]))).collect();
        let mut map = self.lock();
        if map.len() > LIMIT {
            map.clear();
        }
        for (i, v) in fresh {
            map.insert(keys[i].to_owned(), v.clone());
            out[i] = Some(v);
        }
        // Every place is filled by now; `f` stands in rather than a panic.
        out.into_iter()
            .zip(keys)
            .map(|(v, &k)| v.unwrap_or_else(|| f(k)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Many threads, each asking for keys while its own parallel work runs: no
    /// deadlock, and every answer is `f` of its key.
    #[test]
    fn nested_parallel_callers_do_not_deadlock() {
        static MEMO: Memo<u32, u64> = Memo::new();
        let results: Vec<Vec<u64>> = (0..64u32)
            .into_par_iter()
            .map(|i| {
                let keys: Vec<u32> = (0..200).map(|k| k * (i % 7)).collect();
                let refs: Vec<&u32> = keys.iter().collect();
                MEMO.all(&refs, |k| u64::from(*k) * 3)
            })
            .collect();
        for (i, r) in results.iter().enumerate() {
            let want: Vec<u64> = (0..200)
                .map(|k| u64::from(k * (i as u32 % 7)) * 3)
                .collect();
            assert_eq!(r, &want);
        }
    }
}
