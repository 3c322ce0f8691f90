#!/usr/bin/env bash
# The test command (README "Test it"; .ci/run calls it): installs what the tests need on a fresh Debian machine with
# the .NET SDK, then runs every test. The API tests start their own redis-server on a free loopback port.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v redis-server >/dev/null 2>&1; then
  as_root=""
  if [ "$(id -u)" != 0 ]; then as_root="sudo"; fi
  $as_root apt-get update -qq
  $as_root apt-get install -y -qq redis-server >/dev/null
fi
dotnet test TransitOpt.sln "$@"
