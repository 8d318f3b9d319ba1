#!/usr/bin/env bash
# Reproduces the page-speed figures in docs/benchmarks.md: wrk -t2 -c64 -d10s against a static file,
# a cached guidance page and a signed-in database-backed list page, on SQLite and on PostgreSQL.
# Usage: scripts/load-test.sh [sqlite|postgres|both]   (needs wrk and postgresql: apt-get install wrk postgresql)
# Runs as root (it starts a throwaway PostgreSQL cluster as the postgres user in a temp folder, port 5499).
# Prints one RESULT line per page plus a Markdown table with each page's ratio to the static file.
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
duration=${DURATION:-10s}
# A small static file, so the comparison is with the server's fastest path, not with the size of a stylesheet.
static_url=${STATIC_URL:-/js/app.js}
guidance_url=${GUIDANCE_URL:-/employers/tips/hosting-work-experience}
list_url=${LIST_URL:-/admin/employers}
list_user=${LIST_USER:-admin@sendcareers.test}

dotnet build src/SendCareers.Web -c Release -v quiet -nologo >/dev/null
app_dll=src/SendCareers.Web/bin/Release/net10.0/SendCareers.Web.dll
work=$(mktemp -d) && chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done
  if [ -d "$work/pg" ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

start_app() { # provider port extra-env...
  local port=$1; shift
  env Site__BaseUrl="http://127.0.0.1:$port" "$@" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Demo__Seed=true \
    Hangfire__Server=false Logging__LogLevel__Default=Warning Data__Path="$work/data-$port" \
    RateLimiting__PublicFormPostsPerMinute=100000 \
    dotnet "$app_dll" --contentRoot "$PWD/src/SendCareers.Web" >"$work/app-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0; sleep 0.5; done
  echo "app did not start"; cat "$work/app-$port.log"; exit 1
}

sign_in() { # port -> cookie header
  local port=$1 jar="$work/jar-$port"
  local token
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$list_user" --data-urlencode "Input.Password=SendCareers-Demo-1" \
    "http://127.0.0.1:$port/account/sign-in"
  # Every cookie a browser would send back (the sign-in and the antiforgery cookie), not only the sign-in one.
  awk -F'\t' 'NF==7 {printf "%s=%s; ", $6, $7}' "$jar"
}

measure() { # label port url [cookie]
  local label=$1 port=$2 url=$3 cookie=${4:-}
  local args=(-t2 -c64 -d"$duration" -s scripts/wrk-report.lua)
  [ -n "$cookie" ] && args+=(-H "Cookie: $cookie")
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' ${cookie:+-H "Cookie: $cookie"} "http://127.0.0.1:$port$url")
  # Strictly 200: a redirect to the sign-in page would otherwise be measured as if it were the page.
  [ "$status" = 200 ] || { echo "$label: $url answered $status, not 200"; exit 1; }
  wrk "${args[@]}" "http://127.0.0.1:$port$url" >/dev/null 2>&1 # warm-up
  wrk "${args[@]}" "http://127.0.0.1:$port$url" | grep RESULT | sed "s|^RESULT|$label $url|" | tee -a "$work/results"
}

run_suite() { # label port
  local label=$1 port=$2
  local cookie
  cookie=$(sign_in "$port")
  [ -n "$cookie" ] || { echo "$label: sign-in as $list_user failed"; exit 1; }
  measure "$label static" "$port" "$static_url"
  measure "$label guidance" "$port" "$guidance_url"
  measure "$label list" "$port" "$list_url" "$cookie"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version)"
if [ "$which" = sqlite ] || [ "$which" = both ]; then
  start_app 5181
  run_suite sqlite 5181
  kill "${pids[-1]}" 2>/dev/null || true # stop it so it does not compete for the CPU with the next run
fi
if [ "$which" = postgres ] || [ "$which" = both ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)
  mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
  runuser -u postgres -- "$pgbin/initdb" -D "$work/pg/data" -U postgres --auth=trust >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -w -l "$work/pg/log" -o "-p 5499 -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  start_app 5182 Database__Provider=Postgres "ConnectionStrings__Postgres=Host=127.0.0.1;Port=5499;Username=postgres;Database=postgres"
  run_suite postgres 5182
fi

# Markdown table: requests/s, latency percentiles and each page's throughput as a share of the static file's.
echo
echo "| Database | Page | URL | Requests/s | p50 ms | p95 ms | p99 ms | Errors / non-2xx | Ratio to static |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|"
awk '{
  db=$1; page=$2; url=$3
  for (i=4; i<=NF; i++) { split($i, kv, "="); v[kv[1]]=kv[2] }
  if (page == "static") static[db]=v["rps"]
  printf "| %s | %s | `%s` | %s | %s | %s | %s | %s / %s | %.0f%% |\n", db, page, url, v["rps"], v["p50"], v["p95"], v["p99"], v["errors"], v["non2xx"], 100*v["rps"]/static[db]
}' "$work/results"
