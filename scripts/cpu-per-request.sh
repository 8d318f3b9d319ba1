#!/usr/bin/env bash
# CPU time per request, read from the app process's own counters (/proc/<pid>/stat, utime + stime)
# over a few seconds of `wrk -t2 -c8`. Steadier than requests/s on a shared machine, because it does
# not count the time the app waits for other jobs. Compares builds in alternation, round by round.
#
# Usage: scripts/cpu-per-request.sh label=build-dir[,NAME=value...] [label=build-dir ...]
#   build-dir: a folder holding SendCareers.Web.dll (e.g. a copy of src/SendCareers.Web/bin/Release/net10.0);
#   NAME=value: environment for that app only (e.g. DOTNET_gcServer=0 to compare a runtime setting)
# Environment: ROUNDS (default 3), SECONDS_PER_RUN (default 5), WARMUP_SECONDS (default 8, per URL: the
# JIT's tiering and dynamic PGO take a few seconds of load to settle), URLS (default below; /coach/... is
# requested as the demo job coach, everything else as the hub administrator), PORT_BASE (default 5301).
# Prints one line per round, build and URL, then the median per build and URL. SQLite, demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${ROUNDS:-3}
seconds=${SECONDS_PER_RUN:-5}
warmup=${WARMUP_SECONDS:-8}
urls=${URLS:-/admin/employers /admin /coach/young-people /js/app.js}
port_base=${PORT_BASE:-5301}
ticks=$(getconf CLK_TCK)
[ $# -ge 1 ] || { sed -n 2,11p "$0"; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

labels=() ports=() apps=()
i=0
for spec in "$@"; do
  label=${spec%%=*} rest=${spec#*=}
  dir=${rest%%,*} extra=()
  [ "$dir" = "$rest" ] || IFS=, read -ra extra <<<"${rest#*,}"
  port=$((port_base + i))
  env Site__BaseUrl="http://127.0.0.1:$port" "${extra[@]}" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" Demo__Seed=true Hangfire__Server=false \
    Logging__LogLevel__Default=Warning Data__Path="$work/data-$label" RateLimiting__PublicFormPostsPerMinute=100000 \
    dotnet "$dir/SendCareers.Web.dll" --contentRoot "$PWD/src/SendCareers.Web" >"$work/app-$label.log" 2>&1 &
  pids+=($!) labels+=("$label") ports+=("$port") apps+=($!)
  i=$((i + 1))
done

sign_in() { # port email -> cookie header (every cookie a browser sends back)
  local port=$1 email=$2 jar="$work/jar-$1-$2" token
  token=$(curl -s -c "$jar" "http://127.0.0.1:$port/account/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=SendCareers-Demo-1" "http://127.0.0.1:$port/account/sign-in"
  awk -F'\t' 'NF==7 {printf "%s=%s; ", $6, $7}' "$jar"
}

cookie_for() { # index url
  case $2 in /coach*) echo "${coach_cookies[$1]}" ;; /js/*|/css/*|/health) echo "" ;; *) echo "${admin_cookies[$1]}" ;; esac
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

admin_cookies=() coach_cookies=()
for i in "${!labels[@]}"; do
  for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:${ports[$i]}/health" >/dev/null && break; sleep 0.5; done
  admin_cookies[i]=$(sign_in "${ports[$i]}" admin@sendcareers.test)
  coach_cookies[i]=$(sign_in "${ports[$i]}" coach@sendcareers.test)
  for u in $urls; do
    c=$(cookie_for "$i" "$u")
    status=$(curl -s -o /dev/null -w '%{http_code}' ${c:+-H "Cookie: $c"} "http://127.0.0.1:${ports[$i]}$u")
    [ "$status" = 200 ] || { echo "${labels[$i]}: $u answered $status, not 200"; exit 1; }
    wrk -t2 -c8 -d"${warmup}s" ${c:+-H "Cookie: $c"} "http://127.0.0.1:${ports[$i]}$u" >/dev/null # warm-up
  done
done

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
# Round 0 is measured but not kept: the build measured first in it came out 1.5-2.5x higher in every trial.
for r in $(seq 0 "$rounds"); do
  for i in "${!labels[@]}"; do
    for u in $urls; do
      c=$(cookie_for "$i" "$u")
      before=$(cpu_ticks "${apps[$i]}")
      out=$(wrk -t2 -c8 -d"${seconds}s" ${c:+-H "Cookie: $c"} "http://127.0.0.1:${ports[$i]}$u")
      after=$(cpu_ticks "${apps[$i]}")
      requests=$(echo "$out" | awk '/requests in/ {print $1}')
      non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
      [ -z "$non2xx" ] || { echo "${labels[$i]} $u: $non2xx non-2xx answers"; exit 1; }
      [ "$r" -gt 0 ] || continue
      echo "$r ${labels[$i]} $u $requests $((after - before))" | awk -v t="$ticks" -v s="$seconds" \
        '{printf "round %s  %-10s %-22s %8.3f ms CPU/request  %6.0f req/s\n", $1, $2, $3, 1000*$5/t/$4, $4/s}' | tee -a "$work/results"
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "| Build | URL | CPU ms per request (each round) | Median |"
echo "|---|---|---|---:|"
awk '{key=$3" "$4; v[key]=v[key] (v[key]==""?"":", ") $5; c[key]++; x[key, c[key]]=$5; if (!(key in seen)) {seen[key]=1; order[++n]=key}}
  END {for (k=1; k<=n; k++) {key=order[k]; m=c[key]
    for (a=1; a<=m; a++) s[a]=x[key, a]
    for (a=1; a<=m; a++) for (b=a+1; b<=m; b++) if (s[b] < s[a]) {t=s[a]; s[a]=s[b]; s[b]=t}
    med = m % 2 ? s[(m+1)/2] : (s[m/2] + s[m/2+1]) / 2
    split(key, p, " "); printf "| %s | `%s` | %s | %.3f |\n", p[1], p[2], v[key], med}}' "$work/results"
