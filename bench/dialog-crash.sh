#!/usr/bin/env bash
# Crash test of medborgardialog submissions (issue 6) at a large size: a server takes concurrent
# answers and is killed with SIGKILL over and over; after each restart every answer that got no
# reply is sent again, and at the end every acknowledged receipt must be in the database exactly
# once (0 lost, 0 duplicated). CI runs the same tests small.
#
# Usage: bench/dialog-crash.sh [SUBMISSIONS] [KILLS] [CONCURRENCY]         the engine's host (default 20000 20 32; CI 300 3 16)
#        bench/dialog-crash.sh --app [SUBMISSIONS] [KILLS] [CONCURRENCY]   the whole web app, through its answer pages (default 3000 10 16; CI 120 3 8)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ "${1:-}" = "--app" ]; then
  shift
  export HALSOPORTAL_APP_CRASH_SUBMISSIONS=${1:-3000}
  export HALSOPORTAL_APP_CRASH_KILLS=${2:-10}
  export HALSOPORTAL_APP_CRASH_CONCURRENCY=${3:-16}
  project=tests/Web.Tests filter=AppCrashTests
  echo "== Crash test through the web app: $HALSOPORTAL_APP_CRASH_SUBMISSIONS forms, $HALSOPORTAL_APP_CRASH_KILLS kills, $HALSOPORTAL_APP_CRASH_CONCURRENCY concurrent participants"
else
  export HALSOPORTAL_CRASH_SUBMISSIONS=${1:-20000}
  export HALSOPORTAL_CRASH_KILLS=${2:-20}
  export HALSOPORTAL_CRASH_CONCURRENCY=${3:-32}
  project=tests/Dialog.Tests filter=Dialog.Tests.CrashTests
  echo "== Crash test: $HALSOPORTAL_CRASH_SUBMISSIONS submissions, $HALSOPORTAL_CRASH_KILLS kills, $HALSOPORTAL_CRASH_CONCURRENCY concurrent clients"
fi

dotnet build "$project" -c Release -nologo -clp:ErrorsOnly
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test "$project" -c Release --no-build -nologo \
  --filter "FullyQualifiedName~$filter" --logger "console;verbosity=detailed" >"$log" 2>&1 || status=$?
grep -E "submissions,|forms through|Passed!|Failed!|Error Message|Assert" -A3 "$log" || cat "$log"
[ "$status" = 0 ] && echo "PASS: 0 lost, 0 duplicated" || echo "FAIL (exit $status)"
exit "$status"
