#!/usr/bin/env bash
# Load test of the API on loopback, all in one run: the framework's floor (GET /health/live of the same app), cached
# route search and uncached route search, with Redis as the shared second cache level.
# Needs wrk and redis-server (apt-get install -y wrk redis-server). Usage: bash bench/api/load.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-15}"
work="$(mktemp -d)"
redis_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
api_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
dotnet publish src/TransitOpt.Api/TransitOpt.Api.csproj -c Release -o "$work/api" > "$work/publish.log"
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no > "$work/redis.log" 2>&1 &
redis_pid=$!
ASPNETCORE_HTTP_PORTS="$api_port" Data__Directory="$PWD/data" ConnectionStrings__Redis="127.0.0.1:$redis_port,abortConnect=false" \
  Limits__RoutesPerMinutePerClient=1000000 Logging__LogLevel__Default=Warning \
  dotnet "$work/api/TransitOpt.Api.dll" > "$work/api.log" 2>&1 &
api_pid=$!
trap 'kill $api_pid $redis_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$api_port/health/ready" > /dev/null && break; sleep 0.2; done
url="http://127.0.0.1:$api_port"
# Warm up the JIT and the cache.
wrk -t2 -c8 -d3s "$url/health/live" > /dev/null
wrk -t2 -c8 -d3s -s bench/api/route-cached.lua "$url/api/v1/routes" > /dev/null
run() { # name, wrk arguments…
  local name=$1; shift
  local out; out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$@")
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  printf '| %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p99" "${errors:-0}"
}
echo "| endpoint (32 connections, ${seconds} s) | requests/s | p50 | p99 | non-2xx |"
echo "| --- | ---: | ---: | ---: | ---: |"
run "GET /health/live (framework floor)" "$url/health/live"
run "POST /api/v1/routes, cached" -s bench/api/route-cached.lua "$url/api/v1/routes"
run "POST /api/v1/routes, uncached" -s bench/api/route-uncached.lua "$url/api/v1/routes"
