#!/usr/bin/env bash
# The import benchmark (BenchmarkDotNet, 2,000 rows, preview and confirm) on SQLite and PostgreSQL.
# Usage: scripts/import-benchmark.sh   (needs postgresql: apt-get install postgresql)
# Runs as root: it starts a throwaway PostgreSQL cluster as the postgres user in a temp folder on port 5498
# and removes it afterwards. Results: BenchmarkDotNet.Artifacts/results/ and the console.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/sc-import-bench.XXXXXX)
chmod 755 "$work"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)
cleanup() {
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
runuser -u postgres -- "$pgbin/initdb" -D "$work/pg/data" -U postgres --auth=trust >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -w -l "$work/pg/log" -o "-p 5498 -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
dotnet build -c Release tests/SendCareers.Benchmarks >/dev/null
SENDCAREERS_BENCH_POSTGRES="Host=127.0.0.1;Port=5498;Username=postgres;Database=postgres" \
  dotnet run -c Release --no-build --project tests/SendCareers.Benchmarks -- --filter '*ImportBenchmarks*'
