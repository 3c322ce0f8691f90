#!/usr/bin/env bash
# Does the first plan after start keep its time limit? Starts the Release API (no Redis), waits until ready, then times
# two identical 100-shipment plans with a 2 s limit: the first (cold OR-Tools and JIT) against the second (warm) in the
# same run. Usage: bash bench/api/first-plan.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dotnet publish src/TransitOpt.Api/TransitOpt.Api.csproj -c Release -o "$work/api" > "$work/publish.log"
ASPNETCORE_HTTP_PORTS="$port" Data__Directory="$PWD/data" Jobs__Directory="$work/jobs" Scenarios__Directory="$work/scenarios" \
  Auth__ApiKeys__0=bench Limits__SynchronousPlanShipments=1000 Logging__LogLevel__Default=Warning \
  dotnet "$work/api/TransitOpt.Api.dll" > "$work/api.log" 2>&1 &
api_pid=$!
trap 'kill $api_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null && break; sleep 0.2; done
python3 - > "$work/plan.json" <<'PY'
import json
origins = ["Kostanay", "Almaty", "Shymkent", "Astana", "Karaganda"]
destinations = ["Dushanbe", "Khujand", "Tashkent"]
shipments = [{"id": f"S{i}", "origin": origins[i % 5], "destination": destinations[i % 3],
              "cargo": {"kind": "bulk", "quantity": 20 + i, "unit": "wagons"}, "ready": "2026-03-02", "due": "2026-03-14"}
             for i in range(100)]
print(json.dumps({"shipments": shipments, "horizonDays": 14, "timeLimitSeconds": 2}))
PY
for run in first second; do
  curl -s -o "$work/$run.json" -w "$run plan: HTTP %{http_code}, %{time_total} s door to door (limit 2 s)\n" \
    -H 'X-Api-Key: bench' -H 'Content-Type: application/json' --data @"$work/plan.json" "http://127.0.0.1:$port/api/v1/plans"
done
