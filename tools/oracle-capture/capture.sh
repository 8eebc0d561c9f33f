#!/usr/bin/env bash
# capture.sh - run ONE OpenClaw agent turn against a loopback capture server that
# impersonates the real provider hosts (openrouter.ai, api.anthropic.com, ...), and
# write the HTTP requests OpenClaw sent as JSON.
#
# Usage:
#   capture.sh --oc <openclaw install dir> --config <openclaw.json5> --out <dir>
#              [--model <provider/model>] [--thinking <level>] [--agent <id>]
#              [--message <text>] [--env KEY=VALUE]... [--rules <rules.json>]
#              [--catalog <openrouter-models.json>|none] [--node <node binary>]
#              [--timeout <seconds>] [--keep-home] [--warmup]
#
#   --oc       a dir containing openclaw.mjs (e.g. <dir>/oc-2026.9.6/node_modules/openclaw)
#              or a dir whose node_modules/openclaw has it (e.g. <dir>/oc-2026.2.6-3);
#              install-openclaw.sh <dir> creates both
#   --node     the Node binary to run OpenClaw with (Node 24; OpenClaw 2026.9.6 needs >= 24.16).
#              Default: $NODE_BIN if set, else `node` on PATH.
#   --catalog  what GET openrouter.ai/api/v1/models answers: a file in OpenRouter's format
#              (default: $OC_CAP_CATALOG, else ../shared/oracle/openrouter-models.json next to the
#              project) or `none` (HTTP 503)
#   --model    passed as `agent --model` when the version has that flag; otherwise the
#              config's agents.defaults.model.primary is set to it (noted in meta.json)
#   --rules    capserver rules (force HTTP errors per model/host, e.g. to exercise fallbacks)
#   --env      extra environment for the OpenClaw process (API keys etc.). Repeatable.
#   --message  the user prompt (default "hello there"; the skeleton marks it as <text:user:prompt>)
#   --warmup   first run one throw-away turn in a separate session (--session-id oracle-warmup,
#              message "warmup") in the same HOME, so state caches (e.g. the OpenRouter model
#              catalog kept in SQLite) are warm like on a long-running install; its requests go
#              to warmup.raw.json and are not part of requests.raw.json.
#
# TLS: the capture server's throwaway CA and certificate live in $OC_CAP_CERTS (default: certs/ in
# this folder, git-ignored); lib/gen-certs.sh creates them on first use and again after hosts.txt
# changes. Nothing is trusted system-wide: only the OpenClaw process gets NODE_EXTRA_CA_CERTS.
#
# Output (in --out):
#   requests.raw.json      list of captured requests (auth values redacted), in arrival order
#   requests.skeleton.json list of skeletons (see lib/normalize.py) for the provider requests
#   connections.jsonl      every DNS lookup / TCP connect the preload redirected
#   openclaw.out.txt       stdout+stderr of the agent run
#   meta.json              command line, versions, exit codes, ports
#
# Example:
#   capture.sh --oc "$OC_2026_9_6" --node "$NODE_BIN" --config config.json5 --out out \
#              --env OPENROUTER_API_KEY=sk-or-test-123
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIB="$HERE/lib"

OC=""; CONFIG=""; OUT=""; MODEL=""; THINKING=""; AGENT=""; MESSAGE="hello there"
RULES=""; CATALOG="${OC_CAP_CATALOG:-$HERE/../../../shared/oracle/openrouter-models.json}"; NODE_BIN="${NODE_BIN:-}"; TIMEOUT=150; KEEP_HOME=0; WARMUP=0
EXTRA_ENV=()
while [ $# -gt 0 ]; do
  case "$1" in
    --oc) OC="$2"; shift 2;;
    --config) CONFIG="$2"; shift 2;;
    --out) OUT="$2"; shift 2;;
    --model) MODEL="$2"; shift 2;;
    --thinking) THINKING="$2"; shift 2;;
    --agent) AGENT="$2"; shift 2;;
    --message) MESSAGE="$2"; shift 2;;
    --env) EXTRA_ENV+=("$2"); shift 2;;
    --rules) RULES="$2"; shift 2;;
    --catalog) CATALOG="$2"; shift 2;;
    --node) NODE_BIN="$2"; shift 2;;
    --timeout) TIMEOUT="$2"; shift 2;;
    --keep-home) KEEP_HOME=1; shift;;
    --warmup) WARMUP=1; shift;;
    -h|--help) sed -n 2,43p "$0"; exit 0;;
    *) echo "unknown arg $1" >&2; exit 2;;
  esac
done
[ -n "$OC" ] && [ -n "$CONFIG" ] && [ -n "$OUT" ] || { echo "need --oc --config --out" >&2; exit 2; }
if [ -f "$OC/openclaw.mjs" ]; then OCDIR="$OC"; elif [ -f "$OC/node_modules/openclaw/openclaw.mjs" ]; then OCDIR="$OC/node_modules/openclaw"; else echo "no openclaw.mjs under $OC" >&2; exit 2; fi
OCVER=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['version'])" "$OCDIR/package.json")
if [ -z "$NODE_BIN" ]; then
  NODE_BIN="$(command -v node || true)"
  [ -n "$NODE_BIN" ] || { echo "no Node binary: pass --node, set NODE_BIN, or put node on PATH" >&2; exit 2; }
fi
[ -x "$NODE_BIN" ] || { echo "not an executable: $NODE_BIN" >&2; exit 2; }
NODE_BIN="$(cd "$(dirname "$NODE_BIN")" && pwd)/$(basename "$NODE_BIN")"
NODE_MAJOR=$("$NODE_BIN" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$NODE_MAJOR" -lt 22 ]; then
  echo "$NODE_BIN is Node $NODE_MAJOR; OpenClaw needs Node 24 (install-openclaw.sh installs one; pass it with --node)" >&2
  exit 2
fi
if [ "$CATALOG" != "none" ]; then
  [ -f "$CATALOG" ] || { echo "OpenRouter model list not found: $CATALOG (pass --catalog FILE or --catalog none)" >&2; exit 2; }
  CATALOG="$(cd "$(dirname "$CATALOG")" && pwd)/$(basename "$CATALOG")"
fi
[ -z "$RULES" ] || RULES="$(cd "$(dirname "$RULES")" && pwd)/$(basename "$RULES")"

# Throwaway TLS material (never committed): generated on first use, regenerated when hosts.txt changes.
CERTS="${OC_CAP_CERTS:-$HERE/certs}"
mkdir -p "$CERTS"; CERTS="$(cd "$CERTS" && pwd)"
need_certs() {
  [ -f "$CERTS/ca.pem" ] && [ -f "$CERTS/server.pem" ] && [ -f "$CERTS/server.key" ] \
    && [ ! "$LIB/hosts.txt" -nt "$CERTS/server.pem" ] && return 1
  return 0
}
if need_certs; then
  if command -v flock >/dev/null 2>&1; then
    ( flock 9; if need_certs; then "$LIB/gen-certs.sh" "$CERTS" >/dev/null; fi ) 9>"$CERTS/.lock"
  else
    "$LIB/gen-certs.sh" "$CERTS" >/dev/null
  fi
fi
[ -f "$CERTS/server.pem" ] || { echo "certificate generation failed (is openssl installed?)" >&2; exit 3; }

mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
rm -f "$OUT/requests.jsonl" "$OUT/connections.jsonl" "$OUT/requests.raw.json" "$OUT/requests.skeleton.json" "$OUT/warmup.raw.json" "$OUT/warmup.out.txt"
OCHOME="$(mktemp -d -t oracle-home.XXXXXX)"
mkdir -p "$OCHOME/.openclaw"
cp "$CONFIG" "$OCHOME/.openclaw/openclaw.json"

# Does this version know `agent --model`?
MODEL_MODE=""
if [ -n "$MODEL" ]; then
  if env -i PATH="$(dirname "$NODE_BIN"):/usr/bin:/bin" HOME="$OCHOME/help-probe" NO_COLOR=1 \
       timeout 60 "$NODE_BIN" "$OCDIR/openclaw.mjs" agent --help 2>/dev/null | grep -qF -- '--model <id>'; then
    MODEL_MODE="cli-flag"
  else
    MODEL_MODE="config-primary"
    "$NODE_BIN" -e '
      const fs=require("fs"); const p=process.argv[1]; const JSON5=require(process.argv[3]);
      const c=JSON5.parse(fs.readFileSync(p,"utf8")); c.agents=c.agents||{}; c.agents.defaults=c.agents.defaults||{};
      const m=c.agents.defaults.model; if (m && typeof m==="object") m.primary=process.argv[2]; else c.agents.defaults.model={primary:process.argv[2]};
      fs.writeFileSync(p, JSON.stringify(c,null,2));' "$OCHOME/.openclaw/openclaw.json" "$MODEL" "$(dirname "$OCDIR")/json5" 2>/dev/null \
    || "$NODE_BIN" -e '
      const fs=require("fs"); const p=process.argv[1]; const c=JSON.parse(fs.readFileSync(p,"utf8"));
      c.agents=c.agents||{}; c.agents.defaults=c.agents.defaults||{}; const m=c.agents.defaults.model;
      if (m && typeof m==="object") m.primary=process.argv[2]; else c.agents.defaults.model={primary:process.argv[2]};
      fs.writeFileSync(p, JSON.stringify(c,null,2));' "$OCHOME/.openclaw/openclaw.json" "$MODEL"
  fi
fi

read -r TLS_PORT HTTP_PORT < <(python3 -c '
import socket
s=[socket.socket() for _ in range(2)]
[x.bind(("127.0.0.1",0)) for x in s]
print(*[x.getsockname()[1] for x in s]); [x.close() for x in s]')

READY="$OUT/.ready"; rm -f "$READY"
CAPARGS=(--tls-port "$TLS_PORT" --http-port "$HTTP_PORT" --out "$OUT/requests.jsonl" --ready-file "$READY" --openrouter-catalog "$CATALOG"
         --cert "$CERTS/server.pem" --key "$CERTS/server.key")
[ -n "$RULES" ] && CAPARGS+=(--rules "$RULES")
python3 "$LIB/capserver.py" "${CAPARGS[@]}" > "$OUT/capserver.log" 2>&1 &
CAP_PID=$!
cleanup() {
  kill "$CAP_PID" 2>/dev/null; wait "$CAP_PID" 2>/dev/null
  rm -f "$READY"
  if [ "$KEEP_HOME" = 0 ]; then rm -rf "$OCHOME"; else echo "home kept: $OCHOME" >&2; fi
}
trap cleanup EXIT
for _ in $(seq 1 100); do [ -f "$READY" ] && break; sleep 0.1; done
[ -f "$READY" ] || { echo "capserver did not start" >&2; cat "$OUT/capserver.log" >&2; exit 3; }

ARGS=(agent --local -m "$MESSAGE" --timeout "$((TIMEOUT - 20))")
[ "$MODEL_MODE" = "cli-flag" ] && ARGS+=(--model "$MODEL")
[ -n "$THINKING" ] && ARGS+=(--thinking "$THINKING")
[ -n "$AGENT" ] && ARGS+=(--agent "$AGENT")
# Session flag. Old releases (2026.2.x) and newer ones refuse `agent --local` without a session
# selector; the release's own `agent --help` tells whether it has --session-id. Without --agent a
# fixed id is always passed when the flag exists (keeps runs comparable); with --agent it is added
# only when the first run is refused for want of a session (see the retry below).
# The help text is cached next to the install (it costs a CLI start-up per capture otherwise).
HELP_CACHE="$OCDIR/../.oracle-agent-help.$OCVER.txt"
if [ -s "$HELP_CACHE" ] && grep -qF -- '--message' "$HELP_CACHE"; then
  HELP_TEXT="$(cat "$HELP_CACHE")"
else
  HELP_TEXT="$(env -i PATH="$(dirname "$NODE_BIN"):/usr/bin:/bin" HOME="$OCHOME/help-probe" NO_COLOR=1 TERM=dumb \
    timeout 60 "$NODE_BIN" "$OCDIR/openclaw.mjs" agent --help 2>&1 || true)"
  printf '%s\n' "$HELP_TEXT" > "$HELP_CACHE.$$" 2>/dev/null && mv "$HELP_CACHE.$$" "$HELP_CACHE" 2>/dev/null
fi
HAS_SESSION_ID=0
printf '%s' "$HELP_TEXT" | grep -qF -- '--session-id' && HAS_SESSION_ID=1
SESSION_MODE=""
if [ -z "$AGENT" ] && [ "$HAS_SESSION_ID" = 1 ]; then
  ARGS+=(--session-id oracle-capture); SESSION_MODE="session-id"
fi
# Does the release print OpenClaw's stable/dynamic system-prompt boundary marker at all? When its
# code has no marker, the normalizer marks system text as <text:system:unknown> (no guessing).
BOUNDARY="marker"
grep -rqF 'openclaw:attempt:' "$OCDIR/dist" 2>/dev/null || BOUNDARY="absent"

run_oc() {  # args: output-file, then openclaw args
  local outf="$1"; shift
  env -i PATH="$(dirname "$NODE_BIN"):/usr/bin:/bin" HOME="$OCHOME" TERM=dumb LANG=C.UTF-8 TZ=UTC \
    NO_COLOR=1 FORCE_COLOR=0 \
    NODE_OPTIONS="--import $LIB/preload.mjs" NODE_EXTRA_CA_CERTS="$CERTS/ca.pem" \
    OC_CAP_TLS_PORT="$TLS_PORT" OC_CAP_HTTP_PORT="$HTTP_PORT" OC_CAP_CONNLOG="$OUT/connections.jsonl" \
    ${OC_CAP_FAKE_IP:+OC_CAP_FAKE_IP="$OC_CAP_FAKE_IP"} \
    TMPDIR="$OCHOME/tmp" \
    "${EXTRA_ENV[@]}" \
    timeout -k 5 "$TIMEOUT" "$NODE_BIN" "$OCDIR/openclaw.mjs" "$@" > "$outf" 2>&1 < /dev/null &
  local pid=$! since=""
  # Some releases keep running (SQLite maintenance workers, plugin installs) long after the turn
  # ended. Once a model call was answered 200, the turn's requests are complete: allow a short
  # grace period for late requests, then stop the process (its exit code is then 143/124).
  while kill -0 "$pid" 2>/dev/null; do
    if [ -z "$since" ] && [ -f "$OUT/requests.jsonl" ] && awk '/"method": "POST"/ && /"response": \{"status": 200/ && /"path": "[^"]*(\/chat\/completions|\/messages|\/responses|:generateContent|:streamGenerateContent)/ {f=1} END {exit !f}' "$OUT/requests.jsonl"; then
      since=$(date +%s)
    fi
    if [ -n "$since" ] && [ $(( $(date +%s) - since )) -ge "${OC_CAP_GRACE:-8}" ]; then
      # children of `timeout` (the node process) first, so none is orphaned
      pkill -TERM -P "$pid" 2>/dev/null; sleep 3; pkill -KILL -P "$pid" 2>/dev/null
      break
    fi
    sleep 1
  done
  wait "$pid"
}
if [ "$WARMUP" = 1 ]; then
  WARGS=(agent --local -m "warmup" --timeout "$((TIMEOUT - 20))" --session-id oracle-warmup)
  [ -n "$AGENT" ] && WARGS+=(--agent "$AGENT")
  run_oc "$OUT/warmup.out.txt" "${WARGS[@]}"
  echo "warmup rc=$?" >> "$OUT/warmup.out.txt"
  sleep 0.3
  touch "$OUT/requests.jsonl"; mv "$OUT/requests.jsonl" "$OUT/warmup.jsonl"
fi
START=$(date +%s.%N)
run_oc "$OUT/openclaw.out.txt" "${ARGS[@]}"
RC=$?
if [ "$SESSION_MODE" = "" ] && [ "$HAS_SESSION_ID" = 1 ] && [ "$RC" != 0 ] \
   && ! grep -qs '"method": *"POST"' "$OUT/requests.jsonl" \
   && grep -qiE -- '--session-id|session.*(required|needed)|Pass --to' "$OUT/openclaw.out.txt"; then
  # refused for want of a session selector: retry once with a fixed session id
  mv "$OUT/openclaw.out.txt" "$OUT/openclaw.refused.txt"
  [ -f "$OUT/requests.jsonl" ] && mv "$OUT/requests.jsonl" "$OUT/refused.jsonl"
  ARGS+=(--session-id oracle-capture); SESSION_MODE="session-id-retry"
  START=$(date +%s.%N)
  run_oc "$OUT/openclaw.out.txt" "${ARGS[@]}"
  RC=$?
fi
END=$(date +%s.%N)
sleep 0.3
touch "$OUT/requests.jsonl"

python3 - "$OUT" "$OCVER" "$RC" "$START" "$END" "$MODEL_MODE" "$CONFIG" "$NODE_BIN" "$TLS_PORT" "$HTTP_PORT" "${ARGS[*]}" "${EXTRA_ENV[*]:-}" "$SESSION_MODE" "$BOUNDARY" <<'EOF'
import json, sys, os, re
out, ver, rc, start, end, model_mode, config, node, tlsp, httpp, argv, extra, session_mode, boundary = sys.argv[1:15]
meta = {"openclaw_version": ver, "exit_code": int(rc), "seconds": round(float(end) - float(start), 1),
        "session_mode": session_mode or None, "boundary": boundary,
        "model_mode": model_mode or None, "config": os.path.abspath(config), "node": node,
        "agent_args": argv, "extra_env_keys": [e.split("=", 1)[0] for e in extra.split() if "=" in e],
        "ports": {"tls": int(tlsp), "http": int(httpp)}}
json.dump(meta, open(os.path.join(out, "meta.json"), "w"), indent=1)
EOF
python3 "$LIB/normalize.py" raw "$OUT/requests.jsonl" > "$OUT/requests.raw.json"
python3 "$LIB/normalize.py" --prompt "$MESSAGE" --boundary "$BOUNDARY" skeleton "$OUT/requests.raw.json" > "$OUT/requests.skeleton.json"
rm -f "$OUT/requests.jsonl"
if [ -f "$OUT/warmup.jsonl" ]; then
  python3 "$LIB/normalize.py" raw "$OUT/warmup.jsonl" > "$OUT/warmup.raw.json"; rm -f "$OUT/warmup.jsonl"
fi
N=$(python3 -c "import json,sys;print(len(json.load(open(sys.argv[1]))))" "$OUT/requests.raw.json")
echo "openclaw $OCVER rc=$RC captured=$N out=$OUT"
exit 0
