#!/usr/bin/env bash
# Throughput benchmarks (see bench/results.md). Not part of `mvn verify`.
#
#   bench/run.sh [all|build|data|jmh|node|process|batch]     (default: all)
#
# Environment: BUILD_DIR (private build of the main project, default /tmp/build-bench),
# NODE_DIR (where `npm install node@24 json5` was run, default /tmp/bench-node),
# JMH_OPTS (default "-f 1 -wi 3 -i 5 -w 2s -r 2s", short enough for 2 cores), RUNS (whole-process runs, 5),
# BATCH (number of generated configs, 1000). Logs and JMH JSON go to bench/target/results/.
set -euo pipefail
BENCH=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
ROOT=$(dirname "$BENCH")
BUILD_DIR=${BUILD_DIR:-/tmp/build-bench}
NODE_DIR=${NODE_DIR:-/tmp/bench-node}
NODE="$NODE_DIR/node_modules/.bin/node"
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -i 5 -w 2s -r 2s"}
RUNS=${RUNS:-5}
BATCH=${BATCH:-1000}
DATA="$BENCH/target/data"
OUT="$BENCH/target/results"
JAR="$BENCH/target/benchmarks.jar"
# The self-contained distribution `mvn package` builds when it finds a JDK 25: its runtime and AOT cache.
DIST=$(ls -d "$BUILD_DIR"/clawc-*/ 2>/dev/null | head -1); DIST=${DIST%/}
JDK25="$DIST/runtime/bin/java"
mkdir -p "$OUT"

build() {
    (cd "$ROOT" && mvn -B -q -DskipTests install -Dclawc.buildDir="$BUILD_DIR")
    (cd "$BENCH" && mvn -B -q package)
}

data() {
    java -cp "$JAR" dev.clawc.bench.Generate "$DATA" 20 big
    # `clawc parse` reads at most 16 MiB: the whole-process comparison uses a file just under it.
    java -cp "$JAR" dev.clawc.bench.Generate "$DATA" 16.5 big16
    java -cp "$JAR" dev.clawc.bench.Generate "$DATA" 1 m1
    java -Xmx4g -cp "$JAR" dev.clawc.bench.Generate --verify "$DATA" big
}

jmh() {
    local common=(-Dclawc.bench.data="$DATA" -Dclawc.shared="$ROOT/../shared" -jar "$JAR")
    # every stage, both inputs, the serial collector with default heap sizing (as the launcher runs)
    java "${common[@]}" 'ParseBench' $JMH_OPTS -prof gc -jvmArgsAppend "-XX:+UseSerialGC" \
        -rf json -rff "$OUT/parse-serial.json" | tee "$OUT/parse-serial.log"
    # the same with a young generation that holds a whole parse (no copying of the growing tree)
    java "${common[@]}" 'ParseBench.(readerToAst|bytesToAst|jacksonTree)' -p input=generated $JMH_OPTS -prof gc \
        -jvmArgsAppend "-XX:+UseSerialGC -Xms4g -Xmx4g -Xmn3g" \
        -rf json -rff "$OUT/parse-serial-xmn3g.json" | tee "$OUT/parse-serial-xmn3g.log"
    # G1, the JVM's default collector
    java "${common[@]}" 'ParseBench.(readerToAst|jacksonTree)' -p input=generated $JMH_OPTS -prof gc \
        -jvmArgsAppend "-XX:+UseG1GC" -rf json -rff "$OUT/parse-g1.json" | tee "$OUT/parse-g1.log"
    # the whole check pipeline in process: the largest corpus file and a 1 MB generated one
    java "${common[@]}" 'CheckBench' $JMH_OPTS -jvmArgsAppend "-XX:+UseSerialGC" \
        -rf json -rff "$OUT/check.json" | tee "$OUT/check.log"
}

node_bench() {
    local corpus
    corpus=$(ls -S "$ROOT"/../shared/corpus/*.json5 | head -1)
    NODE_DIR="$NODE_DIR" "$NODE" "$BENCH/node/json5-bench.js" inproc "$DATA/big.json5" 7 | tee "$OUT/node-big.json"
    NODE_DIR="$NODE_DIR" "$NODE" "$BENCH/node/json5-bench.js" inproc "$corpus" 50 | tee "$OUT/node-corpus.json"
    NODE_DIR="$NODE_DIR" "$NODE" "$BENCH/node/json5-bench.js" jsonparse "$DATA/big.json" | tee "$OUT/node-jsonparse.json"
}

# median wall-clock seconds of RUNS runs of a command (stdout to /dev/null)
median() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local t0 t1
        t0=$(date +%s.%N)
        "$@" > /dev/null 2>>"$OUT/process.err" || true
        t1=$(date +%s.%N)
        times+=("$(echo "$t1 - $t0" | bc)")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f\n", a[int((NR+1)/2)]}'
}

process() {
    local f="$DATA/big16.json5" cj="$BUILD_DIR/clawc.jar"
    local c1=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss8m -Dclawc.stdout.tty=false)
    {
        echo "file: $f ($(stat -c %s "$f") bytes), median of $RUNS runs, seconds"
        echo "node24 json5.parse + JSON.stringify: $(median "$NODE" "$BENCH/node/json5-bench.js" parse "$f")"
        if [ -x "$JDK25" ] && [ -f "$DIST/lib/clawc.aot" ]; then
            echo "clawc parse, bundled runtime + AOT cache (what ./clawc runs): $(median "$JDK25" -XX:AOTCache="$DIST/lib/clawc.aot" -Xlog:aot=off -Xlog:cds=off "${c1[@]}" -cp "$DIST/lib/clawc.jar" dev.clawc.cli.Main parse "$f")"
        fi
        echo "clawc parse, JDK 17 + CDS: $(median java -XX:SharedArchiveFile="$BUILD_DIR/clawc.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off "${c1[@]}" -jar "$cj" parse "$f")"
        echo "clawc parse, JDK 17 + CDS, C2 too (no TieredStopAtLevel): $(median java -XX:SharedArchiveFile="$BUILD_DIR/clawc.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:+UseSerialGC -Xss8m -jar "$cj" parse "$f")"
        echo "clawc parse --compact, JDK 17 + CDS: $(median java -XX:SharedArchiveFile="$BUILD_DIR/clawc.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off "${c1[@]}" -jar "$cj" parse --compact "$f")"
    } | tee "$OUT/process.txt"
}

batch() {
    local dir cj="$BUILD_DIR/clawc.jar"
    dir=$(mktemp -d /tmp/clawc-batch.XXXXXX)
    java -cp "$JAR" dev.clawc.bench.Generate --batch "$dir" "$BATCH"
    local c1=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss8m -Dclawc.stdout.tty=false)
    local java=(java -XX:SharedArchiveFile="$BUILD_DIR/clawc.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
    if [ -x "$JDK25" ] && [ -f "$DIST/lib/clawc.aot" ]; then
        java=("$JDK25" -XX:AOTCache="$DIST/lib/clawc.aot" -Xlog:aot=off -Xlog:cds=off); cj="$DIST/lib/clawc.jar"
    fi
    {
        echo "$BATCH configs under $dir ($(du -sb "$dir" | cut -f1) bytes)"
        local t0 t1
        t0=$(date +%s.%N)
        "${java[@]}" "${c1[@]}" -jar "$cj" check --no-process-env --format json "$dir" > "$OUT/batch-check.json" || true
        t1=$(date +%s.%N)
        echo "one JVM, clawc check --no-process-env DIR: $(echo "$t1 - $t0" | bc) s"
        t0=$(date +%s.%N)
        "${java[@]}" "${c1[@]}" -jar "$cj" check --no-process-env --format json "$dir" > /dev/null || true
        t1=$(date +%s.%N)
        echo "again: $(echo "$t1 - $t0" | bc) s"
        local n=50
        t0=$(date +%s.%N)
        for sub in $(ls "$dir" | head -$n); do
            "${java[@]}" "${c1[@]}" -jar "$cj" check --no-process-env --format json "$dir/$sub/openclaw.json5" > /dev/null || true
        done
        t1=$(date +%s.%N)
        echo "one JVM per file, first $n files: $(echo "$t1 - $t0" | bc) s"
        grep -c '"rule"' "$OUT/batch-check.json" | sed 's/^/diagnostics in the batch report: /'
    } | tee "$OUT/batch.txt"
    rm -rf "$dir"
}

case "${1:-all}" in
    build) build ;;
    data) data ;;
    jmh) jmh ;;
    node) node_bench ;;
    process) process ;;
    batch) batch ;;
    all) build; data; jmh; node_bench; process; batch ;;
    *) echo "usage: $0 [all|build|data|jmh|node|process|batch]" >&2; exit 2 ;;
esac
