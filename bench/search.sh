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

# --- a private cluster in a temp dir, loopback only (tools/private-postgres.sh) ------------------
. tools/private-postgres.sh
trap private_pg_stop EXIT
trap 'exit 130' INT TERM
# Settings of a server meant for this: memory for caching and the GIN build, no JIT compile on
# every ranked query, fewer checkpoints during the bulk load. Everything else is the default.
private_pg_start "shared_buffers = 512MB" "work_mem = 64MB" "maintenance_work_mem = 512MB" "max_wal_size = 4GB" "jit = off"
port=$PRIVATE_PG_PORT

PGPASSWORD=$PRIVATE_PG_PASSWORD "$PRIVATE_PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres halsoportal_bench
export HALSOPORTAL_BENCH_POSTGRES="$PRIVATE_PG_BASE;Database=halsoportal_bench;Timeout=30"

# --- build and run ------------------------------------------------------------------------------
echo "== Building the benchmark (Release)"
dotnet build tests/Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly
echo "== Running: PostgreSQL on 127.0.0.1:$port"
dotnet tests/Benchmarks/bin/Release/net10.0/Halsoportal.Benchmarks.dll "$@"
