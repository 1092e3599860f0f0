#!/usr/bin/env bash
# Search benchmark (issue 4): our Lucene engine against PostgreSQL full-text search on the same
# generated Swedish corpus, in one run. Installs PostgreSQL (Debian package) if it is missing,
# starts a private, throw-away cluster on 127.0.0.1 for the run and removes it afterwards.
#
# Usage: bench/search.sh [--docs N | --quick] [--runs N] [--pg-runs N] [--seed N]
#   default 100 000 documents (several minutes on 2 cores); --quick = 10 000 for a smoke run.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- PostgreSQL binaries --------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ] || [ ! -x "$(pg_bin)/initdb" ]; then
  echo "== Installing PostgreSQL (Debian package)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi
bin=$(pg_bin)

# The server runs as the postgres user when we are root (initdb refuses root), else as us.
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "The postgres system user is missing (the Debian package creates it)." >&2; exit 1; }
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

# --- a private cluster in a temp dir, loopback only ---------------------------------------------
work=$(mktemp -d -t halsoportal-pg.XXXXXX)
chmod 700 "$work"
if [ "$(id -u)" = 0 ]; then chown postgres: "$work"; fi
data="$work/data"
started=0
cleanup() {
  if [ "$started" = 1 ]; then
    (cd "$work" && as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1) || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
(umask 077; printf '%s\n' "$password" >"$work/pwfile")
if [ "$(id -u)" = 0 ]; then chown postgres: "$work/pwfile"; fi

echo "== Starting a private PostgreSQL ($(basename "$(dirname "$bin")")) in $work"
(cd "$work" && as_pg "$bin/initdb" -D "$data" -U postgres --pwfile="$work/pwfile" \
  --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1) \
  || { cat "$work/initdb.log" >&2; exit 1; }
rm -f "$work/pwfile"

# Settings of a server meant for this: memory for caching and the GIN build, no JIT compile on
# every ranked query, fewer checkpoints during the bulk load. Everything else is the default.
cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work'
shared_buffers = 512MB
work_mem = 64MB
maintenance_work_mem = 512MB
max_wal_size = 4GB
jit = off
EOF

# A free port: the first one nobody answers on; retried if the server still cannot bind it.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for attempt in 1 2 3 4 5; do
  port=$(( 20000 + (RANDOM % 20000) ))
  port_free "$port" || continue
  if (cd "$work" && as_pg "$bin/pg_ctl" -D "$data" -o "-p $port" -l "$work/server.log" -w -t 60 start >/dev/null); then
    started=1
    break
  fi
done
[ "$started" = 1 ] || { echo "PostgreSQL did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

export PGPASSWORD=$password
"$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres halsoportal_bench
unset PGPASSWORD
export HALSOPORTAL_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=halsoportal_bench;Timeout=30"

# --- build and run ------------------------------------------------------------------------------
echo "== Building the benchmark (Release)"
dotnet build tests/Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly
echo "== Running: PostgreSQL on 127.0.0.1:$port"
dotnet tests/Benchmarks/bin/Release/net10.0/Halsoportal.Benchmarks.dll "$@"
