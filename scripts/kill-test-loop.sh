#!/usr/bin/env bash
# Runs the two kill tests (three instances on PostgreSQL killed at random; one SQLite instance killed
# mid-dispatch) N times in a row (default 20), one line per run with the load average. Issue #17 asks for
# 20 passing runs in a row; run it on a quiet machine after ./test.sh has installed what the tests need.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
export DOTNET_USE_POLLING_FILE_WATCHER=true DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build SendCareers.sln -c Release -v q >/dev/null || { echo "build failed"; exit 1; }
passed=0
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  out=$(dotnet test tests/SendCareers.Web.Tests -c Release --no-build --filter "FullyQualifiedName~InstancesKilledAtRandom|FullyQualifiedName~HardKill" 2>&1)
  echo "run $i ($(( $(date +%s) - start )) s, load $(cut -d' ' -f1 /proc/loadavg)): $(echo "$out" | grep -E 'Passed!|Failed!' | tail -1)"
  if echo "$out" | grep -q "Passed!"; then passed=$((passed + 1)); else echo "$out" | grep -A5 "\[FAIL\]"; fi
done
echo "$passed of $runs runs passed"
[ "$passed" -eq "$runs" ]
