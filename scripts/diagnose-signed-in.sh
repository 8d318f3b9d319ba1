#!/usr/bin/env bash
# Diagnostic for docs/benchmarks.md: compares the signed-in list page with a signed-in page without a list,
# an anonymous uncached Razor page and /health (wrk -t2 -c64 -d5s each, SQLite, demo data), then the list
# page with a single connection. Needs the Release build of src/SendCareers.Web (scripts/load-test.sh makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
port=5191
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Site__BaseUrl="http://127.0.0.1:$port" Demo__Seed=true Hangfire__Server=false Logging__LogLevel__Default=Warning Data__Path="$work/data" \
  dotnet src/SendCareers.Web/bin/Release/net10.0/SendCareers.Web.dll --contentRoot "$PWD/src/SendCareers.Web" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app; rm -rf $work' EXIT
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done
jar=$work/jar
token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=admin@sendcareers.test" --data-urlencode "Input.Password=SendCareers-Demo-1" "http://127.0.0.1:$port/account/sign-in"
cookie=$(awk -F'\t' 'NF==7 {printf "%s=%s; ", $6, $7}' "$jar")
for u in /admin/employers /admin /employers/sign-up /health; do
  size=$(curl -s -H "Cookie: $cookie" "http://127.0.0.1:$port$u" | wc -c)
  rows=$(curl -s -H "Cookie: $cookie" "http://127.0.0.1:$port$u" | grep -c '<tr class="govuk-table__row"' || true)
  wrk -t2 -c64 -d5s -H "Cookie: $cookie" -s scripts/wrk-report.lua "http://127.0.0.1:$port$u" >/dev/null 2>&1
  echo "$u bytes=$size rows=$rows $(wrk -t2 -c64 -d5s -H "Cookie: $cookie" -s scripts/wrk-report.lua "http://127.0.0.1:$port$u" | grep RESULT)"
done
echo "c1 /admin/employers $(wrk -t1 -c1 -d5s -H "Cookie: $cookie" -s scripts/wrk-report.lua "http://127.0.0.1:$port/admin/employers" | grep RESULT)"
