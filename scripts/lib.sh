# Shared by the scripts: paths and small helpers. Sourced, not run.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VAR="$ROOT/var"
BUILD="$ROOT/build"
export NEXT_TELEMETRY_DISABLED=1

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

# Waits until a URL answers 200, up to $2 seconds.
wait_for_url() {
  local url=$1 seconds=${2:-60} i
  for ((i = 0; i < seconds * 10; i++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}

# Prints a loopback TCP port nobody listens on, starting the search at $1.
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# Starts the project's PostgreSQL for the tests (without fsync) unless it is running, stops it at
# exit when it was started here, and exports what the test binaries read to reach it.
use_test_postgres() {
  bash "$ROOT/scripts/pg.sh" status >/dev/null 2>&1 || trap 'bash "$ROOT/scripts/pg.sh" stop' EXIT
  SHOP_PG_FAST=1 bash "$ROOT/scripts/pg.sh" start || die "PostgreSQL did not start"
  export SHOP_TEST_ADMIN_URL=$(bash "$ROOT/scripts/pg.sh" admin-url)
  export SHOP_TEST_PG_CTL="$ROOT/scripts/pg.sh"
}
