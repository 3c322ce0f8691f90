#!/usr/bin/env bash
# The test command (README "Test it"; .ci/run calls it): installs what the tests need on a fresh Debian machine with
# the .NET SDK, then runs every test. The API tests start their own redis-server on a free loopback port; the build
# bundles the map workbench with node and npm; the workbench tests drive Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  as_root=""
  if [ "$(id -u)" != 0 ]; then as_root="sudo"; fi
  $as_root apt-get update -qq
  $as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# compose.yaml, the Kubernetes base and the Dockerfile against their schemas and linter (no Docker engine here).
bash tools/packaging/check.sh
# NSwag and Kiota, which the client tests' build runs (.config/dotnet-tools.json).
dotnet tool restore
dotnet test TransitOpt.sln "$@"
