#!/usr/bin/env bash
# make test-faults: the fault suite on its own. Builds the API, then runs build/bin/fault_tests:
# the real shop-api under load while the project's PostgreSQL stops and starts, the server is
# killed or stopped, and the SMTP server goes down or refuses an address. Each scenario prints
# its figures; the run fails on any lost order, stock drift, lost or doubled email, or crash.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

bash "$ROOT/scripts/deps.sh" || die "installing dependencies failed"
bash "$ROOT/scripts/build.sh" api || die "the build failed"

use_test_postgres

timeout 600 "$BUILD/bin/fault_tests" "$@"
