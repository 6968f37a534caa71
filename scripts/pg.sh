#!/usr/bin/env bash
# The project's own PostgreSQL 15 cluster: data under var/pg, listening only on a Unix socket in
# var/pg/run (port number 5433), run as the postgres user because the server refuses root.
# Usage: scripts/pg.sh start|stop|status|admin-url|url|psql [args]
#   SHOP_PG_FAST=1 start   trades durability for speed (tests only: no fsync)
set -euo pipefail
source "$(dirname "$0")/lib.sh"

PGBIN=/usr/lib/postgresql/15/bin
PORT=5433
PGROOT="$VAR/pg"
DATA="$PGROOT/data"
RUN="$PGROOT/run"
LOG="$PGROOT/postgres.log"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

prepare() {
  mkdir -p "$VAR"
  if [ "$(id -u)" = 0 ] && [ ! -e "$PGROOT" ] && ! runuser -u postgres -- test -x "$VAR"; then
    # The checkout is not reachable by the postgres user (e.g. under /root): keep the cluster in
    # a folder it can reach, linked from var/pg.
    local elsewhere="/var/lib/shop-pg/$(echo "$ROOT" | md5sum | cut -c1-12)"
    mkdir -p "$elsewhere"
    ln -s "$elsewhere" "$PGROOT"
  fi
  mkdir -p "$PGROOT" "$RUN"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PGROOT/" "$RUN"
  chmod 700 "$RUN"
  if [ ! -f "$DATA/PG_VERSION" ]; then
    say "creating the PostgreSQL cluster in ${PGROOT#"$ROOT"/}"
    as_postgres "$PGBIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    cat >>"$DATA/postgresql.conf" <<CONF
listen_addresses = ''
port = $PORT
unix_socket_directories = '$RUN'
unix_socket_permissions = 0700
max_connections = 200
shared_buffers = 256MB
CONF
  fi
}

running() { as_postgres "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; }

admin_url() { echo "postgresql://postgres@/postgres?host=$RUN&port=$PORT"; }
app_url() { echo "postgresql://shop@/shop?host=$RUN&port=$PORT"; }

psql_admin() { "$PGBIN/../bin/psql" "$(admin_url)" -v ON_ERROR_STOP=1 -qtAX "$@"; }

case "${1:-}" in
  start)
    prepare
    if ! running; then
      options=""
      [ "${SHOP_PG_FAST:-}" = 1 ] && options="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
      as_postgres "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 -o "$options" start >/dev/null ||
        die "PostgreSQL did not start; see ${LOG#"$ROOT"/}"
    fi
    # The application's role and database.
    psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'shop'" | grep -q 1 ||
      psql_admin -c "CREATE ROLE shop LOGIN CREATEDB"
    psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'shop'" | grep -q 1 ||
      psql_admin -c "CREATE DATABASE shop OWNER shop"
    ;;
  stop)
    if [ -f "$DATA/PG_VERSION" ] && running; then
      as_postgres "$PGBIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    fi
    ;;
  status) running ;;
  admin-url) admin_url ;;
  url) app_url ;;
  psql) shift; psql "$(app_url)" "$@" ;;
  *) echo "usage: $0 start|stop|status|admin-url|url|psql" >&2; exit 2 ;;
esac
