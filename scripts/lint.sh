#!/usr/bin/env bash
# make lint: the C++ style gate of make test. Every C++ file must be as clang-format-14 (pinned:
# Debian 12's) writes it under backend/.clang-format, and clang-tidy-14 with the committed rules of
# backend/.clang-tidy must find nothing. Needs the build's compile_commands.json (scripts/build.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

cd "$ROOT/backend"
mapfile -t files < <(find src tests fuzz \( -name '*.cpp' -o -name '*.hpp' \) | sort)

say "clang-format-14: ${#files[@]} files"
clang-format-14 --dry-run --Werror "${files[@]}" || die "C++ formatting differs from clang-format-14: run make fmt"

[ -f "$BUILD/compile_commands.json" ] || die "no $BUILD/compile_commands.json: run make build first"
say "clang-tidy-14 (rules in backend/.clang-tidy)"
run-clang-tidy-14 -p "$BUILD" -quiet -j "$(nproc)" "$ROOT/backend/(src|tests)/" >"$VAR/clang-tidy.log" 2>&1 ||
  { grep -E 'error:|warning:' "$VAR/clang-tidy.log" | sort -u >&2; die "clang-tidy found the above (full log: var/clang-tidy.log)"; }
