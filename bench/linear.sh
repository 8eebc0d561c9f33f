#!/usr/bin/env bash
# Linear cost: the wall time of the repo's `./clawc check` against input size and against the number of findings
# (bench/linear.md). Not part of `mvn verify`.
#
#   bench/linear.sh [build] [SERIES...]     (default: every series; `build` first runs `mvn -B -q -DskipTests package`)
#
# Series: valid unknown-lines unknown-line bad-values bad-values-line letters digits commas keys (see LinearInputs.java).
# Environment: RUNS (runs per input, default 5; the median is reported), OUT (default bench/target/linear).
# Each input is generated into OUT/data, run RUNS times with stdout to /dev/null (wall and CPU time: user + system of
# every thread, which a shared machine's load disturbs less), then once with --format json to count the findings (shown + the count in the too-many-findings line). Tables go to OUT/SERIES.md.
set -euo pipefail
BENCH=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ROOT=$(dirname "$BENCH")
RUNS=${RUNS:-5}
OUT=${OUT:-$BENCH/target/linear}
GEN="$BENCH/src/main/java/dev/clawc/bench/LinearInputs.java"
CLAWC="$ROOT/clawc"
mkdir -p "$OUT/data"

if [ "${1:-}" = build ]; then
    shift
    (cd "$ROOT" && mvn -B -q -DskipTests package)
fi

# the sizes of each series (bytes for valid/letters/digits, a count for the others)
sizes() {
    case "$1" in
        valid) echo 1000 4000 16000 64000 256000 1000000 4000000 16000000 ;;
        unknown-lines|unknown-line|bad-values|bad-values-line) echo 1 10 100 1000 10000 20000 100000 ;;
        letters|digits) echo 1000 16000 256000 1000000 4000000 16000000 ;;
        commas) echo 1 10 100 1000 10000 100000 1000000 ;;
        keys) echo 1000 10000 100000 300000 ;;
        *) echo "unknown series $1" >&2; exit 2 ;;
    esac
}

# one line per run of `clawc check FILE`: wall seconds and CPU seconds (user + system, the JVM's threads included)
times() {
    local file=$1
    for _ in $(seq "$RUNS"); do
        { TIMEFORMAT='%R %U %S'; time "$CLAWC" check --no-color --no-process-env "$file" > /dev/null 2>>"$OUT/stderr.log" || true; } 2>&1 \
            | awk '{printf "%.3f %.3f\n", $1, $2 + $3}'
    done
}

# median of column $1 of the lines on stdin
median() { awk -v c="${1:-1}" '{print $c}' | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'; }

# findings of one run: the diagnostics shown plus those counted by too-many-findings
findings() {
    local json
    json=$("$CLAWC" check --format json --no-process-env "$1" 2>/dev/null || true)
    echo "$json" | jq -r '.diagnostics as $d
        | ($d | map(select(.rule != "too-many-findings")) | length) as $shown
        | ($d | map(select(.rule == "too-many-findings") | .message | capture("and (?<n>[0-9]+) more").n | tonumber) | add // 0) as $more
        | "\($shown) shown + \($more) counted"' 2>/dev/null || echo "?"
}

baseline() {
    echo '{}' > "$OUT/data/empty.json5"
    local all
    all=$(times "$OUT/data/empty.json5")
    echo "$(echo "$all" | median 1) $(echo "$all" | median 2)"
}

# per unit of the difference to the empty config: µs per KB (size series) or per unit of N
per_unit() {
    local name=$1 diff=$2 n=$3 bytes=$4
    case "$name" in
        valid|letters|digits) echo "$diff * 1000000 / ($bytes / 1000)" | bc -l | awk '{printf "%.1f", $1}' ;;
        *) echo "$diff * 1000000 / $n" | bc -l | awk '{printf "%.1f", $1}' ;;
    esac
}

ratio() {
    if [ -n "$1" ] && awk "BEGIN {exit !($1 > 0.05)}"; then
        echo "$2 / $1" | bc -l | awk '{printf "%.2f", $1}'
    else
        echo "–"
    fi
}

series() {
    local name=$1 w0 c0 prev_w="" prev_c="" n file bytes all w c dw dc unit
    read -r w0 c0 < "$OUT/baseline"
    case "$name" in valid|letters|digits) unit="µs/KB" ;; *) unit="µs/unit" ;; esac
    {
        echo "### $name"
        echo
        echo "| N | bytes | wall median s | wall − empty | $unit (wall) | ×prev (wall) | CPU median s | CPU − empty | $unit (CPU) | ×prev (CPU) | findings |"
        echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
    } > "$OUT/$name.md"
    for n in $(sizes "$name"); do
        file="$OUT/data/$name-$n.json5"
        java "$GEN" "$name" "$n" "$file"
        bytes=$(stat -c %s "$file")
        all=$(times "$file")
        echo "$name $n $(echo $all)" >> "$OUT/raw.txt"
        w=$(echo "$all" | median 1)
        c=$(echo "$all" | median 2)
        dw=$(echo "$w - $w0" | bc -l | awk '{printf "%.3f", $1}')
        dc=$(echo "$c - $c0" | bc -l | awk '{printf "%.3f", $1}')
        printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$bytes" \
            "$w" "$dw" "$(per_unit "$name" "$dw" "$n" "$bytes")" "$(ratio "$prev_w" "$dw")" \
            "$c" "$dc" "$(per_unit "$name" "$dc" "$n" "$bytes")" "$(ratio "$prev_c" "$dc")" \
            "$(findings "$file")" | tee -a "$OUT/$name.md"
        prev_w=$dw
        prev_c=$dc
        rm -f "$file"
    done
}

all_series=(valid unknown-lines unknown-line bad-values bad-values-line letters digits commas keys)
[ $# -gt 0 ] && all_series=("$@")
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "launcher runs: $(sh -c "ls -d '$ROOT'/target/clawc-*/bin/clawc 2>/dev/null | head -1" || true)"
    echo "runtime: $(for j in "$ROOT"/target/clawc-*/runtime/bin/java; do [ -x "$j" ] && "$j" -version 2>&1 | head -1; done)"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/env.txt"
baseline > "$OUT/baseline"
echo "empty config {}: wall, CPU $(cat "$OUT/baseline") s (medians of $RUNS)" | tee -a "$OUT/env.txt"
for s in "${all_series[@]}"; do
    series "$s"
    echo "load average after $s: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/env.txt"
done
