#!/usr/bin/env bash
# Builds the API (release, with its tests) into build/ and the web app into frontend/.next.
# Usage: scripts/build.sh [api|web]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
what=${1:-all}

if [ "$what" = all ] || [ "$what" = api ]; then
  say "building the API (build/bin/shop-api)"
  cmake -S "$ROOT/backend" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD" -j "$(nproc)"
fi
if [ "$what" = all ] || [ "$what" = web ]; then
  if [ -f "$ROOT/frontend/package.json" ]; then
    say "building the web app"
    (cd "$ROOT/frontend" && npm run --silent build)
  fi
fi
