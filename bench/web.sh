#!/usr/bin/env bash
# Web benchmark (issue 9): wrk over loopback against the home, kommun, article, contact-point
# finder and search pages, printed side by side with nginx serving the same rendered HTML as
# static files in the same run, and once more with the page cache off (every request rendered);
# then a soak at 256 connections over all five pages, counting errors and the app's peak memory.
# A benchmark, not a test: it prints a table with PASS/MISS against the targets and exits 0
# either way (1 only when it cannot run).
#
# Installs wrk and nginx (Debian packages) when missing, builds src/Web in Release, starts it on
# a throw-away data folder (demo content) and a free port, and stops everything afterwards.
#
# Usage: bench/web.sh [--no-build] [--duration S] [--soak S] [--connections N] [--quick]
#   --duration S      seconds per page and server (default 15)
#   --soak S          seconds of the 256-connection run (default 60)
#   --connections N   connections for the per-page runs (default 64)
#   --quick           5 s per page, 10 s soak (a smoke run)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

build=1 duration=15 soak=60 connections=64
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --duration) duration=$2; shift ;;
    --soak) soak=$2; shift ;;
    --connections) connections=$2; shift ;;
    --quick) duration=5; soak=10 ;;
    *) echo "Unknown option $1 (use --no-build, --duration S, --soak S, --connections N, --quick)" >&2; exit 1 ;;
  esac
  shift
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing ${missing[*]} (Debian packages)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  # The package starts a system nginx on port 80; this benchmark runs its own.
  as_root systemctl disable --now nginx >/dev/null 2>&1 || as_root service nginx stop >/dev/null 2>&1 || true
fi

if [ "$build" = 1 ]; then
  echo "== Building src/Web (Release)"
  dotnet build -c Release src/Web -nologo -clp:ErrorsOnly >/dev/null
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
work=$(mktemp -d -t halsoportal-web-bench.XXXXXX)
chmod 755 "$work"
app_port=$(free_port)
nginx_port=$(free_port)
app="http://127.0.0.1:$app_port"
static="http://127.0.0.1:$nginx_port"
app_pid= nginx_pid= sampler_pid=
cleanup() {
  for pid in ${sampler_pid:-} ${nginx_pid:-} ${app_pid:-}; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the app: the built assembly itself (not `dotnet run`), so its memory is this one process ----
# wrk is one client address: the per-address limits for search and the API (meant for real clients) are lifted.
# Run twice on the same data folder: as deployed (page cache on), then rendering every request.
start_app() { # page cache on (true) or off (false)
  echo "== Starting the app at $app (Production, page cache $( [ "$1" = true ] && echo on || echo off), data in $work)"
  (cd src/Web && ASPNETCORE_ENVIRONMENT=Production Halsoportal__DataPath="$work/data" ASPNETCORE_URLS="$app" \
    Logging__LogLevel__Default=Warning Halsoportal__PageCache__Enabled="$1" \
    Halsoportal__RateLimits__SearchPerMinute=1000000000 Halsoportal__RateLimits__ApiPerMinute=1000000000 \
    exec dotnet bin/Release/net10.0/Halsoportal.Web.dll >>"$work/app.log" 2>&1) &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "$app/health" >/dev/null 2>&1 && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 1
  done
  curl -fs "$app/health" >/dev/null || { echo "The app did not answer /health within 2 minutes." >&2; exit 1; }
  # The app's memory, sampled through every run.
  (while kill -0 "$app_pid" 2>/dev/null; do awk '/^VmRSS/ {print $2}' "/proc/$app_pid/status" 2>/dev/null; sleep 0.5; done) >"$work/rss-$1.kb" &
  sampler_pid=$!
}
stop_app() {
  for pid in $sampler_pid $app_pid; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  sampler_pid= app_pid=
}
peak_mb() { sort -n "$work/rss-$1.kb" | tail -1 | awk '{printf "%.0f", $1 / 1024}'; }
start_app true

article=$(curl -fs "$app/api/v1/articles?municipality=sundsvall&pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["url"])')
article=${article#http*://*/}
article=/${article#/}
pages=(
  "home|/"
  "kommun|/sundsvall"
  "article|$article"
  "finder|/sundsvall/kontakt"
  "search|/sok?q=v%C3%A5rdcentral&kommun=sundsvall"
)

# --- nginx with the same bytes: each page as the app renders it now, one file per page -------------
mkdir -p "$work/static" "$work/nginx/logs"
for entry in "${pages[@]}"; do
  name=${entry%%|*} path=${entry#*|}
  curl -fs "$app$path" -o "$work/static/$name.html" || { echo "The app did not serve $path." >&2; exit 1; }
done
chmod -R a+rX "$work/static"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location / { add_header Cache-Control "no-cache"; }
  }
}
EOF
/usr/sbin/nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' 2>>"$work/nginx/logs/error.log" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fs "$static/home.html" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "$static/home.html" >/dev/null || { cat "$work/nginx/logs/error.log" >&2; exit 1; }

# wrk's summary as "requests/s p99-ms errors"; errors = socket errors + non-2xx/3xx answers.
run_wrk() {
  local url=$1 conns=$2 seconds=$3 extra=${4:-}
  wrk -t2 -c"$conns" -d"${seconds}s" --latency $extra "$url" 2>&1 | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; if (v ~ /m$/) return v * 60000; return v }
    /Requests\/sec:/ { rps = $2 }
    /^ +99%/ { p99 = ms($2) }
    /Socket errors:/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx responses:/ { errors += $5 }
    END { printf "%.0f %.2f %d\n", rps, p99, errors }'
}

cores=$(nproc)
echo "== wrk, $connections connections, 2 threads, ${duration} s per page and server; $cores cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   (each page warmed for 3 s first; wrk sends no Accept-Encoding, so both servers send the same uncompressed bytes)"
declare -A cached_rps cached_p99 cached_err
results=()
for entry in "${pages[@]}"; do
  name=${entry%%|*} path=${entry#*|}
  run_wrk "$app$path" 16 3 >/dev/null
  read -r app_rps app_p99 app_err < <(run_wrk "$app$path" "$connections" "$duration")
  read -r ngx_rps ngx_p99 ngx_err < <(run_wrk "$static/$name.html" "$connections" "$duration")
  bytes=$(stat -c %s "$work/static/$name.html")
  results+=("$name|$path|$bytes|$app_rps|$app_p99|$app_err|$ngx_rps|$ngx_p99|$ngx_err")
  echo "   $name: app $app_rps req/s (p99 $app_p99 ms, $app_err errors), nginx $ngx_rps req/s (p99 $ngx_p99 ms)"
done
curl -fs -o /dev/null "$app/sundsvall"
cached=$(curl -fs -D - -o /dev/null "$app/sundsvall" | tr -d '\r' | awk -F': ' 'tolower($1) == "age" { print "yes" }')

echo "== Soak: 256 connections for ${soak} s, the five pages in turn"
lua="$work/pages.lua"
{
  echo 'local paths = {'
  for entry in "${pages[@]}"; do printf '  "%s",\n' "${entry#*|}"; done
  echo '}'
  echo 'local i = 0'
  echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
} >"$lua"
read -r soak_rps soak_p99 soak_err < <(run_wrk "$app/" 256 "$soak" "-s $lua")
stop_app

echo "== The same pages rendered for every request (page cache off)"
start_app false
uncached=()
for entry in "${pages[@]}"; do
  name=${entry%%|*} path=${entry#*|}
  run_wrk "$app$path" 16 3 >/dev/null
  read -r rps p99 err < <(run_wrk "$app$path" "$connections" "$duration")
  uncached+=("$rps|$p99|$err")
  echo "   $name: $rps req/s (p99 $p99 ms, $err errors)"
done
stop_app

# --- the table ------------------------------------------------------------------------------------
echo
echo "## Results: $(date -u +%Y-%m-%d), $cores cores, $(. /etc/os-release && echo "$PRETTY_NAME"), $(dotnet --version | sed 's/^/.NET SDK /'), $(/usr/sbin/nginx -v 2>&1 | sed 's/.*: //')"
echo
echo "| page | bytes | cached req/s | cached p99 ms | rendered req/s | rendered p99 ms | nginx req/s | nginx p99 ms | cached / nginx | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
min_ratio=100 min_rps=1000000000 max_p99=0 errors=0 i=0
for row in "${results[@]}"; do
  IFS='|' read -r name path bytes app_rps app_p99 app_err ngx_rps ngx_p99 ngx_err <<<"$row"
  IFS='|' read -r r_rps r_p99 r_err <<<"${uncached[$i]}"; i=$((i + 1))
  ratio=$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { printf "%.0f", (n > 0 ? 100 * a / n : 0) }')
  echo "| $name (\`$path\`) | $bytes | $app_rps | $app_p99 | $r_rps | $r_p99 | $ngx_rps | $ngx_p99 | $ratio % | $((app_err + r_err)) |"
  [ "$ratio" -lt "$min_ratio" ] && min_ratio=$ratio
  [ "$r_rps" -lt "$min_rps" ] && min_rps=$r_rps
  max_p99=$(awk -v a="$max_p99" -v b="$r_p99" 'BEGIN { print (b > a ? b : a) }')
  errors=$((errors + app_err + r_err))
done
peak=$(peak_mb true) peak_rendered=$(peak_mb false)
echo
echo "Soak, 256 connections, ${soak} s (page cache on): $soak_rps req/s, p99 $soak_p99 ms, $soak_err errors. Peak resident memory: $peak MB with the page cache, $peak_rendered MB rendering every request."
echo
verdict() { if [ "$1" = 1 ]; then echo "  PASS  $2"; else echo "  MISS  $2"; fi; }
echo "Targets (issue 9):"
verdict "$([ "$min_ratio" -ge 50 ] && [ -n "$cached" ] && echo 1)" "cached pages ≥ 50 % of nginx's rate: lowest $min_ratio %$( [ -z "$cached" ] && echo " (no answer came from the page cache: no Age header)")"
verdict "$([ "$min_rps" -ge 2000 ] && awk -v p="$max_p99" 'BEGIN { exit !(p <= 100) }' && echo 1)" "uncached (rendered) pages ≥ 2 000 req/s with p99 ≤ 100 ms: lowest $min_rps req/s, worst p99 $max_p99 ms"
verdict "$([ "$soak_err" = 0 ] && [ "$errors" = 0 ] && echo 1)" "zero errors at 256 connections for ${soak} s: $soak_err (per-page runs: $errors)"
verdict "$([ "$peak" -le 400 ] && [ "$peak_rendered" -le 400 ] && echo 1)" "process memory ≤ 400 MB under load: peak $peak MB cached, $peak_rendered MB rendered"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
