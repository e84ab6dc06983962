#!/usr/bin/env bash
# End-to-end Eglot test: headless Emacs (`emacs --batch`, Debian's emacs-nox 28.2 with elpa-eglot
# 1.9) opens an Arabic draft in text-mode with `isnad lsp` (target/release/isnad) registered in
# eglot-server-programs, waits for the published diagnostics to reach Flymake and checks their rule
# codes, lines and Emacs columns, the hover on a name spelled two ways, and the name-variant quick
# fix (editors/emacs/test/e2e.el).
#
# Installs what is missing: `apt-get install emacs-nox elpa-eglot` (needs root or sudo). Emacs 29
# and later have Eglot built in and need only emacs-nox. Cache: $ISNAD_EDITORS_CACHE (default
# target/editors) holds the test's temporary HOME.
# Run from anywhere: bash .ci/eglot.sh
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
cache="${ISNAD_EDITORS_CACHE:-$repo/target/editors}"
mkdir -p "$cache/emacs-home"

have_eglot() {
  command -v emacs >/dev/null &&
    HOME="$cache/emacs-home" emacs --batch --eval '(require (quote eglot))' >/dev/null 2>&1
}

if ! have_eglot; then
  echo "eglot: installing Debian's emacs-nox and elpa-eglot"
  sudo=()
  [[ "$(id -u)" -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends emacs-nox elpa-eglot >/dev/null; then
    echo "eglot: apt-get install emacs-nox elpa-eglot failed" >&2
    exit 1
  fi
  if ! have_eglot; then
    echo "eglot: Emacs is installed but (require 'eglot) fails" >&2
    exit 1
  fi
fi

echo "eglot: building isnad (release)"
cargo build --release --locked --quiet
bin="$repo/target/release/isnad"

echo "eglot: $(emacs --version | head -n1)"
# --batch skips the user's init file but loads Debian's site files (they put elpa-eglot on the
# load path); HOME points into the cache so nothing is written to the real home.
set +e
HOME="$cache/emacs-home" ISNAD_BIN="$bin" timeout 90 \
  emacs --batch -l "$repo/editors/emacs/test/e2e.el" 2>&1 | grep -v '^Loading '
status="${PIPESTATUS[0]}"
set -e
if [[ "$status" -ne 0 ]]; then
  echo "eglot: FAILED (exit $status)" >&2
  exit 1
fi
echo "eglot: passed"
