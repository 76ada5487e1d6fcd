#!/bin/sh
# Ingest of this tree against an earlier release's, measured side by side,
# run alternately RUNS times each, with the load average of each run and
# the medians:
#
# 1. `cep-server-bench ingest REPORTS CONCURRENCY` of each release (each
#    bench starts its own server on a fresh SQLite database and sends its
#    own synthetic reports): the command as the issue measured it;
# 2. this tree's bench (the same client, the same reports) against each
#    release's `cep-server` binary run as a process (CEP_BENCH_SERVER);
# 3. the same with the six sections 6cf6db6's bench sent
#    (CEP_BENCH_SECTIONS=6cf6db6): the work the issue measured, through
#    the same client.
#
#   scripts/compare-ingest.sh [OLD_BIN_DIR] [REPORTS] [CONCURRENCY] [RUNS]
#
# OLD_BIN_DIR holds the earlier release's cep-server-bench and cep-server;
# if absent, they are built from commit $REF (default 6cf6db6) in
# target/compare/. This tree's are built in release mode.
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
        --target-dir target/compare/target -p cep-server --bins
    OLD=target/compare/target/release
fi
cargo build --release --quiet -p cep-server --bins
NEW=target/release

rate() { sed -n 's/.*: \([0-9]*\) reports\/s.*/\1/p'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for f in bench-old bench-new server-old server-new six-old six-new; do : >"target/compare-$f.txt"; done
i=1
while [ "$i" -le "$RUNS" ]; do
    for which in old new; do
        if [ "$which" = old ]; then dir=$OLD; else dir=$NEW; fi
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        line=$("$dir/cep-server-bench" ingest "$REPORTS" "$CONCURRENCY" 2>/dev/null)
        echo "run $i, $which bench (load $load): $line"
        echo "$line" | rate >>"target/compare-bench-$which.txt"
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        line=$(CEP_BENCH_SERVER="$dir/cep-server" "$NEW/cep-server-bench" ingest "$REPORTS" "$CONCURRENCY" 2>/dev/null)
        echo "run $i, this bench against the $which server (load $load): $line"
        echo "$line" | rate >>"target/compare-server-$which.txt"
        load=$(cut -d' ' -f1-3 /proc/loadavg)
        line=$(CEP_BENCH_SECTIONS=6cf6db6 CEP_BENCH_SERVER="$dir/cep-server" "$NEW/cep-server-bench" ingest "$REPORTS" "$CONCURRENCY" 2>/dev/null)
        echo "run $i, this bench, 6cf6db6's six sections, against the $which server (load $load): $line"
        echo "$line" | rate >>"target/compare-six-$which.txt"
    done
    i=$((i + 1))
done
echo "medians of $RUNS, each release's own bench: $REF $(median <target/compare-bench-old.txt) reports/s, this tree $(median <target/compare-bench-new.txt) reports/s"
echo "medians of $RUNS, this bench against each server: $REF $(median <target/compare-server-old.txt) reports/s, this tree $(median <target/compare-server-new.txt) reports/s"
echo "medians of $RUNS, this bench with 6cf6db6's six sections against each server: $REF $(median <target/compare-six-old.txt) reports/s, this tree $(median <target/compare-six-new.txt) reports/s"
