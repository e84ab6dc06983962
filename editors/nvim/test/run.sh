#!/usr/bin/env bash
# Runs the headless Neovim end-to-end test.
#   editors/nvim/test/run.sh [NVIM] [ISNAD_BIN]
# NVIM defaults to `nvim` on PATH, ISNAD_BIN to target/debug/isnad. Exits non-zero on failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
nvim="${1:-nvim}"
bin="${2:-$repo/target/debug/isnad}"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

if [[ ! -x "$bin" ]]; then
  echo "run.sh: $bin not found; run cargo build first" >&2
  exit 2
fi

# No user config, no shada, no swap; `luafile` because Neovim 0.7 has no `-l`.
ISNAD_BIN="$bin" timeout 60 "$nvim" --headless -u NONE -i NONE -n -c "luafile $here/e2e.lua"
