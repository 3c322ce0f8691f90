#!/usr/bin/env bash
# Regenerates the README's screenshots of the workbench (docs/workbench-routes.png, -scenarios.png, -plans.png): the
# browser tests of the three views save the page at their end when WORKBENCH_SCREENSHOTS names a folder.
# Needs what tests/run.sh installs (redis-server, nodejs, npm, chromium). Usage: bash tools/screenshots.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$root/docs"
WORKBENCH_SCREENSHOTS="$root/docs" dotnet test "$root/tests/TransitOpt.Workbench.Tests" \
  --filter "FullyQualifiedName~RouteSearch_KostanayToDushanbe|FullyQualifiedName~Scenario_ClosingSaryagashKeles|FullyQualifiedName~Plan_SmallExampleAsJob"
ls -l "$root"/docs/workbench-*.png
