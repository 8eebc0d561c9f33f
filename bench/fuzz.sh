#!/usr/bin/env bash
# One fuzzing-mode run of one Jazzer target (see bench/fuzz.md), at the lowest CPU priority.
#
#   bench/fuzz.sh json5|check|fix DURATION        e.g. bench/fuzz.sh check 25m
#
# Environment: BUILD_DIR (private build, default /tmp/build-fuzz; run `mvn -B -q test-compile -Dclawc.buildDir=...`
# first), KEEP_GOING (distinct findings before Jazzer stops, default 10), TIMEOUT_MS (per-input limit, default 2000:
# raise it on a loaded machine, where a niced run waits for a CPU; replay a `hang` at the default before calling it one),
# MAX_LEN (libFuzzer's -max_len, default 65536 as in junit-platform.properties; a smaller cap trades input size for
# executions: 4096 runs the JSON5 target ~30x faster). The log goes to bench/target/fuzz/;
# the last line printed is the run's executions, as libFuzzer counted them.
set -euo pipefail
BENCH=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BUILD_DIR=${BUILD_DIR:-/tmp/build-fuzz}
KEEP_GOING=${KEEP_GOING:-10}
TIMEOUT_MS=${TIMEOUT_MS:-2000}
MAX_LEN=${MAX_LEN:-65536}
case "${1:-}" in
    json5) test=fuzz.Json5FuzzTest ;;
    check) test=fuzz.CheckFuzzTest ;;
    fix) test=fuzz.FixFuzzTest ;;
    *) echo "usage: $0 json5|check|fix DURATION" >&2; exit 2 ;;
esac
duration=${2:?duration, e.g. 25m}
mkdir -p "$BENCH/target/fuzz"
log="$BENCH/target/fuzz/$1-len$MAX_LEN-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "log: $log"
cd "$ROOT"
start=$(date +%s)
JAZZER_FUZZ=1 nice -n 19 mvn -B -o surefire:test -Dclawc.buildDir="$BUILD_DIR" -Dtest="$test" \
    -Djazzer.instrument='dev.clawc.**' -Djazzer.custom_hook_excludes='dev.clawc.**' \
    -Djazzer.keep_going="$KEEP_GOING" -Djazzer.internal.arg.1=-max_len="$MAX_LEN" -Dclawc.fuzz.timeoutMs="$TIMEOUT_MS" -Djazzer.max_duration="$duration" > "$log" 2>&1 || true
end=$(date +%s)
echo "wall: $((end - start)) s"
grep -E '^#[0-9]+[[:space:]]+(DONE|NEW|REDUCE|pulse)' "$log" | tail -1 || true
grep -E 'stat::number_of_executed_units|Tests run:|== Java Exception|FuzzerSecurityIssue|crash-|hang: |Done [0-9]+ runs' "$log" | head -20 || true
