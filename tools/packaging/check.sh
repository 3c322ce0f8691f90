#!/usr/bin/env bash
# Checks the packaging without a Docker engine or a cluster: compose.yaml against the Compose Specification schema, the
# Kubernetes base (deploy/k8s/base) against the Kubernetes schemas of kubernetes-models, and the Dockerfile with
# dockerfile-utils' linter. Needs node and npm (offline once installed). Usage: bash tools/packaging/check.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
npm install --silent --no-audit --no-fund > /dev/null
node compose-schema.js "$root/compose.yaml"
node k8s-schema.mjs "$root/deploy/k8s/base"
node_modules/.bin/dockerfile-utils lint "$root/Dockerfile"
echo "Dockerfile: no lint problems"
