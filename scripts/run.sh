#!/usr/bin/env bash
# make run: installs what is missing, builds, starts PostgreSQL (unless DATABASE_URL is set), the
# API on :8000 and the web app on :3000, and stops all of it on Ctrl-C.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

bash "$ROOT/scripts/deps.sh"
bash "$ROOT/scripts/build.sh"

started_pg=0
pids=()
cleanup() {
  trap - INT TERM EXIT
  say "stopping"
  # Each server runs in its own process group (setsid), so its children stop with it.
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ "$started_pg" = 1 ] && bash "$ROOT/scripts/pg.sh" stop
  exit 0
}
trap cleanup INT TERM EXIT

if [ -z "${DATABASE_URL:-}" ]; then
  bash "$ROOT/scripts/pg.sh" status || started_pg=1
  bash "$ROOT/scripts/pg.sh" start
  DATABASE_URL=$(bash "$ROOT/scripts/pg.sh" url)
fi
export DATABASE_URL

# The demo admin: ADMIN_EMAIL/ADMIN_PASSWORD when given, else one made on the first run.
if [ -z "${ADMIN_EMAIL:-}" ]; then
  export ADMIN_EMAIL=admin@shop.local
  if [ ! -f "$VAR/admin_password" ]; then
    mkdir -p "$VAR"
    (umask 077 && head -c 12 /dev/urandom | base64 | tr -d '/+=' >"$VAR/admin_password")
  fi
  export ADMIN_PASSWORD=$(cat "$VAR/admin_password")
fi

"$BUILD/bin/shop-api" migrate
"$BUILD/bin/shop-api" seed-demo

export PORT=${PORT:-8000}
# The web app below forwards /api from this loopback address: believe its X-Forwarded-For, nobody else's.
export TRUSTED_PROXIES=${TRUSTED_PROXIES:-127.0.0.1}
setsid "$BUILD/bin/shop-api" serve &
pids+=($!)
wait_for_url "http://127.0.0.1:$PORT/api/health" 30 || die "the API did not come up"

if [ -f "$ROOT/frontend/package.json" ]; then
  (cd "$ROOT/frontend" && API_URL="http://127.0.0.1:$PORT" exec setsid node server.mjs -p 3000) &
  pids+=($!)
  wait_for_url "http://127.0.0.1:3000/" 60 || die "the web app did not come up"
fi

cat <<MSG

  The shop is running.
    Storefront   http://localhost:3000
    Back office  http://localhost:3000/admin
    API          http://localhost:$PORT/api   (docs: http://localhost:$PORT/docs)
    Admin login  $ADMIN_EMAIL / $ADMIN_PASSWORD
  Press Ctrl-C to stop.

MSG
wait -n "${pids[@]}" || true
