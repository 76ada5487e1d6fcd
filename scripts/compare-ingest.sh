#!/bin/sh
# Ingest of this tree against an earlier release's, measured side by side:
# `cep-server-bench ingest REPORTS CONCURRENCY` (each bench starts its own
# server on a fresh SQLite database, same client), run alternately RUNS
# times each; prints every run with the load average and the medians.
#
#   scripts/compare-ingest.sh [OLD_BENCH] [REPORTS] [CONCURRENCY] [RUNS]
#
# OLD_BENCH: the earlier release's cep-server-bench; if absent, it is built
# from commit $REF (default 6cf6db6, the release before keep-alive went
# missing) in target/compare/. This tree's is built in release mode.
set -eu
cd "$(dirname "$0")/.."
REF=${REF:-6cf6db6}
OLD=${1:-}
REPORTS=${2:-6000}
CONCURRENCY=${3:-16}
RUNS=${4:-3}

if [ -z "$OLD" ]; then
    src=target/compare/src-$REF
    if [ ! -d "$src" ]; then
        mkdir -p "$src"
        git archive "$REF" | tar -x -C "$src"
    fi
    cargo build --release --quiet --manifest-path "$src/Cargo.toml" \
        --target-dir target/compare/target -p cep-server --bin cep-server-bench
    OLD=target/compare/target/release/cep-server-bench
fi
cargo build --release --quiet -p cep-server --bin cep-server-bench
NEW=target/release/cep-server-bench

rate() { sed -n 's/.*: \([0-9]*\) reports\/s.*/\1/p'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
: >target/compare-old.txt
: >target/compare-new.txt
i=1
while [ "$i" -le "$RUNS" ]; do
    for which in old new; do
        if [ "$which" = old ]; then bin=$OLD; else bin=$NEW; fi
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        line=$("$bin" ingest "$REPORTS" "$CONCURRENCY" 2>/dev/null)
        echo "run $i $which (load $load): $line"
        echo "$line" | rate >>"target/compare-$which.txt"
    done
    i=$((i + 1))
done
echo "median of $RUNS: $REF $(median <target/compare-old.txt) reports/s, this tree $(median <target/compare-new.txt) reports/s"
