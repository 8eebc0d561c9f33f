#!/usr/bin/env bash
# Diagnostics latency of `clawc lsp` after a change (typical and 2000-line configs): median and p95.
# Not part of `mvn verify`. Builds target/clawc.jar when missing. Results: bench/lsp/results.md.
set -euo pipefail
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
cd "$ROOT"
[ -f target/clawc.jar ] || mvn -B -q -DskipTests package
JAVA=${JAVA:-java}
# the server runs as the launcher runs it, minus the start-up flags tuned for short CLI runs (C1 only)
exec "$JAVA" -cp target/clawc.jar bench/lsp/LspLatency.java "$JAVA" -Xss8m -XX:+UseSerialGC -jar target/clawc.jar
