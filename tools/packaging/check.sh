#!/usr/bin/env bash
# Checks the packaging without a Docker engine: compose.yaml against the Compose Specification schema, and the
# Dockerfile with dockerfile-utils' linter. Needs node and npm. Usage: bash tools/packaging/check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
npm install --silent --no-audit --no-fund > /dev/null
node compose-schema.js "$root/compose.yaml"
node_modules/.bin/dockerfile-utils lint "$root/Dockerfile"
echo "Dockerfile: no lint problems"
