# Sourced by test.sh and bench/search.sh: a private, throw-away PostgreSQL cluster on 127.0.0.1.
# Installs Debian's postgresql package when no server binaries are there, runs initdb in a temp
# dir (as the postgres user when we are root: initdb refuses root), starts it on a free port
# with a random password, and stops and removes it in private_pg_stop (call it from your EXIT trap).
#
#   . tools/private-postgres.sh
#   trap private_pg_stop EXIT
#   private_pg_start [extra postgresql.conf lines...]
#   # now: $PRIVATE_PG_PORT, $PRIVATE_PG_PASSWORD, $PRIVATE_PG_BIN, $PRIVATE_PG_BASE
#   #      (a Npgsql connection string without Database=, user postgres)

private_pg_as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
private_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
private_pg_as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

PRIVATE_PG_WORK=
PRIVATE_PG_STARTED=0

private_pg_start() {
  if [ -z "$(private_pg_bin)" ] || [ ! -x "$(private_pg_bin)/initdb" ]; then
    echo "== Installing PostgreSQL (Debian package)"
    private_pg_as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive private_pg_as_root apt-get install -y -qq postgresql >/dev/null
  fi
  PRIVATE_PG_BIN=$(private_pg_bin)
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "The postgres system user is missing (the Debian package creates it)." >&2
    return 1
  fi

  PRIVATE_PG_WORK=$(mktemp -d -t halsoportal-pg.XXXXXX)
  chmod 700 "$PRIVATE_PG_WORK"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PRIVATE_PG_WORK"; fi
  local work=$PRIVATE_PG_WORK data=$PRIVATE_PG_WORK/data

  PRIVATE_PG_PASSWORD=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  (umask 077; printf '%s\n' "$PRIVATE_PG_PASSWORD" >"$work/pwfile")
  if [ "$(id -u)" = 0 ]; then chown postgres: "$work/pwfile"; fi

  echo "== Starting a private PostgreSQL ($(basename "$(dirname "$PRIVATE_PG_BIN")")) in $work"
  (cd "$work" && private_pg_as_pg "$PRIVATE_PG_BIN/initdb" -D "$data" -U postgres --pwfile="$work/pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1) \
    || { cat "$work/initdb.log" >&2; return 1; }
  rm -f "$work/pwfile"

  { echo "listen_addresses = '127.0.0.1'"; echo "unix_socket_directories = '$work'"; printf '%s\n' "$@"; } >>"$data/postgresql.conf"

  # A free port: the first one nobody answers on; retried if the server still cannot bind it.
  local attempt port
  for attempt in 1 2 3 4 5; do
    port=$(( 20000 + (RANDOM % 20000) ))
    ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || continue
    if (cd "$work" && private_pg_as_pg "$PRIVATE_PG_BIN/pg_ctl" -D "$data" -o "-p $port" -l "$work/server.log" -w -t 60 start >/dev/null); then
      PRIVATE_PG_STARTED=1
      break
    fi
  done
  [ "$PRIVATE_PG_STARTED" = 1 ] || { echo "PostgreSQL did not start:" >&2; cat "$work/server.log" >&2; return 1; }
  PRIVATE_PG_PORT=$port
  PRIVATE_PG_BASE="Host=127.0.0.1;Port=$port;Username=postgres;Password=$PRIVATE_PG_PASSWORD"
}

private_pg_stop() {
  if [ "$PRIVATE_PG_STARTED" = 1 ]; then
    (cd "$PRIVATE_PG_WORK" && private_pg_as_pg "$PRIVATE_PG_BIN/pg_ctl" -D "$PRIVATE_PG_WORK/data" -m fast -w stop >/dev/null 2>&1) || true
    PRIVATE_PG_STARTED=0
  fi
  if [ -n "$PRIVATE_PG_WORK" ]; then rm -rf "$PRIVATE_PG_WORK"; PRIVATE_PG_WORK=; fi
}
