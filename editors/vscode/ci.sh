#!/usr/bin/env bash
# Build, test and package the VS Code extension, then check the .vsix.
# Called by .ci/run from the repository root: bash editors/vscode/ci.sh
# Needs Node.js >= 20 and npm (both on the project's machines); only `npm ci`
# uses the network (the npm registry).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "vscode ci: node and npm are needed (Node.js 20 or newer)" >&2
  exit 1
fi
echo "vscode ci: node $(node --version), npm $(npm --version)"

npm ci --no-audit --no-fund
npm test

version="$(node -p 'require("./package.json").version')"
vsix="isnad-${version}.vsix"
rm -f "$vsix"
npm run package
test -f "$vsix"
node scripts/check-vsix.js "$vsix"
