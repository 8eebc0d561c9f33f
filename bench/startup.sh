#!/usr/bin/env bash
# Start-up of `clawc check examples/seed.json5`, side by side with `openclaw config validate` on the
# same file: median of $RUNS (default 10) wall-clock runs each, plus peak RSS. Needs `mvn -B -DskipTests package` first,
# and OpenClaw installed with Node 24:  npm install node@24 openclaw@2026.9.6  (in $OC_DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
OC_DIR=${OC_DIR:-/tmp/schema-work}
# NODE and OPENCLAW may be given directly (another layout, e.g. node and openclaw installed in separate folders)
NODE=${NODE:-$OC_DIR/node_modules/node/bin/node}
OPENCLAW=${OPENCLAW:-$OC_DIR/node_modules/openclaw/openclaw.mjs}
RUNS=${RUNS:-10}
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
DIST=$(ls -d target/clawc-*/ 2>/dev/null | head -1); DIST=${DIST%/}   # the self-contained distribution
FILE=examples/seed.json5
HOME_DIR=$(mktemp -d); mkdir -p "$HOME_DIR/.openclaw"; cp "$FILE" "$HOME_DIR/.openclaw/openclaw.json"

median() { # command...: median wall time in ms of $RUNS runs
  for _ in $(seq 1 "$RUNS"); do s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); done \
    | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
JAR=target/clawc.jar
FLAGS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1"
run() { printf '%-58s %8s ms  %7s KB\n' "$1" "$(median "${@:2}")" "$(rss "${@:2}")"; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
run "openclaw config validate (Node 24)" env HOME="$HOME_DIR" "$NODE" "$OPENCLAW" config validate
run "JDK 17 java -jar (no flags, no archive)" "$JDK17" -jar $JAR check --no-process-env $FILE
run "JDK 17 + C1 + SerialGC" "$JDK17" $FLAGS -jar $JAR check --no-process-env $FILE
run "JDK 17 + C1 + SerialGC + AppCDS (target/clawc.jsa)" "$JDK17" -XX:SharedArchiveFile=target/clawc.jsa -Xlog:cds=off $FLAGS -jar $JAR check --no-process-env $FILE
run "bundled runtime (JDK 25, jlink) + C1 + SerialGC + AOT cache" "$DIST/runtime/bin/java" -XX:AOTCache="$DIST/lib/clawc.aot" -Xlog:aot=off $FLAGS -cp "$DIST/lib/clawc.jar" dev.clawc.cli.Main check --no-process-env $FILE
run "bundled runtime, no AOT cache" "$DIST/runtime/bin/java" $FLAGS -cp "$DIST/lib/clawc.jar" dev.clawc.cli.Main check --no-process-env $FILE
run "$DIST/bin/clawc check (distribution launcher)" "$DIST/bin/clawc" check --no-process-env $FILE
run "./clawc check (launcher: picks the fastest available)" ./clawc check --no-process-env $FILE
run "./clawc --version" ./clawc --version
run "./clawc --help" ./clawc --help
# BEFORE_DIST=DIR: an earlier build's distribution (a copy of target/clawc-VERSION/), measured in the same run
if [ -n "${BEFORE_DIST:-}" ]; then
  run "BEFORE: $BEFORE_DIST/bin/clawc check" "$BEFORE_DIST/bin/clawc" check --no-process-env $FILE
  run "BEFORE: $BEFORE_DIST/bin/clawc --version" "$BEFORE_DIST/bin/clawc" --version
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
