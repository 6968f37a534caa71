#!/usr/bin/env bash
# make test: installs what is missing, builds, then runs every suite: the API's unit and HTTP tests
# against the project's PostgreSQL, the web app's lint, type check and unit tests, and the browser
# tests. Exits non-zero when any suite fails and leaves no process behind.
set -uo pipefail
source "$(dirname "$0")/lib.sh"

bash "$ROOT/scripts/deps.sh" || die "installing dependencies failed"
bash "$ROOT/scripts/build.sh" || die "the build failed"

use_test_postgres

passed=0 failed=0 failures=()
suite() {
  local name=$1; shift
  say "suite: $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

suite "api: clang-format and clang-tidy (make lint)" bash "$ROOT/scripts/lint.sh"
suite "api: unit and HTTP tests (ctest)" ctest --test-dir "$BUILD" --output-on-failure
suite "api: fault suite (make test-faults)" timeout 600 "$BUILD/bin/fault_tests"
suite "api: fuzz targets, 10 s each" env FUZZ_SECONDS=10 bash "$ROOT/scripts/fuzz.sh"
suite "api: sqlmap on the product list, search and slug" bash "$ROOT/scripts/sqlmap.sh"
if [ -f "$ROOT/frontend/package.json" ]; then
  suite "web: lint" npm --prefix "$ROOT/frontend" run --silent lint
  suite "web: type check" npm --prefix "$ROOT/frontend" run --silent typecheck
  suite "web: unit tests" npm --prefix "$ROOT/frontend" run --silent test
  [ -d "$ROOT/frontend/e2e" ] && suite "web: browser tests" bash "$ROOT/scripts/e2e.sh"
fi

echo
[ ${#failures[@]} -gt 0 ] && printf 'failed suite: %s\n' "${failures[@]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" = 0 ]
