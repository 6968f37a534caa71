#!/usr/bin/env bash
# make test-sanitize: the API's unit and HTTP tests built with AddressSanitizer + UBSan (g++, -O1)
# into build-sanitize/, and run against the project's PostgreSQL; the HTTP tests start the
# sanitized shop-api. Every sanitizer report (of a test binary or of a server it started, leaks at
# exit included) is written under build-sanitize/reports/, printed here, and fails the run.
# Usage: scripts/sanitize.sh [gtest filter]
set -uo pipefail
source "$(dirname "$0")/lib.sh"

SAN_BUILD="$ROOT/build-sanitize"
filter=${1:-*}

say "building the API and its tests with ASan + UBSan (build-sanitize/)"
cmake -S "$ROOT/backend" -B "$SAN_BUILD" -DSHOP_SANITIZE=ON -DCMAKE_BUILD_TYPE=Sanitize \
  -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -g" >/dev/null || die "configuring the sanitized build failed"
cmake --build "$SAN_BUILD" -j "$(nproc)" --target unit_tests api_tests shop-api || die "the sanitized build failed"

use_test_postgres

reports="$SAN_BUILD/reports"
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:log_path=$reports/asan"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$reports/ubsan"

status=0
for tests in unit_tests api_tests; do
  say "running $tests (sanitized)"
  (cd "$SAN_BUILD" && "$SAN_BUILD/bin/$tests" --gtest_filter="$filter" --gtest_brief=1) || status=1
done

if compgen -G "$reports/*" >/dev/null; then
  for report in "$reports"/*; do
    printf '\n\033[1;31msanitizer report\033[0m %s\n' "${report#"$ROOT"/}"
    cat "$report"
  done
  die "the sanitizers reported problems"
fi
[ "$status" = 0 ] || die "tests failed under the sanitizers"
say "sanitized tests passed with no sanitizer report"
