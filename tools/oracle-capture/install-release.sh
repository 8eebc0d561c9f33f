#!/usr/bin/env bash
# install-release.sh - install Node 24 and any OpenClaw release(s) into one directory.
#
# Usage: install-release.sh <dir> <version>...
#   <dir>/node24/node_modules/.bin/node   Node 24 (npm package `node`, scripts allowed for it)
#   <dir>/oc-<version>/                   openclaw@<version> (--ignore-scripts, libsignal stubbed)
#
# Every release gets the npm "overrides" entry that replaces the git-hosted `libsignal`
# (pulled in for WhatsApp by some releases) with a local stub; releases without it ignore it.
# Already installed parts are skipped. `rm -rf <dir>/oc-<version>` removes a release (~650 MB).
set -euo pipefail
if [ $# -lt 2 ]; then sed -n 2,10p "$0" >&2; exit 2; fi
mkdir -p "$1"; DIR="$(cd "$1" && pwd)"; shift
NPM_FLAGS=(--no-audit --no-fund --loglevel=error)
NODE_DIR="$DIR/node24"; NODE_BIN="$NODE_DIR/node_modules/.bin/node"
if ! { [ -x "$NODE_BIN" ] && "$NODE_BIN" --version 2>/dev/null | grep -q '^v24\.'; }; then
  mkdir -p "$NODE_DIR"
  [ -f "$NODE_DIR/package.json" ] || echo '{ "name": "oracle-node24", "private": true }' > "$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install "${NPM_FLAGS[@]}" node@24)
  "$NODE_BIN" --version | grep -q '^v24\.' || { echo "node 24 install failed" >&2; exit 1; }
fi
export PATH="$NODE_DIR/node_modules/.bin:$PATH"
write_stub() {  # file, exported function names
  local f="$1"; shift
  echo "// stub: WhatsApp/libsignal is not needed for request capture" > "$f"
  echo "function nope(){ throw new Error('libsignal stub: not available'); }" >> "$f"
  for n in "$@"; do echo "exports.$n = nope;" >> "$f"; done
}
for V in "$@"; do
  D="$DIR/oc-$V"
  if [ -f "$D/node_modules/openclaw/package.json" ] && \
     [ "$("$NODE_BIN" -p "require(process.argv[1]).version" "$D/node_modules/openclaw/package.json")" = "$V" ]; then
    echo "openclaw $V: already installed"; continue
  fi
  mkdir -p "$D/stub-libsignal/src"
  cat > "$D/package.json" <<J
{ "name": "oracle-openclaw", "private": true,
  "dependencies": { "openclaw": "$V" },
  "overrides": { "libsignal": "file:./stub-libsignal" } }
J
  echo '{"name":"libsignal","version":"0.0.0-stub","main":"index.js"}' > "$D/stub-libsignal/package.json"
  echo 'module.exports = {};' > "$D/stub-libsignal/index.js"
  # Named exports must be static `exports.x =` lines: ES modules import them by name.
  write_stub "$D/stub-libsignal/src/curve.js" generateKeyPair calculateSignature verifySignature \
    calculateAgreement getPublicFromPrivateKey createKeyPair
  write_stub "$D/stub-libsignal/src/crypto.js" deriveSecrets decrypt encrypt calculateMAC hash verifyMAC
  echo "openclaw $V: installing into $D"
  if (cd "$D" && npm install "${NPM_FLAGS[@]}" --ignore-scripts); then
    echo "openclaw $V: ok"
  else
    echo "openclaw $V: FAILED" >&2
  fi
done
echo "export NODE_BIN=$NODE_BIN"
