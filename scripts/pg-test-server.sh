#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the store tests: a temporary directory, a free local port, trust auth on
# 127.0.0.1 only, stopped and deleted afterwards.
#
#   eval "$(scripts/pg-test-server.sh start)"   # exports REDLINE_TEST_PG_URL and REDLINE_TEST_PG_DIR
#   ...run the tests...
#   scripts/pg-test-server.sh stop              # stops the server in $REDLINE_TEST_PG_DIR and deletes it
#
# PG_BIN overrides where the server binaries are (default /usr/lib/postgresql/15/bin, else the newest
# /usr/lib/postgresql/*/bin). As root the server runs as the `postgres` user (PostgreSQL refuses to run as root).
# Exit 2 when the binaries are missing.
set -euo pipefail

if [ -z "${PG_BIN:-}" ]; then
  PG_BIN=/usr/lib/postgresql/15/bin
  if [ ! -x "$PG_BIN/initdb" ]; then
    newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    PG_BIN="${newest:-$PG_BIN}"
  fi
fi

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "${PG_USER:-postgres}" -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  if [ ! -x "$PG_BIN/initdb" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "pg-test-server: no PostgreSQL server binaries in $PG_BIN (apt-get install postgresql)" >&2
    exit 2
  fi
  local dir port
  dir="$(mktemp -d "${TMPDIR:-/tmp}/redline-pg.XXXXXX")"
  port="$(free_port)"
  if [ "$(id -u)" -eq 0 ]; then
    chown "${PG_USER:-postgres}" "$dir"
  fi
  as_server_user "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_server_user "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
        -c full_page_writes=off" >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  as_server_user "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres redline_test
  echo "export REDLINE_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/redline_test"
  echo "export REDLINE_TEST_PG_DIR=$dir"
}

stop() {
  local dir="${1:-${REDLINE_TEST_PG_DIR:-}}"
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
    echo "pg-test-server: nothing to stop (give the directory, or set REDLINE_TEST_PG_DIR)" >&2
    exit 0
  fi
  as_server_user "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 64 ;;
esac
