#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets of backend/fuzz with clang (ASan + UBSan) into
# build-fuzz/ and runs each for FUZZ_SECONDS (default 60) from its committed seed corpus.
# Fails on any crash, leak, timeout or sanitizer report; the input that caused it is kept under
# build-fuzz/artifacts/<target>/. New inputs libFuzzer finds go to build-fuzz/corpus/<target>/, so
# the committed corpus under backend/fuzz/corpus/ changes only when someone copies one in.
# Usage: scripts/fuzz.sh [target...]   (targets: json_body query_string multipart jwt)
set -uo pipefail
source "$(dirname "$0")/lib.sh"

FUZZ_BUILD="$ROOT/build-fuzz"
seconds=${FUZZ_SECONDS:-60}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(json_body query_string multipart jwt)

say "building the fuzz targets (build-fuzz/)"
cmake -S "$ROOT/backend/fuzz" -B "$FUZZ_BUILD" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  >/dev/null || die "configuring the fuzz targets failed"
cmake --build "$FUZZ_BUILD" -j "$(nproc)" >/dev/null || die "building the fuzz targets failed"

export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=1:symbolize=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
failed=()
for target in "${targets[@]}"; do
  binary="$FUZZ_BUILD/bin/${target}_fuzzer"
  seeds="$ROOT/backend/fuzz/corpus/$target"
  [ -x "$binary" ] && [ -d "$seeds" ] || die "no fuzz target named $target"
  work="$FUZZ_BUILD/corpus/$target"
  artifacts="$FUZZ_BUILD/artifacts/$target"
  log="$FUZZ_BUILD/$target.log"
  mkdir -p "$work" "$artifacts"
  say "fuzzing $target for ${seconds}s"
  if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "$seeds" >"$log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|new_units_added)|^Done ' "$log" | tr '\n' ' '
    echo
  else
    failed+=("$target")
    tail -n 60 "$log"
    printf 'fuzz target %s failed; reproducer(s) in %s, full log %s\n' "$target" "${artifacts#"$ROOT"/}" \
      "${log#"$ROOT"/}" >&2
  fi
done
[ ${#failed[@]} = 0 ] || die "fuzzing found problems in: ${failed[*]}"
