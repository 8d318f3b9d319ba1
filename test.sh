#!/usr/bin/env bash
# Runs every test in the solution, installing first what the tests need and this machine lacks:
# Debian's chromium (browser tests), python3-aiosmtpd (a real SMTP server), postgresql (scale-out
# tests), and node/npm (the GOV.UK Frontend build). Safe to run again: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
/usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A cluster the postgresql package may have started is not used: tests start their own.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Apps started by tests poll files instead of using inotify (one instance per app; the per-user limit is 128).
export DOTNET_USE_POLLING_FILE_WATCHER=true DOTNET_hostBuilder__reloadConfigOnChange=false

log=$(mktemp)
status=0
dotnet test SendCareers.sln -c Release 2>&1 | tee "$log" || status=$?

# Second pass: the same integration tests, each app on a fresh database in a throwaway PostgreSQL
# cluster. (Browser, process-kill and multi-instance tests have already run; the multi-instance
# ones use PostgreSQL in the first pass.)
SENDCAREERS_TEST_DATABASE=Postgres dotnet test tests/SendCareers.Web.Tests -c Release --no-build \
  --filter "FullyQualifiedName!~BrowserTests&FullyQualifiedName!~HardKill&FullyQualifiedName!~ScaleOut&FullyQualifiedName!~MigrationTests" \
  2>&1 | tee -a "$log" || status=$?

# One plain closing line across all test assemblies: "N passed, N failed".
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
