#!/usr/bin/env sh
# Runs Neovim headless (Debian's `neovim` package) against `clawc lsp` on a config and prints the
# diagnostics, completions and hover it receives. Usage: docs/editors/nvim-headless.sh [FILE] [OPENCLAW_VERSION]
set -e
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
FILE=${1:-$ROOT/examples/seed.json5}
export CLAWC="$ROOT/clawc" FILE="$(CDPATH= cd -- "$(dirname -- "$FILE")" && pwd)/$(basename -- "$FILE")"
export OPENCLAW_VERSION="${2:-2026.2.6}"
cd "$ROOT"
exec nvim --headless --clean -n -u NONE -c "luafile $ROOT/docs/editors/nvim-headless.lua"
