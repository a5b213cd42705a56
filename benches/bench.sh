#!/usr/bin/env bash
# Times okrbook on generated handbooks of N objectives (default: 1000 and 10000).
#
#   benches/bench.sh [N ...]
#   OKRBOOK_BENCH_CMD='build DIR --out target/bench-out/N' benches/bench.sh 10000
#
# OKRBOOK_BENCH_CMD is what follows `okrbook` (default: `check DIR --format json`); DIR and
# N in it stand for the corpus folder and its size. It is split on spaces, without quoting.
# OKRBOOK_BENCH_BEFORE is a shell command run before every run, untimed, with DIR and N
# filled in the same way; e.g. to time builds into an empty folder:
#   OKRBOOK_BENCH_BEFORE='rm -rf /dev/shm/bench/N /dev/shm/bench/.N.okrbook-spare'
set -euo pipefail

cd "$(dirname "$0")/.."

runs=5 # the first run only warms the page cache and is not counted
seed=1
target=${CARGO_TARGET_DIR:-target}
okrbook=$target/release/okrbook
gen=$target/release/examples/gen_corpus
cmd=${OKRBOOK_BENCH_CMD:-check DIR --format json}
before=${OKRBOOK_BENCH_BEFORE:-}

# Peak memory needs GNU time; bash's `time` keyword only measures seconds.
if [[ ! -x /usr/bin/time ]]; then
    echo "bench.sh: /usr/bin/time not found; apt-get install time" >&2
    exit 2
fi
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000)
for n in "${sizes[@]}"; do
    [[ $n =~ ^[0-9]+$ ]] || { echo "bench.sh: N must be a number, not '$n'" >&2; exit 2; }
done

cargo build --release --bins --examples

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Puts the corpus folder and size in for DIR and N, but only where they stand alone or as
# a path part, so that `--out target/bench-out/N` works and `NO_CACHE` is left alone.
fill() {
    local rest=$1 done='' value
    local re='^(.*[^A-Za-z0-9_]|)(DIR|N)([^A-Za-z0-9_].*|)$'
    while [[ $rest =~ $re ]]; do # the greedy first group finds the last placeholder
        if [[ ${BASH_REMATCH[2]} == DIR ]]; then value=$dir; else value=$n; fi
        done=$value${BASH_REMATCH[3]}$done
        rest=${BASH_REMATCH[1]}
    done
    printf '%s' "$rest$done"
}

rows=()
for n in "${sizes[@]}"; do
    dir=$target/bench-corpus/$n
    # The generator's hash is in the stamp so that a changed generator means a new corpus.
    stamp="n=$n seed=$seed gen=$(sha256sum examples/gen_corpus.rs | cut -c1-16)"
    if [[ ! -f $dir/.bench-stamp || $(<"$dir/.bench-stamp") != "$stamp" ]]; then
        rm -rf "$dir"
        "$gen" "$dir" "$n" --seed "$seed" >&2
        echo "$stamp" >"$dir/.bench-stamp"
    fi
    read -r files bytes < <(find "$dir/okrbook.yaml" "$dir/content" -type f -printf '%s\n' |
        awk '{ n++; s += $1 } END { print n, s }')

    args=()
    read -r -a words <<<"$cmd"
    for w in "${words[@]}"; do args+=("$(fill "$w")"); done
    echo "bench.sh: timing okrbook ${args[*]} ($runs runs)" >&2

    walls=() peak_kb=0 codes=()
    for ((run = 0; run < runs; run++)); do
        code=0
        if [[ -n $before ]]; then bash -c "$(fill "$before")"; fi
        /usr/bin/time -v -o "$tmp/time" "$okrbook" "${args[@]}" >/dev/null 2>"$tmp/err" || code=$?
        # 1 only says the handbook has errors; anything else means okrbook did not do its job.
        if ((code > 1)); then
            echo "bench.sh: okrbook ${args[*]} exited with $code" >&2
            cat "$tmp/err" >&2
            exit 2
        fi
        codes+=("$code")
        ((run > 0)) || continue
        read -r wall kb < <(awk -F': ' '
            /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
            /Maximum resident set size/ { kb = $2 }
            END { print s, kb }' "$tmp/time")
        walls+=("$wall")
        peak_kb=$((kb > peak_kb ? kb : peak_kb))
    done

    median=$(printf '%s\n' "${walls[@]}" | sort -g |
        awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    seen=$(printf '%s\n' "${codes[@]}" | sort -un | paste -sd, -)
    rows+=("$(awk -v n="$n" -v b="$bytes" -v f="$files" -v m="$median" -v kb="$peak_kb" -v c="$seen" \
        'BEGIN { printf "%8d %10.1f %8d %10.2f %12.1f   %s", n, b / 1e6, f, m, kb * 1024 / 1e6, c }')")
done

printf '\n%8s %10s %8s %10s %12s   %s\n' N "corpus MB" files "median s" "peak RSS MB" "exit codes"
printf '%s\n' "${rows[@]}"
