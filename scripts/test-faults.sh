#!/usr/bin/env bash
# make test-faults: the fault suite on its own. Builds the API, then runs build/bin/fault_tests:
# the real shop-api under load while the project's PostgreSQL stops and starts, the server is
# killed or stopped, and the SMTP server goes down or refuses an address. Each scenario prints
# its figures; the run fails on any lost order, stock drift, lost or doubled email, or crash.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

bash "$ROOT/scripts/deps.sh" || die "installing dependencies failed"
bash "$ROOT/scripts/build.sh" api || die "the build failed"

started_pg=0
cleanup() { [ "$started_pg" = 1 ] && bash "$ROOT/scripts/pg.sh" stop; }
trap cleanup EXIT
bash "$ROOT/scripts/pg.sh" status || started_pg=1
SHOP_PG_FAST=1 bash "$ROOT/scripts/pg.sh" start || die "PostgreSQL did not start"
export SHOP_TEST_ADMIN_URL=$(bash "$ROOT/scripts/pg.sh" admin-url)
export SHOP_TEST_PG_CTL="$ROOT/scripts/pg.sh"

timeout 600 "$BUILD/bin/fault_tests" "$@"
