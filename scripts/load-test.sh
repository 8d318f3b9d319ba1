#!/usr/bin/env bash
# Reproduces the page-speed figures in docs/benchmarks.md: wrk -t2 -c64 -d10s against a static file,
# a cached guidance page and a signed-in database-backed list page, on SQLite and on PostgreSQL.
# Usage: scripts/load-test.sh [sqlite|postgres|both]   (needs wrk and postgresql: apt-get install wrk postgresql)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
duration=${DURATION:-10s}
# A small static file, so the comparison is with the server's fastest path, not with the size of a stylesheet.
static_url=${STATIC_URL:-/js/app.js}
guidance_url=${GUIDANCE_URL:-/families/supported-internships}
list_url=${LIST_URL:-/coach/young-people}

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
  env "$@" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Demo__Seed=true \
    Hangfire__Server=false Logging__LogLevel__Default=Warning Data__Path="$work/data-$port" \
    RateLimiting__PublicFormPostsPerMinute=100000 \
    dotnet "$app_dll" --contentRoot "$PWD/src/SendCareers.Web" >"$work/app-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0; sleep 0.5; done
  echo "app did not start"; cat "$work/app-$port.log"; exit 1
}

sign_in() { # port -> cookie header
  local port=$1 jar="$work/jar-$port"
  local token
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=coach@sendcareers.test" --data-urlencode "Input.Password=SendCareers-Demo-1" \
    "http://127.0.0.1:$port/account/sign-in"
  awk '$6 ~ /^sc\.auth/ {printf "%s=%s; ", $6, $7}' "$jar"
}

measure() { # label port url [cookie]
  local label=$1 port=$2 url=$3 cookie=${4:-}
  local args=(-t2 -c64 -d"$duration" -s scripts/wrk-report.lua)
  [ -n "$cookie" ] && args+=(-H "Cookie: $cookie")
  curl -sf -o /dev/null ${cookie:+-H "Cookie: $cookie"} "http://127.0.0.1:$port$url" || { echo "$label: $url did not answer 200"; exit 1; }
  wrk "${args[@]}" "http://127.0.0.1:$port$url" >/dev/null 2>&1 # warm-up
  wrk "${args[@]}" "http://127.0.0.1:$port$url" | grep RESULT | sed "s|^RESULT|$label $url|"
}

run_suite() { # label port
  local label=$1 port=$2
  local cookie
  cookie=$(sign_in "$port")
  measure "$label static" "$port" "$static_url"
  measure "$label guidance" "$port" "$guidance_url"
  measure "$label list" "$port" "$list_url" "$cookie"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version)"
if [ "$which" = sqlite ] || [ "$which" = both ]; then
  start_app 5181
  run_suite sqlite 5181
fi
if [ "$which" = postgres ] || [ "$which" = both ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)
  mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
  runuser -u postgres -- "$pgbin/initdb" -D "$work/pg/data" -U postgres --auth=trust >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/data" -w -l "$work/pg/log" -o "-p 5499 -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
  start_app 5182 Database__Provider=Postgres "ConnectionStrings__Postgres=Host=127.0.0.1;Port=5499;Username=postgres;Database=postgres"
  run_suite postgres 5182
fi
